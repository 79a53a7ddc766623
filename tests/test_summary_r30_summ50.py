"""summ50 (r30): summary sentences on news nobody here wrote (science, inquests, live pages, local briefs)."""

import pandas as pd

from newsframe import speakers, summary


def rows(*said):
    return pd.DataFrame(
        [{"paragraph": p, "speaker": who, "speaker_text": who, "text": "x", "cue": "said"} for p, who in said]
    )


def test_short_words_for_the_one_study_are_one_source():
    # headline "Otters use tools, study finds"; p1 "according to research"; p2 "The study found"
    grouped = speakers.same_source(rows((0, "study"), (1, "research"), (2, "The study"), (3, "Ann Lee")), {"Ann Lee"})
    assert grouped == ["The study", "The study", "The study", "Ann Lee"]


def test_two_kinds_of_work_stay_apart():
    # "the report" and "the study" may be two works, so "research" is neither for sure
    grouped = speakers.same_source(rows((1, "The report"), (2, "The study"), (3, "research")), set())
    assert grouped == ["The report", "The study", "research"]


def named(*pairs):
    return pd.DataFrame(
        [
            {"entity": e, "entity_type": t, "mentions": 1, "paragraphs": 1, "first_paragraph": i + 1}
            for i, (e, t) in enumerate(pairs)
        ]
    )


def paragraphs(*texts):
    return pd.DataFrame({"paragraph": range(1, len(texts) + 1), "text": list(texts)})


def said(*rows):
    return pd.DataFrame(
        [
            {
                "paragraph": p,
                "speaker_paragraph": p,
                "start_char": 0,
                "kind": "reported",
                "speaker": who,
                "speaker_text": written,
                "text": text,
                "cue": "said",
                "tone": "neutral",
            }
            for p, who, written, text in rows
        ]
    )


NAVY = paragraphs(
    '"We will respond," fleet spokesman Vice Admiral Tomas Reyes said in a statement carried by the state news agency '
    "Prensa Sur.",
    "The Harbour Authority declined to comment.",
)
NAVY_NAMES = named(
    ("Vice Admiral", "PERSON"), ("Tomas Reyes", "PERSON"), ("Prensa Sur", "ORG"), ("Harbour Authority", "ORG")
)
NAVY_SAID = said((1, "Tomas Reyes", "fleet spokesman Vice Admiral Tomas Reyes", "We will respond"))


def test_a_title_split_off_a_name_is_no_one_never_quoted():
    assert speakers.name_parts(NAVY_NAMES, NAVY) == {"Vice Admiral"}
    assert "Vice Admiral" not in set(speakers.unheard(NAVY_NAMES, NAVY_SAID, NAVY)["entity"])
    sentence = summary.unheard_sentence(NAVY_SAID, NAVY_NAMES, NAVY)
    # the Harbour Authority declined to comment: said so, and the one other counted is Tomas Reyes
    assert "Vice Admiral" not in sentence and "the one other person it names" in sentence


def test_the_agency_that_carried_a_statement_is_no_source_kept_silent():
    assert speakers.carriers(NAVY_NAMES, NAVY_SAID, NAVY) == {"Prensa Sur"}
    assert "Prensa Sur is named only as the outlet" in summary.unheard_sentence(NAVY_SAID, NAVY_NAMES, NAVY)


def test_a_given_name_before_a_surname_alone_is_kept():
    # "Tomas" typed apart before "Reyes" only when both are people and the first is written elsewhere alone
    names = named(("Tomas", "PERSON"), ("Reyes", "PERSON"))
    assert speakers.name_parts(names, paragraphs("Tomas Reyes spoke.", "Tomas left.")) == set()


INQUEST = paragraphs(
    "Coroner faults clinic over death of farmer",
    "Senior coroner Ruth Penhale said at Truro Coroner's Court that the delays had contributed to his death.",
    'In a statement, the trust\'s chief nurse, Dina Hale, apologised. "We are sorry," she said.',
    "The Cornwall Partnership NHS Foundation Trust runs the clinic.",
)
INQUEST_NAMES = pd.DataFrame(
    [
        {"entity": "Coroner", "entity_type": "PERSON", "mentions": 1, "paragraphs": 1, "first_paragraph": 0},
        {"entity": "Ruth Penhale", "entity_type": "PERSON", "mentions": 1, "paragraphs": 1, "first_paragraph": 1},
        {"entity": "Truro Coroner's Court", "entity_type": "ORG", "mentions": 1, "paragraphs": 1, "first_paragraph": 1},
        {"entity": "Dina Hale", "entity_type": "PERSON", "mentions": 1, "paragraphs": 1, "first_paragraph": 2},
        {
            "entity": "Cornwall Partnership NHS Foundation Trust",
            "entity_type": "ORG",
            "mentions": 1,
            "paragraphs": 1,
            "first_paragraph": 3,
        },
    ]
)
INQUEST_SAID = said(
    (0, "Coroner", "Coroner", "clinic"),
    (1, "Ruth Penhale", "Senior coroner Ruth Penhale", "the delays had contributed to his death"),
    (2, "Dina Hale", "she", "We are sorry"),
)


def test_a_headlines_capitalised_noun_is_the_body_s_named_source():
    assert speakers.headline_nouns(INQUEST_NAMES) == {"Coroner"}
    table = speakers.speakers_table(INQUEST_SAID, INQUEST_NAMES)
    assert list(table["speaker"]) == ["Ruth Penhale", "Dina Hale"]


def test_a_coroner_is_heard_for_the_coroners_court_and_a_chief_nurse_for_the_trust():
    silent = set(speakers.unheard(INQUEST_NAMES, INQUEST_SAID, INQUEST)["entity"])
    assert not silent & {"Truro Coroner's Court", "Cornwall Partnership NHS Foundation Trust", "Coroner"}
    sentence = summary.unheard_sentence(INQUEST_SAID, INQUEST_NAMES, INQUEST)
    # (a coroner's court named only as where the inquest was held is a venue, not a name quoted through its coroner)
    assert sentence == (
        "Truro Coroner's Court is named only as a venue; it quotes every one of the 3 other people and organisations "
        "it names."
    )


def test_the_headlines_court_is_heard_through_its_judge_among_several_courts():
    names = pd.DataFrame(
        [
            {"entity": "Court of Appeal", "entity_type": "ORG", "mentions": 2, "paragraphs": 2, "first_paragraph": 0},
            {"entity": "High Court", "entity_type": "ORG", "mentions": 1, "paragraphs": 1, "first_paragraph": 2},
            {"entity": "Selwyn Trust", "entity_type": "ORG", "mentions": 1, "paragraphs": 1, "first_paragraph": 2},
        ]
    )
    text = paragraphs(
        "Court of Appeal backs tenants",
        'Lord Justice Amery said the Selwyn Trust had "misread the lease". The judges overturned a High Court ruling.',
    )
    rows = said((1, "Amery", "Lord Justice Amery", "the Selwyn Trust had misread the lease"))
    assert speakers.headline_court(names) == "Court of Appeal"
    assert "Court of Appeal" not in set(speakers.unheard(names, rows, text)["entity"])


def test_a_headlines_organisation_is_no_common_noun():
    names = pd.DataFrame(
        [{"entity": "Guardian", "entity_type": "ORG", "mentions": 1, "paragraphs": 1, "first_paragraph": 0}]
    )
    assert speakers.headline_nouns(names) == set()
