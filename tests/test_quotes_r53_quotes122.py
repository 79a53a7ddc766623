"""A quotation introduced by a source with no verb before a colon, or by a dash after a clause naming its speaker."""

from test_quotes import quoting, table


def test_name_after_dash_before_colon_is_the_source():
    found = table(
        "Online panels miss minority voters\n"
        "Published 2 May 2016, 09:30\n\n"
        "Estimates of civic engagement are particularly problematic - Pew Research: “All the samples evaluated "
        "include more politically engaged people than benchmark sources indicate.”\n\n"
        "Turnout models missed the late swing – Gallup Analytics: “Younger voters decided in the final week, and "
        "most of them broke for the challenger.”"
    )
    for words, source in (("All the samples", "Pew Research"), ("Younger voters", "Gallup Analytics")):
        row = quoting(found, words)
        assert row["kind"] == "direct"
        assert row["speaker_text"] == source


def test_source_without_verb_before_colon():
    found = table(
        "Inspectors fault city agency\n"
        "Published 14 March 2024, 18:10\n\n"
        "Not all web panels are created equal. From the report: “In general, samples with more elaborate weighting "
        "produced more accurate results.”\n\n"
        "The inspectors' findings were blunt. More from the ruling: “The agency failed to keep records of the "
        "spending for three years running.”\n\n"
        "The mayor's office was less sure. According to the memo: “The city cannot guarantee that the count will "
        "be finished by Friday.”"
    )
    for words, source in (("In general", "the report"), ("The agency failed", "the ruling"), ("The city", "the memo")):
        row = quoting(found, words)
        assert row["kind"] == "direct"
        assert row["speaker_text"] == source
        assert row["text"].startswith("“")


def test_dash_after_clause_naming_speaker_introduces_quotation():
    found = table(
        "Trump closes convention\n"
        "Published 22 July 2016, 08:00\n\n"
        "When Trump finally wrapped up — “I will fight for you, and I will win for you!” — the balloons cascaded "
        "down on the crowd.\n\n"
        "Then the governor turned to the cameras — “We will rebuild every single home in this valley.”"
    )
    row = quoting(found, "I will fight for you")
    assert (row["kind"], row["speaker_text"], row["cue"]) == ("direct", "Trump", "wrapped up")
    row = quoting(found, "We will rebuild")
    assert (row["kind"], row["speaker_text"]) == ("direct", "the governor")


def test_dash_before_short_or_lower_case_quotation_is_no_cue():
    found = table(
        "Club sets its sights high\n"
        "Published 2 August 2024, 10:00\n\n"
        "The new manager spoke to reporters at the training ground on Friday.\n\n"
        "The squad has one aim this season — “win the league.”"
    )
    assert not found["text"].str.contains("win the league", regex=False).any() or (
        quoting(found, "win the league")["cue"] != "has"
    )
