"""A body's unread name written with "The" takes "the" inside a sentence ("the Met Office"); a "programme" that is
a scheme ("the Plunkett Foundation's pub programme") makes no broadcaster of the body that runs it."""

from __future__ import annotations

from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import speakers, summary


def test_an_unread_body_name_takes_the_in_lower_case():
    assert speakers.speaker_name("The Met Office") == "the Met Office"
    assert speakers.speaker_name("The Cabinet Office") == "the Cabinet Office"
    assert speakers.speaker_name("The Hague") == "The Hague"
    assert speakers.speaker_name("The Guardian") == "The Guardian"


PUB = [
    "More than 300 villagers bought shares, raising 410,000 pounds in six months.",
    "Mark Ellis, who runs the Plunkett Foundation's pub programme, said community ownership was growing fast.",
]
PUB_NAMES = entities(
    ("Mark Ellis", "PERSON", 1, "Mark Ellis"),
    ("Plunkett Foundation", "ORG", 1, "Plunkett Foundation"),
)
PUB_SAID = said((2, "Mark Ellis", "Mark Ellis", "community ownership was growing fast"))


def _pub_tables(last: str):
    return paragraphs(PUB[0], last), PUB_NAMES, PUB_SAID


def test_a_scheme_called_a_programme_makes_no_channel():
    paragraphs, entities, quotes = _pub_tables(PUB[1])
    assert speakers.channels(entities, paragraphs) == set()
    assert summary.unheard_sentence(quotes, entities, paragraphs) == (
        "Of the 2 people and organisations it names, 1 is never quoted: the Plunkett Foundation, named once."
    )
    # a programme on air still makes one
    last = "Mark Ellis, who presented the Plunkett Foundation's flagship programme, said ownership was growing."
    paragraphs, entities, _ = _pub_tables(last)
    assert speakers.channels(entities, paragraphs) == {"Plunkett Foundation"}
    last = "Mark Ellis, who presented a Plunkett Foundation news programme, said ownership was growing."
    paragraphs, entities, _ = _pub_tables(last)
    assert speakers.channels(entities, paragraphs) == {"Plunkett Foundation"}


LIBRARY = paragraphs(
    "Leeds City Council approved plans for a new central library on Monday.",
    '"This is a great day for the city," said council leader James Lewis.',
)
LIBRARY_NAMES = entities(
    ("Leeds City Council", "ORG", 1, "Leeds City Council"),
    ("James Lewis", "PERSON", 1, "James Lewis"),
)


# "council leader James Lewis", with one council named: the council heard through its leader, as "the council's
# leader" is; "a council leader" is the leader of any council.
def test_a_bare_kind_noun_before_an_office_is_the_one_body_of_that_kind():
    heard = said((2, "James Lewis", "council leader James Lewis", "This is a great day for the city"))
    assert speakers.unheard(LIBRARY_NAMES, heard, LIBRARY)["entity"].tolist() == []
    assert summary.unheard_sentence(heard, LIBRARY_NAMES, LIBRARY) == (
        "It quotes every one of the 2 people and organisations it names."
    )
    heard = said((2, "James Lewis", "a council leader, James Lewis", "This is a great day for the city"))
    assert speakers.unheard(LIBRARY_NAMES, heard, LIBRARY)["entity"].tolist() == ["Leeds City Council"]


UPGRADE = paragraphs(
    "Shares in Rolls-Royce rose 8 percent on Thursday after the engine maker raised its profit forecast again.",
    'The company now expects a higher operating profit. Chief executive Tufan Erginbilgic said the turnaround was "well'
    ' under way". Analysts at Jefferies said the upgrade was bigger than expected.',
)
UPGRADE_NAMES = entities(
    ("Rolls-Royce", "ORG", 2, "Rolls-Royce"),
    ("Jefferies", "ORG", 1, "Jefferies"),
    ("Tufan Erginbilgic", "PERSON", 1, "Tufan Erginbilgic"),
)
UPGRADE_SAID = said(
    (2, "Tufan Erginbilgic", "Chief executive Tufan Erginbilgic", "the turnaround was well under way"),
    (2, "Jefferies", "Analysts at Jefferies", "the upgrade was bigger than expected"),
)


# The chief executive of the one firm the story is about speaks for it, though a bank's analysts are quoted in the
# next sentence of the same paragraph: a body named after the speaker's sentence is not their employer.
def test_a_body_named_after_the_speakers_sentence_takes_no_office_from_the_story():
    assert speakers.unheard(UPGRADE_NAMES, UPGRADE_SAID, UPGRADE)["entity"].tolist() == []
    assert summary.unheard_sentence(UPGRADE_SAID, UPGRADE_NAMES, UPGRADE) == (
        "It quotes every one of the 3 people and organisations it names."
    )
    # named before the speaker in the paragraph, the other body may be whose chief executive it is
    before = paragraphs(
        UPGRADE["text"][0],
        "Analysts at Jefferies raised their target. Chief executive Tufan Erginbilgic said the turnaround was"
        ' "well under way".',
    )
    assert speakers.unheard(UPGRADE_NAMES, UPGRADE_SAID, before)["entity"].tolist() == ["Rolls-Royce"]


