"""Who said what (newsframe.quotes): two speakers in one sentence, charges that go on over a relative clause, and
what was said after a phrase of time or place the parse read as a relative clause, on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_a_second_speaker_brought_in_by_while_does_not_take_the_first_quotation():
    found = table(
        "date 2026-10-08 Debate\n\n"
        'Landry said he would "never touch a dime of benefits," while Quinlan said "everything should be on the '
        'table except cuts."'
    )
    by = dict(zip(found["speaker"], found["text"]))
    assert by["Quinlan"] == '"everything should be on the table except cuts."'
    assert by["Landry"] == 'he would "never touch a dime of benefits,"'


def test_a_quotation_its_cue_interrupts_is_still_one_statement():
    found = table('date 2026-10-08 Debate\n\n"We will not stop," the minister said, "until the job is done."')
    assert found["text"].tolist() == ['"We will not stop," "until the job is done."']
    assert found["kind"].tolist() == ["direct"]


def test_a_charge_goes_on_over_the_relative_clause_that_carries_its_quotation():
    found = table(
        "date 2026-10-08 Debate\n\n"
        'Quinlan accused the Republican of voting for trade deals that "shipped Ohio jobs to Mexico and China."'
    )
    assert found["text"].tolist() == ['voting for trade deals that "shipped Ohio jobs to Mexico and China."']
    assert found["kind"].tolist() == ["partial"]


def test_what_was_said_after_a_phrase_of_time_is_the_that_clause():
    found = table(
        "date 2026-10-08 Debate\n\n"
        "Trump said during the debate that Landry was winning.\n\n"
        'Trump posted on social media during the debate that Landry had "won big."'
    )
    assert found["text"].tolist() == ["that Landry was winning", 'that Landry had "won big."']


def test_a_relative_clause_about_the_occasion_is_not_what_was_said():
    found = table("date 2026-10-08 Rally\n\nHe spoke at the rally that the party held in Leeds.")
    assert found.empty


def test_why_unnamed_sources_are_unnamed_is_no_part_of_who_they_are():
    found = table(
        "date 2026-03-04 Talks\n\n"
        "Two diplomats briefed on the talks in Jeddah, who spoke on condition of anonymity because the discussions "
        "are private, said mediators had hoped to announce a truce.\n\n"
        "People familiar with the plan, which was first reported by the Times, said it would be delayed."
    )
    assert found["speaker_text"].tolist() == [
        "Two diplomats briefed on the talks in Jeddah",
        "People familiar with the plan",
    ]


def test_a_cue_joined_after_a_reported_verdict_is_the_speakers_next_statement():
    found = table(
        "date 2026-09-17 Factory\n\n"
        'The GMB union said the decision was "a hammer blow" for the town and called on the government to act.\n\n'
        'Analysts said the warning was "not a surprise" after a weak summer but questioned whether the budget was '
        "well spent.\n\n"
        "She said the team was tired and wanted a rest."
    )
    assert found["text"].tolist()[:2] == ['the decision was "a hammer blow" for the town', "to act"]
    assert found["text"].tolist()[2:] == [
        'the warning was "not a surprise" after a weak summer',
        "whether the budget was well spent",
        "the team was tired and wanted a rest",
    ]


def test_the_countrys_agency_is_the_public_body_named_for_what_it_does():
    found = table(
        "date 2026-09-08 Earthquake\n\n"
        "A strong earthquake struck the east of the country on Tuesday, the country's disaster agency said.\n\n"
        "The quake hit at 3.47am, according to the Disaster and Emergency Management Authority (AFAD).\n\n"
        "The nation's health ministry said 20 people were hurt. The World Health Organization said it was ready."
    )
    assert found["speaker"].tolist() == [
        "Disaster and Emergency Management Authority",
        "Disaster and Emergency Management Authority",
        "The nation's health ministry",
        "World Health Organization",
    ]


def test_an_appeals_reference_number_and_telephone_call_are_no_statements():
    found = table(
        "date 2026-10-14 Missing walker\n\n"
        "Anyone with information should call 101, quoting reference A162093. Anyone who saw the crash is asked to "
        "call police quoting log 441 of 12 May.\n\n"
        "She called the decision disappointing."
    )
    assert found["text"].tolist() == ["the decision disappointing"]


def test_a_verdict_called_before_a_participle_is_still_a_statement():
    found = table(
        'date 2026-10-14 Deal\n\nClinton called the agreement "an historic step forward", saying it would save lives.'
    )
    assert found["text"].tolist() == ['the agreement "an historic step forward"', "it would save lives"]


def test_what_was_told_to_a_programme_is_the_that_clause_hung_on_it():
    found = table(
        "date 2026-10-09 Waiting list\n\n"
        "NHS England's medical director, Prof Sir Stephen Powis, told BBC Radio 4's Today programme that staff had "
        'worked "incredibly hard" over the summer and urged people to get their flu vaccines.'
    )
    assert found["text"].tolist() == [
        'that staff had worked "incredibly hard" over the summer',
        "people to get their flu vaccines",
    ]
    assert set(found["speaker"]) == {"Stephen Powis"}


def test_a_minister_titled_once_and_named_bare_since_is_not_the_prime_minister():
    found = table(
        "date 2026-06-12 Resignation\n\n"
        "Transport minister Helen Ashdown has resigned.\n\n"
        'In her resignation letter to the prime minister, Ashdown wrote that the decision "breaks faith".\n\n'
        'In his reply, the prime minister said he was "sorry to lose a talented colleague". He said the bypass had '
        "been cancelled."
    )
    assert found["speaker"].tolist() == ["Helen Ashdown", "the prime minister", "the prime minister"]


def test_a_gloss_in_which_others_speak_is_their_statement_not_part_of_the_first():
    found = table(
        "date 2026-06-27 Ruling\n\n"
        "The Supreme Court ruled on Friday that agencies cannot impose large fines without a jury trial, a decision "
        "that legal experts said could upend enforcement.\n\n"
        "The firm said it would cut 300 jobs, a move that unions said was a betrayal.\n\n"
        "She said she met Tom Hale, a man who said he was a doctor."
    )
    assert found["text"].tolist() == [
        "that agencies cannot impose large fines without a jury trial",
        "could upend enforcement",
        "it would cut 300 jobs",
        "was a betrayal",
        "she met Tom Hale, a man who said he was a doctor",
    ]


def test_a_dateline_the_parse_took_for_the_subject_is_not_the_speaker():
    found = table(
        "date 2026-06-16 Summit\n\n"
        "EVIAN-LES-BAINS, France — Leaders of the Group of Seven agreed on Tuesday to lend Ukraine $50 billion."
    )
    assert found["speaker_text"].tolist() == ["Leaders of the Group of Seven"]


def test_the_day_something_was_said_is_no_part_of_what_was_said():
    found = table("date 2026-06-16 Veto\n\nThe White House said on Tuesday it would veto the bill.")
    assert found["text"].tolist() == ["it would veto the bill"]


def test_the_company_is_not_a_body_named_once_in_passing():
    found = table(
        "date 2026-10-09 Recall\n\n"
        "Brightstart Nutrition said the recall covers three sizes of its formula. The cans were sold at Walmart and "
        "Target stores.\n\n"
        "No illnesses have been reported, the company said.\n\n"
        "The bacterium is rare, according to the Centers for Disease Control and Prevention.\n\n"
        "The company said it had paused production.\n\n"
        "Aldi has recalled two batches of its milk. The company said no one was ill."
    )
    assert found["speaker"].tolist() == [
        "Brightstart Nutrition",
        "Brightstart Nutrition",
        "Centers for Disease Control and Prevention",
        "Brightstart Nutrition",
        "Aldi",
    ]


def test_what_was_told_outside_a_place_is_the_that_clause_hung_on_it():
    found = table(
        "date 2026-10-09 Court\n\n"
        "His attorney, Mark Feldstein, told reporters outside the courthouse that his client had acted in "
        "self-defense."
    )
    assert found["text"].tolist() == ["that his client had acted in self-defense"]


def test_a_claim_the_parse_joined_to_what_a_panel_heard_is_the_claimants():
    found = table(
        "date 2026-10-09 Misconduct\n\n"
        "The panel heard that Harker pursued a stolen car without permission, then claimed in his notes that he "
        "had lost sight of the car."
    )
    assert found["speaker"].tolist() == [None, "Harker"]
    assert found["cue"].tolist() == ["heard", "claimed"]


def test_a_phrase_set_off_by_dashes_after_the_subject_is_no_dateline():
    found = table(
        "date 2026-03-04 Scholars\n\n"
        "The three constitutional scholars — Mr. Tribe, Ms. Lee and Mr. Hale — agreed that the plan was lawful."
    )
    assert found["speaker_text"].tolist() == ["The three constitutional scholars"]


def test_a_nations_government_spokesperson_is_not_the_body_heard_before():
    found = table(
        "date 2026-10-09 Factory\n\n"
        "The GMB union said the decision was a blow. A French government spokesperson said ministers would help."
    )
    assert found["speaker"].tolist() == ["GMB", "A French government spokesperson"]


def test_results_from_a_body_are_that_body():
    found = table(
        "date 2026-10-09 By-election\n\n"
        "Elections Canada said turnout was 31%.\n\n"
        "Anita Sharma won 44% of the vote, according to preliminary results from Elections Canada."
    )
    assert found["speaker"].tolist() == ["Elections Canada", "Elections Canada"]


def test_figures_from_the_committee_are_the_committee_named_before():
    found = table(
        "date 2026-03-20 Outage\n\n"
        "The Treasury Committee chair, Dame Meg Hillier, said she would write to the bank.\n\n"
        "The Financial Conduct Authority said it was in close contact with the bank.\n\n"
        "Figures from the committee show that the biggest banks suffered 158 IT failures in two years."
    )
    assert found["speaker"].tolist() == ["Meg Hillier", "Financial Conduct Authority", "Treasury Committee"]


def test_the_company_is_the_employer_named_just_before():
    found = table(
        "date 2026-05-20 Crash\n\n"
        "EgyptAir said the plane had disappeared from radar.\n\n"
        "Ahmed Helal worked for Procter & Gamble in Cairo. The company confirmed that Helal was on board."
    )
    assert found["speaker"].tolist() == ["EgyptAir", "Procter & Gamble"]


def test_a_result_is_no_document_that_does_the_speakers_next_deed():
    found = table(
        "date 2026-10-09 By-election\n\n"
        'Mr Chen said that the result was "a warning to the government" and thanked volunteers for their work.'
    )
    assert found["cue"].tolist() == ["said", "thanked"]


def test_what_someone_is_reminded_of_is_the_that_clause_hung_on_them():
    found = table(
        "date 2026-07-10 Strike\n\nThe Civil Aviation Authority reminded passengers that airlines must offer refunds."
    )
    assert found["text"].tolist() == ["that airlines must offer refunds"]
    assert found["speaker"].tolist() == ["Civil Aviation Authority"]


def test_a_venue_described_is_the_theatre_named_before():
    found = table(
        "date 2026-02-04 Theatre\n\n"
        "The Riverside Playhouse in Kendal will close in June.\n\n"
        "The 220-seat venue, which opened in 1952, said it could not cover the gap."
    )
    assert found["speaker"].tolist() == ["Riverside Playhouse"]


def test_a_past_verb_after_a_clause_with_a_modal_is_the_speakers_next_statement():
    found = table(
        "date 2026-10-21 Questions\n\n"
        "Ms Dunmore said she would “look carefully” at the request but insisted that Scotland received more per head "
        "than any other part of the UK.\n\n"
        "The chairman said the club would appeal and criticised the referee for his decision.\n\n"
        "The minister said the two sides had met on Monday and agreed to resume talks."
    )
    assert found["cue"].tolist() == ["said", "insisted", "said", "criticised", "said"]
    assert found["text"].tolist() == [
        "she would “look carefully” at the request",
        "that Scotland received more per head than any other part of the UK",
        "the club would appeal",
        "the referee for his decision",
        "the two sides had met on Monday and agreed to resume talks",
    ]


def test_a_closing_cue_the_parse_read_as_a_participle_of_its_speaker_is_found():
    found = table(
        "date 2026-02-04 Theatre\n\n"
        "The Riverside Playhouse will close in June after the council withdrew its grant, the theatre's trustees "
        "announced on Tuesday.\n\n"
        "Prices rose sharply, with the figures released on Tuesday."
    )
    assert found["text"].tolist() == ["The Riverside Playhouse will close in June after the council withdrew its grant"]
    assert found["speaker"].tolist() == ["the theatre's trustees"]


def test_a_speaker_whose_name_has_a_comma_is_written_whole():
    found = table(
        "date 2026-09-02 Right to switch off\n\n"
        "Workers can complain to an employment tribunal. The Advisory, Conciliation and Arbitration Service (Acas) "
        "says most disputes should be settled informally first."
    )
    assert found["speaker"].tolist() == ["Advisory, Conciliation and Arbitration Service"]
    assert found["speaker_text"].tolist() == ["The Advisory, Conciliation and Arbitration Service"]
    start, end = found.loc[0, ["speaker_start", "speaker_end"]]
    text = "Workers can complain to an employment tribunal. The Advisory, Conciliation and Arbitration Service"
    assert (start, end) == (text.index("The Advisory"), len(text))


def test_a_gloss_after_a_cue_set_off_by_commas_is_the_reporters():
    found = table(
        "date 2026-04-08 Missile\n\n"
        "North Korea fired a ballistic missile off its east coast on Wednesday, South Korea's military said, the "
        "third launch in a month.\n\n"
        "Rates rose by a quarter point, the bank said, the first rise in a decade.\n\n"
        "The plan, he said, was never to sell the land."
    )
    assert found["text"].tolist() == [
        "North Korea fired a ballistic missile off its east coast on Wednesday",
        "Rates rose by a quarter point",
        "The plan was never to sell the land",
    ]


def test_where_a_statement_was_made_is_no_part_of_it():
    found = table(
        "date 2026-04-08 Missile\n\n"
        "Kim Yo Jong warned on Tuesday that Pyongyang would take “overwhelming action” if the drills went ahead, in a "
        "statement carried by the official KCNA news agency.\n\n"
        "The minister said the deal was signed, in his view, too quickly."
    )
    assert found["text"].tolist() == [
        "that Pyongyang would take “overwhelming action” if the drills went ahead",
        "the deal was signed, in his view, too quickly",
    ]


def test_videos_viewed_are_watched_not_a_view():
    found = table(
        "date 2026-05-12 Tour\n\n"
        "Videos of the incident were viewed millions of times on TikTok.\n\n"
        "Many economists view the deal as a mistake."
    )
    assert found["text"].tolist() == ["the deal as a mistake"]


def test_a_relative_clause_with_its_own_cue_closing_a_statement_is_a_statement_of_its_own():
    found = table(
        "date 2026-02-26 Budget\n\n"
        "She criticised the decision to close the recycling centre on Sundays, which she said would lead to more "
        "fly-tipping in rural wards.\n\n"
        "He said the new rules, which critics say will cost jobs, would take effect in May."
    )
    assert found["text"].tolist() == [
        "the decision to close the recycling centre on Sundays",
        "would lead to more fly-tipping in rural wards",
        "the new rules, which critics say will cost jobs, would take effect in May",
    ]


def test_a_named_source_saying_a_clause_of_its_own_after_and_is_a_statement_of_its_own():
    found = table(
        "date 2026-07-12 Final\n\n"
        "The All England Club said a record 15,000 spectators had watched the final on the big screen, and the BBC "
        "said the television audience had peaked at 9.4 million.\n\n"
        "The club said 15,000 people came, and the BBC reported a peak audience of 9.4 million."
    )
    assert found["text"].tolist() == [
        "a record 15,000 spectators had watched the final on the big screen",
        "the television audience had peaked at 9.4 million",
        "15,000 people came",
    ]
    assert found["speaker"].tolist() == ["All England Club", "BBC", "All England Club"]


def test_mps_after_by_are_the_accusers_and_a_quoted_tail_after_a_comma_is_said():
    found = table(
        "date 2026-02-11 Water boss grilled\n\n"
        "The chief executive of Southern Vale Water was accused by MPs on Tuesday of “rewarding failure”.\n\n"
        "Asked whether she would swim off Whitstable, Ms Oduya said she would, “on a day when the water quality is "
        "good”."
    )
    assert found["speaker_text"].tolist() == ["MPs", "Ms Oduya"]
    assert found["text"].tolist() == ["“rewarding failure”", "she would, “on a day when the water quality is good”"]


def test_what_is_denied_or_admitted_with_a_gerund_is_said():
    found = table(
        "date 2026-08-20 Ban\n\n"
        "Adeyinka has denied knowingly taking the substance and blamed contaminated meat she ate at a camp.\n\n"
        "He admitted driving without insurance."
    )
    assert found["cue"].tolist() == ["denied", "blamed", "admitted"]
    assert found["text"].tolist() == [
        "knowingly taking the substance",
        "contaminated meat she ate at a camp",
        "driving without insurance",
    ]


def test_two_people_named_by_surname_speak_together_though_one_surname_is_a_common_noun():
    found = table(
        "date 2026-07-10 Sentenced\n\n"
        "Daniel Price, 24, and Liam Doyle, 26, were jailed.\n\n"
        "Price and Doyle pleaded guilty to robbery but denied the charge of causing grievous bodily harm."
    )
    assert found["speaker_text"].tolist() == ["Price and Doyle"]


def test_a_subject_the_parse_read_as_a_second_subject_of_the_cue_is_said():
    found = table(
        "date 2026-07-03 Test\n\n"
        "Rain is forecast for Saturday afternoon, and the England and Wales Cricket Board (ECB) said spectators with "
        "tickets for a day with fewer than 15 overs would be entitled to a refund."
    )
    assert found["text"].tolist() == [
        "spectators with tickets for a day with fewer than 15 overs would be entitled to a refund"
    ]
