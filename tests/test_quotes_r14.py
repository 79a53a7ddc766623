"""Who said what (newsframe.quotes): a quotation of whole sentences with no cue of its own, given to the person
the sentence before it is about ("Lee agreed. “…”"), and a quotation after a colon that the parse read as the
subject's own clause ("Marston was blunt: “…”"), on short invented articles."""

from __future__ import annotations

from test_quotes import quoting as _row
from test_quotes import table


def test_a_quotation_after_a_sentence_about_a_person_is_theirs():
    found = table(
        "date 2024-10-12 Harlow win late\n\n"
        "Kieran Brennan, who had come on as a substitute ten minutes earlier, was modest about his goal. "
        "“I just had to get a head on it. The cross was perfect, so really it is his goal as much as mine.”"
    )
    row = _row(found, "get a head on it")
    assert row["speaker_text"] == "Kieran Brennan"
    assert row["kind"] == "direct"


def test_a_verb_of_saying_before_the_quotation_is_its_cue():
    found = table(
        "date 2025-03-02 Study on sleep\n\n"
        "Professor Ada Bryce, who led the study, agreed. “The data are clear enough, and the trend has held for "
        "ten years.”"
    )
    row = _row(found, "the trend has held")
    assert row["speaker_text"] == "Professor Ada Bryce"
    assert row["cue"] == "agreed"


def test_a_sentence_about_a_thing_gives_no_speaker():
    found = table(
        "date 2025-03-02 Results day\n\n"
        "Shares in the firm fell by four per cent on Tuesday. “This is a good result for our members and our staff.”"
    )
    speakers = found.loc[found["text"].str.contains("good result", regex=False), "speaker_text"].fillna("")
    assert not speakers.str.contains("Shares", regex=False).any()


def test_a_quotation_with_its_own_cue_keeps_it():
    found = table(
        "date 2025-03-02 Late arrival\n\n"
        "The minister arrived two hours late. “It was a long day for everyone here,” said one aide."
    )
    assert _row(found, "a long day")["speaker_text"] == "one aide"


def test_a_clause_before_a_colon_read_into_the_quotation_still_names_the_speaker():
    found = table(
        "date 2024-10-12 Ashby lose again\n\n"
        "Asked whether his side could still reach the play-offs, Lee Marston was blunt: “Not if we defend like "
        "that.”"
    )
    assert _row(found, "Not if we defend")["speaker_text"] == "Lee Marston"


def test_a_colon_after_there_was_names_no_speaker():
    found = table("date 2025-06-01 Hospital march\n\nThere was one message on every banner: “Hands off our hospital.”")
    assert not found["speaker_text"].fillna("").str.contains("There|message", regex=True).any()


def test_a_colon_after_a_reported_clause_gives_the_quotation_to_who_reports_it():
    found = table(
        "date 2025-06-01 Sermon on work\n\n"
        "The preacher added that young people have two choices: “You either stay and work or you leave for good.”"
    )
    assert _row(found, "You either stay")["speaker_text"] == "The preacher"


def test_a_subject_inside_a_clause_is_not_read_as_the_speaker_before_a_colon():
    found = table(
        "date 2025-06-01 Flood report\n\n"
        "The report counts how many homes the floods–driven by the storm–had reached: “In one night the river rose "
        "higher than in any year on record.”"
    )
    speakers = found["speaker_text"].fillna("")
    assert not speakers.str.contains("floods", regex=False).any()


def test_a_clause_after_but_before_a_colon_names_its_own_subject():
    found = table(
        "date 2025-06-01 Cup draw\n\n"
        "Hale said both clubs were “in decline”, but she gave the holders a grudging compliment: “They still know "
        "how to win a final when nobody expects them to.”"
    )
    assert _row(found, "They still know")["speaker_text"] == "she"
