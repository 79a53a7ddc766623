"""A county beside its council, railway lines and sea-floor troughs, a country's team, a body speaking beside a
person, languages and scripts at school, and a play counted each time it is named."""

from __future__ import annotations

from newsframe import pipeline


def _tables(write, name, text, date="2025-06-01"):
    return pipeline.analyze(write(name, text), date, use_cache=False).tables


def _kinds(write, name, text, date="2025-06-01"):
    """entity -> (entity_type, mentions) of a small article."""
    entities = _tables(write, name, text, date)["entities"]
    return {e: (t, int(n)) for e, t, n in zip(entities["entity"], entities["entity_type"], entities["mentions"])}


COUNCIL = "\n\n".join(
    [
        "Norfolk council approves £40m budget cuts",
        "Norfolk County Council has approved £40m of cuts to services, including the closure of three libraries.",
        "The vote was carried by 42 votes to 30 after a four-hour debate at County Hall in Norwich.",
        '"It was a sad day for Norfolk," said Labour councillor Steve Morphew. "People across Norfolk will lose '
        'services they rely on."',
        "The council's leader, Kay Mason Billig, said the authority had no choice. \"Norfolk said all along that the "
        'funding formula was unfair," she added.',
    ]
)


def test_a_county_for_the_land_it_serves_stays_the_place_beside_its_council(write):
    kinds = _kinds(write, "council.txt", COUNCIL)
    assert kinds["Norfolk"] == ("GPE", 2)  # "for Norfolk", "across Norfolk"
    assert kinds["Norfolk County Council"] == ("ORG", 3)  # the headline, the lead, "Norfolk said"


TUBE = "\n\n".join(
    [
        "Night Tube to return on two more lines",
        "The Night Tube will return on the Northern and Jubilee lines from next month, Sadiq Khan has announced.",
        '"Thousands of shift workers rely on these trains," Mr Khan said.',
        'The operator said it had recruited 200 new drivers. "We expect the trains to be busy," the operator added.',
    ]
)


def test_names_listed_before_lines_are_railway_lines(write):
    tables = _tables(write, "tube.txt", TUBE)
    entities = tables["entities"]
    kinds = dict(zip(entities["entity"], entities["entity_type"]))
    assert kinds["Northern"] == "FAC" and kinds["Jubilee"] == "FAC"
    # "the operator" is no railway line
    assert "Jubilee" not in set(tables["quotes"]["speaker"])


QUAKE = "\n\n".join(
    [
        "Japan warns of heightened risk of megaquake along Nankai Trough",
        "Japan's meteorological agency has issued its first warning of a heightened risk of a major earthquake along "
        "the Nankai Trough.",
        "The Nankai Trough is a 900km undersea subduction zone where the Philippine Sea plate slides beneath the "
        "Eurasian plate.",
    ]
)


def test_a_trough_is_land(write):
    assert _kinds(write, "quake.txt", QUAKE)["Nankai Trough"] == ("LOC", 3)


DAVIS = "\n\n".join(
    [
        "Norrie and Evans lead Britain to Davis Cup win",
        "Cameron Norrie and Dan Evans won their singles as Britain beat Finland 2-1 in the Davis Cup group stage.",
        "Evans beat Otto Virtanen in straight sets. Norrie then saw off Emil Ruusuvuori.",
        '"It was a great team effort," captain Leon Smith said.',
    ]
)


def test_a_country_team_is_named_as_the_country(write):
    kinds = _kinds(write, "davis.txt", DAVIS)
    assert kinds["Finland"] == ("GPE", 1)
    assert kinds["Britain"] == ("GPE", 2)


ULEZ = "\n\n".join(
    [
        "Ulez expansion: drivers face £12.50 charge from today",
        "The ultra-low emission zone has expanded to cover all of Greater London, despite opposition from outer "
        "boroughs.",
        "City Hall and Sadiq Khan insist the scheme will save lives.",
    ]
)

ULEZ_AFTER = "\n\n".join(
    [
        "Mayor defends Ulez expansion",
        "Sadiq Khan and City Hall insist the expansion of the ultra-low emission zone will save lives.",
        "The Conservative candidate Susan Hall said the scheme was a tax on drivers.",
    ]
)


def test_a_body_speaking_beside_a_person_is_named(write):
    tables = _tables(write, "ulez.txt", ULEZ)
    kinds = dict(zip(tables["entities"]["entity"], tables["entities"]["entity_type"]))
    assert kinds["City Hall"] == "ORG"
    assert list(tables["quotes"]["speaker"]) == ["City Hall and Sadiq Khan"]
    assert _kinds(write, "ulez2.txt", ULEZ_AFTER)["City Hall"] == ("ORG", 1)


SCHOOLS = "\n\n".join(
    [
        "Why more British children are learning Hindi",
        "Hindi is now taught in more than 80 schools in England, up from a dozen a decade ago.",
        "The number of pupils taking GCSE Urdu and Punjabi has also risen. Bengali and Tamil are offered at a "
        "handful of schools.",
        "Hindi, which has more than 600 million speakers, is written in the Devanagari script.",
        '"Children who speak Bengali or Urdu have a real asset," said head teacher Amina Khatun.',
    ]
)


def test_languages_at_school_and_a_script(write):
    kinds = _kinds(write, "schools.txt", SCHOOLS)
    assert kinds["Urdu"] == ("LANGUAGE", 2)
    assert kinds["Punjabi"] == ("LANGUAGE", 1)
    assert kinds["Bengali"] == ("LANGUAGE", 2)
    assert kinds["Tamil"] == ("LANGUAGE", 1)
    assert kinds["Devanagari"] == ("LANGUAGE", 1)
    assert "GCSE Urdu and Punjabi" not in kinds


PLAY = "\n\n".join(
    [
        "A Hamlet for the TikTok generation at the Globe",
        "Hamlet is back at Shakespeare's Globe, and this time the prince films himself.",
        "Director Sean Holmes has cast Francesca Amewudah-Rivers as Ophelia.",
        "George Fouracres plays Hamlet with a nervous energy that suits the Globe.",
    ]
)

SET_TEXT = "\n\n".join(
    [
        "Bradford schools add new set texts",
        "Pupils in Bradford will also study Hamlet from September.",
        "Teachers said Hamlet was chosen because students enjoyed it, and a production of Hamlet is planned at the "
        "Alhambra Theatre.",
    ]
)


def test_a_play_counts_each_time_it_is_named(write):
    assert _kinds(write, "play.txt", PLAY)["Hamlet"] == ("WORK_OF_ART", 3)
    assert _kinds(write, "set.txt", SET_TEXT)["Hamlet"] == ("WORK_OF_ART", 3)
