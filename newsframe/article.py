"""Reading an article file into an `Article` and its paragraph and sentence tables.

The article format: UTF-8 text. An optional first line `date YYYY-MM-DD <headline>`; an optional next line of
publication times such as `19.12. 17:51 | Updated 19.12. 18:18` (day.month., 24-hour clock, the year from the
date line); then paragraphs separated by blank lines. A file without the date line is plain text: paragraphs split
on blank lines (on single newlines when it has none), the date from the caller, and a headline only when the first
block looks like one (see `looks_like_headline`).
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import config

if TYPE_CHECKING:  # the tables import pandas when built: reading an article (the notebook runner does) needs none
    import pandas as pd


class ArticleError(Exception):
    """An article that cannot be read: `str(error)` is one line naming the file and the problem."""

    def __init__(self, source: str | Path, problem: str):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


@dataclass(frozen=True)
class Paragraph:
    """One block of the article: number 0 is the headline (when there is one), then 1..N for the body."""

    number: int
    text: str
    # the clock time a live page stamped its entry with, on a line of its own above it ("14:32"), for the entry's
    # first paragraph; the stamp is no part of the text
    clock: str = ""


class StampedText(str):
    """A paragraph's text that opens an entry of a live page, with the entry's clock time ("14:32") as `clock`."""

    clock: str = ""


def _stamped(text: str, clock: str) -> str:
    """`text` carrying `clock` (see StampedText)."""
    stamped = StampedText(text)
    stamped.clock = clock
    return stamped


def _clock_of(stamp: re.Match) -> str:
    """The 24-hour clock time ("16:05") of a CLOCK_STAMP match ("16.05", "4:05pm")."""
    hour, minute, half = int(stamp["h"]), stamp["m"], (stamp["ap"] or "").lower()
    hour = hour % 12 + (12 if half == "p" else 0) if half else hour
    return f"{hour:02d}:{minute}"


def _paragraph(number: int, text: str) -> Paragraph:
    """The paragraph `number` of `text`, with the clock time of its live entry when it opens one."""
    return Paragraph(number, str(text), getattr(text, "clock", ""))


@dataclass
class Article:
    """An article: its id, headline, publication times, source path and paragraphs (headline first)."""

    id: str
    title: str | None
    published: datetime | None
    updated: datetime | None
    source: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    time_known: bool = False  # whether `published` carries a real clock time, not just the date
    byline: str | None = None  # "By Ann Lee, Health Correspondent": who wrote it, not a paragraph of the story

    @property
    def body(self) -> list[Paragraph]:
        """The paragraphs without the headline."""
        return [p for p in self.paragraphs if p.number > 0]

    @property
    def words(self) -> int:
        """Words in the headline and the body."""
        return sum(count_words(p.text) for p in self.paragraphs)

    def metadata(self) -> dict:
        """The article.json record: id, title, published, updated, source, byline, paragraphs (body), words."""
        return {
            "id": self.id,
            "title": self.title,
            "published": _iso(self.published, self.time_known),
            "updated": _iso(self.updated, True),
            "source": config.display_path(self.source),
            "byline": self.byline,
            "paragraphs": len(self.body),
            "words": self.words,
        }


# A first line `date 2022-12-19 Headline…`: the word "date", then a token with a digit in it (the date).
DATE_LINE = re.compile(r"^date[ \t]+(?P<date>\S*\d\S*)(?:[ \t]+(?P<title>.*))?$")
# The date may carry the publication time: `2022-12-19T17:51`, or `2022-12-19 17:51 Headline…`.
# Seconds and a zone ("2025-03-14T09:30:00Z", "…+01:00") may follow: the time is kept as written, to the minute.
ISO_CLOCK = re.compile(
    r"(?P<date>\S+?)T(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
)
LEADING_CLOCK = re.compile(r"(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d)(?:[ \t]+|$)")
# The publication line: `19.12. 17:51`, optionally `| Updated 19.12. 18:18` (day.month. hour:minute).
STAMP = r"(?P<{0}d>\d{{1,2}})\.(?P<{0}m>\d{{1,2}})\.?[ \t]+(?P<{0}H>\d{{1,2}})[:.](?P<{0}M>\d{{2}})"
TIME_LINE = re.compile(
    r"^"
    + STAMP.format("p")
    + r"(?:[ \t]*\|[ \t]*(?:updated|päivitetty|aktualisiert)?[ \t]*"
    + STAMP.format("u")
    + r")?[ \t]*$",
    re.IGNORECASE,
)
# The publication date in the text itself, when neither a date line nor the caller gives one: a wire-style
# dateline opening the first paragraph ("BERLIN, March 14, 2024 — …", "LONDON (Reuters), 5 January 2023 - …") or a
# paragraph that is only a date, perhaps with a time ("Published 14 March 2024, 09:30"). Only a full date with its
# year counts: "LONDON, Jan 5 (Reuters) -" names no year, and a guessed year would misdate every "Monday".
MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
# The weekday before a date, perhaps parted from it by a bar ("Saturday | November 28, 2026", as the Gleaner prints it).
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?(?:,|[ \t]+\|)?[ \t]+)?"
FULL_DATE = (
    rf"{WEEKDAY}(?:(?P<m1>{MONTH_NAMES})[ \t]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m2>{MONTH_NAMES}),?[ \t]+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)"
    # day.month.year, as German, Finnish and Russian pages write it ("12.03.2024", "5.1.2023")
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>(?:19|20)\d\d)"
    # month - day - year with dashes, as Ghanaian sites print it ("Nov - 27 - 2026")
    rf"|(?P<m5>{MONTH_NAMES})[ \t]*-[ \t]*(?P<d5>\d{{1,2}})[ \t]*-[ \t]*(?P<y5>(?:19|20)\d\d)"
    # day/month/year with slashes, as papers in India, Nigeria, Britain and Australia print it ("30/11/2026"); the
    # American month/day/year when the day shows it ("11/30/2026"; see `_slashed_date`)
    r"|(?P<d6>\d{1,2})/(?P<m6>\d{1,2})/(?P<y6>(?:19|20)\d\d))"
)
CLOCK = r"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:[ \t]*(?P<ampm>[ap])\.?m\.?)?"
# A clock time written before the date ("12:41 GMT, 12 March 2024", "4:47 PM GMT, March 12, 2024").
CLOCK_BEFORE = r"(?P<H0>[01]?\d|2[0-3])[:.](?P<M0>[0-5]\d)(?:[ \t]*(?P<ampm0>[ap])\.?m\.?)?"
# The time zone or word after a clock time ("GMT", "+01:00", "Z", "Uhr"), read and left out.
ZONE = r"(?:Z|[ \t]*[+-]\d\d:?\d\d|[ \t]+(?:[A-Z]{2,4}(?:[+-]\d\d?(?::?\d\d)?)?|Uhr))?"
# A press wire writes its name between slashes after the date, and the state after the town ("CAMBRIDGE, Mass.,
# Nov. 24, 2026 /PRNewswire/ --").
DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},?[ \t]+(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?,[ \t]+)?)?"
    r"(?:\([^()\n]{1,40}\)[ \t]*,?[ \t]*)?"
    + FULL_DATE
    + r"[ \t]*(?:\([^()\n]{1,40}\)|/[A-Z][\w .-]{1,30}/)?[ \t]*(?:--[ \t]?|[-—–:])"
)
# A dateline without a full date, in capitals: "FRANKFURT —", "LONDON (Reuters) -", "OSLO, Feb 6 (Reuters) -",
# "EASTBOURNE, England (AP) —",
# "JOHANNESBURG, August 7 (Xinhua) --", "WASHINGTON--", "MOSCOW/KYIV, March 14 (Reuters) -" (it dates nothing: the
# year is not given).
CAPS_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’/-]*[A-Z.'’](?: [A-Z][A-Z.'’/-]+)*,?"
    r"(?: [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}(?=,? \(|,? ?--| [—–-] ))?"
    r"(?: [A-Z][a-z]{2,8}\.? \d{1,2},?)?(?: \([^()\n]{1,40}\))?"
    # the dash, or the agency between slashes as Russian wires write it ("MOSCOW, March 12. /TASS/. ")
    r"(?: ?-- ?| ?[—–-] |\.? ?/[A-Z][\w .-]{1,20}/\.? )"
)
# A dateline with the place as a word and the agency's short name in brackets, as German and Nordic agencies write
# it: "Berlin (dpa) - ", "Frankfurt/Main (dpa/lhe) – ", "Helsinki (STT) – ", or the agency alone ("(Reuters) - "),
# and a broadcaster's, pasted from its page without the brackets ("London CNN — ").
AGENCY_DATELINE = re.compile(
    r"^(?:[A-Z][\w'’.-]+(?:[ /][A-Z][\w'’.-]+){0,2}(?:[ \t]+\[[A-Z][\w ]{1,20}\])?,?[ \t]+"
    r"(?:(?:" + r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec" + r")[a-z]*\.?[ \t]+\d{1,2},?[ \t]+)?)?"
    r"(?:\((?:dpa|epd|kna|sda|apa|AFP|AP|STT|TT|NTB|ANP|APA|ANSA|EFE|PAP|ČTK|CTK|BTA|MTI|KNA|SDA|PTI|IANS|ANI|UNI"
    r"|NAN|PNA|Bernama|AAP|Reuters|Xinhua|Interfax|Yonhap|Kyodo|Anadolu|Ritzau|Belga|Lusa|TASS|RIA|Ukrinform|CNN)"
    r"(?:/[A-Za-z]{2,6})*\)|CNN)"
    # the dash, or (after the agency in brackets, as Indian wires write it: "New Delhi, Nov 27 (IANS) The …",
    # "Mumbai [India], Nov 27 (ANI): …") a colon or the story itself
    r"(?:[ \t]*(?:--[ \t]?|[—–-][ \t])|(?<=\)):?[ \t](?=[A-Z\"“‘]))"
)


def dateline_end(text: str) -> int:
    """Where the dateline opening a paragraph ends ("OSLO, Feb 6 (Reuters) - ", "FRANKFURT, Oct. 27, 2023 — ",
    "Berlin (dpa) - "), 0 without one: its place and agency are no subject of the story."""
    opening = DATELINE.match(text) or CAPS_DATELINE.match(text) or AGENCY_DATELINE.match(text)
    return opening.end() if opening else 0


# The date after a dateline alone on its line, as a wire story prints its place, credit and day over the story
# ("WASHINGTON (AP) — December 19, 2026"), perhaps with its clock time.
DATE_AFTER_DATELINE = re.compile(r"(?:" + FULL_DATE + r")\.?$", re.IGNORECASE)


def dateline_line(text: str) -> tuple[str, datetime | date | None] | None:
    """A line that is only a dateline, perhaps with the day after its dash ("WASHINGTON (AP) — December 19, 2026",
    "LONDON, March 3 (Reuters) -"): the dateline to open the story's first paragraph and the date it names with its
    year (None without one); None for any other line."""
    text = text.strip()
    if "\n" in text or not text:
        return None
    end = dateline_end(text + " ")
    if not end:
        return None
    rest = text[end:].strip()
    if not rest:
        opening = DATELINE.match(text + " ")
        return text.rstrip() + " ", _written_date(opening) if opening else None
    if (found := DATE_AFTER_DATELINE.fullmatch(rest)) and (day := _written_date(found)):
        return text[:end].rstrip() + " ", day
    return None


# The credit of a dateline: what stands in its brackets ("(Reuters)", "(dpa/lhe)") or between its slashes
# ("/TASS/", "/PRNewswire/").
CREDIT = re.compile(r"\(([^()\n]{1,40})\)|/([A-Z][\w .-]{1,30})/")


def dateline_credits(text: str) -> list[tuple[int, int]]:
    """Where the credits of the dateline opening a paragraph stand (the agency or wire that filed it: "OSLO, Feb 6
    (Reuters) - " gives the offsets of "Reuters"); empty without a dateline or a credit. A name there is the story's
    source, as a byline is, not one of the people, places or bodies it is about."""
    end = dateline_end(text)
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in CREDIT.finditer(text, 0, end)]


# A date, perhaps with its time before or after it (seconds and a zone are read and left out:
# "2025-03-14T09:30:00Z", "09:30 GMT", "12:41 GMT, 12 March 2024", "12.03.2024, 14:05 Uhr", "12.3.2024 klo 14.05").
DATE_WITH_CLOCK = (
    rf"(?:{CLOCK_BEFORE}{ZONE},?[ \t]+(?:on[ \t]+)?)?"
    + FULL_DATE
    # the clock after "at", a bar, a dash or two slashes ("Mon 19 Dec 2022 // 14:05 UTC"), or glued to the year when
    # the page sets them apart only by a style ("December 19, 20229:12 AM ET")
    + r"(?:(?:T|[ \t]*,?[ \t]+(?:(?:at|klo|um|//|[|•·—–/-])[ \t]+)?|(?<=\d)(?=[01]?\d:[0-5]\d[ \t]*[ap]\.?m))"
    + rf"{CLOCK}(?::[0-5]\d(?:\.\d+)?)?{ZONE})?"
)
# A page's note of its update after the publication time on the same line ("… | Updated: 15:02 GMT, 12 March 2024"),
# perhaps with no mark between ("Published November 29, 2026 Updated about 3 hours ago", "… 28 Nov 2026Updated 09:20,
# 28 Nov 2026", "Sat Nov 28, 2026 09:12 PM Last update on: …").
UPDATE_WORD = r"(?:Last[ \t]+)?(?:Updated?|Modified|Edited)\b"
UPDATED_TAIL = r"(?:[ \t]*[|·•,;/]?[ \t]*" + UPDATE_WORD + r"[^\n]*)?"
UPDATE_NOTE = re.compile(UPDATE_WORD + r"(.*)$", re.IGNORECASE)
# The update's clock time alone after the publication day ("Dec. 19, 2022 Updated 4:30 p.m. ET"): on that day.
UPDATE_CLOCK = re.compile(r"[ \t]*(?:at[ \t]+|:[ \t]*)?" + CLOCK + ZONE + r"\.?$", re.IGNORECASE)
DATE_AND_CLOCK = DATE_WITH_CLOCK + r"\.?$"
# The outlet's or section's name may stand before the time, after a bar or a slash ("Inquirer Visayas / 09:15 PM
# November 28, 2026"); the word saying what the time is may end with a colon or a slash ("Updated / Saturday, 28 Nov
# 2026 18:40").
STAMP_SOURCE = r"(?:(?-i:[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})[ \t]+[/|·•][ \t]+)?"
# "Published at : November 28, 2026", "Updated - November 29, 2026 10:28 pm IST"
STAMP_SAYS = r"(?:[ \t]+(?:on|at))?(?:[ \t]*:|[ \t]*/|[ \t]+[-–—])?[ \t]+"
# What a page prints after its time, each after a dash: its counts of comments and views ("30 November 2026 10:45 am
# - 0 - 182"), or the place in capitals the story was filed from ("Updated - November 29, 2026 10:28 pm IST - HASSAN").
STAMP_TAIL = (
    r"(?:[ \t]+[-–—][ \t]+(?:\d{1,7}|(?-i:[A-Z][A-Z .'’-]{1,30}[A-Z]))"
    # the outlet's name after a slash or a bar ("Updated on: December 19, 2022 / 9:12 AM EST / CBS News"), the
    # country after a comma ("Monday 19 December 2022 14:05, UK")
    r"|[ \t]+[/|][ \t]+(?-i:[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})|,[ \t]*(?-i:[A-Z]{2,3}))*"
)
# The place the story was filed from before the date, with a comma ("New Delhi, October 8, 2026", "LAGOS, 8 October
# 2026", "Abuja, Nigeria, 8 October 2026"), as a line of its own.
STAMP_PLACE = r"(?:(?-i:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}),[ \t]+){0,2}"
DATE_PARAGRAPH = re.compile(
    r"^"
    + STAMP_SOURCE
    + STAMP_PLACE
    + r"(?:(?:Published|Posted|First published)"
    + STAMP_SAYS
    + r"|On[ \t]+)?"  # "On November 30, 2026 6:15 am", as Nigerian pages print the time under the byline
    + DATE_WITH_CLOCK
    + STAMP_TAIL
    + UPDATED_TAIL
    + r"\.?$",
    re.IGNORECASE,
)
# A page whose headline is its label and its day ("News in brief: Tuesday 21 May 2024", "Letters – 3 March 2025"):
# the day it was published, when nothing else dates it.
HEADLINE_DATE = re.compile(r"^[^:–—\n]{2,60}?[ \t]*(?::|[ \t][–—-])[ \t]+" + FULL_DATE + r"\.?$", re.IGNORECASE)
# A line after the publication line that gives when the story was updated: not a paragraph of it.
# An update's line may say when the story first went up that day ("Updated November 28, 2026 — 8.10pm, first
# published at 6.42pm"): that is its publication time.
FIRST_PUBLISHED_AT = (
    r"(?:,?[ \t]+first[ \t]+published(?:[ \t]+at)?[ \t]+(?P<fH>[01]?\d|2[0-3])[:.](?P<fM>[0-5]\d)"
    r"(?:[ \t]*(?P<fampm>[ap])\.?m\.?)?)?"
)
UPDATED_PARAGRAPH = re.compile(
    r"^"
    + STAMP_SOURCE
    + r"(?:Last[ \t]+)?(?:Updated|Modified)"
    + STAMP_SAYS
    + DATE_WITH_CLOCK
    + STAMP_TAIL
    + FIRST_PUBLISHED_AT
    + r"\.?$",
    re.IGNORECASE,
)
# A date with its clock time inside a line (a byline's "By Ann Lee | 12 March 2024 18:32").
DATE_IN_LINE = re.compile(r"(?<![\w.])" + DATE_WITH_CLOCK + r"(?![\w:])", re.IGNORECASE)
# "Updated 2 hours ago": a page's note counted from when it was read, which the text does not give. No paragraph.
UPDATED_AGO = re.compile(
    r"^(?:Last[ \t]+)?(?:Updated|Modified|Published|Posted)[ \t]+(?:\d+|an?|one)[ \t]+"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?)[ \t]+ago\.?$",
    re.IGNORECASE,
)
MONTH_NUMBER = {m[:3].lower(): i for i, m in enumerate(MONTH_NAMES.split("|")[:12], start=1)}


def _slashed_date(first: int, second: int) -> tuple[int, int]:
    """(month, day) of a date written with slashes: day first ("30/11/2026", "05/11/2026": 5 November, as most of the
    English-speaking world outside the United States writes it), unless only the second number can be the day
    ("11/30/2026")."""
    return (first, second) if first <= 12 < second else (second, first)


def _written_date(match: re.Match) -> datetime | date | None:
    """The date (or, with a clock time, the datetime) a DATELINE or DATE_PARAGRAPH match names; None if impossible."""
    if match["y3"]:
        year, month, day = int(match["y3"]), int(match["m3"]), int(match["d3"])
    elif match["y4"]:
        year, month, day = int(match["y4"]), int(match["m4"]), int(match["d4"])
    elif match["y6"]:
        year, (month, day) = int(match["y6"]), _slashed_date(int(match["d6"]), int(match["m6"]))
    else:
        k = next(k for k in "125" if match["y" + k])
        year, day = int(match["y" + k]), int(match["d" + k])
        month = MONTH_NUMBER[match["m" + k][:3].lower()]
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    groups = match.groupdict()
    k = "H" if groups.get("H") is not None else "H0" if groups.get("H0") is not None else None
    if k is None:
        return found
    hour, ampm = int(match[k]), groups.get("ampm" if k == "H" else "ampm0")
    if ampm:  # "9:30 pm"
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    return datetime(found.year, found.month, found.day, hour, int(match["M" if k == "H" else "M0"]))


# A byline: "By Ann Lee", "By Ann Lee and Tom Hill", "By Ann Lee, Health Correspondent", "By ANN LEE | Reuters",
# perhaps with the outlet or the role on a line or two of its own below ("By Ann Lee\nThe Associated Press").
# The outlet or section may stand before it after a slash or a bar ("ABC Sport / By Dan Mercer"), and "By" may be
# written with a colon or in small letters ("By: Ann Lee", "by: Ann Lee").
BYLINE = re.compile(
    r"^(?:[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}[ \t]+[/|][ \t]+)?"
    r"(?:[Bb]y|Author(?=:)|(?:Story|Words|Text|Written|Reporting) by):?[ \t]+"
    r"(?:[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|de|da|van|von|al|bin))*"
    r"(?:[ \t]+(?:staff|reporters?|correspondents?|writers?|journalists))?"  # "By Reuters staff", "By AP reporters"
    r"|[Oo]ur(?:[ \t]+[A-Z]?[a-z]+)?[ \t]+(?:[Cc]orrespondent|[Rr]eporter|[Ss]taff))"  # "By our correspondent"
    r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?"  # where it was filed: "in Paris"
    r"(?:[ \t]*[,|—–•·-][ \t]*[^\n.!?]{1,60})?(?:\n[ \t]*[A-Z][^\n.!?:;]{1,40}){0,2}$"
)
# A byline that names the paper's staff, not a writer ("Special Correspondent", "Staff Reporter", "Express News
# Service"), perhaps with the place it was filed from in capitals on the line below ("BELAGAVI").
STAFF_BYLINE = re.compile(
    r"^(?:(?:(?:Our|Special|Staff|Legal|Political|Senior|Chief|Diplomatic|Business|Sports?|Own|City|State)[ \t]+)?"
    r"(?:Correspondent|Reporter|Writer|Bureau)|Express News Service|News Desk|Web Desk)"
    r"(?:\n[ \t]*[A-Z][A-Z .'’/-]{1,40})?$"
)
# How long ago a syndicated page says the story went up, after its byline ("Story by Ann Lee • 2h"): no part of it.
BYLINE_AGE = re.compile(r"[ \t]*[•·|][ \t]*\d{1,2}[ \t]*(?:m|mins?|h|hrs?|d|days?)(?:[ \t]+ago)?$")
# The writer's account on a social network after the byline ("By: Ann Lee - @inquirerdotnet"): no part of the name.
BYLINE_HANDLE = re.compile(r"[ \t]*[—–|•·-][ \t]*@\w{1,30}$")
BYLINE_WORDS = 12
# The word before a time in a byline's line that says what the time is ("By Ann Lee, Reuters | Updated 3:45 PM EST,
# Mon December 19, 2022").
STAMP_WORD_BEFORE = re.compile(r"[ \t|,·•—–-]*(?:(?:last[ \t]+)?updated|published|posted)[ \t]*:?[ \t|,·•—–-]*$", re.I)


def byline_words(text: str) -> int:
    """The words of a byline without the time it may end with: a long time ("Updated 3:45 PM EST, Mon December 19,
    2022") makes no byline too long to be one."""
    if match := DATE_IN_LINE.search(text):
        text = STAMP_WORD_BEFORE.sub("", text[: match.start()]) + text[match.end() :]
    return count_words(text)


# A byline without "By", as some papers print it above the story: a name and the writer's role, perhaps on a line
# of its own ("Helen Marsh Economics correspondent", "Tom Hill, Science Editor", "Tom Edwards\nTransport
# correspondent", "Ann Lee/Senior Staff Reporter", "Ann Lee, Patch Staff"), or the name alone right above the
# publication time ("Tumaini Carayol").
ROLE_BYLINE = re.compile(
    r"^[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}(?P<role>(?:,?[ \t\n]+|[ \t]*/[ \t]*)(?:[\w-]+[ \t]+){0,3}"
    r"(?i:correspondent|editor|reporter|writer|columnist|journalist|critic|staff))?$"
)
# A live page's clock stamp on a line of its own ("14:32 GMT", "Posted at 04:12 BST", "09.15"), perhaps with the
# day ("Tue 14:32"): when the entry below it was posted, no event of the story.
LIVE_STAMP = re.compile(
    r"^(?:(?:(?:Posted|(?:Last[ \t]+)?Updated|Published)(?:[ \t]+at)?:?[ \t]+)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4}(?:[+-]\d\d?)?)?"
    r"|\d{1,2}[ \t]*(?:m|mins?|minutes?|h|hrs?|hours?)[ \t]+ago|just now)$",
    re.IGNORECASE,
)
# A live stamp that is a clock time alone, perhaps with its zone ("14:32 GMT", "09.15", "4:05pm"): the time of the
# entry under it.
CLOCK_STAMP = re.compile(
    r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:[ \t]*(?P<ap>[ap])\.?m\.?)?(?:[ \t]+[A-Z]{2,4}(?:[+-]\d\d?)?)?$",
    re.IGNORECASE,
)
# The blocks a page prints above its story (headline's standfirst, byline, times, share buttons) end with the first
# paragraph that is a sentence of some length: a block of more words than this ending with sentence punctuation.
LEADING_BLOCKS = 8
STORY_PARAGRAPH_WORDS = 12


@dataclass
class PageHead:
    """What the blocks above a page's story give: its byline, publication and update times (a datetime with the
    clock time, a date without; `clock` a live page's "Posted at 04:12" with no date), and the blocks without
    them."""

    byline: str | None
    published: datetime | date | None
    updated: datetime | date | None
    clock: tuple[int, int] | None
    blocks: list[str]
    impossible: str | None = None  # a time line above the story naming no such day ("Published 31 February 2022")


# A standfirst written as a sentence may stand above the byline and the time: the story begins after them when
# they follow within this many blocks.
STANDFIRST_GAP = 2


def _said_stamp(text: str) -> bool:
    """Whether a block is a byline with "By" or a role, or a time that says what it is ("Posted …", "Updated …")."""
    text = text.strip()
    if (
        (named := ROLE_BYLINE.match(text))
        and named["role"]
        or BYLINE.match(text)
        and byline_words(text) <= BYLINE_WORDS
    ):
        return True
    return bool(
        UPDATED_PARAGRAPH.match(text)
        or re.match(r"(?:first )?(?:published|posted)\b", text, re.IGNORECASE)
        and DATE_PARAGRAPH.match(text)
    )


def _caption_block(text: str) -> bool:
    """Whether a block is a picture's caption ending with its credit (see CAPTION)."""
    return bool(CAPTION.search(text)) and count_words(text) <= CLUTTER_MAX_WORDS


def _leading(blocks: list[str]) -> int:
    """How many of `blocks` are above the story: those before its first paragraph (see STORY_PARAGRAPH_WORDS), or
    after a standfirst's sentence the byline or the time right below it (see STANDFIRST_GAP)."""
    for k, block in enumerate(blocks[:LEADING_BLOCKS]):
        text = block.strip()
        # "Updated November 28, 2026 — 8.10pm, …" and "Sunday, November 29, 2026 - 5:00 am" read as datelines too
        if UPDATED_PARAGRAPH.match(text) or DATE_PARAGRAPH.match(text):
            continue
        if count_words(text) > STORY_PARAGRAPH_WORDS and text.rstrip(CLOSING_MARKS).endswith((".", "!", "?")):
            # a picture's caption between them does not count ("A file photo of … Post File Photo")
            below = [b for b in blocks[k + 1 : k + 1 + LEADING_BLOCKS] if not _caption_block(b.strip())]
            if any(map(_said_stamp, below[:STANDFIRST_GAP])):
                continue
            return k
        if DATELINE.match(text) or CAPS_DATELINE.match(text) or AGENCY_DATELINE.match(text):
            return k
    return min(len(blocks), LEADING_BLOCKS)


OUTLET_LINE = re.compile(r"^[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2}$")
# The writers' names alone on a line, parted by bars, commas or "and" ("Syed Irfan Raza | Kalbe Ali"), right above
# the publication time.
NAMES_LINE = re.compile(
    r"^(?:[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})(?:(?:[ \t]*[|,&][ \t]*|[ \t]+and[ \t]+)"
    r"[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})*$"
)
# A word alone on a line above the publication time that says what it is ("Published" over "28 November 2026,
# 11:02 GMT"), and the writer's account on a social network on a line of its own under the byline ("@gdexter").
STAMP_WORD = re.compile(r"^(?:first[ \t]+)?(?:published|posted|updated|last updated)[ \t]*:?$", re.IGNORECASE)
HANDLE_LINE = re.compile(r"^@\w{1,30}$")
# A press release's issuer above its text ("NEWS PROVIDED BY" over "Acme Robotics, Inc."): who put it out.
PROVIDED_BY = re.compile(
    r"^(?:news[ \t]+)?(?:provided|issued|released|distributed)[ \t]+by:?[ \t]*\n?[ \t]*(?P<who>[^\n]{2,60})$",
    re.IGNORECASE,
)
# The "Follow" button after a writer's name ("By Ann Lee Follow") and a second writer on a line of its own ("and Tom
# Hill Follow") in a byline.
FOLLOW_BUTTON = re.compile(r"[ \t]+Follow$", re.MULTILINE)


def _outlet_and_name(block: str) -> str | None:
    """The writer's name of a block of two lines above a page's time, the outlet's name (one to three words) over
    the name ("News24" over "Jabulile Mokoena"); None for any other block."""
    lines = [line.strip() for line in block.split("\n")]
    if len(lines) != 2 or not OUTLET_LINE.match(lines[0]) or (whole := ROLE_BYLINE.match(block)) and whole["role"]:
        return None  # "Tom Edwards" over "Transport correspondent" is a name and a role
    named = ROLE_BYLINE.match(lines[1])
    return lines[1] if named and not named["role"] else None


def _name_and_outlet(block: str) -> str | None:
    """The byline of a block of two lines below a page's time, the writer's name over the outlet or desk ("Catriona
    Renton" over "BBC Scotland News"): "Catriona Renton, BBC Scotland News"; None for any other block."""
    lines = [line.strip() for line in block.split("\n")]
    if len(lines) != 2 or not (named := ROLE_BYLINE.match(lines[0])) or named["role"]:
        return None
    desk = re.match(r"^[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}$", lines[1])
    return f"{lines[0]}, {lines[1]}" if desk else None


def _byline_lines(text: str) -> str:
    """A byline block with its buttons and accounts left out: a handle on a line of its own ("@gdexter"), the
    "Follow" after a name, and a second writer's line that opens with "and" joined to the first."""
    lines = [line.strip() for line in FOLLOW_BUTTON.sub("", text).split("\n")]
    if len(lines) > 1:
        lines = [line for line in lines if not HANDLE_LINE.match(line)]
    joined: list[str] = []
    for line in lines:
        if joined and line.startswith(("and ", "& ")):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return "\n".join(joined)


def _standfirst_lines(block: str) -> list[str]:
    """A block above the story as its paragraphs: a standfirst of two or three lines, each a title of a few words
    with no closing punctuation ("The centre drew long queues on its first day" over "Minister says venue will
    'tell the city's story'"), is as many paragraphs; any other block is one."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if 2 <= len(lines) <= 3 and all(
        line[:1].isupper() and count_words(line) >= 4 and not line.rstrip(CLOSING_MARKS).endswith(tuple(SENTENCE_END))
        for line in lines
    ):
        return lines
    return [block]


# A live stamp that says what its time is ("Posted at 04:12 BST", "Updated 14:32").
STAMP_SAID = re.compile(r"^(?:posted|(?:last[ \t]+)?updated|published)\b", re.IGNORECASE)


def _byline_block(text: str) -> bool:
    """Whether a block is a byline of any form: "By Ann Lee, Lagos", a name and a role, the staff's ("Express News
    Service") or writers' names alone ("Ann Lee | Tom Hill")."""
    text = text.strip()
    return bool(
        BYLINE.match(text)
        and byline_words(text) <= BYLINE_WORDS
        or ROLE_BYLINE.match(text)
        or STAFF_BYLINE.match(text)
        or NAMES_LINE.match(text)
    )


def _stamp_line(text: str) -> bool:
    """Whether a line is only a publication or an update time ("On November 30, 2026 6:15 am", "30/11/2026")."""
    text = text.strip()
    return bool((match := DATE_PARAGRAPH.match(text) or UPDATED_PARAGRAPH.match(text)) and _written_date(match))


def _split_stamps(blocks: list[str]) -> list[str]:
    """The blocks above a page's story with a byline and the time pasted on the lines of one block ("By Ann Lee,
    Lagos" over "On November 30, 2026 6:15 am", or the time over the byline) parted into a block each, as a page
    that puts a blank line between them reads."""
    out: list[str] = []
    for k, block in enumerate(blocks):
        lines = block.strip().split("\n")
        if k < LEADING_BLOCKS and len(lines) > 1:
            if _stamp_line(lines[-1]) and _byline_block("\n".join(lines[:-1])):
                out += ["\n".join(lines[:-1]), lines[-1]]
                continue
            if _stamp_line(lines[0]) and _byline_block("\n".join(lines[1:])):
                out += [lines[0], "\n".join(lines[1:])]
                continue
        out.append(block)
    return out


def _dateline_over_story(blocks: list[str]) -> tuple[list[str], datetime | date | None]:
    """The blocks with a dateline alone on its line above the story ("WASHINGTON (AP) — December 19, 2026",
    "LONDON, March 3 (Reuters) -") put at the head of the story's first paragraph, as a wire story opens, and the
    date it names (None without its year): it dates the story and is no paragraph, its credit stays in a dateline."""
    for k, block in enumerate(blocks[:LEADING_BLOCKS]):
        if not (found := dateline_line(block)):
            continue
        story = next(
            (
                j
                for j in range(k + 1, len(blocks))
                if not (_byline_block(blocks[j]) or _stamp_line(blocks[j]) or LIVE_STAMP.match(blocks[j].strip()))
            ),
            None,
        )
        if story is None or dateline_end(blocks[story].strip()) or dateline_line(blocks[story]):
            return blocks, None
        opening, day = found
        joined = opening + blocks[story].strip()
        return blocks[:k] + blocks[k + 1 : story] + [joined] + blocks[story + 1 :], day
    return blocks, None


def page_head(blocks: list[str]) -> PageHead:
    """The byline and the times among the blocks above a pasted page's story, and the blocks without them: a byline
    ("By Ann Lee, Health Correspondent", or a name and a role right above the times), a paragraph that is only a
    date ("Published 14 March 2024, 09:30", "12:41 GMT, 12 March 2024 | Updated: …", "12.03.2024, 14:05 Uhr"), an
    update's line ("Updated 4:47 PM GMT, March 12, 2024": the publication time when the page gives no other) and a
    live page's clock stamp. A wire story's dateline with its year dates it too ("BERLIN, March 14, 2024 — …")."""
    blocks = _split_stamps(blocks)
    blocks, filed = _dateline_over_story(blocks)
    lead = _leading(blocks)
    # a live page's entries each under a bare clock stamp ("14:32 GMT", newest first): the first is its latest entry,
    # not when the page was published; a stamp that says what it is ("Posted at 16:40 BST") is
    entries = sum(
        bool(LIVE_STAMP.match(line := b.strip().split("\n", 1)[0])) and not STAMP_SAID.match(line) for b in blocks
    )
    # a chronology's dates as headings ("March 8, 2023" above what happened that day) are no publication times:
    # a line that is only a date counts as one in the first block, when it says so ("Published …"), or when it is
    # the text's only such line
    said = re.compile(r"(?:first )?(?:published|posted)\b", re.IGNORECASE)
    headings = sum(bool(DATE_PARAGRAPH.match(b.strip())) and not said.match(b.strip()) for b in blocks) > 1
    byline = published = updated = clock = impossible = None
    kept: list[str] = []
    dated = -1  # the block of the publication date, when it gives no clock time
    for k, block in enumerate(blocks[:lead]):
        text = block.strip()
        if "\n" in text and READING_TIME.match(text.rsplit("\n", 1)[1].strip()):
            text = text.rsplit("\n", 1)[0].strip()  # "Matthew Agius" over "3 min read"
        stamp = k == 0 or not headings or said.match(text)
        if STAMP_WORD.match(text) and k + 1 < len(blocks) and DATE_PARAGRAPH.match(blocks[k + 1].strip()):
            continue  # "Published" over the date
        if byline is None and (issuer := PROVIDED_BY.match(text)):  # "NEWS PROVIDED BY" over the issuer's name
            byline = issuer["who"].strip()
            continue
        if byline is None and ("\n@" in text or FOLLOW_BUTTON.search(text)):
            text = _byline_lines(text)
        if (match := DATE_PARAGRAPH.match(text) or UPDATED_PARAGRAPH.match(text)) and _written_date(match) is None:
            impossible = impossible or text  # "Published 31 February 2022, 14:05 GMT": a typo, no day to date by
        if stamp and (match := DATE_PARAGRAPH.match(text)) and (found := _written_date(match)):
            if published is not None and text.lower().startswith("first published"):
                # a live page's latest time above "First published on …": the time it began, then updated
                published, updated = found, updated or published
            if published is None and not isinstance(found, datetime):
                dated = k
            published = published or found
            # the byline before a bar or a dot on the time's line ("By Ann Lee • Published 19 December 2022, 14:05")
            writer = re.match(r"^([^\n|·•/]+?)[ \t]+[|·•/][ \t]+", text)
            if byline is None and writer and BYLINE.match(writer[1]) and count_words(writer[1]) <= BYLINE_WORDS:
                byline = writer[1]
            tail = UPDATE_NOTE.search(text, 1)  # after the publication time, not the line's own "Updated"
            if tail and (match := DATE_IN_LINE.search(tail[1])):  # "… | Updated: 15:02 GMT, 12 March 2024"
                updated = updated or _written_date(match)
            elif tail and (match := UPDATE_CLOCK.match(tail[1])):  # "Dec. 19, 2022 Updated 4:30 p.m. ET": that day
                hour = (
                    int(match["H"]) % 12 + (12 if match["ampm"].lower() == "p" else 0)
                    if match["ampm"]
                    else int(match["H"])
                )
                updated = updated or datetime(found.year, found.month, found.day, hour, int(match["M"]))
            if (
                kept
                and byline is None
                and "\n" not in kept[-1]
                and (ROLE_BYLINE.match(kept[-1]) or NAMES_LINE.match(kept[-1]))
                and not _clutter(kept[-1])  # "FOR IMMEDIATE RELEASE" above the date
            ):
                byline = kept.pop()  # "Tumaini Carayol", "Syed Irfan Raza | Kalbe Ali" above the time
            elif kept and byline is None and (named := _outlet_and_name(kept[-1])):
                byline = named  # "News24" and "Jabulile Mokoena" on the lines above the time
                kept.pop()
            continue
        if (match := UPDATED_PARAGRAPH.match(text)) and (found := _written_date(match)):
            updated = updated or found
            if match["fH"] and published is None:  # "…, first published at 6.42pm"
                hour = int(match["fH"])
                if match["fampm"]:
                    hour = hour % 12 + (12 if match["fampm"].lower() == "p" else 0)
                published = datetime(found.year, found.month, found.day, hour, int(match["fM"]))
            continue
        if LIVE_STAMP.match(text):  # "Posted at 04:12 BST", "2 hours ago"
            stamp = re.search(r"(\d{1,2})[:.](\d\d)(?:\s*([ap])\.?m)?", text, re.IGNORECASE)
            if stamp:
                hour = int(stamp[1]) % 12 + (12 if stamp[3].lower() == "p" else 0) if stamp[3] else int(stamp[1])
                if clock is None and published is None and (entries < 2 or STAMP_SAID.match(text)):
                    clock = (hour, int(stamp[2]))
                elif published is not None and dated == k - 1 and not isinstance(published, datetime):
                    # the date, its clock on the line below
                    published = datetime(published.year, published.month, published.day, hour, int(stamp[2]))
            continue
        if byline is None and (named := ROLE_BYLINE.match(text)) and named["role"] and text.count("\n") <= 1:
            byline = ", ".join(line.strip() for line in text.split("\n"))  # "Tom Edwards\nTransport correspondent"
            continue
        if byline is None and published is not None and (named := _name_and_outlet(text)):
            byline = named  # "Catriona Renton" over "BBC Scotland News", below the time
            continue
        if byline is None and STAFF_BYLINE.match(text):  # "Special Correspondent" over "BELAGAVI"
            byline = ", ".join(line.strip() for line in text.split("\n"))
            continue
        if byline is None and len(blocks) > 1 and BYLINE.match(text) and byline_words(text) <= BYLINE_WORDS:
            byline = BYLINE_AGE.sub("", ", ".join(line.strip() for line in text.split("\n")))
            byline = BYLINE_HANDLE.sub("", byline)
            if match := DATE_IN_LINE.search(byline):  # "By Laura Finch | Political Reporter | 12 March 2024 18:32"
                found = _written_date(match)
                before = byline[: match.start()]
                # "By Ann Lee, Reuters | Updated 3:45 PM EST, Mon December 19, 2022": the time of the update
                word = STAMP_WORD_BEFORE.search(before)
                if word and "updat" in word[0].lower():
                    updated = updated or found
                else:
                    published = published or found
                before = STAMP_WORD_BEFORE.sub("", before)
                byline = before.rstrip(" \t|,·•—–-") + byline[match.end() :]
            continue
        kept.extend(_standfirst_lines(text))
    rest = kept + blocks[lead:]
    if published is None and updated is not None:
        # the page says above the story only when it was updated: its publication time below the story, if given
        # ("Published - November 29, 2026 02:15 pm IST"), else as of the update
        for block in reversed(blocks[-3:]):
            if said.match(text := block.strip()) and (match := DATE_PARAGRAPH.match(text)):
                found = _written_date(match)
                if found is not None and _as_datetime(found) <= _as_datetime(updated):
                    published = found
                break
        published = published or updated
    if published is None and rest and (match := DATELINE.match(rest[0].strip())):
        published = _written_date(match)
    published = published or filed
    return PageHead(byline, published, updated, clock, rest, impossible)


# A word: letters or digits, joined by inner hyphens, apostrophes, dots or commas ("one-on-one", "9,000", "U.S").
WORD = re.compile(r"[^\W_]+(?:[-'’.,][^\W_]+)*")
# A plain-text headline is one short line without closing sentence punctuation.
HEADLINE_MAX_WORDS = 20
SENTENCE_END = '.!?:;"”’)»'
CLOSING_MARKS = '"”’)»'
# Zero-width characters: invisible to a reader, but they split or glue words for the tokenizer, so they are dropped.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Tabs and non-breaking spaces read as plain spaces inside a paragraph.
SPACES = {ord("\t"): " ", ord("\u00a0"): " ", ord("\u202f"): " ", ord("\u2007"): " "}
SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")
MAX_ID_LENGTH = 100
# Names Windows reserves for devices: a folder cannot be called this on a Windows share, with any extension.
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def count_words(text: str) -> int:
    """The number of words in `text`."""
    return len(WORD.findall(text))


def _iso(value: datetime | None, with_time: bool) -> str | None:
    """ISO 8601 text of a datetime: to the minute when its time is known, else the date alone."""
    if value is None:
        return None
    return value.isoformat(timespec="minutes") if with_time else value.date().isoformat()


def safe_id(name: str) -> str:
    """A file name's stem made safe as a single folder name (no separators, no dots at the ends)."""
    stem = SAFE_ID.sub("_", unicodedata.normalize("NFKC", name)).strip("._-")[:MAX_ID_LENGTH].rstrip("._-")
    if stem.split(".")[0].casefold() in RESERVED_NAMES:
        stem = f"{stem}_"
    return stem or "article"


def parse_date(value: str, source: str | Path = "--date") -> date:
    """A YYYY-MM-DD string as a date; ArticleError naming `source` when it is not one."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise ArticleError(source, f"malformed date {value!r} (expected YYYY-MM-DD)") from None


# Byte-order marks and the encodings they announce (UTF-32's first, as its little-endian mark begins like UTF-16's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text(path: Path, limit: int | None = None) -> str:
    """The text of `path`: UTF-8, or UTF-16 or UTF-32 with a byte-order mark (the mark dropped); ArticleError when
    missing, a broken link, larger than `limit` bytes, binary, in another encoding, or empty."""
    if path.is_symlink() and not path.exists():
        raise ArticleError(path, dangling_link(path))
    if not path.exists():
        raise ArticleError(path, "no such file")
    if not path.is_file():
        raise ArticleError(path, "not a file")
    try:
        if limit is not None and (size := path.stat().st_size) > limit:
            raise ArticleError(path, too_large(size, limit))
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror})") from None
    encoding = next((name for bom, name in BOMS if raw.startswith(bom)), None)
    if encoding is None and b"\x00" in raw:
        raise ArticleError(path, "binary file, not text")
    try:
        text = raw.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        name = encoding.upper() if encoding else "UTF-8"
        raise ArticleError(path, f"not {name} text (byte 0x{raw[error.start]:02x} at offset {error.start})") from None
    if "\x00" in text:
        raise ArticleError(path, "binary file, not text")
    if not text.translate(INVISIBLE).strip():
        raise ArticleError(path, "empty article (no text)")
    return text


def too_large(size: int, limit: int) -> str:
    """The problem of an article of `size` bytes over the limit of `limit` bytes, in words."""
    return (
        f"too large for one article ({size / 1e6:.1f} MB; the limit is {limit / 1e6:g} MB, "
        f"which NEWSFRAME_MAX_ARTICLE_MB raises)"
    )


def dangling_link(path: Path) -> str:
    """Why the symbolic link `path` leads to no file: it loops, or its target does not exist."""
    try:
        path.resolve(strict=True)
    except RuntimeError:  # how Python before 3.13 reports a loop
        return "symbolic link loop"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
    try:
        return f"broken symbolic link (to {os.readlink(path)}, which does not exist)"
    except OSError:
        return "broken symbolic link"


def clean_text(text: str) -> str:
    """A paragraph as the tokenizer should see it: zero-width characters dropped, tabs and NBSPs as spaces, trimmed."""
    return text.translate(INVISIBLE).translate(SPACES).strip()


def _blocks(text: str) -> list[str]:
    """Paragraph texts: split on blank lines, or on single newlines when there are no blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(INVISIBLE).translate(SPACES)
    parts = re.split(r"\n[ ]*\n", text)
    if len(parts) == 1:
        parts = text.split("\n")
    blocks = []
    for k, part in enumerate(parts):
        lines = part.split("\n")
        # a headline with the byline or the story's dateline on the line below it and no blank line between
        # ("Farmers count the cost" over "By Ann Lee" or "MANILA, Nov 30 (AP) — A Chinese …"): the headline is a
        # block of its own, as the byline and the story are
        if (
            k == 0
            and len(lines) > 1
            and (BYLINE.match(lines[1].strip()) or dateline_end(lines[1].strip()) or dateline_line(lines[1]))
            and _headline_words(lines[0])
        ):
            blocks.append(lines[0])
            lines = lines[1:]
        # a byline pasted with no blank line above the story ("By Ann Lee" and "Reporter" over "Geita. Rescue teams
        # were …"): the byline's lines are a block of their own
        long = next((i for i, line in enumerate(lines) if count_words(line) > STORY_PARAGRAPH_WORDS), 0)
        if 0 < long <= 3 and BYLINE.match(byline := "\n".join(lines[:long]).strip()) and count_words(byline) <= 8:
            blocks.append(byline)
            lines = lines[long:]
        stamps = (DATE_PARAGRAPH, UPDATED_PARAGRAPH)
        dated = [i for i, line in enumerate(lines) if any(stamp.match(line.strip()) for stamp in stamps)]
        # A line that is only a date ("Published: 2024-06-14 09:30") is a block of its own even when no blank line
        # parts it from the headline above it or the text below: it is the publication line, not their words.
        for start, end in zip([0] + [i + 1 for i in dated], dated + [len(lines)]):
            blocks.append("\n".join(lines[start:end]))
            if end < len(lines):
                blocks.append(lines[end])
    return [b.strip() for b in blocks if b.strip()]


# Direct speech as Finnish and other European news write it, kept by translation: a paragraph opening with a dash,
# the words said, then a comma and a short clause of saying ("– This is a hybrid operation, Orpo said."); machine
# translation may print the dash as a hyphen ("- The roads are icy, he says."), counted so in a paragraph of its own
# line (in a list of several lines it is a bullet).
DASH_SPEECH = re.compile(r"[–—-]\s+\S")
DASH_CUE_WORDS = frozenset(
    """said says told tells added adds stated states wrote writes explained explains continued continues stressed
    stresses emphasized emphasizes emphasised emphasises noted notes commented comments asked asks replied replies
    answered answers estimated estimates insisted insists admitted admits recalled recalls reminded reminds
    pointed points""".split()
)
DASH_CUE_MAX_WORDS = 15


def dash_speech(text: str) -> tuple[int, int, bool] | None:
    """The quotation of a paragraph written as dashed direct speech (see DASH_SPEECH), the dash and the comma before
    the clause of saying as its marks; None for any other paragraph (a list's dash, words with no clause of saying
    after them)."""
    if not DASH_SPEECH.match(text):
        return None
    comma = text.rfind(", ")
    while comma > 0:
        tail = re.findall(r"[A-Za-z]+", text[comma + 2 :])
        if len(tail) > DASH_CUE_MAX_WORDS:
            return None
        if any(word.lower() in DASH_CUE_WORDS for word in tail):
            return (0, comma + 1, True)
        comma = text.rfind(", ", 0, comma)
    return None


# A line that starts an item of a list ("- The plan goes to the council", "• Traders…", "2. …"): a paragraph.
LIST_ITEM = re.compile(r"^(?:[-–•*▪·]|\d{1,2}[.)])\s+(?=\S)")
# A short block pasted from a web page that is no part of the story: an advert's label, a link to another story, a
# picture's caption or credit, the page's tags, its buttons ("Advertisement", "READ MORE: …", "Image caption, …",
# "(Photo: Getty Images)", "Tags: Space, ISS", "Share or comment on this article:").
CLUTTER = re.compile(
    r"^\(?(?:(?:skip )?advertisement(?:[ ·•|-]+scroll to continue)?|advert|sponsored(?: content)?"
    r"|story continues below(?: this)? advertisement|continue reading(?: the main story)?|after newsletter promotion"
    r"|(?:share|comment)(?: or comment)?(?: on)?(?: this| full)?(?: article| story)?:?|view comments|read in app"
    r"|open image in gallery|click to enlarge|(?:image|photo|picture) \d+ of \d+|skip past newsletter promotion"
    r"|support (?:our|independent) journalism\b.*"
    r"|most (?:read|watched|popular)(?: news| videos?| stories| articles| now)*"
    r"|(?:read more|read also|also read|read next|related(?: topics| stories| articles| videos?| coverage)?|see also"
    r"|more on this story|image caption|image source|media caption|video caption|photo(?:graph)?|picture|credit|watch"
    r"|listen|tags|keywords|tags\s*/\s*keywords|topics|our standards|privacy notice)\s*:.*"
    r"|found (?:a|an) (?:mistake|error|typo)\b.*"
    r"|(?:read more|read also|also read|read next|see also|must read)\s*\|.*"
    r"|(?:image caption|image source|media caption|video caption),.*"
    # a newsletter's links ("Read the full story →", "View this email in your browser"), a bare web address, a
    # press statement's labels and a PDF's page footers ("FOR IMMEDIATE RELEASE", "Page 1 of 2")
    r"|(?:read|see|continue reading)(?: the)? (?:full|whole|rest of the) (?:story|article|report)\b[^\n.]{0,20}"
    r"|view (?:this (?:email|newsletter) )?(?:in (?:your |a )?(?:web )?browser|online|as a web ?page)\.?"
    r"|(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/[^\s]*"
    r"|(?:(?:joint |official )?(?:press|media|news) (?:statement|release)|for immediate release"
    r"|embargoed(?: until| till)?[^\n]{0,40})"
    r"|page \d{1,3}(?: of \d{1,3})?)\)?$",
    re.IGNORECASE,
)
CLUTTER_MAX_WORDS = 30
# A label on a line of its own above a list of links to other stories ("Related Topics", "Read also", "More on this
# story"): the links below it, to the end of its block or in the block after it, are no part of the story.
LINKS_LABEL = re.compile(
    r"^(?:read more|read also|also read|read next|related(?: topics?| stories| articles| news| internet links)?"
    r"|see also|more on this story|more from [\w ]{1,30}|more (?:articles|stories)|top stories|recommended"
    r"|you (?:may|might) also like|most read|tags|topics|key events|recommended (?:stories|articles|for you|reading)"
    r"):?$",
    re.IGNORECASE,
)
# A label over a list of the story's main points, each perhaps a short line of its own: the label is no paragraph,
# and the short lines below it are the list's items, not subheadings.
POINTS_LABEL = re.compile(
    r"^(?:key (?:points|facts|takeaways)|at a glance|in brief|summary|the latest|what (?:you need to|to) know"
    r"|what we know(?: so far)?|the (?:key|main) points|quick read|in short|highlights"
    r"|(?:in|by) (?:the )?numbers|(?:key|fast|quick) (?:figures|numbers|stats|statistics)|the (?:facts|numbers)):?$",
    re.IGNORECASE,
)
# A picture agency's credit on a line of its own, with the picture's caption on the line or block after it
# ("Getty Images" then "Logging has increased sharply since 2015"; the Gleaner's "- File" and "Contributed").
PICTURE_CREDIT = re.compile(
    r"^(?:(?:[—–-][ \t]*)?(?:File(?: [Pp]hoto)?|Contributed)"
    r"|Getty Images|Shutterstock|Alamy|EPA(?:-EFE)?|PA(?: Media| Wire)?|AFP(?: via Getty Images)?|Reuters|AP"
    r"|Bloomberg(?: via Getty Images)?|Lehtikuva|dpa|Xinhua|TASS|Sputnik|[A-Z][\w.'’-]+ [A-Z][\w.'’-]+/(?:Getty Images"
    r"|Reuters|AFP|EPA|AP|PA|Shutterstock|Lehtikuva))$"
)
# A photographer's credit with the outlet after a slash, alone on a line, as some sites set it above the caption
# ("Samantha-Jo Roth/HuffPost."): the block after it is the picture's caption when it is short and quotes no one.
PHOTOGRAPHER_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} ?/ ?[A-Z][\w.'’&-]+(?: [A-Z][\w.'’&-]+){0,2}\.?$"
)
# A page's reading time ("5 min read") and a footnote ("[1] Statistics Finland, …"), and a footnote's mark in the
# text ("… figures from the statistics office.[1]"): none is the story's words.
READING_TIME = re.compile(r"^\d{1,2}[ \t]*(?:min(?:ute)?s?|m)[ \t]+read$", re.IGNORECASE)
FOOTNOTE = re.compile(r"^(?:\[\d{1,2}\]|\^\d{1,2})[ \t]+\S")
FOOTNOTE_MARK = re.compile(r"(?<=[\w.,;:!?\"”’)])\[\d{1,2}\]")
# The buttons of a page's share bar, each on a line of its own ("Share", "Copy Link copied", "Facebook", "X").
SHARE_LINE = re.compile(
    r"^(?:share(?: this (?:article|story|page))?(?:[ \t]+(?:on|via|to|by|with)[ \t]+(?:facebook|x|twitter|reddit"
    r"|linkedin|pinterest|flipboard|whatsapp|messenger|telegram|bluesky|threads|tumblr|e-?mail))?"
    r"|copy link(?: copied)?|link(?: copied)?|e-?mail|print|save|bookmark"
    r"|comments?"
    r"|facebook|x|twitter|reddit|linkedin|pinterest|flipboard|whatsapp|messenger|telegram|bluesky|threads|tumblr"
    r"|purchase licensing rights|view comments|gift this article|\d+ comments?|comments?[ \t]*[-:(]?[ \t]*\d+\)?"
    r"|(?:add|post|leave|write|read)(?: a| your)? comments?"
    r"|listen to this article(?:[ \t]*[·•|-][ \t]*[\d:]+[ \t]*min(?:utes?)?)?)$",
    re.IGNORECASE,
)
# The end matter of a wire story and a paper's notes about the story, not its words: who reported and edited it
# ("Reporting by Ann Lee; Editing by Tom Hill", "Associated Press writer Tom Reyes in Toronto contributed to this
# report."), the copyright ("© dpa-infocom, dpa:240312-99-297316/4"), corrections and editors' notes ("Correction
# 12.3. at 11:20: …", "This article was amended on 12 March 2024."), newsletter sign-ups and calls for readers'
# stories ("Sign up to Business Today", "Have you been affected? Get in touch"), and "Follow us on X".
WIRE_CREDIT = (
    r"(?:additional |contributing )?(?:reporting|writing|editing|translated|graphics?)(?: and [a-z]+)? by (?-i:[A-Z])"
)
END_MATTER = re.compile(
    r"^\(?(?:" + WIRE_CREDIT + r"[^.!?]*\)?\.?$"
    r"|.{0,120}\bcontributed(?: to)?(?: this)? (?:report|reporting|story)\.?\)?$"
    r"|©|(?:copyright )?\(c\) \d{4}|copyright \d{4}"
    r"|(?:correction|clarification)s?(?:[ \t,]+(?:on|at|made|\d[\d.:/]*|(?:" + MONTH_NAMES + r")\.?)"
    r"|[ \t]*\([^()\n]{1,30}\))*[ \t]*:"
    r"|editor['’]?s['’]? note\b|note to readers\b"
    r"|this (?:interview|conversation|transcript) has been (?:edited|condensed)"
    r"|this (?:article|story|report|piece) (?:has been|was) (?:amended|updated|corrected|changed)\b"
    # a syndicated story's notes: "(This story has not been edited by our staff and is auto-generated from a
    # syndicated feed.)", "This report by The Canadian Press was first published Nov. 27, 2026."
    r"|(?:only the headline of )?this (?:article|story|report|piece|content)(?: by [^\n.]{1,40})?"
    r" (?:has not been edited|(?:is|was|has been) (?:auto-generated|published from|first published))\b"
    r"|an earlier version of this (?:article|story|report|piece)\b"
    r"|sign up (?:to|for|here)\b|subscribe to (?:our|the)\b|get our [\w ]{1,30}newsletter"
    # a call to follow the paper on a messaging app ("Join ST's WhatsApp Channel and get the latest news"), a
    # newsletter's own small print ("Forwarded this email?", "You are receiving this email because …") and a comment
    # section's rules ("Comments will be edited … and authorized at the discretion of …")
    r"|(?:join|follow)\b[^\n.!?]{0,40}\b(?:whatsapp|telegram|google news)\b"
    r"|that['’]s (?:all|it) (?:for|from us) (?:today|this week|this morning|now)\b"
    r"|(?:was this |this )?(?:email|newsletter) (?:was )?forwarded(?: to you)?\b|forwarded this (?:email|newsletter)\b"
    r"|you(?: a|['’])re receiving this (?:email|newsletter)\b|(?:to )?unsubscribe\b"
    r"|comments (?:will be|are|may be) (?:edited|moderated|reviewed|checked)\b"
    r"|(?:have you been affected|are you affected|do you have a story|share your (?:story|experience|views)"
    r"|tell us (?:your|about))\b"
    r"|follow (?:us|[A-Z][\w ]{0,30}) on (?:X|Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|YouTube)\b"
    # the support lines a story about a death or abuse ends with ("Lifeline 13 11 14; Kids Helpline 1800 55 1800")
    r"|(?:[^\n]{0,80}\b)?(?:lifeline|helpline|samaritans|beyond blue|crisis (?:line|text line))\b[^\n]{0,80}\d{2,}"
    # an interview's credit and a story's sources at its end ("Lena Hartmann was speaking to Marcus Feld.", "As told
    # to Ann Lee", "Text: Ann Lee", "With AFP", "— With files from The Canadian Press")
    r"|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}) (?:was|were) (?:speaking|talking) to"
    r" (?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\.?$|as told to\b"
    r"|write to (?-i:[A-Z])[^\n]{1,120}@|contact (?:the (?:reporter|author|writer)|us)\b"
    r"|(?:this article )?appeared in the .{1,40}print edition\b|a version of this (?:article|story) appears in print\b"
    r"|(?:text|words|graphics?|video)[ \t]*:[ \t]*(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})$"
    r"|[—–-]?[ \t]*with (?:a |additional )?reports? from (?-i:[A-Z])[^.!?\n]{0,60}\.?$"
    r"|[—–-]?[ \t]*with (?:files from |reporting from |additional reporting from )?(?:AFP|AP|Reuters|agencies|wires"
    r"|(?:the )?(?:associated|canadian) press)\.?$"
    # the paper's print note and a feed's ("Published in Dawn, November 30th, 2026", "The post … appeared first on
    # The Herald."), a copyright line ("Copyright © 2026, Radio New Zealand"), the writer's or the press office's
    # address ("Writer's email: …", "Media Contact:", "ann.lee@example.com") and a press wire's "SOURCE Acme Inc."
    r"|published in (?:the )?(?-i:[A-Z])[^,\n]{1,40},[ \t]*(?:(?:" + MONTH_NAMES + r")[ \t]+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:"
    + MONTH_NAMES
    + r")),?[ \t]+\d{4}\.?$|the post .{1,200} appeared first on .{1,60}$"
    r"|copyright[ \t]*(?:©|\(c\))"
    r"|(?:writer|author|reporter)['’]?s? e-?mail\b|(?:media|press|investor) (?:contacts?|enquiries|inquiries)\b"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|(?-i:SOURCE) (?-i:[A-Z])[^\n]{1,60}$)",
    re.IGNORECASE,
)
END_MATTER_MAX_WORDS = 80
# A wire story's credits in brackets at the end of its last paragraph, when the page runs them on from its last
# sentence ("… assessing the situation. (Reporting by Ann Lee; Editing by Tom Hill)"): no words of the story.
CREDIT_TAIL = re.compile(r"(?<=[.!?\"”’])[ \t]+\(" + WIRE_CREDIT + r"[^()\n]*\)\.?$", re.IGNORECASE)
# A call to sign up for the paper's newsletters between or below the story's paragraphs ("Get the latest news sent
# to your inbox by signing up to our newsletter here", "Don't miss a thing: sign up to our free newsletters").
NEWSLETTER_PROMO = re.compile(
    r"^(?=[^\n]*\bnewsletters?\b)(?=[^\n]*\b(?:sign(?:ing)?[ \t-]up|subscrib\w*|inbox)\b)", re.IGNORECASE
)
NEWSLETTER_PROMO_WORDS = 30
# A press release's notice of its forward-looking statements, however long: the issuer's legal small print.
FORWARD_LOOKING = re.compile(
    r"^(?:this (?:press |news )?(?:release|announcement|communication) (?:contains|includes|may contain)[^.\n]{0,60}"
    r"forward-looking (?:statements|information)|(?:cautionary (?:note|statement) regarding )?forward-looking"
    r" statements?\b)",
    re.IGNORECASE,
)
# A post from a social network pasted as text ends with its signature, the account and the day, and a picture's
# link: "— Surrey Police (@SurreyPolice) March 11, 2024", "pic.twitter.com/Xy7Lq2Rk9B". The signature is the
# embed's, no paragraph; the link is no word of the post.
POST_SIGNATURE = re.compile(r"^[—–-]\s*[^\n()]{1,60}\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?$")
POST_LINK = re.compile(r"\s*\b(?:pic\.twitter\.com|t\.co)/\w+")
# The outlet's name after a dash below the story, as syndicated pages sign it off ("- News24", "— PTI").
SIGN_OFF = re.compile(
    r"^(?:[—–-][ \t]*[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2}"
    # the outlet's name alone, as Nigerian and Ghanaian pages sign off ("Vanguard News", "Punch Online")
    r"|[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2}[ \t]+(?:News|Online|Newsroom|News[ \t]+Desk|Desk|Bureau)"
    r"|\(?(?:AAP|AP|AFP|PTI|IANS|ANI|UNI|Reuters|Xinhua|Bernama|NAN|PNA|dpa|Yonhap|Kyodo)\)?)\.?$"
)
# Who stands where in a picture, as its caption says ("Ann Lee (centre) and guests at the ceremony."): the block is
# the caption.
PICTURE_PLACES = re.compile(
    r"\((?:centre|center|left|right|front|back|second (?:from )?(?:left|right)|l-r|from left)\)"
)
# A picture's caption: a short block that ends with its credit ("Workers leave the plant on Thursday. (Photo: Ann
# Lee)", "Crowds at the gates. Photograph: Tom Hill/Reuters"). What it says happens in the picture, not the story.
CAPTION = re.compile(
    r"(?:^|[.!?]\s+|\s|(?<=[.!?])(?-i:(?=Credit(?:\.\.|…))))"
    r"(?:\((?:photo(?:graph)?|picture|image|pic)s?(?:\s+by)?\s*:?\s*[^()\n]{1,80}\)"
    # the credit in square brackets ("[Photo: Reuters]"), and a wire's in capitals with the photographer after a
    # slash ("… on December 15, 2022. REUTERS/Kevin Lamarque/File Photo")
    r"|\[(?:photo(?:graph)?|picture|image|pic)s?(?:\s+by)?\s*:?\s*[^\[\]\n]{1,80}\]"
    r"|(?-i:REUTERS|AFP|EPA(?:-EFE)?|XINHUA|ANADOLU)/(?-i:[A-Z])[^\n/]{1,40}(?:/[^\n/]{1,30})?"
    # a photographer's credit with the agency after a slash ("… speaks to reporters. Kevin Dietsch/Getty Images"),
    # and a credit glued on with dots ("… at the Capitol.Credit...Haiyun Jiang for The New York Times")
    r"|(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})/(?-i:Getty Images|AFP(?: via Getty Images)?|AP|Reuters"
    r"|EPA(?:-EFE)?|Shutterstock|Alamy|Bloomberg(?: via Getty Images)?|NurPhoto(?: via Getty Images)?|Sipa USA"
    r"|PA(?: Images| Wire)?|SOPA Images(?:/LightRocket via Getty Images)?)"
    r"|(?-i:Credit)(?:\.{2,3}|…)[ \t]*[^\n]{1,80}"
    r"|\((?:AP|AFP|EPA|PA|Reuters|Xinhua)?[ \t]*Photo[ \t]*/[^()\n]{1,60}\)|\((?:[^()\n]{1,40}via )?Getty Images\)"
    # a credit in brackets of a photographer and an agency, or a giver ("(Yonatan Sindel/Flash90)", "(Courtesy of Tom
    # Keegan)"), and after a dash ("— Photo by Murtaza Ali/White Star", "— AFP/File", "— File photo")
    r"|\((?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}/(?-i:[A-Z])[\w.'’ -]{1,30}\)"
    r"|\(courtesy(?: of)? [^()\n]{1,60}\)"
    r"|[—–-][ \t]*(?:(?:file[ \t]+)?(?:photo(?:graph)?|picture|image)s?(?:[ \t]+(?:by|courtesy(?: of)?)|[ \t]*:)"
    r"[ \t]*[^.!?\n]{1,80}|file(?: photo)?|(?:AFP|AP|Reuters|EPA|APP|PPI|Online)/File)"
    # a credit with a slash or a bar ("PHOTO/FRED WAMBEDE", "PHOTO | ANN LEE", "| Photo Credit: Special Arrangement"),
    # a giver's or a broadcaster's in brackets ("(Supplied: Southern Cross University)", "(ABC News: Tom Hill)"), and
    # the paper's own file picture ("Post File Photo")
    r"|(?:photo(?:graph)?|picture|image)(?:[ \t]+credit)?\s*[:/|]\s*[^.!?\n]{1,80}"
    r"|\((?:supplied|(?-i:[A-Z]{2,5})(?: [A-Z][\w]+){0,2})[ \t]*:[ \t]*[^()\n]{1,60}\)"
    r"|(?:(?-i:[A-Z])[\w.'’-]+[ \t]+)?file[ \t]+photo)$",
    re.IGNORECASE,
)
# A subheading between paragraphs: one short line, a capital first, no closing punctuation ("Doubts remain", "What
# comes next"). It titles the paragraphs below it and is none of them (see is_subheading).
SUBHEADING_MAX_WORDS = 8


