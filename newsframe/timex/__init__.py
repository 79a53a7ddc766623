"""Temporal expressions in English news: find them and normalise them to TimeML TIMEX3 type and value.

`extract(text, dct, doc)` returns Candidates (start, end, text, type, value, rule, anchor) in text order, with
relative expressions resolved against the document creation time `dct` (the publication date), never today.
"""

from __future__ import annotations

from datetime import datetime

from .extract import extract, last_reference, verb_tense
from .grammar import Candidate, duration_value

__all__ = ["Candidate", "dct_from_value", "duration_value", "extract", "last_reference", "verb_tense"]


def dct_from_value(value: str) -> datetime | None:
    """A TIMEX3 creation-time value ('1998-02-06', '1998-02-06T22:29:00', '19980206') -> datetime, else None."""
    value = value.strip()
    for fmt, size in (("%Y-%m-%dT%H:%M:%S", 19), ("%Y-%m-%dT%H:%M", 16), ("%Y-%m-%d", 10), ("%Y%m%d", 8)):
        try:
            return datetime.strptime(value[:size], fmt)
        except ValueError:
            continue
    return None
