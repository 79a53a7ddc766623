"""Counties of Britain that share no name with a person or a town the gazetteer knows are places before a firm's
name ("Dorset firm Marlow Construction", "Fife developer Castle Homes"), as the other counties of regions.txt are."""

from test_entities import _entities_of, _kinds

BRIDGE = (
    "date 2026-12-05 Timeline: how the Harbour Bridge closure unfolded\n\n"
    "The council shut the Harbour Bridge to traffic on Monday after engineers found cracks in two of its hangers.\n\n"
    "October 2025: A new contract worth £8.4m is signed with Dorset firm Marlow Construction.\n\n"
    "1 December 2026: The bridge closes to all vehicles."
)

HOMES = (
    "date 2025-06-10 Plans for 300 homes approved\n\n"
    "Councillors have approved plans by Fife developer Castle Homes to build 300 houses on farmland near the town.\n\n"
    "Objectors said the roads could not cope. Castle Homes said work would start next spring."
)


def test_a_county_before_a_firm_and_its_name_is_a_place():
    rows = _kinds(_entities_of(BRIDGE))
    assert rows["Dorset"][0] == "GPE"  # was an organisation, listed among those never quoted
    assert rows["Marlow Construction"][0] == "ORG"


def test_a_scottish_county_before_a_developer_is_a_place():
    rows = _kinds(_entities_of(HOMES))
    assert rows["Fife"][0] == "GPE"
    assert rows["Castle Homes"][0] == "ORG"
