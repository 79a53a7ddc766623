"""Every path the project reads or writes, in one place.

Environment variables override the output locations so tests and batch runs can write elsewhere:
NEWSFRAME_DATA_DIR, NEWSFRAME_FIGURES_DIR, NEWSFRAME_REPORTS_DIR, NEWSFRAME_CACHE_DIR, NEWSFRAME_DEV_DATA.
NEWSFRAME_FIGURE_FORMATS picks the files each figure is saved as (default `png,svg`; add `pdf` for LaTeX).
NEWSFRAME_MAX_ARTICLE_MB raises (or lowers) the size limit of one article (default 5 MB).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _dir(env: str, default: Path) -> Path:
    """A folder from environment variable `env`, else `default`."""
    value = os.environ.get(env)
    return Path(value).expanduser().resolve() if value else default


SEEDS_DIR = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
DATA_DIR = _dir("NEWSFRAME_DATA_DIR", PROJECT_ROOT / "data")
FIGURES_DIR = _dir("NEWSFRAME_FIGURES_DIR", PROJECT_ROOT / "figures")
REPORTS_DIR = _dir("NEWSFRAME_REPORTS_DIR", PROJECT_ROOT / "reports")
CACHE_DIR = _dir("NEWSFRAME_CACHE_DIR", PROJECT_ROOT / ".cache")
# Public annotated news used only by tests and benchmarks (skipped when absent); never copied into the project.
DEV_DATA_DIR = _dir("NEWSFRAME_DEV_DATA", PROJECT_ROOT.parent / "shared" / "dev-data")

DEFAULT_ARTICLE = SEEDS_DIR / "000_3c2c9fd14757d351.txt"


def display_path(path: str | Path) -> str:
    """A path as tables and notebooks show it: relative to the project when it lies inside it (so the same on
    every machine), else as given; a JSON Lines line suffix (`file.jsonl:3`) is kept."""
    text = str(path)
    base, colon, line = text.rpartition(":")
    if not (colon and line.isdigit() and base):
        base, line = text, ""
    try:
        shown = Path(base).resolve().relative_to(PROJECT_ROOT).as_posix()
    except (ValueError, OSError):
        return text
    return f"{shown}:{line}" if line else shown


def data_dir(article_id: str) -> Path:
    """The folder of one article's tables: data/<article_id>/."""
    return DATA_DIR / article_id


def figures_dir(article_id: str) -> Path:
    """The folder of one article's figures: figures/<article_id>/."""
    return FIGURES_DIR / article_id


# The formats a figure can be saved in; PNG for reading and SVG for reports by default. PDF costs about twice the
# other two together (fonts are embedded), so it is written only when asked for.
FIGURE_FORMATS = ("png", "svg", "pdf")
DEFAULT_FIGURE_FORMATS = ("png", "svg")


def figure_formats() -> tuple[str, ...]:
    """The formats every figure is saved in: NEWSFRAME_FIGURE_FORMATS (comma-separated), else png and svg."""
    value = os.environ.get("NEWSFRAME_FIGURE_FORMATS", "")
    wanted = tuple(dict.fromkeys(f.strip().lower().lstrip(".") for f in value.split(",") if f.strip()))
    unknown = [f for f in wanted if f not in FIGURE_FORMATS]
    if unknown:
        raise ValueError(
            f"NEWSFRAME_FIGURE_FORMATS: unknown format {', '.join(unknown)} (choose from {', '.join(FIGURE_FORMATS)})"
        )
    return wanted or DEFAULT_FIGURE_FORMATS


# The largest article analyzed, in megabytes (10**6 bytes) of its file, or of its text in a JSON Lines record. A
# long news feature is some 100 KB; 5 MB is a book, and takes a worker about 3 GB of memory and 6 minutes
# (measured: 1 MB in 80 s at 850 MB). Larger input is refused with a one-line error rather than stall a worker.
DEFAULT_MAX_ARTICLE_MB = 5.0


def max_article_bytes() -> int:
    """The size limit of one article in bytes: NEWSFRAME_MAX_ARTICLE_MB megabytes, else DEFAULT_MAX_ARTICLE_MB."""
    value = os.environ.get("NEWSFRAME_MAX_ARTICLE_MB", "").strip()
    try:
        megabytes = float(value) if value else DEFAULT_MAX_ARTICLE_MB
    except ValueError:
        raise ValueError(f"NEWSFRAME_MAX_ARTICLE_MB: {value!r} is not a number of megabytes") from None
    if not megabytes > 0:
        raise ValueError(f"NEWSFRAME_MAX_ARTICLE_MB: {value!r} is not a number of megabytes above 0")
    return int(megabytes * 1_000_000)
