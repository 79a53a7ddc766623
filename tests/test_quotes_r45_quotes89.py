"""Who said what: the owner of "their demand that …" is its clause's subject, a party named in the plural speaks
itself, and a body named on the noun ("the EU's Copernicus service") speaks rather than its owner."""

from __future__ import annotations

from test_quotes import quoting, table

SHUTDOWN = "\n\n".join(
    [
        "date 2025-11-11 Senate votes to reopen government after 40 days",
        "WASHINGTON (Reuters) - The U.S. Senate on Monday passed a bill to end the longest government "
        "shutdown in the nation's history, sending it to the House of Representatives.",
        "The measure passed 60-40 after eight Democrats dropped their demand that it extend health insurance "
        "subsidies. Senate Majority Leader John Thune said a vote on the subsidies would follow in December.",
    ]
)


def test_their_demand_is_the_subject_of_its_clause():
    row = quoting(table(SHUTDOWN), "extend health insurance subsidies")
    assert (row["cue"], row["speaker"], row["speaker_text"]) == ("demand", "Democrats", "their")


PARTIES = "\n\n".join(
    [
        "date 2025-03-02 Labour retreats on rail plan",
        "Labour dropped its demand that the rail network be taken back into public hands within five years.",
        "The Tories abandoned their claim that the policy would cost £20bn. Republicans renewed their warning"
        " that tariffs would raise prices.",
        "Shadow transport secretary Mark Harper said the climbdown was welcome.",
    ]
)


def test_owner_pronoun_agrees_in_number_with_its_subject():
    found = table(PARTIES)
    assert quoting(found, "public hands")["speaker"] == "Labour"
    assert quoting(found, "cost £20bn")["speaker"] == "Tories"
    assert quoting(found, "tariffs would raise prices")["speaker"] == "Republicans"


STRIKE = "\n\n".join(
    [
        "date 2025-06-03 Doctors retreat in pay row",
        "Unite renewed its warning that walkouts would spread to ambulance crews.",
        "The doctors' union has dropped its call for a 35% rise, the BMA said on Tuesday. Junior doctors "
        "backed away from their claim that the offer was an insult.",
    ]
)


def test_their_claim_after_backed_away_from():
    # (but words answered by a verb of stance are someone else's: "Ministers rejected their demand")
    found = table(STRIKE + "\n\nMinisters rejected their demand that pay rise in line with inflation.")
    assert quoting(found, "ambulance crews")["speaker"] == "Unite"
    row = quoting(found, "offer was an insult")
    assert (row["cue"], row["speaker"]) == ("claim", "Junior doctors")
    row = quoting(found, "in line with inflation")
    assert row["speaker"] == "Ministers" and row["text"].startswith("their demand")


GREENS = "\n\n".join(
    [
        "date 2025-05-03 Greens take control of Brighton council",
        "The Greens have taken control of Brighton and Hove City Council after winning a by-election in Hanover.",
        "Green candidate Amy Heley won 1,840 votes. Labour came second with 1,210 and the Conservatives third.",
        "Labour had run the council since May 2023. Labour leader Bella Sankey said her party would work with"
        " the new administration.",
        "The Greens said they would prioritise housing and bus services.",
    ]
)


def test_party_named_in_the_plural_is_no_person():
    row = quoting(table(GREENS), "prioritise housing")
    assert (row["speaker"], row["speaker_text"]) == ("Green", "The Greens")


WILDFIRE = "\n\n".join(
    [
        "date 2025-08-14 Wildfires scorch southern Europe",
        "More than 400,000 hectares have burned in Spain this year, according to the European Union's "
        "Copernicus monitoring service.",
        "Meta's WhatsApp service said it would not weaken encryption. Britain's Office for National "
        "Statistics said inflation fell to 2.8%.",
    ]
)


def test_body_named_on_the_noun_speaks_not_its_owner():
    found = table(WILDFIRE)
    assert quoting(found, "400,000 hectares")["speaker"] == "Copernicus"
    assert quoting(found, "weaken encryption")["speaker"] == "WhatsApp"
    assert quoting(found, "inflation fell")["speaker"] == "Office for National Statistics"


RUGBY = "\n\n".join(
    [
        "date 2025-02-16 Wales stun England",
        "Wales beat England 24-20 in Cardiff on Saturday to end a run of nine straight defeats.",
        "The Welsh had been written off after their loss in Dublin. Coach Warren Gatland said his players had "
        "answered their critics.",
        "The English said they would review the game.",
    ]
)


def test_a_people_named_as_a_whole_is_no_person():
    row = quoting(table(RUGBY), "review the game")
    assert (row["speaker"], row["speaker_text"]) == ("English", "The English")
