"""Every kind of messy input driven through the command line: exit code, one-line message, nothing lost."""

import json

import pandas as pd
import pytest

from newsframe import cli

TABLES = (
    "paragraphs",
    "sentences",
    "mentions",
    "entities",
    "paragraph_sentiment",
    "sentence_sentiment",
    "entity_sentiment",
    "timeline",
    "repairs",
)

GOOD = {
    "crlf.txt": b"date 2021-05-04 Title here\r\n\r\nThe mayor of Leeds spoke on Monday.\r\n\r\nShe left.\r\n",
    "bom.txt": "\ufeffdate 2021-05-04 Title\n\nPolice in Ohio arrested two men on Friday.".encode(),
    "spaces.txt": "The\u00a0mayor\tof Leeds\u200b spoke on Monday.\n\nShe left on Tuesday.".encode(),
    "story.md": b"# Council votes\n\nThe **council** in [Leeds](https://example.org) voted on *Tuesday*.\n",
    "page.html": (
        b"<html><head><title>Fire in Leeds</title></head><body><nav>Home | News</nav><article><h1>Fire in Leeds</h1>"
        b"<p>A fire broke out in a warehouse in Leeds on Sunday evening, the fire service said.</p>"
        b"<p>Nobody was hurt, officials said on Monday, and the cause is not yet known.</p></article>"
        b"<footer>Copyright. All rights reserved.</footer></body></html>"
    ),
    "noentities.txt": b"date 2020-01-01 Quiet day\n\nit rained and then it stopped. nothing else happened.",
    "nodates.txt": b"date 2020-01-01 Bridge\n\nMayor Ann Lee of Springfield opened the bridge.",
    "quotes.txt": "date 2020-01-01 Words\n\n“We will win.”\n\n“They will lose,” he said.".encode(),
}
FOREIGN = (
    "Venäjän presidentti Vladimir Putin saapui maanantaina työvierailulle Minskiin. Putin ja Valko-Venäjän "
    "itsevaltainen johtaja Aleksandr Lukašenka pitivät yhteisen tiedotustilaisuuden alkuillasta maanantaina."
)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Analyze every good input once in one folder; return (exit code, stderr, out folder)."""
    import contextlib
    import io

    root = tmp_path_factory.mktemp("messy")
    inputs = root / "in"
    inputs.mkdir()
    for name, content in GOOD.items():
        (inputs / name).write_bytes(content)
    (inputs / "foreign.txt").write_text(FOREIGN, encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main(["analyze", str(inputs), "--out", str(root / "out"), "--workers", "1", "--date", "2022-02-02"])
    return code, err.getvalue(), root / "out"


@pytest.mark.parametrize("name", sorted(GOOD) + ["foreign.txt"])
def test_messy_but_readable_input_gives_every_table(run, name):
    code, _, out = run
    assert code == 0
    folder = out / name.rsplit(".", 1)[0]
    for table in TABLES:
        pd.read_csv(folder / f"{table}.csv")  # present and complete, with a header even when empty
    assert json.loads((folder / "article.json").read_text())["paragraphs"] >= 1


def test_other_language_is_processed_with_a_warning(run):
    _, err, out = run
    warnings = [line for line in err.splitlines() if "foreign.txt" in line]
    assert len(warnings) == 1 and warnings[0].startswith("warning:") and "English" in warnings[0]
    assert (out / "foreign" / "entities.csv").exists()


def test_cases_read_right(run):
    _, _, out = run
    assert pd.read_csv(out / "noentities" / "entities.csv").empty
    assert pd.read_csv(out / "nodates" / "timeline.csv").empty
    quoted = pd.read_csv(out / "quotes" / "sentence_sentiment.csv")
    assert quoted[quoted.paragraph > 0]["quoted"].all()
    page = pd.read_csv(out / "page" / "paragraphs.csv")
    assert not page["text"].str.contains("Copyright|Home").any()
    spaces = pd.read_csv(out / "spaces" / "paragraphs.csv")
    assert spaces["text"][0] == "The mayor of Leeds spoke on Monday."
    timeline = pd.read_csv(out / "crlf" / "timeline.csv")
    assert timeline["value"].tolist() == ["2021-05-03"]  # the Monday before Tuesday 4 May


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "empty article"),
        ("binary.txt", b"\x00\x01\x02", "binary file"),
        ("latin1.txt", "Caf\xe9".encode("latin-1"), "not UTF-8"),
        ("baddate.txt", b"date 2022-02-30 Headline\n\nText.", "malformed date"),
        ("bad.jsonl", b'{"text": "fine", "date": "yesterday"}\n', "malformed date"),
        (
            "nothing.html",
            b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
            "no article text",
        ),
        (
            "menu.html",
            b"<html><head><title>News</title></head><body><nav><a href='/'>Home</a></nav><p>Home</p></body></html>",
            "no article text",
        ),
    ],
)
def test_bad_input_one_line_exit_1_earlier_output_kept(tmp_path, capsys, name, content, problem):
    good = tmp_path / "good.txt"
    good.write_text("date 2020-01-01 Fine\n\nThe mayor spoke.", encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["analyze", str(good), "--out", str(out), "--workers", "1"]) == 0
    before = (out / "good" / "sentences.csv").read_bytes()
    bad = tmp_path / name
    bad.write_bytes(content)
    capsys.readouterr()
    assert cli.main(["analyze", str(bad), str(good), "--out", str(out), "--workers", "1"]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and name in errors[0] and problem in errors[0]
    assert (out / "good" / "sentences.csv").read_bytes() == before
    assert pd.read_csv(out / "corpus" / "errors.csv")["error"].str.contains(problem).all()


def test_hostile_ids_stay_inside_out(tmp_path):
    records = [
        {"id": "../../escape", "text": "One."},
        {"id": "/etc/passwd", "text": "Two."},
        {"id": "CON", "text": "Three."},
        {"id": "x" * 400, "text": "Four."},
        {"id": "Same", "text": "Five."},
        {"id": "same", "text": "Six."},
    ]
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["analyze", str(path), "--out", str(out), "--workers", "1"]) == 0
    folders = [p for p in out.iterdir() if p.name != "corpus"]
    assert len(folders) == 6 and all(p.parent == out and len(p.name) <= 100 for p in folders)
    assert len({p.name.casefold() for p in folders}) == 6
    assert not (tmp_path / "escape").exists() and "CON" not in [p.name for p in folders]
