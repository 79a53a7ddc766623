"""A body is heard through its officer wherever the article names the officer: "Dunmere boss Lisa Carr was less
happy." and then "…," she said makes Dunmere heard, though no cue names her office. A former officer, the officer of
another body and an officer who is never quoted make no body heard."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, speakers, summary


def paragraphs(*texts: str) -> pd.DataFrame:
    """A paragraphs table: the headline (0) and then each text."""
    return pd.DataFrame({"paragraph": range(len(texts)), "text": list(texts)})


def mentions_of(text: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """A mentions table: every place a name of `names` (as written -> entity) stands in the paragraphs."""
    rows = []
    for number, body in zip(text["paragraph"], text["text"]):
        for written, entity in names.items():
            start = body.find(written)
            while start >= 0:
                rows.append((number, start, start + len(written), written, entity))
                start = body.find(written, start + len(written))
    return pd.DataFrame(rows, columns=["paragraph", "start_char", "end_char", "text", "entity"])


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, speaker, speaker_text) rows, every statement direct and neutral."""
    table = pd.DataFrame(rows, columns=["paragraph", "speaker", "speaker_text"])
    return table.assign(kind="direct", text="“We gave it away.”", tone="neutral", cue="said")


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions, aliases) rows."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions", "aliases"])
    return table.assign(paragraphs=1, first_paragraph=1)


def match(office: str, second: str = "Carr also criticised the referee.") -> tuple[pd.DataFrame, ...]:
    """A match report whose manager is introduced in a sentence with no cue (`office`) and quoted as "she"."""
    text = paragraphs(
        "Harton Rovers 2-1 Dunmere",
        "Harton Rovers beat Dunmere and Pelham drew.",
        office,
        "“We gave away two cheap goals,” she said.",
        second,
    )
    names = entities(
        ("Dunmere", "ORG", 2, "Dunmere"),
        ("Harton Rovers", "ORG", 2, "Harton Rovers|Rovers"),
        ("Pelham", "ORG", 2, "Pelham"),
        ("Lisa Carr", "PERSON", 2, "Lisa Carr|Carr"),
    )
    return text, names, mentions_of(text, {"Lisa Carr": "Lisa Carr", "Carr ": "Lisa Carr"})


def silent(text, names, found, said) -> list[str]:
    return speakers.unheard(names, said, text, found)["entity"].tolist()


SHE = quotes((3, "Lisa Carr", "she"))


def test_a_quoted_manager_named_with_her_club_elsewhere_makes_the_club_heard():
    text, names, found = match("Dunmere boss Lisa Carr was less happy.")
    assert silent(text, names, found, SHE) == ["Harton Rovers", "Pelham"]
    # without the mentions table, her names found in the paragraphs do the same
    assert speakers.unheard(names, SHE, text)["entity"].tolist() == ["Harton Rovers", "Pelham"]
    said = summary.unheard_sentence(SHE, names, text, found)
    assert "Dunmere" not in said and "2 are never quoted" in said, said
    assert findings.never_heard.__wrapped__(SHE, names, text, found) == said
    # without the paragraphs nothing says who she is: Dunmere stays silent, as before
    assert "Dunmere" in speakers.unheard(names, SHE)["entity"].tolist()


def test_an_office_after_the_name_or_before_a_comma_counts_too():
    for office in (
        "Lisa Carr, the Dunmere manager, was less happy.",
        "Lisa Carr, 41, manager of Dunmere, was less happy.",
        "Dunmere's manager, Lisa Carr, was less happy.",
    ):
        text, names, found = match(office)
        assert "Dunmere" not in silent(text, names, found, SHE), office


def test_a_former_officer_or_another_body_s_officer_makes_no_club_heard():
    cases = {
        "Former Dunmere boss Lisa Carr was less happy.": "Dunmere",
        "Ex-Dunmere boss Lisa Carr was less happy.": "Dunmere",
        "Lisa Carr, a former manager of Dunmere, was less happy.": "Dunmere",
    }
    for office, body in cases.items():
        text, names, found = match(office)
        assert body in silent(text, names, found, SHE), office
    # the officer of another club makes that club heard, not Dunmere
    text, names, found = match("Pelham boss Lisa Carr was less happy.")
    assert silent(text, names, found, SHE) == ["Dunmere", "Harton Rovers"]


def test_the_office_must_stand_against_the_name_and_an_appositive_must_say_who_she_is():
    for office in (
        "Harton Rovers beat Dunmere as manager Lisa Carr watched from the stand.",
        "Lisa Carr, who once played under the Dunmere manager, was less happy.",
        "Lisa Carr, speaking after meeting Dunmere's chairman, was less happy.",
    ):
        text, names, found = match(office)
        assert "Dunmere" in silent(text, names, found, SHE), office


