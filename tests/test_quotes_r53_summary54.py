"""Quotes: a first paragraph's speaker described by office only ("The leader of Northfield City Council said …") is
the one person the next paragraphs name with that office ("Council leader Jane Roe", "Amir Khan, the trust's chief
executive"); a holder of another office of the same title ("Opposition leader Daniel Marsh", "Assistant Chief
Constable Tom Hale") is not one more holder of it."""

from __future__ import annotations

from test_quotes import quoting, table

COUNCIL = (
    "Libraries to close as council cuts £38m\n\n"
    "Published 20 February 2025, 17:40\n\n"
    "The leader of Northfield City Council said on Thursday that a budget gap of £38m would force the authority to "
    "close three libraries.\n\n"
    "Council leader Jane Roe told a cabinet meeting that there was no choice after years of reduced funding.\n\n"
    "Opposition leader Daniel Marsh said the cuts would fall hardest on older residents."
)

POLICE = (
    "Force to close six front counters\n\n"
    "Published 9 April 2025, 12:00\n\n"
    "Six police front counters in Leaside will close by June, the chief constable of Leaside Police has announced.\n\n"
    "Chief Constable Ann Price said officers would spend more time on patrol.\n\n"
    "Assistant Chief Constable Tom Hale said the counters had few visitors.\n\n"
    "Deputy Chief Constable Mark Ellis said the savings would pay for 20 officers."
)

HOSPITAL = (
    "Hospital trust warns of winter pressure\n\n"
    "Published 2 December 2024, 09:00\n\n"
    "Hospitals in Kent are bracing for their busiest winter yet, the chief executive of Medway NHS Foundation Trust "
    "warned.\n\n"
    '"We are already seeing corridor care on most days," said Amir Khan, the trust\'s chief executive, at a board '
    "meeting on Friday.\n\n"
    "Health Secretary Wes Streeting said extra money would reach hospitals before Christmas."
)

TWO_LEADERS = (
    "Councils agree to share services\n\n"
    "Published 11 March 2025, 15:00\n\n"
    "The leader of Eastleigh Borough Council said on Tuesday that the deal would save £2m a year.\n\n"
    "Council leader Jane Roe said staff would not lose their jobs. Council leader Sam Bell, of Fareham, said the "
    "councils would keep their own names."
)


def test_the_leader_of_the_council_is_the_council_leader_named_next():
    found = table(COUNCIL)
    assert quoting(found, "budget gap")["speaker"] == "Jane Roe"
    assert quoting(found, "older residents")["speaker"] == "Daniel Marsh"
    assert set(found["speaker"]) == {"Jane Roe", "Daniel Marsh"}


def test_the_chief_constable_is_not_the_assistant_chief_constable():
    found = table(POLICE)
    assert quoting(found, "front counters")["speaker"] == "Ann Price"
    assert quoting(found, "few visitors")["speaker"] == "Tom Hale"


def test_the_chief_executive_named_after_the_name_with_the_body_owning_the_title():
    found = table(HOSPITAL)
    assert quoting(found, "busiest winter")["speaker"] == "Amir Khan"


def test_two_holders_of_the_office_leave_the_description_apart():
    found = table(TWO_LEADERS)
    assert quoting(found, "save £2m")["speaker"] not in ("Jane Roe", "Sam Bell")
