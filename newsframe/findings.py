"""The answer under each question of the notebooks: one sentence computed from the tables, as Markdown.

Every function here answers one question heading of one notebook and is named after it; it takes the tables the
notebook shows and returns the sentence with the article's own words escaped for Markdown (`markdown_text`), so a
name or a quotation is shown as written, never read as formatting. The plain sentence is the function's
`__wrapped__`. Counts agree in number ("1 paragraph", "3 paragraphs"), ties are named together rather than one
picked, and an empty table gets a sentence saying so ("The article names no one.").
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

import pandas as pd

from .compare import entities_across
from .corpus import article_tone
from .entities import ENTITY_KINDS, PARAGRAPH_CHART_ENTITIES, top_entities
from .markup import markdown_text
from .sentiment import (
    TEXTBLOB_THRESHOLDS,
    TONES,
    VADER_THRESHOLDS,
    extreme_sentences,
    misread_by_lexicons,
    overridden,
    threshold_tone,
    voice_summary,
    without_harm_denied,
    without_hazard_strength,
)
from .speakers import (
    QUOTE_KINDS,
    WRITER,
    as_written,
    attributed,
    character_lines,
    definite_names,
    definite_speakers,
    expectations,
    headline_passives,
    headline_repeats,
    lines_words,
    quote_kinds,
    shared_surname_speakers,
    short_speaker,
    speaker_name,
    speakerless,
    speakers_across,
    speakers_table,
    statement_words,
    surname_bearers,
    unsourced,
    work_noun,
)
from .summary import (
    KIND_WORDS,
    LISTED_NAMES,
    PERCENT_FROM,
    PRONOUN_SPEAKERS,
    UNDATED_KINDS,
    _series,
    _times,
    count_noun,
    dated_expressions,
    dates_sentence,
    entity_kinds,
    expression_period,
    in_order_named,
    join_words,
    joint_sources,
    joint_words,
    last_occasion_told,
    listed_names,
    may_be_plural,
    moment_name,
    named_entities,
    occasions_apart,
    paragraph_name,
    present_periods,
    pronoun_speakers,
    several_writers,
    size_words,
    span_words,
    speakers_sentence,
    undated_kind,
    unheard_sentence,
    unscored_as_neutral,
    wording_tone_words,
    writer_name,
)


def _markdown(sentence):
    """Decorator: the function's plain sentence, escaped for Markdown (the plain one stays as `__wrapped__`)."""

    @functools.wraps(sentence)
    def wrapper(*args, **kwargs) -> str:
        return markdown_text(sentence(*args, **kwargs))

    return wrapper


# Words of a paragraph or sentence quoted in an answer, at most.
QUOTED_WORDS = 25


# A sentence the splitter cut inside a quotation ('We love you."', after 'writing: "Take all the time you need, K.')
# ends on a closing mark whose opening mark is in the sentence before: a closing mark alone, with no opening one in
# the text, reads as a slip of the pen, so an excerpt leaves it out.
DANGLING_CLOSE = re.compile(r'^(?P<body>[^"“”]+)["”]$')


# Characters after which a straight mark closes a quotation, and before which one does not open it.
CLOSE_FOLLOWERS = ",.;:!?)"


def opened_before(text: str) -> str:
    """The opening mark of a quotation `text` starts inside, '' when it starts outside any: the splitter cut a
    quotation of several sentences ('"The money is there. We just have to spend it well," she added.') after its
    first, so the next sentence's first mark closes it. A curly mark says which it is; a straight one closes when it
    follows a letter or a stop and comes before a space, a stop or the end (not an inch: 'a 6" pipe')."""
    for mark in re.finditer(r'["“”]', text):
        if mark.group() != '"':
            return "“" if mark.group() == "”" else ""
        before = text[mark.start() - 1] if mark.start() else " "
        after = text[mark.end()] if mark.end() < len(text) else " "
        closes = not before.isspace() and not before.isdigit() and (after.isspace() or after in CLOSE_FOLLOWERS)
        return '"' if closes else ""
    return ""


def excerpt(text: str, words: int = QUOTED_WORDS) -> str:
    """The first `words` words of `text` on one line, '…' when cut; a closing quotation mark at the end with no
    opening one before it (DANGLING_CLOSE) left out, and one inside it (`opened_before`) given its opening mark at the
    start, so that the marks pair and the words still read as quoted, not as the writer's own."""
    text = str(text).strip()
    dangling = DANGLING_CLOSE.match(text)
    if dangling:
        text = dangling.group("body")
    else:
        text = opened_before(text) + text
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def every(n: int) -> str:
    """'both' for two, else 'all n'."""
    return "both" if n == 2 else f"all {n}"


def _all_in(n: int) -> str:
    """'in' for one thing, 'both in' for two, 'all in' for more: "named twice, all in paragraph 4" is no English."""
    return "in" if n == 1 else "both in" if n == 2 else "all in"


def _is_are(n: int) -> str:
    return "is" if n == 1 else "are"


def source_name(speaker: str) -> str:
    """A source as an answer names it: a speaker the quotes give only as a pronoun ("they said", no name found
    before it) as such ('a speaker given only as “they”'), never as if "they" were a name; a long description by its
    head (`speakers.short_speaker`); any other as written."""
    if speaker.lower() in PRONOUN_SPEAKERS:
        return f"a speaker given only as “{speaker.lower()}”"
    return short_speaker(speaker)  # a long description by its head: "a study of 78,000 adults published in …"


def _capital(sentence: str) -> str:
    """A sentence that may open with a name written after "the" ("the Senate is named most"), with its capital."""
    return sentence[:1].upper() + sentence[1:]


def _signed(value: float) -> str:
    """A score as the tables round it for reading: '+0.27', '-0.25', '0.00' (zero has no sign)."""
    return "0.00" if round(float(value), 2) == 0 else f"{value:+.2f}"


# -------------------------------------------------------------------------------------- 01 · load the article
@_markdown
def what_and_when(article) -> str:
    """What is the article, and when was it published? Headline, publication (and update) time, size, source."""
    head = f"“{article.title}”" if article.title else f"Article {article.id}, which has no headline,"
    when = moment_name(article.published, article.time_known)
    published = f"was published on {when}" if when else "has no publication date"
    if article.updated:
        published += f" (updated {moment_name(article.updated)})"
    size = size_words(article).rstrip(",")
    return f"{head} {published}; it has {size} (source: {article.metadata()['source']})."


@_markdown
def paragraph_contents(paragraphs: pd.DataFrame) -> str:
    """What does each paragraph say? How many paragraphs there are, and how the first one opens."""
    body = paragraphs[paragraphs["paragraph"] > 0]
    where = "Under its headline" if (paragraphs["paragraph"] == 0).any() else "With no headline,"
    if body.empty:
        return f"{where} the article has no paragraph of text."
    lede = excerpt(body["text"].iloc[0])
    if len(body) == 1:
        return f"{where} the article has one paragraph: “{lede}”"
    return f"{where} the article has {len(body)} paragraphs; the first reads: “{lede}”"


@_markdown
def sentence_split(sentences: pd.DataFrame, paragraphs: pd.DataFrame) -> str:
    """How is it split into sentences? The sentences in all, per paragraph, and where there are most."""
    if sentences.empty:
        return "The parser found no sentence in the article."
    per = sentences.groupby("paragraph").size().reindex(paragraphs["paragraph"], fill_value=0)
    low, high = int(per.min()), int(per.max())
    text = f"spaCy splits it into {count_noun(len(sentences), 'sentence')}"
    if len(per) == 1:
        return text + f", {_all_in(len(sentences))} {paragraph_name(int(per.index[0]))}."
    headline = " headline included" if (paragraphs["paragraph"] == 0).any() else ""
    if low == high:
        return text + f", {high} in every paragraph{f' ({headline.strip()})' if headline else ''}."
    busiest = sorted(int(p) for p in per.index[per == high])
    verb = "has" if len(busiest) == 1 else "have"
    each = " each" if len(busiest) > 1 else ""
    return (
        text + f", {low} to {high} a paragraph ({per.mean():.1f} on average{',' if headline else ''}{headline}); "
        f"{_series(busiest)} {verb} the most, {high}{each}."
    )


@_markdown
def paragraph_lengths(paragraphs: pd.DataFrame) -> str:
    """How long is each paragraph? The range and median of the body's paragraph lengths, the longest and shortest."""
    body = paragraphs[paragraphs["paragraph"] > 0]
    headline = paragraphs[paragraphs["paragraph"] == 0]
    tail = f"; the headline has {count_noun(int(headline['words'].iloc[0]), 'word')}." if len(headline) else "."
    if body.empty:
        return "The article has no paragraph of text" + tail
    words = body.set_index("paragraph")["words"].astype(int)
    if len(words) == 1:
        return f"Its one paragraph has {count_noun(int(words.iloc[0]), 'word')}" + tail
    low, high = int(words.min()), int(words.max())
    if low == high:
        return f"Each of its {len(words)} paragraphs has {count_noun(high, 'word')}" + tail

    def which(n: int, extreme: str, verb: str = "") -> str:
        """'the longest is paragraph 2 (40 words)', 'the longest are paragraphs 2 and 6 (40 words each)'; without the
        verb after the first ('the shortest paragraph 5 (20 words)'), which the sentence then leaves out."""
        numbers = sorted(int(p) for p in words.index[words == n])
        verb = ("is " if len(numbers) == 1 else "are ") if verb else ""
        return f"the {extreme} {verb}{_series(numbers)} ({count_noun(n, 'word')}{' each' if len(numbers) > 1 else ''})"

    return (
        f"Its {len(words)} paragraphs run from {low} to {count_noun(high, 'word')} (median {words.median():g}): "
        f"{which(high, 'longest', 'is')}, {which(low, 'shortest')}" + tail
    )


