"""Who said a direct quotation (newsframe.quotes): the speaker of its cue however the parse links them, on short
articles of several kinds written for these tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

from newsframe import entities, nlp, quotes
from newsframe.article import parse_article


def table(text: str) -> pd.DataFrame:
    """The quotes table of an article given as text."""
    article = parse_article(text)
    docs = nlp.article_docs(article)
    return quotes.quotes_table(article, docs, entities.mentions_table(article, docs))


def speakers(frame: pd.DataFrame) -> dict[str, str]:
    """What was said -> the speaker's mention as written, for the direct quotations."""
    direct = frame[frame["kind"] == "direct"]
    return dict(zip(direct["text"], direct["speaker_text"]))


def test_a_cue_conjoined_to_a_passive_has_the_passive_subject():
    found = table(
        "date 2024-03-02 Derby day\n\n"
        'Okafor was replaced by a younger player at half-time and joked, "I am too old for this game."'
    )
    assert speakers(found) == {'"I am too old for this game."': "Okafor"}


def test_words_of_a_clause_describing_the_speaker_are_not_the_speaker():
    found = table(
        "date 2024-05-14 Club and league\n\n"
        "While the stadium plan is not yet settled for Okafor's side, a club official who spoke anonymously to "
        'describe private meetings said Wednesday, "Certainly there are talks between the club and the league."\n\n'
        "But Rep. Maria Lopez (D-Texas), noting the size of the mayor's donor base, said, \"Believe me, she has "
        'a very long list of donors, and if she decides to call them, that makes the race far harder."'
    )
    said = speakers(found)
    assert said['"Certainly there are talks between the club and the league."'] == "a club official"
    opportunity = (
        '"Believe me, she has a very long list of donors, and if she decides to call them, that makes the race far '
        'harder."'
    )
    assert said[opportunity] == "Rep. Maria Lopez"


def test_a_quotation_belongs_to_the_nearest_cue_after_it():
    found = table(
        "date 2024-06-11 Council vote\n\n"
        '"We never voted for that. We never voted for that," Mensah said, after ITV\'s Sarah Cole said the councillor '
        'had jokingly described Rep. Joan Hill (D-Ohio) as the "house architect" of developer Sam Ward.'
    )
    said = dict(zip(found["text"], found["speaker_text"]))
    assert said['"We never voted for that. We never voted for that,"'] == "Mensah"
    assert any(text.startswith("the councillor had jokingly") for text in said if said[text] == "ITV's Sarah Cole")


def test_a_headline_name_the_recogniser_missed_before_a_quotation():
    found = table(
        "date 2024-02-08 Hale: 'We are going to finish in the top four.'\n\n"
        "Club owner Tom Hale told supporters on Monday that the team would finish in the top four."
    )
    headline = found[found["paragraph"] == 0]
    assert headline[["text", "cue", "speaker", "speaker_text"]].values.tolist() == [
        ["'We are going to finish in the top four.'", ":", "Tom Hale", "Hale"]
    ]


def test_a_cue_in_a_perfect_tense_after_a_participle_set_off_by_commas():
    found = table(
        "date 2024-09-30 Ticket prices\n\n"
        'The row began after Mr. Hale, asked about the fees charged to fans, had said, "I think our supporters pay '
        'more than enough already."'
    )
    assert speakers(found) == {'"I think our supporters pay more than enough already."': "Mr. Hale"}


def test_a_word_of_the_quotation_read_as_a_subject_gives_way_to_the_speaker():
    found = table(
        "date 2024-10-02 Stadium plans\n\n"
        '"If the owners want a new ground, nothing you can do, people," Hale said before adding: "Though the '
        'members, maybe they can stop it, who knows."'
    )
    assert set(speakers(found).values()) == {"Hale"} and len(found) == 2


def _benchmark():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "quotes_polnear.py"
    spec = importlib.util.spec_from_file_location("quotes_polnear", path)
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    return bench