RURAL = paragraphs(
    "Figures from the Office for National Statistics show the number of people aged 18 to 30 in rural Wales fell.",
    "Professor Alun Davies of Bangor University said housing was the main reason.",
)
RURAL_NAMES = entities(
    ("Office for National Statistics", "ORG", 1, "Office for National Statistics"),
    ("Alun Davies", "PERSON", 1, "Alun Davies"),
    ("Bangor University", "ORG", 1, "Bangor University"),
)
RURAL_SAID = said(
    (1, "Office for National Statistics", "Figures from the Office for National Statistics", "the number … fell"),
    (2, "Alun Davies", "Professor Alun Davies of Bangor University", "housing was the main reason"),
)


# "show" right after a name and before what is shown is the verb, though the name ends in "s": the statistics office
# is a source, no maker or channel of a programme.
def test_figures_that_show_something_make_no_channel():
    assert speakers.channels(RURAL_NAMES, RURAL) == set()
    assert summary.unheard_sentence(RURAL_SAID, RURAL_NAMES, RURAL) == (
        "Bangor University is named only as where someone quoted works; it quotes every one of the 2 other people and"
        " organisations it names."
    )
    show = paragraphs("Alun Davies presents the Office for National Statistics show on Sundays.")
    assert speakers.channels(RURAL_NAMES, show) == {"Office for National Statistics"}


PLANET = paragraphs(
    '"This is the first time we have seen water on a planet this small," said Bjorn Benneke, an astrophysicist at the'
    " University of Montreal who led the study.",
    "The results appear in the Astrophysical Journal Letters.",
    "Laura Kreidberg, director at the Max Planck Institute for Astronomy, who was not involved in the research, said"
    ' the finding was "exciting but still needs to be confirmed."',
)
PLANET_NAMES = entities(
    ("Bjorn Benneke", "PERSON", 1, "Bjorn Benneke"),
    ("University of Montreal", "ORG", 1, "University of Montreal"),
    ("Astrophysical Journal Letters", "ORG", 1, "Astrophysical Journal Letters"),
    ("Laura Kreidberg", "PERSON", 1, "Laura Kreidberg"),
    ("Max Planck Institute for Astronomy", "ORG", 1, "Max Planck Institute for Astronomy"),
)
PLANET_SAID = said(
    (1, "Bjorn Benneke", "Bjorn Benneke, an astrophysicist at the University of Montreal", "This is the first time"),
    (
        3,
        "Laura Kreidberg",
        "Laura Kreidberg, director at the Max Planck Institute for Astronomy, who was not involved in the research",
        'the finding was "exciting but still needs to be confirmed."',
    ),
)


# An expert "not involved in the research" comments in her own name, whatever her office: the institute she directs
# is where someone quoted works, not a body heard; results that "appear in" a journal were published there.
def test_an_outside_expert_makes_no_body_heard_and_a_journal_results_appear_in_is_a_venue():
    assert speakers.venues(PLANET_NAMES, PLANET) == {"Astrophysical Journal Letters"}
    assert speakers.affiliations(PLANET_NAMES, PLANET_SAID, PLANET) == {
        "University of Montreal",
        "Max Planck Institute for Astronomy",
    }
    assert summary.unheard_sentence(PLANET_SAID, PLANET_NAMES, PLANET) == (
        "It names the Astrophysical Journal Letters only as where the work was published; the University of Montreal"
        " and the Max Planck Institute for Astronomy are named only as where people quoted work; it quotes every one"
        " of the 2 other people it names."
    )


RATES = paragraphs(
    "The Bank of England is expected to keep interest rates at 5.25 percent on Thursday.",
    "Bank of England Governor Andrew Bailey said last week that the Bank did not need to wait for inflation to fall.",
)
RATES_NAMES = entities(
    ("Bank of England", "ORG", 3, "Bank of England|Bank"),
    ("Andrew Bailey", "PERSON", 1, "Andrew Bailey"),
)


# A central bank's governor speaks for the bank, as its chief executive or chair would; a former governor does not.
def test_a_central_banks_governor_speaks_for_the_bank():
    heard = said((2, "Andrew Bailey", "Bank of England Governor Andrew Bailey", "the Bank did not need to wait"))
    assert summary.unheard_sentence(heard, RATES_NAMES, RATES) == (
        "It quotes every one of the 2 people and organisations it names."
    )
    former = said(
        (2, "Andrew Bailey", "former Bank of England Governor Andrew Bailey", "the Bank did not need to wait")
    )
    assert speakers.unheard(RATES_NAMES, former, RATES)["entity"].tolist() == ["Bank of England"]
