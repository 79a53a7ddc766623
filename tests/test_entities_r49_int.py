"""A word of a model's edition alone names the one model of the article that ends with it."""

from test_entities import _entities_of, _kinds


def test_an_edition_word_alone_joins_the_model_it_ends():
    rows = _kinds(
        _entities_of(
            "date 2026-03-10 Xiaomi launches new phone in Europe\n\n"
            "Xiaomi launched the Xiaomi 16 Ultra in Barcelona on Monday.\n\n"
            "The Ultra is for people who take photographs seriously, the company said."
        )
    )
    assert rows["Xiaomi 16 Ultra"] == ("PRODUCT", 2) and "Ultra" not in rows and "The Ultra" not in rows
    assert rows["Xiaomi"][0] == "ORG"


def test_an_edition_word_of_two_models_joins_neither():
    rows = _kinds(
        _entities_of(
            "date 2026-03-10 Two phones go on sale\n\n"
            "Google began selling the Pixel 10 Pro on Monday, a day after Xiaomi put the Xiaomi 16 Pro on sale.\n\n"
            "Reviewers said the Pro was the better camera of the two."
        )
    )
    assert rows["Pixel 10 Pro"][1] == 1 and rows["Xiaomi 16 Pro"][1] == 1
