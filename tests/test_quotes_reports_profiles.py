"""Who speaks in a match report and a profile: a name no reader reads, "he" after a question about a player, a
surname before a verb read as a noun."""

from __future__ import annotations

from test_entities import _entities_of, _kinds
from test_quotes import quoting, table

MATCH = (
    "date 2026-11-23 Arteta hails 'special' Saka after Arsenal come from behind\n\n"
    'Mikel Arteta praised Bukayo Saka\'s "special" performance after the winger inspired Arsenal to a 3-1 '
    "comeback win over Aston Villa on Sunday.\n\n"
    '"He\'s a special player," Arteta told Sky Sports.\n\n'
    "Asked whether Saka was the best winger in the league, the Arsenal manager smiled. "
    '"You\'ll have to ask the other managers," he said.\n'
)


def test_a_name_no_reader_reads_that_opens_with_a_given_name_is_a_person_counted_by_surname_too():
    rows = _kinds(_entities_of(MATCH))
    assert rows["Mikel Arteta"] == ("PERSON", 3)  # "Arteta hails", "Arteta told Sky Sports" counted too
    found = table(MATCH)
    assert quoting(found, "special player")["speaker"] == "Mikel Arteta"


def test_he_after_a_question_about_a_player_is_the_one_asked():
    found = table(MATCH)
    assert quoting(found, "ask the other managers")["speaker"] == "Mikel Arteta"


def test_a_headline_word_in_single_quotes_keeps_both_its_marks():
    found = table(MATCH)
    row = found[found["paragraph"] == 0].iloc[0]
    assert (row["cue"], row["kind"], row["text"]) == ("hails", "partial", "'special' Saka")


def test_a_surname_before_a_verb_read_as_a_plural_noun_is_counted_and_heard():
    found = table(
        "date 2026-11-28 The baker who kept a village alive\n\n"
        "Maria Santos did not plan to become a shopkeeper.\n\n"
        'A planning officer says the garage "was never meant to be a shop".\n\n'
        'Santos shrugs at that. She is 66 now. "What would I do?" she asks.\n'
    )
    assert quoting(found, "What would I do")["speaker"] == "Maria Santos"


def test_a_headlines_new_mayor_is_the_person_the_body_says_was_elected_mayor():
    found = table(
        "date 2026-11-27 'I never wanted to be a politician': Q&A with the new mayor\n\n"
        "Aisha Rahman was elected mayor of Greenfield last month, the first woman to hold the post.\n\n"
        "Her opponent, Gareth Lloyd, was appointed chief executive of a housing trust in May.\n"
    )
    row = found[found["paragraph"] == 0].iloc[0]
    assert (row["speaker"], row["speaker_text"]) == ("Aisha Rahman", "the new mayor")


SNOOKER = (
    "date 2026-11-22 Williams sets up final with O'Sullivan\n\n"
    "Mark Williams will face Ronnie O'Sullivan in the final of the UK Championship in York on Sunday after beating "
    "Judd Trump 6-4.\n\n"
    'The Welshman, 51, trailed 4-2 before winning four frames in a row. "I didn\'t think I had a chance at 4-2," '
    "he said.\n\n"
    'Trump, the world number one, admitted he had "switched off" after the interval. "I gave him a sniff and he '
    'took it," the Englishman said.\n\n'
    "O'Sullivan, who beat Kyren Wilson 6-1 in the other semi-final, is chasing a ninth UK title.\n"
)


def test_in_snooker_a_player_before_a_score_is_a_person_and_the_welshman_no_name():
    rows = _kinds(_entities_of(SNOOKER))
    assert rows["Judd Trump"] == ("PERSON", 2) and rows["Kyren Wilson"][0] == "PERSON"
    assert rows["Welshman"][0] == "NORP"
    found = table(SNOOKER)
    assert quoting(found, "had a chance")["speaker"] == "Mark Williams"
    assert quoting(found, "gave him a sniff")["speaker"] == "Judd Trump"


def test_a_town_beside_a_town_in_a_seats_name_is_no_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-05-02 Reform wins by-election by six votes\n\n"
            "Reform UK has won the Runcorn and Helsby by-election by just six votes after a recount.\n"
        )
    )
    assert rows.get("Helsby", ("GPE",))[0] != "ORG"
