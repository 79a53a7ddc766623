"""Organisations' names in kinds of news: a profit warning, a takeover, a football report, a
fraud trial, a product launch, an inquest, a storm and a foreign election."""

from __future__ import annotations

from test_entities import _entities_of, _kinds, _tables_of


def test_a_company_named_again_without_its_trade_word_is_the_company_even_named_as_a_town():
    """ "Halden" after "Halden Foods" is the company, though a town bears the name and the readers read a place;
    "in Halden" beside it is still the town."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-06 Shares in Halden Foods slump after profit warning\n\n"
            "Shares in Halden Foods fell on Thursday after the ready-meals maker warned on profits.\n\n"
            "Halden, based in Wakefield, employs about 3,200 people. It said it would close a site.\n\n"
            "Halden will publish full results on 15 May.\n"
        )
    )
    assert rows["Halden Foods"] == ("ORG", 4)
    assert "Halden" not in rows
    town = _kinds(
        _entities_of(
            "date 2025-02-06 Ferry firm grows\n\n"
            "Halden Foods said on Monday it would hire 200 people.\n\n"
            "The new jobs will be at its plant in Halden, the Norwegian town.\n"
        )
    )
    assert town["Halden Foods"] == ("ORG", 1)
    assert town["Halden"][0] == "GPE"


def test_staff_at_a_name_work_for_an_organisation():
    """ "Analysts at Peel Hunt": people in the plural who work somewhere, at a name read as a person's, name a firm;
    "staff at Leeds" is a town."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-06 Grocer cuts forecast\n\n"
            "Analysts at Peel Hunt cut their target price for the shares. Staff at Leeds were told on Monday.\n"
        )
    )
    assert rows["Peel Hunt"][0] == "ORG"
    assert rows["Leeds"][0] == "GPE"


def test_a_firm_named_with_a_peoples_adjective_and_its_trade_is_whole():
    """ "Irish Ferries": a people's adjective before a capitalised plural common noun is a firm's whole name; "the
    Scottish Highlands" is no firm."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-22 Storm halts ferries\n\n"
            "Ferry operator Irish Ferries has already cancelled Friday night's sailing. Snow is expected in the "
            "Scottish Highlands.\n"
        )
    )
    assert rows["Irish Ferries"][0] == "ORG"
    assert "Irish" not in rows
    assert not rows.get("Scottish Highlands", ("LOC",))[0] == "ORG"


def test_a_court_named_after_a_title_and_a_possessive_is_one_body():
    """ "Avon Coroner's Court": read as far as the title ("Avon Coroner", a person's), joined with the court."""
    rows = _kinds(
        _entities_of(
            "date 2024-10-03 Inquest hears cyclist died\n\n"
            "The hearing at Avon Coroner's Court on Tuesday was told the driver had checked his mirrors.\n"
        )
    )
    assert rows["Avon Coroner's Court"][0] == "ORG"
    assert "Avon Coroner" not in rows


def test_a_club_and_a_firm_are_named_without_their_last_word():
    """In a match report "Hartwell" and "United" are "Hartwell United"; in a fraud trial "Pellworth" is "Pellworth
    Dairies", a firm by its trade's word."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-08 Hartwell United 2-1 Millbrook Athletic: late header settles derby\n\n"
            "Hartwell United came from behind to beat Millbrook Athletic 2-1 in a derby on Saturday.\n\n"
            "Hartwell levelled before half-time through Luke Pardew, and a substitute headed the winning goal.\n\n"
            "Hartwell manager Steve Brannigan said the lads showed real character.\n\n"
            "The win lifts United to fifth in the league.\n"
        )
    )
    assert rows["Hartwell United"] == ("ORG", 5)
    assert not {"Hartwell", "United"} & set(rows)
    trial = _kinds(
        _entities_of(
            "date 2025-03-10 Former director jailed\n\n"
            "A former director of Pellworth Dairies has been jailed for six years.\n\n"
            "Pellworth, which employs 400 people, said it had recovered half of the money.\n"
        )
    )
    assert trial["Pellworth Dairies"] == ("ORG", 2)


def test_a_company_named_by_its_first_word_beside_its_product_is_the_company():
    """ "Lumora" after "Lumora Technologies" and its headset "the Lumora Arc" is the company, not a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-10 Headset launch\n\n"
            "Lumora Technologies has launched a cheaper headset, the Lumora Arc, on Tuesday.\n\n"
            "Lumora, which was founded in 2016, has sold two million headsets.\n\n"
            "Analysts said the launch could help Lumora reach a profit.\n"
        )
    )
    assert rows["Lumora Technologies"] == ("ORG", 3)
    assert "Lumora" not in rows


def test_a_bodys_english_name_before_its_own_abbreviation_is_read():
    """ "the far-right Party for Freedom (PVV)": a body's name that its abbreviation does not spell is read and the
    abbreviation joins it."""
    rows = _kinds(
        _entities_of(
            "date 2024-03-21 Dutch vote\n\n"
            "The far-right Party for Freedom (PVV) fell short of the gains it had hoped for.\n\n"
            "PVV leader Geert Wilders said his party had done well.\n"
        )
    )
    assert rows["Party for Freedom"] == ("ORG", 3)


def test_a_thing_a_company_makes_and_a_product_in_apposition_are_no_companies():
    """ "the iPhone maker" names the company by its product, a product; so is "its headset, the Lumora Arc,", which
    no reader read."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-10 Headset launch\n\n"
            "Lumora Technologies has launched a cheaper version of its headset, the Lumora Arc, on Tuesday.\n\n"
            "Apple cut the price of its own headset last week. The iPhone maker did not comment.\n"
        )
    )
    assert rows["iPhone"][0] == "PRODUCT"
    assert rows["Lumora Arc"][0] == "PRODUCT"
    assert rows["Apple"][0] == "ORG"


def test_an_abbreviation_spelling_small_words_in_lower_case_joins_the_name_it_spells():
    """ "Transport for London (TfL)": the name no reader read is found by the abbreviation that spells it, small
    words in lower case, and the two are one body."""
    rows = _kinds(_entities_of("date 2025-05-15 Line closed\n\nTransport for London (TfL) is not affected, it said.\n"))
    assert rows["Transport for London"] == ("ORG", 2)


def test_believers_named_with_a_peoples_adjective_are_no_firm():
    """ "American Catholics", "British Muslims": a people's adjective before the plural of a faith's follower is no
    firm's name."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-08 Poll\n\nAmerican Catholics were divided, a poll found. British Muslims marched.\n"
        )
    )
    assert not {name for name, (kind, _) in rows.items() if kind == "ORG"}


def test_a_legal_form_written_short_keeps_its_dot_and_makes_a_firm():
    """ "Microsoft Corp. rose": the dot is the legal form's, part of the name (not where it ends the sentence);
    "Robert W. Baird & Co." ends as firms' names end, a firm however the readers read it."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-08 Software deal\n\n"
            "Shares of Halvorsen Corp. rose 2% on Tuesday. The deal was arranged by Robert W. Baird & Co. in "
            "New York.\n"
        )
    )
    assert rows["Halvorsen Corp"][0] == "ORG"
    mentions = _tables_of("date 2025-03-08 Software deal\n\nShares of Halvorsen Corp. rose 2% on Tuesday.\n")[
        "mentions"
    ]
    assert "Halvorsen Corp." in set(mentions["text"])
    assert [kind for name, (kind, _) in rows.items() if name.startswith("Robert W. Baird & Co")] == ["ORG"]
