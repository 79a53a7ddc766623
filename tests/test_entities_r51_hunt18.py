"""Entities of science, education and health news: a craft named again by the name it bears, a firm by its
founder's surname, exams and scans that are no names, and rockets named before their noun."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_space_telescope_named_again_by_the_surname_it_bears_is_one_thing():
    rows = _kinds(
        _entities_of(
            "date 2024-05-30 James Webb Space Telescope spots most distant galaxy\n\n"
            "Astronomers using the James Webb Space Telescope have confirmed the most distant galaxy yet seen.\n\n"
            "Webb's spectrograph measured the light of the galaxy, the team said.\n\n"
            "Webb began science operations in July 2022."
        )
    )
    assert rows["James Webb Space Telescope"][0] == "PRODUCT"
    assert rows["James Webb Space Telescope"][1] >= 3 and "Webb" not in rows


def test_hubble_named_again_is_the_hubble_space_telescope():
    rows = _kinds(
        _entities_of(
            "date 2023-04-24 Hubble marks 33 years in orbit\n\n"
            "The Hubble Space Telescope was launched in 1990 aboard the shuttle Discovery.\n\n"
            "Since then Hubble has made more than 1.5 million observations, Nasa said."
        )
    )
    assert "Hubble" not in rows and rows["Hubble Space Telescope"] == ("PRODUCT", 3)


def test_a_firm_named_after_its_founder_is_named_again_by_the_surname():
    rows = _kinds(
        _entities_of(
            "date 2024-11-14 Alzheimer's drug slows decline\n\n"
            "A new Alzheimer's drug made by Eli Lilly slowed cognitive decline in a large trial.\n\n"
            "Lilly had previously disputed the regulator's assessment of the drug's price, and Lilly said it would "
            "appeal."
        )
    )
    assert rows["Eli Lilly"] == ("ORG", 3) and "Lilly" not in rows


def test_a_fashion_firm_named_by_its_founders_surname():
    rows = _kinds(
        _entities_of(
            "date 2024-05-23 Fashion sales\n\n"
            "The fashion company Ralph Lauren reported higher sales in Asia on Thursday.\n\n"
            "Lauren said demand in China had recovered, and Lauren shares rose 4%."
        )
    )
    assert rows["Ralph Lauren"] == ("ORG", 3) and "Lauren" not in rows


def test_exams_and_scans_are_no_organisations():
    rows = _kinds(
        _entities_of(
            "date 2024-08-22 GCSE results day\n\n"
            "Pupils in England received their GCSE results on Thursday, and A-level students in Wales will take "
            "extra GCSE resits.\n\n"
            "The MHRA said patients would need regular MRI scans."
        )
    )
    assert not {"GCSE", "A-level", "MRI"} & set(rows)
    assert rows["England"][0] == "GPE"


def test_a_rocket_after_its_makers_possessive_and_its_booster_are_things():
    rows = _kinds(
        _entities_of(
            "date 2024-06-07 Starship test flight\n\n"
            "SpaceX's Starship rocket completed its fourth test flight on Thursday.\n\n"
            "About eight minutes later, the Super Heavy booster made a soft landing in the Gulf of Mexico.\n\n"
            "Nasa is relying on a modified version of Starship to land astronauts on the Moon."
        )
    )
    assert rows["Starship"] == ("PRODUCT", 2)
    assert rows["Super Heavy"][0] == "PRODUCT"
