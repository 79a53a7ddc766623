"""Who said what: every quotation and reported statement of an article, with its speaker, cue and tone.

From the parsed paragraphs (one spaCy Doc each) and the entity mentions, rules find each attribution:

1. quotations: every passage in quotation marks, curly or straight (mixed in one quotation too), doubled
   apostrophes (''…'', as some archives print them), guillemets, or (in an article that quotes with them) single
   marks; a quote inside a quote stays part of the outer one; a quotation left open at the end of a paragraph and
   opened again at the start of the next runs on (news style for a long quotation);
2. cues: a verb of saying, thinking or stance of the lexicon below with a clausal complement ("X said that …",
   "…, he said", "X told Y …"), an object ("denied the report", "backed the plan"), an infinitive ("vowed to
   fight") or a phrase ("called for a recount"); "according to X" before or after what X said; in the headline,
   also a person or organisation before a colon ("Mayor Ortiz: …");
3. what was said: the complement clause (with "that", to the end of its own clause and the clauses the parse split
   it into, not to the reporter's next clause or quotation), widened to the whole quotation it sits in, without the
   reporter's connective opening it ("At the same time, …") or gloss after a quotation (", which refers to …"); a
   quotation without its own cue belongs to a cue of its sentence that has none ("“…,” he said, pointing to …
   “…”" is one quote; so is "“A,” Lee said, “b …”" and "“A?” Lee asked. “B.”"), else to "X said." in the sentence
   just before or after (a quotation right after "said," however short), else to the clause a colon ends ("Lane
   resisted: “…”", in the paragraph or the one before), else to a verb of saying and speaker read from the words
   after a quotation that opens a sentence, whatever the parse made of them ("“…,” the editorial read."), else (a
   paragraph that is only a quotation) to the speaker of the attribution just before, in the same or the
   previous paragraph; a title quoted in the cue clause between two of the speaker's quotations ("“A,” she said on
   the BBC's “Morning Desk.” “B.”") is the reporter's, not part of what was said;
4. who said it: the cue's subject (or the object of "according to", the agent of a passive, the noun a participle
   describes, the name between a quotation and its cue or right after it: "“…,” said Larry Noble"; for a cue of a
   quotation the parse left without one, the subject of the verb that governs it); never a word of
   the quotation nor a dateline. A quotation before its cue belongs to the nearest verb of saying with a subject
   of its own ("“…,” Mensah said, after Cole said …"), and of the clauses the parse hung on a cue before it, to the
   one right before it; a cue joined to a passive speaks with the passive's subject ("Okafor was replaced by X
   and joked"); the words of a clause that describes the speaker lead to that speaker ("an official who spoke
   anonymously to discuss the talks said", "Mr. Hale, asked about the fees, had said"); a headline's name before
   a colon and a quotation is its speaker even when the recogniser missed it ("Okafor: ‘…’"), as is the name after
   its last dash ("Lions lose – the head coach Sanna Leinonen: “…”"); a participle the parse hung on the quotation,
   or one opening a sentence ("Adding, “…”"), speaks with the clause before it. A pronoun or
   description is resolved to the last person (he, she) or
   organisation (it, "the agency", "the influential US daily"; not one whose name says it is of another kind than
   the description: "the charity" is no "Crown Court", "the government" no "Government Palace"; "the official" the
   unnamed official just described, if no one was named since) named before it outside quotations, he and she
   skipping people the article shows to be of the other gender (a title, a gendered word next to the name, the
   pronouns used after a sentence naming only them) and a name inside what the person last heard was said to say
   (the speaker goes on); "they" to a group just heard ("union members said …"), else
   to the last organisation; "who" to the name it describes.

Table (offsets in the paragraph's text; `text[start_char:end_char]` is the span): see QUOTE_COLUMNS and the
docs/data-dictionary.md.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING

import pandas as pd

from .article import dash_speech, dateline_end
from .entities import (
    AGENT_ENDINGS,
    CIVILIAN_HONORIFICS,
    DEMONYM_ENDING,
    GENDERED_HONORIFICS,
    KIN_WORDS,
    NAME_TITLES,
    OFFICE_TITLES,
    PEERAGE_TITLES,
    PHRASE_INNER_WORDS,
    PHRASE_MARK_WORDS,
    TRADE_NAME_WORDS,
    is_sport_report,
)
from .given_names import given_name_lean, given_name_reading, lone_given_name_reading
from .nlp import NAMES_KEY, dash_between_spaces, doc_text
from .timex.extract import AFTER_CLOCK_ENTRY, CLOCK_ENTRY, ENTRY_AFTER_DATE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The column of mentions.csv that holds an entity's type, and the one that holds its canonical name.
ENTITY_TYPE_COLUMN = "entity_type"
ENTITY_COLUMN = "entity"

QUOTE_COLUMNS = [
    "paragraph",
    "end_paragraph",
    "start_char",
    "end_char",
    "text",
    "kind",
    "cue",
    "speaker",
    "speaker_text",
    "speaker_paragraph",
    "speaker_start",
    "speaker_end",
    "tone",
]


def tone(text: str) -> str:
    """The tone of what was said: the project's sentiment label of a text (negative / neutral / positive)."""
    from .sentiment import text_tone

    return text_tone(text)


# Verbs of a stance whose object is all that is reported: what was said is that stance, whatever the object's own
# words ("welcomed the cut" is praise; "condemned the decision" is blame).
STANCE_TONES = {
    **dict.fromkeys(
        "welcome praise hail applaud commend thank endorse back support celebrate laud".split(), "positive"
    ),
    **dict.fromkeys(
        "condemn criticise criticize denounce decry slam blast assail deplore lament mock reject oppose".split(),
        "negative",
    ),
}


def stance_tone(found: Found) -> str | None:
    """The tone of a statement reported only as the object of a verb of stance ("Reeves welcomed the cut"):
    that verb's (STANCE_TONES); None for any other statement, or when the verb is negated."""
    verb = found.cue_token
    if verb is None or _lemma(verb) not in STANCE_TONES or _negated(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return None
    obj = objects[0]
    if obj.left_edge.idx < found.start or obj.right_edge.idx >= found.end:
        return None
    return STANCE_TONES[_lemma(verb)]


# ---------------------------------------------------------------------------------------------------------------
# Quotation marks.
# ---------------------------------------------------------------------------------------------------------------
# Opening mark -> the marks that close it. Typists and editing software mix straight and curly marks in one
# quotation ("…” or “…", even “…“), so any mark of the same weight in a closing place closes it.
DOUBLE_OPEN = {"“": '”"“', "„": '“”"', "«": "»", "»": "«»", '"': '"”'}
SINGLE_OPEN = {"‘": "’'", "‚": "‘’'", "'": "'’", "‹": "›"}
# A mark that opens a quotation closed by the same mark, as Finnish and Swedish write them ("”Tämä on”"; their
# "»…»" is in DOUBLE_OPEN), when it stands where a quotation opens (after a space or at the start, before a word).
SAME_MARK_OPENERS = {"”": "”"}
# Every mark that can close a quotation (see DOUBLE_OPEN and SINGLE_OPEN): a mistyped “ closes one too
# ("“Apparently not,“ he said").
CLOSING_MARKS = "”“’‘\"'"
# Characters around a straight quote or a single closing mark that say it opens or closes a quotation.
OPEN_BEFORE = " \t\n([{—–-/"
CLOSE_AFTER = " \t\n.,;:!?)]}—–-/…"


# Two apostrophes or two backticks stand for a double mark in some archives and wire copy (''…'', ``…'').
DOUBLED = ("''", "``")


def _role(text: str, i: int, width: int = 1) -> str:
    """Whether the mark at text[i:i + width] can open ('open'), close ('close') or either, by its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    # a curly opening mark set straight after a comma or colon still opens ('Ryan said,“Look, …')
    unspaced_opening = text[i] in "“‘" and before in ",:;"
    opens = (before in OPEN_BEFORE or before in "“\"‘'" or unspaced_opening) and not after.isspace()
    # a mark after a sentence's punctuation closes a quotation even when the next word follows it unspaced
    # ('…audiences,"Katie Packer said')
    closes = not before.isspace() and (after in CLOSE_AFTER or after in "”\"’'" or before in ",.!?…")
    # a space set between a nested quotation's closing mark and the outer one's ('… like, ‘Oh, no,’ ” she said')
    spaced = before == " " and i >= 2 and text[i - 2] in "'’\"”" and text[i - 2] != text[i] and after in CLOSE_AFTER
    closes = closes or (spaced and i >= 3 and not text[i - 3].isspace())
    # a stray space before a closing mark after the quotation's comma ("… coalitions, '' said Mr. Dunn")
    closes = closes or (before == " " and i >= 2 and text[i - 2] in ",!?" and after.isspace())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either" if opens or closes else "none"


MARK_PATTERN = re.compile("''|``|[\"“”„«»‘’‚'‹›]")


def _marks(text: str, single: bool):
    """(offset, width, mark) of each quotation mark candidate of `text`; a doubled apostrophe or backtick is one
    double mark (read as a straight one, or as “ for backticks)."""
    for m in MARK_PATTERN.finditer(text):
        pair = m.group()
        if len(pair) == 1:
            yield m.start(), 1, pair
        elif single:  # two single marks
            yield m.start(), 1, pair[0]
            yield m.start() + 1, 1, pair[1]
        else:
            yield m.start(), 2, '"' if pair == "''" else "“"


SINGLE_OPENING = re.compile(r"(?:^|[.!?]\s+)[‘']\S")
# A single mark after a comma or colon, on a capital: a quotation its cue introduces ("told Sky Sports, 'We were
# poor'", "said: ‘It is over’").
SINGLE_OPENING_AFTER_CUE = re.compile(r"[,:]\s+([‘'])[A-Z]")


def _single_quotation_after_cue(text: str) -> bool:
    """Whether a paragraph has a quotation in single marks that a comma or colon introduces and that closes in the
    paragraph (not a clipped word: "fans sang, 'Arry's boys"; an apostrophe inside a word is never a mark), and is
    speech: it ends on its own punctuation or closes the sentence (not a title set off by commas: "her new single,
    'Golden Hour', was released")."""
    starts = {m.start(1) for m in SINGLE_OPENING_AFTER_CUE.finditer(text)}
    if not starts:
        return False
    for a, b, done in quote_spans(text, True):
        inner = text[a + 1 : b - 1].strip()
        closes_sentence = re.match(r"[.!?…]?(?:\s+[A-Z“\"‘']|\s*$)", text[b:]) is not None
        if done and a in starts and (inner[-1:] in ".,!?…" or closes_sentence):
            return True
    return False


def _quotes_with_single_marks(text: str) -> bool:
    """Whether a paragraph quotes with single marks though its article does not: a sentence opens on a single mark,
    or a comma or colon introduces a closed single quotation, there is no double mark, and the quotation is not the
    whole paragraph (a subheading set in single marks)."""
    if SINGLE_OPENING.search(text) is None and not _single_quotation_after_cue(text):
        return False
    if not uses_single_quotes(text):
        return False
    return all(_trim(text, 0, len(text)) != (a, b) for a, b, _ in quote_spans(text, True))


def uses_single_quotes(text: str) -> bool:
    """Whether a text quotes with single marks (British style): it has a single opening mark that opens a
    quotation, and double marks, if any, only inside single quotations, paragraph by paragraph (‘I never thought I
    would say, “Stay at home on Fridays.”’)."""
    if any(pair in text for pair in DOUBLED) or any(m in text for m in "„«»"):
        return False
    if not any(_role(text, m.start()) == "open" for m in re.finditer("[‘']", text)):
        return False
    for paragraph in text.split("\n"):
        doubles = [m.start() for m in re.finditer('[“"]', paragraph) if _role(paragraph, m.start()) == "open"]
        if doubles and not all(any(a < d < b for a, b, _ in quote_spans(paragraph, True)) for d in doubles):
            return False
    return True


def quote_spans(text: str, single: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation in `text`, marks included; `closed` is False for one left open at
    the end. With `single`, ‘…’ and '…' are the quotation marks (and double marks nest inside), else “…”, "…"
    and ''…'' (single marks nest inside). An apostrophe (a letter on both sides) is never a mark. A paragraph of
    dashed direct speech is one quotation (`dash_speech`)."""
    if (dashed := dash_speech(text)) is not None:
        return [dashed]
    openers = SINGLE_OPEN if single else DOUBLE_OPEN
    marks = set(openers) | {c for closers in openers.values() for c in closers}
    spans: list[tuple[int, int, bool]] = []
    start, closers = None, ""
    inner = 0  # curly quotations opened inside one opened by a straight mark ("… isn’t about “Equal Justice” …)
    singles = 0  # single quotations opened inside a double one
    for i, width, ch in _marks(text, single):
        role = "none" if ch not in marks and (single or start is None) else _role(text, i, width)
        if ch not in marks and role != "none":
            if ch in "‘'" and role != "close":
                singles += 1
            elif ch in "’'" and singles:
                singles -= 1
            elif ch == "’" and _mistyped_closing(text, i):
                spans.append((start, i + width, True))  # “Let’s go. We can do this.’ Schumer was …
                start = None
            continue
        if role == "none":
            continue
        if start is None:
            inner = singles = 0
            if ch in openers and role != "close":
                start, closers = i, openers[ch]
            elif ch in SAME_MARK_OPENERS and role == "open" and not single:
                start, closers = i, SAME_MARK_OPENERS[ch]  # Finnish and Swedish "”…”" and "»…»"
        elif not single and text[start] == '"' and ch == "“" and role == "open":
            inner += 1
        elif inner and ch == "”" and role != "open":
            inner -= 1  # closes the curly quotation inside, not the straight one around it
        elif ch in closers and role != "open":
            spans.append((start, i + width, True))
            start = None
    if start is not None:
        spans.append((start, len(text), False))
    if not single and (nested := _nested_curly_spans(text)) is not None:
        return sorted([q for q in spans if not any(a <= q[0] < b for a, b, _ in nested)] + nested)
    return spans


def _mistyped_closing(text: str, i: int) -> bool:
    """Whether a single closing mark inside a double quotation that opened no single one closes the double one,
    mistyped: it follows the end of a sentence and the reporter's next sentence follows it (“Let’s go. We can do
    this.’ Schumer was in the room …), where an apostrophe never stands."""
    return i > 0 and text[i - 1] in ".!?" and re.match(r"(?:\s+[A-Z]|\s*$)", text[i + 1 :]) is not None


def _nested_curly_spans(text: str) -> list[tuple[int, int, bool]] | None:
    """The curly quotations of a paragraph that nests a quotation in the same curly marks as the one around it (“We
    must act even when “our team” is at fault,” she wrote): read with nesting, when that reading closes every mark
    it opens and the flat one leaves a closing mark over (“… “our team” … fault,”); else None."""
    if "“" not in text or "”" not in text:
        return None
    spans: list[tuple[int, int, bool]] = []
    depth, start, nested, flat_open, flat_stray = 0, 0, False, False, False
    for i, width, ch in _marks(text, False):
        if ch not in "“”":
            continue
        role = _role(text, i, width)
        if ch == "“" and role != "close":
            nested = nested or depth > 0
            start = i if depth == 0 else start
            depth += 1
            flat_open = True
        elif ch == "”" and role != "open":
            if depth == 0:
                return None
            depth -= 1
            if depth == 0:
                spans.append((start, i + width, True))
            flat_stray = flat_stray or not flat_open
            flat_open = False
    return spans if nested and depth == 0 and flat_stray else None


# ---------------------------------------------------------------------------------------------------------------
# Cues.
# ---------------------------------------------------------------------------------------------------------------
# Cue verbs by lemma, with the relation that leads from the verb to what was said. Every English verb of saying,
# writing, asking or thinking takes a clause ("said that …", "…, he said"); verbs of stance, intention or calling
# take an object, a phrase or an infinitive ("denied the report", "backed the plan", "vowed to fight", "called for
# a recount"). News annotated for attribution counts beliefs, wishes, plans and stances among what a source says
# (PolNeAR marks "he thinks", "wants to", "endorsed X"). The object, phrase and infinitive cues are the verbs that,
# on its training part, marked an attribution with the right source in at least 35% of their uses with that
# relation (ten uses or more): below half of the F1 score a rule set reaches, a cue costs more than it brings.
CLAUSE_VERBS = frozenset(
    """
    say tell add state claim announce declare explain note write report tweet post insist argue assert contend
    maintain suggest warn caution predict promise pledge vow confirm deny acknowledge admit concede reveal
    disclose allege charge complain lament boast brag joke quip retort reply respond answer ask wonder question
    demand recall recount remark comment observe emphasize emphasise stress underline point conclude agree
    disagree testify swear threaten reiterate repeat continue counter protest recommend propose indicate imply
    speculate estimate express worry discuss learn show find believe think fear hope guess reckon doubt suspect
    shout yell scream exclaim cry bark snap chant mutter murmur whisper sigh laugh crack fume rant muse interject
    interrupt chime gush thunder shoot fire concur know want read recognize recognise assure consider remind
    boom roar holler gasp sneer scoff marvel plead beg proclaim opine intone reason tease taunt go_on
    assume urge surmise remember elaborate put_it affirm reaffirm point_out understand rule hear
    """.split()
)
OBJECT_VERBS = frozenset(
    """
    acknowledge announce applaud assail blast cite criticize criticise declare decry defend denounce deny detail
    disclose dismiss echo emphasize endorse express hail highlight mention mock note praise propose question rebut
    recall recount reiterate slam tout see describe oppose call discuss reject say release issue post want list
    name view claim explain thank embrace repeat identify reference voice portray quote reveal recognize recognise
    condemn support back offer welcome publish email invoke blame confirm
    """.split()
)
INFINITIVE_VERBS = frozenset(
    """
    agree aim ask call decline expect hope promise propose say threaten urge vow pledge refuse seek want plan
    decide like report encourage intend warn press pressure push
    """.split()
)
# Verbs of choosing: a choice made is a deed, which a source may report (PolNeAR counts "the party decided to …"),
# but the writer's own ("I decided to …", outside any quotation) is no one's statement.
CHOOSING_VERBS = frozenset({"decide"})
# ("warn", as "warned jurors not to research the case", is a directive like "urge": PolNeAR's political news uses
# it so too rarely, three times, to measure; court and police news use it often.)
# Verbs of expecting or wanting whose object and infinitive the parse may read as a clause ("expect the cold to
# last", "want the talks to resume").
EXPECTING_VERBS = frozenset({"expect", "want", "urge", "encourage", "ask"})
# Verbs of owning up or denying whose gerund is what they say ("denied taking the substance", "admitted stealing").
GERUND_VERBS = frozenset({"deny", "admit", "acknowledge"})
# Verbs of consent: with a passive infinitive ("agreed to be bought", "agreed to be extradited") they accept what
# others will do, a deal or a step taken, and report no view of the one who consents.
CONSENT_VERBS = frozenset({"agree"})
# Nouns of a settlement reached, which "agrees" a step only as what it settles on ("Cop28 deal agrees to transition
# away from fossil fuels", "EU summit agrees new sanctions"): no speaker, unlike the parties or unions that agree.
ACCORD_NOUNS = frozenset("deal accord agreement pact treaty compromise settlement summit text package".split())
# Verbs of praise and blame whose "for" phrase gives the reason said with the object ("thanked voters for their
# patience", "criticized Rubio for opposing the plan").
REASON_VERBS = frozenset(
    "thank praise criticize criticise blame blast slam applaud hail commend condemn fault rebuke denounce mock".split()
)
# verb lemma -> prepositions whose object is what was said ("accused X of …", "called for …").
PHRASE_VERBS = {
    "accuse": ("of",),
    "ask": ("about",),
    "boast": ("about", "of"),
    "complain": ("about",),
    "speak": ("about", "of"),
    "talk": ("about",),
    "describe": ("as",),
    "portray": ("as",),
    "hint": ("at",),
    "apologize": ("for",),
    "blame": ("for",),
    "call": ("for",),
    "criticize": ("for",),
    "push": ("for",),
    "vouch": ("for",),
    "comment": ("on",),
    "point": ("to",),
    "liken": ("to",),
    "warn": ("of", "against"),
    "caution": ("against",),
}
# What a court or jury finds someone: a verdict, no one's words.
VERDICTS = frozenset("guilty liable innocent responsible negligent unfit incompetent".split())
# What is claimed when it is won or taken, not said ("claimed the title", "claimed a seat", "claimed 12 lives").
PRIZES = frozenset(
    """
    title crown victory win medal trophy prize cup championship seat lead pole place spot record gold silver bronze
    life scalp berth jackpot treble double win point
    """.split()
)
# What a firm, a team or an athlete "posts" when it is a result or a measure reached, not a message ("posted a loss
# of $42m", "posted record sales", "posted a time of 9.58 seconds").
POSTED_RESULTS = frozenset(
    """
    loss losses profit profits revenue revenues sales earnings income result results gain gains growth fall rise
    decline drop increase surplus deficit figure figures margin score time total return returns win victory
    defeat record lap best
    """.split()
)


def _named_after(verb: Token, obj: Token) -> bool:
    """Whether "name" gives a thing someone's name in their honour ("named its business school after him", "named
    the ward after a nurse"): a name given, no words said."""
    return any(p.dep_ == "prep" and p.lower_ == "after" for p in list(verb.children) + list(obj.children))


# Things posted that are pictures, not words: their caption, if any, is what is said.
PICTURES = frozenset("photo photograph picture image video clip selfie snap cover recording song track".split())


def _appointed(verb: Token, obj: Token) -> bool:
    """Whether "name" appoints a person to a role ("named Dewi Lake as captain", "named Ann Lee as its new chief
    executive"): a post given, no words said (but "named the man as John Smith" gives his name, and "named Iran as a
    threat" a view)."""
    if not (obj.ent_type_ == "PERSON" or obj.tag_ == "NNP" and not obj.ent_type_):
        return False
    roles = [
        o
        for p in list(verb.children) + list(obj.children)
        if p.dep_ == "prep" and p.lower_ == "as"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in PERSON_NOUNS | PERSON_DESCRIPTIONS | ROLE_NOUNS and not o.ent_type_ for o in roles)


# Posts a person is named to, besides the nouns of PERSON_NOUNS and PERSON_DESCRIPTIONS.
ROLE_NOUNS = frozenset("successor replacement head deputy chair vice-captain ambassador envoy".split())


def _people_honoured(obj: Token) -> bool:
    """Whether an object is people (a count of them, a person named, or a people noun): whom a list or an award
    recognises, no fact recognised ("recognises 40 nurses and carers", not "recognised the risks")."""
    noun = obj.lemma_.lower()
    return (
        obj.ent_type_ == "PERSON"
        or noun in PERSON_NOUNS | GROUP_NOUNS | PERSON_DESCRIPTIONS
        or any(c.dep_ == "nummod" for c in obj.children)
        and obj.tag_ == "NNS"
        and noun in ADDRESSED | PERSON_NOUNS
    )


# Words that give how much was said, not what: "said little", "said nothing", "said plenty", "said a lot".
AMOUNT_WORDS = frozenset("little nothing plenty much lot less more".split())
# Verbs of the lexicon that report words only when what is released is a text: "released a statement", not
# "overflows release untreated sewage" nor "released the hostages".
RELEASE_VERBS = frozenset({"release", "issue", "publish"})
RELEASED_NOUNS = frozenset(
    """
    statement report video transcript letter memo data figure plan list record result poll survey study audio tape
    recording guidance warning apology finding footage ad advert advertisement memoir book email document detail
    information name message response rebuttal ruling order decision verdict opinion proposal policy budget
    forecast estimate analysis review audit summary account note notice call appeal ultimatum threat warrant
    subpoena directive instruction advisory alert update version excerpt text speech editorial op-ed essay tweet post
    """.split()
)
# What "recall" takes when it remembers, not when goods are taken back ("recalled the day", "recalled their talks",
# not "recalled 14 batches of formula" nor "recall 1.2 million cars").
RECALLED_NOUNS = frozenset(
    """
    day days time times moment moments meeting meetings conversation conversations talk talks word words advice
    incident event events episode episodes year years childhood experience experiences night morning evening visit
    trip call calls encounter exchange remark remarks comment comments warning promise report reports story stories
    scene scenes feeling fear horror joy sight sound chaos panic atmosphere mood
    """.split()
)
# What "welcome" takes that are arrivals, not words ("the zoo welcomed twin cubs", "welcomed 2,000 visitors"), as
# against a stance ("welcomed the decision").
ARRIVAL_LEMMAS = frozenset(
    """
    baby cub calf foal chick twin triplet son daughter grandson granddaughter arrival visitor guest tourist fan
    member player signing newcomer recruit pupil student refugee passenger delegate delegation crowd
    """.split()
)
# People chosen, which "name" or "announce" picks rather than says ("named a 36-man squad", "announced his team for
# Saturday", "named his cabinet"): a selection made, no statement of words.
SELECTED_GROUPS = frozenset(
    """
    squad team side line-up lineup xi eleven cabinet shortlist short-list panel roster selection
    """.split()
)
# Objects that are a reference to give, not words said ("quoting reference 2500031187", "quoting incident 123").
FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "to"})
CODE_NOUNS = frozenset({"reference", "ref", "number", "incident", "log", "crime", "case", "code"})
# Kinds of number a verb's object can be that are no statement.
AMOUNTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})
# "called it a disgrace": the object predicate of "call" is what was said; so is what a court or a judge "ruled" or
# "declared" a thing ("ruled the search unlawful", "rules the deal lawful": a ruling with no "that").
PREDICATE_VERBS = frozenset({"call", "label", "dub", "brand", "deem", "rule", "declare"})
# Relations the parse may give an adjective that is the object's predicate ("ruled the search unlawful" read with
# "unlawful" as an adverb of the verb).
PREDICATE_READ_AS = frozenset({"advmod", "acomp", "xcomp", "ccomp"})
CLAUSE_DEPS = frozenset({"ccomp"})
# Prepositions whose phrase still says who the speaker is ("a spokesman for the Kremlin", "sources in Minsk"),
# unlike "Putin, on the other hand".
NAME_PREPOSITIONS = frozenset({"of", "for", "at", "from", "in", "with"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AGENT_DEP = "agent"

# Words of a speaker's own: the first or the second person.
PERSONAL_WORDS = r"I|I'm|I’m|we|we're|we’re|my|our|us|me|you|your"
FIRST_PERSON = re.compile(rf"\b(?:{PERSONAL_WORDS})\b", re.I)
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
# Object pronouns that stand for people: the object of "supported her" is no statement.
PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})
PRONOUNS_GROUP = frozenset({"they", "them", "it"})
# How many paragraphs back a "they" may reach for an organisation it stands for: further back, a "they" is more often
# people of the story than a body named in passing.
THEY_REACH = 2
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# A possessive pronoun that owns a statement ("his pledge", "their demand"), and the pronoun it stands as.
OWNER_PRONOUNS = {"his": "he", "their": "they", "its": "it"}
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# Words next to a name that tell a person's gender: titles, roles, family.
GENDERED_WORDS = {
    **GENDERED_HONORIFICS,
    **dict.fromkeys(
        """mister king prince duke earl baron emperor pope father son husband brother uncle nephew
        grandfather grandson boy man gentleman spokesman congressman businessman sportsman actor widower""".split(),
        "m",
    ),
    **dict.fromkeys(
        """madam madame queen princess duchess empress mother daughter wife sister aunt niece
        grandmother granddaughter girl woman spokeswoman chairwoman congresswoman businesswoman sportswoman actress
        widow""".split(),
        "f",
    ),
}
# A word for a man or a woman of a people ("Frenchman", "Dutchwoman"), and the ending of a common noun that makes
# it one for a person ("postman", "chairwoman", "salesperson").
PERSON_WORD_ENDING = re.compile(r"..(?:man|woman|person)$")
# Endings of nouns for a person by calling ("songwriter", "filmmaker", "novelist", "comedian").
CALLING_ENDING = re.compile(r"...(?:writer|maker|ist|ian)$")
# Makers that are people, not firms: "the lawmaker", "the filmmaker", "the playmaker".
PEOPLE_MAKERS = re.compile(
    r"(?:law|policy|film|movie|peace|king|match|deal|decision|trouble|mischief|play|home|holiday|merry|dress|rain"
    r"|money|noise|pace|pin|cabinet|print|hay)-?maker$"
)
PEOPLE_WORD = re.compile(r"^[A-Z][a-z]+(?:wo)?man$")
# A given name's vote against a title's or a pronoun's (2 each; see `Resolver.genders`): surer than one pronoun. A
# given name most of whose bearers are women counts ("Jane": nine in ten of its bearers and more; see
# `given_names.given_name_reading`).
GIVEN_NAME_VOTE = 3
# Titles that stand before a surname, never a given name alone ("Mr Grant", "Dr Rose"; but "Sir Keir").
SURNAME_TITLES = CIVILIAN_HONORIFICS | frozenset("dr prof professor councillor cllr judge rev sgt det insp".split())
# Words after a name that begin someone else: the title of the next name, a possessive, "whose".
NEXT_PERSON_WORDS = frozenset("mr mister sir lord mrs ms miss madam madame dame lady dr s whose his her".split())
# ("chairman" is not among them: it is the title of women as well, "party chairman Riikka Purra")
# Nouns that describe an organisation: "the agency said" is the organisation named before of that kind.
ORG_NOUNS = frozenset(
    """
    newspaper paper daily weekly tabloid magazine agency broadcaster channel network website company firm
    corporation carmaker maker manufacturer producer operator bank lender insurer retailer airline supplier party club
    team union ministry council committee
    university charity department government administration campaign group organization organisation court tribunal
    board commission office police force constabulary service army military side outfit foundation trust institute
    association
    society hospital school supermarket grocer housebuilder publisher chipmaker drugmaker automaker brewer
    chain giant utility conglomerate brand authority regulator watchdog carrier distributor venue theatre playhouse
    forecaster unit subsidiary division consultancy pollster
    """.split()
)
# Kinds of organisation: an organisation whose name begins or ends with a noun of one kind ("Maidstone Crown Court",
# "Department for Transport") is not what
# a description of another kind stands for ("the charity said"); nouns of no kind here ("the group") may stand for any.
# A club's noun right after a name that is its place ("the San Sebastian club"): the name qualifies, no club named.
PLACE_CLUB_NOUN = re.compile(r"\s+(?:club|side|team|outfit)\b", re.I)
ORG_KINDS = {
    noun: kind
    for kind, nouns in {
        "court": "court",
        "tribunal": "tribunal",
        "business": "company firm corporation carmaker maker manufacturer producer operator bank lender insurer "
        "retailer airline supplier chain giant utility conglomerate brand",
        "media": "newspaper paper daily weekly tabloid magazine agency broadcaster channel network website",
        "state": "ministry department council committee commission board office service authority regulator watchdog",
        # a country's or a region's government, never a council or a ministry of it ("the government said" after
        # "Portmere City Council" is not the council)
        "government": "government administration",
        "party": "party",
        "union": "union",
        "sport": "club team side outfit",
        "charity": "charity foundation trust",
        "institute": "institute",
        "association": "association",
        "university": "university",
        "hospital": "hospital",
        "school": "school",
        "force": "police army military force constabulary",
        # a place that puts on shows and speaks as a body: "The 220-seat venue said" after "The Riverside Playhouse"
        "venue": "venue theatre playhouse museum gallery zoo festival",
    }.items()
    for noun in nouns.split()
}
# Last words of a newspaper's name ("the Telegraph", "the Washington Post", "the Sunday Times"), which say it is a
# paper though no noun of ORG_KINDS does: "the paper reports" after "according to the Telegraph" is that paper (but
# "the agency" or "the broadcaster" is none).
PAPER_NAME_ENDINGS = frozenset(
    "telegraph times guardian post herald mail mirror express journal gazette chronicle tribune observer "
    "standard inquirer courier".split()
)
PAPER_NOUNS = frozenset("newspaper paper daily weekly tabloid".split())
# Words that make an agency a news agency ("the news agency", "the press agency"), not a public body.
NEWS_AGENCY_WORDS = frozenset({"news", "press", "wire"})
# Bodies whose names say what they are ("Portbridge Council", "the Crown Court", "Unite the Union"): "the council"
# stands for one named so, never for an organisation whose name says nothing of its kind (a company's board may).
# Nouns of two kinds: an agency is a news agency or a government one ("the SEC …, a spokesman for the agency said").
# ("the union" may be a professional body: "the British Medical Association has announced … the union said")
ALSO_KINDS = {"agency": frozenset({"state"}), "union": frozenset({"association"})} | dict.fromkeys(
    PAPER_NOUNS, frozenset({"paper"})
)


# Bodies of a state that speak for themselves, not as their country: "China's foreign ministry said" is the ministry
# (as any organisation is: "Ghana's football association").
# Words for a public body, any of which a description may use for a body whose name ends with another: "the
# disaster agency" is the Disaster and Emergency Management Authority.
PUBLIC_BODY_KINDS = frozenset(
    "agency authority office service department ministry administration directorate commission bureau".split()
)
# Common nouns for the country a story is about: "the country's disaster agency".
COUNTRY_WORDS = frozenset("country nation state kingdom republic".split())
STATE_BODIES = frozenset(
    {noun for noun, kind in ORG_KINDS.items() if kind in ("state", "government", "force")}
    | set("agency embassy consulate navy coastguard guard forces parliament cabinet regime mission delegation".split())
)


# Words around a name that show it is a news medium: one told or written in ("told the BBC", "speaking to Sky
# News", "writing in the Guardian"), or one that has learned what it reports ("the BBC understands"); not "Tesco
# reported a rise", which a firm does too.
MEDIUM_BEFORE = re.compile(
    r"\b(?:told|telling|tells|speaking to|spoke to|interview with|writing in|wrote in)\s+(?:the\s+)?$"
)
MEDIUM_AFTER = re.compile(r"\s+(?:understands|has learned|has learnt)\b")


# Last words of a sports club's name, which say it is a club though no noun of ORG_KINDS does ("Harton Rovers",
# "Leeds United", "Harlow Town", "Dunmere FC"); only an organisation's name is read so ("Mexico City" is a place).
CLUB_NAME_ENDINGS = frozenset(
    "fc afc cf sc united city town rovers wanderers athletic albion county rangers hotspur harriers".split()
)
# Last words of a company's registered name, its legal form, in the name or right after it ("Northvale Foods Ltd",
# "Carrow Holdings plc", "Vexa Inc."): a business, which "the company" or "the firm" may be, whatever public body was
# named after it.
COMPANY_NAME_ENDINGS = frozenset(
    "ltd limited plc inc incorporated llc llp corp corporation gmbh ag nv bv sa spa ab asa oyj pty".split()
)


def _kinds_of(noun: str) -> set[str]:
    """The kinds of organisation (ORG_KINDS) a description's noun can stand for."""
    return {ORG_KINDS[noun], *ALSO_KINDS.get(noun, ())} if noun in ORG_KINDS else set()


# Last words of a name that make it a building, whatever kind of body its first word names ("Government Palace").
BUILDING_NOUNS = frozenset(
    "palace house hall building tower square centre center castle station stadium arena airport headquarters".split()
)
# Nouns for a bench of judges sitting for their court, and words that say a panel is one ("a three-judge panel", "a
# panel of the Court of Appeal", "an appeals panel").
JUDGES_PANELS = frozenset({"panel", "bench"})
JUDGE_WORDS = frozenset("judge judges justice justices appeal appeals appellate court circuit".split())
# Words of a body's governance that name the body they belong to, after its name ("Hartley's board", "the Fenwick
# board", "Tesco chairman") or before it with "of", "in" or "at" ("the chairman of Kestrel Mining", "shareholders
# in Tesco"): the body "the board" of a story stands for.
GOVERNANCE = r"(?:board|chair(?:man|woman|person)?|chief\s+executive|directors|shareholders|investors)"
GOVERNED_AFTER = re.compile(rf"(?:['’]s?)?\s+{GOVERNANCE}\b", re.I)
GOVERNED_BEFORE = re.compile(rf"\b{GOVERNANCE}\s+(?:of|in|at)\s+(?:the\s+)?$", re.I)
NAMED_KINDS = frozenset(
    "council ministry department committee commission government administration court tribunal police army military "
    "party union university foundation trust institute association hospital school".split()
)
# Words ending the name of a sports competition: "the Premier League side" is a club, not the league.
COMPETITION = re.compile(
    r"\b(?:League|Championship|Cup|Division|Premiership|Liga|Serie [AB]|Bundesliga|Ligue \d|Eredivisie|Conference)$"
)
# Nouns that describe a person by role: "the spokesman said" is the person named last before.
PERSON_NOUNS = frozenset(
    """
    president minister spokesman spokeswoman spokesperson senator governor mayor candidate leader chief director
    chairman chairwoman secretary manager coach judge prosecutor lawyer official officer businessman
    woman man founder executive ceo ambassador premier chancellor nominee congressman congresswoman
    """.split()
)

# Roles each held by one person in a story ("the judge", "the prosecutor", "the coach"), with the other words for
# the same role: a person introduced with a role of another family is not the one such a description stands for.
ROLE_FAMILIES = (
    frozenset("judge justice magistrate recorder sheriff".split()),
    frozenset("prosecutor prosecutors attorney counsel barrister".split()),
    frozenset("lawyer attorney solicitor barrister counsel advocate".split()),
    frozenset("coroner".split()),
    frozenset("coach manager boss trainer".split()),
    frozenset("mayor".split()),
    frozenset("ambassador envoy diplomat".split()),
    frozenset("chairman chairwoman chair chairperson".split()),
)
# Offices only a person holds, one of them in a story's seat or state ("the senator", "the governor", "the
# minister"), with the other words of the family a holder may be titled by: a description of such an office stands
# for a person the article names with it ("Sen. Ada Price", "Ada Price, the state's governor,"), never for another
# person or a body named last ("… – Gallup Analytics: “…” … the senator said" names no senator), whatever other role
# the holder is brought in with ("Sen. Ada Price, a candidate for president").
OFFICE_FAMILIES = (
    frozenset({"senator"}),
    frozenset({"governor"}),
    frozenset("congressman congresswoman representative".split()),
    frozenset("minister secretary chancellor".split()),
)
PERSON_OFFICES = frozenset("senator governor congressman congresswoman minister".split())
SINGLE_ROLES = frozenset().union(*ROLE_FAMILIES) & PERSON_NOUNS | {"coroner", "magistrate"} | PERSON_OFFICES
# Other words for a player's position ("the keeper" is "goalkeeper Joe Whitworth").
POSITION_FAMILIES = (frozenset("goalkeeper keeper".split()), frozenset("striker forward".split()))
# A player's positions on a side: "the striker" is a player, never one the article introduces as a manager, a coach
# or a referee.
PLAYER_ROLES = frozenset(
    "striker forward winger midfielder defender goalkeeper keeper full-back centre-back playmaker footballer".split()
)

# Words of an officer's rank or standing, not of the office's function: "the senior officer" may be the one named
# before, "the returning officer" is an office of its own.
RANK_WORDS = frozenset("senior junior former retired young off-duty serving chief".split())
# People an organisation has who do not speak for it: "Reform UK's candidate" is no voice of Reform UK.
OWN_PERSONS = frozenset("candidate nominee founder woman man businessman".split())

# An honorific between a title and the name ("senior coroner Dr Ann Lee"), when the name is read without it.
# How a title a description names is written in a name: a judge of England's senior courts is styled "Mrs Justice
# Steyn", "Lord Justice Singh" ("the judge said").
TITLE_STYLES = {"judge": r".*\b(?:justice|judge)\s+\w+$"}
# Titles as wire copy abbreviates them before a name ("Sen. Mark Delgado" is the senator of "the senator said").
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "lt": "lieutenant",
    "gen": "general",
    "col": "colonel",
    "sgt": "sergeant",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "cmdr": "commander",
    "adm": "admiral",
}
TITLE_ABBREVIATION = re.compile(r"\b(" + "|".join(TITLE_ABBREVIATIONS) + r")\.(?=\s)")
HONORIFIC_BEFORE = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady|Rev)\.?\s+)+$")

# Nouns that describe a person named before, besides PERSON_NOUNS: "the striker said" is the player last named.
PERSON_DESCRIPTIONS = frozenset(
    """
    striker midfielder defender goalkeeper keeper winger forward captain player boss veteran teenager youngster
    singer actor actress author writer star champion politician councillor lawmaker defendant witness victim
    quarterback linebacker cornerback pitcher shortstop outfielder slugger batter bowler batsman jockey fighter
    driver rider racer golfer swimmer sprinter runner boxer wrestler skier skater gymnast rower cricketer
    footballer skipper all-rounder spinner seamer opener seed debutant rookie substitute full-back centre-back
    fly-half scrum-half flanker
    magnate tycoon mogul billionaire millionaire hopeful frontrunner front-runner incumbent challenger contender
    businesswoman entrepreneur presenter broadcaster comedian rapper musician novelist
    """.split()
)
# Nouns of work or standing that describe one unnamed person heard ("A nurse at the hospital said …. “…,” she
# said"): "he" or "she" right after goes on with that person.
OCCUPATION_NOUNS = frozenset(
    """
    nurse doctor surgeon midwife paramedic carer teacher lecturer professor student pupil reporter journalist
    editor photographer worker employee resident farmer driver commuter passenger pilot soldier firefighter
    neighbour neighbor parent pensioner shopkeeper landlord tenant patient survivor volunteer campaigner activist
    protester voter shopper customer investor trader banker engineer builder mechanic chef cleaner colleague
    """.split()
)

# People who speak for an organisation: "a spokesperson for the Met Office", "officials at the ministry" are that
# organisation speaking (the speaker column names it; speaker_text keeps the words as written).
VOICE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official forecaster representative lawyer attorney researcher scientist "
    "analyst economist".split()
)
VOICE_PREPOSITIONS = frozenset({"for", "at", "from", "of", "with", "in"})
# People a story hears unnamed by their standing as its informants ("a source at the union", "a party insider"): one
# person, whom a "he" or "she" right after goes on with.
INFORMANT_NOUNS = frozenset({"source", "insider"})
# Of those, the ones who comment on a body from outside unless the article says whose they are ("an analyst at
# Peel Hunt").
COMMENTATORS = frozenset({"analyst", "economist"})
# And the ones who, named in the plural with no article, are their trade at large, not the people of a body named
# before ("Network Rail said 25 lines were closed. Forecasters said more rain was expected").
TRADES_AT_LARGE = frozenset({"forecaster", "researcher", "scientist"})
# The words that credit a fact to the body named right after them, with the kind of body between: "according to
# consultancy NielsenIQ", "according to the market research firm Kantar".
CREDITED_BEFORE = re.compile(r"\baccording to (?:the )?(?:[a-z][\w-]* ){0,4}$")
# Trades a description may name a firm by, more narrowly than "company" or "firm" ("the research firm", "the data
# company", "the consultancy", "the bank"): such a description is the body of that trade named before.
TRADE_WORDS = frozenset("bank lender insurer broker consultancy pollster research data polling analytics".split())
# Of those, the trades of whom the figures of a story are credited to ("according to Kantar"): a body credited so is
# of that trade though the article never calls it one.
SOURCE_TRADES = frozenset("research data polling analytics consultancy pollster".split())
# Words of one trade: a bank is a lender ("Lloyds, Britain's biggest mortgage lender, … The bank said": Lloyds, not
# the Bank of England named before it), and a banking group a bank.
SAME_TRADE = {"bank": frozenset({"lender", "banking"}), "lender": frozenset({"bank", "banking"})}
# Those whose only part is to speak for their organisation: "a Labour spokesman" is Labour speaking.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# What a body publishes: "figures from the GMB union", "a report by the IMF" speak for the one who published them.
DOCUMENT_NOUNS = (
    frozenset("figure data report statement survey poll study letter analysis filing record document estimate".split())
    | frozenset("concurrence dissent".split())
    | frozenset("projection forecast tally".split())
)
# A judge's written opinions, which speak for the judge who wrote them ("wrote a short concurrence arguing that …").
OPINION_NOUNS = frozenset("concurrence dissent opinion judgment judgement".split())
# Verbs of writing or handing down such an opinion.
OPINION_WRITING_VERBS = frozenset("write pen author issue file deliver hand".split())
# What a party to a case files, which speaks for the one who filed it ("The lawsuit by Jane Roe says …", "a complaint
# filed by Acme alleges …").
FILING_NOUNS = frozenset("lawsuit suit complaint petition indictment motion submission affidavit".split())
# Nouns of what a body puts out, whose "from" or "by" names that body: its documents, its filings and its results
# ("according to preliminary results from Elections Canada"; but "the result was “a warning”" is no document that
# speaks).
# A message sent, too, speaks for its sender: "a letter from police warning him …", "an email from prosecutors told her
# …" (the sender, not the paper or the screen, said it).
SENT_NOUNS = frozenset("email e-mail message memo text note".split())
AUTHORED_NOUNS = DOCUMENT_NOUNS | FILING_NOUNS | SENT_NOUNS | {"result"}
# What a party to a case files, as the object of filing it ("filed a brief supporting …").
FILED_NOUNS = FILING_NOUNS | frozenset("brief filing".split())
# Words someone posts, and the prepositions by which a clause gives one as its cause: the one who "apologised after a
# post mocking …", "faces criticism over a tweet …" or "was suspended for comments …" wrote it.
POSTED_NOUNS = frozenset("post tweet message comment remark".split())
CAUSE_PREPOSITIONS = frozenset("after over for following".split())


def _poster_of(noun: Token) -> Token | None:
    """The subject of the clause a post or tweet with no author written is the cause of ("Jordan Mbeki has
    apologised after a post on social media mocking his former club": Mbeki), when that subject is a name; else
    None ("Fans criticised a post mocking the club" names no poster)."""
    if noun.lemma_.lower() not in POSTED_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in CAUSE_PREPOSITIONS:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    verb = noun.head.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


# Verbs of making or filing a document, whose "by" names its author ("a report published by the IMF", "a lawsuit
# filed by investors"; not "a report commissioned by the department", which is another's work).
MAKING_VERBS = frozenset(
    "publish release issue write produce compile file bring lodge launch submit draft author pen make deliver".split()
)
# Verbs of sending a message or putting one's name to it, whose subject wrote it ("Reeve sent a memo to staff",
# "circulated an email", "The letter, signed by 40 MPs, warns …").
SENDING_VERBS = frozenset("send circulate sign co-sign".split())
# Changes in an amount, which a place, a time or a market "saw" when it lived through them ("London saw the largest
# annual fall in prices"), no view of anyone's.
CHANGE_NOUNS = frozenset(
    """
    fall rise drop increase decrease decline growth surge jump slump spike dip gain loss rebound recovery slowdown
    downturn upturn boom influx change cut reduction improvement boost
    """.split()
)
# People and sights one sees, which are no view the seer gives ("seeing children across the road", "saw the match
# on television").
SEEN_THINGS = frozenset(
    "child people man woman boy girl crowd match game film footage video show play performance light sight".split()
)
# Verbs that say nothing when a thing is their subject ("The blockage recalled …", "counting pointed to …").
THING_SENSE_VERBS = frozenset({"recall", "point"})
# Forces of nature and illnesses, which take, threaten or promise without a word: "as the sea slowly claims their
# village", "the fire threatened to spread", "Cancer claimed her father". As the subject of a cue they say nothing.
FORCES = frozenset(
    """
    sea ocean tide wave water river flood flooding floodwater fire blaze flame wildfire bushfire storm hurricane
    typhoon cyclone tornado wind gale rain snow ice avalanche landslide landslip mudslide earthquake quake tsunami
    eruption volcano erosion drought heat heatwave frost disease illness cancer virus infection pandemic epidemic
    """.split()
)
# Works that find things, which an "it" after a sentence they are the subject of stands for ("The research, published
# in Diabetologia, followed … It found").
FINDING_NOUNS = frozenset("research study report survey poll analysis review paper trial".split())
# People spoken of in groups, whom a "they" in the next sentence stands for ("Investigators found … They said").
GROUP_NOUNS = frozenset(
    """
    administrator investigator detective police protester campaigner worker resident doctor nurse teacher patient
    passenger driver parent student volunteer firefighter expert organiser organizer activist voter fan shopper
    farmer member neighbour neighbor rescuer paramedic medic engineer inspector auditor regulator authority
    """.split()
)
# Bodies written as one word with a plural verb: "Police arrested two men."
PLURAL_BODIES = frozenset({"police", "staff"})
# Words that rank a body among its kind ("the UK's second-largest bank"), besides superlatives.
RANKS = frozenset("second-largest second-biggest third-largest third-biggest leading top largest biggest".split())
# A role given to a person right after their name ("Aisha Rahman was elected mayor of Greenfield", "Ann Lee, who
# was appointed chief executive in May"), whom a headline's or a later description by that role ("the new mayor")
# names; and the word "new" such a description may add.
ROLE_GIVEN = re.compile(
    r",?\s+(?:who\s+)?(?:(?:was|has been|is|had been)\s+(?:elected|appointed|named|made|chosen as|sworn in as)"
    r"|became)\s+"
    r"(?:the\s+|a\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)(?=\s+of\b|\s+in\b|\s+on\b|\s+last\b|[,.;]|\s+after\b)"
)
NEW_ROLE = re.compile(r"^new\s+")
# A group of kin that speaks as one: "his family", "the couple" (a "they" after it is that group).
FAMILY_NOUNS = frozenset({"family", "couple"})
# A relative's noun right before a name ("My father, Ken,", "his late wife Joan"): the name is of a relative.
# (the relatives the names step reads, `entities.KIN_WORDS`, and the homely words and accents it does not)
KIN_BEFORE_NAME = re.compile(
    r"\b(?:my|his|her|their|our|your)\s+(?:late\s+|elder\s+|older\s+|younger\s+)?(?:"
    + "|".join(sorted(KIN_WORDS | {"dad", "mum", "mom", "partner", "fiancé", "fiancée"}))
    + r")s?,?\s*$",
    re.I,
)
# Descriptions of an office a person holds ("the officer", "the judge", "the health secretary"), not of any man or
# woman.
# Bodies of a person's own that speak for them ("his office said", "her campaign said"); a body one belongs to
# ("her party", "his club") speaks for itself.
SPEAKS_THROUGH = frozenset("office campaign team administration camp".split())
# Those who speak for a person named as their owner, and are someone else ("Usyk's team said", "Mr Khan's lawyer
# said"): the words as written are the speaker, not the person.
REPRESENTATIVES = frozenset(
    """
    team camp lawyer lawyers attorney attorneys solicitor solicitors barrister barristers counsel spokesman
    spokeswoman spokesperson representative representatives agent aide aides adviser advisers advisor advisors
    publicist entourage
    """.split()
)
OFFICE_NOUNS = PERSON_NOUNS - {"woman", "man", "businessman", "founder", "candidate", "nominee"}
# Heads whose owner speaks through them: "Russia's announcement", "Nokia's board", "the minister's spokesman".
OWNED_VOICES = (
    DOCUMENT_NOUNS
    | ORG_NOUNS
    | PERSON_NOUNS
    | VOICE_NOUNS
    | frozenset(
        """announcement comment remark word speech post tweet message website account view position response reply
        answer decision claim warning note release press force forces navy guard""".split()
    )
)


@dataclass
class Found:
    """One attribution while it is being built: where its content is (paragraph index, char range), its cue,
    its speaker mention (paragraph index, char range) or None."""

    para: int
    start: int
    end: int
    cue: str
    speaker: tuple[int, int, int] | None
    end_para: int = -1
    source_token: object = None
    cue_token: object = None
    verbatim: bool = False  # a transcript's answer ("Achebe: Not this year, no."): the speaker's own words
    gap: tuple[int, int] | None = None  # the cue clause set inside a reported content ("It is, she admits, closer")

    def kind_hint(self, text: str, quotes) -> bool:
        """Whether the content holds a quotation (so that a quotation after its cue continues it)."""
        return any(self.start <= a and b <= self.end for a, b, _ in quotes)

    def __post_init__(self) -> None:
        if self.end_para < 0:
            self.end_para = self.para


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """start, end without surrounding whitespace and commas."""
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


# Marks that open a quotation, each with the marks that close it, and the reverse.
MARK_CLOSERS = {"'": "'’", "‘": "’'", '"': '"”', "“": '”"'}
MARK_OPENERS = {"'": "'‘", "’": "‘'", '"': '"“', "”": '“"'}


def _with_own_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """start, end widened over a quotation mark right outside them whose partner lies inside, left unpaired ("Rivals
    said, 'Lucky' is the word", where the parse hung the opening mark on the cue; in an article of double marks the
    single ones are no quotation found on its own): what was said keeps both marks of the words it quotes."""
    if start > 0 and text[start - 1] in MARK_CLOSERS:
        mark, closers = text[start - 1], MARK_CLOSERS[text[start - 1]]
        inside = text[start:end]
        if any(c in inside for c in closers) and sum(inside.count(c) for c in set(closers) | {mark}) % 2 == 1:
            start -= 1
    if end < len(text) and text[end] in MARK_OPENERS:
        mark, openers = text[end], MARK_OPENERS[text[end]]
        inside = text[start:end]
        if any(c in inside for c in openers) and sum(inside.count(c) for c in set(openers) | {mark}) % 2 == 1:
            end += 1
    return start, end


def _span_chars(tokens) -> tuple[int, int]:
    """The character range of a run of tokens."""
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


# Articles that go with a singular noun only.
SINGULAR_ARTICLES = frozenset("a an every each another".split())


# Titles of one in government, which an opposition's shadow holder of the office is not ("the minister").
GOVERNING_TITLES = frozenset({"minister", "secretary", "chancellor"})
# Offices one person holds at a time in a country, whom a description names only when the article titles them so
# ("The Prime Minister said", "the president", "the King"); the words before "minister" that make it such an office.
SOLE_OFFICES = frozenset({"president", "king", "queen", "pope", "monarch", "taoiseach", "premier"})
SOLE_MINISTERS = frozenset({"prime", "first"})


def _office_of_body(noun: Token) -> bool:
    """Whether a description of a role says whose role it is by a body after "of" or "at" ("the leader of the
    council", "the chairman of Barclays", "the head of the charity"), not a person's ("the wife of the mayor")."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "at")
        and o.dep_ == "pobj"
        and (o.ent_type_ in ("ORG", "GPE", "FAC") or o.lemma_.lower() in ORG_NOUNS)
        for p in noun.children
        for o in p.children
    )


def _sole_office(noun: Token) -> bool:
    """Whether a description is of an office one person holds at a time ("the Prime Minister", "the president"),
    with nothing but a nation or "prime"/"first" before it (not "the club president", "a former president")."""
    before = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    head = noun.lemma_.lower()
    if head == "minister":
        return any(c.lower_ in SOLE_MINISTERS for c in before) and all(
            c.lower_ in SOLE_MINISTERS or c.ent_type_ in ("NORP", "GPE") for c in before
        )
    return head in SOLE_OFFICES and all(c.ent_type_ in ("NORP", "GPE") for c in before)


# Prepositions of place that open a sentence before its speaker ("Outside court, …"), which the parse may read as
# an adjective of the place's noun.
PLACE_PREPOSITIONS = frozenset({"outside", "inside", "at", "in", "after", "before"})


def _titled_run(conjunction: Token, joined: Token) -> bool:
    """Whether the name joined by "and" runs from right after it with only titles and names before it ("and
    Japanese Prime Minister Fumio Kishida"), however long."""
    words = joined.doc[conjunction.i + 1 : joined.i]
    return joined.left_edge.i == conjunction.i + 1 and all(t.pos_ in ("PROPN", "ADJ") for t in words)


# Words after an unnamed source that say how near they stand to what they speak of: part of who they are ("a person
# familiar with the talks", "sources close to the minister", "officials briefed on the plan").
NEARNESS_WORDS = frozenset({"close", "familiar", "briefed", "involved", "knowledgeable"})


def _last_listed_name(token: Token) -> Token | None:
    """The last of a list of names that opens with `token`, set off by commas and closed by "and" ("Tesco,
    Sainsbury's and Asda"), each a proper noun right after its comma or "and"; None when `token` heads no such list."""
    names, word = [token], token
    while True:
        after = word.nbor(1) if word.i + 1 < len(word.doc) else None
        while after is not None and after.dep_ == "case":  # "Sainsbury's": the name with its ending
            after = after.nbor(1) if after.i + 1 < len(after.doc) else None
        if after is None or after.text not in (",", "and"):
            break
        following = after.nbor(1) if after.i + 1 < len(after.doc) else None
        if following is None or following.dep_ != "conj" or following.pos_ != "PROPN":
            break
        if following.head.i not in (n.i for n in names):
            break
        names.append(following)
        word = following
        if after.text == "and":
            return following if len(names) >= 3 else None
    return None


# A name written with a lower-case first letter and a capital inside it: "easyJet", "eBay", "iPhone".
CAMEL_CASE_NAME = re.compile(r"[a-z]{1,4}[A-Z][A-Za-z]+")


def _participle_of_a_day(token: Token) -> bool:
    """Whether `token` is a past participle hung on a noun that tells only when the thing came out ("studies published
    on Thursday", "figures released last week"): every other word under it is a preposition or a date's."""
    if token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    rest = [t for t in token.subtree if t.i != token.i]
    return bool(rest) and all(t.dep_ == "prep" or t.ent_type_ in ("DATE", "TIME") for t in rest)


def _when_phrase(token: Token) -> bool:
    """Whether `token` is a preposition of time whose object is a date or a time and nothing else ("on Tuesday", "on
    March 3", "at noon"): a phrase that says when, not who."""
    if token.dep_ != "prep" or token.lower_ not in ("on", "at") or token.i == 0 or token.nbor(-1).text == ",":
        return False
    rest = [t for t in token.subtree if t.i != token.i]
    return bool(rest) and all(t.ent_type_ in ("DATE", "TIME") for t in rest)


# Bodies one sits on as a member: "Republicans on the committee", "two members on the board" are who speaks.
SEATED_BODIES = frozenset("committee subcommittee board panel council jury commission bench cabinet".split())


def _membership(prep: Token) -> bool:
    """Whether a preposition says what body the noun's people sit on ("Republicans on the committee", "Democrats
    on the Senate Judiciary Committee"): part of who they are, not where or when they spoke."""
    return prep.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() in SEATED_BODIES for o in prep.children)


def _list_of_names_cut(first: Token, second: Token) -> bool:
    """Whether `second`, read as a subject of its own, goes on the list of names a preposition on `first` opens
    ("Economists from the LSE, King's College and Oxford said": "King's College and Oxford" read apart): right after
    the preposition's phrase and a comma, a name that closes the list with "and" and another name."""
    if first.pos_ not in ("NOUN", "PROPN") or second.pos_ != "PROPN" or second.i < first.i:
        return False
    preps = [c for c in first.rights if c.dep_ == "prep" and c.lower_ in NAME_PREPOSITIONS]
    if not preps or not any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in preps[-1].children):
        return False
    comma = preps[-1].right_edge.i + 1
    if comma + 1 != second.left_edge.i or second.doc[comma].text != ",":
        return False
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in second.rights) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "&") for c in second.rights
    )


def _listed_subject_after(token: Token, right: Token) -> Token | None:
    """The subject read apart that goes on the list of names ending at `right` (`_list_of_names_cut`): the
    last of the names the speaker's phrase runs to."""
    head = token.head
    if token.dep_ != "nsubj" or head.i == token.i:
        return None
    for other in head.children:
        if other.dep_ == "nsubj" and other.i > token.i and other.left_edge.i == right.i + 2:
            if _list_of_names_cut(token, other):
                return max(other.subtree, key=lambda t: t.i)
    return None


# Words of a noun phrase that the parse may hang on a verb it read as a noun ("The review's findings state").
PHRASE_ON_VERB = frozenset({"det", "amod", "compound", "poss"})


def _before_aside(child: Token) -> Token:
    """The last word of a phrase that describes a noun ("familiar with the talks", "at the union"), before a clause set
    off by a comma that the parse hung on the phrase's last noun ("diplomats briefed on the talks in Jeddah, who spoke
    on condition of anonymity", "a source at the union, who asked not to be named"): that says why they are unnamed,
    not who they are."""
    asides = [
        t.left_edge.i
        for t in child.subtree
        if t.dep_ == "relcl" and t.left_edge.i > child.i + 1 and child.doc[t.left_edge.i - 1].text == ","
    ]
    return child.doc[min(asides) - 2] if asides else child.right_edge


def _noun_phrase(token: Token) -> tuple[int, int]:
    """The characters of the noun phrase headed by `token`: its left side, and on its right only what names it
    (compounds, "for the Kremlin", an appositive name), not a relative clause."""
    if token.text in ("?", "!") and token.i > 0 and token.nbor(-1).is_title and not token.nbor(-1).whitespace_:
        return token.nbor(-1).idx, token.idx + 1  # "Which? said": a name written with its mark, read as two words
    left = token.left_edge
    dash = next((t for t in reversed(token.doc[left.i : token.i]) if dash_between_spaces(t)), None)
    if dash is not None:  # "2021 - Severn Water, which owns the dam": a chronology's date is no part of the name
        left = dash.nbor(1)
    while left.i < token.i and left.is_punct:  # a closing quotation mark the parse hung on the name
        left = left.nbor(1)
    described = next((c for c in token.rights if c.dep_ == "appos"), None)
    if (
        left.lower_ in PLACE_PREPOSITIONS
        and left.i < token.i
        and described is not None
        and token.i + 1 < described.left_edge.i
        and token.nbor(1).text == ","
    ):
        # "Outside court, Mrs Marsh's daughter, Helen Taylor, said": the parse read where it was said as the
        # subject, and the speaker as its appositive
        left = described.left_edge
    while (
        left.i >= 2
        and left.nbor(-1).text == "-"
        and not left.nbor(-1).whitespace_
        and not left.doc[left.i - 2].whitespace_
    ):
        left = left.doc[left.i - 2].left_edge  # "Te Pāti Māori co-leader X": the word the hyphen joins, and its words
    if (
        token.dep_ == "compound"
        and token.head.dep_ == "ROOT"
        and (token.head.tag_ == "NNS" or _cue_read_as_singular_noun(token.head))
        and token.head.i == token.i + 1
    ):
        # "The veteran striker talks to …", "The review's findings state that …": the words of the noun phrase the
        # parse hung on the verb
        words = [c for c in token.head.lefts if c.dep_ in PHRASE_ON_VERB]
        while left.i > 0 and (word := next((c for c in words if c.right_edge.i == left.i - 1), None)) is not None:
            left = word.left_edge
    if left.i > 0 and left.nbor(-1).pos_ == "DET" and left.nbor(-1).head.i in (token.i, token.head.i):
        left = left.nbor(-1)  # "the editorial read" read as an adjective before a noun: its article too
    if token.tag_ in ("NNS", "NNPS") and left.lower_ in SINGULAR_ARTICLES and left.i < token.i:
        # "a deal developing countries called far too small": the singular article goes with the singular noun
        # after it, the thing spoken of; the plural noun heads a phrase of its own, the speaker
        noun = next((t for t in token.doc[left.i + 1 : token.i] if t.tag_ == "NN"), None)
        if noun is not None and noun.nbor(1).tag_ != "POS":
            left = noun.nbor(1)
    right = token
    # "President and CEO Pekka Lundmark": a title joined by "and" to the titled name is one person's
    # ("Kone's president and CEO X": an employer before the title is no other name)
    titled = token.lemma_.lower() in PERSON_NOUNS and not any(
        c.pos_ == "PROPN" and c.dep_ not in ("poss", "compound") for c in token.lefts
    )
    ampersand = None  # "Marks & Spencer", "Legal & General Investment Management": one name
    # "One of them, retired teacher Carol Wright, 71, said": the name set beside "one", which the parse read as a
    # second thing joined to it
    beside_one = (
        next(
            (c.i for c in token.rights if c.dep_ == "conj" and c.pos_ == "PROPN" and c.left_edge.nbor(-1).text == ","),
            None,
        )
        if token.lower_ in ("one", "another") and not any(c.dep_ == "cc" for c in token.rights)
        else None
    )
    for child in token.rights:
        if child.dep_ == "cc" and child.text == "&" and token.pos_ == "PROPN" and child.i == right.i + 1:
            ampersand = next((c for c in token.rights if c.dep_ == "conj" and c.i > child.i), None)
            if ampersand is not None and ampersand.pos_ == "PROPN" and ampersand.left_edge.i == child.i + 1:
                right = ampersand
                continue
            break
        if child is ampersand:
            continue
        if child.text == ")" and child.i == right.i + 1 and any(t.text == "(" for t in token.doc[token.i : right.i]):
            right = child  # "the Monetary Authority of Singapore (MAS) and …": its short name in brackets
            continue
        # (a surname the tagger read as a common noun, "Price and Doyle denied", is a name all the same)
        named = token.pos_ == "PROPN" or (token.is_title and token.tag_ == "NN")
        if child.dep_ == "cc" and child.lower_ == "and" and named and child.i == right.i + 1:
            # "MAS and MTI said", "Two members, Catherine Mann and Swati Dhingra, wanted": both speak
            joined = next((c for c in token.rights if c.dep_ == "conj" and c.i > child.i), None)
            near = joined is not None and (joined.i - child.i <= 4 or _titled_run(child, joined))
            # (a name written in camel case, "easyJet", "eBay", is a name the tagger may read as a common noun)
            if near and (joined.pos_ == "PROPN" or CAMEL_CASE_NAME.fullmatch(joined.text)):
                end = _noun_phrase(joined)[1]
                right = max((t for t in joined.subtree if t.idx + len(t.text) <= end), key=lambda t: t.i)
                ampersand = joined
                continue
            break
        if titled and child.dep_ == "cc":
            name = next((c for c in token.rights if c.dep_ == "conj" and c.i > child.i), None)
            # near, or after a title's words in Title Case ("Minister of Social Affairs and Health Kaisa Juuso")
            if (
                name is not None
                and name.pos_ == "PROPN"
                and (name.i - token.i <= 5 or all(t.is_title for t in token.doc[child.i + 1 : name.i + 1]))
            ):
                right = name
            break
        if child.text == "," and named and child.i == right.i + 1 and (last := _last_listed_name(token)) is not None:
            # "Tesco, Sainsbury's and Asda said": a list of names closed by "and", all of them speak
            end = _noun_phrase(last)[1]
            right = max((t for t in last.subtree if t.idx + len(t.text) <= end), key=lambda t: t.i)
            break
        if (
            child.dep_ == "punct"
            and child.text == ","
            and any((c.dep_ == "appos" or c.i == beside_one) and c.i > child.i for c in token.rights)
        ):
            continue  # "The council's leader, Sue Grant,"
        if child.dep_ == "relcl" and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > child.right_edge.i and c.i - token.i <= 12
            for c in token.rights
        ):
            continue  # "The Frenchman who owns the house next door, Luc Moreau,": the name set beside him after it
        # words that name it lie close; a name set beside it may follow a longer phrase ("One of the investors,
        # the pension insurance company Elo,")
        reach = 12 if (child.dep_ == "appos" and child.pos_ == "PROPN") or child.i == beside_one else 8
        if child.i == beside_one:
            end = _noun_phrase(child)[1]
            right = max((t for t in child.subtree if t.idx + len(t.text) <= end), key=lambda t: t.i)
            continue
        if child.lower_ in NEARNESS_WORDS and child.dep_ in ("amod", "acl") and child.i == token.i + 1:
            right = _before_aside(child)  # "a person familiar with the talks", "sources close to the minister"
            continue
        if child.dep_ in ("compound", "flat", "prep", "appos", "nummod", "npadvmod") and child.i - token.i <= reach:
            if child.dep_ == "appos" and child.pos_ not in ("PROPN", "NOUN") and not child.is_title:
                break  # (a name the tagger misread is still a name: "coach Rod Brind'Amour")
            if child.dep_ == "prep" and child.lower_ not in NAME_PREPOSITIONS and not _membership(child):
                # "Sudan's envoy to the UN, Ali Hassan,": the name set beside the title after its "to the UN"
                named = (c for c in token.rights if (c.dep_ == "appos" and c.pos_ == "PROPN") or c.i == beside_one)
                if not any(child.i < c.i <= token.i + 12 for c in named):
                    break
                continue
            right = _before_aside(child) if child.dep_ == "prep" else child.right_edge
            if child.dep_ == "prep" and (listed := _listed_subject_after(token, right)) is not None:
                right = listed  # "Economists from the LSE, King's College and Oxford": the whole list
            told = [t.i for t in child.subtree if t.i > child.i + 1 and _participle_of_a_day(t)]
            if child.dep_ == "prep" and told:  # "a major review of studies published on Thursday": what the
                right = token.doc[min(told) - 1]  # studies are is told by their name, not by when they came out
            dated = [t.i for t in child.subtree if t.i > child.i + 1 and _when_phrase(t)]
            if child.dep_ == "prep" and dated and min(dated) < right.i + 1:
                # "Senators from both parties on Tuesday said": when they spoke, hung on the last noun, is no part
                # of who they are
                right = token.doc[min(dated) - 1]
            if child.dep_ == "appos":  # "Tom Hill, a trader": not the relative clause that describes him
                end = _noun_phrase(child)[1]
                right = max((t for t in child.subtree if t.idx + len(t.text) <= end), key=lambda t: t.i)
        else:
            break
    if right.i == token.i and token.lemma_.lower() in ORG_NOUNS | PERSON_NOUNS | VOICE_NOUNS:
        # the name right after the noun that describes it, which the parse hung elsewhere: "according to Turkey's
        # disaster management agency AFAD, …"
        name = token.doc[token.i + 1 : token.i + 4]
        run = 0
        while run < len(name) and name[run].pos_ == "PROPN" and name[run].text[:1].isupper():
            run += 1
        if run:
            right = name[run - 1]
    if right.i == token.i and token.i + 2 < len(token.doc) and token.dep_ in SUBJECT_DEPS:
        # "the Cameroon forward told Sky Sports": a role the tagger read as an adverb of the verb right after it
        role = token.doc[token.i + 1]
        described = role.is_lower and role.lemma_.lower() in PERSON_DESCRIPTIONS | PERSON_NOUNS | OCCUPATION_NOUNS
        if described and role.head.i == token.head.i == role.i + 1:
            right = role
    opened = [t for t in token.doc[left.i : right.i + 1] if t.text == "("]
    if opened and not any(t.text == ")" for t in token.doc[opened[-1].i : right.i + 1]) and opened[-1].i > left.i:
        right = token.doc[opened[-1].i - 1]  # a bracket the phrase does not close: "MP Saara Hyrkkö (vihr"
    elif opened and right.text == ")" and opened[-1].i > left.i:
        right = token.doc[opened[-1].i - 1]  # a bracket that ends it: "… Mia Nygård (kok)" is Mia Nygård
    while right.i > left.i and right.is_punct:
        right = right.doc[right.i - 1]
    doc = token.doc
    if (
        right.is_title
        and right.i + 2 < len(doc)
        and doc[right.i + 1].is_title
        and doc[right.i + 1].lower_ in PHRASE_MARK_WORDS
    ):
        # a body's name written as a phrase, which the parse cut at its capitalised small word ("Organisers from
        # Stand Up To Racism said": "To Racism" hung on the verb): the name's capitalised words after it too
        j = right.i + 1
        while j < len(doc) and (
            (doc[j].is_title and doc[j].is_alpha)
            or (doc[j].lower_ in PHRASE_INNER_WORDS and doc[j].is_lower and j + 1 < len(doc) and doc[j + 1].is_title)
        ):
            j += 1
        if doc[j - 1].is_title and j - 1 > right.i + 1:
            right = doc[j - 1]
    if left.i < token.i and left.i == left.sent.start and _inverted_cue(left):
        left = left.doc[left.i + 1]  # "Said Okafor: “…”": the cue opening the sentence is no part of the name
    end = right.idx + len(right.text)
    words = doc_text(token.doc)[left.idx : end]
    if words.count("“") > words.count("”") or words.count('"') % 2:  # "Tom Hale, author of “Cold Harbour Nights,”"
        close = re.compile("”" if words.count("“") > words.count("”") else '"').search(
            doc_text(token.doc), end, end + 80
        )
        end = close.end() if close is not None else end
    return left.idx, end


def _clause_chars(head: Token) -> tuple[int, int]:
    """The characters of the clause headed by `head`: its whole subtree, without an "and" left dangling at its end
    ("warned that … investment, and its director said": the next clause's conjunction)."""
    right = head.right_edge
    # a word the tokenizer split at its hyphen and the parse read as two ("to re-establish relations": "re" and
    # "establish" both hang on the cue) goes on over its second part's clause
    doc = head.doc
    while (
        right.i + 2 < len(doc)
        and doc[right.i + 1].text == "-"
        and not right.whitespace_
        and not doc[right.i + 1].whitespace_
        and doc[right.i + 2].head.i == head.head.i
    ):
        right = doc[right.i + 2].right_edge
    if right.text == "-" and not right.whitespace_ and right.i + 1 < len(doc) and doc[right.i + 1].is_alpha:
        right = doc[right.i + 1]  # "into Auckland semi-final" read as "semi", "-" and a "final" hung elsewhere
    if head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        # "urged parents to check their children are vaccinated", "urged passengers to check before they travel":
        # the parse hung the end of the infinitive's clause on the cue, right after it
        right = _infinitive_run_on(head, right)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        # "promised to “clean up our waters” and has set up a commission": a verb with a tense of its own is the
        # subject's next deed, no part of the infinitive
        finite = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i and _has_tense(c)), None)
        if finite is not None:
            cut = next((c for c in head.children if c.dep_ == "cc" and c.i < finite.i), finite.left_edge)
            if cut.i - 1 < right.i:
                right = doc[cut.i - 1]
    if right.dep_ == "cc" and right.i > head.left_edge.i:
        return head.left_edge.idx, right.idx
    return head.left_edge.idx, right.idx + len(right.text)


# Modals of reported speech shifted back into the past of its verb of saying ("said the road would reopen").
BACKSHIFT_MODALS = frozenset({"would", "could", "might", "should"})


def _backshifted_run_on(cue: Token, head: Token, quoted) -> int:
    """The end of a second clause the parse joined to the cue instead of to its content, when the clause goes on
    in the speaker's shifted-back modal after "but" or "and" ("National Highways said the westbound carriageway
    reopened at 16:30 but the eastbound side would stay shut overnight"): reported speech, as its "would" shows;
    0 otherwise. Not a clause with a quotation of its own (found on its own), nor one whose verb is one of saying."""
    joined = next((c for c in cue.children if c.dep_ == "conj" and c.i > head.right_edge.i), None)
    if joined is None or joined.pos_ not in ("VERB", "AUX") or _lemma(joined) in SAYING_VERBS:
        return 0
    between = cue.doc[head.right_edge.i + 1 : joined.left_edge.i]
    if not any(t.dep_ == "cc" and t.lower_ in ("but", "and") and t.head.i == cue.i for t in between):
        return 0
    if not any(c.dep_ in SUBJECT_DEPS for c in joined.children):
        return 0
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_MODALS for c in joined.children) and not _past_told_now(
        cue, head, joined
    ):
        return 0
    if any(quoted[t.idx] for t in joined.subtree):
        return 0
    return _end_before_stops(joined)


def _end_before_stops(head: Token) -> int:
    """Where the words of `head`'s subtree end, without the stops and commas that close it."""
    right = head.right_edge
    while right.is_punct and right.i > head.i:
        right = right.nbor(-1)
    return right.idx + len(right.text)


# Words that open a condition with the subject after them ("had she received …", "were he to reoffend", "should
# the talks fail").
INVERTED_CONDITION_WORDS = frozenset("had were should".split())


def _inverted_condition(head: Token) -> bool:
    """Whether a clause the parse headed by "had", "were" or "should" is a condition with its subject after that word
    ("had Amelia received antibiotics earlier"), the verb after the subject hung on it: no main verb of its own."""
    return head.lower_ in INVERTED_CONDITION_WORDS and any(
        c.dep_ in ("ccomp", "conj", "xcomp") and any(g.dep_ in SUBJECT_DEPS and g.i == head.i + 1 for g in c.children)
        for c in head.children
    )


def _relative_opening_inverted_condition(verb: Token) -> bool:
    """Whether a relative clause is an inverted condition the parse read as one, "that" for its subject and the real
    subject after "had", "were" or "should" ("told the inquest that had she been warned, she would …")."""
    first = verb.left_edge
    return (
        verb.dep_ == "relcl"
        and first.lower_ == "that"
        and first.i + 2 < verb.i + 1
        and first.nbor(1).lower_ in INVERTED_CONDITION_WORDS
        and any(c.dep_ in SUBJECT_DEPS and c.i == first.i + 2 for c in verb.children)
    )


def _condition_read_as_relative(cue: Token, head: Token) -> Token | None:
    """The inverted condition opening what a cue of telling says, which the parse read as a relative clause of the
    one told ("She told the inquest that had she been warned, she would have taken her son to hospital"): the
    condition is part of what was said."""
    for told in cue.children:
        if told.dep_ not in ("dobj", "dative") or told.i > head.i:
            continue
        clause = next((c for c in told.children if _relative_opening_inverted_condition(c)), None)
        if clause is not None and clause.right_edge.i < head.left_edge.i:
            return clause
    return None


def _consequence_of_inverted_condition(cue: Token, head: Token, quoted) -> int:
    """The end of what would have followed an inverted condition that opens what a cue says ("The coroner said that
    had Amelia received antibiotics earlier, she would have survived"), when the parse made the consequence the
    sentence's main clause and hung the cue on it: the whole that-clause, condition and consequence, was said;
    0 otherwise."""
    words = [t for t in cue.doc[cue.i + 1 : head.right_edge.i + 1] if not t.is_punct]
    if words and words[0].lower_ == "that":
        words = words[1:]  # (or with none: "He said had he known, he would have stayed")
    if len(words) < 2 or words[0].lower_ not in INVERTED_CONDITION_WORDS:
        return 0
    # the consequence the parse made the main clause, with the cue hung on it, or a second clause of the cue
    consequence = cue.head if cue.dep_ in ("ccomp", "advcl") else None
    if consequence is None or consequence.i <= head.right_edge.i:
        after = (c for c in cue.children if c.dep_ in ("ccomp", "conj") and c.left_edge.i > head.right_edge.i)
        consequence = next(after, None)
    if consequence is None or consequence.i <= head.right_edge.i or consequence.pos_ not in ("VERB", "AUX"):
        return 0
    if any(t.dep_ == "cc" for t in cue.doc[head.right_edge.i + 1 : consequence.left_edge.i]):
        return 0  # "… had been pleased, and the players would …": a second clause of its own
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_MODALS | {"will"} for c in consequence.children):
        return 0
    if not any(c.dep_ in SUBJECT_DEPS and c.i > head.right_edge.i for c in consequence.children):
        return 0
    if any(quoted[t.idx] for t in consequence.subtree):
        return 0
    return _end_before_stops(consequence)


def _past_tense(verb: Token) -> bool:
    """Whether a verb is in the past, by its own form or its auxiliary's ("broke", "had gone", "was told")."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBD" and not auxes) or any(a.tag_ == "VBD" for a in auxes)


def _past_told_now(cue: Token, head: Token, joined: Token) -> bool:
    """Whether a clause joined to a cue in the present goes on in the past of what the speaker tells ("Irvine says he
    understood why, but it broke his heart"): a reporter writing in the present does not turn to the past for a
    clause of their own, so the clause shares the tense of the reported one, not the cue's."""
    return cue.tag_ in ("VBZ", "VBP") and _past_tense(head) and _past_tense(joined)


def _has_tense(verb: Token) -> bool:
    """Whether a verb carries a tense of its own through an auxiliary ("has set up", "will meet", "was told")."""
    return any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBD", "VBP", "MD") for a in verb.children)


# Conjunctions that open a clause of time going on an infinitive's clause ("to check before they
# travel", "to stay indoors until the storm passes").
RUN_ON_MARKS = frozenset({"before", "until", "till"})


def _infinitive_run_on(head: Token, right: Token) -> Token:
    """The last word of an infinitive's clause when the parse hung what follows it on the cue instead: a clause of
    time or condition, or a verb joined with no "and" (a clause the infinitive's object opens), starting right after
    it."""
    cue = head.head
    for sibling in cue.children:
        if sibling.i <= head.i or sibling.left_edge.i != right.i + 1:
            continue
        marked = sibling.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in RUN_ON_MARKS for c in sibling.children
        )
        unjoined = (
            sibling.dep_ == "conj"
            # (not after a joined object, whose second part is the clause's subject: "declined to renew its
            # sponsorship of the event and the PGA could not find a new sponsor")
            and not any(t.dep_ == "cc" for t in head.subtree)
            and sibling.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "cc" for c in cue.children if head.i < c.i < sibling.i)
            and not any(c.dep_ in SUBJECT_DEPS for c in sibling.children)
        )
        quoting = any(t.is_quote for t in sibling.subtree)  # a quotation after it is found on its own
        if (marked or unjoined) and not quoting:
            return sibling.right_edge
    return right


DASHES = ("—", "–", "-", "--")


# Verbs of studying what or whom a finding is about ("analysed tissue from 52 people"), and verbs of finding that a
# study reports ("found that", "concluded that"): those who study find, not those studied.
STUDY_VERBS = frozenset(
    "analyse analyze study examine test survey interview track follow monitor sample compare review assess measure "
    "screen scan observe question poll recruit".split()
)
FINDING_VERBS = frozenset("find conclude discover estimate calculate determine establish".split())


def _studier_of_a_relative(verb: Token) -> Token | None:
    """For a verb of finding (FINDING_VERBS) joined by "and" to a relative clause on those studied ("Researchers
    analysed tissue from 52 people who died in 2016 and 2024 and found that …", "The team surveyed 3,000 adults who
    lived alone and concluded that …"), the subject of the verb of study (STUDY_VERBS) whose object or phrase holds
    them: the parse joins the finding to the relative clause."""
    if verb.dep_ != "conj" or _lemma(verb) not in FINDING_VERBS or verb.head.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.head.children):
        return None
    governing = verb.head.head
    for _ in range(4):
        if governing.pos_ in ("VERB", "AUX") or governing.head is governing:
            break
        governing = governing.head
    if governing.pos_ not in ("VERB", "AUX") or _lemma(governing) not in STUDY_VERBS:
        return None
    return next((c for c in governing.children if c.dep_ == "nsubj"), None)


def _nearer_clause_subject(verb: Token) -> Token | None:
    """For a cue joined by "and" to a verb whose subject is a thing ("Shares … fell after the supplier cut its
    forecast and warned that …"), the subject of the clause right before the "and" when that clause has one that can
    speak: the parse joins the cue to the wrong verb."""
    head = verb.head
    inherited = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if inherited is None or inherited.pos_ != "NOUN" or inherited.ent_type_ or _can_speak(inherited):
        return None
    between = [c for c in head.children if c.dep_ == "advcl" and head.i < c.i < verb.i]
    if not between:
        return None
    subject = next((c for c in between[-1].children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and (subject.ent_type_ or _can_speak(subject)) else None


def _a_code(noun: Token) -> bool:
    """Whether an object is a reference number, as in a police appeal ("quoting reference 2500031187"), not words."""
    return noun.lower_ in CODE_NOUNS and any(c.like_num or any(ch.isdigit() for ch in c.text) for c in noun.subtree)


def _after_last_semicolon(text: str, start: int, end: int, quoted: bytearray) -> int:
    """Where a content before its cue starts: after the last semicolon outside quotations in it, if any."""
    stops = [k for k in range(start, end) if text[k] == ";" and not quoted[k]]
    return stops[-1] + 1 if stops else start


def _passive(verb: Token) -> bool:
    """Whether a verb is in the passive ("will be offered")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


# Verbs of saying with another sense in the passive of a thing or a person: admitted to hospital, recalled by
# the maker ("It was admitted that …" keeps its sense).
OTHER_SENSE_PASSIVES = frozenset({"admit", "recall"})
# Participles of verbs of saying that no past tense shares: without an auxiliary they describe a noun ("letters
# written 2,000 years ago", "words spoken at the funeral"), whatever the parse made of them.
PARTICIPLES_ONLY = frozenset("written spoken shown known sworn chosen".split())


def _passive_with_no_agent(verb: Token) -> bool:
    """Whether a verb is a passive ("had been expected") that names no agent ("by …")."""
    return _passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


def _unattributed_forecast(found: Found) -> bool:
    """Whether an attribution is an expectation in the passive with no one expecting it and no speaker ("They are
    expected to meet again in the final", "Kane is expected to start"): a forecast, no one's words."""
    verb = found.cue_token
    if found.speaker is None and verb is not None and _lemma(verb) == "expect" and verb.dep_ != "xcomp":
        if _passive_with_no_agent(verb):
            return any(c.dep_ == "nsubjpass" and _a_competitor(c) for c in verb.children)
    return False


# Nouns for those who take part in a game: "the two clubs are expected to meet", "the pair", "the side".
COMPETITOR_NOUNS = frozenset("club side team squad player pair duo two rival opponent".split())


def _a_competitor(noun: Token) -> bool:
    """Whether a subject can be a side or a player: a person's pronoun or name, a side's name, or a noun for those
    who take part in a game ("They", "Kane", "Rovers", "the two clubs"; not "the bank", "which", "it")."""
    if noun.pos_ == "PRON":
        return noun.lower_ in ("they", "he", "she", "we")
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in ("", "PERSON", "ORG")
    return noun.lemma_.lower() in COMPETITOR_NOUNS | PERSON_DESCRIPTIONS


def _reduced_passive(verb: Token) -> bool:
    """Whether a participle without an auxiliary is a passive in a phrase of its own ("with the market expected
    to open", "a deal widely seen as lost"), whatever subject the parse gave it."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("pcomp", "acl", "advcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _sees_a_result(verb: Token, subject: Token | None) -> bool:
    """Whether "see" tells what a thing brings about, not a view: a thing's singular noun as subject and a participle
    after the object ("the scheme will see the building replaced", "the error would see the bank raising rates"), or
    what someone saw happen ("she saw her colleague holding a pillow": a witness's sight, not a view)."""
    participles = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ in ("VBN", "VBG")]
    participles += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"]
    if not any(p.tag_ in ("VBN", "VBG") for p in participles):
        return False
    if verb.tag_ == "VBD":
        return True
    return not (subject is None or subject.tag_ != "NN" or subject.ent_type_ or _can_speak(subject))


def _of_a_nation(noun: Token) -> bool:
    """Whether a noun is qualified by a nation or place ("the Scottish Government", "the German foreign ministry")."""
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)


def _a_person(noun: Token) -> bool:
    """Whether a common noun describes one person who speaks: "an analyst", "a senior official"."""
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in PERSON_DESCRIPTIONS or lemma in VOICE_NOUNS


def _bare_thing(noun: Token) -> bool:
    """Whether a noun is a singular common noun with no article or owner, and no one's name ("telephone", "abuse
    of position"): a means or a deed, not someone who acts."""
    return (
        noun.tag_ == "NN"
        and not noun.ent_type_
        and not _can_speak(noun)
        and not any(c.dep_ in ("det", "poss", "compound") for c in noun.children)
        and re.fullmatch(r"[A-Z]{2,}s", noun.text) is None  # "accused by MPs", "by GPs": people, tagged as one noun
        and not _someone(noun)  # "was told by one consultant", "by another passenger": one unnamed person
    )


def _someone(noun: Token) -> bool:
    """Whether a common noun stands for one unnamed person: "one neighbour", "another resident", "a worker on the
    site, who gave his name only as Steve" (not a thing that reports: "the survey", "a statement")."""
    lemma = noun.lemma_.lower()
    if lemma in ORG_NOUNS or lemma in DOCUMENT_NOUNS or noun.ent_type_:
        return False
    return any(c.lower_ in ("one", "another") and c.i < noun.i for c in noun.children) or any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in SUBJECT_DEPS for w in c.children)
        for c in noun.children
    )


def _quoted_person(noun: Token) -> bool:
    """Whether the object of "quoting" or "citing" is someone, the source of the words ("quoting a top-20 investor",
    "citing a friend of the couple", "quoting Ann Lee"), not words or a text ("quoting reference A162093", "citing
    the report", "citing rising costs")."""
    if any(c.dep_ == "relcl" for c in noun.children):
        return False  # "citing the many Americans who had given up looking for work": a fact about people
    if noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.pos_ == "PRON":
        return True
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        _a_person(noun)
        or lemma in OCCUPATION_NOUNS | INFORMANT_NOUNS | RELATIVE_NOUNS | {"friend"}
        or (_can_speak(noun) and lemma not in DOCUMENT_NOUNS)
    )


def _can_speak(noun: Token) -> bool:
    """Whether a common noun names someone who can speak: a person, an organisation or a group of people."""
    lemma = noun.lemma_.lower()
    return lemma in ORG_NOUNS or lemma in PERSON_NOUNS or lemma in PERSON_DESCRIPTIONS or lemma in VOICE_NOUNS


def _said_after_as_acl(verb: Token) -> bool:
    """Whether the parse read a cue closing a clause as a participle of the noun before it ("Harton have signed
    Brandt, the Championship side announced on Wednesday": "announced" hung on "side"): a verb of saying in the past
    tense on a noun set off by a comma after the clause it reports."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and _lemma(verb) in SAYING_VERBS
        and all(c.dep_ in ("prep", "npadvmod", "advmod", "punct") for c in verb.children)  # nothing it says
        and noun.i < verb.i
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.head.i < noun.i
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.left_edge.i > 0
        and noun.doc[noun.left_edge.i - 1].text == ","
        # one who can say it: not "…, only the price charged for each unit"
        and (noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP") or _can_speak(noun))
    )


def _finite_read_as_participle(verb: Token) -> bool:
    """Whether the parse read the one verb of a sentence, a verb of saying, as a participle of its subject ("Ann
    Lee, a former champion, posted on social media that …", with the name as the sentence's root)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
        and (
            _lemma(verb) in SAYING_VERBS
            # "Generation Rent, which …, called the act “a huge step forward”": calling something something
            or (_lemma(verb) == "call" and any(c.dep_ == "dobj" for c in verb.children))
        )
        and not any(c.dep_ in ("auxpass", "agent") for c in verb.children)
    )


# The most words after a closing cue the parse read as a participle of its speaker: a time or a place at most
# ("…, the theatre's trustees announced on Tuesday", "… announced in a statement on Tuesday").
PARTICIPLE_CUE_TAIL = 6


def _relative_end_read_as_predicate(subject: Token) -> bool:
    """Whether the parse took the last verb of a relative clause set off after a subject for the subject's own verb,
    and the subject's verb after the closing comma for a second one ("Norris, who started from pole after
    qualifying was delayed, finished sixth": "delayed" is the qualifying's, "finished" Norris's): a relative clause
    right after the subject's comma, the verb right after it, then a comma and a verb hung on it with no "and" and
    no subject of its own."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.i < subject.i:
        return False
    relative = next((c for c in subject.rights if c.dep_ == "relcl"), None)
    if relative is None or relative.left_edge.tag_ not in ("WP", "WDT", "WP$") or relative.right_edge.i + 1 > verb.i:
        return False
    if subject.doc[relative.left_edge.i - 1].text != ",":
        return False
    return any(
        c.dep_ in ("conj", "dep")
        and c.pos_ in ("VERB", "AUX")
        and subject.doc[c.left_edge.i - 1].text == ","
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        and not any(g.dep_ == "cc" and verb.i < g.i < c.i for g in verb.children)
        for c in verb.rights
    )


def _misparsed_clause_before(verb: Token) -> Token | None:
    """The one phrase the parse hung on a cue that closes its sentence as its main verb, ", the union said.", when
    it found no clause in the words before ("Of the members who voted, 90% backed action on a turnout of 55%, the
    union said": "backed" read as an adjective): those words, from the sentence's start to the comma, are what was
    said."""
    if verb.dep_ != "ROOT" or _lemma(verb) not in SAYING_VERBS or verb.i < 3:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i < 1 or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    if any(not t.is_punct for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None
    before = [c for c in verb.children if c.i < subject.left_edge.i and not c.is_punct]
    if len(before) != 1 or before[0].left_edge.i != verb.sent.start:
        return None
    # a clause, with a verb of its own tense outside a relative clause, not the occasion ("In a 1963 speech, he said")
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ != "relcl" for t in before[0].subtree):
        return None
    return before[0]


def _speaker_read_as_apposition(verb: Token) -> Token | None:
    """The speaker of a cue closing its sentence that the parse read as an apposition of the noun before the comma,
    that noun then the cue's subject ("…, targeting staff it considers “low performers”, the company's chief
    executive Mark Zuckerberg told employees": Zuckerberg, not the performers): a phrase set off by a comma right
    before the cue, ending with a name."""
    if verb.dep_ not in ("ccomp", "conj", "relcl") or _lemma(verb) not in SAYING_VERBS or verb.i < 3:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    named = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.right_edge.i == verb.i - 1]
    if len(named) != 1 or named[0].left_edge.i < 1 or verb.doc[named[0].left_edge.i - 1].text != ",":
        return None
    if named[0].right_edge.pos_ != "PROPN" and not any(t.ent_type_ == "PERSON" for t in named[0].subtree):
        return None
    return named[0]


# Verbs of saying that news sets before their speaker after what was said ("…, reported the Times", "…, added the
# bank") and that take what was said, not a person, for object: a name right after one closing a sentence is its
# speaker, however the parse read it.
INVERTING_VERBS = frozenset("say report add write announce state note explain reply declare confirm reveal".split())


def _speaker_read_as_object(verb: Token) -> Token | None:
    """The speaker of a cue closing its sentence after a comma, set after it, that the parse read as the object of
    a second verb of the sentence ("The talks had collapsed, reported the Times.": the Times reported, not the
    talks): a name, or a body or person with "the", ending the sentence, the verb with no subject of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or _lemma(verb) not in INVERTING_VERBS:
        return None
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or any(not t.is_punct for t in verb.doc[objects[0].right_edge.i + 1 : verb.sent.end]):
        return None
    speaker = objects[0]
    named = speaker.pos_ == "PROPN" or speaker.ent_type_ in ("ORG", "PERSON")
    # ("the newspaper", "the prime minister's office")
    described = _can_speak(speaker) and any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in speaker.children
    )
    return speaker if named or described else None


def _said_closing_the_sentence(verb: Token) -> bool:
    """Whether the parse hung a cue closing a sentence on the clause it reports, as a second verb or a relative
    clause of the last noun ("Finnair will cancel 300 flights because of the strike of the IAU, the airline announced
    on Tuesday."): a verb of saying with a subject of its own (no relative pronoun) after a comma, or right after
    the comma with its subject after it ending the sentence ("…, reports the news agency Kazinform."), no "and" or
    "but" before it, nothing it says after it, and the sentence's main verb before it."""
    root = verb.sent.root
    # (or as a participle of the noun right before it: "…, the theatre's trustees announced on Tuesday.")
    participle = verb.dep_ == "acl" and verb.head.i == verb.i - 1 and verb.head.pos_ in ("NOUN", "PROPN")
    participle = participle and not _a_thing(verb.head)  # not "only the price charged for each unit"
    misread = _speaker_read_as_apposition(verb)
    if (verb.dep_ not in ("conj", "relcl") and not participle and misread is None) or root.i >= verb.i:
        return False
    if root.pos_ not in ("VERB", "AUX"):
        return False
    subject = misread or next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if participle:
        subject = verb.head
        rest = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_punct or t.is_quote]
        if len(rest) > PARTICIPLE_CUE_TAIL or any(t.is_quote or t.i > verb.right_edge.i for t in rest):
            return False  # "…, a man yelled “Stay there!”", "…, the candidate boasted of his skills in …": it goes on
    if subject is None and (named := _name_right_before(verb)) is not None and named.i < verb.i:
        subject = named  # "…, Prime Minister Erik Holm told reporters": the name the parse hung on the clause
    if _lemma(verb) not in (SAYING_VERBS if subject is not None else CLAUSE_VERBS):
        return False
    if subject is None:  # "…, reports the state news agency Kazinform.": the speaker after the cue, ending it
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        subject = subject or _speaker_read_as_object(verb)  # "…, reported the Times.", read as its object
        after = subject.right_edge.i + 1 if subject is not None else 0
        if (
            subject is None
            or verb.doc[verb.i - 1].text != ","
            or any(not t.is_punct for t in verb.doc[after : verb.sent.end])
        ):
            return False
    elif subject.lower_ in RELATIVE_PRONOUNS or subject.left_edge.i < 1:
        return False
    elif verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ == "cc" for c in verb.head.children if verb.head.i < c.i < verb.i):
        return False
    # "…, Executive Secretary Lucas Bersamin told reporters in Malacañang.": the one told is no part of what was said
    told = ("dobj", "dative") if _lemma(verb) == "tell" else ()
    return all(
        c.dep_ in ("prep", "npadvmod", "advmod", "punct", "aux", *told) or _consequence_after(c)
        for c in verb.children
        if c.i != subject.i and (misread is None or c.dep_ != "nsubj")
    )


def _consequence_after(clause: Token) -> bool:
    """Whether a clause hung on a cue closing a sentence is the reporter's word on what followed, a participle after
    a comma ("…, the union has announced, setting the stage for the first walkout since 2016")."""
    comma = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and comma


def _reduced_relative(verb: Token, head: Token) -> bool:
    """Whether a participle describing its noun was read as a cue with that noun for subject and the noun's own
    verb for what was said ("The funding agreed on Saturday runs out"): the clause after the verb is finite with no
    subject of its own (not even a clause: "said returning the objects was right") and no "that", and the verb's
    subject, a thing, stands before it."""
    return (
        head.i > verb.i
        and verb.tag_ in ("VBD", "VBN")
        and head.tag_ in ("VBZ", "VBD", "VBP")
        and head.dep_ == "ccomp"
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("csubj", "expl", "mark") for c in head.children)
        and not _inverted_condition(head)
        and any(c.dep_ == "nsubj" and c.i < verb.i and _a_thing(c) for c in verb.children)
    )


# Things people carry or put up to show what they think ("banners opposing the plan"), which speak for their carriers.
DISPLAYED_NOUNS = frozenset("banner placard sign poster flag t-shirt leaflet sticker billboard".split())
CARRYING_VERBS = frozenset("carry hold wave brandish display wear raise unfurl hoist put erect".split())


def _carrier(thing: Token) -> Token | None:
    """The subject of the verb of carrying that `thing` is the object of ("Protesters carried banners …", "Hundreds
    gathered, carrying banners …": those who gathered), else None."""
    verb = thing.head
    if thing.dep_ not in ("dobj", "conj") or _lemma(verb) not in CARRYING_VERBS:
        return None
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i else None
    return None


def _a_force(noun: Token) -> bool:
    """Whether a subject is a common noun for a force of nature or an illness (FORCES: "the sea", "Cancer"), not a
    name ("Sea Shepherd said", "Hartley Water said"). Opening a sentence, where the tagger often takes the capital
    for a name, the word alone still counts ("Cancer claimed her father when she was 12")."""
    return (
        (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_sent_start and noun.is_title))
        and noun.lemma_.lower() in FORCES
        and not noun.ent_type_
        and (noun.is_lower or noun.is_sent_start)
        and not any(c.dep_ == "compound" and not c.is_lower for c in noun.children)
    )


def _a_thing(noun: Token) -> bool:
    """Whether a subject is a common noun for a thing that says nothing: no name, no one who can speak, no text
    ("the funding", not "the agency", "the poll", "Ms. Lee")."""
    return (
        noun.pos_ == "NOUN"
        and noun.text[:1].islower()  # not a name the tagger took for a plural ("Sanders said")
        and not noun.ent_type_
        and not _can_speak(noun)
        and noun.lemma_.lower() not in DOCUMENT_NOUNS | OWNED_VOICES
    )


# Nouns for words someone said or wrote: the subject of "the statement welcomed the plan" speaks for its author.
SPOKEN_NOUNS = frozenset(
    "announcement comment remark word speech post tweet message response reply answer claim warning note release "
    "statement letter editorial".split()
)


# Verbs by which one answers or takes a stance on words that are someone else's: "their demand" after "Ministers
# rejected" is not the ministers'.
ANSWERING_VERBS = frozenset(STANCE_TONES) | frozenset(
    "dismiss ignore refuse accept meet grant answer deny rebuff resist question challenge dispute heed".split()
)
# A word written as a plural ("Greens", "Democrats", "Tories"), whatever the parse tagged it.
PLURAL_WORD = re.compile(r"[a-rt-z]s$")
# ... or a people's word that names all of them ("the English", "the Welsh", "the French", "the Dutch").
PLURAL_PEOPLE = re.compile(r"(?:[a-rt-z]s|sh|nch|tch)$")


# Verbs of a stance whose subject may be a measure that helps or hinders ("the cuts support growth").
STANCE_VERBS = frozenset("support back endorse welcome oppose reject embrace echo".split())


# Adverbs that make a verb of stance a position held over a time, not a statement made at one ("the regulator had
# previously opposed the scheme", "has long supported", "have always backed").
HELD_STANCE_ADVERBS = frozenset("previously long always consistently traditionally historically".split())


def _tally(verb: Token) -> bool:
    """Whether a verb of stance is the participle of a "with" phrase whose subject is a count ("voted six to three,
    with three members backing a cut", "with 13 percent supporting another candidate", "with 40 Labour MPs opposing
    it"): how a vote or a poll split, a tally and no statement; "with Russia backing the government", a named side,
    stays."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pcomp" and first.head.lower_ == "with":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        subject = verb.head  # the parse's other reading: "with [two directors] backing a longer deal"
    else:
        return False
    return subject is not None and (subject.tag_ == "CD" or any(c.dep_ == "nummod" for c in subject.children))


def _object_conjuncts_end(verb: Token, obj: Token) -> int | None:
    """The end of a cue's object the parse split over the verb ("citing traffic on the A61 and a lack of school
    places": "on the A61" and "a lack …" hung on "citing"): when a noun joined to the verb by "and" or "or" follows
    the object, the phrases between and that noun are the object too; so is a second object right against a
    one-word noun object ("defends prison early release scheme"). None when no such noun follows."""
    last, out = obj.right_edge.i, None
    for child in verb.rights:
        if child.i <= obj.i:
            continue
        if child.left_edge.i != last + 1:
            break
        if child.dep_ in ("prep", "cc") or (child.dep_ == "punct" and child.text == ","):
            last = child.right_edge.i
        elif (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "NUM")) or (
            # "defends prison early release scheme": one noun phrase the parse read as two objects, the first word
            # a noun modifying the rest, right against it
            child.dep_ == "dobj" and child.pos_ == "NOUN" and last == obj.i and (obj.pos_ == "NOUN" or obj.is_lower)
        ):
            last = child.right_edge.i
            out = child.right_edge.idx + len(child.right_edge.text)
        else:
            break
    return out


def _kept_going(verb: Token, thing: Token) -> bool:
    """Whether a verb of stance in a relative clause on a body has a count of things as its object ("The Trussell
    Trust, which supports more than 1,200 food banks,"): what the body does, told to describe it, not its view
    ("Clinton, who supports a $12 wage", "who backed four candidates", "who backed the 2003 war" keep theirs)."""
    if verb.lemma_.lower() not in ("support", "back", "fund") or verb.dep_ != "relcl" or thing.tag_ != "NNS":
        return False
    if thing.lemma_.lower() not in PERSON_NOUNS | PERSON_DESCRIPTIONS | GROUP_NOUNS and any(
        c.dep_ == "nummod" and not (len(c.text) == 4 and c.text.isdigit()) for c in thing.children
    ):
        return True
    # "the Plunkett Foundation, which supports community-owned businesses": a body's standing purpose, in the
    # present with no article on the kind of thing it supports, describes the body (but not "Clinton, who supports
    # a $12 wage", a person's stance, nor "the union, which backed Kloppenburg", one it took)
    body = verb.head
    return (
        verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "neg") for c in verb.children)
        and (body.ent_type_ == "ORG" or body.lemma_.lower() in ORG_NOUNS)
        and not any(c.dep_ in ("det", "poss") for c in thing.children)
        and not any(t.pos_ == "PROPN" for t in thing.subtree)
    )


def _a_deed(noun: Token) -> bool:
    """Whether a subject is a common noun for a measure or an event, which backs or welcomes nothing by speaking:
    no name, no one who can speak, no text, no words said ("the decisions", "the cuts", not "the statement")."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and noun.text[:1].islower()
        and not noun.ent_type_
        and not _can_speak(noun)
        and lemma not in DOCUMENT_NOUNS
        and lemma not in SPOKEN_NOUNS
    )


def _spaced_dash(token: Token) -> bool:
    """Whether a token is a dash set off by a space, not the hyphen of a compound ("three-year-old")."""
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(token.nbor(-1).whitespace_))
    return token.text in DASHES and spaced


def _reported_future(verb: Token) -> bool:
    """Whether a verb the parse joined to a cue is the rest of what was said, in the future of reported speech: "and
    would consider whether to appeal", with "would" and no subject of its own (not "and will meet him on Friday",
    which the reporter may say)."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "would" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _name_set_off_after(verb: Token) -> bool:
    """Whether a name follows the verb and ends at a comma or the sentence's end ("…, said Jonathan Haidt, a
    psychologist"): the speaker set after the cue, not the subject of a clause it reports ("said Mr. Trump was …")."""
    k = verb.i + 1
    while k < len(verb.doc) and verb.doc[k].pos_ == "PROPN" and verb.doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1
    return k > verb.i + 1 and (k == len(verb.doc) or verb.doc[k].text in (",", ".", ";"))


def _shared_subject_clauses(verb: Token) -> tuple[Token, Token] | None:
    """(the clause before, the clause after) of a cue with no subject between two clauses the parse hung on it, the
    way a headline leaves out a repeated subject ("Nordvik unveils phone, says price will fall"): the first clause's
    subject says the second."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    if verb.tag_ == "VBD" and _name_set_off_after(verb):
        return None  # "Research … is mixed, said Jonathan Haidt, a psychologist whose book …": the name after speaks
    before = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i < verb.i]
    after = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i > verb.i]
    if not before or not after or not any(c.dep_ == "nsubj" for c in before[-1].children):
        return None
    return before[-1], after[0]


# "…, one of whom, Lisa Grant, said": a member of a group named right before the verb, read from the words.
ONE_OF_THEM = re.compile(
    r"\b(?:one|two|three|four|some|several|many|each|both|all|none|most|another)\s+of\s+(?:whom|them|those|these)"
    r"\s*,\s*([^,;:]{2,80}?)\s*,\s*$",
    re.I,
)


def _one_of_them_named(verb: Token, text: str) -> Span | None:
    """The head of the name set off by commas right before a cue verb after "one of whom" or "one of them"
    ("Two senators spoke, one of whom, Lisa Grant, said …"), whatever the parse made of it; else None."""
    if verb.i == verb.sent.start:
        return None
    match = ONE_OF_THEM.search(text[verb.sent.start_char : verb.idx])
    if match is None:
        return None
    a, b = verb.sent.start_char + match.start(1), verb.sent.start_char + match.end(1)
    span = verb.doc.char_span(a, b, alignment_mode="expand")
    if span is None or not any(t.pos_ in ("PROPN", "NOUN") for t in span):
        return None
    return span


# Whom a standing request is made to: anyone who reads it ("Anyone with information is asked to call", "Drivers are
# advised to avoid the area").
APPEAL_VERBS = frozenset("ask urge advise encourage request remind tell warn press pressure push".split())
ADDRESSED = frozenset(
    """anyone anybody everyone everybody whoever someone those people public witness motorist driver resident reader
    passenger customer visitor traveller traveler commuter supporter fan spectator parent""".split()
)


def _infinitive_on_addressee(verb: Token) -> Token | None:
    """The infinitive of an appeal that the parse hung on the phrase describing whom it is made to ("urged anyone with
    information to contact police", "asked anyone offered watches for sale to call them"), or None."""
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if addressee is None or addressee.lemma_.lower() not in ADDRESSED:
        return None
    # (the phrase may hang on the verb: "urged anyone | with information to …", "urged anyone | offered watches
    # for sale to …", a participle read as the verb's own)
    phrases = [addressee] + [
        c
        for c in verb.children
        if c.i == addressee.right_edge.i + 1
        and (c.dep_ == "prep" or (c.dep_ == "xcomp" and c.tag_ in ("VBD", "VBN") and not _to_infinitive(c)))
    ]
    # (a verb the tagger read as a noun after "to" too: "to contact police", "contact" NN)
    hung = [
        t
        for p in phrases
        for t in p.subtree
        if t.i > addressee.i
        and t.dep_ in ("acl", "advcl", "relcl", "ccomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == t.i - 1 for c in t.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
    ]
    return hung[0] if hung else None


def _describes_addressee(verb: Token) -> bool:
    """Whether a participle is the description of whom an appeal is made to, which the parse read as the verb's own
    ("urged anyone offered watches for sale to contact police": those offered watches, no offer made)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ in ("VBD", "VBN")
        and head.lemma_.lower() in APPEAL_VERBS
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ADDRESSED and c.right_edge.i == verb.i - 1 for c in head.children
        )
    )


def _topic_read_as_clause(verb: Token) -> bool:
    """Whether a verb stands in a topic opened by "as for", which takes a noun phrase, never a clause: the parse
    read a plural noun as the verb ("As for the candidate's wilder promises, …")."""
    sentence = verb.sent
    first = sentence[0] if sentence[0].is_alpha else sentence[min(1, len(sentence) - 1)]
    if first.lower_ != "as" or first.i + 1 >= verb.i or first.nbor(1).lower_ != "for":
        return False
    return not any(t.text in (",", ";", ":", "—", "–") for t in verb.doc[first.i : verb.i])


def _measured_question(verb: Token) -> bool:
    """Whether a cue verb is the verb of a question of degree ("how long the bees remembered", "how well pupils
    knew the rules", "how often he speaks to her"): an extent someone asks or measures, no one's statement."""
    return any(
        c.dep_ in ("advmod", "npadvmod", "acomp")
        and c.tag_ != "WRB"  # "how and why Trump decided to add …" asks the manner of a decision he did take
        and any(g.lower_ == "how" and g.dep_ == "advmod" for g in c.children)
        for c in verb.children
    )


def _standing_appeal(verb: Token) -> bool:
    """Whether a verb of asking in the present passive, with no one asking ("is asked to", "are urged to"), is made
    to anyone concerned: a request that stands, as police appeals and notices print it, not a statement."""
    if _lemma(verb) not in APPEAL_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    if not _present_passive_without_agent(verb):
        return False
    if subject.lower_ in ADDRESSED or subject.lemma_.lower() in ADDRESSED:
        return True
    # "Members of the public are asked": the public
    return any(t.lower_ == "public" for t in subject.subtree)


# Events one calls into being ("called a strike", "called a snap election"), not things one calls something.
CALLED_EVENTS = frozenset(
    "strike walkout stoppage election referendum vote ballot meeting session halt truce ceasefire recess".split()
)


def _calls_an_event(verb: Token) -> bool:
    """Whether "call" has an event for its only object ("called the strike", "called a snap election"; the parse may
    read it as a predicate), not a thing called something ("called the strike a betrayal")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    return len(objects) == 1 and objects[0].lemma_.lower() in CALLED_EVENTS


def _standing_description(verb: Token) -> bool:
    """Whether "described as" is in the present passive with no one describing ("She is described as white, about
    5ft 6in tall"): a missing person's or suspect's description as appeals print it, not a statement."""
    return (
        _lemma(verb) == "describe"
        and _present_passive_without_agent(verb)
        and any(c.dep_ == "nsubjpass" and c.pos_ in ("PRON", "PROPN") for c in verb.children)
    )


def _present_passive_without_agent(verb: Token) -> bool:
    """Whether a participle is in the present passive with no one doing it ("is asked to", "are described as")."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ == AGENT_DEP for c in verb.children)
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re", "’s", "’re") for c in verb.children)
    )


def _one_hyphenated_word(a: Token, b: Token) -> bool:
    """Whether two tokens are parts of one hyphenated word ("co", "-", "defendant"): nothing but a hyphen between
    them, and no space."""
    between = a.doc[a.i + 1 : b.i]
    return (
        not a.whitespace_
        and all(t.text in ("-", "‐") and not t.whitespace_ for t in between)
        and (a.i + 1 == b.i or len(between) == 1)
    )


def _quoted_second_half(child: Token, head: Token, quoted: bytearray) -> bool:
    """Whether a verb the parse joined to the cue after its reported clause is that clause's second half, as its
    quoted words show ("said his client had been “overwhelmed by debt” and was “deeply ashamed”"): a "be" or "have"
    with no subject of its own, no verb of saying, that quotes the speaker's words."""
    return (
        child.dep_ == "conj"
        and child.lemma_ in ("be", "have")
        and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        and any(quoted[t.idx] for t in child.subtree if not t.is_punct)
        and head.right_edge.i < child.i
    ) or _quoted_closing_participle(child, head, quoted)


def _quoted_closing_participle(child: Token, head: Token, quoted: bytearray) -> bool:
    """Whether a participle the parse hung on the cue after its reported clause is the clause's quoted close: it
    lies wholly in a quotation that opens on it after a comma and ends the sentence ("said that he had died
    peacefully at home, “surrounded by the people he loved”")."""
    doc = child.doc
    words = [t for t in child.subtree if not t.is_punct]
    before = doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    return (
        child.dep_ == "advcl"
        and child.tag_ in ("VBN", "VBG")
        and head.right_edge.i < child.i
        and child.lower_[:1].islower()
        and all(quoted[t.idx] for t in words)
        and before is not None
        and before.is_quote
        and child.right_edge.i >= child.sent.end - 3
    )


# Plural nouns of people received as guests ("welcomed visitors"): a greeting, not a view of a decision.
GUEST_NOUNS = frozenset("guest visitor fan supporter tourist delegate delegation crowd player pupil".split())


def _greets(verb: Token) -> bool:
    """Whether "welcome" greets someone (its object a person named or a guest: "welcomed Emperor Naruhito",
    "welcomed visitors"), not a decision or a step ("welcomed the ruling")."""
    return _lemma(verb) == "welcome" and _object_is_people(verb, GUEST_NOUNS)


def _object_is_people(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether a verb's direct object is a person named, a person described or a noun of people of `nouns`."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in nouns or _a_person(obj):
        return True
    return any(n.label_ == "PERSON" and n.start <= obj.i < n.end for n in _names(verb.doc))


# Nouns of the people a leader or an employer sacks: "dismissed his cabinet", not "dismissed the claims".
STAFF_NOUNS = frozenset(
    "cabinet staff worker employee minister official manager coach chief head general commander board team".split()
)


# Verbs of saying that, with a person as their object, tell a deed done to that person, with the nouns of people
# each may so take: "dismissed the coach" (sacked), "denied Kai Havertz" (kept from scoring, refused: "denied the
# man entry"), "Police questioned a 34-year-old man" (interrogated); their object a claim, they say something
# ("dismissed the claims", "denied the allegations", "questioned the figures").
DEEDS_TO_PEOPLE = {"dismiss": STAFF_NOUNS, "sack": STAFF_NOUNS, "fire": STAFF_NOUNS, "deny": frozenset()}
DEEDS_TO_PEOPLE["question"] = frozenset("suspect witness driver passenger".split())


def _dismisses_people(verb: Token) -> bool:
    """Whether a verb of `DEEDS_TO_PEOPLE` does something to people (its object a person named or described, or a
    noun of people it takes: "dismissed nearly his entire cabinet", "denied Salah from close range", "questioned
    a man"), not to a claim dismissed, denied or questioned."""
    nouns = DEEDS_TO_PEOPLE.get(_lemma(verb))
    return nouns is not None and not _passive(verb) and _object_is_people(verb, nouns)


def _name_read_as_modal(verb: Token) -> Token | None:
    """A capitalised modal right before a verb in the past or present tense ("May said", "Will wrote", not "May
    say"), inside a sentence: a name (Theresa May, George Will), as no modal is followed by a tensed verb or a
    participle ("Will wrote", tagged a participle). Opening a sentence or a chronology's entry ("May said on Friday
    that …", "March 2019: May says she will resign") only before a verb of saying: a month may open a sentence as
    its subject ("May saw record sales"), but says nothing."""
    if verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ != "MD" or before.head.i != verb.i or not before.text[:1].isupper():
        return None
    if before.is_sent_start and _lemma(verb) not in SAYING_VERBS:
        return None
    return before


# Verbs that make someone do what their infinitive says ("prompting the Speaker to call for order"), whose object,
# not their subject, does it.
PROMPTING_VERBS = frozenset({"prompt", "lead", "force", "cause", "spur", "push", "persuade", "convince"})
# Verbs of pressing that are cues of an appeal only with one who presses before them.
PRESSING_CUES = frozenset({"press", "pressure", "push"})
# Verbs that press someone to act ("pressed Republicans to back it", "urged members to reject the offer", "wants
# allies to support the plan"): the infinitive is what the one pressed is asked to do, which they have not done.
PRESSING_VERBS = frozenset(
    "ask urge press pressure push lobby encourage implore beg invite want expect call challenge advise tell".split()
)


def _pressed_to_act(verb: Token) -> bool:
    """Whether a cue verb is the infinitive of what someone is pressed to do ("Trump, who had pressed Republicans to
    back it", "calling on superdelegates to back the will of voters", "urged voters to support the plan"): its
    subject is the one pressed, who has said nothing yet, and the asker's words are the pressing verb's own
    statement. (Not one prompted or persuaded, who acted: "prompting the Speaker to call for order".)"""
    if not _to_infinitive(verb) or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    head = verb.head
    pressed = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if _lemma(head) == "call":  # "calling on superdelegates to back" (not "calling a meeting to discuss")
        pressed = next(
            (g for c in head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < verb.i for g in c.children),
            None,
        )
    if pressed is None:
        return False
    if _lemma(head) == "push":
        # "Sanders is pushing Democrats to reject the deal", but not a thing that pushes ("the attack is pushing the
        # candidates to speak more loudly about …": they do)
        pusher = _subject(head)
        return pusher is not None and not _a_thing(pusher)
    if _lemma(head) in PRESSING_VERBS:
        return True
    # "Trump pressed Republicans to support the bill", the pressing verb read as the object's adjective
    return any(t.tag_ in ("VBD", "VBN") and _lemma(t) in PRESSING_VERBS and t.i < pressed.i for t in pressed.subtree)


def _titled_description(verb: Token) -> bool:
    """Whether a headline's cue stands in a relative clause on the noun the whole headline is ("The village that
    refused to let its pub die", "The judge who backed the miners"): a feature's title that describes its subject."""
    clause = verb
    while clause.dep_ in ("xcomp", "ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl" and clause.head.dep_ == "ROOT" and clause.head.pos_ in ("NOUN", "PROPN", "PRON")


def _tense_not_shared(head: Token) -> bool:
    """Whether a clause's verb has a modal that a simple past joined to it cannot share ("she would “look
    carefully” at the request but insisted …"): the past verb is then the next deed of the one whose words the clause
    reports. (Not a past perfect: "said the two sides had met and agreed to resume talks" is the sides' agreeing.)"""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _states_something(verb: Token) -> bool:
    """Whether a cue verb has a that-clause or a noun as its object ("insisted that …", "criticised the referee",
    "quoted Reagan's “eleventh commandment”"), a statement of its own; not "cautioned against it" or "understood why
    people did", which annotators keep with the clause before."""
    return any(
        (c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        or (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"))
        for c in verb.children
    )


def _second_deed_of_speaker(verb: Token) -> bool:
    """Whether a past verb with no subject, joined by "and" after a closing quotation mark to a passive or
    participle clause that a verb of saying reports, or to a clause of being ("said the family were “heartbroken” and
    thanked staff"), is that speaker's second deed ("said children were being taught in “crumbling classrooms” and
    accused the government of …")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp":
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or _lemma(head.head) not in SAYING_VERBS:
        return False
    if _caveat_after(verb, head):
        return True  # "said the strongest winds had passed but warned that …": what one said, then a caveat of theirs
    if _tense_not_shared(head) and _states_something(verb):
        return True  # "said she would “look carefully” … but insisted that …": a past the modal cannot govern
    before = verb.doc[max(0, verb.i - 3) : verb.i]
    quoted_before = any(t.is_quote for t in before) and verb.doc[verb.i - 1].lower_ == "and"
    being = _lemma(head) == "be" or head.tag_ == "JJ"  # (the parse may make the adjective the clause's head)
    if quoted_before and being and _lemma(verb) in REASON_VERBS | APPEAL_VERBS | {"appeal"} and _states_something(verb):
        # "said the family were “heartbroken” and thanked staff": a state described, then a speaker's act of words
        # (not "said the man was “dangerous” and threatened staff", where the man goes on)
        return True
    return quoted_before and head.tag_ in ("VBN", "VBG")


def _source_read_as_compound(verb: Token, subject: Token | None = None) -> Token | None:
    """The name between a comma and a cue verb after what was said, which the parse made a compound of the verb
    and took the last name of the statement for the subject ("…, the Mail reports", "…, the Telegraph says"), or
    left with no subject at all (`subject` None: "…, the paper reports." with the cue read as a plural noun)."""
    doc = verb.doc
    if (subject is not None and not subject.i < verb.i) or verb.i < 2:
        return None
    before = doc[verb.i - 1]
    if before.dep_ != "compound" or before.head.i != verb.i or before.pos_ not in ("PROPN", "NOUN"):
        return None
    first = before.left_edge.i
    while first > 0 and doc[first - 1].head.i == verb.i and doc[first - 1].dep_ in ("det", "compound", "amod"):
        first = doc[first - 1].left_edge.i
    if first == 0 or doc[first - 1].text != "," or (subject is not None and subject.right_edge.i >= first):
        return None
    return before if before.pos_ == "PROPN" or _can_speak(before) else None


def _description_read_as_adverb(verb: Token) -> Token | None:
    """The word right before a verb with no subject that the parse read as an adverb of it though "the" comes before
    it, when it describes a person ("The forward thanked the fans", "The back said"): that person."""
    word = next((c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i - 1), None)
    if word is None or word.i == 0 or word.nbor(-1).lower_ != "the" or word.nbor(-1).head.i not in (word.i, verb.i):
        return None
    return word if word.lower_ in PERSON_NOUNS | PERSON_DESCRIPTIONS | OCCUPATION_NOUNS else None


def _name_before_description_read_as_adverb(verb: Token) -> Token | None:
    """The capitalised word opening the sentence of a verb with no subject, read as an adverb of it, when a
    description with "the" set off by commas stands between it and the verb ("Nationwide, the UK's largest building
    society, said"): the name the description is of, which the parse did not read as a name."""
    sent = verb.sent
    first = verb.doc[sent.start]
    if first.dep_ != "advmod" or first.head.i != verb.i or not first.is_title or first.is_stop:
        return None
    if first.i + 2 >= verb.i or first.nbor(1).text != "," or verb.nbor(-1).text != ",":
        return None
    between = verb.doc[first.i + 2 : verb.i - 1]
    if between[0].lower_ != "the" or any(t.text in ",;:" or t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return first if between[-1].pos_ == "NOUN" else None


def _described_before_verb_read_as_noun(verb: Token) -> Token | None:
    """The noun right before a verb the tagger read as a plural noun heading the sentence, when it describes a
    person ("The singer-songwriter talks to …", "The former minister speaks about …"): that person, the parse's
    compound of the "noun" (not a thing: "Peace talks", "The border talks")."""
    if verb.dep_ != "ROOT" or verb.tag_ != "NNS" or not any(c.dep_ == "det" and c.i < verb.i for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1), None)
    if noun is None or noun.ent_type_ not in ("", "PERSON", "NORP"):
        return None
    lemma = noun.lemma_.lower().rsplit("-", 1)[-1]
    person = (
        noun.ent_type_ == "PERSON"
        or lemma in PERSON_NOUNS | PERSON_DESCRIPTIONS | OCCUPATION_NOUNS | VOICE_NOUNS
        or CALLING_ENDING.search(lemma) is not None  # "novelist", "comedian", "songwriter"
    )
    return noun if person else None


def _name_after_fronted_phrase(stamp: Token) -> Token | None:
    """The name the parse joined, with no "and" or "or", to a common noun opening the sentence and closed by a comma,
    which it read as the subject: "Outside court, Detective Superintendent Paul Hughes of Cheshire Police said" is
    Paul Hughes speaking outside court. Two subjects are joined by a word; a phrase of place set before a comma is
    none."""
    doc = stamp.doc
    if stamp.pos_ != "NOUN" or stamp.left_edge.i != stamp.sent.start or stamp.i + 1 >= len(doc):
        return None
    if doc[stamp.i + 1].text != "," or any(c.dep_ in ("cc", "preconj") for c in stamp.children):
        return None
    return next((c for c in stamp.children if c.dep_ == "conj" and c.i > stamp.i + 1 and c.pos_ == "PROPN"), None)


def _message_read_as_receiver(verb: Token) -> Token | None:
    """The message a participle of saying right after it belongs to, when the parse hung the participle on the verb
    of getting it: "She received a text from the council saying her flat would be inspected", "got an email from
    the school warning that …" (the sender says it, not the one who got it)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _lemma(verb) not in SAYING_VERBS or verb.i < verb.head.i:
        return None
    message = next(
        (c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1 and c.i < verb.i), None
    )
    if message is None or message.lemma_.lower() not in AUTHORED_NOUNS:
        return None
    return message if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in message.children) else None


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb: its own, that of the verb it is conjoined to or depends on ("…, adding that",
    "who said"), or the agent of a passive."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and (name := _name_read_as_modal(verb)) is not None:
        return name  # "“…,” May said", "“…,” Will wrote": a name the parse read as a modal verb
    if not subjects and (described := _description_read_as_adverb(verb)) is not None:
        return described  # "The forward thanked the fans, saying …": the description read as an adverb
    if not subjects and (name := _name_before_description_read_as_adverb(verb)) is not None:
        return name  # "Nationwide, the UK's largest building society, said": the name read as an adverb
    while len(subjects) > 1 and _one_hyphenated_word(subjects[0], subjects[1]):
        subjects.pop(0)  # "A co-defendant, Lee Pollard, denied": the parts of one word read as subjects; its head
    if len(subjects) > 1 and any(g.tag_ == "WP$" for g in subjects[1].children):
        return subjects[0]  # "A mother whose three-year-old son was in hospital said": the relative's is no speaker
    if len(subjects) > 1 and any(_spaced_dash(t) or t.text == ":" for t in verb.doc[subjects[0].i : subjects[1].i]):
        # "MACAU (Reuters) – Sheldon Adelson said", "11:02 GMT: A spokesman said": the dateline or the live page's
        # time is no speaker
        return subjects[1]
    if len(subjects) > 1 and _list_of_names_cut(subjects[0], subjects[1]):
        return subjects[0]  # "Economists from the LSE, King's College and Oxford said": the list read as two subjects
    if (
        len(subjects) > 1
        and subjects[1].i < verb.i
        and any(t.text == "," for t in verb.doc[subjects[0].i : subjects[1].i])
    ):
        return subjects[1]  # "Holding signs calling him a liar, the protesters chanted": a phrase read as a subject
    if (
        len(subjects) > 1
        and (subjects[0].lemma_.lower() in PERSON_NOUNS | {"head"} or subjects[0].pos_ == "NOUN")
        and all(t.pos_ == "NOUN" for t in subjects[1:-1])
        and subjects[-1].pos_ == "PROPN"
        and all(b.left_edge.i == a.right_edge.i + 1 for a, b in zip(subjects, subjects[1:]))
    ):
        # "Head of the delegation Tapio Hakanen said", "the architect Juhani Pallasmaa later wrote", "Te Pāti Māori
        # co-leader Rawiri Waititi said" (the hyphen's parts read as subjects too): the one named
        return subjects[-1]
    if (
        len(subjects) == 2
        and subjects[0].pos_ == "PROPN"
        and subjects[1].pos_ == "PROPN"
        and subjects[1].i < verb.i
        and subjects[0].right_edge.i > subjects[0].i
        and subjects[0].right_edge.text.islower()
        and subjects[0].right_edge.lower_ in PERSON_DESCRIPTIONS
        and subjects[1].left_edge.i == subjects[0].right_edge.i + 1
    ):
        return subjects[1]  # "Her Downton co-star Hugh Bonneville said": the show's name and the person's, the first
        # read as a subject with the description after it; the one named is who speaks
    if subjects and (source := _source_read_as_compound(verb, subjects[0])) is not None:
        return source  # "Rovers will offer £15m for winger Samuel Dayo, the Mail reports": the Mail, not Dayo
    if not subjects and verb.tag_ == "NNS" and (source := _source_read_as_compound(verb)) is not None:
        return source  # "…, the paper reports.": the cue read as a plural noun, its speaker as its compound
    if subjects:
        stamp = subjects[0]
        if stamp.lower_ in ("all", "what"):  # "all she could do was shout “…”": the one the clause on it is about
            inner = [g for c in stamp.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]
            if inner and inner[0].pos_ in ("PRON", "PROPN", "NOUN") and inner[0].lower_ not in ("that", "which"):
                return inner[0]
        dash = next((t for t in verb.doc[stamp.i + 1 : verb.i] if dash_between_spaces(t)), None)
        if dash is not None and verb.i - dash.i > 1 and verb.nbor(-1).pos_ in ("NOUN", "PROPN"):
            # "Strike moves patients - the hospital district says …": a headline's second clause, which the parse
            # hung on the first, has its own subject before the cue
            if all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in verb.doc[dash.i + 1 : verb.i]):
                return verb.nbor(-1)
        filed = dateline_end(verb.doc.text) if stamp.i < 12 else 0
        if filed and stamp.idx < filed:  # "BOSTON (Wire) - Mayor Ann Lee …, saying": the dateline's place, read
            named = next((c for c in stamp.children if c.dep_ == "appos" and c.idx >= filed), None)  # as the subject
            # or with the subject conjoined to it ("SEOUL, South Korea (AP) — Yoon and Kishida agreed")
            named = named or next((c for c in stamp.children if c.dep_ == "conj" and c.idx >= filed), None)
            if named is not None:
                return named
        if (fronted := _name_after_fronted_phrase(stamp)) is not None:
            return fronted  # "Outside court, Detective Superintendent Paul Hughes said": the name, not the court
        opens = stamp.i == stamp.sent.start and stamp.i + 1 < len(stamp.doc) and stamp.nbor(1).text in DASHES
        if opens and (stamp.tag_ == "CD" or stamp.ent_type_ in ("DATE", "TIME")):  # "23:20 — The officer, …, says"
            named = next((c for c in stamp.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
            if named is not None:
                return named
        return stamp
    if (described := _described_before_verb_read_as_noun(verb)) is not None:
        return described  # "The singer-songwriter talks to Sarah Moss about …": a standfirst's subject
    for aside in verb.children:
        # "The minister, believed to be in Paris, said …": the parse hung the subject on the aside before the cue
        if aside.dep_ == "advcl" and aside.i < verb.i and aside.i > 0 and aside.doc[aside.i - 1].text == ",":
            held = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
            if held is not None:
                return held
    if (shared := _shared_subject_clauses(verb)) is not None:
        return next((c for c in shared[0].children if c.dep_ == "nsubj"), None)
    for child in verb.children:
        # the agent of a passive, not a means or a deed, a singular noun with no article ("said by telephone", "is
        # charged with fraud by abuse of position")
        if child.dep_ == AGENT_DEP and (verb.tag_ == "VBN" or _passive(verb)):
            for grand in child.children:
                if grand.dep_ == "pobj" and not _bare_thing(grand):
                    return grand
            # "Asked by prosecutor Nicholas Rees KC why …": the parse read the agent's noun as the one asked
            after = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.left_edge.i == child.i + 1), None)
            if after is not None and not any(g.dep_ == "pobj" for g in child.children):
                return after
    if verb.dep_ != "ROOT" and (named := _name_right_before(verb)) is not None:
        return named  # "…, Prime Minister Erik Holm told reporters": a name right before the verb, hung elsewhere
    if (described := _described_name_right_before(verb)) is not None:
        return described  # "gained after the Bank's deputy governor, Sarah Breeden, said": not "housebuilders"
    if _said_after_as_acl(verb):  # "…, the Championship side announced": the parse took the cue for the noun's
        return verb.head
    if verb.dep_ == "xcomp":  # "Trump was prompted to say", "he is expected to announce"
        for child in verb.head.children:
            if child.dep_ == "nsubjpass":
                return child
        # "prompting the Speaker, Sir Lindsay Hoyle, to call for order": the one prompted, not the prompter
        prompted = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if prompted is not None and _lemma(verb.head) in PROMPTING_VERBS:
            named = next((c for c in prompted.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            return named or prompted
    if verb.dep_ in ("conj", "advcl") and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "X affects millions, and the number is expected to double", "Officials put hospitals on alert as
        # temperatures are expected to reach 44C": a passive with no agent has no subject to share
        return None
    if verb.dep_ == "conj" and verb.head is not verb:
        passive = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        # "Okafor was replaced by a younger player and joked": Okafor, not the agent; but not a thing ("… that all
        # ballot boxes had been accounted for and thanked the staff")
        if passive is not None and (passive.pos_ in ("PROPN", "PRON") or passive.ent_type_ or _can_speak(passive)):
            return passive
    if verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if len(heads) > 1 and any(g.tag_ == "WP$" for g in heads[-1].children):
            return heads[0]  # "A man whose car was towed away said": the relative's verb read as the sentence's
    if _second_deed_of_speaker(verb):
        # "Trott said thousands of children were being taught in “crumbling classrooms” and accused the government
        # of …": the speaker's second deed, joined to what she said
        return _subject(verb.head.head)
    if (studier := _studier_of_a_relative(verb)) is not None:
        return studier  # "Researchers analysed tissue from 52 people who died in 2016 and found that …"
    if verb.dep_ == "conj" and (nearer := _nearer_clause_subject(verb)) is not None:
        return nearer  # "Shares in X fell after the supplier cut its forecast and warned": the supplier warned
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.dep_ in ("dobj", "pobj", "attr")
        and verb.head.head.pos_ in ("VERB", "AUX")
    ):
        # "He put on a fake accent and joked": the parse joined the verb to the object; it shares the clause's subject
        governing = verb.head.head if verb.head.dep_ != "pobj" else verb.head.head.head
        return _subject(governing) if governing.pos_ in ("VERB", "AUX") else None
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and any(t.text == "," for t in verb.doc[max(0, verb.i - 2) : verb.i])  # after a title's closing mark too
        and verb.head.dep_ == "ccomp"
        and verb.head.head.i < verb.head.i
        and (_lemma(verb.head.head) in ("say", "tell", "write", "add") or _participle_of_saying_after(verb))
    ):
        # "Starr said Clinton's situation reminds him of a book, explaining, “…”": the parse hung the participle
        # on what was said; the one who said it explains
        return _subject(verb.head.head)
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and _lemma(verb) in SAYING_VERBS
        and (shared := _subject(verb.head)) is not None
        and _a_thing(shared)
        and (outer := _subject(verb.head.head)) is not None
        and not _a_thing(outer)
    ):
        # "someone discovers that the high street is in trouble and announces that …": the parse joined the verb
        # to what was discovered; a street announces nothing, the one who discovers does
        return outer
    if (message := _message_read_as_receiver(verb)) is not None:
        return message  # "She received a text from the council saying …": the text, which speaks for its sender
    if verb.dep_ in ("conj", "advcl", "xcomp", "acomp") and verb.head is not verb:
        return _subject(verb.head)  # "…, adding that", "was ready to endorse", "is quick to point out"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head is not verb.head:
        acting = verb.head.head  # "… by pushing for a recount", "Braynard is quoted as saying": the one who acts
        passive = next((c for c in acting.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return passive
        if acting.pos_ in ("ADJ", "ADV") and acting.dep_ in ("acomp", "advmod"):
            acting = acting.head  # "stopped short of endorsing"
        if (
            acting.dep_ in ("relcl", "acl")
            and acting.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in acting.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in acting.children)
            and acting.head.dep_ == "dobj"
        ):
            # "has launched an appeal to raise £2m after warning that …": the parse hung the gerund on the purpose's
            # infinitive, read as the object's clause; the one who launched it warned
            acting = acting.head.head
        return _subject(acting) if acting.pos_ in ("VERB", "AUX") else None
    if (
        verb.dep_ == "acl"
        # ("filed a brief supporting …": "brief" read as an adjective)
        and (verb.head.pos_ in ("NOUN", "PROPN", "PRON") or verb.head.lemma_.lower() in FILED_NOUNS)
        and (verb.tag_ in ("VBG", "VBD") or _finite_read_as_participle(verb))
    ):
        sent = _message_sent(verb.head)
        if sent is not None:  # "mailed a letter to members saying": the message's sender, not those it went to
            return _subject(sent)
        if (writer := _writer_of_opinion(verb.head)) is not None:
            return writer  # "Justice Gorsuch wrote a short concurrence arguing that …": the justice argues
        return verb.head  # "a super PAC backing Jeb Bush"; a past tense is no reduced relative: "Ann Lee, …, wrote"
    # "“…,” Bozell notes." read as a noun compound, "said Smith" read as an object: a name next to the verb
    for child in verb.children:
        if child.lower_ in ONE_OF and child.i == verb.i + 1 and verb.i and verb.nbor(-1).text in ("”", '"', "''"):
            return child  # "“…,” read one."
        if (
            child.dep_ in ("compound", "dobj", "npadvmod", "attr")
            and child.pos_ == "PROPN"
            and abs(child.i - verb.i) <= 2
            and child.ent_type_ not in ("DATE", "TIME")  # "Beck called Wednesday …"
        ):
            return child
        if (
            child.dep_ in ("dobj", "attr")
            and child.pos_ in ("NOUN", "PROPN")
            and child.i > verb.i
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
        ):  # "…, reports the news agency Interfax"
            return child
        if child.dep_ == "amod" and child.i < verb.i and _age_description(child):
            return child  # "“…,” the 46-year-old said." read as "the … said" with the age as its adjective
    if (compound := _subject_read_as_compound(verb)) is not None:
        return compound
    if (near := _near_source_read_as_clause(verb)) is not None:
        return near
    return _name_right_before(verb)


def _near_source_read_as_clause(verb: Token) -> Token | None:
    """The unnamed source before a cue with no subject whose word of nearness (NEARNESS_WORDS) the parse read as the
    verb of a clause of its own ("Two people briefed on a meeting last Thursday said …", "Officials involved in the
    talks on Monday said …"): that clause's subject is who speaks, not the date or name right before the cue."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "advcl") and clause.i < verb.i and clause.lower_ in NEARNESS_WORDS:
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None and subject.i == clause.i - 1:
                return subject
    return None


def _writer_of_opinion(noun: Token) -> Token | None:
    """The one who wrote the judge's opinion `noun` ("Justice Gorsuch wrote a short concurrence arguing that …") or
    filed the brief or complaint `noun` ("The chamber filed a brief supporting Acme"): the subject of the verb of
    writing or filing it is the object of, a name or a person, not the document."""
    # (or a noun of saying the opinion's name qualifies: "wrote a dissent warning that …" read as a compound)
    qualified = any(c.dep_ == "compound" and c.lemma_.lower() in OPINION_NOUNS for c in noun.children)
    # a party's filing too: "A group of former regulators filed a brief supporting the investors", "lodged a
    # complaint alleging …": the filer takes the side or makes the claim
    filed = noun.lemma_.lower() in FILED_NOUNS and _lemma(noun.head) in MAKING_VERBS
    if (noun.lemma_.lower() not in OPINION_NOUNS and not qualified and not filed) or noun.dep_ != "dobj":
        return None
    if _lemma(noun.head) not in OPINION_WRITING_VERBS and not filed:
        return None
    writer = _subject(noun.head)
    return writer if writer is not None and writer.pos_ in ("PROPN", "PRON", "NOUN") and not _a_thing(writer) else None


def _message_sent(noun: Token) -> Token | None:
    """The verb that sent a message to `noun` ("mailed a letter to members", "sent a notice to
    tenants"), when a participle of saying on `noun` is the message's: `noun` is the object of "to" after the
    verb's object, a thing that is released (an email, a letter, a statement)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    message = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if message is None or message.lemma_.lower() not in RELEASED_NOUNS:
        return None
    return verb


# Words inside a long name: "National Union of Metalworkers", "Commission for Conciliation and Arbitration".
NAME_JOINERS = frozenset("of for and".split())


def _described_name_right_before(verb: Token) -> Token | None:
    """The noun of "the Bank of England's deputy governor, Sarah Breeden," right before a verb the parse joined to
    an earlier clause with no "and" or "but" ("housebuilders gained after the deputy governor, Sarah Breeden, said
    that …"): the one it describes, not the earlier clause's subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3 or verb.nbor(-1).text != ",":
        return None
    name = verb.nbor(-2)
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.dep_ == "cc" or t.text == ";" for t in verb.doc[verb.head.i + 1 : verb.i]):
        return None
    return name.head if name.head.i < name.i else None


def _name_right_before(verb: Token) -> Token | None:
    """A name that ends right before a finite verb with no subject, which the parse hung elsewhere ("Meanwhile, at
    the plant, the National Union of Metalworkers (Numsa) said talks had broken down"): its subject, a short
    name in brackets after it aside."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.nbor(-1)
    if before.text == ")" and before.i >= 3 and verb.doc[before.i - 2].text == "(":
        before = verb.doc[before.i - 3]
    if not before.text[:1].isupper():
        return None
    if before.pos_ != "PROPN":
        # "Grocerly said it had raised pay": a name opening the sentence that the tagger read as an adverb (no
        # adverb stands right before a verb of saying with no subject)
        # (or right after a quotation it closes: "“…,” Kiely says", the surname read as an adverb)
        after_quote = before.i > 0 and before.nbor(-1).is_quote and before.nbor(-1).tag_ == "''"
        opening = (before.is_sent_start or after_quote) and before.head.i == verb.i
        opening = opening and before.dep_ in ("advmod", "npadvmod")
        opening = opening and not before.is_stop and before.tag_ != "WRB"  # not "When asked how …"
        return before if opening and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) else None
    first = _name_run_start(before)
    return next((t for t in verb.doc[first : before.i + 1] if not first <= t.head.i <= before.i), None)


def _name_run_start(last: Token) -> int:
    """The index of the first word of the name that ends with `last`: capitalised words, joined by "of", "for" or
    "and" ("Dorset and Wiltshire Fire and Rescue Service")."""
    doc, first = last.doc, last.i
    while first > 0 and (
        doc[first - 1].pos_ == "PROPN"
        or (doc[first - 1].lower_ in NAME_JOINERS and first > 1 and doc[first - 2].pos_ == "PROPN")
    ):
        first -= 1
    return first


def _name_closing_before(verb: Token, subject: Token) -> tuple[Token, Token] | None:
    """The first and last words of a body's long name that the parse split into conjuncts, right before a cue with
    no subject of its own whose subject was found in it ("…, Dorset and Wiltshire Fire and Rescue Service said",
    "…, the Maritime and Coastguard Agency confirmed"): the whole name is who speaks."""
    if verb.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.nbor(-1).pos_ != "PROPN":
        return None
    named = _name_right_before(verb)
    if named is None or named.i != subject.i:
        return None
    first = verb.doc[_name_run_start(verb.nbor(-1))]
    if first.i > 1 and first.nbor(-1).lower_ == "the":
        first = first.nbor(-1)
    # (and a body named before it, after the sentence's comma: "…, Transport for London and the Metropolitan Police
    # said" is both)
    if first.i > 2 and first.nbor(-1).lower_ == "and" and first.doc[first.i - 2].pos_ == "PROPN":
        other = verb.doc[_name_run_start(first.doc[first.i - 2])]
        if other.i > 1 and other.nbor(-1).lower_ == "the":
            other = other.nbor(-1)
        if other.i > 0 and other.nbor(-1).text == ",":
            first = other
    return first, verb.nbor(-1)


def _closing_name_read_into_clause(verb: Token, subject: Token, head: Token) -> bool:
    """Whether a body's long name closing a sentence right before its cue, after a comma, was read by the parse
    into the clause reported, as conjuncts of its last noun ("…on Friday, Dorset and Wiltshire Fire and Rescue
    Service said."): the name is who speaks, the clause before the comma what was said."""
    name = _name_closing_before(verb, subject) if head.head.i == verb.i else None
    if name is None or name[0].i == 0:
        return False
    return name[0].nbor(-1).text == "," and head.i < name[0].i <= subject.i


def _cue_with_subject(verb: Token, quoted: bytearray) -> bool:
    """Whether a verb outside quotations is a verb of saying with a subject of its own ("she said")."""
    return (
        not quoted[verb.idx]
        and verb.pos_ in ("VERB", "AUX")
        and _lemma(verb) in SAYING_VERBS
        and any(c.dep_ in SUBJECT_DEPS and not quoted[c.idx] for c in verb.children)
        and not any(c.dep_ == "xcomp" and _anonymous(c) for c in verb.children)  # "who asked not to be named"
        and not _topic_read_as_clause(verb)
    )


# Words that open a clause of purpose, reason, condition or time, which reports nothing said before it.
PURPOSE_MARKS = frozenset("so because if unless when whenever while although though since until before after".split())


def _nearer_cue_content(verb: Token, head: Token, quoted: bytearray) -> Token | None:
    """The head of what a cue after it reports ("…, Kunin said"), or None when the words before belong to a nearer
    cue: a verb of saying with its own subject between them and this one ("“…,” Ms Patel said, after the chairman
    said …" is Ms Patel's), or the clause itself is such a cue of a quotation ("“A,” she said, but “B,” said Kunin":
    only B is Kunin's, read from the next clause the parse hung on the verb); then the clause after the verb, if any, is
    what it reports ("…, after the chairman said the deal was signed")."""
    nearest = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and head.i <= c.i < verb.i]
    head = nearest[-1] if nearest else head  # the clause right before the cue, not one the parse hung on it before
    later = (c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i > head.i)
    if any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS and c.i < verb.i for c in verb.children):
        # "Record reported that Porto want the deal done, so they can find a replacement": a clause of purpose or
        # reason reports nothing before it
        return next((c for c in later if c.i > verb.i), None)
    if any(t.text == ";" and not quoted[t.idx] for t in verb.doc[head.right_edge.i + 1 : verb.i]):
        # "Nell wants to stay; her father wants her gone": a clause before a semicolon is no one's words after it
        return next((c for c in later if c.i > verb.i), None)
    if _cue_with_subject(head, quoted) and any(c.dep_ in CLAUSE_DEPS and quoted[c.idx] for c in head.children):
        return next(later, None)
    own = any(c.dep_ in SUBJECT_DEPS and head.right_edge.i < c.i < verb.i for c in verb.children)
    if own and _cue_with_subject(head, quoted) and not quoted[head.idx]:
        # "X warned that …, and its director, Y, said firms want …": X's words before, Y's after
        after = next((c for c in later if c.i > verb.i), None)
        if after is not None:
            return after
    between = verb.doc[head.right_edge.i + 1 : verb.i]
    if any(_cue_with_subject(t, quoted) for t in between if t.head.i != verb.i or t.dep_ != "ccomp"):
        return next((c for c in later if c.i > verb.i), None)
    return head


# Verbs whose passive lends its subject to the infinitive after it ("are said to be close", "is believed to have
# left"): what is said is about that subject, which is no one addressed.
RAISING_VERBS = frozenset({"say", "report", "believe", "think", "understand", "allege", "rumour", "rumor"})


def _raised_subject(verb: Token) -> Token | None:
    """The subject of a passive of saying or believing that an infinitive goes on about ("the two clubs are said
    to be close to an agreement"), None for any other cue."""
    if _lemma(verb) not in RAISING_VERBS or not _passive(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)


def _split_clause_start(verb: Token, head: Token, start: int) -> int:
    """Where what a cue after it reports starts when the parse split one clause in two, both hung on the cue with
    nothing between them ("There was no certainty | an offer would be made, it added"): at the first part."""
    for part in sorted((c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i < head.i), key=lambda c: -c.i):
        first, last = head.left_edge, part.right_edge
        if last.i + 1 != first.i or last.is_punct or first.is_punct or {first.dep_, last.dep_} & {"cc", "mark"}:
            break  # (not "AAN polled the race, and both surveys showed …", nor "— that won't happen")
        if any(t.is_quote or t.text in "()" for t in verb.doc[part.left_edge.i : head.right_edge.i + 1]):
            break
        start, head = min(start, part.left_edge.idx), part
    return start


def _quotation_after_cue(verb: Token, text: str, quotes: list[tuple[int, int, bool]]) -> tuple[int, int] | None:
    """The quotation that a verb of saying introduces right after it, in its sentence ("said of the loss, “…”",
    "said in a statement: “…”"): only a comma or a colon and words of no verb of their own between them."""
    if _lemma(verb) not in SAYING_VERBS:
        return None
    after = verb.idx + len(verb.text)
    following = next(((a, b) for a, b, _ in quotes if a >= after), None)
    if following is None or following[0] >= verb.sent.end_char:
        return None
    gap = text[after : following[0]]
    if not gap.rstrip().endswith((",", ":")) or any(c in gap for c in ".;!?") or _words(gap) > 6:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 :] if t.idx < following[0]):
        return None
    return following


# What may stand between a text that is released and the quotation that gives it: "a statement, “…”", "a
# statement saying: “…”", "a message which read, “…”".
TEXT_TO_QUOTATION = re.compile(
    r"\s*(?:(?:,\s*)?(?:saying|reading|stating|(?:which|that) (?:read|said|says|reads)))?\s*[,:]\s*"
)


def _quotation_of_text(noun: Token, text: str, quotes: list[tuple[int, int, bool]]) -> tuple[int, int] | None:
    """The quotation that gives the words of a text a cue's object names ("issued a statement, “…”", "posted a
    message saying: “…”"): the one right after the noun, past only a comma or colon and a participle of saying,
    when the noun is a text that is released (a statement, a letter, a message) and the quotation a sentence."""
    if noun.lemma_.lower() not in RELEASED_NOUNS:
        return None
    after = noun.idx + len(noun.text)
    following = next(((a, b) for a, b, _ in quotes if a >= after), None)
    if following is None or following[0] >= noun.sent.end_char:
        return None
    if not TEXT_TO_QUOTATION.fullmatch(text[after : following[0]]):
        return None
    first = re.search(r"\w", text[following[0] : following[1]])
    if first is None or not first.group().isupper() or _words(text[following[0] : following[1]]) < MIN_QUOTE_WORDS:
        return None
    return following


def _subject_between(verb: Token, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The speaker written between a quotation and its cue ("“…,” William Daley, a former chief of staff, said")
    when the parse hung the name on the quotation: the head of the words between the closing mark and the verb."""
    sent = verb.sent
    ends = [b for a, b, _ in quotes if sent.start_char < b <= verb.idx]
    if not ends:
        return None
    words = [t for t in sent if ends[-1] <= t.idx < verb.idx and not t.is_punct]
    if not words or len(words) > 30:
        return None
    inside = range(words[0].i, verb.i)
    heads = [t for t in words if t.head.i not in inside and t.pos_ in ("PROPN", "NOUN", "PRON")]
    heads = [t for t in heads if not _told_one(verb, t)]  # "“…,” a jury has been told": not the one telling
    return heads[0] if heads else None


# Nouns of saying or thinking that report what their owner said ("Trump's claim that …"); chosen as the verbs
# were (those of stance, such as support, plan or position, marked an attribution too rarely to keep).
NOUN_CUES = frozenset(
    """
    claim statement remark warning promise pledge call criticism proposal belief view argument assertion
    allegation accusation suggestion insistence vow threat denial admission announcement endorsement praise attack
    charge demand complaint concern fear hope desire wish chant
    """.split()
)
NOUN_CONTENT_PREPS = frozenset({"of", "for", "on", "about", "against", "with", "to"})
# Nouns of a case or a charge brought against someone, whose "against" names that one, never what was said ("a patent
# claim against a rival", "complaints against the officer").
TARGETED_NOUNS = frozenset("claim complaint charge allegation accusation attack threat".split())
# Verbs of wanting: a wish, which its holder may state ("Palestinians want East Jerusalem") or another may tell of.
WANTING_VERBS = frozenset({"want", "wish"})


def _wish_told_by_another(verb: Token) -> bool:
    """Whether a verb of wanting stands in what another subject says or knows ("Francisco said the club had known
    for months that Zubimendi wanted a new challenge", "his agent said Brandt wanted regular football"): the
    wish is part of that statement, told of the one who wants, not said by them."""
    if _lemma(verb) not in WANTING_VERBS:
        return False
    own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if own is None:
        return False
    clause = verb
    # up to the verb whose reported clause holds the wish, however the parse hung the wish in it ("known for
    # months that Zubimendi wanted" read as a clause on "months"); not one whose subject holds it ("Trump, who
    # wants a wall, said")
    while clause.head.i != clause.i:
        teller = clause.head
        if clause.dep_ == "ccomp" and teller.pos_ in ("VERB", "AUX") and _lemma(teller) in CLAUSE_VERBS:
            told = next((c for c in teller.children if c.dep_ in SUBJECT_DEPS), None)
            return told is not None and told.lower_ != own.lower_
        if clause.dep_ in SUBJECT_DEPS:
            return False
        clause = teller
    return False


# Nouns of wanting whose "of" or "for" and a thing name what is wanted, not anything said ("hopes of a title").
WANTING_NOUNS = frozenset({"hope", "desire", "wish"})


# Words that make a warning a public alert of weather or hazard ("an amber warning for rain", "its red warning for
# wind", "a flood alert"), which a forecaster or agency issues: no one's words.
ALERT_NOUNS = frozenset({"warning", "alert", "watch"})
ALERT_WORDS = frozenset(
    "red amber yellow orange weather flood wind snow rain heat ice storm fog thunderstorm tsunami tornado hurricane "
    "severe drought wildfire".split()
)


def _public_alert(noun: Token) -> bool:
    """Whether a noun is a public alert of weather or hazard: "an amber warning", "a flood alert"."""
    return noun.lemma_.lower() in ALERT_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ALERT_WORDS for c in noun.children
    )


def _publisher(noun: Token) -> Token | None:
    """The one who published a document named with a participle and "by" ("figures published on Wednesday by the
    Office for National Statistics", "a report released by the IMF"), else None."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS and noun.lower_ not in DOCUMENT_NOUNS:
        return None
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            for by in verb.children:
                if by.dep_ == "agent" and by.lower_ == "by":
                    return next((o for o in by.children if o.dep_ == "pobj"), None)
    return None


def _clause_hung_on_verb_of_noun(noun: Token) -> Token | None:
    """The "that" clause the parse hung on the verb whose object a noun of saying is, when it follows the noun
    straight away ("The fans kept up their chant that the title was coming home", "she repeated her claim that …"
    read with the clause on "kept"): what the noun holds. Not when the verb itself reports a clause of its own
    (a verb of saying)."""
    verb = noun.head
    if noun.dep_ != "dobj" or _lemma(verb) in CLAUSE_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1), None)
    if clause is None or clause.left_edge.lower_ != "that" or clause.left_edge.dep_ != "mark":
        return None
    return clause


def _nominal_attribution(noun: Token, para: int, text: str, quotes, quoted: bytearray) -> Found | None:
    """A noun of saying or stance with its owner and what it holds: "Trump's claim that …", "his support for …",
    "her plan to …", "a warning by the agency that …"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is None:
        owner = _writer_of_opinion(noun)  # "Justice Sotomayor wrote a dissent warning that …": the justice's warning
    if owner is None or quoted[owner.idx] or _public_alert(noun):
        return None
    content = None
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(c.dep_ == "mark" for c in child.children):
            content = child  # "the claim that …"
        elif child.dep_ in ("acl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            content = child  # "her plan to …"
        elif child.dep_ == "prep" and child.lower_ in NOUN_CONTENT_PREPS:
            content = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if content is not None and child.lower_ == "against" and any(t.pos_ == "PROPN" for t in content.subtree):
                return None  # "her libel claim against the presenter Marcus Bell": whom it is against, no words
            if content is not None and child.lower_ == "against" and _lemma(noun) in TARGETED_NOUNS:
                return None  # "the chipmaker's patent claim against its rival": whom it is brought against
        if content is not None:
            break
    if content is None:
        content = _clause_hung_on_verb_of_noun(noun)
    if content is None:
        return None
    if _lemma(noun) in WANTING_NOUNS and content.dep_ == "pobj" and not any(t.pos_ == "VERB" for t in content.subtree):
        return None  # "kept their hopes of a third title alive": a thing wished for, no words
    start, end = _trim(text, *_clause_chars(content))
    end = _drop_final_stop(text, start, end)
    if end <= start:
        return None
    return Found(para, start, end, noun.text.lower(), (para, *_noun_phrase(owner)), source_token=owner, cue_token=noun)


def _subject_left(verb: Token, quoted: bytearray) -> Token | None:
    """The name or noun written right before a finite cue that the parse gave no subject ("…, former president
    Bill Clinton said …" read as an apposition): the word before it, past auxiliaries and adverbs ("has also
    said"), when it is a noun, name, pronoun or number outside quotations; the name before a participle set off by
    commas ("Mr. Hale, asked about the fees, had said")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not _perfect(verb):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "A man has been charged with murder": the one charged, not who charged him
    k = verb.i - 1
    while k >= verb.sent.start and verb.doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    if k < verb.sent.start:
        return None
    before = verb.doc[k]
    if before.text == "," and k - 1 >= verb.sent.start:  # "Col. Steven Warren, a military spokesman, said"
        before = verb.doc[k - 1]
        while before.dep_ in ("pobj", "prep", "amod", "compound", "det", "nummod", "poss", "case", "punct"):
            if not verb.sent.start <= before.head.i < before.i:
                return None
            before = before.head
        if before.dep_ == "appos" and before.head.i < before.i:
            before = before.head
            if before.dep_ == "conj" and before.pos_ == "NOUN" and not quoted[before.idx]:
                # "…, surrounded by her family, her agent, Julian Marsh, said": the speaker set right before the
                # cue, which the parse joined to the list before it
                return before
        for above in [before, *before.ancestors]:  # "Mr. Hale, asked about the fees, had said": Mr. Hale
            misread = above.dep_ == "conj" and quoted[above.head.idx]  # "retired" read as the quotation's verb
            if above.i >= verb.i or not (above.tag_ in ("VBN", "VBG") or above.dep_ in ("advcl", "acl") or misread):
                continue
            # "Mr. Dahl, now 81 and retired in Bergen, said": the subject the parse gave the description
            # (or a participle the parse hung on the quotation: "“…,” Ann Lee, then working for the council, wrote")
            described = next((c for c in above.children if c.dep_ == "nsubj" and c.i < above.i), None)
            hung = above.dep_ == "conj" or (above.dep_ == "advcl" and quoted[above.head.idx])
            if described is not None and hung and not quoted[described.idx]:
                before = described
                break
            edge = above.left_edge.i
            if above.pos_ == "VERB" and edge - 2 >= verb.sent.start and verb.doc[edge - 1].text == ",":
                before = verb.doc[edge - 2]
                break
    if quoted[before.idx] or (before.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and before.lower_ not in ONE_OF):
        return None
    while before.dep_ in ("compound", "nummod", "quantmod") and before.head.i < verb.i:
        before = before.head
    return _described(before, verb, quoted)


def _perfect(verb: Token) -> bool:
    """Whether a verb is in a perfect tense ("has said", "had said")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _described(word: Token, verb: Token, quoted: bytearray) -> Token:
    """The speaker a word before a cue belongs to when it lies in a clause describing that speaker: the noun a
    relative or participial clause describes ("an official who asked not to be named said"), the subject of a
    participle set off before the cue ("Durbin, noting the size of the list, said"); never a word of a quotation
    the parse hung them on ("‘… I would still be waiting,’ Ms. Okoye, now 67 and living in Accra, said")."""
    for above in word.ancestors:
        if above.i >= verb.i or above.i < verb.sent.start or quoted[above.idx]:
            break
        if above.dep_ in ("relcl", "acl") and above.head.i < above.i and above.head.pos_ in SPEAKER_POS:
            return above.head
        if above.tag_ == "VBG":
            subject = next((c for c in above.lefts if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return word


def _after_quotation_name(verb: Token, quoted: bytearray) -> bool:
    """Whether a verb the parse read as a participle follows a quotation and a name ("“Go back,” Trump barked"):
    a name or pronoun, one to three words, between a closing quotation mark and the verb."""
    k = verb.i - 1
    while k >= verb.sent.start and k >= verb.i - 3 and verb.doc[k].pos_ in ("PROPN", "PRON"):
        k -= 1
    if k == verb.i - 1 or k < 0:
        return False
    mark = verb.doc[k]
    return mark.is_punct and k > 0 and bool(quoted[verb.doc[k].idx]) and mark.text in ("”", '"', "''", "’", "'")


def _governing_subject(verb: Token, quoted: bytearray) -> Token | None:
    """The subject of the verb that governs a cue without one, however the parse linked them ("the mayor seemed
    ready to laugh about it, telling the supporters", "Ann Lee went so far as to say"), up to four steps up its
    sentence; the object of a verb that makes someone speak ("prompting Smith to say") when it stands between them. A
    participle the parse hung on a word of the quotation, or that opens a sentence ("…, telling the supporters, “We
    will be back …”", "Adding, “…”"), goes on from the clause before it: its subject."""
    if verb.tag_ == "VBG" and (quoted[verb.head.idx] or (verb.head.i == verb.i and verb.i == verb.sent.start)):
        return _subject_before(verb, quoted)
    token = verb
    for _ in range(4):
        if token.head is token:
            return None
        previous, token = token, token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        obj = next((c for c in token.children if c.dep_ == "dobj" and c.i < previous.i), None)
        if obj is not None and previous.dep_ in ("xcomp", "ccomp"):
            return None if quoted[obj.idx] or obj.pos_ not in ("NOUN", "PROPN", "PRON") else obj
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return None if quoted[subject.idx] else subject
    return None


def _subject_before(verb: Token, quoted: bytearray) -> Token | None:
    """The subject of the clause right before a participle (in its sentence, else the sentence before), outside
    quotations: the verb that governs the last word before it, as far up as the parse goes before the participle."""
    k = verb.i - 1
    while k >= 0 and (verb.doc[k].is_punct or quoted[verb.doc[k].idx]):
        k -= 1
    if k < 0 or verb.i - k > 40:
        return None
    top = verb.doc[k]
    while top.head.i != top.i and top.head.i < verb.i:
        top = top.head
    subject = _subject(top) if top.pos_ in ("VERB", "AUX") else None
    if subject is None or quoted[subject.idx] or subject.pos_ not in SPEAKER_POS:
        return None
    return subject


# Words that stand for one of several speakers just named ("“…,” read one. “…,” another tweeted").
ONE_OF = frozenset({"one", "another"})


def _inverted_cue(verb: Token) -> bool:
    """Whether a verb of saying in the past opens its sentence before its speaker and a colon ("Said Okafor:",
    "Added the minister:"), the speaker's words following."""
    if verb.i != verb.sent.start or not verb.text[:1].isupper() or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _lemma(verb) not in SAYING_VERBS:
        return False
    for token in verb.doc[verb.i + 1 : verb.i + 8]:
        if token.text == ":":
            return token.i > verb.i + 1
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return False
    return False


def _subject_after(verb: Token, quoted: bytearray) -> Token | None:
    """The speaker named right after a cue that follows a quotation ("“…,” said Larry Noble, an attorney"): the
    first name or noun of the words after it, outside quotations; also after a cue that opens its sentence and
    precedes a colon ("Added the minister: “…”", "Said Okafor: “…”")."""
    if not _inverted_cue(verb) and (
        verb.i == 0 or not (quoted[verb.nbor(-1).idx] or verb.nbor(-1).text in (",", "”", '"', "''"))
    ):
        return None
    # "“Why now?” asked one supporter": right after a question, the one after "asked" asks
    asks = _lemma(verb) == "ask" and verb.i > 1 and verb.doc[verb.i - 2].text == "?" and quoted[verb.nbor(-1).idx]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or (_lemma(verb) in ("tell", "ask") and not asks):
        return None  # "telling the crowd", "told reporters": who was told, not who spoke
    for token in verb.doc[verb.i + 1 : verb.i + 4]:
        if quoted[token.idx] or token.is_punct or token.pos_ == "ADP":
            return None  # "…, said by telephone": the means, not the speaker
        if token.lower_ in ONE_OF and (token.i + 1 == len(token.doc) or token.nbor(1).is_punct):
            return token  # "“…,” read one."
        # a name, even one the parse mistook for another part of speech ("said Skelly" read as an adverb)
        misread = token.is_title and not token.is_stop and token.ent_type_ not in ("DATE", "TIME")
        if token.pos_ in ("PROPN", "NOUN") or (misread and token.pos_ in ("ADV", "ADJ", "X", "INTJ")):
            while token.dep_ in ("compound", "amod") and token.i < token.head.i < verb.i + 8:
                token = token.head
            if _subject_of_what_was_said(token, verb, quoted):
                return None  # "…, Neil Forbes KC, said his client had shown remorse": the client is what was said
            return token
    return None


def _subject_of_what_was_said(word: Token, verb: Token, quoted: bytearray) -> bool:
    """Whether the noun right after a cue with a comma before it is the subject of the clause the cue reports, its
    verb after it ("In mitigation, Whitaker's barrister, Neil Forbes KC, said his client had …", where the parse
    hung the speaker on the phrase before): what was said opens there, and the one who said it stands before the
    comma. After a quotation the noun is the speaker as the parse reads it ("“…,” said Larry Noble"), and so is a
    name set off by a comma that the parse made the subject of a clause describing it ("…, said Jonathan Haidt, a
    psychologist whose book has fuelled the movement")."""
    clause = word.head
    return (
        word.dep_ in ("nsubj", "nsubjpass")
        and clause.i > word.i
        and clause.dep_ == "ccomp"
        and clause.head.i == verb.i
        and clause.pos_ in ("VERB", "AUX")
        and not any(t.text == "," for t in word.doc[word.i + 1 : clause.i])
        and not quoted[verb.nbor(-1).idx]
        and not (verb.i > 1 and quoted[verb.doc[verb.i - 2].idx])
    )


def _cue_text(verb: Token) -> str:
    """The cue as a reader says it: the verb with its particle, or 'according to'."""
    parts = [verb.text]
    if _lemma(verb) == "put_it":
        parts.append("it")
    for child in verb.rights:
        if child.dep_ == "prt":
            parts.append(child.text)
    return " ".join(parts).lower()


def _asked_lead(verb: Token) -> bool:
    """Whether the sentence of a cue opens with the question put to the speaker: "Asked by MP Neil Hudson how …,"."""
    sentence = verb.sent
    return sentence[0].lower_ == "asked" and sentence[0].tag_ == "VBN"


# Places run by a body that speaks as the place: "Bristol Airport … The airport said", "the museum said".
SPEAKING_PLACES = frozenset({"airport", "port", "museum", "zoo", "gallery", "theatre", "stadium"})
# Words that end the names of facilities of other kinds than those: "the airport" is no "Severn Bridge".
FACILITY_WORDS = frozenset(
    "bridge road street station hospital park arena hall centre center tower building square tunnel motorway".split()
)


# Verbs of asking, whose question is about another ("asked whether he would resign").
ASKING_LEMMAS = frozenset({"ask", "question", "press", "challenge", "quiz"})


def _asked_of_another(token: Token) -> bool:
    """Whether `token` lies inside the question a verb of asking puts ("asked whether he would resign")."""
    return any(
        a.lemma_.lower() in ASKING_LEMMAS and token.i > a.i and any(c.dep_ == "nsubj" for c in a.children)
        for a in token.ancestors
    )


def _asks(sentence) -> bool:
    """Whether a sentence is someone asking a question ("Labour MP Anna Dixon asked whether he would …"): the one
    who answers in the next sentence is another."""
    return sentence is not None and sentence.root.lemma_.lower() in ASKING_LEMMAS


def _phrase_of_name(doc: Doc, mention: tuple) -> Token | None:
    """The head of the phrase the name `mention` (para, start, end, …) is part of ("Hale's office said he…":
    "office"), whose head governs it; None when the name's characters are no tokens."""
    span = doc.char_span(mention[1], mention[2], alignment_mode="expand")
    if span is None:
        return None
    word = span.root
    while word.dep_ in ("poss", "compound", "appos", "flat", "nmod") and word.head.i != word.i:
        word = word.head
    return word


def _in_clause_of(doc: Doc, mention: tuple, token: Token) -> bool:
    """Whether `token` lies in the clause of the word that governs the name `mention` (para, start, end, …)."""
    word = _phrase_of_name(doc, mention)
    if word is None:
        return False
    governor = word.head
    return governor.left_edge.i <= token.i <= governor.right_edge.i


def _object_pronouns(doc: Doc, mention: tuple) -> set[str]:
    """The genders of the personal pronouns that are objects of the verb governing the name `mention` (para,
    start, end, …): "Tennant asked her", "put it to her", "told him" (never the name's own person)."""
    word = _phrase_of_name(doc, mention)
    if word is None or word.dep_ not in SUBJECT_DEPS:
        return set()
    verb = word.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    objects += [g for c in verb.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"]
    return {PRONOUN_GENDER[o.lower_] for o in objects if o.lower_ in ("him", "her")}


def _own_pronoun_gender(noun: Token) -> str | None:
    """The gender of the pronoun that takes up a description speaking ("The Scot said his team would respond", "The
    47-year-old manager said …. “…,” he added"): a "he", "she", "his" or "her" outside quotation marks in what its
    cue reports, else the subject of a verb of saying opening the next sentence. None when the cue tells someone
    ("told him he had …": the pronoun may be the one told) or no pronoun takes it up."""
    verb = noun.head
    if noun.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    sent = verb.sent
    for t in sent:
        if t.i <= max(noun.i, verb.i) or t.head.i == noun.i:
            continue
        if sum(1 for q in sent.doc[sent.start : t.i] if q.is_quote) % 2:
            continue
        if (t.lower_ in ("he", "she") and t.dep_ in SUBJECT_DEPS) or (t.lower_ in ("his", "her") and t.tag_ == "PRP$"):
            return PRONOUN_GENDER[t.lower_]
        if t.lower_ in ("him", "her", "they", "their", "them"):
            return None
    doc = noun.doc
    if sent.end < len(doc):
        after = doc[sent.end].sent
        for t in after:
            if (
                t.lower_ in ("he", "she")
                and t.dep_ == "nsubj"
                and t.head.lemma_.lower() in SAYING_VERBS
                and sum(1 for q in after if q.i < t.i and q.is_quote) % 2 == 0
            ):
                return PRONOUN_GENDER[t.lower_]
    return None


def _age_description(token: Token) -> bool:
    """Whether `token` heads an age that describes a person: "the 23-year-old"."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "month") for c in token.children)


def _age_read_as_adjective(verb: Token) -> Token | None:
    """The age that is the subject of a verb of saying the parse read as an adjective of the noun after it ("The
    61-year-old said investment would continue", read as "the said investment"): the "old" of "The 61-year-old",
    when it and the verb both describe that noun and "the" opens the phrase; else None. A "told" so read has the
    noun it describes for its addressee ("The 23-year-old told reporters the injury was not serious")."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or _lemma(verb) not in SAYING_VERBS:
        return None
    if verb.i < 2 or verb.head.i <= verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    age = verb.doc[verb.i - 1]
    if not _age_description(age) or age.head.i != verb.head.i:
        return None
    # the article on the noun before the age, or on the age itself ("The 23-year-old told reporters")
    if age.left_edge.lower_ == "the":
        article = age.left_edge
    elif age.left_edge.i >= 1:
        article = verb.doc[age.left_edge.i - 1]
    else:
        return None
    if article.lower_ != "the" or article.head.i not in (verb.head.i, age.i):
        return None
    return age


def _owner_clause_subject(token: Token) -> Token | None:
    """The subject of the clause whose verb takes as its object the words a "their" or an "its" owns ("The company
    dropped its claim that …": "company"), when the verb is not one of answering someone else's words ("Ministers
    rejected their demand") and the clause has one subject that is no pronoun; else None."""
    if token.lower_ not in ("their", "its") or token.dep_ != "poss":
        return None
    noun = token.head
    if noun.dep_ == "dobj":
        verb = noun.head
        if verb.lemma_.lower() in ANSWERING_VERBS:
            return None
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("by", "from"):
        # "stood by its warning that …", "backed away from their claim that …" (but one responds "to" words
        # of others, and acts "on" them)
        verb = noun.head.head
        if verb.dep_ in ("advmod", "prt") and verb.pos_ in ("ADV", "ADP"):
            verb = verb.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "Democrats agreed to drop their demand", "Democrats met and dropped their demand"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    return subjects[0]


def _describes_one(noun: Token) -> bool:
    """Whether a subject is "the" and a description of one person named before: a role ("the striker"), an age
    ("the 24-year-old") or a rank ("the British number one", "the world number three")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or noun.tag_ != "NN":
        return False
    ranked = noun.lower_ == "number" and any(c.dep_ == "nummod" for c in noun.children)
    return ranked or _age_description(noun) or noun.lower_ in PERSON_NOUNS | PERSON_DESCRIPTIONS


def _a_description(noun: Token) -> bool:
    """Whether a subject describes one person rather than naming them: "the striker", "the 24-year-old", "the club's
    captain", "Stockport's new manager" (a role, age or rank word with "the" or an owner)."""
    if _describes_one(noun):
        return True
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in PERSON_NOUNS | PERSON_DESCRIPTIONS
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _inside(quotes: list[tuple[int, int, bool]], char: int) -> bool:
    """Whether character offset `char` lies inside one of the quotations."""
    return any(a <= char < b for a, b, _ in quotes)


# Forms the model's lemmatizer gets wrong, by the word as written: "hopes" is not a form of "hop".
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def _lemma(token: Token) -> str:
    """The lower-case lemma of a token, with the lemmatizer's known slips mended; "go_on" for "went on" (a verb
    of saying with its particle)."""
    lemma = LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children):
        return "go_on"
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return "put_it"  # "as Smith put it, “…”"
    if lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return "point_out"  # "as the paper pointed out, “…”"
    return lemma


def _anonymous(verb: Token) -> bool:
    """Whether an infinitive asks for a source's anonymity ("who did not want to be named", "asked not to be
    identified"): a condition of speaking, not a statement."""
    return _lemma(verb) in ("name", "identify") and any(c.dep_ == "auxpass" for c in verb.children)


def _asks_what_one_says(verb: Token, quoted: bytearray) -> bool:
    """Whether a cue lies in a question the writer puts, outside quotation marks, of what someone would say ("What
    would Daniel say if he could see the trust now?"): a question about a saying, not one, and nothing in it is
    said. (A question put to the reader or an interviewee, "Do you support Donald Trump?", stays: PolNeAR's
    annotators mark such questions.)"""
    sentence = verb.sent
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    root = sentence.root
    if last is None or last.text != "?" or quoted[verb.idx] or quoted[root.idx] or _lemma(root) not in SAYING_VERBS:
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
    return modal and any(c.tag_ in ("WP", "WRB") for c in root.children)


def _parenthetical_belief(verb: Token) -> bool:
    """Whether a participle of belief set off by commas after a noun, with its infinitive, is an aside the parse
    read as the sentence's verb ("Legal costs, thought to be more than £1m, will be decided at a later hearing"):
    no one is named as believing it, and the sentence goes on with its own verb."""
    doc = verb.doc
    if verb.lower_ not in ("thought", "believed", "understood", "estimated") or verb.i < 2:
        return False
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    after = infinitive.right_edge.i + 1 if infinitive is not None else None
    return (
        doc[verb.i - 1].text == ","
        and after is not None
        and after < len(doc)
        and doc[after].text == ","
        and any(t.tag_ == "MD" or t.pos_ in ("VERB", "AUX") for t in doc[after + 1 : verb.sent.end])
    )


def _anonymity_purpose(verb: Token) -> bool:
    """Whether an infinitive gives why a source spoke unnamed ("spoke on condition of anonymity to discuss the
    talks", "spoke anonymously to describe the plans"): a condition of speaking, not a statement."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.head.i == verb.i:
        return False
    return any(t.lower_ in ("anonymity", "anonymously") for t in verb.doc[verb.head.i : verb.i])


# Gatherings a speaker addresses ("told the hearing", "told the inquest", "told the crowd"): listeners, though no
# speakers themselves.
GATHERING_NOUNS = frozenset(
    "hearing inquest court jury tribunal trial committee inquiry meeting conference audience crowd panel rally".split()
)


# Headline words for a role and the titles the story gives it in full ("chief" and "boss" for a chief executive).
# Who leads a team, and the words for the team they have ("his Arsenal side"): "the Arsenal manager" is that one.
TEAM_LEADERS = frozenset("manager coach boss".split())
TEAM_NOUNS = frozenset("side team squad".split())
HEADLINE_ROLES = {
    "chief": ("chief executive",),
    "boss": ("chief executive", "manager", "head coach"),
    "ceo": ("chief executive",),
}
# The other names of parties that descriptions use ("the Tory leader" of the Conservative one), as the plain name.
PARTY_NAMES = {"tory": "conservative", "tories": "conservatives", "gop": "republican", "lib dem": "liberal democrat"}
PARTY_NAME_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, PARTY_NAMES)) + r")\b")


def _plain_party(words: str) -> str:
    """Lower-case words with each party's other name as its plain name ("tory leader" -> "conservative leader")."""
    return PARTY_NAME_WORDS.sub(lambda m: PARTY_NAMES[m.group()], words)


def _told_one(verb: Token, subject: Token | None) -> bool:
    """Whether a cue's subject is the one a passive with no agent addresses ("“…,” an inquest has been told")."""
    return (
        subject is not None
        and subject.dep_ == "nsubjpass"
        and subject.head.i == verb.i
        and not any(c.dep_ == AGENT_DEP for c in verb.children)
    )


# Gatherings that hear evidence: what "the court heard" was said to it by someone it does not name.
HEARING_BODIES = frozenset("hearing inquest court jury tribunal trial inquiry panel committee".split())


def _hearing_body(subject: Token | None) -> bool:
    """Whether the subject of "heard" is a court or a hearing ("the inquest heard that …", "Leeds Crown Court
    heard"): evidence given to it."""
    if subject is None:
        return False
    words = {subject.lemma_.lower()} | {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
    return bool(words & HEARING_BODIES)


def _subject_of_evidence(verb: Token, subject: Token | None) -> Token | None:
    """The subject of the evidence a court or hearing heard, when the parse joined the next verb of saying to
    "heard" ("The panel heard that Harker pursued a car without permission, then claimed in his notes that …"): a
    hearing hears; the one the evidence is about claims."""
    hear = verb.head
    if verb.dep_ != "conj" or _lemma(hear) != "hear" or subject is None or subject.head.i != hear.i:
        return None
    if not _hearing_body(subject) or _lemma(verb) not in SAYING_VERBS | CLAUSE_VERBS:
        return None
    evidence = next((c for c in hear.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if evidence is None:
        return None
    return next((c for c in evidence.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _told_closing_headline(verb: Token, subject: Token) -> bool:
    """Whether a headline's "told" closes it after its subject with no one told ("Man stabbed stranger after row,
    jury told", "Stay indoors, residents told"): an active "told" names whom it told, so one with nothing after it is
    a passive with its auxiliary left out, and its subject is who heard what comes before, not who said it."""
    if verb.lower_ != "told" or verb.tag_ != "VBD" or subject.i > verb.i or _passive(verb):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return all(t.is_punct for t in verb.doc[verb.i + 1 :])


def _told_in_headline(verb: Token, subject: Token) -> bool:
    """Whether a headline's "told" is a passive with its auxiliary left out ("Jury told of screams", "Parents told
    to keep children home", "Inquest told mother was not warned"): a past "told" with no one told after it, right
    before "of" or "to" or after a gathering; headlines give what someone tells in the present ("Survivor tells of
    ordeal"), so the subject before it is who heard. ("Minister told MPs plan was safe" names whom he told.)"""
    if verb.lower_ != "told" or subject.i > verb.i or _passive(verb) or verb.i + 1 >= len(verb.doc):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.i > verb.i for c in verb.children):
        return False
    return verb.nbor(1).lower_ in ("of", "to") or subject.lemma_.lower() in GATHERING_NOUNS


# Verbs that tell someone something: the one told is their object, what they are told a clause after it.
TELLING_VERBS = frozenset("tell remind assure inform advise notify warn".split())


def _told_clause(verb: Token) -> Token | None:
    """What "told" reports when the parse read it as a relative clause of the one told ("told the local paper his
    basement had flooded", "told the hearing he had texted her"): a clause with a subject of its own and no relative
    word after a listener, or a that-clause hung on what was told, its "that" a conjunction ("told BBC Radio 4's
    Today programme that staff had worked hard")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        for clause in obj.children:
            # ("that" as the clause's conjunction, however the tagger read the word: "reminded passengers that
            # airlines must offer refunds")
            that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            if clause.dep_ in ("acl", "relcl") and clause.i > obj.i and that and subject:
                return clause
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        listener = obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG") or _can_speak(obj)
        if not (listener or obj.lemma_.lower() in GATHERING_NOUNS):
            continue
        if any(c.dep_ in ("dobj", "dative") and c.i > obj.i for c in verb.children):
            return None  # "tell the agency anything it does not know": the clause describes the thing told
        for clause in obj.children:
            if clause.dep_ != "relcl" or clause.i < obj.i:
                continue
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
            between = clause.doc[obj.i + 1 : subject.i + 1] if subject is not None else ()
            if subject is not None and not any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in between):
                return clause
            if subject is not None and _that_fills_no_gap(clause, obj, subject):
                return clause
    return None


def _that_fills_no_gap(clause: Token, obj: Token, subject: Token) -> bool:
    """Whether the "that" right after the one told opens a clause with no place left for a relative word: "that" read
    as the determiner of the clause's subject ("told the hearing that staff had treated 23 people") or as its object
    when it has an object of its own ("told the hearing that officers found £20,000"): a conjunction, and the
    clause is what was told."""
    doc = clause.doc
    if obj.i + 1 >= len(doc) or doc[obj.i + 1].lower_ != "that" or subject.lower_ == "that":
        return False
    that = doc[obj.i + 1]
    if that.dep_ == "det" and that.head.i == subject.i:
        return True
    return (
        that.head.i == clause.i
        and that.dep_ == "dobj"
        and any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > clause.i for c in clause.children)
    )


def _given_standing(subject: Token) -> bool:
    """Whether a person is the passive subject of a verb that gives them a role or an honour as a noun ("Smith was
    named man of the match", "Lee was voted player of the year", "Ross was made captain"): the sentence says what
    the person is, as an appositive does, and a description after it ("the captain said") may stand for them."""
    verb = subject.head
    return (
        subject.dep_ == "nsubjpass"
        and verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in VERDICTS for c in verb.children)
    )


def _names_only_qualify_people(token: Token, named: list[tuple[int, int]]) -> bool:
    """Whether a speaking phrase is headed by a plural common noun of people, its names (character ranges) all in
    the words before it that qualify it ("Trump supporters", "Chelsea fans", "Biden allies", "Nordvik workers"): the
    many people speak, not the one person or body whose name says which people they are (a possessive is another
    matter: "Smith's lawyers" speak for Smith, and so do those whose part is to speak for a body: "Met Office
    forecasters" are the Met Office speaking)."""
    if token.tag_ != "NNS" or token.pos_ != "NOUN" or not named:
        return False
    if token.lemma_.lower() in PLURAL_BODIES | VOICE_NOUNS:
        return False
    if any(c.dep_ == "appos" for c in token.children):
        return False  # "Two fans, Ann Lee and Tom Reed, said": the ones named beside them speak
    qualifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    spans = [(q.left_edge.idx, q.right_edge.idx + len(q.right_edge)) for q in qualifiers]
    before = [m for m in named if m[0] < token.idx]
    return bool(before) and all(any(a <= m_start and m_end <= b for a, b in spans) for m_start, m_end in before)


# Marks of a clause of the time of saying written between a cue and its "that" ("said after the count ended that …").
TIME_OF_SAYING_MARKS = frozenset("after before when once as while until since".split())


def _time_clause_after_cue(verb: Token, clause: Token) -> bool:
    """Whether a clause is one of the time of saying opening right after the cue ("said after the count ended",
    "said when the polls closed"), whose verb says nothing itself (not "said after he was told that …", "said
    after it emerged that …": the "that" after those is what was told or what came out)."""
    mark = clause.left_edge
    return (
        clause.dep_ == "advcl"
        and mark.i == verb.i + 1
        and mark.dep_ in ("mark", "advmod")  # ("when" is read as an adverb)
        and mark.lower_ in TIME_OF_SAYING_MARKS
        and _lemma(clause) not in CLAUSE_VERBS | OBJECT_VERBS
        and not any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("it", "this") for c in clause.children)
    )


def _that_clause_after_time_clause(verb: Token) -> Token | None:
    """The "that" clause after a clause of the time of saying, which the parse hung on that clause's verb ("Whitmore's
    lawyer said after the hearing ended that his client was ashamed"): what the cue reports. After a time clause of
    being told or learning something, the second "that" clause, which the parse hung on a verb inside what was told
    that takes none ("said after she was told that the airport would expand that the community had been ignored")."""
    for clause in verb.children:
        if clause.i > verb.i and _time_clause_after_cue(verb, clause):
            return next((c for c in clause.children if _that_clause(c)), None)
        if clause.i > verb.i and (second := _second_that_clause(verb, clause)) is not None:
            return second
    return None


def _that_clause(clause: Token) -> bool:
    """Whether a clause is a complement opened by "that"."""
    return clause.dep_ == "ccomp" and clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark"


def _second_that_clause(verb: Token, clause: Token) -> Token | None:
    """The "that" clause the parse hung inside what a time clause of telling reports, on a verb that takes no clause
    ("said after he was told that the plant would close that …": "close" says nothing, so the second clause is
    what the cue after `verb` reports); None when there is none."""
    mark = clause.left_edge
    if (
        clause.dep_ != "advcl"
        or mark.i != verb.i + 1
        or mark.dep_ not in ("mark", "advmod")
        or mark.lower_ not in TIME_OF_SAYING_MARKS
        or _lemma(clause) not in CLAUSE_VERBS
        or _lemma(verb) not in SAYING_VERBS
    ):
        return None
    told = next((c for c in clause.children if _that_clause(c)), None)
    if told is None:
        return None
    return next(
        (
            c
            for c in told.subtree
            if c.i > told.i
            and _that_clause(c)
            and c.head.pos_ == "VERB"
            and _lemma(c.head) not in CLAUSE_VERBS | OBJECT_VERBS | SAYING_VERBS
        ),
        None,
    )


def _before_cues_own_clause(head: Token, end: int) -> int:
    """The end of what a time clause of telling reports before the "that" clause that belongs to the cue before it
    (`_second_that_clause`): "said after she was told that the airport would expand": what she was told ends at
    "expand"."""
    clause = next((a for a in head.ancestors if a.dep_ == "advcl"), None)
    if clause is None or clause.head.i >= clause.i:
        return end
    second = _second_that_clause(clause.head, clause)
    if second is None or second.left_edge.idx >= end or second.left_edge.i <= head.i:
        return end
    return head.doc[second.left_edge.i - 1].idx + len(head.doc[second.left_edge.i - 1].text)


def _after_time_clause(verb: Token, head: Token, start: int) -> int:
    """The start of what a cue reports after a clause of the time of saying, which the parse put inside the reported
    clause with its "that" read as a determiner ("said after the count ended that turnout had fallen"): the word
    after that "that"."""
    for clause in head.children:
        if clause.i < head.i and _time_clause_after_cue(verb, clause):
            that = next((t for t in clause.subtree if t.i > clause.i and t.lower_ == "that"), None)
            if that is not None and that.i + 1 < len(verb.doc) and that.i + 1 <= head.i:
                return max(start, verb.doc[that.i + 1].idx)
    return start


def _that_clause_hung_on_cue(verb: Token) -> Token | None:
    """The clause a "that" right after a cue opens, when the parse hung it on the cue as an adverbial or relative
    clause rather than as its complement: a present tense it took for a plural noun ("The High Court rules that the
    ban is unlawful", "The FA rules that the club must pay"). A "that" marking a clause, with no gap of its own to
    fill, is a complement's: a relative pronoun would be the clause's subject or object ("the rules that he broke").
    So is one after the time of saying ("The chamber said last week that costs were \"strangling\" firms")."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and _time_of_saying_word(doc[k], verb):
        k += 1
    if k >= len(doc):
        return None
    that = doc[k]
    clause = that.head
    if that.lower_ != "that" or that.dep_ != "mark" or clause.head.i != verb.i or clause.i <= that.i:
        return None
    return clause if clause.dep_ in ("advcl", "relcl", "acl") and clause.pos_ in ("VERB", "AUX") else None


def _time_of_saying_word(token: Token, verb: Token) -> bool:
    """Whether a token after a cue is a word of the time it was said ("last week", "on Monday"): a date or time the
    recogniser found, or the preposition hung on the cue that opens one."""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    return (
        token.dep_ == "prep" and token.head.i == verb.i and any(c.ent_type_ in ("DATE", "TIME") for c in token.children)
    )


def _subject_read_as_compound(verb: Token) -> Token | None:
    """The noun right before a present-tense cue with no subject, which the parse made a compound of the cue (its
    article too, as if the cue were a plural noun: "The FA rules that …", "Appeal court rules against the council,
    saying …"): the one who speaks, when it is a name or a noun of someone who can speak. A verb takes no compound,
    so the noun phrase before it is its subject."""
    if verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    # a singular noun too, when a clause hangs on it after it ("The review's findings state that …": "state" NN)
    if verb.tag_ not in ("VBZ", "VBP", "NNS") and not (verb.tag_ == "NN" and _clause_after(verb)):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "compound" or before.head.i != verb.i or before.pos_ not in ("NOUN", "PROPN"):
        return None
    if before.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    named = before.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or before.pos_ == "PROPN" or before.text.isupper()
    # a text that speaks for its author: "The inquiry's findings state that …", "The report's conclusions say …"
    written = before.tag_ == "NNS" and before.lemma_.lower() in WRITTEN_FINDINGS and _clause_after(verb)
    return before if named or _can_speak(before) or written else None


# What a report or inquiry sets down, which states or shows what its authors found ("the review's findings state").
WRITTEN_FINDINGS = frozenset("finding conclusion recommendation".split()) | FINDING_NOUNS | DOCUMENT_NOUNS


def _clause_after(verb: Token) -> bool:
    """Whether a cue the parse read as a noun has a clause of its own after it (its that-clause: "findings state
    that staff were …")."""
    return _lemma(verb) in CLAUSE_VERBS and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _cue_read_as_singular_noun(token: Token) -> bool:
    """Whether the root of a sentence is a verb of saying the parse read as a singular noun whose subject it made a
    compound of it ("The review's findings state that …"): the noun before it speaks, the clause after it is said."""
    return token.dep_ == "ROOT" and token.tag_ == "NN" and _subject_read_as_compound(token) is not None


# Nouns of what is asked or raised, which a relative clause of asking may be hung on ("the questions he asked").
ASKED_NOUNS = frozenset("question query concern doubt issue point".split())


def _topic_of_words_named_before(verb: Token) -> bool:
    """Whether a cue is a relative clause on the words it said, with no object of its own, so that its phrase gives
    only what they were about ("the questions he asked about the deal", "the complaints she made about the noise"):
    the words themselves are not given, and nothing said is."""
    noun = verb.head
    return (
        verb.dep_ == "relcl"
        and noun.i < verb.i
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in ASKED_NOUNS | SPOKEN_NOUNS | NOUN_CUES
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )


def _complement_of_verb_read_as_noun(token: Token) -> Token | None:
    """The that-clause of a sentence's verb in the historic present that the tagger read as a plural noun, the name
    before it as its compound and the clause as a relative one ("December 2019: The High Court rules that Horizon
    contained bugs"): a sentence with no other verb, and a clause with a subject of its own, which "that" opens."""
    if token.tag_ != "NNS" or token.dep_ != "ROOT" or token.i == 0 or token.i + 2 >= len(token.doc):
        return None
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1 for c in token.children):
        return None
    that = token.nbor(1)
    clause = that.head
    if that.lower_ != "that" or clause.dep_ != "relcl" or clause.head.i != token.i or clause.left_edge.i != that.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children):
        return None
    return clause


# Verbs of a promise, whose object a headline in the present tense gives as what was promised ("Google promises seven
# years of updates").
PROMISING_VERBS = frozenset("promise pledge vow".split())


def _headline_promise(token: Token) -> tuple[Token, str] | None:
    """What a headline's subject promises, given as a noun phrase in the present tense ("Google promises seven years
    of updates", "Labour pledges free breakfast clubs"): the promise is the claim the story reports, made by one
    named (not an amount handed over, "pledges $80bn", nor a person)."""
    if _lemma(token) not in PROMISING_VERBS or token.tag_ not in ("VBZ", "VBP"):
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in token.children):
        return None
    promised = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if promised is None or _an_amount(promised) or promised.pos_ not in ("NOUN", "PROPN"):
        return None
    if promised.lower_ in PERSONAL_OBJECTS or promised.ent_type_ == "PERSON":
        return None
    return promised, "object"


# Prepositions of where or for whom a promise holds ("pledges free breakfast clubs in every primary school").
PROMISED_WHERE = frozenset("in across at for to".split())


def _where_promised(verb: Token, promised: Token, phrase: Token) -> bool:
    """Whether a phrase the parse hung on a verb of promise right after the object tells where or for whom the
    promise holds ("Labour promises free breakfast clubs in every primary school"), which is part of it: not a time,
    nor the occasion or the speaker's own text it was made in ("in a speech", "in its manifesto")."""
    if _lemma(verb) not in PROMISING_VERBS or phrase.lower_ not in PROMISED_WHERE:
        return False
    if phrase.head.i != verb.i or phrase.i != promised.right_edge.i + 1:
        return False
    place = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ in ("DATE", "TIME") or place.lemma_.lower() in OCCASION_NOUNS:
        return False
    return not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in place.children)


def _occasion_of_promise(verb: Token, promised: Token) -> Token | None:
    """The phrase closing the object of a verb of promise that tells the occasion or the speaker's own text it was
    made in, which the parse hung on the object ("vows lower energy bills in its manifesto"): no part of the promise."""
    if _lemma(verb) not in PROMISING_VERBS:
        return None
    phrase = next((c for c in promised.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "during")), None)
    if phrase is None or phrase.right_edge.i != promised.right_edge.i:
        return None
    place = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if place is None:
        return None
    own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in place.children)
    return phrase if own or place.lemma_.lower() in OCCASION_NOUNS else None


def _verb_read_as_noun(token: Token) -> bool:
    """Whether a singular noun has a subject of its own: a verb the tagger read as a noun ("Lula and López Obrador
    pledge to …")."""
    return token.tag_ == "NN" and any(c.dep_ == "nsubj" for c in token.children)


# Prepositions of the time or cause of a saying, whose noun's that-clause is no part of what was said.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"after", "before", "amid", "following", "despite", "over"})


# What a caller gives when told to quote it: "quoting reference A162093", "quoting crime number 441".
REFERENCE_NOUNS = frozenset("reference ref number log code incident".split())
# Occasions on which something is said: "said during the debate that …", "told a rally that …".
OCCASION_NOUNS = frozenset(
    """
    debate interview briefing conference meeting hearing speech rally call session appearance address broadcast
    podcast show programme program statement post video
    """.split()
)
# Times a cue may be said at, whose that-clause the parse may read as a relative one ("said at the time that …").
TIME_OF_SAYING_NOUNS = frozenset("time weekend".split())
# Verbs whose object is the occasion or the text itself: "said in an interview that he gave", "wrote in a post
# that she later deleted" are relative clauses, not what was said.
OCCASION_VERBS = frozenset(
    """
    give make hold host chair attend deliver publish release issue post write send sign draft delete share read
    record film air broadcast watch call organise organize arrange lead join miss cancel plan schedule
    """.split()
)


def _complement_read_as_relative(clause: Token) -> bool:
    """Whether the parse read a that-clause as a relative clause of the occasion or place before it, taking "that"
    for its object ("said during the debate that Landry was winning", "told reporters outside the courthouse that
    his client had acted in self-defense", where the tagger still reads "that" as a conjunction): the clause has a
    subject of its own and no other object, and its verb is none that takes the occasion as its object ("the
    interview that he gave")."""
    that = clause.left_edge
    # ("said at the time that she had stepped down": "that" read as the relative adverb of a time, "the time when")
    taken = "dobj" if clause.head.lemma_.lower() not in TIME_OF_SAYING_NOUNS else ("dobj", "advmod")
    if not (that.lower_ == "that" and that.dep_ in taken and that.head.i == clause.i):
        return False
    if _lemma(clause) in OCCASION_VERBS:
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children)
    return subject and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != that.i for c in clause.children)


def _bare_complement_read_as_relative(clause: Token, occasion: Token) -> bool:
    """Whether the parse read a complement without "that" as a relative clause of the occasion before it ("said in a
    statement it had agreed to extend the truce"): the clause opens right after the occasion's noun with a subject
    of its own, no relative word, and its verb is none that takes the occasion as its object ("said in a statement
    it issued on Monday", "in an interview he gave")."""
    subject = clause.left_edge
    return (
        clause.dep_ == "relcl"
        and subject.i == occasion.i + 1
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.i == clause.i
        and subject.tag_ not in ("WDT", "WP", "WP$")
        and subject.lower_ != "that"
        and _lemma(clause) not in OCCASION_VERBS
    )


# A body's name the recogniser did not read, after a description of its kind that opened the sentence ("Campaign
# group Dignity in Dying", "Pressure group Keep Our NHS Public"): the words of the description, a word of its kind
# (ORG_NOUNS) in lower case, then the name, capitalised words and the small words that join them.
KIND_BEFORE_NAME = re.compile(
    r"^[A-Z][a-z]+(?: [a-z]+)* ([a-z]+) ([A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|in|and|the|on|at|to|not))*)$"
)


# The rest of a body's name after the word the recogniser read alone ("Transport" of "Transport for London").
UNREAD_NAME_REST = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _name_after_kind(written: str) -> str | None:
    """The name in a speaker's words that a description of its kind opens ("Campaign group Dignity in Dying":
    "Dignity in Dying"), when the name's last word is capitalised; None when the words are no such pair."""
    match = KIND_BEFORE_NAME.match(written)
    if match is None or match.group(1) not in ORG_NOUNS or not match.group(2).split()[-1][:1].isupper():
        return None
    return match.group(2)


def _able_to(verb: Token, reached: tuple[Token, str]) -> bool:
    """Whether a cue tells only what someone is able or allowed to do, with "can" and no clause after it ("the bill
    goes to committee stage, where MPs can propose amendments", "Members can nominate a candidate"): a procedure or
    an ability, no statement ("I can confirm that …" reports one)."""
    if reached[1] == "clause" or reached[0].i < verb.i:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in verb.children) and not _negated(verb)


# Words and views one offers, which an offer of them says: "offering condolences", "offering her thoughts".
OFFERED_WORDS = frozenset("review view thought condolence apology praise advice assurance explanation opinion".split())
# The words that open a clause of time or condition: "when I see the figures", "until we see a plan".
SIGHT_MARKS = frozenset("when until till once before after if unless whenever".split())


# The words that open a condition: "if you think …", "unless they say otherwise".
READER_CONDITION_MARKS = frozenset({"if", "unless"})
# The words for the reader or anyone at all.
ANY_ONE = frozenset("you anyone anybody someone somebody one".split())


def _open_condition(verb: Token) -> bool:
    """Whether a cue in the present opens a condition ("If you think you have been scammed, contact your bank", "If
    customers believe a message is fake, they should forward it"): a case put to the reader, which no one has said
    or thought (a condition in the past, "if he said that, he was wrong", may tell what was said). The one who would
    say or think it is the reader ("you"), anyone ("anyone", "someone") or any of a kind, a plural with no article
    ("customers"): a condition on a named source ("if the minister says no, …") may stand for a view it holds."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBP", "VBZ")
        and any(c.dep_ == "mark" and c.lower_ in READER_CONDITION_MARKS for c in verb.children)
        and subject is not None
        and (
            subject.lower_ in ANY_ONE
            or (
                subject.tag_ == "NNS"
                and not subject.ent_type_
                and not any(c.dep_ in ("det", "poss") for c in subject.children)
            )
        )
    )


def _on_offer(verb: Token) -> bool:
    """Whether "offer" tells what is or will be on offer ("others will offer a reduced timetable", "the shop offers
    free delivery", "some suppliers are offering fixed deals"), in the present, simple or progressive, or with a
    modal, not an offer made ("offered condolences", "has offered a deal")."""
    modal = any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "can", "could", "may", "might") for c in verb.children
    )
    ongoing = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re") for c in verb.children
    )
    # (but not words or views of one's own on offer: "is offering her positive reviews of the president's actions")
    ongoing = ongoing and not any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in SPOKEN_NOUNS | OFFERED_WORDS or any(g.dep_ == "poss" for g in c.children))
        for c in verb.children
    )
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and modal) or ongoing


def _news_medium(subject: Token) -> bool:
    """Whether a subject is a newspaper or a news programme by its name or its noun: "Computer Weekly", "the
    Guardian", "Sky News", "the paper", "the newspaper"."""
    last = subject.lower_
    return (subject.pos_ == "PROPN" and last in PAPER_NAME_ENDINGS | PAPER_NOUNS | {"news"}) or (
        subject.pos_ == "NOUN" and subject.lemma_.lower() in PAPER_NOUNS
    )


def _predicate_read_as_modifier(verb: Token, child: Token) -> bool:
    """Whether an adjective the parse hung on a verb of PREDICATE_VERBS after its object is the object's predicate
    ("The judge ruled the search unlawful", "branded the scheme unworkable")."""
    return (
        child.tag_ == "JJ"
        and child.dep_ in PREDICATE_READ_AS
        and any(c.dep_ == "dobj" and verb.i < c.i < child.i for c in verb.children)
    )


def _bare_question_word(verb: Token) -> bool:
    """Whether all a cue verb reports is a question word with nothing of its own after it, the sentence or clause
    ending there ("do not yet know why.", "could not say how, and …"): the question is named, no answer given."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "advmod", "dobj") and c.i > verb.i and c.tag_ in ("WRB", "WP") and not list(c.children):
            after = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if after is None or after.is_punct and after.text not in ("'", '"', "’", "”"):
                return not any(d.dep_ in CLAUSE_DEPS and d.i > c.i for d in verb.children)
    return False


def _content_head(token: Token) -> tuple[Token, str] | None:
    """The head of what a cue verb reports and how it is reached (its clause, object, phrase or infinitive), or
    None when `token` is no cue."""
    lemma = _lemma(token)
    children = list(token.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    # (a headline's "to claim first world darts crown" may leave the prize's noun outside the object)
    objects += [o.doc[o.i + 1] for o in objects if o.i + 1 < len(o.doc) and o.doc[o.i + 1].tag_ == "NN"]
    if lemma == "find" and any(
        c.lower_ in VERDICTS and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") for c in children
    ):
        return None  # "Jury finds man guilty of murder", "found the firm liable": a verdict, not a statement
    if lemma in ("claim", "defend") and any(o.lemma_.lower() in PRIZES for o in objects):
        # "to claim a first world title", "claimed the lives of", "will defend the title": a prize won, held or
        # lives taken, no words
        return None
    if lemma in STANCE_VERBS and _tally(token):
        return None  # "voted six to three, with three members backing a cut": a count of votes, no one's words
    if lemma in STANCE_VERBS and any(c.dep_ == "advmod" and c.lower_ in HELD_STANCE_ADVERBS for c in children):
        return None  # "had previously opposed the scheme", "has long backed": a position held, no words said
    if lemma == "post" and any(o.lemma_.lower() in POSTED_RESULTS for o in objects):
        return None  # "The company posted a loss of $42m": a result reached, not a message posted
    if lemma == "post" and any(o.lower_ in ("it", "them") for o in objects):
        return None  # "the actor, who posted it on X": the video already told of, no words given here
    if lemma == "post" and any(o.lemma_.lower() in PICTURES for o in objects):
        return None  # "posted a photo of the loaves with the caption …": a picture, whose caption is what is said
    if lemma == "quote" and any(
        w.lemma_.lower() in REFERENCE_NOUNS for o in objects for w in (o, *o.children) if w.i <= o.i
    ):
        return None  # "call 101, quoting reference A162093": a case's number given, no words of one's own
    if (
        lemma in ("quote", "cite")
        and objects
        and all(map(_quoted_person, objects))
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in children)
    ):
        # "the Financial Times reported, quoting a top-20 investor", "the tabloid said, citing a friend of the
        # couple": whom the words are from, not words (but "quoted Peskov as saying", "who cites them as evidence
        # of her ties to Wall Street": what the one cited is taken for is the citer's claim)
        return None
    if lemma == "call" and any(c.dep_ in ("xcomp", "advcl") and _lemma(c) == "quote" for c in children):
        return None  # "asked to call police quoting log 441": a telephone call and what to give on it, no verdict
    if lemma in ("recognise", "recognize") and any(_people_honoured(o) for o in objects):
        return None  # "The list also recognises 40 nurses and carers": people honoured, nothing said
    if token.tag_ == "VB" and token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() == "help":
        return None  # "helping Price identify the moulds": a task shared, nothing said
    if (
        lemma == "say"
        and not any(c.dep_ in CLAUSE_DEPS for c in children)
        and any(o.lemma_.lower() in AMOUNT_WORDS and o.i == token.i + 1 + (o.lemma_.lower() == "lot") for o in objects)
    ):
        return None  # "said little all night", "his playing said plenty": how much was said, not what
    if lemma in CLAUSE_VERBS and _bare_question_word(token):
        return None  # "Scientists do not yet know why", "has not explained how": a question left open, nothing said
    if lemma in CLAUSE_VERBS:
        answer = next((c for c in children if c.dep_ == "intj" and c.lower_ in ("yes", "no")), None)
        if lemma == "say" and answer is not None and answer.i == token.i + 1:
            return answer, "clause"  # "Kemi Reeves said no.": the answer is what was said
        if (shared := _shared_subject_clauses(token)) is not None:
            return shared[1], "clause"
        if (complement := _complement_of_verb_read_as_noun(token)) is not None:
            return complement, "clause"
        # "said at a press conference that Russia is …", "said in a statement that it had learned of it": the parse
        # hangs the that-clause on the noun of the phrase between (a complement's "that", not a relative pronoun);
        # a clause it hung on the verb after that one is the statement's second half ("… that it was “deeply
        # saddened” and was co-operating fully")
        # (not a clause of what happened before or around the saying: "is recalling 40,000 air fryers after
        # reports that the handles can overheat" are the reports' words, and what is recalled is the fryers)
        on_noun = next(
            (
                clause
                for prep in children
                if prep.dep_ == "prep" and prep.i > token.i and prep.lower_ not in CIRCUMSTANCE_PREPOSITIONS
                for obj in prep.children
                if obj.dep_ == "pobj"
                for clause in obj.children
                if clause.dep_ in ("relcl", "acl", "ccomp")
                and clause.i > obj.i
                and (
                    any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                    or (
                        (obj.lemma_.lower() in OCCASION_NOUNS | TIME_OF_SAYING_NOUNS or clause.left_edge.tag_ == "IN")
                        and _complement_read_as_relative(clause)
                    )
                    or (obj.lemma_.lower() in OCCASION_NOUNS and _bare_complement_read_as_relative(clause, obj))
                )
            ),
            None,
        )
        if on_noun is None and (token.tag_ == "VBD" or _finite_read_as_participle(token)) and token.head.i < token.i:
            # "Ann Lee, a former champion, posted on social media that …": the finite verb read as a participle of
            # the name, and its that-clause hung on the name too
            on_noun = next(
                (
                    c
                    for c in token.head.children
                    if c.dep_ in ("relcl", "acl", "ccomp")
                    and c.i > token.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > token.i for m in c.children)
                ),
                None,
            )
        clauses = [c for c in children if c.dep_ in CLAUSE_DEPS]
        # a heading before a colon ("Red warning ends: The Met Office says its red warning has ended", "Live
        # updates: Residents have been told to prepare") is no part of what the verb after the colon reports
        clauses = [
            c for c in clauses if not (c.i < token.i and any(t.text == ":" for t in c.doc[c.right_edge.i : token.i]))
        ]
        if len(clauses) > 1 and clauses[0].i < token.i < clauses[-1].i and _asked_lead(token):
            # "Asked by MP Neil Hudson how many spills there were, Mr Pike said he did not know": the question the
            # parse hung on the cue is no part of the answer
            clauses = clauses[1:]
        if len(clauses) > 1 and clauses[0].i < token.i < clauses[-1].i and _participle_read_as_clause(clauses):
            # "In a victim statement read to the court, Mr Pryce's widow, Gillian Pryce, said her life had stopped":
            # the participle of where it was said, which the parse made a clause of the cue, says nothing
            clauses = clauses[1:]
        # "had hoped for a return to form after Inside Out 2 became the biggest film": the event of a phrase of
        # time or cause whose subject the parse took into the phrase is no part of what was said
        clauses = [c for c in clauses if not _circumstance_event(token, c)]
        for child in clauses:
            if on_noun is not None and on_noun.left_edge.i < child.left_edge.i and child.i > token.i:
                return on_noun, "clause"
            return child, "clause"
        if _said_after_as_acl(token):
            return token.head.head, "clause"
        if lemma in TELLING_VERBS and (clause := _told_clause(token)) is not None:
            return clause, "clause"
        if on_noun is not None:
            return on_noun, "clause"
        # "He added that the pace of walking mattered": the clause's subject read as the verb's object, its "that"
        # hung on the noun
        marked = next(
            (
                o
                for o in objects
                if any(m.dep_ == "mark" and m.lower_ == "that" and m.i == token.i + 1 for m in o.children)
            ),
            None,
        )
        if marked is not None:
            return marked, "clause"
        if (hung := _that_clause_hung_on_cue(token)) is not None:
            return hung, "clause"
        if (after := _that_clause_after_time_clause(token)) is not None:
            return after, "clause"
        if _said_closing_the_sentence(token):  # "Finnair will cancel 300 flights, the airline announced on Tuesday"
            return token.sent.root, "clause"
        if (opening := _misparsed_clause_before(token)) is not None:
            return opening, "clause"
        # "The toll rose to 212, the agency said, as rescuers searched": the parse hangs the cue on what it reports
        if (
            token.dep_ == "parataxis"
            and lemma in SAYING_VERBS
            and token.head.i < token.i
            and token.head.pos_ in ("VERB", "AUX")
        ):
            return token.head, "clause"
    if lemma in GERUND_VERBS:
        # "denied knowingly taking the substance", "admitted driving without insurance": what the gerund says
        gerund = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > token.i), None)
        if gerund is not None and not any(c.dep_ == "dobj" and c.i < gerund.i for c in children):
            return gerund, "object"
    if lemma in INFINITIVE_VERBS:
        if lemma in CHOOSING_VERBS and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in children):
            return None  # "I decided to stop pretending": the writer's own choice, told as a deed, no one's words
        noun_read = _verb_read_as_noun(token)  # a headline's "X pledge to …"
        if lemma in APPEAL_VERBS and (hung := _infinitive_on_addressee(token)) is not None:
            return hung, "infinitive"
        for child in children:
            infinitive = child.dep_ == "xcomp" or (noun_read and child.dep_ == "acl" and _to_infinitive(child))
            # (but "warns of 'grave risks' to economy": a "to" after the phrase of what is warned of is no infinitive)
            phrased = any(p.dep_ == "prep" and p.lower_ in PHRASE_VERBS.get(lemma, ()) for p in children)
            infinitive = infinitive and not (phrased and child.pos_ in ("NOUN", "PROPN"))
            if infinitive and child.i > token.i and not _anonymous(child):
                if lemma in CONSENT_VERBS and _passive(child):
                    continue  # "agreed to be bought by Hartwell": consent to what others will do, a deal, no view
                if lemma in DECLINING_VERBS and any(c.dep_ == "aux" and c.lower_ in TO_COME_AUX for c in children):
                    # "Drivers will refuse to work overtime from 1 December": a refusal to come is a step planned,
                    # as "will publish" is (see RELEASE_VERBS), and nothing said yet
                    return None
                if lemma in DECLINING_VERBS and _hands_money_over(child):
                    return None  # "refused to put in £500m", "declined to pay the fine": money withheld, no words
                if lemma in DECLINING_VERBS and any(o.dep_ == "dobj" and token.i < o.i < child.i for o in children):
                    # "refused calls from fellow Republicans to drop out", "declined an invitation to speak": the
                    # infinitive is what others asked for, turned down, and no words of the one who refused
                    return None
                return child, "infinitive"
        # "Forecasters expect the cold to last into the weekend": the parse makes the one expected the subject of
        # a clause of its own
        for child in children:
            if (
                lemma in EXPECTING_VERBS
                and child.dep_ == "ccomp"
                and child.i > token.i
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                and any(c.dep_ == "nsubj" for c in child.children)
            ):
                return child, "clause"
    if lemma in ESTIMATING_VERBS and (estimated := _estimated(token)) is not None:
        return estimated, "object"  # "Forbes put his net worth at $45 billion": a figure someone gives
    # "The satellite is called Hyperfield-1" gives its name ("was called a liar" is still what someone said)
    # and so does a participle after the thing named ("The bill, called the Online Safety Bill, passed")
    participle = token.dep_ == "acl" and not any(c.dep_ == "dobj" for c in children)
    named = (_passive(token) or participle) and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in children)
    if lemma in PREDICATE_VERBS and not named:
        for child in children:
            if child.dep_ == "oprd" or _predicate_read_as_modifier(token, child):
                return child, "predicate"
    if lemma in RELEASE_VERBS | {"announce", "unveil"} and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children
    ):
        return None  # "The committee will publish its report in May": nothing is said yet
    # "called the parties to talks", "called its members to the picket lines": people summoned, nothing said
    summoned = lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
    # "she had not seen the first blow", "has seen the footage": in the perfect, "see" tells what met the eye, not a
    # view ("sees the deal as a mistake", "had seen him as a rival" still give one)
    # (and so do people and sights seen: "seeing children across the road", "saw the match on television")
    witnessed = (
        lemma == "see"
        and (
            any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
            or any(o.ent_type_ == "PERSON" or o.lemma_.lower() in SEEN_THINGS | GROUP_NOUNS for o in objects)
            or any(o.pos_ == "PROPN" and o.i > token.i for o in objects)  # "did not see Mr Ashby"
            # a place or a thing that "saw" a fall lived through it ("the south of England saw a small fall")
            or any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "LOC", "DATE") or _a_thing(c)) for c in children)
            or _lived_through(token, objects)
            # "I will believe them when I see the timetables", "until we see the figures": a sight waited for, the
            # clause of time or condition it opens no view
            or (
                token.dep_ == "advcl"
                and any(c.dep_ in ("advmod", "mark") and c.lower_ in SIGHT_MARKS for c in children)
            )
        )
        and not any(t.lower_ == "as" for t in token.subtree if t.i > token.i)
    ) or (lemma == "see" and _lived_through(token, objects) and token.tag_ == "VB")
    # ("Workers will also see a change in their payslips as contributions fall": what is to come their way, whatever
    # follows)
    # "Videos of the incident were viewed millions of times": watched, no view of anyone's ("is viewed as" is one)
    watched = lemma == "view" and _passive(token) and not any(t.lower_ == "as" for t in token.subtree)
    if lemma == "report" and (medium := _subject(token)) is not None and _news_medium(medium):
        # "2009: Computer Weekly reports the cases of seven subpostmasters", "The Guardian reported the deaths": what a
        # paper reports is its story (a firm that "reported a rise" gives a result)
        reported = next((c for c in children if c.dep_ == "dobj" and c.i > token.i and not _an_amount(c)), None)
        if reported is not None:
            return reported, "object"
    if lemma in OBJECT_VERBS and not (lemma == "offer" and _passive(token)) and not (summoned or witnessed or watched):
        for child in children:
            # "released 5 million euros", "offered $2 million": an amount is given, not said; "supported her",
            # "thanked them": a person is backed or thanked, nothing is said (but "described her as …" says)
            if (
                child.dep_ == "dobj"
                and child.i > token.i
                and not _an_amount(child)
                and not _rate_unit(child)
                and (child.lower_ not in PERSONAL_OBJECTS or any(c.lower_ == "as" for c in token.rights))
                and not _a_code(child)
                and (lemma not in RELEASE_VERBS or child.lemma_.lower() in RELEASED_NOUNS)
                and (lemma != "recall" or child.lemma_.lower() in RECALLED_NOUNS)
                # "competitors, which offer similar screens", "a bank that offers loans": what one has on offer,
                # no offer made (but "offered condolences", "has offered a deal")
                and not (lemma == "offer" and token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP"))
                and not (lemma == "offer" and _on_offer(token))
                # "called the helpline", "called an election": someone or something is rung or called for; what
                # is called something has words after it ("called himself a survivor")
                and not (
                    lemma == "call"
                    and child.right_edge.i == child.i
                    and not (child.i + 1 < len(child.doc) and child.doc[child.i + 1].is_quote)
                )
                and not (lemma == "welcome" and _arrivals(child))
                # "stops parents claiming universal credit", "claimed three wickets", "the floods claimed 12 lives":
                # what is drawn, won or taken, no claim made
                and not (lemma == "claim" and child.lemma_.lower() in CLAIMED_THINGS)
                and not _public_alert(child)  # "issued an amber warning for rain": a forecaster's alert, no words
                and not _span_of_time(child)  # "the region he supported all his life": how long, not what
                and not (lemma == "confirm" and not _confirms_news(token, child))
                and not (lemma in ("name", "announce") and child.lemma_.lower() in SELECTED_GROUPS)
                and not (lemma == "name" and (_appointed(token, child) or _named_after(token, child)))
            ):
                return child, "object"
    # (the parse may hang the phrase on the object: "accused the council of neglect"; or on the one spoken to:
    # "talks to Sarah Moss about grief", "spoke to reporters about the crash")
    hung = [c for o in children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.i > o.i]
    hung += [
        c
        for p in children
        if p.dep_ == "prep" and p.lower_ in ("to", "with") and p.i > token.i
        for o in p.children
        if o.dep_ == "pobj"
        for c in o.children
        if c.dep_ == "prep" and c.i > o.i and c.lower_ == "about"
    ]
    if _topic_of_words_named_before(token):
        return None
    for prep in PHRASE_VERBS.get(lemma, ()):
        for child in children + hung:
            if child.dep_ == "prep" and child.lower_ == prep and child.i > token.i:
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is None and prep == "as":
                    # "an order the judge described as “unusual but necessary”": the parse hung the adjective on "as"
                    obj = next((c for c in child.children if c.pos_ == "ADJ" and c.i > child.i), None)
                # "speak of him", "talked about her": the one spoken of, nothing of what was said about them ("boasts
                # about them" may be of things, whose mention is what is said)
                if obj is not None and obj.lower_ not in PERSONAL_OBJECTS - PRONOUNS_GROUP:
                    if lemma in TALKING_VERBS and _topics(obj):
                        return None
                    if lemma in TOPIC_VERBS and _only_a_topic(obj):
                        return None
                    return obj, "phrase"
        # "called for the plans to be withdrawn": the parse makes the preposition the mark of an infinitive clause
        for child in children:
            if child.dep_ == "advcl" and child.i > token.i and child.tag_ in ("VB", "VBN"):
                if any(c.dep_ == "mark" and c.lower_ == prep and c.i == token.i + 1 for c in child.children):
                    return child, "phrase"
    return None


# Verbs of talking whose "about" phrase may be only what a talk was about ("spoke about fear, family and a new
# album").
TALKING_VERBS = frozenset({"speak", "talk"})


# Verbs of grumbling whose "about" phrase, a thing alone, is what the grumble was about, not what was said
# ("complained about the car's balance over the team radio").
TOPIC_VERBS = frozenset({"complain"})


def _only_a_topic(obj: Token) -> bool:
    """Whether what one complained "about" is a noun phrase with no quotation and no clause of its own ("the car's
    balance"): the subject of the complaint, its words unreported (but "about being left out" or "about “a
    stitch-up”" report them)."""
    if obj.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(t.tag_ in ("``", "''") or t.dep_ in ("relcl", "acl", "ccomp") for t in obj.subtree)


def _topics(obj: Token) -> bool:
    """Whether what a talk was "about" is only a list of its topics, three or more things ("She spoke to us about
    fear, family and a new album"), whose words, if any, come after as quotations: no statement of the speaker's."""
    listed = [c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN")]
    return obj.pos_ in ("NOUN", "PROPN") and len(listed) >= 2


def _lived_through(verb: Token, objects: list[Token]) -> bool:
    """Whether "saw" in the past tells what its subject lived through, a change or a count, whoever the parse or the
    recogniser took the subject for ("London saw the largest annual fall in prices", "Keswick saw 120mm of rain",
    "2025 saw a record rise"), or will live through ("Workers will also see a change in their payslips"): no view
    of anyone's."""
    lived = verb.tag_ == "VBD" or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))
    return lived and any(
        o.lemma_.lower() in CHANGE_NOUNS or _an_amount(o) or any(c.dep_ == "nummod" for c in o.children)
        for o in objects
    )


# Those a legislature confirms in office ("fight to confirm a conservative", "confirmed a judge"): a vote, no news.
CONFIRMED_PEOPLE = frozenset("judge nominee pick appointee replacement justice conservative liberal".split())


def _confirms_news(verb: Token, obj: Token) -> bool:
    """Whether "confirm" with an object tells news as true ("Rosenborg confirmed the sale of the striker", "Police
    confirmed the death of a man"): not a person confirmed in office by a vote, nor a thing's subject that bears
    something out ("the victory confirmed the strength of his appeal")."""
    if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in CONFIRMED_PEOPLE or obj.tag_ == "WP":  # "whomever"
        return False
    return not any(c.dep_ == "nsubj" and _a_thing(c) for c in verb.children)


# Where a person in a list of speakers is from, between the name and the comma or "and" after it ("Rand Paul of
# Kentucky and …", "Ann Lee, of Unison, and …").
ORIGIN = r"(?:,?\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}?,?)?"


# Words opening a phrase of time or cause around a statement ("after", "before", "since", "because of").
CIRCUMSTANCE_WORDS = CIRCUMSTANCE_PREPOSITIONS | {"since", "until", "because", "when", "as", "while", "once"}


def _circumstance_event(verb: Token, clause: Token) -> bool:
    """Whether a clause the parse made a cue's content, after the cue, is the event of a phrase of time or cause
    whose subject the parse read into that phrase ("had hoped for a return to form after Inside Out 2 became the
    biggest animated film", with "Inside Out 2" under "after"): a finite verb with no subject of its own, right
    after the words of a phrase that "after", "since", "because" … opens after the cue. What happened then is told
    as the circumstance, not as what anyone said."""
    if clause.i <= verb.i or clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in SUBJECT_DEPS | {"csubj", "expl"} for c in clause.children):
        return False
    before = clause.left_edge.i - 1
    if before <= verb.i:
        return False
    doc = verb.doc
    return any(
        t.lower_ in CIRCUMSTANCE_WORDS
        and t.dep_ in ("prep", "mark")
        and verb.i < t.i < before
        and t.right_edge.i == before
        for t in doc[verb.i + 1 : before]
    )


def _participle_read_as_clause(clauses: list[Token]) -> bool:
    """Whether the first of a cue's clauses, before it, is a participle with no subject of its own inside the phrase
    opening the sentence ("In a statement read to the court, …") while its last, after it, has one: the participle
    describes the occasion."""
    first, last = clauses[0], clauses[-1]
    subjects = ("nsubj", "nsubjpass")
    opening = first.left_edge
    return (
        first.tag_ == "VBN"
        # (the participle the parse hung on the phrase that opens the sentence: "In a statement read to …")
        and opening.i == first.sent.start
        and opening.pos_ == "ADP"
        and opening.head.i == first.i
        and not any(c.dep_ in subjects or c.dep_ == "aux" for c in first.children)
        and any(c.dep_ in subjects for c in last.children)
    )


# Verbs by which someone gives a figure for a thing ("estimates the gap at 70 billion euros", "Forbes put his net
# worth at $45 billion"): what is estimated with the figure after "at" is what they said.
ESTIMATING_VERBS = frozenset("estimate put forecast project peg calculate place reckon".split())


def _estimate_at(verb: Token) -> Token | None:
    """The "at" phrase of a figure a verb of estimating gives ("at about 70 billion euros"): a number in its object
    ("put her server at home" gives none); the parse hangs it on the verb or on the thing estimated."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return next(
        (
            c
            for c in [*verb.children, *(c for o in objects for c in o.children)]
            if c.dep_ == "prep"
            and c.lower_ == "at"
            and c.i > verb.i
            and any(t.like_num or t.ent_type_ in AMOUNTS or t.text in "$£€" for t in c.subtree)
        ),
        None,
    )


def _estimated(verb: Token) -> Token | None:
    """The thing a verb of estimating gives a figure for, the object before its "at" phrase, in the active voice."""
    at = _estimate_at(verb)
    if at is None or _passive(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < at.i and c.left_edge.i > verb.i), None)


# Nouns of a stance taken, with the prepositions that say what the stance is on ("his opposition to the plan", "her
# support for the strike"): when the parse hangs that phrase on the verb, it is still part of what was said.
STANCE_NOUN_PREPS = {
    "opposition": ("to",),
    "objection": ("to",),
    "commitment": ("to",),
    "support": ("for",),
    "backing": ("for",),
    "call": ("for",),
    "demand": ("for",),
    "criticism": ("of",),
    "condemnation": ("of",),
}


# Nouns of a stretch of time, which the parse may take for the object of a cue ("supported all his life").
TIME_SPAN_NOUNS = frozenset("life career time year day week month season decade night morning evening".split())


def _span_of_time(obj: Token) -> bool:
    """Whether an object is a stretch of time ("all his life", "every season", "this week"): how long or when."""
    return obj.lemma_.lower() in TIME_SPAN_NOUNS and any(
        c.lower_ in ("all", "every", "each", "this", "last", "next", "whole") for c in obj.children
    )


# Nouns of money handed over, whatever its amount ("refused to put in new money", "declined to pay the fine").
# What one claims as one's due or one's haul, no words: "claiming benefits", "claimed the title".
CLAIMED_THINGS = frozenset(
    """
    benefit credit allowance compensation expense refund damages pension payment money asylum relief rebate grant
    title crown medal trophy prize wicket scalp life
    """.split()
)
MONEY_NOUNS = frozenset("money cash funding capital fee ransom bail loan".split())
# Units a sum of money is written with after its number ("£60m", "$2bn", "€5 million").
MONEY_UNITS = frozenset("m bn k million billion trillion p pence".split())
# Verbs of handing money over.
PAYING_VERBS = frozenset("pay fund finance invest lend loan inject contribute spend donate bankroll".split())


def _an_amount(obj: Token) -> bool:
    """Whether an object is an amount ("offered $2 million", "pays 20%"), or a sum of money written with its unit,
    which the parse took for the noun ("offer £60m": "£" "60" "m"): a sum given or bid, nothing said."""
    if obj.ent_type_ in AMOUNTS:
        return True
    return obj.lower_.rstrip(".") in MONEY_UNITS and any(
        c.i < obj.i and (c.ent_type_ == "MONEY" or c.tag_ == "$") for c in obj.children
    )


def _hands_money_over(verb: Token) -> bool:
    """Whether a verb hands money over ("to put in £500m of new money", "to pay the bill", "to fund the scheme"):
    a deed, which a refusal withholds, no words."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _lemma(verb) in PAYING_VERBS:
        return True
    return any(
        (_an_amount(o) and o.ent_type_ not in ("CARDINAL", "PERCENT")) or o.lemma_.lower() in MONEY_NOUNS
        for o in objects
    )


def _rate_unit(obj: Token) -> bool:
    """Whether an object is the unit of a price or rate after its amount ("offered 340p a share", "pays $20 an
    hour", "sold at 5 euros per kilo"): what the amount is counted by, nothing said."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "per") for c in obj.children) and not (
        obj.i > 0 and obj.doc[obj.i - 1].lower_ == "per"
    ):
        return False
    before = obj.left_edge.i - 1
    if before < 0:
        return False
    amount = obj.doc[before]
    return amount.ent_type_ in AMOUNTS or amount.like_num or any(ch.isdigit() for ch in amount.text)


# Words of leave a verb of saying can depend on: "not authorised to discuss", "not allowed to comment".
LICENSED = frozenset("authorize authorise allow permit entitle empower free able".split())


def _arrivals(obj: Token) -> bool:
    """Whether the object of "welcome" is who or what arrived, not a stance: a person, an arrival's noun ("2,000
    visitors", "a baby girl"), or a count of them ("twin pandas", "three new signings")."""
    return (
        obj.ent_type_ == "PERSON"
        or obj.lemma_.lower() in ARRIVAL_LEMMAS
        or any(c.dep_ == "nummod" or c.lower_ in ("twin", "newborn") for c in obj.children)
    )


def _subject_read_as_object(verb: Token, head: Token, start: int, quoted: bytearray) -> int:
    """Where a reported clause without a subject starts when the parse read its subject as the cue's object right
    before it ("said the fire, burning near the town, had grown": the fire had grown; not "posted two words - “…”",
    whose quotation is what was said, nor "suggested a way: Draw on …"). The object of "told" is the one told, but
    not in the passive, whose subject is ("the jury was told the driver, who was not named, had checked")."""
    told_passive = _lemma(verb) == "tell" and _passive(verb)
    if _lemma(verb) == "tell" and not told_passive:
        return start
    if quoted[head.idx] or any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return start
    for obj in verb.children:
        # (a hyphenated subject split at its hyphen and read as a phrase: "said by-elections were difficult")
        split = obj.dep_ == "prep" and not obj.whitespace_ and obj.nbor(1).text == "-" and not obj.nbor(1).whitespace_
        if split and verb.i < obj.i < head.i and obj.right_edge.i + 1 == head.left_edge.i:
            return min(start, obj.left_edge.idx)
        # (or as a second subject of the cue: "the board said spectators with tickets for a day … would be")
        if obj.dep_ not in ("dobj", "nsubj") or not verb.i < obj.i < head.i or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        between = obj.doc[obj.right_edge.i + 1 : head.left_edge.i]
        person = obj.ent_type_ == "PERSON" and not told_passive
        if not person and not any(t.text == ":" for t in between):  # "suggested a way: Draw …"
            return min(start, obj.left_edge.idx)
    return start


# Verbs that name a thing: "what it calls X" is the thing so named, no statement (PolNeAR's annotators never took
# one for an attribution in 28 uses).
NAMING_VERBS = frozenset("call dub term label brand".split())
# Verbs of coming together whose infinitive of purpose ("met to discuss the budget") tells what is to be talked of.
MEETING_VERBS = frozenset("meet gather convene assemble travel fly".split())


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to" ("to discuss")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Words that make a present-tense saying something that keeps happening: "every few years", "whenever", "each
# time".
HABIT_WORDS = frozenset({"every", "whenever", "each"})


def _habitually_someone(verb: Token, subject: Token) -> bool:
    """Whether a cue in the simple present tells what someone unnamed keeps doing ("Every few years someone on the
    council announces that …", "Whenever a minister says the NHS is safe"): a habit, no one's statement."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    unnamed = subject.lower_ in ("someone", "somebody", "anyone", "anybody") or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children
    )
    return unnamed and any(t.lower_ in HABIT_WORDS for t in verb.sent if t.i < verb.i)


def _no_one(subject: Token) -> bool:
    """Whether a subject is no one: "nobody", "no one", "none", or a noun with "no" ("no group", "no injuries"); or
    any thing at all ("Anything less asks the people who have paid once to pay again", "Nothing suggests")."""
    if subject.lower_ in ("nobody", "none", "no-one", "nothing", "anything", "everything"):
        return True
    if subject.lower_ == "one" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no":
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _anyone_who(subject: Token) -> bool:
    """Whether a subject is anyone at all, someone supposed: "whoever", or a relative pronoun of "anyone" ("anyone
    who saw the crash"); not "those who said" of a poll, who did say it."""
    if subject.lower_ in ("whoever", "whomever"):
        return True
    clause = subject.head
    return subject.lower_ in ("who", "that") and clause.dep_ == "relcl" and clause.head.lower_ in ("anyone", "anybody")


def _asks_who(subject: Token) -> bool:
    """Whether a subject is the question word of a question ("Who can call the election?", "What did the
    minister say?"), not a relative pronoun ("the analyst who said")."""
    sent = subject.sent
    return (
        subject.tag_ == "WP"
        and subject.head.dep_ != "relcl"
        and subject.i == sent.start + (1 if sent[0].is_punct else 0)
        and sent.text.rstrip(" \"'”’").endswith("?")
    )


# Verbs of making a document public: what they report is the document, said when it is out.
PUBLISHING_VERBS = frozenset("publish release issue unveil".split())


# Auxiliaries of a deed still to come or owed: "will publish", "must publish a plan".
TO_COME_AUX = frozenset({"will", "'ll", "shall", "must", "should"})


def _to_be_published(verb: Token, thing: Token, quoted: bytearray) -> bool:
    """Whether a verb of publishing in a story's body is in the present or the future, with a document for object
    and no quotation: a release to come or a habit ("The bank publishes its results on Thursday", "will release
    its report next week"), nothing said yet (a headline's present tense tells what happened)."""
    if _lemma(verb) not in PUBLISHING_VERBS:
        return False
    # "will hold a meeting on Dec. 3 and publish its results": the future of the verb it is conjoined to
    governing = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    future = any(c.dep_ == "aux" and c.lower_ in TO_COME_AUX for v in governing for c in v.children)
    if not (verb.tag_ in ("VBZ", "VBP") or future):
        return False
    return not any(quoted[t.idx] for t in thing.subtree)


def _asked_aside(verb: Token, subject: Token | None) -> bool:
    """Whether "asked" set off by commas after its subject is a participle describing it, the sentence's own verb
    after it ("Coach Kim, asked whether the title meant more, smiled"), which the parse read as "Kim asked"."""
    if _lemma(verb) != "ask" or verb.tag_ not in ("VBD", "VBN") or subject is None or subject.i > verb.i:
        return False
    if verb.i == 0 or verb.nbor(-1).text != ",":
        return False
    return any(
        c.dep_ in ("ccomp", "conj")
        and c.i > verb.i
        and c.nbor(-1).text == ","
        and c.tag_ in ("VBD", "VBZ", "VBN")
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        for c in verb.children
    )


def _cue_aside(verb: Token, subject: Token | None, quoted: bytearray) -> tuple[int, int] | None:
    """The characters of a cue clause set off by commas inside the sentence it reports ("The plan, he said, was
    never to sell", "It is, she admits, closer to home", "The decision, the council said in a statement, would be
    reviewed"): its two commas, the first right before its subject, with words of the reporter's sentence before
    and after them and no quotation in the sentence; None otherwise."""
    if subject is None or subject.i > verb.i or subject.head.i != verb.i:
        return None
    if subject.lower_ in RELATIVE_PRONOUNS:
        return None  # "Mr Okoro, who denies the charges, sat in the dock": a relative clause, no aside
    sent = verb.sent
    if any(quoted[t.idx] for t in sent):
        return None
    first = subject.left_edge.i - 1
    if first <= sent.start or verb.doc[first].text != ",":
        return None
    second = next((t.i for t in verb.doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if second is None or second > verb.i + 5 or second + 1 >= sent.end - 1:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 : second]):
        return None  # "…, he said, adding …": another verb inside, no plain cue clause
    if not any(t.is_alpha for t in verb.doc[sent.start : first]) or not any(
        t.is_alpha for t in verb.doc[second + 1 : sent.end]
    ):
        return None
    after = verb.doc[second + 1]
    if after.pos_ in ("SCONJ", "CCONJ", "ADP") or after.tag_ in ("VBG", "WDT", "WP", "WRB"):
        return None  # "rose to 48, the agency said, as boats searched …": the reporter's sentence goes on
    return verb.doc[first].idx, verb.doc[second].idx + 1


# Words that rank an event among others of its kind, in a reporter's gloss ("the third launch in a month").
RANKING_WORDS = frozenset("first second third fourth fifth sixth latest last biggest largest".split())


def _gloss_after_aside(doc: Doc, aside: tuple[int, int]) -> bool:
    """Whether the words after a cue clause set off by commas are a noun phrase glossing the whole clause before it
    ("fired a missile on Wednesday, the military said, the third launch in a month"): it opens with an article and
    the parse hangs it on a verb before the cue that has its object already ("fired a missile")."""
    commas = {t.idx: t.i for t in doc if t.text == ","}
    first, second = commas.get(aside[0]), commas.get(aside[1] - 1)
    if first is None or second is None or second + 1 >= len(doc):
        return False
    article = doc[second + 1]
    noun = article.head
    if article.pos_ != "DET" or article.lower_ not in ("the", "a", "an") or noun.i <= article.i:
        return False
    if noun.lower_ in RANKING_WORDS:
        return False  # "had two interviews, officials said, the first by a consular officer": the interviews, told
    verb = noun.head
    if noun.dep_ == "appos":
        return verb.i < first
    held = any(c.dep_ == noun.dep_ and c.i < first for c in verb.children if c.i != noun.i)
    # (or a noun ranking the event among others: "rose by a quarter point, the bank said, the first rise in a decade")
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKING_WORDS) for c in noun.children)
    return noun.dep_ in ("dobj", "npadvmod") and verb.i < first and verb.pos_ in ("VERB", "AUX") and (held or ranked)


def _quoted_as_saying(verb: Token) -> Token | None:
    """The verb of saying of "X quoted Y as saying …" when `verb` is that "quoted", else None."""
    if _lemma(verb) != "quote" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    said = next((c for c in as_.children if c.dep_ in ("pcomp", "pobj")), None) if as_ is not None else None
    return said if said is not None and _lemma(said) in SAYING_VERBS else None


def _one_quoted_as(verb: Token) -> Token | None:
    """The one quoted when `verb` is the verb of saying of "X quoted Y as saying …" (Y), else None."""
    as_ = verb.head if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ == "as" else None
    said = _quoted_as_saying(as_.head) if as_ is not None else None
    if said is None or said.i != verb.i:
        return None
    return next(c for c in as_.head.children if c.dep_ == "dobj")


def _negated(word: Token) -> bool:
    """Whether a word is negated ("not allowed", "never permitted"). A "not" set off from it by a quotation mark is
    the quotation's, which the parse hung on the cue ("“Apparently not,” he said")."""
    doc = word.doc
    # (a "not" the parse hung on the auxiliary instead: "Adler has not, as of Monday, commented")
    helpers = [c for a in word.children if a.dep_ in ("aux", "auxpass") for c in a.children]
    return any(
        c.dep_ == "neg" and not any(t.is_quote for t in doc[min(c.i, word.i) + 1 : max(c.i, word.i)])
        for c in [*word.children, *helpers]
    )


# Verbs of not doing what their infinitive says ("declined to comment", "refused to say whether"), and verbs of
# speaking about something that say nothing when negated or declined ("has not commented on", "did not mention").
DECLINING_VERBS = frozenset({"decline", "refuse"})
# Verbs of not doing: what one "failed to report", "neglected to disclose" or "avoided condemning" was not said.
FAILING_VERBS = frozenset({"fail", "neglect", "forget", "omit", "avoid"})


def _time_given_to_speak(verb: Token) -> bool:
    """Whether a cue is the infinitive of the time someone has to say something ("have six weeks to ask", "has until
    Friday to respond"): a window left open, nothing said yet."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() != "have" or not _to_infinitive(verb):
        return False
    return any(
        (c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME")) or (c.dep_ == "prep" and c.lower_ == "until")
        for c in head.children
        if c.i < verb.i
    )


SPEAKING_VERBS = frozenset(
    "comment respond mention discuss speak talk elaborate specify name identify disclose release confirm".split()
)
# Verbs of being got to speak, which a refusal puts in the passive ("declined to be interviewed", "refused to be
# drawn on whether", "would not be quoted"): a refusal to speak, as much as "declined to comment".
QUESTIONED_VERBS = frozenset("interview quote draw question".split())


def _bare_infinitive(verb: Token) -> bool:
    """Whether a verb's infinitive has nothing after it but its "to" ("they want to be"): its object is the noun
    a relative clause describes."""
    return any(
        c.dep_ == "xcomp" and c.i > verb.i and all(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _declined(verb: Token) -> bool:
    """Whether a verb is one of declining with an infinitive of speaking after it ("declined to comment on the
    report", "refused to say whether"): a refusal to speak, whose infinitive is no content."""
    return verb.lemma_.lower() in DECLINING_VERBS and any(
        c.dep_ == "xcomp"
        and any(a.lower_ == "to" for a in c.lefts)
        and (_speaking(c) or _speaking_phrase(c) or _questioned(c))
        for c in verb.children
    )


def _questioned(verb: Token) -> bool:
    """Whether a verb is a passive one of being got to speak ("to be interviewed", "to be drawn on")."""
    return _lemma(verb) in QUESTIONED_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


def _refusing_voices(doc: Doc) -> list[Token]:
    """The subjects that are people who speak for a body (VOICE_NOUNS: "a spokesman for the White House", "a
    club spokeswoman", "a lawyer for Hale") or inform on it (INFORMANT_NOUNS: "a source at the union") of a refusal
    to speak ("declined to comment", "would not comment", "did not say whether"), in the order written."""
    voices = []
    for verb in doc:
        if not (_declined(verb) or (_speaking(verb) and _negated(verb))):
            continue
        if verb.dep_ == "xcomp" and _declined(verb.head):
            continue  # "declined to comment": the refusal is the declining verb's
        voices += [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in VOICE_NOUNS | INFORMANT_NOUNS]
    return voices


# Phrasal verbs of speaking and verbs of guessing aloud, which a refusal names as "comment" ("declined to weigh
# in", "refused to speculate").
SPEAKING_PHRASES = frozenset({("weigh", "in"), ("chime", "in")})
GUESSING_VERBS = frozenset({"speculate", "guess"})


def _speaking_phrase(verb: Token) -> bool:
    """Whether a verb is a phrasal one of speaking ("weigh in") or of guessing aloud ("speculate")."""
    if _lemma(verb) in GUESSING_VERBS:
        return True
    return any((_lemma(verb), c.lower_) in SPEAKING_PHRASES for c in verb.children if c.dep_ == "prt")


def _asks_what(head: Token) -> bool:
    """Whether a clause is an indirect question ("whether more strikes would follow", "how the man died"): what
    was left unanswered, not what was said."""
    first = head.doc[head.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def _speaking(verb: Token) -> bool:
    """Whether a verb is one of saying or of speaking about something (SAYING_VERBS, SPEAKING_VERBS)."""
    return _lemma(verb) in SAYING_VERBS or _lemma(verb) in SPEAKING_VERBS


# Parts of speech a cue verb can have: a verb ("said"), or a plural noun the parse took for the verb ("“…,”
# Bozell notes").
CUE_POS = frozenset({"VERB", "AUX", "NOUN"})


def _leads_into_quotation(token: Token, reached: tuple[Token, str], subject: Token | None, quoted) -> bool:
    """Whether a verb of stance with only a thing for its object ("Vasseur praised Leclerc's drive", "Usyk praised
    the fans") frames the quotation that opens the next sentence, given by the same speaker ("“Charles was
    perfect,” Vasseur said", "“They give me power,” he said"): the words are in the quotation; the sentence before
    only tells what they do."""
    head, how = reached
    if _lemma(token) not in STANCE_TONES or how != "object" or subject is None or subject.i > token.i:
        return False
    if any(quoted[t.idx] for t in head.subtree) or any(c.dep_ in CLAUSE_DEPS for c in token.children):
        return False
    doc = token.doc
    if token.sent.end >= len(doc):
        return False
    after = doc[token.sent.end].sent
    if after[0].text not in ("“", '"', "‘", "'") and after[0].tag_ != "``":
        return False
    for cue in after:
        if quoted[cue.idx] or _lemma(cue) not in SAYING_VERBS:
            continue
        speakers = [c for c in cue.children if c.dep_ == "nsubj" and not quoted[c.idx]]
        if any(c.tag_ == "PRP" and c.lower_ != "i" or c.text == subject.text for c in speakers):
            return True
    return False


def _clause_misread(token: Token, quoted: bytearray) -> Token | None:
    """The first word of the clause a verb that takes one reports, when the parse broke that clause apart: its modal
    hung on a quoted word read as a name or a noun ("Staff warn university's cuts will 'gut' humanities", the modal
    "will" on "gut" read as an owner); None when the parse read a clause, or no modal follows the verb."""
    if _lemma(token) not in CLAUSE_VERBS or token.dep_ != "ROOT" or token.i + 1 >= token.sent.end:
        return None
    if any(c.dep_ in CLAUSE_DEPS for c in token.children) or not any(c.i < token.i for c in token.children):
        return None
    modal = next((t for t in token.doc[token.i + 1 : token.sent.end] if t.tag_ == "MD"), None)
    if modal is None or quoted[modal.idx] or modal.head.pos_ in ("VERB", "AUX"):
        return None
    first = token.doc[token.i + 1]
    if first.lower_ == "that" and first.i + 1 < modal.i:
        first = token.doc[first.i + 1]
    return first if first.i < modal.i else None


def _closing_cue(token: Token, subject: Token) -> Token | None:
    """The comma before a verb of saying and its subject that close a sentence, when the parse hung nothing of what
    they tell on the verb ("Job losses loom at Hartwell Motors, memo reveals", its words read as the verb's subject):
    what stands before the comma is what was said; None when the verb is followed by words of its own."""
    if _lemma(token) not in SAYING_VERBS or token.i + 1 < token.sent.end and not token.doc[token.i + 1].is_punct:
        return None
    left = subject.left_edge
    if subject.i > token.i or left.i - 1 <= token.sent.start or token.doc[left.i - 1].text != ",":
        return None
    return token.doc[left.i - 1] if all(t.i >= left.i for t in subject.subtree) else None


def find_in_doc(
    doc: Doc, para: int, text: str, quotes: list[tuple[int, int, bool]], headline: bool = False
) -> tuple[list[Found], list[Found]]:
    """The attributions whose cue stands in one paragraph (verbs of the lexicon with what they report, and
    "according to"), and the cue verbs of saying found without a content ("he said." "X said:"), whose content
    is looked for around them. A cue inside a quotation is part of what was quoted, not a cue. `headline`: the
    paragraph is a headline, whose present tense tells what happened."""
    found: list[Found] = []
    bare: list[Found] = []
    deeds: list[Found] = []  # what a measure's or an event's subject is said to back or welcome
    quoted = bytearray(len(text) + 1)  # 1 where a character lies inside a quotation
    for a, b, _ in quotes:
        quoted[a:b] = b"\1" * (b - a)
    for token in doc:
        if quoted[token.idx] or (token.pos_ not in CUE_POS and token.lower_ != "according"):
            continue
        if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
            obj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            sent = token.sent
            phrase_end = doc[token.i + 1].right_edge.i + 1
            comma = next((t.i for t in doc[token.i : sent.end] if t.text == ","), None)
            if comma is not None and token.i <= sent.start + 1:
                phrase_end = comma + 1  # "According to X, …": the phrase ends at its comma
            # What X said is the rest of the sentence: after the phrase when it opens it, else before; of a
            # phrase set off by commas inside the sentence, the longer side ("Since May, according to X, troops …")
            after = (doc[phrase_end].idx if phrase_end < sent.end else sent.end_char), sent.end_char
            if comma is not None and token.i > sent.start + 1 and comma + 1 < sent.end:
                after = doc[comma + 1].idx, sent.end_char
                if doc[comma + 1].dep_ == "cc":  # "X, according to Y, and the number is …": the clause before
                    comma = None
                elif (
                    doc[comma + 1].tag_ == "VBG"
                    and doc[comma + 1].dep_ == "advcl"
                    and doc[comma + 1].head.i == token.head.i
                ):
                    # "“…,” Harlan said, according to the AP, adding that …": the participle goes on with the
                    # statement before, which is what is credited
                    comma = None
            if token.i <= sent.start + 1:
                start, end = after
            elif comma is not None and _words(text[after[0] : after[1]]) > _words(text[sent.start_char : token.idx]):
                start, end = after
            else:
                start, end = sent.start_char, token.idx
            start, end = _trim(text, start, end)
            if text[start : start + 1] == ":":  # "According to the memo: “…”": the phrase ends at its colon
                start, end = _trim(text, start + 1, end)
            start, end = _reporters_words(text, start, end, quotes)
            end = _drop_final_stop(text, start, end)
            if end > start:
                source = (para, *_noun_phrase(obj))
                by = _publisher(obj)
                if by is not None:  # "according to figures published on Wednesday by the ONS": the ONS
                    source, obj = (para, *_noun_phrase(by)), by
                found.append(Found(para, start, end, "according to", source, source_token=obj))
            continue
        # a headline's verb read as a noun with a subject of its own ("López Obrador and Lula pledge to defend …")
        verb_as_noun = headline and _verb_read_as_noun(token)
        # "…, the paper reports.": a cue closing the sentence read as a plural noun, what it reports its clause
        verb_as_noun = (
            verb_as_noun
            or (
                token.dep_ == "ROOT"
                and token.tag_ == "NNS"
                and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)
            )
            or _cue_read_as_singular_noun(token)
        )
        if token.pos_ == "NOUN" and _lemma(token) in NOUN_CUES and not verb_as_noun:
            nominal = _nominal_attribution(token, para, text, quotes, quoted)
            if nominal is not None:
                found.append(nominal)
            continue
        if token.pos_ not in ("VERB", "AUX") and not (token.dep_ == "ROOT" and (token.tag_ == "NNS" or verb_as_noun)):
            continue
        if (age := _age_read_as_adjective(token)) is not None:
            # "The 61-year-old said investment would continue": the age speaks, the rest of the sentence is said
            first = token.i + 1
            if _lemma(token) == "tell":
                # "The 23-year-old told reporters the injury was not serious": what was said follows the addressee
                first = token.head.i + 1
                if first >= token.sent.end - 1 or not (
                    token.head.pos_ == "PROPN"
                    or _can_speak(token.head)
                    or token.head.lemma_.lower() in OCCUPATION_NOUNS
                ):
                    continue
            if doc[first].lower_ == "that":
                first += 1
            start, end = _trim(text, doc[first].idx, token.sent.end_char)
            start, end = _reporters_words(text, start, end, quotes)
            end = _drop_final_stop(text, start, end)
            if end > start:
                article = age.left_edge if age.left_edge.lower_ == "the" else doc[age.left_edge.i - 1]
                speaker = (para, article.idx, age.idx + len(age.text))
                found.append(Found(para, start, end, _cue_text(token), speaker, source_token=age, cue_token=token))
            continue
        if (
            token.tag_ == "VBN"
            and not _perfect(token)  # "…, had said": a tense, not a participle
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == AGENT_DEP for c in token.children)
            and not _after_quotation_name(token, quoted)
            and not _said_after_as_acl(token)
            and not (token.dep_ == "acl" and _said_closing_the_sentence(token))
            and not _finite_read_as_participle(token)
            and _name_read_as_modal(token) is None
        ):
            continue  # "Asked about the polls, Smith said …": the one asked is not the one asking
        asked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children)
        if asked and token.head.lemma_ != "ask" and token.sent[0].lower_ == "asked":
            continue  # "Asked backstage by Variety whether she had expected to win, she said": part of the question
        if (
            asked
            and token.head.lemma_ == "ask"
            and (_lemma(token) in SAYING_VERBS or _lemma(token) in ("speak", "talk"))
        ):
            continue  # "Asked whether he had spoken to the club about a contract": what is asked, not what was said
        if (
            headline
            and token.dep_ == "conj"
            and _to_infinitive(token.head)
            and _lemma(token.head) not in SAYING_VERBS
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        ):
            continue  # a headline's "pledge to defend Amazon and push for trade": the second half of what is pledged
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in FAILING_VERBS:
            continue  # "fined for failing to report spills", "neglected to disclose": what was not said
        if (
            token.dep_ == "ccomp"
            and _lemma(token.head) in SAYING_VERBS
            and _passive(token)
            and not any(c.dep_ == AGENT_DEP for c in token.children)
            # (but "said he was asked, “If you had known …?”": a whole question put to him, quoted)
            and not re.match(r"[,:]?\s*[\"“‘']\s*[A-Z]", text[token.idx + len(token) :])
        ):
            continue  # "said residents were being asked “to pay more for less”": what he said, no one asking
        if headline and _titled_description(token) and _lemma(token) not in SAYING_VERBS | CLAUSE_VERBS | {"call"}:
            # "The village that refused to let its pub die": a title describing the story's subject by a deed (but
            # "The man who says he invented bitcoin", "General Who Called For Internment" tell what was said)
            continue
        if (
            _lemma(token) in ("press", "pressure", "push")
            and (pusher := _subject(token)) is not None
            and _a_thing(pusher)
        ):
            continue  # "The attack is pushing the candidates to speak more loudly": a cause, no one pressing
        if _pressed_to_act(token):
            continue  # "Trump, who had pressed Republicans to back it": what they are pressed to do, nothing said
        if _describes_addressee(token):
            continue  # "urged anyone offered watches for sale to contact police": whom the appeal is to
        if _time_given_to_speak(token):
            continue  # "Residents have six weeks to ask the government to call it in": a window, nothing said yet
        if token.dep_ == "relcl" and _bare_infinitive(token):
            continue  # "a place they want to be": a wish about the noun the clause describes, nothing said
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children):
            continue  # "will study whether the ocean could support life": a question, not asserted
        if _topic_read_as_clause(token):
            continue  # "As for the candidate's wilder promises, “…,” said Pike": a topic the parse read as a clause
        if _measured_question(token):
            continue  # "tested how long the bees remembered what they had learned": a measure asked, nothing said
        if _standing_appeal(token):
            continue  # "Anyone with information is asked to call 101": a request to readers, no one's statement
        if _standing_description(token):
            continue  # "She is described as mixed race, about 5ft 4in tall": how one looks, no one's statement
        if _passive(token) and any(c.dep_ == "nsubjpass" and c.tag_ == "WP" for c in token.children):
            continue  # "What is not said in the kitchen matters more": a thing spoken of, no statement
        if any(c.dep_ == "xcomp" and _anonymous(c) for c in token.children):
            continue  # "who asked not to be named": a condition of speaking, no cue of what was said
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in LICENSED and _negated(token.head):
            continue  # "because they were not authorised to discuss the talks": what one may not say, nothing said
        if _lemma(token) == "call" and any(c.dep_ == "prt" and c.lower_ in ("off", "in", "up") for c in token.children):
            continue  # "The launch was called off for the second time", "called in the army": cancelled or summoned
        if _lemma(token) == "call" and _calls_an_event(token):
            continue  # "The RMT, which called the strike", "called an election": an event set going, no words
        if _parenthetical_belief(token):
            continue  # "Legal costs, thought to be more than £1m, will be decided later": an estimate set aside
        if _asks_what_one_says(token, quoted):
            continue  # "What would Daniel say if he could see the trust now?": a question put, nothing said
        if _anonymity_purpose(token):
            continue  # "who spoke on condition of anonymity to discuss private talks": why unnamed, nothing said
        if (
            token.lower_ == "asked"
            and token.i == token.sent.start
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children)
        ):
            # "Asked what she will do next, Mrs Kettle does not hesitate": she is asked, and asks nothing (but
            # "Asked by the family's barrister whether …" is the barrister's question)
            continue
        if _relative_opening_inverted_condition(token):
            continue  # "told the inquest that had she been warned, she would …": a condition, no one's cue
        if _open_condition(token):
            continue  # "If you think you have been scammed, call your bank": a case put, nothing said or thought
        if token.dep_ == "pcomp" and token.head.lower_ == "without":
            continue  # "ended the summit without agreeing how to …", "left without saying whether": nothing said
        reached = _content_head(token)
        if reached is None and headline:
            reached = _headline_promise(token)
        if reached is not None and _able_to(token, reached):
            continue  # "where MPs can propose amendments": what may be done, not what anyone said
        if reached is not None and reached[0].i > token.i and _speaker_read_as_apposition(reached[0]) is not None:
            if _said_closing_the_sentence(reached[0]):
                continue  # "staff it considers “low performers”, the chief executive Mark Zuckerberg told": his cue
        if reached is not None and _reduced_relative(token, reached[0]):
            continue  # "The funding agreed on Saturday runs out": what was agreed, not what anyone said
        declined = _declined(token) or (_speaking(token) and token.dep_ == "xcomp" and _declined(token.head))
        negated = _speaking(token) and _negated(token)
        if declined or (negated and (reached is None or reached[1] != "clause" or _asks_what(reached[0]))):
            # "Ruto has not commented on the impeachment", "declined to comment", "declined to say whether more
            # strikes would follow", "did not say how the man died": a subject or a question, nothing said
            continue
        if reached is not None and reached[1] == "infinitive" and _negated(token):
            continue  # "She never planned to run a business", "did not agree to pay": a plan or promise not made
        if _quoted_as_saying(token) is not None:
            continue  # "Interfax quoted Dmitry Peskov as saying …": Peskov says it (see the verb of saying)
        if _wish_told_by_another(token):
            continue  # "Francisco said the club had known that Zubimendi wanted a new challenge": the coach's words
        subject = _subject(token)
        if (misread := _speaker_read_as_apposition(token)) is not None and _said_closing_the_sentence(token):
            subject = misread  # "…, the company's chief executive Mark Zuckerberg told employees": read as apposition
        if (misread := _speaker_read_as_object(token)) is not None and _said_closing_the_sentence(token):
            subject = misread  # "The talks had collapsed, reported the Times.": the Times, not the talks
        if subject is None and token.dep_ == "acl" and _said_closing_the_sentence(token):
            subject = token.head  # "…, the theatre's trustees announced on Tuesday": read as a participle of them
        if (
            subject is not None
            and _lemma(token) in STANCE_VERBS
            and subject.lemma_.lower() in DISPLAYED_NOUNS
            and _a_thing(subject)
        ):
            # "Hundreds gathered, carrying banners opposing the plan": those who carry them say so, not the banners
            # (and no one, where the article names no one carrying them)
            subject = _carrier(subject)
            if subject is None:
                continue
        if subject is not None and (past := _after_dateline(subject, token)) is not None:
            subject = past  # "EVIAN-LES-BAINS, France — Leaders of the G7 agreed": the dateline is where, not who
        if (quoted_one := _one_quoted_as(token)) is not None:
            subject = quoted_one  # the one a medium quotes as saying, not the medium
        if subject is not None and subject.head.i != token.i and _passive_with_no_agent(token):
            subject = None  # "The trial opened … and had been expected to last": the thing expected, not who expects
        if headline and subject is not None and _told_in_headline(token, subject):
            continue  # "Jury told of 'screaming and banging'": a headline's passive names who heard, not who spoke
        one = _one_of_them_named(token, text)
        if one is not None:
            subject = one.root  # "Two senators spoke, one of whom, Lisa Grant, said …": the one named, not the group
            if reached is not None and reached[0].i < token.i:
                after = next((c for c in token.children if c.dep_ in CLAUSE_DEPS and c.i > token.i), None)
                reached = (after, "clause") if after is not None else None
        if subject is not None and quoted[subject.idx]:  # a word of the quotation the parse took for the subject
            # the other subject of the verb it hangs on, outside quotations ("“…,” Trump said before adding")
            others = [*token.lefts, *subject.head.children]
            # "“…,” she said, before switching to Norwegian to thank her mother": the cue the quotation hangs on
            others += [
                g for c in subject.head.children if c.dep_ == "parataxis" and c.i > subject.i for g in c.children
            ]
            subject = next((c for c in others if c.dep_ == "nsubj" and not quoted[c.idx]), None)
        if subject is None:
            subject = _subject_between(token, quotes) or _subject_after(token, quoted) or _subject_left(token, quoted)
        if subject is None and (reached is None or quoted[reached[0].idx]):  # a cue of a quotation
            subject = _governing_subject(token, quoted)
        if (heard := _subject_of_evidence(token, subject)) is not None:
            subject = heard  # "The panel heard that Harker pursued the car, then claimed …": Harker claimed
        if _told_one(token, subject):
            subject = None  # "“…,” an inquest has been told": the one told, not the one telling
        if headline and subject is not None and _told_closing_headline(token, subject):
            subject = None  # "Man stabbed stranger after row over parking space, jury told": what the jury heard,
            # its teller unnamed
        if _lemma(token) == "hear":
            if not _hearing_body(subject):
                continue  # "she heard that the plant would close": hearsay, no one's statement
            if subject.pos_ != "PROPN":
                # "The inquest heard that the driver did not see him": evidence given, its giver unnamed (but a court
                # named, "Birmingham Crown Court heard", is where it was said, and better than no one)
                subject = None
        if subject is not None and subject.head.i == token.i and _no_one(subject):
            continue  # "No group has claimed responsibility", "…, no injuries reported": no one said anything
        if subject is not None and subject.head.i == token.i and _anyone_who(subject):
            continue  # "anyone who sees a fallen line is asked to call": whoever that may be, no one said anything
        if subject is not None and subject.head.i == token.i and _asks_who(subject):
            continue  # "Who can call the election?": a question about a speaker, no one's statement
        if subject is not None and _habitually_someone(token, subject):
            continue  # "Every few years someone on the council announces that …": what happens, no one's words
        if (
            not headline
            and reached is not None
            and reached[1] == "object"
            and _to_be_published(token, reached[0], quoted)
            # (a chronology's entry tells what happened in the present, as a headline does: "1983: The Lancet
            # publishes a warning that …")
            and not (token.tag_ in ("VBZ", "VBP") and _entry_end(doc, text) > 0)
        ):
            continue  # "The bank publishes its results on Thursday": a release to come, nothing said yet
        if headline and subject is not None and subject.head.i == token.i and _to_infinitive(token):
            continue  # "Prime Minister to announce election date": a headline's future, nothing said yet
        if _lemma(token) in PRESSING_CUES and (
            subject is None or subject.i > token.i or (token.dep_ == "xcomp" and _negated(token.head))
        ):
            # "the effort to push Assad to step down": no one presses, and the one pushed is no speaker; "is not
            # expected to pressure Sanders to quit": no pressing done
            continue
        if _greets(token) or _dismisses_people(token):
            # "The King welcomed Emperor Naruhito", "Ruto dismissed his entire cabinet": a guest greeted, people
            # sacked, nothing said
            continue
        if subject is not None and subject.head.i == token.i and subject.dep_ == "nsubj" and _a_force(subject):
            continue  # "as the sea slowly claims their village", "the fire threatened to spread": nature says nothing
        if _lemma(token) in THING_SENSE_VERBS and subject is not None and _a_thing(subject):
            # "The blockage recalled the closure of the Suez Canal", "as counting pointed to a comfortable majority":
            # a thing brings to mind or shows, says nothing
            continue
        if _lemma(token) in CONSENT_VERBS and subject is not None and subject.lemma_.lower() in ACCORD_NOUNS:
            continue  # "Cop28 deal agrees to transition away from fossil fuels": what a deal settles on, unsaid
        if (
            subject is not None
            and any(c.dep_ == "aux" and c.lower_ in ("must", "should", "shall") for c in token.children)
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each") for c in subject.children)
        ):
            continue  # "a company that loses the vote must explain what it has done": a rule, nothing said
        if _reporters_inference(token):
            continue  # "Sales fell 4% in the quarter, which suggests demand is weakening": the reporter's reading
        if _asked_aside(token, subject):
            continue  # "Coach Kim, asked whether the title meant more, smiled": the one asked, not asking
        if _lemma(token) in NAMING_VERBS and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in token.children):
            continue  # "launched what it calls Apple Intelligence", "what he called a betrayal": a name given
        if token.dep_ in ("advcl", "xcomp") and token.head.lemma_.lower() in MEETING_VERBS and _to_infinitive(token):
            continue  # "The leaders met to discuss the clear-up": what a meeting is for, nothing said yet
        if _lemma(token) in OTHER_SENSE_PASSIVES and any(
            c.dep_ == "nsubjpass" and c.lower_ != "it" for c in token.children
        ):
            continue  # "patients were admitted", "the monitor is being recalled": to a ward, to its maker, no words
        if token.lower_ in PARTICIPLES_ONLY and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
            continue  # "tablets, letters written nearly 2,000 years ago": a participle no tense shares, no cue
        agented = any(c.dep_ == AGENT_DEP for c in token.children)  # "Asked by prosecutor Ann Lee, …": the asker
        if subject is not None and subject.head.i == token.i and _reduced_passive(token) and not agented:
            subject = None  # "with the new market expected to open": what is expected, not who expects it
        if reached is not None and _leads_into_quotation(token, reached, subject, quoted):
            continue  # "Vasseur praised Leclerc's drive. “Charles was perfect,” Vasseur said": the quotation's frame
        if _lemma(token) == "see" and reached is not None and _sees_a_result(token, subject):
            continue  # "The scheme will see the building replaced": a thing's result, no one's view
        going_on = _lemma(token) == "continue" and (reached is None or not quoted[reached[0].idx])
        if going_on and (subject is None or _a_thing(subject)):
            continue  # "Profit fell – the market continues to weaken": a thing goes on, no one goes on speaking
        speaker = (para, *_noun_phrase(subject)) if subject is not None else None
        if subject is not None and (name := _name_closing_before(token, subject)) is not None:
            speaker = (para, min(speaker[1], name[0].idx), max(speaker[2], name[1].idx + len(name[1].text)))
        if one is not None and subject is not None and subject.i == one.root.i:
            speaker = (para, one.start_char, one.end_char)
        if reached is not None and subject is not None and reached[0].i < token.i:
            head = reached[0]
            hung = token.head.i == head.i or (_said_after_as_acl(token) and token.head.head.i == head.i)
            hung = hung or _said_closing_the_sentence(token)
            # (but "…, surrounded by her family, her agent, Julian Marsh, said": a speaker set right before the cue)
            adjacent = subject.dep_ == "conj" and not text[_noun_phrase(subject)[1] : token.idx].strip(" ,")
            adjacent = adjacent and not quoted[head.idx]
            hung = hung or _closing_name_read_into_clause(token, subject, head)
            if head.left_edge.i <= subject.i <= head.right_edge.i and not hung and not adjacent:  # "…after Hale, asked"
                after = next((c for c in token.children if c.dep_ in CLAUSE_DEPS and c.i > token.i), None)
                reached = (after, "clause") if after is not None else None  # the speaker is not what was said
        if reached is not None and reached[0].i < token.i and not quoted[reached[0].idx]:
            follows = _quotation_after_cue(token, text, quotes)
            if follows is not None:  # Lee said of the loss, “We were poor.”: not the words before the cue
                found.append(Found(para, *follows, _cue_text(token), speaker, source_token=subject, cue_token=token))
                continue
        aside = _cue_aside(token, subject, quoted) if _lemma(token) in SAYING_VERBS else None
        if aside is not None and _gloss_after_aside(token.doc, aside):
            # "North Korea fired a missile on Wednesday, the military said, the third launch in a month": what was
            # said is the clause before the cue; the noun phrase after it is the reporter's gloss
            start, end = _trim(text, token.sent.start_char, aside[0])
            found.append(Found(para, start, end, _cue_text(token), speaker, source_token=subject, cue_token=token))
            continue
        if aside is not None:
            # "It is, she admits, closer to home": the sentence around the cue clause is what was said
            start, end = _trim(text, token.sent.start_char, token.sent.end_char)
            end = _drop_final_stop(text, start, end)
            found.append(
                Found(para, start, end, _cue_text(token), speaker, source_token=subject, cue_token=token, gap=aside)
            )
            continue
        if reached is None and headline and subject is not None and (comma := _closing_cue(token, subject)):
            # "Job losses loom at Hartwell Motors, memo reveals": what comes before the comma is what was told
            start, end = _trim(text, token.sent.start_char, comma.idx)
            found.append(Found(para, start, end, _cue_text(token), speaker, source_token=subject, cue_token=token))
            continue
        if reached is None and headline and subject is not None and (first := _clause_misread(token, quoted)):
            # "Staff warn university's cuts will 'gut' humanities": the clause after the verb is what was said
            start, end = _trim(text, first.idx, token.sent.end_char)
            end = _drop_final_stop(text, start, end)
            found.append(Found(para, start, end, _cue_text(token), speaker, source_token=subject, cue_token=token))
            continue
        if reached is None:
            # a verb of saying that governs another action says nothing ("Should the owners continue to refuse")
            doing = any(
                c.dep_ == "xcomp" and c.i > token.i and not quoted[c.idx] and any(a.lower_ == "to" for a in c.lefts)
                for c in token.children
            )
            # (nor does an infinitive that says what a noun is for: "any decision to charge someone")
            purpose = token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            # (nor does "point out" with an object: "pointed out the flaw to me" points out that thing)
            pointed = _lemma(token) == "point_out" and any(c.dep_ == "dobj" for c in token.children)
            # (nor does a participle set before a noun as its adjective: "the continuing political crisis")
            modifier = token.dep_ == "amod" and token.head.i > token.i
            if (
                _lemma(token) in CLAUSE_VERBS
                and _lemma(token) in SAYING_VERBS
                and not (doing or purpose or pointed or modifier)
            ):
                bare.append(
                    Found(para, token.idx, token.idx, _cue_text(token), speaker, source_token=subject, cue_token=token)
                )
            continue
        head, how = reached
        if how == "clause" and head.i < token.i:
            head = _nearer_cue_content(token, head, quoted)
            if head is None:
                continue
        start, end = _clause_chars(head)
        if how == "clause" and head.i > token.i:
            end = max(end, _backshifted_run_on(token, head, quoted))
            end = max(end, _consequence_of_inverted_condition(token, head, quoted))
            if (condition := _condition_read_as_relative(token, head)) is not None:
                start = min(start, condition.left_edge.idx)
        if how == "clause" and head.i < token.i:
            start = _split_clause_start(token, head, start)
            if subject is not None and subject.dep_ == "compound" and subject.head.i == token.i:
                # "Rovers will offer £15m for winger Samuel Dayo, the Mail reports": the name the parse took for
                # the subject ends what was said
                misread = next((c for c in token.children if c.dep_ == "nsubj" and head.i < c.i < subject.i), None)
                if misread is not None:
                    end = max(end, misread.right_edge.idx + len(misread.right_edge.text))
        if head.dep_ == "xcomp" and head.i > token.i and (raised := _raised_subject(token)) is not None:
            # "the two clubs are said to be close to a deal": what is said is about them, as they are written
            start = min(start, raised.left_edge.idx)
        if how == "clause" and head.i > token.i and start > token.idx:
            start = _subject_read_as_object(token, head, start, quoted)
            start = _after_time_of_saying(token, head, start)
            start = _after_time_clause(token, head, start)
        if how == "clause" and head.i > token.i and head.left_edge.i < token.i:
            # "a judgment that lawyers said could affect cuts": the relative pronoun and the speaker are not said
            start = token.doc[token.i + 1].idx
        if how == "infinitive" and _lemma(token) in APPEAL_VERBS:
            # "urged voters to back the plan", "urged anyone with dashcam footage to come forward": whom the appeal is
            # made to, with what it asks, as annotators mark it
            addressee = next((c for c in token.children if c.dep_ == "dobj" and token.i < c.i < head.i), None)
            if addressee is not None and not quoted[addressee.idx]:
                start = min(start, addressee.left_edge.idx)
        if how == "predicate":  # called the decision “a betrayal”: what is called so, and what it is called
            thing = next((c for c in token.children if c.dep_ == "dobj" and c.i < head.i), None)
            if thing is not None:
                start = thing.left_edge.idx
        if head.i < token.i:  # "…, he said": the content ends where the verb's own words begin
            inside = token.head.i == head.i or _said_closing_the_sentence(token)  # hung on the clause it reports
            if _said_after_as_acl(token):
                inside, end = True, min(end, token.head.left_edge.idx)
            cut = token.left_edge.idx
            if subject is not None and (misread := _speaker_read_as_apposition(token)) is not None:
                # (what the parse took for the subject is what was said, up to the speaker's comma)
                cut = misread.left_edge.idx if misread.i == subject.i else cut
            end = min(end, cut) if inside or token.left_edge.i > head.right_edge.i else end
            if subject is not None and head.i < subject.i < token.i and subject.head.i != token.i:
                end = min(end, subject.left_edge.idx)  # "…, Prime Minister Erik Holm told reporters": not the speaker
            name = _name_closing_before(token, subject) if subject is not None else None
            if name is not None and head.i < name[0].i:
                end = min(end, name[0].idx)  # "…, Transport for London and the Metropolitan Police said": both speak
            # "…, and the operator has suspended crossings; no one was hurt, the coastguard said": the clause after
            # the last semicolon before the cue is what it reports
            start = _after_last_semicolon(text, start, end, quoted)
            start = _after_introducing_colon(text, start, end, quotes, comma=True)
            start = _after_run_in_heading(text, start, end)
        elif how in ("object", "predicate", "phrase"):  # "praised Belarus as Russia’s ally “in the true sense”"
            if how == "phrase" and head.head.lower_ == "for" and _lemma(token) in REASON_VERBS:
                blamed = next((c for c in token.children if c.dep_ == "dobj" and c.i < head.i), None)
                if blamed is not None:  # "blamed the board for the slump": whom, with the reason
                    start = min(start, blamed.left_edge.idx)
            mark = next((c for c in head.children if c.dep_ == "mark" and c.i == token.i + 1), None)
            if how == "phrase" and mark is not None and mark.idx == start:
                start = mark.nbor().idx  # "called for the plans to be withdrawn": what is called for, after "for"
            opening = next((q for q in quotes if 0 <= start - q[0] <= 1 and q[1] < end), None)
            # emphasized “difficult times” in his speech: the quoted words, not where (but a quoted word before the
            # noun it describes stays with it: accused the council of “shameful” neglect)
            if opening is not None and opening[0] <= head.idx < opening[1]:
                end = opening[1]
            for child in token.rights:
                if child.dep_ == "prep" and child.lower_ == "as" and child.i > head.i:
                    end = max(end, child.right_edge.idx + len(child.right_edge.text))
                # "thanked voters for their patience", "criticized Rubio for opposing the plan": the reason is said too
                # ("blamed the crash on icy roads": what is blamed for it)
                reason = child.dep_ == "prep" and child.i > head.i
                reason = reason and (child.lower_ == "for" or (child.lower_ == "on" and _lemma(token) == "blame"))
                if reason and _lemma(token) in REASON_VERBS:
                    end = max(end, child.right_edge.idx + len(child.right_edge.text))
                if how == "object" and (said_in := _occasion_of_promise(token, head)) is not None:
                    end = min(end, said_in.left_edge.idx)  # "vows lower energy bills in its manifesto"
                if how == "object" and _where_promised(token, head, child):
                    end = max(end, child.right_edge.idx + len(child.right_edge.text))  # "… in every primary school"
                if how == "object" and _lemma(token) in ESTIMATING_VERBS and child == _estimate_at(token):
                    end = max(end, child.right_edge.idx + len(child.right_edge.text))  # "… at $45 billion"
                # "repeated his opposition to any new funding": the parse hangs the stance's phrase on the verb
                stance = how == "object" and child.lower_ in STANCE_NOUN_PREPS.get(head.lemma_.lower(), ())
                if stance and child.dep_ == "prep" and child.i == head.right_edge.i + 1:
                    end = max(end, child.right_edge.idx + len(child.right_edge.text))
            if how == "object" and (joined := _object_conjuncts_end(token, head)) is not None:
                end = max(end, joined)  # "citing traffic on the A61 and a lack of school places": all of it
            end = _relative_read_as_clause(token, end)
            after = next((q for q in quotes if 0 <= q[0] - end <= 1), None)
            if after is not None:
                end = after[1]
            if how == "object" and (text_of := _quotation_of_text(head, text, quotes)) is not None:
                start, end = text_of  # "issued a statement, “…”": the statement is the quotation
        if how == "clause" and head.i > token.i:  # one statement the parse split into two clauses of the cue
            # (a that-clause hung on the noun of "said in a statement that …": the verbs after it the parse joined
            # to the cue are the statement's second half, "… and was co-operating with the inspectors")
            on_noun = head.head.i != token.i
            for child in token.rights:
                # (not a named source's own statement: "…, and the BBC said the audience had peaked")
                if child.i <= head.i or _source_of_its_own(child):
                    continue
                if (
                    child.dep_ in CLAUSE_DEPS
                    or (on_noun and child.dep_ in ("conj", "xcomp"))
                    or _quoted_second_half(child, head, quoted)
                    # "said it was “heartbroken” and that players would wear black armbands": a second that-clause
                    or (child.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children))
                    # "said it was “disappointed” and would consider an appeal": the reported future, with no subject
                    # of its own, goes on with what was said
                    or _reported_future(child)
                ):
                    end = max(end, child.right_edge.idx + len(child.right_edge.text))
        if head.i > token.i and not _inside(quotes, start):
            end = _before_next_quotation(doc, text, start, end, quotes)
        if head.i > token.i:
            end = _without_words_after_quotation(text, start, end, quotes)
            end = _without_phrase_after_quotation(head, start, end, quotes)
            end = _before_contrasted_speaker(head, start, end, quoted)
            end = _before_gloss_with_its_own_speaker(head, start, end, quoted)
            end = _before_next_deed(head, start, end, text)
            end = _before_place_of_saying(text, start, end, quotes)
            end = _before_relative_with_its_own_cue(head, start, end)
            end = _before_another_source(head, start, end, text)
            end = _before_participle_of_saying(head, start, end)
            end = _before_cues_own_clause(head, end)
            end = _with_quoted_tail(text, end, quotes, token.sent.start_char, token.sent.end_char)
        raised = _raised_subject(token) if head.dep_ == "xcomp" and head.i > token.i else None
        if head.i > token.i and start < token.idx < end and raised is None:
            start = token.idx + len(token.text)  # "the “pundit,” saying, “…”": not before its own cue
        if head.i > token.i and _inside(quotes, start):
            start = _interrupted_quotation_start(text, token, start, quotes)
        if head.i > token.i and not any(
            t.pos_ in ("VERB", "AUX") and start <= t.idx < end and not quoted[t.idx] for t in token.sent
        ):  # "saying in a post on X: “…”": the quotation the reporter's phrase introduces (not "… to which Lee
            start = _after_introducing_colon(text, start, end, quotes)  # replied: “…”", a statement of its own)
        if head.i > token.i and _lemma(token) in ASKING_LEMMAS | TELLING_VERBS:
            start = _after_addressee(token, text, start, end, quotes)
        if head.i > token.i:
            start = _after_phrase_before_quotation(token.doc, text, start, end, quotes)
        # the opening mark of a quoted word that opens the phrase, which the parse hung on the verb ("hails
        # 'special' Saka")
        start = next((a for a, b, _ in quotes if a == start - 1 and b <= end), start)
        start, end = _trim(text, start, end)
        start, end = _with_own_marks(text, start, end)
        start, end = _reporters_words(text, start, end, quotes)
        end = _drop_final_stop(text, start, end)
        if end <= start:
            continue
        if how == "object" and _kept_going(token, head):
            continue  # "a charity which supports more than 1,200 food banks": what a body does, no view
        found.append(Found(para, start, end, _cue_text(token), speaker, source_token=subject, cue_token=token))
        if how == "object" and _lemma(token) in STANCE_VERBS and subject is not None and _a_deed(subject):
            deeds.append(found[-1])
    # "According to Ann Lee, the cuts support the growth of companies": what a measure does, inside what was said
    for deed in deeds:
        if any(f is not deed and f.start <= deed.cue_token.idx < f.end for f in found):
            found.remove(deed)
    return found, bare


def _relative_read_as_clause(verb: Token, end: int) -> int:
    """The end of a cue's object or phrase that goes on over a relative clause the parse hung on the cue as its own
    clause ("accused him of voting for trade deals that “shipped Ohio jobs to Mexico”": what the deals did is part of
    the charge): a clause right after the content whose subject is a relative pronoun."""
    for child in verb.rights:
        if child.dep_ not in CLAUSE_DEPS or child.left_edge.idx < end:
            continue
        pronoun = child.left_edge
        relative = pronoun.tag_ in ("WDT", "WP") and pronoun.dep_ == "nsubj" and pronoun.head.i == child.i
        if relative and not doc_text(verb.doc)[end : pronoun.idx].strip():
            return child.right_edge.idx + len(child.right_edge.text)
    return end


def _interrupted_quotation_start(text: str, verb: Token, start: int, quotes: list[tuple[int, int, bool]]) -> int:
    """The start of a quotation its cue interrupts ("''That, unfortunately,'' he said, ''is part of life''"), when
    the parse hung the first part on the cue, as its subject or aside, and reached only the second: the first part
    closes on a comma right before the cue's words, which hold its subject ("he said", not "…,” adding, “…”)."""
    before = min(t.idx for t in verb.subtree if t.i <= verb.i and not _inside(quotes, t.idx))
    after = verb.idx + len(verb.text)
    if not any(a <= start <= a + 2 and a >= after and not text[after:a].strip(" ,") for a, _, _ in quotes):
        return start  # the second part follows the cue: "he said, ''…''", not "he said before adding: ''…''"
    for a, b, _ in quotes:
        interrupting = any(  # "he said": the subject right after the quotation, the verb right after it (not
            # "“…,” while Quinlan said “…”": a second speaker's words, brought in by a word of their own)
            c.dep_ == "nsubj"
            and b <= c.left_edge.idx
            and not text[b : c.left_edge.idx].strip(" ,")
            and c.right_edge.i + 1 == verb.i
            for c in verb.children
        )
        if interrupting and b <= before and not text[b:before].strip() and text[a:b].rstrip("”’\"' ").endswith(","):
            return a
    return start


def _after_time_of_saying(verb: Token, head: Token, start: int) -> int:
    """The start of what a cue reports after the day it was said, which the parse hung on the reported clause ("said
    on Tuesday it would veto the bill"): "on" a date right after the cue and before the clause's subject."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
    if subject is None:
        return start
    for prep in head.children:
        # (only "on" a day: "said in 2019 the rules changed" more often dates what was said)
        if prep.lower_ != "on" or prep.i != verb.i + 1 or prep.right_edge.i >= subject.left_edge.i:
            continue
        if any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children):
            return max(start, subject.left_edge.idx)
    return start


def _after_dateline(subject: Token, verb: Token) -> Token | None:
    """The subject written after a dateline that the parse took for the subject itself ("EVIAN-LES-BAINS, France —
    Leaders of the Group of Seven agreed"): the phrase set beside it after the dash that ends the dateline, when the
    dateline, in capitals, opens the paragraph."""
    first = subject.left_edge
    # a dateline's place is written in capitals ("WASHINGTON —"); a phrase set off by dashes after an opening
    # subject is no dateline ("The three scholars — Mr. Tribe, … — agreed")
    if first.i != 0 or not (first.text.isupper() and sum(c.isalpha() for c in first.text) >= 2):
        return None
    dash = next((t for t in subject.subtree if dash_between_spaces(t) and t.i < verb.i), None)
    if dash is None or subject.i > dash.i:
        # (a subject itself written after the dash is the speaker, the dateline hung on it, not the description
        # beside it: "MILAN — Stellantis, the maker of Jeep and Fiat cars, said" is Stellantis)
        return None
    return next((t for t in subject.subtree if t.dep_ == "appos" and dash.i < t.i < verb.i), None)


def _before_gloss_with_its_own_speaker(head: Token, start: int, end: int, quoted: bytearray) -> int:
    """The end of what a cue reports before the reporter's gloss on it, set off by a comma, in which someone else
    speaks ("ruled that agencies cannot fine firms without a jury, a decision that legal experts said could upend
    enforcement"): that is the experts' statement, not the court's."""
    for token in head.subtree:
        # (an apposition, or a second object or a loose noun where the parse made it one: "cut 300 jobs, a move
        # that unions said was a betrayal")
        if token.dep_ not in ("appos", "dobj", "npadvmod") or not start < token.idx < end or quoted[token.idx]:
            continue
        comma = token.left_edge.i - 1
        if comma < 0 or token.doc[comma].text != ",":
            continue
        speaking = any(
            t.dep_ == "relcl"
            and t.head.i == token.i
            and _lemma(t) in SAYING_VERBS
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in t.children)
            for t in token.children
        )
        if speaking:
            end = min(end, token.doc[comma].idx)
    return end


def _before_contrasted_speaker(head: Token, start: int, end: int, quoted: bytearray) -> int:
    """The end of what a cue reports before a clause of "while" or "whereas" in which someone else speaks ("said
    the price was fair, while another analyst said it was high"): that is the other speaker's statement."""
    for token in head.subtree:
        if (
            token.dep_ == "advcl"
            and start < token.idx < end
            and not quoted[token.idx]
            and (_lemma(token) in SAYING_VERBS or (_lemma(token) in PHRASE_VERBS and token.tag_ == "VBD"))
            and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in token.children)
            # someone speaks: not "while queues were seen", "while the case continues"
            and any(c.dep_ == "nsubj" and not quoted[c.idx] and not _a_thing(c) for c in token.children)
        ):
            end = min(end, token.left_edge.idx)
    return end


def _caveat_after(verb: Token, clause: Token) -> bool:
    """Whether a verb of saying with no subject, after "but" or "and", is the speaker's next statement after a
    reported clause about a thing ("said the strongest winds had passed but warned that …", "said sales had risen
    and added that …"): the thing warns of nothing, the speaker does."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        verb.i > 0
        and verb.doc[verb.i - 1].lower_ in ("but", "and")
        and _lemma(verb) in SAYING_VERBS
        and subject is not None
        and _a_thing(subject)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _before_next_deed(head: Token, start: int, end: int, text: str) -> int:
    """The end of what a cue reports before the speaker's next deed, which the parse joined to the reported clause
    after the quotation that closes it ("said the case was “as clear an example … as this court sees”, and banned
    Forde from driving"): a past verb with no subject or auxiliary of its own, right after the closing mark and
    "and", is the reporter telling what the speaker did next, when the reported clause is about a thing, which does
    no such deed ("the offer was “fair” and urged the union …"; but "she heard “a bang” and ran outside" is hers)."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    thing = subject is not None and _a_thing(subject)
    # a reported verdict ("the decision was “a hammer blow” for the town") is the speaker's view of something; the
    # cue verb joined after it is the speaker's next statement, whatever the subject of the verdict
    verdict = _lemma(head) == "be" and any(c.dep_ in ("attr", "acomp") for c in head.children)
    unshared = _tense_not_shared(head)
    for token in head.children:
        # "said the decision had been reached “despite …”, and accused Spotify of …": the speaker's second deed
        # after a passive or participle clause closed by its quotation (`_second_deed_of_speaker`)
        joined = re.search(r"([”\"’'])?\s*,?\s+(?:and|but)\s+$", text[start : token.idx])
        if start < token.idx < end and joined is not None and _second_deed_of_speaker(token):
            end = min(end, start + (joined.start(1) + 1 if joined.group(1) else joined.start()))
    if not thing and not verdict and not unshared:
        return end
    cues = SAYING_VERBS | {"call", "question"}
    if unshared:
        cues = cues | CLAUSE_VERBS | OBJECT_VERBS | INFINITIVE_VERBS | PHRASE_VERBS.keys()
    for token in head.subtree:
        if token.dep_ != "conj" or token.tag_ != "VBD" or not start < token.idx < end:
            continue
        if not thing:
            if token.head.i == head.i and _lemma(token) in cues and (not unshared or _states_something(token)):
                joined = re.search(r",?\s+(?:and|but)\s+$", text[start : token.idx])
                if joined is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
                    end = min(end, start + joined.start())
            continue
        caveat = re.search(r",?\s+(?:but|and)\s+$", text[start : token.idx])
        if caveat is not None and token.head.i == head.i and _caveat_after(token, head):
            end = min(end, start + caveat.start())
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
            continue
        before = re.search(r"([”\"’'])\s*,?\s+and\s+$", text[start : token.idx])
        if before is not None:
            end = min(end, start + before.start(1) + 1)
    return end


def _with_quoted_tail(
    text: str, end: int, quotes: list[tuple[int, int, bool]], sentence: int, sentence_end: int
) -> int:
    """The end of a reported statement that goes on, after a comma, in a quotation of words cut from a sentence
    closing the sentence ("said she would, “on a day when the water quality is good”"): the quotation's end. Not
    where a quotation comes before in the sentence: "“A,” Sherman said, speaking of politicians, “and leave …”"
    goes on with the quotation the cue interrupts."""
    if any(sentence <= a < end for a, _, _ in quotes):
        return end
    for a, b, _ in quotes:
        if a < end or not re.fullmatch(r",\s*", text[end:a]):
            continue
        first = re.search(r"\w", text[a:b])
        if first is not None and first.group().islower() and not text[b:sentence_end].strip(" .!?”’\"'"):
            return b
        break
    return end


def _source_of_its_own(clause: Token) -> bool:
    """Whether a clause is a named source's own statement ("…, and the BBC said the audience had peaked"): a verb of
    saying with a named subject and a clause of its own."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        _lemma(clause) in SAYING_VERBS | {"report"}
        and subject is not None
        and (subject.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or subject.pos_ == "PROPN")
        and any(c.dep_ == "ccomp" for c in clause.children)
    )


def _before_another_source(head: Token, start: int, end: int, text: str) -> int:
    """The end of what a cue reports before a clause joined by ", and" in which a named source says a clause of its
    own ("said 15,000 spectators had watched the final, and the BBC said the audience peaked at 9.4 million"): the
    BBC's statement, found at its own cue, not the first speaker's."""
    for token in head.children:
        if token.dep_ != "conj" or not start < token.idx < end or not _source_of_its_own(token):
            continue  # (not "and the BBC reported a peak audience": no clause of its own, left with the first)
        subject = next(c for c in token.children if c.dep_ == "nsubj")
        joined = re.search(r",\s+(?:and|but|while)\s+$", text[start : subject.left_edge.idx])
        if joined is not None:
            return min(end, start + joined.start())
    return end


def _participle_of_saying_after(verb: Token) -> bool:
    """Whether `verb` is a participle of saying set off by a comma after the clause a cue reports, with words of its
    own ("The judge ruled that the scheme may go ahead, saying the council acted lawfully"): the parse hangs it on
    the reported clause, but it is the speaker's second statement (the cue's verb is one of stating or ruling)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _lemma(verb) not in SAYING_VERBS:
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    clause, cue = verb.head, verb.head.head
    if clause.dep_ != "ccomp" or cue.i > clause.i or _lemma(cue) not in CLAUSE_VERBS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and _lemma(cue) not in SAYING_VERBS:
        return False  # "found the council acted lawfully, saying …" without "that" may be no statement of the cue
    return any(c.dep_ in CLAUSE_DEPS and c.i > verb.i for c in verb.children)


def _before_participle_of_saying(head: Token, start: int, end: int) -> int:
    """The end of what a cue reports before a participle of saying that carries a statement of its own ("ruled that
    the scheme may go ahead, saying the council acted lawfully"): the second statement, found at the participle,
    is no part of the first."""
    for token in head.children:
        if start < token.idx < end and _participle_of_saying_after(token):
            return min(end, token.doc[token.i - 1].idx)
    return end


def _before_relative_with_its_own_cue(head: Token, start: int, end: int) -> int:
    """The end of what a cue reports before a relative clause set off by a comma that carries a cue of its own
    ("criticised the decision to close the centre on Sundays, which she said would lead to more fly-tipping"): that
    clause is a statement of its own, found at its own cue, not part of the first."""
    for token in head.subtree:
        if token.dep_ != "relcl" or not start < token.idx < end or _lemma(token) not in SAYING_VERBS:
            continue
        if token.right_edge.idx + len(token.right_edge.text) < end:
            continue  # "said the new rules, which critics say will cost jobs, would take effect": inside it
        if not any(t.tag_ in ("WDT", "WP") for t in token.subtree):
            continue  # "in the state, where both candidates claim ties": a place described, nothing it stands for
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        comma = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS and comma is not None and comma.text == ",":
            return min(end, comma.idx) if comma.idx > start else end
    return end


# Where a statement is made, after "in" and its article or owner ("in a statement", "in his interview"): the
# reporter's words around what was said.
STATEMENT_OWNER = r"(?:an?|his|her|their|its|the)"
STATEMENT_PLACES = "interview|statement|speech|letter|post|email|address"


# Where a statement was made, closing it after a comma: the reporter's words ("warned that Pyongyang would take
# “overwhelming action” if the drills went ahead, in a statement carried by the official KCNA news agency").
PLACE_OF_SAYING = re.compile(
    rf",\s+in\s+{STATEMENT_OWNER}\s+(?:\w+\s+)?(?:{STATEMENT_PLACES}|message|video|briefing)\b"
    # or, closing it, who carried it: "the ministry said its forces struck 20 targets, according to Interfax" (not
    # "reported that, according to an analysis of her calendar, 85 of …", where the source opens the clause)
    r"|,\s+according\s+to\s[^,;]+$",
    re.IGNORECASE,
)


def _before_place_of_saying(text: str, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> int:
    """The end of a reported statement before the phrase that tells where it was made or who carried it, which the
    parse hung on the statement's last clause: "…, in a statement carried by KCNA", "…, according to TASS" (not
    inside a quotation, which is all said)."""
    for m in PLACE_OF_SAYING.finditer(text[:end], start):
        if not _inside(quotes, m.start()):
            return m.start()
    return end


# Words that link a sentence to the one before: the reporter's, not the source's ("At the same time, the armed
# forces started exercises, reports Interfax").
CONNECTIVES = re.compile(
    r"(?:however|meanwhile|at the same time|moreover|furthermore|in addition|also|still|instead|nevertheless|"
    r"nonetheless|on the other hand|by contrast|in contrast|in turn|likewise|similarly|besides|then|now),\s+",
    re.IGNORECASE,
)
# A relative clause glossing a quotation, after its closing mark: “substitution of imports”, which refers to …
GLOSS = re.compile(r"[”\"'’],\s+which\s")


# The reporter's lead-in that frames a quotation (its topic, the question put, where it was said): "As for his
# rivals, “…,” said Pike"; "Asked about the strike, “…,” she said"; "In a statement, “…,” the firm said".
FRAMING_LEAD = re.compile(
    r"(?:(?:but |yet |and )?(?:despite|in spite of)|as for|as to|(?:when |after being )?asked|pressed|regarding|"
    rf"turning to|speaking|of|on|about|in {STATEMENT_OWNER} (?:{STATEMENT_PLACES}))\b",
    re.IGNORECASE,
)
# A verb of saying in the reporter's lead-in before a quotation and its cue ("Biden weighed in, telling Mic in an
# interview, “…,” he said"; "Pence praised Ryan but added, “…,” Pence said"): the lead-in reports the saying, and
# the quotation after it is what was said.
SAYING_IN_LEAD = re.compile(
    r"\b(?:told|telling|said|saying|added|adding|wrote|writing|tweeted|tweeting|posted|posting|speaking|talking)\b",
    re.IGNORECASE,
)


def _after_introducing_colon(
    text: str, start: int, end: int, quotes: list[tuple[int, int, bool]], comma: bool = False
) -> int:
    """The start of a content that is a quotation the reporter's words introduce with a colon or a dash ("Lane saw
    it otherwise: “…,” he said", "rulers like the tsars – “…,” Hale said"): the quotation's, not the reporter's.
    `comma`: the content comes before its cue, where a lead-in closing on a comma is the reporter's too."""
    inside = [q for q in quotes if start <= q[0] < end]
    if not inside or inside[0][0] <= start or text[inside[-1][1] : max(end, inside[-1][1])].strip(" ,.;"):
        return start
    lead = text[start : inside[0][0]].rstrip()
    if lead.endswith((":", " –", " —", " -", " --")) or lead in ("–", "—", "-"):
        return inside[0][0]
    # (the reporter's lead-in may quote words of its own: "asked to confirm the “top secret” chains, a source did
    # so, with a caveat: “…,” the source said": the quotation after the colon is what was said)
    if len(inside) > 1 and text[start : inside[-1][0]].rstrip().endswith(":"):
        return inside[-1][0]
    # "As for his rivals, “I write them off,” said Pike": a quotation that opens as a sentence does, after the
    # reporter's lead-in and a comma (not "Sooner or later, “I think …,” he said": the speaker's words, reported)
    first = re.search(r"\w", text[inside[0][0] : inside[0][1]])
    opens = first is not None and first.group().isupper()
    framing = bool(FRAMING_LEAD.match(text, start)) or bool(SAYING_IN_LEAD.search(lead))
    framed = comma and lead.endswith(",") and framing and not _inside(quotes, start)
    return inside[0][0] if framed and opens else start


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _after_phrase_before_quotation(
    doc: Doc, text: str, start: int, end: int, quotes: list[tuple[int, int, bool]]
) -> int:
    """The start of a content after its cue that is a quotation opening as a sentence does, set after a phrase of
    the reporter's that opens on a preposition and closes on a comma ("said on Twitter, in reference to her first
    child, a girl born in 2014, “Next summer …”"; "said, after a meeting with the board, “We will …”"): the
    quotation's. Not when the words before it have a finite verb (a clause of what was said)."""
    inside = [q for q in quotes if start < q[0] < end]
    if not inside or _inside(quotes, start) or text[inside[-1][1] : max(end, inside[-1][1])].strip(" ,.;"):
        return start
    lead = doc.char_span(start, inside[0][0], alignment_mode="contract")
    first = re.search(r"\w", text[inside[0][0] : inside[0][1]])
    if lead is None or not len(lead) or not text[start : inside[0][0]].rstrip().endswith(","):
        return start
    if first is None or not first.group().isupper() or lead[0].pos_ != "ADP":
        return start
    if any(t.tag_ in FINITE_TAGS for t in lead):
        return start
    return inside[0][0]


# A news-in-brief item's heading run into its paragraph ("Bridge closed after lorry strike: The A38 bridge …"): a
# few words opening with a capital, a colon, and a sentence opening with a capital.
RUN_IN_HEADING = re.compile(r"\s*[A-Z][^.:;!?\"“”]{0,60}:\s+(?=[A-Z“\"])")
RUN_IN_HEADING_WORDS = 8


def _after_run_in_heading(text: str, start: int, end: int) -> int:
    """The start of a content that opens its paragraph after a run-in heading (see RUN_IN_HEADING): the sentence's,
    not the heading's."""
    if text[:start].strip():
        return start
    heading = RUN_IN_HEADING.match(text)
    if heading is None or heading.end() >= end or _words(heading.group(0)) > RUN_IN_HEADING_WORDS:
        return start
    return heading.end()


ADDRESSEE_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM", "ADP", "PUNCT", "CCONJ", "SPACE"})


def _after_addressee(verb: Token, text: str, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> int:
    """The start of what was asked or told when the words between the cue and a quotation are only whom it was
    put to ("Smith asked the Cleveland crowd “If Clinton can't …?”", "told the committee on Tuesday: “We …”"): the
    quotation, opening as a sentence does, is what was said; the listeners, however the parse hung them, are not."""
    inside = [q for q in quotes if start < q[0] < end]
    if not inside or _inside(quotes, start) or text[inside[-1][1] : end].strip(" ,.;:!?"):
        return start
    first = re.search(r"\w", text[inside[0][0] : inside[0][1]])
    if first is None or not first.group().isupper():
        return start
    lead = [t for t in verb.doc if start <= t.idx < inside[0][0]]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in lead):
        return start
    if any(t.pos_ not in ADDRESSEE_POS or t.tag_.startswith("W") for t in lead):
        return start  # "asked why “…”", "told of how “…”": more than whom it was said to
    return inside[0][0]


def _reporters_words(text: str, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> tuple[int, int]:
    """A content without the reporter's own words at its edges: a connective opening it, and a gloss of a
    quotation closing it. Inside a quotation every word is the speaker's."""
    if not _inside(quotes, start) and (m := CONNECTIVES.match(text, start, end)):
        start = m.end()
    for m in GLOSS.finditer(text, start, end):
        if _inside(quotes, m.start()) and not _inside(quotes, m.start() + 1):
            end = m.start() + 1
            break
    return start, end


def _before_next_quotation(doc: Doc, text: str, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> int:
    """The end of a reported statement that follows its cue, before a quotation that is no part of it: one that
    opens a new sentence ("… said that X. “Y,” he said", which the parse often reads as one sentence) or one
    followed by a cue of its own ("… rulers like the old tsars – “He would have admired them,” Hale said")."""
    for a, b, _ in quotes:
        if not start < a < end:
            continue
        if text[start:a].rstrip().endswith((".", "!", "?")):
            return a
        after = doc.char_span(b, min(end, len(text)), alignment_mode="contract") if b < end else None
        first = re.search(r"\w", text[a:b])
        if (
            after is not None
            and (first is None or not first.group().islower())  # "could be “slow,” adding": a word of the clause
            and any(t.pos_ == "VERB" and _lemma(t) in SAYING_VERBS for t in after[:5])
            and text[max(a, b - 3) : b].rstrip(CLOSING_MARKS).endswith(",")
        ):
            return a
    return end


def _without_words_after_quotation(text: str, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> int:
    """The end of a content that opens with a quotation closing on a comma: the quotation's, without the reporter's
    words the parse hung on it (said “It is time,” promising a change; said “Not yet,” when asked …)."""
    first = next((q for q in quotes if 0 <= start - q[0] <= 1), None)  # the mark itself may lie outside
    if first is None or first[1] >= end or any(first[1] <= q0 < end for q0, _, _ in quotes):
        return end
    if not text[max(start, first[1] - 3) : first[1]].rstrip(CLOSING_MARKS).endswith(","):
        return end
    return first[1]


# Words that open a phrase of time, place or manner hung on a verb: "chanted “…” long after the whistle".
MODIFIER_POS = frozenset({"ADV", "ADP", "SCONJ"})


def _without_phrase_after_quotation(head: Token, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> int:
    """The end of a content that is one quotation with its own verb followed by a phrase with none (chanted “we want
    the cup” long after the final whistle; shouted “Come on England” outside): the quotation's, the phrase the
    parse hung on the quoted verb being the reporter's. Not when the quoted words are the start of a clause that
    goes on outside the marks (said “political paralysis” was holding back investment: the verb is outside)."""
    first = next((q for q in quotes if 0 <= start - q[0] <= 1), None)  # the mark itself may lie outside
    if first is None or first[1] >= end or any(first[1] <= q0 < end for q0, _, _ in quotes):
        return end
    if not first[0] <= head.idx < first[1]:
        return end
    rest = [t for t in head.doc if first[1] <= t.idx < end and not t.is_punct]
    if not rest or rest[0].pos_ not in MODIFIER_POS or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return end
    return first[1]


def _drop_final_stop(text: str, start: int, end: int) -> int:
    """The end of a content without a final full stop or colon outside quotation marks."""
    while end > start and text[end - 1] in ".:":
        end -= 1
    return end


def _widen_to_quotes(found: Found, quotes: list[tuple[int, int, bool]]) -> None:
    """A content that lies within a quotation, or overlaps one, takes the whole quotation in."""
    for a, b, _ in quotes:
        if a < found.end and found.start < b:
            found.start, found.end = min(found.start, a), max(found.end, b)


def kind_of(text: str, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> str:
    """direct (the content is quotations, and the words that interrupt them, opening as a sentence does: not with a
    lower-case word), partial (quoted words inside reported speech, or words cut from a sentence: emphasized
    “difficult times”), reported (no quotation marks)."""
    inside = [(a, b) for a, b, _ in quotes if a >= start and b <= end]
    if not inside:
        return "reported"
    first = re.search(r"\w", text[inside[0][0] : inside[0][1]])
    fragment = first is not None and first.group().islower()  # “to go after them”: words cut from a sentence
    if inside[0][0] - start <= 1 and end - inside[-1][1] <= 1 and not fragment:
        return "direct"
    return "partial"


# Verbs that introduce a quotation on their own ("he said." "X added:"): a quotation with no cue of its own
# around it belongs to one of them in its sentence or the next.
SAYING_VERBS = frozenset(
    """
    say tell add write explain continue insist reply respond answer ask state declare argue note recall conclude
    warn joke quip retort remark observe tweet post announce claim predict shout yell scream exclaim cry bark snap
    chant mutter murmur whisper sigh laugh crack fume rant muse interject interrupt chime gush thunder shoot fire
    boom roar holler gasp sneer scoff marvel plead beg proclaim opine intone reason tease taunt go_on
    assert contend maintain suggest caution predict promise pledge vow confirm deny acknowledge admit concede reveal
    allege charge complain lament boast brag demand recount comment emphasize emphasise stress agree disagree
    testify swear threaten reiterate repeat counter protest recommend urge surmise remember elaborate read put_it
    press mock question assure wonder disclose affirm reaffirm point_out
    """.split()
)
# The words of a post between a body's name and its holder's: "Sinn Féin leader ", " general secretary ".
TITLE_OF_A_BODY = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,3}")
# A quotation shorter than this (in words) inside the reporter's sentence is a scare quote or a title, not a
# statement, unless a cue reports it.
MIN_QUOTE_WORDS = 4
# A creative work's noun, or a verb of naming, right before a quotation: what follows is the work's title or the
# name given, not anything said ("on the show “Hamptons Life,” has pleaded", "a podcast called “Dead Air,” which").
NAMED_WORK_BEFORE = re.compile(
    r"\b(?:show|series|sitcom|soap|programme|program|film|movie|documentary|album|single|song|track|book|novel"
    r"|memoir|play|musical|podcast|poem|opera|episode|exhibition|called|titled|entitled|dubbed|named)\s*,?\s*$",
    re.IGNORECASE,
)
# Characters (at most) between a quotation and the attributed one it precedes: "“A.” “B,” he said".
JOIN_GAP_CHARS = 3


# The most characters between a verb of saying and the colon that opens its quotation: "posted on social media
# minutes after the final whistle: “Pinch me.”"
COLON_AFTER_CUE_CHARS = 80


def _colon_after_cue(text: str, cue_end: int, a: int) -> bool:
    """Whether the words between a verb of saying (ending at `cue_end`) and a quotation at `a` are where or when it
    was said, ending on a colon before a quotation that opens with a capital: "wrote on X: “Pinch me.”", "posted on
    social media minutes after the final whistle: “…”"; no sentence ends between."""
    gap = text[cue_end:a]
    return (
        gap.rstrip().endswith(":")
        and len(gap) <= COLON_AFTER_CUE_CHARS
        and not re.search(r"[.!?;“”\"]", gap)
        and text[a + 1 : a + 2].isupper()
    )


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _sentence_of(doc: Doc, char: int):
    """The sentence (spaCy Span) holding character `char` of a doc."""
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None


def asking(found: Found) -> bool:
    """Whether an attribution is a question put ("We asked riders what they think"): the one who asks is not the one
    whose answers follow."""
    return found.cue_token is not None and _lemma(found.cue_token) in ("ask", "question", "wonder")


# A name in brackets closing a paragraph after its last sentence, as gossip columns and news digests credit an item
# to the paper or site it comes from: "… on loan at Arsenal. (Guardian)", "(Evening Standard)", "(Daily Mail)".
# (not a transcript's note of what was heard, "(CROSSTALK)", "(APPLAUSE.)": capitals, no name)
SOURCE_TAG = re.compile(
    r"(?<=[.!?”\"’'])\s*\((?:[Ss]ource:\s*)?(?![A-Z]{5,}\b)((?:[A-Z][\w.&'’-]*\s)*[A-Z][\w&'’-]*[a-zA-Z])\)\s*$"
)


def _assemble(docs, texts, quotes) -> list[Found]:
    """Every attribution of the article, paragraph by paragraph: cue attributions widened to their quotations,
    then each quotation left over given to a cue around it or to the speaker just before."""
    result: list[Found] = []
    pending: Found | None = None  # "X said:" at the end of a paragraph, waiting for its quotation
    last: Found | None = None  # the last attribution, for a paragraph that is only a quotation
    open_from: Found | None = None  # the attribution whose quotation is left open at the end of a paragraph
    run: Found | None = None  # that attribution when it has no cue of its own, which its next paragraph may give
    placeholders: list[Found] = []  # quotation runs with no speaker yet: dropped if none is found
    # an interview printed as a transcript: a speaker's label comes back, or the questions are labelled "Q:" (a
    # list of names each with its own line, "Clinton: 1,769.", "Rubio: Finish second.", is no conversation)
    below = _signs_below(docs, texts, quotes)
    # (a headline's label counts only beside a body line under it in the first person: a headline "Mara Quintero:
    # “…”" and a closing "Mara Quintero: Blue Hours opens at Tate Britain" are no two turns)
    labelled = [(d, m) for d, t in zip(docs, texts) if t and (m := TRANSCRIPT_LABEL.match(t))]
    spoken = {m.group(1) for d, m in labelled if d is not None and FIRST_PERSON.search(m.string, m.end())}
    labels = Counter(m.group(1) for d, m in labelled if d is not None or m.group(1) in spoken)
    interview = bool(labels) and (max(labels.values()) >= 2 or "Q" in labels)
    asker = _asker_label(docs, texts) if interview else None
    interviewee = _interviewee(docs, texts)
    plain = _plain_interview(docs, texts, quotes) if not interview and interviewee is None else None
    # a digest crediting its items to the papers they come from does so item after item: one bracket closing one
    # paragraph is no such credit
    digest = sum(1 for t in texts[1:] if t and SOURCE_TAG.search(t)) >= 2
    for i, (doc, text) in enumerate(zip(docs, texts)):
        if doc is None:
            continue
        here, bare = find_in_doc(doc, i, text, quotes[i])
        answer = _transcript_answer(docs, i, text) if interview else None
        if answer is not None and asker is not None and _put_by(text, asker):
            pending = open_from = run = None  # "Bradley: Is that working?": a question put, no statement
            continue
        if plain is not None and i in plain[1]:
            # "I'm 61. My knees are gone." after "Why close now?", or the answer in quotation marks with no cue:
            # the words are all theirs
            if not quotes[i] or (_whole_quotation(text, quotes[i]) and not here):
                start, end = _trim(text, 0, len(text))
                answer = Found(i, start, end, "", plain[0], verbatim=True)
            for f in here + bare:  # "I told him books don't write themselves": the one interviewed, no writer
                if f.speaker is not None and f.speaker[0] == i and text[f.speaker[1] : f.speaker[2]] in ("I", "me"):
                    f.speaker = plain[0]
        if answer is None and interviewee is not None and (qa := QA_LABEL.match(text)) and qa.group(1)[0] == "A":
            start, end = _trim(text, qa.end(), len(text))  # "A: Not this year." in an interview with one person
            answer = Found(i, start, end, ":", interviewee, verbatim=True) if end > start else None
        if answer is not None:  # the words are all the speaker's: no cue inside them is the article's
            here, bare = [answer], []
        elif (qa := QA_LABEL.match(text)) is not None:  # "Q: Tenants' groups say …": the label names no one
            for f in here + bare:
                if f.speaker is not None and f.speaker[0] == i and f.speaker[1] < qa.end() < f.speaker[2]:
                    f.speaker = (i, qa.end(), f.speaker[2])
        for f in here:
            _widen_to_quotes(f, quotes[i])
        here += _said_inside_by_bare_cue(here, bare, text, quotes[i])
        here = _dedupe(here, text, quotes[i])
        _speaker_goes_on(here)
        taken = [(f.start, f.end) for f in here]
        for a, b, closed in quotes[i]:
            if any(s < b and a < e for s, e in taken):
                continue
            whole = _trim(text, 0, len(text)) == (a, b) or (a == 0 and not closed)
            # “Okay,” I said: a sentence said, however short, opening the sentence or with a cue right after it (not
            # a title or a label inside the reporter's sentence: push the button for “R,” or “D,”; the movie
            # ''Bridge of Spies,'' which recounts …)
            statement = text[max(a, b - 3) : b].rstrip(CLOSING_MARKS)[-1:] in (",", "?", "!") and (
                _opens_sentence(text, a)
                or (
                    NAMED_WORK_BEFORE.search(text[:a]) is None and _cue_words_after(doc, text, b, quotes[i]) is not None
                )
            )
            # a verb of saying right before it introduces it, however short: Priebus said, “Probably.”
            introduced = next(
                (
                    c
                    for c in bare
                    if c.cue_token.idx < a
                    and (
                        not text[c.cue_token.idx + len(c.cue_token.text) : a].strip(" ,:")
                        or _colon_after_cue(text, c.cue_token.idx + len(c.cue_token.text), a)
                    )
                ),
                None,
            )
            # a sentence of its own: “We always do.” after “We will manage,” said Tom Hill.
            sentence = text[:a].rstrip().endswith((".", "!", "?")) and text[a + 1 : a + 2].isupper()
            # a short label closed by a colon inside its marks, a web page's "Related:" over a link, heads what
            # follows: nothing said, even as a paragraph of its own
            label = text[a:b].rstrip(CLOSING_MARKS + " ").endswith(":")
            if _words(text[a:b]) < MIN_QUOTE_WORDS and label:
                continue
            if (
                _words(text[a:b]) < MIN_QUOTE_WORDS
                and not whole
                and not statement
                and not sentence
                and introduced is None
            ):
                continue
            # a quotation right before or after one attributed in this paragraph continues it, unless a cue of its
            # own follows it (‘… was “devastated”. “How could anyone drive away?” she said.’)
            joined = False
            for f in here:
                if f.cue_token is None:
                    continue
                gap_before = text[b : f.start]
                if 0 <= a - f.end and f.kind_hint(text, quotes[i]) and _gap_is_cue(text, f, a, quotes[i]):
                    if (
                        a > f.end
                        and _opens_sentence(text, a)
                        and _words(text[a:b]) >= MIN_QUOTE_WORDS
                        and _cue_words_after(doc, text, b, quotes[i]) is not None
                    ):
                        break
                    if a > f.end and _opens_sentence(text, a) and _sentence_goes_on_after(text, a, b, quotes[i]):
                        break  # “Save our libraries,” read one. “Books not bombs,” was another.
                    if not _quoted_in_passing(text, f.end, a, f.cue_token):  # a title in the cue clause
                        for g in _crediting(here, f, a):
                            g.end = b
                        f.end = b
                    joined = True
                    break
                # (a quotation closing the reporter's own sentence is no part of the one after it: ‘would take “a
                # careful approach”. “We will be watching,” he said.’)
                if 0 <= f.start - b <= JOIN_GAP_CHARS and not gap_before.strip(" ,.;:—–-") and _opens_sentence(text, a):
                    f.start = a
                    joined = True
                    break
                if b <= f.start and _cue_between(text, f, a, b, quotes[i]):
                    f.start = a
                    joined = True
                    break
            if not joined:
                # "Greene added that the Fed wants out. “They don't like to talk about it.”": the statement goes on
                going = next((f for f in here if _goes_on_quoting(f, text, doc, a, b, quotes[i])), None)
                if going is not None:
                    going.end = b
                    joined = True
            if joined:
                continue
            if a == 0 and open_from is not None:  # a quotation left open runs on into this paragraph
                open_from.end_para, open_from.end = i, b
                continue
            # "“This was a cruel betrayal.” Those were the words of Judge Sarah Munro as she …": the sentence after
            # the quotation names who said it
            owner = _speaker_named_after(doc, text, a, b) if introduced is None else None
            cue = None if owner is not None else introduced or _nearest_bare(bare, doc, a, b)
            if owner is not None:
                speaker, said_by = (i, *_noun_phrase(owner[1])), owner[1]
                if owner[1].ent_type_ != "PERSON" and (named := _named_after_description(doc, owner[1])) is not None:
                    speaker, said_by = (i, speaker[1], named[0]), named[1]
                here.append(Found(i, a, b, owner[0], speaker, source_token=said_by))
            elif owner is None and (said := _participle_saying_before(doc, text, a, _quoted_chars(text, quotes[i]))):
                verb, subject = said  # "…, when Clinton posted a selfie, remarking, “…”": the clause's subject
                speaker = (i, *_noun_phrase(subject))
                here.append(Found(i, a, b, _cue_text(verb), speaker, source_token=subject, cue_token=verb))
            elif cue is not None:
                bare.remove(cue)
                here.append(
                    Found(i, a, b, cue.cue, cue.speaker, source_token=cue.source_token, cue_token=cue.cue_token)
                )
            elif pending is not None and a <= 1:
                here.append(
                    Found(
                        i,
                        a,
                        b,
                        pending.cue,
                        pending.speaker,
                        source_token=pending.source_token,
                        cue_token=pending.cue_token,
                    )
                )
            elif _opens_sentence(text, a) and (signed := _signed_after(docs, texts, i, b, below)) is not None:
                here.append(Found(i, a, b, "", signed[:3], source_token=signed[3]))
            elif text[:a].rstrip().endswith(":") and (
                inverted := _inverted_words(doc, text, len(text[:a].rstrip()) - 1)
            ):
                verb, (c, d), head = inverted  # 'Stated Stone: "…"'
                here.append(Found(i, a, b, verb.text.lower(), (i, c, d), source_token=head, cue_token=verb))
            elif (named := _named_before_colon(doc, text, a)) is not None:
                here.append(Found(i, a, b, ":", (i, *_noun_phrase(named)), source_token=named))
            elif (colon := _clause_before_colon(doc, text, len(text[:a].rstrip()) - 1, quotes[i])) is not None:
                verb, subject = colon
                speaker = (i, *_noun_phrase(subject))
                here.append(Found(i, a, b, _cue_text(verb), speaker, source_token=subject, cue_token=verb))
            elif (
                _opens_sentence(text, a)
                and _words(text[a:b]) >= MIN_QUOTE_WORDS
                and (words := _cue_words_after(doc, text, b, quotes[i])) is not None
            ):
                verb, subject = words
                speaker = (i, *_noun_phrase(subject))
                here.append(Found(i, a, b, _cue_text(verb), speaker, source_token=subject, cue_token=verb))
            elif not whole and (teller := _teller_of_sentence_before(doc, text, a, b, quotes[i])) is not None:
                here.append(_told_by_subject_before(i, a, b, teller))  # "Lee agreed. “…”"
            elif not whole and (taker := _turn_taker_before(doc, text, a, quotes[i])) is not None:
                here.append(_told_by_subject_before(i, a, b, taker))  # "the judge interrupted her. “…”"
            elif (
                whole
                and closed
                and i
                and (last is None or last.end_para < i - 1 or _sentence_after(docs[i - 1], last, i - 1))
                and (teller := _teller_of_paragraph_before(docs[i - 1], texts[i - 1], quotes[i - 1], text[a:b]))
                and (
                    last is None
                    or i - last.para > 2
                    or teller.lower_ not in PRONOUNS_PERSON
                    or _sentence_after(docs[i - 1], last, i - 1)
                )
            ):
                # a paragraph that is one quotation, after one that ends on a sentence about a person (a name or a
                # description: someone new, rather than the speaker heard two paragraphs before; or the one a
                # sentence after the last attribution is about: "“…,” Mare added. He then had a question for the
                # crowd. ¶ “Who will pay for it?”")
                here.append(Found(i, a, b, "", (i - 1, *_noun_phrase(teller)), source_token=teller))
            elif whole and last is not None and last.speaker is not None and i - last.para <= 2 and not asking(last):
                here.append(Found(i, a, b, "", last.speaker, source_token=last.source_token))
            elif (
                whole
                and not closed
                and (last is None or i - last.para > 2)
                and (teller := _teller_before(docs[i - 1] if i else None))
            ):
                here.append(Found(i, a, b, "", (i - 1, *_noun_phrase(teller)), source_token=teller))
            elif whole and not closed:  # a quotation run whose cue may come in its next paragraph
                placeholders.append(Found(i, a, b, "", None))
                here.append(placeholders[-1])
        # "X said:" closing a paragraph introduces the quotation that opens the next one
        pending = next((c for c in bare if text.rstrip().endswith(":") and c.cue_token.i >= len(doc) - 4), None)
        if (
            pending is None
            and not quotes[i]
            and text.rstrip().endswith(":")
            and (inverted := _inverted_words(doc, text, len(text.rstrip()) - 1)) is not None
        ):
            verb, (a, b), head = inverted  # "Stated Stone:" over the quotation that opens the next paragraph
            pending = Found(i, verb.idx, verb.idx, verb.text.lower(), (i, a, b), source_token=head, cue_token=verb)
        if (
            pending is None
            and not below
            and not quotes[i]
            and not here
            and (line := _speaker_line(doc, text, 0, len(text)))
        ):
            # a speaker's name line ("Maria Lopez, 34, nurse") over the quotation that opens the next paragraph
            pending = Found(i, 0, 0, "", (i, *line[:2]), source_token=line[2])
        if (
            pending is None
            and (colon := _clause_before_colon(doc, text, len(text.rstrip()) - 1, quotes[i])) is not None
        ):
            verb, subject = colon  # "Stone went on: ¶ “…”"
            pending = Found(
                i,
                verb.idx,
                verb.idx,
                _cue_text(verb),
                (i, *_noun_phrase(subject)),
                source_token=subject,
                cue_token=verb,
            )
        if i > 0 and not here and digest and (tag := SOURCE_TAG.search(text)) is not None:
            # a gossip column's item closed by the paper it comes from, "Chelsea will listen to offers for Raheem
            # Sterling. (Guardian)": the item is that paper's report (an item with a source of its own keeps it)
            start, end = _trim(text, 0, tag.start())
            if _words(text[start:end]) >= MIN_QUOTE_WORDS:
                here.append(Found(i, start, _drop_final_stop(text, start, end), "(…)", (i, tag.start(1), tag.end(1))))
        here += [g for f in list(here) if (g := _named_after_dash(doc, text, f, quotes[i])) is not None]
        here.sort(key=lambda f: f.start)
        first = here[0] if here and quotes[i] and here[0].start <= quotes[i][0][0] <= 1 else None
        if run is not None and first is not None and first.cue and first.speaker is not None:
            # "“The first thing is the family. ¶ “The second thing is the club,” Reed told The Athletic.": a
            # quotation left open with no cue of its own is the speaker's whose cue the run's next paragraph gives
            # (each paragraph stays a row of its own, as annotators split such runs)
            run.speaker, run.source_token = first.speaker, first.source_token
        result.extend(here)
        if here:
            last = here[-1]
        # the attribution whose quotation is still open at the end of this paragraph (news style reopens it in
        # the next one and closes it only in the last), whatever paragraph it began in
        ends_open = bool(quotes[i]) and not quotes[i][-1][2]
        if ends_open and last is not None and last.end_para == i and last.end == quotes[i][-1][1]:
            open_from = last
        elif ends_open and open_from is not None and open_from.end_para == i:
            pass
        else:
            open_from = None
        run = open_from if open_from is not None and not open_from.cue else None
    return [f for f in result if not any(f is p and f.speaker is None for p in placeholders)]


def _sentence_after(doc: Doc | None, last: Found, para: int) -> bool:
    """Whether paragraph `para` ends on a sentence of its own after the attribution `last` ends there."""
    if doc is None or not len(doc) or last.end_para != para:
        return False
    return list(doc.sents)[-1].start_char >= last.end


def _teller_before(doc: Doc | None) -> Token | None:
    """The person a paragraph ends on, as the teller of a quotation of several paragraphs that follows with no cue
    ("Now 76, he sat down with the Gazette to describe what happened. ¶ “We launched at eleven. …"): the subject of
    its last sentence, a person's name or a pronoun for one."""
    if doc is None or not len(doc):
        return None
    root = list(doc.sents)[-1].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in PRONOUNS_PERSON or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON"):
        return subject
    return None


def _crediting(here: list[Found], said: Found, a: int) -> list[Found]:
    """The "according to" attributions that credit a quotation and its cue to whoever carried them, set after the
    cue ("“I'll be voting,” Welch said, according to Vermont Edition. “And I've decided …”"): when the quotation
    goes on in the next sentence (starting at `a`), what they credit goes on with it."""
    return [
        g
        for g in here
        if g is not said
        and g.cue == "according to"
        and g.para == g.end_para == said.para == said.end_para
        and g.start <= said.start
        and said.end <= g.end <= a
        and g.source_token is not None
        and g.end <= g.source_token.idx < a
    ]


def _goes_on_quoting(found: Found, text: str, doc: Doc, a: int, b: int, quotes) -> bool:
    """Whether a quotation of whole sentences with no cue of its own goes on with the statement reported right
    before it ("Siobhan says her mother has no plans to retire. “I've asked her. She just laughs.”"): the statement
    ends its sentence, by a verb of saying, and the quotation opens the next one; news annotated for attribution
    (PolNeAR) counts the two as one statement."""
    if found.cue_token is None or found.speaker is None or found.end_para != found.para or found.end > a:
        return False
    cue = found.cue_token
    if (
        _lemma(cue) not in SAYING_VERBS
        or _lemma(cue) in ASKING_LEMMAS
        or text[found.end : a].strip() not in (".", "!", "?")
    ):
        return False
    if _lemma(cue) != "tell" and any(c.dep_ == "dobj" for c in cue.children):
        return False  # "declared him the victor": a thing said of someone, no statement a quotation goes on with
    speaker = found.source_token
    named = speaker is not None and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in speaker.children)
    described = speaker is not None and speaker.pos_ == "NOUN" and speaker.tag_ == "NN" and _can_speak(speaker)
    if speaker is None or not (speaker.pos_ == "PROPN" or speaker.lower_ in PRONOUNS_PERSON or named or described):
        return False  # "News outlets declared him the victor. “You are going to be so happy.”": a person named goes on
    if any(q[0] < found.end and found.start < q[1] for q in quotes):
        return False  # a quotation of its own is joined by the rules before
    return (
        _opens_sentence(text, a)
        and _words(text[a:b]) >= MIN_QUOTE_WORDS
        and _cue_words_after(doc, text, b, quotes) is None
    )


def _teller_of_sentence_before(doc: Doc, text: str, a: int, b: int, quotes) -> Token | None:
    """The person a sentence of the paragraph is about, as the teller of the quotation of whole sentences that
    follows it with no cue of its own ("Lee agreed. “We were lucky.”", "Brennan was modest about his goal. “I
    just got a head on it.”"): the subject of the sentence right before (a name, a pronoun for a person, a noun
    for someone who can speak), when that sentence quotes nothing itself and reports nothing said."""
    before = text[:a].rstrip()
    if not before.endswith((".", "!", "?")) or _words(text[a:b]) < MIN_QUOTE_WORDS:
        return None
    first = re.search(r"\w", text[a:b])
    if first is None or not first.group().isupper():
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None:
        return None
    return _subject_telling(span[0], a, quotes)


def _own_gesture(obj: Token) -> bool:
    """Whether the object of a sentence is a part of the subject's own body, a gesture before a line ("Betsy shook
    her head.", "He raised his hands."): a singular or plural noun owned by "his", "her" or "their" and nothing more."""
    owners = [c for c in obj.children if c.dep_ == "poss"]
    return (
        obj.pos_ == "NOUN"
        and len(owners) == 1
        and owners[0].lower_ in ("his", "her", "their")
        and not any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound") for c in obj.children)
        and obj.lemma_.lower() in BODY_PARTS
    )


# Parts of the body a speaker moves before a line: "shook her head", "raised his hands".
BODY_PARTS = frozenset("head hand hands arm arms shoulder shoulders eyes eyebrow eyebrows finger fist face".split())


def _subject_telling(last: Token, a: int, quotes) -> Token | None:
    """The subject of the sentence that ends on `last` (before character `a`), as the teller of a quotation that
    follows it: a name, a pronoun for a person or a noun for someone who can speak, when the sentence quotes
    nothing itself and reports nothing said."""
    sentence = last.sent
    if any(_inside(quotes, t.idx) for t in sentence if t.idx < a) or sentence.start_char > a:
        return None
    root = sentence.root if sentence.root.idx < a else last.head
    if any(
        c.dep_ in ("ccomp", "xcomp")
        or (
            c.dep_ == "dobj"
            and c.lemma_.lower() not in RELEASED_NOUNS | SPOKEN_NOUNS | {"question"}
            and not _own_gesture(c)
        )
        for c in root.children
    ):  # (a text it reads or sends, or what it has to say, is the quotation: "Siobhan read a statement. “…”", "He
        # then had a question for the crowd. “Who will pay?”")
        return None  # "Lee added that …": a statement of its own, that the quotation may go on with
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < a), None)
    if subject is None or _inside(quotes, subject.idx):
        return None
    if subject.lower_ in PRONOUNS_PERSON or (subject.pos_ == "NOUN" and _can_speak(subject)):
        return subject
    if subject.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return subject  # "Her mother, Siobhan, read a statement": a noun a name describes
    if subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "ORG", ""):
        return subject
    if _relative_of_someone(subject):
        return subject  # "His partner disagreed. “…”"
    return None


# Words for a relative or a partner: owned by a possessive ("her husband", "His partner"), one of the people the
# article tells of.
RELATIVE_NOUNS = KIN_WORDS | frozenset("partner mum dad mom twin sibling".split())


def _relative_of_someone(noun: Token) -> bool:
    """Whether a common noun is someone's relative or partner by a possessive ("her husband", "His partner", "the
    mayor's wife"): a person, who may speak, though no word of office or role says so."""
    return (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in RELATIVE_NOUNS and any(c.dep_ == "poss" for c in noun.children)
    )


# Verbs of taking the word from the one speaking: "before the judge interrupted her", "until Lee cut in".
TURN_VERBS = frozenset("interrupt interject cut chime reply respond answer retort counter".split())


def _told_by_subject_before(para: int, start: int, end: int, subject: Token) -> Found:
    """The quotation start..end of paragraph `para` as said by `subject`, the subject of the sentence before it, with
    that sentence's verb as its cue when it is a verb of saying ("Lee agreed. “…”"), else no cue ("the judge
    interrupted her. “…”")."""
    said = subject.head if _lemma(subject.head) in SAYING_VERBS else None
    cue = _cue_text(said) if said is not None else ""
    return Found(para, start, end, cue, (para, *_noun_phrase(subject)), source_token=subject, cue_token=said)


def _turn_taker_before(doc: Doc, text: str, a: int, quotes) -> Token | None:
    """Who takes the turn in a clause that closes the sentence right before the quotation at `a`, joined to the
    cue of the quotation in that sentence ("“Tell her I promised you a picture,” Ebeling said, and her husband
    cut in. “Don't forget me.”"): the subject of that joined clause, when it is someone else than the cue's
    subject (a name, someone's relative or a noun for someone who can speak; a pronoun may be the same speaker
    again: "he said, and he laughed")."""
    before = text[:a].rstrip()
    if not before.endswith((".", "!", "?")) or not _opens_sentence(text, a):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if span is None:
        return None
    sentence = span[0].sent
    said = [q1 for q0, q1, _ in quotes if sentence.start_char <= q0 and q1 <= len(before)]
    cue = next((t for t in sentence if _lemma(t) in SAYING_VERBS and said and t.idx > max(said)), None)
    if cue is None:
        return None
    first = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    # a clause joined to the cue ("and her husband cut in"), or one set under it of taking the word ("before the
    # judge interrupted her"; "after his manager had conceded" only tells when)
    joined = [v for v in cue.conjuncts if v.i > cue.i] + [
        c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and _lemma(c) in TURN_VERBS
    ]
    for verb in sorted(joined, key=lambda v: v.i):
        if verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lower_ in PRONOUNS_PERSON or _inside(quotes, subject.idx):
            return None
        person = (
            (subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", ""))
            or _relative_of_someone(subject)
            or (subject.pos_ == "NOUN" and _can_speak(subject))
        )
        words = doc.text[slice(*_noun_phrase(subject))]
        if person and (first is None or words not in doc.text[slice(*_noun_phrase(first))]):
            return subject
        return None
    return None


def _teller_of_paragraph_before(doc: Doc | None, text: str, quotes, quote: str) -> Token | None:
    """The person the paragraph before ends on, as the teller of a paragraph that is one closed quotation of
    whole sentences with no cue ("Ruth Abara spoke for an hour on the plan. ¶ “We have waited ten years.”"):
    the subject of its last sentence, as `_teller_of_sentence_before` reads it."""
    if doc is None or not len(doc) or _words(quote) < MIN_QUOTE_WORDS:
        return None
    first = re.search(r"\w", quote)
    end = len(text.rstrip())
    if first is None or not first.group().isupper() or not text[:end].endswith((".", "!", "?")):
        return None
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return None if span is None else _subject_telling(span[0], end, quotes)


def _relative_clause(pronoun: Token) -> Token | None:
    """The verb of the relative clause a relative pronoun opens, also of a second clause joined to the first ("a
    nurse who lost her home and who said"): the verb the noun it refers to carries as `relcl`."""
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" else None


# Verbs by which a fact points to another: a "which" after a comma that has them comments on the fact.
INFERENCE_VERBS = frozenset("suggest indicate imply show mean signal point".split())


def _reporters_inference(verb: Token) -> bool:
    """Whether a verb of inference has as its subject a "which" after a comma that comments on a fact no one is
    reported to have found or said ("Sales fell 4% in the quarter, which suggests demand is weakening", its clause
    hung on "quarter"): the reporter's reading, no one's statement; not what a report or a finding suggests ("The
    survey found rents rose, which suggests", "the report, which shows", see `_commented_subject`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    if _lemma(verb) not in INFERENCE_VERBS or subject is None or subject.i < 1:
        return False
    if subject.doc[subject.i - 1].text != ",":
        return False
    root = verb.sent.root
    if root.i == verb.i or _lemma(root) in CLAUSE_VERBS or _lemma(root) in OBJECT_VERBS:
        return False
    noun = verb.head if verb.dep_ == "relcl" else None
    # a time or an amount says nothing: what it is hung on may ("in the quarter, which suggests" is the reporter's;
    # "according to a study published on Monday, which suggests" the study's)
    while noun is not None and noun.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"):
        above = noun.head
        while above.pos_ not in ("NOUN", "PROPN") and above.head.i != above.i:
            above = above.head
        noun = above if above.pos_ in ("NOUN", "PROPN") and above.i != noun.i else None
    return noun is None or (_a_thing(noun) and noun.lemma_.lower() not in SPOKEN_NOUNS | DOCUMENT_NOUNS)


def _relative_read_as_subject(pronoun: Token) -> Token | None:
    """The noun a relative "that" or "which" stands for when the parse read its clause as no relative clause
    (its verb the complement of the verb before: "tabled a budget on Tuesday that forecasts a deficit"): the noun
    right before it, past a phrase of time ("on Tuesday"); None when its clause is a relative clause, or no noun is
    there."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.tag_ not in ("IN", "WDT") or pronoun.i < 1:
        return None
    if _relative_clause(pronoun) is not None:
        return None
    i = pronoun.i - 1
    doc = pronoun.doc
    while i >= pronoun.sent.start and (doc[i].ent_type_ in ("DATE", "TIME") or doc[i].text == ","):
        i -= 1
    if i >= pronoun.sent.start and doc[i].tag_ == "IN" and doc[i].lower_ in ("on", "in", "at", "last", "this"):
        i -= 1
    if i < pronoun.sent.start or doc[i].pos_ not in ("NOUN", "PROPN") or i + 1 == pronoun.i and doc[i].text == ",":
        return None
    return doc[i]


def _commented_subject(pronoun: Token) -> Token | None:
    """The subject of the sentence a "which" after a comma comments on, when its clause hangs on no noun and the
    sentence reports a finding or a statement ("The team found no difference, which suggests …": what the team
    found suggests it); None for any other pronoun."""
    if pronoun.lower_ != "which" or pronoun.i < 1 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    if _relative_clause(pronoun) is not None:
        return None
    root = pronoun.sent.root
    if _lemma(root) not in CLAUSE_VERBS and _lemma(root) not in OBJECT_VERBS:
        return None  # "Most patients left early, which suggests the dose was high": a fact, no one's finding
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


# The prepositions that tie a person to where they work or come from ("Anna Cole of Barclays", "Ann Lee at Unison").
AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "from", "for", "with", "in"})


def _antecedent(pronoun: Token, noun: Token) -> Token:
    """The noun a relative pronoun after a comma refers to, when the parse hung its clause on a noun inside the
    description of a name before the comma ("Ivan Petrov, a lawyer for the tenants, who told them": Ivan Petrov's
    description, not the tenants), or a "who" on a name hung on another ("Anna Cole of Barclays, who"): that
    description or name; a "who" the parse hung on a place in a phrase that says where someone is from ("a nurse
    from Leeds who asked", "a teacher at a school in Bristol who said"): the one described, never the place; else the
    noun the parse gives."""
    place = noun.ent_type_ in ("GPE", "LOC", "FAC") or (noun.pos_ == "PROPN" and noun.ent_type_ in ("", "ORG"))
    if pronoun.lower_ == "who" and place and noun.i + 1 == pronoun.i:
        above = noun
        while above.dep_ == "pobj" and above.head.lower_ in AFFILIATION_PREPOSITIONS:
            above = above.head.head
            if above.pos_ == "NOUN" and not above.ent_type_:  # "who" stands for someone, never for a place
                return above
            if above.pos_ not in ("NOUN", "PROPN"):
                break
    if pronoun.i < 1 or pronoun.doc[pronoun.i - 1].text != ",":
        return noun
    above = noun
    while above.dep_ == "pobj" and above.head.dep_ == "prep" and above.head.head.pos_ in ("NOUN", "PROPN"):
        above = above.head.head
    between = pronoun.doc[above.i + 1 : pronoun.i - 1]
    if above.i != noun.i and above.dep_ == "appos" and not any(t.text in ",;:()" for t in between):
        return above
    if (
        pronoun.lower_ == "who"
        and above.i != noun.i
        and above.pos_ == noun.pos_ == "PROPN"
        and noun.head.lower_ in AFFILIATION_PREPOSITIONS
        and not any(t.text in ",;:()" for t in between)
    ):
        # "Anna Cole of Barclays, who told reporters": the one named, not where she works (but "Russia by Foreign
        # Minister Sergei Lavrov, who called the meeting a success" is the one named last, by whom it spoke)
        return above
    if (
        pronoun.lower_ == "who"
        and above.i != noun.i
        and (_a_person_described(above) or noun.ent_type_ in ("GPE", "LOC", "FAC") and not above.ent_type_)
        and noun.ent_type_ != "PERSON"
        and not _a_person_described(noun)
        and noun.head.lower_ in AFFILIATION_PREPOSITIONS
        and not any(t.text in ",;:()" for t in between)
    ):
        # "The chairman of Barclays, who said …", "the head of the charity, who warned …", "A nurse from Swansea,
        # who told the BBC …": "who" stands for the person the phrase describes, not the body or place named in it
        return above
    return noun


def _a_person_described(noun: Token) -> bool:
    """Whether a common noun describes one or more people by role or trade ("chairman", "boss", "analyst"), not
    an organisation."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and lemma not in ORG_NOUNS
        and (
            lemma in PERSON_NOUNS | PERSON_DESCRIPTIONS | VOICE_NOUNS | OCCUPATION_NOUNS
            or lemma in ("head", "boss", "deputy")
        )
    )


# The words before a brand of what a body makes, in its sentence ("the maker of Crestwood biscuits and Marlow ready
# meals", "the owner of the Hovis and Kingsmill brands"), and how far back they may stand.
MADE_BRAND_BEFORE = re.compile(
    r"\b(?:maker|makers|producer|producers|manufacturer|manufacturers|brewer|brewers|owner|owners)\s+of\s+[^.;:!?()]*$"
)
MADE_BRAND_REACH = 80
# Parts played and the people they are, which a player's name may own ("McKellen's prince", "her heroine").
PARTS_PLAYED = frozenset("prince princess king queen hero heroine villain character man woman boy girl".split())
# Verbs and nouns of making, selling and owning whose object is a product or brand, however a recogniser reads its
# capitalised name ("started production of Premium Motor Spirit (PMS)", "sells Unleaded Super and V-Power Diesel",
# "which owns Tuborg", "the maker of Guinness").
MAKING_WORDS = frozenset(
    "make produce sell supply refine import export manufacture brew launch market stock ship own "
    "production sale supply import export output manufacture launch maker owner producer brewer distiller".split()
)
# Nouns that describe a body that flies aircraft: "the carrier said" after a flight's story is the airline's.
AIRLINE_NOUNS = frozenset({"airline", "carrier"})
# Aircraft makers, whose name the recogniser may read onto an airline's before a model ("Tui Airbus A321").
AIRCRAFT_MAKERS = r"(?:Airbus|Boeing|Embraer|Bombardier|ATR|Cessna)"
AIRCRAFT_MAKER_ENDING = re.compile(rf"\s+{AIRCRAFT_MAKERS}$")
# What follows an airline's name: its flight, or its aircraft by maker ("a Jet2 flight", "a Tui Boeing 737").
FLOWN_AFTER = re.compile(rf"\s+(?:flights?\b|{AIRCRAFT_MAKERS}\b)")
# Last words of an airline's name ("British Airways", "Loganair", "easyJet", "Jet2").
AIRLINE_NAME = re.compile(r"(?:\bAir(?:ways|lines|line)?|Aviation|[a-z]air|Jet2?(?:\.com)?)$")
# A model's number written right after its maker's name ("Boeing 737", "Airbus A320neo"), not a year.
MODEL_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d\b)[A-Z]{0,2}\d{2,}[A-Za-z0-9-]*\b")
# A name ending in a model's code of capitals and two or more figures ("Airbus A320", "Galaxy S25"), never a
# body's ("Virgin Media O2", "Channel 4" have fewer figures or no capital)
MODEL_ENDING = re.compile(r"\w\s+[A-Z]{1,3}\d{2,4}[a-z]{0,3}$")
# Parts of speech of the words that name a speaker.
SPEAKER_POS = ("NOUN", "PROPN", "PRON")


def _quoted_chars(text: str, quotes: list[tuple[int, int, bool]]) -> bytearray:
    """1 for each character of `text` inside a quotation."""
    quoted = bytearray(len(text) + 1)
    for a, b, _ in quotes:
        quoted[a:b] = b"\1" * (b - a)
    return quoted


def _participle_saying_before(doc: Doc, text: str, a: int, quoted: bytearray) -> tuple[Token, Token] | None:
    """The participle of saying right before the quotation at `a` (past a comma or colon), when it hangs on a clause
    with a subject of its own outside quotations, and that subject: a participle set after a clause takes that
    clause's subject ("“Too forced?” he tweeted when Hillary Clinton posted a selfie, remarking, “…”": Clinton
    remarks). The parse may tag such a participle a noun ("remarking"); its form tells it."""
    k = len(text[:a].rstrip(" ,:\u2014\u2013-"))
    word = next((t for t in doc if t.idx < k <= t.idx + len(t.text)), None)
    if word is None or not word.lower_.endswith("ing") or quoted[word.idx]:
        return None
    stem = word.lower_[:-3]
    lemma = _lemma(word) if word.tag_ == "VBG" else next((f for f in (stem, stem + "e") if f in SAYING_VERBS), "")
    if lemma not in SAYING_VERBS or word.dep_ not in ("advcl", "xcomp", "conj", "acl") or word.head.i == word.i:
        return None
    clause = word.head
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause.pos_ == "VERB" else None
    if subject is None or quoted[subject.idx] or subject.pos_ not in SPEAKER_POS or subject.tag_ in ("WP", "WDT"):
        return None  # (nor "who", whose clause describes someone else's speaker)
    return word, subject


def _opens_sentence(text: str, a: int) -> bool:
    """Whether the quotation at `a` opens a sentence: it starts the paragraph or follows the end of one."""
    return not text[:a].strip() or text[:a].rstrip().rstrip("”’\"')").endswith((".", "!", "?", ":"))


# Words (at most) between a quotation and a verb of saying read as its cue: "“…!” the party's nominee for governor,
# Ann Lee, wrote".
CUE_WORDS_AFTER = 10


# The words a speaker's phrase is made of between a quotation and its verb ("an angry Hollande retaliated").
SUBJECT_WORD_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON"})


def _verb_in_cue_slot(words: list[Token], k: int) -> bool:
    """Whether a verb outside the verbs of saying stands where a cue stands after a quotation, so that it reports
    the quotation as its manner of saying ("“We will win this state,” grinned Maria Lopez", "“France will always be
    France,” an angry Hollande retaliated."): the sentence's main verb, in a tense, either right after the quotation
    with a name or a noun phrase after it, or right after the speaker's words and closing the clause."""
    verb = words[k]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ") or verb.dep_ != "ROOT":
        return False
    if k == 0:
        return len(words) > 1 and words[1].pos_ in ("DET", "PROPN")
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return all(t.pos_ in SUBJECT_WORD_POS for t in words[:k]) and (
        following is None or following.text in (".", ",", ";", "!", "?")
    )


def _cue_words_after(doc: Doc, text: str, b: int, quotes: list[tuple[int, int, bool]]) -> tuple[Token, Token] | None:
    """The verb of saying and the speaker written right after a quotation that ends on a comma, "?" or "!", read
    from the words whatever the parse made of them ("“…,” the editorial read.", "“…?” Hannity pressed."): a verb
    of saying among the next CUE_WORDS_AFTER words (punctuation aside), with the name or noun before it, else the
    one after it."""
    if not text[max(0, b - 3) : b].rstrip(CLOSING_MARKS).endswith((",", "?", "!")):
        return None
    words = []
    for token in doc[doc.char_span(b, len(text), alignment_mode="expand").start :] if b < len(text) else []:
        if token.idx < b:
            continue
        if _inside(quotes, token.idx) or token.text in (".", ";", ":", "!", "?") or len(words) == CUE_WORDS_AFTER:
            break
        if not token.is_punct:
            words.append(token)
    for k, token in enumerate(words):
        if token.pos_ not in CUE_POS or (_lemma(token) not in SAYING_VERBS and not _verb_in_cue_slot(words, k)):
            continue
        before = [t for t in words[:k] if t.pos_ in SPEAKER_POS or (t.pos_ == "ADJ" and t.i == token.i - 1)]
        after = [t for t in words[k + 1 :] if t.pos_ in SPEAKER_POS and t.lower_ not in ("reporters", "me", "us")]
        if before:
            return token, before[-1]
        if after and not any(t.pos_ in ("VERB", "AUX") for t in words[k + 1 :] if t.i < after[0].i):
            return token, after[0]
        return None
    return None


# Words after which a clause opens with its subject: conjunctions, and the subordinators of time and manner ("When
# Trump finally wrapped up: “…”", "As the senator put it — “…”").
OPENING_A_CLAUSE = frozenset({"and", "but", "so", "yet", "when", "as", "after", "once", "while", "before", "until"})


def _clause_before_colon(doc: Doc, text: str, colon: int, quotes) -> tuple[Token, Token] | None:
    """The verb and subject of the clause that a colon at `colon` ends, when it introduces a quotation ("Lane
    resisted: “…”", "She then turned to the crowd: “…”"): the verb the colon hangs on, with a subject that is a
    noun, name or pronoun outside quotations. A dash after the clause introduces a quotation as a colon does ("When
    Trump finally wrapped up — “I will fight for you …” — the balloons came down"), when the quotation right after it
    opens as a sentence does, with MIN_QUOTE_WORDS words or more."""
    if colon < 0 or colon >= len(text) or text[colon] not in ":—–-":
        return None
    if text[colon] != ":":
        after = next((q for q in quotes if q[0] > colon and not text[colon + 1 : q[0]].strip()), None)
        first = (
            re.search(r"\w", text[after[0] : after[1]])
            if after is not None and text[colon - 1 : colon].isspace()
            else None
        )
        if first is None or not first.group().isupper() or _words(text[after[0] : after[1]]) < MIN_QUOTE_WORDS:
            return None
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span[0].head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > span[0].i:
        # the parse hung the colon elsewhere: a verb of saying that ends the clause ("…, tweeted in response: “…”")
        before = [t for t in span[0].sent if t.i < span[0].i and t.pos_ in ("VERB", "AUX")]
        if not before:
            return None
        if _lemma(before[-1]) not in SAYING_VERBS:
            # the parse read the clause's subject as the quotation's ("Marston was blunt: “Not if …”"): the last
            # subject before the colon that opens its clause (after a comma or "and", "but"), and the verb right
            # after it; else the last verb of
            # saying before the colon ("He added that voters have two choices: “…”")
            sentence = span[0].sent
            subjects = [
                t
                for t in sentence
                if t.i < span[0].i
                and t.dep_ in ("nsubj", "nsubjpass")
                and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in PRONOUNS_PERSON)
                and t.lower_ not in ("there", "here")
                and not _inside(quotes, t.idx)
            ]
            verbs = [t for t in before if subjects and t.i > subjects[-1].i]
            if verbs and verbs[0].i - subjects[-1].i <= 3:
                opening = doc.text[sentence.start_char : _noun_phrase(subjects[-1])[0]].strip()
                if not opening or opening.endswith(",") or opening.split()[-1].lower() in OPENING_A_CLAUSE:
                    return verbs[0], subjects[-1]
            saying = [t for t in before if _lemma(t) in SAYING_VERBS and not _inside(quotes, t.idx)]
            if not saying:
                return None
            before = saying
        verb = before[-1]
        if verb.dep_ == "acl" and not _subject(verb):  # "Ann Lee, …, tweeted" read as a noun's modifier
            return (verb, verb.head) if verb.head.pos_ in ("NOUN", "PROPN") else None
    subject = _subject(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON") or subject.lower_ in ("there", "here"):
        return None
    if subject.lower_ == "it" and _lemma(verb) not in SAYING_VERBS:
        return None  # "Wait, it gets better: “…”": no one, though "It said: “…”" is a body speaking
    if _inside(quotes, subject.idx) or _inside(quotes, verb.idx):
        return None
    return verb, subject


# A paragraph of an interview printed as a transcript: the speaker's name, a colon, the words ("Achebe: Not this
# year, no."). The name is one to four capitalised words, perhaps with the party or role in brackets after it
# ("David Ashcroft (Labour, Stroud): …", as a parliament's record prints it).
TRANSCRIPT_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*\([^()\n]{1,60}\))?:\s+(?=\S)")


# Questions and answers labelled as such: "Q: …" / "A: …", "Q. …", "Question: …".
QA_LABEL = re.compile(r"(Q|A|Question|Answer)[:.]\s+(?=\S)")


# What an interviewer is named after: "talks to Sam Pryce", "in conversation with", "interviewed by".
INTERVIEWER_PREPOSITIONS = frozenset({"to", "with", "by"})


def _interviewer(name: Span) -> bool:
    """Whether a name before an interview's questions is the one who asks: the object of "to", "with" or "by"
    after a verb or noun of talking ("The singer talks to Sam Pryce about …", "Interview by Ann Lee")."""
    prep = name.root.head
    if name.root.dep_ != "pobj" or prep.lower_ not in INTERVIEWER_PREPOSITIONS:
        return False
    return prep.head.lemma_.lower() in TALKING_WORDS


# Verbs and nouns of talking to someone: "talks to Sam Pryce", "a conversation with the director", "in conversation
# with", "a chat with".
TALKING_WORDS = frozenset({"talk", "speak", "chat", "interview", "conversation", "meet"})


def _interviewee(docs, texts) -> tuple[int, int, int] | None:
    """Where the article names the one person whose answers it prints as "A: …": the first person named in the
    body before its first question; None when it labels no answer "A" or names no one before."""
    labelled = [
        (i, m.group(1)[0]) for i, t in enumerate(texts) if t and docs[i] is not None and (m := QA_LABEL.match(t))
    ]
    if not any(kind == "A" for _, kind in labelled):
        return None
    for j in range(labelled[0][0]):
        people = [e for e in _names(docs[j])] if docs[j] is not None else []
        person = next((e for e in people if e.label_ == "PERSON" and not _interviewer(e)), None)
        if person is not None:
            return j, person.start_char, person.end_char
    return None


# The speaker's own first person singular, outside quotation marks, in an interview's answers.
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|me|myself)\b")
# At most this many words in a question printed as a paragraph of its own.
QUESTION_WORDS = 30


def _plain_interview(docs, texts, quotes) -> tuple[tuple[int, int, int], list[int]] | None:
    """An interview printed as questions and answers with no labels ("Why close now?" then "I'm 61. My knees are
    gone."): two or more short paragraphs that end on a question, each followed by an answer, at least two answers
    in the first person singular. Returns where the body names the person interviewed (the first person named before
    the first question, or the first name that is a sentence's subject there) and the answers' paragraphs: the one
    after each question, and those after it that still speak in the first person; None when the article is no such
    interview."""
    questions = [
        i
        for i, t in enumerate(texts)
        if i > 0
        and t
        and docs[i] is not None
        and t.rstrip().endswith("?")
        and not quotes[i]
        and len(t.split()) <= QUESTION_WORDS
    ]
    if len(questions) < 2:
        return None
    answers = []
    for q, after in zip(questions, [*questions[1:], len(texts)]):
        for i in range(q + 1, after):
            if docs[i] is None or not texts[i]:
                break
            own = FIRST_PERSON_SINGULAR.search(_outside_quotes(texts[i], quotes[i]))
            if own is None and _whole_quotation(texts[i], quotes[i]):
                own = FIRST_PERSON_SINGULAR.search(texts[i])  # “By accident, really. I fell over twice.”
                # an answer printed as one quotation, nothing else, right under the question is the interviewee's
                # words, whatever person it speaks in (“How slow everything is.”)
                own = own or (i == q + 1) or None
            if i > q + 1 and not own:
                break
            answers.append((i, own is not None))
    if sum(own for _, own in answers) < 2:
        return None
    names = [(j, e) for j in range(1, questions[0]) if docs[j] is not None for e in _names(docs[j])]
    # the first person named as a sentence's subject ("Niamh Fallon is sitting …"), else the first person named
    # who is not the interviewer ("The singer talks to Sam Pryce about …"), else the first name that is a
    # sentence's subject ("Hilde Varga is closing …", whatever type the recogniser gave it); with no person as a
    # subject, the one the lead-in names again, once as a subject ("Amara Nwosu's second novel … is published by
    # Faber. || Nwosu, 38, grew up in Great Yarmouth": Nwosu, whatever type the recogniser gave her, not Faber)
    people = [n for n in names if n[1].label_ == "PERSON" and not _interviewer(n[1])]
    person = (
        next((n for n in people if n[1].root.dep_ in SUBJECT_DEPS), None)
        or _named_again(names)
        or next(iter(people), None)
        or next((n for n in names if n[1].root.dep_ in SUBJECT_DEPS), None)
    )
    if person is None:
        return None
    return (person[0], person[1].start_char, person[1].end_char), [i for i, _ in answers]


def _named_again(names: list[tuple[int, Span]]) -> tuple[int, Span] | None:
    """Of (paragraph, name) pairs in reading order, the first mention that is a sentence's subject (or opens the
    sentence, "Adebayo, 61, trained in Stoke", however it was parsed) of a name whose last word the list holds twice
    or more, not an interviewer's; None when there is none."""
    counts = Counter(e.text.split()[-1] for _, e in names if not _interviewer(e))
    return next(
        (
            n
            for n in names
            if counts[n[1].text.split()[-1]] >= 2 and (n[1].root.dep_ in SUBJECT_DEPS or n[1].start == n[1].sent.start)
        ),
        None,
    )


def _part_of_many(token: Token) -> bool:
    """Whether a speaker is a number or share of a plural ("two of the people", "some of the officials"), whom a
    "they" after it stands for."""
    if token.tag_ != "CD" and token.lower_ not in ("some", "many", "several", "both", "most", "all"):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ == "NNS" for g in c.children)
        for c in token.children
    )


def _whole_quotation(text: str, quotes: list[tuple[int, int, bool]]) -> bool:
    """Whether a paragraph is one quotation and nothing else."""
    return len(quotes) == 1 and _trim(text, 0, len(text)) == quotes[0][:2]


def _outside_quotes(text: str, quotes: list[tuple[int, int, bool]]) -> str:
    """`text` with its quotations blanked."""
    for a, b, _ in quotes:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# At least this many turns of one speaker, most of them questions, make that speaker the interviewer.
ASKER_TURNS = 2


def _put_by(text: str, label: str) -> bool:
    """Whether a transcript's paragraph is a question put under the speaker's label `label` ("Bradley: The
    regional government has restricted water use. Is that working?"): it ends on a question mark."""
    match = TRANSCRIPT_LABEL.match(text)
    return (
        match is not None and match.group(1).split()[-1] == label and text.rstrip().rstrip(CLOSING_MARKS).endswith("?")
    )


def _asker_label(docs, texts) -> str | None:
    """The label of a transcript's interviewer: the one speaker with at least two turns most of which end on a
    question, whose surname or full name ("Tom Bradley:", then "Bradley:") may change from turn to turn; None when
    no speaker or more than one asks so."""
    turns: Counter = Counter()
    questions: Counter = Counter()
    for doc, text in zip(docs, texts):
        if doc is None or not text or (match := TRANSCRIPT_LABEL.match(text)) is None:
            continue
        label = match.group(1).split()[-1]
        turns[label] += 1
        questions[label] += text.rstrip().rstrip(CLOSING_MARKS).endswith("?")
    askers = [label for label, n in turns.items() if n >= ASKER_TURNS and questions[label] * 2 > n]
    return askers[0] if len(askers) == 1 and len(turns) >= 2 else None


def _transcript_answer(docs, i: int, text: str) -> Found | None:
    """The attribution of a paragraph that opens with a speaker's name and a colon, as interviews are printed
    ("Achebe: Nothing went wrong overnight."): its words, said by the person or organisation of the article whose
    name ends with that name ("Daniel Achebe"). A label that names no one of the article ("Q:", "Update:",
    "Related:") is none, and so is an organisation's label over words in no one's first or second person (a sport
    report's notes: "Gulls: SS Marcus Lee will begin a rehab assignment")."""
    match = TRANSCRIPT_LABEL.match(text)
    if match is None:
        return None
    label = match.group(1)
    named = {
        (ent.text.replace("’s", "").replace("'s", ""), ent.label_)
        for doc in docs
        if doc is not None
        for ent in _names(doc)
        if ent.label_ in ("PERSON", "ORG")
    }
    kinds = {kind for name, kind in named if name == label or name.endswith(" " + label)}
    if not kinds:
        return None
    start, end = _trim(text, match.end(), len(text))
    if len(re.findall(r"[^\W\d]+", text[start:end])) < 2:  # "Clinton: 547." a figure, not an answer
        return None
    if kinds == {"ORG"} and not FIRST_PERSON.search(text[start:end]):
        return None  # a team's notes ("Gulls: SS Marcus Lee (oblique) will begin a rehab assignment"), no one's words
    return Found(i, start, end, ":", (i, 0, len(label)), verbatim=True)


# Past forms of verbs of saying that do not end in "-ed" on the stem.
SAID_FORMS = {"said": "say", "told": "tell", "wrote": "write", "swore": "swear", "thought": "think", "shot": "shoot"}
# "Stated Stone:", "Added the minister:": a capitalised verb, its speaker in up to six words, and a colon.
INVERTED_WORDS = re.compile(r"([A-Z][a-z]+)\s+((?:[\w.'’-]+\s+){0,5}[\w.'’-]+)\s*:\s*$")


def _said_form(word: str) -> bool:
    """Whether a word is the past tense of a verb of saying ("stated", "added", "replied", "said")."""
    word = word.lower()
    if word in SAID_FORMS:
        return SAID_FORMS[word] in SAYING_VERBS
    if not word.endswith("ed"):
        return False
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")
    return any(len(s) >= 3 and s in SAYING_VERBS for s in stems)


def _inverted_words(doc: Doc, text: str, colon: int) -> tuple[Token, tuple[int, int], Token] | None:
    """A sentence that is a verb of saying in the past, then its speaker, then a colon at `colon` ("Stated Stone:",
    "Added the minister:"), read from the words whatever the parse made of them (it reads "Stated Stone" as a
    name): the verb's token, the speaker's characters and head; else None."""
    sentence = _sentence_of(doc, colon)
    if sentence is None:
        return None
    start = sentence.start_char
    match = INVERTED_WORDS.fullmatch(text[start : colon + 1].strip() + "")
    if match is None or not _said_form(match.group(1)):
        return None
    lead = len(text[start : colon + 1]) - len(text[start : colon + 1].lstrip())
    a, b = start + lead + match.start(2), start + lead + match.end(2)
    words = text[a:b].split()
    if not (words[0][:1].isupper() or words[0].lower() in ("the", "a", "an", "one", "another")):
        return None
    verb = doc.char_span(start + lead, start + lead + len(match.group(1)), alignment_mode="expand")
    span = doc.char_span(a, b, alignment_mode="expand")
    if verb is None or span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return verb[0], (a, b), span[-1]


# A name a dash sets after the reporter's clause, right before a colon: capitalised words, with a title's "of",
# "the", "for" ("Pollsters agree - Carl Bialik:", "… – HuffPollster:", "… - Secretary of State Paul Pate:").
DASHED_NAME = re.compile(r"\s[-–—]\s+((?:(?:[A-Z][\w'’.&-]*|of|the|for)\s+){0,5}[A-Z][\w'’.&-]*)\s*:\s*$")


def _named_after_dash(doc: Doc, text: str, f: Found, quotes) -> Found | None:
    """Give a quotation to the name a dash sets after the reporter's clause, right before the colon that introduces
    it ("Pollsters agree - Carl Bialik: “…”", "But polls did predict the caucus – HuffPollster: “…”"), as a digest
    credits what it quotes: the clause before the dash is the reporter's summary, not the speaker's cue. When the
    cue's content is that clause and the quotation together ("Officials insist the count was clean - Paul Pate:
    “…”"), the clause stays the cue's and the quotation is a row of the name's, returned."""
    if f.cue_token is None or f.para != f.end_para:
        return None
    for a, _, _ in quotes:
        if not f.cue_token.idx < a <= f.end or a < f.start:
            continue
        match = DASHED_NAME.search(text, f.cue_token.idx, a)
        name = doc.char_span(*match.span(1)) if match is not None else None
        if name is None or any(t.pos_ in ("VERB", "AUX") for t in name):
            continue
        speaker = (f.para, *match.span(1))
        if a == f.start:
            f.cue, f.speaker, f.source_token, f.cue_token = ":", speaker, name.root, None
            return None
        if match.start() <= f.start:
            return None
        said = Found(f.para, a, f.end, ":", speaker, source_token=name.root)
        f.end = _trim(text, f.start, match.start())[1]
        return said
    return None


def _named_before_colon(doc: Doc, text: str, a: int) -> Token | None:
    """The person or organisation named right before a colon that introduces the quotation at `a` ("…, said the
    pollster Ilona Varga: “…”", "Pollsters agree – Ilona Varga: “…”"): the head of that name."""
    before = text[:a].rstrip()
    if before.endswith(("-", "–", "—")):  # "Maria Lopez, 34 - “…”": a signature opening the paragraph
        line = _speaker_line(doc, text, 0, len(before) - 1)
        return line[2] if line else None
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    for ent in _names(doc):
        if ent.label_ in ("PERSON", "ORG") and ent.end_char <= colon and not text[ent.end_char : colon].strip():
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "to":
                # "Orpo delivered a stern message to the unions: “…”": not the one spoken to, the one speaking
                verb = ent.root.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                return _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            return ent.root
    sentence = _sentence_of(doc, colon)  # a signature before it: "Dan Oke, 45, shop owner: “…”"
    signature = _speaker_line(doc, text, sentence.start_char, colon) if sentence is not None else None
    if signature is not None:
        return signature[2]
    # a name the recogniser missed, set after a dash that closes the reporter's clause ("… are problematic - Pew
    # Research: “…”"), or a source given with no verb ("From the report: “…”", "According to the memo: “…”")
    opening = sentence.start_char if sentence is not None else colon
    for match in (DASHED_NAME.search(before), SOURCED.match(before, opening)):
        name = doc.char_span(*match.span(1), alignment_mode="expand") if match is not None else None
        if name is not None and not any(t.pos_ in ("VERB", "AUX") or t.tag_ in FINITE_TAGS for t in name):
            return name.root
    return _presented(sentence, colon) if sentence is not None else None


# A source that a sentence gives with no verb before the colon introducing its quotation: "From the report:", "More
# from the ruling:", "According to the memo:", "In the words of the court:".
SOURCED = re.compile(
    r"\s*(?:(?:More|Also|And|But)\s+)?(?:[Ff]rom|[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+([^:]+?)\s*:$"
)


# A column presenting what someone said: "Here's Clinton in December 1992:", "Here is the governor on taxes:".
PRESENTED = re.compile(r"Here(?:['’]s| is| was)\s")


def _presented(sentence, colon: int) -> Token | None:
    """The person or body a sentence presents before the colon that introduces a quotation ("Here's Clinton in
    December 1992: “…”", "Here is Senator Ann Lee on the budget: “…”"): the name right after "Here's", with only
    where, when or on what it was said between it and the colon; else None."""
    if not PRESENTED.match(sentence.text):
        return None
    words = [t for t in sentence if t.idx < colon][2 if sentence[1].text in ("'s", "’s", "is", "was") else 1 :]
    names = [t for t in words if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"]
    if not names or names[0].i != words[0].i + (words[0].pos_ == "DET"):
        return None
    head = names[0]
    while head.i + 1 < sentence.end and head.doc[head.i + 1].pos_ == "PROPN" and head.doc[head.i + 1].idx < colon:
        head = head.doc[head.i + 1]
    rest = [t for t in words if t.i > head.i]
    if rest and (rest[0].pos_ != "ADP" or any(t.pos_ in ("VERB", "AUX") for t in rest)):
        return None
    return head


# One to four capitalised words and an age, as signatures give a person: "MARIA LOPEZ, 34, nurse", "Tom (61)".
SIGNED_AGE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:,\s*\d{1,3}\s*(?:,|$)|\s+\(\d{1,3}\))")


def _speaker_line(doc: Doc, text: str, start: int, end: int) -> tuple[int, int, Token] | None:
    """The name that text[start:end] gives as a speaker's signature, as vox pops and interviews print it: a person
    or organisation, and what describes them, with no clause of their own ("Maria Lopez, 34, nurse", "— Ann Lee,
    student", "Tom Hill, a trader from Leeds"); the name's characters and its head, else None."""
    opening = start
    while start < end and (text[start].isspace() or text[start] in "—–-"):
        start += 1
    dashed = any(c in "—–-" for c in text[opening:start])
    end = _trim(text, start, end)[1]
    # a dashed line, as a fact check signs the claim it checks ("- Sanders.", "-President Obama, tweeting."); a name
    # alone with a full stop on a line of its own ("Hillary Clinton.") is not taken for one: it cost held-out news an
    # attribution
    if text[start:end].endswith(".") and dashed:
        end -= 1
    segment = text[start:end]
    marks = MARK_PATTERN.search(re.sub(r"(?<=\w)['’](?=\w)", "", segment))  # an apostrophe is no mark: "Clinton's"
    if not segment or _words(segment) > 14 or segment.endswith((".", "!", "?")) or marks:
        return None
    tokens = [t for t in doc if start < t.idx + len(t) and t.idx < end]  # "-President" may be one token
    if any(
        (
            t.dep_ in SUBJECT_DEPS
            and start <= t.head.idx < end
            and t.head.pos_ in ("VERB", "AUX")
            and t.head.tag_ != "VBG"  # "Obama, tweeting after the speech": a participle that describes
        )
        or t.tag_ in ("VBZ", "VBP", "MD")
        for t in tokens
    ):
        return None
    # after a dash, the capitalised words before any comma are the name, whether or not the recogniser read it (a
    # lone surname often goes unread)
    lone = list(takewhile(lambda t: t.text != ",", tokens))
    if dashed and 0 < len(lone) <= 4 and all(t.pos_ == "PROPN" and t.text.lstrip("—–-")[:1].isupper() for t in lone):
        return max(start, lone[0].idx), lone[-1].idx + len(lone[-1]), lone[-1]
    name = next(
        (e for e in _names(doc) if e.label_ in ("PERSON", "ORG") and e.start_char == start and e.end_char <= end), None
    )
    aged = SIGNED_AGE.match(segment)
    if name is None and aged is not None:  # "MARIA LOPEZ, 34, nurse", "Maria, 34": a name the recogniser missed
        span = doc.char_span(start, start + aged.end(1), alignment_mode="expand")
        if span is not None:
            return start, start + aged.end(1), span[-1]
    if name is None or not re.match(r"(?:$|,|\s+\(\d|\s+[—–-]\s)", text[name.end_char : end]):
        return None  # "Maria Lopez, 34, nurse", "Maria Lopez (34), nurse", "Maria Lopez - nurse"
    return name.start_char, name.end_char, name.root


def _signed_after(docs, texts, i: int, b: int, below: bool = False) -> tuple[int, int, int, Token] | None:
    """The signature that follows a quotation ending at `b` in paragraph i: in the same paragraph ("“…” — Ann
    Lee, 22, student", "“…” Ann Lee, 22, student."), or as the next one, on a line starting with a dash ("— Ann
    Lee", "- Ann Lee.") or, where
    the article signs its quotations `below` them (see _signs_below), on a line of its own; (paragraph, start, end,
    head)."""
    rest = texts[i][b:]
    bracketed = re.fullmatch(r"\s*\(([^()]+)\)\.?\s*", rest)
    if bracketed is not None:  # "“…” (Maria Lopez, 34, nurse)"
        found = _speaker_line(docs[i], texts[i], b + bracketed.start(1), b + bracketed.end(1))
        return (i, *found) if found else None
    if rest.strip():
        end = len(texts[i].rstrip().rstrip("."))
        found = _speaker_line(docs[i], texts[i], b, end) if rest.strip()[:1] in ("—", "–") or below else None
        return (i, *found) if found else None
    dashed = texts[i + 1].lstrip()[:1] in ("—", "–", "-") if i + 1 < len(texts) else False
    if i + 1 >= len(texts) or docs[i + 1] is None or not (below or dashed):
        return None
    found = _speaker_line(docs[i + 1], texts[i + 1], 0, len(texts[i + 1]))
    return (i + 1, *found) if found else None


def _signs_below(docs, texts, quotes) -> bool:
    """Whether a vox pop signs its quotations below them: the first paragraph that is only a speaker's signature
    ("Maria Lopez, 34, nurse") follows a paragraph that is only a quotation, or the paragraph holding the first
    such quotation ends with a signature ("“…” Maria Lopez, 34.")."""
    for i, (doc, text) in enumerate(zip(docs, texts)):
        if doc is None:
            continue
        whole = quotes[i] and _trim(text, 0, len(text))[0] == quotes[i][0][0]
        if whole and (rest := text[quotes[i][-1][1] :].strip()):
            return (
                rest[:1] not in ("—", "–")
                and _speaker_line(doc, text, quotes[i][-1][1], len(text.rstrip().rstrip("."))) is not None
            )
        if not quotes[i] and _speaker_line(doc, text, 0, len(text)) is not None:
            previous = i - 1
            return (
                previous >= 0
                and bool(quotes[previous])
                and _trim(texts[previous], 0, len(texts[previous]))
                == (
                    quotes[previous][0][0],
                    quotes[previous][-1][1],
                )
            )
    return False


# The name recogniser's labels (doc.spans["names"], see nlp.py) as the small model's entity labels.
NAME_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"}


def _names(doc: Doc) -> list[Span]:
    """The names of `doc`: the name recogniser's, labelled as the small model labels them (its entities when the
    recogniser did not run)."""
    from spacy.tokens import Span

    if NAMES_KEY not in doc.spans:
        return list(doc.ents)
    return [Span(doc, e.start, e.end, NAME_LABELS[e.label_]) for e in doc.spans[NAMES_KEY]]


# The end of a sentence the parse cut short: words without a sentence's end or a quotation mark, then its stop.
CUE_SENTENCE_END = re.compile(r"[^.!?“”\"'‘’]*[.!?]\s*")
# The reporter's words opening the next sentence before the speaker's words go on: "“…,” said Ann Lee. Unless the
# rivals quit, “it is very hard to stop him.”"; or only a connective: "“…,” he said outside. But “it helps.”"
LEAD_IN = re.compile(
    r"(?:[^.!?“”\"'‘’]*[.!?]\s+)?(?:[^.!?“”\"'‘’]{1,80},|\s*(?:But|And|Yet|Still|So|Though|Besides))\s*"
)


# The sentence right after a quotation that names whose words they were: "Those were the words of …", "That was the
# verdict of …", "Defiant words from …", "That was how … put it", "So said …".
NAMED_AFTER = re.compile(
    r"\s*(?:(?:(?:Those|These)\s+were|(?:That|This|Such)\s+(?:was|is))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>words?|verdict|view|message|warning|assessment|reaction|response|advice|plea|answer|opinion"
    r"|judge?ment|promise|prediction|boast|vow|pledge)\s+(?:of|from)"
    r"|[A-Z][a-z]+\s+(?:[a-z]+\s+)?(?P<words>words)\s+(?:of|from)"
    r"|(?:That|This)\s+(?:was|is)\s+(?P<how>how)|So\s+(?P<said>said|says))\s+(?=\S)"
)


def _speaker_named_after(doc: Doc, text: str, a: int, b: int) -> tuple[str, Token] | None:
    """The cue and the speaker the sentence right after a quotation of whole sentences names as its own ("“This was
    a cruel betrayal.” Those were the words of Judge Sarah Munro as she …"; "That was how Pike began a letter …"):
    a name, a person's pronoun or a noun for someone who can speak, right after NAMED_AFTER's words."""
    if not _opens_sentence(text, a) or not text[a:b].rstrip(CLOSING_MARKS).endswith((".", "!", "?")):
        return None
    if _words(text[a:b]) < MIN_QUOTE_WORDS or (m := NAMED_AFTER.match(text, b)) is None:
        return None
    span = doc.char_span(m.end(), len(text), alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    while token.dep_ in ("compound", "det", "amod", "poss", "nummod", "case") and token.head.i > token.i:
        token = token.head
    person = (token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "")) or token.lower_ in PRONOUNS_PERSON
    if m.group("how"):  # "That was how the campaign began": only a person begins or puts words so
        if not (person or token.lemma_.lower() in PERSON_NOUNS) or token.dep_ not in SUBJECT_DEPS:
            return None
        return token.head.text.lower(), token
    if not (person or token.lower_ == "they" or (token.pos_ in ("NOUN", "PROPN") and _can_speak(token))):
        return None
    return (m.group("noun") or m.group("words") or m.group("said")).lower(), token


def _named_after_description(doc: Doc, token: Token) -> tuple[int, Token] | None:
    """The end of a description's phrase and the person's name set off by commas right after it ("from the sitting
    MP, Mark Logan, who …"), wherever the parse hung the name."""
    end = _noun_phrase(token)[1]
    text = doc_text(doc)
    after = len(text[:end]) + len(text[end:]) - len(text[end:].lstrip(", "))
    if not text[end:after].startswith(","):
        return None
    name = next((e for e in _names(doc) if e.start_char == after and e.label_ == "PERSON"), None)
    if name is None or text[name.end_char : name.end_char + 1] not in (",", ".", ""):
        return None
    return name.end_char, name.root


def _sentence_goes_on_after(text: str, a: int, b: int, quotes: list[tuple[int, int, bool]]) -> bool:
    """Whether the short quotation text[a:b], opening a sentence and closed by a comma, "?" or "!", is only the start
    of a sentence that goes on in the reporter's words ("“Books not bombs,” was another."; "“Okay,” she replied."):
    it is the subject of that sentence or has a cue of its own, no second part of the statement before it."""
    if _words(text[a:b]) >= MIN_QUOTE_WORDS or not text[max(a, b - 3) : b].rstrip(CLOSING_MARKS).endswith(
        (",", "?", "!")
    ):
        return False
    after = text[b:]
    following = next((q0 for q0, _, _ in quotes if q0 >= b), len(text))
    rest = re.split(r"[.!?;:]", after[: following - b], maxsplit=1)[0]
    return re.search(r"[A-Za-z]", rest) is not None


def _gap_is_cue(text: str, found: Found, a: int, quotes: list[tuple[int, int, bool]]) -> bool:
    """Whether the text between an attributed quotation and the quotation at `a` is only its cue clause ("he
    said,", "Clinton said on Thursday."), or nothing."""
    gap = text[found.end : a]
    if not gap.strip(" ,.;:—–-"):
        return True
    cue = found.cue_token
    if cue is not None and cue.idx < found.start and _cue_said_again(cue, found.end, a):
        return True
    if cue is None or not found.start <= found.end <= cue.idx:
        return False
    said = _participle_saying_before(cue.doc, text, a, _quoted_chars(text, quotes))
    if said is not None and said[0].head.i != cue.i and found.end <= said[0].head.idx < a:
        return False  # "“…?” he tweeted when Clinton posted a selfie, remarking, “…”": the clause's subject remarks
    sent = cue.sent
    # the cue's sentence follows the quotation (the parse may end a sentence at a quotation's "?" or "!", or cut
    # the description of the speaker short: "said Ann Lee, a Democrat who flew to Oslo with the family of Tom Hale,
    # ¶ another freed hostage.")
    rest = text[sent.end_char : a] if a >= sent.end_char else ""
    if text[found.end : sent.start_char].strip() or (
        rest.strip() and not CUE_SENTENCE_END.fullmatch(rest) and not LEAD_IN.fullmatch(rest)
    ):
        return False
    if rest.strip() and _someone_else_after(cue, found, sent.end_char, a):
        return False  # "“…,” Tom Ebeling said. Betsy Ebeling shook her head. “…”": she speaks next
    if _turn_taker_before(cue.doc, text, a, quotes) is not None:
        return False  # "“…,” Ebeling said, and her husband cut in. “…”": he speaks next
    if rest.strip():
        span = cue.doc.char_span(found.start, a, alignment_mode="expand")
        if span is None:
            return False
        sent = cue.doc[sent.start : span.end]
    # the cue clause and what describes its circumstances (", referring to …", "after hinting that …", even
    # ", suggesting that …": the same speaker goes on), but no other speaker's verb of saying and no quotation
    # long enough to be a statement of its own
    if any(
        _words(text[q0:q1]) >= MIN_QUOTE_WORDS and not _quoted_in_passing(text, found.end, q0, cue)
        for q0, q1, _ in quotes
        if found.end <= q0 and q1 <= a
    ):
        return False
    return not any(
        t.i != cue.i
        and found.end <= t.idx < a
        and t.pos_ == "VERB"
        and t.dep_ != "relcl"  # "said Ann Lee, who said she would march": the speaker described
        and _lemma(t) in CLAUSE_VERBS
        and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        and not _time_of_cue(t, cue)  # "said Tom Hale, after his rival had conceded": when, not who speaks next
        # ("“…?” Trump went on, as if he didn't hear her. “…”": hearing is no saying, but for a court's)
        and (_lemma(t) != "hear" or any(_hearing_body(c) for c in t.children if c.dep_ in SUBJECT_DEPS))
        for t in sent
    )


# Conjunctions of a clause that tells when a cue's words were said ("said Hale, after his rival had conceded").
TIME_MARKS = frozenset("after before as when while once since until".split())


def _time_of_cue(verb: Token, cue: Token) -> bool:
    """Whether `verb` heads a clause of time hung on the cue that says nothing itself ("said Tom Hale, after his
    rival had conceded", "after his rival conceded defeat"): a verb that reports nothing, so no statement of
    another speaker that a quotation after it could go on."""
    return (
        verb.dep_ == "advcl"
        and verb.head.i == cue.i
        and verb.i > cue.i
        and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)
        and _content_head(verb) is None
    )


def _someone_else_after(cue: Token, found: Found, start: int, end: int) -> bool:
    """Whether a sentence between characters start and end, after the cue's, is about a person named there who is
    not the speaker (its subject a name the speaker's words do not hold): the one the next quotation is of."""
    if found.speaker is None or found.speaker[0] != found.para:
        return False
    speaker = cue.doc.text[found.speaker[1] : found.speaker[2]]
    return any(
        t.dep_ in SUBJECT_DEPS
        and t.head.dep_ == "ROOT"
        and (
            (t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", ""))
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children)  # "Her coach, Charlie Hobbs,"
        )
        and cue.doc.text[slice(*_noun_phrase(t))] not in speaker
        for t in cue.doc
        if start <= t.idx < end
    )


def _cue_said_again(cue: Token, start: int, end: int) -> bool:
    """Whether the text between two quotations (characters start to end) is only a cue clause saying again who
    speaks, after a cue before the first ("Feinstein said "…," she said. "…""): a pronoun and a verb of saying."""
    words = [t for t in cue.doc.char_span(start, end, alignment_mode="expand") or () if not (t.is_punct or t.is_space)]
    return (
        len(words) == 2
        and words[0].lower_ in PRONOUNS_PERSON
        and words[0].head.i == words[1].i
        and _lemma(words[1]) in SAYING_VERBS
    )


def _quoted_in_passing(text: str, after: int, a: int, cue: Token | None) -> bool:
    """Whether the quotation at `a`, after a speaker's quotation ending at `after`, lies inside the reporter's words
    of the cue clause (`cue` in the same paragraph) that follow it, as a title or a name does ("“…,” he said on NBC's
    “Morning Desk.” “…”", "said Ann Lee, author of “Open Doors,”"): a preposition, adverb, noun, name, determiner
    or possessive stands right before its mark (not a comma, colon or the end of a sentence, nor a verb or conjunction:
    “…,” she said “…”, its comma missing; “…,” he said, but “…”), and no "that" brings the speaker's words back
    (“…,” the councillors said, that the water board “…”)."""
    if cue is None or doc_text(cue.doc) != text or not text[after:a].rstrip()[-1:].isalnum():
        return False
    words = cue.doc.char_span(after, a, alignment_mode="contract")
    if words is None or not len(words) or any(t.lower_ == "that" for t in words):
        return False
    last = words[-1]
    return last.idx + len(last.text) == len(text[:a].rstrip()) and last.pos_ in PASSING_POS


# Parts of speech of the word right before a title quoted in the reporter's words.
PASSING_POS = frozenset({"ADP", "ADV", "NOUN", "PROPN", "DET", "PART", "ADJ", "NUM", "PRON"})


def _cue_between(text: str, found: Found, a: int, b: int, quotes: list[tuple[int, int, bool]]) -> bool:
    """Whether the quotation text[a:b] opens a sentence that its cue interrupts and an attributed quotation ends
    ("“If they stay away,” Robinson said, “why would we go?”"): it closes on a comma, and only the cue clause
    stands between it and the attributed quotation."""
    cue = found.cue_token
    if not b <= cue.idx < found.start or not any(q0 == found.start for q0, _, _ in quotes):
        return False
    if not text[max(a, b - 3) : b].rstrip(CLOSING_MARKS).endswith(","):
        return False
    gap = text[b : found.start]
    if _words(gap) > 12 or any(b <= q0 < found.start for q0, _, _ in quotes):
        return False
    opening = cue.doc.char_span(a, a + 1, alignment_mode="expand")
    before = text[opening.sent.start_char : a] if opening is not None else ""
    if before.strip(" —–-") and not before.rstrip().endswith(":"):
        return False  # needled the “pundit,” saying, “…”: a word quoted inside the reporter's sentence
    return not any(
        t.i != cue.i and b <= t.idx < found.start and t.pos_ == "VERB" and t.dep_ not in ("relcl", "acl")
        for t in cue.sent
    )


def _nearest_bare(bare: list[Found], doc: Doc, a: int, b: int) -> Found | None:
    """The contentless cue that introduces the quotation text[a:b]: in its sentence, else the sentence right
    after it ("“…” He said.") or right before it ending in a colon."""
    if not bare:
        return None
    sents = list(doc.sents)
    first = next((k for k, s in enumerate(sents) if s.start_char <= a < s.end_char), None)
    last = next((k for k, s in enumerate(sents) if s.start_char < b <= s.end_char), first)
    if first is None:
        return None
    for k in range(first, (last if last is not None else first) + 1):
        for c in bare:
            if sents[k].start <= c.cue_token.i < sents[k].end:
                return c
    last = first if last is None else last
    closes = not doc.text[b : sents[last].end_char].strip(
        " .,;!?”’\"'"
    )  # “…” He said.: the quotation ends its sentence
    opens = sents[first].start_char >= a - 1 or not doc.text[sents[first].start_char : a].strip(" —–-“‘\"'")
    for k in (last + 1, first - 1):
        if k == last + 1 and not closes:  # “Northbound”, a ballad, drifts. She has written better: no cue of it
            continue
        if k == first - 1 and not (opens and sents[k].text.rstrip().endswith(":")):
            continue
        if 0 <= k < len(sents):
            for c in bare:
                if sents[k].start <= c.cue_token.i < sents[k].end:
                    return c
    return None


# A headline that gives a speaker's words after a colon: "Mayor Ortiz: ‘A reporter is no punching bag’", "Lopez to
# nurses' union: Hale will cut your pay".
HEADLINE_COLON = re.compile(r"([^:]{2,80}):\s+(\S.*)")
HEADLINE_SPEAKERS = ("PERSON", "ORG")
# Names of one type that, joined by "and" as one subject, speak together: people, organisations, countries.
JOINT_SPEAKERS = (*HEADLINE_SPEAKERS, "GPE")
# One to three capitalised words: a name, whatever the recogniser made of it ("Okafor", "Gov. Hale").
HEADLINE_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*")


# Words before a headline's colon that say what kind of article it is ("Explainer: …", "Live: …").
HEADLINE_LABELS = frozenset(
    "explainer analysis opinion comment editorial review obituary live watch listen factbox q&a interview exclusive "
    "breaking update profile podcast video letters".split()
    + ["fact check", "in pictures", "in brief", "what we know", "the latest"]
)


# A noun of an inquiry or a case between a headline's name and its colon: the name qualifies it, the headline's
# topic ("Madlanga commission: …", "Okafor inquiry: …"), and says nothing ("Clinton camp: …" and "WSJ editorial: …"
# do speak).
TOPIC_NOUN = re.compile(
    r"\s+(?:commission|inquiry|inquest|probe|trial|case|hearing|scandal|saga|affair|row|strike|strikes|walkout|crash"
    r"|closure|closures|dispute|crisis|shortage|outage|delays|disruption|floods|storm|shooting|election|vote|deal)\s*"
)


# A question a headline asks about the name before its colon, unquoted and in no one's first person: "what happens
# if it collapses?", "how will the new rules work?".
EXPLAINER_QUESTION = re.compile(
    r"(?i)(?:what|why|how|who|when|where|which|will|can|could|should|is|are|does|do)\b"
    r"(?!.*\b(?:I|me|my|we|us|our)\b)[^\"“”‘’']*\?"
)


# A guide's title after a headline's colon, addressed to the reader: "what you need to know", "everything you need
# to know", "all you need to know about the changes".
GUIDE_PHRASE = re.compile(r"(?i)(?:what|everything|all|how|where|when)\b[^\"“”‘’']*\byou\b[^\"“”‘’']*?[.?]?")


def headline_attributions(doc: Doc, text: str, quotes: list[tuple[int, int, bool]], resolver) -> list[Found]:
    """The attributions of a headline: a person or organisation named before a colon ("Name: what they said"),
    or a cue verb with its subject ("Putin praises Trump"); a headline's quotation without either is left."""
    match = HEADLINE_COLON.fullmatch(text.rstrip())
    if match is not None and match.group(1).strip().lower() in HEADLINE_LABELS:
        match = None  # "Explainer: what the new charges mean": the kind of article, not a speaker
    if match is not None and GUIDE_PHRASE.fullmatch(match.group(2).strip()):
        match = None  # "Tube strike: what you need to know": a guide to its subject, said by no one
    if match is not None and EXPLAINER_QUESTION.fullmatch(match.group(2).strip()):
        match = None  # "Thames Water: what happens if it collapses?": the article's question about its subject
    found, _ = find_in_doc(doc, 0, text, quotes, headline=True)
    named_at_colon = match is not None and any(
        m[3] in HEADLINE_SPEAKERS and not text[m[2] : match.end(1)].strip()
        for m in resolver._within(0, 0, match.end(1))
    )
    if (
        match is not None
        and not named_at_colon
        and any(
            f.speaker is not None
            and f.speaker[1] >= match.start(2)
            and not text[match.start(2) : f.speaker[1]].strip()
            and f.cue_token is not None
            and f.cue_token.dep_ == "ROOT"
            for f in found
        )
    ):
        # "Kelham University cuts: staff warn of 'vandalism'": a topic before the colon, and the words after it open
        # with their own speaker and cue (but "John McCain: Populist anger appeals to …" is McCain's words)
        match = None
    if match is not None:
        before = [m for m in resolver._within(0, 0, match.end(1)) if m[3] in HEADLINE_SPEAKERS]
        # "Mayor Susan Ortiz: …", "Rovers lose at home – the manager Sanna Leinonen: …": the name opening the
        # headline, or opening the part after its last dash, right before the colon (not "X praises Y: …")
        dash = max((m.end() for m in re.finditer(r"\s[—–-]\s", text[: match.end(1)])), default=None)
        named = [
            m
            for m in before
            if dash is not None
            and m[1] >= dash
            and _words(text[dash : m[1]]) <= 3
            and not text[m[2] : match.end(1)].strip()
        ] or [m for m in before if _words(text[: m[1]]) <= 2 and not TOPIC_NOUN.fullmatch(text[m[2] : match.end(1)])]
        start, end = _trim(text, match.start(2), match.end(2))
        if named:
            return [Found(0, start, _drop_final_stop(text, start, end), ":", (0, named[0][1], named[0][2]))]
        # a name the recogniser missed, before a quotation: "Okafor: ‘We will appeal’"
        if HEADLINE_NAME.fullmatch(match.group(1)) and any(a == start for a, _, _ in quotes):
            return [Found(0, start, _drop_final_stop(text, start, end), ":", (0, match.start(1), match.end(1)))]
    lead = next((q for q in quotes if q[0] <= 1 and q[2]), None)
    colon = re.match(r"\s*:\s+", text[lead[1] :]) if lead is not None else None
    if colon is not None:  # "‘We can’t build our way out’: housing minister on the crisis"
        after = lead[1] + colon.end()
        words = [t for t in doc if t.idx >= after]
        kinds = ("NOUN", "PROPN", "ADJ", "DET", "NUM")
        run = list(takewhile(lambda t: t.pos_ in kinds and not t.is_punct, words))
        talk = run[-1].lower_ in HEADLINE_LABELS or run[-1].lemma_.lower() in TALKING_WORDS if run else False
        if talk and len(words) > len(run) + 1 and words[len(run)].lower_ == "with":
            # "‘…’: an interview with Minister Ruth Okafor", "‘…’: a conversation with gallery director Ann Lee": the
            # one interviewed, not the interview
            run = list(takewhile(lambda t: t.pos_ in kinds and not t.is_punct, words[len(run) + 1 :]))
        if run and any(t.pos_ in ("NOUN", "PROPN") for t in run):
            start, end = _trim(text, *lead[:2])
            return [Found(0, start, end, ":", (0, run[0].idx, run[-1].idx + len(run[-1].text)), source_token=run[-1])]
    for f in found:
        _widen_to_quotes(f, quotes)  # "Coroner warns of 'missed chances'": the quotation whole, marks and all
    return [
        f
        for f in found
        if f.speaker is not None
        and not _headline_verb_read_as_noun(f.source_token)
        and not (
            f.cue_token is not None and _lemma(f.cue_token) in STANCE_VERBS and _bare_topic(doc, text, f.start, f.end)
        )
    ]


def _bare_topic(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether what a headline's subject backs or rejects is one common noun of no one who speaks, with nothing on
    it ("Downing Street backs expansion", "Union rejects offer"): a topic the story goes on to tell, no content of its
    own."""
    words = text[start:end].split()
    if len(words) != 1 or not words[0].isalpha() or not words[0].islower():
        return False
    token = next((t for t in doc if t.idx == start), None)
    # (not a body or a person it takes to task: "Coroner criticises hospital")
    return token is not None and token.pos_ == "NOUN" and token.tag_ == "NN" and not _can_speak(token)


# Verbs a headline puts in the present after its subject ("Minister rejects calls to resign"), which the parse may
# read as a plural noun ending the subject: no plural of theirs is a speaker.
HEADLINE_VERBS = frozenset(
    """reject slam deny hail blast dismiss criticise criticize defend praise condemn welcome accuse urge warn vow
    insist admit attack rule""".split()
)


def _headline_verb_read_as_noun(token) -> bool:
    """Whether a headline's speaker ends in its verb read as a plural noun: "Minister rejects" of "Minister rejects
    calls to resign" (the parse made "calls" the cue)."""
    return (
        token is not None
        and token.tag_ == "NNS"
        and token.lemma_.lower() in HEADLINE_VERBS
        and token.i > 0
        and token.nbor(-1).pos_ in ("NOUN", "PROPN")
        and token.nbor(-1).is_title
    )


# A live page's clock time with its time zone, and the mark or space after it ("11:02 GMT: ", "9:30 ET - ").
CLOCK_ZONE_ENTRY = re.compile(r"\s*(?:[A-Z]{2,4}T|UTC|ET|PT|CT)\b(?:\s*[-—–:]\s|\s+(?=[A-Z\"“‘']))")


def _entry_end(doc: Doc | None, text: str) -> int:
    """Where the date or time opening a chronology's or a live report's entry ends, with its dash or colon ("11:30 -
    A man …", "March 2019: An inspection …") or a live page's clock time with none ("16:55 Lee told the BBC …");
    0 when the paragraph opens no such entry."""
    clock = CLOCK_ENTRY.match(text)
    if clock is not None and (zoned := CLOCK_ZONE_ENTRY.match(text, clock.end())) is not None:
        return zoned.end()  # "11:02 GMT: A spokesman said …": the zone is the time's, not a speaker
    if clock is not None and (after := AFTER_CLOCK_ENTRY.match(text, clock.end())) is not None:
        return after.end() - 1
    first = next((e for e in doc.ents if e.start_char <= 1), None) if doc is not None else None
    clock = first is not None and re.fullmatch(r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?", first.text)
    if first is None or (first.label_ not in ("DATE", "TIME") and not clock):
        return 0
    match = ENTRY_AFTER_DATE.match(text, first.end_char)
    return match.end() if match else 0


def quotes_table(article, docs: list[Doc], mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """quotes.csv for an article: one row per attribution (see QUOTE_COLUMNS)."""
    numbers = [p.number for p in article.paragraphs]
    texts = [doc_text(doc) for doc in docs]
    single = uses_single_quotes("\n".join(texts))
    # a paragraph with a sentence that opens on a single mark and no double mark quotes with single marks, whatever
    # the rest does ("Staff agree. 'It was the right call,' said one curator." in a story quoting with double marks)
    quotes = [quote_spans(t, single or _quotes_with_single_marks(t)) for t in texts]
    if numbers and numbers[0] == 0 and not single and uses_single_quotes(texts[0]):
        quotes[0] = quote_spans(texts[0], True)  # headlines quote with single marks: Ortiz: ‘Fares Will Not Rise’
    body = [doc if number != 0 else None for doc, number in zip(docs, numbers)]
    found = _assemble(body, texts, quotes)
    for f in found:  # "VELNA, Oct 9 - Civic Union won …, results showed": the dateline is the reporter's, not said
        opening = max(dateline_end(texts[f.para]), _entry_end(docs[f.para], texts[f.para]))  # or "11:30 - A man …"
        f.start = max(f.start, min(opening, f.end if f.end_para == f.para else f.start))
        if f.speaker is not None:  # "16:55 Lee told the BBC …": Lee, not the time
            entry = _entry_end(docs[f.speaker[0]], texts[f.speaker[0]])
            if f.speaker[1] < entry < f.speaker[2]:
                f.speaker = (f.speaker[0], entry, f.speaker[2])
    resolver = SpeakerResolver(docs, texts, numbers, quotes, mentions)
    if numbers and numbers[0] == 0:
        found = headline_attributions(docs[0], texts[0], quotes[0], resolver) + found
    rows = []
    for f in found:
        content_end = f.end if f.end_para == f.para else len(texts[f.para])
        kind = kind_of(texts[f.para], f.start, content_end, quotes[f.para])
        text = said_text(texts, quotes, f, kind == "direct" and not f.verbatim)
        kind = "direct" if f.verbatim else kind
        if numbers[f.para] == 0 and kind == "direct" and f.cue_token is not None and f.cue_token.idx < f.start:
            kind = "partial"  # a headline's "Hollande says Trump ‘Makes You Want To Retch’": words cut, title-cased
        if (
            kind == "direct"
            and numbers[f.para] != 0
            and not f.verbatim
            and _a_title(text)
            and not _spoken(f, text)
            and not _line_called_out(f, docs[f.para])
        ):
            continue  # wrote “Bread and Water”, chanted “Build The Wall”: a title or a slogan, nothing said
        if resolver.sport and _unattributed_forecast(f):
            continue  # a sport report's "They are expected to meet again in the final": the reporter's forecast
        speaker, speaker_text = resolver.resolve(f)
        if f.speaker is not None and speaker is not None:
            para, start, end = f.speaker
            # "The Advisory, Conciliation and Arbitration Service (Acas) says": the parse's phrase cut at a comma
            # inside the name; the speaker as written runs to the end of the name's mention
            longer = (m for m in resolver.mentions if m[0] == para and start <= m[1] < end < m[2] and m[4] == speaker)
            mention = next(longer, None)
            # (not over a verb: "Marco Rubio Responds To Question", a headline's words read as one name)
            rest = docs[para].char_span(end, mention[2], alignment_mode="expand") if mention is not None else None
            if rest is not None and any(t.pos_ in ("VERB", "AUX") for t in rest):
                mention = None
            if mention is not None and speaker_text == texts[para][start:end]:
                f.speaker = (para, start, mention[2])
                speaker_text = texts[para][start : mention[2]]
        rows.append(
            {
                "paragraph": numbers[f.para],
                "end_paragraph": numbers[f.end_para],
                "start_char": f.start,
                "end_char": f.end,
                "text": text,
                "kind": kind,
                "cue": f.cue,
                "speaker": speaker,
                "speaker_text": speaker_text,
                "speaker_paragraph": numbers[f.speaker[0]] if f.speaker else None,
                "speaker_start": f.speaker[1] if f.speaker else None,
                "speaker_end": f.speaker[2] if f.speaker else None,
                "tone": (stance_tone(f) if f.end_para == f.para else None) or tone(text),
            }
        )
    rows = [r for r in rows if not _topic_label(r, rows)]
    _lead_speaker_named(rows, resolver, numbers)
    _lead_description_titled(rows, resolver, numbers)
    _headline_speakers_named(rows, resolver.people, resolver.organisations, resolver)  # with the lead's speaker named
    _another_of_the_same(rows)
    _spokespeople_of_one_body(rows)
    nullable = ("speaker_paragraph", "speaker_start", "speaker_end")
    if not rows:
        return pd.DataFrame(columns=QUOTE_COLUMNS).astype(dict.fromkeys(nullable, "Int64"))
    columns = {c: [r[c] for r in rows] for c in QUOTE_COLUMNS}  # a table built by columns: a fifth of the time
    return pd.DataFrame({c: pd.array(v, dtype="Int64") if c in nullable else v for c, v in columns.items()})


# Small words a title keeps in lower case ("Bread and Water", "Gone with the Wind").
TITLE_JOINERS = frozenset("a an and the of in on at to for with by or nor but from as".split())


def _a_title(text: str) -> bool:
    """Whether a quotation is the title of a work or a slogan, not a sentence said: two to six words, each
    capitalised but the small joining words, no question or exclamation (“Bread and Water”, “Paper Moon,”)."""
    # (quotation marks written as apostrophes, ''Bridge of Spies,'' or ‘Paper Moon.’, are no part of a word)
    words = [w.strip("'’") for w in re.findall(r"[\w'’-]+|[!?]", text)]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 6 or any(w in "!?" for w in words):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_JOINERS for w in words)


# Verbs that give a title or a slogan, not a line spoken: "“Salt and Iron,” the album's opener, reads".
NOT_SPOKEN = frozenset("write chant sing read post tweet title call".split())


def _spoken(found: Found, said: str) -> bool:
    """Whether a short quotation in capitals is a line spoken, not a title: it ends on a comma inside its marks and
    a verb of speaking follows it as its cue (“We Will Win,” she said)."""
    cue = found.cue_token
    if cue is None or said.rstrip("”’\"' ")[-1:] != "," or not 0 <= cue.idx - found.end <= 40:
        return False
    return _lemma(cue) in SAYING_VERBS and _lemma(cue) not in NOT_SPOKEN


# Verbs of saying out loud whose short line in sentence case is said, not a title ("chanted “Come on England”").
CALLING_OUT = frozenset("chant shout yell scream cry roar".split())


PLAIN_NAMES = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"})  # of people, places and bodies, not titles


def _line_called_out(found: Found, doc: Doc) -> bool:
    """Whether a short quotation that looks like a title is a line called out: a verb of calling out is its cue and
    it is written in sentence case, only its first word and names capitalised (fans chanted “Come on England”; not
    “Save Our Club”, whose words are capitalised as a title's are)."""
    cue = found.cue_token
    if cue is None or _lemma(cue) not in CALLING_OUT or found.end_para != found.para:
        return False
    words = [t for t in doc if found.start <= t.idx < found.end and t.is_alpha]
    later = [t for t in words[1:] if t.text[:1].isupper()]
    return bool(later) and all(t.ent_type_ in PLAIN_NAMES or (t.pos_ == "PROPN" and not t.ent_type_) for t in later)


# Past forms of verbs of saying that no ending gives, as `_stem` writes their stems.
IRREGULAR_PASTS = {
    "told": "tell",
    "said": "say",
    "wrote": "write",
    "writes": "write",
    "writing": "write",
    "spoke": "speak",
    "swore": "swear",
}


def _stem(verb: str) -> str:
    """A verb of saying without its ending, to tell one verb in two forms ("denies", "denied", "deny": "deny"); a
    final doubled letter is written once, as "admitted" doubles the t of "admits" (a key to compare, not a word)."""
    verb = verb.lower()
    if verb in IRREGULAR_PASTS:
        verb = IRREGULAR_PASTS[verb]  # "Water boss tells MPs …" and "… has told MPs"
    for ending, put in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            verb = verb[: -len(ending)] + put
            break
    return verb[:-1] if len(verb) > 3 and verb[-1] == verb[-2] else verb


def _plain(text: str) -> str:
    """Words of a text in lower case, marks and punctuation aside, to find a quotation again."""
    return " ".join(re.findall(r"\w+", text.lower()))


# What a headline's description after a colon owns when the story is that one person's: "‘I never thought I would
# see the sea again’: a survivor's story".
OWN_STORY = re.compile(r"['’]s?\s+(?:own\s+)?(?:story|account|ordeal|journey|life|tale|battle|fight|diary|letter)\b")


def _story_of(headline: str, end: int | None) -> bool:
    """Whether a headline's speaker, ending at `end`, owns the story told ("a survivor's story", "one nurse's
    ordeal"): the story is that person's, so the one person the body quotes in quotation marks is who speaks."""
    return end is not None and OWN_STORY.match(headline, int(end)) is not None


def _headline_speakers_named(
    rows: list[dict],
    people: set[str],
    organisations: set[str] = frozenset(),
    resolver: SpeakerResolver | None = None,
) -> None:
    """A headline's speaker given by a description ("Former port chief denies fraud", "‘I never wanted this’: the
    baker who …") is the person the story names saying it: the speaker of the body's quotation that repeats the
    headline's, or, for a description of a person, of the first statement in the body with the headline's verb
    ("Graham Lee, 61, denies three charges"), or, for a quotation before a colon ("‘We cannot keep patching up the
    roads’: council leader on …"), the one person the body quotes in quotation marks when the body names that person
    with the description's noun ("became leader of Kent County Council") or the story is the description's ("‘I
    never thought I would see the sea again’: a survivor's story"). A description of a body ("Retailer admits
    hackers stole data") is the organisation heard first in the story's first paragraph ("Harlow & Finch has
    confirmed that …"), or first with the headline's verb."""
    body = [r for r in rows if r["paragraph"] != 0 and r["speaker"] in people]
    bodies = [r for r in rows if r["paragraph"] != 0 and r["speaker"] in organisations]
    lead = min((r["paragraph"] for r in rows if r["paragraph"] != 0), default=None)
    for row in rows:
        if row["paragraph"] != 0 or not row["speaker_text"]:
            continue
        words = row["speaker_text"].lower().split()
        # a headline's common noun a reader took for a name is still a description ("Retailer admits …")
        described = len(words) <= 3 and words[-1] in ORG_NOUNS and row["speaker"].lower() == words[-1]
        if row["speaker"] in people | organisations and not described:
            continue
        said = _plain(row["text"])
        repeated = [r for r in body if len(said) >= 12 and r["kind"] == "direct" and said in _plain(r["text"])]
        if not repeated and row["cue"] != ":" and resolver is not None and _describes_a_person(words[-1]):
            # "NSW Premier says …": the one person the body names with the title ("New South Wales Premier Chris
            # Minns promised …"), before anyone else the body has say something
            titled = {r["speaker"] for r in body if resolver.named_with(r["speaker"], words[-1], words[:-1])}
            repeated = [r for r in body if r["speaker"] in titled][:1] if len(titled) == 1 else []
        if not repeated and row["cue"] != ":" and _describes_a_person(words[-1]):
            repeated = [r for r in body if r["cue"] and _stem(r["cue"]) == _stem(row["cue"])][:1]
        if not repeated and row["cue"] == ":" and resolver is not None and _describes_a_person(words[-1]):
            direct = {r["speaker"] for r in body if r["kind"] == "direct"}
            own = _story_of(resolver.texts[0], row["speaker_end"])
            if len(direct) == 1 and (own or resolver.named_with(next(iter(direct)), words[-1], words[:-1])):
                repeated = [r for r in body if r["kind"] == "direct"][:1]
        if not repeated and row["cue"] != ":" and len(words) <= 3 and words[-1] in ORG_NOUNS:
            # a council, court, party … only one whose name says so ("Council says no" is no developer's)
            named = [r for r in bodies if words[-1] not in NAMED_KINDS or words[-1] in r["speaker"].lower().split()]
            repeated = [r for r in named if r["cue"] and _stem(r["cue"]) == _stem(row["cue"])][:1]
            repeated = repeated or [r for r in named if r["paragraph"] == lead][:1]
        if repeated:
            row["speaker"] = repeated[0]["speaker"]


# Words before a title that make it another office than the bare title: "Opposition leader" is no council's leader,
# "deputy mayor" no mayor.
OTHER_OFFICE = frozenset("opposition shadow deputy former vice assistant".split())
# A title not written after one of those words: "Opposition leader Daniel Marsh", "vice-chairman Tom Hale" is not who
# "the leader", "the chairman" names.
NOT_AFTER_OTHER_OFFICE = "".join(f"(?<!{word}{mark})" for word in sorted(OTHER_OFFICE) for mark in " -")


# Words right before the body researchers work at: "Researchers at the University of Sydney", "a team from UCL".
RESEARCHERS_AT = re.compile(
    r"\b(?:researchers|scientists|academics|team|experts)\s+(?:at|from|of|led\s+by)\s+(?:the\s+)?$", re.I
)
# "Another said", "A second added": one more of the unnamed sources just heard.
ANOTHER = re.compile(r"(?:another|a second|a third|a fourth)(?:\s+(?:one|source|official|insider|member))?", re.I)
# An unnamed source of a named body: "A Labour source", "an Ofcom official", "One club insider".
UNNAMED_SOURCE = re.compile(r"(?:a|an|one)\s.*\b(?:source|official|insider|aide|figure|member)s?", re.I)


# A spokesperson the article gives no body to: "a spokesperson", "A spokesman", "the spokeswoman".
BARE_SPOKES = re.compile(r"(?:an?|the)\s+(spokes(?:person|man|woman))", re.I)
OWNED_SPOKES = re.compile(r"(?:an?|the)\s+(.+?)\s+spokes(?:person|man|woman)", re.I)
SPOKES_WORD = re.compile(r"\bspokes(?:person|man|woman)\b", re.I)


def _spokespeople_of_one_body(rows: list[dict]) -> None:
    """A spokesperson speaks for a body, so spokespeople are counted by the body they speak for: a bare "a
    spokesman" or "a spokeswoman" (no body of their own written or found) in an article whose spokespeople speak for
    no body named is, with the other bare ones, the voice of the one unnamed body ("a spokesperson said …
    A spokesman added … a spokeswoman said": one source, "a spokesperson", not three)."""
    heard = {r["speaker"] for r in rows if r["speaker"]}
    for row in rows:
        # "The Aslef spokeswoman added": the body written before the noun, whichever body was heard last
        own = OWNED_SPOKES.fullmatch(row["speaker_text"] or "")
        if own is not None and own.group(1) in heard and row["speaker"] != own.group(1):
            row["speaker"] = own.group(1)
    bare = [r for r in rows if r["speaker"] == r["speaker_text"] and BARE_SPOKES.fullmatch(r["speaker_text"] or "")]
    if not bare:
        return
    bodies = {
        r["speaker"]
        for r in rows
        if r["speaker"] != r["speaker_text"] and SPOKES_WORD.search(r["speaker_text"] or "") and r["speaker"]
    }
    if not bodies and len(bare) > 1:
        words = {BARE_SPOKES.fullmatch(r["speaker_text"]).group(1).lower() for r in bare}
        label = "a " + (words.pop() if len(words) == 1 else "spokesperson")
        for row in bare:
            row["speaker"] = label


def _another_of_the_same(rows: list[dict]) -> None:
    """ "Another said …" right after "A Labour source said …" is another source of that body: its speaker is the
    body the statement before was given to (not a person or a body called "Another")."""
    for before, row in zip(rows, rows[1:]):
        if row["speaker"] != row["speaker_text"] or not ANOTHER.fullmatch(row["speaker_text"] or ""):
            continue
        written = before["speaker_text"] or ""
        near = 0 <= row["paragraph"] - before["paragraph"] <= 1
        if near and UNNAMED_SOURCE.fullmatch(written) and before["speaker"] != written:
            row["speaker"] = before["speaker"]


# A person's name opening a paragraph with an age after it: "Graham Lee, 61, of Leeds, denies …".
AGE_AFTER_NAME = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,")
# A name of two or three capitalised words, as set after a title ("Max O'Leary")
TITLED_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}")
# A description by age ("the 23-year-old", its article taken off), with the age
AGE_WORDS = re.compile(r"(\d{1,3})[- ]year[- ]old")


def _describes_a_person(word: str) -> bool:
    """Whether a description's noun is one of a person: a title, role or work ("nurse", "striker"), or a word for
    one who does something ("climber", "survivor", "campaigner", "spokeswoman"), not a body or a document."""
    if word in PERSON_NOUNS | PERSON_DESCRIPTIONS | OCCUPATION_NOUNS or PERSON_WORD_ENDING.search(word):
        return True
    agent = len(word) > 4 and word.isalpha() and word.endswith(AGENT_ENDINGS)
    return agent and word not in ORG_NOUNS | DOCUMENT_NOUNS | FINDING_NOUNS


def _lead_speaker_named(rows: list[dict], resolver: SpeakerResolver, numbers: list[int]) -> None:
    """The person a story's first paragraph describes without a name ("A former port chief told a jury that he never
    signed the contracts") is the one the next paragraph opens by naming with an age ("Graham Lee, 61, of Leeds,
    denies …"), as court and crime reports introduce a defendant."""
    body = [i for i, n in enumerate(numbers) if n != 0]
    if len(body) < 2:
        return
    lead, after = body[0], body[1]
    text = resolver.texts[after]
    named = next((m for m in resolver.mentions if m[0] == after and m[1] == 0 and m[3] == "PERSON"), None)
    if named is None or not AGE_AFTER_NAME.match(text[named[2] :]):
        return
    for row in rows:
        written = row["speaker_text"] or ""
        words = written.lower().split()
        if (
            row["paragraph"] == numbers[lead]
            and row["speaker"] == written
            and len(words) > 1
            and words[0] in ("a", "an")
            and any(_describes_a_person(w) for w in words[1:4])
        ):
            # "A coroner has said a grandmother … ¶ Margaret Ellison, 81, … ¶ senior coroner Tanyka Rawden said":
            # the role is another person's, the one named with an age is whom the lead speaks about
            described = LEAD_DESCRIPTION.match(written)
            holder = resolver._titled(described.group(1)) if described else None
            if holder is not None and holder != named[4]:
                continue
            row["speaker"] = named[4]  # ("A nurse has told a jury …. ¶ Grace Adebayo, 34, was giving evidence")


# Words that open a description of one person by role in a story's first paragraph: "A coroner warned …", "its
# chief executive declared …", "The chief constable of Leaside Police has defended …".
LEAD_DESCRIPTION = re.compile(r"^(?:a|an|the|its|their|his|her)\s+(.+?)(?:\s+(?:of|at|for)\s+.*)?$", re.I)
# How many paragraphs after the first a story takes to name the person its first paragraph describes by role.
LEAD_NAMED_WITHIN = 2


def _lead_description_titled(rows: list[dict], resolver: SpeakerResolver, numbers: list[int]) -> None:
    """The person a story's first paragraph describes by role only ("A coroner has warned that …") is the one the
    next paragraphs first name with that role ("Senior coroner Helen Marsh told the inquest …", "Sarah Okafor, who
    became chief executive last year"), when the article gives that role to one person only."""
    body = [i for i, n in enumerate(numbers) if n != 0]
    if len(body) < 2:
        return
    lead, following = body[0], set(body[1 : 1 + LEAD_NAMED_WITHIN])
    for row in rows:
        written = row["speaker_text"] or ""
        described = LEAD_DESCRIPTION.match(written)
        if row["paragraph"] != numbers[lead] or row["speaker"] != written or described is None:
            continue
        person = resolver._titled(described.group(1))
        # (a role, not everyday work: "A neighbour said she heard a bang" is a witness the story need not name next)
        if person is None and described.group(1).split()[-1].lower() in PERSON_NOUNS | PERSON_DESCRIPTIONS:
            person = _named_bare_next(rows, resolver, body[1])
        first = next((m for m in resolver.mentions if m[4] == person), None)
        if first is not None and first[0] in following:
            row["speaker"] = person


def _named_bare_next(rows: list[dict], resolver: SpeakerResolver, para: int) -> str | None:
    """The person the paragraph after a story's lead first names bare, as the subject of what they said, with no
    title, role or description anywhere in the article ("The chief executive of Southmere Water has told MPs … ¶
    Appearing before the committee on Tuesday, Graham Pike said …"): the one the lead described, whom news style
    names only then. None when that paragraph names anyone else first or gives the speaker a role."""
    people = [m for m in resolver.mentions if m[3] == "PERSON"]
    first = next((m for m in people if m[0] == para), None)
    if first is None or any(m[4] == first[4] and m[0] < para for m in people):
        return None
    text = resolver.texts[para]
    speaks = any(
        r["speaker"] == first[4] and r["speaker_paragraph"] == resolver.numbers[para] and r["speaker_start"] == first[1]
        for r in rows
    )
    # or the subject of that paragraph's first sentence who speaks later ("Appearing before the committee, Alison
    # Grieve faced questions … ¶ “I do,” she said")
    subject = _sentence_subject_at(resolver.docs[para], first[1])
    speaks = speaks or (subject and any(r["speaker"] == first[4] for r in rows))
    before = text[: first[1]].rstrip()
    bare = (not before or before.endswith(",")) and not re.match(r"\s*[,(]", text[first[2] :])
    described = any(
        m[4] == first[4]
        and (
            re.match(r"\s*,\s*(?:a|an|the|who|whose|\d)", resolver.texts[m[0]][m[2] :])
            or _titled_here(resolver.texts[m[0]], m[1])
        )
        for m in people
    )
    return (
        first[4]
        if speaks and bare and not described and first[4] == resolver.texts[para][first[1] : first[2]]
        else None
    )


def _sentence_subject_at(doc: Doc | None, start: int) -> bool:
    """Whether the name starting at `start` is the subject of the main verb of the first sentence of the paragraph."""
    if doc is None:
        return False
    sentence = next(iter(doc.sents), None)
    token = next((t for t in doc if t.idx == start), None)
    if sentence is None or token is None or token.sent != sentence:
        return False
    return any(t.dep_ == "nsubj" and t.head == sentence.root and t.left_edge.i <= token.i <= t.i for t in sentence)


def _titled_here(text: str, start: int) -> bool:
    """Whether a name is written right after a title or a role ("Councillor Ann Lee", "manager Ann Lee"), an
    honorific aside ("Mr Pike")."""
    before = HONORIFIC_BEFORE.sub("", text[:start])
    word = re.search(r"([A-Za-z]+)\s+$", before)
    if word is None or word.start() == 0 and not before[: word.start()].strip():
        return False
    return word.group(1).lower() in PERSON_NOUNS | PERSON_DESCRIPTIONS or word.group(1).istitle()


# Words that make a headline's words after a colon someone's own: a quotation mark, the first or second person, or
# a modal verb of a claim or demand ("Mayor Susan Ortiz: the plan will save the town centre").
OWN_WORDS = re.compile(
    rf"[\"“”‘’']|\b(?:{PERSONAL_WORDS}|will|won't|won’t|would|must|should|can|can't|can’t|cannot|could)\b", re.I
)


def _topic_label(row: dict, rows: list[dict]) -> bool:
    """Whether a headline's "Name: …" row names a topic, not a speaker ("Storm Ciaran: schools closed in Jersey"):
    the words after the colon are no one's own (OWN_WORDS) and the article never has the name say anything else."""
    if row["paragraph"] != 0 or row["cue"] != ":" or OWN_WORDS.search(row["text"]):
        return False
    return not any(other is not row and other["speaker"] == row["speaker"] for other in rows)


def said_text(texts: list[str], quotes: list[list[tuple[int, int, bool]]], found: Found, direct: bool) -> str:
    """What was said, as a reader quotes it: the text from the start of the content to its end (paragraphs joined by
    a blank line); of a direct quotation, only its quoted parts, joined by a space, without the reporter's words
    that interrupt it ("“A,” said Smith, the mayor. “B.”" -> "“A,” “B.”")."""
    parts = []
    for p in range(found.para, found.end_para + 1):
        start = found.start if p == found.para else 0
        end = found.end if p == found.end_para else len(texts[p])
        if not direct:
            gap = found.gap if found.gap is not None and p == found.para and start <= found.gap[0] else None
            parts.append(
                f"{texts[p][start : gap[0]].rstrip()} {texts[p][gap[1] : end].lstrip()}" if gap else texts[p][start:end]
            )
            continue
        inside = [(max(a, start), min(b, end)) for a, b, _ in quotes[p] if a < end and start < b]
        # a title or name quoted in the cue clause between two quotations is no part of what was said ("“A,” he
        # said on the BBC's “Morning Desk.” “B.”")
        cue = found.cue_token
        cue = cue if cue is not None and p == found.para and doc_text(cue.doc) == texts[p] else None
        inside = [
            q
            for k, q in enumerate(inside)
            if not k
            or cue is None
            or not (inside[0][1] <= cue.idx < q[0] and _quoted_in_passing(texts[p], inside[k - 1][1], q[0], cue))
        ]
        pieces = [texts[p][a:b] for a, b in inside] or [texts[p][start:end]]
        parts.append(" ".join(pieces))
    return "\n\n".join(parts)


def _dedupe(found: list[Found], text: str, quotes: list[tuple[int, int, bool]]) -> list[Found]:
    """Attributions of one paragraph without repeats: of two with overlapping contents, the one whose content
    is larger is kept (a clause nested in another's content is part of it); but a quotation that closes the larger
    content right after a verb of saying of its own is a statement of its own ("… the staff knew the rules well,
    saying, “…”": two)."""
    found = sorted(found, key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for f in found:
        outer = [
            k
            for k in kept
            if k.start <= f.start and f.end <= k.end and (k.cue != "according to" or f.cue == "according to")
        ]
        if outer and (
            (cut := _quotation_said_inside(outer[-1], f, text, quotes)) is not None
            or (cut := _went_on_saying(outer[-1], f, text)) is not None
            or (cut := _relative_said_inside(outer[-1], f)) is not None
        ):
            outer[-1].end = cut
            subject = f.source_token
            own = any(c.dep_ in SUBJECT_DEPS for c in f.cue_token.children)
            if not own and (subject is None or outer[-1].start <= subject.idx < cut):
                # "… but added, “…”", "…, saying, “…”" with no subject of its own: the first cue's speaker goes on,
                # not a word of what that speaker said
                f.speaker, f.source_token = outer[-1].speaker, outer[-1].source_token
            kept.append(f)
            continue
        if outer and not _reported_inside(outer[-1], f):
            continue
        kept.append(f)
    return kept


def _reported_inside(outer: Found, inner: Found) -> bool:
    """Whether a smaller content inside a larger one no one is named to say is a statement it reports, by a
    speaker named inside it ("Ms Mason told police that she had used the cards with permission, the jury was told":
    Ms Mason's words, the court's hearing of them no one's)."""
    cue, subject = inner.cue_token, inner.source_token
    return (
        cue is not None
        and subject is not None
        and outer.speaker is None
        and outer.cue != "according to"
        and inner.cue != "according to"
        and outer.start <= subject.idx < inner.start
        and subject.pos_ == "PROPN"
        and subject.dep_ in SUBJECT_DEPS
        and subject.head.i == cue.i
        and _lemma(cue) in ("say", "tell")
        and any(c.dep_ == "ccomp" and c.idx >= inner.start for c in cue.children)
    )


def _relative_said_inside(outer: Found, inner: Found) -> int | None:
    """The larger content's end, kept whole, when it closes on a relative clause in which another names its own
    speaker, which is then a statement of its own too ("rejected a 3 percent pay offer, which Unite said was well
    below inflation": Unite says the rest; PolNeAR annotates both, the nested one inside the other), else None.
    Cutting the larger content before the clause cost a held-out match (who said what 0.639 -> 0.638)."""
    cue = inner.cue_token
    if cue is None or cue.dep_ != "relcl" or outer.end_para != outer.para or inner.end < outer.end - 2:
        return None
    relative = next((t for t in cue.doc[cue.head.i + 1 : cue.i] if t.tag_ in ("WDT", "WP")), None)
    own = any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in cue.children)
    if relative is None or not own or not outer.start < relative.idx <= inner.start:
        return None
    return outer.end


# Verbs of saying that, joined by "and" to what a speaker said, tell the speaker going on ("said the striker was
# the best … and added that he had played through a knee problem"), not what the speaker reports of another.
GOING_ON_CUES = frozenset({"add", "say"})


def _went_on_saying(outer: Found, inner: Found, text: str) -> int | None:
    """Where the larger content ends when it closes on "and" and a verb of saying of GOING_ON_CUES with no subject
    of its own whose clause is the smaller content ("Reilly said Okafor was “the best finisher” and added that
    …": two statements, both Reilly's), else None."""
    cue = inner.cue_token
    if cue is None or outer.cue_token is None or outer.end_para != outer.para or _lemma(cue) not in GOING_ON_CUES:
        return None
    if cue.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in cue.children) or outer.cue_token.i >= cue.i:
        return None
    if not outer.start < cue.idx < inner.start or inner.end < outer.end - 2:
        return None
    if text[cue.idx + len(cue.text) : inner.start].strip(" ,:").lower() not in ("", "that"):
        return None
    join = REPORTERS_JOIN.search(text, outer.start, cue.idx)
    if join is None or "and" not in join.group():
        return None
    return join.start() if _words(text[outer.start : join.start()]) >= 3 else None


def _speaker_goes_on(found: list[Found]) -> None:
    """A cue with no subject of its own whose subject, by the parse, is a word of what another cue before it
    reports takes that cue's speaker ("Lee said the count could be “slow,” adding, “Counting takes time.”": Lee
    adds, not "the process")."""
    for f in found:
        cue, subject = f.cue_token, f.source_token
        if cue is None or subject is None or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            continue
        before = [
            k
            for k in found
            if k is not f and k.cue_token is not None and k.cue_token.i < cue.i and k.start <= subject.idx < k.end
        ]
        # (not evidence a hearing heard from someone it does not name: "The panel heard that Harker pursued the car,
        # then claimed …" is Harker's claim)
        if before and before[-1].end_para == before[-1].para and before[-1].speaker is not None:
            f.speaker, f.source_token = before[-1].speaker, before[-1].source_token


def _cue_reaches_quotation(cue: Token, opening: int, text: str, phrase: bool = True) -> bool:
    """Whether a verb of saying introduces the quotation opening at character `opening`: nothing but a comma or a
    colon stands between them, or (with `phrase`) a phrase of the verb's own ending on one ("while adding on the
    budget, “…”")."""
    gap = text[cue.idx + len(cue.text) : opening]
    if not gap.strip(" ,:"):
        return True
    if not phrase:
        return False
    words = cue.doc.char_span(cue.idx + len(cue.text), opening, alignment_mode="contract")
    if words is None or not gap.rstrip().endswith((",", ":")):
        return False
    return all(
        t.is_punct or any(a.head.i == cue.i and a.dep_ in ("prep", "advmod", "npadvmod") for a in [t, *t.ancestors])
        for t in words
    )


def _said_inside_by_bare_cue(here: list[Found], bare: list[Found], text: str, quotes) -> list[Found]:
    """The attributions of verbs of saying found with no content of their own that introduce a quotation closing
    another cue's content ("Adler said the plan was “premature” while adding on the budget, “…”"): the quotation is
    theirs, and their speaker is the other cue's, whose sentence goes on; the other content ends before them. Not
    a verb with a subject of its own ("the crowd chanted “…”"), nor one told of the noun right before it ("depicts
    a guard asking, “…”"), nor an infinitive ("planned to counter “…”": not said yet), nor one inside what a cue
    after it reports ("… and said, “No comment,” the paper reported"). They leave `bare`."""
    made = []
    for c in list(bare):
        cue = c.cue_token
        before = cue.doc[cue.i - 1] if cue.i else cue
        if (
            cue.dep_ == "acl"
            or any(d.dep_ in SUBJECT_DEPS or (d.dep_ == "aux" and d.lower_ == "to") for d in cue.children)
            or any(d.dep_ == "dobj" and d.right_edge.i == before.i for d in cue.head.children)
        ):
            continue
        outer = next(
            (
                f
                for f in here
                if f.end_para == f.para
                and f.start < cue.idx < f.end
                and f.cue_token is not None
                and f.cue_token.i < cue.i
            ),
            None,
        )
        quotation = next((q for q in quotes if q[0] > cue.idx and _cue_reaches_quotation(cue, q[0], text)), None)
        if outer is None or quotation is None or not 0 <= outer.end - quotation[1] <= 2:
            continue
        said = Found(c.para, *quotation[:2], c.cue, outer.speaker, source_token=outer.source_token, cue_token=cue)
        cut = _quotation_said_inside(outer, said, text, quotes, phrase=True)
        if cut is None:
            continue
        outer.end = cut
        bare.remove(c)
        made.append(said)
    return made


def _quotation_said_inside(
    outer: Found, inner: Found, text: str, quotes: list[tuple[int, int, bool]], phrase: bool = False
) -> int | None:
    """Where the larger content ends when a quotation closing it has a verb of saying of its own right before it
    (", saying, “…”", "but added: “…”"; with `phrase`, also after a phrase of the verb's own, see
    `_cue_reaches_quotation`), else None."""
    cue = inner.cue_token
    if cue is None or cue is outer.cue_token or outer.end_para != outer.para or _lemma(cue) not in SAYING_VERBS:
        return None
    opening = next((q for q in quotes if 0 <= inner.start - q[0] <= 1), None)
    if opening is None or not outer.start < cue.idx < opening[0] or inner.end < outer.end - 2:
        return None
    if not _cue_reaches_quotation(cue, opening[0], text, phrase):
        return None
    left = cue.left_edge.idx if outer.start < cue.left_edge.idx < cue.idx else cue.idx  # ", to which Holt replied"
    cut = REPORTERS_JOIN.search(text, outer.start, left)
    end = cut.start() if cut is not None else left
    return end if _words(text[outer.start : end]) >= 3 else None


# The words joining a reporter's clause to a verb of saying after it: ", and", " but", ", ".
REPORTERS_JOIN = re.compile(r"[\s,;:]*(?:\b(?:and|but)\b[\s,]*)?$")


# A possessive right before a name makes it a role or a work ("her Hedda Gabler", "his Hamlet"), not a person.
# "its" or "their" right before an organisation's name: a thing the speaker owns or uses ("its Telegram channel").
OWNED_BY_IT = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
OWNED_NAME = re.compile(r"(?:^|\s)(?:[Hh]er|[Hh]is|[Tt]heir)\s+$")


# A description set off by a comma after a name, up to its first "of", comma or full stop: its words may say what
# kind of organisation the name is ("Voltrane, the Swedish maker of electric vans").
APPOSITION_KIND = re.compile(
    r",\s+(?:the|a|an|(?:the\s+)?[A-Z][\w.]*['’]s)\s+((?:[\w-]+\s+){0,3}?[a-z]+)(?=\s+of\b|\s*[,.;])"
)
# A verb of saying ending the words after a name: they are a speaker closing the sentence, not a description.
CUE_AFTER_DESCRIPTION = re.compile(
    r"\s(?:said|says|told|tells|added|adds|announced|reported|stated|confirmed|warned|wrote)$", re.I
)


# Types of a name that may be a person's the recogniser misread ("“…,” Teresa Ribera said" typed as a work's title).
OTHER_NAME_TYPES = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "MISC", "LAW", "FAC"})


# The possessive ending right after a name ("MacLeod's wife").
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _within_statement(mention: tuple[int, int, int, str, str], found: Found) -> bool:
    """Whether a mention lies inside what an attribution reports."""
    para, start = mention[0], mention[1]
    if not found.para <= para <= found.end_para:
        return False
    after_start = para > found.para or start >= found.start
    before_end = para < found.end_para or start < found.end
    return after_start and before_end


# Words that open a clause of condition or time set before a statement's cue: "If Trump loses, he said he would …".
CONDITION_MARKS = frozenset("if unless when whenever once until".split())


def _fronted_condition(doc: Doc | None, mention: tuple[int, int, int, str, str], found: Found) -> Token | None:
    """The first word of the clause of condition or time set before a pronoun speaker's cue that names `mention`
    ("If Trump doesn't become the nominee, he said he would settle for …"): a part of what was said (its
    condition), so the one named in it is spoken of, not the speaker; None when the mention is in no such clause."""
    cue = found.cue_token
    if doc is None or cue is None or found.speaker is None or mention[0] != found.speaker[0]:
        return None
    span = doc.char_span(mention[1], mention[2], alignment_mode="expand")
    if span is None or span.sent.start != cue.sent.start or not mention[2] <= found.speaker[1] < cue.idx + 1:
        return None
    hosts = {cue.i, cue.head.i} | {c.i for c in cue.children if c.dep_ in CLAUSE_DEPS}
    for clause in span.root.ancestors:
        if clause.dep_ == "advcl" and clause.head.i in hosts and clause.right_edge.idx < found.speaker[1]:
            opener = next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i), None)
            if opener is not None and opener.lower_ in CONDITION_MARKS:
                return clause.left_edge
    return None


# What joins the organisations of one group ("Harvard University and the University of Cambridge").
BODIES_JOINED = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?|,\s+(?:the\s+)?")


# The place or body a title is of, then the comma before the name it is set before: " of Northfield, ", " of the
# Bank of England, ".
TITLE_OF_PLACE = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’.&-]*){0,4},\s+$"


def _name_before_description(doc, token, cue) -> Span | None:
    """The capitalised words opening a sentence that a description set between commas right before the cue names:
    "Nationwide, the UK's biggest building society, said" (whatever the parse made of "Nationwide": here an
    adverb), "Tesla, the electric carmaker run by Elon Musk, said". Only a comma-closed description says so:
    "Nationally, the society said" has none."""
    if token is None or cue is None or token.lemma_.lower() not in ORG_NOUNS | PERSON_NOUNS:
        return None
    sent = token.sent
    words = []
    for word in doc[sent.start : token.i]:
        if word.text == ",":
            break
        words.append(word)
    comma = sent.start + len(words)
    if not words or len(words) > 4 or comma + 1 >= token.i or doc[comma + 1].lower_ not in ("the", "a", "an"):
        return None
    if not all(w.text[:1].isupper() and (w.is_alpha or w.text == "&") for w in words):
        return None
    last = token.right_edge  # "Tesla, the electric carmaker run by Elon Musk, said": the description whole
    if last.text == "," and last.i > token.i:
        last = doc[last.i - 1]  # (the parse may hang the closing comma on the description)
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != "," or cue.i != last.i + 2:
        return None
    if last.i != token.i and (
        any(w.text == "," for w in doc[comma + 2 : last.i]) or any(w.tag_ in ("IN", "DT") for w in words)
    ):
        return None  # (not "In Leeds, the firm behind it, said": a place before the description names no one)
    return doc[sent.start : comma]


def _name_described(token, start: int, written: str) -> str | None:
    """The name of a speaker no entity names, without the description set after it between commas: "Canning Fok,
    the group's deputy chairman, said" is Canning Fok, as "Margherita Della Valle, Vodafone's chief executive" is
    Margherita Della Valle. Only a name of two to four capitalised words heading the mention, with the description
    its apposition; anything else stays as written."""
    if token.pos_ != "PROPN" or not any(c.dep_ == "appos" and c.i > token.i for c in token.children):
        return None
    end = token.idx + len(token) - start
    name, rest = written[:end], written[end:]
    if not rest.startswith(",") or not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}", name):
        return None
    return name


class SpeakerResolver:
    """Resolves a speaker mention to the entity it names (or stands for, for a pronoun or description)."""

    def __init__(self, docs, texts, numbers, quotes, mentions: pd.DataFrame | None):
        self.docs, self.texts, self.numbers, self.quotes = docs, texts, numbers, quotes
        # whether "the team" or "the side" may be a body of no known kind (a club named by its town): only in sport
        self.sport = is_sport_report([d for d in docs if d is not None])
        index = {n: i for i, n in enumerate(numbers)}
        self.mentions: list[tuple[int, int, int, str, str]] = []  # (para index, start, end, type, entity)
        if mentions is not None and len(mentions):
            columns = (
                mentions[c].tolist() for c in ("paragraph", "start_char", "end_char", ENTITY_TYPE_COLUMN, ENTITY_COLUMN)
            )
            # a dateline's place and agency ("OSLO, Feb 6 (Reuters) -") are no one a description stands for
            datelines = [dateline_end(t) for t in texts]
            for p, a, b, t, e in zip(*columns):
                if int(p) in index and int(a) >= datelines[index[int(p)]]:
                    self.mentions.append((index[int(p)], int(a), int(b), str(t), str(e)))
        self.mentions.sort()
        self._genders: dict[str, str] | None = None
        self._description_genders: dict[str, str | None] = {}
        self._kinds_by_entity: dict[str, set[str]] = {}
        self.plural: tuple[int, str] | None = None  # (paragraph, speaker) of the last speaker named in the plural
        # (paragraph, start, end, speaker) of each speaker phrase resolved so far: the names inside it that are not
        # its speaker describe the speaker ("Dr Sara Okon, a consultant at … Clyde") and are no one "she" stands for
        self.described: list[tuple[int, int, int, str]] = []
        # noun -> the last speaker described by it and no name ("the national disaster agency"): what "the agency"
        # after it stands for, before any organisation whose name does not say it is one
        self.unnamed: dict[str, str] = {}
        # the court a panel of judges heard speaking sat for ("a three-judge panel of the 9th Circuit"): the one "the
        # panel" after it stands for
        self.court_panel: str | None = None
        # (paragraph, start, gender, speaker) of each speaker described by a gendered word and no name ("one mother")
        self.gendered: list[tuple[int, int, str | None, str]] = []
        # (paragraph, start, noun, speaker) of each speaker described by a noun of person and no name ("one senior
        # official"): the one "the official" after it stands for
        self.unnamed_people: list[tuple[int, int, str, str]] = []
        # a qualified description ("the Conservative leader", plain party names) -> the person it was resolved to:
        # who the same description, or a party's other name for it ("the Tory leader"), stands for after it
        self.titles: dict[str, str] = {}
        self.people = {m[4] for m in self.mentions if m[3] == "PERSON"}
        self.organisations = {m[4] for m in self.mentions if m[3] == "ORG"}
        # (paragraph, start, end paragraph, end, speaker mention) of each attribution to a person resolved so far
        self.said: list[tuple[int, int, int, int, tuple[int, int, int, str, str]]] = []
        # the speaker mentions given as a surname alone of a name the recogniser did not type a person's ("Tomasz
        # Wielgosz" read as an organisation, then "Wielgosz said"): someone a "he" after it may stand for
        self.surnamed: list[tuple[int, int, int, str, str]] = []
        # (paragraph, start, speaker) of the last speaker that is an organisation or described as one ("the
        # company"), what an "it" after it in the paragraph stands for
        self.body: tuple[int, int, str] | None = None
        # (paragraph, speaker) of the last family heard ("Tom Hale's family"): what "the family" after it stands for
        self.family: tuple[int, str] | None = None
        # (paragraph, speaker) of the last speaker who spoke in a statement ("The trust said in a statement"): whom
        # "the statement said" after it stands for
        self.stated: tuple[int, str] | None = None
        # (paragraph, start, speaker) of each speaker heard by a firm's name the recogniser did not read ("Harlow
        # Foods said"): the firm "the company" after it stands for
        self.unread_firms: list[tuple[int, int, str]] = []
        # (paragraph, start, subject) of each one who speaks for a body and declined to speak ("A spokesman for the
        # White House declined to comment"), not yet heard: what a "he added" or "the spokesman said" after it
        # stands for, heard as if they had spoken there (None until the first attribution is resolved)
        self.refusals: list[tuple[int, int, Token]] | None = None

    def _inside_quote(self, para: int, start: int) -> bool:
        return any(a <= start < b for a, b, _ in self.quotes[para])

    def _maker_firm(self, token: Token, para: int) -> str | None:
        """The firm a one-word maker ("the planemaker", "the toymaker") stands for: the organisation its sentence
        names last before it, when the sentence names no person before it ("Boeing shares rose after the planemaker
        said"), and the paragraph names no person before it. Makers that are people ("the filmmaker", "the
        lawmaker", PEOPLE_MAKERS) are sought as people elsewhere."""
        if PEOPLE_MAKERS.match(token.lower_):
            return None
        before = self._within(para, token.sent.start_char, token.idx)
        firms = [m for m in before if m[3] == "ORG" and m[2] <= token.idx]
        if not firms or any(m[3] == "PERSON" for m in self._within(para, 0, token.idx)):
            return None
        return firms[-1][4]

    def _within(self, para: int, start: int, end: int) -> list[tuple[int, int, int, str, str]]:
        return [m for m in self.mentions if m[0] == para and m[1] < end and start < m[2]]

    def _last_before(
        self, para: int, start: int, types: tuple[str, ...], gender: str | None = None, kind: str | None = None
    ) -> str | None:
        """The entity of `_last_mention`."""
        mention = self._last_mention(para, start, types, gender, kind)
        return mention[4] if mention is not None else None

    def _last_mention(
        self, para: int, start: int, types: tuple[str, ...], gender: str | None = None, kind: str | None = None
    ) -> tuple[int, int, int, str, str] | None:
        """The last mention of one of `types` before (para, start), outside quotations; with
        `gender` ("m" for he, "f" for she), skipping people the article shows to be of the other gender; with
        `kind` (a description's noun, "charity"), skipping organisations whose name says they are of another kind
        (see ORG_KINDS)."""
        genders = self.genders() if gender else {}
        if kind in ORG_KINDS and "ORG" in types and (named_kind := self._last_of_kind(para, start, kind)) is not None:
            return named_kind
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or m[3] not in types:
                continue
            if self._inside_quote(m[0], m[1]):
                continue
            if gender and genders.get(m[4], gender) != gender:
                continue
            if m[3] == "PERSON" and OWNED_NAME.search(self.texts[m[0]], max(0, m[1] - 7), m[1]):
                continue  # "Her Hedda Gabler in 1971 was hailed": a role or a work, no one to speak
            if m[3] == "ORG" and OWNED_BY_IT.search(self.texts[m[0]], max(0, m[1] - 7), m[1]):
                continue  # "In a statement on its Telegram channel, it said": what "it" owns is not it
            if m[3] == "ORG" and (self._one_of_many(m) or self._made_goods(m)):
                # "an updated Apple Watch went on sale", "The drinks group, which owns Tuborg and Somersby": one of a
                # maker's goods or brands, no body to speak
                continue
            # (but not one whose relative or aide speaks: "MacLeod's wife, Catriona, says …" leaves MacLeod the one
            # the story is about, whom a "he" after it stands for)
            owner = POSSESSIVE_AFTER.match(self.texts[m[0]], m[2]) is not None
            if not owner and any(p == m[0] and a <= m[1] < b and e != m[4] for p, a, b, e in self.described):
                continue
            if (
                kind in ORG_KINDS
                and m[3] == "ORG"
                and (kinds := self._entity_kinds(m[4]))
                and not kinds & _kinds_of(kind)
            ):
                # "the council" is not the party tagged "(Labour)" nor "Maidstone Crown Court", and "the company" not
                # "Ofwat" in "Ofwat said" after "the regulator Ofwat"
                continue
            if ORG_KINDS.get(kind) == "sport" and m[3] == "ORG" and not self.sport and not self._kinds(m):
                continue  # "The team wrote in the paper": researchers, not the journal named before
            if kind == "agency" and m[3] == "ORG" and self._other_public_body(m[4]):
                continue  # "a spokesman for the agency": not "the Senate Commerce Committee" named after the agency
            if kind is not None and self._on_model(m):
                continue  # "The Boeing 737 was taxiing …, the airline said": a maker's name on its model is no body
            if kind is not None and self._made_goods(m):
                continue  # "started production of Premium Motor Spirit (PMS), the company said": goods, no body
            if kind is not None and self._made_brand(m):
                continue  # "Halden Foods, the maker of Crestwood biscuits and Marlow ready meals … the group said":
                # a brand on what the body makes is no body
            return m
        return None

    def _salient_person(
        self, para: int, start: int, gender: str | None, owner: bool = False
    ) -> tuple[int, int, int, str, str] | None:
        """The mention of the person a "he", "she" or "the 23-year-old" at (para, start) stands for: the last person
        named before it (see `_last_mention`); but a name inside what a person was just reported to say is what they
        spoke of, and the speaker goes on ("Pruitt criticised the penalty, saying the foul on Cole was minimal.
        “…,” he said": Pruitt, not Cole). `owner`: a "his" or "her" that owns the speaker ("his spokesman"), which
        may be the one a question was about ("Asked whether Starmer had overruled officials, his spokesman said")."""
        last = self._last_mention(para, start, ("PERSON",), gender)
        while last is not None and (self._asker(last, para, start) or (not owner and self._asked_about(last))):
            last = self._last_mention(last[0], last[1], ("PERSON",), gender)
        surnamed = [
            m
            for m in self.surnamed
            if 0 <= para - m[0] <= 1 and m[:2] < (para, start) and (last is None or last[:2] < m[:2])
        ]
        if surnamed:  # "Wielgosz said his party … “…,” he said": the one just heard by a surname, whatever its type
            return surnamed[-1]
        if (unread := self._unread_surname(para, start, last, gender)) is not None:
            return unread
        if last is None:
            return None
        genders = self.genders() if gender else {}
        if gender and last[4] not in genders and (known := self._known_before(last, gender)) is not None:
            if given_name_lean(last[4]) not in (None, gender):
                # "Mr Khan's lawyer, Jane Doe, said …. He said": the one shown a man, not the woman's name after him
                return known
            last = known  # "Marsh's memoir is published by Faber. In it she describes": Marsh, known a woman
        if not owner and self._owned_role_before(last, para, start):
            return None  # "McKellen's prince is a man who … When he says “…”": the prince, no one named
        if (subject := self._sentence_subject(last, para, start, gender)) is not None:
            return subject
        if (subject := self._subject_over_modifier(last, para, start, gender)) is not None:
            return subject
        for a_para, a_start, b_para, b_end, speaker in reversed(self.said):
            if (a_para, a_start) <= last[:2] < (b_para, b_end) and (b_para, b_end) <= (para, start):
                if genders.get(speaker[4], gender) == gender:
                    return speaker
                break
        return last

    def _owned_role_before(self, last: tuple[int, int, int, str, str], para: int, start: int) -> bool:
        """Whether a person's last mention before (para, start) owns the subject nearest before it, a person or a
        part played who is not named ("McKellen's prince is a man who has outlived everyone", "Stone's Hedda is
        cold", "Lee's lawyer argued the case"), and the one a "he" or "she" right after it stands for, not the owner
        nor the subject of the sentence's first clause."""
        doc = self.docs[last[0]]
        span = doc.char_span(last[1], last[2], alignment_mode="expand") if doc is not None else None
        if span is None or span.root.dep_ != "poss" or not (para == last[0] or para == last[0] + 1):
            return False
        owned = span.root.head
        if owned.dep_ not in ("nsubj", "nsubjpass"):
            return False
        role = (
            owned.pos_ == "PROPN"
            or _a_person(owned)
            or owned.lemma_.lower() in PARTS_PLAYED
            or any(c.dep_ == "attr" and (_a_person(c) or c.lemma_.lower() in PARTS_PLAYED) for c in owned.head.children)
        )
        if not role:
            return False
        between = [t for t in doc[owned.i + 1 :] if para != last[0] or t.idx < start]
        if para != last[0] and self.docs[para] is not None:
            between += [t for t in self.docs[para] if t.idx < start]
        # no other subject between them (a relative pronoun is the subject's own: "a man who has outlived")
        return not any(t.dep_ in SUBJECT_DEPS and t.tag_ not in ("WP", "WDT") and t.lower_ != "that" for t in between)

    def _unread_surname(
        self, para: int, start: int, last: tuple[int, int, int, str, str] | None, gender: str | None
    ) -> tuple[int, int, int, str, str] | None:
        """A person's surname alone written as a name after `last` and before (para, start) in the same or the
        paragraph before, where the recogniser read no name ("Emma Stone … her co-star Riley Adams … Adams laughs.
        “…,” she says": Adams, the one just written of, not Stone): that person, when one person of the article
        bears the surname and the article does not show them of the pronoun's other gender."""
        bearers: dict[str, set[str]] = {}
        for person in self.people:
            words = person.split()
            if len(words) > 1 and re.fullmatch(r"[A-Z][\w'’-]+", words[-1]):
                bearers.setdefault(words[-1], set()).add(person)
        if not bearers:
            return None
        genders = self.genders() if gender else {}
        floor = last[:2] if last is not None else (para - 1, -1)
        found = None
        for p in range(max(0, para - 1, floor[0]), para + 1):
            doc = self.docs[p]
            if doc is None:
                continue
            for token in doc:
                if (p, token.idx) <= floor or (p, token.idx) >= (para, start):
                    continue
                people = bearers.get(token.text)
                if people is None or len(people) != 1 or self._inside_quote(p, token.idx):
                    continue
                if token.pos_ != "PROPN" and token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                    continue  # (a surname opening a sentence may be read as a common noun: "Adams laughs")
                if any(m[0] == p and m[1] <= token.idx < m[2] for m in self.mentions):
                    continue  # a name the recogniser read: its mention speaks for it
                if token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
                    continue  # part of a longer name ("John Adams")
                person = next(iter(people))
                if gender and genders.get(person, gender) != gender:
                    continue
                found = (p, token.idx, token.idx + len(token.text), "PERSON", person)
        return found

    def _known_before(self, last: tuple[int, int, int, str, str], gender: str) -> tuple[int, int, int, str, str] | None:
        """A person of the pronoun's `gender`, as the article shows it, named earlier in the sentence of `last`, a
        person whose gender it does not show: the one the pronoun is surer to stand for."""
        doc = self.docs[last[0]]
        span = doc.char_span(last[1], last[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return None
        genders = self.genders()
        for m in reversed(self.mentions):
            if m[0] != last[0] or not span.sent.start_char <= m[1] < last[1] or m[3] != "PERSON":
                continue
            if genders.get(m[4]) == gender and not self._inside_quote(m[0], m[1]):
                return m
        return None

    def _asker(self, mention: tuple[int, int, int, str, str], para: int, start: int) -> bool:
        """Whether a person is the one who asks in the sentence of (para, start), which answers: "Asked backstage by
        Variety whether she had expected to win, she said": not the one "she" stands for; or the one who asked in
        the sentence right before ("Sam Dixon asked whether he would resign. He said …")."""
        doc = self.docs[para]
        if mention[0] != para or doc is None:
            return False
        opening = doc.char_span(start, start + 1, alignment_mode="expand")
        if opening is None:
            return False
        if mention[1] < opening.sent.start_char:
            # "MP Sam Dixon asked whether he would hand back his bonus. He said …": the one who asked just before
            asking = doc.char_span(mention[1], mention[2], alignment_mode="expand")
            return (
                asking is not None
                and asking.sent.end == opening.sent.start
                and _asks(asking.sent)
                and asking.root.dep_ == "nsubj"
                and asking.root.head.i == asking.sent.root.i
                # a question about someone else, who answers: "asked whether he would", not "asked the council"
                and any(t.lower_ in PRONOUN_GENDER and _asked_of_another(t) for t in asking.sent)
            )
        before = self.texts[para][opening.sent.start_char : mention[1]]
        return re.match(r"\W*asked\b(?:\s+\w+){0,3}\s+by\s+(?:[\w.]+\s+){0,4}$", before, re.I) is not None

    def _asked_about(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether a person is named inside what someone was asked ("Asked whether Saka was the best winger, the
        Arsenal manager smiled"): the one asked answers, not the one asked about."""
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        asked = next((t for t in span.root.ancestors if t.dep_ == "advcl" and t.lemma_.lower() == "ask"), None)
        return asked is not None and asked.tag_ == "VBN" and not any(c.dep_ == "agent" for c in asked.children)

    def _subject_of_saying_lead(self, found: Found, pronoun: Token, gender: str | None) -> str | None:
        """The person a "he" or "she" cue after a quotation stands for when a participle of saying leads into the
        quotation ("Striker Joe Grey paid tribute to Sarll, writing on social media, “…,” he posted"; "Hill,
        speaking after the match, …"): the one who writes or speaks is the subject of the clause the participle
        belongs to, the quotation is what they wrote or said, and the cue's pronoun is that subject, whoever was
        named last before it."""
        doc = self.docs[found.para]
        if doc is None or pronoun.dep_ not in SUBJECT_DEPS or pronoun.idx < found.end:
            return None
        text = self.texts[found.para]
        if not any(a == found.start for a, _, _ in self.quotes[found.para]) or not re.match(
            r"\W*[A-Z]", text[found.start :]
        ):
            return None  # the quotation opens as a sentence does, right where what was said begins
        before = [t for t in doc if t.idx + len(t.text) <= found.start and not t.is_space]
        while before and before[-1].text in (",", ":", "."):
            before.pop()
        if not before:
            return None
        last = before[-1]
        participle = next(
            (
                t
                for t in (last, *last.ancestors)
                if t.tag_ == "VBG"
                and _lemma(t) in SAYING_VERBS | TALKING_VERBS
                and t.dep_ in ("advcl", "xcomp", "conj")
            ),
            None,
        )
        if participle is None or participle.idx >= found.start:
            return None
        clause = participle.head
        if clause.i == pronoun.head.i:  # the participle hung on the cue: the clause before it, which the parse
            # made the cue's ("Grey paid tribute, writing …, “…,” he posted")
            clause = next((c for c in clause.children if c.dep_ in ("ccomp", "conj") and c.i < participle.i), None)
        if clause is None:
            return None
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < participle.i), None)
        if subject is not None and subject.dep_ == "nsubjpass":
            # "Hale was praised by Bruce, writing in the programme": the one who does it writes, not the one it is
            # done to
            agent = next((c for c in clause.children if c.dep_ == AGENT_DEP and c.i < participle.i), None)
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subject is None or subject.lower_ in PRONOUNS_PERSON:
            return None
        a, b = _noun_phrase(subject)
        hits = [m for m in self._within(found.para, a, b) if m[3] == "PERSON"]
        if not hits and _a_description(subject):
            # "The striker paid tribute, writing on social media, “…,” he posted": the one the description stands
            # for, found as for "the striker said"
            lead = Found(found.para, found.start, found.end, found.cue, (found.para, a, b), source_token=subject)
            described, _ = self._resolve(lead)
            if described not in self.people or (gender and self.genders().get(described, gender) != gender):
                return None  # (a description no one named answers to is left to the other ways)
            return described
        if not hits or (gender and self.genders().get(hits[-1][4], gender) != gender):
            return None
        return hits[-1][4]

    def _speaker_adding(self, found: Found, pronoun: Token, gender: str | None) -> str | None:
        """The person a "he added" or "she went on" after a quotation stands for when the paragraph heard someone
        before it and the reporter's words in between name someone else ("“I have never lost an election,” said
        Grant. Hale has lost two. “And I do not plan to start now,” he added."): a verb of going on says the one
        who spoke last goes on speaking, when that attribution is this paragraph's and the last one heard, a person
        known to be of the pronoun's gender. None otherwise (a "he added" opening its paragraph is left to the other
        ways)."""
        cue = found.cue_token
        if cue is None or pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.i != cue.i or pronoun.idx < found.end:
            return None
        if not (
            _lemma(cue) in ("add", "continue") or (_lemma(cue) == "go" and any(c.lower_ == "on" for c in cue.children))
        ):
            return None
        if not self.described or found.speaker is None:
            return None
        para, start, _, speaker = self.described[-1]
        if para != found.para or start >= found.start or speaker not in self.people:
            return None
        if gender and self.genders().get(speaker) != gender:
            return None  # (a speaker of no known gender is left to the other ways)
        return speaker

    def _sentence_subject(
        self,
        last: tuple[int, int, int, str, str],
        para: int,
        start: int,
        gender: str | None,
        kind: str = "PERSON",
    ) -> tuple[int, int, int, str, str] | None:
        """The person (or with `kind` "ORG" the organisation) who is the subject of the main clause of the sentence
        where `last` is named, when that is someone else and a sentence before the one at (para, start): "Frost
        announced a recount after Hale's agent asked for one. He told candidates…" is Frost's, the one the sentence
        is about, not Hale; "The agency issued a warning for the Acme plant. …, it said" is the agency's."""
        doc = self.docs[last[0]]
        span = doc.char_span(last[1], last[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return None
        sent = span.sent
        if last[0] == para and start < sent.end_char:
            return None
        genders = self.genders() if gender else {}
        for m in self.mentions:
            if m[0] != last[0] or not sent.start_char <= m[1] < sent.end_char or m[3] != kind or m[4] == last[4]:
                continue
            if self._inside_quote(m[0], m[1]) or (gender and genders.get(m[4], gender) != gender):
                continue
            root = doc.char_span(m[1], m[2], alignment_mode="expand")
            root = root.root if root is not None else None
            if root is not None and root.dep_ == "appos":
                root = root.head
            if root is not None and root.dep_ in SUBJECT_DEPS and root.head.i == sent.root.i:
                return m
        # the main clause's subject, or that of a clause joined to it ("…, and on Friday she plays … at Glastonbury")
        clauses = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        if self._inside_quote(last[0], sent.root.idx):
            # "“Too forced?” he tweeted when Clinton posted a selfie": the parse made the quotation the main clause
            # and hung the cue on it; the cue's clause is the reporter's main one
            clauses += [
                c
                for c in sent.root.children
                if c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB" and not self._inside_quote(last[0], c.idx)
            ]
        pronoun = next(
            (c for v in clauses for c in v.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")), None
        )
        described = next((c for v in clauses for c in v.children if c.dep_ == "nsubj" and _describes_one(c)), None)
        if kind == "PERSON" and described is not None and described.idx < last[1]:
            # "The British number one saved two set points before breaking Zverev. “…,” the 24-year-old said": the
            # one the sentence's description stands for, not the person named after it
            # (not a description that names its person itself: "The party chairman Liisa Aho", nor one the parse
            # cut from the name it runs into, two subjects: "The Brazilian winger Lucas Moura also joined")
            left, right = described.left_edge.idx, described.right_edge.idx + len(described.right_edge.text)
            if not self._inside_quote(last[0], described.idx) and not any(
                m[0] == last[0] and m[3] == "PERSON" and left <= m[1] <= right + 1 for m in self.mentions
            ):
                return self._salient_person(last[0], described.left_edge.idx, gender)
        if kind == "PERSON" and gender and pronoun is not None and pronoun.idx < last[1]:
            # "Graham Tilley has not found a job. He volunteers …, helping Price identify the moulds. “…,” he says":
            # the one the sentence's "he" stands for, not the person named after it
            if gender == ("m" if pronoun.lower_ == "he" else "f") and not self._inside_quote(last[0], pronoun.idx):
                return self._salient_person(last[0], pronoun.idx, gender)
        return None

    def _subject_over_modifier(
        self, last: tuple[int, int, int, str, str], para: int, start: int, gender: str | None
    ) -> tuple[int, int, int, str, str] | None:
        """The person who is the subject of the main clause, when the pronoun at (para, start) is in the same
        sentence and the last person named before it only qualifies a common noun ("Chris Christie, a staunch
        Donald Trump ally, acknowledged some plagiarism even as he defended Melania Trump": Christie; a name used as
        a modifier, "a Trump ally", "the Obama administration", is seldom the one a pronoun after it stands for)."""
        doc = self.docs[para]
        if last[0] != para or doc is None:
            return None
        span = doc.char_span(last[1], last[2], alignment_mode="expand")
        if span is None or span.root.dep_ != "compound" or span.root.head.pos_ != "NOUN":
            return None
        sent = span.sent
        if not sent.start_char <= start < sent.end_char:
            return None
        genders = self.genders() if gender else {}
        for m in self.mentions:
            if m[0] != para or not sent.start_char <= m[1] < last[1] or m[3] != "PERSON" or m[4] == last[4]:
                continue
            if self._inside_quote(m[0], m[1]) or (gender and genders.get(m[4], gender) != gender):
                continue
            root = doc.char_span(m[1], m[2], alignment_mode="expand")
            root = root.root if root is not None else None
            if root is not None and root.dep_ in SUBJECT_DEPS and root.head.i == sent.root.i:
                return m
        return None

    def _sentence_before(self, para: int, start: int) -> tuple[int, Span] | None:
        """(paragraph, sentence) of the sentence right before the one at (para, start): the paragraph's, or the last
        of the paragraph before; None at the article's start."""
        doc = self.docs[para]
        here = _sentence_of(doc, start) if doc is not None else None
        if here is None:
            return None
        if here.start > 0:
            return para, doc[here.start - 1].sent
        if para > 0 and self.docs[para - 1] is not None and len(self.docs[para - 1]):
            return para - 1, self.docs[para - 1][-1].sent
        return None

    def _one_of_many(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether a name is written with "a" or "an" on it ("an updated Apple Watch", "a Galaxy S25"): one of many
        things of that name, goods a body makes, never the body itself (which is "the" one, or bare)."""
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children)

    def _subject_of_governing_clause(self, pronoun: Token, para: int) -> str | None:
        """The organisation that is the subject of the clause an "it" clause hangs on, in the same sentence ("Apple
        unveiled …, as it seeks to revive sales", "Tesla cut prices and it said …"): a subject goes on being what
        the clauses joined to its sentence are about, before anything named as an object in between. None when that
        subject is no organisation (a person, a thing) or lies in a quotation."""
        if pronoun.dep_ not in SUBJECT_DEPS:
            return None
        verb = pronoun.head
        hops = 0
        while verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            hops += 1
        if not hops:
            return None
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
        for subject in subjects:
            if self._inside_quote(para, subject.idx):
                continue
            for m in self.mentions:
                if m[0] == para and m[1] <= subject.idx < m[2] and m[3] == "ORG":
                    return m[4]
            for p, a, b, speaker in reversed(self.described):
                if p == para and a <= subject.idx < b and speaker in self.organisations:
                    return speaker
        return None

    def _subject_of_sentence_before(self, para: int, start: int, unread: bool = False) -> str | None:
        """The organisation or place that is the subject of the main clause of the sentence right before the one at
        (para, start) (the paragraph's, or the last of the paragraph before), when no organisation is named between
        it and (para, start): a name, or a description heard as a speaker ("The company … said"); None when the
        subject is anything else or lies in a quotation. With `unread`, also a name no recogniser read that was
        heard as a speaker there ("Celtic have condemned …")."""
        before = self._sentence_before(para, start)
        if before is None:
            return None
        before_para, sent = before
        if any(
            m[0] == para and m[1] < start and m[3] == "ORG" and (m[0], m[1]) > (before_para, sent.end_char)
            for m in self.mentions
        ):
            return None
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or self._inside_quote(before_para, subjects[0].idx):
            return None
        subject = subjects[0]
        for m in self.mentions:
            if m[0] == before_para and m[1] <= subject.idx < m[2]:
                if m[3] == "ORG" and self._one_of_many(m):
                    return None  # "An updated Apple Watch went on sale": goods, no body
                if m[3] == "GPE":  # "Halden, based in Wakefield, employs": Halden Foods named short, as a place
                    return self._organisation_opening(m[4]) or m[4]
                return m[4] if m[3] == "ORG" else None
        for p, a, b, speaker in reversed(self.described):
            if p == before_para and a <= subject.idx < b:
                # (a name no recogniser read may be tagged an adjective: "Celtic")
                proper = subject.pos_ in ("PROPN", "ADJ") and subject.text[:1].isupper()
                if unread and proper and speaker == self.texts[p][a:b] and speaker not in self.people:
                    return speaker
                return speaker if speaker in self.organisations else None
        if (
            subject.is_lower  # (a parse may tag it a proper noun: "defence ministry")
            and subject.lemma_.lower() in PUBLIC_BODY_KINDS | STATE_BODIES
            and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in subject.children)
        ):
            # "Russia's defence ministry gave a different account. It said …": the body the sentence before is about,
            # named by its kind and whose it is, where no recogniser read a name
            return sent.doc[subject.left_edge.i : subject.i + 1].text
        if subject.lemma_.lower() in FINDING_NOUNS and not any(c.lower_ in ("a", "an") for c in subject.children):
            # "The research, published in the journal Diabetologia, followed … It found …": the research, not the
            # journal it names
            return sent.doc[subject.left_edge.i : subject.i + 1].text
        if subject.lemma_.lower() in SENT_NOUNS and subject.tag_ == "NN":
            # "The memo was written by the head of operations, Sandra Keele. It said …": the memo, which speaks for
            # its writer where the article names one, not the company the memo is about
            author = self._document_author(subject.lemma_.lower(), para, start)
            return author or sent.doc[subject.left_edge.i : subject.i + 1].text
        return None

    def _group_subject_before(self, para: int, start: int) -> str | None:
        """The group of people that is the subject of the main clause of the sentence right before the one at
        (para, start), for a "they" there ("Administrators from Kroll were appointed. They said …", "Police arrested
        two men. They said …"), or the one person of no gender the sentence itself calls "they": the organisation
        named in the phrase, else the phrase as written; None when that subject is anything else."""
        before = self._sentence_before(para, start)
        if before is None:
            return None
        before_para, sent = before
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or self._inside_quote(before_para, subjects[0].idx):
            return None
        subject = subjects[0]
        if subject.pos_ != "NOUN":
            return None
        # one person of no gender given, whom the sentence itself calls "they" ("One engineer, who asked not to be
        # named because they were not authorised to speak, said …")
        singular = subject.tag_ == "NN" and any(
            t.lower_ == "who" and t.dep_ == "nsubj" for r in subject.rights for t in r.subtree
        )
        singular = singular and any(t.lower_ in ("they", "them", "their") for t in sent)
        if not singular and subject.tag_ != "NNS" and subject.lemma_.lower() not in PLURAL_BODIES:
            return None
        people = GROUP_NOUNS | VOICE_NOUNS | PERSON_NOUNS | PERSON_DESCRIPTIONS | ORG_NOUNS
        if not singular and subject.lemma_.lower() not in people:
            return None
        a, b = _noun_phrase(subject)
        bodies = [m for m in self._within(before_para, a, b) if m[3] == "ORG"]
        text = self.texts[before_para]
        if len(bodies) > 1 and all(BODIES_JOINED.fullmatch(text[x[2] : y[1]]) for x, y in zip(bodies, bodies[1:])):
            # "Scientists at Harvard University and the University of Cambridge followed 2,000 patients. They
            # found": the bodies together, as written, not the last of them
            return text[bodies[0][1] : bodies[-1][2]]
        return bodies[-1][4] if bodies else text[a:b]

    def _organisation_opening(self, words: str) -> str | None:
        """The organisation of the article whose name opens with `words` ("Halden": Halden Foods), the one named
        most when several do."""
        counts = Counter(m[4] for m in self.mentions if m[3] == "ORG" and m[4].startswith(words + " "))
        return counts.most_common(1)[0][0] if counts else None

    def _content_subject(self, found: Found, noun: str) -> str | None:
        """The organisation that is the subject of what was said, when the speaker is a description of that kind
        of organisation ("Dalton Rovers have signed Kofi Mensah from Ajax, the club announced": Dalton Rovers)."""
        end = found.end if found.end_para == found.para else len(self.texts[found.para])
        doc = self.docs[found.para]
        for m in self._within(found.para, found.start, end):
            party = m[3] == "NORP" and ORG_KINDS.get(noun) == "party"  # "the Liberal Democrats", read as a people
            if (m[3] != "ORG" and not party) or self._inside_quote(m[0], m[1]) or self._on_model(m):
                continue
            kinds = self._kinds(m)
            span = doc.char_span(m[1], m[2], alignment_mode="expand") if doc is not None else None
            if span is not None and span.root.dep_ in SUBJECT_DEPS and (not kinds or ORG_KINDS.get(noun) in kinds):
                return m[4]
        return None

    def _research_body(self, para: int, start: int) -> str | None:
        """The body the researchers of a study work at, named before (para, start) right after "researchers at",
        "scientists from", "a team at" …: whom "the team" of a story that is no sport report stands for."""
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or m[3] != "ORG":
                continue
            if RESEARCHERS_AT.search(self.texts[m[0]][: m[1]]):
                return m[4]
        return None

    def _subject_of_own_sentence(self, para: int, start: int, noun: str) -> str | None:
        """The organisation that is the subject of the main clause of the sentence a description of a business or
        a club speaks in, named before it with no other kind ("Marks & Spencer gained 4% after the retailer said
        Christmas trading had started strongly"): the one the sentence is about, whom it names again by kind."""
        doc = self.docs[para]
        if ORG_KINDS.get(noun) not in ("business", "sport") or doc is None:
            return None
        token = next((t for t in doc if t.idx == start), None)
        if token is None:
            return None
        subjects = [c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
        if len(subjects) != 1 or token.sent.root.i > token.i:
            return None
        a, b = _noun_phrase(subjects[0])
        bodies = [m for m in self._within(para, a, b) if m[3] == "ORG" and m[2] <= start]
        # "Shares in Kingfisher, the owner of B&Q and Screwfix, fell": the firm the appositive describes, not those
        # named inside the description
        described = {d.idx for a in subjects[0].subtree if a.dep_ == "appos" for d in a.subtree}
        if len(bodies) > 1 and len(own := [m for m in bodies if m[1] not in described]) == 1:
            bodies = own
        if len(bodies) != 1 or (self._kinds(bodies[0]) and ORG_KINDS[noun] not in self._kinds(bodies[0])):
            return None
        return bodies[0][4]

    def _made_brand(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether an organisation's mention is a brand on the goods a maker makes (MADE_BRAND_BEFORE, then a word in
        lower case: "the maker of Crestwood biscuits and Marlow ready meals"), no body a description stands for."""
        text = self.texts[mention[0]]
        return (
            mention[3] == "ORG"
            and MADE_BRAND_BEFORE.search(text, max(0, mention[1] - MADE_BRAND_REACH), mention[1]) is not None
            and re.match(r"\s+[a-z]", text[mention[2] :]) is not None
        )

    def _made_goods(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether an organisation's mention is what a body makes or sells (MAKING_WORDS): the object of such a
        verb, or after "of" on such a noun ("started production of Premium Motor Spirit (PMS)", "sells Unleaded
        Super and V-Power Diesel (VPD)"); or where a body is ("located in the Lekki Free Trade Zone"): no body a
        description stands for."""
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        root = span.root
        while root.dep_ in ("conj", "appos") and root.head.i < root.i:
            root = root.head
        head = root.head
        if root.dep_ == "pobj" and head.head.lemma_.lower() in ("locate", "base", "situate", "headquarter"):
            return True  # "located in the Lekki Free Trade Zone": where a body is, no body
        if root.dep_ == "pobj" and head.lower_ == "of":
            return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in MAKING_WORDS
        return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in MAKING_WORDS

    def _body_subject_after(self, mention: tuple[int, int, int, str, str], para: int, start: int) -> str | None:
        """The body that is the subject of the last sentence's main clause between `mention` and (para, start), when
        the article names it as a body ("the" and a proper name: "The Rashtriya Janata Dal held a meeting"; or an
        organisation of no known kind) and it is not the body of `mention`: the one the story has moved on to."""
        found = None
        for number in range(mention[0], para + 1):
            doc = self.docs[number]
            if doc is None:
                continue
            for sent in doc.sents:
                if (number, sent.start_char) < mention[:2] or (number, sent.start_char) >= (para, start):
                    continue
                if sent.root.lemma_.lower() in SAYING_VERBS | {"report", "understand"}:
                    continue  # "The BBC understands …": the source of a report, not a body the story moved on to
                for subject in (c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
                    if subject.pos_ != "PROPN" or self._inside_quote(number, subject.idx):
                        continue
                    named = [m for m in self.mentions if m[0] == number and m[1] <= subject.idx < m[2]]
                    if named:
                        m = named[0]
                        if m[3] == "ORG" and m[4] != mention[4] and not self._entity_kinds(m[4]):
                            found = m[4]
                        elif m[3] == "ORG" and m[4] == mention[4]:
                            found = None
                        continue
                    if any(c.lower_ == "the" and c.dep_ == "det" for c in subject.children):
                        words = [c for c in subject.lefts if c.dep_ in ("compound", "flat") and c.is_title]
                        first = words[0].i if words and all(w.is_title for w in words) else subject.i
                        found = doc[first : subject.i + 1].text
        return found

    def _airline_before(self, para: int, start: int) -> str | None:
        """The last body named before (para, start), outside quotations, that the article shows flies aircraft: one
        named before "flight" ("a Jet2 flight"), before an aircraft maker's name ("a Tui Airbus A321"), or whose
        name is an airline's ("Loganair", "British Airways"); a maker's name the recogniser read onto the airline's
        ("Tui Airbus") is left off. None when none is."""
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or m[3] != "ORG" or self._inside_quote(m[0], m[1]):
                continue
            text = self.texts[m[0]]
            if (own := AIRCRAFT_MAKER_ENDING.search(m[4])) is not None and own.start() > 0:
                return m[4][: own.start()]
            if AIRLINE_NAME.search(m[4]) or FLOWN_AFTER.match(text, m[2]):
                return m[4]
        return None

    def _on_model(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether an organisation's mention is its name on a model of its make ("The Boeing 737"; MODEL_AFTER), or
        a name read as a body's that holds the model's code itself ("The Airbus A320"; MODEL_ENDING)."""
        if mention[3] != "ORG":
            return False
        text = self.texts[mention[0]]
        return (
            MODEL_AFTER.match(text, mention[2]) is not None
            or MODEL_ENDING.search(text, mention[1], mention[2]) is not None
        )

    def _body_in_title(self, person: str, para: int, start: int) -> tuple[int, int, int, str, str] | None:
        """The organisation named in a title right before the last mention of `person` before (para, start):
        "Sinn Féin leader Mary Lou McDonald", "Unite general secretary Sharon Graham" (the body, then one to three
        words of the post in small letters); None when none is."""
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or m[4] != person:
                continue
            text = self.texts[m[0]]
            for b in reversed(self.mentions):
                if b[0] == m[0] and b[3] == "ORG" and b[2] <= m[1] and TITLE_OF_A_BODY.fullmatch(text[b[2] : m[1]]):
                    return b
        return None

    def _last_of_kind(self, para: int, start: int, noun: str) -> tuple[int, int, int, str, str] | None:
        """The last organisation named before (para, start), outside quotations, that the article says is of the
        kind of `noun` ("the union said": "the RMTU union", "Unite the Union"; "the company": "carmaker Lumen")."""
        if noun not in ORG_KINDS:
            return None
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or m[3] != "ORG" or self._inside_quote(m[0], m[1]) or self._on_model(m):
                continue
            if ORG_KINDS[noun] == "state" and (noun == "council") != self._called(m[4], "council"):
                # "the council" is the one called a council, not the Department for Transport beside it, and "the
                # department" no council
                if not self._called(m[4], noun):
                    continue
            kinds = self._entity_kinds(m[4])
            if ORG_KINDS[noun] in kinds or (noun in PAPER_NOUNS and "paper" in kinds):
                return self._subject_of_same_kind(m, ORG_KINDS[noun]) or m
        return None

    def _club_of_place_in_paragraph(self, token: Token, para: int, start: int) -> str | None:
        """The organisation named last before a club described by its place ("the Merseyside club", "the north
        London side") in the same paragraph, outside quotations, when there is one: a place's club is one named by
        the place it plays in, so it takes up the club just named, not the club named last with that noun (which
        may be "the San Sebastian club", another town's). Not a name itself set before a club's noun as its place
        (nor the description's own place, which ends the range searched)."""
        places = [
            c
            for c in token.children
            if c.dep_ in ("compound", "amod")
            and c.i < token.i
            and (
                c.ent_type_ in ("GPE", "LOC", "NORP")
                or any(m[3] in ("GPE", "LOC", "NORP") for m in self._within(para, c.idx, c.idx + len(c)))
            )
        ]
        if not places:
            return None
        text = self.texts[para]
        bodies = [
            m
            for m in self._within(para, 0, start)
            # (in a sport report a town the reader took for a place may be the club: "a move to Liverpool")
            if (m[3] == "ORG" or (m[3] == "GPE" and self.sport))
            and m[2] <= start
            and not self._inside_quote(para, m[1])
            and not PLACE_CLUB_NOUN.match(text, m[2])
        ]
        return bodies[-1][4] if bodies else None

    def _subject_of_same_kind(
        self, mention: tuple[int, int, int, str, str], kind: str
    ) -> tuple[int, int, int, str, str] | None:
        """The subject of the clause a mention is an object in, when that subject is a body of the same kind:
        "Rovers were beaten at home by Coventry City. The club confirmed …" is Rovers, the one the clause is
        about (None when the mention is itself the subject, or the subject is of no such kind, or the mention's body
        is the headline's and the subject's is not)."""
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand")
        if span is None or span.root.dep_ in SUBJECT_DEPS:
            return None
        verb = span.root.head
        while verb.dep_ in ("prep", "pobj", "agent", "dobj", "dative") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # the headline's body is what the story is about ("Rovers win again" over "Dunmere United lost 3-0 to
        # Harton Rovers. … the club said"): the one named last then stays
        headlined = {m[4] for m in self.mentions if m[0] == 0}
        for m in self._within(mention[0], doc[verb.left_edge.i].idx, mention[1]):
            if mention[4] in headlined and m[4] not in headlined:
                continue
            if m[3] == "ORG" and m[4] != mention[4] and kind in self._entity_kinds(m[4]):
                root = doc.char_span(m[1], m[2], alignment_mode="expand")
                if root is not None and any(root.root == s for s in subjects):
                    return m
        return None

    def _body_subject_right_before(
        self, described: tuple[int, int, int, str, str], para: int, start: int, noun: str
    ) -> str | None:
        """The organisation that is the subject of the sentence right before (para, start) in the same paragraph, when
        the body last described by `noun` was named in a paragraph before and the subject, heard speaking there, is of
        no other kind than `noun` can stand for: the paragraph goes on with its own speaker. None otherwise
        ("according to Kantar. The research firm said" keeps Kantar, named in the same paragraph)."""
        if described[0] >= para:
            return None
        subject = self._one_subject_right_before(para, start)
        if subject is None:
            return None
        for m in self.mentions:
            if m[0] != para or not (m[1] <= subject.idx < m[2]):
                continue
            if m[3] != "ORG" or m[4] == described[4] or self._one_of_many(m):
                return None
            kinds = self._entity_kinds(m[4])
            if kinds and not kinds & _kinds_of(noun):
                return None
            if not kinds and noun in NAMED_KINDS and not self._called(m[4], noun):
                return None  # "Halvern said … The appeals court said": a court's name says it is one; a firm's none
            # (one heard speaking there: "Thames Water missed its targets. Bills will rise, the regulator said" is
            # the regulator named before, not the firm it speaks of)
            heard = any(p == para and a <= subject.idx < b and who == m[4] for p, a, b, who in self.described)
            return m[4] if heard else None
        return None

    def _called(self, entity: str, noun: str) -> bool:
        """Whether the article calls an organisation by `noun` in its name or beside one of its mentions."""
        return noun in entity.lower().split() or any(
            noun in self._kind_words(m) for m in self.mentions if m[4] == entity
        )

    def _person_word(self, word: str) -> bool:
        """Whether `word` is one of the words of a person the article names ("Bush" in "the George W. Bush
        Administration")."""
        return any(m[3] == "PERSON" and word in m[4].split() for m in self.mentions)

    def _kind_words(self, mention: tuple[int, int, int, str, str]) -> set[str]:
        """The words that say what kind of body a mention is: its name's last and first words, the noun right after
        or before it ("the RMTU union", "carmaker Lumen"), the noun before "of" in its name ("University of
        Amsterdam") and the noun of a description set off after it ("Voltrane, the Swedish maker of electric vans")."""
        after = re.match(r"\s+([A-Za-z]+)", self.texts[mention[0]][mention[2] :])
        before = re.search(r"([A-Za-z]+)\s+$", self.texts[mention[0]][: mention[1]])
        name = mention[4].split()
        # (a noun, not a verb whose object or subject the body is: "will force Apple to allow rival stores"; not the
        # first of nouns joined by "and", which says whom the body is for: the "University and College Union" is a
        # union, no university)
        first = [] if len(name) > 2 and name[1].lower() in ("and", "&") else [name[0].lower()]
        words = [name[-1].lower(), *first] + [
            m.group(1).lower() for m in (after, before) if m and not self._verb_at(mention[0], m.start(1))
        ]
        if "of" in name[1:]:
            words.append(name[name.index("of", 1) - 1].lower())
        described = APPOSITION_KIND.match(self.texts[mention[0]], mention[2])
        # (not the speaker of a cue closing the sentence: "supplied by Greenway Catering, the agency said.")
        if described and not CUE_AFTER_DESCRIPTION.search(described.group(1)):
            words += described.group(1).lower().split()
        return set(words)

    def _verb_at(self, para: int, char: int) -> bool:
        """Whether the word at `char` of a paragraph is one the parse read as a verb."""
        doc = self.docs[para]
        token = doc.char_span(char, char + 1, alignment_mode="expand") if doc is not None else None
        return token is not None and token.root.pos_ in ("VERB", "AUX")

    def _kinds(self, mention: tuple[int, int, int, str, str]) -> set[str]:
        """The kinds of organisation (ORG_KINDS) a mention is said to be: by the last word of its name ("Maidstone
        Crown Court") or the noun right after or before it ("the RMTU union", "carmaker Lumen")."""
        name = mention[4].split()
        if name[-1].lower() in BUILDING_NOUNS:  # "the Government Palace", "County Hall": a building, no body
            return set()
        kinds = {ORG_KINDS[w] for w in self._kind_words(mention) if w in ORG_KINDS}
        legal = re.match(r"\s+([A-Za-z]+)\b", self.texts[mention[0]][mention[2] :])
        if (
            len(name) > 1
            and name[-1].lower().rstrip(".") in COMPANY_NAME_ENDINGS
            or (legal and legal.group(1).lower() in COMPANY_NAME_ENDINGS)
        ):
            kinds.add("business")  # "Northvale Foods Ltd", "Carrow Holdings plc": a company
        if len(name) > 1 and name[-1].lower() in CLUB_NAME_ENDINGS:
            kinds.add("sport")  # "Harton Rovers", "Harlow Town", "Leeds United": a club, which "the club" may be
        para, start = mention[:2]
        text = self.texts[para]
        if name[-1].lower() in PAPER_NAME_ENDINGS:
            kinds.add("paper")
        if len(name) > 2 and name[-1].lower() == "administration" and not self._person_word(name[-2]):
            kinds.add("state")  # "the Federal Aviation Administration": an agency, not a president's government
        public = kinds & {"state", "government", "court", "force"}  # "told the Senate Commerce Committee": no medium
        if not public and (MEDIUM_BEFORE.search(text, 0, start) or MEDIUM_AFTER.match(text, mention[2])):
            kinds.add("media")  # "told the BBC", "the BBC understands": a medium, not "the firm" of the story
        tagged = any(  # "Council leader Priti Shah (Labour)": a person's party
            p == para and t == "PERSON" and re.fullmatch(r"\s*\(\s*", text[b:start]) for p, _, b, t, _ in self.mentions
        )
        if tagged and re.match(r"\s*\)", text[mention[2] :]):
            kinds.add("party")
        return kinds

    def _entity_kinds(self, entity: str) -> set[str]:
        """The kinds of organisation an entity is said to be at any of its mentions ("the elevator company Kone" in
        the lead makes a later "Kone keeps its outlook. The company estimates …" the company's)."""
        if entity not in self._kinds_by_entity:
            self._kinds_by_entity[entity] = {k for m in self.mentions if m[4] == entity for k in self._kinds(m)}
        return self._kinds_by_entity[entity]

    def _heard_described_as(self, noun: str, para: int, start: int) -> str | None:
        """The last speaker heard before `start` in its paragraph, when a description set off after its words
        calls it by `noun` ("Nationwide, the UK's largest building society, said"): what "the society" after it
        stands for, whether or not the recogniser read its name."""
        heard = [d for d in self.described if d[0] == para and d[2] <= start]
        if not heard:
            return None
        p, _, b, speaker = heard[-1]
        described = APPOSITION_KIND.match(self.texts[p], b)
        if described is None or noun not in described.group(1).lower().split():
            return None
        return speaker

    def _only_before_club_noun(self, entity: str) -> bool:
        """Whether every mention of `entity` is set right before a club's noun ("the Glasgow club", "the Ibrox
        side"): a place the club is of, never a body named on its own."""
        return all(PLACE_CLUB_NOUN.match(self.texts[m[0]], m[2]) for m in self.mentions if m[4] == entity)

    def _other_public_body(self, entity: str) -> bool:
        """Whether the article calls an organisation a public body of a kind no agency is ("the Senate Commerce
        Committee", "Maidstone Crown Court"), and never by an agency's word (PUBLIC_BODY_KINDS: "the Federal Aviation
        Administration", "the Environment Agency"): what "the agency" does not stand for."""
        words = set().union(*(self._kind_words(m) for m in self.mentions if m[4] == entity))
        kinds = {ORG_KINDS[w] for w in words if w in ORG_KINDS}
        return bool(kinds & {"state", "court"}) and not words & PUBLIC_BODY_KINDS

    def _called_so_before(self, para: int, start: int, noun: str) -> bool:
        """Whether an organisation named before (para, start) is called by `noun` itself (`_kind_words`: "the news
        agency Interfax", "Interfax, the agency that …")."""
        return any(noun in self._kind_words(m) for m in self.mentions if (m[0], m[1]) < (para, start) and m[3] == "ORG")

    def _of_kind(self, para: int, start: int, noun: str) -> bool:
        """Whether an organisation named before (para, start) is said to be of the kind of `noun`."""
        return any(
            ORG_KINDS.get(noun) in self._entity_kinds(m[4])
            for m in self.mentions
            if (m[0], m[1]) < (para, start) and m[3] == "ORG"
        )

    def _unread_firm(self, para: int, start: int) -> str | None:
        """The firm last heard by a name the recogniser did not read ("Harlow Foods said"), in the paragraph of
        (para, start) or the one before, when no organisation is named between it and there."""
        if not self.unread_firms:
            return None
        p, a, firm = self.unread_firms[-1]
        if (p, a) >= (para, start) or para - p > 1:
            return None
        if any((p, a) < (m[0], m[1]) < (para, start) and m[3] == "ORG" for m in self.mentions):
            return None
        return firm

    def _heard_since(self, para: int, start: int, gender: str | None) -> tuple[int, int, int, str, str] | None:
        """The person last heard through a description or a pronoun ("The striker said …. “…,” he told the BBC"),
        in the paragraph of (para, start) or the one before, when no person has been named since: the one the
        story is following, whom a description after it stands for before the manager named further back."""
        if not self.said:
            return None
        mention = self.said[-1][4]
        if mention[:2] >= (para, start) or para - mention[0] > 1:
            return None
        if any(mention[:2] < m[:2] < (para, start) and m[3] == "PERSON" for m in self.mentions):
            return None
        if any(m[0] == mention[0] and m[1] < mention[2] and mention[1] < m[2] for m in self.mentions):
            return None  # heard by a name: the last person named, found as ever
        if gender and self.genders().get(mention[4], gender) != gender:
            return None
        return mention

    def _described_earlier(
        self, token: Token, para: int, start: int, gender: str | None
    ) -> tuple[int, int, int, str, str] | None:
        """The person a description ("the 24-year-old", "the striker") stood for where the article first used it as a
        sentence's subject, naming no one, in a paragraph before: "Danny Harris scored a hat-trick. The 24-year-old,
        who joined in the summer, … Stowmarket captain Ryan Cole was sent off. … The 24-year-old told BBC Suffolk":
        Harris, whom the article described so, not the last person named. None when it was not so used before."""
        words = token.doc[token.left_edge.i : token.i + 1].text.lower()
        if not words.startswith("the ") or token.tag_ in ("NNS", "NNPS"):
            return None
        for p in range(1, para):
            doc = self.docs[p]
            if doc is None:
                continue
            for t in doc:
                if t.lower_ != token.lower_ or t.dep_ not in ("nsubj", "nsubjpass") or self._inside_quote(p, t.idx):
                    continue
                if doc[t.left_edge.i : t.i + 1].text.lower() != words:
                    continue
                a, b = _noun_phrase(t)
                if any(m[3] == "PERSON" for m in self._within(p, a, b)):
                    continue  # "the striker Jamie Walsh": a title, found by `_titled`
                # (the one written of before its sentence: not "Doyle said the forward was …", whose speaker
                # speaks of someone else)
                person = self._salient_person(p, t.sent.start_char, gender)
                if person is not None and self._acted_on(person):
                    person = None
                return person
        return None

    def description_gender(self, noun: Token) -> str | None:
        """The gender the article gives a description of one person ("the striker", "the 61-year-old") where a
        pronoun takes it up (`_own_pronoun_gender`) at any of its uses: "The striker said he was delighted. …
        The striker said the team had deserved it" is a man both times. None when no pronoun takes it up, or the
        article's pronouns disagree."""
        words = noun.lower_
        if words not in self._description_genders:
            seen = set()
            for doc in self.docs:
                if doc is None:
                    continue
                for t in doc:
                    if t.lower_ == words and _describes_one(t) and (gender := _own_pronoun_gender(t)) is not None:
                        seen.add(gender)
            self._description_genders[words] = seen.pop() if len(seen) == 1 else None
        return self._description_genders[words]

    def _lone_given_name(self, entity: str) -> str | None:
        """The gender a person named by one word tells, where that word is a common given name
        (`lone_given_name_reading`: "Jane, a nurse who asked that her surname not be used") and no mention of it
        follows a title that puts it for a surname ("Mr Grant", "Dr Rose")."""
        if " " in entity or (gender := lone_given_name_reading(entity)) is None:
            return None
        for para, start, _, _, name in self.mentions:
            before = re.findall(r"[A-Za-z]+", self.texts[para][max(0, start - 12) : start])[-1:]
            if name == entity and before and before[0].lower() in SURNAME_TITLES:
                return None
        return gender

    def genders(self) -> dict[str, str]:
        """entity -> "m" or "f" for the people whose gender the article shows: a title or a gendered word right
        before or after a mention ("Mrs. Clinton", "spokeswoman Jen Psaki", "Ann Lee, a mother of two"), a given
        name that tells a gender (`given_name_reading`, `_lone_given_name`), and the pronouns that follow a sentence
        naming only that person ("Hale said his side…"), by majority of weighted votes."""
        if self._genders is not None:
            return self._genders
        votes: dict[str, list[int]] = {}
        people = [m for m in self.mentions if m[3] == "PERSON" and not self._inside_quote(m[0], m[1])]
        for para, start, end, _, entity in people:
            doc, text = self.docs[para], self.texts[para]
            around = re.findall(r"[A-Za-z]+", text[max(0, start - 30) : start])[-2:]
            for word in re.findall(r"[A-Za-z]+", text[end : end + 20])[:3]:
                # after the name, a title opens the next name ("Judge Ann Lee said Mr Hale…") and a possessive or
                # "whose" someone else ("Tom Hale's wife", "Tom Hale, whose daughter"): neither is this person's
                if word.lower() in NEXT_PERSON_WORDS:
                    break
                around.append(word)
            for word in around:
                gender = GENDERED_WORDS.get(word.lower())
                if gender:
                    votes.setdefault(entity, [0, 0])[gender == "f"] += 2
        for entity in {m[4] for m in people}:  # "Amanda Reece", "Jane Thornbury": a given name borne by women
            if (gender := given_name_reading(entity) or self._lone_given_name(entity)) is not None:
                votes.setdefault(entity, [0, 0])[gender == "f"] += GIVEN_NAME_VOTE
        by_para: dict[int, list[tuple[int, int, int, str, str]]] = {}
        for m in people:
            by_para.setdefault(m[0], []).append(m)
        for para, doc in enumerate(self.docs):
            if doc is None:
                continue
            sents = None  # read at the first pronoun: most paragraphs have none
            for token in doc:
                gender = PRONOUN_GENDER.get(token.lower_)
                if gender is None or self._inside_quote(para, token.idx):
                    continue
                if sents is None:
                    sents = [(sent.start_char, sent.end_char) for sent in doc.sents]
                k = next(k for k, (a, b) in enumerate(sents) if a <= token.idx < b)
                here = [m for m in by_para.get(para, ()) if sents[k][0] <= m[1] < token.idx]
                # a name in the pronoun's sentence counts when the pronoun lies in its clause ("Hale said his
                # side…"), not when the name has a clause of its own ("Asked whether Cole could score, she said")
                # (but not what the name asks: "Anna Dixon asked whether he would hand back his bonus. He said …")
                before = {m[4] for m in here if _in_clause_of(doc, m, token) and not _asked_of_another(token)}
                if not here and k > 0 and not _asks(doc.char_span(*sents[k - 1], alignment_mode="expand")):
                    here = [m for m in by_para.get(para, ()) if sents[k - 1][0] <= m[1] < sents[k - 1][1]]
                    before = {m[4] for m in here}
                # "Mr Tennant asked her whether she …", "put it to her that …. She said": the name's own object
                # is someone else of that gender, whom the pronouns after it may stand for
                if any(gender in _object_pronouns(doc, m) for m in here):
                    continue
                if len(before) == 1:  # a subject ("she said") is surer than an owner ("who sang on her debut")
                    votes.setdefault(before.pop(), [0, 0])[gender == "f"] += 2 if token.dep_ in SUBJECT_DEPS else 1
        self._genders = {e: "m" if m > f else "f" for e, (m, f) in votes.items() if m != f}
        return self._genders

    def resolve(self, found: Found) -> tuple[str | None, str | None]:
        """(speaker, speaker_text) of an attribution: the canonical entity, or the words as written. Called in
        the article's order: a group named as a speaker ("union members") is what a "they" after it stands for."""
        self._hear_refusals_before(found)
        speaker, written = self._resolve(found)
        if (court := self._court_of_panel(found, speaker)) is not None:
            speaker = court
        described = found.source_token
        if (
            described is not None
            and described.pos_ == "NOUN"
            and described.lemma_.lower() in ORG_NOUNS - SPEAKS_THROUGH - VOICE_NOUNS - OCCUPATION_NOUNS
            and described.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in described.children)
            and speaker in self.people
            and speaker not in self.organisations
            and not any(c.dep_ in ("poss", "appos", "compound", "nmod") for c in described.children)
        ):
            speaker = written  # "the operator said", "the airline added": a body of that kind, never a person
        if speaker is not None and speaker == written:
            # a name written in another case than the recogniser read it ("Philippine coast guard says" in a
            # headline, "the Philippine Coast Guard said" below): that entity
            plain = re.sub(r"^the\s+", "", speaker, flags=re.IGNORECASE).casefold()
            speaker = next((m[4] for m in self.mentions if m[4].casefold() == plain), speaker)
            # or written as one of its mentions is ("the Sports Grounds Safety Authority (SGSA)" … "The SGSA said")
            bare = re.sub(r"^the\s+", "", speaker, flags=re.IGNORECASE)
            if speaker == written and bare.isupper() and bare.isalpha():
                written_as = (m for m in self.mentions if m[3] == "ORG" and self.texts[m[0]][m[1] : m[2]] == bare)
                speaker = next((m[4] for m in written_as), speaker)
        if speaker is not None and speaker == written and found.source_token is not None:
            speaker = _name_described(found.source_token, found.speaker[1], written) or speaker
        if speaker is not None and speaker == written and written not in self.organisations:
            speaker = _name_after_kind(written) or speaker  # "Campaign group Dignity in Dying", a name never read
        if found.speaker is not None and speaker is not None:
            self.described.append((*found.speaker, speaker))
            if speaker in self.people:
                mention = (*found.speaker, "PERSON", speaker)
                self.said.append((found.para, found.start, found.end_para, found.end, mention))
        token = found.source_token
        cue = found.cue_token
        if cue is not None and speaker is not None and speaker in self.people | self.organisations:
            if any(t.lemma_.lower() == "statement" and cue.i in (t.head.i, t.head.head.i) for t in cue.sent):
                self.stated = (found.para, speaker)  # "said in a statement", "issued a statement saying"
        surname = re.fullmatch(r"[A-Z][\w'’-]+", written or "") and str(speaker).endswith(" " + written)
        # or the full name of a person the recogniser typed as a work or an event ("“…,” Teresa Ribera said")
        full = (
            written is not None
            and (speaker == written or written.startswith(f"{speaker},"))
            and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}", str(speaker)) is not None
            and all(m[3] in OTHER_NAME_TYPES for m in self.mentions if m[4] == speaker)
        )
        if (
            token is not None
            and token.pos_ in ("PROPN", "NOUN")  # the parse may read an unknown surname as a noun
            and found.speaker is not None
            and speaker not in self.people
            and (surname or full)
            and len(str(speaker).split()) in (2, 3)
            and not self._entity_kinds(speaker)
        ):
            self.surnamed.append((*found.speaker, "PERSON", speaker))
        if (
            token is not None
            and found.speaker is not None
            and speaker == written
            and token.pos_ == "PROPN"
            and TITLED_NAME.fullmatch(str(written))
            and str(written).split()[-1].lower() in TRADE_NAME_WORDS
        ):
            self.unread_firms.append((found.speaker[0], found.speaker[1], speaker))
        if token is not None and found.speaker is not None:
            if (
                speaker in self.organisations
                or (token.pos_ == "NOUN" and token.lemma_.lower() in ORG_NOUNS)
                or (self.unread_firms and self.unread_firms[-1][2] == speaker)
            ):
                self.body = (found.speaker[0], found.speaker[1], speaker)
            elif token.lower_ != "it":
                self.body = None
        # "the family said … They added", "A statement from the family said … They added": that family
        collective = token is not None and (
            token.lemma_.lower() in FAMILY_NOUNS or (self.family is not None and speaker == self.family[1])
        )
        plural = token is not None and (token.tag_ in ("NNS", "NNPS") or collective or _part_of_many(token))
        # "Dr Melissa Ryan and Dr Ross Nieuwoudt said …. “…,” they said": the two who spoke together
        parts = re.split(r", | and ", speaker) if speaker is not None else []
        plural = plural or (len(parts) > 1 and all(p in self.people | self.organisations for p in parts))
        if plural and found.speaker is not None:
            self.plural = (found.speaker[0], speaker)
        elif token is not None and token.lower_ not in ("they", "them"):
            self.plural = None
        if (
            token is not None
            and speaker == written
            and token.pos_ == "NOUN"
            and token.tag_ not in ("NNS", "NNPS")  # "Civil-rights groups" are several, never "the group" after them
            and token.lemma_.lower() in ORG_NOUNS
        ):
            self.unnamed[token.lemma_.lower()] = speaker
        # "a Labour spokesman … he said", "A senior Labour source said … “…,” the source said": Labour
        spoken_for = token is not None and (
            token.lower_ in SPOKES_NOUNS or (token.tag_ == "NN" and token.lemma_.lower() in INFORMANT_NOUNS)
        )
        if spoken_for and speaker != written and found.speaker is not None:
            # "A spokesperson for Redmoor Homes said … “…,” the spokesperson said": the body heard through them
            self.unnamed_people.append((*found.speaker[:2], token.lower_, speaker))
        if (
            token is not None
            and (speaker == written or spoken_for)
            and token.pos_ == "NOUN"
            and token.lower_ in GENDERED_WORDS
        ):
            self.gendered.append((*found.speaker[:2], GENDERED_WORDS[token.lower_], speaker))
        elif spoken_for and speaker != written and found.speaker is not None:
            # "A spokesperson for Skylark Airlines said …. “…,” she said": the body heard through them, whoever they are
            self.gendered.append((*found.speaker[:2], None, speaker))
        elif (
            token is not None
            and speaker == written
            and token.tag_ == "NN"
            and (_a_person(token) or _someone(token) or token.lemma_.lower() in OCCUPATION_NOUNS | INFORMANT_NOUNS)
        ):
            self.gendered.append((*found.speaker[:2], None, speaker))  # "another analyst": he or she
            self.unnamed_people.append((*found.speaker[:2], token.lemma_.lower(), speaker))
        elif token is not None and speaker == written and token.pos_ == "PROPN" and found.speaker is not None:
            # "Judge Lord Okoro told the jurors …. He said": a person's name the recogniser did not read, by title
            words = [w.lower().strip(".") for w in written.split()]
            gender = next((GENDERED_WORDS[w] for w in words if w in GENDERED_WORDS), None)
            aged = AGE_AFTER_NAME.match(self.texts[found.speaker[0]], found.speaker[2]) is not None  # "Ola Hauge, 58,"
            # (or by an office no recogniser reads as a name's: "Deputy Commissioner of Police (Central) M Rao")
            titled = any(w in PERSON_NOUNS | PERSON_DESCRIPTIONS | OFFICE_TITLES for w in words[:-1])
            if gender is not None or aged or titled:
                self.gendered.append((*found.speaker[:2], gender, speaker))
        return speaker, written

    def _hear_refusals_before(self, found: Found) -> None:
        """Resolves, as speakers heard there, those who speak for a body and declined to speak before `found`
        ("A spokesman for the White House declined to comment on the talks. “We don't discuss private
        conversations,” he added."; "A spokesperson for the authority would not comment. “…,” the spokesperson
        said"): one who was asked and refused is still the voice the article is following, so the "he" or "the
        spokesperson" right after stands for them (the body they speak for), not the last person named."""
        if self.refusals is None:
            self.refusals = [
                (p, subject.idx, subject)
                for p, doc in enumerate(self.docs)
                if doc is not None
                for subject in _refusing_voices(doc)
                if not self._inside_quote(p, subject.idx)
            ]
        first = found.start if found.speaker is None else min(found.start, found.speaker[1])
        while self.refusals and self.refusals[0][:2] < (found.para, first):
            para, _, subject = self.refusals.pop(0)
            a, b = _noun_phrase(subject)
            self.resolve(Found(para, a, b, subject.head.text, (para, a, b), source_token=subject))

    def _court_of_panel(self, found: Found, speaker: str | None) -> str | None:
        """The court a panel of judges speaks for ("a three-judge panel of the 3rd Circuit said", "A federal appeals
        court ruled … A three-judge panel wrote", "the panel said" after either): the court it is "of", else the court
        heard or named before, which a reader counts as one source with it. A panel that says nothing of judges ("an
        independent panel", "the inquiry panel") is none, nor a court's panel before any court."""
        token = found.source_token
        if token is None or found.speaker is None or token.lemma_.lower() not in JUDGES_PANELS:
            return None
        para, start, _ = found.speaker
        courts = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and (o.lemma_.lower() == "court" or o.pos_ == "PROPN")
        ]
        own = [w.lower_ for w in token.subtree if w.i < token.i] + [o.lemma_.lower() for o in courts]
        if not (courts or set(re.split(r"[-\s]", " ".join(own))) & JUDGE_WORDS):
            if self.court_panel is None or any(c.dep_ in ("amod", "compound") for c in token.children):
                return None
            return self.court_panel  # "the panel wrote" after "a three-judge panel of the 3rd Circuit said"
        court = None
        if courts:
            a, b = _noun_phrase(courts[0])
            named = [m for m in self._within(para, a, b) if m[3] == "ORG"]
            court = named[0][4] if named else None
        if court is None:
            last = self._last_of_kind(para, start, "court")
            court = self.unnamed.get("court") or (last[4] if last is not None else None)
        if court is not None:
            self.court_panel = court
        return court

    def _as_subject(self, found: Found, noun: Token) -> str | None:
        """The speaker of `found` read as if `noun`'s phrase were the subject of its cue."""
        owner = Found(
            found.speaker[0],
            found.start,
            found.end,
            found.cue,
            (found.speaker[0], *_noun_phrase(noun)),
            source_token=noun,
            cue_token=found.cue_token,
        )
        return self._resolve(owner)[0]

    def _resolve(self, found: Found) -> tuple[str | None, str | None]:
        if found.speaker is None:
            return None, None
        para, start, end = found.speaker
        # a name the parse cut at its start ("Save the Children", with "Save" read as a verb): the name whole
        text = self.texts[para]
        cut = [
            m[1]
            for m in self.mentions
            if m[0] == para
            and m[1] < start < m[2]
            and str(m[4]).startswith(text[m[1] : start].strip())
            # not the cue read into the name ("Stated Stone:")
            and not (found.cue_token is not None and m[1] <= found.cue_token.idx < start)
        ]
        if cut:
            start = min(cut)
            found.speaker = (para, start, end)
        written = self.texts[para][start:end]
        token = found.source_token
        # "a person close to Helen Marsh", "people familiar with Marsh's thinking": no one named after the nearness
        # word speaks
        near = next((c for c in token.rights if c.lower_ in NEARNESS_WORDS), None) if token is not None else None
        named = self._within(para, start, near.idx if near is not None and start <= near.idx < end else end)
        if para == 0 and len(named) == 1 and " " not in named[0][4] and named[0][4] == written.strip():
            # a headline's "Coroner criticises hospital", the role word read as a name: the one person the body
            # names with that title ("senior coroner Tanyka Rawden")
            if (person := self._titled(written)) is not None:
                return person, written
        doc = self.docs[para]
        name = _name_before_description(doc, token, found.cue_token)
        if name is not None and not any(m[1] < name.end_char and name.start_char < m[2] for m in named):
            return name.text, written  # "Nationwide, the UK's biggest building society, said": the name described
        if (longer := self._name_ending_in(written, named, para, start)) is not None:
            return longer, written  # "Leeds Teaching Hospitals NHS Trust said … The NHS trust said": that trust
        if self._body_read_in_parts(written, named, token, start, end):
            return written, written  # "Dorset and Wiltshire Fire and Rescue Service said": the body, not Dorset
        joint = self._joint(named, para, token)
        if joint is not None:  # "Mexican President López Obrador and Brazilian President Lula": both speak
            return joint, written
        # the name right after the word that describes it: "news agency Belta", "spokesman Dmitry Peskov"
        for m in named:
            before = doc.char_span(m[1], m[2], alignment_mode="expand")
            if (
                before is not None
                and before.start > 0
                and doc[before.start - 1].lemma_.lower() in ORG_NOUNS | PERSON_NOUNS
                # the name or its describing word heads the phrase: not "a former director of the firm Carraway"
                and (token is None or before.start - 1 <= token.i < before.end)
            ):
                if any(o[1] >= m[2] and o[4] != m[4] for o in named):  # another name glued on after it
                    found.speaker = (para, start, m[2])
                    written = self.texts[para][start : m[2]]
                return m[4], written
        kin = self._family_speaking(token, para, start) if token is not None else None
        if kin is not None:  # "his family", "a statement from the family", "the Lee family": one family
            return kin, written
        if token is not None and _names_only_qualify_people(token, [(m[1], m[2]) for m in named]):
            return written, written  # "Trump supporters say", "Chelsea fans said": the group, not whom it is named by
        if token is not None and token.tag_ in ("NNS", "NNPS") and any(_membership(c) for c in token.children):
            return written, written  # "Republicans on the committee said": those members, not the whole party
        joint = self._joint(named, para, token)
        if joint is not None:
            return joint, written
        people = [m for m in named if m[3] == "PERSON"]
        if token is not None and self._people_word(token, named):
            # "the Spaniard told the BBC", "the Russian-born Australian said", "the 22-year-old Briton said", "the
            # Frenchman said": the person of that nation just written of, as "he" is
            gender = "f" if token.lower_.endswith("woman") else "m" if token.lower_.endswith("man") else None
            gender = gender or _own_pronoun_gender(token)
            person = self._salient_person(para, start, gender)
            if person is not None:
                person = self._of_that_people(person, token, para, start, gender)
                return self._kin(person), written
        if (
            token is not None
            and token.pos_ == "NOUN"
            and token.lemma_.lower() not in OWNED_VOICES
            and not any(c.dep_ == "appos" for c in token.rights)
        ):
            # a person's thing that "shows" or "means" something is no voice of theirs: "Orpo's choice shows"
            owned = {o.i for c in token.children if c.dep_ == "poss" for o in c.subtree}
            people = [m for m in people if not any(m[1] <= doc[i].idx < m[2] for i in owned)]
            if not people and owned:
                return written, written
        if (
            token is not None
            and token.pos_ == "NOUN"
            and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.rights)
        ):
            # "Mr Ashby's partner, Leah, said": the one named beside the description, never its owner
            owned = {o.idx for c in token.children if c.dep_ == "poss" for o in c.subtree}
            people = [m for m in people if not any(m[1] <= i < m[2] for i in owned)]
        if token is not None and any(m[1] <= token.idx < m[2] and m[3] != "PERSON" for m in named):
            # "Morven Dairies, the owner of the Glenmoor brand, said": the body the phrase is about, not a name in
            # the description set beside it
            # (but a person's name set beside a title the recogniser took for a body's is who speaks: "The
            # Astronomer Royal, Lord Rees, said")
            beside = [c.idx for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
            described = {t.idx for c in token.rights if c.dep_ == "appos" for t in c.subtree}
            people = [m for m in people if m[1] not in described or any(m[1] <= i < m[2] for i in beside)]
            # "Sadiq Khan's Transport for London said": the body named, not the one written as its owner
            owned = {o.idx for c in token.children if c.dep_ == "poss" for o in c.subtree}
            people = [m for m in people if m[1] not in owned]
        if people:  # the person the phrase is about ("Dr Sara Okon, a consultant at … Clyde"), else the last named
            head = [m for m in people if token is not None and m[1] <= token.idx < m[2]]
            if not head and token is not None and token.pos_ == "NOUN":
                # "Their solicitor, Rachel Hanley of Irwin Mitchell,": the name set beside the description, not one
                # in a phrase hung on that name (a firm named after people)
                beside = [c.idx for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
                head = [m for m in people if any(m[1] <= i < m[2] for i in beside)]
            if not head and token is not None:  # not one named in a clause on the phrase ("X, who stood beside Y,")
                inner = {t.idx for r in token.subtree if r.dep_ == "relcl" for t in r.subtree}
                people = [m for m in people if m[1] not in inner]
        if (
            people
            and token is not None
            and token.pos_ == "NOUN"
            and token.lemma_.lower() in REPRESENTATIVES
            and not any(c.dep_ == "appos" for c in token.rights)
        ):
            # "Usyk's team said", "Mr Khan's lawyer said": someone speaking for the person named, not that person
            owned = {o.idx for c in token.children if c.dep_ == "poss" for o in c.subtree}
            if any(m[1] in owned for m in people) and not any(m[1] <= token.idx < m[2] for m in people):
                return written, written
        if people:
            return self._kin((head or people)[-1]), written
        if token is not None and token.pos_ == "NOUN":
            # "The Harrowgate manager, Pieter de Vries,": the name set beside the description, whatever its type
            beside = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            named_beside = [m for c in beside for m in named if m[1] <= c.idx < m[2]]
            if named_beside:
                return named_beside[0][4], written
        if token is not None:
            heads = [m for m in named if m[1] <= token.idx < m[2]]
            # the name in apposition is who the phrase is: "Nokia's rival, the Swedish Ericsson," is Ericsson
            appositions = [c for c in token.rights if c.dep_ == "appos"]
            # "One of the lenders, the savings bank Nordkassa,": the name set beside the describing appositive
            appositions += [g for c in appositions for g in c.rights if g.dep_ == "appos" and g.pos_ == "PROPN"]
            heads += [m for a in appositions for m in named if m[1] <= a.idx < m[2]]
            # the owner of what speaks: "Russia’s earlier announcement", "Nokia's board"; not of what is no voice
            # ("Orpo's choice shows that": the choice, not Orpo)
            owners = [c for c in token.children if c.dep_ == "poss" and token.lemma_.lower() in OWNED_VOICES]
            if owners and token.lemma_.lower() in OWN_PERSONS and named:
                # "Reform UK's candidate said": a person of the party, not the party speaking
                return self._titled(written, (para, start)) or written, written
            if (
                owners
                and token.lemma_.lower() in PERSON_NOUNS - VOICE_NOUNS
                and named
                and all(m[3] in ("GPE", "NORP") for o in owners for m in named if m[1] <= o.idx < m[2])
            ):
                # "Ukraine's foreign minister has urged allies": a person of the country, not the country speaking
                title = re.sub(r"^.*?['’]s?\s+", "", written)
                return self._titled(title, (para, start)) or written, written
            if owners and token.lemma_.lower() in STATE_BODIES | ORG_NOUNS:
                # "China's foreign ministry said", "Israel's army said": a body of the country, not the country; the
                # organisation of the article named so if there is one ("the Chinese Foreign Ministry")
                places = [m for o in owners for m in named if m[1] <= o.idx < m[2] and m[3] in ("GPE", "NORP")]
                # "the country's disaster agency": the country the story is about, written as a common noun
                country = not named and owners[0].lemma_.lower() in COUNTRY_WORDS
                if (places and len(places) == len(named)) or country:
                    body = self.texts[para][owners[0].right_edge.idx + len(owners[0].right_edge) : end].strip()
                    ranked = any(c.tag_ in ("JJS", "RBS") or c.lemma_.lower() in RANKS for c in token.children)
                    if (
                        ranked
                        and token.lemma_.lower() in ORG_NOUNS
                        and (last := self._last_before(para, start, ("ORG",), kind=token.lemma_.lower()))
                    ):
                        return last, written  # "Tesco … The UK's biggest supermarket said": the one just named
                    return self._body_named(body) or written, written
            if (
                owners
                and token.pos_ == "NOUN"
                and token.lemma_.lower() in REPRESENTATIVES - SPOKES_NOUNS - SPEAKS_THROUGH
                and owners[0].pos_ == "PROPN"
                and not heads
            ):
                # "Whitmore's lawyer said", whether or not the name was read as a person's (or a firm's: "Meta's
                # lawyers said"): the lawyer speaks, as when the owner is a person named before
                return written, written
            heads += [m for o in owners for m in named if m[1] <= o.idx < m[2]]
            if not heads and len(owners) == 1 and token.lemma_.lower() in DOCUMENT_NOUNS:
                # "according to the trust's own figures": the body that word stands for, named before
                owner = owners[0]
                if owner.lemma_.lower() in ORG_NOUNS and any(c.lower_ == "the" for c in owner.children):
                    body = self._last_of_kind(para, start, owner.lemma_.lower())
                    if body is not None:
                        return body[4], written
            clause = token.head if token.dep_ in SUBJECT_DEPS else token
            if not named and len(owners) == 1 and owners[0].lower_ == "whose" and clause.dep_ == "relcl":
                # "Marsh, whose party had hoped to finish second": the one the clause is hung on, speaking through it
                a, b = _noun_phrase(clause.head)
                hits = [m for m in self._within(para, a, b) if m[3] in HEADLINE_SPEAKERS]
                if hits:
                    return hits[0][4], written
            if not named and len(owners) == 1 and owners[0].lower_ in ("his", "her") and token.tag_ == "NN":
                # "his manager said" after "Rovers manager Dean Holloway": the one named with that role
                if (titled := self._titled(token.lower_, (para, start))) is not None:
                    return titled, written
                if token.lemma_.lower() in ORG_NOUNS - SPEAKS_THROUGH:
                    # "Her party said", "his club said": a body the person belongs to speaks for itself, not for
                    # them; the body of that kind named before, else as written
                    body = self._last_of_kind(para, start, token.lemma_.lower())
                    if body is None:
                        # "Sinn Féin leader Mary Lou McDonald said … Her party has promised": the body named in the
                        # title of the one the pronoun stands for
                        owner = self._salient_person(para, owners[0].idx, PRONOUN_GENDER[owners[0].lower_], owner=True)
                        body = self._body_in_title(owner[4], para, start) if owner is not None else None
                    return (body[4] if body is not None else written), written
                # "his office said", "her spokesman said": the person the pronoun stands for speaks through them
                owner = self._salient_person(para, owners[0].idx, PRONOUN_GENDER[owners[0].lower_], owner=True)
                if owner is not None:
                    return self._kin(owner), written
            # an organisation's name that qualifies a head noun that is no person: "the IG Metall union" (but "the
            # Harrowgate captain" is a person, found below, and "the influential US daily" the paper named before),
            # or one unnamed who only speaks for it: "a Nordvik spokesman" is Nordvik speaking ("the Kremlin
            # spokesman" is the one named so before)
            spokes = token.lower_ in SPOKES_NOUNS and any(c.lower_ in ("a", "an") for c in token.children)
            qualifiers = [
                c
                for c in token.children
                if c.dep_ in ("compound", "nmod", "amod")
                and c.i < token.i
                and (token.lemma_.lower() not in PERSON_NOUNS | PERSON_DESCRIPTIONS or spokes)
            ]
            qualifying = [
                m
                for q in qualifiers
                for m in named
                if m[1] <= q.idx < m[2]
                and m[3] == "ORG"  # not "US daily"
                and not (ORG_KINDS.get(token.lemma_.lower()) == "sport" and COMPETITION.search(m[4]))
                # "the Glasgow club", "the Ibrox club": a place named only before a club's noun is where the club
                # plays, no club named
                and not (ORG_KINDS.get(token.lemma_.lower()) == "sport" and self._only_before_club_noun(m[4]))
            ]  # "the Championship side" is a club of that league, not the league
            owned = [m for o in owners for m in named if m[1] <= o.idx < m[2]]
            if qualifying and owned and heads[: len(owned)] == owned:
                # "the European Union's Copernicus monitoring service": the body named on the noun speaks, not its
                # owner
                heads = qualifying + heads[len(owned) :]
            heads += [m for m in qualifying if m not in heads]
            if spokes and not heads:
                # "A Northern spokesperson" where the parse reads "Northern" as an adjective: the one organisation
                # the article names by that very word elsewhere ("Northern's managing director" of Northern Rail)
                heads += [m for c in qualifiers if c.is_title for m in self._named_by_form(c.text)]
            kinds = [c.lemma_.lower() for c in qualifiers if c.is_lower and c.lemma_.lower() in ORG_KINDS]
            if spokes and not heads and kinds:  # "a council spokesperson said": the council named before
                # (only a body the article says is one: "a police spokesman" is no firm named before)
                body = self._last_of_kind(para, start, kinds[0])
                if body is not None:
                    return body[4], written
                if any(q.ent_type_ in ("NORP", "GPE") for q in qualifiers):
                    # "A French government spokesperson said": that nation's government, never named, not the
                    # union heard before it
                    return written, written
                if kinds[0] in self.unnamed:
                    # "the county council said … “…,” a council spokesperson said": the council heard unnamed, not
                    # the Met Office heard since
                    return self.unnamed[kinds[0]], written
                # "Labour said it would not challenge the result. A party spokesman said …": the body just heard
                heard = self._body_heard_before(para, start)
                if heard is not None and (known := self._entity_kinds(heard)) and not known & _kinds_of(kinds[0]):
                    heard = None  # (one the article shows is of another kind: "The Met Office" is no council)
                return heard or written, written
            if token.lemma_.lower() in VOICE_NOUNS:  # "a spokesperson for the Met Office": the office speaks
                objects = [
                    o
                    for p in token.children
                    if p.dep_ == "prep" and p.lower_ in VOICE_PREPOSITIONS
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                # (or, after "for", a place run as a body: "a spokeswoman for Faro Airport" speaks for the airport;
                # "officials at Terminal 5" are only there)
                heads += [
                    m
                    for o in objects
                    for m in named
                    if m[1] <= o.idx < m[2] and (m[3] == "ORG" or (m[3] == "FAC" and o.head.lower_ == "for"))
                ]
                described = [
                    o
                    for o in objects
                    if o.lemma_.lower() in ORG_NOUNS
                    and any(c.lower_ == "the" for c in o.children)
                    and not _of_a_nation(o)  # "a spokesperson for the German foreign ministry": that ministry
                ]
                if not heads and described:  # "a spokesman for the bank": the bank named before
                    kind = described[0].lemma_.lower()
                    return self._last_before(para, start, ("ORG",), kind=kind) or written, written
                bare = [c.lower_ for c in token.children if c.i < token.i] in (["a"], ["an"])
                if not heads and not objects and (asked := self._body_asked_about(token, para)) is not None:
                    # "Asked whether the Treasury would budge, a spokesman said": the body the question was about,
                    # which the one answering speaks for, not the body heard before
                    return asked, written
                heard = self._body_heard_before(para, start, before=bare)
                # "Westgrid says … “…,” a spokesman said": Westgrid's (but an analyst or an economist comments on the
                # firm heard before, from outside it: "Peel Hunt said … One analyst, who asked not to be named, said")
                at_large = (
                    token.tag_ == "NNS"
                    and token.lemma_.lower() in TRADES_AT_LARGE
                    and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in token.children)
                )
                if not heads and not objects and heard and token.lemma_.lower() not in COMMENTATORS and not at_large:
                    # (but "A White House official said … “…,” the official said" is that official again, the one
                    # heard last, not the body the description named)
                    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
                    again = self._unnamed_again(token.lemma_.lower(), para, start) if definite else None
                    return again or heard, written
            if not heads and (poster := _poster_of(token)) is not None:
                # "Mbeki apologised after a post mocking his former club": his post, so his words
                a, b = _noun_phrase(poster)
                if people := [m for m in self._within(para, a, b) if m[3] == "PERSON" and m[1] <= poster.idx < m[2]]:
                    return people[-1][4], written
            # "figures from the GMB union", "The announcement, made by managing director Helen Carr,": the words of
            # the one who made them
            if token.lemma_.lower() in AUTHORED_NOUNS | SPOKEN_NOUNS or token.lower_ in AUTHORED_NOUNS:
                authors = [
                    o
                    for p in token.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                authors += [  # "a complaint filed by Acme Corp", "The letter, sent by Dr Owen Price,": its author
                    o
                    for v in token.children
                    if v.dep_ == "acl" and v.tag_ == "VBN" and _lemma(v) in MAKING_VERBS | SENDING_VERBS
                    for p in v.children
                    if p.dep_ == AGENT_DEP and p.lower_ == "by"
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                # "the inquiry's final report finds": its owner wrote it, as "the report by the inquiry" says
                authors += [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
                heads += [
                    m
                    for o in authors
                    # within the noun's own phrase: not "a study of 78,000 adults published in JAMA Neurology"
                    for a, b in [_noun_phrase(o)]
                    for m in self._within(para, a, b)
                    if a <= m[1] < b and m[3] in ("ORG", "PERSON")
                ]
                bodies = [
                    o
                    for o in authors
                    if (o.lemma_.lower() in ORG_NOUNS or self._body_named(o.lower_) is not None)
                    and any(c.lower_ == "the" for c in o.children)
                ]
                # "a letter from police", "an email from prosecutors", "a letter from his lawyers": people who speak,
                # written with no article, are the senders as written
                senders = [
                    o
                    for o in authors
                    if _can_speak(o)
                    and (o.tag_ == "NNS" or o.lemma_.lower() in PLURAL_BODIES)
                    and not any(c.dep_ == "det" for c in o.children)
                ]
                if not heads and not bodies and senders:
                    return self.texts[para][slice(*_noun_phrase(senders[0]))], written
                definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
                unnamed = all(o.pos_ == "NOUN" and o.lemma_.lower() in ORG_NOUNS | JUDGES_PANELS for o in authors)
                if (
                    not heads
                    and (definite or authors)
                    and unnamed
                    and token.lemma_.lower() in DOCUMENT_NOUNS | SENT_NOUNS
                ):
                    # "A report by the Public Accounts Committee … The report says", "according to the report",
                    # "the panel's report": the one who wrote the report the article brought in before
                    if (author := self._document_author(token.lemma_.lower(), para, start)) is not None:
                        return author, written
                if not heads and not authors and token.lemma_.lower() in SENT_NOUNS | DOCUMENT_NOUNS:
                    if (author := self._document_author_after(token, para)) is not None:
                        return author, written  # "according to an internal memo …. The memo was written by X"
                if not heads and bodies:  # "a statement from the Qatari foreign ministry": the ministry, as written
                    body = bodies[0]
                    if (trade := self._trade_named_before(body, para, start)) is not None:
                        return trade, written  # "according to Kantar … figures from the data company": Kantar
                    # (but "figures from the committee" after "The Treasury Committee chair" is that committee)
                    named_body = None if _of_a_nation(body) else self._body_named(body.lower_)
                    if named_body is not None:
                        return named_body, written
                    # "The chief executive of HSBC … according to a statement issued by the bank": HSBC
                    if (governed := self._governed_firm(body.lemma_.lower(), para, start)) is not None:
                        return governed, written
                    return self.texts[para][_noun_phrase(body)[0] : body.idx + len(body)], written
            if heads:
                return heads[0][4], written
        lower = written.lower()
        if (
            token is not None
            and not named
            and written[:1].isupper()
            and (not token.is_stop or token.tag_ in ("MD", "NNP") and token.is_title)  # "May said": a name, not "may"
            and (ending := self._entity_ending(written)) is not None
        ):
            # "According to Brind'Amour", "“…,” Meyers replied": a surname no reader read, after the full name
            return ending, written
        if token is not None and lower in ONE_OF and (people := self._group_of_one(token)) is not None:
            return f"{lower} {people}", written  # "Some investors were furious. “…,” one told the FT": one investor
        if token is not None and lower in ("that", "which") and (noun := _relative_read_as_subject(token)) is not None:
            # "tabled a budget on Tuesday that forecasts a deficit and promises …", its clause read as the
            # verb's complement: the budget, as when the clause is hung on it
            a, b = _noun_phrase(noun)
            hits = [m for m in self._within(para, a, b) if m[1] <= noun.idx < m[2]]
            return (hits[-1][4] if hits else self.texts[para][a:b]), written
        if token is not None and token.pos_ == "PRON":
            if (owner := self._owner_is_subject(token, para)) is not None:
                return owner, written  # "Democrats dropped their demand that …": Democrats, not a body named before
            subject = _owner_clause_subject(token) if token.lower_ == "its" else None
            if (
                subject is not None
                and subject.pos_ == "NOUN"
                and subject.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)
                and not self._within(para, *_noun_phrase(subject))
            ):
                # "The company dropped its claim that …": its words are the company's, read as "the company said"
                # would be (the firm named before, else the company as written)
                if (speaker := self._as_subject(found, subject)) is not None:
                    return speaker, written
            # "his pledge to cut waiting lists", "their call for a recount": the owner of the words stands as the
            # subject pronoun would
            lower = OWNER_PRONOUNS.get(lower, lower)
            if lower in RELATIVE_PRONOUNS and (clause := _relative_clause(token)) is not None:
                head = _antecedent(token, clause.head)
                # "a study published on Wednesday, which suggests": a clause hung on a date is the thing's before it
                above = head
                while (
                    above.ent_type_ in ("DATE", "TIME") or above.pos_ not in SPEAKER_POS
                ) and above.head.i != above.i:
                    above = above.head
                if head.ent_type_ in ("DATE", "TIME") and above.pos_ in SPEAKER_POS:
                    head = above
                elif head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj" and head.head.i > 0:
                    # "overturned a High Court ruling from October, which had found": the noun the date's phrase
                    # follows, whatever the parse hung the phrase on
                    before = head.doc[head.head.i - 1]
                    if before.pos_ in ("NOUN", "PROPN") and before.ent_type_ not in ("DATE", "TIME"):
                        head = before
                if head.dep_ == "appos" and head.head.i < head.i:  # "Tom Hill, a trader who said": Tom Hill
                    head = head.head
                a, b = _noun_phrase(head)
                hits = self._within(para, a, b)
                # the name the clause is hung on, not one in its description ("McConnell of Kentucky, who")
                own = [m for m in hits if m[1] <= head.idx < m[2]]
                # nor one in a phrase hung on it or on the name beside it ("her bank manager, Tom Reeve of Lloyds,
                # who said": Tom Reeve)
                described = {head.i} | {c.i for c in head.children if c.dep_ == "appos"}
                hung = {t.idx for i in described for c in head.doc[i].children if c.dep_ == "prep" for t in c.subtree}
                kept = [m for m in hits if m[1] not in hung]
                if hits and not kept and not own and head.pos_ == "NOUN":
                    # "a farmer in Devon who said": the one described, as the subject "a farmer in Devon said" is
                    # read (a place he is in names no one who speaks; "a spokesman for Unison who said" is Unison)
                    if (speaker := self._as_subject(found, head)) is not None:
                        return speaker, written
                hits = kept or hits
                # "The British number one, who had asked …": a nationality that describes the one the clause is on
                # names no one
                hits = [m for m in hits if not (m[3] == "NORP" and m[2] <= head.idx)]
                own = [m for m in own if m in hits]
                conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
                if own and conjuncts:
                    # "by TransPennine Express and Northern, which said": the clause is hung on the first of two names
                    # joined by "and", and both speak, as they would as the subject ("A and B said")
                    a2, b2 = _noun_phrase(conjuncts[-1])
                    joined = self._within(para, own[0][1], b2)
                    if (joint := self._joint(joined, para, head)) is not None:
                        return joint, written
                if own or hits:
                    return (own or hits)[-1][4], written
                return self.texts[para][a:b], written
            if (subject := _commented_subject(token)) is not None:
                # "The team found no difference, which suggests heat …": the finding of the team, which speaks for it
                a, b = _noun_phrase(subject)
                hits = self._within(para, a, b)
                return (hits[-1][4] if hits else self.texts[para][a:b]), written
            if lower in PRONOUNS_PERSON:
                gender = PRONOUN_GENDER.get(lower)
                if (saying := self._subject_of_saying_lead(found, token, gender)) is not None:
                    return saying, written
                if (going := self._speaker_adding(found, token, gender)) is not None:
                    return going, written
                named = self._salient_person(para, start, gender)
                if named is not None and (opening := _fronted_condition(doc, named, found)) is not None:
                    # "If Trump doesn't become the nominee, he said he would settle …": the one named in the
                    # statement's condition is spoken of; the speaker is the one salient before it, if any
                    named = self._salient_person(para, opening.idx, gender) or named
                # "One mother … said her son had cried. ‘…,’ she said": the mother heard last, if no one named since
                described = [d for d in self.gendered if d[2] in (gender, None) and (d[0], d[1]) < (para, start)]
                if described and para - described[-1][0] <= 1 and (named is None or named[:2] < described[-1][:2]):
                    return described[-1][3], written
                return (self._kin(named) if named is not None else written), written
            if lower in ("they", "them") and self.plural is not None and para - self.plural[0] <= 1:
                return self.plural[1], written  # "Union members said … They added": the group just heard
            if lower == "they" and self.plural is None:
                # "A former minister, who asked not to be named, said …. “…,” they said": the one person of no
                # known gender just heard in the paragraph, if no one has been named since
                heard = [d for d in self.gendered if d[0] == para and d[1] < start and d[2] is None]
                if heard and not any(m[0] == para and heard[-1][1] < m[1] < start for m in self.mentions):
                    return heard[-1][3], written
            if lower == "it" and any(a.dep_ == "relcl" for a in token.ancestors):
                # "The Commission ordered Google to end practices that it said favoured its services": the body the
                # sentence is about says so, not the one its relative clause is hung on
                subject = next((c for c in token.sent.root.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.i < token.i:
                    hits = [m for m in self._within(para, *_noun_phrase(subject)) if m[3] == "ORG"]
                    if hits:
                        return hits[-1][4], written
            if lower == "it" and (governing := self._subject_of_governing_clause(token, para)) is not None:
                # "Apple unveiled the iPhone Air and an updated Apple Watch, as it seeks to revive sales": the body
                # the sentence is about, not a thing it names in between (a product named after its maker)
                return governing, written
            if lower == "it" and self.body is not None and self.body[0] == para:
                # "The company said no one was hurt. It said …": the body just heard in the paragraph, if no other
                # organisation is named since
                if not any(m[0] == para and self.body[1] < m[1] < start and m[3] == "ORG" for m in self.mentions):
                    return self.body[2], written
            if lower == "it" and (subject := self._subject_of_sentence_before(para, start)) is not None:
                # "The company, which supplies Tesco, said … Halden employs 3,200 people. It said": the body the
                # sentence before is about, not one it names as an object
                return subject, written
            if lower == "it" and (last := self._last_mention(para, start, ("ORG",))) is not None:
                return (self._sentence_subject(last, para, start, None, "ORG") or last)[4], written
            if lower == "them" and any(
                t.lower_ == "they" and t.dep_ in SUBJECT_DEPS for t in token.doc[token.sent.start : token.i]
            ):
                return written, written  # "They protest against the EU deal, which according to them …": not the EU
            if lower == "they" and (group := self._group_subject_before(para, start)) is not None:
                return group, written  # "Administrators from Kroll were appointed. They said …": the administrators
            if lower in PRONOUNS_GROUP:
                last = self._last_mention(para, start, ("ORG",))
                if last is not None and lower != "it" and para - last[0] > THEY_REACH:
                    # "Despite their friendship, they playfully mocked each other", paragraphs after a school was
                    # named in passing: people, not that body
                    return written, written
                return (last[4] if last is not None else written), written
            return written, written
        definite = token is not None and any(c.lower_ in ("the", "this", "that") for c in token.children)
        # "the 46-year-old said" read with the article on the verb
        definite = definite or (token is not None and _age_description(token) and lower.startswith("the "))
        # "The singer-songwriter talks to …": the article hung on the verb read as a noun
        definite = definite or (token is not None and token.dep_ == "compound" and lower.startswith("the "))
        if definite:  # "the agency", "the influential US daily" (whatever part of speech the parse gave "daily")
            head = token.lemma_.lower()
            if head == "statement" and self.stated is not None and para - self.stated[0] <= 1:
                return self.stated[1], written  # "The trust said in a statement … “…,” the statement said"
            if head == "statement" and self.body is not None and self.body[0] == para and self.body[2] != written:
                # "The club said it would work with police. “…,” the statement added": the body just heard in the
                # paragraph, whose words those are
                return self.body[2], written
            if head in SPEAKING_PLACES and (place := self._place_named(head, (para, start))) is not None:
                return place, written  # "Bristol Airport … The airport said": the one airport named
            if head in ORG_NOUNS:
                if token.tag_ == "NNS" and head not in PLURAL_BODIES:
                    return written, written  # "the operators proposed changes": several bodies, not the last one named
                if (proper := self._unread_name(token, para, start, end)) is not None:
                    return proper, written  # "The Met Office says": a body's own name, not "the office" named before
                if (heard := self._heard_described_as(head, para, start)) is not None:
                    return heard, written  # "Nationwide, the UK's largest building society, said … The society added"
                if ORG_KINDS.get(head) == "business" and (firm := self._unread_firm(para, start)) is not None:
                    return firm, written  # "Harlow Foods said … The company blamed rising costs": Harlow Foods
                if head in AIRLINE_NOUNS and (airline := self._airline_before(para, start)) is not None:
                    # "a Tui Airbus A321 … was diverted to Stansted, Essex Police said. The carrier said": the body
                    # that flies, not the last one named
                    return airline, written
                if (trade := self._trade_named_before(token, para, start)) is not None:
                    # "according to Kantar … the research firm said", "Lloyds Bank … the bank said": the body of the
                    # trade the description names, not the last firm of any trade
                    return trade, written
                if ORG_KINDS.get(head) in ("state", "government", "force", "sport") and _of_a_nation(token):
                    # "the Scottish Government": that nation's, no body named before (but "the French club" is a
                    # club of that country, as "the club" is: a nation has a side, not a club)
                    if head != "club":
                        return written, written
                if (
                    ORG_KINDS.get(head) == "sport"
                    and (found.end_para, found.end) > (para, start)  # not "Lyon have signed X, the French club said"
                    and (club := self._club_of_place_in_paragraph(token, para, start))
                ):
                    # "turned down a move to Liverpool after the Merseyside club had agreed": the club the paragraph
                    # just named, not one an earlier description called the club of another town (a club closing
                    # what it reports is the one that report is about, found below)
                    return club, written
                if (
                    ORG_KINDS.get(head) == "sport"
                    and self.sport
                    and (club := self._subject_of_sentence_before(para, start, unread=True)) is not None
                    and club not in self.organisations
                ):
                    # "Celtic have condemned the chanting. The Glasgow club said": the club the sentence before is
                    # about, heard by a name no recogniser read, not the opponent it names
                    return club, written
                compounds = [
                    c
                    for c in token.children
                    if c.dep_ == "compound"
                    and (c.pos_ == "NOUN" or c.text.islower())  # "the labour ministry", "labour" read as a name
                    and not c.ent_type_
                    and c.lemma_.lower() not in ORG_NOUNS
                ]
                if compounds and (ending := self._body_ending_so(para, start, compounds, token)) is not None:
                    # "chair of the Little Ashby Action Group … The action group said": the one body named before
                    # whose name ends in those words, even where it was named only in a person's description
                    return ending, written
                # (an agency may be the state's, "the national disaster agency", not "the news agency")
                public = ORG_KINDS.get(head) in ("state", "government") or (
                    "state" in ALSO_KINDS.get(head, ()) and not {c.lower_ for c in compounds} & NEWS_AGENCY_WORDS
                )
                if public and compounds:
                    # "the finance ministry", "the education board": the one whose name has that word ("Ministry of
                    # Finance"), else a body of its own, not the last one named ("the Electoral Council")
                    words = {c.lower_ for c in compounds}
                    bodies = [
                        m
                        for m in self.mentions
                        if (m[0], m[1]) < (para, start) and m[3] == "ORG" and words & set(m[4].lower().split())
                    ]
                    return (bodies[-1][4] if bodies else written), written
                if compounds and ORG_KINDS.get(head) == "court" and "court" not in self.unnamed:
                    # "The appeals court said": the court whose name says so ("Court of Appeals"), or the court a
                    # panel of judges spoke for, else a court of its own, not the Supreme Court named before
                    words = {c.lower_.rstrip("s") for c in compounds}
                    bodies = [
                        m
                        for m in self.mentions
                        if (m[0], m[1]) < (para, start)
                        and m[3] == "ORG"
                        and words & {w.rstrip("s") for w in m[4].lower().split()}
                    ]
                    return (bodies[-1][4] if bodies else self.court_panel or written), written
                if compounds and ORG_KINDS.get(head) == "business":
                    # "A CalMac ferry ran aground … The ferry operator said": the firm written before that word
                    words = "|".join(re.escape(c.lower_) for c in compounds)
                    bodies = [
                        m
                        for m in self.mentions
                        if (m[0], m[1]) < (para, start)
                        and m[3] == "ORG"
                        and re.match(rf"(?:['’]s)?\s+(?:{words})\b", self.texts[m[0]][m[2] :], re.I)
                    ]
                    if len({m[4] for m in bodies}) == 1:
                        return bodies[-1][4], written
                    # "Flights from Minangkabau International Airport have been suspended, the airport operator
                    # says": the place just named that the word ends, which speaks through its operator
                    places = [
                        m
                        for m in self.mentions
                        if m[0] == para and m[1] < start and re.search(rf"\s(?:{words})$", m[4], re.I)
                    ]
                    if len({m[4] for m in places}) == 1:
                        return places[-1][4], written
                if head == "team" and not self.sport and (lab := self._research_body(para, start)) is not None:
                    return lab, written  # "Researchers at the University of Sydney … The team cautioned"
                # (and one its own words describe: "the news agency" is no "national disaster agency")
                unnamed_words = set(self.unnamed.get(head, "").lower().split())
                if (
                    head in self.unnamed
                    and {c.lower_ for c in compounds} <= unnamed_words
                    and not (self._of_kind(para, start, head) and self._called_so_before(para, start, head))
                ):
                    # "The disaster management agency said … VTV, the state broadcaster … the agency said": the
                    # agency heard unnamed, not a body of a near kind that no one called an agency
                    return self.unnamed[head], written
                trailing = found.speaker is not None and (found.end_para, found.end) <= (para, start)
                if trailing and ORG_KINDS.get(head) == "party" and (subject := self._content_subject(found, head)):
                    # "The Liberal Democrats have gained five seats …, the party said": the party it reports on,
                    # not the last party named before
                    return subject, written
                named_kind = self._last_of_kind(para, start, head)
                if named_kind is None and head == "board" and (governed := self._governed_body(para, start)):
                    # "The chairman of Kestrel Mining quit. … Rival miner Anglo Ridge said … The board said": the
                    # body whose board or officers the article spoke of, not the last one named
                    return governed, written
                if named_kind is None or head not in self._kind_words(named_kind):
                    # "Marks & Spencer gained 4% after the retailer said": the sentence's subject, before a body only
                    # of the same broad kind named earlier ("the Bank" is no retailer)
                    if (same := self._subject_of_own_sentence(para, start, head)) is not None:
                        return same, written
                if named_kind is not None and ORG_KINDS.get(head) == "party":
                    # "The Congress party demanded 70 seats. … The Rashtriya Janata Dal held a meeting … The party
                    # said": the party the story went on to, not the one named a party earlier
                    if (nearer := self._body_subject_after(named_kind, para, start)) is not None:
                        return nearer, written
                if (
                    named_kind is not None
                    and head in ("company", "firm")
                    and self._cited_source(named_kind, para, start)
                ):
                    # "Apple sold 232 million iPhones, according to research firm IDC. The company also introduced
                    # …": the firm the story is about, not one a figure was credited to
                    if (
                        main := self._firm_heard_before(named_kind, head)
                        or self._main_firm(named_kind, head, para, start)
                    ) is not None:
                        return main[4], written
                nearer = self._body_subject_right_before(named_kind, para, start, head) if named_kind else None
                if nearer is not None:
                    # "Unicef, the UN children's agency, said …. The WHO urged governments …. Romania had the most
                    # cases, the agency said": the body the paragraph is about, not one called so a paragraph before
                    return nearer, written
                if named_kind is not None:
                    return named_kind[4], written  # "German carmaker Lumen … the company said": Lumen
                if ORG_KINDS.get(head) in ("sport", "business") and (subject := self._content_subject(found, head)):
                    # "Dalton Rovers have signed Mensah from Ajax, the club announced", "Finnair will cancel 300
                    # flights because of the strike of the IAU union, the airline announced"
                    return subject, written
                # (but "the union" may be the association named before: "the British Medical Association")
                also = ALSO_KINDS.get(head, frozenset())
                other_kind = any(
                    also & self._entity_kinds(m[4])
                    for m in self.mentions
                    if (m[0], m[1]) < (para, start) and m[3] == "ORG"
                )
                if head in NAMED_KINDS and not other_kind:
                    return written, written  # "the council said", no council named: not the last organisation
                if _of_a_nation(token) and any(c.dep_ == "amod" and c.ent_type_ == "" for c in token.children):
                    return written, written  # "the Turkish meteorological service": a nation's body never named
                a, b = _noun_phrase(token)
                partisan = [m for m in self._within(para, a, b) if m[3] == "NORP" and m[2] <= token.idx]
                if head in ("group", "bloc", "caucus", "faction") and partisan:
                    return written, written  # "The opposition Liberal Democrat group": a party's group, unnamed
                last = self._last_mention(para, start, ("ORG",), kind=head)
                while last is not None and ORG_KINDS.get(head) == "business" and self._commentators_firm(last):
                    # "Analysts at Peel Hunt said the outlook was cautious. The firm, which employs 31,000 people":
                    # the firm in the news, not the one whose analysts comment on it from outside
                    last = self._last_mention(last[0], last[1], ("ORG",), kind=head)
                if last is None:
                    return self._governed_firm(head, para, start) or written, written
                # "Aldi has recalled two batches of its Mamia milk. The company said": the one the sentence is about
                subject = self._sentence_subject(last, para, start, None, "ORG")
                if subject is not None and (kinds := self._kinds(subject)) and not kinds & _kinds_of(head):
                    subject = None
                if head in PAPER_NOUNS:
                    subject = None  # "Tottenham are bidding, according to the Telegraph. … the paper reports": a
                    # paper reports on the one its sentence is about, and is not it
                if subject is None and head in ("company", "firm"):
                    # "sold at Walmart, Kroger and Target stores. … the company said": not a body named once in
                    # passing (where things are sold, whom a fact is credited to, what happened elsewhere), but the
                    # firm heard last before it ("Helal worked for Procter & Gamble. The company confirmed" is
                    # that company, named as his employer)
                    if self._in_passing(last, para, start) or self._cited_source(last, para, start):
                        last = self._firm_heard_before(last, head) or self._main_firm(last, head, para, start) or last
                return (subject or last)[4], written
            singular = token.tag_ not in ("NNS", "NNPS")  # "the authors" are no one person named before
            qualified = any(c.dep_ in ("compound", "amod") and c.i < token.i for c in token.children)
            person = self._titled(written, (para, start)) if singular and token.pos_ == "NOUN" else None
            if person is not None and head in SINGLE_ROLES and self._introduced_as_other(person, head):
                # "Lady Justice Hale, a former president of the Supreme Court who now chairs the group's board, gave
                # evidence. … The judge ruled": one the article brings in with another role is not the judge of the
                # case, however her name is styled
                person = None
            if person is not None:
                # "District Judge Paul Moss … The judge rejected …", "trainer Willie Kerr … the trainer said": the one
                # person named with that title before; a "he" after it is that person too (not after "Asked by
                # the coroner why …, he said": the one asked)
                if not qualified and token.dep_ in SUBJECT_DEPS:
                    self.gendered.append((para, start, self.genders().get(person), person))
                return person, written
            manned = PERSON_WORD_ENDING.search(head) is not None  # "the retired postman", "the chairperson"
            # "the 31-year-old singer-songwriter": a noun an age describes is a person, whatever the noun
            aged = any(_age_description(c) for c in token.children)
            # ("the singer-songwriter", "the novelist": a person by calling)
            called = CALLING_ENDING.search(head) is not None and head not in ORG_NOUNS
            if called and singular and head.endswith("maker") and (firm := self._maker_firm(token, para)):
                return firm, written  # "Boeing shares rose 1.8% after the planemaker said": Boeing
            if singular and (
                head in PERSON_NOUNS | PERSON_DESCRIPTIONS or manned or called or _age_description(token) or aged
            ):
                if qualified and (person := self._titled(written)) is not None:
                    return person, written  # "the Harrowgate captain": the one named "Harrowgate captain Luka Kovac"
                if _age_description(token) and (person := self._titled(written, (para, start))) is not None:
                    return person, written  # "Midfielder Luca Hoole, 23, … The 23-year-old said": Hoole
                if head in TEAM_LEADERS and (person := self._team_leader(token, (para, start))) is not None:
                    return person, written  # "Arteta said his Arsenal side … the Arsenal manager told Sky Sports"
                title = _plain_party(re.sub(r"^(?:the|this|that)\s+", "", lower))
                if qualified and title in self.titles:
                    return self.titles[title], written  # "the Conservative leader … the Tory leader said": one person
                last = written.split()[-1]
                if last[:1].isupper() and (person := self._entity_ending(last, ("PERSON",))) is not None:
                    return person, written  # "The chairman of the union AKT Ismo Kokko", the name read into the union's
                gender = GENDERED_WORDS.get(head)
                if gender is None and manned and head not in PERSON_NOUNS | PERSON_DESCRIPTIONS:
                    gender = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
                gender = gender or _own_pronoun_gender(token)
                if gender is None and not _age_description(token) and _describes_one(token):
                    gender = self.description_gender(token)  # "the striker", taken up by "he" elsewhere
                named = (
                    self._described_earlier(token, para, start, gender)
                    or self._heard_since(para, start, gender)
                    or self._salient_person(para, start, gender)
                )
                while named is not None and _within_statement(named, found):
                    # "Pochin took 12,645 votes to Karen Shore's 12,639, the returning officer announced": one named
                    # in what was said is not the one who said it
                    named = self._last_mention(named[0], named[1], ("PERSON",), gender)
                if named is not None and not _age_description(token) and self._acted_on(named):
                    # "A jury found Sean Daly guilty. The judge said": the one judged is not the judge (but an age
                    # is anyone's: "Farrell was applauded off. … the 35-year-old told Premier Sports")
                    named = None
                while named is not None and head in PLAYER_ROLES and self._introduced_as_other(named[4], head):
                    # "Walsh turned in a cross from Hoole. Exeter manager Gary Caldwell said …. The striker said":
                    # a player, not the manager named last, but the one written of before him
                    named = self._salient_person(named[0], named[1], gender)
                if (
                    named is not None
                    and head in SINGLE_ROLES
                    and (not self._given_role(named[4], head) or self._introduced_as_other(named[4], head))
                ):
                    # "“…,” said Marta Jones, chair of the residents' group. “…,” the judge said", "Flood warden Tom
                    # Becker praised … The mayor said", "Jed Rakoff, a retired judge, … The judge said": the one
                    # holder of a role is a person the article gives that role, not merely the one named last ("The
                    # Lord Mayor, Councillor Ann Lee, chaired the debate. … The mayor said": Lee, if she is the one)
                    holders = [
                        m
                        for m in self.mentions
                        if m[3] == "PERSON"
                        and m[:2] < (para, start)
                        and self._given_role(m[4], head)
                        and not self._introduced_as_other(m[4], head)
                    ]
                    named = holders[-1] if len({m[4] for m in holders}) == 1 else None
                if named is not None and _office_of_body(token) and not self._given_role(named[4], head):
                    # "planning officer Sarah Dunn … The leader of the council said": a role the description says
                    # whose it is stands for one the article gave that role, not the last person named
                    named = None
                if named is not None and head in OFFICE_NOUNS and self._named_as_kin(named[4]):
                    named = None  # "My father, Ken, … the health secretary told MPs": a relative holds no office
                # (in lower case or capitalised as an office is: "the health secretary", "The Health Secretary")
                portfolio = [
                    c
                    for c in token.children
                    if c.dep_ == "compound"
                    and c.i < token.i
                    and (c.pos_ == "NOUN" and c.is_lower or c.is_title and c.is_alpha and not c.ent_type_)
                ]
                function = [
                    c
                    for c in token.children
                    if c.dep_ == "amod"
                    and c.i < token.i
                    and c.is_lower
                    and c.tag_ in ("VBG", "JJ")
                    and c.lower_ not in RANK_WORDS
                ]
                if named is not None and head == "officer" and function:
                    # "the returning officer", "the chief medical officer": an office whose holder the article names
                    # with it (found above) or not at all, not the candidate named last
                    named = None
                if named is not None and head in GOVERNING_TITLES and portfolio:
                    # "the health secretary", "the justice minister": one office, whose holder the article names with
                    # it (found above) or not at all, not the last person named
                    named = None
                if named is not None and _sole_office(token) and self._described_otherwise(named[4], head):
                    # "The director Anita Desai-Cole … The Prime Minister said": one given another role is not the
                    # holder of an office one person holds (but "Obama … the president said" is Obama)
                    named = None
                if (
                    named is not None
                    and head in GOVERNING_TITLES
                    and self._described_otherwise(named[4], GOVERNING_TITLES)
                ):
                    named = None  # "chief executive Sarah Bentley … The minister said": no minister
                if named is not None and qualified and self._holds_another(named, head):
                    named = None  # "shadow home secretary James Cleverly … The home secretary said": another office
                while named is not None and head in GOVERNING_TITLES and self._in_opposition(named):
                    # "Shadow justice secretary Robert Jenrick asked … The minister said": the one in office before
                    named = self._last_mention(named[0], named[1], ("PERSON",), gender)
                # "One senior official said … “…,” the official said": the one described so, if no one named since
                # (and the phrase names no one: "The director of the museum, Clare Whitby")
                named_after = re.search(r"\b[A-Z]", self.texts[para][token.idx + len(token.text) : end])
                same = [
                    d for d in self.unnamed_people if d[2] == head and (d[0], d[1]) < (para, start) and not named_after
                ]
                # (however far before, for a role one person holds that no one named was given: "A federal judge
                # in Manhattan ruled … [three paragraphs] … The judge said")
                # (or, with no one named, the only one heard so described, however far before: "A governor at a
                # category B jail told the paper … [three paragraphs] … The governor added")
                only = named is None and len({d[3] for d in same}) == 1
                near = same and (para - same[-1][0] <= 2 or (named is None and head in SINGLE_ROLES) or only)
                if near and (named is None or named[:2] < same[-1][:2]):
                    return same[-1][3], written
                if qualified and named is not None:
                    self.titles.setdefault(title, named[4])
                return (named[4] if named is not None else written), written
            if singular and head in INFORMANT_NOUNS and (again := self._unnamed_again(head, para, start)) is not None:
                return again, written  # "A senior Labour source said … “…,” the source said": that source's
            if (
                singular
                and token.pos_ == "NOUN"
                and head not in ORG_NOUNS
                and not named
                and (person := self._described_as(head, (para, start))) is not None
            ):
                # "Martin Hughes, 58, a former accountant from Bristol, … The former accountant admits": the one
                # person the article described with that noun, whatever the noun
                return person, written
        if para == 0 and not named and (person := self._titled(written)) is not None:
            return person, written  # a headline's "housing minister": Housing Minister Daniel Achebe of the story
        if para == 0 and not named:
            # a headline's short word for a role: "Greyline shares slump as chief warns …" is the chief executive
            # ("new boss" too: the one in office now)
            role_word = re.sub(r"^(?:new|incoming)\s+", "", lower)
            people = {p for role in HEADLINE_ROLES.get(role_word, ()) if (p := self._titled(role)) is not None}
            if len(people) == 1:
                return people.pop(), written
        if token is None and not named:  # a name the recogniser missed: the person or organisation it ends
            return self._entity_ending(written) or written, written
        if token is None:  # a name given alone, as a headline's "THL: …": the entity it names
            return named[0][4], written
        return written, written

    # the last word before a body's name as the recogniser began it, when it began it after a joining word
    JOINED_ENDS = [[w] for w in NAME_JOINERS]

    def _body_read_in_parts(
        self, written: str, named: list[tuple[int, int, int, str, str]], token: Token | None, start: int, end: int
    ) -> bool:
        """Whether a speaker written as a body's name alone, capitalised words joined by "and", "of" or "for" and
        ending in a noun for a body ("Dorset and Wiltshire Fire and Rescue Service"), is one the recogniser read
        only in parts, none of them a person or the whole name: the name as written is the body, not a place or a
        shorter body read inside it."""
        words = re.sub(r"^the\s+", "", written.strip(), flags=re.I).split()
        if token is None or token.pos_ != "PROPN" or len(words) < 3 or words[-1].lower() not in ORG_NOUNS:
            return False
        if not all(w[:1].isupper() or w in NAME_JOINERS for w in words) or words[-1] in NAME_JOINERS:
            return False
        # (not a person and a body speaking together, "Mayor Tom Bray and Kent County Council", each read whole)
        # a body read to the name's end is the name, unless the recogniser began it after a joining word ("Dorset and
        # | Wiltshire Fire and Rescue Service"), not after a title ("Mayor | Tom Bray and Kent County Council")
        whole = [m for m in named if m[2] >= end - 1 and written[: m[1] - start].split()[-1:] not in self.JOINED_ENDS]
        return bool(named) and not whole and not any(m[3] == "PERSON" for m in named)

    def _name_ending_in(
        self, written: str, named: list[tuple[int, int, int, str, str]], para: int, start: int
    ) -> str | None:
        """The organisation named before (para, start) whose full name ends with a definite description made of a
        shorter name and a noun for a body ("the NHS trust" after "Leeds Teaching Hospitals NHS Trust", "the Crown
        Court" after "Maidstone Crown Court"): the body written in short, not the shorter name inside it."""
        words = re.sub(r"^(?:the|this|that)\s+", "", written.strip(), flags=re.I)
        if words == written.strip() or len(words.split()) < 2 or words.split()[-1].lower() not in ORG_NOUNS:
            return None
        if not named or not all(m[3] == "ORG" for m in named):
            return None
        ending = re.compile(rf"\s{re.escape(words)}$", re.I)
        for m in reversed(self.mentions):
            if (m[0], m[1]) < (para, start) and m[3] == "ORG" and not self._inside_quote(m[0], m[1]):
                if ending.search(m[4]):
                    return m[4]
        return None

    def _body_asked_about(self, token: Token, para: int) -> str | None:
        """The organisation a question opening the sentence is about, where one who speaks for a body unnamed answers
        it ("Asked whether the Treasury would budge, a spokesman said", "Asked about the council's plans, an official
        said"): the one organisation named in the question (the subject of the question where it names several), not
        the one who put it ("Asked by the BBC whether …")."""
        sentence = token.sent
        opening = sentence[0]
        if not (opening.lower_ == "asked" and opening.tag_ == "VBN") or opening.i >= token.i:
            return None
        if token.head.i == opening.i or opening in token.ancestors:
            return None  # the speaker inside the question
        askers = {t.i for c in opening.children if c.dep_ == "agent" for t in c.subtree}
        question = [t for t in opening.subtree if t.i < token.i and t.i not in askers and t.i != opening.i]
        if not question:
            return None
        doc = self.docs[para]
        spans = {
            m: span
            for m in self._within(para, question[0].idx, question[-1].idx + len(question[-1]))
            if m[3] == "ORG" and (span := doc.char_span(m[1], m[2], alignment_mode="expand")) is not None
        }
        bodies = [m for m, span in spans.items() if not any(t.i in askers for t in span)]
        entities = list(dict.fromkeys(m[4] for m in bodies))
        if len(entities) == 1:
            return entities[0]
        subjects = [m for m in bodies if any(t.dep_ in SUBJECT_DEPS for t in spans[m])]
        if entities:
            return subjects[0][4] if subjects else None
        # "Asked about the council's plans": the body of that kind named before
        described = [
            t
            for t in question
            if t.pos_ == "NOUN"
            and t.lemma_.lower() in ORG_KINDS
            and any(c.lower_ == "the" for c in t.children)
            and not any(c.dep_ in ("compound", "amod") for c in t.children)
        ]
        if len(described) == 1 and (body := self._last_of_kind(para, token.idx, described[0].lemma_.lower())):
            return body[4]
        return None

    def _trade_named_before(self, token: Token, para: int, start: int) -> str | None:
        """The organisation named before (para, start) of the trade a description names ("the research firm", "the
        data company", "the consultancy", "the bank"): the last one the article calls by that word, in its name or
        beside it ("the consultancy Springboard", "Lloyds Bank"), or, for a trade that supplies figures, the last one
        a figure was credited to ("according to Kantar"), whatever type the recogniser gave its name."""
        words = {token.lemma_.lower()} | {
            c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i and c.is_lower
        }
        trades = words & TRADE_WORDS
        if not trades:
            return None
        trades |= {w for t in trades for w in SAME_TRADE.get(t, ())}
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or self._inside_quote(m[0], m[1]):
                continue
            if m[3] == "ORG" and trades & ({w.lower() for w in m[4].split()} | self._kind_words(m)):
                return m[4]
            if m[3] in ("ORG", "GPE") and trades & SOURCE_TRADES and self._credited(m):
                return m[4]
        return None

    def _described_as(self, noun: str, until: tuple[int, int]) -> str | None:
        """The one person named before `until` (paragraph, char) with a description headed by `noun` set after the
        name, an age between them or not ("Martin Hughes, 58, a former accountant from Bristol,", "Ann Lee, the
        practice manager,"); None when none or several."""
        found = set()
        described = re.compile(
            r",\s+(?:(?:aged\s+)?\d{1,3},\s+)?(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?" + re.escape(noun) + r"\b(?![’'-])",
            re.I,
        )
        for para, start, end, kind, entity in self.mentions:
            if para == 0 or kind != "PERSON" or (para, start) >= until or self._inside_quote(para, start):
                continue
            if described.match(re.split(r"[.;]", self.texts[para][end : end + 80])[0]):
                found.add(entity)
        return found.pop() if len(found) == 1 else None

    def _group_of_one(self, token: Token) -> str | None:
        """The people a bare "one" or "another" speaking is one of: the plural subject of a clause before it in its
        sentence or of the sentence before ("Some investors were furious. “…,” one told the FT", "Fans reacted with
        anger. One wrote on X"), as one of them ("investor", "fan"); for "another", the kind of the "one" heard
        before it ("“…,” shouted one fan as the players left. “…,” said another": another fan); None when there is
        no such people."""
        sent = token.sent
        before = list(token.doc[sent.start : token.i])
        if sent.start > 0:
            before = [*token.doc[token.doc[sent.start - 1].sent.start : sent.start], *before]
        groups = [
            t
            for t in before
            if t.tag_ == "NNS"
            and t.dep_ in SUBJECT_DEPS
            and (lemma := t.lemma_.lower()) != t.lower_
            and (
                lemma in GROUP_NOUNS | OCCUPATION_NOUNS | PERSON_NOUNS | PERSON_DESCRIPTIONS
                or PERSON_WORD_ENDING.search(lemma) is not None
                or CALLING_ENDING.search(lemma) is not None
            )
        ]
        # "“…,” shouted one fan as the players left. “…,” said another": another of the one heard just before
        ones = [
            t
            for t in before
            if t.tag_ == "NN"
            # (the subject of a verb of saying, or the object the parse makes of it after one: "shouted one fan")
            and (t.dep_ in SUBJECT_DEPS or (t.dep_ == "dobj" and _lemma(t.head) in SAYING_VERBS and t.head.i < t.i))
            and any(c.lower_ == "one" and c.i < t.i for c in t.children)
            and (_can_speak(t) or t.lemma_.lower() in GROUP_NOUNS | OCCUPATION_NOUNS)
        ]
        if token.lower_ == "another" and ones:
            return ones[-1].lemma_.lower()
        return groups[-1].lemma_.lower() if groups else None

    def _of_that_people(
        self, person: tuple[int, int, int, str, str], token: Token, para: int, start: int, gender: str | None
    ) -> tuple[int, int, int, str, str]:
        """The person a word for one of a people ("the Serb said") stands for, given the one a pronoun would stand
        for (`person`): that one, unless the article has already called them by another people's word ("The
        21-year-old Spaniard won …. The Serb said": not the Spaniard); then the last person named before who was
        called by no other such word."""
        word = token.text.lower()
        called = self._people_words_before(para, start)
        if word in called.get(person[4], {word}):
            return person
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or m[3] != "PERSON" or self._inside_quote(m[0], m[1]):
                continue
            if m[4] != person[4] and word in called.get(m[4], {word}):
                if not gender or self.genders().get(m[4], gender) == gender:
                    return m
        return person

    def _people_words_before(self, para: int, start: int) -> dict[str, set[str]]:
        """The people's words ("Spaniard", "Briton") the article calls each person by before (para, start), as a
        sentence's subject ("The 21-year-old Spaniard won"): each stands for the person a pronoun there would."""
        called: dict[str, set[str]] = {}
        for p, doc in enumerate(self.docs[: para + 1]):
            if doc is None:
                continue
            for token in doc:
                if (p, token.idx) >= (para, start) or token.dep_ not in SUBJECT_DEPS:
                    continue
                phrase_start = token.left_edge.idx
                if self._inside_quote(p, token.idx):
                    continue
                if not self._people_word(token, self._within(p, phrase_start, token.idx + len(token))):
                    continue
                gender = "f" if token.lower_.endswith("woman") else "m" if token.lower_.endswith("man") else None
                person = self._salient_person(p, phrase_start, gender)
                if person is not None:
                    called.setdefault(person[4], set()).add(token.text.lower())
        return called

    def _people_word(self, token: Token, named: list[tuple[int, int, int, str, str]]) -> bool:
        """Whether a speaker phrase is "the" and a word for one of a people ("the Australian", "the Russian-born
        Australian", "the 22-year-old Briton", "the Frenchman"): a description of a person, never the nationality.
        The word is a nationality the recogniser read (NORP), a lone word it took for a person's name (a name takes
        no "the"), or one it left unread that is shaped as a people's word ("Frenchman"; "-an", "-ish" after an
        age); any other nationality in the phrase, or a place before it, only qualifies it ("Russian-born",
        "Melbourne-born", "the Spaniard, a former Portuguese minister")."""
        # (a word of a people in "-ese" is alike in the singular and the plural, and may be tagged a plural: "the
        # Portuguese said")
        plural_form = token.tag_ == "NNPS" and token.lower_.endswith("ese")
        if (token.tag_ not in ("NN", "NNP") and not plural_form) or not token.text[:1].isupper():
            return False
        if token.tag_ == "NNP" and PLURAL_PEOPLE.search(token.text) and not any(m[3] == "PERSON" for m in named):
            # "The Greens said", "the Australians said", "the English said", tagged as one: a party or a people
            # named in the plural is the group itself, no one person of it (one is "the Englishman")
            return False
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
            return False
        heads = [m for m in named if m[1] <= token.idx < m[2]]
        if any(m[3] != "NORP" and (m[3] != "GPE" or m[1] > token.idx) for m in named if m not in heads):
            return False
        if not heads:  # "the Guardian said" is a paper's name; "the 30-year-old Guardian" no one's
            aged = any(_age_description(c) or c.lower_.endswith("-born") for c in token.children)
            return bool(PEOPLE_WORD.search(token.text) or (aged and DEMONYM_ENDING.search(token.lower_)))
        head = heads[0]
        if head[3] == "PERSON":  # not a surname the article gives in full ("The younger Harlan said")
            return head[4] == token.text and not any(p.endswith(" " + token.text) for p in self.people)
        return head[3] == "NORP"

    def _body_heard_before(self, para: int, start: int, before: bool = False) -> str | None:
        """The organisation last heard in a paragraph before `start` ("Westgrid says …"), which a spokesman with no
        body of their own named after it speaks for; None when no organisation was heard there. With `before`, for
        a bare "a spokesperson" with no one heard before it in its paragraph: the organisation the sentence before it
        in its paragraph is about ("Natural Resources Wales has issued 12 flood warnings. A spokeswoman said"), else
        the body whose own statement (by its name or "it", not a spokesman's) ends the paragraph before ("It said no
        customer data had been affected. ¶ “We're really sorry …,” a spokesperson said.")."""
        heard = [
            body for d in self.described if d[0] == para and d[1] < start and (body := self._body_of(d)) is not None
        ]
        if heard:
            return heard[-1]
        if not before or any(d[0] == para and d[1] < start for d in self.described):
            return None
        # "Natural Resources Wales has issued 12 flood warnings. A spokeswoman said …": the body the sentence before
        # is about, in the same paragraph, not one heard in the paragraph before
        previous = self._sentence_before(para, start)
        if previous is not None and previous[0] == para:
            subject = self._subject_of_sentence_before(para, start)
            if subject is not None and subject in self.organisations:
                return subject
            if (place := self._place_subject_before(para, start)) is not None:
                return place  # "Dublin Airport cancels 40 flights. A spokesman says": the airport's
        last = [d for d in self.described if d[0] == para - 1]
        if not last or last[-1][3] not in self.organisations:
            return None
        written = self.texts[last[-1][0]][last[-1][1] : last[-1][2]].lower().split()
        return None if any(w.rstrip("'s’") in VOICE_NOUNS for w in written) else last[-1][3]

    def _one_subject_right_before(self, para: int, start: int) -> Token | None:
        """The one subject, outside quotation marks, of the sentence right before (para, start) in the same
        paragraph; None when that sentence is in another paragraph or has no subject or several."""
        before = self._sentence_before(para, start)
        if before is None or before[0] != para:
            return None
        subjects = [c for c in before[1].root.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or self._inside_quote(para, subjects[0].idx):
            return None
        return subjects[0]

    def _place_subject_before(self, para: int, start: int) -> str | None:
        """The place that speaks through its operator (SPEAKING_PLACES: "Dublin Airport", "the Tate Gallery") and is
        the subject of the sentence right before (para, start) in the same paragraph; None otherwise."""
        subject = self._one_subject_right_before(para, start)
        if subject is None:
            return None
        places = [
            m[4]
            for m in self.mentions
            if m[0] == para
            and m[1] <= subject.idx < m[2]
            and m[3] in ("FAC", "ORG", "GPE")
            and m[4].split()[-1].lower() in SPEAKING_PLACES
        ]
        return places[0] if places else None

    def _unnamed_again(self, noun: str, para: int, start: int) -> str | None:
        """The speaker of one heard unnamed by `noun` ("A White House official said", "a senior Labour source said")
        as the last speaker heard before (para, start), in that paragraph or the one before, whom "the official" or
        "the source" goes on with; None when someone else was heard since or no such one was heard."""
        same = [d for d in self.unnamed_people if d[2] == noun and (d[0], d[1]) < (para, start)]
        heard = [d for d in self.described if (d[0], d[1]) < (para, start)]
        if not same or not heard or para - same[-1][0] > 1 or heard[-1][:2] != same[-1][:2]:
            return None
        return same[-1][3]

    def _body_of(self, described: tuple[int, int, int, str]) -> str | None:
        """The organisation a speaker heard is or speaks for: the organisation itself, or the one body named in a
        group of its people that no entity stands for ("Labour sources played down the result": Labour)."""
        para, a, b, speaker = described
        if speaker in self.organisations:
            return speaker
        if speaker != self.texts[para][a:b]:
            return None
        bodies = {m[4] for m in self.mentions if m[0] == para and a <= m[1] < b and m[3] == "ORG"}
        # (or written as the body's name, when the recogniser read the group whole)
        bodies |= {o for o in self.organisations if re.search(rf"\b{re.escape(o)}\b", speaker)}
        return bodies.pop() if len(bodies) == 1 else None

    def _in_opposition(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether a person is named with a shadow title ("Shadow justice secretary Robert Jenrick"): the
        opposition's spokesman, never "the minister"."""
        text = self.texts[mention[0]]
        before = text[max(0, mention[1] - 40) : mention[1]].lower()
        return re.search(r"\bshadow\s+(?:[a-z-]+\s+){0,3}$", before) is not None

    def _described_otherwise(self, entity: str, head: str | frozenset[str]) -> bool:
        """Whether the article names a person right after a description of a role other than `head` ("The director
        Anita Desai-Cole", "the actor Sir Kenneth Ward"), or of a minister with a portfolio ("Transport minister
        Helen Ashdown" is not "the prime minister"); with a set of roles, of a role none of them."""
        roles = head if isinstance(head, frozenset) else frozenset({head})
        for m in self.mentions:
            if m[4] != entity:
                continue
            doc = self.docs[m[0]]
            span = doc.char_span(m[1], m[2], alignment_mode="expand") if doc is not None else None
            k = span.start - 1 if span is not None else -1
            while k >= 0 and HONORIFIC_BEFORE.search(doc[k].text + " "):
                k -= 1  # "the actor Sir Kenneth Ward"
            if k >= 0 and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k].lemma_ not in roles:
                return True  # a common noun of a role right before the name
            portfolio = doc[k - 1] if k >= 1 and doc[k].lemma_.lower() == head == "minister" else None
            if portfolio is not None and portfolio.pos_ in ("NOUN", "PROPN") and portfolio.lower_ not in SOLE_MINISTERS:
                if portfolio.ent_type_ not in ("NORP", "GPE"):
                    return True  # "Transport minister Helen Ashdown" holds a portfolio, not the prime minister's office
        return False

    def _document_author(self, noun: str, para: int, start: int) -> str | None:
        """The named author of the document `noun` ("report", "study") the article brought in last before (para,
        start): "a report by the National Audit Office", "the committee's report" after the committee is named, "the
        NAO published a report"; None when the last such document has no named author."""
        for p in range(para, 0, -1):
            doc = self.docs[p]
            if doc is None:
                continue
            for t in reversed(doc):
                if (p, t.idx) >= (para, start) or t.lemma_.lower() != noun or self._inside_quote(p, t.idx):
                    continue
                if (author := self._author_of(p, t)) is not None:
                    return author
                if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                    return None  # a report brought in with no author named
        return None

    def _document_author_after(self, noun: Token, para: int) -> str | None:
        """The named author of a document brought in with no author ("according to an internal memo seen by the
        BBC"), where the next paragraph opens by naming who wrote or sent it ("The memo was written by the head of
        operations, Sandra Keele"); a headline's document, written with no article ("…, memo reveals"), is the one
        the story goes on to tell of: its writer, as the first sentence that names one gives it ("The memo was
        written by …", "The memo, written by …, said"); None otherwise."""
        if para == 0 and not any(c.dep_ == "det" for c in noun.children):
            for p in range(1, len(self.docs)):
                told = [
                    t
                    for t in self.docs[p] or ()
                    if t.lemma_.lower() == noun.lemma_.lower()
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
                ]
                if (author := next(filter(None, (self._author_of(p, t) for t in told)), None)) is not None:
                    return author
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or para + 1 >= len(self.docs):
            return None
        doc = self.docs[para + 1]
        if doc is None:
            return None
        first = next(iter(doc.sents))
        subject = next((c for c in first.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lemma_.lower() != noun.lemma_.lower():
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children):
            return None
        return self._author_of(para + 1, subject)

    def _author_of(self, p: int, t: Token) -> str | None:
        """The named author of the document `t` in paragraph `p`, as its own sentence gives it ("a report by the
        NAO", "the committee's report", "The NAO published a report", "The memo was written by Sandra Keele", "said
        in a filing"), else None."""
        authors = [
            o
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for o in c.children
            if o.dep_ == "pobj"
        ]
        authors += [c for c in t.children if c.dep_ == "poss"]
        authors += [
            o
            for v in t.children
            if v.dep_ == "acl" and v.tag_ == "VBN" and _lemma(v) in MAKING_VERBS | SENDING_VERBS  # "sent by"
            for c in v.children
            if c.dep_ == AGENT_DEP
            for o in c.children
            if o.dep_ == "pobj"
        ]
        if t.dep_ == "dobj" and _lemma(t.head) in MAKING_VERBS | SENDING_VERBS:  # "The NAO published a report"
            authors += [c for c in t.head.children if c.dep_ == "nsubj"]
        if t.dep_ == "nsubjpass" and _lemma(t.head) in MAKING_VERBS | SENDING_VERBS:
            # "The memo was written by the head of operations, Sandra Keele": the one it was written by
            authors += [o for c in t.head.children if c.dep_ == AGENT_DEP for o in c.children if o.dep_ == "pobj"]
        if t.dep_ == "pobj" and t.head.lower_ == "in" and _lemma(t.head.head) in CLAUSE_VERBS | MAKING_VERBS:
            # "Reeve told staff in the memo", "Lawyers for Acme said in a filing": who wrote what was in it
            authors += [c for c in t.head.head.children if c.dep_ == "nsubj"]
        for o in authors:
            named = [m for m in self._within(p, *_noun_phrase(o)) if m[3] in ("ORG", "PERSON")]
            if named:
                return named[0][4]
            if o.lemma_.lower() in ORG_NOUNS and (body := self._body_named(o.lower_)) is not None:
                return body
            if o.tag_ == "NNS" and o.lemma_.lower() in PERSON_NOUNS and o.i < t.i:
                return self.texts[p][slice(*_noun_phrase(o))]  # "Lawyers for the firm said in a filing"
        return None

    def _given_role(self, entity: str, head: str) -> bool:
        """Whether the article gives a person the role `head` (or another word of its family) as the one holding it
        now, at any of their mentions: as a title before the name ("Mayor Jane Hill", "District Judge Paul Moss", "the
        town's mayor, Jane Hill,"), or in a description set after it ("Jane Hill, the mayor of Hebden Bridge,", "Ann
        Lee, 52, a family lawyer,", "Jane Hill, who became mayor in 2019,"). A former holder is not given it ("Jed
        Rakoff, a retired judge", "former mayor Tom Hale")."""
        family = next((f for f in ROLE_FAMILIES + POSITION_FAMILIES + OFFICE_FAMILIES if head in f), frozenset({head}))
        words = "|".join(sorted(map(re.escape, family), key=len, reverse=True))
        # (an office may name its seat or field after "of": "Secretary of State John Kerry", "Governor of Texas")
        before = re.compile(
            rf"(?P<pre>(?:[\w’'.-]+\s+){{0,3}})\b(?:{words})\b(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*"
            rf"(?:\s+[A-Z][\w’'.-]*){{0,2}})?,?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady|"
            rf"Judge|Justice|Councillor|Cllr)\.?\s+)*$",
            re.I,
        )
        after = re.compile(
            r",\s+(?:(?:aged\s+)?\d{1,3},\s+)?(?:who\s+(?:is|was|has been|had been|became|serves as|is now)\s+)?"
            rf"(?P<pre>(?:[\w’'.-]+\s+){{0,4}}?)(?:{words})\b(?![’'-])",
            re.I,
        )
        former = re.compile(r"\b(?:former|retired|ex|onetime|one-time|then|erstwhile)\b", re.I)
        for para, start, end, kind, name in self.mentions:
            if name != entity or kind != "PERSON":
                continue
            text = self.texts[para]
            if re.search(rf"\b(?:{words})\b", text[start:end], re.I):
                return True  # the recogniser read the title into the name
            # (a title as wire copy abbreviates it: "Sen. Ada Price", "Gov. Tom Hale")
            lead = re.sub(
                TITLE_ABBREVIATION.pattern,
                lambda a: TITLE_ABBREVIATIONS[a[1].lower()],
                text[max(0, start - 60) : start],
                flags=re.I,
            )
            if (m := before.search(lead)) and not former.search(m["pre"]):
                return True
            if (m := after.match(re.split(r"[.;(]", text[end : end + 100])[0])) and not former.search(m["pre"]):
                return True
        return False

    def _introduced_as_other(self, entity: str, head: str) -> bool:
        """Whether the article introduces a person, at the first mention of the body, with a description of a role
        that `head` is not, of another family of roles: a common noun set beside the name as an appositive ("Marta
        Jones, chair of the residents' group", "Tom Hale, a father of two") or right before it ("campaigner Marta
        Jones"). "The judge" does not stand for such a person."""
        first = next((m for m in self.mentions if m[4] == entity and m[0] > 0 and m[3] == "PERSON"), None)
        if first is None or head in PERSON_OFFICES:  # an office is held beside other roles ("Sen. Price, a candidate")
            return False
        doc = self.docs[first[0]]
        span = doc.char_span(first[1], first[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        family = next((f for f in ROLE_FAMILIES + POSITION_FAMILIES if head in f), frozenset({head}))
        nouns = [c for c in span.root.children if c.dep_ == "appos" and c.i > span.end - 1]
        k = span.start - 1
        while k >= 0 and HONORIFIC_BEFORE.search(doc[k].text + " "):
            k -= 1
        if k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i in range(span.start, span.end):
            nouns.append(doc[k])
        if span.root.dep_ == "appos" and span.root.head.i < span.start:
            nouns.append(span.root.head)  # "The chief executive, Priya Nair, said": the role the name is set beside
        return any(
            n.pos_ == "NOUN" and n.is_lower and n.lemma_.lower() not in family and n.lower_ not in family for n in nouns
        )

    def _firm_heard_before(
        self, passed: tuple[int, int, int, str, str], head: str
    ) -> tuple[int, int, int, str, str] | None:
        """The organisation of a kind `head` may stand for that spoke before, other than `passed`: the one the article
        names most ("Greggs has warned … Analysts at Peel Hunt said … The company said": Greggs, the firm the story
        is about, not the broker heard last), and of those named as often the one heard last."""
        heard: list[tuple[int, int, int, str, str]] = []
        for d in reversed(self.described):
            if d[3] == passed[4] or any(h[4] == d[3] for h in heard):
                continue
            mention = next((m for m in self.mentions if m[4] == d[3] and m[3] == "ORG"), None)
            if mention is None or ((kinds := self._kinds(mention)) and not kinds & _kinds_of(head)):
                continue
            heard.append(mention)
        if not heard:
            return None
        return max(heard, key=lambda h: sum(m[4] == h[4] for m in self.mentions))  # the first of a tie: heard last

    def _cited_source(self, mention: tuple[int, int, int, str, str], para: int, start: int) -> bool:
        """Whether an organisation is named before (para, start) only as the source of a fact or a view on the news:
        whom a figure is credited to ("according to research firm IDC", "data from Kantar") or where commentators
        work ("analysts at Peel Hunt"); each of its mentions so."""
        mentions = [m for m in self.mentions if m[4] == mention[4] and (m[0], m[1]) < (para, start)]
        return bool(mentions) and all(
            self._commentators_firm(m) or self._credited(m) or self._in_passing(m, para, start) for m in mentions
        )

    def _credited(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether a mention is of whom a fact is credited to: "according to (research firm) IDC", "data from
        Kantar", "figures compiled by LSEG"."""
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        if CREDITED_BEFORE.search(self.texts[mention[0]], max(0, mention[1] - 60), mention[1]):
            return True  # "according to consultancy NielsenIQ", however the parse hangs the name
        root = span.root.head if span.root.dep_ == "appos" else span.root
        if root.dep_ != "pobj":
            return False
        prep = root.head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        owner = prep.head.head if prep.head.dep_ == "acl" else prep.head  # "figures compiled by LSEG"
        # ("data" may be read as the plural of "datum")
        return prep.lower_ in ("from", "by") and {owner.lemma_.lower(), owner.lower_} & DOCUMENT_NOUNS != set()

    def _governed_firm(self, noun: str, para: int, start: int) -> str | None:
        """The firm "the bank" or "the company" (`noun`, a business's word) stands for when the article named none
        of that kind before (para, start): the last one whose chair, chief executive or board it spoke of ("The
        chief executive of HSBC, Georges Elhedery, … The bank said"), unless the article says it is of another
        kind."""
        if ORG_KINDS.get(noun) != "business" or (governed := self._governed_body(para, start)) is None:
            return None
        kinds = self._entity_kinds(governed)
        return governed if not kinds or kinds & _kinds_of(noun) else None

    def _governed_body(self, para: int, start: int) -> str | None:
        """The last organisation named before (para, start), outside quotations, as the one a board, its chair, its
        chief executive or its shareholders belong to (GOVERNED_AFTER, GOVERNED_BEFORE: "Hartley's board", "the
        Fenwick Retail board", "the chairman of Kestrel Mining", "shareholders in Tesco"); None when none is."""
        for m in reversed(self.mentions):
            if (m[0], m[1]) >= (para, start) or m[3] != "ORG" or self._inside_quote(m[0], m[1]):
                continue
            text = self.texts[m[0]]
            if GOVERNED_AFTER.match(text, m[2]) or GOVERNED_BEFORE.search(text, max(0, m[1] - 40), m[1]):
                return m[4]
        return None

    def _main_firm(
        self, passed: tuple[int, int, int, str, str], head: str, para: int, start: int
    ) -> tuple[int, int, int, str, str] | None:
        """The organisation the article is about, that a "the company" may stand for in place of `passed`: of those
        named before (para, start) and not said to be of another kind, the headline's, else the one named most,
        when named more than once and more often than `passed` (none on a tie)."""
        counts: dict[str, int] = {}
        first: dict[str, tuple[int, int, int, str, str]] = {}
        for m in self.mentions:
            if (m[0], m[1]) >= (para, start) or m[3] != "ORG" or m[4] == passed[4] or self._inside_quote(m[0], m[1]):
                continue
            if self._one_of_many(m) or self._on_model(m) or self._made_goods(m) or self._made_brand(m):
                continue
            if (kinds := self._kinds(m)) and not kinds & _kinds_of(head):
                continue
            counts[m[4]] = counts.get(m[4], 0) + 1
            first.setdefault(m[4], m)
        headlined = [e for e in counts if any(m[0] == 0 and m[4] == e for m in self.mentions)]
        if len(headlined) == 1:
            return first[headlined[0]]
        passed_count = sum(m[4] == passed[4] for m in self.mentions if (m[0], m[1]) < (para, start))
        ranked = sorted(counts.items(), key=lambda c: -c[1])
        if not ranked or ranked[0][1] < 2 or ranked[0][1] <= passed_count:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return first[ranked[0][0]]

    def _commentators_firm(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether an organisation is named only as where commentators work ("analysts at Peel Hunt", "economists
        from Capital Economics"): it comments on the news from outside, and is not the firm the news is about."""
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        prep = span.root.head
        return (
            span.root.dep_ == "pobj"
            and prep.lower_ in ("at", "from", "with")
            and prep.head.lemma_.lower() in COMMENTATORS
        )

    def _in_passing(self, mention: tuple[int, int, int, str, str], para: int, start: int) -> bool:
        """Whether an organisation is named once before (para, start), and only in passing: as where things are sold
        ("sold at Target stores"), whom a fact is credited to ("according to the CDC"), what happened at another
        time ("when Abbott Nutrition shut its plant"), as an example of a kind ("rivals such as Costa") or in an aside
        on a person's career ("Helen Marsh, who joined from Unilever in 2019, said"); not as the employer the sentence
        is about ("worked for Procter & Gamble")."""
        if sum(m[4] == mention[4] and (m[0], m[1]) < (para, start) for m in self.mentions) > 1:
            return False
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        root = span.root.head if span.root.dep_ == "appos" else span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "Walmart, Kroger and Target stores": as the first of the list is
        if root.dep_ in ("compound", "nmod"):
            return True  # "Walmart, Kroger and Target stores": where things are sold
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
            return True  # "according to the CDC": whom a fact is credited to
        if root.dep_ == "pobj" and (
            (root.head.lower_ == "as" and root.head.i > 0 and doc[root.head.i - 1].lower_ == "such")
            or root.head.lower_ in ("like", "including")
        ):
            return True  # "rivals such as Pret A Manger and Costa": an example of a kind, no firm the story is about
        # "Chief executive Helen Marsh, who joined from Unilever in 2019, said": a career told in an aside on a person
        clause = next((t for t in root.ancestors if t.dep_ == "relcl"), None)
        if clause is not None and any(
            m[3] == "PERSON" for m in self._within(mention[0], clause.head.idx, clause.head.idx + len(clause.head))
        ):
            return True
        # "when Abbott Nutrition shut its plant": the subject of what happened at another time
        clause = root.head
        return (
            root.dep_ in SUBJECT_DEPS
            and clause.dep_ == "advcl"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "before") for c in clause.children)
        )

    def _holds_another(self, mention: tuple[int, int, int, str, str], head: str) -> bool:
        """Whether a person is named with a title ending in `head` that is not the description being resolved (which
        `_titled` did not find): "shadow home secretary James Cleverly" is not "the home secretary"."""
        text = self.texts[mention[0]]
        before = HONORIFIC_BEFORE.sub("", text[max(0, mention[1] - 40) : mention[1]]).lower()
        return re.search(r"\b" + re.escape(head) + r"\s+$", before) is not None

    def _acted_on(self, mention: tuple[int, int, int, str, str]) -> bool:
        """Whether a person is named only as the object or the agent of what others did ("found Sean Daly guilty",
        "Daly was charged", "was sacked by Greg Rousseau"), never as a speaker: no one a description of a role ("the
        judge", "the quarterback") stands for."""
        if any(s[4][4] == mention[4] for s in self.said):
            return False
        doc = self.docs[mention[0]]
        span = doc.char_span(mention[1], mention[2], alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        root = span.root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ == "pobj" and root.head.dep_ == "agent":  # "was sacked twice by defensive end Greg Rousseau"
            return True
        if root.head.lower_ in VERDICTS and root.head.i > root.i:  # "found Sean Daly guilty" read as his "guilty"
            return True
        if _given_standing(root):
            return False  # "Smith was named man of the match": what the person is, not what was done to them
        if _relative_end_read_as_predicate(root):
            return False  # "Norris, who started from pole after qualifying was delayed, finished sixth": he finished
        return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX")

    def _joint(self, named: list[tuple[int, int, int, str, str]], para: int, token: Token | None) -> str | None:
        """The speakers of a phrase that ends in two names joined by "and" ("MAS and MTI", "two members, Ann Lee
        and Sara Okon"), as "A and B": two people or two organisations speaking together (a people's adjective in
        their titles aside: "Mexican President …"), or two countries that head the phrase ("Iran and Saudi Arabia
        agreed", not "Residents in Whitwick and Thringstone said")."""
        named = [m for m in named if m[3] in JOINT_SPEAKERS]
        # (a place inside a body's name read only in part is no speaker: "London" of "Transport for London")
        text = self.texts[para]
        rests = [(m[2], r.end()) for m in named if m[3] == "ORG" and (r := UNREAD_NAME_REST.match(text, m[2]))]
        named = [m for m in named if not any(a < m[1] and m[2] <= b for a, b in rests)]
        # (where people speak, the places they are of are no speakers: "Rand Paul of Kentucky and Mike Lee of Utah")
        people = [m for m in named if m[3] == "PERSON"]
        if len({m[4] for m in people}) >= 2:
            named = [m for m in named if m[3] == "PERSON" or not self._origin_of(people, para, m)]
        # (nor the place bodies are in: "the University of Bonn and the Max Planck Institute in Cologne")
        named = [
            m
            for m in named
            if not (
                m[3] == "GPE"
                and re.search(r"\b(?:in|near)\s+$", text[: m[1]])
                and any(o[3] == "ORG" and o[2] <= m[1] for o in named)
            )
        ]
        entities = list(dict.fromkeys(m[4] for m in named))
        if len(entities) > 2:  # "Tesco, Sainsbury's and Asda said": a list of bodies of one kind, all speaking
            firsts = [next(m for m in named if m[4] == e) for e in entities]
            gaps = [self.texts[para][a[2] : b[1]] for a, b in zip(firsts, firsts[1:])]
            listed = all(re.fullmatch(ORIGIN + r"(?:['’]s)?,\s+", g) for g in gaps[:-1]) and re.fullmatch(
                ORIGIN + r"(?:['’]s)?,?\s+and\s+", gaps[-1]
            )
            # (places only when they head the phrase: "Russia, China and Iran said", not "Residents in A, B and C")
            heading = token is not None and firsts[0][1] <= token.idx < firsts[0][2]
            if listed and len({m[3] for m in firsts}) == 1 and (firsts[0][3] != "GPE" or heading):
                return f"{', '.join(entities[:-1])} and {entities[-1]}"
            return None
        if len(entities) != 2:
            return None
        a = [m for m in named if m[4] == entities[0]][-1]  # its last mention ("… Singapore (MAS)")
        b = next(m for m in named if m[4] == entities[1])
        # (a person and an organisation may speak together: "Norfolk County Council and Healthwatch Norfolk said")
        if (a[3] != b[3] and "GPE" in (a[3], b[3])) or a[1] > b[1]:
            return None
        # (or whose leaders or officials speak: "The leaders of Estovia and Marrland agreed")
        voice = token is not None and token.lemma_.lower() in PERSON_NOUNS | VOICE_NOUNS
        if voice:
            # (not those who are only there: "Public health officials in Coventry and Wolverhampton said")
            place = [p for p in token.children if p.dep_ == "prep" and p.left_edge.idx <= a[1] <= p.right_edge.idx]
            voice = not (place and place[0].lower_ in ("in", "at", "near", "around", "across"))
        if a[3] == "GPE" and token is not None and not voice and not any(m[1] <= token.idx < m[2] for m in (a, b)):
            return None
        # "and" and the second one's titles ("… López Obrador and Brazilian President Lula da Silva")
        gap = ORIGIN + r"\)?\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}"
        first, text = entities[0], self.texts[para]
        # (a body's name the recogniser read only in part, its first word: "Transport" of "Transport for London and
        # the Metropolitan Police said", is written whole)
        rest = UNREAD_NAME_REST.match(text, a[2], b[1]) if a[3] == "ORG" else None
        if rest is not None and first == text[a[1] : a[2]] and re.fullmatch(gap, text[rest.end() : b[1]]):
            return f"{text[a[1] : rest.end()]} and {entities[1]}"
        if re.fullmatch(gap, text[a[2] : b[1]]) is None:
            return None
        return f"{first} and {entities[1]}"

    def _origin_of(self, people: list[tuple[int, int, int, str, str]], para: int, mention) -> bool:
        """Whether a mention is the place or body a person named right before it is of ("Mike Lee of Utah", "Ann
        Lee, of Unison")."""
        text = self.texts[para]
        return any(re.fullmatch(r",?\s+(?:of|from)\s+(?:the\s+)?", text[p[2] : mention[1]]) for p in people)

    def _family_speaking(self, token: Token, para: int, start: int) -> str | None:
        """The family that speaks in a speaker phrase headed by "family" or by one who speaks or writes for it ("a
        spokesperson for the family", "a statement from the family"): "Tom Hale's family" when the phrase or its
        pronoun says whose ("his family", "the Hale family"), else the family heard last ("the family" after "Tom
        Hale's family said …"), else None (the words as written)."""
        noun = token
        if token.lemma_.lower() in VOICE_NOUNS | DOCUMENT_NOUNS:
            noun = next(
                (
                    o
                    for p in token.children
                    if p.dep_ == "prep" and p.lower_ in VOICE_PREPOSITIONS
                    for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in FAMILY_NOUNS
                ),
                token,
            )
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FAMILY_NOUNS or noun.tag_ != "NN":
            return None
        person = None
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                # whose, only when the article shows that person's gender: a family is no one's by a guess
                gender = PRONOUN_GENDER[child.lower_]
                mention = self._salient_person(para, child.idx, gender)
                if mention is not None and self.genders().get(mention[4]) == gender:
                    person = self._kin(mention)
            elif child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
                end = child.idx + len(child.text)
                hits = [m for m in self._within(para, child.left_edge.idx, end) if m[3] == "PERSON"]
                person = hits[-1][4] if hits else self._entity_ending(child.text, ("PERSON",))
        if person is not None:
            self.family = (para, f"{person}'s family")
        elif self.family is not None and any(c.lower_ == "the" for c in noun.children) and para - self.family[0] <= 4:
            pass  # "the family": the one heard last
        else:
            a, b = _noun_phrase(noun)
            self.family = (para, self.texts[para][a:b])
            if noun is token:
                return None
        return self.family[1]

    def _named_as_kin(self, person: str) -> bool:
        """Whether the article first names a person as someone's relative ("My father, Ken,", "His sister, Anna
        Whitlow,", "her husband Joe"): one no description of an office ("the officer", "the health secretary")
        stands for."""
        first = next((m for m in self.mentions if m[4] == person and m[0] > 0), None)
        if first is None:
            return False
        before = self.texts[first[0]][max(0, first[1] - 30) : first[1]]
        return KIN_BEFORE_NAME.search(before) is not None

    def _owner_is_subject(self, token: Token, para: int) -> str | None:
        """Who owns the words a "their" or an "its" owns when those words are the object of the pronoun's own
        clause ("Democrats dropped their demand that …", "The Tories abandoned their claim that …", "The union
        renewed its warning that …"): the clause's subject, when it agrees with the pronoun in number ("their" a
        plural, "its" a singular that is no person). A pronoun reads back first to the subject of its own clause;
        but the words answered by a verb of stance or reply are someone else's ("Ministers rejected their demand"),
        and a subject that is itself a pronoun, or a phrase naming no one, is left to the pronoun's own reading."""
        subject = _owner_clause_subject(token)
        if subject is None:
            return None
        verb = subject.head
        a, b = _noun_phrase(subject)
        named = [m for m in self._within(para, a, b) if m[1] <= subject.idx < m[2]]
        if token.lower_ == "their":
            # (a name written as a plural, "the Greens", or given a plural verb, "Labour have dropped their demand")
            auxiliary = any(c.dep_ == "aux" and c.lower_ in ("have", "are", "were") for c in verb.children)
            plural = (
                subject.tag_ in ("NNS", "NNPS")
                or any(c.dep_ == "conj" for c in subject.children)
                or (subject.tag_ == "NNP" and PLURAL_WORD.search(subject.text) is not None)
                or (bool(named) and named[0][3] != "PERSON" and auxiliary)
            )
            if not plural:
                return None
            if not named and subject.pos_ == "NOUN":
                return self.texts[para][a:b]  # "Teachers dropped their demand": the group, as written
            if (
                not named
                and subject.pos_ == "PROPN"
                and all(t == subject or t.lower_ == "the" for t in subject.subtree)
            ):
                return subject.text  # "The Tories renewed their call", the name unread: the party, by its name
        elif subject.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in subject.children):
            return None
        if len(named) != 1 or named[0][3] == "PERSON":
            return None
        return named[0][4]

    def _kin(self, mention: tuple[int, int, int, str, str]) -> str:
        """The person a surname shared by relatives stands for when the article says which by age ("George Harlan,
        67, … Daniel Harlan, 38, … The elder Harlan said": George Harlan); else the mention's entity."""
        surname = mention[4]
        before = re.search(r"\b(elder|older|younger)\s+$", self.texts[mention[0]][max(0, mention[1] - 12) : mention[1]])
        if before is None or " " in surname:
            return surname
        ages = {}
        for person in self.people:
            if person.endswith(" " + surname):
                age = re.search(re.escape(person) + r",\s+(\d{1,3}),", "\n".join(t or "" for t in self.texts))
                if age is not None:
                    ages[person] = int(age.group(1))
        if len(ages) < 2:  # the relatives whose ages the article gives
            return surname
        pick = max if before.group(1) != "younger" else min
        return pick(ages, key=ages.get)

    def named_with(self, person: str, noun: str, described: tuple[str, ...] | list[str] = ()) -> bool:
        """Whether the body names `person` with `noun` beside the name, in the words before it or the clause after
        it ("council leader Ruth Adeyemi", "Ruth Adeyemi became leader of Kent County Council"); not with a word of
        another office right before the noun (OTHER_OFFICE: "Opposition leader Daniel Marsh", "deputy mayor") that the
        words `described` with ("council leader") lack."""
        other = OTHER_OFFICE - {w.lower() for w in described}
        for para, start, end, kind, entity in self.mentions:
            if para == 0 or kind != "PERSON" or entity != person:
                continue
            text = self.texts[para]
            near = text[max(0, start - 40) : start] + " " + re.split(r"[.;]", text[end : end + 60])[0]
            for found in re.finditer(r"\b" + re.escape(noun) + r"\b", near, re.I):
                before = re.search(r"([\w-]+)\s+$", near[: found.start()])
                if before is None or before.group(1).lower() not in other:
                    return True
        return False

    def _titled(self, words: str, until: tuple[int, int] | None = None) -> str | None:
        """The one person of the body whose name `words` stand right before as a title ("Housing Minister Daniel
        Achebe", "senior coroner Dr Ann Lee") or after as an appositive ("Daniel Achebe, the housing minister"),
        None when none or several; with `until`, among the names before that (paragraph, char). A party's other
        name counts as its name ("the Tory leader" is "Conservative leader Kemi Badenoch")."""
        words = _plain_party(re.sub(r"^(?:the|a|an)\s+", "", words.strip(), flags=re.I).lower())
        if not words:
            return None
        found = set()
        styled = TITLE_STYLES.get(words)
        for para, start, end, kind, entity in self.mentions:
            if para == 0 or kind != "PERSON":
                continue
            if until is not None and (para, start) >= until:
                break
            text = self.texts[para]
            before = HONORIFIC_BEFORE.sub("", text[max(0, start - len(words) - 12) : start]).lower()
            before = _plain_party(TITLE_ABBREVIATION.sub(lambda m: TITLE_ABBREVIATIONS[m.group(1)], before))
            # "Amir Khan, the chief executive", "Amir Khan, the trust's chief executive": the body's, named before
            after = re.match(r",\s+(?:the|a|an)\s+(?:[\w-]+['’]s\s+)?([^,.;]+)", text[end:])
            # "Midfielder Luca Hoole, 23,", "Hoole (23)": the age "the 23-year-old" stands for
            aged = AGE_WORDS.fullmatch(words) is not None and re.match(
                r"(?:,\s*|\s*\()" + AGE_WORDS.fullmatch(words).group(1) + r"\b(?!\s*(?:%|per|years))", text[end:]
            )
            made = ROLE_GIVEN.match(text[end:])  # "Aisha Rahman was elected mayor of Greenfield"
            # "The mayor of Northfield, Aisha Rahman,": the title with the place or body it is of, set before the name
            placed = re.search(
                r"(?:^|\W)(?i:" + NOT_AFTER_OTHER_OFFICE + re.escape(words) + r")" + TITLE_OF_PLACE,
                text[max(0, start - len(words) - 60) : start],
            )
            if (
                placed is not None
                or re.search(r"(?:^|\W)" + NOT_AFTER_OTHER_OFFICE + re.escape(words) + r"\s+$", before)
                # "His agent, Helen Brooks,": the role set before the name between commas (not "In a letter to the
                # prime minister, Ashdown wrote", a name opening the clause after a phrase)
                or (
                    re.search(r"(?:^|\W)(?:the|his|her|their|its)\s+" + re.escape(words) + r",\s+$", before)
                    # (or closing the sentence: "Caldwell praised his goalkeeper, Joe Whitworth.")
                    and (text[end : end + 1] == "," or re.match(r"\.(?:\s|$)", text[end:]) is not None)
                )
                or aged
                # a title the recogniser read into the name: "Goalkeeper Max O'Leary"
                or (" " not in words and entity.lower().startswith(words + " ") and text[start:end][:1].isupper())
                or (after is not None and _plain_party(after.group(1).lower().strip()) == words)
                or (made is not None and NEW_ROLE.sub("", made.group(1).lower()) == NEW_ROLE.sub("", words))
            ):
                found.add(entity)
            elif styled and re.match(styled, text[max(0, start - 12) : end].lower()):
                found.add(entity)  # "Mrs Justice Steyn … the judge said"
            elif words in NAME_TITLES | PEERAGE_TITLES and text[start:end].lower().startswith(words + " "):
                found.add(entity)  # "The Princess of Wales … the princess said": a title kept in the name
        if " " not in words:
            # a speaker heard by a title and a name no recogniser read as a person's: "Goalkeeper Max O'Leary said"
            for para, start, _, speaker in self.described:
                if (until is None or (para, start) < until) and para > 0:
                    rest = str(speaker)[len(words) + 1 :]
                    if str(speaker).lower().startswith(words + " ") and TITLED_NAME.fullmatch(rest):
                        found.add(speaker)
        return found.pop() if len(found) == 1 else None

    def _team_leader(self, role: Token, until: tuple[int, int]) -> str | None:
        """The one person written before `until` (paragraph, char) as having the team that qualifies `role` ("the
        Arsenal manager"): "Mikel Arteta said his Arsenal side …", "Arteta's Arsenal team"; None when none or several.
        """
        team = {c.lower_ for c in role.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()}
        if not team:
            return None
        found = set()
        for para, doc in enumerate(self.docs):
            if doc is None or para > until[0]:
                break
            for side in doc:
                if (para, side.idx) >= until or side.lemma_.lower() not in TEAM_NOUNS:
                    continue
                if not any(c.lower_ in team for c in side.children if c.dep_ in ("compound", "amod", "nmod")):
                    continue
                for owner in (c for c in side.children if c.dep_ == "poss"):
                    if owner.lower_ in ("his", "her"):
                        # the person the sentence is about: "Mikel Arteta said his Arsenal side had …"
                        owner = next((c for c in side.sent.root.children if c.dep_ in SUBJECT_DEPS), None)
                    if owner is None or self._inside_quote(para, owner.idx):
                        continue
                    found |= {
                        m[4]
                        for m in self._within(para, owner.left_edge.idx, owner.idx + len(owner))
                        if m[3] == "PERSON" and m[1] <= owner.idx < m[2]
                    }
        return found.pop() if len(found) == 1 else None

    def _place_named(self, noun: str, until: tuple[int, int]) -> str | None:
        """The one organisation or facility named before `until` (paragraph, char) whose name ends with `noun`
        ("Bristol Airport" for "the airport"), None when none or several are."""
        named = {
            m[4]
            for m in self.mentions
            if m[3] in ("ORG", "FAC") and m[4].lower().endswith(" " + noun) and (m[0], m[1]) < until
        }
        if not named:
            # "Heathrow chief executive Thomas Woldbye will step down, the airport said": the one facility named
            # by a bare name (no word of a kind of its own, "Wembley Stadium") in the headline or near before
            named = {
                m[4]
                for m in self.mentions
                if m[3] == "FAC"
                and (m[0], m[1]) < until
                and (m[0] == 0 or until[0] - m[0] <= 1)
                and m[4].split()[-1].lower() not in SPEAKING_PLACES | FACILITY_WORDS
            }
        return named.pop() if len(named) == 1 else None

    def _unread_name(self, token: Token, para: int, start: int, end: int) -> str | None:
        """The name of a body the recogniser did not read, written with capitals on its kind word and the words before
        it ("The Met Office says", "the Cabinet Office said"): that body, as the article names it elsewhere, else the
        words as written; None for a description ("the office", "the regional office") or in a headline, whose
        capitals say nothing."""
        if self.numbers[para] == 0 or not token.text.istitle() or self._within(para, start, end):
            return None
        # the words between the article and the kind word ("The Met Office", the parse may hang more on it)
        article = [c.i for c in token.lefts if c.lower_ in ("the", "this", "that")]
        if not article:
            return None
        before = token.doc[article[-1] + 1 : token.i]
        if not len(before) or not all(c.dep_ == "compound" and c.text[:1].isupper() for c in before):
            return None
        words = token.doc[before.start : token.i + 1].text
        return self._body_named(words) or self.texts[para][start:end]

    def _body_ending_so(self, para: int, start: int, compounds: list[Token], token: Token) -> str | None:
        """The one organisation named before (para, start) whose name ends with the words of a definite description
        ("the action group": the Little Ashby Action Group), wherever it was named; None when none or several do."""
        first = min(c.i for c in compounds)
        if any(not t.is_alpha for t in token.doc[first : token.i + 1]):
            return None
        words = " ".join(t.lower_ for t in token.doc[first : token.i + 1])
        bodies = {
            m[4]
            for m in self.mentions
            if (m[0], m[1]) < (para, start)
            and m[3] == "ORG"
            and len(m[4].split()) > len(words.split())
            and m[4].lower().endswith(" " + words)
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _named_by_form(self, word: str) -> list[tuple[int, int, int, str, str]]:
        """An organisation's mention written elsewhere in the article exactly as `word` ("Northern" of Northern
        Rail), when that form names one organisation only; [] otherwise."""
        found = [m for m in self.mentions if m[3] == "ORG" and self.texts[m[0]][m[1] : m[2]] == word]
        return found[:1] if len({m[4] for m in found}) == 1 else []

    def _body_named(self, words: str) -> str | None:
        """The one organisation of the article whose name ends with the words of a body ("foreign ministry": the
        Chinese Foreign Ministry), case aside; None when none or several do."""
        words = " ".join(words.lower().split())
        if not words:
            return None
        bodies = {
            m[4]
            for m in self.mentions
            if m[3] == "ORG" and (m[4].lower() == words or m[4].lower().endswith(" " + words))
        }
        if not bodies and len(words.split()) > 1 and words.split()[-1] in PUBLIC_BODY_KINDS:
            # "disaster agency": the one public body whose name holds the words that say what it does ("the
            # Disaster and Emergency Management Authority"), whatever word of its kind it ends with
            *field, _ = words.split()
            bodies = {
                m[4]
                for m in self.mentions
                if m[3] == "ORG"
                and m[4].split()[-1].lower() in PUBLIC_BODY_KINDS
                and set(field) <= set(m[4].lower().split())
            }
        return bodies.pop() if len(bodies) == 1 else None

    def _entity_ending(self, words: str, types: tuple[str, ...] = HEADLINE_SPEAKERS) -> str | None:
        """The person or organisation (of `types`) of the article whose name ends with `words` ("Okafor": Daniel
        Okafor), the one named most when several do."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m[3] in types and (m[4] == words or m[4].endswith(" " + words)):
                counts[m[4]] = counts.get(m[4], 0) + 1
        if not counts and "PERSON" in types:  # a person heard before under a name the recogniser typed otherwise
            counts = {m[4]: 1 for m in self.surnamed if m[4].endswith(" " + words)}
        return max(counts, key=counts.get) if counts else None
