"""A short quotation a verb of saying introduces with a colon after where or when it was said."""

from __future__ import annotations

from test_quotes import quoting, table

MATCH = (
    "date 2025-04-28 Wrexham promoted again as Mullin double seals title\n\n"
    "Wrexham, bought by Hollywood actors Ryan Reynolds and Rob McElhenney in February 2021, will play in the "
    "Championship next season.\n\n"
    "Reynolds, watching from the directors' box, posted on social media minutes after the final whistle: "
    '"Pinch me."\n\n'
    'McElhenney wrote on X: "Unreal."\n'
)


def test_a_short_quotation_after_a_cue_and_a_colon_is_what_was_said():
    found = table(MATCH)
    posted = quoting(found, "Pinch me.")
    assert (posted["kind"], posted["cue"], posted["speaker"]) == ("direct", "posted", "Ryan Reynolds")
    wrote = quoting(found, "Unreal.")
    assert (wrote["kind"], wrote["cue"], wrote["speaker"]) == ("direct", "wrote", "Rob McElhenney")


def test_a_short_quotation_in_the_reporter_s_sentence_stays_a_scare_quote():
    found = table(
        "date 2025-04-28 Club fined\n\n"
        'The club was fined after what the league called "serious misconduct" at the final.\n'
    )
    assert not found["text"].str.contains("serious misconduct").any() or set(found["kind"]) <= {"partial"}
