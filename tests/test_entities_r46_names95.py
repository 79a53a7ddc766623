"""Firms in short business briefs: a name the article's first "its" can only stand for, a list of shops said
together, a founder's surname after his initials, a surname firm written with "'s", a firm named by a plural
surname and a side taking a plural verb."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

NOVO = (
    "date 2026-11-05 Drugmaker trims outlook as weight-loss sales slow\n\nNovo Nordisk said on "
    "Wednesday its sales would grow more slowly this year than it had expected. Its shares fell 9% "
    "in Copenhagen.\n\nThe Danish group blamed cheaper copies of its weight-loss drug sold in the "
    "United States.\n"
)

SPRINGER = (
    "date 2026-11-06 Publisher to cut jobs\n\nAxel Springer will cut 200 jobs at its German "
    "newspapers, its chief executive said on Thursday.\n\nThe publisher, which owns Bild and Die "
    "Welt, said the cuts would save 100 million euros a year.\n"
)

TED_BAKER = (
    "date 2026-11-07 Fashion group warns on profits\n\nTed Baker said its profits would fall this "
    "year as shoppers cut back on clothing.\n\nThe retailer said trading in its London stores had "
    "been weak since September.\n"
)

SHOPS = (
    "date 2026-12-01 Shops report slow start to Christmas\n\nArgos, Currys and John Lewis said on "
    "Monday that sales of televisions and laptops fell in November.\n\nMorrisons also reported "
    "weaker sales, while Wetherspoon said takings at its pubs had held up.\n\nJD Wetherspoon "
    "chairman Tim Martin said the chain would open 10 new pubs next year. Wetherspoon shares rose "
    "2%.\n\nMcDonald's shares rose 1% in New York after the chain said sales were strong.\n"
)

ARSENAL = (
    "date 2026-12-06 Arsenal held by Brentford\n\nArsenal were held by Brentford on Saturday, a "
    "result that leaves them two points clear at the top.\n\nMikel Arteta said his players had "
    "lacked sharpness after the international break.\n"
)

HALFORDS = (
    "date 2026-11-09 Car parts chain lifts forecast\n\nHalfords reported higher profits on Tuesday as "
    "drivers kept older cars on the road.\n\nGraham Stapleton, the chief executive, said the chain "
    "would open 20 garages.\n"
)

SPOKESWOMAN = (
    "date 2026-11-10 Food maker reports loss\n\nAcme Foods reported a loss on Monday.\n\nAnn "
    "Lee said its profits would recover next year. Lee, a former finance director, joined the board "
    "in March.\n"
)


def test_the_first_name_its_stands_for_is_a_firm():
    assert _kinds(_entities_of(NOVO))["Novo Nordisk"] == ("ORG", 1)
    assert _kinds(_entities_of(SPRINGER))["Axel Springer"] == ("ORG", 1)
    assert _kinds(_entities_of(TED_BAKER))["Ted Baker"] == ("ORG", 1)
    # a person speaking for a firm the article named before stays a person
    rows = _kinds(_entities_of(SPOKESWOMAN))
    assert rows["Ann Lee"] == ("PERSON", 2) and rows["Acme Foods"] == ("ORG", 1)


def test_shops_listed_beside_a_firm_and_firms_named_by_surnames():
    rows = _kinds(_entities_of(SHOPS))
    assert rows["Argos"] == ("ORG", 1) and rows["Currys"] == ("ORG", 1) and rows["John Lewis"] == ("ORG", 1)
    assert rows["JD Wetherspoon"] == ("ORG", 3) and "Wetherspoon" not in rows
    assert rows["McDonald's"] == ("ORG", 1) and "McDonald" not in rows
    assert rows["Morrisons"] == ("ORG", 1)
    assert rows["Tim Martin"] == ("PERSON", 1)


def test_a_plural_surname_reporting_results_is_a_firm():
    rows = _kinds(_entities_of(HALFORDS))
    assert rows["Halfords"] == ("ORG", 1) and rows["Graham Stapleton"] == ("PERSON", 1)


def test_a_side_taking_a_plural_verb_beside_a_club_is_a_club():
    rows = _kinds(_entities_of(ARSENAL))
    assert rows["Arsenal"][0] == "ORG" and rows["Brentford"] == ("ORG", 2)
