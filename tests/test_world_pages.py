"""Pages pasted from news sites outside Britain and the US wires (newsframe.article): how Indian, Irish, Philippine,
Australian, South African and US local sites print the byline, the times and the end matter, on short invented
pages."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import dateline_end, load_article


def body(article) -> list[str]:
    return [p.text for p in article.body]


STORY = "The district council approved the new bus depot on Tuesday after a debate of two hours, officials said."


@pytest.mark.parametrize(
    "stamp, published",
    [
        ("Updated / Tuesday, 3 Mar 2026 16:05", datetime(2026, 3, 3, 16, 5)),  # RTÉ
        ("Posted: Mar 3, 2026 / 04:05 PM CST", datetime(2026, 3, 3, 16, 5)),  # US local television sites
        ("Metro Desk / 04:05 PM March 3, 2026", datetime(2026, 3, 3, 16, 5)),  # the section before the time
        ("TNN | Updated: Mar 3, 2026, 16:05 IST", datetime(2026, 3, 3, 16, 5)),  # the agency before an update
    ],
)
def test_publication_times_with_a_slash_are_read(write, stamp, published):
    article = load_article(write("page.txt", f"Council backs new bus depot\n\n{stamp}\n\n{STORY}\n"))
    assert article.published == published and article.time_known
    assert body(article) == [STORY]


def test_a_us_local_page_with_a_small_by_its_posted_and_updated_lines(write):
    path = write(
        "local.txt",
        "Council backs new bus depot\n\nby: Dana Whitcomb\nPosted: Mar 3, 2026 / 04:05 PM CST\n"
        f"Updated: Mar 3, 2026 / 07:30 PM CST\n\n{STORY}\n",
    )
    article = load_article(path)
    assert article.byline == "by: Dana Whitcomb"
    assert (article.published, article.updated) == (datetime(2026, 3, 3, 16, 5), datetime(2026, 3, 3, 19, 30))
    assert body(article) == [STORY]


@pytest.mark.parametrize(
    "head, byline",
    [
        ("By: Rosario T. Mendoza - @metrodesk", "By: Rosario T. Mendoza"),
        ("ABC Local / By Priya Raman", "ABC Local / By Priya Raman"),
        ("Special Correspondent\nMYSURU", "Special Correspondent, MYSURU"),
        ("Express News Service", "Express News Service"),
    ],
)
def test_bylines_of_other_countries_sites_are_no_paragraph(write, head, byline):
    article = load_article(write("page.txt", f"Council backs new bus depot\n\n{head}\n\nMarch 3, 2026\n\n{STORY}\n"))
    assert article.byline == byline
    assert body(article) == [STORY]


def test_the_outlet_and_the_writer_on_two_lines_above_the_time(write):
    head = "Council backs new bus depot\n\nCape Daily\nThandiwe Mbeki\nPublished 3 Mar 2026"
    path = write("za.txt", f"{head}\n\n{STORY}\n")
    article = load_article(path)
    assert article.byline == "Thandiwe Mbeki"
    assert article.published == datetime(2026, 3, 3)
    assert body(article) == [STORY]


@pytest.mark.parametrize(
    "end",
    [
        "Posted 3 Mar 2026, updated 3 Mar 2026",
        "- Cape Daily",
        "With a report from Metro Research",
        "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
        "This report by The Canadian Press was first published March 3, 2026.",
        "Also Read | Depot plan faces court challenge",
        "Lifeline 13 11 14; Kids Helpline 1800 55 1800.",
        "AAP",
    ],
)
def test_end_matter_of_syndicated_and_regional_pages_is_no_paragraph(write, end):
    article = load_article(write("page.txt", f"Council backs new bus depot\n\nMarch 3, 2026\n\n{STORY}\n\n{end}\n"))
    assert body(article) == [STORY]


@pytest.mark.parametrize(
    "text, rest",
    [
        ("PATNA, Mar 3 (PTI) The state cabinet on Tuesday", "The state cabinet on Tuesday"),
        ("Pune, Mar 3 (IANS) A leopard was", "A leopard was"),
        ("Chennai [India], Mar 3 (ANI): Police said", "Police said"),
        ("ABUJA, Mar 3 (NAN) The Senate", "The Senate"),
    ],
)
def test_indian_and_african_agency_datelines_without_a_dash(text, rest):
    assert text[dateline_end(text) :] == rest


def test_a_bracket_after_capitals_is_no_dateline_without_an_agency():
    assert dateline_end("NATO (the alliance) Secretary General Mark Rutte said") == 0


def test_an_update_line_that_says_when_the_story_first_went_up(write):
    """An Australian paper's "Updated …, first published at 6.42pm" gives both times; it reads as no dateline."""
    head = "Council backs new bus depot\n\nBy Lena Okoro\nUpdated March 3, 2026 — 8.10pm, first published at 6.42pm"
    article = load_article(write("au.txt", f"{head}\n\n{STORY}\n"))
    assert article.byline == "By Lena Okoro"
    assert (article.published, article.updated) == (datetime(2026, 3, 3, 18, 42), datetime(2026, 3, 3, 20, 10))
    assert body(article) == [STORY]
