"""Quotes (newsframe.quotes): a headline closed by "told" with no one told after it ("…, jury told") is a passive with
its auxiliary left out; the jury heard what comes before, it did not say it."""

from __future__ import annotations

from newsframe import pipeline


def _quotes(tmp_path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.analyze(str(path), None, use_cache=False).tables["quotes"]


def test_a_headline_closed_by_told_names_no_speaker(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2026-03-11 Man stabbed stranger after row over parking space, jury told\n\n"
        "A man stabbed a stranger in the chest after an argument over a parking space outside a supermarket, a court "
        "has heard.\n\n"
        "Daniel Frost, 34, denies the murder of Kevin Marsh in the car park of an Aldi store on 14 August.\n\n"
        '"This was a few seconds of anger that ended a man\'s life," prosecutor Mary Prior KC told jurors.\n',
    )
    assert "jury" not in quotes["speaker"].dropna().tolist()
    assert quotes[quotes["paragraph"] == 3]["speaker"].tolist() == ["Mary Prior"]


def test_a_headline_telling_whom_it_told_keeps_its_speaker(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2026-03-11 Minister told MPs the plan was safe\n\n"
        "The minister said on Tuesday that the plan to reopen the line was safe.\n",
    )
    assert "MPs" not in quotes["speaker"].dropna().tolist()


def test_a_brand_of_what_a_maker_makes_is_not_the_group_that_speaks(tmp_path):
    quotes = _quotes(
        tmp_path,
        "date 2026-11-12 Halden Foods profits slide as shoppers trade down\n\n"
        "Halden Foods, the maker of Crestwood biscuits and Marlow ready meals, said on Thursday that pre-tax profits "
        "fell 18% to £212m.\n\n"
        "Revenue for the six months rose 3% to £1.94bn, but sales volumes dropped 5%, the Leeds-based group said.\n",
    )
    assert quotes[quotes["paragraph"] == 2]["speaker"].tolist() == ["Halden Foods"]
