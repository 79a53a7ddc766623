"""The article loader: the shipped format, plain text, and every kind of bad input."""

import re
from datetime import datetime

import pytest

from newsframe.article import ArticleError, count_words, dateline_end, load_article, safe_id


def test_shipped_article_headline_times_and_paragraphs(seed_article):
    assert seed_article.title.startswith("Russian President Vladimir Putin is visiting Belarus")
    assert seed_article.published == datetime(2022, 12, 19, 17, 51)
    assert seed_article.updated == datetime(2022, 12, 19, 18, 18)
    assert [p.number for p in seed_article.paragraphs] == list(range(0, 18))
    assert seed_article.paragraphs[1].text.startswith("Russian president Vladimir Putin arrived on Monday")
    assert seed_article.paragraphs[-1].text.endswith("in the country.")
    meta = seed_article.metadata()
    assert meta["published"] == "2022-12-19T17:51" and meta["updated"] == "2022-12-19T18:18"
    assert meta["paragraphs"] == 17 and meta["id"] == "000_3c2c9fd14757d351"


def test_publication_line_is_not_a_paragraph(seed_article):
    assert not any("17:51" in p.text for p in seed_article.paragraphs)


def test_paragraph_and_sentence_tables_agree(seed_analysis):
    paragraphs, sentences = seed_analysis.tables["paragraphs"], seed_analysis.tables["sentences"]
    assert list(paragraphs.columns) == ["paragraph", "text", "words", "sentences"]
    assert list(sentences.columns) == ["paragraph", "sentence", "start_char", "end_char", "text"]
    assert paragraphs.set_index("paragraph")["sentences"].to_dict() == sentences.groupby("paragraph").size().to_dict()
    texts = paragraphs.set_index("paragraph")["text"]
    for row in sentences.itertuples():
        assert texts[row.paragraph][row.start_char : row.end_char] == row.text
    # paragraph 2 has three sentences, numbered from 1
    assert sentences[sentences.paragraph == 2]["sentence"].tolist() == [1, 2, 3]


def test_curly_quotes_stay_as_written(seed_article):
    assert any("“difficult times”" in p.text for p in seed_article.paragraphs)


def test_plain_text_takes_the_date_from_the_caller(write):
    path = write("story.txt", "Storm hits coast\n\nA storm hit the coast on Tuesday.\n\nThousands lost power.\n")
    article = load_article(path, "2023-03-01")
    assert article.title == "Storm hits coast"
    assert article.published == datetime(2023, 3, 1)
    assert article.metadata()["published"] == "2023-03-01"
    assert [p.text for p in article.body] == ["A storm hit the coast on Tuesday.", "Thousands lost power."]


@pytest.mark.parametrize(
    ("lead", "published", "time_known"),
    [
        ("BERLIN, March 14, 2024 — Voltra said on Thursday it would cut jobs.", datetime(2024, 3, 14), False),
        ("LONDON (Reuters), 5 January 2023 - The bank said on Monday it had failed.", datetime(2023, 1, 5), False),
        ("NEW YORK, Tuesday, Sept. 3, 2019 -- Shares fell on Tuesday.", datetime(2019, 9, 3), False),
        ("2021-06-01: The mayor spoke on Monday.", datetime(2021, 6, 1), False),
    ],
)
def test_plain_text_without_a_date_takes_it_from_its_dateline(write, lead, published, time_known):
    article = load_article(write("wire.txt", f"Jobs cut\n\n{lead}\n\nUnions objected.\n"))
    assert (article.published, article.time_known) == (published, time_known)
    assert article.body[0].text == lead  # the dateline stays part of the text


@pytest.mark.parametrize(
    "headline", ['Flight diverted to Shannon, passengers "terrified"', "Storm hits coast.", "Is this the end?"]
)
def test_a_headline_ending_in_a_quotation_mark_or_above_the_publication_line_is_the_headline(write, headline):
    text = f"{headline}\n\nPublished: Tuesday 18 November 2025 14:10 GMT\n\nA flight was diverted on Monday.\n"
    article = load_article(write("flight.txt", text))
    assert (article.title, article.published) == (headline, datetime(2025, 11, 18, 14, 10))
    assert [p.text for p in article.body] == ["A flight was diverted on Monday."]


