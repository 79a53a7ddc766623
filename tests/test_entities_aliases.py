"""A body's short form given in brackets is one name with it, however it is capitalised."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

from newsframe.entities import skips_words


def test_a_short_form_written_as_a_word_folds_into_the_body_it_stands_for():
    """British news writes some abbreviations as words ("Nice", "Ofcom"): "(Nice)" after the National Institute for
    Health and Care Excellence is its short form, and "Nice" alone later counts for it."""
    rows = _kinds(
        _entities_of(
            "date 2026-11-12 Drug watchdog to review weight-loss jab\n\nThe National Institute for Health and Care "
            "Excellence (Nice) is expected to review its guidance next spring.\n\nNice currently recommends the "
            "drug for people with a body mass index of at least 35, a spokeswoman said.\n"
        )
    )
    assert rows["National Institute for Health and Care Excellence"] == ("ORG", 3)
    assert "Nice" not in rows


def test_an_abbreviation_spells_the_first_last_and_some_middle_initials_in_order():
    assert skips_words("Nice", "National Institute for Health and Care Excellence")
    assert skips_words("NICE", "National Institute for Health and Care Excellence")
    assert not skips_words("Australia", "Troy Corser Racing Team")  # too long for an abbreviation
    assert not skips_words("Nato", "National Institute for Health")  # the last letter spells no last word
    assert not skips_words("Nie", "National Excellence")  # two words: their initials or nothing
    assert not skips_words("Nec", "National Institute for Health and Care Excellence")  # out of order


def test_a_party_written_by_its_initials_no_reader_read_counts_for_the_party():
    """ "AAP" after the "Aam Aadmi Party", read by no reader, is the party; and a party's name is not split into an
    organisation ending in an adjective and a person ("Indian National" + "Lok Dal")."""
    rows = _kinds(
        _entities_of(
            "date 2026-10-08 Ruling party keeps state as rivals collapse\n\nThe Indian National Lok Dal and the Aam "
            "Aadmi Party were all but wiped out in the state election on Tuesday.\n\nAAP, which governs neighbouring "
            "Punjab, failed to win a single seat, its spokesman said.\n"
        )
    )
    assert rows["Aam Aadmi Party"] == ("ORG", 2)
    assert "AAP" not in rows
    assert "Lok Dal" not in rows and "Indian National" not in rows


def test_a_court_report_counts_the_council_its_auditor_and_no_law_as_bodies():
    """ "finance director of Hartley Borough Council": a body named in full after a job's "of", not part of a title;
    "an auditor from Grant Thornton" names the firm; "the Proceeds of Crime Act" is a law, no organisation."""
    rows = _kinds(
        _entities_of(
            "date 2026-11-27 Former council finance chief jailed\n\nA former finance director of Hartley Borough "
            "Council who stole £1.2 million from the authority has been jailed for seven years.\n\nThe court heard "
            "that Pell set up a fake supplier until an auditor from Grant Thornton noticed the company had no "
            "staff.\n\nThe council will seek the rest under the Proceeds of Crime Act, a spokesman said.\n"
        )
    )
    assert rows["Hartley Borough Council"] == ("ORG", 1)
    assert rows["Grant Thornton"][0] == "ORG"
    assert rows["Proceeds of Crime Act"][0] == "LAW"
