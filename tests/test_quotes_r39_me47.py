"""Who said what (newsframe.quotes): a person named after a show's name and a description ("Her Downton co-star Hugh
Bonneville said") is the speaker, not the show."""

from __future__ import annotations

from test_quotes import quoting, table


def test_the_person_named_after_a_shows_name_and_a_description_speaks():
    found = table(
        "date 2024-09-27 Dame Maggie Smith dies aged 89\n\n"
        "Dame Maggie Smith, who won two Oscars, has died at the age of 89, her family said.\n\n"
        'Her Downton co-star Hugh Bonneville said she had been "a legend, with a wit as sharp as a knife".\n'
    )
    row = quoting(found, "a legend")
    assert row["speaker"] == "Hugh Bonneville"
