"""The command line: outputs, exit codes, one-line errors, nothing lost."""

import json
import subprocess
import sys

import pandas as pd

from newsframe import config


def run_cli(*args, cwd=None):
    """Run `python -m newsframe` and return the completed process."""
    return subprocess.run([sys.executable, "-m", "newsframe", *args], capture_output=True, text=True, cwd=cwd)


def test_analyze_writes_the_tables(tmp_path):
    result = run_cli("analyze", str(config.DEFAULT_ARTICLE), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "000_3c2c9fd14757d351"
    meta = json.loads((folder / "article.json").read_text())
    assert meta["published"] == "2022-12-19T17:51" and meta["paragraphs"] == 17
    paragraphs = pd.read_csv(folder / "paragraphs.csv")
    assert len(paragraphs) == 18 and paragraphs["paragraph"].iloc[0] == 0
    assert len(pd.read_csv(folder / "sentences.csv")) >= 18


def test_one_bad_file_among_good_ones(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("date 2020-01-02 Headline\n\nThe mayor spoke on Friday.", encoding="utf-8")
    (inputs / "bad.txt").write_bytes(b"\x7fELF\x02\x01\x00\x00bad")  # (a byte-order mark would announce UTF-16 text)
    result = run_cli("analyze", str(inputs), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "bad.txt" in errors[0] and "binary" in errors[0]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "out" / "good" / "sentences.csv").exists()


def test_failure_does_not_destroy_earlier_results(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("date 2020-01-02 Headline\n\nThe mayor spoke on Friday.", encoding="utf-8")
    assert run_cli("analyze", str(article), "--out", str(tmp_path / "out")).returncode == 0
    before = (tmp_path / "out" / "story" / "paragraphs.csv").read_bytes()
    article.write_text("", encoding="utf-8")
    result = run_cli("analyze", str(article), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "empty article" in result.stderr
    assert (tmp_path / "out" / "story" / "paragraphs.csv").read_bytes() == before
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("analyze", "--out", str(tmp_path)).returncode == 2
    result = run_cli("analyze", str(config.DEFAULT_ARTICLE), "--out", str(tmp_path), "--date", "2022/12/19")
    assert result.returncode == 2 and "malformed date" in result.stderr and "Traceback" not in result.stderr


def test_missing_input_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_cli("analyze", str(tmp_path / "missing.txt"), str(tmp_path / "empty"), "--out", str(tmp_path / "o"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert any("missing.txt: no such file" in line for line in lines)
    assert any("empty: folder has no articles" in line for line in lines)


def test_ids_cannot_escape_out_and_do_not_collide(tmp_path):
    inputs = tmp_path / "a"
    inputs.mkdir()
    (inputs / "Story.txt").write_text("One text.", encoding="utf-8")
    other = tmp_path / "b"
    other.mkdir()
    (other / "story.txt").write_text("Another text.", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("analyze", str(inputs), str(other), "--out", str(out)).returncode == 0
    folders = sorted(p.name for p in out.iterdir() if p.name != "corpus")
    assert folders == ["Story", "story-2"]
