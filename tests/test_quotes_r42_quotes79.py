"""Who said what: a participle of saying after a reported that-clause, a role no one named holds, a quotation after
a clause of time in the cue, a present cue over a past account, and single marks in an article of double ones."""

from __future__ import annotations

from test_quotes import quoting, table

COURT = "\n\n".join(
    [
        "date 2024-03-05 Judge clears way for housing scheme in Kent",
        "A High Court judge has dismissed a challenge to a 400-home development on the edge of Hollingbourne.",
        "The judge ruled that the scheme may go ahead, saying the council acted lawfully when it granted "
        "permission in 2022.",
        'Campaigners had argued that the council ignored flooding risks. "We are devastated, and we will '
        "consider an appeal,\" said Marta Jones, chair of the village residents' group.",
        '"The council followed the correct procedure at every stage," the judge said.',
    ]
)


def test_participle_of_saying_after_that_clause_is_its_own_statement():
    found = table(COURT)
    ruled = quoting(found, "the scheme may go ahead")
    assert (ruled["cue"], ruled["speaker_text"], ruled["text"]) == (
        "ruled",
        "The judge",
        "that the scheme may go ahead",
    )
    saying = quoting(found, "the council acted lawfully")
    assert (saying["cue"], saying["speaker_text"], saying["text"]) == (
        "saying",
        "The judge",
        "the council acted lawfully when it granted permission in 2022",
    )


def test_role_no_one_named_holds_is_not_the_campaigner_named_last():
    found = table(COURT)
    jones = quoting(found, "We are devastated")
    assert jones["speaker"] == "Marta Jones"
    judge = quoting(found, "followed the correct procedure")
    # the article's one judge, brought in unnamed in the first paragraph, not the campaigner named last
    assert (judge["speaker"], judge["speaker_text"]) == ("A High Court judge", "the judge")


ELECTION = "\n\n".join(
    [
        "date 2024-05-03 Hale takes Dunmore seat by 412 votes",
        "Tom Hale won the Dunmore seat for Labour by 412 votes after a recount that ran past 4am.",
        '"We look forward to working with our partners on the council," said Tom Hale, after his campaign '
        'manager had conceded. "This is a day for the whole district."',
        "Turnout was 38 per cent, down from 44 per cent at the last election.",
    ]
)


def test_quotation_after_cue_with_clause_of_time_goes_on():
    found = table(ELECTION)
    assert len(found) == 1
    row = found.iloc[0]
    assert (row["kind"], row["speaker"]) == ("direct", "Tom Hale")
    assert row["text"] == (
        '"We look forward to working with our partners on the council," "This is a day for the whole district."'
    )


FEATURE = "\n\n".join(
    [
        "date 2024-05-20 The last of the lock keepers",
        "For forty years Bill Irvine kept the lock at Marsworth, opening the gates for narrowboats from dawn "
        "until dusk.",
        "When the canal trust automated the lock last spring, the job went. Irvine says he understood why, "
        "but it broke his heart.",
        '"I knew every boat that came through," he said. "Now they just push a button."',
        "His neighbours said, 'He is the canal' is how everyone puts it, and \"nobody will replace him\" is the"
        " common view.",
    ]
)


def test_present_cue_over_past_account_goes_on_after_but():
    row = quoting(table(FEATURE), "he understood why")
    assert (row["cue"], row["speaker"], row["text"]) == (
        "says",
        "Bill Irvine",
        "he understood why, but it broke his heart",
    )


def test_single_marks_in_article_of_double_marks_stay_paired():
    row = quoting(table(FEATURE), "He is the canal")
    assert row["speaker"] == "His neighbours"
    assert row["text"].startswith("'He is the canal' is how everyone puts it")
