"""Who said what (newsframe.quotes): a description of standing ("the billionaire real estate magnate", "the
tycoon") is the person just written of, as "the striker" is."""

from __future__ import annotations

from test_quotes import quoting, table


def test_a_description_of_standing_is_the_person_written_of():
    found = table(
        "date 2016-01-10 Trump says NFL has gone soft\n\n"
        "Republican presidential hopeful Donald Trump says he doesn't watch football much anymore.\n\n"
        "Trump drew the analogy during a campaign speech in Reno on Sunday.\n\n"
        "The billionaire real estate magnate says a great tackle now draws a 15-yard penalty.\n\n"
        "A billionaire investor at the rally said he disagreed.\n"
    )
    assert quoting(found, "15-yard penalty")["speaker"] == "Donald Trump"
    assert quoting(found, "he disagreed")["speaker"] != "Donald Trump"
