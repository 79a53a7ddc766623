"""A first name that is also an English word, before a double-barrelled surname, is the person's first name."""

from test_entities import _entities_of, _kinds


def test_given_name_before_a_double_surname_is_kept():
    rows = _kinds(
        _entities_of(
            "date 2025-10-02 Tencent buys games studio\n\n"
            '"Tencent is buying at the bottom of the cycle," said Piers Harding-Rolls, games research director at '
            "Ampere Analysis."
        )
    )
    assert rows.get("Piers Harding-Rolls") == ("PERSON", 1), rows
    assert "Harding-Rolls" not in rows


def test_given_name_before_a_double_surname_other_wording():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Council approves homes plan\n\n"
            "The plan was drawn up by Chase Harding-Rolls, a planner, and approved on Tuesday.\n\n"
            "Lance Forbes-Hamilton, a lawyer for the residents, said they would appeal."
        )
    )
    assert rows.get("Chase Harding-Rolls") == ("PERSON", 1), rows
    assert rows.get("Lance Forbes-Hamilton") == ("PERSON", 1), rows
    assert "Chase" not in rows


def test_developer_before_a_games_name_makes_it_a_company():
    rows = _kinds(
        _entities_of(
            "date 2025-10-02 Tencent buys games studio\n\n"
            "Tencent has agreed to buy Helsinki-based games developer Kettle Games for $1.8bn, the companies said.\n\n"
            "Kettle, which was founded in 2014, is best known for a mobile strategy game."
        )
    )
    assert rows.get("Kettle Games") == ("ORG", 2), rows
    assert "Kettle" not in rows


def test_developer_before_a_games_name_other_wording():
    rows = _kinds(
        _entities_of("date 2025-10-02 Studio sold\n\nThe deal values games developer Brackwater Games at $400m.")
    )
    assert rows.get("Brackwater Games") == ("ORG", 1), rows
