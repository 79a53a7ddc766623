"""Speakers set after a cue closing the sentence that the parse read as its object."""

from test_quotes import quoting, table


def _article(*paragraphs: str) -> str:
    return "Talks stall\nPublished 14 March 2025, 08:15\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_paper_after_reported_closing_the_sentence_is_its_speaker():
    found = table(_article("The talks had collapsed, reported the Times."))
    row = quoting(found, "talks had collapsed")
    assert row["speaker"] == "Times"
    assert row["cue"] == "reported"


def test_a_body_after_added_or_announced_closing_the_sentence_is_its_speaker():
    found = table(
        _article(
            "Shares in the lender fell 3% on Tuesday, reported Reuters.",
            "The minister resigned, announced the prime minister's office.",
        )
    )
    assert quoting(found, "fell 3%")["speaker"] == "Reuters"
    assert quoting(found, "minister resigned")["speaker"] == "the prime minister's office"


def test_citing_something_as_evidence_is_the_citers_claim():
    found = table(
        _article(
            "Clinton has been attacked over the speeches by Bernie Sanders, who cites them as evidence of her close "
            "ties to Wall Street."
        )
    )
    row = quoting(found, "evidence of her close ties")
    assert row["cue"] == "cites"


def test_citing_people_as_proof_is_a_claim_but_citing_a_source_is_not():
    found = table(
        _article(
            "The union cited its nurses as proof that staff were leaving for Australia.",
            "The council will cut bin collections, the Echo reported, citing a senior councillor.",
        )
    )
    assert quoting(found, "proof that staff were leaving")["cue"] == "cited"
    assert not found["text"].str.contains("a senior councillor", regex=False).any()


def test_the_bank_after_its_chief_executive_was_named_is_that_bank():
    found = table(
        _article(
            "The chief executive of HSBC, Georges Elhedery, has defended the branch closures.",
            "According to a statement issued by the bank, most customers now bank online.",
        )
    )
    row = quoting(found, "bank online")
    assert row["speaker"] == "HSBC"
    assert row["speaker_text"] == "the bank"


def test_the_company_after_its_shareholders_were_named_is_that_company():
    found = table(
        _article(
            "Shareholders in Castlemere Holdings voted against the pay deal on Friday.",
            "The company said it would consult them again before the summer.",
        )
    )
    assert quoting(found, "consult them again")["speaker"] == "Castlemere Holdings"
