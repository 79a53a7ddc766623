"""The article in words: the page head, the key numbers and the summary sentences of notebook 06, each computed
from the tables of `pipeline.analyze`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pandas as pd

from . import config
from .article import dateline_credits, dateline_end
from .corpus import article_tone
from .entities import ENTITY_KINDS, top_entities
from .markup import markdown_code, markdown_text
from .sentiment import BENCHMARK, TONES
from .speakers import (
    BODY_KIND_NOUNS,
    HEARD_TYPES,
    QUOTE_KINDS,
    REPLY_ORDER,
    WRITER,
    affiliations,
    as_written,
    carriers,
    chambers,
    channels,
    character_lines,
    characters,
    definite_names,
    definite_speakers,
    expectations,
    headline_nouns,
    headline_text,
    lines_words,
    main_tone,
    name_parts,
    reply_refusals,
    shared_surname_speakers,
    short_speaker,
    speaker_kind,
    speakers_table,
    surname_bearers,
    unattributed,
    unheard,
    unsourced,
    venues,
    work_noun,
)
from .timeline import LAST_OCCASION_LABEL

# How many of the most-mentioned entities the summary describes: the main actors, not a list of every name.
SUMMARY_ENTITIES = 3


# ------------------------------------------------------------------------------------------------ the header
def source_label(article) -> str:
    """The article's source: its path relative to the project when it lies inside it, else the path as given."""
    return config.display_path(article.source)


def moment_name(moment: datetime | None, time_known: bool = True) -> str | None:
    """'19 December 2022, 17:51' (or without the time when it is not known); None for no date."""
    if moment is None:
        return None
    day = f"{moment.day} {moment:%B %Y}"
    return f"{day}, {moment:%H:%M}" if time_known else day


def header_markdown(article) -> str:
    """Markdown of the page's head: the headline (or a note that there is none), source, publication and update time."""
    title = (
        f"## {markdown_text(article.title)}"
        if article.title
        else "## (no headline: the article starts with its first paragraph)"
    )
    published = (
        moment_name(article.published, article.time_known)
        or "unknown (relative dates such as “Monday” stay unresolved)"
    )
    lines = [title, "", f"**Published** {published}"]
    if article.updated:
        lines[-1] += f" · **updated** {moment_name(article.updated)}"
    lines[-1] += f"  \n**Source** {markdown_code(source_label(article))} · **article id** {markdown_code(article.id)}"
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ the key numbers
def overall_tone(tables: dict[str, pd.DataFrame]) -> dict:
    """The article's tone, headline apart (`corpus.article_tone`: word-weighted mean polarity, subjectivity and
    VADER, the shares of the text by tone, `tone` = the largest share, `headline_tone`), the count of paragraphs by
    tone, and the tone's measured held-out accuracy and macro-F1 (from `sentiment.BENCHMARK`)."""
    paragraph_sentiment = tables["paragraph_sentiment"]
    overall = (
        article_tone(paragraph_sentiment, tables.get("paragraphs"), tables.get("sentence_sentiment"))
        if len(paragraph_sentiment)
        else {"tone": "", "headline_tone": ""}
    )
    overall = unscored_as_neutral(overall)
    overall["counts"] = {tone: int((paragraph_sentiment["tone"] == tone).sum()) for tone in TONES}
    overall["paragraphs"] = len(paragraph_sentiment)
    overall.update({f"benchmark_{k}": v for k, v in BENCHMARK["held_out"]["tone"].items()})
    return overall


def unscored_as_neutral(overall: dict) -> dict:
    """An article's tone (`corpus.article_tone`) read neutral when TextBlob and VADER both score its wording 0.00,
    to two places, whatever the sentence label says: no word of it reads for or against anything ("Bus fares in
    Harrowby will rise by 20p from April", a one-line brief the label reads negative for the event it tells). The
    label stays under `sentence_tone`, and `unscored` marks the change."""
    tone = overall.get("tone")
    if tone not in ("negative", "positive") or any(
        round(float(overall.get(k) or 0.0), 2) != 0 for k in ("polarity", "vader")
    ):
        return overall
    return overall | {"tone": "neutral", "sentence_tone": tone, "unscored": True}


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """'1 paragraph', '2 paragraphs', '1 person', '3 people' (the plural given when it is not singular + 's')."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def day_name(day: date) -> str:
    """'19 December 2022'."""
    return f"{day.day} {day:%B %Y}"


def _days(start: str, end: str | None = None) -> tuple[date, date]:
    """The first and last day of an ISO date or datetime span (the end defaults to the start)."""
    return date.fromisoformat(start[:10]), date.fromisoformat((end or start)[:10])


def precision(start: str, end: str | None = None) -> str:
    """How a span is measured: 'day' (one day), 'month' or 'year' (whole months or years), 'decade' or 'century'
    (a calendar decade or century), else 'days' (any other run of days)."""
    first, last = _days(start, end)
    if first == last:
        return "day"
    if first.day != 1 or (last + timedelta(days=1)).day != 1:
        return "days"
    if first.month != 1 or last.month != 12:
        return "month"
    years = last.year - first.year + 1
    if years == 10 and first.year % 10 == 0:
        return "decade"
    if (years == 100 and first.year % 100 == 0) or (first.year, last.year) == (1, 99):  # the 1st century: 1-99
        return "century"
    return "year"


def year_name(year: int) -> str:
    """'2019'; a year of the first millennium with its era: 'AD 43'."""
    return f"AD {year}" if year < 1000 else str(year)


def early_century_name(first: date) -> str | None:
    """A century of the first millennium by its number ('the 3rd century'), which its years would not tell a reader
    ('200–299'); None for a later one, named by its years."""
    if first.year >= 1000:
        return None
    n = first.year // 100 + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suffix} century"


def period_name(start: str, end: str | None = None) -> str:
    """A calendar period in words at its own precision: '19 December 2022', '17–18 December 2022', 'June 2019',
    'June–August 2019', '2019', '2019–2022', 'the 1990s', '1900–1999'."""
    first, last = _days(start, end)
    unit = precision(start, end)
    if unit == "day":
        return day_name(first)
    if unit == "decade":
        return f"the {first.year}s"
    if unit == "century" and (name := early_century_name(first)):
        return name
    if unit in ("year", "century"):
        return year_name(first.year) if first.year == last.year else f"{year_name(first.year)}–{year_name(last.year)}"
    if unit == "month":
        if (first.year, first.month) == (last.year, last.month):
            return f"{first:%B %Y}"
        return f"{first:%B}–{last:%B %Y}" if first.year == last.year else f"{first:%B %Y}–{last:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B}–{day_name(last)}"
    return f"{day_name(first)}–{day_name(last)}"


def endpoint_name(start: str, end: str | None, which: str) -> str:
    """The first ('start') or last ('end') point of a span in words, at the span's own precision: the start of 'May
    2010' is 'May 2010', the end of 1990–1999 'the 1990s', of 2066–2099 '2099', of 18–24 March 2013 '24 March 2013'."""
    first, last = _days(start, end)
    unit = precision(start, end)
    if unit in ("day", "decade"):
        return period_name(start, end)
    point = first if which == "start" else last
    if unit == "century" and (name := early_century_name(first)):
        return name
    if unit in ("year", "century"):
        return year_name(point.year)
    if unit == "month":
        return f"{point:%B %Y}"
    return day_name(point)


def dated_expressions(timeline: pd.DataFrame) -> pd.DataFrame:
    """The expressions placed on the calendar, in time order: expression, start, end (ISO days; end = start for a
    single day), value (the TimeML value, '' when the table has none), last_occasion (whether the row dates the last
    time before the one the article tells of, `last_occasions`)."""
    dated = timeline[timeline["date"].fillna("").astype(str) != ""]
    start = dated["date"].astype(str).str[:10]
    end = dated["date_end"].fillna("").astype(str).str[:10]
    value = dated["value"].fillna("").astype(str) if "value" in dated.columns else pd.Series("", index=dated.index)
    rows = pd.DataFrame(
        {
            "expression": dated["expression"].astype(str),
            "start": start,
            "end": end.where(end != "", start),
            "value": value,
            "last_occasion": last_occasions(dated),
            "moment": dated["date"].astype(str),
            "moment_end": dated["date_end"].fillna("").astype(str).where(end != "", dated["date"].astype(str)),
        }
    )
    return rows.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def present_periods(dated: pd.DataFrame, published: datetime | None) -> pd.Series:
    """Whether each dated expression (`dated_expressions`) is the present period rather than an event of the story:
    a period running through the moment of publication that holds a shorter dated expression of the article ("this
    year" or a headline's "2025" over "11:52"; "February" over "Saturday" written on 15 February). Such a row starts
    first but is not the earliest thing the article tells of. Compared to the minute where the table gives times."""
    none = pd.Series(False, index=dated.index, dtype=bool)
    if published is None or dated.empty or "moment" not in dated.columns:
        return none

    def bounds(row) -> tuple[str, str]:
        lo, hi = str(row["moment"]), str(row["moment_end"])
        lo = lo if len(lo) > 10 else lo[:10] + "T00:00"
        hi = hi if len(hi) > 10 else hi[:10] + "T24:00"
        return lo[:16], hi[:16]

    spans = [bounds(row) for _, row in dated.iterrows()]
    now, today = published.strftime("%Y-%m-%dT%H:%M"), published.strftime("%Y-%m-%d")
    flags = []
    for lo, hi in spans:
        holds = any(lo <= a and b <= hi and (a, b) != (lo, hi) for a, b in spans)
        # it goes on after publication ("this year"; "today" is the day itself); a stretch up to the day of
        # publication ("has lived here forty years", "the past decade") is the story's own earliest time
        goes_on = hi[:10] > today or lo[:10] == hi[:10] == today
        flags.append(lo <= now < hi and hi[11:] == "24:00" and goes_on and holds)
    return pd.Series(flags, index=dated.index, dtype=bool)


def last_occasions(timeline: pd.DataFrame) -> pd.Series:
    """Whether each timeline row dates the last occasion before the one the article tells of ("for the first time in
    15 years": 2010, when it last happened; its event starts with `timeline.LAST_OCCASION_LABEL`)."""
    if "event" not in timeline.columns:
        return pd.Series(False, index=timeline.index, dtype=bool)
    return timeline["event"].fillna("").astype(str).str.startswith(LAST_OCCASION_LABEL)


MONTH_VALUE = re.compile(r"\d{4}-\d{2}")
# Days a part of a month ("early", "mid-", "late") may hold: about a third of it, and "the end of the month" written on
# the 20th (20-31 May). A longer run of a month's days ("later this month" written on the 2nd) is named by its month.
MONTH_PART_DAYS = 12


YEAR_VALUE = re.compile(r"\d{4}")
# Months a part of a year ("early 2027", "late 2028", "the end of the year") may hold: a third of it. A longer run of a
# year ("later this year" written in February) is no part of it and keeps the bounds of its days.
YEAR_PART_MONTHS = 4


def year_part_name(value: str, start: str, end: str | None) -> str | None:
    """A part of a year the article names as such ("late 2028", "early next year", "later this year" written in
    October: a year's value placed on more than one month of it, from its start or to its end) in the same words:
    'late 2028', 'early 2027'. Its first or last month ('December 2028') is a bound the calendar chose, which the
    article never wrote. None for any other span: a longer run of it ("later this year" written in February), one
    month ("two years ago" placed on March 2024, which is neither early nor late in words the article gave) or its
    middle months ("mid-2027", told by its months' bounds as before)."""
    if not YEAR_VALUE.fullmatch(value or "") or precision(start, end) not in ("month", "days"):
        return None
    first, last = _days(start, end)
    if first.year != last.year or first.year != int(value):
        return None
    if (last - first).days + 1 > YEAR_PART_MONTHS * 31:  # "later this year" written in February: no part of it
        return None
    if (first.year, first.month) == (last.year, last.month):  # "two years ago" placed on a month: no part named
        return None
    if (first.month, first.day) == (1, 1):
        return f"early {first.year}"
    if (last.month, last.day) == (12, 31):
        return f"late {first.year}"
    return None  # "mid-2027" and a year's value on its middle months alike: the months' bounds name it


