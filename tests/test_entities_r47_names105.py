"""A person named after a portfolio that ends in a plural field, and a stretch of water named in full and by its
last word alone."""

from __future__ import annotations

from test_entities import _kinds, _tables_of

HARASSMENT = (
    "date 2025-03-10 Minister backs new rules on workplace harassment\n\n"
    "Minister for Women and Equalities Bridget Phillipson said on Monday that employers would face tougher duties "
    "to prevent sexual harassment.\n\n"
    '"No one should go to work afraid," Phillipson said. The new duty will come into force in April.\n\n'
    "The Confederation of British Industry said firms supported the aim but wanted clear guidance.\n"
)

DINGHY = (
    "date 2025-09-14 Eight die as migrant boat sinks in the Channel\n\n"
    "Eight people died when an overcrowded dinghy sank off the French coast early on Sunday, French authorities "
    "said.\n\n"
    "The Channel has become one of the busiest migration routes in Europe. About 60 people were on the boat when it "
    "left a beach near Boulogne-sur-Mer, the prefecture said.\n\n"
    "Rescuers pulled 51 people from the water. The English Channel is among the busiest shipping lanes in the "
    "world, and charities say the crossings are becoming more dangerous.\n\n"
    '"Every death in the Channel is a tragedy," said Enver Solomon, chief executive of the Refugee Council.\n'
)

CROSSINGS = (
    "date 2025-08-12 Record number of migrants cross the Channel in a single day\n\n"
    "More than 1,000 people crossed the English Channel in small boats on Tuesday, the Home Office said.\n\n"
    "Border Force vessels brought the migrants ashore at Dover.\n\n"
    '"The gangs are putting lives at risk in the Channel," said Home Secretary Yvette Cooper.\n'
)


def test_a_plural_field_ending_a_portfolio_is_no_part_of_the_holders_name():
    tables = _tables_of(HARASSMENT)
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Bridget Phillipson"] == ("PERSON", 2)
    assert "Equalities Bridget Phillipson" not in rows
    assert list(tables["quotes"]["speaker"])[1:3] == ["Bridget Phillipson"] * 2


def test_the_channel_and_the_english_channel_are_one_water():
    for text, mentions in ((DINGHY, 4), (CROSSINGS, 3)):
        entities = _tables_of(text)["entities"].set_index("entity")
        rows = _kinds(entities)
        assert rows["English Channel"] == ("LOC", mentions)
        assert "Channel" not in rows
        assert entities.loc["English Channel", "aliases"] == "Channel|English Channel"
