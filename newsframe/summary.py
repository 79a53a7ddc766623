"""The article in words: the page head, the key numbers and the summary sentences of notebook 05, each computed
from the tables of `pipeline.analyze`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pandas as pd

from . import config
from .corpus import article_tone
from .entities import ENTITY_KINDS, top_entities
from .sentiment import BENCHMARK, TONES

# Entity types counted as people, places and organisations in the key numbers (FAC: buildings, airports, bridges).
KIND_TYPES = {"people": ("PERSON",), "places": ("GPE", "LOC", "FAC"), "organisations": ("ORG",)}
# The overall tone when two or three tones are equally common among the paragraphs.
MIXED_TONE = "mixed"
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
    title = f"## {article.title}" if article.title else "## (no headline: the article starts with its first paragraph)"
    published = (
        moment_name(article.published, article.time_known)
        or "unknown (relative dates such as “Monday” stay unresolved)"
    )
    lines = [title, "", f"**Published** {published}"]
    if article.updated:
        lines[-1] += f" · **updated** {moment_name(article.updated)}"
    lines[-1] += f"  \n**Source** `{source_label(article)}` · **article id** `{article.id}`"
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ the key numbers
def entity_kind_counts(entities: pd.DataFrame) -> dict[str, int]:
    """Distinct people, places and organisations in an entities table (columns entity, entity_type): kind -> count."""
    return {kind: int(entities["entity_type"].isin(types).sum()) for kind, types in KIND_TYPES.items()}


def overall_tone(tables: dict[str, pd.DataFrame]) -> dict:
    """The article's tone: word-weighted mean polarity, subjectivity and VADER, the most common paragraph tone
    (`tone`), the count of paragraphs by tone, and the combined label's measured accuracy and macro-F1 (from
    `sentiment.BENCHMARK`)."""
    paragraph_sentiment = tables["paragraph_sentiment"]
    overall = article_tone(paragraph_sentiment, tables.get("paragraphs")) if len(paragraph_sentiment) else {"tone": ""}
    overall["counts"] = {tone: int((paragraph_sentiment["tone"] == tone).sum()) for tone in TONES}
    leaders = [tone for tone, k in overall["counts"].items() if k and k == max(overall["counts"].values())]
    if len(leaders) > 1:  # no single most common tone: say so rather than pick one alphabetically
        overall["tone"] = f"{MIXED_TONE} ({' and '.join(leaders)} tied)"
    overall["paragraphs"] = len(paragraph_sentiment)
    overall.update({f"benchmark_{k}": v for k, v in BENCHMARK["tone"].items()})
    return overall


def period_name(start: str, end: str | None = None) -> str:
    """A calendar period in words at its own precision: '19 December 2022', 'June 2019', '2019', or 'a to b'."""
    first = date.fromisoformat(start[:10])
    last = date.fromisoformat((end or start)[:10])
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        if first.month == 1 and last.month == 12 and first.year == last.year:
            return str(first.year)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first:%B %Y}"
    return f"{period_name(start)} to {period_name(end)}"


def date_range(timeline: pd.DataFrame) -> dict:
    """The calendar span the article's dated expressions cover: first and last (the earliest-starting and the
    latest-ending expression, each as (date, date_end) ISO strings, or None), and the counts dated and vague."""
    dated = timeline[timeline["date"].fillna("").astype(str) != ""]
    rows = [(d, e or d) for d, e in zip(dated["date"].astype(str), dated["date_end"].fillna("").astype(str))]
    return {
        "first": min(rows) if rows else None,
        "last": max(rows, key=lambda r: (r[1], r[0])) if rows else None,
        "dated": len(rows),
        "vague": int((timeline["anchor"] == "vague").sum()) if "anchor" in timeline else 0,
    }


def range_name(span: dict) -> str | None:
    """The date range in words ('June 2019 to 19 December 2022'), one period when first and last are the same."""
    if not span["first"]:
        return None
    if span["first"] == span["last"]:
        return period_name(*span["first"])
    return f"{period_name(*span['first'])} to {period_name(*span['last'])}"


def _rounded(value: float | None, digits: int = 3) -> float | None:
    """A score rounded for reading, or None when there is none."""
    return None if value is None else round(float(value), digits)


def key_numbers(article, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The page's key numbers as rows of (measure, value): paragraphs, words, people / places / organisations named,
    overall tone, the date range covered, and how many expressions were dated or left vague."""
    kinds = entity_kind_counts(tables["entities"])
    overall = overall_tone(tables)
    span = date_range(tables["timeline"])
    rows = [
        ("paragraphs (headline not counted)", len(article.body)),
        ("words (headline included)", article.words),
        ("people named", kinds["people"]),
        ("places named", kinds["places"]),
        ("organisations named", kinds["organisations"]),
        ("overall tone (most common paragraph label)", overall["tone"] or "no text to score"),
        ("mean polarity, weighted by words (−1 … +1)", _rounded(overall.get("polarity"))),
        ("mean VADER compound, weighted by words (−1 … +1)", _rounded(overall.get("vader"))),
        ("dates covered", range_name(span) or "no datable expression"),
        ("expressions placed on the calendar", span["dated"]),
        ("vague time references (“recently”)", span["vague"]),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"])


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


def entity_sentence(entity: str, kind: str, mentions: pd.DataFrame) -> str:
    """One sentence on where an entity is named: how often, in how many paragraphs, and where most often."""
    rows = mentions[mentions["entity"] == entity]
    per_paragraph = rows.groupby("paragraph").size()
    total, spread = int(per_paragraph.sum()), len(per_paragraph)
    text = f"{entity} ({kind}) is named {_times(total)}"
    if spread > 1:
        first, last = (paragraph_name(int(n)) for n in (per_paragraph.index.min(), per_paragraph.index.max()))
        text += f" in {spread} paragraphs, from {first} to {last}"
        top = int(per_paragraph.max())
        if top > 1:
            busiest = sorted(int(p) for p in per_paragraph.index[per_paragraph == top])
            text += f", most often in {_series(busiest)} ({_times(top)}{' each' if len(busiest) > 1 else ''})"
    elif spread == 1:
        text += f", all in {paragraph_name(int(per_paragraph.index[0]))}"
    return text + "."


def summary_sentences(article, tables: dict[str, pd.DataFrame]) -> list[str]:
    """The summary as a list of plain sentences built from the tables: size, main actors, tone, dates."""
    out = [
        f"The article has {len(article.body)} paragraph{'s' if len(article.body) != 1 else ''} and {article.words} "
        f"words"
        + (
            f" and was published on {moment_name(article.published, article.time_known)}."
            if article.published
            else "; its publication date is unknown, so relative dates such as “Monday” cannot be placed."
        )
    ]
    if not article.title:
        out.append("It has no headline.")
    main = top_entities(tables["entities"], SUMMARY_ENTITIES)
    if main.empty:
        out.append("It names no person, place or organisation that the model recognised.")
    for r in main.itertuples():
        out.append(entity_sentence(r.entity, ENTITY_KINDS[r.entity_type], tables["mentions"]))
    out.append(tone_sentence(tables))
    out.append(dates_sentence(tables["timeline"], article.published is not None))
    return out


def tone_sentence(tables: dict[str, pd.DataFrame]) -> str:
    """The overall tone in words, with how many paragraphs carry each label and how reliable the label is."""
    overall = overall_tone(tables)
    if not overall["paragraphs"]:
        return "There is no text to score for tone."
    counts = overall["counts"]
    spread = ", ".join(f"{counts[k]} {k}" for k in ("negative", "neutral", "positive"))
    headline = " (headline included)" if (tables["paragraph_sentiment"]["paragraph"] == 0).any() else ""
    return (
        f"Its overall tone reads {overall['tone']}: of its {overall['paragraphs']} paragraphs{headline} "
        f"{spread}; word-weighted polarity {overall['polarity']:+.2f} and VADER {overall['vader']:+.2f}. "
        f"Treat this as a rough guide: on human-labelled news sentences the label is right about "
        f"{overall['benchmark_accuracy']:.0%} of the time (macro-F1 {overall['benchmark_macro_f1']:.2f}; chance is "
        f"33%)."
    )


def dates_sentence(timeline: pd.DataFrame, published_known: bool = True) -> str:
    """The span of dates the article refers to, or why there is none."""
    span = date_range(timeline)
    vague = (
        f" {span['vague']} vague reference{'s' if span['vague'] != 1 else ''} (“recently”, “earlier”) stay off the "
        f"calendar."
        if span["vague"]
        else ""
    )
    if not span["first"]:
        why = "" if published_known else " (without a publication date, “Monday” or “last year” cannot be resolved)"
        return f"No expression in it could be placed on the calendar{why}." + vague
    if span["first"] == span["last"]:
        return (
            f"Its {span['dated']} dated expression{'s' if span['dated'] != 1 else ''} all refer to {range_name(span)}."
            + vague
        )
    return f"Its {span['dated']} dated expressions span {range_name(span)}." + vague


def summary_markdown(article, tables: dict[str, pd.DataFrame]) -> str:
    """The summary as one Markdown paragraph."""
    return " ".join(summary_sentences(article, tables))
