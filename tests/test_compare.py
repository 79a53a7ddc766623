"""Comparing articles (notebook 06): the charts drawn from the corpus tables."""

import pandas as pd
from matplotlib.dates import num2date

from newsframe import compare, plots


def _timeline(rows):
    table = pd.DataFrame(rows, columns=["article", "published", "date", "date_end", "anchor"])
    for column in ("published", "date", "date_end"):
        table[column] = pd.to_datetime(table[column])
    return table


def test_combined_timeline_rows_in_publication_order_far_events_as_arrows_recent_articles_kept():
    table = _timeline(
        [
            ("late", "2024-03-10", "2024-03-09", "2024-03-09", "relative"),
            ("early", "2024-01-05", "2024-01-04", "2024-01-04", "relative"),
            ("early", "2024-01-05", "1990-01-01", "1999-12-31", "explicit"),  # "the 1990s": far before
            ("middle", "2024-02-01", "2030-01-01", "2030-12-31", "explicit"),  # "by 2030": far after
            ("middle", "2024-02-01", "2024-02-02", "2024-02-02", "relative"),
            ("middle", "2024-02-01", "2024-01-01", "2024-01-31", "vague"),  # vague: left out
        ]
    )
    fig, data = compare.plot_combined_timeline(table)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["early", "middle", "late"]
    beyond = dict(zip(data["date"].dt.year, data["beyond"]))
    assert beyond[1990] == "before" and beyond[2030] == "after" and beyond[2024] == ""
    low, high = (num2date(x).replace(tzinfo=None) for x in fig.axes[0].get_xlim())
    assert pd.Timestamp("2023-12-01") < low < pd.Timestamp("2024-01-04") and pd.Timestamp(
        "2024-03-10"
    ) < high < pd.Timestamp("2024-04-30")
    assert not plots.texts_outside(fig)
    fig, data = compare.plot_combined_timeline(table, n=2)
    assert sorted(set(data["article"])) == ["late", "middle"] and "2 most recent of 3" in fig.axes[0].get_title(
        loc="left"
    )


def test_tone_over_time_says_how_many_undated_articles_it_leaves_out():
    article_sentiment = pd.DataFrame(
        {
            "article": ["a", "b", "c"],
            "published": pd.to_datetime(["2024-01-01", None, "2024-02-01"]),
            "title": ["A", "B", "C"],
            "polarity": [0.1, 0.2, -0.1],
            "vader": [0.3, 0.0, -0.4],
            "tone": ["positive", "neutral", "negative"],
        }
    )
    fig, data = compare.plot_tone_over_time(article_sentiment)
    assert list(data["article"]) == ["a", "c"] and "2 articles; 1 undated left out" in fig.axes[0].get_title(loc="left")


def test_a_corpus_of_ones_own_gets_its_own_figures_folder(tmp_path):
    assert compare.corpus_figures_name(tmp_path / "out" / "corpus") == "corpus-out"
    assert compare.corpus_figures_name(tmp_path / "my tables") == "corpus-my_tables"


def test_tone_over_many_articles_is_dots_and_a_running_mean():
    n = 60
    article_sentiment = pd.DataFrame(
        {
            "article": [f"a{i}" for i in range(n)],
            "published": pd.date_range("2024-01-01", periods=n),
            "title": "t",
            "polarity": [(-1) ** i * 0.3 for i in range(n)],
            "vader": 0.1,
            "tone": "neutral",
        }
    )
    fig, data = compare.plot_tone_over_time(article_sentiment)
    ax = fig.axes[0]
    assert len(data) == n and len(ax.collections) == 2  # one cloud of dots per lexicon
    assert all("running mean" in t.get_text() for t in ax.get_legend().get_texts())
    assert abs(ax.lines[0].get_ydata()[n // 2]) < 0.1  # the alternating polarities average out


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
