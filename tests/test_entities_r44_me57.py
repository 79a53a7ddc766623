"""A club's name the reader cut short before its score, and a club a player was signed from, which is no employer."""

from test_entities import _tables_of

from newsframe import speakers

MATCH = (
    "date 2024-11-30 Late Osei header sends Burnley top as Leeds stumble\n\n"
    "Kwame Osei headed an 89th-minute winner as Burnley beat Preston North End 2-1 at Turf Moor to go top of the "
    "Championship.\n\n"
    "Preston had led through Emil Riis's penalty after 23 minutes. Burnley levelled five minutes after the break.\n\n"
    "Osei, signed from Hearts in the summer, rose above two defenders to meet Connor Roberts' cross in the final "
    "minute.\n\n"
    '"It\'s the best feeling in football," said Osei, who had not scored since August.\n\n'
    'Preston boss Paul Heckingbottom said the penalty decision was "baffling".\n'
)


def test_a_club_name_runs_to_its_score_and_a_club_signed_from_is_no_employer():
    tables = _tables_of(MATCH)
    found = tables["entities"].set_index("entity")
    assert found.loc["Preston North End", "entity_type"] == "ORG"
    assert found.loc["Preston North End", "mentions"] == 3
    assert "Preston North" not in found.index
    assert "Hearts" in found.index
    assert "Hearts" not in speakers.affiliations(tables["entities"], tables["quotes"], tables["paragraphs"])
