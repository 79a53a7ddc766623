"""The report page in words (notebook 06): the head, the key numbers and the summary sentences, from the tables."""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import pytest
from sample_articles import ARTICLES
from test_speakers import heard_by_rule

from newsframe import entities, sentiment, speakers, summary


def _value(numbers: pd.DataFrame, start: str):
    """The value of the key-numbers row whose measure starts with `start`."""
    (value,) = numbers.loc[numbers["measure"].str.startswith(start), "value"]
    return value


# --- key numbers and summary -----------------------------------------------------------------------------------
def test_key_numbers_match_the_tables(seed_analysis):
    article, tables = seed_analysis.article, seed_analysis.tables
    numbers = summary.key_numbers(article, tables)
    paragraphs = tables["paragraphs"]
    assert _value(numbers, "paragraphs") == (paragraphs["paragraph"] > 0).sum()
    assert _value(numbers, "words") == paragraphs["words"].sum()
    types = entities.entity_types(tables["mentions"])  # counted again from the mentions, not the entities table
    people = {e for e, t in types.items() if t == "PERSON"}
    places = {e for e, t in types.items() if t in ("GPE", "LOC", "FAC")}
    assert _value(numbers, "people") == len(people) > 0
    assert _value(numbers, "places") == len(places) > 0
    dated = tables["timeline"][tables["timeline"]["date"] != ""]
    assert _value(numbers, "expressions placed") == len(dated)
    assert _value(numbers, "expressions left off") == len(tables["timeline"]) - len(dated)
    # the seed's "for the first time in three and a half years" (June 2019) dates the last time before now: said apart
    assert _value(numbers, "dates covered") == "from 18 December 2022 to 19 December 2022"
    detail = numbers.set_index("measure")["detail"]
    assert detail["people named"].startswith("Vladimir Putin, ")  # the names beside the count: a wrong type shows


def test_summary_names_the_top_entity_with_its_count_and_busiest_paragraph(seed_analysis):
    tables = seed_analysis.tables
    text = " ".join(summary.summary_sentences(seed_analysis.article, tables))
    top = entities.top_entities(tables["entities"], 1).iloc[0]
    per_paragraph = tables["mentions"][tables["mentions"]["entity"] == top["entity"]].groupby("paragraph").size()
    sentence = next(s for s in summary.summary_sentences(seed_analysis.article, tables) if s.startswith(top["entity"]))
    assert f"named {summary._times(per_paragraph.sum())}" in sentence
    if per_paragraph.max() > 1:
        busiest = per_paragraph.idxmax()
        assert re.search(rf"most often in .*\b{busiest}\b", sentence)
    assert (
        f"{sentiment.BENCHMARK['held_out']['tone']['accuracy']:.0%}" in text
    )  # the tone comes with its measured reliability
    assert str(seed_analysis.article.published.year) in text


def test_entity_sentence_counts_and_places():
    mentions = pd.DataFrame({"entity": ["Ann Lee"] * 4 + ["Bonn"], "paragraph": [0, 2, 2, 5, 3]})
    assert summary.entity_sentence("Ann Lee", "person", mentions) == (
        "Ann Lee (person) is named 4 times, in the headline and paragraphs 2 and 5, most often in paragraph 2 (twice)."
    )
    body = mentions.assign(paragraph=[1, 2, 2, 5, 3])
    assert summary.entity_sentence("Ann Lee", "person", body) == (
        "Ann Lee (person) is named 4 times in 3 paragraphs, from paragraph 1 to paragraph 5, most often in paragraph "
        "2 (twice)."
    )
    two = mentions.assign(paragraph=[0, 4, 4, 4, 3])
    assert summary.entity_sentence("Ann Lee", "person", two) == (
        "Ann Lee (person) is named 4 times, in the headline and paragraph 4, most often in paragraph 4 (3 times)."
    )
    assert summary.entity_sentence("Bonn", "place", mentions) == "Bonn (place) is named once, in paragraph 3."


