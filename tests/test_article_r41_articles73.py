"""Reading an article: a headline that asks, exclaims or announces with no byline under it, and a live page's
entries each opened by a clock time and a dash. Every text here was written for these tests."""

from __future__ import annotations

from newsframe import pipeline
from newsframe.article import load_article

LEAD = (
    "More than 200 British companies have now signed up to a permanent four-day week, according to the 4 Day Week "
    "Foundation."
)
SECOND = "The campaign group said on Tuesday that 5,000 employees at the firms would work 32 hours for the same pay."


def _body(article) -> list[str]:
    return [p.text for p in article.body]


def test_a_question_over_the_story_is_the_headline(write):
    article = load_article(write("a.txt", f"Is the four-day week here to stay?\n\n{LEAD}\n\n{SECOND}\n"))
    assert article.title == "Is the four-day week here to stay?"
    assert _body(article) == [LEAD, SECOND]
    # a question over a short line opens the story, and one among an interview's questions is the interviewer's
    text = "Who pays for the bridge?\n\nBy Friday the council must decide.\n\nThe vote is close.\n"
    assert _body(load_article(write("b.txt", text)))[0] == "Who pays for the bridge?"
    text = (
        "Why did you open a bakery in Carrow?\n\nMy grandmother baked bread in this very street for forty years, "
        "and I wanted to bring that smell back.\n\n"
        "What was the hardest part?\n\nThe hours. I start at four every morning and I am still learning.\n"
    )
    article = load_article(write("c.txt", text))
    assert article.title is None
    assert _body(article)[0] == "Why did you open a bakery in Carrow?"


def test_an_exclamation_and_a_colon_over_the_story_are_the_headline(write):
    article = load_article(write("a.txt", f"Four days, full pay!\n\n{LEAD}\n\n{SECOND}\n"))
    assert (article.title, _body(article)) == ("Four days, full pay!", [LEAD, SECOND])
    article = load_article(write("b.txt", f"Four-day week trial: the results\n\n{LEAD}\n\n{SECOND}\n"))
    assert article.title == "Four-day week trial: the results"
    article = load_article(write("c.txt", f"What the four-day week trial found:\n\n{LEAD}\n\n{SECOND}\n"))
    assert (article.title, _body(article)) == ("What the four-day week trial found:", [LEAD, SECOND])
    # a line in quotation marks is someone's words, and a "Q:" label an interview's question
    text = f'"Is this the end of the office?"\n\n{LEAD}\n\n{SECOND}\n'
    assert load_article(write("d.txt", text)).title is None
    text = f"Q: Is the four-day week here to stay?\n\n{LEAD}\n\n{SECOND}\n"
    assert load_article(write("e.txt", text)).title is None


def test_a_question_over_a_standfirst_of_one_line_is_the_headline(write):
    stand = "Campaigners hail a turning point for workers."
    article = load_article(write("a.txt", f"Is the four-day week here to stay?\n\n{stand}\n\n{LEAD}\n\n{SECOND}\n"))
    assert article.title == "Is the four-day week here to stay?"
    assert _body(article) == [stand, LEAD, SECOND]


LIVE = (
    "Storm Darragh live: Red warning issued as 90mph winds hit Wales\n\n"
    "0615 GMT - The Met Office has issued a rare red warning for wind covering the coast of south Wales from 03:00 "
    "to 11:00 on Saturday.\n\n"
    "0642 GMT - Natural Resources Wales says 12 flood warnings are in place across the country.\n\n"
    "09:42 BST – Police say a man in his 40s died when a tree fell on his van on the A470 near Brecon.\n\n"
    "10.30 - National Rail says services between Cardiff and Swansea are suspended until at least midday.\n"
)


def test_a_live_entry_opened_by_a_clock_time_and_a_dash_keeps_its_names_and_its_time(write):
    tables = pipeline.analyze(write("live.txt", LIVE), "2024-12-07", use_cache=False).tables
    entities = tables["entities"]
    assert "Met Office" in set(entities["entity"])
    assert not entities["entity"].isin(["GMT", "BST"]).any()
    timeline = tables["timeline"].set_index("expression")
    assert timeline.loc["0615 GMT", "value"] == "2024-12-07T06:15"
    assert timeline.loc["0615 GMT", "event"] == "Met Office has issued rare red warning"
    assert timeline.loc["10.30", "value"] == "2024-12-07T10:30"
    assert timeline.loc["10.30", "event"] == "National Rail says"
    quotes = tables["quotes"]
    assert list(quotes["speaker"]) == ["Natural Resources Wales", "Police", "National Rail"]
