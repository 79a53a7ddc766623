"""Pages pasted from news sites of Pakistan, Bangladesh, Ghana, Jamaica, Malaysia, New Zealand, Scotland, Wales, Hong
Kong, Israel and US local sites, and press releases (newsframe.article): their times, bylines, captions, links,
headings and end matter, on short invented pages."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import load_article, speaker_labels


def body(article) -> list[str]:
    return [p.text for p in article.body]


HEAD = "Council backs new ferry terminal"
STORY = "The district council approved the new ferry terminal on Tuesday after a debate of two hours, officials said."
MORE = "Work on the terminal is due to begin in the spring and should take about three years, the council said."


@pytest.mark.parametrize(
    "stamp, published, updated",
    [
        ("Published March 3, 2026 Updated about 5 hours ago", datetime(2026, 3, 3), None),
        (
            "Tue Mar 3, 2026 08:40 PM Last update on: Tue Mar 3, 2026 09:15 PM",
            datetime(2026, 3, 3, 20, 40),
            datetime(2026, 3, 3, 21, 15),
        ),
        ("Mar - 3 - 2026 , 16:05", datetime(2026, 3, 3, 16, 5), None),
        ("Published: Tuesday | March 3, 2026 | 12:05 AM", datetime(2026, 3, 3, 0, 5), None),
        ("16:05, 3 Mar 2026Updated 18:30, 3 Mar 2026", datetime(2026, 3, 3, 16, 5), datetime(2026, 3, 3, 18, 30)),
    ],
)
def test_publication_lines_of_south_asian_african_caribbean_and_welsh_sites(write, stamp, published, updated):
    article = load_article(write("page.txt", f"{HEAD}\n\n{stamp}\n\n{STORY}\n"))
    assert article.published == published
    assert article.updated == updated
    assert body(article) == [STORY]


def test_an_update_line_alone_is_no_update_after_itself(write):
    article = load_article(write("ie.txt", f"{HEAD}\n\nUpdated / Tuesday, 3 Mar 2026 16:05\n\n{STORY}\n"))
    assert (article.published, article.updated) == (datetime(2026, 3, 3, 16, 5), None)


@pytest.mark.parametrize(
    "head, byline",
    [
        ("Amna Qureshi | Bilal Ahmed\nPublished March 3, 2026", "Amna Qureshi | Bilal Ahmed"),
        ("Star Online Report\nTue Mar 3, 2026 08:40 PM", "Star Online Report"),
        ("Author: Kwame Mensah\nMar - 3 - 2026 , 16:05", "Author: Kwame Mensah"),
        (
            "Published: Tuesday | March 3, 2026 | 12:05 AM\nDelroy Campbell/Staff Reporter",
            "Delroy Campbell/Staff Reporter",
        ),
        ("Aroha Tane, Political Reporter\n@arohatane\n4:05 pm on 3 March 2026", "Aroha Tane, Political Reporter"),
        (
            "Published\n3 March 2026, 16:05 GMT\n\nShare\nSave\n\nFiona Baird\nBBC Scotland News",
            "Fiona Baird, BBC Scotland News",
        ),
        ("By Noa Levi Follow\nand Amir Katz Follow\n3 March 2026, 4:05 pm", "By Noa Levi and Amir Katz"),
        ("NEWS PROVIDED BY\nHarbourline Ferries, Inc.\nMar 03, 2026, 16:05 ET", "Harbourline Ferries, Inc."),
    ],
)
def test_bylines_of_regional_sites_are_no_paragraph(write, head, byline):
    article = load_article(write("page.txt", f"{HEAD}\n\n{head}\n\n{STORY}\n"))
    assert article.byline == byline
    assert article.published.date() == datetime(2026, 3, 3).date()
    assert body(article) == [STORY]


def test_a_date_and_its_clock_on_two_lines(write):
    article = load_article(
        write("my.txt", f"{HEAD}\n\nBy LIM WEI\nMetro\nTuesday, 3 Mar 2026\n8:05 AM MYT\n\n{STORY}\n")
    )
    assert (article.published, article.time_known) == (datetime(2026, 3, 3, 8, 5), True)
    assert body(article) == [STORY]


def test_a_standfirst_sentence_above_the_byline_and_the_time(write):
    """A US local site prints the standfirst, a sentence, above the writer and the times: they are no paragraphs."""
    standfirst = "Residents say the ferry will bring traffic to a quiet part of the harbour front."
    page = (
        f"{HEAD}\n\n{standfirst}\n\nJoe Rizzo, Patch Staff\nPosted Tue, Mar 3, 2026 at 4:05 pm ET\n\nReply\n\n{STORY}\n"
    )
    article = load_article(write("patch.txt", page))
    assert article.byline == "Joe Rizzo, Patch Staff"
    assert article.published == datetime(2026, 3, 3, 16, 5)
    assert body(article) == [standfirst, STORY]


@pytest.mark.parametrize("label", ["Business", "LIVE UPDATES", "Across America, US"])
def test_a_label_on_the_line_above_the_headline(write, label):
    article = load_article(write("page.txt", f"{label}\n{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n"))
    assert article.title == HEAD
    assert body(article) == [STORY]


def test_a_trail_of_sections_above_the_headline(write):
    article = load_article(write("gh.txt", f"Home / News / Regional News\n\n{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n"))
    assert article.title == HEAD
    assert body(article) == [STORY]


@pytest.mark.parametrize(
    "caption",
    [
        "Passengers wait at the old jetty on Tuesday. — Photo by Imran Gul/White Star",
        "Passengers wait at the old jetty on Tuesday. (Ari Cohen/Flash90)",
        "Water floods the jetty road after the storm. (Courtesy of Dana Ruiz)",
        "Ferry chief Tan Wei Ming (centre) with guests at the launch in Penang.",
        "- File\nThe old jetty at Port Royal.",
        "Image source, Harbour Trust\nImage caption,\nThe old jetty was built in 1921",
    ],
)
def test_captions_of_regional_sites_are_no_paragraph(write, caption):
    article = load_article(write("page.txt", f"{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\n{caption}\n\n{MORE}\n"))
    assert body(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "end",
    [
        "Published in Dawn, March 4th, 2026",
        "The post Council backs new ferry terminal appeared first on The Chronicle.",
        "Copyright © 2026, Radio Harbour",
        "Writer's email: kwame.mensah@example.com",
        "delroy.campbell@example.com",
        "Tags / Keywords: ferry , council , harbour",
        "Found a mistake in this article? Report it to us.",
        "Don't miss a thing: sign up to our free newsletters",
        "Get more local news delivered straight to your inbox. Sign up for free newsletters and alerts.",
        "Media Contact:\nAnn Lee\npress@example.com",
        "SOURCE Harbourline Ferries, Inc.",
        "Related topic\nFerries in Bangladesh",
        "More Articles\n\nFerry fares to rise by 10 per cent\n\nHarbour tunnel closes for repairs",
        "More on this story\n\nFerry strike called off\nPublished\n4 days ago",
    ],
)
def test_end_matter_of_regional_sites_and_press_wires_is_no_paragraph(write, end):
    article = load_article(write("page.txt", f"{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\n{MORE}\n\n{end}\n"))
    assert body(article) == [STORY, MORE]


def test_a_share_bar_with_the_section_name(write):
    article = load_article(
        write("page.txt", f"{HEAD}\n\nBookmark\nShare\nComments\nNews\n\nMarch 3, 2026\n\n{STORY}\n")
    )
    assert body(article) == [STORY]


def test_a_press_release_heading_glued_to_its_paragraph(write):
    about = "Harbourline Ferries, Inc. runs eleven passenger ferries between the islands and the mainland."
    page = (
        f"{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\nAbout Harbourline Ferries\n{about}\n\nInvestor Call Details\n{MORE}\n"
    )
    assert body(load_article(write("pr.txt", page))) == [STORY, about, MORE]


def test_a_wrapped_paragraph_keeps_its_first_line(write):
    wrapped = (
        "The council said on Tuesday that the\nferry terminal would open in 2028 after work on the new harbour wall."
    )
    page = f"{HEAD}\n\nMarch 3, 2026\n\n{wrapped}\n"
    assert body(load_article(write("wrap.txt", page))) == [
        "The council said on Tuesday that the ferry terminal would open in 2028 after work on the new harbour wall."
    ]


def test_an_explainers_questions_are_subheadings(write):
    last = "The state pays two thirds of the cost and the council the rest."
    page = f"{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\nWhat happens next?\n\n{MORE}\n\nWho pays for it?\n\n{last}\n"
    assert body(load_article(write("explainer.txt", page))) == [STORY, MORE, last]


def test_an_interviews_questions_stay(write):
    """An interview's questions are the interviewer's words: its answers speak in the first person."""
    page = (
        f"{HEAD}\n\nMarch 3, 2026\n\nThe ferry captain Mere Walker retires this week after forty years.\n\n"
        "Why the sea?\n\nMy father had a boat, and I was on it before I could walk.\n\n"
        "What will you miss?\n\nThe mornings. I will miss the mornings on the water.\n"
    )
    assert "Why the sea?" in body(load_article(write("qa.txt", page)))


def test_a_colon_dateline_is_no_speaker_label():
    paragraphs = ["LAHORE: The ruling party held the seat in Lahore on Sunday.", "Turnout was low."]
    assert speaker_labels(paragraphs) == paragraphs


def test_a_standfirst_of_title_lines_is_as_many_paragraphs(write):
    head = (
        f"{HEAD}\n\nThe terminal, built at a cost of 40 million, opened to long queues on its first day\n"
        "Harbour chief Ann Lee says it will 'change how the islands travel'\n\nAnn Lee\n"
        "Published: 6:30pm, 3 Mar 2026"
    )
    article = load_article(write("hk.txt", f"{head}\n\n{STORY}\n"))
    assert body(article) == [
        "The terminal, built at a cost of 40 million, opened to long queues on its first day",
        "Harbour chief Ann Lee says it will 'change how the islands travel'",
        STORY,
    ]


def test_a_press_releases_forward_looking_statements_are_no_paragraph(write):
    notice = (
        "This press release contains forward-looking statements within the meaning of the Private Securities "
        "Litigation Reform Act of 1995, including statements regarding the timing of the new routes, the expected "
        "demand for them and the cost of the new vessels. Actual results may differ materially from those "
        "expressed or implied by such statements because of risks and uncertainties, including the weather, fuel "
        "prices and the approval of the port authority, and the company undertakes no duty to update them."
    )
    article = load_article(write("pr.txt", f"{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\n{MORE}\n\n{notice}\n"))
    assert body(article) == [STORY, MORE]
