"""Timeline: months counted from the events an appeal went over, "the following month" after an undated day,
"that day" pointing back to an incident, and a UK public body's financial year."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_previous_month_in_an_appeal_ruling_counts_from_the_earlier_hearing():
    frame = table(
        "Helen Barker, 58, was jailed for seven years at Southwark Crown Court in September 2024 after a jury found"
        " her guilty of fraud.",
        'On Tuesday three judges ruled that the original sentence had been "manifestly excessive".',
        "Lady Justice Carr said the trial judge had failed to give enough weight to Barker's guilty plea to a"
        " separate charge entered the previous month.",
        published=datetime(2025, 4, 30, 13, 20),
    )
    assert row(frame, "the previous month")["value"] == "2024-08"


def test_previous_month_in_what_appeal_judges_said_of_a_conviction():
    frame = table(
        "Joanne Pike, 44, was found guilty at Bristol Crown Court in June 2022 and given a suspended sentence.",
        "On Wednesday the Court of Appeal ruled that the conviction was unsafe.",
        "The judges said prosecutors had withheld a forensic report completed the previous month which pointed to"
        " another suspect.",
        published=datetime(2025, 3, 7, 12, 0),
    )
    assert row(frame, "the previous month")["value"] == "2022-05"


def test_previous_month_after_a_plain_day_still_counts_from_it():
    frame = table(
        "The minister resigned on 3 March 2025.",
        "She said she had decided to quit the previous month.",
        published=datetime(2025, 3, 7, 12, 0),
    )
    assert row(frame, "the previous month")["value"] == "2025-02"


def test_following_month_after_an_undated_night_stays_undated():
    frame = table(
        "Margaret Ellis, 87, was found on the floor of her room at Oakwood House on 3 November 2024 and died in"
        " hospital two days later.",
        "The hearing on Thursday was told she had been admitted to the home in the spring of 2023 after a stroke.",
        "A care worker said staff had checked on Mrs Ellis at 02:00 on the night of the fall, and again an hour later.",
        "The home was inspected the following month and rated as requiring improvement.",
        published=datetime(2025, 3, 14, 16, 10),
    )
    found = row(frame, "the following month")
    assert found["value"] == "XXXX-XX" and not found["date"]


def test_following_year_after_an_undated_evening_stays_undated():
    frame = table(
        "Peter Hale, 61, was found injured at his flat in Leeds on 4 May 2024 and died a week later.",
        "The inquest heard he had moved into the flat in the summer of 2021.",
        "A neighbour said she had heard shouting at about 11pm on the night of the attack.",
        "The landlord fitted new locks the following year.",
        published=datetime(2025, 6, 12, 9, 30),
    )
    found = row(frame, "the following year")
    assert found["value"] == "XXXX" and not found["date"]


def test_that_day_points_back_to_the_crash_the_story_is_about():
    frame = table(
        "Daniel Webb, 34, struck Andrew Marsh on the A64 near York on 14 June 2023.",
        "Webb was arrested two days later. He pleaded guilty at a hearing in November.",
        "Sentencing him at York Crown Court on Friday, Judge Sean Morris said Webb had shown no remorse.",
        "The court heard Webb had sent 14 messages in the ten minutes before the crash.",
        'Mr Marsh\'s widow said the family had been "living a nightmare" since that day.',
        published=datetime(2025, 2, 21, 15, 45),
    )
    assert row(frame, "that day")["value"] == "2023-06-14"


def test_that_day_after_the_fire_named_in_the_paragraph_before():
    frame = table(
        "Fire crews were called to a house in Rochdale on 9 August 2023 after a blaze broke out in the kitchen.",
        "The owner, Tariq Shah, was charged in March 2024 and admitted arson at Manchester Crown Court in"
        " October 2024.",
        "His neighbour told the court she had been afraid to sleep since the fire.",
        "She said her children had stayed with their grandmother from that day.",
        published=datetime(2025, 1, 17, 12, 0),
    )
    assert row(frame, "that day")["value"] == "2023-08-09"


def test_last_financial_year_of_a_uk_council_runs_april_to_march():
    frame = table(
        "Spending on temporary accommodation in Brighton has tripled since 2022, according to council figures.",
        "The council spent £28m on bed and breakfast rooms in the last financial year, up from £9m in 2021-22.",
        published=datetime(2025, 10, 2, 11, 0),
    )
    found = row(frame, "the last financial year")
    assert (found["date"], found["date_end"]) == ("2024-04-01", "2025-03-31")


def test_previous_financial_year_of_an_nhs_trust_and_not_of_a_company():
    frame = table(
        "The trust ran a deficit of £31m in the previous financial year, its board papers show.",
        "Apple said its revenue in the last fiscal year rose by 2%.",
        published=datetime(2024, 6, 14, 10, 0),
    )
    found = row(frame, "the previous financial year")
    assert (found["date"], found["date_end"]) == ("2023-04-01", "2024-03-31")
    assert row(frame, "the last fiscal year")["date"] != "2023-04-01"  # a company's year is its own
