"""Timeline: a figure "a month earlier" set against a percentage, half years written H1/H2, a count of days from
the day figures came out, a length counted from a deed told before, a night a dated saying reports, and a winter
named by the year of publication told as still to come."""

from datetime import datetime

from test_timeline_sentences import row, table

NOVEMBER = datetime(2024, 11, 20, 7, 15)
AUGUST = datetime(2024, 8, 14, 8, 0)
JUNE = datetime(2024, 6, 14, 9, 0)
MARCH = datetime(2025, 3, 18, 22, 10)
THURSDAY = datetime(2026, 3, 12, 9, 0)
OCTOBER = datetime(2023, 10, 2, 9, 0)


def test_a_month_earlier_after_a_percentage_is_the_month_before_the_one_named():
    frame = table(
        "Inflation rose to 2.3% in October, compared with 1.9% a month earlier, the ONS said on Wednesday.",
        published=NOVEMBER,
    )
    r = row(frame, "a month earlier")
    assert (r["value"], r["date"], r["date_end"]) == ("2024-09", "2024-09-01", "2024-09-30")
    assert "earlier" not in frame["expression"].tolist()
    other = table("Exports rose 4 per cent in October, after a 2 per cent fall two months earlier.", published=NOVEMBER)
    assert row(other, "two months earlier")["value"] == "2024-08"
    # a rate per month is still no date
    rate = table("Rents rose 2% a month last year.", published=NOVEMBER)
    assert "a month" not in " ".join(rate["expression"])


def test_half_years_written_h1_and_h2_are_read_after_in_and_before_results():
    frame = table(
        "Halvorsen Group said on Wednesday that H1 revenue rose 12% to 4.1 billion euros.",
        "In H1, operating profit climbed to 610 million euros from 520 million euros a year earlier.",
        published=AUGUST,
    )
    halves = frame[frame["expression"] == "H1"]
    assert halves["value"].tolist() == ["2024-H1", "2024-H1"]
    assert row(frame, "a year earlier")["value"] == "2023-H1"
    other = table("During H2, the retailer expects sales to slow as shoppers cut back.", published=AUGUST)
    assert row(other, "H2")["value"] == "2024-H2"
    # hydrogen is no half year
    gas = table("The firm will invest 40 million euros in green H2 production.", published=AUGUST)
    assert "H2" not in gas["expression"].tolist()


def test_the_next_day_after_figures_counts_from_the_day_they_came_out():
    frame = table(
        "Figures published on Tuesday showed unemployment rose to 4.4% in April. The next day, the central bank held "
        "rates.",
        published=JUNE,
    )
    assert row(frame, "The next day")["value"] == "2024-06-12"
    later = table(
        "Data released on Tuesday showed retail sales fell 1.2% in May. A day later, shares in retailers slumped.",
        published=JUNE,
    )
    r = row(later, "A day later")
    assert (r["date"], r["date_end"]) == ("2024-06-12", "2024-06-12")
    # figures of a week named by the day it ends: the release day too
    week = table(
        "Jobless claims rose to 237,000 in the week to August 30, figures showed on Thursday. The next day, payrolls "
        "confirmed the slowdown.",
        published=datetime(2025, 9, 6, 10),
    )
    assert row(week, "The next day")["value"] == "2025-09-05"
    # a day of another deed before a month is not what "the next day" counts from
    shop = table("The shop opened on 3 May 2019 and closed in June. The next day, the owner left.", published=JUNE)
    assert row(shop, "The next day")["date"] == ""


def test_a_length_after_a_deed_told_before_counts_from_its_day():
    frame = table(
        "Sam Whitlow returned to the court on 12 March after eight months out with a knee injury.",
        "Two days after Whitlow returned, he beat the world number five in straight sets.",
        published=MARCH,
    )
    r = row(frame, "Two days")
    assert (r["date"], r["date_end"]) == ("2025-03-14", "2025-03-14")
    talks = table(
        "The talks collapsed on Friday. Three days after they collapsed, the minister resigned.", published=MARCH
    )
    assert row(talks, "Three days")["date"] == "2025-03-17"
    # a noun of the deed ending in "-y" finds its verb
    knee = table(
        "The striker injured his ankle on 2 February. Three days after the injury, scans showed a fracture.",
        published=MARCH,
    )
    assert row(knee, "Three days")["date"] == "2025-02-05"
    # another subject's deed is not the one counted from
    other = table(
        "Sam Whitlow returned to the court on 12 March.",
        "Two days after Prieto returned, the team flew home.",
        published=MARCH,
    )
    assert row(other, "Two days")["date"] == ""


def test_a_night_a_dated_saying_reports_is_the_night_before_that_day():
    boat = table(
        "The crew had not found the boat during the night, the coastguard said on Tuesday.", published=THURSDAY
    )
    assert row(boat, "the night")["value"] == "2026-03-09TNI"
    debris = table("A lifeboat crew found debris overnight, a spokeswoman said on Monday.", published=THURSDAY)
    assert row(debris, "overnight")["value"] == "2026-03-08TNI"
    # without a day of the saying, the night just gone
    crews = table("Crews could not reach the village overnight, the council said.", published=THURSDAY)
    assert row(crews, "overnight")["value"] == "2026-03-11TNI"


def test_a_winter_named_by_publications_year_and_still_to_come_starts_that_december():
    frame = table("Forecasters expect the winter of 2023 to be colder than average.", published=OCTOBER)
    r = row(frame, "the winter of 2023")
    assert (r["value"], r["date"], r["date_end"]) == ("2024-WI", "2023-12-01", "2024-02-29")
    grid = table("Energy firms warned that the winter of 2023 will test the grid.", published=OCTOBER)
    assert row(grid, "the winter of 2023")["date"] == "2023-12-01"
    # told as gone by, or another year: the winter of its January
    mild = table("The winter of 2023 was mild.", published=OCTOBER)
    assert row(mild, "The winter of 2023")["date"] == "2022-12-01"
    old = table("The winter of 2019 was unusually mild.", published=OCTOBER)
    assert row(old, "The winter of 2019")["date"] == "2018-12-01"
