"""A rule grammar that finds temporal expressions in English news text and normalises them to TimeML TIMEX3.

Each rule is a regular expression over the text plus a function turning a match into (type, value) against the
document creation time (DCT), or rejecting it. The spaCy parse, when given, supplies the tense of the clause
(which way "Friday" or "March" points) and filters numbers spaCy calls quantities rather than dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from . import lexicon as lx

# ---------------------------------------------------------------------------------------------------------------
# Building blocks

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?"
# Month names are matched case-sensitively (capitalised or all caps): "march" and "may" are verbs.
MONTH = rf"(?-i:(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_MONTH_FULL.upper()}))"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?-i:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
_UNITS = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries"
    r"|millennium|millennia)"
)
_SMALL = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "two hundred and forty", "a hundred and ten", "three hundred": hundreds spelt out with what follows them, so that
# "two hundred and forty days" is not read from its last word as forty days.
_HUNDREDS = rf"(?:{_SMALL}|a|one) hundred(?:(?: and)? (?:(?:{_TENS})(?:[- ](?:{_SMALL}))?|{_TEENS}|{_SMALL}))?"
NUMBER = (
    rf"(?:{_HUNDREDS}|(?:{_TENS})(?:[- ](?:{_SMALL}))?|{_TEENS}|{_SMALL}|a hundred|hundred|a dozen|a couple of"
    # "2,000 years ago": thousands with their commas
    r"|a couple|single|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?: 1/2)?|an|a)"
)
NUMBER_HALF = rf"(?:{NUMBER})(?:(?: and |-and-)a half)?"
VAGUE_QUANTITY = (
    r"(?:a few|the next few|the past few|the last few|few|several|some|many|a number of|dozens of|hundreds of"
    r"|numerous)"
)
HEDGE = (
    r"(?:(?:about|around|almost|nearly|roughly|approximately|more than|less than|over|under|at least|at most"
    r"|up to|only|just|barely|fewer than|well over|some) )"
)
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
MODIFIER = r"(?:early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|the rest of)"


@dataclass
class Context:
    """What a rule needs: the DCT, the tense around the match, and the last date the text referred to."""

    dct: datetime | None
    tense: Callable[[int, int], str | None] = lambda start, end: None
    # whether an expression is in what someone was told "would" happen, told at a time the text does not give
    promised: Callable[[int, int], bool] = lambda start, end: False
    ok_number: Callable[[int, int], bool] = lambda start, end: True
    pos_at: Callable[[int], str] = lambda char: ""
    # whether the word at a character is part of a person's name ("Theresa May", "Mrs May", "April Jones")
    person_at: Callable[[int], bool] = lambda char: False
    # whether the word at a character is the subject or object of its clause ("Every minute counts", "enjoyed every
    # minute of it")
    subject_at: Callable[[int], bool] = lambda char: False
    # whether the weekday at a character is the last word of a name, its capitalised word joined to it and the day
    # not read as a date ("Black Saturday", "Bloody Sunday")
    day_in_a_name: Callable[[int], bool] = lambda char: False
    last_value: str | None = None
    relational: bool = True  # also take "previously", "earlier", "soon" (TimeML leaves them out)
    last_start: int = -1  # where the expression that gave `last_value` starts (-1: before this text)
    # whether the expression that gave `last_value` is told in a relative clause set off by a comma ("Raman, who
    # joined in 2022, said: …"): it says who the speaker is, not when the saying was, so it frames no quotation
    last_aside: bool = False
    # the calendar day the text named before a vaguer date told in such a relative clause ("hit on Tuesday evening.
    # The driver, who had been banned in March, fled"): the day the story is still at, which "that night" points to
    aside_day: str | None = None
    # the month named last and the day its sentence says its figures came out on ("Figures published on Tuesday
    # showed unemployment rose in April"): a count of days from the story's last date ("The next day", "A day
    # later") counts from that day, the last one the story told, not from the month the figures are of
    release_day: tuple[str, str] | None = None
    # the calendar day the story was at before it looked back in a past perfect clause to a time with no day of its
    # own ("On 2 June 1953 crowds lined the Mall. The country had been rationing sugar since the war"), and where that
    # day was named: a clock time told in the past after it, in its paragraph, is on that day
    earlier_day: str | None = None
    earlier_day_start: int = -1
    # why the expression that gave `last_value` has no calendar dates ("fiscal": a half of a company's own year), or
    # "" when it has them
    last_undated: str = ""
    last_period: str | None = None  # the last quarter or half year mentioned ("fourth-quarter profit": 2024-Q4)
    story_moved: bool = (
        False  # whether `last_value` is a date the text names itself (or counts from one), not publication's
    )
    # the latest month or day (or season) the story has named since it last moved away from publication (see
    # `moved`): "arrested in November 2024, after an inquiry begun in the summer of that year" is at November 2024,
    # though it named the summer last
    story_latest: str | None = None
    # whether `last_value` is the month (season, year) of a scene set on one day the text does not name ("On a cold
    # morning in March 2019, she walked in"): a weekday told in the past after it is a day of that scene's week
    last_scene: bool = False
    undated_start: int = -1  # where the last expression with no calendar day starts ("on a Sunday")
    undated_kind: str = ""  # and why it has none ("day unknown", "indefinite day", "every such day", ...)
    # where the last "overnight" of a known night starts, and its value ("2026-11-26TNI"): no reference itself, it
    # still gives a morning clock time after it in its sentence its day ("closed overnight … to reopen by 10am")
    # whether the article says a company's own year is the calendar's (see accounts_follow_the_calendar)
    calendar_accounts: bool = False
    # whether the article tells of a person falling (see A_PERSON_FELL): its "the fall" is that fall, no autumn
    person_fell: bool = False
    # whether the article's money is in pounds (see PUBLIC_ACCOUNTS_BODY): a UK public body's financial year is then
    # the one the law sets it, 1 April to 31 March
    pounds: bool = False
    # whether the paragraph before names an incident with "the" (see INCIDENT_NAMED): "that day" may point back to it
    incident_before: bool = False
    # whether the paragraph before ended on a time of a day the story does not date ("at 02:00 on the night of the
    # fall"): the story is at that day, so "the following month" at the start of this one has no month to count from
    scene_undated: bool = False
    # whether the article reports a sport whose seasons run from autumn to spring (see winter_seasons)
    winter_seasons: bool = False
    night_start: int = -1
    night_end: int = -1
    night_value: str | None = None
    # whether `last_value` was named in a past perfect clause put before its main one ("resumed after India had been
    # bowled out on Monday"): a time before the story's, which a later clock time with no day is not on
    last_earlier: bool = False
    # whether `last_value` is a clock time put on the day before publication only because that hour had not yet come
    # when the story was published ("The shop opened at 9am" in a paper out at 07:15): no day the text names
    last_put_back: bool = False
    # whether `last_value` only bounds when something happened ("confirmed before Christmas"): a length counted on
    # from it ("a week later") has no one day
    last_bound: bool = False
    # whether `last_value` is the week an occasion usually falls in, which areas take at other weeks too (a school
    # half-term): a weekday beside it is no day of that week ("half term, which begins on Friday")
    last_usual_week: bool = False
    quoted: Callable[[int], bool] = lambda char: False  # whether a character lies inside a quotation
    quote_start: Callable[[int], int] = lambda char: char  # where the quotation holding a character starts
    sentence_start: Callable[[int], int] = lambda char: 0  # where the sentence holding a character starts
    # the tense of the first verb after a character in its clause ("profit for the fourth quarter fell": past)
    next_verb_tense: Callable[[int], str | None] = lambda char: None
    # whether the text is a chronology's entry ("Tuesday night - Pumps begin lowering the water"), told in the
    # historic present: its simple present is past, not a plan
    historic: bool = False
    # the article lists the days ahead ("THURSDAY: The choir sings …"): a weekday with no tense to go by is to come
    listing: bool = False
    live: bool = False  # whether that entry is a live page's, opening with its clock time: told in the true present
    entry: str | None = None  # the value of the date opening that entry, once read ("2016")
    # the last week to come the text named ("next week": "2024-W24") and where: the frame of the days to come told
    # right after it
    week_ahead: str | None = None
    week_ahead_start: int = -1
    # whether the article reports sport: there a quarter without words of business is a quarter of a game
    sport: bool = False
    # whether the story has already named a half year of company results ("profit fell in the first half"): then
    # "the second half" is the year's, in a sentence with no words of business too ("said the second half would be
    # stronger")
    half_years: bool = False
    # whether the story has already dated a quarter as a calendar one ("third-quarter profit", read in October):
    # the company's quarters are then calendar ones, so "second-quarter profit had fallen" is April to June too
    calendar_quarters: bool = False
    # whether the text has named a quarter of a company's own year, undated ("like-for-like sales grew in the fourth
    # quarter" of a year to March): "the previous quarter" counted from it is that company's too
    fiscal_quarter: bool = False
    # whether the story has already named a half of a company's own year, undated ("the first half of its fiscal
    # year"): its other halves are that year's, not the calendar's
    fiscal_halves: bool = False
    # the first year of a sports season written across two years that the text named ("the 2023-24 season")
    split_season: int | None = None
    # the month a report of figures is about, as its lead named it ("house prices fell in November"): a change
    # "over the year" is over the twelve months to it
    report_month: str | None = None
    # the day, named in full with its year in the lead, that a story of the past is about ("died on 9 February
    # 2026", in a 2027 paper), when it is more than NARRATIVE_GAP_DAYS before publication (see lead_event_day)
    event_day: str | None = None
    # whether the clause holding characters start..end is in the present perfect ("has been issued")
    perfect: Callable[[int, int], bool] = lambda start, end: False
    # whether characters start..end are in a "since" clause of a present perfect ("have been looking for a striker
    # since selling Wilson in the summer")
    since_perfect: Callable[[int, int], bool] = lambda start, end: False
    # whether the verb over characters start..end is in the simple present with no auxiliary ("Heatwaves now last")
    plain_present: Callable[[int, int], bool] = lambda start, end: False
    # whether the verb over characters start..end has a past form ("planned to pay", "was shown"), whatever time
    # the tense reading gives it
    past_form: Callable[[int, int], bool] = lambda start, end: False
    # whether characters start..end are in a past perfect clause put before its main one ("after they had met")
    earlier_clause: Callable[[int, int], bool] = lambda start, end: False
    # whether the verb over characters start..end is in the past perfect ("the survey had said so")
    past_perfect: Callable[[int, int], bool] = lambda start, end: False
    # whether the weekday at characters start..end bounds the days a place is open ("is open from Tuesday to Sunday")
    opening_hours: Callable[[int, int], bool] = lambda start, end: False
    # whether the weekday at characters start..end dates what a word of frequency says happens time and again ("Sales
    # usually peak on Friday evening"): every week's day, no calendar day
    habitual: Callable[[int, int], bool] = lambda start, end: False
    # whether the clock time at characters start..end is told of a habit or of any day of a kind ("Staff are often
    # still answering emails at 10pm", "On a busy day the queue is long by 9pm"): no calendar day
    generic_clock: Callable[[int, int], bool] = lambda start, end: False
    # whether the weekday at characters start..end only names a kind of thing it modifies, with no article, in a
    # phrase hung on another noun ("audiences for Saturday night entertainment"): no day of the calendar
    kind_of_thing: Callable[[int, int], bool] = lambda start, end: False
    # whether the expression at characters start..end is told in the clause of the year at character `year` or in a
    # participle clause hung on it ("split in 2014, playing their last show on New Year's Eve")
    year_clause: Callable[[int, int, int], bool] = lambda year, start, end: False
    # the year written before the noun that the clause of the expression at characters start..end describes or has
    # as its subject ("The 2023 heatwave, which lasted from June", "The 2019 election was held in December"), or None
    things_year: Callable[[int, int], int | None] = lambda start, end: None
    # whether the expression at characters start..end dates a noun of a clause in the plain present ("it is the third
    # storm, after Ashley in October"): the present tells nothing of when that thing was
    dates_a_noun: Callable[[int, int], bool] = lambda start, end: False
    # whether the word at characters start..end is a noun with no word before it that makes it a kind or one of a
    # set ("the", "this", "a", "winter fuel"), in a clause that a modal or "will" puts ahead ("winter would bring")
    bare_ahead: Callable[[int, int], bool] = lambda start, end: False
    # whether a weekday is the day before publication that a past-tense "was scheduled for", "was set for" names
    # ("The vote was scheduled for Friday", in a Saturday paper): the day just gone, though "for" looks ahead
    set_for_the_day_before: Callable[[int, int], bool] = lambda start, end: False
    # whether the expression at characters start..end is a month or day hung by "in" or "on" straight on a verb in
    # the simple past with no auxiliary, of an event that took place then ("Sales fell in March", "fined him on 3
    # March"): a time that has begun by publication
    done_in: Callable[[int, int], bool] = lambda start, end: False
    # whether the date at characters start..end is the one a verb in the simple past put something off or set it
    # for ("The judge then adjourned the case until 3 November", "set the trial for 8 June"): the putting off was
    # done at some past time, and the date comes after that time, not necessarily after publication
    put_off_then: Callable[[int, int], bool] = lambda start, end: False
    # whether the expressions starting at characters `first` and `second` hang on one verb ("Last week the council
    # met on Tuesday": both on "met")
    same_verb: Callable[[int, int], bool] = lambda first, second: False
    # whether the word at the second character is in the relative clause set off by a comma that the word at the
    # first is told in ("Hale, who was arrested on Friday after a chase that ended at 10pm,")
    aside_holds: Callable[[int, int], bool] = lambda first, second: False
    # whether the time named at characters start..end is picked out by a relative clause right after it with no word
    # opening it ("the week Franco died")
    picked_by_a_clause: Callable[[int, int], bool] = lambda start, end: False
    # whether the expression at the first character is in a past clause reported by a verb of saying that the day at
    # the second character dates ("Giving evidence on Friday, she said she was woken at 2am"): what was said
    # happened before the saying, on a day the sentence does not give
    told_of_before: Callable[[int, int], bool] = lambda start, day: False
    # the month a company's own year ends in, as the article says ("whose financial year runs to the end of March"):
    # its quarters and halves named with no year are that year's (see year_end_month)
    year_end_month: int | None = None
    # the day of that month it ends on, when the article names one short of the month's end ("the year to 1
    # February", a retailer's year ending on a Saturday); None for the month's last day
    year_end_day: int | None = None

    def moved(self) -> str | None:
        """The last date mentioned when the story has moved away from publication to it (it ended more than
        NARRATIVE_GAP_DAYS before the DCT: "In the autumn of 1978 ..."), else None."""
        if not self.dct or not self.last_value or not self.story_moved:
            return None
        end = value_span(self.last_value)[1]
        if not end or (self.dct.date() - date.fromisoformat(end[:10])).days <= NARRATIVE_GAP_DAYS:
            return None
        return self.last_value

    def framed(self, start: int) -> str | None:
        """The moved date (see `moved`) that frames a quotation holding `start`, when it is named in the same sentence
        before it, outside the quotation: 'wrote in 2019: "I will pay on Friday"'. None when not quoted or not so
        framed."""
        moved = self.moved()
        if moved is None or not self.quoted(start) or self.last_start < 0 or self.last_aside:
            return None
        if self.quoted(self.last_start) and self.quote_start(self.last_start) == self.quote_start(start):
            return None  # '"We saw it with Ida in 2021 and with Milton last year," she said': a year the speaker
            # names inside the quotation is one of the things said, no time it was said at
        frame = self.sentence_start(self.last_start)  # the quotation may run on over sentences of its own
        return moved if frame in (self.sentence_start(start), self.sentence_start(self.quote_start(start))) else None


# The weekday number (Monday = 0) of a Sunday, the last day of a weekend.
SUNDAY = 6


# A story has moved in time when the date it mentioned last ended this many days before publication or more:
# a relative expression then counts from that date, not from publication (see Context.moved).
NARRATIVE_GAP_DAYS = 60


@dataclass
class Candidate:
    """A matched expression: character span, TimeML type and value, the rule that found it, its anchoring."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    anchor: str  # explicit (has its own calendar date), relative (resolved against the DCT), vague
    # "mod": TimeML START/MID/END ("the early 1970s"); "date_value": the date a DURATION counted from the last date
    # stands for ("three years later" after 1978 -> "1981"); "undated": a period whose calendar is unknown (a fiscal
    # quarter) or an indefinite day ("on a Sunday"); "span": the calendar span it stands for, when the value does not
    # give it ("for three weeks from Monday"); "historic": it is in a chronology's entry, told in the present.
    extras: dict = field(default_factory=dict)


# (type, value, anchor), or with a fourth item, a dict of extras (see Candidate), or None to reject
Result = tuple[str, str, str] | tuple[str, str, str, dict] | None

# TimeML's mod attribute for the words that narrow a period to its part: "early 1990s" -> START.
MODS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
}
# A few weeks, months or days at one end of a period, told with no count: "the final weeks of the year", "the
# first few months of the year", "the closing days of the season". Like "the end of" they narrow it to its part.
PART_AT_AN_END = r"the (?:first|opening|final|last|closing|dying) (?:few )?(?:days|weeks|months) of"


def mod_code(words: str | None) -> str | None:
    """TimeML's mod (START, MID, END) for the words that narrow a period: "late" and "the end of" (MODS), or a
    stretch at one end of it ("the final weeks of": END, "the first few months of": START); None otherwise."""
    words = (words or "").lower().strip("- ")
    if re.fullmatch(PART_AT_AN_END, words):
        return "START" if words.split()[1] in ("first", "opening") else "END"
    return MODS.get(words)


# The parts a period is cut into when a modifier narrows it ("early", "mid", "late"), by its precision: a decade
# into years, a year into months, a month or a week into days. START takes the first third, END the last, MID as many
# parts at the middle ("the end of the week": Friday to Sunday; "the mid-2000s": 2003-2006).
PART_UNITS = {"century": "year", "decade": "year", "year": "month", "quarter": "month", "month": "day", "week": "day"}


def part_of_span(start: str, end: str, value: str, mod: str) -> tuple[str, str]:
    """The part of the span start..end (of TIMEX3 `value`) that TimeML's mod START/MID/END names: "the early 1970s"
    (197, START) -> 1970-01-01..1973-12-31; "late 2019" -> 2019-09-01..2019-12-31. Other mods leave it whole."""
    found = value_start(value)
    if mod not in ("START", "MID", "END") or found is None or found[1] not in PART_UNITS or value.endswith("-WE"):
        return start, end
    unit = PART_UNITS[found[1]]
    first, last = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    if unit == "year":
        parts = [date(y, 1, 1) for y in range(first.year, last.year + 1)]
    elif unit == "month":
        parts = [
            date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range((last.year - first.year) * 12 + last.month - first.month + 1)
        ]
    else:
        parts = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    third = -(-len(parts) // 3)  # a third rounded up: the early 1970s are 1970-1973, the late 1970s 1976-1979
    chosen = {
        "START": parts[:third],
        "END": parts[-third:],
        "MID": parts[(len(parts) - third) // 2 : (len(parts) - third) // 2 + third],
    }[mod]
    after = {"year": relativedelta(years=1), "month": relativedelta(months=1), "day": timedelta(days=1)}[unit]
    return chosen[0].isoformat(), (chosen[-1] + after - timedelta(days=1)).isoformat()


def with_mod(result: Result, mod_words: str | None) -> Result:
    """`result` with extras {"mod": START/MID/END} when `mod_words` ("early", "the end of") narrow its period."""
    mod = mod_code(mod_words)
    if result is None or not mod:
        return result
    return (*result[:3], {**(result[3] if len(result) > 3 else {}), "mod": mod})


# ---------------------------------------------------------------------------------------------------------------
# Value helpers


def month_number(word: str) -> int:
    """A month name or abbreviation (any case, trailing dot allowed) -> 1..12."""
    return lx.MONTHS[word.lower().rstrip(".")]


def number_value(phrase: str) -> float | None:
    """A number phrase ("three and a half", "twenty-four", "5 1/2", "a") -> its value, None when vague."""
    p = phrase.lower().strip()
    half = 0.0
    for suffix in (" and a half", "-and-a-half", " 1/2"):
        if p.endswith(suffix):
            p, half = p[: -len(suffix)], 0.5
    if p in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[p] + half
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", p):
        p = p.replace(",", "")  # "1,900": the commas only group the thousands
    if re.fullmatch(r"\d+(\.\d+)?", p):
        return float(p) + half
    hundreds = re.fullmatch(r"(\w+) hundred(?:(?: and)? (.+))?", p)
    if hundreds and hundreds[1] in lx.NUMBER_WORDS:
        rest = number_value(hundreds[2]) if hundreds[2] else 0.0
        return None if rest is None else lx.NUMBER_WORDS[hundreds[1]] * 100 + rest + half
    parts = re.split(r"[- ]", p)
    if len(parts) == 2 and parts[0] in lx.NUMBER_WORDS and parts[1] in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[parts[0]] + lx.NUMBER_WORDS[parts[1]] + half
    return None


def unit_key(word: str) -> str:
    """A unit word in any number ("centuries", "Years") -> its UNITS key ("century", "year")."""
    w = word.lower()
    if w in ("centuries",):
        return "century"
    if w in ("millennia",):
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in lx.UNITS else w


def _fmt_number(n: float) -> str:
    """3.0 -> '3', 2.5 -> '2.5'."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """A quantity and unit -> TimeML duration: (3.5, 'year') -> 'P3Y6M', (None, 'week') -> 'PXW'."""
    key = unit_key(unit)
    letter, is_time = lx.UNITS[key]
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    n = n * lx.UNIT_MULTIPLIER.get(key, 1)
    whole, frac = int(n), n - int(n)
    if frac == 0.5:  # a half unit is written in the next smaller unit, as TimeML prefers whole numbers
        below = {
            "year": ("M", 6, False),
            "month": ("D", 15, False),
            "day": ("H", 12, True),
            "hour": ("M", 30, True),
            "minute": ("S", 30, True),
        }.get(key)
        if below:
            small, amount, small_is_time = below
            head = f"{whole}{letter}" if whole else ""
            if small_is_time and not is_time:
                return f"P{head}T{amount}{small}"
            return f"{prefix}{head}{amount}{small}"
    return f"{prefix}{_fmt_number(n)}{letter}"


def shift(dct: datetime, n: float, unit: str) -> datetime:
    """`dct` moved by n units (negative = back); fractional months/years round to whole months."""
    key = unit_key(unit)
    letter = lx.UNITS[key][0]
    is_time = lx.UNITS[key][1]
    if is_time:
        seconds = {"S": 1, "M": 60, "H": 3600}[letter] * n
        return dct + timedelta(seconds=seconds)
    days = {"D": 1, "W": 7}.get(letter)
    if days:
        return dct + timedelta(days=round(n * days * lx.UNIT_MULTIPLIER.get(key, 1)))
    months = {"M": 1, "Q": 3, "Y": 12, "E": 120, "C": 1200, "L": 12000}[letter]
    return dct + relativedelta(months=round(n * months))


def granular(d: datetime | date, unit: str) -> str:
    """A date written at the granularity of `unit`: day/week -> YYYY-MM-DD, month -> YYYY-MM, year -> YYYY."""
    letter = lx.UNITS[unit_key(unit)][0]
    key = unit_key(unit)
    if key in ("second", "minute", "hour"):
        return d.strftime("%Y-%m-%dT%H:%M")
    if letter in ("D", "W"):
        return d.strftime("%Y-%m-%d")
    if key == "month":
        return d.strftime("%Y-%m")
    if key == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if key == "decade":
        return f"{d.year // 10:03d}"
    if key == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def season_first_day(year: int, code: str) -> date:
    """The first day of TimeML season `code` of `year`, as meteorologists count seasons (three whole months): spring
    from March, summer from June, autumn from September; a winter is named by the year of its January and
    February ("the winter of 1963": December 1962 to February 1963)."""
    if code == "WI":
        return date(year - 1, 12, 1)
    return date(year, {"SP": 3, "SU": 6, "FA": 9}[code], 1)


def month_end(year: int, month: int) -> date:
    """The last day of year-month."""
    return (date(year, month, 1) + relativedelta(months=1)) - timedelta(days=1)


def value_span(value: str) -> tuple[str, str]:
    """A TIMEX3 DATE/TIME value -> (start, end) ISO strings of the calendar span; ('', '') when it has none."""
    if m := re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", value):
        clock = "23:59" if m[2] == "24:00" else m[2]  # midnight ending the day: its last minute, still that day
        return f"{m[1]}T{clock}", f"{m[1]}T{clock}"
    if m := re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI|DT))?", value):
        return m[1], m[1]
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1).isoformat(), month_end(y, mo).isoformat()
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1).isoformat(), month_end(y, 3 * q).isoformat()
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1).isoformat(), month_end(y, 6 * h).isoformat()
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        start = monday + timedelta(days=5) if m[3] else monday
        return start.isoformat(), (monday + timedelta(days=6)).isoformat()
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first = season_first_day(int(m[1]), m[2])
        last = first + relativedelta(months=3) - timedelta(days=1)
        return first.isoformat(), last.isoformat()
    if m := re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", f"{value}-12-31"
    if m := re.fullmatch(r"(\d{3})", value):
        return f"{max(int(value) * 10, 1):04d}-01-01", f"{value}9-12-31"  # the first decade AD starts in year 1
    if m := re.fullmatch(r"(\d\d)", value):
        return f"{max(int(value) * 100, 1):04d}-01-01", f"{value}99-12-31"  # "the 1st century": years 1 to 99
    return "", ""


def week_value(d: date) -> str:
    """A date -> its ISO week as TimeML writes it: 2022-W51."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    """1..4, the calendar quarter holding `d`."""
    return (d.month - 1) // 3 + 1


def weekday_date(dct: date, weekday: int, direction: str | None) -> date:
    """The date of `weekday` near `dct`: past = on or before, future = on or after, else the nearest one."""
    delta = weekday - dct.weekday()
    if direction == "past":
        delta = delta - 7 if delta > 0 else delta
    elif direction == "future":
        delta = delta + 7 if delta < 0 else delta
    elif direction == "before":  # "last Friday": strictly before
        delta = delta - 7 if delta >= 0 else delta
    elif direction == "after":  # "next Friday": strictly after
        delta = delta + 7 if delta <= 0 else delta
    elif direction != "this":  # no tense: the nearest, leaning to the past
        if delta > NEAREST_WEEKDAY_AHEAD:
            delta -= 7
        elif delta < -(6 - NEAREST_WEEKDAY_AHEAD):
            delta += 7
    return dct + timedelta(days=delta)


# With no tense to go by, a weekday up to this many days after the DCT is taken as coming, the rest as past:
# news mostly reports what happened, so the past gets the larger share of the week.
NEAREST_WEEKDAY_AHEAD = 1
# With no tense, a month up to this many months after the DCT's month is in the DCT's year, later ones in the
# year before (a November paper's "March" is the March gone).
NEAREST_MONTH_AHEAD = 2


# A date named without its year is put in the year that brings it nearest the DCT, but a past-tense clause
# rules out dates more than this many days after the DCT, and a future one months more than this many days before
# it ("had been set to expire Nov. 6" in a Nov. 2 paper is still Nov. 6 of the same year) ...
TENSE_SLACK_DAYS = 31
# ... and a future one days more than this many days before it: "next year's event will begin on 11 December",
# written on 4 January, is eleven months ahead, not three weeks gone.
FUTURE_DAY_SLACK_DAYS = 7


# A day told in the simple past may fall this many days after the creation date and stay in its year: a wire's
# date may be a time zone behind the place of the event ("died on Nov. 3" in a story dated late on Nov. 2 in New
# York).
DONE_DAY_SLACK_DAYS = 1


def year_of_month(dct: date, month: int, direction: str | None, day: int | None = None) -> int:
    """The year of a month (and day) named without one: the nearest to `dct` that the tense allows."""
    best, best_gap = dct.year, None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            when = date(year, month, day or 15)
        except ValueError:
            when = date(year, month, 28)
        gap = (when - dct).days
        if direction == "past" and gap > TENSE_SLACK_DAYS:
            continue
        if direction == "future" and gap < -(FUTURE_DAY_SLACK_DAYS if day else TENSE_SLACK_DAYS):
            continue
        if best_gap is None or abs(gap) < abs(best_gap):
            best, best_gap = year, gap
    return best


# ---------------------------------------------------------------------------------------------------------------
# Rules: each gets (match, context) and returns (type, value, anchor) or None.

RULES: list[tuple[str, re.Pattern, Callable[[re.Match, Context], Result]]] = []


def rule(name: str, pattern: str, flags: int = re.I):
    """Register a rule function under `name` with its regular expression (word-bounded)."""

    def register(fn):
        RULES.append((name, re.compile(rf"(?<![\w\-/.])(?:{pattern})(?![\w\-/]|\.\d)", flags), fn))
        return fn

    return register


@rule(
    "publication_line",
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?:(?P<y>\d{4}))?,?\s+(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)",
)
def _publication_line(m: re.Match, ctx: Context) -> Result:
    """'19.12. 17:51' -> TIME YYYY-12-19T17:51 (day.month. hour:minute; the year from the DCT)."""
    year = int(m["y"]) if m["y"] else (ctx.dct.year if ctx.dct else None)
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = f"{year:04d}" if year else "XXXX"
    return "TIME", f"{y}-{month:02d}-{day:02d}T{int(m['h']):02d}:{m['mi']}", "explicit" if m["y"] else "relative"


@rule("iso_date", rf"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?")
def _iso_date(m: re.Match, ctx: Context) -> Result:
    """'2022-12-19' -> DATE 2022-12-19 (with T17:51 -> TIME)."""
    if m["h"]:
        return "TIME", f"{m['y']}-{m['m']}-{m['d']}T{m['h']}:{m['mi']}", "explicit"
    return "DATE", f"{m['y']}-{m['m']}-{m['d']}", "explicit"


# What a year written across two may be: "the 2023-24 season", "the 2024/25 school year", "2024-25 financial year".
SPLIT_YEAR_NOUNS = (
    r"season|school year|academic year|financial year|fiscal year|tax year|budget year|accounting year|year|term"
    r"|campaign"
)


# The most years a run written "2019-21" or "1939-1945" spans; more is no run of years a story tells.
MAX_RUN_OF_YEARS = 30


@rule(
    "split_year",
    rf"(?:the )?(?:(?-i:FY) ?(?P<a2>\d\d)[-/–](?P<b2>\d\d)|(?P<fy>(?-i:FY) ?)?(?P<a>{YEAR})(?:[-/–]|-to-)"
    rf"(?P<b>\d\d(?:\d\d)?))(?P<noun> (?:{SPLIT_YEAR_NOUNS}))?",
)
def _split_year(m: re.Match, ctx: Context) -> Result:
    """'the 2023-24 season', '2024/25', 'the 2024-25 financial year' -> DATE 2023/2024: a year running across two
    calendar years (a sports season, a school, tax or financial year). Its months are the institution's, which the
    text does not give, so it is undated; a sports season is remembered for 'next season' ('season' key). 'FY2026-27',
    'FY26/27' are financial years, as 'the 2026-27 financial year' is."""
    if m["a2"]:
        first, second = 2000 + int(m["a2"]), 2000 + int(m["b2"])
    else:
        first = int(m["a"])
        second = int(m["b"]) if len(m["b"]) == 4 else (first // 100) * 100 + int(m["b"])
    if second <= first or second - first > MAX_RUN_OF_YEARS:
        return None  # "2019-18": no run of years
    if second != first + 1:
        # "1939-45", "2022-2024: The inquiry hears evidence": a run of years, from the first's January to the last's
        # December, as "between 2022 and 2024" is
        span = (date(first, 1, 1).isoformat(), date(second, 12, 31).isoformat())
        return "DATE", f"{first:04d}/{second:04d}", "explicit", {"span": span}
    noun = (m["noun"] or "").strip().lower()
    if (m["a2"] or m["fy"]) and not noun:
        noun = "financial year"  # "a deficit of $28 billion in FY2026-27"
    # "scored 31 goals in 1984-85": a season, a school or a club's year whose months the text does not give, which
    # still lies within its two calendar years, 1 January 1984 to 31 December 1985
    extras = {"span": (date(first, 1, 1).isoformat(), date(second, 12, 31).isoformat())}
    if noun in ("season", "campaign"):
        extras["season"] = first
    if not noun and ACCOUNTS_WORDS.search(_sentence_of(m, ctx)):
        noun = "financial year"  # "a £14m gap in its budget for 2026-27": a year of accounts named bare
    if noun in ACCOUNTS_YEARS:
        # "the 2026-27 financial year": a year of accounts, whose months are the company's. When the text names
        # where its years end ("the full year to March 31") it is the twelve months ending then in the second
        # year; else all that is known is that it lies across the two calendar years
        end = ACCOUNTS_YEAR_END.search(m.string)
        end_month = month_number(end["m"]) if end is not None else None
        if end_month is None and noun != "tax year" and ctx.year_end_month:
            end_month = ctx.year_end_month  # the company's year, as the article said it ends ("the year to March")
        if end_month is None and noun == "financial year":
            # a financial year named across two years with nothing said of its end: April to March, as the UK's,
            # Canada's, India's and Japan's run (Australia's runs July to June)
            end_month = 6 if AUSTRALIA.search(m.string) else 3
        if end_month is None and noun == "tax year" and UK_TAX.search(m.string):
            # "the 2025-26 tax year", of HMRC or paid in pounds: the UK's, 6 April to 5 April
            return (
                "DATE",
                f"{first:04d}/{second:04d}",
                "explicit",
                {"span": (f"{first:04d}-04-06", f"{second:04d}-04-05")},
            )
        if end_month is None and noun == "tax year" and AUSTRALIA.search(m.string):
            end_month = 6  # Australia's income year, July to June
        if end_month is not None and end_month != 12:
            last = month_end(second, end_month)
            extras = {"span": ((last - relativedelta(years=1) + timedelta(days=1)).isoformat(), last.isoformat())}
        else:
            extras = {"span": (date(first, 1, 1).isoformat(), date(second, 12, 31).isoformat())}
    return "DATE", f"{first:04d}/{second:04d}", "explicit", extras


# Signs of the UK's tax year (6 April to 5 April): its tax office, its currency, its countries.
UK_TAX = re.compile(
    r"HMRC|HM Revenue|£|\b(?:UK|Britain|British|England|Scotland|Wales|[Ss]elf-assessment|Isas?"
    r"|[Nn]ational [Ii]nsurance)\b"
)
# An incident named with "the", which a story of the past is about: "before the crash", "since the attack".
INCIDENT_NAMED = re.compile(
    r"\b(?:the|that)\s+(?:crash|collision|accident|attack|stabbing|shooting|assault|explosion|blast|fire|blaze"
    r"|robbery|raid|murder|killing|derailment|disaster|tragedy)\b",
    re.I,
)
# The UK's public bodies, whose financial year the law sets to run from 1 April to 31 March: central government and
# its departments, councils, the NHS and its trusts and boards, police and fire services.
PUBLIC_ACCOUNTS_BODY = re.compile(
    r"\b(?:[Cc]ouncils?|[Cc]ouncillors?|NHS|[Ll]ocal authorit(?:y|ies)|[Cc]ombined authority|Whitehall|the Treasury"
    r"|[Gg]overnment departments?|[Dd]epartment (?:for|of)|[Mm]inistry of|Home Office|Foreign Office|Cabinet Office"
    r"|(?:NHS|[Hh]ospital|[Aa]mbulance|[Hh]ealth) trusts?|[Hh]ealth boards?|[Ii]ntegrated care boards?"
    r"|[Pp]olice (?:force|service)|[Cc]onstabulary|[Ff]ire (?:and rescue )?service|[Pp]ublic sector"
    r"|[Tt]he (?:trust|authority))\b"
)
# A text about Australia, whose financial year runs July to June.
AUSTRALIA = re.compile(r"\bAustralia(?:n|ns)?\b")
# Kinds of year that a company, a government or a tax office keeps accounts for, which need not start in January.
ACCOUNTS_YEARS = frozenset({"financial year", "fiscal year", "tax year", "budget year", "accounting year"})
# Words of public or company accounts in a sentence naming a year across two with no noun after it ("a gap in its
# budget for 2026-27", "spending in 2025/26"): that year is one of accounts, as "the 2026-27 financial year" is.
ACCOUNTS_WORDS = re.compile(
    r"\b(?:budgets?|spending|fiscal|financial|tax|taxes|accounts|revenue|deficit|borrowing|funding|settlement)\b",
    re.I,
)
# Where the text says such years end: "the year to March 31", "the year ended 31 March", "whose financial year ends
# in June".
ACCOUNTS_YEAR_END = re.compile(
    rf"\byears?\s+(?:to|ended|ending|through|ends|that ends|which ends|runs to)\s+(?:on\s+|in\s+)?(?:the end of\s+)?"
    rf"(?:{DAY_NUMBER}\s+(?:of\s+)?)?(?P<m>{MONTH})\b",
    re.I,
)


# "this season" in a sentence: its plain season ("has moved the winter break forward by a week this season") is the
# one of the season under way or to come, whatever the tense of the change made to it.
THIS_SEASON = re.compile(r"\bthis (?:season|campaign)\b", re.I)
# Where a sentence ends: a stop, a question or an exclamation mark before a space or the end of the text.
SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")

# A sports season written across two years, named earlier in the same text.
SPLIT_SEASON = re.compile(rf"\b{YEAR}[-/–]\d\d(?:\d\d)? (?:season|campaign)\b", re.I)

# A sports season under way at publication starts in the year of publication from this month on, else in the year
# before (autumn-to-spring seasons: football, rugby, basketball, hockey). The month before it is the close season,
# when the season under way has just ended: "last season" is then that one.
SEASON_TURN_MONTH = 7


@rule(
    "relative_season",
    r"(?P<rel>this|last|next|the current|the previous|the following|the coming) (?:season|term|campaign)",
)
def _relative_season(m: re.Match, ctx: Context) -> Result:
    """'next season', 'last season', 'this season' (in sport also 'last term', 'this campaign') -> DATE 2024/2025,
    only in an article that has named a season written across two years ('the 2023-24 season') or reports a sport
    of the winter (see timeline.winter_seasons), the signs that its sport's seasons run from autumn to spring; the
    season under way at publication turns in SEASON_TURN_MONTH. Elsewhere a season's years are unknown, and a term
    may be a school's or an office's: None."""
    named = ctx.split_season is not None or SPLIT_SEASON.search(m.string, 0, m.start()) is not None
    if not (named or ctx.winter_seasons) or not ctx.dct:
        return None
    rel = m["rel"].lower()
    current = ctx.dct.year if ctx.dct.month >= SEASON_TURN_MONTH else ctx.dct.year - 1
    if rel in ("the previous", "the following") and ctx.moved() is not None:
        return None  # counted from the story's time, not publication's
    first = current + {"last": -1, "the previous": -1, "next": 1, "the following": 1, "the coming": 1}.get(rel, 0)
    if rel in ("last", "the previous") and ctx.dct.month == SEASON_TURN_MONTH - 1 and not THIS_SEASON.search(m.string):
        first = current  # in the close season, "last season" is the one just ended, not the one before it; beside
        # "this season", which then names the one just ended, it is the one before ("Last season was frustrating,
        # this season was the best of my career")
    span = (date(first, 1, 1).isoformat(), date(first + 1, 12, 31).isoformat())  # within its two calendar years
    return "DATE", f"{first:04d}/{first + 1:04d}", "relative", {"span": span, "season": first}


# A school or university year starts in the autumn: from this month on, the one under way started in the year of
# publication, and up to July in the year before. In August one year is ending and the next about to start (an
# American school's may already have), so which one "this academic year" is cannot be told.
SCHOOL_YEAR_TURN_MONTH = 9


@rule(
    "relative_school_year",
    r"(?P<rel>this|last|next|the current|the previous|the next|the last) (?:academic|school) year",
)
def _relative_school_year(m: re.Match, ctx: Context) -> Result:
    """'this academic year', 'last school year', 'the next academic year' -> DATE 2025/2026, 2024/2025, 2026/2027 in
    a September 2025 paper: the school year under way at publication, or the one before or after it. Its months are
    the school's, which the text does not give, so it spans its two calendar years, as 'the 2025-26 academic year'
    does. In August, None."""
    if not ctx.dct or ctx.dct.month == SCHOOL_YEAR_TURN_MONTH - 1:
        return None
    rel = m["rel"].lower()
    current = ctx.dct.year if ctx.dct.month >= SCHOOL_YEAR_TURN_MONTH else ctx.dct.year - 1
    if rel in ("the previous", "the next", "the last") and ctx.moved() is not None:
        return None  # counted from the story's time, not publication's
    step = {"last": -1, "the previous": -1, "the last": -1, "next": 1, "the next": 1}.get(rel, 0)
    first = current + step
    span = (date(first, 1, 1).isoformat(), date(first + 1, 12, 31).isoformat())
    return "DATE", f"{first:04d}/{first + 1:04d}", "relative", {"span": span}


@rule("slash_date", r"(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)")
def _slash_date(m: re.Match, ctx: Context) -> Result:
    """'12/19/2022' (US order) -> DATE 2022-12-19; in a text that writes the day first ('28/05/2026'), None (see
    `_day_first_date`)."""
    if DAY_FIRST_SLASH.search(m.string):
        return None
    y = int(m["y"])
    y = y + (1900 if y >= 50 else 2000) if y < 100 else y
    if not 1 <= int(m["d"]) <= 31:
        return None
    return "DATE", f"{y:04d}-{int(m['m']):02d}-{int(m['d']):02d}", "explicit"


# A date written day first that no month could start: "28/05/2026". A text that writes one writes all so.
DAY_FIRST_SLASH = re.compile(r"(?<![\w/.])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}\b")


VERSION_BEFORE = re.compile(r"\b(?:version|v|release|build|update)\s*$", re.I)


@rule("day_first_date", r"(?P<d>[0-3]?\d)(?P<sep>[./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>(?:1[6-9]|20)\d\d)")
def _day_first_date(m: re.Match, ctx: Context) -> Result:
    """'12.06.2026' (day, month, year with full stops, as Europe and India write them) -> DATE 2026-06-12; with
    slashes only in a text that writes a day first where no month could be ('28/05/2026', then '01/06/2026' is 1
    June)."""
    if m["sep"] == "/" and not DAY_FIRST_SLASH.search(m.string):
        return None
    if VERSION_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "version 2.1.2026": a release's number
    if not _is_day(int(m["y"]), int(m["m"]), int(m["d"])):
        return None
    return "DATE", f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", "explicit"


_DATE_MOD = r"(?:(?P<mod>early|late|mid|the end of|the beginning of|the start of|the middle of)[- ])?"

# An indefinite article before a year and a name after it that ends its noun phrase, or a vehicle after the name:
# the year of a thing's model or vintage ("bought a 2022 Ford F-250 pickup", "a 1967 Ford Mustang in the barn"), not
# a time the story tells of ("a 2019 Maharashtra government rule" is the rule's year).
MODEL_YEAR = re.compile(r"(?:^|\W)an?\s", re.I)
NAME_AFTER = re.compile(
    r"(?-i:(?:\s+[A-Z][\w-]*){1,3}(?:\s+[A-Z0-9][\w-]*)?)"
    r"(?:\s+(?:pickup|truck|car|van|SUV|sedan|saloon|hatchback|coupe|convertible|motorcycle|motorbike|jeep|lorry"
    r"|limousine|minivan)s?)?"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|in|that|which|with|from|for|on|at|to|was|is|worth|parked|registered)\b)"
)

# The month opening a run right before the month that ends it: "between January and ", "from March to ".
MONTH_RUN_TO = re.compile(rf"(?P<m>{MONTH})\s+(?:and|to|until|till|through|-|–)\s+$")

# "the turn of" before "the century": the years about a century's change, not the century.
TURN_OF = re.compile(r"\bturn of\s+$", re.I)


@rule(
    "month_day",
    rf"(?:(?P<rel>last|next|this|this past"
    rf"|this coming) )?(?:(?P<wd>{WEEKDAY}),? )?{_DATE_MOD}(?:(?P<m>{MONTH}) (?P<d>{DAY_NUMBER})"
    rf"|(?:the )?(?P<d2>{DAY_NUMBER}) (?:of )?(?P<m2>{MONTH}))"
    # an older year too ("laid on 28 April 1226"), which only a day and month before it make a year
    rf"(?:,? (?P<y>{YEAR}|1[0-5]\d\d(?!\d|[,.]\d)|'\d\d))?",
)
def _month_day(m: re.Match, ctx: Context) -> Result:
    """'Dec. 19, 2022', '19 December', 'Monday, Dec. 19' -> DATE; without a year the tense picks it. The day a
    kind of year ends or starts ("whose financial year ends on March 31") is every year's: SET XXXX-03-31."""
    month = month_number(m["m"] or m["m2"])
    day = int(re.match(r"\d+", m["d"] or m["d2"]).group())
    if not m["y"] and not m["rel"] and YEAR_BOUND_BEFORE.search(m.string, max(0, m.start() - 50), m.start()):
        return "SET", f"XXXX-{month:02d}-{day:02d}", "vague"
    if m["y"] and m["y"][:2] < "16" and not ctx.ok_number(m.start("y"), m.end("y")):
        return None  # "on 3 March 1500 stores": a count after the day, no year
    if m["y"]:
        y = int(m["y"].lstrip("'"))
        y = y + (1900 if y >= 50 else 2000) if y < 100 else y
        anchor = "explicit"
    elif ctx.dct:
        rel = (m["rel"] or "").lower()
        direction = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(rel)
        if m["wd"]:  # "Saturday, April 25": the year in which that day falls on that weekday
            wd = lx.WEEKDAYS[m["wd"].lower().rstrip(".")]
            fits = [y for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1) if _is_weekday(y, month, day, wd)]
            story = story_year(ctx, m, month, day) if not rel else None
            if story is not None and _is_weekday(story, month, day, wd):
                fits = [story]  # "In the summer of 1974 … On Friday, August 9, Nixon resigned": the story's Friday
            elif (
                fits
                and not rel
                and date(fits[0], month, day) < ctx.dct.date()
                and ctx.tense(m.start(), m.end()) == "future"
            ):
                fits = []  # "will walk out from 7am on Wednesday 17 December", in a December paper of a year whose
                # 17 December is a Thursday: what is still to come is not a year back; the weekday is the slip
            if fits:
                return "DATE", f"{fits[0]:04d}-{month:02d}-{day:02d}", "relative"
        y = year_of_month(ctx.dct.date(), month, direction or _month_tense(m, ctx, month, day), day)
        if (
            not rel
            and not m["mod"]
            and _is_day(y, month, day)
            and date(y, month, day) > ctx.dct.date() + timedelta(days=DONE_DAY_SLACK_DAYS)
        ):
            if ctx.done_in(m.start(), m.end()):  # "The court fined him on 3 March", in a February paper: the
                y -= 1  # March gone, not a day still to come
            elif (ended := ENDED_BEFORE.search(m.string, max(0, m.start() - 40), m.start())) and not (
                ENDED_AHEAD.search(m.string, max(0, ended.start() - 25), ended.start())
            ):
                y -= 1  # "the year-ago quarter, the second quarter ended Oct. 31", in an October paper: a period told
                # as ended, the one of the year before, not one still running
            elif _put_off_since_story(ctx, m, y - 1, month, day):
                y -= 1  # "changed his pleas on 15 September. The judge then adjourned the case until 3 November", in
                # a late November paper: the November after the story's day, not next year's
        if (
            not rel
            and not m["wd"]
            and (against := DATED_DAY_SET_AGAINST.search(m.string, max(0, m.start() - 60), m.start()))
        ):
            y = int(against["y"])  # "will end on 11 December 2026 rather than 18 December": the day set against a
            # dated one is of its year (the choice is between two days of one calendar), whatever the tense says
            return ("DATE", f"{y:04d}-{month:02d}-{day:02d}", "relative") if _is_day(y, month, day) else None
        if not rel and (year_after := YEAR_AFTER_MONTH.match(m.string, m.end())):  # "on March 3 next year"
            y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[year_after["rel"].lower()]
            return ("DATE", f"{y:04d}-{month:02d}-{day:02d}", "relative") if _is_day(y, month, day) else None
        if not rel and (story := story_year_after(ctx, m)) is not None:  # "on March 3 that year", after 2019
            return (
                ("DATE", f"{story:04d}-{month:02d}-{day:02d}", "relative", {"counted": True})
                if _is_day(story, month, day)
                else None
            )
        if not rel and (counted := _year_of_the_day_counted_to(ctx, m, month, day)) is not None:
            # "On 3 January 2025 the pipe burst … Three weeks later, on 27 January": the day the count reaches,
            # in its year, not the nearest 27 January to publication
            return "DATE", f"{counted:04d}-{month:02d}-{day:02d}", "relative", {"counted": True}
        story = story_year(ctx, m, month, day) if not rel and not recent_news(ctx.dct.date(), y, month, day) else None
        if not rel and (fronted := fronted_year(ctx, m, month, day)) is not None and _is_day(fronted, month, day):
            story = fronted
        entry = entry_year(ctx, m, _day_span(month, day)) if not rel else None
        if entry is not None and _is_day(entry, month, day):  # "2019 - The tunnel opens on May 3": that year's
            story = entry
        if (
            story is None
            and not rel
            and (not recent_news(ctx.dct.date(), y, month, day) or _past_perfect_before_the_storys_day(ctx, m))
        ):
            story = narrative_year(ctx, m, month, day)  # "crowned on 2 May 2016 … beat Chelsea on 12 December"
            story = story if story is not None and _is_day(story, month, day) else None
        if story is None and not rel and (near := _year_near_the_event_day(ctx, m, month, day)) is not None:
            story = near  # "died on 9 February 2026 ... On 2 February her mother took her to a GP", in March 2027
            # the day is then the story's as surely as one named with its year: the story goes there
            return "DATE", f"{story:04d}-{month:02d}-{day:02d}", "relative", {"counted": True, "moves": True}
        if story is not None:  # the story's year, which it stays in
            return "DATE", f"{story:04d}-{month:02d}-{day:02d}", "relative", {"counted": True}
        anchor = "relative"
    else:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", "relative"
    try:
        date(y, month, day)
    except ValueError:
        return None
    return "DATE", f"{y:04d}-{month:02d}-{day:02d}", anchor


# "ended" joining a period to the day or month that ended it: "the three months ended March 31".
ENDED_GLUE = re.compile(r"\s+ended\b", re.I)
# A past participle of ending right before a day with no year: "the three months ended March 31".
ENDED_BEFORE = re.compile(r"\b(?:ended|finished)\s+(?:on\s+)?$", re.I)
# Words that put that ending ahead: "will have ended on March 31", "is expected to have finished".
ENDED_AHEAD = re.compile(r"\b(?:will|would|shall|'ll|to|should|could|may|might)\s+(?:have\s+)?(?:been\s+)?$", re.I)


@rule(
    "day_range",
    rf"(?:(?P<m>{MONTH}) (?P<a>{DAY_NUMBER}) ?[-–] ?(?P<b>{DAY_NUMBER})"
    rf"|(?P<a2>{DAY_NUMBER}) ?[-–] ?(?P<b2>{DAY_NUMBER}) (?:of )?(?P<m2>{MONTH}))(?:,? (?P<y>{YEAR}))?",
)
def _day_range(m: re.Match, ctx: Context) -> Result:
    """'May 10-11', '10-12 July 2025' -> DATE of the first day (TimeML has no value for a run of days) with the span
    of the days (extras "span"); the year as for a single day ('May 10')."""
    month = month_number(m["m"] or m["m2"])
    first, last = (int(re.match(r"\d+", d).group()) for d in (m["a"] or m["a2"], m["b"] or m["b2"]))
    if last <= first:
        return None
    if m["y"]:
        y, anchor = int(m["y"]), "explicit"
    elif ctx.dct:
        y = year_of_month(ctx.dct.date(), month, ctx.tense(m.start(), m.end()), first)
        entry = entry_year(ctx)
        y, anchor = (entry if entry is not None else y), "relative"
        if year_after := YEAR_AFTER_MONTH.match(m.string, m.end()):  # "on 14-15 June next year"
            y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[year_after["rel"].lower()]
    else:
        return "DATE", f"XXXX-{month:02d}-{first:02d}", "relative"
    if not _is_day(y, month, first) or not _is_day(y, month, last):
        return None
    days = (f"{y:04d}-{month:02d}-{first:02d}", f"{y:04d}-{month:02d}-{last:02d}")
    return "DATE", days[0], anchor, {"span": days}


# A kind of year and where it ends or starts, just before a day: "whose financial year ends on ", "the school year
# begins on ".
YEAR_BOUND_BEFORE = re.compile(
    r"\b(?:financial|fiscal|tax|accounting|school|academic|business|reporting) years? (?:ends|end|runs|run|starts"
    rf"|start|begins|begin|closes|close)(?: (?:on|at|in|from|to|until|till|through))?"
    rf"(?: {MONTH}(?: {DAY_NUMBER})? (?:to|until|through))?"
    r"\s+$"
    # a kind of year named by its end: "moving to a year ending in March", "a financial year that ends on June 30"
    r"|\ba (?:(?:financial|fiscal|tax|accounting|reporting|business) )?year (?:ending|that ends|which ends|"
    r"starting|that starts|beginning)(?: (?:on|in))?\s+$",
    re.I,
)


def _put_off_since_story(ctx: Context, m: re.Match, year: int, month: int, day: int) -> bool:
    """Whether the day `day` `month` of `year`, gone by at publication, is the one a verb in the simple past put
    something off to, counted from the day or month the text dated last in this paragraph, gone by at publication:
    the putting off was done then ("changed his pleas on 15 September. The judge then adjourned the case until 3
    November"). A date put off to is after the putting off, but that was not publication's day when the story told
    of an earlier one."""
    last = ctx.last_value or ""
    if (
        ctx.last_start < 0
        or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", last)
        or not ctx.put_off_then(m.start(), m.end())
    ):
        return False
    story_end = value_span(last)[1]
    if not story_end or not _is_day(year, month, day):
        return False
    return date.fromisoformat(story_end[:10]) < date(year, month, day) <= ctx.dct.date()


# Words that look ahead from their clause's time, a few words before a date: "due to start at", "was expected to
# reopen by", "scheduled to be finished at".
LOOKING_AHEAD_BEFORE = re.compile(
    r"\b(?:due|expected|scheduled|set|supposed|planned|meant|intended|slated)\s+to\s+(?:be\s+)?[a-z]+"
    r"(?:\s+(?!(?:and|but|or|after|before|since)\b)[a-z']+){0,4}\s+(?:at|by|in|on|for|over|until|before|after)\s+"
    r"(?:the\s+)?$",
    re.I,
)

HAD_BEEN_BEFORE = re.compile(r"\b(?:had|'d|’d)\s+been\s+$", re.I)


def looked_ahead_from_the_story(ctx: Context, m: re.Match) -> date | None:
    """The first day of the story's time when a holiday named without its year is what something past was due,
    expected or scheduled to happen at ("In December 2017, work was due to start at Easter", out in 2019): the
    holiday looked ahead from then, so it is the first one on or after that day. None when the story is at
    publication, outside the past, in a quotation, or "had been due" (due before the story's time)."""
    moved = ctx.moved()
    if moved is None or ctx.quoted(m.start()) or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", moved):
        return None
    ahead = LOOKING_AHEAD_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start())
    if ahead is None or HAD_BEEN_BEFORE.search(m.string, max(0, ahead.start() - 12), ahead.start()):
        return None
    if ctx.tense(m.start(), m.end()) == "present" or not re.search(
        r"\b(?:was|were)\s+$", m.string[max(0, ahead.start() - 6) : ahead.start()]
    ):
        return None  # only a plan told in the past: "was due to start at"
    first = value_span(moved)[0]
    return date.fromisoformat(first[:10]) if first else None


# An auxiliary in a past form, before a date in its sentence: "had been due to start at", "was to open in".
PAST_AUXILIARY = re.compile(r"\b(?:had|was|were|did)\b|'d\b", re.I)


def entry_year(
    ctx: Context, m: re.Match | None = None, span_of: Callable[[int], tuple[date, date] | None] | None = None
) -> int | None:
    """The year a chronology's entry opens with ("2016 - Construction begins in October"), when it opens with a bare
    year: a month or a day the entry names without a year is in it. When it opens with a month or a day of a year
    ("March 2017 - The council says work will start by Christmas") and `span_of` gives the first and last days of
    the time `m` names in a year, the year counted from the entry's time by the tense: the first such time not over
    at the entry's start when it is to come (Christmas 2017), the last begun by its end when it is told in a past
    form, else the nearest (as in the historic present). None otherwise."""
    if not ctx.historic or not ctx.entry:
        return None
    if re.fullmatch(r"\d{4}", ctx.entry):
        return int(ctx.entry)
    if m is None or span_of is None or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", ctx.entry):
        return None
    first, last = value_span(ctx.entry)
    if not first:
        return None
    start, end = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    spans = [(y, span) for y in range(start.year - 1, start.year + 2) if (span := span_of(y)) is not None]
    tense = ctx.tense(m.start(), m.end())
    ahead = LOOKING_AHEAD_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start())
    if ahead and not HAD_BEEN_BEFORE.search(m.string, max(0, ahead.start() - 12), ahead.start()):
        tense = "future"  # "December 2017 - Work due to start at Easter is put off": what was due looked ahead from
        # the entry's time, to Easter 2018, whatever the tense of the verb that tells of it ("had been due to start
        # at Easter" was due before the entry's time, and keeps its tense)
    if tense == "future":
        return next((y for y, (_, b) in spans if b >= start), None)
    if tense == "past" and (
        ctx.past_form(m.start(), m.end()) or PAST_AUXILIARY.search(m.string, ctx.sentence_start(m.start()), m.start())
    ):  # "The council says work began in October", "Work had been due to start at Easter"
        return next((y for y, (a, _) in reversed(spans) if a <= end), None)
    # a verb told in the historic present ("March 2019 - It raises £20m from investors in June") is read as past,
    # but says nothing of which side of the entry's date the time lies: the nearest (June 2019)

    def gap(span: tuple[date, date]) -> int:
        """Days between the time and the entry's (0 when they meet)."""
        return max((span[0] - end).days, (start - span[1]).days, 0)

    return min(spans, key=lambda ys: gap(ys[1]))[0] if spans else None


def _day_span(month: int, day: int) -> Callable[[int], tuple[date, date] | None]:
    """The span of a day of a month in a year, for entry_year (None for 29 February of a common year)."""
    return lambda y: (date(y, month, day),) * 2 if _is_day(y, month, day) else None


# A count of time right before a day it restates: "Three weeks later, on 27 January", "two days after, on".
COUNTED_LATER_BEFORE = re.compile(r"\b(?:later|afterwards|after that|earlier|before that)\s*,?\s*(?:on\s+)?$", re.I)


def _year_of_the_day_counted_to(ctx: Context, m: re.Match, month: int, day: int) -> int | None:
    """The year of a day named without one right after a count from the story's last day in its sentence ("Three
    weeks later, on 27 January", after 3 January 2025: 2025): the year that puts it nearest the day counted to.
    None when no such count comes right before it."""
    if ctx.last_start < 0 or ctx.sentence_start(ctx.last_start) != ctx.sentence_start(m.start()):
        return None
    counted = re.match(r"(\d{4})-(\d\d)-(\d\d)", ctx.last_value or "")
    if counted is None or not COUNTED_LATER_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    to = date(int(counted[1]), int(counted[2]), int(counted[3]))
    years = [y for y in (to.year - 1, to.year, to.year + 1) if _is_day(y, month, day)]
    return min(years, key=lambda y: abs((date(y, month, day) - to).days)) if years else None


def latest_before_a_step_back(ctx: Context, m: re.Match) -> str | None:
    """The latest month or day the story has reached (see Context.story_latest) when it ends after the last date
    named and that date was told in an earlier sentence than `m`, itself not in the past perfect: a step back to an
    earlier time (in the past perfect, beside the story's own date, in an aside on a person) is left by the next
    sentence, which goes on from where the story had got to ("were 5000-1 in August 2015. Ranieri had been sacked in
    November 2014. By Christmas they were top": Christmas 2015). None otherwise."""
    if ctx.last_start >= 0 and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(m.start()):
        return None
    if not re.match(r"\d{4}-\d\d\b", ctx.story_latest or "") or ctx.past_perfect(m.start(), m.end()):
        return None
    if value_span(ctx.story_latest)[1] <= (value_span(ctx.last_value or "")[1] or "9999"):
        return None
    return ctx.story_latest


def story_year(ctx: Context, m: re.Match, month: int, day: int | None = None) -> int | None:
    """The year of the story's own time for a day or month named without one in a past-tense clause, when the story
    has moved to a season, month or day of a past year it names and the day falls in it or soon after ("in the
    summer of 1974 ... On the night of June 14 the water came": 1974). None when the story is at publication, the
    clause is not in the past, the story's date is a bare year or vaguer (news names a year in passing: "the 1988
    law ... He resigned on Aug. 2" is this August's), or the day lies outside it."""
    moved = ctx.moved()
    if moved is None or not re.fullmatch(r"\d{4}-.+", moved) or ctx.tense(m.start(), m.end()) != "past":
        return None
    latest = latest_before_a_step_back(ctx, m)  # back from a step back to where the story had got to, which it goes
    moved = latest or moved  # on from: no slack before it
    if TOLD_NOW.search(_sentence_around(m, ctx)):
        return None  # "The economy grew in August, figures published last Friday showed": a sentence that counts a
        # day from publication is told now, and its month is the one gone by, not that of the story's old date
    first, last = value_span(moved)
    if not first:
        return None
    year = int(moved[:4])
    try:
        when = date(year, month, day or 1)
    except ValueError:
        return None
    if (
        date.fromisoformat(first[:10]) - timedelta(days=0 if latest else STORY_SLACK_DAYS)
        <= when
        <= date.fromisoformat(last[:10]) + timedelta(days=STORY_SLACK_DAYS)
    ):
        return year
    return None


# How long before publication the story's date must have ended for a month named without its year to be read in
# the story's time rather than publication's (see narrative_year): more than a year, so that publication's own
# year and the one before it, where a bare month may as well be read, are never the story's.
LONG_PAST_DAYS = 366


def _story_moved_in_its_sentence(ctx: Context, m: re.Match) -> bool:
    """Whether the story's date of the past was named earlier in the sentence of `m` ("That winter the boat could not
    land for five weeks, and in January the family ran out of flour"): the sentence is told in that time, so a month
    in it is not taken for recent news."""
    return (
        ctx.moved() is not None
        and ctx.last_start >= 0
        and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(m.start())
    )


def _past_perfect_before_the_storys_day(ctx: Context, m: re.Match) -> bool:
    """Whether `m` is in a past perfect clause while the story has moved to a day of the past ("The last shift
    clocked off on 30 June 1979. Workers had been told of the closure in January"): a time before that day, even
    when its month would be recent news. A month or a year the story named in passing ("following the August 1988
    cease-fire") is no day the story stands on."""
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.moved() or "")) and ctx.past_perfect(m.start(), m.end())


def narrative_year(ctx: Context, m: re.Match, month: int, day: int | None = None) -> int | None:
    """The year of a month (or day) named without one, in a past-tense clause outside a quotation, when the story
    has moved to a month or day that ended more than LONG_PAST_DAYS before publication and story_year found it
    too far from that date: in a report of a sport whose seasons run from autumn to spring, the month in the season
    of the story's date ("Leicester were crowned champions on 2 May 2016. Vardy scored in 11 matches between
    October and November": October 2015); in the past perfect, the last such month up to the story's date ("The
    plant closed in March 1998. Workers had been warned in November": November 1997); in the simple past, a month
    later in the story's year than the latest it has reached ("The firm was founded in March 2010. It opened its
    first shop in October": October 2010), as a story told in order goes on from its date. A month of the simple
    past not after the story's one may be a step back or a year on, a story at a bare year may have come back to
    publication's time unsaid, and a sentence that counts a day from publication is told now: None then."""
    moved = ctx.moved()
    if moved is None or ctx.dct is None or ctx.quoted(m.start()) or ctx.tense(m.start(), m.end()) != "past":
        return None
    end = value_span(moved)[1]
    if not end or (ctx.dct.date() - date.fromisoformat(end[:10])).days <= LONG_PAST_DAYS:
        return None
    if TOLD_NOW.search(_sentence_around(m, ctx)):
        return None
    told = re.fullmatch(r"(\d{4})-(\d\d)(?:-\d\d)?(?:T.*)?", moved)
    if told is None:
        return None  # a bare year ("At its peak, in 1920, …"): news often comes back to its own time unsaid
    story, story_month = int(told[1]), int(told[2])
    if ctx.winter_seasons:
        first = story if story_month >= SEASON_TURN_MONTH else story - 1
        year = first if month >= SEASON_TURN_MONTH else first + 1
    elif ctx.past_perfect(m.start(), m.end()):
        year = story if month <= story_month else story - 1
    else:
        latest = re.match(r"(\d{4})-(\d\d)", ctx.story_latest or "")
        if latest and (int(latest[1]), int(latest[2])) > (story, story_month):
            story, story_month = int(latest[1]), int(latest[2])  # the story goes on from the latest time it reached
        since = m.string[ctx.sentence_start(ctx.last_start) if ctx.last_start >= 0 else 0 : m.start()]
        if month <= story_month or any(int(y) > story for y in re.findall(r"\b(?:1[6-9]|20)\d\d\b", since)):
            return None  # "was charged in 2021 after an inquiry that began in March 2018. The trial began in
            # October": the story has gone on past that year already
        year = story
    try:
        when = date(year, month, day or 1)
    except ValueError:
        return None
    return year if when <= ctx.dct.date() else None


# How many days before the day a story of the past is about, or after it, a day named without its year in a past
# clause is taken as that year's: the week or two before a death an inquest goes through, the funeral after it.
EVENT_DAYS_BEFORE = 31
EVENT_DAYS_AFTER = 14


def _year_near_the_event_day(ctx: Context, m: re.Match, month: int, day: int) -> int | None:
    """The year of the day the lead says the story is about (Context.event_day) for a day named without a year in a
    past-tense clause, when that day falls in the EVENT_DAYS_BEFORE days before it or the EVENT_DAYS_AFTER after it
    in its year ("Amira died on 9 February 2026 ... On 2 February she was seen by a GP", in March 2027: the week
    before her death, not a February 2027 she never saw). None otherwise: a day told in the present or to come, a
    day far from the event, or one counted already from a date in its own sentence."""
    if not ctx.event_day or ctx.tense(m.start(), m.end()) != "past":
        return None
    if ctx.last_start >= 0 and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(m.start()):
        return None  # a date before it in its sentence sets its year
    event = date.fromisoformat(ctx.event_day[:10])
    try:
        when = date(event.year, month, day)
    except ValueError:
        return None
    return event.year if -EVENT_DAYS_BEFORE <= (when - event).days <= EVENT_DAYS_AFTER else None


# A past verb of the sentence, then a purpose or plan told with a past modal before the holiday: "The plan was for
# troops to seize the bridges so that tanks could cross the Rhine before ", "they hoped that the men would be home
# by ". No "will" nor present verb comes between: "was told the work will end by Christmas" is publication's.
PLAN_OF_THE_PAST_BEFORE = re.compile(
    r"\b(?:was|were|had|planned|hoped|expected|intended|aimed|wanted)\b(?:(?!\b(?:will|is|are|says|say)\b)[^.;])*"
    r"\b(?:so that|in order that|so|that)\b(?:(?!\b(?:will|is|are|says|say)\b)[^.;])*\b(?:could|would|might)\b"
    r"(?:(?!\b(?:will|is|are|says|say)\b)[^.;])*$",
    re.I,
)


def story_year_ahead(ctx: Context, m: re.Match, month: int, day: int) -> int | None:
    """The year of a holiday named without one in a past-tense clause when the story has moved to a month or day of a
    past year and the holiday comes later in that year ("the river burst its banks in January 2005 ... By Christmas
    the families were home": Christmas 2005): a story told in order goes on from its date, and the holiday of
    publication's year would leave it for the present with no word to say so; after a bare year, that year, or -1
    in a quotation (the speaker's time, which need not be the story's). None when the story is at publication, the
    clause is not in the past or the sentence counts a day from publication."""
    moved = ctx.moved()
    if moved is None or not re.fullmatch(r"\d{4}(?:-.+)?", moved):
        return None
    if ctx.tense(m.start(), m.end()) != "past" and not (
        not ctx.quoted(m.start())
        and (
            PLAN_OF_THE_PAST_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start())
            or looked_ahead_from_the_story(ctx, m) is not None
        )
    ):
        return None  # a plan a past sentence tells ("The plan was … so that tanks could cross the Rhine before
        # Christmas", "In March 2017 the shop was due to reopen by Christmas") looks ahead from the story's time,
        # not from publication's
    if TOLD_NOW.search(_sentence_around(m, ctx)):
        return None
    moved = latest_before_a_step_back(ctx, m) or moved  # back from a step back to where the story had got to
    year = int(moved[:4])
    if len(moved) == 4:  # a bare year: "finished in 2010. At Christmas the town held a party" is that year's; in a
        return -1 if ctx.quoted(m.start()) else year  # quotation, the speaker's own time, not known (-1)
    first = value_span(moved)[0]
    if not first:
        return None
    if date(year, month, day) <= date.fromisoformat(first[:10]) and looked_ahead_from_the_story(ctx, m):
        return year + 1  # "In December 2017 the shop was due to reopen by Christmas" is late already: 2018's
    return year if date(year, month, day) > date.fromisoformat(first[:10]) else None


# A day counted from publication: "last Friday", "this week", "yesterday", "on Tuesday" (not "on a Tuesday", nor
# "on Friday, August 9", a weekday its date names).
TOLD_NOW = re.compile(
    rf"\b(?:yesterday|today|(?:last|this|next) (?:week|month|{WEEKDAY})"
    rf"|(?<!\ba )(?<!\bthe )(?<!\bthat ){WEEKDAY}(?!,? (?:the )?(?:{MONTH}|\d)))\b",
    re.I,
)


# What may open a sentence before the year that frames it: "In 2019, the judge set a hearing for March 4".
FRONTED_YEAR_BEFORE = re.compile(r"\s*[\"“‘']?\s*(?:(?:early |late |later |earlier )?in|during|throughout)\s+$", re.I)


def fronted_year(ctx: Context, m: re.Match, month: int, day: int | None = None) -> int | None:
    """The bare year that opens the sentence of a day or month named without one ("In 2019, the judge set a hearing
    for March 4": 2019's March 4): the sentence is told in that year. None otherwise (a year named in passing,
    "the 1988 law ... He resigned on Aug. 2", dates no other day). A year written before a noun dates the clause that
    describes that noun or has it as its subject ("The 2023 heatwave, which lasted from June until August": 2023's
    June; see Context.things_year)."""
    if (thing := ctx.things_year(m.start(), m.end())) is not None:
        return thing
    if (season := _year_of_the_season_before(ctx, m, month)) is not None:
        return season
    if ctx.last_start < 0 or not re.fullmatch(r"\d{4}", ctx.last_value or ""):
        return None
    opening = ctx.sentence_start(ctx.last_start)
    if opening != ctx.sentence_start(m.start()):
        return _year_of_the_sentence_before(ctx, m, opening, month, day)
    if (
        ctx.dct is not None
        and ctx.last_value != str(ctx.dct.year)
        and OPENING_BEFORE.fullmatch(m.string, opening, ctx.last_start)
        and ctx.tense(m.start(), m.end()) == "past"
    ):
        return int(ctx.last_value)  # "Last year the monsoon arrived on May 30", "Two years ago he moved to Paris and
        # opened a shop in March": a year opening a past sentence dates it, when it is not publication's own
    if (
        WHEN_CLAUSE_AFTER_YEAR.match(m.string[ctx.last_start + 4 : m.start()])
        and ctx.tense(m.start(), m.end()) == "past"
    ):
        return int(ctx.last_value)  # "The last such flood came in 2007, when the Severn burst its banks in July": the
        # clause "when" opens after a year tells of that year
    if not ctx.story_moved:
        return None
    if FRONTED_YEAR_BEFORE.fullmatch(m.string, opening, ctx.last_start):
        return int(ctx.last_value)
    # "The band split in 2014, playing their last show on New Year's Eve": a past clause dated by a year, or a
    # participle hung on it, tells of that year
    if (
        YEAR_IN_BEFORE.search(m.string, max(0, ctx.last_start - 12), ctx.last_start)
        and ctx.tense(m.start(), m.end()) == "past"
        and ctx.year_clause(ctx.last_start, m.start(), m.end())
    ):
        return int(ctx.last_value)
    return None


def _day_of_the_sentence_before(ctx: Context, m: re.Match, shape: str = r"\d{4}-\d\d-\d\d(?:T.*)?") -> bool:
    """Whether the date named last is a calendar day (or a date of another `shape` of value, a month's) told in the
    sentence right before the one of `m`, in the same paragraph, and no other date came between."""
    if ctx.last_start < 0 or not re.fullmatch(shape, ctx.last_value or ""):
        return False
    here = ctx.sentence_start(m.start())
    before = len(m.string[:here].rstrip()) - 1  # the last character of the sentence before
    return (
        before >= 0
        and ctx.last_start < here
        and ctx.sentence_start(before) == ctx.sentence_start(ctx.last_start)
        and "\n" not in m.string[ctx.last_start : m.start()]
    )


def _year_of_the_sentence_before(ctx: Context, m: re.Match, opening: int, month: int, day: int | None) -> int | None:
    """The past year that opened the sentence right before the one of a day or month named without its year, when
    this sentence goes on in the past, names no other date before it and the day or month would lie after
    publication in publication's year ("Last year the river flooded twice. Between June and September the town was
    cut off", in a May paper: that year's June and September; a past April is this year's, the story may have come
    back to now)."""
    if ctx.dct is None or ctx.last_value is None or int(ctx.last_value) >= ctx.dct.year:
        return None
    here = ctx.sentence_start(m.start())
    before = len(m.string[:here].rstrip()) - 1  # the last character of the sentence before
    if here <= opening or before < 0 or ctx.sentence_start(before) != opening:
        return None
    fronted = OPENING_BEFORE.fullmatch(m.string, opening, ctx.last_start) or FRONTED_YEAR_BEFORE.fullmatch(
        m.string, opening, ctx.last_start
    )
    if not fronted or ctx.quoted(m.start()) or ctx.tense(m.start(), m.end()) != "past":
        return None
    try:
        ahead = date(ctx.dct.year, month, day or 1) > ctx.dct.date()
    except ValueError:
        return None
    return int(ctx.last_value) if ahead else None


def _year_of_the_season_before(ctx: Context, m: re.Match, month: int) -> int | None:
    """The year of a month (or day) named without one in a "when" clause right after a season written as two years
    ("Leicester won the league in 2015-16, when they went top in December": December 2015), in a sentence the season
    opens ("In 2015-16, the club went top in December") or in a past clause it dates ("in 2024-25 they went up,
    clinching promotion in April"): the half of the season the month falls in. A year of accounts (its sentence
    speaks of budgets, spending or profit) ends where the article says the company's year ends, else in March; any
    other (a season of sport, a school year) runs July to June. In the first two, the tense does not matter ("In
    2025-26, the council will close the library in May"). None otherwise."""
    opening = ctx.sentence_start(m.start())
    written = None
    for found in SEASON_WRITTEN.finditer(m.string, opening, m.start()):
        written = found  # the last one before the month
    if written is None or ctx.last_start > written.start():
        return None  # none in the sentence, or another date named after it
    first = int(written["a"])
    second = int(written["b"]) if len(written["b"]) == 4 else (first // 100) * 100 + int(written["b"])
    if second != first + 1:
        return None  # "2019-21": a run of years
    after = m.string[written.end() : m.start()]
    fronted = OPENING_BEFORE.fullmatch(m.string, opening, written.start()) or FRONTED_YEAR_BEFORE.fullmatch(
        m.string, opening, written.start()
    )
    dated_clause = (
        YEAR_IN_BEFORE.search(m.string, max(0, written.start() - 12), written.start())
        and ctx.tense(m.start(), m.end()) == "past"
        and ctx.year_clause(written.start(), m.start(), m.end())
    )  # "in 2024-25 they went up, clinching promotion with a win in April": the clause the season dates
    # "Leicester's 2015-16 season remains the greatest shock in Premier League history, when they went top in
    # December": a past "when" clause later in the sentence of a season, no other date between, tells of that season
    told_when = ctx.tense(m.start(), m.end()) == "past" and re.search(r",\s+when\s[^.;:!?()\"“”]*$", after) is not None
    when = WHEN_CLAUSE_AFTER_YEAR.match(after) or (written["season"] and told_when)
    if not when and not (fronted and re.match(r"\s*,", after)) and not dated_clause:
        return None
    if not written["season"] and not ctx.winter_seasons and ACCOUNTS_WORDS.search(_sentence_of(m, ctx)):
        end = ctx.year_end_month or 3  # a year of accounts, April to March unless the article says where it ends
        return first if month > end else second
    return first if month >= SEASON_TURN_MONTH else second


# A season or other year written as two years, from where its expression starts: "2015-16", "the 2015/16 season",
# "the 2015-2016 campaign".
SEASON_WRITTEN = re.compile(
    r"\b(?:the\s+)?(?P<a>(?:19|20)\d\d)\s*[-–/]\s*(?P<b>\d{2}|\d{4})\b(?:\s+(?P<season>season|campaign)\b)?", re.I
)
# A year's "when" clause up to a day or month it names: ", when the Severn burst its banks in " (no other clause's
# end between).
WHEN_CLAUSE_AFTER_YEAR = re.compile(r",?\s+when\s[^.;:!?()\"“”]*$")
# Nothing but an opening quotation mark before an expression opening its sentence.
OPENING_BEFORE = re.compile(r"\s*[\"“‘']?\s*")
# "in" right before a year: the year a clause is dated by ("split in 2014").
YEAR_IN_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.I)


def year_in_story(value: str | None, month: int) -> int | None:
    """The year whose `month` lies in, or nearest to, the calendar span of the story's date `value` ("That February"
    after "the winter of 1963": 1963); None when `value` has no span."""
    first, last = value_span(value or "")
    if not first:
        return None
    start, end = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])

    def distance(year: int) -> int:
        when = date(year, month, 15)
        return 0 if start <= when <= end else min(abs((when - start).days), abs((when - end).days))

    return min(range(start.year - 1, end.year + 2), key=distance)


def recent_news(dct: date, year: int, month: int, day: int | None) -> bool:
    """Whether year-month(-day) lies in the RECENT_NEWS_DAYS before publication: what news mostly reports, so a day
    named without its year there is that one, whatever year the story spoke of before ("the August 1988 cease-fire
    ... the invasion on Aug. 2", in an August 1990 paper)."""
    try:
        when = date(year, month, day or month_end(year, month).day)
    except ValueError:
        return False
    return 0 <= (dct - when).days <= RECENT_NEWS_DAYS


RECENT_NEWS_DAYS = 45


# How far before or after the story's season or month a day named without its year may fall and still be taken as
# the story's ("in the summer of 1974 ... on September 2": that September).
STORY_SLACK_DAYS = 62


def _next_word(text: str, end: int) -> int:
    """Where the word after position `end` starts (len(text) when none)."""
    found = re.compile(r"\s*").match(text, end)
    return found.end() if found else end


def _is_day(year: int, month: int, day: int) -> bool:
    """Whether year-month-day exists."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    """True when year-month-day exists and falls on `weekday` (0 = Monday)."""
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False


@rule("month_year", rf"{_DATE_MOD}(?P<m>{MONTH}),? (?:of )?(?P<y>{YEAR})")
def _month_year(m: re.Match, ctx: Context) -> Result:
    """'June 2019', 'late December 1998' -> DATE 2019-06."""
    return "DATE", f"{int(m['y']):04d}-{month_number(m['m']):02d}", "explicit"


@rule(
    "nth_weekday",
    rf"(?:the )?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th) (?P<wd>{WEEKDAY}) (?:of|in) "
    rf"(?:(?P<m>{MONTH})(?:,? (?P<y>{YEAR}))?|(?P<the_month>the month\b))",
)
def _nth_weekday(m: re.Match, ctx: Context) -> Result:
    """'the first Monday of October', 'the last Friday in March 2025' -> DATE of that day, in the year the text
    names or the tense gives the month. 'the last Friday of the month' told in the present ("hosts a folk night on
    the last Friday of the month") is that day of every month (SET); told in the past, that day of the month the
    story is in, when it names one, else of no known month."""
    wd = lx.WEEKDAYS[m["wd"].lower().rstrip(".")]
    if m["the_month"]:
        if ctx.tense(m.start(), m.end()) != "past":
            return "SET", f"XXXX-WXX-{wd + 1}", "vague"
        story = re.fullmatch(r"(\d{4})-(\d\d)(?:-\d\d.*)?", ctx.last_value or "") if ctx.story_moved else None
        if story is None:
            return "DATE", "XXXX-XX-XX", "relative", {"undated": "counted from an unnamed time"}
        year, month = int(story[1]), int(story[2])
        day = _nth_weekday_of(year, month, wd, m["ord"].lower())
        return "DATE", day.isoformat(), "relative", {"counted": True}
    month = month_number(m["m"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.dct:
        tense = ctx.tense(m.start(), m.end())
        # a day named by its place in the month, in the present ("the race is run on the last Saturday in
        # November"), is the calendar's next such day, not the nearest one gone by
        year = year_of_month(ctx.dct.date(), month, "future" if tense == "present" else tense)
    else:
        return None
    day = _nth_weekday_of(year, month, wd, m["ord"].lower())
    return "DATE", day.isoformat(), "explicit" if m["y"] else "relative"


def _nth_weekday_of(year: int, month: int, wd: int, ordinal: str) -> date:
    """The `ordinal` ("first" … "fourth", "last") weekday `wd` (0 = Monday) of a month."""
    nth = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(ordinal)
    if nth is None:  # the last such day of the month
        day = month_end(year, month)
        return day - timedelta(days=(day.weekday() - wd) % 7)
    day = date(year, month, 1)
    return day + timedelta(days=(wd - day.weekday()) % 7 + 7 * (nth - 1))


@rule("month_range_period", rf"(?:the )?(?P<a>{MONTH}) ?[-–] ?(?P<b>{MONTH})(?: (?:period|quarter))?")
def _month_range_period(m: re.Match, ctx: Context) -> Result | None:
    """'the October-December period', 'in January–March' -> DATE 2024-Q4: the calendar quarter those months make, in
    the year the tense gives its last month."""
    first, last = month_number(m["a"]), month_number(m["b"])
    if last - first != 2 or first % 3 != 1:
        return None
    if not ctx.dct:
        return "DATE", f"XXXX-Q{last // 3}", "relative"
    year = year_of_month(ctx.dct.date(), last, ctx.tense(m.start(), m.end()) or "past")
    return "DATE", f"{year:04d}-Q{last // 3}", "relative"


# A time that recurs, named earlier in the sentence: "each April", "every year", "annually". A month "the previous"
# or "the following" one after it is counted from each of those times, so it is no month of the calendar.
RECURRING_BEFORE = re.compile(
    rf"\b(?:(?:each|every)\s+(?:{MONTH}|year|spring|summer|autumn|fall|winter|quarter|month)\b|annually\b"
    rf"|yearly\b|once a year\b)",
    re.I,
)


def _counted_from_a_set(ctx: Context, m: re.Match) -> bool:
    """Whether a recurring time opens the sentence before this expression ("each April … the previous September")."""
    start = ctx.sentence_start(m.start())
    return RECURRING_BEFORE.search(m.string, max(start, m.start() - 200), m.start()) is not None


def _story_went_on_to(ctx: Context, m: re.Match) -> tuple[int, int] | None:
    """(year, month) of the story's latest month when it stepped back since (see latest_before_a_step_back)."""
    latest = latest_before_a_step_back(ctx, m)
    return (int(latest[:4]), int(latest[5:7])) if latest else None


@rule(
    "month",
    rf"(?:(?P<rel>last|next|this|this past|this coming|the coming|the past|coming|past|previous|that|each|every"
    rf"|the following|the next|the previous|the preceding)[- ])?"
    rf"(?:(?P<mod>early|earlier|late|later|mid|the end of|the beginning of|the start of"
    rf"|the middle of)[- ](?:in )?(?:this |last |next )?)?(?P<m>{MONTH})",
)
def _month(m: re.Match, ctx: Context) -> Result:
    """'December', 'last March', 'late November' -> DATE YYYY-MM from the tense; 'each July' -> SET XXXX-07."""
    word = m["m"].rstrip(".").lower()
    if len(word) <= 4 and word != "may" and word != "june" and word != "july" and not m["m"].endswith("."):
        return None  # "Jan Kavan", "Sept" alone: an abbreviation needs its full stop unless a day follows
    if not m["rel"] and not m["mod"] and ctx.person_at(m.start("m")):
        return None  # "Theresa May called it", "Mrs May said": a person's name
    if word in lx.AMBIGUOUS_MONTHS and not m["rel"] and not m["mod"]:
        if word == "may" and ctx.pos_at(m.start("m")) not in ("PROPN", "NOUN", ""):
            return None
        if word == "may" and m["m"] == "May" and ctx.pos_at(m.start("m")) == "":
            return None
    month = month_number(m["m"])
    rel = (m["rel"] or "").lower()
    if rel in ("each", "every"):
        return "SET", f"XXXX-{month:02d}", "vague"
    if not ctx.dct:
        return "DATE", f"XXXX-{month:02d}", "relative"
    dct = ctx.dct.date()
    if rel in ("the following", "the next", "the previous", "the preceding") and _counted_from_a_set(ctx, m):
        # "raises the pension each April by … inflation in the previous September": the September before each April,
        # a rule of every year, not a month of the calendar
        return "DATE", f"XXXX-{month:02d}", "relative", {"undated": "counted from every such time"}
    if rel in ("the following", "the next", "the previous", "the preceding"):
        # "replied the following February", after November 2024: the first February after the story's last date;
        # with no date before it, no calendar month
        # the story's date may be one an earlier paragraph named ("announced in the spring of 2023 … || The sale went
        # through the following January": January 2024), not publication's
        named = ctx.last_start >= 0 or ctx.story_moved
        story = re.match(r"(\d{4})(?:-(\d\d))?", ctx.last_value or "") if named else None
        if story is None or story[2] is None and not story.group().isdigit():
            return "DATE", f"XXXX-{month:02d}", "relative", {"undated": "counted from no date"}
        year, last = int(story[1]), int(story[2] or 0)
        if rel in ("the following", "the next") and (ahead := _story_went_on_to(ctx, m)) is not None:
            year, last = ahead  # "were 5000-1 in August 2015. Ranieri had been sacked in November 2014. They won the
            # league the following May": the May after the story's latest time, not after its step back
        if rel in ("the following", "the next"):
            y = year if story[2] and month > last else year + 1
        else:
            y = year if story[2] and month < last else year - 1
        return "DATE", f"{y:04d}-{month:02d}", "relative", {"counted": True}
    if rel in ("last", "this past", "the past", "past", "previous"):
        y = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "this coming", "the coming", "coming"):
        y = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    elif rel == "that" and (story := year_in_story(ctx.last_value, month)) is not None:
        return "DATE", f"{story:04d}-{month:02d}", "relative", {"counted": True}  # "That February", in 1963's story
    elif year_after := YEAR_AFTER_MONTH.match(m.string, m.end()):  # "in March last year": that year's March
        y = dct.year + {"last": -1, "this": 0, "next": 1}[year_after["rel"].lower()]
    elif named_after := IN_YEAR_AFTER_MONTH.match(m.string, m.end()):  # "was moved to March in 2019": that year's
        return "DATE", f"{int(named_after['y']):04d}-{month:02d}", "relative", {"counted": True}
    elif (listed := YEAR_OF_A_MONTH_LIST.search(m.string, max(0, m.start() - 120), m.start())) is not None:
        # "raised prices twice last year, in March and again in August": the months set out that year's times
        if listed["year"]:
            return "DATE", f"{int(listed['year']):04d}-{month:02d}", "relative", {"counted": True}
        y = dct.year + {"last": -1, "this": 0, "next": 1}[listed["rel"].lower()]
    elif (story := story_year_after(ctx, m)) is not None:  # "took a break in 2022 … in January that year"
        return "DATE", f"{story:04d}-{month:02d}", "relative", {"counted": True}
    elif YEAR_BOUND_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return "SET", f"XXXX-{month:02d}", "vague"  # "its fiscal year runs from July to June": every year's
    elif (entry := entry_year(ctx, m, lambda y: (date(y, month, 1), month_end(y, month)))) is not None:
        # "2016 - Construction begins in October": that year's; "December 2017 - The council says it will begin in
        # October": the October after the entry's
        return "DATE", f"{entry:04d}-{month:02d}", "relative", {"counted": True}
    elif (fronted := fronted_year(ctx, m, month)) is not None:  # "In 1962 he left for Boston in May": that year's
        return "DATE", f"{fronted:04d}-{month:02d}", "relative", {"counted": True}
    elif (run := _month_run_start(ctx, m)) is not None:  # "covering April to June": the June after that April
        y = run[0] if month >= run[1] else run[0] + 1
    elif LIMIT_FOR_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) or _contract_month(m):
        # "the regulator raised its price cap for the three months to the end of March", in November: a limit is set
        # for a stretch not yet over, whatever the tense of the setting; the first month of that name not yet gone
        y = dct.year if month >= dct.month else dct.year + 1
    elif not m["mod"] and _since_now(ctx, m):
        # "Teaching has improved since September", after "inspected in March 2019": a present perfect "since" a
        # month runs up to publication, so the month is the latest of its name, whatever year the story went back to
        y = dct.year if month <= dct.month else dct.year - 1
    else:
        y = year_of_month(dct, month, _month_tense(m, ctx, month))
        if date(y, month, 1) > dct and not m["mod"] and ctx.done_in(m.start(), m.end()):
            y -= 1  # "Sales fell in March" in a February paper: the March gone, not one still to come
        elif date(y, month, 1) > dct and SINCE_THE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
            y -= 1  # "Borrowing has overshot since the October Budget" in a January paper: what a time runs on from
            # has come, whatever tense the parse gives the clause ("overshot" read as a noun)
        ran_until = _year_a_story_runs_until(ctx, m, month) if not recent_news(dct, y, month, None) else None
        if ran_until is not None and ran_until < y:  # "arrested in November 2024 … remained a councillor until
            # the elections in May": May 2025
            return "DATE", f"{ran_until:04d}-{month:02d}", "relative", {"counted": True}
        if (after := looked_ahead_from_the_story(ctx, m)) is not None and not m["mod"]:
            # "In March 2017 the shop was due to reopen in August": a plan told in the past looks ahead from the
            # story's time, to the first such month from then, not to publication's
            return "DATE", f"{after.year + (month < after.month):04d}-{month:02d}", "relative", {"counted": True}
        story = (
            story_year(ctx, m, month)
            if not recent_news(dct, y, month, None) or _story_moved_in_its_sentence(ctx, m)
            else None
        )
        before_the_story = _past_perfect_before_the_storys_day(ctx, m)
        if (
            story is None
            and ran_until is None
            # "had been in talks since late March", after "closed on 30 June 1979": a part of the month is told
            # before the story's day as the whole month is
            and (not m["mod"] or (before_the_story and not re.search(r"\b(?:this|last|next)\b", m.group(0), re.I)))
            and (not recent_news(dct, y, month, None) or before_the_story)
        ):  # a past perfect tells of a time before the story's day, however near publication its month would be
            story = narrative_year(ctx, m, month)  # "crowned champions on 2 May 2016 … between October and November"
        if story is not None:  # "in the summer of 1974 ... In August the army came": 1974's
            return "DATE", f"{story:04d}-{month:02d}", "relative", {"counted": True}
        y = min(y, _year_before_reference(ctx, m, month) or y)
        if _ends_after_the_sentences_date(ctx, m, y, month):
            y += 1  # "a ballot that closed earlier this month, giving the union a mandate until mid-May", in
            # November: the stretch runs on from the ballot to next May, not back to the May gone by
    return "DATE", f"{y:04d}-{month:02d}", "relative"


# A limit set for a stretch, right before the month that opens or ends it: "its price cap for January", "the cap for
# the three months to the end of March", "the quota for the period from June". What a limit holds for is still to
# run (or running) when it is set; a price or a rate "for March" may be a figure of the month gone, so those are
# not here.
LIMIT_FOR_BEFORE = re.compile(
    r"\b(?:cap|caps|ceiling|ceilings|limit|limits|tariff|tariffs|quota|quotas|allowance|allowances)\s+for\s+"
    r"(?:(?:the|a|its|their)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:months?|weeks?|quarter|period)\s+"
    r"(?:to|until|till|through|ending|from)\s+)?$",
    re.I,
)

# A month a commodity is traded for, to be delivered or shipped in: "wheat for September delivery", "crude for
# delivery in November", "cargoes for shipment in March", "the December contract", "March futures". A contract
# trades before it falls due, so like a limit's stretch it is the first month of that name not yet gone.
CONTRACT_FOR_BEFORE = re.compile(r"\bfor\s+(?:delivery|shipment|loading|settlement)\s+in\s+$", re.I)
CONTRACT_AFTER = re.compile(
    r"\s+(?:delivery|shipment|loading|settlement|futures|(?:futures\s+|forward\s+)?contracts?)\b", re.I
)
FOR_RIGHT_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)


def _contract_month(m: re.Match) -> bool:
    """Whether the month `m` names the month a traded contract falls due: after "for delivery in", or before
    "delivery"/"shipment" after "for" ("for September delivery"), or before "futures" or "contract" ("the December
    contract", "March futures")."""
    if m["rel"]:
        return False
    if CONTRACT_FOR_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return True
    after = CONTRACT_AFTER.match(m.string, m.end())
    if after is None:
        return False
    if re.match(r"\s+(?:delivery|shipment|loading|settlement)\b", after.group(), re.I):
        return bool(FOR_RIGHT_BEFORE.search(m.string, max(0, m.start() - 10), m.start()))
    return True


# A verb of making figures known, then "for" a stretch of months, right before the month that ends it ("to
# November"): "will report revenue of £2.1 billion for the three months to November". Like "results for"
# (RESULTS_FOR), what is reported on is a stretch already over, whatever the tense of the reporting.
REPORTED_PERIOD_BEFORE = re.compile(
    r"\b(?:report|reports|reporting|announce|announces|announcing|publish|publishes|publishing|post|posts|posting)"
    r"\b(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,60}?\bfor\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:months?|quarter|year|half|period)$",
    re.I,
)

# "until" or "till" right before a date that ends a stretch.
UNTIL_RIGHT_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.I)


def _ends_after_the_sentences_date(ctx: Context, m: re.Match, year: int, month: int) -> bool:
    """Whether the month `month` of `year`, after "until", ends before the day or month its own sentence named last
    (the start of the stretch it ends): a stretch cannot end before it starts, so the month is a year later."""
    if not UNTIL_RIGHT_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) or ctx.last_start < 0:
        return False
    if ctx.sentence_start(ctx.last_start) != ctx.sentence_start(m.start()):
        return False
    if not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", ctx.last_value or ""):
        return False
    begun = value_span(ctx.last_value)[0]
    return bool(begun) and month_end(year, month) < date.fromisoformat(begun[:10])


# "until" before a month, right before it or before the event named in it: "until May", "until the elections in
# May", "until the end of its lease in June".
UNTIL_IN_BEFORE = re.compile(r"\b(?:until|till)\s+(?:(?:the|his|her|their|its)\s+(?:[\w-]+\s+){1,4}in\s+)?$", re.I)


def _year_a_story_runs_until(ctx: Context, m: re.Match, month: int) -> int | None:
    """The year of a month a past state ran "until" ("Mr Hollins was arrested in November 2024 … He remained a
    councillor until the elections in May") when the story has moved to a month or day of a past year: the first
    such month after the story's date, since what runs on from it cannot end before it, and the story told in order
    has not come back to publication's year. None when the clause is not in the past, the story is at
    publication, or its date is a bare year or vaguer."""
    if not UNTIL_IN_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return None
    moved = ctx.moved()
    story = re.match(r"(\d{4})-(\d\d|SP|SU|FA|WI)\b", moved or "")
    if story is None or ctx.tense(m.start(), m.end()) != "past":
        return None
    latest = value_span(ctx.story_latest)[1] if ctx.story_latest else ""
    if latest and latest > (value_span(moved)[1] or ""):
        # a state that ran on from the story's events ran on from the latest of them ("arrested in November 2024
        # after an inquiry begun in the summer of that year … until September": from November, not the summer)
        year, last = int(latest[:4]), int(latest[5:7])
        return year if month > last else year + 1
    year, last = int(story[1]), SEASON_LAST_MONTH.get(story[2]) or int(story[2])
    # a winter is named by the year of its January ("2024-WI" is December 2023 to February 2024, as season_first_day
    # and value_span read it), so it ends in February of its own year
    return year if month > last else year + 1


# The last month of a season of a year's value ("2024-WI" runs to February 2024).
SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}
DECEMBER = 12


def _month_tense(m: re.Match, ctx: Context, month: int, day: int | None = None) -> str | None:
    """The tense that picks the year of a month or day named without one: the clause's, unless the clause is in the
    plain present (read as a plan), the date only dates a noun in it and it was over no more than NOUN_RECENT_DAYS
    before publication ("It is the third storm of the season, after Ashley in October", in November; "her
    properties, worth $130m in October, are worth half that now", in January): then the one gone by. A noun's date
    further back is still the one to come ("the election in November is close", in March)."""
    if FALLS_DUE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return "future"  # "raised its dividend to 22 cents, payable on Dec. 12": a payment still owed when told
    tense = ctx.tense(m.start(), m.end())
    if (
        tense == "future"
        and ctx.dct is not None
        and (month, day or 1) <= (ctx.dct.month, ctx.dct.day)
        and ctx.promised(m.start(), m.end())
    ):
        return "past"  # "We were told we would give evidence last autumn, then in January", in April: the January
        # promised, at a time of telling not given, is this year's, gone by (a June to come stays to come)
    if tense != "future" or ctx.dct is None or not ctx.dates_a_noun(m.start(), m.end()):
        return tense
    dct = ctx.dct.date()
    year = dct.year if (month, day or 1) <= (dct.month, dct.day) else dct.year - 1
    try:
        over = date(year, month, day) if day else month_end(year, month)
    except ValueError:
        return tense
    return "past" if 0 <= (dct - over).days <= NOUN_RECENT_DAYS else tense


# What falls due on a day, right before it, unless told as due before the time of telling ("was payable on"):
# "a dividend of 22 cents, payable on Dec. 12", "the loan, repayable by March 31".
FALLS_DUE_BEFORE = re.compile(
    r"(?<!was )(?<!were )(?<!been )\b(?:payable|repayable|redeemable)\s+(?:on|from|by|in)\s+$", re.I
)


# How long ago a month or day that dates a noun of a present clause may have ended and still be the one gone by.
NOUN_RECENT_DAYS = 92


# A month opening a run of months right before another: "April to June", "from January until March".
MONTH_RUN_BEFORE = re.compile(rf"{MONTH}\s+(?:to|until|till|through|-|–)\s+$")


def _month_run_start(ctx: Context, m: re.Match) -> tuple[int, int] | None:
    """(year, month) of the month that opens a run ending at the month `m` ("covering April to June"), when the
    text dated it last; None otherwise."""
    first = re.fullmatch(r"(\d{4})-(\d\d)", ctx.last_value or "")
    if first is None or ctx.last_start < 0 or ctx.last_start < m.start() - 25:
        return None
    if not MONTH_RUN_BEFORE.search(m.string, ctx.last_start, m.start()):
        return None
    return int(first[1]), int(first[2])


def _since_now(ctx: Context, m: re.Match) -> bool:
    """Whether `m` is what a present perfect runs "since" ("has struggled since the summer", "have been looking since
    selling Wilson in the summer"): a stretch that reaches up to publication."""
    return bool(
        SINCE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) and ctx.perfect(m.start(), m.end())
    ) or ctx.since_perfect(m.start(), m.end())


def _year_before_reference(ctx: Context, m: re.Match, month: int) -> int | None:
    """The year of a month named in a past perfect clause put before its main one, when its sentence named a year,
    a month or a day before it: the clause tells of a time before that one ("applied in May last year, after Russia
    had attacked in February": the February before that May). None otherwise."""
    ref = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-\d\d)?)?", ctx.last_value or "")
    if ref is None or ctx.last_start < 0 or ctx.sentence_start(ctx.last_start) != ctx.sentence_start(m.start()):
        return None
    if not ctx.earlier_clause(m.start(), m.end()):
        return None
    return int(ref[1]) if month <= int(ref[2] or 12) else int(ref[1]) - 1


# The year named right after a month: "March last year", "June of next year", "in May this year".
# A day with its year and a word setting another day against it, just before that other day: "on 11 December 2026
# rather than ", "March 3, 2027, instead of ", "from 4 May 2026, not ".
DATED_DAY_SET_AGAINST = re.compile(
    rf"(?:\b{DAY_NUMBER} {MONTH},? |\b{MONTH} {DAY_NUMBER}, )(?P<y>{YEAR}),? (?:rather than|instead of|not)(?: on)? $"
)
YEAR_AFTER_MONTH = re.compile(r",? (?:of )?(?P<rel>last|this|next) year\b", re.I)
# "in" and a year right after a month: "the festival was moved to March in 2019", "held in June, in 2021". The
# month is that year's, as "March 2019" would be, not the nearest to publication. A run of years ("in 2019 and
# 2020", "in 2019-20") leaves the month to the tense.
IN_YEAR_AFTER_MONTH = re.compile(rf",? in (?P<y>{YEAR})\b(?!\s*(?:[-–/&]|(?:and|or|to)\s+(?:'|\d)))")
# A year, then a comma and a list of months that set out its times: "twice last year, in March and again in
# August", "in 2023, in May and June". The months are of that year, however far from publication.
YEAR_OF_A_MONTH_LIST = re.compile(
    rf"(?:\b(?P<rel>last|this|next) year|\b(?P<year>{YEAR}))\s*[,:–—]\s*(?:in\s+)?"
    rf"(?:{MONTH}\s*(?:,|\band\b|\bor\b)\s*(?:(?:again|then|later|once more)\s+)?(?:in\s+)?)*$",
    re.I,
)
# The story's year named right after a month: "in January that year", "in May of the same year".
STORY_YEAR_AFTER_MONTH = re.compile(r",? (?:of )?(?:that|the same) year\b", re.I)


def story_year_after(ctx: Context, m: re.Match) -> int | None:
    """The year of the date the text named last when "that year" or "the same year" follows the month or day
    ("You took a break in 2022? My doctor told me in January that year": 2022's January). None otherwise."""
    step = STORY_YEAR_STEP_AFTER_MONTH.match(m.string, m.end())
    if step is not None and (ctx.last_start >= 0 or ctx.story_moved):
        # "arrested in November 2022 … until the elections in May the following year": May 2023
        year = re.match(r"(\d{4})(?!\d)", ctx.last_value or "")
        return int(year[1]) + (1 if step["rel"].lower() in ("following", "next") else -1) if year else None
    if not STORY_YEAR_AFTER_MONTH.match(m.string, m.end()) or ctx.last_start < 0:
        return None
    year = re.match(r"(\d{4})(?!\d)", ctx.last_value or "")
    return int(year[1]) if year else None


# The year after or before the story's, named right after a month: "in May the following year", "in March of the
# previous year".
STORY_YEAR_STEP_AFTER_MONTH = re.compile(r",? (?:of )?the (?P<rel>following|next|previous|preceding) year\b", re.I)


# A time zone written after a clock time: "GMT", "EST", "CEST", "UTC", "MSK" (not a word in capitals: "21:05 GOAL").
ZONE = r"(?-i:[A-Z]{1,4}T|UTC|MSK|WIB|WITA|WIT|Z)(?![A-Za-z])"


@rule(
    "time_of_day",
    rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?:\s(?P<tz>{ZONE}))?"
    rf"|(?P<word>noon|midday|midnight)|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s(?P<tz2>{ZONE}))?"
    # a clock time written with a dot after "at" or "from", as in Nordic and German text: "noticed at 23.40"
    r"|(?<=\b(?:at|At) )(?P<hd>[01]\d|2[0-3])\.(?P<mid>[0-5]\d)(?![\d.,]\d|\s*(?:%|per\b|percent|euros?|points?))"
    rf"|(?P<hc>{_SMALL}|ten|eleven|twelve|[1-9]|1[0-2]) o'clock"
    # four figures with no colon only before a time zone, as wire copy writes them: "down 4.2% at 0915 GMT"
    rf"|(?P<hz>[01]\d|2[0-3])(?P<miz>[0-5]\d)\s(?P<tz3>{ZONE})"
    # a clock time written with a dot opening a live page's entry before a dash or a colon: "10.30 - National Rail
    # says …"
    r"|^(?P<hl>[01]?\d|2[0-3])\.(?P<mil>[0-5]\d)(?=[ \t]*(?:[-–—:]|--)[ \t]+[A-Z\"“‘'])",
)
def _time_of_day(m: re.Match, ctx: Context) -> Result:
    """'5:30 p.m.', 'noon', '17:51' -> TIME on the DCT's day (merged with an adjacent date later). Midnight is the
    end of its day, as TimeML writes it (T24:00: "sign the bill before midnight", "midnight Friday"), unless the
    hours after it are meant ("shortly after midnight on Sunday": Sunday's first hour, T00:00)."""
    if m["word"]:
        hour, minute = (
            (12, 0)
            if m["word"].lower() != "midnight"
            else (0 if AFTER_MIDNIGHT.search(m.string, 0, m.start()) else 24, 0)
        )
    elif m["hz"]:
        hour, minute = int(m["hz"]), int(m["miz"])
    elif m["hl"]:
        hour, minute = int(m["hl"]), int(m["mil"])
    elif m["hd"]:
        if LEVEL_AT_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) or MEASURED_AT_BEFORE.search(
            m.string, max(0, m.start() - 60), m.start()
        ):
            # "the shares closed at 12.30", "measured the galaxy's redshift at 14.32": a price, a level or a
            # measure, no time of day
            return None
        hour, minute = int(m["hd"]), int(m["mid"])
    elif m["h24"]:
        if GAME_CLOCK.match(m.string, m.end()) or GAP_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None  # "with 5:12 left", "won in 2:05:30", "third at 5:19": a game clock, a race time or a gap
        hour, minute = int(m["h24"]), int(m["mi24"])
    elif m["hc"]:
        hour, minute = int(number_value(m["hc"]) or 0), 0
        sentence_start = ctx.sentence_start(m.start())
        hour += (
            12 if _evening_clock(hour, m.string[sentence_start : m.start()], m.string[m.end() : m.end() + 20]) else 0
        )
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if hour > 12:
            return None
        if m["ap"].lower().startswith("p") and hour != 12:
            hour += 12
        if m["ap"].lower().startswith("a") and hour == 12:
            hour = 0
        if (
            m["ap"].lower() == "am"
            and not m["mi"]
            and m.string[m.start("ap") - 1].isspace()
            and ctx.pos_at(m.start("ap")) in ("", "AUX", "VERB")
        ):
            return None  # "am" is also the verb ("of the 20, am I …"); the parse tells "at 8 am on Friday" apart
    local = LOCAL_TIME.search(m.string, ctx.sentence_start(m.start()), m.end() + 12) is not None
    day = clock_day(ctx, m.start(), ctx.tense(m.start(), m.end()), (hour, minute), m.string, local)
    evening = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(?:(1[2-9]|2[0-3]):\d\d|EV|NI|AF)", ctx.last_value or "")
    if m["word"] and hour == 0 and day is not None and evening and evening[1] == day:
        # "stabbed at about 9.30pm … died in hospital shortly after midnight": the night into the next day
        day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    elif day is not None and (earlier := _end_of_range_before(m, ctx, hour, minute, day)):
        # "attacked between 10pm on Thursday and 4am", "from 8pm until 2am": a range's end, an hour before its
        # start on the clock, falls on the next day
        day = earlier
        return "TIME", f"{day}T{hour:02d}:{minute:02d}", "relative", {"range_end": True}
    if ON_NAMED_DAY.match(m.string, m.end()) or (
        (joined := CLOCK_JOINED_AFTER.match(m.string, m.end())) and ON_NAMED_DAY.match(m.string, joined.end())
    ):  # "Polls open at 7am and close at 10pm on the day of the vote": both times of the day the words name
        day = None  # "by 5pm on polling day": a day the words name but do not date, not the last one named
    if EVERY_SUCH_DAY_AFTER.match(m.string, m.end()):
        # "would stay open until 10pm on weekday evenings", "closes at 6pm on Sundays": a time of every such day,
        # not of the day the story named last
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "relative", {"undated": "every such day"}
    if day is None:  # the story is elsewhere in time than a known day ("one evening in the 1970s, at 11 p.m.")
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "relative", {"undated": "day unknown"}
    if ctx.last_start < ctx.sentence_start(m.start()) and ctx.generic_clock(m.start(), m.end()):
        # "Staff are often still answering emails at 10pm", "On a busy day the queue is long by 9pm": the hour of a
        # habit or of any such day, in a sentence that names no date of its own, not publication's day
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "relative", {"undated": "every such day"}
    if ctx.moved() is not None:  # on the day of the story's own time, which it stays in
        return "TIME", f"{day}T{hour:02d}:{minute:02d}", "relative", {"counted": True}
    yesterday = (ctx.dct.date() - timedelta(days=1)).isoformat() if ctx.dct else None
    if day == yesterday and not (ctx.last_value or "").startswith(day):  # put back for want of its hour today
        return "TIME", f"{day}T{hour:02d}:{minute:02d}", "relative", {"put_back": True}
    return "TIME", f"{day}T{hour:02d}:{minute:02d}", "relative"


# The words between a range's first clock time and its last: "between 10pm on Thursday and 4am", "from 8pm to 2am".
RANGE_END_BEFORE = re.compile(
    r"\b(?:between|from)\s+(?P<first>(?:[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[ap])\.?m\.?)"
    r"[^.;!?\d]{0,30}?\s(?:and|to|until|till|-|–)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def _end_of_range_before(m: re.Match, ctx: Context, hour: int, minute: int, day: str) -> str | None:
    """The day after `day` when the clock time at `m` ends a range ("between 10pm on Thursday and 4am") whose first
    clock time, in the same sentence and of the day last named there, is later on the clock: the night runs into the
    next day; None otherwise."""
    start = ctx.sentence_start(m.start())
    if ctx.last_start < start or not (ctx.last_value or "").startswith(day):
        return None
    found = RANGE_END_BEFORE.search(m.string, start, m.start())
    if found is None:
        return None
    first = int(re.match(r"\d+", found["first"])[0]) % 12 + (12 if found["ap"].lower() == "p" else 0)
    if (first, int(found["mi"] or 0)) <= (hour, minute):
        return None
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


# A day named by what happens on it, right after a clock time: "5pm on polling day", "10am on the day". The day
# "the same", "next", "following" or "previous" day is counted from the story's last date, so it is not one of these.
ON_NAMED_DAY = re.compile(r"\s+on\s+(?:the\s+)?(?!(?:same|next|following|previous|that|this)\b)(?:[a-z]+[ -])?day\b")

# A second clock time joined to the first ("at 7am and close at 10pm", "from 9am to 5pm"), which a day after it
# dates with the first.
CLOCK_JOINED_AFTER = re.compile(
    r"\s*(?:and|to|until|till|-|–)\s+(?:[a-z]+\s+){0,2}(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:a\.m\.?|p\.m\.?|am|pm)",
    re.I,
)

# Days that come round, right after a clock time: "10pm on weekday evenings", "6pm on Sundays", "at weekends",
# "every night", "daily". The clock time is one of every such day.
EVERY_SUCH_DAY_AFTER = re.compile(
    r"\s+(?:on\s+(?:weekdays?|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)(?:\s+(?:mornings|afternoons"
    r"|evenings|nights))?|at\s+weekends|(?:every|each)\s+(?:day|night|evening|morning|afternoon|weekday)|daily"
    r"|nightly)\b",
    re.I,
)
# A past perfect: what it tells may come before a part of the day named after it ("had opened at 6am").
PAST_PERFECT = re.compile(r"\b(?:had|'d)\b", re.I)

# "local time" in a clock time's sentence: the clock of the place, not the publication's ("was suspended at 14:20
# local time and did not resume until 16:05").
LOCAL_TIME = re.compile(r"\blocal time\b", re.I)

# What follows a game clock or a race time written like a clock time ("5:12 left", "2:05:30"), or the time into a
# round or a period of play ("stopped him at 2:47 of the ninth", "scored 1:12 into the third period").
_PLAY_ORDINAL = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|last|opening"
    r"|\d+(?:st|nd|rd|th)"
)
GAME_CLOCK = re.compile(
    r":\d\d|\s+(?:left|remaining|to go|to play)\b"
    rf"|\s+(?:of|into) (?:the )?(?:{_PLAY_ORDINAL})\b"
    rf"|\s+(?:of|into|in) (?:the )?(?:(?:{_PLAY_ORDINAL}) )?(?:round|period|quarter|half|inning|innings|set|overtime"
    r"|extra time)\b",
    re.I,
)
# A place in a race and "at" before minutes and seconds: the gap to the leader ("Evenepoel third at 5:19").
GAP_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+at\s+$", re.I
)


def _evening_clock(hour: int, before: str, after: str) -> bool:
    """Whether "<hour> o'clock" is in the evening: the words of its sentence before it, or the few right after it
    ("eight o'clock in the evening"), speak of the evening (1 to 11 o'clock) or of the night (6 to 11 o'clock: "on
    the night of June 14 the water came over at about 11 o'clock"), not of the morning."""
    said = before + " " + (CLOCK_PART_AFTER.match(after) or [""])[0]
    if hour >= 12 or re.search(r"\bmorning\b", said, re.I):
        return False
    if re.search(r"\b(?:evening|tonight)\b", said, re.I):
        return True
    return hour >= 6 and re.search(r"\bnight\b", said, re.I) is not None


# The part of the day named right after a clock time: "at eight o'clock in the evening", "at ten o'clock that night".
CLOCK_PART_AFTER = re.compile(r"\s*(?:in the|that|at|on|one|last|this) (?:morning|evening|night)\b", re.I)

# Words of a level just before "at" and a number with a dot: "closed at 12.30", "is valued at 10.50".
LEVEL_AT_BEFORE = re.compile(
    r"\b(?:closed|closing|opened|opening|stood|stands|ended|finished|traded|trading|priced|valued|peaked|settled|"
    r"fixed|rated|sold|bought|set|capped|pegged|estimated)\s+at\s+$",
    re.I,
)

# A verb of measuring, its object in a few words and "at" before a figure with a dot: the value found ("measured
# the galaxy's redshift at 14.32", "calculated the ratio at 10.45"), no clock time.
MEASURED_AT_BEFORE = re.compile(r"\b(?:measur|calculat)(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}at\s+$", re.I)

# Words before "midnight" that mean the hours after it, the start of the next day.
AFTER_MIDNIGHT = re.compile(r"\b(?:after|past|since|from)\s+$", re.I)


# "the night of" or "the evening of" right before a date: its small hours are the next day's.
NIGHT_OF_BEFORE = re.compile(r"\b(?:night|evening)\s+of\s+(?:the\s+)?$", re.I)
# Words of a night gone through before a small-hours clock time: the hours after the day named last.
NIGHT_CROSSED = re.compile(r"\b(?:through|into|throughout) the (?:night|early hours)\b|\bovernight\b", re.I)


def clock_day(
    ctx: Context,
    start: int,
    tense: str | None = None,
    clock: tuple[int, int] = (0, 0),
    text: str = "",
    local: bool = False,
) -> str | None:
    """The day a clock time without one (at `start`, read `clock` = (hour, minute), in a clause of `tense`) falls
    on: the day the story named last ("injured on Sunday night. Officers were called at about 10.15pm": that
    Sunday), unless a past-tense clock time would then fall after publication (or one to come before it, when that
    day was named in an earlier sentence: then its day is unknown); with no day named, the publication
    day, or the day before when the time is past and the publication's own clock time (when known) is earlier.
    A small-hours clock time after words of a night gone through ("ran through the night before the chair
    suspended them at 4.30am"), or after an evening or night named ("on Friday night … left at 1.50am"), is on the
    day after the day named. A day named in an earlier sentence in a past
    perfect clause put before its main one ("England resumed after India had been bowled out on Monday") is before
    the story's time, not the day of a later clock time, nor is an afternoon, evening or night named last the day
    of a morning clock time gone by ("closed on Thursday afternoon, reopened at 6am"); a clock time of the place
    ("14:20 local time", `local`) is not compared with the publication's. None when the story has moved to a time
    it names no day of (a year, a decade), or the sentence spoke of no particular day ("on a Sunday she opens at
    6 a.m.")."""
    if ctx.undated_start >= 0 and ctx.sentence_start(ctx.undated_start) == ctx.sentence_start(start):
        return None
    if (
        ctx.last_start >= 0
        and not re.search(r"T\d\d:\d\d", ctx.last_value or "")  # "11:02 GMT: … said it happened after 06:30"
        and ctx.told_of_before(start, ctx.last_start)
    ):
        return None  # "Giving evidence on Friday, she said she was woken at 2am": not the day of the saying; a
        # saying timed by the clock dates what it tells of by that clock's day
    if (
        ctx.dct
        and ctx.last_start >= 0
        and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(start)
        and not re.match(r"\d{4}-\d\d-\d\d", ctx.last_value or "")
        and (span := value_span(ctx.last_value or ""))[0]
        and not span[0][:10] <= ctx.dct.date().isoformat() <= span[1][:10]
    ):
        return None  # "Last summer they missed out when paperwork arrived at 7.14pm": a day of that summer, which
        # the sentence does not give, not the day before publication
    back = (
        ctx.earlier_day
        if tense == "past"
        and ctx.earlier_day_start >= 0
        and "\n" not in text[ctx.earlier_day_start : start]
        and ctx.sentence_start(ctx.last_start) != ctx.sentence_start(start)
        and not PAST_PERFECT.search(text, ctx.sentence_start(start), start)
        else None
    )  # "On 2 June 1953, crowds lined the Mall. The country had been rationing sugar since the war. The BBC began its
    # broadcast at 10.15am": back from a look behind in the past perfect, at the story's day of its paragraph
    moved = back or ctx.moved()
    if moved is not None:  # a story gone back in time: the day it told last, or the one after for its small hours
        if not re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", moved):
            return None
        return _small_hours_after(ctx, value_datetime(moved), start, tense, clock, text).strftime("%Y-%m-%d")
    if not ctx.dct:
        return "XXXX-XX-XX"
    if (
        ctx.night_value is not None
        and ctx.night_start < start
        and (
            ctx.last_start < ctx.night_start
            or NIGHT_ON.fullmatch(text, ctx.night_end, max(ctx.night_end, ctx.last_start))
        )
        and ctx.sentence_start(ctx.night_start) == ctx.sentence_start(start)
        and clock < MORNING_AFTER_NIGHT_ENDS
    ):
        # "The A66 was closed overnight and is expected to reopen by 10am": the morning the night runs into, not a
        # day named in an earlier paragraph
        return (date.fromisoformat(ctx.night_value[:10]) + timedelta(days=1)).isoformat()
    named = value_datetime(ctx.last_value) if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.last_value or "") else None
    if ctx.historic and ctx.last_start < 0 and ctx.entry is None:
        named = None  # a live page's entry opening with its clock ("17:55 The warning is extended"): its own time
    if ctx.last_earlier and (ctx.last_start < 0 or ctx.sentence_start(ctx.last_start) != ctx.sentence_start(start)):
        named = None
    if named is not None and ctx.last_aside and ctx.last_start >= 0 and not ctx.aside_holds(ctx.last_start, start):
        # "The window, which opened on 1 January, closed at 11pm": the day in a relative clause set off by commas
        # says when the noun's own event was, not the main clause's; the day the story was at before it, if any
        aside = ctx.aside_day if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.aside_day or "") else None
        named = value_datetime(aside)
    if (
        named is not None
        and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:AF|EV|NI)", ctx.last_value or "")
        and 5 <= clock[0] < 12
        and tense == "past"
        and not PAST_PERFECT.search(text, ctx.sentence_start(start), start)
    ):
        named = None  # "the airport, which closed on Thursday afternoon, reopened at 6am": a morning after it
    if named is not None and tense in ("present", "future") and ctx.last_put_back and named.date() < ctx.dct.date():
        named = None  # "The shop opened at 9am and closes at 5pm" at 07:15, or "It closes at 5pm" in the next
        # sentence or paragraph: the opening was yesterday's only for want of today's 9am; the closing to come is
        # today's, not that day's
    known = ctx.dct.time() != datetime.min.time()  # a publication at midnight is a date without its clock time
    if (
        named is not None
        and tense == "future"
        and not ctx.historic  # a chronology's entry tells of its own day in the present
        and (
            named.date() < ctx.dct.date()
            or (known and named.date() == ctx.dct.date() and clock < (ctx.dct.hour, ctx.dct.minute))
        )
        and (ctx.last_start < 0 or ctx.sentence_start(ctx.last_start) != ctx.sentence_start(start))
    ):
        return None  # "… the commission said on Friday. The count begins at 10pm": not on a day gone by, nor at an
        # hour of publication's day gone by ("a review on Wednesday. Liftoff is scheduled for 4:12 a.m." at 23:30)
    if (
        named is not None
        and tense == "past"
        and known
        and not local
        and named.date() == ctx.dct.date()
        and re.search(r"T\d\d:\d\d", ctx.last_value or "")  # that day came from a clock time, not named
        and clock > (ctx.dct.hour, ctx.dct.minute)
    ):
        named = None  # "called the race at 1:47 a.m. … spoke just before midnight" in a paper out at 3 a.m.: the
        # clock time gone by is not later on publication's day, so it is the day before's
    if (
        named is not None
        and tense == "past"
        and known
        and not local
        and named.date() == ctx.dct.date()
        and clock > (ctx.dct.hour, ctx.dct.minute)
        and clock >= (18, 0)
        and ctx.last_start >= 0
        and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(start)
    ):
        named -= timedelta(days=1)  # "declared shortly before 4am on Friday, where counting had begun at 10.30pm",
        # in a paper out at 6.45am on Friday: an evening gone by is not later on that Friday, but the night before
    if named is not None:
        named = _small_hours_after(ctx, named, start, tense, clock, text)
    if named is not None and not (tense == "past" and named.date() > ctx.dct.date()):
        return named.strftime("%Y-%m-%d")
    day = ctx.dct.date()
    if tense == "past" and known and not local and clock > (ctx.dct.hour, ctx.dct.minute):
        day -= timedelta(days=1)  # "was shot at 10 p.m." in a paper out at 7 a.m.: the night before
    return day.isoformat()


# A clock time before noon told after "overnight" in its sentence is on the morning that night runs into.
MORNING_AFTER_NIGHT_ENDS = (12, 0)
# Words between "overnight" and the day (or time) that dates it: "overnight on Tuesday", "overnight from 8pm on".
NIGHT_ON = re.compile(r"\s+(?:on|from|into)\s+(?:the\s+)?", re.I)


def _small_hours_after(
    ctx: Context, named: datetime, start: int, tense: str | None, clock: tuple[int, int], text: str
) -> datetime:
    """The day of a small-hours clock time told after the day `named` (the day the story named last): the next day
    when a night runs between them ("ran through the night before … at 4.30am", "on Friday night … left at 1.50am",
    "on the night of 14 March … arrived at 01:12", "started at 10pm and crews left at 2am"), else `named`."""
    if clock < (6, 0) and "T" not in (ctx.last_value or "T"):
        opening = ctx.sentence_start(start)
        if NIGHT_CROSSED.search(text, opening, start):  # "ran through the night before the chair suspended
            named += timedelta(days=1)  # them at about 4.30am", after Thursday: Friday's small hours
    if (
        clock < (5, 0)
        and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:1[89]|2[0-3]):\d\d", ctx.last_value or "")
        and (ctx.last_start >= 0 or _next_small_hours_gone_by(ctx, named, clock))
        and tense == "past"
        and not PAST_PERFECT.search(text, ctx.sentence_start(start), start)
    ):
        named += timedelta(days=1)  # "The fire started at 10pm and crews left at 2am": told in order, the small
        # hours after an evening's clock time of the same paragraph are the next day's; in a later paragraph too
        # when that night is the one just gone by ("The first result came at 11.48pm. … By 2am it was clear", in a
        # paper out at 6.45am)
    if clock < (5, 0) and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:EV|NI)", ctx.last_value or ""):
        named += timedelta(days=1)  # "an argument in a bar on Friday night. The group left at 1.50am": the small
        # hours after a night named are the next day's
    return named


def _next_small_hours_gone_by(ctx: Context, named: datetime, clock: tuple[int, int]) -> bool:
    """Whether the small hours `clock` of the day after `named` are the publication's own, gone by at publication
    (known to the minute): the night the story has told of until then."""
    if not ctx.dct or ctx.dct.time() == datetime.min.time():
        return False
    return named.date() + timedelta(days=1) == ctx.dct.date() and clock <= (ctx.dct.hour, ctx.dct.minute)


def _week_before_or_after(ctx: Context, m: re.Match, unit: str, side: re.Match | None) -> Result | None:
    """'the weekend before', 'the week after', counted from the week or weekend named last ("Last weekend they lost,
    and the weekend before they drew": the weekend before last weekend), or the weekend from the day named last
    ("said on Monday that the tree fell the weekend before"). A clause may follow "before" ("the weekend before they
    drew") when the week or weekend it counts from is named in the same sentence. None when it is no such phrase;
    undated when the week named last is not that unit's, since a week or weekend counted from nothing named is not
    publication's."""
    if unit not in ("week", "weekend") or m["rel"].lower() != "the" or m["mod"] or m["after_next"]:
        return None
    last = ctx.last_value or ""
    week = re.fullmatch(r"(\d{4}-W\d\d)(-WE)?", last)
    day = value_datetime(last)
    if side is None:
        side = PRONOUN_CLAUSE_AFTER.match(m.string, m.end())
        if side is None or week is None or ctx.last_start < ctx.sentence_start(m.start()):
            return None
        if (unit == "weekend") != bool(week[2]):
            return None
    sign = -1 if side[1].lower() == "before" else 1
    if week is not None and (unit == "weekend") == bool(week[2]):
        first = date.fromisoformat(value_span(week[1])[0][:10])
        value = week_value(first + timedelta(weeks=sign))
        return "DATE", value + ("-WE" if unit == "weekend" else ""), "relative", {"counted": True, "side": True}
    if day is not None and unit == "weekend":
        d = day.date()
        saturday = d - timedelta(days=(d.weekday() - 5) % 7)  # the last Saturday up to the day
        if sign < 0:
            saturday -= timedelta(weeks=1) if d.weekday() >= 5 else timedelta(0)
        else:
            saturday += timedelta(weeks=1)
        return "DATE", week_value(saturday) + "-WE", "relative", {"counted": True, "side": True}
    return None


# The city before the club named "Wednesday" (after the day its founders met), right before the weekday.
CLUB_BEFORE_WEDNESDAY = re.compile(r"(?-i:\bSheffield)\s+$")
# "before" or "after" and a pronoun opening a clause: "the weekend before they drew at Burnley".
PRONOUN_CLAUSE_AFTER = re.compile(r"\s+(before|after)\s+(?:we|I|you|he|she|it|they)\b", re.I)
# "before" or "after" closing a clause after "the <weekday>": the one before or after the day named last.
DAY_BEFORE_OR_AFTER = re.compile(r"\s+(before|after)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|or|then)\b)", re.I)
# "before" or "after" and a short noun phrase of a thing ending the clause: "on the Friday before the break".
DAY_BEFORE_OR_AFTER_A_THING = re.compile(
    r"\s+(before|after)\s+(?:the|this|that|its|their|his|her)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|or|then)\b)",
    re.I,
)

# A week named right after a weekday: "on Wednesday last week", "on Friday of next week".
WEEK_AFTER_DAY = re.compile(r",? (?:of )?(?P<rel>last|this|next) week\b", re.I)

# "the" right before a word: "the Sun." is the star, not an abbreviated Sunday.
THE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.I)
# Weeks counted back just before a weekday: "a week ago on Wednesday", "two weeks ago Friday".
WEEKS_AGO_BEFORE = re.compile(r"\bweeks?\s+ago,?\s+(?:on\s+)?$", re.I)
# A count of weeks back, where the last date named starts: "Two weeks ago the club signed him on Friday" puts the
# Friday in that week when both hang on one verb.
WEEKS_AGO_AT = re.compile(rf"(?:(?:{NUMBER}) weeks?|a fortnight) ago\b", re.I)

# "The Friday" after a day named more than this many days ahead of publication is that day's week's Friday: no
# weekday of publication's own week can be meant.
WEEK_AHEAD_DAYS = 7
# A weekday ("the Friday") up to this many days before the day to come named last is one of the run of days that ends
# on it ("from Friday 17 July to Sunday 19 July"); further back, the next one after it is meant ("opens on Monday 8
# June … on the Wednesday" is 10 June).
THE_DAY_BACK_DAYS = 2


@rule(
    "weekday",
    # a part of day may come first: "(early) in the evening on Monday" is Monday evening
    rf"(?:(?:(?:early|late) )?in the (?P<pod0>{PART_OF_DAY}) (?:on|of) )?"
    rf"(?:(?P<rel>last|next|this|this past|this coming|past|coming|previous|that|every|each"
    # "every other Friday", "every second Tuesday": a SET every two weeks
    r"|every (?:other|second|alternate))[- ])?"
    rf"(?P<wd>{WEEKDAY})"
    rf"(?P<plural>s)?(?:,? (?P<pod>{PART_OF_DAY})(?P<pods>s)?)?",
)
def _weekday(m: re.Match, ctx: Context) -> Result:
    """'Friday', 'last Monday', 'Sunday evening' -> DATE (with TEV etc.) from the tense; 'every Monday' -> SET."""
    wd = lx.WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    if m["wd"] in ("Sun.", "Sat.") and not rel and THE_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
        return None  # "to orbit the Sun.", "a Sat." ends no weekday: the star or a word cut short
    pod = lx.PARTS_OF_DAY.get((m["pod"] or m["pod0"] or "").lower(), "")
    undated = "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "relative", {"undated": "indefinite day"}
    if rel.startswith("every "):  # "every other Friday": that weekday, every two weeks
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "vague"
    if rel in ("every", "each") or ((m["plural"] or m["pods"]) and not rel):  # "every Monday", "Sunday evenings"
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "vague"
    if m["plural"]:
        return None
    if OF_EVERY_AFTER.match(m.string, m.end()):
        # "a talk on the first Thursday of each month", "meets on the last Friday of every month": that day of
        # every month, on no one calendar day
        return "SET", f"XXXX-WXX-{wd + 1}", "vague"
    if not rel and ctx.opening_hours(m.start("wd"), m.end("wd")):
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "vague"  # "is open from Tuesday to Sunday"
    article = re.search(r"\b(an?|the|one)\s+$", m.string[max(0, m.start() - 5) : m.start()], re.I)
    if not rel and not article and ctx.habitual(m.start("wd"), m.end()):
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "vague"  # "Sales usually peak on Friday"
    if not rel and not pod and PAPER_AFTER_DAY.match(m.string, m.end()):
        if not PREPOSITION_BEFORE_DAY.search(m.string, max(0, m.start() - 6), m.start()):
            return "SET", f"XXXX-WXX-{wd + 1}", "vague"  # "a Sunday newspaper": a paper of every such day
    elif not rel and not pod and _names_a_title(m, ctx, article is not None and article[1].lower() != "one"):
        return None  # "the Sunday Courier": a paper's name, no day
    if not rel and ctx.kind_of_thing(m.start("wd"), m.end()):
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "vague"  # "audiences for Saturday night
        # entertainment": a kind of programme, shown on every such day
    if not rel and not pod and _kind_of_a_dated_thing(m, ctx):
        return "SET", f"XXXX-WXX-{wd + 1}", "vague"  # "met the Queen for Sunday lunch on 4 May", "a Friday dinner
        # on 7 March": the kind of meal or event, whose day is the date written after it, not a day of its own
    if not rel and not pod and DOCUMENT_NAME_AFTER.match(m.string, m.end()):
        return None  # "the Good Friday Agreement", "the Sunday Trading Act" read from its day: a name
    if not rel and not pod and (ctx.day_in_a_name(m.start("wd")) or _in_a_quoted_title(m, ctx)):
        return None  # "Black Saturday on 7 February 2009", the album "South Side Sunday": a name, no day
    if not rel and not pod and m["wd"] == "Wednesday" and CLUB_BEFORE_WEDNESDAY.search(m.string, 0, m.start()):
        return None  # "Wrexham host Sheffield Wednesday on Saturday": a football club, no day
    if article and not rel and ctx.pos_at(_next_word(m.string, m.end())) not in ("NOUN", "PROPN"):
        rel = article[1].lower()  # "a Sunday", "the Monday" standing alone; "the Tuesday deadline" is that Tuesday's
        rel = "a" if rel == "one" else rel  # "then one Friday in July the beer came": some Friday, like "a Friday"
    elif article and not rel and not pod and HABIT.search(_sentence_of(m, ctx)):
        # "doing the Saturday crossword down the club, same as always": the week's thing, no calendar day
        return "SET", f"XXXX-WXX-{wd + 1}", "vague"
    elif (
        article
        and not rel
        and not pod
        and SCHEDULED.match(m.string, m.end())
        and ctx.tense(m.start(), m.end()) != "past"
    ):
        # "The Sunday service starts earlier", "the Monday collection will move": what a timetable runs on every
        # such day, no one calendar day (told in the past, "the Sunday service was packed", it may be one)
        return "SET", f"XXXX-WXX-{wd + 1}", "vague"
    if (
        not article
        and not rel
        and not pod
        and WEEKDAY_PRACTICE.match(m.string, m.end())
        and not PREPOSITION_BEFORE_DAY.search(m.string, max(0, m.start() - 6), m.start())
    ):
        # "proposed changes to Sunday working", "Sunday trading laws", "Saturday jobs": a practice of every such day,
        # no one calendar day ("on Sunday working hours change" has its preposition; "the Sunday trading" its article)
        return "SET", f"XXXX-WXX-{wd + 1}", "vague"
    if rel in ("a", "an"):  # "on a Sunday": some Sunday, no calendar day
        return undated
    if not rel and A_DESCRIBED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return undated  # "We left London on a grey Tuesday in May": some Tuesday, described, no calendar day
    if (
        not rel
        and 0 <= ctx.undated_start < m.start()
        and ctx.last_start < ctx.undated_start
        and re.match(rf"{WEEKDAY}\b", m.string[ctx.undated_start :], re.I)
    ):
        # '"On the Saturday, we went to the beach … On Sunday afternoon the buses came"': the day after, in that
        # week of the story whose calendar days are not known, not this Sunday
        return undated
    side = DAY_BEFORE_OR_AFTER.match(m.string, m.end()) if rel == "the" else None
    thing = None
    if rel == "the" and side is None and ctx.last_start >= ctx.sentence_start(m.start()) >= 0:
        # "The election is on 4 July, and the party will rally on the Tuesday before the vote": the thing the
        # weekday is counted from is the one its sentence dated, before it
        side = thing = DAY_BEFORE_OR_AFTER_A_THING.match(m.string, m.end())
    named = re.match(r"\d{4}-\d\d-\d\d", ctx.last_value or "") if side else None
    if named:  # "on 21 December ... on the Saturday before": the Saturday before that day
        day, step = date.fromisoformat(named.group()), -1 if side[1].lower() == "before" else 1
        day += timedelta(days=step)
        while day.weekday() != wd:
            day += timedelta(days=step)
        # counted from a thing its sentence dated, the day is beside that thing's, where the story stays ("sit
        # papers on the Friday before the break and again the Monday after": after the break)
        return "DATE", day.isoformat() + (f"T{pod}" if pod else ""), "relative", {"beside": True} if thing else {}
    if rel == "the":  # "on the Monday": the Monday of the story's week, when it names a day; else none
        reference = value_datetime(ctx.last_value)
        ahead = (
            reference is not None
            and ctx.dct is not None
            and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.last_value or "") is not None
            and (reference.date() - ctx.dct.date()).days > WEEK_AHEAD_DAYS
        )
        if ahead:  # "runs from Friday 17 July to Sunday 19 July … headlines on the Friday": the day to come the
            # story named last, or the first such weekday after it, unless it falls up to THE_DAY_BACK_DAYS before
            back = (reference.weekday() - wd) % 7
            step = -back if back <= THE_DAY_BACK_DAYS else (wd - reference.weekday()) % 7
            day = reference.date() + timedelta(days=step)
            return "DATE", day.isoformat() + (f"T{pod}" if pod else ""), "relative"
        if reference is None or ctx.moved() is None:
            return undated
        day = reference.date()
        while day.weekday() != wd:
            day += timedelta(days=1)
        return "DATE", day.isoformat() + (f"T{pod}" if pod else ""), "relative"
    if (
        not rel
        and ctx.last_scene
        and ctx.moved() is not None
        and not ctx.quoted(m.start())
        and ctx.tense(m.start("wd"), m.end()) == "past"
        and not ctx.perfect(m.start("wd"), m.end())
    ):
        # "On a cold morning in March 2019, she walked into the unit … On Tuesday, she was handed her first patient":
        # a day of the week the scene is set in, which the text dates no closer; not the Tuesday before publication
        return "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "relative", {"undated": "day of a scene"}
    if not ctx.dct:
        return "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), "relative"
    framed = ctx.framed(m.start("wd"))
    if framed is not None:  # 'wrote in 2019: "I will pay on Friday"': that Friday is the letter's, not ours
        reference = value_datetime(framed)
        if reference is None:
            return undated
        d = weekday_date(
            reference.date(), wd, {"last": "before", "next": "after"}.get(rel) or ctx.tense(m.start("wd"), m.end())
        )
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative"
    entry = re.fullmatch(r"\d{4}-\d\d-\d\d", (ctx.last_value or "")[:10])
    if ctx.historic and not rel and entry and ctx.last_start >= 0:
        # a chronology's entry ("Last Friday - Talks collapse. Voss says the board will meet on Monday") tells of
        # its own day: a weekday in it is counted from that day, not from publication
        tense = ctx.tense(m.start("wd"), m.end())
        if tense in ("past", "future"):
            # a live page's entry opens with its clock time on the day itself: "11:10 The river will peak on
            # Wednesday evening", on a Wednesday, is that evening, as in the rest of a day's news; a dated entry of
            # a chronology names another day than its own
            side = tense if ctx.live else ("before" if tense == "past" else "after")
            d = weekday_date(date.fromisoformat(entry.group()), wd, side)
            return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative"
    to_come = re.fullmatch(r"\d{4}-\d\d-\d\d", (ctx.last_value or "")[:10])
    if (
        not rel
        and to_come
        and ctx.last_start >= ctx.sentence_start(m.start()) >= 0
        and date.fromisoformat(to_come.group()) > ctx.dct.date()  # a clock time alone is on publication's day
        and LOOKING_AHEAD_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start())
    ):
        # "routes would close from 7pm on Friday and were not expected to reopen before Sunday afternoon": what is
        # (or was) expected, due or scheduled after a day to come in its sentence looks ahead from that day
        d = weekday_date(date.fromisoformat(to_come.group()), wd, "future")
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative"
    direction = {
        "last": "before",
        "past": "before",
        "this past": "before",
        "previous": "before",
        "next": "after",
        "coming": "after",
        "this coming": "after",
        "this": "this",
    }.get(rel)
    usual = ctx.last_usual_week  # "over half term, which begins on Friday": the Friday to come, not its week's
    named_week = re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", ctx.last_value or "") if not rel and not usual else None
    if (
        named_week
        and ctx.last_start >= ctx.sentence_start(m.start())
        and date.fromisocalendar(int(named_week[1]), int(named_week[2]), 1) > ctx.dct.date()
        and ctx.tense(m.start("wd"), m.end()) != "past"  # "… from next week, astronomers said on Monday": gone by
    ):
        # "Next weekend, England play Italy on Saturday afternoon", in a Saturday paper: the day of the week (or
        # weekend) to come that its sentence named, not the nearest such day to publication
        d = date.fromisocalendar(int(named_week[1]), int(named_week[2]), wd + 1)
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative", {"week_named": True}
    ahead = re.fullmatch(r"(\d{4})-W(\d\d)", ctx.week_ahead or "") if not rel else None
    if (
        ahead
        and 0 <= ctx.week_ahead_start < m.start()
        and ctx.sentence_start(ctx.week_ahead_start) >= ctx.sentence_start(max(0, ctx.sentence_start(m.start()) - 2))
        and ctx.quoted(ctx.week_ahead_start) == ctx.quoted(m.start())
        and ctx.tense(m.start("wd"), m.end()) == "future"
        and date.fromisocalendar(int(ahead[1]), int(ahead[2]), 1) > ctx.dct.date()
    ):
        # "The union will strike on three days next week. No trains will run on Tuesday": a day to come told right
        # after the week to come that frames it, in its sentence or the one before, is that week's day
        d = date.fromisocalendar(int(ahead[1]), int(ahead[2]), wd + 1)
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative", {"week_named": True}
    week_after = WEEK_AFTER_DAY.match(m.string, m.end()) if direction is None else None
    if week_after:  # "on Wednesday last week", "Friday next week": that week's day
        step = {"last": -1, "this": 0, "next": 1}[week_after["rel"].lower()]
        monday = ctx.dct.date() - timedelta(days=ctx.dct.weekday()) + timedelta(weeks=step)
        d = monday + timedelta(days=wd)
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative"
    ago = re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_value or "")
    if (
        direction is None
        and ago
        and ctx.last_start >= ctx.sentence_start(m.start()) >= 0
        and WEEKS_AGO_AT.match(m.string, ctx.last_start)
        and not WEEKS_AGO_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        and ctx.same_verb(ctx.last_start, m.start("wd"))
    ):
        # "Two weeks ago the club signed him on Friday": the Friday of the week that far back, which the clause of
        # its verb named, not the nearest Friday to publication
        counted = date.fromisoformat(ctx.last_value)
        d = counted + timedelta(days=wd - counted.weekday())
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative"
    if direction is None and ago and WEEKS_AGO_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        # "a week ago on Wednesday", "two weeks ago Friday": that week's day, nearest the date counted back
        counted = date.fromisoformat(ctx.last_value)
        d = next(
            counted + timedelta(days=k)
            for k in (0, -1, 1, -2, 2, -3, 3)
            if (counted + timedelta(days=k)).weekday() == wd
        )
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative"
    week = re.fullmatch(r"(\d{4})-W(\d\d)", ctx.last_value or "") if not usual else None
    if (
        direction is None
        and week
        and ctx.last_start >= ctx.sentence_start(m.start()) >= 0
        and ctx.last_start >= 0
        and ctx.quoted(ctx.last_start) == ctx.quoted(m.start())  # '"Last week we lost," he said on Monday'
        and ctx.tense(m.start("wd"), m.end()) != "past"  # "visible from next week, astronomers said on Monday"
    ):
        # "by the middle of next week, with highs of 12C on Wednesday": that week's Wednesday
        d = date.fromisocalendar(int(week[1]), int(week[2]), wd + 1)
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative", {"week_named": True}
    if (
        direction is None
        and week
        and ctx.last_start >= ctx.sentence_start(m.start()) >= 0
        and date.fromisocalendar(int(week[1]), int(week[2]), 7) < ctx.dct.date() - timedelta(days=ctx.dct.weekday())
        and ctx.same_verb(ctx.last_start, m.start("wd"))
        and ctx.tense(m.start("wd"), m.end()) == "past"
    ):
        # "Last week the council met on Tuesday": the Tuesday of the week gone by that the same verb's clause named,
        # not the nearest one ("Sales rose last week, the company said on Tuesday" dates the saying, another verb)
        d = date.fromisocalendar(int(week[1]), int(week[2]), wd + 1)
        return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative", {"week_named": True}
    month = re.fullmatch(r"(\d{4})-(\d\d)", ctx.last_value or "")
    if (
        direction is None
        and month
        and ctx.last_start >= ctx.sentence_start(m.start()) >= 0
        and ctx.quoted(ctx.last_start) == ctx.quoted(m.start())
        and ctx.same_verb(ctx.last_start, m.start("wd"))
        # "reported a profit for the year to March on Thursday": the month ends the period reported on, it does not
        # set the time of the reporting
        and not PERIOD_ENDS_BEFORE.search(m.string, max(0, ctx.last_start - 20), ctx.last_start)
    ):
        tense = ctx.tense(m.start("wd"), m.end())
        d = weekday_date(ctx.dct.date(), wd, tense)
        if tense in ("past", "future") and (d.year, d.month) != (int(month[1]), int(month[2])):
            # "Last month's hearing was adjourned on Tuesday", "In April the hearing was adjourned on Tuesday", in
            # May: a Tuesday of the month its clause named, which one not said; the Tuesday nearest publication is
            # not in it
            return undated
    year = re.fullmatch(r"\d{4}", ctx.last_value or "")
    if (
        direction is None
        and year
        and ctx.last_start >= ctx.sentence_start(m.start()) >= 0
        and re.search(r"\b(?:in|during)\s+$", m.string[max(0, ctx.last_start - 8) : ctx.last_start], re.I)
        and ctx.quoted(ctx.last_start) == ctx.quoted(m.start())
        and ctx.same_verb(ctx.last_start, m.start("wd"))
        and weekday_date(ctx.dct.date(), wd, ctx.tense(m.start("wd"), m.end())).year != int(year[0])
    ):
        # "In 2019 the union called off Friday strikes", in a 2026 paper: a Friday of the year its clause named,
        # which one not said; the Friday nearest publication is not in it ("the highest since 2008 on Tuesday"
        # only bounds a length, and the Tuesday is the nearest)
        return undated
    if direction is None:
        direction = ctx.tense(m.start("wd"), m.end())
        if direction is None and ctx.listing:
            direction = "future"  # "SUNDAY: A charity 10k starts at the lido", in a Thursday listing: this Sunday
        if (
            direction != "future"
            and FOR_DAY_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
            and not ctx.set_for_the_day_before(m.start("wd"), m.end())
        ):
            # "sailings had been cancelled for Friday", "is listed as questionable for Sunday", "tickets for
            # Sunday's game": the day they were due, to come
            direction = "future"
        elif (
            direction is None
            and BY_DAY_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
            and not NOT_BEFORE_DAY.search(m.string, ctx.sentence_start(m.start()), m.start())
        ):
            # "up to 40mm of rain could fall by Sunday night": a deadline at a day, in a clause with no tense (a
            # "could" of what may happen), is one still to come, not the day gone by
            direction = "future"
        elif (
            direction == "past"
            and SPAN_BOUND_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
            and ctx.perfect(m.start("wd"), m.end())
        ):
            # "a warning has been issued from 6pm on Friday until midday Sunday", "has been put back to Monday":
            # what was done is in force till then, so the days bounding it are to come
            direction = "future"
        elif (
            direction == "past"
            and WARNED_OF_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start())
            and ctx.sentence_start(m.start()) <= max(ctx.last_start, ctx.undated_start) < m.start()
        ):
            # "The day after that, rail operators warned of further disruption on Monday morning": the warning has
            # its own time, so the day is what it warns of, which lies ahead of it (alone, "warned of snow on
            # Monday" may date the warning)
            direction = "future"
        elif (
            direction != "future"
            and SUPPLY_UNTIL_BEFORE.search(m.string, max(0, m.start() - 100), m.start())
            and SAID_IN.search(_sentence_of(m, ctx))
        ):
            # "the owner said the men had enough water to last until Tuesday": what is said to be in hand now runs
            # out on a day to come
            direction = "future"
        elif (
            direction == "past"
            and AHEAD_OF_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
            and m.string.startswith(("'s", "’s"), m.end("wd"))
            and PLANNED_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start())
        ):
            # "he would hold a meeting before Tuesday's game": a day's event still ahead of what is planned
            direction = "future"
        following = _day_after_a_day_to_come(ctx, m, wd, direction)
        if following is not None:
            return "DATE", following.isoformat() + (f"T{pod}" if pod else ""), "relative"
    d = weekday_date(ctx.dct.date(), wd, direction)
    if rel == "next" and (d - ctx.dct.date()).days <= NEXT_WEEKDAY_NOT_WITHIN_DAYS:
        # "next Thursday" in a Wednesday paper: tomorrow would be "tomorrow" or plain "Thursday", so a writer who puts
        # "next" on it means the Thursday of the week after, as British usage reads it
        d += timedelta(weeks=1)
    return "DATE", d.isoformat() + (f"T{pod}" if pod else ""), "relative"


# Words that make the month after them the end of a period ("the year to March", "the six months ended June").
PERIOD_ENDS_BEFORE = re.compile(r"\b(?:to|until|till|through|ending|ended|ends)\s+(?:the end of\s+)?$", re.I)


# A weekday this many days or fewer after publication is not what "next" names: the day after publication is called
# "tomorrow" or by its plain name. Two days on ("next Friday" on a Wednesday) is left the nearer Friday, the reading
# English speakers are most split on.
NEXT_WEEKDAY_NOT_WITHIN_DAYS = 1


# How many days after a day to come that the story named last a weekday told in the present may fall and be read
# as the next day of that run ("… on Thursday night. Friday's late film is …"): only the very next day, since a
# weekday further on is as likely the nearer one ("The final is on Saturday 28th. Tickets are on sale from
# Monday").
RUN_ON_DAYS = 1
# How many days after publication that day to come may be: a listing of the week ahead runs day by day from now; a
# day weeks off ("The final is on 26 April") is a single date, and a weekday after it is counted from publication.
RUN_AHEAD_DAYS = 7


def _day_after_a_day_to_come(ctx: Context, m: re.Match, wd: int, direction: str | None) -> date | None:
    """A weekday not told in the past (a timetable, a listing) in a sentence after the one that named the day before
    it, itself to come: the story goes on day by day, so "Friday's late film is …" after "Thursday night" in a
    Saturday paper is the coming Friday, not yesterday, and "follows on Sunday" after "Next weekend … on Saturday" is
    the day after that Saturday, not tomorrow. None when the weekday's own reading already falls on or after that
    day."""
    if ctx.dct is None or ctx.quoted(m.start()) or ctx.past_form(m.start("wd"), m.end()):
        return None  # "On Friday, the government planned to pay": a plan told as gone by
    if direction == "past" and not (
        m.string.startswith(("'s", "’s"), m.end("wd")) and ctx.next_verb_tense(m.end()) not in ("past", None)
    ):
        return None  # told as gone by; a day's thing ("Friday's film") is past only by default, its verb decides
    last = re.match(r"\d{4}-\d\d-\d\d", ctx.last_value or "")
    if not last:
        return None
    last_day = date.fromisoformat(last.group())
    if not 0 < (last_day - ctx.dct.date()).days <= RUN_AHEAD_DAYS:
        return None  # "The final is on 26 April. Tickets go on sale on Monday": a day weeks off is no run from now
    if ctx.last_start >= ctx.sentence_start(m.start()):
        return None  # "tickets for Monday and Tuesday": a list or run in one sentence is placed as one (elsewhere)
    if ctx.last_start < 0 and not ctx.listing and SAID_IN.search(_sentence_of(m, ctx)):
        return None  # "… unsettled weather from Wednesday. | Swinney said the committee would meet on Thursday": a
        # new paragraph's saying is news of now, not the next day of a run the paragraph before ended on
    step = (wd - last_day.weekday()) % 7
    if not 0 < step <= RUN_ON_DAYS:
        return None
    read = weekday_date(ctx.dct.date(), wd, direction)
    return last_day + timedelta(days=step) if read < last_day else None


# A supply that lasts until a day: "had enough food to last until Tuesday", "stocks to last through Friday".
SUPPLY_UNTIL_BEFORE = re.compile(
    r"\b(?:enough|sufficient|stocks?|supplies|reserves?)\b[^.;!?]{0,80}\bto last\s+(?:until|till|through|into)\s+$",
    re.I,
)
SAID_IN = re.compile(r"\b(?:said|says|say|told|tells|according to)\b", re.I)

# Words of a habit in a sentence: "same as always", "as usual", "every week", "never misses".
# The nouns of what a timetable runs on a day of every week, right after a weekday: "the Sunday service", "the
# Saturday timetable", "the Monday bin collection".
SCHEDULED = re.compile(
    r"\s+(?:(?:bin|rubbish|waste|recycling|train|rail|bus|ferry|tram|late|early|morning|evening|night)\s+)?"
    r"(?:services?|timetables?|schedules?|collections?|opening hours|hours|trading|markets?|sailings?|departures?"
    r"|deliveries|delivery|surgery|surgeries|clinics?|fares?)\b",
    re.I,
)
# A recurring period right after a weekday: "the first Thursday of each month", "the last Friday of every month".
OF_EVERY_AFTER = re.compile(r"\s+of\s+(?:each|every)\s+(?:month|year|term|season|quarter)\b", re.I)
# Nouns of a practice of work, trade or leisure right after a bare weekday: "Sunday working", "Sunday trading laws",
# "Saturday jobs", "weekend and Sunday shifts", "longer Sunday hours" (the hours kept on every such day; "died Sunday
# hours after the crash" counts hours from one).
WEEKDAY_PRACTICE = re.compile(
    r"\s+(?:working|work|trading|shopping|shifts?|rotas?|overtime|opening|pay|premiums?|jobs?|staffing|worship"
    r"|league|leagues|schools?|roasts?|lunch(?:es)?|brunch(?:es)?"
    r"|hours(?!\s+(?:before|after|later|earlier|ago)\b))\b(?!\s+(?:on|at)\b)",
    re.I,
)
# One or two words and a date written in full with "on" after a weekday: "Sunday lunch on 4 May", "a Friday
# dinner on March 7". Only nouns may stand between (see _kind_of_a_dated_thing).
DATED_AFTER_KIND = re.compile(
    rf"\s+(?P<kind>[a-z]+(?:\s+[a-z]+)?)\s+on\s+(?:the\s+)?(?:{DAY_NUMBER}(?:\s+of)?\s+{MONTH}|{MONTH}\s+{DAY_NUMBER})\b"
)


def _kind_of_a_dated_thing(m: re.Match, ctx: Context) -> bool:
    """Whether the weekday of `m` names the kind of a meal or an event ("Sunday lunch", "a Friday dinner") whose own
    date follows it with "on" ("for Sunday lunch on 4 May"): every word between is a noun, so the day qualifies
    them ("said Tuesday voting begins on 4 May" has a verb between, and its Tuesday is a day)."""
    after = DATED_AFTER_KIND.match(m.string, m.end())
    if after is None:
        return False
    words = list(re.finditer(r"[a-z]+", after["kind"]))
    return all(ctx.pos_at(after.start("kind") + w.start()) == "NOUN" for w in words)


# A paper sold on that day of every week, right after a weekday: "a Sunday newspaper", "the Saturday papers".
PAPER_AFTER_DAY = re.compile(r"\s+(?:newspapers?|papers?|tabloids?|broadsheets?|supplements?|editions?)\b", re.I)
# A capitalised word right after "the" and a weekday, making one name of them: "the Sunday Courier", "the Sunday
# Times", "the Saturday Club". Words of time that follow a day of the calendar are no name ("the Sunday Night").
NAME_AFTER_DAY = re.compile(rf"\s+(?!(?:{MONTH}|{WEEKDAY}|{PART_OF_DAY}|Week|Weekend)\b)(?-i:[A-Z][a-z]+)\b", re.I)
# Over this share of a sentence's longer words capitalised, it is a headline in title case, where a capital marks
# no name ("Fans Gather for the Sunday Final").
TITLE_CASE_SHARE = 0.5


def _names_a_title(m: re.Match, ctx: Context, article: bool) -> bool:
    """Whether the weekday of `m` is part of a name, not a day: "the Sunday Courier", "a Sunday Times poll" (a
    capitalised word after "the" or "a" and the day, outside a headline in title case), or, with no article, a day
    and a capitalised name word that together qualify a common noun after them ("as Sunday Times poll slips"); not a
    day a clause of its own follows ("officials said Tuesday Russia had")."""
    after = NAME_AFTER_DAY.match(m.string, m.end())
    if not after:
        return False
    if not article:
        if PREPOSITION_BEFORE_DAY.search(m.string, max(0, m.start() - 6), m.start()):
            return False
        follower = _next_word(m.string, after.end())
        if ctx.pos_at(_next_word(m.string, m.end())) != "PROPN":
            return False
        if not m.string[follower : follower + 1].islower() or ctx.pos_at(follower) != "NOUN":
            return False
    elif not re.search(r"\b(?:the|an?)\s+$", m.string[max(0, m.start() - 5) : m.start()], re.I):
        return False
    return not _in_title_case(_sentence_of(m, ctx))


def _in_title_case(sentence: str) -> bool:
    """Whether over half of the sentence's longer words after the first are capitalised (months and weekdays, which
    any sentence capitalises, left out): a headline in title case, where a capital marks no name."""
    words = re.findall(r"\b[A-Za-z]{4,}\b", sentence)[1:]  # the first word is capitalised anyway
    words = [w for w in words if not re.fullmatch(rf"{MONTH}|{WEEKDAY}", w, re.I)]  # capitalised in any sentence
    return sum(w[0].isupper() for w in words) > TITLE_CASE_SHARE * len(words)


# The most words a quoted title may have ("South Side Sunday", "Ruby Tuesday"); a longer quotation is someone's words.
QUOTED_TITLE_WORDS = 6
# A closing quotation mark.
QUOTE_CLOSE = re.compile(r"[\"”]")


def _in_a_quoted_title(m: re.Match, ctx: Context) -> bool:
    """Whether the weekday of `m` is a word of a short quotation in title case ("His 1967 album, "South Side
    Sunday," is a landmark"): a work's name, no day. Not in a sentence in title case itself (a headline), where a
    capital marks no name, and not a quotation of one or two words ("Sunday")."""
    start = m.start("wd")
    if not ctx.quoted(start):
        return False
    opening = ctx.quote_start(start)
    closing = QUOTE_CLOSE.search(m.string, m.end())
    if closing is None:
        return False
    words = re.findall(r"[A-Za-z][A-Za-z']*", m.string[opening + 1 : closing.start()])
    if not 2 <= len(words) <= QUOTED_TITLE_WORDS or not all(w[0].isupper() for w in words if len(w) > 3):
        return False
    sentence = _sentence_of(m, ctx)
    outside = sentence.replace(m.string[opening : closing.end()], " ")
    rest = [w for w in re.findall(r"\b[A-Za-z]{4,}\b", outside)[1:] if not re.fullmatch(rf"{MONTH}|{WEEKDAY}", w, re.I)]
    return sum(w[0].isupper() for w in rest) <= TITLE_CASE_SHARE * len(rest)


# A preposition right before a weekday: "on Sunday working hours change" dates its clause.
PREPOSITION_BEFORE_DAY = re.compile(r"\b(?:on|by|until|till|from|since|before|after|next|last|this)\s+$", re.I)
HABIT = re.compile(
    r"\b(?:always|usually|as usual|every (?:week|weekend)|each week|weekly|regularly|routinely|never miss\w*"
    r"|without fail|habit)\b",
    re.I,
)


def _sentence_of(m: re.Match, ctx: Context) -> str:
    """The sentence of the match `m`, from its start to the next full stop (or the text's end)."""
    start = max(0, ctx.sentence_start(m.start()))
    end = re.compile(r"[.!?](?:\s|$)").search(m.string, m.end())
    return m.string[start : end.end() if end else len(m.string)]


# "before" or "ahead of" right before a day's event ("before Tuesday's game"), and the words of a plan before it in
# its sentence ("would hold a meeting", "will travel"): that event is still to come.
AHEAD_OF_BEFORE = re.compile(r"\b(?:before|ahead of)\s+$", re.I)
PLANNED_BEFORE = re.compile(r"\b(?:will|would|shall|'ll|’ll|plans? to|planned to|is to|are to|is due to)\b", re.I)

# "for" right before a day: the day something was set for ("cancelled for Friday", "booked for Monday").
# "by" right before a weekday: a deadline at that day; and a denial before it in its sentence.
BY_DAY_BEFORE = re.compile(r"\bby\s+$", re.I)
NOT_BEFORE_DAY = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.I)
FOR_DAY_BEFORE = re.compile(r"\bfor\s+$", re.I)
# A warning or a forecast of a thing right before the day it is of: "warned of further disruption on Monday",
# "forecast heavy snow for Tuesday", "warning of delays from Friday".
WARNED_OF_BEFORE = re.compile(
    r"\b(?:warn(?:ed|s|ing)?|forecast(?:ers?|s|ing)?|predict(?:ed|s|ing)?)\s+(?:of|about)\s+[^.;:!?,]{1,60}?\s+"
    r"(?:on|from|by|until|over)\s+(?:(?:early|late)\s+)?$",
    re.I,
)

# Words before a day that bound a stretch of time ("from 6pm on", "until midday", "to") or move a date to it.
SPAN_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|to|through|from)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\.?|midday|noon|midnight)\s+)?"
    r"(?:on\s+)?$",
    re.I,
)


# Words right before a year that make it the end of a stretch: "could run into next year", "lasts until 2028".
RUN_INTO_BEFORE = re.compile(r"\b(?:into|until|till)\s+$", re.I)


# A capitalised word right before a capitalised "Today": the end of a title ("Neurology Today", "USA Today").
NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z&'-]*\s+$")


# An owner's "'s" right before a capitalised "Today": a programme or paper of a broadcaster or publisher ("BBC
# Radio 4's Today programme", "NBC's Today"); a day would be "today's", lower case, mid-sentence.
POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s+$")
# A noun of a programme or publication right after a capitalised "Today": "the Today programme", "Today show". Only
# the singular: "Today shows that is not the case" is the day, with its verb.
PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|show|newspaper|podcast|broadcast|bulletin|presenter|host)\b")


# A determiner right before "last": "the last morning", "their last night" is the final one of some stretch ("her"
# is left out: "told her last night" is the night before publication).
FINAL_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|our|my|your|whose)\s+$", re.I)


# Words of likeness right before "yesterday": "feels like (only) yesterday", "as if it were yesterday".
LIKENESS_BEFORE = re.compile(r"\b(?:like|as if it (?:was|were))\s+(?:only\s+|just\s+)?$", re.I)


@rule(
    "relative_day",
    rf"(?:(?P<pre>mid-?|early|late|later|earlier)[- ](?:on "
    rf"|in the )?)?(?:(?P<pod0>{PART_OF_DAY}) )?(?P<day>the day before yesterday|the day after tomorrow|today|tomorrow"
    rf"|yesterday|tonight|last night|overnight|the night(?!\s+(?:of|before|that|when|in|on)\b))"
    rf"(?:(?:'s)? (?P<pod>{PART_OF_DAY}))?",
)
def _relative_day(m: re.Match, ctx: Context) -> Result:
    """'yesterday', 'tomorrow morning', 'tonight', 'last night' -> DATE/TIME relative to the DCT."""
    word = m["day"].lower()
    like = LIKENESS_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    if word == "yesterday" and m.group(0).lower() == word and like:
        return None  # "It feels like yesterday", "seems like only yesterday": a likeness, no day
    if word == "the night":
        if m.group(0).lower() != word or not NIGHT_THROUGH.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "the night" alone names no night; "the night of 5 May" is that day's
        if HABIT_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start()):
            return None  # "In the winter we would bake through the night": any such night, none in particular
        if _nights_of_a_habit(m, ctx):
            return None  # "She has not slept through the night since": no night in particular
        word = "overnight"  # "Engineers worked through the night": as "overnight"
    elif (
        word == "last night"
        and m.group(0).lower() == word
        and FINAL_DETERMINER_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    ):
        return None  # "on their last night in Paris": the final night of a stay, not the one before publication
    elif word == "overnight" and (m.group(0).lower() != word or ctx.pos_at(m.start()) not in ("ADV", "")):
        return None  # "an overnight stay", "an overnight success": a kind of thing, no night
    if word == "overnight":
        # "brought gusts of 80mph overnight": the night just gone, unless told as still to come ("Temperatures will
        # fall overnight": tonight)
        told = re.match(r"\d{4}-\d\d-\d\d", ctx.last_value or "")
        if ctx.moved() is not None:  # "The dam failed at 3am on 21 May 1975 … Rescuers searched through the night":
            # that day's night, in a story gone back in time; none it names when its last date is no day
            night = f"{told.group()}TNI" if told else "XXXX-XX-XXTNI"
            return "TIME", night, "relative", ({**OVER_TWO_DAYS} if told else {"undated": "a night of the story"})
        if (
            told
            and ctx.last_start >= ctx.sentence_start(m.start())
            and (ctx.dct is None or told.group() < ctx.dct.date().isoformat())
        ):  # a day before publication's: "without power on Wednesday after gusts overnight" is last night
            day = told.group()
            if SAID_ON_BEFORE.search(m.string, max(0, ctx.last_start - 30), ctx.last_start):
                # "Israel said on Wednesday its forces had searched through the night": the night the saying came
                # after, which ran into that day
                day = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
            return "TIME", f"{day}TNI", "relative", OVER_TWO_DAYS  # "Talks on Tuesday went on overnight"
        if (
            told
            and ctx.last_start < ctx.sentence_start(m.start())  # a paragraph before, or a sentence before
            and (
                EVENING_TOLD.fullmatch(ctx.last_value or "")
                or (  # "raised the alarm at 8pm on Tuesday": the evening's clock time, read before its day
                    ctx.last_start >= 0
                    and EVENING_CLOCK_ON_BEFORE.search(m.string, max(0, ctx.last_start - 20), ctx.last_start)
                    is not None
                )
            )
            and (ctx.dct is None or told.group() < ctx.dct.date().isoformat())
            and ctx.tense(m.start(), m.end()) == "past"
        ):  # "his wife reported him missing at 9.40pm. || Rescue teams searched through the night", "By 10pm,
            # 20,000 homes had lost power. Engineers worked through the night": a chronology told by the clock has
            # reached that day's evening, and the night that follows is its own
            return "TIME", f"{told.group()}TNI", "relative", OVER_TWO_DAYS
        if (
            told
            and ctx.last_start < 0
            and MORNING_TOLD.fullmatch(ctx.last_value or "")
            and (ctx.dct is None or told.group() < ctx.dct.date().isoformat())
            and ctx.tense(m.start(), m.end()) == "past"
        ):  # "called out at 7.40pm, and his body was found the following morning. || A helicopter joined the search
            # overnight": a chronology that has reached a morning gone by tells of the night that led to it
            night = date.fromisoformat(told.group()) - timedelta(days=1)
            return "TIME", f"{night.isoformat()}TNI", "relative", OVER_TWO_DAYS
        tense = ctx.tense(m.start(), m.end())
        if (
            told
            and tense == "future"
            and ctx.dct is not None
            and told.group() > ctx.dct.date().isoformat()
            and (ctx.last_start >= 0 or EVENING_TOLD.fullmatch(ctx.last_value or ""))
        ):  # "Rain will arrive on Sunday and continue overnight", "will close from 6pm on Friday. Work will continue
            # overnight", "a warning for snow from 6pm on Saturday. || Up to 20cm could fall overnight": the night of
            # the day to come its paragraph named before it, or of an evening to come just named, not tonight
            return "TIME", f"{told.group()}TNI", "relative", OVER_TWO_DAYS
        stop = re.compile(r"[.!?](?:\s|$)").search(m.string, m.end())
        if tense == "future" and NIGHTS_OF_DAYS_AFTER.search(
            m.string, m.end(), stop.start() if stop else len(m.string)
        ):
            # "will close it overnight between 21:00 and 05:00 from Monday to Friday next week": each night of the
            # days named, none of them tonight
            return "TIME", "XXXX-XX-XXTNI", "relative", {"undated": "the nights of a stretch of days"}
        day = "tonight" if tense == "future" else "last night"
        return (*_relative_day_value(day, None, m, ctx), OVER_TWO_DAYS)
    if word in ("today", "tomorrow") and m.group(0).lower() == word and _what_one_would_do(m, ctx):
        return None  # "I would do it again tomorrow": a figure of speech, no day
    return _relative_day_value(word, m["pod"] or m["pod0"], m, ctx)


# "would" or "'d" of what someone would do, not of what would have been: "I would do it again tomorrow".
WOULD_DO = re.compile(r"\b(?:would|'d)\b(?!\s+(?:have|not have|never have)\b)", re.I)
# A verb of saying or thinking before "would": "he told me he would come tomorrow" reports a plan, a day.
REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|promised|thought|knew|hoped|expected|announced|warned|insisted|agreed|decided|"
    r"planned|confirmed|wrote)\b",
    re.I,
)


# "I" or "we" right before "would" (or "'d"): the writer's own "I would do it again tomorrow", outside quotations.
FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|we)\s*$", re.I)


def _what_one_would_do(m: re.Match, ctx: Context) -> bool:
    """Whether "today" or "tomorrow" at `m` is said of what the speaker would do, in a quotation ("I would do it again
    tomorrow," she said; "If they asked me, I would sign today") or by the writer in the first person ("and I would do
    it again tomorrow"): a figure of speech or a thing that depends on something else, not a day. Reported plans are
    left a day ("He told me he would come tomorrow"; "she said she would resign tomorrow")."""
    quoted = ctx.quoted(m.start())
    start = max(ctx.quote_start(m.start()), ctx.sentence_start(m.start())) if quoted else ctx.sentence_start(m.start())
    would = next(reversed(list(WOULD_DO.finditer(m.string, start, m.start()))), None)  # the last before the day
    if would is None or REPORTED_BEFORE.search(m.string, start, would.start()) is not None:
        return False
    return quoted or FIRST_PERSON_BEFORE.search(m.string, max(start, would.start() - 6), would.start()) is not None


# Days named after "overnight" in its sentence that make it the nights of a stretch of days: "from Monday to Friday",
# "next week", "each night", "for two weeks", "until March".
NIGHTS_OF_DAYS_AFTER = re.compile(
    r"\bfrom\s+\w+day\b[^.;]*?\b(?:to|until|till)\b|\b(?:next|this|the coming)\s+(?:week|month|fortnight)\b"
    r"|\b(?:each|every)\s+(?:night|weeknight|day)\b|\bfor\s+(?:the\s+next\s+)?\w+\s+(?:nights|weeks|days|months)\b"
    r"|\buntil\s+(?:the\s+)?(?:end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|next|the\s+spring|the\s+summer|the\s+autumn)\b",
    re.I,
)
# A day's evening told by the clock or as a part of day, the last date of a paragraph before "through the night".
EVENING_TOLD = re.compile(r"\d{4}-\d\d-\d\dT(?:(?:1[89]|2[0-3]):\d\d|EV|NI)")
# An evening's clock time and "on" right before the day it is on: "at 8pm on Tuesday", "at 21:40 on Monday".
EVENING_CLOCK_ON_BEFORE = re.compile(
    r"\b(?:(?:[6-9]|1[01])(?:[.:][0-5]\d)?\s*p\.?m\.?|(?:1[89]|2[0-3])[.:][0-5]\d)\s+on\s+$", re.I
)
# A morning told as a part of day ("the following morning"), the last date of a paragraph before "overnight": the
# night before it.
MORNING_TOLD = re.compile(r"\d{4}-\d\d-\d\dTMO")

# A preposition that makes "the night" a night the story runs through, as "overnight" does: "worked through the
# night", "fell during the night".
NIGHT_THROUGH = re.compile(r"\b(?:through|throughout|during)\s+$", re.I)
# Words of a habit before "the night" in its sentence: "we would bake through the night", "they often work through
# the night".
HABIT_BEFORE = re.compile(
    r"\b(?:would|used to|often|always|usually|sometimes|regularly|every|each|whenever|never)\b|'d\b", re.I
)

# A verb of saying right before a day ("said on Wednesday", "told reporters on Tuesday"): a night told after it is the
# one the saying reports on, gone by when it was said.
SAID_ON_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|reported|announced|confirmed|added)\s+(?:early\s+|late\s+)?(?:on\s+)?$", re.I
)
# A stretch of nights after "the night" in its sentence: "has not slept through the night since", "for weeks",
# "night after night", "most nights".
NIGHTS_AFTER = re.compile(
    r"\s*(?:(?:ever\s+)?since\b|for\s+(?:\w+\s+)?(?:weeks|months|years)\b|in\s+(?:weeks|months|years)\b"
    r"|(?:every|each|most|some)\s+nights?\b|nightly\b|at\s+night\b|night\s+after\s+night\b|any\s*more\b)",
    re.I,
)
# The clause before "the night" says it does not (or cannot) happen, in the present perfect or with a modal of
# ability: "has not slept through the night", "can't sleep through the night", "is unable to work through the night";
# an adverb may come between ("has still not found the boat during the night", "have so far not found").
NOT_SINCE_OR_CANNOT = re.compile(
    r"\b(?:(?:has|have|'ve|'s)\s+(?:(?:still|so\s+far|yet|also|now|as\s+yet)\s+)?"
    r"(?:not|never|barely|hardly|rarely|scarcely|seldom)|hasn't|haven't|can't|cannot"
    r"|could\s*n[o']t|couldn't|(?:is|are|was|were|be|been)\s+unable\s+to|struggl(?:e|es|ed|ing)\s+to)\b",
    re.I,
)
# Where a clause ends, before "the night": its words of habit are its own.
CLAUSE_BREAK = re.compile(r"[,;:\u2014]|\s(?:and|but|while|when|after|before)\s", re.I)


def _nights_of_a_habit(m: re.Match, ctx: Context) -> bool:
    """Whether "through the night" at `m` is any night of a habit or a stretch of time, none in particular: said of
    a stretch after it ("has not slept through the night since", "worked through the night for weeks", "most nights")
    or denied in the present perfect or as beyond someone ("has not slept through the night", "cannot sleep through
    the night"). "Engineers have worked through the night" (last night) and "had not been found during the night" (a
    night of the story) keep their night."""
    stop = re.compile(r"[.!?;](?:\s|$)").search(m.string, m.end())
    if NIGHTS_AFTER.match(m.string, m.end(), stop.start() if stop else len(m.string)):
        return True
    start = ctx.sentence_start(m.start())
    breaks = list(CLAUSE_BREAK.finditer(m.string, start, m.start()))
    if breaks:
        start = breaks[-1].end()
    return NOT_SINCE_OR_CANNOT.search(m.string, start, m.start()) is not None


# A night told as "overnight" runs into the next day: no clock time after it is on its day ("without power
# overnight … reconnected half by 7am": this morning's 7am), so the story does not move to it.
OVER_TWO_DAYS = {"no_reference": True}


def _relative_day_value(word: str, pod_word: str | None, m: re.Match, ctx: Context) -> Result:
    """The value of `word` ("today", "last night", ...) with its part of day `pod_word`, from the DCT."""
    if m.group(0) == "Today" and (
        NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        or POSSESSIVE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        or PROGRAMME_AFTER.match(m.string, m.end())
    ):
        return None  # "the journal Neurology Today", "USA Today", "BBC Radio 4's Today programme": a title
    offset = {
        "today": 0,
        "tomorrow": 1,
        "yesterday": -1,
        "tonight": 0,
        "last night": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    pod = lx.PARTS_OF_DAY.get((pod_word or "").lower(), "")
    if word in ("tonight", "last night"):
        pod = "NI"
    if not ctx.dct:
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else ""), "relative"
    if word == "today" and not pod and ctx.tense(m.start(), m.end()) == "generic":
        return "DATE", "PRESENT_REF", "vague"
    if word == "tonight" and ctx.dct.time() != datetime.min.time() and ctx.dct.hour < SMALL_HOURS_END:
        offset = -1  # "Tonight, you proved them wrong" in a paper out at 3 a.m.: the night that began the day before
    d = ctx.dct.date() + timedelta(days=offset)
    return ("TIME" if pod else "DATE"), d.isoformat() + (f"T{pod}" if pod else ""), "relative"


# The small hours: a publication before this hour still belongs to the night before ("tonight").
SMALL_HOURS_END = 5


# How many months into a season its last month begins: "will arrive in the autumn" said in November (the season's
# last month) is the next autumn, as it is in December; one who means the days left would say "this month".
SEASON_LAST_MONTH_BEGINS = 2


# How long after a season ends a reader still calls it "this spring" ("planted this spring", in June), so that
# "last spring" then means the one a year before.
SEASON_JUST_ENDED_MONTHS = 1


def release_day_of(ctx: Context) -> str | None:
    """The day the figures of the month named last came out on, when its sentence said so (see `release_day`)."""
    if ctx.release_day is None or ctx.release_day[0] != ctx.last_value:
        return None
    return ctx.release_day[1]


# "the next day", "that evening", "the following Tuesday", "the day before": a day counted from the date the
# text mentioned last (a story's own chronology), not from publication; with no date before them, from the DCT.
_ANAPHORIC_STEP = {
    "the next": 1,
    "the following": 1,
    "the previous": -1,
    "the preceding": -1,
    "the prior": -1,
    "that same": 0,
    "the same": 0,
    "that very": 0,
    "that": 0,
}


# Why an expression has no calendar day, when it is a day (or a time of one) the words name but do not date.
DAYLESS_KINDS = {"day unknown", "indefinite day"}


@rule(
    "anaphoric_day",
    r"(?P<rel>the next|the following|the previous|the preceding|the prior|that same|the same|that very|that) "
    rf"(?:(?P<day>day)|(?P<pod>{PART_OF_DAY})|(?P<wd>{WEEKDAY}))\b"
    # "the day before" alone: followed by a clause ("the day before the vote", "the day before police arrived")
    # it dates another event, not the one mentioned last; "the day after that" points back to it in so many words
    # "the evening before", "the morning after": that part of the day before or after
    r"|the (?:day|(?P<side_pod>morning|afternoon|evening|night)) (?P<side>before|after)(?: that)?"
    r"(?=\s*(?:[,.;:!?)\"'”’]|$))",
)
def _anaphoric_day(m: re.Match, ctx: Context) -> Result:
    """'the next day', 'that evening', 'the following Tuesday', 'the day before' -> DATE/TIME from the last date."""
    rel = (m["rel"] or "").lower()
    pod = lx.PARTS_OF_DAY.get((m["pod"] or m["side_pod"] or "").lower(), "")
    if m["wd"] and _ANAPHORIC_STEP.get(rel, 0) == 0:
        return None  # "that Tuesday" is left to the weekday rule
    story_day = release_day_of(ctx)
    if story_day is None and value_datetime(ctx.last_value) is None:
        story_day = ctx.aside_day
    if value_datetime(story_day) is not None and story_day != ctx.last_value:
        # "hit on Tuesday evening. The driver, who had been banned in March, fled, and the victim died that night":
        # the month in the aside tells of the driver; the story is still at Tuesday, counted from as if named last;
        # so is the day figures of a month came out on ("Figures published on Tuesday showed … in April. The next
        # day"): the month is what they tell of, the story is at Tuesday
        aside = ctx.last_value
        ctx.last_value = story_day
        try:
            return _anaphoric_day(m, ctx)
        finally:
            ctx.last_value = aside
    reference = value_datetime(ctx.last_value) or ctx.dct
    pointed_back = _ANAPHORIC_STEP.get(rel) == 0 and not m["wd"] and not m["side"]
    if reference is None or (
        value_datetime(ctx.last_value) is None and (ctx.moved() is not None or (pointed_back and ctx.last_value))
    ):
        # no date, or a story moved to a time it names no day of ("the following spring ... that night"): that
        # night is the story's, not publication's, and its day unknown; so is "that night" after a month or a
        # year named last ("split in January … was at his mother's house that night"): it points back to a day the
        # story told of, never to publication's
        if (
            pointed_back
            and value_datetime(ctx.event_day) is not None
            and (ctx.incident_before or INCIDENT_NAMED.search(m.string, 0, m.start()))
        ):  # "sent 14 messages in the minutes before the crash. … living a nightmare since that day": the day of the
            # incident the story is about, which its lead named (14 June 2023), not a day of the month named last
            day = ctx.event_day[:10] + (f"T{pod}" if pod else "")
            return ("TIME" if pod else "DATE"), day, "relative", {"counted": True, "incident": True}
        undated = {"undated": "day unknown"} if reference is not None else {}
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else ""), "relative", undated
    here = ctx.sentence_start(m.start())
    if (
        ctx.undated_start > ctx.last_start
        and ctx.undated_kind in DAYLESS_KINDS
        and ctx.undated_start < m.start()
        and ctx.sentence_start(ctx.undated_start) >= ctx.sentence_start(max(0, here - 2))
    ):
        # "Polls open at 7am and close at 10pm on the day of the vote. The result is expected the following morning":
        # counted from a day the story names but does not date, in its sentence or the one before; no calendar day
        return (
            ("TIME" if pod else "DATE"),
            "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
            "relative",
            {"undated": "day unknown"},
        )
    if (
        value_datetime(ctx.last_value) is None
        and ctx.last_start >= 0
        and re.fullmatch(r"\d{4}(?:-\d\d|-W\d\d)?", ctx.last_value or "")
    ):
        # "received two complaints earlier this month, one of which involved a child taken to hospital and released
        # the same day": a day of the month (week, year) named last in its paragraph, which day not said ("was
        # suspended earlier this month. The previous day, she had voted against the government")
        return (
            ("TIME" if pod else "DATE"),
            "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
            "relative",
            {"undated": "day unknown"},
        )
    counted = {"counted": value_datetime(ctx.last_value) is not None}
    day = reference.date()
    if m["side"]:
        day += timedelta(days=-1 if m["side"].lower() == "before" else 1)
    elif m["wd"]:
        wanted = lx.WEEKDAYS[m["wd"].lower().rstrip(".")]
        step = _ANAPHORIC_STEP[rel]
        day += timedelta(days=step)
        while day.weekday() != wanted:
            day += timedelta(days=step)
    else:
        step = _ANAPHORIC_STEP[rel]
        opens_sentence = not m.string[ctx.sentence_start(m.start()) : m.start()].strip(" \"'“‘")
        small_hours = re.fullmatch(r"\d{4}-\d\d-\d\dT0[0-5]:\d\d", ctx.last_value or "")
        if step == 1 and pod in ("MO", "AF", "EV") and small_hours:
            step = 0  # "died shortly after midnight … was arrested the following afternoon": that same date's
        elif step == 0 and pod in ("AF", "EV") and small_hours and m["rel"].lower() == "that" and not opens_sentence:
            # "called again shortly after midnight … 'We should have issued a warning that evening'": the evening
            # before that small hour or the one after it, which the words do not say ("That evening he was
            # charged", opening its sentence, goes on to the evening after)
            return "TIME", f"XXXX-XX-XXT{pod}", "relative", {"undated": "day unknown"}
        elif (
            step == 0
            and pod == "NI"
            and re.fullmatch(r"\d{4}-\d\d-\d\dTMO", ctx.last_value or "")
            and (ctx.last_start < 0 or ctx.sentence_start(ctx.last_start) != ctx.sentence_start(m.start()))
            and ctx.quoted(m.start())
        ):
            # "The water rose overnight on 5 December … By the following morning the town lay under water. … 'I
            # thought I was going to die that night,' she said": one looking back in a quotation to the story's night
            # means the night that morning came after, not the night after it (told in the narrative, "went to work
            # the following morning and never came home that night", the night goes on from the morning)
            step = -1
        day += timedelta(days=step)
    if ctx.dct is not None and day > ctx.dct.date() and ctx.tense(m.start(), m.end()) == "past" and not pointed_back:
        # "That evening we caught the night train … The next morning we woke to the sight of Lake Maggiore", in a
        # feature told in the past: the day after one the story told of, which cannot be after publication ("the
        # same day" is the day named, whatever the tense read round it: "on 26 March, her first since the autumn
        # Budget, with forecasts published the same day")
        return (
            ("TIME" if pod else "DATE"),
            "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
            "relative",
            {"undated": "day unknown"},
        )
    return ("TIME" if pod else "DATE"), day.isoformat() + (f"T{pod}" if pod else ""), "relative", counted


@rule(
    "this_part_of_day",
    rf"(?:(?P<pre>early|late|later|earlier) )?(?P<rel>this|last|yesterday|tomorrow) (?P<pod>{PART_OF_DAY})",
)
def _this_part_of_day(m: re.Match, ctx: Context) -> Result:
    """'this morning', 'later this afternoon', 'yesterday evening' -> TIME DCT+offset with TMO/TAF/TEV/TNI."""
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[m["rel"].lower()]
    if (
        m["rel"].lower() == "last"
        and not m["pre"]
        and FINAL_DETERMINER_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    ):
        return None  # "collapsed on the last morning", "their last night in Paris": the final one of a match, a
        # tour or a stay, not the one before publication
    if m["rel"].lower() == "last" and m["pod"].lower() != "night":
        offset = -1
    pod = lx.PARTS_OF_DAY[m["pod"].lower()]
    if not ctx.dct:
        return "TIME", f"XXXX-XX-XXT{pod}", "relative"
    return "TIME", (ctx.dct.date() + timedelta(days=offset)).isoformat() + f"T{pod}", "relative"


# A school's or university's term right before a year that says which one: "the spring term next year", "the
# autumn semester of 2027".
# A number after a week or month, which makes it one of a count ("that week two of the trial", "month 6").
UNIT_NUMBER_AFTER = re.compile(r"\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
TERM_BEFORE = re.compile(r"\b(?:term|semester|trimester|half[- ]term)\s+(?:of\s+|in\s+)?$", re.I)
_REL = (
    r"(?P<rel>last|next|this|the past|the coming|the current|the previous|the preceding|the following|the same|that"
    r"|the|this past"
    r"|past|coming|previous|following|current|latest|the latest|the last|the next|the prior|prior|the present|its"
    r"|the fiscal)"
)
_REL_UNIT = (
    r"(?P<unit>week|weekend|fortnight|month|year|decade|century|spring|summer|fall|autumn|winter|fiscal year"
    r"|financial year|calendar year)"
)


# The first month of a story's year from which "that winter" is the one about to start, not the one at the year's
# start: a winter is named by the year its January falls in, and once that winter is over (from April on) a story's
# winter is the coming one ("sank on 1 April 1962. That winter the harbour froze": 1962-63), unless told in the past
# perfect ("that winter had been the coldest"), which looks back to the one just gone.
WINTER_AHEAD_FROM_MONTH = 4
# The same month when the clause looks back in the past perfect: only from the autumn on is the winter one to come.
WINTER_AHEAD_LOOKING_BACK = 9
# A verb of saying or thinking right before "that": the "that" opens what was said ("warned that winter would
# bring fresh pressure"), it is no "that" pointing back to a time of the story.
SAYING_BEFORE_THAT = re.compile(
    r"\b(?:said|says|say|warned|warns|warn|predicted|predicts|expects|expected|fears|feared|believes|believed|thinks"
    r"|thought|claimed|claims|added|insisted|insists|hopes|hoped|admitted|admits|stressed|argued|argues)\s+$",
    re.I,
)


def _modifies_a_noun_after(m: re.Match, ctx: Context) -> bool:
    """Whether the word right after a match is a common noun the matched word names the kind of ("that winter
    visitors have doubled": "winter" says which visitors), so the "that" before it opens a clause; a "that" the
    parse tags so before a season that stands alone ("that summer they left", "remember that winter well") is
    still the season of the story."""
    after = re.match(r"[^\S\n]+(?=[a-z])", m.string[m.end() :])
    return after is not None and ctx.pos_at(m.end() + after.end()) == "NOUN"


# Nouns after "year" that make it a kind of thing, not a year of the calendar: "the year group", "this year
# group's results", "the year planner".
YEAR_AS_A_KIND = re.compile(r"\s+(?:groups?|planners?|heads?|tutors?)\b", re.I)
# Words after "the year" that pick out which year by what happened in it: "the year of the great North Sea flood",
# "the year of her birth", "the year when the wall came down", "the year in which he won".
YEAR_NAMED_BY_AFTER = re.compile(
    r"\s+(?:of\s+(?!\d)(?:the|a|an|his|her|its|their|our|my|your)\b|when\b|in which\b)", re.I
)
# A comma or a dash right before a time: what follows stands beside the time named before ("in 1996, the year").
APPOSITION_BEFORE = re.compile(r"[,(–—-]\s*$")
# A company's or a government's year, whose months are its own: "the fiscal year", "last financial year".
FISCAL_UNIT = re.compile(r"(?:fiscal|financial) ", re.I)
# The year named after a season: "the spring of this year", "the autumn of next year", or after a noun or two the
# season names the kind of ("the summer window last year", "the autumn sales this year"). Words that lead to
# another time ("until", "into"), begin another phrase ("and", "the") or move a verb ("forward", "early") break it:
# "in the autumn and next year" names two times, "moved the summer break forward last year" dates the moving.
_NOT_A_SEASONS_NOUN = (
    r"(?!(?:and|or|but|to|until|till|into|through|before|after|from|since|than|as|the|a|an|this|that|last|next|in|"
    r"on|at|for|by|with|when|while|is|was|were|will|would|has|had|have|forwards?|back|ahead|off|up|down|out|over|"
    r"again|away|early|late|too|only|also|even|just|still)\b|[a-z]+ly\b)[a-z]+ "
)
SEASON_YEAR_AFTER = re.compile(
    rf" (?:of |{_NOT_A_SEASONS_NOUN}(?:{_NOT_A_SEASONS_NOUN})?)(this|last|next) year\b(?!['’]s)"
)
# A winter runs across two years, so which one "the winter window last year" is the words leave open: only "the
# winter of last year" names it.
SEASON_YEAR_OF = re.compile(r" of (this|last|next) year\b", re.I)


# "after" right after "the year" (month, week): at a clause's end it counts on from the time named before ("opened in
# 2019 and closed the year after"); before words naming an event ("the year after the war ended") from that event.
UNIT_AFTER = re.compile(r"\s+after\b(?!\s+(?:next|last)\b|\s+\d)(?P<end>(?=\s*(?:[.,;:!?)\"”]|$|(?:and|but|or)\b)))?")


# Words after "the year" that say it is over: "the year just ended", "the year that has just ended".
JUST_ENDED_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:has\s+|had\s+)?)?just\s+(?:ended|finished|gone|closed)\b", re.I
)


# How many of its own years from the one under way a company's or a government's year is named ("the coming financial
# year", "last financial year").
OWN_YEAR_STEPS = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "coming": 1,
    "last": -1,
    "the last": -1,
    "the past": -1,
    "past": -1,
    "the previous": -1,
    "previous": -1,
}


# A year written in figures and a comma (or a dash) right before "the year": "in 1996, the year she retired".
YEAR_APPOSED_BEFORE = re.compile(r"(?<![\d,.£$€-])(?P<y>1[5-9]\d\d|20\d\d)\s*(?:,|—|–|--)\s*$")


# A year that owns a noun: "next year's budget", "2027's festival".
OWNING_YEAR = re.compile(r"(?:\w+ )?(?:year|\d{4})['’]s\b", re.I)
# A relative clause set off by commas, closed before what follows: "Ms Hale, who joined the firm in 2023, said …".
# A date inside it tells of the person or thing it describes, not of the rest of the sentence.
RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,;:()\"“”]*,")


def in_relative_aside(text: str, start: int, end: int, after: int) -> bool:
    """Whether characters start..end lie in a relative clause set off by commas that closes before `after`."""
    return any(
        a.start() < start and end <= a.end() <= after for a in RELATIVE_ASIDE.finditer(text, max(0, start - 200), after)
    )


# Verbs that tell when a holiday or a season comes round: after them "early" or "late" says how it stands to its
# usual time ("Easter falls late this year", "spring came early this year"), not which part of the year is meant.
COMES_ROUND = ("comes", "come", "came", "arrives", "arrive", "arrived")
# "fall" tells so only after a holiday or a season: "Easter falls late this year", but "Sales fell late last year"
# is a fall in the last months of that year. The word before the verb is looked at, as the lookbehinds need a fixed
# width: a pair of holiday (or season) and verb each.
FALLING_TIMES = (
    "easter",
    "christmas",
    "ramadan",
    "eid",
    "diwali",
    "hanukkah",
    "passover",
    "thanksgiving",
    "spring",
    "summer",
    "autumn",
    "winter",
    "harvest",
)
NOT_AFTER_COMES_ROUND = "(?=early|late)" + "".join(
    [rf"(?<!\b{verb} )" for verb in COMES_ROUND]
    + [rf"(?<!\b{time} {verb} )" for time in FALLING_TIMES for verb in ("falls", "fall", "fell")]
)


# Words after "the last year" (week, month …) that make it the last of a series they name, not the stretch up to
# now: "the last year before the pandemic", "the last week of the campaign", "the last month in which prices fell".
LAST_OF_A_SERIES_AFTER = re.compile(
    r"\s+(?:before|after|of\s+(?:the|his|her|its|their|our|my|a|an|this|that)\b|in which|when)\b", re.I
)


# A preposition right before "the last year" that makes it the stretch up to now ("over the last year").
STRETCH_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|over|during|for|within|throughout|across|through|from|since|of)\s+$", re.I
)
RELATIVE_WORD_AFTER = re.compile(r"\s+(?:that|which)\b", re.I)


def _last_of_a_series_told_by_a_clause(m: re.Match, ctx: Context) -> bool:
    """Whether "the last year" (week, month) is no preposition's object but the head of a clause after it, opened by
    "that" or by the subject of its own verb ("2019, the last year exams were sat", "the last year he played")."""
    if STRETCH_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return False
    if RELATIVE_WORD_AFTER.match(m.string, m.end()):
        return True
    after = re.match(r"\s+(?=\w)", m.string[m.end() :])
    return after is not None and ctx.subject_at(m.end() + after.end())


# A capitalised word right after a season, which makes the season part of a name ("the Winter Olympics").
SEASON_NAME_AFTER = re.compile(r"(?-i:\s+[A-Z][a-z])")


# "on a" and one or two words describing the weekday right after them ("on a grey Tuesday", "on a cold, wet
# Saturday"), not a word of time ("on a day before Friday"); "on" keeps out an object before a day ("wrote a letter
# Tuesday").
A_DESCRIBED_BEFORE = re.compile(
    r"\b(?-i:[Oo]n\s+an?)\s+(?:(?!(?:on|from|of|by|until|till|before|after|since|at|for|to|in|and|or|but|week|day|month"
    r"|fortnight|year|time|date|next|last|this|that|the|same|further)\b)[a-z]+,?\s+){1,2}$"
)


# Capitalised words and a lower-case "of" right before "the Year" (or Month, Season, …, capitalised): the name of an
# award ("Young Farmer of the Year", "Manager of the Month"), outside a headline in title case.
AWARD_BEFORE = re.compile(r"(?-i:(?:\b[A-Z][\w'-]*\s+){1,6}of\s+)$")


def _last_date_in_an_earlier(ctx: Context, unit: str) -> bool:
    """Whether the date the story told last lies wholly in a year (month, week; a season counts as a year) before
    publication's own. "He signed in September. The next month he scored", told in the past: "the next month" is the
    one after September, not the four weeks after publication, however recent September is."""
    if not ctx.dct or not ctx.last_value:
        return False
    end = value_span(ctx.last_value)[1]
    if not end:
        return False
    last = date.fromisoformat(end[:10])
    dct = ctx.dct.date()
    if unit == "month":
        return (last.year, last.month) < (dct.year, dct.month)
    if unit == "week":
        return last < dct - timedelta(days=dct.weekday())
    return last.year < dct.year


@rule(
    "relative_unit",
    rf"(?:(?P<mod>{NOT_AFTER_COMES_ROUND}(?:early|late)|earlier|later|mid|the end of|the beginning of|the start of"
    rf"|the middle of|the rest of"
    rf"|the remainder of|the first half of|the second half of|the first part of|{PART_AT_AN_END})[- ](?:in )?)?"
    rf"{_REL}[- ]{_REL_UNIT}(?:(?<=summer)(?P<hols> holidays))?(?P<after_next> after next| before last)?"
    r"(?P<ahead> ahead\b)?",
)
def _relative_unit(m: re.Match, ctx: Context) -> Result:
    """'last year', 'this week', 'next month', 'the past year', 'earlier this year', 'this summer' -> DATE/DURATION;
    'the summer holidays' -> that summer, dated as the school holidays (see `summer_holidays`)."""
    found = _relative_unit_of(m, ctx)
    return summer_holidays(found) if m["hols"] and found is not None else found


# The days the school summer holidays are dated to in a summer's year: schools in England and Wales break up in the
# third week of July and go back in the first week of September (Scotland's and Northern Ireland's run earlier; a
# story that says so names the dates).
SUMMER_HOLIDAYS_FROM_TO = ((7, 20), (9, 5))


def summer_holidays(found: tuple) -> tuple:
    """A summer named by its school holidays, dated from late July to early September of its year instead of the
    season's three months; its value stays the season's. Undated when the summer's year is."""
    kind, value, anchor, *rest = found
    if not re.fullmatch(r"\d{4}-SU", value):
        return found
    year = int(value[:4])
    span = tuple(date(year, month, day).isoformat() for month, day in SUMMER_HOLIDAYS_FROM_TO)
    return kind, value, anchor, {**(rest[0] if rest else {}), "span": span}


def _relative_unit_of(m: re.Match, ctx: Context) -> Result:
    """The date of a relative unit matched by `_relative_unit`'s pattern."""
    rel = m["rel"].lower().replace("preceding", "previous")  # "in the preceding year": the one before, as "previous"
    unit = m["unit"].lower().replace("fiscal ", "").replace("financial ", "").replace("calendar ", "")
    if (
        unit in lx.SEASONS
        and m["unit"][0].isupper()
        and (
            m["rel"].islower()
            or (m.start() == ctx.sentence_start(m.start()) and not _in_title_case(_sentence_of(m, ctx)))
        )
        and SEASON_NAME_AFTER.match(m.string, m.end())
    ):
        return None  # "will host events at the Winter Olympics", "the Autumn Budget": a season with a capital before
        # another capitalised word, after a lower-case "the", is part of a name, no season of a year; so it is after
        # a "The" that only opens a sentence ("The Winter Lights exhibition at Kew Gardens runs from Friday")
    award = AWARD_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) if m["unit"][0].isupper() else None
    if (
        rel == "the"
        and award
        and not _in_title_case(_sentence_of(m, ctx).replace(m.string[award.start() : m.end()], " "))
    ):
        return None  # "won Essex Rural Business of the Year", "Young Farmer of the Year": an award's name, no year
    if unit == "fortnight":
        # "in the past fortnight", "over the next fortnight": the fourteen days up to now or from now, as "the past
        # week" is its seven; a fortnight named otherwise ("that fortnight", "this fortnight") is no calendar period
        if rel in ("the past", "the last", "past", "last", "this past", "the next", "the coming", "next") and not (
            m["mod"] or m["after_next"] or m["ahead"]
        ):
            return "DURATION", duration_value(1, unit), "relative"
        return None
    if rel == "the" and unit == "century" and TURN_OF.search(m.string, max(0, m.start() - 12), m.start()):
        return "DATE", "XX", "relative", {"undated": "the turn of a century"}  # about 1900 or 2000, not a century
    if (
        rel == "the next"
        and (unit in ("year", "month", "week") or unit in lx.SEASONS)
        and not m["mod"]
        and (ctx.moved() or _last_date_in_an_earlier(ctx, unit))
        and ctx.tense(m.start(), m.end()) == "past"
    ):
        rel = "the following"  # "the next year, she bought the building": the year after the story's last date;
        # "joined in 2019 … the next summer she won the league": the summer after it, as "the following summer" is
    if (
        rel == "the last"
        and unit == "century"
        and ctx.dct
        and re.search(r"\b(?:of|in)\s+$", m.string[max(0, m.start() - 4) : m.start()], re.I)
    ):
        return "DATE", f"{ctx.dct.year // 100 - 1:02d}", "relative"  # "most of the last century": the 1900s
    if rel == "the last" and not m["mod"] and _last_of_a_series_told_by_a_clause(m, ctx):
        return None  # "2019, the last year exams were sat before Covid", "It was the last year that he played": the
        # last year a clause after it tells of, no stretch up to now and not the year before publication
    if rel == "the last" and not m["mod"] and LAST_OF_A_SERIES_AFTER.match(m.string, m.end()):
        return None  # "2019, the last year before the pandemic", "the last week of term": the last of a series the
        # words go on to name, no stretch up to now (a year named beside it is the date)
    if (
        unit == "year"
        and not m["mod"]
        and ctx.dct
        and ctx.pounds
        and not ctx.year_end_month
        and rel in OWN_YEAR_STEPS
        and FISCAL_UNIT.match(m["unit"])
        and PUBLIC_ACCOUNTS_BODY.search(_sentence_around(m, ctx))
    ):  # "The council spent £28m in the last financial year", read in October 2025: April 2024 to March 2025, the
        # year by which the UK's government, councils and NHS keep accounts; a company's year ends where its own
        # accounts say (and is left to the rules above and below when the article does not)
        dct = ctx.dct.date()
        end_year = (dct.year if dct <= date(dct.year, 3, 31) else dct.year + 1) + OWN_YEAR_STEPS[rel]
        span = (f"{end_year - 1:04d}-04-01", f"{end_year:04d}-03-31")
        return "DATE", f"{end_year - 1:04d}/{end_year:04d}", "relative", {"span": span}
    if m["ahead"] and (rel not in ("the",) or m["mod"] or m["after_next"] or ctx.moved()):
        return None  # "the week ahead" alone is the week to come; "that week ahead", a story's, is no such week
    if (
        (
            rel in ("the past", "the last", "the next", "the coming", "past")
            or m["ahead"]  # "the week ahead": the seven days to come, as "the coming week" is
        )
        and unit in ("week", "month", "year", "decade", "century")
        and not m["mod"]
        and not (FISCAL_UNIT.match(m["unit"]) and ctx.year_end_month and ctx.year_end_month != 12)
    ):  # "the coming financial year", where the article says where that year ends, is the next one of its own
        return "DURATION", duration_value(1, unit), "relative"
    if (
        unit == "year"
        and rel in ("last", "this", "next")
        and not m["mod"]
        and ctx.dct
        and TERM_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    ):
        # "will close at the end of the spring term next year": the year only says which term; the term's weeks are
        # the school's own, so the year's value stays (as TimeML writes it) but no stretch of the calendar is given
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[rel]
        return "DATE", f"{year:04d}", "relative", {"undated": "a term of a school's year"}
    if unit == "year" and not m["mod"] and YEAR_AS_A_KIND.match(m.string, m.end()):
        return None  # "the year group had started sixth form": a school's year of pupils, no year of the calendar
    if unit == "year" and rel == "the" and not m["mod"] and YEAR_NAMED_BY_AFTER.match(m.string, m.end()):
        return None  # "That was the year of the great flood", "the year the wall came down": a year the words after
        # it pick out, which the calendar of the story does not give
    if (
        unit in ("year", "month", "week", "weekend")
        and rel == "the"
        and not m["mod"]
        and ctx.picked_by_a_clause(m.start(), m.end())
        and not APPOSITION_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
    ):
        return None  # "the week Franco died", "the month the banks failed": picked out by what happened in it ("in
        # 1996, the year she retired" sets it beside the year named before, which dates it)
    if unit == "year" and rel in ("the", "the fiscal", "its") and (ending := YEAR_TO.match(m.string, m.end())):
        return year_to(ending, ctx)  # "the year to March": the twelve months ending in March
    if (
        unit == "year"
        and not m["mod"]
        and ctx.dct
        and ctx.year_end_month
        and ctx.year_end_month != 12
        and (rel in ("the current", "current") or (rel in OWN_YEAR_STEPS and FISCAL_UNIT.match(m["unit"])))
        and not MEASURE_OF_THE_ECONOMY.search(_sentence_around(m, ctx))
    ):  # "the year to 28 February … expects profit of £3.3bn in the current year", in April: the company's own year
        # under way (March to February), not the calendar's; "this financial year" too, and "the coming financial
        # year" the one after it, no twelve months from today. A plain "this year" stays the calendar's
        dct = ctx.dct.date()
        month, day = ctx.year_end_month, ctx.year_end_day
        end_year = dct.year if dct <= own_year_end(dct.year, month, day) else dct.year + 1
        end_year += OWN_YEAR_STEPS.get(rel, 0)
        return "DATE", f"{end_year:04d}", "relative", {"span": own_year_span(end_year, month, day)}
    if unit == "year" and rel == "the" and not m["mod"] and ctx.dct and JUST_ENDED_AFTER.match(m.string, m.end()):
        # "down from 4.8 trillion yen in the year just ended": the last year over by publication, the company's own
        # where the article says where it ends (April to March), else the calendar's
        dct = ctx.dct.date()
        if ctx.year_end_month and ctx.year_end_month != 12:
            month, day = ctx.year_end_month, ctx.year_end_day
            end_year = dct.year if own_year_end(dct.year, month, day) < dct else dct.year - 1
            return "DATE", f"{end_year:04d}", "relative", {"span": own_year_span(end_year, month, day)}
        return "DATE", f"{dct.year - 1:04d}", "relative"
    if (
        unit == "year"
        and rel == "the"
        and not m["mod"]
        and ctx.report_month
        and CHANGE_OVER.search(m.string, max(0, m.start() - 40), m.start())
    ):  # "prices were up 6.2% over the year", in a report of November: the twelve months to November
        year, month = map(int, ctx.report_month.split("-"))
        first = date(year, month, 1) - relativedelta(months=11)
        return "DURATION", "P1Y", "relative", {"span": (first.isoformat(), month_end(year, month).isoformat())}
    if not ctx.dct:
        return "DATE", "XXXX", "relative"
    dct = ctx.dct.date()
    step = {
        "last": -1,
        "the previous": -1,
        "previous": -1,
        "the prior": -1,
        "prior": -1,
        "this past": -1,
        "the last": -1,
        "the past": -1,
        "past": -1,
        "next": 1,
        "the coming": 1,
        "coming": 1,
        "the following": 1,
        "following": 1,
        "the next": 1,
    }.get(rel, 0)
    if "calendar" in m["unit"].lower() and rel == "the" and CALENDAR_KIND.search(m.string, 0, m.start()):
        return None  # "its fiscal year follows the calendar year": a kind of year, no year at all
    if rel == "the" and unit in ("year", "season", "month", "decade", "century") and not m["mod"]:
        if AWARD_OF_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return None  # "was named player of the year", "won sports personality of the year": a title, no date
        if unit == "year" and _share_of_any_year(m, ctx):
            return None  # "heatwaves could last for much of the year by the 2070s": any year of then, not this one
    if rel == "the" and not m["mod"] and COMPARED_ON.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "prices dropped 0.4% on the month", "down 3% on the year": a comparison, not a date
    if (
        rel == "the"
        and unit in ("week", "month", "year")
        and not m["mod"]
        and SUPERLATIVE_OF.search(m.string, max(0, m.start() - 60), m.start())
        and not SO_FAR_AFTER.match(m.string, m.end())
        and (
            ctx.tense(m.start(), m.end()) != "past"
            or SUPERLATIVE_TIMES_OF.search(m.string, max(0, m.start() - 60), m.start())
        )
    ):
        return None  # "the coldest weeks of the year", "the busiest day of the week": any year's, not this one
    if (
        rel == "the"
        and not m["mod"]
        and PERIOD_BEFORE_AFTER.match(m.string, m.end())
        and COMPARED_FROM.search(m.string, max(0, m.start() - 20), m.start())
    ):
        return None  # "rose 0.2% from the month before": a comparison with the period before another
    if rel == "the" and unit in ("week", "weekend") and OF_A_DAY.match(m.string, m.end()):
        return None  # "the weekend of May 10-11": the days named after it are the date, not this weekend
    if (
        rel == "the"
        and unit in ("week", "weekend", "month")
        and not m["mod"]
        and BEFORE_AN_EVENT.match(m.string, m.end())
    ):  # "jury selection will begin the week before the trial": counted from the trial, not from publication
        return "DATE", "XXXX-WXX" if unit != "month" else "XXXX-XX", "relative", {"undated": "before an event"}
    side = DAY_BEFORE_OR_AFTER.match(m.string, m.end()) if rel == "the" and not m["mod"] else None
    if (counted := _week_before_or_after(ctx, m, unit, side)) is not None:
        return counted
    last_day = value_datetime(ctx.last_value) if side and unit in ("week", "month") else None
    if side and unit == "month" and last_day is None and re.fullmatch(r"\d{4}-\d\d", ctx.last_value or ""):
        # "Food prices rose 2.1% in the month, against 1.9% the month before": the month before the one named last
        last_day = datetime.strptime(f"{ctx.last_value}-01", "%Y-%m-%d")
    if last_day is not None:  # "said on Saturday that a generator installed the week before had failed"
        sign = -1 if side[1].lower() == "before" else 1
        if unit == "week":
            return "DATE", week_value(last_day.date() + timedelta(weeks=sign)), "relative", {"counted": True}
        return "DATE", (last_day.date() + relativedelta(months=sign)).strftime("%Y-%m"), "relative", {"counted": True}
    if side and unit in ("week", "weekend", "month"):
        # 'She said: "He had just turned 41 the week before"', after a day the text does not name ("since that
        # day"): the week before a time with no date, never publication's own week
        value = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}[unit]
        return "DATE", value, "relative", {"undated": "counted from an unnamed time"}
    if (
        rel == "the"
        and unit == "month"
        and not m["mod"]
        and not m["after_next"]
        and OTHER_CALENDARS_MONTH.search(m.string, ctx.sentence_start(m.start()), m.start())
    ):
        # "Ramadan is expected to begin on 18 February … stay open throughout the month": the month of a lunar
        # calendar its sentence named, which runs across two calendar months, not the calendar month of a day
        return "DATE", "XXXX-XX", "relative", {"undated": "a month of another calendar"}
    after = UNIT_AFTER.match(m.string, m.end()) if rel == "the" and not m["mod"] and not m["after_next"] else None
    if after and unit in ("week", "month", "year"):
        if after["end"] is None:
            # "the year after the war ended", "the week after Easter": counted from an event, no date of the
            # calendar the words give (not publication's year)
            return (
                "DATE",
                {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit],
                "relative",
                {"undated": "counted from an unnamed time"},
            )
        rel, step = "the following", 1  # "opened in 2019 and closed the year after": the year after the one named
    apposed = YEAR_APPOSED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) if rel == "the" else None
    if apposed and unit == "year" and not m["mod"] and not m["after_next"]:
        # "She was made a dame in 1996, the year she retired": the year set beside the one just written names it
        # again, not publication's
        return "DATE", apposed["y"], "relative", {"counted": True}
    named = re.match(r"\d{4}-\d\d", ctx.last_value or "") if rel == "the" and unit == "month" else None
    if named and not m["after_next"] and ctx.last_start >= ctx.sentence_start(m.start()) and not ctx.last_aside:
        # "on sale on October 3 and in Europe later in the month": the month of the day its sentence named; not one
        # a relative aside named ("Residents, who moved in last May, had until the end of the month to leave")
        return "DATE", named.group(), "relative", {"counted": True}
    if named and not m["after_next"] and _day_of_the_sentence_before(ctx, m):
        # "The window closes on 1 September. Clubs can still sign players after that, until the end of the month":
        # the month of the day the sentence right before named, when this one names none before it
        return "DATE", named.group(), "relative", {"counted": True}
    if (
        rel == "the"
        and unit == "month"
        and not m["mod"]
        and not m["after_next"]
        and ctx.report_month
        and ctx.last_start < 0
        and (
            (tense := ctx.tense(m.start(), m.end())) == "past" or (tense is None and ctx.past_form(m.start(), m.end()))
        )
    ):
        # "House prices fell in November. || The average price dropped by 0.4% during the month": the month the
        # report is about, as its lead named it, when the paragraph names no date before and tells it in the past.
        # An expectation told in the past ("Economists had expected growth during the month"), which the tenses
        # leave open, was about that month too: the outcome it is set against is the report's
        return "DATE", ctx.report_month, "relative", {"counted": True}
    if m["after_next"]:
        if rel != "the" or unit not in ("week", "weekend", "month", "year"):
            return None
        step = 2 if "next" in m["after_next"] else -2  # "the week after next", "the month before last"
    if rel == "that" and unit in ("decade", "century") and not m["after_next"]:
        # "the recession of the early 1980s, and she taught at Cambridge for most of that decade": the decade (or
        # century) of the date told last, which a decade or a year names whole; none when no date was told
        last = value_start(ctx.last_value) if ctx.last_value else None
        digits = 3 if unit == "decade" else 2
        if last is None or (unit == "decade" and last[1] == "century"):
            return "DATE", "X" * digits, "relative", {"undated": "counted from an unnamed time"}
        return "DATE", f"{last[0].year:04d}"[:digits], "relative", {"counted": True}
    if (
        rel in ("that", "the same")
        and unit in ("week", "month")
        and not m["after_next"]
        and (m["mod"] or "").lower() in ("", "earlier", "later")
        and (rel != "that" or ctx.pos_at(m.start("rel")) in ("DET", ""))
        and not UNIT_NUMBER_AFTER.match(m.string, m.end())
    ):  # not a "that" opening what was said: "said on Tuesday that week two of the trial went well"
        # "resigned on Friday 6 November … Earlier that week, two members had quit": the week (month) of the day the
        # text named last; with no day named before, no week can be told, and the words are left undated
        last_day = value_datetime(ctx.last_value)
        last_week = re.fullmatch(r"\d{4}-W\d\d", ctx.last_value or "")
        if unit == "week" and (last_day is not None or last_week):
            week = last_week.group() if last_week else week_value(last_day.date())
            return "DATE", week, "relative", {"counted": True}
        last_month = re.match(r"\d{4}-\d\d(?![\dW])", ctx.last_value or "")
        if last_week and not last_month:  # "Earlier that week … Later that month": the month the week lies in
            first, last = value_span(last_week.group())
            last_month = re.match(r"\d{4}-\d\d", first) if first[:7] == last[:7] else None
        if unit == "month" and rel == "that" and last_month:
            return "DATE", last_month.group(), "relative", {"counted": True}
        if rel == "that" or unit == "week":
            return "DATE", "XXXX-WXX" if unit == "week" else "XXXX-XX", "relative", {"undated": "no day named before"}
    if rel in ("that", "its") and unit in ("week", "month", "year", "decade", "century", "weekend"):
        return None  # "that year", "its month" refer to another time than the DCT
    if (
        rel == "that"
        and not m["mod"]
        and (
            SAYING_BEFORE_THAT.search(m.string, max(0, m.start() - 20), m.start())
            or (ctx.pos_at(m.start("rel")) == "SCONJ" and _modifies_a_noun_after(m, ctx))
        )
        and ctx.pos_at(m.start("rel")) != "DET"
    ):
        return None  # "warned that winter would bring fresh pressure": the "that" after a verb of saying opens what
        # was said, it points back to no season of the story; so does one the parse reads as opening a clause after
        # any verb, before a season naming the kind of the noun after it ("tells me that winter visitors have doubled")
    framed = ctx.framed(m.start()) if unit in ("year", "month", "week") and rel in ("last", "next", "this") else None
    found = value_start(framed) if framed is not None else None
    if found is not None:  # 'said in 2021: "Next year I go back to teaching"': counted from the quotation's time
        when, precision = found
        if unit == "year":
            return "DATE", f"{when.year + step:04d}", "relative", {"counted": True}
        if unit == "month" and PRECISION.index(precision) >= PRECISION.index("month"):
            return "DATE", (when + relativedelta(months=step)).strftime("%Y-%m"), "relative", {"counted": True}
        if unit == "week" and PRECISION.index(precision) >= PRECISION.index("day"):
            return "DATE", week_value(when.date() + timedelta(weeks=step)), "relative", {"counted": True}
        # 'wrote in 2019: "We will meet next month"': a month of that year the text does not name
        return "DATE", "XXXX-XX" if unit == "month" else "XXXX-WXX", "relative", {"undated": "quoted from another time"}
    if rel == "the same" and unit in ("year", "month") and not m["mod"]:
        # "reported it in May 2021 ... took over the investigation in the same year": the story's year (month)
        last = re.match(r"\d{4}" if unit == "year" else r"\d{4}-\d\d(?!\d)", ctx.last_value or "")
        if last:
            return "DATE", last.group(), "relative", {"counted": True}
    if unit in lx.SEASONS:  # last = the latest season of that name already over, next = the first to come
        code = lx.SEASONS[unit]
        if re.match(r"\s+(?:term|semester|half[- ]term)\b", m.string[m.end() :], re.I):
            return None  # "the autumn term": a school's term, whose months are not the season's
        if (
            rel == "the"
            and not m["mod"]
            and SEASONS_GOODS_AFTER.match(m.string, m.end())
            and not SEASON_TIME_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
        ):
            return None  # "to means-test the winter fuel payment", "sold out of the summer range": a benefit or a
            # good the season names the kind of, no time ("the summer transfer window" is one)
        if m["mod"] and (m["hols"] or re.match(r"\s+(?:holidays|recess)\b", m.string[m.end() :], re.I)):
            return None  # "since the start of the summer holidays": the holidays start in late July, not when the
            # season does; "over the summer holidays" is near enough the summer
        if unit == "fall" and rel == "the" and not m["mod"]:
            before = PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
            if not before or FALL_OF_A_THING.match(m.string, m.end()):
                return None  # "the fall in energy prices", "the fall was larger": a drop, not the autumn
            if not re.match(r"\s+(?:of\s+)?\d", m.string[m.end() :]) and (
                A_PERSONS_FALL_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
                or A_MOMENT_OF_THE_FALL_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                or A_PERSONS_FALL_AFTER.match(m.string, m.end())
                or ctx.person_fell
            ):
                return None  # "died of injuries in the fall", "the fall from the roof", "the fall she suffered": a
                # person's fall, not the autumn
        next_to = SEASON_NEXT_TO_THE_STORY.match(m.string, m.end()) if rel == "the" and not m["mod"] else None
        if next_to and ctx.last_value:
            # "In November, relief convoys reached the city … the winter that followed was the hardest": the first
            # such season after the date the story named last (the last one before it, for "that preceded")
            counted = season_after(ctx.last_value, code, -1 if next_to[1].lower() == "preceded" else 1)
            if counted is not None:
                return "DATE", counted, "relative", {"counted": True}
        if (
            rel == "the"
            and not m["mod"]
            and SEASON_CLAUSE_AFTER.match(m.string, m.end())
            and not PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
        ):
            # "The winter the trains stopped", "the summer that changed everything": a season its clause names
            return "DATE", f"XXXX-{code}", "relative", {"undated": "season named by its event"}
        if rel == "the last" and (story := ctx.moved()) and story[:4] != f"{dct.year:04d}":
            # "sets her story in 1911 … wants her gone before the last winter sets in": the story's last (or
            # final) winter, not the one before publication; which one the words do not say ("the previous spring"
            # is counted from the story's date below)
            return "DATE", f"XXXX-{code}", "relative", {"undated": "season of the story's time"}
        entry = (
            entry_year(
                ctx,
                m,
                lambda y: (season_first_day(y, code), season_first_day(y, code) + relativedelta(months=3, days=-1)),
            )
            if rel == "the"
            else None
        )
        if entry is not None:  # "June 2019 - Repairs will take until the summer": that summer, the entry's
            return "DATE", f"{entry:04d}-{code}", "relative", {"counted": True}
        named = (
            (SEASON_YEAR_OF if code == "WI" else SEASON_YEAR_AFTER).match(m.string, m.end()) if rel == "the" else None
        )
        if named:  # "due out in the spring of this year": that year's, whatever the story's year
            year = dct.year + {"last": -1, "this": 0, "next": 1}[named[1].lower()]
            return "DATE", f"{year:04d}-{code}", "relative"
        # "The firm, founded in 2024, has struggled since the summer": a present perfect "since" a season reaches up
        # to now, so the season is the latest one, whatever year its sentence named before it
        since_now = _since_now(ctx, m)
        framing_year = (
            not since_now
            and re.fullmatch(r"\d{4}", ctx.last_value or "")
            and ctx.last_start >= ctx.sentence_start(m.start())
            and not OWNING_YEAR.match(m.string, ctx.last_start)
            # "Ms Darnell, who joined in 2023, said stores would open in the spring": the aside's year dates her
            # joining only
            and not in_relative_aside(m.string, ctx.last_start, ctx.last_start + 4, m.start())
            # "could run into next year if the autumn is dry": a year a thing runs into is where a stretch ends,
            # which the season comes before, not the year it falls in
            and not RUN_INTO_BEFORE.search(m.string, max(0, ctx.last_start - 12), ctx.last_start)
        )
        if rel == "the" and framing_year:
            # "Events next year include … a lantern walk in the autumn": the year its sentence names frames the
            # season; not a year that owns a noun ("next year's budget, announced in the autumn")
            return "DATE", f"{ctx.last_value}-{code}", "relative", {"counted": True}
        story = re.match(r"\d{4}", ctx.last_value or "")
        coming = rel == "the" and (  # "would decide over the summer", "the autumn season has only started"
            ctx.tense(m.start(), m.end()) == "future" or ctx.perfect(m.start(), m.end())
        )
        if rel in ("the", "that") and story and (rel == "that" or (ctx.moved() and not coming)) and not since_now:
            year = int(story.group())
            month = re.match(r"\d{4}-(\d\d)", ctx.last_value or "")
            ahead = WINTER_AHEAD_LOOKING_BACK if ctx.past_perfect(m.start(), m.end()) else WINTER_AHEAD_FROM_MONTH
            if code == "WI" and (
                month and int(month[1]) >= ahead or re.fullmatch(r"\d{4}-(?:SP|SU|FA)", ctx.last_value or "")
            ):
                year += 1  # "the flood struck on 18 November 2006 … that winter": the one starting that December;
                # "In the autumn of 2019 the bus was withdrawn. The winter was the hardest": the winter of 2019/20
            while ctx.tense(m.start(), m.end()) == "past" and season_first_day(year, code) > dct:
                year -= 1  # "pleaded guilty in January … was sitting her GCSEs that summer", in March: a summer gone
            return "DATE", f"{year:04d}-{code}", "relative", {"counted": True}  # "that summer", in 1978's story
        if rel in ("the following", "following", "the previous", "the prior") and ctx.last_value:
            if re.fullmatch(r"\d{2,3}", ctx.last_value):  # "a winter in the 1950s … the previous autumn": some
                return "DATE", f"XXXX-{code}", "relative"  # year of the decade's, which one is not said
            counted = season_after(ctx.last_value, code, step)  # "the following spring", after the 1974 flood
            if counted is not None:
                return "DATE", counted, "relative", {"counted": True}
        y = dct.year + 1 if code == "WI" and dct.month > 2 else dct.year  # a December's winter is next year's
        first = season_first_day(y, code)
        tense = ctx.tense(m.start(), m.end()) if rel in ("the", "that") else None
        just_gone = dct.month in WINTER_JUST_GONE and ctx.tense(m.start(), m.end()) != "future"
        if rel == "this" and code == "WI" and just_gone:
            return "DATE", f"{dct.year:04d}-WI", "relative"  # "the strongest storm of this winter" in March: that one
        stop = SENTENCE_STOP.search(m.string, m.end())
        sentence = m.string[ctx.sentence_start(m.start()) : stop.end() if stop else len(m.string)]
        this_season = rel == "the" and THIS_SEASON.search(sentence) is not None
        readied = (  # "Europe filled its storage ahead of the winter", in November: the winter about to start
            rel == "the"
            and READIED_FOR.search(m.string, max(0, m.start() - 30), m.start())
            and first > dct
            and first <= dct + relativedelta(months=SEASON_READIED_MONTHS)
        )
        ended = first + relativedelta(months=3)
        if (step < 0 and ended + relativedelta(months=SEASON_JUST_ENDED_MONTHS) > dct) or (
            tense == "past" and first > dct and not this_season and not readied
        ):
            y -= 1  # "last autumn"; "in the autumn she opened a shop" in a March paper: the autumn gone
        elif (step > 0 and first <= dct) or (
            tense == "future"
            and first + relativedelta(months=SEASON_LAST_MONTH_BEGINS) <= dct
            and not ctx.promised(m.start(), m.end())
            and not _names_a_thing_still_running(m, ctx, first + relativedelta(months=3))
        ):
            # "next summer"; "the summer" to come, unless the one under way ("before the summer" in June); but "we
            # were told the report would be out in the summer", in December, may be the summer gone by
            y += 1
        elif rel == "this" and ended <= dct and ctx.tense(m.start(), m.end()) == "future":
            y += 1  # "The pool will open this summer", in December: the summer gone cannot be, the one to come is
        return "DATE", f"{y:04d}-{code}", "relative"
    before_christ = re.fullmatch(r"BC(\d{4})", ctx.last_value or "") if unit == "year" else None
    if rel in ("the following", "the previous", "the prior") and before_christ:
        # "landed in 55 BC and again the following year": BC years count down, so the year after is 54 BC; a year
        # after 1 BC is AD 1, there being no year 0
        year = -int(before_christ[1]) + 1 + step
        counted = f"BC{1 - year:04d}" if year <= 0 else f"{year:04d}"
        return "DATE", counted, "relative", {"counted": True}
    if rel in ("the following", "the previous", "the prior") and unit in ("year", "month") and ctx.scene_undated:
        if ctx.last_start < 0:  # "had been admitted in the spring of 2023. … checked on her at 02:00 on the night of
            # the fall. The home was inspected the following month": the month after that night, which no date names,
            # not the one after the last date the story looked back to
            value = "XXXX-XX" if unit == "month" else "XXXX"
            return "DATE", value, "relative", {"undated": "counted from an undated day"}
    if rel in ("the following", "the previous", "the prior") and ctx.last_value and unit in ("year", "month"):
        base = re.match(r"(\d{4})(?:-(\d\d))?", ctx.last_value)
        if base and (unit == "year" or base.group(2)):
            when = date(int(base.group(1)), int(base.group(2) or 1), 1) + relativedelta(
                years=step if unit == "year" else 0, months=step if unit == "month" else 0
            )
            extras = {"counted": True} if not FISCAL_UNIT.match(m["unit"]) else {"undated": "fiscal"}
            return "DATE", when.strftime("%Y" if unit == "year" else "%Y-%m"), "relative", extras
        if base and unit == "month" and re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])", ctx.last_value):
            # "Autumn 2020: … Hale resigns the following month": the month after the season, quarter or half ends
            # (December 2020), or before it begins; never a month counted from publication
            first, last = (date.fromisoformat(d) for d in value_span(ctx.last_value))
            when = last + relativedelta(months=1) if step > 0 else first - relativedelta(months=1)
            return "DATE", when.strftime("%Y-%m"), "relative", {"counted": True}
        if base and unit == "month" and re.fullmatch(r"\d{4}", ctx.last_value):
            # "joined Chelsea in 2019 … The following month she was named captain": the month after one the text
            # does not name, somewhere about that year, never the month after publication's
            return "DATE", "XXXX-XX", "relative", {"undated": "counted from an unnamed month"}
    if rel in ("the following", "the previous", "the prior") and unit in ("decade", "century"):
        # "passed in the 1960s and amended in the following decade": the 1970s, counted from the story's time, never
        # from publication
        digits = 3 if unit == "decade" else 2
        base = re.match(r"\d+", ctx.last_value or "")
        if base is None or len(base.group()) < digits:
            return "DATE", "X" * digits, "relative", {"undated": "counted from an unnamed time"}
        return "DATE", f"{int(base.group()[:digits]) + step:0{digits}d}", "relative", {"counted": True}
    if rel in ("the following", "the previous", "the prior") and unit == "week" and value_datetime(ctx.last_value):
        return (
            "DATE",
            week_value(value_datetime(ctx.last_value).date() + timedelta(weeks=step)),
            "relative",
            {"counted": True},
        )
    reference = value_datetime(ctx.last_value) if re.match(r"\d{4}-\d\d-\d\d", ctx.last_value or "") else None
    if rel in ("the following", "the previous", "the prior") and unit == "weekend" and reference is not None:
        # "closed from Friday night until Monday 19 October … and again the following weekend": the first weekend
        # after the day the story named last (the last one before it, for "the previous weekend"); a Saturday or
        # Sunday is in a weekend of its own, so the one after or before that
        day = reference.date()
        if step > 0:
            saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
        else:
            saturday = day - timedelta(days=(day.weekday() - 6) % 7 or 7) - timedelta(days=1)
        return "DATE", week_value(saturday) + "-WE", "relative", {"counted": True}
    if rel in ("the following", "following", "the previous", "previous", "the prior", "prior") and unit in (
        "week",
        "weekend",
    ):
        # "August 2021 - Engineers find cracks. The bridge is closed the following week": after a day the text does
        # not name, never publication's next week
        value = "XXXX-WXX-WE" if unit == "weekend" else "XXXX-WXX"
        return "DATE", value, "relative", {"undated": "counted from an unnamed day"}
    if (
        unit == "year"
        and rel in ("the", "the fiscal", "its")
        and re.match(r"\s+(?:ended|ending)\b", m.string[m.end() :])
    ):
        return "DURATION", "P1Y", "relative"  # "the year ended in March": a reporting period, not a date
    last_day = (
        value_datetime(ctx.last_value) if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.last_value or "") else None
    )
    if (
        rel == "the"
        and unit == "week"
        and (m["mod"] or "").lower() in ("earlier", "later", "early", "late")
        and last_day is not None
        and last_day.date() <= dct
        and week_value(last_day.date()) != week_value(dct)
        and (
            0 <= ctx.last_start
            and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(m.start())
            or _day_of_the_sentence_before(ctx, m)
        )
        and ctx.tense(m.start(), m.end()) != "future"
    ):
        # "Shares fell on Friday. Earlier in the week they had risen 4%", in a Monday paper: the week of the day its
        # sentence or the one before named, gone by, not publication's; with no such day it is publication's week
        # ("side_of": the day its earlier or later part is told from)
        return (
            "DATE",
            week_value(last_day.date()),
            "relative",
            {"counted": True, "side_of": last_day.date().isoformat()},
        )
    if (
        rel == "the"
        and unit == "week"
        and (m["mod"] or "").lower() in ("earlier", "early")
        and dct.weekday() == 0
        and ctx.tense(m.start(), m.end()) == "past"
        and not (0 <= ctx.last_start and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(m.start()))
        and not _day_of_the_sentence_before(ctx, m)
    ):
        # "Earlier in the week, the chancellor said …" in a Monday paper: the week just ended, publication's has had
        # no earlier days
        return "DATE", week_value(dct - timedelta(weeks=1)), "relative"
    story_day = value_datetime(ctx.moved()) if rel == "the" and unit in ("week", "weekend") else None
    if story_day is not None and not m["mod"] and ctx.tense(m.start(), m.end()) == "past":
        # "The army arrived the following morning. By the weekend, 1,500 people had been moved": that week's
        ahead = max(0, 5 - story_day.weekday()) if unit == "weekend" else 0  # a Saturday or Sunday is in its own
        day = story_day.date() + timedelta(days=ahead)
        return "DATE", week_value(day) + ("-WE" if unit == "weekend" else ""), "relative", {"counted": True}
    if unit == "week":
        return "DATE", week_value(dct + timedelta(weeks=step)), "relative"
    if unit == "weekend":
        d = dct + timedelta(weeks=step)
        if rel in ("the coming", "coming") and dct.weekday() <= 4:
            d = dct  # "the coming weekend", said on a Monday to Friday: the Saturday and Sunday of this week
        elif rel == "next" and dct.weekday() <= NEXT_WEEKEND_COMING_BY:
            d = dct  # "Next weekend brings Nightwarden", in a Monday paper after the weekend's takings: the weekend
            # at the end of this week, the next one to come, not the one after it
        if rel == "this":
            last_weekday = 2  # "this weekend" told in the past is the one just gone only early in the week: on a
            # Thursday or Friday it is always the one to come ("staff have been doubled this weekend")
        else:
            last_weekday = 3 if FOR_DAY_BEFORE.search(m.string, max(0, m.start() - 5), m.start()) else 4
        if step == 0 and dct.weekday() <= last_weekday and ctx.tense(m.start(), m.end()) == "past":
            # "could not get home at the weekend" on a Monday to Friday: the last one; but "rain was forecast for
            # the weekend" on a Friday: the one to come
            d = dct - timedelta(weeks=1)
        elif step == 0 and rel == "the" and dct.weekday() == SUNDAY and ctx.tense(m.start(), m.end()) == "future":
            d = dct + timedelta(weeks=1)  # "milder weather is expected by the weekend", on a Sunday: the weekend
            # ends that day, so the one still to come is next week's
        return "DATE", week_value(d) + "-WE", "relative"
    if unit == "month":
        return "DATE", (dct + relativedelta(months=step)).strftime("%Y-%m"), "relative"
    if unit == "year":
        value = f"{dct.year + step:04d}"
        mod = (m["mod"] or "").lower()
        if (
            step == 0
            and rel == "the"
            and not mod
            and dct.month <= YEAR_JUST_GONE_MONTHS
            and (ctx.last_value or "").startswith(f"{dct.year - 1:04d}")
            and "past" in (ctx.tense(m.start(), m.end()), ctx.next_verb_tense(m.end()))
            and not YEAR_SO_FAR_AFTER.match(m.string, m.end())
            and not SINCE_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
        ):  # "grew 0.4% in the three months to December … over the year as a whole, the economy expanded", read in
            # February: the year the story tells of, just gone, not one barely begun ("Shares have risen 12% in the
            # year so far" or "since the start of the year", after last year's sales, run up to now: this year's)
            value = f"{dct.year - 1:04d}"
        elif (
            step == 0
            and rel == "the"
            and not mod
            and dct.month <= YEAR_JUST_GONE_MONTHS
            and (
                MOST_OF_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
                or WHOLE_YEAR_BEFORE.search(m.string, max(0, m.start() - 15), m.start())
                and not YEAR_SO_FAR_AFTER.match(m.string, m.end())
                and not ctx.moved()
            )
            and ctx.tense(m.start(), m.end()) == "past"
            and not ctx.perfect(m.start(), m.end())
        ):  # "Rain fell for much of the year", "Greggs opened 226 new shops in the year and closed 81", read in
            # January: most of a year gone by, or a thing done over a whole one, is the last one's, since this one
            # has barely begun; "Rovers have lost for much of the year" and "in the year so far" run up to now, so
            # this year's
            value = f"{dct.year - 1:04d}"
        elif (
            step == 0
            and rel == "the"
            and not mod
            and RESULT_FOR_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
            and not MEASURE_OF_THE_ECONOMY.search(_sentence_around(m, ctx))
            and "past" in (ctx.tense(m.start(), m.end()), ctx.next_verb_tense(m.end()))
        ):  # "reported a pre-tax profit for the year of £48 million": the company's year just reported, the last
            # full one when results come in the first months of a year (2025, read in February), else a year whose
            # end the article does not give, on no calendar days; where the article says it ends ("whose financial
            # year ends in March"), the last such year ended by publication
            if ctx.year_end_month:
                month, day = ctx.year_end_month, ctx.year_end_day
                end_year = dct.year if own_year_end(dct.year, month, day) < dct else dct.year - 1
                return "DATE", f"{end_year:04d}", "relative", {"span": own_year_span(end_year, month, day)}
            if dct.month > YEAR_JUST_GONE_MONTHS:
                return "DATE", value, "relative", {"undated": "fiscal"}
            value = f"{dct.year - 1:04d}"
        named = (
            _year_named_before_in_its_sentence(m, ctx)
            if step == 0
            and rel == "the"
            and mod
            # "Shares, which fell 6% in 2025, have risen 2% since the start of the year": a present perfect bounded
            # by the year's start runs up to now, in this year, not the one its sentence named
            and not (
                SINCE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) and ctx.perfect(m.start(), m.end())
            )
            else None
        )
        if (
            named is None
            and step == 0
            and rel == "the"
            and not FISCAL_UNIT.match(m["unit"])
            and (told := _year_told_just_before(m, ctx))
        ):
            named = told, False  # "The firm was founded in 1998. It opened three shops in the year": that year
        part = mod_code(mod.replace(" in", "").strip())
        if (
            named is None
            and step == 0
            and rel == "the"
            and part is not None
            and value == f"{dct.year:04d}"
            and date.fromisoformat(part_of_span(f"{value}-01-01", f"{value}-12-31", value, part)[0]) > dct
            and ctx.tense(m.start(), m.end()) == "past"
            and not ctx.perfect(m.start(), m.end())
            and not ctx.moved()
        ):  # "sales slowed late in the year", read in February: a part of the year told as gone by that has not
            # begun this year is last year's
            value = f"{dct.year - 1:04d}"
        if named is not None:
            # "expects growth in 2027 as a factory opens in the first half of the year": the part of the year its
            # sentence has just named, not of publication's; of "fiscal 2027", a company's year, on no calendar
            value = f"{named[0]:04d}" + (f"-H{1 if 'first' in mod else 2}" if "half" in mod else "")
            return ("DATE", value, "relative", {"undated": "fiscal"}) if named[1] else ("DATE", value, "relative")
        if (
            mod in ("the first half of", "the second half of")
            and ctx.year_end_month
            and step == 0
            and rel == "the"
            and (
                FISCAL_UNIT.match(m["unit"])
                or (m["unit"].lower() == "year" and TRADING_TOLD.search(_sentence_around(m, ctx)))
            )
            and not MEASURE_OF_THE_ECONOMY.search(_sentence_around(m, ctx))
        ):  # "whose financial year runs to the end of March … profit for the first half of the year": April to
            # September, the company's own half ("the second half of the financial year" too)
            n = 1 if "first" in mod else 2
            return period_of_own_year(dct, ctx.year_end_month, "half", n, period_tense(m, ctx), m, ctx)
        if mod in ("the first half of", "the second half of"):
            n = 1 if "first" in mod else 2
            ends = date(dct.year + step, 6 * n, 1) + relativedelta(months=1) - timedelta(days=1)
            if (
                step == 0
                and rel == "the"
                and ends > dct + timedelta(days=TENSE_SLACK_DAYS)
                and "past" in (ctx.tense(m.start(), m.end()), ctx.next_verb_tense(m.end()))
            ):  # "the second half of the year had been tougher", "profit fell in the first half of the year", read
                # in February: a half told as gone by, which this year's is not yet: last year's
                value = f"{dct.year - 1:04d}"
            elif (
                step == 0
                and rel == "the"
                and ends < dct
                and ctx.tense(m.start(), m.end()) == "future"
                and not RESULTS_OF_A_PERIOD.search(_sentence_around(m, ctx))
            ):  # "the law will be reviewed in the first half of the year", read in October: a half still to come,
                # so next year's ("will report results for the first half of the year" is the one just ended)
                value = f"{dct.year + 1:04d}"
            value += f"-H{n}"
        if FISCAL_UNIT.match(m["unit"]) or "fiscal" in rel:
            return "DATE", value, "relative", {"undated": "fiscal"}  # "the previous fiscal year": not January-December
        return "DATE", value, "relative"
    story = ctx.moved() if step == 0 and rel in ("the", "that") and ctx.tense(m.start(), m.end()) == "past" else None
    year = value_start(story)[0].year if story and value_start(story) else dct.year  # "the century" of a 1978 story
    if unit == "decade":
        return "DATE", f"{(year // 10) + step:03d}", "relative"
    if unit == "century":
        return "DATE", f"{(year // 100) + step:02d}", "relative"
    return None


# The last day of the week (0 = Monday) on which "next weekend" is the first one to come: early in the week the
# weekend just gone is still "this weekend" or "last weekend", so "next" is the coming one; from the middle of the
# week on, the coming one is "this weekend" and "next weekend" is the one after it.
NEXT_WEEKEND_COMING_BY = 1


# A company's figure right before "for" and "the year", with its amount between them or not: "a pre-tax profit for the
# year", "revenue of £410m for the year", "sales for the year".
RESULT_FOR_BEFORE = re.compile(
    r"\b(?:profits?|loss(?:es)?|revenues?|sales|turnover|earnings|results|accounts|dividends?|income|EBITDA)"
    r"(?:\s+(?:of|at)\s+[^\s,.;]+(?:\s+(?:m|bn|million|billion))?)?\s+for\s+$",
    re.I,
)
# Months of publication in which "the year", told as gone by in a story already in the year before, is that year:
# this one has barely begun.
YEAR_JUST_GONE_MONTHS = 3


# "before" or "after" and an event (not a date) after "the week": "the week before the trial", "the month after
# the vote".
BEFORE_AN_EVENT = re.compile(
    rf" (?:before|after|ahead of|following|preceding) (?:the|a|an|his|her|its|their)\s+(?!{MONTH}\b|{WEEKDAY}\b"
    r"|(?:next|last|previous|following)\b)",
    re.I,
)
# Verbs that compare a company's year with the calendar's: "follows the calendar year", "matches the calendar year".
CALENDAR_KIND = re.compile(
    r"\b(?:follows?|following|match(?:es)?|coincides? with|in line with|same as|tracks?|mirrors?|aligned with|runs? "
    r"with)\s+$",
    re.I,
)
# A day named after "the week" or "the weekend": "of May 10-11", "of 7 June".
OF_A_DAY = re.compile(
    # "the weekend of May 10-11", "the weekend of 2 and 3 January", "the week of 13 April"
    rf" of (?:(?:the )?{DAY_NUMBER}(?: ?(?:[-–]|and) ?{DAY_NUMBER})? (?:of )?{MONTH}|{MONTH} {DAY_NUMBER})\b"
)


# Months in which "this winter" told of as not to come is the winter just gone ("the coldest this winter has been",
# in a March paper), not the next one.
WINTER_JUST_GONE = (3, 4, 5)

# Words that make a season the one something was done to be ready for: "ahead of the winter", "in the run-up to
# the summer". Told in the past, the readying is done but the season may still be to come.
READIED_FOR = re.compile(
    r"\b(?:ahead of|in the run-up to|in (?:preparation|readiness) for|in time for|to prepare for)\s+$", re.I
)
# How soon a season must start after publication for a readying told in the past to be for it, not for the one a
# year before: a season that starts within this many months is the one the story's preparations were for.
SEASON_READIED_MONTHS = 3


# How long after its season a thing named by it may still be running ("the summer transfer window closes tonight",
# on 1 September): about a month, the longest such tail (windows, sales, recesses) a reader would still give it.
SEASON_THING_TAIL_DAYS = 31
# A word of what is yet to be after the noun a season names: "the summer festival will return" is next summer's.
STILL_TO_BE = re.compile(r"\b(?:will|would|shall|'ll|going to|is to|are to|next)\b", re.I)


def _names_a_thing_still_running(m: re.Match, ctx: Context, season_end: date) -> bool:
    """Whether "the <season>" is the first word of a noun it names ("the summer transfer window closes at 11pm
    tonight") told in the plain present within SEASON_THING_TAIL_DAYS of that season's end: the thing of the season
    just gone, still running, not of the season a year on."""
    after = re.match(r"\s+(\w)", m.string[m.end() :])
    if after is None or ctx.pos_at(m.end() + after.start(1)) not in ("NOUN", "PROPN"):
        return False
    if ctx.dct is None or ctx.dct.date() >= season_end + timedelta(days=SEASON_THING_TAIL_DAYS):
        return False
    stop = SENTENCE_STOP.search(m.string, m.end())
    return not STILL_TO_BE.search(m.string, m.end(), stop.end() if stop else len(m.string))


def season_after(value: str, code: str, step: int) -> str | None:
    """The first season `code` (SP, SU, FA, WI) after the calendar span of `value` (step 1), or the last one before
    it (step -1): ('1974-06-14', 'SP', 1) -> '1975-SP'. None when `value` has no calendar span."""
    first, last = value_span(value)
    if not first:
        return None
    if step > 0:
        end = date.fromisoformat(last[:10])
        year = end.year - 1
        while season_first_day(year, code) <= end:
            year += 1
    else:
        begin = date.fromisoformat(first[:10])
        year = begin.year + 1
        while season_first_day(year, code) + relativedelta(months=3) > begin:
            year -= 1
    return f"{year:04d}-{code}"


# Goods, benefits and crops a season names the kind of, right after it or after one more noun ("the winter fuel
# payment", "the summer wheat crop", "the winter flu jab"): things, not times; periods and events ("the summer
# transfer window", "the autumn statement") keep their season.
SEASONS_GOODS_AFTER = re.compile(
    rf"\s+(?:{_NOT_A_SEASONS_NOUN})?(?:fuel|payments?|allowances?|bonus(?:es)?|grants?|benefits?|coats?|jackets?|boots|tyres|"
    r"clothes|clothing|uniforms?|wardrobes?|wheat|barley|oats|crops?|vaccines?|jabs?|boosters?|vaccinations?|menus?|"
    r"kits?|ranges?|gritters?|grit)\b(?!\s+(?:season|months?|period|window|break|holidays?)\b)",
)
# A preposition of time before "the <season>", which makes it a time even before a noun ("in the winter fuel bills
# rose"); "of" and "for" do not ("short of the winter flu jab", "eligible for the winter fuel payment").
SEASON_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|over|through|throughout|by|before|after|until|till|since|into|across)\s+$", re.I
)


# A clause right after "the <season>" that says which one it was: "the winter the trains stopped", "the summer
# when the river ran dry", "the summer that changed everything".
SEASON_CLAUSE_AFTER = re.compile(
    r"\s+(?:when|that|in which|the|a|an|his|her|their|our|my|its|we|they|he|she|I|you)\s+(?!of\b)", re.I
)
# A clause after "the <season>" that places it next to the story's last date: "the winter that followed", "the
# spring which came after", "the summer that preceded".
SEASON_NEXT_TO_THE_STORY = re.compile(r"\s+(?:that|which)\s+(followed|came after|preceded)\b", re.I)
# What follows "the fall" when it is a drop in something, not the season: "the fall in prices", "the fall of the
# pound" (but "the fall of 2021" is the season).
FALL_OF_A_THING = re.compile(r"\s+(?:in|of)\s+(?!\d)", re.I)
# Harm just before "in/from/after the fall", or what follows "the fall", that make it a person's fall and not the
# autumn: "injuries in the fall", "was badly hurt in the fall", "the fall from the ladder", "the fall she suffered".
A_PERSONS_FALL_BEFORE = re.compile(
    r"\b(?:injur\w*|hurt|wound\w*|fractur\w*|broke|broken|bruis\w*|concussion|hip|head)"
    r"(?:\s+[\w'-]+){0,3}\s+(?:in|from|after|during|of|since|following)\s+$",
    re.I,
)
A_PERSONS_FALL_AFTER = re.compile(
    r"\s+(?:from|off|down)\s+(?!\d)|\s+(?:he|she|they|I|we)\s+(?:had|suffered|took|sustained)\b", re.I
)
# A time of day or a moment told as "of", "before" or "after" a fall: a season has no one night or hour, so "the night
# of the fall", "in the hours after the fall", "at the time of the fall" name a fall someone had.
A_MOMENT_OF_THE_FALL_BEFORE = re.compile(
    r"\b(?:night|day|morning|afternoon|evening|moment|time|date|hours?|minutes?|seconds?)"
    r"\s+(?:of|before|after|since|following|leading up to)\s+$",
    re.I,
)
# A person falling told in the article ("died after falling from her bed", "fell down the stairs", "suffered a fall
# at home"): its "the fall" is that one, not the autumn.
A_PERSON_FELL = re.compile(
    r"\b(?:fell|falling|fallen|falls?)\s+(?:from|off|down|over|onto|into|out of|through)\s+(?!\d|[£$€])"
    r"|\b(?:suffered|had|took|sustained|after)\s+(?:a|her|his|their)\s+(?:bad\s+|serious\s+|heavy\s+)?fall"
    r"(?!\s+(?:in|of)\b)",
    re.I,
)
# A preposition (or "this", "last") before "the <season>": "in the summer the council will decide" is a season.
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|over|through|throughout|by|before|after|until|till|since|for|from|into|across|of|at)\s+$", re.I
)


# A change measured against the period before, just before "the month", "the year", "the quarter": "dropped 0.4% on
# the month", "prices were flat on the year", "up 12 points on the week".
# A change by a share or by points right before "over", "during" or "in" and "the year": "prices up 6.2% over the
# year", "a rise of 3 points during the year".
CHANGE_OVER = re.compile(r"(?:\d\s?%|\bper ?cent|\d\s+points?)\s+(?:\w+\s+){0,2}?(?:over|during|across|in)\s+$", re.I)

COMPARED_ON = re.compile(
    r"(?:%|\bper ?cent|\bpoints?|\bpence|\bcents?|\bup|\bdown|\bhigher|\blower|\bflat|\bunchanged)\s+on\s+$", re.I
)

# A superlative and its noun right before "of the": "the coldest weeks of the year", "one of the busiest days of the
# month". In a clause not in the past it says when something is most so in any year ("follows a seal colony through
# the coldest weeks of the year"), no year of the calendar; "Monday was the hottest day of the year" keeps this
# year. Nouns ending in -est are no superlatives.
NOT_SUPERLATIVE_EST = (
    "protest interest west midwest northwest southwest rest unrest test contest request quest conquest inquest "
    "forest guest chest crest nest arrest harvest manifest behest".split()
)
# A share of a year right before "the year": "for much of the year", "most of the year", "all of the year".
PART_OF_BEFORE = re.compile(
    r"\b(?:much|most|all|part|parts|some|half|the rest|the remainder|the bulk|large parts)\s+of\s+$", re.I
)
# A share of "the year" more than its first three months (YEAR_JUST_GONE_MONTHS): "much of the year".
MOST_OF_BEFORE = re.compile(r"\b(?:much|most|all|half|the bulk|large parts)\s+of\s+$", re.I)
# A preposition that makes "the year" the whole stretch a thing was done in, right before it: "opened 226 shops in
# the year", "sold 2m cars during the year" ("over the year" of a figure is the twelve months to its latest reading,
# not a calendar year); and words after it that stop it short of its end ("in the year so far").
WHOLE_YEAR_BEFORE = re.compile(r"\b(?:in|during|throughout)\s+$", re.I)
YEAR_SO_FAR_AFTER = re.compile(r"\s*(?:so far|to date|until now|up to now|thus far)\b", re.I)
# A year or decade named in the sentence of a share of "the year"; one after publication's puts the words in its
# time ("by the 2070s", "by 2050").
OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d(?:s|'s)?\b")


def _share_of_any_year(m: re.Match, ctx: Context) -> bool:
    """Whether "the year" after a share of it ("much of the year") is any year, no year of the calendar: told in the
    plain present ("The road is closed for most of the year", "Heatwaves now last for much of the year"), or not in
    the past in a sentence that names a later year or decade the words are set in ("heatwaves could last for much of
    the year by the 2070s"). Told in the past
    ("Rain fell for much of the year"), in the present perfect, or ahead with no later year ("The strike will last
    for much of the year"), it is a year of the calendar as before."""
    if not PART_OF_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return False
    tense = ctx.tense(m.start(), m.end())
    if tense == "present":
        return not ctx.perfect(m.start(), m.end())
    if tense == "past" or not ctx.dct:
        return False
    if ctx.plain_present(m.start(), m.end()):
        return True  # "Heatwaves now last for much of the year": an eventive plain present read as a plan, with
        # no date before it in its sentence to plan for ("opens in March and runs for much of the year" keeps it)
    opening = ctx.sentence_start(m.start())
    end = m.string.find(".", m.end())
    sentence = m.string[opening : end if end >= 0 else len(m.string)]
    return any(int(y[:4]) > ctx.dct.year for y in OTHER_YEAR.findall(sentence))


# A title given for the best of a time, right before "of the year" ("player of the year", "Young Manager of the
# Month", "goal of the season"): the award is named, no time is dated.
AWARD_OF_BEFORE = re.compile(
    r"\b(?:player|manager|coach|goal|try|save|team|club|sportsperson|personality|footballer|cricketer|athlete|rookie"
    r"|book|novel|album|song|record|car|word|person|employee|entrepreneur|businesswoman|businessman|volunteer|carer"
    r"|teacher|nurse|apprentice|pub|restaurant|building|photograph|photographer|journalist|reporter|woman|man"
    r"|champion|newcomer|breakthrough|performance|signing|pundit)s? of\s+$",
    re.I,
)
SUPERLATIVE_OF = re.compile(
    rf"\b(?:best|worst|most|least|(?!(?:{'|'.join(NOT_SUPERLATIVE_EST)})\b)\w\w+est)\s+(?:[\w-]+\s+){{0,2}}of\s+$",
    re.I,
)
# A superlative's loose times, not days or weeks of the calendar, before "of the": "accused the union of holding
# passengers to ransom at one of the busiest times of the year". Told in the past as well they say when a thing is
# most so in any year: a past day would be named as a day ("Monday was the busiest day of the year").
SUPERLATIVE_TIMES_OF = re.compile(
    r"\b(?:best|worst|most|least|\w\w+est)\s+(?:[\w-]+\s+)?(?:times|periods|moments|spells)\s+of\s+$", re.I
)
# What makes such a year this one after all: "the hottest day of the year so far".
SO_FAR_AFTER = re.compile(r"\s+(?:so far|to date|yet)\b", re.I)

# Words around "the month", "the year" that compare a figure with the period before the one the text is about ("rose
# 0.2% from the month before", "higher than the year earlier").
PERIOD_BEFORE_AFTER = re.compile(r"\s+(?:before|earlier|prior)\b", re.I)
COMPARED_FROM = re.compile(r"\b(?:from|than|with|on|over)\s+$", re.I)

# "since" just before an expression: in the present perfect ("has cut prices since the spring") it counts to now.
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# "since" before a month, alone or naming a thing of it: "since October", "since the October Budget".
SINCE_THE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


# Days in a unit of a stretch that a day ends ("the 26 weeks to 30 August"); months and years end with a month.
DAYS_IN_UNIT = {"week": 7, "day": 1}


# "the year to March", "the year ended March 31, 2023", "the year ending June": a reporting year named by its end.
# "The year to mid-2025" ends with the middle of that year, the end of June (a mid-year estimate's 30 June).
YEAR_TO = re.compile(
    rf"\s+(?:to|ended|ending|through)\s+(?:(?:in\s+)?(?:the end of\s+)?(?:{DAY_NUMBER}\s+(?:of\s+)?)?(?P<m>{MONTH})"
    rf"(?:\s+(?P<d>{DAY_NUMBER}))?"
    rf"(?:,?\s+(?P<y>{YEAR}))?|mid-?(?P<mid>{YEAR}))\b"
)
# The month a year's middle ends: "mid-2025" ends with June.
MID_YEAR_MONTH = 6


# What is said of a period still running: "its forecast for", "guidance for", "the outlook for"; and a limit set
# for a period not yet over ("raised its price cap for the three months to the end of March", see LIMIT_FOR_BEFORE).
FORECAST_FOR = re.compile(
    r"\b(?:forecasts?|outlook|guidance|targets?|expectations?|estimates?|projections?|predictions?|caps?|ceilings?"
    r"|limits?|tariffs?|quotas?|allowances?)\s+for\s+"
    r"(?:the\s+|its\s+|this\s+)?(?:(?:full|whole|current|fiscal|financial)\s+)*(?:year|[\w-]+\s+months)$",
    re.I,
)


# What is told of a period once it is over: "results for", "accounts for", whatever the tense ("results for the year
# to March 31 are due in June": the year just ended).
RESULTS_FOR = re.compile(
    r"\b(?:results|figures|accounts|earnings|annual report)\s+for\s+(?:the\s+|its\s+)?(?:(?:full|whole|fiscal"
    r"|financial)\s+)*(?:year|[\w-]+\s+months)$",
    re.I,
)


def year_to(ending: re.Match, ctx: Context, months: int = 12, value: str | None = None, days: int = 0) -> Result:
    """'the year to March' -> DURATION P1Y, dated as the twelve months ending with that month (the last one ended
    before publication when no year is written, the coming one in a clause of the future: "expects profit … for the
    year to March"), as a reader takes it; 'the six months to Sept. 30' (`months` 6) likewise. With `days`, a
    stretch counted in weeks or days ("the 26 weeks to 30 August", `days` 182) is that many days ending on the day
    named, when one is."""
    if value is None:
        value = duration_value(months // 12, "year") if months % 12 == 0 else duration_value(months, "month")
    month = month_number(ending["m"]) if ending["m"] else MID_YEAR_MONTH
    if ending["y"] or ending["mid"]:
        year = int(ending["y"] or ending["mid"])
    elif ctx.dct and (
        (ctx.tense(ending.start(), ending.end()) or ctx.tense(max(0, ending.start() - 1), ending.start())) == "future"
        and not RESULTS_FOR.search(ending.string, max(0, ending.start() - 60), ending.start())
        and not REPORTED_PERIOD_BEFORE.search(ending.string, max(0, ending.start() - 90), ending.start())
        or FORECAST_FOR.search(ending.string, max(0, ending.start() - 60), ending.start())
    ):  # "the year ending in March" has the tense of the clause "the year" is in; a forecast ("cut its forecast
        # for the full year to March") is for a year not yet over, whatever the tense of the verb over it
        # "expects profit of 260 billion yen for the year to March" in August: the year still running, to next March
        year = ctx.dct.year if month_end(ctx.dct.year, month) >= ctx.dct.date() else ctx.dct.year + 1
    elif ctx.dct and ENDED_GLUE.match(ending.group()):
        # "the three months ended March 31", in a March 10 paper: a period told as over ended before publication, a
        # year back when this year's end is still to come
        named = re.search(rf"\b{DAY_NUMBER}\b", ending.group())
        end = month_end(ctx.dct.year, month)
        if named is not None and int(re.match(r"\d+", named.group()).group()) <= end.day:
            end = end.replace(day=int(re.match(r"\d+", named.group()).group()))
        year = ctx.dct.year if end <= ctx.dct.date() else ctx.dct.year - 1
    elif ctx.dct:
        year = (
            ctx.dct.year
            if month_end(ctx.dct.year, month) < ctx.dct.date() + timedelta(days=TENSE_SLACK_DAYS)
            else ctx.dct.year - 1
        )
    else:
        return "DURATION", value, "relative"
    last = month_end(year, month)
    if days:  # "the 26 weeks to 30 August": that many days ending on the day named, not whole months
        named = re.search(rf"\b{DAY_NUMBER}\b", ending.group())
        if named is None:
            return "DURATION", value, "relative"  # "the 26 weeks to August": which day ends them is not said
        day = int(re.match(r"\d+", named.group()).group())
        if day > last.day:
            return "DURATION", value, "relative"
        last = date(year, month, day)
        first = last - timedelta(days=days - 1)
        return "DURATION", value, "relative", {"span": (first.isoformat(), last.isoformat())}
    named = re.search(rf"\b{DAY_NUMBER}\b", ending.group()) if not ending["mid"] else None
    day = int(re.match(r"\d+", named.group()).group()) if named is not None else last.day
    if day < last.day:
        # "the year to 1 February", a retailer's year ending on a Saturday: the twelve months ending on that day
        # (2 February to 1 February), not the calendar month's end
        last = date(year, month, day)
        first = last - relativedelta(months=months) + timedelta(days=1)
        return "DURATION", value, "relative", {"span": (first.isoformat(), last.isoformat())}
    first = date(year, month, 1) - relativedelta(months=months - 1)
    return "DURATION", value, "relative", {"span": (first.isoformat(), last.isoformat())}


_QUARTER_REL = (
    r"(?P<rel>the same|the comparable|the corresponding|the year-earlier|the year-ago|the prior-year|the year-before"
    r"|this year's|last year's|next year's|the current|the latest|the previous|the prior|the last|the fiscal|the|this"
    r"|last|next|its|year-earlier|year-ago|latest|fiscal|current|that)"
)


# A plan's words just before a period: "planned for the first quarter", "scheduled for the second half".
PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|slated|due|pencilled|penciled)\s+(?:for|in)\s+$", re.I)


# A forecast's words just before a period: "forecast second-quarter revenue", "expects its fourth-quarter sales",
# "guidance for the third quarter". What is forecast is a period not yet reported, whatever the tense of the verb
# ("The company forecast second-quarter revenue of $5 billion": the coming quarter, not last year's).
FORECAST_OF_BEFORE = re.compile(
    r"\b(?:forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|expect(?:s|ed|ing)?|guid(?:es|ed|ing)"
    r"|(?:guidance|outlook|forecasts?|predictions?|projections?)\s+for)\s+(?:(?:its|their|the)\s+)?$",
    re.I,
)


def period_tense(m: re.Match, ctx: Context) -> str | None:
    """The tense that places a quarter or half year named at match `m`: "future" when it is what a forecast is of
    (FORECAST_OF_BEFORE), else its clause's."""
    return "future" if _forecast_of(m) else ctx.tense(m.start(), m.end())


def _forecast_of(m: re.Match) -> bool:
    """Whether a period named at match `m` is what a forecast is of (FORECAST_OF_BEFORE)."""
    return FORECAST_OF_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is not None


def fiscal_period(m: re.Match, unit: str, n: int) -> Result:
    """The nth quarter or half of a fiscal year named by its end ("the first quarter of the fiscal year ending March
    2027": April to June 2026): the calendar quarter or half year it is when its months are one (2026-Q2), else
    its months as the span of a fiscal period."""
    return period_of_year_ending(month_number(m["fe_m"]), int(m["fe_y"]), unit, n)


def period_of_year_ending(end_month: int, end_year: int, unit: str, n: int) -> Result:
    """The nth quarter or half of a company's year ending in month `end_month` of `end_year` (see `fiscal_period`)."""
    months = 6 if unit == "half" else 3
    first = date(end_year, end_month, 1) - relativedelta(months=11) + relativedelta(months=months * (n - 1))
    last = first + relativedelta(months=months) - timedelta(days=1)
    if (first.month - 1) % months == 0:
        code = f"Q{(first.month - 1) // 3 + 1}" if months == 3 else f"H{(first.month - 1) // 6 + 1}"
        return "DATE", f"{first.year:04d}-{code}", "explicit"
    return (
        "DATE",
        f"FY{end_year:04d}-{'H' if months == 6 else 'Q'}{n}",
        "explicit",
        {"span": (first.isoformat(), last.isoformat())},
    )


# A company's year named by the month it ends, earlier in a sentence: "in the year to March", "for the year ending
# June 2026"; a quarter or half of "the year" after it in the sentence is one of that year.
YEAR_ENDING_BEFORE = re.compile(
    rf"\byear (?:to|ending|ended|ended in|through) (?:the end of )?(?P<m>{MONTH})(?: {DAY_NUMBER})?"
    rf"(?:,? (?P<y>{YEAR}))?\b[^.;:!?]*$",
    re.I,
)


# Where an article says a company's year ends: "whose financial year runs to the end of March", "its fiscal year
# ends in June", "a financial year running from April to March".
YEAR_END_SAID = re.compile(
    rf"\b(?:financial|fiscal|accounting|business) year,?\s+(?:which\s+|that\s+)?(?:runs?|running)?\s*"
    rf"(?:from (?:the start of )?{MONTH} )?(?:to|until|through|ends?|ending|ended|closes?|closing)\s+(?:in |on |at )?"
    rf"(?:the end of )?(?:{DAY_NUMBER}\s+(?:of\s+)?)?(?P<m>{MONTH})\b",
    re.I,
)


# A quarter or half by its number, whose end `PERIOD_END_AFTER` may name right after it.
PERIOD_NAMED_BEFORE_ITS_END = re.compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?P<unit>quarter|half)\b", re.I
)


# A company's results for a year named by the month it ends: "Pre-tax profit fell to £212m in the year to March",
# "revenue for the year ended 31 March". Said of a company's accounts (not of the economy's measures, whose "year to
# March" is any twelve months), it says where the company's own year ends.
RESULTS_YEAR_TO = re.compile(
    rf"\b(?:financial |fiscal )?year\s+(?:to|ended|ending)\s+(?:the end of\s+)?(?:{DAY_NUMBER}\s+(?:of\s+)?)?"
    rf"(?P<m>{MONTH})\b",
    re.I,
)
COMPANY_ACCOUNTS = re.compile(
    r"\b(?:(?:pre-tax |operating |underlying |annual )?(?:profits?|losses|deficits?|surplus(?:es)?)|revenues?|turnover"
    r"|earnings|dividends?|(?:profit |earnings |full-year )?(?:forecasts?|guidance)"
    r"|results)\b",
    re.I,
)


# A company's year named by its number, whose end `PERIOD_END_AFTER` may name right after it: "fiscal 2026 ended on
# 30 June", "its fiscal year 2026, which ended in September".
FISCAL_YEAR_NAMED_BEFORE_ITS_END = re.compile(
    rf"\b(?:fiscal|financial)(?: year)? {YEAR}(?:-\d\d)?"
    r"(?= *,? *(?:\(\s*)?(?:which |that )?(?:ended|ends|ending|closed))",
    re.I,
)
PERIOD_OF_BEFORE = re.compile(r"\b(?:quarter|half|period|months)\s+of\s+(?:its\s+|the\s+)?$", re.I)
# The year a quarter or half is of, between the period and its end: "the fourth quarter of fiscal 2026, which ended".
OF_FISCAL_YEAR = re.compile(rf"\s+of\s+(?:its\s+|the\s+)?(?:fiscal|financial)(?: year)? {YEAR}(?:-\d\d)?", re.I)


def year_end_month(text: str) -> int | None:
    """The month a company's own year ends in, when the text says so ("whose financial year runs to the end of
    March": 3; "pre-tax profit fell in the year to March", a company's results) and every such statement names the
    same month; None otherwise, or when it is December, whose quarters are the calendar's anyway."""
    months = {month_number(m["m"]) for m in YEAR_END_SAID.finditer(text)}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for m in RESULTS_YEAR_TO.finditer(sentence):
            told = sentence[: m.start()]  # what the year is the year of: "profit rose … in the year to March"
            if COMPANY_ACCOUNTS.search(told) and not MEASURE_OF_THE_ECONOMY.search(told):
                months.add(month_number(m["m"]))
    for m in FISCAL_YEAR_NAMED_BEFORE_ITS_END.finditer(text):
        end = PERIOD_END_AFTER.match(text, m.end())  # "fiscal 2026, which ended on 30 June": a year ending in June
        if end is not None and not PERIOD_OF_BEFORE.search(text[: m.start()]):  # not the quarter's end
            months.add(month_number(end["m1"] or end["m2"]))
    for m in PERIOD_NAMED_BEFORE_ITS_END.finditer(text):
        # "the first half, which ended on 30 September": a half that ends in September, of a year ending in March;
        # so does "the fourth quarter of fiscal 2026, which ended on 30 September"
        of_year = OF_FISCAL_YEAR.match(text, m.end())
        end = PERIOD_END_AFTER.match(text, of_year.end() if of_year is not None else m.end())
        if end is not None and lx.ORDINALS.get(m["ord"].lower(), 9) <= (2 if m["unit"].lower() == "half" else 4):
            step = 6 if m["unit"].lower() == "half" else 3
            later = step * ((2 if step == 6 else 4) - lx.ORDINALS[m["ord"].lower()])
            months.add((month_number(end["m1"] or end["m2"]) - 1 + later) % 12 + 1)
    return months.pop() if len(months) == 1 and 12 not in months else None


# A company's year said to be the calendar's: "its financial year follows the calendar year".
CALENDAR_YEAR_SAID = re.compile(
    r"\b(?:financial|fiscal|accounting) year (?:follows|matches|is the same as|runs with) the calendar year\b", re.I
)


def accounts_follow_the_calendar(text: str) -> bool:
    """Whether the text says a company's own year is the calendar year ("its financial year ends on 31 December",
    "follows the calendar year"), and names no other end: its "fiscal 2026" is then January to December 2026."""
    months = {month_number(m["m"]) for m in YEAR_END_SAID.finditer(text)}
    return months == {12} or (not months and CALENDAR_YEAR_SAID.search(text) is not None)


def year_end_day(text: str, month: int | None) -> int | None:
    """The day of month `month` a company's year ends on, when every statement of the text that names a day of it
    in saying where the year ends ("in the year to 1 February", "the 52 weeks to 1 February") names the same one,
    short of the month's end; None otherwise (the month's last day, "the year to 31 March", or no day named)."""
    if month is None:
        return None
    days = set()
    for m in re.finditer(
        rf"\b(?:year|weeks)\s+(?:to|ended|ending|ends)\s+(?:on\s+)?(?P<d>{DAY_NUMBER})\s+(?:of\s+)?(?P<m>{MONTH})\b"
        rf"|\b(?:year|weeks)\s+(?:to|ended|ending|ends)\s+(?:on\s+)?(?P<m2>{MONTH})\s+(?P<d2>{DAY_NUMBER})\b",
        text,
        re.I,
    ):
        if month_number(m["m"] or m["m2"]) == month:
            days.add(int(re.match(r"\d+", m["d"] or m["d2"]).group()))
    if len(days) != 1:
        return None
    day = days.pop()
    return day if day < month_end(2001, month).day else None  # a year of 365 days: 28 February is its month's end


def period_of_own_year(
    dct: date, end_month: int, unit: str, n: int, tense: str | None, m: re.Match, ctx: Context
) -> Result:
    """The nth quarter or half of a company's year ending in month `end_month`, nearest publication (`dct`): of
    the periods that number names in the years around it, the last begun by publication when the clause (of match
    `m`) is in the past or present ("made a profit in its second quarter", read in October of a year to March: July
    to September); when it is to come, the first not over RECENT_PERIOD_DAYS before publication, whose results may
    still be due ("will report its second-quarter results"; "the plant would open in the fourth quarter": January
    to March), or the first not over at all when planned for it ("scheduled for the second quarter")."""
    options = [period_of_year_ending(end_month, year, unit, n) for year in range(dct.year - 1, dct.year + 3)]
    if (whole := _full_year_named_before(m, ctx)) is not None:
        # "The full year shows sales up 9.2%, with the strongest growth in the first half": a half of the year its
        # sentence has just named, not the last begun by publication
        own = period_of_year_ending(end_month, whole, unit, n)
        return own[0], own[1], "relative", *own[3:]

    def span(result: Result) -> tuple[date, date]:
        if len(result) > 3 and "span" in result[3]:
            first, last = result[3]["span"]
            return date.fromisoformat(first), date.fromisoformat(last)
        return value_span_dates(result[1])

    if tense == "future":
        planned = PLANNED_FOR.search(m.string, max(0, m.start() - 20), m.start())
        # only results may still be due for a period over ("will report its second-half results"); a thing to be
        # done in it ("plans to begin making batteries in the second half") is in one not yet over
        results = RESULTS_OF_A_PERIOD.search(_sentence_around(m, ctx))
        since = dct - timedelta(days=0 if planned or not results else RECENT_PERIOD_DAYS)
        chosen = next(r for r in options if span(r)[1] >= since)
    else:
        begun = [r for r in options if span(r)[0] <= dct]
        chosen = begun[-1]
        first, last = span(chosen)
        if tense == "past" and len(begun) > 1 and (dct - first) < (last - dct):
            # "In the first half of the year, profit had been held back", in the April after a year to February: a
            # period told as gone by is not one barely begun (less of it run than still to run), but the one before
            chosen = begun[-2]
    return chosen[0], chosen[1], "relative", *chosen[3:]


# A company's year named whole, from where its expression starts: "The full year", "the whole year".
OWN_YEAR_WORDS = re.compile(r"(?:the\s+)?(?:full|whole)[- ]year\b", re.I)


def _full_year_named_before(m: re.Match, ctx: Context) -> int | None:
    """The year (its last calendar year, for a company's own) of "the full year" named last, earlier in the
    sentence of match `m`, else None."""
    if (
        re.fullmatch(r"\d{4}", ctx.last_value or "")
        and ctx.sentence_start(m.start()) <= ctx.last_start < m.start()
        and OWN_YEAR_WORDS.match(m.string, ctx.last_start)
    ):
        return int(ctx.last_value)
    return None


def value_span_dates(value: str) -> tuple[date, date]:
    """The first and last day of a calendar quarter or half year value ("2026-Q3", "2026-H2")."""
    year, code = int(value[:4]), value[5:]
    months = 3 if code[0] == "Q" else 6
    first = date(year, months * (int(code[1]) - 1) + 1, 1)
    return first, first + relativedelta(months=months) - timedelta(days=1)


# Measures of a whole economy, whose "year to March" is twelve months to a month, not a company's year.
# Words of a company's trading, which make "the first half of the year" in their sentence a half of the company's
# own year; a launch or an opening "in the second half of the year" with none of them is in the calendar's half.
TRADING_TOLD = re.compile(
    COMPANY_ACCOUNTS.pattern + r"|\b(?:sales|trading|margins?|orders|bookings|guidance|outlook|performance)\b", re.I
)

MEASURE_OF_THE_ECONOMY = re.compile(
    r"\b(?:inflation|prices|GDP|econom\w*|wages|pay growth|unemployment|employment|jobless|house prices|CPI|RPI"
    r"|output|borrowing|exports|imports)\b",
    re.I,
)


# A count of periods one after another: "for the second quarter in a row", "the third quarter running".
IN_A_ROW = re.compile(r"\s+(?:in a row|running|in succession)\b", re.I)
# A span of weeks or months set right after a quarter or half, as its own name for it: "its third quarter, the 13
# weeks to 28 November", "the first half (the 26 weeks ended 30 August)". A company whose year is not the calendar's
# spells out what its quarter covers; that span dates it, and the calendar quarter of the same number would not.
PERIOD_SPELLED_OUT_AFTER = re.compile(
    r"\s*[,(–—-]\s*the\s+(?:\d+|\w+)\s+(?:weeks|months)\s+(?:to|ended|ending|through|until)\b", re.I
)

# A company's own year named right after a quarter or half, with no end month: "the first half of its fiscal year",
# "the third quarter of the financial year". Which months that year covers the words do not say.
OWN_YEAR_AFTER = re.compile(
    r"\s+of\s+(?:its|their|the|the company's|the group's)\s+(?:current\s+)?(?:fiscal|financial|business)\s+year\b"
    r"(?!\s+(?:ending|ended|to|through)\b)",
    re.I,
)

# The day a quarter or half ends, said right after it: "the first half, which ended on 30 September", "the second
# quarter to 30 June", "the first half ended 28 September". A company's half that ends in September is April to
# September, whatever the calendar's first half is; the named end dates the period.
PERIOD_END_AFTER = re.compile(
    rf"\s*,?\s*(?:\(\s*)?(?:(?:which|that)\s+(?:ended|ends|closed|finished|ran|runs)|ended|ending|to|through)\s+"
    rf"(?:on\s+|in\s+|at\s+)?(?:the\s+end\s+of\s+)?(?:(?P<d1>{DAY_NUMBER})\s+(?P<m1>{MONTH})|(?P<m2>{MONTH})"
    rf"(?:\s+(?P<d2>{DAY_NUMBER}))?)\b(?:,?\s+(?P<y>{YEAR})\b)?",
    re.I,
)


def period_ending_said(m: re.Match, unit: str, n: int, ctx: Context) -> Result:
    """The nth quarter or half whose last month a clause right after it names (`PERIOD_END_AFTER`): the months
    back from that month ("the first half, which ended on 30 September", read in October 2025: April to September
    2025), as a company's period of the year it belongs to, or the calendar's when its months are the calendar's."""
    end = PERIOD_END_AFTER.match(m.string, m.end())
    if end is None or not ctx.dct:
        return None
    month = month_number(end["m1"] or end["m2"])
    total = 2 if unit == "half" else 4
    if end["y"]:
        year = int(end["y"])
    else:
        said = re.match(r"\W*(?:which|that)\s+(\w+)|\W*(\w+)", end.group(0))
        verb = (said.group(1) or said.group(2) or "").lower()
        tense = "past" if verb in ("ended", "closed", "finished", "ran") else ctx.tense(m.start(), m.end())
        year = year_of_month(ctx.dct.date(), month, tense)
        day = end["d1"] or end["d2"]
        if (
            verb in ("ended", "closed", "finished", "ran")
            and day
            and _is_day(year, month, int(re.match(r"\d+", day).group()))
            and date(year, month, int(re.match(r"\d+", day).group())) > ctx.dct.date()
        ):
            year -= 1  # "the second quarter ended Oct. 31", in an Oct. 27 paper: the quarter of the year before
    year_end = date(year, month, 1) + relativedelta(months=(6 if unit == "half" else 3) * (total - n))
    result = period_of_year_ending(year_end.month, year_end.year, unit, n)
    return result if end["y"] else (result[0], result[1], "relative", *result[3:])


def _other_half_of_its_sentence(m: re.Match, ctx: Context) -> tuple[str, bool] | None:
    """(year, whether of a company's own year) of the half of a year the sentence of a half named without its year
    ("in the second half") named last before it ("in the first half of last year"): two halves told side by side in
    one sentence are of one year. None when the sentence named no half before it, or another date after that half."""
    if ctx.last_start < 0 or ctx.sentence_start(ctx.last_start) != ctx.sentence_start(m.start()):
        return None
    named = re.fullmatch(r"(\d{4}|XXXX)-H[12]", ctx.last_value or "")
    if named is None:
        return None
    return named[1], ctx.last_undated == "fiscal"


# A relative word between a quarter and the ending that names it: "the quarter that ended Oct. 31".
THAT_ENDED = re.compile(r"\s+(?:that|which)(?=\s+ended\b)", re.I)


def _after_that(m: re.Match) -> int:
    """Where the words after a quarter go on past a "that" or "which" before "ended" ("the quarter that ended")."""
    glue = THAT_ENDED.match(m.string, m.end())
    return glue.end() if glue else m.end()


def _quarter_ended(ending: re.Match, ctx: Context) -> Result:
    """ "The quarter ended Oct. 31", "the quarter that ended in September": the three months that end on that day,
    dated as "the three months ended" would be; its value is the calendar quarter when the three months are one, else
    the year they end in (a company's own quarter, August to October, is no calendar quarter)."""
    found = year_to(ending, ctx, 3, "P3M")
    if found is None or len(found) < 4 or "span" not in found[3]:
        return "DATE", "XXXX-XX", "relative", {"undated": "fiscal"}
    first, last = (date.fromisoformat(d) for d in found[3]["span"])
    if first.day == 1 and first.month % 3 == 1 and last == month_end(last.year, last.month):
        return "DATE", f"{last.year:04d}-Q{last.month // 3}", "relative", {"span": found[3]["span"]}
    return "DATE", f"{last.year:04d}", "relative", {"span": found[3]["span"]}


@rule(
    "quarter",
    rf"(?:(?P<mod>early|earlier|late|later|the end of|the beginning of"
    rf"|the rest of)[- ](?:in )?)?(?:{_QUARTER_REL}[- ])?(?:(?P<y0>{YEAR}) )?(?:(?P<ord>{ORDINAL}|final"
    rf"|last)[- ](?:fiscal[- ])?)?"
    # "the same period in 2023": a period set in a year as much as "of 2023" does
    r"(?P<unit>quarter|half|period)(?:(?:,? of| of fiscal|,|(?<=period) in)? (?P<y>1[6-9]\d\d|20\d\d|the year"
    r"|this year|last year|next year|fiscal \d{4})"
    # "the first quarter of the fiscal year ending March 2027": a company's quarter, placed by its year's end
    rf"| of (?:the|its) (?:fiscal|financial|business) year (?:ending|ended|to|through) (?P<fe_m>{MONTH})"
    rf"(?: {DAY_NUMBER})?,? (?P<fe_y>{YEAR}))?",
)
def _quarter(m: re.Match, ctx: Context) -> Result:
    """'the third quarter', 'third-quarter', 'the latest quarter', 'the first half of 1989' -> DATE 1989-Q3/H1."""
    rel = (m["rel"] or "").lower()
    unit = m["unit"].lower()
    ordinal = (m["ord"] or "").lower()
    if not rel and not ordinal:
        return None
    if IN_A_ROW.match(m.string, m.end()):
        return None  # "raised its cap for the second quarter in a row": a count of quarters, no one quarter
    if (
        unit == "quarter"
        and not ordinal
        and not m["mod"]
        and not (m["y"] or m["y0"])
        and rel in ("the", "the latest", "the fiscal", "its", "latest", "fiscal", "the last")
        and (ending := YEAR_TO.match(m.string, _after_that(m)))
        and not ending["mid"]
        and re.match(r"\s+(?:to|ended)\b", ending.group(), re.I)  # not "ending", which may be still to come
    ):
        return _quarter_ended(ending, ctx)
    if ordinal == "final" and unit in ("quarter", "half"):
        ordinal = "fourth" if unit == "quarter" else "second"  # "a strong final quarter": the year's fourth
    if m["fe_m"] and ordinal in lx.ORDINALS and lx.ORDINALS[ordinal] <= (2 if unit == "half" else 4):
        return fiscal_period(m, unit, lx.ORDINALS[ordinal])
    if (
        not (m["y"] or m["y0"])
        and unit in ("quarter", "half")
        and ordinal in lx.ORDINALS
        and lx.ORDINALS[ordinal] <= (2 if unit == "half" else 4)
        and (said := period_ending_said(m, unit, lx.ORDINALS[ordinal], ctx)) is not None
    ):  # "the first half, which ended on 30 September": April to September, the half that ends there
        return said
    if ordinal and unit in ("quarter", "half") and not (m["y"] or m["y0"]):
        if OWN_YEAR_AFTER.match(m.string, m.end()) and not ctx.year_end_month and not ctx.calendar_accounts:
            # "profit rose in the first half of its fiscal year": a half of a year whose months are not given
            code = "H" if unit == "half" else "Q"
            n, year = lx.ORDINALS.get(ordinal, "X"), ctx.dct.year if ctx.dct else "XXXX"
            return "DATE", f"{year}-{code}{n}", "relative", {"undated": "fiscal"}  # as its other undated halves
        if PERIOD_SPELLED_OUT_AFTER.match(m.string, m.end()) and not ctx.year_end_month:
            # where the article said where the company's year ends, the quarter is that year's, as below
            code = "H" if unit == "half" else "Q"
            return "DATE", f"XXXX-{code}{lx.ORDINALS.get(ordinal, 'X')}", "relative", {"undated": "fiscal"}
    ending = YEAR_ENDING_BEFORE.search(m.string, ctx.sentence_start(m.start()), m.start()) if ctx.dct else None
    if (
        ending is not None
        and not m["y"]
        and not m["y0"]
        and rel in ("", "the", "its", "their")
        and unit in ("quarter", "half")
        and ordinal in lx.ORDINALS
        and lx.ORDINALS[ordinal] <= (2 if unit == "half" else 4)
        and not MEASURE_OF_THE_ECONOMY.search(_sentence_around(m, ctx))
    ):
        # "sales in the year to March had been hit by a recall in the final quarter": the quarter of that year,
        # January to March, not of the calendar year (figures of the economy, "inflation in the year to March",
        # count twelve months to a month, and their quarters are the calendar's)
        month = month_number(ending["m"])
        year = int(ending["y"]) if ending["y"] else year_of_month(ctx.dct.date(), month, ctx.tense(m.start(), m.end()))
        result = period_of_year_ending(month, year, unit, lx.ORDINALS[ordinal])
        return result if ending["y"] else (result[0], result[1], "relative", *result[3:])
    if (
        ctx.year_end_month
        and ctx.dct
        and ending is None
        and not m["y0"]
        and (m["y"] or "the year").lower() == "the year"
        and rel in ("", "the", "its", "their", "fiscal", "the fiscal")  # "its fiscal first quarter" too
        and unit in ("quarter", "half")
        and ordinal in lx.ORDINALS
        and lx.ORDINALS[ordinal] <= (2 if unit == "half" else 4)
        and not MEASURE_OF_THE_ECONOMY.search(_sentence_around(m, ctx))
        and not (ctx.sport or GAME_WORDS.search(_sentence_around(m, ctx)))
    ):
        # "whose financial year runs to the end of March … profit rose in its second quarter": July to
        # September, the company's own quarter, not April to June
        named = _year_named_before_in_its_sentence(m, ctx)
        if named is not None and named[1]:
            # "sales in fiscal 2025 were held back by a recall in the second quarter": that year's quarter (July to
            # September 2024 for a year ending in March), not the last such quarter before publication
            return period_of_year_ending(ctx.year_end_month, named[0], unit, lx.ORDINALS[ordinal])
        return period_of_own_year(
            ctx.dct.date(), ctx.year_end_month, unit, lx.ORDINALS[ordinal], period_tense(m, ctx), m, ctx
        )
    if rel == "the" and not ordinal and COMPARED_ON.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "sales rose 2% on the quarter": a comparison with the quarter before, not a date
    if unit == "period" and m["y0"] and rel == "the":
        return "DATE", m["y0"], "explicit"  # "the 1988 period"
    if unit == "period" and rel not in (
        "the latest",
        "latest",
        "the year-earlier",
        "the year-ago",
        "year-earlier",
        "year-ago",
        "the comparable",
        "the corresponding",
        "the same",
    ):
        return None
    if unit == "half" and not ordinal:
        return None
    written = re.search(r"\d{4}", m["y"] or m["y0"] or "")
    if not ctx.dct and written and "fiscal" not in m.group(0).lower() and ordinal in lx.ORDINALS:
        # "the first quarter of 2025" dates itself, publication known or not
        if unit == "half":
            return "DATE", f"{written.group()}-H{1 if ordinal in ('first', '1st') else 2}", "explicit"
        if unit == "quarter" and lx.ORDINALS[ordinal] <= 4:
            return "DATE", f"{written.group()}-Q{lx.ORDINALS[ordinal]}", "explicit"
    if not ctx.dct:
        return "DATE", "XXXX-Q" + (str(lx.ORDINALS.get(ordinal, "X")) if unit != "half" else "X"), "relative"
    dct = ctx.dct.date()
    year = dct.year
    ylabel = (m["y"] or m["y0"] or "").lower()
    explicit = False
    if re.search(r"\d{4}", ylabel):
        year, explicit = int(re.search(r"\d{4}", ylabel).group()), True
    elif ylabel == "last year" or rel == "last year's":
        year -= 1
    elif ylabel == "next year" or rel == "next year's":
        year += 1
    fiscal = "fiscal" in m.group(0).lower() or "fiscal" in rel
    if (
        explicit
        and ylabel.startswith("fiscal")
        and ctx.year_end_month
        and unit in ("quarter", "half")
        and lx.ORDINALS.get(ordinal, 9) <= (2 if unit == "half" else 4)
    ):  # "whose financial year runs to the end of March … the second half of fiscal 2026": October 2025 to March
        # 2026, a half of the company's year named by the calendar year it ends in
        return period_of_year_ending(ctx.year_end_month, year, unit, lx.ORDINALS[ordinal])
    named = _year_named_before_in_its_sentence(m, ctx) if ylabel == "the year" else None
    if (
        not (ylabel or explicit or fiscal)
        and rel in ("", "the")
        and ordinal in lx.ORDINALS
        and unit in ("quarter", "half")
    ):
        when = _year_of_its_when_clause(m, ctx)
        n = lx.ORDINALS[ordinal]
        sentence = _sentence_around(m, ctx)
        business = BUSINESS_WORDS.search(sentence) is not None
        game = ctx.sport or GAME_WORDS.search(sentence) is not None
        if when is not None and n <= (2 if unit == "half" else 4) and (business or not game and unit == "quarter"):
            # "The last recession was in 2020, when the economy shrank by 20% in the second quarter": that year's
            return "DATE", f"{when:04d}-{'H' if unit == 'half' else 'Q'}{n}", "relative"
    if named is not None:  # "sales growth in 2027 as a factory opens in the first half of the year": 2027's half
        year, fiscal = named[0], fiscal or named[1]
    whole = _full_year_named_before(m, ctx) if not (ylabel or explicit or fiscal or rel.endswith("year's")) else None
    if whole is not None and unit in ("quarter", "half") and ordinal in lx.ORDINALS:
        # "The full year shows volumes up 2.9%, with the strongest growth in the fourth quarter": that year's
        n = lx.ORDINALS[ordinal]
        if n <= (2 if unit == "half" else 4):
            return "DATE", f"{whole:04d}-{'H' if unit == 'half' else 'Q'}{n}", "relative"
    if unit == "half":
        n = 1 if ordinal in ("first", "1st") else 2
        if not (explicit or ylabel or rel.endswith("year's")) and (other := _other_half_of_its_sentence(m, ctx)):
            # "Sales fell in the first half of last year and recovered in the second half": that year's other half,
            # of the calendar or of the company's own year as the half named before it was
            result = "DATE", f"{other[0]}-H{n}", "relative"
            return (*result, {"undated": "fiscal"}) if other[1] else result
        if not (explicit or ylabel or rel.endswith("year's")):
            sentence = _sentence_around(m, ctx)
            if not BUSINESS_WORDS.search(sentence) and (ctx.sport or not ctx.half_years or GAME_WORDS.search(sentence)):
                return None  # "in the second half Jones scored": a half of a match, not of a year
            fiscal = (
                fiscal
                or ctx.fiscal_halves
                or not calendar_period(dct, date(year, 6 * n - 5, 1), 6, ctx.tense(m.start(), m.end()))
            )
        elif (
            ylabel == "the year"
            and named is None
            and date(year, 6 * n - 5, 1) > dct
            and "past" in (ctx.tense(m.start(), m.end()), ctx.next_verb_tense(m.end()))
        ):
            year -= 1  # "the second half of the year had been tougher", read in February: a half gone by, last year's
        result = "DATE", f"{year:04d}-H{n}", "explicit" if explicit else "relative"
        return (*result, {"undated": "fiscal"}) if fiscal else result
    last_one = unit == "quarter" and (ordinal == "last" or (rel in ("the last", "last") and not ordinal))
    if (ordinal in lx.ORDINALS or last_one) and not (explicit or ylabel or rel.endswith("year's") or fiscal):
        sentence = _sentence_around(m, ctx)
        if (ctx.sport or GAME_WORDS.search(sentence)) and not BUSINESS_WORDS.search(sentence):
            # "found something in the last quarter", said after a match, is the match's last quarter too
            # "Miami led 85-68 late in the third quarter", a coach's "our defense in the fourth quarter": a quarter
            # of a game, not of a year
            return None
    if ordinal in lx.ORDINALS:
        q = lx.ORDINALS[ordinal]
        if not explicit and rel not in ("next year's",) and (year, q) > (dct.year, quarter_of(dct)):
            # a quarter still to come this year, spoken of in the past: last year's ("its profit for the fourth
            # quarter fell", read in March), whichever verb the parse hung the quarter on
            if not _forecast_of(m) and "past" in (ctx.tense(m.start(), m.end()), ctx.next_verb_tense(m.end())):
                year -= 1
        elif not explicit and not ylabel and not rel.endswith("year's") and (year, q) < (dct.year, quarter_of(dct)):
            # a quarter gone by this year, planned for or in a clause of what is to come: next year's ("output
            # increases planned for the first quarter" read in December, "will cut 600 jobs by the end of the first
            # quarter" read in October); not one just ended, whose results are still to come ("will report its
            # third-quarter results", read in October)
            ended = date(year, 3 * q, 1) + relativedelta(months=1) - timedelta(days=1)
            if PLANNED_FOR.search(m.string, max(0, m.start() - 20), m.start()):
                year += 1
            elif (dct - ended).days > RECENT_PERIOD_DAYS and period_tense(m, ctx) == "future":
                year += 1
        value = f"{year:04d}-Q{q}"
    else:
        # "the quarter", "the latest quarter": the last quarter a company reported, i.e. the one before the DCT's
        prev = dct.replace(day=1) - relativedelta(months=3)
        if rel in ("this", "the current", "current"):
            prev = dct
        if rel in ("next",):
            prev = dct + relativedelta(months=3)
        if rel == "last year's" or ylabel == "last year":
            prev = prev - relativedelta(years=1)
        if re.search(r"\d{4}", ylabel):
            prev = prev.replace(year=year)
        told = re.match(r"(\d{4})-(?:Q([1-4])|(\d\d))", ctx.last_period or ctx.last_value or "")
        if rel in ("the previous", "the prior") and unit == "quarter" and told and not ylabel:
            # "grew 0.4% in the three months to December … growth in the previous quarter": the quarter before the
            # one the story tells of (July to September), not the one before publication's
            month = 3 * int(told[2]) if told[2] else int(told[3])
            prev = date(int(told[1]), month, 1) - relativedelta(months=3)
            if told[2] and ctx.fiscal_quarter and not ctx.calendar_quarters:  # "grew 4.1% in the fourth quarter,
                # after 2.2% in the previous quarter", of a year to March: the company's third quarter, undated
                return "DATE", f"{prev.year:04d}-Q{quarter_of(prev)}", "relative", {"undated": "fiscal"}
        value = f"{prev.year:04d}-Q{quarter_of(prev)}"
        if unit == "period" and rel in ("the same", "the comparable", "the corresponding"):
            # "612 cases in weeks 1 to 7, against 459 in the same period of 2025": the period named last, in that
            # year; when the text named none the calendar holds (epidemiological weeks), that year's, undated
            base = ctx.last_period or ctx.last_value or ""
            own = re.fullmatch(r"FY(\d{4})-([QH])([1-4])", base)
            if own and ctx.year_end_month and not _same_period_as_named(m, ctx):
                # "profit for the first half of the year", of a year to March, "against £80m in the same period last
                # year": that company half of the year before, April to September
                kind = "half" if own[2] == "H" else "quarter"
                return period_of_year_ending(ctx.year_end_month, int(own[1]) - 1, kind, int(own[3]))[:2] + (
                    "relative",
                    *period_of_year_ending(ctx.year_end_month, int(own[1]) - 1, kind, int(own[3]))[3:],
                )
            named = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|\d\d)", base)
            if (
                named
                and ylabel
                and not explicit
                and base == ctx.last_value
                and SINCE_BEFORE.search(m.string, max(0, ctx.last_start - 12), max(0, ctx.last_start))
            ):  # "Sales have risen 4% since January, compared with the same period last year": January to a day of
                # last year's March the words do not give, not January alone
                return "DATE", f"{year:04d}", "relative", {"undated": "period not given"}
            if named:
                # "the same period last year" is the named period a year before it, not last year's: "sales in the
                # three months to December rose … on the same period last year", in March, is October-December of
                # the year before the one just ended ("of 2025" names its year)
                target = year if explicit else int(named[1]) - 1
                if not ylabel and _same_period_as_named(m, ctx):
                    target = int(named[1])  # "rose 2% in January 2025. Rents rose 3% over the same period": then
                    if COMPARED_BEFORE.search(m.string, max(0, ctx.last_start - 50), ctx.last_start):
                        # "7.9% higher than in January 2025 … rose 9.4% over the same period": the stretch from
                        # that month to the one compared, which the text does not give
                        return "DATE", f"{target:04d}", "relative", {"undated": "period not given"}
                run = MONTH_RUN_TO.search(m.string, max(0, ctx.last_start - 30), max(ctx.last_start, 0))
                if run and named[2].isdigit() and ctx.last_start >= 0:  # "between January and July ...": all of them
                    first = date(target, month_number(run["m"]), 1)
                    last = month_end(target, int(named[2]))
                    if first < last:
                        span = {"span": (first.isoformat(), last.isoformat())}
                        return "DATE", f"{target:04d}", "explicit" if explicit else "relative", span
                fiscal = {"undated": "fiscal"} if named[2].startswith("H") and ctx.fiscal_halves else {}
                # "profit for the first half of its fiscal year … against the same period a year earlier": the
                # company's half, whose months the calendar's half is not
                if target != int(named[1]):
                    # a period a figure is set against: the story stays at its own period, so a second "the same
                    # period last year" is again the year before that one, not two years back
                    fiscal = {**fiscal, "compared": True}
                if not ylabel and YEAR_BACK_AFTER.match(m.string, m.end()):  # "the same period a year earlier":
                    # already the year back, which the words after it only say again
                    return "DATE", f"{target:04d}-{named[2]}", "relative", {"year_back": True, **fiscal}
                return (
                    "DATE",
                    f"{target:04d}-{named[2]}",
                    "explicit" if explicit else "relative",
                    *([fiscal] if fiscal else []),
                )
            if ylabel:
                return "DATE", f"{year:04d}", "explicit" if explicit else "relative", {"undated": "period not given"}
    if rel in (
        "the year-earlier",
        "the year-ago",
        "year-earlier",
        "year-ago",
        "the prior-year",
        "the year-before",
        "the comparable",
        "the corresponding",
    ):
        y, q = value.split("-")
        if not ylabel:  # "the corresponding period of last year", "the comparable quarter of 2024": that year's
            value = f"{int(y) - 1:04d}-{q}"
    result = "DATE", value, "explicit" if explicit else "relative"
    if ordinal in lx.ORDINALS and not explicit and not ylabel and not rel.endswith("year's"):
        first = date(int(value[:4]), 3 * int(value[-1]) - 2, 1)
        fiscal = fiscal or not (ctx.calendar_quarters or calendar_period(dct, first, 3, ctx.tense(m.start(), m.end())))
    return (*result, {"undated": "fiscal"}) if fiscal else result


# Words of comparing before "the same period" ("against 459 in", "compared with"), and of a year after it ("a year
# earlier"), that make it the period named last, a year before.
COMPARED_BEFORE = re.compile(
    r"\b(?:against|compar\w* (?:with|to)|versus|vs\.?|from|than|up on|down on)\s+(?:\S+\s+){0,4}$",
    re.I,
)
YEAR_BACK_AFTER = re.compile(
    r",?\s+(?:a|one) year (?:earlier|ago|before)\b|,?\s+(?:of )?the (?:previous|prior) year", re.I
)


# Words of what is reported on a period once it has ended: "will report its results for the first half of the year"
# is the half gone by.
RESULTS_OF_A_PERIOD = re.compile(
    r"\b(?:results?|figures|earnings|accounts|report(?:s|ed|ing)?|publish(?:es|ed)?|dividend)\b", re.I
)


def _same_period_as_named(m: re.Match, ctx: Context) -> bool:
    """Whether a bare "the same period" is the period named last itself, not that period a year before: it is in a
    later sentence ("Prices rose 2% in January 2025. Rents rose 3% over the same period"), nothing compares it ("against
    459 in the same period") and no year back follows it ("the same period a year earlier")."""
    if ctx.last_start >= 0 and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(m.start()):
        return False  # a period named in an earlier paragraph (no date yet in this one) is as much told before
    if YEAR_BACK_AFTER.match(m.string, m.end()):
        return False
    return not COMPARED_BEFORE.search(m.string, max(0, m.start() - 50), m.start())


@rule(
    "quarter_code",
    rf"(?-i:(?P<u>[QH])(?P<n>[1-4]))(?:,? (?P<y>{YEAR})|(?: of)? fiscal (?P<fy>{YEAR})|,? (?-i:FY) ?(?P<fy2>\d\d))?",
)
def _quarter_code(m: re.Match, ctx: Context) -> Result:
    """'Q3', 'Q4 2024', 'H1' -> DATE 2025-Q3 / 2024-Q4 / 2025-H1, read as 'the third quarter' is: without a year, the
    calendar one under way or just reported (a past-tense one still to come this year is last year's), else the
    company's fiscal one, undated."""
    unit, n = m["u"], int(m["n"])
    if unit == "H" and n > 2:
        return None
    months = 3 if unit == "Q" else 6
    if m["fy2"]:  # "Q4 FY26": the company's fiscal 2026, whose months are its own
        return "DATE", f"20{m['fy2']}-{unit}{n}", "explicit", {"undated": "fiscal"}
    if m["y"] or m["fy"]:
        result = "DATE", f"{int(m['y'] or m['fy']):04d}-{unit}{n}", "explicit"
        return (*result, {"undated": "fiscal"}) if m["fy"] else result
    before = m.string[max(0, m.start() - 30) : m.start()]
    period_before = PERIOD_WORD_BEFORE.search(before)
    if not BUSINESS_WORDS.search(_sentence_around(m, ctx)) or (
        re.search(r"(?-i:[A-Z][\w-]*)\s+$", before) and not period_before
    ):
        return None  # "the Audi Q3": no period; a quarter is named among results ("In Q3, sales rose" is one)
    if unit == "H" and not period_before and not RESULTS_NOUN_AFTER.match(m.string, m.end()):
        return None  # "green H2" is hydrogen: a half year alone only after "in", "during", "over", "through", or
        # before what a company reports for it ("H1 revenue", "H2 profits")
    if not ctx.dct:
        return "DATE", f"XXXX-{unit}{n}", "relative"
    dct = ctx.dct.date()
    year = dct.year
    tense = ctx.tense(m.start(), m.end())
    first = date(year, months * (n - 1) + 1, 1)
    if first > dct and "past" in (tense, ctx.next_verb_tense(m.end())):
        year -= 1  # "Q4 sales fell", read in March: last year's
        first = first.replace(year=year)
    result = "DATE", f"{year:04d}-{unit}{n}", "relative"
    return result if calendar_period(dct, first, months, tense) else (*result, {"undated": "fiscal"})


# A preposition right before a quarter's or half's code that makes it a time: "in H1", "During Q3".
PERIOD_WORD_BEFORE = re.compile(r"\b(?:in|during|over|through|for)\s+$", re.I)
# What a company reports for a period, right after its code: "H1 revenue", "H2 operating profit".
RESULTS_NOUN_AFTER = re.compile(
    r"\s+(?:(?:pre-tax|net|operating|core|underlying|gross|adjusted)\s+)?"
    r"(?:revenues?|sales|profits?|earnings|results|loss(?:es)?|income|turnover|margins?|EBITDA|dividends?)\b",
    re.I,
)
# Words of company results and the economy: "the first half" among them is a half-year, elsewhere (sport) it is not.
BUSINESS_WORDS = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|income|loss(?:es)?|results|growth|econom\w*|GDP|output|inflation|"
    r"dividends?|shares|turnover|margins?|forecasts?|fiscal|financial|percent|per cent|billion|million)\b|%|[$£€¥]",
    re.I,
)
# Words of a game: a quarter among them and no words of business is a quarter of the game.
GAME_WORDS = re.compile(
    r"\b(?:scor\w*|points?|goals?|led|lead|trail\w*|game|touchdowns?|baskets?|rebounds?|layups?|3-pointers?|"
    r"innings?|quarterbacks?|wickets?|tries|overtime)\b|\b\d{1,3}-\d{1,3}\b",
    re.I,
)
# A quarter or half named without a year is taken as a calendar one when it is the one under way at publication,
# one of those that ended within this many days before it (results come out some weeks after a period ends), or
# one to come in a future-tense clause; any other is a company's fiscal period, whose months the text does not give.
RECENT_PERIOD_DAYS = 120


def calendar_period(dct: date, first: date, months: int, tense: str | None) -> bool:
    """Whether a period of `months` starting `first` reads as a calendar one next to publication `dct` (see above)."""
    last = first + relativedelta(months=months) - timedelta(days=1)
    if first <= dct <= last or (0 <= (dct - last).days <= RECENT_PERIOD_DAYS):
        return True
    return first > dct and tense != "past"


# A year written in a sentence, "fiscal" (or "financial year") before it when it is a company's own: "the outlook for
# fiscal 2027", "sales growth in 2027".
# A year right after an article or a possessive names a thing of that year ("the 2019 law"), not the sentence's time.
YEAR_IN_SENTENCE = re.compile(
    rf"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
    rf"(?P<fiscal>\b(?:fiscal|financial year)\s+)?\b(?P<y>{YEAR})\b(?![-/–]\d)",
    re.I,
)


def _year_named_before_in_its_sentence(m: re.Match, ctx: Context) -> tuple[int, bool] | None:
    """The last year written before match `m` in its sentence and whether it is a company's own ("fiscal 2027"), or
    None: "the year" of "the first half of the year" is the one its sentence has just named, not publication's."""
    opening = ctx.sentence_start(m.start())
    found = list(YEAR_IN_SENTENCE.finditer(m.string, opening, m.start()))
    if not found:
        return None
    if NEW_CLAUSE_BETWEEN.search(m.string, found[-1].end(), m.start()) and WHEN_CLAUSE_AFTER_YEAR.search(
        m.string, opening, found[-1].start()
    ):
        return None  # "had inherited a deficit when it came to power in July 2024, and that the economy had grown
        # slowly in the first half of the year": the year dates the "when" clause only, not the clause set after it
    return int(found[-1]["y"]), found[-1]["fiscal"] is not None


def _year_told_just_before(m: re.Match, ctx: Context) -> int | None:
    """The past year a clause was dated by ("founded in 1998", "promoted in 2019"), the last date named, in the
    sentence of "the year" told in the past or in the one right before it in its paragraph: "the year" goes on telling
    of that year ("The firm was founded in 1998. It opened three shops in the year": 1998; "The plant opened in 2016.
    Output doubled later in the year": late 2016), not of publication's or the one just gone. None otherwise: a year
    a figure is compared with ("up from £40m in 2023") dates no clause of its own, and "the year so far" runs up to
    now."""
    if ctx.dct is None or ctx.last_start < 0 or not re.fullmatch(r"\d{4}", ctx.last_value or ""):
        return None
    if int(ctx.last_value) >= ctx.dct.year or "\n" in m.string[ctx.last_start : m.start()]:
        return None
    here = ctx.sentence_start(m.start())
    before = len(m.string[:here].rstrip()) - 1  # the last character of the sentence before
    opening = ctx.sentence_start(ctx.last_start)
    if opening != here and (before < 0 or ctx.sentence_start(before) != opening):
        return None
    if not YEAR_IN_BEFORE.search(m.string, max(0, ctx.last_start - 12), ctx.last_start):
        return None
    if COMPARED_BEFORE.search(m.string, max(0, ctx.last_start - 50), ctx.last_start):
        return None
    if (
        YEAR_SO_FAR_AFTER.match(m.string, m.end())
        or ctx.tense(m.start(), m.end()) != "past"
        or ctx.perfect(m.start(), m.end())
    ):
        return None
    return int(ctx.last_value)


def _year_of_its_when_clause(m: re.Match, ctx: Context) -> int | None:
    """The year written last before match `m` in its sentence when `m` is in the "when" clause right after that year
    ("was in 2020, when the economy shrank by 20% in the second quarter"), told in the past: the clause tells of
    that year. None otherwise."""
    found = list(YEAR_IN_SENTENCE.finditer(m.string, ctx.sentence_start(m.start()), m.start()))
    if not found or found[-1]["fiscal"] is not None:
        return None
    if not WHEN_CLAUSE_AFTER_YEAR.match(m.string[found[-1].end() : m.start()]):
        return None
    return int(found[-1]["y"]) if ctx.tense(m.start(), m.end()) == "past" else None


# A comma and a conjunction opening a clause of its own: ", and that", ", but".
NEW_CLAUSE_BETWEEN = re.compile(r",\s+(?:and|but)\b", re.I)


def _sentence_around(m: re.Match, ctx: Context) -> str:
    """The text of the sentence holding match `m` (from its start to the next full stop after the match)."""
    start = ctx.sentence_start(m.start())
    stop = re.compile(r"[.!?](?:\s|$)").search(m.string, m.end())
    return m.string[start : stop.end() if stop else len(m.string)]


# What "before" opens right after "a year before": an event or a clause it is counted from ("a year before her
# retirement", "the year before the war", "a year before he died"), not the date the story named last.
EVENT_AFTER_BEFORE = re.compile(r"\s+(?:his|her|their|its|the|a|an|my|our|your|he|she|they|it|we|I)\b")


@rule(
    "year_earlier",
    r"(?P<rel>the year-earlier|the year-ago|year-earlier|year-ago|a year earlier|a year ago|the year before"
    r"|the previous year|the prior year|a year before)",
)
def _year_earlier(m: re.Match, ctx: Context) -> Result:
    """'a year earlier', 'year-ago' -> the last referred period moved back a year (quarter or year)."""
    if m["rel"].lower() in ("a year before", "the year before") and EVENT_AFTER_BEFORE.match(m.string, m.end()):
        # "A year before her retirement she performed…", "the year before he died": counted from the event named
        # after it, not from the last date; "a year" is then a length, as "two years before" is, and "the year" one
        # the words do not date
        if m["rel"].lower() == "a year before":
            return None
        return "DATE", "XXXX", "relative", {"undated": "counted from an unnamed time"}
    if not ctx.dct:
        return "DATE", "XXXX", "relative"
    if (
        ctx.report_month
        and ctx.last_start < 0
        and m["rel"].lower() not in ("the previous year", "the prior year")  # may be the whole year before
        and (
            m["rel"].lower() != "a year ago" or COMPARED_WITH_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
        )
    ):
        # "London prices were 1.9% lower than a year earlier", in a report of November: that November's year
        # before, the month the figures are set against, not the whole previous year
        year, month = map(int, ctx.report_month.split("-"))
        return "DATE", f"{year - 1:04d}-{month:02d}", "relative", {"counted": True}
    last = ctx.last_value or ""
    same_sentence_year = re.fullmatch(r"\d{4}", last) and ctx.last_start >= ctx.sentence_start(m.start())
    if (
        ctx.year_end_month
        and ctx.year_end_month != 12
        and m["rel"].lower() not in ("a year ago",)
        and (not last or re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", last))
        and (not ctx.last_period or re.fullmatch(r"\d{4}", ctx.last_period))
        and FIGURE_SET_AGAINST.search(m.string, max(0, m.start() - 40), m.start())
    ):
        # "reported a deficit for the year to 31 July … staff costs rose to £214m, up from £198m a year earlier": a
        # figure of the accounts set against the year of accounts before the last one ended (August to July), not a
        # year before the day the accounts came out
        month, day = ctx.year_end_month, ctx.year_end_day
        end = ctx.dct.year if own_year_end(ctx.dct.year, month, day) < ctx.dct.date() else ctx.dct.year - 1
        return "DATE", f"{end - 1:04d}", "relative", {"span": own_year_span(end - 1, month, day)}
    stretch = re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", ctx.last_period or "")
    if (
        stretch
        and m["rel"].lower() in ("a year earlier", "a year before", "the year before")
        and (last == stretch[2] or last[:10] == ctx.dct.date().isoformat())
        and (
            STEP_OPENS.fullmatch(m.string, ctx.sentence_start(m.start()), m.start())
            or FIGURE_SET_AGAINST.search(m.string, max(0, m.start() - 40), m.start())
            or COMPARED_WITH_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
        )
    ):
        # "rose 40% in the week to January 5, figures showed on Thursday. || A year earlier, there were 2,000": the
        # same stretch a year before, not the whole year before publication; the day the figures came out is no
        # time they tell of
        first, end = (date.fromisoformat(d) - relativedelta(years=1) for d in (stretch[1], stretch[2]))
        return "DATE", end.isoformat(), "relative", {"span": (first.isoformat(), end.isoformat()), "counted": True}
    if (
        ctx.last_period
        and "/" not in ctx.last_period
        and m["rel"].lower() != "a year ago"
        and value_span(last)[0] >= value_span(ctx.last_period)[0]
        and not same_sentence_year  # "the first nine months of fiscal 2025 ... a year earlier": 2024's
    ):
        # "profit for the fourth quarter, reported on Thursday, fell from 664 million a year earlier": the
        # quarter's year before, not the report day's
        last = ctx.last_period
    q = re.fullmatch(r"(\d{4})-(Q\d|H\d)", last)
    if q:
        return "DATE", f"{int(q.group(1)) - 1:04d}-{q.group(2)}", "relative"
    y = re.fullmatch(r"(\d{4})", last)
    if y and m["rel"].lower() not in ("a year ago",):
        return "DATE", f"{int(y.group(1)) - 1:04d}", "relative"
    month = re.fullmatch(r"(\d{4})-(\d{2}|SP|SU|FA|WI)", last)
    if (
        month
        and m["rel"].lower() not in ("a year ago",)
        and (
            ctx.last_start >= ctx.sentence_start(m.start())
            # "… which ran from August to October. || Revenue rose 14% from a year earlier": a figure set against
            # the year before, in a paragraph that names no time before it, is the story's month's year before; so
            # is one in the sentence right after the month's ("Sales in February rose to £1.2bn. That compared with
            # £1bn a year earlier": February's year before, not the whole year)
            or (
                ctx.last_start < 0
                or _day_of_the_sentence_before(ctx, m, r"\d{4}-\d\d")
                and not RUN_END_BEFORE.search(m.string, max(0, ctx.last_start - 10), ctx.last_start)
            )
            and month.group(2).isdigit()
            and (
                COMPARED_WITH_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
                or FIGURE_SET_AGAINST.search(m.string, max(0, m.start() - 40), m.start())
            )
        )
    ):
        # "in the three months to December, from 830 million a year earlier": that December's year before; "Last
        # summer 5.8 million entries were made, fewer than the year before": the summer before that one
        return "DATE", f"{int(month.group(1)) - 1:04d}-{month.group(2)}", "relative"
    if (
        m["rel"].lower() in ("a year earlier", "a year before", "the year before")
        and STEP_OPENS.fullmatch(m.string, ctx.sentence_start(m.start()), m.start())
        and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", last)
        # named in the text: in this paragraph, or an earlier one's (publication's own day passed on is none)
        and (ctx.last_start >= 0 or ctx.story_moved or last[:10] != ctx.dct.date().isoformat())
        and (before := shift_value(last, [(-1, "year")], keep=True))
    ):
        # "The plant closed on 4 September. A year earlier, workers had staged a strike": a step back opening its
        # sentence counts from the month or day the story told of just before, not from publication
        return "DATE", before, "relative", {"counted": True}
    opens = m["rel"].lower() in ("a year earlier", "a year before", "the year before") and STEP_OPENS.fullmatch(
        m.string, ctx.sentence_start(m.start()), m.start()
    )
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", last)
    if opens and season and (ctx.last_start >= 0 or ctx.story_moved or ctx.moved()):
        # "Pupils sitting the papers this summer were given formula sheets. A year earlier, grades had fallen": the
        # season before the one the story told of, as for a month or a day above
        return "DATE", f"{int(season[1]) - 1:04d}-{season[2]}", "relative", {"counted": True}
    if opens and not ctx.moved() and (not last or last[:10] == ctx.dct.date().isoformat()) and ctx.last_start < 0:
        # "The company made a profit of £3m. A year earlier it had made a loss": a step back opening its sentence,
        # after sentences that date nothing (or only publication's day, passed on), counts from the story's own time,
        # which is publication's: the year before it. A step back inside a clause ("the survey had said so a year
        # earlier") is left undated below
        return "DATE", f"{ctx.dct.year - 1:04d}", "relative"
    if (
        ctx.moved()
        and m["rel"].lower() not in ("a year ago",)
        and (before := shift_value(last, [(-1, "year")], keep=True))
    ):
        return "DATE", before, "relative", {"counted": True}  # "a year earlier" than June 2015: June 2014
    if m["rel"].lower() in ("a year earlier", "a year before", "the year before") and ctx.past_perfect(
        m.start(), m.end()
    ):
        # "the survey had said so a year earlier": a year before a past time the sentence does not date, not a year
        # before publication
        return "DATE", "XXXX", "relative", {"undated": "counted from an unnamed time"}
    if m["rel"].lower() == "a year ago" and (
        FIGURE_SET_AGAINST.search(m.string, max(0, m.start() - 40), m.start())
        or COMPARED_WITH_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    ):
        # "down from 5.4% a year ago", in a December paper: TimeML writes the year before, but a figure set against
        # it is the same time a year back (December of that year), not all of it; the story does not move to it.
        # ("Who beat her at Wimbledon a year ago", in January, stays the whole year: its month is the event's own.)
        month = f"{ctx.dct.year - 1:04d}-{ctx.dct.month:02d}"
        return "DATE", f"{ctx.dct.year - 1:04d}", "relative", {"span": value_span(month)}
    return "DATE", f"{ctx.dct.year - 1:04d}", "relative"


# What may stand before a step back in time that opens its sentence: nothing, or a word that hedges or sharpens it
# ("Almost a year earlier", "Exactly a year before").
STEP_OPENS = re.compile(r"\W*(?:(?:almost|nearly|just|only|exactly|precisely|roughly|about|some|and|but)\s+)?", re.I)
# The word before the last month of a run ("the three months from August to October"): a year earlier than the run
# is the whole run a year back, not its last month.
RUN_END_BEFORE = re.compile(r"(?:\b(?:to|until|till|through|and)|[-–])\s*$", re.I)
# A figure set against a time right after it: "up from £198m a year earlier", "against 4.1% the year before".
FIGURE_SET_AGAINST = re.compile(
    r"\b(?:from|than|on|against|compared with)\s+[£$€]?\d[\d.,]*\s*(?:%|per cent|m|bn|k|million|billion|trillion)?\s+$",
    re.I,
)
# Words that set a figure against a time right before it: "lower than a year ago", "up from a year ago".
COMPARED_WITH_BEFORE = re.compile(r"\b(?:than|from|on|compared with|against)\s+$", re.I)

# Words of change or share before a quarter that is a fraction ("fell by a quarter", "rose nearly three quarters").
FRACTION_BEFORE = re.compile(
    r"\b(?:by|fell|rose|cut|grew|dropped|jumped|slumped|up|down|than|shrank|increased|decreased)\s+"
    r"(?:(?:about|around|almost|nearly|roughly|more than|less than|over|under|some|just)\s+)?$"
)
# A hedged amount a change is taken to, before a quarter that is a fraction ("taking its fall since January to nearly
# a quarter", "cut the gap to about a quarter"): a share reached, no three months.
_HEDGES = r"(?:about|around|almost|nearly|roughly|more than|less than|over|under|just over|just under|some)\s+"
FRACTION_REACHED_BEFORE = re.compile(rf"\bto\s+(?:{_HEDGES})?$")
HEDGED = re.compile(_HEDGES)
# A comparative after a quarter that makes it a share of the comparison ("a quarter less likely").
QUARTER_COMPARED = re.compile(
    r"\s+(?:less|more|fewer|lower|higher|cheaper|smaller|bigger|larger|faster|slower)\b", re.I
)
# What follows a quarter that is a fraction of a rate's point: "a quarter point", "a quarter percentage point".
QUARTER_POINT = re.compile(r"[- ](?:of a |percentage[- ])?points?\b")

# How many years back a bound "less than N years ago" still counts from publication's day to a reader ("less than a
# year ago", in October: since last October); further back ("less than 120 years ago") it names only the year.
MONTH_CLEAR_YEARS_AGO = 2
# A hedge that bounds a time counted back from publication ("less than a year ago"): within that time.
WITHIN_HEDGE = re.compile(r"(?:less than|under|fewer than) ", re.I)

# "second" followed by a word that is not a preposition or conjunction is the ordinal ("a second large tremor"), also
# after a comma between two adjectives ("a second, independent warning system").
SECOND_AS_ORDINAL = (
    r"(?:,\s*[a-z]+(?:ent|ive|al|ous|ary|ate|ic|ed|ful|less|ible|able|ar)\s+[a-z]| "
    r"(?!(?:and|or|of|ago|later|earlier|before|after|to|in|on|at|for|from|when|while|that|than|or so|as|until"
    r"|with)\b)[a-z])"
)

# A part of a unit of time before "of a": "five thousandths of a second", "a fraction of a second".
PART_OF_A_UNIT_BEFORE = re.compile(r"\b(?:tenths|hundredths|thousandths|fraction|split)\s+of\s+$", re.I)

# Verbs of scoring before "a second": the second goal, point or try, not a unit of time.
SCORED_BEFORE = re.compile(r"\b(?:add|scor|nett?|grabb?|conced|head|fir|nodd?|slott?|bagg?|struck|notch)(?:ed|s)? $")


# Words right before "a second" that make it a length of time whatever came before ("for a second", "in a
# second", "half a second").
SECOND_AS_TIME_BEFORE = re.compile(r"\b(?:for|in|within|after|about|just|than|half|only|barely|nearly|every) $", re.I)


def _second_after_a_first(text: str, start: int) -> bool:
    """Whether "a second" at `start` is the second of something its sentence has counted a first of ("her first
    Grammy in 1978 and a second in 1994"), not after a word that makes it a length of time ("paused for a
    second")."""
    sentence = re.split(r"[.!?]\s", text[max(0, start - 200) : start])[-1]
    return re.search(r"\bfirst\b", sentence, re.I) is not None and not SECOND_AS_TIME_BEFORE.search(sentence)


# Where "one day" is some day and no length of time: opening a clause or a quotation, after a modal, a hope's
# "maybe", "perhaps", "hope to ... " or a subject pronoun ("she will one day", "they one day hope"), or ending a
# verb's phrase ("wants to go back one day"); not after a word that measures ("for one day", "in one day",
# "more than one day", "took one day").
# "On" right before "a day" (night, morning): the occasion something happened on, described by what follows it.
ON_BEFORE = re.compile(r"\bon\s+$", re.I)
OCCASION_AFTER = re.compile(r"\s+(?:of|when|that|which|in which|on which|where|like)\b", re.I)
SOME_DAY_BEFORE = re.compile(
    r"(?:^|[.,;:!?\"“‘(]\s*|\b(?:will|would|could|may|might|can|should|must|shall|maybe|perhaps|hopefully|and|but"
    r"|then|I|we|you|he|she|they|it|back)\s+)$",
    re.I,
)
# Words right after "one day" that make it a day counted or measured ("one day later", "one day after the vote",
# "one day of talks", "one day's pay", "one-day strike", "one day a week", "one day left").
SOME_DAY_AFTER = re.compile(
    r"(?:-|['’]s\b|\s+(?:later|earlier|after|before|of|a (?:week|month|year|fortnight)\b|per|each|every|left|long"
    r"|off|ahead|late|early|at a time"
    r"|in a row|to go|from|into)\b)",
    re.I,
)
# Words of hoping or maybe before "one day": what is hoped for is still to come, whatever the clause's tense.
HOPED_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|shall|maybe|perhaps|hopefully|hopes?|hoped|hoping)\b"
    r"[^.;:!?]{0,12}$",
    re.I,
)


# A larger unit of time right after a length in smaller ones ("four-day week", "35-hour working week", "nine-day
# fortnight"): the length says how that week (fortnight, year) is made up, it is no time anything takes; not
# "three months year on year", "the six weeks year to date"
KIND_OF_UNIT_AFTER = re.compile(
    r"[- ](?:(?:working|school|teaching|trading|work) )?(?P<unit>week|fortnight|month|year)s?\b(?![- ](?:on|to|end)\b)",
    re.I,
)
# The units of time in order of size, for telling a length that makes up a larger unit.
UNIT_SIZE = {"second": 1, "minute": 2, "hour": 3, "day": 4, "week": 5, "fortnight": 6, "month": 7, "year": 8}


# The number of a school's year group right after a capitalised "Year": "Year 11 pupils", "Year 6".
SCHOOL_YEAR_NUMBER = re.compile(r" (?:[1-9]|1[0-3])\b(?![,.]?\d)")


@rule(
    "duration",
    # "the" stays out of a length that modifies a noun ("the 62-day strike": TimeML's "62-day")
    rf"(?P<pre>(?:the (?:past|last|next|first|previous|coming|following|final|latest|remaining|preceding|same)"
    rf"|the(?!\s+(?:{NUMBER_HALF})-(?:{_UNITS})\b)|another|an additional|over the (?:past|last|next))\s)?"
    rf"{HEDGE}?(?P<num>{NUMBER_HALF}|{VAGUE_QUANTITY})[- ](?:more |full |straight |consecutive |additional |long "
    rf"|or so |and a half )?"
    rf"(?P<unit>{_UNITS})(?P<half> and a half)?"
    # "missed six weeks earlier this season": "earlier" goes with the season, the weeks are how long; "two hours
    # earlier than forecast" compares, it dates nothing
    r"(?P<rel>(?: or so)? ago|(?: or so)? earlier(?! (?:this|that|last|in the|than)\b)| from now| hence)?"
    # "fifty years ago this week", "a century ago today": that week or day, so many years back
    r"(?:(?<=ago) (?P<at>this week|this month|today|tomorrow|yesterday)\b)?",
)
def _duration(m: re.Match, ctx: Context) -> Result:
    """'three and a half years' -> DURATION P3Y6M; 'two years ago' -> DATE; 'several weeks' -> PXW."""
    num_text = m["num"].lower()
    n = number_value(num_text)
    if n is None and num_text not in (
        "a few",
        "few",
        "several",
        "some",
        "many",
        "a number of",
        "dozens of",
        "hundreds of",
        "numerous",
        "recent",
        "coming",
        "the next few",
        "the past few",
        "the last few",
    ):
        return None
    if m["unit"] == "Year" and SCHOOL_YEAR_NUMBER.match(m.string, m.end()):
        return None  # "some Year 11 pupils", "two Year 9 girls": a school's year group, as British schools number them
    if m["half"] and n is not None:
        n += 0.5
    unit = m["unit"].lower()
    if (
        num_text == "one"
        and unit == "day"
        and not (m["pre"] or m["rel"])
        and SOME_DAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    ):
        if SOME_DAY_AFTER.match(m.string, m.end()):
            return None
        # "Maybe one day," "he hopes to go back one day", "Islam will one day be": some day, no length of time;
        # told in the past ("One day a man walked in") a day gone by
        ahead = HOPED_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
        past = not ahead and ctx.tense(m.start(), m.end()) == "past"
        return "DATE", "PAST_REF" if past else "FUTURE_REF", "vague"
    if num_text in ("a", "an", "single") and unit.endswith("s"):
        return None  # "a years": no such expression
    if (
        num_text in ("a", "an")
        and not (m["pre"] or m["rel"])
        and ON_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
        and OCCASION_AFTER.match(m.string, m.end())
    ):
        return None  # "On a day of drama", "on a night when the lights failed": an occasion the words describe, not
        # how long anything took
    if re.fullmatch(r"\d+(\.\d+)?", num_text) and not ctx.ok_number(m.start("num"), m.end("num")):
        return None
    if re.fullmatch(r"\d{4}", num_text):  # "the 1988 quarter" is a date, not 1988 quarters
        return None
    if num_text[:1].isdigit() and re.search(r"\d[,.]$", m.string[max(0, m.start("num") - 2) : m.start("num")]):
        return None  # "90,000 hours": the end of a larger number
    after, before = m.string[m.end() : m.end() + 12].lower(), m.string[max(0, m.start() - 12) : m.start()].lower()
    if unit.startswith("quarter") and (after.startswith(" of") or "-" in m.group(0)):
        return None  # "three-quarters of its food", "a quarter of the market": fractions
    if unit.startswith("quarter") and QUARTER_COMPARED.match(m.string, m.end()):
        return None  # "about a quarter less likely", "a quarter more expensive": a share of a comparison
    if unit.startswith("quarter") and QUARTER_POINT.match(m.string, m.end()):
        return None  # "cut rates by a quarter point", "a quarter percentage point": a fraction of a point
    if (
        unit.startswith("quarter")
        and not m["pre"]
        and (match := FRACTION_REACHED_BEFORE.search(m.string, max(0, m.start() - 20), m.start()))
        and (HEDGED.search(match.group()) or HEDGED.match(m.group()))
    ):
        return None  # "taking their decline to nearly a quarter": a share reached
    if unit.startswith("quarter") and not m["pre"] and FRACTION_BEFORE.search(before):
        return None  # "sales fell by a quarter", "up almost a quarter", "more than a quarter": a share
    if re.match(r"[- ]old\b", after) or (
        unit_key(unit) == "year" and re.search(r"\b(?:turn(?:s|ed|ing)?|aged)\s+$", before)
    ):
        return None  # ages ("52 years old", "turned 42 years in January") date no event
    if unit == "second" and re.match(SECOND_AS_ORDINAL, m.string[m.end() : m.end() + 40].lower()):
        return None  # "a second tremor", "a second term": the ordinal, not a unit of time
    kind = KIND_OF_UNIT_AFTER.match(m.string, m.end())
    if kind and not m["rel"] and UNIT_SIZE.get(unit_key(unit), len(UNIT_SIZE)) < UNIT_SIZE[kind["unit"].lower()]:
        return None  # "a four-day week", "a 35-hour week", "The 4 Day Week Foundation": a kind of week (how it is
        # made up), no length of time anything lasts
    if num_text in ("a", "an") and PART_OF_A_UNIT_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "by five thousandths of a second", "a fraction of a second": a part of one, no length of time
    if unit == "second" and num_text == "a" and SCORED_BEFORE.search(before):
        return None  # "added a second from the penalty spot": a second goal
    if unit == "second" and num_text == "a" and _second_after_a_first(m.string, m.start()):
        return None  # "won her first Grammy in 1978 and a second in 1994": the second one, no length of time
    if num_text in ("a", "an") and not m["rel"] and AMOUNT_BEFORE.search(before):
        return None  # "$2 million a year": a rate in an amount, not a time; "1.9% a month earlier" is a figure
        # of the month before
    if num_text in ("a", "an") and not m["rel"] and _rate_before(m.string, m.start(), ctx):
        return None  # "7,000 steps a day": how often, a SET (see the "set" rule)
    rel = (m["rel"] or "").strip().lower().replace("or so ", "")
    if (
        (m["pre"] or "").strip().lower() == "the"
        and unit_key(unit) == "month"
        and n in (3, 6, 9, 12)
        and not rel
        and (ending := YEAR_TO.match(m.string, m.end()))
    ):
        # "the six months to Sept. 30": a company's half year, April-September; "the 12 months to January"
        return year_to(ending, ctx, int(n), duration_value(n, unit))
    if (
        (m["pre"] or "").strip().lower() == "the"
        and unit_key(unit) in DAYS_IN_UNIT
        and n is not None
        and n == int(n)
        and not rel
        and (ending := YEAR_TO.match(m.string, m.end()))
    ):
        # "the 26 weeks to 30 August", "the 12 weeks to 7 September": a trading period named by its last day
        return year_to(ending, ctx, value=duration_value(n, unit), days=int(n) * DAYS_IN_UNIT[unit_key(unit)])
    if rel in ("ago",):
        if n is None:
            return "DATE", "PAST_REF", "vague"
        if not ctx.dct:
            return "DATE", "XXXX", "relative"
        if m["at"]:  # "fifty years ago this week": publication's week, fifty years back
            day = {"tomorrow": 1, "yesterday": -1}.get(m["at"].lower(), 0)
            back = shift(ctx.dct + timedelta(days=day), -n, unit)
            if "week" in m["at"].lower():  # the week holding the middle (Thursday) of this week's days back then
                thursday = ctx.dct + timedelta(days=3 - ctx.dct.weekday())
                return "DATE", week_value(shift(thursday, -n, unit).date()), "relative"
            return "DATE", granular(back, "month" if "month" in m["at"].lower() else "day"), "relative"
        base = ctx.dct
        if (
            ctx.historic
            and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", ctx.entry or "")
            and unit_key(unit)
            in (
                "hour",
                "minute",
            )
        ):
            base = datetime.fromisoformat(ctx.entry)  # a live page's "17:55 Gusts were recorded an hour ago": 16:55
        try:
            back = shift(base, -n, unit)
        except (ValueError, OverflowError):  # "12,000 years ago": before the calendar's first year, no date of it
            return "DATE", "PAST_REF", "vague"
        if unit_key(unit) == "year" and WITHIN_HEDGE.match(m[0]) and n == int(n) and n <= MONTH_CLEAR_YEARS_AGO:
            # "less than a year ago", in October: TimeML writes the year, but a reader counts back from publication's
            # day, so it is the time since then; a plain "two years ago" is that year, whatever its month ("who beat
            # her at Wimbledon two years ago", in January, is no January)
            since = (back.date().isoformat(), base.date().isoformat())
            return "DATE", granular(back, unit), "relative", {"span": since}
        return "DATE", granular(back, unit), "relative"
    if rel in ("from now", "hence"):
        if n is None or not ctx.dct:
            return "DATE", "FUTURE_REF", "vague"
        try:
            return "DATE", granular(shift(ctx.dct, n, unit), unit), "relative"
        except (ValueError, OverflowError):  # "10,000 years from now": past the calendar's last year
            return "DATE", "FUTURE_REF", "vague"
    if rel in ("earlier", "later", "before", "after", "previously"):
        if n is None:
            return "DATE", "PAST_REF" if rel in ("earlier", "before", "previously") else "FUTURE_REF", "vague"
        sign = -1 if rel in ("earlier", "before", "previously") else 1
        base = value_datetime(ctx.last_value)
        found = value_start(ctx.last_value) if ctx.last_value and not base else None
        if (
            found is not None
            and ctx.last_start < 0
            and PRECISION.index(unit_key(unit)) > PRECISION.index(found[1])
            and PRECISION.index(unit_key(unit)) >= PRECISION.index("day")
        ):
            # "A day earlier, his co-defendant had been sentenced", opening a paragraph after one that named only
            # "March 2022": days counted from a month another paragraph named, with no day of it, are on no day a
            # reader can tell (the story has moved on to an undated scene)
            return "DATE", "XXXX-XX-XX", "relative", {"undated": "counted from an unnamed time"}
        counted = shift_value(ctx.last_value, [(sign * n, unit_key(unit))]) if ctx.last_value and not base else None
        if counted is not None:  # "In 1994 ... relegated two years earlier": 1992, counted from the year named
            return "DATE", counted, "relative", {"counted": True}
        base = base or ctx.dct
        if not base:
            return "DATE", "XXXX", "relative"
        return "DATE", granular(shift(base, sign * n, unit), unit), "relative"
    return "DURATION", duration_value(n, unit), "relative"


def duration_parts(value: str) -> list[tuple[float, str]]:
    """'P3Y6M' -> [(3, 'year'), (6, 'month')]; 'PT5H' -> [(5, 'hour')]; vague parts (X) are dropped."""
    m = re.fullmatch(
        r"P(?:([\d.X]+)Y)?(?:([\d.X]+)M)?(?:([\d.X]+)W)?(?:([\d.X]+)D)?(?:T(?:([\d.X]+)H)?(?:([\d.X]+)M)?(?:([\d.X]+)S)?)?",
        value,
    )
    if not m:
        single = re.fullmatch(r"P([\d.]+)(E|C|L|Q)", value)
        unit = {"E": "decade", "C": "century", "L": "millennium", "Q": "quarter"}
        return [(float(single[1]), unit[single[2]])] if single else []
    units = ["year", "month", "week", "day", "hour", "minute", "second"]
    return [(float(n), u) for n, u in zip(m.groups(), units) if n and n != "X"]


# Units from coarse to fine, as the precision a value can carry.
PRECISION = ["millennium", "century", "decade", "year", "quarter", "month", "week", "day", "hour", "minute", "second"]


def value_start(value: str) -> tuple[datetime, str] | None:
    """A TIMEX3 calendar value -> (its first moment, its precision as a unit name): '1978' -> (1978-01-01, 'year')."""
    start = value_span(value)[0]
    if not start:
        return None
    if re.fullmatch(r"\d\d", value):
        unit = "century"
    elif re.fullmatch(r"\d{3}", value):
        unit = "decade"
    elif re.fullmatch(r"\d{4}", value):
        unit = "year"
    elif re.fullmatch(r"\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)", value):
        unit = "quarter"
    elif re.fullmatch(r"\d{4}-\d\d", value):
        unit = "month"
    elif re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", value):
        unit = "week"
    elif "T" in start:
        unit = "minute"
    else:
        unit = "day"
    return datetime.fromisoformat(start), unit


def shift_value(value: str, steps: list[tuple[float, str]], keep: bool = False) -> str | None:
    """A calendar value moved by (n, unit) steps, written at the coarser precision of the value and the finest step
    (at the value's own with `keep`): ('1978', [(3, 'year')]) -> '1981'; ('2022-03-03', [(2, 'week')]) ->
    '2022-W11'; ('2015-06', [(-1, 'year')], keep=True) -> '2014-06'. None when `value` has no date."""
    found = value_start(value)
    if found is None or not steps:
        return None
    moment, precision = found
    finest = max((unit for _, unit in steps), key=PRECISION.index)
    if not keep and PRECISION.index(finest) > PRECISION.index(precision) and precision != "quarter":
        # "A day earlier", after "March 2022": a day of that month, moved, is still most likely in March, so the
        # count runs from the middle of the coarser date, not its first day (which put it in February)
        first, last = (datetime.fromisoformat(d[:10]) for d in value_span(value))
        moment = first + (last - first) / 2
    for n, unit in steps:
        moment = shift(moment, n, unit)
    unit = precision if keep else min(precision, finest, key=PRECISION.index)
    if unit == "week":
        return week_value(moment.date())
    if unit == "quarter" and precision == "quarter":
        return granular(moment, "quarter")
    if unit in ("hour", "minute", "second"):
        return moment.strftime("%Y-%m-%dT%H:%M")
    return granular(moment, "year" if unit in ("quarter", "millennium") else unit)


def value_datetime(value: str | None) -> datetime | None:
    """A TIMEX3 value with at least a full date -> datetime, else None."""
    if value and re.match(r"\d{4}-\d\d-\d\d", value):
        return datetime.strptime(value[:10], "%Y-%m-%d")
    return None


@rule(
    "half_unit",
    r"(?:(?:about|nearly|almost|over|more than|less than) )?(?P<part>half|a quarter of|three quarters of)"
    r" (?:a|an) (?P<unit>hour|day|week|month|year|decade|century)(?P<rel>(?: or so)? ago| from now)?"
    r"(?:(?<=ago) (?P<at>this week|this month|today|tomorrow|yesterday)\b)?",
)
def _half_unit(m: re.Match, ctx: Context) -> Result:
    """'half a year' -> DURATION P6M, 'a quarter of a century' -> P25Y; 'half a decade ago' -> DATE, five years before
    publication, to the year (half
    a year ago to the month, half a day ago to the hour); 'half a century ago this week': that week, fifty years
    back, as for "fifty years ago this week"."""
    n, unit = HALF_OF[m["unit"].lower()]
    part = m["part"].lower()
    if part != "half":
        # "a quarter of a century": 25 years; "three quarters of an hour": 45 minutes
        n = n / 2 * (3 if part.startswith("three") else 1)
        if not m["rel"]:
            whole = int(n) if float(n).is_integer() else None
            return "DURATION", duration_value(whole if whole is not None else n, unit), "relative"
    elif not m["rel"]:
        return "DURATION", duration_value(0.5, m["unit"]), "relative"
    if not ctx.dct:
        return "DATE", "XXXX", "relative"
    if m["at"]:
        day = {"tomorrow": 1, "yesterday": -1}.get(m["at"].lower(), 0)
        if "week" in m["at"].lower():  # the week holding the middle (Thursday) of this week's days back then
            thursday = ctx.dct + timedelta(days=3 - ctx.dct.weekday())
            return "DATE", week_value(shift(thursday, -n, unit).date()), "relative"
        back = shift(ctx.dct + timedelta(days=day), -n, unit)
        return "DATE", granular(back, "month" if "month" in m["at"].lower() else "day"), "relative"
    return "DATE", granular(shift(ctx.dct, -n if m["rel"].endswith("ago") else n, unit), unit), "relative"


# Half of a unit in whole smaller units: "half a decade ago" is five years back, dated to the year.
HALF_OF = {
    "hour": (30, "minute"),
    "day": (12, "hour"),
    "week": (3.5, "day"),
    "month": (15, "day"),
    "year": (6, "month"),
    "decade": (5, "year"),
    "century": (50, "year"),
}


@rule(
    "bare_units",
    r"(?P<pre>recent|coming|the coming|the past|past|the last|the next|the following|the ensuing) (?P<unit>(?:days"
    r"|weeks|months|years|decades|centuries))(?: and (?:weeks|months|years))?",
)
def _bare_units(m: re.Match, ctx: Context) -> Result:
    """'recent years', 'the coming weeks', 'the past months' -> vague DATE or DURATION PX?."""
    pre = m["pre"].lower()
    if pre == "recent":
        return "DATE", "PAST_REF", "vague"
    if pre in ("past", "the past", "the last"):
        return "DURATION", duration_value(None, m["unit"]), "vague"
    return "DURATION", duration_value(None, m["unit"]), "vague"


@rule(
    "plural_units",
    r"(?:for|over|within|lasted|last|took|take|in) (?P<x>(?P<unit>hours|days|weeks|months|years|decades"
    r"|centuries))(?! of\b)",
)
def _plural_units(m: re.Match, ctx: Context) -> Result:
    """'for years', 'in months' -> DURATION PXY, PXM."""
    return "DURATION", duration_value(None, m["unit"]), "vague"


# "the summer of 1995", "late autumn of 1978", "Spring 2023" (not "fall" without "of": a verb before a number).
SEASON_OF = r"(?:the )?(?:(?:early|late) )?(?:(?:spring|summer|autumn|winter)(?: of)?|fall of)"


# A year before one that ends a range or a list of years: "from 2012 to ", "between 1998 and ", "2022, 2023 and ".
YEAR_RANGE_BEFORE = re.compile(rf"\b{YEAR},? (?:to|until|till|and|or|through) $|\b(?P<first>{YEAR})\s*[-–—]\s*$", re.I)
# A year joined by a dash to a later year within a century: the stretch's first year ("The war (1939 – 1945)",
# "1998 – 2001: He served as minister"), whatever the recogniser called the two numbers.
YEAR_PAIR_AFTER = re.compile(rf"\s*[-–—]\s*(?P<last>{YEAR})\b(?![-–—/.,]?\d)")
# The most years a stretch of two years written with a dash runs: more, and the two are counts ("1600 - 1900").
YEAR_PAIR_SPAN = 100
# A dash or a colon after a date that opens a chronology's entry ("1998 - The plan is shelved", "2016: Work begins").
ENTRY_DASH = re.compile(r"\s*[-—–:]\s")


# Digits grouped with a space beside a year's four: a telephone number, no year ("1800 666 111", "0161 1999 200").
PHONE_GROUP_AFTER = re.compile(r" \d{3,4}\b")
PHONE_GROUP_BEFORE = re.compile(r"\b\d{3,5} $")


def _year_range_before(m: re.Match) -> bool:
    """Whether the year of `m` ends a range or a list of years: "from 2012 to 2020", "in 2022, 2023 and 2024",
    "1939 – 1945" (a dash after an earlier year within a century)."""
    before = YEAR_RANGE_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if before is None:
        return False
    return not before["first"] or 0 < int(m["y"]) - int(before["first"]) <= YEAR_PAIR_SPAN


def _year_pair_after(m: re.Match) -> bool:
    """Whether the year of `m` opens a stretch written with a dash to a later year within a century."""
    after = YEAR_PAIR_AFTER.match(m.string, m.end())
    return after is not None and 0 < int(after["last"]) - int(m["y"]) <= YEAR_PAIR_SPAN


@rule(
    "year",
    rf"(?:(?P<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of"
    rf"|the second half of|{SEASON_OF})[- ](?:(?<=early )in |(?<=late )in )?)?"
    rf"(?P<fiscal>fiscal year |fiscal |calendar year |calendar |the year "
    rf"|FY ?)?(?P<y>{YEAR})(?P<s>'?s)?",
)
def _year(m: re.Match, ctx: Context) -> Result:
    """'1998', 'fiscal 1989', 'mid-1990s', 'the summer of 1995', 'the autumn of 1978' -> DATE 1998 / 199 / 1995-SU.

    A fiscal year ("fiscal 1989", "FY2022") keeps TimeML's value (the year) but is undated: its months are the
    company's, not the calendar's."""
    mod = (m["mod"] or "").lower()
    if not ctx.ok_number(m.start("y"), m.end("y")) and not (
        (not m.string[: m.start()].strip() and ENTRY_DASH.match(m.string, m.end()))
        or any(name in mod.split() for name in lx.SEASONS)
        or _year_range_before(m)
        or _year_pair_after(m)
    ):  # a year whatever the recogniser called it when it opens a chronology's entry ("2016 - Construction
        # begins"), follows a season ("the spring 2023 elections") or ends a range or a list of years ("from 2012
        # to 2020", "in 2022, 2023 and 2024")
        return None
    if PHONE_GROUP_AFTER.match(m.string, m.end("y")) or PHONE_GROUP_BEFORE.search(m.string, 0, m.start("y")):
        return None  # a group of a telephone number ("the Garda Confidential Line on 1800 666 111")
    y = int(m["y"])
    if m["s"]:
        if y % 10:
            return None
        return "DATE", f"{y // 10:03d}", "explicit"
    season = next((f"-{code}" for name, code in lx.SEASONS.items() if name in mod.split()), "")
    season = {"the first half of": "-H1", "the second half of": "-H2"}.get(mod, season)
    early_late = next((w for w in mod.split() if w in ("early", "late")), None)
    if season and early_late:  # "the late summer of 1995", "late autumn 2019"
        return with_mod(("DATE", f"{y:04d}{season}", "explicit"), early_late)
    fiscal = (m["fiscal"] or "").lower()
    if not mod and not fiscal and TERM_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return "DATE", f"{y:04d}", "explicit", {"undated": "a term of a school's year"}  # "the summer term of 2027"
    if fiscal.startswith(("fiscal", "fy")) and not season and ctx.year_end_month:
        # "whose financial year runs to the end of March … fiscal 2027": the company's year that ends in March 2027,
        # named, as companies name theirs, by the calendar year it ends in
        return "DATE", f"{y:04d}", "explicit", {"span": own_year_span(y, ctx.year_end_month, ctx.year_end_day)}
    if fiscal.startswith(("fiscal", "fy")) and not season and ctx.calendar_accounts:
        return "DATE", f"{y:04d}", "explicit"  # "fiscal 2026" of a company whose year ends on 31 December
    if fiscal.startswith(("fiscal", "fy")):
        return "DATE", f"{y:04d}{season}", "explicit", {"undated": "fiscal"}
    if not mod and not fiscal and MODEL_YEAR.fullmatch(m.string, max(0, m.start() - 3), m.start()):
        if NAME_AFTER.match(m.string, m.end()):  # "a 2022 Ford F-250 pickup", "a 1967 Ford Mustang": a model year
            return "DATE", f"{y:04d}", "explicit", {"undated": "a model's year"}
    if season == "-WI" and _winter_of_this_year_to_come(y, m, ctx):
        return "DATE", f"{y + 1:04d}-WI", "explicit"
    return "DATE", f"{y:04d}{season}", "explicit"


def _winter_of_this_year_to_come(y: int, m: re.Match, ctx: Context) -> bool:
    """Whether "the winter of 2023", told between March and November 2023 in a clause not of the past ("Forecasters
    expect the winter of 2023 to be colder", "the winter of 2023 will test the grid"), is the winter to come, from
    December 2023: a winter is named by the year of its January and February ("the winter of 1947", "The winter of
    2019 was mild": December 2018 to February 2019), but one already over cannot be forecast, and a reader of that
    year names the one just gone "last winter"."""
    if ctx.dct is None or ctx.dct.year != y or not (SEASON_LAST_MONTH["WI"] < ctx.dct.month < DECEMBER):
        return False
    return ctx.tense(m.start(), m.end()) != "past" and not ctx.perfect(m.start(), m.end())


@rule("fiscal year code", r"(?-i:FY) ?(?P<y2>\d\d)")
def _fiscal_year_code(m: re.Match, ctx: Context) -> Result:
    """'FY27', 'FY 26' -> DATE 2027 / 2026: a company's or a government's year written short, by the last two
    figures of the calendar year it ends in, read as "fiscal 2027" is (undated unless the text says where the
    company's year ends or that it is the calendar's)."""
    y = 2000 + int(m["y2"])
    if ctx.year_end_month:
        return "DATE", f"{y:04d}", "explicit", {"span": own_year_span(y, ctx.year_end_month, ctx.year_end_day)}
    if ctx.calendar_accounts:
        return "DATE", f"{y:04d}", "explicit"
    return "DATE", f"{y:04d}", "explicit", {"undated": "fiscal"}


@rule("season of years", rf"(?P<mod>{SEASON_OF})[- ](?P<y>{YEAR})[-–/](?P<y2>\d\d(?:\d\d)?)\b")
def _season_of_years(m: re.Match, ctx: Context) -> Result:
    """'the winter of 2019-2020', 'winter 2010–11' -> DATE 2020-WI (the winter from December 2019): a season named
    with two years in a row is the one that runs across them; another season, the first year's. Other ranges are
    left to the rules of years."""
    y, y2 = int(m["y"]), int(m["y2"])
    y2 = y2 if y2 >= 1000 else y // 100 * 100 + y2
    if y2 != y + 1:
        return None
    code = next(code for name, code in lx.SEASONS.items() if name in m["mod"].lower().split())
    return "DATE", f"{y2 if code == 'WI' else y:04d}-{code}", "explicit"


@rule(
    "decade",
    # a decade before 1600 only after "the" ("the 1540s"), where it cannot be a count
    r"(?:the )?(?:(?P<mod>early|late|mid)[- ])?(?:'(?P<d2>\d)0s|(?P<d4>1[6-9]\d0|20\d0|(?<=the )1[0-5]\d0)s"
    r"|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
)
def _decade(m: re.Match, ctx: Context) -> Result:
    """'the 1990s', "the '80s", 'the eighties' -> DATE 199 / 198."""
    if m["d4"]:
        return "DATE", m["d4"][:3], "explicit"
    if m["d2"]:
        return "DATE", f"19{m['d2']}", "explicit"
    if not m.group(0).lower().startswith("the "):
        return None
    tens = {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }[m["word"].lower()]
    return "DATE", f"19{tens}", "explicit"


# An era after a year or a century: "55 BC", "AD 43", "the 3rd century BCE". TimeML writes a year before Christ with
# the prefix BC ("BC0055"), a value no calendar span holds, so the row is not dated AD.
ERA = r"(?-i:AD|A\.D\.|CE|C\.E\.|BC|B\.C\.|BCE|B\.C\.E\.)"
BEFORE_CHRIST = re.compile(r"B\.?C")


@rule(
    "century",
    # "the early 5th century", "the mid-19th century": the part of it, as with a decade
    rf"(?:the )?(?:(?P<mod>early|late|mid)[- ])?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]century(?: (?P<era>{ERA}))?",
)
def _century(m: re.Match, ctx: Context) -> Result:
    """'the 20th century' -> DATE 19; 'the 3rd century BC' -> DATE BC02."""
    era = "BC" if m["era"] and BEFORE_CHRIST.match(m["era"]) else ""
    return "DATE", f"{era}{int(m['n']) - 1:02d}", "explicit"


@rule(
    "era_year",
    rf"(?-i:AD|A\.D\.) (?P<ad>\d{{1,4}})|(?:the year )?(?P<n>\d{{1,4}}) (?P<era>{ERA})"
    r"|the year (?P<bare>\d{3,4})(?! (?:million|billion|thousand|hundred)\b)",
)
def _era_year(m: re.Match, ctx: Context) -> Result:
    """'AD 43', '122 AD', 'the year 800' -> DATE 0043, 0122, 0800; '55 BC' -> DATE BC0055 (no calendar date)."""
    n = int(m["ad"] or m["n"] or m["bare"])
    if n == 0 or (m["bare"] and not 500 <= n <= 2099):
        return None
    era = "BC" if m["era"] and BEFORE_CHRIST.match(m["era"]) else ""
    return "DATE", f"{era}{n:04d}", "explicit"


# A year before 1600 is read only where its words make it one (a plain "1538" is as often a count): after a
# preposition of time ("in 1538", "since 1066", "until 1485"), or ended by a comma or a full stop after "in"
# (checked by the rule), never before a noun it would count ("in 1200 homes").
_EARLY_YEAR_BEFORE = "|".join(
    rf"(?<=\b{word} )" for word in ("in", "In", "since", "Since", "until", "till", "by", "By", "from", "From", "before")
)
# A word right after the number: a noun (or an adjective before one) it counts.
WORD_AFTER = re.compile(r"\s+(?=[a-z])")


@rule("early_year", rf"(?:{_EARLY_YEAR_BEFORE})(?P<y>1[0-5]\d\d)\b(?![,.]\d)")
def _early_year(m: re.Match, ctx: Context) -> Result:
    """'in 1538', 'since 1066' -> DATE 1538 / 1066: a year before 1600, which the year rule leaves out."""
    after = WORD_AFTER.match(m.string, m.end())
    if (after and ctx.pos_at(after.end()) in ("NOUN", "ADJ")) or not ctx.ok_number(m.start("y"), m.end("y")):
        return None  # "in 1200 homes", "from 1500 people": a count
    return "DATE", m["y"], "explicit"


# "current account", "current assets": terms of accounting and economics, not the present.
NOT_TIME_AFTER_CURRENT = re.compile(r"\s+(?:accounts?|assets|liabilities|ratio|affairs|events)\b", re.I)


# A negation before "soon enough": "cannot come soon enough", "could not end soon enough".
NOT_BEFORE_SOON = re.compile(
    r"\b(?:cannot|can't|can’t|could not|couldn't|couldn’t|won't|won’t|will not)\s+\w+\s+$", re.I
)

# "before" or "after" and a time or a day: "shortly before 3pm", "soon after midnight", "shortly after Monday's vote",
# "shortly after lunch on the fourth day" (a meal or a break of a day's play or work, said as the time of day).
NEAR_A_TIME = re.compile(
    rf"\s+(?:before|after)\s+(?:\d|noon\b|midday\b|midnight\b|dawn\b|dusk\b|daybreak\b|nightfall\b|sunrise\b"
    rf"|sunset\b|(?:the\s+)?(?:lunch|lunchtime|breakfast|dinner|tea|teatime|supper|half[- ]time|kick[- ]off|stumps"
    rf"|the\s+interval|the\s+break)\b|{WEEKDAY}|{MONTH}\b)",
    re.I,
)


@rule(
    "vague",
    "|".join(re.escape(k) for k in sorted(set(lx.VAGUE_REFERENCES) | lx.RELATIONAL_REFERENCES, key=len, reverse=True)),
)
def _vague(m: re.Match, ctx: Context) -> Result:
    """'now', 'currently', 'recently', 'the past', 'soon', 'previously' -> DATE PRESENT_REF/PAST_REF/FUTURE_REF."""
    word = m.group(0).lower()
    pos = ctx.pos_at(m.start())
    if m.group(0) == "Now" and NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "the journal Neurology Now", "Apocalypse Now": a title
    if word in lx.RELATIONAL_REFERENCES:
        if not ctx.relational or word == "once" or (word == "earlier" and pos != "ADV"):
            return None
        if word in ("earlier", "later") and re.match(r"\s+than\b", m.string[m.end() :], re.I):
            return None  # "two hours earlier than forecast": a comparison
        if word == "earlier" and ctx.tense(m.start(), m.end()) in ("present", "future"):
            return None  # "The Sunday service starts earlier", "shops will close earlier": sooner in the day than
            # before, no time gone by
        return "DATE", "FUTURE_REF" if word in ("soon", "shortly") else "PAST_REF", "vague"
    if IDIOM_OF_TIME_WORD.search(m.string[max(0, m.start() - 12) : m.end() + 20]) and _idiom_at(m):
        return None  # "Get well soon", "every now and then", "the future of the rail link": set phrases, no time
    if word.endswith("the past") and COUNT_AFTER_PAST.match(m.string, m.end()):
        return None  # "the sixth winner in the past eight runnings": the last runnings counted, not a time
    if word == "current" and (pos != "ADJ" or NOT_TIME_AFTER_CURRENT.match(m.string, m.end())):
        return None
    if word in ("soon", "shortly"):
        if re.match(r"\s+enough\b", m.string[m.end() :], re.I) and NOT_BEFORE_SOON.search(
            m.string, max(0, m.start() - 40), m.start()
        ):
            return None  # "Next month cannot come soon enough": a wish that it were sooner, no time of its own
        if re.search(r"\bas\s$", m.string[max(0, m.start() - 3) : m.start()], re.I) and re.match(
            r"\s+as\b", m.string[m.end() :]
        ):
            return None  # "as soon as Tuesday", "as soon as he arrives": a conjunction
        if NEAR_A_TIME.match(m.string, m.end()):
            return None  # "shortly before 3pm": how near that time, which is the expression
        if (
            re.match(r"\s+(?:after|before|afterwards|thereafter)\b", m.string[m.end() :], re.I)
            or ctx.tense(m.start(), m.end()) == "past"
        ):
            # "soon after the vote", "he was soon released": close to another event, in the story's past or future
            if not ctx.relational:
                return None
            return (
                ("DATE", "PAST_REF", "vague")
                if ctx.tense(m.start(), m.end()) == "past"
                else ("DATE", "FUTURE_REF", "vague")
            )
    return "DATE", lx.VAGUE_REFERENCES[word], "vague"


# Set phrases in which "soon", "now" or "the future" names no time: a wish or a farewell ("Get well soon", "See you
# soon"), how often ("every now and then"), a call to act ("Now is the time to"), and what becomes of a thing ("the
# future of the rail link", "decide the future of the library": its fate, not a time to come). "The future is
# bright" and "now that the vote is over" stay references to a time.
IDIOM_OF_TIME_WORD = re.compile(r"soon|now|future", re.I)
IDIOMS_OF_TIME_WORDS = (
    # before "soon", opening its sentence or quotation: a wish ("She will get well soon" tells of a time to come)
    re.compile(r"(?:^|[\"“'‘,.!?:;(]\s*)(?:get\s+well|see\s+(?:you|ya))\s+$", re.I),
    re.compile(r"\b(?:every|just)\s+$", re.I),  # before "now", with "and then"/"and again" after it
    re.compile(r"\s+and\s+(?:then|again)\b", re.I),  # after "now"
    re.compile(r"\s+is\s+(?:the|not\s+the)\s+(?:time|moment)\b", re.I),  # after "Now"
    re.compile(r"\s+of\s+[a-z]", re.I),  # after "the future"
)


def _idiom_at(m: re.Match) -> bool:
    """Whether the vague word matched by `m` is part of one of IDIOMS_OF_TIME_WORDS."""
    word, text = m.group(0).lower(), m.string
    before, after = text[max(0, m.start() - 14) : m.start()], text[m.end() : m.end() + 20]
    if word == "soon":
        return IDIOMS_OF_TIME_WORDS[0].search(before) is not None
    if word == "now":
        if IDIOMS_OF_TIME_WORDS[1].search(before) and IDIOMS_OF_TIME_WORDS[2].match(after):
            return True  # "every now and then", "now and again"
        return m.group(0) == "Now" and IDIOMS_OF_TIME_WORDS[3].match(after) is not None  # "Now is the time to act"
    if word == "the future":
        return IDIOMS_OF_TIME_WORDS[4].match(after) is not None
    return False


# A count after "the past": the last things of a kind ("in the past eight runnings"), not the past.
COUNT_AFTER_PAST = re.compile(
    rf"\s+(?:\d+|{_SMALL}|{_TEENS}|{_TENS}|few|several|couple|dozen)\b(?!\s+(?:of\s+)?(?:{_UNITS}|summers|winters"
    r"|springs|autumns|seasons)\b)",
    re.I,
)


# A count before "a day", "a week": how often something is done ("7,000 steps a day", "150 minutes of moderate
# activity a week", "hundreds of interviews a day", "twice a week", "three times a year"); TimeML types it SET
# (TempEval-3: "interviews a day" and "CDs a year" SET P1D, P1Y). An amount of money before it ("$2 million a year")
# is left out, as TempEval-3's annotators mostly leave it.
_COUNT_WORD = rf"(?:{_TENS}|{_TEENS}|{_SMALL}|hundred|thousand|million|billion|dozens|hundreds|thousands|millions)"
# Words after a number that are not what it counts.
_NOT_COUNTED = r"(?:after|before|but|when|while|until|since|as|at|in|on|by|for|from|with|to|the|a|an)"
RATE_BEFORE = re.compile(
    # "twice a week", "a day a fortnight", "7,000 steps a day"
    r"(?:\b(?:once|twice|thrice|times|an? (?:day|night|hour|week|month))"
    # a number and the things it counts, not a year and the next clause ("split in 2014 after a decade together")
    # nor a number ending a sentence and the next one's first word ("on 14 March 2026. Within a week they had")
    rf"|(?<![$£€¥])(?:\b\d(?:[\d,.]*\d)?|\b{_COUNT_WORD})(?: of)? (?!{_NOT_COUNTED}\b)[a-z][\w-]*"
    r"(?: of(?: [a-z][\w-]*){1,3})?)\s+$",
    re.I,
)
# An amount of money (or a number, or a share) just before "a year": "$2 million a year", "100 billion dollars a
# year", "grew by 3% a year", "rising 2 per cent a year": a rate of the amount, no time of its own.
AMOUNT_BEFORE = re.compile(
    r"(?:\d(?:bn|tn|m|k)?%?|million|billion|trillion|crores?|lakhs?|cents?|dollars?|units|per ?cent)\s*$", re.I
)
# Words after "a day" that make it a time counted from another, not how often: "a day later", "a year ago".
RATE_NOT_AFTER = re.compile(
    r"\s*(?:-|later|earlier|ago|after|before|from|hence|previously|or (?:two|so|more|less)|and a half"
    r"|on(?=\s*[,.;:!?]))",
    re.I,
)


# A number and the things it counts, told with words that describe them first: "2,000 new homes a year", "40 more
# junior doctors a month". Only when each word between is a noun or an adjective (see _rate_before), so a number and
# the next clause ("by 2030 homes will take a year") is not read as one.
RATE_DESCRIBED_BEFORE = re.compile(
    rf"(?<![$£€¥])(?:\b\d(?:[\d,.]*\d)?|\b{_COUNT_WORD})(?P<things>(?: (?!{_NOT_COUNTED}\b)[a-z][\w-]*){{2,3}}"
    r"(?: of(?: [a-z][\w-]*){1,3})?)\s+$",
    re.I,
)
# The parts of speech of the words that describe and name the things counted.
COUNTED_POS = ("ADJ", "NOUN", "PROPN", "NUM", "ADP", "DET")


def _rate_before(text: str, start: int, ctx: Context | None = None) -> bool:
    """Whether a count of things stands just before `start` ("7,000 steps ", "twice ", "2,000 new homes "): "a day"
    there is a rate."""
    if RATE_BEFORE.search(text, max(0, start - 80), start) is not None:
        return True
    described = RATE_DESCRIBED_BEFORE.search(text, max(0, start - 80), start) if ctx is not None else None
    if described is None:
        return False
    words = [w for w in re.finditer(r"[\w-]+", text[described.start("things") : described.end("things")])]
    tags = [ctx.pos_at(described.start("things") + w.start()) for w in words]
    # a participle may describe them too ("1,200 abandoned dogs"), but never stand last, where it is a verb
    return all(tag in COUNTED_POS or tag == "VERB" for tag in tags[:-1]) and tags[-1] in ("NOUN", "PROPN")


@rule(
    "set",
    r"(?P<word>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly)|(?P<q>every|each|per"
    r"|an|a) (?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)"
    # "every two years", "every 18 months", "every other week", "every few days": how often, with a count
    rf"|every (?P<n>other|few|couple of|{NUMBER_HALF}) (?P<units>seconds|minutes|hours|days|nights|weeks|months"
    r"|quarters|years|decades|second|minute|hour|day|night|week|month|quarter|year|decade)",
)
def _set(m: re.Match, ctx: Context) -> Result:
    """'daily', 'every year', 'per month' -> SET P1D, P1Y, P1M; 'every two years', 'every other week' -> SET P2Y,
    P2W; 'every few days' -> SET PXD."""
    if m["units"]:
        count = m["n"].lower()
        n = {"other": 2, "couple of": 2, "few": None}.get(count, number_value(count))
        if n is None and count != "few":
            return None
        unit = "day" if m["units"].lower().startswith("night") else unit_key(m["units"])
        return "SET", duration_value(n, unit), "vague"
    if m["word"]:
        if ctx.pos_at(m.start()) not in ("ADV", ""):  # "a quarterly dividend" describes a payment, not a time
            return None
        return "SET", lx.SET_WORDS[m["word"].lower()], "vague"
    q = m["q"].lower()
    if q in ("every", "each") and ctx.subject_at(m.start("unit")):
        return None  # "Every minute counts", "enjoyed every minute": what the clause is about, no time it happens at
    if m["unit"].lower() == "second" and ORDINAL_SECOND_AFTER.match(m.string, m.end()):
        return None  # "every second Friday", "each second week": the ordinal of a day or a period, not a second
    if q in ("a", "an"):  # "a day" is how often only after a count: "7,000 steps a day", "twice a week"
        after = m.string[m.end() : m.end() + 20]
        before = m.string[max(0, m.start() - 12) : m.start()]
        if not _rate_before(m.string, m.start(), ctx) or RATE_NOT_AFTER.match(after) or AMOUNT_BEFORE.search(before):
            return None
        if FRACTION_AND_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None  # "by two and a quarter lengths", "one and a half hours": a number's fraction, no rate
        if m["unit"].lower() == "second" and SECOND_THING_AFTER.match(after):
            return None  # "a cut of 25 basis points in September, with a second by the end of the year": the ordinal
    if q == "per" and MEASURE_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
        return None  # "31 metres per second", "90 km per hour": a speed or a flow, no time
    if q in ("a", "an") and m["unit"].lower() in SPEED_UNITS:
        if MEASURE_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
            return None  # "gusts of 45 miles an hour": a speed; "walks five miles a day" stays a daily habit
    unit = "day" if m["unit"].lower() == "night" else m["unit"]
    return "SET", duration_value(1, unit), "vague"


# A day or a period right after "every second": the ordinal ("every second Friday"), not a unit of time.
ORDINAL_SECOND_AFTER = re.compile(
    rf"\s+(?:{WEEKDAY}|(?:week|weekend|fortnight|month|year|day|night|morning|evening)s?\b)", re.I
)

# A whole number and "and" before "a quarter" or "a half": the number's fraction ("two and a quarter lengths").
FRACTION_AND_BEFORE = re.compile(rf"\b(?:\d+|{_SMALL}|ten|eleven|twelve)\s+and\s+$", re.I)

# What follows "a second" that is the ordinal of a thing named before ("with a second by the end of the year", "and a
# second on Friday"), not a rate.
SECOND_THING_AFTER = re.compile(r"\s+(?:by|on|before|after|at|from|in (?:the |a |an )?(?:[A-Z]|\d|next|following))\b")

# The units after "a" that make a length before them a speed, not a habit: "45 miles an hour" tells how fast, while
# "five miles a day" tells how often someone walks.
SPEED_UNITS = ("second", "minute", "hour")

# A unit of length or volume before "per": the rate is a speed or a flow ("metres per second"), the unit written
# apart from its number or joined to it ("7km per second").
MEASURE_BEFORE = re.compile(
    r"(?:\b|(?<=\d))(?:m|km|cm|mm|metres?|meters?|kilometres?|kilometers?|miles?|feet|foot|ft|yards?|litres?|liters?|gallons?"
    r"|tonnes?|tons?)\s+$",
    re.I,
)


@rule(
    "holiday",
    # "last Christmas" and "next New Year's Eve" are placed by their word; "the last Christmas before the war" is
    # the final one, so "last" after an article or a possessive is left to the holiday alone.
    r"(?:(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bour )(?<!\bmy )(?<!\byour )"
    r"(?P<rel>last|next) )?(?P<name>"
    + "|".join(re.escape(k) for k in sorted(lx.HOLIDAYS, key=len, reverse=True))
    # "the festive period", "the festive season": in British and Commonwealth news, the weeks round Christmas
    + r"|festive(?= (?:trading )?(?:period|season|break|holidays?)\b)"
    # "the Christmas holidays", "over the Christmas break": the school's (or office's) fortnight round the day
    + r")(?:(?:(?<=christmas)|(?<=festive))"
    + r"(?P<brk> (?:and New Year(?:'s)? )?(?:trading )?(?:holidays?|break|recess|period|(?<=festive )season)))?"
    # "between Christmas and New Year": the days from the day after Boxing Day to New Year's Eve
    + r"(?:(?:(?<=between christmas)|(?<=between christmas day)|(?<=between boxing day))"
    + r"(?P<tween> and (?:the )?New Year(?!(?:'s)? Eve)(?:'s(?: Day)?)?))?"
    + rf"(?:,? (?P<y>{YEAR}))?",
)
def _holiday(m: re.Match, ctx: Context) -> Result:
    """'Christmas', 'New Year's Eve 1999' -> DATE YYYY-12-25 (the year from the text, the tense or XXXX); 'last
    Christmas' -> the latest one on or before publication, 'next Christmas' the first one after it. 'The Christmas
    holidays' (break, recess, period, "the Christmas and New Year period") are the weeks round that Christmas (see
    `christmas_break`), and so is what is
    done "over Christmas" ("expected to travel over Christmas", "sales rose 4% over Christmas"): a stretch of days
    round the day, not the day alone."""
    if m["name"].lower() == "festive" and OTHER_FESTIVALS.search(m.string):
        return None  # "the festive season" of a story of Diwali or Eid: that festival's weeks, not Christmas's
    found = _holiday_day(m, ctx)
    if m["tween"] and found is not None:
        return between_christmas_and_new_year(found)
    over = m["name"].lower() == "christmas" and OVER_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    return christmas_break(found) if (m["brk"] or over) and found is not None else found


# Festivals other news calls "the festive season" by (South Asia's autumn festivals, Eid, the Lunar New Year): an
# article that names one means its weeks, not Christmas's.
OTHER_FESTIVALS = re.compile(
    r"\b(?:Diwali|Deepavali|Dussehra|Dasara|Navratri|Durga Puja|Onam|Pongal|Eid|Ramadan|Hanukkah|Chanukah"
    r"|Lunar New Year|Chinese New Year|Spring Festival)\b"
)


def between_christmas_and_new_year(found: tuple) -> tuple:
    """The days between Christmas and New Year dated from the Christmas (or Boxing) Day found: 27 to 31 December of
    that year, with the month for the value; December of no known year when the day has none."""
    kind, value, anchor, *rest = found
    extras = rest[0] if rest else {}
    if re.fullmatch(r"XXXX-12-2[56]", value):
        return kind, "XXXX-12", anchor, extras
    if not re.fullmatch(r"\d{4}-12-2[56]", value):
        return found
    year = value[:4]
    return kind, f"{year}-12", anchor, {**extras, "span": (f"{year}-12-27", f"{year}-12-31")}


# "After" right before a holiday's name: the time that follows it.
AFTER_BEFORE = re.compile(r"\b(?:after|since|following)\s+$", re.I)
# "Over" or "throughout" right before a holiday's name: what is done over it takes its days round the day.
OVER_BEFORE = re.compile(r"\b(?:over|throughout)\s+$", re.I)


# The days a Christmas break is dated to, from the Christmas Day it is named by: schools break up about the 20th of
# December and go back in the first days of January; offices and parliaments close for about as long.
CHRISTMAS_BREAK_REACH = (timedelta(days=-5), timedelta(days=9))


def christmas_break(found: tuple) -> tuple:
    """A Christmas holiday dated as the break round that Christmas Day: from 20 December to 3 January, with the
    week of Christmas Day for its value (as the Easter holidays have Easter's week); undated when the day is. Dates
    after it count from the day ("returned from the Christmas holidays on Monday": the Monday after Christmas), not
    from a week it names (extras "date_value")."""
    kind, value, anchor, *rest = found
    if not re.fullmatch(r"\d{4}-12-25", value):
        return found
    day = date.fromisoformat(value)
    span = tuple((day + reach).isoformat() for reach in CHRISTMAS_BREAK_REACH)
    return kind, week_value(day), anchor, {**(rest[0] if rest else {}), "span": span, "date_value": value}


def _holiday_day(m: re.Match, ctx: Context) -> Result:
    """The day of a holiday named by `_holiday`'s pattern."""
    name = "christmas" if m["name"].lower() == "festive" else m["name"].lower()
    month, day = lx.HOLIDAYS[name]
    if not m["y"] and HOLIDAY_THING_AFTER.match(m.string, m.end()):
        return None  # "Real Christmas trees can be left out", "Christmas cards": a kind of thing, not the day
    if m["y"]:
        return "DATE", f"{m['y']}-{month:02d}-{day:02d}", "explicit"
    if DOCUMENT_NAME_AFTER.match(m.string, m.end()):
        return None  # "the Christmas Accord": the name of a pact, not a day
    if not ctx.dct:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", "relative"
    if m["rel"]:
        dct = ctx.dct.date()
        y = dct.year
        if m["rel"].lower() == "last" and date(y, month, day) > dct:
            y -= 1
        elif m["rel"].lower() == "next" and date(y, month, day) <= dct:
            y += 1
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}", "relative"
    tense = ctx.tense(m.start(), m.end())
    if BACK_FROM_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) and BREAK_AFTER.match(
        m.string, m.end("name")
    ):
        tense = "past"  # "Schools return from the Christmas holidays this week", in January: the holidays gone by
    y = year_of_month(ctx.dct.date(), month, tense, day)
    if (
        tense == "future"
        and AFTER_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
        and 0 < (ctx.dct.date() - date(y - 1, month, day)).days <= TENSE_SLACK_DAYS
    ):
        y -= 1  # "trading will be more challenging after Christmas", in early January: what follows the holiday
        # just gone is still ahead, not what follows next year's
    if (named := year_named_after(m, ctx)) is not None:
        y = named  # "the last white Christmas was in 2010"
    elif (entry := entry_year(ctx, m, _day_span(month, day))) is not None:
        # "March 2017 - The council says work will start by Christmas": the Christmas after the entry's time
        return "DATE", f"{entry:04d}-{month:02d}-{day:02d}", "relative", {"counted": True}
    elif (fronted := fronted_year(ctx, m, month, day)) is not None:
        # "In 2010, Christmas was white", "In 1974 the minister promised the line would reopen by Christmas": the
        # sentence is told in that year, and the story stays there ("In the spring volunteers cleared the track")
        return "DATE", f"{fronted:04d}-{month:02d}-{day:02d}", "relative", {"counted": True}
    elif (story := story_year(ctx, m, month, day) or story_year_ahead(ctx, m, month, day)) is not None:
        # "The river burst its banks in January 2005 ... By Christmas the families were home": 2005's
        if story < 0:  # a quotation's, in a story moved to a bare year: the speaker's year, which the text does
            return "DATE", f"XXXX-{month:02d}-{day:02d}", "relative", {"undated": "year unknown"}  # not give
        extras = {"counted": True} if ctx.tense(m.start(), m.end()) == "past" else {"counted": True, "aimed": True}
        return "DATE", f"{story:04d}-{month:02d}-{day:02d}", "relative", extras  # an aim is no scene ("aimed")
    elif (framed := value_start(ctx.framed(m.start()) or "")) is not None:
        # 'wrote in 2019: "We will finish the work by Christmas"': the holiday of the quotation's time
        y = framed[0].year + (date(framed[0].year, month, day) < framed[0].date())
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}", "relative", {"counted": True}
    return "DATE", f"{y:04d}-{month:02d}-{day:02d}", "relative"


# The school half-terms of England and Wales, by the month each falls in: the week whose Monday is on or after the
# day given (the February week from the 12th, the late-May week of the spring bank holiday, the October week from
# the 23rd), with how many weeks before and after it an area's own week may fall (some areas take February's a
# week later, October's a week either side; May's is the bank holiday's everywhere). The terms' names give the
# same weeks: the spring term's half-term is February's, the summer term's May's, the autumn term's October's.
HALF_TERM_MONDAY_FROM = {2: 12, 5: 25, 10: 23}
HALF_TERM_REACH_WEEKS = {2: (0, 1), 5: (0, 0), 10: (1, 1)}
HALF_TERM_SEASON = {"spring": 2, "summer": 5, "autumn": 10}
# How far past publication a half-term told in the past may still start (it is near: "days before half-term"), and
# how long before publication one told as ahead may have ended ("will reopen after half-term", the week after it).
HALF_TERM_TENSE_SLACK_DAYS = 14
# A half of a school term, not its break, right before "half-term": "in the first half-term", "each half-term",
# "this half-term" (the weeks of teaching); which break "next half-term" means is no clearer.
TERM_HALF_BEFORE = re.compile(r"\b(?:first|second|this|next|last|each|every|per|a|one|same)\s+$", re.I)


@rule(
    "half_term",
    rf"(?:(?P<month>{MONTH}|autumn|spring|summer) )?half[- ]term(?: (?:holidays?|break|week))?(?:,? (?P<y>{YEAR}))?",
)
def _half_term(m: re.Match, ctx: Context) -> Result:
    """'the October half-term', 'half-term', 'the February half-term break 2025' -> DATE of the school half-term
    week (see HALF_TERM_MONDAY_FROM), spanning the weeks areas take it in; a bare "half-term" is the one nearest
    publication that the tense allows ("will reopen after half-term", in February: February's). A month with no
    half-term ("the June half-term") is left to its own rule; with no publication date it has no year."""
    if TERM_HALF_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    named = (m["month"] or "").lower()
    month = HALF_TERM_SEASON.get(named) or (month_number(m["month"]) if named else None)
    if named and month not in HALF_TERM_MONDAY_FROM:
        return None
    months = (month,) if month else tuple(HALF_TERM_MONDAY_FROM)
    if m["y"]:
        years, anchor = (int(m["y"]),), "explicit"
    elif ctx.dct is None:
        return "DATE", "XXXX-WXX", "relative", {"undated": "year unknown"}
    elif (year := year_named_after(m, ctx)) is not None:
        years, anchor = (year,), "relative"
    else:
        years, anchor = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1), "relative"
    weeks = [_half_term_week(y, mo) for y in years for mo in months]
    if len(weeks) > 1:
        # the one under way or the nearest, of those the tense allows: told in the past, one begun by publication
        # or just ahead ("were shut on Monday, days before the February half term"); ahead, one not long over
        dct, tense = ctx.dct.date(), ctx.tense(m.start(), m.end())
        slack = timedelta(days=HALF_TERM_TENSE_SLACK_DAYS)
        allowed = [
            w for w in weeks if not (tense == "past" and w[0] > dct + slack or tense == "future" and w[1] < dct - slack)
        ]
        weeks = sorted(
            allowed or weeks,
            key=lambda w: 0 if w[0] <= dct <= w[1] else min(abs((w[0] - dct).days), abs((w[1] - dct).days)),
        )
    monday = weeks[0][2]
    before, after = (timedelta(weeks=n) for n in HALF_TERM_REACH_WEEKS[monday.month])
    span = (monday - before - timedelta(days=2), monday + after + timedelta(days=6))
    return "DATE", week_value(monday), anchor, {"span": tuple(d.isoformat() for d in span), "usual_week": True}


def _half_term_week(year: int, month: int) -> tuple[date, date, date]:
    """The usual half-term week of `month` in `year`: (its Saturday before, its Sunday after, its Monday)."""
    monday = date(year, month, HALF_TERM_MONDAY_FROM[month])
    monday += timedelta(days=(7 - monday.weekday()) % 7)
    return monday - timedelta(days=2), monday + timedelta(days=6), monday


# Months of the lunar and lunisolar calendars a news story may name ("during Ramadan", "the month of Elul"): "the
# month" after one is that month, which starts and ends on days of its own, not a calendar month.
OTHER_CALENDARS_MONTH = re.compile(
    r"\b(?:Ramadan|Ramadhan|Ramazan|Ramzan|Muharram|Shawwal|Dhu al-Hijjah|Rajab|Sha'?ban|Elul|Tishrei|Nisan|Kislev"
    r"|Shravan|Sawan|Kartik|Vaisakh)\b"
)


# A pact, law or treaty named after the holiday it was made on, right after the holiday's name and capitalised as
# part of one name ("the Good Friday Agreement", "the Christmas Accord"): a name, which dates nothing in the story.
DOCUMENT_NAME_AFTER = re.compile(
    r"\s+(?:Agreements?|Accords?|Treat(?:y|ies)|Declarations?|Acts?|Protocols?|Proclamations?|Pacts?|Charters?)\b"
)


# Things named after a holiday, right after its name: "Christmas trees", "a Christmas card", "the Christmas
# jumper", "the New Year Honours", "Easter eggs", "an Easter bonnet"; the holiday there names a kind of thing, no
# day. So do the gatherings and trade of the weeks before it ("the office Christmas party", "the Christmas market",
# "Christmas shopping", "the Easter egg hunt"): held on other days than the holiday, which the text does not give.
# ("The Christmas holidays" keep the day: the break around that Christmas, come back from or still ahead.)
HOLIDAY_THING_AFTER = re.compile(
    r"\s+(?:trees?|cards?|jumpers?|puddings?|crackers?|decorations?|lights|carols?|presents?|gifts?|stockings?"
    r"|wreaths?|baubles?|honours?|honors?|resolutions?"
    r"|part(?:y|ies)|markets?|fairs?|fayres?|shopping|shoppers|concerts?|adverts?|ads|bonus(?:es)?|hampers?"
    r"|grottos?|nativity|staff|jobs"
    r"|eggs?|hunts?|bonnets?|baskets?|chocolates?|lil(?:y|ies)|bunn(?:y|ies)|buns?|lambs?|chicks?)\b",
    re.I,
)


# Coming back from a holiday's break, right before its name: "return from the Christmas holidays", "back after the
# Easter break". What is come back from is over, whatever the tense of the coming back.
BACK_FROM_BEFORE = re.compile(
    r"\b(?:return\w*|back|came|come|coming|went|go|going|get|got)\s+(?:to \w+\s+)?(?:from|after)\s+"
    r"(?:the|their|its|his|her|our|my)\s+$",
    re.I,
)
BREAK_AFTER = re.compile(r"\s+(?:holidays?|break|recess|shutdown|closure|period)\b", re.I)


def year_named_after(m: re.Match, ctx: Context) -> int | None:
    """The year a past-tense clause names within a few words after a holiday ("the last time a warning was in force
    at Easter was in 2013", "at Christmas, in 1914,"): that year's holiday; "last/this/next year" right after it
    ("reopened on Good Friday last year"), in any tense, names its year from publication's; else None."""
    if ctx.dct is not None and (year_after := YEAR_AFTER_MONTH.match(m.string, m.end())):
        return ctx.dct.year + {"last": -1, "this": 0, "next": 1}[year_after["rel"].lower()]
    if ctx.tense(m.start(), m.end()) != "past":
        return None
    found = HOLIDAY_YEAR_AFTER.match(m.string, m.end())
    return int(found["y"]) if found else None


# A year named within a few words after a holiday, in its clause.
HOLIDAY_YEAR_AFTER = re.compile(rf"[^.;:!?]{{0,25}}?\bin (?P<y>{YEAR})\b")


# A clock time and "on" right before a day's name: "by 8 p.m. on Election Day".
CLOCK_ON_BEFORE = re.compile(r"\d(?:\s*[ap]\.?m\.?|:\d\d)\s+on\s+$", re.I)
# A length counted on from a holiday, right before its name: "a week after Election Day", "three days since
# Thanksgiving".
LENGTH_AFTER_BEFORE = re.compile(
    rf"\b(?P<n>an?|{_SMALL}|ten|\d+)\s+(?P<u>days?|weeks?|months?)\s+(?:after|since|following)\s+$", re.I
)


@rule(
    "movable_holiday",
    r"(?:(?P<rel>last|next|this) )?(?P<name>"
    + "|".join(
        re.escape(k)
        for k in sorted(
            [*lx.MOVABLE_HOLIDAYS, *lx.DAYS_AFTER_HOLIDAY, *lx.DAYS_AFTER_NTH_WEEKDAY], key=len, reverse=True
        )
    )
    + rf")(?:,? (?P<y>{YEAR}))?",
)
def _movable_holiday(m: re.Match, ctx: Context) -> Result:
    """'Thanksgiving Day', 'last Thanksgiving' -> DATE of the n-th weekday of its month (year from text or tense);
    'Black Friday' -> the day after Thanksgiving; 'Election Day' -> the Tuesday after November's first Monday."""
    name, after = m["name"].lower(), 0
    if name in lx.DAYS_AFTER_NTH_WEEKDAY:
        if not m["name"][0].isupper():
            return None  # "on election day": the day of any election; the capital names the United States' day
        if CLOCK_ON_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None  # "by 8 p.m. on Election Day": the clock time's rule dates it by the election the text names
        month, weekday, n, after = lx.DAYS_AFTER_NTH_WEEKDAY[name]
    else:
        if name in lx.DAYS_AFTER_HOLIDAY:
            name, after = lx.DAYS_AFTER_HOLIDAY[name]
        month, weekday, n = lx.MOVABLE_HOLIDAYS[name]

    def on(year: int) -> date:
        """The holiday's date in `year`."""
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1) + after)
        last = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
        return last - timedelta(days=(last.weekday() - weekday) % 7 - after)

    if m["y"]:
        return "DATE", on(int(m["y"])).isoformat(), "explicit"
    if not ctx.dct:
        return "DATE", "XXXX-XX-XX", "relative"
    dct = ctx.dct.date()
    rel = (m["rel"] or "").lower()
    direction = {"last": "past", "next": "future"}.get(rel) or ctx.tense(m.start(), m.end()) or "past"
    length = LENGTH_AFTER_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) if not rel else None
    count = number_value(length["n"]) if length else None
    if count is not None:
        # "a recount in a race where 400 votes separate them, a week after Election Day": the holiday whose day
        # that length on falls nearest publication, as far as the tense allows (more loosely than a bare day)
        days = int(count * {"day": 1, "week": 7, "month": 30}[length["u"].lower().rstrip("s")])
        best = None
        for year in (dct.year - 1, dct.year, dct.year + 1):
            gap = (on(year) + timedelta(days=days) - dct).days
            if (direction == "past" and gap > TENSE_SLACK_DAYS) or (direction == "future" and gap < -TENSE_SLACK_DAYS):
                continue
            if best is None or abs(gap) < abs(best[1]):
                best = (year, gap)
        if best is not None:
            return "DATE", on(best[0]).isoformat(), "relative"
    this_year = on(dct.year)
    if direction == "future":
        d = this_year if this_year >= dct else on(dct.year + 1)
    else:
        d = this_year if this_year <= dct else on(dct.year - 1)
    return "DATE", d.isoformat(), "relative"


# The holidays a weekday may be counted from ("the Saturday before Christmas", "the Monday after Easter"): the
# rules that date them, each tried on the holiday's own words.
COUNTED_FROM_HOLIDAY_RULES = ("holiday", "movable_holiday", "easter")


@rule(
    "weekday_of_a_holiday",
    rf"the (?:(?:last|final|first) )?(?P<wd>{WEEKDAY}) (?P<side>before|after|following|ahead of) (?P<hol>(?:"
    + "|".join(
        re.escape(k)
        for k in sorted(
            {
                *lx.HOLIDAYS,
                *lx.MOVABLE_HOLIDAYS,
                *lx.DAYS_AFTER_HOLIDAY,
                *lx.DAYS_AFTER_NTH_WEEKDAY,
                *lx.EASTER_HOLIDAYS,
            },
            key=len,
            reverse=True,
        )
    )
    + rf")(?:,? {YEAR})?)",
)
def _weekday_of_a_holiday(m: re.Match, ctx: Context) -> Result:
    """'the Saturday before Christmas', 'the Monday after Easter' -> DATE of the last such weekday before the
    holiday (the first after it), in the year the holiday's own rule gives it where the words stand ("Last year the
    Saturday before Christmas was wet": 2025's). A holiday on that weekday itself is not counted: the Saturday
    before a Christmas on a Saturday is a week before it. None when no holiday follows, or it has no calendar
    date; the weekday and the holiday are then read alone. The tense has the last word on the weekday itself: "Shops
    will open on the Sunday before Christmas", a few days after Christmas, is next year's Sunday, though a holiday
    just gone by is still the one a "will" may speak of."""
    for name, pattern, fn in RULES:
        if name not in COUNTED_FROM_HOLIDAY_RULES:
            continue
        found = pattern.match(m.string, m.start("hol"))
        if found is None or found.end() != m.end():
            continue
        result = fn(found, ctx)
        d = _weekday_from_a_holiday(m, result)
        if d is None:
            continue
        tense = ctx.tense(m.start(), m.end()) if ctx.dct is not None and result[2] != "explicit" else None
        gone = tense == "future" and d < ctx.dct.date()
        if gone or (tense == "past" and d > ctx.dct.date()):
            # the same holiday a year on (or back), dated by its own rule with that year named
            again = pattern.match(f"{m['hol']} {value_datetime(result[1]).year + (1 if gone else -1)}")
            d = (_weekday_from_a_holiday(m, fn(again, ctx)) if again is not None else None) or d
        return "DATE", d.isoformat(), result[2]
    return None


def _weekday_from_a_holiday(m: re.Match, result: Result) -> date | None:
    """The weekday `m` names before or after the holiday day of `result` (None when it gave no calendar day)."""
    day = value_datetime(result[1]) if result is not None else None
    if result is None or day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", result[1]):
        return None
    wanted = lx.WEEKDAYS[m["wd"].lower().rstrip(".")]
    step = -1 if m["side"].lower() == "before" else 1
    d = day.date() + timedelta(days=step)
    while d.weekday() != wanted:
        d += timedelta(days=step)
    return d


# How far a school's Easter fortnight may reach from Easter Sunday on either side: schools take the two weeks round
# it, or the two before or after it, as their area sets them.
SCHOOL_EASTER_REACH = timedelta(weeks=2)


@rule(
    "easter",
    r"(?:(?P<rel>last|next|this) )?(?P<name>"
    + "|".join(re.escape(k) for k in sorted(lx.EASTER_HOLIDAYS, key=len, reverse=True))
    + rf")(?P<weekend> (?:bank holiday )?weekend| holidays?| break)?(?P<week> week)?"
    # the part of the holiday named after it: "Good Friday morning", "Easter Sunday evening"
    r"(?(weekend)|(?(week)|(?P<pod> (?:morning|afternoon|evening|night))?))"
    rf"(?:,? (?P<y>{YEAR}))?"
    # names that only start with a holiday: "Easter Island", "the Easter Rising", "Easter eggs"
    r"(?! (?:Island|Islanders?|Rising|Uprising|eggs?|Road|Street|Ross|bunny|Bunny)\b)",
)
def _easter(m: re.Match, ctx: Context) -> Result:
    """'Easter', 'Good Friday', 'Easter Monday 2023' -> DATE of that day (from dateutil's Easter of the year, the
    year from the text or the tense); 'Easter weekend', 'the Easter holiday' -> its week's weekend, dated from Good
    Friday to Easter Monday, the long weekend the words mean."""
    offset = lx.EASTER_HOLIDAYS[m["name"].lower()]
    if not (m["y"] or m["weekend"] or m["week"] or m["pod"]) and HOLIDAY_THING_AFTER.match(m.string, m.end()):
        return None  # "Easter bonnets", "the Easter egg hunt", "the church's Easter fair": a kind of thing, or a
        # gathering held on a day near the holiday that the text does not give, as with "Christmas cards"
    if (m["weekend"] or m["week"]) and offset != 0:
        return None  # "Good Friday holiday" is the day itself; only Easter's weekend is the long one
    if not (m["y"] or m["weekend"] or m["week"] or m["pod"]) and DOCUMENT_NAME_AFTER.match(m.string, m.end()):
        return None  # "the Good Friday Agreement": the name of a treaty, which does not put the story on that
        # day (of the year it was signed, or of this one)

    def on(year: int) -> date:
        """The holiday's date in `year`."""
        return easter(year) + timedelta(days=offset)

    if m["y"]:
        day, anchor = on(int(m["y"])), "explicit"
    elif not ctx.dct:
        return "DATE", "XXXX-XX-XX", "relative"
    else:
        dct = ctx.dct.date()
        rel = (m["rel"] or "").lower()
        this_year = on(dct.year)
        ahead = (this_year - dct).days
        if rel == "this":
            day = this_year
        elif rel == "last":
            day = this_year if ahead < 0 else on(dct.year - 1)
        elif rel == "next":
            day = this_year if ahead > 0 else on(dct.year + 1)
        elif ctx.tense(m.start(), m.end()) == "future" or 0 <= ahead <= NEAREST_HOLIDAY_AHEAD_DAYS:
            day = this_year if ahead >= 0 else on(dct.year + 1)
        else:
            day = this_year if ahead <= 0 else on(dct.year - 1)
        anchor = "relative"
        if (named := year_named_after(m, ctx)) is not None:
            day = on(named)  # "the last snow warning at Easter was in 2013": that year's Easter
        elif not rel and (entry := entry_year(ctx, m, lambda y: (on(y), on(y)))) is not None:
            day = on(entry)  # "December 2017 - Work due to start at Easter is put off": Easter 2018
        elif not rel and (after := looked_ahead_from_the_story(ctx, m)) is not None:
            day = on(after.year) if on(after.year) >= after else on(after.year + 1)  # "In December 2017, work was
            # due to start at Easter": the first Easter after the story's time, not publication's
        elif not rel and (story := _easter_of_the_story(ctx, m, on)) is not None:
            day = on(story)  # "In April 2019 the river burst its banks. … At Easter the family moved in with
            # neighbours": the story's Easter, as for a month or Christmas named without a year
            if not (m["week"] or m["weekend"] or m["pod"]):
                return "DATE", day.isoformat(), anchor, {"counted": True}  # the story stays in its year
    if m["week"]:  # "Easter week": the week ending on Easter Sunday
        return "DATE", week_value(day), anchor
    if m["weekend"] and m["weekend"].strip().lower() in ("holidays", "break"):
        # "the Easter holidays", "after the Easter break": a school's (or a parliament's) fortnight, which falls
        # round Easter but not on the same days everywhere; dated as the weeks it may fall in, from the Saturday two
        # weeks before Easter Sunday to the Sunday two weeks after, with Easter's week for its value
        sunday = easter(day.year)
        span = (sunday - SCHOOL_EASTER_REACH - timedelta(days=1), sunday + SCHOOL_EASTER_REACH)
        return "DATE", week_value(sunday), anchor, {"span": tuple(d.isoformat() for d in span)}
    if m["weekend"]:
        sunday = easter(day.year)
        span = ((sunday - timedelta(days=2)).isoformat(), (sunday + timedelta(days=1)).isoformat())
        return "DATE", week_value(sunday) + "-WE", anchor, {"span": span}
    if m["pod"]:  # "Good Friday morning": that part of the holiday, as "Friday morning" is of a weekday
        return "DATE", f"{day.isoformat()}T{lx.PARTS_OF_DAY[m['pod'].strip().lower()]}", anchor
    return "DATE", day.isoformat(), anchor


def _easter_of_the_story(ctx: Context, m: re.Match, on: Callable[[int], date]) -> int | None:
    """The year of an Easter (or a day of it) named without one, read as a day of the story's year is (see
    fronted_year, story_year, story_year_ahead), Easter's day being that of the story's own year; -1 or None when
    there is none."""
    moved = ctx.moved()
    guess = on(int(moved[:4])) if moved and re.match(r"\d{4}", moved) else None
    if guess is None:
        return None
    year = fronted_year(ctx, m, guess.month, guess.day)
    if year is None:
        year = story_year(ctx, m, guess.month, guess.day) or story_year_ahead(ctx, m, guess.month, guess.day)
    return year if year is not None and year > 0 else None


# A holiday up to this many days ahead of publication is the coming one even with no future tense ("travel chaos
# over Easter" in the week before it).
NEAREST_HOLIDAY_AHEAD_DAYS = 14


_SPOKEN_TENS = {
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


@rule("spoken_year", rf"nineteen[- ](?P<tens>{'|'.join(_SPOKEN_TENS)})(?:[- ](?P<ones>{_SMALL}))?")
def _spoken_year(m: re.Match, ctx: Context) -> Result:
    """'nineteen ninety-six' (broadcast transcripts) -> DATE 1996."""
    ones = int(number_value(m["ones"])) if m["ones"] else 0
    return "DATE", f"19{_SPOKEN_TENS[m['tens'].lower()] + ones:02d}", "explicit"


@rule(
    "year_end",
    r"(?P<rel>around |by |at |until )?(?:the )?(?P<which>this |last |next )?(?:year[- ]end|year's end|end of the year"
    r"|the full year|the whole year|that year)"
    rf"(?:,? (?:of )?(?P<y>{YEAR})(?!\d))?",
)
def _year_end(m: re.Match, ctx: Context) -> Result:
    """'year-end', 'the full year' -> DATE of the DCT's year (TimeML writes the year); 'that year' -> the last year
    named."""
    text = m.group(0).lower()
    if m["y"] and "that year" not in text:  # "the full year 2025", "year-end 2024": that year
        return "DATE", m["y"], "explicit", ({"mod": "END"} if "end" in text else {})
    if m["y"]:
        return None
    if not m["which"] and not m["rel"] and (ending := YEAR_TO.match(m.string, m.end())) and "year" == text[-4:]:
        return year_to(ending, ctx)  # "the full year to March 31": the twelve months ending then, as "the year to"
    if "that year" in text:
        last = re.match(r"\d{4}", ctx.last_value or "")
        return (
            ("DATE", last.group(), "relative", {"counted": True})
            if last
            else ("DATE", "XXXX", "relative", {"undated": "no year named before"})
        )
    if not ctx.dct:
        return "DATE", "XXXX", "relative"
    step = {"last ": -1, "next ": 1}.get(m["which"] or "", 0)
    if "end" in text and not m["which"] and SINCE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        if ctx.year_end_month and "end of the year" not in text:
            # "sales in the eight weeks since the year end", of a company whose year runs to 31 January: the last
            # end of its own year, not of the calendar's
            dct, month, day = ctx.dct.date(), ctx.year_end_month, ctx.year_end_day
            end_year = dct.year if own_year_end(dct.year, month, day) <= dct else dct.year - 1
            return "DATE", own_year_end(end_year, month, day).isoformat(), "relative"
        return "DATE", f"{ctx.dct.year - 1:04d}-12-31", "relative"  # "the change since year-end": the last one
    tense = ctx.tense(m.start(), m.end())
    if "full" in text and not m["which"] and FIGURES_SHOWN_AFTER.match(m.string, m.end()):
        tense = "past"  # "The full year shows like-for-like sales up 9.2%": the figures of a year whose accounts are
        # out, told in the present as a table is read; a year over, as "the full year saw"
    moved = re.match(r"\d{4}", ctx.moved() or "")
    if moved and not m["which"] and tense == "past":  # "In 2012 I lost. At the end of the
        # year I knew I would run again": the story's year, not publication's. Told by the article itself, the story
        # stays there ("By the end of the year the reservoirs were full … the summer was an outlier": 1976's); a
        # speaker's own year-end does not hold the article in the speaker's year
        extras = {"mod": "END"} if "end" in text else {}
        if not ctx.quoted(m.start()):
            extras["counted"] = True
        return "DATE", moved.group(), "relative", extras
    if "end" in text:  # the year's last months, as "late 2023" (TimeML: the year, mod END)
        return "DATE", f"{ctx.dct.year + step:04d}", "relative", {"mod": "END"}
    if (
        not m["which"]
        and ctx.year_end_month
        and "end" not in text
        and not MEASURE_OF_THE_ECONOMY.search(_sentence_around(m, ctx))
    ):  # "whose financial year runs to the end of March … raised its forecast for the full year", in October: the
        # company's year, April to March, that is under way; told as gone by within YEAR_JUST_GONE_MONTHS of its end
        # ("for the full year, profit rose 4%", in May), the one just ended
        dct = ctx.dct.date()
        month, day = ctx.year_end_month, ctx.year_end_day
        end_year = dct.year if dct <= own_year_end(dct.year, month, day) else dct.year + 1
        last_end = own_year_end(end_year - 1, month, day)
        if (dct - last_end).days <= YEAR_JUST_GONE_MONTHS * 31 and tense == "past":
            end_year -= 1
        return "DATE", f"{end_year:04d}", "relative", {"span": own_year_span(end_year, month, day)}
    if not m["which"] and ctx.dct.month <= 3 and tense == "past":
        step = -1  # "For the full year, sales grew 4%" in a February report: the year just ended
    return "DATE", f"{ctx.dct.year + step:04d}", "relative"


# A verb setting out figures right after "the full year" (or its figures): "The full year shows sales up 9%", "the
# full-year results reveal".
FIGURES_SHOWN_AFTER = re.compile(
    r"(?:\s+(?:figures|results|numbers|accounts|statement|report))?\s+(?:shows?|showed|reveals?|revealed|sees|saw)\b",
    re.I,
)


def own_year_end(end_year: int, end_month: int, end_day: int | None = None) -> date:
    """The last day of a company's year ending in month `end_month` of `end_year`: its day `end_day` when given (and
    in the month), else the month's last day."""
    last = month_end(end_year, end_month)
    return last.replace(day=end_day) if end_day and end_day < last.day else last


def own_year_span(end_year: int, end_month: int, end_day: int | None = None) -> tuple[str, str]:
    """The first and last day (ISO) of a company's year ending in month `end_month` of `end_year` (on its day
    `end_day`, when given: see `own_year_end`)."""
    last = own_year_end(end_year, end_month, end_day)
    return (last - relativedelta(years=1) + timedelta(days=1)).isoformat(), last.isoformat()


@rule("bare_season", r"(?P<s>winter|summer|spring|autumn)")
def _bare_season(m: re.Match, ctx: Context) -> Result:
    """'winter' alone in a clause of what is to come ("warned that winter would bring fresh pressure") -> DATE of the
    season to come, the one under way excepted as with "the winter"; without a modal ("Winter is hard here", "in
    winter the pass closes") a bare season is every year's and no date."""
    if not ctx.dct or not ctx.bare_ahead(m.start(), m.end()):
        return None
    code = lx.SEASONS[m["s"].lower()]
    dct = ctx.dct.date()
    year = dct.year + 1 if code == "WI" and dct.month > 2 else dct.year
    if season_first_day(year, code) + relativedelta(months=3) <= dct:
        year += 1
    return "DATE", f"{year:04d}-{code}", "relative"


def january_span(year: int) -> tuple[str, str]:
    """The first and last day (ISO) of January of `year`: the days "after the New Year" begins."""
    return f"{year:04d}-01-01", f"{year:04d}-01-31"


@rule("new_year", r"the new year(?!'|’)")
def _new_year(m: re.Match, ctx: Context) -> Result:
    """'in the new year' -> DATE (TimeML: the year, mod START): said in a year's last months, the year to come; in
    its first months, or after "since", the publication's year; in other months, this year's in a past clause, the
    next in a present or future one (not a habit's), else undated (which is not said)."""
    if HOLIDAY_THING_AFTER.match(m.string, m.end()):
        return None  # "the New Year Honours list", "new year resolutions": a thing named after the holiday
    if not ctx.dct:
        return "DATE", "XXXX", "relative"
    # the turn of the year, which a reader dates to January: not the first third of the year that mod START cuts
    if re.search(r"\bsince\s+$", m.string[max(0, m.start() - 8) : m.start()], re.I) or ctx.dct.month <= 3:
        return "DATE", f"{ctx.dct.year:04d}", "relative", {"mod": "START", "span": january_span(ctx.dct.year)}
    if ctx.dct.month >= 10:
        return "DATE", f"{ctx.dct.year + 1:04d}", "relative", {"mod": "START", "span": january_span(ctx.dct.year + 1)}
    tense = ctx.tense(m.start(), m.end())
    if tense == "past":  # "sales picked up after the new year", read in June: this year's
        return "DATE", f"{ctx.dct.year:04d}", "relative", {"mod": "START", "span": january_span(ctx.dct.year)}
    if tense in ("present", "future") and not HABIT.search(_sentence_of(m, ctx)):
        # "a second reading is unlikely before the new year", "will decide in the new year", read in June: the only
        # new year still to come is next January ("always busy in the new year" is any year's)
        return "DATE", f"{ctx.dct.year + 1:04d}", "relative", {"mod": "START", "span": january_span(ctx.dct.year + 1)}
    return "DATE", "XXXX", "relative", {"undated": "which new year is not said"}


# ---------------------------------------------------------------------------------------------------------------
# Quick tests: what every match of a rule contains somewhere (a part of its pattern that no alternative can skip),
# as a regular expression with the rules' flags. A text without it cannot match the rule, so the rule's own scan,
# much slower than a search for a few words, is skipped there; the results are the same. Rules whose every word is
# too common to be worth a test ("vague", "set") have none. When a rule's pattern changes, check its test still
# holds: a test that misses one of the rule's alternatives hides every match of that alternative.


def _quick(pattern: str, first: str) -> str:
    """`pattern` behind a lookahead for the characters it can start with (`first`, a character-class body): the
    regex engine then rejects most positions with one test instead of trying every alternative."""
    return rf"(?=[{first}])(?:{pattern})"


def _quick_words(words) -> str:
    """A quick test for any of the literal `words` (lowercase), with their first letters as the lookahead."""
    return _quick("|".join(re.escape(w) for w in words), "".join(sorted({re.escape(w[0]) for w in words})))


RULE_NEEDS: dict[str, str] = {
    "publication_line": r"\d\.",
    "iso_date": rf"{YEAR}-",
    "split_year": rf"{YEAR}(?:[-/–]|-to-)\d\d",
    "relative_season": r"season|term|campaign",
    "slash_date": r"\d/",
    "month_day": MONTH,
    "day_range": MONTH,
    "month_year": MONTH,
    "nth_weekday": rf"{MONTH}|the month",
    "month": MONTH,
    "time_of_day": _quick(r"\d(?:\s?[ap]|[:.]\d|\d{3}\s[A-Z])|noon|midday|midnight|o'clock", r"\dnmo"),
    "weekday": _quick(WEEKDAY, "mtwfs"),
    "relative_day": _quick(r"today|tomorrow|yesterday|tonight|last night|overnight|the night", "tylo"),
    "anaphoric_day": _quick(
        r"the next |the following |the previous |the preceding |the prior |that |the same |the day "
        r"|the (?:morning|afternoon|evening|night) (?:before|after)",
        "t",
    ),
    "this_part_of_day": _quick(PART_OF_DAY, "maeno"),
    "relative_unit": _quick(r"week|fortnight|month|year|decade|century|spring|summer|fall|autumn|winter", "wmydcsfa"),
    "quarter": _quick(r"quarter|half|period", "qhp"),
    "quarter_code": r"(?-i:[QH][1-4])",
    "year_earlier": r"year",
    "duration": _quick(_UNITS, "smhdwfqyc"),
    "half_unit": r"half|quarters? of",
    "bare_units": _quick(r"days|weeks|months|years|decades|centuries", "dwmyc"),
    "plural_units": _quick(r"hours|days|weeks|months|years|decades|centuries", "hdwmyc"),
    "year": YEAR,
    "decade": _quick(r"\d0s|ties", r"\dt"),
    "century": r"century",
    "spoken_year": r"nineteen",
    "year_end": r"year",
    "new_year": r"new year",
    "holiday": _quick_words([*lx.HOLIDAYS, "festive"]),
    "movable_holiday": _quick_words([*lx.MOVABLE_HOLIDAYS, *lx.DAYS_AFTER_HOLIDAY, *lx.DAYS_AFTER_NTH_WEEKDAY]),
    # holidays are written with a capital: its first letter, tested case-sensitively, rules out most positions
    "easter": r"(?-i:(?=[EGMHPASW]))(?:" + "|".join(re.escape(w) for w in lx.EASTER_HOLIDAYS) + ")",
}
RULE_GATES: dict[str, re.Pattern] = {name: re.compile(needs, re.I) for name, needs in RULE_NEEDS.items()}
