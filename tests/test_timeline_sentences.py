"""Timeline rows of sentences written for the purpose: each failure a reader would catch, and each kind of relative
expression in a story told in the present and in one told in the past. Then short articles of several kinds
(tests/fixtures/timeline/), checked row by row against what a careful reader makes of them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from newsframe import nlp
from newsframe.article import Article, Paragraph, load_article
from newsframe.timeline import DATELINE_EVENT, LAST_OCCASION_LABEL, timeline_table

FIXTURES = Path(__file__).parent / "fixtures" / "timeline"
SUNDAY = datetime(2023, 3, 12, 9, 0)  # a Sunday
THURSDAY = datetime(2023, 5, 18, 9, 0)


def table(*paragraphs: str, published: datetime | None = SUNDAY) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    texts = ["T", *paragraphs]
    article = Article("s", "T", published, None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    return timeline_table(article, nlp.parse(texts))


def row(frame: pd.DataFrame, expression: str) -> dict:
    """The one row of `frame` for `expression`."""
    found = frame[frame["expression"] == expression]
    assert len(found) == 1, f"{expression!r} in {frame['expression'].tolist()}"
    return found.iloc[0].to_dict()


def dated(frame: pd.DataFrame, expression: str) -> tuple[str, str, str, str]:
    """(value, date, date_end, anchor) of the row for `expression`."""
    r = row(frame, expression)
    return r["value"], r["date"], r["date_end"], r["anchor"]


UNDATED = ("", "", "vague")


def undated(frame: pd.DataFrame, expression: str) -> bool:
    """Whether the row for `expression` has no calendar date and a vague anchor."""
    return dated(frame, expression)[1:] == UNDATED


# --- whole words -------------------------------------------------------------------------------------------------


def test_now_is_never_found_inside_know_or_known():
    frame = table("Everyone knows her. Known for her patience, she says she did not know.", "She is now retired.")
    assert frame["expression"].tolist() == ["now"]
    assert row(frame, "now")["paragraph"] == 2


def test_current_account_and_a_half_of_a_match_are_no_dates():
    assert table("The current account remained in surplus.").empty
    assert table("In the second half Jones scored the winner in the 78th minute.").empty


def test_as_soon_as_is_a_conjunction():
    assert "soon" not in table("The boy could leave as soon as Tuesday.")["expression"].tolist()


# --- a story set in the past -------------------------------------------------------------------------------------


def test_a_season_of_a_year_is_that_season_not_the_publication_years():
    frame = table("In the autumn of 1978 she opened a small shop.")
    assert dated(frame, "the autumn of 1978") == ("1978-FA", "1978-09-01", "1978-11-30", "explicit")


def test_a_bare_season_in_the_past_tense_is_the_last_one_gone():
    frame = table("In the autumn she opened a small shop.")  # published in March 2023
    assert dated(frame, "the autumn")[:3] == ("2022-FA", "2022-09-01", "2022-11-30")


def test_years_later_and_the_following_year_count_from_the_story_not_from_publication():
    frame = table(
        "In the autumn of 1978 she opened a shop. Three years later she bought the building next door. "
        "The following year her husband died."
    )
    assert dated(frame, "Three years later") == ("P3Y", "1981-01-01", "1981-12-31", "relative")
    assert dated(frame, "The following year") == ("1982", "1982-01-01", "1982-12-31", "relative")


def test_a_year_after_since_leaves_the_story_at_publication():
    frame = table("It was the council's first meeting since 2012.", "The minister expects a deal by the summer.")
    assert dated(frame, "the summer")[:2] == ("2023-SU", "2023-06-01")


def test_the_next_year_in_a_past_story_is_the_year_after_its_date():
    frame = table("The club was founded in 1921. The next year it won the league.")
    assert dated(frame, "The next year")[:2] == ("1922", "1922-01-01")


def test_weeks_later_than_a_month_is_that_month_moved_on():
    frame = table("He wrote to her in March 2019.", "Two weeks later she called the police.")
    assert dated(frame, "Two weeks later") == ("P2W", "2019-03-15", "2019-04-14", "relative")


def test_soon_after_in_a_past_story_is_no_future():
    frame = table("She opened the shop in 1978. Soon after, she hired her first apprentice.")
    assert row(frame, "Soon")["value"] == "PAST_REF"
    assert table("Prices will soon fall.").pipe(row, "soon")["value"] == "FUTURE_REF"


def test_the_century_of_a_story_set_in_the_past_and_of_a_forecast():
    past = table("In the early 1970s the village emptied. It was the middle of the century's great migration.")
    assert dated(past, "the middle of the century")[1:3] == ("1933-01-01", "1966-12-31")
    future = table("Emissions will reach net zero by the middle of the century.")
    assert dated(future, "the middle of the century")[:3] == ("20", "2033-01-01", "2066-12-31")


# --- parts of a period -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expression, span",
    [
        ("The first plans were drawn up in the early 1970s.", "the early 1970s", ("1970-01-01", "1973-12-31")),
        ("Prices peaked in the late 1980s.", "the late 1980s", ("1986-01-01", "1989-12-31")),
        ("The mine closed in late 2019.", "late 2019", ("2019-09-01", "2019-12-31")),
        ("The law changed in early March 2021.", "early March 2021", ("2021-03-01", "2021-03-11")),
        # a deadline in the year of publication runs from publication (dates47)
        ("An inquiry will report by the end of the year.", "by the end of the year", ("2023-03-12", "2023-12-31")),
        ("Sales slowed at year-end.", "at year-end", ("2023-09-01", "2023-12-31")),
    ],
)
def test_early_mid_and_late_narrow_the_period(text, expression, span):
    assert dated(table(text), expression)[1:3] == span


# --- periods that run on from publication -----------------------------------------------------------------------


def test_the_coming_year_is_the_twelve_months_from_publication():
    frame = table("The company expects growth to slow in the coming year.", published=THURSDAY)
    assert dated(frame, "the coming year") == ("P1Y", "2023-05-18", "2024-05-18", "relative")


# --- fiscal periods ----------------------------------------------------------------------------------------------


def test_a_quarter_that_cannot_be_a_recent_calendar_one_is_fiscal_and_undated():
    frame = table("Acme said net profit rose 12% in the third quarter.", published=THURSDAY)
    assert row(frame, "the third quarter")["value"] == "2022-Q3" and undated(frame, "the third quarter")


def test_a_year_earlier_than_a_month_of_the_same_sentence_is_that_month_a_year_before():
    frame = table(
        "Net profit fell to 410 million euros in the three months to December from 830 million euros a year earlier.",
        published=datetime(2024, 3, 14),
    )
    # the three months to December are a quarter, so the value is that quarter a year before, as are the dates
    assert dated(frame, "a year earlier") == ("2022-Q4", "2022-10-01", "2022-12-31", "relative")


def test_a_penalty_for_years_is_no_stretch_up_to_publication():
    frame = table("A former councillor who stole from a charity has been jailed for four years.")
    assert undated(frame, "four years")
    assert undated(table("A judge jails the former mayor for four years."), "four years")
    lived = table("She has lived in the town for four years.")
    assert dated(lived, "four years")[1:] == ("2019-01-01", "2023-03-12", "relative")  # whole years, up to now


def test_a_quarter_still_to_come_spoken_of_in_the_past_is_last_years():
    frame = table(
        "Voltra said on Thursday it would cut 2,000 jobs after its profit for the fourth quarter fell by half.",
        published=datetime(2024, 3, 14),
    )
    assert dated(frame, "the fourth quarter") == ("2023-Q4", "2023-10-01", "2023-12-31", "relative")
    ahead = table("Voltra said its profit for the fourth quarter will fall.", published=datetime(2024, 3, 14))
    assert row(ahead, "the fourth quarter")["value"] == "2024-Q4"  # the future one, still ahead


def test_the_quarter_just_ended_is_the_calendar_one():
    frame = table("Acme said net profit rose 12% in the third quarter.", published=datetime(2023, 10, 26))
    assert dated(frame, "the third quarter") == ("2023-Q3", "2023-07-01", "2023-09-30", "relative")


def test_a_fiscal_year_is_undated_and_the_year_to_march_is_the_twelve_months_to_march():
    frame = table("In fiscal 2022 the company lost money. Sales in the year to March rose.", published=THURSDAY)
    assert row(frame, "fiscal 2022")["value"] == "2022" and undated(frame, "fiscal 2022")
    assert dated(frame, "the year")[1:3] == ("2022-04-01", "2023-03-31")


def test_a_half_year_of_company_results():
    frame = table("Profits rose 5% in the first half.", published=datetime(2023, 8, 2))
    assert dated(frame, "the first half")[:3] == ("2023-H1", "2023-01-01", "2023-06-30")


# --- days no calendar can hold -----------------------------------------------------------------------------------


def test_indefinite_and_habitual_days_and_their_clock_times_stay_undated():
    frame = table("On a Sunday she closes early. On the Monday she goes to the market at 6 a.m.")
    for expression in ("Sunday", "Monday", "6 a.m."):
        assert undated(frame, expression), expression
    assert not (frame["date"] == "2023-03-12").any()


def test_a_clock_time_in_an_anecdote_of_another_decade_is_not_put_on_the_publication_day():
    frame = table("One evening in the early 1970s she walked home at 11 p.m.")
    assert undated(frame, "11 p.m.")


def test_a_clock_time_in_todays_news_is_on_the_publication_day():
    date_only = datetime(2023, 3, 12)  # published that day, at a time not given
    frame = table("Police closed the road at 11 p.m., a spokesman said.", published=date_only)
    assert dated(frame, "11 p.m.")[1] == "2023-03-12T23:00"
    # out at 09:00: a road closed at 11 p.m. was closed the night before, never after publication
    frame = table("Police closed the road at 11 p.m., a spokesman said.")
    assert dated(frame, "11 p.m.")[1] == "2023-03-11T23:00"
    frame = table("Police closed the road at 6 a.m., a spokesman said.")
    assert dated(frame, "6 a.m.")[1] == "2023-03-12T06:00"
    frame = table("Police will close the road at 11 p.m., a spokesman said.")
    assert dated(frame, "11 p.m.")[1] == "2023-03-12T23:00"


def test_a_clock_time_without_a_day_is_on_the_day_the_story_named_last():
    frame = table(
        "A woman was hurt when fire broke out at her flat in Carrow Street on Friday night.",
        "Firefighters were sent to the block at about 11.40pm and rescued two children from a balcony.",
        published=datetime(2023, 3, 14),  # a Tuesday, at a time not given
    )
    assert dated(frame, "11.40pm")[:2] == ("2023-03-10T23:40", "2023-03-10T23:40")
    # a day still to come is no day for a clock time spoken of in the past
    later = table(
        "The run-off will be held on Saturday.", "Polls closed at 10 p.m. in the first round.", published=THURSDAY
    )
    assert dated(later, "Saturday")[1] == "2023-05-20"
    assert dated(later, "10 p.m.")[1] == "2023-05-17T22:00"  # out at 09:00: the night before


def test_a_weekday_used_as_a_noun_modifier_keeps_its_date():
    frame = table("Shareholders tendered their shares by the Tuesday deadline.", published=THURSDAY)
    assert dated(frame, "Tuesday")[1] == "2023-05-16"


def test_a_weekday_inside_a_quoted_old_letter_is_not_read_against_publication():
    frame = table(
        'The court heard that in March 2019 he wrote to a colleague: "I will send the money on Friday."',
        published=THURSDAY,
    )
    assert undated(frame, "Friday")
    quoted_now = table('"We will vote on Friday," the minister said.', published=THURSDAY)
    assert dated(quoted_now, "Friday")[1] == "2023-05-19"


def test_nothing_is_put_after_publication_in_a_story_told_in_the_past():
    frame = table("In the autumn she opened a shop. On a Sunday in June she closed it at noon.")
    assert not (frame["date"].str[:10] > "2023-03-12").any()


# --- relative expressions in a story told in the present (against publication) ----------------------------------


@pytest.mark.parametrize(
    "text, expression, value, span",
    [
        ("The minister resigned yesterday.", "yesterday", "2023-03-11", ("2023-03-11", "2023-03-11")),
        ("The minister resigns today.", "today", "2023-03-12", ("2023-03-12", "2023-03-12")),
        ("The minister will resign tomorrow.", "tomorrow", "2023-03-13", ("2023-03-13", "2023-03-13")),
        ("The minister resigned on Friday.", "Friday", "2023-03-10", ("2023-03-10", "2023-03-10")),
        ("The minister will resign on Friday.", "Friday", "2023-03-17", ("2023-03-17", "2023-03-17")),
        ("The minister resigned last week.", "last week", "2023-W09", ("2023-02-27", "2023-03-05")),
        ("The minister will resign next month.", "next month", "2023-04", ("2023-04-01", "2023-04-30")),
        ("The minister resigned two years ago.", "two years ago", "2021", ("2021-01-01", "2021-12-31")),  # that year
        ("The minister resigned earlier this year.", "earlier this year", "2023", ("2023-01-01", "2023-03-12")),
        ("The minister resigned in January.", "January", "2023-01", ("2023-01-01", "2023-01-31")),
        ("The minister will resign in June.", "June", "2023-06", ("2023-06-01", "2023-06-30")),
        ("The minister will resign in two weeks.", "two weeks", "P2W", ("2023-03-20", "2023-03-26")),
        ("The minister resigned last night.", "last night", "2023-03-11TNI", ("2023-03-11", "2023-03-11")),
    ],
)
def test_relative_expressions_in_the_present_count_from_publication(text, expression, value, span):
    assert dated(table(text), expression) == (value, *span, "relative")


# --- relative expressions in a story told in the past (against the story's last date) ---------------------------


@pytest.mark.parametrize(
    "text, expression, value, span",
    [
        (
            "The bridge opened on 3 May 2019. The next day, traffic jams stretched for miles.",
            "The next day",
            "2019-05-04",
            ("2019-05-04", "2019-05-04"),
        ),
        (
            "The bridge opened on 3 May 2019. The day before, the mayor had cut a ribbon.",
            "The day before",
            "2019-05-02",
            ("2019-05-02", "2019-05-02"),
        ),
        (
            "The bridge opened on 3 May 2019. That same day a crash closed it.",
            "That same day",
            "2019-05-03",
            ("2019-05-03", "2019-05-03"),
        ),
        (
            "The bridge opened on 3 May 2019. It closed the following Tuesday.",
            "the following Tuesday",
            "2019-05-07",
            ("2019-05-07", "2019-05-07"),
        ),
        (
            "The bridge opened on 3 May 2019. It closed the following week.",
            "the following week",
            "2019-W19",
            ("2019-05-06", "2019-05-12"),
        ),
        (
            "Work began in June 2015. The following month the first pier stood.",
            "The following month",
            "2015-07",
            ("2015-07-01", "2015-07-31"),
        ),
        (
            "Work began in June 2015. A year earlier the plans had been approved.",
            "A year earlier",
            "2014-06",
            ("2014-06-01", "2014-06-30"),
        ),
        ("Work began in June 2015. The first pier stood that year.", "that year", "2015", ("2015-01-01", "2015-12-31")),
        (
            "Work began in 2015. In the summer the first pier stood.",
            "the summer",
            "2015-SU",
            ("2015-06-01", "2015-08-31"),
        ),
        (
            "The bridge opened on 3 May 2019. At 6 a.m. the first cars crossed.",
            "6 a.m.",
            "2019-05-03T06:00",
            ("2019-05-03T06:00", "2019-05-03T06:00"),
        ),
    ],
)
def test_relative_expressions_in_a_past_story_count_from_its_last_date(text, expression, value, span):
    assert dated(table(text), expression) == (value, *span, "relative")


# --- event phrases -----------------------------------------------------------------------------------------------


def test_event_phrases_are_whole_words_and_belong_to_their_own_date():
    frame = table("The court heard on Tuesday that in March 2019 he wrote to a colleague.", published=THURSDAY)
    assert "heard" in row(frame, "Tuesday")["event"] and "wrote" in row(frame, "March 2019")["event"]
    frame = table("The senator lost his re-election bid on Tuesday.", published=THURSDAY)
    assert "re-election" in row(frame, "Tuesday")["event"].split() or "lost" in row(frame, "Tuesday")["event"].split()
    frame = table("Orkla reported a 12% rise in first-quarter operating profit.", published=datetime(2023, 10, 26))
    assert "profit" in row(frame, "first-quarter")["event"].split()
    for event in table("Turnover was £3.2m. Profit rose on Monday.", published=THURSDAY)["event"]:
        assert all(any(ch.isalpha() for ch in word) or "%" in word for word in event.split()), event


# --- short articles of several kinds, row by row -----------------------------------------------------------------

# Per article: (expression, value, date, date_end, anchor, a word the event phrase holds or "" for none checked),
# in the table's order (time order, undated last).
EXPECTED = {
    "sport.txt": [
        ("Saturday", "2023-10-21", "2023-10-21", "2023-10-21", "relative", "beat"),
        ("now", "PRESENT_REF", "", "", "vague", "won"),
        ("next Sunday", "2023-10-29", "2023-10-29", "2023-10-29", "relative", "face"),
    ],
    "business.txt": [
        ("the year", "P1Y", "2022-04-01", "2023-03-31", "relative", "rose"),
        ("March", "2023-03", "2023-03-01", "2023-03-31", "relative", "rose"),
        ("Thursday", "2023-05-18", "2023-05-18", "2023-05-18", "relative", "said"),
        ("the coming year", "P1Y", "2023-05-18", "2024-05-18", "relative", "slow"),
        ("July", "2023-07", "2023-07-01", "2023-07-31", "relative", "report"),
        ("the third quarter", "2022-Q3", "", "", "vague", "rose"),
        ("fiscal 2022", "2022", "", "", "vague", "lost"),
    ],
    "court.txt": [
        ("March 2019", "2019-03", "2019-03-01", "2019-03-31", "explicit", "wrote"),
        ("Two weeks later", "P2W", "2019-03-15", "2019-04-14", "relative", "called"),
        ("Tuesday", "2023-06-06", "2023-06-06", "2023-06-06", "relative", "denied"),
        ("tomorrow", "2023-06-08", "2023-06-08", "2023-06-08", "relative", "continues"),
        ("Friday", "XXXX-WXX-5", "", "", "vague", "send"),
    ],
    "feature.txt": [
        ("the early 1970s", "197", "1970-01-01", "1973-12-31", "explicit", "walked"),
        ("the autumn of 1978", "1978-FA", "1978-09-01", "1978-11-30", "explicit", "opened"),
        ("Three years later", "P3Y", "1981-01-01", "1981-12-31", "relative", "bought"),
        ("The following year", "1982", "1982-01-01", "1982-12-31", "relative", "died"),
        ("forty years", "P40Y", "1983-01-01", "2023-03-12", "relative", "baked"),
        ("Soon", "PAST_REF", "", "", "vague", "hired"),
        ("Next year", "2024", "2024-01-01", "2024-12-31", "relative", "take"),
        ("every night", "P1D", "", "", "vague", "baked"),
        ("Sunday", "XXXX-WXX-7", "", "", "vague", "closes"),
        ("Monday", "XXXX-WXX-1", "", "", "vague", "goes"),
        ("6 a.m.", "XXXX-XX-XXT06:00", "", "", "vague", "goes"),
        ("11 p.m.", "XXXX-XX-XXT23:00", "", "", "vague", "walked"),
    ],
    "chronology.txt": [
        ("the early 1990s", "199", "1990-01-01", "1993-12-31", "explicit", "drawn"),
        ("June 2015", "2015-06", "2015-06-01", "2015-06-30", "explicit", "began"),
        ("The following year", "2016", "2016-01-01", "2016-12-31", "relative", "lifted"),
        ("two years later", "P2Y", "2018-01-01", "2018-12-31", "relative", "finished"),
        ("3 May 2019", "2019-05-03", "2019-05-03", "2019-05-03", "explicit", "opened"),
        ("The next day", "2019-05-04", "2019-05-04", "2019-05-04", "relative", "stretched"),
        ("the coming year", "P1Y", "2024-02-01", "2025-02-01", "relative", ""),
    ],
    "brief.txt": [
        ("Sunday evening", "2023-11-05TEV", "2023-11-05", "2023-11-05", "relative", "closed"),
        ("Tuesday", "2023-11-07", "2023-11-07", "2023-11-07", "relative", "reopen"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_timeline_row_by_row(name):
    article = load_article(FIXTURES / name)
    frame = timeline_table(article, nlp.article_docs(article))
    got = list(frame[["expression", "value", "date", "date_end", "anchor"]].itertuples(index=False, name=None))
    assert got == [e[:5] for e in EXPECTED[name]]
    for event, expected in zip(frame["event"], EXPECTED[name]):
        assert not expected[5] or expected[5] in event.split(), (expected[0], event)
    published = article.published.date().isoformat()
    for r in frame.itertuples():  # nothing after publication unless the sentence speaks of the future
        if r.date[:10] > published:
            assert any(w in r.sentence.split() for w in ("will", "would", "face", "due", "expects", "continues")), r


def test_a_dateline_is_not_the_subject_of_the_event_it_opens():
    frame = table("FRANKFURT, March 10, 2023 — Nordwind Bank said on Friday that its profit fell.")
    assert row(frame, "Friday")["event"].startswith("Nordwind Bank said")


def test_a_datelines_date_is_when_the_story_was_filed_not_when_its_sentence_happened():
    frame = table("HARLOW, March 11 - Trent Water cut 400 jobs on Thursday, the company said.")
    assert row(frame, "March 11")["event"] == DATELINE_EVENT
    assert row(frame, "Thursday")["event"].startswith("Trent Water cut")
    written = table("BRENTFORD, March 10, 2023 — The council approved its budget on Thursday.")
    assert row(written, "March 10, 2023")["event"] == DATELINE_EVENT
    assert row(written, "Thursday")["event"].startswith("council approved")
    # a date opening a sentence with no dateline keeps its event, and so does a chronology's entry
    plain = table("On March 10 the council approved its budget.")
    assert row(plain, "March 10")["event"].startswith("council approved")
    entry = table("March 10, 2023 - The council approves its budget.", published=datetime(2024, 5, 1))
    assert row(entry, "March 10, 2023")["event"].startswith("council approves")


def test_a_dateline_without_a_date_is_not_the_subject_either():
    frame = table("NEW YORK — Shares of Acme rose on Friday.")
    assert row(frame, "Friday")["event"].startswith("Shares rose")


def test_a_dateline_without_its_year_gives_way_to_the_subject_the_parse_hung_on_it():
    frame = table(
        "OSLO, Feb 6 (Reuters) - Norwegian shipping group Halvorsen Maritime reported a fall in profit on Thursday "
        "and cut its dividend for the first time in nine years."
    )
    assert row(frame, "Thursday")["event"].startswith("Halvorsen Maritime reported")
    # the last cut, nine years back, is dated: the event says it is that one's
    assert row(frame, "nine years")["event"].startswith(LAST_OCCASION_LABEL + "Halvorsen Maritime cut")


def test_a_day_something_was_due_on_is_the_coming_one_when_the_day_has_not_passed():
    # published on a Thursday: "was due on Friday" is the next day, not the Friday before
    frame = table("Forecasters warned on Wednesday that more snow was due on Friday.", published=THURSDAY)
    assert dated(frame, "Friday")[:3] == ("2023-05-19", "2023-05-19", "2023-05-19")
    assert dated(frame, "Wednesday")[1] == "2023-05-17"
    later = table("The ruling is expected on Tuesday.", published=THURSDAY)
    assert dated(later, "Tuesday")[1] == "2023-05-23"


def test_how_often_in_a_stretch_of_time_is_that_stretch_up_to_publication_not_a_time_to_come():
    frame = table("The river burst its banks for the second time in a month on Saturday.")
    assert dated(frame, "a month")[1:] == ("2023-02-12", "2023-03-12", "relative")
    again = table("It was the third flood to hit the village in six weeks, and the mayor has resigned.")
    assert dated(again, "six weeks")[1:3] == ("2023-01-29", "2023-03-12")  # exactly six weeks
    plan = table("The council will decide in a month whether the bridge reopens.")  # a time to come
    assert dated(plan, "a month")[1:3] == ("2023-04-01", "2023-04-30")


def test_a_month_followed_by_last_or_next_year_is_that_years_month():
    frame = table(
        "The thefts came to light in March last year, and the trial is set for June of next year.", published=THURSDAY
    )
    assert dated(frame, "March last year")[:2] == ("2022-03", "2022-03-01")
    assert dated(frame, "June of next year")[:2] == ("2024-06", "2024-06-01")


def test_a_year_earlier_in_an_earnings_report_is_the_reported_quarters_year_before():
    frame = table(
        "The shipping group reported a 38% fall in fourth-quarter profit on Thursday.",
        "Net profit fell to 412 million crowns from 664 million a year earlier. Its shares are down from a year ago.",
        published=datetime(2025, 2, 6, 7, 0),
    )
    assert dated(frame, "a year earlier")[:3] == ("2023-Q4", "2023-10-01", "2023-12-31")
    assert dated(frame, "a year ago")[0] == "2024"  # counted from publication
    months = table("Profit for the October-December period fell.", published=datetime(2025, 2, 6, 7, 0))
    assert dated(months, "the October-December period")[:3] == ("2024-Q4", "2024-10-01", "2024-12-31")
    assert table("Sales in the May-June period rose.").empty  # two months make no quarter


def test_the_season_to_come_is_the_one_under_way_until_it_is_over():
    june = datetime(2025, 6, 13, 9, 0)
    assert dated(table("I expect a deal before the summer break.", published=june), "the summer")[0] == "2025-SU"
    assert dated(table("The roof will be fixed next summer.", published=june), "next summer")[0] == "2026-SU"
    october = datetime(2025, 10, 2, 9, 0)
    assert dated(table("The pool will reopen in the summer.", published=october), "the summer")[0] == "2026-SU"


def test_a_date_the_parse_left_without_a_verb_takes_the_tense_of_its_sentence():
    # "host" read as a noun: the clause has no verb of its own, but "travel" says the fixtures are to come
    frame = table("Harton host Kettleby Town on Tuesday night, while Brayford travel to Ashworth next Saturday.")
    assert dated(frame, "Tuesday night")[1] == "2023-03-14"
    assert row(frame, "Tuesday night")["event"] == "Kettleby Town"  # the noun the date hangs on, not "on"


def test_a_second_goal_is_no_second_of_time():
    frame = table("Okonkwo headed the opener and added a second from the penalty spot.")
    assert "a second" not in set(frame["expression"])
    waited = table("The lights went out for a second on Saturday.")
    assert "a second" in set(waited["expression"])


def test_a_chronologys_entries_date_the_sentence_after_their_colon():
    frame = table(
        "March 2021: Westmere Water announces a reservoir that would flood 14 farms.",
        "Spring 2023: Surveys find a colony of rare bats in the valley. Work is paused.",
        "Tuesday: Westmere confirms the scheme is dead.",
        published=datetime(2025, 9, 12, 8, 0),
    )
    assert row(frame, "March 2021")["event"].startswith("Westmere Water announces")
    assert dated(frame, "Spring 2023")[:3] == ("2023-SP", "2023-03-01", "2023-05-31")
    assert row(frame, "Spring 2023")["event"].startswith("Surveys find")
    assert row(frame, "Tuesday")["event"] == "Westmere confirms"
    verb = table("Sales fall 2023 short of target.")  # "fall" before a year is a verb, not the autumn
    assert list(zip(verb["expression"], verb["value"])) == [("2023", "2023")]


def test_a_stretch_of_time_from_a_date_starts_at_that_date():
    friday = datetime(2023, 6, 2, 8, 0)
    frame = table(
        "The Kelby swimming baths will shut for four weeks from Monday while the roof is mended.", published=friday
    )
    assert dated(frame, "four weeks")[:3] == ("P4W", "2023-06-05", "2023-07-02")  # TimeML keeps the duration
    before = table("From Tuesday, the ferry will run for ten days on a winter timetable.", published=friday)
    assert dated(before, "ten days")[1:3] == ("2023-06-06", "2023-06-15")
    timed = table("The strike will last 48 hours from 6 a.m. on Wednesday.", published=friday)
    assert dated(timed, "48 hours")[1:3] == ("2023-06-07T06:00", "2023-06-09T06:00")
    # a day counted from another ("two weeks from Monday") is no stretch that starts on Monday
    point = table("The hearing resumes two weeks from Monday.", published=friday)
    assert dated(point, "two weeks")[1] != "2023-06-05"
    # nor does a stretch start at a date that only ends another ("from 2015 to 2019")
    ended = table("From 2015 to 2019 she worked for two years in Lyon.", published=friday)
    assert undated(ended, "two years")


def test_a_weekday_in_a_clause_of_a_present_state_is_the_one_gone_by():
    # published on a Thursday: a premium is reckoned on a price already known, however the parse attaches the day
    frame = table(
        "The offer values Pellow Foods at 310p a share, a 35% premium to its closing price on Friday.",
        published=THURSDAY,
    )
    assert dated(frame, "Friday")[1] == "2023-05-12"
    costs = table("The bid represents a discount of 4% to the shares' level on Monday.", published=THURSDAY)
    assert dated(costs, "Monday")[1] == "2023-05-15"
    # an eventive present still looks ahead: a fixture, an opening
    fixture = table("Dunford play Rowley Athletic on Saturday.", published=THURSDAY)
    assert dated(fixture, "Saturday")[1] == "2023-05-20"
    opening = table("The minister opens the new bridge on Monday.", published=THURSDAY)
    assert dated(opening, "Monday")[1] == "2023-05-22"


def test_a_stretch_up_to_publication_is_exactly_as_long_as_said():
    # TimeML anchors it at publication (endPoint) with its length as its value: no rounding to a month's start
    tuesday = datetime(2025, 2, 18, 7, 0)
    frame = table("The purchase is the fourth by Calder Group in 18 months.", published=tuesday)
    assert dated(frame, "18 months")[:3] == ("P18M", "2023-08-18", "2025-02-18")
    lived = table("Mrs Okafor has run the corner shop for twelve years.", published=tuesday)
    assert dated(lived, "twelve years")[1:3] == ("2013-01-01", "2025-02-18")  # a round count of years, up to now
    # the last occasion of something ("the first time in three years") is a point, about then
    once = table("The river froze over for the first time in three years.", published=tuesday)
    assert dated(once, "three years")[1:3] == ("2022-01-01", "2022-12-31")


def test_how_often_a_count_is_done_is_a_set_off_the_calendar():
    frame = table(
        "Runners who cover 30 kilometres a week sleep better, and those who stretch twice a day ache less.",
        "Guidelines advise 20 minutes of brisk walking a day and three sessions of strength work a week.",
    )
    sets = frame[frame["type"] == "SET"]
    assert sets["expression"].tolist() == ["a week", "a day", "a day", "a week"]
    assert sets["value"].tolist() == ["P1W", "P1D", "P1D", "P1W"]
    assert (sets["date"] == "").all() and (sets["anchor"] == "vague").all()
    # a time counted from another, or a length, is no rate
    assert "SET" not in set(table("Two weeks a year ago the bridge shut.")["type"])
    assert row(table("The repairs could take a day or two."), "a day")["type"] == "DURATION"
    # an amount of money a year is left out, as TimeML's annotators mostly leave it
    assert table("The club pays $2 million a year in rent.").empty
    assert table("Rich countries pledged 100 billion dollars a year to poorer ones.").empty


def test_a_chronologys_entries_in_the_present_tell_the_past():
    friday = datetime(2024, 3, 15, 9, 0)
    frame = table(
        "The ferry has stopped running. Here is how the week went.",
        "Monday - Inspectors find rust in the ferry's hull.",
        "Tuesday night - Crews begin pumping out the engine room.",
        "March 2019 - A survey recommends a new hull within five years.",
        "Next week - The owners will decide whether to scrap the boat.",
        published=friday,
    )
    assert dated(frame, "Monday")[1] == "2024-03-11"
    assert dated(frame, "Tuesday night")[1] == "2024-03-12"  # the Tuesday gone, not the coming one
    # not five years on from publication: five years on from the entry's date, the present of its verb
    assert dated(frame, "five years")[1:] == ("2019-03-01", "2024-03-01", "relative")
    assert dated(frame, "Next week")[1] == "2024-03-18"  # a modal still looks ahead
    # the same sentence outside a chronology is a plan
    plan = table("Crews pump out the engine room on Tuesday night.", published=friday)
    assert dated(plan, "Tuesday night")[1] == "2024-03-19"
    entry = table("Tuesday night - Crews pump out the engine room.", published=friday)
    assert dated(entry, "Tuesday night")[1] == "2024-03-12"


def test_a_chronologys_order_picks_the_week_of_a_weekday():
    entries = [
        "September 2022 - A survey finds asbestos in the school's gym roof.",
        "Last Wednesday - Inspectors promise a report on the gym within two weeks.",
        "Monday - Parents are told the school will shut for the rest of term.",
        "Tuesday - Pupils move to classrooms in the town hall.",
    ]
    frame = table("How the school closure unfolded.", *entries, published=THURSDAY)
    # "last Wednesday" in a Thursday paper is yesterday or the week before; listed before Monday, it is the latter
    assert dated(frame, "Last Wednesday")[1] == "2023-05-10"
    assert dated(frame, "Monday")[1] == "2023-05-15"
    assert frame["date"].tolist()[-4:] == ["2023-05-10", "2023-05-10", "2023-05-15", "2023-05-16"]
    assert dated(frame, "two weeks")[1:3] == ("2023-05-10", "2023-05-24")  # counted from that Wednesday
    # in running prose, or in a list with the latest first, the order of paragraphs is no evidence
    prose = table(
        "Last Wednesday inspectors closed the gym after a tile fell.",
        "On Monday parents were told the school would shut.",
        published=THURSDAY,
    )
    assert dated(prose, "Last Wednesday")[1] == "2023-05-17"
    latest_first = table("How the school closure unfolded.", *reversed(entries), published=THURSDAY)
    assert dated(latest_first, "Last Wednesday")[1] == "2023-05-17"
    assert dated(latest_first, "Tuesday")[1] == "2023-05-16"


def test_a_duration_in_a_chronologys_entry_counts_from_the_entrys_date():
    frame = table(
        "How the drought took hold.",
        "June 2021 - The lake falls to its lowest level in three years.",
        "2022 - The council bans hosepipes for ten days.",
        "Last Wednesday - Engineers give the pumps two weeks.",
        "Monday - The water company promises repairs within a fortnight.",
        published=THURSDAY,
    )
    # the previous time the lake was that low: three years before June 2021, not before publication
    assert dated(frame, "three years")[1:3] == ("2018-01-01", "2018-12-31")
    # ten days within a year no day of which is named: no dates
    assert undated(frame, "ten days")
    # counted from Monday 15 May, the entry's day
    assert dated(frame, "a fortnight")[1:3] == ("2023-05-15", "2023-05-29")
    # outside a chronology the superlative counts from publication
    prose = table("On Monday the lake fell to its lowest level in three years.", published=THURSDAY)
    assert dated(prose, "three years")[1:3] == ("2020-01-01", "2020-12-31")


def test_midnight_ends_its_day():
    saturday = datetime(2023, 9, 30)
    frame = table(
        "Lawmakers passed the stopgap bill on Saturday afternoon.",
        "Aides said the governor would sign it before midnight.",
        published=saturday,
    )
    # TimeML writes midnight as the end of its day (T24:00); its date is the day's last minute, after its events
    assert dated(frame, "midnight") == ("2023-09-30T24:00", "2023-09-30T23:59", "2023-09-30T23:59", "relative")
    assert frame["expression"].tolist()[-2:] == ["Saturday afternoon", "midnight"]
    assert dated(table("The vote is at midnight on Friday.", published=saturday), "midnight on Friday")[0] == (
        "2023-10-06T24:00"
    )
    # the hours after midnight belong to the day that follows it
    after = table("Police were called shortly after midnight on Sunday.", published=datetime(2023, 10, 2))
    assert dated(after, "midnight on Sunday")[0] == "2023-10-01T00:00"


def test_a_present_perfect_of_duration_without_for_runs_up_to_publication():
    def span(sentence: str) -> tuple[str, str]:
        return dated(table(sentence, published=THURSDAY), sentence.split(" years")[0].split()[-1] + " years")[1:3]

    # "has lived here forty years" is "for forty years": the forty years up to publication, whole years as a round
    # count of years gives no first day
    assert span('"He\'s lived here forty years and never hurt anyone," a neighbour said.') == (
        "1983-01-01",
        "2023-05-18",
    )
    assert span("She has worked at the mill 30 years.") == ("1993-01-01", "2023-05-18")
    neighbour = table('"He\'s lived here forty years," a neighbour said.', published=THURSDAY)
    assert row(neighbour, "forty years")["event"] == "He has lived"  # the contraction spelled out as the perfect it is
    assert span("They have been running the shop 12 years.") == ("2011-01-01", "2023-05-18")
    # the progressive with "for" looks back too, not ahead
    assert dated(table("He has been living there for six months.", published=THURSDAY), "six months")[1:3] == (
        "2022-11-18",
        "2023-05-18",
    )
    # a count of years lost or spent, and a past tense, date nothing
    assert undated(table("The team has lost three years of work.", published=THURSDAY), "three years")
    assert undated(table("He lived there forty years.", published=THURSDAY), "forty years")


def test_a_participle_takes_the_tense_of_its_main_clause():
    def day(sentence: str, expression: str) -> str:
        return dated(table(sentence, published=THURSDAY), expression)[1]

    # "Starting Monday" has no tense of its own: the main clause's future makes it the coming Monday
    assert day("Starting Monday, libraries will open an hour later.", "Monday") == "2023-05-22"
    assert day("Beginning Tuesday, the ferry will be replaced by a bus.", "Tuesday") == "2023-05-23"
    assert day("Libraries will open later starting Monday.", "Monday") == "2023-05-22"
    # and the main clause's past makes it the Monday gone
    assert day("Starting Monday, libraries opened an hour later.", "Monday") == "2023-05-15"


@pytest.mark.parametrize(
    "lead",
    [
        "DURBAN, August 7 (Xinhua) -- Harbour pilots began a strike on Monday over pay.",
        "DURBAN, August 7, 2023 (Xinhua) -- Harbour pilots began a strike on Monday over pay.",
        "DURBAN--Harbour pilots began a strike on Monday over pay.",
    ],
)
def test_a_wire_dateline_written_with_two_hyphens_is_a_dateline(lead):
    frame = table(lead, published=datetime(2023, 8, 7))
    assert row(frame, "Monday")["event"].startswith("Harbour pilots began")
    if "August 7" in lead:
        assert row(frame, next(e for e in frame["expression"] if e.startswith("August 7")))["event"] == DATELINE_EVENT


def test_an_entry_the_parse_made_a_sentence_of_its_own_takes_the_event_after_its_dash():
    frame = table(
        "14:02 - The coastguard has closed the harbour until further notice.",
        "March 2019 - An inspection by the regulator finds cracks in the sea wall.",
    )
    assert row(frame, "14:02")["event"] == "coastguard has closed harbour"
    assert row(frame, "March 2019")["event"] == "inspection finds cracks"


def test_a_date_something_runs_since_is_gone_by_whatever_the_tense_of_its_clause():
    published = datetime(2026, 1, 27, 9, 0)
    frame = table(
        "It is the third serious crash on the bypass since September.",
        "Since 1 March the old agreement no longer applies.",
        published=published,
    )
    assert dated(frame, "September")[0] == "2025-09"
    assert dated(frame, "1 March")[0] == "2025-03-01"


def test_a_state_lasting_until_a_date_and_bail_until_a_date_look_ahead():
    published = datetime(2026, 1, 27, 9, 0)  # a Tuesday
    frame = table(
        "A 31-year-old man was arrested and has been released on bail until April 21.",
        "His brother was remanded in custody until March 3.",
        "The footbridge has been shut until Friday.",
        published=published,
    )
    assert dated(frame, "April 21")[0] == "2026-04-21"
    assert dated(frame, "March 3")[0] == "2026-03-03"
    assert dated(frame, "Friday")[0] == "2026-01-30"


def test_what_something_still_going_on_came_after_is_gone_by():
    published = datetime(2026, 10, 1, 9, 0)
    frame = table(
        "Borrowers are still adjusting after the central bank's surprise rate rise in July.",
        "Families are still living in tents after the floods in March.",
        "The squad is travelling to Rome after the final on Sunday.",
        published=published,
    )
    assert dated(frame, "July")[0] == "2026-07"
    assert dated(frame, "March")[0] == "2026-03"
    assert dated(frame, "Sunday")[0] == "2026-10-04"  # a plan stays ahead


def test_a_clock_time_gone_by_in_a_small_hours_paper_is_the_night_before():
    published = datetime(2026, 11, 4, 3, 10)
    frame = table(
        "The network called the race at 1:47 a.m.",
        'Speaking to supporters just before midnight, he said, "We\'ll know more tomorrow."',
        '"Tonight, you proved them wrong," she told the crowd.',
        published=published,
    )
    assert dated(frame, "1:47 a.m.")[0] == "2026-11-04T01:47"
    assert dated(frame, "midnight")[0] == "2026-11-03T24:00"
    assert dated(frame, "tomorrow")[0] == "2026-11-04"  # counted from the saying, before midnight
    assert dated(frame, "Tonight")[0] == "2026-11-03TNI"


def test_a_month_with_that_year_after_it_is_in_the_year_named_before():
    frame = table(
        "She took a long break in 2019. Her doctor warned her in January that year, and she stopped in the summer.",
        published=datetime(2026, 4, 10),
    )
    assert dated(frame, "January")[0] == "2019-01"
    assert dated(frame, "that year")[0] == "2019"
    assert dated(frame, "the summer")[0] == "2019-SU"


def test_a_childs_age_and_a_remembered_year_place_the_months_told_after_them():
    frame = table(
        "I was 13. I sang it at a school concert in December and my father laughed.",
        '"When I was a girl in 1961, the lake froze hard. In February we walked across it," she said.',
        published=datetime(2026, 4, 10),
    )
    assert dated(frame, "December")[0] == "XXXX-12"
    assert dated(frame, "February")[0] == "1961-02"


def test_the_full_year_with_its_year_is_one_date_and_a_past_full_year_early_in_a_year_is_the_last():
    frame = table(
        "For the full year 2025, revenue grew 3% to 2.1 billion euros.",
        "For the full year, operating profit rose 8%.",
        published=datetime(2026, 2, 5),
    )
    assert dated(frame, "the full year 2025")[0] == "2025"
    assert dated(frame, "the full year")[0] == "2025"
    ahead = table("The group expects margins to widen over the full year.", published=datetime(2026, 2, 5))
    assert dated(ahead, "the full year")[0] == "2026"


def test_a_change_on_the_month_or_the_year_is_a_comparison_not_a_date():
    frame = table(
        "The average asking price dropped 0.4% on the month to £281,450.",
        "Rents were up 2% on the year and flat on the quarter.",
        published=datetime(2026, 10, 1),
    )
    assert not {"the month", "the year", "the quarter"} & set(frame["expression"])


def test_a_kind_of_year_named_by_its_end_month_is_every_years():
    frame = table(
        "The board approved moving the group to a year ending in March.",
        "The charity will switch to a financial year that ends on June 30.",
        published=datetime(2026, 2, 5),
    )
    assert dated(frame, "March")[0] == "XXXX-03"
    assert dated(frame, "June 30")[0] == "XXXX-06-30"


def test_a_clock_time_in_local_time_is_on_the_day_after_it():
    frame = table(
        "The flight was delayed, the agency said on Sunday.",
        "Take-off is now planned for 9:14 a.m. local time on Tuesday.",
        published=datetime(2026, 9, 21, 6, 0),
    )
    assert dated(frame, "9:14 a.m. local time on Tuesday")[0] == "2026-09-22T09:14"


def test_a_day_something_was_scheduled_to_happen_on_may_lie_either_side_of_publication():
    frame = table(
        "The talks, which began on September 14 and were scheduled to finish on Thursday, ran through the night.",
        published=datetime(2026, 9, 25),  # a Friday
    )
    assert dated(frame, "Thursday")[0] == "2026-09-24"


def test_a_length_told_in_two_units_is_one_duration():
    frame = table(
        "The final lasted three hours and 11 minutes.",
        "She won the heat in 1 minute 8 seconds.",
        "He served two years and three months in prison.",
        "The mill shut two years and three months ago.",
        published=datetime(2026, 9, 25),
    )
    assert dated(frame, "three hours and 11 minutes")[0] == "PT3H11M"
    assert dated(frame, "1 minute 8 seconds")[0] == "PT1M8S"
    assert dated(frame, "two years and three months")[0] == "P2Y3M"
    assert dated(frame, "two years and three months ago")[0] == "2024-06"
    assert not {"11 minutes", "1 minute", "three months"} & set(frame["expression"])


def test_a_quarter_as_a_share_of_a_change_is_no_duration():
    frame = table(
        "Sales fell by a quarter.",
        "Profit rose more than a quarter to 4 million euros.",
        published=datetime(2026, 3, 10),
    )
    assert "a quarter" not in set(frame["expression"])


def test_a_company_forecast_for_the_year_to_a_month_is_the_year_still_running():
    frame = table(
        "The maker now expects operating profit of 260 billion yen for the year to March, down from its May "
        "forecast of 310 billion yen.",
        published=datetime(2026, 8, 6),
    )
    assert dated(frame, "the year")[1:3] == ("2026-04-01", "2027-03-31")
    assert dated(frame, "May")[0] == "2026-05"  # the forecast it is compared with was made already
    past = table("Profit for the year to March rose 4%.", published=datetime(2026, 8, 6))
    assert dated(past, "the year")[1:3] == ("2025-04-01", "2026-03-31")


def test_a_fiscal_year_named_relatively_is_not_a_calendar_year_and_its_quarter_is_placed_by_its_end():
    frame = table(
        "In the previous fiscal year, which ended on March 31, the group made a record profit.",
        "Profit for the first quarter of the fiscal year ending March 2027 fell to 48 billion yen from 70 billion "
        "yen a year earlier.",
        "Sales in the second half of the fiscal year ending January 31, 2026 rose.",
        published=datetime(2026, 8, 6),
    )
    assert undated(frame, "the previous fiscal year")
    assert dated(frame, "the first quarter of the fiscal year ending March 2027")[:3] == (
        "2026-Q2",
        "2026-04-01",
        "2026-06-30",
    )
    assert dated(frame, "a year earlier")[:3] == ("2025-Q2", "2025-04-01", "2025-06-30")
    assert dated(frame, "the second half of the fiscal year ending January 31, 2026")[1:3] == (
        "2025-08-01",
        "2026-01-31",
    )


def test_a_quotation_going_on_in_the_next_sentence_counts_its_days_from_the_same_saying():
    frame = table(
        '"We have waited a long time," the commander said at a briefing on Monday. "Tomorrow we go into quarantine."',
        published=datetime(2026, 3, 25, 23, 30),
    )
    assert dated(frame, "Tomorrow")[0] == "2026-03-24"


def test_a_clock_time_to_come_is_not_put_on_an_hour_of_publications_day_gone_by():
    frame = table(
        "Managers gave the go-ahead at a review on Wednesday.",
        "Liftoff is scheduled for 4:12 a.m. from pad 39A.",
        published=datetime(2026, 3, 25, 23, 30),  # a Wednesday, late
    )
    assert undated(frame, "4:12 a.m.")


def test_a_count_of_years_ago_sets_the_story_in_its_time():
    frame = table(
        "Fifty years ago this month, the river burst its banks and flooded the lower town.",
        "The water peaked on the night of March 20. Soldiers arrived the following morning with boats.",
        "By the weekend, about 900 people had been moved to schools.",
        published=datetime(2026, 3, 4),
    )
    assert dated(frame, "Fifty years ago this month")[0] == "1976-03"
    assert dated(frame, "March 20")[0] == "1976-03-20"
    assert dated(frame, "the following morning")[0] == "1976-03-21TMO"
    assert dated(frame, "the weekend")[0] == "1976-W12-WE"


def test_a_second_after_a_count_of_a_thing_is_the_ordinal_not_a_rate():
    frame = table(
        "Most economists expect a cut of 25 basis points in September, with a second by the end of the year.",
        published=datetime(2026, 7, 30),
    )
    assert "a second" not in set(frame["expression"])


def test_a_small_hours_clock_time_after_a_night_gone_through_is_on_the_next_day():
    frame = table(
        "The talks were scheduled to finish on Thursday but ran through the night before the chair suspended "
        "them at about 4.30am.",
        published=datetime(2026, 9, 25),
    )
    assert dated(frame, "4.30am")[0] == "2026-09-25T04:30"
    overnight = table("Talks on Tuesday went on overnight and ended at 3am.", published=datetime(2026, 9, 25))
    assert dated(overnight, "3am")[0] == "2026-09-23T03:00"


def test_a_length_later_than_planned_compares_and_counts_from_no_date():
    frame = table(
        "The tram line will open in 2035 at the earliest, four years later than originally planned.",
        published=datetime(2026, 1, 15),
    )
    assert undated(frame, "four years")


def test_a_stretch_following_a_time_of_the_story_is_not_counted_from_publication():
    frame = table(
        "Adults who walked daily in middle age were a third less likely to develop dementia over the following "
        "two decades, the study found.",
        published=datetime(2026, 4, 22),
    )
    assert undated(frame, "the following two decades")


def test_a_headline_weekday_takes_the_date_the_story_gives_that_weekday_with_a_part_of_the_day():
    texts = ["A muddy Sunday closes the festival", "The rain finally came to the farm on Sunday afternoon."]
    article = Article(
        "s", texts[0], datetime(2026, 7, 6), None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True
    )
    frame = timeline_table(article, nlp.parse(texts))
    assert frame[frame["expression"] == "Sunday"].iloc[0]["date"] == "2026-07-05"


def test_the_week_or_month_before_closing_a_clause_counts_from_the_day_named_last():
    frame = table(
        "Organisers said on Saturday that the fault lay in a generator installed the week before.",
        published=datetime(2026, 7, 6),
    )
    assert dated(frame, "the week")[0] == "2026-W26"


def test_after_midnight_following_an_evening_is_the_next_day_and_its_afternoon_that_day():
    frame = table(
        "The victim was attacked on the evening of 3 November last year.",
        "He was stabbed at about 9.30pm and died in hospital shortly after midnight.",
        "A suspect was arrested the following afternoon.",
        published=datetime(2026, 5, 19),
    )
    assert dated(frame, "midnight")[0] == "2025-11-04T00:00"
    assert dated(frame, "the following afternoon")[0] == "2025-11-04TAF"


def test_now_ending_a_title_is_no_date():
    frame = table("The study appeared in the journal Cardiology Now on Wednesday.", published=datetime(2026, 4, 22))
    assert "Now" not in set(frame["expression"])


def test_the_same_period_after_a_stretch_up_to_publication_is_that_stretch():
    frame = table(
        "Volumes fell in the fourth quarter.",
        "Shares have gained 22% over the past 12 months, lagging the sector index, which rose 27% in the same period.",
        published=datetime(2026, 2, 5),
    )
    assert dated(frame, "the same period")[:3] == ("P12M", "2025-02-05", "2026-02-05")


def test_a_date_right_after_a_than_clause_with_its_own_subject_is_of_what_is_compared_with():
    frame = table(
        "The bank expects growth of 1.2% in 2026. That is lower than they forecast in March, economists said.",
        published=datetime(2025, 11, 20),
    )
    assert dated(frame, "March")[0] == "2025-03"


def test_a_quarter_something_is_planned_for_is_the_next_one_of_that_name():
    frame = table(
        "The producers said they would go ahead with output increases planned for the first quarter.",
        published=datetime(2026, 12, 18),
    )
    assert dated(frame, "the first quarter")[:3] == ("2027-Q1", "2027-01-01", "2027-03-31")
