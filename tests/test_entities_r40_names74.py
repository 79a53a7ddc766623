"""Names of news nobody here wrote: a subject after an opening phrase, works and prizes in obituaries and reviews,
historic events and regions."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_subject_after_an_opening_phrase_is_a_person_by_its_role_and_a_body_by_its_which():
    rows = _kinds(
        _entities_of(
            "date 2025-01-17 EU leaders split over Ukraine funding\n\n"
            "Speaking in Brussels, Scholz, the German chancellor, said on Thursday that Europe could not afford to "
            "let its support for Ukraine slip.\n\n"
            "Speaking in Davos, Microsoft, which has invested billions in OpenAI, said it expected artificial "
            "intelligence to raise output.\n\n"
            "Born in Ilford, Essex, in 1934, she trained at the Oxford Playhouse.\n"
        )
    )
    assert rows["Scholz"] == ("PERSON", 1)
    assert rows["Microsoft"] == ("ORG", 1)
    assert rows["Brussels"] == ("GPE", 1) and rows["Davos"] == ("GPE", 1)
    assert rows["Essex"] == ("GPE", 1)


OBITUARY = (
    "date 2025-01-17 Dame Joan Plowright, actor and widow of Laurence Olivier, dies aged 95\n\n"
    "Dame Joan Plowright, the acclaimed stage and screen actor, has died at the age of 95, her family said on "
    "Friday.\n\n"
    "Born in Brigg, Lincolnshire, in 1929, she trained at the Old Vic Theatre School and made her London debut in "
    "1954. She joined the Royal Court two years later and starred in John Osborne's The Entertainer, where she met "
    "Olivier.\n\n"
    "She won a Tony award in 1961 for A Taste of Honey and was nominated for an Oscar for her role in Enchanted "
    "April in 1992. Her later films included Tea with Mussolini and 101 Dalmatians.\n\n"
    'Kenneth Branagh, who directed her on stage, called her "a giant of British theatre".\n'
)


def test_an_obituary_s_prizes_are_prizes_and_its_works_are_whole_titles():
    rows = _kinds(_entities_of(OBITUARY))
    assert rows["Joan Plowright"] == ("PERSON", 2)
    assert rows["Oscar"] == ("EVENT", 1) and rows["Tony"] == ("EVENT", 1)
    for work in ("Enchanted April", "Tea with Mussolini", "101 Dalmatians", "A Taste of Honey", "The Entertainer"):
        assert rows[work] == ("WORK_OF_ART", 1), work
    assert rows["John Osborne"] == ("PERSON", 1)
    for piece in ("Tea", "Mussolini", "Dalmatians", "John Osborne's The Entertainer"):
        assert piece not in rows


def test_titles_listed_after_films_included_keep_their_small_words_and_split_at_and():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Dame Maggie Smith, star of Downton Abbey, dies aged 89\n\n"
            "Smith won an Oscar for her role in The Prime of Miss Jean Brodie in 1970 and a second for California "
            "Suite in 1979. She also won a Tony award for Lettice and Lovage in 1990.\n\n"
            "Her films included A Room with a View, Gosford Park and Harry Potter and the Philosopher's Stone. Her "
            "later films included The Lady in the Van and The Best Exotic Marigold Hotel.\n"
        )
    )
    for work in (
        "The Prime of Miss Jean Brodie",
        "California Suite",
        "Lettice and Lovage",
        "A Room with a View",
        "Gosford Park",
        "Harry Potter and the Philosopher's Stone",
        "The Lady in the Van",
        "The Best Exotic Marigold Hotel",
    ):
        assert rows[work] == ("WORK_OF_ART", 1), work
    assert "Jean Brodie" not in rows and "Van" not in rows
    assert rows["Oscar"] == ("EVENT", 1)


def test_a_review_s_title_is_one_work_in_its_headline_and_again_in_its_text():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 The Prime of Miss Jean Brodie review – a revival as sharp as ever\n\n"
            "Lia Williams made The Prime of Miss Jean Brodie her own at the Donmar Warehouse.\n\n"
            "Director Polly Findlay has previously staged California Suite and The Heidi Chronicles. Her cast "
            "includes Sarah Lancashire, who starred in Happy Valley, and Monica Dolan, who played Jo Hamilton in Mr "
            "Bates vs The Post Office. Dolan won two Baftas for her television work.\n"
        )
    )
    assert rows["The Prime of Miss Jean Brodie"] == ("WORK_OF_ART", 2)
    for work in ("California Suite", "The Heidi Chronicles", "Happy Valley", "Mr Bates vs The Post Office"):
        assert rows[work] == ("WORK_OF_ART", 1), work
    assert rows["Monica Dolan"] == ("PERSON", 2) and rows["Jo Hamilton"] == ("PERSON", 1)
    assert rows["Baftas"] == ("EVENT", 1)
    assert "Jean Brodie" not in rows and "Bates" not in rows


def test_events_of_history_and_sport_are_events_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-01-17 Why the Battle of Hastings still matters\n\n"
            "The Battle of Hastings in 1066 changed England for ever. A new exhibition at the British Museum also "
            "looks at the Holocaust.\n\n"
            "Rodri won the Ballon d'Or in Paris on Monday. Tom Pidcock will ride the Tour of Britain in September.\n"
        )
    )
    assert rows["Battle of Hastings"] == ("EVENT", 2)
    assert rows["Holocaust"] == ("EVENT", 1)
    assert rows["Ballon d'Or"] == ("EVENT", 1) and "Ballon" not in rows
    assert rows["Tour of Britain"] == ("EVENT", 1)


def test_lands_named_with_the_and_a_plural_of_land_are_places():
    rows = _kinds(
        _entities_of(
            "date 2025-01-17 Bus fares capped across the Midlands as rail strike looms\n\n"
            "Passengers in the Midlands and the Cotswolds face a week of disruption as train drivers walk out on "
            "Monday.\n\n"
            "Transport for Greater Manchester said its trams would run as normal, while West Midlands Trains said "
            "it would run a reduced timetable.\n\n"
            "Visitors to the Cotswolds were urged to check before travelling. Gareth Rowlands, a guide, said trade "
            "had been slow.\n"
        )
    )
    assert rows["Midlands"] == ("GPE", 2) and rows["Cotswolds"] == ("LOC", 2)
    assert rows["Gareth Rowlands"] == ("PERSON", 1)
    assert rows["Transport for Greater Manchester"] == ("ORG", 1) and rows["West Midlands Trains"] == ("ORG", 1)


def test_the_ashes_is_the_series_in_a_cricket_report():
    rows = _kinds(
        _entities_of(
            "date 2025-11-10 England name Bethell for Ashes opener as Stokes returns\n\n"
            "England have named Jacob Bethell in their squad for the first Ashes Test in Perth, with Ben Stokes fit "
            "to lead the side.\n\n"
            'Stokes said the Ashes was "the pinnacle" for any England cricketer.\n'
        )
    )
    assert rows["Ashes"][0] == "EVENT"
    assert rows["Ben Stokes"] == ("PERSON", 3)


def test_a_concert_review_s_song_and_prizes_and_a_novel_after_such_as():
    rows = _kinds(
        _entities_of(
            "date 2025-01-17 Kylie Minogue at the O2 review – a joyous night of disco\n\n"
            "Kylie Minogue played the O2 Arena in London on Saturday, the first of three nights.\n\n"
            "Minogue, who won a Grammy for Padam Padam last year, was nominated for a Brit award in January.\n\n"
            "Sarah Winman, whose books such as When God Was a Rabbit have sold widely, was in the crowd.\n"
        )
    )
    assert rows["Padam Padam"] == ("WORK_OF_ART", 1)
    assert rows["Grammy"] == ("EVENT", 1) and rows["Brit"] == ("EVENT", 1)
    assert rows["When God Was a Rabbit"] == ("WORK_OF_ART", 1)
    assert rows["Kylie Minogue"] == ("PERSON", 3)
