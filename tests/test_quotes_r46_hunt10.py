"""Who said what (newsframe.quotes): a "he" after an officer named by a long title the recogniser did not read as a
name goes on with that officer, not with someone named paragraphs before; "the princess" is the one person whose
name keeps that title ("the Princess of Wales"), on short articles."""

from __future__ import annotations

from test_quotes import table


def test_he_after_an_unread_name_with_an_office_title_is_that_officer():
    found = table(
        "date 2024-07-28 Three students drown after Delhi coaching centre basement floods\n\n"
        "Three civil services aspirants died after the basement of a coaching centre in Delhi was flooded, police "
        "said.\n\n"
        "The victims were identified as Shreya Yadav, 25, Tanya Soni, 25, and Nevin Delvin, 28, from Kerala.\n\n"
        "Rescue teams pulled out 14 students, officials said.\n\n"
        "Deputy Commissioner of Police (Central) M Harshavardhan said the owner and the coordinator of the institute "
        'had been arrested. "We have registered a case of culpable homicide not amounting to murder," he said.'
    )
    last = found[found["paragraph"] == 4]
    assert last["speaker"].tolist() == ["Deputy Commissioner of Police (Central) M Harshavardhan"] * 2


def test_the_princess_is_the_one_person_whose_name_keeps_that_title_and_the_prince_of_several_is_none():
    found = table(
        "date 2024-06-15 Princess of Wales returns at Trooping the Colour\n\n"
        "The Princess of Wales made her first public appearance since being diagnosed with cancer as she joined "
        "the King at Trooping the Colour in London on Saturday.\n\n"
        'In a message released on Friday, the princess said she was "making good progress". "I am learning how '
        'to be patient," she wrote.\n\n'
        "The Duke of Sussex did not attend. The duke said last month he had no plans to return."
    )
    assert found["speaker"].tolist() == ["Princess of Wales", "Princess of Wales", "Duke of Sussex"]
    assert found["speaker_text"].tolist() == ["the princess", "she", "The duke"]
    # but among several princes "the prince" is no one of them in particular
    found = table(
        "date 2024-06-15 Trooping the Colour\n\n"
        "Prince William rode on horseback while Prince George watched from the carriage.\n\n"
        "The prince said the day had been a great honour."
    )
    assert found["speaker"].tolist() == ["The prince"]
