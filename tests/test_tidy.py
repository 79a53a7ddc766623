"""Running the project leaves the repository tidy and says what it did: outputs for articles other than the seeds go
where .gitignore covers them, and `analyze` ends with one line saying what it wrote."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsframe import cli, config
from newsframe.article import load_article

ROOT = config.PROJECT_ROOT
STORY = """Dockworkers walk out at Port of Halden as pay talks collapse

Published: 2024-03-12 09:30

HALDEN - Dockworkers at the Port of Halden walked off the job on Monday after talks with the port authority broke \
down over pay, union leader Maria Jensen said.

"We have waited three years for an offer that keeps up with prices," Jensen told reporters on Tuesday.

The Halden Port Authority said its offer of a 4 percent raise was fair and that it hoped to resume talks next week.
"""


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)


def in_git_work_tree() -> bool:
    try:
        return git("rev-parse", "--is-inside-work-tree").stdout.strip() == "true"
    except OSError:
        return False


needs_git = pytest.mark.skipif(not in_git_work_tree(), reason="the project is not a git work tree (or git is missing)")


def ignored(path: str) -> bool:
    """Whether .gitignore's rules ignore `path` (relative to the project), tracked or not."""
    return git("check-ignore", "--quiet", "--no-index", path).returncode == 0


@needs_git
def test_outputs_of_another_article_are_ignored_and_those_of_the_seeds_are_not():
    for folder in ("data", "figures", "reports"):
        assert ignored(f"{folder}/harbour-strike/sentiment.csv"), f"{folder}/ of another article"
    assert ignored("figures/corpus-out/07-tone-over-time.png"), "figures of a corpus of one's own"
    seed_id = config.DEFAULT_ARTICLE.stem
    for folder in ("data", "figures", "reports"):  # another text named like the shipped article gets an id of its own
        assert ignored(f"{folder}/{seed_id}-1a2b3c4d/paragraphs.csv"), f"{folder}/ of another {seed_id}.txt"
    assert ignored("data/corpus/.newsframe.lock"), "the lock of a run of analyze into data/"
    for folder in ("data", "figures"):
        assert not ignored(f"{folder}/corpus/new-table.csv"), f"the seeds' corpus outputs in {folder}/corpus/"
        for seed in sorted(config.SEEDS_DIR.iterdir()):
            article_id = load_article(seed).id
            assert not ignored(f"{folder}/{article_id}/new-table.csv"), f"{seed.name}: list it in .gitignore"
    assert not ignored("notebooks/01-load-article.ipynb")


@needs_git
@pytest.mark.notebook
def test_make_run_on_another_article_leaves_git_status_unchanged(tmp_path):
    article = tmp_path / f"harbour-strike-{os.getpid()}.txt"
    article.write_text(STORY, encoding="utf-8")
    article_id = load_article(article).id
    written = [ROOT / folder / article_id for folder in ("data", "figures", "reports")]
    before = git("status", "--porcelain", "--untracked-files=all").stdout
    # The Makefile's own command, on this interpreter's environment, without reinstalling it.
    prefix = Path(sys.prefix)
    make = ["make", "-C", str(ROOT), "-o", str(prefix / ".installed"), "run", f"ARTICLE={article}", f"VENV={prefix}"]
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS")}
    try:
        done = subprocess.run(make, capture_output=True, text=True, env=env, timeout=900)
        assert done.returncode == 0, done.stderr[-3000:]
        assert all(folder.is_dir() and any(folder.iterdir()) for folder in written), "outputs went elsewhere"
        assert git("status", "--porcelain", "--untracked-files=all").stdout == before
    finally:
        for folder in written:
            shutil.rmtree(folder, ignore_errors=True)


def summary_line(capsys) -> tuple[str, str]:
    """The last line `analyze` printed on stdout, and its stderr."""
    captured = capsys.readouterr()
    return captured.out.strip().splitlines()[-1], captured.err


def test_analyze_ends_with_one_line_saying_what_it_wrote(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "strike.txt").write_text(STORY, encoding="utf-8")
    (folder / "short.txt").write_text("Storm hits coast\n\nA storm hit the coast on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "out"

    assert cli.main(["analyze", str(folder), "--out", str(out), "--workers", "1", "--date", "2024-03-12"]) == 0
    line, err = summary_line(capsys)
    corpus_tables = len(list((out / "corpus").glob("*.csv")))
    tables = len(list(out.glob("*/*.csv"))) - corpus_tables
    assert tables >= 10 and corpus_tables >= 4
    assert line == f"wrote 2 articles ({tables} tables) and {corpus_tables} corpus tables to {out}{os.sep}; 0 failed"
    assert err == ""

    (folder / "empty.txt").write_text("", encoding="utf-8")
    assert cli.main(["analyze", str(folder), "--out", str(out), "--workers", "1", "--date", "2024-03-12"]) == 1
    line, err = summary_line(capsys)
    wrote = f"wrote 0 articles (0 tables) and {corpus_tables} corpus tables to {out}{os.sep}"
    assert line == f"{wrote}; 2 already current; 1 failed"
    assert err.count("\n") == 1 and "empty.txt" in err


def test_analyze_prints_no_summary_when_it_cannot_write(tmp_path, capsys, write):
    story = write("story.txt", STORY)
    blocker = write("taken", "a file where the output folder should be")
    assert cli.main(["analyze", str(story), "--out", str(blocker), "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("error: ")
