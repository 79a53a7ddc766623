"""A place's name qualifying a common noun after "a" or an owner ("a Kent river", "its Sturry treatment works") is
the place the thing lies in; a firm's name before its premises after "a" ("a Tesco store") stays the firm's."""

from test_entities import _entities_of, _kinds

SEWAGE = (
    "date 2026-12-03 Water company fined after sewage leak\n\n"
    "Southern Water has been fined £4.2m for a sewage leak that killed more than 2,000 fish in a Kent river, the "
    "Environment Agency said.\n\n"
    "The company admitted discharging untreated sewage into the River Stour over three days in August 2023, when a "
    "pump at its Sturry treatment works failed."
)

SLURRY = (
    "date 2025-03-14 Farmer fined after slurry spill\n\n"
    "A dairy farmer has been ordered to pay £38,000 after slurry from a Devon farm poured into a stream and killed "
    "hundreds of trout.\n\n"
    "The court was told that staff at a Tesco store in Exeter had reported a strong smell. A BBC documentary later "
    "featured the incident.\n\n"
    "Workers at the Ford plant in Dagenham were not affected, the court heard."
)

SOOT = (
    "date 2024-09-02 Energy firm admits emissions breach\n\n"
    "Drax Group has admitted breaching its permit after soot from its Selby power station fell on gardens in a "
    "Yorkshire village, regulators said on Monday.\n\n"
    "The company said a filter at the firm's Eggborough power station had also failed in July."
)


def test_a_county_before_a_river_and_a_village_before_its_works_are_places():
    rows = _kinds(_entities_of(SEWAGE))
    assert rows["Kent"][0] == "GPE"  # "a Kent river": where the river runs, no body
    assert rows["Sturry"][0] == "GPE"  # "its Sturry treatment works": the owner is named, the name is where
    assert rows["Southern Water"][0] == "ORG"


def test_a_county_before_a_farm_is_a_place_and_firms_before_their_premises_stay_firms():
    rows = _kinds(_entities_of(SLURRY))
    assert rows["Devon"][0] == "GPE"  # "a Devon farm", read as a person by a reader
    assert rows["Tesco"][0] == "ORG" and rows["BBC"][0] == "ORG" and rows["Ford"][0] == "ORG"


def test_a_town_before_an_owners_power_station_is_a_place():
    rows = _kinds(_entities_of(SOOT))
    assert rows["Selby"][0] == "GPE" and rows["Eggborough"][0] == "GPE"
    assert rows["Yorkshire"][0] == "GPE" and rows["Drax Group"][0] == "ORG"
