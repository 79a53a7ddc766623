"""Reading the page, round 15 (newsframe.article, entities, summary): a dateline's credit ("NAIROBI, Dec 1
(Reuters) -") is the story's source, not a name it counts; a letters page's signatures ("Jane Roe, Leeds") are its
writers, not sentences of the letters; a transcript's speaker labels ("Lincoln: …") count for the person named in
full; on short invented articles."""

# ruff: noqa: E501 (test articles are written as they are read, one paragraph a line)
from __future__ import annotations

import pytest

from newsframe import pipeline, summary
from newsframe.article import dateline_credits, load_article


def body(article) -> list[str]:
    return [p.text for p in article.body]


# ------------------------------------------------------------------------------------------- dateline credits
@pytest.mark.parametrize(
    "text, credits",
    [
        ("NAIROBI, Dec 1 (Reuters) - Kenya's central bank cut rates.", ["Reuters"]),
        ("LAGOS (AFP) - The naira fell.", ["AFP"]),
        ("Hamburg (dpa/lno) - Der Hafen.", ["dpa/lno"]),
        ("MOSCOW, March 12. /TASS/. Russia said.", ["TASS"]),
        ("Kenya (Reuters) said on Monday it would cut rates.", []),  # no dateline: a sentence's brackets
        ("The bank (Reuters reported) cut rates.", []),
    ],
)
def test_the_credit_of_a_dateline(text, credits):
    assert [text[a:b] for a, b in dateline_credits(text)] == credits


ROUNDUP = """Business in brief
December 1, 2026

MANILA, Dec 1 (Reuters) - The Philippine central bank held its key rate at 5.5 percent on Tuesday, Governor Eli Remolona said.

TORONTO, Dec 1 (AFP) - Shares in Canadian miner Teck rose 4 percent after the company raised its copper forecast.

DUBLIN, Dec 1 (Reuters) - Irish consumer prices rose 2.1 percent in November, the Central Statistics Office told Reuters.
"""


@pytest.fixture(scope="module")
def roundup(tmp_path_factory):
    path = tmp_path_factory.mktemp("roundup") / "roundup.txt"
    path.write_text(ROUNDUP, encoding="utf-8")
    return pipeline.analyze(path, use_cache=False)


def test_a_datelines_credit_counts_for_no_entity_and_is_logged(roundup):
    mentions, repairs = roundup.tables["mentions"], roundup.tables["repairs"]
    credited = repairs[repairs["rule"] == "dateline credit"]
    assert set(credited["paragraph"]) >= {1, 3}
    assert all(after == "" for after in credited["after"])
    # the only mention of Reuters left is the one in a sentence ("told Reuters")
    reuters = mentions[mentions["text"] == "Reuters"]
    assert reuters["paragraph"].tolist() == [3]
    assert reuters["start_char"].iloc[0] > 20
    assert "AFP" not in set(mentions["text"])


def test_the_summary_names_the_credits_apart_and_never_calls_them_unquoted(roundup):
    lines = summary.summary_sentences(roundup.article, roundup.tables)
    credit = next(line for line in lines if line.startswith("Its datelines credit"))
    assert "Reuters (2 paragraphs)" in credit and "AFP (1 paragraph)" in credit
    unheard = next((line for line in lines if "never quoted" in line or "is quoted" in line), "")
    assert "named 3 times" not in unheard and "AFP" not in unheard


def test_an_article_without_a_credited_dateline_says_nothing_of_credits(write):
    article = load_article(write("a.txt", "Rates held\nDecember 1, 2026\n\nLONDON - The bank held rates on Monday.\n"))
    assert summary.credits_sentence(article) == ""


# ------------------------------------------------------------------------------------------------- letters
LETTERS = """Letters: The ferry timetable fails island families
November 30, 2026

Sir, The new winter timetable cuts the last sailing from the mainland to 6pm. Pupils who stay for after-school clubs will have to board with relatives four nights a week.
Aoife Brennan, Inis Oírr

Sir, I run the island shop. With one fewer freight run a week, fresh milk will arrive on Tuesdays only, and my costs will rise again.

Every winter we are told the service is under review. Nothing changes.

Dr Ciarán Mac Donncha, Galway

Dear Editor, The operator says the cuts follow a fall in passengers. It might ask why fewer people travel when the boats are so unreliable.
Martin and Rose Keane
Kilronan
"""


def test_a_letters_pages_signatures_are_its_writers_not_its_text(write):
    article = load_article(write("letters.txt", LETTERS))
    assert article.byline == "Aoife Brennan, Inis Oírr; Dr Ciarán Mac Donncha, Galway; Martin and Rose Keane, Kilronan"
    paragraphs = body(article)
    assert len(paragraphs) == 4
    assert paragraphs[0].endswith("four nights a week.")
    assert paragraphs[2] == "Every winter we are told the service is under review. Nothing changes."
    assert paragraphs[3].endswith("so unreliable.")
    assert not any("Galway" in p or "Kilronan" in p for p in paragraphs)


def test_a_name_under_an_ordinary_story_is_no_signature(write):
    story = (
        "Ferry operator cuts winter sailings\nNovember 30, 2026\n\n"
        "The operator will cut the last sailing from the mainland to 6pm from January, it said on Monday.\n"
        "Aoife Brennan, Inis Oírr\n\nIslanders said they would protest outside the company's office in Galway.\n"
    )
    article = load_article(write("story.txt", story))
    assert article.byline is None
    assert body(article)[0].endswith("Aoife Brennan, Inis Oírr")


