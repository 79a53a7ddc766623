"""Who said what (newsframe.quotes): a paragraph that is one quotation after a paragraph about a person, the
quotation that gives a released statement's words ("issued a statement, “…”"), "pointed out" as a verb of saying,
and the name a relative pronoun stands for ("a nurse who … and who said", "Ivan Petrov, a lawyer for the tenants,
who told them"), on short invented articles."""

from __future__ import annotations

from test_quotes import quoting as _row
from test_quotes import table


def test_a_quotation_paragraph_after_a_paragraph_about_a_person_is_theirs():
    found = table(
        "date 2025-03-02 Housing plan delayed\n\n"
        "Councillor Ruth Abara spoke for an hour against the delay to the housing plan.\n\n"
        "“We have waited ten years for this. Families are living in cars while we argue.”"
    )
    row = _row(found, "living in cars")
    assert row["speaker_text"] == "Councillor Ruth Abara"
    assert row["kind"] == "direct"


def test_a_quotation_paragraph_after_a_paragraph_about_a_thing_has_no_speaker():
    found = table(
        "date 2025-03-02 Museum reopens\n\n"
        "The museum reopened on Saturday after a two-year refit.\n\n"
        "“We have waited ten years for this. Families are living in cars while we argue.”"
    )
    speakers = found.loc[found["text"].str.contains("living in cars", regex=False), "speaker_text"].fillna("")
    assert not speakers.str.contains("museum", regex=False).any()


def test_a_statement_given_in_a_quotation_is_the_quotation():
    found = table(
        "date 2025-06-12 Phone sells out\n\n"
        "The maker issued a statement, “Demand has exceeded our forecasts in every market. We are adding shifts.”"
    )
    row = _row(found, "Demand has exceeded")
    assert row["speaker_text"] == "The maker"
    assert row["kind"] == "direct"
    assert row["text"].startswith("“Demand")


def test_a_statement_saying_a_quotation_is_the_quotation():
    found = table(
        "date 2025-06-12 Road closed\n\n"
        "The council released a statement saying, “The road will reopen on Monday after the repairs are finished.”"
    )
    row = _row(found, "The road will reopen")
    assert row["speaker_text"] == "The council"
    assert row["kind"] == "direct"
    assert row["text"].startswith("“The road")


def test_a_statement_reported_in_the_reporters_words_stays_reported():
    found = table(
        "date 2025-06-12 Road closed\n\n"
        "The council released a statement saying the road would reopen on Monday after the repairs."
    )
    assert _row(found, "would reopen")["kind"] == "reported"


def test_pointed_out_introduces_a_quotation():
    found = table(
        "date 2025-06-12 Phone review\n\n"
        "But as the Daily Ledger pointed out, “Still, the battery lasts barely a day, and the price has risen "
        "twice this year.”"
    )
    row = _row(found, "the battery lasts")
    assert row["speaker_text"] == "the Daily Ledger"
    assert row["cue"] == "pointed out"


def test_pointed_out_with_an_object_takes_no_title_before_it():
    found = table(
        "date 2025-06-12 Farm book\n\n"
        "Lena Varga, author of “The Quiet Harvest,” a new book on farming, first pointed out the problem to me."
    )
    assert not found["text"].str.contains("Quiet Harvest", regex=False).any()


def test_a_second_relative_clause_speaks_for_the_noun_of_the_first():
    found = table(
        "date 2025-03-02 Fire victims rehoused\n\n"
        "It was a relief for Maria Costa, 54, a nurse who lost her home in the fire and who said: “I can finally "
        "sleep again at night.”"
    )
    row = _row(found, "sleep again")
    assert row["speaker"] == "Maria Costa"


def test_a_relative_pronoun_after_a_description_speaks_for_the_name_described():
    found = table(
        "date 2025-03-02 Tenants win hearing\n\n"
        "Residents met Ivan Petrov, a lawyer for the tenants, who told them: “You have a strong case against the "
        "landlord.”"
    )
    row = _row(found, "strong case")
    assert row["speaker"] == "Ivan Petrov"


def test_a_quotation_paragraph_after_someone_new_reads_a_statement_is_theirs():
    found = table(
        "date 2025-05-14 Inquest into cyclist's death\n\n"
        "Garda Sergeant Paul Quinn told the inquest: “The junction has no stop line for cyclists.”\n\n"
        "Ms Brennan's mother, Siobhan, read a statement on behalf of the family.\n\n"
        "“Aoife loved her work and she loved that bicycle. We ask only that no other family goes through this.”"
    )
    row = _row(found, "loved her work")
    assert row["speaker"] == "Siobhan"
    assert row["speaker_text"] != "Garda Sergeant Paul Quinn"


def test_a_quotation_paragraph_after_a_pronoun_goes_on_with_the_last_speaker():
    found = table(
        "date 2025-05-14 Appeal planned\n\n"
        "“We will appeal,” said Tom Reid, the family's lawyer.\n\n"
        "He left the court without taking questions.\n\n"
        "“The verdict is wrong and the evidence never supported it.”"
    )
    assert _row(found, "The verdict is wrong")["speaker"] == "Tom Reid"


def test_a_cue_opening_its_sentence_before_the_speaker_and_a_colon():
    found = table(
        "date 2024-10-12 Derby lost\n\n"
        "The coach was asked about the referee.\n\n"
        "Said Okafor: “I will not talk about him. We lost because we did not defend.”"
    )
    row = _row(found, "did not defend")
    assert row["speaker_text"] == "Okafor"


def test_an_inverted_cue_with_a_description_names_the_speaker():
    found = table(
        "date 2025-03-02 Figures to be published\n\n"
        "Added the minister: “We will publish the figures in full next week, region by region.”"
    )
    assert _row(found, "publish the figures")["speaker_text"] == "the minister"
