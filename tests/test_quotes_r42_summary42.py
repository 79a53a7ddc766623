"""Quotes: a lead's "A coroner has said" is the person the article gives that role, not the one the next paragraph
names with an age, whom the lead speaks about."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text

INQUEST = (
    "date 2025-03-12 Coroner criticises hospital over death of grandmother\n\n"
    "A coroner has said a grandmother who died after waiting 19 hours on a trolley “did not receive the care she "
    "deserved”.\n\n"
    "Margaret Ellison, 81, from Rotherham, was taken to Northern General Hospital in Sheffield after a fall at "
    "home.\n\n"
    "Senior coroner Tanyka Rawden said delays in assessing Mrs Ellison had contributed to her death."
)


def test_a_leads_role_held_by_someone_named_later_is_theirs_not_the_person_named_with_an_age():
    found = table(INQUEST)
    lead = found[found["paragraph"] == 1]
    assert lead["speaker"].tolist() == ["Tanyka Rawden"]
    assert "Margaret Ellison" not in set(found["speaker"])


def test_a_defendant_named_with_an_age_after_the_lead_still_speaks_for_it():
    found = table(
        "date 2025-03-12 Former port chief denies fraud\n\n"
        "A former port chief has told a jury that he never signed the contracts at the centre of a fraud case.\n\n"
        "Graham Lee, 61, of Leeds, denies three counts of fraud by abuse of position.\n\n"
        "The trial at Leeds Crown Court continues."
    )
    assert found[found["paragraph"] == 1]["speaker"].tolist() == ["Graham Lee"]
