"""Reading an article (newsframe.article) pasted from a news page with Windows line endings and non-breaking
spaces: the times however the page prints them (a wire's "December 19, 2022 / 9:12 AM / Updated 2 hours ago", a
byline's "| Updated 3:45 PM EST, Mon December 19, 2022", "Dec. 19, 2022 Updated 4:30 p.m. ET"), and the page's
furniture that is no paragraph: share buttons named by network, a wire's caption credited "REUTERS/…", a credit in
square brackets, a dated correction and the label over a box of figures. A time naming no such day is one line of
error, not an undated article."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import ArticleError, load_article

NBSP = "\u00a0"
LEAD = (
    f"WASHINGTON{NBSP}— The Senate passed a $1.7 trillion spending bill on Thursday, sending it to the House days"
    " before a government shutdown deadline."
)
LAST = "The bill includes $45 billion in aid for Ukraine, Senate Majority Leader Chuck Schumer said on Wednesday."


def _page(*blocks: str) -> str:
    """A page pasted on Windows: blocks parted by blank lines, CRLF line endings."""
    return "\r\n\r\n".join(blocks).replace("\n", "\r\n").replace("\r\r\n", "\r\n") + "\r\n"


HEAD = "Senate passes spending bill ahead of shutdown deadline"


def test_a_wire_time_with_slashes_and_an_update_dates_the_story(write):
    text = _page(HEAD, "By Kevin Marsh and Jane Doe", "December 19, 2022 / 9:12 AM / Updated 2 hours ago", LEAD, LAST)
    article = load_article(write("reuters.txt", text))
    assert article.title == HEAD
    assert article.published == datetime(2022, 12, 19, 9, 12)
    assert article.time_known
    assert article.byline == "By Kevin Marsh and Jane Doe"
    assert [p.text for p in article.body] == [LEAD.replace(NBSP, " "), LAST]


def test_a_byline_with_a_long_update_time_after_a_bar_gives_both(write):
    text = _page(HEAD, f"By Kevin Marsh, Reuters | Updated 3:45{NBSP}PM EST, Mon December{NBSP}19, 2022", LEAD, LAST)
    article = load_article(write("byline_time.txt", text))
    assert article.byline == "By Kevin Marsh, Reuters"
    assert article.published == datetime(2022, 12, 19, 15, 45)
    assert article.updated == datetime(2022, 12, 19, 15, 45)
    assert len(article.body) == 2


def test_a_byline_before_a_dot_and_the_publication_time_is_kept(write):
    text = _page(HEAD, "By Kevin Marsh • Published 19 December 2022, 14:05 GMT", LEAD, LAST)
    article = load_article(write("byline_dot.txt", text))
    assert article.byline == "By Kevin Marsh"
    assert article.published == datetime(2022, 12, 19, 14, 5)


def test_an_update_clock_after_the_day_is_the_update_of_that_day(write):
    text = _page(HEAD, "By Kevin Marsh", f"Dec.{NBSP}19, 2022 Updated 4:30{NBSP}p.m. ET", LEAD, LAST)
    article = load_article(write("nyt.txt", text))
    assert article.published == datetime(2022, 12, 19)
    assert not article.time_known
    assert article.updated == datetime(2022, 12, 19, 16, 30)


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this article\nShare on Facebook\nShare on Twitter\nShare via Email",
        "FILE PHOTO: The U.S. Capitol in Washington, December 15, 2022. REUTERS/Kevin Lamarque/File Photo",
        f"[Photo:{NBSP}Reuters]",
        "CORRECTION (Dec. 20, 2022): A previous version of this article gave the wrong total.",
    ],
)
def test_page_furniture_between_paragraphs_is_no_paragraph(write, furniture):
    text = _page(HEAD, "By Kevin Marsh", "Updated 3:45 PM EST, Mon December 19, 2022", LEAD, furniture, LAST)
    article = load_article(write("furniture.txt", text))
    assert [p.text for p in article.body] == [LEAD.replace(NBSP, " "), LAST]
    assert article.published == datetime(2022, 12, 19, 15, 45)


def test_the_label_over_a_box_of_figures_is_no_paragraph_but_its_items_are(write):
    text = _page(
        "Hospital waiting lists hit record 7.2 million in England",
        "By Tom Ellis",
        "Mon 19 Dec 2022 14.05 GMT",
        "The number of people waiting for routine hospital treatment in England has reached a record 7.2 million,"
        " NHS figures show.",
        "In numbers:",
        "• 7.2 million on waiting lists\n• 410,983 waiting more than a year",
        "Health Secretary Steve Barclay said the government was investing record amounts to cut waits.",
    )
    article = load_article(write("numbers.txt", text))
    assert [p.text for p in article.body][1:3] == ["7.2 million on waiting lists", "410,983 waiting more than a year"]
    assert len(article.body) == 4
    assert article.published == datetime(2022, 12, 19, 14, 5)


def test_a_time_naming_no_such_day_is_one_line_of_error(write):
    text = _page(HEAD, "By Kevin Marsh", "Published 31 February 2022, 14:05 GMT", LEAD, LAST)
    path = write("typo.txt", text)
    with pytest.raises(ArticleError) as error:
        load_article(path)
    message = str(error.value)
    assert "typo.txt" in message and "31 February 2022" in message and "\n" not in message
    # given the date, the article is read
    article = load_article(path, "2022-12-19")
    assert article.published == datetime(2022, 12, 19)
    assert len(article.body) == 2


@pytest.mark.parametrize(
    "stamp, published",
    [
        ("Monday 19 December 2022 14:05, UK", datetime(2022, 12, 19, 14, 5)),
        ("December 19, 20229:12 AM ET", datetime(2022, 12, 19, 9, 12)),
        ("Updated on: December 19, 2022 / 9:12 AM EST / CBS News", datetime(2022, 12, 19, 9, 12)),
        ("Mon 19 Dec 2022 // 14:05 UTC", datetime(2022, 12, 19, 14, 5)),
    ],
)
def test_time_lines_with_a_country_an_outlet_two_slashes_or_a_glued_clock_date_the_story(write, stamp, published):
    text = _page(HEAD, "By Kevin Marsh", stamp, LEAD, LAST)
    article = load_article(write("stamp.txt", text))
    assert article.published == published
    assert article.time_known
    assert article.byline == "By Kevin Marsh"
    assert [p.text for p in article.body] == [LEAD.replace(NBSP, " "), LAST]


@pytest.mark.parametrize(
    "caption",
    [
        "Senate Majority Leader Chuck Schumer (D-N.Y.) speaks to reporters. Kevin Dietsch/Getty Images",
        "Senate Majority Leader Chuck Schumer speaks to reporters on Thursday.\nKevin Dietsch/Getty Images",
        "Senator Patrick Leahy at the Capitol.Credit...Haiyun Jiang for The New York Times",
        # NPR: the caption and credit over "hide caption", then "toggle caption" over the credit again
        "Enlarge this image\n\nProtesters gather outside the Capitol on Thursday.\nScott Olson/Getty Images\n"
        "hide caption\n\ntoggle caption\nScott Olson/Getty Images",
    ],
)
def test_a_caption_ending_in_its_photographers_credit_is_no_paragraph(write, caption):
    text = _page(HEAD, "By Kevin Marsh", "Updated 3:45 PM EST, Mon December 19, 2022", LEAD, caption, LAST)
    article = load_article(write("caption.txt", text))
    assert [p.text for p in article.body] == [LEAD.replace(NBSP, " "), LAST]
