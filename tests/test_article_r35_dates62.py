"""Article splitting of round 35 (dates62): an interview's questions stay paragraphs when its answers speak for a
group in the first person plural ("We had been talking about it for years"). Every text here was written for these
tests."""

from __future__ import annotations

from newsframe.article import load_article


def _body(article) -> list[str]:
    return [p.text for p in article.body]


def test_an_interviews_questions_stay_when_the_answers_say_we(write):
    text = (
        "Interview: the founders of the village shop\n4 March 2026\n\n"
        "Priya Nandi and Owen Hale reopened the shop in Carrow last month.\n\n"
        "Why now?\n\nThe old owners retired in the autumn. We had been talking about it for years.\n\n"
        "Did you ask Helen Marsh for advice?\n\nYes. She ran the post office for twenty years. Our first call was to"
        " her.\n\n"
        "What comes next for you?\n\nA cafe corner, if the council agrees. We hope to open it in the summer.\n"
    )
    body = _body(load_article(write("qa.txt", text)))
    assert "Why now?" in body
    assert "Did you ask Helen Marsh for advice?" in body


def test_an_explainers_questions_are_still_subheadings(write):
    text = (
        "Tariffs explained\n4 March 2026\n\nThe government will raise tariffs on steel from April.\n\n"
        "What has changed?\n\nImports from the US and China will cost a quarter more.\n\n"
        "Who is affected?\n\nCarmakers and builders, who buy most of the steel.\n\n"
        "What happens next?\n\nThe rules go before parliament next week.\n"
    )
    body = _body(load_article(write("explainer.txt", text)))
    assert "What has changed?" not in body and "Who is affected?" not in body
