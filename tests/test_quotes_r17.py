"""Who said what (newsframe.quotes): deeds and measures that are no statement (a consent to be bought, a price per
share, one spoken of, a question of degree), a "which" that comments on a whole sentence, and the "he" of a profile
after a relative of its subject speaks, on short invented articles."""

from __future__ import annotations

from test_quotes import quoting as _row
from test_quotes import table


def test_consent_to_be_bought_is_no_statement():
    found = table(
        "date 2025-03-02 Brewer sold\n\n"
        "Northgate Ales has agreed to be taken over by the Danish group Solvik for £300m.\n\n"
        "Northgate's chairman said the price was fair."
    )
    assert not found["text"].str.contains("taken over").any()
    assert _row(found, "the price was fair")["speaker"] is not None
    # an infinitive of its own action still says what the speaker means to do
    found = table("date 2025-03-02 Talks\n\nThe union agreed to suspend the strike while talks go on.")
    assert _row(found, "suspend the strike")["speaker_text"] == "The union"


def test_the_unit_of_a_price_is_not_what_was_offered():
    found = table(
        "date 2025-03-02 Bid raised\n\n"
        "In May, Corvane offered 215p a share for the company, and in June it offered 240p per share.\n\n"
        "Corvane offered a seat on the board to the founder."
    )
    assert not found["text"].str.contains(r"^\s*(?:a|per) share", regex=True).any()
    assert _row(found, "a seat on the board")["speaker"] == "Corvane"


def test_the_one_spoken_of_is_not_what_was_said():
    found = table(
        "date 2025-03-02 Old coach\n\n"
        "The players still speak of her with great warmth, years after she left.\n\n"
        "The players spoke about the new training ground."
    )
    assert not (found["text"].str.strip().isin(["her", "him"])).any()
    assert _row(found, "the new training ground")["speaker_text"] == "The players"


def test_a_question_of_degree_is_no_statement():
    found = table(
        "date 2025-03-02 Crows\n\n"
        "The researchers then tested how long the crows remembered what they had been shown.\n\n"
        "Dr Lena Ortiz said the crows remembered the faces for months."
    )
    assert not (found["speaker_text"] == "the crows").any()
    assert _row(found, "remembered the faces for months")["speaker"] == "Lena Ortiz"


def test_which_on_a_sentence_speaks_for_its_subject():
    found = table(
        "date 2025-03-02 Mould\n\n"
        "The inspectors found mould in every flat they visited, which suggests the landlord ignored the complaints.\n\n"
        "Most tenants left the block early, which suggests the rent was too high."
    )
    row = _row(found, "the landlord ignored")
    assert row["speaker_text"] == "which"
    assert row["speaker"] == "The inspectors"
    # a sentence that reports no finding is a fact, and those it is about said nothing: the reporter's reading
    assert not found["text"].str.contains("the rent was too high").any()


def test_a_profile_he_after_his_wife_speaks_is_the_subject():
    found = table(
        "date 2025-03-02 The baker of Harrow Street\n\n"
        'Tomas Reilly has baked bread on Harrow Street since 1988. "I still love the smell," he says.\n\n'
        '"He gave me my first job," says Owen Price, who now runs a cafe next door.\n\n'
        'Reilly\'s wife, Maeve, says he works too hard. "He never stops," she says.\n\n'
        'For now, he has no plans to close. "Bread is what I know," he says.'
    )
    assert _row(found, "Bread is what I know")["speaker"] == "Tomas Reilly"
    assert _row(found, "He gave me my first job")["speaker"] == "Owen Price"


def test_hopes_of_a_thing_are_no_statement():
    """ "kept their hopes of a third title alive": a thing wished for; "her hope that the talks would resume" is
    a view told."""
    found = table(
        "date 2025-03-09 Ireland hold off France\n\n"
        "Ireland kept their hopes of a third successive Six Nations title alive with a win over France.\n\n"
        "Coach Ann Reid said her hope that the talks would resume was dashed.\n"
    )
    assert "hopes" not in found["cue"].tolist()


def test_a_cue_clause_set_inside_a_reported_sentence_leaves_the_sentence_said():
    """ "It is, she admits, closer to home …": what was said is the sentence around the cue clause, without it;
    its offsets span the whole sentence, as an interrupted quotation's do."""
    found = table(
        "date 2026-03-14 Nadia Okafor on her new novel\n\n"
        "Nadia Okafor's third novel is out. It is, she admits, closer to home than anything she has written.\n\n"
        "The decision, the council said in a statement, would be reviewed in May.\n\n"
        "The plan was never to sell, he said.\n"
    )
    admits = _row(found, "closer to home")
    assert admits["text"] == "It is closer to home than anything she has written"
    assert admits["speaker"] == "Nadia Okafor"
    assert _row(found, "reviewed in May")["text"] == "The decision would be reviewed in May"
    assert _row(found, "never to sell")["text"] == "The plan was never to sell"
