"""Places, venues, bands and products in arts, festival, travel and launch news: a river and the land along it, a
hall named by its use, a venue a review's headline names, a band named like the District, a numbered terminal, an
event that dates a time, and a maker's model with its edition."""

from __future__ import annotations

import pytest
from test_entities import _entities_of, _kinds

# (headline, body, {entity: the types it may have}); a type of None: the name is no entity of the article
CASES = {
    "river gone along": (
        "Weekend guide",
        "A new footbridge along the Cam opened on Friday, and walkers were warned of floods.",
        {"Cam": {"LOC"}},
    ),
    "river gone along, again": (
        "Weekend guide",
        "London's cultural quarter along the Thames is bracing for its busiest weekend.\n\n"
        "Walkers along the Avon were warned of floods on Sunday, the agency said.",
        {"Thames": {"LOC"}, "Avon": {"LOC"}},
    ),
    "street gone along": (
        "Weekend guide",
        "The parade moved along the Strand before turning into Whitehall on Sunday.",
        {"Strand": {"FAC", "GPE", None}},
    ),
    "side of a river": (
        "Weekend guide",
        "Crowds are expected on the South Bank from Westminster to Blackfriars.\n\n"
        '"The South Bank is at its best when it is full," the curator said.',
        {"South Bank": {"GPE", "LOC", "FAC"}},
    ),
    "side of a river, again": (
        "Weekend guide",
        "Cafés on the Left Bank reopened on Monday after the strike, owners said.",
        {"Left Bank": {"GPE", "LOC", "FAC"}},
    ),
    "a bank's own name": (
        "Weekend guide",
        "Shares in Lloyds Bank fell 2% after the lender cut its forecast.",
        {"Lloyds Bank": {"ORG"}},
    ),
    "hall by its use and after a royal": (
        "Weekend guide",
        "Tickets for the free concert at the Royal Festival Hall on Saturday went by ballot, and a second "
        "performance will take place at the Queen Elizabeth Hall on Sunday.",
        {"Royal Festival Hall": {"FAC"}, "Queen Elizabeth Hall": {"FAC"}},
    ),
    "hall by its use, again": (
        "Council budget",
        "Councillors met at Leeds Town Hall on Tuesday to approve the budget.",
        {"Leeds Town Hall": {"FAC"}},
    ),
    "a person surnamed Hall": (
        "Weekend guide",
        '"We are thrilled," said Jerry Hall, who opened the show on Friday.',
        {"Jerry Hall": {"PERSON"}},
    ),
    "gallery queued outside, a hall read as a law": (
        "Late openings across London",
        "Visitors queued outside Tate Modern on Friday for the opening of its new show, while the Royal Festival "
        "Hall sold out its Christmas concerts within hours.",
        {"Tate Modern": {"FAC", "ORG"}, "Royal Festival Hall": {"FAC"}},
    ),
    "gallery stood outside, again": (
        "Climate protest",
        "Protesters gathered outside Tate Britain on Saturday, and hundreds more stood inside Tate Modern.",
        {"Tate Modern": {"FAC", "ORG"}},
    ),
    "venue of a review": (
        "Coldplay at Wembley Stadium review: dazzling and a little too long",
        "Chris Martin promised the loudest night of the year.\n\n"
        "Coldplay's return to Wembley Stadium was a two-hour spectacle.",
        {"Wembley Stadium": {"FAC"}},
    ),
    "venue of a review, with the": (
        "Blur at the O2 Arena review – older, wiser, louder",
        "The band opened with a new song and closed with an old one.\n\n"
        "It was their first show at the O2 Arena since 2019.",
        {"O2 Arena": {"FAC"}},
    ),
    "band named like the District": (
        "Festival review: Fontaines DC win over a soggy crowd",
        "Fontaines DC closed the Pyramid Stage on Friday night.\n\n"
        "Michael Eavis watched Fontaines DC from the side of the stage.",
        {"Fontaines DC": {"ORG"}, "Pyramid Stage": {"FAC"}},
    ),
    "the District's town": (
        "Senate vote",
        "The senator flew back to Washington DC on Monday for the vote.",
        {"Washington DC": {"GPE", "LOC"}},
    ),
    "numbered terminals": (
        "Heathrow chaos as power cut shuts Terminal 5",
        "A power failure forced the closure of Terminal 5 at Heathrow on Tuesday.\n\n"
        "Passengers at Terminal 5 were told not to travel, and flights from Terminal 3 were cancelled.",
        {"Terminal 5": {"FAC"}, "Terminal 3": {"FAC"}},
    ),
    "numbered terminal, again": (
        "Gatwick moves airlines",
        "Gatwick said easyJet flights would move to Terminal 2 from June.\n\n"
        "Terminal 2 will be rebuilt over the next three years, the airport said.",
        {"Terminal 2": {"FAC"}},
    ),
    "event dating a time": (
        "Samsung unveils new phones",
        "Samsung unveiled its new phones at Galaxy Unpacked in San Jose on Wednesday.\n\n"
        "Shares in Samsung rose 2.1% in Seoul after Galaxy Unpacked.",
        {"Galaxy Unpacked": {"EVENT"}},
    ),
    "event dating a time, again": (
        "Retail sales",
        "Sales of televisions have doubled since Black Friday, retailers said.",
        {"Black Friday": {"EVENT", None}},
    ),
    "model with its edition": (
        "Xiaomi 16 Ultra goes on sale",
        "Xiaomi began selling the Xiaomi 16 Ultra in Europe on Tuesday.\n\n"
        '"The Ultra is for people who care about photography," said Lu Weibing, Xiaomi\'s president.',
        {"Xiaomi 16 Ultra": {"PRODUCT"}, "Xiaomi": {"ORG"}, "Ultra": {"PRODUCT", None}, "The Ultra": {"PRODUCT", None}},
    ),
    "model with its edition, again": (
        "Honor phone launch",
        "Honor will sell the Honor 400 Pro from June, the company said.",
        {"Honor 400 Pro": {"PRODUCT"}},
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_places_venues_bands_and_models_are_typed_as_what_they_are(case):
    headline, body, expected = CASES[case]
    rows = _kinds(_entities_of(f"date 2026-11-14 {headline}\n\n{body}\n"))
    for name, types in expected.items():
        assert rows.get(name, (None, 0))[0] in types, (name, rows.get(name))
