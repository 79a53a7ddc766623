"""Quotes: a document that speaks for the one who wrote or filed it ("the memo said" after "Reeve told staff in the
memo"; "filed a brief supporting …"), a cue the parse read as a noun ("The review's findings state that …"), a
headline's object split in two ("defends prison early release scheme"), and a spokesperson for a body taken up by
its description ("the drinks group"), past the brands it owns."""

from test_quotes import quoting, table


def test_the_memo_speaks_for_the_one_who_wrote_it():
    found = table(
        "date 2025-03-14 Retailer to cut jobs\n\n"
        "The chief executive, Martin Reeve, told staff in the memo on Thursday that the company had to act.\n\n"
        '"We cannot ask our customers to pay for our inefficiency," the memo said.\n\n'
        "The memo added that no stores would close this year."
    )
    assert quoting(found, "pay for our inefficiency")["speaker"] == "Martin Reeve"
    assert quoting(found, "no stores would close")["speaker"] == "Martin Reeve"


def test_a_filing_speaks_for_those_who_said_it_in_the_filing():
    found = table(
        "date 2024-10-21 Investors sue exchange\n\n"
        "Lawyers for the exchange said in a court filing on Monday that the investors had been warned of the risks.\n\n"
        '"Plaintiffs knowingly assumed the risk of loss," the filing said.'
    )
    row = quoting(found, "knowingly assumed")
    assert row["speaker"] == "Lawyers for the exchange"
    assert row["speaker_text"] == "the filing"


def test_an_email_sent_speaks_for_its_sender():
    found = table(
        "date 2024-06-03 Council job cuts\n\n"
        "Council leader Amira Shah sent an email to staff on Friday about the budget.\n\n"
        "The email said that 40 posts would go by the end of the year."
    )
    assert quoting(found, "40 posts would go")["speaker"] == "Amira Shah"


def test_a_brief_filed_supports_as_its_filer_does():
    found = table(
        "date 2024-10-21 Court to hear appeal\n\n"
        "The US Chamber of Commerce filed a brief supporting the exchange on Monday.\n\n"
        "A group of former regulators filed a brief supporting the investors."
    )
    assert found["speaker"].notna().all()
    assert quoting(found, "the investors")["speaker_text"] == "A group of former regulators"
    assert quoting(found, "the exchange")["speaker"] == "US Chamber of Commerce"


def test_findings_that_state_are_a_cue_read_as_a_noun():
    found = table(
        "date 2024-07-09 Review finds failings\n\n"
        "The review's findings state that staff were overstretched and that warning signs were missed."
    )
    row = quoting(found, "staff were overstretched")
    assert row["cue"] == "state"
    assert row["speaker_text"] == "The review's findings"


def test_inspection_findings_that_state_are_a_cue_read_as_a_noun():
    found = table(
        "date 2024-02-01 School inspected\n\n"
        "Ofsted inspection findings state that pupils were not kept safe during breaks."
    )
    row = quoting(found, "pupils were not kept safe")
    assert row["cue"] == "state"
    assert row["speaker_text"] == "Ofsted inspection findings"


def test_a_headline_object_split_in_two_is_one_object():
    found = table(
        "date 2024-09-10 Minister defends prison early release scheme\n\n"
        "About 1,700 inmates were freed on Tuesday under the scheme."
    )
    assert quoting(found, "early release scheme")["text"] == "prison early release scheme"


def test_a_headline_object_split_in_two_is_one_object_with_another_verb():
    found = table(
        "date 2024-03-04 Bishop criticises council late night licensing plan\n\n"
        "The plan would let bars stay open until 3am."
    )
    assert quoting(found, "licensing plan")["text"] == "council late night licensing plan"


def test_a_spokeswoman_for_the_group_is_the_firm_not_a_brand_it_owns():
    found = table(
        "date 2025-02-06 Carlsberg shares fall\n\n"
        "Shares in Carlsberg fell 6% on Thursday after the Danish brewer warned that beer volumes would stay weak.\n\n"
        "The drinks group, which owns Tuborg and Somersby, reported an operating profit of 11.6bn kroner.\n\n"
        "A spokeswoman for the group said it would continue to invest in its brands."
    )
    assert quoting(found, "continue to invest")["speaker"] == "Carlsberg"


def test_a_spokesman_for_the_brewer_is_the_firm_not_a_brand_it_owns():
    found = table(
        "date 2025-02-06 Brewer warns on sales\n\n"
        "Heineken said on Wednesday that beer sales in Europe had fallen.\n\n"
        "The Dutch brewer, which owns Amstel and Birra Moretti, cut its forecast for the year.\n\n"
        "A spokesman for the brewer said prices would rise more slowly."
    )
    assert quoting(found, "prices would rise")["speaker"] == "Heineken"
