"""Who said what (newsframe.quotes, newsframe.nlp): a closing quotation mark glued to the word after it ("…,”Adler
said"), the subject of a clause reported after a passive "was told", and "see" in the perfect that tells what met
the eye, not a view, on short invented articles."""

from __future__ import annotations

from test_quotes import quoting as _row
from test_quotes import table

from newsframe import nlp


def test_a_closing_mark_glued_to_the_next_word_is_a_token_of_its_own():
    text = "“I told them the truth,”Adler said. “We won.”He left. ‘No,’Bell said. It can’t be Ali's."
    doc = nlp.parse([text], use_cache=False)[0]
    words = [t.text for t in doc]
    assert words[5:9] == ["truth", ",", "”", "Adler"]
    assert ["won", ".", "”", "He"] == words[words.index("won") : words.index("won") + 4]
    assert ["No", ",", "’", "Bell"] == words[words.index("No") : words.index("No") + 4]
    assert "’" not in words[words.index("It") :] and "'" not in words[words.index("It") :]  # apostrophes stay
    assert doc.text == text  # offsets still index the text as written


def test_the_speaker_after_a_glued_closing_mark_is_found():
    found = table(
        "date 2024-05-06 Council vote delayed\n\n"
        "“We are not ready to decide,”Mayor Ruth Adler said on Monday.\n\n"
        "“I told them the truth,”Adler said after the meeting.\n"
    )
    assert _row(found, "not ready to decide")["speaker"] == "Ruth Adler"
    assert _row(found, "told them the truth")["speaker"] == "Ruth Adler"


def test_a_passive_told_reports_the_clause_with_its_subject():
    found = table(
        "date 2024-10-03 Inquest into cyclist's death\n\n"
        "The inquest on Tuesday was told the van driver, who was not named, had braked but could not stop in time.\n"
    )
    assert _row(found, "had braked")["text"].startswith("the van driver")


def test_the_one_told_is_still_not_what_was_said():
    found = table(
        "date 2024-10-03 Plant closure\n\n"
        "The manager told the workers, who had gathered outside, the plant would close in June.\n"
    )
    assert _row(found, "would close")["text"].startswith("the plant")


def test_seen_in_the_perfect_is_no_statement():
    found = table(
        "date 2024-03-12 Assault trial\n\n"
        "A witness, Mary Dunn, said she heard shouting. She accepted that she had not seen the first punch.\n\n"
        "The coach has long seen the derby as a test of character.\n"
    )
    assert not found["text"].str.contains("the first punch").any()
    assert found["text"].str.contains("test of character").any()


def test_an_opening_mark_glued_to_the_comma_before_it_is_a_token_of_its_own():
    text = "Ryan said,“Look, we won.” Bell added:‘Not yet.’ The score was 3,“4” on the card."
    doc = nlp.parse([text], use_cache=False)[0]
    words = [t.text for t in doc]
    assert words[:5] == ["Ryan", "said", ",", "“", "Look"]
    assert ["added", ":", "‘", "Not"] == words[words.index("added") : words.index("added") + 4]
    assert doc.text == text


def test_the_quotation_after_a_glued_opening_mark_is_said_by_its_speaker():
    found = table(
        "date 2024-05-06 Speaker condemns post\n\n"
        "House Speaker Paul Ryan said,“Look, those images have no place in a campaign. The post has been deleted.”\n"
    )
    row = _row(found, "no place in a campaign")
    assert row["speaker"] == "Paul Ryan"
    assert row["kind"] == "direct"
    assert row["text"].startswith("“Look")


def test_a_short_answer_ending_in_not_is_still_said():
    found = table(
        "date 2024-05-06 Council vote delayed\n\n"
        "Mayor Ruth Adler was asked whether the vote would go ahead. “Certainly not,” Adler said.\n\n"
        "“Apparently not,“ she said later. “The papers are not ready.”\n\n"
        "Her deputy, Tom Hale, has not commented on the delay.\n"
    )
    assert _row(found, "Certainly not")["speaker"] == "Ruth Adler"
    assert _row(found, "Apparently not")["speaker"] == "Ruth Adler"  # a closing mark mistyped as “
    assert not found["text"].str.contains("the delay").any()  # a "not" of the cue's own clause still says nothing


