"""Timeline: "the year of" an event, a weekday's hours, a speed with its unit joined to the number, a warning's day,
the occasion a "since the …" superlative names, a company's fiscal quarter, a year in an aside on who someone is,
and events of a ", which" clause on a time or a place, a verb read as a noun and a name of four words."""

from datetime import datetime

from test_timeline_sentences import row, table

SUNDAY = datetime(2024, 12, 8, 17, 40)
WEDNESDAY = datetime(2024, 2, 28, 7, 15)
LAST = "last time before now: "


def test_the_year_of_an_event_is_no_year_of_the_calendar():
    flood = table("Why 1953?", "That was the year of the great North Sea flood.", published=SUNDAY)
    assert "the year" not in flood["expression"].tolist()
    wall = table("She moved to Berlin in 1989. It was the year when the wall came down.", published=SUNDAY)
    assert "the year" not in wall["expression"].tolist()
    # a plain "the year" is still this one
    plain = table("Sales have risen 4% so far in the year.", published=SUNDAY)
    assert row(plain, "the year")["date"] == "2024-01-01"


def test_a_weekdays_hours_are_a_kind_of_day():
    shops = table("Retailers plan longer Sunday hours", published=SUNDAY)
    assert row(shops, "Sunday")["date"] == ""
    union = table("The union opposes extended Saturday hours for library staff.", published=SUNDAY)
    assert row(union, "Saturday")["date"] == ""
    # hours counted from a day are not
    died = table("He died Saturday hours after the crash.", published=SUNDAY)
    assert row(died, "Saturday")["date"] == "2024-12-07"


def test_a_speed_with_its_unit_joined_to_the_number_is_no_time():
    probe = table("The probe was travelling at about 7km per second.", published=SUNDAY)
    assert "per second" not in probe["expression"].tolist()
    wind = table("Gusts reached 120km per hour on the coast.", published=SUNDAY)
    assert "per hour" not in wind["expression"].tolist()


def test_the_day_a_warning_is_of_is_to_come():
    rail = table(
        "The storm arrived on 3 December. The day after that, rail operators warned of further disruption on Monday "
        "morning.",
        published=SUNDAY,
    )
    assert row(rail, "Monday morning")["date"] == "2024-12-09"
    snow = table("On Saturday forecasters warned about heavy snow on Thursday.", published=SUNDAY)
    assert row(snow, "Thursday")["date"] == "2024-12-12"
    # a warning given on a day gone by keeps it
    given = table("Police warned drivers on Thursday.", published=SUNDAY)
    assert row(given, "Thursday")["date"] == "2024-12-05"


def test_a_superlative_since_a_named_occasion_dates_that_occasion():
    f1 = table(
        "Pierre Gasly finished third, the team's best result since the 2021 Hungarian Grand Prix.",
        published=datetime(2024, 11, 3, 20, 45),
    )
    assert row(f1, "2021")["event"] == "Hungarian Grand Prix"
    fire = table(
        "Authorities warned that conditions could be the worst since the Black Summer fires of 2019-20.",
        published=WEDNESDAY,
    )
    assert row(fire, "2019-20")["event"] == "Black Summer fires"
    season = table("City recorded their lowest points total since the 2016 season.", published=WEDNESDAY)
    assert row(season, "2016")["event"] == "season"
    # with no occasion named, the date is the last time the thing was so
    bare = table("It was the wettest winter since 2014.", published=WEDNESDAY)
    assert row(bare, "2014")["event"].startswith(LAST)


def test_a_fiscal_quarter_is_the_companys_own():
    cloud = table(
        "Shares rose after the software maker reported better-than-expected revenue for its fiscal first quarter.",
        "Its fiscal year runs from July to June.",
        published=datetime(2026, 10, 29, 21, 30),
    )
    assert row(cloud, "fiscal first quarter")["date"] == "2026-07-01"
    retail = table(
        "The retailer's fiscal year runs from February to January.",
        "Sales fell 3% in the fiscal second quarter, the company said.",
        published=datetime(2026, 9, 10, 9, 0),
    )
    assert row(retail, "the fiscal second quarter")["date"] == "2026-05-01"


def test_a_year_in_an_aside_on_who_someone_is_leaves_the_story_on_its_day():
    count = table(
        "Priya Marwood, who was first elected in 2024, won 14,212 votes.",
        "The returning officer declared the result shortly after 3am.",
        published=datetime(2026, 5, 8, 3, 40),
    )
    assert row(count, "3am")["date"] == "2026-05-08T03:00"
    mayor = table(
        "The mayor, who took office in 2019, conceded defeat.",
        "She spoke to supporters at 11pm.",
        published=datetime(2026, 5, 8, 9, 0),
    )
    assert row(mayor, "11pm")["date"] == "2026-05-07T23:00"


def test_which_after_a_time_or_a_place_tells_of_the_thing():
    strike = table(
        "Further strikes are planned from 6pm on 24 December until 6am on 27 December, which will disrupt travel "
        "over Christmas.",
        published=datetime(2022, 12, 14, 6, 30),
    )
    assert row(strike, "Christmas")["event"] == "Further strikes will disrupt travel"
    walkout = table(
        "Nurses will walk out until 8pm on Friday, which will close several wards.",
        published=datetime(2022, 12, 14, 6, 30),
    )
    assert "pm" not in row(walkout, "8pm on Friday")["event"].split()
    blaze = table(
        "The blaze near Bayindeen, which started last Thursday, has burnt 21,000 hectares.", published=WEDNESDAY
    )
    assert row(blaze, "last Thursday")["event"] == "blaze started"
    camp = table("The fire outside Ballarat, which broke out on Sunday, is still burning.", published=WEDNESDAY)
    assert row(camp, "Sunday")["event"].startswith("fire broke out")


def test_a_verb_read_as_a_noun_keeps_its_clause():
    rugby = table(
        "Ireland travel to Edinburgh to face Scotland next Saturday, while France host Italy in Marseille on 15 "
        "February.",
        published=datetime(2026, 2, 7, 19, 10),
    )
    assert row(rugby, "15 February")["event"].startswith("France host Italy")


def test_a_name_of_four_words_is_kept_whole():
    race = table(
        "Max Verstappen drove superbly to win the Sao Paulo Grand Prix on Sunday.",
        published=datetime(2024, 11, 3, 20, 45),
    )
    assert "Sao Paulo Grand Prix" in row(race, "Sunday")["event"]
    abu = table(
        "Lando Norris led from pole to take the Abu Dhabi Grand Prix on Sunday.",
        published=datetime(2024, 12, 8, 20, 45),
    )
    assert "Abu Dhabi Grand Prix" in row(abu, "Sunday")["event"]
    # a person's title before the name is still cut
    lavrov = table("Russian Foreign Minister Sergei Lavrov arrived in Minsk on Sunday.", published=SUNDAY)
    assert row(lavrov, "Sunday")["event"].startswith("Minister Sergei Lavrov")
