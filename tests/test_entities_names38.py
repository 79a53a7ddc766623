"""Names in a race report, a dog show, a ratings story and a schedule of television: horses and dogs named as
animals are, a race and where it is run, a corporation beside its numbered channel, and programmes named by their
parts or their broadcaster."""

from __future__ import annotations

from test_entities import _entities_of, _kinds, _tables_of


def test_horses_named_as_racing_names_them_are_no_people_places_or_bodies():
    text = (
        "date 2026-03-14 Velvet Harbour lands the Gold Cup\n\n"
        "Velvet Harbour, ridden by Ciara Dowling, won the Gold Cup at Cheltenham on Friday for trainer Owen "
        "Tierney.\n\n"
        "The 12-1 shot beat the Tierney-trained Brass Lantern by three lengths, with Silver Quarry third. The 5-2 "
        "favourite, Morning Lark, was pulled up before the last.\n\n"
        '"He jumped beautifully," said Dowling, 24. Tierney said Velvet Harbour would now be rested.\n'
    )
    rows = _kinds(_entities_of(text))
    for horse in ("Velvet Harbour", "Brass Lantern", "Silver Quarry", "Morning Lark"):
        assert horse not in rows
    assert rows["Ciara Dowling"][0] == "PERSON" and rows["Owen Tierney"][0] == "PERSON"
    repairs = _tables_of(text)["repairs"]
    assert (repairs["rule"] == "animal").sum() >= 4  # each horse's mention is logged


def test_animals_named_after_their_kind_are_no_people():
    rows = _kinds(
        _entities_of(
            "date 2026-03-08 Show result\n\n"
            "A spaniel called Biscuit won the gundog group on Saturday, handled by her owner Ann Lyle.\n\n"
            "The runner-up was Rolo, a border terrier from Hexham. Biscuit will now be retired, Ms Lyle said.\n"
        )
    )
    assert "Biscuit" not in rows and "Rolo" not in rows
    assert rows["Ann Lyle"][0] == "PERSON"


def test_a_person_with_a_title_is_no_horse_whatever_follows_the_name():
    rows = _kinds(
        _entities_of(
            "date 2026-05-02 Trainer fined\n\n"
            "Mr Gareth Pole, trained by his father as a boy, was fined on Tuesday, the stewards said.\n"
        )
    )
    assert rows["Gareth Pole"][0] == "PERSON"


def test_a_race_and_where_it_is_run_are_two_names():
    rows = _kinds(
        _entities_of(
            "date 2026-04-11 Harbour wins\n\n"
            "Velvet Harbour, ridden by Ciara Dowling, won the Grand National at Aintree on Saturday.\n\n"
            "The crowd of 60,000 was the largest for a decade, Aintree said.\n"
        )
    )
    assert "Grand National at Aintree" not in rows
    assert "Grand National" in rows
    assert rows["Aintree"][0] != "PERSON" and rows["Aintree"][1] == 2


def test_a_corporation_and_its_numbered_channel_are_two_names():
    rows = _kinds(
        _entities_of(
            "date 2026-11-02 Drama returns\n\n"
            "The BBC has ordered a second series of the thriller, which drew 7 million viewers on BBC Two.\n\n"
            "The BBC One show Harbour Nights also returns, the BBC said.\n"
        )
    )
    assert rows["BBC"] == ("ORG", 2)
    assert rows["BBC Two"][0] == "ORG" and rows["BBC One"][0] == "ORG"


def test_a_programme_with_and_in_its_title_is_one_work_not_two_people():
    rows = _kinds(
        _entities_of(
            "date 2026-12-27 Ratings\n\n"
            "A one-off special of Ben and Holly, filmed in Swansea, drew 4.2 million viewers.\n\n"
            "Fans had waited six years for Ben and Holly to return, the producers said.\n"
        )
    )
    assert rows["Ben and Holly"] == ("WORK_OF_ART", 2)
    assert "Ben" not in rows and "Holly" not in rows


def test_a_programme_after_a_broadcasters_possessive_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2026-12-27 Ratings\n\n"
            "ITV's Harbour Street came second with 5.4 million viewers on Sunday.\n\n"
            "The BBC's Sarah Quint said the figures were encouraging.\n"
        )
    )
    assert rows["Harbour Street"][0] == "WORK_OF_ART"
    assert rows["Sarah Quint"][0] == "PERSON"  # a person after the possessive stays one


def test_the_far_end_of_a_bus_route_from_a_known_town_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-09-01 Bus cuts\n\n"
            "One casualty is the 106 between Penrith and Kirkby Stephen, which carries about 40 passengers a day.\n"
        )
    )
    assert rows["Kirkby Stephen"][0] == "GPE"


def test_a_person_after_a_role_noun_is_no_horse_beside_a_margin():
    rows = _kinds(
        _entities_of(
            "date 2026-06-02 Lingfield\n\n"
            "Amber Quay won the sprint for trainer Orla Finnegan by a short head from Dusty Road on Tuesday.\n"
        )
    )
    assert rows["Orla Finnegan"][0] == "PERSON"
