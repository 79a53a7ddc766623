"""The charts (newsframe.charts): each returns the data it plots, keeps its labels inside the canvas and apart, and
the analysis modules draw nothing."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_rgba
from matplotlib.dates import num2date
from matplotlib.text import Annotation
from PIL import Image
from sample_articles import ARTICLES

from newsframe import charts, config, entities, nlp, sentiment, speakers
from newsframe.article import Article, Paragraph
from newsframe.charts import style, timeaxis
from newsframe.charts import timeline as timeline_chart
from newsframe.charts.corpus import ARTICLES_SHOWN, article_labels, shown_articles
from newsframe.timeline import timeline_table

# The shipped article and every test article: crowded, sparse, undated, long-span, sport, no names or dates.
ARTICLE_NAMES = ["seed", *ARTICLES]
CLEAN = {"outside": [], "overlapping": [], "over bars": []}

# --- drawing stays in newsframe/charts -------------------------------------------------------------------------
ANALYSIS_MODULES = [
    "article",
    "compare",
    "corpus",
    "entities",
    "pipeline",
    "quotes",
    "sentiment",
    "speakers",
    "summary",
    "findings",
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


# --- every figure, for every article -------------------------------------------------------------------------------
def test_layout_checks_catch_a_label_off_the_canvas_over_a_bar_or_over_another_label():
    fig, ax = style.new_figure()
    ax.set_ylabel("inside")
    assert style.layout_problems(fig) == CLEAN
    fig.text(1.05, 0.5, "off the edge")
    ax.barh([0], [1.0])
    ax.text(0.9, 0.0, "half on the bar")
    ax.text(0.9, 0.0, "on the same spot")
    problems = style.layout_problems(fig)
    assert problems["outside"] == ["off the edge"]
    assert set(problems["over bars"]) == {"half on the bar", "on the same spot"}
    assert problems["overlapping"] == [("half on the bar", "on the same spot")]
    plt.close(fig)


def every_figure(analysis) -> dict:
    """Every figure of notebooks 01–05 for one analysis, titled as the notebooks title them (the report page of
    notebook 06 has a test of its own)."""
    article, t = analysis.article, analysis.tables
    title = lambda what: style.figure_title(what, article)  # noqa: E731
    voices = speakers.speakers_table(t["quotes"], t["entities"])
    return {
        "01-paragraph-words": charts.plot_paragraph_words(t["paragraphs"], title=title("Words per paragraph")),
        "02-entity-counts": charts.plot_top_entities(
            t["entities"], title=title("Most-mentioned people, places and organisations")
        ),
        "02-entity-paragraphs": charts.plot_entity_paragraphs(
            t["mentions"], t["entities"], [p.number for p in article.paragraphs], title=title("Where each appears")
        ),
        "03-paragraph-polarity": charts.plot_paragraph_polarity(
            t["paragraph_sentiment"], t["paragraphs"], title=title("Polarity of each paragraph")
        ),
        "03-lexicon-agreement": charts.plot_lexicon_agreement(
            t["paragraph_sentiment"], t["paragraphs"], title=title("TextBlob beside VADER")
        ),
        "03-entity-tone": charts.plot_entity_tone(t["entity_sentiment"], title=title("Tone towards the main entities")),
        "03-quoted-vs-reporter": charts.plot_voices(t["sentence_sentiment"], title=title("Quoted speech")),
        "04-timeline": charts.plot_timeline(
            t["timeline"], article.published, title=title("Timeline"), time_known=article.time_known
        ),
        "05-speakers": charts.plot_speaker_words(voices, title=title("Who speaks, and how much")),
        "05-speaker-tone": charts.plot_speaker_tone(voices, title=title("The tone of what each speaker says")),
    }


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_every_figure_is_a_report_column_wide_and_no_label_leaves_the_canvas_meets_another_or_covers_a_bar(
    name, sample
):
    for figure, (fig, _) in every_figure(sample(name)).items():
        assert fig.get_figwidth() == pytest.approx(style.FIGURE_WIDTH), figure
        assert style.layout_problems(fig) == CLEAN, figure
        plt.close(fig)


def _pdf_size(path) -> tuple[float, float]:
    """A one-page PDF's page size in inches, from its MediaBox."""
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", path.read_bytes())
    return float(box[1]) / 72, float(box[2]) / 72


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_the_report_page_shows_what_the_article_has_lettered_in_order_on_one_page_of_6_5_by_9_inches(
    name, sample, tmp_path, monkeypatch
):
    article, tables = sample(name).article, sample(name).tables
    fig, data = charts.plot_report(article, tables)
    assert style.layout_problems(fig) == CLEAN
    named = entities.top_entities(tables["entities"]).shape[0] > 0
    heard = (tables["quotes"]["speaker"].fillna("").astype(str).str.strip() != "").any()
    dated = (tables["timeline"]["date"] != "").any()
    voices = ["speakers" if heard else "entity_tone"] if named else ["speakers", "speaker_tone"] if heard else []
    expected = ["words", "polarity"] + (["entities"] if named else []) + voices + (["timeline"] if dated else [])
    assert list(dict.fromkeys(data["panel"])) == expected
    titles = [t.get_text() for t in fig.texts if re.match(r"[A-H] · ", t.get_text())]
    assert [t[0] for t in titles] == list("ABCDE")[: len(expected)]
    if heard:  # who speaks: the sources with the most words, as many rows as the names beside them
        shown = data[data["panel"] == "speakers"]
        table = speakers.speakers_table(tables["quotes"], tables["entities"])
        assert (
            shown["speaker"].tolist()
            == table.sort_values("words", ascending=False, kind="stable")["speaker"].head(len(shown)).tolist()
        )
        if named:  # as many rows as the names beside them, less a run of speakers who say as much cut off
            rows = min(len(table), (data["panel"] == "entities").sum())
            said = table["words"].sort_values(ascending=False).tolist()
            cut = len(shown) < rows and said[len(shown)] < said[len(shown) - 1] and said[rows - 1] == said[rows]
            assert len(shown) == rows or cut
    _, words = charts.plot_paragraph_words(tables["paragraphs"])
    assert data.loc[data["panel"] == "words", "words"].tolist() == words["words"].tolist()
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path)
    paths = charts.save_figure(fig, "06-report", data, "page", formats=("png", "pdf"))
    with Image.open(paths["png"]) as png:
        width, height = (pixels / style.DPI for pixels in png.size)
    assert width <= 6.5 and height <= 9.0
    width, height = _pdf_size(paths["pdf"])
    assert width <= 6.5 + 1e-6 and height <= 9.0 + 1e-6
    plt.close("all")


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


