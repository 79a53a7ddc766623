"""Names in news written elsewhere: a team named by two peoples' adjectives, a place inside a quoted title, a
publisher after "published by", a club's town that names the side in a match report, a brand after "sales of" and
the area councillors serve."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_coordinated_with_and_before_its_head_is_one_name():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Tour squad named\n\n"
            "Owen Farley will captain the English and Welsh Barbarians on their tour of Fiji, the selectors said.\n\n"
            "The English and Welsh Barbarians last toured in 2019.\n"
        )
    )
    assert rows.get("English and Welsh Barbarians", ("", 0)) == ("ORG", 2)
    assert "Welsh Barbarians" not in rows and "English" not in rows


def test_two_governments_named_by_their_peoples_stay_apart():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Talks resume\n\n"
            "The British and Irish Governments will meet in Belfast on Monday, officials said.\n"
        )
    )
    assert not any(" and " in entity for entity in rows)


def test_a_place_inside_a_quoted_title_is_a_word_of_the_title():
    rows = _kinds(
        _entities_of(
            "date 2024-10-11 Singer returns to the stage\n\n"
            "Lena Ostrova moved to Lisbon in 2002.\n\n"
            "On Friday she closed the concert with her version of “Nights in Cairo”, a song she first recorded "
            "in 1998.\n\n"
            "Her book “A Spring in Prague” is out next month.\n"
        )
    )
    assert rows["Nights in Cairo"][0] == "WORK_OF_ART"
    assert rows["A Spring in Prague"][0] == "WORK_OF_ART"
    assert "Cairo" not in rows and "Prague" not in rows
    assert rows["Lisbon"] == ("GPE", 1)  # a place named outside a title still counts


def test_a_quoted_name_of_a_body_stays_a_body():
    rows = _kinds(
        _entities_of(
            "date 2024-10-11 Bank warns\n\n"
            'The "Bank of Scotland" said on Monday that its New York office would close.\n'
        )
    )
    assert rows["Bank of Scotland"][0] == "ORG" and rows["New York"][0] == "GPE"


def test_who_publishes_or_releases_a_work_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 Poet's letters to be published\n\n"
            "Ida Brannock's collected letters will be published by Tessel in the autumn.\n\n"
            "Her last album, released by Corrin in 2011, sold poorly.\n\n"
            "A statement released by Dunlevy said she had been unwell.\n"
        )
    )
    assert rows["Tessel"][0] == "ORG"
    assert rows["Corrin"][0] == "ORG"
    assert rows["Ida Brannock"][0] == "PERSON"
    assert rows.get("Dunlevy", ("PERSON",))[0] != "ORG"  # a statement is no work: the rule says nothing


MATCH = (
    "date 2025-02-16 Yeovil United edge past Ashworth\n\n"
    "Yeovil United beat Ashworth 2-1 at Mill Park on Saturday.\n\n"
    "Ashworth went ahead through Rhys Morgan. Yeovil equalised before half-time when Tom Hale scored.\n\n"
    "Yeovil's goalkeeper, Liam Shaw, then saved a penalty. Yeovil manager Ann Rudd said the league was open.\n\n"
    "Many of the fans who travelled live in Yeovil itself.\n"
)


def test_a_clubs_town_that_names_the_side_counts_for_the_club():
    rows = _kinds(_entities_of(MATCH))
    # the headline, the first paragraph, "Yeovil equalised", "Yeovil's goalkeeper" and "Yeovil manager"; the town
    # the fans live in is no mention of the club
    assert rows["Yeovil United"] == ("ORG", 5)


def test_a_brand_after_sales_of_is_a_product():
    rows = _kinds(
        _entities_of(
            "date 2025-04-01 Snack maker's profits slip\n\n"
            "Hollin Snacks, the maker of Brambles crisps and Tovey biscuits, said profits fell by 6%.\n\n"
            "Sales of Brambles dropped by a tenth in the year.\n"
        )
    )
    assert rows["Brambles"] == ("PRODUCT", 2)
    assert rows["Tovey"][0] == "PRODUCT"
    assert rows["Hollin Snacks"][0] == "ORG"


def test_the_area_councillors_serve_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-11-06 Council tax rise agreed\n\n"
            "Councillors in Sefton have approved a 5% rise in council tax from April.\n\n"
            "Council leader Moira Baird said the increase was needed.\n"
        )
    )
    assert rows["Sefton"][0] in ("GPE", "LOC")


def test_what_someone_joins_as_a_member_of_staff_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Chemist dies aged 81\n\n"
            "Professor Ada Nwosu, whose work changed how cement is made, has died, the University of Leeds said.\n\n"
            "She came to Britain in 1962. She joined Leeds as a lecturer in 1971 and stayed for the rest of her "
            "career.\n"
        )
    )
    # the university named before by its town: counted for it, not as a person of its own
    assert rows.get("Leeds", ("ORG", 0))[0] != "PERSON"
    assert rows["University of Leeds"] == ("ORG", 2)
    assert rows["Ada Nwosu"][0] == "PERSON"


def test_a_club_before_a_role_of_two_words_is_a_club():
    rows = _kinds(
        _entities_of(
            "date 2025-01-14 Rovers sign striker\n\n"
            "Castlebridge Rovers have signed the striker Jonas Eriksen from Molde for £4m after a month of talks.\n\n"
            "Eriksen scored 19 goals in the league last season, and had a hat-trick in the cup.\n\n"
            "Molde's sporting director, Ingrid Haugen, said the club had accepted the offer with regret.\n"
        )
    )
    assert rows["Molde"][0] == "ORG"
    assert rows["Ingrid Haugen"][0] == "PERSON"


def test_rival_opening_a_sentence_is_no_word_of_the_name():
    rows = _kinds(
        _entities_of(
            "date 2025-03-05 Start-up unveils translator\n\n"
            "Vellum Labs has unveiled a pocket translator that works without a phone signal.\n\n"
            "Rival Timekettle, based in Shenzhen, sells a similar earpiece.\n"
        )
    )
    assert "Rival Timekettle" not in rows
    assert "Timekettle" in rows
