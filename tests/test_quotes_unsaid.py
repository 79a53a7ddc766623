"""Words about speaking that report nothing said: a question left unanswered, a comment declined."""

from __future__ import annotations

from test_quotes import table


def test_declining_to_say_whether_or_not_saying_how_gives_no_statement():
    found = table(
        "date 2026-11-30 Rail strike to go ahead\n\n"
        "Mick Whelan declined to say whether further dates would follow. Police did not say how the man died. "
        "The club refused to say why the manager left.\n\n"
        "Tom Hale said the deal was off.\n"
    )
    assert list(found["speaker"]) == ["Tom Hale"]


def test_what_a_speaker_says_they_do_not_know_is_still_said():
    found = table(
        "date 2026-11-30 Deal in doubt\n\nAnn Lee said she did not know whether the deal would survive the winter.\n"
    )
    assert list(found["text"]) == ["she did not know whether the deal would survive the winter"]
