"""Comparing articles (notebook 07): the corpus tables read back and who is named across the articles."""

import re

import pandas as pd

from newsframe import compare


def test_a_corpus_of_ones_own_gets_a_figures_folder_no_other_corpus_shares(tmp_path):
    first, second = tmp_path / "a" / "out" / "corpus", tmp_path / "b" / "out" / "corpus"
    name = compare.corpus_figures_name(first)
    assert re.fullmatch(r"corpus-out-[0-9a-f]{8}", name)
    assert name != compare.corpus_figures_name(second)  # two folders named "out" never overwrite each other
    assert name == compare.corpus_figures_name(first.parent) == compare.corpus_figures_name(str(first))
    assert compare.corpus_figures_name(tmp_path / "my tables").startswith("corpus-my_tables-")


def test_publication_times_with_and_without_a_clock_time_are_all_read(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    columns = {
        "entities": "article,entity,entity_type,mentions\n",
        "article_sentiment": "article,published,title,polarity,vader,tone\n"
        "a,2023-01-05,A,0.1,0.2,neutral\nb,2022-12-19T17:51,B,0.0,0.1,neutral\nc,,C,0.0,0.0,neutral\n",
        "timeline": "article,published,date,date_end,anchor\nb,2022-12-19T17:51,2022-12-18T19:00,,relative\n",
        "errors": "source,article,error\n",
    }
    for name, text in columns.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    corpus = compare.load_corpus(folder)
    published = corpus["article_sentiment"].set_index("article")["published"]
    assert published["a"] == pd.Timestamp("2023-01-05") and published["b"] == pd.Timestamp("2022-12-19 17:51")
    assert pd.isna(published["c"]) and corpus["timeline"]["date"][0] == pd.Timestamp("2022-12-18 19:00")
    assert corpus["quotes"].empty and "speaker" in corpus["quotes"]  # a corpus made before quotes were found


def test_the_corpus_quotes_are_read_back_with_their_speakers(sample_corpus):
    quotes = sample_corpus["quotes"]
    assert {"article", "speaker", "kind", "tone", "text"} <= set(quotes.columns)
    assert set(quotes["article"]) <= set(sample_corpus["article_sentiment"]["article"])
    assert (quotes["speaker"].notna()).sum() > 0


def test_entities_across_joins_an_acronym_to_its_full_name_from_another_article():
    entities = pd.DataFrame(
        {
            "article": ["a", "b", "b", "c"],
            "entity": ["United States", "U.S.", "United States", "U.S."],
            "entity_type": ["GPE", "GPE", "GPE", "GPE"],
            "mentions": [3, 2, 1, 4],
        }
    )
    data = compare.entities_across(entities).set_index("entity")
    assert list(data.index) == ["United States"] and data.loc["United States", "articles"] == 3
    assert data.loc["United States", "mentions"] == 10


def test_entities_across_writes_a_name_as_names_are_written():
    entities = pd.DataFrame(
        {
            "article": ["a", "b", "c"],
            "entity": ["WASHINGTON", "Washington", "WASHINGTON"],
            "entity_type": ["GPE"] * 3,
            "mentions": [5, 1, 5],
        }
    )
    data = compare.entities_across(entities)
    assert data["entity"].tolist() == ["Washington"] and data["articles"].tolist() == [3]


def test_entities_across_writes_a_short_dateline_name_as_the_other_articles_do():
    entities = pd.DataFrame(
        {
            "article": ["a", "b", "c"],
            "entity": ["PARIS", "Paris", "NATO"],
            "entity_type": ["GPE", "GPE", "ORG"],
            "mentions": [1, 1, 2],
        }
    )
    data = compare.entities_across(entities).set_index("entity")
    assert sorted(data.index) == ["NATO", "Paris"] and data.loc["Paris", "articles"] == 2