def test_an_article_of_only_a_headline_has_no_paragraph_to_count():
    from types import SimpleNamespace

    article = SimpleNamespace(body=[], title="Storm hits coast", words=3)
    assert summary.size_words(article) == "only its headline, 3 words,"
    assert summary.size_words(SimpleNamespace(body=["a b", "c"], title="T", words=4)) == "2 paragraphs and 4 words"


def test_periods_are_named_at_their_own_precision():
    assert summary.period_name("2019-06-01", "2019-06-30") == "June 2019"
    assert summary.period_name("2015-01-01", "2015-12-31") == "2015"
    assert summary.period_name("2022-12-19", "2022-12-19") == "19 December 2022"
    assert summary.period_name("2022-12-17", "2022-12-18") == "17–18 December 2022"
    assert summary.period_name("2022-11-30", "2022-12-02") == "30 November–2 December 2022"
    assert summary.period_name("2019-06-01", "2019-08-31") == "June–August 2019"
    assert summary.period_name("1990-01-01", "1999-12-31") == "the 1990s"
    assert summary.period_name("2000-01-01", "2099-12-31") == "2000–2099"
    assert summary.period_name("2013-03-18T10:00", "2013-03-24") == "18–24 March 2013"


def test_a_span_runs_from_its_first_point_to_its_last_each_at_its_own_precision():
    assert summary.endpoint_name("2010-05-01", "2010-05-31", "start") == "May 2010"
    assert summary.endpoint_name("2013-03-18", "2013-03-24", "end") == "24 March 2013"
    assert summary.endpoint_name("1990-01-01", "1999-12-31", "end") == "the 1990s"
    assert summary.endpoint_name("2066-01-01", "2099-12-31", "end") == "2099"
    dated = pd.DataFrame(
        {"expression": ["May 2010", "18 March", "24 March"], "start": ["2010-05-01", "2013-03-18", "2013-03-24"]}
    ).assign(end=["2010-05-31", "2013-03-24", "2013-03-24"])
    assert summary.span_words(dated) == "from May 2010 to 24 March 2013"  # never "May 2010 to 18 … to 24 March"


def _timeline(rows: list[tuple]) -> pd.DataFrame:
    """A timeline table of (expression, type, value, date, date_end) rows, in paragraph 1."""
    table = pd.DataFrame(rows, columns=["expression", "type", "value", "date", "date_end"])
    return table.assign(paragraph=1, start_char=range(len(table)), anchor="")


def test_a_broad_expression_spanning_all_the_others_is_named_and_the_others_span_given():
    timeline = _timeline(
        [("this century", "DATE", "20", "2000-01-01", "2099-12-31")]
        + [(f"{d} March", "DATE", f"2013-03-{d}", f"2013-03-{d}", f"2013-03-{d}") for d in (18, 20, 24)]
    )
    assert summary.dates_sentence(timeline) == (
        "Of its 4 dated expressions, “this century” refers to 2000–2099 and the other 3 run from 18 March 2013 to "
        "24 March 2013."
    )
    one = _timeline([("Thursday", "DATE", "2023-06-01", "2023-06-01", "2023-06-01")])
    assert summary.dates_sentence(one) == "Its one dated expression, “Thursday”, refers to 1 June 2023."
    year = _timeline(
        [("this year", "DATE", "2025", "2025-01-01", "2025-12-31"), ("Sunday", "DATE", "2025-02-02", "2025-02-02", "")]
    )
    assert summary.dates_sentence(year) == (
        "Of its 2 dated expressions, “this year” refers to 2025 and the other, “Sunday”, refers to 2 February 2025."
    )
    same = _timeline([("Monday", "DATE", "2022-12-19", "2022-12-19", "")] * 2)
    assert summary.dates_sentence(same) == "Its 2 dated expressions both refer to 19 December 2022."


