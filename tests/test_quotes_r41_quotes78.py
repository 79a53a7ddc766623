"""A product a company unveils, named by "called" in what it put out ("unveiled its range, including a new model
called the iPhone Air"), is a product: "the company" after it stands for the maker, never for the product."""

from __future__ import annotations

from newsframe import pipeline

PHONE = "\n\n".join(
    [
        "Apple unveils iPhone 17 with thinner design and bigger battery",
        "Apple unveiled its iPhone 17 range at its headquarters in Cupertino, California, on Tuesday, including a "
        "new model called the iPhone Air that is just 5.6mm thick.",
        "The company said the Air would cost $999 in the United States and go on sale on 19 September.",
        "Tim Cook, Apple's chief executive, told an audience of journalists and analysts that it was \"the biggest "
        'leap ever for iPhone".',
        "Shares in Apple fell 1.5% after the event.",
    ]
)

CAR = "\n\n".join(
    [
        "Renault launches new electric hatchback",
        "Renault unveiled its new electric range in Paris on Monday, including a small hatchback called the Renault "
        "Twingo that will cost less than 20,000 euros.",
        "The company said the Twingo would reach showrooms in March and be built in Slovenia.",
        "Shares in Renault rose 2% in Paris.",
    ]
)

TAKEOVER = "\n\n".join(
    [
        "Unilever agrees takeover of Dollar Shave Club",
        "Unilever has agreed to buy Dollar Shave Club, the online razor seller, for about $1bn, in its biggest deal "
        "in the United States for a decade.",
        "The company said the deal would give it a foothold in online sales and would be completed by the end of "
        "September.",
        "Michael Dubin, who founded Dollar Shave Club in 2011, said he would stay on as chief executive.",
    ]
)


def test_a_launched_model_named_by_called_is_a_product_not_the_company(write):
    tables = pipeline.analyze(write("phone.txt", PHONE), "2025-09-10", use_cache=False).tables
    quotes = tables["quotes"]
    assert quotes[["paragraph", "speaker", "speaker_text"]].values.tolist()[0] == [2, "Apple", "The company"]
    entities = tables["entities"].set_index("entity")
    # the model is named whole, "the iPhone Air", and "the Air" after it is the same product
    assert entities.loc["iPhone Air", "entity_type"] == "PRODUCT"
    assert "Air" in entities.loc["iPhone Air", "aliases"].split("|")
    assert entities.loc["Apple", "entity_type"] == "ORG"
    # a car launched the same way, and a takeover, where the company named is still the one "the company" stands for
    car = pipeline.analyze(write("car.txt", CAR), "2025-11-03", use_cache=False).tables["quotes"]
    assert car[["paragraph", "speaker", "speaker_text"]].values.tolist() == [[2, "Renault", "The company"]]
    deal = pipeline.analyze(write("deal.txt", TAKEOVER), "2016-07-20", use_cache=False).tables["quotes"]
    assert deal[["paragraph", "speaker", "speaker_text"]].values.tolist()[1:] == [
        [2, "Unilever", "The company"],
        [3, "Michael Dubin", "Michael Dubin"],
    ]


REVIEW = "\n\n".join(
    [
        "The Seagull review – Cate Blanchett is luminous in a restless Chekhov",
        "Thomas Ostermeier's production of The Seagull opened at the Barbican in London on Wednesday night, and it "
        "is a strange, uneven evening.",
        "Cate Blanchett plays Arkadina, the vain actress who cannot bear to grow old. She is funny and cruel in the "
        "first half, and heartbreaking in the last scene.",
        "Kodi Smit-McPhee is less sure as her son Konstantin. His long speech about new forms of theatre feels rushed.",
        "The set, by Magda Willi, is a field of tall grass that the actors wade through for almost three hours.",
        "The Seagull runs until 12 April. Tickets cost from £25 to £175.",
    ]
)


def test_a_surname_inside_a_headline_in_sentence_case_is_a_name_counted_alike_in_both_sentences(write):
    from newsframe import speakers

    tables = pipeline.analyze(write("review.txt", REVIEW), "2025-03-14", use_cache=False).tables
    entities, paragraphs = tables["entities"], tables["paragraphs"]
    # "Chekhov" ends the headline and "Thomas Ostermeier" opens the paragraph after it: no title of his
    assert "Chekhov" not in speakers.name_parts(entities, paragraphs)
    # capitalised inside a headline written as a sentence: a name, though a dictionary lists "chekhov" too
    assert speakers.headline_nouns(entities, speakers.headline_text(paragraphs)) == set()
    people = int((entities["entity_type"] == "PERSON").sum())
    orgs = int((entities["entity_type"] == "ORG").sum())
    silent = speakers.unheard(entities, tables["quotes"], paragraphs, tables["mentions"])
    assert "Chekhov" in set(silent["entity"])
    assert len(silent) == people + orgs
