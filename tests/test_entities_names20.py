"""Names news writes in forms of their own: a tournament by its word alone ("the Masters"), a party by its short form
in a headline or a quotation ("Reform" for "Reform UK"), a monument named with a person's possessive ("Hadrian's
Wall"), a town whose hyphenated parts a short lower-case word links ("Pont-ar-Gothi"), and a place named after "the
island of"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_tournament_named_by_its_word_alone_is_an_event_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-04-14 Halvorsen wins Masters\n\n"
            "Erik Halvorsen won the Masters by two shots on Sunday, beating Tom Keel in the final round.\n\n"
            "Keel, who also finished second at the Open last year, said the Masters was the one he wanted.\n"
        )
    )
    assert rows["Masters"][0] == "EVENT" and rows["Masters"][1] >= 2  # no reader reads it: found after "the"
    assert rows["Open"][0] == "EVENT"
    assert rows["Erik Halvorsen"][0] == "PERSON"


def test_a_party_shortened_in_the_headline_and_a_quotation_is_the_party():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Whitlow says Reform is ready to run the council\n\n"
            "Reform UK won the Elmfield ward by 40 votes, the council said on Friday.\n\n"
            '"This is a great night for Reform," said Dana Whitlow, the new councillor.\n\n'
            "NHS England said the NHS would not be affected.\n"
        )
    )
    assert rows["Reform UK"] == ("ORG", 3)  # headline, body and quotation
    assert "Reform" not in rows
    # an abbreviation beside its country's branch stays apart, written in the body
    assert "NHS" in rows and "NHS England" in rows


def test_a_monument_named_with_a_possessive_is_one_structure_and_the_person_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-01 Stone found\n\n"
            "Volunteers on Hadrian's Wall found a carved stone near Birdoswald on Saturday.\n\n"
            "It was set up under the emperor Hadrian, archaeologists said, and visitors to the Giant's Causeway "
            "will see a cast next year.\n"
        )
    )
    assert rows["Hadrian's Wall"][0] == "FAC"
    assert rows["Giant's Causeway"][0] == "FAC"
    assert rows["Hadrian"][0] == "PERSON"


def test_a_town_with_linked_hyphenated_parts_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2025-11-04 Road closed\n\n"
            "Police closed the A40 in Pont-ar-Gothi after a lorry overturned on Tuesday.\n\n"
            "Drivers heading to Stratford-upon-Avon and Southend-on-Sea were told to expect delays.\n\n"
            "Jean-Marie Dubois, a driver from Lyon, said he waited three hours.\n"
        )
    )
    assert rows["Pont-ar-Gothi"][0] == "GPE"
    assert rows["Stratford-upon-Avon"][0] == "GPE"
    assert rows["Southend-on-Sea"][0] == "GPE"
    assert rows["Jean-Marie Dubois"][0] == "PERSON"  # a given name's hyphen links no small word


def test_a_name_after_the_island_of_is_a_place_though_the_headline_reads_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-08-07 Forty rescued after migrant boat sinks off Lampedusa\n\n"
            "Coastguards rescued 46 people on Thursday after a boat sank off the island of Lampedusa.\n\n"
            "The boat had left the port of Kelibia on Wednesday night, survivors said.\n"
        )
    )
    assert rows["Lampedusa"] == ("GPE", 2)
    assert rows["Kelibia"][0] == "GPE"


def test_a_charity_written_with_a_hyphen_is_found_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-08-07 Boat sinks\n\n"
            "The charity Sea-Watch said its plane had spotted the sinking boat and alerted the authorities in Rome.\n\n"
            "The coastguard said 30 people were rescued.\n"
        )
    )
    assert rows["Sea-Watch"][0] == "ORG"
    assert "Watch" not in rows


def test_a_work_set_beside_its_title_is_the_work_not_the_singer_the_parse_hangs_it_on():
    rows = _kinds(
        _entities_of(
            "date 2025-06-10 Chart\n\n"
            "Lewis Capaldi went straight in at number three with Survive, his first album in six years.\n\n"
            '"It means the world to me," Capaldi wrote.\n'
        )
    )
    assert rows["Lewis Capaldi"] == ("PERSON", 2)
    assert rows["Survive"][0] == "WORK_OF_ART"


def test_a_body_named_with_a_peoples_word_inside_and_one_opening_with_a_foreign_word_are_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-02-20 Court revives lawsuit\n\n"
            "Lawyers for the League of United Latin American Citizens and the Mi Familia Vota Education Fund "
            "argued that the law kept eligible voters off the rolls.\n\n"
            "The judge agreed.\n"
        )
    )
    assert rows["League of United Latin American Citizens"][0] == "ORG"
    assert rows["Mi Familia Vota Education Fund"][0] == "ORG"
    assert "Mi" not in rows and "League of United Latin" not in rows


def test_a_school_named_in_welsh_is_a_body_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-11-04 Ysgol Bro Tywi pupils raise £5,000\n\n"
            "Pupils at Ysgol Bro Tywi have raised £5,000 for families whose homes flooded last month.\n\n"
            "The money will go to households in Llandovery and Pont-ar-Gothi, the school said.\n"
        )
    )
    assert rows["Ysgol Bro Tywi"][0] == "ORG"
    assert rows["Pont-ar-Gothi"] == ("GPE", 1)  # one town, not "Pont" beside it
    assert "Pont" not in rows