def test_every_kind_of_place_is_one_place_in_the_legend_and_one_colour():
    table = pd.DataFrame(
        {
            "entity": ["Ann Lee", "Bonn", "Heathrow Airport", "the Alps", "Acme"],
            "entity_type": ["PERSON", "GPE", "FAC", "LOC", "ORG"],
            "mentions": [5, 4, 3, 2, 1],
            "paragraphs": [1] * 5,
        }
    )
    fig, data = charts.plot_top_entities(table)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["person", "place", "organisation"]
    colours = {e: bar.get_facecolor() for e, bar in zip(data["entity"], ax.patches)}
    assert colours["Bonn"] == colours["Heathrow Airport"] == colours["the Alps"] != colours["Ann Lee"]
    plt.close(fig)


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
    tones = sentiment.entity_sentiment(sentences, MENTIONS)
    fig, data = charts.plot_entity_tone(tones, min_sentences=1)
    assert sorted(data["entity"]) == ["Anna Smith", "Berlin"]
    plt.close(fig)
    fig, data = charts.plot_entity_tone(tones, n=1, min_sentences=1)  # the entity named in most sentences
    assert len(data) == 1 and data["sentences"].tolist() == [tones["sentences"].max()]
    plt.close(fig)


def test_a_tone_bar_is_as_long_as_its_polarity_and_coloured_by_that_polaritys_sign(sample):
    for name in ("seed", "crowded"):
        tables = sample(name).tables
        fig, data = charts.plot_paragraph_polarity(tables["paragraph_sentiment"], tables["paragraphs"])
        ax = fig.axes[0]
        assert len(ax.patches) == len(data)
        for bar, polarity in zip(ax.patches, data["polarity"]):
            assert bar.get_width() == pytest.approx(polarity)
            assert bar.get_facecolor() == to_rgba(style.SIGN_COLOURS[style.sign(polarity)])
        written = [t.get_text() for t in ax.texts]  # the tone label is text at the right, not the bar's colour
        assert [w for w in written if w in ("neg", "neu", "pos")] == [t[:3] for t in data["tone"]]
        assert "polarity" in ax.get_legend().get_title().get_text()
        plt.close(fig)