def month_part_name(value: str, start: str, end: str | None) -> str | None:
    """A part of a month the article names as such ("early January", "the end of November", "mid-March": a month's value
    placed on some of its days) in the same words: 'early January 2027', 'late November 2026', 'mid-March 2026'; a
    longer run of its days ("later this month") its month, 'October 2026'. Its first or last day ('11 January 2027') is
    a bound the calendar chose, which the article never wrote. A part of a year is named so too (`year_part_name`).
    None for any other span, a run of days the article gives ("17-18 December") among them."""
    year_part = year_part_name(value, start, end)
    if year_part:
        return year_part
    if not MONTH_VALUE.fullmatch(value or "") or precision(start, end) != "days":
        return None
    first, last = _days(start, end)
    if (first.year, first.month) != (last.year, last.month):
        return None
    if (last - first).days + 1 > MONTH_PART_DAYS:  # "later this month": the rest of the month, no part of it
        return f"{first:%B %Y}"
    if first.day == 1:
        return f"early {first:%B %Y}"
    if (last + timedelta(days=1)).day == 1:
        return f"late {first:%B %Y}"
    return f"mid-{first:%B %Y}"


WEEK_VALUE = re.compile(r"(?P<year>\d{4})-W(?P<week>\d{2})")
# Days a part of a week ("early next week", "late next week", "the end of the week") may hold: under half of it, as the
# calendar places them (Monday to Wednesday, Friday to Sunday). A longer run of a week's days ("later this week"
# written on a Tuesday) is the week, named by its Monday.
WEEK_PART_DAYS = 3


def week_name(value: str, start: str | None = None, end: str | None = None) -> str | None:
    """A week the article names as such ("later in the week", "next week": a week's value, placed on its seven days)
    in words that give no day it never wrote: 'the week of 13 July 2026', by the week's Monday. Its last day ('19
    July 2026') is a bound the calendar chose. A part of it placed on at most WEEK_PART_DAYS of its days from its
    start or to its end ("early next week" on Monday to Wednesday) is named as the article named it: 'early in the
    week of 19 January 2026', not the whole week, nor a day ('21 January') the article never wrote. None for any
    other value."""
    week = WEEK_VALUE.fullmatch(value or "")
    if not week:
        return None
    try:
        monday = date.fromisocalendar(int(week.group("year")), int(week.group("week")), 1)
    except ValueError:
        return None
    name = f"the week of {day_name(monday)}"
    if not start:
        return name
    first, last = _days(start, end)
    sunday = monday + timedelta(days=6)
    if not (monday <= first <= last <= sunday) or (last - first).days + 1 > WEEK_PART_DAYS:
        return name
    if first == monday and last < sunday:
        return f"early in {name}"
    if last == sunday and first > monday:
        return f"late in {name}"
    return name


SEASON_VALUE = re.compile(r"(?P<year>\d{4})-(?P<season>SP|SU|FA|AU|WI)")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
# Months a season the calendar places may hold: its own three, never a longer run it was stretched to.
SEASON_MONTHS = 3


def season_name(value: str, start: str, end: str | None = None) -> str | None:
    """A season the article names as such ("in the spring", "the summer of 2024", "last winter": a season's value,
    placed on its months) in the same words: 'spring 2027', 'summer 2024', and a winter over the turn of the year by
    both its years, 'winter 2025–26'. Its first or last month ('May 2027') is a bound the calendar chose, which the
    article never wrote. None for any other value, or a season's value placed on days that are not whole months of at
    most SEASON_MONTHS."""
    season = SEASON_VALUE.fullmatch(value or "")
    if not season or not start:
        return None
    first, last = _days(start, end)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day != 1 or (last + timedelta(days=1)).day != 1 or months > SEASON_MONTHS:
        return None
    name = SEASONS[season.group("season")]
    if first.year != last.year:
        return f"{name} {first.year}–{last.year % 100:02d}"
    return f"{name} {first.year}"


DECADE_VALUE = re.compile(r"\d{3}")


def decade_part_name(value: str, start: str, end: str | None = None) -> str | None:
    """A part of a decade the article names as such ("the early 1960s", "the mid-1980s", "before the end of the
    decade": a decade's value placed on some of its years) in the same words: 'the early 1960s', 'the mid-1980s', 'the
    late 2020s'. Its first or last day ('31 December 2029') is a bound the calendar chose, which the article never
    wrote. None for a whole decade (named so already) and any other value."""
    if not DECADE_VALUE.fullmatch(value or "") or precision(start, end) == "decade":
        return None
    first, last = _days(start, end)
    decade = int(value) * 10
    if not (decade <= first.year <= last.year <= decade + 9):
        return None
    if (first.month, first.day, first.year) == (1, 1, decade):
        return f"the early {decade}s"
    if (last.month, last.day, last.year) == (12, 31, decade + 9):
        return f"the late {decade}s"
    return f"the mid-{decade}s"


def part_name(value: str, start: str, end: str | None = None) -> str | None:
    """A part of a year, month, week or decade, or a season, in the words the article named it by (`month_part_name`,
    `week_name`, `season_name`, `decade_part_name`); None for any other span."""
    return (
        month_part_name(value, start, end)
        or week_name(value, start, end)
        or season_name(value, start, end)
        or decade_part_name(value, start, end)
    )


# A stretch of time's value ("P2Y", "P18M", "P3W") and the unit it counts in. Decades, centuries and millennia come as
# the timeline writes them, TimeBank's E, C and L ("the past decade" is P1E), or as DE and CE; all count in years.
# A count of quarters (Q) is one of months.
STRETCH_UNIT = re.compile(r"P(?:\d+(?:\.\d+)?|X)(?P<unit>Y|DE|CE|E|C|L|Q|M|W|D)")


def _day(moment: datetime | date | None) -> date | None:
    """The calendar day of a publication moment, None when unknown."""
    if moment is None or pd.isna(moment):
        return None
    return moment.date() if isinstance(moment, datetime) else moment


def stretch_bound_name(value: str, start: str, end: str, which: str, published: date | None) -> str | None:
    """A bound of a stretch of time counted from publication ("over two years" from 21 May 2026 ends on 21 May 2028)
    at the precision of the unit the article counted in: '2028' for years, 'May 2028' for months. The day is arithmetic
    the article never wrote: "a pay deal over two years" says nothing of 21 May. None for the bound that is the
    publication day itself ("the past eighteen months" runs to today), for a bound on a month's edge in a count of
    years (a financial year "the year to 31 March" starts in April, which the article gave), for a value that is no
    stretch, one counted in weeks or days (whose day the count does give), or when the publication day is unknown."""
    unit = STRETCH_UNIT.fullmatch(value or "")
    if published is None or not unit or unit.group("unit") in ("W", "D"):
        return None
    first, last = _days(start, end)
    point = first if which == "start" else last
    if point == published:
        return None
    edge = point.day == 1 if which == "start" else (point + timedelta(days=1)).day == 1
    year_edge = edge and point.month == (1 if which == "start" else 12)
    if unit.group("unit") in ("M", "Q") or (edge and not year_edge):
        return f"{point:%B %Y}"
    return year_name(point.year)


def expression_period(row, published: date | None = None) -> str:
    """The period one dated expression (a row of `dated_expressions`) covers, in the words it was written at: a part
    of a month, year or week as such ("the end of 2029" is 'late 2029', not 'September–December 2029'; "early next
    week" 'early in the week of 18 May 2026', not '18–20 May 2026'), a stretch counted from publication by the unit it
    counts in ("the past decade" written on 21 April 2026 is '2016–21 April 2026'), any other by its calendar
    period (`period_name`)."""
    value, start, end = str(row.get("value", "") or ""), row["start"], row["end"]
    part = part_name(value, start, end)
    if part:
        return part
    bounds = [stretch_bound_name(value, start, end, which, published) for which in ("start", "end")]
    if any(bounds):
        begin = bounds[0] or endpoint_name(start, end, "start")
        finish = bounds[1] or endpoint_name(start, end, "end")
        # a stretch within one year or month, both bounds at the unit's precision, is that year or month alone:
        # "2011", never "2011–2011"
        return begin if begin == finish else f"{begin}–{finish}"
    return period_name(start, end)


def span_words(dated: pd.DataFrame, published: date | None = None) -> str | None:
    """The calendar span of dated expressions (`dated_expressions`) in words: 'from June 2019 to 19 December 2022',
    or one period ('2019') when a single period holds them all; None when nothing is dated."""
    if dated.empty:
        return None
    first = dated.loc[dated["start"].idxmin()]
    last = dated.loc[dated["end"].idxmax()]
    # of the calendar periods that reach a bound, the broadest names it: with "the first ten months" and "the year"
    # both starting in January, the year holds the months, and the span is the year's ("2026"), not "from January
    # 2026 to 2026". A stretch of time ("five years" from 2019) is no calendar period: its bounds are days counted
    # from an anchor, which name nothing the article wrote
    values = dated["value"] if "value" in dated.columns else pd.Series("", index=dated.index)
    periods = dated[~values.fillna("").astype(str).str.startswith("P")]
    periods = periods if not periods.empty else dated
    starts = periods[periods["start"] == dated["start"].min()]
    ends = periods[periods["end"] == dated["end"].max()]
    opening = dated.loc[starts["end"].idxmax()] if not starts.empty else first
    closing = dated.loc[ends["start"].idxmin()] if not ends.empty else last
    # "early January" in the article's words, not the bound of its days ("11 January 2027")
    parts = [part_name(str(row.get("value", "")), row["start"], row["end"]) for row in (first, last)]
    # a bound that only a stretch of time reaches ("over two years" from today) is named in the stretch's unit
    stretches = [
        stretch_bound_name(str(row.get("value", "")), row["start"], row["end"], which, published)
        for row, which in ((opening, "start"), (closing, "end"))
    ]
    begin, finish = (
        parts[0] or stretches[0] or endpoint_name(opening["start"], opening["end"], "start"),
        parts[1] or stretches[1] or endpoint_name(closing["start"], closing["end"], "end"),
    )
    if (first["start"], first["end"]) == (last["start"], last["end"]) or begin == finish:
        whole = (dated["start"] == dated["start"].min()) & (dated["end"] == dated["end"].max())
        # the period the expression spanning the rest names, over its own span, not the first expression's, in its
        # own words: a part ("late 2029") or a stretch counted from publication by its unit ("for thirty years"
        # written on 10 June 2024 is '1994–10 June 2024', not '1 January 1994–…', a day the article never wrote)
        if whole.any():
            return expression_period(dated[whole].iloc[0], published)
        low, high = dated["start"].min(), dated["end"].max()
        return period_name(low, high)
    return f"from {begin} to {finish}"


