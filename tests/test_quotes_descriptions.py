"""Who said what when the speaker is described, not named: 'the company' after a regulator named twice, 'the
minister' after a chief executive, a name the tagger read as an adverb, a statement made 'at the time'."""

from __future__ import annotations

from test_entities import _tables_of
from test_quotes_world12 import _rows


def test_the_company_is_not_the_regulator_named_so_once_and_bare_after():
    rows = _rows(
        "date 2025-06-30 How the Wessex Water crisis unfolded\n\n"
        "Wessex Water, Britain's largest water company, has been at the centre of a storm over debt, leaks and "
        "sewage for more than two years. Here is how the crisis unfolded.\n\n"
        "In June 2023, chief executive Sarah Bentley resigned with immediate effect. The company said at the time "
        "that she had stepped down to focus on other matters.\n\n"
        "In July 2023, the government said it was preparing for the possibility that Wessex Water could "
        "collapse.\n\n"
        "In December 2024, the regulator Ofwat allowed the company to raise bills by 35% over five years. Ofwat said "
        "the rise was needed to pay for investment.\n\n"
        "In February 2025, the High Court approved a £3bn emergency loan. Mr Justice Leech said the loan was the "
        "only way to avoid administration.\n\n"
        "The company said it was making progress and that its turnaround plan was working.\n"
    )
    # the company described once ("Britain's largest water company"), not the regulator named last (described once
    # as "the regulator Ofwat", then "Ofwat said"); its statement "at the time" is found too
    assert rows[0] == (2, "reported", "Wessex Water") and rows[-1] == (6, "reported", "Wessex Water")


def test_a_statement_made_at_the_time_is_found():
    rows = _rows(
        "date 2025-06-30 Water company boss steps down\n\n"
        "Leaks rose again last month at Harbour Water.\n\n"
        "In June, chief executive Sarah Bentley resigned with immediate effect. Harbour Water said at the time "
        "that she had stepped down to focus on other matters.\n"
    )
    assert rows == [(2, "reported", "Harbour Water")]


def test_the_minister_is_no_chief_executive_named_before():
    q = _tables_of(
        "date 2025-06-30 Water company boss steps down\n\n"
        "Chief executive Sarah Bentley resigned on Monday after a year of rising leaks.\n\n"
        "The minister said the government would keep the firm running.\n"
    )["quotes"]
    assert list(q["speaker"]) == ["The minister"]


def test_a_name_read_as_an_adverb_opening_the_sentence_speaks():
    rows = _rows(
        "date 2025-02-20 Grocerly lifts profits as shoppers trade up\n\n"
        "Grocerly, the UK's fifth-largest supermarket chain, has reported a 14% rise in annual profits.\n\n"
        "Grocerly said it had raised pay for store workers twice in the past year.\n"
    )
    assert rows == [(2, "reported", "Grocerly")]


def test_an_item_credited_to_a_paper_in_brackets_is_that_papers_report():
    q = _tables_of(
        "date 2025-07-09 Gossip: Arsenal close in on striker\n\n"
        "Arsenal are closing in on a £55m deal for a Sporting striker, according to The Athletic.\n\n"
        "Chelsea will listen to offers for their winger, who spent last season on loan at Fulham. (Guardian)\n\n"
        "Liverpool have no intention of selling their captain, sources close to the club told Sky Sports. (Mirror)\n\n"
        "Tottenham are monitoring a Crystal Palace midfielder. (Evening Standard)\n"
    )["quotes"]
    rows = list(zip(q["paragraph"], q["speaker"], q["text"]))
    assert (
        2,
        "Guardian",
        "Chelsea will listen to offers for their winger, who spent last season on loan at Fulham",
    ) in rows
    assert (4, "Evening Standard", "Tottenham are monitoring a Crystal Palace midfielder") in rows
    # an item that names its own source keeps it
    assert [r[1] for r in rows if r[0] == 3] == ["sources close to the club"]
