"""A portfolio before a ranked office title and its holder ("Housing Principal Secretary Charles Hinga") is part of
the title, no body of its own."""

from test_entities import _entities_of, _kinds

KENYA = (
    "The Treasury says about 62 billion shillings has been raised so far. Officials have not said how many homes "
    "have been completed, though Housing Principal Secretary Charles Hinga told a committee recently that some "
    "40,000 units were under construction.\n\n"
    "Interior Cabinet Secretary Kithure Kindiki said the curfew in the county would stay in place.\n\n"
    "Treasury Permanent Secretary James Bowler said the figures would be published, and Labour Party Deputy Leader "
    "Angela Rayner said so too."
)


def test_a_portfolio_before_a_ranked_title_is_no_body():
    kinds = _kinds(_entities_of("date 2024-03-06 Housing levy passes\n\n" + KENYA + "\n"))
    assert "Housing Principal" not in kinds and "Interior" not in kinds
    assert kinds["Charles Hinga"][0] == "PERSON" and kinds["Kithure Kindiki"][0] == "PERSON"
    assert kinds["Treasury"][0] == "ORG" and kinds["Labour Party"][0] == "ORG"


LAMPLIGHTER = (
    "date 2024-04-14 The last lamplighter of Ashford keeps the gas lamps burning\n\n"
    "Every evening at dusk, Tom Whitlow, 78, walks the three streets of Ashford's old town with a brass key on a "
    "long pole. For the past four decades he has lit the town's 41 gas lamps by hand.\n\n"
    "Crowds filled Leeds's city centre on Saturday, and Arsenal's old town rivals lost.\n"
)


def test_a_town_that_owns_a_part_of_a_town_is_a_place():
    kinds = _kinds(_entities_of(LAMPLIGHTER))
    assert kinds["Ashford"][0] == "GPE" and kinds["Leeds"][0] == "GPE"
    assert kinds["Arsenal"][0] == "ORG"
