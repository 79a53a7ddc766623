"""An informant heard unnamed ("a source at the union", "a party insider") is one person whom a "he" or "she" right
after goes on with, whether they spoke or declined to."""

from test_quotes import quoting, table


def test_source_who_declined_is_the_she_after_not_the_man_named_before():
    found = table(
        "Rail talks collapse\nPublished 12 June 2024, 09:30\n\n"
        "Talks collapsed on Tuesday, transport minister Mark Harper said.\n\n"
        '"The offer is fair," Harper said.\n\n'
        "A source at the union, who asked not to be named, declined to comment further. "
        '"We will see what members say," she said.\n'
    )
    row = quoting(found, "We will see what members say")
    assert row["speaker"] == "A source at the union"
    assert row["speaker_text"] == "she"


def test_insider_who_spoke_is_the_he_after_not_the_woman_named_before():
    found = table(
        "Tories weigh leadership rules\nPublished 4 November 2024\n\n"
        "Party chair Jane Thornbury said on Monday that the rules would not change before spring.\n\n"
        "A senior party insider said several MPs had already written letters. "
        "“Nobody wants another contest this year,” he said.\n"
    )
    row = quoting(found, "Nobody wants another contest")
    assert row["speaker"] == "A senior party insider"


def test_plural_sources_leave_a_she_to_the_woman_named_before():
    found = table(
        "Rail talks collapse\nPublished 12 June 2024, 09:30\n\n"
        "Talks collapsed on Tuesday, transport secretary Louise Haigh said.\n\n"
        "Union sources declined to comment further. "
        '"We will see what members say," she said.\n'
    )
    row = quoting(found, "We will see what members say")
    assert row["speaker"] == "Louise Haigh"
