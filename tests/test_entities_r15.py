"""Names in kinds of news: a technology launch, a film review, a housing report, a defence
order, a music award show, a court report and a science story."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_letters_after_a_persons_name_are_no_part_of_it():
    """Post-nominal letters of an office, an honour or a degree ("KC", "OBE", "MP") are dropped from the person's
    name; the surname alone still counts for them."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Builder jailed for fraud\n\n"
            "Defending, Marcus Adeyemi KC said his client was ashamed. The charity's founder, Ruth Calloway OBE, "
            "said she was relieved.\n\n"
            "Adeyemi asked the judge for mercy.\n"
        )
    )
    assert rows["Marcus Adeyemi"] == ("PERSON", 2)
    assert rows["Ruth Calloway"][0] == "PERSON"
    assert not {"Marcus Adeyemi KC", "Ruth Calloway OBE", "Adeyemi"} & set(rows)


def test_a_firm_named_after_a_hyphen_keeps_its_first_half():
    """A firm's name the recogniser starts after a hyphen ("Royce" of "Mallory-Royce shares") runs back over it to
    the capitalised word before it that no reader took."""
    rows = _kinds(_entities_of("date 2025-05-12 Engine maker upgrades forecast\n\nMallory-Royce shares rose 3%.\n"))
    assert "Mallory-Royce" in rows
    assert "Royce" not in rows


def test_a_university_named_with_its_city_after_of_is_found():
    """A run of capitalised words holding a university's or college's word ("of Westbury College London"), which no
    reader read, is an organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Jab cuts strokes\n\n"
            "Prof Helen Marsh of Westbury College London, a co-author, said the findings were striking.\n"
        )
    )
    assert rows["Westbury College London"][0] == "ORG"


def test_a_one_word_name_after_operator_is_a_firm():
    """A one-word name right after a maker's or an operator's noun ("rival operator Tidelink") is a firm, however
    the recogniser read it; a person so described is named in full and stays one."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Ferry fares cut\n\n"
            "Rival operator Tidelink said on Tuesday it would cut fares on the crossing. Camera operator Joel "
            "Brandt filmed the launch.\n"
        )
    )
    assert rows["Tidelink"][0] == "ORG"
    assert rows["Joel Brandt"][0] == "PERSON"


def test_a_title_of_a_song_is_one_work_not_its_words():
    """A capitalised word inside a quoted title ('"Never Like Us"') or inside a run of capitalised words that only a
    title writes so ("for Not Like Us") is no name of its own: the whole title is a work."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Rapper sweeps awards\n\n"
            'Dion Carver won song of the year for "Never Like Us", a diss track.\n\n'
            "The singer Ama Rowe won the prize for Not Like Us, a diss track.\n"
        )
    )
    assert "Us" not in rows
    assert rows["Never Like Us"][0] == "WORK_OF_ART"
    assert rows["Not Like Us"][0] == "WORK_OF_ART"


def test_an_album_a_prize_was_won_for_is_a_work():
    """The title after "for" where a kind of work is what was won ("won album of the year for Dusty Harlan") is a
    work's, no person's."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Singer wins top prize\n\n"
            "Ama Rowe won album of the year for Dusty Harlan at the ceremony in Nashville on Sunday.\n"
        )
    )
    assert rows["Dusty Harlan"][0] == "WORK_OF_ART"


def test_a_body_named_again_by_its_first_word_folds_into_it():
    """An institute named in full and later by its first word alone ("the Malmska"), which a reader took for a
    place the gazetteers do not know, is the same organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Registry study\n\n"
            "The team worked with researchers at the Malmska Institute in Stockholm.\n\n"
            "Dr Nils Berg, a co-author from the Malmska, said the registry data were unique.\n"
        )
    )
    assert rows["Malmska Institute"] == ("ORG", 2)
    assert "Malmska" not in rows


def test_a_firm_that_speaks_is_no_place_and_a_channel_by_a_city_is_a_sea():
    """A name no gazetteer knows that a reader reads as a place but that says something ("Voltgrid said") is a
    firm; a channel named after a city ("the Bristol Channel") is a sea, no broadcaster."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Storm cuts power\n\n"
            "Voltgrid said about 9,000 homes lost power on Monday night.\n\n"
            "The warning covers coastal areas of south Wales and the Bristol Channel from 3am.\n"
        )
    )
    assert rows["Voltgrid"][0] == "ORG"
    assert rows["Bristol Channel"][0] == "LOC"


def test_a_drug_sold_as_a_name_is_a_product():
    """The name a thing is sold or marketed as ("sold as Slimora by ...") is a product, however the readers read
    it."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Weight-loss jab trial\n\n"
            "Those given the drug, sold as Slimora by Hansen Pharma, lost weight. Regulators recommend Slimora for "
            "two years.\n"
        )
    )
    assert rows["Slimora"] == ("PRODUCT", 2)


def test_a_review_headline_names_a_work_and_a_series_title_is_one():
    """The name before "review –" in a review's headline is the work reviewed, in all its mentions; a title after
    "series" is a work too."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 The Copper Road review – a slow desert epic\n\n"
            "About an hour into The Copper Road, the camera holds on Mara Quint's face.\n\n"
            "Quint, best known for the series Quiet Lantern, carries the film.\n"
        )
    )
    assert rows["The Copper Road"][0] == "WORK_OF_ART"  # the title keeps its "The", written inside a sentence
    assert rows["Quiet Lantern"][0] == "WORK_OF_ART"
    assert rows["Mara Quint"][0] == "PERSON"


def test_a_class_word_before_a_number_is_no_name_and_a_builder_is_no_part_of_its_name():
    """A capitalised class word with a number ("Type 41 frigates") is no organisation; a sentence-opening agent
    noun before a firm's full name ("Builder Marrow Properties") is what the firm is, no part of its name; a
    mobile firm's name is an organisation's, and "older" before a name as a kind of thing is no relative's age."""
    rows = _kinds(
        _entities_of(
            "date 2026-01-22 Navy orders frigates\n\n"
            "The navy ordered eight Type 41 frigates from Brackley Marine on Wednesday.\n\n"
            "Builder Marrow Properties said it had finished 900 homes. Tavix Mobile unveiled a phone that owners "
            "of older Tavix phones can trade in. Tavix said sales rose.\n"
        )
    )
    assert "Type" not in rows
    assert "Marrow Properties" in rows and "Builder Marrow Properties" not in rows
    assert rows["Tavix Mobile"][0] == "ORG"


def test_a_firm_set_beside_a_possessive_noun_of_firms_is_found():
    """A name opening a sentence that no reader read, set beside "the country's biggest company" past a comma, is
    an organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-10-07 Rates cut\n\n"
            "The central bank cut its rate on Tuesday.\n\n"
            "Safarilink, the country's biggest company, welcomed the cut.\n"
        )
    )
    assert rows["Safarilink"][0] == "ORG"


def test_a_cry_in_quotation_marks_is_no_title():
    """A quoted cry ending with an exclamation mark ('"Freedom for Valdoria!"') is no title of a work: the place in
    it stays a place."""
    rows = _kinds(
        _entities_of(
            "date 2025-10-07 Protest in the capital\n\n"
            'Protesters in Paris chanted "Freedom for Morocco!" outside the embassy.\n'
        )
    )
    assert rows["Morocco"][0] == "GPE"
    assert "Freedom for Morocco" not in rows
