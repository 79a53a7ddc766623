"""Comparing articles (notebook 06): the corpus tables read back and who is named across the articles."""

import pandas as pd

from newsframe import compare


def test_a_corpus_of_ones_own_gets_its_own_figures_folder(tmp_path):
    assert compare.corpus_figures_name(tmp_path / "out" / "corpus") == "corpus-out"
    assert compare.corpus_figures_name(tmp_path / "my tables") == "corpus-my_tables"


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
