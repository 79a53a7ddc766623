"""The data dictionary (docs/data-dictionary.md) names every column of every file the project writes, in the order
the file has them: the tables and figure CSVs shipped for the seed article and the seeds' corpus, article.json, the
manifest, and the column lists the code writes. A column added, renamed or dropped fails here until it is
documented; an entry for a file the project no longer writes fails too."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from newsframe import config, corpus, pipeline

DICTIONARY = config.PROJECT_ROOT / "docs" / "data-dictionary.md"
ARTICLE_ID = config.DEFAULT_ARTICLE.stem
# The shipped outputs (read from the repository, whatever NEWSFRAME_DATA_DIR says): the seed article and the corpus.
SHIPPED = [
    config.PROJECT_ROOT / top / folder for top in ("data", "figures") for folder in (ARTICLE_ID, corpus.CORPUS_FOLDER)
]
# An entry's heading names a file by its path, with `<article_id>` for the article's folder.
HEADING = re.compile(r"^### `(?P<path>[^`]+)`\s*$")
# A column: "- `name`: meaning" at the start of a line, the meaning not empty.
COLUMN = re.compile(r"^- `(?P<name>[^`]+)`: \S")
# Files the project writes that no shipped folder holds (git ignores them).
NOT_SHIPPED = {f"data/<article_id>/{corpus.MANIFEST}"}


def documented() -> dict[str, list[str]]:
    """Each entry of the dictionary (path -> its columns in order)."""
    entries: dict[str, list[str]] = {}
    current = None
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        if heading := HEADING.match(line):
            current = heading["path"]
            assert current not in entries, f"{current} has two entries"
            entries[current] = []
        elif line.startswith("#"):
            current = None
        elif current is not None and (column := COLUMN.match(line)):
            entries[current].append(column["name"])
    return entries


def entry_path(path: Path) -> str:
    """The dictionary's name for a shipped file: its path in the project, the article's folder as `<article_id>`."""
    parts = path.relative_to(config.PROJECT_ROOT).parts
    return "/".join("<article_id>" if part == ARTICLE_ID else part for part in parts)


def shipped_files() -> list[Path]:
    """Every table and figure CSV, and article.json, of the shipped outputs."""
    return sorted(p for folder in SHIPPED for p in folder.iterdir() if p.suffix in (".csv", ".json"))


def csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def test_the_shipped_outputs_are_there():
    names = {entry_path(p) for p in shipped_files()}
    assert "data/<article_id>/article.json" in names and "data/corpus/errors.csv" in names
    assert any(n.startswith("figures/<article_id>/") for n in names) and any(
        n.startswith("figures/corpus/") for n in names
    )


@pytest.mark.parametrize("path", shipped_files(), ids=entry_path)
def test_every_shipped_file_is_documented_column_by_column(path):
    entries = documented()
    name = entry_path(path)
    assert name in entries, f"docs/data-dictionary.md has no entry `{name}`"
    columns = list(json.loads(path.read_text(encoding="utf-8"))) if path.suffix == ".json" else csv_header(path)
    assert entries[name] == columns, f"{name}: documented {entries[name]}, written {columns}"


def test_every_entry_is_a_file_the_project_writes():
    stale = set(documented()) - {entry_path(p) for p in shipped_files()} - NOT_SHIPPED
    assert not stale, f"entries for files not written: {sorted(stale)}"


def test_the_tables_the_code_writes_are_documented():
    """The column lists in the code: every table of an article and every corpus table, shipped with rows or not."""
    entries = documented()
    for name, columns in pipeline.TABLE_SCHEMA.items():
        assert entries.get(f"data/<article_id>/{name}.csv") == list(columns), name
    for name, columns in corpus.CORPUS_COLUMNS.items():
        assert entries.get(f"data/corpus/{name}.csv") == columns, name


def test_the_manifest_is_documented(seed_analysis, tmp_path):
    job = corpus.Job(seed_analysis.article, tmp_path / ARTICLE_ID, "key")
    result = corpus._write_outputs(job, seed_analysis)
    assert "error" not in result, result
    manifest = json.loads((job.folder / corpus.MANIFEST).read_text(encoding="utf-8"))
    assert documented()[f"data/<article_id>/{corpus.MANIFEST}"] == list(manifest)
    written = {p.name for p in job.folder.iterdir() if p.name != corpus.MANIFEST}
    assert set(manifest["files"]) == written