# Expressions the calendar cannot hold, by kind: (singular, plural, what they are).
UNDATED_KINDS = {
    "vague": ("vague reference", "vague references"),  # “recently”, “now”, “soon”
    "unresolved": ("relative date left open", "relative dates left open"),  # “Monday” without a publication date
    "duration": ("duration", "durations"),  # “20 minutes”, “three weeks” not tied to a date
    "recurring": ("recurring time", "recurring times"),  # “every Tuesday”
    "time": ("time of day", "times of day"),  # a clock time without a day
    "other": ("other undated expression", "other undated expressions"),
}
VAGUE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
# The date of a clock time that gives no day at all ("opens at 9am", "none after 6pm": XXXX-XX-XXT09:00): a time of
# day, not a relative date such as "Monday morning" (XXXX-WXX-1TMO) left open for want of a publication date.
CLOCK_ONLY = "XXXX-XX-XX"


def undated_kind(expression_type: str, value: str) -> str:
    """The kind (a key of UNDATED_KINDS) of an expression left off the calendar, from its TimeML type and value."""
    if value in VAGUE_VALUES:
        return "vague"
    if expression_type == "DURATION":
        return "duration"
    if expression_type == "SET":
        return "recurring"
    if "X" in value and not (expression_type == "TIME" and value.split("T")[0] == CLOCK_ONLY):
        return "unresolved"
    if expression_type == "TIME":
        return "time"
    return "other"


def undated_expressions(timeline: pd.DataFrame) -> pd.DataFrame:
    """The expressions left off the calendar, in reading order: paragraph, expression, undated_kind (a key of
    UNDATED_KINDS)."""
    undated = timeline[timeline["date"].fillna("").astype(str) == ""]
    undated = undated.sort_values([c for c in ("paragraph", "start_char") if c in undated], kind="stable")
    kinds = [undated_kind(str(t), str(v)) for t, v in zip(undated["type"], undated["value"])]
    return pd.DataFrame(
        {
            "paragraph": undated["paragraph"].tolist(),
            "expression": undated["expression"].astype(str).tolist(),
            "undated_kind": kinds,
        }
    )


# Examples quoted for each kind of undated expression.
UNDATED_EXAMPLES = 3


def undated_words(undated: pd.DataFrame) -> list[str]:
    """Each kind of undated expression counted, with up to UNDATED_EXAMPLES of its expressions quoted: ['3 durations
    (“20 minutes”, “95 minutes”, “the last 90 minutes”)', '1 vague reference (“recently”)']. Expressions of no
    kind named, alone, are just expressions ('1 expression (“2026-27”)'): "other" than what would be unclear."""
    parts = []
    alone = set(undated["undated_kind"]) == {"other"}
    for kind, (singular, plural) in UNDATED_KINDS.items():
        rows = undated[undated["undated_kind"] == kind]
        if rows.empty:
            continue
        if alone:
            singular, plural = "expression", "expressions"
        seen: dict[str, int] = {}
        for expression in rows["expression"]:
            seen[expression] = seen.get(expression, 0) + 1
        shown = [f"“{e}”" + (f" {_times(n)}" if n > 1 else "") for e, n in list(seen.items())[:UNDATED_EXAMPLES]]
        quoted = ", ".join(shown) + (", …" if len(seen) > UNDATED_EXAMPLES else "")
        parts.append(f"{count_noun(len(rows), singular, plural)} ({quoted})")
    return parts


def _rounded(value: float | None, digits: int = 3) -> float | None:
    """A score rounded for reading, or None when there is none."""
    return None if value is None else round(float(value), digits)


# The other kinds of name the count of what an article names gives after its people, places and organisations:
# entity type -> (singular, plural). A nationality, a law or a language is no thing the article names as such.
OTHER_KIND_WORDS = {"PRODUCT": ("product", "products"), "WORK_OF_ART": ("work", "works"), "EVENT": ("event", "events")}
# Names listed beside a count of people, places or organisations, most mentioned first.
LISTED_NAMES = 4
# Kinds of entity in words: kind (as in entities.ENTITY_KINDS) -> (singular, plural).
KIND_WORDS = {
    "person": ("person", "people"),
    "place": ("place", "places"),
    "organisation": ("organisation", "organisations"),
}


