"""Who said what in a research story (newsframe.quotes), on short articles written for these tests: a study speaks,
not the journal that printed it, and "the team" of researchers is no organisation named before."""

from __future__ import annotations

from test_quotes_direct import table


def test_a_study_published_in_a_journal_is_not_the_journals_statement():
    found = table(
        "date 2026-04-08 Daily walk cuts dementia risk\n\n"
        "Walking may cut the risk of dementia by a quarter, according to a study of more than 78,000 adults "
        "published in JAMA Neurology."
    )
    assert found["speaker"].iloc[0].startswith("a study")


def test_figures_from_a_body_are_that_bodys():
    found = table(
        "date 2026-04-08 Jobs\n\nUnemployment rose, according to figures from the Office for National Statistics."
    )
    assert list(found["speaker"]) == ["Office for National Statistics"]


def test_the_team_of_researchers_is_not_a_body_named_before_outside_sport():
    found = table(
        "date 2026-04-08 Daily walk cuts dementia risk\n\n"
        "The study was published in JAMA Neurology on Tuesday.\n\n"
        "The team wrote in the paper that the findings showed an association."
    )
    assert list(found["speaker"]) == ["The team"]


def test_the_side_in_a_match_report_is_the_club_named_before():
    found = table(
        "date 2025-11-10 Dunmere beat Harton\n\n"
        "Dunmere scored twice in the second half to beat Harton 2-0 in the league on Saturday. The striker's goal "
        "came after the manager changed the formation for the match.\n\n"
        "The side said in a statement that the goalkeeper had broken a finger."
    )
    assert found["speaker"].iloc[0] != "The side"


def test_a_medium_the_story_cites_is_not_the_firm():
    found = table(
        "date 2026-01-12 Tesco to cut jobs\n\n"
        "Tesco is preparing to cut 1,000 jobs, the BBC understands.\n\n"
        '"No comment," said a spokesman for the firm.'
    )
    assert list(found["speaker"]) == ["BBC", "Tesco"]


def test_a_firm_that_reports_results_is_still_the_firm():
    found = table(
        "date 2026-01-12 Tesco sales rise\n\n"
        "Tesco reported a 5% rise in sales on Thursday.\n\n"
        '"We are pleased," said a spokesman for the firm.'
    )
    assert found["speaker"].iloc[-1] == "Tesco"
