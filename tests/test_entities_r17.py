"""Names in kinds of news: an arts review and a markets report. Prizes before "winning" or
"winner", bodies "of" their members whatever their last word, and firms no reader read that act as firms."""

from __future__ import annotations

from test_entities import _entities_of, _kinds
from test_quotes import quoting as _row
from test_quotes import table


def test_a_prize_before_winning_or_winner_is_no_person_place_or_body():
    rows = _kinds(
        _entities_of(
            "date 2024-03-14 Oscar-winner Celia Marsh returns to the stage\n\n"
            "The Oscar-winning actress Celia Marsh is back in London. Bafta winner Tom Lee joins her.\n"
        )
    )
    assert rows["Oscar"][0] == "EVENT"
    assert rows["Bafta"][0] == "EVENT"
    assert rows["Celia Marsh"][0] == "PERSON" and rows["Tom Lee"][0] == "PERSON"


def test_in_a_match_report_the_winner_after_a_club_is_the_goal():
    rows = _kinds(
        _entities_of(
            "date 2024-03-14 Chelsea edge past Everton\n\n"
            "Chelsea beat Everton 2-1 in the Premier League at Stamford Bridge on Saturday. The Chelsea winner came "
            "from Cole Palmer in the 88th minute, his 12th goal of the season.\n\n"
            "Everton manager Sean Dyche said his side had deserved a draw.\n"
        )
    )
    assert rows["Chelsea"][0] == "ORG"


def test_a_body_of_its_members_is_an_organisation_whatever_its_last_word():
    """ "Society of London Theatre" ends in a building's word; "of" after "Society" makes it a body."""
    rows = _kinds(
        _entities_of(
            "date 2024-03-14 West End sales fall\n\n"
            "Ticket sales fell by 6 per cent in 2023, according to the Society of London Theatre, which blamed rail "
            "strikes. The Harold Pinter Theatre was full.\n"
        )
    )
    assert rows["Society of London Theatre"][0] == "ORG"
    assert rows["Harold Pinter Theatre"][0] == "FAC"


def test_a_firm_no_reader_read_is_found_by_its_its_or_its_list():
    """ "after Barclays cut its rating": the one whose "its" it is a firm; "Rio Tinto and Glencore": listed with a
    firm; and "The bank said" is Barclays, not the housebuilder it rated."""
    text = (
        "date 2024-10-09 FTSE 100 slips as miners fall\n\n"
        "Rio Tinto and Glencore were among the biggest fallers, losing 3.1% and 2.8% respectively.\n\n"
        'Shares in housebuilder Persimmon slipped 1.9% after Barclays cut its rating to "equal weight". The bank '
        "said higher mortgage rates were likely to slow sales until the spring.\n"
    )
    rows = _kinds(_entities_of(text))
    assert rows["Glencore"] == ("ORG", 1)
    assert rows["Barclays"] == ("ORG", 1)
    assert _row(table(text), "mortgage rates")["speaker"] == "Barclays"


def test_a_name_listed_with_people_or_owning_nothing_is_not_made_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2024-10-09 Council meets\n\n"
            "The council cut its budget on Monday. Anna Reid and Tom Hale voted against it, and Ofwat said nothing.\n"
        )
    )
    assert all(kind != "ORG" for name, (kind, _) in rows.items() if name in ("Anna Reid", "Tom Hale"))


def test_she_is_the_woman_named_before_a_person_whose_gender_is_not_shown():
    """ "Marsh's memoir is published by Faber. In it she describes …": Celia Marsh, a woman by her given name, not
    the publisher named after her in the same sentence."""
    found = table(
        "date 2024-03-14 Marsh returns\n\n"
        "Celia Marsh, 46, said she had always wanted to do Chekhov.\n\n"
        "Marsh's memoir is published by Faber next month. In it she says the years before her breakthrough were "
        "the happiest of her life.\n"
    )
    assert _row(found, "the happiest")["speaker"] == "Celia Marsh"