def is_subheading(block: str) -> bool:
    """Whether a body block is a subheading (see SUBHEADING_MAX_WORDS): one line of at most that many words,
    starting with a capital letter and ending in a letter (not a score line: "Rovers 2"), with no comma, not an item
    of a list."""
    return (
        "\n" not in block
        and block[:1].isalpha()
        and block[:1].isupper()
        and block[-1:].isalpha()
        and "," not in block  # "Maria Lopez, 34, nurse": a vox pop's speaker, whose words follow
        and 0 < count_words(block) <= SUBHEADING_MAX_WORDS
        and not LIST_ITEM.match(block)
    )


# An explainer's questions as subheadings ("What has changed?", "Who is affected?"): one short line that asks,
# with no quotation marks and no label ("Q:"), when the text has at least this many of them.
QUESTION_HEADINGS = 2
QUESTION_HEADING_WORDS = 10


def _question_heading(block: str) -> bool:
    """Whether a block is a question that heads the paragraphs below it (see QUESTION_HEADINGS)."""
    block = block.strip()
    return (
        "\n" not in block
        and block.endswith("?")
        and block[:1].isupper()
        and 0 < count_words(block) <= QUESTION_HEADING_WORDS
        and not re.search(r"[\"“”‘’:]|'(?!\w)|(?<!\w)'", block)
    )


