"""Checks on names: a first-named subject with "its", a birth name, a meeting that opens with a speaker."""

from test_entities import _entities_of, _kinds


def test_a_person_named_first_before_its_plans_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Budget under fire\n\n"
            "Keir Starmer said its plans were flawed and the party would vote against the bill.\n\n"
            "Taylor Swift said its tour would be her last. The singer spoke in London.\n"
        )
    )
    assert rows["Keir Starmer"] == ("PERSON", 1)
    assert rows["Taylor Swift"] == ("PERSON", 1)


def test_a_name_named_first_before_its_profit_is_a_firm():
    rows = _kinds(
        _entities_of("date 2026-11-20 Results\n\nAxel Springer said its profit rose 5% in the third quarter.\n")
    )
    assert rows["Axel Springer"] == ("ORG", 1)


def test_a_birth_name_given_once_folds_into_the_name_the_article_writes():
    rows = _entities_of(
        "date 2024-10-16 Singer Ruth Calder dies at 58\n\n"
        "Ruth Calder, the folk singer, has died at 58, her family said on Wednesday.\n\n"
        "Born Ruth Margaret Calder in Dundee in 1966, she began singing in pubs as a teenager.\n\n"
        "Ruth Calder released nine albums. Calder toured until last year.\n"
    )
    assert rows.loc["Ruth Calder", "mentions"] == 5
    assert "Ruth Margaret Calder" in rows.loc["Ruth Calder", "aliases"].split("|")


def test_a_meeting_that_opens_with_a_speaker_names_no_song():
    rows = _kinds(
        _entities_of(
            "date 2016-09-27 First debate\n\n"
            "The debate opened with Hillary Clinton attacking Donald Trump's record on taxes. Clinton said the economy "
            "needed help.\n\nThe convention closed with Kaine, who spoke for 20 minutes.\n"
        )
    )
    assert rows["Hillary Clinton"] == ("PERSON", 2)
    assert rows["Kaine"] == ("PERSON", 1)


def test_a_set_that_closes_with_a_title_names_a_song():
    rows = _kinds(_entities_of("date 2024-06-30 Review\n\nThe set closed with Fix You and the band left at 11pm.\n"))
    assert rows["Fix You"] == ("WORK_OF_ART", 1)
