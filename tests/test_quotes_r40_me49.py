"""Who said what in news nobody here wrote: a second clause in the speaker's shifted-back modal is still said."""

from __future__ import annotations

from test_quotes import table


def test_a_clause_after_but_in_would_goes_on_what_was_said():
    found = table(
        "date 2024-10-15 M62 closed after lorry fire\n\n"
        "National Highways said the westbound carriageway reopened at 16:30 but the eastbound side would stay shut "
        "overnight while the road surface is repaired.\n"
    )
    assert found[["speaker", "text"]].values.tolist() == [
        [
            "National Highways",
            "the westbound carriageway reopened at 16:30 but the eastbound side would stay shut overnight while the "
            "road surface is repaired",
        ]
    ]


def test_the_reporters_own_clause_after_and_is_not_said():
    found = table("date 2024-10-15 Lorry fire\n\nPolice said the driver was unhurt, and the road reopened at 16:30.\n")
    assert found["text"].tolist() == ["the driver was unhurt"]
