"""Names of news nobody here wrote: a product's name before another model's number or read again where the model
took its number for a figure alone."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_product_name_before_a_model_number_is_the_model_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-08-14 Japan's Kestrel 3 rocket puts weather satellite into orbit\n\n"
            "Japan's Kestrel 3 rocket launched a new weather satellite from Tanegashima on Wednesday night.\n\n"
            "It was the fourth flight of Kestrel 3, which first flew in 2024. It replaces the Kestrel 2, retired "
            "in 2023.\n\n"
            '"Tonight Kestrel 3 showed once again that we can rely on it," said Hiroshi Yamakawa, the agency\'s '
            "president.\n\n"
            "The operator said it planned up to eight launches next year, including the first of the more "
            "powerful Kestrel 34 version in the spring.\n"
        )
    )
    assert rows["Kestrel 3"] == ("PRODUCT", 4)
    assert rows["Kestrel 34"][0] == "PRODUCT" and rows["Kestrel 2"][0] == "PRODUCT"
    assert "Kestrel" not in rows


def test_a_town_listed_after_a_town_and_in_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-02-11 Blackouts to continue, minister says\n\n"
            "Energy Minister Olena Marchuk said blackouts of up to 16 hours a day would continue in Kyiv and "
            "Kharkiv at least until the weekend.\n"
        )
    )
    assert rows["Kharkiv"] == ("GPE", 1) and rows["Kyiv"] == ("GPE", 1)


def test_a_town_the_gazetteer_names_with_the_keeps_it():
    rows = _kinds(
        _entities_of(
            "date 2026-10-30 Centrists win Dutch election\n\n"
            '"Voters have chosen a new direction," the party\'s leader told supporters in The Hague late on '
            "Wednesday.\n"
        )
    )
    assert rows["The Hague"] == ("GPE", 1) and "Hague" not in rows


TENNIS = (
    "date 2026-01-10 Raducanu beats top seed to reach Auckland final\n\n"
    "Emma Raducanu reached her first tennis final in three years on Saturday when she beat top seed Elina Svitolina "
    "6-4 3-6 7-5 in Auckland. She saved two break points in the deciding set before breaking Svitolina's serve "
    "with a backhand winner. She served nine aces.\n\n"
    "She will face Clara Tauson in Sunday's final. Tauson, who beat Raducanu in their only previous meeting, at "
    "{place} two years ago, needed just 62 minutes to see off Amanda Anisimova.{more}\n"
)


def test_a_tournament_played_at_a_time_gone_by_is_an_event():
    rows = _kinds(_entities_of(TENNIS.format(place="Wimbledon", more="")))
    assert rows["Wimbledon"] == ("EVENT", 1)


def test_a_town_named_as_a_town_too_stays_a_place():
    rows = _kinds(_entities_of(TENNIS.format(place="Wimbledon", more=" Tauson has lived in Wimbledon since 2022.")))
    assert rows["Wimbledon"][0] == "GPE"
