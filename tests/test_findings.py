"""The sentence under each question of the notebooks (newsframe.findings): every notebook question has one, and each
says what the tables hold, on the shipped article and the test articles, in singular and plural, with ties named
together and empty tables said to be empty."""

from __future__ import annotations

import html
import re
from datetime import date, datetime

import jupytext
import markdown_it
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from sample_articles import ARTICLES

from newsframe import charts, compare, findings, notebooks, sentiment, speakers, summary
from newsframe.article import count_words
from newsframe.sentiment import TEXTBLOB_THRESHOLDS, TONES, VADER_THRESHOLDS, threshold_tone

ARTICLE_NAMES = ["seed", *ARTICLES]


def answers(analysis) -> dict[str, str]:
    """Every per-article answer of notebooks 01–06 for one analysis, plain (not escaped): function name -> sentence."""
    a, t = analysis.article, analysis.tables
    fig, data = charts.plot_report(a, t)
    plt.close(fig)
    calls = {
        "what_and_when": (a,),
        "paragraph_contents": (t["paragraphs"],),
        "sentence_split": (t["sentences"], t["paragraphs"]),
        "paragraph_lengths": (t["paragraphs"],),
        "names_found": (t["mentions"], t["entities"], t["paragraphs"]),
        "most_named": (t["entities"], t["paragraphs"]),
        "where_named": (t["mentions"], t["entities"], t["paragraphs"]),
        "repairs_made": (t["repairs"],),
        "tone_of_article": (t["paragraph_sentiment"], t["paragraphs"], t["sentence_sentiment"]),
        "paragraph_tones": (t["paragraph_sentiment"],),
        "lexicon_agreement": (t["paragraph_sentiment"],),
        "strongest_sentences": (t["sentence_sentiment"],),
        "entity_tone": (t["entity_sentiment"],),
        "quoted_vs_reporter": (t["sentence_sentiment"],),
        "reference_moment": (a, t["timeline"]),
        "expressions_found": (t["timeline"],),
        "anchor_counts": (t["timeline"],),
        "events_in_time": (t["timeline"], a.published),
        "who_is_quoted": (t["quotes"], t["entities"]),
        "what_was_said": (t["quotes"],),
        "direct_or_reported": (t["quotes"],),
        "words_per_speaker": (t["quotes"], t["entities"]),
        "tone_of_speakers": (t["quotes"], t["entities"]),
        "never_heard": (t["quotes"], t["entities"]),
        "in_numbers": (a, t),
        "report_page": (data, t),
    }
    return {name: getattr(findings, name).__wrapped__(*args) for name, args in calls.items()}


@pytest.fixture(scope="module")
def every_answer(sample):
    """name -> that article's answers, for the shipped article and every test article."""
    return {name: answers(sample(name)) for name in ARTICLE_NAMES}


# --- every question of every notebook is answered in words --------------------------------------------------------
def sections(source) -> list[tuple[str, list]]:
    """(question heading, the cells under it up to the next heading) of a notebook's py:percent source."""
    out = []
    for cell in jupytext.read(source).cells:
        first = cell.source.lstrip().splitlines()[0] if cell.source.strip() else ""
        if cell.cell_type == "markdown" and first.startswith("## "):
            out.append((first[3:], []))
        elif out:
            out[-1][1].append(cell)
    return out


@pytest.mark.parametrize("source", notebooks.notebook_sources(), ids=lambda p: p.stem)
def test_every_question_of_every_notebook_is_answered_by_one_sentence_computed_by_the_package(source):
    questions = [(q, cells) for q, cells in sections(source) if "?" in q]
    assert questions, f"{source.name} asks nothing"
    for question, cells in questions:
        code = [c.source.strip() for c in cells if c.cell_type == "code"]
        said = [c for c in code if c.startswith("Markdown(")]
        assert len(said) == 1, f"{source.name}: “{question}” has {len(said)} answers in words"
        assert "\n" not in said[0] and re.fullmatch(r"Markdown\([a-z_]+\.[a-z_]+\(.*\)\)", said[0]), said[0]
        assert said[0] == code[0] or question.startswith("What do the charts"), f"{question}: answer it first"


# --- Markdown ------------------------------------------------------------------------------------------------------
def test_article_text_is_shown_as_written_never_read_as_markdown_or_html():
    text = "A_B *not bold* [link](x) <b>tag</b> & $5 and $6 | pipe # hash `code` ~~gone~~ back\\slash"
    escaped = findings.markdown_text(text)
    rendered = markdown_it.MarkdownIt().render(escaped)  # CommonMark, as Jupyter's renderer reads it
    assert rendered.startswith("<p>") and rendered.count("<") == 2  # one paragraph, no element of the text's own
    assert html.unescape(rendered.removeprefix("<p>").removesuffix("</p>\n")) == text
    assert "\\$5" in escaped and "\\~\\~" in escaped  # no TeX maths, no strike-through in Jupyter either


def test_every_answer_is_escaped_markdown_of_its_plain_sentence(seed_analysis):
    tables = seed_analysis.tables
    odd = tables["quotes"].assign(speaker="*Star* [Press]_Agency", text="“a <b>bold</b> $5 claim, said in full”")
    answer = findings.who_is_quoted(odd, tables["entities"])
    assert answer == findings.markdown_text(findings.who_is_quoted.__wrapped__(odd, tables["entities"]))
    assert r"\*Star\* \[Press\]\_Agency" in answer


# --- per article, against the tables --------------------------------------------------------------------------------
NOUNS = {
    "paragraph": "paragraphs",
    "word": "words",
    "sentence": "sentences",
    "name": "names",
    "statement": "statements",
    "source": "sources",
    "expression": "expressions",
    "change": "changes",
    "article": "articles",
}


