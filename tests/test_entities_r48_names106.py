"""Names in arts reviews (a festival, an album, a concert, an awards night) typed by what the article says of them:
a quoted song title after a verb of performing is a work, a name before "stage" is a stage, a name the next sentence
calls "the band" is a band, and a name read as a body's that "she" or "her" stands for is one performer's."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

FESTIVAL = (
    "date 2025-06-29 Glastonbury 2025: Dua Lipa and SZA light up Worthy Farm as Pulp return\n\n"
    "Glastonbury 2025 will be remembered as the year the Pyramid Stage belonged to women. SZA closed Saturday night "
    "with a set that mixed the hits of her album SOS with new songs, and she thanked the crowd for waiting through a "
    "long technical delay.\n\n"
    "Earlier in the day, Pulp played a surprise slot on the Pyramid Stage. Jarvis Cocker told the crowd that the band "
    'had not played the festival since 2011. The band opened with "Disco 2000" and closed with "Common People", '
    "which the audience sang back word for word.\n\n"
    "Over on the West Holts stage, Tame Impala drew one of the biggest crowds of the weekend. The band's frontman "
    'Kevin Parker said: "We never thought we\'d be back here." Tame Impala played "The Less I Know the Better" as '
    "the sun went down.\n\n"
    'On the Other Stage, Wet Leg were the surprise of the weekend. Emily Eavis said: "The farm needs a rest."\n'
)

ALBUM = (
    "date 2025-05-02 SZA's SOS Deluxe review: more of everything, and it mostly works\n\n"
    "SZA has never been one for brevity. The deluxe edition of her second album adds fifteen new songs, and on the "
    "best of them she sounds freer than ever.\n\n"
    'The opener, "Saturn", finds her singing about escape over a woozy beat. On "Drive" she sings of anger and '
    'forgiveness, and on "Diamond Boy" she trades verses with a whispering choir.\n\n'
    'The record closes with "Crybaby", a ballad in which she sings of her own self-doubt.\n'
)

CONCERT = (
    "date 2025-06-11 Pulp at the O2 Arena review – Jarvis Cocker is still the king of the awkward\n\n"
    "Pulp have nothing left to prove, but they came to prove it anyway. The Sheffield band played for two hours at "
    "the O2 Arena in London on Tuesday night.\n\n"
    'Jarvis Cocker opened with "Sorted for E\'s & Wizz" and then sang "Babies" while climbing on a speaker stack.\n\n'
    'The encore began with "Mis-Shapes" and ended, inevitably, with "Common People". Pulp play the O2 Arena again '
    "on Wednesday.\n"
)

AWARDS = (
    "date 2025-03-02 Brit Awards 2025: Charli XCX wins five as Dua Lipa takes home a prize\n\n"
    'Sabrina Carpenter won international artist of the year and performed "Espresso" in a pink suit.\n\n'
    'SZA won international song of the year for "Saturday Nights" with Kendrick Lamar. She accepted the prize by '
    "video from Los Angeles.\n\n"
    "Coldplay headlined the night's finale. The band played for twenty minutes.\n"
)


def test_a_festival_review_types_its_performers_songs_and_stages():
    rows = _kinds(_entities_of(FESTIVAL))
    assert rows["SZA"] == ("PERSON", 2)  # "her album", "she thanked": one performer, no body
    assert rows["Tame Impala"] == ("ORG", 2)  # "The band's frontman": a band
    assert rows["Pulp"] == ("ORG", 2)
    assert rows["Jarvis Cocker"] == ("PERSON", 1)  # his sentence names "the band" itself: not the band
    assert rows["Common People"] == ("WORK_OF_ART", 1)
    assert rows["Disco 2000"] == ("WORK_OF_ART", 1) and "Disco" not in rows
    assert rows["West Holts"] == ("FAC", 1)
    assert rows["Other Stage"] == ("FAC", 1)
    assert rows["Pyramid Stage"] == ("FAC", 2)


def test_an_album_review_types_its_singer_and_its_quoted_songs():
    rows = _kinds(_entities_of(ALBUM))
    assert rows["SZA"] == ("PERSON", 2)
    assert rows["Crybaby"] == ("WORK_OF_ART", 1)  # "closes with": a song, no person
    assert rows["Saturn"] == ("WORK_OF_ART", 1)
    assert rows["Drive"] == ("WORK_OF_ART", 1)
    assert rows["Diamond Boy"] == ("WORK_OF_ART", 1)


def test_a_concert_review_finds_the_band_the_next_sentence_names_and_its_set_list():
    rows = _kinds(_entities_of(CONCERT))
    assert rows["Pulp"] == ("ORG", 3)  # "The Sheffield band played": the headline's and both sentences' Pulp
    assert rows["Jarvis Cocker"] == ("PERSON", 2)
    assert rows["Sorted for E's & Wizz"] == ("WORK_OF_ART", 1)
    assert rows["Babies"] == ("WORK_OF_ART", 1)
    assert rows["Mis-Shapes"] == ("WORK_OF_ART", 1)
    assert rows["Common People"] == ("WORK_OF_ART", 1)


def test_an_awards_report_types_the_winners_by_what_follows_them():
    rows = _kinds(_entities_of(AWARDS))
    assert rows["SZA"] == ("PERSON", 1)  # "She accepted": Kendrick Lamar between is a man
    assert rows["Espresso"] == ("WORK_OF_ART", 1)
    assert rows["Saturday Nights"] == ("WORK_OF_ART", 1)
    assert rows["Coldplay"] == ("ORG", 1)
    assert rows["Sabrina Carpenter"] == ("PERSON", 1)


def test_bodies_a_pronoun_for_someone_else_follows_stay_bodies_and_only_a_performed_quotation_is_a_title():
    rows = _kinds(
        _entities_of(
            "date 2025-06-01 Broadcaster reviews presenter's contract\n\n"
            "The BBC reviewed her contract last year. Tim Davie said the corporation had acted quickly.\n\n"
            "Ferrari said he would be fit for the next race. The team's doctor confirmed the news.\n\n"
            'Unilever played down the report. The company said it "does not comment on speculation".\n\n'
            'The critic wrote that the play was "a monument to the British love of routine".\n\n'
            'At the launch party, the singer performed "Lovely Day" for the staff.\n'
        )
    )
    assert rows["BBC"][0] == "ORG"
    assert rows["Ferrari"][0] == "ORG"
    assert rows["Unilever"][0] == "ORG"
    assert [e for e, (t, _) in rows.items() if t == "WORK_OF_ART"] == ["Lovely Day"]
