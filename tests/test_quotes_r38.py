"""Who said what (newsframe.quotes): a speaker no entity names is the name as written, without the description set
after it between commas."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_name_the_recogniser_missed_is_the_speaker_without_its_description():
    found = table(
        "date 2024-05-31 Vodafone and Three complete £15bn merger after regulator approval\n\n"
        "CK Hutchison, which owns Three, will hold a 49% stake in the new company, to be called VodafoneThree. "
        "Canning Fok, the group's deputy "
        'chairman, said the partners had waited "almost two years" for approval.\n'
    )
    row = quoting(found, "almost two years")
    assert (row["speaker"], row["speaker_text"]) == ("Canning Fok", "Canning Fok, the group's deputy chairman")


def test_a_description_that_is_the_whole_mention_stays_as_written():
    found = table(
        "date 2024-05-31 Storm closes roads\n\n"
        "Roads were closed across the county on Friday. A council spokesman, speaking on Friday, said the roads "
        "would reopen soon.\n"
    )
    assert quoting(found, "reopen soon")["speaker"] != "A council"
