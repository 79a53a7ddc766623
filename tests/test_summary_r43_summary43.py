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
