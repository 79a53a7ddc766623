"""Who said what (newsframe.quotes): a headline's description speaks as the person the story names, whatever form of
the verb the story uses."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_headline_description_is_the_named_defendant_when_the_body_doubles_the_verbs_last_letter():
    found = table(
        "date 2026-11-27 Van driver admits causing cyclist's death\n\n"
        "A van driver has admitted causing the death of a cyclist by careless driving near Bodmin.\n\n"
        "Daniel Pascoe, 34, of Liskeard, appeared at Truro Crown Court on Thursday, where he pleaded guilty.\n"
    )
    headline = found[found["paragraph"] == 0].iloc[0]
    assert (headline["speaker"], headline["speaker_text"]) == ("Daniel Pascoe", "Van driver")
    assert quoting(found, "careless driving")["speaker"] == "Daniel Pascoe"


def test_she_after_a_chief_executive_opening_the_sentence_is_that_executive():
    found = table(
        "date 2026-12-01 Chipmaker Veltrix cuts 900 jobs\n\n"
        "The Dutch chipmaker Veltrix will cut 900 jobs, the company said on Tuesday.\n\n"
        'Chief executive Anouk de Vries wrote in a message to staff that the decision was "painful but necessary".\n\n'
        '"We have to put our money where the growth is," she wrote.\n'
    )
    row = quoting(found, "where the growth is")
    assert (row["speaker"], row["speaker_text"]) == ("Anouk de Vries", "she")


def test_a_capitalised_portfolio_secretary_no_one_is_named_as_is_not_the_last_person_named():
    found = table(
        "date 2026-11-11 MPs back assisted dying bill\n\n"
        "Conservative MP Danny Kruger, who opposed the bill, warned that vulnerable people could feel pressured.\n\n"
        "The Health Secretary, who voted against, said the government would remain neutral.\n\n"
        "Home Secretary Anna Hale said the vote was free. The Home Secretary said she would abstain.\n"
    )
    assert quoting(found, "remain neutral")["speaker"] == "The Health Secretary"
    assert quoting(found, "would abstain")["speaker"] == "Anna Hale"


def test_the_agency_heard_unnamed_is_not_a_broadcaster_named_since():
    found = table(
        "date 2026-11-19 Floods kill 40 in Vietnam\n\n"
        "The disaster management agency said 17 people were missing in Lao Cai province.\n\n"
        '"The water came so fast," a resident told VTV, the state broadcaster.\n\n'
        "The storm is the second to hit the country this month, the agency said.\n"
    )
    assert quoting(found, "second to hit")["speaker"] == "The disaster management agency"


def test_the_paper_is_the_newspaper_named_before_not_the_club_its_report_is_about():
    found = table(
        "date 2026-11-28 Tottenham eye move\n\n"
        "Tottenham are considering a January bid for Carlos Baleba, according to the Telegraph.\n\n"
        "Manchester United were also keen on the midfielder last summer, the paper reports.\n\n"
        "The club will sell him in January, the newspaper says.\n"
    )
    assert quoting(found, "keen on the midfielder")["speaker"] == "Telegraph"
    assert quoting(found, "sell him in January")["speaker"] == "Telegraph"


def test_a_council_spokesperson_is_the_council_heard_unnamed_not_the_forecaster_heard_since():
    found = table(
        "date 2026-01-14 Schools stay shut after snow\n\n"
        "More than 150 schools in Cumbria will stay closed on Thursday, the county council said.\n\n"
        "The Met Office said the cold snap would ease by the weekend. "
        '"We are doing everything we can to reopen," a council spokesperson said.\n'
    )
    assert quoting(found, "everything we can")["speaker"] == "the county council"


def test_a_public_agency_never_named_is_not_the_airline_named_before_but_a_news_agency_is_the_one_named():
    found = table(
        "date 2026-08-21 Typhoon batters southern China\n\n"
        "Cathay Pacific said it had cancelled 240 flights.\n\n"
        "In the Philippines, the storm killed at least four people on Tuesday, the national disaster agency said.\n\n"
        "Interfax said more than 300 people were moved. The storm weakened overnight, the news agency said.\n"
    )
    assert quoting(found, "at least four people")["speaker"] == "the national disaster agency"
    assert quoting(found, "weakened overnight")["speaker"] == "Interfax"


def test_a_role_the_tagger_reads_as_an_adverb_stays_in_the_speakers_words():
    found = table(
        "date 2026-11-23 United beat Villa\n\n"
        "Bryan Mbeumo scored in stoppage time as Manchester United beat Aston Villa 2-1 on Sunday.\n\n"
        '"It was a special moment for me and for the fans," the Cameroon forward told Sky Sports.\n'
    )
    row = quoting(found, "special moment")
    assert (row["speaker"], row["speaker_text"]) == ("Bryan Mbeumo", "the Cameroon forward")


def test_the_returning_officer_is_an_office_not_the_candidate_named_before():
    found = table(
        "date 2026-10-17 Reform wins by-election\n\n"
        "Sarah Pochin took 12,645 votes to Karen Shore's 12,639 after a recount.\n\n"
        "Turnout was 46.3%, the returning officer said.\n\n"
        "PC Amy Lee was first at the scene. The officer said the crowd had been calm.\n"
    )
    assert quoting(found, "Turnout")["speaker"] == "the returning officer"
    assert quoting(found, "crowd had been calm")["speaker"] == "Amy Lee"


def test_added_that_with_the_clause_subject_read_as_an_object_is_a_statement():
    found = table(
        "date 2026-09-09 Daily walk cuts dementia risk\n\n"
        '"Even modest amounts of walking seem to help," said Dr Tom Hale, one of the authors. He added that the '
        "pace of walking mattered as well as the distance.\n"
    )
    row = quoting(found, "pace of walking")
    assert (row["speaker"], row["cue"], row["kind"]) == ("Tom Hale", "added", "reported")


def test_the_forecaster_is_the_weather_service_named_before_and_a_named_forecaster_is_that_person():
    found = table(
        "date 2026-01-05 Amber warning for snow\n\n"
        "The Met Office has issued an amber warning for snow across northern England.\n\n"
        "Up to 20cm of snow could fall on high ground, the forecaster said.\n\n"
        "A forecaster at the Met Office, Alex Deakin, said roads would be icy.\n"
    )
    assert quoting(found, "Up to 20cm")["speaker"] == "Met Office"
    assert quoting(found, "roads would be icy")["speaker"] == "Alex Deakin"


def test_they_after_an_unnamed_former_minister_is_that_minister_not_the_last_body_named():
    found = table(
        "date 2026-12-01 Cabinet split over embassy decision\n\n"
        "A senior official said the Home Office had raised fresh concerns about security.\n\n"
        'A former minister, who asked not to be named, said the delay was "a sign that nobody wants to own it". '
        '"Whoever signs this off will be blamed for it for ten years," they said.\n'
    )
    assert quoting(found, "Whoever signs")["speaker"] == "A former minister"


def test_a_headline_question_about_the_name_before_its_colon_is_no_statement_of_it():
    found = table(
        "date 2026-09-22 Thames Water: what happens if it collapses?\n\n"
        "Thames Water, the UK's largest water company, has warned that it could run out of money by the end of "
        "October.\n"
    )
    assert list(found["paragraph"]) == [1]
    quoted = table("date 2026-09-22 Okafor: 'We will appeal'\n\nLena Okafor lost her case on Monday.\n")
    assert list(quoted["paragraph"]) == [0]


def test_what_operators_will_offer_is_no_statement_but_an_offer_made_is():
    found = table(
        "date 2026-03-02 Rail strike this week\n\n"
        "Most services will not run on strike days, while others will offer a reduced timetable.\n\n"
        "The company offered condolences to the family.\n"
    )
    assert not found["text"].str.contains("reduced timetable").any()
    assert quoting(found, "condolences")["cue"] == "offered"


def test_a_climber_the_lead_describes_is_the_one_the_next_paragraph_names_with_an_age():
    found = table(
        "date 2026-06-14 Climber says he was lucky to get out alive\n\n"
        "A climber who spent two nights stranded on the mountain has said he and his partner were lucky.\n\n"
        "James Fraser, 27, from Glasgow, was rescued by Lochaber Mountain Rescue Team on Friday morning.\n"
    )
    assert quoting(found, "his partner were lucky")["speaker"] == "James Fraser"
    headline = found[found["paragraph"] == 0].iloc[0]
    assert headline["speaker"] == "James Fraser"
