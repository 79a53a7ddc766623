"""Pages pasted from news sites of Singapore, Uganda, Tanzania, Sri Lanka, Malta, Trinidad, Fiji, Nepal, Canada,
Australia and India, a newsletter pasted from an e-mail and a press statement pasted from a PDF (newsframe.article):
the section's label over the headline, publication lines, bylines, captions, promotions, links and end matter, on
short invented pages."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import load_article


def body(article) -> list[str]:
    return [p.text for p in article.body]


HEAD = "Ferry capsizes off Lamu island, nine passengers missing"
STORY = "A passenger ferry capsized off Lamu island on Friday evening with 40 people on board, the coast guard said."
MORE = "Divers searched the channel through the night and rescued 31 passengers, officials said on Saturday."


@pytest.mark.parametrize("label", ["Nation", "KARNATAKA", "Hamilton", "ABC Central West", "News"])
def test_a_sections_label_alone_over_the_headline_is_no_headline(write, label):
    article = load_article(write("page.txt", f"{label}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"))
    assert article.title == HEAD
    assert body(article) == [STORY, MORE]


def test_an_outlets_name_over_the_menus_sections_and_the_headline(write):
    article = load_article(write("page.txt", f"Monitor\n\nNews\nNational\n\n{HEAD}\n\n{STORY}\n"))
    assert article.title == HEAD
    assert body(article) == [STORY]


def test_a_short_headline_over_a_standfirst_stays_the_headline(write):
    article = load_article(write("page.txt", f"Ferry capsizes\n\nNine missing after the boat overturned\n\n{STORY}\n"))
    assert article.title == "Ferry capsizes"


@pytest.mark.parametrize(
    "stamp, published, updated",
    [
        ("14 March 2026 09:15 am - 3 - 412", datetime(2026, 3, 14, 9, 15), None),
        ("Saturday, March 14, 2026 - 6:10 am", datetime(2026, 3, 14, 6, 10), None),
        ("Published at : March 14, 2026\nUpdated at : March 14, 2026 18:45", datetime(2026, 3, 14), None),
        (
            "CBC News · Posted: Mar 14, 2026 7:15 AM CST | Last Updated: 3 hours ago",
            datetime(2026, 3, 14, 7, 15),
            None,
        ),
    ],
)
def test_publication_lines_of_sri_lankan_fijian_nepali_and_canadian_sites(write, stamp, published, updated):
    article = load_article(write("page.txt", f"{HEAD}\n\nBy Ann Lee\n\n{stamp}\n\n{STORY}\n\n{MORE}\n"))
    assert article.published == published
    assert body(article) == [STORY, MORE]


def test_an_update_above_the_story_and_the_publication_time_below_it(write):
    text = (
        f"{HEAD}\n\nUpdated - March 14, 2026 10:28 pm IST - MYSURU\n\n{STORY}\n\n{MORE}\n\n"
        "Published - March 14, 2026 02:15 pm IST\n\nRead Comments\n"
    )
    article = load_article(write("page.txt", text))
    assert article.published == datetime(2026, 3, 14, 14, 15)
    assert article.updated == datetime(2026, 3, 14, 22, 28)
    assert body(article) == [STORY, MORE]


def test_a_standfirst_sentence_a_caption_and_a_name_above_the_time(write):
    text = (
        f"{HEAD}\n\nDivers could not reach the wreck on Friday night because of strong currents, officials say.\n\n"
        "The ferry jetty at Lamu. Post File Photo\n\nAnn Lee\nPublished at : March 14, 2026\n"
        f"Updated at : March 14, 2026 18:45\n\n{STORY}\n"
    )
    article = load_article(write("page.txt", text))
    assert article.published == datetime(2026, 3, 14)
    assert article.updated == datetime(2026, 3, 14, 18, 45)
    assert article.byline == "Ann Lee"
    assert body(article)[-1] == STORY
    assert len(body(article)) == 2


@pytest.mark.parametrize(
    "caption",
    [
        "Divers at the jetty in Lamu on March 13, 2026. PHOTO/ANN LEE",
        "Divers at the jetty in Lamu yesterday. PHOTO | ANN LEE",
        "In this file photo, a ferry leaves Lamu. - File photo by Tom Hill",
        "A ferry leaves the jetty at Lamu. Post File Photo",
        "A ferry leaves the jetty at Lamu. (Supplied: Lamu County)",
        "Divers at the jetty in Lamu on Saturday. | Photo Credit: Special Arrangement",
    ],
)
def test_captions_with_the_credits_of_regional_papers_are_no_paragraph(write, caption):
    article = load_article(write("page.txt", f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n"))
    assert body(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "clutter",
    [
        "Join ST's WhatsApp Channel and get the latest news and must-reads.",
        "Join our Telegram channel for breaking news.",
        "Comments - 0",
        "Add comment\nComments will be edited (grammar, spelling and slang) and authorized at the discretion of the "
        "editors.",
        "abc.net.au/news/lamu-ferry-capsizes/104612345",
        "Corrections and clarifications|Submit a news tip|Report error",
        "Read the full story →",
        "View this email in your browser",
        "Forwarded this email? Sign up here.",
        "You are receiving this email because you subscribed to The Coast Letter.\nUnsubscribe | Manage preferences "
        "| Privacy policy",
        "That's all for today. See you tomorrow.",
    ],
)
def test_promotions_comment_sections_addresses_and_a_newsletters_small_print_are_no_paragraph(write, clutter):
    article = load_article(write("page.txt", f"{HEAD}\n\n{STORY}\n\n{clutter}\n\n{MORE}\n"))
    assert body(article) == [STORY, MORE]


@pytest.mark.parametrize("label", ["Related", "Related Stories", "Recommended Stories"])
def test_several_links_on_lines_of_their_own_under_a_label(write, label):
    links = "Ferry operators told to carry more life jackets\nLamu jetty to be rebuilt next year"
    article = load_article(write("page.txt", f"{HEAD}\n\n{STORY}\n\n{label}\n\n{links}\n\n{MORE}\n"))
    assert body(article) == [STORY, MORE]


def test_a_live_pages_stamp_after_its_key_events_is_no_link():
    from newsframe.article import body_paragraphs

    blocks = ["Key events", "Ferry found", "2 min ago\n23.05 GMT", "Divers reach the ferry!", STORY]
    assert body_paragraphs(blocks) == ["Divers reach the ferry!", STORY]


def test_a_byline_pasted_with_no_blank_line_above_the_story(write):
    text = f"{HEAD}\n\nBy Ann Lee\nReporter\nLamu. {STORY}\n\n{MORE}\n"
    article = load_article(write("page.txt", text), date="2026-03-14")
    assert article.byline == "By Ann Lee, Reporter"
    assert body(article) == [STORY, MORE]  # "Lamu." is the dateline: Lamu is named again in the story


def test_a_writers_name_over_the_reading_time_above_the_time(write):
    text = f"{HEAD}\n\nAnn Lee\n3 min read\n\nSaturday, 14 March 2026, 11:41\nLast updated 13:05\n\n{STORY}\n"
    article = load_article(write("page.txt", text))
    assert article.byline == "Ann Lee"
    assert article.published == datetime(2026, 3, 14, 11, 41)
    assert body(article) == [STORY]


def test_a_newsletter_pasted_with_its_e_mails_header(write):
    text = (
        "From: The Coast Letter <news@coastletter.example>\nSent: Saturday, 14 March 2026 06:02\n"
        "To: reader@example.com\nSubject: Fwd: Coast Letter: Ferry capsizes off Lamu\n\n"
        "View this email in your browser\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = load_article(write("mail.txt", text))
    assert article.title == "Coast Letter: Ferry capsizes off Lamu"
    assert article.published == datetime(2026, 3, 14, 6, 2)
    assert body(article) == [STORY, MORE]


def test_a_press_statement_pasted_from_a_pdf(write):
    text = (
        "MINISTRY OF TRANSPORT\nREPUBLIC OF VELNA\n\nPRESS RELEASE\n\nFOR IMMEDIATE RELEASE\n14 March 2026\n\n"
        "MINISTRY ORDERS INQUIRY INTO\nLAMU FERRY ACCIDENT\n\n"
        "The Ministry of Transport has ordered an inquiry into the\ncapsizing of a passenger ferry off Lamu "
        "island on\nFriday evening.\n\nPage 1 of 2\n\n"
        f"{MORE}\n\n-ENDS-\n\nIssued by:\nPress Office\nTel: +999 21 440 100\n\nPage 2 of 2\n"
    )
    article = load_article(write("statement.txt", text))
    assert article.title == "MINISTRY ORDERS INQUIRY INTO LAMU FERRY ACCIDENT"
    assert article.byline == "MINISTRY OF TRANSPORT, REPUBLIC OF VELNA"
    assert article.published == datetime(2026, 3, 14)
    assert body(article) == [
        "The Ministry of Transport has ordered an inquiry into the capsizing of a passenger ferry off Lamu island on "
        "Friday evening.",
        MORE,
    ]


def test_a_speaker_written_with_a_description_or_a_short_form_is_heard():
    import pandas as pd

    from newsframe.speakers import unheard

    entities = pd.DataFrame(
        {
            "entity": ["Ann Lee-Khan", "Clayton Mifsud Bonnici", "Lamu Port Authority"],
            "entity_type": ["PERSON", "PERSON", "ORG"],
            "mentions": [1, 1, 2],
            "paragraphs": [1, 1, 2],
            "first_paragraph": [3, 1, 2],
        }
    )
    quotes = pd.DataFrame(
        {
            "paragraph": [3, 4, 5],
            "kind": ["reported", "direct", "reported"],
            "speaker": ["Opposition MP for Lamu, Ann Lee-Khan", "Mifsud Bonnici", "Port Authority officials"],
            "text": ["residents had gone without ferries", '"These were lies,"', "the jetty was safe"],
        }
    )
    assert unheard(entities, quotes)["entity"].tolist() == ["Lamu Port Authority"]


def test_a_one_word_name_at_the_end_of_another_speakers_name_is_not_heard():
    import pandas as pd

    from newsframe.speakers import unheard

    entities = pd.DataFrame(
        {"entity": ["House"], "entity_type": ["ORG"], "mentions": [2], "paragraphs": [2], "first_paragraph": [1]}
    )
    quotes = pd.DataFrame({"paragraph": [3], "kind": ["reported"], "speaker": ["White House"], "text": ["it is so"]})
    assert unheard(entities, quotes)["entity"].tolist() == ["House"]
