"""Named entities (newsframe.entities): an award "<…> of the Year" is one prize, not a body and a body "Year"; a
given name borne by both men and women opens its person's name though the tagger reads it as an adverb."""

from __future__ import annotations

from test_entities import _entities_of, _kinds  # entities table of an article given as text; {entity: (type, n)}

AWARDS = (
    "date 2024-12-18 Hodgkinson named Sports Personality of the Year\n\n"
    "Keely Hodgkinson was named BBC Sports Personality of the Year on Tuesday night in Salford.\n\n"
    "The PFA Young Player of the Year award went to Cole Palmer in August, and Arne Slot was named Premier League "
    "Manager of the Month for November.\n\n"
    'Hodgkinson said it was "the best year of my life".\n'
)


def test_an_award_of_the_year_is_one_prize():
    kinds = _kinds(_entities_of(AWARDS))
    assert kinds["BBC Sports Personality of the Year"] == ("EVENT", 2)  # the headline's short form joins it
    assert kinds["PFA Young Player of the Year"] == ("EVENT", 1)
    assert kinds["Premier League Manager of the Month"] == ("EVENT", 1)
    assert "Year" not in kinds and "Sports Personality" not in kinds


def test_a_given_name_of_both_genders_read_as_an_adverb_stays_in_the_name():
    kinds = _kinds(_entities_of(AWARDS))
    assert kinds["Keely Hodgkinson"] == ("PERSON", 3)
    assert "Hodgkinson" not in kinds