def no_names(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The "people" of an entities table that are no one the article names: a title the recogniser split off a
    person's name ("Rear Admiral" of "Rear Admiral Daniel Hagari", `speakers.name_parts`) and a headline's capitalised
    common noun ("Coroner criticises hospital", `speakers.headline_nouns`). The list of those never quoted leaves them
    out, so every count of the names does too, and the two numbers agree."""
    if paragraphs is None or paragraphs.empty or entities.empty or "entity" not in entities.columns:
        return set()
    return name_parts(entities, paragraphs) | headline_nouns(entities, headline_text(paragraphs))


def named_entities(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> pd.DataFrame:
    """The entities table without the rows that are no one the article names (`no_names`)."""
    left_out = no_names(entities, paragraphs)
    return entities[~entities["entity"].astype(str).isin(left_out)] if left_out else entities


def entity_kinds(entities: pd.DataFrame) -> dict[str, list[str]]:
    """The distinct people, places and organisations of an entities table (most mentioned first): kind -> names."""
    kinds = entities["entity_type"].map(ENTITY_KINDS)
    return {kind: entities.loc[kinds == kind, "entity"].tolist() for kind in KIND_WORDS}


def listed_names(names: list[str], n: int = LISTED_NAMES) -> str:
    """Up to `n` names joined in a sentence: 'A, B and C', 'A, B, C, D and 3 more' (never 'and 1 more': the one is
    named)."""
    if len(names) <= n + 1:
        return join_words(names)
    return f"{', '.join(names[:n])} and {len(names) - n} more"


def _names(names: list[str]) -> str:
    """Up to LISTED_NAMES names joined by commas, '…' when there are more."""
    return ", ".join(names[:LISTED_NAMES]) + (", …" if len(names) > LISTED_NAMES else "")


# Items (paragraphs, sentences) an answer or a chart needs before it gives their share as a percentage: "0%" of two
# paragraphs says no more than the count.
PERCENT_FROM = 10
# A neutral article leans to one side when that side holds at least LEAN_SHARE of its text and LEAN_RATIO times the
# other side's share (39% negative against 2% positive reads as a negative story told calmly; 24% against 17% does
# not lean).
LEAN_SHARE = 0.2
LEAN_RATIO = 2.0


# A tone whose share leads the next by less than this is told as barely ahead of it: 40% positive against 40%
# negative, or 39% positive against 36% neutral, is no positive article to a reader.
CLOSE_LEAD = 0.05


def lean_words(overall: dict) -> str:
    """', barely ahead of negative' (or another tone) when the tone's share leads the next by less than CLOSE_LEAD;
    else ', leaning negative' (or positive) for a neutral article whose non-neutral text is mostly of one side (see
    LEAN_SHARE, LEAN_RATIO); '' otherwise."""
    if overall.get("unscored"):
        return ""  # no word scored either way: neutral, leaning nowhere (`unscored_as_neutral`)
    shares = {tone: overall.get(f"share_{tone}", 0.0) for tone in TONES}
    tone = overall.get("tone")
    if tone in shares and f"share_{tone}" in overall:
        runner = max((t for t in TONES if t != tone), key=shares.get)
        if shares[runner] > 0 and shares[tone] - shares[runner] < CLOSE_LEAD:
            return f", barely ahead of {runner}"
    if tone != "neutral":
        return ""
    negative, positive = overall.get("share_negative", 0.0), overall.get("share_positive", 0.0)
    for side, share, other in (("negative", negative, positive), ("positive", positive, negative)):
        if share >= LEAN_SHARE and share >= LEAN_RATIO * other:
            return f", leaning {side}"
    return ""


# How far from one whole shares may add up and still be one whole: the tables keep each share to four places.
SHARE_SLACK = 0.001


def whole_percents(shares: list[float]) -> list[int]:
    """Shares of one whole as whole percentages that add up to 100 (largest remainder): 0.104, 0.613 and 0.283 read
    10%, 61% and 29%, not the 10%, 61% and 28% each rounded alone would print, which a reader adds up to 99. A larger
    share never prints below a smaller one. Shares that do not make one whole (as the tables keep them, each to four
    places: within SHARE_SLACK of it) are each rounded alone."""
    total = sum(shares)
    if not shares or abs(total - 1) > SHARE_SLACK or min(shares) < 0:
        return [round(s * 100) for s in shares]
    exact = [s * 100 / total for s in shares]
    whole = [int(e) for e in exact]
    left = 100 - sum(whole)
    for i in sorted(range(len(exact)), key=lambda i: (-(exact[i] - whole[i]), -exact[i], i))[:left]:
        whole[i] += 1
    return whole


def share_words(overall: dict) -> list[str]:
    """The shares of an article's text by tone, in words: ['31% negative', '48% neutral', '21% positive'], adding up
    to 100% (`whole_percents`)."""
    percents = whole_percents([float(overall[f"share_{t}"]) for t in TONES])
    return [f"{p}% {t}" for p, t in zip(percents, TONES)]


def key_numbers(article, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The page's key numbers as rows of (measure, value, detail): paragraphs, words, the people / places /
    organisations named (detail: the names), overall tone (detail: paragraphs by tone), the dates covered, and how
    many expressions were placed on the calendar or left off it (detail: of which kinds)."""
    kinds = entity_kinds(named_entities(tables["entities"], tables.get("paragraphs")))
    overall = overall_tone(tables)
    dated, undated = dated_expressions(tables["timeline"]), undated_expressions(tables["timeline"])
    # the dates the story covers: a last occasion before it ("for the first time in 15 years") is said apart
    covered, apart = occasions_apart(dated)
    rows = [
        ("paragraphs (headline not counted)", len(article.body), ""),
        ("words (headline included)", article.words, ""),
        *((f"{KIND_WORDS[k][1]} named", len(names), _names(names)) for k, names in kinds.items()),
        (
            "overall tone (of the largest share of the text, headline apart)",
            overall["tone"] + lean_words(overall) if overall["tone"] else "no text to score",
            ", ".join(share_words(overall)) if overall["tone"] else "",
        ),
        ("headline tone", overall.get("headline_tone") or "no headline", ""),
        ("mean polarity, weighted by words (−1 … +1)", _rounded(overall.get("polarity")), ""),
        ("mean VADER compound, weighted by words (−1 … +1)", _rounded(overall.get("vader")), ""),
        (
            "dates covered",
            span_words(covered, _day(article.published)) or "no datable expression",
            last_occasion_told(apart, _day(article.published)),
        ),
        ("expressions placed on the calendar", len(dated), ""),
        ("expressions left off the calendar", len(undated), "; ".join(undated_words(undated))),
    ]
    return pd.DataFrame(rows, columns=["measure", "value", "detail"])


# -------------------------------------------------------------------------------------------------- summary
def paragraph_name(number: int) -> str:
    """'the headline' for paragraph 0, else 'paragraph n'."""
    return "the headline" if number == 0 else f"paragraph {number}"


def _series(numbers: list[int]) -> str:
    """'paragraphs 2, 5 and 7' / 'paragraph 3' / 'the headline and paragraph 4' for a list of paragraph numbers."""
    body = [str(n) for n in numbers if n > 0]
    if body:
        body[0] = ("paragraphs " if len(body) > 1 else "paragraph ") + body[0]
    names = (["the headline"] if 0 in numbers else []) + body
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _times(n: int) -> str:
    """'once', 'twice', 'n times'."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


# Paragraphs an entity sentence names one by one ("in paragraphs 2 and 7"); beyond, it gives their count and span
# ("in 9 paragraphs, from paragraph 1 to paragraph 18"), which for two paragraphs would only name them less plainly.
NAMED_PARAGRAPHS = 2


# The last two letters of a word ending in "s" that is no plural: "Congress", "Olympus", "Paris", "Sainsbury's".
SINGULAR_S_ENDINGS = ("ss", "us", "is", "'s", "’s")
# Last words in "s" that are no plural at all: "news" has no singular, so "Sky News" and "NBC News" are one thing each.
UNCOUNTABLE_S = frozenset({"news"})


def may_be_plural(name: str, kind: str = "") -> bool:
    """Whether a name may take a plural verb: a name that is no person's and whose last word ends in a plural "s".
    Its form cannot say which: "the Liberal Democrats", "The Beatles" and "the Alps" are plural, but "Wales",
    "Mercedes", "Boots" and "the Financial Times" are one thing each. A sentence about such a name is built so that
    no verb agrees with it ("It names the Liberal Democrats 4 times"), which is true either way. An initialism
    ("NHS") is no plural."""
    words = name.split()
    if kind == "person" or not words:
        return False
    if "of" in words[1:]:  # the head noun stands before "of": "the University of Leeds" is one, "Friends of …" many
        words = words[: words.index("of", 1)]
    if words[-1].isupper():  # an initialism ("NHS", "ONS") is one body, whatever letter ends it
        return False
    last = words[-1].lower()
    if last in UNCOUNTABLE_S:
        return False
    return len(last) > 2 and last.endswith("s") and not last.endswith(SINGULAR_S_ENDINGS)


def entity_sentence(
    entity: str, kind: str, mentions: pd.DataFrame, definite: set[str] | frozenset[str] = frozenset()
) -> str:
    """One sentence on where an entity is named: how often, in how many paragraphs, and where most often (or "twice in
    each" when every paragraph naming it names it as often); a name of
    `definite` (`speakers.definite_names`) with "the" before it, as the article writes it. A name that may be plural
    (`may_be_plural`) is the object of "It names", so that no verb has to agree with it."""
    rows = mentions[mentions["entity"] == entity]
    per_paragraph = rows.groupby("paragraph").size()
    total, spread = int(per_paragraph.sum()), len(per_paragraph)
    if may_be_plural(entity, kind):
        text = f"It names {as_written(entity, definite)} ({kind}) {_times(total)}"
    else:
        text = f"{as_written(entity, definite, start=True)} ({kind}) is named {_times(total)}"
    body = per_paragraph[per_paragraph.index > 0]
    if spread > 1:  # the headline, when named, is told apart: it is no paragraph of the article
        first, last = (paragraph_name(int(n)) for n in (body.index.min(), body.index.max()))
        if len(body) <= NAMED_PARAGRAPHS:  # "in paragraphs 2 and 7", not "in 2 paragraphs, from 2 to 7"
            named = _series(sorted(int(n) for n in body.index))
            text += f", in the headline and {named}" if len(body) < spread else f", in {named}"
        elif len(body) == spread:
            text += f" in {spread} paragraphs, from {first} to {last}"
        else:
            text += f", in the headline and {len(body)} paragraphs, from {first} to {last}"
        top = int(per_paragraph.max())
        # as often in each: "most often in paragraphs 2 and 4" would say no more
        if top > 1 and (per_paragraph == top).all():
            text += f", {_times(top)} in each"
        elif top > 1:
            busiest = sorted(int(p) for p in per_paragraph.index[per_paragraph == top])
            text += f", most often in {_series(busiest)} ({_times(top)}{' each' if len(busiest) > 1 else ''})"
    elif spread == 1:
        # "named twice, both in paragraph 4": "all" is for three or more
        together = "in" if total == 1 else "both in" if total == 2 else "all in"
        text += f", {together} {paragraph_name(int(per_paragraph.index[0]))}"
    return text + "."


def size_words(article) -> str:
    """'17 paragraphs and 595 words', or 'only its headline, 6 words' for an article with no paragraph of text."""
    if not article.body:
        return f"only its headline, {count_noun(article.words, 'word')}," if article.title else "no text"
    return f"{count_noun(len(article.body), 'paragraph')} and {count_noun(article.words, 'word')}"


def publication_sentence(article) -> str:
    """The article's size and when it was published ('The article has 6 paragraphs and 161 words and was published on
    30 November 2026, 14:05.'); a page that gives only when it was updated ("Updated Monday 30 November 2026 14:05
    GMT") was last updated then, and is dated by it; an article with no date says what that leaves open."""
    size = size_words(article)
    if not article.published:
        return (
            f"The article has {size.rstrip(',')}; its publication date is unknown, so relative dates such as "
            "“Monday” cannot be placed."
        )
    when = moment_name(article.published, article.time_known)
    if article.updated is not None and article.updated == article.published:
        return f"The article has {size} and was last updated on {when}; the page gives no earlier publication time."
    return f"The article has {size} and was published on {when}."


# A title that is part of the name a person is known by, written before a surname alone: a peer ("Lord Hendy",
# "Baroness Casey") or a judge ("Lady Justice Harrow", "Mr Justice Cray"). "Sir" and "Dame" go before a given name
# ("Sir Keir"), so a surname after them is no name a reader knows the person by.
NAME_TITLE = re.compile(
    r"\b((?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)(?:\s+Justice)?|(?:Mr|Mrs|Ms)\s+Justice)\s+$"
)


def titled_names(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> dict[str, str]:
    """Each person named by a surname alone that the article writes after the same title of NAME_TITLE wherever it
    writes it, with that title: {"Hendy": "Lord Hendy"}. A name written once without the title ("Hendy said") keeps
    its bare form: the article itself then uses it."""
    if paragraphs is None or paragraphs.empty or "entity" not in entities.columns:
        return {}
    texts = paragraphs["text"].astype(str).tolist()
    out = {}
    for name in entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str):
        if len(name.split()) != 1:
            continue
        titles = {
            (found.group(1) if found else None)
            for text in texts
            for at in re.finditer(rf"\b{re.escape(name)}\b", text)
            for found in [NAME_TITLE.search(text[: at.start()])]
        }
        if len(titles) == 1 and None not in titles:
            title = " ".join(titles.pop().split())
            out[name] = f"{title} {name}"
    return out


def with_titles(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with each person of `titled_names` renamed to the titled name, so that every sentence names Lord
    Hendy as the article does; the tables themselves keep the bare name the recogniser found."""
    titled = titled_names(tables["entities"], tables.get("paragraphs"))
    if not titled:
        return tables
    out = dict(tables)
    for key, columns in (("entities", ("entity", "aliases")), ("mentions", ("entity",)), ("quotes", ("speaker",))):
        table = tables.get(key)
        if table is None or table.empty:
            continue
        out[key] = table.assign(
            **{c: table[c].map(lambda v: titled.get(v, v) if isinstance(v, str) else v) for c in columns if c in table}
        )
    return out


def summary_sentences(article, tables: dict[str, pd.DataFrame]) -> list[str]:
    """The summary as a list of plain sentences built from the tables: size, who is named, the main actors, tone,
    dates. A person known by a title and a surname is named with the title (`with_titles`)."""
    tables = with_titles(tables)
    out = [publication_sentence(article)]
    if not article.title:
        out.append("It has no headline.")
    out.append(names_sentence(tables["entities"], tables.get("paragraphs")))
    credits = credits_sentence(article)
    out += [credits] if credits else []
    # a title split off a name, a headline's "Coroner": no one named, counted or ranked (`no_names`)
    named = named_entities(tables["entities"], tables.get("paragraphs"))
    main = main_entities(named, mentions=tables.get("mentions"))
    # "the White House", "the Senate": names the article itself writes after "the"
    definite = definite_names(tables["entities"], tables.get("paragraphs"))
    datelines = {p.number: end for p in article.body if (end := dateline_end(p.text))}
    for r in main.itertuples():
        sentence = entity_sentence(r.entity, ENTITY_KINDS[r.entity_type], tables["mentions"], definite)
        out.append(sentence[:-1] + filed_note(r.entity, tables["mentions"], datelines) + sentence[-1])
    ranked = top_entities(named, len(named))
    if main.empty and len(ranked):  # every name is mentioned as often as the next: none stands out
        top = int(ranked["mentions"].iloc[0])
        tied = int((ranked["mentions"] == top).sum())
        who = f"each of the {tied} is" if tied == len(ranked) else f"the {tied} named most are each"
        # the people, places and organisations counted above, not every name: a storm or a nationality named more
        # often may stand out
        out.append(f"No person, place or organisation stands out: {who} named {_times(top)}.")
    byline = article.byline  # who "I" is, outside any quotation
    writer = writer_name(byline) or note_writer(tables["quotes"], tables["entities"], tables.get("paragraphs"))
    out.append(
        speakers_sentence(
            tables["quotes"], tables["entities"], definite, writer, several_writers(byline), tables.get("paragraphs")
        )
    )
    heard = unheard_sentence(tables["quotes"], tables["entities"], tables.get("paragraphs"), tables.get("mentions"))
    alone = no_one_quoted(heard) if tables["quotes"].empty and heard else None
    said, _, rest = heard.rpartition("; ")
    # "Truro Crown Court is named only as a venue; neither of the 2 other people … is quoted": the bodies named only
    # so are a sentence of their own, then the one of no quotes takes in the others
    others = no_one_quoted(rest[:1].upper() + rest[1:]) if tables["quotes"].empty and rest and not alone else None
    if alone:  # "It quotes no one" already says that none of them is quoted: one sentence, not the same said twice
        out[-1] = alone
    elif others:
        out[-1:] = [f"{said}.", others]
    else:
        out += [heard] if heard else []
    out.append(tone_sentence(tables))
    out.append(dates_sentence(tables["timeline"], _day(article.published)))
    undated = undated_sentence(tables["timeline"])
    return out + ([undated] if undated else [])


def filed_note(entity: str, mentions: pd.DataFrame, datelines: dict[int, int]) -> str:
    """A note on the mentions of `entity` that a dateline's place makes ("LAGOS, Nigeria (AP) —"), counted as the
    entities table counts them but told apart, as the headline is: where the story was filed, not what it tells
    ("; one of them is the dateline of paragraph 1, where the story was filed"); an empty string without one."""
    if not datelines or not {"paragraph", "end_char"} <= set(mentions.columns):
        return ""
    rows = mentions[mentions["entity"] == entity]
    filed = sorted(
        {int(p) for p, end in zip(rows["paragraph"], rows["end_char"]) if p in datelines and end <= datelines[p]}
    )
    if not filed:
        return ""
    where = (
        f"the dateline of paragraph {filed[0]}" if len(filed) == 1 else f"the datelines of paragraphs {_series(filed)}"
    )
    if len(rows) == 1:
        return f"; that is {where}, where the story was filed"
    which = "one of them is" if len(filed) == 1 else f"{len(filed)} of them are"
    return f"; {which} {where}, where the story was filed"


def credits_sentence(article) -> str:
    """Who the datelines credit ("OSLO, Feb 6 (Reuters) -", `article.dateline_credits`), names the tables count for no
    entity: 'Its datelines credit Reuters (3 paragraphs) and AFP (1 paragraph); a credit is the source of a story, not
    a name it counts.'; an empty string when no dateline gives a credit."""
    paragraphs: dict[str, set[int]] = {}
    for p in article.body:
        for start, end in dateline_credits(p.text):
            paragraphs.setdefault(p.text[start:end], set()).add(p.number)
    if not paragraphs:
        return ""
    where = [f"{name} ({count_noun(len(found), 'paragraph')})" for name, found in paragraphs.items()]
    lines = "datelines credit" if sum(map(len, paragraphs.values())) > 1 else "dateline credits"
    return f"Its {lines} {join_words(where)}; a credit is the source of a story, not a name it counts."


def in_order_named(entities: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The entities table with names mentioned equally often in the order the article first names them (the
    headline first), not in alphabetical order: the subject of an interview named as often as the producer it
    mentions is the one a reader meets first. Within one paragraph, the mentions table (when given) tells which comes
    first; without it, or for a name it lacks, the alphabetical order stays."""
    if entities.empty or "first_paragraph" not in entities.columns:
        return entities
    first_char = pd.Series(0, index=entities.index)
    if mentions is not None and not mentions.empty and {"start_char", "paragraph"} <= set(mentions.columns):
        starts = mentions.sort_values(["paragraph", "start_char"]).drop_duplicates("entity").set_index("entity")
        at = entities["entity"].map(starts["start_char"])
        same = entities["entity"].map(starts["paragraph"]) == entities["first_paragraph"]
        first_char = at.where(same, 0).fillna(0)
    order = entities.assign(_first_char=first_char).sort_values(
        ["mentions", "first_paragraph", "_first_char"], ascending=[False, True, True], kind="stable"
    )
    return order.drop(columns="_first_char")


def main_entities(
    entities: pd.DataFrame, n: int = SUMMARY_ENTITIES, mentions: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The up to `n` people, places and organisations named most, leaving out a run of equal counts at the cut (the
    summary does not pick among names mentioned equally often), those named equally often in the order the article
    first names them (`in_order_named`): entity, entity_type, kind, mentions, paragraphs. None when each of
    several names is named only once, however few they are: "Valencia, Spain and Carlos Mazón, each named once" has
    no main actor (as `findings.most_named` says); a few named as often but more than once each keep their sentences,
    which tell where each is named."""
    ranked = top_entities(in_order_named(entities, mentions), len(entities))
    if len(ranked) > 1 and ranked["mentions"].max() == 1:
        return ranked.head(0)
    if len(ranked) > n and ranked["mentions"].iloc[n] == ranked["mentions"].iloc[n - 1]:
        return ranked[ranked["mentions"] > ranked["mentions"].iloc[n]].reset_index(drop=True)
    return ranked.head(n)


def names_sentence(entities: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> str:
    """How many people, places and organisations the article names ('It names 2 people, 1 place and no
    organisation.'), and the products, works and events it names besides (', as well as 2 products and 1 event'),
    which the count of people, places and organisations alone would leave a reader to think it names none of;
    given the paragraphs, without the rows that are no one's name (`no_names`), as the list of those never quoted
    counts them."""
    named = named_entities(entities, paragraphs)
    kinds = entity_kinds(named)
    types = named["entity_type"].value_counts() if "entity_type" in named.columns else pd.Series(dtype=int)
    others = [count_noun(int(types[t]), *words) for t, words in OTHER_KIND_WORDS.items() if types.get(t, 0)]
    if not any(kinds.values()):
        if others:
            return f"It names no person, place or organisation that the model recognised, only {join_words(others)}."
        return "It names no person, place or organisation that the model recognised."
    counts = [
        count_noun(len(names), *KIND_WORDS[k]) if names else f"no {KIND_WORDS[k][0]}" for k, names in kinds.items()
    ]
    besides = f", as well as {join_words(others)}" if others else ""
    return f"It names {join_words(counts)}{besides}."


# Speakers the summary describes one by one (the rest are counted), leaving out a run of equal counts at the cut.
SUMMARY_SPEAKERS = 3


def kinds_words(row) -> str:
    """The kinds of a speaker's statements in words: '1 direct, 2 partial, 2 reported', 'all reported', 'direct', and
    for two of one kind 'both reported' ("twice (all direct)" is no English for two)."""
    counts = {kind: int(getattr(row, kind)) for kind in QUOTE_KINDS if int(getattr(row, kind))}
    if len(counts) == 1:
        (kind,) = counts
        return kind if row.statements == 1 else f"both {kind}" if row.statements == 2 else f"all {kind}"
    return ", ".join(f"{n} {kind}" for kind, n in counts.items())


def main_speakers(speakers: pd.DataFrame, n: int = SUMMARY_SPEAKERS) -> pd.DataFrame:
    """The up to `n` speakers with the most statements (the speakers table's first rows), leaving out a run of equal
    counts at the cut, and speakers of a single statement when others have more."""
    top = speakers.head(n)
    if len(speakers) > n and speakers["statements"].iloc[n] == speakers["statements"].iloc[n - 1]:
        top = top[top["statements"] > speakers["statements"].iloc[n]]
    if len(speakers) > 1 and speakers["statements"].iloc[0] > 1:
        top = top[top["statements"] > 1]
    return top


# A speaker the quotes give only as a personal pronoun ("she said" where no name before it was found), as a possessive
# one ("His announcement that he has bought the orchard", "Their warning that …": whose words they are is told
# before, not by the pronoun) or as an indefinite one ("Some like the idea. Others fear that …"): no source a reader
# can name, and perhaps one of the people the article names.
PRONOUN_SPEAKERS = frozenset(
    "he she they it we i you him them us me his her hers their its our my your others some many most several few both"
    " all".split()
)


def pronoun_speakers(speakers: pd.DataFrame) -> pd.DataFrame:
    """The rows of a speakers table whose speaker is only a pronoun (see PRONOUN_SPEAKERS)."""
    return speakers[speakers["speaker"].str.lower().isin(PRONOUN_SPEAKERS)]


# The capitalised head noun two places' names may share in one body's name ("Devon and Cornwall Police", "Avon and
# Somerset Constabulary", "Bath and North East Somerset Council"): the force or council is one body, not two that
# speak together, however the names were split.
SHARED_HEADS = BODY_KIND_NOUNS | {"police", "constabulary"}


def _shared_head(parts: list[str]) -> bool:
    """Whether "A and B" is one body's name whose head noun both share: a one-word first part with no head of its own
    and a second of several words ending with a capitalised noun of SHARED_HEADS ("Devon" and "Cornwall Police")."""
    first, second = parts[0].split(), parts[1].split()
    head = second[-1]
    return len(first) == 1 and len(second) > 1 and head[:1].isupper() and head.lower() in SHARED_HEADS


def _together(speaker: str, names: set[str], definite: set[str] | frozenset[str] = frozenset()) -> str:
    """A speaker that is two named entities joined by "and" ("A and B"), as "A and B together", each with "the" when
    the article writes it so (`definite`: "the University of Tromsø and the European Southern Observatory"); else as it
    is, with "the" when the article writes it so."""
    parts = joint_parts(speaker, names)
    if parts:
        return f"{join_words([as_written(p, definite) for p in parts])} together"
    return as_written(speaker, definite)


def joint_parts(speaker: str, names: set[str]) -> list[str]:
    """The named entities of a speaker that is several of them joined by "and" ("Ryanair and easyJet", "Tesco,
    Sainsbury's and Asda"), each a source of its own; [] for one speaker, and for one body's name whose head noun two
    places share ("Devon and Cornwall Police", `_shared_head`)."""
    if " and " not in speaker:
        return []
    parts = re.split(r", (?:and )?| and ", speaker)
    if len(parts) < 2 or not all(p in names for p in parts) or len(set(parts)) < len(parts):
        return []
    return [] if len(parts) == 2 and _shared_head(parts) else parts


def joint_words(speakers: pd.DataFrame, entities: pd.DataFrame) -> dict[str, tuple[list[str], int]]:
    """For each named entity that speaks together with others ("Ryanair and easyJet said", `joint_parts`), the others
    it speaks with (in the article's order of the joint speakers) and the words it said with them, as
    `joint_sources` adds them to its own: {"easyJet": (["Ryanair"], 15), "Ryanair": (["easyJet"], 15)}."""
    names = set(entities["entity"].astype(str)) if "entity" in entities.columns else set()
    out: dict[str, tuple[list[str], int]] = {}
    for speaker, words in zip(speakers["speaker"], speakers["words"]):
        parts = joint_parts(short_speaker(str(speaker), names), names)
        for part in parts:
            partners, k = out.get(part, ([], 0))
            partners = partners + [p for p in parts if p != part and p not in partners]
            out[part] = (partners, k + int(words))
    return out


def joint_sources(speakers: pd.DataFrame, entities: pd.DataFrame) -> tuple[pd.DataFrame, list[tuple[str, int]]]:
    """A speakers table (`speakers.speakers_table`) with each row of several named entities speaking together
    ("Ryanair and easyJet said") credited to each of them, since two bodies are two sources; and those joint speakers
    with their statements, (speaker, statements), for the sentence to say which statements were made together."""
    names = set(entities["entity"].astype(str)) if "entity" in entities.columns else set()
    types = dict(zip(entities.get("entity", []), entities.get("entity_type", [])))
    named = dict(zip(entities.get("entity", []), entities.get("mentions", [])))
    counted = ["statements", *QUOTE_KINDS, "words", *(f"words_{k}" for k in QUOTE_KINDS), *TONES]
    rows: dict[str, dict] = {}
    joint: list[tuple[str, int]] = []
    split = {i: joint_parts(short_speaker(str(s), names), names) for i, s in speakers["speaker"].items()}
    if not any(split.values()):
        return speakers, joint
    for i, row in speakers.iterrows():
        parts = split[i] or [str(row["speaker"])]
        if split[i]:
            joint.append((short_speaker(str(row["speaker"]), names), int(row["statements"])))
        for part in parts:
            if part not in rows:
                rows[part] = row.to_dict() | {"speaker": part}
                if split[i]:
                    entity_type = str(types.get(part, ""))
                    rows[part] |= {"entity_type": entity_type, "speaker_kind": speaker_kind(entity_type)}
                    rows[part]["mentions"] = int(named.get(part, 0))
                continue
            mine = rows[part]
            for column in (c for c in counted if c in mine):
                mine[column] = int(mine[column]) + int(row[column])
            mine["first_paragraph"] = min(int(mine["first_paragraph"]), int(row["first_paragraph"]))
            mine["tone"] = main_tone({tone: int(mine[tone]) for tone in TONES})
    table = pd.DataFrame(list(rows.values()), columns=speakers.columns)
    table = table.sort_values(
        ["statements", "words", "first_paragraph", "speaker"], ascending=[False, False, True, True], kind="stable"
    )
    return table.reset_index(drop=True), joint


# A byline that names one writer: "By Ann Lee", "By Ann Lee, Health Correspondent", "By ANN LEE | Reuters". A
# byline of two writers ("By Ann Lee and Tom Hill") does not say which of them writes "I", so it names none; nor
# does one without "By", which may be a desk's ("Staff Reporter").
ONE_WRITER = re.compile(
    r"^(?:[^\n]*?[/|]\s*)?[Bb]y:?\s+(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*(?:$|[,|\n—–•·]| -)"
)


def writer_name(byline: str | None) -> str | None:
    """The one writer a byline names ("By Hannah Reid" -> "Hannah Reid"; a name in capitals in its own case), or
    None when it names none or more than one (ONE_WRITER)."""
    found = ONE_WRITER.match(str(byline or "").strip())
    if not found or re.search(r"\band\b", found.group("name")):
        return None
    name = found.group("name")
    return name.title() if name.isupper() else name


# A byline of several writers: "By Ann Lee and Tom Hill", a letters page's signatures ("Ann Lee, Leeds; Tom Hill,
# York").
SEVERAL_WRITERS = re.compile(r";|\band\b")


def several_writers(byline: str | None) -> bool:
    """Whether a byline names more than one writer (SEVERAL_WRITERS), so that "I" is one of them, not said which."""
    return bool(SEVERAL_WRITERS.search(str(byline or "")))


# The longest closing note about an opinion piece's writer ("Sarah Lowe is a teacher in Leeds."): a longer last
# paragraph is the story's own.
NOTE_WORDS = 25
# The verbs a writer's note opens with after the name: "is a teacher", "was a nurse for 30 years", "writes on
# science", and what the writer does for a living: "runs a design studio in Bristol", "teaches history at …".
NOTE_VERB = re.compile(
    r"\s+(?:is|was|writes|has\s+been|runs|owns|teaches|works|leads|heads|chairs|directs|edits|manages|lectures"
    r"|co-founded|founded)\s+\w"
)
# A letter's signature under it: the writer's name alone, or with where they write from and what they are after
# commas ("Margaret Hill, Derby", "Tom Price, retired headteacher, Leeds"), at most SIGNATURE_WORDS words after the
# name and no clause ("Margaret Hill, who ran the ward, said"), perhaps after a title ("Dr Ann Lee, Leeds").
SIGNATURE_WORDS = 6
SIGNATURE = re.compile(
    r"(?:,\s*(?!(?:who|whose|which|that|said|says|and|but)\b)[^\W\d][^,.;:!?\"“”]*){0,3}\.?",
)
SIGNATURE_TITLE = re.compile(r"(?:(?:Dr|Prof|Professor|Rev|Mr|Mrs|Ms|Miss|Sir|Dame|Cllr|Councillor)\.?\s+)?")


def note_writer(quotes: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> str | None:
    """The writer an opinion piece names in a closing note under it ("Sarah Lowe is a teacher in Leeds."), or None.
    The note is the last paragraph, one sentence of at most NOTE_WORDS words opening with a person's full name and a
    verb of NOTE_VERB, and the person is named nowhere else; only a piece where the writer speaks in the first person
    (statements by "I") has one, so a news story's last line about someone is never taken for its writer."""
    if paragraphs is None or paragraphs.empty or quotes.empty or "entity" not in entities.columns:
        return None
    if not (quotes["speaker"].astype(str) == "I").any():
        return None
    last = paragraphs.loc[paragraphs["paragraph"].idxmax()]
    text = str(last["text"]).strip()
    if int(last.get("sentences", 1)) != 1 or len(text.split()) > NOTE_WORDS:
        return None
    people = entities[(entities["entity_type"] == "PERSON") & (entities["mentions"] == 1)]
    for name in people["entity"].astype(str):
        if len(name.split()) > 1 and text.startswith(name) and NOTE_VERB.match(text[len(name) :]):
            return name
        # a letter's signature ("Margaret Hill, Derby"), the words after the name no sentence of their own
        title = SIGNATURE_TITLE.match(text)
        after = text[title.end() + len(name) :] if text[title.end() :].startswith(name) else None
        if len(name.split()) > 1 and after is not None and len(after.split()) <= SIGNATURE_WORDS:
            if SIGNATURE.fullmatch(after.strip()) and not re.search(r"\s(?:who|whose|which|that|said|says)\b", after):
                return name
    return None


def writer_words(statements: int, writer: str | None, several: bool = False) -> str:
    """The writer's own first-person statements in words: '1 more statement by the writer, Hannah Reid, in the first
    person' (without the name when the byline gives none; 'by its writers' when it names `several`)."""
    who = "its writers" if several else f"the writer, {writer}," if writer else "the writer"
    return f"{count_noun(statements, 'more statement')} by {who} in the first person"


def speakers_sentence(
    quotes: pd.DataFrame,
    entities: pd.DataFrame,
    definite: set[str] | frozenset[str] = frozenset(),
    writer: str | None = None,
    several: bool = False,
    paragraphs: pd.DataFrame | None = None,
) -> str:
    """Who is quoted and how often ('It attributes 20 statements to 13 sources: Vladimir Putin 5 times (1 direct, 2
    partial, 2 reported), …, and 10 others once each.'), or that it quotes no one. Statements whose speaker is only
    a pronoun are counted apart ('1 more statement whose speaker it gives only as “she”'), and so are those the article
    gives with no speaker named ('1 more statement whose speaker it does not name': "is said to", "a jury has been
    told", see `speakers.unsourced`, read in the `paragraphs` when given). An expectation with no one expecting
    ("Okoro is expected to arrive back", `speakers.expectations`) is no statement to a reader: left out. A source the
    article writes after "the" (`definite`, from `speakers.definite_names`, or its own attributions: "The White House
    said", `speakers.definite_speakers`) is named so: "the White House". The writer's own views in the first person
    ("I think the real objection is cultural") are no source the article quotes: counted apart, with the writer's
    name when the byline gives one (`writer`, from `writer_name`): '1 more statement by the writer, Hannah Reid, in
    the first person'; 'by its writers' when the byline names `several`, as a letters page does)."""
    # "Okoro is expected to arrive": a forecast with no one forecasting, which a reader calls no statement
    quotes = quotes[~expectations(quotes, paragraphs)]
    if quotes.empty:
        return "It quotes no one: no statement in it is attributed."
    # lines of a play, film or novel its characters speak ("Agnes says"): no source, counted apart
    spoken = character_lines(quotes, entities, paragraphs)
    lines = lines_words(spoken, work_noun(paragraphs))
    speakers = speakers_table(quotes[spoken == ""], entities, paragraphs)
    # two who speak together ("Yoon Suk Yeol and Fumio Kishida agreed") are one source, said so in a list of names
    names = set(entities["entity"].astype(str)) if "entity" in entities.columns else set()
    # two bodies or people who speak together ("Ryanair and easyJet said") are two sources, each credited
    speakers, joint = joint_sources(speakers, entities)
    # a long description ("a study of more than 78,000 adults published in …") is named by its head (`short_speaker`)
    definite = set(definite) | definite_speakers(quotes)
    shown = [_together(short_speaker(str(s), names), names, definite) for s in speakers["speaker"]]
    speakers = speakers.assign(speaker=pd.Series(shown, index=speakers.index, dtype=object))
    # a passive with no agent ("is said to", "a jury was told") names no speaker: not one the tables missed
    given_none = int(unsourced(quotes, paragraphs).sum())
    missing = unattributed(quotes) - given_none
    pronouns = pronoun_speakers(speakers)
    # a surname two people bear, with nothing to tell which of them spoke (`speakers.shared_surnames`): no source to
    # count, and said apart as who it may be ("1 more statement by “Ames”, who may be Richard Ames or Claire Ames")
    surnames = shared_surname_speakers(speakers, entities)
    own = speakers[speakers["speaker"] == WRITER]
    mine = int(own["statements"].sum())
    speakers = speakers.drop(pronouns.index.union(surnames.index).union(own.index)).reset_index(drop=True)
    vague = int(pronouns["statements"].sum())
    as_only = "only as " + join_words(sorted({f"“{p.lower()}”" for p in pronouns["speaker"]})) if vague else ""
    either = [
        f"{count_noun(int(r.statements), 'more statement')} by “{r.speaker}”, who may be "
        + " or ".join(surname_bearers(str(r.speaker), entities))
        for r in surnames.itertuples()
    ]
    if speakers.empty and mine and not (vague or missing or given_none or either):
        who = "its writers' own" if several else f"the writer's own ({writer})" if writer else "the writer's own"
        told = f"its one statement is {who}" if mine == 1 else f"its {mine} statements are {who}"
        return f"It quotes no one: {told}, in the first person."
    if mine:  # counted apart from the sources, as the statements of no one named are
        either.append(writer_words(mine, writer, several))
    either += [lines] if lines else []
    if speakers.empty and either:
        text = f"It reports {count_noun(len(quotes), 'statement')}, none with a source it names alone"
        said = "; ".join(either).replace(" more statement", " statement").replace(" more line", " line")
        return f"{text}: {said}."
    if speakers.empty:
        gives = f"gives {'its speaker' if vague == 1 else 'their speakers'} {as_only}"
        if vague and not missing and not given_none:
            return f"It reports {count_noun(vague, 'statement')} and {gives}."
        if given_none and not vague and not missing:
            them = "it" if given_none == 1 else "them"
            return f"It reports {count_noun(given_none, 'statement')} and gives no source for {them}."
        if not vague and not given_none:
            return f"It reports {count_noun(len(quotes), 'statement')}, none with a speaker found."
        parts = [f"it {gives} for {vague}"] if vague else []
        parts += [f"it names no speaker for {given_none}"] if given_none else []
        parts += [f"no speaker is found for {missing}"] if missing else []
        total = vague + given_none + missing
        return f"It reports {count_noun(total, 'statement')}, none with a named speaker: {join_words(parts)}."
    statements = int(speakers["statements"].sum())  # a headline's quotation printed again in the story counts once
    statements -= sum(n * (len(joint_parts(s, names)) - 1) for s, n in joint)  # each statement made together, once
    together = [f"{n} {'made ' if not i else ''}by {_together(s, names, definite)}" for i, (s, n) in enumerate(joint)]
    if len(joint) == 1 and joint[0][1] == statements:  # every statement made together
        together = [f"{'all ' if statements > 1 else ''}made by {_together(joint[0][0], names, definite)}"]
    together = f", {join_words(together)}," if together else ""
    text = f"It attributes {count_noun(statements, 'statement')}{together} to {count_noun(len(speakers), 'source')}"
    notes = [f"{count_noun(missing, 'more statement')} with no speaker found"] if missing else []
    whose = "whose speaker it does not name" if given_none == 1 else "whose speakers it does not name"
    notes += [f"{count_noun(given_none, 'more statement')} {whose}"] if given_none else []
    if vague:
        notes.append(f"{count_noun(vague, 'more statement')} whose speaker it gives {as_only}")
    notes += either
    if notes:
        text += f" ({'; '.join(notes)})"
    if len(speakers) == 1:
        row = next(speakers.itertuples())
        return f"{text}: {row.speaker} ({kinds_words(row)})."
    main = main_speakers(speakers)
    rest = speakers.iloc[len(main) :]
    named = [f"{r.speaker} {_times(r.statements)} ({kinds_words(r)})" for r in main.itertuples()]
    tied = len(main) > 1 and main["statements"].nunique() == 1  # the main sources quoted as often: a tie, said once
    if tied:
        named = [join_words([f"{r.speaker} ({kinds_words(r)})" for r in main.itertuples()])]
    if rest.empty:
        if tied:  # every source as often: the count said once, before them ("each 3 times: A (…) and B (…)")
            return f"{text}, each {_times(int(main['statements'].iloc[0]))}: {named[0]}."
        return f"{text}: {join_words(named)}."
    if tied:
        named = [f"{named[0]}, {_times(int(main['statements'].iloc[0]))} each,"]
    counts = set(rest["statements"])
    if main.empty:  # no source stands out: as many statements each, or a tie at the cut
        low, high = min(counts), max(counts)
        leaders = rest[rest["statements"] == high]
        if low == high:
            return f"{text}, each {_times(low)}: {listed_names(rest['speaker'].tolist())}."
        others = rest[rest["statements"] < high]  # the leaders tied at the cut are named together, the rest counted
        fewer = set(others["statements"])
        if len(others) == 1:
            row = next(others.itertuples())
            tail = f"{row.speaker} {_times(row.statements)} ({kinds_words(row)})"
        elif len(fewer) == 1:
            tail = f"{count_noun(len(others), 'other')} {_times(fewer.pop())} each"
        else:
            tail = f"{count_noun(len(others), 'other')} with {count_noun(int(others['statements'].sum()), 'statement')}"
        if len(leaders) > LISTED_NAMES:  # too many to name all: counted, and some of them named, never the others
            # "5 of them twice each (…) and Unite once": a bare "5 twice each" reads as a sum, and the parentheses
            # already close the list, so no comma before its "and"
            some = listed_names(leaders["speaker"].tolist())
            return f"{text}: {len(leaders)} of them {_times(high)} each ({some}) and {tail}."
        return f"{text}: {join_words(leaders['speaker'].tolist())} {_times(high)} each, and {tail}."
    if len(counts) == 1:
        others = f"{count_noun(len(rest), 'other')} {_times(counts.pop())} each" if len(rest) > 1 else None
    else:
        others = f"{count_noun(len(rest), 'other')} with {count_noun(int(rest['statements'].sum()), 'statement')}"
    if others is None:  # a single other source: named, as the main ones are
        row = next(rest.itertuples())
        others = f"{row.speaker} {_times(row.statements)} ({kinds_words(row)})"
    return f"{text}: {join_words(named + [others])}."


# The opening of `_unheard_text` when every one named is silent, and what follows it: the count and the names.
ALL_SILENT = re.compile(
    r"^(?:(?:None|Neither) of the (?P<n>\d+)(?P<other> other)? (?P<many>people and organisations|people|organisations)"
    r" it names is quoted"
    r"|The one(?P<other1> other)? (?P<one>person or organisation|person|organisation) it names is never quoted)"
    r"(?P<rest>[,:].*)\.$"
)


def named_nouns(entities: pd.DataFrame) -> tuple[str, str]:
    """What the article's named speakers are, for a count of them (one, several): ('person', 'people') when it names
    people only, ('organisation', 'organisations') when organisations only, else ('person or organisation', 'people
    and organisations'), so that 'the 8 people it names' is not written 'the 8 people and organisations' of eight
    people."""
    kinds = set(entities.loc[entities["entity_type"].isin(HEARD_TYPES), "entity_type"].astype(str))
    if kinds == {"PERSON"}:
        return "person", "people"
    if kinds == {"ORG"}:
        return "organisation", "organisations"
    return "person or organisation", "people and organisations"


def no_one_quoted(heard: str) -> str | None:
    """The sentence of an article with no statement attributed, which takes in who it names (`heard`, from
    `unheard_sentence`): 'It quotes no one, neither the 3 people and organisations it names (each named once: A, B and
    C) nor anyone else.' rather than 'It quotes no one.' then 'None of the 3 … is quoted', which says it twice. None
    when `heard` says more (a body named only for a programme it shows), which is then a sentence of its own."""
    m = ALL_SILENT.match(heard)
    if not m:
        return None
    rest = m.group("rest").lstrip(",: ").strip()
    n, other = m.group("n"), " other" if m.group("other") or m.group("other1") else ""
    whom = f"the {n}{other} {m.group('many')} it names" if n else f"the one{other} {m.group('one')} it names"
    if "(" in rest:  # each with their own count in brackets: the list set off by commas, not brackets in brackets
        return f"It quotes no one, neither {whom}, {rest}, nor anyone else."
    return f"It quotes no one, neither {whom} ({rest}) nor anyone else."


# What the article does with the organisations it names only as a medium, a venue, a channel or an employer
# (`unheard_sentence`): (one, several, what a name that may be plural is named "only as"). A name that may be plural
# (`may_be_plural`) is the object of "It names", so that no verb has to agree with it.
CARRIED = (
    "is named only as the outlet or audience someone spoke to",
    "are named only as outlets or audiences someone spoke to",
    "the outlet or audience someone spoke to",
)
PLACED = (
    "is named only as where the work was published",
    "are named only as where the work was published",
    "where the work was published",
)
SHOWN = (
    "is named only for a programme it makes or shows",
    "are named only for programmes they make or show",
    "the maker or channel of a programme",
)
EMPLOYS = (
    "is named only as where someone quoted works",
    "are named only as where people quoted work",
    "where someone quoted works",
)
SEATED = (
    "is named only as a venue",
    "are named only as venues",
    "a venue",
)


def named_only_words(names: list[str], words: tuple[str, str, str], definite=frozenset(), start: bool = True) -> str:
    """The organisations (`names`, as the entities table gives them) an article names only in one way, each as the
    article writes it (`definite`), in words: 'LBC is named only as the outlet or audience someone spoke to', 'The
    BBC and LBC are named only as …', and for one name that may be plural 'It names the Liberal Democrats only as …'.
    `start` when the words open the sentence."""
    one, several, only_as = words
    if len(names) == 1 and may_be_plural(names[0]):
        return f"{'It' if start else 'it'} names {as_written(names[0], definite)} only as {only_as}"
    written = [as_written(n, definite, start=start and not i) for i, n in enumerate(names)]
    if len(written) == 1:
        return f"{written[0]} {one}"
    return f"{listed_names(written)} {several}"


def carried_words(carried: list[str], definite=frozenset(), start: bool = True) -> str:
    """The organisations named only as the medium or audience of what someone said (`speakers.carriers`), in words:
    'LBC is named only as the outlet or audience someone spoke to', 'The BBC and LBC are named only as outlets or
    audiences someone spoke to'."""
    return named_only_words(carried, CARRIED, definite, start)


def venue_words(placed: list[str], definite=frozenset(), start: bool = True) -> str:
    """The organisations named only as where a piece of work was published (`speakers.venues`), in words: 'Nature is
    named only as where the work was published'."""
    return named_only_words(placed, PLACED, definite, start)


def channel_words(makers: list[str], definite=frozenset(), start: bool = True) -> str:
    """The organisations named only as the maker or channel of a programme (`speakers.channels`), in words: 'BBC is
    named only for a programme it makes or shows'."""
    return named_only_words(makers, SHOWN, definite, start)


def affiliation_words(employers: list[str], definite=frozenset(), start: bool = True) -> str:
    """The organisations named only as where someone quoted works (`speakers.affiliations`), in words: 'The
    University of Edinburgh is named only as where someone quoted works'."""
    return named_only_words(employers, EMPLOYS, definite, start)


def seat_words(seated: list[str], definite=frozenset(), start: bool = True) -> str:
    """The courts and chambers named only as where something happened (`speakers.chambers`), in words: 'Truro Crown
    Court is named only as a venue'."""
    return named_only_words(seated, SEATED, definite, start)


def reply_words(asked: dict[str, str], entities: pd.DataFrame, definite=frozenset(), start: bool = True) -> str:
    """What the bodies asked for their side did (`speakers.reply_refusals`: entity -> what it did), in words, in
    the order the entities table lists them: 'Novo Nordisk declined to comment', 'The club and its owner declined to
    comment; Acme did not respond to a request for comment'. `start` when the words open the sentence."""
    order = [e for e in entities["entity"].astype(str) if e in asked]
    parts = []
    for kind in REPLY_ORDER:
        bodies = [e for e in order if asked[e] == kind]
        if not bodies:
            continue
        written = [as_written(e, definite, start=start and not parts and not i) for i, e in enumerate(bodies)]
        verb = kind
        if len(bodies) > 1 or any(may_be_plural(e) for e in bodies):
            verb = kind.replace("was asked", "were asked")
        parts.append(f"{join_words(written)} {verb}")
    return "; ".join(parts)


def cast_words(cast: list[str], work: str | None) -> str:
    """The characters of the work under review in words: 'Agnes Trewin and Rose are characters of the play'."""
    what = f"{'a character' if len(cast) == 1 else 'characters'} of the {work or 'work'}"
    return f"{join_words(cast)} {'is' if len(cast) == 1 else 'are'} {what}"


def unheard_sentence(
    quotes: pd.DataFrame,
    entities: pd.DataFrame,
    paragraphs: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
) -> str:
    """The people and organisations the article names but never quotes ('Of the 15 people and organisations it
    names, 7 are never quoted, each named once: …'); an empty string when it names none. Given the paragraphs, an
    organisation named only as the medium someone spoke to ("told LBC", `speakers.carriers`) or as the journal that
    published a study ("published in the journal Nature", `speakers.venues`) or the channel of a programme ("the BBC
    drama Harbour Lights", `speakers.channels`) or where a quoted person works ("Prof Tara Spires-Jones, of the
    University of Edinburgh", `speakers.affiliations`) or a court or chamber named only as where something happened
    ("pleaded guilty at Truro Crown Court", `speakers.chambers`) or the writer of an opinion piece named in its
    closing note (`note_writer`) is neither counted nor listed, but said to be such; with the
    mentions too, a quoted person named as an organisation's officer anywhere makes it heard
    (`speakers.officers_heard`)."""
    spoken_to = carriers(entities, quotes, paragraphs) if paragraphs is not None else set()
    published = venues(entities, paragraphs) - spoken_to
    shown = channels(entities, paragraphs) - spoken_to - published
    # "Prof Tara Spires-Jones, of the University of Edinburgh": the body only says who a quoted scholar is
    works = affiliations(entities, quotes, paragraphs) - spoken_to - published - shown
    if works:
        works &= set(unheard(entities, quotes, paragraphs, mentions)["entity"].astype(str))
    # "pleaded guilty at Truro Crown Court": a court written only as where something happened, even when its judge
    # speaks ("Judge Simon Hale told him"): the judge is the source, the venue no name quoted or left to be quoted
    seats = chambers(entities, paragraphs) - spoken_to - published - shown - works
    if seats:
        seats &= set(unheard(entities, quotes, paragraphs, mentions, places=False, judges=False)["entity"].astype(str))
    # "the BBC", "the European Heart Journal": as the article writes them
    definite = definite_names(entities, paragraphs) if spoken_to or published or shown or works or seats else set()
    carried, placed, makers, employers, seated = (
        [e for e in entities["entity"].astype(str) if e in group]
        for group in (spoken_to, published, shown, works, seats)
    )
    # the writer named in an opinion piece's closing note speaks throughout in the first person: no one kept silent
    writer = note_writer(quotes, entities, paragraphs)
    # the characters of a play, film or novel under review ("She plays Agnes Trewin") say lines, not to the article
    cast = [e for e in entities["entity"].astype(str) if e in set(characters(entities, paragraphs).values())]
    heard_kinds = set(entities.loc[entities["entity_type"].isin(HEARD_TYPES), "entity"].astype(str))
    cast = [e for e in cast if e in heard_kinds and e not in spoken_to | published | shown | works | seats | {writer}]
    # "Novo Nordisk declined to comment": asked for its side and not giving it, which the article tells, and no
    # source it left unheard; one heard elsewhere in the article is heard, whatever it declined once
    asked = reply_refusals(entities, quotes, paragraphs, mentions)
    if asked:
        silent = set(unheard(entities, quotes, paragraphs, mentions)["entity"].astype(str))
        taken = spoken_to | published | shown | works | seats | {writer} | set(cast)
        asked = {e: k for e, k in asked.items() if e in silent and e not in taken}
    # "Rear Admiral" split off "Rear Admiral Daniel Hagari": a title, no one the article names,
    # and the headline's "Coroner" (criticises), a capitalised common noun: a description, no name (`headline_nouns`)
    parts = name_parts(entities, paragraphs) | headline_nouns(entities, headline_text(paragraphs))
    entities_before = entities
    entities = entities[
        ~entities["entity"]
        .astype(str)
        .isin(spoken_to | published | shown | works | seats | {writer} | set(cast) | parts | set(asked))
    ]
    said = "; ".join(
        ([carried_words(carried, definite)] if carried else [])
        + ([venue_words(placed, definite, not carried)] if placed else [])
        + ([channel_words(makers, definite, not carried and not placed)] if makers else [])
        + ([affiliation_words(employers, definite, not carried and not placed and not makers)] if employers else [])
        + (
            [seat_words(seated, definite, not carried and not placed and not makers and not employers)]
            if seated
            else []
        )
        + ([f"{writer} is named only as its writer"] if writer else [])
        + ([cast_words(cast, work_noun(paragraphs))] if cast else [])
    )
    if asked:
        replies = reply_words(asked, entities_before, definite_names(entities_before, paragraphs), start=not said)
        said = f"{said}; {replies}" if said else replies
    named = int(entities["entity_type"].isin(HEARD_TYPES).sum())
    if not named:
        return f"{said}, and it names no other person or organisation." if said else ""
    # the media said first, the rest counted as the "other" people and organisations
    text = _unheard_text(quotes, entities, paragraphs, named, " other" if said else "", mentions)
    return f"{said}; {text[0].lower()}{text[1:]}" if said else text


def _unheard_text(
    quotes: pd.DataFrame,
    entities: pd.DataFrame,
    paragraphs: pd.DataFrame | None,
    named: int,
    other: str = "",
    mentions: pd.DataFrame | None = None,
) -> str:
    """`unheard_sentence` of the people and organisations that are not media (`named` of them; `other` is " other"
    when media were named before)."""
    silent = unheard(entities, quotes, paragraphs, mentions)
    # "the Senate", "the House": names the article itself writes after "the"
    definite = definite_names(entities, paragraphs)
    silent = silent.assign(entity=[as_written(str(e), definite) for e in silent["entity"]])
    # a statement whose speaker is only "she" may be one of theirs: "never quoted by name" is what the tables show
    # or "Ames said", where two named people are Ames
    table = speakers_table(quotes, entities, paragraphs) if not quotes.empty else None
    vague = table is not None and not pronoun_speakers(table).empty
    if table is not None:  # the surname may be only its bearers', so only theirs are hedged
        bearers = {p for s in shared_surname_speakers(table, entities)["speaker"] for p in surname_bearers(s, entities)}
        vague = vague or bool(bearers & set(silent["entity"].astype(str)))
    by_name = " by name" if vague else ""
    one, many = named_nouns(entities)
    if silent.empty:
        if named == 1:
            return f"It quotes the one{other} {one} it names."
        return f"It quotes every one of the {named}{other} {many} it names."
    if len(silent) == named:
        head = (
            f"The one{other} {one} it names is never quoted"
            if named == 1
            else f"{'Neither' if named == 2 else 'None'} of the {named}{other} {many} it names is quoted"
        ) + by_name
    else:
        verb = "is" if len(silent) == 1 else "are"
        head = f"Of the {named}{other} {many} it names, {len(silent)} {verb} never quoted{by_name}"
    mentions = [int(m) for m in silent["mentions"]]
    if len(silent) == 1:
        return f"{head}: {silent['entity'].iloc[0]}, named {_times(mentions[0])}."
    if len(set(mentions)) == 1:
        return f"{head}, each named {_times(mentions[0])}: {listed_names(silent['entity'].tolist())}."
    shown = [f"{e} (named {_times(m)})" for e, m in zip(silent["entity"], mentions)]
    return f"{head}: {listed_names(shown)}."


def wording_tone_words(overall: dict, owner: str = "Its") -> str:
    """The tone of an article's wording as the tone models label it, with the shares behind the label and the
    headline's label: "Its wording, as the tone models label it, reads neutral, leaning negative: sentence by sentence,
    31% of its text negative, 48% neutral and 21% positive; the headline's wording reads neutral". The labels are of
    the words (TextBlob and VADER read words of opinion and feeling), not of the events: a stabbing told in plain words
    reads neutral, so the sentence names the wording and the models, never the story, as what reads so."""
    first, *rest = share_words(overall)
    value, tone = first.split(" ", 1)
    shares = join_words([f"{value} of its text {tone}", *rest])
    headline = f"; the headline's wording reads {overall['headline_tone']}" if overall.get("headline_tone") else ""
    if overall.get("unscored"):
        return (
            f"{owner} wording, as the tone models label it, reads neutral: neither TextBlob nor VADER scores a word of "
            f"it for or against, though sentence by sentence the label reads {shares}{headline}"
        )
    return (
        f"{owner} wording, as the tone models label it, reads {overall['tone']}{lean_words(overall)}: sentence by "
        f"sentence, {shares}{headline}"
    )


def tone_sentence(tables: dict[str, pd.DataFrame]) -> str:
    """The tone of the article's wording in words (`wording_tone_words`), the word-weighted scores, and how reliable
    the label is."""
    overall = overall_tone(tables)
    if not overall["paragraphs"] or not overall["tone"]:
        return "There is no text to score for tone."
    return (
        f"{wording_tone_words(overall)}; word-weighted polarity {overall['polarity']:+.2f} and VADER "
        f"{overall['vader']:+.2f}. "
        f"It labels the words, not how grave the events are, and is a guide: on held-out human-labelled news "
        f"sentences the label is right about {overall['benchmark_accuracy']:.0%} of the time (macro-F1 "
        f"{overall['benchmark_macro_f1']:.2f}; chance is 33%)."
    )


# A span that is one day ("27 November 2026", `period_name` of a day).
ONE_DAY = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")


def _placed(dated: pd.DataFrame, published: date | None = None) -> str:
    """'run from X to Y', 'fall in 2019' or, for one expression, 'refers to 19 December 2022'."""
    span = span_words(dated, published)
    if len(dated) == 1:
        return f"refers to {span}"
    if ONE_DAY.fullmatch(span):  # all on one day: "fall on 27 November 2026", not "in"
        return f"fall on {span}"
    return f"run {span}" if span.startswith("from ") else f"fall in {span}"


def _stretch_span(broad: pd.DataFrame, published: date | None = None) -> str | None:
    """The span of one broad expression that is a stretch of time ("two years", "over the next three years"), each
    bound named in the stretch's own unit where it can be ("from 2024 to 2026", "from 25 November 2026 to 2029"); None
    for any other. The whole list's bounds may be named by another expression ("between January 2024 and …"), which a
    reader would take for where the stretch starts."""
    if len(broad) != 1 or not str(broad["value"].iloc[0]).startswith("P"):
        return None
    row = broad.iloc[0]
    value, start, end = str(row["value"]), row["start"], row["end"]
    begin, finish = (
        stretch_bound_name(value, start, end, which, published) or endpoint_name(start, end, which)
        for which in ("start", "end")
    )
    if begin == finish:
        return begin
    # whole years, as a period names them ("2024–2026"), the way the summary names a span of years elsewhere
    return f"{begin}–{finish}" if begin.isdigit() and finish.isdigit() else f"from {begin} to {finish}"


def dates_sentence(timeline: pd.DataFrame, published: date | None = None) -> str:
    """The calendar span of the expressions the article dates ('Its 5 dated expressions run from June 2019 to 19
    December 2022.'); when one of them spans all the others, that one and then the others' span ('Of its 7 dated
    expressions, “two years” refers to 2024–2026 and the other 6 fall in 2026.'), rather than the span twice over;
    not when the others together run from the same start to the same end, which would say the span twice over."""
    dated = dated_expressions(timeline)
    if dated.empty:
        return "No expression in it could be placed on the calendar."
    if (said := last_occasion_words(dated, published)) is not None:
        return said
    if len(dated) == 1:
        return f"Its one dated expression, “{dated['expression'][0]}”, {_placed(dated, published)}."
    whole = (dated["start"] == dated["start"].min()) & (dated["end"] == dated["end"].max())
    if whole.all():
        every = "both" if len(dated) == 2 else "all"  # "Its 2 dated expressions all refer to" is no English
        return f"Its {len(dated)} dated expressions {every} refer to {span_words(dated, published)}."
    rest = dated[~whole].reset_index(drop=True)
    # (not when the rest together reach both ends too: "eleven years" beside "2014" and "3am" today adds no span)
    if whole.any() and not (rest["start"].min() == dated["start"].min() and rest["end"].max() == dated["end"].max()):
        # a broad expression ("this century", "for two years") spans the rest: it, then where they fall
        broad = dated[whole]
        other = f"the other, “{rest['expression'][0]}”," if len(rest) == 1 else f"the other {len(rest)}"
        span = _stretch_span(broad, published) or span_words(dated, published)
        verb = ("runs", "run") if span.startswith("from ") else ("refers to", "refer to")
        refer = verb[0] if len(broad) == 1 else f"both {verb[1]}" if len(broad) == 2 else f"all {verb[1]}"
        named = join_words([f"“{e}”" for e in broad["expression"]])
        return f"Of its {len(dated)} dated expressions, {named} {refer} {span} and {other} {_placed(rest)}."
    return f"Its {len(dated)} dated expressions {_placed(dated, published)}."


def occasions_apart(dated: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The dated expressions (`dated_expressions`) split into (the article's own, the last occasions said apart): an
    expression dating the last time before now ("for the first time in 15 years", `last_occasions`) that would set
    the start of the span is no event the article tells of, so it is set apart; (dated, empty) when there is none,
    every row is one, or it lies within the others' span and sets no bound."""
    none = dated.iloc[:0]
    if "last_occasion" not in dated.columns or not dated["last_occasion"].any() or dated["last_occasion"].all():
        return dated, none
    last, rest = dated[dated["last_occasion"]], dated[~dated["last_occasion"]].reset_index(drop=True)
    if last["start"].min() >= rest["start"].min():  # within the others' span: it sets no bound
        return dated, none
    return rest, last.reset_index(drop=True)


def last_occasion_told(last: pd.DataFrame, published: date | None = None) -> str:
    """'“15 years” (twice) dates the last time before now, 2010' for the last occasions `occasions_apart` sets
    apart; '' for none."""
    if last.empty:
        return ""
    names = list(dict.fromkeys(last["expression"]))
    named = join_words([f"“{e}”" for e in names])
    periods = list(dict.fromkeys(expression_period(row, published) for _, row in last.iterrows()))
    one = len(last) == 1 or (len(names) == 1 and len(periods) == 1)
    times = "" if len(last) == 1 else f" ({_times(len(last))})" if len(names) == 1 else ""
    goes = "dates" if one else "date"
    return f"{named}{times} {goes} the last time before now, {join_words(periods)}"


def last_occasion_words(dated: pd.DataFrame, published: date | None = None) -> str | None:
    """The dates sentence when an expression dating the last time before now ("for the first time in 15 years",
    `last_occasions`) would set the start of the span: that occasion is no event the article tells of, so it is said
    apart and the others' span given ('Of its 5 dated expressions, “15 years” dates the last time before now,
    2010, and the other 4 run from 2016 to 29 March 2025.'); None when there is none, or it changes nothing."""
    rest, last = occasions_apart(dated)
    if last.empty:
        return None
    told = last_occasion_told(last, published)
    other = f"the other, “{rest['expression'][0]}”," if len(rest) == 1 else f"the other {len(rest)}"
    return f"Of its {len(dated)} dated expressions, {told}, and {other} {_placed(rest, published)}."


def undated_sentence(timeline: pd.DataFrame) -> str:
    """The expressions left off the calendar, by kind ('3 durations (“20 minutes”, …) and 1 vague reference
    (“recently”) stay off the calendar.'); an empty string when there are none."""
    undated = undated_expressions(timeline)
    if undated.empty:
        return ""
    verb = "stays" if len(undated) == 1 else "stay"
    text = f"{join_words(undated_words(undated))} {verb} off the calendar."
    return text[0].upper() + text[1:]


def summary_markdown(article, tables: dict[str, pd.DataFrame]) -> str:
    """The summary as one Markdown paragraph (names and headlines in it are the article's text, shown as text)."""
    return " ".join(markdown_text(sentence) for sentence in summary_sentences(article, tables))
