"""Entity types told by the words around a name: a post held "of" a body, goods "made by" a firm, a model's code,
a club signed "from" or left "for", a tournament ending in "Open", and a function word opening a quotation."""

from test_entities import _entities_of, _kinds

PHONE_LAUNCH = (
    "date 2026-01-22 Samsung bets on on-device AI as it unveils Galaxy S27\n\n"
    "SAN JOSE, California, Jan 21 (Reuters) - Samsung Electronics on Wednesday unveiled its Galaxy S27 phones, "
    "betting that artificial intelligence running on the device will lure buyers.\n\n"
    "The South Korean company showed off three models at its event in San Jose, with prices starting at $899. "
    "The top-end Galaxy S27 Ultra will cost $1,299 and comes with a 5,500 milliampere-hour battery.\n\n"
    '"This is the most personal phone we have ever made," TM Roh, head of Samsung\'s mobile business, told the '
    'audience. "Your assistant now lives on your device."\n\n'
    "The new phones use a chip made by Qualcomm in all markets, rather than Samsung's own Exynos processor. "
    "Samsung said the change improved battery life by about 12%."
)

XIAOMI_LAUNCH = (
    "date 2025-02-10 Xiaomi launches new flagship in Beijing\n\n"
    "BEIJING, Feb 10 - Xiaomi on Monday launched its latest flagship phone at an event in Beijing.\n\n"
    '"This is the fastest phone we have built," DJ Lu, head of Xiaomi\'s phone business, told the audience. '
    '"It lasts two days."\n\n'
    "The phone uses a modem made by Qualcomm and a screen built by BOE. The top-end Redmi K90 Ultra will cost "
    "5,999 yuan.\n\n"
    "Xiaomi shares rose 2% in Hong Kong."
)


def test_a_phone_launch_types_the_mobile_chief_the_chip_maker_and_the_model():
    rows = _kinds(_entities_of(PHONE_LAUNCH))
    assert rows["TM Roh"] == ("PERSON", 1)  # "TM Roh, head of Samsung's mobile business"
    assert rows["Qualcomm"] == ("ORG", 1)  # "a chip made by Qualcomm"
    assert rows["S27 Ultra"] == ("PRODUCT", 1)  # a model's code, no person's name
    assert rows["Samsung Electronics"][0] == "ORG"


def test_a_second_phone_launch_types_the_modem_maker_and_the_coded_model():
    rows = _kinds(_entities_of(XIAOMI_LAUNCH))
    assert rows["Qualcomm"] == ("ORG", 1)
    assert rows["BOE"] == ("ORG", 1)
    assert rows["K90 Ultra"] == ("PRODUCT", 1)
    assert rows["DJ Lu"] == ("PERSON", 1)


def test_clubs_a_player_is_signed_from_or_leaves_for_are_clubs():
    rows = _kinds(
        _entities_of(
            "date 2025-08-01 Newcastle sign Brazilian forward from Flamengo\n\n"
            "NEWCASTLE, Aug 1 - Newcastle United have signed forward Pedro from Flamengo for £30 million, the club "
            "said on Friday.\n\n"
            "Midfielder Sean Longstaff has left for Leeds United, and goalkeeper Martin Dubravka joined from "
            "Slovan Bratislava in 2018.\n\n"
            "Head coach Eddie Howe said the signing gave his side more options."
        )
    )
    assert rows["Flamengo"] == ("ORG", 2)
    assert rows["Slovan Bratislava"] == ("ORG", 1)  # "joined from Slovan Bratislava", read as a person's name
    assert rows["Leeds United"] == ("ORG", 1)
    assert rows["Martin Dubravka"] == ("PERSON", 1)


def test_a_transfer_round_up_types_the_clubs_left_for_and_signed_from():
    rows = _kinds(
        _entities_of(
            "date 2025-07-02 Tottenham sign Brazilian midfielder Andre from Fluminense\n\n"
            "LONDON, July 2 - Tottenham Hotspur have signed midfielder Andre from Fluminense for a fee of £20 "
            "million, the Premier League club said on Wednesday.\n\n"
            "Spurs also brought in defender Kevin Danso from Lens in January. Striker Richarlison has left for "
            "Palmeiras, while winger Bryan Gil joined from Sevilla two years ago.\n\n"
            '"He is a fantastic player and a fantastic person," manager Thomas Frank said.'
        )
    )
    assert rows["Palmeiras"] == ("ORG", 1)  # "has left for Palmeiras"
    assert rows["Sevilla"] == ("ORG", 1)
    assert rows["Richarlison"] == ("PERSON", 1)


def test_a_tournament_ending_in_open_is_an_event_not_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-07-13 Sinner beats Alcaraz to win first Wimbledon title\n\n"
            "LONDON, July 13 - Jannik Sinner beat Carlos Alcaraz to win his first Wimbledon title on Sunday.\n\n"
            "The Italian world number one, who lost to Alcaraz in an epic French Open final five weeks ago after "
            "holding three championship points, dropped the opening set but never looked back."
        )
    )
    assert rows["French Open"] == ("EVENT", 1)


def test_a_function_word_opening_a_quotation_is_no_word_of_the_name_after_it():
    rows = _kinds(
        _entities_of(
            "date 2025-06-06 Swiatek reaches final at Roland Garros\n\n"
            "PARIS, June 6 - Iga Swiatek reached her fourth French Open final on Friday, beating Coco Gauff in "
            "straight sets.\n\n"
            "Swiatek, who won the US Open in 2022, lost only four games. Gauff had beaten her at the Italian Open "
            "last month.\n\n"
            '"Without Coco pushing me, I would not be here," Swiatek said.'
        )
    )
    assert "Without Coco" not in rows
    assert rows["Coco Gauff"] == ("PERSON", 3)  # "Coco Gauff", "Gauff", and "Coco" of the quotation


def test_a_summit_quotation_opening_without_names_the_capital_alone():
    rows = _kinds(
        _entities_of(
            "date 2025-11-23 G20 leaders adopt declaration without the United States\n\n"
            "JOHANNESBURG, Nov 23 - Leaders of the Group of 20 adopted a declaration on Saturday without the United "
            "States, whose president Donald Trump stayed away.\n\n"
            'Analysts said the summit had produced more than many had expected. "Without Washington in the room, '
            'the others were freer to find language they could all live with," said Elizabeth Sidiropoulos, chief '
            "executive of the South African Institute of International Affairs."
        )
    )
    assert "Without Washington" not in rows
    assert rows["Washington"] == ("GPE", 1)
    assert rows["Elizabeth Sidiropoulos"] == ("PERSON", 1)
