"""Names readers take for the wrong kind of thing: a firm after "activist investor", a village whose name opens with
"Little", a tax and a savings product, and the field of an office read as a body."""

from __future__ import annotations

from newsframe import pipeline


def _types(write, name: str, text: str, date: str = "2024-11-01") -> dict[str, str]:
    entities = pipeline.analyze(write(name, text), date, use_cache=False).tables["entities"]
    return dict(zip(entities["entity"], entities["entity_type"]))


LAYOFFS = "\n\n".join(
    [
        "Salesforce to cut 10% of staff as growth slows",
        "SAN FRANCISCO (Reuters) — Salesforce said on Wednesday it would cut about 10% of its workforce and close some "
        "offices, as the business software maker braces for slower growth.",
        "The company has faced pressure from activist investor Starboard Value, which disclosed a stake in October and "
        "has pushed it to improve profit margins.",
        "Activist investor Carl Icahn, who is not involved, said in a television interview that the cuts were overdue.",
    ]
)


def test_a_firm_after_activist_investor_is_an_organisation_and_a_person_there_stays_one(write):
    types = _types(write, "layoffs.txt", LAYOFFS)
    assert types["Starboard Value"] == "ORG"
    assert types["Carl Icahn"] == "PERSON"


COUNCIL = "\n\n".join(
    [
        "Councillors approve 450 homes despite objections",
        "Plans for 450 homes on farmland on the edge of Little Ashby have been approved by councillors, despite more "
        "than 600 objections from residents who said the village could not cope.",
        '"This is not a plan for Little Ashby, it is a plan to bolt a small town onto a village," said Margaret '
        "Hollis, who chairs the parish council.",
        "The group said it would ask the Secretary of State for Housing to call in the decision.",
        "Fans of Little Simz, the rapper, queued outside the village hall for a concert on Saturday.",
    ]
)


def test_a_village_opening_with_little_is_a_place_and_the_office_field_no_body(write):
    types = _types(write, "council.txt", COUNCIL)
    assert types["Little Ashby"] == "GPE"
    assert types["Little Simz"] == "PERSON"
    assert "State for Housing" not in types


BUDGET = "\n\n".join(
    [
        "Chancellor raises National Insurance for employers",
        "LONDON — The chancellor, Rachel Reeves, announced a rise in employers' National Insurance contributions on "
        "Wednesday.",
        "Employers will pay National Insurance at 15% from April, up from 13.8%. The annual ISA allowance will stay "
        "at 20,000 pounds, the Treasury said.",
        '"This is a tax on jobs," said Rain Newton-Smith, chief executive of the CBI.',
    ]
)


def test_a_tax_and_a_savings_product_are_no_organisations(write):
    types = _types(write, "budget.txt", BUDGET)
    assert types["National Insurance"] == "LAW"
    assert types["ISA"] == "PRODUCT"
    assert types["Treasury"] == "ORG"
    assert types["CBI"] == "ORG"


FIGHT = "\n\n".join(
    [
        "Usyk beats Fury on points to become undisputed champion",
        "RIYADH, Saudi Arabia — Oleksandr Usyk became the first undisputed heavyweight champion in a quarter of a "
        "century on Saturday night, beating Tyson Fury by split decision after 12 brutal rounds.",
        "Two judges scored the fight for the Ukrainian. Usyk, 37, remains unbeaten in 22 professional fights.",
        '"I want to say thank you to my team," Usyk said.',
    ]
)


def test_a_full_name_after_a_dateline_joins_the_surname_read_later(write):
    tables = pipeline.analyze(write("fight.txt", FIGHT), "2024-05-19", use_cache=False).tables
    mentions = tables["mentions"]
    usyk = mentions[mentions["entity"] == "Oleksandr Usyk"]
    assert usyk[["paragraph", "text"]].values.tolist() == [[0, "Usyk"], [1, "Oleksandr Usyk"], [2, "Usyk"], [3, "Usyk"]]


RULING = "\n\n".join(
    [
        "Supreme Court rules former presidents have broad immunity",
        "WASHINGTON (AP) — The Supreme Court ruled on Monday that former presidents have broad immunity from "
        "prosecution, a decision that will delay Donald Trump's trial in Washington.",
        'Trump welcomed the decision. "BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY. PROUD TO BE AN AMERICAN!" he '
        "wrote on his social media platform.",
        'Justice Sonia Sotomayor wrote in dissent that the ruling "makes a mockery" of the principle that no man is '
        "above the law. The FBI declined to comment.",
    ]
)


def test_words_of_a_post_quoted_in_capitals_are_no_organisations(write):
    types = _types(write, "ruling.txt", RULING, "2024-07-01")
    assert "BIG" not in types
    assert "DEMOCRACY" not in types
    assert types["FBI"] == "ORG"
    assert types["Supreme Court"] == "ORG"


PLACES = "\n\n".join(
    [
        "Campaigners say rural Essex needs more buses",
        "Campaigners say rural Essex needs more buses after the county council cut 12 routes last year.",
        "Rescue ships from Tarragona and Marseille picked up more than 200 migrants on Sunday, aid groups said.",
        "The Gatwick Stream burst its banks in Crawley last winter, flooding several roads.",
    ]
)


def test_a_county_after_rural_a_city_listed_with_a_port_and_a_stream_are_places(write):
    types = _types(write, "places.txt", PLACES)
    assert types["Essex"] == "GPE"
    assert types["Marseille"] == "GPE"
    assert types["Tarragona"] == "GPE"
    assert types["Gatwick Stream"] == "LOC"
