"""Direct quotations in interviews printed as plain questions and quoted answers."""

from test_quotes import quoting, table

MAYOR = """'I never planned to be mayor': Sarah Lind on her first year

Sarah Lind won the mayor's race by 312 votes. A year on, she talked to us about potholes, housing and her critics.

You were a teacher for twenty years. Why run for mayor?

"Honestly, I never planned to. People kept asking me, and at some point saying no felt like running away."

What has surprised you most?

"How slow everything is. You sign something and it takes six months before anyone sees a change."

Your opponent, Mark Ellis, says you have broken your promise on housing. Has he got a point?

"No. We have approved 400 homes this year. He approved 90 in four years."
"""

COACH = """Dean Morley: 'We play for the town'

Dean Morley took over Harlow Rovers in the summer. We met him at the training ground before the cup tie.

Is the squad ready for Saturday?

"They are. The lads have trained well all week and the mood is good."

What do you make of Portsmouth?

"A very good side. Their manager, Alan Reeve, has them well organised and hard to break down."

Supporters are asking about a new striker. Will the club spend in January?

"That is a question for the board. We will see."
"""


def test_quoted_answers_under_plain_questions_are_the_interviewees():
    found = table(MAYOR)
    assert quoting(found, "How slow everything is")["speaker"] == "Sarah Lind"
    assert quoting(found, "Honestly, I never planned")["speaker"] == "Sarah Lind"
    # the one named in the question is spoken of, not heard
    assert quoting(found, "We have approved 400 homes")["speaker"] == "Sarah Lind"


def test_quoted_answers_in_any_person_go_to_the_one_interviewed():
    found = table(COACH)
    assert quoting(found, "The lads have trained well")["speaker"] == "Dean Morley"
    assert quoting(found, "A very good side")["speaker"] == "Dean Morley"
    assert quoting(found, "a question for the board")["speaker"] == "Dean Morley"


def test_he_added_after_an_aside_naming_someone_else_is_the_one_heard_before():
    found = table(
        "Party leader predicts easy win\n\n"
        "The Liberal leader, Tom Grant, said on Thursday that his party would win a majority. His rival, Peter Hale,"
        " called the claim arrogant.\n\n"
        '"I have never lost an election," said Grant. Hale has lost two. "And I do not plan to start now," he added.'
    )
    assert quoting(found, "do not plan to start now")["speaker"] == "Tom Grant"


def test_she_went_on_after_a_sentence_about_another_woman_is_the_speaker_before():
    found = table(
        "Family vows to appeal verdict\n\n"
        "The family of a cyclist killed on the A40 said they would appeal after the driver was cleared.\n\n"
        '"We will never accept this," Ruth Evans told reporters outside the court. Judge Mary Collins had'
        ' directed the jury on Tuesday. "My brother deserved better than this," she continued.'
    )
    assert quoting(found, "My brother deserved better")["speaker"] == "Ruth Evans"
