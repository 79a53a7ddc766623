"""Who speaks for a company: an "it" in a clause hung on a sentence about a firm is that firm, not a product named
after it in between; "the company" is the firm the story is about, not a research firm a figure was just credited
to; and a refusal of calls, or a declaration that avoided condemning, says nothing."""

from __future__ import annotations

from newsframe import pipeline

APPLE = "\n\n".join(
    [
        "Apple unveils thinner iPhone Air, raises Pro prices",
        "CUPERTINO, California — Apple on Tuesday unveiled the iPhone Air, its thinnest phone ever at 5.6 "
        "millimetres, alongside new iPhone 17 Pro models and an updated Apple Watch, as it seeks to revive sales "
        "in China and fend off Samsung.",
        '"This is the biggest leap ever for iPhone," chief executive Tim Cook said at the company\'s Steve Jobs '
        "Theater event.",
        "Apple sold about 232 million iPhones last year, according to research firm IDC, but its market share in "
        "China slipped to 15 percent in the second quarter as Huawei and Xiaomi gained ground.",
        "The company also introduced AirPods Pro 3 with heart-rate sensing, priced at $249, and said its Apple "
        "Intelligence features would arrive in eight more languages by the end of the year.",
    ]
)

GREGGS = "\n\n".join(
    [
        "Greggs warns on profits as hot weather hits sales",
        "Greggs warned on Wednesday that full-year profit would fall short of forecasts after a heatwave kept "
        "shoppers away from its high-street bakeries.",
        "Like-for-like sales rose 2.2 percent in the 19 weeks to May 10. Greggs shares fell 9 percent in early "
        "trading.",
        'Analysts at Peel Hunt said the update was "disappointing but not disastrous", cutting their target price '
        "to 2,100 pence.",
        "The bakery chain's share of the market slipped to 7.1 percent, according to data from market research "
        "firm Kantar.",
        "The company said it would still open around 140 new shops this year and expected costs to rise by 4 percent.",
    ]
)

UNILEVER = "\n\n".join(
    [
        "Unilever to cut 7,500 jobs",
        "Unilever said on Tuesday it would cut 7,500 jobs worldwide as part of a plan to save 800 million euros.",
        "The maker of Dove soap and Ben & Jerry's ice cream has been under pressure from investors after its shares "
        "lagged rivals such as Nestle and Procter & Gamble.",
        "Unilever's sales grew 4.1 percent in the first half, beating the 3.8 percent expected by analysts.",
        "Consumer goods accounted for 12 percent of household spending in Europe last year, according to "
        "consultancy NielsenIQ.",
        "The company said the job cuts would be completed by the end of 2026.",
    ]
)

KANTAR = "\n\n".join(
    [
        "Kantar appoints new chief executive",
        "Kantar, the market research firm, on Monday named Chris Jansen as its new chief executive.",
        "Jansen joins from the consultancy Bain, where he led the technology practice for six years.",
        "The company said Jansen would start in April and be based in London.",
    ]
)

ELECTION = "\n\n".join(
    [
        "Mamdani wins New York mayoral race",
        "Zohran Mamdani was elected mayor of New York on Tuesday, defeating Andrew Cuomo and Curtis Sliwa.",
        'Sliwa, who refused calls from fellow Republicans to drop out in October, said he had "no regrets."',
        "Cuomo conceded shortly before midnight.",
    ]
)

SUMMIT = "\n\n".join(
    [
        "G20 leaders agree New Delhi declaration",
        "NEW DELHI — Leaders of the Group of 20 major economies agreed a joint declaration on Saturday that "
        "avoided condemning Russia for its war in Ukraine, a compromise that India hailed as a diplomatic triumph "
        'and Kyiv called "nothing to be proud of."',
        '"This is a big deal," U.S. President Joe Biden said.',
    ]
)


def _rows(write, name, text, date):
    quotes = pipeline.analyze(write(name, text), date, use_cache=False).tables["quotes"]
    return quotes[["paragraph", "cue", "speaker", "speaker_text"]].values.tolist()


def test_it_in_a_clause_on_a_sentence_about_a_firm_is_that_firm_not_its_product(write):
    rows = _rows(write, "apple.txt", APPLE, "2025-09-10")
    assert rows[0] == [1, "seeks", "Apple", "it"]


def test_the_company_is_the_firm_the_story_is_about_not_one_a_figure_was_credited_to(write):
    rows = _rows(write, "apple.txt", APPLE, "2025-09-10")
    assert rows[-2:] == [
        [3, "according to", "IDC", "research firm IDC"],
        [4, "said", "Apple", "The company"],
    ]


def test_the_company_after_data_from_a_research_firm_is_the_firm_in_the_news(write):
    rows = _rows(write, "greggs.txt", GREGGS, "2025-05-14")
    assert rows[-1] == [5, "said", "Greggs", "The company"]
    # (but a research firm the story is about stays "the company")
    assert _rows(write, "kantar.txt", KANTAR, "2025-02-03") == [[3, "said", "Kantar", "The company"]]


def test_the_company_after_according_to_a_consultancy_is_the_firm_in_the_news(write):
    rows = _rows(write, "unilever.txt", UNILEVER, "2025-07-22")
    assert rows[-1] == [5, "said", "Unilever", "The company"]


def test_refusing_calls_to_drop_out_is_no_statement(write):
    rows = _rows(write, "election.txt", ELECTION, "2025-11-05")
    assert [r for r in rows if r[0] == 2] == [[2, "said", "Curtis Sliwa", "Sliwa"]]


def test_a_declaration_that_avoided_condemning_says_nothing(write):
    rows = _rows(write, "summit.txt", SUMMIT, "2023-09-10")
    assert [r[1] for r in rows if r[0] == 1] == ["called"]