# ------------------------------------------------------------------------------------ 02 · count the entities
# Kinds of name in words, beyond people, places and organisations (nationalities, groups, events, laws …).
OTHER_NAMES = ("other name", "other names")


@_markdown
def names_found(mentions: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame) -> str:
    """Which names does the article mention, and where? Distinct names, mentions, the paragraphs holding them, and
    how many are people, places, organisations and other names."""
    # a title split off a name ("Rear Admiral"), a headline's "Coroner": no name, as the other counts leave them out
    entities = named_entities(entities, paragraphs)
    if "entity" in mentions.columns:
        mentions = mentions[mentions["entity"].isin(set(entities["entity"]))]
    if entities.empty:
        return "The article names no one: the model found no person, place, organisation or other name in it."
    kinds = {k: len(v) for k, v in entity_kinds(entities).items()}
    other = len(entities) - sum(kinds.values())
    parts = [count_noun(n, *KIND_WORDS[k]) for k, n in kinds.items() if n]
    parts += [count_noun(other, *OTHER_NAMES)] if other else []
    spread = int(mentions["paragraph"].nunique())
    where = reach(spread, bool((mentions["paragraph"] == 0).any()), paragraphs)
    return f"It mentions {count_noun(len(entities), 'name')} {_times(len(mentions))}, {where}: {join_words(parts)}."


# Names after the most named, given with their counts.
RUNNERS_UP = 2


def reach(spread: int, in_headline: bool | None, paragraphs: pd.DataFrame, each: bool = False) -> str:
    """Where a name is named, the headline told apart from the paragraphs, which the article's size counts without
    it: 'in the headline and 8 of its 17 paragraphs', 'in 3 of its 7 paragraphs', 'in the headline only'.
    `spread` counts the headline when the name is in it; `in_headline` None (not known, or names of which only some
    are in the headline) gives 'in 5 of 8 paragraphs, headline included'; `each` adds 'each' for several names."""
    numbers = paragraphs["paragraph"]
    body = int((numbers > 0).sum())
    each = " each" if each else ""
    if in_headline is None:
        headline = ", headline included" if (numbers == 0).any() else ""
        return f"in {spread} of {count_noun(len(paragraphs), 'paragraph')}{each}{headline}"
    n = spread - 1 if in_headline else spread
    if in_headline and not n:
        return f"in the headline only{each}" if body else f"in the headline{each}"
    where = (
        ("its one paragraph" if body == 1 else f"{every(body)} of its paragraphs")
        if n == body
        else f"{n} of its {count_noun(body, 'paragraph')}"
    )
    return f"in the headline and {where}{each}" if in_headline else f"in {where}{each}"


# What a ranking of names says it ranks when a name of another kind (an event, a law, a nationality) is named as
# often or spread as wide as its leader.
KINDS_ONLY = "Of the people, places and organisations"


@_markdown
def most_named(entities: pd.DataFrame, paragraphs: pd.DataFrame) -> str:
    """Who and what is named most often? The most-named person, place or organisation (ties together) with count and
    spread, then the next. Other names (a nationality or a party written as an adjective, 'French', 'Democrats')
    are left out, as the summary and the chart leave them out: none is a person, place or organisation."""
    if entities.empty:
        return "The article names no one."
    others = entities[~entities["entity_type"].isin(list(ENTITY_KINDS))]
    entities = entities[entities["entity_type"].isin(list(ENTITY_KINDS))]
    if entities.empty:
        return f"It names no person, place or organisation, only {listed_names(others['entity'].astype(str).tolist())}."
    # names mentioned equally often in the order the article first names them, not alphabetically
    entities = in_order_named(entities).reset_index(drop=True)
    counts = entities["mentions"].astype(int)
    top = int(counts.max())
    # "the Senate", "the White House": names the article itself writes after "the"
    definite = definite_names(entities, paragraphs)
    entities = entities.assign(entity=[as_written(str(e), definite) for e in entities["entity"]])
    leaders = entities[counts == top]
    # "Storm Nia", an event, named as often as the Met Office: the ranking is of people, places and organisations
    # only, and says so, or "the Met Office is named most" reads false
    kinds_only = bool(len(others)) and int(others["mentions"].astype(int).max()) >= top

    def opening(text: str) -> str:
        """The sentence, opened by what it ranks when a name of another kind ties its leader."""
        return f"{KINDS_ONLY}, {text}" if kinds_only else _capital(text)

    if len(leaders) == len(entities) and len(entities) > 1:
        if len(others):  # the other names are not among those ranked
            return f"No person, place or organisation stands out: each of the {len(entities)} is named {_times(top)}."
        return f"No name stands out: each of its {len(entities)} names is named {_times(top)}."
    if len(leaders) == 1:
        row = leaders.iloc[0]
        in_headline = int(row["first_paragraph"]) == 0 if "first_paragraph" in row else None
        where = reach(int(row["paragraphs"]), in_headline, paragraphs)
        if len(entities) == 1 and len(others):  # "It names only" would deny the other kinds of name it writes
            return f"The only person, place or organisation it names is {row['entity']}, named {_times(top)}, {where}."
        if len(entities) == 1:  # "named most" of one name says nothing
            return f"It names only {row['entity']}, {_times(top)}, {where}."
        if may_be_plural(str(row["entity"]), str(ENTITY_KINDS.get(row.get("entity_type"), ""))):
            text = opening(f"it names {row['entity']} most, {_times(top)}, {where}")  # no verb to agree with a plural
        else:
            text = opening(f"{row['entity']} is named most, {_times(top)}, {where}")
    else:
        text = opening(f"{join_words(leaders['entity'].tolist())} are named most, {_times(top)} each")
    rest = entities[counts < top]
    if rest.empty:
        return text + "."
    ranked = rest["mentions"].astype(int).tolist()
    shown = rest.head(RUNNERS_UP)
    if len(rest) > RUNNERS_UP and ranked[RUNNERS_UP] == ranked[RUNNERS_UP - 1]:  # never pick among equal counts
        shown = shown[shown["mentions"].astype(int) > ranked[RUNNERS_UP]]
    if shown.empty:
        if ranked[0] == ranked[-1]:
            return text + f"; the {len(rest)} others {_times(ranked[0])} each."
        return text + f"; the {len(rest)} others are named at most {_times(ranked[0])}."
    then = [f"{e} ({int(m)})" for e, m in zip(shown["entity"], shown["mentions"])]
    return text + f"; then {join_words(then)}."


@_markdown
def where_named(mentions: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame) -> str:
    """Where in the article does each main entity appear? The main name spread widest, from where to where, and how
    many main names sit in one paragraph only (the main names are those of the chart)."""
    main = top_entities(entities, PARAGRAPH_CHART_ENTITIES)
    if main.empty:
        return "The article names no person, place or organisation, so there is nothing to place."
    spread = main.set_index("entity")["paragraphs"].astype(int)
    widest = spread[spread == spread.max()].index.tolist()
    # a name of another kind ("Storm Nia") spread as wide: the main names are said to be people, places and
    # organisations, or "the Met Office is spread widest" reads false
    others = entities[~entities["entity_type"].isin(list(ENTITY_KINDS))]
    main_names = "main names"
    if len(others) and int(others["paragraphs"].astype(int).max()) >= int(spread.max()):
        main_names = "main people, places and organisations"
    places = mentions[mentions["entity"].isin(widest)]
    definite = definite_names(entities, paragraphs)  # "the Senate": as the article itself writes it
    shown = [as_written(e, definite) for e in widest]
    headed = {e for e in places.loc[places["paragraph"] == 0, "entity"]}
    in_headline = None if 0 < len(headed) < len(widest) else bool(headed)
    body = places["paragraph"][places["paragraph"] > 0] if in_headline else places["paragraph"]
    first, last = (body.agg(f) for f in ("min", "max")) if len(body) else (0, 0)
    span = f"from {paragraph_name(int(first))} to {paragraph_name(int(last))}" if first != last else ""
    over = reach(int(spread.max()), in_headline, paragraphs, each=len(widest) > 1)
    if len(main) == 1:
        if spread.max() == 1:
            return f"The one main name, {shown[0]}, appears in {paragraph_name(int(first))}."
        return f"The one main name, {shown[0]}, appears {over}{f', {span}' if span else ''}."
    over = over.replace("in ", "over ", 1)
    if len(widest) == 1:
        kind = ENTITY_KINDS.get(str(main.set_index("entity").loc[widest[0], "entity_type"]), "")
        if may_be_plural(widest[0], kind):  # no verb to agree with a name that may be plural
            text = f"Of the {len(main)} {main_names}, the one spread widest is {shown[0]}, {over}"
        else:
            text = f"Of the {len(main)} {main_names}, {shown[0]} is spread widest, {over}"
    else:
        text = f"Of the {len(main)} {main_names}, {join_words(shown)} are spread widest, {over}"
    if spread.max() == 1:
        places = mentions[mentions["entity"].isin(main["entity"])]["paragraph"].unique()
        if len(places) == 1:  # a brief: every main name in the same paragraph
            return f"{every(len(main)).capitalize()} main names appear in {paragraph_name(int(places[0]))} only."
        return f"Each of the {len(main)} main names appears in one paragraph only."
    text += f" ({span})" if span and len(widest) == 1 else ""
    alone = int((spread == 1).sum())
    if alone:
        return text + f"; {alone} {_is_are(alone)} named in one paragraph only."
    return text + "; none is confined to one paragraph."


@_markdown
def repairs_made(repairs: pd.DataFrame) -> str:
    """What did the repair rules change in the model's output? The changes, counted by rule."""
    if repairs.empty:
        return "The repair rules changed nothing in the model's output."
    by_rule = repairs["rule"].value_counts(sort=False)
    by_rule = by_rule.sort_values(ascending=False, kind="stable")
    parts = [f"{n} by “{rule}”" for rule, n in by_rule.items()]
    return f"The repair rules made {count_noun(len(repairs), 'change')} to the model's output: {join_words(parts)}."


