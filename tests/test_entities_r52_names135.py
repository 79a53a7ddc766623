"""Names of works, products and events in culture, games, tech and science news: a game's title cut at the
possessive inside it, a firm's game read as a person, a phone whose model's number is written in brackets, a singer
known by one name read as a body, and an event dated by a counted time after it read as a body."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

from newsframe import entities, nlp


def test_a_title_cut_at_a_capitalised_common_nouns_possessive_is_one_work():
    rows = _kinds(
        _entities_of(
            "date 2025-04-24 Assassin's Creed Shadows sells three million copies\n\n"
            "Ubisoft said on Thursday that Assassin's Creed Shadows had been played by three million people since "
            "its launch on March 20.\n\n"
            "The open-world game, set in feudal Japan, was delayed twice before release."
        )
    )
    assert rows["Assassin's Creed Shadows"] == ("WORK_OF_ART", 2)
    assert "Assassin" not in rows and "Creed Shadows" not in rows


def test_a_title_opened_by_another_common_nouns_possessive_is_one_work_and_a_firms_possessive_stays_the_firms():
    rows = _kinds(
        _entities_of(
            "date 2025-03-10 Review round-up\n\n"
            "The makers of Traveller's Tale have been praised by critics, and Sony said more than two million "
            "people played it.\n\n"
            "Shares rose 4% in Tokyo. Apple's iPhone 16e goes on sale next week."
        )
    )
    assert rows["Traveller's Tale"][0] == "WORK_OF_ART"
    assert "Traveller" not in rows and "Tale" not in rows
    assert rows["Apple"][0] == "ORG"  # a firm's possessive is whose the goods are
    assert rows["iPhone 16e"][0] == "PRODUCT"


def test_a_name_after_a_firms_possessive_with_no_given_name_is_its_product():
    rows = _kinds(
        _entities_of(
            "date 2024-12-13 Game of the year\n\n"
            "Sony's Astro Bot won Game of the Year at The Game Awards in Los Angeles on Thursday.\n\n"
            "Astro Bot also took the award for best family game."
        )
    )
    assert rows["Astro Bot"][0] == "PRODUCT"


def test_a_second_firms_product_and_a_firms_person_with_a_rare_given_name():
    rows = _kinds(
        _entities_of(
            "date 2025-06-05 Nintendo launches Switch 2\n\n"
            "Nintendo's Donkey Kong Bananza will follow in July, the company said.\n\n"
            "Google's Sundar Pichai said the company would spend more on data centres."
        )
    )
    assert rows["Donkey Kong Bananza"][0] == "PRODUCT"
    assert rows["Sundar Pichai"][0] != "PRODUCT"  # a rare given name and a surname, no common noun


def test_a_model_number_in_brackets_is_part_of_the_phones_name():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Nothing launches Phone (3a) and Phone (3a) Pro\n\n"
            "Nothing unveiled the Phone (3a) and Phone (3a) Pro on Tuesday at an event in London.\n\n"
            "The Phone (3a) costs £329. Sales of the Phone (2a) doubled last year, the company said."
        )
    )
    assert rows["Phone (3a)"] == ("PRODUCT", 3)
    assert rows["Phone (3a) Pro"] == ("PRODUCT", 2)
    assert rows["Phone (2a)"] == ("PRODUCT", 1)
    assert "Phone" not in rows


def test_a_single_figure_in_brackets_after_a_products_name_and_an_age_after_a_persons():
    rows = _kinds(
        _entities_of(
            "date 2025-03-01 Nothing sales\n\n"
            "Nothing said on Monday that the Phone (2a) had sold a million units, Nothing said.\n\n"
            "Carl Pei said the Phone (3) would follow in July. Reviewer Sarah Murphy (45) liked it."
        )
    )
    assert rows["Phone (2a)"][0] == "PRODUCT" and rows["Phone (3)"][0] == "PRODUCT"
    assert "Phone" not in rows
    assert not any("(45)" in name for name in rows)


def test_a_singer_said_to_be_a_woman_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-04-15 Cowboy Carter tops chart\n\n"
            "Beyonce's album Cowboy Carter has held on to the top spot for a second week.\n\n"
            "Beyonce became the first Black woman to top the country albums chart."
        )
    )
    assert rows["Beyonce"][0] == "PERSON"


def test_what_is_said_to_be_a_musician_is_a_person_and_the_first_company_is_not():
    doc = nlp.load()("Rihanna is the richest female musician in the world, and Apple became the first company.")
    assert entities.said_to_be_a_person(doc, entities.Span(0, 0, 1, "GPE"))
    apple = next(t.i for t in doc if t.text == "Apple")
    assert not entities.said_to_be_a_person(doc, entities.Span(0, apple, apple + 1, "ORG"))


def test_a_name_a_counted_time_is_after_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2024-06-09 Earliest galaxy\n\n"
            "Astronomers using the James Webb Space Telescope found a galaxy that formed just 290 million years "
            "after the Big Bang.\n\n"
            "The Big Bang is thought to have happened 13.8 billion years ago."
        )
    )
    assert rows["Big Bang"][0] == "EVENT"


def test_a_name_a_counted_time_is_before_or_after_in_another_sentence_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2024-07-12 Banking history\n\n"
            "The bank collapsed six months after the Great Crash, historians say.\n\n"
            "Its founder moved to New York two years before the Great Crash."
        )
    )
    assert rows["Great Crash"][0] == "EVENT"
