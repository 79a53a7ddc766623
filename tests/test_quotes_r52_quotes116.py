"""A quotation credited to whoever carried it ("…,” X said, according to CNN. “…”"): what is credited goes on with
the quotation when it runs on into the next sentence."""

from test_quotes import table

HEAD = "Party split over budget\nPublished 12 June 2024, 09:30\n\n"


def _row(found, cue):
    rows = found[found["cue"] == cue]
    assert len(rows) == 1, found[["cue", "speaker_text", "text"]]
    return rows.iloc[0]


def _credit_goes_on(text, carrier, cue, speaker, words):
    """The "according to" row credits `carrier` with the quotation up to `words`; the cue's row keeps `speaker`."""
    found = table(HEAD + text)
    credited = _row(found, "according to")
    assert credited["speaker_text"] == carrier
    assert words in credited["text"]
    assert _row(found, cue)["speaker_text"] == speaker


def test_credited_quotation_goes_on_after_the_cue():
    _credit_goes_on(
        '"I will be voting on March 1," Welch said, according to Vermont Edition. '
        '"And I have decided to vote for Bernie Sanders."',
        "Vermont Edition",
        "said",
        "Welch",
        "decided to vote for Bernie Sanders",
    )


def test_credited_quotation_goes_on_told_and_curly_marks():
    _credit_goes_on(
        "“I ask you as a personal courtesy not to protest on the floor,” Sanders told delegates, according "
        "to a pool report. “We have to stay united in this fight.”",
        "a pool report",
        "told",
        "Sanders",
        "stay united in this fight",
    )


def test_credit_set_before_the_cue_is_left_alone():
    # "according to" opening the sentence credits that sentence; the quotation after it is the speaker's own
    found = table(
        HEAD + "According to the agency, the talks collapsed on Monday. “We will not return to the table,” the "
        "minister said."
    )
    credited = _row(found, "according to")
    assert "return to the table" not in credited["text"]


def test_credit_between_a_cue_and_its_participle_credits_the_statement_before():
    # "…, according to Y, adding that …": the participle goes on with the statement before the phrase
    found = table(
        HEAD + '"We will keep talking," Harlan said, according to the Associated Press, adding that a deal was '
        "still possible."
    )
    credited = _row(found, "according to")
    assert "keep talking" in credited["text"]
    assert "deal was still possible" not in credited["text"]


def test_credit_before_a_participle_of_the_reporters_clause():
    found = table(
        HEAD + "Turnout fell to 41 percent, according to the election commission, marking the lowest level in decades."
    )
    credited = _row(found, "according to")
    assert credited["text"].startswith("Turnout fell to 41 percent")
    assert "lowest level" not in credited["text"]
