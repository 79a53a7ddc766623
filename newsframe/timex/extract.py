"""Run the grammar over a text (and its spaCy parse): pick non-overlapping expressions, resolve them in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from . import lexicon as lx
from .grammar import (
    COMPARED_WITH_BEFORE,
    FIGURE_SET_AGAINST,
    MONTH,
    NIGHT_OF_BEFORE,
    NOT_SUPERLATIVE_EST,
    NUMBER,
    PRECISION,
    RULE_GATES,
    RULES,
    WEEKDAY,
    YEAR,
    Candidate,
    Context,
    duration_parts,
    granular,
    number_value,
    part_of_span,
    release_day_of,
    shift,
    shift_value,
    value_datetime,
    value_span,
    value_start,
    week_value,
    weekday_date,
    with_mod,
)

if TYPE_CHECKING:  # only annotations name spaCy's types: reading cached tables needs no parser
    from spacy.tokens import Doc, Span, Token

# spaCy entity labels that mark a number as a quantity, not a date ("9,000 soldiers", "$1998").
NOT_DATE_LABELS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT", "FAC", "LAW"}
# How far up the dependency tree to look for the verb that carries an expression's tense; for a tense, when that
# finds none, on up to FAR_HEAD_STEPS ("anyone who was in the area of the station between 8 pm and 10 pm on Sunday":
# the date hangs on nouns seven heads below "was").
MAX_HEAD_STEPS = 6
FAR_HEAD_STEPS = 12
# Modal verbs that point forward ("may visit Friday"); "would" included since reported plans look ahead.
# Verbs of warning of what may happen, whose "could" clause is a possibility still to come.
WARNING_VERBS = {"warn", "caution", "fear", "predict", "forecast"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "would", "may", "might", "should", "must"}
# Modals whose perfect ("will have finished by June") is still to come; the others' ("would have turned 40 on
# Monday", "must have left on Friday") look back.
FUTURE_PERFECT_MODALS = {"will", "shall", "'ll", "wo"}
# Verbs of saying: in the present tense ("says Friday") they still report what was said, so they point back.
REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "insist", "note"}
# Rules whose expressions read a time of day, and those that give a calendar day it can be merged with.
TIME_RULES = {"time_of_day"}
DAY_RULES = {"weekday", "month_day", "relative_day", "iso_date", "slash_date", "this_part_of_day"}
# Days a clock time next to them is a time of: those above and a holiday named by its day ("at 1pm on Christmas Eve").
CLOCK_DAY_RULES = DAY_RULES | {"holiday", "movable_holiday", "easter"}
# What may stand between a clock time and its day for the two to be one expression ("10 p.m. Wednesday", "9:14 a.m.
# local time on Tuesday", "8pm Moscow time on Friday").
TIME_DAY_GLUE = re.compile(
    # "until midnight on the bank holiday Monday": the day a holiday's name comes before
    r"^(?:,?\s*(?:on|at|of|)\s*|\s+on\s+the\s+(?:bank\s+|public\s+)?holiday\s+"
    r"|\s+[A-Z]{2,4}T?,?\s+(?:on\s+)?|\s+(?:local|[A-Z][a-z]+) time,?\s+(?:on\s+)?)$"
)


def governing_verb(token: Token, steps: int = MAX_HEAD_STEPS) -> Token | None:
    """The verb (or auxiliary) governing `token`, walking up at most `steps` heads."""
    tok, below = token, token
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX"):
            return _said_on(tok, below)
        if tok.head.i == tok.i:
            return None
        tok, below = tok.head, tok
    return _said_on(tok, below) if tok.pos_ in ("VERB", "AUX") else None


def _participle_of_a_fragment(token: Token) -> bool:
    """Whether `token` hangs on a present participle after the noun of a sentence with no verb of its own ("A
    cheaper machine, launching in the autumn.", "Next: a children's list, opening in the spring"): an answer naming a
    thing to come and what it will do, which has no tense to go by but looks ahead."""
    verb = governing_verb(token)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") or verb.head.pos_ in ("VERB", "AUX"):
        return False
    if any(child.dep_ in ("aux", "auxpass") for child in verb.children):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in verb.sent)


def _said_on(verb: Token, below: Token) -> Token:
    """The verb a phrase `below` of `verb` belongs to: the verb of saying when the parse hung the phrase on the said
    clause though it stands before that clause's subject ("said on Friday it would cut 400 jobs": the saying); the
    verb of a relative clause on the subject when the phrase ends that clause, between it and the main verb
    ("Pupils who sat their exams last year saw grades fall": the sitting)."""
    if (ending := _ends_a_relative_clause(verb, below)) is not None:
        return ending
    head = verb.head
    if (
        verb.dep_ == "ccomp"
        and below.dep_ == "prep"
        and head.lemma_.lower() in REPORTING_VERBS
        and head.i < below.i
        and not any(c.dep_ == "mark" and c.i < below.i for c in verb.children)  # "said that on Friday it had"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > below.right_edge.i for c in verb.children)
        # 'told the court: "In the last six months she had become frail"': a phrase opening a quotation is the
        # quoted clause's, whatever the parse hung it on
        and not any(t.is_quote or t.text == ":" for t in verb.doc[head.i + 1 : below.i])
    ):
        return head
    return verb


def _ends_a_relative_clause(verb: Token, below: Token) -> Token | None:
    """The verb of the relative clause on `verb`'s subject that a time phrase `below` of `verb` ends, when the phrase
    stands right after that clause and before `verb` ("Pupils who sat their exams last year saw grades fall"):
    English puts a clause's time at its end, so the phrase is the relative clause's, however the parse hung it.
    None otherwise."""
    if below.dep_ not in ("npadvmod", "prep") or below.head.i != verb.i:
        return None
    before = below.left_edge.i - 1
    if below.i > verb.i:
        return _ends_a_past_relative_clause_after(verb, below)
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i > before:
            continue
        for clause in subject.children:
            if clause.dep_ == "relcl" and clause.pos_ in ("VERB", "AUX") and clause.right_edge.i == before:
                return clause
    return None


# Words in a time phrase that look ahead: "next", "coming" ("the figures it promised next month").
AHEAD_IN_A_PHRASE = frozenset({"next", "coming", "upcoming", "following"})


def _ends_a_past_relative_clause_after(verb: Token, below: Token) -> Token | None:
    """The verb of a relative clause in the past on a noun after `verb` that a time phrase `below` of `verb` ends,
    standing right after it ("expects profit below the £955m it forecast in November", "cut the dividend it had
    raised in March"): the phrase is the relative clause's, as a clause's time comes at its end, however the parse
    hung it; a past tense never takes a month still to come. None when the clause is not in the past or the phrase
    looks ahead ("the figures it promised next month")."""
    before = below.left_edge.i - 1
    if any(t.lower_ in AHEAD_IN_A_PHRASE for t in below.subtree):
        return None
    for clause in verb.doc[verb.i + 1 : below.left_edge.i]:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX") or clause.right_edge.i != before:
            continue
        if verb not in clause.ancestors:
            continue
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        past = (
            clause.tag_ == "VBD"
            or (clause.tag_ == "VBN" and any(is_have(a) and a.tag_ != "VB" for a in auxes))
            # a clause with no relative word ("the £955m it forecast"), its past read as a participle
            or (clause.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in clause.children))
            or any(a.tag_ == "VBD" for a in auxes)
        )
        return clause if past else None
    return None


# Verbs of state, of measure and of relation: in the simple present they say what holds now ("the deal values Quanta
# at $41 a share, a premium to its closing price on Friday", "the offer represents a discount to Monday's close"),
# not an event to come as an eventive present does ("Harton host Kettleby Town on Tuesday", "the minister opens the
# bridge on Friday"). A date in their clause dates something else, a price or a level already known: a past one.
STATIVE_VERBS = {
    "value",
    "cost",
    "represent",
    "equal",
    "total",
    "amount",
    "exceed",
    "outnumber",
    "comprise",
    "contain",
    "own",
    "owe",
    "weigh",
    "imply",
    "reflect",
    "mean",
    "resemble",
}

# A polite "would" asks or thanks now, it plans nothing: "would like", "would appreciate", "would be welcome".
POLITE_VERBS = {"like", "love", "appreciate", "welcome"}
POLITE_STATES = {"welcome", "grateful", "appreciated", "keen", "pleased", "glad"}

# Adverbs that make a present progressive what is going on now, not a plan ("are still recovering from the floods
# in March", "is now paying for the rise in July").
ONGOING_ADVERBS = frozenset({"still", "already", "now", "currently"})

# Words that look forward from the time of the verb: "is due on Friday", "was expected on Wednesday". In the past
# tense they leave it open whether the day has come ("the ruling was expected on Friday" may be before or after it).
EXPECTING = {
    "due",
    "expected",
    "scheduled",
    "slated",
    "poised",
    "planned",
    "pencilled",
    "penciled",
    "earmarked",
    "timetabled",
}


# Adjectives of chance that look forward when an infinitive follows: "Thursday afternoon is likely to be the busiest
# time", and, told by a saying, "the RAC said Thursday afternoon was likely to be the busiest": still to come.
LIKELY_WORDS = {"likely", "unlikely", "certain", "sure", "set"}


# Participles of forecasting: in the present passive ("are forecast", "is predicted") they name what is to come.
FORECAST_PARTICIPLES = {"forecast", "forecasted", "predicted", "projected"}
# Verbs by which someone expects or forecasts a thing: what one expects or forecasts now is still to come.
FORECASTING_VERBS = frozenset({"expect", "forecast", "predict", "anticipate"})


# Verbs of expecting that, after "than" or "as", name the yardstick an outcome is measured against: "borrowing was
# higher than expected in January", "inflation fell as forecast in December", "weaker than analysts had predicted".
COMPARED_EXPECTATIONS = frozenset(
    "expect forecast predict anticipate project estimate hope fear plan budget target feared".split()
)


def compared_outcome(verb: Token) -> Token | None:
    """The verb of the outcome an expectation is compared with ("borrowing was higher than expected in January":
    "was"), when `verb` is such an expectation after "than" or "as"; None otherwise. A date there is the outcome's:
    the expectation has no time of its own, and its looking forward ("expected") says nothing of when it came."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in COMPARED_EXPECTATIONS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
        return None  # "higher than we will forecast in March": an expectation still to be made has its own time
    tok = verb.head
    for _ in range(MAX_HEAD_STEPS):  # "higher", "more" and "faster" stand between the comparison and its verb
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") and tok.i != verb.i else None


# Verbs whose passive tells what someone was promised ("we were told", "families had been promised"): what they were
# told "would" happen was to come at a time of telling the text does not give.
TOLD_VERBS = {"tell", "promise", "assure", "inform", "advise", "reassure"}


def _told_long_ago(verb: Token) -> bool:
    """Whether `verb` is what a past passive of telling reports ("We were told the report would be out …")."""
    head = verb.head
    return (
        any(a.dep_ == "aux" and a.lower_ == "would" for a in verb.children)
        and verb.dep_ == "ccomp"
        and head.lemma_.lower() in TOLD_VERBS
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in head.children)
        # "were told on Monday that …": the telling is dated; a phrase after what was told ("would be out in the
        # summer, then in October") the parse may hang on the telling, but it dates what was told
        and not any(c.dep_ in ("prep", "npadvmod") and c.i < verb.i for c in head.children)
    )


# Participles that put one event after or before another ("followed by a call with analysts at 9.30am"): they have
# no tense of their own but the one of the event they are hung on.
SEQUENCE_PARTICIPLES = frozenset({"followed", "preceded"})


def is_have(token: Token) -> bool:
    """Whether `token` is a form of "have" (the lemmatizer leaves the auxiliary "having" as it is: "having raised
    them in January" is a perfect, what was done before)."""
    return token.lemma_ == "have" or token.lower_ == "having"


def due_to_a_cause(word: Token) -> bool:
    """Whether `word` is the "due" of "due to" a cause ("The delay was due to illness", "was due to heavy rain"): a
    reason, which looks nowhere, not a plan ("was due to start", "due to be sentenced"), whose infinitive follows."""
    if word.lower_ != "due" or word.i + 2 >= len(word.doc) or word.doc[word.i + 1].lower_ != "to":
        return False
    after = word.doc[word.i + 2]
    return after.tag_ != "VB" or after.lower_ in lx.WEATHER_VERBS


def verb_tense(verb: Token) -> str | None:
    """'past', 'future' or 'present' from a verb's tag and auxiliaries; None when there is no telling."""
    outcome = compared_outcome(verb)
    if outcome is not None:
        return verb_tense(outcome)
    if _name_read_as_a_past(verb):
        return None  # "host Dunmere three days later", "Dunmere" tagged a past: a name tells no tense
    seer = _bare_infinitive_of(verb)
    if seer is not None:
        return verb_tense(seer)  # "which saw its first students finish their courses in June": what was seen
        # (or made, or helped) to happen happened when the seeing did
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    expecting = verb.lower_ in EXPECTING or any(
        c.dep_ == "acomp"
        and (
            (c.lower_ in EXPECTING and not due_to_a_cause(c))
            or (
                c.lower_ in LIKELY_WORDS
                and (
                    any(x.dep_ == "xcomp" for x in c.children)
                    # "Forecasters said frost was likely on Tuesday": what a saying called likely is to come
                    or (c.lower_ in ("likely", "unlikely") and _reported_by_a_saying(verb))
                )
                and not _compared_chance(c)  # "were a third less likely to develop": a rate, no plan
            )
        )
        for c in verb.children
    )
    if expecting:
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            # "the ruling was expected on Friday" may be before or after it; but what someone "said" was expected
            # is the present of the saying put in the past ("the Met Office said calmer weather was expected from
            # Thursday"): still to come
            return "future" if _reported_by_a_saying(verb) else None
        return "future"
    if (
        verb.tag_ == "VBN"
        and verb.lower_ in FORECAST_PARTICIPLES
        and auxes
        and all(a.tag_ in ("VBZ", "VBP") for a in auxes)
    ):
        return "future"  # "Rainfall totals of ten inches are forecast from Thursday into Saturday": the weather
        # or the figure a forecast names is still to come, as what "is expected" is
    if (
        not auxes
        and verb.tag_ == "VB"
        and verb.dep_ == "ccomp"
        and verb.head.tag_ in ("VBZ", "VBP")
        and verb.head.lemma_.lower() in FORECASTING_VERBS
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.head.children)
    ):
        return "future"  # "Forecasters expect a drier spell from Wednesday", the noun read as a bare verb: what is
        # expected now lies ahead
    if (
        not auxes
        and verb.tag_ == "VB"
        and verb.dep_ in ("pcomp", "xcomp", "pobj")
        and verb.head.lower_ in EXPECTING
        and verb.head.pos_ not in ("VERB", "AUX")
        and verb.head.head.pos_ in ("NOUN", "PROPN")
    ):
        return "future"  # "with the transfer window due to close on Tuesday night": a plan hung on a noun with no
        # finite verb of its own, still to come whatever the main clause's tense
    if (
        plan_lemma(verb) in PLANNED_THING_VERBS
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
        and _reported_by_a_saying(verb)
    ):
        return "future"  # "said it did not plan further increases before the spring": a plan a saying reports is
        # of the present of the saying, and the planned thing is still to come
    if any(a.lower_ == "would" for a in auxes) and (
        verb.lemma_.lower() in POLITE_VERBS
        or any(c.dep_ == "acomp" and c.lower_ in POLITE_STATES for c in verb.children)
    ):
        return None  # "footage from Tuesday would be welcome", "would like to hear": a polite present, no plan
    if (
        verb.tag_ == "VBN"
        and any(is_have(a) for a in auxes)
        and any(a.tag_ == "MD" and a.lower_ not in FUTURE_PERFECT_MODALS for a in auxes)
    ):
        return "past"  # "would have been visible for four seconds", "should have closed in March": what was (or
        # might have been) before, not a plan; "will have finished by June" is still to come
    if any(a.lower_ in FUTURE_MODALS for a in auxes) or verb.lower_ in ("will", "'ll"):
        return "future"
    if _open_condition(verb):
        return "future"
    if any(a.lower_ in ("can", "ca") for a in auxes) and not any(is_have(a) for a in auxes):
        return "future"  # "Residents can see the plans on Saturday": what may be done is still to come
    if (
        any(a.lower_ == "could" for a in auxes)
        and verb.tag_ == "VB"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in WARNING_VERBS
    ):
        return "future"  # "Network Rail warned that lines could close on Saturday": what a warning says could
        # happen is still to come, not a past ability ("said she could not attend on Friday")
    if (
        any(a.lower_ == "could" for a in auxes)
        and verb.tag_ == "VB"
        and (
            verb.dep_ == "ROOT"
            or (verb.i < verb.head.i and _reported_by_a_saying(verb))  # "Up to 20cm could fall overnight,
            # forecasters said": the said clause put first stands as the sentence's own
        )
        and not any(is_have(a) for a in auxes)
        and verb.lemma_.lower() not in PERCEIVING_VERBS
        and not any(c.dep_ in ("neg", "mark") or c.lower_ in LIMITING_ADVERBS for c in verb.children)
        and sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) == 1  # a "that" clause or two subjects:
        # a misparse that took a said clause for the sentence
    ):
        return "future"  # "Up to 10cm of snow could fall overnight": a main clause's plain "could" tells what may
        # happen, still to come; a past ability is told in the negative or with "only" ("could not attend",
        # "could only watch") or of the senses ("could see the smoke")
    if (
        any(a.lower_ in POSSIBLE_MODALS for a in auxes)
        and verb.tag_ == "VB"
        and not any(is_have(a) for a in auxes)
        and any(
            c.dep_ == "advcl"
            and c.tag_ not in ("VBD", "VBN")  # a present (or one read as a noun: "if fewer staff volunteer")
            and not any(x.dep_ == "aux" and x.lower_ in ("had", "'d", "did") for x in c.children)
            and any(x.dep_ == "mark" and x.lower_ in CONDITION_MARKERS for x in c.children)
            for c in verb.children
        )
    ):
        return "future"  # "redundancies could follow in the spring if fewer than 200 staff volunteer": what may
        # happen on a condition in the present is still to come (not a past ability, "could swim in the spring")
    if any(a.tag_ == "MD" for a in auxes):
        return None
    if not auxes and verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if (
            verb.head.tag_ == "VBD"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.head.children)
            and verb.lower_ not in SAME_IN_THE_PAST
        ):
            return "present"  # "exams began last week and finish on 24 June": no auxiliary to share, and a base
            # form is no past; the plain present of a timetable
        return verb_tense(verb.head)  # "will shut on Friday and reopen on Monday": the auxiliary is shared
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN":
        if any(is_have(a) for a in auxes):
            return "past"
        if (
            not auxes
            and verb.lower_ in SEQUENCE_PARTICIPLES
            and verb.dep_ == "advcl"
            and verb.head.i < verb.i
            and verb.head.pos_ in ("VERB", "AUX")
        ):
            return verb_tense(verb.head)  # "will be published at 7am on Thursday, followed by a call at 9.30am":
            # what comes next in a run of events is told in the tense of the one it follows
        if any(a.tag_ == "TO" for a in auxes):
            return _infinitive_tense(verb)  # "is expected to be sworn in on Monday": a passive infinitive looks
            # where its active one would ("to swear him in"), from the verb above it
        if not auxes and verb.dep_ in ("ccomp", "xcomp", "oprd") and plan_lemma(verb.head) in PLAN_WORDS:
            return "future"  # "I want this resolved before Easter", "needs the bridge reopened by Monday"
        if (
            not auxes
            and verb.lemma_.lower() in SET_FOR
            and (verb.dep_ not in ("acl", "amod") or verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"))
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
            and not any(c.dep_ == "nsubj" for c in verb.children)
        ):
            return "future"  # a headline's "Starfall Odyssey now set for March release": is set for, to come
        if (
            not auxes
            and verb.lemma_.lower() in SET_FOR
            and verb.dep_ == "acl"
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "agent") for c in verb.children)
        ):
            return None  # "a summit set for Washington in April": a plan named by its noun, on either side of now
        if auxes and all(a.tag_ == "VBG" for a in auxes) and verb.dep_ in ("pcomp", "advcl"):
            # "was due in the spring before being pushed back to the autumn in January": the passive participle
            # has the tense of the clause it hangs on
            main = governing_verb(verb.head, 3)  # "was due out … before being pushed": over "before" and "due"
            if main is None or main.i == verb.i:
                return None
            told = [main] + [c for c in main.children if c.dep_ in ("aux", "auxpass")]
            return verb_tense(main) or ("past" if any(t.tag_ == "VBD" for t in told) else None)
        if not auxes and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
            main = verb.head  # "will be played on 9 May, with the trophy presented later that day", "with" read as
            # the mark of a clause: as below, the participle has the tense of the clause it is added to
            if main.pos_ in ("VERB", "AUX") and main.i < verb.i:
                return verb_tense(main)
        if not auxes and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
            main = verb.head.head.head
            if main.pos_ in ("VERB", "AUX") and main.i != verb.i:
                # "the draw will be made on Monday, with ties played in the week starting 5 October": a participle
                # after "with" tells no time of its own; it has the tense of the clause it is added to
                return verb_tense(main)
        return "past" if not auxes else "present"
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return _infinitive_tense(verb)
    if verb.tag_ == "VBP" and verb.lower_ in past_forms():
        return "past"  # "In the summer we rebuilt the back line": a past form the tagger took for a present
    if verb.tag_ == "VBP" and verb.lower_ in SAME_IN_THE_PAST and not auxes:
        return "past"  # "gilt yields hit their highest level on Tuesday": news tells what a day's verb did
    if verb.tag_ in ("VBZ", "VBP") or _present_tagged_as_base_form(verb, auxes):
        if verb.lemma_.lower() in STATIVE_VERBS:
            return (
                "past"  # a state that holds now schedules nothing: its date is a noun's gone by ("its closing price")
            )
        if verb.lemma_ in REPORTING_VERBS and not _reports_nothing(verb) and not _tells_an_open_question(verb):
            return "past"
        return "future"  # an eventive present plans: "meets in March", "opens in May", "reports in November"
    if verb.tag_ == "VBG":
        if any(is_have(a) for a in auxes):
            return "past"  # "has been living there for six months": the present perfect progressive looks back
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            if any(c.dep_ == "advmod" and c.lower_ in ONGOING_ADVERBS for c in verb.children):
                return "present"  # "are still adjusting after the rate rise in July": what goes on, no plan
            if any(_this_morning(c) for c in verb.children):
                return "present"  # "Heavy rain is battering the north this morning, with roads closed overnight":
                # what goes on as the morning paper comes out, no plan
            return "future"  # "is visiting on Friday": a planned event
        if (
            not auxes
            and verb.head.dep_ == "relcl"
            and verb.i > 0
            and verb.nbor(-1).text == ","
            and any(t.text == "," for t in verb.doc[verb.head.head.i + 1 : verb.head.i])
        ):
            # "agreed a supply contract with a customer, which it did not name, starting in January": the parse hung
            # the participle on the aside; it tells of the noun the aside is about, as "a contract starting in
            # January" does, with no tense of its own
            return None
        if not auxes and verb.dep_ in PARTICIPLE_DEPS and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            saying = next(
                (
                    c
                    for c in verb.head.children
                    if c.dep_ == "parataxis" and c.i > verb.i and c.lemma_.lower() in REPORTING_VERBS
                ),
                None,
            )
            if saying is not None:  # 'Speaking before midnight, he said, "We are going to …"': the parse hung the
                return verb_tense(saying)  # participle on the quotation; it tells of the saying
            return verb_tense(verb.head)  # "Starting Monday, shops will open later": the tense of the main clause
        if not auxes and _with_a_published_schedule(verb):
            return "future"  # "has completed its line-up, with the Lanterns headlining on Friday": a part of the
            # schedule made known is still to come, whatever the tense of the making known
        head = verb.head.head
        if not auxes and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)  # "told to check the roads before setting off on Saturday": check's tense
        above = governing_verb(head, 2) if not auxes and verb.dep_ == "pcomp" and head.pos_ == "ADJ" else None
        if above is not None and verb_tense(above) == "past":
            return "past"  # "was found guilty of killing him in March": a deed judged already done
        return None
    return None


def _this_morning(word: Token) -> bool:
    """Whether `word` is the "this morning" a verb is told at ("is battering the north this morning")."""
    return (
        word.dep_ == "npadvmod"
        and word.lower_ == "morning"
        and any(c.dep_ == "det" and c.lower_ == "this" for c in word.children)
    )


# Nouns of a schedule made known, the object of the clause a "with" participle is added to: "has completed its
# line-up, with the Lanterns headlining on Friday", "unveiled its programme, with the parade opening on Sunday".
SCHEDULE_NOUNS = frozenset(
    "line-up lineup programme program schedule timetable fixtures itinerary bill calendar agenda running order".split()
)


def _with_a_published_schedule(verb: Token) -> bool:
    """Whether the participle `verb`, after "with", is added to a clause in the present or the present perfect whose
    object is a schedule ("has completed its line-up, with the Lanterns headlining on Friday"): what the schedule
    holds is still to come. A clause told in the simple past ("announced its line-up in March") is left to the
    main clause's tense, as is any other object ("has won three in a row, with the latest coming on Saturday")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        main = verb.head.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        main = verb.head.head.head
    else:
        return False
    if main.pos_ not in ("VERB", "AUX") or main.i == verb.i or main.i > verb.i:
        return False
    told = [main] + [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    if any(t.tag_ in ("VBD", "MD") for t in told):
        return False
    obj = next((c for c in main.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    words = {t.lower_ for t in obj.subtree if t.i <= obj.i}
    words |= {"line-up" for t in obj.subtree if t.lower_ == "up" and t.i > 1 and t.nbor(-2).lower_ == "line"}
    return bool(words & SCHEDULE_NOUNS)


# Verbs that take an object and a bare infinitive: "saw prices rise", "watched Ireland beat England", "helped the
# team win", "made them wait". The infinitive has no tense of its own; the parse may even take it for a present
# whose subject is a noun further back ("Harwick College, which saw its students finish their courses in June").
BARE_INFINITIVE_VERBS = frozenset("see watch hear help let make feel notice".split())


def _bare_infinitive_of(verb: Token) -> Token | None:
    """The verb of seeing, helping or making whose object comes right before `verb`, a base or plain present form with
    no auxiliary ("saw its first cohort of students finish"), else None."""
    if verb.tag_ not in ("VB", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    for token in verb.doc[verb.sent.start : verb.i]:
        if token.lemma_.lower() not in BARE_INFINITIVE_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "dobj" and c.right_edge.i == before.i for c in token.children):
            return token
        if verb.head.i == token.i and verb.dep_ in ("ccomp", "xcomp") and verb.tag_ == "VB":
            return token  # "will let the players rest on Sunday", read as a clause with its own subject
    return None


def _name_read_as_a_past(verb: Token) -> bool:
    """Whether a word tagged a past form is a name the tagger misread: capitalised inside its sentence, with no
    auxiliary, and neither a regular past ("-ed") nor an irregular past form the lemmatizer knows ("Dunmere" in
    "host Dunmere three days later")."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.i > verb.sent.start
        and verb.text[:1].isupper()
        and not verb.text.isupper()
        and not verb.lower_.endswith(("ed", "en", "t"))
        and verb.lower_ not in past_forms()
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _present_tagged_as_base_form(verb: Token, auxes: list[Token]) -> bool:
    """Whether a base form heading its sentence with its own subject and no auxiliary is a plain present the tagger
    misread ("Tickets for the home leg go on sale on Monday", "go" tagged VB): a sentence with a subject has a
    finite verb, and a base form is finite only in the present. A name counts as a plural subject: a team or a
    firm takes a plural verb in British English ("Kettleby play Wexley on Saturday"). A base form straight after a
    past form the parse made the sentence's verb ("Tickets for the Corran run go on sale on Monday", "run" read as a
    participle) is that verb: two verbs side by side with no auxiliary cannot both be finite, and the first is the
    end of the subject."""
    if verb.tag_ != "VB" or auxes:
        return False
    head = verb.head
    if (
        verb.dep_ != "ROOT"
        and head.i == verb.i - 1
        and head.dep_ in ("ROOT", "ccomp", "conj")
        and head.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children)
    ):
        verb = head  # the subject is the misread verb's
    elif (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() in REPORTING_VERBS
        and head.i < verb.i
        and not any(c.dep_ in ("mark", "aux") for c in verb.children)
    ):
        pass  # "Fans have been told tickets go on sale on Wednesday": what is said, with its own plural subject
    elif verb.dep_ != "ROOT":
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS", "NNP") for c in verb.children)


# What a verb of saying has that tells what was said: a clause, an object, a quotation joined to it.
SAID_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "parataxis", "advcl", "prep", "attr", "oprd"})


def _reports_nothing(verb: Token) -> bool:
    """Whether a verb of saying in the simple present says nothing: no clause, object or quotation of what is said,
    and it is no aside of a quotation itself ("Sainsbury's, which reports in November", "Morrisons reports next
    week"). Then it is an event on a calendar, a company's results, still to come; "says Friday that", "reports a
    rise", '"We are ready," he says' report what was said."""
    if verb.dep_ in ("parataxis", "ccomp") or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ in SAID_DEPS and not _a_time(c) for c in verb.children):
        return False
    sentence = verb.sent.text
    return not any(mark in sentence for mark in ('"', "“", "”"))


# Words of a question a clause may ask: "whether it will pay", "which stores will close".
QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_WORDS = frozenset({"which", "what", "who", "whom", "whose", "when", "where", "how"})


def _tells_an_open_question(verb: Token) -> bool:
    """Whether a verb of saying in the simple present has for what it says a question still open ("announces in
    January whether it will pay a dividend", "confirms on Friday which stores will close"): what is not yet decided
    cannot have been said, so the saying is one on a calendar, still to come."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
            return not re.match(r"\s*or not\b", verb.doc[clause.right_edge.i + 1 :].text)  # "or not": concessive
        words = list(clause.subtree)
        if (
            words
            and words[0].lower_ in QUESTION_WORDS
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children)
        ):
            return True
    return False


def _a_time(token: Token) -> bool:
    """Whether `token` heads only a time ("in November", "next week", "on Thursday"): no word of what was said."""
    words = [t for t in token.subtree if not t.is_punct]
    return any(t.ent_type_ in ("DATE", "TIME") for t in words) and all(
        t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in words
    )


# Participles of a plan that a headline writes for "is … for": "set for March release", "slated for June".
SET_FOR = {"set", "schedule", "slate", "plan", "earmark", "pencil"}

# Verbs whose past is their present ("hit", "cut", "set"): in the plain present with a day ("yields hit a high on
# Tuesday", "lenders cut rates on Monday") news tells what happened; a plan would say "will". Tagged a base form after
# a past verb ("cut prices and set targets"), they may still be its past.
SAME_IN_THE_PAST = frozenset(
    "hit cut set put shut spread quit hurt split burst cast upset broadcast forecast shed bid".split()
)


def _subject_read_as_time_of_saying(date: Token) -> Token | None:
    """The verb whose subject `date` is when the parse took it for the time of a saying ("The RAC said Thursday
    afternoon, the start of the long weekend, was likely to be the busiest"): the day hangs on "said" as a bare noun
    of time, and "said" is read as a relative clause of the sentence's subject ("group"), whose verb ("was") comes
    after the day. None otherwise ("The RAC said Thursday that roads were busy": the day of the saying)."""
    saying = date.head
    if date.dep_ not in ("npadvmod", "tmod") or saying.lemma_.lower() not in REPORTING_VERBS:
        return None
    doc = date.doc
    if saying.dep_ == "relcl" and saying.head.dep_ == "nsubj":
        verb = saying.head.head
    else:  # or the day's words in apposition are read as the subject of what was said: "said Wednesday evening,
        # the start of the holidays, was likely …", with the comma closing them right before the verb
        verb = next((c for c in saying.children if c.dep_ == "ccomp" and c.i > date.i), None)
        if verb is None or date.i + 1 >= len(doc) or doc[date.i + 1].text != "," or doc[verb.i - 1].text != ",":
            return None
        if not any(c.dep_ == "nsubj" and date.i < c.i < verb.i for c in verb.children):
            return None
    if verb.i <= date.i or verb.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    return verb


def _day_of_what_was_said(date: Token) -> Token | None:
    """The verb of what was said when a day written at its end, before the comma and the saying that closes the
    sentence, is hung by the parse on the saying ("Biden is expected to sign the bill Wednesday, the White House
    said"): the day is of what was said, in that clause's tense. None when the day follows the saying ("the
    White House said Wednesday") or no comma parts them."""
    saying = date.head
    if date.dep_ not in ("npadvmod", "tmod") or saying.lemma_.lower() not in REPORTING_VERBS:
        return None
    said = next((c for c in saying.children if c.dep_ == "ccomp" and c.i < date.i), None)
    subject = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if said is None or subject is None or not date.i < subject.left_edge.i < subject.i < saying.i:
        return None
    if not any(t.text == "," for t in date.doc[date.i + 1 : subject.left_edge.i]):
        return None
    return said


# Verbs of planning a thing named by a noun ("plans further increases", "intends a sale"): what is planned is to
# come after the planning.
PLANNED_THING_VERBS = frozenset({"plan", "intend", "schedule", "propose", "envisage"})


def _reported_by_a_saying(verb: Token) -> bool:
    """Whether `verb` heads what a plain past verb of saying reports ("said the verdict was due on Thursday"), or a
    clause of its own joined to what it reports ("said it had cancelled sailings and that disruption was likely on
    Saturday": the second clause is said as much as the first), or a clause hung on what it reports ("said it would
    turn calmer, though more rain was likely from Thursday")."""
    while (
        verb.dep_ in ("conj", "advcl")
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.head.i < verb.i
        and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    ):
        verb = verb.head
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() in REPORTING_VERBS
        and head.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in head.children)  # "had said", "would say": no plain saying
        and not _in_the_speakers_own_words(verb, head)
    )


QUOTE_TAGS = frozenset({"``", "''"})


def _in_the_speakers_own_words(verb: Token, saying: Token) -> bool:
    """Whether the clause of `verb` stands whole inside quotation marks that its verb of saying stands outside ('"In
    the spring we expected a loss," she said'): the speaker's own words keep their own tenses, so a past there is
    the speaker's past, not a present the saying put back (as in "she said a loss was expected"). A quoted fragment
    of a reported clause ('said the result "was expected" in May') is put back with the rest of it."""
    first = verb.left_edge.i
    while first < verb.i and (verb.doc[first].is_punct or verb.doc[first].tag_ in QUOTE_TAGS):
        first += 1  # the clause may be read as starting with the quotation mark itself
    if first == 0 or verb.doc[first - 1].tag_ not in QUOTE_TAGS:
        return False
    low, high = sorted((verb.right_edge.i, saying.i))
    return any(t.tag_ in QUOTE_TAGS for t in verb.doc[low : high + 1])


@lru_cache(maxsize=1)
def past_forms() -> frozenset[str]:
    """The irregular past forms of verbs in the parser's lemmatizer ("rebuilt", "sold", "upheld") that are no verb's
    own base form too ("found", "lay", "saw" are), nor a form of "be", "have" or "do"."""
    from .. import nlp

    try:
        lookups = nlp.load().get_pipe("lemmatizer").lookups
        forms, bases = lookups.get_table("lemma_exc")["verb"], lookups.get_table("lemma_index")["verb"]
    except (KeyError, OSError, ValueError):
        return frozenset()
    return frozenset(
        form
        for form, lemmas in forms.items()
        if form not in lemmas
        and form not in bases
        and not form.endswith(("s", "ing"))
        and not set(lemmas) & {"be", "have", "do"}
    )


# How a participle with no auxiliary hangs on the clause whose tense it has: "Starting Monday, shops will open
# later" (advcl), "Beginning Tuesday, the bridge will be closed" (prep), "began selling tickets Monday" (xcomp),
# "is closing on Monday and reopening on Friday" (conj). A participle on a noun ("a strike starting Monday") has none.
PARTICIPLE_DEPS = ("advcl", "prep", "xcomp", "conj")


# A condition still open looks ahead, whatever its verb's form: "(they) can go top if they beat Luton on
# Wednesday", "unless they win on Friday, they will go down". The main clause decides: a modal of the present or
# future, or "will".
CONDITION_MARKERS = {"if", "unless"}
OPEN_MODALS = FUTURE_MODALS | {"can"}


def _open_condition(verb: Token) -> bool:
    """Whether `verb` heads an if/unless clause under a main clause with a present or future modal."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in verb.children):
        return False
    main = verb.head
    auxes = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    if any(is_have(a) for a in auxes):
        return False  # "would have been relegated if they had lost on Friday": a past that did not happen
    bare = verb.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
    )
    if bare and main.tag_ == "VB" and any(a.tag_ == "TO" for a in auxes):
        return _infinitive_tense(main) != "past"  # "urged patients to attend unless contacted before Monday": a
        # condition with no tense of its own, on what someone is to do, is still to come with it (not the day of
        # the urging, which a condition cannot be)
    return any(a.lower_ in OPEN_MODALS for a in auxes) or main.lower_ in ("will", "'ll")


# Particles that turn a verb of planning into one of setting off or setting about a thing: "set out to climb the
# hill on Sunday" tells what a walker went to do, and the day is the going's, not one still to come.
SETTING_OFF_PARTICLES = frozenset({"out", "off", "about"})


def plan_lemma(token: Token) -> str:
    """A verb's lemma, with the final "e" the lemmatizer cuts from some verbs of planning put back ("hoped",
    "hoping" and "hopes" come out as "hop"). A verb with a particle of SETTING_OFF_PARTICLES ("set out", "set off")
    is another verb, and its lemma is given with the particle."""
    lemma = token.lemma_.lower()
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt" and c.lower_ in SETTING_OFF_PARTICLES), None)
    if particle is not None:
        return f"{lemma} {particle}"
    if lemma + "e" in PLAN_WORDS and (token.lower_.startswith(lemma + "e") or token.lower_ == lemma + "ing"):
        return lemma + "e"
    return lemma


# Verbs (and adjectives) of planning: an infinitive under them looks ahead even when they are in the past
# ("planned to leave on Thursday", "was set to resume Monday").
PLAN_WORDS = {
    "plan",
    "expect",
    "schedule",
    "set",
    "intend",
    "agree",
    "decide",
    "prepare",
    "arrange",  # "have arranged for a plane to fly them home on Sunday": the arranged flight is to come
    "hope",
    "want",
    "aim",
    "due",
    "likely",
    "going",
    "promise",
    "vow",
    "threaten",
    "pledge",
    "propose",
    "seek",
    "try",
    "ask",
    "urge",
    "call",
    "vote",
    "order",
    "need",
    "have",
    # telling someone to do something looks ahead too: "drivers were told to avoid the roads on Friday night"
    "tell",
    "advise",
    "warn",
    "encourage",
    "instruct",
    "direct",
    "require",
    "oblige",
    "compel",
    "remind",
    "invite",
    "unlikely",
    # a law provides for what follows its passing: "passed a bill to keep the government open through September"
    "bill",
    "law",
    "legislation",
    "measure",
    "resolution",
    "budget",
}


# Verbs of putting a hearing off or a defendant on remand or bail, and the words before the date they are put off to
# ("adjourned to April 14", "remanded until Friday", "granted bail until his trial in June"): that date is to come.
PUT_OFF_VERBS = {"adjourn", "postpone", "defer", "reschedule", "remand", "bail", "grant", "release"}
PUT_OFF_TO = re.compile(
    r"\b(?:(?:adjourn|postpon|defer|reschedul|remand|bail)\w*|bail)\b[^.;:!?]{0,30}?\b(?:to|until|till|pending)\s+"
    r"(?:(?:his|her|their|the|a|its)\s+)?(?:(?:trial|hearing|sentencing|appearance|return)\s+(?:in|on)\s+)?$",
    re.I,
)
# Verbs that move a thing later in time, whose "to", "until" or "till" names the new date ("the vote was moved to
# January", "the launch was pushed back to March", "the deadline was extended to Friday"): the date a thing is moved to
# lies ahead of the moving. "push" and "put" move a thing in time only with "back"; "reschedule" also takes "for".
MOVED_LATER_VERBS = frozenset("move delay postpone defer reschedule rearrange switch extend push put".split())
MOVED_BACK_VERBS = frozenset({"push", "put"})


def _moved_later_to(date: Token, verb: Token | None) -> bool:
    """Whether `date` is what a verb of MOVED_LATER_VERBS moves a thing to, by a preposition hung on the verb
    itself ("The proposal was moved to January", "was pushed back to March", "rescheduled for 12 May"). A place a
    thing moves to ("moved to Paris in January") is no date of the moving's "to"."""
    if verb is None or date.dep_ != "pobj" or date.head.dep_ != "prep":
        return False
    on = date.head.head
    if on.i != verb.i and not (on.lower_ == "back" and on.head.i == verb.i):  # "pushed back to March": "to" on "back"
        return False
    lemma = verb.lemma_.lower()
    prep = date.head.lower_
    if prep not in ("to", "until", "till", "for"):
        return False
    if lemma not in MOVED_LATER_VERBS and not (lemma == "bring" and any(c.lower_ == "forward" for c in verb.children)):
        return False  # "brought forward to 12.30pm": moved earlier, but to a time still ahead of the moving
    if prep == "for" and lemma not in ("reschedule", "rearrange"):
        return False  # "delayed for two hours", "moved for a vote": not the date moved to
    if lemma in MOVED_BACK_VERBS and not any(c.lower_ == "back" for c in verb.children):
        return False  # "put to a vote in January", "pushed to the brink": no move in time
    return True


# A clock time as the parse splits it: "5.30pm", "8", "pm", "noon".
CLOCK_WORD = re.compile(r"\d{1,2}(?:[.:]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|noon|midday|midnight", re.I)


def _moved_to_a_clock_on(date: Token, verb: Token | None) -> bool:
    """Whether `date`, hung by "on" on a verb that moves a thing in time, is the day of the clock time the thing is
    moved to ("Kick-off was moved to 5.30pm on Saturday", "was put back to 8pm on Saturday", "was brought forward to
    12.30pm on Sunday"): the new time of a thing not yet held, so a day still ahead, as "moved to Saturday" is."""
    if verb is None or date.dep_ != "pobj" or date.head.lower_ != "on" or date.head.head.i != verb.i:
        return False
    if not _moves_in_time(verb):
        return False
    for to in verb.subtree:
        if to.lower_ in ("to", "until") and to.dep_ == "prep" and to.head.i in (verb.i, *(c.i for c in verb.children)):
            if any(t.i != to.i and CLOCK_WORD.fullmatch(t.text) for t in to.subtree):
                return True
    return False


def _moves_in_time(verb: Token) -> bool:
    """Whether `verb` moves a thing in time: "moved", "rescheduled", "switched", "put back", "pushed back", "brought
    forward"."""
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children}
    if lemma in ("move", "reschedule", "rearrange", "switch", "delay", "postpone", "defer"):
        return True
    if lemma in MOVED_BACK_VERBS:
        return "back" in words
    return lemma == "bring" and "forward" in words


# What a company reports that is its results, not words: "reports full-year results", "reports earnings".
RESULT_NOUNS = {"result", "earning", "earnings", "profit", "loss", "sale", "figure", "revenue", "update", "trading"}


def _reports_results(verb: Token) -> bool:
    """Whether `verb` is "report"/"announce" with results as its object ("reports full-year results")."""
    return verb.lemma_.lower() in ("report", "announce", "publish") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RESULT_NOUNS for c in verb.children
    )


# Verbs of putting out a work or holding an event, whose present passive names when it is to be ("the album is
# released on Friday", "the final is staged in Lyon on Saturday").
RELEASE_VERBS = {"publish", "release", "launch", "stage", "broadcast", "screen", "air", "unveil", "premiere"}


def _scheduled_release(verb: Token) -> bool:
    """Whether `verb` is a present passive ("is published", "are released") of a verb of `RELEASE_VERBS`."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in RELEASE_VERBS
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _expected_after_with(token: Token) -> bool:
    """Whether `token` hangs, below any verb, on an adjective of what is likely or due after "with" ("with frost
    likely from Tuesday night", "with more rain due on Sunday"): a thing expected, which has no verb of its own."""
    tok = token
    for _ in range(MAX_HEAD_STEPS):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if (
            tok.pos_ == "ADJ"
            and tok.lower_ in ("likely", "due", "expected")
            and tok.head.lower_ == "with"
            and not _compared_chance(tok)
        ):
            return True
    return False


def _compared_chance(token: Token) -> bool:
    """Whether `token` is a chance compared ("were a third less likely to develop", "more likely to die"): a rate a
    study measured, no plan."""
    return token.lower_ in ("likely", "unlikely") and any(
        c.dep_ == "advmod" and (c.tag_ in ("RBR", "JJR") or c.lower_ in ("more", "less")) for c in token.children
    )


def _bare_participle_of_a_state(token: Token) -> bool:
    """Whether `token`'s verb is a past participle with no auxiliary hung on a noun, in a sentence whose only finite
    verbs are a saying after it or a clause of its own cause ("Bus fares frozen until March", "Fuel duty frozen until
    April, Chancellor says", "Ferry services suspended until Sunday as storm hits"): a headline's passive in the
    present, a state that holds now, no past."""
    verb = governing_verb(token)
    return (
        verb is not None
        and verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "ROOT")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD")
            and not (t.i > verb.i and t.dep_ == "ROOT" and t.lemma_.lower() in REPORTING_VERBS)
            and not (t.i > verb.i and t.dep_ == "advcl" and t.head.i == verb.i)
            for t in verb.sent
        )
    )


def _infinitive_tense(verb: Token) -> str | None:
    """The tense an infinitive ('to leave') takes from the finite verb above it: planning looks ahead."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ != "PRON" and subject.left_edge.i == verb.sent.start:
        return "future"  # a headline's "Energy price cap to rise from January, Ofgem says": "is to rise", whatever
        # the tense of the saying after it
    head = verb.head
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and head.pos_ in ("VERB", "AUX")
        and head.i < verb.left_edge.i
        and verb.doc[verb.left_edge.i - 1].text == ","
        and plan_lemma(head) not in PLAN_WORDS
        and verb_tense(head) == "past"
    ):
        return None  # "The dividend was held at 6.2p, to be paid on 9 January": what is set down to follow a past
        # decision may still be ahead or already done by publication; its day is on either side of now
    planning = False
    for _ in range(MAX_HEAD_STEPS):
        if head.i == verb.i:
            return "future"
        planning = planning or (plan_lemma(head) in PLAN_WORDS and not _compared_chance(head))
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxes):
            if any(a.lower_ == "had" for a in auxes) or head.lower_ == "had":
                # "had been scheduled to begin on Sept. 9": a plan made before, its day on either side of now
                return None if plan_lemma(head) in PLAN_WORDS else "past"
            expecting = (head.lower_ in EXPECTING and any(a.tag_ == "VBD" for a in auxes)) or (
                head.tag_ == "VBD" and any(c.dep_ == "acomp" and c.lower_ in EXPECTING for c in head.children)
            )
            if expecting:  # "were scheduled to finish on Thursday", "was due to go on trial on Monday": as "was
                # expected on Friday", either side of now; but what a saying put in the past ("said the firm was
                # expected to return to profit in the spring") is the saying's present, still to come
                return "future" if _reported_by_a_saying(head) else None
            tense = verb_tense(head)
            if planning and tense == "past" and ASKING_VERBS & {head.lemma_.lower(), plan_lemma(head)}:
                return None  # "urged Republicans to reject the bill on Wednesday": the asking's day as likely
            if planning and tense == "past" and _under_way_at_a_past_event(head):
                return "past"  # "caught fire as it prepared to take off on Monday morning": what was about to be
                # done when something else happened was due then, gone by, not a plan still ahead
            return "future" if planning or tense in ("future", "present", None) else tense
        if head.head.i == head.i:
            break
        head = head.head
    return "future" if planning else None


# Words opening a clause of what was going on when something else happened: "as it prepared to take off".
WHILE_MARKS = frozenset("as while when".split())


def _under_way_at_a_past_event(head: Token) -> bool:
    """Whether `head`, a verb of planning in the past, tells what was under way when a past event happened: a clause
    opened by "as", "while" or "when" hung on a verb in the past ("an engine caught fire as it prepared to take
    off", "were arrested while they were trying to board"; not one of saying, at whose time the plan may still be
    ahead), or a past progressive broken into by a "when" clause in the past ("was preparing to take off when the
    crew saw smoke"). What was about to be done then was due about
    then, not after publication; but not when the sentence names a day of the event's own outside the clause ("Rain
    fell on Thursday as the region prepared to mark the anniversary on Saturday"), after which the day prepared for
    may come days later."""
    main = head.head
    if (
        head.dep_ == "advcl"
        and main.i != head.i
        and main.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in WHILE_MARKS for c in head.children)
        and verb_tense(main) == "past"
        and main.lemma_.lower() not in REPORTING_VERBS  # "as investors prepared to hear from him on Thursday,
        # analysts said": the preparing goes on at the saying, near publication, and what is prepared for is ahead
    ):
        inside = {t.i for t in head.subtree}
        # "Rain fell on Thursday as the region prepared to mark the anniversary on Saturday": the event has a day of
        # its own, and what was prepared for may come days after it
        return not any(
            t.i not in inside and (t.ent_type_ in ("DATE", "TIME") or t.lower_ in WEEKDAY_NAMES) for t in head.sent
        )
    progressive = head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in head.children)
    return progressive and any(
        t.dep_ == "advcl"
        and verb_tense(t) == "past"
        and t.i > head.i
        and any(c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in t.children)
        for t in head.subtree
    )


# Verbs of a phase or outcome of what their infinitive or participle says ("began to rise", "started falling",
# "continued to climb", "failed to appear"): the act has no time of its own, but the tense of the verb over it.
PHASE_VERBS = frozenset("begin start continue cease resume manage fail".split())


def _phase_verb_over(verb: Token) -> Token | None:
    """The verb of PHASE_VERBS that `verb`, a bare infinitive with "to" or a participle in "-ing" with no other
    auxiliary, is the complement of ("began to rise", "started falling"); None otherwise."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.lemma_.lower() not in PHASE_VERBS:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB" and len(auxes) == 1 and auxes[0].tag_ == "TO":
        return verb.head
    if verb.tag_ == "VBG" and not auxes:
        return verb.head
    return None


# Verbs of asking someone to do something: the day after the infinitive may be the asking's, before publication.
ASKING_VERBS = {"urge", "ask", "call", "press", "implore", "beg", "encourage"}
# Verbs of a command, carried out at once as often as later: a weekday after one is as likely the order's own.
ORDERING_VERBS = frozenset("order instruct direct".split())


def _ordered_in_the_past(verb: Token) -> bool:
    """Whether `verb` is an infinitive under a verb of ordering in the simple past ("residents were ordered to leave",
    "police instructed drivers to stay away")."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() not in ORDERING_VERBS:
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (head.tag_ == "VBD" and not auxes) or (
        head.tag_ == "VBN" and any(a.lower_ in ("was", "were") for a in auxes) and len(auxes) == 1
    )


# Conjunctions that open a clause of what came before the main one: "after Russia had attacked".
EARLIER_MARKS = {"after", "because", "since", "once", "when", "as"}

# Verbs that ask someone to an event: "invited the parties to talks on Thursday", "summoned him to a hearing".
INVITING = {"invite", "summon", "call", "convene"}


# Adjectives of a thing still to come: "the next hearing", "his upcoming trial".
NEXT_WORDS = {"next", "upcoming", "forthcoming"}


def _of_a_next_thing(date: Token) -> bool:
    """Whether the date dates a noun called the next one ("until the next hearing on 30 June", "at his forthcoming
    trial in May"), in a clause not in the past perfect ("had been set for his next hearing on ...")."""
    if date.dep_ != "pobj" or date.head.dep_ != "prep":
        return False
    thing = date.head.head
    for _ in range(MAX_HEAD_STEPS):
        # "Her next concert, in Glasgow on Friday, has been postponed": the day of the place set off after the
        # thing, which the parse may hang on the place's preposition or on the comma
        if thing.pos_ == "PUNCT" or thing.dep_ == "prep" and thing.head.i != thing.i:
            thing = thing.head
        elif thing.pos_ == "PROPN" and thing.dep_ == "pobj" and thing.head.dep_ == "prep":
            thing = thing.head.head
        else:
            break
    if thing.pos_ in ("VERB", "AUX"):
        # "The next meeting, on Tuesday, has been cancelled": the phrase set off by commas right after the subject
        # is the subject's, though the parse hangs it on the verb
        prep, subject = date.head, next((c for c in thing.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subject is None
            or prep.i < 2
            or prep.doc[prep.i - 1].text != ","
            or subject.right_edge.i != prep.i - 2
            or date.right_edge.i + 1 >= len(date.doc)
            or date.doc[date.right_edge.i + 1].text != ","
        ):
            return False
        thing = subject
    if thing.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "amod" and c.lower_ in NEXT_WORDS for c in thing.children):
        return False
    verb = governing_verb(thing)
    return verb is None or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _invited_to(token: Token) -> bool:
    """Whether a date hangs on the event someone was asked to ("invited the parties to talks on Thursday"): on a
    noun that is the object of "to" under a verb of inviting."""
    prep = token.head if token.dep_ == "pobj" else None
    noun = prep.head if prep is not None and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" else None
    to = noun.head if noun is not None and noun.dep_ == "pobj" else None
    return (
        to is not None
        and to.lower_ == "to"
        and to.dep_ in ("prep", "dative")
        and to.head.pos_ == "VERB"
        and to.head.lemma_.lower() in INVITING
    )


def _present_read_as_noun(date: Token, verb: Token) -> Token | None:
    """The plain present of what was said that the parse read as a plural noun but hung as a clause on the saying
    ("The fair runs on June 12, organisers said": "runs" a noun, the clause of "said"), when the date hangs on it."""
    tok = date
    for _ in range(MAX_HEAD_STEPS):
        if tok.head.i == tok.i or tok.i == verb.i:
            return None
        if tok.dep_ == "ccomp" and tok.tag_ == "NNS" and tok.head.i == verb.i and verb.lemma_ in REPORTING_VERBS:
            return tok
        tok = tok.head
    return None


# Words that are verbs in the plain present as well as adjectives, which a parse may tag as the adjective when one
# follows "and" after a verb ("Polling stations opened at 7am and close at 10pm").
VERBS_SPELT_AS_ADJECTIVES = frozenset("close open clear empty free slow calm dry narrow quiet".split())
# Tags of a finite verb: a sentence with one of them has a verb the parse found.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _past_read_as_participle(verb: Token) -> bool:
    """Whether a sentence's main verb tagged as a past participle is its past tense: no auxiliary goes with it and a
    subject does ("Voting booths opened at 8am", "opened" tagged as in "had opened")."""
    children = list(verb.children)
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
        and any(c.dep_ == "nsubj" for c in children)
    )


# Verbs of how long a show or an offer lasts in the plain present whose -s form a parse may read as a plural noun
# ("an exhibition at the town museum runs until the end of October", "A festival … runs throughout the summer").
RUN_PRESENTS = frozenset("runs opens closes shuts starts ends begins lasts continues resumes reopens".split())


def run_read_in_a_nouns_sentence(word: Token) -> Token | None:
    """The noun whose verb `word` is, when `word` is a bare plural of RUN_PRESENTS that the parse hung below a noun
    with an article heading a sentence or a clause joined by "and", with no verb of its own found ("A festival marking
    1,900 years since work began runs throughout the summer": "festival" the head, "runs" its verb read as the object
    of "began"); None otherwise ("The team scored runs throughout the summer": runs scored)."""
    if (
        word.lower_ not in RUN_PRESENTS
        or word.tag_ not in ("NNS", "VBZ")
        or word.dep_ not in ("dobj", "pobj", "appos")
        or any(c.dep_ in ("det", "nummod", "amod", "compound", "poss") for c in word.children)
    ):
        return None
    for above in word.ancestors:
        if above.pos_ in ("NOUN", "PROPN") and (
            above.dep_ == "ROOT" or above.dep_ == "conj" and above.head.pos_ in ("VERB", "AUX")
        ):
            has_article = any(c.dep_ == "det" and c.i == above.left_edge.i for c in above.children)
            return above if has_article and above.i < word.i else None
    return None


def present_read_as_another_word(date: Token) -> Token | None:
    """The verb in the plain present the date hangs on by a preposition when the parse read it as another word: a
    plural noun heading a sentence with no finite verb, after a subject with its article ("The transfer window closes
    on September 1", "The fair runs on June 12"; "closes" read like a market's close), or an adjective joined by
    "and" to a verb ("Polling stations opened at 7am and close at 10pm", "close" read as the adjective). A sentence
    may go on past the date with a verb joined to it ("…closes on September 1, and the manager said …")."""
    if date.dep_ != "pobj" or date.head.dep_ != "prep":
        date = date.head if date.dep_ in ("nummod", "compound") and date.head.dep_ == "pobj" else date
    if date.dep_ != "pobj" or date.head.dep_ != "prep":
        return None
    word = date.head.head
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and CLOCK_WORD.fullmatch(word.text) and word.i < date.i:
        date, word = word, word.head.head  # "Doors open at 7pm on Saturday": the day of a clock time hangs on the
        # clock, which hangs on the verb
    sent = word.sent
    if run_read_in_a_nouns_sentence(word) is not None:
        return word  # "A festival marking 1,900 years since work began runs throughout the summer"
    if word.dep_ == "ROOT" and word.tag_ == "NNS" and word.lower_.endswith("s") and word.i > sent.start + 1:
        if any(t.tag_ in FINITE_TAGS for t in sent[: date.i - sent.start]):
            return None  # a verb of its own before the date ("and Corran said ..." may follow)
        first = sent[0]
        subject = sent[1 : word.i - sent.start]
        if first.dep_ == "det" and all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in subject):
            return word
        named = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i), None)
        if named is not None and named.pos_ == "PROPN" and named.left_edge.i == sent.start:
            return word  # "Gardeners' World returns to BBC Two on Friday": a noun has no subject, so the plural the
            # parse gave the name opening the sentence as its subject is that name's verb
        return None
    if (
        word.dep_ == "conj"
        and word.tag_ == "JJ"
        and word.lower_ in VERBS_SPELT_AS_ADJECTIVES
        and word.head.pos_ == "VERB"
        and (word.head.tag_ in FINITE_TAGS or _past_read_as_participle(word.head))
        and word.i > 0
        and word.nbor(-1).lower_ in ("and", "or")
    ):
        return word
    if (
        word.dep_ == "amod"
        and word.tag_ == "JJ"
        and word.lower_ in VERBS_SPELT_AS_ADJECTIVES
        and word.head.tag_ == "NNS"
        and word.i == word.head.i + 1
        and word.head.i == sent.start
    ):
        return word  # "Gates open at noon", "open" read as an adjective after the noun it cannot follow
    after = next((c for c in word.children if c.dep_ == "amod" and word.i + 1 == c.i < date.i), None)
    word = after if after is not None and word.dep_ != "amod" else word  # the parse may hang the date on the noun
    if _adjective_after_a_verbless_plural(word):
        return word  # "Entries for the autumn half marathon open on 1 May": a sentence with no verb but an adjective
        # after a noun, which no adjective follows, is the plural heading it and its verb misread
    if _adjective_read_for_a_plural_verb(word):
        return word  # "Doors open at 7pm on Friday", "Entries for the race open on 1 May": an adjective right after
        # its subject's phrase with no "be" is the verb misread
    if (
        word.dep_ == "conj"
        and word.lower_ in VERBS_SPELT_AS_ADJECTIVES
        and word.i > 0
        and word.nbor(-1).lower_ in ("and", "or")
        and (_adjective_read_for_a_plural_verb(word.head) or _adjective_after_a_verbless_plural(word.head))
    ):
        return word  # "Applications open in the autumn and close on 31 October": the second verb of a pair whose
        # first was misread so, read as another word too
    return None


def _adjective_after_a_verbless_plural(word: Token) -> bool:
    """Whether `word` is an adjective of `VERBS_SPELT_AS_ADJECTIVES` right after a noun, in a sentence with no verb
    that a plural noun opens and heads ("Entries for the autumn half marathon open on 1 May"): no adjective follows
    its noun so, so it is that plural's verb misread."""
    sent = word.sent
    return (
        word.dep_ == "amod"
        and word.tag_ == "JJ"
        and word.lower_ in VERBS_SPELT_AS_ADJECTIVES
        and word.i == word.head.i + 1
        and sent.root.tag_ == "NNS"
        and sent.root.i == sent.start
        and not any(t.tag_ in FINITE_TAGS or t.pos_ in ("VERB", "AUX") for t in sent)
    )


def _adjective_read_for_a_plural_verb(word: Token) -> bool:
    """Whether `word` heads its sentence as an adjective of `VERBS_SPELT_AS_ADJECTIVES` right after a plural subject's
    phrase, with no "be": the plain present verb ("Doors open at 7pm") misread."""
    return (
        word.dep_ == "ROOT"
        and word.tag_ == "JJ"
        and word.lower_ in VERBS_SPELT_AS_ADJECTIVES
        and any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.right_edge.i == word.i - 1 for c in word.children)
        and not any(c.dep_ in ("cop", "aux") or c.lemma_ == "be" for c in word.children)
    )


def _planned_by_a_misread_verb(date: Token) -> bool:
    """Whether a date follows a "plan" the parse read as a noun though an object follows it ("staff at the airport
    plan a 48-hour strike from 4am on Saturday, the union said": "plan" taken for the object of "at"), with no verb
    or clause break between: what is planned is still to come, whatever the tense of the saying."""
    sent = date.sent
    for token in reversed(sent[: date.i - sent.start]):
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":"):
            return False
        if (
            token.lower_ in PLAN_NOUNS
            and token.pos_ == "NOUN"
            and token.i + 1 < sent.end
            and token.nbor(1).lower_ in ("a", "an", "the")
        ):
            return True  # a noun "plan" is never followed by its own object's article
    return False


# The verb "plan" in the forms a tagger may take for the noun.
PLAN_NOUNS = {"plan", "plans"}


# A team's line of fixtures to come, with no verb: "Grizzlies: Host Denver on Thursday", "Pelicans: At
# Houston on Wednesday night, then home against Dallas on Saturday".
FIXTURE_LINE = re.compile(r"[\w .'&-]{1,40}:\s*(?:hosts?|at|visits?|vs\.?|versus|home (?:against|to|vs))\s", re.I)


# Verbs of a fixture that the parse may read as nouns after a team's name ("Fulham host Aston Villa on Saturday").
FIXTURE_VERBS = {
    *("host", "hosts", "visit", "visits", "face", "faces", "entertain", "entertains", "welcome", "welcomes"),
    *("travel", "travels"),
}


def side_read_as_a_gerund(verb: Token) -> bool:
    """Whether `verb` is a side's name ending in "-ing" that opens its sentence and that the parse read as a
    gerund, with a verb of a fixture after it read as a noun ("Reading host Barnsley on Saturday", "Woking travel to
    Sutton on Tuesday"), in a sentence with no finite verb: the fixture, still to come."""
    doc = verb.doc
    return (
        verb.tag_ == "VBG"
        and verb.i == verb.sent.start
        and verb.text[:1].isupper()
        and verb.i + 1 < verb.sent.end
        and doc[verb.i + 1].lower_ in FIXTURE_VERBS
        and doc[verb.i + 1].pos_ == "NOUN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)
    )


def fixture_read_as_a_noun(sent) -> bool:
    """Whether a sentence the parse read without a verb holds a fixture verb read as a noun after a side's name
    ("Fulham host Aston Villa on Saturday")."""
    return any(t.lower_ in FIXTURE_VERBS and t.i > sent.start and _sides_name_before(t) for t in sent)


def _sides_name_before(word: Token) -> bool:
    """Whether the word before `word` ends a side's name: a proper noun, or a capitalised word the parse hung on
    `word` as its compound or modifier ("Harlow travel to Chelmsford City on Tuesday", "Harlow" read as an
    adjective)."""
    before = word.nbor(-1)
    return before.pos_ == "PROPN" or (
        before.text[:1].isupper()
        and before.head.i == word.i
        and before.dep_ in ("compound", "amod", "nsubj")
        and before.pos_ not in ("DET", "PRON")
    )


def _fixture_verb_read_as_noun_before(date: Token) -> bool:
    """Whether a verb of a fixture the parse read as a noun after a side's name comes before `date` in its sentence,
    with no finite verb of its own between the sentence's start and the date ("Rovers host Exeter City on Saturday
    knowing ...")."""
    sent = date.sent
    before = sent[: date.i - sent.start]
    return not any(t.tag_ in FINITE_TAGS for t in before) and any(
        t.lower_ in FIXTURE_VERBS and t.pos_ in ("NOUN", "PROPN") and t.i > sent.start and _sides_name_before(t)
        for t in before
    )


# A run of weekdays ("from Tuesday to Sunday", "Monday to Friday", "Mon-Fri.") and the states of a place it bounds.
WEEKDAY_RUN = re.compile(rf"\b{WEEKDAY}s?\s*(?:-|–|to|until|through|till)\s*{WEEKDAY}s?\b", re.I)
OPEN_STATES = {"open", "closed", "shut", "staffed", "available"}
NAMED_WEEK = re.compile(r"[^.;!?]*?\b(?:this|next|last|that) week", re.I)


# A year written before a noun that names the thing by it ("the 2023 heatwave").
THINGS_YEAR = re.compile(r"(?:19|20)\d\d")
# Nouns of events that happen within the year that names them ("the 2023 heatwave", "the 2019 election", "the 2012
# Olympics"): what such an event's own clause tells is of that year. Things made in a year and acted on later ("the
# 1988 law, repealed in March"), stretches across years ("the 2008 crisis", "the 2024-25 season") and what is
# reported on after its year ("the 2024 accounts, published in March") are not here.
EVENTS_OF_THEIR_YEAR = frozenset(
    "heatwave flood drought storm blizzard wildfire bushfire fire earthquake quake tsunami hurricane cyclone typhoon "
    "tornado eruption landslide outbreak riot protest strike attack bombing shooting massacre coup uprising election "
    "vote ballot referendum poll primary caucus census summit festival carnival tournament championship games "
    "olympics paralympics cup final race marathon contest competition exhibition expo visit tour campaign lockdown "
    "blackout outage raid crash disaster".split()
)
# Nouns of a text or an accord made in the year written before it ("the party's 2019 manifesto", "a 2021 report",
# "the 2015 Paris agreement"): its year dates a clause that tells of its making (DOCUMENT_MAKING_VERBS), not one of
# what was done with it later ("the 1988 law was repealed in March"). A budget, often made the year before the one
# it is for, and accounts, made the year after, are not among them.
DOCUMENTS_OF_THEIR_YEAR = frozenset(
    "manifesto report review strategy paper agreement accord treaty deal declaration speech statement survey study "
    "audit white-paper".split()
)
DOCUMENT_MAKING_VERBS = frozenset(
    "publish release issue launch unveil deliver present announce sign agree adopt write draft produce come "
    "make give lay set put carry conduct complete compile".split()
)
# Words before such a noun that make it a report on the year, made after it: "its 2024 annual report".
REPORT_ON_A_YEAR = frozenset("annual yearly accounts results financial".split())
# Words before a year that make it a company's or a school's year, not the calendar's: "fiscal 2025".
OWN_YEAR_BEFORE = frozenset("fiscal financial fy tax academic school model".split())


def _year_names(year: Token, noun: Token) -> bool:
    """Whether the four-figure `year` names the thing `noun` by its calendar year: a modifier right before the noun,
    or before words that modify it with it ("the 2019 general election"), with no dash or slash after it ("the
    2024-25 season") and no word before it that makes it another kind of year ("fiscal 2025")."""
    doc = year.doc
    if year.dep_ not in ("nummod", "compound", "amod", "nmod") or year.ent_type_ not in ("DATE", ""):
        return False
    between = doc[year.i + 1 : noun.i]
    if any(t.is_punct or t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in between) or len(between) > 2:
        return False
    return not (year.i > 0 and doc[year.i - 1].lower_ in OWN_YEAR_BEFORE)


def _year_of_a_things_kind(number: Token) -> bool:
    """Whether a number before a plural noun is the year of that noun, not its count: a four-figure year the
    recogniser calls a date, after a possessive ("its 2020 results", "Ohio's 2019 accounts"). After an article or
    a quantity word it stays a count ("Some 2000 protesters", "the 2000 staff"), unless the noun is of events that
    happen within their year (EVENTS_OF_THEIR_YEAR: "The 2010 floods were the worst in the past decade")."""
    if number.ent_type_ != "DATE" or re.fullmatch(r"(?:19|20)\d\d", number.text) is None or number.i == 0:
        return False
    if number.nbor(-1).tag_ in ("PRP$", "POS"):
        return True
    noun = number.nbor(1) if number.i + 1 < len(number.doc) else None
    return (
        number.nbor(-1).lower_ == "the"
        and noun is not None
        and {noun.lemma_.lower(), noun.lower_} & EVENTS_OF_THEIR_YEAR != set()
    )


# Words opening a clause of time whose verb takes the time of the clause it hangs on: "as it crossed", "when".
TIME_CLAUSE_MARKS = frozenset({"as", "when", "once", "while", "until"})
WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Parts of a day that may follow a weekday's name in one date ("on Saturday morning").
DAY_PART_NAMES = frozenset("morning afternoon evening night".split())
# Verbs that act on what is timetabled, whose object's day may still be to come: "have cancelled sailings on Saturday".
CALLING_OFF_VERBS = frozenset("cancel postpone scrap axe suspend call move reschedule schedule arrange add lay".split())
# Verbs that put a ban or a warning in place, and the nouns of such measures, which hold for the days they name: "has
# issued a total fire ban for the Mallee on Wednesday" is Wednesday's ban, not the day it was issued.
ISSUING_VERBS = frozenset("issue declare impose announce put place extend".split())
MEASURE_NOUNS = frozenset(
    "ban warning warnings alert alerts watch advisory curfew closure closures restrictions order evacuation".split()
)


# Nouns after "for" that are a reason or a charge, not an event to come: "has been arrested for murder on Saturday".
REASON_NOUNS = frozenset("murder assault theft fraud robbery burglary offence offences crime crimes reason".split())


def _readied_for_before(verb: Token, prep: Token) -> bool:
    """Whether `verb` has a "for" phrase right before the "on" phrase `prep` whose noun is an event, not a reason
    ("has been cleared for launch on Thursday"): the day is that event's."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    noun = before if before is not None and before.dep_ == "pobj" else None
    if noun is None or noun.head.lower_ != "for" or noun.head.head.i != verb.i:
        return False
    # "picked for the final on Sunday": an adjective with its article, standing where the noun would, is the noun
    # ("the final", "the semi-final"), which the parse tags as the adjective it also is
    as_noun = noun.pos_ == "ADJ" and any(c.dep_ == "det" for c in noun.children)
    return (
        (noun.pos_ == "NOUN" or as_noun)
        and noun.lemma_.lower() not in REASON_NOUNS
        and noun.ent_type_ not in ("DATE", "TIME")
    )


# Verbs of a simple past that can put their event at a time still to come: "agreed in March" is the agreeing, but
# "set the vote in March", "scheduled talks in June" may name when the vote or the talks will be.
TIME_FIXING_VERBS = frozenset(
    "set schedule plan fix book slate pencil move reschedule postpone delay defer push bring put expect due".split()
)


# Nouns a number labels rather than dates: "quoting log 1842 of 12 January", "incident number 2011", "flight 1549".
# A code of capitals right before a number, which with it names a thing ("HB 1776", "SB 1047"): not an era or a
# company's year ("AD 1066", "FY 2025"), which a year follows.
CODE_BEFORE_NUMBER = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
YEAR_CODES = frozenset({"AD", "BC", "CE", "BCE", "FY", "A.D.", "B.C."})


def _code_before(word: Token, number: Token) -> bool:
    """Whether `word`, right before the number ending at `number`, is a code of capitals that the number completes
    into a name ("HB 1776,"), the recogniser giving it no entity of its own: the number ends the phrase, with no noun
    after it ("the EU 2030 target" is a year's target)."""
    if not CODE_BEFORE_NUMBER.fullmatch(word.text) or word.text in YEAR_CODES or word.ent_type_:
        return False
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")


LABEL_NOUNS = frozenset(
    "log number no reference ref incident case flight route bus room code serial ticket platform gate junction "
    "exit badge unit".split()
)

# What ends a sentence: a stop, or a closing quotation mark or bracket after one.
STOP_AT_END = re.compile(r"[.!?:;…\"”’')\]]$")


def _split_mid_sentence(sent: Span) -> bool:
    """Whether the parser began sentence `sent` inside one: the words before it end in no stop and no line break, and
    the parse split at a capitalised name ("the more powerful | Ariane 64 version in the spring")."""
    before = sent.doc[sent.start - 1]
    return not STOP_AT_END.search(before.text) and not before.whitespace_.count("\n") and not before.is_space


class DocContext(Context):
    """A grammar Context backed by a spaCy Doc of the same text."""

    def __init__(self, doc: Doc | None, dct: datetime | None, quotes: list[tuple[int, int]] | None = None):
        """Wrap `doc` (may be None: then no tense and no entity checks), the creation time `dct` and the
        (start, end) character spans of the quotations in the text."""
        super().__init__(dct=dct)
        self.doc = doc
        self.tense = self._tense
        self.promised = self._promised
        self.ok_number = self._ok_number
        self.pos_at = self._pos_at
        self.person_at = self._person_at
        self.subject_at = self._subject_at
        self.day_in_a_name = self._day_in_a_name
        self.quotes = quotes or []
        self.quoted = lambda char: any(s < char < e for s, e in self.quotes)
        self.quote_start = lambda char: next((s for s, e in self.quotes if s < char < e), char)
        self.sentence_start = self._sentence_start
        self.next_verb_tense = self._next_verb_tense
        self.perfect = self._perfect
        self.since_perfect = self._since_perfect
        self.plain_present = self._plain_present
        self.past_form = self._past_form
        self.earlier_clause = self._earlier_clause
        self.past_perfect = self._past_perfect
        self.opening_hours = self._opening_hours
        self.habitual = self._habitual
        self.generic_clock = self._generic_clock
        self.kind_of_thing = self._kind_of_thing
        self.year_clause = self._year_clause
        self.things_year = self._things_year
        self.dates_a_noun = self._dates_a_noun
        self.bare_ahead = self._bare_ahead
        self.set_for_the_day_before = self._set_for_the_day_before
        self.done_in = self._done_in
        self.put_off_then = self._put_off_then
        self.same_verb = self._same_verb
        self.aside_holds = self._aside_holds
        self.picked_by_a_clause = self._picked_by_a_clause
        self.told_of_before = self._told_of_before
        # whether the last date named is the day of a hearing (see _dates_a_hearing), not of what it heard: False if
        # not, else the day of the events told before it (see _hearing_after), or True when none was named
        self.last_hearing: bool | str = False

    def _same_verb(self, first: int, second: int) -> bool:
        """Whether the words at characters `first` and `second` hang on one verb (the nearest verb above each)."""
        verbs = []
        for char in (first, second):
            span = self._span(char, char + 1)
            verb = governing_verb(span.root) if span is not None and len(span) else None
            if verb is None:
                return False
            verbs.append(verb.i)
        return verbs[0] == verbs[1]

    def _aside_holds(self, first: int, second: int) -> bool:
        """Whether the word at character `second` is in the relative clause set off by a comma that the word at
        character `first` is told in ("Hale, who was arrested on Friday after a chase that ended at 10pm,")."""
        verb = _relative_aside_verb(self._span(first, first + 1))
        return verb is not None and verb.left_edge.idx <= second < verb.right_edge.idx + len(verb.right_edge)

    def _picked_by_a_clause(self, start: int, end: int) -> bool:
        """Whether the time named at characters start..end is picked out by a relative clause right after it with no
        word opening it ("the week Franco died", "the year the wall came down"): a time of that event, not one of
        the calendar around publication ("During the week prices rose": "prices rose" is the main clause)."""
        span = self._span(start, end)
        if span is None or not len(span):
            return False
        unit = span.root
        return any(c.dep_ == "relcl" and c.left_edge.i == span.end and c.i > unit.i for c in unit.children)

    def _told_of_before(self, start: int, day: int) -> bool:
        """Whether the expression at character `start` is in a past-tense clause reported by a verb of saying (or by
        a verb whose clause a phrase of giving evidence opens) that the day at character `day` dates, the day
        standing outside the reported clause: "Giving evidence on Friday, neighbour Joan Pryce said she was woken
        at about 2am", "She told the court on Monday she had heard a shot at 10pm". What is told happened before
        it was told, on a day the words do not give; "said on Friday that the ferry would leave at 2pm" is no past
        clause, and "said the man was arrested at 2am on Friday" names its own day."""
        here, when = self._span(start, start + 1), self._span(day, day + 1)
        if here is None or when is None or not len(here) or not len(when) or self.quoted(start):
            return False
        verb = governing_verb(here.root)
        clause = verb
        for _ in range(MAX_HEAD_STEPS):
            if clause is None or clause.dep_ == "ccomp" or clause.head.i == clause.i:
                break
            clause = clause.head
        if verb is None or clause is None or clause.dep_ != "ccomp":
            return False
        saying = clause.head
        if saying.lemma_.lower() not in REPORTING_VERBS or verb_tense(saying) != "past":
            return False
        if verb_tense(verb) != "past":
            return False
        dated = governing_verb(when.root)
        return dated is not None and (dated.i == saying.i or (dated.dep_ == "advcl" and dated.head.i == saying.i))

    def _done_in(self, start: int, end: int) -> bool:
        """Whether the month or day start..end hangs by "in" or "on" (or a wire's bare day) straight on a verb before
        it in the simple past with no auxiliary, not in a quotation and not one of the verbs that fix a time for
        later ("Sales fell in March", "The plant closed on 3 June"): what a simple past tells took place then, so
        that time has begun by publication. The
        31 days the past tense otherwise allows after publication are for deadlines and plans told in the past
        ("gave them until mid-November", "was to expire in March"), which this leaves alone."""
        span = self._span(start, end)
        if span is None or not len(span) or self.quoted(start):
            return False
        when = span.root
        prep = when.head
        if when.dep_ == "npadvmod":  # "certified the results Nov. 20", as wires write it
            verb = prep
        elif when.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.dep_ != "prep" or prep.i != span.start - 1:
            return False
        else:
            verb = prep.head
        if verb.i > span.start and not (
            when.dep_ == "pobj" and prep.i == prep.sent.start and verb.dep_ == "ROOT" and verb.sent == prep.sent
        ):  # a day put first in its sentence ("On Jan. 20, the board voted …") dates the main verb after it
            return False
        verb = _phase_verb_over(verb) or verb  # "Prices began to rise on 20 December": the beginning took place
        if verb.lemma_.lower() in TIME_FIXING_VERBS or verb.lower_ in EXPECTING or verb.pos_ != "VERB":
            return False
        if any(c.dep_ in ("aux", "neg") for c in verb.children):
            return False
        auxes = [c for c in verb.children if c.dep_ == "auxpass"]
        if auxes:  # "Moreau was appointed only in June", in a May paper: a simple past passive took place then too
            return (
                verb.tag_ == "VBN"
                and len(auxes) == 1
                and auxes[0].lower_ in ("was", "were")
                and any(c.dep_ == "nsubjpass" for c in verb.children)
            )
        return verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children)

    def _put_off_then(self, start: int, end: int) -> bool:
        """Whether the date start..end hangs by "to", "until", "till" or "for" on a verb of putting off or setting a
        time in the simple past with no auxiliary ("adjourned the case until 3 November", "set the trial for 8 June"),
        outside a quotation: a date fixed at the time of that act."""
        span = self._span(start, end)
        if span is None or not len(span) or self.quoted(start):
            return False
        when = span.root
        prep = when.head
        if when.dep_ != "pobj" or prep.lower_ not in ("to", "until", "till", "for") or prep.dep_ != "prep":
            return False
        verb = prep.head
        return (
            verb.tag_ == "VBD"
            and verb.lemma_.lower() in SCHEDULING_VERBS | PUT_OFF_VERBS
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        )

    def _bare_ahead(self, start: int, end: int) -> bool:
        """Whether the word start..end is a bare noun (no determiner, possessive, number or modifier; not itself a
        noun's modifier) in a clause whose verb a modal or "will" puts ahead ("winter would bring fresh pressure",
        "before summer will end"): a season to come, not a kind ("winter sports") nor every year's ("in winter the
        pass closes")."""
        span = self._span(start, end)
        if span is None or len(span) != 1:
            return False
        word = span[0]
        if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss"):
            return False
        if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in word.children):
            return False
        verb = governing_verb(word)
        if verb is None:
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(is_have(a) for a in auxes):
            return False  # "would have been": what might have been, no season to come
        return any(a.lower_ in FUTURE_MODALS - {"should", "must"} for a in auxes) or verb.lower_ in ("will", "'ll")

    def _kind_of_thing(self, start: int, end: int) -> bool:
        """Whether the weekday start..end (with its part of day) only modifies a singular noun that has no article
        or owner of its own and is the object of "for" or "of" hung on another noun ("audiences for Saturday night
        entertainment", "the decline of Sunday lunch"): it names a kind of thing every such day has, not one day's
        (a day's own thing takes an article or a possessive: "the Saturday show", "Saturday's show"; and after a
        verb's preposition, "after Friday prayers", it may be the day's)."""
        span = self._span(start, end)
        if span is None or not len(span):
            return False
        noun = span.root
        while noun.dep_ in ("compound", "nmod", "amod") and noun.head.i != noun.i and noun.i < noun.head.i:
            noun = noun.head
        if noun.i < span.end or noun.tag_ not in ("NN", "NNS") or noun.ent_type_ in ("DATE", "TIME"):
            return False
        if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) or noun.dep_ != "pobj":
            return False
        prep = noun.head
        if noun.tag_ == "NNS":
            # "she grumbled about Friday replies", "the cost of Sunday lunches": things of every such day, in the
            # plural with no article, after a preposition of no time; one day's occasions ("after Saturday matches",
            # "ahead of Friday talks") keep their day
            return (
                prep.dep_ == "prep"
                and prep.lower_ in KIND_PREPOSITIONS
                and noun.lemma_.lower() not in DAYS_OCCASIONS
                and noun.lower_ not in DAYS_OCCASIONS
                # "about Friday deliveries that were lost": a clause picking out some of them may tell one day's
                and not any(c.dep_ in ("relcl", "acl") and c.doc[c.left_edge.i - 1].text != "," for c in noun.children)
            )
        return prep.lower_ in ("for", "of") and prep.dep_ == "prep" and prep.head.pos_ == "NOUN"

    def _dates_a_noun(self, start: int, end: int) -> bool:
        """Whether the expression start..end is the object of a preposition hung on a noun, on an adjective
        describing one ("after Ashley in October", "worth $130m in October") or on a "be" with a noun for predicate
        ("is the third storm ... in October"), in a clause whose verb is in the plain present with no modal ("is",
        "are sold out")."""
        span = self._span(start, end)
        if span is None or not len(span) or span.root.dep_ != "pobj" or span.root.head.dep_ != "prep":
            return False
        owner = span.root.head.head
        if owner.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in owner.children):
            owner = next(c for c in owner.children if c.dep_ == "attr")  # "it is the third storm, after Ashley in
            # October": the parse may hang the date on "is"; it dates what the storm is counted after
        if not (owner.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or owner.pos_ == "ADJ" and owner.dep_ == "amod"):
            return False
        if owner.lemma_.lower() in STRETCH_NOUNS:
            return False  # "Jury selection begins the week of Jan. 12": a stretch of time named by its day is the
            # verb's own time (a plan in the plain present), not a thing of the date spoken of
        verb = governing_verb(owner)
        if verb is None:
            return False
        told = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return any(t.tag_ in ("VBZ", "VBP") for t in told) and not any(
            t.tag_ == "MD" or t.lower_ in ("going", "to") for t in told
        )

    def _year_clause(self, year: int, start: int, end: int) -> bool:
        """Whether the expression start..end is governed by the verb the year at character `year` is governed by, or
        by a participle with no auxiliary hung on that verb ("The band split in 2014 after a decade together, playing
        their last show on New Year's Eve"); a clause joined by "and" is not one ("joined in 2014 and left in
        March")."""
        here, there = self._span(start, end), self._span(year, year + 4)
        if here is None or there is None or not len(here) or not len(there):
            return False
        verb, year_verb = governing_verb(here.root), governing_verb(there.root)
        if verb is None or year_verb is None:
            return False
        if verb.i == year_verb.i:
            return True
        return (
            verb.tag_ == "VBG"
            and verb.dep_ in ("advcl", "xcomp")
            and verb.head.i == year_verb.i
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
        )

    def _things_year(self, start: int, end: int) -> int | None:
        """The year written before a noun of an event (EVENTS_OF_THEIR_YEAR) that the clause of the expression
        start..end describes (a relative or participle clause on it) or has as its subject: "The 2023 heatwave, which
        lasted from June until the end of August", "The 2019 election, held in December", "The 2019 election was
        held in December". An event's year is the year of what its own clause tells. None for a thing of another
        kind ("the 1988 law, repealed in March", "the 2024 accounts, published in March"), a year of a stretch
        across calendar years ("the 2024-25 season", "the 2023 financial year") and any other clause ("She won the
        2019 election in December")."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None:
            return None
        while (
            verb.dep_ == "conj"
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            verb = verb.head  # "which began on 3 March and lasted until April"; not "… and the 2016 referendum took
            # place in June", a clause of its own subject
        nouns = [verb.head] if verb.dep_ in ("relcl", "acl") else []
        nouns += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for noun in nouns:
            if noun.pos_ not in ("NOUN", "PROPN"):
                continue
            words = {noun.lemma_.lower(), noun.lower_}
            if words & DOCUMENTS_OF_THEIR_YEAR:  # "The party's 2019 manifesto, which was published in November"
                if verb.lemma_.lower() not in DOCUMENT_MAKING_VERBS or any(
                    c.lower_ in REPORT_ON_A_YEAR for c in noun.lefts
                ):
                    continue
            elif not words & EVENTS_OF_THEIR_YEAR:
                continue
            years = [
                c
                for left in noun.lefts
                for c in (left, *(x for x in left.lefts if left.dep_ == "compound"))  # "The 2015 Paris agreement"
                if THINGS_YEAR.fullmatch(c.text) and _year_names(c, noun)
            ]
            if len(years) == 1:
                return int(years[0].text)
        return None

    def _habitual(self, start: int, end: int) -> bool:
        """Whether the weekday start..end hangs by "on" (or "by", "until") on a verb that a word of HABIT_ADVERBS
        makes a thing done time and again ("Sales usually peak on Friday evening", "the market is normally held on
        Saturday", "are often sold out by Thursday"), or names the plural subject of such a verb ("Saturday matches
        are often sold out"), outside a quotation: every week's day, no calendar day."""
        span = self._span(start, end)
        if span is None or not len(span) or self.quoted(start):
            return False
        day = span.root
        if day.dep_ == "compound" and day.head.dep_ in ("nsubj", "nsubjpass") and day.head.tag_ == "NNS":
            # "Saturday matches are often sold out by Thursday": the subject of a habit, in the plural, with no
            # article of its own, is every such day's
            noun = day.head
            if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
                return False
            verb = noun.head
        elif day.dep_ == "pobj" and day.head.dep_ == "prep" and day.head.lower_ in HABIT_DAY_PREPOSITIONS:
            verb = day.head.head  # "Sales usually peak on Friday", "are often sold out by Thursday"
        else:
            return False
        return verb.pos_ in ("VERB", "AUX") and _told_as_a_habit(verb)

    def _generic_clock(self, start: int, end: int) -> bool:
        """Whether the clock time start..end is told of a habit (a word of HABIT_ADVERBS on its verb: "Staff are often
        still answering emails at 10pm") or, in the simple present, of any day of a kind its sentence names with "a"
        or in the plural ("On a busy day the queue is longer by 9pm", "on quiet nights"): no one calendar day. A
        past "On a day of drama, the vote was held at 7pm" tells of one day and keeps it."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None:
            return False
        if _told_as_a_habit(verb):
            return True
        sentence = span.sent.text
        if not ANY_DAY_OF_A_KIND.search(sentence):
            return False
        told = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return any(t.tag_ in ("VBZ", "VBP") for t in told) and not any(t.tag_ in ("MD", "VBD") for t in told)

    def _opening_hours(self, start: int, end: int) -> bool:
        """Whether the weekday start..end bounds a run of days ("from Tuesday to Sunday", "Monday to Friday") in the
        simple present of a state of being open or closed ("the hall is open from Tuesday to Sunday"): every week's
        days, no calendar day."""
        text = self.doc.text if self.doc is not None else ""
        if not WEEKDAY_RUN.search(text, max(0, start - 40), end + 40) or NAMED_WEEK.match(text, end, end + 40):
            return False  # "is closed Monday to Wednesday this week": those days
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
            return False
        if any(c.dep_ == "aux" for c in verb.children):
            return False  # "will be open from Friday to Monday": those days
        return any(c.dep_ in ("acomp", "attr", "advmod") and c.lower_ in OPEN_STATES for c in verb.children)

    def _earlier_clause(self, start: int, end: int) -> bool:
        """Whether the expression start..end is in a past perfect clause that a conjunction puts before its main
        clause ("after Russia had attacked Ukraine in February"); a past perfect of reported speech ("said that
        sales had fallen since July") is not one."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        return (
            verb is not None
            and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
            and any(c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in verb.children)
        )

    def _past_perfect(self, start: int, end: int) -> bool:
        """Whether the verb over the expression start..end is in the past perfect ("the survey had said so")."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        return (
            verb is not None
            and verb.tag_ == "VBN"
            and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)
        )

    def _perfect(self, start: int, end: int) -> bool:
        """Whether the clause of the expression start..end is in the present perfect ("has been issued")."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        return verb is not None and present_perfect(verb)

    def _since_perfect(self, start: int, end: int) -> bool:
        """Whether the expression start..end is in a clause opened by "since" that hangs on a present perfect ("have
        been looking for a striker since selling Wilson in the summer", "has struggled since it lost its licence in
        the spring"): what the perfect runs from reaches up to now, so its time is the latest one, not a year the
        story went back to before."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None or verb.head.i == verb.i:
            return False
        if verb.dep_ == "pcomp" and verb.head.lower_ == "since":
            return verb.head.head.pos_ in ("VERB", "AUX") and present_perfect(verb.head.head)
        return (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
            and present_perfect(verb.head)
        )

    def _plain_present(self, start: int, end: int) -> bool:
        """Whether the verb over the expression start..end is in the simple present with no auxiliary at all
        ("Heatwaves now last for much of the year"), outside a quotation, in a sentence that names no date before
        it (a plan's "opens in March and runs for much of the year" is that year's)."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        return (
            verb is not None
            and not self.quoted(start)
            and not any(
                t.ent_type_ in ("DATE", "TIME") and t.lower_ != "now" for t in self.doc[span.sent.start : span.start]
            )
            and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and simple_present(verb)
        )

    def _past_form(self, start: int, end: int) -> bool:
        """Whether the verb over the expression start..end, or an auxiliary of it, is in a past form ("planned",
        "was shown", "had left"): told as gone by, even when what it tells of is a plan."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        if verb is None:
            return False
        return verb.tag_ == "VBD" or any(t.dep_ in ("aux", "auxpass") and t.tag_ == "VBD" for t in verb.children)

    def _next_verb_tense(self, char: int) -> str | None:
        """The tense of the first verb after character `char` in its sentence, before any punctuation ends the
        clause; None when there is none (or no parse)."""
        span = self._span(max(char - 1, 0), char)
        if span is None or not len(span):
            return None
        last = span[-1]
        for token in last.doc[last.i + 1 : last.sent.end]:
            if token.is_punct:
                return None
            if token.pos_ in ("VERB", "AUX"):
                return verb_tense(token)
        return None

    def _sentence_start(self, char: int) -> int:
        """Where the sentence holding character `char` starts (0 without a parse)."""
        span = self._span(char, char + 1)
        if span is None or not len(span):
            return 0
        sent = span[0].sent
        while sent.start > 0 and _split_mid_sentence(sent):
            sent = self.doc[sent.start - 1].sent  # "… the more powerful | Ariane 64 version in the spring"
        return sent.start_char

    def _span(self, start: int, end: int):
        """The spaCy span covering characters start..end, or None."""
        if self.doc is None:
            return None
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _promised(self, start: int, end: int) -> bool:
        """Whether the expression start..end is in what someone was told "would" happen, at a time of telling the
        text does not give ("We were told the report would be out in the summer")."""
        span = self._span(start, end)
        verb = governing_verb(span.root) if span is not None and len(span) else None
        return verb is not None and _told_long_ago(verb)

    def _tense(self, start: int, end: int) -> str | None:
        """The tense of the clause the expression start..end belongs to."""
        span = self._span(start, end)
        if span is None or len(span) == 0:
            return None
        tense = self._clause_tense(span, start)
        if tense == "present" and UNTIL_JUST_BEFORE.search(self.doc.text, max(0, start - 12), start):
            return "future"  # "classes remain suspended until Monday", "is closed until Friday": a state that lasts
        if tense == "past" and UNTIL_JUST_BEFORE.search(self.doc.text, max(0, start - 12), start):
            if _bare_participle_of_a_state(span.root):
                return "future"  # a headline's "Bus fares frozen until March": a state that holds now, to March
            if _given_until(span):
                return None  # "the group had until 30 April to submit a plan", in a March paper: a deadline
                # given, which may lie on either side of publication, so the nearest such day
        until = UNTIL_BEFORE.search(self.doc.text, max(0, start - 30), start)
        if tense == "past" and until and self._perfect(start, end):
            return "future"  # "has issued a warning for rain until 09:00 on Thursday": what has been put in place
            # lasts from now until then
        if tense == "past" and self._perfect_with_a_named_day(span):
            return "future"  # "Ferry operators have cancelled all sailings on Saturday": a present perfect takes
            # no day gone by ("have cancelled … last Saturday" is not English), so the day is its object's, to come
        if tense == "past" and self._perfect_forecast_of(span):
            return "future"  # "Forecasters have warned of heavy snow overnight": what is warned of is to come
        if tense == "past" and FORECAST_UNTIL_BEFORE.search(self.doc.text, max(0, start - 12), start):
            verb = governing_verb(span.root)
            if verb is not None and verb.lemma_.lower() in FORECAST_VERBS:
                return "future"  # "the Met Office forecast heavy rain till Monday", "warned of flooding overnight
                # and into Saturday morning": the weather to come
        if tense == "past" and self._forecast_object_before(span):
            return "future"  # "the weather service forecast more rain over the weekend": the rain forecast is to
            # come, so its weekend is the coming one, not the one gone by
        if tense == "past" and DEADLINE_BEFORE.search(self.doc.text, max(0, start - 12), start):
            verb = governing_verb(span.root)
            if (
                verb is not None
                and (verb.lemma_.lower() in HOPING_VERBS or plan_lemma(verb) == "hope")
                and (
                    not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
                    or _reported_perfect(verb)
                )
            ):
                return "future"  # "hoped for a decision by the end of September": what is hoped for is still to
                # come when it was hoped for (a hope of a past perfect, "had hoped … by Christmas", may be gone by,
                # but not one a saying shifted back: "said he had asked for a report by Monday" is "I have asked")
        if IN_TIME_FOR.search(self.doc.text, max(0, start - 25), start):
            verb = governing_verb(span.root)
            said = (
                next((c for c in verb.children if c.dep_ == "ccomp" and c.i < span.root.i), None)
                if verb is not None and verb.lemma_.lower() in REPORTING_VERBS
                else None
            )
            if said is not None:  # "It will reach shops in December, the company said, in time for Christmas":
                return verb_tense(said)  # what is timed for a date is what was said, not the saying
        if tense == "future" and not self.historic and self._planned_for_the_day_before(span):
            return "past"  # "Funding was set to expire at midnight on Friday", in a Saturday paper: the day just gone
        if tense in ("future", None) and self._set_for_the_day_before(start, end):
            return "past"  # "The vote was scheduled for Friday", in a Saturday paper: the day just gone
        if tense in ("past", None) and not self.historic and self._awaited_this_week(span):
            return "future"  # "sterling held steady before the rate decision on Thursday", in a Tuesday paper
        if tense == "past" and self._shifted_back_with_a_time_to_come(span):
            return "future"  # "said the storm would deepen as it crossed the Atlantic on Thursday"
        return tense

    def _shifted_back_with_a_time_to_come(self, span) -> bool:
        """Whether `span`, a weekday (with its part of day), dates a plain past verb in a clause of time ("as",
        "when", "once", "while", "until") hung on a verb whose own time is to come: "said the storm would deepen as
        it crossed the Atlantic on Thursday" puts "as it crosses" back in the past only because it is reported, and
        the crossing is as much to come as the deepening. A past perfect ("once it had crossed") keeps its past."""
        if not len(span) or span[0].lower_.rstrip(".") not in WEEKDAY_NAMES:
            return False
        if len(span) > 2 or (len(span) == 2 and span[1].lower_ not in DAY_PART_NAMES):
            return False
        verb = governing_verb(span.root)
        if verb is None or verb.tag_ != "VBD" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        if not any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children):
            return False
        head = verb.head
        while head.dep_ == "xcomp" and head.tag_ == "VB" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
            head = head.head  # "was expected to deepen as it crossed": the expecting tells the time
        return self._tense(head.idx, head.idx + len(head)) == "future"

    def _awaited_this_week(self, span) -> bool:
        """Whether `span`, a weekday (with its part of day), dates a thing a past-tense report tells of as still to
        come at the time it tells of, and falls in the days ahead that such a thing may be on. A daily report tells
        of the day it is published or the day before, so what is then "due", "expected", "scheduled" or awaited, or
        what a market "held steady before", is on one of the days after that; a day of the week gone by would have
        been named as over ("after the decision on Thursday")."""
        if self.dct is None or not len(span) or span[0].lower_.rstrip(".") not in lx.WEEKDAYS:
            return False
        if len(span) > 2 or (len(span) == 2 and span[1].lower_ not in DAY_PART_NAMES):
            return False
        kind = _awaited_kind(span[0])
        if kind is None:
            return False
        ahead = (lx.WEEKDAYS[span[0].lower_.rstrip(".")] - self.dct.weekday()) % 7
        return ahead <= {"due": DUE_AHEAD_DAYS, "ahead": AHEAD_OF_AHEAD_DAYS}.get(kind, AWAITED_AHEAD_DAYS)

    def _planned_for_the_day_before(self, span) -> bool:
        """Whether `span`, a bare weekday, is the day before publication and dates the infinitive of a plan told in
        the past ("funding was set to expire at midnight on Friday", in a Saturday paper): the day a daily report
        tells of, gone by, though the plan looked ahead from it (see DUE_AHEAD_DAYS)."""
        if self.dct is None or not len(span) or span[0].lower_.rstrip(".") not in lx.WEEKDAYS:
            return False
        if len(span) > 2 or (len(span) == 2 and span[1].lower_ not in DAY_PART_NAMES):
            return False
        day = span[0]
        if day.dep_ != "pobj" or day.head.lower_ not in ("on", "for"):
            return False
        if not _planned_in_a_past_report(day.head.head):
            return False
        return (lx.WEEKDAYS[day.lower_.rstrip(".")] - self.dct.weekday()) % 7 > DUE_AHEAD_DAYS

    def _set_for_the_day_before(self, start: int, end: int) -> bool:
        """Whether the weekday at start..end (with its part of day) is the day before publication and the day a
        past-tense passive of scheduling puts a thing "for" ("The vote was scheduled for Friday", "the hearing was
        set for Friday", in a Saturday paper): as with a plan's infinitive ("was set to expire on Friday", see
        `_planned_for_the_day_before`), the day a daily report tells of, gone by, though the schedule looked ahead
        from it. A day further off is left to the tense ("was scheduled for Wednesday" may still be to come)."""
        if self.historic:
            return False
        span = self._span(start, end)
        if span is None or self.dct is None or not len(span) or span[0].lower_.rstrip(".") not in lx.WEEKDAYS:
            return False
        if len(span) > 2 or (len(span) == 2 and span[1].lower_ not in DAY_PART_NAMES):
            return False
        day = span[0] if span.root.dep_ != "pobj" else span.root  # "for Friday evening": the evening's "for"
        if day.dep_ != "pobj" or day.head.lower_ != "for" or not _scheduled_in_a_past_report(day.head.head):
            return False
        verb = day.head.head
        day = span[0]
        ahead = (lx.WEEKDAYS[day.lower_.rstrip(".")] - self.dct.weekday()) % 7
        return ahead > DUE_AHEAD_DAYS or (ahead > 0 and _held_as_set(verb))

    def _forecast_object_before(self, span) -> bool:
        """Whether `span` hangs on a verb of forecasting in the past ("forecast", "predicted") whose object comes
        before it ("forecast more rain over the weekend"): the date is when the forecast weather or figure falls.
        With no object before the date ("forecast on Friday that …") the date may be when the forecast was made.
        Only a weekday or a weekend, whose nearer side is in doubt, after a preposition of a stretch ("over")."""
        if not any(t.lower_ in WEEKDAY_NAMES or t.lower_ == "weekend" for t in span):
            return False  # a month ("predicted growth in September") may be one whose figures are now out
        prep = span.root.head if span.root.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in FORECAST_STRETCH_PREPOSITIONS:
            return False  # "forecast heavy rain on Thursday" may tell the day the forecast was made
        verb = governing_verb(span.root)
        if verb is None or verb.lemma_.lower() not in FORECASTING_AHEAD or span.root.i < verb.i:
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return False  # "had predicted a rise on Monday": set against what came about, a day gone by
        return any(c.dep_ == "dobj" and c.i < span.start for c in verb.children)

    def _perfect_forecast_of(self, span) -> bool:
        """Whether `span`, "overnight" or a weekday (with its part of day) after "on", hangs on a verb of
        FORECAST_VERBS in the present perfect whose object comes before it ("Forecasters have warned of heavy snow
        overnight", "The Met Office has warned of gales on Friday"): a present perfect takes no time gone by of its
        own ("have warned … last night" is not English), so the time is that of the weather or thing warned of,
        still to come. The simple past is left alone: "warned of snow overnight" may tell when the warning came."""
        day = span.root
        if span.text.lower() == "overnight":
            pass
        elif any(t.lower_ in WEEKDAY_NAMES for t in span) and day.dep_ == "pobj" and day.head.lower_ == "on":
            if len(span) > 1 and not (
                len(span) == 2 and span[0].lower_ in WEEKDAY_NAMES and day.lower_ in DAY_PART_NAMES
            ):
                return False
        else:
            return False
        verb = governing_verb(day)
        while verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "about"):
            verb = verb.head.head  # "have warned of freezing fog overnight", with "freezing" read as a verb
        if verb is None or verb.lemma_.lower() not in FORECAST_VERBS or not present_perfect(verb):
            return False
        return any(  # an object, or "of" and its object, between the verb and the time
            (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("of", "about"))) and verb.i < c.i < span.start - 1
            for c in verb.children
        )

    def _perfect_with_a_named_day(self, span) -> bool:
        """Whether `span` is a weekday alone (or with its part of day), hung by "on" on a verb of calling off or
        putting on in the present perfect that has an object before it ("have cancelled all sailings on Saturday"),
        or in that perfect shifted back by a saying ("said they had added extra sailings on Saturday morning"): the
        sailings' day. Other verbs keep their past ("Police have arrested a man on Saturday", loosely written, is the
        Saturday gone)."""
        day = span.root
        if not any(t.lower_ in WEEKDAY_NAMES for t in span):
            return False
        if len(span) > 1 and not (len(span) == 2 and span[0].lower_ in WEEKDAY_NAMES and day.lower_ in DAY_PART_NAMES):
            return False  # a weekday alone, or with its part of day ("on Saturday morning")
        while day.dep_ == "conj" and day.head.i < day.i and day.head.lower_ in WEEKDAY_NAMES:
            day = day.head  # "on Wednesday and Thursday": the second day hangs on the first
        if day.dep_ != "pobj":
            return False
        prep = day.head
        if prep.lower_ != "on" or prep.dep_ != "prep":
            return False
        verb = prep.head
        if verb.dep_ == "dobj" and verb.lemma_.lower() in MEASURE_NOUNS and verb.head.lemma_.lower() in ISSUING_VERBS:
            verb = verb.head  # "had declared a curfew on Saturday night", the day hung on the curfew
        if verb.pos_ == "VERB" and present_perfect(verb) and _readied_for_before(verb, prep):
            return True  # "has been cleared for launch on Thursday", "have been picked for the final on Sunday":
            # the day of the launch or the final that the perfect readied them for
        if verb.pos_ != "VERB" or not (present_perfect(verb) or _reported_perfect(verb)):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
        if verb.lemma_.lower() in ISSUING_VERBS:
            # "has issued a total fire ban for the Mallee on Wednesday": the ban's day, to come
            return any(o.lemma_.lower() in MEASURE_NOUNS for o in objects)
        return verb.lemma_.lower() in CALLING_OFF_VERBS and bool(objects)

    def _clause_tense(self, span, start: int) -> str | None:
        """The tense of the clause of `span` (starting at character `start`), before any "until" is weighed."""
        if SINCE_JUST_BEFORE.search(self.doc.text, max(0, start - 50), start):
            return "past"  # "the third crash on that road since September", "since 1 March the rule no longer
            # applies": what something runs from is gone by, whatever the tense of its clause
        if _looked_back_to(span.root):
            return "past"  # "Back in March, nobody expected this," he said: a time looked back to is gone by
        if _after_a_comparison(span.root):
            return "past"  # "lower than they forecast in March": the forecast compared with was made already
        if _compared_from(span.root):
            return "past"  # "expects 260 billion yen, down from its May forecast": what a figure is compared with
        if _participle_of_a_fragment(span.root):
            return "future"  # "A children's list, launching in the autumn.": what the thing named is about to do
        if _aim_by(span.root):
            return "future"  # "73% were seen in September, against a target of 78% by March": an aim standing now
        if _expected_after_with(span.root):
            return "future"  # "the rest of next week looked settled, with frost likely from Tuesday night": what is
            # likely (due) is still to come, whatever the tense of the clause "with" adds it to
        if _announced_schedule(span.root):
            return "future"  # "the Boxing Day fixtures were published on Wednesday": games a schedule is made for
        misread = present_read_as_another_word(span.root)
        if misread is not None:  # "The transfer window closes on September 1": a plan in the plain present, or a
            return "past" if misread.lemma_.lower() in STATIVE_VERBS else "future"  # state that holds now
        if _price_on_a_day(span.root):
            return "past"  # "will pay a premium of 41% to its closing price on December 18": a price gone by
        if not self.story_moved and _called_off_ahead(span.root):
            return "future"  # "the union called off Friday strikes", in a Thursday paper: tomorrow's strikes
        if span.root.dep_ == "poss" and span.root.tag_ != "PRP$":  # "Wednesday's ruling": a day whose event is
            # already spoken of ("its third-quarter statement": "its" is the company's, the quarter has no event yet)
            return (
                self._ahead_of(span.root)
                or _planned_day(span.root)
                or _days_thing_to_come(span.root)
                or self._days_thing_moved_or_travelled_to(span)
                or "past"
            )
        if _of_a_next_thing(span.root):
            return "future"  # "bail was extended until the next hearing on 30 June": the next one is still to come
        if _invited_to(span.root):
            return "future"  # "invited the parties to talks on Thursday": the talks are still to come
        if _planned_by_a_misread_verb(span.root):
            return "future"
        if _finished_event_after(span.root):
            return "past"  # "will play in the final after a 27-24 win over Saracens on Saturday": the win is over,
            # whatever the tense of the verb it comes before
        if _done_act_on(span.root):
            return "past"  # "the council's decision on Tuesday to close the library is short-sighted": an act
            # spoken of as a thing in the present is one already done
        told = _subject_read_as_time_of_saying(span.root)
        if told is not None:  # "The RAC said Thursday afternoon, the start of the long weekend, was likely to be
            # the busiest": the day is what was said to be so, in the tense of its own verb; an expectation told in
            # the past, which the tenses leave open, is the saying's present put back: still to come
            return verb_tense(told) or "future"
        said = _day_of_what_was_said(span.root)
        if said is not None:  # "Biden is expected to sign the bill Wednesday, the White House said": the day ends
            return verb_tense(said)  # what was said, whatever the parse hung it on
        verb = governing_verb(span.root) or governing_verb(span.root, FAR_HEAD_STEPS)
        if verb is not None and side_read_as_a_gerund(verb):
            return "future"  # "Reading travel to Bolton on Tuesday": a side's name read as the verb, its fixture
            # verb as a noun
        if verb is not None and _name_read_as_a_past(verb) and fixture_read_as_a_noun(span.root.sent):
            return "future"  # "Rovers host Dunmere on Tuesday night", "host" read as a noun and the side's name as
            # a past: a fixture, to come, not the day gone by
        if (
            verb is not None
            and _participle_of_a_verbless_sentence(verb)
            and UNTIL_HEDGED_BEFORE.search(self.doc.text, max(0, start - 30), start)
        ):
            return "future"  # "Commuters travelling into London Bridge face disruption until at least Friday",
            # "face" read as a noun: the date hangs on the participle, which tells no time, and the sentence has no
            # verb to say the state is over, so what lasts until the day lasts still
        if verb is None:  # a sentence the parse read without a verb over the date ("Harton host Kettleby on
            # Tuesday", "host" read as a noun): the tense of a finite verb elsewhere in it
            if _fixture_verb_read_as_noun_before(span.root):
                return "future"  # "Leicester travel to Sunderland on Tuesday night before hosting Leeds in what
                # could be a decisive game": the fixture read as a noun before the day is the sentence's verb, not a
                # finite verb in a clause after it
            verb = next(
                (
                    t
                    for t in span.root.sent
                    if t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                    and not any(a.dep_ in ("relcl", "acl") for a in (t, *t.ancestors))
                ),
                None,
            )  # "Doors open at 7pm on Saturday for the concert, which was postponed from last month", "open" read
            # as an adjective: a clause on a noun tells of that noun, not the time of the sentence's own news
            if verb is None:
                verb = _clause_on_the_date(span.root)  # "By the autumn that had changed": the sentence's verb
                # read as a clause on the date itself, or one that is ("the winter that followed"), tells its time
            if verb is None and any(t.dep_ == "aux" and t.tag_ == "TO" for t in span.root.sent):
                return "future"  # no finite verb but an infinitive: "The Magic return home to face Boston on
                # Wednesday", "Minister to visit Paris on Friday": what is to be done
            sent = span.root.sent
            if verb is None and self.historic and sent.text.rstrip().endswith(":") and sent.end < len(self.doc):
                verb = self.doc[sent.end].sent.root  # "January: Floods hit the lower town": the entry's sentence
                verb = verb if verb.pos_ in ("VERB", "AUX") else None
            if verb is None and UNTIL_BEFORE.search(self.doc.text, sent.start_char, span.start_char):
                return "future"  # "A yellow warning for ice covers Scotland until midday on Saturday", "covers"
                # read as a noun: what lasts until a day, with no verb to say it is over, lasts still
            if verb is None and FIXTURE_LINE.match(span.root.sent.text):
                return "future"  # a team's next games: "Grizzlies: Host Denver on Thursday."
            if verb is None and fixture_read_as_a_noun(sent):
                return "future"  # "Fulham host Aston Villa on Saturday", "host" read as a noun: a fixture
        if (
            verb is not None
            and verb.tag_ == "VBG"
            and verb.i > span.root.i
            and verb_tense(verb) is None
            and _fixture_verb_read_as_noun_before(span.root)
        ):
            return "future"  # "Bristol Rovers host Exeter City on Saturday knowing a win would lift them", "host" a
            # noun and the date hung on the participle after it: the fixture's tense, not the participle's none
        if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "prep" and verb.head.i != verb.i:
            # "had sent him messages, including one on 20 February": a participle used as a preposition tells no
            # time; the date is told in the tense of the clause the phrase belongs to
            verb = governing_verb(verb.head) or verb
        if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "pobj" and verb_tense(verb) is None:
            # "will update investors on trading in its third-quarter statement": a gerund after a preposition is a
            # noun, which tells no time; the date is told in the tense of the verb the phrase hangs on
            verb = governing_verb(verb.head) or verb
        if verb is not None and _noun_read_as_a_bare_verb(verb):
            verb = verb.head  # "a ticket bought for the EuroMillions draw on 14 May has not been claimed", "draw"
            # read as a verb: a subject is a noun, and the date is told in the tense of the verb it is the subject of
        keeper = _keeper_of_a_state(verb) if verb is not None else None
        if keeper is not None:  # "The bill keeps agencies funded through Jan. 30": the state lasts as long as the
            verb = keeper  # keeping does, in the keeping verb's tense, not a past the bare participle suggests
        if verb is not None and self._saying_outside_the_quote(span.root, verb):
            own = _clause_on_the_date(span.root)  # '"By the spring that will have changed," she said': the date is
            # the speaker's, placed by the tense of the quoted clause on it, not by the saying's past the parse hung
            # it on
            verb = own if own is not None and self._saying_outside_the_quote(span.root, own) is False else verb
        if verb is not None and self._in_a_quoted_fragment(span.root, verb):
            return None  # 'called it "a recipe for another crisis in January"': the quoted words have no verb of
            # their own and speak of the speaker's time, not of the saying's past; the nearest January
        promising = promised_on_the_occasion(span.root, verb) if verb is not None else None
        if promising is not None:  # "promised to rebuild trust in a speech on Wednesday": the speech's day is the
            return verb_tense(promising)  # promise's, in its tense, not the rebuilding's still to come
        said = _present_read_as_noun(span.root, verb) if verb is not None else None
        if said is not None:  # an eventive present plans ("runs on June 12"), a state's holds now ("costs")
            return "past" if said.lemma_.lower() in STATIVE_VERBS else "future"
        tense = verb_tense(verb) if verb is not None else None
        if tense is None and verb is not None and _participle_to_come(verb):
            return "future"  # "Fans travelling to the match on Saturday should allow extra time": the participle
            # tells no time, and the advice to its doers is of a thing still to come, so the day is the coming one
        if tense is None and verb is not None and _imperative(verb) and _dates_the_verb(span.root, verb):
            return "future"  # "Ask me in the spring", "Book before Friday": what is asked is still to come (not
            # a noun's date in it: "Remember the victims of March")
        if tense == "present" and _passive_progressive_on(span.root, verb):
            return "future"  # "Single-word judgements are being dropped from September": a plan, as the active "is
            # dropping them from September" is
        if tense == "present" and _scheduled_release(verb):
            return "future"  # "the novel is published by Canongate on Thursday": a release to come
        if (
            tense == "past"
            and verb.lemma_.lower() in PUT_OFF_VERBS
            and PUT_OFF_TO.search(self.doc.text, max(0, start - 45), start)
        ):
            return "future"  # "the hearing was adjourned to April 14", "granted bail until his trial in June"
        if (
            tense in ("past", None)
            and (_moved_later_to(span.root, verb) or _moved_to_a_clock_on(span.root, verb))
            and not self._earlier_year_named(span)
            and not self._moved_to_a_day_gone(span, verb)
        ):
            return "future"  # "The proposal was moved to January", in a December paper: a postponement moves a
            # thing forward in time, so the date it is moved to is still ahead, next January
        if tense == "past" and verb.tag_ == "VBZ" and not self.historic and _reports_results(verb):
            return "future"  # "the company reports full-year results on Thursday": results still to come
        if tense == "future" and self.historic and not self.live and simple_present(verb):
            return "past"  # a chronology's "Tuesday night - Pumps begin lowering the water": the Tuesday gone
        if verb is not None and tense != "future" and _set_ahead(span.root, verb):
            return "future"
        if verb is not None and tense != "future" and _change_from(span.root, verb):
            return "future"
        if tense == "future" and _tried_on(span.root, verb):
            return "past"  # "Opposition MPs tried to delay the vote on Monday": the attempt was made that day
        if tense in ("future", "present") and (_comes_after(span.root, verb) or _ongoing_after(span.root, verb)):
            return "past"
        if tense == "future" and any(t.lower_ in WEEKDAY_NAMES for t in span) and _ordered_in_the_past(verb):
            return None  # "residents were ordered to leave their homes on Thursday night", in a Friday paper: that
            # night, as likely as next week's; a length ("ordered her to rest for six weeks") still runs from now
        return tense

    def _days_thing_moved_or_travelled_to(self, span) -> str | None:
        """'future' for a weekday's thing (`span` its possessive: "Saturday's game") that people picked out by a
        participle are told what to do about ("Supporters travelling to Saturday's game should allow extra time"),
        or that is moved in time in the past or the perfect ("Saturday's game was brought forward to 12.30pm"): the
        advice and the new time are of a thing still to come. A day further off than a daily report looks ahead, or
        a sentence telling what went on at the thing, leaves it to the past (see `_moved_to_a_day_gone`)."""
        noun = span.root.head
        verb = governing_verb(noun)
        if verb is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        if verb_tense(verb) is None and _participle_to_come(verb):
            return "future"
        if (
            noun.dep_ in ("nsubjpass", "dobj")
            and noun.head.i == verb.i
            and _moves_in_time(verb)
            and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb_tense(verb) == "past"))
            and not self._moved_to_a_day_gone(span, verb)
        ):
            return "future"
        return None

    def _moved_to_a_day_gone(self, span, verb: Token) -> bool:
        """Whether `span`, a bare weekday a thing was moved to, is more likely the one gone by: the day before
        publication, the day a daily report tells of ("The match was moved to Sunday", in a Monday paper), or a day
        of the week before when the sentence tells what went on at the thing ("was moved to Sunday, and City won
        2-0"), as for a day a thing was set for (see `_set_for_the_day_before`)."""
        if self.dct is None or self.historic or not len(span) or span[0].lower_.rstrip(".") not in lx.WEEKDAYS:
            return False
        if len(span) > 2 or (len(span) == 2 and span[1].lower_ not in DAY_PART_NAMES):
            return False
        ahead = (lx.WEEKDAYS[span[0].lower_.rstrip(".")] - self.dct.weekday()) % 7
        return ahead > DUE_AHEAD_DAYS or (ahead > 0 and _held_as_set(verb))

    def _earlier_year_named(self, span) -> bool:
        """Whether the sentence of `span` names a year before publication outside `span` ("Last year's event was
        postponed to January", "The festival was moved to March in 2019"): what was put off then was put off to a
        date after that year's, not after publication."""
        if self.dct is None:
            return False
        sent = span.root.sent
        for tok in sent:
            if span.start <= tok.i < span.end:
                continue
            if tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1000 < int(tok.text) < self.dct.year:
                return True
            if tok.lower_ == "year" and tok.i > sent.start and self.doc[tok.i - 1].lower_ in ("last", "previous"):
                return True
        return False

    def _saying_outside_the_quote(self, date: Token, verb: Token) -> bool | None:
        """None when `date` stands in no quotation; else whether `verb` stands outside the one it is in."""
        quote = next(((s, e) for s, e in self.quotes if s < date.idx < e), None)
        return None if quote is None else not quote[0] < verb.idx < quote[1]

    def _in_a_quoted_fragment(self, date: Token, verb: Token) -> bool:
        """Whether `date` is inside a quotation with no verb of its own: the verb it hangs on (`verb`) is outside
        the quotation and the date hangs on a noun inside it ('called it "a recipe for another crisis in
        January"'), not straight on the verb through a preposition ('would be held "in January"')."""
        quote = next(((s, e) for s, e in self.quotes if s < date.idx < e), None)
        if quote is None or quote[0] < verb.idx < quote[1]:
            return False
        tok = date.head
        while tok.i != verb.i and tok.head.i != tok.i:
            if tok.pos_ in ("NOUN", "PROPN") and quote[0] < tok.idx < quote[1]:
                return True
            tok = tok.head
        return False

    def _ahead_of(self, day: Token) -> str | None:
        """'future' for a day's event that something not past is done before ("in talks to sign him before
        Monday's deadline", "is campaigning ahead of Thursday's vote"): that event is still to come."""
        prep = day.head.head if day.head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "ahead":
            prep = prep.head
        if prep is None or prep.lower_ not in ("before", "ahead") or prep.dep_ not in ("prep", "advmod"):
            return None
        verb = governing_verb(prep)
        if verb is None or (verb.lemma_ in ("be", "have") and verb.tag_ in ("VBZ", "VBP")):
            return None  # "its share before Friday's purchases is 7%": a state, not a plan
        if verb.pos_ == "VERB" and present_perfect(verb):
            return "future"  # "has pulled out days before Saturday's final": what the present perfect tells of is
            # just done, and the event it came before is later still (a simple past, "withdrew hours before
            # Friday's concert", may be the Friday gone)
        return "future" if verb_tense(verb) == "future" else None

    def _ok_number(self, start: int, end: int) -> bool:
        """False when spaCy calls the number start..end a quantity, money, a percentage, or it counts a noun."""
        span = self._span(start, end)
        if span is None:
            return True
        if any(t.ent_type_ in NOT_DATE_LABELS for t in span) and not _year_after_preposition(span):
            return False
        first, last = span[0], span[-1]
        if first.i > 0 and first.text.isdigit() and self.doc[first.i - 1].lower_.rstrip(".") in LABEL_NOUNS:
            return False  # "quoting log 1842 of 12 January", "flight 1549", "Room 1010": a label, no year
        if first.i > 0 and first.text.isdigit() and _code_before(self.doc[first.i - 1], last):
            return False  # "the bill, known as HB 1776, was passed", "vetoed SB 1047 in September": a bill's number
        if last.i + 1 < len(self.doc):
            nxt = self.doc[last.i + 1]
            if (
                nxt.tag_ == "NNS"
                and nxt.lower_ not in ("years", "months", "weeks", "days", "hours", "minutes")
                and last.dep_ == "nummod"
                and not _year_of_a_things_kind(last)
            ):
                return False
            if nxt.lower_ in ("%", "percent", "per", "people", "troops", "soldiers"):
                return False
        return True

    def _pos_at(self, char: int) -> str:
        """The coarse part of speech of the token at character `char` ('' without a parse)."""
        span = self._span(char, char + 1)
        return span[0].pos_ if span is not None and len(span) else ""

    def _person_at(self, char: int) -> bool:
        """Whether the token at character `char` is part of a person's name: the recogniser's person, or a name
        after a capitalised name or a title joined to it ("Theresa May", "Mrs May"), not a month ("in May")."""
        span = self._span(char, char + 1)
        if span is None or not len(span):
            return False
        word = span[0]
        if word.ent_type_ == "PERSON":
            return True
        before = word.doc[word.i - 1] if word.i > 0 else None
        return (
            before is not None
            and before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and before.head.i == word.i
            and before.dep_ in ("compound", "nmod")
            and before.ent_type_ not in ("DATE", "EVENT", "ORG", "GPE", "FAC", "NORP")
        )

    def _day_in_a_name(self, char: int) -> bool:
        """Whether the weekday at `char` ends a name: a capitalised word right before it, joined to it, and the
        recogniser reads no date in it ("Victoria's worst fire, Black Saturday on 7 February 2009") or the day is
        the subject or object of its verb ("to remember Bloody Sunday"). A day the recogniser dates that tells when
        ("host the Bills Sunday") or a word of time before it ("Early Sunday") is a day."""
        span = self._span(char, char + 1)
        if span is None or not len(span) or span[0].i == 0:
            return False
        word = span[0]
        before = word.doc[word.i - 1]
        return (
            (word.ent_type_ not in ("DATE", "TIME") or word.dep_ in ("nsubj", "nsubjpass", "dobj", "appos"))
            and before.head.i == word.i
            and before.dep_ in ("compound", "amod", "nmod")
            and before.is_alpha
            and before.text[:1].isupper()
            and before.lower_ not in WORDS_OF_TIME_BEFORE_A_DAY
            and not before.whitespace_.count("\n")
        )

    def _subject_at(self, char: int) -> bool:
        """Whether the token at character `char` is the subject of its clause or the object of its verb (False
        without a parse): "Every minute counts", "enjoyed every minute of it". Not the object of a verb of spending
        time ("spent every day at the hospital"), which is when."""
        span = self._span(char, char + 1)
        if span is None or not len(span):
            return False
        word = span[0]
        if word.dep_ == "dobj" and word.head.lemma_.lower() in TIME_SPENDING:
            return False
        return word.dep_ in ("nsubj", "nsubjpass", "dobj")


# Words before a weekday that make it a day, not a name, capitalised at a sentence's start ("Early Sunday, ...").
WORDS_OF_TIME_BEFORE_A_DAY = frozenset(
    "early late later earlier mid last next this that past coming previous following every each one same".split()
)
# Verbs whose object is a stretch of time gone through: "spent every day at the hospital".
TIME_SPENDING = frozenset({"spend", "pass", "waste"})


# Prepositions of time before a year the recogniser read as a number ("cut spills in half by 2030").
YEAR_PREPOSITIONS = frozenset("in by since until till before after".split())


def _year_after_preposition(span: Span) -> bool:
    """Whether `span` is a year alone (1900-2099) that the recogniser read as a plain number, right after a preposition
    of time: "by 2030", "since 1998" (a count after it is still a count: "by 2030 votes")."""
    first = span[0]
    return (
        len(span) == 1
        and first.ent_type_ == "CARDINAL"
        and re.fullmatch(r"(?:19|20)\d\d", first.text) is not None
        and first.i > 0
        and first.doc[first.i - 1].lower_ in YEAR_PREPOSITIONS
    )


# What is held on a day set in advance: "will decide on Friday's openings", "would miss Saturday's final".
SCHEDULED_NOUNS = frozenset(
    "opening openings reopening final semi-final match game fixture race vote election ballot meeting talks summit "
    "hearing session sitting deadline launch ceremony debate concert show service services flights classes lessons "
    "exams parade march rally kick-off derby budget stage leg round".split()
)


# Verbs that make a schedule known: what they publish is dated by its own day, not by when it was published.
ANNOUNCING = frozenset("publish announce release confirm unveil reveal draw".split())


# Verbs that keep their object in a state, told by a bare participle: "keeps agencies funded", "holds the rate
# frozen", "leaves the road closed". The state lasts while the keeping does.
KEEPING_VERBS = frozenset({"keep", "hold", "leave"})
# Verbs that say a subject stays in the state a bare participle after them tells ("would stay lifted until Monday",
# "will remain closed until Friday"): the state lasts in their tense, not in the participle's seeming past.
STAYING_VERBS = frozenset({"stay", "remain"})


def _keeper_of_a_state(verb: Token) -> Token | None:
    """The verb that keeps its object in the state a bare passive participle `verb` tells ("keeps agencies funded
    through Jan. 30": "keeps"), whichever way the parse hung the participle; None otherwise ("goods made in March"
    describes its noun, with no keeping)."""
    staying = next((c for c in verb.children if c.dep_ == "auxpass" and c.lemma_.lower() in STAYING_VERBS), None)
    if verb.tag_ == "VBN" and staying is not None:
        return staying  # "would stay suspended", the parse taking "stay" for the participle's auxiliary
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head  # "keeps [agencies funded]": the participle on the object
    elif verb.dep_ == "acomp" and head.lemma_.lower() in STAYING_VERBS and head.pos_ in ("VERB", "AUX"):
        return head  # "the ban would stay lifted until midnight on Monday": the staying's tense
    elif verb.dep_ not in ("ccomp", "xcomp", "oprd"):
        return None
    if head.i == verb.i or head.lemma_.lower() not in KEEPING_VERBS or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def _imperative(verb: Token) -> bool:
    """Whether `verb` is a bare verb heading its sentence with no subject and no auxiliary: a command or a request."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") or c.dep_.startswith("nsubj") for c in verb.children)
    )


def _dates_the_verb(date: Token, verb: Token) -> bool:
    """Whether the date hangs on `verb` itself, or through one preposition ("in the spring"), not on a noun."""
    return date.head.i == verb.i or (date.head.dep_ == "prep" and date.head.head.i == verb.i)


# Nouns of an occasion of speaking: a phrase "in a speech", "at a rally", "during an interview" tells where and when
# something was said.
OCCASION_NOUNS = frozenset(
    "speech address rally interview statement conference briefing hearing debate post letter tweet message "
    "broadcast podcast remarks comments article column video blog email memo announcement lecture sermon hustings "
    "appearance meeting session q&a".split()
)
# Verbs of saying and of promising: the finite verb that an infinitive of what is promised hangs on ("promised to
# cut taxes", "vowed to fight on", "told staff to expect cuts").
PROMISING_VERBS = frozenset(
    "promise vow pledge swear commit undertake threaten warn urge call insist say tell claim announce repeat "
    "renew reaffirm signal hint offer".split()
)
# Infinitives that are themselves acts done at such an occasion ("promised to speak at a rally on Monday", "vowed to
# set out the plans in a speech on Friday"): the occasion is theirs, still to come, not the promise's.
OCCASION_ACTS = frozenset(
    "speak address appear attend deliver give hold host make join announce unveil set outline reveal present "
    "testify say tell explain lay discuss debate answer face take raise publish launch release issue attend "
    "return visit meet lead chair open".split()
)


def promised_on_the_occasion(date: Token, verb: Token) -> Token | None:
    """The finite verb of saying or promising whose occasion a date is, when the parse hung the occasion on the
    infinitive of what was promised: "promised to rebuild trust in a speech on Wednesday", "vowed to cut taxes at a
    rally on Monday". The date sits in the occasion's phrase (on its noun, or right after it on the same verb), and
    the infinitive is no act done at that occasion itself ("promised to speak at a rally on Monday")."""
    if not (
        verb.tag_ == "VB"
        and verb.dep_ in ("xcomp", "ccomp", "advcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and verb.lemma_.lower() not in OCCASION_ACTS
    ):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or plan_lemma(head) not in PROMISING_VERBS:
        return None
    prep = date.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else None
    if prep is None:
        return None
    if prep.head.pos_ in ("NOUN", "PROPN"):  # "in a speech ... on Wednesday": the date on the occasion's noun
        noun = prep.head
        if noun.lemma_.lower() not in OCCASION_NOUNS or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        return head if noun.head.head.i == verb.i else None
    if prep.head.i != verb.i:
        return None
    # "at a rally on Monday": the date's phrase on the same verb right after the occasion's
    before = next((c for c in verb.children if c.dep_ == "prep" and c.right_edge.i == prep.i - 1), None)
    noun = next((c for c in before.children if c.dep_ == "pobj"), None) if before is not None else None
    if noun is None or noun.lemma_.lower() not in OCCASION_NOUNS:
        return None
    return head


# How many days after publication the weekday of a thing a past-tense report calls "due", "expected" or "scheduled"
# ("investors awaited jobs figures due on Friday") may fall: any day but the day before publication, which is the
# day a morning paper's report tells of, when the thing may have been due later that day.
DUE_AHEAD_DAYS = 5
# How many days after publication the weekday of an event something was done before or ahead of, or that was
# awaited, may fall ("sterling held steady before the rate decision on Thursday", in a Tuesday paper). Further on, a
# bare weekday in a past report is more likely the one gone by ("police arrested two men before the match on
# Saturday", in a Monday paper, when the arrests were that Saturday too).
AWAITED_AHEAD_DAYS = 3
# How many days after publication the weekday of an event a thing was done "ahead of" may fall ("speaking ahead of
# Saturday's trip", in a Tuesday paper): "ahead of" looks forward more firmly than "before", so further than
# AWAITED_AHEAD_DAYS, but not to the two days before publication, which a weekend report looking back on the week may
# still name as the event's ("shares fell ahead of Thursday's vote", in a Saturday paper).
AHEAD_OF_AHEAD_DAYS = 4
# Words that make a thing still to come when they hang a day on it: "figures due on Friday", "the vote scheduled for
# Thursday", "the decision awaited on Thursday".
DUE_WORDS = frozenset(EXPECTING | {"awaited", "set"})
# Nouns of an event or a release of figures that markets and others wait for: "before the rate decision on
# Thursday", "ahead of the jobs report on Friday".
AWAITED_EVENT_NOUNS = frozenset(
    "decision announcement ruling verdict statement vote ballot referendum election meeting talks summit hearing "
    "budget speech testimony figures data numbers report results earnings minutes payrolls release auction "
    "update review poll".split()
)
# Fixtures and outings that a report previews "ahead of": "speaking ahead of Saturday's trip to Castleford",
# "ahead of Sunday's final". Only with "ahead of", which looks forward; "before the match on Saturday" may tell of
# what happened on the day gone by ("police arrested two men before the match on Saturday").
PREVIEWED_EVENT_NOUNS = frozenset(
    "match game fixture trip visit final semi-final clash tie derby race opener showdown encounter contest "
    "kick-off deadline".split()
)
# Verbs of waiting for a thing: "investors awaited the figures on Friday", "traders waited for the decision".
AWAITING_VERBS = frozenset("await eye watch brace".split())


# Adverbs that make a verb a thing done time and again, whose weekday is every week's: "usually peak on Friday".
# ("never" is left out: "never returned on Friday" is one Friday.)
# Prepositions that hang a weekday on a verb of a habit: "usually peak on Friday", "often sold out by Thursday".
HABIT_DAY_PREPOSITIONS = frozenset({"on", "by", "until", "till"})
# Prepositions of no time before a weekday's plural noun ("complained about Friday replies").
KIND_PREPOSITIONS = frozenset("about of for with over against to".split())
# Occasions a weekday's plural noun may name on one day ("changes to Saturday fixtures", "Friday talks").
DAYS_OCCASIONS = frozenset(
    "match game fixture race tie talk meeting hearing election poll vote strike walkout protest rally march"
    " demonstration result figure deadline final semi-final semifinal session trial event talks results figures"
    " elections polls finals".split()
)
# A day of a kind, not a calendar one: "on a busy day", "on an average night", "on quiet evenings", "on some days".
ANY_DAY_OF_A_KIND = re.compile(
    r"\bon\s+(?:(?:an?|some|any)\s+(?:[a-z-]+\s+){0,2}(?:day|night|morning|afternoon|evening)"
    r"|(?:[a-z-]+\s+)?(?:days|nights|mornings|afternoons|evenings))\b",
    re.I,
)
HABIT_ADVERBS = frozenset("usually normally typically generally often always regularly sometimes traditionally".split())
# Words of HABIT_ADVERBS that after their verb say how a thing was done, not how often: "Traffic was flowing normally
# again by 08:45", "spoke generally"; before it they tell a habit ("the market is normally held on Saturday").
MANNER_AFTER_THE_VERB = frozenset({"normally", "generally", "typically"})


def _told_as_a_habit(verb: Token) -> bool:
    """Whether a word of HABIT_ADVERBS on `verb` makes it a thing done time and again: any such word before the verb
    (or after a form of "be", "is normally closed"), and after it one that only tells how often."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in HABIT_ADVERBS
        and (c.i < verb.i or verb.lemma_ == "be" or c.lower_ not in MANNER_AFTER_THE_VERB)
        for c in verb.children
    )


# Verbs of attempting or voting that take an infinitive: in the simple past the attempt or the vote is over, and a
# day on the infinitive's own verb is the attempt's ("tried to delay the vote on Monday", "voted to scrap the cap on
# Tuesday night"), not one still to come.
ATTEMPT_VERBS = frozenset({"try", "vote"})


def _tried_on(date: Token, verb: Token) -> bool:
    """Whether `date` hangs by a preposition straight on an infinitive `verb` under a verb of ATTEMPT_VERBS in the
    simple past ("tried to delay the vote on Monday"). A day on a noun in it ("tried to book tickets for the concert on
    Saturday") may still be to come, and is left alone."""
    if date.dep_ != "pobj" or date.head.dep_ != "prep" or date.head.head.i != verb.i:
        return False
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() not in ATTEMPT_VERBS:
        return False
    if head.lemma_.lower() == "vote" and date.head.lower_ not in ("on", "at"):
        return False  # "voted on Monday to keep the library open through March 31": what was voted for lasts to it
    if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.dep_ == "prep":
        head = head.head.head  # "were suspended for voting to scrap it on Tuesday night": the vote was then
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if head.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ in ("was", "were"):
            return True
    return head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _passive_progressive_on(date: Token, verb: Token) -> bool:
    """Whether `verb` is a passive in the present progressive ("are being dropped", "is being introduced") and the
    date hangs on it by a preposition of its own ("from September"), with no adverb of ONGOING_ADVERBS: like the
    active progressive ("is visiting on Friday") it tells a plan, so the date is still to come."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(a.dep_ == "auxpass" and a.lower_ == "being" for a in auxes)
        and any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in auxes)
        and date.dep_ == "pobj"
        and date.head.dep_ == "prep"
        and date.head.head.i == verb.i
        and not any(c.dep_ == "advmod" and c.lower_ in ONGOING_ADVERBS for c in verb.children)
    )


def _participle_of_a_verbless_sentence(verb: Token) -> bool:
    """Whether `verb` is a participle in -ing hung on a noun that heads a sentence the parse found no finite verb
    for ("Commuters travelling into London Bridge face disruption", with "face" read as a noun): the sentence's verb
    was misread, and the participle's own lack of tense says nothing of when its date falls."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and not any(t.tag_ in FINITE_TAGS and t.head.i == head.i for t in head.sent)
    )


def _participle_to_come(verb: Token) -> bool:
    """Whether `verb` is a participle in -ing with no auxiliary hung on the subject of a clause told as still to come
    ("Fans travelling to the match on Saturday should allow extra time", "Anyone driving into the city on Friday
    will face delays"): the participle has no tense of its own, and the people it picks out are told what to do or
    what will happen to them, so what they do is to come too. A clause in the past leaves it alone: "Fans travelling
    on Saturday were warned" may be of the Saturday just gone or the one ahead."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    main = noun.head
    tense = verb_tense(main)
    if tense == "present":  # "Fans travelling on Saturday are advised to allow extra time", "need to allow": what
        # they are told now to do is still to come
        return any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in main.children)
    return tense == "future"


def _noun_read_as_a_bare_verb(verb: Token) -> bool:
    """Whether `verb` is a bare verb form ("draw", "return") with no auxiliary that the parse made the subject of a
    finite verb: no verb in its bare form is a subject, so it is a noun ("the EuroMillions draw on 14 May")."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("nsubj", "nsubjpass")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _planned_in_a_past_report(verb: Token) -> bool:
    """Whether `verb` is an infinitive that a past-tense "was set to", "was due to" or "was scheduled to" hangs on
    ("funding was set to expire", "the strike was due to start"): what a daily report so tells of was still ahead of
    the day it tells of, as a thing "due on Friday" is."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    plan = verb.head
    if plan.lower_ not in EXPECTING and plan.lower_ != "set" or verb.lower_ in lx.WEATHER_VERBS:
        return False  # "the cancellation was due to rain on Tuesday": the cause, whatever the parse says
    be = plan.head if plan.dep_ == "acomp" else plan  # "was due to": the adjective's verb; "was set to": its aux
    if be.dep_ in ("relcl", "acl") or any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") for c in be.children):
        return False  # "the trial, which was due to start on Wednesday, was adjourned", "was set to resume on
        # Monday but was called off": a plan told as overtaken, whose day may be gone by
    auxes = [c for c in be.children if c.dep_ in ("aux", "auxpass")] if be is plan else [be]
    return any(a.tag_ == "VBD" and a.lemma_.lower() == "be" for a in auxes) and not any(
        a.lower_ == "had" for a in be.children if a.dep_ == "aux"
    )


# Participles of scheduling a past-tense passive puts a thing "for" a day with: "was scheduled for Friday".
SCHEDULED_FOR = frozenset("set schedule slate plan fix timetable pencil earmark".split())


def _scheduled_in_a_past_report(verb: Token) -> bool:
    """Whether `verb` is a participle of SCHEDULED_FOR in the simple past passive ("the vote was scheduled for",
    "the hearing was set for"), told as overtaken or not ("the summit, which was planned for Friday, was moved"),
    though not a past perfect ("had been set for"), a plan before another that may lie on either side of now."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in SCHEDULED_FOR:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.dep_ == "auxpass" and a.tag_ == "VBD" and a.lemma_.lower() == "be" for a in auxes) and not any(
        a.lower_ in ("had", "'d") or a.tag_ == "MD" for a in auxes
    )


def _held_as_set(verb: Token) -> bool:
    """Whether the sentence of `verb`, a past passive of scheduling ("The hearing was set for Thursday"), tells in
    the simple past of what went on at the thing set: a clause on it or on its place ("at Leeds Magistrates' Court,
    where he entered a not guilty plea", "at which she was remanded") or one joined to it ("was set for Thursday and
    lasted two hours"). The thing has then been held, and the day it was set for is the one gone by, not the next.
    A clause that calls the thing off ("but was postponed") tells it was not held, and says nothing of its day."""
    for token in verb.subtree:
        if token.i == verb.i or token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("relcl", "conj", "advcl"):
            continue
        if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children):
            continue  # "was set for Thursday after he was arrested": what came before the setting, not at the thing
            # (a clause joined with no mark is a second clause the parse hung on the first: "and United won")
        if token.lemma_.lower() in CALLED_OFF_VERBS | SCHEDULING_VERBS:
            continue
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" or a.lower_ in ("had", "'d") for a in auxes):
            continue  # "where he will enter a plea", "where he had been held"
        if token.tag_ == "VBD" or (token.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes)):
            return True
    return False


def _awaited_kind(day: Token) -> str | None:
    """How a weekday `day` is tied to a thing still to come at the time a past-tense clause tells of: "due" when a
    word of DUE_WORDS hangs it on a noun with no verb of its own ("figures due on Friday", "the vote scheduled for
    Thursday"); "awaited" when it dates an event of AWAITED_EVENT_NOUNS that something was done before or ahead of
    ("held steady before the rate decision on Thursday", "ahead of Thursday's vote") or that was waited for
    ("awaited the jobs report on Friday"); "ahead" when that event is one a thing was done "ahead of" ("ahead of
    Saturday's trip", "ahead of US inflation figures on Wednesday"), which looks forward as firmly as "due"; None
    otherwise."""
    if day.dep_ == "poss":
        noun = day.head
    elif day.dep_ == "pobj" and day.head.lower_ in ("on", "for") and day.head.dep_ == "prep":
        head = day.head.head
        if (
            head.lower_ in DUE_WORDS
            and (
                (head.dep_ in ("amod", "acl") and head.head.pos_ in ("NOUN", "PROPN"))
                or (head.dep_ in ("advcl", "prep") and head.tag_ == "JJ")  # "before Japanese wage data due on
                # Monday", "slipped ahead of inflation data due on Friday", with "due" read as a clause of its own or
                # as a preposition hung on the verb
            )
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in head.children)
        ):
            return "due"
        if _planned_in_a_past_report(head):
            return "due"  # "funding was set to expire on Friday", "the strike was due to start on Monday"
        if head.pos_ == "VERB" and head.lemma_.lower() in AWAITING_VERBS:
            noun = next((c for c in head.children if c.dep_ == "dobj"), None)
            if noun is not None and noun.lemma_.lower() in AWAITED_EVENT_NOUNS:
                return "awaited"  # "investors awaited the rate decision on Thursday"
            return None
        noun = _ahead_of_noun_before(day.head) or head
    else:
        return None
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
        if noun.lemma_.lower() in PREVIEWED_EVENT_NOUNS | AWAITED_EVENT_NOUNS or noun.lower_ in AWAITED_EVENT_NOUNS:
            return "ahead"  # "speaking ahead of Saturday's trip to Castleford", "slipped ahead of US inflation
            # figures on Wednesday": a thing looked forward to
    if noun.lemma_.lower() not in AWAITED_EVENT_NOUNS and noun.lower_ not in AWAITED_EVENT_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in AWAITING_VERBS:
        return "awaited"
    if prep is not None and prep.lower_ == "for" and prep.head.lemma_.lower() in ("wait", "brace", "prepare"):
        return "awaited"  # "traders waited for the jobs report on Friday"
    if prep is not None and prep.lower_ in ("before", "ahead") and prep.dep_ in ("prep", "advmod"):
        return "awaited"
    return None


def _ahead_of_noun_before(on: Token) -> Token | None:
    """The noun of an "ahead of" phrase that ends right before the preposition `on` of a day, when the parse hung the
    day on the clause's verb instead ("The pound slipped ahead of US inflation figures on Wednesday"): a day right
    after the thing looked forward to dates that thing, as "ahead of Wednesday's figures" would. Only "on", whose
    day a noun takes as readily as a verb, and only a noun that heads the whole of its phrase."""
    if on.lower_ != "on" or on.i == 0:
        return None
    last = on.doc[on.i - 1]
    noun = next(
        (
            t
            for t in [last, *last.ancestors]
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "ahead" and t.right_edge.i == last.i
        ),
        None,
    )
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None


def _announced_schedule(date: Token) -> bool:
    """Whether the date names a scheduled event that a verb of making known has as its subject or object ("The
    Boxing Day fixtures were published on Wednesday", "announced the March fixtures"): a schedule is made known
    before its events, so their day is to come."""
    noun = date.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    if date.dep_ != "compound" or noun.lemma_.lower() not in SCHEDULED_NOUNS | {"fixture", "schedule"}:
        return False
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.lemma_.lower() in ANNOUNCING


def _planned_day(day: Token) -> str | None:
    """'future' for a day's scheduled event a future verb looks to ("officials would decide on Friday's openings",
    "he will miss Saturday's final"); None otherwise ("police will investigate Friday's crash": a day gone)."""
    noun = day.head
    if _faced_in_the_present(noun):
        return "future"  # "Rovers face Wednesday's trip to Barnsford": any game a side faces, not only a "match"
    if noun.lower_ not in SCHEDULED_NOUNS and misread_event_after(noun) is None:
        return None  # "Sunday's cup final", "final" read as an adjective: the cup's final is the day's event
    verb = governing_verb(noun)
    if verb is not None and _judged_as_done(verb):
        return None  # "Tuesday's vote is a blow to the prime minister": only a thing done is weighed by its effect
    if verb is not None and verb_tense(verb) == "future":
        return "future"
    numbered = any(
        c.dep_ in ("amod", "nummod") and c.tag_ in ("JJ", "CD") and ORDINAL.fullmatch(c.lower_) for c in noun.children
    )
    if numbered and noun.dep_ == "nsubj" and verb is not None and verb.tag_ in ("VBZ", "VBP"):
        return "future"  # "Thursday's 14th stage is a 35km time trial": one of a series, told as the programme is
    return None


# Nouns of an event the tagger may read as an adjective after the noun that names its kind: "Sunday's cup final".
EVENTS_READ_AS_ADJECTIVES = frozenset("final semi-final quarter-final decider".split())


def misread_event_after(noun: Token) -> Token | None:
    """The word of an event (EVENTS_READ_AS_ADJECTIVES) right after `noun` that the parse did not take as the noun
    `noun` modifies ("in Sunday's cup final", "final" read as an adjective or a clause of its own): the noun's real
    head, whose event the day names. None when there is none or the parse already has it so."""
    if noun.i + 1 >= len(noun.doc) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    after = noun.doc[noun.i + 1]
    if after.lower_ not in EVENTS_READ_AS_ADJECTIVES or after.pos_ in ("NOUN", "PROPN") or noun.head.i == after.i:
        return None
    return after


# Verbs a side's coming games are told by in the plain present: "Rovers face Wednesday night's trip to Barnsford".
FACING_VERBS = frozenset("face host visit entertain welcome meet".split())
# Participles that open the first of a run of games: "face four games, starting with Wednesday's trip".
OPENING_PARTICIPLES = frozenset({"start", "begin", "kick"})


def _faced_in_the_present(noun: Token) -> bool:
    """Whether a day's event `noun` is the object of a verb of FACING_VERBS in the plain present ("Rovers face
    Saturday's derby"), or opens the run of games it faces ("face four games in the next 11 days, starting with
    Wednesday night's trip"): a fixture still to come, as a team's timetable is told."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() in OPENING_PARTICIPLES:
        verb = verb.head.head if verb.head.dep_ in ("advcl", "xcomp", "conj") else verb.head
    elif noun.dep_ != "dobj":
        return False
    # "United face three games": the parse may read the verb after a singular name as a noun, yet give it a subject
    misread = verb.tag_ == "NN" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    return (
        verb.lower_ in FACING_VERBS | {v + "s" for v in FACING_VERBS}
        and (verb.tag_ in ("VBZ", "VBP") or misread)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Verbs of calling off what is timetabled: "Sunday's match has been postponed", "have called off Friday's march".
# Told in the present perfect, the thing called off had not yet been held, so its day is the coming one (a match
# called off after it began is "abandoned", which is left out).
CALLED_OFF_VERBS = frozenset("postpone cancel call scrap axe suspend delay defer reschedule".split())
# Verbs whose object or complement is an effect or judgement, so that a future one may weigh a thing gone by
# ("Friday's crash will cost the council millions", "Tuesday's vote will mean higher bills").
EFFECT_VERBS = frozenset("cost mean leave hurt hit affect help prompt spark trigger change be remain become".split())


# Verbs of calling off that leave no doubt the thing had not yet been held ("delayed" or "suspended" trading may
# have begun).
CALLED_OFF_AHEAD_VERBS = frozenset("postpone cancel call scrap axe defer reschedule".split())


def _called_off_ahead(day: Token) -> bool:
    """Whether weekday `day` names the day of a thing ("Friday strikes", "Friday's strike") that a verb of calling off
    in the past or the perfect has as its object ("the union called off Friday strikes", "Friday's match was
    cancelled"): what is called off had not yet been held, so its day is the coming one, not the one gone by."""
    if (
        day.dep_ not in ("compound", "poss")
        or day.lower_.rstrip("s") not in WEEKDAY_NAMES
        and day.lower_ not in (WEEKDAY_NAMES)
    ):
        return False
    noun = day.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "nsubjpass", "oprd"):
        return False  # ("oprd": the object as the parse may read it after "called off")
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CALLED_OFF_AHEAD_VERBS:
        return False
    if verb.lemma_.lower() == "call" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False
    if any(
        t.lower_ in DATED_BACK_WORDS
        or (t.lower_ in WEEKDAY_NAMES and t.i != day.i)
        or (t.lower_ in lx.MONTHS and t.lower_ != "may")
        or YEAR_TOKEN.fullmatch(t.text)
        for t in day.sent
    ):
        return False  # "Saturday's game was postponed last week", "On Sunday … the Saturday match was called off": the
        # sentence dates its story itself, and the day called off may be gone by
    return verb.tag_ in ("VBD", "VBN") or present_perfect(verb) or _reported_perfect(verb)


# Words that date a sentence back from publication: "last week", "two days ago", "yesterday".
DATED_BACK_WORDS = frozenset("last ago yesterday earlier previously".split())
YEAR_TOKEN = re.compile(r"(?:1[6-9]|20)\d\d")


def _days_thing_to_come(day: Token) -> str | None:
    """'future' for a weekday's thing (`day` its possessive: "Sunday's match") that is the subject or object of a
    verb of calling off in the present perfect ("Sunday's match has been postponed", "has called off Saturday's
    parade"), or the subject of a future verb with no object ("Saturday's jackpot will rise to £20m"): what is
    called off has not yet been held, and what will still change has not yet been drawn. None otherwise ("police
    will investigate Friday's crash", "Friday's crash will cost millions": a thing gone by, weighed or looked into)."""
    noun = day.head
    if day.dep_ != "poss" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if (
        verb.lemma_.lower() in CALLED_OFF_VERBS
        and (present_perfect(verb) or _reported_perfect(verb))
        and (verb.lemma_.lower() != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))
    ):
        return "future"
    if (
        noun.dep_ == "nsubj"
        and verb.lemma_.lower() not in EFFECT_VERBS
        and verb_tense(verb) == "future"
        and not any(c.dep_ in ("dobj", "ccomp", "dative", "attr", "acomp", "oprd") for c in verb.children)
    ):
        return "future"
    return None


# Nouns of an effect or a judgement that a present "is" gives an event ("Tuesday's vote is a blow to the prime
# minister", "the win on Saturday is a boost"): an event is only a blow or a boost once it has happened, so its day
# is gone by ("Sunday's final is a sell-out" or "… is at Wembley" still plans).
JUDGED_AS_DONE_NOUNS = frozenset(
    "blow boost setback victory defeat triumph humiliation embarrassment rebuke snub vindication relief "
    "disappointment shock wake-up reminder".split()
)


def _judged_as_done(verb: Token) -> bool:
    """Whether `verb` is a plain present "is"/"are" whose complement is a noun of an effect or a judgement
    (JUDGED_AS_DONE_NOUNS): its subject's event is over."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in JUDGED_AS_DONE_NOUNS for c in verb.children)


# An ordinal as written before a noun of a series ("14th", "second", "final" is no ordinal here).
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")


# Nouns of an act that is done once it is spoken of as a thing: "the decision on Tuesday", "his resignation on
# Friday" (a vote is one only when it names its outcome, see _done_act_on).
DONE_ACT_NOUNS = frozenset(
    "decision announcement ruling verdict resignation statement admission move approval rejection dismissal "
    "sacking firing arrest death killing attack vote u-turn intervention remarks comments speech warning "
    "refusal withdrawal closure".split()
)
# Such nouns of an act that may be awaited: with "is" and no outcome named ("the ruling on Friday is crucial") no
# telling.
AWAITED_ACT_NOUNS = frozenset("decision announcement ruling verdict statement approval rejection vote speech".split())
# Words after the verb of such a noun that make the act still awaited: "the vote on Tuesday is expected to be close".
AWAITED_WORDS = frozenset("expect due set likely schedule plan await come loom approach".split())


# Nouns of an outcome or an unforeseen happening: one is only spoken of once it is over, so a day on it after "after",
# "following" or "despite" is gone by ("after a nervy win over Saracens on Saturday", "can still reach the play-offs
# despite a third straight defeat on Saturday": what "despite" sets against is a fact). Planned events ("the final",
# "the storm" forecast) are not here: "roads reopen after the race on Sunday" may be a race to come, and so may a
# meeting, a hearing, a vote or talks ("will appoint a manager after the meeting on Saturday"). Accidents, attacks and
# other mishaps nobody plans are ("the line will stay shut after the derailment on Tuesday").
FINISHED_EVENT_NOUNS = frozenset(
    "win victory defeat loss draw triumph thrashing rout comeback upset resignation death arrest crash killing "
    "murder shooting collapse sacking accident attack assault stabbing explosion blast blaze fire derailment "
    "collision injury riot outage break-in burglary robbery".split()
)
# How many nouns up a day's phrase may climb to its outcome noun: "a win over Saracens at the Aviva Stadium on
# Saturday" may be parsed with the day on the stadium.
FINISHED_EVENT_STEPS = 3


def _finished_event_after(day: Token) -> bool:
    """Whether a day's phrase hangs on a noun of FINISHED_EVENT_NOUNS that is the object of "after", "following" or
    "despite" ("after a nervy 27-24 win over Saracens at the Aviva Stadium on Saturday")."""
    token = day
    for _ in range(FINISHED_EVENT_STEPS):
        prep = token.head if token.dep_ == "pobj" else None
        if prep is None or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        token = prep.head
        if (
            token.lemma_.lower() in FINISHED_EVENT_NOUNS
            and token.dep_ in ("pobj", "dobj")  # "following" is parsed as a verb as often as a preposition
            and token.head.lower_ in ("after", "following", "despite")
        ):
            return True
    return False


def _done_act_on(day: Token) -> bool:
    """Whether a day is the one of an act named by a noun ("the council's decision on Tuesday to close the library")
    that a present-tense clause speaks of as a thing: the act is done, so the day is the one gone by. Not when the
    clause awaits it ("the vote on Tuesday is expected to be close", "the ruling on Friday will decide") or the noun
    is in a clause of its own about what is to come."""
    prep = day.head if day.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "on" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return False
    noun = prep.head
    verb = governing_verb(noun)
    if noun.dep_ == "nsubj" and verb is not None and _judged_as_done(verb):
        return True  # "the vote on Tuesday is a blow to the government", "the win on Saturday is a boost": an
        # event weighed by its effect is done
    if noun.lemma_.lower() not in DONE_ACT_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    outcome = any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in noun.children)
    if noun.lower_ in SCHEDULED_NOUNS and not outcome:
        return False  # "the vote on Friday decides who leads": a vote may be held still; "the vote on Friday to
        # close the library" names its outcome
    verb = governing_verb(noun)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # the plain present only: "will decide", "is expected", "has been" tell their own time
    if noun.lemma_.lower() in AWAITED_ACT_NOUNS and verb.lemma_ == "be" and not outcome:
        return False  # "the decision on Friday is crucial" may be one still to take
    return not any(plan_lemma(t) in AWAITED_WORDS for t in verb.subtree if t.i > noun.i)


# Verbs of forecasting, whose "until" a date ends what is forecast, still to come when it was forecast.
FORECAST_VERBS = frozenset("forecast predict warn expect".split())
# Verbs of forecasting whose object is always still to come ("expect" and "warn" are not here: "had expected growth
# during the month" compares with a month gone by, and "warned on Monday" may date the warning).
FORECASTING_AHEAD = frozenset("forecast predict".split())
# Prepositions that put forecast weather over a time ("more rain over the weekend", "snow for Tuesday"); "on" is
# not here, as "forecast heavy rain on Thursday" may be the day of the forecast.
FORECAST_STRETCH_PREPOSITIONS = frozenset("over for during through throughout across".split())
# "until" right before a date: the end of a state that lasts ("remain closed until Monday").
UNTIL_JUST_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.I)
# "until", "into" or "through" right before a date: how far forecast weather lasts ("into Saturday morning").
FORECAST_UNTIL_BEFORE = re.compile(r"\b(?:until|till|into|through)\s+$", re.I)
# "in time for" before a date: a goal of what is done ("in time for the Christmas season").
IN_TIME_FOR = re.compile(r"\bin time for\s+(?:the\s+)?$", re.I)
# Verbs of hoping, waiting and asking for something, and the words of a deadline it is wanted by.
HOPING_VERBS = frozenset("hope wait call push press ask appeal aim seek want expect target".split())
DEADLINE_BEFORE = re.compile(r"\b(?:by|before|within)\s+$", re.I)
# "until" right before a date, or before its time of day: "until Saturday", "until midday on Saturday".
UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:(?:[\w:.]+\s+){1,2}on\s+)?$", re.I)
# "until" right before a date, or with a hedge between: "until Friday", "until at least Friday".
UNTIL_HEDGED_BEFORE = re.compile(r"\b(?:until|till)\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?$", re.I)

# "since" just before an expression: the time something runs from, gone by.
SINCE_JUST_BEFORE = re.compile(
    r"\bsince\s+$|\bsince\s+(?:(?:his|her|their|its|the|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+in\s+$", re.I
)

# Verbs that put something off to a date: "set sentencing for Jan. 15", "adjourned the case until March 3".
SCHEDULING_VERBS = frozenset("set schedule reschedule fix adjourn postpone delay defer push move bring".split())
# Modals of what may come: "Repairs could take until Wednesday".
POSSIBLE_MODALS = frozenset({"could", "might", "may", "can"})
# Verbs of the senses and words that limit, with which "could" tells a past ability ("could see", "could only watch").
PERCEIVING_VERBS = frozenset("see hear feel smell taste watch tell remember".split())
LIMITING_ADVERBS = frozenset("only barely hardly scarcely just never still".split())


def _set_ahead(date: Token, verb: Token) -> bool:
    """Whether the date `date` heads is one something was just put off to ("set sentencing for Jan. 15", "adjourned
    until March 3", in the simple past; "has been postponed until June 8", in the present perfect), may last until
    ("Repairs could take until Wednesday"), lasts until from now ("has been shut until Friday") or a suspect is held
    or bailed until: a date to come. So is a date given to a date or a deadline that was just set ("set a new trial
    date of 2 March", "fixed a deadline of Friday")."""
    if _date_just_set(date, verb) or _thing_just_set_for(date, verb):
        return True
    if (
        date.dep_ == "pobj"
        and date.head.lower_ in ("on", "at")
        and date.head.head.dep_ == "pobj"
        and date.head.head.head.lower_ in ("until", "till")
    ):
        date = date.head.head  # "has cancelled all services until at least midday on Sunday": the time's day
    if date.dep_ != "pobj" or date.head.head.i != verb.i or date.head.lower_ not in ("for", "until", "till", "to"):
        return False
    if _planned_thing_still_to_come(date, verb):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_.lower() in SCHEDULING_VERBS and (
        (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and present_perfect(verb))
    ):
        return date.head.lower_ != "to" or verb.lemma_.lower() in ("move", "push", "bring", "postpone", "delay")
    if date.head.lower_ not in ("until", "till"):
        return False
    if present_perfect(verb) or _held_until(verb):
        return True  # "has been shut until Friday", "was released on bail until April 21": a state lasting to it
    return any(a.lower_ in POSSIBLE_MODALS and not any(is_have(b) for b in auxes) for a in auxes)


def _planned_thing_still_to_come(date: Token, verb: Token) -> bool:
    """Whether the date is the one a thing was set or planned "for" in any past ("A trial had been set for January",
    "The match was scheduled for Saturday") and a clause joined to the setting tells, with "will", what becomes of
    the thing ("but will no longer go ahead", "and will now be played on Sunday"): a thing still to come, so its
    day is too, whatever the tense of the setting."""
    if date.head.lower_ != "for" or verb.lemma_.lower() not in SCHEDULED_FOR | SCHEDULING_VERBS:
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ in ("will", "'ll") for a in c.children)
        for c in verb.children
    )


# Nouns that a scheduling verb gives a date to: "set a new trial date of 2 March", "fixed a deadline of Friday".
DATE_NOUNS = frozenset("date deadline".split())


def _just_scheduled(verb: Token) -> bool:
    """Whether a verb is one of scheduling in the simple past or the present perfect ("set", "has scheduled"): an act
    just done that fixes a day still to come."""
    return verb.lemma_.lower() in SCHEDULING_VERBS and (
        (verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
        or (verb.tag_ == "VBN" and present_perfect(verb))
    )


def _date_just_set(date: Token, verb: Token) -> bool:
    """Whether `date` is the one of a date or deadline (DATE_NOUNS) that is the object of a scheduling verb in the
    simple past or present perfect ("She set a new trial date of 2 March"): a date to come."""
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("of", "for") or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.lemma_.lower() not in DATE_NOUNS or noun.dep_ != "dobj" or noun.head.i != verb.i:
        return False
    return _just_scheduled(verb)


# Nouns of a thing held on a day that a scheduling verb may set "for" it: "set a preliminary hearing for Jan. 14".
SET_FOR_NOUNS = (
    SCHEDULED_NOUNS
    | DATE_NOUNS
    | frozenset(
        "trial retrial sentencing arraignment inquest appearance appointment interview visit referendum strike "
        "walkout count recount review".split()
    )
)


def _thing_just_set_for(date: Token, verb: Token) -> bool:
    """Whether `date` hangs by "for" on a thing held on a day (SET_FOR_NOUNS) that a scheduling verb in the simple
    past or present perfect has as its object ("The judge set a preliminary hearing for Jan. 14", "has scheduled the
    vote for March"): the day the act just fixed, still to come, as when "for" hangs on the verb itself. A thing
    with no day of its own ("set a record for January") is left to the tense."""
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.lemma_.lower() not in SET_FOR_NOUNS or noun.dep_ != "dobj" or noun.head.i != verb.i:
        return False
    return _just_scheduled(verb)


# Nouns of a change that a decision sets to start on a date ("approved a 6% rise in council tax from April").
CHANGE_NOUNS = frozenset("rise increase cut hike rises increases cuts hikes".split())
# Verbs of deciding or announcing such a change.
DECIDING_VERBS = frozenset("approve agree announce confirm vote back pass set unveil".split())


def _change_from(date: Token, verb: Token) -> bool:
    """Whether the date is where a change just decided starts ("Councillors have approved a 6% rise in council tax
    from April", written in November): the coming April, not the one gone by. The date hangs by "from" on a noun of
    change, with no end of a range after it ("a rise from April to June" compares)."""
    if date.dep_ != "pobj" or date.head.lower_ != "from" or verb.lemma_.lower() not in DECIDING_VERBS:
        return False
    noun = date.head.head
    if noun.lemma_.lower() not in CHANGE_NOUNS or noun.pos_ != "NOUN":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "until", "till") for c in date.head.head.children)


# Verbs of holding a suspect or a defendant until the next hearing: "remanded in custody until March 3".
HOLDING_VERBS = frozenset({"remand", "bail"})


def _given_until(span) -> bool:
    """Whether `span`, a date with a month, hangs by "until" or "till" on a "have" in the simple past that takes an
    infinitive after the date ("the group had until 30 April to submit a plan", "said staff had until 1 June to
    apply"): a deadline given, told in the past because it was given in the past, not a day gone by. A past perfect
    ("had had until") is left to the tense."""
    if not any(t.lower_.rstrip(".") in lx.MONTHS for t in span):
        return False
    day = span.root
    if day.dep_ != "pobj" or day.head.lower_ not in ("until", "till") or day.head.dep_ != "prep":
        return False
    verb = day.head.head
    if verb.lemma_.lower() != "have" or verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and c.i > day.i and any(g.tag_ == "TO" for g in c.children) for c in verb.children
    )


def _held_until(verb: Token) -> bool:
    """Whether `verb` holds a suspect or defendant in custody or on bail to a date ("was remanded in custody until
    Friday", "was released on bail until April 21"): that date is the next hearing or report, still to come."""
    return verb.lemma_.lower() in HOLDING_VERBS or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "bail" for g in c.children) for c in verb.children
    )


def _comes_after(date: Token, verb: Token) -> bool:
    """Whether the date is in what a present "comes after" or "follows" ("The bill comes after a blowout on a jet
    in January", "The vote follows talks with the unions on Monday"): what came before the news, a date gone by.
    Not "The final follows on Sunday", which has nothing it follows."""
    lemma = verb.lemma_.lower()
    if lemma not in ("come", "follow") or not simple_present(verb) or verb.tag_ not in ("VBZ", "VBP"):
        return False
    before = [
        c
        for c in verb.children
        if (c.dep_ == "prep" and c.lower_ in ("after", "following")) or (lemma == "follow" and c.dep_ == "dobj")
    ]
    if not before:
        return False
    if lemma == "follow" and date.head.head.i == verb.i and date.head.dep_ == "prep":
        return True  # "follows a blowout on a jet in January", the date hung on the verb
    return any(c.left_edge.i <= date.i <= c.right_edge.i for c in before)


def _clause_on_the_date(date: Token) -> Token | None:
    """The verb of a relative clause hung on the date word itself ("By the autumn that had changed", where the parse
    reads the sentence's own verb so; "in the spring that followed"), when it has a tense: with no other finite verb
    in the sentence, it is the one that places the date."""
    for clause in date.children:
        if clause.dep_ == "relcl" and clause.pos_ in ("VERB", "AUX") and verb_tense(clause) is not None:
            return clause
    return None


# Prepositions of a time that "back" may stand before to look back to it: "Back in the spring", "back on 3 May".
LOOKING_BACK_PREPOSITIONS = frozenset("in on at during around over".split())


def _looked_back_to(date: Token) -> bool:
    """Whether the date's phrase opens its clause with "back" ("Back in the spring, nobody expected this", "and way
    back in 2019 we were told"): a time the speaker looks back to, gone by, whatever the verb after it (an "expected"
    or a saying's "would" put in the past says nothing of it). Not the "back" of a verb before it ("will be back in
    March", "came back in June"), which tells of a return."""
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in LOOKING_BACK_PREPOSITIONS or prep.i == 0:
        return False
    back = prep.doc[prep.i - 1]
    if back.lower_ != "back" or back.pos_ != "ADV":
        return False
    before = back.i - 1
    if before >= back.sent.start and back.doc[before].lower_ == "way":
        before -= 1  # "way back in 2019"
    if before >= back.sent.start:
        word = back.doc[before]
        if not (word.is_punct or word.dep_ == "cc" or word.lower_ in ("and", "but", "yet")):
            return False
    verb = governing_verb(date)
    return verb is not None and verb.i > date.i


def _after_a_comparison(date: Token) -> bool:
    """Whether the date's phrase follows right after the verb of a "than" clause with its own subject ("That is
    lower than they forecast in March"), whatever the parse hung it on: the date of what is compared with."""
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.i == 0:
        return False
    verb = prep.doc[prep.i - 1]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)
    )


# Nouns of an aim that a date after "by" gives the day it is to be met: "a target of 78% by March".
AIM_NOUNS = frozenset("target goal aim ambition pledge promise commitment deadline".split())


def _aim_by(date: Token) -> bool:
    """Whether the date hangs by "by" on a noun of an aim (AIM_NOUNS) that itself hangs on a preposition ("seen
    within four hours in September, against a target of 78% by March", "short of its goal of 1,000 homes by
    June"): an aim still standing, measured against now, whose day is the coming one whatever the tense of the
    clause around it. An aim that is the object of a verb ("missed its target of 78% by March") is left to that
    verb's tense."""
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "by" or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.lemma_.lower() not in AIM_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "a target of 78% by March": "by" may hang on the figure the aim is of
    if noun.lemma_.lower() not in AIM_NOUNS or noun.dep_ != "pobj":
        return False
    return noun.head.dep_ == "prep" and noun.head.lower_ not in ("of", "by", "in", "on", "at", "since", "from")


def _compared_from(date: Token) -> bool:
    """Whether the date is in what a figure is measured against with "down from" or "up from" ("expects profit of
    260 billion yen, down from its May forecast", "sees growth of 3%, up from 2% in June"): a figure already known."""
    for tok in date.ancestors:
        if tok.dep_ == "prep" and tok.lower_ == "from" and tok.head.lower_ in ("down", "up"):
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


# Nouns of a price a date is read from: "a premium of 41% to its closing price on December 18", "a discount to the
# stock's close on Friday". A price on a day is known only once the day is over: the day is gone by.
PRICE_GAP_NOUNS = frozenset({"premium", "discount", "close"})
CLOSING_WORDS = frozenset({"closing", "undisturbed", "last", "final"})


# A closing price right before a date, whatever the parse hung the date on: "to its closing price on November 28",
# "over the stock's close on Friday".
CLOSING_PRICE_BEFORE = re.compile(
    r"(?:\b(?:closing|undisturbed)\s+(?:share\s+)?price|(?:\b(?:the|its|their)|['’]s)\s+close)\s+(?:on|of)\s+$",
    re.I,
)


def _price_on_a_day(date: Token) -> bool:
    """Whether the date is the day of a price something is measured against: it hangs by "on" or "at" on a
    premium, a discount or a close, or on a price said to be closing ("the closing price on December 18"), or
    follows such a price."""
    if CLOSING_PRICE_BEFORE.search(date.doc.text, max(0, date.idx - 40), date.idx):
        return True
    prep = date.head if date.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("on", "at", "of") or prep.head.pos_ != "NOUN":
        return False
    noun = prep.head
    if noun.lemma_.lower() in PRICE_GAP_NOUNS:
        return True
    return noun.lemma_.lower() == "price" and any(c.lower_ in CLOSING_WORDS for c in noun.children)


def _ongoing_after(date: Token, verb: Token) -> bool:
    """Whether the date is in what something still going on came after ("Buyers are still adjusting after the rate
    rise in July", "families are still living in tents after the floods in March"): a date gone by."""
    if not any(c.dep_ == "advmod" and c.lower_ in ONGOING_ADVERBS for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("after", "following", "since") and c.left_edge.i <= date.i <= c.right_edge.i
        for c in verb.children
    )


def _reporting_year(value: str, dct) -> bool:
    """Whether `value` is last year or this year, a year a report's figures are for ("profit fell last year to 930
    million … A year earlier, it was 1.1 billion": the year before that one, though the report day came between)."""
    return bool(dct) and value.isdigit() and len(value) == 4 and dct.year - 1 <= int(value) <= dct.year


def present_perfect(verb: Token) -> bool:
    """Whether `verb` is in the present perfect, simple or progressive ("has lived", "have been living", "he's
    lived": a contracted "'s" before a past participle of a verb with no object)."""
    for c in verb.children:
        if c.dep_ not in ("aux", "auxpass") or c.tag_ not in ("VBP", "VBZ"):
            continue
        if is_have(c) and c.dep_ == "aux":
            return True
        if c.lower_ in ("'s", "’s") and verb.tag_ == "VBN" and not any(o.dep_ == "dobj" for o in verb.children):
            return True
    return False


def _reported_perfect(verb: Token) -> bool:
    """Whether `verb` is a past perfect in what a past verb of saying reports ("operators said they had added extra
    sailings"): the speaker's present perfect ("we have added"), shifted back by the saying, not a past before
    another past."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    head = verb.head
    return head.lemma_.lower() in REPORTING_VERBS and head.tag_ == "VBD"


def simple_present(verb: Token) -> bool:
    """Whether `verb` is in the simple present or its progressive ("begin", "is inspecting"), with no modal and no
    word of expecting ("is due", "is expected")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lower_ in EXPECTING or any(c.dep_ == "acomp" and c.lower_ in EXPECTING for c in verb.children):
        return False
    if any(a.tag_ == "MD" or a.lower_ in FUTURE_MODALS for a in auxes) or verb.tag_ == "MD":
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


# A chronology's entry: a date opening the text, then a dash or a colon ("Tuesday night - Pumps begin …",
# "March 2019: An inspection rates …").
ENTRY_AFTER_DATE = re.compile(r"\s*[-—–:]\s")
# The same after the entry's clock time: "Friday, 6pm: The Met Office issues a red warning".
ENTRY_AFTER_DATE_AND_CLOCK = re.compile(
    r",?\s+(?:at\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[-—–:]\s", re.I
)
# A scene set on one day a month, season or year after it leaves unnamed: "On a cold morning in March 2019", "one
# evening in the summer of 1976", "On a wet Tuesday afternoon in May".
SCENE_BEFORE = re.compile(
    r"\b(?:on|one)\s+(?:(?:a|an|one)\s+)?(?:[a-z]+\s+){0,2}(?:morning|afternoon|evening|night|day)\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:(?:early|late|mid)[- ])?$",
    re.I,
)
# A live page's entry may open with its clock time and no mark after it ("17:55 The warning is extended …").
CLOCK_ENTRY = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")
AFTER_CLOCK_ENTRY = re.compile(r"\s+[A-Z\"“‘']")


def _select(cands: list[tuple[Candidate, re.Match, object]]) -> list[tuple[Candidate, re.Match, object]]:
    """Non-overlapping candidates, longer ones first, ties to the earlier rule; returned in text order."""
    chosen: list[tuple[Candidate, re.Match, object]] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(cands, key=lambda c: (-(c[0].end - c[0].start), c[0].start, c[2][0])):
        c = item[0]
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(item)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c[0].start)


# A day or month and the year named right after it: "14 June last year", "March of next year".
YEAR_AFTER_DAY_GLUE = re.compile(r",? (?:of )?")
DAY_AND_MONTH_RULES = {"month_day", "month", "day_range", "time_and_day"}
# Holidays, whose year "last year" after them names as it does a day's ("on Good Friday last year", "in the October
# half-term last year").
HOLIDAY_RULES = {"holiday", "easter", "half_term"}


def _year_of_the_day_before(prev: Candidate, c: Candidate, text: str) -> bool:
    """Whether `c` is "last/this/next year" right after the day or month `prev` whose year it names, or "of that
    year" ("of the same year") after a season ("in the summer of that year"): one date, whose season is where the
    story is."""
    season = prev.rule == "relative_unit" and re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", prev.value) is not None
    story = c.rule == "year_end" and re.fullmatch(r"(?:that|the same) year", c.text, re.I) is not None
    if story and season:
        return text[prev.end : c.start] == " of " and prev.value[:4] == c.value[:4]
    return (
        (prev.rule in DAY_AND_MONTH_RULES or prev.rule in HOLIDAY_RULES)
        and c.rule == "relative_unit"
        and re.fullmatch(r"(?:last|this|next) year", c.text, re.I) is not None
        and YEAR_AFTER_DAY_GLUE.fullmatch(text, prev.end, c.start) is not None
        and prev.value[:4] == c.value[:4]
    )


def _join_the_year_after_a_day(found: list[Candidate], text: str) -> list[Candidate]:
    """Make one expression of a day or month and "last/this/next year" right after it ("at 7.20am on 14 June last
    year"), whose value the year already gave: the year alone is no date of its own, which later expressions would
    count from ("died the following day": 15 June, not the day after publication)."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and _year_of_the_day_before(prev, c, text):
            prev.end, prev.text = c.end, text[prev.start : c.end]
            continue
        out.append(c)
    return out


# A week or a fortnight named by its place in a month, right before "of" and the month: "the last week of January",
# "the first fortnight of May". The group is its place ("first" ... "fourth", "last", "final").
PART_OF_MONTH = re.compile(
    r"(?:the\s+)?(?:(?P<place>first|second|third|fourth|last|final|closing)\s+(?P<unit>week|fortnight|weekend)"
    # or a count of days or weeks at either end of it: "the first two weeks of July", "the last ten days of June"
    r"|(?P<edge>first|opening|last|final|closing)\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|twenty|\d{1,2})\s+(?P<units>days|weeks))\s+of\s+$",
    re.I,
)
PLACE_IN_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1, "closing": -1}


def _join_a_week_of_its_month(found: list[Candidate], text: str, ctx: Context | None = None) -> list[Candidate]:
    """Make one expression of "the last week" (read as a length) and the month right after it ("the last week of
    January"): the seven days at that place in the month, not the whole month and an undated week beside it. The
    month keeps its value and year; the span says which of its days. A month without its year told in the past whose
    week would start after publication ("It closed in the last week of January", in a paper of 9 January) is the
    year before's: what is told as done cannot be days ahead."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        part = PART_OF_MONTH.search(text, max(0, c.start - 30), c.start)
        month = (
            re.fullmatch(r"(\d{4})-(\d\d)", c.value) if c.type == "DATE" and c.rule in ("month", "month_year") else None
        )
        within = prev is not None and prev.end > (part.start() if part else c.start)  # "the last week" read apart
        if (
            part is None
            or month is None
            or "span" in c.extras
            or (within and prev.type != "DURATION" and not (part["unit"] or "").lower() == "weekend")
        ):
            out.append(c)
            continue
        if within and prev.start != part.start():
            out.append(c)
            continue
        first = date(int(month[1]), int(month[2]), 1)
        if part["unit"] and part["unit"].lower() == "weekend":  # "the last weekend of October": its last Saturday
            # and the Sunday after it, not the weekend before publication and the whole month beside it
            place = PLACE_IN_MONTH[part["place"].lower()]
            last = first + relativedelta(months=1) - timedelta(days=1)
            saturday = (
                last - timedelta(days=(last.weekday() - 5) % 7)
                if place < 0
                else first + timedelta(days=(5 - first.weekday()) % 7 + 7 * place)
            )
            c.start, c.text = part.start(), text[part.start() : c.end]
            c.extras["span"] = (saturday.isoformat(), (saturday + timedelta(days=1)).isoformat())
            if within:
                out[-1] = c
            else:
                out.append(c)
            continue
        if part["edge"]:  # "the first two weeks of July": 1 to 14 July; "the last ten days of June": 21 to 30 June
            count = int(part["count"]) if part["count"].isdigit() else int(lx.NUMBER_WORDS[part["count"].lower()])
            days = count * (7 if part["units"].lower() == "weeks" else 1)
            if not 1 < days < 28:
                out.append(c)
                continue
            place = 0 if part["edge"].lower() in ("first", "opening") else -1
        else:
            days = 7 if part["unit"].lower() == "week" else 14
            place = PLACE_IN_MONTH[part["place"].lower()]
        start = _week_of_month_start(first, days, place)
        if (
            ctx is not None
            and ctx.dct is not None
            and c.rule == "month"
            and start > ctx.dct.date()
            and ctx.tense(c.start, c.end) == "past"
        ):
            first = first.replace(year=first.year - 1)
            start = _week_of_month_start(first, days, place)
            c.value = first.strftime("%Y-%m")
        last = first + relativedelta(months=1) - timedelta(days=1)
        end = min(last, start + timedelta(days=days - 1))
        c.start, c.text = part.start(), text[part.start() : c.end]
        c.extras["span"] = (start.isoformat(), end.isoformat())
        if within:
            out[-1] = c
        else:
            out.append(c)
    return out


def _week_of_month_start(first: date, days: int, place: int) -> date:
    """The first day of the week (`days` 7) or fortnight (14) at `place` in the month starting `first` (-1: the
    last)."""
    if place < 0:
        return first + relativedelta(months=1) - timedelta(days=days)
    return first + timedelta(days=days * place)


def _merge_time_and_day(found: list[Candidate], text: str, ctx: Context | None = None) -> list[Candidate]:
    """Join a clock time and an adjacent day ('10 p.m. Wednesday', 'Friday at 5 p.m.') into one TIME. The midnight
    that starts the day of publication, named by its weekday in a clause not in the past ("a warning is in place
    from midnight on Thursday" in a Thursday paper), is the one that ends it: a plan does not start at an hour the
    paper came out after, and "since midnight" would say so."""
    out: list[Candidate] = []
    for c in found:
        if out:
            prev = out[-1]
            glue = text[prev.end : c.start]
            pair = (
                (prev, c)
                if prev.rule in TIME_RULES and c.rule in CLOCK_DAY_RULES
                else ((c, prev) if c.rule in TIME_RULES and prev.rule in CLOCK_DAY_RULES else None)
            )
            if pair and TIME_DAY_GLUE.match(glue) and re.match(r"\d{4}-\d\d-\d\d$", pair[1].value[:10]):
                clock = pair[0].value.split("T", 1)[1]
                if clock == "00:00" and "midnight" in pair[0].text.lower() and pair[1].text.lower() == "tonight":
                    clock = "24:00"  # "from midnight tonight": the end of this day, whatever word comes before
                if (
                    clock == "00:00"
                    and "midnight" in pair[0].text.lower()
                    and ctx is not None
                    and ctx.dct is not None
                    and pair[1].value[:10] == ctx.dct.date().isoformat()
                    and pair[1].text.lower() in WEEKDAY_NAMES
                    and ctx.tense(pair[1].start, pair[1].end) in ("present", "future")
                ):
                    clock = "24:00"
                merged = Candidate(
                    prev.start,
                    c.end,
                    text[prev.start : c.end],
                    "TIME",
                    f"{pair[1].value[:10]}T{clock}",
                    "time_and_day",
                    pair[1].anchor,
                )
                story = pair[1].extras.get("story") or pair[0].extras.get("story")
                if story is not None:  # the story goes on from the day and hour named ("last seen at 10.30pm on
                    # Saturday 31 October. His phone was switched off shortly after midnight": 1 November), which a
                    # later paragraph counts from, not from the date before the pair; the day's own story comes
                    # first, as the clock alone was read against the paper's day ("switched to Sunday at 4.30pm")
                    same_day = story[0][:10] == merged.value[:10]
                    merged.extras["story"] = (merged.value, *story[1:]) if same_day else story
                out[-1] = merged
                continue
        out.append(c)
    return out


def extract(
    text: str,
    dct: datetime | None,
    doc: Doc | None = None,
    relational: bool = True,
    reference: Reference | str | None = None,
    quotes: list[tuple[int, int]] | None = None,
    sport: bool = False,
    half_years: bool = False,
    calendar_quarters: bool = False,
    fiscal_halves: bool = False,
    listing: bool = False,
    report_month: str | None = None,
    event_day: str | None = None,
    year_end_month: int | None = None,
    year_end_day: int | None = None,
    calendar_accounts: bool = False,
    winter_seasons: bool = False,
    parts_told: dict[str, str] | None = None,
    person_fell: bool = False,
    pounds: bool = False,
    incident_before: bool = False,
    scene_undated: bool = False,
) -> list[Candidate]:
    """Temporal expressions in `text` (parsed as `doc` when given), normalised against the creation time `dct`.

    relational=False follows TimeML strictly and leaves out "previously", "earlier", "soon" (see lexicon).
    `reference` is the last date mentioned before `text` (in an earlier paragraph), which "the next day" or "two
    days earlier" at its start count from: its value, or (value, whether the text named it: see Context.moved);
    `last_reference` gives the one to pass on. `quotes` are
    the (start, end) spans of the quotations in `text`: a weekday in a quotation framed by an old date ('wrote in
    2019: "I will pay on Friday"') is not read against publication. `sport`: the text is from a sport report, where
    "the fourth quarter" with no words of business is part of a game. `half_years`: the story has named a half year of
    company results before `text`, so "the second half" is one too. `calendar_quarters`: the story has dated a
    quarter as a calendar one before `text`, so its other quarters are calendar ones too. `fiscal_halves`: the story
    has named a half of a company's own year before `text`, so its other halves are that year's too. `listing`: the
    article is a listing of the days ahead ("THURSDAY: The choir sings …"), whose day-led paragraphs are what is on,
    not a chronology's entries told in the historic present. `report_month`: the month ("2026-11") a report of
    figures is about, as its lead named it, over the twelve months to which a change "over the year" runs.
    `event_day`: the day, named in full in the lead, that a story of the past is about, near which a day named
    without its year in a past clause falls in that year. `year_end_month`: the month the article says a company's
    own year ends in, whose quarters and halves named without a year are then that year's; `year_end_day`: the day of
    that month it ends on, when the article names one short of the month's end ("the year to 1 February");
    `calendar_accounts`: the article says a company's year is the calendar's, so its "fiscal 2026" is 2026.
    `winter_seasons`: the article reports a sport whose seasons run from autumn to spring, so its "last season" is
    the one before the season under way at publication (see timeline.winter_seasons). `parts_told`: the last month,
    half and quarter of the calendar the story named before `text`, by kind ("month", "H", "Q"; see part_kind), which
    "A year earlier, first-half profit was" counts a year back from. `person_fell`: the article tells of a person
    falling, so its "the fall" is that fall, not the autumn. `pounds`: the article's money is in pounds, so a UK
    public body's "last financial year" runs from April to March. `incident_before`: the paragraph before names an
    incident with "the" ("before the crash"), which a "that day" may point back to. `scene_undated`: the paragraph
    before ended on a time of a day the story does not date, which "the following month" would count from.
    """
    ctx = DocContext(doc, dct, quotes)
    ctx.year_end_month = year_end_month
    ctx.year_end_day = year_end_day
    ctx.calendar_accounts = calendar_accounts
    ctx.winter_seasons = winter_seasons
    ctx.person_fell = person_fell
    ctx.pounds = pounds
    ctx.incident_before = incident_before
    ctx.scene_undated = scene_undated
    ctx.relational = relational
    ctx.listing = listing
    ctx.report_month = report_month
    ctx.event_day = event_day
    ctx.sport = sport
    ctx.half_years = half_years
    ctx.calendar_quarters = calendar_quarters
    ctx.fiscal_halves = fiscal_halves
    (
        ctx.last_value,
        ctx.story_moved,
        ctx.last_period,
        ctx.split_season,
        ctx.last_earlier,
        ctx.last_put_back,
        ctx.last_bound,
        ctx.story_latest,
        ctx.last_hearing,
        ctx.last_scene,
    ) = (
        (*reference, None, None, False, False, False, None, False, False)[:10]
        if isinstance(reference, tuple)
        else (reference, False, None, None, False, False, False, None, False, False)
    )
    ctx.last_scene = bool(ctx.last_scene)
    ctx.last_hearing = ctx.last_hearing if isinstance(ctx.last_hearing, str) else bool(ctx.last_hearing)
    ctx.last_put_back = bool(ctx.last_put_back)
    ctx.last_bound = bool(ctx.last_bound)
    raw: list[tuple[Candidate, re.Match, object]] = []
    passed: dict[re.Pattern, bool] = {}  # each quick test (shared by several rules) searched once
    for order, (name, pattern, fn) in enumerate(RULES):
        gate = RULE_GATES.get(name)
        if gate is not None:
            if gate not in passed:
                passed[gate] = gate.search(text) is not None
            if not passed[gate]:
                continue
        for m in pattern.finditer(text):
            result = fn(m, ctx)
            if result is None:
                continue
            typ, value, anchor = result[:3]
            start, end = (m.start("x"), m.end("x")) if "x" in pattern.groupindex else (m.start(), m.end())
            cand = Candidate(start, end, text[start:end], typ, value, name, anchor)
            raw.append((cand, m, (order, fn)))
    found: list[Candidate] = []
    chosen = _select(raw)
    if chosen and not text[: chosen[0][0].start].strip():  # a chronology's entry is told in the historic present
        first = chosen[0][0]
        entry_end = first.end
        if (
            len(chosen) > 1
            and first.rule in CLOCK_DAY_RULES
            and chosen[1][0].rule in TIME_RULES
            and TIME_DAY_GLUE.match(text[first.end : chosen[1][0].start])
        ):
            entry_end = chosen[1][0].end  # "Tuesday, 4:12pm: A caller reports smoke": the entry's day and hour
        entry_mark = ENTRY_AFTER_DATE.match(text, entry_end) or ENTRY_AFTER_DATE_AND_CLOCK.match(text, first.end)
        ctx.historic = (entry_mark is not None and not listing) or (
            first.rule == "time_of_day"
            and CLOCK_ENTRY.fullmatch(first.text) is not None
            and AFTER_CLOCK_ENTRY.match(text, first.end) is not None
        )
        ctx.live = ctx.historic and first.rule == "time_of_day"
    remembered = REMEMBERED_TIME.search(text)
    for cand, m, (_, fn) in chosen:  # resolve again in text order, each seeing the last date before it
        if ctx.story_moved and back_to_now(text, max(0, ctx.last_start), cand.start):
            ctx.story_moved = False  # "A year later she opened Crumbs, and they have competed ever since"
            ctx.story_latest = None
        elif ctx.story_moved and _told_now(text, max(0, ctx.last_start), cand.start, ctx):
            ctx.story_moved = False  # "The club went down in 2018 … || Now the team is top of the league. The
            ctx.story_latest = None  # summer brought three new strikers": the flashback is over
        result = fn(m, ctx)
        if result is None:
            continue
        if "mod" in m.re.groupindex and m["mod"]:
            result = with_mod(result, m["mod"])
        cand.type, cand.value, cand.anchor = result[:3]
        cand.extras = dict(result[3]) if len(result) > 3 else {}
        if cand.type == "DATE" and re.fullmatch(r"\d{4}-W\d\d", cand.value) and not cand.extras.get("usual_week"):
            # (a half-term's usual week frames no weekday: areas take others, and "it begins on Friday" is before it)
            ctx.week_ahead, ctx.week_ahead_start = cand.value, cand.start
        if cand.rule == "year_earlier" and ctx.last_undated and ctx.last_start >= ctx.sentence_start(cand.start):
            cand.extras["undated"] = ctx.last_undated  # "sales in the second half (of the company's own year) were
            # higher than a year earlier": a year before a period with no calendar dates has none either
        _leave_remembered_habit_undated(cand, text, remembered, ctx)
        _leave_a_remembered_moment_undated(cand, text, ctx)
        _leave_a_night_told_at_a_hearing_undated(cand, ctx)
        _count_a_day_on_from_the_events_heard(cand, ctx)
        _count_a_month_from_the_events_heard(cand, ctx)
        _leave_a_quoted_habit_undated(cand, text, ctx)
        if ctx.historic:
            cand.extras["historic"] = True
            ctx.entry = ctx.entry or cand.value
        if cand.type == "DURATION" and ctx.last_bound and LATER.match(text, cand.end):
            cand.extras["undated"] = "counted from a bound"  # "confirmed before Christmas … a week later": no day
        elif cand.type == "DURATION" and LATER.match(text, cand.end) and _after_an_undated_count(found, text):
            cand.extras["undated"] = "counted from an undated count"  # "Five years after the flood, the council
            # opened a wall. Two years on, …": counted from a time the story gave no date, not from its last date
        elif cand.type == "DURATION" and (
            counted := counted_from(cand, text, _counted_in_days_from(cand, ctx), ctx.last_start >= 0)
        ):
            cand.extras.update(counted)
        found.append(cand)
        if (quarter := _quarter_spanned(cand)) is not None:
            ctx.last_period = quarter  # "grew 0.4% in the three months to December": the story's quarter, which
            # "the previous quarter" and "the same period" count from
        if re.fullmatch(r"FY\d{4}-[QH][1-4]", cand.value):
            ctx.last_period = cand.value  # "profit for the first half of the year", of a year to March, "against
            # £80m in the same period last year": the company's half, April to September, a year before
        if re.fullmatch(r"\d{4}-H[12]", cand.value) and cand.extras.get("undated") == "fiscal":
            ctx.fiscal_halves = True  # "profit fell in the first half of its fiscal year … the second half"
        if CALENDAR_QUARTER.fullmatch(cand.value) and not cand.extras.get("undated"):
            ctx.calendar_quarters = True  # "Third-quarter profit rose 5%, after a fall in the second quarter"
        elif CALENDAR_QUARTER.fullmatch(cand.value) and cand.extras.get("undated") == "fiscal":
            ctx.fiscal_quarter = True  # "grew 4.1% in the fourth quarter" of a company's own year
        if "season" in cand.extras and cand.rule == "split_year":
            ctx.split_season = cand.extras["season"]
        if is_reference(cand) and UNTIL_BOUND.search(text, max(0, cand.start - 60), cand.start):
            pass  # "served the town until he retired in 1993": an end the story looks ahead to, not where it goes
        elif cand.extras.get("aimed"):
            pass  # "so that tanks could cross the Rhine before Christmas" (1944): an aim of the story's time, which
            # the story does not go to ("On the Wednesday" is still the battle's)
        elif cand.extras.get("beside"):
            pass  # "on the Friday before the break": a day counted from a thing its sentence dated, which the story
            # stays at ("and again the Monday after" is after the break)
        elif cand.extras.get("compared"):
            pass  # "sales in the three months to December rose 12% on the same period last year": a period a figure
            # is set against, which the story does not go to
        elif len(found) > 1 and _year_of_the_day_before(found[-2], cand, text):
            pass  # "on 14 June last year": the day stays the story's date, not the year
        elif _names_a_thing(cand, ctx) and _day_in_its_sentence(ctx, cand):
            pass  # "Friday's late film is the 1972 thriller The Long Night, at 11.40pm": the year names the film;
            # the day its sentence named stays the date a clock time after it is on
        elif is_reference(cand):
            counted = "date_value" in cand.extras or cand.extras.get("counted", False)
            # the story moves in time with a date it names ("in 1978") and stays there with one counted from it
            # but not with a date that only bounds a time running to now ("the first meeting since 2012")
            since = SINCE.search(text, max(0, cand.start - 60), cand.start) is not None  # ends at the date
            # "on Tuesday night, the coldest night of the winter so far": the stretch a record is measured in,
            # which the story does not go to either ("The previous day" is Monday's)
            since = since or (
                cand.rule == "relative_unit"
                and RECORD_OF_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None
            )
            # "had taken a sedative that had been linked to 14 deaths in the preceding year": a time counted back in
            # a past perfect clause on a thing tells of the thing; the story stays on its day ("The package had
            # arrived three days earlier" counts from that day)
            since = since or (
                cand.rule == "relative_unit"
                and counted
                and value_datetime(ctx.last_value or "") is not None
                and ctx.past_perfect(cand.start, cand.end)
                and _in_a_relative_clause_on_an_object(cand, ctx)
            )
            # "The list hit a record high of 7.77 million in September 2023": the month (year) a record figure was
            # set in is set beside the story's figures, the story does not go back to it
            since = since or (
                re.fullmatch(r"\d{4}(?:-\d\d)?", cand.value or "") is not None
                and RECORD_SET_BEFORE.search(text, max(0, cand.start - 70), cand.start) is not None
            )
            bound = since or _names_a_thing(cand, ctx)  # "the show's 2019 special": a thing named, no scene set
            bound = bound or _in_a_things_clause(cand, ctx)  # "the post, published in April 2024,"
            # "had been the directing mind of an operation that used 11 houses between January 2021 and August 2023"
            bound = bound or _in_a_relative_clause_on_an_object(cand, ctx)
            # "Priya Marwood, who was first elected in 2024, won 14,212 votes": a year or a month in an aside on who
            # someone is tells their past in passing; the story stays on its own day
            bound = bound or (
                re.fullmatch(r"\d{4}(?:-\d\d)?", cand.value or "") is not None and _in_a_relative_aside(cand, ctx)
            )
            # "Turnout was 34.2%, up from 29.8% at the last election in May 2022": the time a figure is set
            # against, which the story does not go back to
            bound = bound or FIGURE_COMPARED_BEFORE.search(text, max(0, cand.start - 70), cand.start) is not None
            was_moved = ctx.story_moved
            ctx.story_moved = (
                ((cand.anchor == "explicit" or cand.extras.get("moves", False)) and not bound)
                or (counted and ctx.story_moved)
                or (cand.rule == "duration" and LONG_AGO.search(cand.text) is not None and _sets_scene(cand, ctx))
            )  # "Sixty years ago this month, the river burst its banks": the story goes back there
            kept = was_moved and not _goes_back_to(cand, ctx)
            if ctx.story_moved:
                ctx.story_latest = _latest_of(ctx.story_latest if kept else None, reference_value(cand))
            elif not (bound and was_moved):  # "the post, published in April 2024,": the story stays where it was
                ctx.story_latest = None
            before, before_start = ctx.last_value, ctx.last_start
            was_passing, was_earlier = ctx.aside_day is not None, ctx.earlier_day is not None
            ctx.last_value, ctx.last_start = reference_value(cand), cand.start
            ctx.last_aside = _in_a_relative_aside(cand, ctx)
            # "hit on Tuesday. The driver, who had been banned in March, fled": still Tuesday; so after a time only
            # bounding another ("on 26 March, her first since the autumn Budget, … the same day"): still 26 March
            passing = ctx.last_aside or (
                value_datetime(ctx.last_value) is None and (bound or _modifies_a_noun(cand, ctx))
            )
            ctx.aside_day = (
                (before if value_datetime(before) is not None else ctx.aside_day if was_passing else None)
                if passing
                else None
            )
            ctx.last_undated = cand.extras.get("undated") or ""
            if re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_value) and NIGHT_OF_BEFORE.search(
                text, max(0, cand.start - 25), cand.start
            ):  # "on the night of 14 March 2022": later clock times of the small hours are the next day's, as after
                ctx.last_value += "TNI"  # "on Friday night"
            ctx.last_earlier = ctx.earlier_clause(cand.start, cand.end)
            # "On 2 June 1953, crowds lined the Mall. Elizabeth II had become queen the previous year": the day the
            # story was at before it looked back in the past perfect, and where that day was named
            if value_datetime(ctx.last_value) is None and ctx.past_perfect(cand.start, cand.end):
                if value_datetime(before) is not None:
                    ctx.earlier_day, ctx.earlier_day_start = before, before_start
                elif not was_earlier:
                    ctx.earlier_day, ctx.earlier_day_start = None, -1
            else:
                ctx.earlier_day, ctx.earlier_day_start = None, -1
            ctx.last_hearing = _hearing_after(ctx, cand, before)
            ctx.last_scene = value_datetime(ctx.last_value) is None and (
                SCENE_BEFORE.search(text, max(0, cand.start - 60), cand.start) is not None
            )
            ctx.last_put_back = bool(cand.extras.get("put_back"))
            ctx.last_usual_week = bool(cand.extras.get("usual_week"))
            ctx.last_bound = (
                "T" not in ctx.last_value and BARE_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None
            )
            if PERIOD_VALUE.fullmatch(ctx.last_value) or _reporting_year(ctx.last_value, ctx.dct):
                ctx.last_period = ctx.last_value
            elif (stretch := _stretch_ending_on(cand, text)) is not None:
                ctx.last_period = stretch  # "rose 40% in the week to January 5 … A year earlier": the week's figures
                # are what a step back a year is set against, not the day they came out
            elif ctx.last_period and ctx.last_period.isdigit() and cand.anchor == "explicit":
                ctx.last_period = None  # the story went to another year ("In 2019 the firm was founded")
            # "7.57 million were waiting at the end of September, down from 7.64 million at the end of August, NHS
            # England said on Thursday. … down from 236,000 the previous month": the day figures of months were given
            # out on is not the time they tell of; what counts from the story's last date counts from the latest
            # month its sentence gave figures for (not the earlier one they are set against)
            months = (
                [
                    c
                    for c in found[:-1]
                    if c.start >= ctx.sentence_start(cand.start) and re.fullmatch(r"\d{4}-\d\d", c.value or "")
                ]
                if DAY_VALUE.match(cand.value or "") and _dates_a_saying(cand, ctx)
                else []
            )
            if months:
                latest = max(months, key=lambda c: c.value)
                before, before_start = latest.value, latest.start
            if (since or months) and before is not None:
                # "rose 2.4% in the year to October, the fastest rate since November 2022. … up 0.1% on the previous
                # month": a date a record is measured back to is no date the story tells of, so what counts from
                # the story's last date counts from the one before it (September, not October 2022)
                ctx.last_value, ctx.last_start = before, before_start
            ctx.release_day = _release_day(found, cand, ctx, text)
            cand.extras["story"] = (
                ctx.last_value,
                ctx.story_moved,
                ctx.last_period,
                ctx.split_season,
                ctx.last_earlier,
                ctx.last_put_back,  # "The shop opened at 9am." with "It closes at 5pm." in the next paragraph
                ctx.last_bound,
                ctx.story_latest,
                ctx.last_hearing,
                ctx.last_scene,
            )
        elif cand.extras.get("undated"):
            ctx.undated_start, ctx.undated_kind = cand.start, str(cand.extras["undated"])
        elif cand.extras.get("no_reference") and re.fullmatch(r"\d{4}-\d\d-\d\dTNI", cand.value):
            ctx.night_start, ctx.night_end, ctx.night_value = cand.start, cand.end, cand.value  # "closed overnight …
            # reopen by 10am"
    found = _merge_time_and_day(found, text, ctx)
    found = _join_the_year_after_a_day(found, text)
    found = _join_a_week_of_its_month(found, text, ctx)
    found = _join_compound_durations(found, text, dct)
    found = _join_a_weekday_of_every_period(found, text)
    _take_the_same_period_from_its_stretch(found, ctx)
    _count_quoted_days_from_their_saying(found, ctx, {id(cand): (m, fn) for cand, m, (_, fn) in chosen})
    _count_reported_days_from_their_saying(found, ctx, {id(cand): (m, fn) for cand, m, (_, fn) in chosen})
    _compare_a_period_with_its_year_before(found, ctx)
    _share_the_day_of_a_clock_range(found, text)
    _date_clock_times_by_their_named_event(found, text)
    _date_clock_times_by_the_day_of_their_clause(found, ctx)
    _leave_daily_windows_undated(found, text)
    _leave_clock_times_of_every_day_undated(found, text)
    _leave_clock_times_of_another_period_undated(found, ctx)
    _leave_counted_weekdays_undated(found, text)
    _span_the_first_months_of_a_year(found, text)
    _keep_runs_of_weekdays_forward(found, text)
    _share_the_side_of_a_list_of_weekdays(found, text, ctx)
    _share_the_year_of_a_run_of_months(found, text, dct, ctx.tense)
    _share_the_year_of_a_run_of_days(found, text)
    _end_a_run_of_days_after_its_start(found, text)
    found = _count_weeks_on_from_a_weekday(found, text, dct)
    _make_days_of_every_year_recurring(found, text)
    _make_seasons_of_months_recurring(found, text)
    _make_a_weekly_seasons_bounds_recurring(found, text, ctx)
    _make_usual_months_recurring(found, text)
    _keep_a_run_of_months_under_way_in_this_year(found, text, ctx.sentence_start, dct)
    _date_a_weekday_by_the_month_of_the_day_after(found, text)
    _share_the_weekly_slot_of_a_pair(found, text)
    _make_a_run_of_weekdays_beside_a_weekly_day_weekly(found, text, ctx.sentence_start)
    found = _date_the_other_days_of_a_list(found, text)
    _start_durations_at_their_date(found, text)
    _date_counted_durations_by_their_apposition(found, text)
    _count_a_period_from_the_date_after_it(found, text)
    _date_a_year_back_by_the_same_period(found, text)
    _date_a_yearless_part_a_year_back(found, text, parts_told or {})
    _date_the_same_period_as_a_stretch_named(found, text)
    _date_the_same_period_a_year_back_by_its_stretch(found, text)
    _end_a_period_on_the_day_that_ends_it(found, text)
    _date_the_stretch_before_a_period(found, text)
    _put_overnight_on_the_day_after_it(found, text)
    _put_the_night_after_an_event_on_its_day(found, text, ctx.sentence_start)
    _end_overnight_on_the_small_hour_after_it(found, ctx.sentence_start)
    _span_the_week_of_a_day(found, text)
    _put_the_weekend_by_a_day_of_now(found, ctx.sentence_start, dct)
    return found


# The most days from publication a weekday may be for its sentence to be told in publication's own week.
DAYS_OF_NOW = 7


def _put_the_weekend_by_a_day_of_now(found: list[Candidate], sentence_start, dct: datetime | None) -> None:
    """ "The update had been tested over the weekend but had not been run until Tuesday morning", after a paragraph
    of December 2024: "the weekend" was counted from the story's old date, but a day of publication's week in the
    same sentence brings the sentence back to now; the weekend is the one nearest that day (before a Monday to
    Wednesday, after a Thursday or Friday)."""
    if dct is None:
        return
    for cand in found:
        if cand.text.lower() != "the weekend" or not cand.extras.get("counted") or cand.extras.get("side"):
            continue  # "the weekend before" was counted from the day or weekend it names as the one it comes before
        day = next(
            (
                c
                for c in found
                if c is not cand
                and sentence_start(c.start) == sentence_start(cand.start)
                and DAY_VALUE.match(c.value)
                and abs((date.fromisoformat(c.value[:10]) - dct.date()).days) <= DAYS_OF_NOW
            ),
            None,
        )
        if day is None:
            continue
        named = date.fromisoformat(day.value[:10])
        if named.weekday() >= 5:  # a Saturday or Sunday is in the weekend itself
            saturday = named - timedelta(days=named.weekday() - 5)
        elif named.weekday() <= 2:
            saturday = named - timedelta(days=named.weekday() + 2)
        else:
            saturday = named + timedelta(days=5 - named.weekday())
        cand.value = week_value(saturday) + "-WE"
        cand.extras.pop("counted", None)


# What joins a period counted back from its end to the day or month that ends it: "the year to March 31", "the six
# months ended 30 September", "the three months to December", "the year ended in March".
PERIOD_END_GLUE = re.compile(r"\s+(?:to|until|till|through|ending|ended)(?:\s+(?:in|on))?\s+", re.I)


def _end_a_period_on_the_day_that_ends_it(found: list[Candidate], text: str) -> None:
    """Give the day or month that ends a period counted back from it ("the full year to March 31") the period's
    year: it is one time with the period, whose year was chosen for the whole ("its forecast for the
    year to March 31", in February: the March to come), not read again alone."""
    for period, end in zip(found, found[1:]):
        if "span" not in period.extras or period.type != "DURATION" or end.type != "DATE":
            continue
        if not PERIOD_END_GLUE.fullmatch(text, period.end, end.start):
            continue
        year = period.extras["span"][1][:4]
        if not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", end.value) or end.value[5:7] != period.extras["span"][1][5:7]:
            continue
        end.value = year + end.value[4:]  # its own day ("the year ended Oct. 1"), in the period's year
        if "story" in end.extras:
            end.extras["story"] = (end.value, *end.extras["story"][1:])


# "The same period" (quarter, month, ...) right before "a year earlier": one time, already a year back.
SAME_PERIOD = re.compile(
    r"the (?:same|corresponding|equivalent) (?:period|quarter|month|week|weekend|half|months)", re.I
)
YEAR_BACK = re.compile(r"a year (?:earlier|before|ago)", re.I)
# "Last year" after "the same week" (weekend, month) moves it a year back as "a year earlier" does ("up 9% on the
# same weekend last year"); after "the same quarter" the quarter's own rule reads it.
LAST_YEAR = re.compile(r"last year", re.I)
# A week (weekend) or a month of the calendar, whose like a year back has the same number.
WEEK_OR_MONTH = re.compile(r"(?P<y>\d{4})-(?P<rest>W(?P<w>\d\d)(?:-WE)?|\d\d)")


def _a_year_back(value: str) -> str | None:
    """The same week (weekend) or month a year before `value` ("2026-W32-WE" -> "2025-W32-WE"); the year's last week
    when the year before has no 53rd; None for any other value."""
    named = WEEK_OR_MONTH.fullmatch(value)
    if named is None:
        return None
    year = int(named["y"]) - 1
    rest = named["rest"]
    if named["w"]:
        weeks = date(year, 12, 28).isocalendar()[1]  # 28 December is always in a year's last ISO week
        rest = f"W{min(int(named['w']), weeks):02d}" + rest[3:]
    return f"{year:04d}-{rest}"


def _date_a_year_back_by_the_same_period(found: list[Candidate], text: str) -> None:
    """In "the same period a year earlier" the two name one time, the story's period a year before: when the
    period's rule has counted the year back already (from the period the story named), "a year earlier" takes its
    date, not a year before it again; when the period was read as the story's own (none named), it takes the year
    back's date, and a week or a month keeps its number a year back ("the same weekend last year")."""
    for period, back in zip(found, found[1:]):
        year_back = YEAR_BACK.fullmatch(back.text) or LAST_YEAR.fullmatch(back.text)
        if not SAME_PERIOD.fullmatch(period.text) or not year_back:
            continue
        if text[period.end : back.start].strip() or period.type != "DATE" or back.type != "DATE":
            continue
        shifted = _a_year_back(period.value) if not period.extras.get("year_back") else None
        if shifted is not None:  # "the same weekend last year": this weekend's like, a year back
            period.value = back.value = shifted
        elif LAST_YEAR.fullmatch(back.text):
            continue
        elif period.extras.get("year_back"):
            back.value = period.value
        else:
            period.value = back.value


# A year back that opens its clause ("A year earlier, first-half profit was £240m"), and a month, half or quarter
# of the calendar, named without its year, that the clause then goes on to.
YEAR_BACK_OPENING = re.compile(r"(?:a year (?:earlier|before)|the year before|the previous year)", re.I)
CLAUSE_OPENING_BEFORE = re.compile(r"(?:\A|[.!?;:]['\"’”]?|\n)\s*(?:(?:and|but|while|whereas),?\s+)?\Z", re.I)
SENTENCE_END_BETWEEN = re.compile(r"[.!?;]\s|\n")
YEARLESS_PART = re.compile(r"(?P<y>\d{4})-(?P<part>\d\d|H[12]|Q[1-4])")


def part_kind(value: str) -> str:
    """'month', 'H' or 'Q' for a month, half or quarter value of the calendar ("2025-02", "2025-H1")."""
    m = YEARLESS_PART.fullmatch(value or "")
    return "" if m is None else ("month" if m["part"].isdigit() else m["part"][0])


def _date_a_yearless_part_a_year_back(found: list[Candidate], text: str, parts_told: dict[str, str]) -> None:
    """ "Profit in the second half of 2025 rose to £80m. A year earlier, H1 profit was £60m": a clause opened by a
    year back that goes on to a month, half or quarter named without its year names one time, that part of the year
    before the story's latest part of the same kind (the first half of 2024; "A year earlier, borrowing in February
    was £8.9bn" after February 2026 figures: February 2025), not the part read from publication nor the year back
    counted from the last date; with no such part named before (in `text`, else in `parts_told`), both are left as
    they were."""
    for at, back in enumerate(found[:-1]):
        if back.rule != "year_earlier" or not YEAR_BACK_OPENING.fullmatch(back.text):
            continue
        if not CLAUSE_OPENING_BEFORE.search(text[: back.start]):
            continue
        part = found[at + 1]
        kind = part_kind(part.value)
        if not kind or part.type != "DATE" or re.search(r"\d{4}|'\d\d", part.text):
            continue  # "A year earlier, in March 2024": the part's own year stands
        if SENTENCE_END_BETWEEN.search(text[back.end : part.start]):
            continue
        latest = next((c.value for c in reversed(found[:at]) if part_kind(c.value) == kind), parts_told.get(kind))
        if latest is None:
            continue
        year = int(latest[:4]) - 1
        part.value = back.value = f"{year:04d}{part.value[4:]}"


# A "since" clause running up to a date: "the lowest since records began in".
SINCE_CLAUSE = re.compile(r"\bsince\b[^,.;:!?]*$", re.I)
# "The same period" with nothing after it that moves it ("of 2025", "a year earlier", "last year").
SAME_STRETCH = re.compile(r"(?:the )?(?:same|corresponding|equivalent) period", re.I)
MOVED_AFTER = re.compile(r"\s*(?:of|in|a year|last|the previous|the year)\b", re.I)


def _date_the_same_period_as_a_stretch_named(found: list[Candidate], text: str) -> None:
    """ "Births in the year to June 2025 fell … Deaths rose over the same period": the stretch the paragraph named
    last with its dates (a length up to a day or month), not a quarter of the calendar; with nothing after it that
    moves it to another year."""
    for i, cand in enumerate(found):
        if not SAME_STRETCH.fullmatch(cand.text) or MOVED_AFTER.match(text, cand.end):
            continue
        stretch = next(
            (
                c
                for c in reversed(found[:i])
                if (c.type == "DURATION" or _period_start(c) is not None)
                and not SINCE_CLAUSE.search(text, max(0, c.start - 60), c.start)
            ),
            None,
        )  # "the lowest since records began in 1974": a year of a "since" is no stretch measured
        if stretch is not None and stretch.type == "DATE":
            at = found.index(stretch)
            ended = found[at - 1] if at else None
            joined = ended is not None and PERIOD_END_GLUE.fullmatch(text, ended.end, stretch.start) is not None
            if joined and ended.type == "DURATION":
                stretch = ended  # "the year to June 2025": the month ends the stretch named
        if stretch is None or stretch.type != "DURATION" or not stretch.extras.get("span"):
            continue
        cand.type, cand.value = "DURATION", stretch.value
        cand.extras = {"span": stretch.extras["span"]}


# "The same period" a year back, in one expression or with a year back right after it.
SAME_STRETCH_YEAR_BACK = re.compile(r"(?:the )?(?:same|corresponding|equivalent) period(?: last year)?", re.I)
YEAR_BACK_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:a|one) year (?:earlier|before|ago)\b", re.I)


def _date_the_same_period_a_year_back_by_its_stretch(found: list[Candidate], text: str) -> None:
    """ "Sales rose 12% in the three months to February, compared with the same period last year": the stretch named
    before it in its sentence (December to February), a year back, not the month that ends it (February a year
    back); a stretch that is a whole calendar quarter or month keeps the date the period was given already."""
    for i, cand in enumerate(found):
        if cand.type != "DATE" or not SAME_STRETCH_YEAR_BACK.fullmatch(cand.text):
            continue
        last_year = cand.text.lower().endswith("last year")
        back = next((c for c in found[i + 1 :] if c.start >= cand.end), None) if not last_year else None
        if not last_year and (back is None or not YEAR_BACK_RIGHT_AFTER.fullmatch(text, cand.end, back.end)):
            continue
        sentence = max((m.end() for m in SENTENCE_END.finditer(text, 0, cand.start)), default=0)
        stretch = next(
            (c for c in reversed(found[:i]) if c.start >= sentence and c.type == "DURATION" and c.extras.get("span")),
            None,
        )
        if stretch is None:
            continue
        first, end = (date.fromisoformat(d[:10]) for d in stretch.extras["span"])
        first, last = first - relativedelta(years=1), end - relativedelta(years=1)
        if (end + timedelta(days=1)).day == 1:  # a stretch to a month's end ends at one a year back too (29 February)
            last = last.replace(day=1) + relativedelta(months=1) - timedelta(days=1)
        span = (first.isoformat(), last.isoformat())
        if value_span(cand.value) == span:
            continue  # "the three months to December": the quarter a year back, as the period was read
        for c in (cand, back) if back is not None else (cand,):
            c.type, c.value, c.anchor = "DURATION", stretch.value, "relative"
            c.extras = {"span": span, "compared": True}


# Nouns of a stretch of time that a date after "of" names ("the week of 13 April", "the weekend of 4 July").
STRETCH_NOUNS = frozenset("week weekend fortnight".split())


# "The week of" a day before it: the week that day falls in ("the week of 13 April"); "the week beginning" a day:
# the seven days from it; "the week to (ending) 5 January" the seven days it ends.
WEEK_OF_BEFORE = re.compile(
    r"\bthe week (?:(?P<of>of)|(?P<to>to|ending|ended|until)|beginning|starting|commencing)(?: on)?\s+$", re.I
)
DAYS_IN_A_WEEK = 7


def _span_the_week_of_a_day(found: list[Candidate], text: str) -> None:
    """ "A hearing is scheduled for the week of 13 April": the week, Monday to Sunday, that holds 13 April, not
    the day alone (a range the day would cut); "the week beginning 13 April" the seven days from it, and its "the
    week" is no week of its own (not publication's); "in the week to 5 January", as health and retail figures are
    given, the seven days ending on it. The value stays the day, as TimeML writes the day it names."""
    for cand in found:
        day = re.fullmatch(r"\d{4}-\d\d-\d\d", cand.value) if cand.type == "DATE" else None
        week = WEEK_OF_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        if day is None or week is None or "span" in cand.extras:
            continue
        first = date.fromisoformat(day.group())
        if week["of"]:
            first -= timedelta(days=first.weekday())
        elif week["to"]:
            first -= timedelta(days=DAYS_IN_A_WEEK - 1)
        cand.extras["span"] = (first.isoformat(), (first + timedelta(days=DAYS_IN_A_WEEK - 1)).isoformat())
        here = week.start()
        found[:] = [c for c in found if not (c.start == here and c.text.lower() == "the week")]  # not this week


# What joins "overnight" to the day that names its night: "overnight on Friday" (Friday's night), "overnight into
# Saturday" (the night before Saturday).
OVERNIGHT_ON = re.compile(r"\s+(?:(?P<on>on|from)|(?:and\s+)?(?P<into>into))\s+", re.I)


def _put_overnight_on_the_day_after_it(found: list[Candidate], text: str) -> None:
    """ "The strongest winds are expected overnight on Friday and into Saturday morning": the night of Friday, not
    the night the word alone would be (the one just gone or tonight); "overnight into Saturday" is the night that
    runs into Saturday, Friday's; "will close overnight from 8pm on Monday", the night that starts then."""
    for night, day in zip(found, found[1:]):
        if night.text.lower() != "overnight" or day.type not in ("DATE", "TIME"):
            continue
        joined = OVERNIGHT_ON.fullmatch(text, night.end, day.start)
        named = re.match(r"\d{4}-\d\d-\d\d", day.value)
        if joined is None or named is None:
            continue
        small = day.type == "TIME" and re.fullmatch(r"\d{4}-\d\d-\d\dT0[0-5]:\d\d", day.value)
        when = date.fromisoformat(named.group()) - timedelta(days=1 if joined["into"] or small else 0)
        night.value = f"{when.isoformat()}TNI"  # "overnight from 2am on Tuesday": Monday's night


# "after" right after "the night": the night is the one that followed what comes next.
AFTER_THE_NIGHT = re.compile(r"\s+after\b", re.I)


def _put_the_night_after_an_event_on_its_day(found: list[Candidate], text: str, sentence_start) -> None:
    """ "Rescue teams searched through the night after a boat sank off Cornwall on Tuesday evening": the night of the
    day the event after "after" is dated in its sentence (Tuesday's), not the night the words alone would be (the
    one just gone). Kept as it was when the sentence names no such day."""
    for night in found:
        if night.text.lower() != "the night" or not AFTER_THE_NIGHT.match(text, night.end):
            continue
        day = next(
            (
                c
                for c in found
                if c.start > night.end
                and sentence_start(c.start) == sentence_start(night.start)
                and c.type in ("DATE", "TIME")
                and not c.extras.get("undated")
            ),
            None,
        )
        named = re.match(r"\d{4}-\d\d-\d\d", day.value) if day is not None else None
        if named is not None:
            night.value = f"{named.group()}TNI"


# A clock time of the small hours: before this hour, the night it falls in began the evening before.
SMALL_HOUR = re.compile(r"(\d{4}-\d\d-\d\d)T0[0-5]:\d\d")


def _end_overnight_on_the_small_hour_after_it(found: list[Candidate], sentence_start) -> None:
    """ "It started just before 2am on 11 November 2016, in a flat where a dryer had been left running overnight": the
    night that led up to that small hour, the one from 10 into 11 November, not the night of the 11th that "overnight"
    takes from the day named before it in its sentence."""
    for night in found:
        if night.text.lower() != "overnight" or not night.value.endswith("TNI"):
            continue
        hour = next(
            (
                c
                for c in found
                if c.start < night.start
                and sentence_start(c.start) == sentence_start(night.start)
                and (m := SMALL_HOUR.fullmatch(c.value))
                and m.group(1) == night.value[:10]
            ),
            None,
        )
        if hour is None:
            continue
        day = date.fromisoformat(night.value[:10])
        night.value = f"{(day - timedelta(days=1)).isoformat()}TNI"
        night.extras["span"] = ((day - timedelta(days=1)).isoformat(), day.isoformat())


# A stretch counted back from the period the story has just named: "unchanged from the previous three months",
# "the preceding two years". Not one counted back from a date after it ("the previous three months to June").
PREVIOUS_STRETCH = re.compile(r"(?:the\s+)?(?:previous|preceding|prior)\s+", re.I)
PREVIOUS_STRETCH_END = re.compile(r"\s*(?:to|until|till|before|ending|ended|of|from)\b", re.I)


def _date_the_stretch_before_a_period(found: list[Candidate], text: str) -> None:
    """ "The previous three months" after the period a paragraph has named ("4.6% in the October to December period,
    unchanged from the previous three months") is the stretch of that length that ends the day before the period
    starts (July to September), as a reader counts it; its value stays the length (P3M), as TimeML writes it. With
    no period named before it in the paragraph it keeps no date: nothing says what it is previous to."""
    for i, cand in enumerate(found):
        if cand.type != "DURATION" or "span" in cand.extras or "date_value" in cand.extras:
            continue
        if not PREVIOUS_STRETCH.match(cand.text) or PREVIOUS_STRETCH_END.match(text, cand.end):
            continue
        parts = duration_parts(cand.value)
        before = next((c for c in reversed(found[:i]) if _period_start(c) is not None), None)
        if not parts or before is None or SINCE_FRAME.search(text, max(0, before.start - 12), before.start):
            continue  # "has tripled since 2022. Over the previous four years we have seen …": a year after "since"
            # opens a stretch that runs on to now, which nothing is previous to; the length is counted from the
            # time of telling, as with no period before it
        at = found.index(before)
        first, opening = before, found[at - 1] if at else None
        run = opening is not None and MONTH_RUN_GLUE.fullmatch(text, opening.end, before.start) is not None
        if run and opening.rule == "month":
            first = opening  # "the October to December period": the run starts with its first month
        elif opening is not None and opening.type == "DURATION" and _period_start(opening) is not None:
            if PERIOD_END_GLUE.fullmatch(text, opening.end, before.start):
                first = opening  # "the three months to December": the stretch the month ends
        start = _period_start(first)
        moment = datetime.combine(start, datetime.min.time())
        for n, unit in parts:
            moment = shift(moment, -n, unit)
        cand.extras["span"] = (moment.date().isoformat(), (start - timedelta(days=1)).isoformat())


def _period_start(cand: Candidate) -> date | None:
    """The first day of the time a candidate names, when it names a stretch of a month or more (a calendar month,
    quarter or year, or a length with its dates: "the three months to December"); None for a day or an undated
    one."""
    if cand.extras.get("undated"):
        return None
    span = cand.extras.get("span")
    if cand.type == "DURATION":
        return date.fromisoformat(span[0][:10]) if span and span[0] else None
    if cand.type != "DATE" or not re.fullmatch(r"\d{4}(?:-(?:\d\d|Q[1-4]|H[12]))?", cand.value):
        return None
    first = value_span(cand.value)[0]
    return date.fromisoformat(first[:10]) if first else None


# "The week" or "the month" before or after the date that follows it: "in the week before Christmas 2022".
PERIOD_BEFORE_A_DATE = re.compile(r"the (?P<unit>week|month)\s+(?P<side>before|after)\s+$", re.I)


def _count_a_period_from_the_date_after_it(found: list[Candidate], text: str) -> None:
    """ "The week before Christmas 2022" is the seven days before that day, not this week: the calendar week holding
    most of them; "the month after March 3" and "the month before June 2023" the month after or before its month.
    A period before or after a date it cannot be counted from (a year, a month for a week) gets no date of its own."""
    for cand, after in zip(found, found[1:]):
        if cand.type != "DATE" or cand.end > after.start:
            continue
        period = PERIOD_BEFORE_A_DATE.fullmatch(text, cand.start, after.start)
        if period is None:
            continue
        unit, sign = period["unit"].lower(), -1 if period["side"].lower() == "before" else 1
        day = re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", after.value)
        if day is None or (unit == "week" and len(day.group()) < len("2025-01-01")):
            cand.value = "XXXX-WXX" if unit == "week" else "XXXX-XX"
            cand.extras["undated"] = "before or after a date"
        elif unit == "week":
            cand.value = week_value(date.fromisoformat(day.group()) + timedelta(days=sign * MIDDLE_OF_A_WEEK))
        else:
            month = date.fromisoformat(day.group()[:7] + "-01")
            cand.value = (month + relativedelta(months=sign)).strftime("%Y-%m")


# The middle of the seven days before or after a day, counted from it: its calendar week is the one meant.
MIDDLE_OF_A_WEEK = 4


# The smaller unit of a length told in two units: "three hours and 11 minutes", "1 minute 8 seconds", "two years,
# three months". Not one counted back or on ("and two days ago") nor a rate ("and 7 days a week").
COMPOUND_TAIL = re.compile(
    rf"(?:,\s*|\s+and\s+|\s+)(?P<num>{NUMBER}|\d+) (?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?)\b"
    r"(?!\s+(?:later|earlier|before|after|a|an|per|each|every|from)\b)(?P<ago>\s+ago\b)?",
    re.I,
)
DURATION_ORDER = ["year", "month", "week", "day", "hour", "minute", "second"]
DURATION_LETTERS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}


# "of each month" (or "every year", "each term") right after a weekday of a recurring set.
WEEKDAY_OF_EVERY_AFTER = re.compile(r"\s+of\s+(?:each|every)\s+(?:month|year|term|season|quarter)\b", re.I)
# The article and ordinal before such a weekday: "the first", "the second and fourth", "the" (before "last Friday",
# which the weekday took in).
NTH_BEFORE_WEEKDAY = re.compile(
    r"\bthe\s+(?:(?:first|second|third|fourth|last)(?:\s+and\s+(?:second|third|fourth|last))?\s+)?$", re.I
)


def _join_a_weekday_of_every_period(found: list[Candidate], text: str) -> list[Candidate]:
    """'garden waste on the first Monday of each month' is one recurring set, not a set of Mondays and another of
    months: the weekday's set takes in its ordinal and its period, and the period's own row goes."""
    gone: set[int] = set()
    for k, cand in enumerate(found):
        tail = WEEKDAY_OF_EVERY_AFTER.match(text, cand.end)
        if cand.type != "SET" or cand.rule != "weekday" or tail is None:
            continue
        nth = NTH_BEFORE_WEEKDAY.search(text, max(0, cand.start - 30), cand.start)
        for j in range(k + 1, len(found)):
            if found[j].start >= tail.end():
                break
            if found[j].end <= tail.end():
                gone.add(j)  # "each month" read on its own
        cand.start = nth.start() if nth else cand.start
        cand.end = tail.end()
        cand.text = text[cand.start : cand.end]
    return [cand for j, cand in enumerate(found) if j not in gone]


def _join_compound_durations(found: list[Candidate], text: str, dct: datetime | None) -> list[Candidate]:
    """A length told in two units is one duration ("the match lasted three hours and 11 minutes": PT3H11M; "won in
    1 minute 8 seconds": PT1M8S), not the first unit alone or two durations; "two years and three months ago" is
    the date that long before publication."""
    for cand in found:
        if cand.type != "DURATION" or cand.rule != "duration" or cand.extras:
            continue
        parts = duration_parts(cand.value)
        tail = COMPOUND_TAIL.match(text, cand.end)
        if len(parts) != 1 or tail is None or parts[0][1] not in DURATION_ORDER:
            continue
        unit = tail["unit"].lower().rstrip("s")
        n = int(tail["num"]) if tail["num"].isdigit() else number_value(tail["num"])
        if not n or DURATION_ORDER.index(unit) <= DURATION_ORDER.index(parts[0][1]) or n != int(n):
            continue
        if tail["ago"]:
            if dct is None:
                continue
            when = shift(shift(dct, -parts[0][0], parts[0][1]), -n, unit)
            cand.type, cand.value, cand.anchor = "DATE", granular(when, unit), "relative"
            cand.end = tail.end()
            cand.text = text[cand.start : cand.end]
            continue
        amounts = dict([(parts[0][1], parts[0][0]), (unit, n)])
        day = "".join(f"{amounts[u]:g}{DURATION_LETTERS[u]}" for u in DURATION_ORDER[:4] if u in amounts)
        clock = "".join(f"{amounts[u]:g}{DURATION_LETTERS[u]}" for u in DURATION_ORDER[4:] if u in amounts)
        cand.value = "P" + day + (f"T{clock}" if clock else "")
        cand.end = tail.end()
        cand.text = text[cand.start : cand.end]
    kept: list[Candidate] = []
    for cand in found:  # the smaller unit read on its own is now part of the one before it
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    return kept


# A count of years back that sets a story in its time, as a year named would: "Sixty years ago this month".
# Words that bring a story told in the past back up to now: "and the two have competed ever since", "it has stood
# empty to this day", "In recent years pubs have struggled", "These days it is a museum". A season or a week after
# them ("her oven broke down in the summer") is publication's again, not the old date's ("had recently" stays there).
UP_TO_NOW = re.compile(
    r"\b(?:ever since|since then|to this day|to date|until now|up to now|in recent (?:years|months|weeks|decades|times)"
    r"|these days|nowadays|(?:has|have)\s+(?:\w+\s+)?recently)\b",
    re.I,
)


# Words that put a clause at the time of publication: "Now the team is top", "Today the mill is a museum".
NOW_WORDS = re.compile(r"\b(?:now|today|nowadays|these days|this (?:year|season))\b", re.I)


def _told_now(text: str, start: int, end: int, ctx: DocContext) -> bool:
    """Whether a sentence after the one holding `start`, up to `end`, is told at the time of publication: a word of
    now ("now", "today", "this year") in a main clause in the present tense (or the future), outside quotation marks. A
    story that went back to a year gone by ("relegated in 2018. That summer the manager left") has come back to the
    present there, so a bare date after it ("The summer brought three new strikers") is not that year's."""
    first = ctx.sentence_start(start) if start > 0 else 0
    for m in NOW_WORDS.finditer(text, start, end):
        if start > 0 and ctx.sentence_start(m.start()) == first:
            continue  # "in 2018, and now the club": the sentence of the year itself
        if ctx.quoted(m.start()) or ctx.tense(m.start(), m.end()) not in ("present", "future"):
            continue
        span = ctx._span(m.start(), m.end())
        verb = governing_verb(span.root) if span is not None and len(span) else None
        while verb is not None and verb.dep_ == "conj":
            verb = verb.head
        if verb is not None and verb.dep_ == "ROOT":
            return True  # the main clause's ("Fans, who now call it the dark year, saw …" is still then)
    return False


def back_to_now(text: str, start: int, end: int) -> bool:
    """Whether words between `start` and `end` of `text` bring the story back up to now (see UP_TO_NOW)."""
    return UP_TO_NOW.search(text, start, end) is not None


LONG_AGO = re.compile(r"\b(?:years|decades|centuries|a century|a decade)\s+ago\b", re.I)


def _day_in_its_sentence(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the last date named is a day (or a time of one) or a week earlier in the paragraph of `cand`."""
    return 0 <= ctx.last_start < cand.start and re.match(r"\d{4}-(?:\d\d-\d\d|W\d\d)", ctx.last_value or "") is not None


def _names_a_thing(cand: Candidate, ctx: DocContext) -> bool:
    """Whether `cand` is a year that only names a thing it modifies ("The show's 2019 special was watched by 11.6
    million", "the 2018 election"): told in passing, it does not move the story to that year."""
    return cand.rule == "year" and _modifies_a_noun(cand, ctx, ("NOUN",))


def _modifies_a_noun(cand: Candidate, ctx: DocContext, kinds: tuple[str, ...] = ("NOUN", "PROPN")) -> bool:
    """Whether `cand` is one word put before a noun (of `kinds`) to say which ("the 2018 election", "the October
    Budget", "the autumn Budget")."""
    span = ctx._span(cand.start, cand.end)
    if span is None or not len(span):
        return False
    word = span[-1]
    if len(span) != 1 and not (len(span) == 2 and span[0].lower_ == "the"):
        return False
    noun = word.head
    return (
        word.dep_ in ("compound", "nummod", "amod", "nmod")
        and noun.pos_ in kinds
        and word.i < noun.i <= word.i + 3
        and not any(t.is_punct for t in word.doc[word.i + 1 : noun.i])  # "2020 - Work stops": an entry's year
    )


def _in_a_things_clause(cand: Candidate, ctx: DocContext) -> bool:
    """Whether `cand` dates a participle set off by commas that describes a noun ("the post, published on X in April
    2024, was true"): told in passing about a thing, it does not move the story to that time (a participle that
    says which thing does: "In a letter sent in 2018, he wrote: …")."""
    span = ctx._span(cand.start, cand.end)
    if span is None or not len(span):
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    edge = verb.left_edge.i
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and edge > 0 and verb.doc[edge - 1].text == ","


def _in_a_relative_clause_on_an_object(cand: Candidate, ctx: DocContext) -> bool:
    """Whether `cand` dates a relative clause describing a thing named after a verb of its sentence ("the
    judge said he had been the directing mind of an operation that used 11 houses between January 2021 and August
    2023"): told in passing about the thing, it does not move the story to that time. A clause on a noun before any
    verb of its sentence ("The mill that closed in 1998 reopened", "In a letter that he sent in 2018, he wrote") may
    set the scene, and is not matched."""
    span = ctx._span(cand.start, cand.end)
    if span is None or not len(span):
        return False
    verb = span.root
    for _ in range(MAX_HEAD_STEPS):  # up to the clause the date is in, and any clause that clause is part of
        if verb.dep_ == "relcl" and verb.left_edge.lower_ not in ("who", "whom", "whose", "when", "where"):
            thing = verb.head  # "a firm that took deposits for work it never did between March 2019 and June 2022"
            if (
                thing.pos_ in ("NOUN", "PROPN")
                and thing.ent_type_ not in ("PERSON", "DATE", "TIME")
                and any(t.pos_ in ("VERB", "AUX") for t in thing.doc[thing.sent.start : thing.i])
            ):
                return True
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return False


RELATIVE_ASIDE_WORDS = frozenset({"who", "which", "whose"})


def _relative_aside_verb(span: Span | None) -> Token | None:
    """The verb of the relative clause set off by a comma that `span` is told in ("Priya Raman, who joined in 2022
    from a rival, said: …"), or None."""
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(MAX_HEAD_STEPS):
        if verb.dep_ == "relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    edge = verb.left_edge
    return verb if edge.lower_ in RELATIVE_ASIDE_WORDS and edge.i > 0 and verb.doc[edge.i - 1].text == "," else None


def _in_a_relative_aside(cand: Candidate, ctx: DocContext) -> bool:
    """Whether `cand` is told in a relative clause set off by a comma ("Priya Raman, who joined in 2022 from a rival,
    said: …"), which says who or what a noun is, not when the sentence's saying was."""
    return _relative_aside_verb(ctx._span(cand.start, cand.end)) is not None


def _sets_scene(cand: Candidate, ctx: DocContext) -> bool:
    """Whether `cand` opens its sentence outside any quotation ("Sixty years ago this month, the river burst its
    banks"), setting the scene of what follows, not naming a time in passing ("He left four years ago")."""
    opening = ctx.sentence_start(cand.start)
    return not ctx.quoted(cand.start) and not ctx.doc.text[opening : cand.start].strip(" \"'“‘")


# A stretch up to publication named before "the same period": "over the past 12 months", "in the last year".
STRETCH_TO_NOW = re.compile(r"(?:(?:over|in|during|for) )?the (?:past|last) ", re.I)


def _take_the_same_period_from_its_stretch(found: list[Candidate], ctx: DocContext) -> None:
    """ "The same period" after a stretch up to publication in its sentence ("Shares have gained 22% over the past 12
    months, lagging the index, which rose 27% in the same period") is that stretch, not the last quarter."""
    if not ctx.dct:
        return
    for before, cand in zip(found, found[1:]):
        if cand.text.lower() != "the same period" or before.type != "DURATION":
            continue
        if not STRETCH_TO_NOW.match(before.text) or ctx.sentence_start(before.start) != ctx.sentence_start(cand.start):
            continue
        parts = duration_parts(before.value)
        if not parts:
            continue
        start = ctx.dct
        for n, unit in parts:
            start = shift(start, -n, unit)
        cand.type, cand.value, cand.anchor = "DURATION", before.value, "relative"
        cand.extras = {"span": (start.date().isoformat(), ctx.dct.date().isoformat())}


# "The previous year" after a reporting period: "6,100 in the 12 months to mid-2025, compared with 4,800 the
# previous year" is those 12 months a year back, as "a year earlier" is.
PREVIOUS_YEAR = re.compile(r"the (?:previous|preceding|prior) year", re.I)


def _compare_a_period_with_its_year_before(found: list[Candidate], ctx: DocContext) -> None:
    """'a year earlier' or 'the previous year' after a reporting period of the same sentence ("profit for the six
    months to Sept. 30 rose from 75.1 million a year earlier") is that period a year before (extras "span"), not a
    calendar year."""
    period = None
    span = None
    text = ctx.doc.text if ctx.doc is not None else ""
    for at, cand in enumerate(found):
        if (cand.type == "DURATION" or cand.rule == "quarter") and "span" in cand.extras:
            period, span = cand, cand.extras["span"]  # "the three months to June", "the quarter ended Oct. 31"
        elif (run := _month_run(found, at, text)) is not None:
            period, span = cand, run  # "the quarter, which ran from August to October"
        elif (
            (cand.rule == "year_earlier" or PREVIOUS_YEAR.fullmatch(cand.text))
            and period is not None
            and (
                ctx.sentence_start(period.start) == ctx.sentence_start(cand.start)
                # "… for the three months from August to October. Revenue rose 14% from a year earlier": a figure
                # set against the year before, in a later sentence that names no other time, is the period's too
                or (
                    (
                        COMPARED_WITH_BEFORE.search(text, max(0, cand.start - 40), cand.start)
                        or FIGURE_SET_AGAINST.search(text, max(0, cand.start - 40), cand.start)
                    )
                    and not any(
                        period.end <= other.start < cand.start
                        and other.type == "DATE"
                        and ctx.sentence_start(other.start) != ctx.sentence_start(period.start)
                        for other in found
                    )
                )
            )
        ):
            first, last = (date.fromisoformat(d[:10]) - relativedelta(years=1) for d in span)
            cand.extras["span"] = (first.isoformat(), last.isoformat())
            told = value_span(cand.value)
            if re.fullmatch(r"\d{4}", cand.value) and not told[0] <= first.isoformat() <= last.isoformat() <= told[1]:
                cand.value = f"{first.year:04d}"  # a year read from publication ("2022"): the moved period's year
            at = found.index(cand)
            same = found[at - 1] if at else None
            text = ctx.doc.text if ctx.doc is not None else ""
            if same is not None and SAME_PERIOD.fullmatch(same.text) and not text[same.end : cand.start].strip():
                # "up by a fifth on the same period a year earlier": the two words name one time, that period
                same.extras["span"] = cand.extras["span"]


# The words between the two months of a run: "from August to October", "between May and July".
MONTH_RUN_BETWEEN = re.compile(r"\s*(?:to|through|until|and|-|–)\s*", re.I)
MONTH_RUN_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)


def _month_run(found: list[Candidate], at: int, text: str) -> tuple[str, str] | None:
    """The first and last day of the run of months that `found[at]` ends ("from August to October 2022"), when it
    is the second of two calendar months so joined; else None."""
    if at == 0 or not text:
        return None
    first, last = found[at - 1], found[at]
    if not (re.fullmatch(r"\d{4}-\d\d", first.value) and re.fullmatch(r"\d{4}-\d\d", last.value)):
        return None
    if not MONTH_RUN_BETWEEN.fullmatch(text[first.end : last.start]):
        return None
    if not MONTH_RUN_BEFORE.search(text, max(0, first.start - 10), first.start) or first.value > last.value:
        return None
    start, end = value_span(first.value)[0], value_span(last.value)[1]
    return (start, end) if start and end else None


# Rules of a day named from the speaker's own: "today", "tomorrow", "this morning".
SPEAKERS_DAY_RULES = {"relative_day", "this_part_of_day"}
# A weekday, and a week, weekend, month or year named from the speaker's own ("this week", "next weekend", "last
# month"): read again from the day of the saying, for which one is meant turns on the day they are counted from.
SPEAKERS_TIME_RULES = {"weekday", "relative_unit"}
SPEAKERS_UNIT = re.compile(
    r"(?:(?:early|earlier|late|later|mid|the end of|the beginning of|the start of|the rest of)[- ](?:in )?)?"
    r"(?:(?:this|next|last|this past|this coming|coming|the coming)[- ](?:week|weekend|month|year)"
    r"|the (?:week|weekend))",  # "my best tennis of the week", said on Sunday: that week
    re.I,
)
# A value that names a calendar day (and may go on to its time: "2024-05-14T16:55").
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _count_quoted_days_from_their_saying(
    found: list[Candidate], ctx: DocContext, matches: dict[int, tuple[re.Match, Callable]] | None = None
) -> None:
    """A day a quotation names from its speaker's day ("today", "tomorrow", "this morning") counts from the day its
    sentence says it was said, when that is an earlier day than publication ('"We will vote tomorrow," the speaker
    said on Monday': Tuesday), not from publication. The saying's day is a calendar day named outside the quotation
    in the sentences the quotation begins and ends in, or a clock time put on one ("Speaking just before midnight,
    he said, \"We'll know more tomorrow\"" in a paper out at 3 a.m.: the day of publication); a quotation in the
    next sentence with no saying of its own goes on with the one before ('"We waited long," she said on Monday.
    "Tomorrow we fly."': Tuesday). A weekday and this, next or last week, weekend, month or year in the quotation
    ('"We play again on Saturday and I want the title this weekend," he said on Thursday', in a Monday paper: the
    Saturday and weekend after that Thursday) are read again by their rule (`matches`: each candidate's match and
    rule) from the day of the saying."""
    if not ctx.quotes or ctx.doc is None or not ctx.dct:
        return
    before: tuple[int, date | None] | None = None  # where the quotation before ended its sentence, and its day
    for start, end in ctx.quotes:
        inside = [c for c in found if start <= c.start and c.end <= end and c.rule in SPEAKERS_DAY_RULES]
        first, last = ctx._span(start, start + 1), ctx._span(max(start, end - 1), end)
        if first is None or last is None or not len(first) or not len(last):
            before = None
            continue
        lo, hi = first[0].sent.start_char, last[-1].sent.end_char
        frames = [
            c
            for c in found
            if lo <= c.start
            and c.end <= hi
            and not any(s <= c.start < e for s, e in ctx.quotes)
            and c.rule in DAY_RULES | TIME_RULES | {"time_and_day"}
            and DAY_VALUE.match(c.value)
        ]
        said = date.fromisoformat(frames[0].value[:10]) if len({c.value[:10] for c in frames}) == 1 else None
        if not frames and before is not None and not ctx.doc.text[before[0] : lo].strip():
            said = before[1]  # a quotation going on in the next sentence with no saying of its own: its speaker's
        elif not frames:
            said = _day_of_a_saying_told_before(found, first[0].sent, ctx, (start, end), hi)
        before = (hi, said)
        if said is None or said >= ctx.dct.date():
            continue
        for c in inside:
            if DAY_VALUE.match(c.value):
                c.value = (date.fromisoformat(c.value[:10]) + (said - ctx.dct.date())).isoformat() + c.value[10:]
        for c in found:
            if start <= c.start and c.end <= end and id(c) in (matches or {}) and c.rule in SPEAKERS_TIME_RULES:
                if c.rule == "relative_unit" and not SPEAKERS_UNIT.fullmatch(c.text):
                    continue  # "the week before", "that month": counted from the story's days, not the speaker's
                _read_again_from(c, *matches[id(c)], said, ctx)


# Verbs of speaking, and of a hearing where a judge's words are spoken ("He was sentenced on Thursday. The judge told
# him: …"), whose day is the day of a quotation in the next sentence; and nouns of an occasion of speaking ("at a
# press conference on Friday").
SAYING_LEMMAS = frozenset("say speak tell address ask answer add sentence jail hear".split())
SAYING_OCCASIONS = frozenset(
    "conference briefing interview statement speech remarks hearing sentencing appearance".split()
)


# Verbs that report what someone said would happen, whose clause names days from the day of the saying.
REPORTING_LEMMAS = SAYING_LEMMAS | frozenset("announce confirm warn promise pledge state reveal indicate".split())
# Values of a saying's own date: a day, a week, and a longer period (a month, a season, a year).
WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)")
# The modals of a time to come seen from the past: "said it would meet on Tuesday". A clause told in the plain past
# ("warned on Wednesday that more snow was due on Friday") is the saying's present put back, read from publication.
FUTURE_IN_THE_PAST = frozenset({"would", "'d", "could", "might", "should"})
QUOTE_MARKS = ('"', "“", "”", "''", "``")
PERIOD_OF_SAYING = re.compile(r"\d{4}(?:-\d\d|-(?:SP|SU|FA|AU|WI)|-Q\d|-H\d)?")


def _reporting_verb(span, modal_clause: bool = True) -> Token | None:
    """The past verb of saying whose reported clause of "would" (could, might, should) holds `span` ("The council
    said last week that the deck would be lifted on Monday": "said"); None when the span is not in such a clause.
    With `modal_clause` False, the reported clause is one of the past instead ("The crew had not found the boat
    during the night, the coastguard said on Tuesday")."""
    tok, clause, modal = span.root, None, False
    for _ in range(MAX_HEAD_STEPS + 2):
        if tok.head.i == tok.i:
            return None
        modal = modal or any(c.dep_ == "aux" and c.lower_ in FUTURE_IN_THE_PAST for c in tok.children)
        if tok.dep_ in ("ccomp", "xcomp") and tok.pos_ in ("VERB", "AUX"):
            clause = tok
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and clause is not None and clause.head.i == tok.i:
            reporting = tok.lemma_.lower() in REPORTING_LEMMAS and tok.tag_ in ("VBD", "VBN")
            told = modal if modal_clause else not modal and clause.tag_ in ("VBD", "VBN")
            return tok if reporting and told else None
    return None


def _count_reported_days_from_their_saying(
    found: list[Candidate], ctx: DocContext, matches: dict[int, tuple[re.Match, Callable]] | None = None
) -> None:
    """A weekday (or "tomorrow", "next week") in a clause reported by a past saying that has a date of its own before
    publication's week counts from the saying, not from publication: "The council said on Monday the vote would be on
    Thursday" is the Thursday after that Monday; "said last week that the deck would be lifted on Monday and
    Tuesday" is the Monday and Tuesday after last week (a week back from the ones publication's would give). When the
    saying is dated only by a month, a season or a year ("said in April it would meet on Tuesday"), which Tuesday is
    not told: the day is left undated (TimeML's weekday of no known week)."""
    if ctx.doc is None or not ctx.dct or not matches:
        return
    now = ctx.dct.date()
    for cand in found:
        if cand.rule not in SPEAKERS_TIME_RULES | SPEAKERS_DAY_RULES or ctx.quoted(cand.start):
            continue
        if cand.rule == "relative_unit" and not SPEAKERS_UNIT.fullmatch(cand.text):
            continue
        if id(cand) not in matches or not DAY_VALUE.match(cand.value) and cand.rule != "relative_unit":
            continue
        span = ctx._span(cand.start, cand.end)
        if span is None or not len(span):
            continue
        # a night in a clause of the past a dated saying reports ("had not found the boat during the night, the
        # coastguard said on Tuesday") is the night that saying came after, as a weekday of a plan is counted on
        # from it
        night = cand.rule == "relative_day" and cand.value.endswith("TNI")
        if (verb := _reporting_verb(span) or (_reporting_verb(span, modal_clause=False) if night else None)) is None:
            continue
        sent = verb.sent
        between = ctx.doc.text[min(verb.idx, cand.start) : max(verb.idx, cand.start)]
        if span.root.sent.start != sent.start or any(q in between for q in QUOTE_MARKS):
            continue  # a quotation's own words, counted from its saying by the rule for quotations
        own = [
            c
            for c in found
            if c is not cand
            and sent.start_char <= c.start < sent.end_char
            and (other := ctx._span(c.start, c.end)) is not None
            and len(other)
            and governing_verb(other.root) is not None
            and governing_verb(other.root).i == verb.i
            and other.root.i < verb.i + 4  # the saying's own words of when stand by it, not in the clause it reports
        ]
        if len(own) != 1:
            continue
        said = own[0].value
        if DAY_VALUE.match(said) and said[:10] < now.isoformat():
            day = date.fromisoformat(said[:10])
        elif (week := WEEK_VALUE.fullmatch(said)) is not None:
            day = date.fromisocalendar(int(week[1]), int(week[2]), 7)  # counted on from the week's last day
            if day >= now:
                continue
        elif PERIOD_OF_SAYING.fullmatch(said) and said < now.isoformat()[: len(said)] and cand.rule == "weekday":
            if DAY_VALUE.fullmatch(cand.value):
                cand.value = f"XXXX-WXX-{date.fromisoformat(cand.value).isoweekday()}"
                cand.extras["undated"] = "a day reported from an earlier saying"
            continue
        else:
            continue
        _read_again_from(cand, *matches[id(cand)], day, ctx)


def _dates_a_saying(cand: Candidate, ctx: DocContext, lemmas: frozenset[str] = SAYING_LEMMAS) -> bool:
    """Whether the day `cand` hangs on a verb of speaking (of a hearing) or on a noun of an occasion of speaking, its
    first verb up the parse: "spoke to reporters after Sunday's final", "At a press conference on Friday, the
    minister was asked", not "The factory closed on 2 March, the company said". `lemmas`: the verbs that count."""
    span = ctx._span(cand.start, cand.end)
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(len(tok.sent) + 1):  # spaCy makes a new Token object on each access: the root is known by its index
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in SAYING_OCCASIONS:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower() in lemmas
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# Verbs of figures given out: "Figures published on Tuesday showed", "data released on Friday", "the ONS said".
RELEASE_LEMMAS = REPORTING_LEMMAS | frozenset("show publish release report issue".split())


def _release_day(found: list[Candidate], cand: Candidate, ctx: DocContext, text: str) -> tuple[str, str] | None:
    """The month (or the last day of a week of figures) the story named last and the day its sentence gave figures
    out on ("Figures published on Tuesday showed unemployment rose to 4.4% in April", "claims rose in the week to
    August 30, figures released on Thursday showed"), for Context.release_day; None when the story's last date is
    no such period or its sentence names no such day."""
    last = next((c for c in found if c.start == ctx.last_start), None)
    if not re.fullmatch(r"\d{4}-\d\d", ctx.last_value or "") and (
        last is None or _stretch_ending_on(last, text) is None
    ):
        return None
    here = ctx.sentence_start(cand.start)
    days = [
        c
        for c in found
        if c.start >= here
        and c is not last
        and DAY_VALUE.fullmatch(c.value or "")
        and _dates_a_saying(c, ctx, RELEASE_LEMMAS)
    ]
    return (ctx.last_value, days[-1].value) if days else None


def _counted_in_days_from(cand: Candidate, ctx: DocContext) -> str | None:
    """The date a length of days or weeks before "later" or "earlier" counts from: the story's last date, or the
    day the figures of its month came out ("Data released on Tuesday showed sales fell in May. A day later")."""
    parts = duration_parts(cand.value)
    if parts and all(unit in ("day", "week") for _, unit in parts):
        return release_day_of(ctx) or ctx.last_value
    return ctx.last_value


# A saying put after or at an occasion the sentence before dated: '"Today was amazing," the organiser said after the
# race' after "A charity run raised £40,000 on Sunday".
SAID_AT_AN_OCCASION = re.compile(
    r"\b(?:said|says|speaking|spoke|told\s+\w+|added)\s+(?:after|at|following|during)\s+(?:the|his|her|their|its)\s",
    re.I,
)
# How near (characters) those words stand to the day for the day to be the saying's.
SAYING_NEAR_CHARS = 40


def _day_of_a_saying_told_before(
    found: list[Candidate], sent, ctx: DocContext, quote: tuple[int, int], own_end: int
) -> date | None:
    """The day a quotation whose own sentences name none was said on, told by the sentence right before it in the
    text, outside any quotation, beside words of speaking ("Alcaraz spoke to reporters after Sunday's final. \"Today
    I played my best tennis,\" he said."), or anywhere in it when the quotation's saying is put at an occasion ("…
    raised £40,000 on Sunday. \"Today was amazing,\" the organiser said after the race."); None when that sentence
    names no one such day. `quote`: the quotation's span; `own_end`: where its last sentence ends."""
    if sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    lo, hi = prev.start_char, prev.end_char
    if any(s < hi and e > lo for s, e in ctx.quotes):
        return None
    days = [
        c
        for c in found
        if lo <= c.start
        and c.end <= hi
        and c.rule in DAY_RULES | TIME_RULES | {"time_and_day"}
        and c.rule not in SPEAKERS_DAY_RULES
        and DAY_VALUE.match(c.value)
    ]
    if len({c.value[:10] for c in days}) != 1:
        return None
    text = ctx.doc.text
    own = text[sent.start_char : quote[0]] + " " + text[quote[1] : own_end]  # the quotation's own sentences, outside it
    if SAID_AT_AN_OCCASION.search(own):
        return date.fromisoformat(days[0].value[:10])
    return date.fromisoformat(days[0].value[:10]) if any(_dates_a_saying(c, ctx) for c in days) else None


def _read_again_from(cand: Candidate, m: re.Match, fn: Callable, day: date, ctx: DocContext) -> None:
    """Resolve `cand` (found by rule `fn` as match `m`) again as if published on `day`, no date told before it."""
    saved = dict(vars(ctx))
    ctx.dct = datetime.combine(day, datetime.min.time())
    ctx.last_value, ctx.last_start, ctx.story_moved, ctx.story_latest = day.isoformat(), -1, False, None
    try:
        result = fn(m, ctx)
    finally:
        vars(ctx).update(saved)
    if result is not None and result[0] == cand.type:
        cand.value = result[1]


# A date set beside a counted duration says which date it stands for: "A decade later, in 1984, the school
# reopened", "Two days later, on June 16,".
APPOSITION = re.compile(r"\s*,?\s*(?:in|on)\s+$", re.I)


def _date_counted_durations_by_their_apposition(found: list[Candidate], text: str) -> None:
    """Give a duration counted from the last date ("a decade later") the date written beside it, when there is one:
    the text's own date wins over the count, which may have started from another date than the writer's."""
    for cand, after in zip(found, found[1:]):
        if after.type not in ("DATE", "TIME") or not value_span(after.value)[0]:
            continue
        if (
            cand.type == "DATE"
            and re.search(r"\b(?:earlier|later|ago)$", cand.text, re.I)
            and APPOSITION.fullmatch(text, cand.end, after.start)
        ):
            cand.value = after.value  # "two years earlier, in 2010": the year written, not one counted from now
            continue
        if "date_value" not in cand.extras:
            continue
        later = LATER.match(text, cand.end)
        if later and APPOSITION.fullmatch(text, later.end(), after.start):
            cand.extras["date_value"] = after.value
            cand.extras.pop("span", None)


# Between two clock times of one range: "from 3am until 11am on Friday", "between 6pm and 9pm on Sunday".
CLOCK_RANGE_GLUE = re.compile(r"\s*(?:until|till|to|and|-|–)\s*", re.I)


# After a range of clock times: a stretch or a frequency that makes it a daily window ("a curfew from 7pm to 7am for
# six months", "open from 9am to 5pm every day").
DAILY_AFTER = re.compile(r"\s*,?\s*(?:for\b|every\b|each\b|daily\b|a day\b|nightly\b|on weekdays\b)", re.I)


def _leave_daily_windows_undated(found: list[Candidate], text: str) -> None:
    """A range of two clock times naming no day, followed by a stretch of time or a frequency ("a curfew from 7pm
    to 7am for six months"), is a window of every day: neither time is on a calendar day."""
    for first, second in zip(found, found[1:]):
        if first.rule not in TIME_RULES or second.rule not in TIME_RULES:
            continue
        if CLOCK_RANGE_GLUE.fullmatch(text, first.end, second.start) and DAILY_AFTER.match(text, second.end):
            for cand in (first, second):
                cand.value = "XXXX-XX-XXT" + cand.value.split("T", 1)[1]
                cand.extras["undated"] = "every day"


# A frequency right before or after a single clock time: "every evening at 6pm", "at 7am daily", "at noon each day".
EVERY_DAY_BEFORE = re.compile(
    r"\b(?:(?:every|each)\s+(?:day|morning|afternoon|evening|night|weekday)|daily|nightly"
    # a weekday in the plural: "late openings on Thursdays between 6pm and 9pm"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days(?:\s+and\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days)?)"
    r"\s*,?\s*(?:(?:at|from|between)\s+)?$",
    re.I,
)
EVERY_DAY_AFTER = re.compile(
    r"\s*,?\s*(?:(?:every|each)\s+(?:day|morning|afternoon|evening|night|weekday)\b|daily\b|nightly\b"
    # a kind of day, in the plural: "opens at 9am on match days", "on weekdays", "on bank holidays"
    r"|on\s+(?:(?:[a-z-]+\s+)?days|weekdays|weekends|bank holidays|school days)\b"
    # days of the story, more than one, named by a count or as the rest: "on the other two strike days", "on both
    # match days", "on the remaining days"
    r"|on\s+(?:the\s+|those\s+|these\s+|all\s+|both\s+)(?:[a-z-]+\s+){0,3}days\b)",
    re.I,
)


def _leave_clock_times_of_every_day_undated(found: list[Candidate], text: str) -> None:
    """A clock time with a frequency of days right before or after it ("services every evening at 6pm from Saturday
    until the following Sunday", "the gates open at 7am daily") is every day's time: on no one calendar day."""
    for cand in found:
        if cand.rule not in TIME_RULES or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d\d:\d\d", cand.value):
            continue
        if (
            EVERY_DAY_BEFORE.search(text, max(0, cand.start - 40), cand.start)
            or EVERY_DAY_AFTER.match(text, cand.end)
            or _on_each_occasion(cand, found, text)
        ):
            cand.value = "XXXX-XX-XXT" + cand.value.split("T", 1)[1]
            cand.extras["undated"] = "every day"
    for first, second in zip(found, found[1:]):  # "every day from 10am to 5pm": the range's end is every day's too
        if (
            first.extras.get("undated") == "every day"
            and second.rule in TIME_RULES
            and CLOCK_RANGE_GLUE.fullmatch(text, first.end, second.start)
            and re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d\d:\d\d", second.value)
        ):
            second.value = "XXXX-XX-XXT" + second.value.split("T", 1)[1]
            second.extras["undated"] = "every day"
    for first, second in zip(found, found[1:]):  # "between 07:00 and 19:00 on the other two strike days": the
        if (  # range's start is of those days too
            second.extras.get("undated") == "every day"
            and first.rule in TIME_RULES
            and CLOCK_RANGE_GLUE.fullmatch(text, first.end, second.start)
            and EVERY_DAY_AFTER.match(text, second.end)
            and re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T\d\d:\d\d", first.value)
        ):
            first.value = "XXXX-XX-XXT" + first.value.split("T", 1)[1]
            first.extras["undated"] = "every day"


# "each" or "every" before a noun of an occasion that recurs, earlier in a clock time's sentence: "Services on the
# evening before each walkout will finish early, with the last departures between 6pm and 9pm" ("each of them",
# "each other" name people, not occasions).
EACH_OCCASION = re.compile(r"\b(?:each|every)\s+(?!of\b|other\b|one\b|time\b)[a-z][a-z-]+\b", re.I)
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])")


def _on_each_occasion(cand: Candidate, found: list[Candidate], text: str) -> bool:
    """Whether the clock time `cand` is in a sentence that speaks of each or every one of some occasion before it
    and names no calendar day: the time of each one, on no one day."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, cand.start)), default=0)
    end_match = SENTENCE_END.search(text, cand.end)
    end = end_match.start() if end_match else len(text)
    if not EACH_OCCASION.search(text, start, cand.start):
        return False
    return not any(
        other is not cand and start <= other.start < end and other.rule not in TIME_RULES and other.type in ("DATE",)
        for other in found
    )


# Words before a period that make a clock time in its clause every day's: "the lights go off around 7pm from
# mid-February", "starting in March, the gates shut at 6pm".
FROM_PERIOD_BEFORE = re.compile(r"\b(?:from|starting|beginning|as of)\s+(?:in\s+|on\s+)?$", re.I)


# A stretch at one end of a year: "the first four months of this year", "the last nine months of 2024".
FIRST_OR_LAST_MONTHS = re.compile(r"the (?P<end>first|last|final) (?:\S+ )?(?:months|quarters|weeks)$", re.I)


def _span_the_first_months_of_a_year(found: list[Candidate], text: str) -> None:
    """A stretch of months (quarters, weeks) at the start or end of a year named right after it ("the first four
    months of this year", "the last nine months of 2024") is dated as those months of that year."""
    for stretch, year in zip(found, found[1:]):
        if stretch.type != "DURATION" or not re.fullmatch(r"\d{4}", year.value) or year.extras.get("undated"):
            continue
        if not FIRST_OR_LAST_MONTHS.fullmatch(stretch.text) or text[stretch.end : year.start] != " of ":
            continue
        parts = duration_parts(stretch.value)
        if len(parts) != 1 or parts[0][1] not in ("month", "quarter", "week") or parts[0][0] != int(parts[0][0]):
            continue
        n, unit = int(parts[0][0]), parts[0][1]
        length = relativedelta(months=n * (3 if unit == "quarter" else 1)) if unit != "week" else relativedelta(weeks=n)
        y = int(year.value)
        if stretch.text.lower().startswith("the first"):
            first = date(y, 1, 1)
            last = first + length - timedelta(days=1)
        else:
            last = date(y, 12, 31)
            first = last + timedelta(days=1) - length
        if first.year == last.year == y:
            stretch.extras["span"] = (first.isoformat(), last.isoformat())


# A weekday counted within an event the text does not date, right before it: "on the first Wednesday" of a
# tournament, "the final Sunday", "the opening Saturday". "of" or "in" after it names the month or event it is in
# ("the first Monday of March"), which other rules read.
COUNTED_WEEKDAY_BEFORE = re.compile(r"\bthe (?:first|second|third|fourth|last|final|opening|closing|middle) $", re.I)
COUNTED_WEEKDAY_AFTER = re.compile(r"\s+(?:of|in)\b", re.I)
# A clock time right before such a day: "until almost 11pm on the first Wednesday".
CLOCK_ON_THE = re.compile(r"\s+on\s+$", re.I)


def _leave_counted_weekdays_undated(found: list[Candidate], text: str) -> None:
    """A weekday counted from the start or end of an event ("a second-round match that lasted until almost 11pm on
    the first Wednesday", in a report of a fortnight's tournament) is a day of that event, not the nearest Wednesday
    to publication: its date is not given, so it is left undated, and so is a clock time said to be on it."""
    for k, cand in enumerate(found):
        if cand.rule != "weekday" or not DAY_VALUE.fullmatch(cand.value):
            continue
        if not COUNTED_WEEKDAY_BEFORE.search(text, max(0, cand.start - 30), cand.start):
            continue
        if COUNTED_WEEKDAY_AFTER.match(text, cand.end):
            continue
        cand.value = f"XXXX-WXX-{date.fromisoformat(cand.value).isoweekday()}"  # TimeML's weekday of no known week
        cand.extras["undated"] = "a counted day of an event"
        before = found[k - 1] if k else None
        on = COUNTED_WEEKDAY_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        if (
            before is not None
            and before.rule in TIME_RULES
            and "T" in before.value
            and CLOCK_ON_THE.fullmatch(text, before.end, on.start())
        ):
            before.value = "XXXX-XX-XXT" + before.value.split("T", 1)[1]
            before.extras["undated"] = "a counted day of an event"


# "by" before a clock time: the time by which something was done, the story's own ("By 9am police had closed it").
BY_CLOCK_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+)?$", re.I)


# What may open a sentence before a period set off by a comma that frames all of it: "Last year, …", "In 2019, …".
FRONTED_PERIOD_BEFORE = re.compile(r"\s*[\"“‘']?\s*(?:(?:early |late |later |earlier )?in\s+|during\s+)?", re.I)


def _leave_clock_times_of_another_period_undated(found: list[Candidate], ctx: DocContext) -> None:
    """A clock time naming no day, put on publication's, whose clause is dated by a period that publication's day
    is not in ("was last seen around 7pm in mid-February", "the lights went off around 7pm from mid-February") is
    on some day of that period, or on each of its days: on no calendar day the text gives. So is one in the past
    perfect ("had stopped at the lights at about 7.50am"), told of as before the story's time."""
    if ctx.dct is None or ctx.doc is None:
        return
    today = ctx.dct.date().isoformat()
    for cand in found:
        if cand.rule not in TIME_RULES or not cand.value.startswith(today + "T") or cand.extras.get("range_end"):
            continue  # (a range's end dated by its start, "between 10pm on Thursday and 4am", has its day)
        clock = ctx._span(cand.start, cand.end)
        verb = governing_verb(clock.root) if clock is not None and len(clock) else None
        if verb is None:
            continue
        if (
            verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
            and not BY_CLOCK_BEFORE.search(ctx.doc.text, max(0, cand.start - 12), cand.start)
        ):  # "the court heard the driver had stopped at the lights at about 7.50am": a time before the one the
            # story tells of, whose day it does not give (not "By 9am police had closed the road": the story's time)
            cand.value = "XXXX-XX-XXT" + cand.value.split("T", 1)[1]
            cand.extras["undated"] = "before the story's time"
            continue
        for period in found:
            if period is cand or period.type != "DATE" or period.extras.get("undated"):
                continue
            first, last = value_span(period.value)
            if not first or first[:10] == last[:10] or first[:10] <= today <= last[:10]:
                continue  # a day would have been joined to the time; a period holding publication's day leaves it
            span = ctx._span(period.start, period.end)
            if span is None or not len(span):
                continue
            held = governing_verb(span.root)
            # "Last year, 12 million filed on time, with 32,000 sending returns before midnight": a period put
            # before its verb dates the clauses hung below that verb too
            below = held is not None and held.i != verb.i and period.end <= held.idx and held in verb.ancestors
            opening = ctx.sentence_start(period.start)
            fronted = (
                opening == ctx.sentence_start(cand.start)
                and FRONTED_PERIOD_BEFORE.fullmatch(ctx.doc.text, opening, period.start) is not None
                and ctx.doc.text.startswith(",", period.end)
            )
            if getattr(held, "i", -1) != verb.i and not below and not fronted:
                continue
            if SINCE_JUST_BEFORE.search(ctx.doc.text, max(0, period.start - 50), period.start):
                continue  # "broke out at 7pm in a building empty since February": what runs from it, not a day
            every = FROM_PERIOD_BEFORE.search(ctx.doc.text, max(0, period.start - 15), period.start)
            cand.value = "XXXX-XX-XXT" + cand.value.split("T", 1)[1]
            cand.extras["undated"] = "every day" if every else "a day of " + period.text
            break


# Words that tell of a time of someone's life gone by, whose months, seasons and holidays were every year's: "When I
# was a boy, the ice was thick by November", "As a child I used to watch him", "When I started, we worked through
# the summer". "used to" after a form of "be" or "get" is no habit ("the money was used to buy it").
REMEMBERED_TIME = re.compile(
    r"\b(?:when|while) (?:I|we|he|she|they) (?:was|were) (?:an? |still )?(?:little |small |young )?"
    r"(?:boys?|girls?|child|children|kids?|young|teenagers?|students?|growing up)\b"
    r"|\bas (?:an? )?(?:little |small |young )?(?:child|boy|girl|kids?|children|teenagers?|youngsters?)\b"
    r"|\b(?:in|during) (?:my|his|her|our|their) (?:youth|childhood|boyhood|girlhood|school days)\b"
    r"|\bgrowing up\b|\bin those days\b|\bback then\b"
    r"|\bwhen (?:I|we) (?:first )?(?:started|began)\s*[,.]"
    # a child's age: "I was 14. It was about a boy in my class … I played it in December"
    r"|\b(?:I|we|he|she) (?:was|were) (?:only |just |about )?(?:[2-9]|1[0-7]|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: years old)?(?=\s*[,.;]|\s+(?:when|and|at)\b)"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgot )\bused to\b",
    re.I,
)
# The year a frame of remembering names right after it: "When I was a boy in 1958".
FRAME_YEAR = re.compile(rf",?\s+in\s+({YEAR})\b")
# A frame of remembering told in the first person outside quotation marks, as an interview's answer or a column
# is: the teller's words go on with it past its sentence, as a quoted speaker's do.
FIRST_PERSON = re.compile(r"(?:when |while |as |in )?(?:I|we|my|our)\b", re.I)
# Words after which the text speaks of today again: "Now we cannot trust it until January".
BACK_TO_NOW = re.compile(rf"\b(?:now|nowadays|today|these days|this year|{YEAR})\b", re.I)
# A date with no word of its own that places it ("November", "the summer", "Christmas", "Sunday evening"); "last
# November", "this summer" and "next Christmas" are placed by the teller.
BARE_DATE_RULES = {"month", "holiday", "weekday", "movable_holiday", "easter", "relative_unit", "month_day"}
PLACED = re.compile(r"(?:last|next|this|that|coming|past|previous)\b", re.I)
BARE_SEASON = re.compile(r"(?:(?:the|early|late|mid)[- ])*(?:summer|winter|spring|autumn|fall)", re.I)


def _leave_remembered_habit_undated(cand: Candidate, text: str, frame: re.Match | None, ctx: DocContext) -> None:
    """A month, season, holiday or weekday with no word that places it, told after words of a time of someone's life
    gone by (`frame`: "When I was a boy, the ice was thick by November") in the same sentence, or in a quotation
    of the same text when the frame is quoted, and before it speaks of now again, was that of every year then: no
    year ("XXXX-11"); with a year the frame names ("When I was a boy in 1958 … In February we skated"), that
    year's."""
    if frame is None or cand.start < frame.start() or cand.rule not in BARE_DATE_RULES or PLACED.match(cand.text):
        return
    if SINCE_FRAME.search(text, max(0, frame.start() - 8), frame.start()):
        return  # "I've dreamed about this since I was eight years old … He passed away in February": a time run to now
    if cand.rule == "relative_unit" and not BARE_SEASON.fullmatch(cand.text):
        return
    year = FRAME_YEAR.match(text, frame.end())  # "When I was a boy in 1958": then, in that year
    if BACK_TO_NOW.search(text, year.end() if year else frame.end(), cand.start) or not re.match(r"\d{4}-", cand.value):
        return
    if cand.anchor != "relative" or cand.extras.get("counted"):
        return  # "As a boy, in the winter of 1963", "When I was a child in 1958 ... in May": that year's
    told = ctx.quoted(frame.start()) and ctx.quoted(cand.start)  # a remembering speaker's quotation
    told = told or (FIRST_PERSON.match(frame.group()) and not ctx.quoted(frame.start()) and not ctx.quoted(cand.start))
    if ctx.sentence_start(frame.start()) != ctx.sentence_start(cand.start) and (cand.rule == "weekday" or not told):
        return  # beyond its sentence only a remembering speaker's words go on with it: "When she was a teenager,
        # she sang in the pub every Friday. On Saturday she dedicated the encore to him" is the story's Saturday
    rest = cand.value[4:]
    if year is not None and cand.rule != "weekday":
        if cand.rule == "month_day" and not re.fullmatch(r"\d{4}-\d\d-\d\d", cand.value):
            return
        cand.value = year[1] + rest
        cand.extras["counted"] = True
        return
    if cand.rule == "weekday" and re.match(r"-\d\d-\d\d", rest):
        rest = f"-WXX-{date.fromisoformat(cand.value[:10]).isoweekday()}{cand.value[10:]}"
    cand.value = "XXXX" + rest
    cand.extras["undated"] = "remembered habit"


# A time counted from the story's last date: "the next afternoon", "that night", "the following morning".
COUNTED_FROM_LAST = re.compile(r"(?:that|the next|the following|the same|the previous)\b", re.I)
# Words of remembering in a quotation: "I still remember my father carrying my sister", "no one who remembers".
REMEMBERING = re.compile(r"\b(?:remember\w*|recall\w*|memor(?:y|ies))\b", re.I)
# The value of a day, with any time of day after it.
DAY_PART = re.compile(r"\d{4}-\d\d-\d\d")


def _leave_a_remembered_moment_undated(cand: Candidate, text: str, ctx: DocContext) -> None:
    """A time counted from the last date ("the next afternoon", "that night") in a quotation that speaks of
    remembering, when that date was not named in the quotation: the speaker's remembered time, not the story's day
    ('Sunday's service was led by the vicar. "I still remember my father carrying my sister up into the loft," she
    said. "We were there until the next afternoon."' is the flood's afternoon, which the quotation does not date)."""
    if not ctx.quoted(cand.start) or not COUNTED_FROM_LAST.match(cand.text) or not DAY_PART.match(cand.value):
        return
    opening = ctx.quote_start(cand.start)
    if ctx.last_start > opening:
        return  # the quotation named the date it counts from: "On 1 February we fled, and that night it rained"
    sentence = ctx.sentence_start(opening)
    close = re.compile(r"[.!?][\"”’']*\s*$|[\"”]\s", re.M).search(text, cand.end)
    if not REMEMBERING.search(text, min(sentence, opening), close.end() if close else len(text)):
        if not REMEMBERING.search(text, max(0, opening - 200), cand.start):
            return
    cand.value = DAY_PART.sub("XXXX-XX-XX", cand.value, count=1)
    cand.extras["undated"] = "remembered"


# "That night", "that same day", "that morning": a time the story points back to, not one counted on from its date.
POINTED_BACK = re.compile(r"\b(?:that|that same|the same|that very)\s+\w+$", re.I)
# Words of a hearing: the body that hears evidence, those who run it and what it decides. A date whose clause holds
# one ("The coroner recorded a narrative conclusion on Wednesday") is the day of the hearing, not of what it heard.
HEARING_WORDS = frozenset(
    "inquest inquests coroner court courts hearing hearings trial tribunal jury jurors judge magistrates magistrate "
    "sheriff inquiry verdict conclusion ruling sentencing judges".split()
)
# Bodies told evidence: "told the inquest", "the court heard", "the jury was told".
HEARING_BODIES = frozenset("inquest court hearing trial tribunal jury jurors inquiry magistrates coroner".split())


def _telling_a_hearing(verb: Token) -> bool:
    """Whether `verb` in the past gives evidence to a hearing: "told the inquest", "told jurors", "the court heard",
    "the jury was told", "testified", "gave evidence"."""
    if verb.pos_ not in ("VERB", "AUX") or verb_tense(verb) != "past":
        return False
    lemma = verb.lemma_.lower()
    args = {c.dep_: c for c in verb.children}
    if lemma == "testify" or (lemma == "give" and "dobj" in args and args["dobj"].lemma_.lower() == "evidence"):
        return True
    if lemma == "tell" and "dobj" in args:
        return args["dobj"].lemma_.lower() in HEARING_BODIES
    if lemma == "tell" and "nsubjpass" in args:  # "the inquest was told"
        return args["nsubjpass"].lemma_.lower() in HEARING_BODIES
    return lemma == "hear" and "nsubj" in args and args["nsubj"].lemma_.lower() in HEARING_BODIES


def _tensed_verb(token: Token) -> Token | None:
    """The verb of the clause `token` stands in, past a participle that only describes a noun ("there had been 30
    calls waiting that evening": "had been", not "waiting")."""
    verb = governing_verb(token)
    if verb is not None and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb_tense(verb) is None:
        return governing_verb(verb.head) or verb
    return verb


def _told_to_a_hearing(token: Token) -> bool:
    """Whether `token` stands in a past clause that evidence to a hearing tells of, not in the clause of the telling:
    the witness's own clause ("Staff nurse Hannah Clegg, who was on duty that night, told the inquest") or what
    was told ("told the court she had locked the door that evening")."""
    verb = _tensed_verb(token)
    if verb is None or verb_tense(verb) != "past" or _telling_a_hearing(verb):
        return False
    clause = verb
    for _ in range(MAX_HEAD_STEPS):
        head = clause.head
        if head.i == clause.i:
            return False
        if clause.dep_ == "ccomp" and _telling_a_hearing(head):
            return True
        if clause.dep_ == "relcl" and head.dep_ in ("nsubj", "nsubjpass") and _telling_a_hearing(head.head):
            return True
        if clause.dep_ == "relcl":  # on to the clause of the noun it tells of ("the defendant, who had been …")
            clause = governing_verb(head)
            if clause is None:
                return False
        elif clause.dep_ in ("conj", "ccomp", "advcl", "xcomp"):
            clause = head
        else:
            return False
    return False


def _dates_a_hearing(ctx: DocContext, start: int) -> bool:
    """Whether the date at character `start` is the day of a hearing: a word of a hearing stands in the clause it
    hangs on ("The coroner recorded a narrative conclusion on Wednesday"), or its verb is one of giving evidence
    ("Giving evidence on Tuesday, the doorman said"), and that clause is no account of what was heard ("The inquest
    heard she fell on 12 March" dates the fall)."""
    when = ctx._span(start, start + 1)
    verb = governing_verb(when.root) if when is not None and len(when) else None
    if verb is None or any(t.dep_ == "ccomp" for t in [verb, *verb.ancestors]):
        return False
    if _giving_evidence(verb):
        return True
    return any(t.lower_ in HEARING_WORDS and getattr(governing_verb(t), "i", -1) == verb.i for t in verb.sent)


def _giving_evidence(verb: Token) -> bool:
    """Whether `verb`, in any form, is one of giving evidence: "testified", "giving evidence"."""
    lemma = verb.lemma_.lower()
    return lemma == "testify" or (
        lemma == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() == "evidence" for c in verb.children)
    )


# A day alone, or a day with its part ("2025-06-03", "2025-06-03TNI"): a day events a hearing heard of may be on.
EVENTS_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?")
# The time of the events a hearing went over, as the story named it before the hearing: a day, or only a month
# ("was jailed in September 2024 … On Tuesday three judges ruled"), which dates no night or day of them.
EVENTS_TIME = re.compile(rf"{EVENTS_DAY.pattern}|\d{{4}}-\d\d")


def _hearing_after(ctx: DocContext, cand: Candidate, before: str | None) -> bool | str:
    """Whether `cand` dates a hearing (see _dates_a_hearing): False if not; else the day of the events the story told
    of before it, the date named before (`before`), when it is a day before the hearing's ("punched a doorman on 3
    June … Giving evidence on Tuesday"), or the one a hearing named earlier still carried; else True."""
    if not _dates_a_hearing(ctx, cand.start):
        return False
    if isinstance(ctx.last_hearing, str):
        return ctx.last_hearing  # a second day of the hearing: the events are still those told before the first
    if before is not None and EVENTS_TIME.fullmatch(before) and ctx.last_hearing and before[:7] < cand.value[:7]:
        return before[:7]  # "was jailed in September 2024 … On Tuesday three judges ruled": a later hearing (an
        # appeal, a sentencing) goes over what an earlier one did, whose month is all that dates it
    if ctx.last_hearing or before is None or not EVENTS_TIME.fullmatch(before):
        return True
    return before[:10] if before[:10] < cand.value[:10] else True


def _quoted_past_after_a_hearing(token: Token, cand: Candidate, ctx: DocContext) -> bool:
    """Whether `token` stands in a quotation's own clause in the past, the quotation opening after the hearing's day
    was named: what was said of the events the hearing went over ('recorded a conclusion on Wednesday. "The ward
    was under pressure that night," she said' is the night of the events, not Wednesday's). A quotation that names
    its own date, or speaks of what is to come ("We will sit again that afternoon"), keeps the day."""
    if ctx.last_start > ctx.quote_start(cand.start):
        return False
    verb = _tensed_verb(token)
    return verb is not None and verb_tense(verb) == "past"


def _said_of_the_past(token: Token) -> bool:
    """Whether `token` stands in a past clause that a past verb of saying reports, not in the saying's own clause:
    "Recording a conclusion on Wednesday, the coroner said the ward had been short of staff that night" (the
    night of the events). "The coroner said that afternoon she would write to the trust" dates the saying."""
    verb = _tensed_verb(token)
    if verb is None or verb_tense(verb) != "past" or verb.lemma_.lower() in REPORTING_VERBS:
        return False
    clause = verb
    for _ in range(MAX_HEAD_STEPS):
        head = clause.head
        if head.i == clause.i:
            return False
        if clause.dep_ == "ccomp" and head.lemma_.lower() in REPORTING_VERBS and verb_tense(head) == "past":
            return True
        if clause.dep_ in ("conj", "advcl", "xcomp"):
            clause = head
        else:
            return False
    return False


def _told_of_the_events_heard(cand: Candidate, ctx: DocContext) -> bool:
    """Whether `cand` stands in an account of the events a hearing went over: evidence told to it, a past clause a
    verb of saying reports, or a quotation's own past clause opened after the hearing's day was named."""
    span = ctx._span(cand.start, cand.end)
    if span is None or not len(span):
        return False
    if ctx.quoted(cand.start):
        return _quoted_past_after_a_hearing(span.root, cand, ctx)
    return _told_to_a_hearing(span.root) or _said_of_the_past(span.root)


def _leave_a_night_told_at_a_hearing_undated(cand: Candidate, ctx: DocContext) -> None:
    """ "That night" (day, morning) in evidence given to a hearing, when the story named the hearing's day last:
    the night of the events the hearing went over, not the hearing's ("recorded a narrative conclusion on
    Wednesday. Staff nurse Hannah Clegg, who was on duty that night, told the inquest ..." is the night of the
    fall, which the words do not date). "Told the court that afternoon" is the hearing's afternoon, and stays."""
    if cand.rule != "anaphoric_day" or not cand.extras.get("counted") or not POINTED_BACK.search(cand.text):
        return
    if cand.extras.get("incident"):
        return  # "before the crash. … since that day": the incident's day, which the story named
    if not DAY_PART.match(cand.value) or not ctx.last_hearing:
        return
    if not _told_of_the_events_heard(cand, ctx):
        return
    if isinstance(ctx.last_hearing, str) and EVENTS_DAY.fullmatch(ctx.last_hearing):
        # "punched a doorman on 3 June … Giving evidence on Tuesday, … He returned later that evening, the court
        # heard": the evening of the events told last, 3 June; a month of them ("jailed in September") dates no night
        cand.value = DAY_PART.sub(ctx.last_hearing, cand.value, count=1)
        return
    cand.value = DAY_PART.sub("XXXX-XX-XX", cand.value, count=1)
    cand.extras["undated"] = "day unknown"
    cand.extras.pop("counted", None)


def _count_a_month_from_the_events_heard(cand: Candidate, ctx: DocContext) -> None:
    """ "The previous month" ("the following year") in what a judge or a witness said of the past, after the day of
    the hearing was the story's last date ("was jailed in September 2024 … On Tuesday three judges ruled … Lady
    Justice Carr said the trial judge had failed to weigh a plea entered the previous month"): counted from the time
    of the events the hearing went over, when the story named it before the hearing (August 2024), else undated;
    never from the hearing's own day, which is not the time the account is of."""
    if cand.rule != "relative_unit" or not cand.extras.get("counted") or not ctx.last_hearing:
        return
    unit = (
        "month"
        if re.fullmatch(r"\d{4}-\d\d", cand.value or "")
        else "year"
        if re.fullmatch(r"\d{4}", cand.value or "")
        else ""
    )
    step = -1 if re.match(r"the (?:previous|prior|preceding)\b", cand.text, re.I) else 1
    if not unit or not re.match(r"the (?:previous|prior|preceding|following|next) (?:month|year)$", cand.text, re.I):
        return
    if value_datetime(ctx.last_value or "") is None or not _told_of_the_events_heard(cand, ctx):
        return
    if isinstance(ctx.last_hearing, str):
        year, month = int(ctx.last_hearing[:4]), int(ctx.last_hearing[5:7])
        when = date(year, month, 1) + relativedelta(
            months=step if unit == "month" else 0, years=step if unit == "year" else 0
        )
        cand.value = when.strftime("%Y-%m" if unit == "month" else "%Y")
        return
    cand.value = "XXXX-XX" if unit == "month" else "XXXX"
    cand.extras["undated"] = "counted from the events heard"
    cand.extras.pop("counted", None)


# Words of a step of the case itself, in the clause of a day counted from a hearing's: "The next day the jury
# retired", "he was sentenced the following day" go on from the hearing, not from the events it heard of.
CASE_STEP_WORDS = frozenset(
    "retire retired sentence sentenced convict convicted acquit acquitted adjourn adjourned resume resumed remand "
    "remanded bail bailed plead pleaded verdict".split()
)


def _count_a_day_on_from_the_events_heard(cand: Candidate, ctx: DocContext) -> None:
    """ "The next day" (the day before) told after what a hearing heard ("appeared at Leeds Crown Court on Thursday.
    The court heard he attacked Mr Walsh after an argument. … The next day he was discharged"), in a clause told in
    the past: counted from the events the court heard of, not from the hearing's day; so from the day of those
    events when the story named it before the hearing ("punched a doorman on 3 June … Giving evidence on Tuesday,"),
    else left undated, as the words do not date them. A step of the case itself ("The next day the jury retired")
    goes on from the hearing, and keeps its day."""
    if cand.rule != "anaphoric_day" or not cand.extras.get("counted") or POINTED_BACK.search(cand.text):
        return
    if not DAY_PART.match(cand.value) or not ctx.last_hearing or ctx.tense(cand.start, cand.end) != "past":
        return
    span = ctx._span(cand.start, cand.end)
    hearing = value_datetime(ctx.last_value)
    if span is None or not len(span) or hearing is None:
        return
    if any(t.lemma_.lower() in CASE_STEP_WORDS | HEARING_WORDS or t.lower_ in CASE_STEP_WORDS for t in span.sent):
        return
    doc = span.doc
    after = ctx.last_start if ctx.last_start >= 0 else 0
    if not any(_telling_a_hearing(t) for t in doc if after <= t.idx < cand.start):
        return  # nothing heard between the hearing's day and this one: counted from the hearing
    if isinstance(ctx.last_hearing, str) and EVENTS_DAY.fullmatch(ctx.last_hearing):
        day = datetime.fromisoformat(ctx.last_hearing) + (value_datetime(cand.value) - hearing)
        cand.value = DAY_PART.sub(day.date().isoformat(), cand.value, count=1)
        return
    cand.value = DAY_PART.sub("XXXX-XX-XX", cand.value, count=1)
    cand.extras["undated"] = "day unknown"
    cand.extras.pop("counted", None)


# Words that make a quoted "would" tell what came later or what might be, not what used to be: "we would later
# sign", "we would only go if".
NOT_A_WOULD_HABIT = re.compile(r"\b(?:later|eventually|soon|then go on|if|unless|otherwise)\b", re.I)
# Rules of times with no day of their own, dated only by the last date or by publication.
DAYLESS_RULES = {"time_of_day", "anaphoric_day"}


def _leave_a_quoted_habit_undated(cand: Candidate, text: str, ctx: DocContext) -> None:
    """A clock time or a time counted from the last date ("midnight", "the next morning") in a quotation's own
    clause of "would", not put under a verb of saying inside the quotation and with no date of its own there: what
    the speaker used to do, any day of that time ('"We would work from breakfast until midnight and then argue
    about it the next morning," she said'), not a day counted from publication. "We said we would meet the next
    morning" is a plan reported inside the quotation and keeps its day. So with a season, month, holiday or
    weekday named bare and dated only by the year the story went back to ('joined in 1966. "We'd go over on the
    boat in the summer holidays," she says': every summer of that time, not the summer of 1966)."""
    bare = (
        cand.rule in BARE_DATE_RULES
        and bool(cand.extras.get("counted"))
        and not PLACED.match(cand.text)
        and re.match(r"\d{4}", cand.value) is not None
    )
    if ctx.doc is None or not (bare or (cand.rule in DAYLESS_RULES and DAY_PART.match(cand.value))):
        return
    if not ctx.quoted(cand.start) or ctx.last_start > ctx.quote_start(cand.start):
        return
    span = ctx.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is None:
        return
    top = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in top.children):
        return
    head = top.head
    if top.dep_ != "ROOT" and ctx.quoted(head.idx) and ctx.quote_start(head.idx) == ctx.quote_start(cand.start):
        return  # "We said we would meet the next morning": a plan reported inside the quotation
    sentence = top.sent
    if NOT_A_WOULD_HABIT.search(text, sentence.start_char, sentence.end_char):
        return
    if bare:
        rest = cand.value[4:]
        if cand.rule == "weekday" and re.match(r"-\d\d-\d\d", rest):
            rest = f"-WXX-{date.fromisoformat(cand.value[:10]).isoweekday()}{cand.value[10:]}"
        cand.value = "XXXX" + rest
        cand.extras.pop("counted", None)
    else:
        cand.value = DAY_PART.sub("XXXX-XX-XX", cand.value, count=1)
    cand.extras["undated"] = "quoted habit"


SINCE_FRAME = re.compile(r"\b(?:since|ever since)\s+$", re.I)

# Between the two weekdays of one run: "from Friday to Monday", "Friday until Monday", "Friday-Monday".
DAY_RUN_GLUE = re.compile(
    # or the items of a week's agenda, each day before a colon: "Tuesday: price cap; Wednesday: house prices"
    r"\s*(?:-|–|to|until|till|through)\s*(?:on\s+)?|:[^;:\n.!?]{1,80};\s*",
    re.I,
)
# A weekday, or a clock time on one, that may end a run of days; its date named by the weekday alone (no month).
RUN_DAY_RULES = {"weekday", "time_and_day"}
WEEKDAY_WORD = re.compile(rf"\b{WEEKDAY}\b", re.I)
DAY_OF_MONTH = re.compile(rf"{MONTH}|(?<![:.])\b\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d|\s*[ap]\.?m)", re.I)


def _keep_runs_of_weekdays_forward(found: list[Candidate], text: str) -> None:
    """The second weekday of a run ("closed from Friday to Monday", "from 9am on Monday until 6pm on Thursday")
    comes after the first: when each was read on its own and the second fell before the first, it is the one a week
    later."""
    for first, second in zip(found, found[1:]):
        if (
            first.rule not in RUN_DAY_RULES
            or second.rule not in RUN_DAY_RULES
            or not DAY_RUN_GLUE.fullmatch(text, first.end, second.start)
            or not WEEKDAY_WORD.search(second.text)
            or DAY_OF_MONTH.search(second.text)
        ):
            continue
        if not DAY_VALUE.match(first.value) or not DAY_VALUE.match(second.value):
            continue
        start, end = date.fromisoformat(first.value[:10]), date.fromisoformat(second.value[:10])
        if end < start:
            second.value = (end + timedelta(weeks=1)).isoformat() + second.value[10:]
            if "story" in second.extras:
                second.extras["story"] = (second.value, *second.extras["story"][1:])


# Between two weekdays of a list: "on Friday and Saturday", "every Monday, Wednesday and Friday", "Friday or Saturday".
DAY_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:on\s+)?", re.I)
# A weekday with no word of its own before it that places it ("last", "next", "this", "every").
BARE_WEEKDAY = re.compile(rf"{WEEKDAY}(?:,? (?:morning|afternoon|evening|night))?", re.I)


def _share_the_side_of_a_list_of_weekdays(found: list[Candidate], text: str, ctx: DocContext) -> None:
    """A weekday listed after another is said of the same time: after "every Monday" it is every Friday too ("must
    report every Monday and Friday"), and the days of one list ("on Monday and Tuesday", "Monday, Tuesday and
    Wednesday") are one stretch of consecutive days in the order told (see _place_a_list_of_weekdays)."""
    lists: list[list[Candidate]] = []
    for first, second in zip(found, found[1:]):
        if first.rule != "weekday" or second.rule != "weekday" or not BARE_WEEKDAY.fullmatch(second.text):
            continue
        if not DAY_LIST_GLUE.fullmatch(text, first.end, second.start):
            continue
        if first.type == "SET" and re.fullmatch(r"XXXX-WXX-\d(?:T\w+)?", first.value) and second.type == "DATE":
            number = WEEKDAY_NUMBER[second.text[:3].lower()]
            second.type, second.value, second.anchor = "SET", f"XXXX-WXX-{number}", "vague"
            second.extras.pop("story", None)
            continue
        if lists and lists[-1][-1] is first:
            lists[-1].append(second)
        else:
            lists.append([first, second])
    if ctx.dct is None:
        return
    for days in lists:
        _place_a_list_of_weekdays(days, ctx)


# A word before the first weekday of a list that places it ("last Monday and Tuesday", "next Friday or Saturday"):
# the days after it follow it, whatever the tense.
PLACED_WEEKDAY = re.compile(r"(?:last|next|this|past|coming|previous)\b", re.I)


def _set_for_a_day(cand: Candidate, ctx: DocContext) -> bool:
    """Whether the day `cand` is what a verb's "for" names: the day something is set for ("rain is forecast for
    Monday", "the hearing was listed for Tuesday"), which is to come. A "for" on a noun only names the thing ("tickets
    for Monday and Tuesday can be used until Friday"): it places the day on neither side."""
    span = ctx._span(cand.start, cand.end)
    if span is None or not len(span):
        return False
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ in ("VERB", "AUX")


def _named_for_by_a_noun(cand: Candidate, ctx: DocContext) -> bool:
    """Whether the day `cand` is named by a noun's "for" ("tickets for Monday", "the timetable for Saturday"): the
    tense of the clause tells of what is done with the thing, not when its day is."""
    span = ctx._span(cand.start, cand.end)
    if span is None or not len(span):
        return False
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "for" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN"


def _place_a_list_of_weekdays(days: list[Candidate], ctx: DocContext) -> None:
    """The weekdays of one list, each read on its own, may fall in two weeks: in a Tuesday paper "Monday and
    Tuesday" read as next Monday (a day "for" which tickets are valid is to come) and today. A reader takes the list
    as one stretch of consecutive days in the order told, so when the readings are not such a stretch they are placed
    again together: by the word that places the first day ("next Monday and Tuesday"); else by the clause's tense, a
    past one ending the stretch today at the latest ("walked out on Monday, Tuesday and Wednesday" in a Tuesday paper
    is last week's) and a future one, or a verb's "for" in a clause of no tense ("rain is forecast for Monday and
    Tuesday"), starting it today at the earliest ("will strike on Monday and Tuesday" is next week's), the tense
    of a clause being no guide to days a noun's "for" names ("tickets for Monday and Tuesday can be used until
    Friday"); else the stretch that holds today; else the one the first day was read in."""
    if not all(c.type == "DATE" and DAY_VALUE.match(c.value) for c in days):
        return
    read = [date.fromisoformat(c.value[:10]) for c in days]
    gaps = [(b.weekday() - a.weekday()) % 7 for a, b in zip(read, read[1:])]
    if 0 in gaps or sum(gaps) >= 7:
        return  # the same day twice, or more than a week round: no single stretch
    if all(0 < (b - a).days == g for a, b, g in zip(read, read[1:], gaps)):
        return  # already one stretch in order
    offsets = [sum(gaps[:k]) for k in range(len(days))]
    today = ctx.dct.date()
    # every placement of the stretch that ends no more than a week before today and starts no more than a week after
    starts = [read[0] + timedelta(weeks=w) for w in (-2, -1, 0, 1, 2)]
    starts = [s for s in starts if (s + timedelta(days=offsets[-1]) - today).days >= -7 and (s - today).days <= 7]
    if not starts:
        return
    if PLACED_WEEKDAY.match(days[0].text) or days[0].extras.get("week_named"):
        # "last Monday and Tuesday"; "Last week's snow closed schools on Monday and Tuesday": the week named
        start = read[0]
    else:
        tense = ctx.tense(days[0].start, days[0].end)
        if _named_for_by_a_noun(days[0], ctx):
            tense = None  # "tickets for Monday and Tuesday can be used until Friday": the using is to come, not the
            # days the tickets are for
        if tense not in ("past", "future") and _set_for_a_day(days[0], ctx):
            tense = "future"
        if tense == "past":
            fits = [s for s in starts if s + timedelta(days=offsets[-1]) <= today]
            start = fits[-1] if fits else None
        elif tense == "future":
            fits = [s for s in starts if s >= today]
            start = fits[0] if fits else None
        else:
            fits = [s for s in starts if s <= today <= s + timedelta(days=offsets[-1])]
            start = fits[0] if fits else read[0]
    if start is None:
        return
    for cand, offset in zip(days, offsets):
        day = start + timedelta(days=offset)
        cand.value = day.isoformat() + cand.value[10:]
        if "story" in cand.extras:
            cand.extras["story"] = (cand.value, *cand.extras["story"][1:])


WEEKDAY_NUMBER = {d: str(i + 1) for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


# Between two months of a run: "between May and September this year", "from May to September next year".
MONTH_RUN_GLUE = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.I)
# The year a month is named with: "September 2024", "September this year", "September of next year".
MONTH_WITH_YEAR = re.compile(rf"{MONTH}\.?,?\s+(?:of\s+)?(?:{YEAR}|(?:this|last|next) year)$", re.I)


def _share_the_year_of_a_run_of_months(
    found: list[Candidate],
    text: str,
    dct: datetime | None = None,
    tense: Callable[[int, int], str | None] | None = None,
) -> None:
    """The first month of a run that names its year only at its end ("between May and September this year") is in
    that year, or the year before when it comes later in the calendar ("from November to March 2025"). `tense`
    gives the tense of an expression's clause (None: unknown)."""
    for first, second in zip(found, found[1:]):
        if first.rule != "month" or second.rule not in ("month", "month_year"):
            continue
        if not MONTH_RUN_GLUE.fullmatch(text, first.end, second.start) or not MONTH_WITH_YEAR.match(second.text):
            continue
        one, two = (re.fullmatch(r"(\d{4})-(\d\d)", c.value) for c in (first, second))
        if one is None or two is None:
            continue
        year = int(two[1]) - (int(one[2]) > int(two[2]))
        first.value = f"{year:04d}-{one[2]}"
        if "story" in first.extras:
            first.extras["story"] = (first.value, *first.extras["story"][1:])
    # a run of two months named alone lasts less than a year: when the first took its year from the sentence ("Last
    # year, teachers staged strikes between February and July", "In 2022, nurses struck between December and
    # January") and the second was read against publication, the second is the first of its name after the first
    for first, second in zip(found, found[1:]):
        if (
            first.rule != "month"
            or second.rule != "month"
            or not MONTH_RUN_GLUE.fullmatch(text, first.end, second.start)
        ):
            continue
        one, two = (re.fullmatch(r"(\d{4})-(\d\d)", c.value) for c in (first, second))
        if one is None or two is None:
            continue
        if (int(two[1]) * 12 + int(two[2])) - (int(one[1]) * 12 + int(one[2])) < 12:
            continue
        second.value = f"{int(one[1]) + (int(two[2]) < int(one[2])):04d}-{two[2]}"
        if "story" in second.extras:
            second.extras["story"] = (second.value, *second.extras["story"][1:])
    # a run of two months named alone ("between October and December") cannot begin after it ends, as the two read
    # one by one may: of the two runs that keep one of them, the one nearest the publication date (the first a
    # year back: October to December 2026 in late November 2026; or the second a year on: November 2026 to March
    # 2027)
    for first, second in zip(found, found[1:]):
        if first.rule != "month" or second.rule != "month" or dct is None:
            continue
        if not MONTH_RUN_GLUE.fullmatch(text, first.end, second.start):
            continue
        one, two = (re.fullmatch(r"(\d{4})-(\d\d)", c.value) for c in (first, second))
        if one is None or two is None or one[0] <= two[0]:
            continue
        back = (int(two[1]) - (int(one[2]) > int(two[2])), int(one[2]), int(two[1]), int(two[2]))
        on = (int(one[1]), int(one[2]), int(one[1]) + (int(one[2]) > int(two[2])), int(two[2]))
        now = dct.year * 12 + dct.month
        far = [max(0, y1 * 12 + m1 - now, now - y2 * 12 - m2) for y1, m1, y2, m2 in (back, on)]
        if far[0] <= far[1]:
            first.value = f"{back[0]:04d}-{one[2]}"
            changed = first
        else:
            second.value = f"{on[2]:04d}-{two[2]}"
            changed = second
        if "story" in changed.extras:
            changed.extras["story"] = (changed.value, *changed.extras["story"][1:])

    # a run told in the simple past is over ("was sidelined from October until March", in November): when it was
    # read as begun before publication and ending in the next year, the whole run is the one a year back, which
    # ended before publication (a run within publication's year, "between March and June the depot was closed" in
    # May, keeps the nearer reading; one wholly to come, "raised its cap for January to March", is left alone)
    for first, second in zip(found, found[1:]):
        if first.rule != "month" or second.rule != "month" or dct is None or tense is None:
            continue
        if not MONTH_RUN_GLUE.fullmatch(text, first.end, second.start):
            continue
        one, two = (re.fullmatch(r"(\d{4})-(\d\d)", c.value) for c in (first, second))
        if one is None or two is None or one[0] > two[0] or int(two[1]) <= dct.year:
            continue
        if (int(one[1]), int(one[2])) > (dct.year, dct.month):
            continue
        if (int(two[1]) - 1, int(two[2])) >= (dct.year, dct.month) or tense(second.start, second.end) != "past":
            continue
        for cand, part in ((first, one), (second, two)):
            cand.value = f"{int(part[1]) - 1:04d}-{part[2]}"
            if "story" in cand.extras:
                cand.extras["story"] = (cand.value, *cand.extras["story"][1:])


# A season of every year told by its months: "Autumn, from September to November, is the busiest season", "the
# monsoon runs from June to September", "the rainy season lasts from March to May". Not one year's season ("this
# year's season runs from ...") nor one told in another tense ("the season will run from ...", "ran from ...").
SEASON_OF_MONTHS = re.compile(
    r"\b(?:seasons?|autumn|fall|winter|spring|summer|monsoons?|rains)"
    r"(?:\s+(?:in|across|on|for|of)\s+(?:the\s+)?[\w'’ -]{1,30}?)?"  # "the cyclone season in the South Pacific"
    r"\s*(?:,\s*|\s+(?:runs|run|lasts|last|is|are|extends|stretches|falls)\s+)(?:(?:from|between)\s+)?$",
    re.I,
)
ONE_YEARS_SEASON = re.compile(r"\b(?:this|last|next|that|(?:19|20)\d\d)(?:\s+year)?(?:'s|’s)?\s+[\w\s-]{0,25}$", re.I)


def _bare_run_of_months(first: Candidate, second: Candidate, text: str) -> bool:
    """Whether two months named alone make a run ("from June to September", "between March and May")."""
    glued = MONTH_RUN_GLUE.fullmatch(text, first.end, second.start) is not None
    return first.rule == "month" and second.rule == "month" and glued


def _make_seasons_of_months_recurring(found: list[Candidate], text: str) -> None:
    """The two months of a season of every year ("the monsoon runs from June to September") are every year's: SET
    XXXX-06 and XXXX-09, no calendar months."""
    for first, second in zip(found, found[1:]):
        if not _bare_run_of_months(first, second, text):
            continue
        season = SEASON_OF_MONTHS.search(text, max(0, first.start - 80), first.start)
        if season is None or ONE_YEARS_SEASON.search(text, max(0, season.start() - 40), season.start() + 1):
            continue
        if YEAR_AFTER_RUN.match(text, second.end):
            continue
        for cand in (first, second):
            if re.fullmatch(r"\d{4}-\d\d", cand.value):
                cand.type, cand.value, cand.anchor = "SET", "XXXX" + cand.value[4:], "vague"
                cand.extras.pop("story", None)


# Words of a time to come before a run of months in its sentence: "will run from", "is to last from", "next".
AHEAD_BEFORE_RUN = re.compile(r"\b(?:will|'ll|’ll|shall|going to|is to|are to|due to|next|plans?|planned)\b", re.I)


def _keep_a_run_of_months_under_way_in_this_year(
    found: list[Candidate], text: str, sentence_start, dct: datetime | None
) -> None:
    """A run of months in the present that publication falls in ("This year's rainy season runs from March to May"
    in April) is this year's, not next year's: when both months were read as next year's and no word of a time
    to come stands before them in their sentence."""
    if dct is None:
        return
    for first, second in zip(found, found[1:]):
        if not _bare_run_of_months(first, second, text):
            continue
        one, two = (re.fullmatch(r"(\d{4})-(\d\d)", c.value) for c in (first, second))
        if one is None or two is None or int(one[1]) != dct.year + 1 or int(two[1]) != dct.year + 1:
            continue
        if not int(one[2]) <= dct.month <= int(two[2]) or YEAR_AFTER_RUN.match(text, second.end):
            continue
        if AHEAD_BEFORE_RUN.search(text, max(0, sentence_start(first.start)), first.start):
            continue
        for cand in (first, second):
            cand.value = f"{dct.year:04d}" + cand.value[4:]
            if "story" in cand.extras:
                cand.extras["story"] = (cand.value, *cand.extras["story"][1:])


# A year named after a run of months: "from June to September 2024", "from June to September this year".
YEAR_AFTER_RUN = re.compile(r",?\s+(?:of\s+)?(?:(?:19|20)\d\d|(?:this|last|next) year)\b", re.I)


# The year a day is named with: "March 12 next year", "12 March 2027", "March 12, 2027".
DAY_WITH_YEAR = re.compile(r"(?:\d|\w)\.?,?\s+(?:of\s+)?(?:(?:1[89]|20)\d\d|(?:this|last|next) year)$", re.I)


def _share_the_year_of_a_run_of_days(found: list[Candidate], text: str) -> None:
    """The first day of a run whose second day names its year ("pushing its release from November 20 to March 12
    next year") is the last such day before the second, not one read on its own a year earlier."""
    for first, second in zip(found, found[1:]):
        if first.rule != "month_day" or second.rule != "month_day" or DAY_WITH_YEAR.search(first.text):
            continue
        if not MONTH_RUN_GLUE.fullmatch(text, first.end, second.start) or not DAY_WITH_YEAR.search(second.text):
            continue
        if not DAY_VALUE.fullmatch(first.value) or not DAY_VALUE.fullmatch(second.value):
            continue
        one, two = date.fromisoformat(first.value), date.fromisoformat(second.value)
        year = two.year - ((one.month, one.day) > (two.month, two.day))
        try:
            first.value = one.replace(year=year).isoformat()
        except ValueError:
            continue
        if "story" in first.extras:
            first.extras["story"] = (first.value, *first.extras["story"][1:])


# "between" or "from" right before the first day of a run.
RUN_OF_DAYS_OPENS = re.compile(r"\b(?:between|from)\s+$", re.I)


def _end_a_run_of_days_after_its_start(found: list[Candidate], text: str) -> None:
    """The second day of a run with no year written for either ("best-before dates between 12 January and 28
    February", in a January paper) falls on or after the first: a run cannot end before it starts, so a second day
    read on its own as a year earlier than the first (28 February 2026 after 12 January 2027) is the one after."""
    for first, second in zip(found, found[1:]):
        if first.rule != "month_day" or second.rule != "month_day":
            continue
        if DAY_WITH_YEAR.search(first.text) or DAY_WITH_YEAR.search(second.text):
            continue
        if not MONTH_RUN_GLUE.fullmatch(text, first.end, second.start):
            continue
        if not RUN_OF_DAYS_OPENS.search(text, max(0, first.start - 10), first.start):
            continue
        if not DAY_VALUE.fullmatch(first.value) or not DAY_VALUE.fullmatch(second.value):
            continue
        one, two = date.fromisoformat(first.value), date.fromisoformat(second.value)
        if two >= one:
            continue
        year = one.year + ((two.month, two.day) < (one.month, one.day))
        try:
            second.value = two.replace(year=year).isoformat()
        except ValueError:
            continue
        if "story" in second.extras:
            second.extras["story"] = (second.value, *second.extras["story"][1:])


# A week counted on from a weekday to come, as British English says it: "Friday week", "a week on Friday", "two weeks
# on Tuesday" (so many weeks after that day).
WEEK_AFTER_WEEKDAY = re.compile(r"\s+week\b(?!['’]|\s+(?:of|after|before|ago|later|earlier|on|from|to|or)\b)")
WEEKS_ON_GLUE = re.compile(r"\s+on\s+", re.I)


def _count_weeks_on_from_a_weekday(found: list[Candidate], text: str, dct: datetime | None) -> list[Candidate]:
    """A bare weekday still to come with a week counted on from it ("Friday week", "a week on Friday"): that day
    so many weeks later; "a week on Friday" becomes one expression. The weekday counted from is the coming one,
    whatever tense its clause was read in ("face PSV on Tuesday week", a present of a fixture): a week on from a day
    gone by is said otherwise ("a week after Tuesday")."""
    gone: set[int] = set()
    for i, cand in enumerate(found):
        if cand.rule != "weekday" or not DAY_VALUE.fullmatch(cand.value):
            continue
        day = date.fromisoformat(cand.value)
        before = found[i - 1] if i else None
        weeks = None
        if (after := WEEK_AFTER_WEEKDAY.match(text, cand.end)) is not None:
            weeks, cand.end = 1, after.end()
        elif (
            before is not None
            and before.type == "DURATION"
            and re.fullmatch(r"P(\d+)W", before.value)
            and WEEKS_ON_GLUE.fullmatch(text, before.end, cand.start)
            and not STRETCH_BEFORE.search(text, 0, before.start)  # "shut for four weeks from Monday": a stretch
        ):
            weeks, cand.start = int(before.value[1:-1]), before.start
            gone.add(id(before))
        if weeks is None:
            continue
        if dct is not None and day < dct.date():
            day = weekday_date(dct.date(), day.weekday(), "future")
        cand.text = text[cand.start : cand.end]
        cand.value = (day + timedelta(weeks=weeks)).isoformat()
        if "story" in cand.extras:
            cand.extras["story"] = (cand.value, *cand.extras["story"][1:])
        following = found[i + 1] if i + 1 < len(found) else None
        if following is not None and "date_value" in following.extras:
            counted = counted_from(following, text, cand.value)  # "on Tuesday week, with the return leg a week
            following.extras.update(counted or {})  # later": counted from the day the week on lands on
    return [c for c in found if id(c) not in gone] if gone else found


# "each year" or "every year" right after a day or a month: that day of every year ("reaches Kerala around June 1
# each year"), no one calendar day.
EVERY_YEAR_AFTER = re.compile(r",?\s+(?:each|every) year\b", re.I)


# Days of every week, or every day, said before a run in its sentence: "opens on Saturdays from Easter to the end of
# October", "runs daily from May to September", "at weekends between June and August".
EVERY_WEEK_BEFORE_RUN = re.compile(
    r"\b(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekdays|weekends)|at\s+weekends|daily|every\s+day"
    r"|every\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|each\s+(?:day|week|weekend))\b[^.;!?]{0,40}$",
    re.I,
)
# Between the two bounds of a run: "from Easter to the end of October", "between May and September".
YEARLY_RUN_GLUE = re.compile(r"\s+(?:to|until|till|through|and)\s+", re.I)
YEARLY_RUN_OPENS = re.compile(r"\b(?:from|between)\s+$", re.I)
# Rules of a season's bounds a yearly run is made of: a holiday, a month, the start or end of a month.
YEARLY_BOUND_RULES = {"holiday", "movable_holiday", "easter", "month", "relative_unit"}
# Holidays whose calendar day moves from year to year: every year's has no one month and day.
MOVING_BOUND_RULES = {"movable_holiday", "easter"}


def _make_a_weekly_seasons_bounds_recurring(found: list[Candidate], text: str, ctx: DocContext) -> None:
    """A run of holidays or months that bounds what happens on days of every week, told in the present ("the tower
    opens to visitors on Saturdays from Easter to the end of October", "the ferry runs daily from May to September")
    is every year's season: no one Easter or October. A run told as still to come or gone by ("will open on
    Saturdays from Easter", "ran daily from May to September last year") or that names its year stays dated."""
    for first, second in zip(found, found[1:]):
        if first.rule not in YEARLY_BOUND_RULES or second.rule not in YEARLY_BOUND_RULES:
            continue
        if not YEARLY_RUN_GLUE.fullmatch(text, first.end, second.start):
            continue
        if not YEARLY_RUN_OPENS.search(text, max(0, first.start - 10), first.start):
            continue
        if re.search(r"\d", first.text + second.text) or YEAR_AFTER_RUN.match(text, second.end):
            continue
        if not all(re.fullmatch(r"\d{4}(?:-\d\d){1,2}", c.value) for c in (first, second)):
            continue
        opening = ctx.sentence_start(first.start)
        if not EVERY_WEEK_BEFORE_RUN.search(text, opening, first.start):
            continue
        # a timetable's present reads as a plan to come ("opens"); a word of a time to come before the run
        # ("will open", "next year") is what makes it one season's
        if ctx.tense(first.start, first.end) == "past" or AHEAD_BEFORE_RUN.search(text, opening, first.start):
            continue
        for cand in (first, second):
            moving = cand.rule in MOVING_BOUND_RULES
            cand.type, cand.anchor = "SET", "vague"
            cand.value = "XXXX-XX-XX" if moving else "XXXX" + cand.value[4:]
            cand.extras.pop("story", None)


# A word of what usually happens right before a month: "usually in mid-May", "typically by late June".
USUALLY_BEFORE = re.compile(
    r"\b(?:usually|typically|normally|generally|traditionally)\s+(?:(?:in|by|around|from|during|until)\s+)?$", re.I
)


def _make_usual_months_recurring(found: list[Candidate], text: str) -> None:
    """A month named with no year right after a word of what usually happens ("the last frost has passed, usually in
    mid-May") is every year's: SET XXXX-05, no calendar month. A length counted from it ("and a fortnight later in
    the north") is then counted from no calendar day either."""
    for i, cand in enumerate(found):
        if cand.rule != "month" or re.search(r"\d", cand.text) or not re.fullmatch(r"\d{4}-\d\d", cand.value):
            continue
        if not USUALLY_BEFORE.search(text, max(0, cand.start - 30), cand.start):
            continue
        old = cand.value
        cand.type, cand.value, cand.anchor = "SET", "XXXX" + cand.value[4:], "vague"
        cand.extras.pop("story", None)
        for later in found[i + 1 :]:
            if later.extras.get("date_value") == old and not re.search(r"[.;!?]", text[cand.end : later.start]):
                for key in ("date_value", "span", "story"):
                    later.extras.pop(key, None)


def _make_days_of_every_year_recurring(found: list[Candidate], text: str) -> None:
    """A day or month of the year followed by "each year" is every year's: SET XXXX-06-01."""
    for cand in found:
        if cand.rule not in ("month_day", "month") or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", cand.value):
            continue
        if EVERY_YEAR_AFTER.match(text, cand.end):
            cand.type, cand.value, cand.anchor = "SET", "XXXX" + cand.value[4:], "vague"
            cand.extras.pop("story", None)


# Days of a month listed before the one that names the month ("on 14 and 15 October", "on 3, 4 and 5 May") or after
# it ("on May 14 and 19"), each a day of that month.
DAYS_LISTED_BEFORE = re.compile(
    r"(?<![\w.,$£€-])(?P<days>\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|or|&)\s+$"
    r"|\b(?:from|between)\s+(?P<first>\d{1,2}(?:st|nd|rd|th)?)\s+(?:to|until|till|through)\s+$"  # "from 12 to 20 July"
)
DAYS_LISTED_AFTER = re.compile(
    r"(?P<days>(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:at|in|when|after|before|respectively|this|last|next)\b)"
)
DAY_NUMBER_AT = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
# The last day of a run that names its month at its start: "from October 18 to 21", "between May 3 and 7".
DAY_RUN_AFTER = re.compile(
    r"\s*(?:to|until|till|through|and|-|–)\s*(?P<days>\d{1,2}(?:st|nd|rd|th)?)\b"
    r"(?![.,:/]\d|\s*(?:%|per\b|percent|pc\b|points?|degrees|°|years?|months?|weeks?|days?|hours?|minutes?|[ap]\.?m\b))",
    re.I,
)
YEAR_AFTER_LAST_DAY = re.compile(r",?\s+((?:1[89]|20)\d\d)\b(?!\s*(?:%|per\b|[ap]\.?m\b))")
# A run of days with no "from" before it, closing its clause: "the bank holiday weekend, May 3 to 5." ("on May 3
# to 5 buyers" runs on, so it is no run).
DAY_RUN_ENDING = re.compile(r"\s*(?:to|through|-|–)\s*(?P<days>\d{1,2}(?:st|nd|rd|th)?)(?=\s*(?:[.;:)]|,(?!\d)|$))")
RUN_OPENS_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)


# A weekday's day of the month right after it, then the words joining it to the next day of a list or a run, whose
# month the two share: "on Sunday 27 and Monday 28 December", "Friday 3 to Sunday 5 July".
WEEKDAYS_NUMBER_BEFORE_A_LISTED_DAY = re.compile(
    r"\s+(?P<n>\d{1,2})(?:st|nd|rd|th)?\s*(?:,\s*)?(?:and|&|or|to|until|till|through|-|–|,)\s*(?:on\s+)?", re.I
)


def _date_a_weekday_by_the_month_of_the_day_after(found: list[Candidate], text: str) -> None:
    """A weekday written with its day of the month but not the month, listed before a day that names its month
    ("Sunday 27 and Monday 28 December"): that day of the same month (of the month before when the number is
    higher: "Thursday 31 to Saturday 2 January"), not the weekday's nearest one. Only when the weekday fits that
    date, so a number that is no day ("Saturday 3 and 4 points") is left alone."""
    for cand, after in zip(found, found[1:]):
        if cand.rule != "weekday" or not DAY_VALUE.fullmatch(cand.value) or not DAY_VALUE.match(after.value):
            continue
        listed = WEEKDAYS_NUMBER_BEFORE_A_LISTED_DAY.match(text, cand.end)
        if listed is None or listed.end() != after.start or after.rule != "month_day":
            continue
        later = date.fromisoformat(after.value[:10])
        number = int(listed["n"])
        first = later if number <= later.day else later - relativedelta(months=1)
        year, month = first.year, first.month
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        if day.weekday() != date.fromisoformat(cand.value).weekday():
            continue
        cand.end = listed.end("n")
        cand.text = text[cand.start : cand.end]
        cand.value, cand.anchor = day.isoformat(), after.anchor
        if "story" in cand.extras:
            cand.extras["story"] = (cand.value, *cand.extras["story"][1:])


# Between two weekdays of a pair of slots, with at most one word of the first's slot after it ("from Saturday
# teatime to Wednesday nights", "Sunday or Monday evenings").
SLOT_PAIR_GLUE = re.compile(r"(?:\s+[a-z]+)?\s*(?:,\s*)?(?:to|and|or|&|into)\s+(?:on\s+)?", re.I)
EVERY_WEEKDAY = re.compile(r"XXXX-WXX-\d(?:T\w+)?")


def _share_the_weekly_slot_of_a_pair(found: list[Candidate], text: str) -> None:
    """A weekday named in a pair with a weekday of every week ("has moved the quiz from Saturday teatime to
    Wednesday nights", "airs on Sundays and Monday"): the slot of every such week, as the other one is, not the
    nearest such day."""
    for first, second in zip(found, found[1:]):
        glue = SLOT_PAIR_GLUE.match(text, first.end)
        if glue is None or glue.end() != second.start:
            continue
        for day, other in ((first, second), (second, first)):
            if day.rule != "weekday" or not DAY_VALUE.fullmatch(day.value) or other.rule != "weekday":
                continue
            if other.type == "SET" or (EVERY_WEEKDAY.fullmatch(other.value) and not other.extras.get("undated")):
                weekday = date.fromisoformat(day.value).isoweekday()
                day.type, day.value, day.anchor = "SET", f"XXXX-WXX-{weekday}", "vague"
                day.extras.pop("story", None)


# Between the two weekdays of a run: "from Monday to Thursday", "Monday-Friday".
WEEKDAY_RUN_GLUE = re.compile(r"\s*(?:-|–|to|until|till|through)\s*", re.I)


def _make_a_run_of_weekdays_beside_a_weekly_day_weekly(
    found: list[Candidate], text: str, sentence_start: Callable[[int], int]
) -> None:
    """A run of weekdays ("from Monday to Thursday") in a sentence that names a weekday of every week ("attend lessons
    from Monday to Thursday and study at home on Fridays"): a weekly timetable, the days of every week as the other
    one is, not the nearest such days; a sentence naming its week ("this week") keeps its days."""
    for first, second in zip(found, found[1:]):
        glue = WEEKDAY_RUN_GLUE.fullmatch(text, first.end, second.start)
        if glue is None or first.rule != "weekday" or second.rule != "weekday":
            continue
        if not (DAY_VALUE.fullmatch(first.value) and DAY_VALUE.fullmatch(second.value)):
            continue
        begin = sentence_start(first.start)
        stop = SENTENCE_END.search(text, second.end)
        end = stop.start() + 1 if stop else len(text)
        if NAMED_WEEK.match(text[begin:end]):
            continue
        weekly = any(
            other.type == "SET" and EVERY_WEEKDAY.fullmatch(other.value) and begin <= other.start < end
            for other in found
            if other is not first and other is not second
        )
        if weekly:
            for day in (first, second):
                weekday = date.fromisoformat(day.value).isoweekday()
                day.type, day.value, day.anchor = "SET", f"XXXX-WXX-{weekday}", "vague"
                day.extras.pop("story", None)


def _date_the_other_days_of_a_list(found: list[Candidate], text: str) -> list[Candidate]:
    """Add a row for each day listed with a day that names its month: the same month and year."""
    added = []
    gone: set[int] = set()
    for cand in found:
        if cand.rule != "month_day" or not DAY_VALUE.match(cand.value) or "T" in cand.value:
            continue
        if cand.text[:1].isdigit():
            listed = DAYS_LISTED_BEFORE.search(text, max(0, cand.start - 30), cand.start)
            group = "days" if listed is None or listed["days"] else "first"
            offset = listed.start(group) if listed else 0
        else:
            listed = DAYS_LISTED_AFTER.match(text, cand.end)
            if listed is None and RUN_OPENS_BEFORE.search(text, max(0, cand.start - 10), cand.start):
                listed = DAY_RUN_AFTER.match(text, cand.end)  # "from October 18 to 21": the 21st too
            elif listed is None:
                listed = DAY_RUN_ENDING.match(text, cand.end)  # "the bank holiday weekend, May 3 to 5."
                if listed and int(re.match(r"\d+", listed["days"]).group()) <= int(cand.value[8:10]):
                    listed = None
                named = YEAR_AFTER_LAST_DAY.match(text, listed.end()) if listed else None
                if named:  # "from July 4 to 9, 2025": both days in that year
                    cand.value, cand.anchor = named[1] + cand.value[4:], "explicit"
                    if "story" in cand.extras:
                        cand.extras["story"] = (cand.value, *cand.extras["story"][1:])
                    gone.update(id(c) for c in found if c.start == named.start(1))
            offset = listed.start("days") if listed else 0
        if listed is None:
            continue
        year, month = int(cand.value[:4]), int(cand.value[5:7])
        for day in DAY_NUMBER_AT.finditer(listed["days"] or listed["first"]):
            number = int(re.match(r"\d+", day.group()).group())
            start = offset + day.start()
            if not 1 <= number <= 31 or any(c.start <= start < c.end for c in found):
                continue
            try:
                value = date(year, month, number).isoformat()
            except ValueError:
                continue
            added.append(Candidate(start, start + len(day.group()), day.group(), "DATE", value, cand.rule, cand.anchor))
    if gone:
        found = [c for c in found if id(c) not in gone]
    return sorted(found + added, key=lambda c: c.start) if added else found


def _share_the_day_of_a_clock_range(found: list[Candidate], text: str) -> None:
    """Give a clock time that names no day of its own the day of the clock time ending its range ("from 3am until
    11am on Friday": Friday 3am), or the day before when it is later in the day (overnight: "from 8pm until 6am on
    Sunday": Saturday 8pm)."""
    for first, second in zip(found, found[1:]):
        if first.rule not in TIME_RULES or second.rule != "time_and_day":
            continue
        if not CLOCK_RANGE_GLUE.fullmatch(text, first.end, second.start):
            continue
        clock, day = first.value.split("T", 1)[1], date.fromisoformat(second.value[:10])
        if clock > second.value.split("T", 1)[1]:
            day -= timedelta(days=1)  # "from 8pm until 6am on Sunday": overnight, from Saturday evening
        first.value = f"{day.isoformat()}T{clock}"
        first.extras.pop("undated", None)


# An event named by a name before a word for it, in a clock time's sentence: "Kick-off for the Dunmere game is
# 7.45pm", "the Wexley match starts at 3pm", "the Kettleby tie kicks off at 12.30pm".
NAMED_EVENT = re.compile(
    r"\bthe (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) (?:game|match|tie|fixture|clash|derby|meeting|race|fight"
    r"|bout|final|semi-final|leg)\b"
)
# How close a name and a day may stand for the day to be that name's event: "travel to Dunmere next Tuesday",
# "on Saturday against Wexley", with no clause break between.
NAME_DAY_GAP = 40
CLAUSE_BREAK = re.compile(r"[.;:!?]|,|\band\b|\bthen\b")


def _date_clock_times_by_their_named_event(found: list[Candidate], text: str) -> None:
    """Give a clock time whose sentence names an event by a name ("Kick-off for the Dunmere game is 7.45pm") the
    day an earlier clause put next to that name ("travel to Dunmere next Tuesday night"), not the day named last
    ("are at home to Wexley the following Saturday"): the time is that event's."""
    days = [c for c in found if c.type == "DATE" and re.match(r"\d{4}-\d\d-\d\d", c.value)]
    for clock in found:
        if clock.rule not in TIME_RULES or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", clock.value):
            continue
        opening = max(text.rfind(". ", 0, clock.start) + 1, 0)
        named = NAMED_EVENT.search(text, opening, clock.start)
        if named is None:
            continue
        name = named["name"]
        day = None
        for seen in re.finditer(rf"\b{re.escape(name)}\b", text[:opening]):
            near = [
                d
                for d in days
                if d.end <= opening
                and (
                    0 <= d.start - seen.end() <= NAME_DAY_GAP
                    and not CLAUSE_BREAK.search(text, seen.end(), d.start)
                    or 0 <= seen.start() - d.end <= NAME_DAY_GAP
                    and not CLAUSE_BREAK.search(text, d.end, seen.start())
                )
            ]
            if near:
                day = near[0]
        if day is not None and day.value[:10] != clock.value[:10]:
            clock.value = f"{day.value[:10]}T{clock.value.split('T', 1)[1]}"


# "on" (and "the") right before the day a clock time earlier in its clause is of: "The 17:42 … was the busiest
# train on Boxing Day". A relative day needs no preposition ("The 08:15 was cancelled yesterday").
ON_ITS_DAY_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)


def _date_clock_times_by_the_day_of_their_clause(found: list[Candidate], ctx: DocContext) -> None:
    """Give a clock time that names no day of its own, and follows no day in its sentence, the day said later in its
    clause, hung on the same verb ("The 17:42 from Paddington to Bristol was the busiest train on Boxing Day": 26
    December, not the day the paper's hour put it on): the clause tells of one time, on that day. A day hung on
    another verb ("the warning issued at 9pm says rain will fall on Sunday") is not the clock time's."""
    if ctx.doc is None:
        return
    text = ctx.doc.text
    for k, cand in enumerate(found):
        if (
            cand.rule not in TIME_RULES
            or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", cand.value)
            or cand.extras.get("undated")
        ):
            continue
        opening = ctx.sentence_start(cand.start)
        if any(c.type in ("DATE", "TIME") and opening <= c.end <= cand.start for c in found[:k]):
            continue  # the sentence named its day first ("On Friday … the 17:42 was cancelled")
        day = next((c for c in found[k + 1 :] if c.type in ("DATE", "TIME")), None)
        if (
            day is None
            or day.rule not in CLOCK_DAY_RULES
            or not DAY_VALUE.fullmatch(day.value)
            or day.extras.get("undated")
            or ctx.sentence_start(day.start) != opening
            or re.search(r"[;:]", text[cand.end : day.start])
            or (day.rule != "relative_day" and not ON_ITS_DAY_BEFORE.search(text, max(0, day.start - 8), day.start))
        ):
            continue
        clock, span = ctx._span(cand.start, cand.end), ctx._span(day.start, day.end)
        if clock is None or span is None or not len(clock) or not len(span):
            continue
        verb, held = governing_verb(clock.root), governing_verb(span.root)
        if verb is None or held is None or verb.i != held.i:
            continue
        cand.value = f"{day.value}T{cand.value.split('T', 1)[1]}"
        cand.extras.pop("put_back", None)


# A duration that starts at a date written next to it: "for three weeks from Monday", "will last 48 hours from 6 a.m.
# on Tuesday", "from Monday, the road will be shut for two weeks". Only a stretch of time ("for", "over", "last",
# "run", "take" before it) starts there: "two weeks from Monday" alone is a day two weeks after Monday.
STARTING_AT = re.compile(
    r"\s*,?\s+(?:from|starting|beginning|commencing|as of|effective|with effect from)(?:\s+(?:on|in|from))?\s+", re.I
)
# A day told with "on", then straight on "for" and a length of time: "close on Monday for two weeks", "was shut on
# 3 March for ten days". The stretch starts that day.
ON_A_DAY_BEFORE = re.compile(r"\bon\s+$", re.I)
DAY_THEN_FOR = re.compile(r"\s+for\s+(?:(?:about|around|at least|up to|nearly|almost|roughly|more than)\s+)?", re.I)
STARTING_BEFORE = re.compile(r"\b(?:from|starting|beginning|commencing)(?:\s+(?:on|in))?\s+$", re.I)
STRETCH_BEFORE = re.compile(
    r"\b(?:for|over|lasting|lasts?|runs?|running|takes?|taking)\s+(?:(?:about|around|at least|up to|nearly|almost"
    r"|roughly|more than|the next|another|a further)\s+)?$",
    re.I,
)


# A superlative or "first" and up to two words right before "for" or "in" and the length: "the biggest increase for
# three years", "its first win in five years". The length is the time since it was last so, counted back from the
# story's now; a date named before it ("will rise from 1 March, the biggest increase for three years") is not its start.
SUPERLATIVE_LENGTH = re.compile(
    rf"\b(?:first|best|worst|most|least|(?!(?:{'|'.join(NOT_SUPERLATIVE_EST)})\b)\w\w+est)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:for|in)\s+(?:(?:more than|over|nearly|almost|about|around|at least|well over|just over)\s+)?(?:the\s+)?$",
    re.I,
)


# Between the first and the last date of a stretch written out: "from 2010 to 2020", "from March until June".
STRETCH_END_GLUE = re.compile(r"\s*(?:to|until|till|through|-|–)\s*", re.I)


def _start_durations_at_their_date(found: list[Candidate], text: str) -> None:
    """Give a stretch of time that starts at a date named next to it ("close for three weeks from Monday") the span
    from that date to the date the stretch ends (extras "span"); TimeML keeps its value (P3W)."""
    for i, cand in enumerate(found):
        parts = duration_parts(cand.value) if cand.type == "DURATION" else []
        if not parts or "span" in cand.extras or not STRETCH_BEFORE.search(text, 0, cand.start):
            continue
        if SUPERLATIVE_LENGTH.search(text, max(0, cand.start - 80), cand.start):
            continue  # "the biggest increase for three years": how long since the last such rise, not a stretch
        after = found[i + 1] if i + 1 < len(found) else None
        before = found[i - 1] if i else None
        if after is not None and STARTING_AT.fullmatch(text, cand.end, after.start):
            start = after
        elif (
            before is not None
            and not re.search(r"[.;!?]", text[before.end : cand.start])
            and STARTING_BEFORE.search(text, 0, before.start)
        ):
            start = before
        elif (
            before is not None
            and DAY_VALUE.fullmatch(before.value)
            and ON_A_DAY_BEFORE.search(text, 0, before.start)
            and DAY_THEN_FOR.fullmatch(text, before.end, cand.start)
        ):
            start = before  # "will close to traffic on Monday for two weeks": the two weeks start that Monday
        else:
            continue
        first = value_span(start.value)[0] if start.type in ("DATE", "TIME") else ""
        if not first:
            continue
        to = found[found.index(start) + 1] if start is after and found.index(start) + 1 < len(found) else None
        if (
            to is not None
            and to.type in ("DATE", "TIME")
            and value_span(to.value)[1]
            and "T" not in first
            and STRETCH_END_GLUE.fullmatch(text, start.end, to.start)
            and value_span(to.value)[1] >= first
        ):
            # "for ten years, from 2010 to 2020": the stretch is the one written out, from its first date to the
            # end of its last, not ten years counted from its first day (which would make it the 2010s)
            cand.extras["span"] = (first, value_span(to.value)[1][:10])
            continue
        if start.extras.get("mod") and "T" not in first:  # "From late June … for fifteen days": from the 21st
            first = part_of_span(first, value_span(start.value)[1], start.value, start.extras["mod"])[0]
        moment = datetime.fromisoformat(first)
        for n, unit in parts:
            moment = shift(moment, n, unit)
        if "T" in first:
            end = moment.strftime("%Y-%m-%dT%H:%M")  # "48 hours from 6 a.m. on Wednesday" ends at a moment
        else:
            # "nine days from Saturday 28 November" are 28 November to 6 December: the first day is one of the nine,
            # so the last is the day before the one the length reaches, as a span's end day is counted in
            end = (moment.date() - timedelta(days=1)).isoformat()
        cand.extras["span"] = (first, end)


# A quarter of a year: once one is dated as a calendar quarter, the story's others are calendar ones.
CALENDAR_QUARTER = re.compile(r"\d{4}-Q[1-4]")
# A quarter or a half year: the period a company reports on, which "a year earlier" is compared with.
PERIOD_VALUE = re.compile(r"\d{4}-(?:Q|H)\d")

# A plain "before" right before a day or a longer date: "the exam boards confirmed before Christmas" says only that
# it came some time before, so the date is no day a later count starts from. "Shortly before" or "just before" (and
# a clock time, "before 3pm") stay close enough to count from.
BARE_BEFORE = re.compile(
    r"(?<!\bshortly )(?<!\bjust )(?<!\bright )(?<!\bsoon )(?<!\bimmediately )(?<!\bthe day )"
    r"(?<!\bthe night )(?<!\bthe week )(?<!\bthe evening )(?<!\bthe morning )(?<!\bmoments )(?<!\bhours )"
    r"(?<!\bminutes )\bbefore\s+(?:the\s+)?$",
    re.I,
)


# "since" just before a date: the date opens a time that runs to the present.
# "since" before a date, or before a short clause ending in "in", "on" or a verb of beginning: the date starts a
# stretch running to now ("the first meeting since 2012", "its first win since Celine Dion in 1988", "since he left in
# 2019", "the third such bill since the fiscal year began Oct. 1").
# A figure set against an earlier one right before a date: "up from 29.8% at the last election in", "down from
# £40m in", "compared with 12 in".
FIGURE_COMPARED_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+(?:about\s+|around\s+|just\s+)?[£$€]?\d[\d.,]*"
    r"(?:%|\s?(?:per ?cent|points?|seats?|[mb]n?|million|billion))?\s+[^.;:!?\d]{0,40}?\b(?:in|at|on)\s+(?:the\s+)?$",
    re.I,
)
SINCE = re.compile(
    r"\bsince\b(?:[^.;:!?,]{0,40}\b(?:in|on|began|begun|started|opened|took office|came to power))?\s+$", re.I
)
# A record figure and when it was set, right before the date: "hit a record high of 7.77 million in", "peaked at
# 1.2m in", "an all-time low of 3.4% in the".
RECORD_SET_BEFORE = re.compile(
    r"\b(?:record|all-time|peak(?:ed)?|high|low)\b[^.;:!?\d]{0,20}?[£$€]?\d[\d.,]*"
    r"(?:%|\s?(?:per ?cent|[mb]n?|million|billion|k))?[^.;:!?\d]{0,25}?\b(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# A record set within a stretch, right before it: "the coldest night of", "the busiest day of", "the most
# rain of" ("the winter so far", "the year").
RECORD_OF_BEFORE = re.compile(
    r"\b(?:(?!(?:inter|requ|prot|harv|for|cont|conqu|inqu|arr|unr|manif|beh|sugg|inv|dig|t)est\b)\w{3,}est"
    r"|most(?:\s+\w+)?|best|worst)\s+(?:[\w-]+\s+){0,2}?of\s+$",
    re.I,
)
# "until" before a date, or before a short clause ending in "in": the date ends a stretch of time ("lived there
# until his death in 1998", "until he retired in 1993", "runs until 2027"); "through" right before a date ends one
# too ("keeps the government open through Nov. 21"): a state lasting till then, not a day the story goes to, so a
# bare clock time after it in the story ("hours before a midnight deadline") is not put on it.
UNTIL_BOUND = re.compile(r"\b(?:until|till)\b(?:[^.;:!?,]{0,40}\bin)?\s+$|\bthrough\s+$", re.I)


# A duration followed by "later" or "earlier" dates an occasion counted from the date mentioned before it.
# "on" and "before" only at the end of a clause: "two days before the vote" counts from the vote, not the last date.
# "Four years later than planned" compares two dates, it counts from none.
LATER = re.compile(
    r"\s+(?:(later(?! than\b)|afterwards|thereafter|after that|earlier(?! (?:this|that|last|in the|than)\b)"
    r"|before that)\b"
    r"|(on|before)(?=\s*[,.;:!?]))",
    re.I,
)
COUNT_FORWARD = {"later", "afterwards", "after that", "thereafter", "on"}


YEARS_IN = {"decade": 10, "century": 100, "millennium": 1000}


# Units of a duration finer than a day: "three minutes later" counts from an event's clock time.
CLOCK_UNITS = ("hour", "minute", "second")


# A length counted from an event right after it: "five years after the flood", "two days before the vote".
COUNT_FROM_AN_EVENT_AFTER = re.compile(rf"\s+(?:after|before)\s+(?!\d|{MONTH}\b|{WEEKDAY}\b|that\b|this\b)", re.I)


def _after_an_undated_count(found: list[Candidate], text: str) -> bool:
    """Whether the expression before the one being read is a length counted from an event the text gives no date
    ("Exactly five years after the flood", no row of its own for the flood), so that a count on from "then" ("Two
    years on") has no date to start from either."""
    last = found[-1] if found else None
    return (
        last is not None
        and last.type == "DURATION"
        and "date_value" not in last.extras
        and "span" not in last.extras
        and COUNT_FROM_AN_EVENT_AFTER.match(text, last.end) is not None
    )


def counted_from(cand: Candidate, text: str, last_value: str | None, here: bool = True) -> dict | None:
    """The date a duration followed by "later" or "earlier" stands for, counted from the date mentioned before it:
    {"date_value": the value at the coarser precision of the two ("three years later" after "1978" -> "1981")}, and
    when the date before is the coarser, {"span": that date's span moved by the duration} ("two weeks later" after
    March 2019 -> 2019-03-15..2019-04-14); None when it is no such duration. `here`: that date is named in the same
    text (paragraph); a count of hours or minutes from a day without a clock time named in an earlier paragraph
    is left undated ("scored three minutes later" after "the final on Sunday": the goal's day is not that one)."""
    later = LATER.match(text, cand.end)
    parts = duration_parts(cand.value)
    if not later or not parts or not last_value:
        return None
    if not here and "T" not in last_value and any(unit in CLOCK_UNITS for _, unit in parts):
        return None
    sign = 1 if (later[1] or later[2]).lower() in COUNT_FORWARD else -1
    # "a decade later" than 1974 is 1984, not the 1980s: decades and centuries are counted in years
    steps = [(sign * n * YEARS_IN.get(unit, 1), "year" if unit in YEARS_IN else unit) for n, unit in parts]
    value = shift_value(last_value, steps)
    if value is None:
        return None
    found, first, last = value_start(last_value), *value_span(last_value)
    if found and PRECISION.index(found[1]) >= PRECISION.index("day") and all(unit == "week" for _, unit in steps):
        # "released on Thursday 12 August and GCSE results a week later": whole weeks from a day land on a day of
        # the same name (19 August), not anywhere in the calendar week that holds it
        return {"date_value": shift_value(last_value[:10], steps, keep=True)}
    finest = max((unit for _, unit in steps), key=PRECISION.index)
    if found and PRECISION.index(found[1]) < PRECISION.index(finest) and "T" not in first:
        moved = [shift(datetime.fromisoformat(d[:10]), 0, "day") for d in (first, last)]
        for n, unit in steps:
            moved = [shift(d, n, unit) for d in moved]
        return {"date_value": value, "span": (moved[0].date().isoformat(), moved[1].date().isoformat())}
    return {"date_value": value}


def is_reference(cand: Candidate) -> bool:
    """Whether later expressions ("the next day", "a year earlier") may count from this one: a calendar date, or
    a duration that dates an occasion ("three years later")."""
    if cand.extras.get("no_reference"):
        return False  # "overnight": a night across two days, on neither of which the story stands
    if "date_value" in cand.extras:
        return True
    if cand.type == "DATE" and re.fullmatch(r"BC\d{4}", cand.value):
        return True  # "in 55 BC and again the following year": a year before Christ, which no calendar span holds
    return cand.type in ("DATE", "TIME") and value_span(cand.value)[0] != "" and cand.rule not in ("year_earlier",)


def _quarter_spanned(cand: Candidate) -> str | None:
    """The calendar quarter ("2025-Q4") a stretch of three months covers exactly ("the three months to December"),
    else None."""
    span = cand.extras.get("span") if cand.type == "DURATION" and cand.value == "P3M" else None
    if not span or not span[0] or not span[1]:
        return None
    first, last = date.fromisoformat(span[0][:10]), date.fromisoformat(span[1][:10])
    if first.day != 1 or (first.month - 1) % 3 or (last + timedelta(days=1)) != first + relativedelta(months=3):
        return None
    return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"


def reference_value(cand: Candidate) -> str:
    """The date later expressions count from: the candidate's value, or the date its duration stands for."""
    return cand.extras.get("date_value", cand.value)


# The last date mentioned: its value, whether the text named it itself (see Context.moved), the last quarter or
# half year mentioned (or None), the first year of the sports season written across two years it named (or None),
# whether that date was named in a past perfect clause put before its main one (see Context.last_earlier), and
# whether it is a clock time put on the day before publication for want of its hour (see Context.last_put_back), and
# whether it only bounds when something happened (see Context.last_bound), and the latest month or day the story
# has named since it moved away from publication (see Context.story_latest), and whether that date is the day of a
# hearing (see DocContext.last_hearing).
Reference = tuple[str, bool, str | None, int | None, bool, bool, bool, str | None, bool | str]


def _goes_back_to(cand: Candidate, ctx: DocContext) -> bool:
    """Whether the story goes to the month or day `cand` names with its year, in a sentence after the one that named
    the story's last date and in a clause not in the past perfect ("The 2012 Olympics were held in July and August.
    The floods began on 3 March 2010. The water stayed until April."): the story is told from that date on, so
    what it later says ran "until" a month runs on from it, not from a later month it named before (April 2010, not
    2013). An earlier date told in the past perfect ("He was arrested in November 2024. An inquiry had begun in
    June 2024.") is a step back the story returns from, and one in the same sentence is told beside the other."""
    if cand.anchor != "explicit" or not re.match(r"\d{4}-\d\d", cand.value):
        return False
    if ctx.last_start >= 0 and ctx.sentence_start(ctx.last_start) == ctx.sentence_start(cand.start):
        return False
    span = ctx._span(cand.start, cand.end)
    verb = governing_verb(span.root) if span is not None and len(span) else None
    if verb is not None and _set_off_beside_a_noun(verb):
        return False  # "Ranieri, sacked by Greece in November 2014, was a surprise choice": who he is, an aside
    return verb is None or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _set_off_beside_a_noun(verb: Token) -> bool:
    """Whether `verb` heads a clause set off by a comma that describes a noun ("Ranieri, sacked by Greece in
    2014,", "Ranieri, who was sacked in 2014,"): it says who or what that noun is, a step aside from the story."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ not in ("PROPN", "NOUN"):
        return False
    edge = verb.left_edge
    return edge.i > 0 and verb.doc[edge.i - 1].text == ","


def _latest_of(latest: str | None, value: str) -> str | None:
    """Of the story's latest month or day so far (`latest`) and a date it names now (`value`), the one that ends
    later; a bare year or a vaguer value leaves the latest as it was, since it cannot say which month is later."""
    if not re.match(r"\d{4}-(?:\d\d|SP|SU|FA|WI)\b", value):
        return latest
    if latest is None:
        return value
    return value if value_span(value)[1] > value_span(latest)[1] else latest


def _stretch_ending_on(cand: Candidate, text: str) -> str | None:
    """A "FIRST/LAST" value for a day that ends a stretch of several days the figures of a report cover ("in the week to
    January 5", "the 12 weeks to 7 September"), else None."""
    if cand.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", cand.value):
        return None
    span = cand.extras.get("span")
    week = WEEK_OF_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if not span and week is not None and week["to"]:  # dated as a week only later (see _span_the_week_of_a_day)
        span = ((date.fromisoformat(cand.value) - timedelta(days=DAYS_IN_A_WEEK - 1)).isoformat(), cand.value)
    if not span or span[1] != cand.value or span[0] >= span[1]:
        return None
    return f"{span[0]}/{span[1]}"


def last_reference(found: list[Candidate], before: Reference | None = None) -> Reference | None:
    """The last date of `found` that later expressions count from (value, named by the text), else `before`."""
    story = next((cand.extras["story"] for cand in reversed(found) if "story" in cand.extras), None)
    season = next(
        (c.extras["season"] for c in reversed(found) if c.rule == "split_year" and "season" in c.extras), None
    )
    if season is None:
        return story or before
    last = story or before or (None, False, None, None, False, False)
    return (*last[:3], season, *last[4:])
