"""Quotes of education and health news: a position held is no statement, and "the university" is not a union for
the students and staff of universities."""

from __future__ import annotations

from test_quotes import table


def test_a_position_held_before_is_no_statement():
    found = table(
        "date 2024-08-22 Results day\n\n"
        "Ofqual, the exams regulator, had previously opposed any return to generous grading, and its chief "
        "regulator said the results were fair."
    )
    assert not found["text"].str.contains("generous grading").any()
    assert found["text"].str.contains("the results were fair").any()


def test_a_stance_long_held_is_no_statement_but_one_taken_now_is():
    found = table(
        "date 2024-03-02 Levy row\n\n"
        "The Federation of Small Businesses has long opposed the levy. On Tuesday the British Retail Consortium "
        "criticised the plan."
    )
    assert not found["text"].str.contains("the levy").any()
    assert found["text"].str.contains("the plan").any()


def test_the_university_is_not_a_union_named_for_universities():
    found = table(
        "date 2024-12-09 University deficit\n\n"
        "The University of Dundee has revealed a financial shortfall of £35 million.\n\n"
        "The University and College Union said the cuts would devastate teaching.\n\n"
        "The university said an independent investigation would report by 31 March."
    )
    row = found[found["text"].str.contains("independent investigation")].iloc[0]
    assert row["speaker"] == "University of Dundee"


def test_the_hospital_is_not_a_union_named_for_hospital_workers():
    found = table(
        "date 2024-05-09 Hospital cuts\n\n"
        "St Mary's Hospital will close a ward next month.\n\n"
        "The Hospital and Care Workers Union called the closure reckless.\n\n"
        "The hospital said patients would be moved to other wards."
    )
    said = found[found["text"].str.contains("patients would be moved")].iloc[0]
    assert said["speaker"] == "St Mary's Hospital"
