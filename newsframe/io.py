"""Writing outputs safely: every file is written to a temporary sibling, then renamed into place."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:  # pandas is only annotated here: the notebook runner writes files without importing it
    import pandas as pd


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success rename it onto `path`, on error remove it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files that a killed run left in `folder` (never a finished file)."""
    for stale in Path(folder).glob(".*.tmp"):
        stale.unlink(missing_ok=True)


def write_text(path: Path | str, text: str) -> Path:
    """Write `text` as UTF-8 to `path` atomically; return the path."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def write_json(path: Path | str, obj: Any) -> Path:
    """Write `obj` as indented UTF-8 JSON to `path` atomically; return the path."""
    return write_text(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def write_csv(path: Path | str, table: pd.DataFrame) -> Path:
    """Write `table` as UTF-8 CSV without the index to `path` atomically; return the path."""
    with atomic_path(path) as tmp:
        table.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    return Path(path)