def _unquoted(text: str) -> str:
    """`text` with quoted passages blanked, so that only the answer's own words are checked."""
    return re.sub(r"“[^”]*”", "“…”", text)


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_answers_count_in_singular_and_plural_as_the_numbers_ask(name, every_answer):
    for function, sentence in every_answer[name].items():
        words = _unquoted(sentence)
        for singular, plural in NOUNS.items():
            assert not re.search(rf"(?<![\d.,]){1} {plural}\b", words), (function, sentence)
            assert not re.search(rf"\b([02-9]|\d\d+) {singular}(?![a-z])", words), (function, sentence)
        assert not re.search(r"\ball [012] ", words), (function, sentence)  # "all 2" is "both", "all 1" is "its one"
        assert sentence.strip() and sentence[0] == sentence[0].upper() or sentence.startswith("spaCy"), sentence


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_answers_of_notebook_01_say_what_the_tables_hold(name, sample, every_answer):
    said, t = every_answer[name], sample(name).tables
    body = t["paragraphs"][t["paragraphs"]["paragraph"] > 0]
    assert f"{len(body)} paragraph" in said["paragraph_contents"] or "one paragraph" in said["paragraph_contents"]
    per = t["sentences"].groupby("paragraph").size()
    assert said["sentence_split"].startswith(f"spaCy splits it into {len(t['sentences'])} sentence")
    if per.min() != per.max():
        assert f", {per.min()} to {per.max()} a paragraph" in said["sentence_split"]
        busiest = sorted(per.index[per == per.max()])
        assert re.search(rf"\b{busiest[-1]}\b", said["sentence_split"].split(";")[1])
    if len(body) > 1 and body["words"].nunique() > 1:
        lengths = said["paragraph_lengths"]
        assert f"from {body['words'].min()} to {body['words'].max()} words" in lengths
        longest = body.loc[body["words"] == body["words"].max(), "paragraph"].tolist()
        assert re.search(rf"longest (?:is|are) (the headline|paragraphs?) .*\b{longest[0]}\b", lengths)


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_answers_of_notebook_02_say_what_the_tables_hold(name, sample, every_answer):
    said, t = every_answer[name], sample(name).tables
    entities, mentions = t["entities"], t["mentions"]
    if entities.empty:
        assert said["names_found"].startswith("The article names no one")
        assert said["most_named"] == "The article names no one."
        return
    assert said["names_found"].startswith(f"It mentions {len(entities)} name")
    assert f" {len(mentions)} times" in said["names_found"] or len(mentions) < 3
    headline = bool((mentions["paragraph"] == 0).any())  # told apart from the paragraphs
    spread, total = mentions["paragraph"].nunique() - headline, int((t["paragraphs"]["paragraph"] > 0).sum())
    where = f"all {total} of its paragraphs" if spread == total > 2 else f"{spread} of its {total} paragraph"
    assert where in said["names_found"] or (spread == total <= 2) or (headline and not spread)
    assert ("in the headline" in said["names_found"]) == headline
    top = entities["mentions"].max()
    # names named equally often come in the order the article first names them
    tied = entities[entities["mentions"] == top].sort_values("first_paragraph", kind="stable")
    leaders = tied["entity"].tolist()
    most = said["most_named"]
    if len(leaders) < len(entities) or len(entities) == 1:
        times = {1: "once", 2: "twice"}.get(top, f"{top} times")
        if len(entities) == 1:  # the only name is not "named most"
            assert most.startswith(f"It names only {leaders[0]}, {times}, "), most
        else:
            # "The Senate is named most": a name the article itself writes after "the" keeps it
            opening = re.sub(r"^The ", "", most) if not most.startswith(leaders[0]) else most
            assert opening.startswith(leaders[0]) and all(e in most.split(" named most")[0] for e in leaders), most
            assert f"named most, {times}" in most
        if len(leaders) == 1:
            row, body = entities.iloc[0], int((t["paragraphs"]["paragraph"] > 0).sum())
            headline = int(row["first_paragraph"]) == 0
            spread = int(row["paragraphs"]) - headline  # the headline is told apart from the paragraphs
            shown = f"{spread} of its {body} paragraph" if spread < body else "its one" if body == 1 else "of its"
            assert shown in most and ("in the headline and " in most) == (headline and spread > 0), most
    repairs = t["repairs"]
    if repairs.empty:
        assert said["repairs_made"] == "The repair rules changed nothing in the model's output."
    else:
        for rule, n in repairs["rule"].value_counts().items():
            assert f"{n} by “{rule}”" in said["repairs_made"]


def says_tone_counts(tones: pd.Series, answer: str) -> bool:
    """Whether an answer counts the labels of `tones` as the tables hold them: each tone with its count ('none'
    for zero), or all of them of one tone, or the one label of a single row."""
    counts = tones.value_counts()
    n = int(counts.sum())
    if n == 1:
        return f"reads {tones.iloc[0]}" in answer
    if counts.max() == n:
        return f"{'both' if n == 2 else f'all {n}'} read {counts.idxmax()}" in answer
    return all(re.search(rf"\b{counts.get(t, 0) or 'none'} (reads? )?{t}\b", answer) for t in TONES)


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_answers_of_notebook_03_say_what_the_tables_hold(name, sample, every_answer):
    said, t = every_answer[name], sample(name).tables
    scores = t["paragraph_sentiment"]
    assert says_tone_counts(scores["tone"], said["paragraph_tones"]), said["paragraph_tones"]
    if (scores["polarity"] < 0).any():
        low = scores.loc[scores["polarity"].idxmin()]
        assert f"from {low['polarity']:+.2f} (" in said["paragraph_tones"]
    tb = scores["polarity"].map(lambda s: threshold_tone(s, TEXTBLOB_THRESHOLDS))
    vd = scores["vader"].map(lambda s: threshold_tone(s, VADER_THRESHOLDS))
    k, n = int((tb == vd).sum()), len(scores)
    if 0 < k < n:
        assert f"to {k} of {n} paragraphs" in said["lexicon_agreement"]
    elif n > 1:  # never "0 of 4" nor "2 of 2 (100%)"
        same = "the same tone" if k else "different tones"
        assert f"give {same} to {'both' if n == 2 else f'all {n}'} of its paragraphs" in said["lexicon_agreement"]
    voices = t["sentence_sentiment"]
    quoted = int(voices["quoted"].sum())
    if quoted and quoted < len(voices):
        assert said["quoted_vs_reporter"].startswith(f"{quoted} of the {len(voices)} sentences")
    elif not quoted:
        assert said["quoted_vs_reporter"].startswith("No sentence is mainly quotation")


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_answers_of_notebook_04_say_what_the_tables_hold(name, sample, every_answer):
    said, t, article = every_answer[name], sample(name).tables, sample(name).article
    timeline = t["timeline"]
    dated = timeline[timeline["date"] != ""]
    if timeline.empty:
        assert said["expressions_found"] == "The article uses no temporal expression."
    else:
        assert said["expressions_found"].startswith(f"It uses {len(timeline)} temporal expression")
        if len(dated) and len(dated) < len(timeline):
            assert f"{len(dated)} placed on the calendar" in said["expressions_found"]
            assert f"{len(timeline) - len(dated)} left off it" in said["expressions_found"]
        anchors = timeline["anchor"].value_counts()
        if len(timeline) > 1:
            for anchor in ("relative", "vague"):
                count = anchors.get(anchor, 0)
                if count < len(timeline):
                    assert re.search(rf"\b{count or 'none'} (?:placed )?{anchor}\b", said["anchor_counts"])
                else:
                    assert said["anchor_counts"].endswith(f"of its expressions are {anchor}.")
    events = said["events_in_time"]
    if dated.empty:
        assert events.startswith("No event")
    elif article.published is None:
        assert "publication date is unknown" in events
    else:
        # a row dating the last time before now ("for the first time in three and a half years") is said apart,
        # not named as the earliest event
        last = summary.last_occasions(dated)
        story = dated[~last] if last.any() and not last.all() else dated
        first = story.loc[story["date"].str[:10].idxmin()]
        assert f"“{first['expression']}”" in events.split(";")[0]
        if date.fromisoformat(first["date"][:10]) < article.published.date():
            assert "before publication" in events.split(";")[0] or "through publication" in events.split(";")[0]
    if article.published is None:
        assert "unknown" in said["reference_moment"]
    else:
        assert str(article.published.year) in said["reference_moment"]
        relative = t["timeline"][t["timeline"]["anchor"] == "relative"]["expression"]
        quoted = re.findall(r"“([^”]+)”", said["reference_moment"])
        assert set(quoted) <= set(relative)  # only the article's own words are quoted, "Monday" or no
        assert bool(quoted) == (not relative.empty)


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_answers_of_notebook_05_say_what_the_tables_hold(name, sample, every_answer):
    said, t = every_answer[name], sample(name).tables
    quotes = t["quotes"]
    if quotes.empty:
        for function in ("direct_or_reported", "tone_of_speakers", "what_was_said"):
            assert said[function].startswith("No statement is attributed"), said[function]
        return
    kinds = quotes["kind"].value_counts()
    if kinds.size > 1:
        for kind in ("partial", "reported"):
            if kinds.get(kind, 0):
                assert re.search(rf"\b{kinds[kind]} (are |is )?{kind}\b", said["direct_or_reported"])
    words = [count_words(str(x)) for x in quotes["text"]]
    if kinds.get("direct", 0):
        direct = sum(w for w, k in zip(words, quotes["kind"]) if k == "direct")
        assert f"carry {direct} of the {sum(words)} words" in said["direct_or_reported"]
    table = speakers.speakers_table(quotes, t["entities"])
    if len(table) > 1:
        most = table["words"].max()
        leaders = table.loc[table["words"] == most, "speaker"].tolist()
        assert f"The most words said, {most}" in said["words_per_speaker"]
        assert all(s in said["words_per_speaker"].split(";")[0] for s in leaders)
    assert says_tone_counts(quotes["tone"], said["tone_of_speakers"]), said["tone_of_speakers"]
    longest = max(
        words[i] for i in range(len(quotes)) if not kinds.get("direct", 0) or quotes["kind"].iloc[i] == "direct"
    )
    assert f", {longest} word" in said["what_was_said"]


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_answers_of_notebook_06_say_what_the_tables_hold(name, sample, every_answer):
    said, t, article = every_answer[name], sample(name).tables, sample(name).article
    numbers = said["in_numbers"]
    assert numbers.startswith(f"The article has {len(article.body)} paragraph")
    # several named together ("The World Bank and the IMF said") are each a source
    sources = len(summary.joint_sources(speakers.speakers_table(t["quotes"], t["entities"]), t["entities"])[0])
    assert f"quotes {sources} source" in numbers if sources else "quotes no one" in numbers
    page = said["report_page"]
    # the headline's row is said apart: the paragraphs counted are the body's, as "The article has N paragraphs" says
    n = len(article.body)
    headline = "the headline and " if len(t["paragraphs"]) > n else ""  # a plain text without a headline has none
    assert headline + {1: "its one paragraph", 2: "both paragraphs"}.get(n, f"all {n} paragraphs") in page, page


