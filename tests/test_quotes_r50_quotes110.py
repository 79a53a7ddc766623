"""Who said what: a role held by one person ("the mayor", "the judge") goes to one the article gives that role, not
to the person named last nor to a former holder; a definite report ("the report", "according to the report", "the
panel's report") speaks for the named author of the report the article brought in before."""

from __future__ import annotations

from test_quotes import quoting, table

FLOOD = "\n\n".join(
    [
        "date 2025-02-02 Storm clean-up begins as town counts the cost",
        "Volunteers in Hebden Bridge spent the weekend clearing mud from homes after the river burst its banks.",
        "Flood warden Tom Becker praised the volunteers for working through the night.",
        "The mayor said the town would ask the government for help with repairs.",
    ]
)

ELECTION = "\n\n".join(
    [
        "date 2024-11-07 Harris concedes county race",
        "Lisa Harris conceded the race on Wednesday after a recount.",
        "Her rival, Tom Becker, praised the election staff for their patience.",
        "The mayor said the new council would meet on Monday.",
    ]
)

GIVEN = "\n\n".join(
    [
        "date 2024-11-07 Town hall reopens after repairs",
        "Mayor Jane Hill reopened the town hall on Saturday after a two-year restoration.",
        "Builder Sam Ortiz said the roof had been the hardest part.",
        "The mayor said the hall would host its first concert in March.",
    ]
)


def test_the_mayor_is_not_the_person_named_last_with_another_role():
    said = quoting(table(FLOOD), "help with repairs")
    assert (said["speaker"], said["speaker_text"]) == ("The mayor", "The mayor")


def test_the_mayor_is_not_a_rival_named_last():
    said = quoting(table(ELECTION), "would meet on Monday")
    assert said["speaker"] == "The mayor"


def test_the_mayor_is_the_one_given_the_title():
    said = quoting(table(GIVEN), "first concert in March")
    assert said["speaker"] == "Jane Hill"


RULING = "\n\n".join(
    [
        "date 2025-04-03 Judge rules against hedge fund",
        "A federal judge in Manhattan ruled on Wednesday that a hedge fund misled investors.",
        "Investors had sued Crestline Capital in 2022.",
        "Jed Rakoff, a retired judge who now teaches at Columbia Law School, filed a brief backing the investors.",
        'The judge said the disclosures were "materially misleading".',
    ]
)

TRIBUNAL = "\n\n".join(
    [
        "date 2025-01-20 Tribunal backs sacked nurse",
        "Former judge Helen Marsh, who now chairs a patients' charity, welcomed the ruling on Monday.",
        "The judge said the hospital had failed to follow its own procedures.",
    ]
)


def test_a_retired_judge_is_not_the_judge_of_the_case():
    said = quoting(table(RULING), "materially misleading")
    assert said["speaker"] == "A federal judge in Manhattan"


def test_a_former_judge_titled_before_the_name_is_not_the_judge():
    said = quoting(table(TRIBUNAL), "its own procedures")
    assert said["speaker"] != "Helen Marsh"


WATCHDOG = "\n\n".join(
    [
        "date 2025-05-22 Watchdog criticises regulators over sewage",
        "A report by the National Audit Office published on Thursday found that regulators had failed.",
        "The report says that Ofwat did not check the data the companies sent it.",
        "Thames Water said it had invested heavily in new monitors.",
        "According to the report, the Environment Agency lacked the staff to inspect treatment works.",
    ]
)

COMMITTEE = "\n\n".join(
    [
        "date 2025-06-09 MPs condemn Treasury over IT project",
        "The Public Accounts Committee published a damning report on Monday about a failed computer system.",
        "Dame Meg Hillier, who chairs the committee, said taxpayers deserved better.",
        "The panel's report concluded that ministers had been given misleading updates for two years.",
    ]
)

UNNAMED = "\n\n".join(
    [
        "date 2025-06-09 Schools short of teachers",
        "A report published on Monday shows that one in ten posts is vacant.",
        "The report says that rural schools are worst hit.",
    ]
)


def test_the_report_speaks_for_the_author_named_before():
    found = table(WATCHDOG)
    assert quoting(found, "Ofwat did not check")["speaker"] == "National Audit Office"
    assert quoting(found, "lacked the staff")["speaker"] == "National Audit Office"


def test_the_panels_report_speaks_for_the_committee_that_published_it():
    said = quoting(table(COMMITTEE), "misleading updates")
    assert (said["speaker"], said["speaker_text"]) == ("Public Accounts Committee", "The panel's report")


def test_a_report_with_no_author_named_stays_as_written():
    said = quoting(table(UNNAMED), "rural schools")
    assert said["speaker"] == "The report"


LEEDS = "\n\n".join(
    [
        "date 2025-02-27 Leeds council tax to rise",
        "The Lord Mayor, Councillor Abigail Marshall Katung, chaired the three-hour debate.",
        "Council leader James Lewis said the authority faced a £100 million gap.",
        "The mayor later said that the city's libraries would stay open.",
    ]
)


def test_the_mayor_is_the_one_given_the_title_though_not_named_last():
    said = quoting(table(LEEDS), "libraries would stay open")
    assert said["speaker"] == "Abigail Marshall Katung"
