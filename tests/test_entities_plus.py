"""Names written with a plus glued to them, and countries news names by their initials."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_capitalised_word_with_a_plus_is_an_organisation_and_a_communitys_letters_are_not():
    rows = _kinds(
        _entities_of(
            "date 2026-11-29 Oil producers cut output\n\n"
            "Opec+ agreed on Sunday to cut output again. The Opec+ group said prices had fallen too far. Canal+ "
            "said it would show the meeting. The LGBTQ+ community marched in Vienna.\n"
        )
    )
    assert rows["Opec+"] == ("ORG", 2)
    assert rows["Canal+"][0] == "ORG"
    assert not any(name.startswith("LGBT") for name in rows)


def test_a_country_named_by_its_initials_is_the_country_and_folds_into_its_full_name():
    rows = _kinds(
        _entities_of(
            "date 2026-11-29 Gulf states agree quota\n\n"
            "The United Arab Emirates won a higher quota. The UAE had asked for it for two years, and the DRC "
            "said it would ask too.\n"
        )
    )
    assert rows["United Arab Emirates"] == ("GPE", 2)
    assert rows["DRC"][0] == "GPE"


def test_a_city_named_after_a_part_of_it_is_a_place_whatever_the_reader_read():
    """The recogniser reads "Glasgow" in a tower-block fire report as a person's name; "the Gorbals area of Glasgow"
    says it is the city."""
    rows = _kinds(
        _entities_of(
            "date 2026-11-28 Seven dead as fire tears through Glasgow tower block\n\n"
            "Seven people died after a fire swept through a tower block in the Gorbals area of Glasgow overnight, "
            "Police Scotland said.\n"
        )
    )
    assert rows["Glasgow"] == ("GPE", 2)


def test_a_one_word_name_before_a_place_noun_is_a_place_not_a_people():
    rows = _kinds(
        _entities_of(
            "date 2026-08-14 Landslide buries homes in Sindhupalchok\n\n"
            "A landslide buried 14 houses in Jugal of Sindhupalchok district early on Thursday, police said.\n\n"
            "Police in Sindhupalchok said nine bodies had been recovered. Kurdish families fled the Kurdish region.\n"
        )
    )
    assert rows["Sindhupalchok"][0] == "GPE"
    assert rows["Kurdish"][0] == "NORP"


def test_a_name_after_a_title_and_what_it_is_of_keeps_all_its_words():
    rows = _kinds(
        _entities_of(
            "date 2026-08-14 Rescue under way\n\n"
            "The landslide struck at 3:30 am, said Deputy Superintendent of Police Ram Bahadur Thapa, spokesperson "
            'of the district police. "It is slow," said Superintendent of Police Sita Kumari Rai. The figures '
            "came from the National Disaster Risk Reduction and Management Authority.\n"
        )
    )
    assert rows["Ram Bahadur Thapa"] == ("PERSON", 1)
    assert rows["Sita Kumari Rai"] == ("PERSON", 1)
    assert rows["National Disaster Risk Reduction and Management Authority"] == ("ORG", 1)


def test_a_one_word_body_name_after_the_and_its_unread_rest_are_one_agency():
    rows = _kinds(
        _entities_of(
            "date 2026-11-27 Ferries halted\n\n"
            "Two of its vessels were taken out of service after failing inspections by the Maritime and Coastguard "
            "Agency. Shares in Tesco and Sainsbury fell.\n"
        )
    )
    assert rows["Maritime and Coastguard Agency"] == ("ORG", 1)
    assert "Maritime" not in rows
    assert rows["Tesco"][0] == "ORG"


def test_a_sum_in_millions_closing_a_sentence_ends_it():
    """ "$18.2m. White said" is two sentences: the surname opening the second is the person named before, and no
    "m. White" is counted."""
    from newsframe import nlp

    doc = nlp.pipe(["The rematch drew a gate of $18.2m. White said the champion would fight again in May."])[0]
    assert [s.text for s in doc.sents] == [
        "The rematch drew a gate of $18.2m.",
        "White said the champion would fight again in May.",
    ]
    rows = _kinds(
        _entities_of(
            "date 2026-11-15 Champion keeps title\n\n"
            "UFC chief executive Dana White said the rematch drew a gate of $18.2m. White said the champion would "
            "fight again in May.\n"
        )
    )
    assert rows["Dana White"] == ("PERSON", 2)
    assert not any(name.startswith("m.") for name in rows)


def test_a_group_of_countries_by_its_number_is_one_organisation_written_out_or_short():
    rows = _kinds(
        _entities_of(
            "date 2026-11-22 Summit ends\n\n"
            "Leaders of the Group of 20 major economies agreed on Sunday to speed up debt relief. The G20 will "
            "meet again next year.\n\n"
            "The G7 summit opened in Canada in June. The Group of Seven said it would act.\n"
        )
    )
    assert rows["Group of 20"] == ("ORG", 2)
    assert rows["Group of Seven"] == ("ORG", 2)
    assert "Group" not in rows
