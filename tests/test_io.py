import os

import pandas as pd
import pytest

from newsframe.io import atomic_path, atomic_text, write_csv, write_text


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "out" / "table.csv"
    write_csv(path, pd.DataFrame({"a": [1, 2]}))
    for context in (atomic_text, atomic_path):
        with pytest.raises(RuntimeError), context(path) as target:
            (target.write if context is atomic_text else target.write_text)("half")
            raise RuntimeError("stopped half-way")
        assert path.read_text(encoding="utf-8") == "a\n1\n2\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["table.csv"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_written_files_get_the_usual_mode_not_the_temporary_ones(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    text = write_text(tmp_path / "notes.txt", "one\ntwo\r\n")
    assert text.read_bytes() == b"one\ntwo\r\n"  # newlines as written, on every system
    with atomic_path(tmp_path / "blob.bin") as target:
        target.write_bytes(b"\0")
    for path in (text, tmp_path / "blob.bin"):
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask
