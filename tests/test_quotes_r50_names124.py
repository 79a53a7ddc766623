"""A deal or a plan that "agrees" a step is no speaker; people and bodies that agree still are."""

from test_quotes import quoting, table


def test_a_deal_that_agrees_a_step_in_a_headline_is_no_speaker():
    found = table(
        "Cop28 deal agrees to transition away from fossil fuels for first time\n"
        "Published 13 December 2023, 14:20\n\n"
        'Nearly 200 countries at the summit in Dubai have agreed for the first time to "transition away from fossil '
        'fuels in energy systems".\n\n'
        '"It is a plan that is led by the science," Sultan Al Jaber told delegates.'
    )
    assert not found["text"].str.contains("first time", regex=False).any()  # the headline's deal says nothing
    assert quoting(found, "in energy systems")["speaker"] != ""  # the countries that agreed still do
    assert quoting(found, "led by the science")["speaker"] == "Sultan Al Jaber"


def test_an_accord_that_agrees_a_phase_out_says_nothing_but_unions_that_agree_do():
    found = table(
        "Unions agree to suspend strike as climate accord agrees to phase out coal\n"
        "Published 2 March 2024, 08:00\n\n"
        "The new accord agrees to phase out unabated coal power by 2035 and sets up a fund for workers.\n\n"
        "Unions agreed to suspend the planned walkout while members are balloted."
    )
    assert not found["text"].str.contains("unabated coal", regex=False).any()
    assert found["text"].str.contains("suspend the planned walkout", regex=False).any()
