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


def test_the_two_voters_are_no_pair_of_places_named_before():
    import pandas as pd

    from newsframe import speakers

    texts = pd.DataFrame(
        {
            "paragraph": [0, 1, 2],
            "text": [
                "Two friends, two candidates",
                '"The people in South and Southeast Manchester get along pretty well," Paradis said.',
                "The two voters acknowledged that both candidates tap the same anger.",
            ],
        }
    )
    names = pd.DataFrame(
        [
            {"entity": "South", "entity_type": "GPE"},
            {"entity": "Southeast Manchester", "entity_type": "GPE"},
            {"entity": "Paradis", "entity_type": "PERSON"},
        ]
    )
    said = pd.DataFrame([{"paragraph": 2, "start_char": 0, "speaker": "the two voters"}])
    assert speakers.numbered_groups(said, names, texts) == ["the two voters"]
    said = pd.DataFrame([{"paragraph": 2, "start_char": 0, "speaker": "the two countries"}])
    assert speakers.numbered_groups(said, names, texts) == ["South and Southeast Manchester"]


def test_they_is_no_body_named_in_passing_paragraphs_before():
    found = table(
        "date 2016-02-12 The unlikely friendship of two voters\n\n"
        "Bennett's sister went to Manchester Memorial High School with Paradis's daughter.\n\n"
        '"We are Manchester people," Bennett said.\n\n'
        '"Whether we have differences or not, we can talk," Paradis said.\n\n'
        '"Look at all these supporters here," Paradis said.\n\n'
        "Despite their friendship, they said they would never vote the same way.\n"
    )
    assert quoting(found, "never vote the same way")["speaker"] != "Manchester Memorial High School"
