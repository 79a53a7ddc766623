"""The summary's sources and silent names on invented interviews and letters: a headline that gives the speaker only
by office ("Tesco boss") over words the story prints again is one statement, and that body is heard through its
officer; a letter's signature under a first-person piece ("Margaret Hill, Derby") names its writer."""

from __future__ import annotations

import pandas as pd

from newsframe import speakers, summary


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, cue, speaker, speaker_text, text) rows."""
    columns = ["paragraph", "kind", "cue", "speaker", "speaker_text", "text"]
    return pd.DataFrame(rows, columns=columns).assign(tone="neutral")


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions) rows, most mentioned first."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions"])
    return table.assign(paragraphs=table["mentions"].clip(upper=3), first_paragraph=1, aliases=table["entity"])


def paragraphs(*texts) -> pd.DataFrame:
    """A paragraphs table: the headline (paragraph 0), then the body, one sentence each unless said."""
    return pd.DataFrame(
        {
            "paragraph": list(range(len(texts))),
            "text": list(texts),
            "words": [len(t.split()) for t in texts],
            "sentences": [max(1, t.count(". ") + 1) for t in texts],
        }
    )


# An interview under a headline quotation given to the firm's boss, printed again as the boss's own answer.
GROCER = entities(("Kestrel Foods", "ORG", 3), ("Dana Whitlow", "PERSON", 2), ("Fenmart", "ORG", 1))
GROCER_TEXT = paragraphs(
    "'Bread will cost less by the summer': Kestrel Foods boss on prices",
    "Dana Whitlow has run Kestrel Foods since 2021.",
    "Bread will cost less by the summer. Flour prices have already turned.",
    "We have cut 400 prices since June, and I think shoppers can see it.",
    "Fenmart declined to comment.",
)
GROCER_SAID = quotes(
    (0, "direct", ":", "Kestrel Foods", "Kestrel Foods boss", "'Bread will cost less by the summer'"),
    (
        2,
        "direct",
        ":",
        "Dana Whitlow",
        "Dana Whitlow",
        "Bread will cost less by the summer. Flour prices have already turned.",
    ),
    (
        3,
        "direct",
        ":",
        "Dana Whitlow",
        "Dana Whitlow",
        "We have cut 400 prices since June, and I think shoppers can see it.",
    ),
)


def test_a_headline_quotation_given_to_a_firms_boss_is_the_story_statement_of_that_boss():
    repeats = speakers.headline_repeats(GROCER_SAID)
    assert repeats.tolist() == [True, False, False]
    said = summary.speakers_sentence(GROCER_SAID, GROCER, paragraphs=GROCER_TEXT)
    assert said.startswith("It attributes 2 statements to 1 source: Dana Whitlow"), said


def test_a_body_whose_boss_the_headline_names_by_office_is_heard():
    silent = set(speakers.unheard(GROCER, GROCER_SAID, GROCER_TEXT)["entity"])
    assert silent == {"Fenmart"}, silent
    # the headline's speaker read as the boss herself: still one statement, and the firm still heard through her
    herself = GROCER_SAID.copy()
    herself.loc[0, "speaker"] = "Dana Whitlow"
    assert speakers.headline_repeats(herself).tolist() == [True, False, False]
    silent = set(speakers.unheard(GROCER, herself, GROCER_TEXT)["entity"])
    assert silent == {"Fenmart"}, silent
    # a short headline cry by a body ("'Shocking': Kestrel Foods boss") printed in a longer answer stays its own
    short = GROCER_SAID.copy()
    short.loc[0, "text"] = "'By the summer'"
    assert speakers.headline_repeats(short).tolist() == [False, False, False]


def test_a_headline_quotation_by_another_speaker_and_not_an_officer_stays_its_own():
    other = GROCER_SAID.copy()
    other.loc[0, ["speaker", "speaker_text"]] = ["Fenmart", "Fenmart"]
    assert not speakers.headline_repeats(other).iloc[0]


LETTER = entities(
    ("NHS", "ORG", 3), ("Wes Streeting", "PERSON", 2), ("Janet", "PERSON", 1), ("Margaret Hill", "PERSON", 1)
)
LETTER_SAID = quotes(
    (1, "reported", "recognise", "I", "I", "the service it describes"),
    (2, "partial", "says", "Wes Streeting", "The Health Secretary, Wes Streeting", 'care "from hospital to community"'),
    (3, "reported", "think", "I", "I", "the NHS is the best thing this country has built"),
)


def letter(last: str) -> pd.DataFrame:
    return paragraphs(
        "The NHS plan will not fix what broke it",
        "I read the plan for the NHS last week, and I did not recognise the service it describes.",
        "Wes Streeting says the plan will move care from hospital to community.",
        "My colleague Janet left in 2022. I still think the NHS is the best thing this country has built.",
        last,
    )


def test_a_letters_signature_names_its_writer():
    for last in ("Margaret Hill, Derby", "Margaret Hill", "Dr Margaret Hill, retired nurse, Derby"):
        assert summary.note_writer(LETTER_SAID, LETTER, letter(last)) == "Margaret Hill", last
    heard = summary.unheard_sentence(LETTER_SAID, LETTER, letter("Margaret Hill, Derby"))
    assert heard.startswith("Margaret Hill is named only as its writer;"), heard
    assert "Margaret Hill (" not in heard and "Janet" in heard, heard


def test_a_last_line_about_someone_is_no_signature():
    for last in ("Margaret Hill, who trained with me, left in 2022.", "Margaret Hill said the ward was full."):
        assert summary.note_writer(LETTER_SAID, LETTER, letter(last)) is None, last
    # without the writer's own first person it is a news story's last line, never its writer
    news = LETTER_SAID[LETTER_SAID["speaker"] != "I"]
    assert summary.note_writer(news, LETTER, letter("Margaret Hill, Derby")) is None
