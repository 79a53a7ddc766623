"""Entity mentions and canonical entities: each repair rule on sentences from several kinds of news, the tables'
schema and invariants, and the counts on the shipped article against a hand annotation."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample_articles import POLICE_APPEAL, TAKEOVER

from newsframe import article as article_mod
from newsframe import config, entities, nlp
from newsframe.article import Article, Paragraph

# Hand annotations: one row per canonical entity (entity, entity_type, mentions), headline included, counted by reading
# the article. Conventions: names are flat as in OntoNotes (the "Belarus" inside "Security Council of Belarus" is
# part of that organisation's name, not a mention of the country); canonical names drop a leading "the"; a
# person's surname alone counts towards the full name; nationalities (NORP) are included.
ANNOTATIONS = Path(__file__).parent / "annotations"
# The entity types the hand annotation covers: people, places, organisations and nationalities/groups.
ANNOTATED_TYPES = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"}


@pytest.fixture(scope="module")
def pipeline():
    """The project's cached spaCy pipeline."""
    return nlp.load()


def make_article(*texts: str, headline: str | None = None) -> Article:
    """An Article of the given body paragraphs (and headline as paragraph 0)."""
    paragraphs = ([Paragraph(0, headline)] if headline else []) + [
        Paragraph(i, t) for i, t in enumerate(texts, start=1)
    ]
    return Article(id="test", title=headline, published=None, updated=None, source="test", paragraphs=paragraphs)


def parsed(pipeline, *texts: str, headline: str | None = None):
    """(article, docs) for the given paragraphs, parsed by the model as the package does."""
    art = make_article(*texts, headline=headline)
    return art, [pipeline(p.text) for p in art.paragraphs]


def _spans(doc, text: str, spans: list[tuple[str, str]]) -> list:
    """Spans of `doc` for (surface, label) pairs, each at its first occurrence after the previous."""
    found, offset = [], 0
    for surface, label in spans:
        start = text.index(surface, offset)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        found.append(span)
        offset = start + len(surface)
    return found


def with_ents(pipeline, text: str, spans: list[tuple[str, str]], names: list[tuple[str, str]] | None = None):
    """A parsed Doc of `text` whose model entities are exactly `spans` ((surface, label), each its first occurrence
    after the previous) and whose name recogniser found `names` (PER, LOC, ORG, MISC); with `names` None, as if
    parsed without the recogniser, so that the rules work on the model's names alone."""
    doc = pipeline(text)
    doc.ents = _spans(doc, text, spans)
    if names is None:
        del doc.spans[nlp.NAMES_KEY]
    else:
        doc.spans[nlp.NAMES_KEY] = _spans(doc, text, names)
    return doc


def forced(pipeline, *paragraphs: tuple[str, list[tuple[str, str]]]):
    """(article, docs) whose docs carry the given model spans instead of the model's own, and no recogniser's."""
    art = make_article(*[text for text, _ in paragraphs])
    return art, [with_ents(pipeline, text, spans) for text, spans in paragraphs]


def read_by_both(pipeline, *paragraphs: tuple[str, list[tuple[str, str]], list[tuple[str, str]]]):
    """(article, docs) whose docs carry the given model spans and the given recogniser's names."""
    art = make_article(*[text for text, _, _ in paragraphs])
    return art, [with_ents(pipeline, text, spans, names) for text, spans, names in paragraphs]


def spans_of(mentions: pd.DataFrame) -> list[tuple[str, str]]:
    """(text, entity_type) of each mention, in order."""
    return list(zip(mentions["text"], mentions["entity_type"]))


# ------------------------------------------------------------------------------------------------------- trim


def test_trim_drops_leading_the_and_possessive(pipeline):
    """Crime: "the Metropolitan Police’s" counts as "Metropolitan Police"."""
    art, docs = forced(
        pipeline,
        ("Officers from the Metropolitan Police’s homicide unit attended.", [("the Metropolitan Police’s", "ORG")]),
    )
    mentions = entities.mentions_table(art, docs)
    assert spans_of(mentions) == [("Metropolitan Police", "ORG")]


