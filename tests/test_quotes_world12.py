"""Who said what in news of other countries' sites: a speaker named with a clause about someone else, a press
wire's dateline."""

from __future__ import annotations

from test_entities import _tables_of


def _rows(text: str) -> list[tuple]:
    q = _tables_of(text)["quotes"]
    return list(zip(q["paragraph"], q["kind"], q["speaker"]))


def test_a_person_named_in_the_speakers_relative_clause_is_not_the_speaker():
    rows = _rows(
        "date 2026-11-28 New harbour museum opens to 9,000 visitors\n\n"
        "More than 9,000 people visited the city's newest museum on its opening day on Saturday.\n\n"
        "Secretary for Culture, Sports and Tourism Rosanna Law Shuk-pui, who officiated at the opening ceremony "
        "alongside Chief Executive John Lee Ka-chiu, said the centre would \"show the harbour's history to the "
        'world".\n\n'
        "Lee said the museum would be free for the first month.\n"
    )
    assert rows[0][0] == 2 and rows[0][2] != "John Lee Ka-chiu"
    assert rows[1] == (3, "reported", "John Lee Ka-chiu")  # "Lee" alone is the one named in full


def test_a_press_wires_dateline_is_no_speaker():
    rows = _rows(
        "date 2026-03-03 Harbourline reports record ferry traffic\n\n"
        "PORTLAND, Maine, March 3, 2026 /PRNewswire/ -- Harbourline Ferries, Inc., a passenger ferry operator, "
        "today announced record traffic for the winter season.\n"
    )
    assert rows == [(1, "reported", "Harbourline Ferries")]
