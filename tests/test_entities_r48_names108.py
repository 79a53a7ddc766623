"""Names typed by what the sentence says of them: a player's play, a facility's noun, a campaign's joined name, the
Budget and a degree."""

from test_entities import _entities_of, _kinds

LISTICLE = (
    "date 2025-02-03 Five things we learned from Arsenal's win over Manchester City\n\n"
    "Arsenal beat Manchester City 2-1 at the Emirates Stadium on Sunday to move three points clear.\n\n"
    "David Raya made four saves in the second half, including a double stop from Erling Haaland in the 78th minute.\n\n"
    "Mikel Arteta picked the same eleven for the fifth game in a row."
)


def test_a_striker_a_goalkeeper_stopped_is_a_person():
    rows = _kinds(_entities_of(LISTICLE))
    assert rows["Erling Haaland"] == ("PERSON", 1)
    assert rows["David Raya"] == ("PERSON", 1) and rows["Manchester City"] == ("ORG", 2)


def test_a_name_before_an_airport_or_a_hospital_is_the_facility():
    rows = _kinds(
        _entities_of(
            "date 2025-02-18 Plane skids off runway in Toronto\n\n"
            "Eighteen people were injured when a Delta Air Lines plane flipped over while landing at Toronto Pearson "
            "airport on Monday afternoon, officials said.\n\n"
            "Several people were taken to Hillingdon hospital as a precaution, and a cargo plane landed at "
            "Manchester airport after a bird strike."
        )
    )
    assert rows["Toronto Pearson"] == ("FAC", 1)
    assert rows["Hillingdon"] == ("FAC", 1)
    assert rows["Manchester"] == ("GPE", 1)  # a town the gazetteer knows stays a place
    assert rows["Delta Air Lines"] == ("ORG", 1)


def test_a_campaign_group_named_with_a_small_word_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2024-11-29 MPs back assisted dying bill\n\n"
            "MPs have voted in favour of a bill to legalise assisted dying in England and Wales.\n\n"
            "Campaign group Dignity in Dying welcomed the result. Care Not Killing, which opposes the bill, said it "
            "would keep fighting."
        )
    )
    assert rows["Dignity in Dying"] == ("ORG", 1)
    assert rows["Care Not Killing"] == ("ORG", 1)


def test_the_budget_and_a_degree_are_no_names():
    rows = _kinds(
        _entities_of(
            "date 2024-11-02 Chancellor defends tax rises\n\n"
            "Chancellor Rachel Reeves has defended the tax rises in her first Budget, saying they were needed.\n\n"
            "Shadow chancellor Jeremy Hunt said the Budget broke Labour's promises. Ms Reeves, who has a degree in "
            "economics but not a PhD, told the BBC she would not come back with more tax rises.\n\n"
            "The Office for Budget Responsibility expects growth of 1.1% this year."
        )
    )
    assert "Budget" not in rows and "PhD" not in rows
    assert rows["Office for Budget Responsibility"] == ("ORG", 1)
    assert rows["Rachel Reeves"] == ("PERSON", 2) and rows["BBC"] == ("ORG", 1)


def test_a_village_near_which_a_farm_burned_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-07-14 Barn fire near Dorset villages\n\n"
            "Firefighters spent the night tackling a large fire at a farm near Sturminster Newton, with crews called "
            "from across the county.\n\n"
            "Station manager Tom Reeves said firefighters would remain at the scene near Sturminster Newton for "
            "several days."
        )
    )
    assert rows["Sturminster Newton"] == ("GPE", 2)
    assert rows["Tom Reeves"] == ("PERSON", 1)
