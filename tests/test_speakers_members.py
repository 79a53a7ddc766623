"""A person named with a body's possessive ("Shore Capital's Darren Shirley") or "of" the body after their name
("Detective Inspector Priya Sandhu, of Leeds District CID,") speaks for it, as "its chief executive" does. A
person's possessive, a body the speaker only comments on, and a university named with one of its academics make no
body heard."""

from __future__ import annotations

import pandas as pd
from test_speakers_officers import entities, mentions_of, paragraphs, quotes

from newsframe import speakers


def silent(text, names, said) -> list[str]:
    found = mentions_of(text, {a: e for e, a in zip(names["entity"], names["aliases"]) if "|" not in a})
    return speakers.unheard(names, said, text, found)["entity"].tolist()


def test_a_person_named_with_a_bodys_possessive_speaks_for_it():
    text = paragraphs(
        "Harwell Ales agrees sale",
        "Harwell Ales has agreed to be bought by Kestrel Drinks.",
        "Lowland Securities' Anna Brook wrote in a note that a rival bid was unlikely.",
    )
    names = entities(
        ("Harwell Ales", "ORG", 1, "Harwell Ales"),
        ("Kestrel Drinks", "ORG", 1, "Kestrel Drinks"),
        ("Lowland Securities", "ORG", 1, "Lowland Securities"),
        ("Anna Brook", "PERSON", 1, "Anna Brook"),
    )
    said = quotes((2, "Anna Brook", "Lowland Securities' Anna Brook"))
    assert "Lowland Securities" not in silent(text, names, said)  # a name ending in "s" takes only the apostrophe
    text.loc[2, "text"] = "Lowland Capital's Anna Brook wrote in a note that a rival bid was unlikely."
    names.loc[2, ["entity", "aliases"]] = ["Lowland Capital", "Lowland Capital"]
    said = quotes((2, "Anna Brook", "Lowland Capital's Anna Brook"))
    out = silent(text, names, said)
    assert "Lowland Capital" not in out, out
    # the firm she comments on is not heard through her
    assert {"Harwell Ales", "Kestrel Drinks"} <= set(out), out


def test_a_possessive_read_anywhere_the_speaker_is_named():
    text = paragraphs(
        "Harwell Ales agrees sale",
        "Lowland Capital's Anna Brook was unconvinced by the price.",
        "“It looks full to us,” she said.",
    )
    names = entities(("Lowland Capital", "ORG", 1, "Lowland Capital"), ("Anna Brook", "PERSON", 1, "Anna Brook"))
    said = quotes((2, "Anna Brook", "she"))
    assert silent(text, names, said) == []


def test_a_persons_possessive_makes_no_body_heard():
    text = paragraphs("Case", "Tom Vale's lawyer, Ben Ash, said the claim was false.")
    names = entities(("Tom Vale", "PERSON", 1, "Tom Vale"), ("Ben Ash", "PERSON", 1, "Ben Ash"))
    said = quotes((1, "Ben Ash", "Tom Vale's lawyer, Ben Ash"))
    assert silent(text, names, said) == ["Tom Vale"]


def test_a_person_of_a_body_speaks_for_it():
    text = paragraphs(
        "Man stabbed",
        "Detective Inspector Priya Sandhu, of Leeds District CID, said: “This was a shocking attack.”",
        "The victim was taken to Leeds General Infirmary.",
    )
    names = entities(
        ("Leeds District CID", "ORG", 1, "Leeds District CID"),
        ("Leeds General Infirmary", "ORG", 1, "Leeds General Infirmary"),
        ("Priya Sandhu", "PERSON", 1, "Priya Sandhu"),
    )
    said = quotes((1, "Priya Sandhu", "Detective Inspector Priya Sandhu"))
    assert silent(text, names, said) == ["Leeds General Infirmary"]


def test_of_must_end_the_aside_with_the_body():
    # "of" that opens something else than the body's name makes no one heard
    text = paragraphs(
        "Man stabbed",
        "Sam Hale, of the view that Kelby Rovers were unlucky, said: “We deserved more.”",
    )
    names = entities(("Kelby Rovers", "ORG", 1, "Kelby Rovers"), ("Sam Hale", "PERSON", 1, "Sam Hale"))
    said = quotes((1, "Sam Hale", "Sam Hale"))
    assert silent(text, names, said) == ["Kelby Rovers"]