# --- exact sentences on tables made for the purpose: ties, singular, empty ------------------------------------------
def entities_of(rows: list[tuple]) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions, paragraphs) rows, most mentioned first."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions", "paragraphs"])
    return table.assign(first_paragraph=1, aliases=table["entity"])


PARAGRAPHS = pd.DataFrame({"paragraph": [0, 1, 2, 3], "words": [6, 30, 12, 30], "text": ["H", "A b.", "C.", "D."]})


def test_most_named_names_a_tie_together_and_never_picks_among_equal_runners_up():
    tie = entities_of(
        [("Ann Lee", "PERSON", 3, 2), ("Bonn", "GPE", 3, 3), ("Acme", "ORG", 1, 1), ("Oslo", "GPE", 1, 1)]
    )
    assert findings.most_named.__wrapped__(tie, PARAGRAPHS) == (
        "Ann Lee and Bonn are named most, 3 times each; then Acme (1) and Oslo (1)."
    )
    more = pd.concat([tie, entities_of([("Bern", "GPE", 1, 1)])], ignore_index=True)
    assert findings.most_named.__wrapped__(more, PARAGRAPHS) == (
        "Ann Lee and Bonn are named most, 3 times each; the 3 others once each."
    )
    uneven = pd.concat([more, entities_of([("Rome", "GPE", 2, 1)])], ignore_index=True)
    uneven = uneven.sort_values("mentions", ascending=False, kind="stable").reset_index(drop=True)
    assert findings.most_named.__wrapped__(uneven.assign(mentions=[3, 3, 2, 2, 2, 1]), PARAGRAPHS).endswith(
        "; the 4 others are named at most twice."
    )
    one = entities_of([("Ann Lee", "PERSON", 4, 3), ("Bonn", "GPE", 2, 2), ("Acme", "ORG", 1, 1)])
    assert findings.most_named.__wrapped__(one, PARAGRAPHS) == (
        "Ann Lee is named most, 4 times, in all 3 of its paragraphs; then Bonn (2) and Acme (1)."
    )
    even = entities_of([("Ann Lee", "PERSON", 1, 1), ("Bonn", "GPE", 1, 1)])
    assert findings.most_named.__wrapped__(even, PARAGRAPHS) == "No name stands out: each of its 2 names is named once."
    assert findings.most_named.__wrapped__(even.iloc[:0], PARAGRAPHS) == "The article names no one."


def test_paragraph_answers_on_ties_one_paragraph_and_none():
    assert findings.paragraph_lengths.__wrapped__(PARAGRAPHS) == (
        "Its 3 paragraphs run from 12 to 30 words (median 30): the longest are paragraphs 1 and 3 (30 words each), "
        "the shortest paragraph 2 (12 words); the headline has 6 words."
    )
    assert findings.paragraph_lengths.__wrapped__(PARAGRAPHS.iloc[:2]) == (
        "Its one paragraph has 30 words; the headline has 6 words."
    )
    assert findings.paragraph_contents.__wrapped__(PARAGRAPHS.iloc[[1]]) == (
        "With no headline, the article has one paragraph: “A b.”"
    )
    sentences = pd.DataFrame({"paragraph": [0, 1, 1, 2, 3, 3]})
    assert findings.sentence_split.__wrapped__(sentences, PARAGRAPHS) == (
        "spaCy splits it into 6 sentences, 1 to 2 a paragraph (1.5 on average, headline included); paragraphs 1 and "
        "3 have the most, 2 each."
    )
    assert (
        findings.sentence_split.__wrapped__(sentences.iloc[:0], PARAGRAPHS)
        == "The parser found no sentence in the article."
    )


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_the_article_tone_is_the_tone_of_the_largest_share_of_its_body_text(name, sample, every_answer):
    scored = sample(name).tables["sentence_sentiment"]
    body = scored[scored["paragraph"] > 0]
    answer = every_answer[name]["tone_of_article"]
    if body.empty:
        assert answer == "There is no text to score for tone." or "the headline" not in answer
        return
    length = body["text"].map(lambda t: len("".join(str(t).split())))  # characters, spaces apart
    shares = {t: length[body["tone"] == t].sum() / length.sum() for t in TONES}
    # the label is said of the wording, by the models, never of the story's events
    said = re.match(r"The article's wording, as the tone models label it, reads (\w+)(, leaning (\w+))?: ", answer)
    assert said and shares[said[1]] == max(shares.values()), answer
    figures = answer.replace(" of its text ", " ")  # "31% of its text negative, 48% neutral and 21% positive"
    assert all(f"{shares[t]:.0%} {t}" in figures for t in TONES), answer
    if said[3]:  # a lean is said only of a neutral text whose other side is far smaller
        other = "positive" if said[3] == "negative" else "negative"
        assert said[1] == "neutral" and shares[said[3]] >= 0.2 and shares[said[3]] >= 2 * shares[other] - 0.01, answer


