"""'The same period in 2023' is a period of that year, never the last quarter before publication."""

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2024, 9, 4, 20, 15)


def test_same_period_in_a_year_is_that_year():
    frame = table(
        "More than 21,000 people have crossed the Channel in small boats so far this year, according to Home Office "
        "figures, up 5% on the same period in 2023.",
        published=WEDNESDAY,
    )
    r = row(frame, "the same period in 2023")
    assert r["value"] == "2023"
    assert "2024-Q2" not in frame["value"].tolist()


def test_same_period_in_a_year_other_wording():
    frame = table(
        "Passenger numbers at the airport reached 3.1 million in the first eight months of the year, compared with "
        "2.7 million in the same period in 2019.",
        published=WEDNESDAY,
    )
    r = row(frame, "the same period in 2019")
    assert r["value"].startswith("2019")
    assert not any(v.startswith("2024-Q") for v in frame["value"].tolist())
