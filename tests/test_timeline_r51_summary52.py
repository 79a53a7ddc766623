"""What someone expects now, even when the parse reads the thing expected as a bare verb, is still to come."""

from __future__ import annotations

from test_timeline_sentences import row, table


def test_a_drier_spell_expected_from_a_weekday_is_the_weekday_to_come():
    # published on Sunday 12 March 2023
    found = table("Forecasters expect a drier spell from Wednesday, but another band of rain could follow.")
    assert row(found, "Wednesday")["value"] == "2023-03-15"


def test_the_same_with_another_day_and_clause():
    found = table("Forecasters expect a drier spell from Thursday, but winds will stay strong.")
    assert row(found, "Thursday")["value"] == "2023-03-16"
