"""Who speaks: the attributions of `quotes.csv` gathered by speaker, for notebook 05, the report and the corpus.

From an article's quotes table (one row per statement: what was said, its kind, its speaker, its tone) and its
entities table, these functions count who is quoted and how often, direct against partial against reported, how
many words of what was said each speaker has, the tone of what each says, and who is named but never heard. They
only read the quotes table; `newsframe.quotes` finds the attributions.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

import pandas as pd

from .article import count_words, dateline_credits
from .entities import (
    AGENT_ENDINGS,
    BODY_APPOSITION_NOUNS,
    DEMONYM_ENDING,
    ENTITY_KINDS,
    GENDERED_HONORIFICS,
    POSSESSIVE_BODY_WORDS,
    ROLE_NOUNS,
    SITE_WORDS,
    THE_APPOSITION_CUE_NOUNS,
    _singular,
    common_nouns,
    known_places,
    lemma_index,
    name_key,
)
from .given_names import GIVEN_NAME_BEARERS, given_name_bearers
from .quotes import NEARNESS_WORDS, ORG_NOUNS
from .sentiment import TONES

# The kinds of statement of quotes.csv, from the speaker's own words to the reporter's: in quotation marks,
# quoted words inside reported speech, no quotation marks.
QUOTE_KINDS = ("direct", "partial", "reported")
# The kind of a speaker that is no named entity of the article ("officials", "both leaders"), and of one that is a
# named entity of another type than person, place or organisation (a nationality, an event).
UNNAMED = "unnamed"
OTHER_NAME = "other name"
# A speaker's tone when two or three tones are equally common among what they say.
MIXED = "mixed"
# The types of entity that can be heard: a person or an organisation named but never quoted is "unheard" (a place
# that never speaks is only a place).
HEARD_TYPES = ("PERSON", "ORG")
# Speakers the cross-article table keeps.
TOP_ACROSS = 15

SPEAKER_COLUMNS = [
    "speaker",
    "speaker_kind",
    "entity_type",
    "statements",
    *QUOTE_KINDS,
    "words",
    *(f"words_{kind}" for kind in QUOTE_KINDS),
    *TONES,
    "tone",
    "mentions",
    "first_paragraph",
]
KIND_COLUMNS = ["kind", "statements", "words", "share_words"]
UNHEARD_COLUMNS = ["entity", "entity_type", "kind", "mentions", "paragraphs", "first_paragraph"]
ACROSS_COLUMNS = ["speaker", "speaker_kind", "entity_type", "statements", "direct", "words", "articles"]


# Words that open a description rather than a name ("The authority said", "Some officials say"), and the small
# words a name holds in lower case ("Bank of England", "Department for Transport").
DESCRIPTION_OPENERS = frozenset(
    "the a an this that these those some many most several few other others another both all each every any no one "
    "two three four his her their its our my your".split()
)
NAME_JOINERS = frozenset("of for and at in on to the de la le du da von van der den del y".split())
# A lower-case word inside a person's name that holds a capital after a hyphen or an apostrophe: the particle of an
# Arabic, French or Irish name ("Majed al-Ansari", "Valéry d'Estaing", "Mohamed el-Amine"), never a common noun.
NAME_PARTICLE = re.compile(r"^[a-z]{1,3}[-'’]\w*[A-Z]")
# A first-person speaker outside any quotation is the article's own writer (an opinion column's "I think").
WRITER = "the writer"


def speaker_name(speaker: str, named: set[str] | frozenset[str] = frozenset()) -> str:
    """How a speaker is written inside a sentence: a named entity (in `named`) as found; "I" as WRITER; a
    description that opened the article's sentence in lower case ("The authority" -> "the authority", "Passenger
    groups" -> "passenger groups", "A mother from Leeds" -> "a mother from Leeds"); anything that may be a name ("The
    Hague", "Bank of England", "Médecins sans Frontières", "Critics", "UN officials") or opens with a people's word
    ("Ukrainian officials") as found."""
    speaker = str(speaker).strip()
    if speaker in named:
        return speaker
    if speaker == "I":
        return WRITER
    words = speaker.split()
    if _role_before_name(words, named):  # "Developer Greenvale Homes says": the body the article names speaks
        return " ".join(words[1:])
    if not words[0][0].isupper() or not (len(words[0]) == 1 or words[0][1:].islower()):
        return speaker
    first = words[0].lower()
    if DEMONYM_ENDING.search(first) and first not in DESCRIPTION_OPENERS:  # a people's word keeps its capital:
        # "Ukrainian officials", "Italian police" (not the article "An")
        return speaker
    if first.endswith(("'s", "’s")) and len(words) > 1:  # a name's: "China's foreign ministry"
        return speaker
    if len(words) == 1:
        # a plural of a common noun that the article names as no entity ("Forecasters said", "Critics say") is a
        # description that opened its sentence, written in lower case inside ours; a party or a group the article
        # names ("Democrats", "Greens") is in `named` and stays as found, and so does any other word
        return first if _common_plural(first) else speaker
    opener = first in DESCRIPTION_OPENERS
    if opener and words[1][:1].islower():  # "A mother from Birmingham", "The head of Oxfam"
        return first + speaker[len(words[0]) :]
    # "A Conservative spokesperson", "The Labour leader": an article before a name and a common noun after it (no
    # name opens with "a", and "The Hague" or "The Bank of England" has no common noun of its own)
    described = any(w[:1].islower() and w not in NAME_JOINERS and not NAME_PARTICLE.match(w) for w in words[2:])
    if opener and (first in ("a", "an") or described):
        return first + speaker[len(words[0]) :]
    if _common_opening(words, named):  # "Ambulance services in London": a description, though a name follows in it
        return first + speaker[len(words[0]) :]
    if _placed_plural(words, named):  # "Reports in Portugal", "Sources at the club": people or things somewhere
        return first + speaker[len(words[0]) :]
    if first == "the" and len(words) > 2 and words[-1].lower() in ORG_NOUNS:
        # "The Met Office", "The Cabinet Office": a body's name the recogniser did not read, which ends with the word
        # of its kind, takes "the" in lower case inside a sentence (not "The Hague", "The Guardian")
        return first + speaker[len(words[0]) :]
    if any(w[:1].isupper() for w in words[1:]):  # a capital further on may make it a name ("Médecins sans Frontières")
        return speaker
    common = words[1][:1].islower() and words[1] not in NAME_JOINERS and not NAME_PARTICLE.match(words[1])
    return first + speaker[len(words[0]) :] if opener or common else speaker


# The shortest common noun with an agent's ending read as a role before a name ("Developer", "Operator"): shorter ones
# ("Peer", "Seer") are too often a name's own first word.
ROLE_MIN_LENGTH = 5


def _role_before_name(words: list[str], named: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a speaker's words are a role that opened their sentence and then, whole, a name the article gives
    (`named`): "Developer Greenvale Homes", "Operator Northline Trains". The role is a noun of `entities.ROLE_NOUNS`
    or a common noun with an agent's ending (`entities.AGENT_ENDINGS`), which no direction or adjective is ("North
    Korea", "Royal Mail" stay whole)."""
    if len(words) < 2 or " ".join(words[1:]) not in named:
        return False
    first = words[0]
    if not (first[:1].isupper() and first[1:].islower()):
        return False
    word = first.lower()
    agent = len(word) >= ROLE_MIN_LENGTH and word.endswith(AGENT_ENDINGS) and word in common_nouns()
    role = word in ROLE_NOUNS or agent
    # a role many bear as a given name ("Hunter Biden", "Carter Lane") is that person's own first word
    return role and given_name_bearers(first) < GIVEN_NAME_BEARERS


