"""Entities (newsframe.entities): a market index's name that classes a listed company ("the FTSE 250 company", "the
FTSE 100 water and waste group") is the index, a thing, no organisation."""

from __future__ import annotations

from newsframe import pipeline


def _analysis(tmp_path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.analyze(str(path), None, use_cache=False).tables


def test_an_index_classing_a_listed_company_is_no_organisation(tmp_path):
    tables = _analysis(
        tmp_path,
        "date 2026-11-12 Halden Foods profits slide as shoppers trade down\n\n"
        "Halden Foods said on Thursday that pre-tax profits fell 18% to £212m in the first half.\n\n"
        "Shares in the FTSE 250 company fell 4% in early trading in London.\n\n"
        "Revenue for the six months rose 3% to £1.94bn, but sales volumes dropped 5%, the Leeds-based group said.\n",
    )
    entities = tables["entities"].set_index("entity")
    assert entities.loc["FTSE 250", "entity_type"] == "PRODUCT"
    quotes = tables["quotes"]
    assert quotes[quotes["paragraph"] == 3]["speaker"].tolist() == ["Halden Foods"]


def test_an_index_that_moves_stays_an_index_and_a_firm_group_is_no_index(tmp_path):
    tables = _analysis(
        tmp_path,
        "date 2026-11-12 Markets slip\n\n"
        "The FTSE 100 fell 0.6% to 8,214 points. Shares in the Tata group rose 2%, the company said.\n",
    )
    entities = tables["entities"].set_index("entity")
    assert entities.loc["FTSE 100", "entity_type"] == "PRODUCT"
    assert entities.loc["Tata", "entity_type"] != "PRODUCT"
