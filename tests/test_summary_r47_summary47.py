"""Summary: a body is heard through a panel of it, and through an officer named with the field the office heads."""

from __future__ import annotations

from newsframe import pipeline, summary

PANEL = "\n\n".join(
    [
        "Court rejects appeal by former bank boss",
        "A three-judge panel of the Court of Appeal in London ruled on Friday that Judge Helen Marsh had been right to "
        "refuse the former Harcourt Bank chief executive Owen Blake a second trial.",
        "Blake, 58, was jailed in March for six years for fraud. His lawyer, Ruth Ellis, said he was disappointed.",
    ]
)

FIELD = "\n\n".join(
    [
        "Rents rise at slowest pace in three years",
        "Private rents in England rose by 6.1% in the year to March, according to figures published by Zoopla on "
        "Thursday.",
        '"We expect rental growth to slow further this year," said Mark Pryce, head of UK lettings research at '
        "Savills.",
        "Richard Donnell, executive director of research at Zoopla, said demand had eased in London.",
    ]
)


def _summary(write, name, text, day):
    a = pipeline.analyze(write(name, text), day, use_cache=False)
    return summary.summary_markdown(a.article, a.tables).replace("\\", "")


def test_a_panel_of_the_court_makes_the_court_heard(write):
    text = _summary(write, "panel", PANEL, "2024-06-14")
    assert "Court of Appeal" not in text.split("never quoted")[-1].split(".")[0]
    assert "Of the 5 people and organisations it names, 3 are never quoted" in text


def test_a_head_of_a_field_at_a_firm_speaks_for_the_firm(write):
    text = _summary(write, "field", FIELD, "2024-04-18")
    assert "Savills" not in text
    assert "It quotes every one of the 4 people and organisations it names." in text
