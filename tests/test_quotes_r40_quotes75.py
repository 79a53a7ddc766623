"""Who said what (newsframe.quotes): a feature title, a body's standing purpose and an act someone is pressed to
take are no statements; an owner's pronoun, a party one belongs to and an analyst's firm resolve to who speaks."""

from __future__ import annotations

from test_quotes import rows, table  # the quotes table of an article given as text

PUB = (
    "date 2024-06-02 The village that refused to let its pub die\n\n"
    "When the Red Lion in Ashwell closed its doors in the spring of 2021, few expected it to reopen.\n\n"
    "The group raised £480,000 in 10 weeks, helped by a grant from the Plunkett Foundation, which supports "
    "community-owned businesses. Its chief executive, James Alcock, said the number of co-operative pubs in Britain "
    "had doubled since 2015.\n"
)


def test_a_feature_titles_relative_clause_is_no_statement():
    found = table(PUB)
    assert not len(found[found["paragraph"] == 0])


def test_a_bodys_standing_purpose_in_a_relative_clause_is_no_stance():
    found = table(PUB)
    assert "supports" not in found["cue"].tolist()
    assert ("James Alcock", "the number of co-operative pubs in Britain had doubled since 2015") in [
        (r[3], r[5]) for r in rows(found)
    ]


def test_what_someone_is_pressed_to_do_is_the_pressers_appeal_not_a_statement_of_those_pressed():
    found = table(
        "date 2025-03-14 Senate passes stopgap bill\n\n"
        "The House of Representatives approved the measure on Tuesday by 217 votes to 213. Trump, who had pressed "
        "Republicans to back it, is expected to sign it on Saturday.\n\n"
        "Party leaders launched petitions calling on superdelegates to back the will of voters.\n"
    )
    assert not {"back", "support"} & set(found["cue"])
    assert ("pressed", "Trump", "who", "Republicans to back it") in [r[2:] for r in rows(found)]


def test_a_thing_that_pushes_people_to_speak_is_no_one_pressing():
    found = table(
        "date 2015-11-17 Terrorism moves to fore\n\n"
        "The attack is pushing the Republican candidates to speak more loudly about keeping migrants out.\n"
    )
    assert "pushing" not in found["cue"].tolist()


def test_one_persuaded_to_act_is_who_acts():
    found = table(
        "date 2021-12-01 Deal agreed\n\nPresident Joe Biden persuaded Senator Joe Manchin to endorse the deal.\n"
    )
    assert [(r[2], r[3], r[5]) for r in rows(found)] == [("endorse", "Joe Manchin", "the deal")]


def test_an_owners_pronoun_is_the_person_it_stands_for():
    found = table(
        "date 2025-06-10 Labour lead narrows\n\n"
        "Keir Starmer won the election on his pledge to cut waiting lists. Voters now doubt his promise to end "
        "strikes.\n"
    )
    assert [(r[2], r[3], r[4]) for r in rows(found)] == [
        ("pledge", "Keir Starmer", "his"),
        ("promise", "Keir Starmer", "his"),
    ]


def test_a_party_a_person_belongs_to_speaks_for_itself():
    found = table(
        "date 2025-06-10 NHS waiting lists rise\n\n"
        "Conservative leader Kemi Badenoch accused him of breaking his promise to patients. Her party said the rise "
        "in national insurance had hit GP surgeries.\n"
    )
    row = found[found["text"].str.startswith("the rise in national insurance")].iloc[0]
    assert (row["speaker"], row["speaker_text"]) == ("Her party", "Her party")


def test_the_firm_is_not_the_one_whose_analysts_commented():
    found = table(
        "date 2025-07-29 Tesco profits rise\n\n"
        "Tesco has reported a 14% rise in half-year profits, helped by strong demand for its meal deals.\n\n"
        "Shares fell 3% in early trading. Analysts at Peel Hunt said the outlook for the second half was cautious.\n\n"
        "The firm, which employs 31,000 people, warned that a rise in the minimum wage would add £30m to its costs.\n"
    )
    row = found[found["cue"] == "warned"].iloc[0]
    assert (row["speaker"], row["speaker_text"]) == ("Tesco", "The firm")


def test_a_nationality_describing_the_one_a_relative_clause_is_on_is_no_speaker():
    found = table(
        "date 2025-06-21 Draper battles into Queen's final\n\n"
        "Jack Draper fought back from a set down to beat Tommy Paul at Queen's Club on Saturday.\n\n"
        "The British number one, who had asked organisers to move his match to the evening, needed treatment on his "
        "shoulder.\n"
    )
    row = found[found["cue"] == "asked"].iloc[0]
    assert (row["speaker"], row["speaker_text"]) == ("The British number one", "who")
