"""Who said what (newsframe.quotes): "the" and a people's word ("the Russian-born Australian", "the 22-year-old
Briton", "the Frenchman") stands for the person just written of; "It" after a sentence about an organisation is that
organisation, not one the sentence names as an object; "the retired postman" is a description of a person, on short
invented articles."""

from __future__ import annotations

from test_quotes import quoting as _row
from test_quotes import table

from newsframe import nlp, quotes


def test_the_people_word_with_a_birthplace_is_the_player_written_of():
    found = table(
        "Seeded player out\n\n"
        "Anna Kowalski lost 6-2 6-1 to Greta Holm in Birmingham on Tuesday.\n\n"
        'Vinter, the fifth seed, said her serve had let her down. "I could not find any rhythm today," the '
        "Polish-born Canadian said."
    )
    row = _row(found, "find any rhythm")
    assert row["speaker"] == "Anna Kowalski"
    assert row["speaker_text"] == "the Polish-born Canadian"


def test_an_aged_people_word_and_a_man_of_a_people_are_the_players_written_of():
    found = table(
        "Two through in Halle\n\n"
        'Jack Pellow won in three sets. "My legs were heavy but I kept going," the 24-year-old Briton said.\n\n'
        'Remi Castel also went through. "The wind made it hard for both of us," the Frenchman said.'
    )
    assert _row(found, "legs were heavy")["speaker"] == "Jack Pellow"
    assert _row(found, "wind made it hard")["speaker"] == "Remi Castel"


def test_it_is_the_subject_of_the_sentence_before_not_a_customer_named_as_an_object():
    found = table(
        "Bakery warns on profits\n\n"
        "Shares in Thornbury Foods fell on Monday after a profit warning.\n\n"
        "The company, which supplies Tesco and Sainsbury's, said sales fell by a tenth.\n\n"
        "Thornbury, based in Selby, employs about 900 people at two sites. It said it would shut its plant in Goole."
    )
    row = _row(found, "shut its plant")
    assert row["speaker"] == "Thornbury Foods"


def test_it_after_a_sentence_about_a_person_keeps_the_last_organisation():
    found = table(
        "Maker cuts jobs\n\n"
        "Norvane Motors will cut 300 jobs at its plant in Derby.\n\n"
        "Chief executive Ruth Gale blamed weak demand. It said the cuts would be made by June."
    )
    assert _row(found, "made by June")["speaker"] == "Norvane Motors"


def test_the_retired_postman_is_the_witness_just_heard():
    found = table(
        "Neighbour tells jury of attack\n\n"
        "Mr Owen Tate told the court he was cleaning his windows when the defendant walked up to him. "
        '"He never said a word. He just hit me," the retired postman said.'
    )
    row = _row(found, "just hit me")
    assert row["speaker"] == "Owen Tate"


def test_a_fact_check_signs_each_claim_on_a_dashed_line_below_it():
    """ "— Mara Quell." under the claim signs it (a hyphen opening a line is a list's bullet, which the reader drops:
    a name alone with a full stop is no signature, as it cost held-out news an attribution)."""
    found = table(
        "Checking the claims\n\n"
        "The two candidates made several claims in the debate. We checked them.\n\n"
        '"I never voted for that bill and I never would have voted for it."\n\n'
        "— Mara Quell.\n\n"
        "She voted for it twice, in 2009 and in 2011.\n\n"
        '"Our state has created more jobs than any other state this year."\n\n'
        "— Brandt.\n\n"
        "Three other states created more."
    )
    assert _row(found, "never voted for")["speaker"] == "Mara Quell"
    assert _row(found, "more jobs than")["speaker_text"] == "Brandt"


def test_a_participle_after_what_was_said_is_the_speakers():
    found = table(
        "Judge looks back\n\n"
        "Retired judge Alan Price spoke at a dinner on Tuesday.\n\n"
        'Price said the mayor\'s fall reminds him of the 1969 book titled "The Tragedy of a King," explaining, '
        '"because what could have been was lost, and that is always sad."'
    )
    row = _row(found, "what could have been")
    assert row["speaker"] == "Alan Price"


def test_a_participle_used_as_an_adjective_is_no_cue():
    text = "Peter Lune met officials to discuss the continuing political crisis in the region."
    doc = nlp.pipe([text])[0]
    _, bare = quotes.find_in_doc(doc, 1, text, [])
    assert [b.cue for b in bare] == []


def test_an_age_read_as_the_adjective_of_the_cue_is_the_speaker():
    found = table(
        "Minister rejects plan\n\n"
        'Hungary\'s foreign minister, Peter Szabo, went further. "This plan is dead. We will never accept it," the '
        "46-year-old said.\n\n"
        "Antonio Costa said talks would go on. The Portuguese, a former prime minister, said leaders would meet "
        "again in October."
    )
    assert _row(found, "plan is dead")["speaker"] == "Peter Szabo"
    assert _row(found, "meet again")["speaker"] == "Antonio Costa"


def test_a_quotation_paragraph_after_a_sentence_about_the_speaker_is_told_by_its_subject():
    found = table(
        "Rally in Austin\n\n"
        "Jon Mare spoke in Austin on Wednesday.\n\n"
        '"We are going to build a bridge," Mare added. He then had a question for the crowd.\n\n'
        '"Who is going to pay for it?"\n\n'
        '"The state!" the audience shouted back.'
    )
    row = _row(found, "pay for it")
    assert (row["speaker"], row["speaker_text"], row["speaker_paragraph"]) == ("Jon Mare", "He", 2)


def test_a_dashed_signature_glued_to_a_title_and_followed_by_a_participle():
    found = table(
        "Quotable\n\n"
        "The convention ended on Thursday night.\n\n"
        '"Great speech. She is tested. She is ready. She never quits."\n\n'
        "-President Obama, tweeting after Clinton's speech."
    )
    row = _row(found, "never quits")
    assert row["speaker_text"] == "President Obama"


def test_all_she_could_do_was_shout_is_hers():
    found = table(
        "Workers cheer\n\n"
        "Jenna Hall has worked at the plant for 14 years.\n\n"
        'And when she saw the news, all she could do was shout "Yessss!" at the TV. "I loved it," she said.'
    )
    assert _row(found, "Yessss")["speaker"] == "Jenna Hall"


def test_it_before_a_colon_with_no_verb_of_saying_is_no_speaker():
    found = table(
        "Fact check\n\n"
        "The figures do not add up.\n\n"
        "Wait, it gets better:\n\n"
        '"By law, the president every year sets the maximum number of refugees the country can accept."'
    )
    assert "it" not in found["speaker_text"].tolist()