def test_tone_answers_name_every_paragraph_at_the_extreme_and_say_when_none_leans():
    scores = pd.DataFrame(
        {
            "paragraph": [1, 2, 3],
            "polarity": [-0.5, -0.5, 0.0],
            "vader": [-0.6, 0.3, 0.0],
            "subjectivity": 0.5,
            "tone": ["negative", "negative", "neutral"],
        }
    )
    assert findings.paragraph_tones.__wrapped__(scores) == (
        "Of its 3 paragraphs, 2 read negative, 1 neutral and none positive by the label; TextBlob polarity runs from "
        "-0.50 (paragraphs 1 and 2) to 0.00 (paragraph 3)."
    )
    assert findings.lexicon_agreement.__wrapped__(scores) == (
        "TextBlob and VADER, each with its own thresholds, give the same tone to 2 of 3 paragraphs; they differ on "
        "paragraph 2."
    )
    assert findings.paragraph_tones.__wrapped__(scores.iloc[:0]) == "There is no text to score."


def test_timeline_answers_on_one_expression_none_and_an_unknown_publication():
    timeline = pd.DataFrame(
        {
            "paragraph": [1],
            "start_char": [0],
            "expression": ["Thursday"],
            "type": ["DATE"],
            "value": ["2023-06-01"],
            "date": ["2023-06-01"],
            "date_end": [""],
            "anchor": ["relative"],
            "event": ["library reopened"],
        }
    )
    assert findings.anchor_counts.__wrapped__(timeline) == "Its one expression is relative."
    assert findings.expressions_found.__wrapped__(timeline) == (
        "It uses 1 temporal expression, placed on the calendar (1 June 2023)."
    )
    assert findings.events_in_time.__wrapped__(timeline, datetime(2023, 6, 2)) == (
        "Its one dated expression is “Thursday” (library reopened), 1 June 2023, 1 day before publication."
    )
    assert findings.events_in_time.__wrapped__(timeline, None).startswith("The publication date is unknown")
    # a long period up to publication holding the other dates is the earliest, not also the latest
    holding = pd.concat([timeline, timeline], ignore_index=True)
    holding.loc[1, ["expression", "type", "value", "date", "date_end", "event"]] = [
        "forty years",
        "DURATION",
        "P40Y",
        "1983-06-02",
        "2023-06-02",
        "has lived",
    ]
    said = findings.events_in_time.__wrapped__(holding, datetime(2023, 6, 2))
    assert said.startswith("The earliest is “forty years” (has lived)") and "the latest “Thursday”" in said
    assert findings.events_in_time.__wrapped__(timeline.iloc[:0], None) == (
        "No event the article mentions can be placed on the calendar."
    )
    assert (
        findings.distance(date(2019, 6, 1), date(2019, 6, 30), date(2022, 12, 19))
        == "about 3.5 years before publication"
    )
    assert findings.distance(date(2022, 12, 19), date(2022, 12, 19), date(2022, 12, 19)) == "on the day of publication"
    assert findings.distance(date(2012, 1, 1), date(2022, 12, 19), date(2022, 12, 19)) == "up to the day of publication"
    assert findings.distance(date(2012, 1, 1), date(2022, 12, 31), date(2022, 12, 19)) == "running through publication"


QUOTES = pd.DataFrame(
    {
        "paragraph": [1, 2, 3, 4],
        "kind": ["direct", "reported", "reported", "partial"],
        "speaker": ["Ann Lee", "Ann Lee", "Acme", None],
        "tone": ["negative", "negative", "positive", "neutral"],
        "text": ["“We will not pay for this,” she said", "that talks were over", "that it would pay", "a “fair” offer"],
    }
)
ENTITIES = entities_of([("Ann Lee", "PERSON", 3, 2), ("Acme", "ORG", 2, 2), ("Bo Kim", "PERSON", 1, 1)])


def test_who_speaks_answers_on_a_small_table():
    assert findings.direct_or_reported.__wrapped__(QUOTES) == (
        "Of its 4 statements, 1 is a direct quotation, 1 partial (quoted words inside reported speech) and 2 reported "
        "without quotation marks; direct quotations carry 8 of the 19 words said (42%)."
    )
    assert findings.words_per_speaker.__wrapped__(QUOTES, ENTITIES) == (
        "The most words said, 12 of the 16 attributed to anyone (75%), are by Ann Lee; then Acme (4)."
    )
    assert findings.tone_of_speakers.__wrapped__(QUOTES, ENTITIES) == (
        "Of its 4 statements, 2 read negative, 1 neutral and 1 positive by the label on the words said; the "
        "statements of Ann Lee, quoted most, read negative in both."
    )
    assert findings.never_heard.__wrapped__(QUOTES, ENTITIES) == (
        "Of the 3 people and organisations it names, 1 is never quoted: Bo Kim, named once."
    )
    assert findings.what_was_said.__wrapped__(QUOTES) == (
        "The longest direct quotation, 8 words, is by Ann Lee: “We will not pay for this,” she said"
    )
    reported = QUOTES.iloc[[2]]
    assert findings.direct_or_reported.__wrapped__(reported) == (
        "Its one statement, 4 words, is reported without quotation marks."
    )
    assert findings.what_was_said.__wrapped__(reported) == (
        "The longest statement (reported; there is no direct quotation), 4 words, is by Acme: “that it would pay”"
    )
    assert (
        findings.words_per_speaker.__wrapped__(reported, ENTITIES)
        == "Only one source is heard, Acme, with 4 words said."
    )
    assert findings.direct_or_reported.__wrapped__(QUOTES.iloc[[1, 2]]) == (
        "Both statements are reported without quotation marks."
    )
    assert findings.never_heard.__wrapped__(QUOTES, ENTITIES.iloc[:0]) == "The article names no person or organisation."


# --- the corpus ------------------------------------------------------------------------------------------------------
def test_corpus_answers_say_what_the_corpus_tables_hold(sample_corpus):
    articles, errors = sample_corpus["article_sentiment"], sample_corpus["errors"]
    said = findings.corpus_articles.__wrapped__(articles, errors)
    undated = int(articles["published"].isna().sum())
    assert said.startswith(f"The corpus holds {len(articles)} articles, published from ")
    assert f"; {undated} have no publication date" in said
    assert said.endswith("." if errors.empty else "could not be read.")
    across = compare.entities_across(sample_corpus["entities"], 1000)
    named = findings.named_across.__wrapped__(sample_corpus["entities"], articles)
    if across["articles"].max() == 1:
        assert named.startswith(f"No name is shared by two of the {len(articles)} articles")
    tones = findings.article_tones.__wrapped__(articles)
    assert says_tone_counts(articles["tone"], tones), tones
    dated = sample_corpus["timeline"][sample_corpus["timeline"]["date"].notna()]
    assert f"date {len(dated)} expressions on the calendar" in findings.corpus_dates.__wrapped__(
        sample_corpus["timeline"]
    )
    quotes = sample_corpus["quotes"]
    quoting = quotes.loc[quotes["speaker"].notna(), "article"].nunique()
    spoken = findings.speakers_across_articles.__wrapped__(quotes, sample_corpus["entities"], articles)
    assert spoken.endswith(f"; {quoting} of the {len(articles)} articles quote someone.")
    assert findings.unread.__wrapped__(errors) == "Every input was read."


