"""Quotation marks around a work's title after the noun of the work, and a thing named after someone, say nothing."""

from __future__ import annotations

from test_quotes import table


def test_a_shows_title_between_commas_is_no_quotation_of_the_subject():
    found = table(
        "date 2024-04-08 Trial begins\n\n"
        'Ms. Castellano, 41, who rose to fame on the show "Hamptons Life," has pleaded not guilty to charges of wire '
        "fraud.\n\n"
        '"The evidence will show she never knew," her lawyer, Ben Kessler, said.\n'
    )
    assert not found["text"].str.contains("Hamptons Life").any()
    assert found["text"].str.contains("never knew").any()  # a statement a cue follows stays


def test_an_albums_title_after_its_noun_is_no_quotation_either():
    found = table(
        "date 2024-04-08 Rapper in court\n\n"
        "The rapper Kofi Mensah, whose debut album “Night Moves,” topped the charts, admitted the charge on "
        "Tuesday.\n"
    )
    assert not found["text"].str.contains("Night Moves").any()


def test_a_school_named_after_a_founder_is_no_statement():
    found = table(
        "date 2025-02-27 Obituary\n\n"
        "He was a generous donor to the University of Leeds, which named its business school after him in 2004.\n"
    )
    assert not (found["cue"] == "named").any()


def test_a_ward_named_after_a_nurse_is_none_but_a_man_named_by_police_is():
    found = table(
        "date 2025-02-27 Tribute\n\n"
        "The hospital trust has named a new maternity ward after the midwife, who died in March. Police named the "
        "driver as John Smith, 45.\n"
    )
    cues = found["text"][found["cue"] == "named"].tolist()
    assert not any("ward" in t for t in cues)
    assert any("John Smith" in t for t in cues)


def test_a_spokeswoman_for_an_airport_speaks_for_the_airport():
    found = table(
        "date 2024-05-22 Turbulence\n\n"
        "A spokeswoman for Faro Airport said emergency services had met the aircraft on landing at 3.40pm.\n"
    )
    assert found.iloc[0]["speaker"] == "Faro Airport"


def test_a_spokesman_for_a_stadium_speaks_for_it_but_officials_at_a_terminal_are_only_there():
    found = table(
        "date 2024-05-22 Concert\n\n"
        "A spokesman for Wembley Stadium said the concert would go ahead. Officials at Terminal 5 said the queues "
        "had eased.\n"
    )
    assert found[found["text"].str.contains("concert")].iloc[0]["speaker"] == "Wembley Stadium"
    assert found[found["text"].str.contains("queues")].iloc[0]["speaker"] != "Terminal 5"
