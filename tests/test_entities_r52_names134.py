"""British places, stations, hospitals, police forces, regions and a given name written like a rank."""

from test_entities import _entities_of, _kinds


def test_a_first_name_written_like_a_rank_stays_when_the_article_gives_her_a_civilian_honorific():
    rows = _kinds(
        _entities_of(
            "date 2024-02-16 Labour wins Wellingborough by-election\n\n"
            "Labour's Gen Kitchen has won the Wellingborough by-election with a majority of 6,436.\n\n"
            'Speaking at the count, Gen Kitchen said: "The people have voted for change."\n\n'
            "Ms Kitchen will take her seat in the Commons next week."
        )
    )
    assert rows["Gen Kitchen"][0] == "PERSON" and "Kitchen" not in rows


def test_a_general_keeps_his_rank_where_no_civilian_honorific_is_given():
    rows = _kinds(
        _entities_of(
            "date 2023-06-02 Army chief warns on troop numbers\n\n"
            "Gen Walker said the army was too small to fight a long war.\n\n"
            "Gen Walker, the chief of the general staff, told MPs that Mr Shapps had been briefed."
        )
    )
    assert "Walker" in rows and "Gen Walker" not in rows


def test_a_given_name_like_a_rank_before_a_man_called_mr_later():
    rows = _kinds(
        _entities_of(
            "date 2025-03-11 Councillor elected to lead Bedford group\n\n"
            "Councillors in Bedford chose Gen Okafor as their new leader on Tuesday evening.\n\n"
            "Mr Okafor, who has sat on the council since 2019, said he would focus on housing."
        )
    )
    assert "Gen Okafor" in rows and "Okafor" not in rows


def test_a_point_of_the_compass_before_and_shares_the_next_places_name():
    rows = _kinds(
        _entities_of(
            "date 2025-01-08 Hospitals under pressure\n\n"
            "Hospitals across West and North Yorkshire have reported rising numbers of flu patients.\n\n"
            "The West Yorkshire health partnership said beds were full."
        )
    )
    assert "West" not in rows
    assert rows["West Yorkshire"][0] == "GPE" and rows["North Yorkshire"][0] == "GPE"


def test_two_countries_sharing_a_name_after_their_points_of_the_compass():
    rows = _kinds(
        _entities_of(
            "date 2024-05-02 Talks on the peninsula\n\n"
            "Officials from North and South Korea met at the border village on Thursday.\n\n"
            "Unemployment rose in South and West Wales, the figures showed."
        )
    )
    assert "North" not in rows and "South" not in rows
    assert "North Korea" in rows and "South Korea" in rows and "South Wales" in rows


def test_a_region_named_by_a_county_and_the_river_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2024-10-03 Regional economy slows\n\n"
            "The economy of Yorkshire and the Humber grew more slowly than any other region, the ONS said.\n\n"
            "Firms in Yorkshire and the Humber reported fewer orders in September."
        )
    )
    assert rows["Yorkshire and the Humber"] == ("GPE", 2)
    assert "Humber" not in rows and "Yorkshire" not in rows


def test_a_region_named_whole_after_a_preposition_with_a_county_alone_elsewhere():
    rows = _kinds(
        _entities_of(
            "date 2025-02-12 Unemployment figures\n\n"
            "Unemployment fell in Yorkshire and the Humber but rose in Wales.\n\n"
            "Sheffield, the largest city in Yorkshire, saw the biggest fall."
        )
    )
    assert rows["Yorkshire and the Humber"][0] == "GPE" and "Humber" not in rows
    assert rows["Yorkshire"][0] == "GPE"


def test_an_article_of_the_noun_after_a_police_force_is_no_given_name():
    rows = _kinds(
        _entities_of(
            "date 2024-04-22 Woman injured in Bristol attack\n\n"
            "Avon and Somerset Police said officers were called at 2am.\n\n"
            "An Avon and Somerset Police spokesman said inquiries were continuing."
        )
    )
    assert rows["Avon and Somerset Police"] == ("ORG", 2)
    assert not any(e.startswith("An ") for e in rows)


def test_an_article_before_a_fire_service_and_its_spokeswoman():
    rows = _kinds(
        _entities_of(
            "date 2024-09-10 Crews tackle barn fire\n\n"
            "Crews were called to a barn fire near Keynsham at 3am on Tuesday.\n\n"
            "An Avon Fire and Rescue Service spokeswoman said no one had been hurt."
        )
    )
    assert rows["Avon Fire and Rescue Service"][0] == "ORG"
    assert not any(e.startswith("An ") for e in rows)


def test_a_junction_named_in_a_sentence_about_trains_is_a_station():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Signal failure hits commuters\n\n"
            "Passengers faced delays after a signalling fault at Clapham Junction cancelled trains.\n\n"
            "Services through Waterloo and Clapham Junction were cancelled, the railway said."
        )
    )
    assert rows["Clapham Junction"] == ("FAC", 2)


def test_a_parkway_station_listed_after_a_city_in_a_rail_sentence():
    rows = _kinds(
        _entities_of(
            "date 2025-06-03 Line closed after landslip\n\n"
            "Trains between Cardiff and Bristol Parkway will not run on Sunday, the railway operator said.\n\n"
            "Passengers were told to change at Swindon."
        )
    )
    assert rows["Bristol Parkway"][0] == "FAC"


def test_the_name_after_a_stations_concourse_is_the_station():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Evening of chaos for commuters\n\n"
            "Crowds built up on the concourse at Paddington as boards showed rows of cancellations.\n\n"
            "Passengers waited on the platforms at Reading for more than an hour."
        )
    )
    assert rows["Paddington"][0] == "FAC"


def test_a_town_opening_a_district_hospitals_name_is_part_of_it():
    rows = _kinds(
        _entities_of(
            "date 2025-01-08 Hospitals cancel operations\n\n"
            "Hospitals across the region reported similar pressures. Harrogate District Hospital and Airedale General "
            "Hospital have cancelled some planned operations.\n\n"
            "The trust said patients would be contacted."
        )
    )
    assert "Harrogate District Hospital" in rows and "District Hospital" not in rows


def test_a_town_before_a_general_hospital_read_apart():
    rows = _kinds(
        _entities_of(
            "date 2024-11-19 Patient moved after ward closure\n\n"
            "The ward was shut on Monday. Dewsbury District Hospital said the woman had been moved.\n\n"
            "Flu cases rose again. Scarborough General Hospital has also closed a ward to visitors."
        )
    )
    assert "Dewsbury District Hospital" in rows and "District Hospital" not in rows
    assert "Scarborough General Hospital" in rows


def test_a_name_trains_run_into_is_a_station_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-09-10 Trains cancelled after power failure\n\n"
            "South Western Railway said all services into Waterloo were suspended after a power failure.\n\n"
            "Waterloo was closed for two hours while engineers worked to restore power."
        )
    )
    assert rows["Waterloo"][0] == "FAC"


def test_a_name_passengers_travel_via_is_a_station_not_a_carmaker():
    rows = _kinds(
        _entities_of(
            "date 2024-09-10 Line blocked at Surbiton\n\n"
            "Passengers were advised to travel via Vauxhall and use the Underground.\n\n"
            "The line reopened at 4pm."
        )
    )
    assert rows["Vauxhall"][0] == "FAC"
