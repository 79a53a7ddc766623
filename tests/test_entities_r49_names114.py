"""Entities: craft sent to space no reader read, moons and planets named as worlds, land before "national park",
and a genus before its species' epithet."""

from test_entities import _entities_of, _kinds


def test_a_probe_named_before_its_noun_is_a_craft_counted_wherever_written():
    rows = _kinds(
        _entities_of(
            "date 2031-06-11 Europe's Juice probe sends back images of Jupiter's moon Callisto\n\n"
            "The European Space Agency's Juice spacecraft has returned its first images of Callisto.\n\n"
            "Juice, short for Jupiter Icy Moons Explorer, was launched from Kourou in April 2023.\n\n"
            "Juice will make 21 more flybys of Callisto, Ganymede and Europa before entering orbit around Ganymede."
        )
    )
    assert rows["Juice"] == ("PRODUCT", 4)
    assert rows["Ganymede"][0] == "LOC" and rows["Europa"][0] == "LOC"


def test_a_craft_and_moons_worded_otherwise():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Nasa's Psyche spacecraft passes Mars\n\n"
            "The agency's Psyche spacecraft flew past Mars on Sunday on its way to a metal-rich asteroid.\n\n"
            "Engineers said Psyche was healthy. Scientists hope a later mission will visit the moons Titan and "
            "Enceladus, and the probe's cameras had earlier photographed the Moon, Earth and Venus."
        )
    )
    assert rows["Psyche"][0] == "PRODUCT" and rows["Psyche"][1] >= 3
    assert rows["Titan"][0] != "ORG" and rows["Enceladus"][0] == "LOC"  # a world is described as no firm


def test_land_named_before_national_park_is_a_location():
    rows = _kinds(
        _entities_of(
            "date 2024-02-23 Fire threatens towns in western Victoria\n\n"
            "Residents of Pomonal were told to leave as a fire burned near the Grampians national park on Thursday."
        )
    )
    assert rows["Grampians"][0] == "LOC"
    rows = _kinds(
        _entities_of(
            "date 2024-07-01 Walkers rescued in Wales\n\n"
            "Two walkers were rescued from the Eryri national park after getting lost in fog, rescuers said."
        )
    )
    assert rows["Eryri"][0] == "LOC"


def test_a_genus_before_its_species_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2025-05-10 Sandwiches recalled\n\n"
            "Tests carried out by Greenvale Foods found Listeria monocytogenes in a batch, the company said."
        )
    )
    assert "Listeria" not in rows and "Greenvale Foods" in rows
    rows = _kinds(
        _entities_of(
            "date 2025-05-10 Eggs recalled\n\n"
            "Officials at the Food Standards Agency said a strain of Salmonella enterica had been found at the farm."
        )
    )
    assert "Salmonella" not in rows and "Food Standards Agency" in rows


def test_a_firm_of_its_town_is_the_firm_and_the_town():
    rows = _kinds(
        _entities_of(
            "date 2025-05-10 Sandwiches recalled\n\n"
            "Tests at the supplier, Greenvale Foods of Wakefield, found the bacteria, the company said.\n\n"
            "Greenvale Foods said it was working with inspectors."
        )
    )
    assert rows["Greenvale Foods"] == ("ORG", 2) and rows["Wakefield"][0] == "GPE"
    rows = _kinds(
        _entities_of(
            "date 2025-05-10 Buses withdrawn\n\n"
            "The buses were built by Kestrel Motors of Coventry, which said it would inspect every one."
        )
    )
    assert rows["Kestrel Motors"][0] == "ORG" and rows["Coventry"][0] == "GPE"
    rows = _kinds(
        _entities_of(
            "date 2025-05-10 Bank results\n\nProfits at the Royal Bank of Scotland rose, the bank said on Friday."
        )
    )
    assert "Royal Bank of Scotland" in rows  # a bank named after its country is one name


def test_a_gulf_of_a_land_is_a_water_and_its_word_alone_names_it_again():
    rows = _kinds(
        _entities_of(
            "date 2025-09-01 Storm strengthens\n\n"
            "The storm strengthened over the warm waters of the Gulf of Mexico on Sunday.\n\n"
            '"The Gulf is simply hotter than it used to be," she said.'
        )
    )
    assert rows["Gulf of Mexico"] == ("LOC", 2) and "Gulf" not in rows
    rows = _kinds(
        _entities_of(
            "date 2025-05-01 Cyclone nears coast\n\n"
            "A cyclone forming in the Bay of Bengal is expected to reach land on Friday.\n\n"
            "Fishermen were told to stay out of the Bay until the weekend, officials said."
        )
    )
    assert rows["Bay of Bengal"] == ("LOC", 2) and "Bay" not in rows


def test_a_plural_name_counted_by_a_number_names_objects_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2022-11-28 Museum returns Benin Bronzes to Nigeria\n\n"
            "The museum has handed over 72 objects, including a dozen Benin Bronzes, to the Nigerian government."
        )
    )
    assert rows["Benin Bronzes"][0] != "PERSON"
    rows = _kinds(
        _entities_of(
            "date 2023-01-10 Greece renews call for marbles\n\n"
            "Athens wants the return of 17 Parthenon Marbles held in London, the minister said."
        )
    )
    assert rows.get("Parthenon Marbles", ("", 0))[0] != "PERSON"


def test_a_headline_name_before_its_verb_is_no_genus():
    rows = _kinds(
        _entities_of(
            "date 1996-08-22 Egypt blames Istanbul control tower for accident\n\n"
            "Egypt on Thursday blamed the control tower at Istanbul airport for the accident."
        )
    )
    assert "Egypt" in rows
