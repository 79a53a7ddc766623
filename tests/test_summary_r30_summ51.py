"""summ51 (r30): who said what on news nobody here wrote (a charity's report, a union's name)."""

import types

from test_summary_r30_summ50 import named, paragraphs, said  # the quotes, entities and paragraphs tables of a text

from newsframe import findings, speakers

HOUSING = paragraphs(
    "Rents rose faster than wages in every region, according to a study published on Monday by the Kestrel Trust.",
    "The study says landlords are leaving the market and that waiting lists are growing.",
    "Marta Quill, the Kestrel Trust's director, said the figures were alarming.",
)
HOUSING_NAMES = named(("Kestrel Trust", "ORG"), ("Marta Quill", "PERSON"))
HOUSING_SAID = said(
    (1, "Kestrel Trust", "the Kestrel Trust", "Rents rose faster than wages in every region"),
    (2, "The study", "The study", "landlords are leaving the market"),
    (3, "Marta Quill", "Marta Quill, the Kestrel Trust's director", "the figures were alarming"),
)


def test_the_report_is_the_body_the_article_says_made_it():
    table = speakers.speakers_table(HOUSING_SAID, HOUSING_NAMES, HOUSING)
    assert table["speaker"].tolist() == ["Kestrel Trust", "Marta Quill"]
    assert table["statements"].tolist() == [2, 1]


def test_a_commissioned_report_or_two_makers_stay_apart():
    commissioned = paragraphs(
        "Rents rose, according to a study commissioned by the Kestrel Trust.",
        "The study says landlords are leaving.",
    )
    table = speakers.speakers_table(HOUSING_SAID.iloc[:2], HOUSING_NAMES, commissioned)
    assert "The study" in table["speaker"].tolist() or "the study" in table["speaker"].tolist()
    two = paragraphs(
        "A study by the Kestrel Trust and a study by Harbour Homes both found rents rose.",
        "The study says landlords are leaving.",
    )
    names = named(("Kestrel Trust", "ORG"), ("Harbour Homes", "ORG"))
    assert speakers.work_makers(HOUSING_SAID.iloc[:2], names, two)[1] == "The study"


def test_owned_form_names_the_maker():
    owned = paragraphs(
        "The Kestrel Trust's annual survey of 2,000 tenants found rents rose.", "The survey warns of evictions."
    )
    rows = said(
        (1, "Kestrel Trust", "The Kestrel Trust's annual survey", "rents rose"), (2, "The survey", "The survey", "x")
    )
    assert speakers.work_makers(rows, HOUSING_NAMES, owned) == ["Kestrel Trust", "Kestrel Trust"]


def article_of(paragraphs_table):
    return types.SimpleNamespace(
        byline=None,
        paragraphs=[types.SimpleNamespace(number=int(n), text=t) for n, t in paragraphs_table.to_numpy()],
    )


def test_answers_count_the_report_as_its_maker_and_write_the_as_the_article_does():
    article = article_of(HOUSING)
    who = findings.who_is_quoted.__wrapped__(HOUSING_SAID, HOUSING_NAMES, article)
    assert "3 statements to 2 sources" in who and "the Kestrel Trust twice" in who
    words = findings.words_per_speaker.__wrapped__(HOUSING_SAID, HOUSING_NAMES, article)
    assert "by the Kestrel Trust" in words and "the study" not in words


def test_answers_write_the_as_the_article_writes_the_name():
    # "The Kestrel Trust, the city's largest charity, said": the summary writes "the Kestrel Trust", so do answers
    text = paragraphs(
        "The Kestrel Trust, the city's largest housing charity, said rents rose and warned of evictions.",
        "Marta Quill said the figures were alarming.",
        "The Kestrel Trust said it would publish its data.",
    )
    rows = said(
        (1, "Kestrel Trust", "The Kestrel Trust, the city's largest housing charity", "rents rose"),
        (1, "Kestrel Trust", "The Kestrel Trust, the city's largest housing charity", "evictions"),
        (2, "Marta Quill", "Marta Quill", "the figures were alarming"),
        (3, "Kestrel Trust", "The Kestrel Trust", "it would publish its data"),
    )
    article = article_of(text)
    assert "the Kestrel Trust 3 times" in findings.who_is_quoted.__wrapped__(rows, HOUSING_NAMES, article)
    assert "by the Kestrel Trust" in findings.words_per_speaker.__wrapped__(rows, HOUSING_NAMES, article)
    assert "statements of the Kestrel Trust" in findings.tone_of_speakers.__wrapped__(rows, HOUSING_NAMES, article)
