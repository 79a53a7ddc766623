"""Who said what (newsframe.quotes): what is not said (a cue under "without"), the words a stance or a blame takes,
a word the parse split at its hyphen, the speaker's next deed after a quotation, and a bare spokesperson after a
body's statement, on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_a_cue_under_without_is_nothing_said():
    found = table(
        "date 2026-11-27 Summit ends\n\n"
        "European Union leaders ended an all-night summit in Brussels without agreeing how to use frozen assets. "
        "Viktor Orban left without saying whether he would return, and said the plan was dead."
    )
    assert found["text"].tolist() == ["the plan was dead"]


def test_a_stance_keeps_the_phrase_that_says_what_it_is_on():
    found = table(
        "date 2026-11-27 Summit ends\n\n"
        "Hungary's prime minister, Viktor Orban, repeated his opposition to any new funding for Kyiv."
    )
    assert found["text"].tolist() == ["his opposition to any new funding for Kyiv"]


def test_what_is_blamed_is_said_with_what_it_is_blamed_on():
    found = table(
        "date 2026-11-27 Bank app fails\n\n"
        'Halden Bank apologised and blamed "a technical issue with a third-party supplier".\n\n'
        "Police blamed the crash on icy roads."
    )
    assert found[["speaker", "kind", "text"]].values.tolist() == [
        ["Halden Bank", "partial", '"a technical issue with a third-party supplier"'],
        ["Police", "reported", "the crash on icy roads"],
    ]


def test_a_hyphenated_word_ending_what_was_said_is_kept_whole():
    found = table('date 2027-01-08 Raducanu says she is "proud" after battling into Auckland semi-final\n\nShe won.')
    assert found["text"].tolist() == ['she is "proud" after battling into Auckland semi-final']


def test_the_speakers_next_deed_after_a_quotation_is_not_what_was_said():
    found = table(
        "date 2026-11-25 Driver jailed\n\n"
        "Judge Robert Adair jailed Liam Forde for six years.\n\n"
        'The judge said the case was "as clear an example of dangerous driving as this court sees", '
        "and banned Forde from driving for ten years after his release.\n\n"
        'Sarah Quinn said prices had "never been higher" and wages had not kept up.'
    )
    assert found["text"].tolist() == [
        'the case was "as clear an example of dangerous driving as this court sees"',
        'prices had "never been higher" and wages had not kept up',
    ]


def test_a_bare_spokesperson_after_a_bodys_statement_speaks_for_it():
    found = table(
        "date 2026-11-27 Bank app fails\n\n"
        "Halden Bank apologised. It said no customer data had been affected.\n\n"
        '"We are really sorry," a spokesperson said.\n\n'
        "Aisha Rahman said her card was declined.\n\n"
        '"It was humiliating," a spokesperson said.'
    )
    assert found["speaker"].tolist() == ["Halden Bank", "Halden Bank", "Aisha Rahman", "a spokesperson"]


def test_it_after_a_study_is_the_study_not_the_journal_it_names():
    found = table(
        "date 2026-11-26 Night shifts and diabetes\n\n"
        "The research, published in the journal Diabetologia, followed 200,000 workers for eleven years.\n\n"
        "It found that the risk rose with the number of night shifts.\n\n"
        "The Halden Group, which owns the Daily Post, said profits fell. It said costs rose."
    )
    assert found["speaker"].tolist() == ["The research", "Halden Group", "Halden Group"]


def test_why_a_source_spoke_unnamed_is_not_what_was_said():
    found = table(
        "date 2026-11-30 Tariff bill\n\n"
        "An aide to John Thune, who spoke on the condition of anonymity to discuss private talks, said the leader "
        'was "counting votes".\n\n'
        "Two officials spoke anonymously to describe the plans."
    )
    assert found["text"].tolist() == ['the leader was "counting votes"']


def test_the_one_asked_asks_nothing():
    found = table(
        "date 2026-11-29 Lollipop lady retires\n\n"
        'Asked what she will do next, Maureen Kettle does not hesitate. "Sleep in," she says.\n\n'
        "Andrew Pugh asked whether the school would hold a party."
    )
    assert found[["speaker", "text"]].values.tolist() == [
        ["Maureen Kettle", '"Sleep in,"'],
        ["Andrew Pugh", "whether the school would hold a party"],
    ]


def test_people_and_sights_seen_are_no_view():
    found = table(
        "date 2026-11-29 Lollipop lady retires\n\n"
        "Maureen Kettle has stood outside the school for years, seeing children across the road.\n\n"
        "Andrew Pugh saw the match on television. He sees parents as partners and saw no reason to change."
    )
    assert found["text"].tolist() == ["parents as partners", "no reason to change"]


def test_an_age_describes_the_one_named_before_even_when_acted_on_but_a_judge_is_not_the_convicted():
    found = table(
        "date 2027-05-03 Leinster hold off Saracens\n\n"
        "Owen Farrell, playing his last European game for the club, was applauded off by supporters.\n\n"
        '"It\'s not how I wanted it to end," the 35-year-old told Premier Sports.\n\n'
        'A jury found Sean Daly guilty. "You are a danger," the judge said.'
    )
    assert found["speaker"].tolist() == ["Owen Farrell", "the judge"]


def test_a_content_ending_in_a_relative_clause_with_its_own_speaker_gives_that_speaker_a_statement_too():
    found = table(
        "date 2026-03-10 Bus drivers vote to strike\n\n"
        "The drivers rejected a 3 percent pay offer, which Unite said was well below inflation.\n\n"
        "Sam Hale said the plan, which Unite said was unfair, would go ahead."
    )
    assert found[["speaker", "text"]].values.tolist() == [
        ["The drivers", "a 3 percent pay offer"],
        ["Unite", "was well below inflation"],
        ["Sam Hale", "the plan, which Unite said was unfair, would go ahead"],
    ]


def test_a_question_the_writer_puts_about_a_saying_is_none():
    found = table(
        "date 2026-03-10 Ten years of the trust\n\n"
        "What would Daniel say if he could see the trust now?\n\n"
        '"What would you say to him?" she asked.'
    )
    assert found[["kind", "cue"]].values.tolist() == [["direct", "asked"]]


def test_goods_offered_and_things_pointing_say_nothing():
    found = table(
        "date 2026-03-10 Laptop review\n\n"
        "The Air 14 costs more than its closest competitors, which offer similar screens and better performance.\n\n"
        "Labor won as counting pointed to a comfortable majority. Sam Hale offered no explanation for the delay, "
        "and analysts pointed to weak demand."
    )
    assert found["text"].tolist() == ["no explanation for the delay", "weak demand"]


def test_a_document_from_a_body_speaks_for_the_body():
    found = table(
        "date 2026-03-10 Waiting lists fall\n\n"
        "But an analysis by the Nuffield Trust found that the fall was driven by patients being removed.\n\n"
        "The pair were freed on Sunday, according to a statement from the Qatari foreign ministry."
    )
    assert found["speaker"].tolist() == ["Nuffield Trust", "the Qatari foreign ministry"]


def test_a_deed_after_a_quotation_stays_in_a_persons_clause_and_a_named_asker_asks():
    found = table(
        "date 2026-03-10 Inquest\n\n"
        'A neighbour said she heard "a terrible bang" and ran outside to find the woman lying in the road.\n\n'
        "Asked by the family's barrister whether he had checked his mirrors, Sam Hale said he had."
    )
    assert found[["speaker", "text"]].values.tolist() == [
        ["A neighbour", 'she heard "a terrible bang" and ran outside to find the woman lying in the road'],
        ["the family's barrister", "whether he had checked his mirrors"],
        ["Sam Hale", "he had"],
    ]


def test_a_quoted_participle_closing_the_sentence_is_the_statements_end():
    found = table(
        "date 2026-11-21 Tributes paid to Gareth Pryce\n\n"
        "His family said in a statement that he had died peacefully at home on Thursday, "
        '"surrounded by the people he loved".'
    )
    assert found[["kind", "text"]].values.tolist() == [
        ["partial", 'that he had died peacefully at home on Thursday, "surrounded by the people he loved"']
    ]


def test_a_stretch_of_time_is_no_object_of_a_cue():
    found = table(
        "date 2026-11-21 Tributes paid to Gareth Pryce\n\n"
        "Scarlets, the region he supported all his life, will hold a minute's applause. Sam Hale backed the plan "
        "all week."
    )
    assert found["text"].tolist() == ["the plan"]


def test_a_call_off_or_in_is_no_call_for():
    found = table(
        "date 2026-09-17 Moon launch delayed\n\n"
        "The launch of a lunar lander was called off on Thursday morning for the second time in a week. "
        "The government called in the army, and the union called for a strike."
    )
    assert found["text"].tolist() == ["a strike"]


def test_the_party_after_what_it_reports_on_itself_is_that_party():
    found = table(
        "date 2026-11-27 Lib Dems take Ashcombe\n\n"
        "The Green Party came third, ahead of Labour.\n\n"
        "The Liberal Democrats have gained five council seats in by-elections since the start of the year, the "
        "party said."
    )
    assert found["speaker"].tolist() == ["Liberal Democrats"]


def test_a_place_or_thing_that_saw_a_fall_and_a_release_to_come_say_nothing():
    found = table(
        "date 2026-12-01 House prices fall\n\n"
        "In London, the south of England saw a small annual fall of 0.8%. Analysts see the fall as temporary.\n\n"
        "The Bank's Monetary Policy Committee will announce its next interest rate decision on 5 February."
    )
    assert found["text"].tolist() == ["the fall as temporary"]


def test_a_belief_set_aside_by_commas_names_no_one_and_keeps_the_speaker_it_parts_from_its_verb():
    found = table(
        "date 2026-11-27 Presenter wins libel case\n\n"
        "Legal costs, thought to be more than £1m, will be decided at a later hearing.\n\n"
        "The minister, believed to be in Paris, said the talks had failed."
    )
    assert found[["speaker", "text"]].values.tolist() == [["The minister", "the talks had failed"]]


def test_the_one_prompted_calls_and_the_speakers_second_deed_is_hers():
    found = table(
        "date 2026-11-26 School buildings debate\n\n"
        'Shadow education secretary Laura Trott said thousands of children were being taught in "crumbling '
        'classrooms" and accused the government of breaking a promise to parents.\n\n'
        'Conservative MP Andrew Mitchell accused the minister of "reading a press release", prompting the Speaker, '
        "Sir Lindsay Hoyle, to call for order."
    )
    said = dict(zip(found["text"], found["speaker"]))
    assert said["breaking a promise to parents"] == "Laura Trott"
    assert said["order"] == "Lindsay Hoyle"


def test_a_call_after_while_is_another_speakers_statement():
    found = table(
        "date 2026-11-26 School buildings debate\n\n"
        'The National Education Union said the cuts would "put children at risk", while the Association of School '
        "and College Leaders called for an independent review of the building programme."
    )
    assert found[["speaker", "text"]].values.tolist() == [
        ["National Education Union", 'the cuts would "put children at risk"'],
        ["Association of School and College Leaders", "an independent review of the building programme"],
    ]
