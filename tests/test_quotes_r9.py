"""Who said what (newsframe.quotes): speakers the parse hides (a relative clause with "whose", a listener read as
the head of a relative clause, a subject a headline leaves out), pronouns and descriptions, short lines in
capitals and a source's anonymity, on short invented articles."""

from __future__ import annotations

from test_quotes import rows, table


def test_a_whose_clause_after_the_speaker_is_no_speaker():
    found = table(
        "date 2025-03-04 Flu season\n\n"
        "A father from Leeds whose five-year-old daughter was in hospital for a week said he had waited too long. "
        '"I feel awful about it," he said.\n\n'
        "Dr Ann Cole said the risk was small."
    )
    assert found["speaker"].tolist()[:2] == ["A father from Leeds", "A father from Leeds"]
    assert found["text"].tolist()[0] == "he had waited too long"


def test_a_possessive_in_the_clause_describing_a_name_gives_no_gender():
    found = table(
        "date 2025-03-04 New album\n\n"
        "Lena Moor recorded the album in Berlin.\n\n"
        'Producer Sam Okoye, who also worked on her first record, said the sessions were slow. "Some days we '
        'recorded nothing at all," he said in a diary published by her label.'
    )
    assert found["speaker"].tolist() == ["Sam Okoye", "Sam Okoye"]


def test_told_the_paper_with_a_clause_the_parse_hung_on_the_paper():
    found = table(
        "date 2025-10-14 Storm live\n\n"
        "Rail operator Nordtog has cancelled all trains until 6pm.\n\n"
        "Resident Ola Hauge, 58, told the local paper his basement had flooded for the second time in a year. "
        '"The water came up in twenty minutes," he said.'
    )
    assert rows(found)[0][1:] == (
        "reported",
        "told",
        "Ola Hauge",  # "Resident" describes him: no word of his name
        "Resident Ola Hauge",
        "his basement had flooded for the second time in a year",
    )
    assert found["speaker"].tolist()[1] == "Ola Hauge"


def test_the_fire_service_is_not_the_last_organisation_named():
    found = table(
        "date 2025-10-14 Storm live\n\n"
        "Rail operator Nordtog has cancelled all trains between Bergvik and Lunde until 6pm.\n\n"
        "The fire service says it has rescued 14 people from cars stuck in floodwater."
    )
    assert found["speaker"].tolist() == ["The fire service"]


def test_a_headline_cue_whose_subject_the_headline_leaves_out():
    found = table(
        "date 2025-09-10 Nordvik unveils folding phone, says price will fall\n\n"
        "Nordvik Technologies on Tuesday unveiled its first folding phone."
    )
    assert rows(found) == [(0, "reported", "says", "Nordvik Technologies", "Nordvik", "price will fall")]


def test_according_to_before_a_clause_joined_by_and():
    found = table(
        "date 2025-11-20 Gout\n\n"
        "Gout affects about 9 million people in Europe, according to the European League Against Rheumatism, and "
        "the number is expected to rise by 2040."
    )
    assert found["text"].tolist() == ["Gout affects about 9 million people in Europe", "to rise by 2040"]
    assert found["speaker"].tolist()[1] is None  # the number is expected: no one named expects it


def test_two_speakers_joined_by_and_each_say_their_own_clause():
    found = table(
        "date 2025-05-30 Business mood\n\n"
        'Business is nervous too. The Confederation of British Industry warned that "political paralysis" was '
        'holding back investment, and its director general, Rain Newton, said firms wanted "a plan, any plan".'
    )
    assert [(r[2], r[3], r[5]) for r in rows(found)] == [
        ("warned", "Confederation of British Industry", 'that "political paralysis" was holding back investment'),
        ("said", "Rain Newton", 'firms wanted "a plan, any plan"'),
    ]


def test_a_short_line_in_capitals_said_is_no_title():
    found = table(
        "date 2025-01-21 Transfer\n\n"
        'Ann Lee was sure of her man. "He Will Be A Star Here," she added. Fans chanted "Save Our Club" outside. '
        '"Cole For Mayor," the crowd chanted.'
    )
    assert rows(found) == [(1, "direct", "added", "Ann Lee", "she", '"He Will Be A Star Here,"')]


def test_asking_not_to_be_named_is_no_cue_between_a_quotation_and_its_cue():
    found = table(
        "date 2025-05-30 Coalition\n\n"
        '"Nobody at the table thinks this lasts until spring," one minister, who asked not to be named, told me.'
    )
    assert rows(found) == [
        (1, "direct", "told", "one minister", "one minister", '"Nobody at the table thinks this lasts until spring,"')
    ]


def test_a_quotation_after_a_long_description_of_its_speaker_goes_on():
    found = table(
        "date 2025-02-02 Hostage deal\n\n"
        "''You hear that a lot, and I see the point,'' said Representative Ann Ruddle, a Vermont Democrat who flew "
        "to Oslo with the family of Tom Hale, another freed hostage. ''This is a messy world, and we can pretend "
        "otherwise, or we can deal with the people we don't like.''"
    )
    assert len(found) == 1 and found["text"].iloc[0].endswith("the people we don't like.''")


def test_the_reporters_words_opening_the_next_sentence_do_not_end_the_statement():
    found = table(
        "date 2025-02-02 Primary\n\n"
        '"It is a huge moment," said Ann Lee, the party\'s leader. Unless the rivals quit the race, "it is very hard '
        'to see how he is stopped."'
    )
    assert rows(found) == [
        (
            1,
            "direct",
            "said",
            "Ann Lee",
            "Ann Lee, the party's leader",
            '"It is a huge moment," "it is very hard to see how he is stopped."',
        )
    ]


def test_a_closing_mark_after_a_stray_space():
    found = table(
        "date 2025-02-02 Campaign\n\n"
        "''The reason it worked is trust, '' said Mr. Dunn, who now works on the governor's campaign. ''He never saw "
        "himself as a partisan.''"
    )
    assert rows(found) == [
        (
            1,
            "direct",
            "said",
            "Dunn",
            "Mr. Dunn",
            "''The reason it worked is trust, '' ''He never saw himself as a partisan.''",
        )
    ]


def test_told_with_a_thing_told_after_the_listener_reports_no_clause():
    found = table(
        "date 2025-02-02 Tax returns\n\n"
        "Those are numbers any taxpayer can read. They would not tell the tax office anything it does not already know."
    )
    assert found.empty


def test_said_by_telephone_after_a_described_speaker():
    found = table(
        "date 2025-02-02 Prisoner swap\n\n"
        "Mr. Dahl spent a year in prison.\n\n"
        '"If the deal had failed, I would be in prison now," Mr. Dahl, now 81 and retired in Bergen, said by '
        "telephone."
    )
    assert rows(found) == [
        (2, "direct", "said", "Dahl", "Mr. Dahl", '"If the deal had failed, I would be in prison now,"')
    ]


def test_a_role_after_a_possessive_is_no_one_a_pronoun_stands_for():
    found = table(
        "date 2025-06-04 Obituary\n\n"
        "Ann Marlow, the actor whose roles at the Quay Theatre made her famous, has died at 88, her family said.\n\n"
        "Born in York in 1937, Marlow trained in Bristol and made her debut in 1959. Her Hedda Gabler in 1971 was "
        "praised by critics as one of the finest of the decade, and she won two awards.\n\n"
        'She turned down film roles for most of her career. "The stage is where I feel alive," she told an '
        "interviewer in 1988."
    )
    assert found["speaker"].tolist() == ["Ann Marlow's family", "Ann Marlow"]
