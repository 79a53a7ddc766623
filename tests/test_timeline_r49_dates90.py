"""Timeline: a headline's superlative without its determiner, a named storm a length counts from, "the day after
that", a weekday of a holiday read by its tense, events kept whole (a name, a heading run in, a list's last noun
before ", which"), and nights a present perfect denies or a saying reports on."""

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2022, 11, 16, 7, 15)
MONDAY = datetime(2024, 11, 25, 18, 0)
THURSDAY = datetime(2026, 3, 12, 9, 0)


def test_a_headline_superlative_without_its_determiner_dates_the_last_occasion():
    frame = table("Inflation hits highest level since 2008", published=WEDNESDAY)
    assert row(frame, "2008")["event"].startswith("last time before now: ")
    pound = table("Pound falls to weakest since 1985 against the dollar", published=WEDNESDAY)
    assert row(pound, "1985")["event"].startswith("last time before now: ")
    # a bound or an adjective that only ends in "-est" is no superlative
    bound = table("Prices have been rising at least since 2019.", published=WEDNESDAY)
    assert not row(bound, "2019")["event"].startswith("last time before now: ")
    modest = table("The economy has seen modest growth since 2019.", published=WEDNESDAY)
    assert not row(modest, "2019")["event"].startswith("last time before now: ")


def test_a_length_after_a_named_storm_counts_from_the_storms_day():
    bert = table(
        "Thousands of homes were still without power, two days after Storm Bert swept across the country.",
        "The storm arrived on Saturday 23 November, bringing winds of up to 80mph.",
        published=MONDAY,
    )
    assert row(bert, "two days")["date"] == "2024-11-25"
    milton = table(
        "Most schools in Tampa reopened, a week after Hurricane Milton tore through Florida.",
        "Milton made landfall near Siesta Key on 9 October.",
        published=datetime(2024, 10, 18, 9, 0),
    )
    assert row(milton, "a week")["date"] == "2024-10-16"


def test_the_day_after_that_counts_from_the_date_before():
    storm = table(
        "The storm arrived on Saturday 23 November. The day after that, rivers in south Wales burst their banks.",
        published=datetime(2024, 11, 27, 9, 0),
    )
    assert row(storm, "The day after that")["date"] == "2024-11-24"
    strike = table(
        "Talks collapsed on 3 March.",
        "The union called a strike for 10 March, and the day before that, ministers made a final offer.",
        published=datetime(2024, 3, 20, 9, 0),
    )
    assert row(strike, "the day before that")["date"] == "2024-03-09"


def test_a_weekday_of_a_holiday_follows_the_tense():
    after_christmas = datetime(2023, 12, 29, 10, 0)
    shops = table("Shops will open on the Sunday before Christmas for longer hours.", published=after_christmas)
    assert row(shops, "the Sunday before Christmas")["date"] == "2024-12-22"
    opened = table("Shops opened on the Sunday before Christmas from 10am.", published=after_christmas)
    assert row(opened, "the Sunday before Christmas")["date"] == "2023-12-24"
    museum = table("The museum will close on the Monday after Easter for repairs.", published=datetime(2025, 4, 23))
    assert row(museum, "the Monday after Easter")["date"] == "2026-04-06"
    closed = table("The museum closed on the Monday after Easter.", published=datetime(2025, 4, 23))
    assert row(closed, "the Monday after Easter")["date"] == "2025-04-21"


def test_a_name_is_not_cut_at_the_start_of_an_event():
    delta = table("A Delta Air Lines plane landing at Toronto Pearson airport flipped upside down on Monday.")
    assert row(delta, "Monday")["event"].startswith("Delta Air Lines plane")
    police = table("A New York Police Department officer was shot on Tuesday.")
    assert row(police, "Tuesday")["event"].startswith("New York Police Department officer")


def test_a_heading_run_into_the_sentence_is_not_its_event():
    ruling = table(
        "Mr Justice Fraser says In landmark ruling on 16 December 2019, the High Court found that the Post "
        "Office's Horizon system contained bugs."
    )
    assert row(ruling, "16 December 2019")["event"].startswith("High Court found")
    arrests = table("Police chief says On Tuesday night, officers arrested three men in Leeds.")
    assert row(arrests, "Tuesday night")["event"] == "officers arrested three men"


def test_a_relative_clause_after_a_list_is_its_last_nouns():
    storms = table(
        "It is the fourth named storm of the season, after Ashley in October, Bert in November and Conall, which "
        "brought heavy rain on 26 November.",
        published=datetime(2024, 12, 8),
    )
    assert row(storms, "26 November")["event"].startswith("Conall")
    tour = table(
        "The tour visited Leeds in May, Glasgow in June and Cardiff, which hosted the final show on 12 July.",
        published=datetime(2024, 12, 8),
    )
    assert row(tour, "12 July")["event"].startswith("Cardiff")
    # a list the noun is "of" is no list of things the clause may be said of one by one
    warning = table(
        "The Met Office issued a red warning for coastal areas of Wales and south-west England, which was in force "
        "from 03:00 to 11:00 GMT on Saturday.",
        published=datetime(2024, 12, 8),
    )
    assert not row(warning, "03:00")["event"].startswith("England")


def test_nights_a_present_perfect_denies_are_none_and_a_saying_reports_the_night_before():
    still = table("The coastguard has still not found the boat during the night.", published=THURSDAY)
    assert "the night" not in still["expression"].tolist()
    so_far = table("Search teams have so far not found the boy during the night.", published=THURSDAY)
    assert "the night" not in so_far["expression"].tolist()
    israel = table(
        "Israel said on Wednesday its forces had not found the hostages during the night.", published=THURSDAY
    )
    assert row(israel, "the night")["value"] == "2026-03-10TNI"
    army = table(
        "The army told reporters on Tuesday that troops had searched the village through the night.",
        published=THURSDAY,
    )
    assert row(army, "the night")["value"] == "2026-03-09TNI"
    talks = table("Talks on Tuesday went on through the night.", published=THURSDAY)
    assert row(talks, "the night")["value"] == "2026-03-10TNI"


def test_the_last_or_first_weekday_of_a_holiday_is_that_weekday():
    january = datetime(2025, 1, 9, 8, 30)
    footfall = table("Footfall on the last Saturday before Christmas fell 4.6%.", published=january)
    assert row(footfall, "the last Saturday before Christmas")["date"] == "2024-12-21"
    traffic = table("Traffic was heaviest on the final Friday before Christmas.", published=january)
    assert row(traffic, "the final Friday before Christmas")["date"] == "2024-12-20"


def test_a_day_to_come_is_not_the_one_a_past_clause_names_again():
    january = datetime(2025, 1, 9, 8, 30)
    shops = table(
        "Shops will open on Boxing Day this year as usual, but several chains, including Next and John Lewis, stayed "
        "closed on 26 December.",
        published=january,
    )
    assert row(shops, "26 December")["date"] == "2024-12-26"
    assert row(shops, "Boxing Day this year")["date"] == "2025-12-26"
    fireworks = table(
        "The council will hold the fireworks display on 5 November this year.",
        "Last time, the display on 5 November was cancelled because of rain.",
        published=january,
    )
    assert row(fireworks, "5 November")["date"] == "2024-11-05"
