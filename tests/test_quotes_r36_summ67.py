"""Who said what (newsframe.quotes), r36 summ67: the whole object of "citing" when the parse splits it over the verb,
and a vote's tally ("with three members backing a cut") told as no statement."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_citing_takes_both_conjuncts_and_their_phrases():
    found = table(
        "Council approves homes\n\n"
        "More than 1,200 residents had objected, citing traffic on the A61 and a lack of school places.\n"
    )
    row = found[found["cue"] == "citing"].iloc[0]
    assert row["text"] == "traffic on the A61 and a lack of school places"


def test_a_counted_side_of_a_vote_is_no_statement():
    found = table(
        "Rates held\n\n"
        "The Monetary Policy Committee voted six to three to leave the base rate unchanged, with three members "
        "backing a cut to 3.75%.\n\n"
        "The motion passed by 320 votes to 210, with 40 Labour MPs opposing it.\n\n"
        "The board voted four to one to extend Barton's contract, with two directors backing a longer deal.\n"
    )
    assert "backing" not in found["cue"].tolist()
    assert "opposing" not in found["cue"].tolist()


def test_a_named_side_backing_another_stays_a_stance():
    found = table(
        "Council split\n\n"
        "The Council's failure has been over Syria, with Russia backing the government as the West supported the "
        "rebels.\n"
    )
    assert "backing" in found["cue"].tolist()
