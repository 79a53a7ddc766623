"""Who said what (newsframe.quotes): who a pronoun, a possessive role and a body's description stand for, when
someone else of the same kind stands beside the name, on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text

INQUIRY = (
    "date 2025-03-06 Inquiry\n\n"
    "Baroness Ruth Ainsley said the warnings had been sent to her private office.\n\n"
    "Counsel to the inquiry, Mark Tennant KC, asked her whether she accepted responsibility. "
    '"I accept that the system failed," she replied.\n\n'
    "Mr Tennant put it to her that a briefing note, which she initialled, referred to risks. She said the note "
    "covered 40 trusts.\n\n"
)


def test_a_pronoun_object_of_a_mans_question_does_not_make_him_a_woman():
    # "asked her", "put it to her that …, which she initialled": the woman asked, not the man asking
    found = table(INQUIRY)
    by = dict(zip(found["text"], found["speaker"]))
    assert by['"I accept that the system failed,"'] == "Ruth Ainsley"
    assert by["the note covered 40 trusts"] == "Ruth Ainsley"
    assert by["whether she accepted responsibility"] == "Mark Tennant"


def test_an_object_pronoun_of_the_other_gender_leaves_the_pronoun_after_it_to_the_one_named():
    # the object pronoun is only skipped when it is of the pronoun's gender: "Dray thanked him" leaves "she" hers
    found = table(
        "date 2025-03-06 Inquiry\n\n"
        "Ruth Ainsley spoke first. Helen Dray thanked him for the report. She said it was safe.\n\n"
        "Later, the chairman Tom Hale intervened. He said the hearing would resume."
    )
    by = dict(zip(found["text"], found["speaker"]))
    assert by["it was safe"] == "Helen Dray"
    assert by["the hearing would resume"] == "Tom Hale"


def test_his_role_is_the_one_named_with_that_role_not_the_owner():
    found = table(
        "date 2025-11-14 Rovers\n\n"
        "Bramford Rovers manager Dean Holloway has insisted his side are not in a crisis.\n\n"
        'Striker Ade Okonkwo has not scored in nine games. "He\'ll come good," his manager said.'
    )
    by = dict(zip(found["text"], found["speaker"]))
    assert by['"He\'ll come good,"'] == "Dean Holloway"


def test_his_office_still_speaks_for_the_owner():
    found = table(
        "date 2025-11-14 Minister\n\nEnergy minister Tom Hale was not at the meeting. His office said he was unwell."
    )
    assert found["speaker"].tolist() == ["Tom Hale"]


def test_the_club_after_a_defeat_is_the_club_beaten_not_the_one_that_beat_it():
    found = table(
        "date 2025-11-14 Rovers\n\n"
        "Bramford Rovers manager Dean Holloway has insisted his side are not in a crisis.\n\n"
        "Rovers were beaten 3-1 at home by Coventry City on Tuesday.\n\n"
        "The club confirmed that midfielder Jonas Eklund would miss six weeks."
    )
    by = dict(zip(found["text"], found["speaker"]))
    assert by["that midfielder Jonas Eklund would miss six weeks"] == "Bramford Rovers"


def test_the_club_after_it_beat_another_is_itself():
    found = table(
        "date 2025-11-14 City\n\n"
        "Leeds United beat Bramford Rovers 3-1 on Tuesday.\n\n"
        "The club confirmed that midfielder Jonas Eklund would miss six weeks."
    )
    assert found["speaker"].tolist() == ["Leeds United"]


def test_who_carried_a_statement_is_no_part_of_it():
    found = table(
        "date 2025-01-15 Strikes\n\n"
        "The ministry said its forces had struck 20 targets, according to the state news agency TASS."
    )
    by = dict(zip(found["speaker"], found["text"]))
    assert by["Defence Ministry" if "Defence Ministry" in by else "The ministry"] == "its forces had struck 20 targets"
    assert by["TASS"] == "The ministry said its forces had struck 20 targets"


def test_what_a_witness_saw_happen_is_no_statement():
    found = table(
        'date 2025-06-11 Nurse tells murder trial she saw colleague "holding pillow" over patient\n\n'
        'Grace Adebayo said she saw him "holding a pillow" over the patient\'s face.'
    )
    assert found["cue"].tolist() == ["tells", "said"]


def test_a_body_that_sees_growth_slowing_still_gives_a_view():
    found = table("date 2025-06-11 Outlook\n\nThe IMF sees growth slowing to 2% next year.")
    assert found["text"].tolist() == ["growth slowing to 2% next year"]


def test_a_call_for_something_to_be_done_is_a_statement():
    found = table(
        "date 2025-09-23 Council\n\n"
        'Unison said its members had been "kept in the dark" and called for the plans to be withdrawn.'
    )
    assert found["text"].tolist() == ['its members had been "kept in the dark"', "the plans to be withdrawn"]
    assert found["speaker"].tolist() == ["Unison", "Unison"]


def test_a_body_named_in_an_aside_on_a_persons_career_is_not_the_company():
    found = table(
        "date 2025-06-20 Bakery\n\n"
        "Bramwell Foods published its annual results on Thursday.\n\n"
        "Chief executive Helen Marsh, who joined from Unilever in 2019, said the results were strong.\n\n"
        "The company said it would put £2.5 million into a profit-sharing scheme."
    )
    assert found["speaker"].tolist()[-1] == "Bramwell Foods"


def test_a_time_of_day_before_a_word_in_lower_case_ends_no_sentence():
    found = table(
        "date 2025-01-14 Quake\n\n"
        "The Japan Meteorological Agency reported a strong earthquake.\n\n"
        "The quake hit at 10:52 a.m. local time at a depth of about 40 km, the agency said."
    )
    assert found["text"].tolist()[-1] == "The quake hit at 10:52 a.m. local time at a depth of about 40 km"
    assert found["speaker"].tolist()[-1] == "Japan Meteorological Agency"


def test_a_list_of_bodies_closed_by_and_speaks_together():
    found = table(
        "date 2025-06-10 Recall\n\n"
        "Tesco, Sainsbury's and Asda said the products had been removed from sale.\n\n"
        "Residents in Whitwick, Thringstone and Coalville said the roads had flooded."
    )
    assert found["speaker"].tolist()[0] == "Tesco, Sainsbury's and Asda"
    assert found["speaker_text"].tolist()[0] == "Tesco, Sainsbury's and Asda"
    assert found["speaker"].tolist()[1] == "Residents in Whitwick, Thringstone and Coalville"


def test_a_headline_label_and_a_closing_title_line_are_no_transcript():
    found = table(
        'date 2025-09-21 Mara Quintero: "I paint what I cannot say out loud"\n\n'
        'Mara Quintero paints every day. "I never stop," she says.\n\n'
        "Mara Quintero: Blue Hours opens at Tate Britain on 9 October and runs until 15 February."
    )
    assert "Blue Hours" not in " ".join(found["text"])
    assert len(found) == 2


def test_whom_an_appeal_is_made_to_goes_with_what_it_asks():
    found = table(
        "date 2025-04-08 Appeal\n\n"
        "Sergeant Lisa Okafor urged anyone with dashcam footage to come forward.\n\n"
        "The minister urged voters to back the plan. He told reporters to wait."
    )
    assert found["text"].tolist() == ["anyone with dashcam footage to come forward", "voters to back the plan"]


def test_the_union_may_be_the_association_named_before():
    found = table(
        "date 2025-07-08 Strike\n\n"
        "Resident doctors will walk out for five days, the British Medical Association has announced.\n\n"
        "The strike will begin at 7am on Friday 25 July, the union said.\n\n"
        "The council said the roads would stay open."
    )
    assert found["speaker"].tolist() == ["British Medical Association", "British Medical Association", "The council"]