def test_corpus_answers_on_one_article_ties_and_failures():
    one = pd.DataFrame({"article": ["a"], "published": [pd.Timestamp("2022-12-19")], "title": ["T"], "polarity": [0.1],
                        "tone": ["neutral"]})  # fmt: skip
    assert findings.corpus_articles.__wrapped__(one, pd.DataFrame(columns=["source", "article", "error"])) == (
        "The corpus holds 1 article, published on 19 December 2022."
    )
    assert findings.article_tones.__wrapped__(one) == (
        "The one article's wording, as the tone models label it, reads neutral (the label of the largest share of its "
        "text), with word-weighted polarity +0.10."
    )
    entities = pd.DataFrame(
        {"article": ["a", "b", "a", "b"], "entity": ["Oslo", "Oslo", "Bonn", "Bonn"], "entity_type": "GPE",
         "mentions": [2, 1, 1, 1]}
    )  # fmt: skip
    two = pd.DataFrame({"article": ["a", "b"]})
    assert (
        findings.named_across.__wrapped__(entities, two) == "Oslo and Bonn are named in the most articles, 2 of 2 each."
    )
    errors = pd.DataFrame({"source": ["x.txt", "y.txt"], "article": ["", ""], "error": ["empty", "not UTF-8"]})
    assert findings.unread.__wrapped__(errors) == "2 inputs could not be read: x.txt (empty) and y.txt (not UTF-8)."


def test_tone_counts_say_none_all_and_one_rather_than_zero_counts():
    def answer(tones: list[str]) -> str:
        quotes = pd.DataFrame(
            {
                "paragraph": range(1, len(tones) + 1),
                "kind": "reported",
                "speaker": [f"Speaker {k}" for k in range(len(tones))],
                "tone": tones,
                "text": "that the plan would work",
            }
        )
        return findings.tone_of_speakers.__wrapped__(
            quotes, pd.DataFrame(columns=["entity", "entity_type", "mentions"])
        )

    assert answer(["neutral", "positive", "positive"]).startswith(
        "Of its 3 statements, none reads negative, 1 neutral and 2 positive by the label"
    )
    assert answer(["positive"] * 4).startswith("Of its 4 statements, all 4 read positive by the label")
    assert answer(["negative", "negative"]).startswith("Of its 2 statements, both read negative by the label")
    assert answer(["negative"]) == "Its one statement reads negative by the label on the words said."


def test_paragraph_polarity_is_a_range_of_scores_never_called_negative_beside_positive_labels():
    # every paragraph labelled positive, one with a TextBlob polarity below zero: the answer gives the range of
    # scores and never calls that paragraph "most negative" beside "all read positive"
    scores = pd.DataFrame(
        {
            "paragraph": [0, 1, 2],
            "polarity": [0.0, -0.17, 0.88],
            "vader": [0.5, 0.6, 0.9],
            "subjectivity": 0.5,
            "tone": ["positive"] * 3,
        }
    )
    said = findings.paragraph_tones.__wrapped__(scores)
    assert said == (
        "Of its 3 paragraphs (headline included), all 3 read positive by the label; TextBlob polarity runs from "
        "-0.17 (paragraph 1) to +0.88 (paragraph 2)."
    )
    assert "negative" not in said.split(";")[1]
    one = scores.iloc[[1]].assign(tone="negative")
    assert findings.paragraph_tones.__wrapped__(one) == (
        "Its one paragraph reads negative by the label; its TextBlob polarity is -0.17."
    )
    flat = scores.assign(polarity=0.0)
    assert flat.pipe(findings.paragraph_tones.__wrapped__).endswith(
        "TextBlob gives every paragraph a polarity of zero."
    )


def test_a_long_period_is_placed_by_its_nearer_end():
    # "last year" ends a fortnight before publication, but the year as a whole does not lie two weeks away
    assert findings.distance(date(2024, 1, 1), date(2024, 12, 31), date(2025, 1, 14)) == (
        "ending about 2 weeks before publication"
    )
    # "the weekend" after a Friday publication starts the next day
    assert findings.distance(date(2024, 10, 19), date(2024, 10, 20), date(2024, 10, 18)) == (
        "starting 1 day after publication"
    )
    # a short period far away is placed as a whole
    assert findings.distance(date(1970, 1, 1), date(1979, 12, 31), date(2025, 5, 6)) == (
        "about 45 years before publication"
    )
    assert findings.distance(date(2025, 5, 8), date(2025, 5, 8), date(2025, 5, 6)) == "2 days after publication"
    # "over the next five years" from publication, "the past decade" up to it
    assert findings.distance(date(2025, 1, 14), date(2030, 1, 14), date(2025, 1, 14)) == "from the day of publication"
    assert findings.distance(date(2014, 9, 22), date(2024, 9, 22), date(2024, 9, 22)) == "up to the day of publication"


def _entity_rows(rows: list[tuple]) -> pd.DataFrame:
    """entity_sentiment rows of (entity, sentences, tone, tone_score, negative, neutral, positive sentences)."""
    out = []
    for entity, n, tone, score, neg, neu, pos in rows:
        out.append(
            {
                "entity": entity,
                "entity_type": "PERSON",
                "sentences": n,
                "polarity_mean": 0.0,
                "vader_mean": 0.0,
                "tone": tone,
                "tone_score": score,
                "share_negative": neg / n,
                "share_neutral": neu / n,
                "share_positive": pos / n,
            }
        )
    return pd.DataFrame(out)


def test_entity_tone_counts_tied_labels_and_does_not_call_a_negative_score_highest():
    # Mara Voss is read once negatively and once neutrally: the table's tie rule calls her "neutral", the answer
    # counts both; every score below zero: most and least negative, not lowest and highest
    data = _entity_rows(
        [
            ("Mara Voss", 2, "neutral", -0.24, 1, 1, 0),
            ("Kettleby", 2, "neutral", -0.03, 0, 2, 0),
            ("Ilse Brant", 3, "negative", -0.10, 2, 1, 0),
        ]
    )
    assert findings.entity_tone.__wrapped__(data) == (
        "Read towards each name, the tone is most negative for Mara Voss (-0.24; 1 negative and 1 neutral of 2 "
        "sentences) and least negative for Kettleby (neutral, -0.03, 2 sentences)."
    )
    mixed = _entity_rows([("Mara Voss", 2, "neutral", -0.24, 1, 1, 0), ("Ilse Brant", 2, "positive", 0.4, 0, 0, 2)])
    assert findings.entity_tone.__wrapped__(mixed) == (
        "Read towards each name, the tone is lowest for Mara Voss (-0.24; 1 negative and 1 neutral of 2 sentences) "
        "and highest for Ilse Brant (positive, +0.40, 2 sentences)."
    )
    praised = mixed.assign(tone_score=[0.1, 0.4])
    assert "least positive for Mara Voss" in findings.entity_tone.__wrapped__(praised)


def test_entity_tone_does_not_call_a_name_most_negative_whose_labels_lean_less_negative_than_the_next():
    # Kettleby's score is a hair lower, but every sentence about it reads neutral while Ora Vale has a negative one
    data = _entity_rows([("Kettleby", 2, "neutral", -0.23, 0, 2, 0), ("Ora Vale", 2, "neutral", -0.22, 1, 1, 0)])
    assert findings.entity_tone.__wrapped__(data) == (
        "Read towards each name, the scores run from Kettleby (neutral, -0.23, 2 sentences) to Ora Vale (-0.22; 1 "
        "negative and 1 neutral of 2 sentences), though the labels lean the other way."
    )


