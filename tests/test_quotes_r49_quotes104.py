"""Speakers given to the wrong one: an agency, a group, a club by its town, members on a committee, bodies listed
after a preposition, a bank among banks."""

from test_quotes import quoting, table


def _article(*paragraphs: str) -> str:
    return "\n\n".join(["Headline about the news", "Published 14 March 2024, 10:15", *paragraphs])


def test_agency_is_not_a_committee_named_after_it():
    found = table(
        _article(
            "The Federal Aviation Administration told the Senate Commerce Committee that it had hired 1,500 "
            "new controllers. A spokesman for the agency said staffing would improve by next year."
        )
    )
    assert quoting(found, "staffing would improve")["speaker"] == "Federal Aviation Administration"


def test_agency_is_not_a_select_committee_told():
    found = table(
        _article(
            "The Financial Conduct Authority told the Treasury Committee on Monday that the rules were unclear. "
            "A spokeswoman for the agency said new guidance would be finished by spring."
        )
    )
    assert quoting(found, "finished by spring")["speaker"] == "Financial Conduct Authority"


def test_the_group_is_the_named_body_not_plural_groups():
    found = table(
        _article(
            "Civil-rights groups filed a lawsuit on Thursday accusing the city of spying on protesters.",
            "The American Civil Liberties Union of Minnesota said the police had tracked phones without "
            "warrants. The city has violated the constitution, the group said.",
        )
    )
    assert quoting(found, "violated the constitution")["speaker"] == "American Civil Liberties Union of Minnesota"


def test_the_group_after_campaign_groups_is_the_named_one():
    found = table(
        _article(
            "Human rights groups criticised the decision to deport the men.",
            "Amnesty International said the deportations broke international law. It will challenge the ruling "
            "in court, the group said.",
        )
    )
    assert quoting(found, "challenge the ruling")["speaker"] == "Amnesty International"


def test_members_on_a_committee_keep_their_seat():
    found = table(_article("Republicans on the committee on Wednesday said the agency had ignored warnings."))
    row = quoting(found, "ignored warnings")
    assert row["speaker"] == "Republicans on the committee"


def test_members_on_a_board_keep_their_seat():
    found = table(_article("Two Democrats on the board said the budget cuts went too far."))
    row = quoting(found, "budget cuts went too far")
    assert row["speaker_text"] == "Two Democrats on the board"


def test_list_of_bodies_after_preposition_is_whole():
    found = table(
        _article(
            "Economists from the LSE, King's College and Oxford said on Tuesday that food imports from the EU "
            "had fallen sharply since 2021."
        )
    )
    row = quoting(found, "food imports")
    assert "LSE" in row["speaker"] and "Oxford" in row["speaker"]


def test_researchers_at_two_bodies_in_a_city_speak_together():
    found = table(
        _article(
            "Researchers at the University of Bonn and the Max Planck Institute in Cologne found that German "
            "exporters had switched to other markets."
        )
    )
    speaker = quoting(found, "German exporters")["speaker"]
    assert "University of Bonn" in speaker and "Max Planck Institute" in speaker and "Cologne" not in speaker


def test_the_bank_is_the_lender_just_written_of():
    found = table(
        _article(
            "The Bank of England has said further cuts would be gradual. Lloyds, Britain's biggest mortgage "
            "lender, reduced two-year deals by 0.2 percentage points. The bank said demand from first-time "
            "buyers had picked up."
        )
    )
    assert quoting(found, "first-time buyers")["speaker"] == "Lloyds"


def test_the_lender_is_the_bank_just_written_of():
    found = table(
        _article(
            "Yorkshire Building Society, a lender owned by its members, held its rates. Santander, the "
            "Spanish-owned bank, raised its savings rates a day later. The lender said deposits had grown for "
            "three months."
        )
    )
    assert quoting(found, "deposits had grown")["speaker"] == "Santander"


def test_club_of_a_town_is_the_club_before_it():
    found = table(
        _article(
            "Celtic have condemned sectarian chanting during Sunday's football match against Rangers at Parkhead.",
            "Rangers said they were also reviewing footage of their supporters. The Ibrox club said it had banned "
            "three supporters last season.",
        )
    )
    assert quoting(found, "banned three supporters")["speaker"] == "Rangers"


def test_club_of_a_city_is_the_club_the_sentence_before_is_about():
    found = table(
        _article(
            "Celtic have condemned sectarian chanting during Sunday's football match against Rangers at Parkhead.",
            "The Glasgow club said it would work with police to identify the supporters responsible.",
        )
    )
    assert quoting(found, "work with police")["speaker"] == "Celtic"


def test_the_statement_is_the_body_just_heard():
    found = table(
        _article(
            'Manchester United said it would work with police to identify those responsible. "Such behaviour '
            'has no place in football," the statement added.'
        )
    )
    assert quoting(found, "no place in football")["speaker"] == "Manchester United"


def test_name_read_as_adverb_before_its_description_speaks():
    found = table(
        _article(
            "Nationwide, the UK's largest building society, said its five-year fixed rate would drop to 4.09%. "
            "The society added that it expected further cuts."
        )
    )
    assert quoting(found, "five-year fixed rate")["speaker"] == "Nationwide"
    assert quoting(found, "further cuts")["speaker"] == "Nationwide"


def test_body_described_after_its_name_is_what_its_noun_stands_for():
    found = table(
        _article(
            "The Office for National Statistics said prices rose 2% in May.",
            "Skipton, the country's fourth-largest building society, said it would cut rates "
            "from Friday. The society added that demand had picked up.",
        )
    )
    assert quoting(found, "demand had picked up")["speaker"] == "Skipton"
