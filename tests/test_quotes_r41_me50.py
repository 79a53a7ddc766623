"""Who said what (newsframe.quotes): a description of a source ends before a participle that tells when the thing
named in it came out ("a major review of studies published on Thursday")."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_source_described_with_of_ends_before_the_participle_of_its_things():
    found = table(
        "date 2025-07-24 Daily walk of 7,000 steps cuts risk of early death\n\n"
        "Walking about 7,000 steps a day is linked to a 47% lower risk of dying early, according to a major review "
        "of studies published on Thursday.\n\n"
        "A spokesman for the charity founded by Ann Lee in 1998 said the figures were encouraging.\n"
    )
    row = quoting(found, "7,000 steps a day")
    assert (row["speaker"], row["speaker_text"]) == ("a major review of studies", "a major review of studies")
    # who founded it tells which charity: kept
    row = quoting(found, "figures were encouraging")
    assert row["speaker_text"] == "A spokesman for the charity founded by Ann Lee in 1998"
