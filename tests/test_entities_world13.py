"""Names in news written in the English of Australia, Malta and the Commonwealth's parliaments: a common noun in
small letters that the recogniser reads as a name, a Maltese double surname the recogniser reads once as an
organisation, and "Hon." before a minister's name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_word_in_small_letters_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Koala numbers rise in burnt forests near Taree\n\n"
            "A drone survey has found koala numbers in forests near Taree have almost returned to levels seen before "
            "the fires.\n\n"
            "Researchers from the state university used drones to count koala colonies across 9,000 hectares near "
            "Taree between July and October.\n\n"
            'Dr Helen Marsh said the koala population was "recovering faster than anyone expected".\n'
        )
    )
    assert not [e for e in rows if "koala" in e.lower()]
    assert rows["Taree"] == ("GPE", 3)


def test_a_double_surname_read_once_as_an_organisation_is_the_persons_full_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Former minister wins libel case against blogger\n\n"
            "A former minister has won a libel case against a blogger who accused him of taking kickbacks on a road "
            "contract.\n\n"
            "Magistrate Ann Zammit ruled on Friday that the blogger had failed to prove that Clayton Mifsud Bonnici "
            "received any payment linked to the contract awarded by Roads Malta in 2021.\n\n"
            "Mifsud Bonnici, who served as minister until 2022, had sued the blogger over two posts published in "
            "March 2023.\n\n"
            'In the posts, the blogger claimed that Mifsud Bonnici had "pocketed a cut" from a €14 million '
            "contract.\n\n"
            'Mifsud Bonnici welcomed the judgment. "Today the court has said clearly that these were lies," he '
            "said.\n\n"
            "Lawyers for Mifsud Bonnici said they would seek costs.\n"
        )
    )
    assert rows["Clayton Mifsud Bonnici"] == ("PERSON", 5)
    assert "Mifsud Bonnici" not in rows


def test_hon_before_a_ministers_name_is_no_part_of_a_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Velna expels two diplomats\n\n"
            "The Ministry of Transport announced that it had expelled two diplomats on Saturday.\n\n"
            'Minister of Foreign Affairs Hon. Daniel Achterberg stated: "We will not tolerate any activity that '
            'threatens our national security."\n\n'
            "The Minister of Trade, Hon. Maria Grech, said talks on a trade deal would go ahead.\n"
        )
    )
    assert not [e for e in rows if "Hon" in e.split()]
    assert rows["Daniel Achterberg"] == ("PERSON", 1)


def test_an_areas_name_read_as_a_persons_is_a_place_and_takes_no_town_into_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Koala numbers rise in burnt Kempsey forests\n\n"
            "A drone survey has found koala numbers in forests near Kempsey have almost returned to levels seen "
            "before the fires.\n\n"
            "Researchers counted koalas across 12,000 hectares near Kempsey between July and October.\n\n"
            "Kempsey Shire councillor Anna Martin said the survey was good news for the region.\n\n"
            "The state government plans a national park between Coffs Harbour and Kempsey.\n"
        )
    )
    assert rows["Kempsey"] == ("GPE", 4)
    assert rows["Kempsey Shire"][0] == "GPE"
