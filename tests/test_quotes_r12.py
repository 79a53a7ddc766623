"""Who said what (newsframe.quotes): a question about a speaker, a plural speaker after a singular article, a
ministry described by its field, an organisation's kind by the noun before "of", the organisation a sentence is
about, a name the parse hung elsewhere before its verb, a passive with no agent, and the one who asks in "Asked by X
whether …, she said", on short invented articles."""

from __future__ import annotations

from test_quotes import table


def test_a_question_about_who_speaks_is_no_statement():
    found = table(
        "date 2025-04-02 Explainer: the snap vote\n\n"
        "Q&A: What happens next?\n\n"
        "Who can call the vote?\n\n"
        "The governor dissolves the assembly on the advice of the cabinet."
    )
    assert found.empty


def test_a_plural_speaker_after_a_singular_article_is_the_plural_noun():
    found = table(
        "date 2025-04-03 Port deal\n\n"
        "The harbour board signed the lease on Monday, a step dock workers called a betrayal of the town."
    )
    row = found[found["cue"] == "called"].iloc[0]
    assert row["speaker_text"] == "dock workers"


def test_a_ministry_described_by_its_field_is_not_the_last_body_named():
    found = table(
        "date 2025-04-04 Vote date set\n\n"
        "The poll will be held on 9 June, the National Election Board said on Tuesday.\n\n"
        "Pensions paid in May are not affected, the labour ministry said."
    )
    row = found[found["text"].str.contains("Pensions")].iloc[0]
    assert row["speaker"] == "the labour ministry"


def test_a_union_named_with_of_is_no_company():
    found = table(
        "date 2025-04-05 Bakery strike\n\n"
        "Bakers at Corran Foods walked out on Monday.\n\n"
        "Meanwhile, at the Kestrel plant, the National Union of Bakery Workers (Nubw) said talks had collapsed.\n\n"
        "The company said its shops would stay open."
    )
    row = found[found["text"].str.contains("shops")].iloc[0]
    assert row["speaker"] == "Corran Foods"


def test_the_company_is_the_one_the_sentence_before_is_about():
    found = table(
        "date 2025-04-06 Recall\n\n"
        "Discount grocer Pennimart has recalled two batches of its Bellamia baby formula after tests found a "
        "bacterium. The company said no illnesses had been reported."
    )
    row = found[found["text"].str.contains("illnesses")].iloc[0]
    assert row["speaker"] == "Pennimart"


def test_a_name_before_its_verb_speaks_when_the_parse_hung_it_elsewhere():
    found = table(
        "date 2025-04-07 Mine dispute\n\n"
        "Meanwhile, at the Kestrel Copper smelter outside Ndola, the Union of Mine Workers of Zambia (Umwz) said "
        "talks had collapsed again on Sunday night."
    )
    row = found[found["text"].str.contains("talks")].iloc[0]
    assert row["speaker"] is not None and "Union of Mine Workers" in row["speaker"]


def test_a_passive_with_no_agent_borrows_no_speaker():
    found = table(
        "date 2025-07-08 Heat\n\n"
        "Health officials in Portugal have put clinics on alert as temperatures are expected to pass 45C in Evora "
        "on Thursday."
    )
    rows = found[found["cue"] == "expected"]
    assert rows["speaker"].isna().all()


def test_the_one_who_asks_is_not_the_one_who_answers():
    found = table(
        "date 2026-03-02 Awards\n\n"
        'Jodie Marsh, 31, won best supporting actress for her role in "Winter Wheat".\n\n'
        "Asked backstage by Deadline whether she had expected to win, she said she had left her notes at home."
    )
    last = found[found["paragraph"] == 2]
    assert last["cue"].tolist() == ["said"]
    assert last["speaker"].tolist() == ["Jodie Marsh"]


def test_a_quotation_after_a_second_verb_of_saying_is_a_statement_of_its_own():
    found = table(
        "date 2025-05-01 Memoir\n\n"
        'In her memoir, Ruth Calder wrote that the kitchen staff knew the chef well, saying, "He shouted most nights, '
        'but by the morning he had always forgotten why."'
    )
    assert found["cue"].tolist() == ["wrote", "saying"]
    assert found["speaker"].tolist() == ["Ruth Calder", "Ruth Calder"]
    assert found["kind"].tolist() == ["reported", "direct"]
    assert found["text"].tolist()[0] == "that the kitchen staff knew the chef well"