# The words of a speaker about themselves (or about the group they speak for: "We had been talking about it for
# years", "Our first call was to her"), outside quotation marks: an interview's answers have them, an explainer's
# do not. "us" only in small letters ("the US" is a country).
FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]urs?|[Oo]urselves|us)\b"
)
QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


def _explainer_questions(blocks: list[str]) -> bool:
    """Whether a text's short questions on lines of their own are an explainer's subheadings: there are at least
    QUESTION_HEADINGS of them, and they are not an interview's, most of whose answers below speak in the first
    person ("Why Kallio?" over "I grew up there, …")."""
    asked = [k for k, block in enumerate(blocks[:-1]) if _question_heading(block)]
    if len(asked) < QUESTION_HEADINGS:
        return False
    # an answer printed as one quotation with no cue is the interviewee's words, in whatever person it speaks
    # ("“By accident, really. I fell …”", "“How slow everything is.”"): an explainer answers in its own voice
    answers = [blocks[k + 1].strip() for k in asked]
    spoken = sum(bool(QUOTED.fullmatch(a) or FIRST_PERSON.search(QUOTED.sub("", a))) for a in answers)
    return 2 * spoken <= len(answers)


# The little words a heading written in title case leaves in small letters ("About the Company", "Terms of Use").
HEADING_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with & vs".split())