def test_an_index_that_opened_flat_is_an_index():
    rows = _kinds(
        _entities_of(
            "date 2024-10-09 Markets wait for the Fed\n\n"
            "In New York, the S&P 500 opened flat ahead of the release of minutes from the Federal Reserve's "
            "September meeting.\n"
        )
    )
    assert rows["S&P 500"][0] == "PRODUCT"
    assert "S&P" not in rows


def test_the_supermarket_is_the_supermarket_named_before():
    found = table(
        "date 2024-10-09 Tesco lifts forecast\n\n"
        "Tesco gained 2.5% after the supermarket raised its profit forecast. The supermarket said trade was "
        "strong.\n\n"
        "Pan Macmillan, which published the book in Britain, was pleased. The publisher said a sequel was due.\n"
    )
    assert _row(found, "trade was strong")["speaker"] == "Tesco"
    assert _row(found, "a sequel was due")["speaker"] == "Pan Macmillan"


def test_streets_in_a_police_appeal_are_streets_however_the_readers_read_them():
    """ "crossing Chorley New Road near its junction with Beaumont Road" (read as bodies), "found abandoned on
    Markland Hill Lane" (split by a reader into a body and a person): streets; "Nathan Lane" stays a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Police appeal after hit-and-run\n\n"
            "Police said the woman was crossing Chorley New Road near its junction with Beaumont Road when she was "
            "hit.\n\n"
            "The car did not stop. It was later found abandoned on Markland Hill Lane. Nathan Lane, a neighbour, "
            "called the police.\n"
        )
    )
    for street in ("Chorley New Road", "Beaumont Road", "Markland Hill Lane"):
        assert rows[street][0] == "FAC", street
    assert "Hill Lane" not in rows and "Markland" not in rows
    assert rows["Nathan Lane"][0] == "PERSON"


def test_mr_and_mrs_go_to_the_bearer_of_their_gender():
    """ "Mr Lee" beside "Ann Lee" and "her husband Tom Lee" is Tom Lee (not the one who is no one's relative), "Mrs
    Lee" Ann Lee; beside "Ann Lee" alone "Mr Lee" is a Lee of his own, never Ann."""
    couple = table(
        "date 2025-02-03 Shop closes after 20 years\n\n"
        "Ann Lee, 52, and her husband Tom Lee ran the shop for 20 years.\n\n"
        "Mr Lee said the rent had doubled. Mrs Lee said she was heartbroken.\n"
    )
    assert _row(couple, "rent had doubled")["speaker"] == "Tom Lee"
    assert _row(couple, "heartbroken")["speaker"] == "Ann Lee"
    alone = table(
        "date 2025-02-03 Shop closes after 20 years\n\n"
        "Ann Lee, 52, ran the shop for 20 years.\n\n"
        "Mr Lee said the rent had doubled. Ms Lee said she was sad.\n"
    )
    assert _row(alone, "rent had doubled")["speaker"] == "Lee"
    assert _row(alone, "she was sad")["speaker"] == "Ann Lee"


def test_not_commenting_and_declining_to_comment_say_nothing():
    found = table(
        "date 2024-10-09 Deputy president impeached\n\n"
        "Ruto has not commented publicly on the impeachment. His office declined to comment on the vote.\n\n"
        "Tom Hale said the deal was off.\n"
    )
    assert list(found["speaker"]) == ["Tom Hale"]


def test_a_name_that_owns_a_novel_or_a_husband_is_a_person():
    """ "Nadia Okafor's third novel" (read as an organisation by both readers in an interview): only people write
    novels or have husbands."""
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Nadia Okafor on her new novel\n\n"
            "Nadia Okafor's third novel, The Salt Road, follows a Lagos engineer who moves his family to Glasgow.\n"
        )
    )
    assert rows["Nadia Okafor"][0] == "PERSON"