def test_trim_straight_possessive_and_quotes(pipeline):
    """Business: a possessive with a straight apostrophe and surrounding quotes are not part of the name."""
    art, docs = forced(pipeline, ('Shares in "Unilever\'s" rivals fell.', [('"Unilever\'s"', "ORG")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("Unilever", "ORG")]


def test_trim_keeps_initials_dot(pipeline):
    """Politics: the final dot of "U.S." stays part of the name."""
    art, docs = forced(pipeline, ("Talks with the U.S. ended.", [("the U.S.", "GPE")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("U.S.", "GPE")]


# ----------------------------------------------------------------------------------------------------- titles


def test_title_stripped_from_person(pipeline):
    """Politics: "Prime Minister Rishi Sunak" as one PERSON span becomes "Rishi Sunak"."""
    art, docs = forced(
        pipeline,
        ("Prime Minister Rishi Sunak visited Leeds.", [("Prime Minister Rishi Sunak", "PERSON"), ("Leeds", "GPE")]),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("Rishi Sunak", "PERSON"), ("Leeds", "GPE")]


def test_nationality_before_title_becomes_norp(pipeline):
    """Politics: "French President Emmanuel Macron" becomes NORP "French" and PERSON "Emmanuel Macron"."""
    art, docs = forced(
        pipeline, ("French President Emmanuel Macron spoke.", [("French President Emmanuel Macron", "PERSON")])
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("French", "NORP"), ("Emmanuel Macron", "PERSON")]


def test_title_modifier_is_not_norp(pipeline):
    """Politics: "Foreign Minister Sergei Lavrov" drops "Foreign Minister" without inventing a group."""
    art, docs = forced(
        pipeline, ("Foreign Minister Sergei Lavrov arrived.", [("Foreign Minister Sergei Lavrov", "PERSON")])
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("Sergei Lavrov", "PERSON")]


def test_police_rank_stripped(pipeline):
    """Local crime: "Detective Inspector Sarah Jones" becomes "Sarah Jones"."""
    art, docs = forced(
        pipeline,
        ("Detective Inspector Sarah Jones said inquiries continue.", [("Detective Inspector Sarah Jones", "PERSON")]),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("Sarah Jones", "PERSON")]


def test_title_alone_is_left_alone(pipeline):
    """A PERSON span that is only a title keeps its text: no name to strip it from."""
    art, docs = forced(pipeline, ("The President said no.", [("President", "PERSON")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("President", "PERSON")]


def test_title_inside_org_untouched(pipeline):
    """Titles are only stripped from people: "General Motors" stays whole."""
    art, docs = forced(pipeline, ("General Motors cut jobs.", [("General Motors", "ORG")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("General Motors", "ORG")]


# ----------------------------------------------------------------------------------------------- glued prefix


def test_glued_prefix_split_with_the_model(pipeline):
    """Business, the model's own output: "Tesla Elon Musk" (PERSON) splits when Tesla is an ORG elsewhere."""
    art, docs = parsed(pipeline, "The chief executive of Tesla Elon Musk said sales rose, and Tesla shares fell.")
    mentions = entities.mentions_table(art, docs)
    assert ("Tesla", "ORG") in spans_of(mentions)
    assert ("Elon Musk", "PERSON") in spans_of(mentions)
    assert "Tesla Elon Musk" not in set(mentions["text"])
    assert (mentions["entity"] == "Tesla").sum() == 2


def test_glued_prefix_needs_evidence(pipeline):
    """Without the prefix tagged elsewhere as a place or organisation, a three-word person is kept whole."""
    art, docs = forced(pipeline, ("Tributes were paid to Mary Ann Evans.", [("Mary Ann Evans", "PERSON")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("Mary Ann Evans", "PERSON")]


def test_glued_prefix_leaves_two_word_names(pipeline):
    """Sport: "Jordan Henderson" is not split although Jordan the country is named too."""
    art, docs = forced(
        pipeline,
        ("Jordan Henderson scored against Jordan.", [("Jordan Henderson", "PERSON"), ("Jordan", "GPE")]),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("Jordan Henderson", "PERSON"), ("Jordan", "GPE")]


def test_glued_prefix_not_when_prefix_is_a_person(pipeline):
    """A prefix also tagged as a person elsewhere is a name part, not a glued place."""
    art, docs = forced(
        pipeline,
        ("Washington Irving wrote it.", [("Washington Irving", "PERSON")]),
        (
            "Washington Irving Smith and Washington met.",
            [("Washington Irving Smith", "PERSON"), ("Washington", "PERSON")],
        ),
    )
    assert "Washington Irving Smith" in set(entities.mentions_table(art, docs)["text"])


# ------------------------------------------------------------------------------------------- glued first name


def test_glued_first_name_moves_to_person(pipeline):
    """Politics: "the Pentagon John" (ORG) + "Kirby" (PERSON) becomes "Pentagon" + "John Kirby"."""
    art, docs = forced(
        pipeline,
        (
            "A spokesman for the Pentagon John Kirby said on Tuesday.",
            [("the Pentagon John", "ORG"), ("Kirby", "PERSON")],
        ),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("Pentagon", "ORG"), ("John Kirby", "PERSON")]


def test_glued_first_name_needs_adjacent_person(pipeline):
    """An organisation not followed directly by a person keeps its last word ("Manchester United")."""
    art, docs = forced(
        pipeline, ("Manchester United beat Arsenal.", [("Manchester United", "ORG"), ("Arsenal", "ORG")])
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("Manchester United", "ORG"), ("Arsenal", "ORG")]


def test_glued_first_name_keeps_a_name_seen_elsewhere(pipeline):
    """Sport: "Manchester United" named whole elsewhere keeps "United" even before a one-word person."""
    art, docs = forced(
        pipeline,
        ("Manchester United signed a striker.", [("Manchester United", "ORG")]),
        ("For Manchester United Rashford scored.", [("Manchester United", "ORG"), ("Rashford", "PERSON")]),
    )
    mentions = entities.mentions_table(art, docs)
    assert list(mentions["text"]) == ["Manchester United", "Manchester United", "Rashford"]


def test_name_key():
    """Names compare without case, dots or apostrophe style: "U.S." is "US", "O’Neill" is "O'Neill"."""
    assert entities.name_key("U.S.") == entities.name_key("US")
    assert entities.name_key("O’Neill") == entities.name_key("o'neill")
    assert entities.name_key("James C.  Kopp") == "james c kopp"
    assert entities.name_key("Putin") != entities.name_key("Vladimir Putin")


def test_glued_first_name_keeps_one_word_org(pipeline):
    """A one-word organisation before a surname is not emptied ("Chelsea" + "Palmer")."""
    art, docs = forced(pipeline, ("Chelsea Palmer scored.", [("Chelsea", "ORG"), ("Palmer", "PERSON")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("Chelsea", "ORG"), ("Palmer", "PERSON")]


# ----------------------------------------------------------------------------------------- organisation cue


def test_org_cue_relabels_newspaper(pipeline):
    """Media: a newspaper named in apposition is an organisation, not a facility."""
    art, docs = forced(pipeline, ("The newspaper Komsomolskaya Pravda reported it.", [("Komsomolskaya Pravda", "FAC")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("Komsomolskaya Pravda", "ORG")]


def test_org_cue_after_the_name(pipeline):
    """Media: "the Interfax news agency" with Interfax tagged as a work of art becomes an organisation."""
    art, docs = forced(pipeline, ("The Interfax news agency reported it.", [("Interfax", "WORK_OF_ART")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("Interfax", "ORG")]


def test_org_cue_leaves_places(pipeline):
    """Business: "a Boston bank" says where the bank is; Boston stays a place."""
    art, docs = forced(pipeline, ("A Boston bank failed.", [("Boston", "GPE")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("Boston", "GPE")]


def test_royal_title_kept(pipeline):
    """Politics: "King Hussein" keeps its title: it is how he is named, and "Hussein" alone is ambiguous."""
    art, docs = forced(pipeline, ("King Hussein returned to Amman.", [("King Hussein", "PERSON"), ("Amman", "GPE")]))
    assert spans_of(entities.mentions_table(art, docs))[0] == ("King Hussein", "PERSON")


def test_org_cue_leaves_people(pipeline):
    """Business: "company founder Elon Musk" keeps PERSON."""
    art, docs = forced(pipeline, ("The company founder Elon Musk spoke.", [("Elon Musk", "PERSON")]))
    assert spans_of(entities.mentions_table(art, docs)) == [("Elon Musk", "PERSON")]


# ------------------------------------------------------------------------------------------ folding and votes


def test_fold_surname_into_full_name(pipeline):
    """Local crime: "Smith" joins "John Smith"."""
    art, docs = parsed(pipeline, "Police named the victim as John Smith, 34.", "Smith was stabbed in Leeds.")
    mentions = entities.mentions_table(art, docs)
    table = entities.entities_table(mentions)
    row = table.set_index("entity").loc["John Smith"]
    assert row["mentions"] == 2 and row["paragraphs"] == 2 and row["aliases"] == "John Smith|Smith"
    assert "Smith" not in set(table["entity"])


def test_shared_surname_stays_apart(pipeline):
    """Politics: "Clinton" is not folded when both Bill and Hillary Clinton are named."""
    art, docs = parsed(pipeline, "Bill Clinton and Hillary Clinton arrived.", "Clinton said it was late.")
    table = entities.entities_table(entities.mentions_table(art, docs)).set_index("entity")
    assert table.loc["Clinton", "mentions"] == 1
    assert table.loc["Bill Clinton", "mentions"] == 1 and table.loc["Hillary Clinton", "mentions"] == 1


def test_fold_only_people(pipeline):
    """A place is not folded into an organisation whose name ends with it."""
    art, docs = forced(
        pipeline,
        ("The Bank of England raised rates.", [("The Bank of England", "ORG")]),
        ("England is in recession.", [("England", "GPE")]),
    )
    table = entities.entities_table(entities.mentions_table(art, docs)).set_index("entity")
    assert table.loc["England", "mentions"] == 1 and table.loc["Bank of England", "mentions"] == 1


def test_fold_names_unit():
    """fold_names: the one fuller name wins; two distinct fuller names keep the short one; chains resolve."""
    people = ["putin", "vladimir putin", "clinton", "bill clinton", "hillary clinton", "v putin"]
    target = entities.fold_names(people, people)
    assert target["putin"] == "putin"  # "vladimir putin" and "v putin" are two different fuller names
    assert target["clinton"] == "clinton" and target["bill clinton"] == "bill clinton"
    people = ["putin", "vladimir putin", "kamala harris", "harris"]
    target = entities.fold_names(people, people)
    assert target["putin"] == "vladimir putin" and target["harris"] == "kamala harris"


NAME_PARTS = ["anna", "b", "lee", "kim", "park", "jo", "lee-park"]


@settings(max_examples=200, deadline=None)
@given(st.sets(st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=8))
def test_fold_names_properties(names):
    """A name folds only into a fuller target that it is a short form of, and folding twice changes nothing."""
    targets = {n for n in names if len(n.split()) > 1}
    folded = entities.fold_names(names, targets)
    for key, target in folded.items():
        assert target == key or (target in targets and any(entities._extends(key.split(), t.split()) for t in targets))
        assert len(target.split()) >= len(key.split())
        assert entities.fold_names([target], targets)[target] == target


def test_fold_names_middle_initials():
    """Crime: "James Kopp" and "Kopp" join "James C. Kopp"; "George W. Bush" never joins "George H. W. Bush"."""
    people = ["james c kopp", "james kopp", "kopp"]
    assert set(entities.fold_names(people, people).values()) == {"james c kopp"}
    people = ["george w bush", "george h w bush", "george bush", "bush"]
    target = entities.fold_names(people, people)
    assert target == {key: key for key in people}


def test_fold_per_mention_label(pipeline):
    """History: "Washington" the city stays a place while "Washington" the man joins "George Washington"."""
    art, docs = forced(
        pipeline,
        ("George Washington crossed the river.", [("George Washington", "PERSON")]),
        ("Later Washington rested in Washington.", [("Washington", "PERSON"), ("Washington", "GPE")]),
        ("Washington grew.", [("Washington", "GPE")]),
    )
    mentions = entities.mentions_table(art, docs)
    assert list(mentions["entity"]) == ["George Washington", "George Washington", "Washington", "Washington"]
    table = entities.entities_table(mentions).set_index("entity")
    assert table.loc["Washington", "entity_type"] == "GPE" and table.loc["George Washington", "entity_type"] == "PERSON"


def test_fold_mislabelled_surname_by_majority(pipeline):
    """A surname the model mostly tags PERSON folds even where it tagged it ORG once."""
    art, docs = forced(
        pipeline,
        ("Dr Barnett Slepian was shot.", [("Barnett Slepian", "PERSON")]),
        (
            "Slepian worked here. Slepian lived there. Slepian had sons.",
            [("Slepian", "PERSON"), ("Slepian", "ORG"), ("Slepian", "PERSON")],
        ),
    )
    table = entities.entities_table(entities.mentions_table(art, docs))
    assert list(zip(table["entity"], table["mentions"], table["entity_type"])) == [("Barnett Slepian", 4, "PERSON")]


def test_title_case_headline_defines_no_fuller_name(pipeline):
    """A Title Case headline's "Reviews Mila" (model error) does not absorb the body's "Mila"."""
    art, docs = forced(
        pipeline,
        ("Court Reviews Mila's Guardians", [("Reviews Mila", "PERSON")]),
        ("Mila arrived in Leeds.", [("Mila", "PERSON"), ("Leeds", "GPE")]),
    )
    art.paragraphs[0] = Paragraph(0, art.paragraphs[0].text)
    mentions = entities.mentions_table(art, docs)
    assert dict(zip(mentions["text"], mentions["entity"]))["Mila"] == "Mila"


def test_is_title_case():
    """Title Case headlines are told apart from sentence-case ones."""
    assert entities.is_title_case("Court Reviews Mila's Guardians After Long Delay")
    assert not entities.is_title_case("Russian President Vladimir Putin is visiting Belarus for the first time")


def test_label_vote(pipeline):
    """Sport: "Chelsea" tagged ORG twice and GPE once is an ORG entity, every mention of it typed so; the repairs
    table keeps what the model said."""
    art, docs = forced(
        pipeline,
        ("Chelsea won.", [("Chelsea", "ORG")]),
        ("Chelsea lost.", [("Chelsea", "GPE")]),
        ("Chelsea drew.", [("Chelsea", "ORG")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert list(mentions["entity_type"]) == ["ORG", "ORG", "ORG"]
    assert entities.entities_table(mentions).loc[0, "entity_type"] == "ORG"
    assert ("type", "Chelsea: model ORG 2, GPE 1", "ORG") in set(
        zip(repairs["rule"], repairs["before"], repairs["after"])
    )


def test_vote_entity_type_tie_goes_to_first():
    """A tied vote goes to the earliest mention's type."""
    assert entities.vote_entity_type(["GPE", "ORG"]) == "GPE"
    assert entities.vote_entity_type(["ORG", "GPE", "GPE"]) == "GPE"


def test_dropped_labels(pipeline):
    """Dates, numbers and money are not entities here."""
    art, docs = parsed(pipeline, "On Monday 2,000 workers at Ford in Detroit lost $5 million.")
    mentions = entities.mentions_table(art, docs)
    assert set(mentions["entity_type"]) <= set(entities.KEPT_LABELS)
    assert not any(t in set(mentions["text"]) for t in ("Monday", "2,000", "$5 million"))


# ------------------------------------------------------------------------------------------- tables and schema


def test_mentions_schema_offsets_and_sentences(pipeline):
    """Every mention's text is its paragraph's text at its offsets; sentence numbers match sentences.csv."""
    art, docs = parsed(
        pipeline,
        "Angela Merkel met Joe Biden in Berlin. Merkel later flew to Paris.",
        "Biden’s aides said the White House was pleased.",
        headline="Merkel and Biden meet in Berlin",
    )
    mentions = entities.mentions_table(art, docs)
    assert list(mentions.columns) == entities.MENTION_COLUMNS
    texts = {p.number: p.text for p in art.paragraphs}
    assert all(texts[r.paragraph][r.start_char : r.end_char] == r.text for r in mentions.itertuples())
    sentences = article_mod.sentences_table(art, docs)
    for r in mentions.itertuples():
        s = sentences[(sentences["paragraph"] == r.paragraph) & (sentences["sentence"] == r.sentence)].iloc[0]
        assert s.start_char <= r.start_char and r.end_char <= s.end_char
    assert 0 in set(mentions["paragraph"])  # the headline counts
    assert (mentions["text"] == "Biden").any() and not mentions["text"].str.endswith("’s").any()


def test_entities_table_schema_and_order(pipeline):
    """entities.csv has the documented columns, sorted by mentions then name, and counts add up."""
    art, docs = forced(
        pipeline,
        ("Apple and Google sued Microsoft.", [("Apple", "ORG"), ("Google", "ORG"), ("Microsoft", "ORG")]),
        ("Google won. Apple appealed. Google celebrated.", [("Google", "ORG"), ("Apple", "ORG"), ("Google", "ORG")]),
    )
    mentions = entities.mentions_table(art, docs)
    table = entities.entities_table(mentions)
    assert list(table.columns) == entities.ENTITY_COLUMNS
    assert table["mentions"].sum() == len(mentions)
    keys = list(zip(-table["mentions"], table["entity"].str.casefold()))
    assert keys == sorted(keys)
    assert table.loc[0, "entity"] == "Google" and table.loc[0, "mentions"] == 3


def test_empty_article(pipeline):
    """An article without names gives empty tables with the right columns."""
    art, docs = parsed(pipeline, "it rained all day and nobody came.")
    mentions = entities.mentions_table(art, docs)
    assert mentions.empty and list(mentions.columns) == entities.MENTION_COLUMNS
    assert list(entities.entities_table(mentions).columns) == entities.ENTITY_COLUMNS


WORDS = [
    "Paris",
    "Ms",
    "Smith",
    "the",
    "Kremlin",
    "’s",
    "said",
    "and",
    "President",
    "Jones",
    "of",
    "Bank",
    "Ford",
    ".",
    ",",
    "in",
    "Lagos",
    "'s",
    '"',
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_offsets_hold_for_any_text(pipeline, words):
    """Whatever the text, mentions are non-empty, inside their paragraph and equal to its text at their offsets."""
    text = " ".join(words)
    art, docs = parsed(pipeline, text)
    mentions = entities.mentions_table(art, docs)
    for r in mentions.itertuples():
        assert 0 <= r.start_char < r.end_char <= len(text)
        assert text[r.start_char : r.end_char] == r.text and r.text.strip() == r.text
        assert r.sentence >= 1


def test_top_entities_does_not_cut_ties():
    """The chart leaves out a run of tied counts at its cut rather than picking among them alphabetically."""
    table = pd.DataFrame(
        {
            "entity": list("ABCDEFGH"),
            "entity_type": ["PERSON"] * 8,
            "mentions": [9, 8, 7, 6, 5, 1, 1, 1],
            "paragraphs": [1] * 8,
            "first_paragraph": [1] * 8,
            "aliases": list("ABCDEFGH"),
        }
    )
    assert list(entities.top_entities(table, n=6)["entity"]) == list("ABCDE")
    assert len(entities.top_entities(table, n=3)) == 3


# ------------------------------------------------------------------------------------ the shipped article


def read_annotation(path: Path) -> dict[str, tuple[str, int]]:
    """Hand annotation: canonical entity -> (entity_type, mentions)."""
    with path.open(encoding="utf-8") as f:
        return {row["entity"]: (row["entity_type"], int(row["mentions"])) for row in csv.DictReader(f)}


def count_scores(gold: dict[str, int], predicted: dict[str, int]) -> tuple[float, float]:
    """Precision and recall of per-entity mention counts: matched mentions are min(gold, predicted) per entity."""
    matched = sum(min(n, predicted.get(e, 0)) for e, n in gold.items())
    return matched / max(1, sum(predicted.values())), matched / max(1, sum(gold.values()))


def test_count_scores_unit():
    """count_scores penalises a missing entity (recall), a spurious one (precision) and a wrong count (both)."""
    assert count_scores({"A": 2, "B": 1}, {"A": 2, "B": 1}) == (1.0, 1.0)
    assert count_scores({"A": 2, "B": 1}, {"A": 2}) == (1.0, 2 / 3)
    assert count_scores({"A": 2}, {"A": 2, "C": 2}) == (0.5, 1.0)
    assert count_scores({"A": 2}, {"A": 3}) == (2 / 3, 1.0)


@pytest.fixture(scope="module")
def shipped(seed_analysis):
    """(article, gold annotation, entities table) of the shipped article."""
    art = seed_analysis.article
    gold = read_annotation(ANNOTATIONS / f"{art.id}.entities.csv")
    table = entities.entities_table(entities.mentions_table(art, seed_analysis.docs))
    return art, gold, table


def test_shipped_article_counts_match_hand_annotation(shipped):
    """Every person, place, organisation and nationality counted exactly, nothing spurious (precision = recall = 1)."""
    _, gold, table = shipped
    predicted = {r.entity: r.mentions for r in table.itertuples() if r.entity_type in ANNOTATED_TYPES}
    precision, recall = count_scores({e: n for e, (_, n) in gold.items()}, predicted)
    wrong = {
        e: (gold.get(e, (None, 0))[1], predicted.get(e, 0))
        for e in set(gold) | set(predicted)
        if gold.get(e, (None, 0))[1] != predicted.get(e, 0)
    }
    assert (precision, recall) == (1.0, 1.0), f"(gold, predicted) differ: {wrong}"


def test_shipped_article_people_labelled_people(shipped):
    """Every annotated person is labelled PERSON and nothing else is."""
    _, gold, table = shipped
    types = dict(zip(table["entity"], table["entity_type"]))
    assert {e for e, (t, _) in gold.items() if t == "PERSON"} == {e for e, t in types.items() if t == "PERSON"}


# ------------------------------------------------------------------------------------------- other news


DEV_ARTICLES = 25  # enough varied news to catch a rule misfiring, few enough to stay fast


@pytest.fixture(scope="module")
def dev_articles():
    """(article, docs) of the first dev-data TimeML articles; skipped when the dev data is absent."""
    import importlib.util

    files = sorted(config.DEV_DATA_DIR.glob("tempeval3-train/*/*.tml"))[:DEV_ARTICLES]
    if not files:
        pytest.skip(f"TempEval-3 dev data absent ({config.DEV_DATA_DIR / 'tempeval3-train'})")
    spec = importlib.util.spec_from_file_location(
        "entities_devdata", config.PROJECT_ROOT / "benchmarks" / "entities_devdata.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    out = []
    for path in files:
        art = article_mod.parse_article(bench.tml_article_text(path), source=path)
        out.append((art, nlp.article_docs(art)))
    return out


def test_devdata_offsets_and_merges(dev_articles):
    """On other news: offsets hold, and every alias of an entity is the entity's name, a short form of it, or a name
    the text gives it."""
    for art, docs in dev_articles:
        mentions, repairs = entities.extract_mentions(art, docs)
        given = set(
            zip(repairs.loc[repairs["rule"] == "alias", "before"], repairs.loc[repairs["rule"] == "alias", "after"])
        )
        texts = {p.number: p.text for p in art.paragraphs}
        assert all(texts[r.paragraph][r.start_char : r.end_char] == r.text for r in mentions.itertuples())
        for entity, group in mentions.groupby("entity"):
            full = entities.name_key(entity).split()
            for alias in set(group["text"]):
                short = entities.name_key(alias).split()
                acronym = alias.replace(".", "").upper() in entities.spelled_initials(entity)
                first_words = full[: len(short)] == short  # an organisation's short name: "Lockheed"
                plural = short == [*full[:-1], full[-1] + "s"]  # "Israelis" for "Israeli"
                state = entities.STATE_KEYS.get(entities.name_key(alias)) == entities.name_key(entity)  # "Ore."
                ok = short == full or entities._extends(short, full) or acronym or first_words or plural or state
                ok = ok or (alias, entity) in given  # "Omar Farid Haddad, also known as Umar Fareed Hadad"
                assert ok, (art.source, alias, entity)


def _tables_of(text):
    """Every table of a small article (not cached)."""
    from newsframe import pipeline
    from newsframe.article import parse_article

    return pipeline.analyze(parse_article(text, "t.txt"), use_cache=False).tables


def _entities_of(text):
    """entities.csv of a small article, indexed by entity."""
    return _tables_of(text)["entities"].set_index("entity")


def test_same_name_elsewhere_counts_the_mentions_the_model_missed():
    table = _entities_of(
        "date 2023-05-14 Manchester City beat Arsenal to move closer to the title\n\n"
        "Manchester City manager Pep Guardiola praised his players after a 4-1 win over Arsenal on Wednesday.\n\n"
        '"We played really well," Guardiola told BBC Sport. Arsenal\'s Mikel Arteta said his team lost in midfield.'
    )
    assert table.loc["Pep Guardiola", "mentions"] == 2  # the surname alone joins the person
    assert table.loc["Arsenal", "mentions"] >= 3  # headline, body, and the possessive opening a sentence


def test_a_name_inside_a_longer_name_or_opening_a_sentence_is_not_propagated():
    from newsframe import nlp
    from newsframe.entities import Span, propagate_names

    docs = nlp.parse(
        ["Officials met Jim Riot in Leeds.", "Riot police came. The Leeds United fans left."], use_cache=False
    )
    docs[1].ents = []  # as if the model had found nothing there: only the rules decide
    found = [Span(0, 2, 4, "PERSON"), Span(0, 5, 6, "GPE")]
    spans = propagate_names(docs, found, [], [1, 2])
    added = [docs[s.doc][s.start : s.end].text for s in spans if s.doc == 1]
    assert "Riot" not in added  # opens a sentence, no possessive
    assert "Leeds" not in added  # part of "Leeds United"
    docs[1] = nlp.parse(["The fans of Leeds left."], use_cache=False)[0]
    docs[1].ents = []
    spans = propagate_names(docs, found, [], [1, 2])
    assert [docs[s.doc][s.start : s.end].text for s in spans if s.doc == 1] == ["Leeds"]  # the rule can say yes


def test_initials_of_a_name():
    assert entities.initials("World Health Organization") == "WHO"
    assert entities.initials("Federal Bureau of Investigation") == "FBI"
    assert entities.initials("U.S. Geological Survey") == "USGS"
    assert entities.initials("Kremlin") is None and entities.initials("the big Bank") is None


def test_fold_acronyms_needs_one_longer_name_of_the_same_kind():
    voted = {
        "who": "ORG",
        "world health organization": "ORG",
        "us": "GPE",
        "united states": "GPE",
        "united steel": "ORG",
        "eu": "ORG",
        "european union": "GPE",
    }
    keys = list(voted)
    texts = ["WHO", "World Health Organization", "U.S.", "United States", "United Steel", "EU", "European Union"]
    folded = entities.fold_acronyms(keys, texts, voted, set(keys))
    assert folded == {"who": "world health organization", "us": "united states"}  # EU: an ORG against a GPE
    texts[4], voted["united steel"] = "United Services", "GPE"  # two places with the initials US: no fold
    assert "us" not in entities.fold_acronyms(keys, texts, voted, set(keys))


def test_acronym_and_surname_tagged_as_organisation_join_the_full_name():
    table = _entities_of(
        "date 2023-02-07 Quake toll rises\n\n"
        'The World Health Organization warned that the death toll could rise. "There is continued collapse of '
        'buildings," said Catherine Smallwood, a senior emergency officer at the WHO.\n\n'
        "Smallwood said the next 48 hours would be critical."
    )
    assert table.loc["World Health Organization", "mentions"] == 2 and "WHO" not in table.index
    assert (
        table.loc["Catherine Smallwood", "mentions"] == 2
        and table.loc["Catherine Smallwood", "entity_type"] == "PERSON"
    )


def test_fold_designators_joins_a_company_with_its_legal_form_once():
    voted = {
        "bank of america": "ORG",
        "bank of america corp": "ORG",
        "sony": "ORG",
        "sony corp": "ORG",
        "sony group": "ORG",
        "jordan": "GPE",
        "jordan inc": "ORG",
        "apple": "ORG",
        "apple & co": "ORG",
    }
    folded = entities.fold_designators(set(voted), voted, set(voted))
    # Sony has two fuller names, and Jordan the country is no company
    assert folded == {"bank of america": "bank of america corp", "apple": "apple & co"}


def test_company_names_with_and_without_legal_form_are_one_entity():
    table = _entities_of(
        "date 2023-10-13 Banks report\n\nThe bank's shares outperformed rival Bank of America Corp. on Friday.\n\n"
        "Wells Fargo and Citigroup also reported results, and Bank of America is due to report on Tuesday."
    )
    assert table.loc["Bank of America Corp", "mentions"] == 2 and "Bank of America" not in table.index


def test_a_score_glued_to_a_team_is_trimmed_and_makes_it_no_person():
    mentions = _mentions_of("Liverpool came from behind to beat Brighton 2-1 at Anfield on Sunday.")
    brighton = mentions[mentions["entity"] == "Brighton"]
    assert list(brighton["text"]) == ["Brighton"] and "PERSON" not in set(brighton["entity_type"])


def _mentions_of(text):
    """mentions.csv of a small article."""
    return _tables_of(text)["mentions"]


def test_a_first_name_alone_joins_the_one_person_it_begins():
    table = _entities_of(
        "date 2000-04-05 Girl's father arrives\n\n"
        "Mila Novak, 6, was found in a forest in November. Tomas Novak, her father, flew to Leeds.\n\n"
        "Relatives said Mila would stay with her aunt until a court decides."
    )
    assert table.loc["Mila Novak", "mentions"] >= 2 and "Mila" not in table.index


# ------------------------------------------------------------------------- articles of other kinds, by hand
# Articles written for these tests (tests/fixtures/entities/), each with its entities counted by reading it
# (tests/annotations/<kind>.entities.csv; the conventions above, and: a name given in brackets or "also known as"
# counts for the name it follows; a group's plural for its singular, "Israelis" for "Israeli"). Every type of name
# is annotated (EVENT, PRODUCT ... too), and the counts are compared over them all.
ENTITY_ARTICLES = Path(__file__).parent / "fixtures" / "entities"
KINDS = ("sport", "business", "court", "feature", "politics", "world", "ukpolitics", "cricket", "pharma")
# The share of mentions counted right (precision and recall of the per-entity counts) each article must reach;
# below it: a name the recogniser runs over two ("Liberal Democrat Treasury" for "Liberal Democrat" and "Treasury"),
# a company's short name read as a place ("Goldman"), a league the recogniser calls another kind of name.
MIN_COUNT_SCORE = 0.85


@pytest.fixture(scope="module")
def other_news():
    """kind -> (gold annotation, entities table, repairs table) of each hand-annotated article."""
    from newsframe import pipeline

    out = {}
    for kind in KINDS:
        analysis = pipeline.analyze(article_mod.load_article(ENTITY_ARTICLES / f"{kind}.txt"), use_cache=False)
        gold = read_annotation(ANNOTATIONS / f"{kind}.entities.csv")
        out[kind] = (gold, analysis.tables["entities"].set_index("entity"), analysis.tables["repairs"])
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_other_news_counts_match_hand_annotation(other_news, kind):
    """Per-entity counts of articles of many kinds against their hand annotation, people typed as people."""
    gold, table, _ = other_news[kind]
    predicted = dict(zip(table.index, table["mentions"]))
    precision, recall = count_scores({e: n for e, (_, n) in gold.items()}, predicted)
    wrong = {e: (gold.get(e, (None, 0))[1], predicted.get(e, 0)) for e in set(gold) | set(predicted)}
    wrong = {e: counts for e, counts in wrong.items() if counts[0] != counts[1]}
    assert precision >= MIN_COUNT_SCORE and recall >= MIN_COUNT_SCORE, f"(gold, predicted) differ: {wrong}"
    people = {e for e, (t, _) in gold.items() if t == "PERSON"}
    assert people <= {e for e in table.index if table.loc[e, "entity_type"] == "PERSON"}


def _row(other_news, kind: str, entity: str) -> tuple[str, int]:
    """(entity_type, mentions) of one entity of a hand-annotated article."""
    table = other_news[kind][1]
    return table.loc[entity, "entity_type"], int(table.loc[entity, "mentions"])


def test_main_subjects_of_other_news_are_counted_once_with_their_type(other_news):
    """The failures seen on real news, each on an article of its kind: a country the model reads as a person, a
    defendant called "Mr X", a club read as a person and its players as places or organisations, one person in
    three rows ("Hollis U-turn" in the headline), demonym and plural, acronym and expansion, "also known as", a
    company's short name."""
    assert _row(other_news, "world", "Chad") == ("GPE", 5)
    assert _row(other_news, "world", "Niger") == ("GPE", 3)  # the model reads it as a person every time
    assert _row(other_news, "world", "Economic Community of West African States") == ("ORG", 4)  # "(Ecowas)"
    assert _row(other_news, "court", "Daniel Okafor") == ("PERSON", 6)  # "Mr Okafor" and "Okafor's" included
    assert _row(other_news, "sport", "Chelsea") == ("ORG", 8)
    for player in ("Erik Lindqvist", "Tomas Brandt"):  # surname alone tagged an organisation; first name in a quote
        assert _row(other_news, "sport", player) == ("PERSON", 4)
    assert _row(other_news, "ukpolitics", "Mark Hollis") == ("PERSON", 5)
    assert _row(other_news, "politics", "Israeli") == ("NORP", 4)  # "Israelis" too
    assert _row(other_news, "politics", "Islamic Resistance Movement") == ("ORG", 4)  # "also known as Hamas"
    assert _row(other_news, "business", "Consumer Electronics Show")[1] == 4  # "(CES)"
    assert _row(other_news, "business", "Lockheed Martin")[1] == 4  # "Lockheed"


def test_teams_regulators_and_drugs_of_other_news_are_counted_once_with_their_type(other_news):
    """A cricket side the recogniser reads as a person, named by town and nickname ("Harrowgate", "the Hawks",
    "Kingsbridge Kestrels", "the Kestrels' captain"); a regulator cut at a lower-case word and named again by its
    abbreviation, and one named with its country ("US Food and Drug Administration (FDA)"); a drug's brand."""
    assert _row(other_news, "cricket", "Kingsbridge Kestrels")[0] == "ORG"
    assert _row(other_news, "cricket", "Harrowgate Hawks") == ("ORG", 10)
    assert _row(other_news, "cricket", "Redmoor")[0] == "ORG"
    assert _row(other_news, "pharma", "Medicines and Healthcare products Regulatory Agency") == ("ORG", 3)
    assert _row(other_news, "pharma", "US Food and Drug Administration") == ("ORG", 3)
    assert _row(other_news, "pharma", "Corvexa") == ("PRODUCT", 3)
    assert not {"Phase", "MHRA", "FDA", "Medicines"} & set(other_news["pharma"][1].index)


def test_fragments_and_headline_words_are_no_entities(other_news):
    """ "Ex-Home" from "Ex-Home Secretary", "Eurogroup of", "Hollis U-turn" and the capitalised words of a Title Case
    headline ("The Bond Trader Who Swapped …") make no entity; the repairs table says what was dropped and how the
    headline was read."""
    names = {kind: set(table.index) for kind, (_, table, _) in other_news.items()}
    assert not {"Ex-Home", "Hollis U-turn", "Eurogroup of"} & names["ukpolitics"]
    assert "Eurogroup" in names["ukpolitics"]
    assert names["feature"] <= set(read_annotation(ANNOTATIONS / "feature.entities.csv")) | {"Goldman"}
    repairs = other_news["ukpolitics"][2]
    # the recogniser's label of the fragment (in brackets) is whatever it read; the drop is logged
    dropped = {
        before.split(" [")[0] for rule, before in zip(repairs["rule"], repairs["before"]) if rule == "title fragment"
    }
    assert "Ex-Home" in dropped or not repairs["before"].str.contains("Ex-Home").any()
    headline = other_news["feature"][2]
    read = headline.loc[headline["rule"] == "headline case", "after"].tolist()
    assert read == ["the bond trader who swapped Goldman Sachs for a Vermont bakery"]


def test_title_case_headline_is_read_in_sentence_case():
    """A Title Case headline adds only the names the body confirms: "Starmer Faces Investigation Over Donations"
    names Starmer, not "Starmer Faces Investigation Over Donations"; "Minister Apologizes …" names nobody."""
    table = _entities_of(
        "date 2024-05-02 Starmer Faces Investigation Over Donations\n\n"
        "Keir Starmer is to be investigated over gifts he received, the standards commissioner said on Thursday.\n\n"
        "Starmer said he had declared every donation."
    )
    assert table.loc["Keir Starmer", "mentions"] == 3 and len(table) == 1
    table = _entities_of(
        "date 2024-05-03 Minister Apologizes For Remarks On Immigration\n\n"
        "The immigration minister apologised on Friday for remarks made at a conference in Leeds."
    )
    assert set(table.index) == {"Leeds"}


def test_a_company_the_model_reads_as_a_person_is_an_organisation():
    """Business: the recogniser reads "Kestrel" as a person; "Kestrel Gold Corp" (a legal form) is a company, and
    its short name counts for it."""
    table = _entities_of(
        "date 1996-08-20 Kestrel wins control of Andalo\n\n"
        "Kestrel Gold Corp now holds 93 percent of Andalo Resources Ltd after its bid closed, the miner said.\n\n"
        "Kestrel will own Andalo's Cerro Azul gold deposit in Peru. Shares in Kestrel rose."
    )
    assert table.loc["Kestrel Gold Corp", "entity_type"] == "ORG" and table.loc["Kestrel Gold Corp", "mentions"] == 4
    assert "Kestrel" not in table.index


def test_type_is_decided_by_all_the_evidence(pipeline):
    """A name the recogniser reads as a place and the model as a person, once, is the person the article names in
    full; a title before a name makes it a person; the repairs table shows the votes."""
    art, docs = read_by_both(
        pipeline,
        ("Mr Okafor denied the charge.", [("Okafor", "ORG")], [("Okafor", "ORG")]),
        ("Daniel Okafor, 46, was sentenced.", [("Daniel Okafor", "PERSON")], [("Daniel Okafor", "PER")]),
        ("Okafor said nothing.", [("Okafor", "GPE")], [("Okafor", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert set(mentions["entity"]) == {"Daniel Okafor"} and set(mentions["entity_type"]) == {"PERSON"}
    assert "fold" in set(repairs["rule"])


def test_recogniser_and_model_boundaries_are_reconciled(pipeline):
    """Where the recogniser glues a title or a word that is no name to a name ("Judge Helen Marsh", "Rival Northrop
    Grumman"), the model's boundaries are taken; where the model cuts a name the recogniser reads whole ("Lockheed"
    + "Martin"), the recogniser's."""
    art, docs = read_by_both(
        pipeline,
        (
            "Judge Helen Marsh spoke. Rival Northrop Grumman bid.",
            [("Helen Marsh", "PERSON"), ("Northrop Grumman", "ORG")],
            [("Judge Helen Marsh", "ORG"), ("Rival Northrop Grumman", "PER")],
        ),
        ("Lockheed Martin won.", [("Lockheed", "ORG"), ("Martin", "PERSON")], [("Lockheed Martin", "ORG")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert list(mentions["text"]) == ["Helen Marsh", "Northrop Grumman", "Lockheed Martin"]
    assert list(mentions["entity_type"]) == ["PERSON", "ORG", "ORG"]
    assert (repairs["rule"] == "segments").sum() == 2


def _conll_benchmark():
    """benchmarks/entities_conllpp.py as a module."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "entities_conllpp", config.PROJECT_ROOT / "benchmarks" / "entities_conllpp.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_conll_documents_become_articles_with_gold_offsets(tmp_path):
    """The benchmark writes CoNLL tokens back as text (quotes, clitics and punctuation as news writes them), the
    first sentence as the headline, and maps IOB1 tags to character offsets in that text."""
    bench = _conll_benchmark()
    corpus = tmp_path / "mini.txt"
    corpus.write_text(
        "-DOCSTART- -X- -X- O\n\nSOCCER NN B-NP O\n- : O O\nJAPAN NNP B-NP I-LOC\nWIN VB B-VP O\n. . O O\n\n"
        '" " O O\nWe PRP B-NP O\ndo VBP B-VP O\nn\'t RB O O\nknow VB B-VP O\n, , O O\n" " O O\nsaid VBD B-VP O\n'
        "Peter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\nof IN B-PP O\nBayern NNP B-NP I-ORG\nMunich NNP I-NP I-ORG\n"
        "'s POS B-NP O\ncoach NN I-NP O\n( ( O O\nGermany NNP B-NP I-LOC\n) ) O O\n. . O O\n",
        encoding="utf-8",
    )
    (document,) = bench.read_conll(corpus)
    article, gold = bench.article_of(document, 0)
    assert [p.text for p in article.paragraphs] == [
        "SOCCER - JAPAN WIN.",
        "\"We don't know,\" said Peter Blackburn of Bayern Munich's coach (Germany).",
    ]
    found = {(p, article.paragraphs[p].text[s:e], kind) for p, s, e, kind in gold}
    assert found == {
        (0, "JAPAN", "LOC"),
        (1, "Peter Blackburn", "PER"),
        (1, "Bayern Munich", "ORG"),
        (1, "Germany", "LOC"),
    }
    assert bench.scores({(0, 1, 2, "PER")}, {(0, 1, 2, "PER"), (0, 5, 9, "ORG")})["all"][:3] == (1.0, 0.5, 2 / 3)


def test_a_common_word_opening_a_sentence_is_no_name():
    """A chronology: "Here is how …" opens a sentence with a capital and is no name, while a surname opening a
    sentence after the full name ("Osei said") still counts for her."""
    table = _entities_of(
        "date 2023-06-02 How the bridge collapse unfolded\n\n"
        "The bridge in Portmouth collapsed on Tuesday morning. Here is how events unfolded.\n\n"
        "At about 7.40am the central span fell into the river. Rescue teams arrived within 20 minutes.\n\n"
        'Mayor Linda Osei said an inquiry would report. Osei said: "We owe the families answers."'
    )
    assert "Here" not in table.index
    assert table.loc["Linda Osei", "mentions"] == 2 and "Portmouth" in table.index


def test_a_person_the_recogniser_reads_as_an_organisation_is_typed_by_the_title_before_it():
    """Politics: the recogniser alone reads "Olaf Scholz" as an organisation; "Chancellor" before him makes him a
    person, and "German" stays a nationality."""
    table = _entities_of(
        "date 2024-01-08 Talks in Berlin\n\n"
        "German Chancellor Olaf Scholz met Microsoft executives in Berlin on Monday, where the company said it would "
        "invest $3.2 billion and hire 1,000 engineers."
    )
    assert table.loc["Olaf Scholz", "entity_type"] == "PERSON"
    assert table.loc["German", "entity_type"] == "NORP" and table.loc["Microsoft", "entity_type"] == "ORG"


def test_a_storm_named_like_a_person_is_no_person():
    table = _entities_of(
        "date 2023-11-02 Storm Ciaran: schools closed in Jersey\n\n"
        "All schools in Jersey will stay closed on Friday after Storm Ciaran brought winds of more than 100mph."
    )
    assert table.loc["Storm Ciaran", "entity_type"] == "EVENT" and table.loc["Jersey", "entity_type"] == "GPE"


def test_a_score_is_no_name():
    table = _entities_of("date 2024-05-10 Arsenal win\n\nArsenal beat Chelsea 3-1 at the Emirates Stadium on Saturday.")
    assert "3-1" not in table.index and "Arsenal" in table.index


def test_a_club_named_once_as_a_first_name_reading_is_an_organisation():
    """'Chelsea' is a first name to the recogniser, but the article never names a person Chelsea in full."""
    table = _entities_of(
        "date 2024-05-10 Arsenal beat Chelsea to stay top\n\n"
        "Arsenal beat Chelsea 3-1 at the Emirates Stadium on Saturday to stay top of the Premier League.\n\n"
        "Chelsea pulled one back through Cole Palmer, but Kai Havertz sealed the win against his former club.\n\n"
        "Arsenal host Tottenham next Sunday, while Chelsea travel to Newcastle."
    )
    assert table.loc["Chelsea", "entity_type"] == "ORG" and table.loc["Cole Palmer", "entity_type"] == "PERSON"


def _entity_rows(mentions: pd.DataFrame) -> dict[str, tuple[str, int]]:
    """entity -> (entity_type, mentions) from a mentions table."""
    return {e: (g["entity_type"].iloc[0], len(g)) for e, g in mentions.groupby("entity", sort=False)}


def test_a_name_given_again_by_its_first_word_as_companies_are_is_an_organisation(pipeline):
    """The recogniser reads "Lockheed Martin" as a person's name; the article names it again as "Lockheed", which
    readers call an organisation: people are named again by their surname, companies by their first word."""
    art, docs = read_by_both(
        pipeline,
        ("Lockheed Martin won a radar contract.", [], [("Lockheed Martin", "PER")]),
        ("Lockheed said the work would create 600 jobs.", [], [("Lockheed", "ORG")]),
        ("Analysts praised Lockheed.", [], [("Lockheed", "ORG")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs)) == {"Lockheed Martin": ("ORG", 3)}


def test_a_family_name_written_first_stays_a_person_when_readers_also_call_it_one(pipeline):
    """ "Zhou" for "Zhou Minghai" (the family name first, as in Chinese): read once as an organisation, it is still
    the person, because another mention of it is read as a person."""
    art, docs = read_by_both(
        pipeline,
        ("Veteran activist Zhou Minghai was detained.", [], [("Zhou Minghai", "PER")]),
        ("Zhou was arrested in Ningbo.", [], [("Zhou", "ORG")]),
        ("Officers pushed Zhou and a fellow activist.", [], [("Zhou", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs)) == {"Zhou Minghai": ("PERSON", 3)}


def test_a_two_letter_family_name_alone_is_the_person(pipeline):
    """ "Xi" and "Li" alone, after "Xi Jinping" and "Li Qiang", are those people."""
    art, docs = read_by_both(
        pipeline,
        ("President Xi Jinping met Premier Li Qiang.", [], [("Xi Jinping", "PER"), ("Li Qiang", "PER")]),
        ("Xi praised Li for the growth of trade.", [], [("Xi", "PER"), ("Li", "PER")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows == {"Xi Jinping": ("PERSON", 2), "Li Qiang": ("PERSON", 2)}


def test_hand_annotated_articles_give_nearly_every_name_found_its_kind(other_news):
    """Over the hand-annotated articles, the names found are typed as the annotation types them (person, place,
    organisation, other) for at least 95% of them (all 88 now)."""
    kind = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation"}
    found = right = 0
    for gold, table, _ in other_news.values():
        for entity, (entity_type, _) in gold.items():
            if entity in table.index:
                found += 1
                right += kind.get(entity_type, "other") == kind.get(table.loc[entity, "entity_type"], "other")
    assert found >= 80 and right / found >= 0.95, (right, found)


def test_a_team_called_by_the_plural_that_ends_its_name_is_that_team(pipeline):
    """ "Rovers" alone, after "Blackburn Rovers", is the club; a singular last word ("Treasury" beside a misread
    "Liberal Democrat Treasury") is not folded so."""
    art, docs = read_by_both(
        pipeline,
        ("Blackburn Rovers beat Sunderland.", [], [("Blackburn Rovers", "ORG"), ("Sunderland", "ORG")]),
        ("Rovers are top of the table.", [], [("Rovers", "ORG")]),
        ("The Liberal Democrat Treasury spokesman spoke.", [], [("Liberal Democrat Treasury", "ORG")]),
        ("The Treasury said nothing.", [], [("Treasury", "ORG")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Blackburn Rovers"] == ("ORG", 2) and rows["Treasury"] == ("ORG", 1)


def test_a_persons_title_before_a_full_name_read_as_one_organisation_makes_it_that_person(pipeline):
    """ "Winger Freddie Steward" read as one organisation is the winger Freddie Steward; "Major League Baseball" is
    no person."""
    art, docs = read_by_both(
        pipeline,
        ("Winger Freddie Steward scored twice.", [], [("Winger Freddie Steward", "ORG")]),
        ("Major League Baseball suspended him.", [], [("Major League Baseball", "ORG")]),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [
        ("Freddie Steward", "PERSON"),
        ("Major League Baseball", "ORG"),
    ]


def test_a_town_named_club_in_a_sport_report_is_a_club(pipeline):
    """Sport: the readers take "Hull City", "Hull" and "Leicester" for the towns; in a match report, "Hull manager",
    "Leicester's fans" and "beat Leicester" say they are the clubs, and "Hull" is "Hull City". "Scotland" beside a
    score stays the country its team is named after."""
    art, docs = read_by_both(
        pipeline,
        ("Hull City beat Leicester on Saturday to climb the league.", [], [("Hull City", "LOC"), ("Leicester", "LOC")]),
        (
            "Hull manager Graham Pike praised his striker after the match.",
            [],
            [("Hull", "LOC"), ("Graham Pike", "PER")],
        ),
        ("Leicester's fans booed at half-time as their season slipped away.", [], [("Leicester", "LOC")]),
        (
            "Scotland beat Norway 2-1 in the other game.",
            [("Scotland", "GPE")],
            [("Scotland", "LOC"), ("Norway", "LOC")],
        ),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Hull City"] == ("ORG", 2) and rows["Leicester"] == ("ORG", 2)
    assert rows["Scotland"] == ("GPE", 1) and rows["Graham Pike"] == ("PERSON", 1)


def test_outside_sport_a_trip_to_a_town_is_to_the_town(pipeline):
    """Politics: "travel to Leicester" and "Leicester's" say nothing of a club when the article reports no sport."""
    art, docs = read_by_both(
        pipeline,
        ("The minister will travel to Leicester on Monday.", [], [("Leicester", "LOC")]),
        ("Leicester's council leader welcomed the visit.", [], [("Leicester", "LOC")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs)) == {"Leicester": ("GPE", 2)}


def test_a_club_named_by_a_plural_once_in_a_sport_report_is_no_person(pipeline):
    """Rugby: "Saracens", read as a person's name, hosts a match and has a director of rugby: a club."""
    art, docs = read_by_both(
        pipeline,
        ("Bath won the match to climb the league.", [], [("Bath", "ORG")]),
        ("Saracens host Gloucester as the season ends.", [], [("Saracens", "PER"), ("Gloucester", "ORG")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Saracens"] == ("ORG", 1)


def test_a_given_name_romanised_with_a_hyphen_stays_in_the_name(pipeline):
    """Politics: "Lee Jae-myung" keeps its second syllable, and "Choi Sang" the reader stopped at is "Choi
    Sang-mok"; "Hollis U-turn" is still "Hollis"."""
    art, docs = read_by_both(
        pipeline,
        ("The opposition leader, Lee Jae-myung, spoke first.", [], [("Lee Jae-myung", "PER")]),
        ("Acting President Choi Sang-mok urged calm.", [], [("Choi Sang", "PER")]),
        ("Reporters asked about the Hollis U-turn on fuel.", [], [("Hollis U-turn", "PER")]),
    )
    assert [text for text, _ in spans_of(entities.mentions_table(art, docs))] == [
        "Lee Jae-myung",
        "Choi Sang-mok",
        "Hollis",
    ]


def test_a_name_written_whole_twice_is_not_split_at_a_word_read_as_a_place(pipeline):
    """Politics: the recogniser reads the family name "Yoon" alone as a place; "Yoon Suk Yeol", written whole in two
    paragraphs, is still one person, and "Yoon" alone, which nothing but the reader calls a place, is that person;
    "Belarus Alexander Lukashenko", written once, is split."""
    art, docs = read_by_both(
        pipeline,
        ("Investigators detained Yoon Suk Yeol on Wednesday.", [], [("Yoon Suk Yeol", "PER")]),
        ("Yoon Suk Yeol is the first sitting president to be arrested.", [], [("Yoon Suk Yeol", "ORG")]),
        ("Yoon said the inquiry was illegal.", [], [("Yoon", "LOC")]),
        ("Belarus Alexander Lukashenko sent his regards.", [], [("Belarus Alexander Lukashenko", "PER")]),
        ("Belarus has few friends.", [], [("Belarus", "LOC")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Yoon Suk Yeol"] == ("PERSON", 3) and "Suk Yeol" not in rows and "Yoon" not in rows
    assert rows["Alexander Lukashenko"] == ("PERSON", 1) and rows["Belarus"] == ("GPE", 2)


def test_a_report_is_read_as_sport_by_words_only_sport_uses(pipeline):
    """Words of any news ("over", "try", "goal") do not make a sport report; a match, a league and a season do."""
    politics = [pipeline("Talks over the budget will try to meet the goal set by the Treasury.")]
    sport = [pipeline("Leeds won the match and lead the league."), pipeline("It has been a long season.")]
    assert not entities.is_sport_report(politics) and entities.is_sport_report(sport)


def test_a_county_or_greater_city_is_a_place_outside_sport_and_a_side_in_it(pipeline):
    """Health: "Lanarkshire" read as an organisation and "Greater Glasgow" as a person are the regions; in a cricket
    report "Yorkshire" read as an organisation is the county's side."""
    art, docs = read_by_both(
        pipeline,
        ("Cases rose across Lanarkshire this winter.", [], [("Lanarkshire", "ORG")]),
        ("Uptake fell in parts of Greater Glasgow.", [], [("Greater Glasgow", "PER")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows == {"Lanarkshire": ("GPE", 1), "Greater Glasgow": ("GPE", 1)}
    art, docs = read_by_both(
        pipeline,
        ("Yorkshire beat Lancashire by six wickets in the cricket.", [], [("Yorkshire", "ORG"), ("Lancashire", "ORG")]),
        ("The championship resumes next week.", [], []),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Yorkshire"] == ("ORG", 1)


def test_a_health_boards_name_cut_inside_its_region_is_joined_whole(pipeline):
    """Health: "NHS Greater" + "Glasgow" + "Clyde" (read as two people) is the board "NHS Greater Glasgow and
    Clyde"; "Greater" is no one's first name."""
    art, docs = read_by_both(
        pipeline,
        (
            "NHS Greater Glasgow and Clyde said four cases were confirmed.",
            [],
            [("NHS Greater", "ORG"), ("Glasgow", "PER"), ("Clyde", "PER")],
        ),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("NHS Greater Glasgow and Clyde", "ORG")]


def test_a_name_joined_by_and_to_a_region_is_a_place(pipeline):
    """Health: "Glasgow" read as a person beside "Lanarkshire" is a place, as "Clyde" beside "Greater Glasgow"."""
    art, docs = read_by_both(
        pipeline,
        ("A campaign will run across Lanarkshire and Glasgow.", [], [("Lanarkshire", "ORG"), ("Glasgow", "PER")]),
        ("Uptake fell in Greater Glasgow and Clyde.", [], [("Greater Glasgow", "PER"), ("Clyde", "PER")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert {e: t for e, (t, _) in rows.items()} == {
        "Lanarkshire": "GPE",
        "Glasgow": "GPE",
        "Greater Glasgow": "GPE",
        "Clyde": "GPE",
    }


def test_an_acronym_and_a_name_is_no_person(pipeline):
    """Health: "NHS Highland" read as a person is an organisation; "JK Rowling" is still a person."""
    art, docs = read_by_both(
        pipeline,
        ("NHS Highland confirmed the move.", [], [("NHS Highland", "PER")]),
        ("JK Rowling wrote to the board.", [], [("JK Rowling", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs)) == {
        "NHS Highland": ("ORG", 1),
        "JK Rowling": ("PERSON", 1),
    }


def test_a_vaccine_named_in_capitals_is_no_organisation(pipeline):
    """Health: "MMR", read as an organisation and a person, is the vaccine; "Pfizer" before "vaccine" is the maker."""
    art, docs = read_by_both(
        pipeline,
        ("Few children had both doses of the MMR vaccine.", [], [("MMR", "ORG")]),
        ('"MMR is safe," she said of the jab.', [], [("MMR", "PER")]),
        (
            "Pfizer said its vaccine works; the Pfizer vaccine is stored cold.",
            [],
            [("Pfizer", "ORG"), ("Pfizer", "ORG")],
        ),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows == {"MMR": ("PRODUCT", 2), "Pfizer": ("ORG", 2)}


def test_a_company_whose_shares_move_is_no_person(pipeline):
    """Business: "Lockheed Martin fell 2%" and "shares in Northrop Grumman" tell of companies the recogniser read as
    people; "Kathy Warden said sales rose 9%" is still a person."""
    art, docs = read_by_both(
        pipeline,
        ("Rival Lockheed Martin fell 2% on Tuesday.", [], [("Lockheed Martin", "PER")]),
        ("Shares in Northrop Grumman rose 4 percent.", [], [("Northrop Grumman", "PER")]),
        ("Kathy Warden said sales rose 9%.", [], [("Kathy Warden", "PER")]),
    )
    assert {e: t for e, (t, _) in _entity_rows(entities.mentions_table(art, docs)).items()} == {
        "Lockheed Martin": "ORG",
        "Northrop Grumman": "ORG",
        "Kathy Warden": "PERSON",
    }


def test_a_town_named_where_a_place_is_is_a_place_outside_sport(pipeline):
    """Health: "move to Inverness", read as an organisation, is the town; "sold to Toyota" and a stake "in Nokia"
    name companies, and "travel to Bath" in a match report is the club."""
    art, docs = read_by_both(
        pipeline,
        ("The vaccination centre will move to Inverness next month.", [], [("Inverness", "ORG")]),
        ("The plant sold parts to Toyota and a stake in Nokia.", [], [("Toyota", "ORG"), ("Nokia", "ORG")]),
    )
    rows = {e: t for e, (t, _) in _entity_rows(entities.mentions_table(art, docs)).items()}
    assert rows == {"Inverness": "GPE", "Toyota": "ORG", "Nokia": "ORG"}
    art, docs = read_by_both(
        pipeline,
        ("Leicester travel to Bath after the match.", [], [("Leicester", "ORG"), ("Bath", "ORG")]),
        ("The league resumes as the season nears its end.", [], []),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Bath"] == ("ORG", 1)


def test_a_player_named_by_the_surname_alone_beside_a_match_verb_stays_a_person(pipeline):
    """Tennis: "face Djokovic" in a report of a sport of players is a player the recogniser reads as a person, not a
    club; a plural beside the same verbs is a team ("Wolves beat")."""
    art, docs = read_by_both(
        pipeline,
        ("Sinner won the match and the tournament in straight sets.", [], [("Sinner", "PER")]),
        ("He will face Djokovic in the final.", [], [("Djokovic", "PER")]),
        ("Wolves beat Brentford in the league.", [], [("Wolves", "PER"), ("Brentford", "LOC")]),
    )
    rows = {e: t for e, (t, _) in _entity_rows(entities.mentions_table(art, docs)).items()}
    assert rows["Djokovic"] == "PERSON" and rows["Wolves"] == "ORG" and rows["Brentford"] == "ORG"


def test_a_rival_is_the_kind_of_thing_the_article_is_about(pipeline):
    """Business: "Rival Northrop Grumman", named once and read as a person, is a company in a story about Lockheed
    Martin; in a story about a candidate, "rival Tom Acre" stays a person."""
    art, docs = read_by_both(
        pipeline,
        ("Lockheed Martin won a radar contract.", [], [("Lockheed Martin", "ORG")]),
        ("Lockheed Martin said the work would create jobs.", [], [("Lockheed Martin", "ORG")]),
        ("Rival Northrop Grumman had also bid for the contract.", [], [("Northrop Grumman", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Northrop Grumman"] == ("ORG", 1)
    art, docs = read_by_both(
        pipeline,
        ("Jane Holt leads the race for mayor.", [], [("Jane Holt", "PER")]),
        ("Jane Holt said she would win.", [], [("Jane Holt", "PER")]),
        ("Her rival Tom Acre trails, and rival Tom Acre knows it.", [], [("Tom Acre", "PER"), ("Tom Acre", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Tom Acre"] == ("PERSON", 2)


def test_in_a_sport_report_a_town_after_at_is_the_ground_not_a_person(pipeline):
    """Cricket: "at Chelmsford", read as a person, is where the match was played."""
    art, docs = read_by_both(
        pipeline,
        ("Essex won the match by an innings at Chelmsford.", [], [("Essex", "ORG"), ("Chelmsford", "PER")]),
        ("They stay top of the championship after six wickets for Cook.", [], [("Cook", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Chelmsford"] == ("GPE", 1)


def test_a_football_report_without_a_sport_name_is_read_as_sport_by_its_match_words(pipeline):
    """Football: "the opener", "a substitute", "stoppage time" and "league" make a match report though it names no
    sport; there a club named after its town ("Corbridge City", "Corbridge travel to ...") is the club, and its
    town's name alone joins it."""
    art, docs = read_by_both(
        pipeline,
        (
            "Felton Rangers beat Corbridge City 2-0 in the league on Saturday.",
            [],
            [("Felton Rangers", "ORG"), ("Corbridge City", "LOC")],
        ),
        ("Mo Adeyemi headed the opener and substitute Ian Doyle scored in stoppage time.", [], []),
        ("Corbridge travel to Whitby next week.", [], [("Corbridge", "LOC"), ("Whitby", "LOC")]),
    )
    assert entities.is_sport_report(docs)
    assert not entities.is_sport_report([pipeline("A substitute teacher opened the league of women voters.")])
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Corbridge City"] == ("ORG", 2) and "Corbridge" not in rows


def test_a_company_named_after_a_family_is_the_company_and_its_first_word_alone_joins_it(pipeline):
    """Business: "shipping group Brekke Offshore", read as a person, is the company the cue noun names; "Brekke
    shares fell 4%", which no reader reads, names it by its first word, as the headline does ("Brekke profit
    slides"); a dateline in capitals ("BERGEN, March 3 (Reuters) -") is a place whatever a reader calls it."""
    art, docs = read_by_both(
        pipeline,
        (
            "BERGEN, March 3 (Reuters) - Swedish shipping group Brekke Offshore reported a fall in profit.",
            [],
            [("BERGEN", "ORG"), ("Reuters", "ORG"), ("Brekke Offshore", "PER")],
        ),
        ("Brekke shares fell 4.1% by noon.", [], []),
    )
    art.paragraphs.insert(0, Paragraph(0, "Brekke profit slides as freight rates fall"))
    docs.insert(0, with_ents(pipeline, art.paragraphs[0].text, [], []))
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Brekke Offshore"] == ("ORG", 3) and "Brekke" not in rows
    assert rows["Bergen"] == ("GPE", 1)  # a town the gazetteer knows, named as it writes it
    assert entities.dateline_place_end("NEW YORK (AP) — Stocks rose.") == len("NEW YORK")
    assert entities.dateline_place_end("RTRS - Brekke to cut jobs.") == 0  # an agency's slug names no place


def test_group_names_an_organisation_only_standing_before_the_name(pipeline):
    """A rebel group named after it ("the rebel group Tarvan Dalu") is an organisation; "a Maoist group" names what
    the group is, not a name."""
    art, docs = read_by_both(
        pipeline,
        ("Members of the rebel group Tarvan Dalu were held.", [], [("Tarvan Dalu", "PER")]),
        ("A Maoist group said it would talk.", [], [("Maoist", "MISC")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Tarvan Dalu"][0] == "ORG" and rows.get("Maoist", ("NORP",))[0] != "ORG"


def test_an_age_after_a_name_makes_it_a_persons_and_the_place_after_of_where_they_live(pipeline):
    """Feature and court: "Ewan MacLeish" read as an organisation (as "the MacLeish family" is) is the person whose
    age "MacLeish, 71, said" gives, and his surname alone joins him (not the family, a group of its own); in "Dana
    Price, 44, of Ripon" Ripon, read as an organisation, is where she lives."""
    art, docs = read_by_both(
        pipeline,
        ("For thirty years, Ewan MacLeish has run the shop.", [], [("Ewan MacLeish", "ORG")]),
        ('"It was never a job," MacLeish, 71, said.', [], []),
        ("The MacLeish family bought it in 1920.", [], [("MacLeish", "ORG")]),
        ("Dana Price, 44, of Ripon, denies the charge.", [], [("Dana Price", "PER"), ("Ripon", "ORG")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Ewan MacLeish"] == ("PERSON", 2) and "MacLeish" not in rows
    assert rows["MacLeish family"] == ("PERSON", 1)
    assert rows["Ripon"] == ("GPE", 1) and rows["Dana Price"] == ("PERSON", 1)


def test_the_pronoun_i_is_never_a_name(pipeline):
    """Feature: '"So have I."' closing a quotation, read as a person's initial, is the pronoun."""
    art, docs = read_by_both(
        pipeline,
        ('"She has earned her rest," said Ona Vance. "So have I."', [], [("Ona Vance", "PER"), ("I.", "PER")]),
    )
    mentions = entities.mentions_table(art, docs)
    assert list(mentions["text"]) == ["Ona Vance"]
    _, repairs = entities.extract_mentions(art, docs)
    assert ("pronoun", "I.") in set(zip(repairs["rule"], repairs["before"]))


def test_where_people_live_waters_and_streets_are_places_whatever_the_readers_say(pipeline):
    """Feature and local news: a village named before "village" ("Dunmere village hall") and where residents live
    ("residents of Colby Bridge", though "Bridge" ends facilities' names) are places; a loch and a river are
    locations; a street after "on" ("lives on Tanner Lane") is a facility, not a person."""
    art, docs = read_by_both(
        pipeline,
        (
            "Residents of Colby Bridge met at Dunmere village hall beside Loch Fennick.",
            [],
            [("Colby Bridge", "ORG"), ("Dunmere", "ORG"), ("Loch Fennick", "PER")],
        ),
        (
            "The Tarn River rose overnight, said Ada Moss, who lives on Tanner Lane.",
            [],
            [("Tarn River", "ORG"), ("Ada Moss", "PER"), ("Tanner Lane", "PER")],
        ),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert {e: t for e, (t, _) in rows.items()} == {
        "Colby Bridge": "GPE",
        "Dunmere": "GPE",
        "Loch Fennick": "LOC",
        "Tarn River": "LOC",
        "Ada Moss": "PERSON",
        "Tanner Lane": "FAC",
    }


def test_an_organisations_name_cut_in_two_by_the_readers_is_joined_whole(pipeline):
    """Local news: a council named after two places ("Orrin and Tay Council"), a ministry and the rest of what it is
    for ("Department for Transport, Roads and Harbours") and a hospital whose last word the reader left out
    ("Carlow Royal" + "Infirmary") are one organisation each; two places and a council stay apart."""
    art, docs = read_by_both(
        pipeline,
        ("Orrin and Tay Council said it would close the ferry.", [], [("Orrin", "LOC"), ("Tay Council", "ORG")]),
        (
            "The Department for Transport, Roads and Harbours said the bid was being considered.",
            [],
            [("Department for Transport", "ORG"), ("Roads and Harbours", "ORG")],
        ),
        ("Two residents were taken to Carlow Royal Infirmary.", [], [("Carlow Royal", "LOC")]),
        (
            "Visitors came from Spain, France and Kerry County Council.",
            [],
            [("Spain", "LOC"), ("France", "LOC"), ("Kerry County Council", "ORG")],
        ),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [
        ("Orrin and Tay Council", "ORG"),
        ("Department for Transport, Roads and Harbours", "ORG"),
        ("Carlow Royal Infirmary", "ORG"),
        ("Spain", "GPE"),
        ("France", "GPE"),
        ("Kerry County Council", "ORG"),
    ]


def test_a_building_named_after_its_saint_is_a_facility(pipeline):
    """Local news: "St Aidan's church hall", read as an organisation, names the church, a building."""
    art, docs = read_by_both(
        pipeline,
        ("The council opened a rest centre at St Aidan's church hall.", [], [("St Aidan's", "ORG")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs)) == {"St Aidan": ("FAC", 1)}


def test_a_settlement_named_after_its_kind_and_of_is_a_place(pipeline):
    """Chronology: "the hamlet of Ellis Cross", read as an organisation, is a place."""
    art, docs = read_by_both(
        pipeline,
        ("The reservoir would flood the hamlet of Ellis Cross and 14 farms.", [], [("Ellis Cross", "ORG")]),
    )
    assert spans_of(entities.mentions_table(art, docs)) == [("Ellis Cross", "GPE")]


def test_a_surname_opening_a_sentence_as_its_subject_counts_whatever_the_tagger_reads(pipeline):
    """Court report: "Whitlock apologized in court." (the tagger reads the surname as a common noun)."""
    art, docs = parsed(
        pipeline,
        "Gary Whitlock, 63, pleaded guilty in February to wire fraud.",
        'Whitlock apologized in court. "I am ashamed of what I did," he said.',
    )
    mentions = entities.mentions_table(art, docs)
    assert list(mentions["entity"]) == ["Gary Whitlock", "Gary Whitlock"]
    assert list(mentions["paragraph"]) == [1, 2]


def test_a_surname_that_takes_a_persons_role_makes_the_full_name_a_person(pipeline):
    """Business: "Tobias Wren" and "Wren", read as organisations, are one person: "Wren will join Halbeck as
    president" gives him a person's role, and the surname alone joins the full name."""
    art, docs = read_by_both(
        pipeline,
        ("Corvane was founded in 2009 by Tobias Wren.", [], [("Corvane", "ORG"), ("Tobias Wren", "ORG")]),
        ("Wren will join Halbeck as president of its software unit.", [], [("Wren", "ORG"), ("Halbeck", "ORG")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Tobias Wren"] == ("PERSON", 2) and "Wren" not in rows
    assert rows["Halbeck"] == ("ORG", 1)
    assert repairs["before"].str.contains("roles 1").any()


def test_a_name_paired_with_a_person_is_a_person_but_not_in_a_list_of_companies(pipeline):
    """Business: "Tobias Wren and Clara Ashdown" founded a company: a name paired by "and" with a person the
    recogniser reads is a person too, and "Wren said" is him. In a list of companies ("Norvik, Halden Lamps,
    Ostby Cement and Tarn Holdings"), one of them read as a person says nothing of the others."""
    art, docs = read_by_both(
        pipeline,
        (
            "Corvane was founded in 2009 by Tobias Wren and Clara Ashdown.",
            [],
            [("Corvane", "ORG"), ("Tobias Wren", "ORG"), ("Clara Ashdown", "PER")],
        ),
        ("Wren said the sale came at the right time.", [], [("Wren", "ORG")]),
        (
            "Brokers said shares of Norvik, Halden Lamps, Ostby Cement and Tarn Holdings rose.",
            [],
            [("Norvik", "ORG"), ("Halden Lamps", "ORG"), ("Ostby Cement", "ORG"), ("Tarn Holdings", "PER")],
        ),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Tobias Wren"] == ("PERSON", 2) and rows["Clara Ashdown"] == ("PERSON", 1)
    assert rows["Ostby Cement"] == ("ORG", 1)
    assert repairs["before"].str.contains("listed with people 1").any()


def test_a_person_of_an_organisation_read_as_one_name_is_split_at_of(pipeline):
    """Business: "Simon Ardley of Kessel Research", read as one organisation, is the analyst and the firm; "Laura
    Pike of Halden Partners", read as one person, too; "the Bank of England" holds no person before "of"."""
    art, docs = read_by_both(
        pipeline,
        (
            "Simon Ardley of Kessel Research said the price was rich.",
            [],
            [("Simon Ardley of Kessel Research", "ORG")],
        ),
        ("Laura Pike of Halden Partners agreed.", [], [("Laura Pike of Halden Partners", "PER")]),
        ("The Bank of England held rates.", [], [("Bank of England", "ORG")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert spans_of(mentions) == [
        ("Simon Ardley", "PERSON"),
        ("Kessel Research", "ORG"),
        ("Laura Pike", "PERSON"),
        ("Halden Partners", "ORG"),
        ("Bank of England", "ORG"),
    ]
    assert (repairs["rule"] == "person of").sum() == 2


def test_a_name_the_parse_links_to_startup_is_a_company(pipeline):
    """Business: "the Danish startup Veltro", which the recogniser reads as a person, is the company it bought."""
    art, docs = read_by_both(
        pipeline,
        (
            "In May it bought the Danish startup Veltro for $90 million.",
            [("Danish", "NORP")],
            [("Danish", "MISC"), ("Veltro", "PER")],
        ),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Danish": ("NORP", 1), "Veltro": ("ORG", 1)}
    assert repairs["before"].str.contains("Veltro: recogniser PERSON 1; cue nouns 1").any()


def test_a_car_named_in_apposition_or_after_a_colour_is_a_product(pipeline):
    """Crime: "her car, a silver Vauxhall Astra" and "a red Fiat Panda", read as people, are things; a name read
    as a person with no such words stays a person."""
    art, docs = read_by_both(
        pipeline,
        ("Thieves took her car, a silver Vauxhall Astra, from the drive.", [], [("Vauxhall Astra", "PER")]),
        ("Anyone who saw a red Fiat Panda nearby should call.", [], [("Fiat Panda", "PER")]),
        ("Her son, a keen cyclist, Owen Price, was at home.", [], [("Owen Price", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {
        "Vauxhall Astra": ("PRODUCT", 1),
        "Fiat Panda": ("PRODUCT", 1),
        "Owen Price": ("PERSON", 1),
    }
    assert repairs["before"].str.contains("things named 1").sum() == 2


def test_woods_and_parks_named_after_a_preposition_of_where_are_places(pipeline):
    """Crime: "near Ashby Woods", read as a person, is a place; "Tiger Woods", named with no preposition of where,
    is the golfer."""
    art, docs = read_by_both(
        pipeline,
        ("The van was found burnt out near Ashby Woods.", [], [("Ashby Woods", "PER")]),
        ("Crowds gathered in Mossley Park.", [], [("Mossley Park", "ORG")]),
        ("Tiger Woods won the Masters.", [], [("Tiger Woods", "PER"), ("Masters", "MISC")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Ashby Woods"] == ("LOC", 1) and rows["Mossley Park"] == ("LOC", 1)
    assert rows["Tiger Woods"] == ("PERSON", 1)


def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name(pipeline):
    """Crime: "Pensioner Joan Bell, 81," read as one name is Joan Bell, and the repairs say so; "Gian Marco
    Ferrante" keeps the first of his given names."""
    art, docs = read_by_both(
        pipeline,
        ("Pensioner Joan Bell, 81, was hurt in the fall.", [], [("Pensioner Joan Bell", "PER")]),
        ("Gian Marco Ferrante won the race.", [], [("Gian Marco Ferrante", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert spans_of(mentions) == [("Joan Bell", "PERSON"), ("Gian Marco Ferrante", "PERSON")]
    assert repairs.loc[repairs["rule"] == "role noun", "after"].tolist() == ["Joan Bell [PERSON]"]


def test_an_institution_named_with_a_possessive_inside_is_one_organisation(pipeline):
    """Health: "Queen's College Hospital" and "St Aidan's College", which the recogniser cuts at the possessive,
    are one organisation each; "London's Science Museum" names a city and a museum."""
    art, docs = read_by_both(
        pipeline,
        (
            "Dr Maya Ross, a surgeon at Queen's College Hospital in Leeds, welcomed the study.",
            [],
            [("Maya Ross", "PER"), ("Queen's", "ORG"), ("College Hospital", "LOC"), ("Leeds", "LOC")],
        ),
        ("He read law at St Aidan's College.", [], [("St Aidan's", "LOC"), ("College", "LOC")]),
        ("London's Science Museum reopened.", [], [("London", "LOC"), ("Science Museum", "ORG")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert spans_of(mentions) == [
        ("Maya Ross", "PERSON"),
        ("Queen's College Hospital", "ORG"),
        ("Leeds", "GPE"),
        ("St Aidan's College", "ORG"),
        ("London", "GPE"),
        ("Science Museum", "ORG"),
    ]
    assert (repairs["rule"] == "possessive name").sum() == 2


def test_a_common_noun_opening_a_sentence_read_as_a_person_is_no_name(pipeline):
    """Politics: "Turnout was 71 percent", read as a person, names nobody; a surname that is a common noun too
    ("Baker") stays the person the article names in full."""
    art, docs = read_by_both(
        pipeline,
        ("Turnout was 71 percent, up from 64 percent.", [], [("Turnout", "PER")]),
        ("Mayor Ann Baker won a second term.", [], [("Ann Baker", "PER")]),
        ("Baker thanked her voters.", [], [("Baker", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Ann Baker": ("PERSON", 2)}
    assert repairs.loc[repairs["rule"] == "common word", "before"].tolist() == ["Turnout [PERSON]"]


def test_an_election_report_names_its_capital_as_sentences_write_it_and_no_turnout():
    """Politics: the dateline "MORVA, Oct 9 -" and "in Morva" are one place, named as a sentence writes it; the
    turnout is no one."""
    table = _entities_of(
        "date 2023-10-09 Liberal Alliance wins most seats in Estmark\n\n"
        "MORVA, Oct 9 - The Liberal Alliance won the most seats in Estmark's election on Sunday, official results "
        "showed on Monday.\n\n"
        "Turnout was 71 percent, up from 64 percent four years ago.\n\n"
        "Alliance leader Petra Lind told supporters in Morva that voters had asked for change."
    )
    assert "Morva" in table.index and "MORVA" not in table.index
    assert table.loc["Morva", "mentions"] == 2 and table.loc["Morva", "entity_type"] == "GPE"
    assert "Turnout" not in table.index and table.loc["Petra Lind", "entity_type"] == "PERSON"


def test_a_name_before_a_towns_works_or_ending_in_a_bay_is_a_place(pipeline):
    """Local news: "the Ardmore harbour wall", read as a person, names a town; "Solway Cove", read as an
    organisation, is water; a company's quay ("the Halden Shipping quay") stays the company's."""
    art, docs = read_by_both(
        pipeline,
        ("The Ardmore harbour wall will be repaired.", [], [("Ardmore", "PER")]),
        ("Seals were counted in Solway Cove.", [], [("Solway Cove", "ORG")]),
        ("Cranes stood idle at the Halden Shipping quay.", [], [("Halden Shipping", "ORG")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows == {"Ardmore": ("GPE", 1), "Solway Cove": ("LOC", 1), "Halden Shipping": ("ORG", 1)}


def test_an_institution_named_again_by_its_first_word_and_a_lower_case_head_is_that_institution(pipeline):
    """Obituary: "the Tarrant institute" after "Tarrant Marine Institute" is the institute, not a place called
    Tarrant; the repairs say so."""
    art, docs = read_by_both(
        pipeline,
        ("She led the Tarrant Marine Institute for ten years.", [], [("Tarrant Marine Institute", "ORG")]),
        ("In 1981 she became the first woman to direct the Tarrant institute.", [], [("Tarrant", "LOC")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Tarrant Marine Institute": ("ORG", 2)}
    assert repairs.loc[repairs["rule"] == "head noun", "before"].tolist() == ["Tarrant"]


def test_a_company_described_as_a_maker_or_founded_is_an_organisation_and_its_analyst_a_person(pipeline):
    """Business: "Corvane, a maker of payroll software" and "Corvane … was founded in 2011", read as a person, are
    a company; "Maya Holt of Brenton Capital said", read as an organisation, is an analyst of a firm."""
    art, docs = read_by_both(
        pipeline,
        (
            "Harwell said it would buy Corvane, a maker of payroll software.",
            [],
            [("Harwell", "ORG"), ("Corvane", "PER")],
        ),
        ("Corvane, based in Denver, was founded in 2011.", [], [("Corvane", "PER"), ("Denver", "LOC")]),
        (
            "Maya Holt of Brenton Capital said the price was high.",
            [],
            [("Maya Holt", "ORG"), ("Brenton Capital", "ORG")],
        ),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Corvane"] == ("ORG", 2) and rows["Maya Holt"] == ("PERSON", 1)
    assert rows["Brenton Capital"] == ("ORG", 1) and rows["Harwell"] == ("ORG", 1)


def _kinds(table: pd.DataFrame) -> dict[str, tuple[str, int]]:
    """entity -> (entity_type, mentions) of an entities table indexed by entity."""
    return {e: (t, int(n)) for e, t, n in zip(table.index, table["entity_type"], table["mentions"])}


def test_a_takeover_report_counts_its_founder_analyst_and_companies_once_with_their_type():
    rows = _kinds(_entities_of(TAKEOVER))
    assert rows["Tobias Wren"] == ("PERSON", 3) and "Wren" not in rows  # "Wren will join …", "Wren said"
    assert rows["Clara Ashdown"] == ("PERSON", 1)
    assert rows["Simon Ardley"] == ("PERSON", 1) and rows["Kessel Research"] == ("ORG", 1)
    assert rows["Corvane"] == ("ORG", 3) and rows["Veltro"] == ("ORG", 1)
    assert rows["Harwell Systems"][0] == "ORG"


def test_a_police_appeal_names_the_car_the_woods_and_the_witness_as_what_they_are():
    rows = _kinds(_entities_of(POLICE_APPEAL))
    assert rows["Vauxhall Astra"] == ("PRODUCT", 2)
    assert rows["Hollin Woods"] == ("LOC", 1)
    assert rows["Edith Crane"] == ("PERSON", 1) and "Pensioner Edith Crane" not in rows
    assert rows["Mark Doyle"] == ("PERSON", 1) and rows["Eastshire Police"] == ("ORG", 1)


def test_what_an_office_is_for_before_its_holders_title_is_no_name(pipeline):
    """Politics: "Transport" in "Transport Secretary Helen Carwood", read as an organisation, is part of her title;
    the Treasury in "Treasury Secretary Laura Kemp" is a body, and stays."""
    art, docs = read_by_both(
        pipeline,
        (
            "Transport Secretary Helen Carwood called the strike disappointing.",
            [],
            [("Transport", "ORG"), ("Helen Carwood", "PER")],
        ),
        ("Treasury Secretary Laura Kemp said rates were right.", [], [("Treasury", "ORG"), ("Laura Kemp", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert spans_of(mentions) == [("Helen Carwood", "PERSON"), ("Treasury", "ORG"), ("Laura Kemp", "PERSON")]
    assert repairs.loc[repairs["rule"] == "title fragment", "before"].tolist() == ["Transport [ORG]"]


def test_a_players_role_before_his_name_makes_a_person_and_a_first_name_after_a_role_joins_it(pipeline):
    """Sport: "Skipper Tomas Quill", read as one organisation, is the player Tomas Quill, whom "Quill" alone names
    again; in "Harrow boss Ines Vantongeren", read as "Vantongeren" alone, the first name after the role joins her
    surname ("Harrow" stays the club)."""
    art, docs = read_by_both(
        pipeline,
        ("Skipper Tomas Quill scored twice as Harrow beat Dunmore.", [], [("Skipper Tomas Quill", "ORG")]),
        ("Quill, on for the injured keeper, was outstanding.", [], [("Quill", "PER")]),
        ("Harrow boss Ines Vantongeren was delighted.", [], [("Harrow", "ORG"), ("Vantongeren", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Tomas Quill"] == ("PERSON", 2) and "Skipper Tomas Quill" not in rows
    assert rows["Ines Vantongeren"] == ("PERSON", 1) and "Vantongeren" not in rows
    assert repairs.loc[repairs["rule"] == "first name", "after"].tolist() == ["Ines Vantongeren [PERSON]"]


def test_a_firm_described_before_its_name_or_employing_an_analyst_is_an_organisation(pipeline):
    """Business: "Danish firm Korvald", read as a place twice, is the company the cue noun says it is; "Per
    Lund, an analyst at Haldor Fonds", read as two people, works at a firm; "the Korvald Zest, a small electric scooter"
    keeps the firm apart from its scooter, and an economist in Oslo leaves Oslo a place."""
    art, docs = read_by_both(
        pipeline,
        (
            "Danish firm Korvald on Monday launched the Korvald Zest, a small electric scooter.",
            [],
            [("Korvald", "LOC")],
        ),
        ("Sales at Korvald's plant in Aarhus rose.", [], [("Korvald", "LOC"), ("Aarhus", "LOC")]),
        (
            "Per Lund, an analyst at Haldor Fonds, said a chief economist at Oslo was wrong.",
            [],
            [("Per Lund", "PER"), ("Haldor Fonds", "PER"), ("Oslo", "LOC")],
        ),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Korvald"] == ("ORG", 2)
    assert rows["Korvald Zest"] == ("PRODUCT", 1)
    assert rows["Haldor Fonds"] == ("ORG", 1) and rows["Per Lund"] == ("PERSON", 1)
    assert rows["Oslo"] == ("GPE", 1)
    assert "described as an organisation 1" in repairs.loc[repairs["rule"] == "type", "before"].str.cat(sep=" ")


def test_a_transfer_report_names_clubs_leagues_and_the_nation_a_player_plays_for(pipeline):
    """Sport: in a transfer story, "Peru winger" is the nation he plays for (a place, not a club), "joined from
    Vessano" and "at home to Kelworth" name clubs whatever the readers said, and "the Vikingligaen" is a league, no
    person."""
    art, docs = read_by_both(
        pipeline,
        (
            "Harland Athletic have signed Peru winger Tomas Quispe for a club-record fee.",
            [],
            [("Harland Athletic", "ORG"), ("Peru", "PER"), ("Tomas Quispe", "PER")],
        ),
        ("The striker scored 14 goals in the Vikingligaen last season.", [], [("Vikingligaen", "PER")]),
        ("He joins defender Ade Bello, who joined from Vessano.", [], [("Ade Bello", "PER"), ("Vessano", "PER")]),
        ("Harland open the league season at home to Kelworth.", [], [("Harland", "ORG"), ("Kelworth", "LOC")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Peru"] == ("GPE", 1)
    assert rows["Vikingligaen"] == ("ORG", 1)
    assert rows["Vessano"] == ("ORG", 1) and rows["Kelworth"] == ("ORG", 1)
    assert rows["Tomas Quispe"] == ("PERSON", 1) and rows["Ade Bello"] == ("PERSON", 1)


def test_a_company_whose_shares_move_or_that_employs_a_strategist_is_an_organisation(pipeline):
    """Markets: "Nordic Baltic up 2.1%", read as a group, and "Ostrava Steel adding 1.4%" are companies whose shares
    move; "head of equities at Lindqvist Partners", read as a building, is a firm; "Japan down 0.4%" stays a
    country."""
    art, docs = read_by_both(
        pipeline,
        (
            "Banks led the gains, with Nordic Baltic up 2.1% and Ostrava Steel adding 1.4%.",
            [("Nordic Baltic", "NORP")],
            [("Nordic Baltic", "MISC"), ("Ostrava Steel", "PER")],
        ),
        (
            '"Rates matter," said Ana Pires, head of equities at Lindqvist Partners.',
            [("Lindqvist Partners", "FAC")],
            [("Ana Pires", "PER"), ("Lindqvist Partners", "LOC")],
        ),
        ("In Asia, Japan down 0.4% led the losses.", [], [("Asia", "LOC"), ("Japan", "LOC")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Nordic Baltic"] == ("ORG", 1) and rows["Ostrava Steel"] == ("ORG", 1)
    assert rows["Lindqvist Partners"] == ("ORG", 1) and rows["Ana Pires"] == ("PERSON", 1)
    assert rows["Japan"] == ("GPE", 1)


def test_the_state_of_a_party_tag_after_a_legislator_is_no_place_of_the_story(pipeline):
    """Politics: "Sen. Ann Reyes, D-Ore.," and "Rep. Tom Vail, R-Ind.," name the states they stand for, not places
    the story is about; Oregon written out in a sentence stays a place."""
    art, docs = read_by_both(
        pipeline,
        (
            "Sen. Ann Reyes, D-Ore., and Rep. Tom Vail, R-Ind., backed the bill.",
            [],
            [("Ann Reyes", "PER"), ("Ore.", "LOC"), ("Tom Vail", "PER"), ("Ind.", "LOC")],
        ),
        ("Fires in Oregon burned for weeks.", [], [("Oregon", "LOC")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert spans_of(mentions) == [("Ann Reyes", "PERSON"), ("Tom Vail", "PERSON"), ("Oregon", "GPE")]
    assert repairs.loc[repairs["rule"] == "party tag", "before"].tolist() == ["Ore. [GPE]", "Ind. [GPE]"]


def test_a_town_after_nearby_and_a_roads_number_are_places(pipeline):
    """Features and crime: "a second bakery in nearby Quarrow", read as an organisation, is a town; "a crash on the
    B6413 near Kelby" and "the M62 motorway" are roads (facilities); "the A380 superjumbo" is left as read."""
    art, docs = read_by_both(
        pipeline,
        ("She plans a second bakery in nearby Quarrow.", [], [("Quarrow", "ORG")]),
        ("A man died in a crash on the B6413 near Kelby.", [], [("B6413", "ORG"), ("Kelby", "LOC")]),
        ("Traffic queued on the M62 motorway.", [], [("M62", "ORG")]),
        ("Its order for the A380 superjumbo stands.", [], [("A380", "ORG")]),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Quarrow"] == ("GPE", 1)
    assert rows["B6413"] == ("FAC", 1) and rows["M62"] == ("FAC", 1) and rows["Kelby"] == ("GPE", 1)
    assert rows["A380"] == ("ORG", 1)


def test_a_headlines_first_word_the_body_writes_only_in_lower_case_is_no_name(pipeline):
    """Disasters: "Landslide toll climbs", read as an organisation, opens a headline over "the landslides"; "Rose
    wins", above a body that writes "a rose" but names "Justin Rose" inside a sentence, stays a name."""
    headline = "Landslide toll climbs to 30 in Verania"
    body = "Two landslides struck the hills of Verania on Friday.", "The landslide buried a school near Harlow."
    art = make_article(*body, headline=headline)
    docs = [
        with_ents(pipeline, headline, [], [("Landslide", "ORG"), ("Verania", "LOC")]),
        with_ents(pipeline, body[0], [], [("Verania", "LOC")]),
        with_ents(pipeline, body[1], [], [("Harlow", "LOC")]),
    ]
    mentions, repairs = entities.extract_mentions(art, docs)
    assert "Landslide" not in set(mentions["entity"]) and "Verania" in set(mentions["entity"])
    assert repairs.loc[repairs["rule"] == "headline word", "before"].tolist() == ["Landslide [ORG]"]
    headline, text = "Rose wins at Kelby", "Golfer Justin Rose, who wore a rose for luck, won by two shots."
    art = make_article(text, headline=headline)
    docs = [
        with_ents(pipeline, headline, [], [("Rose", "PER")]),
        with_ents(pipeline, text, [], [("Justin Rose", "PER")]),
    ]
    mentions, _ = entities.extract_mentions(art, docs)
    assert mentions["entity"].tolist().count("Justin Rose") == 2


def test_a_capital_read_as_an_organisation_outside_sport_is_a_place(pipeline):
    """Politics: "support for Ottawa", read as an organisation, names the capital the gazetteer knows; in a match
    report, where teams are named after towns and countries, the reading stands."""
    art, docs = read_by_both(
        pipeline, ("The ministers pledged continued support for Ottawa on Monday.", [], [("Ottawa", "ORG")])
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Ottawa"] == ("GPE", 1)
    art, docs = read_by_both(
        pipeline,
        ("Ottawa scored twice in stoppage-time to win the league match.", [], [("Ottawa", "ORG")]),
        ("Their striker and goalkeeper both signed for next season.", [], []),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Ottawa"] == ("ORG", 1)


def test_a_product_named_again_by_its_model_name_is_that_product(pipeline):
    """Business: "the Korvald Zest, a small electric scooter" named again as "The Zest" (read as an organisation) and
    "20,000 Zests" (read as a place) is one product; the maker Korvald stays a company of its own."""
    art, docs = read_by_both(
        pipeline,
        (
            "Danish firm Korvald on Monday launched the Korvald Zest, a small electric scooter.",
            [],
            [("Korvald", "ORG")],
        ),
        ("The Zest will be built in Aarhus, the company said.", [], [("Zest", "ORG"), ("Aarhus", "LOC")]),
        ("Korvald aims to sell 20,000 Zests a year.", [], [("Korvald", "ORG"), ("Zests", "LOC")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Korvald Zest"] == ("PRODUCT", 3) and "Zest" not in rows and "Zests" not in rows
    assert rows["Korvald"] == ("ORG", 2)
    assert set(repairs.loc[repairs["rule"] == "fold", "before"]) == {"Zest", "Zests"}


def test_a_one_word_name_opening_a_sentence_as_its_subject_counts_whatever_the_tagger_reads(pipeline):
    """Business: "Kindling sold 40,000 scooters", which the tagger reads as a common noun and no reader as a name,
    counts for the company the article names inside a sentence; "kindling" written in lower case elsewhere would
    make it a common word."""
    art, docs = read_by_both(
        pipeline,
        ("Danish firm Kindling launched a scooter on Monday.", [], [("Kindling", "ORG")]),
        ("Kindling sold 40,000 scooters in the first half.", [], []),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Kindling"] == ("ORG", 2)
    art, docs = read_by_both(
        pipeline,
        ("Danish firm Kindling launched a scooter on Monday.", [], [("Kindling", "ORG")]),
        ("Kindling sold 40,000 scooters in the first half.", [], []),
        ("Dry kindling burns fast.", [], []),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Kindling"] == ("ORG", 1)


def test_a_surname_every_reader_calls_a_person_twice_makes_the_full_name_a_person(pipeline):
    """Tennis: "beat top seed Jessica Harlan 6-4, 3-6, 7-5" (a score after a name is a club's mark) and two
    mentions of "Harlan" that every reader calls a person are one person."""
    art, docs = parsed(
        pipeline,
        "Qualifier Mila Ostrova beat top seed Jessica Harlan 6-4, 3-6, 7-5 on Tuesday.",
        "Harlan, the world No. 3 from Canada, said a blister had bothered her since Sunday.",
        '"That is no excuse," Harlan said.',
    )
    entities_table = entities.entities_table(entities.mentions_table(art, docs))
    harlan = entities_table[entities_table["entity"] == "Jessica Harlan"].iloc[0]
    assert (harlan["entity_type"], harlan["mentions"]) == ("PERSON", 3)


def test_an_abbreviation_in_brackets_joins_the_name_it_spells():
    """Business and tech: a regulator's name cut at a lower-case word ("Medicines and Healthcare products Regulatory
    Agency (MHRA)") is one organisation, and its abbreviation counts for it later; a country before the name it
    qualifies ("US Food and Drug Administration (FDA)", "the Irish Data Protection Commission (DPC)") does not stop
    the abbreviation, even one no reader reads as a name, from counting for the full name."""
    table = _entities_of(
        "date 2025-03-12 Regulator backs new eye drug\n\n"
        "The Medicines and Healthcare products Regulatory Agency (MHRA) approved Veltrix Bio's eye drug on Tuesday.\n\n"
        "The MHRA said the benefits outweighed the risks. The US Food and Drug Administration (FDA) approved it in "
        "May, and the FDA will review it again next year.\n\n"
        "In Dublin, the Irish Data Protection Commission (DPC) opened an inquiry into the trial's data. The DPC can "
        "fine a company heavily."
    )
    assert table.loc["Medicines and Healthcare products Regulatory Agency", "mentions"] == 3
    assert table.loc["US Food and Drug Administration", "mentions"] == 3
    assert table.loc["Irish Data Protection Commission", "mentions"] == 3
    assert not {"MHRA", "FDA", "DPC", "Medicines", "Healthcare", "Regulatory Agency"} & set(table.index)


def test_a_clipped_first_word_names_the_organisation_again():
    """Markets: "the Fed" is the Federal Reserve the article names in full."""
    table = _entities_of(
        "date 2025-01-24 Markets wait for central bank\n\n"
        "Traders said the Fed, which cut rates in December, would hold them this month.\n\n"
        "The Federal Reserve meets next week in Washington, and the Bank of England a week later."
    )
    assert table.loc["Federal Reserve", ["entity_type", "mentions"]].tolist() == ["ORG", 2]
    assert "Fed" not in table.index


def test_a_title_of_nobility_and_its_place_are_one_person_named_again_by_the_title():
    """Royal news: "the Duke of Harrowby" is one person (not the organisations "Duke" and "Harrowby"), "the Duke"
    names him again and "the Duchess of Harrowby" is another person."""
    table = _entities_of(
        "date 2025-11-21 Duke of Harrowby joins band on stage\n\n"
        "The Duke of Harrowby joined the band on stage at the Caxton Arena on Thursday night.\n\n"
        "The Duke, 38, played the tambourine. The Duchess of Harrowby watched from the royal box.\n\n"
        "The Duke's appearance was his first at a concert since 2023."
    )
    assert table.loc["Duke of Harrowby", ["entity_type", "mentions"]].tolist() == ["PERSON", 4]
    assert table.loc["Duchess of Harrowby", "entity_type"] == "PERSON"
    assert not {"Duke", "Harrowby"} & set(table.index)


def test_a_team_named_by_town_and_nickname_is_one_club():
    """Cricket: a team the recogniser reads as a person ("Kingsbridge Kestrels") is a club when its nickname alone
    stands where only a club does ("the Kestrels' captain"); a side a team plays or is held by is a club; a ground
    is a facility."""
    table = _entities_of(
        "date 2025-06-15 Harrowgate Hawks beat Kingsbridge Kestrels by four wickets\n\n"
        "Tom Pearce struck 112 as Harrowgate Hawks beat Kingsbridge Kestrels by four wickets at Elmfield Road on "
        "Sunday to go top of the championship. Chasing 287, Harrowgate were 96 for four when Pearce came in.\n\n"
        "The Kestrels' captain, Daniel Fairbrother, said his batsmen had thrown their wickets away. The Kestrels "
        "host Dunston Vale on Saturday.\n\n"
        "Harrowgate coach Andrew Bellamy praised Pearce. Dunston Vale were held by Redmoor at the Priory Ground, "
        "and Harrowgate play Redmoor next week."
    )
    assert table.loc["Kingsbridge Kestrels", ["entity_type", "mentions"]].tolist() == ["ORG", 4]
    assert table.loc["Redmoor", "entity_type"] == "ORG"
    assert table.loc["Priory Ground", "entity_type"] == "FAC"


def test_a_name_opening_a_sentence_before_a_role_and_a_person_counts(pipeline):
    """Sport and business: "Harrowgate coach Andrew Bellamy praised …" names the club the article names elsewhere,
    whatever part of speech the tagger gives the first word (a modifier opening a sentence is otherwise no name:
    "Riot police came")."""
    art, docs = read_by_both(
        pipeline,
        ("Harrowgate beat Redmoor by four wickets on Sunday.", [], [("Harrowgate", "ORG"), ("Redmoor", "ORG")]),
        ("Harrowgate coach Andrew Bellamy praised his batsmen.", [], [("Andrew Bellamy", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Harrowgate"] == ("ORG", 2)


def test_a_band_and_its_members_are_named_by_the_nouns_before_them():
    """Entertainment: the recogniser reads a band as a person and a singer as an organisation; "the band X" makes
    the band an organisation however often it is named, and "the singer X" makes its singer a person."""
    table = _entities_of(
        "date 2025-11-21 Velvet Meridian win album of the year\n\n"
        "Velvet Meridian won album of the year at the Brightlight Awards in Manchester on Thursday night.\n\n"
        "The band Velvet Meridian was started in Salford in 2012 by the singer Jess Thornbury and the guitarist "
        "Kieran Molloy.\n\n"
        "Thornbury thanked their fans. Velvet Meridian begin a tour in Glasgow in December."
    )
    assert table.loc["Velvet Meridian", ["entity_type", "mentions"]].tolist() == ["ORG", 4]
    assert table.loc["Jess Thornbury", "entity_type"] == "PERSON"
    assert "Thornbury" not in table.index
    assert table.loc["Kieran Molloy", "entity_type"] == "PERSON"


def test_the_town_of_an_address_and_its_street():
    """Court: in "John Kershaw, 34, of Elm Road, Leeds" the town after the street is a place (not an organisation)
    and the street a facility (not a place)."""
    table = _entities_of(
        "date 2025-05-09 Two men jailed for warehouse raid\n\n"
        "Darren Pike, 29, of Moorside Crescent, Bradford, and Stephen Garside, 52, of Wakefield Road, Rothwell, were "
        "jailed at Leeds Crown Court on Thursday.\n\n"
        "Pike admitted robbery. Garside was found guilty by a jury."
    )
    for town in ("Bradford", "Rothwell"):
        assert table.loc[town, "entity_type"] == "GPE", town
    for street in ("Moorside Crescent", "Wakefield Road"):
        assert table.loc[street, "entity_type"] == "FAC", street


def test_a_members_constituency_and_a_party_the_readers_cut():
    """UK politics: the place an MP is "for" is a place, and two names joined by "and" there are one seat's name (a
    member holds one seat); "Liberal Democrat", which the readers cut into an organisation and a group, is one group,
    its plural included."""
    table = _entities_of(
        "date 2025-02-05 MPs clash over river pollution\n\n"
        "The Liberal Democrat MP for Westbridge, Claire Donaghy, opened the debate. The Conservative MP for Ashcombe "
        "and Lydford, Sir Geoffrey Pengelly, urged action.\n\n"
        "Greens and Liberal Democrats said the measures did not go far enough."
    )
    for place in ("Westbridge", "Ashcombe and Lydford"):
        assert table.loc[place, "entity_type"] == "GPE", place
    assert "Ashcombe" not in table.index and "Lydford" not in table.index
    assert table.loc["Liberal Democrat", ["entity_type", "mentions"]].tolist() == ["NORP", 2]
    assert "Liberal" not in table.index


def test_a_town_listed_with_a_place_is_a_place():
    """Travel news: small towns no gazetteer holds, read as organisations or people, are places when listed with a
    name the article reads as a place ("between Kilcreggan and Gourock", "from Portavadie to Tarbert"); not in a
    sport report, where towns name clubs."""
    table = _entities_of(
        "date 2025-01-24 Ferry sailings cancelled as storm hits\n\n"
        "All ferry sailings from Kilcreggan were cancelled on Friday as the storm hit Scotland.\n\n"
        "Services between Kilcreggan and Gourock would not resume until Saturday. Sailings from Portavadie to "
        "Tarbert were also suspended.\n\n"
        "In Kilcreggan, the pier was closed."
    )
    for place in ("Gourock", "Tarbert"):
        assert table.loc[place, "entity_type"] in ("GPE", "LOC"), place


def test_drug_brands_trial_phases_and_firms_forms_in_a_pharma_story():
    """Business: a drug named in apposition to "treatment" or "drug" is a product (the recogniser reads a company);
    "Phase" before a trial's number and "AI" are no names; "Labs" and "Therapeutics" end firms' names."""
    table = _entities_of(
        "date 2025-03-12 Regulator backs migraine drug\n\n"
        "Shares in Vantara Therapeutics rose on Wednesday after the regulator approved the company's migraine "
        "treatment, Corvexa, for use in Britain.\n\n"
        "In a Phase 3 trial, patients taking Corvexa had fewer attacks. Halvern Pharma, whose rival drug, Migrelle, "
        "is sold in Germany, fell 3 per cent.\n\n"
        "Orbis Labs, an AI start-up, said it would use the word AI less."
    )
    assert table.loc["Corvexa", ["entity_type", "mentions"]].tolist() == ["PRODUCT", 2]
    assert table.loc["Migrelle", "entity_type"] == "PRODUCT"
    assert table.loc["Orbis Labs", "entity_type"] == "ORG"
    assert not {"Phase", "AI"} & set(table.index)


def test_a_title_in_apposition_before_a_name_says_a_person():
    """Politics: "The SNP's environment spokesman, Alasdair MacRae, said" names a person the recogniser reads as an
    organisation."""
    table = _entities_of(
        "date 2025-02-05 Water bill returns to the Lords\n\n"
        "Ministers said the bill would return to the House of Lords next week.\n\n"
        "The SNP's environment spokesman, Alasdair MacRae, said Scotland had kept its water in public hands."
    )
    assert table.loc["Alasdair MacRae", "entity_type"] == "PERSON"


def test_the_x_family_is_the_family_not_the_person_of_that_surname():
    """Feature: "the Macleod family" and "the Macleods" are one family, apart from "Ewan Macleod", whose surname
    alone still joins him."""
    table = _entities_of(
        "date 2025-01-24 Village shop stays open through the storm\n\n"
        "Ewan Macleod, 52, runs the village shop in Tarbet.\n\n"
        "The storm closed the road, but the Macleod family kept the shop open. The Macleods have been here for four "
        "generations.\n\n"
        '"We have seen worse," Macleod said.'
    )
    assert table.loc["Macleod family", ["entity_type", "mentions"]].tolist() == ["PERSON", 2]
    assert table.loc["Ewan Macleod", "mentions"] == 2
    assert "Macleods" not in table.index


def test_a_shared_surname_joins_the_bearer_named_earlier_in_its_paragraph():
    """Court: with a defendant "Lee Barraclough" and a prosecutor "Helen Barraclough", "Ms Barraclough said" after
    "Prosecuting, Helen Barraclough said" in the same paragraph is the prosecutor; a shared surname in a paragraph
    naming both, or neither, stays on its own."""
    table = _entities_of(
        "date 2025-05-09 Three men jailed over warehouse raid\n\n"
        "A fourth man, Lee Barraclough, 22, of Hunslet, was cleared of all charges.\n\n"
        'Prosecuting, Helen Barraclough said the guard suffered a fractured skull. "He was doing his job," Ms '
        "Barraclough said.\n\n"
        "Barraclough left the court with his mother."
    )
    assert table.loc["Helen Barraclough", "mentions"] == 2
    assert table.loc["Lee Barraclough", "mentions"] == 1
    assert table.loc["Barraclough", "mentions"] == 1


def test_a_product_a_company_launched_is_a_product_however_often_read_as_a_person():
    """Tech: the recogniser reads an assistant's name ("Atlas") as a person every time; "launched Atlas" says it is
    a product put on sale, and that decides the entity."""
    table = _entities_of(
        "date 2025-09-18 Regulator sues Quillon over its assistant\n\n"
        "The regulator sued Quillon Technologies on Thursday over claims about how Atlas handles personal data.\n\n"
        "Quillon Technologies launched Atlas in 2023. Users love Atlas, analysts said.\n\n"
        "Atlas will get a new privacy switch next month, Quillon said."
    )
    assert table.loc["Atlas", "entity_type"] == "PRODUCT"
    assert table.loc["Quillon Technologies", "entity_type"] == "ORG"


def test_a_bracketed_law_and_a_venue_are_not_cut_into_people():
    """Politics and entertainment: "the Water (Special Measures) Bill" is one law (not an organisation and a person
    "Bill"); "the Caxton Hall Arena" is one venue (not "Caxton" and a person "Hall Arena")."""
    table = _entities_of(
        "date 2025-02-05 Water bill returns to the Lords\n\n"
        "The minister said the Water (Special Measures) Bill would return to the House of Lords next week.\n\n"
        "The band played the Caxton Hall Arena in Manchester on Thursday night."
    )
    assert table.loc["Water (Special Measures) Bill", "entity_type"] == "LAW"
    assert table.loc["Caxton Hall Arena", "entity_type"] == "FAC"
    assert not {"Bill", "Caxton", "Hall Arena"} & set(table.index)


def test_the_ends_of_a_route_and_a_regulator_in_apposition():
    """Travel and politics: both ends of "the line between Helensburgh and Crianlarich", read as people, are
    places; "Ofwat, the industry regulator," read as a place, is an organisation."""
    table = _entities_of(
        "date 2025-01-24 Storm closes railway line\n\n"
        "Network Rail closed the line between Helensburgh and Crianlarich after a tree fell on the track.\n\n"
        "The minister said Ofwat, the industry regulator, would get new powers to ban bonuses."
    )
    for place in ("Helensburgh", "Crianlarich"):
        assert table.loc[place, "entity_type"] == "GPE", place
    assert table.loc["Ofwat", "entity_type"] == "ORG"
    assert table.loc["Network Rail", "entity_type"] == "ORG"


def test_a_regulator_in_apposition_before_a_name_is_a_body():
    entities = _entities_of(
        "date 2025-02-27 Brightwater shares slump\n\n"
        "Chief executive Amara Osei said the company would cut 400 jobs.\n\n"
        "The regulator, Ofwat, said it would publish its decision in May."
    )
    assert entities.loc["Ofwat", "entity_type"] == "ORG"


def test_a_flight_code_and_a_letter_are_no_people_and_names_cut_at_a_hyphen_or_possessive_are_joined():
    entities = _entities_of(
        "date 2025-11-18 Flight diverted\n\n"
        "Aer Lingus flight EI137 landed safely at Shannon Airport. Engine maker Rolls-Royce said it was working "
        "with the airline.\n\n"
        "Prof Sarah Bright, a hepatologist at King's College London, said the study was large.\n\n"
        "Hours later the senator posted a statement on X. He apologised."
    )
    types = entities["entity_type"]
    assert types.get("EI137") != "PERSON"
    assert types["Rolls-Royce"] == "ORG" and "Royce" not in types.index
    assert types["King's College London"] == "ORG" and "College London" not in types.index
    assert "PERSON" not in {types.get("X."), types.get("X")}


def test_a_surname_joins_the_full_name_written_with_letters_after_it():
    entities = _entities_of(
        "date 2025-03-12 Fraud trial\n\n"
        "Under cross-examination by prosecutor Anthony Reid KC, she was asked why she had approved the payments.\n\n"
        "Mr Reid suggested that she had been warned by a junior colleague in 2021."
    )
    assert entities.loc["Anthony Reid", "mentions"] == 2 and "Reid" not in entities.index


def test_a_team_called_by_its_nickname_is_the_team_named_by_its_city():
    entities = _entities_of(
        "date 2025-01-10 Celtics rally past Heat as Tatum scores 38\n\n"
        "Jayson Tatum scored 38 points and the Boston Celtics beat the Miami Heat 112-104 on Friday night.\n\n"
        "The Heat have lost three of their last four."
    )
    assert "Heat" not in entities.index and entities.loc["Miami Heat", "mentions"] >= 2


def test_a_towns_short_name_joins_its_club_rather_than_its_newspaper():
    entities = _entities_of(
        "date 2024-09-14 Harford win\n\n"
        "Jordan Cole scored twice in a 3-0 win over Millbrook Athletic at Fenwick Park.\n\n"
        "The result leaves Millbrook 19th. According to the Millbrook Echo, the manager will hold talks on Monday.\n\n"
        "A Millbrook spokesperson declined to comment."
    )
    assert "Millbrook" not in entities.index and entities.loc["Millbrook Athletic", "mentions"] >= 2


def test_a_basketball_report_is_sport_and_a_team_is_counted_by_its_nickname():
    entities = _entities_of(
        "date 2025-01-10 Celtics rally past Heat\n\n"
        "Jayson Tatum scored 38 points and the Boston Celtics beat the Miami Heat 112-104 on Friday night.\n\n"
        "Jaylen Brown added nine rebounds. Derrick White hit four 3-pointers, and Tatum put the Celtics ahead for "
        "good with a driving layup a minute later."
    )
    assert entities.loc["Boston Celtics", "mentions"] >= 2 and "Celtics" not in entities.index


def test_a_name_spelled_by_its_bracketed_abbreviation_is_joined_when_only_its_first_word_was_read():
    entities = _entities_of(
        "date 2025-04-02 Carmaker recalls SUVs\n\n"
        "Velorra Motors is recalling 48,000 cars, the Driver and Vehicle Standards Agency (DVSA) said on Tuesday.\n\n"
        "The DVSA urged owners not to carry passengers in the front seat."
    )
    assert entities.loc["Driver and Vehicle Standards Agency", "mentions"] == 3 and "Driver" not in entities.index


# Translated news writes a title, what it is of and its holder without commas, names the outlets it quotes from by
# one word, and a body first in full and then in part: each rule below was found on such a report.
TRANSLATED_POLITICS = (
    "date 2024-03-11 Lake district council approves the new harbour plan\n\n"
    "11.3. 10:20 | Updated 11.3. 12:45\n\n"
    "President of the Republic Aarni Vesterholm said on Monday that the harbour plan is good for the region. "
    "Vesterholm spoke in Porvila.\n\n"
    "The governor of the Bank of Norrmark Ilkka Saarento said that the costs are reasonable.\n\n"
    "In Norrmark, the Minister of Transport Veikko Lahdenperä announced that the state will pay a third.\n\n"
    "The chairman of the Coastal People's Party, Minna Rautavaara, told Kaikuviesti that her party supports the "
    "plan. The Coastal People's Party has four seats, and Coastal People's Party member Juho Keto voted against it. "
    "Keto said in an interview with Rannikkoradio that the plan is too expensive.\n\n"
    "The Minister of Climate and the Environment Kaija Mikkonen welcomed the plan.\n\n"
    "The Norrmark Statistics Office says that the harbour handled 2 million tonnes last year. The Statistics "
    "Office will publish new figures in May.\n\n"
    "The National Audit Bureau (VTV) will check the costs. According to VTV, the check takes a year.\n"
)


def test_a_title_and_what_it_is_of_before_a_name_leave_the_person_whole():
    """ "President of the Republic Aarni Vesterholm" and "the governor of the Bank of Norrmark Ilkka Saarento", read
    as one organisation each, are a person (the bank stays an organisation); "the Minister of Transport Veikko
    Lahdenperä", whom no reader read, is a person too."""
    rows = _kinds(_entities_of(TRANSLATED_POLITICS))
    assert rows["Aarni Vesterholm"] == ("PERSON", 2)  # "Vesterholm spoke" joins him
    assert rows["Kaija Mikkonen"] == ("PERSON", 1) and "Environment" not in rows
    assert rows["Ilkka Saarento"] == ("PERSON", 1) and rows["Bank of Norrmark"] == ("ORG", 1)
    assert rows["Veikko Lahdenperä"] == ("PERSON", 1)
    assert not any("Republic" in name for name in rows) and "Transport" not in rows


def test_an_outlet_a_source_spoke_to_is_an_organisation():
    """ "told Kaikuviesti" and "an interview with Rannikkoradio" name the outlets, however the readers typed them;
    "Keto" after "Juho Keto" stays the person."""
    rows = _kinds(_entities_of(TRANSLATED_POLITICS))
    assert rows["Kaikuviesti"][0] == "ORG" and rows["Rannikkoradio"][0] == "ORG"
    assert rows["Juho Keto"] == ("PERSON", 2)


def test_a_name_written_whole_elsewhere_is_whole_where_it_is_read_in_pieces_or_in_part():
    """ "Coastal People's Party" is one organisation wherever it is written, and "the Statistics Office" and "VTV"
    are the bodies named before in full."""
    rows = _kinds(_entities_of(TRANSLATED_POLITICS))
    assert rows["Coastal People's Party"] == ("ORG", 3)
    assert "People's Party" not in rows and "Coastal" not in rows
    assert rows["Norrmark Statistics Office"] == ("ORG", 2)
    assert rows["National Audit Bureau"] == ("ORG", 3)


def test_places_named_near_the_front_are_places():
    """War reports name small towns as objects of "the direction of", "near" and "around": places, whatever the
    readers typed them as ("Marinko" and "Bohdanets" read as people), and the town joined to one by "and" too."""
    rows = _kinds(
        _entities_of(
            "date 2024-02-01 Fighting continues in the east\n\n"
            "Forces attacked in the direction of Marinko and Bohdanets on Tuesday, the general staff said. Heavy "
            "shelling was reported near Stepanko.\n"
        )
    )
    assert rows["Marinko"][0] == "GPE" and rows["Bohdanets"][0] == "GPE"
    assert rows["Stepanko"][0] in ("GPE", "LOC")


def test_a_venue_named_after_the_at_a_sentence_start_is_found():
    rows = _kinds(
        _entities_of(
            "date 2024-05-20 Home side through to the final\n\n"
            "The Harjula Arena was sold out on Sunday. About 9,000 people watched the game.\n"
        )
    )
    assert rows["Harjula Arena"] == ("FAC", 1)


def test_a_name_set_beside_a_title_or_after_an_occupation_is_a_person_without_the_title():
    """ "The governor of the Voronezh region Aleksandr Gusev", read as an organisation, is a person by the title in
    apposition; "Chief Physician Niina Ikonen" is "Niina Ikonen", the same person as "Ikonen"."""
    rows = _kinds(
        _entities_of(
            "date 2024-01-23 Flu season at its peak\n\n"
            "The governor of the Voronezh region Aleksandr Gusev said that the army is active.\n\n"
            "Chief Physician Niina Ikonen from the institute says that cases will fall. Ikonen expects a quiet "
            "spring.\n"
        )
    )
    assert rows["Aleksandr Gusev"][0] == "PERSON"
    assert rows["Niina Ikonen"] == ("PERSON", 2) and "Physician Niina Ikonen" not in rows


def test_a_surname_of_two_parts_in_lower_case_after_the_hyphen_and_an_office_after_a_title_are_read_right():
    """ "Halla-aho" is one surname (not "Halla" and "aho"), so "Jussi Halla-aho" and "Halla-aho" are one person;
    "Minister of Economic Affairs" names an office, not a person, while "the leader of Belarus" names a place."""
    rows = _kinds(
        _entities_of(
            "date 2023-06-20 New speaker elected\n\n"
            "The party's Jussi Kallio-oja was elected Speaker on Tuesday. Kallio-oja, 52, thanked his party.\n\n"
            "Wille Rydman becomes Minister of Economic Affairs. The leader of Belarus Alexander Lukashenko "
            "congratulated him.\n"
        )
    )
    assert rows["Jussi Kallio-oja"] == ("PERSON", 2)
    assert "Economic Affairs" not in rows and rows["Belarus"][0] == "GPE"


def test_a_family_in_a_feature_is_two_people_named_by_first_name_and_surname():
    """A feature names its subject in full, then by surname, then by first name, and his son after him: both are
    people (the readers took the full names for organisations and the first name alone for a company's short
    form), "his son X" is a person, and the surname alone before the son is named is the father's."""
    rows = _kinds(
        _entities_of(
            "date 2023-12-24 The oldest herder in the north is 91\n\n"
            "Aslak Näkkäläjärvi wakes up every morning at five.\n\n"
            '"They need food also on Christmas Eve," Näkkäläjärvi says and laughs.\n\n'
            "Nowadays his son Niilo Näkkäläjärvi and grandson Jouni do most of the work. According to Niilo, his "
            "father still drives a snowmobile.\n\n"
            "The winters have changed a lot during Aslak's life. Aslak Näkkäläjärvi has no plans to retire.\n"
        )
    )
    assert rows["Aslak Näkkäläjärvi"][0] == "PERSON" and rows["Aslak Näkkäläjärvi"][1] >= 4
    assert rows["Niilo Näkkäläjärvi"][0] == "PERSON"
    assert "Näkkäläjärvi" not in rows


def test_an_age_after_a_name_the_readers_disagree_on_makes_the_player_one_person():
    """ "Pukki", read as an organisation, a work and a place, is a person by "Pukki, 33, scored", and so the
    surname of "Teemu Pukki", read as an organisation: one person named four times."""
    rows = _kinds(
        _entities_of(
            "date 2023-09-10 Pukki's goal was not enough as Finland lose in Copenhagen\n\n"
            "Finland had a chance to equalize at the end, but Teemu Pukki's header was saved by the goalkeeper.\n\n"
            '"We played a good match, but we did not take our chances," Pukki told MTV after the match.\n\n'
            "On Thursday, Finland beat Northern Ireland 1-0 in Helsinki. Pukki, 33, scored the winning goal from a "
            "penalty.\n"
        )
    )
    assert rows["Teemu Pukki"] == ("PERSON", 4)


def test_a_double_surname_and_a_name_after_a_title_no_reader_read_are_one_person_each():
    rows = _kinds(
        _entities_of(
            "date 2023-03-16 Game company cuts staff\n\n"
            "The company's CEO Alexandre Pelletier-Normand said that it must focus on its best games. "
            '"These are difficult decisions," Pelletier-Normand said.\n\n'
            'Analyst Atte Riikola of Inderes estimates that the cuts will help. "The offer is good," Riikola said.\n'
        )
    )
    assert rows["Alexandre Pelletier-Normand"] == ("PERSON", 2)
    assert rows["Atte Riikola"] == ("PERSON", 2)


def test_a_chamber_named_after_its_country_and_a_numbered_road_are_read_whole():
    rows = _kinds(
        _entities_of(
            "date 2023-10-04 Speaker removed\n\n"
            "The US House of Representatives voted on Tuesday to remove its speaker. The House cannot pass laws "
            "until a new speaker is elected.\n\n"
            "Two people died in a crash on Highway 7 near Loviisa on Saturday.\n"
        )
    )
    assert rows["US House of Representatives"] == ("ORG", 2) and "House" not in rows
    assert rows["Highway 7"] == ("FAC", 1)


def test_a_disease_named_after_a_person_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2023-10-16 Former president dies\n\n"
            "Aarne Kettunen had suffered from Alzheimer's disease in recent years, his family said.\n"
        )
    )
    assert "Alzheimer" not in rows and rows["Aarne Kettunen"][0] == "PERSON"


# ------------------------------------------------------------------------------- names the readers read in part


def test_a_persons_name_read_in_part_carries_on_over_the_proper_nouns_beside_it(pipeline):
    """Politics: the recogniser reads "Ana Lucía" of "Ana Lucía Ortega Vidal" and "Vidal" of "Ortega Vidal's";
    the words no reader read that the parse makes one name with them belong to the person, counted twice."""
    art, docs = read_by_both(
        pipeline,
        ("The prize went to President Ana Lucía Ortega Vidal in March.", [], [("Ana Lucía", "PER")]),
        ("The bill was written by Ortega Vidal's closest ally.", [], [("Vidal", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Ana Lucía Ortega Vidal": ("PERSON", 2)}
    assert "Ana Lucía [PERSON]" in repairs.loc[repairs["rule"] == "person name", "before"].tolist()


def test_a_name_runs_over_its_particles_and_a_hyphen_and_a_particle_makes_it_a_persons(pipeline):
    """ "Greta" read as a place is "Greta van der Heide", a person; "Pedro Sousa" is "Pedro Sousa-Leal"; "Prince
    Faisal" and "bin Khalid", read apart, are one person."""
    art, docs = read_by_both(
        pipeline,
        ("Greta van der Heide, the trade minister, arrived on Monday.", [], [("Greta", "LOC")]),
        ("Club president Pedro Sousa-Leal agreed the fee.", [], [("Pedro Sousa", "PER")]),
        ("Prince Faisal bin Khalid met the envoy.", [], [("Prince Faisal", "PER"), ("bin Khalid", "PER")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {
        "Greta van der Heide": ("PERSON", 1),
        "Pedro Sousa-Leal": ("PERSON", 1),
        "Prince Faisal bin Khalid": ("PERSON", 1),
    }


def test_a_proper_noun_after_a_place_or_a_title_of_office_is_not_pulled_into_a_persons_name(pipeline):
    """A word before a lone surname after "of" or "for" ("the Minister for Finance Okafor") or a demonym after a
    capitalised word stays out of the name; so does half a word cut at a hyphen."""
    art, docs = read_by_both(
        pipeline,
        ("The Deputy Minister for Finance Okafor spoke.", [], [("Okafor", "PER")]),
        ("Seoul returned Li In-mo to the North.", [], [("Seoul", "LOC"), ("Li", "PER")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    names = set(mentions["text"])
    assert "Okafor" in names and "Finance Okafor" not in names
    assert "Li In" not in names


def test_a_name_after_a_persons_title_is_not_split_at_a_word_read_elsewhere_as_a_place(pipeline):
    """East Asia: "President Pak Sung Il", whose family name alone the recogniser reads as a place, is one person,
    and "Pak" alone names him again."""
    art, docs = read_by_both(
        pipeline,
        ("President Pak Sung Il met the envoy on Monday.", [], [("Pak Sung Il", "PER")]),
        ("Pak said the talks were useful.", [], [("Pak", "LOC")]),
        ("A spokesman for Pak declined to comment.", [], [("Pak", "LOC")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Pak Sung Il": ("PERSON", 3)}
    assert "glued prefix" not in set(repairs["rule"])


def test_a_title_stripped_from_a_name_still_counts_as_a_persons_title(pipeline):
    """Obituary: "Mrs Alder" (read as one person, the recogniser reading "Alder" elsewhere as an organisation) is a
    person: the title and the reading of the titled name count for the surname, and "Mrs" gives it to the woman of
    the two bearers."""
    art, docs = read_by_both(
        pipeline,
        ("Nina Alder and Paul Alder moved to Kelby in 1960.", [], [("Nina Alder", "PER"), ("Paul Alder", "PER")]),
        ("Alder raised money for the new ward.", [], [("Alder", "ORG")]),
        ('"Mrs Alder would ask the question you had not prepared," he said.', [], [("Mrs Alder", "PER")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Alder"] == ("PERSON", 1)
    assert rows["Nina Alder"] == ("PERSON", 2)


# ------------------------------------------------------------------------------------------ short forms, folds


def test_a_surname_shared_by_people_does_not_join_a_ward_named_after_them(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Nina Alder and Paul Alder moved to Kelby in 1960.", [], [("Nina Alder", "PER"), ("Paul Alder", "PER")]),
        ("The Alder Ward opened in 1971.", [], [("Alder Ward", "ORG")]),
        ("Alder retired in 1998.", [], [("Alder", "ORG")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Alder Ward"] == ("ORG", 1) and "Alder" in rows


def test_a_town_unknown_to_the_gazetteer_joins_the_club_named_after_it_in_a_sport_report():
    entities = _entities_of(
        "date 2025-08-29 Kelbury sign winger\n\n"
        "Kelbury United have completed the signing of winger Tomas Reyes from Porto for £40m.\n\n"
        "Reyes scored 14 goals in the league last season and passed a medical on Thursday. Kelbury have now spent "
        "£110m this summer, and Kelbury will face Castleford Rovers in Sunday's match."
    )
    assert entities.loc["Kelbury United", "mentions"] >= 3 and "Kelbury" not in entities.index


def test_a_club_name_stays_apart_from_its_supporters_trust(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Kelbury United signed Tomas Reyes.", [], [("Kelbury United", "ORG"), ("Tomas Reyes", "PER")]),
        ("The Kelbury United Supporters' Trust welcomed him.", [], [("Kelbury United Supporters' Trust", "ORG")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Kelbury United"] == ("ORG", 1) and rows["Kelbury United Supporters' Trust"] == ("ORG", 1)


def test_a_firm_named_without_its_legal_form_joins_it_whatever_a_reader_took_it_for(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Kestrix Corp shares fell 3% on Tuesday.", [], [("Kestrix Corp", "ORG")]),
        ("Kestrix, the most valuable chipmaker, has gained 30% this year.", [], [("Kestrix", "LOC")]),
        ("Brokers kept their rating on Kestrix.", [], [("Kestrix", "LOC")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Kestrix Corp": ("ORG", 3)}


def test_a_name_before_an_analysts_job_and_a_persons_name_is_a_firm(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Harwick analyst Dana Lyle cut her price target.", [], [("Harwick", "LOC"), ("Dana Lyle", "PER")]),
        ("Harwick kept its rating.", [], [("Harwick", "LOC")]),
        ("London analyst Ann Fry disagreed.", [], [("London", "LOC"), ("Ann Fry", "PER")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Harwick"] == ("ORG", 2) and rows["London"] == ("GPE", 1)


def test_a_surname_alone_joins_the_name_it_ends_after_the_arabic_article_and_a_royal_by_title_and_first_name(
    pipeline,
):
    art, docs = read_by_both(
        pipeline,
        ("The government of Nabil al-Hariri lost the north.", [], [("Nabil al-Hariri", "PER")]),
        ("Hariri has ruled since 2000.", [], [("Hariri", "PER")]),
        ("Crown Prince Khalid bin Fahd signed the deal.", [], [("Khalid bin Fahd", "PER")]),
        ("Prince Khalid said it was historic.", [], [("Prince Khalid", "PER")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Nabil al-Hariri"] == ("PERSON", 2) and rows["Khalid bin Fahd"] == ("PERSON", 2)


def test_a_name_its_bracketed_abbreviation_spells_is_not_split_before_a_person(pipeline):
    """India: "Bharat Rashtra Samithi (BRS)", whose last words the recogniser reads as a person, is one party."""
    art, docs = read_by_both(
        pipeline,
        (
            "Congress beat the Bharat Rashtra Samithi (BRS) in Telangana.",
            [],
            [("Congress", "ORG"), ("Bharat", "MISC"), ("Rashtra Samithi", "PER"), ("BRS", "ORG"), ("Telangana", "LOC")],
        ),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Bharat Rashtra Samithi"] == ("ORG", 2)


# ------------------------------------------------------------------------------------------ types from context


def test_what_a_company_unveiled_or_owns_is_a_product_not_a_place_or_a_person(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Orvane on Wednesday unveiled the Lyra, a pair of smart glasses.", [], [("Orvane", "ORG"), ("Lyra", "LOC")]),
        ("The Lyra runs Orvane's Pilot assistant.", [], [("Lyra", "LOC"), ("Orvane", "ORG"), ("Pilot", "PER")]),
        ("The Lyra will cost $699.", [], [("Lyra", "LOC")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Lyra"] == ("PRODUCT", 3) and rows["Pilot"] == ("PRODUCT", 1)


def test_a_maker_before_a_name_and_the_agency_in_a_dateline_are_organisations(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("SEOUL, Nov 20 (Hanmun) - Talks resumed.", [], [("SEOUL", "LOC"), ("Hanmun", "LOC")]),
        ("The curbs hit the cosmetics maker Belapure.", [], [("Belapure", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Belapure"] == ("ORG", 1) and rows["Seoul"][0] == "GPE"  # as the gazetteer writes it
    # the agency, typed an organisation, is the dateline's credit: logged, counted for no entity
    assert "Hanmun" not in rows
    assert repairs.loc[repairs["rule"] == "dateline credit", "before"].tolist() == ["Hanmun [ORG]"]


def test_the_gazetteer_knows_a_city_written_without_its_accents():
    assert "sao paulo" in entities.known_cities() and "são paulo" in entities.known_cities()


def test_an_other_name_ending_as_bodies_names_end_is_an_organisation(pipeline):
    """Obituary: "the Kelby Liver Trust", which the recogniser reads as an other name with no type, is counted as an
    organisation, and a cup, read so, as an event."""
    art, docs = read_by_both(
        pipeline,
        ("She chaired the Kelby Liver Trust from 1992.", [], [("Kelby Liver Trust", "MISC")]),
        ("He won the Kelby Cup twice.", [], [("Kelby Cup", "MISC")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Kelby Liver Trust": ("ORG", 1), "Kelby Cup": ("EVENT", 1)}


def test_someones_relative_is_a_person_however_the_readers_read_the_name(pipeline):
    art, docs = read_by_both(
        pipeline,
        (
            "The film cuts the subplot about Nora's mother, Agnes, which is a loss.",
            [],
            [("Nora", "PER"), ("Agnes", "LOC")],
        ),
        ("Agnes appears in two scenes.", [], [("Agnes", "ORG")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Agnes"] == ("PERSON", 2)


def test_a_surname_two_people_share_left_on_its_own_is_a_persons(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Margit Osane, 64, received the award.", [], [("Margit Osane", "PER")]),
        ("Her colleague Efua Osane said the team was thrilled.", [], [("Efua Osane", "PER")]),
        ('"I am grateful," Osane said.', [], [("Osane", "ORG")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Osane"] == ("PERSON", 1)
    # introduced as her daughter, Efua is named by her first name after that: the surname alone is Margit's
    art, docs = read_by_both(
        pipeline,
        ("Margit Osane, 64, received the award.", [], [("Margit Osane", "PER")]),
        ("Her daughter, Efua Osane, said the family was thrilled.", [], [("Efua Osane", "PER")]),
        ('"I am grateful," Osane said.', [], [("Osane", "ORG")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Margit Osane"] == ("PERSON", 2)


def test_a_shared_surname_names_the_one_bearer_the_article_has_named_before_it(pipeline):
    """Transfer: "Costa" follows "Tiago Costa" and comes before the club's "Rui Pereira da Costa" is named: it is the
    player's; after both are named, the surname alone still stands for the player it has stood for."""
    art, docs = read_by_both(
        pipeline,
        ("Kelbury signed winger Tiago Costa from Porto.", [], [("Kelbury", "ORG"), ("Tiago Costa", "PER")]),
        ("Costa scored 14 goals last season.", [], [("Costa", "PER")]),
        ("Porto's finance director, Rui Pereira da Costa, praised the fee.", [], [("Rui Pereira da Costa", "PER")]),
        ("Costa will wear the number 7 shirt.", [], [("Costa", "PER")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Tiago Costa"] == ("PERSON", 3) and "Costa" not in rows


def test_a_surname_after_a_noun_of_trust_and_in_joins_the_person(pipeline):
    """Business: "full confidence in Okeke" names the chief executive, not a place."""
    art, docs = read_by_both(
        pipeline,
        ("Chief executive Amara Okeke said profit would fall.", [], [("Amara Okeke", "PER")]),
        ("The board has full confidence in Okeke, the chairman said.", [], [("Okeke", "LOC")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Amara Okeke": ("PERSON", 2)}


def test_a_common_noun_joins_the_name_it_begins_only_after_the_article_names_it(pipeline):
    """Politics: "told the House" in a Commons debate is not the "House of Lords" a later paragraph names."""
    art, docs = read_by_both(
        pipeline,
        ("People cannot paddle in the river, she told the House.", [], [("House", "ORG")]),
        ("The bill returns to the House of Lords next week.", [], [("House of Lords", "ORG")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"House": ("ORG", 1), "House of Lords": ("ORG", 1)}


def test_a_firms_first_word_read_as_a_group_but_written_as_a_noun_is_the_firm(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Veridian Rail has been fined 48 million pounds.", [], [("Veridian Rail", "ORG")]),
        ("Veridian said it accepted the findings.", [("Veridian", "NORP")], [("Veridian", "MISC")]),
        ("The regulator ordered Veridian to pay.", [("Veridian", "NORP")], [("Veridian", "LOC")]),
        ("British passengers were angry.", [("British", "NORP")], [("British", "MISC")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Veridian Rail"] == ("ORG", 3) and "Veridian" not in rows


def test_a_function_word_in_a_heading_in_capitals_is_no_name(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("Tyler Herro scored 25 points for the Heat.", [], [("Tyler Herro", "PER"), ("Heat", "ORG")]),
        ("UP NEXT", [], [("UP", "ORG")]),
        ("Heat: Host the Orlando Magic on Sunday.", [], [("Heat", "ORG"), ("Orlando Magic", "ORG")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert "UP" not in _entity_rows(mentions) and "heading word" in set(repairs["rule"])


def test_an_honour_and_a_family_doctor_are_no_names(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("She was appointed CBE in 2001.", [], [("CBE", "ORG")]),
        ("Her daughter is a GP in Bath.", [], [("GP", "ORG"), ("Bath", "LOC")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Bath": ("GPE", 1)}


def test_a_centre_for_something_and_a_body_at_the_after_a_job_are_organisations(pipeline):
    art, docs = read_by_both(
        pipeline,
        (
            "said Arun Mehra, a senior fellow at the Centre for Fiscal Studies in Pune.",
            [("the Centre for Fiscal Studies", "FAC")],
            [("Arun Mehra", "PER"), ("the Centre for Fiscal Studies", "LOC"), ("Pune", "LOC")],
        ),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Centre for Fiscal Studies"] == ("ORG", 1)


def test_a_name_with_a_persons_occupation_in_apposition_after_it_is_a_person(pipeline):
    art, docs = read_by_both(
        pipeline,
        (
            "Rights groups raised the case of Salma Idris, a university student, on Tuesday.",
            [],
            [("Salma Idris", "LOC")],
        ),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Salma Idris": ("PERSON", 1)}


def test_a_word_opening_a_sentence_that_the_body_writes_in_lower_case_is_no_name(pipeline):
    """Review: "Grey light falls on grey water": the recogniser's "Grey" is the colour, not an organisation."""
    art, docs = read_by_both(
        pipeline,
        ("Grey light falls flat on grey water.", [], [("Grey", "ORG")]),
        ("Turkey imports more turkey than ever.", [], [("Turkey", "LOC")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Turkey": ("GPE", 1)}


def test_a_name_the_article_established_counts_whole_where_the_readers_read_it_in_pieces(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("She founded the unit at Kelby General Hospital in 1971.", [], [("Kelby General Hospital", "ORG")]),
        ("Kelby General Hospital said the ward would close.", [], [("Hospital", "PER")]),
    )
    mentions, repairs = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"Kelby General Hospital": ("ORG", 2)}
    # the reader's "Hospital" runs back over the title inside the name first ("General Hospital", `names_a_building`)
    assert "General Hospital [ORG]" in repairs.loc[repairs["rule"] == "same name elsewhere", "before"].tolist()


def test_a_people_in_the_plural_is_no_short_form_of_the_party_named_after_it():
    rows = _kinds(
        _entities_of(
            "date 2023-04-24 Coalition talks begin\n\n"
            "The Finns Party will join the talks, its chairman said on Monday.\n\n"
            "According to a survey, most Finns expect the new government to focus on the economy.\n"
        )
    )
    assert rows["Finns Party"] == ("ORG", 1) and rows["Finns"][0] == "NORP"


def test_a_name_before_base_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-02-26 Satellite launched\n\n"
            "The satellite was carried by a rocket from the Vandenberg base in California on Sunday.\n"
        )
    )
    assert rows["Vandenberg"][0] == "GPE"


def test_a_surname_two_people_share_goes_on_standing_for_the_one_it_already_named():
    """A sport feature names the winner by surname alone before his sister is named in full; after her, and in the
    headline, "Rantala" is still his."""
    rows = _kinds(
        _entities_of(
            "date 2024-02-25 Rantala won the 50 kilometres\n\n"
            "Arvo Rantala won the 50-kilometre race on Sunday. Rantala broke away after 40 kilometres.\n\n"
            "On Saturday, Arvo's sister Kaisa Rantala was fifth in the women's race.\n\n"
            "Rantala has won two Olympic gold medals in his career.\n"
        )
    )
    assert rows["Arvo Rantala"] == ("PERSON", 5)
    assert rows["Kaisa Rantala"] == ("PERSON", 1)
    assert "Rantala" not in rows


def test_the_body_a_title_is_of_does_not_make_its_holder_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2024-02-25 Race won\n\n"
            "The head coach of the Finnish team Teemu Rinne said that the form had improved clearly.\n\n"
            "– We saw the result today, Rinne said.\n"
        )
    )
    assert rows["Teemu Rinne"] == ("PERSON", 2)


def test_a_capitalised_common_noun_after_the_one_name_it_ends_is_that_body():
    rows = _kinds(
        _entities_of(
            "date 2024-06-28 Leaders agree on top jobs\n\n"
            "The leaders nominated Anna Berg for a second term as President of the European Commission on Thursday.\n\n"
            "Berg has led the Commission through very difficult years. The new Commission will start in November.\n"
        )
    )
    assert rows["European Commission"] == ("ORG", 3) and "Commission" not in rows


def test_a_name_whose_words_read_alone_as_one_person_is_not_split_at_a_first_name():
    rows = _kinds(
        _entities_of(
            "date 2024-02-25 Race won\n\n"
            "Niskanen beat Norway's Johannes Høsflot Klæbo by 12 seconds. Klæbo tried to catch him on the last hill.\n"
        )
    )
    assert rows["Johannes Høsflot Klæbo"] == ("PERSON", 2) and "Johannes" not in rows


def test_a_firm_a_title_is_of_keeps_its_name_and_the_house_is_not_the_white_house():
    rows = _kinds(
        _entities_of(
            "date 2024-05-02 Witness testifies\n\n"
            "A former finance director of the logistics firm Carraway Freight told the court that she had never seen "
            "the invoices.\n\n"
            "The White House said on Monday that the bill was a mistake. The House will vote on it next week.\n"
        )
    )
    assert rows["Carraway Freight"][0] == "ORG"
    assert rows["White House"] == ("ORG", 1)


def test_an_adjective_naming_a_day_with_its_weekday_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2024-03-06 Candidate drops out\n\n"
            "Lena Moor ended her campaign the day after the so-called Super Tuesday in Boston. Rain fell in Moscow "
            "Tuesday. The Swedish Sunday paper Veckoposten wrote about it.\n"
        )
    )
    assert "Super" not in rows
    assert rows["Moscow"][0] == "GPE" and rows["Swedish"][0] == "NORP"


def test_an_outlet_no_reader_read_is_an_organisation_and_so_is_one_a_reader_took_for_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-02-01 Strikes go on\n\n"
            "The chairman Jarkko Elo said that the unions are ready.\n\n"
            "– The government wants to weaken workers, Elo told Yle.\n\n"
            "His lawyer Mikko Rantanen said to Aamulehti that his client will consider an appeal.\n"
        )
    )
    assert rows["Yle"] == ("ORG", 1)
    assert rows["Aamulehti"] == ("ORG", 1)


def test_an_obituarys_subject_with_an_occupation_in_apposition_is_a_person_and_keeps_her_surname():
    """The readers split on "Eleanor Marsh" (an organisation in the headline): "the marine biologist" in apposition
    makes her a person, and "Marsh" alone stays hers after her husband is named."""
    rows = _kinds(
        _entities_of(
            "date 2025-11-17 Eleanor Marsh, pioneering marine biologist, dies aged 84\n\n"
            "Eleanor Marsh, the marine biologist whose studies of coral bleaching helped protect reefs, died on "
            "Saturday aged 84 at her home, her family said.\n\n"
            "Born in Leeds in 1941, Marsh won a scholarship in 1959.\n\n"
            "She married the geologist Thomas Marsh in 1965; he died in 2019.\n\n"
            "Marsh was also a gifted teacher.\n"
        )
    )
    assert rows["Eleanor Marsh"] == ("PERSON", 4) and rows["Thomas Marsh"] == ("PERSON", 1)


def test_a_person_after_a_title_of_a_field_is_found_whole():
    """Translated business news: "Finnair's director of communications Päivyt Sundqvist", whose first name a reader
    took alone for an organisation, is one person, and "Sundqvist" alone is hers; "the head of the firm Carraway
    Freight" stays a firm."""
    rows = _kinds(
        _entities_of(
            "date 2024-03-12 Flights cancelled\n\n"
            "Finnair's director of communications Päivyt Sundqvist said that the airline regrets the inconvenience.\n\n"
            "– We try to rebook all customers, Sundqvist told HS.\n\n"
            "A former director of the logistics firm Carraway Freight denied the charges.\n"
        )
    )
    assert rows["Päivyt Sundqvist"] == ("PERSON", 2) and "Päivyt" not in rows
    assert rows["Carraway Freight"][0] == "ORG"


def test_a_name_a_reader_took_for_an_organisation_after_a_title_of_a_field_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-03-12 Flights cancelled\n\n"
            "Finnair's director of communications Ilmari Tallqvist said that the airline regrets the inconvenience.\n\n"
            "– We try to rebook all customers, Tallqvist told HS.\n"
        )
    )
    assert rows["Ilmari Tallqvist"] == ("PERSON", 2) and "Tallqvist" not in rows


def test_an_abbreviation_ending_a_bodys_name_is_that_body_whatever_a_reader_took_it_for():
    rows = _kinds(
        _entities_of(
            "date 2023-09-07 THL: infections have increased\n\n"
            "The number of infections has clearly increased, says the Finnish Institute for Health and Welfare THL.\n\n"
            "According to THL, the amount of virus in wastewater has doubled.\n\n"
            "– We are in the beginning of an autumn wave, says chief physician Otto Helve from THL.\n"
        )
    )
    assert rows["Finnish Institute for Health and Welfare"] == ("ORG", 4) and "THL" not in rows


def test_a_newspaper_of_two_words_a_source_spoke_to_is_an_organisation(pipeline):
    """Translated news: "told Pohjolan Viesti", "said to Pohjolan Viesti", read as a person's name, is the paper
    the sources spoke to: its last word never stands alone, as a person's surname does ("Orava told")."""
    art, docs = read_by_both(
        pipeline,
        ("The campaign manager Liisa Orava said the rules were too weak.", [], [("Liisa Orava", "PER")]),
        (
            "– The forests tell a different story, Orava told Pohjolan Viesti.",
            [],
            [("Orava", "PER"), ("Pohjolan Viesti", "PER")],
        ),
        (
            "The minister Kari Haapala said to Pohjolan Viesti that no limit would be set.",
            [("Kari Haapala", "PERSON")],
            [("Kari Haapala", "PER"), ("Pohjolan Viesti", "PER")],
        ),
        ("Pohjolan Viesti reported the plan in May.", [], [("Pohjolan Viesti", "PER")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {
        "Liisa Orava": ("PERSON", 2),
        "Pohjolan Viesti": ("ORG", 3),
        "Kari Haapala": ("PERSON", 1),
    }


def test_a_name_whose_share_price_moves_is_a_company():
    """Business: "Kestra's share fell by 0.8 percent" says what Kestra is, whatever the readers made of the rest."""
    rows = _kinds(
        _entities_of(
            "date 2024-03-12 Refiner under fire\n\n"
            "Environmental groups criticised Kestra on Tuesday.\n\n"
            "Kestra did not want to comment on the report. Kestra will publish its own report next week.\n\n"
            "Kestra's share fell by 0.8 percent on the Helsinki stock exchange.\n"
        )
    )
    assert rows["Kestra"] == ("ORG", 4)


def test_a_body_named_with_a_country_after_it_is_an_organisation_and_a_countrys_part_a_place(pipeline):
    art, docs = read_by_both(
        pipeline,
        ("The number of owls has grown, says WildWings Finland.", [], [("WildWings Finland", "PER")]),
        (
            "According to WildWings Finland, volunteers heard 620 owls in Southwest Finland.",
            [],
            [("WildWings Finland", "PER"), ("Southwest Finland", "LOC")],
        ),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions) == {"WildWings Finland": ("ORG", 2), "Southwest Finland": ("GPE", 1)}


def test_a_name_before_based_is_a_town(pipeline):
    art, docs = read_by_both(
        pipeline,
        (
            "Among gainers, Brindley-based engineering firm Hollis Precision jumped 11%.",
            [],
            [("Brindley", "PER"), ("Hollis Precision", "ORG")],
        ),
        (
            '"Brindley has quietly become a hub for manufacturing," said analyst Martin Graves.',
            [],
            [("Brindley", "PER"), ("Martin Graves", "PER")],
        ),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Brindley"] == ("GPE", 2)


def test_an_abbreviation_written_after_an_organisations_name_is_another_name_not_part_of_it(pipeline):
    art, docs = read_by_both(
        pipeline,
        (
            "The Nordic Dockworkers Union NDU will strike at the port next week.",
            [],
            [("Nordic Dockworkers Union NDU", "ORG")],
        ),
        (
            "The chairman of NDU Jussi Mervi said the strike was political.",
            [],
            [("NDU", "ORG"), ("Jussi Mervi", "PER")],
        ),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Nordic Dockworkers Union"] == ("ORG", 2)
    assert entities.without_abbreviation("Meridian Holdings PLC") == "Meridian Holdings PLC"


def test_a_capital_after_in_in_a_sport_report_is_where_the_match_was(pipeline):
    art, docs = read_by_both(
        pipeline,
        (
            "Finland lost to Norway 0-2 in the Nations League match in Oslo on Sunday. Both goals were scored by the "
            "striker Erik Dahl.",
            [],
            [("Finland", "LOC"), ("Norway", "LOC"), ("Nations League", "MISC"), ("Oslo", "ORG"), ("Erik Dahl", "PER")],
        ),
        ("The stadium in Oslo was sold out, and the coach praised his goalkeeper.", [], [("Oslo", "ORG")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    assert _entity_rows(mentions)["Oslo"] == ("GPE", 2)


def test_a_team_named_by_its_town_and_by_its_nickname_is_the_team_but_the_town_after_in_is_a_place(pipeline):
    """US sport: "Omaha trailed", "the Falcons" are the "Omaha Falcons"; "in Omaha" is the city."""
    art, docs = read_by_both(
        pipeline,
        (
            "Jon Tarr scored in overtime and the Omaha Falcons beat the Halden Rangers 4-3 in the playoff game.",
            [],
            [("Jon Tarr", "PER"), ("Omaha Falcons", "ORG"), ("Halden Rangers", "ORG")],
        ),
        (
            "Omaha trailed 3-1 after two periods but scored twice in the third. Omaha goalkeeper Al Berg made 30 "
            "saves.",
            [],
            [("Omaha", "LOC"), ("Omaha", "LOC"), ("Al Berg", "PER")],
        ),
        ("The Falcons play Game 4 on Saturday night in Omaha.", [], [("Falcons", "LOC"), ("Omaha", "LOC")]),
        ("Kelby lost 2-1 at Omaha's Ferry Lane ground.", [], [("Kelby", "ORG"), ("Omaha", "LOC")]),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Omaha Falcons"] == ("ORG", 5) and rows["Omaha"] == ("GPE", 1) and "Falcons" not in rows


def test_a_stock_market_index_is_listed_as_a_thing_with_its_number():
    """Markets: "FTSE 100", "S&P 500" and "Nasdaq", which the recogniser finds as other names or cuts before the
    number, are indices (listed, neither bodies nor places); a company whose shares fall stays a company."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Stocks slip\n\n"
            "LONDON, March 14 (Reuters) - Britain's FTSE 100 fell on Friday, while Wall Street's tech-heavy Nasdaq "
            "climbed to a record high.\n\n"
            "The blue-chip FTSE 100 index closed down 0.4% at 8,612 points. In New York, the S&P 500 gained 0.8%. "
            "Kestrel Mining shares fell 2.6%.\n"
        )
    )
    assert rows["FTSE 100"] == ("PRODUCT", 2) and rows["S&P 500"] == ("PRODUCT", 1)
    assert rows["Nasdaq"] == ("PRODUCT", 1) and rows["Kestrel Mining"] == ("ORG", 1) and "S&P" not in rows


def test_a_name_the_body_gives_alone_before_a_longer_name_it_begins_is_a_name_of_its_own(pipeline):
    """Business: "Angry Gulls", the games, named twice before "the Angry Gulls Movie", is not the film's short
    name."""
    art, docs = read_by_both(
        pipeline,
        (
            "Rovik, which is known for the Angry Gulls games, made a profit of 28 million euros.",
            [],
            [("Rovik", "ORG"), ("Angry Gulls", "ORG")],
        ),
        ("Angry Gulls is still our strongest brand, the chief executive said.", [], [("Angry Gulls", "ORG")]),
        (
            "The Angry Gulls Movie, which premiered in 2016, made 350 million dollars.",
            [],
            [("Angry Gulls Movie", "ORG")],
        ),
    )
    mentions, _ = entities.extract_mentions(art, docs)
    rows = _entity_rows(mentions)
    assert rows["Angry Gulls"] == ("ORG", 2) and rows["Angry Gulls Movie"] == ("ORG", 1)


def test_one_of_a_people_is_no_person_and_a_language_before_interpreter_no_place():
    rows = _kinds(
        _entities_of(
            "date 2024-04-02 Owls return\n\n"
            "A Finn has been honoured in London for the protection of owls. Every Finn can help by reporting owls, the "
            "ringer Pentti Saurola said.\n\n"
            "The main witness gave evidence through a Hindi interpreter, the court heard.\n"
        )
    )
    assert rows["Finn"] == ("NORP", 2) and "Hindi" not in rows and "Every Finn" not in rows


def test_a_shared_surname_after_both_are_named_is_the_one_the_article_already_called_by_it():
    """Feature: a nurse called "Osane" alone before her daughter Efua Osane is named; "Osane said" after both is the
    nurse, not a third person."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-19 Village nurse honoured\n\n"
            "Margit Osane, 64, received the Golden Lamp award on Thursday.\n\n"
            '"I am so grateful," Osane said. Osane has been the district nurse in Aldermoor since 1985.\n\n'
            'Her daughter, Efua Osane, said the family was thrilled. "Mum always put others first," she said.\n\n'
            "The award comes with a prize of 10,000 pounds, which Osane said she would give to the village clinic.\n"
        )
    )
    assert rows["Margit Osane"] == ("PERSON", 4) and rows["Efua Osane"] == ("PERSON", 1) and "Osane" not in rows


def test_a_plural_common_noun_opening_a_sentence_read_as_a_person_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2025-01-22 Supplier to cut jobs\n\n"
            "Harlow Aerospace said on Wednesday it would cut about 1,200 jobs in Kansas.\n\n"
            "Layoffs will begin in March and affect plants in Wichita. The union said it would fight the layoffs.\n"
        )
    )
    assert "Layoffs" not in rows and rows["Harlow Aerospace"][0] == "ORG"


def test_a_name_no_reader_found_after_the_runs_on_over_of():
    """Translated court news: "appeal the judgment to the Court of Appeal", which no reader finds, is the court,
    not a "Court"."""
    rows = _kinds(
        _entities_of(
            "date 2023-05-11 Former manager jailed for embezzlement\n\n"
            "The Kymenlaakso District Court sentenced a former municipal manager to prison on Thursday.\n\n"
            "The man's lawyer, Jussi Sarvikivi, told HS that his client will probably appeal the judgment to the Court "
            "of Appeal.\n"
        )
    )
    assert rows["Court of Appeal"] == ("ORG", 1) and "Court" not in rows


def test_the_first_half_of_a_plural_noun_written_with_a_hyphen_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2023-09-11 Finland lost in Copenhagen\n\n"
            "Finland's national football team, the Eagle-owls, lost to Denmark 0-1 in the qualifier on Sunday.\n"
        )
    )
    assert "Eagle" not in rows and rows["Denmark"][0] in ("GPE", "ORG")


def test_a_company_glued_to_its_chief_executive_is_still_split():
    rows = _kinds(
        _entities_of(
            "date 2024-02-14 Game makers struggle\n\n"
            "The other big Finnish game company Supercell published its own result last week.\n\n"
            "The CEO of Supercell Ilkka Paananen said to Helsingin Sanomat that the industry is going through a "
            "difficult time.\n\n"
            "– The players spend less money than during the pandemic, Paananen said.\n"
        )
    )
    assert rows["Supercell"][0] == "ORG" and rows["Ilkka Paananen"] == ("PERSON", 2)


def test_a_name_given_a_chief_executive_or_shareholders_is_a_firm_whatever_it_was_read_as(pipeline):
    """Business: "Brightwater Line's chief executive", said once of a ferry firm read as a person in every
    paragraph, makes it a company; a person's spokesman or staff does not."""
    art, docs = read_by_both(
        pipeline,
        ("Brightwater Line will cut its winter sailings.", [], [("Brightwater Line", "PER")]),
        (
            "Brightwater Line's chief executive Anna Koski spoke in Turku.",
            [],
            [("Brightwater Line", "PER"), ("Anna Koski", "PER"), ("Turku", "LOC")],
        ),
        ("Brightwater Line carried four million passengers.", [], [("Brightwater Line", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Brightwater Line"] == ("ORG", 3)
    art, docs = read_by_both(
        pipeline,
        ("Tom Acre will stand for mayor.", [], [("Tom Acre", "PER")]),
        ("Tom Acre's spokesman and staff declined to comment.", [], [("Tom Acre", "PER")]),
    )
    assert _entity_rows(entities.mentions_table(art, docs))["Tom Acre"] == ("PERSON", 2)


def test_a_companys_own_competitor_is_a_company_and_a_persons_rival_a_person(pipeline):
    """Business: "Brightwater Line's competitor Nordic Star", read as a person twice, is a company when Brightwater
    Line is the company the story is about; "Koski's rival Tom Acre" in the same story stays a person."""
    art, docs = read_by_both(
        pipeline,
        ("Brightwater Line will cut its winter sailings.", [], [("Brightwater Line", "ORG")]),
        ("Brightwater Line said fuel costs had doubled.", [], [("Brightwater Line", "ORG")]),
        (
            "Brightwater Line's competitor Nordic Star said it has no such plans. Nordic Star sails daily.",
            [],
            [("Brightwater Line", "ORG"), ("Nordic Star", "PER"), ("Nordic Star", "PER")],
        ),
        (
            "Board member Anna Koski backed the cuts. Koski's rival Tom Acre did not.",
            [],
            [("Anna Koski", "PER"), ("Koski", "PER"), ("Tom Acre", "PER")],
        ),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Nordic Star"] == ("ORG", 2)
    assert rows["Tom Acre"] == ("PERSON", 1)


def test_a_business_named_by_english_words_and_a_plural_is_not_cut_into_a_person(pipeline):
    """Business: "its cable unit Alcatel Submarine Networks", read as one organisation, stays one: the last words
    ("Submarine Networks") are English words ending in a plural, as businesses are named, not a person's name."""
    art, docs = read_by_both(
        pipeline,
        (
            "Nokia sold its cable unit Alcatel Submarine Networks to the state.",
            [],
            [("Nokia", "ORG"), ("Alcatel Submarine Networks", "ORG")],
        ),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Alcatel Submarine Networks"] == ("ORG", 1)
    assert "Submarine Networks" not in rows


def test_a_title_case_headline_word_the_body_writes_mostly_in_lower_case_is_no_name():
    """Feature: "The Last Salmon Fishers Of Kainuu …" names only Lapland, though the body writes "Salmon Fishers"
    with capitals once, inside the name of their association, and "salmon" and "fishers" in lower case otherwise."""
    table = _entities_of(
        "date 2024-08-02 The Last Salmon Fishers Of Lapland Wait For The Rain\n\n"
        "Only a dozen salmon fishers still work the river near Inari, and the salmon come later every summer.\n\n"
        "The fishers say the water is too warm, according to the Salmon Fishers' Association.\n\n"
        "Most fishers now sell their salmon to tourists."
    )
    assert "Inari" in table.index
    assert not [name for name in table.index if "Fishers" in name and "Association" not in name]


def test_a_surname_shared_with_relatives_named_as_such_is_the_subjects():
    """Obituary: after "her son, Tomas Varga" and "Her husband, the sculptor Imre Varga", the bare "Varga" is
    Helena Varga, whom the story is about, not a surname of its own; where no bearer is introduced as a relative
    ("Bill Hale" and "Ann Hale" both ministers) the bare surname stays apart."""
    table = _entities_of(
        "date 2025-05-30 Helena Varga, the composer, dies at 91\n\n"
        "Helena Varga, the composer of four operas, died on Tuesday in Budapest.\n\n"
        "Her death was announced by her son, Tomas Varga.\n\n"
        "Varga studied in Vienna and taught there for thirty years.\n\n"
        "Her husband, the sculptor Imre Varga, died in 2011. Varga is survived by her son."
    )
    assert table.loc["Helena Varga", "mentions"] == 4
    assert "Varga" not in table.index
    table = _entities_of(
        "date 2025-05-30 Ministers clash\n\n"
        "Bill Hale, the energy minister, met Ann Hale, the health minister, on Tuesday.\n\n"
        "Hale said the talks went well."
    )
    assert "Hale" in table.index


def test_a_player_credited_with_points_or_rebounds_is_a_person_whatever_the_recogniser_read(pipeline):
    """Basketball: "Tomas Kaunis had 17 points and 15 rebounds", read as an organisation, is a player; a team's
    name in the same place ("Boston Celtics had 50 rebounds") stays a team."""
    art, docs = read_by_both(
        pipeline,
        ("The Harbor City Gulls beat the Boston Celtics 112-109 in overtime in the basketball league.", [], []),
        (
            "Tomas Kaunis had 17 points and 15 rebounds, and the Boston Celtics had 50 rebounds.",
            [],
            [("Tomas Kaunis", "ORG"), ("Boston Celtics", "ORG")],
        ),
    )
    rows = _entity_rows(entities.mentions_table(art, docs))
    assert rows["Tomas Kaunis"][0] == "PERSON"
    assert rows["Boston Celtics"][0] == "ORG"


def test_a_person_shown_by_a_title_or_an_age_stays_a_person_whose_surname_is_a_place():
    """Motor racing: a driver whose surname is also a capital ("Douglas") is the driver where a title or an age
    shows a person, however often the gazetteer knows the surname, and so is the headline's surname alone."""
    rows = _kinds(
        _entities_of(
            "date 2024-06-02 Douglas takes pole in the rain\n\n"
            "Samuel Douglas took pole position for Sunday's race, ahead of his teammate.\n\n"
            "Douglas was a second quicker than anyone else in the wet session.\n\n"
            "Douglas, 27, will start from the front for the third time this season. Mr Douglas thanked his team.\n"
        )
    )
    assert rows == {"Samuel Douglas": ("PERSON", 5)}


def test_a_company_whose_name_a_reader_takes_for_a_people_is_one_company_with_its_short_form():
    """Mining: "Anglo Norse", read as a people's, is the company bid for, and "Anglo" alone is it, not the unit
    "Anglo Norse Nickel" whose name begins with it."""
    rows = _kinds(
        _entities_of(
            "date 2024-04-09 Tellmark makes offer for Anglo Norse\n\n"
            "Tellmark Resources said on Tuesday it had made an offer for Anglo Norse, the miner listed in Oslo.\n\n"
            "Anglo Norse's board said the offer undervalued Anglo. The bid would require Anglo to sell its stake in "
            "Anglo Norse Nickel.\n\n"
            "Anglo shares rose 4% in Oslo.\n"
        )
    )
    assert rows["Anglo Norse"][0] == "ORG" and "Anglo" not in rows
    assert rows["Anglo Norse"][1] >= 5


def test_a_person_after_a_title_of_is_split_from_the_word_ending_what_the_title_is_of():
    """Translated news: "the chairman of PAM Annika Saarinen" and "the Minister of Agriculture and Forestry Sari
    Lehto", each read as one name, are the union's abbreviation and the person, and the title's last word and the
    person."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Unions warn of strikes\n\n"
            "The unions will decide on strikes next week. The chairman of PAM Annika Saarinen said to the newspaper "
            "Aamulehti that the members are angry.\n\n"
            "The Minister of Agriculture and Forestry Sari Lehto said that the government will not change its plans. "
            "Saarinen met Lehto on Monday.\n"
        )
    )
    assert rows["Annika Saarinen"] == ("PERSON", 2) and rows["Sari Lehto"] == ("PERSON", 2)
    assert rows["PAM"][0] == "ORG" and not any(name.startswith(("PAM ", "Forestry")) for name in rows)


def test_a_lower_case_word_opening_a_name_in_a_headline_is_cut_off():
    rows = _kinds(
        _entities_of(
            "date 2024-05-25 Rovers stun City to reach the final\n\n"
            "LONDON — Hartwell Rovers beat Millbrook City 2-1 in the cup semi-final on Saturday. City had won the "
            "league six days earlier.\n"
        )
    )
    assert not any(name.lower().startswith("stun") for name in rows)


def test_a_company_named_as_a_named_companys_competitor_is_a_company():
    rows = _kinds(
        _entities_of(
            "date 2024-10-24 Kestra orders fall\n\n"
            "The lift maker Kestra said on Thursday that its orders fell in the third quarter. Kestra's profit rose."
            "\n\nKestra's competitor Brandt reported similar problems last week.\n"
        )
    )
    assert rows["Brandt"][0] == "ORG"


def test_a_town_visited_and_a_town_listed_with_another_are_places():
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 Minister visits the north\n\n"
            "The minister Aino Kallio visited Rovaniemi on Monday. Kallio met local farmers.\n\n"
            "The trains between Tampere and Pori ran normally, the rail company said.\n"
        )
    )
    assert rows["Rovaniemi"][0] == "GPE" and rows["Pori"][0] == "GPE" and rows["Tampere"][0] == "GPE"


def test_the_county_after_the_town_of_an_address_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-11-14 Accountant jailed\n\n"
            "A former bank executive was sentenced on Thursday.\n\n"
            "Graham Pennington, 58, of Harrogate, North Yorkshire, was convicted in September of fraud.\n"
        )
    )
    assert rows["North Yorkshire"][0] == "GPE"


def test_a_team_named_by_its_state_and_by_a_nickname_in_the_singular_is_the_team():
    """US sport: the "Colorado Wild" is also "Colorado" and "the Wild" in its report."""
    rows = _kinds(
        _entities_of(
            "date 2024-04-16 Wild beat Hawks in overtime\n\n"
            "DENVER (AP) — Mark Dale scored his 40th goal of the season in overtime and the Colorado Wild beat the "
            "Oregon Hawks 4-3 on Monday night.\n\n"
            "Dale also had two assists. The Wild have won four straight games. Goaltender Tim Roe made 31 saves for "
            "Colorado.\n\n"
            "Oregon coach Pat Moore said his team stopped skating in the third period. Colorado plays at Edmonton on "
            "Wednesday.\n"
        )
    )
    assert rows["Colorado Wild"][0] == "ORG" and "Colorado" not in rows


def test_a_nations_man_is_one_of_a_people_a_teammate_a_person_and_what_has_a_chief_executive_a_body():
    """Motor racing: "the Dutchman" is no organisation, "his teammate Lance Stroll" no organisation, and "Rennford's
    chief executive" makes Rennford, which the recogniser takes for a person, a company."""
    rows = _kinds(
        _entities_of(
            "date 2024-07-08 Dekker wins in the rain\n\n"
            "Jan Dekker of Vanta Racing won the race on Sunday, one spot ahead of his teammate Lance Stroll. The "
            "Dutchman said the team chose the right tyres.\n\n"
            "Rennford, as the former Vantage Rail is now called, owns the track. Rennford's chief executive said the "
            "crowd was a record.\n"
        )
    )
    assert rows["Dutchman"][0] == "NORP" and rows["Lance Stroll"][0] == "PERSON" and rows["Rennford"][0] == "ORG"


def test_a_person_the_recogniser_reads_alone_is_no_place_where_it_read_a_country():
    rows = _kinds(
        _entities_of(
            "date 2025-02-11 Strike continues\n\n"
            "The union opposes the changes that the government of Petteri Orpo is preparing.\n"
        )
    )
    assert rows["Petteri Orpo"][0] == "PERSON"


def test_the_head_of_a_company_named_after_its_legal_form_is_a_person():
    """Translated news names a company's head right after the company's legal form, without a comma."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-09 Former chief executive sentenced\n\n"
            "The Helsinki District Court sentenced on Wednesday the former CEO of the construction company "
            "Rakennus-Laine Oy Jukka Laine to two years of prison for tax fraud.\n\n"
            "The district court sentenced the former chief executive of the builder Kivi-Rakenne Oy Matti Laaksola "
            "to two years in prison. Laaksola's lawyer said he will appeal.\n"
        )
    )
    assert rows["Jukka Laine"][0] == "PERSON" and rows["Matti Laaksola"] == ("PERSON", 2)
    assert not any(name.endswith("Laaksola") and name != "Matti Laaksola" for name in rows)


def test_a_shared_surname_goes_to_the_bearer_named_so_far_who_is_no_ones_relative():
    """Obituary: before her husband is named ("She married the chemist Karl Brandt"), the bare "Brandt" after
    "her son, Jonas Brandt" is Ilse Brandt, the only bearer named so far who is no one's relative."""
    table = _entities_of(
        "date 2023-11-03 Ilse Brandt, glaciologist, dies at 88\n\n"
        "Ilse Brandt, the glaciologist who mapped the retreat of Alpine glaciers, has died in Innsbruck.\n\n"
        "Her death was confirmed by her son, Jonas Brandt.\n\n"
        "Born in Graz in 1935, Brandt studied physics in Vienna.\n\n"
        "She married the chemist Karl Brandt in 1960; he died in 2012."
    )
    assert table.loc["Ilse Brandt", "mentions"] == 3
    assert "Brandt" not in table.index


def test_a_club_taking_a_verb_in_the_plural_is_a_body_not_a_person():
    """British sport writing: "Halbury are closing in on" and "Marston, meanwhile, have been told" are clubs, which
    the recogniser reads as people when nothing else is said of them."""
    rows = _kinds(
        _entities_of(
            "date 2025-07-02 Transfer talk\n\n"
            "Halbury are closing in on a deal for the winger Tomas Reiter, according to reports in Austria.\n\n"
            "Marston, meanwhile, have been told that their bid is too low. Halbury want an answer by Friday.\n"
        )
    )
    assert rows["Halbury"][0] == "ORG" and rows["Marston"][0] == "ORG" and rows["Tomas Reiter"][0] == "PERSON"


def test_a_surname_opening_with_a_particle_after_a_first_name_is_one_name():
    """Dutch names: "Marco ten Brink" and "Hanna te Velde" are one person each, the particle lower case between the
    first name and the surname (the model reads "ten" as a number)."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-11 Coach appointed\n\n"
            "Marco ten Brink, who coached in Utrecht for six years, has taken over the national team. The technical "
            "director Hanna te Velde said the choice was unanimous.\n\n"
            "Ten Brink starts on Monday.\n"
        )
    )
    assert rows["Marco ten Brink"] == ("PERSON", 2) and rows["Hanna te Velde"][0] == "PERSON"
    assert not any(name in rows for name in ("Marco", "Brink", "Hanna", "Velde"))


def test_a_first_name_with_a_hyphen_or_an_apostrophe_stays_with_the_surname():
    """The recogniser leaves off "Anna-" of "Anna-Leena Rinne" and the whole "Ja'Marcus" of "Ja'Marcus Fox", whose
    surname it then reads as a company."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Results\n\n"
            "The press officer of VR Anna-Leena Rinne says that buses replace the trains on Monday.\n\n"
            "Portland guard Ja'Marcus Fox scored 31 points as his team won in Denver. Fox also had nine assists.\n"
        )
    )
    assert rows["Anna-Leena Rinne"][0] == "PERSON" and "Leena Rinne" not in rows
    assert rows["Ja'Marcus Fox"] == ("PERSON", 2) and "Fox" not in rows


def test_a_party_named_before_its_chairman_without_a_comma_is_split_from_him():
    """Translated news: "the chairman of the Green Democrats Veikko Hartola" is the party and its chairman, whose
    surname the article names alone; the two had been read as one organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-15 Election night\n\n"
            "The chairman of the Green Democrats Veikko Hartola thanked the voters in Oulu on Sunday. "
            '"This is a clear message," Hartola said.\n'
        )
    )
    assert rows["Veikko Hartola"] == ("PERSON", 2) and rows["Green Democrats"][0] == "ORG"


def test_a_party_named_by_its_members_with_a_word_before_them_is_a_party():
    """Local politics: "the leader of the Liberal Democrats group" names the party, which had lost "Liberal" to the
    title before it and then been read as a people."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-27 Bypass approved\n\n"
            "The leader of the Liberal Democrats group on the council, Ruth Maddox, voted against the plan.\n"
        )
    )
    assert rows["Liberal Democrats"] == ("ORG", 1) and "Democrats" not in rows and "Liberal" not in rows


def test_a_wood_named_with_a_possessive_is_one_place_and_no_clipped_form_of_a_longer_name():
    """A planning story: "Pryor's Wood" is one stretch of woodland, whose "Wood" had been cut off and taken for a
    clipped form of the "Woodland Trust" named in the same article."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-27 Road approved\n\n"
            "The Woodland Trust said the route cuts through Pryor's Wood, an area of ancient woodland near Elmsett.\n"
        )
    )
    assert rows["Woodland Trust"] == ("ORG", 1) and rows["Pryor's Wood"] == ("LOC", 1)
    voted = {"wood": "ORG", "woodland trust": "ORG", "fed": "ORG", "federal reserve": "ORG"}
    folded = entities.fold_short_forms(set(voted), voted, set(voted))
    assert "wood" not in folded and folded["fed"] == "federal reserve"


def test_a_drug_named_after_its_noun_or_brand_name_is_a_product_and_a_subject_told_of_with_which_no_person():
    """A health story: "sold under the brand name Velorix" and "the rival drug Corvessa" name medicines, which the
    recogniser reads as a person and an organisation; "Stellan Wahl, which makes ..., said" (a company named after
    its founder) is no person."""
    rows = _kinds(
        _entities_of(
            "date 2025-11-12 Weight-loss drug rollout\n\n"
            "The drug, sold by Brennick Labs under the brand name Velorix, will first go to the sickest patients.\n\n"
            "Stellan Wahl, which makes the rival drug Corvessa, said it was in talks with health officials. "
            "Velorix has been sold privately since 2024.\n"
        )
    )
    assert rows["Velorix"] == ("PRODUCT", 2) and rows["Corvessa"][0] == "PRODUCT"
    assert rows["Stellan Wahl"][0] == "ORG"


def test_a_city_a_person_is_from_or_a_mayor_is_of_is_a_place():
    """A feature's "a nurse from Dundee", which the recogniser reads as a person, and translated news's "the mayor
    of Lahti Kaarlo Pelto", whose city had been dropped as a word of the title, are places."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-21 The ferry\n\n"
            "She met him when she came to the island as a nurse from Dundee in 1979.\n\n"
            "The mayor of Lahti Kaarlo Pelto said to the local paper that the result was expected.\n"
        )
    )
    assert rows["Dundee"] == ("GPE", 1) and rows["Lahti"] == ("GPE", 1) and rows["Kaarlo Pelto"][0] == "PERSON"


def test_a_passive_verbs_agent_read_as_a_place_is_a_maker():
    """A product launch: "the panels are assembled by Trevanta in Vietnam", which the recogniser reads as a place,
    names the maker; a country as an agent stays a place."""
    rows = _kinds(
        _entities_of(
            "date 2025-09-10 New e-reader unveiled\n\n"
            "The company said the panels are assembled by Trevanta in Vietnam and that the hinge was designed in "
            "Finland. The border was closed by Norway in 2020.\n"
        )
    )
    assert rows["Trevanta"] == ("ORG", 1) and rows["Vietnam"][0] == "GPE" and rows["Norway"][0] == "GPE"


def test_an_analysts_firm_after_from_and_a_university_named_with_its_town_are_bodies():
    """Translated business news: "Analyst Ville Kurki from OP" works for OP, which the recogniser reads as a person;
    "Harrow University London" and "the Open University" are bodies, not a place and a building."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-03 Shares fell\n\n"
            "The shares of Kestila fell 5 percent on Monday. Analyst Ville Kurki from OP said the result was weak.\n\n"
            "Daniel Hale, a reader in statistics at Harrow University London, and Ann Pike of the Open University "
            "welcomed the study.\n"
        )
    )
    assert rows["OP"] == ("ORG", 1) and rows["Ville Kurki"][0] == "PERSON"
    assert rows["Harrow University London"][0] == "ORG" and rows["Open University"][0] == "ORG"
