"""Who said what (newsframe.quotes): the name set beside "one of them" is the speaker."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_the_name_set_beside_one_of_them_is_who_speaks():
    found = table(
        "date 2026-09-15 Council approves tax rise\n\n"
        "About 40 protesters gathered outside City Hall. One of them, retired teacher Carol Wright, 71, said she had "
        "used the library every week.\n\n"
        "One of the protesters said the council had lied.\n"
    )
    row = quoting(found, "used the library")
    assert (row["speaker"], row["speaker_text"]) == ("Carol Wright", "One of them, retired teacher Carol Wright")
    assert quoting(found, "had lied")["speaker"] == "One of the protesters"