def _glued_heading(first: str, second: str) -> bool:
    """Whether the first line of a block is a heading pasted with no blank line before the paragraph it heads ("About
    Acme Robotics" over "Acme Robotics, Inc. is ...", "Conference Call Information" over "Acme will host ..."): a
    subheading's line (see is_subheading) in title case, under half as long as the line below, which opens with a
    capital."""
    words = first.split()
    return (
        is_subheading(first)
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in HEADING_SMALL_WORDS for w in words)
        and second[:1].isupper()
        and 2 * len(first) < len(second)
    )


# A picture's caption label on a line of its own, as the BBC's page pastes it ("Image caption," over the caption).
CAPTION_LABEL = re.compile(r"^(?:image|media|video) caption,?$", re.IGNORECASE)
# A picture's buttons on lines of their own ("Enlarge this image", the caption and credit over "hide caption", then
# "toggle caption" over the credit again, as NPR's pages paste): no words of the story, nor is the credit under them.
CAPTION_BUTTON = re.compile(r"^(?:(?:toggle|hide|show) caption|enlarge this image)$", re.IGNORECASE)


def _without_caption_lines(lines: list[str]) -> list[str]:
    """The lines of a block without a caption's label on a line of its own and the caption on the line below it."""
    if not any(CAPTION_LABEL.match(line) for line in lines):
        return lines
    kept, skip = [], False
    for line in lines:
        if CAPTION_LABEL.match(line):
            skip = True
        elif skip:
            skip = False
        else:
            kept.append(line)
    return kept


