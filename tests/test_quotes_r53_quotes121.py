"""A verb outside the verbs of saying, in the cue's place right after a quotation, reports it."""

from test_quotes import quoting, table


def test_verb_in_cue_slot_after_quotation_reports_it():
    found = table(
        "Volunteers fill the arena\n"
        "Published 21 July 2016, 09:00\n\n"
        "Thousands of supporters filled the arena in Cleveland on Wednesday night.\n\n"
        "“We are going to win this state in November,” grinned Maria Lopez, a volunteer from Akron."
    )
    row = quoting(found, "We are going to win")
    assert row["kind"] == "direct"
    assert row["speaker"] == "Maria Lopez"
    assert row["cue"] == "grinned"


def test_verb_closing_cue_slot_after_speaker():
    found = table(
        "Leaders trade barbs over the election\n"
        "Published 3 August 2016, 11:20\n\n"
        "The French president answered the candidate's remarks at a news conference in Paris.\n\n"
        "“France will always be France,” an angry Hollande retaliated. “It never gives in.”"
    )
    row = quoting(found, "France will always be France")
    assert row["kind"] == "direct"
    assert row["speaker_text"].endswith("Hollande")
    assert "It never gives in" in row["text"]
