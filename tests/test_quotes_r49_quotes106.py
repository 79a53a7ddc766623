"""Rows that are no statements and senders that speak: a force of nature as a cue's subject says nothing; a letter,
an email or a message "from" people speaks for them; and what stays a row on purpose (an expectation with no one
expecting, a wish, a plan, a decision on a plan, a stance taken), as news annotated for attribution counts them."""

from __future__ import annotations

from test_quotes import quoting, table

from newsframe import speakers

HEAD = "Local news\nPublished 6 March 2026, 08:00\n\n"


def _table(*paragraphs: str):
    return table(HEAD + "\n\n".join(paragraphs))


def test_a_force_of_nature_that_claims_or_threatens_says_nothing():
    found = _table(
        "Residents of Skelby are preparing to leave as the sea slowly claims their village.",
        "The river claimed three more houses on Tuesday. The fire threatened to spread to nearby farms, and the "
        "storm promises to bring more rain. The disease claimed her father when she was six.",
    )
    assert found.empty, found[["cue", "speaker", "text"]]


def test_one_who_speaks_still_claims_beside_a_force_of_nature():
    found = _table(
        "The union claims that pay has fallen since the flood. The report claims the sea wall failed.",
        "Sea Shepherd said the whales were safe. The Met Office warned that the storm would bring gales.",
    )
    said = dict(zip(found["text"], found["speaker"]))
    assert said["that pay has fallen since the flood"] == "The union"
    assert said["the sea wall failed"] == "The report"
    assert said["the whales were safe"] == "Sea Shepherd"
    assert quoting(found, "the storm would bring gales")["speaker"] == "Met Office"


def test_a_letter_from_people_speaks_for_them():
    found = _table("He received a letter from police warning him his phone had been monitored.")
    row = quoting(found, "his phone had been monitored")
    assert (row["speaker"], row["speaker_text"]) == ("police", "a letter from police")
    found = _table(
        "An email from prosecutors told her the case had been dropped. A message from Thames Water warned "
        "customers that supplies would be cut. A letter from his lawyers argued that the search was unlawful."
    )
    row = quoting(found, "the case had been dropped")
    assert (row["speaker"], row["speaker_text"]) == ("prosecutors", "An email from prosecutors")
    assert quoting(found, "supplies would be cut")["speaker"] == "Thames Water"
    assert quoting(found, "the search was unlawful")["speaker"] == "his lawyers"


def test_an_expectation_with_no_one_expecting_stays_a_row_marked_as_a_forecast():
    # PolNeAR counts "X is expected to …" with no one expecting as an attribution with no source, whatever X is ("The
    # convention is expected to inject $200 million", "A decision is expected in mid-May"): the table keeps the row,
    # with no speaker, and the speakers module marks it a forecast, which a sentence about who is quoted leaves out.
    found = _table(
        "Counting in the neighbouring constituency is expected to finish later on Friday morning.",
        "The storm is expected to weaken as it moves north-east. Smith is expected to say the plan will go ahead.",
    )
    assert len(found) == 3
    assert found["speaker"].isna().all()
    assert set(found["cue"]) == {"expected"}
    assert speakers.expectations(found).all()


def test_a_wish_a_plan_a_decision_on_a_plan_and_a_stance_stay_statements():
    # Attribution annotation (PolNeAR) counts wishes ("wants to"), plans ("plans to"), decisions on proposals ("the
    # board rejected both objections") and stances ("condemned the program") among what a source says.
    found = table(
        "Councillors reject plans for 240 homes\nPublished 6 March 2026, 08:00\n\n"
        "Ashfield Homes wanted to build the houses on fields off Mill Lane. Donald Mackay plans to stay in the "
        "village."
    )
    assert quoting(found, "plans for 240 homes")[["cue", "speaker"]].tolist() == ["reject", "Councillors"]
    assert quoting(found, "to build the houses")["speaker"] == "Ashfield Homes"
    assert quoting(found, "to stay in the village")["cue"] == "plans"
    found = table("Celtic condemn sectarian chanting\nPublished 6 March 2026, 08:00\n\nThe club said it was appalled.")
    row = quoting(found, "sectarian chanting")
    assert (row["cue"], row["speaker"], row["tone"]) == ("condemn", "Celtic", "negative")