# A link's own small print below its title in a list of links ("Published" over "4 days ago").
LINK_STAMP = re.compile(
    r"^(?:(?:first[ \t]+)?(?:published|posted|updated)[ \t]*:?"
    r"|\d{1,2}[ \t]+(?:min(?:ute)?s?|hours?|days?|weeks?)[ \t]+ago)$",
    re.IGNORECASE,
)


def _link_lines(lines: list[str]) -> bool:
    """Whether a block below a links label is one link: a title, with the link's stamps on lines of their own."""
    stamps = [bool(LINK_STAMP.match(line) or DATE_PARAGRAPH.match(line)) for line in lines]
    return (
        not stamps[0] and all(stamps[1:]) and not LIVE_STAMP.match(lines[0]) and _headline_line(lines[0], question=True)
    )


# The mark that ends a press statement ("-ENDS-", "ENDS", "###", "-30-"): below it only the issuer's contacts and
# notes.
END_MARK = re.compile(r"^[—–-]*[ \t]*(?:ENDS?|End|###|30)[ \t]*[—–-]*\.?$")
# A page's footer of links parted by bars ("Corrections and clarifications|Submit a news tip|Report error"): three
# links or more, each a few words with a capital first and no digit, none a sentence.
FOOTER_LINKS = re.compile(r"^(?:[A-Z][A-Za-z'’&,-]*(?:[ \t]+[A-Za-z'’&,-]+){0,4}[ \t]*(?:\||$)[ \t]*){3,}$")


# A review's rating on a line of its own ("Rating: 3/5", "4 out of 5", "Verdict: ★★★☆☆", "Four stars"): the stars
# alone are no words and go anyway; the rating is the page's mark, no sentence of the review.
RATING = re.compile(
    r"^\(?(?:(?:our |the )?(?:rating|verdict|score|stars)[ \t]*[:\-–—]?[ \t]*)?"
    r"(?:\d{1,2}(?:\.\d)?[ \t]*(?:/|out[ \t]+of)[ \t]*(?:5|10)|[★☆✩✪⭐½]+"
    r"|(?:one|two|three|four|five|\d)(?:[ \t]+and[ \t]+a[ \t]+half)?[ \t]+stars?(?:[ \t]+out[ \t]+of[ \t]+(?:five|5))?)"
    r"\.?\)?$",
    re.IGNORECASE,
)


# The words of a story's credits for its making, below it: "Story by Scott Conroy. Video produced by Jon Strauss.
# Cinematography by Jon Strauss and Sam Wilkes. Associate production by Audrey Horwitz."
CREDIT_WORDS = frozenset(
    "story words text video videos produced production producer associate executive cinematography camera "
    "photography photographs photos pictures images illustration illustrations design designed animation graphics "
    "interactive filmed filming edited editing editor written writing reporting additional sound music data".split()
)
CREDIT_JOINS = frozenset("by and with".split())
CREDITS_MAX_WORDS = 40


def _credits(text: str) -> bool:
    """Whether a paragraph is only the credits for the story's making: it opens with a word of CREDIT_WORDS, says
    "by", and every other word is one of them or a name ("Story by Scott Conroy. Video produced by Jon Strauss.");
    a sentence of the story ("Produced by the BBC, the series runs for six weeks") has other words."""
    words = re.findall(r"[\w'’.-]+", text)
    if not words or len(words) > CREDITS_MAX_WORDS or words[0].lower() not in CREDIT_WORDS:
        return False
    if "by" not in (w.lower() for w in words):
        return False
    return all(w.lower() in CREDIT_WORDS | CREDIT_JOINS or w[:1].isupper() for w in words)


