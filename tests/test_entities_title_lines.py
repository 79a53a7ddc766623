"""Names in a related story's Title Case title set inside an article: the recogniser runs a name into the next
capitalised word, and that longer name must not take in the person's own mentions."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_run_on_in_a_title_case_line_does_not_take_in_the_persons_name():
    rows = _kinds(
        _entities_of(
            "date 2016-01-01 Debate\n\n"
            "Sen. Bernie Sanders defended his call on Saturday. Bernie Sanders said more later.\n\n"
            "Bernie Sanders Pins The Rise Of ISIS On ‘Disastrous’ Invasion Of Iraq See photos from the debate below:\n"
        )
    )
    assert rows["Bernie Sanders"][1] == 2


def test_a_name_given_whole_in_a_sentence_still_takes_in_its_short_form():
    rows = _kinds(
        _entities_of(
            "date 2026-05-20 Record climb\n\n"
            "Kami Rita Sherpa reached the summit for the 32nd time on Wednesday.\n\n"
            "Kami Rita, 56, said he would keep climbing.\n"
        )
    )
    assert rows["Kami Rita Sherpa"] == ("PERSON", 2) and "Kami Rita" not in rows


def test_a_paragraph_of_one_word_and_its_mark_reads_without_error():
    rows = _kinds(_entities_of("date 2016-01-01 Debate\n\nWow!\n\nSen. Bernie Sanders spoke on Saturday.\n"))
    assert rows["Bernie Sanders"] == ("PERSON", 1)
