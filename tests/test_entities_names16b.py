"""Names a reader cuts or mistypes: a company of two names joined by "and" that the article also writes by its
ampersand initials, a member of parliament named with a title and a qualifier before her full name, a company whose
name ends in "Line", and a firm's short name read as a person's."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

from newsframe.entities import fold_short_forms


def test_two_names_joined_by_and_are_one_company_where_the_article_writes_their_ampersand_initials():
    """ "Harlow and Penrose" beside "H&P" is one retailer, also written "Harlow & Penrose"; "Harlow" alone is no
    common word dropped."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-21 Harlow and Penrose profits rise\n\n"
            "Harlow and Penrose said on Wednesday that profits rose 12% in the year to March.\n\n"
            "The retailer, known as H&P, has closed older stores. Harlow & Penrose chief executive Tom Reed said "
            "shoppers were returning.\n\n"
            "H&P shares rose 4% in London.\n"
        )
    )
    assert rows["Harlow and Penrose"] == ("ORG", 5)
    assert not {"Harlow", "Penrose", "H&P", "Harlow & Penrose"} & set(rows)


def test_two_names_joined_by_and_stay_two_without_ampersand_initials():
    """Without the initials, "Tesco and Sainsbury" are two companies."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-21 Grocers cut prices\n\n"
            "Tesco and Sainsbury cut the price of milk on Monday, the grocers said.\n\n"
            "Tesco said it would keep prices low.\n"
        )
    )
    assert "Tesco and Sainsbury" not in rows
    assert rows["Tesco"][0] == "ORG"


def test_a_member_title_before_a_full_name_shows_a_person():
    """ "Rebel MP Clare Whitby" is Clare Whitby, a person, named again as "Ms Whitby" (not a body called "Rebel MP
    Clare Whitby")."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Housing bill faces revolt\n\n"
            "Rebel MP Clare Whitby said the plan would do little for families.\n\n"
            "Ms Whitby said she would vote against the bill.\n"
        )
    )
    assert rows["Clare Whitby"] == ("PERSON", 2)
    assert "Rebel MP Clare Whitby" not in rows


def test_a_name_ending_in_line_is_a_company_not_a_person():
    """A ferry or rail company named "... Line" that says things is an organisation, not a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-24 Storm cancels ferries\n\n"
            "Stena Line said its sailings between Holyhead and Dublin were cancelled on Friday.\n\n"
            "Stena Line added that passengers would be moved to later crossings.\n"
        )
    )
    assert rows["Stena Line"] == ("ORG", 2)


def test_a_firm_name_read_as_a_person_folds_into_the_fuller_company_name():
    """A short form a reader took for a person's, with no common given name first and a plural noun last ("JD
    Sports", as in a headline), is the company that adds a word to it; a person's full name does not fold into the
    foundation named after him."""
    keys = {"jd sports", "jd sports fashion", "peter munk", "peter munk foundation"}
    voted = {"jd sports": "PERSON", "jd sports fashion": "ORG", "peter munk": "PERSON", "peter munk foundation": "ORG"}
    folded = fold_short_forms(keys, voted, set(keys))
    assert folded.get("jd sports") == "jd sports fashion"
    assert "peter munk" not in folded
