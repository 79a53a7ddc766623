"""A name a dash sets after the reporter's clause, before the colon that introduces a quotation, is its speaker."""

from test_quotes import quoting, table

DIGEST = (
    "Polls after Iowa\n\nPublished 3 February 2016, 09:30\n\n"
    "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters as late"
    " as possible.”\n\n"
    "But the surveys did predict the Democratic caucus – Pew Research: “Most pollsters fared much better with the"
    " Democratic results than with the Republican ones.”\n"
)

ROUNDUP = (
    "Turnout roundup\n\nPublished 9 March 2016, 08:00\n\n"
    "Turnout surprised the campaigns — Ann Selzer: “We saw a late surge among first-time caucusgoers that nobody"
    " captured.”\n\n"
    "Officials insist the count was clean - Secretary of State Paul Pate: “Every ballot was counted twice before the"
    " results went out.”\n"
)


def test_name_after_dash_is_the_speaker_not_the_clause_before():
    found = table(DIGEST)
    row = quoting(found, "One of the biggest lessons")
    assert row["speaker_text"] == "Carl Bialik"
    assert row["kind"] == "direct"
    assert quoting(found, "Most pollsters fared")["speaker_text"] == "Pew Research"


def test_name_after_dash_with_other_dashes_and_a_title():
    found = table(ROUNDUP)
    assert quoting(found, "We saw a late surge")["speaker_text"] == "Ann Selzer"
    said = quoting(found, "Every ballot was counted")
    assert said["speaker_text"] == "Secretary of State Paul Pate"
    assert said["kind"] == "direct"
    # the clause before the dash stays the reporter's account of what officials insist
    insisted = found[found["cue"] == "insist"]
    assert list(insisted["text"]) == ["the count was clean"]


PRESENTED = (
    "How the message changed\n\nPublished 23 March 2016, 09:30\n\n"
    "The roots of the approach go back a generation. Here’s Clinton in December 1992: “Our new direction must rest"
    " on an understanding of the new realities of global competition.”\n\n"
    "Here is Senator Ann Lee on the budget: “We cannot cut our way to growth, and we should stop pretending"
    " otherwise.”\n\n"
    "Here is what the report found: “Most households saw no change in their tax bill.”\n"
)


def test_here_is_a_name_before_a_colon_presents_its_speaker():
    found = table(PRESENTED)
    row = quoting(found, "Our new direction")
    assert (row["speaker_text"], row["kind"]) == ("Clinton", "direct")
    assert quoting(found, "We cannot cut our way")["speaker_text"] == "Senator Ann Lee"
    # a clause after "Here is" names no speaker
    assert not found["text"].str.contains("Most households").any()