def test_a_letter_ending_in_a_short_sentence_keeps_it(write):
    page = (
        "Your letters\nNovember 30, 2026\n\n"
        "Sir, The council has closed the swimming pool for repairs for the third winter running.\n"
        "Enough is enough.\nPeter Walsh, Cork\n"
    )
    article = load_article(write("letters.txt", page))
    assert article.byline == "Peter Walsh, Cork"
    assert body(article) == [
        "Sir, The council has closed the swimming pool for repairs for the third winter running. Enough is enough."
    ]


# ---------------------------------------------------------------------------------------- transcript labels
INTERVIEW = """Interview: Grace Lincoln on running the Kenya Wildlife Service
March 2, 2026

Grace Lincoln became director of the Kenya Wildlife Service in January after twenty years as a ranger in Tsavo. We met her in Nairobi.

You started as a ranger. What changed when you took the top job?

Lincoln: Everything and nothing. I still start the day with the patrol reports, but now I also read the budget.

Poaching fell last year. Why?

Lincoln: Better radios and more rangers on foot. The communities near the parks see money from tourism now.
"""


def test_a_transcripts_speaker_labels_count_for_the_person_named_in_full(write):
    analysis = pipeline.analyze(write("interview.txt", INTERVIEW), use_cache=False)
    mentions = analysis.tables["mentions"]
    labels = mentions[(mentions["text"] == "Lincoln") & (mentions["start_char"] == 0)]
    assert labels["paragraph"].tolist() == [3, 5]
    assert set(labels["entity"]) == {"Grace Lincoln"}
    quotes = analysis.tables["quotes"]
    assert set(quotes.loc[quotes["paragraph"].isin([3, 5]), "speaker"]) == {"Grace Lincoln"}
    entities = analysis.tables["entities"].set_index("entity")
    assert entities.loc["Grace Lincoln", "entity_type"] == "PERSON"
    assert entities.loc["Grace Lincoln", "mentions"] == 4


# ------------------------------------------------------------------------------------------------- ratings
@pytest.mark.parametrize(
    "rating", ["Rating: 3/5", "4 out of 5", "Verdict: ★★★☆☆", "Four stars", "(4/5)", "Score: 7/10"]
)
def test_a_reviews_rating_on_a_line_of_its_own_is_no_paragraph(write, rating):
    review = (
        "Harbour Lights review: a Cornish crime drama let down by its ending\nNovember 30, 2026\n\n"
        f"{rating}\n\nThe first five episodes are as good as anything on television this year.\n\n"
        "The sixth is a mess, and the last scene seems to belong to another programme.\n"
    )
    article = load_article(write("review.txt", review))
    assert body(article) == [
        "The first five episodes are as good as anything on television this year.",
        "The sixth is a mess, and the last scene seems to belong to another programme.",
    ]


def test_a_rating_inside_a_sentence_stays(write):
    text = "Critics gave it four stars\nNovember 30, 2026\n\nThe critics' panel gave the drama 4 out of 5 on Sunday.\n"
    assert body(load_article(write("story.txt", text))) == ["The critics' panel gave the drama 4 out of 5 on Sunday."]


def test_a_letters_page_pasted_one_line_a_paragraph(write):
    page = (
        "Readers' letters: Rural buses\nNovember 29, 2026\n"
        "Dear Editor, The new timetable leaves our village with one bus a day, and none at all on Sundays.\n"
        "Séamus Ó Dálaigh, Dingle, Co Kerry\n"
        "Dear Editor, Pensioners in Belmullet now pay for taxis to reach the clinic in Castlebar every week.\n"
        "Bríd Nolan\nErris\n"
        "Dear Editor, Before we cut services we should ask who uses them and when they travel.\n"
        "Name and address with the editor\n"
    )
    article = load_article(write("letters.txt", page))
    assert article.byline == ("Séamus Ó Dálaigh, Dingle, Co Kerry; Bríd Nolan, Erris; Name and address with the editor")
    assert [p[:12] for p in body(article)] == ["Dear Editor,"] * 3


# ------------------------------------------------------------------------------------------- tables of figures
def test_a_table_of_figures_a_row_a_line_is_read_row_by_row(write):
    page = (
        "Markets at a glance\nDecember 1, 2026\n\n"
        "Asian shares were mixed on Tuesday as investors waited for US jobs data.\n\n"
        "Nikkei 225: 39,412.6 (-0.4%)\nHang Seng: 19,870.3 (+1.1%)\nKospi: 2,604.8 (+0.6%)\n\n"
        "The dollar fell 0.5% to 149.20 yen.\n"
    )
    assert body(load_article(write("markets.txt", page)))[1:4] == [
        "Nikkei 225: 39,412.6 (-0.4%)",
        "Hang Seng: 19,870.3 (+1.1%)",
        "Kospi: 2,604.8 (+0.6%)",
    ]


def test_a_paragraph_wrapped_over_lines_stays_one(write):
    page = (
        "Rates held\nDecember 1, 2026\n\n"
        "The bank held its rate at 5.5 percent on Tuesday.\nAnalysts had expected the decision.\n"
        "Turnout: 61% of members voted for the new board.\n"
    )
    assert len(body(load_article(write("markets.txt", page)))) == 1


def test_a_story_opening_a_paragraph_with_a_knights_title_is_no_letters_page(write):
    story = (
        "Prime minister visits flooded town\nNovember 30, 2026\n\n"
        "Sir Keir Starmer visited Tenbury Wells on Monday to meet families whose homes were flooded last week.\n\n"
        "Keir Starmer, Prime Minister\n\nResidents asked him for money to repair the flood wall by the river.\n"
    )
    article = load_article(write("story.txt", story))
    assert article.byline is None
    assert "Keir Starmer, Prime Minister" in body(article)
