"""News pasted from web pages and wires (newsframe.article): the headline, byline and publication time wherever
the page prints them, and the page's clutter (share bars, live stamps, links, captions, end matter) no paragraph of
the story, on short invented pages."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import dateline_end, load_article


def body(article) -> list[str]:
    return [p.text for p in article.body]


def test_a_byline_with_a_clock_first_publication_line_below_it_in_the_same_block(write):
    path = write(
        "mail.txt",
        "COUNCIL SELLS OLD LIBRARY TO DEVELOPER FOR £2M\n\n"
        "By Nina Carver, Local Democracy Reporter\n"
        "Published: 09:12 BST, 3 June 2023 | Updated: 11:40 BST, 3 June 2023\n\n"
        "e-mail\nView comments\n\n"
        "Harlow council has sold the town's old library to a developer for £2 million, it said on Friday.\n\n"
        "The building has stood empty since 2019.\n",
    )
    article = load_article(path)
    assert article.byline == "By Nina Carver, Local Democracy Reporter"
    assert article.published == datetime(2023, 6, 3, 9, 12) and article.time_known
    assert article.updated == datetime(2023, 6, 3, 11, 40)
    assert body(article) == [
        "Harlow council has sold the town's old library to a developer for £2 million, it said on Friday.",
        "The building has stood empty since 2019.",
    ]


def test_a_wire_page_with_an_updated_stamp_a_share_bar_and_its_end_matter(write):
    path = write(
        "wire.txt",
        "Ferry runs aground off Norwegian coast, all passengers safe\n\n"
        "By ANN LEE and TOM HILL\nUpdated 4:05 PM EDT, June 3, 2023\n\n"
        "Share\nCopy Link copied\nEmail\nFacebook\nX\nReddit\nPrint\n\n"
        "BERGEN, Norway (AP) — A ferry with 90 people on board ran aground on Saturday, the coast guard said.\n\n"
        "Share prices of the operator fell 4%.\n\n"
        "___\n\n"
        "Associated Press writer Lars Dahl in Oslo contributed to this report.\n\n"
        "— With files from Reuters\n",
    )
    article = load_article(path)
    assert article.byline == "By ANN LEE and TOM HILL"
    assert article.published == datetime(2023, 6, 3, 16, 5) and article.time_known
    assert body(article) == [
        "BERGEN, Norway (AP) — A ferry with 90 people on board ran aground on Saturday, the coast guard said.",
        "Share prices of the operator fell 4%.",
    ]


def test_a_reuters_page_leaves_its_reporting_credits_and_standards_out(write):
    path = write(
        "reuters.txt",
        "Brewer cuts outlook as summer sales disappoint\n\n"
        "By Ann Lee\n\n"
        "June 3, 2023 9:12 AM GMT\nUpdated 2 hours ago\n\n"
        "AMSTERDAM, June 3 (Reuters) - Dutch brewer Valkbier cut its full-year outlook on Saturday.\n\n"
        "Reporting by Ann Lee in Amsterdam; Additional reporting by Tom Hill; Editing by Sara Bird\n\n"
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n\n"
        "Share\nX\nFacebook\nLinkedin\nEmail\nLink\nPurchase Licensing Rights\n",
    )
    article = load_article(path)
    assert article.published == datetime(2023, 6, 3, 9, 12)
    lead = "AMSTERDAM, June 3 (Reuters) - Dutch brewer Valkbier cut its full-year outlook on Saturday."
    assert body(article) == [lead]


def test_a_machine_translated_agency_story_with_a_numeric_date_its_dateline_and_copyright(write):
    path = write(
        "dpa.txt",
        "Storm over Hamburg: Port closes for hours\n\n"
        "03.06.2023, 09:12 Uhr\n\n"
        "Hamburg (dpa) - The port of Hamburg has closed on Saturday because of the storm. "
        "„The ships stay at anchor“, said a spokeswoman.\n\n"
        "© dpa-infocom, dpa:230603-99-123456/2\n",
    )
    article = load_article(path)
    assert article.published == datetime(2023, 6, 3, 9, 12) and article.time_known
    assert len(article.body) == 1
    text = article.body[0].text
    assert text[dateline_end(text) :].startswith("The port of Hamburg")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("MOSCOW, June 3. /TASS/. The crew landed safely.", "The crew landed safely."),
        ("Frankfurt/Main (dpa/lhe) – Prices rose.", "Prices rose."),
        ("Helsinki (STT) – The vote is on Sunday.", "The vote is on Sunday."),
        ("(Reuters) - The bank cut rates.", "The bank cut rates."),
        ("Apple (AAPL) - shares fell on Monday.", "Apple (AAPL) - shares fell on Monday."),
    ],
)
def test_agency_datelines_of_other_countries_end_where_the_story_begins(text, rest):
    assert text[dateline_end(text) :] == rest


def test_a_guardian_style_page_byline_without_by_times_newsletter_and_amendment(write):
    path = write(
        "guardian.txt",
        "Analysis | Bus fares are rising again – and rural routes are vanishing\n\n"
        "Operators say costs have doubled since the pandemic\n\n"
        "Tom Hill Transport correspondent\n"
        "Sat 3 Jun 2023 09.12 BST\n"
        "Last modified on Sat 3 Jun 2023 11.40 BST\n\n"
        "Bus fares in England will rise by 8% in July, operators said on Friday.\n\n"
        "Sign up to Transport Weekly\nFree weekly newsletter\n"
        "Privacy Notice: Newsletters may contain info about charities and online ads.\n"
        "after newsletter promotion\n\n"
        "The Department for Transport said it would review the cap.\n\n"
        "This article was amended on 3 June 2023. An earlier version gave the rise as 6%.\n",
    )
    article = load_article(path)
    assert article.title == "Bus fares are rising again – and rural routes are vanishing"
    assert article.byline == "Tom Hill Transport correspondent"
    assert article.published == datetime(2023, 6, 3, 9, 12)
    assert article.updated == datetime(2023, 6, 3, 11, 40)
    assert body(article) == [
        "Operators say costs have doubled since the pandemic",
        "Bus fares in England will rise by 8% in July, operators said on Friday.",
        "The Department for Transport said it would review the cap.",
    ]


def test_a_live_page_loses_its_stamps_entry_titles_captions_and_topics(write):
    path = write(
        "live.txt",
        "date 2023-06-03 Heatwave live: temperatures pass 35C\n\n"
        "Posted at 16:40 BST\n\n"
        "Key points\n\n"
        "Hottest June day on record in Wales\n\n"
        "16:40 BST\nRail lines close as tracks buckle\n\n"
        "Network Rail closed two lines in Kent after tracks buckled in the heat.\n\n"
        "Image source, PA Media\n\n"
        "Image caption, Commuters wait at Ashford station\n\n"
        "15:55 BST\n\n"
        "'Drink water and stay inside', says health chief\n\n"
        '"Check on elderly neighbours," said Dr Ann Lee of the health agency.\n\n'
        "Related Topics\nHeatwaves\nWeather\n",
    )
    article = load_article(path)
    assert article.published == datetime(2023, 6, 3, 16, 40) and article.time_known
    assert body(article) == [
        "Hottest June day on record in Wales",
        "Network Rail closed two lines in Kent after tracks buckled in the heat.",
        '"Check on elderly neighbours," said Dr Ann Lee of the health agency.',
    ]


def test_links_to_other_stories_tags_and_a_correction_are_no_paragraphs(write):
    path = write(
        "links.txt",
        "date 2023-06-03 Reindeer herders count losses after hard winter\n\n"
        "Herders in Lapland lost a fifth of their calves this winter, their association said on Saturday.\n\n"
        "Read also\n\n"
        "Wolves return to eastern forests after fifty years\n\n"
        "Read also: Snow came late to the fells this year\n\n"
        "Correction officers at the prison said: the fence was repaired.\n\n"
        "Tags: Lapland, reindeer\n\n"
        "Correction 3.6. at 11:20: The story said earlier that the association met in Inari.\n\n"
        "Editor's note: This story was first published on 2 June.\n",
    )
    assert body(load_article(path)) == [
        "Herders in Lapland lost a fifth of their calves this winter, their association said on Saturday.",
        "Correction officers at the prison said: the fence was repaired.",
    ]


def test_a_post_pasted_as_text_keeps_its_words_not_its_link_or_signature(write):
    path = write(
        "post.txt",
        "date 2023-06-03 Police appeal after bike thefts\n\n"
        "Police have appealed for witnesses after six bikes were stolen in Bath.\n\n"
        "Do you recognise this man? Call 101 quoting 4523. pic.twitter.com/Ab12Cd34Ef\n\n"
        "— Avon Police (@AvonPolice) June 2, 2023\n\n"
        "Anyone with information is asked to call 101.\n",
    )
    assert body(load_article(path)) == [
        "Police have appealed for witnesses after six bikes were stolen in Bath.",
        "Do you recognise this man? Call 101 quoting 4523.",
        "Anyone with information is asked to call 101.",
    ]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("EXCLUSIVE: Club set to sack manager", "Club set to sack manager"),
        ("Opinion | Why the bypass is a bad idea", "Why the bypass is a bad idea"),
        ("Polls close in Spain | World | The Daily Record", "Polls close in Spain"),
        ("Review: A cold, clever Hamlet", "Review: A cold, clever Hamlet"),
        ("Putin: Talks with Kyiv are possible", "Putin: Talks with Kyiv are possible"),
    ],
)
def test_a_headlines_kicker_and_site_name_are_not_the_headline(write, title, headline):
    path = write("kicker.txt", f"{title}\n\nThe story's first paragraph says what happened on Monday.\n")
    assert load_article(path).title == headline


def test_a_byline_giving_the_time_dates_the_article_and_keeps_only_who_wrote_it(write):
    path = write(
        "byline.txt",
        "date 2023-06-03 MPs reject bypass plan\n\n"
        "By Ann Lee | Political Reporter | 3 June 2023 18:32\n\n"
        "MPs rejected the bypass plan on Saturday by 212 votes to 190.\n",
    )
    article = load_article(path)
    assert article.byline == "By Ann Lee | Political Reporter"
    assert article.published == datetime(2023, 6, 3, 18, 32) and article.time_known


def test_a_page_that_gives_only_its_update_time_is_dated_by_it(write):
    path = write(
        "updated.txt",
        "Recall: what we know\n\nUpdated 3 June 2023, 16:40\n\nBy Ann Lee, Consumer Editor\n\n"
        "A supermarket has recalled a batch of baby food on Saturday.\n",
    )
    article = load_article(path)
    assert article.published == datetime(2023, 6, 3, 16, 40) and article.byline == "By Ann Lee, Consumer Editor"
    assert body(article) == ["A supermarket has recalled a batch of baby food on Saturday."]


def test_a_transcripts_speaker_labels_in_capitals_read_as_names(write):
    path = write(
        "hansard.txt",
        "date 2023-06-03 Minister questioned on river pollution\n\n"
        "Environment minister Ann Lee answered questions in the Commons on Tuesday.\n\n"
        "TOM HILL (Labour, Stroud): How many bosses have been fined?\n\n"
        "ANN LEE: The fines are now unlimited.\n\n"
        "NATO: The alliance met on Monday.\n\n"
        'Mr Hill said later: "She had no answer."\n\n'
        "HILL: We will keep asking.\n",
    )
    assert body(load_article(path))[1:] == [
        "Tom Hill (Labour, Stroud): How many bosses have been fined?",
        "Ann Lee: The fines are now unlimited.",
        "NATO: The alliance met on Monday.",
        'Mr Hill said later: "She had no answer."',
        "Hill: We will keep asking.",
    ]


def test_a_feature_page_loses_its_picture_credit_caption_reading_time_and_footnotes(write):
    path = write(
        "feature.txt",
        "Why the lakes froze late this year\n\n"
        "By Ann Lee\nBBC News, Tampere\n\n"
        "3 June 2023\n\n"
        "Share\nSave\n\n"
        "Getty Images\n\n"
        "Skaters waited until January for safe ice\n\n"
        "The lakes of southern Finland froze six weeks later than usual last winter, the weather institute said.[1]\n\n"
        "4 min read\n\n"
        "Ice fishers on Lake Näsijärvi in January (AP Photo/Jon Berg)\n\n"
        '"The season is getting shorter every decade," said Dr Tom Hill.[2]\n\n'
        "[1] Finnish Meteorological Institute, ice statistics, 2023.\n"
        "[2] Interview, 2 June 2023.\n",
    )
    article = load_article(path)
    assert article.byline == "By Ann Lee, BBC News, Tampere"
    assert article.published == datetime(2023, 6, 3)
    assert body(article) == [
        "The lakes of southern Finland froze six weeks later than usual last winter, the weather institute said.",
        '"The season is getting shorter every decade," said Dr Tom Hill.',
    ]


def test_a_live_pages_first_publication_time_its_byline_key_events_and_stacked_stamps(write):
    path = write(
        "live.txt",
        "Cup final: Rovers beat City on penalties – as it happened\n\n"
        "Ann Lee\nSat 3 Jun 2023 19.05 BST\nFirst published on Sat 3 Jun 2023 16.30 BST\n\n"
        "Key events\n\nRovers win on penalties\n\nCity go ahead\n\n"
        "2 min ago\n19.05 BST\n\n"
        "Rovers win the shoot-out 4-3 after a 1-1 draw.\n",
    )
    article = load_article(path)
    assert article.byline == "Ann Lee"
    assert (article.published, article.updated) == (datetime(2023, 6, 3, 16, 30), datetime(2023, 6, 3, 19, 5))
    assert body(article) == ["Rovers win the shoot-out 4-3 after a 1-1 draw."]


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("12:41 GMT, 3 June 2023", datetime(2023, 6, 3, 12, 41)),
        ("Updated 10:02 AM EDT, Sat June 3, 2023", datetime(2023, 6, 3, 10, 2)),
        ("03.06.2023, 14.05 Uhr", datetime(2023, 6, 3, 14, 5)),
        ("3.6.2023 klo 14.05", datetime(2023, 6, 3, 14, 5)),
        ("3 June 2023 • 14:05", datetime(2023, 6, 3, 14, 5)),
        ("Published: June 3, 2023 | 2:05 PM EDT", datetime(2023, 6, 3, 14, 5)),
    ],
)
def test_publication_times_as_pages_print_them(write, stamp, published):
    path = write("stamp.txt", f"Port reopens after storm\n\n{stamp}\n\nThe port reopened on Saturday morning.\n")
    article = load_article(path)
    assert article.published == published and article.time_known
    assert body(article) == ["The port reopened on Saturday morning."]


def test_a_parliaments_record_with_the_party_in_brackets_gives_each_answer_its_speaker():
    from test_quotes import table

    found = table(
        "date 2023-06-03 Minister questioned on river pollution\n\n"
        "Environment minister Ann Lee answered questions in the Commons on Tuesday.\n\n"
        "TOM HILL (Labour, Stroud): How many water company bosses have been fined this year?\n\n"
        "ANN LEE: The fines are now unlimited, and we have doubled the inspectors.\n\n"
        "TOM HILL (Labour, Stroud): Unlimited fines that nobody pays.\n"
    )
    said = found[found["cue"] == ":"]
    assert said["speaker"].tolist() == ["Tom Hill", "Ann Lee", "Tom Hill"]
    assert said["text"].tolist()[1] == "The fines are now unlimited, and we have doubled the inspectors."


def test_an_interviews_credit_is_no_paragraph(write):
    path = write(
        "credit.txt",
        "date 2023-06-03 'The ice is our calendar': a fisherman on the late winter\n\n"
        "Jon Berg has fished Lake Inari for forty years.\n\n"
        '"The ice came in January this year," he said.\n\n'
        "Jon Berg was speaking to Ann Lee.\n\n"
        "Text: Ann Lee\n",
    )
    assert len(load_article(path).body) == 2


def test_story_paragraphs_that_open_like_a_pages_clutter_are_kept(write):
    story = [
        "Research by Oxford University shows a fall in river fish.",
        "Copyright lawyers said the case was weak.",
        "This report said unemployment would rise.",
        "Do you have information about the attack? Call police on 101.",
        "Most watched the final from the stands.",
        "The minister was speaking to reporters when the shots rang out.",
        "Share prices fell 4%.",
        "Picture, if you will, a town without a bank.",
    ]
    path = write("story.txt", "date 2023-06-03 Ordinary day\n\n" + "\n\n".join(story) + "\n")
    assert body(load_article(path)) == story


def test_a_json_lines_record_without_a_date_takes_the_time_its_pasted_text_gives():
    from newsframe.article import article_from_record

    record = {
        "id": "p1",
        "title": "Port reopens",
        "text": "By Ann Lee\n\n12:41 GMT, 3 June 2023\n\nThe port reopened on Saturday.\n\nShare\nFacebook\nX",
    }
    article = article_from_record(record, "pages.jsonl:1", "pages-1")
    assert article.published == datetime(2023, 6, 3, 12, 41) and article.time_known
    assert article.byline == "By Ann Lee" and body(article) == ["The port reopened on Saturday."]


def test_a_business_page_loses_its_audio_button_write_to_print_edition_and_the_writers_note(write):
    path = write(
        "business.txt",
        "Brewer Halts Plant Expansion\n\n"
        "Listen to this article · 3:10 min\n\n"
        "Gift this article\n\n"
        "By Ann Lee and Tom Hill\nJune 3, 2023 5:45 am ET\n\n"
        "Valkbier said Saturday it would halt the expansion of its plant in Leeds.\n\n"
        '"Costs have doubled," Chief Executive Sara Bird said.\n\n'
        "Write to Ann Lee at ann.lee@example.com\n\n"
        "Appeared in the June 4, 2023, print edition as 'Brewer Halts Expansion'.\n\n"
        "Ann Lee is a reporter covering brewing for the paper in London.\n",
    )
    article = load_article(path)
    assert article.published == datetime(2023, 6, 3, 5, 45)
    assert body(article) == [
        "Valkbier said Saturday it would halt the expansion of its plant in Leeds.",
        '"Costs have doubled," Chief Executive Sara Bird said.',
    ]


def test_a_syndicated_story_by_line_without_its_age_and_a_related_video_link(write):
    path = write(
        "msn.txt",
        "Heat alert for the south\n\n"
        "Story by Ann Lee • 2h\n\n"
        "© Provided by The Daily Record\n\n"
        "An amber heat alert was issued for the south on Saturday.\n\n"
        "Related video: Britain braces for hot weekend (Sky News)\n\n"
        "Thunderstorms are possible on Tuesday.\n\n"
        "Continue reading\n",
    )
    article = load_article(path)
    assert article.byline == "Story by Ann Lee"
    assert body(article) == [
        "An amber heat alert was issued for the south on Saturday.",
        "Thunderstorms are possible on Tuesday.",
    ]


def test_a_note_about_someone_else_at_the_end_is_kept(write):
    path = write(
        "note.txt",
        "date 2023-06-03 Festival opens\n\nBy Ann Lee\n\nThe festival opened on Saturday.\n\n"
        "Tom Hill is a reporter who covered the first festival in 1970.\n",
    )
    assert len(load_article(path).body) == 2


def test_a_chronologys_date_headings_are_no_publication_time(write):
    path = write(
        "chronology.txt",
        "How the bank collapsed\n\nA timeline.\n\nMarch 8, 2023\n\nThe bank announced a loss.\n\n"
        "March 10, 2023\n\nRegulators closed the bank.\n",
    )
    article = load_article(path)
    assert article.published is None
    assert body(article)[:3] == ["A timeline.", "March 8, 2023", "The bank announced a loss."]


def test_clutter_between_the_lines_of_a_paragraph_pasted_without_blank_lines_and_a_broadcasters_dateline(write):
    path = write(
        "cnn.txt",
        "date 2023-06-03 Ferry strike ends\n\n"
        "London CNN — The ferry strike ended on Saturday, the union said.\n"
        "ADVERTISEMENT\n"
        "Services resume on Monday.\n\n"
        "Share full article\n\n"
        "Open image in gallery\n\n"
        "Passengers were told to check times online.\n",
    )
    paragraphs = body(load_article(path))
    assert paragraphs == [
        "London CNN — The ferry strike ended on Saturday, the union said. Services resume on Monday.",
        "Passengers were told to check times online.",
    ]
    assert paragraphs[0][dateline_end(paragraphs[0]) :].startswith("The ferry strike")


def test_a_page_pasted_with_its_menu_age_byline_on_two_lines_and_links_that_ask(write):
    path = write(
        "menu.txt",
        "Skip to content\nMenu\nSearch\nSign in\n\n"
        "News\nSport\nBusiness\nWeather\n\n"
        "Bus fares to rise by 5% in April, council confirms\n\n"
        "2 hours ago\n\n"
        "Share\nSave\n\n"
        "Ann Lee\nTransport correspondent\n\n"
        "Bus fares in Leeds will rise by 5% from 1 April, the council has confirmed.\n\n"
        "The rise applies to day tickets.\n\n"
        "More on this story\n\n"
        "Bus strikes: which routes are affected?\n\n"
        "Tram line to open in May\n",
    )
    article = load_article(path)
    assert article.title == "Bus fares to rise by 5% in April, council confirms"
    assert article.byline == "Ann Lee, Transport correspondent"
    assert body(article) == [
        "Bus fares in Leeds will rise by 5% from 1 April, the council has confirmed.",
        "The rise applies to day tickets.",
    ]


def test_a_picture_credit_and_caption_above_the_story_in_one_block_leave_the_story(write):
    path = write(
        "credit.txt",
        "date 2023-06-03 Lakes freeze late\n\n"
        "The lakes froze six weeks late, the weather institute said on Saturday.\n\n"
        "Reuters\nSkaters on Lake Inari in January\nIce fishers said the season was the shortest they remember.\n",
    )
    assert body(load_article(path)) == [
        "The lakes froze six weeks late, the weather institute said on Saturday.",
        "Ice fishers said the season was the shortest they remember.",
    ]
