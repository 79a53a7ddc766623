"""A live page's entries: a body's name the recogniser did not read ("The Met Office says") is that body, not the
last organisation heard before it, and a spokesman right after a sentence about an airport speaks for the airport,
not for the body heard in the entry before."""

from __future__ import annotations

from newsframe import pipeline, summary

STORM = "\n\n".join(
    [
        "Storm Isha: as it happened",
        "Storm Isha brought winds of up to 90 mph to parts of Britain on Sunday, cutting power to thousands "
        "of homes and halting trains.",
        "0615 GMT - The Met Office issues an amber warning for wind across northern England and Scotland.",
        "0900 GMT - Network Rail says all trains in Scotland will stop running from 7 p.m.",
        "1130 GMT - Police close the Humber Bridge to high-sided vehicles.",
        "1420 GMT - Northern Powergrid says 45,000 homes are without power.",
        "1800 GMT - Dublin Airport cancels 40 flights. A spokesman says passengers should check with their "
        "airline before travelling.",
        "2145 GMT - The Met Office says the strongest gusts have passed but warns of more disruption on Monday.",
    ]
)


def test_live_entries_give_each_statement_its_own_body(write):
    tables = pipeline.analyze(write("storm.txt", STORM), "2024-01-21", use_cache=False).tables
    quotes = tables["quotes"]
    assert quotes[["paragraph", "speaker", "speaker_text"]].values.tolist() == [
        [3, "Network Rail", "Network Rail"],
        [5, "Northern Powergrid", "Northern Powergrid"],
        [6, "Dublin Airport", "A spokesman"],
        [7, "Met Office", "The Met Office"],  # the entity the entry names, read without its stamp
    ]


def test_live_entries_summary_counts_four_sources(write):
    analysis = pipeline.analyze(write("storm.txt", STORM), "2024-01-21", use_cache=False)
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert (
        "It attributes 4 statements to 4 sources, each once: the Met Office, Network Rail, Dublin Airport and "
        "Northern Powergrid." in sentences
    )


OBITUARY = "\n\n".join(
    [
        "Actor Tom Wells dies aged 82",
        "The actor Tom Wells, best known for playing the grumpy shopkeeper in the BBC sitcom Corner Shop, "
        "has died aged 82, his agent said.",
        "Wells was born in Cardiff and trained at the Royal Academy of Dramatic Art. He appeared in more "
        "than 40 films.",
        'His agent, Helen Brooks, said he died peacefully at home on Tuesday surrounded by his family. "Tom '
        'was a gentleman and a wonderful actor," she said.',
        "He is survived by his wife, Ann, and their three children.",
    ]
)


# The lead's "his agent said" is the agent the story names two paragraphs on ("His agent, Helen Brooks,"): one
# source, not two.
def test_the_leads_unnamed_agent_is_the_agent_named_after(write):
    analysis = pipeline.analyze(write("wells.txt", OBITUARY), "2023-09-12", use_cache=False)
    quotes = analysis.tables["quotes"]
    assert quotes[["paragraph", "speaker", "speaker_text"]].values.tolist() == [
        [1, "Helen Brooks", "his agent"],
        [3, "Helen Brooks", "His agent, Helen Brooks"],
        [3, "Helen Brooks", "she"],
    ]
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert "It attributes 3 statements to 1 source: Helen Brooks (1 direct, 2 reported)." in sentences
