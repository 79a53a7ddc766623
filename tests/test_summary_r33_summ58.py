"""summ58 (r33): right of reply. A body the article says "declined to comment", "did not respond to a request for
comment", "could not be reached" or "has been approached for comment" was asked for its side: the summary says so
instead of listing it among those never quoted (a health study, a business story, a court report, a football club,
a row over a minister's donor)."""

from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import speakers, summary

NONE = said((1, "x", "x", "x"))[:0]
HEALTH = paragraphs(
    "People taking weight-loss injections were a fifth less likely to suffer a heart attack, a study found.",
    'Prof Amina Shah, who led the study, said the findings were "genuinely encouraging".',
    "Novo Nordisk, which makes semaglutide, declined to comment.",
)
HEALTH_NAMES = entities(("Amina Shah", "PERSON", 1, "Amina Shah|Prof Amina Shah"), ("Novo Nordisk", "ORG", 1, ""))
HEALTH_SAID = said((2, "Amina Shah", "Prof Amina Shah", "the findings were genuinely encouraging"))


def test_a_body_that_declined_to_comment_is_said_to_have_declined_not_never_quoted():
    assert speakers.reply_refusals(HEALTH_NAMES, HEALTH_SAID, HEALTH) == {"Novo Nordisk": speakers.DECLINED}
    text = summary.unheard_sentence(HEALTH_SAID, HEALTH_NAMES, HEALTH)
    assert text == "Novo Nordisk declined to comment; it quotes the one other person it names."
    assert "never quoted" not in text


# Deeds refused are no refusal to comment, and a share price that declined is no one declining.
def test_refusals_of_other_things_are_not_refusals_to_comment():
    text = paragraphs(
        "Castello refused to pay the invoice. Harlow Foods declined to renew its contract with Brightway.",
        "Shares in Harlow Foods declined 3% in early trading. Brightway declined sharply last year.",
    )
    names = entities(("Harlow Foods", "ORG", 2, ""), ("Castello", "ORG", 1, ""), ("Brightway", "ORG", 2, "Brightway"))
    assert speakers.reply_refusals(names, NONE, text) == {}
    assert "declined" not in summary.unheard_sentence(NONE, names, text)


# The subject as a reader takes it: one who speaks for a body, a pronoun or a description of the body before.
def test_a_spokesperson_a_pronoun_and_a_description_stand_for_the_body():
    text = paragraphs(
        "Greystone Homes won £12m of contracts. A spokesperson for Greystone Homes declined to comment.",
        "Brightway Logistics delivers from the bakery. It did not respond to requests for comment.",
        "Wigan Athletic have been linked with the striker. The club could not be reached for comment.",
        "Oakley Care owned the home. Oakley Care has been approached for comment.",
        "Penn was sacked on Sunday. Penn's agent did not return calls.",
    )
    names = entities(
        ("Greystone Homes", "ORG", 2, ""),
        ("Brightway Logistics", "ORG", 1, ""),
        ("Wigan Athletic", "ORG", 1, ""),
        ("Oakley Care", "ORG", 2, ""),
        ("Gary Penn", "PERSON", 2, "Penn"),
    )
    assert speakers.reply_refusals(names, NONE, text) == {
        "Greystone Homes": speakers.DECLINED,
        "Brightway Logistics": speakers.NO_REPLY,
        "Wigan Athletic": speakers.UNREACHED,
        "Oakley Care": speakers.ASKED,
        "Gary Penn": speakers.NO_REPLY,
    }


# A body that declined one question but speaks elsewhere in the article is heard: counted among those quoted.
def test_a_body_heard_elsewhere_is_not_said_to_have_declined():
    text = paragraphs(
        "Skylark Air declined to comment on the talks.",
        'Skylark Air said it was "disappointed" by the strike.',
        "The Department for Transport could not be reached for comment.",
    )
    names = entities(("Skylark Air", "ORG", 2, ""), ("Department for Transport", "ORG", 1, ""))
    rows = said((2, "Skylark Air", "Skylark Air", "it was disappointed by the strike"))
    sentence = summary.unheard_sentence(rows, names, text)
    assert sentence == (
        "The Department for Transport could not be reached for comment; it quotes the one other organisation it names."
    )


# Several bodies, each told as the article tells it; the family of a person is no one speaking for them.
def test_several_replies_and_the_rest_still_counted():
    text = paragraphs(
        "Karen Holt took money from residents at Meadowbank House.",
        "Oakley Care, which owned Meadowbank House, could not be reached for comment.",
        "Holt's family declined to comment.",
        "Castello declined to comment. A spokesman for Harlow Foods also declined to comment.",
    )
    names = entities(
        ("Karen Holt", "PERSON", 2, "Holt"),
        ("Oakley Care", "ORG", 1, ""),
        ("Castello", "ORG", 1, ""),
        ("Harlow Foods", "ORG", 1, ""),
    )
    assert summary.unheard_sentence(NONE, names, text) == (
        "Castello and Harlow Foods declined to comment; Oakley Care could not be reached for comment; the one other "
        "person it names is never quoted: Karen Holt, named twice."
    )


def test_the_summary_of_a_story_where_the_firm_declined(write):
    from newsframe import pipeline

    text = (
        "Bakery to close with loss of 300 jobs\n\nPublished 2026-05-14\n\n"
        "The supermarket supplier Harlow Foods Ltd is to close its bakery in Leeds, putting 300 jobs at risk.\n\n"
        'The GMB union said the decision was "a hammer blow" for the city. Regional organiser Dana Pryce said workers '
        "had learned of the closure from a notice.\n\n"
        "A spokesperson for Harlow Foods Ltd declined to comment.\n"
    )
    analysis = pipeline.analyze(write("bakery.txt", text), use_cache=False)
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert any(s.startswith("Harlow Foods Ltd declined to comment") for s in sentences), sentences
    assert not any("never quoted" in s and "Harlow" in s for s in sentences), sentences
