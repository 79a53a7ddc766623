"""Summary and notebook sentences on texts written for these tests: a body whose minister speaks ("Treasury minister
NAME told broadcasters", "the Home Office minister, NAME, said") is heard through the minister, as through its
spokesperson; a former minister makes it heard no more than a former chairman does."""

from __future__ import annotations

from newsframe import findings, pipeline, summary

BUDGET = """Chancellor prepares to deliver Budget
Published: 2025-10-29 12:10

Treasury minister Daniel Forsyth told broadcasters that the Budget would be "about stability, not gimmicks".

The Institute for Fiscal Studies has warned that taxes are likely to rise.

Ofgem, the energy regulator, will publish its price cap next month.
"""


def _never(write, text):
    t = pipeline.analyze(write("budget.txt", text), use_cache=False).tables
    return findings.never_heard.__wrapped__(t["quotes"], t["entities"], t["paragraphs"])


def test_a_body_whose_minister_speaks_is_heard(write):
    said = _never(write, BUDGET)
    assert "Treasury" not in said and "Ofgem" in said, said
    said = _never(write, BUDGET.replace("Treasury minister Daniel Forsyth", "The Treasury's minister, Daniel Forsyth,"))
    assert "Treasury" not in said and "Ofgem" in said, said


def test_a_former_minister_does_not_make_the_body_heard(write):
    said = _never(write, BUDGET.replace("Treasury minister", "Former Treasury minister"))
    assert "Treasury" in said, said


BRIEF = """Harbour road closed after lorry spill
Published: 2025-05-19 07:50

Harbour Road in Kelford will stay closed until this afternoon after a lorry shed its load overnight, Cornwall Council
said.

The driver was treated for shock, Devon and Cornwall Police said.
"""


def test_one_force_named_for_two_counties_does_not_speak_together(write):
    t = pipeline.analyze(write("brief.txt", BRIEF), use_cache=False).tables
    said = findings.who_is_quoted.__wrapped__(t["quotes"], t["entities"])
    assert "Devon and Cornwall Police" in said and "together" not in said, said


def test_two_named_bodies_still_speak_together():
    assert summary._together("Tesco and Acme Foods", {"Tesco", "Acme Foods"}) == "Tesco and Acme Foods together"
    assert summary._together("Devon and Cornwall Police", {"Devon", "Cornwall Police"}) == "Devon and Cornwall Police"
