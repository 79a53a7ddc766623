"""The charts (newsframe.charts): each returns the data it plots, keeps its labels inside the canvas and apart, and
the analysis modules draw nothing."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.dates import num2date

from newsframe import charts, config, entities, nlp, sentiment
from newsframe.article import Article, Paragraph
from newsframe.charts import style
from newsframe.charts.report import PANELS
from newsframe.charts.timeline import approximate_span
from newsframe.timeline import timeline_table

# --- drawing stays in newsframe/charts -------------------------------------------------------------------------
ANALYSIS_MODULES = [
    "article",
    "compare",
    "corpus",
    "entities",
    "pipeline",
    "quotes",
    "sentiment",
    "summary",
    "timeline",
]


def test_matplotlib_is_named_only_under_charts():
    package = config.PROJECT_ROOT / "newsframe"
    naming = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "matplotlib" in path.read_text(encoding="utf-8")
    )
    assert naming and all(name.startswith("charts") for name in naming), naming


def test_the_analysis_modules_import_no_matplotlib():
    modules = ", ".join(f"newsframe.{m}" for m in ANALYSIS_MODULES)
    code = f"import sys, {modules}; print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- every chart ------------------------------------------------------------------------------------------------------
def test_texts_outside_catches_a_label_off_the_canvas():
    fig, ax = style.new_figure()
    ax.set_ylabel("inside")
    assert style.texts_outside(fig) == []
    fig.text(1.05, 0.5, "off the edge")
    assert style.texts_outside(fig) == ["off the edge"]
    plt.close(fig)


def _main_charts(analysis) -> dict:
    """Every chart of notebooks 01–04 for one analysis, titled as the notebooks title them, and the report figure."""
    article, t = analysis.article, analysis.tables
    title = lambda what: style.figure_title(what, article)  # noqa: E731
    return {
        "words": charts.plot_paragraph_words(t["paragraphs"], title=title("Words per paragraph")),
        "entities": charts.plot_top_entities(
            t["entities"], title=title("Most-mentioned people, places and organisations")
        ),
        "entity_paragraphs": charts.plot_entity_paragraphs(
            t["mentions"],
            t["entities"],
            [p.number for p in article.paragraphs],
            title=title("Where each main entity appears"),
        ),
        "polarity": charts.plot_paragraph_polarity(
            t["paragraph_sentiment"], t["paragraphs"], title=title("Polarity of each paragraph")
        ),
        "agreement": charts.plot_lexicon_agreement(
            t["paragraph_sentiment"], t["paragraphs"], title=title("TextBlob beside VADER")
        ),
        "entity_tone": charts.plot_entity_tone(t["entity_sentiment"], title=title("Tone around the main entities")),
        "voices": charts.plot_voices(t["sentence_sentiment"], title=title("Quoted speech and the reporter's words")),
        "timeline": charts.plot_timeline(
            t["timeline"], article.published, title=title("Timeline of the events the article mentions")
        ),
        "report": charts.plot_report(article, t),
    }


@pytest.mark.parametrize("which", ["seed", "long"])
def test_every_label_stays_inside_a_report_column(which, seed_analysis, long_analysis):
    analysis = seed_analysis if which == "seed" else long_analysis
    for name, (fig, _) in _main_charts(analysis).items():
        assert fig.get_figwidth() == pytest.approx(style.FIGURE_WIDTH), name
        assert style.texts_outside(fig) == [], name
        plt.close(fig)


def test_titles_name_the_article_by_its_headline(seed_analysis):
    article = seed_analysis.article
    title = style.figure_title("Words per paragraph", article)
    assert title.startswith("Words per paragraph\n“Russian President") and "2022-12-19" in title
    fig, _ = charts.plot_paragraph_words(seed_analysis.tables["paragraphs"], title=title)
    shown = [t.get_text() for t in style.drawn_texts(fig)]
    assert "Words per paragraph" in shown and any(s.startswith("“Russian President") for s in shown)
    plt.close(fig)
    plain = Article(id="x1", title=None, published=None, updated=None, source="-", paragraphs=[Paragraph(1, "text")])
    assert "x1" in style.figure_title("Words", plain) and "unknown" in style.figure_title("Words", plain)


def test_report_panels_are_drawn_by_the_chart_functions(seed_analysis):
    article, tables = seed_analysis.article, seed_analysis.tables
    fig, data = charts.plot_report(article, tables)
    assert list(dict.fromkeys(data["panel"])) == list(PANELS)
    _, words = charts.plot_paragraph_words(tables["paragraphs"])
    assert data.loc[data["panel"] == "words", "words"].tolist() == words["words"].tolist()
    _, top = charts.plot_top_entities(tables["entities"])
    assert data.loc[data["panel"] == "entities", "entity"].tolist() == top["entity"].tolist()
    assert len(fig.axes) == len(PANELS)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[-1].texts if t.get_bbox_patch() is not None]
    assert len(boxes) == (data["panel"] == "timeline").sum() >= 5  # the timeline panel keeps its labels apart
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    plt.close("all")


def test_chart_draws_into_a_given_axes(seed_analysis):
    fig, (left, right) = plt.subplots(ncols=2)
    drawn, _ = charts.plot_top_entities(seed_analysis.tables["entities"], ax=right)
    assert drawn is fig and len(fig.axes) == 2 and right.patches and not left.patches
    plt.close(fig)


# --- notebook 02 ------------------------------------------------------------------------------------------------------
def parsed(*texts: str) -> tuple[Article, list]:
    """(article, docs) of the given paragraphs (no headline), parsed as the package parses them."""
    article = Article("t", None, None, None, "<test>", [Paragraph(i + 1, t) for i, t in enumerate(texts)])
    return article, nlp.article_docs(article)


def test_entity_charts_and_html():
    """The charts return a figure and the data they plot; the HTML highlights every mention."""
    art, docs = parsed(
        "Angela Merkel met Joe Biden in Berlin.",
        "Later, Merkel flew to Paris. Biden stayed in Berlin with Merkel.",
    )
    mentions = entities.mentions_table(art, docs)
    table = entities.entities_table(mentions)
    fig, data = charts.plot_top_entities(table)
    assert list(data.columns) == ["entity", "entity_type", "kind", "mentions", "paragraphs"]
    assert data.loc[0, "entity"] == "Angela Merkel" and data.loc[0, "mentions"] == 3
    fig2, data2 = charts.plot_entity_paragraphs(mentions, table, [1, 2])
    assert data2["mentions"].sum() == len(mentions[mentions["entity"].isin(data["entity"])])
    html = charts.displacy_html(art, mentions)
    assert html.count("<mark") == len(mentions)
    plt.close(fig)
    plt.close(fig2)


def test_entity_charts_without_entities():
    """An article without names still gets both charts (saying so) and its HTML."""
    art, docs = parsed("it rained all day and nobody came.")
    mentions = entities.mentions_table(art, docs)
    table = entities.entities_table(mentions)
    for fig, data in (charts.plot_top_entities(table), charts.plot_entity_paragraphs(mentions, table, [1])):
        assert data.empty and any(t.get_text() == charts.entities.NO_ENTITIES for t in fig.axes[0].texts)
        plt.close(fig)
    assert "<mark" not in charts.displacy_html(art, mentions)


# --- notebook 03 ------------------------------------------------------------------------------------------------------
MENTIONS = pd.DataFrame(
    [
        (1, 1, 0, 5, "Smith", "PERSON", "Anna Smith"),
        (1, 2, 0, 10, "Anna Smith", "PERSON", "Anna Smith"),
        (2, 1, 4, 10, "Berlin", "GPE", "Berlin"),
    ],
    columns=["paragraph", "sentence", "start_char", "end_char", "text", "entity_type", "entity"],
)


def test_charts_return_the_data_they_plot(seed_analysis):
    paragraphs = seed_analysis.tables["paragraphs"]
    scored = sentiment.paragraph_sentiment(paragraphs)
    sentences = sentiment.sentence_sentiment(seed_analysis.tables["sentences"])
    fig, data = charts.plot_paragraph_polarity(scored, paragraphs)
    assert data["paragraph"].tolist() == paragraphs["paragraph"].tolist()
    assert data["first_words"].iloc[1].startswith("1. ")
    plt.close(fig)
    fig, data = charts.plot_lexicon_agreement(scored, paragraphs)
    assert data["agree"].mean() == pytest.approx(sentiment.agreement(scored))
    plt.close(fig)
    fig, data = charts.plot_voices(sentences)
    assert data["sentences"].sum() == len(sentences)
    assert data.filter(like="share_").sum(axis=1).round(3).isin([0.0, 1.0]).all()
    plt.close(fig)
    fig, data = charts.plot_entity_tone(sentiment.entity_sentiment(sentences, MENTIONS), min_sentences=1)
    assert len(data) <= 10
    plt.close(fig)


# --- notebook 04 ------------------------------------------------------------------------------------------------------
def test_timeline_of_an_article_without_expressions_says_so():
    article = Article("t", None, None, None, "<test>", [Paragraph(1, "The cat sat on the mat.")])
    fig, data = charts.plot_timeline(timeline_table(article, nlp.article_docs(article)), datetime(2022, 12, 19))
    assert data.empty and fig.axes
    plt.close(fig)


def test_seed_timeline_labels_do_not_overlap(seed_analysis):
    fig, data = charts.plot_timeline(seed_analysis.tables["timeline"], seed_analysis.article.published)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_bbox_patch() is not None]
    assert len(boxes) == len(data) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)
    assert set(data["kind"]) >= {"point", "span", "vague"}


def test_a_week_is_ticked_by_its_first_day_not_its_month():
    texts = ["Rescue goes on", "Officials said rescue work would continue through the weekend."]
    published = datetime(2023, 2, 7, 14, 30)
    article = Article("w", texts[0], published, None, "w.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    fig, _ = charts.plot_timeline(timeline_table(article, nlp.parse(texts)), published)
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert "2023-02-11" in labels and "2023-02" not in labels


def test_an_approximate_span_is_labelled_as_briefly_as_its_precision_allows():
    assert approximate_span("2019-06-01", "2019-06-30") == "2019-06"
    assert approximate_span("1922-01-01", "1922-12-31") == "1922"
    assert approximate_span("2012-01-01", "2022-12-19") == "2012–2022"


# --- notebook 06 ------------------------------------------------------------------------------------------------------
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
    fig, data = charts.plot_combined_timeline(table)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["early", "middle", "late"]
    beyond = dict(zip(data["date"].dt.year, data["beyond"]))
    assert beyond[1990] == "before" and beyond[2030] == "after" and beyond[2024] == ""
    low, high = (num2date(x).replace(tzinfo=None) for x in fig.axes[0].get_xlim())
    assert pd.Timestamp("2023-12-01") < low < pd.Timestamp("2024-01-04") and pd.Timestamp(
        "2024-03-10"
    ) < high < pd.Timestamp("2024-04-30")
    assert not style.texts_outside(fig)
    fig, data = charts.plot_combined_timeline(table, n=2)
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
    fig, data = charts.plot_tone_over_time(article_sentiment)
    assert list(data["article"]) == ["a", "c"] and "2 articles; 1 undated left out" in fig.axes[0].get_title(loc="left")


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
    fig, data = charts.plot_tone_over_time(article_sentiment)
    ax = fig.axes[0]
    assert len(data) == n and len(ax.collections) == 2  # one cloud of dots per lexicon
    assert all("running mean" in t.get_text() for t in ax.get_legend().get_texts())
    assert abs(ax.lines[0].get_ydata()[n // 2]) < 0.1  # the alternating polarities average out
