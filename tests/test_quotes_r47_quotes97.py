"""Who speaks under a description or a relative clause: "the research firm" is the body a figure was credited to,
"the consultancy" the one called so; both names before ", which said" speak; an unnamed spokesman answering a
question about a body speaks for it; "the NHS trust" is the trust whose name ends so, not "NHS"; and "the former
accountant" is the person described as one."""

from __future__ import annotations

from newsframe import pipeline

ALDI = "\n\n".join(
    [
        "Aldi overtakes Morrisons as fourth-largest supermarket",
        "Aldi has overtaken Morrisons to become Britain's fourth-largest supermarket, according to new figures.",
        "Aldi's sales rose 9% in the 12 weeks to 16 June, according to Kantar.",
        "Its market share climbed to 10.2%, the research firm said.",
        "Morrisons said it was confident its recovery plan was working.",
    ]
)

HALDEN = "\n\n".join(
    [
        "Retailer Halden Group shares fall after profit warning",
        "Shares in Halden Group fell 12% after the retailer warned that profits would be lower than expected.",
        "Footfall across UK high streets fell 3% in June, according to the consultancy Springboard.",
        "Spending was likely to stay weak into the autumn, the consultancy said.",
    ]
)

RAIL = "\n\n".join(
    [
        "Rail strike to halt trains across the north",
        "Train services across the north of England will be severely disrupted on Saturday as drivers walk out in "
        "a dispute over pay.",
        "Passengers have been told to travel only if necessary by TransPennine Express and Northern, which said "
        "most routes would have no trains at all.",
        "The Aslef union said its members had not had a pay rise for four years.",
    ]
)

FUEL = "\n\n".join(
    [
        "Chancellor under pressure over fuel duty",
        "Hauliers have urged the Treasury to cut fuel duty as diesel prices climb to a record high.",
        "The Road Haulage Association said firms were going out of business every week.",
        'Asked whether the Treasury would budge, a spokesman said: "We keep all taxes under review."',
    ]
)

LEEDS = "\n\n".join(
    [
        "Hospital cancels operations after IT failure",
        "Hundreds of operations have been cancelled in Leeds after a computer failure.",
        "Leeds Teaching Hospitals NHS Trust said the problem began on Monday morning.",
        "The NHS trust said patients would be contacted directly to rearrange appointments.",
    ]
)

CHARITY = "\n\n".join(
    [
        "Accountant stole £2m from charity, court hears",
        "Martin Hughes, 58, a former accountant from Bristol, is accused of stealing more than £2m from a "
        "children's charity over a decade.",
        "Prosecutor Anne Ward told Bristol Crown Court that he had treated the charity as his own bank.",
        "The former accountant admits taking the money but says he always meant to pay it back.",
    ]
)


def _rows(tmp_path, name: str, text: str) -> list[list]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    quotes = pipeline.analyze(path, "2025-06-20", use_cache=False).tables["quotes"]
    return quotes[["paragraph", "cue", "speaker", "speaker_text"]].values.tolist()


def test_the_research_firm_is_the_body_a_figure_was_credited_to(tmp_path):
    assert [3, "said", "Kantar", "the research firm"] in _rows(tmp_path, "aldi.txt", ALDI)


def test_the_consultancy_is_the_body_called_one(tmp_path):
    assert _rows(tmp_path, "halden.txt", HALDEN)[-1] == [3, "said", "Springboard", "the consultancy"]


def test_both_names_before_which_said_speak(tmp_path):
    assert _rows(tmp_path, "rail.txt", RAIL)[0] == [2, "said", "TransPennine Express and Northern", "which"]


def test_a_spokesman_answering_a_question_about_a_body_speaks_for_it(tmp_path):
    assert _rows(tmp_path, "fuel.txt", FUEL)[-1] == [3, "said", "Treasury", "a spokesman"]


def test_the_nhs_trust_is_the_trust_named_before(tmp_path):
    rows = _rows(tmp_path, "leeds.txt", LEEDS)
    assert rows[-1] == [3, "said", "Leeds Teaching Hospitals NHS Trust", "The NHS trust"]


def test_the_former_accountant_is_the_one_described_so(tmp_path):
    rows = _rows(tmp_path, "charity.txt", CHARITY)
    assert [3, "admits", "Martin Hughes", "The former accountant"] in rows
    assert [3, "says", "Martin Hughes", "The former accountant"] in rows


BINS = "\n\n".join(
    [
        "Council defends bin collection changes",
        "Residents in Hillingdon have criticised plans to move to fortnightly bin collections.",
        "Hillingdon Council said the change would save £2m a year.",
        "The Green Party said the plans were rushed.",
        'Asked about the council\'s plans, a spokesperson said: "No final decision has been taken."',
    ]
)


def test_a_spokesperson_asked_about_the_council_speaks_for_the_council_named_before(tmp_path):
    assert _rows(tmp_path, "bins.txt", BINS)[-1] == [4, "said", "Hillingdon Council", "a spokesperson"]
