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
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+)?"
FULL_DATE = (
    rf"{WEEKDAY}(?:(?P<m1>{MONTH_NAMES})[ \t]+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m2>{MONTH_NAMES}),?[ \t]+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))"
)
CLOCK = r"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:[ \t]*(?P<ampm>[ap])\.?m\.?)?"
DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},?[ \t]+)?(?:\([^()\n]{1,40}\)[ \t]*,?[ \t]*)?"
    + FULL_DATE
    + r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--[ \t]?|[-—–:])"
)
# A dateline without a full date, in capitals: "FRANKFURT —", "LONDON (Reuters) -", "OSLO, Feb 6 (Reuters) -",
# "EASTBOURNE, England (AP) —",
# "JOHANNESBURG, August 7 (Xinhua) --", "WASHINGTON--", "MOSCOW/KYIV, March 14 (Reuters) -" (it dates nothing: the
# year is not given).
CAPS_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’/-]*[A-Z.'’](?: [A-Z][A-Z.'’/-]+)*,?"
    r"(?: [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}(?=,? \(|,? ?--| [—–-] ))?"
    r"(?: [A-Z][a-z]{2,8}\.? \d{1,2},?)?(?: \([^()\n]{1,40}\))?"
    r"(?: ?-- ?| ?[—–-] )"
)


def dateline_end(text: str) -> int:
    """Where the dateline opening a paragraph ends ("OSLO, Feb 6 (Reuters) - ", "FRANKFURT, Oct. 27, 2023 — "), 0
    without one: its place and agency are no subject of the story."""
    opening = DATELINE.match(text) or CAPS_DATELINE.match(text)
    return opening.end() if opening else 0


# A date, perhaps with its time (seconds and a zone are read and left out: "2025-03-14T09:30:00Z", "09:30 GMT").
DATE_AND_CLOCK = (
    FULL_DATE
    + rf"(?:(?:T|,?[ \t]+(?:at[ \t]+)?){CLOCK}(?::[0-5]\d(?:\.\d+)?)?"
    + r"(?:Z|[ \t]*[+-]\d\d:?\d\d|[ \t]+[A-Z]{2,4}(?:[+-]\d\d?(?::?\d\d)?)?)?)?\.?$"
)
DATE_PARAGRAPH = re.compile(
    r"^(?:(?:Published|Posted|First published)(?:[ \t]+on)?:?[ \t]+)?" + DATE_AND_CLOCK,
    re.IGNORECASE,
)
# A line after the publication line that gives when the story was updated: not a paragraph of it.
UPDATED_PARAGRAPH = re.compile(
    r"^(?:Last[ \t]+)?(?:Updated|Modified)(?:[ \t]+on)?:?[ \t]+" + DATE_AND_CLOCK,
    re.IGNORECASE,
)
# "Updated 2 hours ago": a page's note counted from when it was read, which the text does not give. No paragraph.
UPDATED_AGO = re.compile(
    r"^(?:Last[ \t]+)?(?:Updated|Modified|Published|Posted)[ \t]+(?:\d+|an?|one)[ \t]+"
    r"(?:min(?:ute)?s?|hours?|hrs?|days?)[ \t]+ago\.?$",
    re.IGNORECASE,
)
MONTH_NUMBER = {m[:3].lower(): i for i, m in enumerate(MONTH_NAMES.split("|")[:12], start=1)}


def _written_date(match: re.Match) -> datetime | date | None:
    """The date (or, with a clock time, the datetime) a DATELINE or DATE_PARAGRAPH match names; None if impossible."""
    if match["y3"]:
        year, month, day = int(match["y3"]), int(match["m3"]), int(match["d3"])
    else:
        k = "1" if match["y1"] else "2"
        year, day = int(match["y" + k]), int(match["d" + k])
        month = MONTH_NUMBER[match["m" + k][:3].lower()]
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if (match.groupdict().get("H")) is None:
        return found
    hour = int(match["H"])
    if match["ampm"]:  # "9:30 pm"
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    return datetime(found.year, found.month, found.day, hour, int(match["M"]))


# A byline: "By Ann Lee", "By Ann Lee and Tom Hill", "By Ann Lee, Health Correspondent", "By ANN LEE | Reuters",
# perhaps with the outlet or the role on a line or two of its own below ("By Ann Lee\nThe Associated Press").
BYLINE = re.compile(
    r"^By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|de|da|van|von|al|bin))*"
    r"(?:[ \t]*[,|—–-][ \t]*[^\n.!?]{1,60})?(?:\n[ \t]*[A-Z][^\n.!?:;]{1,40}){0,2}$"
)
BYLINE_WORDS = 12


def byline_in_text(blocks: list[str]) -> tuple[str | None, list[str]]:
    """The byline among the first two blocks of an article's text (before or after a date paragraph), and the
    blocks without it; (None, blocks) when there is none, or when it is all the text there is."""
    for k, block in enumerate(blocks[:2]):
        if len(blocks) > 1 and BYLINE.match(block) and count_words(block) <= BYLINE_WORDS:
            return ", ".join(line.strip() for line in block.split("\n")), blocks[:k] + blocks[k + 1 :]
    return None, blocks


