"""Who said what (newsframe.quotes): "the company" after a firm named only as an example of a kind is the firm the
story is about, not the example, nor the broker heard last."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_the_company_is_the_firm_the_story_is_about_not_an_example_or_the_broker_heard_last():
    found = table(
        "date 2025-03-04 Greggs warns on costs\n\n"
        "Greggs has warned that higher wage bills will add about £30m to its costs this year.\n\n"
        "Chief executive Nora Pike said trading had improved in recent weeks.\n\n"
        "Analysts at Peel Hunt said the slowdown was disappointing, noting that rivals such as Pret A Manger and "
        "Costa had also reported weaker footfall.\n\n"
        "The company, which employs more than 32,000 people, said it would pay a special dividend in May.\n"
    )
    assert quoting(found, "special dividend")["speaker"] == "Greggs"


def test_the_company_after_a_firm_the_story_names_as_its_subject_stays_that_firm():
    found = table(
        "date 2025-03-04 Tesco recalls loaves\n\n"
        "Tesco has recalled two batches of its seeded loaf, sold at stores including Bunline.\n\n"
        "The company said no other products were affected.\n"
    )
    assert quoting(found, "no other products")["speaker"] == "Tesco"


def test_what_a_statement_said_without_that_is_what_was_said_and_the_statement_issued_is_not():
    found = table(
        "date 2023-11-28 Truce extended\n\n"
        "Hamas said in a statement it had agreed with Qatar and Egypt to extend the truce.\n\n"
        "The club said in a statement it issued on Monday that the manager had left.\n"
    )
    assert quoting(found, "agreed with Qatar")["text"] == "it had agreed with Qatar and Egypt to extend the truce"
    assert quoting(found, "the manager had left")["text"] == "that the manager had left"
    assert not found["text"].str.contains("issued").any()


def test_a_headline_quotation_before_a_description_is_the_one_person_quoted_who_holds_that_role():
    interview = table(
        "date 2025-03-17 'We cannot keep patching up the roads': council leader on the pothole crisis\n\n"
        "Councillor Ruth Adeyemi became leader of Kent County Council in May. She spoke to us about potholes.\n\n"
        "Q: How bad are the roads?\n\n"
        "A: Worse than at any time I can remember.\n"
    )
    assert quoting(interview, "patching up the roads")["speaker"] == "Ruth Adeyemi"
    crash = table(
        "date 2025-03-17 'It was terrifying': passenger on the emergency landing\n\n"
        "A flight from Leeds made an emergency landing in Dublin on Sunday.\n\n"
        '"Safety is our first concern," said Tom Hale, the airline\'s chief executive.\n'
    )
    assert quoting(crash, "It was terrifying")["speaker"] != "Tom Hale"


def test_a_bare_spokeswoman_speaks_for_the_body_the_sentence_before_is_about():
    found = table(
        "date 2024-12-07 Storm closes bridges\n\n"
        "The Severn Bridge was closed overnight, and National Highways said it would reopen when safe.\n\n"
        "Natural Resources Wales has issued 12 flood warnings. A spokeswoman said rivers were expected to peak.\n"
    )
    assert quoting(found, "expected to peak")["speaker"] == "Natural Resources Wales"
    # with no body before it in its paragraph, the one heard at the end of the paragraph before
    found = table(
        "date 2024-12-07 Storm closes bridges\n\n"
        "The Severn Bridge was closed overnight, and National Highways said it would reopen when safe.\n\n"
        "Winds eased on Saturday. A spokeswoman said traffic was moving again.\n"
    )
    assert quoting(found, "moving again")["speaker"] == "National Highways"
