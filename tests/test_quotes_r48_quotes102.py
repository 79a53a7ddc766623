"""Who said what in US politics news: a person's surname before "spokeswoman" names that person, not a firm, so
"Trump himself … he said" stays with him; a time phrase ("on Tuesday") hung on the speaker's last noun is no part of
who spoke."""

from __future__ import annotations

from test_entities import _entities_of, _kinds
from test_quotes import quoting, table

CAMPAIGN = "\n\n".join(
    [
        "Cruz and Trump trade blows before Iowa caucuses",
        "DES MOINES, Iowa — Ted Cruz and Donald Trump traded insults on Sunday as the two Republicans raced to win "
        "over voters before Monday's Iowa caucuses.",
        '"Donald is not a conservative, and the voters of Iowa know it," Cruz told supporters at a rally in Sioux '
        "City.",
        '"The senator from Texas is a nasty guy," said Trump spokeswoman Hope Hicks. "Nobody likes him."',
        'Trump himself was more direct. Speaking to a crowd in Council Bluffs, he said: "I will win Iowa. I will win '
        'New Hampshire."',
    ]
)

HEARING = "\n\n".join(
    [
        "Senators grill FAA chief over air traffic control failures",
        "WASHINGTON — Senators pressed the head of the Federal Aviation Administration over a string of near-misses "
        "at major airports.",
        '"The flying public deserves answers," Senators from both parties on Tuesday said in a joint letter released '
        "before the hearing.",
        '"We have a staffing crisis in our towers," FAA Administrator Mike Whitaker told the Senate Commerce '
        "Committee.",
        '"This is not acceptable," Members of the panel on March 3 wrote to the agency.',
    ]
)


def test_a_surname_before_a_spokeswoman_is_the_person_named_in_full():
    rows = _kinds(_entities_of("date 2016-01-31 " + CAMPAIGN))
    assert rows["Donald Trump"] == ("PERSON", 5)  # "Donald" in the quotation too
    assert "Trump" not in rows
    found = table(CAMPAIGN)
    assert quoting(found, "nasty guy")["speaker"] == "Hope Hicks"
    row = quoting(found, "I will win Iowa")
    assert (row["speaker_text"], row["speaker"]) == ("he", "Donald Trump")


def test_a_time_phrase_hung_on_the_speakers_last_noun_is_no_part_of_the_speaker():
    found = table(HEARING)
    row = quoting(found, "flying public")
    assert (row["speaker_text"], row["speaker"]) == ("Senators from both parties", "Senators from both parties")
    assert quoting(found, "staffing crisis")["speaker"] == "Mike Whitaker"
    assert quoting(found, "not acceptable")["speaker_text"] == "Members of the panel"