def _common_opening(words: list[str], named: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a speaker's words open with a common noun and a second word in lower case that is no joiner of a name:
    "Ambulance services in London", "Hospital staff at St Mary's" are descriptions that opened their sentence, as a
    name's words would not be ("Transport for London", "Network Rail"). A first word that opens a name the article
    gives (`named`: "Apple engineers in Cupertino" where Apple is named) keeps its capital."""
    second = words[1]
    name_first = any(n == words[0] or n.startswith(words[0] + " ") for n in named)
    return (
        not name_first
        and (words[0].lower() in common_nouns() or _common_plural(words[0].lower()))
        and second[:1].islower()
        and second not in NAME_JOINERS
        and not NAME_PARTICLE.match(second)
    )


# Words that place what a plural noun before them names ("Reports in Portugal", "Sources at the club", "Residents
# near the site"): unlike "of", "for" or "and", which build a name's own words ("Friends of the Earth", "Doctors for
# Life"), none of them joins the words of a name a recogniser would miss.
PLACING_WORDS = frozenset("in at from on near inside across around".split())


def _placed_plural(words: list[str], named: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a speaker's words are a plural common noun and a placing word (PLACING_WORDS) before the rest:
    "Reports in Portugal", "Officials in Kyiv", "Sources at the club" are descriptions that opened their sentence, so a
    capital further on (the place's) makes them no name. A first word that opens a name the article gives (`named`:
    "Women in Film" where the article names it) or a people's plural ("Israelis in Haifa", "Kurds in Syria" where the
    article names the Kurds) keeps its capital."""
    first = words[0].lower()
    name_first = any(n == words[0] or n.startswith(words[0] + " ") or n == _singular(words[0]) for n in named)
    people = bool(DEMONYM_ENDING.search(_singular(first)))
    return not name_first and not people and len(words) > 2 and _common_plural(first) and words[1] in PLACING_WORDS


# A speaker written with more words than this ("a study of more than 78,000 adults published in JAMA Neurology") is
# shortened in a sentence of findings (`short_speaker`); the tables keep it whole.
LONG_SPEAKER = 8
# Words that open what a long description adds about its head rather than the head itself: a relative pronoun ("an
# official who spoke on condition of anonymity").
RELATIVE_WORDS = frozenset("who whom whose which that".split())
# Words that may follow a participle describing the head ("published in", "led by", "speaking on", "carried out").
AFTER_PARTICIPLE = frozenset("in by at on from with to for under about out into of".split())


# A description after a comma that says again who the speaker is ("my neighbour, a nurse", "the driver, a man of 40").
APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+[a-z]")


def short_speaker(speaker: str, named: set[str] | frozenset[str] = frozenset()) -> str:
    """A speaker as a sentence names it: as written, unless it is no named entity and runs to more than LONG_SPEAKER
    words, then cut before the first clause or participle phrase that describes its head (",", a relative pronoun of
    RELATIVE_WORDS, a word ending in -ed or -ing before a word of AFTER_PARTICIPLE), after two words at least: "a
    study of more than 78,000 adults published in JAMA Neurology" -> "a study of more than 78,000 adults". A comma
    inside a name ("Department for Environment, Food and Rural Affairs") is no cut. Shorter ones too lose a second
    description after a comma (APPOSITIVE: "my neighbour, a nurse" -> "my neighbour"), and a description the
    writer opens with "my" is written as the writer's ("my editor" -> "the writer's editor")."""
    words = speaker.split()
    if speaker in named:
        return speaker
    if words[:1] == ["my"] and len(words) > 1:  # the writer's own: "my neighbour" in an opinion column
        return short_speaker(WRITER + "'s " + " ".join(words[1:]), named)
    appositive = APPOSITIVE.search(speaker)
    if appositive and len(speaker[: appositive.start()].split()) >= 2:
        # "my neighbour, a nurse" is one source by two descriptions: in a list of sources its comma would make two
        return speaker[: appositive.start()]
    if len(words) <= LONG_SPEAKER:
        return speaker
    for i in range(2, len(words)):
        word, before = words[i].lower(), words[i - 1]
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        comma = before.endswith(",") and words[i][:1].islower()
        participle = word.endswith(("ed", "ing")) and following in AFTER_PARTICIPLE and words[i][:1].islower()
        if comma or word in RELATIVE_WORDS or participle:
            return " ".join(words[:i]).rstrip(",")
    return speaker


# Nouns of a group that take no plural ending: "Police said" opens its sentence as "Forecasters said" does.
GROUP_NOUNS = frozenset({"police", "staff", "people"})


def _common_plural(word: str) -> bool:
    """Whether a lower-case word is a plural common noun ("forecasters", "officials", "police"): a plural ending on
    a noun the lemmatizer knows (`entities.common_nouns`), or a noun of GROUP_NOUNS."""
    if word in GROUP_NOUNS:
        return True
    return word.endswith("s") and not word.endswith("ss") and _singular(word) in common_nouns()


def statement_words(quotes: pd.DataFrame) -> pd.Series:
    """The words of what was said, one count per row of a quotes table (quotation marks and punctuation not counted)."""
    return quotes["text"].fillna("").astype(str).map(count_words).astype(int)


def _word_run(text: str) -> str:
    """The words of `text` in lower case, one space apart and one at each end, to find one run inside another."""
    return " " + " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text.lower())) + " "


def headline_repeats(quotes: pd.DataFrame) -> pd.Series:
    """Which rows of a quotes table are a headline's quotation that the story prints again, said by the same speaker
    (the headline's “I never wanted to be a chef” and the body's "I never wanted to be a chef. My mother …"): one
    statement, printed twice. A headline that gives its speaker only as an organisation's officer ("'Food prices will
    fall by the spring': Tesco boss", read as Tesco) over words the story gives to a person ("Ken Murphy") names that
    person by office: the same statement, counted once, in the story, when at least HEADLINE_REPEAT_WORDS of its words
    are printed again."""
    if quotes.empty or "paragraph" not in quotes.columns:
        return pd.Series(False, index=quotes.index)
    speakers = quotes["speaker"].fillna("").astype(str).str.strip()
    written = quotes.get("speaker_text", pd.Series("", index=quotes.index)).fillna("").astype(str)
    runs = quotes["text"].fillna("").astype(str).map(_word_run)
    heading = quotes["paragraph"] == 0
    body: dict[str, list[str]] = {}
    for speaker, run, top in zip(speakers, runs, heading):
        if speaker and not top:
            body.setdefault(speaker, []).append(run)
    anyone = [run for runs_of in body.values() for run in runs_of]

    def repeated(speaker: str, text: str, run: str) -> bool:
        if any(run in other for other in body.get(speaker, ())):
            return True
        # the officer the headline names by office only: their words, whoever the story says they are
        by_office = len(run.split()) >= HEADLINE_REPEAT_WORDS and _speaks_for(speaker, text)
        return by_office and any(run in other for other in anyone)

    return pd.Series(
        [
            bool(top and speaker and run.strip() and repeated(speaker, text, run))
            for speaker, text, run, top in zip(speakers, written, runs, heading)
        ],
        index=quotes.index,
    )


# The fewest words of a headline's quotation, given by an officer's office, that make it the story's statement too.
HEADLINE_REPEAT_WORDS = 4


def attributed(quotes: pd.DataFrame) -> pd.DataFrame:
    """The rows of a quotes table whose speaker was found, with `words` (of what was said) added; a headline's
    quotation the story prints again (`headline_repeats`) is counted once, in the story."""
    speakers = quotes["speaker"].fillna("").astype(str).str.strip()
    keep = ~speakerless(quotes) & ~headline_repeats(quotes) & ~headline_passives(quotes)
    return quotes.assign(speaker=speakers, words=statement_words(quotes))[keep]


def speakerless(quotes: pd.DataFrame) -> pd.Series:
    """Which rows of a quotes table have no speaker: none found, or one with no letter or digit (the "?" left of a
    name such as "Which?" that the name recogniser cut short) that names no one, or a relative pronoun left unresolved
    ("a widow who refuses to leave": "who" is no source a reader can name, and no pronoun pointing to one before)."""
    speaker = quotes["speaker"].fillna("").astype(str)
    relative = speaker.str.strip().str.lower().isin(RELATIVE_SPEAKERS)
    return ~speaker.str.contains(r"[^\W_]", regex=True) | relative


# A relative pronoun the quotes table may leave as a speaker when the noun it points to is no name.
RELATIVE_SPEAKERS = frozenset({"who", "whom", "which", "that"})


def unattributed(quotes: pd.DataFrame) -> int:
    """How many statements of a quotes table have no speaker found (`speakerless`; a headline's passive,
    `headline_passives`, has none either: its subject is who the statement is about)."""
    return int((speakerless(quotes) | headline_passives(quotes)).sum())


# A statement with no speaker whose form names no one: a passive with no agent before an infinitive ("The new MP is
# expected to take her seat", "She is said to favour a freeze", "he is understood to have resigned"). The row has no
# speaker because the article gives none, not because one was missed: an active verb before an infinitive ("plans to",
# "promised to") has a subject, which the quotes table gives. The cue is the verb as written, so a past participle.
# Cues of what a court or a hearing heard (the quotes table gives such rows no speaker: who heard is no speaker).
HEARD_CUES = frozenset({"heard", "hears", "has heard", "had heard"})
UNSOURCED_CUE = re.compile(r"\w+ed|said|told|thought|understood|known|seen|held", re.IGNORECASE)
UNSOURCED_TEXT = re.compile(r"to\s+\w", re.IGNORECASE)


# A cue written as a passive with no agent: a form of "be" before it (an adverb between allowed) and no "by" after it
# ("A neighbour heard screaming, a jury has been told", "Shoppers were asked to pay in cash"). Who heard it may be
# named; who said it is not.
PASSIVE_BEFORE = r"\b(?:is|was|were|are|been|being|be)\s+(?:[a-z]+ly\s+)?"


def _agentless_passive(text: str, cue: str, start: int, end: int) -> bool:
    """Whether a paragraph's `text` writes `cue` as a passive with no agent outside the statement (`start`:`end`)."""
    pattern = rf"{PASSIVE_BEFORE}{re.escape(cue)}\b(?!\s+by\b)"
    return any(m.end() <= start or m.start() >= end for m in re.finditer(pattern, text, re.IGNORECASE))


def unsourced(quotes: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> pd.Series:
    """Which rows of a quotes table are statements the article itself gives without naming who made them (see
    UNSOURCED_CUE): no speaker, a past participle for cue and an infinitive for what was said. Given the paragraphs
    (paragraphs.csv), a statement with no speaker whose cue the paragraph writes as a passive with no agent ("…, a
    jury has been told"; `_agentless_passive`) is one too, whatever follows the cue: the article names who heard it,
    not who said it."""
    if quotes.empty or "cue" not in quotes.columns:
        return pd.Series(False, index=quotes.index, dtype=bool)
    given = (speakerless(quotes) & _passive_form(quotes)) | headline_passives(quotes)
    # "The inquest heard that …": evidence given to a court or a hearing, by someone the article does not name
    given = given | (speakerless(quotes) & quotes["cue"].fillna("").astype(str).str.lower().isin(HEARD_CUES))
    if paragraphs is None or "text" not in paragraphs.columns or not {"start_char", "end_char"} <= set(quotes.columns):
        return given
    texts = dict(zip(paragraphs["paragraph"].astype(int), paragraphs["text"].fillna("").astype(str)))
    passive = [
        bool(re.fullmatch(r"[a-z]+", str(c))) and _agentless_passive(texts.get(int(p), ""), str(c), int(s), int(e))
        for c, p, s, e in zip(
            quotes["cue"].fillna(""),
            quotes["paragraph"],
            quotes["start_char"].fillna(-1),
            quotes["end_char"].fillna(-1),
        )
    ]
    return given | (speakerless(quotes) & pd.Series(passive, index=quotes.index, dtype=bool))


# Cues of a passive that tells what is expected of someone, not what anyone said: "Okoro is expected to arrive back
# in the UK", "She is tipped to succeed him". No one is said to expect it, so a reader takes it as the story's own
# forecast, not as a statement with a speaker left out ("is said to", "is understood to" are: someone said it).
EXPECTATION_CUES = frozenset("expected anticipated predicted forecast projected tipped".split())


# First words of a speaker that is whoever an appeal is addressed to, not anyone who spoke: "Anyone with information
# is asked to call 101, quoting reference A162093". A reader counts no source in the appeal's "anyone".
ADDRESSEES = frozenset("anyone anybody whoever".split())


def addressees(quotes: pd.DataFrame) -> pd.Series:
    """Which rows of a quotes table have for speaker whoever an appeal asks (a speaker opening with a word of
    ADDRESSEES): the person asked to call is no one who said anything."""
    if quotes.empty or "speaker_text" not in quotes.columns:
        return pd.Series(False, index=quotes.index, dtype=bool)
    first = quotes["speaker_text"].fillna("").astype(str).str.strip().str.split().str[0].fillna("").str.lower()
    return first.isin(ADDRESSEES)


def expectations(quotes: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> pd.Series:
    """Which rows of a quotes table are an expectation with no one expecting (`unsourced`, with a cue of
    EXPECTATION_CUES) or have an appeal's addressee for speaker (`addressees`): the tables keep them, as the
    benchmarks count them, but a sentence about who is quoted leaves them out, as a reader would not call them
    statements."""
    if quotes.empty or "cue" not in quotes.columns:
        return pd.Series(False, index=quotes.index, dtype=bool)
    cue = quotes["cue"].fillna("").astype(str).str.strip().str.lower().isin(EXPECTATION_CUES)
    return (unsourced(quotes, paragraphs) & cue) | addressees(quotes)


def _passive_form(quotes: pd.DataFrame) -> pd.Series:
    """Which rows have a past participle of UNSOURCED_CUE for cue and an infinitive for what was said."""
    cue = quotes["cue"].fillna("").astype(str).str.strip().map(lambda c: bool(UNSOURCED_CUE.fullmatch(c)))
    text = quotes["text"].fillna("").astype(str).str.strip().map(lambda t: bool(UNSOURCED_TEXT.match(t)))
    return cue & text


def headline_passives(quotes: pd.DataFrame) -> pd.Series:
    """Which rows are a headline's passive with its "is" dropped, as headlines drop it ("Minister expected to
    resign", "Firm told to pay £1m", "Star said to be furious"): the name before the participle is who the statement
    is about, not who made it, and the headline gives no source. A headline tells what someone did in the present
    ("Minister vows to fight"), so a participle of UNSOURCED_CUE before an infinitive is such a passive there."""
    if quotes.empty or "cue" not in quotes.columns or "paragraph" not in quotes.columns:
        return pd.Series(False, index=quotes.index, dtype=bool)
    return (quotes["paragraph"] == 0) & _passive_form(quotes)


def speaker_kind(entity_type: str) -> str:
    """A speaker's kind from its entity type: person, place, organisation, OTHER_NAME, or UNNAMED (no entity)."""
    if not entity_type:
        return UNNAMED
    return ENTITY_KINDS.get(entity_type, OTHER_NAME)


def main_tone(counts: dict[str, int]) -> str:
    """The most common of the tones counted, MIXED when two or three are equally common, '' when none."""
    top = max(counts.values(), default=0)
    leaders = [tone for tone, n in counts.items() if n == top and n]
    return "" if not leaders else leaders[0] if len(leaders) == 1 else MIXED


# Words that make a short description point back to a source already described ("the source" after "a senior
# government source"); a headline names a source by its bare noun ("Daily walk good for you, study finds").
DEFINITE_OPENERS = frozenset("the this that".split())
# Words after a description's head noun that open what it adds ("a study of 78,000 adults", "a source close to").
HEAD_ENDS = frozenset("of in at for from by with on to close familiar".split()) | RELATIVE_WORDS


def head_noun(speaker: str) -> str:
    """The noun a description of a speaker is about, in lower case: "a senior government source" -> "source", "a
    study of more than 78,000 adults published in …" -> "study", "the source" -> "source"; the last word before
    what it adds (a word of HEAD_ENDS, a comma, a participle of `short_speaker`)."""
    words = re.findall(r"[^\s,]+|,", speaker.lower())
    head = ""
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if i and (word in HEAD_ENDS or word == "," or (word.endswith(("ed", "ing")) and following in AFTER_PARTICIPLE)):
            break
        head = re.sub(r"['’]s?$", "", word)
    return head


# The nouns a story uses, one for another, for one piece of research: "a study of more than 160,000 adults" and then
# "The research found", "the analysis", "the paper". A short description by one of them ("the research") is the one
# fuller description by any of them heard before it.
WORK_NOUNS = frozenset("study research analysis paper review trial survey report findings".split())


def headline_nouns(entities: pd.DataFrame, headline: str | None = None) -> set[str]:
    """The "names" that are a headline's capitalised common noun: a PERSON entity of one word, a common noun in lower
    case, named in the headline only ("Coroner criticises hospital"). To a reader it is a short
    description of a source the body names, as "coroner criticises" would be (`same_source`). Given the headline's
    text, only a word its place there capitalises (`_capitalised_by_place`): in a headline written as a sentence, a
    capital inside it is a name's ("Cate Blanchett is luminous in a restless Chekhov"), even one a dictionary also
    lists in lower case."""
    if not {"first_paragraph", "paragraphs"} <= set(entities.columns):
        return set()
    # a person's only: "The Guardian view on …" names the paper (ORG), which "guardian" as a noun does not make a role
    only = entities[(entities["first_paragraph"] == 0) & (entities["paragraphs"] == 1)]
    only = only.loc[only["entity_type"] == "PERSON", "entity"].astype(str)
    nouns = {e for e in only if " " not in e and e[1:].islower() and e.lower() in common_nouns()}
    if headline:
        named = {w for e in entities["entity"].astype(str) for w in e.split()}
        nouns = {e for e in nouns if _capitalised_by_place(e, headline, named)}
    return nouns


def headline_text(paragraphs: pd.DataFrame | None) -> str | None:
    """The headline's text, the paragraph numbered 0 of the paragraphs table; None without one."""
    if paragraphs is None or paragraphs.empty or "paragraph" not in paragraphs.columns:
        return None
    first = paragraphs.loc[paragraphs["paragraph"] == 0, "text"]
    return str(first.iloc[0]) if len(first) else None


# What opens a headline's part, after which a word is capitalised as a sentence's first ("Storm Isha: Coroner …").
HEADLINE_PART_OPENING = re.compile(r"(?:^|[:;|–—?!.]\s+|\s-\s+|[‘'“\"]\s*)$")


def _capitalised_by_place(word: str, headline: str, named: set[str]) -> bool:
    """Whether a capitalised word of a headline may owe its capital to where it stands: the headline is written in
    title case (most of its longer words that are no word of a name, `named`, capitalised), or the word opens the
    headline or a part of it (after a colon, a dash or an opening quotation mark)."""
    longer = [w for w in re.findall(r"\b[A-Za-z][a-z]{3,}\b", headline) if w not in named]
    if longer and sum(w[0].isupper() for w in longer) * 2 > len(longer):
        return True
    spots = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", headline)]
    return not spots or any(HEADLINE_PART_OPENING.search(headline[:i]) for i in spots)


def same_source(rows: pd.DataFrame, named: set[str]) -> list[str]:
    """Each statement's speaker, where a short description is the one source described more fully elsewhere
    written as that fuller description: "the source" said after "a senior government source" said, or the
    headline's "study" (finds) and the body's "a study of more than 78,000 adults …", "Officials added" after
    "Officials from both countries said". A short description is a common noun alone, or one of DEFINITE_OPENERS and
    a noun; it is that source when exactly one other description that is no named entity and no such short one has
    the same head noun (`head_noun`) and is first heard before it (or anywhere, for the headline's noun). Two
    candidates ("a senior source", "another source") leave it as it is: the reader cannot tell. With no such
    description, a short one is the one named speaker whose attribution writes that noun as their office (the
    headline's "mayor" and the body's "The mayor of Westmoor, Angela Price"), heard first as before; two named
    speakers with that office leave it as it is. The words for two people spoken of together ("the couple", "the
    pair"; TWOSOME) are the one source heard first. "The research" (a definite noun of WORK_NOUNS) with no earlier
    description of its own noun is the one earlier description headed by any noun of WORK_NOUNS ("a study of …")."""
    speakers = rows["speaker"].astype(str).tolist()
    first: dict[str, int] = {}
    for speaker, paragraph in zip(speakers, rows["paragraph"]):
        first[speaker] = min(first.get(speaker, int(paragraph)), int(paragraph))
    unnamed = [s for s in first if s not in named and s.lower() not in {"he", "she", "they", "it", "we", "i", "you"}]
    # the head noun of the office each named speaker is written with, before the name or after it: "The mayor of
    # Westmoor, Angela Price" and "Angela Price, 54, the mayor" -> mayor; "union leader Maria Jensen" -> leader
    office_of: dict[str, set[str]] = {}
    texts = rows["speaker_text"] if "speaker_text" in rows.columns else pd.Series("", index=rows.index)
    for speaker, text in zip(speakers, texts.fillna("").astype(str)):
        at = text.find(speaker) if speaker in named else -1
        if at < 0 or text == speaker:
            continue
        before = text[:at].strip(" ,")
        after = re.sub(r"^[\s,]*(?:\d+\s*,\s*)?", "", text[at + len(speaker) :])
        office = before or after
        if office:
            office_of.setdefault(head_noun(office), set()).add(speaker)
    fuller: dict[str, str] = {}
    for short in unnamed:
        words = short.split()
        noun = short.lower()
        bare = len(words) == 1 and (short[:1].islower() or noun in common_nouns() or _common_plural(noun))
        headline = bare and first[short] == 0
        definite = len(words) == 2 and words[0].lower() in DEFINITE_OPENERS
        if not (bare or definite):
            continue
        noun = head_noun(short)
        found = [
            s
            for s in unnamed
            if s != short
            and not (len(s.split()) == 2 and s.split()[0].lower() in DEFINITE_OPENERS)
            and head_noun(s) == noun
            and (headline or first[s] <= first[short])
        ]
        if len(found) > 1 and not headline:
            # the headline's bare "study" (finds) is itself short: "the study" is the body's one fuller "a large
            # international study", which the headline's word stands for too
            found = [s for s in found if not (first[s] == 0 and _short_description(s))] or found
        if not found and definite and noun in WORK_NOUNS:
            # "The research found" after "a study of more than 160,000 adults": another word for the one piece of
            # work the article has described, when it has described exactly one before
            found = [
                s
                for s in unnamed
                if s != short
                and len(s.split()) > 1  # the headline's bare "study" is short itself, the body's fuller one
                and not (len(s.split()) == 2 and s.split()[0].lower() in DEFINITE_OPENERS)
                and head_noun(s) in WORK_NOUNS
                and first[s] <= first[short]
            ]
            if len(found) == 1:
                fuller[short] = found[0]
                continue
            found = []
        if not found:
            # no description of that noun, but one named speaker the article writes with it as their office: the
            # headline's "mayor" ('We will not be bullied': mayor vows …) is "The mayor of Westmoor, Angela Price"
            found = [s for s in office_of.get(noun, set()) if headline or first[s] <= first[short]]
            if len(found) == 1:
                fuller[short] = found[0]
            continue
        headline_form = len(found) == 1 and first[found[0]] == 0
        if definite and headline_form and (len(found[0].split()) == 1 or found[0][:1].islower()):
            # the headline's bare noun ("King welcomes emperor") is the body's "the King", and its "misconduct
            # panel" (finds) the body's "The panel": a headline drops its articles, so the body's form is the one a
            # sentence writes
            fuller[found[0]] = short
        elif len(found) == 1 and (headline or definite or _just_after(short, found[0], speakers)):
            fuller[short] = found[0]
    # a headline drops its articles: its "think tank" (warns) is the body's "the think tank" when the body writes
    # those words after an article of DEFINITE_OPENERS for one source only, and a sentence writes the body's form
    for short in unnamed:
        if first[short] != 0 or short in fuller or short.split()[0].lower() in DESCRIPTION_OPENERS:
            continue
        body = [
            s
            for s in unnamed
            if first[s] > 0
            and s.split()[0].lower() in DEFINITE_OPENERS
            and " ".join(s.split()[1:]).lower() == short.lower()
        ]
        if len(body) == 1:
            fuller[short] = body[0]
    _one_work(unnamed, first, fuller)
    # "the couple" and then "the pair": one twosome by two words, as a reader takes them
    twosomes = sorted((first[s], s) for s in unnamed if TWOSOME.fullmatch(s.strip()))
    for _, later in twosomes[1:]:
        fuller.setdefault(later, twosomes[0][1])
    return [fuller.get(s, s) for s in speakers]


# The nouns of WORK_NOUNS that any piece of work is ("research", "the findings"); the others name its kind, and two
# kinds ("the report" and "the study") may be two works.
WORK_GENERIC = frozenset({"research", "findings"})


def _short_description(speaker: str) -> bool:
    """Whether a speaker is a common noun alone ("research", the headline's "study") or one of DEFINITE_OPENERS and a
    noun ("The study")."""
    words = speaker.split()
    noun = speaker.lower()
    if len(words) == 1:
        return speaker[:1].islower() or noun in common_nouns() or _common_plural(noun)
    return len(words) == 2 and words[0].lower() in DEFINITE_OPENERS


def _one_work(unnamed: list[str], first: dict[str, int], fuller: dict[str, str]) -> None:
    """Write every short description of a piece of work as one source, in `fuller`, when the article describes its
    work only by short ones: the headline's "study" (finds), the lead's "according to research" and then "The study
    found" are one study to a reader. Only when no work is described more fully ("a 2019 study", "previous research":
    another work may be meant) and the nouns name at most one kind of work (WORK_GENERIC aside): "the report" and
    "the study" may be two. The form a sentence writes is the first definite one of the body, else the first heard."""
    works = [s for s in unnamed if head_noun(s) in WORK_NOUNS]
    if len(works) < 2 or not all(_short_description(s) for s in works):
        return
    if len({head_noun(s) for s in works} - WORK_GENERIC) > 1:
        return
    order = sorted(works, key=lambda s: (first[s], works.index(s)))
    definite = [s for s in order if first[s] > 0 and len(s.split()) == 2]
    target = (definite or order)[0]
    for s in works:
        if s != target:
            fuller[s] = target


# How an article names who made a piece of work: "a report published on Wednesday by the Food Foundation", "a
# survey from the Resolution Foundation", "the Food Foundation's report". Between the noun and "by" only words of
# making and a time may stand: "a report commissioned by the department" is not the department's own.
WORK_MADE = (
    r"(?:(?:published|released|issued|written|produced|compiled|conducted|carried\s+out|led|out|filed|brought|lodged|"
    r"(?:on|last|this|earlier|on\s+\w+day)|\w+day|today|yesterday|week|month|year|jointly)\s+){0,4}"
)


# The words a story uses, one for another, for the filing that opens a case: "a lawsuit filed by the Pension Fund of
# Ohio" and then "The complaint also alleges" are one filing, the fund's.
CASE_FILINGS = frozenset("lawsuit suit complaint".split())


def work_authors(paragraphs: pd.DataFrame | None, entities: pd.DataFrame) -> dict[str, list[tuple[int, str]]]:
    """For each noun of WORK_NOUNS, the (paragraph, name) of each named organisation or person the article says made
    a work of that noun ("according to a report published on Wednesday by the Food Foundation"; "a survey from X";
    "X's latest report"), in the order written."""
    if paragraphs is None or paragraphs.empty or "text" not in paragraphs.columns or "entity" not in entities.columns:
        return {}
    makers = entities[entities["entity_type"].isin(["ORG", "PERSON"])]["entity"].astype(str).tolist()
    if not makers:
        return {}
    names = "|".join(re.escape(n) for n in sorted(makers, key=len, reverse=True))
    nouns = "|".join(sorted(WORK_NOUNS | CASE_FILINGS))
    after = re.compile(
        rf"\b(?:a|an|the|its|their|new|latest)\s+(?:[\w-]+\s+){{0,2}}?({nouns})\b,?\s+{WORK_MADE}"
        rf"(?:by|from)\s+(?:the\s+)?({names})\b",
        re.IGNORECASE,
    )
    owned = re.compile(rf"\b(?:the\s+)?({names})['’]s?\s+(?:[\w-]+\s+){{0,2}}?({nouns})\b")
    found: dict[str, list[tuple[int, str]]] = {}
    for number, text in zip(paragraphs["paragraph"], paragraphs["text"].astype(str)):
        hits = [(m.start(), m.group(1).lower(), m.group(2)) for m in after.finditer(text)]
        hits += [(m.start(), m.group(2), m.group(1)) for m in owned.finditer(text)]
        for _, noun, name in sorted(hits):
            maker = next((n for n in makers if n.lower() == name.lower()), name)
            found.setdefault(noun, []).append((int(number), maker))
    return found


def work_makers(rows: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> list[str]:
    """Each statement's speaker, where "The report says" (a short description of a work: one of DEFINITE_OPENERS and
    a noun of WORK_NOUNS) is written as the one organisation or person the article says made a work of that noun
    (`work_authors`), at or before that paragraph: "according to a report published on Wednesday by the Food
    Foundation" and then "The report says" are the Food Foundation to a reader, who counts one source. "The research"
    or "the findings" (WORK_GENERIC) take the one maker of any work. Two makers of that noun (or none) leave it."""
    speakers = rows["speaker"].astype(str).tolist()
    authors = work_authors(paragraphs, entities)
    if not authors:
        return speakers
    out = []
    for speaker, paragraph in zip(speakers, rows["paragraph"]):
        words = speaker.split()
        noun = words[-1].lower() if len(words) == 2 and words[0].lower() in DEFINITE_OPENERS else ""
        if noun not in WORK_NOUNS | CASE_FILINGS:
            out.append(speaker)
            continue
        made = authors.get(noun, []) if noun not in WORK_GENERIC else [m for v in authors.values() for m in v]
        if noun in CASE_FILINGS:  # "The complaint" after "a lawsuit filed by X": that one filing
            made = [m for n in CASE_FILINGS for m in authors.get(n, [])]
        makers = {name for at, name in made if at <= int(paragraph)}
        out.append(makers.pop() if len(makers) == 1 else speaker)
    return out


def _just_after(short: str, fuller: str, speakers: list[str]) -> bool:
    """Whether a bare noun ("Officials added", "Analysts said") is first heard right after a statement of the fuller
    description with its head noun ("Officials from both countries said"), so that it goes on with that source. A bare
    plural heard after other sources is the kind in general, as a reader takes it: "Analysts said the market would
    look to Friday's figures" paragraphs after "analysts at a Swiss bank" cut a rating are not those analysts."""
    at = speakers.index(short)
    return at > 0 and speakers[at - 1] == fuller


# Entity types of places, and the nouns a number of places may speak as ("the two countries said").
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
PLACE_GROUP_NOUNS = frozenset("countries nations states governments cities councils capitals islands".split())
# A speaker written as a number of the bodies or people named together before it: "Tesco and Asda have recalled …
# “We apologise,” the two supermarkets said", "both clubs", "the three unions".
NUMBERED_GROUP = re.compile(r"(?i:the\s+)?(?P<n>(?i:two|three|four|both))(?:\s+(?:the\s+)?[a-z][a-z-]*s)?")
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4}


def numbered_groups(rows: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> list[str]:
    """Each statement's speaker, where one written as a number of its kind ("the two supermarkets", "both clubs",
    NUMBERED_GROUP; or a word for two, "the pair", "the couple", TWOSOME) is the named entities the article lists
    together before it, in that number ("Tesco and Asda" in the headline or an earlier paragraph, or earlier in the
    statement's own paragraph; "Mark Jenner, 52, and Paul Jenner, 48," with their ages): written "Tesco and Asda", so
    that each of them is heard (`summary.joint_parts`), as a reader takes a joint statement. Two different lists of
    that number before it (two clubs, then two of their players), or none, leave the speaker as written."""
    speakers = rows["speaker"].astype(str).tolist()
    if paragraphs is None or paragraphs.empty or "entity" not in entities.columns:
        return speakers
    if not any(NUMBERED_GROUP.fullmatch(s.strip()) or TWOSOME.fullmatch(s.strip()) for s in speakers):
        return speakers
    names = sorted({str(e) for e in entities["entity"] if str(e).strip()}, key=len, reverse=True)
    if not names:
        return speakers
    kinds = dict(zip(entities["entity"].astype(str), entities["entity_type"].astype(str), strict=False))
    name = "(?:" + "|".join(map(re.escape, names)) + ")"
    # each name may carry its age ("Mark Jenner, 52, and Paul Jenner, 48, were jailed", "Ann Lee (34) and …")
    aged = rf"{name}(?:,\s+\d{{1,3}}(?=,)|\s+\(\d{{1,3}}\))?"
    listing = re.compile(rf"(?<![\w'’-])({aged}(?:,\s+{aged})*,?\s+and\s+{name})(?![\w'’-])")
    one_name = re.compile(rf"(?<![\w'’-]){name}(?![\w'’-])")
    texts = dict(zip(paragraphs["paragraph"].astype(int), paragraphs["text"].astype(str), strict=False))
    starts = rows["start_char"].tolist() if "start_char" in rows.columns else [None] * len(rows)
    out = []
    for speaker, paragraph, start in zip(speakers, rows["paragraph"], starts):
        m = NUMBERED_GROUP.fullmatch(speaker.strip())
        if not m and not TWOSOME.fullmatch(speaker.strip()):
            out.append(speaker)
            continue
        size = GROUP_SIZES[m.group("n").lower()] if m else 2  # "the pair", "the couple": two
        before = [texts[p] for p in sorted(texts) if p < int(paragraph)]
        own = texts.get(int(paragraph), "")
        before.append(own[: int(start)] if start is not None and not pd.isna(start) else "")
        lists = [one_name.findall(x.group(1)) for text in before for x in listing.finditer(text)]
        # "the two voters" are no list of places ("the people in South and Southeast Manchester"); "the two
        # countries" may be
        noun = speaker.strip().split()[-1].lower()
        if noun not in PLACE_GROUP_NOUNS:
            lists = [parts for parts in lists if not any(kinds.get(part) in PLACE_TYPES for part in parts)]
        # every list of that number before it the same names: "Arsenal and Chelsea" and then "Saka and Palmer both
        # scored" leave "Both managers" as written, which is neither pair
        groups = {frozenset(parts) for parts in lists if len(parts) == size == len(set(parts))}
        if len(groups) == 1:
            parts = next(p for p in lists if frozenset(p) in groups)
            out.append(", ".join(parts[:-1]) + " and " + parts[-1])
        else:
            out.append(speaker)
    return out


# The words a story uses for two people it speaks of together ("the couple said", "the pair added", "the duo"):
# within one article they are one source, whichever word the sentence picks.
TWOSOME = re.compile(r"(?:the|The)\s+(?:couple|pair|duo|twosome)")


# A speaker that is only a word pointing back to the description before it: "“…,” one official said. Another said
# …" is another official.
ANOTHER = re.compile(r"(?:another|a\s+(?:second|third|fourth|fifth))", re.IGNORECASE)


def another_of(rows: pd.DataFrame, named: set[str]) -> list[str]:
    """Each statement's speaker, where one that is only "another" (or "a second", "a third"; ANOTHER) is written with
    the head noun of the description heard last before it, as a reader takes it: "one official" and then "Another"
    -> "another official". The noun must be a singular common noun ("one official", not "three officials" nor a
    name); with none before it the speaker stays as written."""
    out = []
    last = ""
    for speaker in rows["speaker"].astype(str):
        if ANOTHER.fullmatch(speaker.strip()):
            out.append(f"{speaker.strip().lower()} {last}" if last else speaker)
            continue
        out.append(speaker)
        if speaker in named or speaker.lower() in {"he", "she", "they", "it", "we", "i", "you"}:
            continue
        noun = head_noun(speaker)
        if noun and noun in common_nouns() and not _common_plural(noun):
            last = noun
    return out


# A group of unnamed insiders a story rests on: "three people familiar with the matter", "sources close to the
# talks", "people with knowledge of the plans".
INSIDER_GROUP = re.compile(
    r"(?:(?:two|three|four|five|six|several|multiple|\d+)\s+)?(?:people|sources|persons|officials)\s+"
    r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in|aware\s+of)\b.*",
    re.IGNORECASE,
)
# Words for one or some of such a group: "two of the sources", "one of them", "the source", the headline's "sources".
INSIDER_MEMBER = re.compile(
    r"(?:(?:one|two|three|four|five|six|several|some|both|all|\d+)\s+of\s+(?:the|those|these|them)(?:\s+(?:sources|people))?"
    r"|(?:the\s+)?sources?)",
    re.IGNORECASE,
)


# A group of unnamed sources described by whom they serve or speak for, with no "familiar with": "government
# sources", "senior Labour sources", "two Whitehall sources". Bare "sources" describes no one group.
SOURCES_GROUP = re.compile(
    r"(?:(?:two|three|four|five|six|several|multiple|some|\d+)\s+)?(?P<kind>(?:[\w'’-]+\s+){1,3})sources",
    re.IGNORECASE,
)
# One of such a group: "a senior source", "another source", "one well-placed source", and the group's own words
# singular ("a government source" of "government sources"). A source of another kind ("a Labour source" beside
# "government sources") is no member.
ONE_SOURCE = re.compile(
    r"(?:an?|one|the|another|a\s+(?:second|third|fourth|fifth))\s+(?P<kind>(?:[\w'’-]+\s+){0,3})source",
    re.IGNORECASE,
)
SOURCE_RANKS = frozenset("senior junior well-placed high-ranking high-level key insider trusted".split())
# Words that make "the sources", "two of the sources" or "his sources" a reference back, not a group's description.
NO_KIND_WORDS = frozenset("the these those of his her their its our my your other both all same".split())


def _sources_group(speaker: str) -> bool:
    """Whether a speaker is a group of unnamed sources described by whom they serve (SOURCES_GROUP: "government
    sources"), not a reference back ("the sources", "two of the sources")."""
    whole = SOURCES_GROUP.fullmatch(speaker.strip())
    return bool(whole) and not any(w.lower() in NO_KIND_WORDS for w in whole.group("kind").split())


def _one_of_the_sources(speaker: str, group: str) -> bool:
    """Whether a speaker is one of a group of unnamed sources (SOURCES_GROUP, "government sources"): a single source
    (ONE_SOURCE) described only by rank (SOURCE_RANKS) or by the group's own words ("a senior government source")."""
    whole, one = SOURCES_GROUP.fullmatch(group.strip()), ONE_SOURCE.fullmatch(speaker.strip())
    if not whole or not one or not _sources_group(group):
        return False
    own = {w.lower() for w in whole.group("kind").split()}
    return all(w.lower() in SOURCE_RANKS | own for w in one.group("kind").split())


# A single source the story brings in afresh: "another senior government source", "a source close to the minister",
# "one Labour source" (not "the source", which points back).
NEW_SOURCE = re.compile(r"\b(?:an?|another|one)\s+(?:[\w'’-]+\s+){0,3}?source\b", re.IGNORECASE)


def _source_brought_in_before(row, group: str, texts: dict[int, str]) -> bool:
    """Whether "the source" of a statement points back to a single source its own paragraph brings in before it
    (NEW_SOURCE: "Another senior government source disputed that account. “…,” the source said."), who is not one of
    the group of insiders heard before (`_one_of_the_sources`): that source, not the group."""
    if not re.fullmatch(r"the\s+source", str(row.speaker).strip(), re.IGNORECASE):
        return False
    paragraph, start = getattr(row, "speaker_paragraph", None), getattr(row, "speaker_start", None)
    if paragraph is None or start is None or pd.isna(paragraph) or pd.isna(start):
        return False
    before = texts.get(int(paragraph), "")[: int(start)]
    return any(not _one_of_the_sources(m.group(0), group) for m in NEW_SOURCE.finditer(before))


def insider_sources(rows: pd.DataFrame, named: set[str], paragraphs: pd.DataFrame | None = None) -> list[str]:
    """Each statement's speaker, where the words are one or some of the one group of unnamed insiders the article
    describes (INSIDER_GROUP: "three people familiar with the matter told Reuters") written as that group: "two of
    the sources said", "one of the sources said", "The source said" and the headline's "sources say" are those
    people again, as a reader counts them, not four more sources; so are "a senior source" and "another source"
    after "government sources said" (SOURCES_GROUP, `_one_of_the_sources`). Only when the article describes exactly
    one such group, heard before the words (or the words are the headline's); a second group, or none, leaves them
    as written, and so does "the source" after a single source of another kind its paragraph brings in
    (`_source_brought_in_before`, read in the `paragraphs` when given)."""
    speakers = rows["speaker"].astype(str).tolist()
    first: dict[str, int] = {}
    for speaker, paragraph in zip(speakers, rows["paragraph"]):
        first[speaker] = min(first.get(speaker, int(paragraph)), int(paragraph))
    groups = [s for s in first if s not in named and (INSIDER_GROUP.fullmatch(s.strip()) or _sources_group(s))]
    if len(groups) != 1:
        return speakers
    group = groups[0]
    texts = {} if paragraphs is None else dict(zip(paragraphs["paragraph"].astype(int), paragraphs["text"].astype(str)))
    return [
        group
        if s != group
        and s not in named
        and (INSIDER_MEMBER.fullmatch(s.strip()) or _one_of_the_sources(s, group))
        and (first[s] == 0 or first[group] <= first[s])
        and not _source_brought_in_before(row, group, texts)
        else s
        for s, row in zip(speakers, rows.itertuples())
    ]


# The nouns for a document a body issues, which a story quotes as if it spoke: "a club statement said", "the
# statement added", "a press release from the council". What such a document says is its issuer speaking.
DOCUMENT_NOUNS = r"statement|announcement|(?:press\s+|news\s+)?release|communiqu[eé]"
# What a body counts or publishes, quoted as if it spoke, when the story writes whose it is: "the BBC's count",
# "the ONS's figures", "the club's website", "Reuters' tally". Only with the owner's possessive: "the official count"
# or "a tally" names no body.
OWNED_NOUNS = (
    r"count|tally|figures|data|estimates?|projections?|forecasts?|records|website|calculations|analysis|research|"
    r"report|survey|poll|study|review|findings"
)
# "a palace statement", "the club's statement", "a statement from the council", "a statement issued by Orbis": the
# words that name the issuer are the group "owner".
DOCUMENT_OWNER = (
    re.compile(rf"(?:an?|the)\s+(?P<owner>.+?)\s+(?:{DOCUMENT_NOUNS})", re.IGNORECASE),
    re.compile(
        rf"(?:an?|the)\s+(?:[a-z]+\s+)?(?:{DOCUMENT_NOUNS})\s+(?:from|by|issued\s+by|released\s+by|on\s+behalf\s+of)\s+(?P<owner>.+)",
        re.IGNORECASE,
    ),
    re.compile(rf"(?P<owner>.+?)['’]s?\s+(?:[a-z]+\s+)?(?:{DOCUMENT_NOUNS}|{OWNED_NOUNS})", re.IGNORECASE),
)
# The one who speaks for a body, named by it: "a council spokesperson", "a spokesman for the club", "the club's
# spokeswoman". Like a body's statement, what such a voice says is the body speaking: "The council said" and "A
# council spokesperson said" are one source to a reader.
VOICE_NOUNS = r"spokes(?:person|man|woman|people|men|women)"
VOICE_OWNER = (
    re.compile(rf"(?:[Aa]n?|[Tt]he)\s+(?P<owner>[a-z][a-z-]+)\s+{VOICE_NOUNS}"),
    # "A Northern spokesperson", "a Network Rail spokeswoman": the body's own name before the noun
    re.compile(rf"(?:[Aa]n?|[Tt]he)\s+(?P<owner>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,3}})\s+{VOICE_NOUNS}"),
    re.compile(rf"(?:an?|the)\s+{VOICE_NOUNS}\s+(?:for|from)\s+(?P<owner>.+)", re.IGNORECASE),
    re.compile(rf"(?P<owner>(?:the|The)\s+[a-z][a-z-]+)['’]s?\s+{VOICE_NOUNS}"),
)
# A description of a body by its kind: "the council", "The club", and the lead's "a union has said", which news
# writes before it names the union ("Nurses will strike, a union has said. The Royal College of Nursing union …").
# Words before the noun that describe it ("the nursing union") count only where the article sets those very words
# beside the body's name (`_described_beside`): "the other union", "the parent company" or "the opposition party"
# is no body named with the plain noun.
KIND_DESCRIPTION = re.compile(r"(?:the|The|an?|An?)\s+((?:[a-z][a-z-]+\s+){0,2})([a-z][a-z-]+)")


def _described_beside(words: str, body: str, entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> bool:
    """Whether the article writes the description `words` right beside one of `body`'s names: "the nursing union,
    the Royal College of Nursing", "the nursing union Royal College of Nursing", "the Royal College of Nursing, the
    nursing union"."""
    if paragraphs is None or "text" not in paragraphs.columns:
        return False
    row = entities[entities["entity"].astype(str) == body]
    aliases = {body, *str(row["aliases"].iloc[0] if "aliases" in row.columns and len(row) else "").split("|")} - {""}
    said = r"\s+".join(map(re.escape, words.split()))
    for alias in aliases:
        name = re.escape(alias)
        beside = re.compile(rf"\b{said},?\s+(?:the\s+)?{name}\b|\b{name},\s+(?:the|an?)\s+{said}\b")
        if any(beside.search(str(t)) for t in paragraphs["text"].fillna("")):
            return True
    return False


def _body_called(noun: str, rows: pd.DataFrame, named: set[str], kinds: dict[str, set[str]]) -> str | None:
    """The one named body the article calls "the <noun>", or None: a named speaker the quotes write as "the <noun>"
    (the club announced -> Redbridge Rovers), else the one organisation the article calls by that noun
    (`described_kinds`: "the council" of Northvale County Council). Two candidates leave it: the reader cannot tell."""
    if _common_plural(noun):
        return None
    texts = rows["speaker_text"] if "speaker_text" in rows.columns else pd.Series("", index=rows.index)
    written = {
        str(speaker)
        for speaker, text in zip(rows["speaker"], texts.fillna("").astype(str))
        if speaker in named and text.strip().lower() == f"the {noun}"
    }
    if len(written) == 1:
        return written.pop()
    if not written and len(kinds.get(noun, set())) == 1:
        return next(iter(kinds[noun]))
    return None


# How a story writes a police force it names in full elsewhere: "police said", "the police", "the force said". The
# group noun reads as plural ("police are searching"), yet it stands for one body, the force the story is about.
FORCE_WORDS = frozenset({"police", "the police", "the force"})
# The name of a police force: "North Yorkshire Police", "Avon and Somerset Constabulary", "Los Angeles Police
# Department", or "Police" and a country or region ("Police Scotland"; not "Police Federation").
FORCE_NAME = re.compile(r"\b(?:Police(?:\s+(?:Service|Force|Department))?|Constabulary)$")
FORCE_PLACE = re.compile(r"Police\s+(?P<place>[A-Z][a-z]+)")


def police_force(entities: pd.DataFrame) -> str | None:
    """The one police force the article names (FORCE_NAME, FORCE_PLACE), or None when it names none or several: a
    reader takes "police said" as that force, and with two forces cannot tell which."""
    orgs = entities[entities["entity_type"] == "ORG"]["entity"].astype(str)
    forces = {
        e
        for e in orgs
        if FORCE_NAME.search(e)
        or ((m := FORCE_PLACE.fullmatch(e)) is not None and name_key(m.group("place")) in known_places())
    }
    return forces.pop() if len(forces) == 1 else None


def issuing_bodies(rows: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> list[str]:
    """Each statement's speaker, where a document a body issued (DOCUMENT_NOUNS: "a club statement", "a statement
    from the council") or a description of a body by its kind ("the gallery", "the council") is written as the one
    body the article shows it stands for: the named body ("a palace statement" -> the palace heard elsewhere; "a
    company statement" -> Orbis when the quotes resolve "the company" to Orbis; "the council" -> Northvale County
    Council, the one organisation named with that noun), or the description of it heard elsewhere ("the palace").
    A document whose words name no body heard or named ("a joint statement", "a written statement") stays as it is,
    and so does a description two bodies fit, and a plural one ("the operators": several bodies, not one).
    A spokesperson named by the body they speak for (VOICE_OWNER: "a council spokesperson") is that body the same way.
    "Police", "the police" and "the force" (FORCE_WORDS) are the one police force the article names
    (`police_force`), when it names one only. "A union has said" is the one union the article names or calls so
    ("the nursing union, the Royal College of Nursing", read in the `paragraphs` when given), as "the union" is; a
    union it never calls one (a reader's knowledge, not the article's words) stays a source of its own. A voice for
    a group heard bare ("a spokesperson for the shareholders" after "shareholders refused") is that group."""
    named = set(entities["entity"].astype(str))
    orgs = entities[entities["entity_type"].isin(["ORG", "FAC"])]
    bodies = set(orgs["entity"].astype(str))
    kinds = described_kinds(orgs, paragraphs)
    speakers = rows["speaker"].astype(str).tolist()
    heard = {s.lower(): s for s in speakers if s not in named}

    def body(owner: str) -> str | None:
        owner = owner.strip()
        bare = re.sub(r"^(?:the|The)\s+", "", owner)
        for form in (owner, bare):
            if form in named:
                return form
        if not re.fullmatch(r"[a-z][a-z-]+", bare):
            return None
        return _body_called(bare, rows, named, kinds) or heard.get(f"the {bare}") or heard.get(bare)

    force = police_force(entities) if any(s.strip().lower() in FORCE_WORDS for s in speakers) else None
    out = []
    for speaker in speakers:
        found = None
        if speaker not in named and force and speaker.strip().lower() in FORCE_WORDS:
            found = force  # "police said" where the article names one force: that force, as a reader counts it
        elif speaker not in named:
            for pattern in DOCUMENT_OWNER + VOICE_OWNER:
                if m := pattern.fullmatch(speaker.strip()):
                    found = body(m.group("owner"))
                    # a spokesperson speaks for a body: "a spokesperson for the Greens" is no party's whole voice
                    if pattern in VOICE_OWNER and found in named and found not in bodies:
                        found = None
                    break
            else:
                if m := KIND_DESCRIPTION.fullmatch(speaker.strip()):
                    found = _body_called(m.group(2), rows, named, kinds)
                    if (
                        found
                        and m.group(1)
                        and not _described_beside(m.group(1) + m.group(2), found, entities, paragraphs)
                    ):
                        found = None
        out.append(found or speaker)
    return out


# Words for a relative, with the sex each tells ("his younger brother": a man), None for either.
KIN_NOUNS = {
    **dict.fromkeys("brother husband son father dad uncle nephew grandson grandfather stepson stepfather".split(), "m"),
    **dict.fromkeys("sister wife daughter mother mum aunt niece granddaughter grandmother stepdaughter".split(), "f"),
    **dict.fromkeys("stepmother widow".split(), "f"),
    **dict.fromkeys("partner twin cousin sibling child".split(), None),
}
# A speaker that is only a relative of someone named before ("His younger brother", "her husband"): a possessive,
# up to two words that describe, and the relative's noun.
KIN_SPEAKER = re.compile(
    r"(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}(" + "|".join(sorted(KIN_NOUNS, key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
# Titles that may stand before a bare surname and tell nothing of sex ("Dr Hartley"); the gendered ones are
# GENDERED_HONORIFICS.
NEUTRAL_TITLES = frozenset("dr prof professor councillor cllr judge rev sgt det insp".split())
PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _surname(person: str) -> str:
    """The last word of a person's name of two words or more ("Sam Hartley" -> "Hartley"), '' for one word."""
    words = person.split()
    return words[-1] if len(words) > 1 else ""


def _sex(person: str) -> str | None:
    """'m' or 'f' for a named person whose given name tells it (`given_name_gender`), else None."""
    from .given_names import given_name_gender

    return given_name_gender(person)


def _bare_surname(text: str) -> tuple[str, str | None] | None:
    """A speaker written as a surname alone, perhaps after a title ("Hartley", "Mrs Pryce", "Dr Ames"): the surname and
    the sex its title tells (None if none); None when it is not so written."""
    from .entities import GENDERED_HONORIFICS

    words = text.strip().split()
    if not 1 <= len(words) <= 2 or not re.fullmatch(r"[A-Z][\w'’-]+", words[-1]):
        return None
    if len(words) == 2:
        title = words[0].lower().rstrip(".")
        if title not in GENDERED_HONORIFICS and title not in NEUTRAL_TITLES:
            return None
        return words[-1], GENDERED_HONORIFICS.get(title)
    return words[-1], None


def shared_surnames(rows: pd.DataFrame, entities: pd.DataFrame) -> list[str]:
    """Each statement's speaker, where the article writes only a surname ("Hartley said") that two people it names
    bear (Sam Hartley and Luke Hartley, brothers; a father and his daughter): credited to one of them only on evidence
    a reader has, else left as the bare surname, which names neither (`shared_surname_speakers`). The evidence, in
    order: only one of them has been named by then (the other is first named later); one of them was named in full
    earlier in the same paragraph, with no other of them between; the title ("Mrs Pryce") or the pronoun that goes on
    with the statement ("…," she added) tells a sex that rules out all but one, whose given name tells theirs
    (`given_names.given_name_gender`). A pronoun statement that goes on from a bare surname in the same paragraph
    goes with it. A speaker that is only a relative ("His younger brother", "Her husband"; KIN_SPEAKER) is the one
    other person the article names with the surname of the person last named before it, when that person's given
    name does not contradict the relative's sex: the brother of Sam Hartley is Luke Hartley, the article's one other
    Hartley."""
    speakers = rows["speaker"].astype(str).tolist()
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    surnames = [_surname(p) for p in people if _surname(p)]
    if rows.empty or len(set(surnames)) == len(surnames) or not {"speaker_text", "paragraph"} <= set(rows.columns):
        return speakers  # no surname two people bear (or no table to read): nothing to tell apart
    first_named = dict(
        zip(entities["entity"].astype(str), entities.get("first_paragraph", pd.Series(0, index=entities.index)))
    )
    bearers: dict[str, list[str]] = {}
    for person in people:
        if _surname(person):
            bearers.setdefault(_surname(person), []).append(person)
    shared = {name: names for name, names in bearers.items() if len(names) > 1}
    texts = rows["speaker_text"].fillna("").astype(str).tolist()
    paragraphs = [int(p) for p in rows["paragraph"]]
    out = list(speakers)
    last_named = ""  # the person named in full last, whom a relative's "his" or "her" points to
    carried: tuple[int, str, str] | None = None  # (paragraph, speaker as the quotes give it, speaker as decided)
    for i, (speaker, text, paragraph) in enumerate(zip(speakers, texts, paragraphs)):
        bare = _bare_surname(text)
        kin = KIN_SPEAKER.fullmatch(speaker.strip())
        if text.strip().lower() in PRONOUN_SEX or text.strip().lower() in ("they", "it"):
            if carried and carried[0] == paragraph and _goes_on(speaker, carried[1], bearers):
                out[i] = carried[2]
            continue
        carried = None
        if kin and last_named and _surname(last_named):
            sex = KIN_NOUNS[kin.group(1).lower()]
            others = [
                p
                for p in bearers.get(_surname(last_named), [])
                if p != last_named and (sex is None or _sex(p) != ({"m": "f", "f": "m"}[sex]))
            ]
            if len(others) == 1:
                out[i] = others[0]
                carried = (paragraph, speaker, others[0])
            continue
        if bare and bare[0] in shared:
            candidates = [p for p in shared[bare[0]] if int(first_named.get(p, 0)) <= paragraph]
            if len(candidates) > 1:
                earlier = [
                    next((p for p in candidates if p in texts[j]), "") for j in range(i) if paragraphs[j] == paragraph
                ]
                earlier = [p for p in earlier if p]
                if earlier:
                    candidates = [earlier[-1]]
            if len(candidates) > 1:
                sex = bare[1]
                following = next(
                    (
                        PRONOUN_SEX.get(texts[j].strip().lower())
                        for j in range(i + 1, len(rows))
                        if paragraphs[j] == paragraph
                        and _goes_on(speakers[j], speaker, bearers)
                        and texts[j].strip().lower() in PRONOUN_SEX
                    ),
                    None,
                )
                sex = sex or following
                if sex:
                    candidates = [p for p in candidates if _sex(p) in (sex, None)]
            decided = candidates[0] if len(candidates) == 1 else bare[0]
            out[i] = decided
            carried = (paragraph, speaker, decided)
            last_named = decided if decided in people else last_named
            continue
        named = next((p for p in people if p in text or p == speaker), "")
        if named:
            last_named = named
    return out


def other_titled(rows: pd.DataFrame, entities: pd.DataFrame) -> list[str]:
    """Each statement's speaker, where the article writes a title and a surname ("Mrs Simmonds") that only one person
    it names in full bears (Derek Simmonds) and the title's sex is not that person's (`_sex` of the given name): the
    speaker is someone else of that surname, a wife or a husband the article may name by a given name alone, and is
    kept as written ("Mrs Simmonds"), neither the bearer nor a bare "Simmonds" a reader would take for him. A
    pronoun of the title's sex that goes on with the statement in the same paragraph goes with it."""
    speakers = rows["speaker"].astype(str).tolist()
    if rows.empty or not {"speaker_text", "paragraph"} <= set(rows.columns):
        return speakers
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    bearers: dict[str, list[str]] = {}
    for person in people:
        if _surname(person):
            bearers.setdefault(_surname(person), []).append(person)
    out = list(speakers)
    carried: tuple[int, str, str, str] | None = None  # (paragraph, speaker as given, sex, speaker as written)
    for i, (speaker, text, paragraph) in enumerate(
        zip(speakers, rows["speaker_text"].fillna("").astype(str), rows["paragraph"].astype(int))
    ):
        pronoun = PRONOUN_SEX.get(text.strip().lower())
        if pronoun:
            if carried and carried[0] == paragraph and carried[1] == speaker and carried[2] == pronoun:
                out[i] = carried[3]
            continue
        carried = None
        bare = _bare_surname(text)
        if not bare or not bare[1] or len(bare) < 2 or len(text.split()) != 2:
            continue
        named = bearers.get(bare[0], [])
        if len(named) == 1 and speaker in (bare[0], named[0]) and _sex(named[0]) not in (bare[1], None):
            written = " ".join(text.split())
            out[i] = written
            carried = (paragraph, speaker, bare[1], written)
    return out


# A person the article names by a given name alone as someone's relative: "his wife, Maureen", "her son, Jack".
KIN_GIVEN = re.compile(
    r"\b(?:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}(" + "|".join(sorted(KIN_NOUNS, key=len, reverse=True)) + r"),\s+"
)


def _kin_given(heard: set[str], entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The people named by a given name alone as a relative of someone named in full before them in the paragraph
    ("Derek Simmonds … his wife, Maureen"), heard when a speaker written with that person's surname and a title of
    the relative's sex is heard ("Mrs Simmonds said", `other_titled`): Maureen is Mrs Simmonds. The surname the
    recogniser may have taken from "Mrs Simmonds" as a person of its own is heard too."""
    from .entities import GENDERED_HONORIFICS

    if paragraphs is None or "text" not in paragraphs.columns:
        return set()
    titled = {}
    for speaker in heard:
        words = speaker.split()
        if len(words) == 2 and GENDERED_HONORIFICS.get(words[0].lower().rstrip(".")):
            titled.setdefault(words[1], set()).add(GENDERED_HONORIFICS[words[0].lower().rstrip(".")])
    if not titled:
        return set()
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    full = [p for p in people if _surname(p)]
    out = {surname for surname in titled if surname in people}  # the entity of "Mrs Simmonds" herself
    kin: dict[tuple[str, str], set[str]] = {}  # (surname, sex) -> the relatives of that sex named so
    for given in (p for p in people if not _surname(p)):
        for text in paragraphs["text"].fillna("").astype(str):
            for m in re.finditer(KIN_GIVEN.pattern + re.escape(given) + r"\b", text):
                before = [(text.rfind(p, 0, m.start()), p) for p in full if text.rfind(p, 0, m.start()) >= 0]
                sex = KIN_NOUNS[m.group(1).lower()]
                if before and sex:
                    kin.setdefault((_surname(max(before)[1]), sex), set()).add(given)
    # a wife and a daughter both named by a given name alone: "Mrs Simmonds" may be either, and neither is heard
    for (surname, sex), relatives in kin.items():
        if len(relatives) == 1 and sex in titled.get(surname, set()):
            out |= relatives
    return out


def _goes_on(pronoun_speaker: str, speaker: str, bearers: dict[str, list[str]]) -> bool:
    """Whether a pronoun's statement goes on from the statement of `speaker` before it in the paragraph: the quotes
    give it the same speaker, or one who bears that speaker's surname (the quotes' own guess among them)."""
    if pronoun_speaker == speaker:
        return True
    surname = _surname(speaker) or speaker
    return pronoun_speaker in bearers.get(surname, [])


def shared_surname_speakers(speakers: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """The rows of a speakers table whose speaker is only a surname that two or more people the article names bear
    (`shared_surnames` could not tell which of them spoke): no source a reader can name."""
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str)
    counts = people.map(_surname).value_counts()
    shared = set(counts[counts > 1].index) - {""}
    return speakers[speakers["speaker"].astype(str).isin(shared)]


def surname_bearers(surname: str, entities: pd.DataFrame) -> list[str]:
    """The people an article names whose surname is `surname`, in the entities table's order."""
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str)
    return [p for p in people if _surname(p) == surname]


# Nouns for those who speak in a person's own name, with the offices of SPEAKS_FOR, so that "the office of Governor
# Kathy Hochul said" is still her statement; any other noun before "of" and a person's name ("the family of Leonard
# Ashby", "friends of Ms Kent", "our obituary of the composer Leonard Ashby") is someone or something else speaking
# about that person.
IN_NAME_OF = frozenset("office representative representatives camp campaign team".split())
# A speaker written as a noun, "of", and a person's name at the end, with perhaps "the" and up to two words that
# describe the person before the name ("of the composer"), and a title ("of Ms Kent"). A name right after the noun,
# with no "of" ("Exeter director of rugby Rob Baxter"), is the speaker's own: the office comes first there.
OF_PERSON = re.compile(
    r"^(?P<described>.*?\b(?P<noun>[A-Za-z][a-z-]*))\s+of\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*$"
)


def _name_form(written: str, person: str) -> bool:
    """Whether `written` names `person`: the full name, the surname, either after a title ("Ms Kent")."""
    words = written.split()
    if words and words[0].lower().rstrip(".") in GENDERED_HONORIFICS | dict.fromkeys(NEUTRAL_TITLES):
        words = words[1:]
    name = " ".join(words)
    return bool(name) and (name == person or person.endswith(" " + name))


def about_someone(rows: pd.DataFrame, entities: pd.DataFrame) -> list[str]:
    """Each statement's speaker, where one the quotes give as a person is written as a noun "of" that person (OF_PERSON:
    "The family of Leonard Ashby said", "Friends of Ashby said", "Our obituary of the composer Leonard Ashby said"):
    the speaker is that description, as written, and the person is not heard. The person may be dead, as in an
    obituary or a correction, and is at most the one spoken about. A noun of IN_NAME_OF ("the office of …", "a
    representative of …") speaks in the person's name and leaves the person as speaker."""
    people = set(entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str))
    texts = rows["speaker_text"] if "speaker_text" in rows.columns else pd.Series("", index=rows.index)
    out = []
    for speaker, text in zip(rows["speaker"].astype(str), texts.fillna("").astype(str)):
        if speaker in people and _about(text.strip(), speaker):
            written = speaker_name(text.strip(), set(entities["entity"].astype(str)))
            first = written.split()[0]
            if first[1:].islower() and (first.lower() in common_nouns() or _common_plural(first.lower())):
                written = written[:1].lower() + written[1:]  # "Friends of Ashby" opened its sentence
            out.append(written)
        else:
            out.append(speaker)
    return out


def _about(written: str, person: str) -> bool:
    """Whether a speaker written so (`written`) is someone or something speaking about `person` (OF_PERSON, with a
    noun of neither IN_NAME_OF nor SPEAKS_FOR) rather than the person: "The family of Leonard Ashby". The noun is in
    lower case or opens the words ("Friends of Ashby"): a capital inside is a name's ("Sara Quinn of Kent Police"),
    and so is a noun inside the person's own name ("Catherine of Aragon")."""
    found = OF_PERSON.match(written)
    if not found or not (found.group("noun")[:1].islower() or found.start("noun") == 0):
        return False
    at = written.find(person)
    if 0 <= at < found.end("noun"):
        return False
    return found.group("noun").lower() not in IN_NAME_OF | SPEAKS_FOR and _name_form(found.group("name"), person)


# A word a company's full name may add to the short name it is known by ("Severn Trent Water", "Rolls-Royce
# Holdings", "Tesco PLC"): the same company, whichever the article writes.
COMPANY_SUFFIXES = frozenset(
    "Water Group Holdings Plc plc PLC Ltd Limited Inc Inc. Corporation Corp Corp. Company Co Co. LLC AG SA SE NV"
    " International Industries".split()
)


def suffixed_bodies(rows: pd.DataFrame, entities: pd.DataFrame) -> list[str]:
    """Each statement's speaker, where a speaker that is no named entity is an organisation's name followed by one
    word of COMPANY_SUFFIXES ("Severn Trent Water was fined … after admitting", where the recogniser named only the
    headline's "Severn Trent"): that organisation, so that one company is not counted as two sources."""
    orgs = entities[entities["entity_type"] == "ORG"]
    names = set(entities["entity"].astype(str))
    forms = orgs["aliases"] if "aliases" in orgs.columns else orgs["entity"]
    short = {
        a: str(e) for e, f in zip(orgs["entity"], forms.fillna("").astype(str)) for a in {str(e), *f.split("|")} - {""}
    }
    out = []
    for speaker in rows["speaker"].astype(str):
        head, _, last = speaker.rpartition(" ")
        head = re.sub(r"^the\s+", "", head, flags=re.IGNORECASE)
        body = short.get(head) if speaker not in names and last in COMPANY_SUFFIXES else None
        out.append(body or speaker)
    return out


def sources(rows: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> list[str]:
    """Each attributed statement's speaker as `speakers_table` counts it: written as `speaker_name` writes it, and
    one source by all the forms the article gives it (`same_source`, `work_makers`, `issuing_bodies` …)."""
    types = dict(zip(entities["entity"], entities["entity_type"]))
    rows = rows.assign(speaker=about_someone(rows, entities))
    written = [speaker_name(s, set(types)) for s in rows["speaker"]]
    # a word that may be a group's name is the description the article writes in lower case elsewhere: "Prosecutors
    # said" opening a sentence and "prosecutors said" after a comma are one source
    lower = {s for s in written if s[:1].islower()}
    rows = rows.assign(speaker=[s[:1].lower() + s[1:] if s[:1].lower() + s[1:] in lower else s for s in written])
    rows = rows.assign(speaker=suffixed_bodies(rows, entities))
    rows = rows.assign(speaker=shared_surnames(rows, entities))
    rows = rows.assign(speaker=other_titled(rows, entities))
    rows = rows.assign(speaker=same_source(rows, set(types) - headline_nouns(entities, headline_text(paragraphs))))
    rows = rows.assign(speaker=work_makers(rows, entities, paragraphs))
    rows = rows.assign(speaker=numbered_groups(rows, entities, paragraphs))
    rows = rows.assign(speaker=another_of(rows, set(types)))
    rows = rows.assign(speaker=insider_sources(rows, set(types), paragraphs))
    rows = rows.assign(speaker=issuing_bodies(rows, entities, paragraphs))
    return bare_voices(rows, entities)


# A spokesperson the article names with no body ("a spokesperson told me", "the spokesman added").
BARE_VOICE = re.compile(rf"(?:a|an|the)\s+{VOICE_NOUNS}", re.IGNORECASE)
# A body described by its kind, as `issuing_bodies` leaves one it could not name: "the council", "the company"
# (never a person's office: "the minister" has no spokesperson who is the minister).
VOICED_BODY_NOUNS = (
    "council company firm club group union party government ministry department police force authority agency"
    " charity trust board school college university hospital bank airline operator regulator church museum team"
    " league federation association campaign committee commission service retailer supermarket broadcaster"
    " developer landlord insurer manufacturer carmaker"
)
VOICED_BODY = re.compile(rf"(?:the|The)\s+(?:{'|'.join(VOICED_BODY_NOUNS.split())})")


def bare_voices(rows: pd.DataFrame, entities: pd.DataFrame) -> list[str]:
    """Each statement's speaker, where a spokesperson named with no body (BARE_VOICE: "The council says it is doing
    what it can. 'We are working with landlords,' a spokesperson told me") speaks right after a body's statement in
    the same paragraph: that body, whose voice the spokesperson is, not a second source. The body is an organisation
    the article names or one it describes by its kind ("the council"); after a person's statement, or as a
    paragraph's first, the spokesperson stays as written."""
    bodies = set(entities.loc[entities["entity_type"] == "ORG", "entity"].astype(str))
    people = set(entities.loc[entities["entity_type"] != "ORG", "entity"].astype(str))
    out: list[str] = []
    before: tuple[int, str] | None = None
    for speaker, paragraph in zip(rows["speaker"].astype(str), rows["paragraph"]):
        found = speaker
        if BARE_VOICE.fullmatch(speaker.strip()) and before and before[0] == int(paragraph):
            body = before[1]
            if body in bodies or (body not in people and VOICED_BODY.fullmatch(body)):
                found = body
        out.append(found)
        before = (int(paragraph), found)
    return out


def speakers_table(
    quotes: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per speaker of an article, most statements first (then most words, then heard first):

    speaker; speaker_kind (person, place, organisation, other name, unnamed); entity_type (as in entities.csv, ''
    for a speaker that is no named entity); statements; direct, partial, reported (statements of each kind); words
    (of what was said) and words_direct, words_partial, words_reported; negative, neutral, positive (statements of
    each tone) and tone (the most common, or 'mixed'); mentions (times the article names the speaker, 0 when no
    entity); first_paragraph (where the speaker is first heard). A speaker is written as `speaker_name` writes it,
    so "The authority" and "the authority" are one, and so are "Prosecutors" and "prosecutors" where the article
    writes both. "The report says" is the organisation the article says made that report, read in the `paragraphs`
    when given (`work_makers`). Statements with no speaker found are left out (`unattributed` counts them)."""
    types = dict(zip(entities["entity"], entities["entity_type"]))
    named = dict(zip(entities["entity"], entities["mentions"]))
    rows = attributed(quotes)
    rows = rows.assign(speaker=sources(rows, entities, paragraphs))
    out: dict[str, dict] = {}  # a few rows: counted in plain Python, faster than pandas' grouping here
    for speaker, kind, tone, words, paragraph in zip(
        rows["speaker"], rows["kind"], rows["tone"], rows["words"], rows["paragraph"]
    ):
        if speaker not in out:
            entity_type = str(types.get(speaker, ""))
            out[speaker] = dict.fromkeys(SPEAKER_COLUMNS, 0) | {
                "speaker": speaker,
                "speaker_kind": speaker_kind(entity_type),
                "entity_type": entity_type,
                "mentions": int(named.get(speaker, 0)),
                "first_paragraph": int(paragraph),
            }
        row = out[speaker]
        row["statements"] += 1
        row["words"] += int(words)
        if kind in QUOTE_KINDS:
            row[kind] += 1
            row[f"words_{kind}"] += int(words)
        if tone in TONES:
            row[tone] += 1
        row["first_paragraph"] = min(row["first_paragraph"], int(paragraph))
    for row in out.values():
        row["tone"] = main_tone({tone: row[tone] for tone in TONES})
    table = pd.DataFrame(list(out.values()), columns=SPEAKER_COLUMNS)
    table = table.sort_values(
        ["statements", "words", "first_paragraph", "speaker"], ascending=[False, False, True, True], kind="stable"
    )
    return table.reset_index(drop=True)


def quote_kinds(quotes: pd.DataFrame) -> pd.DataFrame:
    """Statements of each kind (direct, partial, reported; every kind, counted or not) with the words of what was
    said and their share of all those words: kind, statements, words, share_words. A headline's quotation the story
    prints again (`headline_repeats`) is one statement, counted in the story, as in the speakers table."""
    quotes = quotes[~headline_repeats(quotes)]
    words = statement_words(quotes)
    total = int(words.sum())
    rows = []
    for kind in QUOTE_KINDS:
        mask = quotes["kind"] == kind
        n = int(words[mask].sum())
        rows.append(
            {"kind": kind, "statements": int(mask.sum()), "words": n, "share_words": n / total if total else 0.0}
        )
    return pd.DataFrame(rows, columns=KIND_COLUMNS)


def unheard(
    entities: pd.DataFrame,
    quotes: pd.DataFrame,
    paragraphs: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    places: bool = True,
    judges: bool = True,
) -> pd.DataFrame:
    """The people and organisations the article names but never quotes, most named first (as in entities.csv):
    entity, entity_type, kind, mentions, paragraphs, first_paragraph. An organisation is heard through one who speaks
    for it (`_speaks_for`: "Aslef general secretary Mick Whelan said"; `_own_office`: "chief executive Priya Natarajan
    wrote" in a story about one firm). Given the article's paragraphs (paragraphs.csv), an organisation named only
    as the medium or audience that carried someone's words ("told LBC", `carriers`), as the journal that published
    a study (`venues`), as the channel of a programme (`channels`) or, unless `places` is False, a court or chamber
    named only as where something happened (`chambers`: "pleaded guilty at Truro Crown Court") is left out: it is
    no source kept silent. A judge who speaks makes the story's one court heard, unless `judges` is False. An
    organisation is heard, too, when a quoted person is named as its officer anywhere in the article
    (`officers_heard`, with the mentions table, mentions.csv, when given). An organisation named only as where a
    quoted person works (`affiliations`: "Prof Tara Spires-Jones, of the University of Edinburgh,") stays: it is not
    heard, which the summary's sentence says in its own words."""
    skip = set()
    if paragraphs is not None:
        skip = carriers(entities, quotes, paragraphs) | venues(entities, paragraphs) | channels(entities, paragraphs)
        skip |= name_parts(entities, paragraphs)
        skip |= chambers(entities, paragraphs) if places else set()
    # a bare surname two people bear is neither of them heard, unless the article tells which (`shared_surnames`)
    heard = set(shared_surnames(attributed(quotes), entities)) if not quotes.empty else set()
    if not quotes.empty:  # "Mrs Simmonds", who is not Derek Simmonds
        said = attributed(quotes)
        said = said.assign(speaker=about_someone(said, entities))  # "the family of Leonard Ashby" is not he
        said = said.assign(speaker=numbered_groups(said, entities, paragraphs))  # "the two supermarkets": each
        heard = set(other_titled(said.assign(speaker=shared_surnames(said, entities)), entities))
    # each of two who speak together ("Catherine Mann and Swati Dhingra")
    joint = [s for s in heard if " and " in s]
    parts = {p for s in joint for p in re.split(r", | and ", s)}  # "Tesco, Sainsbury's and Asda": each of them
    heard |= {
        e
        for e in entities["entity"].astype(str)
        for s in joint
        if s.startswith(f"{e} and ") or s.endswith(f" and {e}") or (", " in s and e in parts)
    }
    orgs = entities[entities["entity_type"] == "ORG"]
    written = attributed(quotes)["speaker_text"] if "speaker_text" in quotes.columns else pd.Series(dtype=str)
    written = _with_office_before(attributed(quotes), written, paragraphs)
    written = _body_described(attributed(quotes), written, entities)
    # by any name the article gives it: "Fed Chair Jerome Powell" speaks for the Federal Reserve
    forms = orgs["aliases"] if "aliases" in orgs.columns else orgs["entity"]
    names = {
        str(e): {g for a in {str(e), *str(f).split("|")} for g in group_forms(a)}
        for e, f in zip(orgs["entity"], forms.fillna(""))
    }
    # a headline's quotation the story prints again counts once, in the story, but its headline still says who the
    # speaker is ("'We cannot keep building on flood plains': the Environment Agency chief", over an interview
    # whose answers are the chief's own): that body is heard through its officer
    repeated = quotes[headline_repeats(quotes) & ~speakerless(quotes)] if not quotes.empty else quotes
    headlined = repeated["speaker_text"] if "speaker_text" in repeated.columns else pd.Series(dtype=str)
    offices = [*written.dropna().astype(str), *headlined.dropna().astype(str)]
    longer = _longer_names(names)
    heard |= {
        e
        for e, aliases in names.items()
        for w in offices
        for a in aliases
        if a and _speaks_for(a, w, longer.get(a, frozenset()))
    }
    # a name the recogniser took for a person's, written before an office as only a body's name is ("Northline
    # Trains managing director Owen Price"): that body, heard
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str)
    heard |= {e for e in people for w in offices if _names_office(e, w)}
    court = only_court(entities, skip) or headline_court(entities, skip)
    if judges and court and any(_judge_of(court, w.strip()) for w in written.dropna().astype(str)):
        heard.add(court)
    lead = lead_organisation(entities, skip)
    if lead and any(
        _own_office(w, _text_of(paragraphs, p), lead, names, skip)
        for w, p in zip(written.fillna("").astype(str), _speaker_paragraphs(attributed(quotes)))
    ):
        heard.add(lead)
    heard |= _rival_side(written, entities, paragraphs, names, skip)
    # a speaker the statement's attribution calls a former officer ("Its former chief economist, Ben Fraser, said")
    # makes no body heard through the office written beside another mention of the name
    former = {str(p) for p, w in zip(attributed(quotes)["speaker"], written.fillna("").astype(str)) if FORMER.search(w)}
    heard |= officers_heard(entities, heard - former, paragraphs, mentions)
    heard |= _behind_headline(entities, heard, paragraphs)
    heard |= _its_officers(attributed(quotes), written, paragraphs, names)
    heard |= _common_name_officers(written, orgs, paragraphs)
    heard |= _spoken_for(attributed(quotes), paragraphs, names)
    heard |= _listed_with(attributed(quotes), paragraphs, entities)
    heard |= _bodies_joined(attributed(quotes), written, orgs)
    heard |= _written_in_full(attributed(quotes), written, entities)
    heard |= _title_before_name(attributed(quotes), written, entities)
    heard |= _titled(heard, entities)
    heard |= _given_alone(heard, entities)
    heard |= _fuller_names(heard, entities)
    heard |= _families(heard, entities)
    heard |= _kin_given(heard, entities, paragraphs)
    if not quotes.empty and "paragraph" in quotes.columns:
        # each source as the sentence of sources counts it: "Developer Bellway said" is Bellway, "according to the
        # BBC's count" the BBC, so neither is also listed as never quoted
        heard |= set(sources(attributed(quotes), entities, paragraphs)) & set(entities["entity"].astype(str))
    silent = ~entities["entity"].map(lambda e: _heard(e, heard)) & ~entities["entity"].isin(skip)
    rows = entities[entities["entity_type"].isin(HEARD_TYPES) & silent]
    rows = rows.assign(kind=rows["entity_type"].map(ENTITY_KINDS))
    rows = rows.sort_values("mentions", ascending=False, kind="stable")
    return rows[UNHEARD_COLUMNS].reset_index(drop=True)


def _body_described(said: pd.DataFrame, written: pd.Series, entities: pd.DataFrame) -> pd.Series:
    """Each speaker as written, but an organisation that speaks in its own name after words that describe it
    ("Primark owner Associated British Foods warned") as its name alone: an owner, a parent or a shareholder that
    is a body speaks for itself, not as an officer of the body named in its description."""
    orgs = entities[entities["entity_type"] == "ORG"]
    forms = orgs["aliases"] if "aliases" in orgs.columns else orgs["entity"]
    names = {str(e): {str(e), *str(f).split("|")} - {""} for e, f in zip(orgs["entity"], forms.fillna(""))}
    out = []
    for speaker, w in zip(said["speaker"].astype(str), written.fillna("").astype(str)):
        own = [a for a in names.get(speaker, ()) if w.endswith(f" {a}")]
        out.append(max(own, key=len) if own else w)
    return pd.Series(out, index=written.index, dtype=object)


def _title_before_name(said: pd.DataFrame, written: pd.Series, entities: pd.DataFrame) -> set[str]:
    """The organisations that are only the title set before a quoted person's name between commas, read by the
    recogniser as a body's name ("The Astronomer Royal, Lord Rees, said", spoken by Rees): the title is heard with
    the person who holds it, no source kept silent."""
    people = set(entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str))
    orgs = entities.loc[entities["entity_type"] == "ORG", "entity"].astype(str)
    out = set()
    for speaker, w in zip(said["speaker"].astype(str), written.fillna("").astype(str)):
        if speaker in people:
            out |= {e for e in orgs if e != speaker and re.match(rf"(?:the\s+)?{re.escape(e)},\s+\S", w, re.I)}
    return out


# What comes between a quoted person's surname and the organisation they are placed at: ", of the", ", a consultant
# at", ", a lecturer in law at the", ", from", with at most AFFILIATION_WORDS words of their post, and after "the" up to
# KIND_WORDS lower-case words of what the body is (", of the complaints website Resolver").
AFFILIATION_WORDS = 6
AFFILIATION_KIND_WORDS = 3
# Words that open a clause, not a body's kind: "Sam Hale, of the view that Kelby Rovers were unlucky" places Sam Hale
# nowhere.
AFFILIATION_STOPS = r"(?:that|which|who|whose|where|when|and|or|but|if|because)\b"
# Without a comma the body follows the surname at once ("Sgt Tom Ellery of Devon and Cornwall Police said", "Dr Ann Lee
# from the University of Exeter said"): the same placing, with no post between.
# A place someone lives in or comes from is no employer: "Hassan Ait Belhaj, a resident of Moulay Brahim, said".
RESIDENCE_WORDS = r"(?:residents?|natives?|inhabitants?|villagers?|citizens?|neighbou?rs?|locals?)\b"
# Nor is a body someone moved from or was sent from: "Osei, signed from Hearts in the summer, rose …", "Ruiz, on loan
# from Benfica,", "Hale, sacked by Leeds in May": the body is a party of the story, not where the person works.
MOVED_FROM_WORDS = (
    r"(?:signed|bought|recruited|joined|loaned|loan|moved|transferred|arrived|released|sacked|poached|borrowed"
    r"|fired|dismissed|ousted|resigned|retired|returned|came|escaped|freed|expelled|deported|discharged|switched)\b"
)
AFFILIATION_COMMA = (
    rf",\s+(?:(?:an?|the)\s+(?:(?!{RESIDENCE_WORDS})[\w'’-]+\s+){{0,{AFFILIATION_WORDS}}}?"
    # or a post in lower case with no article: "Laura Kreidberg, director at the Max Planck Institute"
    rf"|(?:(?!{RESIDENCE_WORDS}|{AFFILIATION_STOPS}|{MOVED_FROM_WORDS}|speaking\b)[a-z][\w'’-]*\s+){{1,3}}?)?"
)
AFFILIATION_BODY = rf"\s+(?:the\s+(?:(?!{AFFILIATION_STOPS})[a-z][\w'’-]*\s+){{0,{AFFILIATION_KIND_WORDS}}})?$"
AFFILIATION_BETWEEN = rf"(?:{AFFILIATION_COMMA}|\s+)(?:of|at|from){AFFILIATION_BODY}"
# The same placing away from any statement, set off by a comma or with "of": there a body right after a surname with
# "from" or "at" and no comma may be where the person came from or went ("completed the signing of Kwame Osei from
# Feyenoord"), a party of the story, while "Dr Anna Lindqvist of the Karolinska Institute" and "Ella Moss, a chemistry
# teacher at Brookfield Academy," still say who they are.
APPOSITIVE_AFFILIATION = rf"(?:{AFFILIATION_COMMA}(?:of|at|from)|\s+of){AFFILIATION_BODY}"


def affiliations(entities: pd.DataFrame, quotes: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The organisations an article names only as where a quoted person works: every time it writes one of their
    names, the name follows a quoted person's surname and AFFILIATION_BETWEEN ("Prof Tara Spires-Jones, of the
    University of Edinburgh, called it …", "Dr Sara Okon, a consultant at UKHSA, said"), written so at least as
    often as the entity is counted. The paragraph need hold no statement: a lead that introduces the person ("Ella
    Moss, a chemistry teacher at Brookfield Academy, has won an award") places them as much as the attribution does,
    when a comma or "of" sets the body off (APPOSITIVE_AFFILIATION).
    A scholar or a consultant named with a body speaks in their own name (see ACADEMIC_BODY), and the body is no
    party the story kept silent either: it only says who the speaker is. Whether the body is heard through them (an
    officer's office, `_speaks_for`) is read elsewhere; this says only how it is named."""
    if paragraphs is None or quotes.empty or "text" not in paragraphs.columns:
        return set()
    said = attributed(quotes)
    people = set(entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str))
    surnames = {str(s).split()[-1] for s in said["speaker"].astype(str) if s in people}
    if not surnames:
        return set()
    names = "|".join(re.escape(n) for n in sorted(surnames))
    after_person = re.compile(rf"(?<![\w'’-])(?:{names}){AFFILIATION_BETWEEN}")
    set_off = re.compile(rf"(?<![\w'’-])(?:{names}){APPOSITIVE_AFFILIATION}")
    speaking = set(said["paragraph"].dropna().astype(int))
    return _named_only(
        entities,
        paragraphs,
        lambda number, before, _: bool((after_person if number in speaking else set_off).search(before)),
    )


# Offices of those who speak for an organisation: a statement by "Aslef general secretary Mick Whelan", "Molde's
# sporting director, Ingrid Haugen", "Rosemount House's owners" or "a spokeswoman for Acme" is the organisation heard,
# though the quotes table gives the person (or the description) as speaker. A person's lawyer or family speaks for no
# organisation, and a former officer no longer speaks for one. A firm's economist or analyst ("Rob Wood, chief UK
# economist at Pantheon Macroeconomics") gives the firm's view. A party's shadow minister ("Labour's shadow
# chancellor, Tom Yates") speaks for the party on that brief, as its spokesperson does, and a police officer of a
# force ("Detective Inspector Sara Quinn of Kent Police", "Deputy Sheriff Luis Moreno of the Los Angeles County
# Sheriff's Department") for the force. A band's singer or frontman ("Glass Harbour's singer, Owen Trask") and a
# team's captain speak for the band or the team, as its leader does. An insolvency firm's
# administrator ("Sarah Bell, joint administrator at Kroll") speaks for the firm, which is named as the one appointed.
# A party's co-leader or candidate ("Green co-leader Adrian Ramsay", "Labour's defeated candidate, Thangam
# Debbonaire") speaks for the party, whose name stands before the office as its adjective. An officer of a body ("the
# council's returning officer", "Acme's chief financial officer") speaks for it. The leaders of a body, together
# ("Leaders of the Group of Seven agreed"), speak for it as its leader does. A party's elected member ("The Labour MP
# for Easington, Grahame Morris,", "Green councillor Jo Reed") speaks for the party (MEMBER_OFFICES). A publication's
# editor ("Rory Boland, editor of Which? Travel") speaks for the publication. A principal heads a school or a racing
# team ("Red Bull team principal Christian Horner", "the principal of Kilronan School") and speaks for it. A
# department's minister ("Treasury minister Daniel Forsyth", "the Home Office minister, Jo Reed,") speaks for it, as
# its spokesperson does; a party's ("Labour minister Pat Reed") is in the government the party forms and speaks for
# it as its shadow minister does in opposition. A central bank's governor ("Bank of England governor Andrew Bailey")
# speaks for the bank.
MEMBER_OFFICES = frozenset("mp mps msp msps mep meps councillor councillors".split())
SPEAKS_FOR = (
    frozenset(
        "spokesman spokeswoman spokesperson spokespeople chief executive secretary director chair chairman chairwoman "
        "president head leader leaders boss manager owner owners founder official officials economist analyst "
        "strategist shadow inspector superintendent constable sergeant commissioner singer frontman frontwoman "
        "captain administrator administrators co-leader co-leaders co-chair candidate officer coach sheriff "
        "detective editor principal mayor minister ministers co-ordinator coordinator organiser organizer "
        "governor".split()
    )
    | MEMBER_OFFICES
)
# Bodies whose members are elected to them rather than speak for them: a councillor of Kelby Council or an MP of the
# House of Commons may be in opposition to those who run it, so a member's word is not the body's.
ELECTED_BODY = re.compile(
    r"\b(?:Council|Parliament|Assembly|Senate|Congress|House|Commons|Senedd|Chamber|Lords|Bundestag|Dail|Dáil)\b"
)
# A police rank as British copy abbreviates it before a name ("Sgt Tom Ellery of Devon and Cornwall Police", "Insp Jo
# Hart", "Ch Supt Ann Bell"): the officer of a force, as "sergeant", "inspector" and "superintendent" are. Only the
# abbreviations that are no English word of their own; "Det" stands before one of them ("Det Sgt").
RANK_ABBREVIATIONS = frozenset("sgt insp supt".split())
# Capitalised words of a name an office may have between it and "of" its body ("Inspector Sara Quinn of Kent Police").
NAME_WORDS = 3
# Words an office may run to between the organisation's name and the office itself ("Molde's sporting director").
OFFICE_WORDS = 3


# Words that make an office a past one: a former officer ("former Dunmere boss", "ex-Acme chairman", "one-time
# spokeswoman") no longer speaks for the body.
FORMER = re.compile(r"\b(?:former|ex-|one-?time|erstwhile)", re.IGNORECASE)


# A capitalised word right before a body's name makes the name part of a longer one: "White House press secretary"
# speaks for the White House, not the House. Only a word that opens the phrase as a capital of its own may stand
# there: a determiner, a preposition or participle that opens a clause, or a day's or month's name ("On Tuesday
# Dunmere boss Lisa Carr said").
LONGER_NAME = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|Its|Their|On|In|At|By|After|Speaking|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'’.-]*\s+$"
)


# Offices that are offices only with their capital, after the body's name: "House Speaker", "Commons Speaker".
CAPITAL_OFFICES = ("Speaker",)


# A person's name as a possessive body's name may stand right before it ("Shore Capital's Darren Shirley"): capitalised
# words, with the lower-case particles a name may hold ("Vanhout's Marieke de Groot").
PERSON_AFTER = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|du|la|le|van|von|der|den|del|al|el|bin))*"
# Names of bodies whose people speak in their own name: a university's or college's academic comments as an expert,
# not for it ("Prof Martin Cole, of the University of Surrey, who was not involved in the study"), so the body is heard
# only through its officers (its spokesperson, its vice-chancellor), never through a scholar named with it.
ACADEMIC_BODY = re.compile(r"\b(?:University|College|Universität|Université|Universidad|Polytechnic)\b")


# The last word of a group's name in the plural ("the Greens", "the Liberal Democrats", "the Conservatives"): a
# capitalised word ending in a single "s" after a letter other than "s", "u" or "i" ("Express", "Celsius", "Paris"
# are no plurals).
PLURAL_GROUP = re.compile(r"(?<=\b[A-Z][a-z])[a-z]*[^sui\W](?<!\bNew)s$")
# A party named with "Party" ("the Green Party", "the Labour Party") goes without it before an office: "Green group
# leader", "Labour leader".
PARTY_WORD = re.compile(r"\s+Party$")


def group_forms(name: str) -> set[str]:
    """The name, and for a group named in the plural ("Greens", "Liberal Democrats") its singular, or for a party
    named with "Party" the name without it, which stands before an office as an adjective: "Green group leader Anna
    Wren" and "Liberal Democrat spokesman" speak for the Greens, the Green Party and the Liberal Democrats."""
    if PARTY_WORD.search(name):
        return {name, PARTY_WORD.sub("", name)}
    return {name, name[:-1]} if PLURAL_GROUP.search(name) else {name}


# A speaker the article sets outside the work it reports on ("Laura Kreidberg, director at the Max Planck Institute for
# Astronomy, who was not involved in the research"): an expert commenting in their own name, whatever their office.
# Words an office's field may run to between the office and the body ("head of UK residential research at").
FIELD_WORDS = 4
# The parts of a body that decide or speak as the body does, before "of" and its name: a court's panel or bench, a
# firm's board.
BODY_PART_NOUNS = ("panel", "bench", "board")
OUTSIDE_EXPERT = re.compile(r"\bwho\s+(?:was|were|is|are)\s+not\s+involved\b", re.IGNORECASE)


def _longer_names(names: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """Each organisation's name (of the `names` of every organisation) -> the words that carry it on into another
    organisation's name ("NHS" -> {"England", "Confederation"} where the article names NHS England and the NHS
    Confederation too), for `_speaks_for`."""
    every = {a for aliases in names.values() for a in aliases if a}
    return {a: frozenset(n[len(a) + 1 :] for n in every if n.startswith(f"{a} ")) for a in every}


def _speaks_for(body: str, written: str, longer: frozenset[str] = frozenset()) -> bool:
    """Whether a speaker, as the article writes them, speaks for the organisation `body`: the body's name (or its
    possessive) followed within OFFICE_WORDS words by an office of SPEAKS_FOR, or such an office followed by 'for',
    'of' or 'at' and the body; never a former officer. The words between a name and its office may be a title's
    capitals ("Senate Majority Leader John Thune", "House Democratic leader"; "House Speaker", CAPITAL_OFFICES), but
    the name must not be the end of a longer one (LONGER_NAME: "White House press secretary" is no officer of the
    House). A person's name right after the body's possessive ("Shore Capital's Darren Shirley") or followed by
    ", of" and the body ("Priya Sandhu, of Leeds District CID") speaks for it too, unless the body is a university
    or college (ACADEMIC_BODY), whose scholars speak as experts in their own name."""
    if FORMER.search(written) or OUTSIDE_EXPERT.search(written):
        return False
    name = re.escape(body)
    # a body's name that goes on into the longer name of another body the article names (`longer`, `_longer_names`)
    # is the start of that name: "director of the NHS Confederation's acute network" is no officer of the NHS
    goes_on = rf"(?!\s+(?:{'|'.join(re.escape(n) for n in sorted(longer))})\b)" if longer else ""
    # "Fed Chair Jerome Powell" as "the firm's chair"
    offices = SPEAKS_FOR - MEMBER_OFFICES if ELECTED_BODY.search(body) else SPEAKS_FOR
    office = r"(?i:" + "|".join(sorted(offices | RANK_ABBREVIATIONS)) + r")\b"
    between = r"(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+))"  # "Aslef general secretary", "Senate Majority Leader"
    # a chamber's presiding officer, written with its capital right after the body ("House Speaker Marcia Dalton");
    # in lower case "speaker" is anyone who gives a talk
    titled = rf"(?:{office}|{'|'.join(CAPITAL_OFFICES)}\b)"
    before = rf"\b{name}(?:['’]s|(?<=s)['’])?{between}{{0,{OFFICE_WORDS - 1}}}\s+{titled}"
    # with up to AFFILIATION_KIND_WORDS lower-case words of what the body is: "analyst at the think tank London
    # Economics", "chief executive of the charity Shelter"
    # (in lower case even where the office is matched in any case)
    kind = rf"(?:the\s+(?:(?!{AFFILIATION_STOPS})(?-i:[a-z])[\w'’-]*\s+){{0,{AFFILIATION_KIND_WORDS}}})?"
    after = rf"\b{office}\s+(?:for|of|at)\s+{kind}{name}\b{goes_on}"
    # the officer's name between the office and its body: "Detective Inspector Sara Quinn of Kent Police"
    # or "from" it ("Insp Jo Hart from Kent Police")
    named = rf"\b{office}(?:\s+[A-Z][\w'’.-]*){{1,{NAME_WORDS}}},?\s+(?:of|at|from)\s+(?:the\s+)?{name}\b{goes_on}"
    # the field an office heads, between it and the body: "head of UK residential research at Knight Frank",
    # "director of policy at the CBI"
    field_word = rf"(?:(?!{AFFILIATION_STOPS}|the\b|a\b)[\w'’&-]+\s+)"
    field = rf"\b{office}\s+of\s+{field_word}{{1,{FIELD_WORDS}}}(?:at|for)\s+{kind}{name}\b{goes_on}"
    # a bench or board that acts as the body does: "A three-judge panel of the 2nd U.S. Circuit Court of Appeals"
    part = rf"\b(?:{'|'.join(BODY_PART_NOUNS)})\s+(?:of|at)\s+{kind}{name}\b{goes_on}"
    if any(not LONGER_NAME.search(written[: m.start()]) for m in re.finditer(before, written)):
        return True
    if re.search(after, written, re.IGNORECASE) or re.search(named, written):
        return True
    if re.search(part, written, re.IGNORECASE):
        return True
    if ACADEMIC_BODY.search(body):
        return False
    if re.search(field, written, re.IGNORECASE):  # (a scholar's "head of psychology at" a university speaks as one)
        return True
    # a person named with the body's possessive ("Shore Capital's Darren Shirley wrote"), as "its chief executive"
    # is; only a body's: "Trump's lawyer" is a person's, read elsewhere
    possessed = rf"\b{name}(?:['’]s|(?<=s)['’])\s+{PERSON_AFTER}$"  # "Lowland Securities' Anna Brook" too
    if any(not LONGER_NAME.search(written[: m.start()]) for m in re.finditer(possessed, written)):
        return True
    # a person "of" the body, set after their name ("Detective Inspector Priya Sandhu, of Leeds District CID,")
    return bool(re.search(rf"[A-Z][\w'’.-]*,\s+of\s+(?:the\s+)?{name}$", written))


# What comes right before an organisation's name when it is the medium or the audience that carried someone's
# words rather than a source: "told LBC", "said in an interview with CNN", "speaking to Sky News", "wrote in the
# Guardian", "said on BBC Radio 4", "in a statement to Reuters", "writing for The Times", "a statement carried by the
# state news agency IRNA". A source is heard or kept
# silent; the outlet that printed or broadcast what a source said is neither. MEDIUM_BEFORE leaves out "told", which
# before a person's name ("told Jo Reed") may be a party to the story told something; the rest marks a medium even
# before a name the recogniser took for a person's ("said on Twitter").
MEDIUM_WORDS = (
    r"\b(?:interviews?|conversation|podcast|comments|remarks|statement|letter|op-ed|column|article|essay|piece"
    r"|speaking|spoke|speaks|talking|talked|appearance|appearing|appeared|writing|wrote|writes)"
    r"\s+(?:with|to|for|in|on)"
    # "talks to LBC"; "talks with" is most often the noun of a negotiation ("Talks with the BMA are expected to
    # resume", "held talks with Tehran"), whose other side is a party to the story, not whom someone spoke to
    r"|\btalks\s+to"
    r"|\b(?:said|says|posted|posting|posts)\s+(?:in|on)"
    # "complained to the BBC": the body a complaint was made to heard it, as "told the BBC" does
    r"|\b(?:complained|complaining|complains|complain)\s+to"
)
MEDIUM_BEFORE = re.compile(rf"(?:{MEDIUM_WORDS})\s+(?:the\s+)?$", re.IGNORECASE)
# The kind of outlet an article may set between "told the" and the outlet's name ("told the newspaper Bergens Tidende",
# "said in an interview with the public broadcaster NRK", "an interview broadcast by the national broadcaster VRT"),
# with up to two lower-case words before it. Without it "told the newspaper X" reads as where a study was published.
OUTLET_NOUNS = (
    r"(?:[a-z][\w'’-]*\s+){0,2}(?:newspaper|paper|daily|weekly|tabloid|magazine|broadcaster|network|channel|station"
    r"|news\s+agency|website|news\s+site|outlet)\s+"
)
# A platform someone posted on with what they posted between ("posted a short video on Instagram", "shared a
# statement on X", "uploaded a clip to TikTok"): the platform carried their words, as an outlet does. At most
# POSTED_WORDS words of what was posted, none of them a clause's joiner, so "shared concerns that the council … on"
# is no platform; the name must still be an organisation's, so "posted record profits on Tuesday" names none.
POSTED_WORDS = 4
POSTED_ON = (
    r"\b(?:posted|posting|posts|shared|sharing|shares|uploaded|uploading|uploads|tweeted)\s+"
    rf"(?:(?!(?:that|which|who|and|but|when|after|before)\b)[\w'’-]+\s+){{0,{POSTED_WORDS}}}?"
    r"(?:on|to)\s+(?:the\s+)?$"
)
# The post itself named before the platform it was on ("said in a post on Telegram", "in a video message on
# Instagram", "in a tweet posted on X"): up to two words before the noun of what was posted ("statement on" is a
# medium's words already, MEDIUM_WORDS).
POST_NOUNS = r"(?:post|posting|video|message|tweet|thread|livestream|blog|clip|update)"
POST_ON = (
    rf"\b(?:in|via|with)\s+an?\s+(?:[\w'’-]+\s+){{0,2}}?{POST_NOUNS}\s+(?:(?:posted|shared|published)\s+)?"
    r"(?:on|to)\s+(?:the\s+)?$"
)
CARRIER_BEFORE = re.compile(
    rf"(?:\b(?:told|tells|telling)|{MEDIUM_WORDS}|\b(?:broadcast|aired|televised|carried)\s+by)"
    rf"\s+(?:(?:the|an?)\s+{OUTLET_NOUNS}|the\s+)?$"
    rf"|{POSTED_ON}|{POST_ON}",
    re.IGNORECASE,
)
# What comes right before a name that is where a piece of work was published, in any paragraph: "published in the
# journal Nature", "appeared in The Lancet", "the medical journal BMJ", "the magazine Wired". A journal that printed a
# study is no source kept silent, as a broadcaster that aired an interview is none. "published by" is left out: a
# report "published by the Resolution Foundation" is the foundation's own work.
VENUE_BEFORE = re.compile(
    r"(?:\b(?:published|publishing|appear|appeared|appears|appearing|printed|reported)\s+(?:online\s+)?in\s+(?:the\s+)?"
    r"|\b(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}(?:journal|magazine|newspaper|periodical|quarterly)\s+)$",
    re.IGNORECASE,
)
# Characters before a name searched for CARRIER_BEFORE.
CARRIER_REACH = 60
# A platform a source wrote on, told by what follows it: "thanked fans on Instagram on Sunday evening, writing: …",
# "shared a video on Facebook, posting …". "on" before the name and a participle of writing or posting after its
# clause (a time or place between them allowed) make the name the medium, as "posted on Instagram" does. "saying" is
# left out: "analysts were downbeat on Tesco, saying …" is about the firm, not written on it.
ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$")
WRITING_AFTER = re.compile(
    r"^(?:\s+(?:on|in|at|this|last|late|early)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?,?\s+(?:writing|posting|sharing)\b"
)


def _alias_spans(alias: str, text: str) -> list[int]:
    """Where a name stands in a text, as a whole word (start offsets)."""
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text)]


def carriers(entities: pd.DataFrame, quotes: pd.DataFrame, paragraphs: pd.DataFrame) -> set[str]:
    """The organisations an article names only as the medium or audience that carried what someone said ("told
    LBC", "in an interview with the BBC"; see CARRIER_BEFORE; "thanked fans on Instagram, writing", ON_BEFORE and
    WRITING_AFTER), and the names typed as a person's named only so as a medium ("said on Twitter"; MEDIUM_BEFORE):
    every time the article writes any of its names, in a
    paragraph that holds a statement, the name follows such words, and it is written there at least as often as the
    entity is counted (a mention by another form, "the broadcaster", may be the story's own subject)."""
    if paragraphs is None or quotes.empty or "text" not in paragraphs.columns:
        return set()
    speaking = set(quotes["paragraph"].dropna().astype(int))
    if "speaker_paragraph" in quotes.columns:
        speaking |= set(quotes["speaker_paragraph"].dropna().astype(int))
    texts = list(zip(paragraphs["paragraph"].astype(int), paragraphs["text"].fillna("").astype(str)))
    bodies = entities[entities["entity_type"].isin(HEARD_TYPES)]
    forms = bodies["aliases"] if "aliases" in bodies.columns else bodies["entity"]
    out = set()
    for entity, kind, aliases, mentions in zip(
        bodies["entity"].astype(str), bodies["entity_type"], forms.fillna(""), bodies["mentions"]
    ):
        before_name = CARRIER_BEFORE if kind == "ORG" else MEDIUM_BEFORE
        names = sorted({entity, *(a for a in str(aliases).split("|") if a)}, key=len, reverse=True)
        carried = written = 0
        for number, text, start, name in _written_names(names, texts):
            written += 1
            before = text[max(0, start - CARRIER_REACH) : start]
            platform = ON_BEFORE.search(before) and WRITING_AFTER.match(text[start + len(name) :])
            carried += bool(number in speaking and (before_name.search(before) or platform))
        if carried and carried == written and written >= int(mentions):
            out.add(entity)
    # one the quotes table has speak is heard, not named "only" as whom someone spoke to ("talks to Sam Pryce", then
    # answers given to him): a sentence never says both of one name
    return out - set(quotes["speaker"].dropna().astype(str))


def _written_names(names: list[str], texts):
    """(paragraph, text, start, name) for each place an organisation's name is written in the (paragraph, text)
    pairs, longest names first: a longer name's span holds the shorter one ("BBC" in "BBC News"). A name in a
    dateline's credit ("SANTIAGO (Reuters) -", `article.dateline_credits`) is left out: the credit names who filed
    the story, which the tables count as no mention, so "told Reuters" later stays the agency's only mention."""
    for number, text in texts:
        taken: list[tuple[int, int]] = list(dateline_credits(text))
        for name in names:
            for start in _alias_spans(name, text):
                if not any(a <= start < b for a, b in taken):
                    taken.append((start, start + len(name)))
                    yield number, text, start, name


def venues(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The organisations an article names only as where a piece of work was published ("published in the journal
    Nature", VENUE_BEFORE): every time the article writes any of their names, in any paragraph, the name follows such
    words, and it is written so at least as often as the entity is counted. Such a journal carried a study, as a
    broadcaster carries an interview (`carriers`); it is no source kept silent. A court is where a defendant
    appears ("is scheduled to appear in Polk County Court"), never where work is published (COURT_NAME)."""
    found = _named_only(entities, paragraphs, lambda _, before, after: bool(VENUE_BEFORE.search(before)))
    return {name for name in found if not COURT_NAME.search(name)}


# Lower-case words that may describe a programme between its broadcaster's possessive and the noun ("the BBC's new
# six-part drama"): a few. Without the possessive only one may stand there ("a Netflix original series"), so a clause
# ("Netflix has cancelled the show") is not read as one.
PROGRAMME_WORDS = 3
# What comes right after a broadcaster's or a studio's name when it is named only for a programme it makes or shows:
# "the BBC drama Harbour Lights", "a Netflix series", "the ITV documentary", "The BBC's new six-part drama". The
# broadcaster of an actor's next role is no party to the story. A "programme" is also a scheme ("the Plunkett
# Foundation's pub programme", "the council's housing programme"): it is one on air only right after the name or after
# a word of broadcasting (BROADCAST_WORDS: "the BBC's flagship programme", "an ITV news programme").
BROADCAST_WORDS = (
    r"(?:flagship|new|hit|popular|weekly|nightly|daily|late-night|breakfast|morning|evening|radio|tv|television"
    r"|news|current-affairs|affairs|documentary|comedy|drama|music|chat|cookery|children's|award-winning)"
)
PROGRAMME_AFTER = re.compile(
    rf"^(?:['’]s?\s+(?:[a-z][\w-]*\s+){{0,{PROGRAMME_WORDS}}}|\s+(?:[a-z][\w-]*\s+)?)"
    # ("NHS England figures show": a plural noun before "show" makes it the verb)
    r"(?:drama|series|sitcom|soap|documentary|(?<!s\s)show|film|podcast|comedy)s?\b"
    rf"|^(?:['’]s?\s+(?:[a-z][\w-]*\s+){{0,{PROGRAMME_WORDS - 1}}}{BROADCAST_WORDS}\s+|['’]s?\s+"
    rf"|\s+(?:{BROADCAST_WORDS}\s+)?)programmes?\b"
)
# "show" right after a name and before what is shown ("Figures from the Office for National Statistics show the number
# …", "Data from Nationwide shows that …"): the verb, whatever the name ends with, not a programme.
SHOW_VERB_AFTER = re.compile(r"^\s+shows?\s+(?:the|a|an|that|how|what|why|no|little|some|signs|\d)\b", re.IGNORECASE)
# What comes right before a channel's or a streaming service's name when a programme is said to be shown on it: "starts
# on BBC One on Sunday", "with all episodes on iPlayer", "is available on Netflix", "was broadcast live on ITV".
SHOWN_ON_BEFORE = re.compile(
    r"\b(?:starts?|starting|started|begins?|beginning|began|airs?|airing|aired|returns?|returning|returned"
    r"|shown|showing|screens?|screening|screened|broadcasts?|broadcasting|streams?|streaming|streamed|available"
    r"|episodes?)\s+(?:live\s+)?on\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def channels(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The organisations an article names only as the maker or channel of a programme ("the BBC drama Harbour
    Lights", PROGRAMME_AFTER; "starts on BBC One", SHOWN_ON_BEFORE), every time it writes any of their names, as
    `venues` counts them."""
    return _named_only(
        entities,
        paragraphs,
        lambda _, before, after: bool(
            (PROGRAMME_AFTER.match(after) and not SHOW_VERB_AFTER.match(after)) or SHOWN_ON_BEFORE.search(before)
        ),
    )


# Bodies that are also rooms: a court, a tribunal, a chamber of a parliament, a town hall. Written right after a word
# of place ("pleaded guilty at Truro Crown Court", "speaking in the Commons", "will return to the House of Lords"),
# such a name says where something happened, not who kept silent. Any other body after "at" or "in" is no place
# ("shares in Greyfield", "a job at Tesco"), and "from" is left out: "a ruling from the High Court" is the court's.
CHAMBER_NAME = re.compile(
    r"\b(?:Courts?|Tribunal|Bailey|Commons|Lords|Parliament|Senate|Congress|Assembly|Chamber|Hall|Senedd|Holyrood"
    r"|Stormont|Bundestag|Knesset|Duma|Oireachtas)\b"
)
# "to" and "into" are words of place only after a word of going there ("will return to the House of Lords", "the
# case was sent to the High Court", "elected to Congress"): after any other word the body is a receiver, not a room
# ("a power the Constitution gives to Congress", "accountable to Parliament").
PLACE_BEFORE = re.compile(
    r"(?:\b(?<!vested\s)(?:at|in|inside|outside|before)"
    r"|\b(?:returns?|returned|returning|go|goes|went|going|gone|come|comes|came|coming|back|sent|send|sends|sending"
    r"|elected|appointed|summoned|called|referred|taken|brought|moved|transferred|headed|heading|travelled|traveled"
    r"|walked|marched|arrived|admitted|invited)\s+(?:back\s+)?(?:to|into))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def chambers(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The courts, tribunals and chambers (CHAMBER_NAME) an article names only as where something happened: every
    time it writes any of their names, the name follows a word of place (PLACE_BEFORE) and is no possessive ("the
    Supreme Court's ruling" is the court's word), counted as `venues` counts. Such a body is no source kept silent."""
    bodies = entities[entities["entity"].astype(str).str.contains(CHAMBER_NAME)]
    return _named_only(
        bodies,
        paragraphs,
        lambda _, before, after: bool(PLACE_BEFORE.search(before)) and not re.match(r"['’]s?\b", after),
    )


def _named_only(entities: pd.DataFrame, paragraphs: pd.DataFrame | None, placed_by) -> set[str]:
    """The organisations every one of whose names, wherever the article writes one, has words before it or after it
    that `placed_by(paragraph, before, after)` accepts, written so at least as often as the entity is counted."""
    if paragraphs is None or "text" not in paragraphs.columns:
        return set()
    numbers = paragraphs["paragraph"].astype(int) if "paragraph" in paragraphs.columns else range(len(paragraphs))
    texts = list(zip(numbers, paragraphs["text"].fillna("").astype(str)))
    bodies = entities[entities["entity_type"] == "ORG"]
    forms = bodies["aliases"] if "aliases" in bodies.columns else bodies["entity"]
    out = set()
    for entity, aliases, mentions in zip(bodies["entity"].astype(str), forms.fillna(""), bodies["mentions"]):
        names = sorted({entity, *(a for a in str(aliases).split("|") if a)}, key=len, reverse=True)
        placed = written = 0
        for number, text, start, name in _written_names(names, texts):
            written += 1
            before = text[max(0, start - CARRIER_REACH) : start]
            placed += placed_by(number, before, text[start + len(name) : start + len(name) + CARRIER_REACH])
        if placed and placed == written and written >= int(mentions):
            out.add(entity)
    return out


# Offices of a firm's own people, written with no organisation ("chief executive Priya Natarajan wrote", "a
# spokeswoman said", "Priya Natarajan, the chief executive", "the company's chairman, Ian Brook"): in a story about
# one organisation (`lead_organisation`), its own. An analyst, an economist or a general secretary speaks for a firm,
# a bank or a union of their own, named or not, a president is as often a country's, and an owner or a boss may be
# anyone's (a dog's, a worker's); they are not here.
OWN_OFFICES = (
    r"(?:chief\s+executive(?:\s+officer)?|ceo|chief\s+financial\s+officer|cfo|chief\s+operating\s+officer|coo"
    r"|managing\s+director|finance\s+director|executive\s+chair(?:man|woman)?|chair(?:man|woman)?"
    r"|co-?founder|founder|spokes(?:man|woman|person))"
)
# Possessives an office may carry and still name no organisation: the story's own ("its chief executive", "the
# company's chairman").
OWN_POSSESSIVE = (
    r"(?:its|their|the\s+(?:company|firm|group|business|bank|lender|airline|carrier|retailer|chain|club|maker|brand)"
    r"['’]s)"
)
OWN_OFFICE = re.compile(
    rf"^(?:(?:the|a|an)\s+|{OWN_POSSESSIVE}\s+)?{OWN_OFFICES}$",
    re.IGNORECASE,
)


def _office_and_name(written: str) -> tuple[str, str]:
    """A speaker as written split into its office and its name: "chief executive Priya Natarajan" -> ("chief
    executive", "Priya Natarajan"); "Priya Natarajan, the chief executive" and "its chairman, Ian Brook" likewise;
    ("", written) when no office of lower-case words comes before or after a name of capitalised words."""
    written = written.strip().strip(",").strip()
    name = r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*"
    if m := re.fullmatch(rf"(.+?),?\s+({name})", written):
        office, person = m.group(1), m.group(2)
        if re.fullmatch(r"[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*)*", office):
            return office, person
    if m := re.fullmatch(rf"({name}),\s+(.+)", written):
        return m.group(2), m.group(1)
    return (written, "") if written[:1].isalpha() else ("", written)


# The end of a sentence inside a paragraph: its closing mark, perhaps a closing quotation mark, and the capital or the
# opening mark of the next.
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘])")


def _own_office(written: str, paragraph: str, lead: str, names: dict[str, set[str]], skip: set[str]) -> bool:
    """Whether a speaker as written holds an office of OWN_OFFICES with no organisation named ("chief executive
    Priya Natarajan"), and so speaks for `lead`, the story's one organisation: never a former officer, and not when
    the speaker's paragraph names another organisation (other than a medium of `skip`), whose officer they may be."""
    if not written or FORMER.search(written):
        return False
    office, _ = _office_and_name(written)
    if not office or not OWN_OFFICE.match(office.strip()):
        return False
    # a body named only in a later sentence of the paragraph ("… said the turnaround was under way. Analysts at
    # Jefferies said …") is no employer of the speaker: the paragraph up to the end of the speaker's sentence
    at = paragraph.find(written)
    if at >= 0:
        end = SENTENCE_BREAK.search(paragraph, at + len(written))
        paragraph = paragraph[: end.start() + 1] if end else paragraph
    for entity, aliases in names.items():
        if entity != lead and entity not in skip and any(a and _alias_spans(a, paragraph) for a in aliases):
            return False
    return True


# A court's name, and a judge as the article writes one ("Judge Mark Rennie", "Sentencing him, the judge", "Mr
# Justice Hale", "District Judge Amy Cole", "Recorder Tim Lane"; "Justice Sotomayor", not "Justice Minister Jo Ray"):
# a judge who speaks in a story that names one court is that court heard, as a spokesman is their body.
COURT_NAME = re.compile(r"\b(?:Court|Tribunal)\b")
JUDGE = re.compile(
    r"(?:(?:the|a)\s+)?(?:(?:district|circuit|senior|high\s+court|crown\s+court|trial|presiding)\s+)?"
    r"(?:judge|recorder|magistrate)\b"
    r"|(?:mr|mrs|ms|lord|lady|chief)\s+justice\b"
    r"|justice(?=\s+[A-Z])(?!\s+(?:Minister|Secretary|Department|Ministry|Committee|Select)\b)",
    re.IGNORECASE,
)


# A coroner, the judge of a coroner's court only: "senior coroner Tanyka Rawden said" at "Sheffield Coroner's Court".
CORONER = re.compile(r"(?:(?:the|a)\s+)?(?:(?:senior|assistant|area|deputy)\s+)?coroner\b", re.IGNORECASE)


def _judge_of(court: str, written: str) -> bool:
    """Whether a speaker written so is a judge of `court` (JUDGE), or its coroner when it is a coroner's court."""
    return bool(JUDGE.match(written) or (re.search(r"\bCoroner", court) and CORONER.match(written)))


def only_court(entities: pd.DataFrame, skip: set[str] = frozenset()) -> str | None:
    """The one court (an organisation whose name holds "Court" or "Tribunal") an article names, None for none or
    several: a judge of the story is then that court's."""
    orgs = entities.loc[(entities["entity_type"] == "ORG") & ~entities["entity"].isin(skip), "entity"].astype(str)
    courts = [e for e in orgs if COURT_NAME.search(e)]
    return courts[0] if len(courts) == 1 else None


def headline_court(entities: pd.DataFrame, skip: set[str] = frozenset()) -> str | None:
    """The one court the headline names, when the article names several: the court whose ruling the story reports
    ("Court of Appeal rules council acted unlawfully", with the High Court it overturned and the Supreme Court it may
    go to named below), and so the court of the story's judges. None for none or two in the headline."""
    if "first_paragraph" not in entities.columns:
        return None
    orgs = entities[(entities["entity_type"] == "ORG") & ~entities["entity"].isin(skip)]
    courts = [str(e) for e, f in zip(orgs["entity"], orgs["first_paragraph"]) if COURT_NAME.search(str(e)) and f == 0]
    return courts[0] if len(courts) == 1 else None


def lead_organisation(entities: pd.DataFrame, skip: set[str] = frozenset()) -> str | None:
    """The one organisation a story is about, to whom a bare office ("chief executive Priya Natarajan") belongs:
    the only organisation (media that only carried someone's words, `skip`, aside) named in the headline or the
    first paragraph, and named more often than any other; None when two are named there (a merger, a match, a
    firm and its regulator) or another is named as often."""
    orgs = entities[(entities["entity_type"] == "ORG") & ~entities["entity"].isin(skip)]
    if orgs.empty or "first_paragraph" not in orgs.columns:
        return None
    early = orgs[orgs["first_paragraph"].astype(int) <= 1]
    if len(early) != 1:
        return None
    lead = early.iloc[0]
    rest = orgs[orgs["entity"] != lead["entity"]]
    if len(rest) and int(rest["mentions"].max()) >= int(lead["mentions"]):
        return None
    return str(lead["entity"])


# A bare office of one side of a contest, with no body beside it ("manager Helen Crane", "the head coach"): the
# office's last word.
BARE_OFFICE = re.compile(
    rf"^(?:the\s+)?(?:[a-z][\w-]*\s+){{0,{OFFICE_WORDS - 1}}}({'|'.join(sorted(SPEAKS_FOR))})$", re.IGNORECASE
)


def _rival_side(
    written: pd.Series,
    entities: pd.DataFrame,
    paragraphs: pd.DataFrame | None,
    names: dict[str, set[str]],
    skip: set[str],
) -> set[str]:
    """The organisation heard through an officer written with a bare office ("manager Helen Crane said") in a story
    of two sides, where the article gives the same office to another body's officer ("Castlegate manager Owen
    Price"): the bare office is the other side's. The bodies whose officer of that office the article names are set
    aside, and the office belongs to the story's lead organisation among the rest (`lead_organisation`: the one named
    early and most); with none, or a former officer, nothing is heard."""
    if paragraphs is None or "text" not in paragraphs.columns:
        return set()
    body = " ".join(paragraphs["text"].fillna("").astype(str))
    out = set()
    for text in written.fillna("").astype(str):
        office, person = _office_and_name(text)
        m = BARE_OFFICE.match(office.strip()) if person else None
        if not m or FORMER.search(text):
            continue
        title = re.escape(m.group(1))
        # "Castlegate manager Owen Price", "Castlegate's manager, Owen Price": that body's own officer, someone else
        others = {
            e
            for e, aliases in names.items()
            for a in aliases
            if a
            and any(
                found.group(1) != person
                for found in re.finditer(
                    rf"\b{re.escape(a)}(?:['’]s)?(?:\s+[a-z][\w-]*){{0,{OFFICE_WORDS - 1}}}\s+(?i:{title}),?\s+"
                    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)",
                    body,
                )
            )
        }
        if not others:
            continue
        lead = lead_organisation(entities, skip | others)
        if lead:
            out.add(lead)
    return out


def _speaker_paragraphs(rows: pd.DataFrame) -> list[int]:
    """The paragraph where each statement's speaker is written (the statement's own when the table does not say)."""
    where = rows["paragraph"] if "paragraph" in rows.columns else pd.Series(-1, index=rows.index)
    if "speaker_paragraph" in rows.columns:
        where = rows["speaker_paragraph"].where(rows["speaker_paragraph"].notna(), where)
    return [int(p) for p in where]


def _text_of(paragraphs: pd.DataFrame | None, number: int) -> str:
    """A paragraph's text from paragraphs.csv ('' when not given)."""
    if paragraphs is None or "text" not in paragraphs.columns:
        return ""
    found = paragraphs.loc[paragraphs["paragraph"] == number, "text"]
    return str(found.iloc[0]) if len(found) else ""


# Characters before a speaker as the quotes table gives it searched for the office written before it.
OFFICE_REACH = 60


def _with_office_before(rows: pd.DataFrame, written: pd.Series, paragraphs: pd.DataFrame | None) -> pd.Series:
    """Each speaker as written, with the words the article writes right before it in the same clause (after the
    last comma, full stop, colon, semicolon, bracket or quotation mark): "In comments to Reuters, Ofgem director
    Helen Carr said" gives "Ofgem director Helen Carr" where the quotes table has only "Helen Carr", so the office
    and its organisation are read as the article writes them. As given when there are no paragraphs or offsets."""
    if paragraphs is None or "speaker_start" not in rows.columns or "text" not in paragraphs.columns:
        return written
    texts = dict(zip(paragraphs["paragraph"].astype(int), paragraphs["text"].fillna("").astype(str)))
    out = []
    for where, start, text in zip(_speaker_paragraphs(rows), rows["speaker_start"], written.fillna("").astype(str)):
        paragraph = texts.get(where, "")
        if pd.isna(start) or not paragraph or not paragraph[int(start) :].startswith(text):
            out.append(text)
            continue
        before = re.split(r"[,.;:()\"“”‘’]", paragraph[max(0, int(start) - OFFICE_REACH) : int(start)])[-1]
        out.append(f"{before.strip()} {text}".strip())
    return pd.Series(out, index=written.index, dtype=object)


def _names_office(name: str, written: str) -> bool:
    """Whether a speaker as written has `name` right before an office of SPEAKS_FOR, with no possessive and no comma
    between ("Northline Trains managing director Owen Price"): a name that qualifies an office so is an
    organisation's, whatever type it was given (no one writes "Smith managing director"); never a former officer."""
    if FORMER.search(written):
        return False
    office = r"(?:" + "|".join(sorted(SPEAKS_FOR)) + r")\b"
    return bool(re.search(rf"\b{re.escape(name)}(?:\s+[a-z][\w-]*){{0,{OFFICE_WORDS - 1}}}\s+{office}", written))


# What ends a clause before a name, as `_with_office_before` reads it.
CLAUSE_BREAK = r"[,.;:()\"“”‘’]"
# Words that open a new clause before a name, whose office belongs to that clause only: "Rovers beat Dunmere as
# manager Lisa Carr watched" does not say whose manager she is. "and" counts only before a lower-case word, so that a
# body's name holding it ("Food and Rural Affairs press officer Jo Reed") stays whole.
CLAUSE_WORDS = re.compile(
    r"\b(?:as|while|when|whereas|but|after|before|because|though|although|and(?=\s+[a-z]))\s", re.IGNORECASE
)
# Characters after a name searched for an appositive that says what the person is ("Lisa Carr, the Dunmere manager,";
# "Jane Doe, 45, Acme's chief executive,").
APPOSITIVE_REACH = 80


def _officer_phrases(text: str, start: int, end: int) -> list[str]:
    """The phrases in which a paragraph writes a person's office beside one mention of their name (`start`:`end`): the
    clause's words right before it ("Dunmere boss Lisa Carr was less happy"), the phrase before it and a comma ("Acme's
    chief executive, Jane Doe, said"), and an appositive after it ("Lisa Carr, the Dunmere manager,", "Priya Sandhu, of
    Leeds District CID,", an age between allowed). A bare office after a clause opening the sentence with a body ("In
    the House, Speaker Mike Johnson") is read with that body before it. Before the name the office (or, after "for",
    "of" or "at", its body) must end right against it, and the clause starts after a word of CLAUSE_WORDS, so that
    "Rovers beat Dunmere as manager Lisa Carr watched" gives nothing; an appositive must open with an article, a
    possessive, a capital or an office, not a relative pronoun or a verb ("Lisa Carr, who criticised the Dunmere
    manager,", "Jane Doe, speaking after meeting Acme's chief executive,")."""
    name = text[start:end]
    out = []
    parts = re.split(CLAUSE_BREAK, text[max(0, start - OFFICE_REACH) : start])
    clause = parts[-1].strip()
    if not clause and len(parts) > 1 and text[:start].rstrip().endswith(","):
        clause = parts[-2].strip()
    clause = CLAUSE_WORDS.split(clause)[-1].strip()
    if clause:
        out.append(f"{clause} {name}")
    # a bare office after a clause that opens the sentence with its body: "In the House, Speaker Mike Johnson",
    # "At the White House, press secretary Jo Reed" read as "House Speaker Mike Johnson"
    if clause and len(parts) > 1 and (clause in CAPITAL_OFFICES or BARE_OFFICE.match(clause)):
        if m := re.fullmatch(r"(?:In|At|Inside)\s+(?:the\s+)?([A-Z].*)", parts[-2].strip()):
            out.append(f"{m.group(1)} {clause} {name}")
    # the body right after the name, with no comma, after an office before it: "Opposition leader Lee Jae-myung of
    # the Democratic Party accused …", read as far as the clause goes. Not "from", which may give where someone comes
    # from, and not after an office a pronoun owns: "her owner Megan Hartley of Thirsk" owns a dog, not Thirsk.
    owned = re.search(r"\b(?:his|her|their|its|my|our|your)\s+(?:[a-z][\w-]*\s+)*$", clause + " ", re.IGNORECASE)
    if clause and not owned and (m := re.match(r"\s+((?:of|at)\s+[^,.;:()\"“”]+)", text[end : end + APPOSITIVE_REACH])):
        out.append(f"{clause} {name} {m.group(1).strip()}")
    if m := re.match(r",\s+(?:\d+,\s+)?([^,.;:()\"“”]+)", text[end : end + APPOSITIVE_REACH]):
        appositive = m.group(1).strip()
        first = appositive.split()[0].lower() if appositive else ""
        if (
            first
            and first not in RELATIVE_WORDS
            and (first in DESCRIPTION_OPENERS or appositive[:1].isupper() or first in SPEAKS_FOR or first == "of")
        ):
            out.append(f"{name}, {appositive}")
    return out


def _ends_against(phrase: str, name: str, body: str) -> bool:
    """Whether, in a phrase of `_officer_phrases`, the office or its body stands right against the person's name:
    the name at the end with an office of SPEAKS_FOR or the body just before it, or the name first (an appositive)."""
    if phrase.startswith(f"{name},"):
        return True
    # "chief" and the post it heads: "the trust's chief nurse, Sue Butcher", "its chief medical adviser"
    chief = r"|(?i:chief)(?:\s+[a-z]+){1,2}"
    office = r"(?:(?i:" + "|".join(sorted(SPEAKS_FOR)) + r")|" + "|".join(CAPITAL_OFFICES) + chief + ")"
    person = re.escape(name)
    # the office, the person and the body right after them: "Opposition leader Lee Jae-myung of the Democratic Party"
    if re.search(rf"\b{office}\s+{person}\s+(?:of|from|at)\s+(?:the\s+)?{re.escape(body)}\b", phrase):
        return True
    # the office "for" or "of" a place between it and the person: "The Labour MP for Easington, Grahame Morris"
    place = rf"(?:for|of)\s+[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){{0,{NAME_WORDS}}}"
    return bool(
        re.search(rf"(?:\b{office}|{re.escape(body)}(?:['’]s|(?<=s)['’])?)(?:\s+{place})?\s*,?\s+{person}$", phrase)
    )


def officers_heard(
    entities: pd.DataFrame,
    heard: set[str],
    paragraphs: pd.DataFrame | None,
    mentions: pd.DataFrame | None = None,
) -> set[str]:
    """The organisations heard through a quoted person whom the article names as their officer anywhere, not only
    where the statement's cue is: "Dunmere boss Lisa Carr was less happy." and then "…," she said. Every mention of
    each person entity among the speakers `heard` (from the mentions table; without it, each of the person's names
    found in the paragraphs) is read with the words beside it (`_officer_phrases`) by the rule of `_speaks_for`: a
    former officer, the officer of another body and an officer who is never quoted make no organisation heard."""
    if paragraphs is None or "text" not in paragraphs.columns:
        return set()
    texts = dict(zip(paragraphs["paragraph"].astype(int), paragraphs["text"].fillna("").astype(str)))
    people = entities[entities["entity_type"] == "PERSON"]
    forms = people["aliases"] if "aliases" in people.columns else people["entity"]
    quoted = {str(e): {str(e), *str(f).split("|")} - {""} for e, f in zip(people["entity"], forms.fillna(""))}
    quoted = {e: a for e, a in quoted.items() if _heard(e, heard)}
    if not quoted:
        return set()
    spans: list[tuple[str, int, int]] = []  # (paragraph text, start, end) of each mention of a quoted person
    if mentions is not None and {"start_char", "end_char"} <= set(mentions.columns):
        found = mentions[mentions["entity"].astype(str).isin(quoted)]
        for number, start, end in zip(found["paragraph"], found["start_char"], found["end_char"]):
            spans.append((texts.get(int(number), ""), int(start), int(end)))
    else:
        for aliases in quoted.values():
            for text in texts.values():
                spans += [(text, s, s + len(a)) for a in aliases for s in _alias_spans(a, text)]
    orgs = entities[entities["entity_type"] == "ORG"]
    forms = orgs["aliases"] if "aliases" in orgs.columns else orgs["entity"]
    bodies = {
        str(e): {g for a in {str(e), *str(f).split("|")} - {""} for g in group_forms(a)}
        for e, f in zip(orgs["entity"], forms.fillna(""))
    }
    # the common noun the article calls a body by, when it means that body alone ("the hospital's chief executive,
    # Eugine Yafele" of Bristol Royal Hospital for Children; `described_kinds`)
    for noun, kinds in described_kinds(orgs, paragraphs).items():
        if len(kinds) == 1:
            bodies[next(iter(kinds))] |= {f"the {noun}", f"The {noun}"}
    longer = _longer_names(bodies)
    out = set()
    for text, start, end in spans:
        name = text[start:end]
        # "…, director at the Max Planck Institute, who was not involved in the research,": an outside expert
        stop = SENTENCE_BREAK.search(text, end)
        if OUTSIDE_EXPERT.search(text[end : stop.start() if stop else len(text)]):
            continue
        for phrase in _officer_phrases(text, start, end):
            out |= {
                e
                for e, aliases in bodies.items()
                if any(
                    _speaks_for(a, phrase, longer.get(a, frozenset())) and _ends_against(phrase, name, a)
                    for a in aliases
                )
            }
            out |= _pronoun_office_body(phrase, name, text[:start], bodies)
        out |= {e for e, aliases in bodies.items() if any(_founded(text[end:], a) for a in aliases)}
    return out


# A person's name followed by the founding of a body, which makes the person its founder (an office of SPEAKS_FOR)
# as "Brightloaf founder Hannah Okafor" does: "Hannah Okafor, who founded Brightloaf in 2014,", "Okafor, 38, set up
# Brightloaf", "Jo Reed co-founded the Harbour Trust". The body must follow the verb at once (with "the" between at
# most), so that "set up a meeting with Acme" founds nothing.
FOUNDED_AFTER = re.compile(
    r"(?:,\s+(?:\d+,\s+)?(?:who\s+)?|\s+)(?:(?:had|has)\s+)?(?:co-?founded|founded|set\s+up|established)\s+(?:the\s+)?"
    r"|,\s+(?:\d+,\s+)?the\s+(?:wo)?man\s+behind\s+(?:the\s+)?"
)
# The profile headline's words for the person who built a body, with no name given: "From a garden shed to 400
# staff: the woman behind Brightloaf", "The brothers behind Acme". The body must end the headline or its clause (a
# comma, a colon, a dash), so that "the man behind Acme's collapse" or "the man behind the Acme data leak" (who
# caused something) makes no one its founder.
BEHIND_HEADLINE = re.compile(
    r"\b[Tt]he\s+(?:(?:wo)?m[ae]n|couple|duo|pair|brothers|sisters|family)\s+behind\s+(?:the\s+)?"
)
BEHIND_END = re.compile(r"\s*(?:$|[,:;—–?!]|\s-\s)")


def _founded(after: str, body: str) -> bool:
    """Whether the words after a person's name (`after`) say the person founded `body` (FOUNDED_AFTER)."""
    found = FOUNDED_AFTER.match(after)
    return bool(found) and bool(re.match(re.escape(body) + r"\b", after[found.end() :]))


def _behind_headline(entities: pd.DataFrame, heard: set[str], paragraphs: pd.DataFrame | None) -> set[str]:
    """The organisation a profile's headline calls the work of its unnamed subject ("the woman behind Brightloaf",
    BEHIND_HEADLINE), heard when that subject is quoted: the profile's central person is the one person the article
    names most, named in the first paragraph of the story with no other person there. The headline must name no
    person, so that "Tom Hill on the woman behind Brightloaf" leaves the woman unknown; with two people named as
    often, the subject is not known, and the body is heard through no one."""
    if paragraphs is None or "text" not in paragraphs.columns or not (paragraphs["paragraph"] == 0).any():
        return set()
    headline = str(paragraphs.loc[paragraphs["paragraph"] == 0, "text"].iloc[0])
    found = BEHIND_HEADLINE.search(headline)
    if not found:
        return set()
    people = entities[entities["entity_type"] == "PERSON"]
    if people.empty or "first_paragraph" not in people.columns:
        return set()
    top = people[people["mentions"] == people["mentions"].max()]
    if len(top) != 1 or any(_alias_spans(str(e).split()[-1], headline) for e in people["entity"].astype(str)):
        return set()
    subject = str(top["entity"].iloc[0])
    firsts = people["first_paragraph"].astype(int)
    if firsts.loc[top.index[0]] != 1 or (firsts == 1).sum() > 1 or not _heard(subject, heard):
        return set()
    rest = headline[found.end() :]
    orgs = entities[entities["entity_type"] == "ORG"]["entity"].astype(str)
    return {e for e in orgs if rest.startswith(e) and BEHIND_END.match(rest[len(e) :])}


def _named_last(found: tuple[int, str, str]) -> tuple[int, int]:
    """The order in which a pronoun ("its", "their") looks back to the names (start, entity, alias) written before it:
    the one ending last, and of two ending together the longer, so that "Dunmore Town Council" is named last, not a
    name inside it ("Town") that starts later."""
    start, _, alias = found
    return start + len(alias), len(alias)


def _pronoun_office_body(phrase: str, name: str, before: str, bodies: dict[str, set[str]]) -> set[str]:
    """The organisation whose officer a phrase of `_officer_phrases` makes a person through a pronoun ("Labor won,
    with its leader Roger Cook claiming victory", "Roger Cook, its leader,"): the one the paragraph named last
    `before` the person, as in `_its_officers`; "their" only after a name written as a plural (PLURAL_NAME), and
    "whose" only before the person's name ("Roger Cook, whose leader …" is someone else's). Never a former officer."""
    if FORMER.search(phrase):
        return set()
    office = rf"(?:[a-z][\w-]*\s+){{0,{OFFICE_WORDS - 1}}}(?i:{'|'.join(sorted(SPEAKS_FOR))})"
    # the pronoun may open the sentence ("Dunmore Town Council objected. Its mayor, Anne Kellett, said")
    pronoun = re.search(
        rf"\b(?:[Ii]ts|[Ww]hose|([Tt]heir))\s+({office})\s*,?\s+{re.escape(name)}$", phrase
    ) or re.match(rf"{re.escape(name)},\s+(?:its|(their))\s+({office})\b", phrase)
    if not pronoun:
        return set()
    last = max(
        ((s, e, a) for e, aliases in bodies.items() for a in aliases if a for s in _alias_spans(a, before)),
        key=_named_last,
        default=None,
    )
    if not last or (pronoun.group(1) and not PLURAL_NAME.search(last[2])):
        return set()
    # a member of a body its members are elected to ("Its councillor, Jo Reed") is not its voice, as in `_speaks_for`
    if ELECTED_BODY.search(last[2]) and pronoun.group(2).split()[-1].lower() in MEMBER_OFFICES:
        return set()
    return {last[1]}


# An office after "its" or "whose" ("Its chief economist, Ben Fraser, told me", "Its head of policy, Sue Davies,
# said", "Kettering Town, whose chairman, Neil Frost, said"): the organisation the paragraph named last before the
# speaker, as the pronoun points back to it. A conjunction may open the clause the office stands in ("Kelby Council
# made it permanent, and its chief executive, Mark Oduya, told me"): the speaker as written then holds the clause's
# words before the name (`_with_office_before`), and "its" still points back to the body; so may a relative "where"
# or "when" ("were close in Brisbane, where their leader, Adam Bandt, said").
ITS_OFFICE = re.compile(
    r"^(?:(?:and|but|while|whereas|as|though|although|where|when)\s+)?"
    rf"(?:its|whose|(their))\s+(?:[a-z][\w-]*\s+){{0,{OFFICE_WORDS - 1}}}(?:{'|'.join(sorted(SPEAKS_FOR))})\b",
    re.IGNORECASE,
)
# "their" points back to an organisation only when its name is written as a plural ("The Greens held their seat,
# and their leader, Adam Bandt, said") or takes a plural verb, as British English writes a club or a band ("Harbour
# City have now lost five in a row, and their chairman, Alan Price, said"): after a singular name it may as well be
# the people named between.
PLURAL_NAME = re.compile(r"[a-z]s$")
PLURAL_VERB_AFTER = re.compile(r"^\s+(?:(?:now|also|still|already|just|since|then)\s+)?(?:have|are|were)\b")


def _its_officers(
    rows: pd.DataFrame, written: pd.Series, paragraphs: pd.DataFrame | None, names: dict[str, set[str]]
) -> set[str]:
    """The organisations heard through an officer written with "its", "whose" or, after a plural name or a name
    with a plural verb, "their" (ITS_OFFICE, PLURAL_NAME, PLURAL_VERB_AFTER): "The Confederation of
    British Industry is unconvinced. Its chief economist, Ben Fraser, told me …" makes the CBI heard. The pronoun
    points back to the organisation named last before the speaker in the same paragraph; with none named there the
    reader cannot tell whose officer it is, and nothing is heard. Never a former officer."""
    if paragraphs is None or "text" not in paragraphs.columns:
        return set()
    out = set()
    starts = rows["speaker_start"] if "speaker_start" in rows.columns else pd.Series(None, index=rows.index)
    for text, where, start in zip(written.fillna("").astype(str), _speaker_paragraphs(rows), starts):
        office = ITS_OFFICE.match(text.strip())
        if not office or FORMER.search(text):
            continue
        paragraph = _text_of(paragraphs, where)
        at = int(start) if pd.notna(start) else paragraph.find(text.strip())
        if at < 0:
            continue
        last = max(
            ((s, e, a) for e, aliases in names.items() for a in aliases if a for s in _alias_spans(a, paragraph[:at])),
            key=_named_last,
            default=None,
        )
        plural = last and (
            PLURAL_NAME.search(last[2]) or PLURAL_VERB_AFTER.match(paragraph[last[0] + len(last[2]) : at])
        )
        if last is None and not paragraph[:at].strip() and office.group(0).lower().startswith("its "):
            # "Its chief executive, Helen Ayres, said" opening a paragraph points back to the paragraph before:
            # to the one organisation it names, when it names one only
            before = _text_of(paragraphs, where - 1)
            named = {e for e, aliases in names.items() if any(a and _alias_spans(a, before) for a in aliases)}
            if len(named) == 1:
                out |= named
            continue
        # a member of a body its members are elected to ("Its councillor, Jo Reed") is not its voice (`_speaks_for`)
        member = last and ELECTED_BODY.search(last[2]) and office.group(0).split()[-1].lower() in MEMBER_OFFICES
        if last and (not office.group(1) or plural) and not member:
            out.add(last[1])
    return out


# The names listed with a speaker right up to the statement's cue: "Tesco, Sainsbury's and Asda said the products had
# been removed" (the speaker found is the first, Tesco), each name a comma or a last "and" apart.
LISTED_AFTER = re.compile(r"((?:,\s+[^,;:.!?\"“”]+?)*,?\s+and\s+[^,;:.!?\"“”]+?)\s+(?:have\s+|had\s+|both\s+|all\s+)?$")


def _listed_with(rows: pd.DataFrame, paragraphs: pd.DataFrame | None, entities: pd.DataFrame) -> set[str]:
    """The people and organisations listed with a speaker as those who said it (LISTED_AFTER): in "Tesco, Sainsbury's
    and Asda said the products had been removed from sale" the quotes table names Tesco, but the reader hears all
    three. Each listed part must be the whole of a name the article gives (an entity or its alias, "the" allowed
    before it), so that "Tesco, in a statement, and its rivals said" adds no one."""
    if paragraphs is None or "text" not in paragraphs.columns or rows.empty or "speaker_end" not in rows.columns:
        return set()
    forms = entities["aliases"] if "aliases" in entities.columns else entities["entity"]
    known = {}
    for entity, aliases in zip(entities["entity"].astype(str), forms.fillna("").astype(str)):
        for alias in {entity, *aliases.split("|")} - {""}:
            known[alias] = entity
    out = set()
    for where, end, cue in zip(_speaker_paragraphs(rows), rows["speaker_end"], rows["cue"].fillna("").astype(str)):
        if pd.isna(end) or not cue:
            continue
        text = _text_of(paragraphs, where)
        after = re.search(rf"\b{re.escape(cue)}\b", text[int(end) :])
        listed = after and LISTED_AFTER.fullmatch(text[int(end) : int(end) + after.start()])
        if not listed:
            continue
        parts = [re.sub(r"^(?:and\s+)?(?:the\s+)?", "", p.strip()) for p in re.split(r",|\s+and\s+", listed.group(1))]
        parts = [p for p in parts if p]
        if parts and all(p in known for p in parts):
            out |= {known[p] for p in parts}
    return out


# Where a list of bodies starts in a speaker's words: "Researchers at", "Scientists from", "a team at".
BODIES_FROM = re.compile(r"\b(?:at|from)\s+")
# What may join two bodies of such a list ("A and the B", "A, B and C"), and what may close it: where they are ("in
# Cologne").
BODIES_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
BODIES_WHERE = re.compile(r"\s*,?\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,?$")


def _joined_bodies(text: str, aliases: dict[str, str]) -> list[str]:
    """The organisations a list of names is made of ("the University of Edinburgh and the Max Planck Institute for
    Biology of Ageing in Cologne"): each part must be the whole of a name the article gives an organisation (the
    longest that fits, "the" allowed before it), the parts joined by "and" or commas, and only where they are may
    follow; [] when anything else is in the list."""
    found: list[str] = []
    at = len(text) - len(text.lstrip())
    text = re.sub(r"^the\s+", "", text[at:])
    at = 0
    while at < len(text):
        if found:
            join = BODIES_JOIN.match(text, at)
            if BODIES_WHERE.match(text, at):
                break
            if not join or join.end() == at:
                return []
            at = join.end()
        name = max(
            (
                a
                for a in aliases
                if text.startswith(a, at) and not re.match(r"[\w'’-]", text[at + len(a) : at + len(a) + 1])
            ),
            key=len,
            default=None,
        )
        if name is None:
            return []
        found.append(aliases[name])
        at += len(name)
    return found


def _bodies_joined(rows: pd.DataFrame, written: pd.Series, orgs: pd.DataFrame) -> set[str]:
    """The organisations named together in one speaker's words as where those who spoke work ("Researchers at the
    University of Edinburgh and the Max Planck Institute for Biology of Ageing in Cologne found"), when the quotes
    table gives one of them for the speaker: the reader hears each of them, not only the first."""
    if rows.empty or orgs.empty:
        return set()
    forms = orgs["aliases"] if "aliases" in orgs.columns else orgs["entity"]
    aliases = {}
    for entity, names in zip(orgs["entity"].astype(str), forms.fillna("").astype(str)):
        for alias in {entity, *names.split("|")} - {""}:
            aliases[alias] = entity
    out: set[str] = set()
    for speaker, words in zip(rows["speaker"].astype(str), written.fillna("").astype(str)):
        start = BODIES_FROM.search(words)
        bodies = _joined_bodies(words[start.end() :], aliases) if start else []
        if len(bodies) > 1 and speaker in bodies:
            out |= set(bodies)
    return out


# What makes a person the voice of a group in the paragraph where they are heard: "spoke for the residents' group
# Save Kelford Meadows", "speaking on behalf of Acme". The words between may only describe the group (up to three
# lower-case words or possessives, none of SPOKE_FOR_STOPS), so "spoke for an hour at the Labour conference" is not.
SPOKE_FOR = r"\b(?:spoke|speaks|speak|speaking)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?((?:[a-z][\w'’-]*\s+){0,3})"
SPOKE_FOR_STOPS = frozenset("at in on to with about before after during from an a hour hours minutes".split())


def _spoken_for(rows: pd.DataFrame, paragraphs: pd.DataFrame | None, names: dict[str, set[str]]) -> set[str]:
    """The organisations whose voice someone heard in the same paragraph is said to be (SPOKE_FOR): "His daughter,
    Claire Ames, spoke for the residents' group Save Kelford Meadows. She said …" makes the group heard."""
    if paragraphs is None or "text" not in paragraphs.columns or rows.empty:
        return set()
    out = set()
    for where in set(_speaker_paragraphs(rows)):
        text = _text_of(paragraphs, where)
        for m in re.finditer(SPOKE_FOR, text):
            if set(m.group(1).lower().split()) & SPOKE_FOR_STOPS:
                continue
            rest = text[m.end() :]
            out |= {e for e, aliases in names.items() for a in aliases if a and rest.startswith(a)}
    return out


# Lower-case words that may stand between a determiner and the noun that tells what kind of body an organisation is
# ("a local haulage firm, Breckland Freight"; "A children's hospice in Norwich").
KIND_WORDS = 3
# Words that end the description of a body's kind: what follows them says where it is or what it does, not what it
# is ("Breckland Freight, a haulage firm in Thetford": a firm).
KIND_ENDS = frozenset("in at of on for from with by near based which that who whose and or but".split())
# Words read after a name and its comma for the noun of its kind, describing words and KIND_ENDS's words with it.
AFTER_WORDS = 6
DESCRIBING = rf"(?:[a-z][\w'’-]*\s+){{0,{KIND_WORDS}}}?"


# Nouns that tell what kind of body an organisation is, which a reader may then call it by ("the hospice", "the
# firm"). Only these: a lead's "A man has been charged …" followed by "Kent Police said …" makes no force "the man".
BODY_KIND_NOUNS = (
    BODY_APPOSITION_NOUNS
    | THE_APPOSITION_CUE_NOUNS
    | SITE_WORDS
    | POSSESSIVE_BODY_WORDS
    | frozenset(
        """business council authority agency club team union party trust hospice charity school hospital university
        college newspaper journal magazine broadcaster network museum gallery theatre band orchestra choir brewery
        bakery shop store restaurant pub cafe hotel farm factory mill newsagent garage department ministry office
        service board committee court tribunal panel commission partnership cooperative co-operative group
        campaign network practice surgery""".split()
    )
)


# Words after which a body's name goes on to say what it is for or of ("Hospital for Children", "Bank of England"):
# the noun before the first of them heads the name.
HEAD_QUALIFIERS = ("for", "of")


def _kind_noun(words: str) -> str | None:
    """The noun that ends a run of lower-case describing words, before any of KIND_ENDS: "haulage firm in Thetford"
    -> "firm"; None when it is no noun of a body's kind (BODY_KIND_NOUNS)."""
    run = []
    for word in words.split():
        if word.lower() in KIND_ENDS or not re.fullmatch(r"[a-z][\w'’-]*", word):
            break
        run.append(word)
    return run[-1] if run and run[-1] in BODY_KIND_NOUNS else None


def described_kinds(orgs: pd.DataFrame, paragraphs: pd.DataFrame | None) -> dict[str, set[str]]:
    """The common nouns an article uses for each organisation, as a reader takes them: the noun that ends its name
    ("the committee" of the Environment Select Committee); a noun set beside the name ("a local haulage firm,
    Breckland Freight", "Breckland Freight, a haulage firm in Thetford", "the charity Mind"); and the lead's subject
    written as "A <noun>" when the next paragraph opens with the organisation's name, the way news names what its
    first line described ("A hospice in Norwich has raised …" then "Priscilla Bacon Lodge launched its appeal …").
    Maps each noun to the organisations it may mean."""
    kinds: dict[str, set[str]] = {}
    forms = orgs["aliases"] if "aliases" in orgs.columns else orgs["entity"]
    names = {str(e): {str(e), *str(f).split("|")} - {""} for e, f in zip(orgs["entity"], forms.fillna(""))}
    for entity in names:
        words = entity.split()
        if len(words) > 1 and words[-1].lower() in common_nouns():
            kinds.setdefault(words[-1].lower(), set()).add(entity)
        # the noun before what qualifies it, which a reader calls the body by: "the hospital" of "Bristol Royal
        # Hospital for Children", "the institute" of "Institute for Fiscal Studies"
        head = re.match(rf"(.+?)\s+(?:{'|'.join(HEAD_QUALIFIERS)})\s+\S", entity)
        noun = head.group(1).split()[-1].lower() if head else ""
        if noun in common_nouns() and noun in BODY_KIND_NOUNS:
            kinds.setdefault(noun, set()).add(entity)
    if paragraphs is None or "text" not in paragraphs.columns:
        return kinds
    texts = paragraphs.sort_values("paragraph")["text"].fillna("").astype(str).tolist()
    body = [t for n, t in zip(paragraphs.sort_values("paragraph")["paragraph"], texts) if int(n) >= 1]
    for entity, aliases in names.items():
        for alias in aliases:
            name = re.escape(alias)
            for text in body:
                found = [
                    m.group(1)
                    for m in re.finditer(
                        rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+({DESCRIBING}[a-z][\w'’-]*),\s+(?:the\s+)?{name}\b", text
                    )
                ]
                found += [
                    m.group(1) for m in re.finditer(rf"\b[Tt]he\s+((?:[a-z][\w'’-]*\s+){{0,2}}[a-z]+)\s+{name}\b", text)
                ]
                found += [
                    m.group(1)
                    for m in re.finditer(rf"\b{name},\s+(?:an?|the)\s+((?:[a-z][\w'’-]*\s*){{1,{AFTER_WORDS}}})", text)
                ]
                for words in found:
                    if noun := _kind_noun(words):
                        kinds.setdefault(noun, set()).add(entity)
    if len(body) >= 2:
        lead = re.match(rf"(?:An?)\s+({DESCRIBING}[a-z][\w'’-]*)", body[0])
        noun = _kind_noun(lead.group(1)) if lead else None
        opener = [e for e, aliases in names.items() if any(re.match(rf"{re.escape(a)}\b", body[1]) for a in aliases)]
        if noun and len(opener) == 1:
            kinds.setdefault(noun, set()).add(opener[0])
    return kinds


def _common_name_officers(written: pd.Series, orgs: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> set[str]:
    """The organisations heard through the common noun the article calls them by (`described_kinds`), after "the":
    "the hospice said" is Priscilla Bacon Lodge heard when the article calls it the hospice; "The committee chair,
    Alison Frame" speaks for the Environment Select Committee, "the agency's chief executive" for the Environment
    Agency (`_speaks_for`). Only when the noun means one organisation: with two committees the reader cannot tell
    whose chair it is."""
    out = set()
    for head, bodies in described_kinds(orgs, paragraphs).items():
        if len(bodies) != 1:
            continue
        for text in written.dropna().astype(str):
            lowered = re.sub(rf"\b[Tt]he\s+{re.escape(head)}\b", f"the {head}", text, flags=re.IGNORECASE)
            if re.fullmatch(rf"the\s+{re.escape(head)}", lowered.strip()) or (
                re.search(rf"\bthe\s+{re.escape(head)}\b", lowered) and _speaks_for(head, lowered)
            ):
                out |= bodies
            # "council leader James Lewis said", the one council named: the noun in lower case before the office
            # (not "a council leader", one of any council)
            elif (
                re.search(rf"(?<![\w'’-]){re.escape(head)}\s", text)
                and not re.search(rf"\b(?:a|an|another|one|other)\s+{re.escape(head)}\b", text, re.IGNORECASE)
                and _speaks_for(head, text)
            ):
                out |= bodies
    return out


def name_parts(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The "people" the recogniser split off another person's written name: a PERSON entity that the paragraphs write
    only directly before another PERSON entity's name, as a title or rank before it ("military spokesman Rear Admiral
    Daniel Hagari said": "Rear Admiral" is Hagari's title, no one else the article names, and no one kept silent).
    A title stands on the line of the name it opens: a name ending the headline is not one for the name opening the
    paragraph after it."""
    if paragraphs is None or paragraphs.empty:
        return set()
    text = "\n".join(paragraphs["text"].fillna("").astype(str))
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    out = set()
    for part in people:
        spans = [m.end() for m in re.finditer(rf"(?<![\w'’-]){re.escape(part)}(?![\w'’-])", text)]
        if spans and all(
            any(re.match(rf"[^\S\n]+{re.escape(p)}(?![\w-])", text[end:]) for p in people if p != part) for end in spans
        ):
            out.add(part)
    return out


def _titled(heard: set[str], entities: pd.DataFrame) -> set[str]:
    """The people heard as "the" and their title: "The emperor replied" is Emperor Naruhito heard, when exactly one
    person the article names has that title as the first word of their name (two "Emperor"s and the reader cannot
    tell)."""
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    out = set()
    for speaker in heard:
        m = re.fullmatch(r"the\s+([a-z]+)", speaker.strip(), re.IGNORECASE)
        if not m:
            continue
        titled = [p for p in people if p.split()[0].lower() == m.group(1).lower() and len(p.split()) > 1]
        if len(titled) == 1:
            out.add(titled[0])
    return out


def _written_in_full(rows: pd.DataFrame, written: pd.Series, entities: pd.DataFrame) -> set[str]:
    """The names heard by their last word, written in full in that statement's own attribution: "The leader of Kenton
    council, Priya Shah, said", with the statement's speaker read as "Shah" and the names table keeping "Priya Shah"
    apart (or taking it for an organisation's name), is Priya Shah heard, since the words that tell who spoke are hers.
    The attribution must end with the name, as a speaker's description does, and the name must not be someone the
    speaker is only close to or speaks about ("a friend of Priya Shah", `NEAR_SOURCE`, `_about`)."""
    names = entities.loc[entities["entity_type"].isin(HEARD_TYPES), "entity"].astype(str).tolist()
    out = set()
    for speaker, text in zip(rows["speaker"].astype(str), written.fillna("").astype(str)):
        text = text.strip(" ,")
        for name in names:
            if name == speaker or not name.endswith(" " + speaker) or not text.endswith(name):
                continue
            before = text[: len(text) - len(name)]
            if before and not before.endswith((" ", ",")):
                continue
            if NEAR_SOURCE.search(before) or _about(text, name):
                continue
            out.add(name)
    return out


def _given_alone(heard: set[str], entities: pd.DataFrame) -> set[str]:
    """The people heard by their given name alone: "Paolo said", with the article's only Paolo named in full elsewhere
    ("Paolo and Rosa Marchetti" as Paolo Marchetti), is that person heard, though the names table keeps the two names
    apart. Not when two people of the article share the given name (the reader cannot tell which spoke), nor when the
    word ends a fuller name too ("Holt" of Karen Holt), where it may be a surname."""
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    out = set()
    for speaker in heard:
        if " " in speaker or speaker not in people:
            continue
        fuller = [p for p in people if p.split()[0] == speaker and len(p.split()) > 1]
        if len(fuller) == 1 and not any(p.split()[-1] == speaker and len(p.split()) > 1 for p in people):
            out.add(fuller[0])
    return out


# Words that end a name and make it another person's, not the fuller name of the same one: "John Smith Jr" is not
# "John Smith", who may be his father.
GENERATION_WORDS = frozenset("jr jr. sr sr. junior senior ii iii iv".split())


def _fuller_names(heard: set[str], entities: pd.DataFrame) -> set[str]:
    """The people heard by the first words of a fuller name the article gives them: "Kami Rita said", with "the
    climber Kami Rita Sherpa" named in the first paragraph, is Kami Rita Sherpa heard, though the names table keeps
    the two apart. The speaker must be a person of two words or more, and the fuller name the only person's that
    begins with it and has one word more (not a generation: "John Smith Jr")."""
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    out = set()
    for speaker in heard:
        if " " not in speaker or speaker not in people:
            continue
        fuller = [
            p
            for p in people
            if p.startswith(speaker + " ")
            and len(p.split()) == len(speaker.split()) + 1
            and p.split()[-1].lower() not in GENERATION_WORDS
        ]
        if len(fuller) == 1:
            out.add(fuller[0])
    return out


def _families(heard: set[str], entities: pd.DataFrame) -> set[str]:
    """The families heard: a name that is a surname in the plural ("the Pryces", "the Joneses") is the family of the
    people the article names with that surname, and is heard when one of them is (`_heard`)."""
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).tolist()
    out = set()
    for entity in entities["entity"].astype(str):
        members = [p for p in people if _surname(p) and entity in (_surname(p) + "s", _surname(p) + "es")]
        # the surname alone that two or more people named share ("The Kerrigan brothers" of Michael and Sean
        # Kerrigan): the family, or one of them a reader cannot tell apart, never another person
        shared = [p for p in people if _surname(p) == entity]
        members += shared if len(shared) >= 2 else []
        if any(_heard(p, heard) for p in members):
            out.add(entity)
    return out


# An unnamed source written with how near it stands to someone: "a person close to Helen Marsh" is not Helen Marsh.
NEAR_SOURCE = re.compile(r"\b(?:" + "|".join(sorted(NEARNESS_WORDS)) + r")\b", re.IGNORECASE)


def _heard(entity: str, speakers: set[str]) -> bool:
    """Whether a named entity is among the speakers: as one of them, as a name of two words or more at the end of a
    speaker written with its description ("Opposition MP for Siparia, Ann Lee-Khan"; not "House" of "White House",
    nor "Leonard Ashby" of "the family of Leonard Ashby", `_about`),
    or as a fuller name of a speaker of two words or more ("Clayton Mifsud Bonnici" of "Mifsud Bonnici")."""
    if entity in speakers:
        return True
    for speaker in speakers:
        near = NEAR_SOURCE.search(speaker[: len(speaker) - len(entity)])  # "a person close to Helen Marsh": not she
        ending = re.search(r"(?:^|[\s,])" + re.escape(entity) + "$", speaker)
        if " " in entity and speaker.endswith(entity) and ending and not near and not _about(speaker, entity):
            return True
        if " " in speaker and speaker[:1].isupper() and re.search(r"\s" + re.escape(speaker) + "$", entity):
            return True
    return False


def surnames_across(entities: pd.DataFrame) -> dict[str, str]:
    """The key (`name_key`) of each one-word person's name of a corpus ("Starmer", from an article that writes only
    "Mr Starmer") -> the key of the one full name across the corpus that ends in it ("Keir Starmer"), so that the
    person one article names by surname and another in full is one person across them, as within one article. A
    surname that ends two people's full names ("Ed Davey", "Tom Davey") joins neither."""
    people = entities.loc[entities["entity_type"] == "PERSON", "entity"].astype(str).unique()
    full: dict[str, set[str]] = {}
    for name in people:
        if " " in name.strip():
            full.setdefault(name_key(name.split()[-1]), set()).add(name_key(name))
    return {
        name_key(name): next(iter(full[name_key(name)]))
        for name in people
        if " " not in name.strip() and len(full.get(name_key(name), ())) == 1
    }


def speakers_across(quotes: pd.DataFrame, entities: pd.DataFrame, n: int = TOP_ACROSS) -> pd.DataFrame:
    """The named speakers of a corpus (corpus quotes.csv and entities.csv, both with an `article` column), quoted in
    the most articles first, then most often: speaker, speaker_kind, entity_type, statements, direct, words,
    articles (how many quote them). A speaker counts when it is a named entity of the article quoting it (a
    description such as "officials" is no one speaker across articles); spellings that differ only in case or
    punctuation are one speaker, written the way most statements write it. Named entities that speak together
    ("Ryanair and easyJet said", `summary.joint_parts`) are each that speaker, as the article's own sentences count
    them: a joint statement is one of each one's statements, in each one's articles. A surname one article names
    alone is the one full name across the corpus ending in it (`surnames_across`)."""
    from .summary import joint_parts  # summary builds on this module

    rows = attributed(quotes)
    names = entities.groupby("article")["entity"].agg(lambda s: set(s.astype(str))).to_dict()
    parts = [joint_parts(s, names.get(a, set())) or [s] for a, s in zip(rows["article"], rows["speaker"])]
    rows = rows.assign(speaker=parts).explode("speaker")
    types = {(a, e): t for a, e, t in zip(entities["article"], entities["entity"], entities["entity_type"])}
    rows = rows.assign(
        entity_type=[types.get((a, s), "") for a, s in zip(rows["article"], rows["speaker"])],
    )
    rows = rows[rows["entity_type"] != ""]
    # "Starmer" of one article is "Keir Starmer" of another, and written so
    surnames = surnames_across(entities)
    full = {name_key(e): e for e in entities["entity"].astype(str) if name_key(e) in set(surnames.values())}
    keys = [surnames.get(k, k) for k in rows["speaker"].map(name_key)]
    rows = rows.assign(key=keys, speaker=[full.get(k, s) for k, s in zip(keys, rows["speaker"])])
    if rows.empty:
        return pd.DataFrame(columns=ACROSS_COLUMNS)
    written = rows.groupby("key")["speaker"].agg(lambda s: s.value_counts().index[0])
    data = rows.groupby("key").agg(
        entity_type=("entity_type", lambda s: s.mode().iloc[0]),
        statements=("speaker", "size"),
        direct=("kind", lambda s: int((s == "direct").sum())),
        words=("words", "sum"),
        articles=("article", "nunique"),
    )
    data["speaker"] = written.reindex(data.index)
    data["speaker_kind"] = data["entity_type"].map(speaker_kind)
    data = data.sort_values(["articles", "statements", "words", "speaker"], ascending=[False, False, False, True])
    return data[ACROSS_COLUMNS].head(n).reset_index(drop=True)


# ------------------------------------------------------------------------------------ names as the article writes them
# Words an organisation's name may stand before a person's full name as part of the person's title ("Senate Majority
# Leader John Thune", "White House press secretary Karoline Leavitt"): a title goes without "the", so such a use says
# nothing of how the article writes the name on its own.
TITLE_WORDS = 3
# Words before a name that neither write it bare nor with "the": another determiner or a possessive ("a Senate vote",
# "its Senate", "Norway's parliament").
OTHER_DETERMINER = re.compile(
    r"(?:\b(?:a|an|this|that|these|those|its|his|her|their|our|my|your|each|every|no|any)|['’]s)\s+$", re.IGNORECASE
)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "the" with one adjective between it and a name ("the paramilitary Rapid Support Forces", "the ruling ANC", "the
# Iran-backed Houthis"): the article writes the name with "the". The word must be one the lemmatizer knows as an
# adjective (`_adjectives`), with an adjective's ending (ADJECTIVE_ENDING) if it is a noun too ("the firm Ortiz &
# Lane" is a noun's "the"), or a compound in "-ed" ("Iran-backed", "state-run"); a noun there ("the journal Nature",
# "the carmaker Tesla", "the charity Oxfam") takes "the" for itself, and the name goes bare.
THE_WORD_BEFORE = re.compile(r"\bthe\s+([a-z][\w-]*)\s+$", re.IGNORECASE)
ADJECTIVE_ENDING = re.compile(r"(?:ary|al|ic|ing|ed|ese|ian|an|ist|ive|ous|ant|ent)$")
HYPHENED_PARTICIPLE = re.compile(r"^[\w]+-(?:\w+ed|run|led|held|born)$")


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """The English adjectives the model's lemmatizer knows (WordNet's): "paramilitary", "ruling", "embattled"."""
    return frozenset(lemma_index().get("adj", ()))


def _the_adjective_before(before: str) -> bool:
    """Whether the text before a name ends in "the" and one adjective (THE_WORD_BEFORE)."""
    found = THE_WORD_BEFORE.search(before)
    if not found:
        return False
    word = found.group(1).lower()
    if HYPHENED_PARTICIPLE.match(word):
        return True
    # a word that is a noun too ("firm", "rival") is read as the adjective only with an adjective's ending
    return word in _adjectives() and (word not in common_nouns() or bool(ADJECTIVE_ENDING.search(word)))


# Past tenses not in "-ed" that a body's name may be the subject of ("the Liberal Democrats took the seat", "the
# Greens won", "the council held"): common verbs of news, none of them a noun a name would qualify.
IRREGULAR_PAST = "took|won|lost|held|kept|gave|began|became|fell|rose|sold|bought|paid|spent|chose|sent|led|went|came"
# What may follow a name that ends its noun phrase after "the" ("The Senate passed", "the White House said", "the
# Senate, which", "the University of Tromsø and"): punctuation or the end, a function word, an auxiliary or reporting
# verb, or a past tense. Any other word may be the noun the name qualifies ("the Ashworth by-election", "the Kessel
# Valley dam"), where "the" belongs to that noun, not to the name. A word followed by an object pronoun is a verb
# whatever its tense ("if members and the Prudential Regulation Authority approve it"): no noun a name qualifies takes
# "it" or "them" after it. A determiner or a subject pronoun begins a new phrase, so it too ends the name's ("told the
# BBC the failure was unacceptable", "told the Senate she would resign"): neither is a noun a name could qualify.
# Words of when that may follow a name and start no noun it qualifies: "a study by the University of Lisbon last year
# found", "the Treasury yesterday said", "the BBC earlier reported", "in the Commons afterwards".
WHEN_WORDS = r"last|next|yesterday|today|tonight|earlier|later|afterwards?|recently|previously|already|then|once"
# Verbs of the present that take "to" and a verb ("the Treasury needs to find", "the BBC plans to cut"): no noun a
# name qualifies is followed so.
PRESENT_BEFORE_TO = (
    r"(?:needs|wants|plans|hopes|intends|expects|aims|seeks|wishes|continues|tries|refuses|declines|fails|appears"
    r"|seems|promises|threatens|vows|pledges|prepares|struggles)"
)
PHRASE_END = re.compile(
    r"\s*(?:$|[^\w\s]|(?:and|or|but|of|in|on|at|to|for|with|by|from|about|as|after|before|over|under|against|which|who|"
    r"that|has|have|had|is|was|were|are|will|would|could|can|should|may|might|must|did|does|said|says|told|announced|"
    r"the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|there|"
    rf"confirmed|agreed|warned|voted|also|still|now|itself|{IRREGULAR_PAST}|{WHEN_WORDS})(?![\w-])|\w+ed(?![\w-])"
    rf"|{PRESENT_BEFORE_TO}\s+to\s+[a-z]"
    r"|[a-z]+\s+(?:it|them|him|us|me)(?![\w'’-]))"
)


# A second name joined to the first by "and" or "or" and its own words, which may be the names of a noun the two share:
# "the Bradford and Huddersfield areas", "the Labour and Green parties".
JOINED_NAME = re.compile(r"\s+(?:and|or)\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*")


def _shared_noun(rest: str) -> bool:
    """Whether the text after a name written after "the" joins a second name to it and goes on to a noun the two
    share ("the Bradford and Huddersfield areas"): "the" is that noun's, not the first name's. A second name with
    its own "the" ("the University of Tromsø and the European Southern Observatory") or one that ends its phrase
    ("the Senate and House voted") shares none."""
    joined = JOINED_NAME.match(rest)
    return bool(joined) and not PHRASE_END.match(rest[joined.end() :])


def _title_after(rest: str) -> bool:
    """Whether the text right after a name is the rest of a person's title and their full name ("Majority Leader John
    Thune, R-S.D.", "press secretary Karoline Leavitt"), within TITLE_WORDS words and no punctuation."""
    return bool(re.match(rf"(?:\s+[\w-]+){{0,{TITLE_WORDS}}}?\s+[A-Z][\w'’.-]+\s+[A-Z][\w'’-]+", rest))


# A person named by a title "of" a place or body ("Princess of Wales", "Archbishop of Canterbury"), which an article
# writes after "the" as it does a body's name; a person's own name never takes "the".
TITLE_OF = re.compile(r"[A-Z][a-z]+\s+of\s+[A-Z]")


def definite_names(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> set[str]:
    """The names (not people's) the article itself writes after "the" in most of its uses in the body ("The White
    House said", "the Senate"), which a sentence about the article writes so too; a name written bare as often or more
    ("Congress", "Nordvik said") stays bare. The headline, which drops its articles, is not read; nor is a name used
    in a person's title ("Senate Majority Leader John Thune"), after another determiner ("a Senate vote") or inside a
    longer name; a name that begins with "The" has its own. The other forms the article gives the same body count
    with the name when they take "the" ("The RSF said" for the Rapid Support Forces, "the UN" for the United Nations;
    a short form written bare, "Nasa", "Cal Fire", says nothing of the full name's "the"; nor does the name's plural,
    "the Conservatives" for the adjective "Conservative", a noun of its own), and so does "the"
    with an adjective between (`_the_adjective_before`: "the paramilitary Rapid Support Forces"). A name right before a
    lower-case noun it qualifies ("RSF fighters", "Acme shares") is neither: such a noun takes no "the" of the
    name's."""
    if paragraphs is None or "text" not in paragraphs.columns or paragraphs.empty or entities.empty:
        return set()
    body = [str(t) for n, t in zip(paragraphs["paragraph"], paragraphs["text"]) if int(n) > 0]
    out = set()
    aliases = entities["aliases"] if "aliases" in entities.columns else entities["entity"]
    for name, kind, forms in zip(entities["entity"].astype(str), entities["entity_type"], aliases.fillna("")):
        if (kind == "PERSON" and not TITLE_OF.match(name)) or not name or name.lower().startswith("the "):
            continue
        the = bare = 0
        written = sorted({name, *(a for a in str(forms).split("|") if a and kind != "PERSON")}, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(w) for w in written) + r")(?![\w-])")
        for text in body:
            for found in pattern.finditer(text):
                before, rest = text[: found.start()], text[found.end() :]
                other_form = found.group(0) != name  # "the RSF": evidence for "the"; "Nasa", "Cal Fire": none
                if found.group(0).lower() in (f"{name.lower()}s", f"{name.lower()}es"):
                    continue  # "the Conservatives", "the Russians": "the" of the plural noun, not of the adjective
                if re.search(r"[A-Z][\w’'-]*\s+$", before) and not THE_BEFORE.search(before):
                    continue  # inside a longer name: "US Senate", "New York Times"
                if THE_BEFORE.search(before) or _the_adjective_before(before):
                    # "the Ashworth by-election", "the Bradford and Huddersfield areas": "the" is the noun's
                    the += bool(PHRASE_END.match(rest)) and not _shared_noun(rest)
                elif OTHER_DETERMINER.search(before) or _title_after(rest) or re.match(r"\s+[A-Z]", rest):
                    continue  # a title, another determiner, or the start of a longer name ("Apple Watch")
                elif re.match(r"\s+[a-z]", rest) and not PHRASE_END.match(rest):
                    continue  # a noun the name qualifies: "RSF fighters", "Acme shares"
                elif not other_form:  # a short form read as a word goes bare ("Nasa", "Ofsted") whatever the name
                    bare += 1
        if own_the(name, body):
            out.add(f"The {name}")  # "told The Sun": the paper's own capital, kept wherever a sentence writes it
        elif the > bare or (the == bare == 0 and INSTITUTION_OF.match(name)):
            out.add(name)
    return out


# A public body's name made of an institution's noun and "of", "for" or "on" what it serves ("Department for Work and
# Pensions", "Ministry of Defence", "Office for National Statistics", "Council of Europe"): English writes it after
# "the", so with no use of its own either way ("A Department for Work and Pensions spokesperson said") it takes "the".
# A bank or a company is not among the nouns: "Bank of America" goes bare.
INSTITUTION_OF = re.compile(
    r"(?:Department|Ministry|Office|Institute|University|Court|Council|Commission|Committee|Board|Agency|Federation"
    r"|Association|Society)\s+(?:of|for|on)\s+[A-Z]"
)


# "The" with its capital in the middle of a sentence, right before a name: part of the name itself ("told The Sun",
# "wrote in The Times", "belonged to The Lantern Keepers"), as a paper or a band writes it. Only after a lower-case
# word or a comma: a sentence's first word is capitalised whatever it is, also after a dateline's dash ("WASHINGTON
# (AP) — The House") or a live report's clock time ("16:32 The Met Office says").
OWN_THE = re.compile(r"(?<=[a-z,])\s+The\s+$")


def own_the(name: str, body: list[str]) -> bool:
    """Whether the article writes a name with its own capital "The" (OWN_THE) in most of its uses in the body, not
    at a sentence's start: "A source told The Sun" is the paper "The Sun", which a sentence about the article writes
    so too ("The Sun is named only as …", "of The Sun")."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
    found = [text[: m.start()] for text in body for m in pattern.finditer(text)]
    return bool(found) and 2 * sum(bool(OWN_THE.search(before)) for before in found) > len(found)


def as_written(name: str, definite: set[str] | frozenset[str], start: bool = False) -> str:
    """A name as a sentence writes it: 'the White House' for a name of `definite_names`, 'The White House' at the
    start of a sentence; a name the article writes with its own capital "The" (`own_the`, kept in `definite` as
    'The Sun') 'The Sun' wherever it stands; any other as it is."""
    if f"The {name}" in definite:
        return f"The {name}"
    if name not in definite:
        return name
    return f"{'The' if start else 'the'} {name}"


def definite_speakers(quotes: pd.DataFrame) -> set[str]:
    """The speakers the article gives as "the" and their name in most of their statements ("The White House said",
    "the Treasury said"): the same evidence as `definite_names`, from the attributions alone."""
    if quotes.empty or "speaker_text" not in quotes.columns:
        return set()
    rows = attributed(quotes)
    out = set()
    for speaker, texts in rows.groupby(rows["speaker"].astype(str))["speaker_text"]:
        written = [str(t).strip() for t in texts.dropna()]
        the = sum(t.lower() == f"the {speaker}".lower() for t in written)
        bare = sum(t.lower() == speaker.lower() for t in written)
        if speaker.split()[0].lower() != "the" and the > len(written) - the:
            out.add(speaker)
        elif the == bare == 0 and INSTITUTION_OF.match(speaker):  # "A Department for Work and Pensions spokesperson"
            out.add(speaker)
    return out


# ------------------------------------------------------------------ characters of a work under review
# The work a review is about, named with a determiner ("the play", "this film", "her novel", "the TV series"): only
# in an article that names one is "plays Agnes Trewin" a part and not a match ("Murray played Federer").
WORK = re.compile(
    r"(?:\b(?i:the|a|an|this|its|his|her|their|whose)|[A-Z][\w-]*['’]s)\s+(?:(?!(?:to|into|in|of|at|for|on|out)\b)[a-z][\w'’-]*\s+){0,2}?"
    r"(?P<work>play|film|movie|novel|musical|opera|sitcom|screenplay|(?:TV|television|drama|comedy|crime)\s+series)\b"
)
# A character's name: up to four capitalised words, never one opening with "The" (a title, "plays The Lighthouse").
CHARACTER_NAME = r"(?!The\b)[A-Z][\w'’-]+(?:\s+(?:de|van|von|le|la|[A-Z][\w'’-]+)){0,3}"
# Where the article writes a part: after "plays", "played", "portrays", "stars as", "cast as" (not "played by"),
# or "Marion Fell as Agnes"; before ", played by"; after "the narrator", "its heroine", "the title character".
CHARACTER_AFTER = re.compile(
    r"\b(?:plays|playing|played|portrays|portraying|portrayed|(?:stars|starring|starred|cast|casting)\s+as)\s+"
    rf"(?P<name>{CHARACTER_NAME})(?![\w'’-]|\s*['’]s\b)"
)
CHARACTER_AS = re.compile(rf"\b[A-Z][\w'’-]+\s+as\s+(?P<name>{CHARACTER_NAME})(?![\w'’-]|\s*['’]s\b)")
CHARACTER_BEFORE = re.compile(
    rf"(?P<name>{CHARACTER_NAME}),?\s+\(?(?:who\s+)?(?:is\s+|was\s+)?(?:played|portrayed)\s+(?:[a-z]+\s+){{0,4}}?by\b"
)
# A character with the actor who plays them in brackets right after: "Ruth's husband Dennis (Toby Jones)"; the
# bracketed name must be a person the entities table names (`characters`), not a party, a place or an age.
CHARACTER_CAST = re.compile(
    rf"(?<![\w'’-])(?P<name>{CHARACTER_NAME})\s+\((?P<actor>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}})\)"
)
CHARACTER_NOUN = re.compile(
    r"\b(?:protagonist|narrator|heroine|anti-?hero|(?:title|main|central|lead)\s+character)s?,?\s+"
    rf"(?P<name>{CHARACTER_NAME})(?![\w'’-])"
)

# The one a work of fiction is about, named right after the work and a verb of its plot: "The novel follows Bridget
# Doyle", "Kellow's new play centres on Edith Marr"; not after "film" or "movie", which may be a documentary about a
# real person the article quotes.
CHARACTER_PLOT = re.compile(
    r"(?:\b(?i:the|this|its|his|her|their)|[A-Z][\w-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?:novel|play|musical|opera|sitcom|novella|(?:TV|television|drama|comedy|crime)\s+series)\s+"
    r"(?:follows|followed|centres\s+on|centers\s+on|tells\s+the\s+story\s+of|revolves\s+around|is\s+about)\s+"
    rf"(?P<name>{CHARACTER_NAME})(?![\w'’-]|\s*['’]s\b)"
)
# Kin a sentence names with a pronoun after a character of the work: "The novel follows Bridget Doyle, a widow …, and
# her brother Michael, who never left" (the pronoun is the character's, named before it in the sentence).
PRONOUN_KIN = re.compile(
    r"\b(?:his|her|their)\s+(?:[a-z][\w-]*\s+)?(?:mother|father|brother|sister|daughter|son|wife|husband|friend|"
    rf"lover|grandmother|grandfather|aunt|uncle|cousin|boyfriend|girlfriend),?\s+(?P<name>{CHARACTER_NAME})(?![\w'’-])"
)


# A part the review names by what the character is, and gives the actor of: "the young inspector sent to remove her,
# played with nervous charm by Kwame Asante"; the words after the determiner may name the part later ("The
# inspector, Harris, arrives").
PART_PLAYED = re.compile(
    r"\b(?i:the|a|an)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)[^.;,:!?]{0,50},\s+"
    r"(?:played|portrayed)\s+(?:[a-z]+\s+){0,4}?by\s+[A-Z]"
)
PART_WORDS = frozenset("the a an of to in on at by for with and or who which that".split())


def _parts_named(text: str, nouns: set[str]) -> set[str]:
    """The names the article gives a part it named by what the character is (`PART_PLAYED`): "The inspector,
    Harris," after "the young inspector …, played by …"."""
    if not nouns:
        return set()
    noun = "|".join(sorted(map(re.escape, nouns)))
    named = re.compile(rf"\b(?i:the|its)\s+(?:{noun}),\s+(?P<name>{CHARACTER_NAME}),")
    return {m.group("name") for m in named.finditer(text)}


# A character's kin or friend, named after the character: "Wenna's mother, Loveday,"; "Agnes's estranged daughter,
# Rose".
CHARACTER_KIN = (
    r"['’]s?\s+(?:[a-z][\w-]*\s+)?(?:mother|father|brother|sister|daughter|son|wife|husband|friend|lover|"
    rf"grandmother|grandfather|aunt|uncle|cousin|boyfriend|girlfriend),\s+(?P<name>{CHARACTER_NAME}),"
)


# A character the review ties to another by what is between them, in the work: "Wenna's friendship with an older
# girl, Tamsin Rowe,"; "Ray's affair with Nadia Cole" (the other is one of its people too).
CHARACTER_TIE = (
    r"['’]s?\s+(?:[a-z][\w-]*\s+)?(?:friendship|romance|affair|rivalry|marriage|relationship|feud|bond|love\s+affair)"
    r"\s+with\s+(?:(?:a|an|the|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+)?"
    rf"(?P<name>{CHARACTER_NAME})(?![\w'’-])"
)


def work_noun(paragraphs: pd.DataFrame | None) -> str | None:
    """The kind of work a review is about, as the article names it most ("play", "film", "novel", "TV series"), or
    None when it names no such work (WORK)."""
    if paragraphs is None or paragraphs.empty or "text" not in paragraphs.columns:
        return None
    counts: dict[str, int] = {}
    for text in paragraphs["text"].astype(str):
        for m in WORK.finditer(text):
            work = re.sub(r"\s+", " ", m.group("work"))
            counts[work] = counts.get(work, 0) + 1
    return max(counts, key=lambda w: counts[w]) if counts else None


def characters(entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> dict[str, str]:
    """The characters of the work a review is about (`work_noun`), each name the article gives them (the full name
    and a given name or surname it uses alone) -> the character as the entities table names it: "She plays Agnes
    Trewin" -> {"Agnes Trewin": "Agnes Trewin", "Agnes": "Agnes Trewin"}; "Rose, played by Lily Marchetti", "Ruth,
    played with fierce restraint by Olivia Colman"; "Dennis (Toby Jones)"; "Fell as Agnes"; "its narrator, Tom Reed".
    A character speaks lines of the work, not to the article: no source, and no one kept silent. The actor ("played
    by Kwame Asante"), the director and the writer are never one of them; a name that is also a real person's in the
    article (an entity of a name it does not match) is left as it is. Empty without the paragraphs or in an article
    that names no work."""
    if work_noun(paragraphs) is None:
        return {}
    found: set[str] = set()
    texts = paragraphs["text"].astype(str).tolist()
    # the people who may be actors in brackets after a part ("Dennis (Toby Jones)")
    actors = set()
    if {"entity", "entity_type"} <= set(entities.columns):
        cast = entities[entities["entity_type"].astype(str) == "PERSON"]
        forms = cast["aliases"] if "aliases" in cast.columns else cast["entity"]
        actors = {
            a for e, f in zip(cast["entity"].astype(str), forms.fillna("").astype(str)) for a in {e, *f.split("|")}
        }
    for text in texts:
        for pattern in (CHARACTER_AFTER, CHARACTER_AS, CHARACTER_BEFORE, CHARACTER_NOUN, CHARACTER_PLOT):
            found |= {m.group("name") for m in pattern.finditer(text)}
        found |= {m.group("name") for m in CHARACTER_CAST.finditer(text) if m.group("actor") in actors}
    parts = {w for t in texts for m in PART_PLAYED.finditer(t) for w in m.group("words").split()} - PART_WORDS
    found |= {name for t in texts for name in _parts_named(t, parts)}
    if found:  # "Wenna's mother, Loveday,": kin of a character is one too
        called = found | {w for name in found for w in (name.split()[0], name.split()[-1])}
        alternatives = r"\b(?:" + "|".join(sorted(map(re.escape, called))) + ")"
        for tie in (CHARACTER_KIN, CHARACTER_TIE):
            found |= {m.group("name") for t in texts for m in re.finditer(alternatives + tie, t)}
        for text in texts:  # "… follows Bridget Doyle, a widow …, and her brother Michael": in one sentence
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                first = re.search(alternatives + r"(?![\w'’-])", sentence)
                if first:
                    found |= {m.group("name") for m in PRONOUN_KIN.finditer(sentence, first.end())}
    names = [str(e) for e in entities["entity"]] if "entity" in entities.columns else []
    out: dict[str, str] = {}
    for name in found:
        # the entity the name is, or whose given name or surname it is ("Agnes" of "Agnes Trewin")
        whole = [e for e in names if e == name or e.split()[0] == name or e.split()[-1] == name]
        entity = name if name in names else whole[0] if len(whole) == 1 else None
        if entity is None and not names:
            entity = name
        if entity is None:
            continue
        out[entity] = entity
        out[name] = entity
    people = [e for e in names if e not in out.values()]
    for entity in set(out.values()):
        for part in {entity.split()[0], entity.split()[-1]}:
            # a given name or surname another named person shares says nothing of who it is; the name alone, taken
            # for an entity of its own ("Wenna" of "Wenna Pascoe"), is the character
            if part not in out and not any(part in p.split() and p != part for p in people):
                out[part] = entity
    return out


def character_lines(quotes: pd.DataFrame, entities: pd.DataFrame, paragraphs: pd.DataFrame | None) -> pd.Series:
    """For each row of the quotes table, the character of the work under review who speaks it (`characters`:
    "“The sea does not read your letters,” Agnes says" -> "Agnes Trewin"), or "" for a statement by anyone else."""
    if quotes.empty:
        return pd.Series("", index=quotes.index, dtype=object)
    cast = characters(entities, paragraphs)
    spoken = quotes["speaker"].map(lambda s: cast.get(str(s).strip(), "") if isinstance(s, str) else "").astype(object)
    if not cast or paragraphs is None or "speaker_text" not in quotes.columns:
        return spoken
    # "Its narrator, Wenna Pascoe, is fifteen. “I was never the clever one,” she tells us": a pronoun whose
    # paragraph, up to the line, names a character of the work and no one else is that character, whoever the
    # quotes table gave it to (the writer named a paragraph before)
    texts = dict(zip(paragraphs["paragraph"], paragraphs["text"].astype(str), strict=False))
    people = [str(e) for e in entities["entity"]] if "entity" in entities.columns else []
    if "entity_type" in entities.columns:
        people = [e for e, t in zip(people, entities["entity_type"].astype(str), strict=False) if t == "PERSON"]
    others = [p for p in people if p not in cast.values()]
    for i, row in quotes.iterrows():
        if spoken[i] or str(row.get("speaker_text", "")).strip().lower() not in PRONOUN_SPEAKERS:
            continue
        if row.get("speaker_paragraph", row["paragraph"]) != row["paragraph"]:
            continue
        start = row.get("start_char")
        if start is None or pd.isna(start):
            continue
        before = texts.get(row["paragraph"], "")[: int(start)]
        named = [c for c in cast if re.search(rf"(?<![\w’'-]){re.escape(c)}(?![\w-])", before)]
        if len({cast[c] for c in named}) == 1 and not any(
            re.search(rf"(?<![\w’'-]){re.escape(part)}(?![\w-])", before) for p in others for part in p.split()
        ):
            spoken[i] = cast[named[0]]
    return spoken


PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "him", "her"})


def lines_words(spoken: pd.Series, work: str | None, more: bool = True, words: int | None = None) -> str:
    """Lines of a work its characters speak, in words, from `character_lines` ("" for a statement): '3 more lines of
    the play, spoken by its character Agnes Trewin'; '4 more lines of the film, spoken by its characters Ray and
    June' (who speaks most first); with their `words` counted after the work ('3 lines of the play (25 words), spoken
    by …'); an empty string when there are none."""
    said = spoken[spoken != ""]
    if said.empty:
        return ""
    counts = said.value_counts(sort=False)
    counts = counts.sort_values(ascending=False, kind="stable")
    n = int(counts.sum())
    lines = f"{n} {'more ' if more else ''}{'line' if n == 1 else 'lines'}"
    if len(counts) == 1:
        who = f"its character {counts.index[0]}"
    else:
        # no count after each name: the words are said inside a parenthesis of their own ("(…; 5 more lines …)")
        listed = [str(c) for c in counts.index]
        who = "its characters " + (", ".join(listed[:-1]) + " and " + listed[-1])
    counted = f" ({count_words_of(words)})" if words is not None else ""
    return f"{lines} of the {work or 'work'}{counted}, spoken by {who}"


def count_words_of(n: int) -> str:
    """'1 word', '25 words'."""
    return f"{n} {'word' if n == 1 else 'words'}"


# ------------------------------------------------------------------------------------------------ right of reply
# What a body the article asked for its side did, as the article tells it, and how the summary says it: a body
# that "declined to comment" was asked and chose not to speak, which is no source the article left unheard.
DECLINED, NO_REPLY, UNREACHED, ASKED = (
    "declined to comment",
    "did not respond to a request for comment",
    "could not be reached for comment",
    "was asked for comment",
)
# the order in which one body's several accounts are told: the surest of what it did first
REPLY_ORDER = (DECLINED, NO_REPLY, UNREACHED, ASKED)
# Adverbs and auxiliaries between a subject and its refusal ("has so far declined", "also refused").
REPLY_ADVERBS = r"(?:(?:has|have|had|also|so\s+far|repeatedly|previously|both|all|again|immediately|yet)\s+)*"
# What is refused: to speak about the story, never anything else ("refused to pay", "declined to renew" are deeds).
COMMENT_VERBS = (
    r"(?:comment|respond|reply|elaborate|be\s+interviewed|speak\s+to\s+(?:the\s+)?\w+"
    r"|(?:make|give|provide|offer)\s+(?:an?\s+|any\s+)?(?:further\s+|immediate\s+|official\s+)?(?:comment|statement))"
)
# The objects of a reply not given ("did not respond to a request for comment", "did not return calls").
APPROACH_NOUNS = (
    r"(?:requests?|calls?|e-?mails?|messages?|inquiry|inquiries|enquiry|enquiries|questions?|approach(?:es)?"
    r"|phone\s+calls?|voicemails?)"
)
APPROACH_OBJECT = (
    r"(?:(?:an?|the|our|its|their|his|her|repeated|several|multiple|two|three|written|further|emailed|phone)\s+)*"
    r"(?:[a-z]+\s+)?" + APPROACH_NOUNS
)
REPLY_FORMS = {
    DECLINED: (
        r"(?:declined|declines|refused|refuses|did\s+not\s+wish|did\s+not\s+want|was\s+unwilling|were\s+unwilling)"
        rf"\s+to\s+{COMMENT_VERBS}\b"
        r"|(?:would|will|did|could)\s+not\s+comment\b|(?:would|will|did|could)n['’]t\s+comment\b"
    ),
    NO_REPLY: (
        r"(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|hadn['’]t|failed\s+to)\s+"
        r"(?:yet\s+|immediately\s+|so\s+far\s+)?"
        rf"(?:(?:respond|reply)(?:ed)?\s+(?:(?:immediately\s+)?to\s+{APPROACH_OBJECT}\b"
        r"|by\s+(?:the\s+time\s+of\s+)?(?:publication|press\s+time|deadline)|(?=\s*[.;]))"
        rf"|(?:responded|replied)\s+(?:(?:immediately\s+)?to\s+{APPROACH_OBJECT}\b|(?=\s*[.;]))"
        rf"|return(?:ed)?\s+{APPROACH_OBJECT}\b)"
    ),
    UNREACHED: (
        r"(?:could\s+not|couldn['’]t|cannot|can['’]t)\s+(?:immediately\s+)?be\s+(?:reached|contacted)\b"
        r"|(?:was|were|is|are)\s+(?:not\s+(?:immediately\s+)?|un)available\s+for\s+(?:immediate\s+)?comment\b"
    ),
    ASKED: (
        r"(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:contacted|approached|asked)"
        r"(?:\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?\s+for\s+(?:(?:an?|its|their|his|her)\s+)?"
        r"(?:comment|response|reaction)\b"
    ),
}
REPLY_VERB = re.compile(
    "|".join(rf"(?P<{k}>(?<![\w'’-]){REPLY_ADVERBS}(?:{v}))" for k, v in zip("dnua", REPLY_FORMS.values())),
    re.IGNORECASE,
)
REPLY_KIND = dict(zip("dnua", REPLY_FORMS))
# The active form of the article's own approach ("The BBC has contacted Novo Nordisk for comment", "We have asked the
# company for a response"): the object is the body asked.
ASKED_ACTIVE = re.compile(
    r"\b(?:contacted|approached|asked)\s+(?P<body>[^,;.]{2,80}?)\s+for\s+(?:(?:an?|its|their|his|her)\s+)?"
    r"(?:comment|response|reaction)\b"
)
# Where the clause of a refusal opens: the sentence's start, a semicolon or colon, or a joined clause.
CLAUSE_OPENING = re.compile(
    r"(?:^|[.!?;:]\s+|,\s+(?:and|but|while|although|though|whereas)\s+|\s+(?:but|while|whereas)\s+)"
)
# One who speaks for a body ("a spokesperson for X", "X's lawyers"): the body is who declined.
VOICE_WORDS = (
    r"(?:spokes(?:person|man|woman|people|men|women)|representatives?|lawyers?|solicitors?|barristers?|attorneys?"
    r"|press\s+office(?:r)?|agent|publicist|aides?|advisers?|officials?|legal\s+team|team)"
)
VOICE_FOR = re.compile(
    rf"^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo)\s+)?(?:[a-z-]+\s+){{0,2}}?{VOICE_WORDS}\s+(?:for|of|at|from|representing)\s+"
    r"(?P<body>.+)$"
)
VOICE_OF = re.compile(
    rf"^(?P<body>.+?)['’]s?\s+(?:[a-z-]+\s+){{0,2}}?{VOICE_WORDS}$"
    rf"|^(?P<own>[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){{0,2}}?{VOICE_WORDS}$"
)
# A time written between the subject and its verb ("Acme on Tuesday declined").
TIME_AFTER = re.compile(r"\s+(?:on|last|this|late|early)\s+\w+$|\s+(?:yesterday|today|tonight|earlier|later)$")
PRONOUN_BODY = {"it": ("ORG", None), "its": ("ORG", None), "he": ("PERSON", "m"), "his": ("PERSON", "m")}
PRONOUN_BODY |= {"she": ("PERSON", "f"), "her": ("PERSON", "f")}


def _refusal_subject(before: str) -> str:
    """The subject of the clause that ends `before` (the text before a refusal's verb): from the clause's opening,
    without an appositive or relative clause set off by commas ("Novo Nordisk, which makes semaglutide,") or a time
    ("on Tuesday")."""
    text = before.rstrip()
    while text.endswith(","):  # ", which makes semaglutide," / ", however,"
        cut = text[:-1].rfind(",")
        if cut < 0:
            break
        text = text[:cut].rstrip()
    text = TIME_AFTER.sub("", text)
    opening = [m.end() for m in CLAUSE_OPENING.finditer(text)]
    return text[opening[-1] if opening else 0 :].strip()


def _reply_body(subject: str, names: dict[str, str], resolve) -> str | None:
    """The entity a refusal's subject names (`names`: every form the article writes -> its entity), speaks for
    ("a spokesperson for Novo Nordisk", "Acme's lawyers") or stands for ("it", "the company", resolved by
    `resolve(words)`); None when the subject is anything else ("The contract", "Shares in Acme")."""
    voice = VOICE_FOR.match(subject) or VOICE_OF.match(subject)
    body = subject
    if voice:  # "its spokesman": the owner a pronoun, resolved as one
        body = (voice.groupdict().get("own") or "").lower() or voice.group("body").strip()
    bare = re.sub(r"^(?:the|The)\s+", "", body)
    if bare in names:
        return names[bare]
    if body in names:
        return names[body]
    return resolve(body)


def reply_refusals(
    entities: pd.DataFrame,
    quotes: pd.DataFrame,
    paragraphs: pd.DataFrame | None,
    mentions: pd.DataFrame | None = None,
) -> dict[str, str]:
    """entity -> what it did when asked for its side, as the article tells it (REPLY_ORDER: "declined to comment",
    "did not respond to a request for comment", "could not be reached for comment", "was asked for comment"), for
    each person or organisation that is the subject of such words ("Novo Nordisk, which makes semaglutide, declined
    to comment"), speaks through their subject ("A spokesperson for the club declined to comment") or is what a
    pronoun or a description there stands for ("It did not respond to requests for comment", resolved as the quotes
    table resolves a speaker, `quotes.SpeakerResolver`). "refused to pay", "declined to renew the contract" and
    "shares declined 3%" are no such words. Whether the body is also heard elsewhere is for the caller to weigh."""
    if paragraphs is None or "text" not in paragraphs.columns or entities.empty:
        return {}
    bodies = entities[entities["entity_type"].isin(HEARD_TYPES)]
    forms = bodies["aliases"] if "aliases" in bodies.columns else bodies["entity"]
    names: dict[str, str] = {}
    for entity, aliases in zip(bodies["entity"].astype(str), forms.fillna("")):
        for a in {entity, *(a for a in str(aliases).split("|") if a)}:
            names.setdefault(re.sub(r"^(?:the|The)\s+", "", a), entity)
    numbers = paragraphs["paragraph"].astype(int).tolist() if "paragraph" in paragraphs.columns else []
    texts = paragraphs["text"].fillna("").astype(str).tolist()
    numbers = numbers or list(range(len(texts)))
    found = [
        (i, m.start(), m.lastgroup, m.string[: m.start()])
        for i, text in enumerate(texts)
        for m in REPLY_VERB.finditer(text)
    ]
    active = [
        (i, m.start("body"), m.group("body")) for i, text in enumerate(texts) for m in ASKED_ACTIVE.finditer(text)
    ]
    if not found and not active:
        return {}
    made: list = []  # the resolver, built (and the paragraphs parsed) only when a pronoun or a description is met

    def resolver():
        if not made:
            made.append(_reply_resolver(texts, numbers, entities, mentions))
        return made[0]

    out: dict[str, set[str]] = {}
    for i, start, key, before in found:
        body = _reply_body(_refusal_subject(before), names, partial(_stands_for, resolver, i, start))
        if body is not None:
            out.setdefault(body, set()).add(REPLY_KIND[key])
    for i, start, words in active:
        body = _reply_body(words.strip(), names, partial(_stands_for, resolver, i, start))
        if body is not None:
            out.setdefault(body, set()).add(ASKED)
    return {body: next(k for k in REPLY_ORDER if k in kinds) for body, kinds in out.items()}


def _reply_resolver(texts: list[str], numbers: list[int], entities: pd.DataFrame, mentions: pd.DataFrame | None):
    """The quotes table's speaker resolver over the paragraphs, with the mentions table (or, without it, each place
    an entity's name is written)."""
    from .nlp import parse
    from .quotes import SpeakerResolver, quote_spans

    if mentions is None or not len(mentions) or "start_char" not in mentions.columns:
        bodies = entities[entities["entity_type"].isin(HEARD_TYPES)]
        forms = bodies["aliases"] if "aliases" in bodies.columns else bodies["entity"]
        rows = []
        for entity, kind, aliases in zip(bodies["entity"].astype(str), bodies["entity_type"], forms.fillna("")):
            written = sorted({entity, *(a for a in str(aliases).split("|") if a)}, key=len, reverse=True)
            for number, _, start, name in _written_names(written, list(zip(numbers, texts))):
                rows.append((number, start, start + len(name), kind, entity))
        mentions = pd.DataFrame(rows, columns=["paragraph", "start_char", "end_char", "entity_type", "entity"])
    spans = [quote_spans(t) for t in texts]
    return SpeakerResolver(parse(texts), texts, numbers, spans, mentions)


# The descriptions of a body a refusal's subject may be ("the company", "the club"), each a kind the resolver knows.
DESCRIBED_BODY = re.compile(r"^(?:the|The)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)$")


def _stands_for(resolver, para: int, start: int, words: str) -> str | None:
    """Whom a pronoun ("it", "she") or a description ("the company") before a refusal stands for: the last mention
    before it of a body of that kind, or a person of that gender, as the quotes table's resolver (`resolver()`)
    resolves a speaker."""
    from .quotes import ORG_KINDS

    if words.lower() in PRONOUN_BODY:
        kind, gender = PRONOUN_BODY[words.lower()]
        return resolver()._last_before(para, start, (kind,), gender=gender)
    m = DESCRIBED_BODY.match(words)
    if m and m.group("noun") in ORG_KINDS:
        found = resolver()._last_mention(para, start, ("ORG",), kind=m.group("noun"))
        if found is not None and _unnamed_since(resolver(), found, para, start, words, m.group("noun")):
            return None
        return found[4] if found is not None else None
    return None


def _unnamed_since(resolver, mention, para: int, start: int, words: str, noun: str) -> bool:
    """Whether the article writes the noun of a description (`words`, written before `start`), in lower case and
    inside no name, between the body `mention` and the description, in its paragraph or the one before: the
    description stands for what that noun told of ("Prosecutors in the office of U.S. Attorney Damian Williams had
    argued … A spokesman for the office declined to comment" is that office, not a firm named paragraphs before)."""
    plain = re.compile(rf"\b{re.escape(noun)}\b")
    for p in range(max(mention[0], para - 1), para + 1):
        text = resolver.texts[p]
        end = len(text)
        if p == para:
            end = text.rfind(words, 0, start)
            end = start if end < 0 else end
        names = [(m[1], m[2]) for m in resolver.mentions if m[0] == p]
        for hit in plain.finditer(text, 0, end):
            if (p, hit.start()) > (mention[0], mention[1]) and not any(a <= hit.start() < b for a, b in names):
                return True
    return False
