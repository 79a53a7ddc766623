"""Pages pasted from Nigerian, Indian and British sites and opinion columns (newsframe.article): a byline and the
publication time pasted on the lines of one block, a date with slashes, "On <date> <time>" under the byline, the
outlet's name signing off the story, and a columnist's note about herself, on short invented pages."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import load_article


def body(article) -> list[str]:
    return [p.text for p in article.body]


HEAD = "Council approves new bus depot after two-year delay"
STORY = "The city council approved plans for a new electric bus depot on Tuesday, ending a two-year dispute."
MORE = "Work is due to begin in the spring, the council's transport chief said."


@pytest.mark.parametrize(
    "stamp, published",
    [
        ("On November 30, 2026 6:15 am", datetime(2026, 11, 30, 6, 15)),
        ("30/11/2026", datetime(2026, 11, 30)),
        ("11/30/2026", datetime(2026, 11, 30)),
        ("05/11/2026", datetime(2026, 11, 5)),
        ("Published 30/11/2026 14:05", datetime(2026, 11, 30, 14, 5)),
    ],
)
def test_the_byline_and_the_time_on_the_lines_of_one_block(write, stamp, published):
    for head in (f"By Ada Obi, Enugu\n{stamp}", f"{stamp}\nBy Ada Obi, Enugu"):
        article = load_article(write("page.txt", f"{HEAD}\n\n{head}\n\n{STORY}\n\n{MORE}\n"))
        assert article.title == HEAD
        assert article.byline == "By Ada Obi, Enugu"
        assert article.published == published
        assert body(article) == [STORY, MORE]


def test_a_date_with_slashes_is_no_date_in_a_story_sentence(write):
    said = "The contract signed on 30/11/2026 runs for five years, the council said in a statement on Tuesday."
    article = load_article(write("page.txt", f"{HEAD}\n\n{said}\n\n{MORE}\n"), "2026-12-01")
    assert body(article) == [said, MORE]


@pytest.mark.parametrize("outlet", ["Vanguard News", "Punch Online", "Metro News Desk"])
def test_the_outlets_name_signing_off_the_story_is_no_paragraph(write, outlet):
    article = load_article(write("page.txt", f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{outlet}\n"))
    assert body(article) == [STORY, MORE]


def test_a_last_paragraph_about_news_is_kept(write):
    last = "Residents welcomed the news."
    article = load_article(write("page.txt", f"{HEAD}\n\n{STORY}\n\n{last}\n"))
    assert body(article) == [STORY, last]


@pytest.mark.parametrize("role", ["a senior fellow at the Urban Futures Institute", "professor of planning at Leeds"])
def test_a_columnists_note_about_herself_is_no_paragraph(write, role):
    text = f"{HEAD}\n\nBy Ruth Amadi\n\n{STORY}\n\n{MORE}\n\nRuth Amadi is {role}.\n"
    assert body(load_article(write("page.txt", text))) == [STORY, MORE]


def test_a_story_about_someone_else_who_is_a_professor_is_kept(write):
    last = "Tom Hill is a professor of planning at Leeds and sat on the inquiry."
    text = f"{HEAD}\n\nBy Ruth Amadi\n\n{STORY}\n\n{last}\n"
    assert body(load_article(write("page.txt", text))) == [STORY, last]


@pytest.mark.parametrize("label", ["What you need to know:", "Key takeaways", "What we know so far:"])
def test_a_box_of_points_under_its_label_in_one_block_is_its_items(write, label):
    box = f"{label}\nThe depot will hold 120 buses.\nWork starts in March."
    article = load_article(write("page.txt", f"{HEAD}\n\n{box}\n\n{STORY}\n\n{MORE}\n"))
    assert body(article) == ["The depot will hold 120 buses.", "Work starts in March.", STORY, MORE]


@pytest.mark.parametrize("place", ["Mwanza", "Dar es Salaam"])
def test_a_places_dateline_with_a_full_stop_is_left_out(write, place):
    text = f"{place} council approves bus depot\n\n{place}. {STORY}\n\n{MORE}\n"
    assert body(load_article(write("page.txt", text))) == [STORY, MORE]


@pytest.mark.parametrize(
    "opening",
    [
        "Mr. Obi said the council approved plans for a new electric bus depot on Tuesday after a long dispute.",
        "Silence. Then the council approved plans for a new electric bus depot on Tuesday, ending a dispute.",
    ],
)
def test_a_title_or_a_word_with_a_full_stop_opening_the_story_is_kept(write, opening):
    text = f"Mr Obi's silence ends as council approves depot\n\n{opening}\n\n{MORE}\n"
    assert body(load_article(write("page.txt", text))) == [opening, MORE]


def test_a_live_pages_latest_entry_stamp_is_no_publication_time(write):
    text = (
        f"{HEAD} live\n\n14:32 GMT\n\nDepot approved\n\n{STORY}\n\n13:50 GMT\n\nProtest outside\n\n{MORE}\n\n"
        f"11:02 GMT\n\n{STORY}\n"
    )
    article = load_article(write("page.txt", text), "2026-11-30")
    assert article.published == datetime(2026, 11, 30) and not article.time_known


@pytest.mark.parametrize("stamp", ["14:32 GMT", "Posted at 14:32 GMT"])
def test_a_pages_one_clock_stamp_or_one_that_says_so_is_its_publication_time(write, stamp):
    text = f"{HEAD}\n\n{stamp}\n\n{STORY}\n\n{MORE}\n"
    if stamp.startswith("Posted"):
        text += f"\n13:50 GMT\n\n{STORY}\n"
    article = load_article(write("page.txt", text), "2026-11-30")
    assert article.published == datetime(2026, 11, 30, 14, 32) and article.time_known
