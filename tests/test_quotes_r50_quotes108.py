"""Quoted words cut from a sentence are partial (called it “a crucial step.”, vowed “to fight on.”); a double
quotation closed by a mistyped single mark ends there; a phrase of the reporter's between cue and quotation is no
part of what was said."""

from __future__ import annotations

from test_quotes import quoting, table

HEAD = "Local news\nPublished 3 April 2024, 12:00\n\n"


def _table(*paragraphs: str):
    return table(HEAD + "\n\n".join(paragraphs))


def test_quoted_words_cut_from_a_sentence_stay_partial():
    found = _table(
        "Mayor Lena Ortiz called the plan “a crucial step forward for the city.” She vowed “to fight on until every "
        "school is funded.”",
        "Council member Raj Patel said the cuts were “a disgrace.” He described the mayor as “out of touch with "
        "working families.”",
    )
    for words in ("a crucial step", "to fight on", "a disgrace", "out of touch"):
        assert quoting(found, words)["kind"] == "partial", words


def test_a_double_quotation_closed_by_a_mistyped_single_mark_ends_there():
    found = _table(
        "The actress tweeted: “Let’s go. We can stop this.’ Schumer was in the East Room on Tuesday. She became a "
        "voice for gun control after a shooting at a screening of her film, “Trainwreck.”",
        "“The vote is not over. We will be back tomorrow!’ Senator Ann Price said. Her aides left before “the "
        "worst part” began.",
    )
    row = quoting(found, "Let’s go")
    assert "East Room" not in row["text"] and row["text"].endswith("this.’"), row["text"]
    row = quoting(found, "The vote is not over")
    assert (row["kind"], row["speaker"]) == ("direct", "Ann Price")
    assert "aides" not in row["text"]


def test_a_single_quotation_nested_in_a_double_one_is_no_mistyped_closing():
    from newsframe.quotes import quote_spans

    for text in (
        "“He told me ‘no way.’ Then he left,” she said.",
        "“I said, ‘We are done.’ ” Smith added.",
        "“The Joneses’ dog is fine. It’s the Smiths.’ ” she said.",
    ):
        spans = [text[a:b] for a, b, _ in quote_spans(text)]
        assert len(spans) == 1 and spans[0].endswith("”"), spans


def test_a_phrase_of_the_reporters_between_cue_and_quotation_is_no_part_of_it():
    found = _table(
        "Lowe, 35, the daughter of a former governor, said on Twitter on Monday, in reference to her first child, a "
        "girl born in 2014, “Next summer, Ruby is going to be a big sister! Feeling very blessed.”",
        "Reed said in a statement, in response to the report by the council, “Nothing has changed.”",
    )
    row = quoting(found, "Next summer")
    assert (row["kind"], row["text"][0]) == ("direct", "“"), row["text"]
    row = quoting(found, "Nothing has changed")
    assert (row["kind"], row["text"]) == ("direct", "“Nothing has changed.”")


def test_words_of_what_was_said_before_a_quotation_stay():
    found = _table("Lowe said, in her view, the label “had been fair all along.”")
    assert quoting(found, "fair all along")["text"].startswith("in her view")