def test_an_officer_who_is_never_quoted_makes_no_body_heard():
    """Dunmere's boss is named, but the one quoted is the Rovers manager: Dunmere is still never quoted."""
    text, names, found = match("Dunmere boss Lisa Carr was less happy.", "Rovers manager Jo Hale was delighted.")
    names = pd.concat([names, entities(("Jo Hale", "PERSON", 1, "Jo Hale"))], ignore_index=True)
    said = quotes((3, "Jo Hale", "Rovers manager Jo Hale"))
    assert silent(text, names, found, said) == ["Dunmere", "Pelham", "Lisa Carr"]


def test_its_officer_speaks_for_the_organisation_the_paragraph_named_last():
    text = paragraphs(
        "The four-day week is a choice",
        "Autonomy ran the trial. The Confederation of British Industry is unconvinced. Its chief economist, Ben "
        "Fraser, told me the results came from enthusiasts.",
        "Its chief economist, Jo Hale, said the trial was small.",
    )
    names = entities(
        ("Autonomy", "ORG", 1, "Autonomy"),
        ("Confederation of British Industry", "ORG", 1, "Confederation of British Industry|CBI"),
        ("Ben Fraser", "PERSON", 1, "Ben Fraser"),
        ("Jo Hale", "PERSON", 1, "Jo Hale"),
    )
    said = quotes((1, "Ben Fraser", "Its chief economist, Ben Fraser"))
    assert silent(text, names, None, said) == ["Autonomy", "Jo Hale"]
    # "its" with no organisation named before it in the paragraph points to no one the reader can tell
    said = quotes((2, "Jo Hale", "Its chief economist, Jo Hale"))
    assert silent(text, names, None, said) == ["Autonomy", "Confederation of British Industry", "Ben Fraser"]
    # "whose chairman" after the club's name, likewise
    club = paragraphs("Tributes", "Walsh played for Autonomy, whose chairman, Ben Fraser, praised him.")
    said = quotes((1, "Ben Fraser", "whose chairman, Ben Fraser"))
    assert silent(club, names, None, said) == ["Confederation of British Industry", "Jo Hale"]
    # a former officer speaks for no one
    said = quotes((1, "Ben Fraser", "Its former chief economist, Ben Fraser"))
    assert "Confederation of British Industry" in silent(text, names, None, said)


def test_the_title_alone_is_the_one_person_of_that_title():
    text = paragraphs("State visit", "Emperor Naruhito and Empress Masako arrived.", "The emperor replied warmly.")
    names = entities(
        ("Emperor Naruhito", "PERSON", 1, "Emperor Naruhito"), ("Empress Masako", "PERSON", 1, "Empress Masako")
    )
    said = quotes((2, "The emperor", "The emperor"))
    assert silent(text, names, None, said) == ["Empress Masako"]
    # two emperors named: "the emperor" is neither for sure
    names = entities(
        ("Emperor Naruhito", "PERSON", 1, "Emperor Naruhito"), ("Emperor Akihito", "PERSON", 1, "Emperor Akihito")
    )
    assert silent(text, names, None, said) == ["Emperor Naruhito", "Emperor Akihito"]


def test_a_headline_s_bare_noun_is_written_as_the_body_writes_it():
    """ "King welcomes emperor" and the body's "the King said": one source, named "the King" as the story does."""
    said = quotes((0, "King", "King"), (3, "the King", "the King"), (4, "Koji Tanaka", "Koji Tanaka"))
    names = entities(("Koji Tanaka", "PERSON", 1, "Koji Tanaka"))
    table = speakers.speakers_table(said, names)
    assert table[["speaker", "statements"]].values.tolist() == [["the King", 2], ["Koji Tanaka", 1]]
    # a body's bare noun is no headline's: "the King" is still merged into it, as before
    said = quotes((2, "King", "King"), (3, "the King", "the King"))
    assert speakers.speakers_table(said, names)["speaker"].tolist() == ["King"]


def test_its_officer_after_a_conjunction_speaks_for_the_body_named_earlier_in_the_sentence():
    """An officer written "…, and its chief executive, Ben Fraser, told me" is the body's: the speaker as written,
    with the clause's words before it, opens with "and its"."""
    body = (
        "This spring, Hexley Town Council became the first to adopt the plan, and its chief executive, Ben Fraser, "
        "told me the council had filled its vacancies."
    )
    text = paragraphs("A shorter week", body)
    names = entities(
        ("Hexley Town Council", "ORG", 1, "Hexley Town Council"),
        ("Ben Fraser", "PERSON", 1, "Ben Fraser"),
    )
    start = body.index("its chief")
    said = quotes((1, "Ben Fraser", "its chief executive, Ben Fraser")).assign(
        speaker_paragraph=1, speaker_start=start, speaker_end=body.index(" told")
    )
    assert silent(text, names, None, said) == []
    # a former chief executive speaks for no one
    former = body.replace("its chief executive", "its former chief executive")
    said = quotes((1, "Ben Fraser", "its former chief executive, Ben Fraser")).assign(
        speaker_paragraph=1, speaker_start=former.index("its former"), speaker_end=former.index(" told")
    )
    assert silent(paragraphs("A shorter week", former), names, None, said) == ["Hexley Town Council"]


