"""Who said what (newsframe.quotes): a description with the speaker's name set off after it saying a clause whose
subject is itself a clause ("said returning the objects was right"), a description standing for a subject the parse
made the subject of the last verb of its relative clause, a verb before a body's name that says nothing of its kind,
and a speaker's second deed after a passive clause about a document, on short invented articles."""

from __future__ import annotations

from test_quotes import quoting, table


def test_a_clause_with_a_gerund_for_subject_is_said_by_a_description_with_a_name():
    for paragraph, words, speaker in (
        (
            "At a ceremony on Monday, the museum's chair of trustees, Eve Salomon, said returning the objects was "
            '"both the moral and appropriate response".',
            "returning the objects was",
            "Eve Salomon",
        ),
        (
            "The head of the council, Mary Jones, said giving back the land was right.",
            "giving back the land was right",
            "Mary Jones",
        ),
    ):
        found = table(f"Land and objects handed back\n\nPublished 4 May 2023, 10:00\n\n{paragraph}\n")
        assert quoting(found, words)["speaker"] == speaker


def test_a_description_stands_for_the_subject_the_parse_gave_a_relative_clauses_verb():
    found = table(
        "Verstappen wins in Brazil\n\nPublished 3 November 2024, 20:45\n\n"
        "Max Verstappen won the race on Sunday, ahead of Lando Norris.\n\n"
        "Norris, who started from pole after qualifying was delayed, finished sixth. The McLaren driver said he had "
        '"made the wrong calls" at the first restart.\n'
    )
    assert quoting(found, "made the wrong calls")["speaker"] == "Lando Norris"
    found = table(
        "Labour loses seat\n\nPublished 5 July 2024, 08:00\n\n"
        "Labour's Jane Harris lost the seat she had held for 20 years.\n\n"
        "Harris, who conceded after counting was stopped, left the hall in tears. The veteran politician said the "
        'result was "a disgrace".\n'
    )
    assert quoting(found, "a disgrace")["speaker"] == "Jane Harris"


def test_a_verb_before_a_bodys_name_says_nothing_of_its_kind():
    found = table(
        "EU fines Apple\n\nPublished 4 March 2024, 12:20\n\n"
        "The investigation began in 2019 after a complaint from Spotify, the Swedish streaming company.\n\n"
        "The Digital Markets Act will force Apple to allow rival app stores.\n\n"
        'Apple said it would appeal. The California-based firm said the ruling was "wrong".\n'
    )
    assert quoting(found, '"wrong"')["speaker"] == "Apple"
    found = table(
        "Uber loses appeal over drivers' status\n\nPublished 12 June 2024, 09:30\n\n"
        "The case was first brought by Deliveroo, the British food delivery company, in 2021.\n\n"
        "New rules will force Uber to treat its drivers as employees from next year.\n\n"
        "Uber said it was disappointed. The San Francisco-based company said the rules were "
        '"unworkable for drivers and riders alike".\n'
    )
    assert quoting(found, "unworkable")["speaker"] == "Uber"


def test_a_second_deed_after_a_passive_clause_about_a_document_is_its_own_statement():
    found = table(
        "Apple to appeal\n\nPublished 4 March 2024, 12:20\n\n"
        'Apple said the decision had been reached "despite the lack of evidence", and accused Spotify of wanting to '
        '"use the App Store without paying".\n'
    )
    said = quoting(found, "the decision had been reached")
    assert "accused" not in said["text"]
    assert quoting(found, "use the App Store")["cue"] == "accused"
    found = table(
        "Watchdog criticises bank\n\nPublished 9 May 2024, 10:00\n\n"
        'The watchdog said the report had been rushed out "without proper checks", and criticised the bank for its '
        '"complacent" response.\n'
    )
    assert "criticised" not in quoting(found, "the report had been rushed out")["text"]
    assert quoting(found, "complacent")["cue"] == "criticised"
