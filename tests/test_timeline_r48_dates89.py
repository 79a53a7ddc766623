"""Timeline: nights of a habit stay undated; a weekday the lead dates keeps its day when told again in the present."""

from datetime import datetime

from test_timeline_sentences import table

THURSDAY = datetime(2026, 3, 12, 9, 0)


def test_a_night_of_a_habit_or_stretch_is_no_night_in_particular():
    court = table(
        "Carter, 41, broke into the home of a 79-year-old widow on Tuesday.",
        '"She has not slept through the night since, and she has now moved," Ms Price told the court.',
        published=THURSDAY,
    )
    assert "the night" not in court["expression"].tolist()
    drilling = table(
        "Residents said on Monday that they had not slept through the night for weeks because of the drilling.",
        published=THURSDAY,
    )
    assert "the night" not in drilling["expression"].tolist()
    noise = table("Tenants said they cannot sleep through the night because of the noise.", published=THURSDAY)
    assert "the night" not in noise["expression"].tolist()
    # a night gone through is still last night, or the night of the story
    power = table("Engineers have worked through the night to restore power to 20,000 homes.", published=THURSDAY)
    assert power[power["expression"] == "the night"]["value"].tolist() == ["2026-03-11TNI"]
    boat = table(
        "The crew had not found the boat during the night, the coastguard said on Tuesday.", published=THURSDAY
    )
    # the night the coastguard's Tuesday statement came after, not the night before publication
    assert boat[boat["expression"] == "the night"]["value"].tolist() == ["2026-03-09TNI"]


def test_a_weekday_of_the_lead_told_again_in_the_present_is_that_day():
    wednesday = datetime(2026, 1, 22, 9, 0)  # a Thursday paper
    phone = table(
        "Samsung Electronics on Wednesday unveiled its Galaxy S27 smartphones in San Jose.",
        "Pre-orders open on Wednesday and the phones go on sale on February 6.",
        published=wednesday,
    )
    assert phone["date"].tolist() == ["2026-01-21", "2026-01-21", "2026-02-06"]
    console = table(
        "Nintendo on Tuesday announced a new handheld console.",
        "Pre-orders begin on Tuesday in Japan, and shipments start on March 20.",
        published=wednesday,
    )
    assert console["date"].tolist() == ["2026-01-20", "2026-01-20", "2026-03-20"]
    # another weekday, or a day told with "will", is still the one to come
    budget = table(
        "The council on Tuesday approved the budget.",
        "Consultation opens on Friday. The mayor will meet unions on Tuesday to discuss job cuts.",
        published=wednesday,
    )
    assert budget["date"].tolist() == ["2026-01-20", "2026-01-23", "2026-01-27"]