def test_an_added_quotation_keeps_the_first_speaker():
    found = table(
        "date 2025-05-02 Backing\n\n"
        'Senator Lyle Marsh said that in local politics trust is slow to build but added, "I strongly back the '
        'speaker and his re-election."'
    )
    row = found[found["cue"] == "added"].iloc[0]
    assert (row["speaker"], row["kind"]) == ("Lyle Marsh", "direct")


def test_words_before_a_colon_introduce_the_quotation():
    found = table(
        "date 2025-05-03 Standoff\n\n"
        'Rancher Dale Okoro saw the remarks differently: "When he says he will fight, I do not take that as a joke," '
        "he said."
    )
    row = found[found["cue"] == "said"].iloc[0]
    assert row["kind"] == "direct"
    assert row["text"].startswith('"When he says')


def test_asked_set_off_by_commas_describes_the_one_asked():
    found = table(
        "date 2025-05-04 Cup final\n\n"
        "Harbour Town head coach Lee Min-ho, asked whether this title meant more than the win in March, laughed. "
        '"A cup is a cup," he said.'
    )
    assert found["cue"].tolist() == ["said"]


def test_a_thing_that_recalls_says_nothing():
    found = table("date 2025-05-05 Blaze\n\nThe storm recalled the great gale of 1987, when millions of trees fell.")
    assert "recalled" not in found["cue"].tolist()


def test_a_publication_to_come_is_no_statement():
    found = table(
        "date 2025-05-06 Listing\n\n"
        "Shares in Orvell Pay rose 12% on their first day.\n\n"
        "Orvell publishes its half-year results in September. The exchange will release its monthly figures next "
        "week."
    )
    assert not {"publishes", "release"} & set(found["cue"])


def test_a_word_quoted_in_the_reporters_sentence_does_not_open_the_quotation_after_it():
    found = table(
        "date 2025-05-07 Spat\n\nDan Kerpen needled the network “pundit,” saying, “A pundit who posts on request!”"
    )
    row = found[found["cue"] == "saying"].iloc[0]
    assert (row["kind"], row["text"]) == ("direct", "“A pundit who posts on request!”")


def test_a_cue_closing_the_sentence_may_name_the_ones_told():
    found = table(
        "date 2025-06-04 Cabinet\n\n"
        "Maria Santos, who has advised the governor on trade, will replace Ben Cruz at the Department of Trade, "
        "Executive Secretary Lito Ramos told reporters in Cebu."
    )
    assert found["speaker"].tolist() == ["Lito Ramos"]
    assert found["text"].iloc[0].startswith("Maria Santos")


def test_a_name_right_before_a_cue_closing_the_sentence_speaks_it():
    found = table(
        "date 2025-06-05 Cabinet\n\n"
        "Anna Lind will replace Ben Cruz as trade minister, Prime Minister Erik Holm told reporters in Stockholm."
    )
    assert found["speaker"].tolist() == ["Erik Holm"]
    assert found["text"].tolist() == ["Anna Lind will replace Ben Cruz as trade minister"]


def test_adding_with_no_subject_of_its_own_keeps_the_speaker():
    found = table(
        "date 2025-06-06 Primary\n\n"
        "In a radio interview, Dana Whitlow said the count in the northern districts could be “slow,” adding, "
        "“Counting takes the time it takes.”"
    )
    assert found["speaker"].tolist() == ["Dana Whitlow", "Dana Whitlow"]
    assert found["text"].tolist()[0].endswith("“slow,”")
    assert found["kind"].tolist()[1] == "direct"


def test_a_reply_after_a_colon_is_its_own_speakers():
    found = table(
        "date 2025-06-07 Debate\n\n"
        'She said that analysts had found her figures were accurate and fair, to which Holt interjected: "That is '
        'simply false."'
    )
    assert found["speaker"].tolist() == ["She", "Holt"]
    assert found["text"].tolist() == [
        "that analysts had found her figures were accurate and fair",
        '"That is simply false."',
    ]


def test_words_before_a_dash_introduce_the_quotation():
    found = table(
        "date 2025-06-08 History\n\n"
        'The former leader admired strongmen like the old tsars – "He would have liked them," Ivan Petrov said.'
    )
    row = found[found["cue"] == "said"].iloc[0]
    assert (row["kind"], row["text"]) == ("direct", '"He would have liked them,"')
