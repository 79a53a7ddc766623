"""Who said what (newsframe.quotes): a description that runs into a name is that person's; a nation's club is a club
of the story."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_people_word_after_a_description_the_parse_cut_from_its_name_is_that_person():
    found = table(
        "date 2026-09-02 Lyon sign Aboubakar\n\n"
        "Lyon have signed Vincent Aboubakar from Besiktas on a two-year deal.\n\n"
        '"I am proud to join such a big club," Aboubakar said.\n\n'
        'The Brazilian winger Lucas Moura also joined on Monday. "It is a dream," the Brazilian said.\n'
    )
    row = quoting(found, "It is a dream")
    assert (row["speaker"], row["speaker_text"]) == ("Lucas Moura", "the Brazilian")


def test_a_club_a_nationality_describes_is_the_club_the_story_names():
    found = table(
        "date 2026-09-02 Lyon sign Aboubakar\n\n"
        "Lyon have signed Vincent Aboubakar from Besiktas on a two-year deal, the French club announced on Monday.\n"
    )
    row = quoting(found, "two-year deal")
    assert (row["speaker"], row["speaker_text"]) == ("Lyon", "the French club")


def test_a_brand_described_is_the_firm_the_sentence_is_about_and_a_headlines_new_boss_its_chief_executive():
    found = table(
        "date 2026-11-12 Burberry shares jump as new boss sees turnaround\n\n"
        "Shares in Burberry rose 9% on Thursday after the luxury brand said sales had stopped falling.\n\n"
        'Chief executive Joshua Schulman told analysts that the brand was "back on track" after a difficult year.\n'
    )
    assert quoting(found, "stopped falling")["speaker"] == "Burberry"
    headline = found[found["paragraph"] == 0].iloc[0]
    assert (headline["speaker"], headline["speaker_text"]) == ("Joshua Schulman", "new boss")


def test_the_teams_manager_is_the_one_written_as_having_that_team_not_the_last_scorer():
    found = table(
        "date 2026-11-23 Arsenal rout Spurs\n\n"
        'Mikel Arteta said his Arsenal side had produced "the perfect performance" after a 4-1 win over Tottenham.\n\n'
        "Bukayo Saka scored twice and Son Heung-min pulled one back for Spurs, but Kai Havertz headed in a fourth.\n\n"
        '"We were brave from the first minute," the Arsenal manager told Sky Sports.\n'
    )
    row = quoting(found, "brave from the first minute")
    assert (row["speaker"], row["speaker_text"]) == ("Mikel Arteta", "the Arsenal manager")


def test_claiming_a_benefit_is_no_statement():
    found = table(
        "date 2026-11-18 Two-child cap to go\n\n"
        "The policy stops parents claiming universal credit for a third child. Campaigners say it has pushed "
        "350,000 children into poverty.\n"
    )
    assert found["cue"].tolist() == ["say"]


def test_the_airport_is_the_one_facility_named_by_its_bare_name():
    found = table(
        "date 2026-04-02 Heathrow boss quits after power cut chaos\n\n"
        "Heathrow chief executive Thomas Woldbye will step down at the end of the year, the airport said on "
        "Wednesday, two weeks after a fire at a substation shut it for a day.\n"
    )
    row = quoting(found, "will step down")
    assert (row["speaker"], row["speaker_text"]) == ("Heathrow", "the airport")


def test_the_airport_is_not_a_bridge_named_before():
    found = table(
        "date 2026-04-02 Crash closes bridge\n\n"
        "The Severn Bridge was closed on Tuesday after a crash. Flights were not affected, the airport said.\n"
    )
    assert quoting(found, "Flights were not affected")["speaker"] == "the airport"


def test_one_speaking_after_a_group_is_one_of_that_group():
    found = table(
        "date 2026-09-01 Wood Group agrees takeover\n\n"
        'Some investors were furious. "This is a fire sale," one told the Financial Times.\n\n'
        'Residents reacted with fury. One wrote on Facebook: "We have been abandoned."\n\n'
        'The minister spoke first. "It is a fair deal," one said.\n'
    )
    assert quoting(found, "fire sale")[["speaker", "speaker_text"]].tolist() == ["one investor", "one"]
    assert quoting(found, "abandoned")[["speaker", "speaker_text"]].tolist() == ["one resident", "One"]
    assert quoting(found, "fair deal")["speaker"] == "one"