# --- notebook 04 ------------------------------------------------------------------------------------------------------
def test_timeline_of_an_article_without_expressions_says_so():
    article = Article("t", None, None, None, "<test>", [Paragraph(1, "The cat sat on the mat.")])
    fig, data = charts.plot_timeline(timeline_table(article, nlp.article_docs(article)), datetime(2022, 12, 19))
    assert data.empty and any("no expression" in t.get_text() for t in style.drawn_texts(fig))
    plt.close(fig)


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_timeline_rows_run_in_time_order_and_nothing_of_the_publication_day_is_drawn_after_publication(name, sample):
    article, table = sample(name).article, sample(name).tables["timeline"]
    data = timeline_chart.plot_data(table, article.published, article.time_known)
    dated = data[data["drawn_as"] != "off calendar"]
    assert len(dated) == (table["date"] != "").sum() and len(data) == len(table)
    assert dated["drawn_start"].tolist() == sorted(dated["drawn_start"])
    assert dated["row"].tolist() == sorted(dated["row"])
    publication = timeline_chart.publication_moment(article.published, article.time_known)
    for r in dated[dated["drawn_as"] == "point"].itertuples():
        start = datetime.fromisoformat(r.drawn_start)
        if publication and start.date() == publication.date() and not re.search(r"T\d\d", r.value):
            assert start <= publication, r.expression


def test_the_evening_of_the_publication_day_is_drawn_at_publication_not_after_it(seed_analysis):
    article = seed_analysis.article
    data = timeline_chart.plot_data(seed_analysis.tables["timeline"], article.published, article.time_known)
    evening = data[data["value"] == "2022-12-19TEV"].iloc[0]
    assert datetime.fromisoformat(evening["drawn_start"]) == article.published


def test_the_shipped_timeline_cuts_the_years_between_june_2019_and_december_2022(seed_analysis):
    article = seed_analysis.article
    fig, data = charts.plot_timeline(seed_analysis.tables["timeline"], article.published, time_known=True)
    pieces = [ax for ax in fig.axes if ax.axison]
    assert len(pieces) == 2
    (june_start, june_end), (dec_start, dec_end) = (tuple(num2date(t) for t in ax.get_xlim()) for ax in pieces)
    assert june_start.year == june_end.year == 2019 and dec_start.year == 2022 and dec_end.month == 12
    labels = [t.get_text() for t in pieces[0].get_yticklabels()]
    assert len(labels) == data["row"].nunique() == 5 and all("“" in label for label in labels)
    plt.close(fig)


def test_a_crowded_timeline_keeps_to_its_rows_and_counts_what_it_cannot_place(sample):
    article, table = sample("crowded").article, sample("crowded").tables["timeline"]
    fig, data = charts.plot_timeline(table, article.published, time_known=True)
    assert data["row"].max() + 1 == timeline_chart.MAX_ROWS < (table["date"] != "").sum()
    assert fig.get_figheight() < 7
    joined = data[data["row"].duplicated(keep=False)]
    assert joined["tick_label"].str.contains(r"^\d+ dated expressions, ").all()
    plt.close(fig)
    fig, data = charts.plot_timeline(sample("sport").tables["timeline"], sample("sport").article.published)
    assert any("3 durations (“20 minutes”" in t.get_text() for t in fig.texts)
    plt.close(fig)


# --- notebook 05 ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["seed", "court", "plain"])
def test_a_speakers_bar_is_as_long_as_the_words_said_and_split_by_kind_in_the_kinds_colours(name, sample):
    tables = sample(name).tables
    table = speakers.speakers_table(tables["quotes"], tables["entities"])
    fig, data = charts.plot_speaker_words(table)
    ax = fig.axes[0]
    assert data["words"].tolist() == sorted(data["words"], reverse=True)
    kinds = speakers.QUOTE_KINDS
    assert (data[[f"words_{k}" for k in kinds]].sum(axis=1) == data["words"]).all()
    bars = [b for b in ax.patches if b.get_width()]
    expected = [(k, w) for k in kinds for w in data[f"words_{k}"] if w]
    assert [b.get_width() for b in bars] == [w for _, w in expected]
    assert [b.get_facecolor() for b in bars] == [to_rgba(style.QUOTE_KIND_COLOURS[k]) for k, _ in expected]
    labels = [t.get_text().strip() for t in ax.texts if not isinstance(t, Annotation)]  # the title is one
    assert labels == (
        [f"{n} statement{'s' if n != 1 else ''}" for n in data["statements"]] or [charts.speakers.NO_SPEAKERS]
    )
    plt.close(fig)
    fig, data = charts.plot_speaker_tone(table)
    assert (data[list(sentiment.TONES)].sum(axis=1) == data["statements"]).all()
    assert sum(b.get_width() for b in fig.axes[0].patches) == data["statements"].sum()
    plt.close(fig)


