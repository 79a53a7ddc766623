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