def test_an_updated_line_under_the_publication_line_is_no_paragraph(write):
    text = (
        "Storm hits coast\n\nPublished: 2024-03-14T09:30:00Z\nLast updated: 2024-03-14T11:05:00Z\n\n"
        "A storm hit the coast on Tuesday.\n"
    )
    article = load_article(write("updated.txt", text))
    assert article.published == datetime(2024, 3, 14, 9, 30)
    assert [p.text for p in article.body] == ["A storm hit the coast on Tuesday."]


def test_a_paragraph_that_is_only_the_date_dates_the_article_and_is_no_paragraph(write):
    text = "Storm hits coast\n\nPublished 14 March 2024, 9:30 pm\n\nA storm hit the coast on Tuesday.\n"
    article = load_article(write("dated.txt", text))
    assert article.published == datetime(2024, 3, 14, 21, 30) and article.time_known
    assert [p.text for p in article.body] == ["A storm hit the coast on Tuesday."]


@pytest.mark.parametrize(
    "date_line",
    [
        "Published: 2024-06-14 09:30",
        "14 June 2024",
        "Published: 2024-06-14T09:30:00Z",  # ISO 8601 with seconds and a zone, as sites print it
        "Published: 2024-06-14T09:30:00+01:00",
        "Fri 14 Jun 2024 09.30 BST",
    ],
)
def test_a_date_line_right_under_the_headline_dates_the_article_and_leaves_the_headline_alone(write, date_line):
    text = f"Lighthouse Keeper Hangs Up His Keys\n{date_line}\n\nOn Thursday he climbed the steps for the last time.\n"
    article = load_article(write("keeper.txt", text))
    assert article.title == "Lighthouse Keeper Hangs Up His Keys"
    assert article.published.date() == datetime(2024, 6, 14).date()
    assert article.time_known == bool(re.search(r"\d\d[:.]\d\d", date_line))
    assert [p.text for p in article.body] == ["On Thursday he climbed the steps for the last time."]


@pytest.mark.parametrize(
    "lead",
    [
        "LONDON, Jan 5 (Reuters) - The bank said on Monday it had failed.",  # no year: no date
        "On March 14, 2024, the council voted to close the library.",  # a date in a sentence, not a dateline
        "BERLIN, February 30, 2024 — An impossible day.",
    ],
)
def test_no_date_is_guessed_from_a_lead_without_a_full_dateline(write, lead):
    article = load_article(write("wire.txt", f"Jobs cut\n\n{lead}\n\nUnions objected.\n"))
    assert article.published is None and article.body[0].text == lead


def test_the_callers_date_wins_over_the_dateline(write):
    path = write("wire.txt", "Jobs cut\n\nBERLIN, March 14, 2024 — Voltra cut jobs.\n")
    assert load_article(path, "2024-03-15").published == datetime(2024, 3, 15)


def test_plain_text_without_blank_lines_splits_on_newlines(write):
    path = write("lines.txt", "The council met on Monday.\nIt voted to close the library.\nResidents objected.")
    article = load_article(path)
    assert article.title is None and article.published is None
    assert len(article.body) == 3


def test_plain_text_first_sentence_is_not_taken_for_a_headline(write):
    path = write("nohead.txt", "The council met on Monday.\n\nIt voted to close the library.")
    assert load_article(path).title is None


def test_windows_line_endings_and_bom(write):
    path = write("win.txt", "\ufeffdate 2021-05-04 Title here\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n".encode())
    article = load_article(path)
    assert article.title == "Title here" and [p.text for p in article.body] == ["First paragraph.", "Second one."]


def test_update_across_new_year(write):
    path = write("ny.txt", "date 2021-12-31 Late news\n\n31.12. 23:50 | Updated 1.1. 00:10\n\nText.")
    article = load_article(path)
    assert article.updated == datetime(2022, 1, 1, 0, 10)


