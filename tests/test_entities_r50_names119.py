"""Entities: names written with their own mark, managers with rare given names, rivers and bodies named bare."""

from test_entities import _entities_of, _kinds


def test_a_name_with_its_mark_before_a_stop_or_a_verb_keeps_the_mark():
    rows = _kinds(
        _entities_of(
            "date 2025-02-11 Own-brand prices rise faster, says Which?\n\n"
            "Prices rose faster last year, according to analysis by the consumer group Which?.\n\n"
            "Which? tracked more than 25,000 products at eight supermarkets.\n\n"
            "Reena Sewraz, retail editor at Which?, said shoppers were hit hardest."
        )
    )
    assert rows.get("Which?", ("", 0))[0] == "ORG" and "Which" not in rows


def test_a_marked_name_no_reader_read_that_a_verb_follows_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-01-14 Broadband firms fined\n\n"
            "Ofcom has fined three broadband providers a total of £18m.\n\n"
            'Which? said the fines were "long overdue". Its director of policy, Rocio Concha, agreed.'
        )
    )
    assert rows.get("Which?", ("", 0))[0] == "ORG"
    # a question's own mark ends its sentence: no name
    rows = _kinds(_entities_of("date 2025-01-14 Fines\n\nWho will pay? The firms say customers will not."))
    assert "Who?" not in rows and "Who" not in rows


def test_a_name_that_does_what_only_a_river_does_is_a_water():
    rows = _kinds(
        _entities_of(
            "date 2024-11-25 Rivers burst their banks\n\n"
            "Homes were flooded after the River Exe and the River Parrett burst their banks following Storm Bert.\n\n"
            "The Parrett reached its highest level since 2014 near Burrowbridge.\n\n"
            "Further west, the Tamar was running high at Gunnislake."
        )
    )
    assert rows["River Parrett"][0] == "LOC" and rows["Tamar"][0] == "LOC"
    rows = _kinds(
        _entities_of(
            "date 2024-02-10 Warnings stay in place\n\n"
            "The Lugg overtopped its banks near Hampton Bishop on Friday night, and the Severn was still high "
            "at Upton on Saturday.\n\n"
            "The Environment Agency said it had raised its temporary barriers."
        )
    )
    assert rows["Lugg"][0] == "LOC" and rows["Environment Agency"][0] == "ORG"


def test_a_name_before_its_staff_in_the_plural_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-06-12 Bridge closed after lorry strike\n\n"
            "A railway bridge in Stockport has been closed after it was struck by a lorry.\n\n"
            "Network Rail engineers inspected the structure overnight and found damage to one beam."
        )
    )
    assert rows.get("Network Rail", ("", 0))[0] == "ORG"
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Signal fault causes delays\n\n"
            "Trains into Paddington were delayed after a signal fault near Reading.\n\n"
            "Network Rail staff worked through the night. British engineers designed the original system."
        )
    )
    assert rows.get("Network Rail", ("", 0))[0] == "ORG" and rows.get("British", ("NORP", 0))[0] == "NORP"
