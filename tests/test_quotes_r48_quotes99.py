"""Who said what (newsframe.quotes): a body's long name closing a sentence before its cue, a chronology entry's verb
in the historic present, a headline's promise, an inverted condition opening what was said, and a judge's written
opinion; on short invented articles."""

from __future__ import annotations

from test_quotes import quoting, rows, table


def test_a_long_fire_service_name_closing_the_sentence_is_its_speaker():
    found = table(
        "date 2026-11-27 Crews tackle blaze at thatched cottage\n\n"
        "A thatched cottage in a Dorset village has been badly damaged by fire.\n\n"
        "Crews from Blandford, Sturminster Newton and Shaftesbury were called to the property in Child Okeford at "
        "about 14:00 GMT on Friday, Dorset and Wiltshire Fire and Rescue Service said.\n\n"
        "The roof was largely destroyed but the family escaped unhurt."
    )
    row = quoting(found, "Crews from Blandford")
    assert row["speaker"] == "Dorset and Wiltshire Fire and Rescue Service"
    assert row["speaker_text"] == "Dorset and Wiltshire Fire and Rescue Service"
    assert row["text"] == (
        "Crews from Blandford, Sturminster Newton and Shaftesbury were called to the property in Child Okeford at "
        "about 14:00 GMT on Friday"
    )


def test_a_long_service_name_read_in_parts_is_its_speaker_whatever_the_cue():
    found = table(
        "date 2026-11-27 Lorry fire on motorway\n\n"
        "Firefighters used hose reels to put out the fire in the cab of the lorry on Monday, Hampshire and Isle of "
        "Wight Fire and Rescue Service said.\n\n"
        "Crews from Blandford and Sturminster Newton were called to the property in Child Okeford on Friday, Dorset "
        "and Wiltshire Fire and Rescue Service confirmed."
    )
    first = quoting(found, "hose reels")
    assert first["speaker_text"] == "Hampshire and Isle of Wight Fire and Rescue Service"
    assert first["text"] == "Firefighters used hose reels to put out the fire in the cab of the lorry on Monday"
    second = quoting(found, "Child Okeford")
    assert second["cue"] == "confirmed"
    assert second["speaker_text"] == "Dorset and Wiltshire Fire and Rescue Service"


def test_a_chronology_entry_in_the_historic_present_reports_its_that_clause():
    found = table(
        "date 2024-03-01 Key dates in the Post Office scandal\n\n"
        "1999: The Horizon IT system is introduced in branches.\n\n"
        "December 2019: The High Court rules that Horizon contained bugs, errors and defects.\n\n"
        "April 2021: The Court of Appeal quashes the convictions of 39 former sub-postmasters."
    )
    row = quoting(found, "Horizon contained")
    assert (row["cue"], row["speaker"], row["speaker_text"], row["text"]) == (
        "rules",
        "High Court",
        "The High Court",
        "that Horizon contained bugs, errors and defects",
    )


def test_a_headline_promise_in_the_present_is_its_subjects_claim():
    found = table(
        "date 2023-10-05 Google promises seven years of updates for new Pixel phones\n\n"
        "The company made the announcement at a launch event in New York on Wednesday.\n\n"
        "Apple typically supports its iPhones for about six years."
    )
    row = quoting(found, "seven years")
    assert (row["paragraph"], row["cue"], row["speaker"], row["text"]) == (
        0,
        "promises",
        "Google",
        "seven years of updates for new Pixel phones",
    )


def test_an_inverted_condition_opening_what_was_said_keeps_its_consequence():
    found = table(
        "date 2026-11-27 Sepsis death of girl was avoidable, coroner finds\n\n"
        "A four-year-old girl died of sepsis after doctors failed to spot the signs of infection, an inquest has "
        "heard.\n\n"
        "The coroner said that had Amelia received antibiotics earlier, she would have survived.\n\n"
        "Her mother told the inquest that had she been warned, she would have taken her daughter to hospital."
    )
    said = quoting(found, "Amelia received")
    assert said["text"] == "that had Amelia received antibiotics earlier, she would have survived"
    told = quoting(found, "been warned")
    assert told["text"] == "that had she been warned, she would have taken her daughter to hospital"
    assert "warned" not in found["cue"].tolist()


def test_a_concurrence_speaks_for_the_justice_who_wrote_it():
    found = table(
        "date 2024-06-28 Justices limit agency power\n\n"
        "The Supreme Court on Friday overturned a 40-year-old precedent.\n\n"
        "Justice Neil Gorsuch wrote a short concurrence arguing that the precedent had been a mistake.\n\n"
        '"The text is clear," a short concurrence by Justice Clarence Thomas said.'
    )
    assert quoting(found, "precedent had been")["speaker"] == "Neil Gorsuch"
    assert quoting(found, "The text is clear")["speaker"] == "Clarence Thomas"
    assert not any(r[3] == "a short concurrence" for r in rows(found))
