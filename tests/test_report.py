"""The report page (notebook 05): key numbers, summary and figure from the tables; the HTML export; labels that fit."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest

from newsframe import config, entities, pipeline, plots, report, sentiment, timeline
from newsframe.article import Article, Paragraph

# An article with long organisation and person names and many dates, to crowd the charts' labels.
LONG_ARTICLE = """date 2021-03-15 International Bank for Reconstruction and Development and the Organisation for Economic Co-operation and Development agree on a new framework

The International Bank for Reconstruction and Development and the Organisation for Economic Co-operation and Development signed an agreement in Washington on Monday, officials said.

Maria Alejandra Fernández de la Torre, who chairs the Intergovernmental Panel on Climate Change Working Group on Mitigation, said on 3 March 2021 that talks had begun in January 2020.

The United Nations Framework Convention on Climate Change secretariat in Bonn said the first meeting took place on 12 February 2019, a second on 5 May 2019 and a third on 1 September 2019.

Jean-Baptiste Montgomery-Fitzwilliam of the European Bank for Reconstruction and Development said on Friday that the framework would take effect on 1 July 2021 and run until December 2030.

In 1992 the Earth Summit in Rio de Janeiro set the first goals, and in 2015 the Paris Agreement followed, he recalled.
"""
# No headline, no date line, no names, no time expressions.
PLAIN_ARTICLE = (
    "it rained all day and nobody came to the fair.\n\nthe stalls stayed closed and the music never started.\n"
)


@pytest.fixture(scope="module")
def long_analysis(tmp_path_factory):
    """The crowded article, analyzed."""
    path = tmp_path_factory.mktemp("articles") / "long_names.txt"
    path.write_text(LONG_ARTICLE, encoding="utf-8")
    return pipeline.analyze(path)


@pytest.fixture(scope="module")
def plain_analysis(tmp_path_factory):
    """The article without headline, date, names or time expressions, analyzed."""
    path = tmp_path_factory.mktemp("articles") / "plain.txt"
    path.write_text(PLAIN_ARTICLE, encoding="utf-8")
    return pipeline.analyze(path)


def _value(numbers: pd.DataFrame, start: str):
    """The value of the key-numbers row whose measure starts with `start`."""
    (value,) = numbers.loc[numbers["measure"].str.startswith(start), "value"]
    return value


# --- key numbers and summary -----------------------------------------------------------------------------------
def test_key_numbers_match_the_tables(seed_analysis):
    article, tables = seed_analysis.article, seed_analysis.tables
    numbers = report.key_numbers(article, tables)
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
    first = min(dated["date"])
    assert _value(numbers, "dates covered").startswith(
        report.period_name(*dated.loc[dated["date"] == first, ["date", "date_end"]].iloc[0])
    )


def test_summary_names_the_top_entity_with_its_count_and_busiest_paragraph(seed_analysis):
    tables = seed_analysis.tables
    text = report.summary_markdown(seed_analysis.article, tables)
    top = entities.top_entities(tables["entities"], 1).iloc[0]
    per_paragraph = tables["mentions"][tables["mentions"]["entity"] == top["entity"]].groupby("paragraph").size()
    sentence = next(s for s in report.summary_sentences(seed_analysis.article, tables) if s.startswith(top["entity"]))
    assert f"named {per_paragraph.sum()} times" in sentence or f"named {report._times(per_paragraph.sum())}" in sentence
    if per_paragraph.max() > 1:
        busiest = per_paragraph.idxmax()
        assert re.search(rf"most often in .*\b{busiest}\b", sentence)
    assert (
        f"{sentiment.BENCHMARK['held_out']['tone']['accuracy']:.0%}" in text
    )  # the tone comes with its measured reliability
    assert str(seed_analysis.article.published.year) in text


def test_entity_sentence_counts_and_places():
    mentions = pd.DataFrame({"entity": ["Ann Lee"] * 4 + ["Bonn"], "paragraph": [0, 2, 2, 5, 3]})
    assert report.entity_sentence("Ann Lee", "person", mentions) == (
        "Ann Lee (person) is named 4 times in 3 paragraphs, from the headline to paragraph 5, most often in paragraph "
        "2 (twice)."
    )
    assert report.entity_sentence("Bonn", "place", mentions) == "Bonn (place) is named once, all in paragraph 3."


def test_periods_are_named_at_their_own_precision():
    assert report.period_name("2019-06-01", "2019-06-30") == "June 2019"
    assert report.period_name("2015-01-01", "2015-12-31") == "2015"
    assert report.period_name("2022-12-19", "2022-12-19") == "19 December 2022"
    assert report.period_name("2022-12-17", "2022-12-18") == "17 December 2022 to 18 December 2022"


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
    overall = report.overall_tone(tables)
    # 30 of 55 body characters negative, 25 neutral; the positive headline is shown apart, not counted.
    assert overall["tone"] == "negative" and overall["headline_tone"] == "positive"
    assert overall["share_negative"] == pytest.approx(30 / 55, abs=1e-4)
    assert overall["share_positive"] == 0.0
    assert overall["polarity"] == pytest.approx(-0.25)  # body paragraphs only, by words
    sentence = report.tone_sentence(tables)
    assert "reads negative" in sentence and "55% negative" in sentence and "headline reads positive" in sentence


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
    overall = report.overall_tone(tables)
    assert overall["tone"] in ("negative", "neutral") and "tied" not in overall["tone"]
    assert overall["share_negative"] == overall["share_neutral"] == 0.5


def test_article_without_headline_date_names_or_times_says_so(plain_analysis):
    article, tables = plain_analysis.article, plain_analysis.tables
    assert article.title is None and article.published is None
    numbers = report.key_numbers(article, tables)
    assert _value(numbers, "people") == _value(numbers, "places") == _value(numbers, "organisations") == 0
    assert _value(numbers, "dates covered") == "no datable expression"
    text = report.summary_markdown(article, tables)
    assert "no headline" in text and "publication date is unknown" in text
    assert "names no person, place or organisation" in text and "No expression" in text
    assert "no headline" in report.header_markdown(article) and "unknown" in report.header_markdown(article)
    fig, data = report.plot_report(article, tables)
    assert plots.texts_outside(fig) == []
    assert set(data["panel"]) >= {"words", "polarity"}
    plt.close(fig)


# --- figures ---------------------------------------------------------------------------------------------------
def test_texts_outside_catches_a_label_off_the_canvas():
    fig, ax = plots.new_figure()
    ax.set_ylabel("inside")
    assert plots.texts_outside(fig) == []
    fig.text(1.05, 0.5, "off the edge")
    assert plots.texts_outside(fig) == ["off the edge"]
    plt.close(fig)


def _main_charts(analysis) -> dict:
    """Every chart of notebooks 01–04 for one analysis, titled as the notebooks title them, and the report figure."""
    article, t = analysis.article, analysis.tables
    title = lambda what: plots.figure_title(what, article)  # noqa: E731
    return {
        "words": plots.plot_paragraph_words(t["paragraphs"], title=title("Words per paragraph")),
        "entities": entities.plot_top_entities(
            t["entities"], title=title("Most-mentioned people, places and organisations")
        ),
        "entity_paragraphs": entities.plot_entity_paragraphs(
            t["mentions"],
            t["entities"],
            [p.number for p in article.paragraphs],
            title=title("Where each main entity appears"),
        ),
        "polarity": sentiment.plot_paragraph_polarity(
            t["paragraph_sentiment"], t["paragraphs"], title=title("Polarity of each paragraph")
        ),
        "agreement": sentiment.plot_lexicon_agreement(
            t["paragraph_sentiment"], t["paragraphs"], title=title("TextBlob beside VADER")
        ),
        "entity_tone": sentiment.plot_entity_tone(t["entity_sentiment"], title=title("Tone around the main entities")),
        "voices": sentiment.plot_voices(t["sentence_sentiment"], title=title("Quoted speech and the reporter's words")),
        "timeline": timeline.plot_timeline(
            t["timeline"], article.published, title=title("Timeline of the events the article mentions")
        ),
        "report": report.plot_report(article, t),
    }


@pytest.mark.parametrize("which", ["seed", "long"])
def test_every_label_stays_inside_a_report_column(which, seed_analysis, long_analysis):
    analysis = seed_analysis if which == "seed" else long_analysis
    for name, (fig, _) in _main_charts(analysis).items():
        assert fig.get_figwidth() == pytest.approx(plots.FIGURE_WIDTH), name
        assert plots.texts_outside(fig) == [], name
        plt.close(fig)


def test_titles_name_the_article_by_its_headline(seed_analysis):
    article = seed_analysis.article
    title = plots.figure_title("Words per paragraph", article)
    assert title.startswith("Words per paragraph\n“Russian President") and "2022-12-19" in title
    fig, _ = plots.plot_paragraph_words(seed_analysis.tables["paragraphs"], title=title)
    shown = [t.get_text() for t in plots.drawn_texts(fig)]
    assert "Words per paragraph" in shown and any(s.startswith("“Russian President") for s in shown)
    plt.close(fig)
    plain = Article(id="x1", title=None, published=None, updated=None, source="-", paragraphs=[Paragraph(1, "text")])
    assert "x1" in plots.figure_title("Words", plain) and "unknown" in plots.figure_title("Words", plain)


def test_report_panels_are_drawn_by_the_chart_functions(seed_analysis):
    article, tables = seed_analysis.article, seed_analysis.tables
    fig, data = report.plot_report(article, tables)
    assert list(dict.fromkeys(data["panel"])) == list(report.PANELS)
    _, words = plots.plot_paragraph_words(tables["paragraphs"])
    assert data.loc[data["panel"] == "words", "words"].tolist() == words["words"].tolist()
    _, top = entities.plot_top_entities(tables["entities"])
    assert data.loc[data["panel"] == "entities", "entity"].tolist() == top["entity"].tolist()
    assert len(fig.axes) == len(report.PANELS)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[-1].texts if t.get_bbox_patch() is not None]
    assert len(boxes) == (data["panel"] == "timeline").sum() >= 5  # the timeline panel keeps its labels apart
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    plt.close("all")


def test_chart_draws_into_a_given_axes(seed_analysis):
    fig, (left, right) = plt.subplots(ncols=2)
    drawn, _ = entities.plot_top_entities(seed_analysis.tables["entities"], ax=right)
    assert drawn is fig and len(fig.axes) == 2 and right.patches and not left.patches
    plt.close(fig)


# --- HTML export -----------------------------------------------------------------------------------------------
def test_html_export_links_every_notebook_and_story_pages_have_no_code(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "REPORTS_DIR", tmp_path / "reports")
    written = report.build_reports(run_missing=False)
    folder = tmp_path / "reports" / config.DEFAULT_ARTICLE.stem
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert written[-1] == folder / "index.html"
    notebooks = report.executed_notebooks()
    links = re.findall(r'href="([^"]+)"', index)
    assert len(links) == 2 * len(notebooks) >= 2
    for link in links:
        assert (folder / link).is_file()
    assert index.index("05-report") < index.index("01-load-article")  # the report is listed first
    for path in notebooks:
        full = (folder / f"{path.stem}.html").read_text(encoding="utf-8")
        story = (folder / f"{path.stem}{report.STORY_SUFFIX}.html").read_text(encoding="utf-8")
        # identifiers of the code cells (syntax highlighting splits lines, never a name)
        cells = nbformat.read(path, as_version=4).cells
        prose = " ".join(c.source for c in cells if c.cell_type == "markdown")
        names = {
            n
            for c in cells
            if c.cell_type == "code"
            for n in re.findall(r"\b[a-z]+_[a-z_]+\b", c.source)
            if n not in prose
        }
        assert names and all(n in full for n in names), path.name
        assert not [n for n in names if re.search(rf"\b{n}\b", story)], path.name
        figures = full.count("data:image/png;base64")
        assert figures >= 1 and story.count("data:image/png;base64") == figures  # figures embedded, kept in the story
        assert report.NO_ALT not in story and 'alt="Figure: ' in story


def test_story_cells_leave_out_parameters_and_the_save_step():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 09 · Title"),
        nbformat.v4.new_code_cell("ARTICLE = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_markdown_cell("## Who is named?"),
        nbformat.v4.new_code_cell("table", outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "t"})]),
        nbformat.v4.new_markdown_cell("## Save the tables"),
        nbformat.v4.new_code_cell("write()", outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "[]"})]),
    ]
    kept = [c.source for c in report.story_cells(nb)]
    assert kept == ["# 09 · Title", "## Who is named?", "table"]


def test_figure_formats_default_to_png_and_svg_and_pdf_is_asked_for(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFRAME_FIGURES_DIR", str(tmp_path))
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path)
    fig, ax = plots.new_figure()
    ax.plot([0, 1], [1, 0])
    data = pd.DataFrame({"x": [0, 1], "y": [1, 0]})
    monkeypatch.delenv("NEWSFRAME_FIGURE_FORMATS", raising=False)
    assert set(plots.save_figure(fig, "f", data, "a")) == {"png", "svg", "csv"}
    monkeypatch.setenv("NEWSFRAME_FIGURE_FORMATS", "PNG, .pdf")
    paths = plots.save_figure(fig, "g", data, "a")
    assert set(paths) == {"png", "pdf", "csv"} and paths["pdf"].read_bytes().startswith(b"%PDF")
    monkeypatch.setenv("NEWSFRAME_FIGURE_FORMATS", "png,jpeg")
    with pytest.raises(ValueError, match="jpeg"):
        plots.save_figure(fig, "h", data, "a")