def test_a_university_is_not_heard_through_its_academic():
    text = paragraphs(
        "Night work study",
        "Prof Martin Cole, of the University of Wessex, said: “It is careful work.”",
        "Wessex University's Dr Ann Lee said: “The link is strong.”",
    )
    names = entities(
        ("University of Wessex", "ORG", 1, "University of Wessex"),
        ("Wessex University", "ORG", 1, "Wessex University"),
        ("Martin Cole", "PERSON", 1, "Martin Cole"),
        ("Ann Lee", "PERSON", 1, "Ann Lee"),
    )
    said = quotes((1, "Martin Cole", "Prof Martin Cole"), (2, "Ann Lee", "Wessex University's Dr Ann Lee"))
    assert set(silent(text, names, said)) == {"University of Wessex", "Wessex University"}
    # its officer still speaks for it
    said = quotes((2, "Ann Lee", "Wessex University spokeswoman Ann Lee"))
    assert "Wessex University" not in silent(text, names, said)


def test_an_officer_of_the_body_called_by_the_noun_that_heads_its_name():
    text = paragraphs(
        "Royal visit",
        "The princess visited Kelby Royal Hospital for Children on Wednesday.",
        "She was greeted by the hospital's chief executive, Ruth Amos.",
        "Ms Amos said the unit would change how children were treated.",
    )
    names = entities(
        ("Kelby Royal Hospital for Children", "ORG", 1, "Kelby Royal Hospital for Children"),
        ("Ruth Amos", "PERSON", 2, "Ruth Amos"),
    )
    said = quotes((3, "Ruth Amos", "Ms Amos"))
    assert silent(text, names, said) == []
    # with a second hospital named, "the hospital" may be either
    text.loc[1, "text"] += " Its patients are also seen at Kelby General Hospital."
    two = pd.concat(
        [names, entities(("Kelby General Hospital", "ORG", 1, "Kelby General Hospital"))], ignore_index=True
    )
    assert "Kelby Royal Hospital for Children" in silent(text, two, said)


def test_a_bands_singer_and_a_teams_captain_speak_for_it():
    text = paragraphs(
        "Festival called off",
        "The festival was to be headlined by Salt Lanterns and Kelby Town's choir.",
        "Salt Lanterns' singer, Owen Trask, wrote that the band were heartbroken.",
        "Kelby Rovers captain Amy Shaw said the charity match would be moved.",
    )
    names = entities(
        ("Salt Lanterns", "ORG", 2, "Salt Lanterns"),
        ("Kelby Rovers", "ORG", 1, "Kelby Rovers"),
        ("Owen Trask", "PERSON", 1, "Owen Trask"),
        ("Amy Shaw", "PERSON", 1, "Amy Shaw"),
    )
    said = quotes(
        (2, "Owen Trask", "Salt Lanterns' singer, Owen Trask"), (3, "Amy Shaw", "Kelby Rovers captain Amy Shaw")
    )
    assert silent(text, names, said) == []
    # a former singer no longer speaks for the band
    text.loc[2, "text"] = "Salt Lanterns' former singer, Owen Trask, wrote that the band were heartbroken."
    said = quotes((2, "Owen Trask", "Salt Lanterns' former singer, Owen Trask"))
    assert "Salt Lanterns" in silent(text, names, said)


def test_a_person_named_by_a_title_of_a_place_is_written_with_the():
    text = paragraphs(
        "Duke of Kelby opens ward",
        "The Duke of Kelby opened the new ward on Monday.",
        "Nurses said the Duke of Kelby had stayed for two hours. Anne of Wessex, a patient, waved.",
    )
    names = entities(("Duke of Kelby", "PERSON", 2, "Duke of Kelby"), ("Anne of Wessex", "PERSON", 1, "Anne of Wessex"))
    assert speakers.definite_names(names, text) == {"Duke of Kelby"}
