"""Speakers written as a document's sender, a described person a relative clause is hung on, an unnamed source or
official taken up again, a role said to be a body's, and the one an outlet quoted."""

from test_quotes import quoting, table


def _article(*paragraphs: str) -> str:
    return "Waiting lists grow\nPublished 14 March 2025, 08:15\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_letter_sent_by_someone_speaks_for_its_sender():
    found = table(_article('The letter, sent by Dr Owen Price, warns that the service is "close to collapse".'))
    row = quoting(found, "close to collapse")
    assert row["speaker"] == "Owen Price"
    assert row["speaker_text"] == "The letter"


def test_a_memo_or_email_signed_or_sent_by_someone_is_theirs():
    found = table(
        _article(
            "A memo sent by finance director Georges Elhedery warned staff that costs must fall.",
            'The email, signed by residents\' group chair Tom Hargreaves, said the town had been "ignored for years".',
        )
    )
    assert quoting(found, "costs must fall")["speaker"] == "Georges Elhedery"
    assert quoting(found, "ignored for years")["speaker"] == "Tom Hargreaves"


def test_an_announcement_made_by_someone_is_theirs():
    found = table(
        _article("The announcement, made by managing director Helen Carr at a staff meeting, blamed energy costs.")
    )
    assert quoting(found, "energy costs")["speaker"] == "Helen Carr"


def test_who_after_a_role_of_a_named_body_is_the_person_described():
    found = table(
        _article(
            'The chairman of Barclays, who said the bank would fund a new clinic, described the wait as "shameful".'
        )
    )
    assert quoting(found, "fund a new clinic")["speaker"] == "The chairman of Barclays"


def test_who_after_the_head_of_a_body_is_the_head_not_the_body():
    found = table(_article("The head of the Fenwick Trust, who warned that rents would rise, called for action."))
    row = quoting(found, "rents would rise")
    assert row["speaker"] != "Fenwick Trust"
    assert row["speaker"].startswith("The head of")


def test_the_official_after_an_unnamed_official_of_a_body_is_that_official():
    found = table(
        _article(
            "A White House official said the administration was watching the case closely. "
            '"We are aware of the concerns," the official said.'
        )
    )
    assert quoting(found, "aware of the concerns")["speaker"] == "A White House official"


def test_the_official_after_a_ministry_official_across_paragraphs():
    found = table(
        _article(
            "A Treasury official said the plan was sound.",
            '"We will not change course," the official added.',
        )
    )
    assert quoting(found, "change course")["speaker"] == "A Treasury official"


def test_the_source_after_a_partys_source_is_that_source():
    found = table(
        _article(
            "A senior Labour source said the party was divided. "
            '"There is real anger among backbenchers," the source said.'
        )
    )
    first = quoting(found, "party was divided")["speaker"]
    assert quoting(found, "real anger")["speaker"] == first == "Labour"


def test_the_leader_of_a_body_is_not_a_person_given_another_role():
    found = table(
        _article(
            "Planning officer Sarah Dunn said the scheme was flawed.",
            'The leader of the council said the decision had been "finely balanced".',
        )
    )
    assert quoting(found, "finely balanced")["speaker"] == "The leader of the council"


def test_the_leader_of_a_body_is_the_one_given_that_role():
    found = table(
        _article(
            "Council leader Judith Blake said the vote was close.",
            'The leader of the council added that she was "relieved".',
        )
    )
    assert quoting(found, "relieved")["speaker"] == "Judith Blake"


def test_the_role_of_the_one_unnamed_person_so_described_far_back_is_theirs():
    found = table(
        _article(
            '"We are at breaking point," a governor at a category B jail told the newspaper.',
            "Ministers have been urged to act.",
            "Prison numbers rose by 2,000 last year.",
            "Staff sickness has doubled since 2019.",
            "The governor, who has run the jail since 2019, added that staff shortages made things worse.",
        )
    )
    assert quoting(found, "staff shortages")["speaker"] == "a governor at a category B jail"


def test_quoting_someone_is_no_statement():
    found = table(
        _article(
            '"Shareholders have had enough," the Financial Times reported, quoting a top-20 investor.',
            "Prices will rise next year, Reuters reported, quoting two sources familiar with the plan.",
        )
    )
    assert not found["text"].str.contains("investor").any()
    assert not found["text"].str.contains("two sources").any()
    assert quoting(found, "Prices will rise")["speaker"] == "Reuters"


def test_who_after_a_person_from_a_place_is_that_person():
    found = table(_article("A nurse from Swansea, who told the BBC she had not been paid, said morale was low."))
    assert quoting(found, "not been paid")["speaker"] == "A nurse from Swansea"


def test_citing_someone_is_no_statement_but_citing_a_reason_is():
    found = table(
        _article(
            '"It is over," the tabloid said, citing a friend of the couple.',
            "The firm cut 200 jobs, citing rising costs.",
        )
    )
    assert not found["text"].str.contains("friend of the couple").any()
    assert quoting(found, "rising costs")["cue"] == "citing"
