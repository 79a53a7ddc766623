"""Who said what (newsframe.quotes), r36: sentences a reporter would never print as a quotation (a place that saw a
fall, the topics of an interview) and a confirmation told as news."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def cues(found) -> list[str]:
    return found["cue"].tolist()


def test_a_place_that_saw_a_change_says_nothing():
    found = table(
        "House prices fall for a third month\n\n"
        "House prices in England fell for the third month in a row in February, official figures show.\n\n"
        "London saw the largest annual fall in prices, down 4.1%, while the North East saw a small rise.\n"
    )
    assert "saw" not in cues(found)
    assert "show" in cues(found)


def test_a_count_lived_through_in_the_past_is_no_view():
    found = table(
        "Storm brings floods\n\n"
        "Keswick saw 120mm of rain in 24 hours, the Met Office said.\n\n"
        "The Environment Agency said 300 homes had flooded.\n"
    )
    assert cues(found) == ["said", "said"]


def test_the_topics_of_an_interview_are_no_statement():
    found = table(
        "Singer returns after five years away\n\n"
        "The singer Mara Voss has not performed in public for five years.\n\n"
        "She spoke to us about fear, family and a new album, recorded in a cottage in Wales.\n\n"
        '"I needed the silence," she said.\n'
    )
    assert "spoke" not in cues(found)
    assert cues(found) == ["said"]


def test_a_confirmation_with_an_object_tells_news():
    found = table(
        "Celtic sign Rosenborg striker\n\n"
        "Rosenborg confirmed the sale of the striker to Celtic, thanking the player for his service.\n"
    )
    row = found[found["cue"] == "confirmed"]
    assert row["text"].tolist() == ["the sale of the striker to Celtic"]
    assert row["speaker"].tolist() == ["Rosenborg"]