def date_in_text(blocks: list[str]) -> tuple[datetime | date | None, list[str]]:
    """The publication date an article's own text gives (see DATELINE), and its blocks without a paragraph that is
    only that date; (None, blocks) when the text gives none."""
    if not blocks:
        return None, blocks
    if (match := DATE_PARAGRAPH.match(blocks[0])) and (found := _written_date(match)):
        return found, [b for k, b in enumerate(blocks[1:]) if k > 0 or not UPDATED_PARAGRAPH.match(b)]
    if (match := DATELINE.match(blocks[0])) and (found := _written_date(match)):
        return found, blocks
    return None, blocks


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
    for part in parts:
        lines = part.split("\n")
        dated = [i for i, line in enumerate(lines) if DATE_PARAGRAPH.match(line.strip())]
        # A line that is only a date ("Published: 2024-06-14 09:30") is a block of its own even when no blank line
        # parts it from the headline above it or the text below: it is the publication line, not their words.
        for start, end in zip([0] + [i + 1 for i in dated], dated + [len(lines)]):
            blocks.append("\n".join(lines[start:end]))
            if end < len(lines):
                blocks.append(lines[end])
    return [b.strip() for b in blocks if b.strip()]


# Direct speech as Finnish and other European news write it, kept by translation: a paragraph opening with a dash,
# the words said, then a comma and a short clause of saying ("– This is a hybrid operation, Orpo said.").
DASH_SPEECH = re.compile(r"[–—]\s+\S")
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
# picture's caption or credit ("Advertisement", "READ MORE: …", "Image caption: …", "(Photo: Getty Images)").
CLUTTER = re.compile(
    r"^\(?(?:advertisement|advert|sponsored(?: content)?|skip advertisement"
    r"|story continues below(?: this)? advertisement|continue reading(?: the main story)?"
    r"|(?:read more|related|see also|more on this story|image caption|image source|photo(?:graph)?|picture|credit"
    r"|watch|listen)\s*:.*)\)?$",
    re.IGNORECASE,
)
CLUTTER_MAX_WORDS = 30
# A picture's caption: a short block that ends with its credit ("Workers leave the plant on Thursday. (Photo: Ann
# Lee)", "Crowds at the gates. Photograph: Tom Hill/Reuters"). What it says happens in the picture, not the story.
CAPTION = re.compile(
    r"(?:^|[.!?]\s+|\s)(?:\((?:photo(?:graph)?|picture|image|pic)s?(?:\s+by)?\s*:?\s*[^()\n]{1,80}\)"
    r"|(?:photo(?:graph)?|picture|image)\s*:\s*[^.!?\n]{1,80})$",
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


def body_paragraphs(blocks: list[str]) -> list[str]:
    """The paragraphs of an article's body blocks: the lines of a block joined by spaces (a paragraph hard-wrapped
    at 72 columns is one paragraph), each item of a list a paragraph of its own without its bullet (a number is
    kept: it may be a ranking), and web clutter, pictures' captions and subheadings between paragraphs left out."""
    paragraphs = []
    for k, block in enumerate(blocks):
        if 0 < k < len(blocks) - 1 and is_subheading(block.strip()):
            continue
        if CAPTION.search(block.strip()) and count_words(block) <= CLUTTER_MAX_WORDS or UPDATED_AGO.match(block):
            continue
        items: list[str] = []
        for line in block.split("\n"):
            line = line.strip()
            if not line:
                continue
            item = LIST_ITEM.match(line)
            if items and not item:
                items[-1] += " " + line
            else:
                # a bullet goes, but not a number (it may be a ranking) nor the dash of direct speech
                keep = not item or line[: item.end()][0].isdigit() or dash_speech(line) is not None
                items.append(line if keep else line[item.end() :])
        paragraphs += [i for i in items if not (CLUTTER.match(i) and count_words(i) <= CLUTTER_MAX_WORDS)]
    return paragraphs


def looks_like_headline(block: str, rest: list[str]) -> bool:
    """Whether a plain text's first block is a headline: one short line, more text after, and no closing punctuation
    (a closing quotation mark after a word is none: 'Passengers "terrified"'), or a publication line right after it."""
    if not rest or "\n" in block or not 0 < count_words(block) <= HEADLINE_MAX_WORDS:
        return False
    if DATE_PARAGRAPH.match(rest[0]):
        return True
    return not block.rstrip(CLOSING_MARKS).endswith(tuple(SENTENCE_END))


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
    if title is None and not match and blocks and looks_like_headline(blocks[0], blocks[1:]):
        title, blocks = blocks[0], blocks[1:]
    byline, blocks = byline_in_text(blocks)
    if pub_date is None and published is None:  # neither a date line nor the caller: the text's own dateline
        written, blocks = date_in_text(blocks)
        if isinstance(written, datetime):
            published, time_known = written, True
        elif written is not None:
            published = datetime(written.year, written.month, written.day)
    if not blocks and title is None:
        raise ArticleError(source, "empty article (no paragraphs)")
    blocks = body_paragraphs(blocks)
    paragraphs = ([Paragraph(0, title)] if title else []) + [Paragraph(i, b) for i, b in enumerate(blocks, start=1)]
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
    title = " ".join(clean_text(str(title)).split()) if title else None
    byline, blocks = byline_in_text(_blocks(body))
    blocks = body_paragraphs(blocks)
    paragraphs = ([Paragraph(0, title)] if title else []) + [Paragraph(i, b) for i, b in enumerate(blocks, start=1)]
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


def _assemble(source: str | Path, title: str | None, blocks: list[str], pub: date | datetime | None) -> Article:
    """An Article from a headline, body paragraphs and a publication date, or time when `pub` is a datetime."""
    title = " ".join(clean_text(title).split()) if title else None
    blocks = [b for b in map(clean_text, blocks) if b]
    byline, blocks = byline_in_text(blocks)
    if pub is None:  # the page gave no date: the text's own dateline, if any
        pub, blocks = date_in_text(blocks)
    blocks = body_paragraphs(blocks)
    paragraphs = ([Paragraph(0, title)] if title else []) + [Paragraph(i, b) for i, b in enumerate(blocks, start=1)]
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
