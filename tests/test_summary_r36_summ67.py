"""summ67 (r36): a court named only as a venue is no name quoted even when its judge speaks; the characters of a film
under review named with the actors who play them are no people of the story."""

from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import speakers, summary

# Every source is quoted, the judge among them; the court is only where the sentence was passed.
COURT = paragraphs(
    "A van driver who killed a cyclist has been jailed for six years at Leeds Crown Court.",
    'Judge Simon Hale told Mark Pearson: "You chose your phone over the lives of other road users."',
    'The victim\'s sister, Claire Ward, said: "Nothing will bring him back."',
    "West Yorkshire Police said the case showed the danger of using a phone at the wheel.",
)
COURT_NAMES = entities(
    ("Mark Pearson", "PERSON", 1, "Mark Pearson"),
    ("Leeds Crown Court", "ORG", 1, "Leeds Crown Court"),
    ("Simon Hale", "PERSON", 1, "Simon Hale"),
    ("Claire Ward", "PERSON", 1, "Claire Ward"),
    ("West Yorkshire Police", "ORG", 1, "West Yorkshire Police"),
)
COURT_SAID = said(
    (2, "Simon Hale", "Judge Simon Hale", "You chose your phone over the lives of other road users"),
    (3, "Claire Ward", "The victim's sister, Claire Ward", "Nothing will bring him back"),
    (4, "West Yorkshire Police", "West Yorkshire Police", "the case showed the danger of using a phone at the wheel"),
)


def test_quotes_every_one_leaves_out_a_court_named_only_as_the_venue():
    sentence = summary.unheard_sentence(COURT_SAID, COURT_NAMES, COURT)
    assert sentence.startswith("Leeds Crown Court is named only as a venue; ")
    assert "Mark Pearson" in sentence
    assert "of the 4 other people and organisations it names, 1 is never quoted" in sentence


# The parts of a film named with the actors who play them ("played with fierce restraint by", "Dennis (Toby Jones)")
# are characters, as a novel's people it "follows" are: no people of the story left unquoted.
FILM = paragraphs(
    "The Glass Orchard, the second feature from director Hannah Kerr, is the most affecting British film of the year.",
    "Ruth, played with fierce restraint by Olivia Colman, runs a failing apple farm. Ruth's husband Dennis (Toby "
    "Jones) has stopped speaking, and their son Michael (Josh O'Connor) keeps to the barn.",
    'Kerr said she had wanted to make "a film about what people cannot say to each other".',
)
FILM_NAMES = entities(
    ("Hannah Kerr", "PERSON", 2, "Hannah Kerr|Kerr"),
    ("Ruth", "PERSON", 2, "Ruth"),
    ("Olivia Colman", "PERSON", 1, "Olivia Colman"),
    ("Dennis", "PERSON", 1, "Dennis"),
    ("Toby Jones", "PERSON", 1, "Toby Jones"),
    ("Michael", "PERSON", 1, "Michael"),
    ("Josh O'Connor", "PERSON", 1, "Josh O'Connor"),
)
FILM_SAID = said((3, "Hannah Kerr", "Kerr", "she had wanted to make a film about what people cannot say to each other"))


def test_characters_named_with_their_actors_are_no_people_left_unquoted():
    sentence = summary.unheard_sentence(FILM_SAID, FILM_NAMES, FILM)
    assert sentence.startswith("Ruth, Dennis and Michael are characters of the film; ")
    assert "of the 4 other people it names, 3 are never quoted" in sentence


# A name in brackets that is no person the article names (a party, a place) makes no character.
def test_a_bracketed_word_that_is_no_person_makes_no_character():
    text = paragraphs(
        "The film was praised by critics.",
        "Jo Bell (Green Party) and Sam Ray (North Devon) spoke at the screening.",
    )
    names = entities(("Jo Bell", "PERSON", 1, "Jo Bell"), ("Sam Ray", "PERSON", 1, "Sam Ray"))
    assert speakers.characters(names, text) == {}
