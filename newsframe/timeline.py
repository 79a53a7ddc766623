"""A timeline of the events an article mentions: its temporal expressions, the dates they stand for, what happened.

`timeline_table(article, docs, mentions)` -> DataFrame, one row per temporal expression, in time order:

| column | meaning |
| --- | --- |
| paragraph | paragraph number (0 = headline) |
| start_char, end_char | the expression's offsets in the paragraph's text |
| expression | the expression as written ("Sunday evening") |
| type | TimeML TIMEX3 type: DATE, TIME, DURATION or SET |
| value | TimeML TIMEX3 value ("2022-12-18TEV", "P3Y6M", "PAST_REF") resolved against the publication date; a |
| | year across two (a sports season, a school or financial year: "2024/25") is written "2024/2025"; a winter is |
| | named by the year of its January ("1963-WI": December 1962 to February 1963) |
| date, date_end | the calendar span it stands for (ISO date, or date and time); empty when unknown or a SET |
| anchor | explicit (carries its own date), relative (resolved against publication), vague (no calendar date) |
| event | a short phrase of what happened then: subject, verb and object of the governing clause; "story filed |
| | (dateline)" for the date of a dateline |
| sentence | the text of the sentence holding the expression |
| entities | the canonical entities named in that sentence, joined by "|" |
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pandas as pd
from dateutil.relativedelta import relativedelta

from . import nlp
from .article import dateline_end
from .entities import TITLE_WORDS, is_sport_report, lemma_index
from .sentiment import quote_spans
from .timex import Candidate, extract, last_reference
from .timex import lexicon as lx
from .timex.extract import (
    AFTER_CLOCK_ENTRY,
    CLOCK_ENTRY,
    DAY_VALUE,
    ENTRY_AFTER_DATE,
    FIGURE_COMPARED_BEFORE,
    FIXTURE_LINE,
    REPORTING_VERBS,
    RUN_PRESENTS,
    SUPERLATIVE_LENGTH,
    VERBS_SPELT_AS_ADJECTIVES,
    Reference,
    _adjective_after_a_verbless_plural,
    _day_of_what_was_said,
    _judged_as_done,
    back_to_now,
    compared_outcome,
    due_to_a_cause,
    fixture_read_as_a_noun,
    governing_verb,
    misread_event_after,
    part_kind,
    present_perfect,
    present_read_as_another_word,
    promised_on_the_occasion,
    run_read_in_a_nouns_sentence,
    side_read_as_a_gerund,
    simple_present,
    verb_tense,
)
from .timex.grammar import (
    A_PERSON_FELL,
    DAYLESS_KINDS,
    EVERY_SUCH_DAY_AFTER,
    HABIT,
    INCIDENT_NAMED,
    MONTH,
    NARRATIVE_GAP_DAYS,
    PRECISION,
    RECENT_NEWS_DAYS,
    SO_FAR_AFTER,
    WEEKDAY,
    ZONE,
    accounts_follow_the_calendar,
    duration_parts,
    month_end,
    part_of_span,
    shift,
    shift_value,
    value_span,
    value_start,
    year_end_day,
    year_end_month,
)

if TYPE_CHECKING:  # only annotations name spaCy's types: reading cached tables needs no parser
    from spacy.tokens import Doc, Span, Token

TIMELINE_COLUMNS = [
    "paragraph",
    "start_char",
    "end_char",
    "expression",
    "type",
    "value",
    "date",
    "date_end",
    "anchor",
    "event",
    "sentence",
    "entities",
]
# Words before a duration that make it reach back from publication: "(the first time) in three years",
# "for three years", "over the past decade". With a past or perfect verb the duration ends at publication.
BACKWARD_CUES = re.compile(
    r"(?:first time in|first \w+ in|for|over|during|in|since|within) (?:the )?(?:past |last )?$", re.I
)
# Words right after a duration that end it at the time of writing: "for eighteen months now", "for a year so far".
RUNNING_TO_NOW = re.compile(r",?\s+(?:now|so far)\b", re.I)
# Words before a duration that make it reach forward: "in two weeks" with a future verb. A bare "the" is no such
# word: "over the four days" is a stretch the story has named ("from Friday until Monday"), not four days from now.
# "'s time" or "' time" right after a length: "in four years' time", "in a week's time", a time counted on from now.
IN_TIME_AFTER = re.compile(r"['’]s?\s+time\b", re.I)
# A comparison right after a length: "a week earlier than usual", "two days later than planned": the length is a
# difference between two times, neither of them publication.
COMPARED_AFTER = re.compile(r"\s+(?:earlier|later|sooner|longer|shorter)\s+than\b", re.I)
# A count of things right before "in" and a length: "three matches in eight days", "two wins in five games": how
# many fit in that length, not when it ends.
COUNT_IN_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|several)\s+(?:[a-z-]+\s+)?"
    r"[a-z]+s\s+in\s+$",
    re.I,
)
# A length named as the stretch up to now: "the past fortnight", "the last three weeks".
UP_TO_NOW = re.compile(r"(?:the\s+)?(?:past|last)\s", re.I)
# A length named by "past" as the stretch up to now, which no event after it counts from: "the past fortnight".
PAST_STRETCH = re.compile(r"(?:the\s+)?past\s", re.I)
FORWARD_CUES = re.compile(r"(?:in|within|for|over) (?:(?:the )?(?:next|coming) )?$", re.I)
# A calendar half year's value ("2025-H1"): once the story names one, its "second half" is the year's too.
HALF_YEAR = re.compile(r"\d{4}-H[12]")
# A quarter's value ("2025-Q3"): once the story dates one as a calendar quarter, its other quarters are too.
QUARTER = re.compile(r"\d{4}-Q[1-4]")
# Measured by benchmarks/timeline_timeml.py on the TempEval-3 training news (TimeBank and AQUAINT), scored as
# TempEval-3 does: extraction F1 strict (exact span) and relaxed (overlap), type and value F1 (attribute accuracy
# among relaxed matches x relaxed F1); `event` is the share of expressions linked by the corpus to an event of their
# sentence whose event phrase holds that event's word. A file is held out when the first byte of the SHA-1 of its
# name is 0 mod 4; the rules were developed on the other files only.
BENCHMARK = {
    "development": {
        "files": 205,
        "gold": 1436,
        "strict_F1": 86.3,
        "relaxed_F1": 94.2,
        "type_F1": 90.9,
        "value_F1": 80.1,
        "event": 0.878,
    },
    "held out": {
        "files": 51,
        "gold": 386,
        "strict_F1": 84.1,
        "relaxed_F1": 93.5,
        "type_F1": 90.2,
        "value_F1": 82.3,
        "event": 0.842,
    },
}
# For comparison: HeidelTime, the strongest published rule-based normaliser, scores value F1 about 78 on the
# TempEval-3 test news.
HEIDELTIME_VALUE_F1 = 78


def benchmark_markdown() -> str:
    """A Markdown table of the measured accuracy of the timeline's dates and events, and how it was measured."""
    lines = [
        "| split | files | expressions | strict F1 | relaxed F1 | type F1 | value F1 | event phrase |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {name} | {s['files']} | {s['gold']:,} | {s['strict_F1']:.1f} | {s['relaxed_F1']:.1f} | "
        f"{s['type_F1']:.1f} | {s['value_F1']:.1f} | {s['event']:.0%} |"
        for name, s in BENCHMARK.items()
    ]
    held = BENCHMARK["held out"]
    lines += [
        "",
        f"Scored as TempEval-3 does on its news articles (TimeBank and AQUAINT), the rules developed on one "
        f"part and checked on the held-out one. On the held-out news the value F1 (expressions found and given "
        f"the right TimeML value) is {held['value_F1']:.1f} of 100; HeidelTime scores about "
        f"{HEIDELTIME_VALUE_F1} on the TempEval-3 test news. The event phrase names the event the annotators "
        f"tied to the date {held['event']:.0%} of the time. Check the rows a report rests on against their "
        "sentence.",
    ]
    return "\n".join(lines)


# Where vague references sit relative to publication when ordering rows (days before/after).
VAGUE_ORDER = {"PAST_REF": -0.5, "PRESENT_REF": 0.0, "FUTURE_REF": 0.5}
# The most words an event phrase keeps.
EVENT_WORDS = 8


def _granularity(parts: list[tuple[float, str]]) -> str:
    """The finest unit of a duration, as the precision its date can claim: 'month' for P3Y6M."""
    return parts[-1][1] if parts else "day"


def _span_at(moment: datetime, unit: str) -> tuple[str, str]:
    """The calendar span around `moment` at the precision of `unit` (a month for 'month', a day for 'day')."""
    d = moment.date()
    if unit in ("year", "decade", "century", "millennium"):
        return date(d.year, 1, 1).isoformat(), date(d.year, 12, 31).isoformat()
    if unit in ("month", "quarter"):
        return date(d.year, d.month, 1).isoformat(), month_end(d.year, d.month).isoformat()
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    return d.isoformat(), d.isoformat()


# A sum that a verb of money counts over a stretch: "would cost the counties a billion euros in three years" is over
# the three years from publication, not on a day three years on.
AMOUNT_OVER = re.compile(
    r"\b(?:(?:cost|spend|save|earn|raise|generate|invest|lose)s?|brings? in)\b[^.;:!?]{0,80}\bin $",
    re.I,
)

# A sum set aside, pledged or promised over a stretch: the stretch to come from publication, whatever the tense of
# the promise ("the Treasury has set aside £1.8 billion over three years", "pledged $40m over the next decade").
ALLOTTED_OVER = re.compile(
    r"\b(?:set(?:ting|s)? aside|allocat\w*|earmark\w*|budget(?:s|ed|ted)?|pledg\w*|promis\w*|ring-?fenc\w*)\b"
    r"[^.;:!?]{0,60}(?:[$£€¥]\s?\d|\d\s?(?:bn|m)\b|\b(?:million|billion|trillion|crores?|lakhs?)\b)"
    r"(?:[^.;:!?]|\.\d){0,40}\bover (?:the )?(?:next |coming )?$",
    re.I,
)

# A state or a ban put in force for a stretch, right before it: "has declared a state of emergency for 30 days",
# "has imposed a curfew in the capital for a further 48 hours", "is extending the ban for six months".
IMPOSED_FOR = re.compile(
    r"\b(?:declar|impos|extend|introduc|order|enforc|put in place|reimpos)\w*\b[^.;:!?]{0,80}"
    r"\b(?:state of (?:\w+ )?(?:emergency|disaster|siege)|curfew|lockdown|moratorium|closure|restrictions|ban)\b"
    r"[^.;:!?]{0,80}\bfor (?:another |a further |an? )?$",
    re.I,
)

# A change by a share or a number of points right before "in": the stretch it took, not a day that far on ("its
# shares fall 38% in a day", "will rise 5% in two years").
CHANGE_IN = re.compile(r"(?:\d\s?%|\bper ?cent|\bpercent|\d\s+points?|\bhalf (?:its|their) value)\s+in $", re.I)


def duration_span(
    value: str,
    before: str,
    tense: str | None,
    published: datetime | None,
    expression: str = "",
    perfect: bool = False,
    precision: str = "second",
    being: bool = False,
) -> tuple[str, str, str]:
    """A DURATION and the words before it -> (date, date_end, anchor) of the time it stands for, if any.

    "for the first time in three and a half years" (past or perfect verb): the previous occasion, publication
    minus the duration, at the duration's precision (about June 2019). "in two weeks" with a future verb: publication
    plus the duration. A duration that runs up to publication ("over the past decade", "has lived there for three
    years": `perfect`, a present perfect verb) or on from it ("over the next two years") is that period, exactly
    as long as said: "the third in 18 months" in a paper of 18 February 2025 runs from 18 August 2023 (TimeML
    anchors such a duration at the creation time, endPoint, with its length as its value). Other durations ("held
    for 48 hours", a "five-year low") have no date. `published` may be another moment the duration counts from, known
    to `precision` (a chronology's entry "March 2019 - … recommends repairs within five years": March 2019, to the
    month): a duration in finer units than that ("within ten days") is then left undated. A superlative's "in"
    ("their first home match in", "the best result in") before a stretch shorter than a year, with a verb of the
    future other than "be" (`being`), is when the occasion comes ("will play its first home match in two weeks").
    """
    parts = duration_parts(value)
    if not parts or published is None or PRECISION.index(_granularity(parts)) > PRECISION.index(precision):
        return "", "", "vague"
    if (ahead := UNIT_AHEAD.fullmatch(expression)) is not None:
        expression = f"the next {ahead[1]}"  # "the week ahead" is the week to come, as "the next week" is
    if FOLLOWING.match(expression):
        return "", "", "vague"  # "over the following two decades": after a time the story names, not publication
    said = before + expression  # the words as written, before the cue is moved over
    before += LEADING_CUE.match(expression)[0]  # "over the next two years" carries its cue inside
    sign, period = 0, False
    # "has been the best for three years" lasts up to now; "the biggest increase for three years" counts back
    superlative = _superlative_in(before) and not (perfect and LASTING_BEST_FOR.search(before[-80:]))
    coming = tense == "future" and not being and PRECISION.index(_granularity(parts)) > PRECISION.index("year")
    named_stretch = re.search(r"\bin (?:the )?(?:past|last) $", before, re.I) is not None
    if (
        named_stretch
        and not _shorter_than_a_day(parts)
        and (superlative or re.search(r"first (?:time|occasion) in the (?:past|last) $", before, re.I))
    ):
        # "the highest in the past decade", "for the first time in the last five years": the stretch named is the
        # one up to now, all of which the claim covers, not the last occasion a decade back
        sign, period = -1, True
    elif re.search(rf"first (?:time|occasion) in (?:the )?(?:past |last )?{HEDGED}$", before, re.I) or (
        superlative and not coming
    ):
        length_at = len(said) - len(expression)  # the bound must run straight into the length
        if any(
            (bound := BOUND_BEFORE.match(said, at)) and bound.end() >= length_at
            for at in range(max(0, length_at - 16), len(said))
        ):
            # "the first to be born at the zoo in more than a decade": the last birth was at some time before 2016,
            # which the text does not give; 2016 would be a bound read as a date
            return "", "", "vague"
        if _shorter_than_a_day(parts):
            return "", "", "vague"  # "had been second best for an hour", "the first goal in 40 minutes": the last
            # occasion a stretch that short ago is within the story's own day, at an hour the paper does not give
        sign = -1
    elif REPEATED_IN.search(before[-120:]) and tense == "future" and not being:
        return "", "", "vague"  # "host Barnsley on Saturday in their third game in a week": the week up to a game
        # still to come, which ends on its day, not at publication
    elif REPEATED_IN.search(before[-120:]):
        sign, period = -1, True  # "for the second time in a month": the month up to publication
    elif ALLOTTED_OVER.search(before[-160:]) and tense in ("past", "present", "future"):
        sign, period = 1, True  # "has set aside £1.8 billion over three years": the years to come
    elif IMPOSED_FOR.search(before[-200:]) and (perfect or tense in ("present", "future")):
        sign, period = 1, True  # "has declared a state of natural disaster for 30 days": the days to come
    elif FORWARD_CUES.search(before) and tense == "future":
        sign, period = (
            1,
            (
                not re.search(r"\bin $", before, re.I)
                or bool(PERIOD_WORDS.match(expression))
                or AMOUNT_OVER.search(before[-120:]) is not None
                or CHANGE_IN.search(before[-60:]) is not None
            ),
        )
    elif (
        BACKWARD_CUES.search(before)
        and tense in ("past", "present")
        and (perfect or re.search(r"(?:past|last) $", before, re.I))
        and (perfect or tense != "past" or PRECISION.index(_granularity(parts)) <= PRECISION.index("day"))
    ):  # "swung twice in the last ten minutes": the last minutes of the match, not those before publication
        sign, period = -1, True  # "over the past decade", "has lived there for three years": up to publication
    if not sign:
        return "", "", "vague"
    if sign > 0 and period and _shorter_than_a_day(parts):
        # "You can't switch off for a second", "the road will shut for six hours": a stretch that short starts when
        # its event does, not at the hour of publication, which no one knows; the paper's day would be a guess
        return "", "", "vague"
    moment = published
    for n, unit in parts:
        moment = shift(moment, sign * n, unit)
    bounded = (
        NEAR_OR_BOUND.match(expression) and not ROUNDING_RIGHT_BEFORE.search(said[: len(said) - len(expression)])
    ) or BOUND_RIGHT_BEFORE.search(before[-20:])
    if period and sign < 0 and bounded:
        # "a scandal that has engulfed the council for almost a year", "has lived there for more than a decade": the
        # stretch began some time after (before) the day that length back, which the text does not give; that day
        # would be a bound read as the start
        return "", "", "vague"
    if period:  # the stretch of that length up to publication, or on from it: "the coming year" ends a year on
        here, there = published.date().isoformat(), moment.date().isoformat()
        if (
            sign < 0
            and _rounded_years(parts)
            and not re.search(r"\b(?:past|last)\s+$", before, re.I)
            and not MEASURED_BACK.match(expression)
        ):
            # "I have lived here for thirty years": a round count of years, so its first day is not known, only
            # about its year; the stretch runs from the start of that year (1995) up to publication, not from 18
            # October 1995 ("the past decade" is measured back from now, and stays exactly as long), and not on to
            # the end of the year, which has not come
            return date(moment.year, 1, 1).isoformat(), here, "relative"
        return (there, here, "relative") if sign < 0 else (here, there, "relative")
    start, end = _span_at(moment, _granularity(parts))  # an occasion that long ago: about then
    return start, end, "relative"


# The fewest years a length back from now must count for its start to be known only to the year: "the past year" is
# the twelve months to publication, "for thirty years" or "two decades" a round count whose first day nobody gave.
# Two years is too few: its whole calendar years (2024-2026 in a February 2026 paper) would make a stretch half as
# long again as the one said, so "have been missing for two years" is the two years back from publication, as
# "for 18 months" and "the past two years" are.
ROUNDED_YEARS = 3


# The length of a day, in seconds, and of the units finer than one: a stretch on from now shorter than a day is left
# undated (see duration_span).
SECONDS_IN = {"second": 1, "minute": 60, "hour": 3600}
DAY_SECONDS = 86400


def _shorter_than_a_day(parts: list[tuple[float, str]]) -> bool:
    """Whether a length is all seconds, minutes and hours and adds up to less than a day (PT1S, PT6H, not PT24H)."""
    return all(unit in SECONDS_IN for _, unit in parts) and sum(n * SECONDS_IN[u] for n, u in parts) < DAY_SECONDS


def _rounded_years(parts: list[tuple[float, str]]) -> bool:
    """Whether a length is whole years, decades or centuries of at least ROUNDED_YEARS years (P30Y, P2E, not P1Y or
    P3Y6M)."""
    years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}
    return all(unit in years for _, unit in parts) and sum(n * years[u] for n, u in parts) >= ROUNDED_YEARS


# Words that make a length only a bound on the time since the last occasion: "the first in more than a decade",
# "its lowest level in at least five years" (the last one came before then, when is not said). "just over" or "a
# little more than" a year is about a year, and stays a date.
BOUND_BEFORE = re.compile(
    r"(?<!just )(?<!only )(?<!little )(?<!slightly )\b(?:more than|over|at least|upwards of|well over)\s", re.I
)

# Words that make a length up to now a bound, not a measure: "for almost a year", "nearly a decade", "for more than
# two years", "at least six months". "about", "around" and "just over" a length are a measure, rounded.
NEAR_OR_BOUND = re.compile(
    r"(?:almost|nearly|not quite|the best part of|more than|upwards of|well over|over|at least|under|less than"
    r"|close to)\s+(?!the\b|this\b|these\b|that\b|those\b|its\b|their\b|past\b|last\b|next\b|recent\b)",
    re.I,
)  # not "over the past 12 months", where "over" is the stretch's own word
ROUNDING_RIGHT_BEFORE = re.compile(r"\b(?:just|only|little|slightly)\s+$", re.I)  # "just over a year": about one
BOUND_RIGHT_BEFORE = re.compile(
    r"(?<!just )(?<!only )(?<!little )(?<!slightly )\b(?:almost|nearly|more than|upwards of|well over|at least"
    r"|less than|close to)\s+$",
    re.I,
)

# Words that hedge a length between "in" and it: "the second time in just over a year", "in little more than".
HEDGED = (
    r"(?:(?:just|only|barely|a little|little|slightly|well|about|around|nearly|almost|roughly|more than|less than"
    r"|under|over|some)\s+){0,2}"
)

# "the strongest quake to hit the region in nearly a century", "its highest level in three years": like "the first
# time in", a superlative before "in <duration>" dates the last time it was so. Nouns ending in -est are no
# superlatives.
NOT_SUPERLATIVES = (
    "protest interest west midwest northwest southwest rest unrest test contest request quest conquest inquest "
    "forest guest chest crest nest arrest harvest manifest behest".split()
)
# Words ending in "-est" that are no superlative when no determiner comes before them: "at least since 2019" (a
# bound), "modest growth since 2019", "an honest broker since 1990".
BARE_NOT_SUPERLATIVES = "least modest honest earnest dishonest immodest".split()
SUPERLATIVE_IN = re.compile(
    rf"\b(?:the|its|their|his|her|a)\s+(?:\w+\s+)?(?:first|best|worst|most|least|(?!(?:{'|'.join(NOT_SUPERLATIVES)})\b)\w+est)\b"
    rf"[^.;:!?]{{0,60}}\bin (?:the )?(?:past |last )?{HEDGED}$",
    re.I,
)


# "for the second time in", "the third flood to hit the town in", "three times in": how often something happened in
# the stretch up to publication.
REPEATED_IN = re.compile(
    r"(?:\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b[^.;:!?]{0,60}|\btimes )"
    rf"\bin (?:the )?(?:past |last )?{HEDGED}$",
    re.I,
)


# "first", "best" or "worst" with up to three words and "in", no article needed (a headline's "to reach first cup
# semi-final in", "celebrates best tourist season in").
FIRST_IN = re.compile(rf"\b(?:first|best|worst) (?:[\w-]+ ){{0,3}}in (?:the )?(?:past |last )?{HEDGED}$", re.I)


# A superlative that has held for a stretch up to now: "has been the best player for three years".
LASTING_BEST_FOR = re.compile(r"\b(?:has|have|'s|'ve)\s+been\s+[^,;.]{0,50}\bfor\s+$", re.I)


# "since" right after a length, before the event it counts from: "It is 20 years since the river burst its banks",
# "marks a decade since the flood". Not "since" a date ("ten years since 2015"), nor one of cause ("since then").
SINCE_AN_OCCASION = re.compile(
    r"(?:\s+(?:(?:this|next|last)\s+(?:week|weekend|month|year)|today|tomorrow))?"  # "50 years this week since"
    rf"\s+since\s+(?!then\b|now\b|\d|{MONTH}\b|{WEEKDAY}\b|last\b|the (?:start|end)\b)",
    re.I,
)
# A length that is a stretch, not a count back: "In the 20 years since the flood, the town has rebuilt".
STRETCH_LENGTH = re.compile(r"(?:the|these|those|its|their)\s", re.I)


def _counted_since_an_occasion(
    doc: Doc, cand: Candidate, text: str, verb: Token | None, tense: str | None, perfect: bool
) -> str | None:
    """The event a length counts back to when "since" and that event follow it in a clause told of now ("It is 20
    years since the River Calder burst its banks": "River Calder burst banks"; "It has been a year since the flood":
    "the flood"): that event happened the length before publication. None when the clause is of the past ("It was ten
    years since he had seen her", counted from a time the story had come to), the length is a bound ("more than 20
    years since"), or no such "since" follows."""
    if SINCE_AN_OCCASION.match(text, cand.end) is None:
        return None
    if NEAR_OR_BOUND.match(cand.text) or BOUND_RIGHT_BEFORE.search(text[max(0, cand.start - 20) : cand.start]):
        return None
    if STRETCH_LENGTH.match(cand.text) or re.search(
        r"\b(?:the|these|those)\s+$", text[max(0, cand.start - 8) : cand.start]
    ):
        return None  # "In the 20 years since the flood, the town has rebuilt": the stretch from then up to now
    since = doc.char_span(cand.end, len(text), alignment_mode="expand")
    since = next((t for t in since if t.lower_ == "since"), None) if since is not None else None
    if since is None:
        return None
    if since.dep_ == "mark" and since.head.i == getattr(verb, "i", -1) and since.head.head.pos_ in ("VERB", "AUX"):
        # "It is now 30 years since the mine closed", the length hung on "closed": the time is told by "is"
        tense, perfect = verb_tense(since.head.head), present_perfect(since.head.head)
    if tense not in ("present", "future") and not perfect:
        return None
    if since.dep_ == "mark" and since.head.pos_ in ("VERB", "AUX"):
        verb = since.head
        return _event_phrase(doc, verb.idx, verb.idx + len(verb.text)) or None
    noun = next((c for c in since.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return doc[noun.left_edge.i : noun.i + 1].text if noun is not None else None


def _superlative_in(before: str) -> bool:
    """Whether the words before a duration end in a superlative and "in" ("the strongest ... in", "first cup
    semi-final in", "the biggest increase for")."""
    return (
        SUPERLATIVE_IN.search(before[-120:]) is not None
        or FIRST_IN.search(before[-80:]) is not None
        or SUPERLATIVE_LENGTH.search(before[-80:]) is not None  # "the biggest increase for three years"
    )


# Verbs whose "for <duration>" is the length of a penalty, not a stretch of time the article dates: "has been jailed
# for four years" or "jails him for four years" dates nothing (when he leaves prison is not said), where "has lived
# there for four years" runs from four years ago.
PENALTY_VERBS = {"jail", "imprison", "sentence", "ban", "suspend", "bar", "disqualify", "expel", "exclude", "fine"}
# Verbs that put something off: the duration after them ("adjourned for five months", "delayed for a year") is how
# long from a day the text may not give, never the time up to publication.
DEFERRING_VERBS = {"adjourn", "postpone", "delay", "defer", "reschedule", "remand"}

# Words opening a clause of what happens whenever something does: "when it rains for two days, the river rises".
HABITUAL_MARKS = {"when", "whenever", "if", "once"}


# Words of a habit in a clause of "would": "He would sit at the window in the evenings", "we would often walk".
WOULD_HABIT = re.compile(
    r"\b(?:often|always|usually|sometimes|never|every|each|in the (?:evenings|mornings|afternoons|nights)"
    r"|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))\b",
    re.I,
)
# The word before a stretch a plan takes with no start of its own: "over five years" (a length "for" a time, "would
# be disrupted for a week", mostly runs from the saying, near publication).
BARE_STRETCH_WORDS = {"over"}
# Verbs whose object is a stretch of time used up: "spent the past eight months on it" runs up to publication.
TIME_SPENDING_VERBS = {"spend", "pass", "waste"}
# Verbs of a change measured over a stretch: a headline's plain present of one ("Glaciers shrink by a third in 20
# years", "House prices rise 5% in a year") tells what has happened over the stretch up to publication.
HEADLINE_CHANGE_VERBS = frozenset(
    "lose gain rise fall grow shrink double halve treble triple drop climb jump soar plunge slump surge sink"
    " increase decrease decline shed add".split()
)
# Verbs whose past reports a plan or a promise: what they said "would" happen was still to come then.
PAST_PROMISING = {"say", "tell", "promise", "assure", "expect", "hope", "think", "believe", "announce", "pledge"}
# Of those, verbs of what one thought, not said: a news report's "said" is mostly the news day's, whatever time the
# story had gone back to, but "we thought we would …" after a date long gone is what was thought then.
PAST_THINKING = {"think", "believe", "hope", "expect"}


def _would_of_the_past(
    verb: Token, span: Span | None, published: date | datetime | None, story: str | None = None
) -> bool:
    """Whether a length in `verb`'s clause of "would" is told from a past time, not from publication: the clause is
    what a past verb of saying reported in a sentence that names an earlier year ("had told the board in 2016 that
    the transfers would be repaid within two years") or over a bare stretch ("said it would invest £2bn over five
    years": a plan whose start is not told), or a habit of the past ("would sit at the window in the evenings and
    say nothing for an hour")."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("would", "'d")), None)
    if modal is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        modal = next((c for c in verb.head.children if c.dep_ == "aux" and c.lower_ in ("would", "'d")), None)
    if modal is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        # "thought they would have to close within a month": the modal is on the verb the length's verb completes
        modal = next((c for c in verb.head.children if c.dep_ == "aux" and c.lower_ in ("would", "'d")), None)
        verb = verb.head if modal is not None else verb
    if modal is None or span is None:
        return False
    sentence = verb.sent
    if WOULD_HABIT.search(sentence.text):
        return True
    saying, steps = verb, 0
    while saying.dep_ in ("ccomp", "conj") and steps < 3:
        saying, steps = saying.head, steps + 1
        if saying.lemma_.lower() in PAST_PROMISING and (
            saying.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in saying.children)
        ):  # "were told a bridge would follow within five years", after "in the winter of 1974": told then
            years = [int(y) for y in re.findall(r"\b(1[6-9]\d\d|20\d\d)\b", verb.doc[sentence.start : span.start].text)]
            if published is not None and any(y < published.year for y in years):
                return True
            if not years and saying.lemma_.lower() in PAST_THINKING and _told_long_before(story, published):
                return True  # "We thought we would be back within three weeks", in a column's story of March 2020:
                # hoped then, not counted from publication
            # "He said the company would invest £2.1bn over five years": the plan's years, from a start the saying
            # did not give ("over the next five years" counts from the saying, near publication)
            first = span[0] if span[0].lower_ in BARE_STRETCH_WORDS else verb.doc[max(span.start - 1, 0)]
            cued = re.search(r"\b(?:next|coming|following)\b", span.text, re.I)
            return first.lower_ in BARE_STRETCH_WORDS and first.i < span.end and not cued
    return False


def _told_long_before(story: str | None, published: date | datetime | None) -> bool:
    """Whether `story`, the value of the date a story has come to, is a calendar time that ended more than
    RECENT_NEWS_DAYS before publication: a past told after it is told of then."""
    if not story or published is None or not re.match(r"\d{4}", story):
        return False
    end = value_span(story)[1]
    day = published.date() if isinstance(published, datetime) else published
    return bool(end) and (day - date.fromisoformat(end[:10])).days > RECENT_NEWS_DAYS


def _runs_from_a_dated_verb(verb: Token) -> bool:
    """Whether `verb` is joined by "and" to a verb before it whose own phrase names a day or a month ("would resume
    on 11 May and run for six weeks"): a length "for" the second runs from that time, not from publication."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
        return False
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "from"):
            if any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children):
                return True
    return False


# A clause opening on a share of a whole kind, told with no time of its own, that a length follows: "Most close
# within five years", "Half of new firms fail in their first three years", "Many recover in a week". A claim about
# any of them, each counted from its own start: the length dates nothing. A modal, an auxiliary or "of the/these"
# ("Most of the schools will reopen within a week") makes it a told event and is not matched.
GENERIC_CLAIM_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+and\s+)(?:most|many|few|half|nearly all|almost all|the majority|a (?:third|quarter|fifth))"
    r"(?:\s+(?!(?:of\s+(?:the|these|those|them|its|their|our)|will|would|could|can|may|might|shall|should|must|"
    r"have|has|had|is|are|was|were|did|do|does|'ll)\b)[\w'-]+){1,4}\s+(?:within|in|after)\s+(?:(?:the|their|its)\s+"
    r"(?:first\s+)?)?$",
    re.I,
)


def _generic_claim(text: str, cand: Candidate, span: Span | None) -> bool:
    """Whether the length `cand` closes a claim about a share of a kind (GENERIC_CLAIM_BEFORE), read from the start
    of its sentence."""
    first = span.sent.start_char if span is not None and len(span) else max(0, text.rfind(". ", 0, cand.start))
    return GENERIC_CLAIM_BEFORE.search(text[first : cand.start]) is not None


def habitual(verb: Token) -> bool:
    """Whether `verb` heads a "when"/"whenever"/"if" clause in the simple present: a habit or a condition, no time
    the article dates."""
    return simple_present(verb) and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in HABITUAL_MARKS and c.i < verb.i for c in verb.children
    )


# Words after a duration that count it from another event than publication: "within 28 days of being notified",
# "within six months after the vote", "closed for two days before the race", "a week around Easter", "ten days
# either side of the end of February".
COUNTED_FROM_EVENT = re.compile(
    r"\s+(?:of|after|before|prior to|ahead of|around|either side of|on either side of)\s+"
    r"(?!(?:the\s+)?(?:publication|now|today)\b)",
    re.I,
)
# Another date right after a duration, set by "by", "from" or "until": the duration is not counted from publication
# ("65% will be treated within 18 weeks by March 2026", "will close for two weeks from 3 March").
DATED_AFTER = re.compile(
    rf"\s+(?:by|before|until|till|from|starting)\s+(?:(?:the )?(?:end|start|beginning|middle) of\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?)?{MONTH}|\d{{4}}\b|next\b|{WEEKDAY})"
    # or the day or the week it falls in: "will strike for three days next week", "for a week in March"
    rf"|\s+(?:(?:next|this|later this)\s+(?:week|weekend|month|year|{MONTH}|{WEEKDAY})"
    rf"|in\s+{MONTH})",
    re.I,
)
# "after" or "following" right after a superlative's stretch: the cause of a record, not what it counts from.
CAUSE_AFTER = re.compile(r"\s+(?:after|following)\s+", re.I)
# Words after a duration that repeat it: "strike for 24 hours at a time", "for two hours each day".
REPEATED_AFTER = re.compile(r"\s+(?:at a time|each (?:day|night|week|month|time)|a (?:day|night|week))\b", re.I)

# The cue words an expression may start with ("over the next two years"), read as if they stood before it.
LEADING_CUE = re.compile(r"(?:(?:over|in|within|for|during) )?(?:the )?(?:past |last |next |coming )?", re.I)
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# A unit of time with "ahead" after it: "the week ahead", "the year ahead", the one to come from publication.
UNIT_AHEAD = re.compile(r"the (week|month|year) ahead", re.I)
# A stretch named as the one just before now, measured back exactly as "the past four years" is: "over the previous
# four years", "in the preceding three years".
MEASURED_BACK = re.compile(r"(?:(?:over|in|within|for|during) )?the (?:previous|preceding|prior)\b", re.I)
# A stretch that follows a time the story names, not publication: "over the following two decades".
FOLLOWING = re.compile(r"(?:(?:over|in|within|for|during) )?the following\b", re.I)
# A duration named as the stretch next to now with no word before it ("The past five years have been hard", "the
# next two years will decide"): it runs as "over" it would; not "the last two years of his life".
BARE_STRETCH = re.compile(r"(?:the )?(?:past|last|next|coming) ", re.I)
# A duration written as a stretch of time next to now: "the past decade", "the next two years".
PERIOD_WORDS = re.compile(r"(?:the )?(?:past|last|next|coming|previous)\b", re.I)


# The most words a subject or object keeps in an event phrase (the last ones: "Vladimir Putin").
NOUN_WORDS = 3
# The most words a subject or object keeps when the cut to NOUN_WORDS would split one name ("Sao Paulo Grand Prix").
NAME_WORDS = 5
# Modifiers kept before a noun: names and compounds ("press conference"), adjectives and numbers ("20% gain").
NOUN_MODIFIERS = ("compound", "flat", "amod", "nmod", "nummod", "quantmod")
# Dependencies by which a date modifies a noun ("Thursday's ruling", "third-quarter earnings", "the Friday blasts").
NOUN_DATE_DEPS = ("poss", "compound", "nmod", "amod", "npadvmod")
# Entity labels of words that are times themselves, never the object of what happened.
TIME_LABELS = ("DATE", "TIME")
# Entity labels of amounts written in figures, which have no letters but are what a verb acted on ("raised $5m").
AMOUNT_LABELS = ("MONEY", "PERCENT", "QUANTITY")


def _time_word(token: Token) -> bool:
    """Whether the recogniser put a token in a date or time that does not run over a dash between spaces to reach
    it: a chronology's "January 2025 - Ms Dunmore tells MPs" may come back as one date up to "Dunmore", but the
    entry's date ends at its dash, and what follows is the entry's own clause."""
    if token.ent_type_ not in TIME_LABELS:
        return False
    t = token
    while t.ent_iob_ == "I" and t.i > 0:
        t = t.nbor(-1)
        if nlp.dash_between_spaces(t):
            return False
    return True


def _words(token: Token) -> bool:
    """Whether a token is a word a phrase may show: letters in it, not a time, not a stray mark."""
    return (
        any(ch.isalpha() for ch in token.text)
        and (not _time_word(token) or token.pos_ in ("VERB", "AUX"))  # "snow may fall by Sunday": a
        # verb the recogniser took into a date ("may", "fall") is still the verb
        and token.pos_ not in ("PUNCT", "SYM", "X")
    )


def _text(doc: Doc, first: int, last: int) -> str:
    """The words of tokens first..last as written (hyphenated words stay whole: "re-election", "Kimberly-Clark")."""
    return doc[first : last + 1].text


def _denied_holder(noun: Token, verb: Token) -> Token | None:
    """The object of `verb` with "no" that `noun` hangs on through a preposition ("had no plans for further
    reductions in 2025": plans), or None: what the clause denies of the dated noun."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if holder is None or holder.i == verb.i or holder.head.i != verb.i or holder.dep_ not in ("dobj", "attr"):
        return None
    return holder if any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children) else None


def _compact(token: Token) -> str:
    """A noun with the modifiers just before it, at most NOUN_WORDS words: 'Vladimir Putin', 'net income'."""
    ratio = _ratio(token)
    if ratio:
        return ratio
    if token.pos_ == "PROPN":
        kinds: tuple = ("compound", "flat")
    else:
        kinds = NOUN_MODIFIERS
    first = token.i
    for t in reversed(token.doc[token.left_edge.i : token.i]):  # the unbroken run of modifiers ending at the noun
        attached = (
            t.dep_ in kinds
            or t.dep_ == "punct"
            and t.text == "-"
            or t.head.i != token.i
            and t.head.i >= t.i + 1
            and t.head.dep_ in kinds
        )
        if not attached or _time_word(t) or (token.pos_ == "PROPN" and t.pos_ != "PROPN"):
            break
        if t.text.endswith(".") and t.pos_ != "PROPN":
            break  # "£3.2m. Turnover": the end of an amount the parser ran on, not a word of the noun
        first = t.i
    while first < token.i and token.doc[first].is_punct:
        first += 1  # no phrase starts with a hyphen
    first, last = _hyphenated(token.doc, first, token.i)
    words = _text(token.doc, first, last).split()
    keep = NOUN_WORDS + 1 if len(words) > NOUN_WORDS and words[-NOUN_WORDS].lower() == "in" else NOUN_WORDS
    tokens = list(token.doc[first : last + 1])
    if len(words) > keep and len(tokens) == len(words) and keep > 1:
        opening = tokens[-keep]
        if any(c.dep_ in ("advmod", "npadvmod") and c.i < tokens[-keep].i for c in opening.children):
            keep -= 1  # "a privately built lunar lander" cut to three words: "lunar lander", not "built lunar
            # lander", a participle torn from the adverb that says how
        elif opening.dep_ == "nummod" and opening.head.i == opening.i - 1 and opening.like_num:
            keep += 1  # "the Formula 1 world championship": a number after the name it belongs to ("Formula 1",
            # "Terminal 5") stays with it, or it would read as a count ("1 world championship")
    if len(words) > keep and len(tokens) == len(words) and keep > 1 and token.pos_ != "PROPN":
        name = len(tokens) - keep
        while name > 0 and tokens[name].pos_ == "PROPN" and tokens[name - 1].pos_ == "PROPN":
            name -= 1  # "A Delta Air Lines plane landing": a name before a common noun the cut would split is kept
            # whole, not "Lines plane landing" (a person's titles before the name are cut as before)
        if name < len(tokens) - keep and tokens[name].pos_ == "PROPN":
            keep = len(tokens) - name
    if (
        len(words) <= NAME_WORDS
        and len(words) > keep
        and len(tokens) == len(words)
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != "PERSON" for t in tokens)
        and not any(t.lower_.rstrip(".") in TITLE_WORDS for t in tokens)
    ):
        keep = len(words)  # "the Sao Paulo Grand Prix": one name of a race, a place or a body is not cut in the
        # middle ("Paulo Grand Prix"); a person's titles before the name still are ("Minister Sergei Lavrov")
    words = words[-keep:]  # "one in five services": a ratio's first number stays with it
    event = misread_event_after(token)
    if event is not None and last == token.i:
        words = [*words[-(NOUN_WORDS - 1) :], event.text]  # "in Sunday's cup final", "final" read as an adjective:
        # the cup final, not the cup
    while len(words) > 1 and words[0].lower() in ("to", "up", "of", "than", "and", "least"):
        words = words[1:]  # "up to 15 centimetres" cut to its last words: "15 centimetres", not "to 15 centimetres";
        # "at least 120 people": "120 people", not "least 120 people"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    score = after is not None and after.i + 1 < len(token.doc) and token.doc[after.i + 1].text in ("-", "–", "—")
    if after is not None and after.dep_ == "nummod" and after.head.i == token.i and after.like_num and not score:
        words.append(after.text)  # "The British number one", "Terminal 5", "Article 50": the number after a noun
        # is part of its name, not a count; a score's first figure ("beat Aston Villa 2-0") is not
    return " ".join(words)


def _ratio(token: Token) -> str:
    """A number heading a ratio the parse split at "in" ("One in ten pupils": "One" with "in ten pupils" hung on it),
    whole; "" for any other token."""
    if token.pos_ != "NUM" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "in":
        return ""
    noun = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
    if token.nbor().head.i != token.i or noun is None or not any(c.dep_ == "nummod" for c in noun.children):
        return ""
    return _text(token.doc, token.i, noun.i)


def _hyphenated(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Tokens first..last widened to the whole of a hyphenated word they cut ("quarter" of "quarter-final", "final"
    of "semi-final", which the parser may split into two objects)."""
    while first >= 2 and doc[first - 1].text in ("-", "–") and not doc[first - 2].whitespace_:
        if doc[first - 1].whitespace_ or not doc[first - 2].is_alpha:
            break
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text in ("-", "–") and not doc[last].whitespace_:
        if doc[last + 1].whitespace_ or not doc[last + 2].is_alpha:
            break
        last += 2
    return first, last


def _with_conjuncts(token: Token) -> str:
    """A subject with the subjects joined to it: 'Putin and Alexander Lukashenko'."""
    names = [_compact(token)] + [_compact(c) for c in token.children if c.dep_ == "conj" and c.pos_ != "PRON"]
    return " and ".join(n for n in names if n)


def _verb_read_as_a_noun(token: Token, verb: Token) -> Token | None:
    """A clause's verb the parse read as a noun between a date and the verb it found: a word hung on a clause as a
    clause is ("advcl", "ccomp", "conj") with a subject of its own before it ("while France host Italy in Marseille
    on 15 February": "host", with "France" its subject). None when there is none."""
    tok = token
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in ("advcl", "ccomp", "conj")
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        ):
            return tok
    return None


# Prepositions that set a thing by a place near it: "the blaze near Bayindeen", "the camp outside Calais".
NEAR_PLACE_PREPOSITIONS = frozenset("near outside around beyond".split())


def _which_of_a_clause_or_thing(antecedent: Token) -> Token | None:
    """What a ", which" clause the parse hung on `antecedent` tells of, when that word cannot be it: a time word
    ("strikes are planned until 6am on 27 December, which will disrupt travel": the strikes, the subject of the
    clause the time ends) or a place set beside a thing ("The blaze near Bayindeen, which started last Thursday":
    the blaze started, not the town). The antecedent itself otherwise."""
    if _time_word(antecedent) and any(c.like_num for c in antecedent.lefts):  # "6am", "27 December", not "the
        # season, which began in September", a stretch the clause may tell of
        clause = next((t for t in antecedent.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else antecedent
    prep = antecedent.head
    if (
        antecedent.dep_ == "pobj"
        and antecedent.pos_ == "PROPN"  # a place's name, which the recogniser may not know
        and prep.lower_ in NEAR_PLACE_PREPOSITIONS
        and prep.head.pos_ == "NOUN"
    ):
        return prep.head
    return antecedent


def _clause_verb(span: Span) -> Token | None:
    """The verb an expression dates: the governing verb, or the relative clause of 'the first time in X that ...'."""
    tok = span.root
    if tok.dep_ == "ROOT":  # "The following year the span was lifted" parsed as a date the clause hangs on
        clause = next(
            (c for c in tok.children if c.dep_ in ("relcl", "acl", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")),
            None,
        )
        if clause is not None:
            return clause
        sent = tok.sent
        if sent[-1].text == ":" and sent.end < len(tok.doc):  # "March 2021: Westmere announces …", a chronology's
            after = tok.doc[sent.end].sent.root  # entry: the sentence after the colon tells what happened
            if after.pos_ in ("VERB", "AUX"):
                return after
    told = _clause_read_as_a_relative(span)
    if told is not None:  # "… and the following month she was named captain": her naming, not the clause before
        return told
    when = _when_clause_of_a_bound(span)
    if when is not None:  # "have backed such a change since 2015, when a similar bill was defeated": the defeat
        return when
    said = _day_of_what_was_said(tok)
    if said is not None:  # "Biden is expected to sign the bill Wednesday, the White House said": what was said
        return said
    for _ in range(6):
        rel = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")), None)
        if rel is not None and tok.lower_ in ("time", "occasion"):
            return rel
        if tok.head.i == tok.i:
            break
        tok = tok.head
    verb = governing_verb(span.root)
    if verb is not None and (misread := _verb_read_as_a_noun(span.root, verb)) is not None:
        verb = misread
    if (
        verb is not None
        and verb.lower_ in MONEY_UNITS
        and verb.i > 0
        and verb.doc[verb.i - 1].like_num
        and verb.head.i != verb.i
    ):
        verb = governing_verb(verb.head)  # "profit of between £80m and £90m for the year": the "m" read as a verb
    opener = _opening_participle(span, verb)
    if opener is not None:
        return opener
    main = _main_verb_after_a_court(span, verb)
    return main if main is not None else verb


# Nouns of a court or a hearing: a phrase naming one tells where a case was heard, so a date after it is the
# hearing's, not a deed the charge describes ("admitted arson with intent to endanger life at Leeds Crown Court").
COURT_WORDS = frozenset("court courts tribunal bailey magistrates inquest hearing sessions assizes".split())
# What a charge's infinitive or gerund is to the noun or verb it describes ("intent to endanger", "conspiracy to
# supply", "a charge of failing to stop").
CHARGE_CLAUSE_DEPS = frozenset({"acl", "pcomp", "xcomp", "relcl"})


def _main_verb_after_a_court(span: Span, verb: Token | None) -> Token | None:
    """The finite verb of the clause when the parse hung the date on an infinitive or gerund inside a charge (`verb`)
    right after a phrase naming a court: "Daniel Hirst, 34, admitted arson with intent to endanger life at Leeds
    Crown Court in October" dates the admitting, which the court heard, not the endangering the charge names; a
    court and its date are where and when the case was heard. None otherwise (no court phrase between the words of
    the charge and the date, or a finite verb itself)."""
    root = span.root
    if verb is None or verb.tag_ not in ("VB", "VBG") or verb.dep_ not in CHARGE_CLAUSE_DEPS - {"relcl"}:
        return None
    prep = root.head if root.dep_ == "pobj" else root
    if prep.head.i != verb.i:
        return None
    court = next(  # the phrase right before the date's, within the charge's words
        (
            c
            for c in verb.doc[verb.i + 1 : prep.i]
            if c.dep_ == "prep"
            and c.lower_ in ("at", "before")
            and c.right_edge.i == prep.i - 1
            and verb in c.ancestors
            and any(t.lower_ in COURT_WORDS or t.lemma_.lower() in COURT_WORDS for t in c.subtree)
        ),
        None,
    )
    if court is None:
        return None
    up = verb
    for _ in range(MAX_CHARGE_STEPS):
        if up.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in up.children
        ):
            return up if up.i != verb.i else None
        if up.dep_ not in CHARGE_CLAUSE_DEPS or up.head.i == up.i:
            return None
        above = governing_verb(up.head)
        if above is None:
            return None
        up = above
    return None


# How many clauses up from a charge's infinitive its finite verb may be ("admitted a charge of attempting to
# cause grievous bodily harm").
MAX_CHARGE_STEPS = 4


def _clause_read_as_a_relative(span: Span) -> Token | None:
    """The clause right after a date that opens a clause ("The following month she was named captain", "… and the
    following month she was named captain"), when the parse hung it on the date's noun as a relative clause with no
    relative word. A reader takes that clause as the one the date times. The date's own head is taken only when it
    follows the clause with nothing but a comma between ("The month she was born, her father left": a real relative
    clause, the leaving is timed); a head before the date ("moved in 2019 and the following month …"), or one after
    a comma and "and", is another clause."""
    root = span.root
    rel = next((c for c in root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")), None)
    if rel is None or rel.left_edge.i != span.end or root.dep_ not in ("npadvmod", "conj", "dep", "advmod"):
        return None
    subject = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    if any(c.lower_ in ("when", "where") for c in rel.children):
        return None
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    if before is not None and before.dep_ != "cc" and before.text != ",":
        return None  # "in the month she was named captain": a phrase in another clause
    head = root.head
    if head.i > rel.right_edge.i and not any(t.dep_ == "cc" for t in doc[rel.right_edge.i + 1 : head.i]):
        return None
    return rel


# Prepositions that make a date a bound the clause's verb runs from or up to ("since 2015", "until March"), not
# the time of that verb.
BOUND_PREPOSITIONS = frozenset({"since", "until", "till"})
# Verbs of a state or level a "when" clause may tell of its date, which is no event of it.
STATE_VERBS = frozenset({"be", "stand", "remain", "sit", "stay", "have", "lie"})
# Words that set a date against the clause's own time: "rose faster than in 2020", "as high as in 2008".
COMPARING_WORDS = frozenset({"than", "as"})


def _when_clause_of_a_bound(span: Span) -> Token | None:
    """The verb of a "when" clause hung on a date that only bounds or compares the clause around it ("It is the
    first time MPs have backed such a change since 2015, when a similar bill was defeated", "the river rose faster
    than in 2020, when Storm Dennis flooded hundreds of homes"): what happened at that date is the "when" clause,
    as the main verb runs from it or is set against it. None for a date the main verb happens at ("He joined in
    1998, when he was 16"), or a date with no such clause."""
    root, doc = span.root, span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "when":
        return None
    rel = doc[span.end + 1].head  # the parse may hang the clause on the date or, as "advcl", on the main verb
    if rel.pos_ not in ("VERB", "AUX") or rel.tag_ not in ("VBD", "VBN") or rel.i <= span.end + 1:
        return None
    if rel.lemma_.lower() in STATE_VERBS:
        return None  # "cut rates six times since August 2024, when they stood at 5.25%": a level then, no event
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ in BOUND_PREPOSITIONS:
        return rel
    if prep.head.lower_ in COMPARING_WORDS or (prep.i > 0 and span.doc[prep.i - 1].lower_ in COMPARING_WORDS):
        return rel
    return None


def _opening_participle(span: Span, verb: Token | None) -> Token | None:
    """The bare participle opening the sentence whose phrase the date closes, when the parse hung the date on the
    main verb after it ("Born in Enugu, Nigeria, in 1938, she moved to London in 1959": the birth is in 1938, not the
    move): the date lies after the participle, before the main verb's subject, and a comma fences it off from what
    follows. A participle with a word of time of its own ("After graduating, in 1960 she moved") is left alone."""
    if verb is None or span.end >= len(span.doc) or span.doc[span.end].text != ",":
        return None
    opener = next((c for c in verb.children if c.dep_ == "advcl" and c.i == c.sent.start), None)
    if opener is None or opener.tag_ not in ("VBN", "VBG") or opener.i >= span.start:
        return None
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in opener.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i < span.end or verb.i < span.end:
        return None
    return opener


# The short units after a sum of money ("£90m", "$2bn"), which the parser may read as a verb.
MONEY_UNITS = frozenset({"m", "bn", "mn", "k", "tn", "b"})


def _dated_noun(span: Span) -> Token | None:
    """The noun a date modifies, when it does: 'ruling' in "Thursday's ruling", 'earnings' in "fourth-quarter
    earnings", 'service' in "a Sunday night memorial service"; None when the date stands for itself."""
    root = span.root
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ == "NOUN"
        and head.head.i < head.i
        and head.head.lower_ not in ("time", "occasion")
        and head.head.ent_type_ not in TIME_LABELS
    ):
        root, head = head, head.head  # "a loss for the second quarter": the loss
    if span.end < len(span.doc) and nlp.dash_between_spaces(span.doc[span.end]):
        return None  # a chronology's "Monday - Transport Secretary Fiona Hyslop visits": the entry's day, no noun's
    measured = _measured_noun(span)
    if measured is not None:
        return measured
    if (
        root.dep_ in NOUN_DATE_DEPS + ("prep",)
        and head.i != root.i
        and head.i not in range(span.start, span.end)
        and head.pos_ in ("NOUN", "PROPN")
    ):
        if root.dep_ == "poss" and head.lower_ == "time":
            return None  # "will open in two years' time": the length says when, "time" is no thing it dates
        while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
            head = head.head
        return head if _words(head) else None
    return None


def _possessive(noun: Token) -> str:
    """A noun as an owner: "Tom Baines's", "the dolls'" (a plural's apostrophe alone)."""
    words = _compact(noun)
    return f"{words}'" if noun.tag_ in ("NNS", "NNPS") and words.endswith("s") else f"{words}'s"


def _measured_noun(span: Span) -> Token | None:
    """The noun a stretch of time measures through "of" right after it ("ending a month of talks", "facing two days of
    disruption", "after a decade of growth"): what lasted that long is the event, not the verb that holds the
    stretch; None when no such noun follows, or when the noun is a time itself ("the summer of 2022")."""
    root = span.root
    if span.end >= len(span.doc) or span.doc[span.end].lower_ != "of" or span.doc[span.end].head.i != root.i:
        return None
    if not any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
        return None  # a count of days or years, not a month named ("bombings this month of embassies")
    noun = next((c for c in span.doc[span.end].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in TIME_LABELS or not _words(noun):
        return None
    if _counted_from_noun(span) is not None:
        return None  # "replaced the sensors within three months of the crash": counted from the crash, which did
        # not last three months; the replacing is what happened then
    return noun


# Prepositions by which a length describes the thing before it: "a trial over two years", "a loan for five years".
LENGTH_OF_A_THING_PREPOSITIONS = ("over", "for", "lasting", "spanning")


def _length_of_a_thing(span: Span) -> bool:
    """Whether the length `span` hangs by "over" or "for" on a noun that is no time itself ("a larger trial over two
    years would begin in the autumn", "a loan for five years"): how long that thing lasts from its own start, which
    is not publication; a stretch next to now ("a plan for the next five years") is left to the stretch rules."""
    inside = span[0].lower_ in LENGTH_OF_A_THING_PREPOSITIONS  # "over two years" read with its cue
    length = span[1:] if inside else span
    if (span.start == 0 and not inside) or not len(length) or BARE_STRETCH.match(length.text):
        return False
    if PERIOD_WORDS.match(length.text) or _superlative_in(span.doc.text[span.sent.start_char : length.start_char]):
        return False  # "the fastest pace for three years": counted back from now
    prep = span[0] if inside else span.doc[span.start - 1]
    if prep.lower_ not in LENGTH_OF_A_THING_PREPOSITIONS or prep.dep_ != "prep" or length.root.head.i != prep.i:
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.ent_type_ not in TIME_LABELS and not _time_word(noun)


# Nouns of a standing rule a clause may set out: "the target, under which 92% of patients should start treatment
# within 18 weeks", "a rule requiring firms to report within 72 hours".
STANDING_RULE_NOUNS = frozenset(
    {"target", "standard", "rule", "requirement", "guideline", "guidance", "law", "regulation"}
)
# Words of a share of a kind: "92% of patients", "most of patients" is not English, but "the majority of patients".
SHARE_WORDS = frozenset({"%", "percent", "cent", "most", "half", "majority", "minority", "third", "quarter", "fifth"})
# Modals and phrases of what ought to be: "patients should be seen", "firms must report", "are meant to be treated".
OUGHT_WORDS = frozenset({"should", "must", "ought", "meant", "supposed", "required"})
# How many heads up from "within" a standing rule's subject or noun is looked for.
RULE_HEAD_STEPS = 6


def _kind(token: Token) -> bool:
    """Whether `token` names a whole kind, not some ones the text knows: a plural noun with no determiner, owner or
    number ("patients", "new firms")."""
    return token.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in token.children
    )


def _share_of_a_kind(token: Token) -> bool:
    """Whether `token` is a share of a whole kind: "92% of patients", "half of new firms"."""
    if token.lower_ not in SHARE_WORDS and token.lemma_.lower() not in SHARE_WORDS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _kind(o) for o in c.children)
        for c in token.children
    )


def _standing_rule(span: Span) -> bool:
    """Whether the length `span`, after "within", is a time limit of a standing rule or a measure against one: in a
    clause on a rule's noun ("the target, under which 92% of patients should start treatment within 18 weeks"), in
    what a whole kind ought to do ("patients should be seen within 18 weeks", "firms must report within 72 hours"),
    or in what share of a kind did ("76.7% of patients were diagnosed within 28 days"). Each case is counted from its
    own start (a referral, an arrival), so the length is no stretch of the calendar. A rule's clause counts only
    when a whole kind is its subject or object. What a named body or a known thing must do ("The company must repay
    the loan within 30 days") is a told event and is not matched."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "within":
        return False
    word = span.doc[span.start - 1]
    verb = word.head
    ought = kinds = False
    for _ in range(RULE_HEAD_STEPS):
        if verb.pos_ in ("VERB", "AUX"):
            kinds = kinds or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _kind(c) for c in verb.children)
            ought = ought or any(
                c.dep_ in ("aux", "auxpass", "acomp", "xcomp") and c.lower_ in OUGHT_WORDS for c in verb.children
            )
            ought = ought or (verb.lower_ in OUGHT_WORDS and verb.dep_ in ("ROOT", "ccomp", "relcl", "conj"))
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and _share_of_a_kind(subject):
                return True  # "92% of patients should start treatment", "76.7% of patients were diagnosed"
            if subject is not None and ought and _kind(subject):
                return True  # "patients should be seen within 18 weeks"
            if kinds and verb.dep_ == "relcl" and verb.head.lemma_.lower() in STANDING_RULE_NOUNS:
                return True  # "the target, under which patients should …"
        elif kinds and verb.pos_ == "NOUN" and verb.lemma_.lower() in STANDING_RULE_NOUNS:
            return True  # "a target of seeing patients within 18 weeks", "a rule requiring firms to report within"
            # ("a target of clearing the backlog within 18 months" is one thing to be done, from now)
        if verb.head.i == verb.i or verb.dep_ in ("advcl",):
            break
        verb = verb.head
    return False


def _counted_from_noun(span: Span) -> Token | None:
    """The event a length "within" counts from, named by a definite noun after "of" ("within three months of the
    crash", "within a year of its opening"); None for any other span."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "within" or span.end >= len(span.doc):
        return None
    of = span.doc[span.end]
    if of.lower_ != "of" or of.head.i != span.root.i:
        return None
    noun = next((c for c in of.children if c.dep_ == "pobj"), None)
    if (
        noun is None
        or noun.pos_ != "NOUN"
        or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    ):
        return None
    return noun


def _one_noun_read_as_two(subject: Token) -> str:
    """The words of a noun the parse split at "of" ("A proceeds of crime hearing", "a state of emergency
    declaration"), when a plural head has "a" or "an" (which no plural takes) and the object of its "of" is a
    singular noun: the whole phrase from the plural to that noun, which is its head; "" for any other subject."""
    if subject.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return ""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    head = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if head is None or head.tag_ != "NN" or not _words(head) or head.i - subject.i >= EVENT_WORDS:
        return ""
    return _text(subject.doc, subject.i, head.i)


def _entry_words(first: Span) -> str:
    """A chronology entry's clause in its own words, at most EVENT_WORDS of them, ending on a word that carries
    meaning (no dangling "along", "the" or comma)."""
    words = [t for t in first if not (t.is_punct and t.i == first.start)]
    words = words[:EVENT_WORDS]
    while words and (words[-1].is_punct or words[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON")):
        words.pop()
    return "".join(t.text_with_ws for t in words).strip() if words else ""  # "Ashford's", as written


# The most words a live entry's first sentence with no verb may have to be a greeting that opens it ("Good
# afternoon.", "Welcome back."), not its news told without a verb ("Storm warning extended to Wales").
GREETING_WORDS = 3


def _noun_read_as_a_verb(opening: Token, first: Span) -> bool:
    """Whether an entry's first word, read as the root verb of its sentence in the present, has no subject but a
    clause after it ("Reports that Ashford's move has collapsed", "Claims that the deal is off"): a headline's noun
    the tagger read as a verb, as no verb of the present opens a sentence without its subject."""
    return (
        opening.dep_ == "ROOT"
        and opening.tag_ in ("VBZ", "VBP")
        and opening.i == first.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in opening.children)
        and any(c.dep_ == "ccomp" for c in opening.children)
    )


def _verb_read_as_a_name_word(head: Token) -> str:
    """The words of a sentence with no verb, from its start to its root name, when a lowercase word among the
    name's modifiers stands between two names ("Westbridge host Kingsford on Saturday", "Harton face Dunmore"):
    the parse read the verb as part of one long name, so the whole is the clause; "" for any other head."""
    if head.dep_ != "ROOT" or head.pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in head.sent):
        return ""
    start = head.sent.start
    words = head.doc[start : head.i + 1]
    inner = [t for t in words[1:-1] if t.is_lower and t.is_alpha]
    if len(inner) != 1 or inner[0].dep_ != "compound" or inner[0].pos_ != "NOUN" or not words[0].is_title:
        return ""
    if head.i - start + 1 > EVENT_WORDS:
        return ""
    return words.text


def _subject_after(verb: Token, after: int) -> Token | None:
    """The subject of `verb` that lies after character `after` (the end of a dateline): the parse may take the
    dateline's place for the subject and hang the real one on it ("OSLO, Feb 6 (Reuters) - Norwegian shipping group
    Halvorsen Maritime reported": the group)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _apposition_before_and(c, verb)]
    subjects = [  # "A magnitude 6.1 earthquake struck": the parse may split a noun's modifier off as a subject of its
        # own right before it; the noun that ends the run is the subject
        c
        for c, d in zip(subjects, [*subjects[1:], None])
        if d is None or c.right_edge.i + 1 != d.left_edge.i or d.i > verb.i
    ]
    found = next((c for c in subjects if c.idx >= after), None)
    joined = next((c for c in found.children if c.dep_ == "appos"), None) if found is not None else None
    if (
        joined is not None
        and found.i > 0
        and re.fullmatch(r"\d{1,4}(?:[:.]\d\d)?", found.nbor(-1).text)
        and re.fullmatch(ZONE, found.text)
        and any(t.text == ":" for t in found.doc[found.i : joined.i])
    ):
        return joined  # "11:05 GMT: Network Rail says": a live entry's clock time, its zone read as the subject
        # with the one after the colon set beside it
    if joined is not None and found.pos_ == "NOUN" and joined.left_edge.i == found.i + 1 and found.nbor(1).like_num:
        return joined  # "A magnitude 5.8 earthquake struck", "a category 4 storm hit", read as "magnitude" with "5.8
        # earthquake" set beside it: the noun that ends the phrase is the subject, the number its measure
    if found is not None or not subjects:
        return found
    named = next((c for c in subjects[0].children if c.dep_ == "appos" and c.idx >= after), None)
    name = next((c for c in named.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if named else None
    return name or named  # "shipping group Halvorsen Maritime": the name


# Bodies that hear evidence: "The court heard that …".
HEARING_BODIES = frozenset(
    "court jury inquest tribunal hearing trial inquiry committee panel magistrates judge coroner".split()
)
# What such a body does itself after hearing, told as a verb joined to "heard": "heard … and adjourned".
HEARING_ACTS = frozenset("adjourn retire rise recess sit return acquit convict sentence".split())


def _heard_clause_before(verb: Token) -> Token | None:
    """The verb of a "that" clause a hearing body heard, when `verb`, joined by "and" to "heard" after that clause,
    with no subject, object or passive of its own, is that clause's second verb: "The court heard that Lowry was
    treasurer for six years and resigned in March 2024" (Lowry resigned, not the court). A body's own act ("and
    adjourned", "and was shown CCTV", "and adjourned the case") stays the body's."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() != "hear" or verb.lemma_.lower() in HEARING_ACTS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "dobj") for c in verb.children):
        return None
    body = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if body is None or body.lemma_.lower() not in HEARING_BODIES:
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "ccomp"
            and head.i < c.i < verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        ),
        None,
    )


def _apposition_before_and(subject: Token, verb: Token) -> bool:
    """Whether a joined verb's subject is a phrase set off by commas before ", and" ("was appointed in 1991, the first
    woman to hold the post, and retired in 2002"): an apposition to the clause before, which the parse took for the
    subject; a subject is never cut from its verb by ", and"."""
    if verb.dep_ != "conj" or subject.i > verb.i:
        return False
    doc = subject.doc
    before = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return (
        before is not None
        and before.text == ","
        and verb.i >= 2
        and doc[verb.i - 2].text == ","
        and doc[verb.i - 1].lower_ == "and"
        and subject.i < verb.i - 2
    )


# Adverbs that complete a verb as a particle does, right after it ("has been out since August", "was back on Monday";
# not "spent £4.2m, up from £3.1m").
PARTICLES = {"out", "back", "away", "off", "home", "over", "up", "down", "forward", "ahead"}

# Nouns of asking that tell nothing without whose they were: "at the request of police", "at the invitation of the
# mayor".
ASKING_NOUNS = {"request", "invitation", "behest", "insistence", "urging", "suggestion", "order", "orders"}

# Personal pronouns kept as an event's subject when the event would otherwise be a bare verb ("He is 71 now").
PERSONAL = frozenset({"i", "we", "you", "he", "she", "they", "it"})

# Pronouns that open a relative clause as its subject: its noun is the subject then.
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}


# The event of a date in a dateline: the day the story was filed from the place it names.
DATELINE_EVENT = "story filed (dateline)"


# Participles of being questioned that open a clause of the answer: "Asked on Friday whether …, she said",
# "Pressed on Sunday about the cuts, the minister refused to …".
QUESTIONED_PARTICIPLES = frozenset("ask press question quiz challenge grill probe".split())


def _put_a_question(verb: Token) -> bool:
    """Whether `verb` is a bare passive participle of questioning ("Asked on Friday …") hung on the clause of the
    answer, whose subject is the one questioned: the answer is the event, given when the question was put."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in QUESTIONED_PARTICIPLES
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "advmod") for c in verb.children)
        and verb.i < verb.head.i  # opening the clause of the answer; "said when asked Thursday" keeps the asking
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" for c in verb.head.children)
    )


# A stretch named by the day it begins ("the week beginning 8 June", "the fortnight starting 3 May"): the participle
# only names the stretch, and the event is what the clause does with it. "Ending" is left as it is: TimeML marks the
# end of a company's year as an event of its own ("the fiscal year ending June 30"), and the benchmark scores that.
NAMING_BOUND_VERBS = {"begin", "start", "commence"}
NAMED_BY_A_BOUND = {"week", "weekend", "fortnight", "month", "period", "year", "quarter"}


# "since" and a thing named right before its date: "since the Budget last year", "since the crash on Monday", "since
# the general election in May": the date is the thing's, and what is counted from it runs up to now.
SINCE_A_THING_BEFORE = re.compile(
    r"\bsince\s+(?:the|a|an|his|her|their|its|our|last)\s+(?P<thing>(?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*)"
    r"\s+(?:(?:in|on|at)\s+)?$"
)


# Words that are no part of the thing's name ("since the floods of 2014": the parse finds the floods itself).
THING_STOP_WORDS = frozenset({"of", "for", "to", "from", "by", "with", "and", "or", "than", "when", "that", "which"})


def event_phrase(doc: Doc, start: int, end: int, to_come: bool = False) -> str:
    """What happened at the expression start..end (see `_event_phrase`); for a length "within" an event ("replaced
    the sensors within three months of the crash") what was done, and after what: "operator replaced sensors after
    crash", since the length counts from that event and means nothing without it."""
    since = SINCE_A_THING_BEFORE.search(doc.text, max(0, start - 60), start)
    if since is not None and not to_come and not THING_STOP_WORDS & set(since["thing"].lower().split()):
        return since["thing"]  # "prices have risen since the Budget last year": last year's is the Budget
    span = doc.char_span(start, end, alignment_mode="expand")
    opener = _run_in_heading_end(span) if span is not None and len(span) else None
    if opener is not None:  # "Mr Justice Fraser says In landmark ruling on 16 December 2019, the High Court found":
        # the sentence after the heading, read alone, tells what happened then (not the heading's saying)
        sentence = nlp.pipe([nlp.doc_text(doc)[opener.idx : span.sent.end_char]])[0]
        return event_phrase(sentence, start - opener.idx, end - opener.idx, to_come)
    phrase = _event_phrase(doc, start, end, to_come)
    origin = _counted_from_noun(span) if span is not None and len(span) else None
    if origin is None or not phrase or re.search(rf"\b{re.escape(origin.text)}\b", phrase, re.I):
        return phrase
    return f"{phrase} after {_compact(origin)}"


# A figure set against a time in the past right after it: "down from 5.4% a year ago", "up from £198m a year
# earlier", "compared with 3.1% in 2019".
FIGURE_FROM_BEFORE = re.compile(
    r"\b(?:(?:down|up|rising|falling|rose|fell|climbing|dropping)\s+from|compared\s+with|against)\s+"
    r"(?P<figure>[£$€]?\d[\d.,]*\s*(?:%|per\s+cent|p|m|bn|k|million|billion|trillion)?)\s+(?:in\s+|on\s+)?$",
    re.I,
)


# Words that open a sentence and are never capitalised inside one: "In", "On", "After" … right after a verb mark
# where a heading run into the text ends ("Mr Justice Fraser says In landmark ruling, the High Court found").
SENTENCE_OPENERS = frozenset(
    "In On At After Before During Following Since Earlier Later Last This Yesterday Meanwhile However".split()
)


def _run_in_heading_end(span: Span) -> Token | None:
    """The capitalised opener of the sentence a heading ending in a verb ran into, before `span` in its sentence
    ("Police chief says On Tuesday night, officers arrested three men": "On"); None when there is none."""
    for token in span.sent[1:]:
        if token.i >= span.start:
            return None
        before = token.doc[token.i - 1]
        if (
            token.text in SENTENCE_OPENERS
            and before.tag_ in ("VBZ", "VBD", "VBP")
            and before.text.isalpha()
            and before.text.islower()
        ):
            return token
    return None


def _state_of_a_cause(noun: Token) -> Token | None:
    """The adjective complement a cause `noun` hangs on, directly or by its "to" ("was due to illness", "which was
    due to a strike"): the state the clause tells, which the cause completes. None otherwise."""
    if noun.head.dep_ == "acomp":
        return noun.head
    prep = noun.head
    if prep.dep_ == "pcomp" and prep.pos_ == "ADP" and prep.head.dep_ == "acomp" and due_to_a_cause(prep.head):
        return prep.head
    return None


def _name_of_a_numeral(word: Token) -> Token | None:
    """The name a capital "I" read as the pronoun numbers, when it stands right after a proper name ("Charles I",
    "Artemis I", "Apollo I"): the Roman numeral of a king, a ship or a mission. None otherwise."""
    if word.text != "I" or word.tag_ != "PRP" or word.i == 0:
        return None
    name = word.doc[word.i - 1]
    if name.pos_ != "PROPN" or not name.is_alpha or not name.text[:1].isupper() or not name.whitespace_:
        return None
    return name


# What a name told something is to its verb ("He told John I would resign"): then the "I" after it is the pronoun.
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "attr", "oprd"})


def _noun_after_a_numbered_name(verb: Token | None) -> str | None:
    """ "Artemis I flight" when the parse read a numbered name's noun as a verb with the numeral "I" as its subject
    ("the uncrewed Artemis I flight in 2022", "the Apollo I fire in 1967"): the name, led by an article or an
    adjective as a noun phrase is and a pronoun's sentence is not, and the bare word after it with nothing of a
    clause of its own (no auxiliary, no object) make one noun, the thing the date is of. None otherwise."""
    if verb is None or verb.tag_ not in ("VBP", "VB") or verb.i == 0 or not verb.is_lower:
        return None
    numeral = verb.doc[verb.i - 1]
    name = _name_of_a_numeral(numeral)
    if name is None or numeral.head.i != verb.i or numeral.dep_ != "nsubj":
        return None
    if not any(c.dep_ in ("det", "amod") for c in name.children):
        return None  # "He told John I quit in May": a sentence of its own
    if any(c.dep_ not in ("nsubj", "prep", "punct") for c in verb.children):
        return None
    return f"{_compact(name)} {numeral.text} {verb.text}"


def _figure_set_against(span: Span) -> str | None:
    """ "subject was FIGURE" for a past date a figure is set against ("The average deal is now 4.8%, according to
    Moneyfacts, down from 5.4% a year ago": "deal was 5.4%"): the date is when the thing the sentence measures stood
    at that figure, not when the clause's verb (or an aside's "according") happened. None when no such figure stands
    right before the date, or the clause measured has no subject of its own in words."""
    doc = span.doc
    text = nlp.doc_text(doc)
    sentence = span.root.sent
    against = FIGURE_FROM_BEFORE.search(text, max(sentence.start_char, span.start_char - 40), span.start_char)
    if against is None:
        return None
    root = sentence.root
    if root.lemma_.lower() in REPORTING_VERBS:  # "Unemployment rose to 5.1%, up from 4.3% a year earlier, the ONS
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)  # said": the rise is what is measured
        root = said if said is not None else root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ in ("PRON", "NUM") or not _words(subject) or subject.i > span.start:
        return None
    figure = " ".join(against["figure"].split())
    be = "were" if subject.tag_ in ("NNS", "NNPS") else "was"  # "insurance claims were 8%"
    return f"{_compact(subject)} {be} {figure}"


# Words of a plan that take an infinitive: "was due to lapse", "is set to expire", "were expected to close".
PLAN_BEFORE_TO = frozenset("due set expected scheduled slated poised planned likely about".split())


def _infinitive_read_as_a_noun(noun: Token) -> str | None:
    """ "subject to verb" when the parse read the infinitive after a word of a plan as "to" and a noun ("funding was
    due to lapse at midnight", with "lapse" a noun after the preposition "to"): the plan's event, as "The strike is
    due to start on Monday" gives "strike to start"; None when the noun is no such misread verb."""
    if noun.i < 2 or noun.tag_ not in ("NN", "VB", "VBP"):
        return None
    to, plan = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    if to.lower_ != "to" or to.head.i != plan.i or noun.head.i not in (to.i, plan.i):
        return None  # the parse hangs the noun on "to" ("due to lapse") or on the plan's word itself
    if plan.lower_ not in PLAN_BEFORE_TO or plan.dep_ not in ("acomp", "ROOT", "xcomp"):
        return None
    if noun.lower_ not in lemma_index().get("verb", ()) or noun.lower_ in lx.WEATHER_VERBS:
        return None  # "was due to illness on Monday": a cause, no verb the parse misread
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in noun.children):
        return None  # "was due to the storm", "set to a new high": a real noun phrase
    be = plan.head if plan.dep_ == "acomp" else plan
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or not _words(subject):
        return None
    return f"{_compact(subject)} to {noun.text}"


# Words opening a clause of time that the parse may hang on the clause's subject when it misses the verb.
TIME_CLAUSE_OPENERS = frozenset({"when", "after", "before", "until", "as", "once", "while"})


def _clause_of_when_read_as_a_noun(span: Span) -> str | None:
    """ "subject verb object" of a clause of "when" (or "after", "before") whose verb the parse read as an adjective
    of the object, so that it hung the clause on its subject, a noun ("The fraud came to light when the son of one
    victim, Margaret Price, 84, noticed payments in March": "son" heads the clause, "noticed" an adjective of
    "payments"): the date in it is the son's noticing, not the coming to light. None when the date stands in no
    such clause, or its words hold no verb of the past to tell it by."""
    noun = next(
        (
            t
            for t in [span.root, *span.root.ancestors]
            if t.dep_ == "advcl"
            and t.pos_ in ("NOUN", "PROPN")
            and any(c.lower_ in TIME_CLAUSE_OPENERS and c.dep_ in ("advmod", "mark") and c.i < t.i for c in t.children)
        ),
        None,
    )
    if noun is None or not _words(noun):
        return None
    verb = next(
        (
            t
            for t in noun.subtree
            if t.i > noun.i and t.tag_ in ("VBD", "VBN") and t.dep_ in ("amod", "acl") and t.head.i > t.i
        ),
        None,
    )
    if verb is None or verb.i > span.start:
        return None
    thing = _compact(verb.head)  # the object, with the verb the parse took for its modifier ("noticed payments")
    return f"{_compact(noun)} {thing if thing.startswith(verb.text + ' ') else verb.text + ' ' + thing}"


def _event_phrase(doc: Doc, start: int, end: int, to_come: bool = False) -> str:
    """What happened at the expression start..end: subject, verb (with negation and particle) and object, or the
    event noun the date modifies ("Thursday's ruling"), in whole words. `to_come`: the date is after publication,
    so a past clause inside a clause of the future cannot be what happens then ("Parents will be told which school
    they have been offered on March 3": the telling)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    # a dateline ("VELNA, Oct 9 - The Civic Union won … on Sunday") dates the filing of the story, not the events of
    # the sentence it opens: those have their own dates ("on Sunday"). Its place comes first: a date opening the
    # paragraph itself ("January 8, 2024 - Heavy rain raises …") is a chronology's entry, which dates its sentence.
    after = dateline_end(nlp.doc_text(doc))
    if 0 < start and end <= after and nlp.doc_text(doc)[:start].strip():
        return DATELINE_EVENT
    if (record := _record_of_a_length(span)) is not None:
        return record  # "rose to 5.1%, a four-year high": what is the highest in four years
    nested = _year_of_a_nested_noun(span)
    if nested is not None:  # "winner of the 2002 Nobel Peace Prize, has died": the prize is the year's, not the dying
        return _compact(nested)
    owned = _owned_by_its_date(span, to_come)
    if owned is not None:  # "for this summer's event", "witnesses to Sunday's crash": the event is the date's own
        return _compact(owned)  # noun, not what the clause does with it (the naming, the appealing)
    misread_run = _present_read_as_a_plural(span) or _present_after_an_opener(span)
    if misread_run is not None:  # "an exhibition at the town museum runs until the end of October": the running
        owner, word = misread_run
        return f"{_compact(owner)} {word.text}"
    if (numbered := _noun_after_a_numbered_name(_clause_verb(span))) is not None:
        return numbered  # "following the uncrewed Artemis I flight in 2022": the flight, not "I flight"
    noun = _dated_noun(span)
    if noun is not None and _saying_read_as_a_noun(noun, span):
        noun = None  # "figures published on Thursday show": the date is the publishing's, "show" no thing shown
    verb = _clause_verb(span)
    if (misread_clause := _clause_of_when_read_as_a_noun(span)) is not None:
        return misread_clause  # "came to light when the son of one victim, Margaret Price, noticed payments in
        # March": the son's noticing, not "came"
    if not to_come and (earlier := _figure_set_against(span)) is not None:
        return earlier  # "is now 4.8%, … down from 5.4% a year ago": what was 5.4% then, not the rate now
    if noun is not None and (planned := _infinitive_read_as_a_noun(noun)) is not None:
        return planned  # "hours before funding was due to lapse at midnight": the lapsing, as "is due to start"
    if (
        verb is not None
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in NAMING_BOUND_VERBS
        and verb.i > 0
        and verb.doc[verb.i - 1].lemma_.lower() in NAMED_BY_A_BOUND
        and span.start == verb.i + 1  # the day right after it; "a month beginning in June" tells of a beginning
    ):
        # "a trial was fixed for the week beginning 8 June": the day names the week, which the fixing dates (the
        # parse hangs the participle on the week or, as a preposition, on the verb)
        verb = governing_verb(verb.doc[verb.i - 1])
    text = nlp.doc_text(doc)
    entry = ENTRY_AFTER_DATE.match(text, span.end_char) if not text[: span.start_char].strip() else None
    if entry is None and not text[: span.start_char].strip() and CLOCK_ENTRY.fullmatch(span.text):
        entry = AFTER_CLOCK_ENTRY.match(text, span.end_char)  # "17:20 A reminder that …": a live page's entry
    if entry is not None and (opening := next((t for t in doc[span.end :] if not t.is_punct), None)) is not None:
        if _noun_read_as_a_verb(opening, doc[opening.i : opening.sent.end]):
            # "22:48 Reports that Ashford's move has collapsed": told in its own words
            return _entry_words(doc[opening.i : opening.sent.end])
    if entry is not None and (verb is None or verb.i < span.end):  # "14:02 - The Met Office has extended …": the
        # parse made the entry's date a sentence of its own; the event is the clause after its dash
        opening = next((t for t in doc[span.end :] if not t.is_punct), None)
        first = doc[span.end : opening.sent.end] if opening is not None else doc[span.end : span.end]
        if (
            opening is not None
            and opening.sent.end < len(doc)
            and CLOCK_ENTRY.fullmatch(span.text)  # a live page's entry; a chronology's "Harrow Water appeals." is news
            and not any(t.pos_ in ("VERB", "AUX", "PROPN", "NUM") for t in first)
            and len([t for t in first if not t.is_punct]) <= GREETING_WORDS
        ):  # "12:10 Good afternoon. Eleven clubs have yet to make a signing": a greeting opens the entry; the news
            # is the sentence after it
            first = doc[opening.sent.end : doc[opening.sent.end].sent.end]
        verb = next(  # the entry's first sentence, whose verb the tagger may read as a noun ("The pandemic grounds
            # the fleet"): a root with an object acts as one; else the first verb after the date
            (
                t
                for t in first
                if t.dep_ == "ROOT" and (t.pos_ in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in t.children))
            ),
            next((t for t in doc[span.end :] if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), verb),
        )
        if (verb is None or verb.i >= first.end) and any(_words(t) for t in first):
            return _entry_words(first)  # "June 2024 - Residents report dead fish. The company says …": the tagger
            # found no verb in the entry's own clause ("report" read as a noun); the next sentence's verb is another
            # event, so the entry is told in its own words
    if verb is not None and verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    if verb is not None and _put_a_question(verb):
        verb = verb.head  # "Asked on Friday whether cuts were inevitable, Ms Moreton told LBC": what she did then was
        # answer; the asking was done to her
    if verb is not None and (outcome := compared_outcome(verb)) is not None:
        verb = outcome  # "borrowing was higher than expected in January": the date is the borrowing's, which the
        # expectation is only the yardstick of
    if verb is not None and (told := _told_after_that(verb, span)) is not None:
        verb, noun = told, None  # "The court heard that between March 2021 and October 2023 Pollard took deposits":
        # the taking, which the parse cut off from the hearing the dates were hung on
    if verb is not None and (relative := _relative_clause_around(span, verb)) is not None:
        verb, noun = relative, None  # "Pell, who ran the Willow Bank care home from 2015 until …, moved money": the
        # running, which the parse cut short, not the moving of the clause the relative one interrupts
    if (
        verb is not None
        and span[0].lower_ == "that"
        and span[0].dep_ == "mark"
        and len(span) == 2
        and span[1].lower_ in THAT_PERIODS
        and (span.end == len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ"))  # "reported that
        # third-quarter profit grew": a true "that", opening the clause of the figure
        and span.start > 0
        and (before := doc[span.start - 1]).pos_ == "VERB"
        and verb.i > span.end
    ):
        verb = before  # "An inquiry began that summer and reported in 2021": the parse took "that" for the opener of
        # the clause after the date; the date is the verb's right before it
    if verb is not None and (offence := _offence_read_as_a_verb(verb, span)) is not None:
        return offence  # "pleaded guilty to fraud by abuse of position between 2019 and 2023": the fraud
    misread = present_read_as_another_word(span.root) or next(  # "7pm on Friday": the clock's own preposition
        (w for t in span if t.dep_ == "pobj" and (w := present_read_as_another_word(t)) is not None), None
    )
    if misread is not None and misread.dep_ == "ROOT" and verb is None:
        verb = misread  # "Doors open at 7pm on Friday": the opening, which the parse read as an adjective
    if misread is not None and misread.dep_ == "conj":  # "Polling stations opened at 7am and close at 10pm": the
        verb = misread  # closing, which the parse read as an adjective, not the opening it is joined to
    if misread is not None and misread.dep_ == "amod":  # "Gates open at noon": the noun the parse hung the verb on
        # as an adjective is its subject; or the plural heading a sentence with no verb ("Entries for the race open")
        owner = misread.head if misread.head.i == misread.sent.start else misread.sent.root
        return f"{_compact(owner)} {misread.text}"
    owner = _with_phrase_noun(span)
    if owner is not None:
        return " ".join(_compact(owner).split()[:EVENT_WORDS])  # "…, with the second leg a week later": the second
        # leg is what comes then, not the first clause's event
    if (
        verb is not None
        and _with_absolute_misread(verb)
        and all(c.dep_ in BARE_CLAUSE_DEPS for c in verb.children)  # a participle has its complement ("with a
        # third of entries graded A"); a noun read as a verb, only the words of when
    ):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and _words(subject):  # "with the return leg at Moor Lane ground ten days later":
            return " ".join(_compact(subject).split()[:EVENT_WORDS])  # the return leg is what comes then
    if (
        verb is not None
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.dep_ == "relcl"
        and verb.i > 0
        and verb.doc[verb.i - 1].is_punct
        and not any(c.dep_ in ("dobj", "nsubj") for c in verb.children)  # "…, leaving Congress with three days":
        # a participle with its own object tells its own event
    ):
        # "agreed a supply contract with a customer, which it did not name, starting in January": the participle
        # after an aside that a relative clause makes tells of the clause the aside interrupts, not of the aside
        above = governing_verb(verb.head.head)
        verb = above if above is not None else verb
    gapped = _gapped_subject(verb, span) if verb is not None else None
    if gapped is not None:  # "results will be released on 12 August and GCSE results a week later": the GCSE
        # results are what come a week later, all the words after the "and" (the parse may hang the first of them
        # on the date before it)
        joint = max(t.i for t in doc[verb.i + 1 : gapped.left_edge.i] if t.dep_ == "cc")
        return " ".join(doc[joint + 1 : gapped.i + 1].text.split()[:EVENT_WORDS])
    if to_come and verb is not None:
        verb = _clause_to_come(verb)
    promising = promised_on_the_occasion(span.root, verb) if verb is not None else None
    promised = None
    if promising is not None:  # "promised to rebuild trust in a speech on Wednesday": the promise is what the date
        verb, promised, noun = promising, verb, None  # tells (with what was promised), the speech its occasion
    if verb is not None and (had := _had_it_done(verb, after)):
        return had  # "Kettleby had a £4m bid rejected last week": what the club had done to it, not a bare "rejected"
    if (
        verb is not None
        and verb.dep_ == "acl"
        and (verb.tag_, verb.lemma_.lower())
        in {("VBN", w) for w in DESCRIBING_PARTICIPLES} | {("VBG", w) for w in COVERING_PARTICIPLES}
    ):
        above = governing_verb(verb.head)  # "diverted £240,000 to a company run by his brother between April 2019
        verb = above if above is not None else verb  # and December 2021": the diverting, not the running
    left_out = None
    if (
        noun is not None
        and verb is not None
        and noun.dep_ == "conj"
        and noun.head.i == verb.i
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        noun, left_out = None, noun  # "only one in five services would run, and none after 6pm": "none" is the
        # subject of a clause that left out the verb it shares with the one before (a verb with an object may have
        # a second object joined to it instead: "predicting sluggish growth, and more disappointments")
    fixture = FIXTURE_LINE.match(span.sent.text) if verb is None else None
    if fixture is not None:  # "Pelicans: At Houston on Wednesday night, then home against Dallas on Saturday"
        label, _, games = text[span.sent.start_char : span.start_char].partition(":")
        game = re.split(r",\s*(?:then\s+)?|;\s*", games)[-1].strip()
        game = re.sub(r"\s+(?:on|at|in)$", "", game)
        return " ".join(f"{label.strip()} {game[:1].lower()}{game[1:]}".split()[:EVENT_WORDS])
    if verb is None or not _words(verb):  # a date inside a noun phrase ("Sunday evening newspaper"): that phrase
        head = noun or (span.root.head if span.root.head.i != span.root.i else None)
        while head is not None and head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head  # "Harton host Kettleby Town on Tuesday" read without a verb: the noun "on" hangs on
        if head is not None and head.pos_ in ("ADP", "ADV"):
            return ""  # a headline's "Fifty years on": a word of when, no event
        if head is not None and head.i == head.sent.start and head.i + 1 < len(doc) and doc[head.i + 1].text == ":":
            return ""  # "A: By the end of next year, on the main routes": the label of an answer (or of its
            # speaker) opening the sentence is no event, and the answer has no verb to tell one
        if head is not None and (clause := _verb_read_as_a_name_word(head)):
            return clause  # "Westbridge host Kingsford on Saturday": the hosting, not "Kingsford"
        return _compact(head) if head is not None and head.i not in range(span.start, span.end) and _words(head) else ""
    if noun is not None and verb is not None and noun.i == (_measured_noun(span) or span.root).i:
        if span.root.head.i != verb.i or span.root.dep_ != "dobj":
            return _compact(noun)  # "refused to sign after two days of negotiations": the negotiations lasted
    if noun is not None and verb is not None and _compared(noun, verb):  # "higher than in the previous election in
        return _compact(noun)  # 2018": the date is the election's, which the clause only compares with
    if noun is not None and verb is not None and _set_aside(noun, verb):  # "the lowest since the return to democracy
        return _noun_with_its_object(noun)  # in 1985": the date is the return's, which the clause only measures by
    before = span.doc[span.start - 1] if span.start else None  # the parse may hang the date's last words elsewhere
    owner = before.head if before is not None and before.pos_ == "ADP" and before.dep_ == "prep" else None
    if said := _with_absolute(noun) or _with_absolute(owner):  # "take up the measure Wednesday, with a final vote
        return said  # possible by 9:30 a.m. ET Thursday": the vote is what may come then, not the taking up
    if noun is not None and verb is not None and _placed_by(noun, verb):  # "opened flat ahead of the release of
        return _owned_noun(noun)  # minutes from the Fed's September meeting": the date is the meeting's
    if (granted := _time_granted(verb, span, after)) is not None:
        return granted  # "Heywood has until 4 December to make a firm offer": the deadline for the offer
    # a dateline is no subject ("FRANKFURT, Oct. 27, 2023 — Nordwind Bank said": the bank)
    subject = left_out if left_out is not None else _subject_after(verb, after)
    if noun is not None and (its_verb := _subject_read_as_an_object(noun, verb)) is not None:
        verb, subject, noun = its_verb, noun, None  # "sacked Gary Hartley after a 3-0 defeat by Dunmere on Saturday
        # left the club 22nd": the defeat left the club 22nd, not Hartley, whom the parse made the subject of "left"
    if subject is None and noun is None:
        subject = _opener_object_before(verb)  # "dismissed their coach after a loss at Fernside on Tuesday left the
        # team bottom": the loss left the team bottom, though the parse gave "left" no subject
    if subject is None and (speaker := _speaker_read_as_an_object(verb)) is not None:
        subject = speaker  # "will launch in 2028, the agency's administrator, Jared Isaacman, told reporters on
        # Thursday": the administrator told them, not the mission
    up = verb
    for _ in range(3):  # "Polls opened at 7 a.m. and were due to close at 8 p.m.": the polls close
        if subject is not None or up.dep_ not in ("conj", "xcomp", "advcl", "acomp") or up.head.i == up.i:
            break
        heard = _heard_clause_before(up)
        up = up.head
        subject = _subject_after(heard if heard is not None else up, after)
    antecedent = (
        verb.head
        if (verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG")))
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not _said_clause_read_as_relative(verb)
        else None
    )  # "the man who died on Friday", "the record, set in 1976", "Students taking exams last year": who took them
    if antecedent is not None and verb.dep_ == "relcl" and (last := _last_of_a_list_before(verb, antecedent)):
        antecedent = last  # "after Ashley in October, Bert in November and Conall, which brought heavy rain": the
        # parse hung the clause on the list's first name, but ", which" takes the noun right before it
    if antecedent is not None and verb.dep_ == "relcl" and subject is not None and subject.lower_ == "which":
        antecedent = _which_of_a_clause_or_thing(antecedent)
    if (
        antecedent is not None
        and _plural_verb(verb)
        and antecedent.tag_ == "NNP"
        and antecedent.dep_ == "pobj"
        and subject is not None
        and subject.lower_ == "which"  # a team may take a plural verb: "Liverpool, who play Chelsea on Monday"
    ):
        owner = antecedent.head.head  # "Shares in Northgate, which have lost a third": the shares, which agree with
        if owner.tag_ == "NNS":  # "have", not the company the parse hung the clause on
            antecedent = owner
    if (
        antecedent is not None
        and verb.lemma_.lower() in PUBLISHING_VERBS
        and antecedent.dep_ == "pobj"
        and antecedent.head.lower_ == "of"
        and antecedent.head.head.lemma_.lower() in DOCUMENT_NOUNS
    ):
        antecedent = antecedent.head.head  # "a study of 78,000 adults published on Wednesday": the study was
        # published, the parse hung the participle on the nearest noun
    described = None
    if antecedent is not None and (subject is None or subject.lower_ in RELATIVE_PRONOUNS):
        if subject is not None:  # "which began": a clause with its relative pronoun, not "a day to spare"
            described = antecedent
        subject = antecedent  # "the man who died on Friday": the man died
        antecedent = None
    inner = (
        next(
            (c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")), None
        )
        if subject is not None and subject.pos_ == "NOUN"
        else None
    )
    if inner is not None:
        subject = inner  # "Pell, who ran the Willow Bank care home …, moved money": a noun with a subject of its own
        # is one the parse took for a verb ("care"); the subject it holds is the one of the clause
    who = _with_conjuncts(subject) if subject is not None and subject.pos_ != "PRON" and _words(subject) else ""
    name = _name_of_a_numeral(subject) if subject is not None else None
    if name is not None and name.dep_ not in OBJECT_DEPS:
        who = f"{_compact(name)} {subject.text}"  # "King Charles I was executed in 1649": the king, not "I"
    if not who and described is not None and described.pos_ == "NOUN" and described.is_alpha:
        who = _compact(described)  # "the season, which began in September": a noun of time a clause describes is
        # still what it tells of, though the recogniser calls it a date
    whole = _one_noun_read_as_two(subject) if subject is not None else None
    if whole:
        who = whole  # "A proceeds of crime hearing will take place": the hearing, not "proceeds"
    if antecedent is not None and subject is not None and any(c.lower_ == "whose" for c in subject.children):
        who = f"{_possessive(antecedent)} {who}" if who else who  # "Okonjo, whose work is now used on building
        antecedent = None  # sites": her work is used; she is its owner, not what is used
    there = next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there"), None)
    if not who and there is not None:
        who = "there"  # "Ten years ago there was practically nothing": what there was is the event
    verb_words = [c for c in verb.children if c.dep_ in ("neg", "aux", "auxpass") and c.i < verb.i]
    if not verb_words and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        verb_words = [c for c in verb.head.children if c.dep_ == "aux" and c.tag_ == "MD"]  # "will shut on Friday
        # and reopen on Monday": the bridge will reopen
    verb_words += [verb] + [
        c
        for c in verb.children
        if c.dep_ == "prt"
        or (
            c.dep_ == "advmod"
            and c.lower_ in PARTICLES
            and c.i == verb.i + 1
            and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)  # "rose ahead of its results":
            # a preposition of its own, "ahead of", not a part of the verb
        )
    ]
    did = " ".join(_spelled_out(t, verb) for t in sorted(verb_words, key=lambda t: t.i))
    what = ""
    attr = next((c for c in verb.children if c.dep_ == "attr"), None) if there is not None else None
    if attr is not None and noun is not None and noun.i != attr.i and noun in attr.subtree:
        noun = attr  # "there were accidents on the road on Wednesday night": what there was, not the road
    if noun is not None and _after_the_object(noun, verb, span):
        noun = None  # "admitted 14 counts of fraud by abuse of position ... on Thursday": the admitting of the counts
    if noun is not None and noun.i != verb.i and noun.i not in (subject.i if subject is not None else -1,):
        what = _compact(noun)  # "reported a rise in first-quarter profit": the dated thing is the profit
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            what = f"no {what}"
        elif (denied := _denied_holder(noun, verb)) is not None:
            what = f"no {_compact(denied)} {noun.head.lower_} {what}"  # "had no plans for further reductions in
            # 2025": the "no" of the object the dated noun hangs on is the news, not "had further reductions"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i:
            what = _asked_by(noun.head, noun) or f"{noun.head.lower_} {what}"  # "lived there until his death in
            # 1998": lived until death
        elif noun.dep_ == "pobj" and (state := _state_of_a_cause(noun)) is not None and state.head.i == verb.i:
            words = [state] + [t for t in doc[state.i + 1 : noun.i] if t.pos_ == "ADP" and t.head == state]
            what = " ".join([*(t.lower_ for t in words), what])  # "The delay was due to illness on Tuesday", the
            # parse hanging the cause on the adjective: the delay was due to illness, not "was illness"
        elif (
            noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head.dep_ == "acomp"
            and noun.head.head.head.i == verb.i
        ):  # "to be eligible for release in 2026": the state is the event, not "be release"
            what = f"{noun.head.head.lower_} {noun.head.lower_} {what}"
    else:
        obj = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dobj", "attr", "oprd", "acomp")
                and c.i not in range(span.start, span.end)
                and not _gapped_subject_read_as_object(c, verb, span)
                and c.i not in [getattr(_speaker_read_as_an_object(v), "i", -1) for v in verb.children]
            ),
            None,
        )
        if obj is None:
            preps = [
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.i not in range(span.start, span.end)
                and not any(t.i in range(span.start, span.end) or t.ent_type_ in TIME_LABELS for t in c.subtree)
            ]
            # "After Castlefield, they travel to Dunmore on 14 August": an opener naming a place or a side is no
            # complement of a verb dated after it, when a phrase follows the verb; an opener of an event noun may
            # be what is dated ("In trading yesterday, shares rose"; "In the talks, the two sides agreed on Monday")
            later = [c for c in preps if c.i > verb.i and any(_words(t) for t in c.children if t.dep_ == "pobj")]
            named = lambda c: any(t.dep_ == "pobj" and t.pos_ == "PROPN" for t in c.children)  # noqa: E731
            if later and span.start > verb.i:
                preps = [c for c in preps if c.i > verb.i or not named(c)]
            prep = preps[0] if preps else None
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if pobj is not None and _words(pobj):
                what = _asked_by(prep, pobj) or f"{prep.text} {_compact(pobj)}"
        elif obj.pos_ == "ADJ" and _words(obj):
            what = _text(obj.doc, *_hyphenated(obj.doc, obj.i, obj.i))  # "the stock was down", "rates were lower"
            cause = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            pobj = next((c for c in cause.children if c.dep_ == "pobj"), None) if cause is not None else None
            if due_to_a_cause(obj) and pobj is not None and _words(pobj):
                what = f"{what} to {_compact(pobj)}"  # "The postponement was due to heavy rain": the cause is
                # what the state is, not a bare "due"
            if any(c.dep_ == "neg" for c in obj.children):
                what = f"not {what}"  # "pleaded not guilty": the "not" is the plea
        elif (obj.pos_ != "PRON" or there is not None or obj.lower_ in NEWS_PRONOUNS) and (
            _words(obj) or obj.ent_type_ in AMOUNT_LABELS
        ):
            what = _counted(obj)  # an amount is an object too: "diverted £240,000", "raised $5m"
            state = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == obj.i + 1), None)
            if state is not None and any(t.i in range(span.start, span.end) for t in state.subtree):
                what = f"{what} {state.text}"  # "keeps agencies funded through Jan. 30": the state kept till then
            state = next((c for c in verb.children if c.dep_ == "oprd" and c.i == obj.right_edge.i + 1), None)
            if state is not None and _words(state):
                what = f"{what} {state.text}"  # "keeps the mine open through March 31": the mine kept open
            if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
                what = f"no {what}"  # "there were no shops", "had no money": the "no" is the news
    if promised is not None:  # "vowed to cut taxes": what was vowed
        obj = next((c for c in promised.children if c.dep_ == "dobj" and _words(c)), None)
        what = " ".join(["to", promised.text] + ([_counted(obj)] if obj is not None else []))
    if not what and antecedent is not None and _words(antecedent):
        what = _compact(antecedent)  # "the record it set in August 2021": set the record
    if not what and verb.lemma_.lower() in LASTING_VERBS:
        what = _what_it_takes(verb, span)  # "would take until the summer to pay off": to pay off
    if (
        not who
        and not what
        and subject is not None
        and subject.pos_ == "PRON"
        and subject.lower_ in PERSONAL
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # "expects it to double": no "It to"
    ):
        who = subject.text  # "He is 71 now": "He is 71", not a bare "is"
        number = next((c for c in verb.children if c.dep_ in ("attr", "acomp") and c.pos_ == "NUM"), None)
        what = number.text if number is not None and number.i not in range(span.start, span.end) else ""
    parts = [p for p in (who, did, what) if p]
    while len(" ".join(parts).split()) > EVENT_WORDS and len(parts) > 1:
        parts.pop()  # drop the object whole rather than cut a name in two
    return AMOUNT_STOP.sub(r"\1", " ".join(parts))


def _asked_by(prep: Token, noun: Token) -> str | None:
    """ "at the request of police", "at the invitation of the mayor": a noun of asking (ASKING_NOUNS) told with
    whose it was, which "at request" leaves out; None for any other noun or one with no "of" after it."""
    if noun.lemma_.lower() not in ASKING_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    asker = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if asker is None or not _words(asker):
        return None
    return f"{prep.lower_} the {noun.lower_} of {_compact(asker)}"


# Pronouns an object may be that are themselves the news: "say nothing for an hour", "lost everything in 2019".
NEWS_PRONOUNS = frozenset({"nothing", "none", "nobody", "everything", "everyone"})


# Nouns of a level not reached for a length of time ("a four-year high", "a 10-year low", "a 16-year record").
RECORD_NOUNS = frozenset("high highs low lows record peak best worst".split())


def _record_of_a_length(span: Span) -> str | None:
    """The event of a length that tells how long since a level was last reached ("a four-year high"): the level and
    what reached it. Set beside an amount after a comma, the amount's clause ("Unemployment rose to 5.1%, a
    four-year high": "Unemployment rose to 5.1%, four-year high"); else the clause the record is the object of
    ("Shares hit a 10-year low": "Shares hit 10-year low"). None when the length qualifies no such noun."""
    doc = span.doc
    end = span.end
    if end >= len(doc) or doc[end].lower_ not in RECORD_NOUNS or not doc[end].is_lower:
        return None
    noun = doc[end]
    if not any(t.head.i == noun.i or t.head.head.i == noun.i for t in span):
        return None
    record = f"{span.text} {noun.text}"
    first = noun.left_edge.i
    if (
        first >= 2
        and doc[first - 1].text == ","
        and doc[first - 2].like_num | (doc[first - 2].ent_type_ in AMOUNT_LABELS)
    ):
        amount = doc[first - 2]
        while amount.dep_ not in ("pobj", "dobj", "attr") and amount.head.i != amount.i and amount.head.i < first:
            amount = amount.head
        verb = amount.head.head if amount.dep_ == "pobj" else amount.head
        if verb.pos_ not in ("VERB", "AUX"):
            return record
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        who = _compact(subject) if subject is not None and subject.pos_ != "PRON" and _words(subject) else ""
        said = _text(doc, verb.i, first - 2)
        phrase = " ".join(p for p in (who, f"{said}, {record}") if p)
        return phrase if len(phrase.split()) <= EVENT_WORDS else record
    verb = noun.head if noun.dep_ in ("dobj", "attr") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return record
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    who = _compact(subject) if subject is not None and subject.pos_ != "PRON" and _words(subject) else ""
    return " ".join(p for p in (who, verb.text, record) if p)


def _speaker_read_as_an_object(verb: Token) -> Token | None:
    """The speaker of a saying verb that closes a sentence after a comma, when the parse joined the verb to the
    sentence's main verb and took the speaker, set off by commas, for that verb's object: "The mission will launch
    no earlier than mid-2028, the agency's administrator, Jared Isaacman, told reporters on Thursday" (the
    administrator told them; the mission launches no administrator). A verb joined by "and" keeps its subject."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in REPORTING_VERBS or verb.i < 2:
        return None
    head = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(t.dep_ == "cc" or t.lower_ in ("and", "but", "or") for t in head.doc[head.i + 1 : verb.i]):
        return None
    speaker = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or speaker.left_edge.i < 1:
        return None
    doc = verb.doc
    before, after = doc[speaker.left_edge.i - 1], doc[verb.i - 1]
    if before.text != "," or after.text != "," or speaker.right_edge.i + 1 != verb.i:
        return None
    return speaker


def _gapped_subject(verb: Token, span: Span) -> Token | None:
    """The subject of a second clause that left out the passive `verb` it shares with the first, before the date
    `span` that dates that second clause ("figures will be published on 3 November and final figures a month
    later"): the parse reads it as the verb's object or as a noun joined to the first clause's date."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    found = [c for c in verb.children if c.i < span.start and _gapped_subject_read_as_object(c, verb, span)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < span.start):
        for day in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS):
            found += [
                c
                for c in day.children
                if c.dep_ == "conj" and c.pos_ == "NOUN" and c.ent_type_ not in TIME_LABELS and c.i < span.start
            ]
    found = [c for c in found if _words(c) and any(t.dep_ == "cc" for t in verb.doc[verb.i + 1 : c.left_edge.i])]
    return found[0] if found else None


def _gapped_subject_read_as_object(obj: Token, verb: Token, span: Span) -> bool:
    """Whether `obj`, an object of a passive verb after the date and an "and" ("results will be released on 12 August
    and GCSE results a week later"), is the subject of a second clause that left the verb out: a passive verb takes
    no object of its own there."""
    if obj.dep_ != "dobj" or obj.i < verb.i or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(t.dep_ == "cc" and t.head.i not in (verb.i, obj.i) for t in verb.doc[verb.i + 1 : obj.left_edge.i])


# Verbs of putting out a text, and the nouns of texts they put out: the one published of "a study of 78,000 adults
# published on Wednesday" is the study, not the adults.
PUBLISHING_VERBS = frozenset("publish release issue print circulate leak post".split())
DOCUMENT_NOUNS = frozenset(
    "study report survey review analysis paper book collection poll letter inquiry audit census trial".split()
)

# Verbs of how long something takes, whose infinitive after the date tells what takes that long.
LASTING_VERBS = frozenset({"take"})


def _what_it_takes(verb: Token, span: Span) -> str:
    """The infinitive after a date that says what takes until then ("would take until the summer to pay off": "to
    pay off"), wherever the parse hung it; "" when there is none."""
    doc = verb.doc
    for token in doc[span.end : min(span.end + 3, verb.sent.end)]:
        if token.tag_ == "TO" and token.i + 1 < verb.sent.end and doc[token.i + 1].tag_ == "VB":
            infinitive = doc[token.i + 1]
            particle = [  # "to pay off", "to break even"
                c for c in infinitive.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == infinitive.i + 1)
            ]
            return " ".join(["to", infinitive.text, *(p.text for p in particle)])
        if token.is_punct:
            break
    return ""


# Verbs of a time allowed: "has until 4 December to make a firm offer", "was given until Friday to reply".
GRANTING_VERBS = frozenset({"have", "give"})
UNTIL_WORDS = frozenset({"until", "till", "til"})


def _time_granted(verb: Token | None, span: Span, after: int) -> str | None:
    """The deadline told by "has until DATE to do" ("Heywood has until 4 December to make a firm offer or walk
    away"): a deadline for the thing to be done, by whoever has the time; the verb "have" itself is no event, and the
    words before it ("Under UK takeover rules") no object. None when the clause is not of that kind."""
    if verb is None or verb.lemma_.lower() not in GRANTING_VERBS:
        return None
    doc = verb.doc
    first = span[0] if span[0].lower_ in UNTIL_WORDS else (doc[span.start - 1] if span.start else None)
    if first is None or first.lower_ not in UNTIL_WORDS or first.head.i != verb.i:
        return None
    infinitive = next(
        (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and c.i > span.end - 1), None
    )
    if infinitive is None and span.end + 1 < len(doc) and doc[span.end].tag_ == "TO" and doc[span.end + 1].tag_ == "VB":
        infinitive = doc[span.end + 1]  # "have until 12 November to vote": the parse may hang it on the date
    if infinitive is None or not any(c.tag_ == "TO" for c in infinitive.children):
        return None
    subject = _subject_after(verb, after)
    if subject is None and verb.tag_ == "VBN":  # "was given until Friday": the subject of the passive
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    who = _with_conjuncts(subject) if subject is not None and subject.pos_ != "PRON" and _words(subject) else ""
    obj = next((c for c in infinitive.children if c.dep_ == "dobj" and _words(c)), None)
    particle = [c.text for c in infinitive.children if c.dep_ == "prt"]
    words = [
        "deadline",
        f"for {who}" if who else "",
        "to",
        infinitive.text,
        *particle,
        _counted(obj) if obj is not None else "",
    ]
    return " ".join(" ".join(w for w in words if w).split()[:EVENT_WORDS])


def _said_clause_read_as_relative(verb: Token) -> bool:
    """Whether a clause the parse hung on a noun as a relative one opens with "that" as a conjunction and has its own
    subject ("told analysts on a call that price cuts would take until the summer": what was told, not the call's
    clause); a relative "that" is the clause's subject or object, never its marker."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children
    )


# Verbs of showing and saying in the plain present that end a sentence after their subject and a date ("figures
# published on Thursday show"): a parse may read them as a noun the date belongs to.
SAYING_WORDS = frozenset("show shows suggest suggests say says reveal reveals indicate indicates".split())


def _saying_read_as_a_noun(noun: Token, span: Span) -> bool:
    """Whether the noun a date is read to modify is a verb of saying that ends its clause right after the date
    ("NHS England figures published on Thursday show."): the verb of the figures, not a thing dated."""
    doc = noun.doc
    return (
        noun.lower_ in SAYING_WORDS
        and noun.i == span.end
        and (noun.i + 1 >= len(doc) or doc[noun.i + 1].is_punct or noun.i + 1 == noun.sent.end)
    )


def _present_read_as_a_plural(span: Span) -> tuple[Token, Token] | None:
    """(owner, verb) when the date's preposition hangs on a noun and is right after a plural noun of RUN_PRESENTS in
    that noun's phrase: the parse read the present of the noun's clause as part of the noun ("an exhibition at the
    town museum runs until the end of October": the exhibition runs)."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    owner = run_read_in_a_nouns_sentence(prep.head) if prep is not None and prep.dep_ == "prep" else None
    if owner is not None:
        return owner, prep.head  # "A festival marking … since work began runs throughout the summer"
    if prep is not None and prep.dep_ == "prep" and (owner := _subject_of_a_verb_read_as_adjective(prep.head)):
        # "Season-ticket sales for next season open on 1 June", "Entries close on 31 October": the present of a
        # plural's clause read as an adjective
        return owner, prep.head
    if prep is None or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN") or prep.i == 0:
        return None
    owner, word = prep.head, root.doc[prep.i - 1]
    if word.dep_ != "pobj" or word.lower_ not in RUN_PRESENTS or word.i == owner.i:  # tagged NNS or VBZ
        return None
    if not (owner.i < word.i and word in owner.subtree):
        return None
    return owner, word


# The periods "that" points back to as a date ("began that summer"), which a parse may read as "that" opening a clause.
THAT_PERIODS = frozenset(
    "day night morning evening afternoon week weekend month year spring summer autumn winter".split()
)
PLEA_VERBS = frozenset({"plead", "admit", "deny"})


def _offence_read_as_a_verb(verb: Token, span: Span) -> str | None:
    """The offence a date is of, in words ("fraud by abuse of position"), when the parse read "pleaded guilty to
    fraud … between 2019 and 2023" as an infinitive "to fraud" hung on the plea, with the date in its phrase: the
    date is the offence's, not the plea's; else None."""
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") or verb.head.lemma_.lower() not in PLEA_VERBS:
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if (
        to is None
        or to.i != verb.i - 1
        or not any(c.lower_ in ("guilty", "responsibility") for c in verb.head.children)
    ):
        return None
    if not (verb.i < span.start and span.root in verb.subtree):
        return None
    words = [t for t in verb.doc[verb.i : span.start] if not t.is_punct]
    while words and words[-1].dep_ == "prep":  # the date's own preposition ("between")
        words.pop()
    return " ".join(t.text for t in words[:EVENT_WORDS]) or None


def _subject_of_a_verb_read_as_adjective(word: Token) -> Token | None:
    """The plural subject of `word` when `word` is a verb of VERBS_SPELT_AS_ADJECTIVES ("open", "close") that the
    parse read as an adjective heading its clause right after that subject's phrase, with no "be" ("sales for next
    season open on 1 June, the club said"), or hung on a plural that opens a sentence with no verb ("Entries close
    on 31 October"); else None."""
    if word.lower_ not in VERBS_SPELT_AS_ADJECTIVES or word.pos_ not in ("ADJ", "ADV"):
        return None
    if _adjective_after_a_verbless_plural(word) or (
        word.dep_ == "amod"
        and word.i == word.head.i + 1
        and word.head.dep_ == "ROOT"
        and word.head.tag_ == "NNS"
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ in ("VERB", "AUX") for t in word.sent)
    ):
        return word.head
    if word.dep_ not in ("ROOT", "ccomp") or any(c.dep_ in ("cop", "aux") or c.lemma_ == "be" for c in word.children):
        return None
    return next(
        (c for c in word.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and c.right_edge.i == word.i - 1), None
    )


# The words that open a clause of its own, which a present tense after them may be the verb of ("before the transfer
# window shuts at 11pm"): its noun phrase is then a subject, not the object of the word.
OPENING_WORDS = frozenset({"before", "after", "until", "till", "when", "once", "as"})
# The words that may stand between such a present and the date it has: "shuts at 11pm", "closes on Friday".
DATE_PREPOSITIONS = frozenset({"at", "on", "in", "by"})


def _present_after_an_opener(span: Span) -> tuple[Token, Token] | None:
    """(owner, verb) when the date follows a plural noun of RUN_PRESENTS that ends a noun phrase opened by a word of
    OPENING_WORDS ("before the transfer window shuts at 11pm on Monday"): the parse read the clause's present as a
    plural noun; the date is the shutting of the window, not the clause the opener hangs on ("to sign")."""
    doc = span.doc
    i = span.start - 1
    if i > 0 and doc[i].lower_ in DATE_PREPOSITIONS:
        i -= 1
    if i < 2 or doc[i].lower_ not in RUN_PRESENTS:
        return None
    if not (doc[i].tag_ == "NNS" or doc[i].tag_ == "VBZ" and doc[i].dep_ == "pobj"):
        return None  # a present the parse took for a plural, or for the object of the opener
    first = i - 1
    while first > 0 and doc[first].pos_ in ("NOUN", "PROPN") and doc[first].tag_ != "NNS":
        first -= 1  # the noun phrase's words: "transfer window"
    if first == i - 1 or doc[first].dep_ not in ("det", "poss") or first == 0:
        return None
    if doc[first - 1].lower_ not in OPENING_WORDS:
        return None
    return doc[i - 1], doc[i]


# Dependencies by which a noun hangs on another noun rather than on a verb: "winner of the 2002 prize" (pobj of a
# preposition on a noun), "Carter, the 2002 laureate" (appos), "the president and the 2002 laureate" (conj).
NESTED_NOUN_DEPS = ("appos", "conj", "compound", "npadvmod", "nmod")


def _year_of_a_nested_noun(span: Span) -> Token | None:
    """The noun a bare year modifies ("the 2002 Nobel Peace Prize", "the 2019 manifesto") when that noun hangs on
    another noun, not on the clause's verb: "Jimmy Carter, winner of the 2002 Nobel Peace Prize, has died" dates the
    prize, not the dying. None when the year stands alone or its noun is an argument of the verb ("won the 2002
    prize", "in the 2019 election", "the 2019 manifesto promised"), whose clause may be at the year's time."""
    if len(span) != 1 or not re.fullmatch(r"(?:1[5-9]|20)\d\d", span.text):
        return None
    year = span[0]
    if year.dep_ not in ("nummod", "compound", "nmod", "amod") or year.head.i <= year.i:
        return None
    noun = year.head
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in TIME_LABELS or not _words(noun):
        return None
    up = noun.head
    if noun.dep_ == "pobj" and up.dep_ == "prep" and up.head.pos_ in ("NOUN", "PROPN") and up.head.i < up.i:
        return noun  # "winner of the 2002 Nobel Peace Prize"
    if noun.dep_ in NESTED_NOUN_DEPS and up.i != noun.i and up.pos_ in ("NOUN", "PROPN"):
        return noun  # "Carter, the 2002 laureate, …"
    return None


def _owned_by_its_date(span: Span, to_come: bool) -> Token | None:
    """The noun a date owns ("Sunday's crash", "this summer's event") when the clause around it is at another time
    than the date: "has named its headliners for this summer's event" (named now, the event to come), "appealing
    for witnesses to Sunday's crash" (appealing now, the crash gone). A possessive date names when the thing was or
    will be, so the thing is the event. None for another date, or when the clause may be at the date's time ("the
    panel issued Thursday's ruling", "raised in Saturday's debate"), whose clause stays the event."""
    root = span.root
    if root.dep_ != "poss" or root.head.i in range(span.start, span.end):
        return None
    if not any(c.dep_ == "case" and c.lower_ in ("'s", "'", "’s", "’") for c in root.children):
        return None
    noun = root.head
    if noun.pos_ != "NOUN" or noun.ent_type_ in TIME_LABELS or not _words(noun):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.lower_ in SHARED_TIME_PREPOSITIONS):
        return None  # "Friday's trading volume totaled 132.8 million shares", "raised in Saturday's debate": the
        # clause tells of that thing at its own time
    verb = governing_verb(noun)
    tense = verb_tense(verb) if verb is not None else None
    if tense is None:
        return None
    now = tense == "present" or present_perfect(verb)
    if now and NOW_WORDS.match(span.text):
        return None  # "is in today's editions": the present may be the date's own
    if (to_come and (now or tense == "past")) or (not to_come and (now or tense == "future")):
        return noun
    return None


# Prepositions that put a clause inside a dated thing ("raised in Saturday's debate", "advertised in today's
# editions"): the clause happens at the thing's time, so it stays the event.
SHARED_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "during", "throughout"})
# A date that takes in the present ("today's editions", "this week's talks"): a clause in the present may be at its
# time. Not a season: "this summer" may be one to come or gone.
NOW_WORDS = re.compile(
    r"(?:today|tonight|now|this (?:week|weekend|month|year|quarter|morning|afternoon|evening))\b", re.I
)


# Verbs of having a thing done to it: "had a £4m bid rejected", "got his licence suspended".
HAVING_VERBS = frozenset({"have", "get"})


def _had_it_done(verb: Token, after: int) -> str:
    """ "Kettleby had a £4m bid rejected last week": when the verb a date hangs on is a participle right after the
    object of "have" or "get", the event is the subject having that object done to it ("Kettleby had £4m bid
    rejected"); '' otherwise."""
    if verb.tag_ != "VBN" or verb.head.i == verb.i:
        return ""
    if verb.dep_ == "ccomp":  # "had its budget approved" parsed as a clause with "budget" its subject
        thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if thing is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return ""
        having = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        thing = verb.head
        having = thing.head
    else:
        return ""
    if having.lemma_.lower() not in HAVING_VERBS or not (having.i < thing.i < verb.i):
        return ""
    if verb.i != thing.right_edge.i + 1 and verb.i not in range(thing.left_edge.i, thing.right_edge.i + 1):
        return ""
    if any(t.i > thing.i and t.i < verb.i for t in thing.subtree if t.dep_ in ("prep", "relcl", "acl")):
        return ""  # "had a house in the town built": the participle is far from the thing
    subject = _subject_after(having, after)
    who = _with_conjuncts(subject) if subject is not None and _words(subject) else ""
    words = [c for c in having.children if c.dep_ in ("neg", "aux") and c.i < having.i] + [having]
    did = " ".join(_spelled_out(t, having) for t in sorted(words, key=lambda t: t.i))
    phrase = " ".join(p for p in (who, did, _counted(thing), verb.text) if p)
    return " ".join(phrase.split()[:EVENT_WORDS])


# A sentence's full stop the parse left on an amount that ends it ("made £50.3m."): no part of the amount.
AMOUNT_STOP = re.compile(r"(\d[\w%]*)\.$")


# Past participles that describe a noun as it stands rather than tell an event ("a company run by his brother", "a
# firm owned by the council"): a date in their phrase belongs to the verb of the clause around the noun.
DESCRIBING_PARTICIPLES = frozenset({"run", "own", "lead", "manage", "control", "head", "base", "chair", "know"})
# Present participles that only say what a thing spans ("an amber warning for rain covering much of Wales from 18:00
# this evening"): the times are the thing's, the event the clause that put it in place (the warning issued).
COVERING_PARTICIPLES = frozenset({"cover", "span", "affect", "include", "stretch"})

# Verbs of hearing or telling after which "that" and a date open what was heard ("The court heard that between March
# 2021 and October 2023 Pollard took deposits"): the date is that clause's, when the parse cut the clause off.
HEARING_VERBS = frozenset({"hear", "say", "tell", "learn", "find", "allege", "claim", "report", "state", "show"})
# The most tokens from the date to the verb of the clause it opens.
TOLD_AFTER_THAT_WORDS = 12


def _relative_clause_around(span: Span, verb: Token) -> Token | None:
    """The verb of a relative clause opened by ", who" or ", which" whose words hold the date, when the parse hung the
    date outside that clause, on the verb of the clause it interrupts, which comes after the date ("Pell, who ran the
    Willow Bank care home from 2015 until it closed, moved money": "care" read as the subject of "moved"). The date
    belongs to the relative clause, as its place in the words says. None when no such clause opens before the date
    in its sentence with no punctuation or other verb between, or when the parse already put the date in it."""
    if verb.i < span.end:
        return None
    doc = span.doc
    for k in range(span.start - 1, span.sent.start, -1):
        word = doc[k]
        if word.is_punct:
            return None
        if word.lower_ in ("who", "which") and doc[k - 1].text == ",":
            relative = word.head
            if (
                relative.dep_ == "relcl"
                and k < relative.i < span.start
                and relative.pos_ in ("VERB", "AUX")
                and not relative.is_ancestor(verb)
                and not relative.is_ancestor(span.root)
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[relative.i + 1 : span.start])
            ):
                return relative
            return None
    return None


def _told_after_that(verb: Token, span: Span) -> Token | None:
    """The verb of the clause that "that" opens after a verb of hearing (HEARING_VERBS), when the date comes between
    them ("heard that between March 2021 and October 2023 Pollard took deposits") and the parse hung the date on the
    hearing; None otherwise."""
    doc = span.doc
    if verb.lemma_.lower() not in HEARING_VERBS or verb.i + 1 >= span.start or doc[verb.i + 1].lower_ != "that":
        return None
    if any(t.pos_ not in ("ADP", "DET") for t in doc[verb.i + 2 : span.start]):
        return None  # only "between", "in", "on the" may come before the date
    for t in doc[span.end : min(len(doc), span.end + TOLD_AFTER_THAT_WORDS)]:
        if t.pos_ == "VERB" and (t.head.i == t.i or t.dep_ in ("ccomp", "conj") and t.head.i == verb.i):
            subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in t.children)
            return t if subject else None
        if t.is_punct and t.text in ".;:!?":
            return None
    return None


# Words that tell how a thing was done ("admitted fraud by abuse of position", "paid with stolen cards"): their noun
# is a means, not an event a date could belong to. Other words may bring in one ("invited the union to talks on
# Thursday", "gathered evidence in the slaying in October", "made $60m from the sale in 1985").
MEANS_WORDS = frozenset({"by", "with", "through", "via", "using", "without"})


def _after_the_object(noun: Token, verb: Token, span: Span) -> bool:
    """Whether the dated `noun` only rounds off the verb's direct object: it is in a phrase on the verb after that
    object that tells how the thing was done ("by abuse of position", see MEANS_WORDS). The parse hangs the date on
    that phrase's noun, but what happened is the verb with its object."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != verb.i:
        return False
    if noun.head.lower_ not in MEANS_WORDS:
        return False
    return any(
        c.dep_ == "dobj" and c.i < noun.head.i and c.pos_ != "PRON" and c.i not in range(span.start, span.end)
        for c in verb.children
    )


# Nouns of a share of a whole: "a third of their value", "a quarter of the staff".
FRACTIONS = frozenset("half third quarter fifth sixth tenth".split())


def _counted(noun: Token) -> str:
    """A noun with what it counts, when a number and "of" go with it ("14 counts of fraud", "3,000 tonnes of steel"):
    a number alone would not say what was counted."""
    counted = any(c.dep_ == "nummod" for c in noun.children) or noun.lower_ in FRACTIONS
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    share = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "one")), None)
    if noun.lower_ in FRACTIONS and share is not None:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and _words(pobj):  # "lost a third of their value": "a third of value", not "third"
            return f"{share.text} {noun.text} of {_compact(pobj)}"
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if counted and prep is not None else None
    if pobj is None or not _words(pobj) or pobj.ent_type_ in TIME_LABELS:
        return _compact(noun)
    return f"{_compact(noun)} of {_compact(pobj)}"


def _set_aside(noun: Token, verb: Token) -> bool:
    """Whether `noun` hangs on `verb` through "since", "after", "before" or "until" inside an apposition ("was 68
    percent, the lowest since the return to democracy"): a noun of an event the clause measures by, not one it
    tells of."""
    tok, through = noun, False
    for _ in range(8):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "appos" and through:
            return True
        through = through or (tok.dep_ == "prep" and tok.lower_ in ("since", "after", "before", "until"))
        tok = tok.head
    return False


# Words that set a clause in time by another event ("ahead of the meeting", "before the vote").
PLACING_WORDS = frozenset({"ahead", "before", "after", "following", "until", "since"})


def _placed_by(noun: Token, verb: Token) -> bool:
    """Whether `noun` hangs on `verb` through a word that sets the clause in time by another event and through
    another noun below it ("opened flat ahead of the release of minutes from the Fed's September meeting"): the
    date is that noun's, an event the clause is only placed by."""
    tok, nouns, placed = noun.head, 0, False
    for _ in range(10):
        if tok.i == verb.i:
            return placed and nouns >= 1
        if tok.head.i == tok.i:
            return False
        nouns += tok.pos_ in ("NOUN", "PROPN") or tok.dep_ == "pobj"  # "at their highest since the floods of 2020"
        placed = placed or (tok.lower_ in PLACING_WORDS and tok.dep_ in ("prep", "advmod"))
        tok = tok.head
    return False


def _last_of_a_list_before(verb: Token, antecedent: Token) -> Token | None:
    """The noun right before ", which" (", who") opening the relative clause `verb`, when it is a later member of a
    list than the `antecedent` the parse hung the clause on ("Bert in November and Conall, which brought"): the
    clause is that noun's. None when the clause is plural (said of the whole list), the list is what the antecedent
    is "of", or no such noun stands there."""
    pronoun = next((c for c in verb.children if c.lower_ in ("which", "who") and c.i < verb.i), None)
    if pronoun is None or pronoun.i < 2 or _plural_verb(verb):
        return None
    comma, noun = verb.doc[pronoun.i - 1], verb.doc[pronoun.i - 2]
    if comma.text != "," or noun.i <= antecedent.i or noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    between = []
    for up in noun.ancestors:
        if up.i == antecedent.i:
            if any(t.lower_ == "of" for t in between):
                return None  # "a red warning for coastal areas of Wales and south-west England, which was in force":
                # the list names what the noun is of, and the clause may be the noun's own
            break
        between.append(up)
    return noun


def _plural_verb(verb: Token) -> bool:
    """Whether `verb` (or its auxiliary) is in the plural present ("have lost", "are"), which a singular name cannot be
    the subject of."""
    return any(t.tag_ == "VBP" for t in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))])


def _with_absolute(noun: Token | None) -> str:
    """A noun after "with" and the word after it that says what of it ("with a final vote possible", "with the
    result due"): the event of the dates in that phrase; "" for any other noun."""
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return ""
    state = next((c for c in noun.children if c.dep_ in ("amod", "acl") and c.i == noun.i + 1 and _words(c)), None)
    return f"{_compact(noun)} {state.text}" if state is not None else ""


def _owned_noun(noun: Token) -> str:
    """A noun with its possessor before it: 'Federal Reserve meeting' for "the Federal Reserve's September
    meeting"."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    words = (f"{_compact(owner)} " if owner is not None else "") + _compact(noun)
    return " ".join(words.split()[:EVENT_WORDS])


def _noun_with_its_object(noun: Token) -> str:
    """A noun with the prepositional phrase that completes it: 'return to democracy', 'fall of the wall'."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "from", "into")), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    words = _compact(noun) + (f" {prep.lower_} {_compact(pobj)}" if pobj is not None and _words(pobj) else "")
    return " ".join(words.split()[:EVENT_WORDS])


def _compared(noun: Token, verb: Token) -> bool:
    """Whether `noun` hangs on `verb` through a comparison ("higher than in the election"): what it names is only
    compared with, not done by the clause."""
    tok = noun
    for _ in range(6):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.lower_ in ("than",) and tok.dep_ in ("prep", "mark", "cc"):
            return True
        tok = tok.head
    return False


def _clause_to_come(verb: Token) -> Token:
    """The verb of the future clause that holds `verb`'s past or perfect one (a clause of what was, or has been,
    done: "which school they have been offered", "what he decided"), for a date still to come; `verb` otherwise."""
    if verb_tense(verb) != "past" or verb.dep_ not in ("ccomp", "relcl", "acl", "pcomp"):
        return verb
    head = verb.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") and verb_tense(head) == "future":
            return head
        if head.head.i == head.i:
            break
        head = head.head
    return verb


# Auxiliaries the parse cuts short before "n't": "ca" of "can't", "wo" of "won't", "sha" of "shan't".
CUT_BEFORE_NOT = {"ca": "can", "wo": "will", "sha": "shall"}


def _spelled_out(token: Token, verb: Token) -> str:
    """A word of the verb as a phrase shows it: a contraction spelled out ("'ll" -> "will"; "'s" before a past
    participle it makes a present perfect -> "has", as in "he's lived here forty years"); a sentence's capital on a
    verb that opens it dropped ("Born in Leeds in 1941, she …": "she born", not "she Born")."""
    if (
        token.is_sent_start
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.pos_ in ("VERB", "AUX")
        and not side_read_as_a_gerund(token)  # "Reading host Barnsley on Saturday": the side's name keeps its capital
    ):
        return token.lower_
    if token.lower_ in ("n't", "n’t"):
        return "not"  # "I haven't slept": "have not slept", not "have n't slept"
    if token.lower_ in CUT_BEFORE_NOT and token.i + 1 < len(token.doc) and token.nbor().lower_ in ("n't", "n’t"):
        return CUT_BEFORE_NOT[token.lower_]  # "can't", "won't": "ca" and "wo" as the parse cuts them
    if not token.text.startswith(("'", "’")):
        return token.text
    if (
        token.lower_ in ("'s", "’s")
        and token.dep_ == "auxpass"
        and all(c.is_punct or c.i < token.head.i for c in token.head.children)
    ):
        return "is"  # "It's done.": a passive of the present ending its sentence, not "It has done"; "He's lived
        # here for years" has words after it, and is the perfect the parse may read as a passive
    if token.lower_ in ("'s", "’s") and token.i != verb.i and present_perfect(verb):
        return "has"
    if token.lower_ in ("'s", "’s") and token.lemma_ == "be":
        return "is"  # "That's it from us tonight": the verb, spelled out
    return token.norm_


def _sentence_entities(mentions: pd.DataFrame | None, paragraph: int, sentence: int) -> str:
    """The canonical entities named in one sentence, in order of first mention, joined by '|'."""
    if mentions is None or mentions.empty:
        return ""
    index = mentions.attrs.get("_by_sentence")
    if index is None:  # group once per table, not once per row
        names: dict[tuple, list] = {}
        columns = (mentions[c].tolist() for c in ("start_char", "paragraph", "sentence", "entity"))
        for _, paragraph_number, sentence_number, entity in sorted(zip(*columns), key=lambda row: row[0]):
            if isinstance(entity, str) and entity:
                names.setdefault((paragraph_number, sentence_number), []).append(entity)
        index = {key: "|".join(dict.fromkeys(found)) for key, found in names.items()}
        mentions.attrs["_by_sentence"] = index
    return index.get((paragraph, sentence), "")


# A clock time alone (no day), and words of a recurrence in its sentence: the hours of a daily schedule.
CLOCK_ONLY = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d\d|noon|midday|midnight", re.I)
RECURRENCE = re.compile(
    r"\bevery\s+(?:\d+\s+|few\s+|other\s+)?(?:minutes?|hours?|day|morning|evening|night|weekday)\b"
    r"|\b(?:daily|nightly|hourly)\b|\beach\s+(?:day|morning|evening|night)\b",
    re.I,
)


def _in_a_schedule(doc: Doc, cand: Candidate) -> bool:
    """Whether a time of day is an hour of a schedule kept every day ("every 10 minutes from 6am to midnight",
    "open daily from 9am"): a clock time with no day, in a sentence that says the thing recurs."""
    if CLOCK_ONLY.fullmatch(cand.text.strip()) is None:
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and RECURRENCE.search(span.sent.text) is not None


# Words of a hope or a chance that a gerund after "of" or "about" tells the object of ("confident of getting the
# bill through", "the prospect of reopening"): what they look to is still to come.
PROSPECT_WORDS = {
    "confident", "hopeful", "optimistic", "sure", "certain", "chance", "chances", "hope", "hopes", "prospect",
    "prospects", "possibility", "goal", "aim", "ambition", "intention", "plan", "plans", "target",
}  # fmt: skip


def _prospect_gerund(verb: Token) -> bool:
    """Whether `verb` is a gerund after "of"/"about" hung on a word of hope or chance (PROSPECT_WORDS)."""
    prep = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and prep.lower_ in ("of", "about")
        and prep.head.lower_ in PROSPECT_WORDS
    )


# Words before a length that count it on from a time: "within a year", "in two years", "over the next decade".
LENGTH_ON_BEFORE = re.compile(r"\b(?:within|in|inside|over the next|in the next|within the next)\s+$", re.I)


def day_of_a_length(cand: Candidate, found: list[Candidate], doc: Doc) -> Candidate | None:
    """The day a length "for" a time starts on when a day named right after it hangs on the same verb ("Drivers will
    walk out for 48 hours on Thursday": from Thursday, not from publication): a date of one day, after the length in
    its clause, with nothing but the day's "on" between them."""
    if cand.type != "DURATION" or not re.search(r"\bfor\s+$", doc.text[: cand.start][-8:]):
        return None
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None or verb_tense(verb) != "future":
        return None  # "closed for two weeks on Monday" tells no stretch the timeline dates
    for other in found:
        if other.start <= cand.end or not DAY_VALUE.match(other.value) or other.extras.get("undated"):
            continue
        if not re.fullmatch(r"\s+on\s+", doc.text[cand.end : other.start]):
            return None
        there = doc.char_span(other.start, other.end, alignment_mode="expand")
        if there is None or not len(there) or (governing_verb(there.root) or there.root).i != verb.i:
            return None
        return other
    return None


def saying_date(cand: Candidate, found: list[Candidate], doc: Doc, published: datetime | None) -> Candidate | None:
    """The date of a past saying that reports, in a clause of "would", the length `cand` counts on ("Last month the
    firm said it would break even within a year": a year from last month, not from publication): another date of
    the paragraph, before publication, that hangs straight on the verb of saying. None when the length is no such
    length or the saying names no date of its own."""
    if cand.type != "DURATION" or published is None or not LENGTH_ON_BEFORE.search(doc.text[: cand.start][-20:]):
        return None
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if (
        verb is None
        or verb.dep_ != "ccomp"
        or not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
    ):
        return None
    saying = verb.head
    if saying.lemma_.lower() not in PAST_PROMISING or saying.tag_ != "VBD":
        return None
    for other in found:
        if other is cand or other.type != "DATE" or "X" in other.value or not re.match(r"\d{4}", other.value):
            continue
        there = doc.char_span(other.start, other.end, alignment_mode="expand")
        if there is None or not len(there) or governing_verb(there.root) is None:
            continue
        if governing_verb(there.root).i != saying.i or value_start(other.value) is None:
            continue
        if value_span(other.value)[1] >= published.date().isoformat():
            return None  # said today or this week: from publication, as before
        return other
    return None


# The words before a length that count it back to the time of its clause: a superlative or a first time ("the highest
# in", "the wettest for", "for the first time in") or a stretch named as the one up to then ("over the past",
# "in the last").
COUNTED_BACK_BEFORE = re.compile(r"\b(?:in|over|during|for) (?:the )?(?:past|last) $", re.I)
# A calendar value of a year, a month or a day (no week, season or time): a past clause's own time.
CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def clause_date(
    cand: Candidate,
    found: list[Candidate],
    doc: Doc,
    published: datetime | None,
    quotes: list[tuple[int, int]] = (),
    event_day: str | None = None,
) -> Candidate | None:
    """The date, gone by, of the past clause a length counted back belongs to ("In 2010 rainfall was the highest in
    the past decade": the decade up to 2010, not up to publication; "Rainfall in 2012 was the highest for a decade":
    the last time before 2012): a year, month or day of the same sentence, ended before publication, that hangs on
    the length's own verb, or on the past saying that reports it in the past perfect ("In 2018 the company said
    profits had risen over the past three years"), or how often something happened in the stretch up to a time the
    story went back to ("In April 2019 … for the third time in a decade": 2009 to April 2019). None when the clause
    is not told in the past (a present perfect runs up to now) or names no such date. A past perfect quoted in a
    story of the past (`event_day`, see lead_event_day) with no such date ("Her daughter told the inquest: 'In the
    last six months she had become frail'") runs up to that day: a speaker's past perfect looks back from the past
    time the story is about, not from the hearing or publication."""
    if cand.type != "DURATION" or published is None or "span" in cand.extras or "date_value" in cand.extras:
        return None
    before = doc.text[: cand.start] + LEADING_CUE.match(cand.text)[0]  # "over the past three years" carries its cue
    counted_back = _superlative_in(before) or COUNTED_BACK_BEFORE.search(before[-20:])
    if not counted_back and not REPEATED_IN.search(before[-120:]):
        return None
    # "In April 2019 the river burst its banks for the third time in a decade": how often, in the decade up to the
    # clause's own time, when the story has gone back to one ("… in a month on Saturday" is the month up to now)
    gap = None if counted_back else NARRATIVE_GAP_DAYS
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None or verb_tense(verb) != "past" or present_perfect(verb):
        return None
    sentence = nlp.sentence_index(doc, cand.start)
    verbs = {verb.i}
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        verbs.add(verb.head.i)  # "said profits had risen over the past three years": as of the saying
    dated = None
    for other, there in _calendar_dates_of_sentence(cand, found, doc, sentence):
        if (governing_verb(there.root) or there.root).i not in verbs:
            continue
        if not _ended_before(other, published) or (
            gap is not None and (published.date() - date.fromisoformat(value_span(other.value)[1][:10])).days <= gap
        ):
            continue  # this year's or today's: the stretch up to now, as before
        if dated is not None:
            return None  # two dates on the clause: which it is measured to is not said
        dated = other
    quoted = any(s < cand.start < e for s, e in quotes)
    if dated is None and counted_back and _past_perfect(verb) and (verb.dep_ != "ccomp" or quoted):
        dated = _time_of_the_simple_past(cand, found, doc, sentence, published)
        if dated is None and quoted and event_day is not None:
            return Candidate(-1, -1, event_day, "DATE", event_day, "event_day", "explicit")
    return dated


def _calendar_dates_of_sentence(cand: Candidate, found: list[Candidate], doc: Doc, sentence: int):
    """The dates of `found` other than `cand` with a calendar value (a year, month or day) in the sentence numbered
    `sentence` of `doc`, each with its span."""
    for other in found:
        if other is cand or other.type != "DATE" or other.extras.get("undated"):
            continue
        if not CALENDAR_VALUE.fullmatch(other.value) or nlp.sentence_index(doc, other.start) != sentence:
            continue
        there = doc.char_span(other.start, other.end, alignment_mode="expand")
        if there is not None and len(there):
            yield other, there


def _past_perfect(verb: Token) -> bool:
    """Whether `verb` is in the past perfect ("had been", "'d lived", "had been charged")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


def _ended_before(cand: Candidate, published: datetime) -> bool:
    """Whether the calendar date of `cand` ends before publication's day (not this year's, this month's or today's)."""
    last = value_span(cand.value)[1]
    return bool(last) and last[:10] < published.date().isoformat()


def _time_of_the_simple_past(
    cand: Candidate, found: list[Candidate], doc: Doc, sentence: int, published: datetime
) -> Candidate | None:
    """The time a past perfect counts back from: the one calendar date, ended before publication, hung on a verb of
    the simple past in the sentence of `cand` or, failing that, in the sentence before it ("Last month, a man was
    jailed for six years. He had been on bail for the past 14 months": the 14 months up to last month, not up to
    now). A date on a noun ("for an attack in August 2024") is the noun's, not the clause's. None when no such
    sentence names one such date."""
    for number in (sentence, sentence - 1):
        dates = []
        for other, there in _calendar_dates_of_sentence(cand, found, doc, number):
            head = there.root.head if there.root.dep_ != "pobj" else there.root.head.head
            if head.pos_ in ("VERB", "AUX") and verb_tense(head) == "past" and not present_perfect(head):
                if not _past_perfect(head) and _ended_before(other, published):
                    dates.append(other)
        if dates:
            return dates[0] if len(dates) == 1 else None
    return None


def _a_penalty(doc: Doc, cand: Candidate) -> bool:
    """Whether the length `cand` hangs on a verb of a penalty ("jailed for six years", "banned for three years"), or
    on what the penalty bars ("banned from driving on Friday for three years")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        verb = verb.head.head
    return verb is not None and verb.lemma_.lower() in PENALTY_VERBS


def _row(
    cand: Candidate,
    paragraph: int,
    doc: Doc,
    published: datetime | None,
    mentions: pd.DataFrame | None,
    text: str | None = None,
    entry: Candidate | None = None,
    said: Candidate | None = None,
    upto: Candidate | None = None,
    story: str | None = None,
) -> dict:
    """One timeline row for an expression found in a paragraph's doc (whose text is `text`, read from it if None);
    `entry` is the date opening the chronology's entry the paragraph is, if it is one; `said`, the date of the
    past saying that reports the clause of a length (see `saying_date`), which the length counts from; `story`, the
    value of the date the story had come to before the paragraph."""
    text = nlp.doc_text(doc) if text is None else text
    anchor = cand.anchor
    counted_from = value_start(entry.value) if entry is not None and entry is not cand else None
    if counted_from is None and said is not None and cand.type == "DURATION" and value_start(said.value):
        moment, precision = value_start(said.value)
        # a length in hours from a named day ("for 48 hours on Thursday") runs from that day's start
        counted_from = moment, "hour" if precision == "day" else precision
    last_occasion = False  # the row dates the last occasion before the one its clause tells of (see below)
    since_event = ""  # the event "since" tells of, when the row dates it (see _counted_since_an_occasion)
    if cand.extras.get("undated"):  # a fiscal period, an indefinite day ("on a Sunday"): no calendar date
        start, end, anchor = "", "", "vague"
    elif cand.type == "TIME" and _in_a_schedule(doc, cand):
        # "will run extra crossings every 10 minutes from 6am to midnight": the hours of each day, not today's
        start, end, anchor = "", "", "vague"
        cand.value = re.sub(r"^\d{4}-\d\d-\d\d", "XXXX-XX-XX", cand.value)
    elif cand.type == "DURATION" and "span" in cand.extras and _a_penalty(doc, cand):
        start, end, anchor = "", "", "vague"  # "She jailed him on Thursday for nine years": a sentence's length, as
        # with no day named, not nine years on from that Thursday
    elif "span" in cand.extras:  # "the year to March": the twelve months ending then; "two weeks later" than March
        start, end = cand.extras["span"]
        if (
            "date_value" in cand.extras
            and start
            and starts_after_publication(start, published)
            and _told_in_the_past(doc, cand, present=True)
        ):
            start, end, anchor = "", "", "vague"  # "Two days later we started the long journey home", after "will
            # host the Games next year": what was done is not counted from a year still to come
    elif "date_value" in cand.extras:  # "two weeks later": a date counted from the last one (TimeML keeps P2W)
        start, end = value_span(cand.extras["date_value"])
        if start and starts_after_publication(start, published) and _told_in_the_past(doc, cand, present=True):
            start, end = "", ""  # "wore trackers … and again five years later": counted from a point never dated;
            # '"Ten years on, we are still waiting"', after the day of the vigil to come: counted from the fire
        anchor = "relative" if start else "vague"
    elif cand.type == "DURATION":
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        tense = verb_tense(verb) if verb is not None else None
        if tense == "future" and cand.extras.get("historic") and simple_present(verb) and counted_from is None:
            tense = "past"  # a chronology's "Last year - An inspection recommends repairs", its date unknown
        if (
            tense is None
            and verb is not None
            and verb.tag_ == "VB"
            and verb.dep_ in ("ccomp", "xcomp")
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        ):
            verb = verb.head  # "rates helped traders borrow more over the past six months": helped's time
            tense = verb_tense(verb)
        if verb is not None and _prospect_gerund(verb):
            tense = "future"  # "was confident of getting the bill through within a year": what is hoped for is
            # still to come, counted on from publication, whatever the tense of the hope
        perfect = verb is not None and present_perfect(verb)
        being = verb is not None and verb.lemma_ == "be"
        if RUNNING_TO_NOW.match(text, cand.end) and re.search(r"\bfor\s+$", text[: cand.start]):
            tense, perfect = "past", True  # "we have been told that for eighteen months now": up to publication
        before = text[: cand.start]
        if tense is None and IN_TIME_AFTER.match(text, cand.end) and re.search(r"\bin\s+$", before):
            tense = "future"  # "could close in four years' time": a length "in … time" counts on from now; a bare
            # modal only hedges whether it happens, not when
        if (
            BARE_STRETCH.match(cand.text)
            # the stretch is the clause's subject or an adverb of its verb, not a conjunct of a length before it
            # ("a budget for the next six months, not the next six years")
            and span is not None
            and (
                span.root.dep_ in ("nsubj", "nsubjpass", "npadvmod", "ROOT")
                # "We have spent the past eight months putting it together": the time spent is the stretch
                or (span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in TIME_SPENDING_VERBS)
            )
            and not re.search(r"\b(?:in|within|for|over|during|since|of|from|by)\s+$", before, re.I)
            and not re.match(r"\s+(?:of|before|after|to|until|between)\b", text[cand.end :])
        ):
            before += "over "  # "The past five years have been hard": the stretch up to publication, as "over" it
        if perfect and span.root.dep_ == "npadvmod" and span.root.head.i == verb.i:
            before += "for "  # "he's lived here forty years": a duration with no word before it, as with "for"
        if (
            tense == "future"
            and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and re.search(r"\bfor\s+$", before)
        ):
            tense = "present"  # "recommends the drug for up to two years": how long each time, no plan from today
        if (
            tense == "future"
            and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children)
        ):
            tense = "present"  # "the second act now flies by in under an hour": how things stand, no plan
        if (verb is not None and side_read_as_a_gerund(verb)) or (
            verb is None and span is not None and len(span) and fixture_read_as_a_noun(span.root.sent)
        ):
            tense = "future"  # "Reading host Barnsley on Saturday in their third game in a week": a fixture to come
        if (
            paragraph == 0
            and tense == "future"
            and verb.tag_ in ("VBZ", "VBP")
            and verb.lemma_.lower() in HEADLINE_CHANGE_VERBS
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and re.search(r"\bin\s+$", before)
            and not _superlative_in(before)
        ):
            tense, perfect = "present", True  # a headline's "Coral reefs lose half their cover in three decades": the
            # news present of what has happened over the stretch up to now, not thirty years from now
        if _ordinal_in_the_subject(verb, span, before):
            before = text[verb.idx : cand.start]  # "The second round of talks begins in two weeks": the round is the
            # second, not the time in two weeks; the stretch counts as the verb's own words say
        if verb is not None and verb.lemma_.lower() in PENALTY_VERBS:
            start, end, anchor = "", "", "vague"  # a sentence's length, not a time the article dates
        elif verb is not None and verb.lemma_.lower() in DEFERRING_VERBS:
            start, end, anchor = "", "", "vague"  # "the trial has been adjourned for five months": how long it is
            # put off, from a day the text does not give (not the months up to publication)
        elif verb is not None and habitual(verb):
            start, end, anchor = "", "", "vague"  # "when it rains for more than two days I go": any such time
        elif _generic_claim(text, cand, span):
            start, end, anchor = "", "", "vague"  # "Most close within five years": what happens to any of them,
            # counted from each one's own start, not from publication
        elif span is not None and _standing_rule(span):
            start, end, anchor = "", "", "vague"  # "patients should start treatment within 18 weeks": a limit each
            # case is held to from its own start, not a stretch from publication
        elif span is not None and _length_of_a_thing(span):
            start, end, anchor = "", "", "vague"  # "a larger trial over two years would begin in the autumn": how
            # long the trial runs, from its own start, not from publication
        elif verb is not None and re.search(r"\bfor\s+$", before) and _runs_from_a_dated_verb(verb):
            start, end, anchor = "", "", "vague"  # "hearings would resume on 11 May and run for six weeks": from
            # 11 May, not from publication
        elif verb is not None and _would_of_the_past(verb, span, published, story):
            start, end, anchor = "", "", "vague"  # "had told the board in 2016 that the transfers would be repaid
            # within two years", "he would sit in the evenings and say nothing for an hour": not from publication
        elif _usual(doc, cand):
            start, end, anchor = "", "", "vague"  # "more rain than it usually gets in two months": any such time
        elif (occasion := _counted_since_an_occasion(doc, cand, text, verb, tense, perfect)) is not None and published:
            # "It is 20 years since the river burst its banks", "Saturday marks a decade since the bridge was rebuilt":
            # what "since" tells of happened that long before now, about then; the row is that event's
            moment = published
            for n, unit in duration_parts(cand.value):
                moment = shift(moment, -n, unit)
            (start, end), anchor = _span_at(moment, _granularity(duration_parts(cand.value))), "relative"
            since_event = occasion
        elif (
            COUNTED_FROM_EVENT.match(text, cand.end)
            and not (_superlative_in(before) and CAUSE_AFTER.match(text, cand.end))
            and not PAST_STRETCH.match(cand.text)
        ):  # "the smallest in six years after a dry spring" tells why, from publication; "have lost five games in
            # the past fortnight after a defeat on Saturday" names the days up to now, and the defeat is one of them
            start, end, anchor = "", "", "vague"  # "within 28 days of being notified": from that, not from now
        elif DATED_AFTER.match(text, cand.end) and not _superlative_in(before):
            start, end, anchor = "", "", "vague"  # "within 18 weeks by March 2026": a standard with its own date
        elif REPEATED_AFTER.match(text, cand.end):
            start, end, anchor = "", "", "vague"  # "will strike for 24 hours at a time": each time, not from now
        elif COMPARED_AFTER.match(text, cand.end):
            start, end, anchor = "", "", "vague"  # "exams will begin a week earlier than usual": how much earlier,
            # not a week from now
        elif COUNT_IN_BEFORE.search(before[-80:]) and not UP_TO_NOW.match(cand.text):
            start, end, anchor = "", "", "vague"  # "play three matches in eight days over Christmas": how close
            # together, not eight days from now ("has lost five games in the past fortnight" counts them in the
            # fourteen days up to now)
        elif upto is not None and counted_from is None:
            # "In 2010 rainfall was the highest in the past decade": the stretch up to the end of the clause's own
            # date (2001 to 2010); "Rainfall in 2012 was the highest for a decade": the last time, about 2002
            first, last = value_span(upto.value)
            precision = value_start(upto.value)[1]
            after = datetime.fromisoformat(last[:10]) + timedelta(days=1)
            start, end, anchor = duration_span(cand.value, before, tense, after, cand.text, perfect, precision, being)
            if start and end == after.date().isoformat():
                end = last[:10]  # up to and with the named period, not the day after it
            elif start:
                moment = datetime.fromisoformat(first[:10])
                start, end, anchor = duration_span(
                    cand.value, before, tense, moment, cand.text, perfect, precision, being
                )
                last_occasion = bool(start)
        elif counted_from is not None:  # "March 2019 - An inspection recommends repairs within five years": the
            # entry's present is its date, which the duration counts from (2019-03-01..2024-03-01)
            moment, precision = counted_from
            start, end, anchor = duration_span(cand.value, before, tense, moment, cand.text, perfect, precision, being)
        else:
            start, end, anchor = duration_span(cand.value, before, tense, published, cand.text, perfect, being=being)
            # a length back from publication that ends before it is no stretch up to now but the last occasion
            # ("for the first time in 15 years": about 2011), whose clause tells of this one
            last_occasion = bool(start) and published is not None and end < published.date().isoformat()
    elif cand.type == "SET":
        start, end, anchor = "", "", "vague"
    elif anchor == "relative" and re.fullmatch(r"\d{4}-(?:\d\d|SP|SU|FA|WI)", cand.value) and _usual(doc, cand):
        # "Usually the strongest storms come in November": every November, no one calendar month
        cand.type, cand.value = "SET", "XXXX" + cand.value[4:]
        start, end, anchor = "", "", "vague"
    else:
        start, end = value_span(cand.value) if published is not None or anchor == "explicit" else ("", "")
        if start and cand.extras.get("mod"):
            whole = start, end
            start, end = part_of_span(start, end, cand.value, cand.extras["mod"])
            today = published.date().isoformat() if published is not None else ""
            if (
                cand.extras["mod"] == "END"
                and today < end
                # "until" the end of a period to come names no start ("the market returns in April and runs until
                # the end of October"); a deadline runs from now whenever it falls
                and (
                    (
                        whole[0] <= today
                        and (
                            _running_until(text, cand) or (YEAR_ONLY.fullmatch(cand.value) and _by_the_end(text, cand))
                        )
                    )
                    or _deadline(doc, text, cand)
                )
                and not _told_in_the_past(doc, cand)
            ):
                start = today  # "frozen until the end of the year", "will publish its findings before the end of the
                # year", "to open in Europe before the end of next year": from now to its end, not its last months
            elif (
                cand.extras["mod"] == "START"
                and start <= today <= whole[1]
                and SINCE_BEFORE.search(text, max(0, cand.start - 8), cand.start)
            ):
                # "118 deaths since the beginning of the year": from its start up to now, not beyond, nor only its
                # first months when now is later in it ("fallen 14 per cent since the start of the year" in June)
                end = today
            elif cand.extras["mod"] == "START" and start <= today < end:
                # "near certainty of a March cut at the start of the year", told in February: the start of a period
                # now under way is behind the writer, so it ends at publication, not with the period's first third
                end = today
        if start and published is not None and (side := NOW_SIDE.match(cand.text)):
            # "earlier this year" ends at publication, "later this month" starts there (TimeML keeps the year); "earlier
            # in the week" of a day named before ends on that day
            today = cand.extras.get("side_of") or published.date().isoformat()
            if side[1].lower() == "earlier" and start <= today < end:
                end = today
            elif side[1].lower() == "later" and start < today <= end:
                start = today
        if (
            start
            and published is not None
            and (SO_FAR_AFTER.match(text, cand.end) or SO_FAR_BEFORE.search(text, max(0, cand.start - 12), cand.start))
        ):
            today = published.date().isoformat()  # "the coldest nights of the winter so far": up to now, not to
            end = today if start <= today < end else end  # the winter's end in February
        if start and published is not None and REST_OF.match(cand.text) and not _told_in_the_past(doc, cand):
            today = published.date().isoformat()  # "to remain low for the rest of the year": from now to its end
            start = today if start <= today < end else start
        if not start:
            anchor = "vague" if cand.value.endswith("_REF") or re.search(r"X", cand.value) else anchor
    number = nlp.sentence_index(doc, cand.start)
    spans = nlp.sentence_spans(doc)
    sentence = text[spans[number - 1][0] : spans[number - 1][1]] if number else ""
    # a length counted from the last date shows the word that counts it; a date that only counts from its own day
    # ("the Christmas holidays on Monday") does not take the "on" of the date after it
    shown = COUNTED_WORD.match(text, cand.end) if "date_value" in cand.extras and cand.type == "DURATION" else None
    end_char = shown.end() if shown else cand.end  # "A decade later", whole: "A decade" alone is a length
    made = {
        "paragraph": paragraph,
        "start_char": cand.start,
        "end_char": end_char,
        "expression": text[cand.start : end_char] if shown else cand.text,
        "type": cand.type,
        "value": cand.value,
        "date": start,
        "date_end": end,
        "anchor": anchor,
        "event": printed_date_label(text, cand.start)
        or event_phrase(doc, cand.start, cand.end, starts_after_publication(start, published)),
        "sentence": sentence,
        "entities": _sentence_entities(mentions, paragraph, number),
    }
    if since_event:
        made["event"] = since_event
    elif last_occasion and made["event"]:
        # "Fuel duty goes up for the first time in 15 years": the row's date is the time it last went up, not when
        # the clause's event happens, so the event says so ("Fuel duty goes up" alone, at 2011, reads as a rise then)
        made["event"] = f"{LAST_OCCASION_LABEL}{made['event']}"
    elif made["event"] and cand.type == "DATE" and start and published is not None:
        if end < published.date().isoformat() and CALENDAR_VALUE.fullmatch(cand.value.split("/")[0]):
            occasion = first_since_occasion(text[: cand.start], text[end_char:])
            if occasion is not None:  # "the first … final at Wimbledon since 1911": the last such final, not the win
                made["event"] = occasion or f"{LAST_OCCASION_LABEL}{made['event']}"
    if cand.type == "DURATION" and counted_from is not None and start and entry is not None:
        made[FROM_ENTRY] = True  # moves with the entry's date (see keep_entries_in_order)
    return made


# "the first … since" or a superlative "since" right before a date: "the first double-bagel women's final at
# Wimbledon since 1911", "the biggest crowd since 2019", "its highest since 2008". A headline drops the determiner
# ("Inflation hits highest level since 2008"): a bare "-est" word is read so too, but not "at least since 2019" (a
# bound, no occasion) nor an adjective that only ends so ("modest growth since 2019").
FIRST_SINCE = re.compile(
    rf"(?:\b(?:the|its|their|his|her|a)\s+(?:\w+\s+)?(?P<word>first|best|worst|most|least"
    rf"|(?!(?:{'|'.join(NOT_SUPERLATIVES)})\b)\w+est)"
    rf"|\b(?P<bare>(?!(?:{'|'.join(NOT_SUPERLATIVES + BARE_NOT_SUPERLATIVES)})\b)\w+est))"
    rf"\b(?P<what>[^.;:!?]{{0,80}}?)\s*\bsince\s+"
    rf"(?:(?P<the>the)\s+(?:(?P<named>(?:[\w'\u2019-]+\s+){{0,5}}?[\w'\u2019-]+)\s+(?:of|in)\s+)?)?$",
    re.I,
)
# The rest of a noun phrase of an occasion whose date leads it: "since the 2021 Hungarian Grand Prix" (up to a
# comma, a full stop or a word that starts another phrase).
NAMED_AFTER_DATE = re.compile(
    r"[\w'\u2019-]+(?:\s+(?!(?:and|but|when|where|which|who|as|in|at|for|with|to|on|after|before)\b)"
    r"[\w'\u2019-]+){0,5}"
)


def first_since_occasion(before: str, after: str) -> str | None:
    """The event of a date after "the first … since" or a superlative's "since": the occasion the words name with the
    date ("the best result since the 2021 Hungarian Grand Prix": "Hungarian Grand Prix", which happened then), else
    what last happened on it, labelled so ("last time before now: double-bagel women's final at Wimbledon", "… biggest
    crowd"); "" when the words name nothing ("its highest since 2008": the clause's own event stands, labelled),
    None when the date follows no such words or a "when" clause after it tells what happened then ("since 1939, when
    Jedrzejowska reached the final")."""
    match = FIRST_SINCE.search(before[-200:])
    if match is None or re.match(r"\s*,?\s*when\b", after):
        return None
    named = match["named"]  # "the worst since the Black Summer fires of 2019-20": the occasion the date is of
    if match["the"] and not named:  # "the best result since the 2021 Hungarian Grand Prix": the words after the
        rest = NAMED_AFTER_DATE.match(after.lstrip(" ")) if after[:1] == " " else None  # date name it
        named = rest[0] if rest else None
    if named:
        return named  # that occasion happened then, so it is the row's event itself
    what = re.sub(r"^\s*time\b", "", match["what"]).strip(" ,\u2014-")
    if not what:
        return ""
    word = match["word"] or match["bare"]
    return LAST_OCCASION_LABEL + (what if word.lower() == "first" else f"{word} {what}")


# What a row's event starts with when its date is the last occasion before the one the clause tells of ("Fuel duty
# goes up for the first time in 15 years"): the clause's event did not happen then, one like it did.
LAST_OCCASION_LABEL = "last time before now: "


# The words before a date printed on goods, and the label it is: "best before dates of 14 July 2027 and 21 July 2027",
# "use-by date of", "batches dated", "best-before dates between 12 January and 28 February". Such a date names which
# packs are meant; no event happens on it, so the verb of the sentence ("recalled") is not its event. "use by" and
# "sell by" without a hyphen are a label only before "date" ("limiting phone use by July 1" is a deadline).
PRINTED_DATE_BEFORE = re.compile(
    r"\b(?P<label>best[- ]before|use-by|sell-by|(?:use|sell) by(?=\s+(?:dates?|codes?)\b)|display[- ]until|expiry"
    r"|expiration|batch(?:es)?)(?:\s+(?:dates?|codes?|marked|dated))?(?:\s+(?:of|dated|marked|from|between))?\s+"
    r"(?:[\w ]{1,20}?(?:,|\s+and|\s+or|\s+to)\s+){0,3}$",
    re.I,
)


# The words of a reference number that a date is part of: "quoting log 712 of 29 November", "incident 345 of 3 March",
# "crime reference number 26/1187 dated 4 May". The date files the call or the report under a number; the story's
# event on that day is told elsewhere, so the date is no event of its own.
REFERENCE_NUMBER_BEFORE = re.compile(
    r"\b(?:log|incident|occurrence|crime|reference|ref\.?)(?:\s+(?:reference|ref\.?|number|no\.?))*\s*:?\s*"
    r"(?=[\w/-]*\d)[A-Z0-9][\w/-]*,?\s+(?:of|dated)\s+$",
    re.I,
)


MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
# Titles that make the month word after them a surname: "Mrs May".
NAME_TITLES = frozenset("Mr Mrs Ms Miss Dr Sir Lady Lord Dame Prof Professor Baroness".split())
# Words right before a month word that make it the month: "in May", "until May", "early May", "May and June".
MONTH_WORDS_BEFORE = frozenset(
    "in on by since until till from to through during throughout of early late mid last next this that every each "
    "between and or before after end start beginning middle the".split()
)


def month_surnames(docs: dict[int, Doc]) -> set[str]:
    """Month words the article uses as a person's surname: "Theresa May", "Mrs May" (a capitalised given name the
    recogniser puts in the same person, or a title, right before the month word)."""
    names = set()
    for doc in docs.values():
        for t in doc[1:]:
            if t.text not in MONTH_NAMES:
                continue
            before = doc[t.i - 1]
            if before.text.rstrip(".") in NAME_TITLES or (
                t.ent_type_ == "PERSON"
                and before.ent_type_ == "PERSON"
                and before.ent_iob_ != "O"
                and t.ent_iob_ == "I"
                and before.text[:1].isupper()
                and before.text not in MONTH_NAMES
            ):
                names.add(t.text)
    return names


def leave_out_months_that_are_surnames(rows: list[dict], texts: dict[int, str], docs: dict[int, Doc]) -> list[dict]:
    """Rows of a bare month word the article uses as a person's surname ("Theresa May will stand down … May, who was
    prime minister"; a headline's "May's legacy") are no date: the person, named alone, where no word of time comes
    before it ("in May", "until May") and no day or year after it ("May 4", "May 2025")."""
    names = month_surnames(docs)
    if not names:
        return rows
    kept = []
    for row in rows:
        text = texts.get(row["paragraph"], "")
        word = row["expression"]
        if word in names and text[row["start_char"] : row["end_char"]] == word:
            before = re.search(r"(\w+)\W*$", text[max(0, row["start_char"] - 30) : row["start_char"]])
            after = text[row["end_char"] : row["end_char"] + 6]
            if (before is None or before[1].lower() not in MONTH_WORDS_BEFORE) and not re.match(r"\W{0,2}\d", after):
                continue
        kept.append(row)
    return kept


def in_a_reference_number(text: str, start: int) -> bool:
    """Whether the date at character `start` closes a reference number (REFERENCE_NUMBER_BEFORE)."""
    return REFERENCE_NUMBER_BEFORE.search(text, max(0, start - 60), start) is not None


def printed_date_label(text: str, start: int) -> str:
    """The label of a date printed on goods ("best before date", "batch date") when the words before the date at
    character `start` say it is one; "" otherwise."""
    found = PRINTED_DATE_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return ""
    label = found["label"].lower().replace("-", " ")
    return f"{'batch' if label.startswith('batch') else label} date"


def _ordinal_in_the_subject(verb: Token | None, span: Span | None, before: str) -> bool:
    """Whether the ordinal or superlative that would make a stretch "the second time in" or "the best in" one is
    in the subject of the finite verb the stretch hangs on, before that verb ("The third phase of the scheme will
    open in six months", "the second act now flies by in under an hour"): the thing is the third, the stretch is
    not one counted back to it."""
    if verb is None or span is None or not (verb.i < span.start):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None:
        return False
    found = REPEATED_IN.search(before, max(0, len(before) - 120)) or SUPERLATIVE_IN.search(
        before, max(0, len(before) - 120)
    )
    if found is None:
        return False
    own = before[verb.idx :]
    if REPEATED_IN.search(own) or _superlative_in(own):
        return False
    first, last = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return first <= found.start() < last  # "It was the second time the bank had raised rates": not the bank's


# The word after a length counted from the date told before it ("two years later", "a week earlier"): TimeML leaves it
# out of the expression, but the timeline shows it, as the length alone would read as a stretch of time.
COUNTED_WORD = re.compile(r"\s+(later|earlier|afterwards|on)\b", re.I)

# "since" right before an expression: what is counted runs from it up to now.
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)

# "until" before "the end of" a period: the time runs to its end (from now, when now is in that period).
UNTIL = re.compile(r"(?:until|till|til|through|up to)\s+", re.I)
UNTIL_BEFORE = re.compile(r"\b(?:until|till|til|through|up to)\s+$", re.I)


# "before" right before "the end of" a period: a deadline, so the thing may come any day from now to the end. "by the
# end of the year" stays the year's last third, as TimeML's END reads it ("the plant will close by the end of 2027"
# is told like "in late 2027").
DEADLINE = re.compile(r"before\s+", re.I)
DEADLINE_BEFORE = re.compile(r"\bbefore\s+$", re.I)


def _running_until(text: str, cand: Candidate) -> bool:
    """Whether a time to its end is said ("until the end of the year", "valid till the end of the month")."""
    before = UNTIL_BEFORE.search(text, max(0, cand.start - 12), cand.start)
    return UNTIL.match(cand.text) is not None or before is not None


# "by" right before "the end of" a year: a deadline. In the year that holds publication ("due to be finished by the
# end of the year" written in March) the thing may come any day from now, not only from September; a later year's end
# ("will close by the end of 2027") stays its last third, told like "late 2027". A week's or a month's end keeps its
# last days ("signed by the end of the week": Friday to Sunday), which read as its end.
YEAR_ONLY = re.compile(r"\d{4}")
BY_BEFORE = re.compile(r"\bby\s+$", re.I)
BY = re.compile(r"by\s+", re.I)


def _by_the_end(text: str, cand: Candidate) -> bool:
    """Whether "by" says a deadline at the expression's end ("by the end of the year")."""
    return BY.match(cand.text) is not None or BY_BEFORE.search(text, max(0, cand.start - 6), cand.start) is not None


def _deadline(doc: Doc, text: str, cand: Candidate) -> bool:
    """Whether a deadline at a period's end is said ("before the end of the year", "before the end of next year"), in
    a clause not denied ("will not be finished before the end of the year" puts the thing after it)."""
    said = DEADLINE.match(cand.text) or DEADLINE_BEFORE.search(text, max(0, cand.start - 8), cand.start)
    if said is None:
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    return verb is None or not any(c.dep_ == "neg" for c in verb.children)


# "earlier" or "later" before the week, month or year of publication: the part of it before or after now.
REST_OF = re.compile(r"the rest of (?:the|this) (?:week|month|year|season|decade)$", re.I)
# "so far" or "to date" right before or after a period it is in: the part of it up to publication.
SO_FAR_BEFORE = re.compile(r"\b(?:so far|to date)\s+$", re.I)
NOW_SIDE = re.compile(r"(earlier|later) (?:this|in the) (?:week|month|year|decade|century)$", re.I)

# Adverbs of a habit: a month or a season in a simple present clause they qualify is any year's.
USUAL_WORDS = {"usually", "often", "typically", "normally", "generally", "traditionally", "always", "regularly"}


def _usual(doc: Doc, cand: Candidate) -> bool:
    """Whether the expression's clause tells of a habit in the simple present ("Usually the strongest storms come
    in November", "the birds often arrive in spring"), or with "would" ("temperatures we'd normally expect in late
    January")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    return (
        verb is not None
        and (simple_present(verb) or any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children))
        and any(c.dep_ == "advmod" and c.lower_ in USUAL_WORDS for c in verb.children)
    )


def _told_in_the_past(doc, cand: Candidate, present: bool = False) -> bool:
    """Whether the verb that governs an expression is in the past tense (a clause of "with" has none of its own:
    it takes the tense of the clause it hangs on); with `present`, in the present tense too (not to come)."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is not None and _with_absolute_misread(verb):
        verb = verb.head
    return verb is not None and verb_tense(verb) in (("past", "present") if present else ("past",))


# Words that open a clause of time or cause as well as a noun phrase: "after a defeat on Saturday left the club
# 22nd" is "after [a defeat … left the club 22nd]", which a parse may read as "after a defeat".
CLAUSE_OPENERS = frozenset({"after", "before", "until", "since", "once", "as"})


def _subject_read_as_an_object(noun: Token, verb: Token) -> Token | None:
    """The verb whose subject `noun` really is when the parse made it the object of a preposition like "after" that
    opens a clause: the finite verb straight after the noun's phrase, with no comma between, which either the parse
    gave the subject before the preposition ("sacked manager Gary Hartley after a 3-0 defeat by Dunmere on Saturday
    left the club 22nd": "defeat … left") or left with none ("resigned after a report in March found failings":
    "report … found"). None otherwise; a phrase set off by commas ("Hartley, after a defeat on Saturday, left")
    keeps its subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in CLAUSE_OPENERS:
        return None
    if noun.right_edge.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.right_edge.i + 1]
    if after.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in after.children):
        return None
    subject = next((c for c in after.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if prep.head.i == after.i and subject is not None and subject.i < prep.i:
        between = noun.doc[subject.right_edge.i + 1 : prep.i]
        return None if any(t.is_punct for t in between) else after
    if subject is None and after.dep_ in ("advcl", "conj", "ccomp") and after.head.i == prep.head.i:
        return after
    return None


def _opener_object_before(verb: Token) -> Token | None:
    """The object of a preposition like "after" that stands right before `verb`, a finite verb with no subject
    or auxiliary hung on the clause the preposition belongs to: the parse read a conjunction opening a clause as a
    preposition and left its verb without the subject in front of it ("dismissed their coach after a 4-1 loss at
    Fernside on Tuesday left the team bottom": "loss"). None otherwise."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("advcl", "conj", "ccomp") or verb.left_edge.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl", "cc") for c in verb.children):
        return None
    before = verb.doc[verb.left_edge.i - 1]
    if before.text == "," and verb.left_edge.i >= 2 and _closes_an_apposition(verb.doc[verb.left_edge.i - 2]):
        before = verb.doc[verb.left_edge.i - 2]  # "after the previous MP, Sir Graham Pell, stood down": the comma
        # closes the name set beside the noun, not the clause of "after"
    elif before.is_punct:
        return None
    for noun in [before, *before.ancestors]:
        if noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_OPENERS and noun.head.head.i == verb.head.i:
            ends = noun.right_edge.i in (before.i, verb.left_edge.i - 1)  # the closing comma may be the noun's
            return noun if ends and noun.pos_ in ("NOUN", "PROPN") else None
        if noun.i == verb.head.i:
            return None
    return None


def _closes_an_apposition(word: Token) -> bool:
    """Whether `word` is the last word of a phrase set beside a noun between commas ("the previous MP, Sir Graham
    Pell,"): the comma after it closes that phrase, so what follows the comma may still be the noun's verb."""
    phrase = next((t for t in [word, *word.ancestors] if t.dep_ == "appos"), None)
    return (
        phrase is not None
        and phrase.right_edge.i == word.i
        and phrase.left_edge.i > 0
        and word.doc[phrase.left_edge.i - 1].text == ","
    )


def _with_phrase_noun(span: Span) -> Token | None:
    """The noun of a phrase of "with" that the date hangs on, by "later" or "earlier" after a length, or by "on" or
    "in" when a comma sets the phrase apart ("…, with the second leg a week later", "…, with the return fixture on
    Easter Monday"): what happens then, not the event of the clause before it. None otherwise ("held talks with the
    minister on Monday", no comma: the talks)."""
    root, counted = span.root, True
    if root.head.lower_ in ("later", "earlier", "afterwards") and root.head.dep_ in ("advmod", "npadvmod"):
        owner = root.head.head
    elif root.dep_ in ("advmod", "npadvmod"):
        owner = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in ("on", "in") and root.head.dep_ == "prep":
        owner, counted = root.head.head, False
    else:
        return None
    with_ = owner.head
    if owner.pos_ != "NOUN" or owner.dep_ != "pobj" or with_.lower_ != "with" or with_.i == 0:
        return None
    # a length counted on dates the noun it follows wherever "with" stands ("compared with a loss a year earlier":
    # the loss); "on" or "in" may date the clause's event unless a comma sets the phrase apart
    return owner if (counted or with_.nbor(-1).text == ",") and _words(owner) else None


# What a clause of "with" whose verb is a misread noun holds besides: its subject, "with", punctuation and the words
# of when.
BARE_CLAUSE_DEPS = frozenset({"nsubj", "mark", "advmod", "npadvmod", "punct"})


def _with_absolute_misread(verb: Token) -> bool:
    """Whether `verb` heads a clause opened by "with" yet carries a finite tag: "with" takes a noun and a phrase,
    never a finite verb, so the parse read a noun as one ("with the return leg at Moor Lane ground ten days later":
    "ground" taken for the past of "grind"). Such a clause has no tense or verb of its own."""
    return (
        verb.dep_ in ("advcl", "ccomp")
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.i != verb.i
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def starts_after_publication(start: str, published: datetime | None) -> bool:
    """Whether a row's calendar date `start` (ISO, '' when undated) begins after the publication day."""
    return bool(start) and published is not None and start[:10] > published.date().isoformat()


# The key of a row (not a column) whose dates are counted from its chronology entry's date.
FROM_ENTRY = "_from_entry"


def _entry_span(rows: list[dict]) -> tuple[date, date] | None:
    """The days a chronology's entry is dated (its first row's span), or None when it has no calendar date."""
    first = rows[0]
    if not first["date"]:
        return None
    return date.fromisoformat(first["date"][:10]), date.fromisoformat((first["date_end"] or first["date"])[:10])


def _between(day: date, before: tuple[date, date] | None, after: tuple[date, date] | None) -> bool:
    """Whether `day` is no earlier than the span `before` starts and no later than the span `after` ends."""
    return (before is None or day >= before[0]) and (after is None or day <= after[1])


def keep_entries_in_order(entries: list[tuple[list[dict], str]], published: datetime | None) -> None:
    """Date a chronology's entries in the order they are listed, where a weekday or a month leaves a choice.

    `entries` are the rows of each entry, in reading order, with the rule that found its date. A chronology lists
    its entries in time order, so that order is evidence: a weekday ("Last Thursday - Engineers report new
    cracks", "Monday - Residents are told to leave") may be this week's or the one before, and when its reading
    falls after the next entry's dates, or before the previous entry's, while the same weekday a week earlier (or
    later) falls between them, the entry takes that one, and so do the other rows of its paragraph dated that
    day. A weekday never crosses publication that way: a day gone by stays gone by. A month named without its year
    ("January: Floods hit the lower town", atop a review of the year) takes the year before the same way. Only a
    chronology that runs
    forward, most of its neighbouring entries in time order, is so read (a list with the latest first is not)."""
    spans = [_entry_span(rows) for rows, _ in entries]
    dated = [s for s in spans if s is not None]
    forward = sum(a[0] < b[0] for a, b in zip(dated, dated[1:]))
    if forward <= len(dated[1:]) - forward:
        return
    for i, (rows, rule) in enumerate(entries):
        if rule not in ("weekday", "month") or spans[i] is None:
            continue
        before = next((s for s in reversed(spans[:i]) if s is not None), None)
        after = next((s for s in spans[i + 1 :] if s is not None), None)
        day = spans[i][0]
        # "Sunday, October 19 - Water seeps through. Monday - Pumps begin": after a day the entry before names, a
        # weekday is the first such day after it; a chronology skips no week without saying so
        # (but "Last Tuesday" says it is counted from publication, however long after the entry before it falls)
        told_from_now = any(re.match(r"(?:last|this|next)\b", str(row.get("expression", "")), re.I) for row in rows)
        skipped = (
            rule == "weekday"
            and not told_from_now
            and before is not None
            and before[0] == before[1]
            and (day - before[1]).days > 7
        )
        if _between(day, before, after) and not skipped:
            continue
        today = published.date() if published is not None else None
        if rule == "month":  # "January: Floods hit the town" atop a December paper's review of its year
            choices = [day - relativedelta(years=1)] + ([day + relativedelta(years=1)] if today is None else [])
        elif skipped:
            choices = [day - timedelta(days=7 * ((day - before[1]).days // 7 - ((day - before[1]).days % 7 == 0)))]
        else:
            choices = [day - timedelta(days=7), day + timedelta(days=7)]
        for moved in choices:
            crosses = today is not None and (day <= today) != (moved <= today)
            if not _between(moved, before, after) or (crosses and rule == "weekday"):
                continue
            old, new = day.isoformat(), moved.isoformat()
            if rule == "month":
                old, new = old[:7], new[:7]
            for row in rows:
                if row["value"].startswith(old):
                    for column in ("value", "date", "date_end"):
                        row[column] = row[column].replace(old, new, 1)
                    if rule == "month" and row["date"] and re.fullmatch(r"\d{4}-\d\d", row["value"]):
                        row["date"], row["date_end"] = value_span(row["value"])  # February's last day
                elif row.get(FROM_ENTRY):  # "within two weeks" counted from the entry's day moves with it
                    for column in ("date", "date_end"):
                        when = datetime.fromisoformat(row[column]) + (moved - day)
                        row[column] = (
                            when.isoformat(timespec="minutes") if "T" in row[column] else when.date().isoformat()
                        )
            spans[i] = _entry_span(rows)
            break


# A live page's entries each open with a clock time ("23:05 — The first result is in"). Listed in time order, or
# the latest first, their clock turning back (forward, when the latest is first) marks midnight between two entries.
# The latest entry is on the day of publication unless its clock is more than LIVE_LATE_HOURS past publication's
# (a page published at 02:30 whose last entry is 23:58 was written the night before); a page's own first
# publication a few hours before its entries is common.
LIVE_LATE_HOURS = 12
CLOCK_VALUE = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T(\d\d):(\d\d)$")


# Nouns of an event and the verbs that tell the same event: "his comeback" is what "returned on 3 May" told, "the
# conviction" what "was convicted in September" told. Only a noun's own verbs, or a verb with the complement that
# makes it one: "the rescue" is what "were found alive on Tuesday" told (a verb "found" alone is not: what was found
# when is not always what was rescued).
EVENT_NOUN_VERBS = {
    "comeback": {"return"},
    "return": {"return"},
    "rescue": {"rescue", "save", "find alive", "find safe", "find unharmed", "pull alive", "bring safe"},
    "arrest": {"arrest"},
    "conviction": {"convict"},
    "acquittal": {"acquit"},
    "sentencing": {"sentence"},
    "release": {"release", "free"},
    "resignation": {"resign"},
    "retirement": {"retire"},
    "departure": {"depart", "leave"},
    "death": {"die"},
    "election": {"elect"},
    "appointment": {"appoint"},
    "launch": {"launch"},
    "collapse": {"collapse"},
    "closure": {"close"},
    "takeover": {"take"},
}
# The prepositions that put a clause's event on from another: "since his comeback", "after the rescue" ("before his
# death" tells of a time before that day, which it does not date).
EVENT_NOUN_PREPOSITIONS = {"since", "after", "following"}
# A value of a calendar day (or a part of one) or month, which an event told again may take.
DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d(?:T(?:MO|AF|EV|NI))?)?")


def date_events_told_again(
    made: list[dict], rows: list[dict], doc: Doc, paragraph: int, docs: dict[int, Doc], mentions: pd.DataFrame | None
) -> None:
    """A row for an event the story dated before and names again as a noun after "since", "after", "following"
    ("returned on 3 May with a straight-sets win … Since his comeback, Kerr has won eight matches"; "was convicted in
    September … has recovered half the money since the conviction"): the day (month) the earlier clause, whose verb
    is the noun's own, was dated by; appended to `made`. Left out when the noun's phrase names a time of its own,
    or the earlier rows give no one such date."""
    for number, sentence in enumerate(doc.sents, 1):
        for prep in sentence:
            if (
                prep.lower_ not in EVENT_NOUN_PREPOSITIONS
                or prep.dep_ != "prep"
                or prep.head.pos_ not in ("VERB", "AUX")
            ):
                continue  # "in the week after the collapse": the week is what is told, not the collapse's day
            if any(c.dep_ == "npadvmod" for c in prep.children):
                continue  # "A week after his comeback, he reached the semi-finals": counted on, no day of its own
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            verbs = EVENT_NOUN_VERBS.get(noun.lemma_.lower()) if noun is not None else None
            if not verbs or not any(c.dep_ in ("det", "poss") for c in noun.children):
                continue
            phrase = doc[noun.left_edge.i : noun.right_edge.i + 1]
            if any(r["start_char"] < phrase.end_char and r["end_char"] > phrase.start_char for r in made):
                continue  # "since the October Budget": the phrase names its own time
            if any(c.dep_ in ("nummod", "compound", "amod") for c in noun.children):
                continue  # "the 2019 election", "his first comeback": not the one told
            told = {
                (r["value"], r["date"], r["date_end"])
                for r in rows
                if r["paragraph"]
                and r["date"]
                and r["type"] == "DATE"
                and DAY_OR_MONTH.fullmatch(r["value"])
                and _verbs_of_row(r, docs) & verbs
            }
            if len(told) != 1:
                continue
            value, start, end = told.pop()
            event = event_phrase(doc, prep.head.idx, prep.head.idx + len(prep.head.text))
            made.append(_row_of_a_phrase(phrase, (value, start, end), event, paragraph, number, mentions))


def _row_of_a_phrase(
    phrase: Span, dated: tuple[str, str, str], event: str, paragraph: int, number: int, mentions
) -> dict:
    """A DATE row for a noun phrase of an event that another row's date dates (`dated`: value, date, date_end), in
    the sentence numbered `number` of its paragraph."""
    doc = phrase.doc
    text = nlp.doc_text(doc)
    spans = nlp.sentence_spans(doc)
    value, start, end = dated
    return {
        "paragraph": paragraph,
        "start_char": phrase.start_char,
        "end_char": phrase.end_char,
        "expression": phrase.text,
        "type": "DATE",
        "value": value,
        "date": start,
        "date_end": end,
        "anchor": "relative",
        "event": event,
        "sentence": text[spans[number - 1][0] : spans[number - 1][1]] if len(spans) >= number else "",
        "entities": _sentence_entities(mentions, paragraph, number),
    }


# Ordinals written as words, which count an anniversary's years: "the tenth anniversary of the disaster".
ORDINAL_WORDS = dict(
    zip(
        (
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
            " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
        ).split(),
        range(1, 21),
    )
) | {
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "centenary": 100,
    "centennial": 100,
    "bicentenary": 200,
    "bicentennial": 200,
}
# A day, a month or a year: the values whose anniversary's occasion is that far back, to the same precision.
ANNIVERSARY_DAY = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def _anniversary_years(word: Token) -> int | None:
    """How many years an anniversary word counts ("the 50th anniversary": 50, "the tenth anniversary": 10, "the
    centenary": 100), or None."""
    if word.lemma_.lower() in ("centenary", "centennial", "bicentenary", "bicentennial"):
        return ORDINAL_WORDS[word.lemma_.lower()]
    if word.lemma_.lower() != "anniversary":
        return None
    for c in word.children:
        if c.dep_ in ("amod", "nummod"):
            found = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", c.lower_)
            if found:
                return int(found[1])
            if c.lower_ in ORDINAL_WORDS:
                return ORDINAL_WORDS[c.lower_]
    return None


def _told_of_the_anniversary(doc: Doc, dated: dict, word: Token) -> bool:
    """Whether the date of row `dated` is the anniversary's own: both hang on one verb ("Saturday is the tenth
    anniversary", "The first anniversary falls on Sunday", "will be held next month on the first anniversary"), not a
    saying's day beside it ("Police said on Tuesday they were investigating ahead of the tenth anniversary")."""
    span = doc.char_span(dated["start_char"], dated["end_char"], alignment_mode="expand")
    if span is None or not len(span):
        return False

    def clause_verb(token: Token) -> Token | None:
        return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)

    verb, its = clause_verb(word), clause_verb(span.root)
    return verb is not None and its is not None and its.i == verb.i


def date_the_occasions_of_anniversaries(made: list[dict], doc: Doc, paragraph: int, mentions) -> list[dict]:
    """A row for the occasion an anniversary is of, when its sentence gives the anniversary one day, month or year
    ("Saturday is the tenth anniversary of the disaster": the disaster that day ten years before; "This year marks the
    50th anniversary of the opening of the town hall": 1975), that many years earlier at the same precision, for each
    row of `made` so read. Left out when the occasion's phrase names its own time or the sentence has no one such
    date."""
    occasions: list[dict] = []
    for number, sentence in enumerate(doc.sents, 1):
        for word in sentence:
            years = _anniversary_years(word)
            of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            occasion = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None and years else None
            if occasion is None or not 0 < years < 1000:
                continue
            phrase = doc[occasion.left_edge.i : occasion.right_edge.i + 1]
            if any(r["start_char"] < phrase.end_char and r["end_char"] > phrase.start_char for r in made):
                continue  # "the 80th anniversary of VE Day in 1945": the occasion's own time is told
            dated = [
                r
                for r in made
                if r["type"] == "DATE"
                and r["date"]
                and sentence.start_char <= r["start_char"] < sentence.end_char
                and (ANNIVERSARY_DAY.fullmatch(r["value"]) or re.fullmatch(r"\d{4}-W\d\d", r["value"]))
            ]
            if len(dated) != 1 or not _told_of_the_anniversary(doc, dated[0], word):
                continue
            value = dated[0]["value"]
            value = value[:4] if "W" in value else value  # a week's day is not told: its year
            value = f"{int(value[:4]) - years:04d}{value[4:]}"
            event = _compact(occasion) if occasion.pos_ in ("NOUN", "PROPN") else phrase.text
            occasions.append(_row_of_a_phrase(phrase, (value, *value_span(value)), event, paragraph, number, mentions))
    return occasions


def _verbs_of_row(row: dict, docs: dict[int, Doc]) -> set[str]:
    """The lemma of the verb the expression of `row` hangs from in its paragraph, and the lemma with each predicative
    complement of it ("were found alive": "find", "find alive"); empty when none."""
    doc = docs.get(row["paragraph"])
    span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand") if doc is not None else None
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None:
        return set()
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("oprd", "acomp")}


def live_entry_row(
    paragraph, doc: Doc, text: str, published: datetime | None, mentions: pd.DataFrame | None
) -> dict | None:
    """The row of the clock time a live page stamped an entry with on a line of its own ("14:32 GMT" over "Reaction
    from business …"), which the paragraph's text leaves out: a time of publication's day (see date_live_entries for
    a page whose run of times crosses midnight), the time of what the entry's first sentence tells. None for a
    paragraph with no stamp."""
    clock = getattr(paragraph, "clock", "")
    if not clock or published is None or not len(doc):
        return None
    value = f"{published.date().isoformat()}T{clock}"
    spans = nlp.sentence_spans(doc)
    # the first sentence with an event ("Reaction from business." has none: the next sentence's)
    told = ((k, event_phrase(doc, s.root.idx, s.root.idx + len(s.root.text))) for k, s in enumerate(doc.sents, 1))
    number, event = next(((k, e) for k, e in told if e), (1, ""))
    return {
        "paragraph": paragraph.number,
        "start_char": 0,
        "end_char": 0,
        "expression": clock,
        "type": "TIME",
        "value": value,
        "date": value,
        "date_end": value,
        "anchor": "relative",
        "event": event,
        "sentence": text[spans[number - 1][0] : spans[number - 1][1]] if len(spans) >= number else "",
        "entities": _sentence_entities(mentions, paragraph.number, number),
    }


def date_live_entries(
    entries: list[tuple[list[dict], str]], published: datetime | None, timed: bool, run_day: str | None = None
) -> None:
    """Give each entry of a live page (see LIVE_LATE_HOURS) the day its place in the page's run of clock times
    says, counting midnights from the latest entry, instead of the last date its text happened to name ("up six
    points on 2019" left the next entry's "23:20" on no day at all). `timed`: publication's clock is known.
    `run_day` is the date the story had come to before the first entry: when it is a day gone by before the day
    before publication ("How the attack unfolded on 12 March 2023: 14:05 – Police arrive …"), the entries are the
    timetable of that day, not a live page's, and midnights are counted on from it."""
    clocks = []
    for rows, rule in entries:
        found = CLOCK_VALUE.match(rows[0]["value"]) if rule == "time_of_day" and rows[0]["type"] == "TIME" else None
        if found:
            clocks.append((rows, int(found[1]) * 60 + int(found[2])))
    if len(clocks) < 2 or published is None or len(clocks) < len(entries):
        return
    minutes = [m for _, m in clocks]
    steps = list(zip(minutes, minutes[1:]))
    # the order that keeps the entries closest together in time: "23:40 … 00:15" is 35 minutes on, past midnight,
    # not the same day's 00:15 listed after its 23:40; with no midnight crossed, the order most steps take
    ahead = sum((b - a) % (24 * 60) for a, b in steps)
    back = sum((a - b) % (24 * 60) for a, b in steps)
    forward = ahead < back or (ahead == back and sum(a < b for a, b in steps) >= sum(a > b for a, b in steps))
    offsets = [0]
    for a, b in steps:  # days from the first entry
        offsets.append(offsets[-1] + ((b < a) if forward else -(b > a)))
    latest = max(range(len(clocks)), key=lambda k: (offsets[k], minutes[k]))
    own = published.hour * 60 + published.minute if timed else 24 * 60
    anchor = published.date() - timedelta(days=int(minutes[latest] - own > LIVE_LATE_HOURS * 60))
    if timed and offsets[latest] != min(offsets):
        # a run that crosses midnight is put where publication's own time lies nearest to it: a page published at
        # 21:00 whose entries run from 22:50 to 01:30 ends the next day, not twenty hours before it came out
        earliest = min(range(len(clocks)), key=lambda k: (offsets[k], minutes[k]))
        span = timedelta(days=offsets[latest] - offsets[earliest], minutes=minutes[latest] - minutes[earliest])

        def distance(day: date) -> timedelta:
            end = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes[latest])
            now = published.replace(tzinfo=None)
            return max(timedelta(0), end - span - now, now - end)

        anchor = min((anchor, anchor - timedelta(days=1), anchor + timedelta(days=1)), key=distance)
    told = DAY_VALUE.match(run_day or "")
    if told and date.fromisoformat(told[0][:10]) < published.date() - timedelta(days=1):
        earliest = min(range(len(clocks)), key=lambda k: (offsets[k], minutes[k]))
        anchor = date.fromisoformat(told[0][:10]) + timedelta(days=offsets[latest] - offsets[earliest])
    for (rows, minute), offset in zip(clocks, offsets):
        day = (anchor + timedelta(days=offset - offsets[latest])).isoformat()
        first = rows[0]
        old = first["value"][:10]
        clock = f"T{minute // 60:02d}:{minute % 60:02d}"
        for row in rows:
            if row is first or (old[0].isdigit() and row["value"].startswith(old) and row["type"] != "DURATION"):
                for column in ("value", "date", "date_end"):
                    row[column] = day + row[column][10:] if row[column] and row[column][:4].isdigit() else row[column]
        first["value"] = first["date"] = first["date_end"] = day + clock
        first["anchor"] = "relative"


def _doers(token: Token) -> set[str]:
    """The lemmas of who or what did what a date hangs on: the subject of its verb, or the noun a relative clause
    with that verb describes ("an earthquake that struck on Monday": earthquake); the verb right before the date
    counts too, which the parse may not have hung it on."""
    verbs = [governing_verb(token)]
    before = next((t for t in reversed(token.doc[token.sent.start : token.i]) if t.pos_ in ("VERB", "AUX")), None)
    verbs.append(before)
    found = set()
    for verb in filter(None, verbs):
        verb = _verb_with_its_subject(verb)
        if verb.lemma_.lower() in REPORTING_VERBS:
            continue  # "police said on Monday": the day of the telling, not of the deed
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    c = verb.head
                if c.pos_ in ("NOUN", "PROPN") and len(c.lemma_) >= 4:
                    found.add(c.lemma_.lower())
    return found


# How many steps a verb with no subject of its own climbs to the verb whose subject it shares.
SHARED_SUBJECT_STEPS = 3
# The links by which a verb with no subject shares the one of the verb it hangs on: "stopped to speak to them
# before leaving" (xcomp, pcomp of "before"), "arrived and left" (conj).
SHARING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp"})


def _verb_with_its_subject(verb: Token) -> Token:
    """The verb whose subject `verb` shares when it has none of its own ("the princess stopped to speak to them
    before leaving at about 1pm": "leaving" is done by the princess of "stopped"), else `verb` itself."""
    here = verb
    for _ in range(SHARED_SUBJECT_STEPS):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in here.children) or here.dep_ not in SHARING_DEPS:
            break
        head = here.head.head if here.head.pos_ == "ADP" else here.head
        if head is here or head.pos_ not in ("VERB", "AUX"):
            break
        here = head
    return here if any(c.dep_ in ("nsubj", "nsubjpass") for c in here.children) else verb


def _same_doer(a: str, b: str) -> bool:
    """Whether two nouns name the same thing, one perhaps shortened ("earthquake", "quake")."""
    return a == b or a.endswith(b) or b.endswith(a)


def date_clock_times_by_their_doer(
    found: list, made: list[dict], doc: Doc, told: list[tuple[str, set[str]]], published: datetime | None = None
) -> None:
    """A clock time with no day of its own, in a paragraph naming no day before it, told in the past of a doer that
    an earlier paragraph dated ("an earthquake that struck on Monday … rose above 5,000 on Tuesday. The quake hit at
    4:17 a.m."): that day, not the day named last. When no doer matches and the day named last is still to come
    ("tore through the town late on Tuesday … A survey team will visit on Thursday. A warning was issued at 7:58
    p.m."), the clock time gone by is on the last day told that had gone by, not on the day of publication. Adds the
    paragraph's days to `told` (not a day only something was said on: "officials said on Wednesday")."""
    day_before = False
    today = published.date().isoformat() if published is not None else None
    for cand, row in zip(found, made):
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if cand.type == "DATE" and DAY_VALUE.match(cand.value) and cand.rule != "time_of_day":
            day_before = True
            if not SAID_ON_BEFORE.search(doc.text, max(0, cand.start - 40), cand.start):
                told.append((cand.value[:10], _doers(span.root)))
            continue
        if cand.rule != "time_of_day" or day_before or not DAY_VALUE.match(row["value"]):
            continue
        verb = governing_verb(span.root)
        if verb is None or verb_tense(verb) != "past":
            continue
        doers = _doers(span.root)
        match = next(
            (day for day, nouns in reversed(told) if any(_same_doer(a, b) for a in doers for b in nouns)), None
        )
        if match is None and today and told and told[-1][0] > today and row["value"][:10] == today:
            match = next((day for day, _ in reversed(told) if day < today), None)
        if match is not None and match != row["value"][:10]:
            for column in ("value", "date", "date_end"):
                row[column] = match + row[column][10:]


# "for" right before a weekday's possessive: the day of an event named by it ("figures for Saturday's broadcast").
FOR_DAYS_EVENT = re.compile(r"\bfor\s+$", re.I)
POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def date_days_events_as_told(
    found: list, made: list[dict], text: str, doc: Doc, gone: dict[str, str], published: datetime | None
) -> None:
    """A weekday's event named "for" it by its possessive ("Figures for Saturday's broadcast are expected on
    Tuesday"), which would otherwise be the day to come ("tickets for Sunday's game"), is the day the article has
    already told of under that weekday, gone by ("won on Saturday night"): the same event. Adds the paragraph's
    weekdays gone by to `gone` (weekday -> date)."""
    today = published.date().isoformat() if published is not None else None
    for cand, row in zip(found, made):
        first = cand.text.split()[0].lower() if cand.rule == "weekday" and cand.text.split() else ""
        if first not in WEEKDAY_WORDS or not DAY_VALUE.match(row["value"]) or today is None:
            continue
        possessive = POSSESSIVE_AFTER.match(text, cand.end) is not None
        if not possessive and row["date"] <= today:
            gone[first] = row["date"]
        elif (
            possessive
            and cand.text.lower() == first
            and first in gone
            and row["date"] > today
            and FOR_DAYS_EVENT.search(text, max(0, cand.start - 6), cand.start)
        ):
            row["value"] = row["date"] = row["date_end"] = gone[first]
            row["event"] = event_phrase(doc, cand.start, cand.end, False)


def leave_quoted_durations_of_another_day_undated(
    made: list[dict], quotes: list[tuple[int, int]], published: datetime | None
) -> None:
    """Undate a stretch counted from publication inside a quotation when the paragraph, before the quotation, put the
    saying on a day gone by ("At that hearing on 7 March ... 'They have had these documents for less than a month,'
    said the barrister"): the stretch counts from that day, not from publication."""
    if published is None:
        return
    today = published.date()
    for row in made:
        if row["type"] != "DURATION" or not row["date"] or row.get(FROM_ENTRY):
            continue
        opening = next((s for s, e in quotes if s < row["start_char"] < e), None)
        if opening is None:
            continue
        if any(
            other["type"] in ("DATE", "TIME")
            and other["end_char"] <= opening
            and DAY_VALUE.match(other["value"])
            and other["date_end"]
            and date.fromisoformat(other["date_end"][:10]) < today - timedelta(days=1)
            for other in made
        ):
            row["date"] = row["date_end"] = ""
            row["anchor"] = "vague"


# Words outside a paragraph's quotations that make them lines of a work (a play, film, novel or song) quoted in a
# review: "late in the first act", "the film's best scene", "she sings in the chorus".
WORK_OF_FICTION = re.compile(
    r"\b(?:(?:first|second|third|final|last|opening|closing) (?:act|scene|chapter|verse|episode)s?"
    r"|(?:the|this|a|one|its|whose) (?:play|film|movie|novel|musical|opera|song|screenplay|script|sitcom|drama)(?:'s)?"
    r"|(?:in|of) (?:one|a|the|this) scene|chorus|stanza|soundtrack|lyrics?|on stage|(?:his|her|the) character"
    r"|(?:first|second|opening|closing|final|last|big) (?:number|song|line)s?|sings|sang|sung)\b",
    re.I,
)
# A verb of saying in the past outside the quotations: "he said", "she told" — a real person's words, not a line.
SAID_IN_THE_PAST = re.compile(r"\b(?:said|told|recalled|added|explained|remembered|wrote)\b", re.I)


def leave_durations_of_a_quoted_work_undated(made: list[dict], quotes: list[tuple[int, int]], text: str) -> None:
    """Undate a stretch counted from publication inside a quotation of a work of fiction ("There is a moment late in
    the first act … she says: 'I have kept this light for forty years'"): a character's forty years are the play's,
    no years of the calendar. Only when the paragraph, outside its quotations, names a part of a work and reports no
    real saying in the past ("the actor said: 'I have acted for forty years'")."""
    if not quotes:
        return
    outside = "".join(" " if any(s <= i < e for s, e in quotes) else ch for i, ch in enumerate(text))
    if not WORK_OF_FICTION.search(outside) or SAID_IN_THE_PAST.search(outside):
        return
    for row in made:
        if row["type"] == "DURATION" and row["date"] and any(s < row["start_char"] < e for s, e in quotes):
            row["date"] = row["date_end"] = ""
            row["anchor"] = "vague"


def leave_days_of_a_quoted_work_undated(made: list[dict], quotes: list[tuple[int, int]], text: str) -> None:
    """Undate a day named by "today", "tonight", "tomorrow" or "this morning" inside a quotation of a work's text
    (a play's or a song's line: 'In the opening number the cast sings "Tonight we dance until the morning light"'):
    a character's tonight is no night of the story. Only when the paragraph, outside its quotations, names a part of
    a work and reports no real saying in the past (see leave_durations_of_a_quoted_work_undated); a speaker's
    "tonight" in an ordinary quotation is the day it was said."""
    if not quotes:
        return
    outside = "".join(" " if any(s <= i < e for s, e in quotes) else ch for i, ch in enumerate(text))
    if not WORK_OF_FICTION.search(outside) or SAID_IN_THE_PAST.search(outside) or SAID_NOW.search(outside):
        return
    for row in made:
        if (
            row["type"] in ("DATE", "TIME")
            and row["date"]
            and SAID_DAY_WORDS.fullmatch(row["expression"].strip())
            and any(s < row["start_char"] < e for s, e in quotes)
        ):
            row["date"] = row["date_end"] = ""
            row["value"] = re.sub(r"^\d{4}-\d\d-\d\d", "XXXX-XX-XX", row["value"])
            row["anchor"] = "vague"


# The words of a quotation that name the day it was said, and of its parts: "today", "tonight", "this morning".
SAID_DAY_WORDS = re.compile(
    r"(?:today|tonight|this (?:morning|afternoon|evening)|(?P<next>tomorrow)(?: (?:morning|afternoon|evening|night))?)",
    re.I,
)
# A word of what was still to come when told, before a day in its sentence: "would have an MRI on Monday".
PLAN_BEFORE = re.compile(r"\b(?:will|would|'ll|shall|(?:is|are|was|were) (?:due|set|expected|scheduled) to)\b", re.I)


def _moves_the_story_on(row: dict, lead_day: date | None, text: str) -> bool:
    """Whether a row names a day that takes the story on from the lead's day, so a later quotation's "today" may be
    of that day: a day after the lead's, told as done. A day before it is the story's past ("a win over Cleveland
    last Sunday"), and a day still to come when told is a plan ("would have an MRI on Monday"): neither moves it."""
    if not DAY_VALUE.match(row["value"]) or row["value"][:10] == str(lead_day) or row.get("present_age"):
        return False
    if lead_day is not None and row["value"][:10] < str(lead_day):
        return False
    opening = max(text.rfind(". ", 0, row["start_char"]) + 1, 0)
    return not PLAN_BEFORE.search(text, opening, row["start_char"])


# A verb of saying in the past or the present, outside a paragraph's quotations: "she said", "he says".
SAID_THEN = re.compile(r"\b(?:said|told|added|explained|insisted|admitted|recalled|declared|remarked)\b", re.I)
SAID_NOW = re.compile(r"\b(?:says|say|tells|adds|explains|insists|admits|is saying)\b", re.I)
# The paragraphs that tell a story's news first: the lead and the one after it, which often gives the day ("Mr
# Justice Renshaw ruled on Thursday that ...").
LEAD_PARAGRAPHS = 2
# The most days before publication the lead's day may be for its quotations' "today" to be that day: within the
# week gone, when a story is still the news of the day it happened.
STORY_DAY_DAYS = 6


# The most months a report of figures may lag publication: November's house prices come out in December, a
# quarter's trade figures some weeks after it ends.
REPORT_LAG_MONTHS = 3


def reported_month(found: list[Candidate], published: datetime | None) -> str | None:
    """The month ("2026-11") the lead names first, when it is a whole month ended before publication and no more than
    REPORT_LAG_MONTHS back ("UK house prices fell ... in November", in a December paper): the month a report of
    figures is about, to which a change "over the year" runs."""
    if published is None:
        return None
    for cand in found:
        if cand.type == "DATE" and re.fullmatch(r"\d{4}-\d\d", cand.value):
            year, month = map(int, cand.value.split("-"))
            back = (published.year - year) * 12 + published.month - month
            return cand.value if 0 < back <= REPORT_LAG_MONTHS else None
    return None


# A day counted back from publication's own day by years: "Eighty years ago today", "ten years ago this week" is
# no day; a lead that opens so tells of that day of the past as surely as one that names its date.
AGO_TODAY = re.compile(r"\byears? ago (?:today|tomorrow|yesterday)\b", re.I)


def ends_on_an_undated_day(found: list[Candidate], before: bool) -> bool:
    """Whether a paragraph whose expressions are `found` leaves the story at a day it does not date: its last date or
    time is of an unknown day ("checked on her at 02:00 on the night of the fall"); `before` (the last paragraph's)
    when it names none."""
    points = [c for c in found if c.type in ("DATE", "TIME")]
    if not points:
        return before
    last = max(points, key=lambda c: c.start)
    return last.value.startswith("XXXX-XX-XX") and last.extras.get("undated") in DAYLESS_KINDS


def lead_event_day(found: list[Candidate], published: datetime | None) -> str | None:
    """The first day the lead names in full, with its year ("died at the hospital on 9 February 2026"), or counts back
    by years from publication's day ("Eighty years ago today"), when it ended
    more than NARRATIVE_GAP_DAYS before publication: a story of the past, whose days named without a year near it
    are that year's (an inquest's chronology of the week before a death)."""
    if published is None:
        return None
    for cand in found:
        counted_back = cand.anchor == "relative" and AGO_TODAY.search(cand.text) is not None
        if cand.type == "DATE" and (cand.anchor == "explicit" or counted_back) and DAY_VALUE.fullmatch(cand.value):
            if (published.date() - date.fromisoformat(cand.value)).days > NARRATIVE_GAP_DAYS:
                return cand.value
    return None


def story_day(made: list[dict], published: datetime | None, quotes: list[tuple[int, int]] = ()) -> date | None:
    """The day gone by that a lead paragraph puts its news on ("visited the hospital on Wednesday", in a Thursday
    paper): its first calendar day outside its quotations (a quoted "We will vote tomorrow" is the speaker's plan,
    not the news), when it is before publication's day and within STORY_DAY_DAYS of it."""
    if published is None:
        return None
    told = [row for row in made if not any(s < row["start_char"] < e for s, e in quotes)]
    if any(row["type"] in ("DATE", "TIME") and row["value"][:10] == str(published.date()) for row in told):
        return None  # "sparked on Sunday, the fire was moving east on Wednesday", in a Wednesday paper: the news has
        # come on to publication's day, which a later quotation's "today" is
    for row in told:
        if row["type"] in ("DATE", "TIME") and DAY_VALUE.match(row["value"]) and row["date"]:
            day = date.fromisoformat(row["value"][:10])
            return day if 0 < (published.date() - day).days <= STORY_DAY_DAYS else None
    return None


def tells_of_publications_day(made: list[dict], published: datetime | None, quotes: list[tuple[int, int]]) -> bool:
    """Whether a lead paragraph's rows (outside its quotations) put its news on publication's day ("are battering the
    north this morning", "faced delays on Saturday morning" in a Saturday paper): the story is of today."""
    return published is not None and any(
        row["type"] in ("DATE", "TIME")
        and row["value"][:10] == str(published.date())
        and not any(s < row["start_char"] < e for s, e in quotes)
        for row in made
    )


# How many days before publication the story's last day may be for a clock time after it to be of a story of today:
# publication's day or the one before ("shut at 11pm on Friday … expected to reopen by 10am", in a Saturday paper).
TODAYS_STORY_BACK_DAYS = 1


def date_clock_times_of_a_story_of_today(
    found: list[Candidate], made: list[dict], rows: list[dict], doc: Doc, published: datetime | None
) -> None:
    """Put on publication's day a clock time left without a day in a story whose lead tells of that day: one still
    to come at an hour after the paper's ("It is expected to reopen by 10am", "services would not run before
    midday", in a paper out at 08:10), or one planned in a sentence whose main verb tells it is gone by ("The first
    trains, due to leave at 5.30am, were cancelled"), when the story's last day is that day or the one before and
    its sentence names no other time. A plan for an hour before the paper's ("Liftoff is scheduled for 4:12 a.m.",
    late at night) is left: it may be the next day's."""
    if published is None or published.time() == datetime.min.time():
        return
    today, hour = published.date(), (published.hour, published.minute)
    dated = [r for r in rows if r["paragraph"] and r["date"] and DAY_VALUE.match(r["value"])]
    for cand, row in zip(found, made):
        clock = re.fullmatch(r"XXXX-XX-XXT(\d\d):(\d\d)", row["value"])
        if cand.rule != "time_of_day" or cand.extras.get("undated") != "day unknown" or clock is None:
            continue
        before = [r for r in dated + made if r in dated or r["start_char"] < cand.start]
        before = [r for r in before if r["date"] and DAY_VALUE.match(r["value"])]
        last = max(before, key=lambda r: (r["paragraph"], r["start_char"]), default=None)
        if last is None or not 0 <= (today - date.fromisoformat(last["value"][:10])).days <= TODAYS_STORY_BACK_DAYS:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentence = span.sent
        if any(c is not cand and sentence.start_char <= c.start < sentence.end_char for c in found):
            continue  # another time in its sentence says which day it is of, or that none is known
        root = sentence.root
        gone = root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)
        if (int(clock[1]), int(clock[2])) <= hour and not gone:
            continue
        row["value"] = f"{today.isoformat()}T{clock[1]}:{clock[2]}"
        row["date"] = row["date_end"] = row["value"]
        row["anchor"] = "relative"


# Determiners that make a plural subject a known set of things ("the players are tired today"), not a kind.
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "our", "my", "your", "his", "her", "their", "its"})


def _today_of_a_kind(doc: Doc, row: dict) -> bool:
    """Whether a bare "today" stands for the present age, not a day: said in the simple present of a kind of people
    or things, a bare or counted plural ("around 900,000 people live with dementia today", "families today spend
    more on energy"), or hung straight on such a plural. What is said of a known set ("the players are tired today")
    or of the speaker ("we are proud today") may be the day it was said."""
    if row["expression"].lower() != "today":
        return False
    span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    word = span.root
    plural = word.head if word.head.tag_ == "NNS" and word.head.i < word.i else None  # "people today"
    if plural is None:
        verb = governing_verb(word)
        if verb is None or verb.tag_ not in ("VBZ", "VBP") or not simple_present(verb):
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ != "NNS":  # "one in four adults", "a third of children": the share
            subject = next(  # of a kind is said of the kind
                (g for c in subject.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None
            )
        plural = subject if subject is not None and subject.tag_ == "NNS" else None
    return plural is not None and not any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETERMINERS for c in plural.children
    )


# A length back from the moment of speaking, in a quotation: "Two weeks ago nobody had heard of me".
QUOTED_AGO = re.compile(r"\bago\b", re.I)


def date_quoted_today_by_the_storys_day(
    made: list[dict],
    quotes: list[tuple[int, int]],
    text: str,
    day: date | None,
    published: datetime | None,
    doc: Doc | None = None,
) -> None:
    """Put a quotation's "today" on the day the lead told the news of, not on publication's: "The princess visited
    the hospital on Wednesday ... 'today the children just got to be excited,' she said", in a Thursday paper, was
    said on Wednesday. Only when the paragraph, outside its quotations, says it in the past ("she said", not "she
    says") and names no day of its own ("said this morning", "told the BBC on Friday"), which would be the day it
    was said. A quotation's "tomorrow" is likewise the day after that day ("We'll know more tomorrow," the coach said
    after Sunday night's game: Monday)."""
    if day is None or published is None or not quotes:
        return
    outside = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e in quotes))
    if not SAID_THEN.search(outside) or SAID_NOW.search(outside):
        return
    inside = lambda row: any(s < row["start_char"] < e for s, e in quotes)  # noqa: E731
    if any(row["type"] in ("DATE", "TIME") and row["date"] and not inside(row) for row in made):
        return  # the paragraph dates the saying itself
    for row in made:
        if inside(row) and QUOTED_AGO.search(row["expression"]) and DAY_VALUE.match(row["value"]) and row["date"]:
            # '"Two weeks ago nobody had heard of me," Kova said' after Saturday's final: two weeks before the
            # Saturday it was said on, not before publication
            back = published.date() - day
            for column in ("value", "date", "date_end"):
                if DAY_VALUE.match(row[column]):
                    row[column] = (date.fromisoformat(row[column][:10]) - back).isoformat() + row[column][10:]
            continue
        if doc is not None and inside(row) and _today_of_a_kind(doc, row):
            row["present_age"] = True  # no day of the story, so it does not move the story on either
            continue  # "around 900,000 people in the UK live with dementia today": today's world, not the day
        said = SAID_DAY_WORDS.fullmatch(row["expression"]) if inside(row) else None
        step = timedelta(days=1 if said is not None and said["next"] else 0)  # "tomorrow": the day after it
        today = (published.date() + step).isoformat()
        if said is not None and row["value"].startswith(today) and row["type"] in ("DATE", "TIME"):
            then = (day + step).isoformat()
            row["value"] = then + row["value"][len(today) :]
            row["date"] = then + row["date"][len(today) :]
            if row["date_end"].startswith(today):
                row["date_end"] = then + row["date_end"][len(today) :]


# Pronouns of someone who may speak, as the subject of what a paragraph dates before a quotation.
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def date_quoted_today_by_the_speakers_day(
    made: list[dict], quotes: list[tuple[int, int]], text: str, published: datetime | None, doc: Doc | None
) -> None:
    """Put a quotation's "today", "tonight" or "tomorrow" on the day the paragraph, before the quotation, tells of a
    person (or a named body) doing something, when that is the only day it names outside its quotations, within
    STORY_DAY_DAYS before publication, and it says in the past that the words were said: "Dutton conceded defeat
    shortly after 10pm on Saturday. 'That's obvious tonight,' he told supporters", in a Sunday paper, was said on
    Saturday night. A day a thing is told of ("The fire began on Tuesday") is not when anyone spoke."""
    if published is None or not quotes or doc is None:
        return
    inside = lambda row: any(s < row["start_char"] < e for s, e in quotes)  # noqa: E731
    outside = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e in quotes))
    if not SAID_THEN.search(outside) or SAID_NOW.search(outside):
        return
    told = [row for row in made if row["type"] in ("DATE", "TIME") and row["date"] and not inside(row)]
    if not told or len({row["value"][:10] for row in told}) != 1 or not DAY_VALUE.match(told[0]["value"]):
        return
    day = date.fromisoformat(told[0]["value"][:10])
    if not 0 < (published.date() - day).days <= STORY_DAY_DAYS:
        return
    span = doc.char_span(told[0]["start_char"], told[0]["end_char"], alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in SPEAKER_PRONOUNS):
        return
    for row in made:
        said = SAID_DAY_WORDS.fullmatch(row["expression"]) if inside(row) else None
        if said is None or row["start_char"] < told[0]["start_char"] or row["type"] not in ("DATE", "TIME"):
            continue
        step = timedelta(days=1 if said["next"] else 0)  # "tomorrow": the day after it
        today, then = (published.date() + step).isoformat(), (day + step).isoformat()
        if row["value"].startswith(today):
            for column in ("value", "date", "date_end"):
                if row[column].startswith(today):
                    row[column] = then + row[column][len(today) :]


def date_a_quoted_todays_event_by_its_day(
    rows: list[dict], texts: dict[int, str], docs: dict[int, Doc], published: datetime | None
) -> None:
    """Put a quotation's "today's sentence" on the day the article tells, outside its quotations, of the sentencing
    ("He was sentenced on Thursday", in a Friday paper), when the saying is told in the past ("said") and its
    paragraph names no day of its own: the speaker's "today" is the day of that event. The event is known by its
    word ("sentence", "sentenced"; "Saturday's match"; "voted on Tuesday"), and every day gone by (within
    STORY_DAY_DAYS) the article gives it must be the same one. Otherwise the quotation stays on publication's day."""
    if published is None:
        return
    quoted: dict[int, list[tuple[int, int]]] = {n: quote_spans(t) for n, t in texts.items()}
    inside = lambda row: any(s < row["start_char"] < e for s, e in quoted.get(row["paragraph"], []))  # noqa: E731
    days: dict[str, set[str]] = {}  # the lemma of an event's word -> the days gone by the article gives it
    for row in rows:
        doc = docs.get(row["paragraph"])
        if doc is None or inside(row) or row["type"] != "DATE" or not DAY_VALUE.fullmatch(row["value"]):
            continue
        if not 0 < (published.date() - date.fromisoformat(row["value"])).days <= STORY_DAY_DAYS:
            continue
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        for word in (_clause_verb(span), _dated_noun(span)):
            if word is not None:
                days.setdefault(word.lemma_.lower(), set()).add(row["value"])
    today = published.date().isoformat()
    for row in rows:
        doc, text = docs.get(row["paragraph"]), texts.get(row["paragraph"], "")
        if doc is None or not inside(row) or row["value"] != today or not TODAYS.fullmatch(row["expression"]):
            continue
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
        noun = span.root.head if span is not None and len(span) and span.root.dep_ == "poss" else None
        found = days.get(noun.lemma_.lower(), set()) if noun is not None and noun.pos_ == "NOUN" else set()
        if len(found) != 1:
            continue
        quotes = quoted.get(row["paragraph"], [])
        outside = "".join(ch for i, ch in enumerate(text) if not any(s <= i < e for s, e in quotes))
        if not SAID_THEN.search(outside) or SAID_NOW.search(outside):
            continue
        if any(
            other["paragraph"] == row["paragraph"] and not inside(other) and DAY_VALUE.match(other["value"])
            for other in rows
        ):
            continue  # the paragraph dates the saying itself
        row["value"] = row["date"] = row["date_end"] = found.pop()


# A night the words outside a quotation put the saying on, by the event it is named after: "on election night",
# "on the night of the vote", "on polling night".
NAMED_NIGHT = re.compile(
    r"\b(?:on|late on|during|throughout)\s+(?:(?:the|that)\s+)?"
    r"(?:(?P<of>\w+)\s+night|night\s+of\s+the\s+(?P<the>\w+))\b",
    re.I,
)
# The words of one event by other names: an election is a vote and a poll.
NIGHT_EVENT_NAMES = [
    frozenset({"election", "vote", "poll", "polls", "polling", "ballot", "referendum", "result", "results"})
]


def date_a_quoted_tonight_on_a_named_night(rows: list[dict], texts: dict[int, str], published: datetime | None):
    """Put a quotation's "tonight" (or "today") that was left on publication's day on the night its paragraph,
    outside the quotation, says the words were spoken: 'On election night, she told supporters: "Tonight is not
    the night we wanted"' is the night of the election, on the day the article dates it ("Tuesday's election"),
    and undated when it dates no such day; never the paper's day two days later. A "tonight" said (in the past)
    after the one night gone by its paragraph dates, and no other day, is that night."""
    if published is None:
        return
    today = published.date().isoformat()
    for number, text in texts.items():
        quotes = quote_spans(text)
        if not number or not quotes:
            continue
        outside = "".join(ch if not any(s <= i < e for s, e in quotes) else " " for i, ch in enumerate(text))
        inside = lambda row: any(s < row["start_char"] < e for s, e in quotes)  # noqa: E731, B023
        told = [row for row in rows if row["paragraph"] == number and not inside(row) and row["date"]]
        nights = {m[1] for row in told if (m := NIGHT_VALUE.fullmatch(row["value"])) and m[1] < today}
        named = NAMED_NIGHT.search(outside)
        word = (named["of"] or named["the"]).lower() if named else ""
        if named and word not in {"last", "this", "that", "every", "each", "one", "the", "a"} | WEEKDAY_WORDS:
            words = next((group for group in NIGHT_EVENT_NAMES if word in group), frozenset({word}))
            days = {
                row["value"][:10]
                for row in rows
                if DAY_VALUE.match(row["value"])
                and row["value"][:10] < today
                and row["type"] in ("DATE", "TIME")
                and words & set(re.findall(r"[a-z]+", (row["event"] or "").lower()))
            }
            said = r"(?:tonight|today)"
        elif (
            len(nights) == 1
            and len(told) == 1
            and SAID_THEN.search(outside)
            and not SAID_NOW.search(outside)
            and told[0]["start_char"] < min(s for s, _ in quotes)
        ):
            days, said = nights, "tonight"  # "presented with an award at a ceremony on Thursday night. The head
            # said: 'Tonight is a proud night'", in a Friday paper: Thursday's night, whoever spoke
        else:
            continue
        for row in rows:
            if (
                row["paragraph"] != number
                or not any(s < row["start_char"] < e for s, e in quotes)
                or not re.fullmatch(said, row["expression"].strip(), re.I)
                or not row["value"].startswith(today)
            ):
                continue
            if len(days) == 1:
                day = next(iter(days))
                for column in ("value", "date", "date_end"):
                    row[column] = day + row[column][len(today) :] if row[column].startswith(today) else row[column]
            elif said != "tonight":
                row["date"] = row["date_end"] = ""
                row["value"] = "XXXX-XX-XX" + row["value"][len(today) :]
                row["anchor"] = "vague"


# A midnight at the end of a day, and a small-hours clock time of a day ("2025-06-13T00:01").
MIDNIGHT_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T24:00")
SMALL_HOURS_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T0[0-5]:\d\d")


def put_midnight_before_the_small_hours_told_next(rows: list[dict]) -> None:
    """A bare "midnight" told in its paragraph just before a small-hours clock time of a day, with no other time
    between ("The contract expired at midnight, and workers walked out at 12:01 a.m. on Friday") is the midnight
    that opens that day (the end of Thursday), not the end of Friday a day later: the story runs on from the one to
    the other."""
    for row in rows:
        midnight = MIDNIGHT_VALUE.fullmatch(row["value"])
        if midnight is None or row["type"] != "TIME" or row["expression"].strip().lower() not in ("midnight",):
            continue
        after = next(
            (
                other
                for other in sorted(rows, key=lambda r: r["start_char"])
                if other["paragraph"] == row["paragraph"] and other["start_char"] > row["start_char"]
            ),
            None,
        )
        small = SMALL_HOURS_VALUE.fullmatch(after["value"]) if after is not None else None
        if small is None or small[1] != midnight[1]:
            continue
        day = (date.fromisoformat(midnight[1]) - timedelta(days=1)).isoformat()
        for column in ("value", "date", "date_end"):
            if row[column].startswith(midnight[1]):
                row[column] = day + row[column][len(midnight[1]) :]


# An evening or night dated to its day ("2024-11-05TNI"), and a clock time of no known day ("XXXX-XX-XXT23:00").
NIGHT_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(?:NI|EV)")
UNDATED_CLOCK = re.compile(r"XXXX-XX-XXT(\d\d):\d\d")
# The hours a clock time of an evening or night may show, and the small hours after it (on the day after).
EVENING_HOURS, SMALL_HOURS = range(17, 24), range(0, 5)


def date_clock_times_of_a_night_told(rows: list[dict], texts: dict[int, str]) -> None:
    """Put a clock time whose day is not known on the night its paragraph is about, when the paragraph dates just
    one evening or night and names no other day: 'On election night, she told supporters: "Tonight is not the
    night we wanted." Her campaign had cancelled a rally at 11 p.m.' (the election named on Tuesday) is Tuesday's
    11 p.m., and 1 a.m. the small hours after it. An hour of the day, or of a habit ("at 10pm on weekdays"), is
    left alone."""
    by_paragraph: dict[int, list[dict]] = {}
    for row in rows:
        by_paragraph.setdefault(row["paragraph"], []).append(row)
    for number, made in by_paragraph.items():
        nights = {m[1] for row in made if (m := NIGHT_VALUE.fullmatch(row["value"])) and row["date"]}
        if len(nights) != 1 or any(
            row["date"] and not NIGHT_VALUE.fullmatch(row["value"]) and row["type"] in ("DATE", "TIME") for row in made
        ):
            continue
        night = date.fromisoformat(nights.pop())
        text = texts.get(number, "")
        for row in made:
            clock = UNDATED_CLOCK.fullmatch(row["value"])
            if clock is None or row["type"] != "TIME" or row["date"]:
                continue
            if EVERY_SUCH_DAY_AFTER.match(text, row["end_char"]) or HABIT.search(row["sentence"]):
                continue
            hour = int(clock[1])
            if hour in EVENING_HOURS:
                day = night
            elif hour in SMALL_HOURS:
                day = night + timedelta(days=1)
            else:
                continue
            row["value"] = day.isoformat() + row["value"][len("XXXX-XX-XX") :]
            row["date"] = row["date_end"] = row["value"]
            row["anchor"] = "relative"


# A night gone through, as an expression: "through the night", "overnight".
NIGHT_GONE_THROUGH = re.compile(r"(?:the night|overnight)", re.I)
# A clock time alone, with no day of its own: "7.15am", "at about 6am", "07:40".
BARE_CLOCK = re.compile(
    r"(?:(?:at|by|about|around|shortly (?:after|before)|just (?:after|before))\s+)*"
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?",
    re.I,
)
DAY_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d")
# The hour a morning after a night ends by.
NOON = 12
# A past perfect before a clock time in its sentence: a step back in time, not the story going on.
HAD_BEFORE = re.compile(r"\bhad\b", re.I)


def put_the_morning_after_a_night_gone_through(rows: list[dict], texts: dict[int, str]) -> None:
    """A morning's clock time told next after a night the story went through ("His wife raised the alarm at 8pm on
    Tuesday. Police searched through the night. || He was found at 7.15am"), put on the night's own day for want
    of a day of its own, is the morning that night ran into: the day after. The story is told in order, and the
    night lies between the evening and that morning. A clock time with a day of its own, or one told in the past
    perfect (a step back), stays."""
    ordered = sorted(rows, key=lambda row: (row["paragraph"], row["start_char"]))
    for night, row in zip(ordered, ordered[1:]):
        found = NIGHT_VALUE.fullmatch(night["value"])
        if found is None or not night["paragraph"] or not NIGHT_GONE_THROUGH.fullmatch(night["expression"]):
            continue
        clock = DAY_CLOCK_VALUE.fullmatch(row["value"])
        if clock is None or row["type"] != "TIME" or clock[1] != found[1] or int(clock[2]) >= NOON:
            continue
        if not BARE_CLOCK.fullmatch(row["expression"]) or row["paragraph"] - night["paragraph"] > 1:
            continue
        text = texts.get(row["paragraph"], "")
        opening = text.rfind(". ", 0, row["start_char"]) + 1
        if HAD_BEFORE.search(text, opening, row["start_char"]):
            continue
        day = (date.fromisoformat(found[1]) + timedelta(days=1)).isoformat()
        for column in ("value", "date", "date_end"):
            if row[column].startswith(found[1]):
                row[column] = day + row[column][10:]


# A quotation's possessive of the speaker's day: "today's sentence", "today's vote".
TODAYS = re.compile(r"today(?:['’]s)?", re.I)


# A part of a day a weekday may carry and still be the plain day the story names: "on Sunday night".
PART_OF_DAY_WORDS = {"morning", "afternoon", "evening", "night"}


def put_next_weekday_after_the_plain_one(rows: list[dict]) -> None:
    """Move "next Saturday" a week on when the article already gave that same day as plain "Saturday" ("host
    Harton on Saturday ... then a home game against Castlegate next Saturday", in a Friday paper): the two are told
    apart, so "next" is the Saturday after it. "last Sunday" likewise goes a week back from the plain "Sunday night"
    the story is about ("beat the Steelers on Sunday night … a win over Cleveland last Sunday", in a Monday paper):
    the writer who meant the same day would not have put "last" on it."""
    plain = set()
    for row in rows:
        words = row["expression"].lower().split()
        if words and words[0] in WEEKDAY_WORDS and all(word in PART_OF_DAY_WORDS for word in words[1:]):
            plain.add((words[0], row["date"]))
    for row in rows:
        words = row["expression"].lower().split()
        if (
            len(words) != 2
            or words[0] not in ("next", "last")
            or (words[1], row["date"]) not in plain
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", row["value"])
        ):
            continue
        step = 1 if words[0] == "next" else -1
        moved = (date.fromisoformat(row["value"]) + timedelta(weeks=step)).isoformat()
        row["value"] = row["date"] = row["date_end"] = moved


# Words that open and close a stretch of days: "from 11pm on Thursday 2 April until 5am on Tuesday 7 April".
STRETCH_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,3}$", re.I)
STRETCH_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to|through)\s+(?:\S+\s+){0,3}$", re.I)
# The longest stretch to come whose weekdays a later bare weekday is read in (a closure over a holiday weekend).
STRETCH_WEEKDAY_DAYS = 14


def date_weekdays_within_a_closure_to_come(rows: list[dict], texts: dict[int, str], published: datetime | None) -> None:
    """A bare weekday told after a stretch to come that the story names with both its days ("closed from 11pm on
    Thursday 2 April until 5am on Tuesday 7 April … Sleeper services will not run on Friday or Saturday night", in a
    Monday paper of 23 March) is that weekday within the stretch, not the coming one before it starts: the story has
    moved to the stretch, and no other day is named between them. Only when the stretch lasts at most
    STRETCH_WEEKDAY_DAYS, the weekday falls in it once, and the coming one would have been before its start."""
    if published is None:
        return
    stretch = stretch_start = None
    for row in rows:
        if not row["paragraph"]:
            continue
        text = texts.get(row["paragraph"], "")
        value = row["value"]
        day = value[:10] if row["date"] and row["date"] == row["date_end"] and DAY_VALUE.match(value) else None
        words = row["expression"].lower().split()
        if words and words[0] == "on":
            words = words[1:]
        bare = bool(words) and words[0] in WEEKDAY_WORDS and all(w in PART_OF_DAY_WORDS for w in words[1:])
        if day is None:
            continue
        if stretch is not None and bare:
            first, last = stretch
            current = date.fromisoformat(day)
            inside = [
                first + timedelta(days=n)
                for n in range((last - first).days + 1)
                if (first + timedelta(days=n)).weekday() == current.weekday()
            ]
            if published.date() < current < first and len(inside) == 1:
                moved = inside[0].isoformat()
                row["value"] = moved + value[10:]
                row["date"] = moved + row["date"][10:]
                row["date_end"] = moved + row["date_end"][10:]
            continue
        start = row["start_char"]
        if (
            not bare
            and STRETCH_UNTIL_BEFORE.search(text, max(0, start - 30), start)
            and stretch_start is not None
            and stretch_start[0] == row["paragraph"]
        ):
            first, last = stretch_start[1], date.fromisoformat(day)
            if published.date() < first < last and (last - first).days <= STRETCH_WEEKDAY_DAYS:
                stretch = (first, last)
                continue
        stretch = None  # another day named: the story has moved on
        stretch_start = None
        if not bare and STRETCH_FROM_BEFORE.search(text, max(0, start - 30), start):
            stretch_start = (row["paragraph"], date.fromisoformat(day))


# A day and month written with no year: "1 November", "Nov. 1", "Sunday 1 November".
NO_YEAR = re.compile(r"\D*(?:\d{1,2}(?:st|nd|rd|th)?\D*)?$")
# A word that places a day named without a year in the calendar by itself: "last Christmas", "next New Year's Eve".
PLACED_BY_ITS_WORD = re.compile(r"(?:last|next)\s", re.I)
# A count of whole years in an expression: "a year earlier", "two years later", "the year before".
COUNTED_IN_YEARS = re.compile(r"\byears?\b", re.I)


# "that" before a weekday: "on that Sunday morning" points back to a day the story named, not to the nearest one.
THAT_WEEKDAY = re.compile(r"\bthat\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# A day named by its calendar date: a day of the month written in figures.
DAY_IN_FIGURES = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def date_that_weekday_by_the_day_named_before(rows: list[dict]) -> None:
    """A weekday after "that" ("anyone who was in the area between 1am and 3am on that Sunday morning", after "found
    with stab wounds in the early hours of 27 April … arrested on Friday … charged late on Sunday") points back to
    the last day the story named by its date that falls on that weekday, not to the nearest such day to
    publication: a day told again by its weekday alone, one the story is at, is "Sunday", not "that Sunday"."""
    ordered = sorted(rows, key=lambda r: (r["paragraph"], r["start_char"]))
    for k, row in enumerate(ordered):
        that = THAT_WEEKDAY.search(row["expression"])
        if that is None or not re.match(r"\d{4}-\d\d-\d\d", row["date"] or ""):
            continue
        wanted = lx.WEEKDAYS[that["wd"].lower()]
        earlier = next(
            (
                before["date"][:10]
                for before in reversed(ordered[:k])
                if before["paragraph"]
                and before["type"] == "DATE"
                and re.fullmatch(r"\d{4}-\d\d-\d\d", before["value"])
                and DAY_IN_FIGURES.search(before["expression"])
                and date.fromisoformat(before["value"]).weekday() == wanted
            ),
            None,
        )
        old = row["date"][:10]
        if earlier is None or earlier == old:
            continue
        for key in ("value", "date", "date_end"):
            row[key] = (row[key] or "").replace(old, earlier)


def keep_a_day_named_again(
    rows: list[dict], published: datetime | None = None, docs: dict[int, Doc] | None = None
) -> None:
    """A day and month the story names again without a year is the day it named before ("last seen on Sunday 1
    November … quoting incident 1187 of 1 November"): a reader takes the same day, not the one a year on or back
    that the year guessed for the second mention alone would give (a clause of the present reads as a plan). A
    headline's tense is no guide, as its present tells news just done and plans alike ("Shares jump after strong
    Christmas trading", in January; "Chief warns of tough Christmas", in November): when the headline names the day
    first and the story's first mention puts it a year apart, the one nearer publication is the day of both. A day
    named before as still to come is not the one a past-tense clause names again ("Shops will open on Boxing Day this
    year, but several chains stayed closed on 26 December", in January): that is the day gone by."""
    named: dict[str, str] = {}  # month and day -> the first full date given them, in reading order
    headline: dict[str, dict] = {}  # month and day -> the headline's row that named them first
    # the years a sentence names by themselves ("Last year", "In 2024"): a day in that sentence placed in one of them
    # is placed by its sentence ("Last year 150 million parcels were handled before Christmas"), not named again
    sentence_years: dict[tuple[int, str], set[str]] = {}
    for row in rows:
        if row["type"] == "DATE" and re.fullmatch(r"\d{4}", row["value"]):
            sentence_years.setdefault((row["paragraph"], row.get("sentence", "")), set()).add(row["value"])
    for row in sorted(rows, key=lambda r: (r["paragraph"], r["start_char"])):
        day = re.fullmatch(r"(\d{4})-(\d\d-\d\d)", row["value"]) if row["type"] == "DATE" else None
        if day is None or not row["date"]:
            continue
        if day[1] in sentence_years.get((row["paragraph"], row.get("sentence", "")), ()):
            continue
        before = named.get(day[2])
        if before is None:
            named[day[2]] = row["value"]
            if not row["paragraph"]:
                headline[day[2]] = row
            continue
        if PLACED_BY_ITS_WORD.match(row["expression"]) or COUNTED_IN_YEARS.search(row["expression"]):
            continue  # "last Christmas … next Christmas": a word that places the day gives it its year; so does a
            # count of years from a day named before ("arrested on 12 June 2023. A year earlier, …": 12 June 2022)
        if before != row["value"] and abs(int(before[:4]) - int(day[1])) == 1 and NO_YEAR.match(row["expression"]):
            today = published.date().isoformat() if published is not None else None
            if (
                today
                and day[2] not in headline  # a headline's day is weighed below, its tense being no guide
                and row["value"] <= today < before
                and _told_of_the_past((docs or {}).get(row["paragraph"]), row)
            ):
                continue
            head = headline.pop(day[2], None) if row["paragraph"] else None
            if head is not None and published is not None and _nearer(row["value"], before, published.date()):
                named[day[2]] = row["value"]  # the story's reading, nearer publication, dates the headline too
                head["value"] = head["date"] = head["date_end"] = row["value"]
                continue
            row["value"] = row["date"] = row["date_end"] = before
        elif row["paragraph"]:
            headline.pop(day[2], None)  # the story agrees with its headline: nothing to weigh
    if published is None:
        return
    for day, head in headline.items():  # a day only the headline names: the one nearer publication
        if head["paragraph"] or not NO_YEAR.match(head["expression"]) or HEADLINE_DAY_PLACED.match(head["expression"]):
            continue
        year = int(head["value"][:4])
        near = [f"{y}-{day}" for y in (year - 1, year + 1) if _real_day(f"{y}-{day}")]
        for other in near:
            if _nearer(other, head["value"], published.date()):
                head["value"] = head["date"] = head["date_end"] = other


# A word that places a day a headline names without a year: "last Christmas", "this Easter", "next 5 May".
HEADLINE_DAY_PLACED = re.compile(r"(?:last|next|this|coming)\s", re.I)


def _real_day(value: str) -> bool:
    """Whether `value` (YYYY-MM-DD) is a day of the calendar (not 29 February of a common year)."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _nearer(value: str, other: str, day: date) -> bool:
    """Whether the calendar day `value` is nearer `day` than the day `other` is."""
    return abs((date.fromisoformat(value) - day).days) < abs((date.fromisoformat(other) - day).days)


# The word that opens a stretch named by its two ends, right before the first: "between 2019 and 2023", "from 2019
# to 2023".
STRETCH_OPENS = re.compile(r"\b(?P<word>between|from)\s+$", re.I)
# The word joining its two ends: "and" after "between" ("between 2019 and 2023"), "to", "until" or a dash after
# "from" ("from 1959 to 1965").
STRETCH_JOINS = {
    "between": re.compile(r"\s+and\s+$", re.I),
    "from": re.compile(r"\s*(?:to|until|till|through|-|–)\s*$", re.I),
}
# "until" and a short clause of the event that ends a stretch "from" a date, up to the date of that event: "ran the
# home from 2015 until it closed in 2022", "played for the club from 2009 until he retired in 2021".
UNTIL_A_CLAUSE = re.compile(r"\s+(?:until|till|up to when)\s+(?:[\w'-]+\s+){1,5}(?:in|on|at the end of)\s+", re.I)
# Verbs of moving a date or changing an amount right before "from": "the vote was moved from March to June", "pushed
# back from 2025 to 2027", "extended from June to September" name two dates, the old and the new, not a stretch.
MOVED_FROM = re.compile(
    r"\b(?:mov|push|brought|bring|postpon|delay|put|shift|extend|switch|chang|reschedul|defer|cut|reduc|rais|increas"
    r"|lower|lift|narrow|revis|amend|swap|swapp|replac)\w*(?:\s+(?:back|forward|up|out))?"
    # the verb right before "from", or with a short object of its own ("moved the vote from March to June"; not
    # "moved money from 2019 to 2023", what was moved then)
    r"(?:\s+(?:the|its|their|his|her|a|an)\s+[\w-]+(?:\s+[\w-]+)?)?\s+$",
    re.I,
)
# The kinds of date a stretch may run between, both ends of one kind: decades, years, months, days, and clock times
# of one day ("between 6pm and 9pm"), dated or every day's.
STRETCH_ENDS = re.compile(r"\d{3,4}(?:-\d\d(?:-\d\d)?)?")
CLOCK_ENDS = re.compile(r"(?P<day>[\dX]{4}-[\dX]{2}-[\dX]{2})T\d\d:\d\d")


# Two ends with no word before them joined into one stretch: by a dash anywhere ("The war (1939 – 1945)"), or by "to"
# or "until" where they open the paragraph, the label of a chronology's entry ("2000 to 2014: The Post Office
# prosecutes …"); in running text, "rose 5% in 2021 to 2022's level" is no stretch. The opener is then the empty
# string right before the first end.
BARE_STRETCH_DASH = re.compile(r"\s*[-–—]\s*")
BARE_STRETCH_TO = re.compile(r"\s+(?:to|until|through)\s+", re.I)
BARE_STRETCH_OPENS = re.compile(r"(?P<word>)$")
# What may stand before an entry's label at the start of a paragraph: a bullet, a dash, spaces.
ENTRY_MARKS = " \t\u2022*-–—"


def join_stretches(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """One row for a stretch named by its two ends, "between 2019 and 2023 Kettle persuaded pensioners", "moved money
    from 2019 to 2023", "late openings between 6pm and 9pm": a reader takes one period from the start of the first to
    the end of the second, not two separate dates of the same event. The ends must be dates of one kind (two decades,
    years, months or days, or two clock times of one day), the first right after "between" or "from", the second
    right after "and" (after "between") or "to" (after "from"), and the stretch must not run backwards. "Between the
    2019 and 2023 elections" stays two rows: "the" before the first year makes the years name two elections, not a
    stretch; so does "moved from March to June", where a verb of moving makes them the old date and the new."""
    ordered = sorted(range(len(rows)), key=lambda i: (rows[i]["paragraph"], rows[i]["start_char"]))
    gone: set[int] = set()
    for i, j in zip(ordered, ordered[1:]):
        first, last = rows[i], rows[j]
        if i in gone or first["paragraph"] != last["paragraph"] or first["type"] != last["type"]:
            continue
        if first["type"] == "DATE":
            kind = [STRETCH_ENDS.fullmatch(row["value"]) for row in (first, last)]
            if None in kind or len(first["value"]) != len(last["value"]) or not first["date"] or not last["date_end"]:
                continue
        elif first["type"] == "TIME":
            clocks = [CLOCK_ENDS.fullmatch(row["value"]) for row in (first, last)]
            if None in clocks or clocks[0]["day"] != clocks[1]["day"]:
                continue
        else:
            continue
        text = texts.get(first["paragraph"], "")
        opener = STRETCH_OPENS.search(text[: first["start_char"]])
        if (
            opener is not None
            and opener["word"].lower() == "from"
            and UNTIL_A_CLAUSE.fullmatch(text[first["end_char"] : last["start_char"]])
            and first["type"] == "DATE"
            and first["date"]
            and (last["date_end"] or last["value"]) >= (first["date"] or first["value"])
            and not MOVED_FROM.search(text[max(0, opener.start() - 60) : opener.start()])
        ):
            first["value"] = first["value"] + "/" + last["value"]  # "ran the home from 2015 until it closed in
            first["date_end"] = last["date_end"]  # 2022": the running lasted till the closing, which keeps its row
            if first["anchor"] != last["anchor"]:
                first["anchor"] = "relative"
            continue
        between = text[first["end_char"] : last["start_char"]]
        if opener is None and (
            BARE_STRETCH_DASH.fullmatch(between)
            or (BARE_STRETCH_TO.fullmatch(between) and not text[: first["start_char"]].strip(ENTRY_MARKS))
        ):
            opener = BARE_STRETCH_OPENS.search(text[: first["start_char"]])  # "(1939 – 1945)", "2000 to 2014: The
            # Post Office prosecutes …": two ends with no "from" before them, joined by a dash, or by "to" as the
            # label an entry of a chronology opens with
        elif opener is None or not STRETCH_JOINS[opener["word"].lower()].fullmatch(between):
            continue
        if opener["word"].lower() == "from" and (
            first["type"] != "DATE"
            or len(first["value"]) > len("2019")
            or MOVED_FROM.search(text[max(0, opener.start() - 60) : opener.start()])
        ):
            if not first["event"]:
                first["event"] = last["event"]  # "the break runs from 11 to 24 January": the bare first day, which
                # the parse hung on no verb, is the running's too
            continue  # "moved from 2025 to 2027": the old date and the new. Only years and decades: "from March
            # to June", "from 11 to 16 August" keep a row for each end, which other rules date one by one
        if (last["date_end"] or last["value"]) < (first["date"] or first["value"]):
            continue  # the end before the start: not one stretch ("from 8pm to 6am" runs overnight: two days)
        first["start_char"] = opener.start()
        first["end_char"] = last["end_char"]
        first["expression"] = text[first["start_char"] : first["end_char"]]
        first["value"] = first["value"] + "/" + last["value"]  # an ISO 8601 interval: start/end
        first["date_end"] = last["date_end"]
        if first["anchor"] != last["anchor"]:
            first["anchor"] = "relative"  # one end resolved against publication: so is the stretch
        if not first["event"]:
            first["event"] = last["event"]  # "runs from 11 to 24 January": the bare first day had no verb of its own
        gone.add(j)
    return [row for k, row in enumerate(rows) if k not in gone]


# A match, a trial or a festival that began on a day the text names: "since it began on Wednesday", "the trial opened
# on 3 March". The verb must open the clause's event itself, right before the day.
BEGAN_ON_BEFORE = re.compile(
    r"\b(?:began|begun|started|opened|commenced|got under ?way|kicked off)\s+(?:on\s+)?$", re.I
)
# "the fourth day", "day three" of such an event: counted from its first day. Not "the first day of the month" or "of
# term", whose day is another calendar's, and not "the final day", whose count the text may not give.
NTH_DAY = re.compile(
    r"\b(?:the\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day"
    r"|\b[Dd]ay\s+(?P<num>one|two|three|four|five|six|seven|eight|nine|ten))\b(?!\s+of\s+(?:the\s+)?(?:month|year"
    r"|week|term|school|spring|summer|autumn|winter|"
    + "|".join(re.escape(m) for m in sorted(lx.MONTHS, key=len, reverse=True))
    + r")\b)(?![- ](?:old|long)\b)(?!\s+(?:in|of)\s+(?:\d|last\b|next\b|this\b))",  # "the first day in 2020"
    re.I,
)
# The event a day is counted in, right after the count: "the third day of the trial", "day two of the inquest".
NTH_DAY_EVENT_AFTER = re.compile(r"\s+of\s+(?:the|this|its|their|his|her)\s+(?P<noun>[a-z][a-z-]+)\b")
NTH_DAY_NUMBERS = {
    word: n
    for n, words in enumerate(
        [
            (),
            ("first", "one"),
            ("second", "two"),
            ("third", "three"),
            ("fourth", "four"),
            ("fifth", "five"),
            ("sixth", "six"),
            ("seventh", "seven"),
            ("eighth", "eight"),
            ("ninth", "nine"),
            ("tenth", "ten"),
        ]
    )
    for word in words
}
# The most days such an event may have run by publication for its days to be counted without naming it: a Test
# match or a trial's first weeks, not a siege or a war.
COUNTED_EVENT_DAYS = 10


def date_the_days_of_an_event_by_its_first_day(
    rows: list[dict], texts: dict[int, str], docs: dict[int, Doc], published: datetime | None, mentions
) -> None:
    """Add a row for each "the fourth day" (or "day four") of an event when the article names, once, the day it
    "began on" ("the match has swung back and forth since it began on Wednesday"): the fourth day is three days
    after that one. Told only when one day is so named and the count does not go past publication's day; when that day
    is more than COUNTED_EVENT_DAYS before publication, only for a count that names a noun of the sentence it was
    named in ("a trial at Southwark Crown Court which began on 3 March … On the third day of the trial")."""
    if published is None:
        return
    began = {
        row["date"][:10]: row["sentence"]  # "began at 10am on Monday": that day
        for row in rows
        if row["paragraph"]
        and row["date"]
        and row["date"] == row["date_end"]
        and DAY_VALUE.match(row["value"])
        and BEGAN_ON_BEFORE.search(texts.get(row["paragraph"], ""), max(0, row["start_char"] - 40), row["start_char"])
    }
    if len(began) != 1:
        return
    first = date.fromisoformat(next(iter(began)))
    if (published.date() - first).days < 0:
        return
    named = None  # an event begun long before publication: only a count that names it ("the trial, which began on 3
    # March … On the third day of the trial") is of that event
    if (published.date() - first).days > COUNTED_EVENT_DAYS:
        named = {w.lower() for w in re.findall(r"[A-Za-z][a-z-]+", next(iter(began.values())))}
    for number, text in texts.items():
        if not number or number not in docs:
            continue
        for m in NTH_DAY.finditer(text):
            if any(r["paragraph"] == number and r["start_char"] < m.end() and m.start() < r["end_char"] for r in rows):
                continue
            if named is not None and not (
                (noun := NTH_DAY_EVENT_AFTER.match(text, m.end())) and noun["noun"].lower() in named
            ):
                continue
            day = first + timedelta(days=NTH_DAY_NUMBERS[(m["ord"] or m["num"]).lower()] - 1)
            if day > published.date():
                continue
            cand = Candidate(m.start(), m.end(), m.group(), "DATE", day.isoformat(), "event_day", "relative")
            rows.append(_row(cand, number, docs[number], published, mentions, text))


# "the 100th day of the war", "day 40 of the strike": a day counted in figures from the start of a long event the
# article tells of.
NUMBERED_DAY = re.compile(
    r"\b(?:the\s+(?P<ord>\d{1,4})(?:st|nd|rd|th)\s+day|[Dd]ay\s+(?P<num>\d{1,4}))\s+of\s+(?:the|this|its|their)\s+"
    r"(?P<noun>[a-z][a-z-]+)\b"
)
# Words of a sentence that tell the opening of what a story then follows: "The first columns crossed the border on
# 14 March 2026", "the strike began on 2 May".
EVENT_OPENING_WORDS = re.compile(
    r"\b(?:first|began|begun|started|opened|launched|broke out|erupted|invaded|crossed the border)\b", re.I
)


def date_a_numbered_day_of_a_long_event(
    rows: list[dict], texts: dict[int, str], docs: dict[int, Doc], published: datetime | None, mentions
) -> None:
    """Add a row for "the 100th day of the war" (or "day 40 of the strike") counted from the day the event began:
    the first calendar day, written out with its year, that the story (not the headline) tells before it, when the
    sentence of that day names the event's noun or its opening ("the war began on …", "the first columns crossed
    the border on 14 March 2026"). The hundredth day is 99 days after that one. Not told when no such day is named,
    when the count runs past publication, or when another date in the same sentence ("in late June") does not hold
    it: the count is then from another start."""
    if published is None:
        return
    ordered = sorted((r for r in rows if r["paragraph"]), key=lambda r: (r["paragraph"], r["start_char"]))
    for number, text in texts.items():
        if not number or number not in docs:
            continue
        for m in NUMBERED_DAY.finditer(text):
            if any(r["paragraph"] == number and r["start_char"] < m.end() and m.start() < r["end_char"] for r in rows):
                continue
            noun = re.compile(rf"\b{re.escape(m['noun'])}\b", re.I)
            first = next(
                (
                    r
                    for r in ordered
                    if (r["paragraph"], r["start_char"]) < (number, m.start())
                    and r["anchor"] == "explicit"
                    and DAY_VALUE.fullmatch(r["value"])
                    and (noun.search(r["sentence"]) or EVENT_OPENING_WORDS.search(r["sentence"]))
                ),
                None,
            )
            if first is None:
                continue
            day = date.fromisoformat(first["value"]) + timedelta(days=int(m["ord"] or m["num"]) - 1)
            if day > published.date():
                continue
            doc = docs[number]
            sentence = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            sentence = sentence.sent if sentence is not None and len(sentence) else None
            if sentence is not None and any(
                r["paragraph"] == number
                and sentence.start_char <= r["start_char"] < sentence.end_char
                and r["type"] == "DATE"
                and r["date"]
                and not r["date"] <= day.isoformat() <= r["date_end"]
                for r in rows
            ):
                continue  # "on the 100th day of the war, in early May": the count is from another start
            cand = Candidate(m.start(), m.end(), m.group(), "DATE", day.isoformat(), "event_day", "relative")
            rows.append(_row(cand, number, doc, published, mentions, text))


# A part of the day the story is on, named from that day: "earlier in the day", "later that day", "that evening".
STORYS_DAY_PART = re.compile(
    r"\b(?:(?:earlier|later)\s+(?:in\s+the|that)\s+(?P<part>day|morning|afternoon|evening|night)"
    r"|that\s+(?:same\s+)?(?P<own>day|morning|afternoon|evening|night)|the\s+same\s+day)\b",
    re.I,
)


def _in_a_relative_clause(row: dict, docs: dict[int, Doc]) -> bool:
    """Whether the expression of `row` is inside a relative clause ("The British number one, who lost in the third
    round last year, saved two break points")."""
    doc = docs.get(row["paragraph"])
    span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand") if doc is not None else None
    return span is not None and len(span) > 0 and any(t.dep_ == "relcl" for t in span.root.ancestors)


def _ends_of_stretches(rows: list[dict], texts: dict[int, str]) -> set[int]:
    """The ids of rows that name the ends of a stretch ("took the money between March 2019 and 31 December 2023",
    "from 2015 to 2022", "until 24 November"): the bounds of a period, not a day the story is on."""
    ends: set[int] = set()
    ordered = sorted((r for r in rows if r["paragraph"]), key=lambda r: (r["paragraph"], r["start_char"]))
    for first, last in zip(ordered, ordered[1:]):
        text = texts.get(first["paragraph"], "")
        if "/" in first["value"]:
            ends.add(id(first))
        if first["paragraph"] != last["paragraph"]:
            continue
        opener = STRETCH_OPENS.search(text[: first["start_char"]])
        if opener is not None and STRETCH_JOINS[opener["word"].lower()].fullmatch(
            text[first["end_char"] : last["start_char"]]
        ):
            ends.update((id(first), id(last)))
    for row in ordered:
        if "/" in row["value"] or UNTIL_BEFORE.search(texts.get(row["paragraph"], "")[: row["start_char"]]):
            ends.add(id(row))
    return ends


def date_parts_of_the_storys_day(
    rows: list[dict], texts: dict[int, str], docs: dict[int, Doc], published: datetime | None, mentions
) -> list[dict]:
    """Put "earlier in the day", "later that day" or "that evening", in a clause told in the past, on the day gone by
    that the story named last (within STORY_DAY_DAYS of publication, outside quotations): "Draper reached the
    quarter-finals on Sunday … will face Alcaraz on Tuesday. Alcaraz beat Tiafoe earlier in the day" is Sunday, not a
    vague "earlier", nor a day counted from the Tuesday still to come. A part of a day the text already dates to a
    day that has come is left as it is; so is one after a month or year named since that day ("split in January …
    that night"), whose day is not told."""
    if published is None:
        return rows
    today = published.date()
    quoted = {number: quote_spans(text) for number, text in texts.items()}
    inside = lambda row: any(s < row["start_char"] < e for s, e in quoted.get(row["paragraph"], ()))  # noqa: E731
    ordered = sorted((r for r in rows if r["paragraph"]), key=lambda r: (r["paragraph"], r["start_char"]))
    added: list[dict] = []
    dropped: set[int] = set()
    bounds = _ends_of_stretches(rows, texts)
    bound_days = {r["date"][:10] for r in rows if id(r) in bounds and r["date"]}
    for number, text in sorted(texts.items()):
        if not number or number not in docs:
            continue
        for m in STORYS_DAY_PART.finditer(text):
            if any(s < m.start() < e for s, e in quoted[number]):
                continue
            told = [
                r
                for r in ordered
                if (r["paragraph"], r["start_char"]) < (number, m.start())
                and r["date"]
                and r["date"][:10] <= today.isoformat()
                and not inside(r)
                and id(r) not in dropped
                and id(r) not in bounds  # "took the money between March 2019 and 31 December 2023. Earlier that
                # day …": the ends of a period are no day the story is on
            ]
            last_day = next(
                (r for r in reversed(told) if DAY_VALUE.match(r["value"]) and r["type"] in ("DATE", "TIME")), None
            )
            if last_day is None or not 0 <= (today - date.fromisoformat(last_day["date"][:10])).days <= STORY_DAY_DAYS:
                continue
            since = told[told.index(last_day) + 1 :]
            if any(not _in_a_relative_clause(r, docs) for r in since):
                continue  # a month or a year the story moved to since ("In January the band split"); one in an
                # aside ("who lost in the third round last year") does not move it
            here = [
                r for r in rows if r["paragraph"] == number and r["start_char"] < m.end() and m.start() < r["end_char"]
            ]
            dated = [
                r
                for r in here
                if r["date"] and r["date"][:10] <= today.isoformat() and r["date"][:10] not in bound_days
            ]
            if dated:
                # already on a day that has come (not merely the end of a stretch named since); a vague "Earlier"
                # read apart from the "that day" it opens is part of that day, not a second, undated row
                vague = [r for r in here if not r["date"] and r["end_char"] <= dated[0]["start_char"]]
                if vague and len(dated) == 1 and dated[0]["end_char"] <= m.end():
                    dropped.update(id(r) for r in vague)
                    dated[0]["start_char"] = m.start()
                    dated[0]["expression"] = text[m.start() : dated[0]["end_char"]]
                continue
            named = [
                r
                for r in ordered
                if (r["paragraph"], r["start_char"]) < (number, m.start()) and r["date"] and not inside(r)
            ]
            if any(not r["date"] and r["start_char"] <= m.start() and m.end() <= r["end_char"] for r in here) and (
                not named or named[-1]["date"][:10] <= today.isoformat()
            ):
                continue  # left without a day on purpose ("who was on duty that night, told the inquest"); only
                # one counted from a day still to come ("will face Alcaraz on Tuesday. Later that day …") moves
            span = docs[number].char_span(m.start(), m.end(), alignment_mode="expand")
            verb = governing_verb(span.root) if span is not None and len(span) else None
            if verb is None or verb_tense(verb) != "past":
                continue
            sentence = span.sent
            if any(
                r["paragraph"] == number
                and sentence.start_char <= r["start_char"] < m.start()
                and r["date"][:10] > today.isoformat()
                for r in rows
            ):
                continue  # "The final will be played on Sunday and the trophy presented later that day"
            part = (m["part"] or m["own"] or "day").lower()
            pod = lx.PARTS_OF_DAY.get(part, "")
            day = last_day["date"][:10]
            kind, value = ("TIME", f"{day}T{pod}") if pod else ("DATE", day)
            dropped.update(id(r) for r in here)
            cand = Candidate(m.start(), m.end(), m.group(), kind, value, "story_day", "relative")
            added.append(_row(cand, number, docs[number], published, mentions, text))
    if not added and not dropped:
        return rows
    return [r for r in rows if id(r) not in dropped] + added


# What may stand between a day and the "when" of a clause that tells what happens on it: "on Thursday, when".
DAY_THEN_WHEN = re.compile(r"\s*,?\s*")
# How many steps up the parse a clock time may hang below the verb of such a clause ("announces … at noon").
WHEN_CLAUSE_STEPS = 3


def date_clock_times_of_a_days_when_clause(rows: list[dict], texts: dict[int, str], docs: dict[int, Doc]) -> None:
    """A clock time in a "when" clause right after a day ("keep rates on hold on Thursday, when its committee
    announces its decision at noon") is on that day, not on publication's: the clause tells what happens then."""
    for row in rows:
        clock = CLOCK_VALUE.match(row["value"]) if row["type"] == "TIME" else None
        doc = docs.get(row["paragraph"])
        if clock is None or doc is None or not row["paragraph"]:
            continue
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        verb, steps = span.root, 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < WHEN_CLAUSE_STEPS:
            opened = any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
            if verb.dep_ in ("advcl", "relcl") and opened:
                break  # "for Boxing Day, when the first episode airs at 9pm", "airs" read as a noun and the clause's
                # verb as "episode": the clause is the one its "when" opens, whatever word the parse made its head
            verb, steps = verb.head, steps + 1
        when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i), None)
        if when is None or verb.dep_ not in ("advcl", "relcl"):
            continue
        day = next(
            (
                other
                for other in rows
                if other["paragraph"] == row["paragraph"]
                and other["type"] == "DATE"
                and DAY_VALUE.fullmatch(other["value"])
                and other["end_char"] <= when.idx
                and DAY_THEN_WHEN.fullmatch(texts[row["paragraph"]], other["end_char"], when.idx)
            ),
            None,
        )
        if day is None or row["value"].startswith(day["value"]):
            continue
        moment = f"{day['value']}T{clock[1]}:{clock[2]}"
        row["value"] = row["date"] = row["date_end"] = moment
        row["anchor"] = "relative"


def keep_a_days_thing_on_the_day_to_come(
    rows: list[dict], texts: dict[int, str], docs: dict[int, Doc], published: datetime | None
) -> None:
    """A weekday's thing told in the present ("Thursday's decision is the last before the Budget") after the story
    named that weekday as a day to come ("is expected to keep rates on hold on Thursday") is that day's: the story
    speaks of one Thursday, and the present, which alone would leave the day gone by, tells no other. Not when its
    verb is in the past or the first mention was a day gone by."""
    if published is None:
        return
    coming: dict[str, str] = {}  # weekday -> the day to come the story named it as first
    for row in sorted(rows, key=lambda r: (r["paragraph"], r["start_char"])):
        word = row["expression"].lower()
        if not row["paragraph"] or row["type"] != "DATE" or word not in WEEKDAY_WORDS:
            continue
        if not DAY_VALUE.fullmatch(row["value"]):
            continue
        day = date.fromisoformat(row["value"])
        text = texts.get(row["paragraph"], "")
        if word not in coming:
            if day > published.date():
                coming[word] = row["value"]
            continue
        if day >= published.date() or not POSSESSIVE_AFTER.match(text, row["end_char"]):
            continue
        doc = docs.get(row["paragraph"])
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand") if doc else None
        if span is None or not len(span) or span.root.dep_ != "poss":
            continue
        verb = governing_verb(span.root.head)
        if verb is None or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        if _judged_as_done(verb):
            continue  # "Tuesday's vote is a blow": weighed by its effect, so the one gone by
        row["value"] = row["date"] = row["date_end"] = coming[word]


# Verbs of warning of a thing ahead: "warned of cancellations on Monday morning".
WARNED_OF_VERBS = frozenset("warn forecast predict caution".split())


def keep_a_warned_of_day_on_the_day_to_come(rows: list[dict], docs: dict[int, Doc], published: datetime | None) -> None:
    """A weekday told as the day of a thing warned of in the simple past ("Rail operators warned of cancellations on
    Monday morning", in a Sunday paper) is the day to come when the story names that weekday elsewhere as one to
    come ("temperatures may drop to minus 8C on Monday night"): the story speaks of one Monday, and what is warned of
    lies ahead. Alone, "warned of snow on Monday" may tell the day of the warning, and is left so."""
    if published is None:
        return
    today = published.date()
    coming: dict[str, date] = {}
    gone: list[tuple[dict, str]] = []
    for row in rows:
        word = row["expression"].split()[0].lower() if row["expression"] else ""
        if not row["paragraph"] or word not in WEEKDAY_WORDS or not DAY_VALUE.match(row["value"]) or not row["date"]:
            continue
        day = date.fromisoformat(row["value"][:10])
        if day > today:
            coming.setdefault(word, day)
        elif day < today:
            gone.append((row, word))
    for row, word in gone:
        if word not in coming or (coming[word] - today).days >= 7:
            continue
        doc = docs.get(row["paragraph"])
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand") if doc else None
        day_word = span.root if span is not None and len(span) else None
        while day_word is not None and day_word.dep_ == "conj" and day_word.head.i != day_word.i:
            day_word = day_word.head  # "on Tuesday and Thursday": the first day's "on"
        if day_word is None or day_word.dep_ != "pobj" or day_word.head.lower_ != "on":
            continue
        verb = governing_verb(day_word)
        if verb is None or verb.lemma_.lower() not in WARNED_OF_VERBS or verb.tag_ != "VBD":
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue  # "had warned of delays on Monday": set against what came about
        if not any(
            (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("of", "about"))) and verb.i < c.i < span.start - 1
            for c in verb.children
        ):
            continue  # "warned on Monday that …": the day of the warning
        then = coming[word].isoformat()
        for column in ("value", "date", "date_end"):
            if DAY_VALUE.match(row[column]):
                row[column] = then + row[column][10:]


# "within" before a length, and "of" with the event it counts from after it: "within three months of the crash".
WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:(?:about|around|roughly|just)\s+)?$", re.I)
WITHIN_OF_EVENT = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+(?P<noun>[a-z][a-z-]{3,})\b", re.I)
# Endings cut from the event's noun to find the words of the same event in the article ("sentencing" is told as
# "will be sentenced", "the reopening" as "will reopen").
# "injury" is told as "injured", "recovery" as "recovered": a "-y" (or "-ies") after a consonant goes too.
EVENT_NOUN_ENDINGS = re.compile(r"(?:ings?|ions?|ments?|als?|(?<=[^aeiou])(?:y|ies)|s)$")
# The fewest letters left of the noun to look for, so that a short stem finds no unrelated words.
EVENT_STEM_LETTERS = 4


# A length named as the first or last part of what follows it ("the first two weeks", "the final days"): a part of
# that event, not a time after it.
PART_OF_AN_EVENT = re.compile(r"(?:the )?(?:first|opening|last|final|closing)\b", re.I)


def date_lengths_within_a_named_event(rows: list[dict], texts: dict[int, str]) -> None:
    """A length "within" an event the article names by a noun ("replaced the sensors within three months of the
    crash", "a confiscation hearing will follow within three months of the sentencing") runs from the date the
    article gave that event to that length after it: the date of the rows before, in the story (not the
    headline), whose sentence has a word of the event ("the helicopter crash … in March", "will be sentenced on 15
    January"), not counting dates of a saying. Left undated when no such row has a calendar date, or such rows give
    more than one."""
    ordered = sorted(rows, key=lambda row: (row["paragraph"], row["start_char"]))
    for k, row in enumerate(ordered):
        if row["type"] != "DURATION" or row["date"] or not row["paragraph"]:
            continue
        text = texts.get(row["paragraph"], "")
        event = WITHIN_OF_EVENT.match(text, row["end_char"])
        if event is None or not WITHIN_BEFORE.search(text[max(0, row["start_char"] - 30) : row["start_char"]]):
            continue
        if PART_OF_AN_EVENT.match(row["expression"]):
            continue  # "within the first two weeks of the season": the season's own first weeks, from its start,
            # which no date of a sentence naming a season ("the final day of last season, on 25 April") gives
        stem = EVENT_NOUN_ENDINGS.sub("", event["noun"].lower())
        if len(stem) < EVENT_STEM_LETTERS:
            continue
        word = re.compile(rf"\b{re.escape(stem)}\w*", re.I)
        parts = duration_parts(row["value"])
        told = [
            other
            for other in ordered[:k]
            if other["paragraph"]
            and other["type"] == "DATE"
            and other["date"]
            and DAY_OR_MONTH.fullmatch(other["value"])
            and word.search(other["sentence"])
            and not SAYING_LAST.search(other["event"])
        ]
        if not told or not parts or len({(other["date"], other["date_end"]) for other in told}) > 1:
            continue  # no date of that event, or more than one ("had been due to be sentenced on Tuesday … will be
            # sentenced on 15 January"): which one the length counts from is not said
        told = told[0]
        end = datetime.fromisoformat((told["date_end"] or told["date"])[:10])
        for n, unit in parts:
            end = shift(end, n, unit)
        row["date"], row["date_end"], row["anchor"] = told["date"][:10], end.date().isoformat(), "relative"


# A length, then the side of an event it is counted on and the event's noun: "Two days after the vote", "three days
# before the election". A noun with "of" or a clause of its own after it ("after the start of the trial", "after the
# vote that ousted her") is not named by that word alone.
# Words an article may tell an event in that a later noun names: "A gunman opened fire on Sunday … A week after the
# attack". Only words of that one deed: a row told in any of them is that event.
_KILLING = ("opened fire", "shot", "stabbed", "killed", "murdered")
EVENT_NOUN_KINDS = {
    "attack": (*_KILLING, "bombed", "rammed", "assaulted"),
    "attacks": (*_KILLING, "bombed", "rammed", "assaulted"),
    "shooting": ("opened fire", "shot"),
    "shootings": ("opened fire", "shot"),
    "stabbing": ("stabbed",),
    "killing": _KILLING,
    "killings": _KILLING,
    "murder": _KILLING,
    "murders": _KILLING,
    "explosion": ("exploded", "blew up", "blast"),
    "blast": ("exploded", "blew up", "explosion"),
    "collision": ("collided", "crashed", "crash"),
    "crash": ("collided", "crashed"),
    "closure": ("closed", "shut"),
    "flood": ("flooded", "flooding", r"burst\s+(?:\w+\s+)?banks"),  # a river that burst its banks flooded
    "floods": ("flooded", "flooding", r"burst\s+(?:\w+\s+)?banks"),
    "flooding": ("flooded", "floods?", r"burst\s+(?:\w+\s+)?banks"),
}
# Nouns of weather an article names ("Storm Bert", "Hurricane Milton"): "the storm" is the one named, so a row whose
# event has its name ("Bert hit") is that storm's.
NAMED_WEATHER = frozenset({"storm", "hurricane", "typhoon", "cyclone"})
NAMED_WEATHER_IN = re.compile(r"\b(?:Storm|Hurricane|Typhoon|Cyclone)\s+([A-Z][a-z]+)\b")
# A named storm stands for its noun: "two days after Storm Bert swept across the country" is "after the storm".
LENGTH_FROM_AN_EVENT = re.compile(
    r"\s+(?P<side>after|following|before|ahead of|prior to)\s+(?:(?:the|its|their|his|her)\s+"
    r"(?P<noun>[a-z][a-z-]{3,})\b(?!\s+(?:of|to|for|that|which|who|in|on)\b|['’])"
    r"|(?P<kind>Storm|Hurricane|Typhoon|Cyclone)\s+(?P<name>[A-Z][a-z]+)\b(?!['’]))"
)
# Words right before a length that make it a stretch, not a point counted from the event: "for two days after the
# vote", "within a week of", "in the three days before the election".
STRETCH_WORD_BEFORE = re.compile(r"\b(?:for|within|in|over|during|of|than|by|up to|until|the|some|only|just)\s+$", re.I)
# Units a length counted to one day may be in: "two weeks after the vote" is a day; "two years after" is not.
DAY_UNITS = ("day", "week")
# Units a length counted to a month or a year may be in, from an event dated to that month or year ("five years after
# the flood" of 2005: 2010), with the finest precision of the event's date each allows.
CALENDAR_UNITS = {"month": "month", "year": "year", "decade": "year"}


def _days_of_an_event(rows: list[dict], word: re.Pattern, unit: str = "day") -> set[str]:
    """The days of the rows of one day whose event has `word` and is no saying; with `unit` "month" or "year", the
    months ("2005-06") or years ("2005") of the rows whose dates are one whole calendar month or year (a length
    "since" an event dates that event to its year: "It is 20 years since the river burst its banks")."""
    if unit == "day":
        return {
            other["date"][:10]
            for other in rows
            if other["paragraph"]
            and other["type"] == "DATE"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", other["value"])
            and other["date"][:10] == other["date_end"][:10]
            and word.search(other["event"])
            and not SAYING_LAST.search(other["event"])
        }
    told = set()
    for other in rows:
        if not other["paragraph"] or not other["date"] or not word.search(other["event"]):
            continue
        if SAYING_LAST.search(other["event"]):
            continue
        start, end = other["date"][:10], other["date_end"][:10]
        # a whole year, a whole month or a day: the year (month) it falls in
        if start == end or (start, end) in (value_span(start[:4]), value_span(start[:7])):
            value = start[:4] if unit == "year" else start[:7]
            if (start, end) != value_span(start[:4]) or unit == "year":
                told.add(value)
    return told


# Tags of a verb that tells a deed done: "after Whitlow returned", "before the crew had reached".
DONE_VERB_TAGS = ("VBD", "VBN")


def _clause_counted_from(doc: Doc | None, row: dict) -> tuple[str, re.Pattern] | None:
    """The side ("after", "before") and the words of a deed a length is counted from when a clause of the past
    follows it ("Two days after Whitlow returned", "a week before the ferry sank"): its verb as written, and the
    head word of its subject unless a pronoun stands for it. None when no such clause follows."""
    if doc is None:
        return None
    span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    mark = doc[span.end]
    verb = mark.head
    if mark.lower_ not in ("after", "before") or mark.dep_ != "mark" or verb.tag_ not in DONE_VERB_TAGS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < mark.i:
        return None
    words = rf"\b{re.escape(verb.text)}\b"
    if subject.pos_ != "PRON":  # "after Whitlow returned": the rows of "Whitlow returned", not of anyone's return
        words = rf"\b{re.escape(subject.text)}\b.*{words}"
    return mark.lower_, re.compile(words, re.I)


def date_lengths_from_a_named_event(
    rows: list[dict],
    texts: dict[int, str],
    docs: dict[int, Doc] | None = None,
    published: datetime | None = None,
) -> None:
    """A length told as a point counted from an event the article names by a noun ("Two days after the vote, the
    leader said she would seek a partnership", "Three days before the election, polls had shown …") is the day that
    many days or weeks after (before) the day the article gave that event: the rows before it, in the story, whose
    event has the noun's word ("The vote on 12 November gave …": "vote gave"). Only the event a date is of counts,
    not any word of its sentence ("began talks on Monday after an election" dates the talks). Left undated when no
    such row has a single day, or such rows give more than one."""
    ordered = sorted(rows, key=lambda row: (row["paragraph"], row["start_char"]))
    lead = min((number for number, text in texts.items() if number and text.strip()), default=None)
    for k, row in enumerate(ordered):
        if row["type"] != "DURATION" or row["date"] or not row["paragraph"]:
            continue
        text = texts.get(row["paragraph"], "")
        event = LENGTH_FROM_AN_EVENT.match(text, row["end_char"])
        clause = None if event else _clause_counted_from((docs or {}).get(row["paragraph"]), row)
        if (event is None and clause is None) or STRETCH_WORD_BEFORE.search(
            text[max(0, row["start_char"] - 12) : row["start_char"]]
        ):
            continue
        parts = duration_parts(row["value"])
        if not parts or any(n != int(n) for n, _ in parts):
            continue
        calendar = any(unit not in DAY_UNITS for _, unit in parts)
        if calendar and (event is None or not all(unit in CALENDAR_UNITS for _, unit in parts)):
            continue
        if clause is not None:  # "Two days after Whitlow returned": the rows of that subject doing that deed
            side, word = clause
            told = _days_of_an_event(ordered[:k], word)
            if len(told) == 1:
                day = datetime.fromisoformat(told.pop())
                for n, unit in parts:
                    day = shift(day, (-1 if side == "before" else 1) * n, unit)
                row["date"] = row["date_end"] = day.date().isoformat()
                row["anchor"] = "relative"
            continue
        noun = (event["noun"] or event["kind"]).lower()
        stem = EVENT_NOUN_ENDINGS.sub("", noun)
        if len(stem) < EVENT_STEM_LETTERS:
            continue
        same = [re.escape(stem) + r"\w*", *EVENT_NOUN_KINDS.get(noun, ())]
        if event["name"]:  # "after Storm Bert swept across": that storm's rows, by its noun or its name
            same.append(re.escape(event["name"]))
        elif noun in NAMED_WEATHER:  # "Two days after the storm" of "Storm Bert hit on Saturday"
            same += [re.escape(name) for name in NAMED_WEATHER_IN.findall(" ".join(texts.values()))]
        word = re.compile(rf"\b(?:{'|'.join(same)})\b", re.I)
        sign = -1 if event["side"].lower() in ("before", "ahead of", "prior to") else 1
        if calendar:  # "Five years after the flood" of "It is 20 years since the river burst its banks": 2010
            unit = "month" if any(CALENDAR_UNITS[unit] == "month" for _, unit in parts) else "year"
            told = _days_of_an_event(ordered[:k], word, unit)
            if len(told) == 1:
                steps = [(sign * n * (10 if unit == "decade" else 1), CALENDAR_UNITS[unit]) for n, unit in parts]
                value = shift_value(told.pop(), steps)
                row["date"], row["date_end"] = value_span(value)
                row["anchor"] = "relative"
            continue
        told = _days_of_an_event(ordered[:k], word)
        if not told and row["paragraph"] == lead:  # "A week after the attack, the town held a vigil. || A gunman
            # opened fire on Sunday": the lead tells of the event the paragraphs after it date
            told = _days_of_an_event(ordered[k + 1 :], word)
        if len(told) != 1:
            continue  # no day of that event, or more than one: which one the length counts from is not said
        day = datetime.fromisoformat(told.pop())
        for n, unit in parts:
            day = shift(day, sign * n, unit)
        if (
            published is not None
            and day.date() > published.date()
            and _told_of_the_past((docs or {}).get(row["paragraph"]), row)
        ):
            continue  # a day still to come is no day a clause of the past tells of: another event of that noun
        row["date"] = row["date_end"] = day.date().isoformat()
        row["anchor"] = "relative"


# A stretch counted from a time the story has just named, by its place after it: "For the first two years" after
# "was diagnosed in 2019", "spent the next two decades" after "in 1968 she joined", "over the following three days"
# after "late on Wednesday". "of" after it names what it is the first years of ("the first two years of the
# contract"), which has a date of its own or none.
STRETCH_AFTER_A_DATE = re.compile(
    r"(?:(?:for|over|during|in|within) )?the (?P<word>first|next|following) [\w -]+$", re.I
)
OF_AFTER = re.compile(r"\s+of\b", re.I)
# The words that count on from a date of the past only: "the next two decades" of a plan is counted from now.
COUNTED_ON_FROM_THE_PAST = {"first", "next"}
# A calendar date a stretch may count from: a year, a month or a day.
YEAR_MONTH_OR_DAY = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def _told_of_the_past(doc: Doc | None, row: dict) -> bool:
    """Whether the verb that governs a row's expression is in the past tense."""
    span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand") if doc is not None else None
    verb = governing_verb(span.root) if span is not None and len(span) else None
    return verb is not None and verb_tense(verb) == "past"


def date_stretches_after_a_named_date(
    rows: list[dict], texts: dict[int, str], docs: dict[int, Doc], published: datetime | None
) -> None:
    """A length told as "the first", "the next" or "the following" so many years, days or weeks, left undated,
    runs from the date the same paragraph named last before it ("Dad was diagnosed in 2019. For the first two years,
    my mother cared for him at home": 2019 to 2021), to that length after that date's end: the writer counts on from
    the time the story has reached, not from publication. "first" and "next" count so only from a date gone by, in
    a clause told in the past (a plan's "the next two years" counts from now, and is dated so already; "this is a
    building for the next hundred years" too); none is given when the paragraph named no calendar date before it."""
    today = published.date().isoformat() if published is not None else None
    ordered = sorted(rows, key=lambda row: (row["paragraph"], row["start_char"]))
    for k, row in enumerate(ordered):
        if row["type"] != "DURATION" or row["date"] or not row["paragraph"]:
            continue
        found = STRETCH_AFTER_A_DATE.fullmatch(row["expression"])
        parts = duration_parts(row["value"])
        if found is None or not parts or OF_AFTER.match(texts.get(row["paragraph"], ""), row["end_char"]):
            continue
        before = [
            other
            for other in ordered[:k]
            if other["paragraph"] == row["paragraph"]
            and other["type"] == "DATE"
            and other["date"]
            and YEAR_MONTH_OR_DAY.fullmatch(other["value"])
        ]
        if not before:
            continue
        told = before[-1]
        if found["word"].lower() in COUNTED_ON_FROM_THE_PAST and (
            today is None or told["date"][:10] > today or not _told_of_the_past(docs.get(row["paragraph"]), row)
        ):
            continue  # "this is a building for the next hundred years", after "2025": counted from now
        end = datetime.fromisoformat((told["date_end"] or told["date"])[:10])
        for n, unit in parts:
            end = shift(end, n, unit)
        row["date"], row["date_end"], row["anchor"] = told["date"][:10], end.date().isoformat(), "relative"


# A time of someone's life named by the decade of their age: "In her twenties she worked on harbour walls", "in his
# late thirties". With the year they were born, it is a stretch of the calendar.
AGE_DECADE = re.compile(
    r"\b[Ii]n (?:his|her|their) (?:(?P<part>early|mid|late)[- ])?"
    r"(?P<decade>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
DECADE_AGES = {
    "teens": 13,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
# The ages of a decade's early, mid and late years ("in her early twenties": 20 to 23); teens run 13 to 19.
DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), None: (0, 9)}
TEENS_END = 19
# "born" right before the year it is dated by: "Born in Cardiff in 1937", "was born on 2 May 1950".
BORN_BEFORE = re.compile(r"\b[Bb]orn\b[^.;]{0,40}$")


# An age at which something was done: "at the age of 14", "at age 45".
AT_THE_AGE = re.compile(r"\bat (?:the age of|age) (?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\b", re.I)


def _year_on(birthday: date, years: int) -> date:
    """The day `years` years after `birthday` (a 29 February birthday falls on 1 March in a common year)."""
    try:
        return birthday.replace(year=birthday.year + years)
    except ValueError:
        return date(birthday.year + years, 3, 1)


def date_ages_by_the_year_of_birth(
    rows: list[dict],
    texts: dict[int, str],
    docs: dict[int, Doc],
    published: datetime | None,
    mentions: pd.DataFrame | None,
) -> list[dict]:
    """Rows for the decades of a life ("In her twenties she worked on harbour walls in Aberdeen") in an article that
    gives one year of birth ("Born in Cardiff in 1937"): the years she was that age, from the year she turned the
    first of them to the year she turned past the last (1957 to 1967; her birthday in the year is not known); and
    for an age at which something was done ("She left school at the age of 14"), the year she was that age: from
    the birthday she turned it to the day before the next, when the article gives the day of birth, else the two
    years it may have fallen in. None when the article names no birth year, or more than one (whose life a decade
    or an age is of would be a guess)."""
    born = {
        row["value"][:4]
        for row in rows
        if row["paragraph"]
        and row["type"] == "DATE"
        and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", row["value"])
        and BORN_BEFORE.search(texts.get(row["paragraph"], "")[: row["start_char"]][-60:])
    }
    if len(born) != 1 or published is None:
        return rows
    year = int(born.pop())
    taken = {(row["paragraph"], row["start_char"]) for row in rows}
    birthday = next(  # the day of birth, when the article gives it in full ("born on 3 July 1926")
        (
            date.fromisoformat(row["value"])
            for row in rows
            if row["paragraph"]
            and re.fullmatch(r"\d{4}-\d\d-\d\d", row["value"])
            and BORN_BEFORE.search(texts.get(row["paragraph"], "")[: row["start_char"]][-60:])
        ),
        None,
    )
    for paragraph, text in texts.items():
        if not paragraph:
            continue
        for found in AT_THE_AGE.finditer(text):
            words = [lx.NUMBER_WORDS.get(w) for w in found["n"].lower().split("-")]
            age = int(found["n"]) if found["n"].isdigit() else (None if None in words else sum(words))
            if age is None or (paragraph, found.start()) in taken:
                continue
            if birthday is not None:
                first, last = _year_on(birthday, age), _year_on(birthday, age + 1) - timedelta(days=1)
            else:
                first, last = date(year + age, 1, 1), date(year + age + 1, 12, 31)
            if last >= published.date():
                continue  # an age not yet reached or not yet passed: "has died at the age of 83" is her age now,
                # which the day the story gives dates better
            doc = docs[paragraph]
            number = nlp.sentence_index(doc, found.start())
            spans = nlp.sentence_spans(doc)
            rows.append(
                {
                    "paragraph": paragraph,
                    "start_char": found.start(),
                    "end_char": found.end(),
                    "expression": found.group(),
                    "type": "DATE",
                    "value": f"{year + age}/{year + age + 1}",
                    "date": first.isoformat(),
                    "date_end": min(last, published.date()).isoformat(),
                    "anchor": "relative",
                    "event": event_phrase(doc, found.start(), found.end()),
                    "sentence": text[spans[number - 1][0] : spans[number - 1][1]] if number else "",
                    "entities": _sentence_entities(mentions, paragraph, number),
                }
            )
        for found in AGE_DECADE.finditer(text):
            start = found.start() + len("in ")
            if (paragraph, start) in taken:
                continue
            first, last = DECADE_PARTS[found["part"]]
            youngest = DECADE_AGES[found["decade"]] + first
            oldest = (
                min(DECADE_AGES[found["decade"]] + last, TEENS_END)
                if found["decade"] == "teens"
                else (DECADE_AGES[found["decade"]] + last)
            )
            if date(year + youngest, 1, 1) > published.date():
                continue  # an age not yet reached
            doc = docs[paragraph]
            number = nlp.sentence_index(doc, start)
            spans = nlp.sentence_spans(doc)
            rows.append(
                {
                    "paragraph": paragraph,
                    "start_char": start,
                    "end_char": found.end(),
                    "expression": text[start : found.end()],
                    "type": "DATE",
                    "value": f"{year + youngest}/{year + oldest + 1}",
                    "date": date(year + youngest, 1, 1).isoformat(),
                    "date_end": min(date(year + oldest + 1, 12, 31), published.date()).isoformat(),
                    "anchor": "relative",
                    "event": event_phrase(doc, start, found.end()),
                    "sentence": text[spans[number - 1][0] : spans[number - 1][1]] if number else "",
                    "entities": _sentence_entities(mentions, paragraph, number),
                }
            )
    return rows


# A verb of saying ending an event: the date of a saying ("… the crash in March, investigators said on Wednesday")
# is not the date of the event the sentence tells of.
SAYING_LAST = re.compile(r"\b(?:said|says|told|announced|confirmed|reported|added|warned|heard)$")


# An occasion called by its day ("7 p.m. on Election Day", "on polling day"), with the nouns an article dates that
# occasion by ("the Nov. 5 election", "the referendum on 18 September").
OCCASION_DAYS = {
    "election": ("election", "vote", "poll", "ballot"),
    "polling": ("election", "vote", "poll", "ballot", "referendum"),
    "voting": ("election", "vote", "poll", "ballot", "referendum"),
    "referendum": ("referendum", "vote"),
    "results": ("results",),
    "budget": ("budget",),
    # "until 11.59pm on the closing date": the day the article said something closes ("closes on 16 September")
    "closing": ("close", "closing date", "deadline"),
    "deadline": ("close", "closing date", "deadline"),
}
CLOCK_ON_OCCASION = re.compile(r"\s+on\s+(?:the\s+)?(?P<name>" + "|".join(OCCASION_DAYS) + r")\s+(?:day|date)\b", re.I)
# At most this many words (adjectives: "general", "presidential", "mayoral") between a day and the occasion it dates.
OCCASION_GAP_WORDS = 2
# Words that end the phrase a day opens, so no occasion after them is the day's ("said on Thursday that postal votes").
NOT_AN_OCCASIONS_WORD = tuple(
    "that which who when where while as and or but the a an to of for with by from its their his her this".split()
)


def _occasion_days(rows: list[dict], texts: dict[int, str], nouns: tuple[str, ...]) -> set[str]:
    """The days `rows` give an occasion named by one of `nouns`: a day right before it ("the Nov. 5 election", "the
    5 November general election") or after it with "on" ("the vote on 18 September", "the election is on Nov. 3")."""
    names = "|".join(nouns)
    gap = rf"(?:(?!(?:{'|'.join(NOT_AN_OCCASIONS_WORD)})\b)[a-z-]+\s+){{0,{OCCASION_GAP_WORDS}}}"
    after = re.compile(rf"(?:['’]s)?\s+{gap}(?:{names})s?\b", re.I)
    before = re.compile(rf"\b(?:{names})s?\s+(?:(?:is|was|will be)\s+)?(?:(?:held|set|due)\s+)?on\s+$", re.I)
    days = set()
    for row in rows:
        text = texts.get(row["paragraph"], "")
        if row["type"] != "DATE" or not DAY_VALUE.fullmatch(row["value"]) or not text:
            continue
        if after.match(text, row["end_char"]) or before.search(text, max(0, row["start_char"] - 40), row["start_char"]):
            days.add(row["value"])
    return days


def date_clock_times_on_a_named_occasion(rows: list[dict], texts: dict[int, str]) -> None:
    """A clock time on an occasion called by its day ("ballots must be received by 7 p.m. on Election Day") is on
    the day the article gives that occasion ("the Nov. 5 election"), not on the day named last or none; when the
    article gives it no day, or more than one, the clock time keeps what it had."""
    for row in rows:
        text = texts.get(row["paragraph"], "")
        clock = re.search(r"T\d\d:\d\d$", row["value"]) if row["type"] == "TIME" else None
        called = CLOCK_ON_OCCASION.match(text, row["end_char"]) if clock is not None else None
        if called is None:
            continue
        days = _occasion_days(rows, texts, OCCASION_DAYS[called["name"].lower()])
        if len(days) != 1:
            continue
        moment = f"{days.pop()}{clock.group()}"
        row.update(value=moment, date=moment, date_end=moment, anchor="relative")


# A headline's verb of a figure's change, in the present or the past, right before the figure and the month it is
# for: "Inflation falls to 2.3% in October", "House prices jumped 1.2% in October", "Unemployment edges up to 4.3%".
HEADLINE_FIGURE_CHANGE = re.compile(
    r"\b(?:(?:rise|fall|grow|shrink|sink|slow|ease|edge|climb|jump|soar|plunge|slump|surge|dip|drop|slip|slide"
    r"|accelerate|increase|decrease|decline|tumble|rebound|double|halve)(?:s|d|ed|ped)?|rose|fell|grew|shrank|sank"
    r"|slid)\b(?:\s+(?:up|down|back|by|to|from))*\s+(?:to\s+|by\s+)?"
    r"(?:[£$€]?\d[\d.,]*\s*(?:%|per ?cent|percent|pc|bn|billion|m|million|points?)?)(?:\s+(?:a|an)\s+\w+)?\s+in\s+$",
    re.I,
)
# A word that puts the verb after it ahead: "Inflation to fall", "Prices will rise", "Sales could drop".
AHEAD_BEFORE_A_VERB = re.compile(r"\b(?:to|will|would|could|may|might|shall|should|must|'ll)\s+$", re.I)
# How long before publication the month a headline's figure is for may have ended: figures come out within a month or
# two of the month they measure.
HEADLINE_FIGURE_LAG_DAYS = 62


def date_a_headline_figure_for_a_month_gone(
    rows: list[dict], texts: dict[int, str], published: datetime | None
) -> None:
    """A month a headline names with no year as the one a figure changed in ("Inflation falls to 2.3% in October",
    published in November) is the month just gone that the figure was measured in: a headline's present tells news
    just done, and a month's figure can only be counted once it is over. Its year is put back when that month of
    this year or last ended within HEADLINE_FIGURE_LAG_DAYS of publication; a month further back ("Rail fares rise
    4.9% in March", in November) is left to come."""
    if published is None:
        return
    headline = texts.get(0, "")
    for row in rows:
        month = re.fullmatch(r"(\d{4})-(\d\d)", row["value"]) if not row["paragraph"] else None
        if month is None or row["anchor"] != "relative" or row["expression"].lower() not in lx.MONTHS:
            continue
        change = HEADLINE_FIGURE_CHANGE.search(headline, max(0, row["start_char"] - 80), row["start_char"])
        if change is None or AHEAD_BEFORE_A_VERB.search(headline, 0, change.start()):
            continue  # "Inflation to fall to 2% in October", "Prices will rise 5% in March": still to come
        number = int(month[2])
        year = published.year if number <= published.month else published.year - 1
        if not 0 <= (published.date() - month_end(year, number)).days <= HEADLINE_FIGURE_LAG_DAYS:
            continue
        value = f"{year:04d}-{number:02d}"
        row["value"], row["date"], row["date_end"] = value, f"{value}-01", month_end(year, number).isoformat()


def date_headline_as_story(rows: list[dict]) -> None:
    """A headline sums up its story, in words whose parse is often poor ("The Lions lost – the quarter-final awaits
    on Thursday"): a relative date it names in the same words as the story, which gives them one date, takes that
    date; so does a weekday the story names with a part of the day ("Sunday afternoon")."""
    body: dict[str, set] = {}
    years = {
        (row["paragraph"], row.get("sentence"), row["value"]) for row in rows if re.fullmatch(r"\d{4}", row["value"])
    }
    for row in rows:
        if any(p == row["paragraph"] and t == row.get("sentence") and row["date"][:4] == y for p, t, y in years):
            continue  # "Last year, queues stretched for miles on the Saturday before Christmas": a time its sentence
            # puts in a year of its own, not the one the headline ("Christmas travel") sums the story up in
        if row["paragraph"] and row["anchor"] == "relative":
            body.setdefault(row["expression"].lower(), set()).add((row["value"], row["date"], row["date_end"]))
    days: dict[str, set] = {}  # a weekday's dates in the body, with a part of the day or not ("Sunday afternoon")
    for row in rows:
        first = row["expression"].lower().split()[0] if row["expression"].split() else ""
        if row["paragraph"] and row["anchor"] == "relative" and first in WEEKDAY_WORDS and row["date"]:
            if row["date"] == row["date_end"]:
                days.setdefault(first, set()).add(row["date"])
    for row in rows:
        found = body.get(row["expression"].lower()) if not row["paragraph"] and row["anchor"] == "relative" else None
        if found and len(found) == 1:
            row["value"], row["date"], row["date_end"] = next(iter(found))
        elif not row["paragraph"] and row["anchor"] == "relative" and len(days.get(row["expression"].lower(), ())) == 1:
            # "a muddy Sunday closes the festival" over "the rain came on Sunday afternoon": that Sunday
            row["value"] = row["date"] = row["date_end"] = next(iter(days[row["expression"].lower()]))


# The day of a trial's step (a verdict, a sentencing, a jury's retiring): a court report tells of it and then goes
# back to the deed it tried ("killed him on the evening of 9 July last year … guilty on Thursday. … The van struck
# the bicycle at 7.46pm"), whose day the story stays on.
TRIAL_STEP = re.compile(
    r"\b(?:verdicts?|sentenc\w*|jury|juries|jurors?|convict(?:ed|ion)|acquitt\w*|guilty|trial|adjourn\w*)\b", re.I
)


# A verb of saying right before a day: the day something was said ("officials said on Wednesday", "the company
# told investors on Monday"), after the news it reports.
SAID_ON_BEFORE = re.compile(
    r"\b(?:said|say|says|told (?:\w+ )?\w+|announced|confirmed|reported|added)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)


def _story_before(cand: Candidate, found: list[Candidate], reference: Reference | None) -> str | None:
    """The value of the date the story had come to before `cand`: the last calendar date of its paragraph before
    it, else the one an earlier paragraph named."""
    for other in reversed(found):
        if other.start < cand.start and other.type == "DATE" and re.match(r"\d{4}", other.value):
            return other.value
    return reference[0] if reference is not None and reference[1] else None


def story_reference(
    found: list[Candidate], made: list[dict], before: Reference | None, text: str = ""
) -> Reference | None:
    """The date later paragraphs count from (see `last_reference`), passing over the day of a trial's step
    (`TRIAL_STEP` in its event) when the story has another date to stay on, and the day the news was said
    ("tore through the town late on Tuesday, killing four, officials said on Wednesday. The twister touched down
    about 8:15 p.m.") when the paragraph names the day of what was said."""
    kept = [cand for cand, row in zip(found, made) if not TRIAL_STEP.search(row["event"])]
    told = [c for c in kept if not SAID_ON_BEFORE.search(text, max(0, c.start - 40), c.start)]
    if len(told) < len(kept) and any("story" in c.extras and DAY_VALUE.match(c.extras["story"][0]) for c in told):
        return last_reference(told, before)
    return last_reference(kept, before) or last_reference(found, before)


def order_key(row: pd.Series | dict, published: datetime | None) -> float:
    """Days from publication used to order rows: the span's start, vague references around publication."""
    if row["date"]:
        moment = datetime.fromisoformat(row["date"])
        base = published or datetime(1970, 1, 1)
        return (moment - base).total_seconds() / 86400
    if row["value"] in VAGUE_ORDER and published is not None:
        return VAGUE_ORDER[row["value"]]
    return float("inf")


# A paragraph led by a weekday and a colon or a dash: "THURSDAY: The choir sings …", "Monday - Talks collapse".
# The day may carry its hour ("Tuesday, 4:12pm: A caller reports smoke").
DAY_LED = re.compile(
    rf"\s*(?P<wd>{WEEKDAY})(?:,?\s*(?:at\s+)?\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?\s*[-—–:]\s", re.I
)


def is_listing_of_days_ahead(paragraphs: list[str], published: datetime | None) -> bool:
    """Whether the paragraphs led by a weekday ("THURSDAY: …", "FRIDAY: …") are a listing of the days ahead, not a
    chronology: at least two, the first on publication's own weekday and each later one further on in that week. A
    chronology of days gone by cannot open on the day it is published and then go on to later days."""
    if published is None:
        return False
    days = [m["wd"].lower().rstrip(".") for m in (DAY_LED.match(p) for p in paragraphs) if m]
    offsets = [(lx.WEEKDAYS[d] - published.weekday()) % 7 for d in days if d in lx.WEEKDAYS]
    return len(offsets) >= 2 and offsets[0] == 0 and all(a < b for a, b in zip(offsets, offsets[1:]))


# A weekday told as one of a month ("We left London on a grey Tuesday in May"): the story of a trip in that month.
WEEKDAY_IN_MONTH_AFTER = re.compile(rf"\s+in\s+(?:early\s+|mid-?|late\s+)?{MONTH}\b", re.I)
# A weekday alone, or with its part of the day ("Thursday evening"), as a story of days names them.
BARE_WEEKDAY_ROW = re.compile(
    rf"(?:(?:on|by)\s+)?(?:the\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?", re.I
)
DAYS_BACK_OF_A_WEEK = 7


# Words that put a verb in the future or make it a wish or a possibility: not a plain present of a timetable.
NOT_PLAIN_PRESENT = {"will", "'ll", "shall", "would", "could", "might", "may", "should", "must", "can", "to"}


def _plain_present_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the day at `start`..`end` of `doc` is the time of a verb in the plain present ("Pre-orders open on
    Wednesday"), with no word of the future or a modal on it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    while (
        verb.pos_ not in ("VERB", "AUX")
        and not any(child.dep_ == "nsubj" for child in verb.children)
        and verb.head.i != verb.i
    ):
        verb = verb.head
    helpers = [child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass", "cop")]
    if verb.tag_ == "JJ":  # "Pre-orders open on Wednesday", read as an adjective with its subject
        return any(child.dep_ == "nsubj" for child in verb.children) and all(
            word in ("is", "are", "'s", "'re") for word in helpers
        )
    return verb.tag_ in ("VBZ", "VBP") and not any(word in NOT_PLAIN_PRESENT for word in helpers)


def keep_a_weekday_told_again_in_the_present_on_its_day(
    rows: list[dict], docs: dict[int, Doc], published: datetime | None
) -> None:
    """A bare weekday the lead dates as the story's day gone by ("Samsung on Wednesday unveiled its phones", in a
    Thursday paper) and that a later sentence names again in the plain present ("Pre-orders open on Wednesday") is
    the same day: the report was written on that day and its timetable is told from it, so the plain present is not
    the Wednesday a week on (which "next Wednesday" or a date would name). A verb with "will" or a modal keeps the
    day to come."""
    if published is None:
        return
    today = published.date()
    lead = {}
    for row in rows:
        if (
            0 < row["paragraph"] <= LEAD_PARAGRAPHS
            and BARE_WEEKDAY_ROW.fullmatch(row["expression"])
            and DAY_VALUE.match(row["value"])
            and row["date"]
            and row["date"] <= today.isoformat()
        ):
            lead.setdefault(row["expression"].lower(), row)
    for row in rows:
        told = lead.get(row["expression"].lower())
        doc = docs.get(row["paragraph"])
        if (
            told is None
            or row is told
            or doc is None
            or not BARE_WEEKDAY_ROW.fullmatch(row["expression"])
            or not DAY_VALUE.match(row["value"])
            or not row["date"]
            or (row["paragraph"], row["start_char"]) <= (told["paragraph"], told["start_char"])
            or date.fromisoformat(row["date"][:10]) - date.fromisoformat(told["date"][:10]) != timedelta(weeks=1)
            or not _plain_present_verb(doc, row["start_char"], row["end_char"])
        ):
            continue
        day = told["date"][:10]
        for column in ("value", "date", "date_end"):
            row[column] = day + row[column][10:]


def leave_weekdays_of_a_trip_gone_by_undated(rows: list[dict], docs: dict[int, Doc], published: datetime | None):
    """A story told of a month gone by from an indefinite weekday of it ("We left London on a grey Tuesday in May",
    published in June): the bare weekdays its past clauses name later ("The weather turned on Sunday", "On Monday we
    caught the bus") are days of that trip, not of the week before publication, which is all the weekday alone would
    give them; they stay undated when the week before publication falls outside that month. A day named with its
    date, or a weekday read in the month, is kept; so is a report of figures ("prices fell in May, figures showed on
    Tuesday"), which names no weekday of May."""
    if published is None:
        return
    month = None  # (first day, last day) of the month the trip was told in, once it is
    today = published.date()
    for row in rows:
        doc = docs.get(row["paragraph"])
        if not row["paragraph"] or doc is None:
            continue
        text = nlp.doc_text(doc)
        if month is None:
            if row["value"].startswith("XXXX-WXX-") and row["expression"].split()[-1].lower() in WEEKDAY_WORDS:
                after = WEEKDAY_IN_MONTH_AFTER.match(text, row["end_char"])
                told = next(
                    (
                        r
                        for r in rows
                        if r["paragraph"] == row["paragraph"]
                        and after
                        and r["start_char"] > row["start_char"]
                        and MONTH_OF_A_YEAR.fullmatch(r["value"])
                        and r["date_end"]
                    ),
                    None,
                )
                if told is not None and told["date_end"] < (today - timedelta(days=DAYS_BACK_OF_A_WEEK)).isoformat():
                    month = told["date"], told["date_end"]
            continue
        if row["anchor"] != "relative" or not DAY_VALUE.match(row["value"]) or not row["date"]:
            continue
        if not BARE_WEEKDAY_ROW.fullmatch(row["expression"]):
            continue
        if month[0] <= row["date"] <= month[1] or row["date"] > today.isoformat():
            continue
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None or verb_tense(verb) != "past":
            continue
        word = WEEKDAY_WORD_IN.search(row["expression"]).group().lower().rstrip(".")
        number = next(n for name, n in lx.WEEKDAYS.items() if name.startswith(word[:3])) + 1
        row["value"] = f"XXXX-WXX-{number}" + row["value"][10:]
        row["date"] = row["date_end"] = ""
        row["anchor"] = "vague"


WEEKDAY_WORD_IN = re.compile(WEEKDAY, re.I)
MONTH_OF_A_YEAR = re.compile(r"\d{4}-\d\d")
# A clock time alone, naming no day of its own: "3am", "10.15 p.m.", "noon", "eight o'clock".
BARE_CLOCK_ROW = re.compile(r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?|noon|midday|midnight|\w+ o'clock)", re.I)
MONTH_OR_SEASON = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)")
# How many days before publication a date may be for the story to be told of now.
DAYS_OF_THE_NEWS = 7


# A clock time or a span of clock times with no day of its own, as a row's expression: "at 10.30pm", "between 10.30pm
# and 11pm", "from 9am to noon".
BARE_CLOCK_SPAN_ROW = re.compile(
    rf"(?:(?:at|between|from|around|about|after|before|until)\s+)?{BARE_CLOCK_ROW.pattern}"
    rf"(?:\s*(?:and|to|-|–)\s*{BARE_CLOCK_ROW.pattern})?",
    re.I,
)
CLOCK_MOMENT = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")


def date_clock_spans_around_a_moment_told(rows: list[dict]) -> None:
    """A span of clock times with no day of its own ("anyone who was in the area between 10.30pm and 11pm") that holds
    a moment the story dated before ("found with serious injuries at about 22:45 GMT", on Wednesday night) is about
    that moment, on its day, not on the day named last ("arrested on Thursday morning"). Only when every such moment
    before it is on one day; a single clock time, which holds no other, keeps its day."""
    for k, row in enumerate(rows):
        if row["type"] != "TIME" or row["anchor"] != "relative" or "/" not in row["value"]:
            continue
        if not BARE_CLOCK_SPAN_ROW.fullmatch(row["expression"].strip()):
            continue
        ends = [CLOCK_MOMENT.match(part) for part in row["value"].split("/")]
        if len(ends) != 2 or None in ends or ends[0][1] != ends[1][1] or ends[0][2] >= ends[1][2]:
            continue
        days = set()
        for before in rows[:k]:
            moment = CLOCK_MOMENT.fullmatch(before["value"]) if before["type"] == "TIME" else None
            if before["paragraph"] and moment is not None and ends[0][2] <= moment[2] <= ends[1][2]:
                days.add(moment[1])
        if len(days) == 1 and (day := days.pop()) != ends[0][1]:
            for column in ("value", "date", "date_end"):
                row[column] = row[column].replace(ends[0][1], day)


def leave_clock_times_of_a_past_narrative_undated(
    rows: list[dict], texts: dict[int, str], docs: dict[int, Doc], published: datetime | None
) -> None:
    """A clock time with no day of its own, put on publication's day, in a past clause of a story told of the past
    alone ("Margaret Doyle lost her husband, Frank, in February. Forty-one years of marriage ended with a phone call
    from the hospital at 3am.", published in December), whose last date is a month or season gone by: it is a
    day of that time the story does not give, not publication's. Not once the story has named a day of its own
    week or now ("Sales fell in November, figures showed on Friday. Shares fell 3% by 11am")."""
    if published is None:
        return
    today = published.date().isoformat()
    recent = (published.date() - timedelta(days=DAYS_OF_THE_NEWS)).isoformat()
    last = None  # the last row dated before the clock time, in reading order
    near = False  # whether the story has named a time of now or of the days just gone
    for row in rows:
        if not row["paragraph"]:
            continue
        if row["value"] in ("PRESENT_REF", "FUTURE_REF") or (row["date_end"] and row["date_end"][:10] >= recent):
            clock = row["type"] == "TIME" and row["value"].startswith(today + "T")
            if (
                clock
                and not near
                and last is not None
                and row["anchor"] == "relative"
                and BARE_CLOCK_ROW.fullmatch(row["expression"].strip())
                and MONTH_OR_SEASON.fullmatch(last["value"])
                and last["anchor"] == "relative"  # one named with its year moves the story there (see clock_day)
                and last["date_end"][:10] < today
                and not FIGURE_COMPARED_BEFORE.search(
                    texts.get(last["paragraph"], ""), max(0, last["start_char"] - 70), last["start_char"]
                )  # "Prices rose 4%, up from 3% in March": a time a figure is set against, no scene
                and (doc := docs.get(row["paragraph"])) is not None
                and (span := doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")) is not None
                and len(span)
                and (verb := governing_verb(span.root)) is not None
                and verb_tense(verb) == "past"
            ):
                row["value"] = "XXXX-XX-XX" + row["value"][10:]
                row["date"] = row["date_end"] = ""
                row["anchor"] = "vague"
                continue
            near = True
        if row["date"] and row["type"] in ("DATE", "TIME"):
            last = row


# Words of the sports whose seasons run from autumn to spring (European football and rugby, hockey, basketball),
# and words of those played in a calendar year or over a summer, which leave a season's years unknown.
WINTER_SEASON_WORDS = re.compile(
    r"\b(?:football|soccer|rugby|hockey|basketball|goalkeeper|striker|midfielder|winger|half-time|scrum|line-?out"
    r"|fly-half|Premier League|League (?:One|Two)|Championship|Premiership|Bundesliga|La Liga|Serie A|Ligue 1"
    r"|FA Cup|Champions League|transfer window)\b",
    re.I,
)
SUMMER_SEASON_WORDS = re.compile(
    r"\b(?:cricket|wickets?|innings|baseball|MLS|NFL|Formula (?:One|1)|F1|grand prix|tennis|golf|athletics|cycling"
    r"|GAA|hurling|gaelic|netball|IPL|county championship|super rugby"
    # golf and tennis, whose seasons are calendar years, told by their own words when a report names neither game
    # ("made six birdies" at "the Open Championship", "the ATP Finals")
    r"|birdies?|bogeys?|fairways?|putts?|(?:LPGA|PGA|DP World|LIV) Tour|PGA|Ryder Cup|Solheim Cup"
    r"|ATP|WTA|tie-?breaks?)\b",
    re.I,
)


def winter_seasons(text: str) -> bool:
    """Whether a sport report's `text` tells of a sport whose seasons run from autumn to spring ("League One",
    "striker", "rugby"), with no word of one played over a calendar year ("cricket", "MLS"): its "last season" and
    "the previous campaign" are then the season before the one under way at publication."""
    return WINTER_SEASON_WORDS.search(text) is not None and SUMMER_SEASON_WORDS.search(text) is None


# A report of figures told in the present: "The figures show", "The data, published by the ONS, suggest".
REPORT_NOUNS = frozenset({"figure", "data", "statistic", "survey", "report", "study", "poll", "research", "analysis"})
REPORT_VERBS = frozenset({"show", "reveal", "suggest", "indicate", "find"})


def opens_with_figures_reported_now(doc: Doc) -> bool:
    """Whether a paragraph's first sentence reports figures in the present tense in its main clause ("The figures
    show 14,577 offences were recorded"): the story is back at now, so "A year earlier" after it counts from the
    time of the figures, not from a date an earlier paragraph told ("launched the unit in September 2018")."""
    sentence = next(iter(doc.sents), None)
    if sentence is None:
        return False
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (
        root.lemma_.lower() in REPORT_VERBS
        and root.tag_ in ("VBZ", "VBP", "VB")  # the parser takes "show" after a long subject for the base form
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
        and subject is not None
        and subject.lemma_.lower() in REPORT_NOUNS
    )


def timeline_table(article, docs: list[Doc], mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """An article's temporal expressions resolved against its publication time, one row each, in time order."""
    published = getattr(article, "published", None)
    rows = []
    reference = None  # the last date mentioned so far: "the next day" in a later paragraph counts from it
    entries = []  # a chronology's entries ("Monday - Residents are told to leave"): their rows, and the date's rule
    run_day = None  # the date the story had come to before the first of those entries ("How the attack unfolded")
    told: list[tuple[str, set[str]]] = []  # days named so far, each with the nouns of what happened on it
    gone: dict[str, str] = {}  # weekdays named so far that had gone by, each with its date
    sport = is_sport_report(docs)
    listing = is_listing_of_days_ahead([p.text for p in article.paragraphs[1:]], published)
    texts: dict[int, str] = {}  # each paragraph's text, by its number
    paragraph_docs: dict[int, Doc] = {}  # and its parse
    lead_day = None  # the day gone by the lead put its news on, when it did (see story_day)
    told_lead = False  # whether the lead has named a calendar day yet
    of_today = False  # whether the lead tells of publication's day (see tells_of_publications_day)
    report_month = None  # the month a report of figures is about, as the lead named it (see reported_month)
    event_day = None  # the day of the past the lead says the story is about (see lead_event_day)
    # the month a company's own year ends in, as the article says anywhere (see year_end_month)
    own_year_end = year_end_month(" ".join(p.text for p in article.paragraphs))
    own_year_end_day = year_end_day(" ".join(p.text for p in article.paragraphs), own_year_end)  # "to 1 February"
    calendar_accounts = accounts_follow_the_calendar(" ".join(p.text for p in article.paragraphs))  # "fiscal 2026"
    parts_told: dict[str, str] = {}  # the last calendar month, half and quarter the story has named, by kind
    person_fell = A_PERSON_FELL.search(" ".join(p.text for p in article.paragraphs)) is not None  # "fell from"
    scene_undated = False  # whether the paragraph before ended on a day the story does not date
    pounds = any("£" in p.text for p in article.paragraphs)  # a UK body's money (see PUBLIC_ACCOUNTS_BODY)
    for paragraph, doc in zip(article.paragraphs, docs):
        text = nlp.doc_text(doc)
        texts[paragraph.number] = text
        paragraph_docs[paragraph.number] = doc
        found = extract(
            text,
            published,
            doc,
            reference=reference if paragraph.number and not opens_with_figures_reported_now(doc) else None,
            quotes=(quotes := quote_spans(text)),
            sport=sport,
            half_years=any(HALF_YEAR.fullmatch(row["value"]) for row in rows),
            calendar_quarters=any(QUARTER.fullmatch(row["value"]) and row["date"] for row in rows),
            fiscal_halves=any(HALF_YEAR.fullmatch(row["value"]) and not row["date"] for row in rows),
            listing=listing,
            report_month=report_month,
            event_day=event_day,
            year_end_month=own_year_end,
            year_end_day=own_year_end_day,
            calendar_accounts=calendar_accounts,
            winter_seasons=sport and winter_seasons(" ".join(p.text for p in article.paragraphs)),
            parts_told=parts_told,
            person_fell=person_fell,
            pounds=pounds,
            scene_undated=scene_undated,
            incident_before=paragraph.number - 1 in texts
            and INCIDENT_NAMED.search(texts[paragraph.number - 1]) is not None,
        )
        scene_undated = ends_on_an_undated_day(found, scene_undated)
        if paragraph.number:
            parts_told.update((part_kind(c.value), c.value) for c in found if part_kind(c.value) and c.type == "DATE")
        if paragraph.number == 1:
            report_month = reported_month(found, published)
        if 0 < paragraph.number <= LEAD_PARAGRAPHS and event_day is None:
            event_day = lead_event_day(found, published)
        entry = found[0] if paragraph.number and found and found[0].extras.get("historic") else None
        made = [
            _row(
                cand,
                paragraph.number,
                doc,
                published,
                mentions,
                text,
                entry,
                saying_date(cand, found, doc, published) or day_of_a_length(cand, found, doc),
                clause_date(cand, found, doc, published, quotes, event_day),
                _story_before(cand, found, reference),
            )
            for cand in found
        ]
        leave_quoted_durations_of_another_day_undated(made, quotes, published)
        leave_durations_of_a_quoted_work_undated(made, quotes, text)
        leave_days_of_a_quoted_work_undated(made, quotes, text)
        if 0 < paragraph.number <= LEAD_PARAGRAPHS:
            of_today = of_today or tells_of_publications_day(made, published, quotes)
        if of_today:
            date_clock_times_of_a_story_of_today(found, made, rows, doc, published)
        if 0 < paragraph.number <= LEAD_PARAGRAPHS and not told_lead:
            lead_day, told_lead = story_day(made, published, quotes), any(DAY_VALUE.match(r["value"]) for r in made)
        elif told_lead:
            date_quoted_today_by_the_storys_day(made, quotes, text, lead_day, published, doc)
            if any(_moves_the_story_on(r, lead_day, text) for r in made):
                lead_day = None  # the story has gone on to another day: which one a later "today" was said on is
                # not clear
        if paragraph.number and entry is None:
            date_clock_times_by_their_doer(found, made, doc, told, published)
            date_days_events_as_told(found, made, text, doc, gone, published)
        if entry is not None:
            if not entries:
                run_day = reference[0] if isinstance(reference, tuple) else reference
            entries.append((made, entry.rule))
        elif paragraph.number and (stamp := live_entry_row(paragraph, doc, text, published, mentions)) is not None:
            made.insert(0, stamp)
            entries.append((made, "time_of_day"))
        if paragraph.number:
            date_events_told_again(made, rows, doc, paragraph.number, paragraph_docs, mentions)
        rows += made
        if paragraph.number:  # the headline is not part of the story's chronology
            reference = story_reference(found, made, reference, text)
            last = max((c.start for c in found if "story" in c.extras), default=0)
            if isinstance(reference, tuple) and reference[1] and back_to_now(text, last, len(text)):
                reference = (reference[0], False, *reference[2:])  # "... and have competed ever since": back to now
    date_clock_times_on_a_named_occasion(rows, texts)
    keep_entries_in_order(entries, published)
    date_live_entries(entries, published, getattr(article, "time_known", False), run_day)
    put_next_weekday_after_the_plain_one(rows)
    date_weekdays_within_a_closure_to_come(rows, texts, published)
    keep_a_day_named_again(rows, published, paragraph_docs)
    keep_a_weekday_told_again_in_the_present_on_its_day(rows, paragraph_docs, published)
    leave_weekdays_of_a_trip_gone_by_undated(rows, paragraph_docs, published)
    leave_clock_times_of_a_past_narrative_undated(rows, texts, paragraph_docs, published)
    rows = join_stretches(rows, texts)
    date_that_weekday_by_the_day_named_before(rows)
    date_lengths_within_a_named_event(rows, texts)
    date_lengths_from_a_named_event(rows, texts, paragraph_docs, published)
    date_stretches_after_a_named_date(rows, texts, paragraph_docs, published)
    rows = date_ages_by_the_year_of_birth(rows, texts, paragraph_docs, published, mentions)
    date_the_days_of_an_event_by_its_first_day(rows, texts, paragraph_docs, published, mentions)
    date_a_numbered_day_of_a_long_event(rows, texts, paragraph_docs, published, mentions)
    date_clock_times_of_a_days_when_clause(rows, texts, paragraph_docs)
    date_clock_spans_around_a_moment_told(rows)
    rows = date_parts_of_the_storys_day(rows, texts, paragraph_docs, published, mentions)
    keep_a_days_thing_on_the_day_to_come(rows, texts, paragraph_docs, published)
    keep_a_warned_of_day_on_the_day_to_come(rows, paragraph_docs, published)
    date_headline_as_story(rows)
    date_a_headline_figure_for_a_month_gone(rows, texts, published)
    for number, text in texts.items():
        if number:
            made = [row for row in rows if row["paragraph"] == number]
            date_quoted_today_by_the_speakers_day(made, quote_spans(text), text, published, paragraph_docs[number])
    date_a_quoted_todays_event_by_its_day(rows, texts, paragraph_docs, published)
    date_a_quoted_tonight_on_a_named_night(rows, texts, published)
    date_clock_times_of_a_night_told(rows, texts)
    put_the_morning_after_a_night_gone_through(rows, texts)
    put_midnight_before_the_small_hours_told_next(rows)
    for number, doc in paragraph_docs.items():  # last, from the days as dated: the occasion an anniversary is of is
        # no date the story moves to, and no day a later one is read from
        if number:
            made = [row for row in rows if row["paragraph"] == number]
            rows += date_the_occasions_of_anniversaries(made, doc, number, mentions)
    rows = [row for row in rows if not in_a_reference_number(texts.get(row["paragraph"], ""), row["start_char"])]
    rows = leave_out_months_that_are_surnames(rows, texts, paragraph_docs)
    # Time order; ties in reading order (rows are in reading order and the sort is stable).
    rows.sort(key=lambda row: (order_key(row, published), row["paragraph"], row["start_char"]))
    if not rows:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    return pd.DataFrame({c: [row[c] for row in rows] for c in TIMELINE_COLUMNS})  # by columns: a fifth of the time