def _clutter(text: str) -> bool:
    """Whether one line or paragraph of a pasted page is no part of its story (see CLUTTER, END_MATTER, RATING)."""
    words = count_words(text)
    return (
        words == 0  # a rule of underscores or stars between the story and its end matter
        or _credits(text)
        or bool(READING_TIME.match(text) or FOOTNOTE.match(text) or RATING.match(text))
        or bool(CLUTTER.match(text))
        and words <= CLUTTER_MAX_WORDS
        or bool(END_MATTER.match(text))
        and words <= END_MATTER_MAX_WORDS
        or bool(POST_SIGNATURE.match(text))
        or bool(FORWARD_LOOKING.match(text))
        or bool(NEWSLETTER_PROMO.match(text))
        and words <= NEWSLETTER_PROMO_WORDS
        and "\u201c" not in text
        and '"' not in text
        or "|" in text
        and bool(FOOTER_LINKS.match(text))
        or bool(UPDATED_AGO.match(text))
        or bool(UPDATED_PARAGRAPH.match(text))
        # the page's times repeated below the story ("Posted 28 Nov 2026, updated 28 Nov 2026")
        or bool(re.match(r"(?:posted|published|first published)\b", text, re.IGNORECASE) and DATE_PARAGRAPH.match(text))
    )


def _headline_line(text: str, question: bool = False) -> bool:
    """Whether a line reads as the title of a link or of a live page's entry: short, with no closing punctuation
    (with `question`, a link's title may ask: "Train strikes: What dates are affected?")."""
    ends = tuple(c for c in SENTENCE_END if not (question and c in "?!"))
    return "\n" not in text and 0 < count_words(text) <= HEADLINE_MAX_WORDS and not text.endswith(ends)


# A site's menu pasted above the headline: its controls ("Skip to content", "Menu", "Sign in") and its sections
# ("News", "Sport", "Business"), each on a line of its own (see without_menu).
MENU_CONTROL = re.compile(
    r"^(?:skip to (?:main )?content|skip to navigation|menu|search|sign in|sign up|log in|register|subscribe|home"
    r"|account|my account|notifications|close|more|settings|edition)$",
    re.IGNORECASE,
)
MENU_SECTION = re.compile(r"^[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*)?$")
# A page's trail of sections on one line ("Home / News / General News", "News > Politics > Courts").
BREADCRUMBS = re.compile(r"^(?:Home|[A-Z][\w&'’-]*)(?:[ \t]+[/>»›][ \t]+[A-Z][\w&'’-]*(?:[ \t]+[\w&'’-]+){0,2}){1,5}$")


def without_menu(blocks: list[str]) -> list[str]:
    """The blocks without a site's menu at the top: blocks whose lines all name a page's control or give its trail
    of sections ("Home / News / General News"), and blocks of two lines or more each a control or a section of one
    or two words ("News\nSport\nWeather")."""
    k = 0
    while k < len(blocks) - 1:
        lines = [line.strip() for line in blocks[k].split("\n") if line.strip()]
        controls = all(MENU_CONTROL.match(line) or BREADCRUMBS.match(line) for line in lines)
        sections = len(lines) > 1 and all(MENU_CONTROL.match(line) or MENU_SECTION.match(line) for line in lines)
        if not (controls or sections):
            break
        k += 1
    return blocks[k:]


# A row of a table of figures on a line of its own: a short label, a colon and a number first ("Nikkei 225: 39,412.6
# (-0.4%)", "Brent crude: $74.30", "Turnout: 61%").
FIGURE_ROW = re.compile(r"^[^:\n]{1,40}:[ \t]*[-+−–]?[$€£¥₦]?[ \t]?\d[\d,.]*")
FIGURE_ROW_WORDS = 12


def _figure_row(line: str) -> bool:
    """Whether a line is a row of a table of figures (FIGURE_ROW): no sentence, few words."""
    return bool(FIGURE_ROW.match(line)) and count_words(line) <= FIGURE_ROW_WORDS and not line.endswith(".")


def body_paragraphs(blocks: list[str]) -> list[str]:
    """The paragraphs of an article's body blocks: the lines of a block joined by spaces (a paragraph hard-wrapped
    at 72 columns is one paragraph), each item of a list a paragraph of its own without its bullet (a number is
    kept: it may be a ranking), and web clutter, pictures' captions, subheadings between paragraphs, a live page's
    stamps with its entries' titles, share bars, lists of links and the end matter of a story left out."""
    paragraphs = []
    # the block after a links label ("Read also"), a live stamp or a picture's credit is a title or a caption when it
    # reads as one; after a links label, so are the blocks after it while each reads as one
    title_next = links = caption_next = False
    points = False  # the blocks after "Key points" are its items while they are single lines
    questions = _explainer_questions(blocks)
    # a live page's entries each under a bare clock stamp ("14:32 GMT"): the stamp goes, but the entry's first
    # paragraph keeps its clock time (see StampedText)
    live = sum(bool(CLOCK_STAMP.match(b.strip().split("\n", 1)[0])) for b in blocks) >= 2
    stamp = None
    for k, block in enumerate(blocks):
        block = block.strip()
        lines = _without_caption_lines([line.strip() for line in block.split("\n") if line.strip()])
        if any(CAPTION_BUTTON.match(line) for line in lines):
            lines = [line for line in lines if not CAPTION_BUTTON.match(line)]
            if len(lines) == 1 and (PHOTOGRAPHER_CREDIT.match(lines[0]) or PICTURE_CREDIT.match(lines[0])):
                continue  # "toggle caption" over the credit, the caption printed above them with "hide caption"
        if not lines:
            continue
        block = "\n".join(lines)
        if title_next and (
            _headline_line(block, question=links)
            or links
            and (
                _link_lines(lines)
                or all(_headline_line(line, question=True) and not LIVE_STAMP.match(line) for line in lines)
            )
        ):  # a link's title, or under "Related" the titles of several links on lines of their own
            title_next = links  # the links go on while each is a title
            continue
        title_next = links = False
        if caption_next:
            caption_next = False
            if count_words(block) <= CLUTTER_MAX_WORDS and not any(q in block for q in '"“”'):
                continue  # "Samantha-Jo Roth/HuffPost." over "Jim Bennett and Sandy Paradis stand in front of …"
        if len(lines) == 1 and PHOTOGRAPHER_CREDIT.match(lines[0]):
            caption_next = True
            continue
        if PICTURE_CREDIT.match(lines[0]):  # "Getty Images" and the picture's caption below it
            lines = lines[2:] if len(lines) > 1 and count_words(lines[1]) <= CLUTTER_MAX_WORDS else lines[1:]
            if not lines:
                title_next = True
                continue
            block = "\n".join(lines)
        points = points and len(lines) == 1 and count_words(block) <= HEADLINE_MAX_WORDS and not LIVE_STAMP.match(block)
        if POINTS_LABEL.match(block):
            points = True
            continue
        listed = len(lines) > 1 and bool(POINTS_LABEL.match(lines[0]))  # the label over its items in one block
        if listed:
            lines = lines[1:]
        # a table of figures, a row a line ("Nikkei 225: 39,412.6 (-0.4%)" over "Hang Seng: 19,870.3 (+1.1%)"):
        # each row an item, as a list's
        listed = listed or (len(lines) > 1 and all(_figure_row(line) for line in lines))
        if LINKS_LABEL.match(lines[0]):  # "Related Topics" and its links below
            title_next = links = len(lines) == 1
            continue
        if LIVE_STAMP.match(lines[0]):  # "14:32 GMT" and the entry's title on the next line
            stamp = None
            while lines and LIVE_STAMP.match(lines[0]):  # "2 min ago" above "23.05 GMT"
                stamp = _clock_of(clock) if live and (clock := CLOCK_STAMP.match(lines[0])) else stamp
                lines = lines[1:]
            if lines and _headline_line(lines[0]):
                lines = lines[1:]
            if not lines:
                title_next = True
                continue
            block = "\n".join(lines)
        shares = sum(bool(SHARE_LINE.match(line)) for line in lines)
        if (
            shares == len(lines)
            or shares >= 2
            and all(SHARE_LINE.match(x) or MENU_CONTROL.match(x) or re.fullmatch(r"[A-Z][\w&'’-]*", x) for x in lines)
        ):
            continue  # the share bar, perhaps with the section's name ("Bookmark", "Share", "Comments", "News")
        if 0 < k < len(blocks) - 1 and not points and (is_subheading(block) or questions and _question_heading(block)):
            continue
        if len(lines) > 1 and _glued_heading(lines[0], lines[1]):  # "About Acme Robotics" over its text
            lines = lines[1:]
            block = "\n".join(lines)
        if (CAPTION.search(block) or PICTURE_PLACES.search(block)) and count_words(block) <= CLUTTER_MAX_WORDS:
            continue
        if _clutter(block):  # a newsletter's sign-up with its small print, a correction over two lines
            continue
        if k > 0 and END_MARK.match(block):  # "-ENDS-": what follows is the issuer's contacts and notes
            break
        items: list[str] = []
        for line in lines:
            if len(lines) > 1 and (
                CLUTTER.match(line) and count_words(line) <= CLUTTER_MAX_WORDS or SHARE_LINE.match(line)
            ):
                continue  # "ADVERTISEMENT" between two lines of a paragraph pasted without blank lines
            item = LIST_ITEM.match(line)
            if items and not item and not listed:
                items[-1] += " " + line
            else:
                # a bullet goes, but not a number (it may be a ranking) nor the dash of direct speech
                speech = dash_speech(line) is not None and (line[0] != "-" or len(lines) == 1)
                keep = not item or line[: item.end()][0].isdigit() or speech
                items.append(line if keep else line[item.end() :])
        if k == len(blocks) - 1 and k > 0 and SIGN_OFF.match(block):  # "- News24" under the story
            continue
        items = [CREDIT_TAIL.sub("", FOOTNOTE_MARK.sub("", POST_LINK.sub("", i))).strip() for i in items]
        items = [i for i in items if i and not _clutter(i)]
        if stamp and items:
            items[0], stamp = _stamped(items[0], stamp), None
        paragraphs += items
    return paragraphs


# A kicker over a headline: the section or kind of story before a bar, or a tabloid's label in capitals before a
# colon ("Analysis | …", "EXCLUSIVE: …"), and a site's name after a bar at its end ("… | Business | The Guardian").
# Neither is the headline's. ("Review: …" stays: it says what kind of article follows, and reads as words.)
KICKER = re.compile(
    r"^(?:[A-Z][\w'’&-]*(?:[ \t]+[\w'’&-]+){0,2}[ \t]*\|"
    r"|(?:EXCLUSIVE|BREAKING(?: NEWS)?|LIVE|WATCH|ANALYSIS|OPINION|EXPLAINER|REVEALED|PICTURED|UPDATED?|VIDEO|COMMENT"
    r"|EDITORIAL|FACTBOX|FACT CHECK|INTERVIEW|REVIEW|Q&A|JUST IN)[ \t]*:)[ \t]+(?=\S)"
)
SITE_SUFFIX = re.compile(r"(?:[ \t]+\|[ \t]+[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,3})+$")


def headline(title: str | None) -> str | None:
    """A page's headline without its kicker and the site's name (see KICKER); as it is when little else is left."""
    if not title:
        return title
    plain = SITE_SUFFIX.sub("", KICKER.sub("", title, count=1))
    return plain if count_words(plain) >= 2 else title


# A speaker's name in capitals opening a paragraph of a transcript, perhaps with the party or role in brackets
# ("REBECCA POW: …", "DAVID ASHCROFT (Labour, Stroud): …"). It is a name, as the text writes it elsewhere.
CAPS_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})(?=[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*:[ \t]+\S)"
)


def _name_case(name: str) -> str:
    """A name in capitals written as a name ("DAVID MCKEE" -> "David McKee", "O'HARA" -> "O'Hara")."""
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m[1].upper(), name.title().replace("’S", "’s"))


# A place in capitals and a colon opening one of the first paragraphs of a text with no other such label is the
# dateline of papers in Pakistan, India, Malaysia and the Gulf, not a speaker.
DATELINE_PARAGRAPHS = 3


def speaker_labels(paragraphs: list[str]) -> list[str]:
    """Paragraphs with a transcript's speaker labels in capitals written as names (see CAPS_LABEL): a label the
    text writes as a name elsewhere ("ASHCROFT:" where it says "Mr Ashcroft"), or, in a transcript (two such labels
    or more), a label of two words or more. Only words with a vowel read as a name: "BBC NEWS:" stays as it is, and
    so does a single word the text does not write otherwise ("NATO:", "Q:"), and the only label when it opens one
    of the first paragraphs (see DATELINE_PARAGRAPHS)."""
    text = "\n".join(paragraphs)
    labels = [CAPS_LABEL.match(p) for p in paragraphs]
    labels = [m if m and all(re.search("[AEIOUY]", w) for w in m["name"].split()) else None for m in labels]
    transcript = sum(m is not None for m in labels) >= 2
    result = []
    for k, (paragraph, match) in enumerate(zip(paragraphs, labels)):
        if match and not transcript and k < DATELINE_PARAGRAPHS and not match["name"].endswith("."):
            match = None  # "LAHORE: The ruling party …", "KUALA LUMPUR: …": a dateline, not a speaker
        if match:
            name = _name_case(match["name"])
            if " " in name and transcript or re.search(rf"\b{re.escape(name)}\b", text):
                paragraph = name + paragraph[match.end() :]
        result.append(paragraph)
    return result


# A note about the writer at the end of a story ("Ann Lee is a reporter covering energy in London."): it names the
# writer of the byline, and is no part of the story; an opinion column's writer may be a scholar or a campaigner
# ("Ann Lee is a senior fellow at the Urban Institute.").
BIO_ROLE = re.compile(
    r"\b(?:reporter|correspondent|writer|editor|journalist|columnist|freelancer?|author|covers|covering"
    r"|fellow|professor|lecturer|researcher|analyst|contributor|commentator|economist|historian|novelist"
    r"|broadcaster|director|founder|co-founder|chief executive|campaigner)\b",
    re.IGNORECASE,
)
BIO_PARAGRAPHS = 2


def without_bio(paragraphs: list[str], byline: str | None) -> list[str]:
    """The paragraphs without a note about the writer among the last BIO_PARAGRAPHS (see BIO_ROLE): one that opens
    with a name of the byline and "is" or "was", and says the writer's trade."""
    said_by = r"^(?:.{1,40}[ \t][/|][ \t]+)?(?:[Bb]y|Author|(?:Story|Words|Text|Written|Reporting) by):?\s+"
    written = re.sub(said_by, "", byline or "")
    names = re.findall(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)+", written)
    if not names:
        return paragraphs
    opening = re.compile(r"^(?:" + "|".join(map(re.escape, names)) + r")[ \t]+(?:is|was|has been)\b")
    keep = len(paragraphs) - BIO_PARAGRAPHS
    return [p for k, p in enumerate(paragraphs) if k < keep or not (opening.match(p) and BIO_ROLE.search(p))]