def test_durations_times_and_unresolved_dates_are_not_called_vague_and_one_stays_while_two_stay():
    timeline = _timeline(
        [
            ("recently", "DATE", "PAST_REF", "", ""),
            ("20 minutes", "DURATION", "PT20M", "", ""),
            ("the 89th minute", "TIME", "T00:89", "", ""),
            ("Monday", "DATE", "XXXX-WXX-1", "", ""),
            ("every Tuesday", "SET", "XXXX-WXX-2", "", ""),
        ]
    )
    assert summary.undated_sentence(timeline) == (
        "1 vague reference (“recently”), 1 relative date left open (“Monday”), 1 duration (“20 minutes”), "
        "1 recurring time (“every Tuesday”) and 1 time of day (“the 89th minute”) stay off the calendar."
    )
    assert summary.undated_sentence(timeline.iloc[:1]) == "1 vague reference (“recently”) stays off the calendar."
    assert summary.undated_sentence(timeline.iloc[:0]) == ""


def test_overall_tone_is_the_largest_share_of_the_body_text_with_the_headline_apart():
    sentence_sentiment = pd.DataFrame(
        {
            "paragraph": [0, 1, 1, 2],
            "text": ["Great win for the city", "a" * 10, "b" * 30, "c" * 15],
            "tone": ["positive", "neutral", "negative", "neutral"],
        }
    )
    tables = {
        "paragraph_sentiment": pd.DataFrame(
            {
                "paragraph": [0, 1, 2],
                "polarity": [0.8, -0.5, 0.0],
                "subjectivity": [0.5, 0.5, 0.0],
                "vader": [0.6, -0.5, 0.0],
                "tone": ["positive", "negative", "neutral"],
            }
        ),
        "paragraphs": pd.DataFrame({"paragraph": [0, 1, 2], "words": [5, 10, 10]}),
        "sentence_sentiment": sentence_sentiment,
    }
    overall = summary.overall_tone(tables)
    # 30 of 55 body characters negative, 25 neutral; the positive headline is shown apart, not counted.
    assert overall["tone"] == "negative" and overall["headline_tone"] == "positive"
    assert overall["share_negative"] == pytest.approx(30 / 55, abs=1e-4)
    assert overall["share_positive"] == 0.0
    assert overall["polarity"] == pytest.approx(-0.25)  # body paragraphs only, by words
    sentence = summary.tone_sentence(tables)
    assert sentence.startswith("Its wording, as the tone models label it, reads negative: ")
    assert "55% of its text negative" in sentence and "headline's wording reads positive" in sentence
    assert "labels the words, not how grave the events are" in sentence


def test_a_one_paragraph_brief_gets_one_tone_never_a_tie():
    tables = {
        "paragraph_sentiment": pd.DataFrame(
            {
                "paragraph": [0, 1],
                "polarity": [0.0, 0.0],
                "subjectivity": [0.0, 0.0],
                "vader": [0.0, -0.4],
                "tone": ["neutral", "negative"],
            }
        ),
        "paragraphs": pd.DataFrame({"paragraph": [0, 1], "words": [6, 40]}),
        "sentence_sentiment": pd.DataFrame(
            {
                "paragraph": [0, 1, 1],
                "text": ["Bank fails", "x" * 40, "y" * 40],
                "tone": ["neutral", "negative", "neutral"],
            }
        ),
    }
    overall = summary.overall_tone(tables)
    assert overall["tone"] in ("negative", "neutral") and "tied" not in overall["tone"]
    assert overall["share_negative"] == overall["share_neutral"] == 0.5


def test_article_without_headline_date_names_or_times_says_so(plain_analysis):
    article, tables = plain_analysis.article, plain_analysis.tables
    assert article.title is None and article.published is None
    numbers = summary.key_numbers(article, tables)
    assert _value(numbers, "people") == _value(numbers, "places") == _value(numbers, "organisations") == 0
    assert _value(numbers, "dates covered") == "no datable expression"
    text = " ".join(summary.summary_sentences(article, tables))
    assert "no headline" in text and "publication date is unknown" in text
    assert "names no person, place or organisation" in text and "No expression" in text
    assert "no headline" in summary.header_markdown(article) and "unknown" in summary.header_markdown(article)


