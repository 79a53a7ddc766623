"""Who said what: a body that spoke in the sentence before stands for "the agency"; a speaker the parse read as an
apposition; what can be done is no statement; a name after its kind; two bodies closing a sentence; where a promise
holds."""

# ruff: noqa: E501 (test articles are written as they are read, one paragraph a line)
from __future__ import annotations

from test_quotes import quoting, table

MEASLES = """WHO warns of measles surge across Europe

Published: 2025-02-10 08:00

The World Health Organization has warned that measles cases in Europe reached their highest level in 25 years last year.

WHO said 127,350 cases were reported in the region in 2024, double the number in 2023.

The UN children's agency Unicef said children under five accounted for more than 40% of cases.

The WHO urged governments to close gaps in vaccination. Romania had the most cases, followed by Kazakhstan, the agency said.
"""


def test_body_speaking_right_before_is_the_agency():
    row = quoting(table(MEASLES), "Romania had the most cases")
    assert (row["speaker"], row["speaker_text"]) == ("World Health Organization", "the agency")
    assert row["text"] == "Romania had the most cases, followed by Kazakhstan"
    assert quoting(table(MEASLES), "children under five")["speaker"] == "Unicef"
    # (a firm credited in the same paragraph stays the research firm)
    found = table(
        """Tesco gains market share

Published: 2025-01-08 08:00

Tesco said its sales rose over Christmas.

Tesco grew sales by 4.1% in the 12 weeks to 29 December, according to research firm Kantar. The research firm said grocery inflation slowed to 3.4%.
"""
    )
    assert quoting(found, "grocery inflation")["speaker"] == "Kantar"
    # (and a firm only spoken of, not heard, is not the regulator)
    found = table(
        """Water bills to rise by a fifth

Published: 2024-12-19 08:00

The regulator Ofwat said on Thursday that bills in England and Wales would rise by 21% over five years.

Thames Water missed its leakage targets again last year. Bills for its customers will rise by 35%, the regulator said.
"""
    )
    assert quoting(found, "Bills for its customers")["speaker"] == "Ofwat"


LAYOFFS = """Meta to cut 3,600 jobs in latest round of layoffs

Published: 2025-01-15 07:45

Meta plans to cut about 5% of its workforce, targeting staff it considers "low performers", the company's chief executive Mark Zuckerberg told employees on Tuesday.
"""


def test_speaker_read_as_apposition_closing_the_sentence():
    found = table(LAYOFFS)
    row = quoting(found, "Meta plans to cut")
    assert (row["kind"], row["cue"], row["speaker"]) == ("partial", "told", "Mark Zuckerberg")
    assert row["speaker_text"] == "the company's chief executive Mark Zuckerberg"
    assert row["text"] == 'Meta plans to cut about 5% of its workforce, targeting staff it considers "low performers"'
    assert len(found) == 1  # "considers" is inside what he told them


VOTE = """MPs back assisted dying bill in historic vote

Published: 2024-11-29 16:20

The bill will now go to committee stage, where MPs can propose amendments, and will return to the Commons next year.

Members can nominate a candidate until Friday.

Campaign group Dignity in Dying welcomed the result. Care Not Killing, which opposes the bill, said it would keep fighting.
"""


def test_what_can_be_done_is_no_statement():
    found = table(VOTE)
    assert not found["cue"].isin(["propose", "nominate"]).any()
    found = table(
        """Man arrested

Published: 2025-03-04 09:00

Detectives can confirm that a man has been arrested, Sussex Police said.
"""
    )
    assert quoting(found, "a man has been arrested")["speaker"] == "Sussex Police"  # "can confirm that" reports


def test_name_after_its_kind_is_the_speaker():
    row = quoting(table(VOTE), "the result")
    assert (row["speaker"], row["speaker_text"]) == ("Dignity in Dying", "Campaign group Dignity in Dying")


def test_two_bodies_closing_the_sentence_both_speak():
    found = table(
        """Tube strike called off after last-minute deal

Published: 2025-03-04 09:00

A planned strike on the London Underground has been called off after a last-minute deal on pay, Transport for London and the Metropolitan Police said.
"""
    )
    row = quoting(found, "A planned strike")
    assert row["speaker"] == "Transport for London and Metropolitan Police"
    assert row["speaker_text"] == "Transport for London and the Metropolitan Police"
    assert row["text"] == (
        "A planned strike on the London Underground has been called off after a last-minute deal on pay"
    )


def test_where_a_headline_promise_holds():
    found = table(
        """Labour promises free breakfast clubs in every primary school

Published: 2024-06-13 10:00

The party unveiled its manifesto on Thursday. Sir Keir Starmer said it was a plan for change.
"""
    )
    row = quoting(found, "breakfast clubs")
    assert (row["speaker"], row["text"]) == ("Labour", "free breakfast clubs in every primary school")


def test_place_of_a_promise_made_is_not_what_was_promised():
    found = table(
        """Reform UK vows lower energy bills in its manifesto

Published: 2024-06-17 10:00

The party set out its plans on Monday.
"""
    )
    assert quoting(found, "energy bills")["text"] == "lower energy bills"
