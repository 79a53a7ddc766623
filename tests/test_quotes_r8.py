"""Who said what (newsframe.quotes): speakers behind a dateline, a title or a pronoun's office, and sentences that
say nothing (a summons, no leave to speak, what a measure does), on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text

from newsframe import quotes


def test_the_place_of_a_dateline_is_not_the_speaker_of_the_lead():
    found = table(
        "date 2024-06-21 Budget talks\n\n"
        "DENVER (Wire) - Governor Helen Marsh on Friday invited leaders of both parties to talks next week, saying "
        "the state could not afford another shutdown."
    )
    assert found["speaker"].tolist() == ["Helen Marsh"]
    assert found["text"].tolist() == ["the state could not afford another shutdown"]


def test_he_after_a_titled_name_the_recogniser_missed_is_that_person():
    found = table(
        "date 2025-02-18 Fraud trial\n\n"
        "Giving evidence, Mr Dunmore said he had trusted his accountant to check every payment.\n\n"
        "Judge Lord Halliday told the jurors they must decide the case only on the evidence. He said they should "
        "not read reports of the trial."
    )
    last = found.iloc[-1]
    assert last["speaker_text"] == "He" and last["speaker"] == "Judge Lord Halliday"


def test_calling_people_to_talks_is_no_statement_but_calling_a_plan_a_disgrace_is():
    found = table(
        "date 2024-06-21 Mayor calls the unions to talks over pay\n\n"
        "The mayor called the unions to a meeting on Tuesday. Critics called the offer a disgrace."
    )
    assert found["text"].tolist() == ["the offer a disgrace"]


def test_leave_to_speak_is_no_statement():
    found = table(
        "date 2024-06-21 Talks\n\n"
        "Two aides said the gap was about defence spending. They gave no names, as they were not "
        "authorised to discuss the talks."
    )
    assert found["text"].tolist() == ["the gap was about defence spending"]


def test_what_a_measure_backs_inside_what_someone_said_is_not_said_again():
    found = table(
        "date 2025-05-20 Framework\n\n"
        "According to the chief economist Anna Virta, the decisions support the growth of companies."
    )
    assert found["cue"].tolist() == ["according to"]


def test_his_office_speaks_for_him():
    found = table(
        "date 2024-06-21 Call\n\n"
        "Representative Carl Jensen said he would attend the meeting.\n\n"
        "According to his office, the call with the speaker was short."
    )
    assert found["speaker"].tolist() == ["Carl Jensen", "Carl Jensen"]


def test_a_nested_quotation_closed_before_a_spaced_outer_mark():
    text = '"They treat it like, \'Oh, this matters,\' " Ann Lowry said. "But nobody cares."'
    assert [text[a:b] for a, b, _ in quotes.quote_spans(text)] == [
        "\"They treat it like, 'Oh, this matters,' \"",
        '"But nobody cares."',
    ]
    found = table("date 2024-03-01 Rally\n\nTom Reade spoke first.\n\n" + text)
    assert found["speaker"].tolist() == ["Ann Lowry"]


def test_a_headlines_description_is_the_person_the_story_names_saying_it():
    found = table(
        "date 2025-02-18 Former ferry boss denies fraud as trial opens\n\n"
        "Peter Lindqvist, 58, denies three charges of fraud between 2017 and 2021.\n\n"
        "The trial is expected to last three weeks."
    )
    assert found.loc[found["paragraph"] == 0, "speaker"].tolist() == ["Peter Lindqvist"]


def test_a_headline_quotation_repeated_in_the_story_is_its_speakers():
    found = table(
        "date 2025-01-12 'I only wanted to help': the grocer who fed a town\n\n"
        "When the river rose, Edith Marlow, 71, kept her shop open for three days.\n\n"
        '"I only wanted to help," Marlow says. "Anyone would have done it."'
    )
    assert found.loc[found["paragraph"] == 0, "speaker"].tolist() == ["Edith Marlow"]


def test_the_person_a_court_reports_lead_describes_is_the_one_named_with_an_age_next():
    found = table(
        "date 2025-03-04 Council official on trial\n\n"
        "A former finance director of Kelby council told a jury on Monday that he never approved the payments.\n\n"
        "Martin Oakes, 54, of Kelby, denies two charges of fraud."
    )
    assert found.loc[found["paragraph"] == 1, "speaker"].tolist() == ["Martin Oakes"]


def test_a_quoted_title_or_slogan_is_no_statement():
    found = table(
        "date 2025-01-12 Author returns\n\n"
        'Mayor Ann Cole, who wrote "Bread and Water," said she would run again. Supporters chanted "Cole For '
        'Mayor" outside.\n\n'
        '"We will win this time," Cole said.'
    )
    assert found["text"].tolist() == ["she would run again", '"We will win this time,"']


def test_a_phrase_before_a_comma_read_as_a_second_subject_is_not_the_speaker():
    found = table(
        "date 2024-02-08 Rally\n\n"
        'Holding signs calling the owner a "thief," the fans shouted "Sell the club, sell it now."'
    )
    assert found.loc[found["kind"] == "direct", "speaker_text"].tolist() == ["the fans"]