# --- the time axis in pieces ---------------------------------------------------------------------------------------
def day(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def test_a_period_alone_is_one_piece_and_evenly_spread_years_are_one_linear_axis():
    assert len(timeaxis.pieces([(day("2019-06-01"), day("2019-07-01"))])) == 1
    years = [(datetime(y, 1, 1), datetime(y + 1, 1, 1)) for y in range(1990, 2030, 5)]
    assert len(timeaxis.pieces(years)) == 1


def test_the_distant_past_gets_a_piece_of_its_own_and_a_period_holding_other_dates_is_drawn_across_the_break():
    week = [(day("2022-12-12"), day("2022-12-12")), (day("2022-12-16"), day("2022-12-16"))]
    parts = timeaxis.pieces([(day("1990-01-01"), day("1991-01-01")), *week])
    assert len(parts) == 2 and parts[0].end < day("1992-01-01") and parts[1].start > day("2022-11-01")
    decade = (day("2012-01-01"), day("2022-12-19"))
    parts = timeaxis.pieces([decade, (day("2019-06-01"), day("2019-07-01")), *week])
    assert len(parts) >= 2 and parts[0].start < decade[0] and parts[-1].end > decade[1]


def test_at_most_four_pieces_and_a_longer_stretch_gets_more_room_than_a_shorter_one():
    far = [(datetime(y, 1, 1), datetime(y, 1, 1)) for y in (1900, 1930, 1960, 1990, 2020, 2050)]
    assert len(timeaxis.pieces(far)) == timeaxis.MAX_PIECES
    january, week = (day("2020-01-01"), day("2020-02-01")), (day("2022-12-12"), day("2022-12-15"))
    first, second = timeaxis.pieces([january, week])
    assert first.share > second.share


# --- notebook 07 ------------------------------------------------------------------------------------------------------
def _lines_join_rows(fig) -> list:
    """The drawn lines of a figure's axes that run from one row (article) to another (a vertical rule is none)."""
    return [
        line
        for ax in fig.axes
        for line in ax.lines
        if line.get_linestyle() != "None" and len(set(line.get_ydata())) > 1 and len(set(line.get_xdata())) > 1
    ]


def test_corpus_figures_name_every_article_join_none_and_keep_labels_clear(sample_corpus):
    article_sentiment, total = sample_corpus["article_sentiment"], len(sample_corpus["article_sentiment"])
    figures = {
        "entities": charts.plot_entities_across(sample_corpus["entities"]),
        "speakers": charts.plot_speakers_across(sample_corpus["quotes"], sample_corpus["entities"]),
        "tone": charts.plot_tone_over_time(article_sentiment),
        "timeline": charts.plot_combined_timeline(sample_corpus["timeline"], article_sentiment),
    }
    for name, (fig, _) in figures.items():
        assert style.layout_problems(fig) == CLEAN, name
        assert fig.get_figwidth() == pytest.approx(style.FIGURE_WIDTH)
        assert not _lines_join_rows(fig), name
    expected = article_labels(shown_articles(article_sentiment))
    assert len(expected) == total <= ARTICLES_SHOWN
    for name in ("tone", "timeline"):
        fig = figures[name][0]
        assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == expected, name
    assert [e.startswith("date unknown") for e in expected] == [False] * (total - 2) + [True] * 2  # undated last
    plt.close("all")


def test_an_article_with_a_clock_time_is_dated_beside_articles_with_a_date_alone(sample_corpus):
    published = sample_corpus["article_sentiment"].set_index("article")["published"]
    assert published["crowded"] == pd.Timestamp("2022-11-18 22:10") and published["chronology"] == pd.Timestamp(
        "2013-03-25"
    )
    fig, data = charts.plot_tone_over_time(sample_corpus["article_sentiment"])
    assert {"crowded", "chronology", "sport"} <= set(data["article"])
    plt.close(fig)


def test_a_long_chronology_spreads_over_the_pieces_of_the_axis(sample_corpus):
    fig, data = charts.plot_combined_timeline(sample_corpus["timeline"], sample_corpus["article_sentiment"])
    pieces = [ax for ax in fig.axes if ax.axison]
    row = data.loc[data["article"] == "chronology", "row"].iloc[0]
    holding = [ax for ax in pieces if any(row in line.get_ydata() for line in ax.lines if len(line.get_xdata()))]
    assert len(pieces) >= 2 and len(holding) >= 2
    plt.close(fig)


def test_tone_of_many_articles_names_the_most_recent_and_says_how_many_it_shows():
    n = 60
    article_sentiment = pd.DataFrame(
        {
            "article": [f"a{i}" for i in range(n)],
            "published": pd.date_range("2024-01-01", periods=n),
            "title": [f"Story {i}" for i in range(n)],
            "polarity": [(-1) ** i * 0.3 for i in range(n)],
            "vader": 0.1,
            "tone": "neutral",
        }
    )
    fig, data = charts.plot_tone_over_time(article_sentiment)
    ax = fig.axes[0]
    assert data["article"].tolist() == [f"a{i}" for i in range(n - ARTICLES_SHOWN, n)]
    assert f"{ARTICLES_SHOWN} most recent of {n} articles" in " ".join(t.get_text() for t in style.drawn_texts(fig))
    assert not _lines_join_rows(fig) and style.layout_problems(fig) == CLEAN
    assert ax.get_yticklabels()[0].get_text().startswith("2024-01-31 · Story 30")
    plt.close(fig)


def test_whole_numbers_stay_whole_in_the_figure_data(seed_analysis):
    article, tables = seed_analysis.article, seed_analysis.tables
    fig, report = charts.plot_report(article, tables)
    plt.close(fig)
    for column in ("paragraph", "words", "mentions", "row"):  # empty in other panels' rows, never 17.0
        assert str(report[column].dtype) == "Int64", column
    fig, timeline_data = charts.plot_timeline(tables["timeline"], article.published, time_known=article.time_known)
    plt.close(fig)
    assert str(timeline_data["row"].dtype) == "Int64"
    assert ".0," not in timeline_data.to_csv(index=False).split("\n")[1]


def test_the_entity_tone_chart_draws_the_tone_the_notebook_speaks_of(seed_analysis):
    table = seed_analysis.tables["entity_sentiment"]
    fig, data = charts.plot_entity_tone(table)
    widths = [round(bar.get_width(), 4) for bar in fig.axes[0].patches]
    plt.close(fig)
    assert data["tone_score"].round(4).tolist() == widths[: len(data)]  # the learned tone towards each, first
    assert data["polarity_mean"].round(4).tolist() == widths[len(data) : 2 * len(data)]


def test_a_day_tick_stands_at_the_days_noon_so_the_publication_line_and_a_nights_dot_are_nearest_their_own_day():
    # published at 19:20: with ticks at midnight the line stood nearer the next day's tick; the dot of "Monday
    # night" (22:00) nearer Tuesday's
    table = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "start_char": [0, 0],
            "expression": ["Monday night", "Thursday"],
            "type": ["DATE", "DATE"],
            "value": ["2025-05-05TNI", "2025-05-08"],
            "date": ["2025-05-05", "2025-05-08"],
            "date_end": ["2025-05-05", "2025-05-08"],
            "anchor": ["relative", "relative"],
            "event": ["polls closed", "results due"],
        }
    )
    published = datetime(2025, 5, 6, 19, 20)
    fig, data = charts.plot_timeline(table, published, time_known=True)
    (piece,) = [ax for ax in fig.axes if ax.axison]
    ticks = [num2date(t).replace(tzinfo=None) for t in piece.get_xticks()]
    assert ticks and all(t.hour == 12 and t.minute == 0 for t in ticks)
    labelled = [(t, label.get_text()) for t, label in zip(ticks, piece.get_xticklabels()) if label.get_text()]
    assert all(label.split("\n")[0] == f"{t.day} {t:%b}" for t, label in labelled)

    def nearest_day(moment: datetime) -> int:
        return min(ticks, key=lambda t: abs(t - moment)).day

    assert nearest_day(published) == 6
    night = datetime.fromisoformat(data.loc[data["expression"] == "Monday night", "drawn_start"].iloc[0])
    assert nearest_day(night) == 5
    edges = [num2date(t).replace(tzinfo=None) for t in piece.get_xticks(minor=True)]
    assert edges and all(t.hour == 0 for t in edges)
    plt.close(fig)


