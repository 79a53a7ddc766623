"""Attributions of legal and inquiry news: filings that speak for who filed them, a dissent's warning, rulings with
no "that", a panel of judges that is its court, a chronology's newspaper reporting a story."""

from __future__ import annotations

import pandas as pd
from test_quotes import quoting, table

from newsframe import speakers

HEAD = "Court news\nPublished 3 March 2026, 11:00\n\n"


def _table(*paragraphs: str):
    return table(HEAD + "\n\n".join(paragraphs))


def test_filing_by_a_named_party_speaks_for_it():
    found = _table("The lawsuit by Jane Roe says the company hid the risks of the drug for a decade.")
    row = quoting(found, "the company hid the risks")
    assert (row["speaker"], row["speaker_text"]) == ("Jane Roe", "The lawsuit")


def test_filing_filed_by_a_named_body_speaks_for_it():
    found = _table("A complaint filed by the Federal Trade Commission alleges that Amazon overcharged its sellers.")
    row = quoting(found, "Amazon overcharged")
    assert (row["speaker"], row["speaker_text"]) == ("Federal Trade Commission", "A complaint")


def test_filing_by_no_one_named_stays_as_written():
    found = _table("A class-action lawsuit filed by thousands of investors claims the bank misled shareholders.")
    assert quoting(found, "the bank misled")["speaker"] == "A class-action lawsuit"


def _counted(filer: str, *paragraphs: str) -> tuple[object, list[str]]:
    """The quotes table of the paragraphs and each row's speaker as the speakers table counts it."""
    found = _table(*paragraphs)
    entities = pd.DataFrame({"entity": [filer], "entity_type": ["ORG"]})
    texts = pd.DataFrame({"paragraph": range(1, len(paragraphs) + 1), "text": list(paragraphs)})
    return found, speakers.work_makers(found, entities, texts)


def test_later_filing_word_counts_as_its_filer():
    found, counted = _counted(
        "Pension Fund of Ohio",
        "The lawsuit, filed by the Pension Fund of Ohio in federal court on Tuesday, says the bank misled investors.",
        "The complaint also alleges that executives sold shares before the losses were disclosed.",
    )
    at = list(found["text"]).index(quoting(found, "executives sold")["text"])
    assert found["speaker"].iloc[at] == "The complaint" and counted[at] == "Pension Fund of Ohio"
    found, counted = _counted(
        "Acme Holdings",
        "A suit brought by Acme Holdings in March accuses the regulator of bias.",
        "The suit says that officials ignored the evidence.",
    )
    assert counted[list(found["text"]).index(quoting(found, "officials ignored")["text"])] == "Acme Holdings"


def test_dissent_warning_read_as_a_noun_is_the_justice_warning():
    found = _table("Justice Sotomayor wrote a dissent warning that the ruling would throw settled law into chaos.")
    row = quoting(found, "the ruling would throw")
    assert row["speaker"] == "Sotomayor" and row["cue"] == "warning"
    found = _table("Justice Neil Gorsuch wrote a concurrence warning that the test was unworkable.")
    assert quoting(found, "the test was unworkable")["speaker"] == "Neil Gorsuch"


def test_ruling_with_no_that_reports_the_thing_and_its_predicate():
    found = _table("The Court of Appeal rules the deal lawful.")
    row = quoting(found, "the deal lawful")
    assert row["speaker"] == "Court of Appeal" and row["cue"] == "rules"
    found = _table("The judge ruled the search unlawful and excluded the evidence.")
    row = quoting(found, "the search unlawful")
    assert row["text"] == "the search unlawful" and row["speaker_text"] == "The judge"
    found = _table("An employment tribunal declared the dismissal unfair.")
    assert quoting(found, "the dismissal unfair")["cue"] == "declared"


def test_ruling_a_country_says_nothing():
    assert _table("The family ruled the country for decades.").empty


def test_panel_of_judges_is_its_court():
    found = _table(
        "A three-judge panel of the 3rd U.S. Circuit Court of Appeals said a lower court had been wrong.",
        '"The plaintiffs have plausibly alleged that the company knew," the panel wrote.',
        "Halvern said it would appeal. The appeals court said the claims could go to trial.",
    )
    court = "3rd U.S. Circuit Court of Appeals"
    assert quoting(found, "a lower court had been wrong")["speaker"] == court
    assert quoting(found, "plausibly alleged")["speaker"] == court
    row = quoting(found, "could go to trial")
    assert (row["speaker"], row["speaker_text"]) == (court, "The appeals court")


def test_panel_after_an_unnamed_court_is_that_court():
    found = _table(
        "A federal appeals court ruled on Tuesday that the ban was unconstitutional.",
        "A three-judge panel said the state had offered no evidence.",
    )
    assert quoting(found, "offered no evidence")["speaker"] == "A federal appeals court"


def test_panel_of_no_judges_stays_itself():
    found = _table(
        "A federal appeals court ruled on Tuesday that the ban was unconstitutional.",
        "An independent panel found that the hospital had failed patients.",
    )
    assert quoting(found, "failed patients")["speaker"] == "An independent panel"


def test_appeals_court_is_not_the_supreme_court_named_before():
    found = _table(
        "The Supreme Court will hear the case next year.",
        "The federal appeals court said the agency's reading was reasonable.",
    )
    assert quoting(found, "reading was reasonable")["speaker"] == "The federal appeals court"


def test_chronology_newspaper_reports_a_story():
    found = _table(
        "2009: Computer Weekly reports the cases of seven subpostmasters.",
        "May 2010: The Guardian reports the deaths of three patients at the hospital.",
    )
    assert quoting(found, "the cases of seven subpostmasters")["speaker"] == "Computer Weekly"
    assert quoting(found, "the deaths of three patients")["speaker"] == "Guardian"


def test_firm_reporting_a_result_says_nothing():
    assert _table("Tesco reported a rise in sales.").empty


def test_the_tribunal_is_the_tribunal_heard_before_not_a_court():
    found = _table(
        "An employment tribunal has ruled that drivers are workers.",
        "The tribunal in London found that Swiftbite exercised control over its riders.",
    )
    assert quoting(found, "exercised control")["speaker"] == "An employment tribunal"
    found = _table("Maidstone Crown Court heard the case.", "The tribunal said the dismissal was unfair.")
    assert quoting(found, "dismissal was unfair")["speaker"] == "The tribunal"
    found = _table(
        "The Employment Appeal Tribunal heard the case in May.",
        "Ms Khan said she felt vindicated. The tribunal said the dismissal was unfair.",
    )
    assert quoting(found, "dismissal was unfair")["speaker"] == "Employment Appeal Tribunal"


def test_chronology_entry_publishing_in_the_present_is_what_happened():
    found = _table("1983: The Lancet publishes a warning that imported products could transmit Aids.")
    assert quoting(found, "imported products could transmit Aids")["speaker"] == "Lancet"
    found = _table("March 2012 - The watchdog releases a report that criticises the hospital's leadership.")
    assert quoting(found, "criticises the hospital")["cue"] == "releases"
    assert _table("The bank publishes its results on Thursday.").empty
    assert _table("2026: The inquiry will publish its report in May.").empty
