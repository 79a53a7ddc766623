"""Who said what (newsframe.quotes): what is told to a gathering, results posted, how much is said, a party's other
name in a description, a relative clause set off by commas, a headline's short word for a role and the end of an
infinitive's clause, on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_what_is_told_to_a_hearing_read_as_its_relative_clause_is_said():
    found = table(
        "date 2026-11-27 Climber's death an accident\n\n"
        "His sister, Anna Whitlow, told the hearing he had texted her to say the weather was closing in.\n\n"
        "The officer told the court the car had been stolen."
    )
    rows = found[["paragraph", "cue", "text"]].values.tolist()
    assert [1, "told", "he had texted her to say the weather was closing in"] in rows
    assert [2, "told", "the car had been stolen"] in rows


def test_a_result_posted_is_no_message_but_a_post_online_is():
    found = table(
        "date 2026-11-30 Streamline cuts jobs\n\n"
        "The company posted a loss of $42m in the three months to September. Bolt posted a time of 9.58 seconds.\n\n"
        "Ms Raman posted on LinkedIn that she would take a cut in her salary."
    )
    assert found["text"].tolist() == ["that she would take a cut in her salary"]


def test_how_much_was_said_is_not_what_was_said():
    found = table(
        "date 2026-11-29 Review\n\n"
        "Her brother Erik said little all night, but his playing said plenty. The minister said nothing.\n\n"
        "Erik said more would be done."
    )
    assert found["text"].tolist() == ["more would be done"]


def test_a_partys_other_name_in_a_description_is_the_person_it_described():
    found = table(
        "date 2026-11-25 Clash at PMQs\n\n"
        "Sir Keir Starmer and Kemi Badenoch clashed, with the Conservative leader accusing the government of "
        '"letting criminals walk free".\n\n'
        '"We will build 14,000 places," Sir Keir told MPs.\n\n'
        "The Tory leader said the answer was wrong."
    )
    rows = found[["speaker", "speaker_text"]].values.tolist()
    assert ["Kemi Badenoch", "The Tory leader"] in rows
    assert ["Kemi Badenoch", "the Conservative leader"] in rows


def test_a_relative_clause_set_off_by_commas_is_no_aside_around_the_sentence():
    found = table(
        "date 2026-11-20 Extradition\n\n"
        "Daniel Okoro, who denies the charges, sat in the dock wearing a grey suit.\n\n"
        "The plan, he said, was never to sell."
    )
    assert found["text"].tolist() == ["the charges", "The plan was never to sell"]


def test_a_headlines_short_word_for_a_role_is_the_one_the_story_gives_it_in_full():
    found = table(
        "date 2026-11-19 Greyline shares slump as chief warns of 'tough Christmas'\n\n"
        "Shares in Greyline fell 14% on Wednesday.\n\n"
        'Chief executive Martin Sowerby told analysts that shoppers were "buying less and buying later".'
    )
    assert found.loc[found["paragraph"] == 0, "speaker"].tolist() == ["Martin Sowerby"]


def test_an_infinitive_keeps_the_end_of_its_clause_the_parse_hung_on_the_cue():
    found = table(
        "date 2026-11-24 Measles cases rise\n\n"
        "Health officials are urging parents to check their children are vaccinated.\n\n"
        "The rail operator urged passengers to check before they travel in the coming days.\n\n"
        "Police urged drivers to slow down and said roads were icy."
    )
    assert found["text"].tolist() == [
        "parents to check their children are vaccinated",
        "passengers to check before they travel in the coming days",
        "drivers to slow down",
        "roads were icy",
    ]


def test_a_quotation_after_a_reported_statement_goes_on_with_it():
    found = table(
        "date 2026-11-22 The baker who feeds a village\n\n"
        'Her daughter, Siobhan Quinn, says her mother has no plans to retire. "I\'ve asked her. She just laughs."\n\n'
        'Lee said the plan failed. "It was a disaster," he added.'
    )
    assert found[["speaker", "kind", "text"]].values.tolist() == [
        ["Siobhan Quinn", "partial", 'her mother has no plans to retire. "I\'ve asked her. She just laughs."'],
        ["Lee", "reported", "the plan failed"],
        ["Lee", "direct", '"It was a disaster,"'],
    ]


def test_a_noun_an_age_describes_is_the_person_last_named():
    found = table(
        "date 2026-11-20 Interview\n\n"
        "Ana Moreno laughs about the success of her third album.\n\n"
        '"Honestly, I thought about twelve people would hear it," says the 31-year-old singer-songwriter.'
    )
    assert found["speaker"].tolist() == ["Ana Moreno"]


def test_an_office_is_never_held_by_one_first_named_as_a_relative():
    found = table(
        "date 2026-11-20 My father and the care system\n\n"
        "My father, Ken, was a bus driver for 35 years. He could tell you which route ran past any house.\n\n"
        'Last week the health secretary told MPs that reform would come "in the next Parliament".'
    )
    assert found.loc[found["paragraph"] == 2, "speaker"].tolist() == ["the health secretary"]


def test_officials_in_two_places_are_no_joint_speech_of_the_places():
    found = table(
        "date 2026-11-24 Measles\n\n"
        "Public health officials in Coventry and Wolverhampton said they were monitoring suspected cases.\n\n"
        "The leaders of Estovia and Marrland agreed to talk."
    )
    assert found["speaker"].tolist() == [
        "Public health officials in Coventry and Wolverhampton",
        "Estovia and Marrland",
    ]


def test_a_participle_of_a_thing_after_a_comma_is_no_cue_closing_the_sentence():
    found = table(
        "date 2026-11-27 Energy price cap to rise\n\n"
        "The price cap does not limit total bills, only the price charged for each unit of energy.\n\n"
        "Harton have signed Brandt from Ajax, the Championship side announced on Wednesday."
    )
    assert found["text"].tolist() == ["Harton have signed Brandt from Ajax"]


def test_a_portfolio_office_is_the_one_titled_with_it_or_no_one_named():
    found = table(
        "date 2026-11-20 Care homes\n\n"
        "A young woman called Grace sat with him every day.\n\n"
        'Last week the health secretary told MPs that reform would come "in the next Parliament".'
    )
    assert found["speaker"].tolist() == ["the health secretary"]
    titled = table(
        "date 2026-11-20 Ward visit\n\n"
        "Health Secretary Wes Streeting visited the ward with Grace Hill. The health secretary said staff were heroes."
    )
    assert titled["speaker"].tolist() == ["Wes Streeting"]


def test_a_plural_description_of_bodies_is_no_one_body_named_before():
    found = table(
        "date 2026-11-26 Train drivers to strike\n\n"
        "The Rail Delivery Group urged passengers to plan ahead.\n\n"
        "The dispute began in March, when the operators proposed changes to Sunday working.\n\n"
        "The company said the talks had failed."
    )
    assert found["speaker"].tolist() == ["Rail Delivery Group", "the operators", "Rail Delivery Group"]


def test_those_a_passive_told_addresses_are_no_speakers():
    found = table(
        "date 2026-11-27 Jury told of 'screaming and banging' on night nurse died\n\n"
        'A neighbour heard "screaming and banging" coming from the flat, a jury has been told.\n\n'
        '"It was awful," an inquest has been told.\n\n'
        "Mrs Pryce told the court she had called 999."
    )
    assert found["speaker"].tolist() == [None, None, "Pryce"]
    assert found["paragraph"].tolist() == [1, 2, 3]  # the headline names who heard, not who spoke
    named = table("date 2026-11-27 Minister told MPs plan was safe, inquiry hears\n\nThe hearing resumes today.")
    assert named["speaker"].tolist() == ["Minister"]  # active: whom he told follows him


def test_an_agent_the_parse_read_as_the_one_asked_is_the_asker():
    found = table(
        "date 2026-11-27 Trial\n\n"
        "Mrs Pryce told the court she had called 999. Asked by prosecutor Nicholas Rees KC why she had not gone "
        'downstairs, she replied: "I was frightened."'
    )
    assert found["speaker"].tolist() == ["Pryce", "Nicholas Rees", "Pryce"]


def test_a_refusal_to_weigh_in_or_speculate_says_nothing():
    found = table(
        "date 2026-11-24 Tariffs\n\n"
        'Senate Majority Leader John Thune declined to weigh in, saying only that the tariffs were "a matter for the '
        'administration." The club refused to speculate on his future. He refused to accept the result.'
    )
    assert found["cue"].tolist() == ["saying", "refused"]


def test_a_title_wire_copy_abbreviates_is_the_one_it_describes_later():
    found = table(
        "date 2026-11-24 Tariffs\n\n"
        "The White House on Tuesday rebuked Sen. Mark Delgado, R-Ariz., after he spoke on television.\n\n"
        "The senator said the tariffs were a mistake."
    )
    assert found["speaker"].tolist() == ["Mark Delgado"]


def test_a_speakers_next_statement_after_a_clause_about_a_thing_is_a_statement_of_its_own():
    found = table(
        "date 2026-12-01 Storm\n\n"
        "The Met Office said the strongest winds had passed but warned that a yellow warning remained in place.\n\n"
        "She said the minister had resigned but insisted she would stay."
    )
    assert found["text"].tolist() == [
        "the strongest winds had passed",
        "that a yellow warning remained in place",
        "the minister had resigned but insisted she would stay",  # the minister may insist: one statement
    ]
    assert found["speaker"].tolist()[:2] == ["Met Office", "Met Office"]


def test_an_interviews_answers_in_quotation_marks_are_the_interviewees():
    found = table(
        "date 2026-11-22 'I was told I'd never run again'\n\n"
        "Four years ago, doctors told Hannah Cole she would never walk without a frame.\n\n"
        "Cole, 27, lost her left leg in a crash in 2022. We spoke to her at the track where she trains.\n\n"
        "How did you get into running?\n\n"
        '"By accident, really. My physio dared me to try it. I fell over twice and then I couldn\'t stop."\n\n'
        'Her coach, Dave Turner, says she is "the most stubborn athlete I\'ve ever worked with".\n\n'
        "What's next?\n\n"
        '"Worlds, then LA. I want a medal."'
    )
    assert found["speaker"].tolist() == ["doctors", "Hannah Cole", "Dave Turner", "Hannah Cole"]


def test_they_after_some_of_a_group_is_that_group():
    found = table(
        "date 2026-11-19 Takeover talks\n\n"
        "Brightwell is in talks to buy its rival Corran, people familiar with the matter said on Wednesday.\n\n"
        "A deal could be announced next week, two of the people said. They cautioned that the talks could fail."
    )
    assert found["speaker"].tolist() == [
        "people familiar with the matter",
        "two of the people",
        "two of the people",
    ]


def test_a_clause_the_parse_split_in_two_before_its_cue_is_said_whole():
    found = table(
        "date 2026-11-19 Takeover talks\n\n"
        "Corran said it had received an approach. There was no certainty an offer would be made, it added."
    )
    assert found["text"].tolist()[1] == "There was no certainty an offer would be made"


def test_a_name_set_beside_a_description_after_its_relative_clause_is_the_speaker():
    found = table(
        "date 2026-11-18 Dog attack\n\n"
        "Neighbour Ann Price told the Daily Post she had grabbed a broom.\n\n"
        "The Frenchman who owns the house next door, Luc Moreau, said he had called 999."
    )
    assert found["speaker"].tolist()[1] == "Luc Moreau"


def test_an_operator_named_by_the_place_just_named_is_that_place():
    found = table(
        "date 2026-08-03 Volcano\n\n"
        "The national disaster agency, BNPB, says 11,000 people have been moved.\n\n"
        "Flights from Minangkabau International Airport have been suspended, the airport operator says."
    )
    assert found["speaker"].tolist() == ["BNPB", "Minangkabau International Airport"]


def test_a_clause_before_a_semicolon_is_not_what_a_cue_after_it_reports():
    found = table(
        "date 2026-10-08 Review\n\n"
        "The talks collapsed on Friday; both sides said they would meet again.\n\n"
        "Nell wants to stay; her father wants her gone before the winter sets in."
    )
    assert "The talks collapsed on Friday" not in found["text"].tolist()
    assert found["text"].tolist()[0] == "they would meet again"
    assert not any(t.startswith("Nell") for t in found["text"])


def test_an_appeals_description_of_a_missing_person_is_no_statement():
    found = table(
        "date 2026-11-02 Missing girl\n\n"
        "Police said they were increasingly concerned. She is described as mixed race, about 5ft 4in tall."
    )
    assert found["text"].tolist() == ["they were increasingly concerned"]


def test_the_statement_is_the_one_who_spoke_in_a_statement_just_before():
    found = table(
        "date 2026-11-27 Hospital apologises\n\n"
        'Harbour Valley NHS Trust said in a statement that it was "deeply sorry". "This is not the standard of '
        'care we want to provide," the statement said.'
    )
    assert found["speaker"].tolist() == ["Harbour Valley NHS Trust", "Harbour Valley NHS Trust"]


def test_a_clause_of_purpose_reports_nothing_before_it():
    found = table(
        "date 2026-11-30 Transfer\n\n"
        "The newspaper Record reported that Porto want the deal done before the window opens, so they can find a "
        "replacement."
    )
    assert found["cue"].tolist() == ["reported"]
    assert found["text"].tolist() == ["that Porto want the deal done before the window opens"]


def test_what_is_said_of_someone_in_the_passive_keeps_whom_it_is_about():
    found = table(
        "date 2026-11-30 Transfer\n\n"
        "The striker has agreed terms, and the two clubs are said to be close to an agreement on the fee.\n\n"
        "Residents were urged to leave their homes."
    )
    assert found["text"].tolist() == [
        "the two clubs are said to be close to an agreement on the fee",
        "to leave their homes",  # the ones urged are whom it was said to, not what
    ]


def test_a_court_ruling_that_is_what_it_said():
    found = table(
        "date 2026-11-20 Care homes\n\n"
        "The Court of Appeal has ruled that a council acted unlawfully when it decided to close three care homes.\n\n"
        "He ruled out a rise in taxes. The king ruled the country for 40 years."
    )
    assert found["cue"].tolist() == ["ruled"]
    assert found["speaker"].tolist() == ["Court of Appeal"]


def test_a_strike_or_election_called_is_no_statement():
    found = table(
        "date 2026-11-24 Rail strike\n\n"
        "The RMT union, which called the strike, said its members had no choice. The prime minister called a snap "
        "election. She called the strike a betrayal."
    )
    assert found["text"].tolist() == ["its members had no choice", "the strike a betrayal"]


def test_a_countrys_minister_is_a_person_not_the_country():
    found = table(
        "date 2026-11-26 Air defence\n\n"
        "Ukraine's foreign minister has urged allies to speed up deliveries.\n\n"
        "Foreign Minister Andrii Sybiha spoke in Berlin. Ukraine's foreign minister said every day counts."
    )
    assert found["speaker"].tolist() == ["Ukraine's foreign minister", "Andrii Sybiha"]


def test_a_platform_named_x_ends_its_sentence_before_another_speaker():
    found = table(
        "date 2026-11-24 Rail strike\n\n"
        '"Absolute chaos," one user wrote on X. Another posted a photo with the caption: "This is what '
        "'essential services' look like.\""
    )
    assert found["speaker"].tolist()[0] == "one user"
    assert found["speaker"].tolist()[-1] == "Another"
    assert found["text"].tolist()[0] == '"Absolute chaos,"'


def test_a_speaker_set_right_before_the_cue_after_a_list_is_the_speaker():
    found = table(
        "date 2026-11-27 Obituary\n\n"
        "She died peacefully at her home on Wednesday, surrounded by her family, her agent, Julian Marsh, said."
    )
    assert found["speaker"].tolist() == ["Julian Marsh"]
    assert found["text"].tolist() == ["She died peacefully at her home on Wednesday, surrounded by her family"]


def test_an_office_one_person_holds_is_never_the_last_person_named():
    found = table(
        "date 2026-11-27 Obituary\n\n"
        "The director Anita Desai-Cole said she had lost a friend.\n\n"
        'The Prime Minister said Hart had been "a national treasure".\n\n'
        "Club president Dan Hill spoke. The president said he was sorry."
    )
    assert found["speaker"].tolist() == ["Anita Desai-Cole", "The Prime Minister", "Dan Hill"]


def test_he_after_a_sentence_whose_he_is_someone_else_than_the_name_in_it_is_that_one():
    found = table(
        "date 2026-11-29 Potteries\n\n"
        "Graham Tilley has not found another job. He volunteers at the museum, helping Owen Price sort the moulds.\n\n"
        '"I know every one of them," he says.'
    )
    assert found["speaker"].tolist()[-1] == "Graham Tilley"


def test_a_cue_closing_a_sentence_with_a_participle_after_it_reports_the_clause_before():
    found = table(
        "date 2026-11-27 Nurses vote to strike\n\n"
        "Nurses in England have voted for strike action over pay, the Royal College of Nursing has announced, "
        "setting the stage for the first national walkout since 2016."
    )
    rows = found[["cue", "speaker", "text"]].values.tolist()
    said = "Nurses in England have voted for strike action over pay"
    assert rows == [["announced", "Royal College of Nursing", said]]


def test_the_time_someone_has_to_speak_is_no_statement():
    found = table(
        "date 2026-11-28 Estate approved\n\n"
        "Residents have six weeks to ask the government to call in the decision. The developer has until Friday to "
        "respond to the objections.\n\n"
        "Residents have asked the council to think again."
    )
    assert found["text"].tolist() == ["the council to think again"]


def test_a_business_described_in_its_own_sentence_is_the_sentences_subject():
    found = table(
        "date 2026-12-01 Shares\n\n"
        "Economists expect the Bank to hold rates until February.\n\n"
        "Marks & Spencer gained 4% after the retailer said Christmas trading had started strongly."
    )
    said = found[found["cue"] == "said"]
    assert said["speaker"].tolist() == ["Marks & Spencer"]


def test_an_appeal_whose_infinitive_the_parse_hung_on_whom_it_is_made_to_is_found():
    found = table(
        "date 2026-11-30 Raid\n\n"
        "Police urged anyone with information to contact them.\n\n"
        "She urged anyone offered expensive watches for sale to contact police."
    )
    assert found[["cue", "text"]].values.tolist() == [
        ["urged", "anyone with information to contact them"],
        ["urged", "anyone offered expensive watches for sale to contact police"],
    ]


def test_people_honoured_a_picture_posted_and_a_task_helped_with_are_no_statements():
    found = table(
        "date 2026-06-14 Honours\n\n"
        "The list also recognises 40 nurses and carers. He volunteers at the museum, helping Price identify the "
        "moulds.\n\n"
        "Ms Hale posted a photo of the loaves. The minister recognised that the plan had risks."
    )
    assert found["text"].tolist() == ["that the plan had risks"]


def test_another_after_a_bodys_unnamed_source_is_that_bodys_source():
    found = table(
        "date 2026-05-08 Count\n\n"
        'A Labour source said the party had "taken its eye off the ball". Another said the result was "a wake-up '
        'call".\n\n'
        "A campaigner said turnout was high. Another said it was low."
    )
    assert found["speaker"].tolist() == ["Labour", "Labour", "A campaigner", "Another"]


def test_the_team_of_a_study_is_the_body_its_researchers_work_at():
    found = table(
        "date 2026-11-24 Walking study\n\n"
        "Researchers at the University of Sydney pooled data from 57 studies.\n\n"
        "The team cautioned that the study showed an association, not cause and effect."
    )
    assert found["speaker"].tolist() == ["University of Sydney"]


def test_a_speaker_written_as_the_abbreviation_a_body_was_given_is_that_body():
    found = table(
        "date 2026-03-02 Crush\n\n"
        "The police and the Sports Grounds Safety Authority (SGSA) have opened a joint inquiry.\n\n"
        "The SGSA said it had sent inspectors to the ground on Sunday."
    )
    assert found["speaker"].tolist() == ["Sports Grounds Safety Authority"]


def test_the_owner_of_a_description_with_a_name_beside_it_is_not_the_speaker():
    found = table(
        "date 2026-05-21 Inquest\n\n"
        "Tom Ashby, 34, was riding to work.\n\n"
        'Mr Ashby\'s partner, Leah, said: "Tom rode that road every day."'
    )
    assert found["speaker"].tolist() == ["Leah"]


def test_what_a_court_heard_is_said_by_someone_unnamed_and_a_person_seen_is_no_statement():
    found = table(
        "date 2026-05-21 Inquest\n\n"
        "The inquest, which opened on Monday, heard that the driver had checked his mirrors. The driver did not see "
        "Mr Ashby.\n\n"
        "She heard that the plant would close."
    )
    assert found[["cue", "speaker", "text"]].values.tolist() == [
        ["heard", None, "that the driver had checked his mirrors"]
    ]


def test_a_description_after_a_name_closing_the_sentence_is_the_speaker_not_the_names_kind():
    found = table(
        "date 2026-07-19 Outbreak\n\n"
        "The UK Health Security Agency (UKHSA) said 43 people had fallen ill.\n\n"
        "Tests found salmonella in a dish supplied by Greenway Catering, the agency said."
    )
    assert found["speaker"].tolist() == ["UK Health Security Agency"] * 2


def test_a_partys_group_is_not_the_last_body_named():
    found = table(
        "date 2026-02-27 Budget\n\n"
        "Council tax in Westmoor will rise.\n\n"
        "The opposition Liberal Democrat group proposed an amendment."
    )
    assert found["speaker"].tolist() == ["The opposition Liberal Democrat group"]


def test_a_passive_with_no_agent_inside_what_was_said_is_part_of_it():
    found = table('date 2026-02-27 Budget\n\nCllr Rob Tanner said residents were being asked "to pay more for less".')
    assert found["text"].tolist() == ['residents were being asked "to pay more for less"']


def test_a_speaker_written_with_its_mark_is_the_whole_name():
    found = table(
        "date 2026-06-09 Kitchen firm collapse\n\n"
        "Which? said it had received more than 200 complaints about the firm since January."
    )
    assert found["speaker_text"].tolist() == ["Which?"]


def test_a_bodys_own_figures_are_that_bodys_and_a_video_posted_is_no_statement():
    found = table(
        "date 2026-12-14 Appeal\n\n"
        "A Christmas appeal by the Trussell Trust has raised £2m, the charity said.\n\n"
        "Demand has risen by a fifth, according to the trust's own figures.\n\n"
        'The actor Michael Sheen, who posted it on X urging followers to "give what you can", backed the appeal.'
    )
    assert found["speaker"].tolist()[:2] == ["Trussell Trust", "Trussell Trust"]
    assert "posted" not in found["cue"].tolist()