def test_an_article_of_only_a_headline_calls_it_its_headline_not_a_paragraph():
    scored = pd.DataFrame(
        {"paragraph": [0], "polarity": [0.0], "subjectivity": [0.0], "vader": [-0.4], "tone": ["negative"]}
    )
    assert findings.paragraph_tones.__wrapped__(scored) == (
        "Its headline, its only text, reads negative by the label; its TextBlob polarity is 0.00."
    )


def test_names_all_read_neutral_are_not_ranked_most_and_least_positive():
    # scores of +0.01 and +0.02 for two names the label reads neutral: neither is "the most positive"
    data = _entity_rows([("Harwick", 1, "neutral", 0.01, 0, 1, 0), ("Met Office", 1, "neutral", 0.02, 0, 1, 0)])
    assert findings.entity_tone.__wrapped__(data) == (
        "Read towards each name, the tone is neutral for both main names; the scores run from +0.01 (Harwick) to "
        "+0.02 (Met Office)."
    )


def test_quoted_and_reporter_sentences_agree_in_number():
    sentences = pd.DataFrame(
        {
            "paragraph": [1, 1, 2],
            "sentence": [0, 1, 0],
            "text": ["“We are done,” she said.", "The talks ended.", "Both sides left."],
            "quoted": [True, False, False],
            "polarity": [0.0, 0.0, 0.0],
            "subjectivity": [0.2, 0.1, 0.1],
            "vader": [0.0, 0.0, 0.0],
            "tone": ["neutral", "negative", "neutral"],
            "tone_score": [0.0, -0.5, 0.0],
        }
    )
    said = findings.quoted_vs_reporter.__wrapped__(sentences)
    # a handful of sentences is counted, not given as percentages ("50% negative" of two sentences)
    assert said == (
        "1 of the 3 sentences is mainly quotation (scored whole, attribution included); it reads neutral; of the "
        "reporter's 2, 1 reads negative and none positive; mean subjectivity, quoted 0.20 against the reporter's 0.10."
    )
    one_each = findings.quoted_vs_reporter.__wrapped__(sentences.iloc[:2])
    assert "; it reads neutral; the reporter's one reads negative;" in one_each
    many = pd.concat([sentences.iloc[[1]]] * 10 + [sentences.iloc[[0]]] * 2, ignore_index=True)
    assert findings.quoted_vs_reporter.__wrapped__(many).startswith(
        "2 of the 12 sentences are mainly quotation (scored whole, attribution included); of them, none reads negative "
        "or positive; the reporter's 10 read 100% negative and 0% positive;"
    )


def test_names_found_in_every_paragraph_says_all():
    paragraphs = pd.DataFrame({"paragraph": [0, 1, 2], "text": ["Vale wins", "Vale won.", "Vale."], "words": 2})
    mentions = pd.DataFrame({"paragraph": [0, 1, 2], "entity": ["Vale"] * 3})
    entities = pd.DataFrame({"entity": ["Vale"], "entity_type": ["ORG"], "mentions": [3], "paragraphs": [3]})
    said = findings.names_found.__wrapped__(mentions, entities, paragraphs)
    assert said == "It mentions 1 name 3 times, in the headline and both of its paragraphs: 1 organisation."
    assert "in the headline and 1 of its 2 paragraphs" in findings.names_found.__wrapped__(
        mentions.iloc[:2], entities, paragraphs
    )
    assert "in both of its paragraphs" in findings.names_found.__wrapped__(mentions.iloc[1:], entities, paragraphs)


def test_the_speaker_of_the_longest_statement_is_written_as_in_a_sentence():
    quotes = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "kind": ["reported", "reported"],
            "speaker": ["The regional authority", "I"],
            "tone": ["neutral", "neutral"],
            "text": ["that the new charges would take effect in the spring", "that it was late"],
        }
    )
    said = findings.what_was_said.__wrapped__(quotes)
    assert "is by the regional authority:" in said
    assert "is by the writer:" in findings.what_was_said.__wrapped__(quotes.iloc[[1]])


def test_agreement_and_anchor_answers_say_none_all_and_no_percent_of_a_handful():
    scores = pd.DataFrame({"paragraph": [0, 1], "polarity": [0.0, 0.3], "vader": [-0.6, -0.5], "tone": "negative"})
    assert findings.lexicon_agreement.__wrapped__(scores) == (
        "TextBlob and VADER, each with its own thresholds, give different tones to both of its paragraphs."
    )
    many = pd.DataFrame({"paragraph": range(12), "polarity": 0.0, "vader": 0.0, "tone": "neutral"})
    assert findings.lexicon_agreement.__wrapped__(many) == (
        "TextBlob and VADER, each with its own thresholds, give the same tone to all 12 of its paragraphs."
    )
    many.loc[3, "vader"] = 0.9
    assert "to 11 of 12 paragraphs (92%); they differ on paragraph 3" in findings.lexicon_agreement.__wrapped__(many)
    assert "(67%)" not in findings.lexicon_agreement.__wrapped__(many.iloc[2:5])
    timeline = pd.DataFrame({"anchor": ["relative", "relative", "relative"]})
    assert findings.anchor_counts.__wrapped__(timeline) == "All 3 of its expressions are relative."
    timeline.loc[0, "anchor"] = "explicit"
    assert findings.anchor_counts.__wrapped__(timeline) == (
        "Of its 3 expressions, 1 is explicit, 2 relative and none vague."
    )


def test_corpus_answers_on_two_articles_and_polarities_equal_as_shown():
    two = pd.DataFrame(
        {
            "article": ["a", "b"],
            "published": [pd.Timestamp("2024-09-22"), pd.Timestamp("2022-12-19")],
            "title": ["I gave up my bike", "Leaders meet"],
            "polarity": [0.0071, 0.0104],
            "tone": ["neutral", "neutral"],
        }
    )
    # +0.0071 and +0.0104 both show as +0.01: neither is called the lowest or the highest
    assert findings.article_tones.__wrapped__(two) == (
        "Of 2 articles, both read neutral by the tone models' label of their wording (the label of the largest share "
        "of each one's text); both have polarity +0.01."
    )
    entities = pd.DataFrame(
        {"article": ["a", "b"], "entity": ["Oslo", "Bonn"], "entity_type": "GPE", "mentions": [1, 1]}
    )
    assert findings.named_across.__wrapped__(entities, two).startswith("No name is shared by the 2 articles:")
    quotes = pd.DataFrame(
        {"article": ["a", "b"], "speaker": ["officials", "residents"], "kind": "reported", "text": "it is so"}
    )
    assert findings.speakers_across_articles.__wrapped__(quotes, entities, two) == (
        "Both articles quote someone, but no speaker is a named person, place or organisation."
    )


