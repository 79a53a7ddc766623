"""Writing outputs safely: every file is written to a temporary sibling, then renamed into place; a folder that one
run writes is locked against a second run at the same time."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # pandas is only annotated here: the notebook runner writes files without importing it
    import pandas as pd


def _file_mode() -> int:
    """The mode a new file gets from open(): read-write for all, less the process's umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


# A temporary file is created private (0600); it gets the usual mode before it takes the place of the output.
FILE_MODE = _file_mode()


@contextmanager
def _replacing(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (descriptor, name) of a new temporary file beside `path`, with the usual mode; on success rename it onto
    `path`, on error remove it. The caller closes the descriptor. An OSError that names no file, or the temporary
    one (a full disk, a file too large), is made to name `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, FILE_MODE)
        yield fd, tmp
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        if error.errno is not None and error.filename in (None, tmp):
            raise OSError(error.errno, error.strerror, str(path)) from error  # of the same subclass, by errno
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success rename it onto `path`, on error remove it."""
    with _replacing(Path(path)) as (fd, tmp):
        os.close(fd)
        yield Path(tmp)


@contextmanager
def atomic_text(path: Path | str) -> Iterator[TextIO]:
    """Yield a UTF-8 text file open for writing in place of `path` (newlines as written); on success it is closed
    and renamed onto `path`, on error removed. The same as atomic_path for a text, on one file opened once."""
    with _replacing(Path(path)) as (fd, _), open(fd, "w", encoding="utf-8", newline="") as handle:
        yield handle


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files that a killed run left in `folder` (never a finished file)."""
    for stale in Path(folder).glob(".*.tmp"):
        stale.unlink(missing_ok=True)


def write_text(path: Path | str, text: str) -> Path:
    """Write `text` as UTF-8 to `path` atomically; return the path."""
    with atomic_text(path) as handle:
        handle.write(text)
    return Path(path)


def write_json(path: Path | str, obj: Any) -> Path:
    """Write `obj` as indented UTF-8 JSON to `path` atomically; return the path."""
    return write_text(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def write_csv(path: Path | str, table: pd.DataFrame) -> Path:
    """Write `table` as UTF-8 CSV without the index to `path` atomically; return the path."""
    with atomic_text(path) as handle:
        table.to_csv(handle, index=False, lineterminator="\n")
    return Path(path)


class Busy(Exception):
    """Another process holds the lock of an output: `str(error)` says which, in one line."""


@contextmanager
def locked(lock_file: Path, what: str) -> Iterator[None]:
    """Hold the lock `lock_file` (created if missing) while the block runs; raise Busy at once, saying `what` is
    under way, when another process holds it. The system releases the lock when its holder ends, however it ends
    (kill -9 included), so a lock is never left stale."""
    from filelock import FileLock, Timeout

    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_file, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(f"{what} (it holds {lock_file}); try again when it has finished") from None
    try:
        yield
    finally:
        lock.release()