# --- every summary sentence against the tables, on the shipped article and the test articles -----------------------
ARTICLE_NAMES = ["seed", *ARTICLES]
# Every counted noun of the summary, singular and plural.
NOUNS = {
    "paragraph": "paragraphs",
    "word": "words",
    "person": "people",
    "place": "places",
    "organisation": "organisations",
    "dated expression": "dated expressions",
    "statement": "statements",
    "source": "sources",
    **dict(summary.UNDATED_KINDS.values()),
}
TYPE_KINDS = {"person": ("PERSON",), "place": ("GPE", "LOC", "FAC"), "organisation": ("ORG",)}


def _unquoted(text: str) -> str:
    """`text` with every quoted expression blanked, so that only the summary's own words are checked."""
    return re.sub(r"“[^”]*”", "“…”", text)


def _kind(expression_type: str, value: str) -> str:
    """The kind of an undated expression, told here again from its TimeML type and value."""
    if value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return "vague"
    if expression_type in ("DURATION", "SET"):
        return {"DURATION": "duration", "SET": "recurring"}[expression_type]
    if expression_type == "TIME" and value.startswith("XXXX-XX-XXT"):  # a clock time with no day
        return "time"
    return "unresolved" if "X" in value else "time" if expression_type == "TIME" else "other"


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_every_summary_sentence_says_what_the_tables_hold(name, sample):
    article, tables = sample(name).article, sample(name).tables
    sentences = summary.summary_sentences(article, tables)
    size = f"The article has {summary.count_noun(len(article.body), 'paragraph')} and {article.words} word"
    assert sentences[0].startswith(size)

    names = next(s for s in sentences if s.startswith("It names"))
    types = tables["entities"]["entity_type"]
    counted = {kind: int(types.isin(kind_types).sum()) for kind, kind_types in TYPE_KINDS.items()}
    if not any(counted.values()):
        assert names.startswith("It names no person, place or organisation")
    else:
        for kind, n in counted.items():
            said = f"{n} {kind if n == 1 else NOUNS[kind]}" if n else f"no {kind}"
            assert re.search(rf"\b{said}\b", names), (said, names)

    kinds = dict(zip(tables["entities"]["entity"], types.map(entities.ENTITY_KINDS)))
    for sentence in sentences:
        if m := re.match(r"(.+?) \((person|place|organisation)\) is named (once|twice|(\d+) times)", sentence):
            name = bare_name(m[1], kinds)  # "The Senate": a name the article writes after "the"
            assert kinds[name] == m[2], sentence  # the kind the entities table gives it
            times = {"once": 1, "twice": 2}.get(m[3]) or int(m[4])
            assert times == (tables["mentions"]["entity"] == name).sum(), sentence

    check_speakers(sentences, tables["quotes"], tables["entities"])

    tone = next(s for s in sentences if s.startswith(("Its wording, as the tone models", "There is no text")))
    sentences_scored = tables["sentence_sentiment"]
    body = sentences_scored[sentences_scored["paragraph"] > 0]
    if len(body):  # the shares of the body's text (non-space characters) by sentence tone, headline apart
        length = body["text"].map(lambda t: len("".join(str(t).split())))
        shares = {t: length[body["tone"] == t].sum() / length.sum() for t in sentiment.TONES}
        # "31% of its text negative, 48% neutral and 21% positive": the first share says what it is a share of
        figures = tone.replace(" of its text ", " ")
        assert all(f"{shares[t]:.0%} {t}" in figures for t in sentiment.TONES), tone
        assert "labels the words, not how grave the events are" in tone, tone
        assert shares[re.search(r"reads (\w+)", tone)[1]] == max(shares.values()), tone

    dated = tables["timeline"][tables["timeline"]["date"] != ""]
    dates = next(s for s in sentences if "dated expression" in s or s.startswith("No expression"))
    if dated.empty:
        assert dates.startswith("No expression")
    else:
        n = "one" if len(dated) == 1 else len(dated)
        # "Of its 5 dated expressions, “three and a half years” dates the last time before now, …" (summ43)
        assert dates.startswith((f"Its {n} dated expression", f"Of its {n} dated expressions")), dates
        years = [int(y) for y in re.findall(r"\b(1\d{3}|20\d{2})s?\b", _unquoted(dates))]
        ends = dated["date_end"].where(dated["date_end"] != "", dated["date"])
        assert (min(years), max(years)) == (int(min(dated["date"])[:4]), int(max(ends)[:4])), dates
        assert all(clause.count(" to ") <= 1 for clause in _unquoted(dates).split(";")), dates

    undated = tables["timeline"][tables["timeline"]["date"] == ""]
    off = [s for s in sentences if "off the calendar" in s]
    if undated.empty:
        assert off == []
    else:
        (off,) = off
        for kind, n in Counter(_kind(t, v) for t, v in zip(undated["type"], undated["value"])).items():
            singular, plural = summary.UNDATED_KINDS[kind]
            assert f"{n} {singular if n == 1 else plural} (“" in off, (kind, off)
        assert off.endswith("stays off the calendar." if len(undated) == 1 else "stay off the calendar.")

    words = _unquoted(" ".join(sentences))
    for singular, plural in NOUNS.items():
        assert not re.search(rf"\b1 {plural}\b", words), plural
        assert not re.search(rf"\b([02-9]|\d\d+) {singular}(?![a-z])", words), singular