def test_the_headline_is_told_apart_from_the_paragraphs_it_is_not_counted_among():
    # a 4-paragraph article whose headline names Ann Lee: she is in the headline and 2 of its 4 paragraphs, not in
    # "3 of 5 paragraphs" beside a page that says the article has 4
    paragraphs = pd.DataFrame({"paragraph": [0, 1, 2, 3, 4], "words": [6, 20, 20, 20, 20]})
    entities = entities_of([("Ann Lee", "PERSON", 4, 3), ("Bonn", "GPE", 2, 2)]).assign(first_paragraph=[0, 2])
    mentions = pd.DataFrame({"entity": ["Ann Lee"] * 4 + ["Bonn"] * 2, "paragraph": [0, 2, 2, 4, 2, 3]})
    assert findings.most_named.__wrapped__(entities, paragraphs) == (
        "Ann Lee is named most, 4 times, in the headline and 2 of its 4 paragraphs; then Bonn (2)."
    )
    assert findings.where_named.__wrapped__(mentions, entities, paragraphs) == (
        "Of the 2 main names, Ann Lee is spread widest, over the headline and 2 of its 4 paragraphs (from paragraph 2 "
        "to paragraph 4); none is confined to one paragraph."
    )
    both = entities.assign(mentions=[3, 3], paragraphs=[3, 3])
    tied = pd.DataFrame({"entity": ["Ann Lee"] * 3 + ["Bonn"] * 3, "paragraph": [0, 2, 4, 1, 2, 3]})
    assert findings.where_named.__wrapped__(tied, both, paragraphs).startswith(
        "Of the 2 main names, Ann Lee and Bonn are spread widest, over 3 of 5 paragraphs each, headline included;"
    )
    alone = entities.assign(first_paragraph=[1, 2])
    said = findings.most_named.__wrapped__(alone, paragraphs)
    assert said.startswith("Ann Lee is named most, 4 times, in 3 of its 4 paragraphs;")
    only = entities_of([("Ann Lee", "PERSON", 2, 1)]).assign(first_paragraph=0)
    assert findings.most_named.__wrapped__(only, paragraphs) == "It names only Ann Lee, twice, in the headline only."


def test_where_named_in_a_brief_says_the_one_paragraph():
    entities = pd.DataFrame(
        {"entity": ["Ora Vale", "Kettleby"], "entity_type": ["PERSON", "GPE"], "mentions": [1, 1], "paragraphs": [1, 1]}
    )
    mentions = pd.DataFrame({"paragraph": [1, 1], "entity": ["Ora Vale", "Kettleby"]})
    paragraphs = pd.DataFrame({"paragraph": [0, 1]})
    assert findings.where_named.__wrapped__(mentions, entities, paragraphs) == (
        "Both main names appear in paragraph 1 only."
    )
    apart = mentions.assign(paragraph=[0, 1])
    assert findings.where_named.__wrapped__(apart, entities, paragraphs) == (
        "Each of the 2 main names appears in one paragraph only."
    )


def test_the_writer_is_heard_not_quoted():
    quotes = pd.DataFrame(
        {
            "paragraph": [1, 2, 3],
            "kind": "reported",
            "speaker": ["I", "I", "the council"],
            "tone": ["neutral", "neutral", "negative"],
            "text": ["that the lanes are paint", "that I am not alone", "that kerbs cost money"],
        }
    )
    said = findings.tone_of_speakers.__wrapped__(quotes, pd.DataFrame(columns=["entity", "entity_type", "mentions"]))
    assert said.endswith("; what the writer says, in the most statements, reads neutral in both.")


def test_a_speaker_whose_tone_holds_half_their_statements_is_not_mostly_of_that_tone():
    tones = ["negative", "negative", "negative", "positive", "positive", "neutral", "neutral"]
    quotes = pd.DataFrame(
        {
            "paragraph": range(1, 8),
            "kind": "reported",
            "speaker": ["Ora Vale"] * 6 + ["the council"],
            "tone": tones,
            "text": [f"that the harbour wall needs work number {k}" for k in range(7)],
        }
    )
    entities = pd.DataFrame({"entity": ["Ora Vale"], "entity_type": ["PERSON"], "mentions": [6]})
    said = findings.tone_of_speakers.__wrapped__(quotes, entities)
    assert said.endswith("the statements of Ora Vale, quoted most, read most often negative (3 of 6)."), said
    said = findings.tone_of_speakers.__wrapped__(quotes.assign(tone=["negative"] * 4 + tones[4:]), entities)
    assert said.endswith("the statements of Ora Vale, quoted most, read mostly negative (4 of 6)."), said
    tied = ["neutral", "positive", "negative"]
    said = findings.tone_of_speakers.__wrapped__(
        quotes.head(3).assign(speaker=["Ora Vale"] * 2 + ["x"], tone=tied), entities
    )
    assert said.endswith("the statements of Ora Vale, quoted most, read mixed (1 neutral and 1 positive)."), said


def test_the_report_page_says_when_names_left_off_are_named_as_often_as_those_shown():
    names = [f"Place {chr(65 + k)}" for k in range(10)]
    entities = pd.DataFrame({"entity": names, "entity_type": "GPE", "mentions": 1, "paragraphs": 1})
    data = pd.DataFrame({"panel": ["words"] * 3 + ["entities"] * 8})
    said = findings.report_page.__wrapped__(data, {"entities": entities})
    assert "the mentions of 8 of the 10 people, places and organisations named, the rest named as often" in said
    ranked = entities.assign(mentions=[3, 3, 2, 2, 2, 2, 2, 2, 1, 1])
    said = findings.report_page.__wrapped__(data, {"entities": ranked})
    assert "the mentions of 8 of the 10 people, places and organisations named most" in said
    fig, _ = charts.plot_top_entities(entities, n=8)
    assert fig.axes[0].get_xlabel().endswith("; 2 more named as often in the table")
    plt.close(fig)


def test_a_side_whose_top_score_is_a_hair_from_zero_has_no_sentence_leaning_that_way():
    table = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "sentence": [1, 1],
            "text": ["The new bridge is a wonderful gift to the town.", "Results are expected by Friday morning."],
            "quoted": [False, False],
            "polarity": [0.8, 0.0],
            "vader": [0.7, -0.08],
            "tone": ["positive", "neutral"],
        }
    )
    said = findings.strongest_sentences.__wrapped__(table)
    assert "the most positive, in paragraph 1 (+0.75)" in said
    assert said.endswith("; no sentence reads negative.")
    said = findings.strongest_sentences.__wrapped__(table.assign(tone=["positive", "negative"]))
    assert "most negative" not in said
    assert (
        "none of those that read negative leans negative by the lexicons: the lowest score of them, -0.04 in "
        "paragraph 2, goes to “Results are expected"
    ) in said


def test_the_most_positive_sentence_is_one_the_label_reads_positive():
    # the lexicons score the court's order and the judge's rebuke highest, but the label reads them neutral and
    # negative, and the killing, lowest by the lexicons, neutral: none is named for a side its label does not give
    table = pd.DataFrame(
        {
            "paragraph": [1, 2, 3, 4],
            "sentence": [1, 1, 1, 1],
            "text": [
                "The court ordered the army to take measures to prevent acts of genocide.",
                "You were trusted with public money and you abused that trust, the judge said.",
                "Volunteers reopened the library after a month of repairs.",
                "Two aid workers were killed in the strike.",
            ],
            "quoted": [False, False, False, False],
            "polarity": [0.0, 0.3, 0.1, 0.0],
            "vader": [0.54, 0.73, 0.2, -0.6],
            "tone": ["neutral", "negative", "positive", "neutral"],
        }
    )
    said = findings.strongest_sentences.__wrapped__(table)
    assert "the most positive, in paragraph 3 (+0.15), reads “Volunteers reopened" in said
    assert "; none of those that read negative leans negative by the lexicons: the lowest score of them, +0.52" in said
    assert sentiment.extreme_sentences(table)["paragraph"].tolist() == [3, 2]
    assert findings.strongest_sentences.__wrapped__(table[table["paragraph"] != 2]).endswith(
        "; no sentence reads negative."
    )
    none = findings.strongest_sentences.__wrapped__(table.assign(tone="neutral"))
    assert none == "No sentence reads positive or negative by the label."


