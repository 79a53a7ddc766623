"""Who said what (newsframe.quotes): descriptions and pronouns resolved on short invented articles of kinds not
tried before (company results, inquests, press conferences)."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_a_business_description_is_the_firm_the_subject_is_about_not_one_it_owns():
    # "Shares in Kingfisher, the owner of B&Q and Screwfix, fell … after the retailer warned": Kingfisher, not
    # Screwfix, which the appositive names as something Kingfisher owns
    found = table(
        "date 2025-03-25 Shares slide\n\n"
        "Shares in Kingfisher, the owner of B&Q and Screwfix, fell 7% on Tuesday after the retailer warned that "
        "demand would stay weak this year."
    )
    row = found[found["text"].str.contains("demand would stay weak")]
    assert row["speaker"].tolist() == ["Kingfisher"]


def test_she_goes_on_from_the_she_of_a_joined_clause_not_a_name_it_only_mentions():
    # "…, and on Friday she plays … with Kirby": the next "she" is the singer that "she" stands for, not Kirby
    found = table(
        "date 2025-06-14 Interview\n\n"
        "Maya Osei orders a pot of tea. “The bus was late,” she says.\n\n"
        "Her second album went straight to number one last month, and on Friday she plays a duet with Kirby for "
        "the first time.\n\n"
        "She wrote most of it at her grandmother's kitchen table, she tells me."
    )
    row = found[found["text"].str.contains("kitchen table")]
    assert row["speaker"].tolist() == ["Maya Osei"]


def test_a_relative_clause_hung_on_a_date_is_the_thing_before_the_date():
    # "overturned a High Court ruling from October, which had found …": the ruling found it, not October
    found = table(
        "date 2025-05-08 Appeal\n\n"
        "The judges overturned a High Court ruling from October, which had found the consultation lawful."
    )
    row = found[found["text"].str.contains("consultation lawful")]
    assert row["speaker"].tolist() == ["High Court"]


def test_the_person_set_beside_a_description_speaks_not_the_firm_named_after_them():
    # a law firm named after people may be read as a person: the solicitor named beside the description speaks
    found = table(
        "date 2025-05-08 Appeal\n\n"
        "Their solicitor, Rachel Hanley of Irwin Mitchell, said the ruling would send a clear message to councils."
    )
    assert found["speaker"].tolist() == ["Rachel Hanley"]


def test_a_reported_future_joined_to_the_cue_is_part_of_what_was_said():
    found = table(
        "date 2025-05-08 Appeal\n\n"
        "The council said it was disappointed and would consider whether to appeal to the Supreme Court."
    )
    assert "it was disappointed and would consider whether to appeal to the Supreme Court" in found["text"].tolist()
    assert not found["cue"].str.startswith("consider").any()


def test_a_past_cue_after_a_clause_is_said_by_the_name_after_it():
    # "…, said Jonathan Haidt, a psychologist … whose book has fuelled the movement": the parse hangs the name on the
    # relative clause; the name after the past cue still speaks, and the clause before is what he said
    found = table(
        "date 2025-06-20 Phones\n\n"
        "Research on whether bans improve grades is mixed, said Jonathan Haidt, a social psychologist at New York "
        "University whose book on teenagers and smartphones has fuelled the movement."
    )
    assert found["speaker"].tolist() == ["Jonathan Haidt"]
    assert found["text"].tolist() == ["Research on whether bans improve grades is mixed"]


def test_an_unlabelled_interview_answers_are_the_interviewee_not_the_interviewer():
    found = table(
        "date 2025-06-21 Niamh Fallon: 'I wrote it in a caravan'\n\n"
        "The singer-songwriter talks to Sam Pryce about leaving Dublin and her new record, Low Tide.\n\n"
        "Niamh Fallon is sitting in the corner of a cafe in Kilburn, drinking peppermint tea.\n\n"
        "Your new album was written in a caravan. Why there?\n\n"
        "I'd been in Dublin for ten years and I couldn't hear myself think. So I did.\n\n"
        "Did the isolation change the songs?\n\n"
        "Completely. This one is about me being on my own and mostly liking it."
    )
    answers = found[found["text"].str.startswith(("I'd been", "Completely"))]
    assert answers["speaker"].tolist() == ["Niamh Fallon", "Niamh Fallon"]


def test_the_spokesperson_is_the_body_whose_spokesperson_spoke_before():
    found = table(
        "date 2024-11-19 Homes\n\n"
        "Councillor Ruth Anand said she would speak against the scheme.\n\n"
        "A spokesperson for Redmoor Homes said the company had consulted widely.\n\n"
        "“We believe this is a sustainable scheme,” the spokesperson said."
    )
    row = found[found["text"].str.contains("sustainable scheme")]
    assert row["speaker"].tolist() == ["Redmoor Homes"]


def test_a_promise_ends_before_a_deed_with_a_tense_of_its_own():
    found = table(
        "date 2024-12-19 Water\n\n"
        "The environment secretary, Steve Reed, has promised to “clean up our waters” and has set up an independent "
        "commission, chaired by Sir Jon Cunliffe, to report next year."
    )
    assert found["text"].tolist() == ["to “clean up our waters”"]


def test_anything_or_nothing_asks_or_suggests_nothing():
    found = table(
        "date 2024-12-19 Water\n\n"
        "Anything less asks the people who have already paid once to pay again.\n\n"
        "Nothing suggests the companies will change."
    )
    assert found.empty


def test_a_headline_role_read_as_a_name_is_the_person_the_body_gives_that_title():
    found = table(
        "date 2025-03-12 Coroner criticises hospital after death of grandmother left on trolley for 19 hours\n\n"
        "A coroner has said a grandmother who died after waiting 19 hours on a trolley in an emergency department "
        "corridor “did not receive the care she deserved”.\n\n"
        "Margaret Ellison, 81, from Rotherham, was taken to Northern General Hospital in Sheffield on 4 November "
        "last year after a fall at home. She died three days later from pneumonia and a fractured hip.\n\n"
        "Recording a narrative conclusion at Sheffield Coroner's Court on Wednesday, senior coroner Tanyka Rawden "
        "said delays in assessing Mrs Ellison had “more than minimally contributed” to her death."
    )
    assert found[found["paragraph"] == 0]["speaker"].tolist() == ["Tanyka Rawden"]


def test_a_spokesperson_after_a_body_s_sources_speaks_for_that_body():
    found = table(
        "date 2025-02-03 Reform UK takes lead in national poll for first time\n\n"
        "Reform UK has overtaken Labour and the Conservatives to lead a national opinion poll.\n\n"
        "Labour sources played down the result, pointing out that the next general election is not due until 2029. "
        "A party spokesperson said: “The only poll that matters is on polling day.”"
    )
    row = found[found["text"].str.contains("only poll that matters")]
    assert row["speaker"].tolist() == ["Labour"]


def test_two_named_together_are_the_they_that_follows():
    found = table(
        "date 2025-07-08 Doctors\n\n"
        "Resident doctors have voted to strike, the British Medical Association said.\n\n"
        "Dr Melissa Ryan and Dr Ross Nieuwoudt, co-chairs of the committee, said the result showed the strength of "
        "feeling. “We did not want to be here,” they said in a joint statement."
    )
    row = found[found["text"].str.contains("want to be here")]
    assert row["speaker"].tolist() == ["Melissa Ryan and Ross Nieuwoudt"]


def test_a_closing_cue_reports_the_words_before_it_when_the_parse_finds_no_clause():
    # "backed" read as an adjective leaves the cue no clause: the words before its comma are still what was said
    found = table(
        "date 2025-07-08 Doctors\n\n"
        "Of the members who voted, 90% backed action on a turnout of 55%, the union said. The mandate lasts until "
        "January."
    )
    assert found["text"].tolist() == ["Of the members who voted, 90% backed action on a turnout of 55%"]
