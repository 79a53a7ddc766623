"""Names that end in a word of their kind: a prize's last word (Medal, Prize, Award), a quay's, dock's or farm's
last word (a place built or worked, no person or body), and a railway line named with its lower-case "line"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_prize_named_by_its_last_word_is_no_body():
    rows = _kinds(
        _entities_of(
            "date 2025-02-11 Architect honoured\n\n"
            "Mara Kessel, who designed the Tolland library, won the Harcourt Silver Medal in 2019.\n\n"
            "She was shortlisted for the Vannick Prize two years later, her studio said.\n"
        )
    )
    assert rows["Harcourt Silver Medal"][0] == "EVENT"
    assert rows["Vannick Prize"][0] == "EVENT"


def test_a_competition_named_cup_stays_an_event():
    rows = _kinds(
        _entities_of(
            "date 2025-02-11 Draw made\n\nRovers will play Dunmore in the third round of the Halloway Cup next month.\n"
        )
    )
    assert rows["Halloway Cup"][0] == "EVENT"


def test_a_wharf_or_a_dock_is_a_place_built_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-11 Crowds at stations\n\n"
            "Crowds built up at Liverpool Street and at Pelham Wharf, where trains ran late.\n\n"
            "Ferries from Marten Dock were cancelled after the storm.\n"
        )
    )
    assert rows["Pelham Wharf"][0] == "FAC"
    assert rows["Marten Dock"][0] == "FAC"


def test_a_farm_is_a_place_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-06-30 Festival opens\n\n"
            "Fireworks lit up Elmcote Farm as the night ended, said organiser Jo Penn.\n\n"
            "The festival is held at Elmcote Farm near Pilton every June.\n"
        )
    )
    assert rows["Elmcote Farm"][0] == "FAC"


def test_a_railway_line_is_named_with_its_line():
    rows = _kinds(
        _entities_of(
            "date 2025-03-11 Line suspended\n\n"
            "Elizabeth line services were suspended for most of Tuesday morning after a signal fault.\n\n"
            "Passengers were told to use the Jubilee line instead, and delays spread along the Elizabeth line.\n"
        )
    )
    assert "Elizabeth" not in rows and "Jubilee" not in rows
    assert rows["Elizabeth line"][0] == "FAC"
    assert rows["Jubilee line"][0] == "FAC"


def test_one_of_the_people_of_a_part_of_a_land_is_no_organisation():
    rows = _kinds(
        _entities_of(
            "date 2025-04-14 McIlroy wins\n\nRory McIlroy won on Sunday. The 35-year-old Northern Irishman had led "
            "by two shots at the start of the final round."
        )
    )
    assert rows.get("Northern Irishman", ("NORP", 1))[0] == "NORP"
    assert rows["Rory McIlroy"] == ("PERSON", 2)  # the headline's "McIlroy" too
