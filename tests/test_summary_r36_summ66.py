"""summ66 (r36): a brief whose words no lexicon scores reads neutral; two people listed with their ages are the pair
that speaks later."""

import pandas as pd
from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import findings, speakers, summary


def tones(label: str) -> dict[str, pd.DataFrame]:
    """Sentiment tables of a one-line brief whose one sentence the label reads `label` with both scores 0."""
    text = "Bus fares in Harrowby will rise by 20p from April."
    shares = {f"share_{t}": float(t == label) for t in ("negative", "neutral", "positive")}
    paragraph = pd.DataFrame(
        [{"paragraph": 1, "polarity": 0.0, "subjectivity": 0.0, "vader": 0.0, "tone": label, **shares}]
    )
    sentence = pd.DataFrame([{"paragraph": 1, "text": text, "tone": label, "polarity": 0.0, "vader": 0.0}])
    return {"paragraph_sentiment": paragraph, "sentence_sentiment": sentence, "paragraphs": paragraphs(text)}


def test_a_brief_no_lexicon_scores_reads_neutral():
    tables = tones("negative")
    overall = summary.overall_tone(tables)
    assert overall["tone"] == "neutral"
    sentence = summary.wording_tone_words(overall)
    assert sentence.startswith("Its wording, as the tone models label it, reads neutral:"), sentence
    assert "leaning" not in sentence
    answer = findings.tone_of_article.__wrapped__(
        tables["paragraph_sentiment"], tables["paragraphs"], tables["sentence_sentiment"]
    )
    assert "reads neutral" in answer, answer


def test_a_scored_brief_keeps_its_label():
    tables = tones("negative")
    tables["paragraph_sentiment"]["vader"] = -0.49
    assert summary.overall_tone(tables)["tone"] == "negative"


def test_two_people_listed_with_their_ages_are_the_pair():
    texts = paragraphs(
        "Mark Jenner, 52, and Paul Jenner, 48, were jailed at Leeds Crown Court on Monday for a £2m pension fraud.",
        "The pair told the court they had meant to repay the money.",
    )
    names = entities(
        ("Mark Jenner", "PERSON", 1, "Mark Jenner"),
        ("Paul Jenner", "PERSON", 1, "Paul Jenner"),
        ("Leeds Crown Court", "ORG", 1, "Leeds Crown Court"),
    )
    rows = said((2, "The pair", "The pair", "they had meant to repay the money"))
    assert speakers.numbered_groups(rows, names, texts) == ["Mark Jenner and Paul Jenner"]
