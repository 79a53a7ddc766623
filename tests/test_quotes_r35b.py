"""Who said what (newsframe.quotes): a surname the tagger read as an adverb right after the quotation it closes is
the speaker."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_surname_read_as_an_adverb_after_a_quotation_speaks_and_the_next_quotation_goes_on():
    found = table(
        "date 2026-09-14 Anna Kiely on grief\n\n"
        "Anna Kiely was 16 when her father died. Her debut novel is out this week.\n\n"
        '"I wanted to write something honest about how boring grief can be," Kiely says. "People think it is all '
        'tears, but mostly it is just tiredness."\n\n'
        '"I wrote the book I needed at 16. If one teenager reads it and feels less alone, that is enough."\n'
    )
    assert quoting(found, "something honest")[["speaker", "speaker_text"]].tolist() == ["Anna Kiely", "Kiely"]
    assert quoting(found, "less alone")["speaker"] == "Anna Kiely"