# ------------------------------------------------------------------------------------- 03 · score the sentiment
# Paragraphs an answer lists by number, at most; beyond that it counts them.
LISTED_PARAGRAPHS = 6


def _paragraphs(numbers: list[int]) -> str:
    """'paragraphs 3, 5 and 9' (as `_series`), or '14 paragraphs' when there are more than LISTED_PARAGRAPHS."""
    return _series(numbers) if len(numbers) <= LISTED_PARAGRAPHS else f"{len(numbers)} paragraphs"


def _tone_counts(tones: pd.Series) -> str:
    """'5 read negative, 9 neutral and 4 positive', 'none reads negative, 6 neutral and 8 positive' (every tone,
    zeros included); 'all 11 read positive' / 'both read neutral' when one tone holds them all; 'it reads negative'
    for a single one."""
    counts = [int((tones == t).sum()) for t in TONES]
    n = sum(counts)
    if n == 1:
        return f"it reads {TONES[counts.index(1)]}"
    if n and max(counts) == n:
        return f"{every(n)} read {TONES[counts.index(n)]}"
    first = f"{counts[0]} {'reads' if counts[0] == 1 else 'read'}" if counts[0] else "none reads"
    return f"{first} {TONES[0]}, " + join_words([f"{k or 'none'} {t}" for k, t in zip(counts[1:], TONES[1:])])


def _at_score(scores: pd.Series, value: float) -> str:
    """'-0.25 (paragraph 3)' or '-0.25 (paragraphs 3 and 9)': a score and the paragraphs that have it."""
    numbers = sorted(int(p) for p in scores.index[scores == value])
    return f"{_signed(value)} ({_paragraphs(numbers)})"


@_markdown
def tone_of_article(
    paragraph_sentiment: pd.DataFrame, paragraphs: pd.DataFrame, sentence_sentiment: pd.DataFrame
) -> str:
    """What is the article's tone? The tone of the largest share of the body's text (`corpus.article_tone`), the
    shares behind it, the headline's tone, and how often the label follows both lexicons where both are clear."""
    overall = article_tone(paragraph_sentiment, paragraphs, sentence_sentiment) if len(paragraph_sentiment) else {}
    overall = unscored_as_neutral(overall)  # no word scored either way: neutral, as the summary reads it
    if not overall.get("tone"):
        return "There is no text to score for tone."
    strong = overridden(sentence_sentiment)
    held = [side == "positive" and misread_by_lexicons(str(t)) for side, t in zip(strong["lexicons"], strong["text"])]
    misread = strong[pd.Series(held, index=strong.index, dtype=bool)]
    strong = strong.drop(misread.index)  # praise the lexicons misread ("less happy", "second best"): told apart below
    denied = [
        side == "negative" and without_harm_denied(str(t)) != str(t)
        for side, t in zip(strong["lexicons"], strong["text"])
    ]
    unharmed = strong[pd.Series(denied, index=strong.index, dtype=bool)]
    strong = strong.drop(unharmed.index)  # harm denied ("no one was hurt"): told apart below
    hazard = [
        side == "positive" and tone != "positive" and without_hazard_strength(str(t)) != str(t)
        for side, tone, t in zip(strong["lexicons"], strong["tone"], strong["text"])
    ]
    hazards = strong[pd.Series(hazard, index=strong.index, dtype=bool)]
    strong = strong.drop(hazards.index)  # a hazard's strength ("strong winds"): told apart below
    agree = int((strong["tone"] == strong["lexicons"]).sum())
    n = len(strong)
    which = ("the one sentence" if n == 1 else f"the {n} sentences") if agree == n else f"{agree} of the {n} sentences"
    clear = f" On {which} where TextBlob and VADER both score far from zero on one side, the tone is that side."
    if not n:
        clear = ""
    if len(misread):
        first = excerpt(misread["text"].iloc[0], 8)
        clear += (
            f" {'One sentence' if len(misread) == 1 else f'{len(misread)} sentences'} that both score far on the "
            f"positive side {'reads' if len(misread) == 1 else 'read'} negative: the lexicons take for praise words "
            f"that say the opposite (“{first}”)."
        )
    if len(unharmed):
        first = excerpt(unharmed["text"].iloc[0], 8)
        one = len(unharmed) == 1
        clear += (
            f" {'One sentence' if one else f'{len(unharmed)} sentences'} that both score far on the negative side "
            f"{'is' if one else 'are'} read without the harm {'it denies' if one else 'they deny'} (“{first}”)."
        )
    if len(hazards):
        first = excerpt(hazards["text"].iloc[0], 8)
        one = len(hazards) == 1
        clear += (
            f" {'One sentence' if one else f'{len(hazards)} sentences'} that both score far on the positive side "
            f"{'is' if one else 'are'} read without the words for the strength of a storm, a fire or a quake "
            f"(“{first}”)."
        )
    return wording_tone_words(overall, "The article's") + f".{clear}"


@_markdown
def paragraph_tones(paragraph_sentiment: pd.DataFrame) -> str:
    """Which paragraphs read positive or negative? The paragraphs by tone label, and the lowest and highest TextBlob
    polarity."""
    if paragraph_sentiment.empty:
        return "There is no text to score."
    n = len(paragraph_sentiment)
    headline = " (headline included)" if (paragraph_sentiment["paragraph"] == 0).any() else ""
    if n == 1:
        which = "headline, its only text," if headline else "one paragraph"
        text = f"Its {which} reads {paragraph_sentiment['tone'].iloc[0]} by the label"
    else:
        text = (
            f"Of its {count_noun(n, 'paragraph')}{headline}, {_tone_counts(paragraph_sentiment['tone'])} by the label"
        )
    # TextBlob's polarity is a second measure beside the label: its range is given as scores, never as "most
    # negative" (a paragraph labelled positive may score below zero).
    polarity = paragraph_sentiment.set_index("paragraph")["polarity"]
    low, high = float(polarity.min()), float(polarity.max())
    if n == 1:
        return text + f"; its TextBlob polarity is {_signed(low)}."
    if low == high:
        return text + f"; TextBlob gives every paragraph a polarity of {'zero' if low == 0 else _signed(low)}."
    return text + f"; TextBlob polarity runs from {_at_score(polarity, low)} to {_at_score(polarity, high)}."


@_markdown
def lexicon_agreement(paragraph_sentiment: pd.DataFrame) -> str:
    """Does VADER agree with TextBlob? On how many paragraphs the two word lists, each with its own thresholds, give
    the same tone, and on which they differ."""
    if paragraph_sentiment.empty:
        return "There is no text to score."
    textblob = paragraph_sentiment["polarity"].map(lambda s: threshold_tone(s, TEXTBLOB_THRESHOLDS))
    vader = paragraph_sentiment["vader"].map(lambda s: threshold_tone(s, VADER_THRESHOLDS))
    agree = textblob == vader
    n, k = len(agree), int(agree.sum())
    share = f" ({k / n:.0%})" if n >= PERCENT_FROM else ""  # a share of two or three paragraphs says no more
    if n == 1:
        same = "the same tone to its one paragraph" if k else "different tones to its one paragraph"
        return f"TextBlob and VADER, each with its own thresholds, give {same}."
    if k in (0, n):
        same = "the same tone" if k else "different tones"
        return f"TextBlob and VADER, each with its own thresholds, give {same} to {every(n)} of its paragraphs."
    text = f"TextBlob and VADER, each with its own thresholds, give the same tone to {k} of {n} paragraphs{share}"
    apart = sorted(int(p) for p in paragraph_sentiment.loc[~agree, "paragraph"])
    return text + f"; they differ on {_paragraphs(apart)}."


# The mean of TextBlob polarity and VADER a sentence needs, on its side of zero, to be called the most positive or the
# most negative one: below it, no sentence leans that way by the lexicons (-0.04 is no "most negative" sentence).
LEANING_SCORE = 0.1


@_markdown
def strongest_sentences(sentence_sentiment: pd.DataFrame) -> str:
    """Which sentences are the most positive and the most negative? Of the sentences the label reads positive (or
    negative), the one the mean of polarity and VADER ranks furthest that way (`extreme_sentences`), where it is and
    how it reads; a side with no such sentence, or whose top score is within LEANING_SCORE of zero or across it, is
    said to have none."""
    extremes = extreme_sentences(sentence_sentiment, n=1)
    if extremes.empty:
        return "No sentence reads positive or negative by the label."
    parts = []
    for side in ("most positive", "most negative"):
        tone = side.split()[1]
        rows = extremes[extremes["side"] == side]
        if rows.empty:
            parts.append(f"no sentence reads {tone}")
            continue
        row = rows.iloc[0]
        score = (row["polarity"] + row["vader"]) / 2
        paragraph = paragraph_name(int(row["paragraph"]))
        if (score if tone == "positive" else -score) < LEANING_SCORE:  # none leans that way by the lexicons
            furthest = "highest" if tone == "positive" else "lowest"
            parts.append(
                f"none of those that read {tone} leans {tone} by the lexicons: the {furthest} score of them, "
                f"{_signed(score)} in {paragraph}, goes to “{excerpt(row['text'])}”"
            )
            continue
        parts.append(f"the {side}, in {paragraph} ({_signed(score)}), reads “{excerpt(row['text'])}”")
    return (
        "Of the sentences the label reads positive or negative, by the mean of TextBlob polarity and VADER, "
        f"{parts[0]}; {parts[1]}."
    )