TIMES = r"(once|twice|(\d+) times)"


def _count(match: re.Match, group: int = 1) -> int:
    """The number in 'once', 'twice' or 'n times'."""
    return {"once": 1, "twice": 2}.get(match[group]) or int(match[group + 1])


def check_speakers(sentences: list[str], quotes: pd.DataFrame, entities: pd.DataFrame) -> None:
    """The speakers sentence and the never-quoted sentence, checked against the quotes and entities tables."""
    spoken = quotes[quotes["speaker"].fillna("").astype(str).str.strip() != ""]
    spoken = spoken.assign(speaker=[speakers.speaker_name(s, set(entities["entity"])) for s in spoken["speaker"]])
    said = next(s for s in sentences if s.startswith(("It attributes", "It quotes no one", "It reports")))
    if quotes.empty:
        assert said.startswith("It quotes no one")
        return
    if spoken.empty:
        assert said.startswith(f"It reports {summary.count_noun(len(quotes), 'statement')}, none with a speaker")
        return
    # several named together ("The World Bank and the IMF said") are each a source of that statement
    names = set(entities["entity"].astype(str))
    parts = [summary.joint_parts(speakers.short_speaker(s, names), names) or [s] for s in spoken["speaker"]]
    statements = len(spoken)
    spoken = spoken.assign(speaker=parts).explode("speaker")
    per = spoken.groupby("speaker").size()
    assert said.startswith(f"It attributes {summary.count_noun(statements, 'statement')}")
    assert f" to {summary.count_noun(len(per), 'source')}" in said
    named = set()
    for speaker, n in per.items():
        m = re.search(rf"{re.escape(speaker)} {TIMES} \(([^)]*)\)", said)
        if not m:
            continue
        named.add(speaker)
        assert _count(m) == n, said
        kinds = spoken[spoken["speaker"] == speaker]["kind"].value_counts()
        if m[3] in ("direct", "partial", "reported") or m[3].startswith(("all ", "both ")):
            assert kinds.index.tolist() == [m[3].split()[-1]], said
        else:
            assert dict(kinds) == {k: int(v) for v, k in (part.split() for part in m[3].split(", "))}, said
    # the main sources quoted as often, each with its kinds and the count said once: "each 3 times: A (1 direct, 2
    # reported) and B (all reported)", or "A (direct) and B (reported), twice each, and …"
    tie = re.search(rf", each {TIMES}: (.+)\.$", said)
    count, listed = (_count(tie), tie[3]) if tie else (None, "")
    if not tie and (tie := re.search(rf": ((?:[^,(]+ \([^)]*\)(?:, | and ))*[^,(]+ \([^)]*\)), {TIMES} each,", said)):
        count, listed = _count(tie, 2), tie[1]
    items = re.findall(r"(?:^|, | and )([^,(]+?) \(([^)]*)\)", listed)
    for speaker, kinds_said in items:
        speaker = bare_name(speaker, per)  # "the White House": a source the article writes after "the"
        named.add(speaker)
        assert per[speaker] == count, said
        kinds = spoken[spoken["speaker"] == speaker]["kind"].value_counts()
        if kinds_said in ("direct", "partial", "reported") or kinds_said.startswith(("all ", "both ")):
            assert kinds.index.tolist() == [kinds_said.split()[-1]], said
        else:
            assert dict(kinds) == {k: int(v) for v, k in (part.split() for part in kinds_said.split(", "))}, said
    if items and tie[0].startswith(", each"):
        assert len(named) == len(per), said
    # the sources tied at the cut, named together
    if not items and (m := re.search(rf": (.+?) {TIMES} each, and ", said)):
        tied = [bare_name(s, per) for s in re.split(r", | and ", m[1])]
        assert all(per[s] == _count(m, 2) == per.max() for s in tied), said
        assert (per == per.max()).sum() == len(tied), said
        named.update(tied)
    rest = per.drop(sorted(named))
    if m := re.search(rf"and (\d+) others {TIMES} each", said):
        assert int(m[1]) == len(rest) and set(rest) == {_count(m, 2)}, said
    if m := re.search(r"(\d+) to (\d+) times each", said):
        assert (int(m[1]), int(m[2])) == (per.min(), per.max()), said
    people = entities[entities["entity_type"].isin(["PERSON", "ORG"])]
    heard = heard_by_rule(set(spoken["speaker"]), quotes, people)
    silent = set(people["entity"]) - heard
    unheard = [
        s
        for s in sentences
        if "never quoted" in s or "is quoted" in s or s.startswith(("It quotes every", "It quotes the one"))
    ]
    if people.empty:
        assert unheard == []
        return
    (unheard,) = unheard
    if m := re.match(r"Of the (\d+) people and organisations it names, (\d+) (?:is|are) never quoted", unheard):
        assert (int(m[1]), int(m[2])) == (len(people), len(silent)), unheard
    elif m := re.search(r"; of the (\d+) other people and organisations it names, (\d+) (?:is|are) never", unheard):
        # bodies named only as an outlet or as where someone quoted works come first, and are no silent source
        # (a court named only as a venue is aside even when its judge speaks, and so is not among the silent)
        aside = len(people) - int(m[1])
        venue_heard = {
            e for e in heard & set(people["entity"]) if e in unheard[: m.start()] and "as a venue" in unheard
        }
        assert aside >= 1 and int(m[2]) == len(silent) - aside + len(venue_heard), unheard
    elif silent:
        assert len(silent) == len(people) and ("None of the" in unheard or "The one" in unheard), unheard
    else:
        assert unheard.startswith("It quotes"), unheard


