"""Works, parts, regulators, languages and places named in arts, television and public-service news."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

THEATRE = (
    "date 2025-02-01 Waiting for Godot returns to the Old Vic with a bleak, funny edge\n\n"
    "By Sarah Hemming\n\n"
    "Waiting for Godot has rarely felt so urgent. In James Macdonald's revival at the Old Vic, Lucian "
    "Msamati and Ben Whishaw play the two tramps who pass the time on a country road.\n\n"
    "Samuel Beckett wrote Waiting for Godot in French in the late 1940s, and it was first staged in "
    "Paris in 1953. The play has since become one of the most performed works of the 20th century.\n\n"
    'Macdonald said the production was meant to be "funny first and sad second". By the second act the '
    "audience at the Old Vic was laughing and then silent.\n\n"
    "Fans of Waiting for Godot will find the staging spare. The run continues until 14 June."
)

TV = (
    "date 2025-02-01 ITV drama Mr Bates vs The Post Office wins top award\n\n"
    "Mr Bates vs The Post Office has been named drama of the year at the National Television Awards.\n\n"
    "The four-part series, starring Toby Jones as former sub-postmaster Alan Bates, told the story of "
    "the hundreds of branch owners wrongly prosecuted by the Post Office over faults in the Horizon "
    "computer system.\n\n"
    "Since Mr Bates vs The Post Office was broadcast in January, more than 1,000 new victims have come "
    'forward, according to lawyers. The Post Office said it was "deeply sorry" for the harm caused.\n\n'
    "Downton Abbey creator Julian Fellowes presented the award. Downton Abbey itself won the same prize "
    "in 2011.\n\n"
    'Jones said the success of the drama showed that television could still change things. "People were '
    'furious, and rightly so," he said.'
)

HAMLET = (
    "date 2025-02-01 A Hamlet for the TikTok generation at the Globe\n\n"
    "Hamlet is back at Shakespeare's Globe, and this time the prince films himself.\n\n"
    "Director Sean Holmes has cast Francesca Amewudah-Rivers as Ophelia, whose mad scene is played "
    "straight to a phone camera. Ophelia hands out flowers to the groundlings before drowning offstage.\n\n"
    "George Fouracres plays Hamlet with a nervous energy that suits the Globe. Ophelia's brother Laertes "
    "is played by Nadia Nadarajah.\n\n"
    "The production runs until October."
)

WATER = (
    "date 2025-02-01 Southern Water fined £90m for sewage spills\n\n"
    "Southern Water has been fined £90m for dumping raw sewage into rivers and the sea off Kent, "
    "Hampshire and Sussex.\n\n"
    "Ofwat said the firm had let customers down badly. The company will also have to return £11m to "
    "households through lower bills.\n\n"
    "Environmental campaigners said the penalty was too small. Ofwat declined to comment further while "
    "its inquiry continues."
)

ENERGY = (
    "date 2025-02-01 Energy firm fined £10m over prepayment meters\n\n"
    "Ofgem fined British Gas £10m on Thursday after the company forced vulnerable customers on to "
    "prepayment meters.\n\n"
    "The regulator found that agents working for the supplier had broken into homes to fit the meters. "
    "Ofgem said the money would go to a fund for struggling households.\n\n"
    "Separately, OFCOM said it would look into broadband price rises. Ofcom has already warned mobile "
    "firms about mid-contract increases.\n\n"
    "Organisers of a protest outside the Ofgem offices in London said more than 200 people had turned up."
)

WEMBLEY = (
    "date 2025-02-01 Wembley to host Champions League final again\n\n"
    "Wembley will host the Champions League final in 2028, Uefa has confirmed.\n\n"
    "The London stadium last staged the final in 2024, when Real Madrid beat Borussia Dortmund. "
    "Organisers said 90,000 tickets would go on sale next spring.\n\n"
    "Fans travelling to Wembley have been warned of engineering works on the Jubilee line. Organisers "
    "said they were working with Transport for London on extra services."
)

HINDI = (
    "date 2025-02-01 Why more British children are learning Hindi\n\n"
    "Hindi is now taught in more than 80 schools in England, up from a dozen a decade ago.\n\n"
    "Priya Sharma, who runs a Saturday school in Leicester, said many parents wanted their children to "
    'speak Hindi with grandparents in India. "Hindi is the language of the family," she said.\n\n'
    "The number of pupils taking GCSE Urdu and Punjabi has also risen. Bengali and Tamil are offered at "
    "a handful of schools.\n\n"
    "Hindi, which has more than 600 million speakers, is written in the Devanagari script."
)

URDU = (
    "date 2025-02-01 Translators wanted as Urdu speakers grow in Bradford\n\n"
    "Bradford council is looking for more translators as the number of residents who speak Urdu "
    "continues to rise.\n\n"
    "Leaflets will be printed in Urdu and Polish, the council said. Urdu is spoken in about one in ten "
    "homes in the city, and Swahili lessons have also been requested.\n\n"
    "Paris will host the summit in June. Leeds staged the race in 2014."
)

MUSICAL = (
    "date 2025-02-01 Finding Neverland musical heads to Manchester\n\n"
    "The musical Finding Neverland will open at the Palace Theatre in Manchester in March, its producers "
    "said.\n\n"
    "Fans who saw Finding Neverland in the West End will notice a new song in the second act. Coronation "
    "Street star Sue Cleaver joins the cast as Mrs du Maurier.\n\n"
    "Finding Neverland tells the story of JM Barrie and the family who inspired Peter Pan. Campaigners "
    "said ticket prices were too high, and plan a protest. Campaigners will meet on Friday."
)


def test_a_play_named_three_times_and_in_the_headline_counts_every_mention():
    rows = _kinds(_entities_of(THEATRE))
    assert rows["Waiting for Godot"] == ("WORK_OF_ART", 4)
    assert "Waiting for Godot in French" not in rows and rows["French"] == ("NORP", 1)


def test_a_musical_named_by_a_participle_counts_at_each_sentence_opening():
    rows = _kinds(_entities_of(MUSICAL))
    assert rows["Finding Neverland"] == ("WORK_OF_ART", 4)
    assert rows["Coronation Street"] == ("WORK_OF_ART", 1)  # "Coronation Street star Sue Cleaver"
    assert rows["Mrs du Maurier"] == ("PERSON", 1)  # "joins the cast as Mrs du Maurier"
    assert "Campaigners" not in rows


def test_a_drama_titled_vs_the_body_is_one_work_and_leaves_the_body_its_own_mentions():
    rows = _kinds(_entities_of(TV))
    assert rows["Mr Bates vs The Post Office"] == ("WORK_OF_ART", 3)
    assert rows["Post Office"] == ("ORG", 2)
    assert rows["Alan Bates"] == ("PERSON", 1)
    assert rows["Downton Abbey"] == ("WORK_OF_ART", 2)


def test_a_character_cast_and_played_is_a_person_and_so_are_the_actors():
    rows = _kinds(_entities_of(HAMLET))
    assert rows["Ophelia"] == ("PERSON", 3)
    assert rows["Francesca Amewudah-Rivers"] == ("PERSON", 1)
    assert rows["Nadia Nadarajah"] == ("PERSON", 1)


def test_a_regulator_named_alone_as_a_subject_is_a_body():
    rows = _kinds(_entities_of(WATER))
    assert rows["Ofwat"] == ("ORG", 2)
    rows = _kinds(_entities_of(ENERGY))
    assert rows["Ofgem"] == ("ORG", 3)
    assert "Organisers" not in rows


def test_a_stadium_hosting_a_final_is_the_place():
    rows = _kinds(_entities_of(WEMBLEY))
    assert rows["Wembley"] == ("GPE", 3)


def test_a_language_spoken_taught_or_written_in_is_a_language():
    rows = _kinds(_entities_of(HINDI))
    assert rows["Hindi"] == ("LANGUAGE", 5)
    rows = _kinds(_entities_of(URDU))
    assert rows["Urdu"] == ("LANGUAGE", 4) and rows["Swahili"] == ("LANGUAGE", 1)
    assert rows["Paris"] == ("GPE", 1)
