"""summ65 (r35): answers that were false or read as contradicting each other (a US court story, a results story,
unnamed government sources, a storm named as often as the forecaster)."""

from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import speakers, summary

TARIFFS = paragraphs(
    "Justices of the Supreme Court questioned on Wednesday whether Donald Trump had the power to impose tariffs.",
    'Chief Justice John Roberts said the tariffs were "a tax on Americans", a power the Constitution gives to '
    "Congress.",
)
TARIFF_NAMES = entities(
    ("Supreme Court", "ORG", 1, "Supreme Court"),
    ("Donald Trump", "PERSON", 1, "Donald Trump"),
    ("John Roberts", "PERSON", 1, "John Roberts"),
    ("Congress", "ORG", 1, "Congress"),
)
TARIFF_SAID = said((2, "John Roberts", "Chief Justice John Roberts", "the tariffs were a tax on Americans"))


# "a power the Constitution gives to Congress": Congress receives a power, it is no room where something happened;
# it stays among the names never quoted.
def test_a_body_given_a_power_is_no_venue():
    assert speakers.chambers(TARIFF_NAMES, TARIFFS) == set()
    sentence = summary.unheard_sentence(TARIFF_SAID, TARIFF_NAMES, TARIFFS)
    assert "venue" not in sentence, sentence
    assert "Congress" in sentence.split("never quoted")[-1], sentence


# "vested in Congress" is a power's holder too; "told the committee before Congress" and "will return to the House
# of Lords" stay venues.
def test_vested_in_is_no_venue_but_returning_to_a_chamber_is():
    text = paragraphs(
        "The power to tax is vested in Congress, Mr Sauer said.",
        "The bill will return to the House of Lords next week, the minister said.",
    )
    names = entities(
        ("Congress", "ORG", 1, "Congress"),
        ("House of Lords", "ORG", 1, "House of Lords"),
        ("Sauer", "PERSON", 1, "Sauer"),
    )
    assert speakers.chambers(names, text) == {"House of Lords"}

