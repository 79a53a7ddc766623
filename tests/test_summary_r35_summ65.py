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


# A results story: the one sentence mainly of quotation reads neutral scored whole, cue and all, while the statement in
# it reads positive on its words; each answer says what it scores, so the two are not read as contradicting.
def test_sentence_and_statement_tones_say_what_they_score():
    import pandas as pd

    from newsframe import findings

    sentences = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "sentence": [1, 1],
            "quoted": [False, True],
            "polarity": [0.3, 0.2],
            "vader": [0.4, 0.3],
            "subjectivity": [0.5, 0.25],
            "tone": ["positive", "neutral"],
            "tone_score": [0.5, 0.0],
        }
    )
    whole = findings.quoted_vs_reporter.__wrapped__(sentences)
    assert whole.startswith(
        "1 of the 2 sentences is mainly quotation (scored whole, attribution included); it reads"
    ), whole
    quotes = pd.DataFrame(
        {"paragraph": [1, 2], "kind": ["reported", "direct"], "speaker": ["Acme", "Martin Hale"]}
        | {"tone": ["positive", "positive"], "text": ["profit would rise", "Our customers are coming back"]}
    )
    said = findings.tone_of_speakers.__wrapped__(quotes, pd.DataFrame(columns=["entity", "entity_type", "mentions"]))
    assert said.startswith("Of its 2 statements, both read positive by the label on the words said"), said


def _sources(*rows):
    import pandas as pd

    return speakers.insider_sources(pd.DataFrame(rows, columns=["paragraph", "speaker"]), set())


# "government sources said … A senior source said … Another said": one group of unnamed sources heard three times,
# not three sources; a source of another kind ("a Labour source") stays apart.
def test_a_senior_source_after_government_sources_is_one_of_them():
    assert (
        _sources((1, "government sources"), (3, "a senior source"), (3, "another source")) == ["government sources"] * 3
    )
    assert _sources((1, "government sources"), (2, "a senior government source"), (3, "a Labour source")) == [
        "government sources",
        "government sources",
        "a Labour source",
    ]
    # two groups: the reader cannot tell whose a senior source is
    two = _sources((1, "Labour sources"), (2, "Conservative sources"), (3, "a senior source"))
    assert two == ["Labour sources", "Conservative sources", "a senior source"]
    # a single source heard before the group is not folded into it
    assert _sources((1, "a senior source"), (2, "government sources")) == ["a senior source", "government sources"]


# "the sources" and "two of the sources" point back to a group: they are no second group beside the insiders
def test_the_sources_is_no_second_group():
    insiders = _sources((1, "three people familiar with the matter"), (2, "two of the sources"), (3, "the sources"))
    assert insiders == ["three people familiar with the matter"] * 3


WEATHER = paragraphs(
    "Storm Nia will bring gusts of up to 80mph, the Met Office said.",
    "Storm Nia is the fourth named storm of the season, forecaster Paul Gundersen said in Exeter.",
    "The Met Office said more warnings may follow.",
)


def _weather_names():
    names = entities(
        ("Met Office", "ORG", 2, "Met Office"),
        ("Storm Nia", "EVENT", 2, "Storm Nia"),
        ("Paul Gundersen", "PERSON", 1, "Paul Gundersen"),
        ("Exeter", "GPE", 1, "Exeter"),
    )
    return names.assign(paragraphs=[2, 2, 1, 1], first_paragraph=[1, 1, 2, 2])


# A storm (an event) named as often and as widely as the Met Office: the answers rank people, places and
# organisations only, and say so, rather than "The Met Office is named most".
def test_a_ranking_that_leaves_out_an_event_named_as_often_says_what_it_ranks():
    import pandas as pd

    from newsframe import findings

    names = _weather_names()
    most = findings.most_named.__wrapped__(names, WEATHER)
    assert most.startswith("Of the people, places and organisations, the Met Office is named most, twice"), most
    mentions = pd.DataFrame(
        {"entity": ["Met Office", "Storm Nia", "Storm Nia", "Paul Gundersen", "Exeter", "Met Office"]}
        | {"paragraph": [1, 1, 2, 2, 2, 3]}
    )
    where = findings.where_named.__wrapped__(mentions, names, WEATHER)
    assert where.startswith("Of the 3 main people, places and organisations, the Met Office is spread widest"), where
    # named less often than the leader, the event changes nothing
    fewer = names.assign(mentions=[2, 1, 1, 1], paragraphs=[2, 1, 1, 1])
    assert findings.most_named.__wrapped__(fewer, WEATHER).startswith("The Met Office is named most, twice")
    # the one person, place or organisation beside an event is not "only" name
    one = names[names["entity"].isin(["Met Office", "Storm Nia"])]
    said = findings.most_named.__wrapped__(one, WEATHER)
    assert said.startswith("The only person, place or organisation it names is the Met Office, named twice"), said


# An opinion column's closing note "Hannah Greaves runs Greaves Studio in Bristol.": its writer, who speaks in the
# first person throughout, is named only as its writer, not a person "never quoted".
def test_a_closing_note_with_what_the_writer_does_names_the_writer():
    text = paragraphs(
        "For years I argued that a four-day week was a fantasy. I have changed my mind.",
        "I still believe it will not suit every workplace, and Scotland has tried it.",
        "Hannah Greaves runs Greaves Studio in Bristol.",
    ).assign(sentences=[2, 1, 1])
    names = entities(
        ("Hannah Greaves", "PERSON", 1, "Hannah Greaves"),
        ("Scotland", "GPE", 1, "Scotland"),
        ("Bristol", "GPE", 1, "Bristol"),
    )
    rows = said((1, "I", "I", "that a four-day week was a fantasy"), (2, "I", "I", "it will not suit every workplace"))
    assert summary.note_writer(rows, names, text) == "Hannah Greaves"
    assert summary.unheard_sentence(rows, names, text).startswith("Hannah Greaves is named only as its writer")