# Names whose tone the answer compares: those named in at least ENTITY_TONE_SENTENCES sentences (all, when none
# is), the first ENTITY_TONE_NAMES of them, as the chart shows them.
ENTITY_TONE_SENTENCES = 2
ENTITY_TONE_NAMES = 10


def entity_tone_words(row) -> str:
    """The tone label of a row of entity_sentiment.csv in words: its `tone` when one tone holds the most of its
    sentences ('negative'), else the tied tones counted ('1 negative and 1 neutral of 2 sentences'), since the
    table's tie rule (neutral first) calls a name read once negatively and once neutrally 'neutral'. A label whose
    side the mean score contradicts (negative, +0.02: two sentences a rule reads negative, one the model reads
    strongly positive) is counted too."""
    n = int(row["sentences"])
    counts = {t: round(float(row[f"share_{t}"]) * n) for t in TONES}
    top = max(counts.values())
    score = float(row["tone_score"])
    contradicted = (row["tone"] == "negative" and score > 0) or (row["tone"] == "positive" and score < 0)
    if not top or (sum(c == top for c in counts.values()) == 1 and not contradicted):
        return str(row["tone"])
    return join_words([f"{counts[t]} {t}" for t in TONES if counts[t]]) + f" of {n} sentences"


@_markdown
def entity_tone(entity_sentiment: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> str:
    """What is the tone towards each main entity? The main names read most negatively and most positively by the
    learned tone towards each name (`tone_score`, P(positive) − P(negative) of its own mentions' context), with
    their tone and the sentences counted; given the `paragraphs`, a name the article writes after "the" is named so
    ("the Met Office", `speakers.definite_names`), as the other answers name it."""
    found = entity_sentiment[entity_sentiment["sentences"] >= 1]
    enough = found[found["sentences"] >= ENTITY_TONE_SENTENCES]
    data = (enough if len(enough) else found).head(ENTITY_TONE_NAMES)
    if data.empty:
        return "No named entity stands in a sentence to score."
    if paragraphs is not None and "entity_type" in data.columns:
        definite = definite_names(data, paragraphs)
        data = data.assign(entity=[as_written(str(e), definite) for e in data["entity"]])
    score = data["tone_score"]

    def described(rows: pd.DataFrame) -> str:
        labels = {entity_tone_words(row) for _, row in rows.iterrows()}
        row = rows.iloc[0]
        names = join_words(rows["entity"].tolist())
        if len(rows) > 1:
            label = f"{labels.pop()}, " if len(labels) == 1 and " of " not in next(iter(labels)) else ""
            return f"{names} ({label}{_signed(row['tone_score'])} each)"
        label = labels.pop()
        if " of " in label:  # tied tones, counted
            return f"{names} ({_signed(row['tone_score'])}; {label})"
        return f"{names} ({label}, {_signed(row['tone_score'])}, {count_noun(int(row['sentences']), 'sentence')})"

    if len(data) == 1:
        return f"There is one main name to read the tone towards: {described(data)}."
    if score.min() == score.max():
        return f"The tone towards the {len(data)} main names is the same, {_signed(float(score.iloc[0]))}."
    low, high = data[score == score.min()], data[score == score.max()]
    labels = {entity_tone_words(row) for _, row in data.iterrows()}
    # one label for every name: "most positive" of neutral names would overstate, and "the labels lean the other way"
    # of names all labelled positive would speak of a difference the labels do not show
    if len(labels) == 1 and (label := next(iter(labels))) in TONES:
        return (
            f"Read towards each name, the tone is {label} for {every(len(data))} main names; the scores run from "
            f"{_signed(float(score.min()))} ({join_words(low['entity'].tolist())}) to {_signed(float(score.max()))} "
            f"({join_words(high['entity'].tolist())})."
        )
    lean = data["share_positive"] - data["share_negative"]
    if float(lean[low.index].max()) > float(lean[high.index].min()):  # labels order them the other way round
        return (
            f"Read towards each name, the scores run from {described(low)} to {described(high)}, though the labels "
            "lean the other way."
        )
    if score.max() < 0:  # every name reads below zero: "highest" would read as praise
        return f"Read towards each name, the tone is most negative for {described(low)} and least negative for " + (
            f"{described(high)}."
        )
    if score.min() > 0:
        return f"Read towards each name, the tone is least positive for {described(low)} and most positive for " + (
            f"{described(high)}."
        )
    return f"Read towards each name, the tone is lowest for {described(low)} and highest for {described(high)}."


# What a sentence mainly of quotation is scored on, said beside it: the whole sentence, the words naming its speaker
# with it, while a statement's tone scores the words said alone (`tone_of_speakers`, SAID_SCORED).
WHOLE_SCORED = "scored whole, attribution included"


@_markdown
def quoted_vs_reporter(sentence_sentiment: pd.DataFrame) -> str:
    """Does quoted speech sound different from the reporter's own words? The sentences of each voice, their shares
    of negative and positive tone and their mean subjectivity."""
    voices = voice_summary(sentence_sentiment).set_index("voice")
    quoted, reporter = voices.loc["quoted"], voices.loc["reporter"]
    q, r = int(quoted["sentences"]), int(reporter["sentences"])
    if q + r == 0:
        return "There is no sentence to compare."

    def tone(row, n: int) -> str:
        """How the n sentences of a voice read: shares from PERCENT_FROM sentences, counts below, one's own tone."""
        if n >= PERCENT_FROM:
            return f"read {row['share_negative']:.0%} negative and {row['share_positive']:.0%} positive"
        negative, positive = (round(float(row[f"share_{t}"]) * n) for t in ("negative", "positive"))
        if n == 1:
            return f"reads {'negative' if negative else 'positive' if positive else 'neutral'}"
        if not negative and not positive:
            return "none reads negative or positive"
        return f"{negative or 'none'} read{'s' if negative <= 1 else ''} negative and {positive or 'none'} positive"

    def voice(row, n: int, subject: str) -> str:
        """'they read 50% negative …', 'it reads neutral', 'of them, 2 read negative and none positive'."""
        said = tone(row, n)
        return f"{subject} {said}" if said.startswith("read") else f"of {subject}, {said}"

    if q == 0:
        return (
            "No sentence is mainly quotation, so there is nothing to compare: "
            + voice(reporter, r, f"the reporter's {count_noun(r, 'sentence')}" if r > 1 else "the reporter's one")
            + "."
        )
    if r == 0:
        own = "the reporter has no sentence of their own"
        return f"Every sentence is mainly quotation ({q}; {WHOLE_SCORED}): {voice(quoted, q, 'them')}; {own}."
    quoted_part = voice(quoted, q, "it" if q == 1 else "they" if q >= PERCENT_FROM else "them")
    own = voice(reporter, r, f"the reporter's {r}" if r > 1 else "the reporter's one")
    return (
        f"{q} of the {q + r} sentences {_is_are(q)} mainly quotation ({WHOLE_SCORED}); {quoted_part}; {own}; "
        f"mean subjectivity, quoted {quoted['subjectivity_mean']:.2f} against the reporter's "
        f"{reporter['subjectivity_mean']:.2f}."
    )


# ------------------------------------------------------------------------------------- 04 · build the timeline
# Words that count a relative expression from a date the story gives rather than from publication ("the next day",
# "the following year", "the previous evening", "the same day", "that year", "two years later"), in it or, for
# "later" and "earlier", right after it; not "earlier this year" or "later this month", which count from now, nor
# "next Saturday", which does too. Such an expression is no example of one read against publication.
STORY_COUNTING = r"\b(?:the (?:next|following|previous|same)|that|later|earlier)\b(?!\s+(?:this|in the|today))"
COUNTED_AFTER = r"\s+(?:later|earlier)\b(?!\s+(?:this|in the|today))"


def _story_counted(timeline: pd.DataFrame) -> pd.Series:
    """Whether each expression is counted from a date the story gives: it holds STORY_COUNTING words, or "later"
    or "earlier" follows it in its sentence ("retired two years later")."""
    inside = timeline["expression"].astype(str).str.contains(STORY_COUNTING, case=False, regex=True)
    if "sentence" not in timeline:
        return inside
    after = [
        bool(re.search(re.escape(str(e)) + COUNTED_AFTER, str(s), re.I))
        for e, s in zip(timeline["expression"], timeline["sentence"])
    ]
    return inside | pd.Series(after, index=timeline.index, dtype=bool)


@_markdown
def reference_moment(article, timeline: pd.DataFrame | None = None) -> str:
    """Against which moment are "Monday" and "recently" read? The publication time, or that there is none; with the
    timeline, the article's own relative expressions are named (the first two in reading order)."""
    when = moment_name(article.published, article.time_known)
    own = []
    if timeline is not None and not timeline.empty:
        if when:  # those read against publication, not those counted from a date the story gives ("two years later")
            relative = timeline[(timeline["anchor"] == "relative") & ~_story_counted(timeline)]
        else:  # those left open for want of it ("on Tuesday morning" with no date)
            kinds = [undated_kind(str(t), str(v)) for t, v in zip(timeline["type"], timeline["value"])]
            relative = timeline[[kind == "unresolved" for kind in kinds]]
        relative = relative.sort_values(["paragraph", "start_char"])
        own = list(dict.fromkeys(relative["expression"]))[:2]
    examples = " and ".join(f"“{e}”" for e in own)
    if not when:
        such = examples or "“Monday”"
        return (
            f"The publication date is unknown, so relative dates such as {such} stay unresolved; dates written in "
            "full are still placed."
        )
    if timeline is not None and not own:
        counted = timeline[timeline["anchor"] == "relative"].sort_values(["paragraph", "start_char"])
        if len(counted):  # only "two years later", "the next day": counted from the story's own dates
            names = list(dict.fromkeys(counted["expression"]))
            them = " and ".join(f"“{e}”" for e in names[:2])
            said = (
                f"its one relative date, {them}, counts from a date the story gives before it"
                if len(counted) == 1
                else f"its relative dates, such as {them}, count from dates the story gives before them"
            )
            return f"Published {when}: {said}, not from that moment."
        return f"Published {when}: the article has no relative date to read against that moment."
    said = f"its relative dates, such as {examples}, are" if own else "“Monday” and “recently” are"
    return f"Published {when}: {said} read against that moment, never against today."


@_markdown
def expressions_found(timeline: pd.DataFrame, published: datetime | None = None) -> str:
    """Which temporal expressions does the article use? How many, how many are placed on the calendar and the span
    they cover, and how many stay off it. Given the publication moment, a bound only a stretch of time counted from it
    reaches is named in the stretch's unit ("from 2016" for "the past decade"), as the summary names it."""
    if timeline.empty:
        return "The article uses no temporal expression."
    dated = dated_expressions(timeline)
    text = f"It uses {count_noun(len(timeline), 'temporal expression')}"
    if dated.empty:  # "1 temporal expression, none of which" is no English: one "cannot", two "neither of which"
        which = {1: "which cannot", 2: "neither of which can"}.get(len(timeline), "none of which can")
        return text + f", {which} be placed on the calendar."
    off = len(timeline) - len(dated)
    # "1 temporal expression, all placed" is no English: one is "placed", two "both placed"
    placed = f"{len(dated)} placed on the calendar"
    if not off:
        placed = {1: "placed", 2: "both placed"}.get(len(dated), "all placed") + " on the calendar"
    day = published.date() if isinstance(published, datetime) else published
    text += f", {placed} ({span_words(dated, day)})"
    return text + (f", {off} left off it." if off else ".")


# The anchors of timeline.csv, in the order the answer names them.
ANCHORS = ("explicit", "relative", "vague")


def vague_kinds(timeline: pd.DataFrame) -> str:
    """What the expressions the timeline calls vague are, when some are no vague reference: ' (no calendar date: 3
    durations)', ' (no calendar date: 1 vague reference and 2 recurring times)'; '' when every one is a vague
    reference ("recently", "now") or the table has no type and value to tell. The anchor "vague" covers every
    expression left off the calendar, and "three weeks" or "every Tuesday" is exact, only undated."""
    rows = timeline[timeline["anchor"] == "vague"]
    if rows.empty or not {"type", "value"} <= set(rows.columns):
        return ""
    kinds = [undated_kind(str(t), str(v)) for t, v in zip(rows["type"], rows["value"])]
    if all(kind == "vague" for kind in kinds):
        return ""
    counted = [count_noun(kinds.count(k), *UNDATED_KINDS[k]) for k in UNDATED_KINDS if k in kinds]
    return f" (no calendar date: {join_words(counted)})"


@_markdown
def anchor_counts(timeline: pd.DataFrame) -> str:
    """How many expressions are exact dates, relative to publication, or vague? The expressions counted by anchor;
    the vague ones by kind when some are only undated (`vague_kinds`)."""
    if timeline.empty:
        return "The article uses no temporal expression."
    counts = [int((timeline["anchor"] == a).sum()) for a in ANCHORS]
    kinds = vague_kinds(timeline)
    if len(timeline) == 1:
        return f"Its one expression is {timeline['anchor'].iloc[0]}{kinds}."
    if max(counts) == len(timeline):
        anchor = ANCHORS[counts.index(len(timeline))]
        return f"{every(len(timeline)).capitalize()} of its expressions are {anchor}{kinds}."
    first = f"{counts[0]} {_is_are(counts[0])} {ANCHORS[0]}" if counts[0] else f"none is {ANCHORS[0]}"
    anchors = list(ANCHORS[1:])
    if "relative date" in kinds:  # "Thursday" with no publication date: relative, but placed against nothing
        anchors[0] = "placed relative to publication"
    rest = [f"{n or 'none'} {a}" for n, a in zip(counts[1:], anchors)]
    return f"Of its {count_noun(len(timeline), 'expression')}, {first}, " + join_words(rest) + f"{kinds}."


# The share of its gap to publication a period must last to be placed by its nearer end (`distance`): the 1970s,
# 45 years back, are about 45 years before; 2022, 19 months back, ends then but does not lie there as a whole.
NEARER_END_SHARE = 0.25


def distance(start: date, end: date, published: date) -> str:
    """Where a period lies from the publication day, in words: 'on the day of publication', '3 days before
    publication', 'about 4 years before publication', 'running through publication' ('from' or 'up to the day of
    publication' for a period starting or ending that day); a period lasting at least NEARER_END_SHARE of its gap
    to publication is placed by its nearer end ('ending about 2 weeks before publication' for last year, 'starting
    1 day after publication' for the weekend, 'ending about 19 months before publication' for a year whose last day
    was 19 months before), since the period as a whole does not lie that close: 2022 spans 19 to 31 months before
    August 2024, and "about 19 months before" would say the whole of it."""
    if start <= published <= end:
        if start == end:
            return "on the day of publication"
        if start == published:  # "over the next five years"
            return "from the day of publication"
        return "up to the day of publication" if end == published else "running through publication"
    days = (published - end).days if end < published else (start - published).days
    side = "before" if end < published else "after"
    if days < 14:
        amount = count_noun(days, "day")
    elif days < 60:
        amount = "about " + count_noun(round(days / 7), "week")
    elif days < 730:
        amount = "about " + count_noun(round(days / 30.44), "month")
    elif days < 3652:  # to the half year under a decade: three and a half years is not "about 3 years"
        years = round(days / 365.25 * 2) / 2
        amount = f"about {years:g} year{'' if years == 1 else 's'}"
    else:
        amount = "about " + count_noun(round(days / 365.25), "year")
    nearer = ("ending " if side == "before" else "starting ") if (end - start).days >= days * NEARER_END_SHARE else ""
    return f"{nearer}{amount} {side} publication"


def _event(timeline: pd.DataFrame, expression: str, start: str) -> str:
    """' (event phrase)' of the first timeline row of `expression` starting on `start`, '' without one."""
    rows = timeline[(timeline["expression"] == expression) & (timeline["date"].astype(str).str[:10] == start)]
    phrase = str(rows["event"].iloc[0]) if len(rows) and "event" in rows and pd.notna(rows["event"].iloc[0]) else ""
    # an event with a note in brackets ("story filed (dateline)") inside the answer's own brackets reads as a slip:
    # its note after a comma, "(story filed, dateline)"
    phrase = re.sub(r"\s*\(([^()]*)\)", r", \1", phrase).strip()
    return f" ({phrase})" if phrase else ""


@_markdown
def events_in_time(timeline: pd.DataFrame, published: datetime | None) -> str:
    """When did the events happen, relative to publication? The earliest and latest dated expressions, what happened
    then and how far each lies from publication."""
    dated = dated_expressions(timeline)
    if dated.empty:
        return "No event the article mentions can be placed on the calendar."
    if published is None:
        known = dates_sentence(timeline)
        return (
            f"The publication date is unknown, so how far the events lie from it cannot be told; {known[0].lower()}"
            + known[1:]
        )
    day = published.date()

    def where(row) -> str:
        first, last = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
        what = f"“{row['expression']}”{_event(timeline, row['expression'], row['start'])}"
        return f"{what}, {expression_period(row, day)}, {distance(first, last, day)}"

    # a row dating the last time before now ("for the first time in 15 years": 2010) is no event the story tells of:
    # the earliest and latest are the story's own, and that occasion is said apart, as the report's dates sentence does
    dated, apart = occasions_apart(dated)
    told = last_occasion_told(apart, day)
    aside = f" {told[0].upper()}{told[1:]}, not an event the article tells of." if told else ""
    # the present period ("this year" over the day's events) starts first but is no earliest event (`present_periods`)
    present = present_periods(dated, published)
    earliest = dated[~present].iloc[0] if not present.all() else dated.iloc[0]
    if len(dated) == 1:
        return f"Its one dated expression is {where(earliest)}.{aside}"
    same = (dated["start"] == earliest["start"]) & (dated["end"] == earliest["end"])
    if same.all():
        return f"{every(len(dated)).capitalize()} dated expressions fall on one period: {where(earliest)}.{aside}"
    # the first of those that end last; a long period holding the others ("has lived here forty years") is the
    # earliest, not also the latest
    others = dated[~same]
    # nor is the present period the latest when the story tells of its own days to come within or after it ("this
    # week" over a strike "on Thursday and Friday" written on a Wednesday): the latest is Friday, not the week
    ahead = others[~present[~same] & (others["end"] > day.isoformat())]
    if present[~same].any() and not ahead.empty:
        others = ahead
    latest = others.loc[others["end"].idxmax()]
    return f"The earliest is {where(earliest)}; the latest {where(latest)}.{aside}"


# ------------------------------------------------------------------------------------------- 05 · who speaks
@_markdown
def who_is_quoted(quotes: pd.DataFrame, entities: pd.DataFrame, article=None) -> str:
    """Who is quoted, and how often? The statements, their sources, the main ones by name with the kinds of their
    statements (the report's sentence). Given the `article`, its byline says who "I" is: 'by its writers' for a
    letters page's several signatures, as the report says."""
    byline = getattr(article, "byline", None)
    writer, several = writer_name(byline), several_writers(byline)
    paragraphs = article_paragraphs(article)
    # "the Food Foundation", as the article writes it and the report's sentence names it
    definite = definite_names(entities, paragraphs)
    return speakers_sentence(quotes, entities, definite, writer=writer, several=several, paragraphs=paragraphs)


def article_paragraphs(article) -> pd.DataFrame | None:
    """The article's paragraphs as paragraphs.csv has them (paragraph, text), or None without the article: in them
    a statement with no speaker whose cue is a passive with no agent ("she was told") is one the article gives
    without naming who made it (`speakers.unsourced`), as the report's sentence counts it."""
    if article is None or not getattr(article, "paragraphs", None):
        return None
    rows = [(int(p.number), str(p.text)) for p in article.paragraphs]
    return pd.DataFrame(rows, columns=["paragraph", "text"])


def writers_words(article) -> tuple[str, str]:
    """Who writes "I" in the article, as a source and as an owner: ('its writers', "its writers'") when its byline
    names several (a letters page's signatures, `summary.several_writers`), else ('the writer', "the writer's"), so
    that every answer names them as the report's figures in numbers do."""
    if several_writers(getattr(article, "byline", None)):
        return "its writers", "its writers'"
    return WRITER, "the writer's"


# The kinds of statement in words, (one, several).
KIND_PHRASES = {
    "direct": ("a direct quotation", "direct quotations"),
    "partial": ("partial (quoted words inside reported speech)", "partial (quoted words inside reported speech)"),
    "reported": ("reported without quotation marks", "reported without quotation marks"),
}


@_markdown
def direct_or_reported(quotes: pd.DataFrame) -> str:
    """How much is quoted directly, and how much only reported? The statements by kind, and the share of the words
    said that stand in direct quotations."""
    # a headline's quotation printed again is one statement, as elsewhere; "is expected to arrive" is none
    quotes = quotes[~headline_repeats(quotes) & ~expectations(quotes)]
    if quotes.empty:
        return "No statement is attributed in the article, so there is nothing to count."
    kinds = quote_kinds(quotes).set_index("kind")
    n, words = len(quotes), int(kinds["words"].sum())
    if n == 1:
        kind = next(k for k in QUOTE_KINDS if kinds.loc[k, "statements"])
        return f"Its one statement, {count_noun(words, 'word')}, is {KIND_PHRASES[kind][0]}."
    counts = {k: int(kinds.loc[k, "statements"]) for k in QUOTE_KINDS}
    if max(counts.values()) == n:  # all of one kind
        kind = next(k for k, c in counts.items() if c == n)
        return f"{every(n).capitalize()} statements are {KIND_PHRASES[kind][1]}."
    parts = [f"{c} {KIND_PHRASES[k][c != 1]}" for k, c in counts.items() if c]
    first = next(c for c in counts.values() if c)
    parts[0] = f"{first} {_is_are(first)} {parts[0].split(' ', 1)[1]}"
    text = f"Of its {n} statements, {join_words(parts)}"
    direct = int(kinds.loc["direct", "words"])
    if not counts["direct"]:
        return text + "; none is a direct quotation."
    return text + f"; direct quotations carry {direct} of the {count_noun(words, 'word')} said ({direct / words:.0%})."


@_markdown
def words_per_speaker(quotes: pd.DataFrame, entities: pd.DataFrame, article=None) -> str:
    """How much of the text does each speaker have? The speaker with the most words said (ties together), their
    share of all the words attributed, and the next. The writer's own words in the first person are named as
    `writers_words` names them (given the `article`)."""
    writer, writers = writers_words(article)
    # lines of a play, film or novel its characters speak ("Agnes says"): no source's words, said apart
    paragraphs = article_paragraphs(article)
    spoken = character_lines(quotes, entities, paragraphs)
    words = int(statement_words(quotes)[spoken != ""].sum()) if (spoken != "").any() else 0
    lines = lines_words(spoken, work_noun(paragraphs), more=False, words=words)
    if lines:
        lines = f"; {lines}, {'is' if (spoken != '').sum() == 1 else 'are'} no source's"
        quotes = quotes[spoken == ""]
    speakers = speakers_table(quotes, entities, paragraphs)
    if speakers.empty:
        return "No statement has a speaker, so no one has any words of their own in it" + (lines or "") + "."
    total = int(speakers["words"].sum())
    # "Ryanair and easyJet said": each of them said those words, counted with its own, as the statements are
    together = joint_words(speakers, entities)
    speakers, _ = joint_sources(speakers, entities)
    ranked = speakers.sort_values("words", ascending=False, kind="stable")
    top = int(ranked["words"].iloc[0])
    # "The White House said" and "the Food Foundation" as the article writes it: "the White House"
    definite = definite_speakers(quotes) | definite_names(entities, paragraphs)
    # a surname two named people bear, with nothing to tell which spoke: said as who it may be
    shared = set(shared_surname_speakers(speakers, entities)["speaker"])

    def may_be(speaker: str) -> str:
        return f"who may be {' or '.join(surname_bearers(speaker, entities))}"

    def named(s: str) -> str:
        return writer if s == WRITER else as_written(source_name(s), definite)

    def with_whom(s: str, words: int, inside: bool = False) -> str:
        """', 15 of them together with Ryanair' for words said jointly; '' for none."""
        said = together.get(s)
        if not said:
            return ""
        partners, k = said
        whom = join_words([named(p) for p in partners])
        if inside:
            return f"; {'all' if k == words else k} together with {whom}"
        return f", {'all' if k == words else f'{k} of them'} said together with {whom}"

    leaders = [f"“{s}” ({may_be(s)})" if s in shared else named(s) for s in ranked[ranked["words"] == top]["speaker"]]
    tops = ranked[ranked["words"] == top]["speaker"].astype(str).tolist()
    if len(ranked) == 1 and ranked["speaker"].iloc[0] == WRITER:  # "I think": the writer is heard, no source
        said = "the one word said is" if top == 1 else f"the {count_noun(top, 'word')} said are"
        return f"No source is quoted: {said} {writers} own, in the first person{lines}."
    if len(ranked) == 1:
        return f"Only one source is heard, {leaders[0]}, with {count_noun(top, 'word')} said{lines}."
    share = f"{top / total:.0%}" if total else "0%"
    if len(leaders) == 1:
        text = f"The most words said, {top} of the {total} attributed to anyone ({share}), are by {leaders[0]}"
        text += with_whom(tops[0], top)
    elif all(s in together and together[s][1] == top and set(together[s][0]) <= set(tops) for s in tops):
        # the leaders' words are all the ones they said together: one set of words, not one each
        text = f"The most words said, {top} of the {total} attributed to anyone ({share}), are by "
        text += f"{join_words(leaders)} together"
    else:
        leaders = [f"{n} ({with_whom(s, top, True)[2:]})" if s in together else n for n, s in zip(leaders, tops)]
        text = f"The most words said, {top} each of the {total} attributed to anyone, are by {join_words(leaders)}"
    rest = ranked[ranked["words"] < top]
    shown = rest.head(RUNNERS_UP)
    if len(rest) > RUNNERS_UP and int(rest["words"].iloc[RUNNERS_UP]) == int(rest["words"].iloc[RUNNERS_UP - 1]):
        shown = shown[shown["words"] > int(rest["words"].iloc[RUNNERS_UP])]
    if shown.empty:
        return text + lines + "."
    then = [
        f"“{s}” ({int(w)}; {may_be(s)})" if s in shared else f"{named(s)} ({int(w)}{with_whom(s, int(w), True)})"
        for s, w in zip(shown["speaker"], shown["words"])
    ]
    return text + f"; then {join_words(then)}{lines}."


# What a statement's tone is scored on, said beside it: the quoted or reported words alone, while the voices compare
# whole sentences (`quoted_vs_reporter`, WHOLE_SCORED), so "it reads neutral" of a sentence and "both read positive"
# of its statement are seen to score different things, not to disagree.
SAID_SCORED = "on the words said"


@_markdown
def tone_of_speakers(quotes: pd.DataFrame, entities: pd.DataFrame, article=None) -> str:
    """What is the tone of what each speaker says? The statements by tone, and how the most quoted source sounds (the
    writer named as `writers_words` names them, given the `article`)."""
    # a headline's quotation printed again is one statement; an expectation with no one expecting is none
    quotes = quotes[~headline_repeats(quotes) & ~expectations(quotes)]
    if quotes.empty:
        return "No statement is attributed in the article, so there is no tone to read."
    if len(quotes) == 1:
        return f"Its one statement reads {quotes['tone'].iloc[0]} by the label {SAID_SCORED}."
    # lines of a play, film or novel its characters speak are no source's: the one quoted most is a source
    spoken = character_lines(quotes, entities, article_paragraphs(article))
    # and no statement: "Of its 5 statements and 3 lines of the novel", as who is quoted counts them
    lines = int((spoken != "").sum())
    counted = count_noun(len(quotes) - lines, "statement")
    if lines:
        work = work_noun(article_paragraphs(article)) or "work"
        said = f"{lines} {'line' if lines == 1 else 'lines'} of the {work}"
        counted = f"{counted} and {said}" if len(quotes) > lines else said
    text = f"Of its {counted}, {_tone_counts(quotes['tone'])} by the label {SAID_SCORED}"
    speakers = speakers_table(quotes[spoken == ""], entities, article_paragraphs(article))
    # "Ryanair and easyJet said": each of them quoted in those statements, as who is quoted counts them
    speakers, _ = joint_sources(speakers, entities)
    if len(speakers) < 2 or speakers["statements"].iloc[0] == speakers["statements"].iloc[1]:
        return text + "."  # no one source is quoted most
    top = speakers.iloc[0]
    counts = {t: int(top[t]) for t in TONES}
    if top["tone"] in TONES:
        k, n = counts[top["tone"]], int(top["statements"])
        how = f"{top['tone']} in {every(n)}" if k == n else f"{'mostly' if 2 * k > n else 'most often'} "
        how += "" if k == n else f"{top['tone']} ({k} of {n})"
    else:  # tied tones: the ones said counted, none of a zero count
        how = "mixed (" + join_words([f"{counts[t]} {t}" for t in TONES if counts[t]]) + ")"
    if top["speaker"] == WRITER:  # the writer is heard, not quoted
        writer = writers_words(article)[0]
        says = "what its writers say" if writer != WRITER else "what the writer says"
        return text + f"; {says}, in the most statements, reads {how}."
    # "the statements of" agrees with any source, one or many: "what ministers, quoted most, says" would not
    definite = definite_speakers(quotes) | definite_names(entities, article_paragraphs(article))
    source = as_written(source_name(top["speaker"]), definite)
    return text + f"; the statements of {source}, quoted most, read {how}."


@_markdown
def never_heard(
    quotes: pd.DataFrame,
    entities: pd.DataFrame,
    paragraphs: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
) -> str:
    """Who is named but never heard? The people and organisations named but never quoted (with the paragraphs, not
    the media that only carried what someone said, `speakers.carriers`, nor a body whose officer is quoted,
    `speakers.officers_heard`)."""
    return unheard_sentence(quotes, entities, paragraphs, mentions) or "The article names no person or organisation."


@_markdown
def what_was_said(quotes: pd.DataFrame, article=None, entities: pd.DataFrame | None = None) -> str:
    """What exactly was said, and by whom? The longest direct quotation (else the longest statement), by whom (the
    writer in the first person as one of its writers when the `article`'s byline names several)."""
    quotes = quotes[~expectations(quotes)]  # "is expected to arrive" is no statement to a reader
    if quotes.empty:
        return "No statement is attributed in the article."
    words = statement_words(quotes)
    # a line of a play, film or novel, spoken by a character, is said by no source: the longest of a source's, if any
    paragraphs = article_paragraphs(article)
    spoken = character_lines(quotes, entities if entities is not None else pd.DataFrame(), paragraphs)
    if (spoken == "").any():
        quotes, words = quotes[spoken == ""], words[spoken == ""]
    direct = quotes["kind"] == "direct"
    pool = quotes[direct] if direct.any() else quotes
    row = pool.loc[words[pool.index].idxmax()]
    n = int(words[row.name])
    # no speaker found, one that names no one ("?"), or a headline's passive, whose subject said nothing
    given = not (speakerless(quotes.loc[[row.name]]) | headline_passives(quotes.loc[[row.name]])).iloc[0]
    speaker = speaker_name(row["speaker"]) if given else ""
    given_none = bool(unsourced(quotes.loc[[row.name]]).iloc[0])
    # "is said to", "a jury was told": the article names no one, which is not a speaker the tables missed
    unnamed = "without a named speaker" if given_none else "with no speaker found"
    # "The Japan Meteorological Agency said": named after "the", as the answer on who is quoted names it
    definite = definite_speakers(quotes)
    if entities is not None and "entity" in entities.columns:
        definite = definite | definite_names(entities, paragraphs)
    by = f"by {as_written(source_name(speaker), definite)}" if speaker else unnamed
    if speaker == WRITER and writers_words(article)[0] != WRITER:
        by = "by one of its writers"
    if spoken.get(row.name, ""):  # only lines of the work are quoted
        by = f"a line of the {work_noun(paragraphs) or 'work'}, spoken by its character {spoken[row.name]}"
    what = "direct quotation" if direct.any() else f"statement ({row['kind']}; there is no direct quotation)"
    said = excerpt(row["text"]) if row["kind"] == "direct" else f"“{excerpt(row['text'])}”"  # a quotation has its marks
    return f"The longest {what}, {count_noun(n, 'word')}, is {by}: {said}"


# ----------------------------------------------------------------------------------------------- 06 · report
@_markdown
def in_numbers(article, tables: dict[str, pd.DataFrame]) -> str:
    """What does the article come to, in numbers? Size, the names by kind, the sources and the dated expressions."""
    kinds = entity_kinds(named_entities(tables["entities"], tables.get("paragraphs")))
    named = [count_noun(len(v), *KIND_WORDS[k]) for k, v in kinds.items() if v]
    # lines of a play, film or novel its characters speak ("Agnes says"): no source, counted apart
    paragraphs = tables.get("paragraphs")
    spoken = character_lines(tables["quotes"], tables["entities"], paragraphs)
    lines = lines_words(spoken, work_noun(paragraphs), more=False)
    speakers = speakers_table(tables["quotes"][spoken == ""], tables["entities"], paragraphs)
    speakers, _ = joint_sources(speakers, tables["entities"])  # "Ryanair and easyJet said": two sources
    # "they said", no name found, or "Ames said" where two people are Ames: no source to count
    pronouns, surnames = pronoun_speakers(speakers), shared_surname_speakers(speakers, tables["entities"])
    vague = int(pronouns["statements"].sum()) + int(surnames["statements"].sum())
    # the writer's own "I think" is no source the article quotes: counted apart, as the report's sentence does
    mine = int(speakers.loc[speakers["speaker"] == WRITER, "statements"].sum())
    sources = len(speakers) - len(pronouns) - len(surnames) - int((speakers["speaker"] == WRITER).any())
    quoted = f"quotes {count_noun(sources, 'source')}" if sources else "quotes no one"
    several = several_writers(getattr(article, "byline", None))
    writer, writers = ("its writers", "its writers'") if several else ("the writer", "the writer's")
    if vague:
        forms = ["a pronoun"] * (not pronouns.empty) + ["a surname two people share"] * (not surnames.empty)
        which = f"{count_noun(vague, 'statement')} whose speaker it gives only as {' or '.join(forms)}"
        which = join_words([which] + [f"{mine} by {writer} in the first person"] * bool(mine) + [lines] * bool(lines))
        quoted = f"{quoted} (besides {which})" if sources else f"quotes no source it identifies ({which})"
    elif mine and sources:
        besides = [f"{count_noun(mine, 'statement')} by {writer} in the first person"] + [lines] * bool(lines)
        quoted = f"{quoted} (besides {join_words(besides)})"
    elif mine:
        own = f"its one statement is {writers} own" if mine == 1 else f"its {mine} statements are {writers} own"
        quoted = f"{quoted} ({own}, in the first person{'; besides, ' + lines if lines else ''})"
    elif lines:
        quoted = f"{quoted} (besides {lines})"
    dated = len(dated_expressions(tables["timeline"]))
    parts = [
        f"names {join_words(named)}" if named else "names no person, place or organisation",
        quoted,
        f"dates {count_noun(dated, 'expression')} on the calendar" if dated else "dates nothing on the calendar",
    ]
    size = size_words(article).rstrip(",")
    return f"The article has {size}; it {join_words(parts)}."


def _some_of(shown: int, total: int, singular: str, plural: str) -> str:
    """'its one source', 'all 3 sources', '7 of the 13 sources'."""
    if total == 1:
        return f"its one {singular}"
    return f"{every(total)} {plural}" if shown == total else f"{shown} of the {total} {plural}"


@_markdown
def report_page(data: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> str:
    """What do the charts show, on one page? What each section of the report figure shows against what the tables
    hold, from the figure's data (its `panel` column)."""
    panels = data.groupby("panel", sort=False).size()
    n = int(panels.get("words", 0))
    # the headline's row (paragraph 0, drawn as "H") is said apart, so that the count of paragraphs is the one the
    # article's own sentence gives ("The article has 9 paragraphs"), not one more
    words = data[data["panel"] == "words"]
    headline = n > 0 and "paragraph" in words.columns and bool((words["paragraph"] == 0).any())
    n -= int(headline)
    opening = "the headline and " if headline else ""
    parts = [f"the words and polarity of {opening}{_some_of(n, n, 'paragraph', 'paragraphs')}"]
    if "entities" in panels:
        named = int(tables["entities"]["entity_type"].isin(list(ENTITY_KINDS)).sum())
        who = _some_of(
            int(panels["entities"]), named, "person, place or organisation", "people, places and organisations"
        )
        shown = int(panels["entities"])
        kinds = tables["entities"][tables["entities"]["entity_type"].isin(list(ENTITY_KINDS))]
        counts = kinds["mentions"].astype(int).tolist()
        most = " most" if shown < named else ""
        if 0 < shown < named and counts[shown] == counts[shown - 1]:  # a tie cut for room
            all_tied = counts[-1] == counts[shown - 1]
            most = ", the rest named as often" if all_tied else ", none left out named more often"
        parts.append(f"the mentions of {who} named{most}")
    first_person = False  # the only speaker is the writer, in the first person
    if "speakers" in panels:
        speakers = speakers_table(tables["quotes"], tables["entities"], tables.get("paragraphs"))
        total = len(speakers)
        shown = int(panels["speakers"])
        # the writer's own "I think" and a speaker given only as "he" are no source the article quotes, and
        # "Ryanair and easyJet said" is two, as the figures in numbers count them: the bars are then said to be
        # speakers', or the writer's alone
        together = bool(joint_sources(speakers, tables["entities"])[1])
        unsourced = (speakers["speaker"] == WRITER) | speakers.index.isin(
            pronoun_speakers(speakers).index.union(shared_surname_speakers(speakers, tables["entities"]).index)
        )
        noun = ("speaker", "speakers") if unsourced.any() or together else ("source", "sources")
        said = speakers["words"].sort_values(ascending=False).tolist()
        if first_person := total == 1 and speakers["speaker"].iloc[0] == WRITER:
            parts.append("the words of its statements in the first person")
        elif shown < total and said[shown] == said[shown - 1]:  # a run of speakers who say as much, cut for room
            rest = "the rest saying as much" if said[-1] == said[shown - 1] else "none left out saying more"
            parts.append(f"the words said by {shown} of the {total} {noun[1]}, {rest}")
        elif shown < total:  # "the 3 of the 5 sources who say most", never "1 of the 2 sources who say most"
            who = "the one" if shown == 1 else f"the {shown}"
            parts.append(f"the words said by {who} of the {total} {noun[1]} who {'says' if shown == 1 else 'say'} most")
        else:
            parts.append(f"the words said by {_some_of(shown, total, *noun)}")
    if "entity_tone" in panels:
        parts.append(f"the tone around {count_noun(int(panels['entity_tone']), 'name')}")
    if "speaker_tone" in panels:
        parts.append("their tone" if first_person else "the tone of what they say")
    if "timeline" in panels:
        rows = data[(data["panel"] == "timeline") & (data["drawn_as"] != "off calendar")]
        dated = len(dated_expressions(tables["timeline"]))
        parts.append(f"{_some_of(len(rows), dated, 'dated expression', 'dated expressions')} on a timeline")
    return f"The page shows {join_words(parts)}."


# --------------------------------------------------------------------------------------- 07 · compare articles
def _day(value) -> str:
    """A publication time as a day in words ('19 December 2022')."""
    stamp = pd.Timestamp(value)
    return f"{stamp.day} {stamp:%B %Y}"


@_markdown
def corpus_articles(article_sentiment: pd.DataFrame, errors: pd.DataFrame) -> str:
    """Which articles are in the corpus? How many, the span of their publication dates, the undated and the failed."""
    n = len(article_sentiment)
    if not n:
        return "The corpus holds no article" + (f"; {count_noun(len(errors), 'input')} failed." if len(errors) else ".")
    published = pd.to_datetime(article_sentiment["published"], errors="coerce").dropna()
    text = f"The corpus holds {count_noun(n, 'article')}"
    if len(published) == 1:
        text += f", {'published' if n == 1 else 'one published'} on {_day(published.iloc[0])}"
    elif len(published):
        first, last = _day(published.min()), _day(published.max())
        text += f", published {'on ' + first if first == last else f'from {first} to {last}'}"
    undated = n - len(published)
    if undated:
        text += f"; {undated} {'has' if undated == 1 else 'have'} no publication date"
    failed = len(errors)
    return text + (f"; {count_noun(failed, 'input')} could not be read." if failed else ".")


@_markdown
def named_across(entities: pd.DataFrame, article_sentiment: pd.DataFrame) -> str:
    """Who is named across the articles? The name(s) in the most articles, with their mentions (names joined across
    articles as `compare.entities_across` joins them)."""
    articles = len(article_sentiment)
    across = entities_across(entities, max(len(entities), 1))
    if across.empty:
        return "No article of the corpus names a person, place or organisation."
    if articles == 1:
        top = across.sort_values("mentions", ascending=False, kind="stable")
        leaders = top[top["mentions"] == top["mentions"].iloc[0]]["entity"].tolist()
        most = f"{join_words(leaders)} {'is' if len(leaders) == 1 else 'are'} named most"
        count = _times(int(top["mentions"].iloc[0]))
        kinds = count_noun(len(across), "person, place or organisation", "people, places and organisations")
        return (
            f"The corpus has one article; it names {kinds}, and {most}, {count}{' each' if len(leaders) > 1 else ''}."
        )
    top = int(across["articles"].max())
    leaders = across[across["articles"] == top]
    if top == 1:
        which = "the 2 articles" if articles == 2 else f"two of the {articles} articles"
        return f"No name is shared by {which}: each of the {len(across)} names is in one only."
    if len(leaders) == 1:
        row = leaders.iloc[0]
        times = _times(int(row["mentions"]))
        if may_be_plural(str(row["entity"]), str(ENTITY_KINDS.get(row.get("entity_type"), ""))):
            return f"The name in the most articles is {row['entity']}, {top} of {articles}, {times} in all."
        return f"{row['entity']} is named in the most articles, {top} of {articles}, {times} in all."
    if len(leaders) <= LISTED_NAMES:
        return f"{join_words(leaders['entity'].tolist())} are named in the most articles, {top} of {articles} each."
    return f"{len(leaders)} names are each named in {top} of the {articles} articles, none in more."


@_markdown
def article_tones(article_sentiment: pd.DataFrame) -> str:
    """What is the tone of each article? The articles by their tone label, and the lowest and highest word-weighted
    TextBlob polarity (by headline, or id when there is none)."""
    scored = article_sentiment[article_sentiment["polarity"].notna()]
    if scored.empty:
        return "No article of the corpus has text to score."
    if len(scored) == 1:
        row = scored.iloc[0]
        return (
            f"The one article's wording, as the tone models label it, reads {row['tone']} (the label of the largest "
            f"share of its text), with word-weighted polarity {_signed(float(row['polarity']))}."
        )
    text = (
        f"Of {len(scored)} articles, {_tone_counts(scored['tone'])} by the tone models' label of their wording (the "
        f"label of the largest share of each one's text)"
    )

    def named(rows: pd.DataFrame) -> str:
        titles = [
            f"“{excerpt(t, 8)}”" if isinstance(t, str) and t.strip() else f"{a} (no headline)"
            for t, a in zip(rows["title"], rows["article"])
        ]
        return join_words(titles)

    polarity = scored["polarity"].astype(float).round(2)  # ranked as shown: equal to two decimals is a tie
    low, high = scored[polarity == polarity.min()], scored[polarity == polarity.max()]
    if polarity.min() == polarity.max():
        return (
            text + f"; {'both have' if len(scored) == 2 else 'all have'} polarity {_signed(float(polarity.iloc[0]))}."
        )
    return (
        text + f"; by polarity the lowest is {named(low)} ({_signed(float(polarity.min()))}), the highest "
        f"{named(high)} ({_signed(float(polarity.max()))})."
    )


@_markdown
def corpus_dates(timeline: pd.DataFrame) -> str:
    """What happened when, across all the articles? The dated expressions, their span, and the article dating most."""
    dated = timeline[timeline["date"].notna()]
    if dated.empty:
        return "No article of the corpus dates anything on the calendar."
    rows = pd.DataFrame(
        {
            "expression": dated["expression"],
            "start": pd.to_datetime(dated["date"]).dt.strftime("%Y-%m-%d"),
            "end": pd.to_datetime(dated["date_end"].fillna(dated["date"])).dt.strftime("%Y-%m-%d"),
            "value": dated["value"].fillna("").astype(str) if "value" in dated.columns else "",
        }
    )
    per = dated.groupby("article").size()
    span = span_words(rows)
    span = span if span.startswith("from ") else f"{_all_in(len(dated))} {span}"
    text = f"{count_noun(per.size, 'article')} {'dates' if per.size == 1 else 'date'} "
    text += f"{count_noun(len(dated), 'expression')} on the calendar, {span}"
    if per.size == 1:
        return text + "."
    top = int(per.max())
    busiest = sorted(per.index[per == top])
    verb = "dates" if len(busiest) == 1 else "date"
    return text + f"; {join_words(busiest)} {verb} the most, {top}{' each' if len(busiest) > 1 else ''}."


@_markdown
def speakers_across_articles(quotes: pd.DataFrame, entities: pd.DataFrame, article_sentiment: pd.DataFrame) -> str:
    """Who speaks across the articles? The named speaker(s) quoted in the most articles, how often, and how many
    articles quote anyone."""
    articles = len(article_sentiment)
    across = speakers_across(quotes, entities, max(len(quotes), 1))
    # an article quotes someone as its own sentence on sources says so: a headline's passive ("Minister said to be
    # ready to quit") or an expectation with no one expecting is no one quoted (`speakers.attributed`, `expectations`)
    said = attributed(quotes)
    quoting = int(said.loc[~expectations(said), "article"].nunique()) if not said.empty else 0
    some = f"{quoting} of the {articles} articles quote{'s' if quoting == 1 else ''} someone"
    if quoting == articles:  # "all 1 articles" is no English: a corpus of one has "the one article"
        some = "the one article quotes someone" if articles == 1 else f"{every(articles)} articles quote someone"
    if across.empty:
        return (
            f"{some[0].upper()}{some[1:]}, but no speaker is a named person, place or organisation."
            if quoting
            else ("No article of the corpus quotes anyone.")
        )
    if articles == 1:
        most = int(across["statements"].max())
        # of sources quoted equally often none is quoted most alone: all of them are named, or how many
        leaders = across[across["statements"] == most]["speaker"].astype(str).tolist()
        if len(leaders) == len(across) > 1:
            who = f"{'both' if len(leaders) == 2 else 'each'} {_times(most)}"
        elif len(leaders) > LISTED_NAMES:
            who = f"{len(leaders)} of them most, {_times(most)} each"
        else:
            who = f"{join_words(leaders)} most, {_times(most)}{' each' if len(leaders) > 1 else ''}"
        return f"The corpus has one article; it quotes {count_noun(len(across), 'named source')}, {who}."
    top = int(across["articles"].max())
    leaders = across[across["articles"] == top]
    if top == 1:
        text = f"No named source is quoted in {'both' if articles == 2 else f'two of the {articles}'} articles"
    elif len(leaders) == 1:
        row = leaders.iloc[0]
        statements = count_noun(int(row["statements"]), "statement")
        if may_be_plural(str(row["speaker"])):
            text = (
                f"The source quoted in the most articles is {row['speaker']}, {top} of {articles}, {statements} in all"
            )
        else:
            text = f"{row['speaker']} is quoted in the most articles, {top} of {articles}, {statements} in all"
    elif len(leaders) <= LISTED_NAMES:
        text = f"{join_words(leaders['speaker'].tolist())} are quoted in the most articles, {top} of {articles} each"
    else:
        text = f"{len(leaders)} named sources are each quoted in {top} of the {articles} articles, none in more"
    return f"{text}; {some}."


@_markdown
def unread(errors: pd.DataFrame) -> str:
    """Which articles could not be read? Every input read, or those that failed with why."""
    if errors.empty:
        return "Every input was read."
    shown = [f"{s} ({e})" for s, e in zip(errors["source"], errors["error"])]
    return f"{count_noun(len(errors), 'input')} could not be read: {listed_names(shown, 3)}."