@pytest.mark.parametrize(
    "first_line, published, title",
    [
        ("date 2023-02-07 14:30 Quake kills thousands", datetime(2023, 2, 7, 14, 30), "Quake kills thousands"),
        ("date 2023-02-07T09:05 Quake kills thousands", datetime(2023, 2, 7, 9, 5), "Quake kills thousands"),
        ("date 2023-02-07 25:30 Quake kills thousands", datetime(2023, 2, 7), "25:30 Quake kills thousands"),
        ("date 2023-02-07 14:30", datetime(2023, 2, 7, 14, 30), None),
    ],
)
def test_date_line_may_carry_the_publication_time(write, first_line, published, title):
    article = load_article(write("t.txt", first_line + "\n\nRescuers dug on Tuesday."))
    assert (article.published, article.title, article.time_known) == (published, title, published.hour > 0)
    timed = load_article(write("u.txt", first_line + "\n\n7.2. 16:00\n\nRescuers dug on Tuesday."))
    assert timed.published == datetime(2023, 2, 7, 16, 0)  # the publication line wins


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", "", "empty article"),
        ("blank.txt", "  \n\n\t \u200b\n", "empty article"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "Caf\xe9 au lait".encode("latin-1"), "not UTF-8 text"),
        ("baddate.txt", "date 2022-13-45 A headline\n\nText.", "malformed date"),
        ("badtime.txt", "date 2022-12-19 A headline\n\n19.12. 27:51\n\nText.", "malformed publication time"),
    ],
)
def test_bad_input_is_one_line_naming_file_and_problem(write, name, content, problem):
    path = write(name, content)
    with pytest.raises(ArticleError) as error:
        load_article(path)
    message = str(error.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_missing_file_and_bad_date_argument(tmp_path, write):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="malformed date"):
        load_article(write("ok.txt", "Some text."), "19.12.2022")


def test_words_and_safe_ids():
    assert count_words("Putin’s one-on-one talks with 9,000 soldiers.") == 6
    assert safe_id("../../etc/passwd") == "etc_passwd"
    assert safe_id("...") == "article"
    assert "/" not in safe_id("a/b\\c") and len(safe_id("x" * 500)) <= 100


def test_a_markdown_article_without_a_date_takes_it_from_its_dateline(write):
    path = write("wire.md", "# Jobs cut\n\nBERLIN, March 14, 2024 — Voltra cut jobs on Thursday.\n")
    article = load_article(path)
    assert article.title == "Jobs cut" and article.published == datetime(2024, 3, 14)


@pytest.mark.parametrize(
    "byline",
    ["By Ann Lee", "By Ann Lee and Tom Hill", "By Ann Lee, Health Correspondent", "By ANN LEE | Reuters"],
)
def test_a_byline_is_who_wrote_it_not_a_paragraph(write, byline):
    path = write(
        "story.txt",
        f"Storm hits coast\n\nPublished: 2023-03-01 08:00\n\n{byline}\n\nA storm hit the coast on Tuesday.\n\n"
        "By Monday, thousands had lost power.\n",
    )
    article = load_article(path)
    assert article.byline == byline
    assert article.metadata()["byline"] == byline
    assert [p.text for p in article.body] == [
        "A storm hit the coast on Tuesday.",
        "By Monday, thousands had lost power.",
    ]
    assert article.published == datetime(2023, 3, 1, 8, 0)


def test_a_byline_with_its_outlet_below_it_leaves_the_date_line_after_it_read(write):
    path = write(
        "game.txt",
        "Gulls edge Mariners in 10\n\nBy Joe Park\nThe Associated Press\n\nPublished: 2024-08-19\n\n"
        "HARBOR CITY (AP) — The Gulls won 6-5 on Sunday.\n\nThey play again on Tuesday.\n",
    )
    article = load_article(path)
    assert article.published == datetime(2024, 8, 19)
    assert article.byline == "By Joe Park, The Associated Press"
    assert [p.text for p in article.body][0].startswith("HARBOR CITY")
    assert len(article.body) == 2


def test_a_sentence_opening_with_by_is_no_byline(write):
    path = write(
        "story.txt", "Storm hits coast\n\nBy Tuesday night, the river had burst its banks.\n\nNo one was hurt.\n"
    )
    article = load_article(path, "2023-03-01")
    assert article.byline is None
    assert len(article.body) == 2


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("DURBAN, August 7 (Xinhua) -- Harbour pilots struck.", "Harbour pilots struck."),
        ("NEW YORK, Tuesday, Sept. 3, 2019 -- Shares fell.", "Shares fell."),
        ("WASHINGTON--The Senate voted.", "The Senate voted."),
        ("OSLO, Feb 6 (Reuters) - Profit fell.", "Profit fell."),
        ("MOSCOW/KYIV, March 14 (Reuters) - Talks stalled.", "Talks stalled."),
        ("US-China talks resume - officials", "US-China talks resume - officials"),
    ],
)
def test_a_datelines_end_is_found_whatever_its_dash(text, body):
    assert text[dateline_end(text) :] == body


