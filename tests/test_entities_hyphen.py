"""A double surname the name recogniser reads in two pieces at its hyphen is one person, counted once."""

from __future__ import annotations

from test_entities import _entities_of, _kinds, _tables_of


def test_a_double_surname_cut_at_its_hyphen_is_one_person_and_one_speaker():
    """The recogniser reads "Sarah Perkins" and "Kirkpatrick" apart; the first is run on over the hyphen, and the
    piece after it goes with it: one mention, not a second person inside the first, so the summary never says the
    speaker is "never quoted"."""
    text = (
        "date 2026-11-24 Heatwave breaks November record\n\n"
        "Western Sydney recorded its hottest November day on Monday, the weather bureau said.\n\n"
        '"Ten years ago a day like this would have been extraordinary," said Professor Sarah Perkins-Kirkpatrick, '
        'a climate scientist. "Now it\'s something we plan for."\n'
    )
    tables = _tables_of(text)
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Sarah Perkins-Kirkpatrick"] == ("PERSON", 1)
    assert "Kirkpatrick" not in rows
    mentions = tables["mentions"]
    spans = sorted(zip(mentions["paragraph"], mentions["start_char"], mentions["end_char"]))
    assert all(a[0] != b[0] or a[2] <= b[1] for a, b in zip(spans, spans[1:]))  # no mention inside another
    quotes = tables["quotes"]
    assert set(quotes.loc[quotes["kind"] == "direct", "speaker"]) == {"Sarah Perkins-Kirkpatrick"}


def test_a_double_surname_read_whole_keeps_its_mentions():
    rows = _kinds(
        _entities_of(
            "date 2024-03-02 Minister visits port\n\nJacob Rees-Mogg visited the port on Friday. Rees-Mogg said "
            "trade was growing.\n"
        )
    )
    assert rows["Jacob Rees-Mogg"] == ("PERSON", 2)
