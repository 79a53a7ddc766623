"""A cue verb whose whole report is a question word with nothing after it ("Scientists do not yet know why.") names
a question left open and reports no statement; the same verb with the answer after it still does."""

from __future__ import annotations

from test_quotes import table


def _texts(text: str) -> list[str]:
    return [str(t) for t in table(text)["text"]]


def test_not_knowing_why_is_no_statement():
    texts = _texts(
        "date 2024-03-02 Bowel cancer rising in younger adults\n\n"
        "Cases among people under 50 have risen by a fifth in a decade. Scientists do not yet know why. "
        'Dr Faye Elliott, a gastroenterologist in Leeds, says diet and obesity are "all being studied".\n'
    )
    assert not any(t.strip(" .") == "why" for t in texts)
    assert any("diet and obesity" in t for t in texts)


def test_investigators_who_do_not_know_where_state_nothing_until_they_say_where():
    texts = _texts(
        "date 2024-03-02 Warehouse fire\n\n"
        "The fire started shortly after midnight. Investigators do not yet know where.\n\n"
        "On Sunday the fire service said the blaze had begun in a loading bay.\n"
    )
    assert not any(t.strip(" .,") == "where" for t in texts)
    assert any("loading bay" in t for t in texts)
