"""Names in a transfer, a market report, a hostage release, a prison escape, a climbing record, a copyright trial, a
university table and a cup draw: a people or a town describing a club, a region of the world, a headline's short
form and an index without its number, a prison without its prefix, a name without its clan name, names a reader cut
short, a person's possessive beside a plural of firms, a song after "hit", two newspapers listed side by side and a
side's standing before its name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_people_or_a_town_before_side_or_club_is_no_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-08-28 Okafor joins Wrexham\n\n"
            "Chidi Okafor has joined Wrexham from Hearts. Okafor said joining the Welsh side was a dream.\n\n"
            "Manchester United face a trip to the Lancashire side Morecambe in the next round.\n"
        )
    )
    assert rows["Welsh"][0] == "NORP"
    assert rows["Lancashire"][0] == "GPE"


def test_a_region_of_the_world_is_land():
    rows = _kinds(
        _entities_of(
            "date 2026-11-29 Aid worker freed\n\n"
            "A British aid worker held hostage in the Sahel for 14 months has been released, the Foreign Office "
            "said on Saturday.\n"
        )
    )
    assert rows["Sahel"][0] == "LOC"


def test_a_headlines_short_form_and_an_index_without_its_number_fold_into_the_full_names():
    rows = _kinds(
        _entities_of(
            "date 2026-12-01 FTSE slips ahead of Bank decision\n\n"
            "Sterling held steady before the Bank of England's interest rate decision on Thursday.\n\n"
            "The FTSE 100 fell 0.6% to 8,214 points. Economists expect the Bank to hold rates at 4%.\n"
        )
    )
    assert rows["Bank of England"][1] == 3
    assert rows["FTSE 100"][1] == 2
    assert "Bank" not in rows and "FTSE" not in rows


def test_a_prison_named_without_its_prefix_is_the_prison():
    rows = _kinds(
        _entities_of(
            "date 2026-08-22 Inmates escape\n\n"
            "Two men were found to be missing from HMP Longmoor during a roll check on Saturday.\n\n"
            "The Prison Officers' Association said the escape was a disaster. Its chairman, Mark Fairhurst, said "
            "Longmoor was 40 staff short.\n"
        )
    )
    assert rows["HMP Longmoor"] == ("ORG", 2)
    assert rows["Prison Officers' Association"][0] == "ORG"
    assert "Longmoor" not in rows and "Prison Officers" not in rows


def test_a_name_without_its_last_word_and_a_number_word_before_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-05-21 Record climb\n\n"
            "The Nepali climber Kami Rita Sherpa reached the summit of Mount Everest for the 32nd time.\n\n"
            "Kami Rita, 56, reached the top at about 7.30am, according to Seven Summit Treks, the company that "
            "organised the expedition.\n"
        )
    )
    assert rows["Kami Rita Sherpa"] == ("PERSON", 2)
    assert "Kami Rita" not in rows
    assert "Seven Summit Treks" in rows and "Summit Treks" not in rows


def test_a_persons_own_plural_makes_no_firm_and_a_hit_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2026-11-12 Singer wins case\n\n"
            "The singer Jade Castell did not copy her 2023 hit Paper Moon, a jury in Los Angeles found.\n\n"
            "The jury rejected the claim by Marcus Hale that Castell and her producers had taken his melody.\n\n"
            "Castell, 31, wept as the verdict was read.\n"
        )
    )
    assert rows["Jade Castell"] == ("PERSON", 3)
    assert "Castell" not in rows
    assert rows["Paper Moon"][0] == "WORK_OF_ART"


def test_two_papers_listed_side_by_side_stay_two():
    rows = _kinds(
        _entities_of(
            "date 2026-09-19 St Andrews tops table\n\n"
            "St Andrews is first in the guide published by The Times and The Sunday Times on Friday.\n"
        )
    )
    assert "Times" in rows and "Sunday Times" in rows


def test_a_sides_standing_opening_a_sentence_is_no_part_of_its_name():
    rows = _kinds(
        _entities_of(
            "date 2026-12-08 Cup draw\n\n"
            "Tamworth will host Leeds United in the third round.\n\n"
            "Holders Crystal Palace were drawn away to Middlesbrough.\n"
        )
    )
    assert "Crystal Palace" in rows and "Holders Crystal Palace" not in rows
