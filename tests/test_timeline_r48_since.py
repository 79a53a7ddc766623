"""A date after "the first … since" or a superlative's "since" is the last such occasion, not the clause's event."""

from datetime import datetime

from test_timeline_sentences import row, table

SATURDAY = datetime(2025, 7, 12, 18, 0)
WEDNESDAY = datetime(2022, 10, 19, 9, 0)


def test_the_first_final_since_a_year_is_the_last_such_final():
    frame = table(
        "Iga Swiatek won the women's title on Saturday, beating Amanda Anisimova 6-0 6-0, the first double-bagel "
        "women's final at Wimbledon since 1911.",
        "The club said it was the biggest crowd since 2019.",
        published=SATURDAY,
    )
    assert row(frame, "1911")["event"] == "last time before now: double-bagel women's final at Wimbledon"
    assert row(frame, "2019")["event"] == "last time before now: biggest crowd"
    assert row(frame, "Saturday")["event"] == "Iga Swiatek won title"


def test_a_when_clause_after_the_date_tells_what_happened_then():
    frame = table(
        "It was the first time a Polish woman had won the title since 1939, when Jadwiga Jedrzejowska reached the "
        "final.",
        published=SATURDAY,
    )
    assert row(frame, "1939")["event"] == "Jadwiga Jedrzejowska reached final"


def test_a_superlative_with_nothing_after_it_keeps_the_clause_under_the_label():
    frame = table(
        "UK inflation rose to 10.1% in September, its highest since 1982, the Office for National Statistics said.",
        "The pound has fallen 8% since January.",
        published=WEDNESDAY,
    )
    assert row(frame, "1982")["event"] == "last time before now: UK inflation rose"
    assert row(frame, "January")["event"] == "pound has fallen"