def test_a_capitals_dateline_with_a_region_and_an_agency_ends_at_its_dash():
    from newsframe.article import dateline_end

    for text, rest in [
        ("EASTBOURNE, England (AP) — Qualifier Ana Ruiz won.", "Qualifier Ana Ruiz won."),
        ("PORTLAND, Ore. (AP) -- The city voted.", "The city voted."),
        ("NATO, Russia and China - talks resume", "NATO, Russia and China - talks resume"),
    ]:
        assert text[dateline_end(text) :] == rest


def test_a_pasted_web_page_hard_wrapped_with_a_list_and_clutter_reads_as_its_paragraphs(write):
    text = (
        "Council approves market plan\n\nPublished 3 June 2025, 6:05pm\n\n"
        "Councillors in Portbridge have approved a plan to demolish and\nrebuild the indoor market.\n\n"
        "Advertisement\n\n"
        'READ MORE: Traders warn market closure "will kill us"\n\n'
        "What happens next:\n- The plan goes to the full council on 17 June.\n• Traders will be offered new leases.\n"
        "2. A public exhibition will be held\nat the library.\n\n"
        "Image caption: The market opened in 1964 (Photo: Portbridge Council)\n"
    )
    article = load_article(write("market.txt", text))
    assert [p.text for p in article.body] == [
        "Councillors in Portbridge have approved a plan to demolish and rebuild the indoor market.",
        "What happens next:",
        "The plan goes to the full council on 17 June.",
        "Traders will be offered new leases.",
        "2. A public exhibition will be held at the library.",
    ]


def test_a_publication_stamp_without_a_year_takes_the_year_nearest_the_date_line(write):
    """A story filed on New Year's Eve under the next day's date line was published that December, not at the end
    of the date line's year; the update after midnight is on the date line's day."""
    path = write("eve.txt", "date 2024-01-01 Fireworks\n\n31.12. 23:50 | Updated 1.1. 0:30\n\nText.")
    article = load_article(path)
    assert article.published == datetime(2023, 12, 31, 23, 50)
    assert article.updated == datetime(2024, 1, 1, 0, 30)


def test_subheadings_a_caption_and_an_updated_note_are_no_paragraphs(write):
    text = (
        "Mill town hopes for a new start\n\nPublished: 2025-04-02\n\nBy Ann Lee, Business Reporter\n\n"
        "Updated 3 hours ago\n\n"
        "Crowds at the mill gates on Monday. (Photo: Tom Hill)\n\n"
        "The old mill in Kelby reopened on Monday as a food market.\n\n"
        "What comes next\n\n"
        "The council will decide on a second site in May.\n\n"
        "Maria Lopez, 34, nurse\n\n"
        '"It is the best thing to happen here in years."\n\n'
        "Kelby Rovers 2 Ashby Town 1\n\n"
        "The match was played on Saturday."
    )
    article = load_article(write("mill.txt", text))
    assert article.byline == "By Ann Lee, Business Reporter"
    assert [p.text for p in article.body] == [
        "The old mill in Kelby reopened on Monday as a food market.",
        "The council will decide on a second site in May.",
        "Maria Lopez, 34, nurse",  # a vox pop's speaker stays: a comma, a number
        '"It is the best thing to happen here in years."',
        "Kelby Rovers 2 Ashby Town 1",  # a score line stays
        "The match was played on Saturday.",
    ]


def test_a_short_last_line_is_no_subheading(write):
    article = load_article(
        write("brief.txt", "Bridge shut\n\nPublished: 2025-04-02\n\nThe bridge shut on Monday.\n\nMore soon")
    )
    assert [p.text for p in article.body] == ["The bridge shut on Monday.", "More soon"]


def test_the_dash_of_direct_speech_is_kept_and_a_lists_dash_is_not(write):
    path = write(
        "dash.txt",
        "date 2023-11-20 Border\n\n– This is a hybrid operation, Karvala said.\n\n– Plans for the spring\n",
    )
    texts = [p.text for p in load_article(path).body]
    assert texts == ["– This is a hybrid operation, Karvala said.", "Plans for the spring"]