def test_count_axes_have_whole_number_ticks():
    entities_table = pd.DataFrame(
        {
            "entity": ["Ora Vale", "Fenwick Trust", "Kettleby"],
            "entity_type": ["PERSON", "ORG", "GPE"],
            "mentions": [1, 1, 1],
            "paragraphs": [1, 1, 1],
        }
    )
    fig, _ = charts.plot_top_entities(entities_table)
    ticks = fig.axes[0].get_xticks()
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks)
    plt.close(fig)
    paragraphs = pd.DataFrame({"paragraph": [0, 1], "text": ["A brief", "One line."], "words": [2, 3]})
    fig, _ = charts.plot_paragraph_words(paragraphs)
    assert all(float(t).is_integer() for t in fig.axes[0].get_xticks())
    plt.close(fig)


def test_a_piece_around_a_periods_first_day_is_ticked_with_that_day_not_a_day_of_padding():
    # "the year to March" starts on 1 April 2023 at midnight; its piece is padded a day each side, and the tick
    # under it must name 1 April, not 31 March
    (part,) = timeaxis.pieces([(datetime(2023, 4, 1), datetime(2023, 4, 1))])
    assert part.start < datetime(2023, 3, 31, 12) and part.end > datetime(2023, 4, 1, 12)
    for most in (1, 3):
        assert timeaxis.tick_times(part, most) == [datetime(2023, 4, 1, 12)]
    # a month ticked by day is stepped from its first day
    (june,) = timeaxis.pieces([(datetime(2019, 6, 1), datetime(2019, 7, 1))])
    assert timeaxis.tick_times(june, 3)[0] == datetime(2019, 6, 1, 12)
    # a bare piece (no drawn times known) keeps every day it shows
    bare = timeaxis.Piece(part.start, part.end)
    assert datetime(2023, 3, 31, 12) in timeaxis.tick_times(bare, 3)


