"""A capitalised title after "the" stands for the one holder the article names with it only once he is named: the
office in a ruling quoted before the holder appears ("The President is not above the law") is nobody's mention."""

from __future__ import annotations

from newsframe import pipeline

RULING = "\n\n".join(
    [
        "Supreme Court rules Trump has broad immunity from prosecution for official acts",
        "WASHINGTON — The Supreme Court ruled on Monday that former presidents have broad immunity from criminal "
        "prosecution for official acts, a decision likely to delay Donald Trump's trial.",
        '"The President is not above the law," Chief Justice John Roberts wrote for the majority. "But Congress may '
        "not criminalize the President's conduct in carrying out the responsibilities of the Executive Branch.\"",
        "Justice Sonia Sotomayor wrote in dissent that the decision made a mockery of the principle that no man is "
        "above the law.",
        "President Joe Biden criticized the ruling in a brief address from the White House on Monday evening. "
        '"This nation was founded on the principle that there are no kings in America," Biden said.',
        "The President did not take questions.",
    ]
)


def test_the_office_quoted_before_the_holder_is_named_is_no_mention_of_him(write):
    tables = pipeline.analyze(write("ruling.txt", RULING), "2024-07-01", use_cache=False).tables
    mentions = tables["mentions"]
    biden = mentions[mentions["entity"] == "Joe Biden"]
    assert biden[["paragraph", "text"]].values.tolist() == [
        [4, "Joe Biden"],
        [4, "Biden"],
        [5, "President"],
    ]


FINE = "\n\n".join(
    [
        "Thames Water fined £3.3m after sewage poured into river for days",
        "Thames Water has been fined £3.3 million for allowing millions of litres of untreated sewage to pour into "
        "rivers in Surrey and West Sussex.",
        "The Environment Agency, which brought the prosecution, said it was one of the worst pollution incidents it "
        "had investigated.",
        "Thames Water, which serves 16 million customers in London and the Thames Valley, apologised. A spokesman "
        'said: "We deeply regret the incident."',
        "Thames Water is struggling with debts of about £15 billion and has asked Ofwat to let it raise bills.",
    ]
)


def test_a_body_found_once_by_which_is_the_same_body_wherever_it_is_written(write):
    tables = pipeline.analyze(write("fine.txt", FINE), "2024-11-13", use_cache=False).tables
    entities = tables["entities"]
    row = entities[entities["entity"] == "Thames Water"]
    assert row[["entity_type", "mentions", "paragraphs"]].values.tolist() == [["ORG", 4, 4]]
    quotes = tables["quotes"]
    assert quotes[quotes["paragraph"] == 3][["speaker", "speaker_text"]].values.tolist() == [
        ["Thames Water", "A spokesman"]
    ]