def test_benchmark_reads_a_content_annotated_in_two_parts_as_one_content(tmp_path):
    bench = _benchmark()
    text = "“We’re global,” he said. “We judge ourselves daily.”"
    first, second = (0, text.index(" he")), (text.index("“We judge"), len(text))
    ann = tmp_path / "a.ann"
    ann.write_text(
        f"T1\tContent {first[0]} {first[1]}\tx\nT2\tSource 16 18\the\nT3\tCue 19 23\tsaid\n"
        f"T4\tContent {second[0]} {second[1]}\tx\nT5\tAttribution 19 23\tsaid\n"
        "E1\tAttribution:T5 Cue:T3 Source:T2 Content:T1 Content2:T4\n",
        encoding="utf-8",
    )
    (gold,) = bench.read_ann(ann)
    assert gold.content == [first, second]
    assert bench.is_direct(bench.gold_quoted(text, gold.content))


def test_benchmark_reads_a_gold_content_in_quotation_marks_outside_its_span_as_direct():
    bench = _benchmark()
    text = "He said “I have earned more votes,” and left. She said the race was close."
    inside = (text.index("I have"), text.index("votes,") + len("votes,"))
    assert bench.is_direct(bench.gold_quoted(text, [inside])) and not bench.is_direct(text[slice(*inside)])
    reported = (text.index("the race"), text.index("close"))
    assert not bench.is_direct(bench.gold_quoted(text, [reported]))


def test_a_cue_after_a_quotation_reports_the_clause_right_before_it():
    found = table(
        "date 2024-11-05 Memoir dropped\n\n"
        'At the time, Hale seemed to suggest he had quieted his former partner: "She signed a secrecy '
        'agreement," he told the Daily Echo. Neither Lane nor Hale replied to requests for comment.'
    )
    said = speakers(found)
    assert said == {'"She signed a secrecy agreement,"': "he"}
    assert found.set_index("text").loc['"She signed a secrecy agreement,"', "cue"] == "told"


def test_a_quotation_right_after_its_cue_is_what_it_reports_not_the_words_before_it():
    found = table(
        "date 2024-09-03 Stadium fire\n\n"
        "On the same evening that pictures of the burnt stand appeared online, Mayor Ruth Adeyemi said of the fire, "
        '"I have never seen anything like it," adding that the club would be helped.\n\n'
        "The chairman said he had not seen the footage, and when asked whether the stand had been inspected, he "
        'said, "I believe so."'
    )
    said = speakers(found)
    assert said['"I have never seen anything like it,"'] == "Mayor Ruth Adeyemi"
    assert said['"I believe so."'] == "he"
    assert not found["text"].str.startswith("On the same evening").any()


def test_a_colon_after_a_verb_of_saying_the_parse_hung_elsewhere_introduces_the_quotation():
    found = table(
        "date 2024-02-20 Fares row\n\n"
        "Gareth Moss, the transport union's general secretary, tweeted in response: \"Simple truth: passengers "
        'pay more and get less; managers pay themselves more and do less."'
    )
    assert list(speakers(found).values()) == ["Gareth Moss, the transport union's general secretary"]


