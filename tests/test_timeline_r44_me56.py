"""Stretches of time written with no "from" before them: a dash between two years, and the label a chronology's entry
opens with ("2000 to 2014: …")."""

from datetime import datetime

from test_timeline_sentences import table

PUBLISHED = datetime(2024, 1, 10)


def _rows(*paragraphs):
    t = table(*paragraphs, published=PUBLISHED)
    return {(r.paragraph, r.expression): (r.value, str(r.date), str(r.date_end)) for r in t.itertuples()}


def test_a_chronology_entry_labelled_with_two_years_is_one_stretch():
    rows = _rows(
        "1999: The Horizon system is rolled out to branches.",
        "2000 to 2014: The Post Office prosecutes more than 700 sub-postmasters.",
        "March to June 2021: The lockdown is eased in stages.",
    )
    assert rows[(2, "2000 to 2014")] == ("2000/2014", "2000-01-01", "2014-12-31")
    assert rows[(3, "March to June 2021")] == ("2021-03/2021-06", "2021-03-01", "2021-06-30")
    assert not any(expression == "2014" for _, expression in rows)


def test_two_years_joined_by_a_spaced_dash_are_one_stretch():
    rows = _rows(
        "The war (1939 – 1945) changed Europe, and in 1950 the treaty was signed.",
        "1998 – 2001: He served as finance minister.",
    )
    assert rows[(1, "1939 – 1945")] == ("1939/1945", "1939-01-01", "1945-12-31")
    assert rows[(1, "1950")] == ("1950", "1950-01-01", "1950-12-31")
    assert rows[(2, "1998 – 2001")] == ("1998/2001", "1998-01-01", "2001-12-31")


def test_to_between_two_years_in_running_text_is_no_stretch():
    rows = _rows("Prices rose in 2021 to 2022 levels, she said in 2023.")
    assert (1, "2021") in rows
    assert not any("/" in value for value, _, _ in rows.values())
