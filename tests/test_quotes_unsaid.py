"""Words about speaking that report nothing said: a question left unanswered, a comment declined."""

from __future__ import annotations

from test_quotes import quoting, table


def test_declining_to_say_whether_or_not_saying_how_gives_no_statement():
    found = table(
        "date 2026-11-30 Rail strike to go ahead\n\n"
        "Mick Whelan declined to say whether further dates would follow. Police did not say how the man died. "
        "The club refused to say why the manager left.\n\n"
        "Tom Hale said the deal was off.\n"
    )
    assert list(found["speaker"]) == ["Tom Hale"]


def test_what_a_speaker_says_they_do_not_know_is_still_said():
    found = table(
        "date 2026-11-30 Deal in doubt\n\nAnn Lee said she did not know whether the deal would survive the winter.\n"
    )
    assert list(found["text"]) == ["she did not know whether the deal would survive the winter"]


def test_a_charity_named_with_a_possessive_is_found_and_stands_for_the_charity():
    """No reader reads "Alzheimer's Society"; "the charity" went to the last body named instead."""
    found = table(
        "date 2026-11-18 Daily walk cuts dementia risk\n\n"
        "Professor Tara Jones told the Science Media Centre that more trials were needed.\n\n"
        "The Alzheimer's Society welcomed the study. Its head of research, Richard Oakley, said it was good news.\n\n"
        "About 944,000 people live with dementia, a figure the charity expects to pass one million by 2030.\n"
    )
    assert quoting(found, "to pass one million")["speaker"] == "Alzheimer's Society"


def test_a_trial_that_may_continue_is_what_the_judge_said_not_a_speaker():
    found = table(
        "date 2026-11-20 Juror ill\n\n"
        "Judge Anne Ford told jurors one of them was ill. If the juror cannot return by then, the trial may "
        "continue with eleven jurors, she said.\n"
    )
    assert list(found["speaker"]) == ["Anne Ford", "Anne Ford"]
    assert quoting(found, "eleven jurors")["cue"] == "said"


def test_they_after_a_group_of_people_is_that_group_not_the_last_body_named():
    found = table(
        "date 2026-11-20 Builder collapses\n\n"
        "Corvane Homes collapsed in March. Administrators were appointed within days. They said no buyer had been "
        "found.\n\n"
        "Police arrested two men at the site. They said inquiries were continuing.\n"
    )
    assert quoting(found, "no buyer")["speaker"] == "Administrators"
    assert quoting(found, "inquiries")["speaker"] == "Police"


def test_what_a_charity_supports_counted_describes_it_and_is_no_view():
    found = table(
        "date 2026-11-20 Food bank demand\n\n"
        "The Trussell Trust, which supports more than 1,200 food banks, said demand had risen. Ann Lee, who backed "
        "four candidates, said the vote was close.\n"
    )
    assert list(found["cue"]) == ["said", "backed", "said"]
    assert quoting(found, "four candidates")["speaker"] == "Ann Lee"


def test_a_which_that_reads_a_fact_is_the_reporters_and_no_ones_statement():
    found = table(
        "date 2026-11-20 Retail sales\n\n"
        "Sales fell 4% in the quarter, which suggests demand is weakening. Turnout was 31%, which means most "
        "voters stayed at home.\n\n"
        "The survey of 2,000 adults found rents rose, which suggests tenants are under pressure.\n"
    )
    assert list(found["cue"]) == ["found"]


def test_the_countrys_biggest_supermarket_is_the_firm_just_named():
    found = table(
        "date 2026-10-02 Tesco profits beat forecasts\n\n"
        "Tesco reported a 12% rise in half-year profits on Wednesday.\n\n"
        "The UK's biggest supermarket said operating profit rose to £1.65bn. Britain's foreign ministry said the "
        "talks had failed.\n"
    )
    assert quoting(found, "operating profit")["speaker"] == "Tesco"
    assert quoting(found, "talks had failed")["speaker"] == "Britain's foreign ministry"


def test_an_accusation_hung_on_its_object_is_found_and_a_charge_laid_is_not():
    found = table(
        "date 2026-11-25 Ministers split\n\n"
        'The Conservatives accused the government of "chaos". Ann Lee accused the council of "shameful" neglect.\n\n'
        "Police charged the man with murder.\n"
    )
    assert list(found["text"]) == ['"chaos"', '"shameful" neglect']
    assert list(found["cue"]) == ["accused", "accused"]


