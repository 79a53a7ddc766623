"""Who said what (newsframe.quotes): a live page's clock time before a speaker, "the judge" and "the trainer" as
the one person named with that title, a second speaker after "while", a family heard under several phrases, no one
as a speaker, a meeting's purpose, and machine-translated speech opened by a hyphen, on short invented articles."""

from __future__ import annotations

from test_quotes import table


def test_a_live_pages_clock_time_is_no_part_of_the_speaker():
    found = table(
        "date 2025-02-01T18:00 Live: Harlow v Drayton\n\n"
        "17:50 Full-time: Harlow 2-1 Drayton.\n\n"
        "17:20 Harlow manager Keith Brannagan speaks before the match.\n\n"
        '16:40 Brannagan told Radio Essex that his players were "ready for a scrap".'
    )
    row = found[found["paragraph"] == 3].iloc[0]
    assert row["speaker"] == "Keith Brannagan"
    assert row["speaker_text"] == "Brannagan"


def test_the_judge_is_the_one_person_titled_judge_and_a_he_after_it():
    found = table(
        "date 2025-03-03 Fraud trial\n\n"
        "Recorder Amelia Tusk and District Judge Howard Pim sat on the case at Lewes.\n\n"
        "Earlier this year Judge Pim fined the firm. On Monday its founder, Colin Rusk, 58, argued that the fine was "
        "too high.\n\n"
        'The judge dismissed the appeal. "The penalty reflects the harm done," he said.'
    )
    last = found[found["paragraph"] == 3]
    assert last["speaker"].tolist() == ["Howard Pim", "Howard Pim"]


def test_the_trainer_is_the_one_named_trainer_before():
    found = table(
        "date 2025-04-05 Lingfield\n\n"
        "Sea Lantern won the feature race for trainer Noreen Daly by a neck from Copper Kettle.\n\n"
        'Jockey Sam Welby said the filly had "found plenty". "She will go for the Oaks," the trainer said.'
    )
    row = found[found["text"].str.contains("Oaks")].iloc[0]
    assert row["speaker"] == "Noreen Daly"


def test_a_second_speaker_after_while_says_their_own():
    found = table(
        "date 2025-05-06 Shares\n\n"
        "Analysts at Brindle Securities said the offer was fair, while Corvan Bank analyst Petra Lind said she "
        "expected a higher bid."
    )
    assert found["speaker"].tolist() == ["Brindle Securities", "Petra Lind"]
    assert found["text"].tolist() == ["the offer was fair", "she expected a higher bid"]


def test_a_family_heard_under_several_phrases_is_one_source():
    found = table(
        "date 2025-06-07 Tributes\n\n"
        "A walker died after falling near Kinlochleven on Saturday.\n\n"
        'His family said he had been "happiest on the hills".\n\n'
        "A statement from the family thanked the rescue volunteers.\n\n"
        '"We cannot thank them enough," they added.'
    )
    assert found["speaker"].nunique() == 1


def test_no_one_is_no_speaker():
    found = table(
        "date 2025-07-08 Van hits bridge in Oldham, no injuries reported\n\n"
        "No group has claimed responsibility for the graffiti on the bridge.\n\n"
        "Officials from the council and the rail operator met to discuss repairs on Tuesday.\n\n"
        "The council said the bridge would reopen on Friday."
    )
    assert found["speaker"].tolist() == ["council"] or found["speaker_text"].tolist() == ["The council"]
    assert found["cue"].tolist() == ["said"]


def test_machine_translated_speech_opened_by_a_hyphen_is_direct():
    found = table(
        "date 2025-01-09 Snow in Kainuu\n\n"
        "Heavy snow closed schools in Kainuu on Thursday.\n\n"
        "- The ploughs have been out since four in the morning. We ask everyone to stay at home, says the "
        "road manager Ilkka Vartio.\n\n"
        "- Do not drive today, he says."
    )
    assert found["kind"].tolist() == ["direct", "direct"]
    assert found["text"].iloc[0].count("ploughs") == 1 and "stay at home" in found["text"].iloc[0]


def test_a_hyphened_list_is_no_speech():
    found = table(
        "date 2025-01-09 What we know\n\n"
        "Storm Elin closed roads across the county overnight.\n\n"
        "The main points:\n"
        "- Trains are cancelled, the operator said.\n"
        "- Schools stay open, the council said."
    )
    assert "direct" not in found["kind"].tolist()


def test_a_subject_read_as_the_cues_object_is_part_of_what_was_said():
    found = table(
        "date 2025-08-10 Moor fire\n\n"
        "The fire service said the blaze, burning close to the village of Holme, had spread to 300 hectares."
    )
    assert found["text"].iloc[0].startswith("the blaze, burning close")


def test_what_someone_calls_a_thing_is_a_name_given():
    found = table(
        "date 2025-09-11 Phone launch\n\n"
        "Nordvik unveiled what it calls Nordvik Sense, a set of camera tools, at its launch in Oslo on Tuesday."
    )
    assert "calls" not in found["cue"].tolist()


def test_a_thing_going_on_after_while_is_part_of_what_was_said():
    found = table(
        "date 2025-10-12 Harbour case\n\n"
        "A spokesman for the harbour board said it would give no details while the case continues."
    )
    assert found["text"].iloc[0] == "it would give no details while the case continues"
