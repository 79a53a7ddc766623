"""Sentences that must hold on articles of odd shapes: a stretch of time counted back from publication, named as one
period, keeps the unit the article counted in; a writer's own words in the first person are no source's."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from newsframe import charts, findings, pipeline, summary  # noqa: E402

POSTMISTRESS = (
    "Ambleside postmistress hands over the keys\n\n"
    "Jean Mills has run the post office in Ambleside for 25 years.\n\n"
    "The shop on Lake Road will stay open under new owners, the Cumbria Community Trust said.\n\n"
    "Villagers gathered outside to thank her."
)


def test_one_stretch_counted_back_from_publication_is_named_in_its_own_unit():
    # "for 25 years" written on 3 March 2025: 2000 to the day of publication; the article never wrote 1 January
    dated = pd.DataFrame(
        {
            "expression": ["25 years"],
            "start": ["2000-01-01"],
            "end": ["2025-03-03"],
            "value": ["P25Y"],
            "last_occasion": [False],
            "moment": ["2000-01-01"],
            "moment_end": ["2025-03-03"],
        }
    )
    assert summary.span_words(dated, pd.Timestamp("2025-03-03").date()) == "2000–3 March 2025"


def test_the_summary_and_the_notebook_name_a_lone_stretch_alike(write):
    analysis = pipeline.analyze(write("postmistress.txt", POSTMISTRESS), "2025-03-03", use_cache=False)
    article, tables = analysis.article, analysis.tables
    sentences = summary.summary_sentences(article, tables)
    assert "Its one dated expression, “25 years”, refers to 2000–3 March 2025." in sentences
    found = findings.expressions_found.__wrapped__(tables["timeline"], article.published)
    assert found == "It uses 1 temporal expression, placed on the calendar (2000–3 March 2025)."
    numbers = summary.key_numbers(article, tables).set_index("measure")["value"]
    assert numbers["dates covered"] == "2000–3 March 2025"
    # as the notebook's earliest and latest already named it
    events = findings.events_in_time.__wrapped__(tables["timeline"], article.published)
    assert "2000–3 March 2025, up to the day of publication" in events


COLUMN = (
    "Why I still write letters by hand\n\n"
    "I have written a letter by hand every week for thirty years.\n\n"
    "I think there is something in the slowness of it that email cannot give. I believe a letter says that you took "
    "the time.\n\n"
    "My grandmother kept every letter I sent her in a shoebox under her bed."
)

SNAP_ELECTION = (
    "Macron calls snap election\n\n"
    "The president dissolved parliament on Sunday evening after his party suffered heavy losses.\n\n"
    "\u201cI have decided to give you back the choice,\u201d he said in a televised address.\n\n"
    "Voters will go to the polls in two rounds."
)


def page_and_numbers(write, name: str, text: str, day: str) -> tuple[str, str]:
    analysis = pipeline.analyze(write(name, text), day, use_cache=False)
    fig, data = charts.plot_report(analysis.article, analysis.tables)
    plt.close(fig)
    page = findings.report_page.__wrapped__(data, analysis.tables)
    return page, findings.in_numbers.__wrapped__(analysis.article, analysis.tables)


def test_the_page_of_a_column_in_the_first_person_shows_no_source(write):
    page, numbers = page_and_numbers(write, "column.txt", COLUMN, "2024-06-10")
    assert "quotes no one (its 2 statements are the writer's own, in the first person)" in numbers
    assert page == (
        "The page shows the words and polarity of the headline and all 3 paragraphs, the words of its statements in "
        "the first person, their tone and its one dated expression on a timeline."
    )


def test_the_page_calls_a_speaker_given_only_as_a_pronoun_no_source(write):
    page, numbers = page_and_numbers(write, "snap.txt", SNAP_ELECTION, "2024-06-10")
    assert "quotes no source it identifies (1 statement whose speaker it gives only as a pronoun)" in numbers
    assert "the words said by its one speaker and" in page
    assert "source" not in page


MAYOR = (
    "\u201cWe will not give up\u201d\n\n"
    '"We will not give up on this town," said Mayor Ruth Dale.\n\n'
    '"Every family deserves a home they can afford," she said.\n\n'
    '"The money is there. We just have to spend it well," she added.'
)


def test_an_excerpt_that_starts_inside_a_quotation_gets_its_opening_mark():
    # the second sentence of a quotation of two: its closing mark has no opening one before it
    assert findings.excerpt('We just have to spend it well," she added.') == (
        '"We just have to spend it well," she added.'
    )
    assert findings.excerpt("It is over,\u201d she said.") == "\u201cIt is over,\u201d she said."
    # an opening mark, a quotation inside the sentence, an inch, or a closing mark at the very end: as before
    assert findings.excerpt('"Hi," she said.') == '"Hi," she said.'
    assert findings.excerpt('He called it "absurd" twice.') == 'He called it "absurd" twice.'
    assert findings.excerpt('A 6" pipe burst.') == 'A 6" pipe burst.'
    assert findings.excerpt('We love you."') == "We love you."


def test_the_most_positive_sentence_of_a_quotation_cut_in_two_reads_as_quoted(write):
    analysis = pipeline.analyze(write("mayor.txt", MAYOR), "2024-06-08", use_cache=False)
    said = findings.strongest_sentences.__wrapped__(analysis.tables["sentence_sentiment"])
    assert 'reads \u201c"We just have to spend it well," she added.\u201d' in said, said
