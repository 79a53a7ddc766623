"""A body introduced with a short form written from its words' first syllables ("(Phivolcs)") is one body, its
short form one of its names."""

from test_entities import _entities_of


def test_name_before_a_syllabic_short_form_is_one_body_with_it():
    text = (
        "date 2026-12-04 Earthquake toll rises\n\n"
        "The magnitude 6.9 quake hit off the coast of Cebu province, the Philippine Institute of Volcanology and "
        "Seismology (Phivolcs) said. Phivolcs recorded more than 400 aftershocks.\n"
    )
    entities = _entities_of(text)
    row = entities.loc["Philippine Institute of Volcanology and Seismology"]
    assert (row["entity_type"], row["mentions"]) == ("ORG", 3)
    assert not entities.index.isin(["Seismology", "Phivolcs", "Philippine Institute of Volcanology"]).any()


def test_short_form_that_is_no_syllables_of_the_name_stays_apart():
    text = (
        "date 2026-12-04 Charity report\n\n"
        "The National Institute of Economic Research (Oxfam) said prices rose. Oxfam said later it disagreed.\n"
    )
    entities = _entities_of(text)
    assert "Oxfam" in set(entities.index)
