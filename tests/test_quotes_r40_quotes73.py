"""Who said what (newsframe.quotes): a possessive that owns a noun of saying stands for its person; a surname the
recogniser left unread is the person a "she" after it stands for; "told the hearing that …" read as a relative
clause is still what was told; "the Portuguese said" is the person, not the nation."""

from __future__ import annotations

from test_quotes import quoting, table


def test_a_possessive_owning_a_pledge_is_its_person():
    found = table(
        "Prime minister stands by NHS promise\n\n"
        "The prime minister, Rishi Sunak, stood by his pledge to cut waiting lists on Monday, even as figures "
        "showed they had grown again.\n"
    )
    row = quoting(found, "to cut waiting lists")
    assert (row["speaker"], row["speaker_text"], row["cue"]) == ("Rishi Sunak", "his", "pledge")


def test_their_claim_is_the_group_just_heard():
    found = table(
        "Council scraps bin plan\n\n"
        "Union leaders said they would keep up their campaign. Their claim that the change would cost 40 jobs "
        "was disputed by the council.\n"
    )
    row = quoting(found, "the change would cost 40 jobs")
    assert (row["speaker"], row["speaker_text"]) == ("Union leaders", "Their")


def test_she_after_an_unread_surname_is_that_person():
    found = table(
        "A night at the Oscars\n\n"
        "Emma Stone arrived early and spent the evening with her co-star Riley Adams, who was nominated for the "
        "first time.\n\n"
        'Stone said she was nervous for her friend. "I couldn\'t breathe when they opened the envelope," she said.\n\n'
        'Adams laughs about it now. "I had no speech ready," she says.\n'
    )
    assert quoting(found, "I had no speech ready")["speaker"] == "Riley Adams"
    assert quoting(found, "I couldn't breathe")["speaker"] == "Emma Stone"


def test_told_the_hearing_that_with_that_read_as_a_relative_word():
    found = table(
        "Mother tells inquest of son's final hours\n\n"
        "The festival's medical director, Dr Anita Shah, told the hearing that staff had treated 23 people for "
        "drug-related illness that weekend.\n\n"
        "Detective Sergeant Amy Cole told the hearing that officers found £20,000 in a bag.\n"
    )
    row = quoting(found, "staff had treated 23 people")
    assert (row["kind"], row["cue"], row["speaker"]) == ("reported", "told", "Anita Shah")
    assert row["text"] == "that staff had treated 23 people for drug-related illness that weekend"
    row = quoting(found, "officers found")
    assert (row["speaker"], row["text"]) == ("Amy Cole", "that officers found £20,000 in a bag")


def test_the_portuguese_said_is_the_manager_named_before():
    found = table(
        "United come from behind to beat Spurs\n\n"
        "United manager Ruben Amorim praised his players' character. \"At half-time I told them to keep "
        'believing," the Portuguese said. "They showed a lot of heart."\n'
    )
    row = quoting(found, "keep believing")
    assert (row["speaker"], row["speaker_text"]) == ("Ruben Amorim", "the Portuguese")


def test_he_after_a_name_used_as_a_modifier_is_the_sentences_subject():
    found = table(
        "Christie defends Melania Trump\n\n"
        'Asked whether he would fire a speechwriter, Reince Priebus said, "Probably."\n\n'
        "New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, effectively acknowledged some plagiarism "
        'even as he defended Melania Trump and the campaign, saying, "Ninety-three percent of the speech is '
        'completely different."\n'
    )
    row = quoting(found, "Melania Trump and the campaign")
    assert (row["cue"], row["speaker"], row["speaker_text"]) == ("defended", "Chris Christie", "he")
