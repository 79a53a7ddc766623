"""Who said what in wire copy and on live pages (newsframe.quotes), on short articles written for these tests: the
page's clock time and its zone are no speaker, and a release still to come is nothing said."""

from __future__ import annotations

from test_quotes_direct import table


def test_a_live_entrys_time_zone_is_no_speaker():
    found = table(
        "date 2026-01-20 Live: Rail network hit by signalling failure\n\n"
        "14:05 GMT: Network Rail says engineers have found the fault.\n\n"
        "11:02 GMT: A spokesman for East Midlands Railway said the failure happened shortly after 06:30 and "
        "affected all trains north of Bedford."
    )
    assert list(found["speaker_text"]) == ["Network Rail", "A spokesman for East Midlands Railway"]
    assert found["text"].iloc[1].startswith("the failure happened shortly after 06:30")


def test_a_release_to_come_conjoined_to_a_future_verb_is_nothing_said():
    found = table(
        "date 2025-10-29 Northgate cuts outlook\n\n"
        "Northgate Chemicals said demand in Europe was weak. The company will hold a capital markets day on Dec. 3 "
        "and publish full-year results on Feb. 26."
    )
    assert list(found["cue"]) == ["said"]


def test_a_release_already_made_is_still_reported():
    found = table(
        "date 2025-10-29 Northgate cuts outlook\n\n"
        "Northgate Chemicals held a call with analysts on Tuesday and published figures showing a 14% fall in profit."
    )
    assert "published" in list(found["cue"])


def test_a_datelines_place_read_as_the_subject_gives_way_to_the_two_people_after_it():
    found = table(
        "date 2024-08-30 Summit\n\n"
        "SEOUL, South Korea (AP) — South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida "
        "agreed on Thursday to hold regular summits again."
    )
    assert found["speaker"].iloc[0] == "Yoon Suk Yeol and Fumio Kishida"
    assert found["speaker_text"].iloc[0].startswith("South Korean President Yoon Suk Yeol and Japanese")


def test_who_after_a_person_of_a_state_is_that_person():
    found = table(
        "date 2024-02-08 Border bill fails\n\n"
        "Senate Republican leader Mitch McConnell of Kentucky, who had backed the talks for months, voted against "
        "the bill."
    )
    assert list(found["speaker"]) == ["Mitch McConnell"]


def test_a_stance_in_a_question_studied_is_nothing_said():
    found = table(
        "date 2024-10-14 Probe sets course for Jupiter\n\n"
        "The Clipper mission will study whether the ocean beneath the ice of Jupiter's moon Europa could support "
        "life. NASA said the spacecraft was healthy."
    )
    assert list(found["cue"]) == ["said"]


def test_a_headline_verb_read_as_a_noun_is_a_cue_and_its_infinitives_are_one_pledge():
    found = table(
        "date 2024-02-02 López Obrador and Lula pledge to defend Amazon and push for regional trade\n\n"
        "MEXICO CITY (Reuters) - Mexican President Andrés Manuel López Obrador and Brazilian President Luiz Inácio "
        "Lula da Silva pledged on Friday to deepen trade."
    )
    headline = found[found["paragraph"] == 0]
    assert list(headline["cue"]) == ["pledge"]
    assert headline["text"].iloc[0] == "to defend Amazon and push for regional trade"
    assert "Amazon" not in set(found["speaker"])


def test_two_titled_people_joined_by_and_speak_together():
    found = table(
        "date 2024-02-02 Summit\n\n"
        "Mexican President Andrés Manuel López Obrador and Brazilian President Luiz Inácio Lula da Silva pledged on "
        "Friday to deepen trade.\n\n"
        "The mayor of Leeds, Tom Hale, said the plan was dead."
    )
    assert list(found["speaker"]) == ["Andrés Manuel López Obrador and Luiz Inácio Lula da Silva", "Tom Hale"]


def test_a_speakers_name_the_parse_cut_at_its_start_is_written_whole():
    found = table(
        "date 2025-10-21 Food banks\n\n"
        "Save the Children and Citizens Advice also called on the Treasury to raise benefits in line with rents."
    )
    assert list(found["speaker_text"]) == ["Save the Children and Citizens Advice"]


def test_a_yes_or_no_said_is_what_was_said():
    found = table("date 2025-06-01 Minister quizzed\n\nAsked if he would resign, Tom Hale said no.")
    assert list(found["text"]) == ["no"]
    assert list(found["speaker"]) == ["Tom Hale"]
