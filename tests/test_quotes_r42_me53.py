"""A short quotation a verb of saying introduces with a colon after where or when it was said."""

from __future__ import annotations

from test_quotes import quoting, table

MATCH = (
    "date 2025-04-28 Wrexham promoted again as Mullin double seals title\n\n"
    "Wrexham, bought by Hollywood actors Ryan Reynolds and Rob McElhenney in February 2021, will play in the "
    "Championship next season.\n\n"
    "Reynolds, watching from the directors' box, posted on social media minutes after the final whistle: "
    '"Pinch me."\n\n'
    'McElhenney wrote on X: "Unreal."\n'
)


def test_a_short_quotation_after_a_cue_and_a_colon_is_what_was_said():
    found = table(MATCH)
    posted = quoting(found, "Pinch me.")
    assert (posted["kind"], posted["cue"], posted["speaker"]) == ("direct", "posted", "Ryan Reynolds")
    wrote = quoting(found, "Unreal.")
    assert (wrote["kind"], wrote["cue"], wrote["speaker"]) == ("direct", "wrote", "Rob McElhenney")


def test_a_short_quotation_in_the_reporter_s_sentence_stays_a_scare_quote():
    found = table(
        "date 2025-04-28 Club fined\n\n"
        'The club was fined after what the league called "serious misconduct" at the final.\n'
    )
    assert not found["text"].str.contains("serious misconduct").any() or set(found["kind"]) <= {"partial"}


RENT = (
    "date 2025-11-20 What does the new Renters' Rights Act mean for tenants?\n\n"
    "The bill, called the Renters' Rights Bill, passed in October. Landlords will still be able to take back a "
    "property if they want to sell it or move in.\n\n"
    'Generation Rent, which has campaigned for the ban since 2016, called the act "a huge step forward".\n'
)


def test_a_body_described_by_which_and_calling_something_is_heard():
    row = quoting(table(RENT), "a huge step forward")
    assert (row["kind"], row["cue"], row["speaker"]) == ("partial", "called", "Generation Rent")


def test_a_thing_called_by_its_name_states_nothing():
    found = table(RENT)
    assert not found["text"].str.contains("Renters' Rights Bill").any()
    assert not (found["cue"] == "called").any() or set(found.loc[found["cue"] == "called", "speaker"]) == {
        "Generation Rent"
    }


def test_her_party_is_the_body_named_in_her_title():
    found = table(
        "date 2025-10-08 Taoiseach defends housing record\n\n"
        "Sinn Féin leader Mary Lou McDonald said the figures hid the reality of young people stuck at home. Her "
        "party has promised to build 300,000 homes over five years.\n"
    )
    row = quoting(found, "to build 300,000 homes")
    assert (row["speaker"], row["speaker_text"]) == ("Sinn Féin", "Her party")