def bare_name(name: str, known) -> str:
    """A name as the tables give it, from a sentence that writes it after "the" as the article does ("the Senate")."""
    return name if name in known else re.sub(r"^[Tt]he ", "", name)


def test_speakers_are_counted_each_with_the_kinds_of_what_they_said_and_ties_are_not_picked():
    quotes = pd.DataFrame(
        {
            "paragraph": [1, 2, 3, 4, 5, 6],
            "kind": ["direct", "reported", "partial", "reported", "reported", "reported"],
            "speaker": ["Ann Lee", "Ann Lee", "Acme", "Bo Kim", "officials", None],
            "tone": ["neutral"] * 6,
            "text": ["“We won,” she said", "that it was over", "a “fair” deal", "it was late", "talks end", "no"],
        }
    )
    entities = pd.DataFrame(
        {
            "entity": ["Ann Lee", "Acme", "Bo Kim", "Cy Dee"],
            "entity_type": ["PERSON", "ORG", "PERSON", "PERSON"],
            "mentions": [3, 2, 1, 4],
            "paragraphs": [2, 1, 1, 3],
            "first_paragraph": [1, 3, 4, 1],
        }
    )
    assert summary.speakers_sentence(quotes, entities) == (
        "It attributes 5 statements to 4 sources (1 more statement with no speaker found): Ann Lee twice (1 direct, "
        "1 reported) and 3 others once each."
    )
    assert summary.unheard_sentence(quotes, entities) == (
        "Of the 4 people and organisations it names, 1 is never quoted: Cy Dee, named 4 times."
    )
    even = quotes.iloc[[2, 3, 4]]
    assert summary.speakers_sentence(even, entities) == (
        "It attributes 3 statements to 3 sources, each once: Acme (partial), Bo Kim (reported) and officials "
        "(reported)."
    )
    one = quotes.iloc[[0]]
    assert summary.speakers_sentence(one, entities) == "It attributes 1 statement to 1 source: Ann Lee (direct)."
    assert summary.unheard_sentence(one, entities) == (
        "Of the 4 people and organisations it names, 3 are never quoted: Cy Dee (named 4 times), Acme (named "
        "twice) and Bo Kim (named once)."
    )
    assert summary.speakers_sentence(quotes.iloc[:0], entities) == "It quotes no one: no statement in it is attributed."
    assert summary.speakers_sentence(quotes.iloc[[5]], entities) == "It reports 1 statement, none with a speaker found."
    assert summary.unheard_sentence(quotes, entities.iloc[:0]) == ""
    assert summary.unheard_sentence(quotes.iloc[:0], entities.iloc[[0]]) == (
        "The one person it names is never quoted: Ann Lee, named 3 times."
    )


