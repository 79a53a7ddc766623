"""Who said what (newsframe.quotes): "the building society", "the hospital", "the school" stand for the body named
before them, a hospital or school only for one whose name says so, and a name written in lower case is the body
named so in capitals; on short invented articles."""

from __future__ import annotations

from test_quotes import table


def _speaker(found, words):
    rows = found[found["text"].str.contains(words, regex=False)]
    assert len(rows), f"no row quotes {words!r}"
    return rows.iloc[0]["speaker"]


def test_a_building_society_said_is_the_lender_named_before():
    found = table(
        "date 2026-11-30 Prices fall\n\n"
        "House prices fell in November, according to Nationwide. The average price dropped 0.4%, the building "
        "society said."
    )
    assert _speaker(found, "average price dropped") == "Nationwide"


def test_a_hospital_or_school_said_is_one_named_so_and_no_other_body():
    found = table(
        "date 2026-11-30 Ward opens\n\n"
        "St Mary's Hospital in Leeds admitted 40 patients on Monday. NHS England said beds were short. "
        "The hospital said it had opened a ward.\n\n"
        "Marsh Academy closed early after a flood. The school said pupils were safe."
    )
    assert _speaker(found, "opened a ward") == "St Mary's Hospital"
    assert _speaker(found, "pupils were safe") != "Marsh Academy"


def test_a_body_written_in_lower_case_in_the_headline_is_the_body_named_below():
    found = table(
        "date 2026-11-30 Philippine coast guard says vessel fired water cannon\n\n"
        "A ship fired a water cannon at a fisheries vessel on Sunday, the Philippine Coast Guard said."
    )
    assert set(found["speaker"]) == {"Philippine Coast Guard"}


def test_a_headlines_body_by_description_is_the_organisation_the_lead_hears():
    found = table(
        "date 2026-12-01 Retailer admits hackers stole customer data\n\n"
        "Department store chain Harlow & Finch has confirmed that hackers took the data of 2.4 million customers."
    )
    assert set(found["speaker"]) == {"Harlow & Finch"}


def test_a_headlines_council_is_no_other_body_the_lead_hears():
    found = table(
        "date 2026-12-01 Council says no to tower plan\n\n"
        "Developer Kestrel Homes said it would appeal after councillors rejected its 20-storey tower."
    )
    assert found.loc[found["paragraph"] == 0, "speaker"].tolist() != ["Kestrel Homes"]