def test_praise_held_back_is_not_named_the_most_positive_sentence():
    table = pd.DataFrame(
        {
            "paragraph": [1, 2, 3],
            "sentence": [1, 1, 1],
            "text": [
                "The fans deserve better than this, the coach said.",
                "The new stand is a fine addition.",
                "The club lost again.",
            ],
            "quoted": [False, False, False],
            "polarity": [0.5, 0.42, -0.3],
            "vader": [0.6, 0.2, -0.4],
            "tone": ["negative", "positive", "negative"],
        }
    )
    said = findings.strongest_sentences.__wrapped__(table)
    assert "the most positive, in paragraph 2 (+0.31)" in said and "deserve better" not in said


def test_a_sentence_whose_praise_is_held_back_is_told_apart_from_the_lexicons_clear_sentences():
    sentences = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "sentence": [1, 1],
            "text": ["– This is less happy news for the town, Mäkelä said.", "The bridge reopened on Monday."],
            "quoted": [True, False],
            "polarity": [0.8, 0.0],
            "vader": [0.6, 0.0],
            "tone": ["negative", "neutral"],
        }
    )
    paragraphs = pd.DataFrame({"paragraph": [1, 2], "text": sentences["text"], "words": [9, 5]})
    scored = paragraphs.assign(
        tone=["negative", "neutral"], polarity=[0.8, 0.0], subjectivity=[0.5, 0.0], vader=[0.6, 0.0]
    )
    said = findings.tone_of_article.__wrapped__(scored, paragraphs, sentences)
    assert "0 of the 1" not in said
    assert (
        "One sentence that both score far on the positive side reads negative: the lexicons take for praise words that "
        "say the opposite (“– This is less happy news"
    ) in said


def test_the_strongest_sentences_of_an_article_with_no_positive_sentence_are_still_told():
    table = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "sentence": [1, 1],
            "text": ["The bridge closes on Friday.", "The road was badly damaged."],
            "quoted": [False, False],
            "polarity": [0.0, -0.7],
            "vader": [0.0, -0.5],
            "tone": ["neutral", "negative"],
        }
    )
    said = findings.strongest_sentences.__wrapped__(table)
    assert "the most negative, in paragraph 2 (-0.60)" in said
    strong = table.assign(polarity=[0.0, -0.7], vader=[0.0, -0.6])
    assert "tone is that side" in findings.tone_of_article.__wrapped__(
        strong.assign(subjectivity=0.1, words=5), strong.assign(words=5), strong
    )


def test_a_sentence_that_denies_harm_is_told_apart_from_the_lexicons_clear_sentences():
    sentences = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "sentence": [1, 1],
            "text": ["Neither the pilot nor the co-pilot was seriously hurt.", "The runway reopened on Monday."],
            "quoted": [False, False],
            "polarity": [-0.33, 0.0],
            "vader": [-0.62, 0.0],
            "tone": ["neutral", "neutral"],
        }
    )
    paragraphs = pd.DataFrame({"paragraph": [1, 2], "text": sentences["text"], "words": [9, 4]})
    scored = paragraphs.assign(
        tone=["neutral", "neutral"], polarity=[-0.33, 0.0], subjectivity=[0.5, 0.0], vader=[-0.62, 0.0]
    )
    said = findings.tone_of_article.__wrapped__(scored, paragraphs, sentences)
    assert "0 of the 1" not in said
    assert "One sentence that both score far on the negative side is read without the harm it denies (“Neither" in said


def test_entity_tone_counts_a_label_its_score_contradicts():
    # two sentences a rule reads negative towards Kelbeck (weakly, by the model's share), one the model reads strongly
    # positive: "negative, +0.02" would contradict itself, the sentences are counted instead
    data = _entity_rows([("Kelbeck", 3, "negative", 0.02, 2, 0, 1)])
    assert findings.entity_tone.__wrapped__(data) == (
        "There is one main name to read the tone towards: Kelbeck (+0.02; 2 negative and 1 positive of 3 sentences)."
    )


def _heard(words: list[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A quotes table in which speaker k says `words[k]` words once, and the entities naming them."""
    names = [f"Speaker {chr(65 + k)}" for k in range(len(words))]
    quotes = pd.DataFrame(
        {
            "paragraph": range(1, len(words) + 1),
            "kind": "reported",
            "speaker": names,
            "tone": "neutral",
            "text": [" ".join(["word"] * n) for n in words],
        }
    )
    entities = pd.DataFrame({"entity": names, "entity_type": "PERSON", "mentions": 1, "paragraphs": 1})
    return quotes, entities


def test_the_report_never_calls_a_cut_inside_a_run_of_speakers_who_say_as_much_those_who_say_most():
    quotes, entities = _heard([30, 25, 20, 18, 16, 15, 14, 14, 9, 5])
    heard = speakers.speakers_table(quotes, entities)
    shown = charts.speakers.speaker_words_data(heard, 7)
    assert shown["words"].tolist() == [30, 25, 20, 18, 16, 15]  # the two who say 14 words both left out
    data = pd.DataFrame({"panel": ["words"] * 3 + ["speakers"] * len(shown)})
    said = findings.report_page.__wrapped__(data, {"quotes": quotes, "entities": entities})
    assert "the words said by the 6 of the 10 sources who say most" in said, said
    quotes, entities = _heard([30, 25, 14, 14, 14, 14, 14, 14, 9, 5])  # too few left once the run goes: cut it
    heard = speakers.speakers_table(quotes, entities)
    shown = charts.speakers.speaker_words_data(heard, 7)
    assert shown["words"].tolist() == [30, 25, 14, 14, 14, 14, 14]
    data = pd.DataFrame({"panel": ["words"] * 3 + ["speakers"] * len(shown)})
    said = findings.report_page.__wrapped__(data, {"quotes": quotes, "entities": entities})
    assert "the words said by 7 of the 10 sources, none left out saying more" in said, said


def test_the_names_chart_says_how_many_of_the_names_left_out_are_named_as_often():
    names = [f"Place {chr(65 + k)}" for k in range(10)]
    entities = pd.DataFrame(
        {"entity": names, "entity_type": "GPE", "mentions": [5, 4, 3, 3, 3, 3, 3, 3, 1, 1], "paragraphs": 1}
    )
    fig, _ = charts.plot_top_entities(entities, n=7)
    assert fig.axes[0].get_xlabel().endswith("; 3 more in the table, 1 named as often")
    plt.close(fig)
    data = pd.DataFrame({"panel": ["words"] * 3 + ["entities"] * 7})
    said = findings.report_page.__wrapped__(data, {"entities": entities})
    assert "the mentions of 7 of the 10 people, places and organisations named, none left out named more often" in said
