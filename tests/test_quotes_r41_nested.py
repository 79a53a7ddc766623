"""Who said what (newsframe.quotes): a quotation nested in the same curly marks as the one around it is read with
nesting, so the outer quotation stays whole."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_quotation_nested_in_the_same_curly_marks_is_one_quotation():
    found = table(
        "date 2016-07-08 Columnist faults Democrats over police silence\n\n"
        "George Zornick of The Nation wrote, “If you want people to know you care about police brutality, you have "
        "to demonstrate that you care even when “your team” needs to be held accountable. Otherwise, everything "
        "else you say on the subject is rendered insincere.” Zornick’s comment drew wide attention.\n"
    )
    row = quoting(found, "police brutality")
    assert (row["kind"], row["speaker"], row["speaker_text"]) == (
        "direct",
        "George Zornick",
        "George Zornick of The Nation",
    )
    assert row["text"].endswith("rendered insincere.”")


def test_curly_marks_that_close_as_they_open_stay_flat():
    found = table(
        "date 2024-05-02 Council approves budget\n\n"
        "The council leader, Anne Hill, said the budget was “fair” and “balanced”. “We listened to residents,” she "
        "added.\n"
    )
    assert quoting(found, "listened to residents")["speaker"] == "Anne Hill"
    assert quoting(found, "listened to residents")["kind"] == "direct"