def test_a_long_run_of_sources_quoted_as_often_is_named_up_to_four_and_counted():
    names = [f"Source {k}" for k in range(7)]
    quotes = pd.DataFrame(
        {"paragraph": range(7), "kind": "reported", "speaker": names, "tone": "neutral", "text": "it is so"}
    )
    entities = pd.DataFrame(columns=["entity", "entity_type", "mentions", "paragraphs"])
    assert summary.speakers_sentence(quotes, entities) == (
        "It attributes 7 statements to 7 sources, each once: Source 0, Source 1, Source 2, Source 3 and 3 more."
    )


def test_an_undated_expression_written_twice_is_counted_where_it_is_quoted():
    # "one year" twice among 4 durations: quoting three without a count reads as if one were left out
    undated = pd.DataFrame(
        {
            "paragraph": [1, 1, 5, 6],
            "expression": ["one year", "eight months", "one year", "over two years"],
            "undated_kind": "duration",
        }
    )
    assert summary.undated_words(undated) == ["4 durations (“one year” twice, “eight months”, “over two years”)"]


def test_the_sport_article_counts_its_minutes_as_durations_not_vague_references(sample):
    text = " ".join(summary.summary_sentences(sample("sport").article, sample("sport").tables))
    assert "3 durations (“20 minutes”, “the last 90 minutes”, “95 minutes”) stay off the calendar." in text
    assert "vague" not in text


def test_an_undated_article_leaves_its_relative_dates_open_and_dates_what_it_writes_in_full(sample):
    sentences = summary.summary_sentences(sample("undated").article, sample("undated").tables)
    assert "publication date is unknown" in sentences[0]
    assert "Its one dated expression, “3 March 2021”, refers to 3 March 2021." in sentences
    assert any("2 relative dates left open (“Monday”, “Last year”)" in s for s in sentences)


def test_a_summary_describes_no_entity_picked_from_a_tie_and_says_none_stands_out():
    entities_table = pd.DataFrame(
        {"entity": ["A", "B", "C", "D"], "entity_type": ["PERSON"] * 4, "mentions": [3, 2, 2, 2], "paragraphs": 1}
    )
    assert summary.main_entities(entities_table)["entity"].tolist() == ["A"]
    even = entities_table.assign(mentions=1)
    assert summary.main_entities(even).empty


def test_sources_tied_at_the_cut_are_named_together_and_the_rest_counted():
    # four sources three times each and three others less: no three of the four are picked, all four are named
    speakers_of = ["Ora Vale"] * 3 + ["Fenwick Trust"] * 3 + ["Ida Marsh"] * 3 + ["Port Board"] * 3
    speakers_of += ["Tom Reed", "Tom Reed", "Lia Ford"]
    quotes = pd.DataFrame(
        {
            "paragraph": range(1, len(speakers_of) + 1),
            "kind": "reported",
            "speaker": speakers_of,
            "tone": "neutral",
            "text": "it is so",
        }
    )
    entities = pd.DataFrame(columns=["entity", "entity_type", "mentions", "paragraphs"])
    assert summary.speakers_sentence(quotes, entities) == (
        "It attributes 15 statements to 6 sources: Ora Vale, Fenwick Trust, Ida Marsh and Port Board 3 times each, "
        "and 2 others with 3 statements."
    )
    assert summary.speakers_sentence(quotes.iloc[:-1], entities).endswith(
        "3 times each, and Tom Reed twice (both reported)."
    )


