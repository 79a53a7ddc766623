"""Who said what (newsframe.quotes): a figure someone gives as a statement, and a quotation that goes on with a
body's reported statement, on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_a_figure_someone_puts_on_a_thing_is_what_they_said():
    found = table(
        "date 2025-12-19 Loan\n\n"
        "The International Monetary Fund estimates the gap at about 70 billion euros next year.\n\n"
        "Forbes put his net worth at $45 billion. He left the car at home."
    )
    by = dict(zip(found["text"], found["speaker"]))
    assert by["the gap at about 70 billion euros next year"] == "International Monetary Fund"
    assert by["his net worth at $45 billion"] == "Forbes"
    assert len(found) == 2  # a car left at home is no figure given


def test_putting_a_thing_at_a_place_or_an_estimate_nobody_made_is_no_statement():
    found = table("date 2025-12-19 Server\n\nShe put her server at home in 2009.\n\nThe cost is estimated at £4m.")
    assert found.empty


def test_a_quotation_goes_on_with_the_statement_a_body_reported_before_it():
    # "The club said …. “…”": the body's words go on, as they do after a name ("Moyles said …. “…”")
    found = table(
        "date 2024-03-02 Rovers\n\n"
        "Rovers beat Hartwell 2-0 on Saturday.\n\n"
        "The club said ticket sales were up. “It has been a remarkable season for everyone at the ground.”"
    )
    row = found[found["text"].str.contains("remarkable season")]
    assert len(row) == 1
    assert row["speaker"].iloc[0] == "The club"
    assert row["text"].iloc[0].startswith("ticket sales were up")


def test_people_listed_with_the_places_they_are_of_speak_together():
    found = table(
        "date 2025-07-16 Bill\n\n"
        "Two Republican senators, Rand Paul of Kentucky and Mike Lee of Utah, have said they will vote no.\n\n"
        "Rand Paul of Kentucky and Mike Lee of Utah said the cost was too high."
    )
    assert list(found["speaker"]) == ["Rand Paul and Mike Lee", "Rand Paul and Mike Lee"]


def test_a_participle_of_where_it_was_said_before_the_speaker_is_not_what_was_said():
    found = table(
        "date 2025-03-14 Jailed\n\n"
        "In a victim statement read to the court, Mr Pryce's widow, Gillian Pryce, said her life had "
        "“stopped on the night Martin died”.\n\n"
        "In a letter sent to the council, residents said the road was unsafe."
    )
    assert list(found["text"]) == ["her life had “stopped on the night Martin died”", "the road was unsafe"]
    assert list(found["speaker"]) == ["Gillian Pryce", "residents"]


def test_a_statement_heard_in_court_from_no_one_named_keeps_the_named_speaker_inside_it():
    found = table(
        "date 2025-05-21 Trial\n\n"
        "Kerry Mason, 46, denies theft.\n\n"
        "Ms Mason told police in interview that she had used the cards only with permission, the jury was told.\n\n"
        "Ms Mason told police that she had used the cards with permission, prosecutors said."
    )
    by = {(r.paragraph, r.speaker): r.text for r in found.itertuples()}
    assert by[(2, "Kerry Mason")] == "that she had used the cards only with permission"
    # a named teller's statement holds the other's words: one row, as PolNeAR annotates it
    assert [s for p, s in by if p == 3] == ["prosecutors"]


def test_she_after_an_unnamed_worker_heard_is_that_worker():
    found = table(
        "date 2025-04-06 Column\n\n"
        "A junior reporter on our paper told me she had gone six weeks without meeting her editor. "
        "“I learn by listening to people on the phone,” she said.\n\n"
        "A nurse at the hospital said she had worked 14 days in a row. “We are exhausted,” she said."
    )
    assert list(found["speaker"]) == ["A junior reporter"] * 2 + ["A nurse at the hospital"] * 2


def test_a_lead_and_headline_describing_a_worker_are_the_one_the_next_paragraph_names():
    found = table(
        "date 2025-06-11 Nurse tells murder trial she saw colleague 'holding pillow'\n\n"
        "A nurse has told a jury she saw a colleague holding a pillow over the face of a patient.\n\n"
        "Grace Adebayo, 34, was giving evidence at Leeds Crown Court in the trial of Simon Rake, 41.\n\n"
        "Ms Adebayo said she had gone into the room at about 3am."
    )
    said = found[found["cue"].isin(["tells", "told", "said"])]
    assert list(said["speaker"]) == ["Grace Adebayo"] * 3
