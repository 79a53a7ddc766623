"""Who said what (newsframe.quotes): a headline's verb read as the end of its subject ("Minister rejects calls to
resign"), a description of one office that another office's holder does not answer ("shadow home secretary" is not
"the home secretary"), and "the government" that is never a council, on short invented articles."""

from __future__ import annotations

from test_quotes import quoting as _row
from test_quotes import table


def test_a_headline_verb_read_as_a_plural_noun_makes_no_speaker():
    found = table(
        "date 2024-09-04 Minister rejects calls to resign over visa delays\n\n"
        "The home secretary has rejected calls to resign over the delays.\n"
    )
    assert not (found["speaker"] == "Minister rejects").any()
    assert not (found["paragraph"] == 0).any()


def test_the_holder_of_another_office_does_not_answer_a_description():
    found = table(
        "date 2024-09-04 Visa delays\n\n"
        "Speaking on Tuesday, Yvette Cooper said the backlog was unacceptable.\n\n"
        'Shadow home secretary James Cleverly said the minister had had "two months and no plan".\n\n'
        "The home secretary said she would not resign.\n\n"
        "Home Office minister Seema Malhotra visited Dover. The home office minister said more staff were coming."
    )
    assert _row(found, "she would not resign")["speaker"] != "James Cleverly"
    assert _row(found, "two months and no plan")["speaker"] == "James Cleverly"
    assert _row(found, "more staff were coming")["speaker"] == "Seema Malhotra"


def test_the_government_is_no_council_named_before():
    found = table(
        "date 2024-08-12 Bridge review\n\n"
        "Portmere City Council approved the design in 2016.\n\n"
        "On Monday, the government said it would send a team of engineers.\n\n"
        "The Scottish Government agreed to pay. The government said the bridge would open in 2026."
    )
    assert _row(found, "send a team of engineers")["speaker"] == "the government"
    assert _row(found, "the bridge would open")["speaker"] == "Scottish Government"


def test_a_given_name_tells_whom_she_stands_for():
    """A judge reporting about a defendant ("said he had") is no evidence that the judge is a man: her given name is
    a woman's, so the "she" after her quotation is hers, not the defendant's."""
    found = table(
        "date 2025-01-17 Former council leader jailed\n\n"
        "Derek Wain, 61, admitted fraud at Manchester Crown Court in November.\n\n"
        'Judge Amanda Reece said he had "betrayed the trust of people who relied on you".\n\n'
        '"You knew this money was meant for families with nowhere to live," she told him.'
    )
    assert _row(found, "You knew this money")["speaker"] == "Amanda Reece"


def test_a_given_name_borne_by_both_tells_nothing():
    from newsframe.given_names import given_name_gender

    assert given_name_gender("Amanda Reece") == "f"
    assert given_name_gender("Derek Wain") == "m"
    assert given_name_gender("Jordan Banks") is None  # borne by men and women
    assert given_name_gender("Putin") is None  # a surname alone
    assert given_name_gender("J. Smith") is None  # an initial


def test_a_spokesperson_of_a_kind_of_body_speaks_for_the_one_named_so():
    found = table(
        "date 2024-10-03 Inquest\n\n"
        "The coroner said he would write to Bristol City Council about the junction.\n\n"
        'A council spokesperson said it would "carefully consider" the report.\n\n'
        "Halden Foods was fined. A police spokesman said no one was hurt."
    )
    assert _row(found, "carefully consider")["speaker"] == "Bristol City Council"
    assert _row(found, "no one was hurt")["speaker"] == "A police spokesman"  # no force named: no firm speaks