def test_the_quotation_after_a_colon_is_said_when_the_lead_in_quotes_words_of_its_own():
    found = table(
        "date 2024-05-06 Email inquiry widens\n\n"
        "Asked to confirm the adviser’s part in the “top secret” email chains, a second source did so, but with a "
        "caveat: “The person in question is one of the main participants but not the only one,” the source said.\n"
    )
    row = _row(found, "main participants")
    assert row["kind"] == "direct"
    assert row["text"].startswith("“The person")  # not the reporter's lead-in
    assert row["speaker_text"] == "the source"


def test_a_cue_said_again_after_a_quotation_does_not_cut_the_next_one_off():
    found = table(
        "date 2024-05-06 Email inquiry widens\n\n"
        'Asked about the adviser, Senator Ann Foy said "I know nothing about the adviser and the emails," she said. '
        '"I have never heard it before."\n'
    )
    row = _row(found, "never heard it before")
    assert row["speaker"] == "Ann Foy"
    assert row["text"].startswith('"I know nothing')  # one statement, not two


def test_a_verb_of_saying_with_a_phrase_of_its_own_before_a_quotation_says_it():
    found = table(
        "date 2024-05-06 Budget row\n\n"
        "Mayor Ruth Adler said the plan was “premature” while adding on the budget, “I have no doubt the money is "
        "there.”\n\n"
        "Tom Hale said he planned to fight the cuts and to counter “the council’s spending rhetoric.”\n"
    )
    premature = _row(found, "premature")
    assert "money is there" not in premature["text"]
    added = _row(found, "money is there")
    assert (added["cue"], added["speaker"], added["kind"]) == ("adding", "Ruth Adler", "direct")
    assert not (found["cue"] == "counter").any()  # what one plans to counter is not said


def test_a_warning_to_do_or_not_to_do_is_reported():
    found = table(
        "date 2024-05-06 Fraud trial opens\n\n"
        "Judge Caroline Fenwick warned jurors not to research the case online.\n\n"
        "Police warned drivers to stay away from the area.\n"
    )
    assert _row(found, "research the case")["speaker"] == "Caroline Fenwick"
    assert _row(found, "stay away")["speaker"] == "Police"


def test_a_chain_a_giant_and_a_regulator_stand_for_the_body_named_so():
    found = table(
        "date 2024-05-06 Bakery chain Crumbwell to close 40 shops\n\n"
        "About 600 jobs are at risk after the struggling firm announced the closures on Tuesday.\n\n"
        "The chain said rising energy costs had made the shops unviable.\n\n"
        "The Financial Conduct Authority fined Barclays £40m. The regulator said the bank had failed customers.\n"
    )
    assert _row(found, "energy costs")["speaker"] == "Crumbwell"
    assert _row(found, "failed customers")["speaker"] == "Financial Conduct Authority"  # not the bank fined


def test_and_added_after_what_was_said_is_a_second_statement_of_the_same_speaker():
    found = table(
        "date 2026-11-22 Harton Rovers 2-1 Dunmere\n\n"
        'Manager Tom Reilly said Ike Okafor, who joined in the summer, was "the best finisher in the division" and '
        "added that the striker had played through a knee problem.\n\n"
        "Lee Hart said the council had ignored warnings and said nothing for years.\n"
    )
    first, second = _row(found, "best finisher"), _row(found, "knee problem")
    assert "knee problem" not in first["text"]
    assert (second["cue"], second["speaker"]) == ("added", "Tom Reilly")  # not Okafor, the subject of "was"
    assert "said nothing for years" in _row(found, "ignored warnings")["text"]  # the council's silence, reported


def test_the_one_a_medium_quotes_as_saying_is_the_speaker():
    found = table(
        "date 2026-03-11 Iran and Saudi Arabia to reopen embassies\n\n"
        '"The decision was taken to resume relations," state media quoted Ali Shamkhani, secretary of the council, '
        "as saying.\n\n"
        "Interfax quoted Dmitry Peskov as saying that talks would continue.\n\n"
        "The paper quoted his letter in full.\n"
    )
    assert _row(found, "resume relations")["speaker"] == "Ali Shamkhani"
    row = _row(found, "talks would continue")
    assert (row["speaker"], row["text"]) == ("Dmitry Peskov", "that talks would continue")
    assert not found["text"].str.contains("as saying").any()  # the one quoted is no part of what was said