# A letters page: its headline says so ("Letters: …", "Your letters", "Letters to the editor"), or a letter opens
# with the editor's salutation ("Sir, …", "Dear Editor, …").
LETTERS_TITLE = re.compile(
    r"^(?:(?:your|readers['’]?|today['’]s)[ \t]+)?letters?\b(?:[ \t]+to[ \t]+the[ \t]+editor)?", re.IGNORECASE
)
SALUTATION = re.compile(
    r"^(?:(?:Sir|Madam|Sir or Madam)[,:!]|Dear (?:Sir|Madam|Editor|Sir or Madam)[,:!]?)[ \t]+(?=\S)"
)
# A letter's signature: the writer's name, perhaps with a title, and after a comma where they write from or who they
# are ("Jane Roe, Leeds", "Dr Farah Siddiqui, Altrincham", "Tom Reid, chair, Leeds Civic Trust"), on the letter's
# last line or a block of its own, and no sentence (no closing full stop, question or exclamation mark).
# A capital letter, accented ones included ("Ó Riain", "Ørsted"): a letter that is no lower-case one of Latin-1.
CAPITAL = r"[^\W\d_a-zß-öø-ÿ]"
SIGNATURE_NAME = (
    r"(?:(?:Dr|Prof|Professor|Cllr|Councillor|Rev|Revd|Canon|Fr|Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Miss|Mx)"
    r"\.?[ \t]+)?"
    rf"{CAPITAL}[\w'’.-]*(?:[ \t]+(?:{CAPITAL}[\w'’.-]*|de|van|von|der|da|di|le|la|al|bin|ter|ni|nic|mac)){{1,3}}"
)
SIGNATURE = re.compile(
    rf"^(?:(?:{SIGNATURE_NAME}|{CAPITAL}[\w'’-]+),?[ \t]+(?:and|&)[ \t]+)?{SIGNATURE_NAME}"
    r"(?:[ \t]*,[ \t]*[^\n.!?:;\"“”]{1,80}|[ \t]+\([^()\n]{1,40}\))?$"
)
SIGNATURE_MAX_WORDS = 16
# Where the writer lives, on the line under the name: "Kilronan", "Leeds, West Yorkshire".
SIGNATURE_PLACE = re.compile(rf"^{CAPITAL}[\w'’.-]*(?:,?[ \t]+{CAPITAL}[\w'’.-]*){{0,3}}$")
# A letter printed without its writer's name: "Name and address supplied", "Name withheld".
UNSIGNED = re.compile(
    r"^(?:name(?:s)?(?:(?:,| and) address(?:es)?)?|address)[ \t]+(?:supplied|withheld|provided|with the editor)\.?$",
    re.IGNORECASE,
)


def _signature(line: str) -> bool:
    """Whether a line reads as a letter's signature (see SIGNATURE)."""
    line = line.strip()
    if UNSIGNED.match(line):
        return True
    return bool(SIGNATURE.match(line)) and count_words(line) <= SIGNATURE_MAX_WORDS and not line.endswith(",")


def _signed(lines: list[str]) -> bool:
    """Whether one or two lines are a signature: "Jane Roe, Leeds", or "Jane Roe" over "Leeds"."""
    if len(lines) == 1:
        return _signature(lines[0])
    return len(lines) == 2 and _signature(lines[0]) and "," not in lines[0] and bool(SIGNATURE_PLACE.match(lines[1]))