def test_their_officer_speaks_for_a_party_named_as_a_plural():
    text = paragraphs(
        "Count goes on",
        "The Greens held Harrowby and ran Tarrow Trust close, where their leader, Ada Penn, said it was a good night.",
    )
    names = entities(
        ("Greens", "ORG", 1, "Greens"),
        ("Tarrow Trust", "ORG", 1, "Tarrow Trust"),
        ("Ada Penn", "PERSON", 1, "Ada Penn"),
    )
    said = quotes((1, "Ada Penn", "their leader, Ada Penn"))
    # the name last before "their" is singular: the reader cannot tell whose leader she is
    assert silent(text, names, None, said) == ["Greens", "Tarrow Trust"]
    text = paragraphs(
        "Count goes on",
        "The Greens held Harrowby and were close in Kelby, where their leader, Ada Penn, said it was a good night.",
    )
    assert silent(text, names, None, said) == ["Tarrow Trust"]
    # read with the clause's opening words before the office, as the article writes them
    placed = said.assign(speaker_start=text["text"][1].find("their leader"))
    assert silent(text, names, None, placed) == ["Tarrow Trust"]
    # "their" after a singular name points to no organisation
    text = paragraphs(
        "Count goes on", "Tarrow Trust workers voted, and their leader, Ada Penn, said it was a good night."
    )
    assert silent(text, names, None, said) == ["Greens", "Tarrow Trust"]


def test_a_party_named_in_the_plural_or_with_party_is_heard_through_its_adjective_before_an_office():
    # "Green group leader Ada Penn": the singular of "the Greens", as a party's adjective, before her office
    text = paragraphs(
        "Greens gain two seats",
        "The Greens won Castle ward and the Green Party took Riverside.",
        "Green group leader Ada Penn said the results were a good night.",
    )
    names = entities(
        ("Greens", "ORG", 1, "Greens"),
        ("Green Party", "ORG", 1, "Green Party"),
        ("Conservatives", "ORG", 1, "Conservatives"),
        ("Ada Penn", "PERSON", 1, "Ada Penn"),
    )
    said = quotes((2, "Ada Penn", "Green group leader Ada Penn"))
    assert silent(text, names, None, said) == ["Conservatives"]
    # the adjective of another party makes no other body heard, and a name's own "s" is kept ("Express")
    text.loc[2, "text"] = "Conservative group leader Ada Penn said the results were a good night."
    said = quotes((2, "Ada Penn", "Conservative group leader Ada Penn"))
    assert sorted(silent(text, names, None, said)) == ["Green Party", "Greens"]
    assert speakers.group_forms("Express") == {"Express"} and speakers.group_forms("Sky News") == {"Sky News"}
    assert speakers.group_forms("Liberal Democrats") == {"Liberal Democrats", "Liberal Democrat"}


def test_a_body_written_after_the_before_an_irregular_past_keeps_its_the():
    # "the Liberal Democrats took the seat": a verb's subject, written with "the"
    text = paragraphs("Count", "In Hillbrook, the Liberal Democrats took the seat from Labour by 96 votes.")
    names = entities(("Liberal Democrats", "ORG", 1, "Liberal Democrats"), ("Labour", "ORG", 1, "Labour"))
    assert speakers.definite_names(names, text) == {"Liberal Democrats"}
    # a name qualifying the noun after it ("the Hillbrook seat") takes no "the" of its own
    text = paragraphs("Count", "The Liberal Democrats seat fell to Labour in the Hillbrook count.")
    assert speakers.definite_names(names, text) == set()


def test_each_body_of_a_list_that_speaks_together_is_heard():
    text = paragraphs("Recall", "Tesco, Sainsbury's and Asda said the products had been removed. Boots did not.")
    names = entities(
        ("Tesco", "ORG", 1, "Tesco"),
        ("Sainsbury's", "ORG", 1, "Sainsbury's"),
        ("Asda", "ORG", 1, "Asda"),
        ("Boots", "ORG", 1, "Boots"),
    )
    said = quotes((1, "Tesco, Sainsbury's and Asda", "Tesco, Sainsbury's and Asda"))
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["Boots"]