def test_a_long_description_between_a_quotation_and_its_cue():
    found = table(
        "date 2024-04-08 Harbour plan\n\n"
        '"Will the minister finally admit the harbour plan has failed? If not, she should resign!" the opposition\'s '
        "spokesman for transport, Colin Baird, wrote Sunday after the vote."
    )
    direct = found[found["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Colin Baird"]
    assert list(direct["cue"]) == ["wrote"]


VOX_POP = """Shoppers give their verdict on the new market hall

date 2025-03-04

The market hall reopened on Monday after a two-year rebuild. We asked shoppers what they made of it.

Maria Lopez, 34, nurse

"The stalls are brighter and there is finally somewhere to sit. I will come every week now."

Tom Becker, 61, retired engineer

"Honestly, I preferred the old hall. It had character, and the rents were lower for the traders."

"Parking is still a nightmare. They spent millions and forgot the people who drive in from the villages."
— Aisha Rahman, 22, student

Daniel Okoye, 45, fishmonger: "My takings are up already. If it stays like this, I will hire someone."
"""


def test_vox_pop_signatures_name_the_speaker_above_after_or_before_a_colon():
    said = speakers(table(VOX_POP))
    assert said == {
        '"The stalls are brighter and there is finally somewhere to sit. I will come every week now."': "Maria Lopez",
        '"Honestly, I preferred the old hall. It had character, and the rents were lower for the traders."': (
            "Tom Becker"
        ),
        '"Parking is still a nightmare. They spent millions and forgot the people who drive in from the villages."': (
            "Aisha Rahman"
        ),
        '"My takings are up already. If it stays like this, I will hire someone."': "Daniel Okoye",
    }


def test_a_subheading_is_no_signature():
    found = table(
        "date 2025-03-04 Market hall\n\n"
        "The council said the hall cost 12 million pounds.\n\n"
        "What comes next\n\n"
        '"We will open on Sundays from April," the council said.'
    )
    assert speakers(found) == {'"We will open on Sundays from April,"': "the council"}


def test_people_who_speak_for_an_organisation_are_that_organisation_speaking():
    found = table(
        "date 2025-01-10 Storm warning\n\n"
        "A spokesperson for the Met Office said the storm would peak on Saturday.\n\n"
        "Officials from Kent County Council said schools would stay open.\n\n"
        "A source close to Prime Minister Anna Berg said she was furious.\n\n"
        "Northgate Bank said customers had been refunded. A spokesman for the bank said checks had changed."
    )
    assert dict(zip(found["speaker_text"], found["speaker"])) == {
        "A spokesperson for the Met Office": "Met Office",
        "Officials from Kent County Council": "Kent County Council",
        "A source close to Prime Minister Anna Berg": "A source close to Prime Minister Anna Berg",  # not her
        "Northgate Bank": "Northgate Bank",
        "A spokesman for the bank": "Northgate Bank",
    }


def test_the_agency_of_a_dateline_is_no_one_a_description_stands_for():
    found = table(
        "date 2025-02-06 Profit falls\n\n"
        "OSLO, Feb 6 (Reuters) - Profit at the shipping line fell by a third, its chief executive said.\n\n"
        "The company said it would sell two ships."
    )
    assert "Reuters" not in set(found["speaker"])


def test_a_speakers_words_do_not_take_in_the_closing_mark_before_them():
    found = table(
        "date 2024-10-05 Last crossing\n\n"
        '"I never thought of it as a job," MacRae, 74, said as he tied up the boat. "It was more like a hobby."'
    )
    assert list(speakers(found).values()) == ["MacRae"]


def test_a_title_quoted_in_the_cue_clause_is_no_part_of_what_was_said():
    found = table(
        "date 2024-10-06 Budget row\n\n"
        "“The budget is a fraud from top to bottom,” Senator Ann Lowell said on NBC’s “Morning Desk.” “Nobody in "
        "this town believes the numbers.”\n\n"
        "“We never expected the winter to be this hard,” said Tom Hale, author of “Cold Harbour Nights Again,” a "
        "memoir of the port. “The boats stayed in for weeks.”\n\n"
        '"This is a serious worry," the councillors said in a statement, that the water board "could cut supplies '
        'next month."\n\n'
        '"I have nothing against the mayor," she said, but "on housing, the mayor has failed this town for years."'
    )
    said = speakers(found)
    assert said["“The budget is a fraud from top to bottom,” “Nobody in this town believes the numbers.”"] == (
        "Senator Ann Lowell"
    )
    # the speaker's words as written: the title they hold, with both its marks
    assert said["“We never expected the winter to be this hard,” “The boats stayed in for weeks.”"] == (
        "Tom Hale, author of “Cold Harbour Nights Again,”"
    )
    assert not any("Cold Harbour" in text or "Morning Desk" in text for text in found["text"])
    # a quotation the speaker's "that" or a conjunction brings back is theirs
    assert said['"This is a serious worry," "could cut supplies next month."'] == "the councillors"
    assert said['"I have nothing against the mayor," "on housing, the mayor has failed this town for years."'] == "she"


def test_a_headline_quotes_the_person_named_right_before_its_colon():
    found = table(
        'date 2024-05-12 Rovers beaten at home – the manager Sanna Leinonen: "We gave away two cheap goals"\n\n'
        "Dalton Rovers lost 1–3 to Harrowgate on Sunday. The manager Sanna Leinonen was angry after the match.\n\n"
        "– We gave away two cheap goals and the game was over, Leinonen said."
    )
    headline = found[found["paragraph"] == 0]
    assert headline["speaker_text"].tolist() == ["Sanna Leinonen"]
    assert headline["speaker"].tolist() == ["Sanna Leinonen"]


def test_the_official_is_the_unnamed_official_just_described_not_the_last_name():
    found = table(
        "date 2024-03-22 Harbour talks stall\n\n"
        '"We are nowhere near a deal," Mayor Tom Reeve said on Friday.\n\n'
        "One senior port official, who asked not to be named, said the two sides had barely spoken.\n\n"
        '"It is the usual theatre before a deal," the official said.'
    )
    row = found[found["text"] == '"It is the usual theatre before a deal,"']
    assert row["speaker_text"].tolist() == ["the official"]
    assert row["speaker"].tolist() == ["One senior port official"]


def test_a_title_before_a_name_read_into_an_organisation_is_that_person_not_the_last_one_named():
    found = table(
        "date 2024-02-27 Strike goes on\n\n"
        "The Minister of Labour Arto Hietanen said on Tuesday that he will call the parties to talks.\n\n"
        "The chairman of the Paper Workers' Union PAL Veli Mäkinen told Yle that the union is ready for talks.\n\n"
        "– We have been ready all the time, Mäkinen said."
    )
    told = found[found["cue"] == "told"]
    assert told["speaker"].tolist() == found[found["kind"] == "direct"]["speaker"].tolist()
    assert "Hietanen" not in told["speaker"].iloc[0]


def test_a_participle_hung_on_the_quotation_or_opening_a_sentence_speaks_with_the_clause_before():
    found = table(
        "date 2024-04-02 Mayor on the tour\n\n"
        "Mayor Dana Kerr seemed ready to laugh about the defeat in Leeds, telling the supporters, “We will be back "
        "next season, you can count on that.”\n\n"
        "Later in the evening, the host Oren Blake stated of the plan that the budget “was far too thin.” Adding, "
        "“Every winter the same roads break, and every spring we pay again. It never ends.”"
    )
    said = speakers(found)
    assert said["“We will be back next season, you can count on that.”"] == "Mayor Dana Kerr"
    assert said["“Every winter the same roads break, and every spring we pay again. It never ends.”"] == (
        "the host Oren Blake"
    )


def test_a_name_set_beside_a_longer_description_is_the_speaker():
    found = table(
        "date 2024-03-15 Fraud verdict\n\n"
        "One of the lenders, the regional savings bank Nordkassa, welcomed the ruling on Friday.\n\n"
        "One of the investors, the pension insurance company Varma, welcomed the verdict too.\n\n"
        '"We are pleased that the court agreed with us," said Lena Holm, who heads the bank\'s legal team.'
    )
    welcomed = found[found["cue"] == "welcomed"]
    assert welcomed["speaker"].tolist() == ["Nordkassa", "Varma"]


def test_a_building_named_after_a_body_is_not_what_the_body_stands_for():
    found = table(
        "date 2024-02-27 Port strike\n\n"
        "The minister Arto Hietanen spoke at a press conference in the Government Palace in Helsinki on Tuesday.\n\n"
        "According to him, the government intends to stay out of the talks between the unions and the employers."
    )
    government = found[found["speaker_text"].str.lower() == "the government"]
    assert len(government) and "Palace" not in " ".join(government["speaker"])


def test_a_thing_agreed_on_is_no_statement_but_someone_who_agreed_still_speaks():
    found = table(
        "date 2024-11-04 Budget stopgap\n\n"
        "The temporary funding agreed on Saturday runs out on 17 November, and lawmakers must act again.\n\n"
        "The speaker Ann Rowe said the funding runs out too soon."
    )
    assert "agreed" not in found["cue"].tolist()
    assert found["speaker_text"].tolist() == ["The speaker Ann Rowe"]


def test_a_verb_of_saying_that_governs_another_action_introduces_no_quotation():
    found = table(
        "date 2024-06-02 Tenants may go to court\n\n"
        "Should the owners continue to refuse every offer, the tenants could take the case to court, a step that "
        "would worry many landlords. ''Such a good idea,'' she said at a meeting in Leeds."
    )
    said = speakers(found)
    assert said["''Such a good idea,''"] == "she"


def test_one_or_another_of_several_is_the_speaker():
    found = table(
        "date 2024-01-01 Messages in the sky\n\n"
        "Several planes wrote messages over the parade on Friday morning.\n\n"
        "“Harbour is great! The mayor is a disgrace,” read one."
    )
    assert speakers(found) == {"“Harbour is great! The mayor is a disgrace,”": "one"}


def test_a_sport_reports_team_notes_are_no_ones_words():
    found = table(
        "date 2024-08-19 Gulls beat Mariners\n\n"
        "Tony Reyes hit two home runs and the Harbor City Gulls beat the Tidewater Mariners 6-5 on Sunday.\n\n"
        '"I feel better than I have all year," Reyes said.\n\n'
        "TRAINER'S ROOM\n\n"
        "Gulls: SS Marcus Lee (oblique) will begin a rehab assignment on Tuesday. He has been out since Aug. 3.\n\n"
        "Mariners: RHP Sam Kowalski (elbow) had surgery on Thursday and will miss the rest of the season.\n\n"
        "UP NEXT\n\n"
        "Gulls: RHP Nate Ford starts the opener of a three-game series at home against Portland on Monday night.\n\n"
        "Mariners: Off Monday. LHP Eric Santos faces Boston on Tuesday."
    )
    assert found["speaker"].tolist() == ["Tony Reyes"]


def test_quoted_words_closing_the_reporters_sentence_do_not_join_the_quotation_after_them():
    found = table(
        "date 2025-02-06 Rates held\n\n"
        'The governor promised "a slow and careful approach". "We will be watching every figure that comes '
        'in," he told reporters.'
    )
    rows = dict(zip(found["text"], found["kind"]))
    assert rows['"We will be watching every figure that comes in,"'] == "direct"
    assert not any("careful approach" in text and "watching" in text for text in found["text"])


def test_goods_recalled_and_a_helpline_to_call_are_no_statements():
    found = table(
        "date 2025-04-22 Retailers recall baby formula\n\n"
        "Three supermarkets recalled 14 batches of infant formula on Monday. Parents with questions can call the "
        "national helpline.\n\n"
        "Nadia Perrin, 71, recalled the day the factory opened. The minister called the delay a scandal.\n"
    )
    said = " | ".join(found["text"])
    assert "formula" not in said and "helpline" not in said
    assert "the day the factory opened" in said and "scandal" in said


def test_a_nationality_standing_for_the_player_just_named_is_that_player():
    found = table(
        "date 2025-07-13 Final at the Lakeside Arena\n\n"
        "Tomas Verhaegen beat Luca Brambilla in four sets on Sunday to win his first title.\n\n"
        'Brambilla, 22, said Verhaegen had been "the better player". "He served brilliantly and I could not '
        'find a way through," the Italian told reporters.\n'
    )
    said = dict(zip(found["text"], found["speaker"]))
    assert said['"He served brilliantly and I could not find a way through,"'] == "Luca Brambilla"


def test_a_stance_reported_only_by_its_object_has_the_stance_tone():
    found = table(
        "date 2025-02-06 Rates cut\n\n"
        "The chancellor welcomed the cut on Thursday. The union condemned the pay award. The mayor did not welcome "
        "the report.\n"
    )
    tones = dict(zip(found["text"], found["tone"]))
    assert tones["the cut"] == "positive"
    assert tones["the pay award"] == "negative"
    assert tones.get("the report") != "positive"
