"""Who said what (newsframe.quotes): speakers of quotations the parse joined to the wrong words (a description set
off after a quotation, a verb joined to an object, a message sent to people, the nearest of two cues), contents cut
by a hyphen or hung on a name, names with "&", "and" or a hyphen, verdicts, prizes and rules that say nothing, and
descriptions of a role, on short invented articles."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from test_quotes import table

from newsframe import quotes, speakers


def _row(found, words):
    return found[found["text"].str.contains(words, regex=False)].iloc[0]


def test_a_description_after_a_quotation_is_not_read_into_the_quotation():
    found = table(
        "date 2025-05-02 Ferry crossing\n\n"
        "“I would still be waiting for a bus in this town,” Mr Kofi Mensah, now 67 and retired in Accra, said by "
        "telephone."
    )
    row = _row(found, "waiting for a bus")
    assert row["speaker_text"] == "Mr Kofi Mensah"


def _doc(rows):
    """A parsed sentence as the parse read it: (word, pos, tag, head, dep, space after, lemma)."""
    words = [r[0] for r in rows]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=[r[5] for r in rows],
        heads=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        lemmas=[r[6] if len(r) > 6 else r[0].lower() for r in rows],
    )


def test_a_participle_describing_the_writer_after_a_quotation():
    # "“We meet at noon,” Grace Adeyemi, then working for the council, wrote.", with "working" and "wrote" hung on
    # the quotation's verb
    rows = [
        ("“", "PUNCT", "``", 2, "punct", False),
        ("We", "PRON", "PRP", 2, "nsubj", True),
        ("meet", "VERB", "VBP", 2, "ROOT", True),
        ("at", "ADP", "IN", 2, "prep", True),
        ("noon", "NOUN", "NN", 3, "pobj", False),
        (",", "PUNCT", ",", 2, "punct", False),
        ("”", "PUNCT", "''", 2, "punct", True),
        ("Grace", "PROPN", "NNP", 8, "compound", True),
        ("Adeyemi", "PROPN", "NNP", 11, "nsubj", False),
        (",", "PUNCT", ",", 8, "punct", True),
        ("then", "ADV", "RB", 11, "advmod", True),
        ("working", "VERB", "VBG", 2, "advcl", True, "work"),
        ("for", "ADP", "IN", 11, "prep", True),
        ("the", "DET", "DT", 14, "det", True),
        ("council", "NOUN", "NN", 12, "pobj", False),
        (",", "PUNCT", ",", 11, "punct", True),
        ("wrote", "VERB", "VBD", 2, "conj", False, "write"),
        (".", "PUNCT", ".", 2, "punct", False),
    ]
    doc = _doc(rows)
    quoted = bytearray(len(doc.text) + 1)
    quoted[0 : doc[6].idx + 1] = b"\1" * (doc[6].idx + 1)
    assert quotes._subject_left(doc[16], quoted).text == "Adeyemi"


def test_a_verb_the_parse_joined_to_an_object_shares_the_subject():
    # "She put on a mock Texan drawl and joked, …", with "joked" hung on "drawl"
    rows = [
        ("She", "PRON", "PRP", 2, "nsubj", True),
        ("then", "ADV", "RB", 2, "advmod", True),
        ("put", "VERB", "VBD", 2, "ROOT", True, "put"),
        ("a", "DET", "DT", 6, "det", True),
        ("mock", "ADJ", "JJ", 6, "amod", True),
        ("Texan", "PROPN", "NNP", 6, "compound", True),
        ("drawl", "NOUN", "NN", 2, "dobj", True),
        ("and", "CCONJ", "CC", 6, "cc", True),
        ("joked", "VERB", "VBD", 6, "conj", False, "joke"),
        (",", "PUNCT", ",", 8, "punct", True),
    ]
    doc = _doc(rows)
    assert quotes._subject(doc[8]).text == "She"


def test_a_message_sent_to_people_is_the_senders():
    found = table(
        "date 2025-05-05 Port\n\n"
        "The union quickly sent an email to members stating, “Strike Called Off as Talks Resume at Port.”"
    )
    row = _row(found, "Strike Called Off")
    assert row["speaker_text"] == "The union"


def test_the_nearest_cue_introduces_the_quotation_not_an_infinitive_of_a_noun():
    found = table(
        "date 2025-05-06 Ruling\n\n"
        "Any decision to charge the directors will rest with the prosecutor Ines Varga, who told MPs on Tuesday: "
        "“We will follow the evidence wherever it leads, and we will not be hurried.”"
    )
    row = _row(found, "follow the evidence")
    assert row["cue"] == "told"
    assert row["speaker"] == "Ines Varga"


def test_a_that_clause_after_in_a_statement_is_not_cut_at_a_hyphen():
    found = table(
        "date 2025-05-07 Quarry fall\n\n"
        "The operator said in a statement that it was “shocked and saddened” and was co-operating with the "
        "inspectors."
    )
    row = _row(found, "saddened")
    assert row["text"].startswith("that it was")
    assert row["text"].endswith("inspectors")


def test_an_offence_after_by_is_no_speaker():
    found = table(
        "date 2025-05-08 Court\n\n"
        "Martin Kell, 52, of Leeds, is charged with fraud by abuse of position and money laundering."
    )
    assert not (found["speaker_text"].fillna("").str.contains("abuse")).any()


def test_said_by_telephone_is_no_agent():
    found = table(
        "date 2025-05-09 Flood\n\n"
        "''If the deal had failed, I would have been sitting in a cell for a long time,'' Mr. Osei, now 74 and "
        "retired in Kumasi, said by telephone this week."
    )
    row = _row(found, "sitting in a cell")
    assert row["speaker_text"] == "Mr. Osei"


def test_a_name_with_an_ampersand_is_one_speaker():
    found = table(
        "date 2025-05-10 Pay vote\n\nFenwick & Marlowe Asset Management confirmed it had voted against the pay report."
    )
    assert found.iloc[0]["speaker_text"] == "Fenwick & Marlowe Asset Management"


def test_two_names_joined_by_and_both_speak():
    found = table(
        "date 2025-05-11 Rates held\n\n"
        "The Bank of Lorvia held its rate at 4%. Two members, Helen Marsh and Tobias Lind, wanted a cut to 3.75%."
    )
    row = _row(found, "a cut")
    assert row["speaker"] == "Helen Marsh and Tobias Lind"
    assert "Tobias Lind" in row["speaker_text"]


def test_both_of_two_joint_speakers_are_heard():
    import pandas as pd

    quotes = pd.DataFrame(
        {"speaker": ["Helen Marsh and Tobias Lind"], "kind": ["reported"], "text": ["a cut"], "speaker_text": ["x"]}
    )
    entities = pd.DataFrame(
        {
            "entity": ["Helen Marsh", "Tobias Lind", "Bank of Lorvia"],
            "entity_type": ["PERSON", "PERSON", "ORG"],
            "mentions": [1, 1, 1],
            "paragraphs": [1, 1, 1],
            "first_paragraph": [1, 1, 1],
        }
    )
    silent = speakers.unheard(entities, quotes)
    assert list(silent["entity"]) == ["Bank of Lorvia"]


def test_a_hyphenated_title_before_the_name_is_kept_whole():
    found = table(
        "date 2025-05-12 Bill\n\n"
        "Te Pāti Māori co-leader Hana Te Awa-Rangi said the bill would be fought in every court."
    )
    row = found.iloc[0]
    assert row["speaker"] == "Hana Te Awa-Rangi"
    assert row["speaker_text"].startswith("Te Pāti Māori co-leader")


def test_a_partys_candidate_is_no_voice_of_the_party():
    found = table(
        "date 2025-05-13 By-election\n\n"
        "Voters in Hartley go to the polls on Thursday. Reform UK's candidate said the town had been ignored for "
        "years."
    )
    row = _row(found, "ignored")
    assert row["speaker"] != "Reform UK"


def test_a_verdict_is_no_statement():
    found = table(
        "date 2025-05-14 Jury finds Cork man guilty of killing cyclist\n\n"
        "A jury found Liam Hurley, 39, guilty of dangerous driving causing death. The tribunal found the firm liable "
        "for the losses."
    )
    assert found.empty


def test_the_judge_is_not_the_one_judged():
    found = table(
        "date 2025-05-15 Verdict\n\n"
        "A jury found Liam Hurley, 39, guilty of dangerous driving causing death. The judge said he would be "
        "sentenced in June."
    )
    row = _row(found, "sentenced")
    assert row["speaker"] != "Liam Hurley"


def test_a_prize_claimed_is_no_statement():
    found = table("date 2025-05-16 Okafor edges Lin in final to claim first world snooker crown\n\nOkafor won 18-16.")
    assert found.empty


def test_a_rule_for_any_company_is_no_statement():
    found = table(
        "date 2025-05-17 Pay vote\n\n"
        "Under the code, a company that loses a fifth of the votes must explain within six months what it has done."
    )
    assert found.empty


def test_a_finite_verb_read_as_a_participle_of_the_name():
    found = table(
        "date 2025-05-18 Final\n\n"
        'Dirk Hoven, a former champion, posted on social media that the winner had "earned every point".'
    )
    row = _row(found, "earned every point")
    assert row["speaker"] == "Dirk Hoven"


def test_she_after_a_name_the_recogniser_did_not_type_as_a_person():
    found = table(
        "date 2025-05-19 Fine\n\n"
        '"This conduct is illegal under our rules," Teresa Ribera, the commissioner, said at a news conference.\n\n'
        "She said the company had 60 days to reply."
    )
    row = _row(found, "60 days")
    assert row["speaker"] == "Teresa Ribera"


def test_it_in_a_relative_clause_is_the_body_the_sentence_is_about():
    found = table(
        "date 2025-05-20 Fine\n\n"
        "The European Commission fined Brightline Technologies Ltd on Friday and ordered the company to end practices "
        "that it said favoured its own services."
    )
    row = _row(found, "favoured")
    assert row["speaker"] == "European Commission"


def test_a_player_described_by_position_is_the_one_named_before():
    found = table(
        "date 2025-05-21 Game\n\n"
        "Marcus Lyle completed 27 of 41 passes but was sacked four times.\n\n"
        '"They got after us," the Hawks quarterback said. "That is on me."'
    )
    row = _row(found, "got after us")
    assert row["speaker"] == "Marcus Lyle"


def test_a_description_is_not_the_one_named_only_as_the_agent():
    found = table(
        "date 2025-05-22 Game\n\n"
        "The Hawks lost 20-17. Their passer was sacked four times, twice by linebacker Tom Reyes.\n\n"
        '"They got after us," the Hawks quarterback said. "That is on me."'
    )
    row = _row(found, "got after us")
    assert row["speaker"] != "Tom Reyes"


def test_two_bodies_with_short_names_in_brackets_speak_together():
    found = table(
        "date 2025-05-23 Prices\n\n"
        "Core inflation eased to 0.5 per cent in July, the Monetary Authority of Singapore (MAS) and the Ministry of "
        "Trade and Industry (MTI) said in a joint statement."
    )
    row = _row(found, "Core inflation")
    assert row["speaker"] == "Monetary Authority of Singapore and Ministry of Trade and Industry"
