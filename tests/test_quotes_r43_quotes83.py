"""Quotes (newsframe.quotes): an interviewer's questions in a transcript are no statements; a relative "that" the
parse read as a subject stands for the noun before it; goods a body makes and the zone it is located in are no body
"the company" stands for; a headline's topic before its colon and a guide's title after it say nothing; a pronoun
after a part a player's name owns ("McKellen's prince") is not the director named before."""

from __future__ import annotations

from newsframe import pipeline


def _quotes(tmp_path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.analyze(str(path), None, use_cache=False).tables["quotes"]


def test_an_interviewers_questions_are_no_statements(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2024-06-10 'Drought is the new normal': Q&A with hydrologist Maite Echeverria\n\n"
        "Reporter Tom Bradley spoke to Maite Echeverria, a hydrologist at the University of Barcelona.\n\n"
        "Tom Bradley: How bad is the situation in Catalonia right now?\n\n"
        "Maite Echeverria: It is the worst drought we have recorded since measurements began in 1916.\n\n"
        "Bradley: The regional government has restricted water use. Is that working?\n\n"
        "Echeverria: Partly. Households in Barcelona now use about 100 litres per person per day.\n\n"
        "Bradley: Are you optimistic?\n\n"
        "Echeverria: Cautiously. The rains in April helped, but one wet spring does not end a drought.\n",
    )
    rows = quotes[quotes["cue"] == ":"]
    assert rows[["paragraph", "speaker"]].values.tolist() == [
        [0, "Maite Echeverria"],  # the headline's quotation, hers
        [3, "Maite Echeverria"],
        [5, "Maite Echeverria"],
        [7, "Maite Echeverria"],
    ]


def test_a_relative_that_read_as_a_subject_is_the_noun_before(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2024-03-26 Ford government tables budget\n\n"
        "Ontario's Progressive Conservative government tabled a $214.5-billion budget on Tuesday that forecasts a "
        "$9.8-billion deficit this fiscal year and promises to return to balance in 2026-27.\n",
    )
    assert "that" not in quotes["speaker"].tolist()
    assert quotes[["cue", "speaker"]].values.tolist() == [["promises", "a $214.5-billion budget"]]


def test_goods_a_company_sells_are_not_the_company(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2024-09-03 Shell to cut prices at the pump\n\n"
        "LONDON - Shell plc said on Monday it would cut the price of petrol at its British forecourts.\n\n"
        "The oil major, which sells Unleaded Super and V-Power Diesel (VPD) at 1,000 stations, will lower prices by "
        "3 pence a litre, the company said in a statement.\n",
    )
    assert quotes[quotes["paragraph"] == 2]["speaker"].tolist() == ["Shell"]


def test_a_product_and_a_zone_are_not_the_company(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2024-09-03 Dangote refinery begins petrol production\n\n"
        "LAGOS, Nigeria - Dangote Petroleum Refinery said on Tuesday it had begun producing petrol at its plant.\n\n"
        "The $20 billion refinery, located in the Lekki Free Trade Zone, started production of Premium Motor Spirit "
        "(PMS) on Monday night, the company said in a statement.\n",
    )
    speakers = quotes[quotes["paragraph"] == 2]["speaker"].tolist()
    # neither the fuel nor the zone: the refinery named in the lead, now that its name is found
    assert speakers == ["Dangote Petroleum Refinery"]


def test_a_headline_topic_and_a_guide_title_say_nothing(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2024-03-01 Tube strike: what you need to know\n\n"
        "The RMT union said the strike would close most of the Tube network from Monday.\n",
    )
    assert quotes[["paragraph", "speaker"]].values.tolist() == [[1, "RMT"]]


def test_a_characters_line_in_a_review_is_not_the_directors(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2025-03-20 Hamlet review - Ian McKellen's Dane is a thrilling act of defiance\n\n"
        "Ian McKellen returns to the role in Sean Mathias's production at the Theatre Royal Windsor.\n\n"
        "Mathias has set the play in a crumbling gym, and McKellen's prince is a man who has outlived everyone's "
        'expectations. When he says "I have of late lost all my mirth", the line lands like a confession.\n',
    )
    rows = quotes[quotes["paragraph"] == 2]
    assert rows[["speaker", "speaker_text"]].values.tolist() == [["he", "he"]]