def test_a_news_in_brief_heading_is_not_part_of_what_was_said():
    found = table(
        "date 2026-11-30 In brief\n\n"
        "Bridge closed after lorry strike: The A38 bridge at Kingsbridge will stay closed until at least Friday "
        "after a lorry hit its parapet on Saturday night, Devon County Council said.\n"
    )
    assert found["text"].iloc[0].startswith("The A38 bridge")


def test_letters_written_long_ago_are_no_statement():
    found = table(
        "date 2026-06-01 Hadrian's Wall at 1,900\n\n"
        "In the 1970s excavations at Vindolanda uncovered writing tablets, letters written nearly 2,000 years ago. "
        "Ann Lee has written that the tablets changed the field.\n"
    )
    assert list(found["speaker"]) == ["Ann Lee"]


def test_patients_admitted_and_a_monitor_recalled_say_nothing():
    found = table(
        "date 2026-08-14 Waiting times\n\n"
        "Performance improved last month: 75.4% of patients were admitted or discharged within four hours.\n\n"
        "The baby monitor is being recalled after reports that its charger can overheat. Ann Lee admitted that "
        "she had been wrong.\n"
    )
    assert list(found["speaker"]) == ["Ann Lee"]


def test_they_for_one_person_of_no_gender_is_that_person_not_the_firm():
    found = table(
        "date 2026-11-19 Lumio to cut 800 jobs\n\n"
        "Lumio will cut about 800 jobs, the company said.\n\n"
        "One engineer, who asked not to be named because they were not authorised to speak publicly, said the news "
        'had come as a shock. "We were told in September that our jobs were safe," they said.\n'
    )
    assert quoting(found, "our jobs were safe")["speaker"] == "One engineer"


def test_what_a_club_understands_is_reported():
    found = table(
        "date 2026-11-30 Newcastle close in on striker\n\n"
        "The club understands that the player wants to leave. Ann Lee said she understands the concerns.\n"
    )
    assert list(found["cue"]) == ["understands", "said"]


def test_single_marks_quote_with_double_marks_nested_inside():
    found = table(
        "date 2026-11-26 Headteacher warns of four-day week\n\n"
        "Sarah Okafor, head of Thornbury Primary, said: 'Our gas bill has tripled. I never thought I would be "
        'saying to parents, "Your child may have to stay at home on Fridays."\n\n'
        "'We are not there yet, but we are close.'\n"
    )
    body = found[found["paragraph"] > 0]
    assert list(body["speaker"]) == ["Sarah Okafor"]
    row = body.iloc[0]
    assert row["kind"] == "direct" and row["text"].endswith("we are close.'")


def test_what_forecasters_expect_is_found_and_a_trial_expected_to_last_is_no_speaker():
    found = table(
        "date 2026-02-10 Cold snap\n\n"
        "Forecasters expect the cold to last into the weekend. The trial opened on February 24 and had been "
        "expected to last three weeks.\n"
    )
    assert quoting(found, "the cold to last")["speaker"] == "Forecasters"
    assert quoting(found, "to last three weeks")["speaker"] is None


def test_what_a_body_failed_to_report_or_must_publish_is_nothing_said():
    found = table(
        "date 2026-03-05 Water company fined\n\n"
        "Hartley Water has been fined £12 million for failing to report hundreds of sewage spills.\n\n"
        "Hartley Water said it accepted the findings. Hartley Water must publish a plan for cutting spills by June."
    )
    assert list(found["cue"]) == ["said"]
    assert list(found["speaker"]) == ["Hartley Water"]


def test_a_wish_about_the_noun_a_relative_clause_describes_is_nothing_said():
    found = table(
        "date 2025-10-18 Parking will not save the high street\n\n"
        "People will pay to park in a place they want to be. The mayor said parking would stay free."
    )
    assert list(found["cue"]) == ["said"]


def test_a_cue_joined_to_what_was_discovered_is_the_discoverers():
    found = table(
        "date 2025-10-18 Parking will not save the high street\n\n"
        "Last week a councillor discovered that the high street is in trouble and announced that free parking "
        "will fix it."
    )
    row = found[found["cue"] == "announced"].iloc[0]
    assert "high street" not in row["speaker_text"]
    assert row["text"] == "that free parking will fix it"
