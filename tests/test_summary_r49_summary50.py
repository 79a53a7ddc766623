"""Summary: a body's name that is only the start of a longer name in a quoted officer's description ("chief
executive of Tesco Bank", "head of equity research at Barclays Wealth") makes the longer body heard, not the shorter
one the article names elsewhere; a spokesperson "for" the body itself still makes it heard."""

from __future__ import annotations

from newsframe import pipeline, summary

BANK = "\n\n".join(
    [
        "Tesco cuts prices on 300 staples",
        "Published 3 March 2025, 08:00",
        "Tesco is cutting the price of 300 everyday products from Monday.",
        'Jo Reed, chief executive of Tesco Bank, said customers were "feeling the squeeze" on household budgets.',
    ]
)

WEALTH = "\n\n".join(
    [
        "Barclays profits beat forecasts",
        "Published 20 February 2025, 07:15",
        "Barclays reported annual profits of £8.1bn on Thursday, ahead of analysts' expectations.",
        '"The bank has had a strong year in its trading arm," said Priya Shah, head of equity research at Barclays '
        "Wealth.",
    ]
)

SPOKESWOMAN = "\n\n".join(
    [
        "Tesco cuts prices on 300 staples",
        "Published 3 March 2025, 08:00",
        "Tesco is cutting the price of 300 everyday products from Monday.",
        '"We know customers are feeling the squeeze," said Ann Cole, a spokeswoman for Tesco.',
    ]
)


def _heard(write, name, text):
    a = pipeline.analyze(write(name, text), None, use_cache=False)
    sentences = [s.replace("\\", "") for s in summary.summary_sentences(a.article, a.tables)]
    return next(s for s in sentences if "quoted" in s or "It quotes" in s)


def test_start_of_a_longer_name_after_of_is_not_heard(write):
    said = _heard(write, "bank.txt", BANK)
    assert said.startswith("Of the 3 people and organisations it names, 1 is never quoted: Tesco, named twice")
    assert "Tesco Bank" not in said


def test_start_of_a_longer_name_after_a_field_is_not_heard(write):
    said = _heard(write, "wealth.txt", WEALTH)
    assert said.startswith("Of the 3 people and organisations it names, 1 is never quoted: Barclays, named twice")
    assert "Barclays Wealth" not in said


def test_spokeswoman_for_the_body_still_makes_it_heard(write):
    said = _heard(write, "spokeswoman.txt", SPOKESWOMAN)
    assert said == "It quotes every one of the 2 people and organisations it names."


KREMLIN = "\n\n".join(
    [
        "Moscow denies plan for joint exercise",
        "Published 9 October 2024, 12:00",
        "Reports of a planned joint exercise near the border have circulated since Monday, and the Kremlin has been "
        "asked about them twice.",
        "A spokesman for the Kremlin Dmitry Peskov said the reports were “baseless”.",
    ]
)


def test_officer_named_right_after_the_body_still_makes_it_heard(write):
    said = _heard(write, "kremlin.txt", KREMLIN)
    assert said == "It quotes every one of the 2 people and organisations it names."