def letter_signatures(blocks: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """The blocks of a letters page (LETTERS_TITLE, SALUTATION) without each letter's signature, and the signatures
    in reading order: the writer of a letter is its author, as a byline names one, not a sentence of its text. A
    signature is the last line of a letter's block ("… lost many times over.\nJane Roe, Leeds") or a block of its
    own after a letter (also over two lines: "Jane Roe" over "Leeds"). Other pages are left as they are."""
    letters = sum(bool(SALUTATION.match(b)) for b in blocks)
    if not (title and LETTERS_TITLE.match(title)) and not letters:
        return blocks, []
    kept: list[str] = []
    signatures: list[str] = []
    signed_last = False  # whether the block before was a signature of its own
    for block in blocks:
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        after_letter = bool(kept) and bool(re.search(r"[.!?\"”’)]$", kept[-1])) and count_words(kept[-1]) > 3
        if (
            len(lines) == 1
            and signatures
            and signed_last
            and "," not in signatures[-1]
            and SIGNATURE_PLACE.match(lines[0])
        ):
            signatures[-1] += ", " + lines[0]  # "Jane Roe" and "Leeds" on lines of their own with no blank line
            signed_last = False
            continue
        signed_last = False
        if after_letter and _signed(lines):
            signed_last = True
            signatures.append(", ".join(lines))  # a block of its own: "Jane Roe, Leeds", or "Jane Roe" over "Leeds"
            continue
        cut = 0
        if len(lines) > 2 and _signed(lines[-2:]) and re.search(r"[.!?\"”’)]$", lines[-3]):
            cut = 2  # "Jane Roe" over "Leeds" under the letter
        elif len(lines) > 1 and _signature(lines[-1]) and re.search(r"[.!?\"”’)]$", lines[-2]):
            cut = 1
        if cut and count_words(" ".join(lines[:-cut])) > STORY_PARAGRAPH_WORDS:
            signatures.append(", ".join(lines[-cut:]))
            lines = lines[:-cut]
        kept.append("\n".join(lines))
    return kept, signatures


# A dateline of the place alone with a full stop, as Tanzanian and Kenyan papers open a story ("Geita. Rescue teams
# …", "Dar es Salaam. The government …"): the place, named again elsewhere in the article, is no word of the story.
# Titles written with a full stop ("Mr. Lee said …") are no place.
PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’-]{2,}(?:[ \t]+(?:es|el|de|[A-Z][\w'’-]+)){0,2})\.[ \t]+(?=[A-Z\"“‘])"
)
DOTTED_TITLES = frozenset(
    "mr mrs ms dr st prof gen col sen rep gov lt capt sgt rev jr sr no inc co ltd corp messrs hon maj cpl".split()
)


def without_place_dateline(paragraphs: list[str], title: str | None) -> list[str]:
    """The paragraphs with a place's dateline (PLACE_DATELINE) left out of the first, when the place is named again in
    the headline or another paragraph and the rest is a sentence of some length."""
    if not paragraphs or not (match := PLACE_DATELINE.match(paragraphs[0])):
        return paragraphs
    place, rest = match["place"], paragraphs[0][match.end() :]
    if place.split()[0].lower() in DOTTED_TITLES or count_words(rest) < STORY_PARAGRAPH_WORDS:
        return paragraphs
    elsewhere = " ".join([title or "", *paragraphs[1:]])
    if not re.search(r"(?<![\w'’-])" + re.escape(place) + r"(?![\w'’-])", elsewhere):
        return paragraphs
    return [rest, *paragraphs[1:]]


def signed_byline(byline: str | None, signatures: list[str]) -> str | None:
    """The byline with a letters page's signatures after it ("Ann Lee; Jane Roe, Leeds"), None when there is neither."""
    return "; ".join(([byline] if byline else []) + signatures) or None


def _headline_words(line: str) -> bool:
    """Whether a line reads as a headline: a few words with no closing sentence punctuation."""
    return 0 < count_words(line) <= HEADLINE_MAX_WORDS and not line.strip().rstrip(CLOSING_MARKS).endswith(
        tuple(SENTENCE_END)
    )


def looks_like_headline(block: str, rest: list[str]) -> bool:
    """Whether a plain text's first block is a headline: one short line, more text after, and no closing punctuation
    (a closing quotation mark after a word is none: 'Passengers "terrified"'), or a publication line or a byline
    with "By" right after it: a line over the writer's name is the headline even when it asks a question ("Can
    Rovers finally go up?" over "By Dan Pike")."""
    if not rest or "\n" in block:
        return False
    short = 0 < count_words(block) <= HEADLINE_MAX_WORDS
    dated = short and bool(DATE_PARAGRAPH.match(rest[0]))
    return dated or short and _by_line(rest[0]) or _headline_words(block) or _marked_headline(block, rest)


# A headline that asks, exclaims or announces ("Is the four-day week here to stay?", "Rovers are going up!", "Four
# things we learned from the budget:") over the story with no byline or date between them: one line of a few words,
# and a story's full paragraph right below it, or below a standfirst of one line. A question over a short line
# ("Who pays for the bridge?" over "By Friday the council must decide.") opens the story; a question among others
# of its kind is an interview's (see _explainer_questions); a line in quotation marks or with a "Q:" label is one
# speaker's words.
MARKED_HEADLINE_END = re.compile(r"(?:[?!]+|(?<=\w):)[\"”’)»]?$")
QUESTION_LABEL = re.compile(r"^(?:Q|A|Q\s*&\s*A)\s*[:.]", re.IGNORECASE)
COLON_HEADLINE_WORDS = 3


def _story_paragraph(block: str) -> bool:
    """Whether a block is a story's full paragraph: more than STORY_PARAGRAPH_WORDS words and a sentence's end."""
    text = block.strip()
    return count_words(text) > STORY_PARAGRAPH_WORDS and text.rstrip(CLOSING_MARKS).endswith((".", "!", "?"))


def _marked_headline(block: str, rest: list[str]) -> bool:
    """Whether a first block that ends in a question mark, an exclamation mark or a colon is the headline (see
    MARKED_HEADLINE_END)."""
    line = block.strip()
    if "\n" in line or not rest or not 0 < count_words(line) <= HEADLINE_MAX_WORDS or not line[:1].isupper():
        return False
    if not MARKED_HEADLINE_END.search(line) or QUESTION_LABEL.match(line) or QUOTED.fullmatch(line):
        return False
    if line.endswith(":") and (count_words(line) < COLON_HEADLINE_WORDS or line.upper() == line):
        return False  # "LAHORE:" or "PRESENTER:" labels what follows
    below = [b.strip() for b in rest if b.strip()]
    if not below or below[0][:1].islower() or LIST_ITEM.match(below[0]):
        return False
    if not (
        _story_paragraph(below[0])
        or len(below) > 1
        and "\n" not in below[0]
        and below[0].endswith(tuple(SENTENCE_END))
        and _story_paragraph(below[1])
    ):
        return False
    others = [b for b in below if _question_heading(b)]
    return not others or _explainer_questions([line] + below)


def _by_line(block: str) -> bool:
    """Whether a block opens with a byline that says "By" ("By Dan Pike", perhaps with the publication time on the
    line below): a name alone or with a role would also fit a story's first paragraph, so only "By" counts."""
    first = block.strip().split("\n")[0]
    return bool(BYLINE.match(first)) and count_words(first) <= BYLINE_WORDS


# A section's or a page's label on the line above a pasted page's headline ("Business", "LIVE UPDATES", "Across
# America, US"): a few words, shorter than the headline below it.
KICKER_LINE_WORDS = 4


def _kicker_line(block: str, rest: list[str]) -> int:
    """Where the headline begins in a first block of two lines whose first is a short label over the headline (see
    KICKER_LINE_WORDS); 0 for any other block."""
    lines = block.split("\n")
    if len(lines) != 2 or not rest:
        return 0
    label, title = lines[0].strip(), lines[1].strip()
    if (
        0 < count_words(label) <= KICKER_LINE_WORDS < count_words(title)
        and not label.endswith(tuple(SENTENCE_END))
        and looks_like_headline(title, rest)
    ):
        return len(lines[0]) + 1
    return 0


def _label_block(block: str, rest: list[str]) -> bool:
    """Whether a first block of one line is a section's, a place's or the outlet's label over a pasted page's headline
    ("Singapore", "National", "KARNATAKA", "ABC Mid North Coast"): a few words, each with a capital, no digit and no
    closing punctuation, over a headline of more words (perhaps under a label of its own, "LIVE" over it) or over
    the site's menu ("News" and "National" on two lines)."""
    label = block.strip()
    words = label.split()
    if "\n" in label or not rest or not 0 < len(words) <= KICKER_LINE_WORDS or re.search(r"\d", label):
        return False
    if not all(w[:1].isupper() for w in words) or label.endswith(tuple(SENTENCE_END)):
        return False
    if len(without_menu(rest[:2])) < min(len(rest), 2):  # the menu's sections under the label
        return True
    headline_text = rest[0][_kicker_line(rest[0], rest[1:]) :].strip()
    return looks_like_headline(headline_text, rest[1:]) and count_words(headline_text) > KICKER_LINE_WORDS


# An e-mail's header pasted above a newsletter ("From: …", "Sent: Monday, 30 November 2026 06:02", "To: …",
# "Subject: …"): the subject is the headline and the day it was sent the publication date; a forward's or a reply's
# mark goes ("Fwd: …").
MAIL_FIELD = re.compile(r"^(?P<field>From|Sent|Date|To|Cc|Subject)[ \t]*:[ \t]*(?P<value>.*)$", re.IGNORECASE)
MAIL_MARK = re.compile(r"^(?:(?:fwd?|fw|re|aw|vs|tr)[ \t]*:[ \t]*)+", re.IGNORECASE)


def _mail_header(block: str) -> tuple[str | None, datetime | date | None] | None:
    """The subject and the sending time of a block that is an e-mail's header (see MAIL_FIELD): a subject, and a
    sender or a date, each on a line of its own; None for any other block."""
    fields = {}
    for line in block.split("\n"):
        if not (match := MAIL_FIELD.match(line.strip())):
            return None
        fields[match["field"].lower()] = match["value"].strip()
    if "subject" not in fields or not {"from", "sent", "date"} & fields.keys():
        return None
    sent = DATE_IN_LINE.search(fields.get("sent") or fields.get("date") or "")
    return MAIL_MARK.sub("", fields["subject"]).strip() or None, _written_date(sent) if sent else None


# A press statement's label ("PRESS STATEMENT", "FOR IMMEDIATE RELEASE") under the issuer's letterhead
# ("MINISTRY OF FOREIGN AFFAIRS" over "REPUBLIC OF KORVALIA"), and its headline in capitals below them, perhaps
# over two lines as a PDF wraps it.
PRESS_LABEL = re.compile(
    r"^(?:(?:joint |official )?(?:press|media|news) (?:statement|release)|for immediate release)$", re.IGNORECASE
)
PRESS_HEAD_BLOCKS = 5


def _press_head(blocks: list[str]) -> tuple[str | None, str | None, list[str]]:
    """The issuer, the headline and the other blocks of a press statement pasted from a PDF: the blocks above its
    first label (see PRESS_LABEL) are the issuer's letterhead, the labels go, and the first block in capitals after
    them (not a date) is the headline. (None, None, blocks) for any other text."""
    first = next((k for k, b in enumerate(blocks[:PRESS_HEAD_BLOCKS]) if PRESS_LABEL.match(b.strip())), None)
    if first is None:
        return None, None, blocks
    issuer = ", ".join(line.strip() for b in blocks[:first] for line in b.split("\n") if line.strip()) or None
    rest = [b for b in blocks[first:] if not PRESS_LABEL.match(b.strip())]
    title = None
    for k, block in enumerate(rest[:3]):
        if DATE_PARAGRAPH.match(block.strip()):
            continue
        letters = re.sub(r"[^A-Za-z]", "", block)
        if letters.isupper() and count_words(block) <= HEADLINE_MAX_WORDS + 5:
            title = " ".join(block.split())
            rest = rest[:k] + rest[k + 1 :]
        break
    return issuer, title, rest


# How far (days) a publication stamp without a year may fall from the date line's day before the year next to it
# is taken instead.
HALF_YEAR_DAYS = 183


def _stamp(match: re.Match, prefix: str, year: int, source: str | Path) -> datetime:
    """The datetime of one `day.month. hour:minute` stamp in `year`."""
    try:
        return datetime(
            year, int(match[prefix + "m"]), int(match[prefix + "d"]), int(match[prefix + "H"]), int(match[prefix + "M"])
        )
    except ValueError:
        raise ArticleError(source, f"malformed publication time {match[0].strip()!r}") from None


def parse_article(
    text: str, source: str | Path = "<text>", article_id: str | None = None, default_date: date | None = None
) -> Article:
    """An Article from the text of a file in the article format; `default_date` serves when it has no date line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    title = None
    published: datetime | None = None
    updated: datetime | None = None
    first = lines[0].translate(INVISIBLE).strip() if lines else ""
    match = DATE_LINE.match(first)
    pub_date = default_date
    clock = None
    if match:
        raw_date, head = match["date"], match["title"] or ""
        if iso := ISO_CLOCK.fullmatch(raw_date):
            raw_date, clock = iso["date"], iso["clock"]
        elif lead := LEADING_CLOCK.match(head):
            clock, head = lead["clock"], head[lead.end() :]
        pub_date = parse_date(raw_date, source)
        title = " ".join(clean_text(head).split()) or None
        lines = lines[1:]
    # The publication line is the first non-blank line after the date line (or the first line of the file).
    rest = "\n".join(lines)
    stripped = rest.lstrip()
    first_line = stripped.split("\n", 1)[0].strip()
    time_match = TIME_LINE.match(first_line)
    if time_match and pub_date is not None:
        published = _stamp(time_match, "p", pub_date.year, source)
        # the stamp has no year: the one that puts it nearest the date line's day ("31.12. 23:50" under a date
        # line of 1 January is the day before, not the end of that year)
        if (published.date() - pub_date).days > HALF_YEAR_DAYS:
            published = _stamp(time_match, "p", pub_date.year - 1, source)
        elif (pub_date - published.date()).days > HALF_YEAR_DAYS:
            published = _stamp(time_match, "p", pub_date.year + 1, source)
        if time_match["ud"]:
            updated = _stamp(time_match, "u", published.year, source)
            if updated < published:  # updated across a new year
                updated = updated.replace(year=updated.year + 1)
        rest = stripped.split("\n", 1)[1] if "\n" in stripped else ""
    elif time_match:
        rest = stripped.split("\n", 1)[1] if "\n" in stripped else ""
    if published is None and clock is not None:
        hour, minute = map(int, clock.split(":"))
        published = datetime(pub_date.year, pub_date.month, pub_date.day, hour, minute)
    time_known = published is not None
    if published is None and pub_date is not None:
        published = datetime(pub_date.year, pub_date.month, pub_date.day)
    blocks = _blocks(rest)
    blocks = without_menu(blocks)
    sent = issuer = None
    if title is None and not match and blocks and (mail := _mail_header(blocks[0])):
        (title, sent), blocks = mail, blocks[1:]  # a newsletter pasted from an e-mail
    if title is None and not match:
        issuer, title, blocks = _press_head(blocks)
    if title is None and not match and blocks and _label_block(blocks[0], blocks[1:]):
        blocks = without_menu(blocks[1:])  # "Singapore" or "National" alone over the headline
    if title is None and not match and blocks and (label := _kicker_line(blocks[0], blocks[1:])):
        blocks = [blocks[0][label:].strip()] + blocks[1:]  # "Business" or "LIVE UPDATES" over the headline
    if title is None and not match and blocks and looks_like_headline(blocks[0], blocks[1:]):
        title, blocks = blocks[0], blocks[1:]
    head = page_head(blocks)
    byline, blocks, written = head.byline or issuer, head.blocks, head.published or sent
    if isinstance(sent, datetime) and not isinstance(written, datetime) and written == sent.date():
        written = sent  # the newsletter's date under its name, the e-mail's time of sending
    if written is None and title and (dated := HEADLINE_DATE.match(title)):
        written = _written_date(dated)  # "News in brief: Tuesday 21 May 2024"
    if pub_date is None and published is None and written is None and head.impossible:
        # the page's own time names no such day: every "Monday" of the story would be dated wrong, or not at all
        raise ArticleError(
            source, f"impossible publication date {head.impossible!r} (no such day); give the date with --date"
        )
    if pub_date is None and published is None:  # neither a date line nor the caller: the text's own times
        if isinstance(written, datetime):
            published, time_known = written, True
        elif written is not None:
            published = datetime(written.year, written.month, written.day)
    elif not time_known and published is not None:  # the date line's day: the page's clock time on it
        if isinstance(written, datetime) and written.date() == published.date():
            published, time_known = written, True
        elif head.clock is not None and written is None:
            published, time_known = published.replace(hour=head.clock[0], minute=head.clock[1]), True
    if updated is None and isinstance(head.updated, datetime) and published and head.updated >= published:
        updated = head.updated
    blocks, signatures = letter_signatures(blocks, title)
    byline = signed_byline(byline, signatures)  # a letters page: its writers sign it, as a byline would
    blocks = without_place_dateline(without_bio(speaker_labels(body_paragraphs(blocks)), byline), title)
    if not blocks and title is None:  # nothing but a page's clutter
        raise ArticleError(source, "empty article (no paragraphs)")
    title = headline(title)
    paragraphs = ([Paragraph(0, title)] if title else []) + [_paragraph(i, b) for i, b in enumerate(blocks, start=1)]
    article = Article(
        id=article_id or safe_id(Path(str(source)).stem),
        title=title,
        published=published,
        updated=updated,
        source=str(source),
        paragraphs=paragraphs,
        time_known=time_known,
        byline=byline,
    )
    return article


def load_article(path: str | Path, date: str | date | None = None) -> Article:
    """Read one article file (text, Markdown or HTML, by suffix); `date` (YYYY-MM-DD) serves when it names none."""
    path = Path(path)
    default = parse_date(date, "--date") if isinstance(date, str) else date
    if path.suffix.lower() in JSONL_SUFFIXES:
        raise ArticleError(
            path,
            "a JSON Lines file holds many articles: analyze it with `python -m newsframe analyze`, then compare them "
            "in notebook 07",
        )
    reader = READERS.get(path.suffix.lower(), parse_article)
    return reader(read_text(path, config.max_article_bytes()), source=path, default_date=default)


def iter_articles(path: str | Path, date: str | date | None = None) -> Iterator[Article | ArticleError]:
    """Every article in one file: one for text, Markdown and HTML, one per line of JSON Lines; errors as values."""
    path = Path(path)
    try:
        default = parse_date(date, "--date") if isinstance(date, str) else date
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _iter_jsonl(path, default)
        else:
            yield load_article(path, default)
    except ArticleError as error:
        yield error


def _iter_jsonl(path: Path, default: date | None) -> Iterator[Article | ArticleError]:
    """One Article per line of a JSON Lines file (`id`, `date` or `published`, `title`, `text`), errors as values."""
    text = read_text(path)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ArticleError(source, f"not valid JSON ({error.msg})")
            continue
        try:
            yield article_from_record(record, source, f"{path.stem}-{number}", default)
        except ArticleError as error:
            yield error


def article_from_record(record: object, source: str, fallback_id: str, default: date | None = None) -> Article:
    """An Article from a JSON object with `text` and optional `id`, `title`, `date` or `published` (ISO 8601)."""
    if not isinstance(record, dict):
        raise ArticleError(source, "a JSON Lines record must be an object")
    body = record.get("text")
    if not isinstance(body, str) or not body.translate(INVISIBLE).strip():
        raise ArticleError(source, "record has no text")
    if (size := len(body.encode("utf-8", "surrogatepass"))) > (limit := config.max_article_bytes()):
        raise ArticleError(source, too_large(size, limit))
    stamp = record.get("published") or record.get("date")
    published, time_known = None, False
    if stamp:
        try:
            published = datetime.fromisoformat(str(stamp).strip().replace("Z", "+00:00"))
        except ValueError:
            raise ArticleError(source, f"malformed date {stamp!r} (expected ISO 8601)") from None
        time_known = "T" in str(stamp) or " " in str(stamp).strip()
        published = published.replace(tzinfo=None)
    elif default is not None:
        published = datetime(default.year, default.month, default.day)
    title = record.get("title")
    title = headline(" ".join(clean_text(str(title)).split())) if title else None
    head = page_head(_blocks(body))
    blocks, signatures = letter_signatures(head.blocks, title)
    byline = signed_byline(head.byline, signatures)
    blocks = without_bio(speaker_labels(body_paragraphs(blocks)), byline)
    if not blocks and title is None:
        raise ArticleError(source, "record has no text")
    if published is None and head.published is not None:  # no date in the record: the text's own
        published, time_known = _as_datetime(head.published), isinstance(head.published, datetime)
    paragraphs = ([Paragraph(0, title)] if title else []) + [_paragraph(i, b) for i, b in enumerate(blocks, start=1)]
    article_id = safe_id(str(record["id"])) if record.get("id") not in (None, "") else fallback_id
    return Article(article_id, title, published, None, source, paragraphs, time_known, byline)


def parse_markdown(text: str, source: str | Path = "<markdown>", default_date: date | None = None) -> Article:
    """An Article from Markdown: the first heading is the headline; emphasis, links and images kept as their text."""
    from markdown_it import MarkdownIt

    front, text = _front_matter(text)
    tokens = MarkdownIt("commonmark").parse(text)
    title, blocks, seen_heading = front.get("title"), [], False
    for i, token in enumerate(tokens):
        if token.type != "inline":
            continue
        plain = _inline_text(token).strip()
        if not plain:
            continue
        opener = tokens[i - 1].type if i else ""
        if opener == "heading_open" and not blocks and (title is None or plain == title) and not seen_heading:
            title, seen_heading = plain, True
        elif opener in ("paragraph_open", "heading_open"):
            blocks.append(plain)
    if not blocks and title is None:
        raise ArticleError(source, "empty article (no paragraphs)")
    pub = parse_date(str(front["date"])[:10], source) if front.get("date") else default_date
    return _assemble(source, title, blocks, pub)


def _front_matter(text: str) -> tuple[dict, str]:
    """`key: value` pairs of a leading `---` block (title, date) and the text after it."""
    match = re.match(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", text, re.S)
    if not match:
        return {}, text
    pairs = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            pairs[key.strip().lower()] = value.strip().strip("\"'")
    return pairs, text[match.end() :]


def _inline_text(token) -> str:
    """The reader's text of one Markdown inline token: words of emphasis and links, soft breaks as spaces; no images."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


# A web page whose main text is shorter than this is not a story: what is left is a menu ("Home | News") or a
# caption that the extraction kept for want of anything else.
MIN_PAGE_WORDS = 10


def parse_html(text: str, source: str | Path = "<html>", default_date: date | None = None) -> Article:
    """An Article from a saved web page: trafilatura drops the boilerplate and keeps the story's paragraphs."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"outputformat": HTML_DATE_FORMAT, "original_date": True},
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise ArticleError(source, "no article text found in the HTML page")
    if (words := count_words(body)) < MIN_PAGE_WORDS:
        raise ArticleError(
            source,
            f"no article text found in the HTML page (only {words} word{'s' if words != 1 else ''} outside the page's "
            f"boilerplate)",
        )
    title = getattr(extracted, "title", None)
    blocks = [b.strip() for b in body.split("\n") if b.strip()]
    if title and blocks and " ".join(blocks[0].split()) == " ".join(title.split()):
        blocks = blocks[1:]
    found = getattr(extracted, "date", None)
    return _assemble(source, title, blocks, (_page_time(str(found)) if found else None) or default_date)


# How the publication time of a web page is asked of htmldate (through trafilatura).
HTML_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def _page_time(found: str) -> date | datetime | None:
    """A page's publication time as htmldate gives it: its own clock time (the time zone dropped), or the date
    alone when the page gives none (htmldate then says midnight); None when unreadable."""
    for fmt in (HTML_DATE_FORMAT, HTML_DATE_FORMAT.replace("%z", ""), "%Y-%m-%d"):
        try:
            stamp = datetime.strptime(found, fmt)
        except ValueError:
            continue
        return stamp.replace(tzinfo=None) if stamp.time() != datetime.min.time() else stamp.date()
    return None


def _as_datetime(value: date | datetime) -> datetime:
    """A date as the datetime of its midnight; a datetime as it is."""
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _assemble(source: str | Path, title: str | None, blocks: list[str], pub: date | datetime | None) -> Article:
    """An Article from a headline, body paragraphs and a publication date, or time when `pub` is a datetime."""
    title = headline(" ".join(clean_text(title).split())) if title else None
    blocks = [b for b in map(clean_text, blocks) if b]
    head = page_head(blocks)
    byline = head.byline
    blocks = without_bio(speaker_labels(body_paragraphs(head.blocks)), byline)
    if pub is None:  # the page gave no date: the text's own, if any
        pub = head.published
    if not blocks and title is None:
        raise ArticleError(source, "empty article (no paragraphs)")
    paragraphs = ([Paragraph(0, title)] if title else []) + [_paragraph(i, b) for i, b in enumerate(blocks, start=1)]
    timed = isinstance(pub, datetime)
    published = (pub if timed else datetime(pub.year, pub.month, pub.day)) if pub else None
    return Article(safe_id(Path(str(source)).stem), title, published, None, str(source), paragraphs, timed, byline)


# Which reader a file's suffix selects; anything else is read as the text format.
READERS = {".md": parse_markdown, ".markdown": parse_markdown, ".html": parse_html, ".htm": parse_html}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm") + JSONL_SUFFIXES


def paragraphs_table(article: Article, docs: list | None = None) -> pd.DataFrame:
    """paragraphs.csv: paragraph, text, words, sentences (sentences from the parsed docs, one per paragraph)."""
    from .nlp import sentence_spans

    rows = []
    for i, p in enumerate(article.paragraphs):
        sentences = len(sentence_spans(docs[i])) if docs is not None else None
        rows.append({"paragraph": p.number, "text": p.text, "words": count_words(p.text), "sentences": sentences})
    import pandas as pd

    return pd.DataFrame(rows, columns=["paragraph", "text", "words", "sentences"])


def sentences_table(article: Article, docs: list) -> pd.DataFrame:
    """sentences.csv: paragraph, sentence (1-based), start_char, end_char (offsets in the paragraph's text), text."""
    from .nlp import sentence_spans

    rows = []
    for p, doc in zip(article.paragraphs, docs):
        for n, (start, end) in enumerate(sentence_spans(doc), start=1):
            rows.append(
                {"paragraph": p.number, "sentence": n, "start_char": start, "end_char": end, "text": p.text[start:end]}
            )
    import pandas as pd

    return pd.DataFrame(rows, columns=["paragraph", "sentence", "start_char", "end_char", "text"])
