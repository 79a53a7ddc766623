"""Names of the sky and of space missions, bodies named for what they do, bands and brands, and words of a role or
a faith that open a sentence or stand before a noun: typed as what they name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

SPACE = (
    "date 2026-03-11 Telescope spots water on distant planet\n\n"
    "Astronomers say they have found signs of water vapour in the atmosphere of a planet orbiting a star in the "
    "constellation Cetus, about 120 light years away.\n\n"
    "The planet will be a prime target for ESA's Ariel mission, due to launch in 2029. Nasa's Artemis mission, "
    "meanwhile, aims to return astronauts to the Moon.\n\n"
    "Unlike the planets of the Solar System, the world is thought to be covered by a deep ocean.\n"
)


def test_a_name_before_mission_after_an_owner_is_no_person():
    rows = _kinds(_entities_of(SPACE))
    assert rows["Ariel"] == ("PRODUCT", 1)
    assert rows["Artemis"] == ("PRODUCT", 1)
    assert rows["ESA"][0] == "ORG" and rows["Nasa"][0] == "ORG"
    # a people's mission stays a people
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Troops leave Mali\n\n"
            "The French mission to Mali ended on Monday after nine years, officials said.\n"
        )
    )
    assert rows["French"][0] == "NORP"


def test_places_of_the_sky_are_locations():
    rows = _kinds(_entities_of(SPACE))
    assert rows["Cetus"] == ("LOC", 1)
    assert rows["Solar System"] == ("LOC", 1)
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Cloud of new stars found\n\n"
            "Astronomers reported a star-forming cloud in the Andromeda galaxy, far beyond the Milky Way.\n"
        )
    )
    assert rows["Andromeda"] == ("LOC", 1)
    assert rows["Milky Way"] == ("LOC", 1)


def test_a_churchs_believers_word_is_a_religious_group():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Churches report rise in attendance\n\n"
            "A Pentecostal church in south London says its Sunday services now draw more than 2,000 people.\n\n"
            "Pentecostal congregations have grown fastest, according to research by the Bible Society published on "
            "Monday. The Mormon church said it would open two new chapels.\n"
        )
    )
    assert rows["Pentecostal"] == ("NORP", 2)
    assert rows["Mormon"] == ("NORP", 1)
    assert rows["Bible Society"][0] == "ORG"


def test_an_adjective_of_a_post_opening_a_sentence_is_no_club():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Wolves appoint new technical director\n\n"
            "Wolverhampton Wanderers have named Matt Hobbs as their new technical director.\n\n"
            "Sporting director Domenico Teixeira left the club in the summer to join Benfica.\n"
        )
    )
    assert "Sporting" not in rows
    assert rows["Domenico Teixeira"] == ("PERSON", 1)


def test_a_collective_is_a_body_and_a_brand_named_after_its_noun_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Ezra Collective to headline festival\n\n"
            "Ezra Collective will headline the Love Supreme festival in July, organisers said on Monday.\n\n"
            "In Bristol, the baby food brand Little Acorn said it had been bought by a larger rival. Little Acorn "
            "was founded in 2015 by two sisters.\n"
        )
    )
    assert rows["Ezra Collective"] == ("ORG", 2)
    assert rows["Little Acorn"] == ("ORG", 2)


def test_a_new_model_is_a_product_unless_a_person_of_the_article_bears_the_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Renault unveils a new Clio as sales recover\n\n"
            "Renault has unveiled a new Clio, the car maker's best-selling model, as it tries to win back buyers.\n\n"
            'Chief executive Luca de Meo said: "The Clio is the heart of our range."\n\n'
            "Some MPs say the Conservative party needs a new Thatcher. Others say Margaret Thatcher's era is gone.\n"
        )
    )
    assert rows["Clio"] == ("PRODUCT", 3)
    assert rows["Margaret Thatcher"] == ("PERSON", 2)


def test_a_body_named_for_what_it_is_for_is_read_whole():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Child poverty at record high, charity warns\n\n"
            "Imran Hussain, director of policy at Action for Children, said the cuts would hurt the poorest "
            "families.\n\n"
            "Scientists from the Harvard-Smithsonian Center for Astrophysics and the University of Cambridge also "
            "took part.\n"
        )
    )
    assert rows["Action for Children"] == ("ORG", 1)
    assert rows["Harvard-Smithsonian Center for Astrophysics"] == ("ORG", 1)
    assert rows["University of Cambridge"] == ("ORG", 1)
    assert "Action" not in rows and "Harvard-Smithsonian Center" not in rows


def test_a_body_with_a_small_word_opening_a_sentence_before_which_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Families cut back on food as prices rise\n\n"
            "Families across England are skipping meals to pay their bills, a survey has found.\n\n"
            "Action for Children, which carried out the survey, said one in five parents had gone without food.\n"
        )
    )
    assert rows["Action for Children"] == ("ORG", 1)


def test_a_name_ending_in_a_model_code_is_goods():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Apple loses top spot to Samsung\n\n"
            "Samsung shipped more smartphones than Apple in the first three months of the year, according to IDC.\n\n"
            "Samsung's Galaxy S25 sold strongly in Europe, the research firm said.\n"
        )
    )
    assert rows["Galaxy S25"] == ("PRODUCT", 1)
    assert rows["Samsung"][0] == "ORG"