def test_the_agreement_chart_gives_no_percentage_of_a_handful_of_paragraphs():
    scores = pd.DataFrame(
        {
            "paragraph": [0, 1],
            "text": ["Ferry fire", "A ferry caught fire."],
            "polarity": [0.0, 0.2],
            "vader": [-0.6, -0.9],
            "subjectivity": [0.0, 0.2],
            "tone": ["negative", "negative"],
        }
    )
    fig, _ = charts.plot_lexicon_agreement(scores, scores)
    titles = " ".join(ax.get_title(loc="left") for ax in fig.axes)
    assert "Same label in 0 of 2 paragraphs," in titles and "%" not in titles
    plt.close(fig)


def test_rows_too_low_for_their_tone_in_words_still_each_get_their_tone_and_subjectivity(sample):
    tables = sample("many_paragraphs").tables
    fig = plt.figure(figsize=(6.5, 2.0))
    ax = fig.add_axes((0.1, 0.3, 0.6, 0.6))
    _, data = charts.plot_paragraph_polarity(tables["paragraph_sentiment"], tables["paragraphs"], ax=ax, numbered=True)
    shown = sum(t.get_visible() for t in ax.get_yticklabels())
    assert shown < len(data)  # only some rows are numbered ...
    squares = [c for c in ax.collections if len(c.get_offsets()) == len(data) and c.get_paths()]
    tones = [to_rgba(style.TONE_COLOURS[t]) for t in data["tone"]]
    assert any([tuple(f) for f in c.get_facecolors()] == tones for c in squares)  # ... but every row has its tone
    bars = [c for c in ax.collections if type(c).__name__ == "LineCollection" and len(c.get_segments()) == len(data)]
    lengths = [round(seg[1][0] - seg[0][0], 6) for seg in bars[0].get_segments()]
    assert lengths == [round(0.07 * s, 6) for s in data["subjectivity"]]  # and its subjectivity
    plt.close(fig)


def test_names_shortened_on_an_axis_stay_told_apart():
    from newsframe.charts.style import shorten_name as shorten

    assert shorten("Athletics Integrity Unit", 20) == "Athletics Integrity…"
    assert shorten("Athletics Federation of Nigeria", 20) == "Athletics Federatio…"
    assert shorten("Sprinter Kemi Adeyinka", 20) == "Sprinter Kemi…"
    assert shorten("Vladimir Putin", 20) == "Vladimir Putin"


def test_a_last_occasion_is_said_in_the_timeline_label_brackets():
    from newsframe.charts.timeline import expression_label
    from newsframe.timeline import LAST_OCCASION_LABEL

    label = expression_label({"expression": "fifteen years", "event": f"{LAST_OCCASION_LABEL}Fuel duty goes up"})
    assert label == "Fuel duty goes up (last time: “fifteen…”)"
    assert expression_label({"expression": "Monday", "event": "Putin arrived"}) == "Putin arrived (“Monday”)"