def test_a_neutral_article_whose_other_text_is_one_sided_is_said_to_lean(sample):
    for name in ("seed", "brief", "plain"):
        analysis = sample(name)
        tables = analysis.tables
        overall = summary.overall_tone(tables)
        value = _value(summary.key_numbers(analysis.article, tables), "overall tone")
        assert value == (overall["tone"] + summary.lean_words(overall) if overall["tone"] else "no text to score")
        assert summary.lean_words(overall) in summary.tone_sentence(tables)
    assert summary.lean_words({"tone": "neutral", "share_negative": 0.39, "share_positive": 0.02}) == (
        ", leaning negative"
    )
    assert summary.lean_words({"tone": "neutral", "share_negative": 0.0, "share_positive": 0.45}) == (
        ", leaning positive"
    )
    # 24% against 17%: no side stands out; 12% against 0%: too little to lean; a negative article does not lean
    assert summary.lean_words({"tone": "neutral", "share_negative": 0.24, "share_positive": 0.17}) == ""
    assert summary.lean_words({"tone": "neutral", "share_negative": 0.12, "share_positive": 0.0}) == ""
    assert summary.lean_words({"tone": "negative", "share_negative": 0.48, "share_positive": 0.07}) == ""


def test_a_name_met_once_is_named_in_its_paragraph_and_two_unheard_are_neither():
    mentions = pd.DataFrame({"paragraph": [1], "entity": ["Port Ellery"]})
    assert (
        summary.entity_sentence("Port Ellery", "place", mentions)
        == "Port Ellery (place) is named once, in paragraph 1."
    )
    entities = pd.DataFrame(
        {
            "entity": ["Northsea Link", "Ora Vale"],
            "entity_type": ["ORG", "PERSON"],
            "mentions": [1, 1],
            "paragraphs": 1,
            "first_paragraph": 1,
        }
    )
    quotes = pd.DataFrame({"paragraph": [1], "kind": ["reported"], "speaker": ["the coastguard"], "tone": ["neutral"],
                           "text": ["no one was hurt"]})  # fmt: skip
    assert summary.unheard_sentence(quotes, entities) == (
        "Neither of the 2 people and organisations it names is quoted, each named once: Northsea Link and Ora Vale."
    )


def test_a_speaker_given_only_as_a_pronoun_is_no_source_and_the_unquoted_are_unquoted_by_name():
    quotes = pd.DataFrame(
        {
            "paragraph": [1, 2, 3],
            "kind": ["direct", "reported", "direct"],
            "speaker": ["she", "Ann Lee", "He"],
            "tone": ["neutral"] * 3,
            "text": ["“It took ten years,”", "that the film was done", "“We are proud,”"],
        }
    )
    entities = pd.DataFrame(
        {
            "entity": ["Ann Lee", "Cy Dee"],
            "entity_type": ["PERSON", "PERSON"],
            "mentions": [2, 1],
            "paragraphs": [2, 1],
            "first_paragraph": [1, 1],
        }
    )
    assert summary.speakers_sentence(quotes, entities) == (
        "It attributes 1 statement to 1 source (2 more statements whose speaker it gives only as “he” and “she”): "
        "Ann Lee (reported)."
    )
    assert summary.unheard_sentence(quotes, entities) == (
        "Of the 2 people it names, 1 is never quoted by name: Cy Dee, named once."
    )
    alone = quotes.iloc[[0]]
    assert summary.speakers_sentence(alone, entities) == ("It reports 1 statement and gives its speaker only as “she”.")
    assert summary.unheard_sentence(alone, entities) == (
        "Neither of the 2 people it names is quoted by name: Ann Lee (named twice) and Cy Dee (named once)."
    )