def test_two_countries_joined_by_and_agree_together_on_the_whole_hyphenated_step():
    found = table(
        "date 2026-03-11 Iran and Saudi Arabia to reopen embassies\n\n"
        "Iran and Saudi Arabia agreed on Friday to re-establish relations and reopen embassies within two months.\n\n"
        "In Spain and Portugal, officials said the fires were under control.\n"
    )
    row = _row(found, "re-establish")
    assert row["speaker"] == "Iran and Saudi Arabia"
    assert row["text"] == "to re-establish relations and reopen embassies within two months"  # was "to re"
    assert _row(found, "under control")["speaker"] == "officials"  # places of the setting are no speakers


def test_a_name_the_parse_read_as_a_modal_verb_is_the_speaker():
    found = table(
        "date 2019-03-20 May seeks Brexit delay\n\n"
        "Prime Minister Theresa May spoke in Brussels on Tuesday.\n\n"
        "“We will leave the EU on time and we will do it with a deal,” May said.\n\n"
        "“This might, and should, hasten the end of the race,” Will wrote in his column.\n\n"
        "The deal may prove costly, analysts said.\n"
    )
    assert _row(found, "leave the EU")["speaker"] == "Theresa May"  # had no speaker
    assert _row(found, "hasten the end")["speaker_text"] == "Will"  # had no row
    assert _row(found, "prove costly")["speaker"] == "analysts"  # a modal inside the clause stays a modal


def test_a_quoted_second_half_joined_to_the_cue_is_still_what_was_said():
    found = table(
        "date 2026-06-05 Builder jailed for fraud\n\n"
        'In mitigation, his barrister, Owen Pryce, said his client had been "overwhelmed by debt" and was "deeply '
        'ashamed".\n'
    )
    assert _row(found, "overwhelmed")["text"].endswith('"deeply ashamed"')


def test_a_guest_welcomed_and_a_product_recalled_are_nothing_said_but_a_second_that_clause_is():
    found = table(
        "date 2026-05-12 State visit begins\n\n"
        "The King welcomed Emperor Naruhito to Buckingham Palace on Tuesday. Unions welcomed the pay deal.\n\n"
        "Brightway is recalling 40,000 air fryers after reports that the handles can overheat.\n\n"
        'The club said it was "heartbroken" and that players would wear black armbands on Saturday.\n'
    )
    assert not found["text"].str.contains("Naruhito").any()
    assert _row(found, "pay deal")["speaker"] == "Unions"
    assert not found["text"].str.contains("handles can overheat").any()  # the reports' words, not Brightway's
    assert _row(found, "heartbroken")["text"].endswith("black armbands on Saturday")


def test_a_hyphenated_subject_split_at_its_hyphen_is_kept_in_what_was_said():
    found = table(
        "date 2026-07-24 Lib Dems take Ashworth\n\n"
        'A Conservative spokesperson said by-elections were "always difficult for a governing party".\n\n'
        "Lee Hart said in June the plan was dead.\n"
    )
    assert _row(found, "always difficult")["text"].startswith("by-elections were")  # was "were …"
    assert _row(found, "plan was dead")["text"] == "the plan was dead"  # a phrase of the cue stays out


def test_people_dismissed_are_sacked_not_a_claim_dismissed():
    found = table(
        "date 2024-07-12 Kenya's Ruto sacks cabinet\n\n"
        "Kenyan President William Ruto dismissed nearly his entire cabinet on Thursday.\n\n"
        "The board fired coach Tom Reyes after ten defeats. Ministers dismissed the report as flawed.\n"
    )
    assert not found["text"].str.contains("cabinet|Reyes").any()
    assert _row(found, "the report")["speaker"] == "Ministers"


def test_a_not_hung_on_the_auxiliary_still_says_nothing_was_said():
    found = table(
        "date 2024-05-06 Council vote delayed\n\n"
        "Mayor Ruth Adler has not, as of Monday, commented on the claim.\n\n"
        "Her deputy, Tom Hale, has, however, said the vote will go ahead.\n"
    )
    assert not found["text"].str.contains("the claim").any()
    assert _row(found, "vote will go ahead")["speaker"] == "Tom Hale"
