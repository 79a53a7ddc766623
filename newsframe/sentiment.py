"""Sentiment of paragraphs, sentences and entities: TextBlob and VADER scores, the project's learned tone, the tone
towards each named entity, and quoted speech told apart from the reporter's own words.

Tables (see docs/data-dictionary.md):
- sentence_sentiment.csv: paragraph, sentence, text, quoted, polarity, subjectivity, vader, tone, tone_score.
- paragraph_sentiment.csv: paragraph, polarity, subjectivity, vader, tone, share_negative, share_neutral,
  share_positive (one row per paragraph, headline = 0).
- entity_sentiment.csv: entity, entity_type, sentences, polarity_mean, vader_mean, tone, tone_score,
  share_negative, share_neutral, share_positive.

`polarity` and `subjectivity` are `TextBlob(text).sentiment`; `vader` is VADER's compound score of the text (of a
text longer than VADER_PIECE_CHARS, the length-weighted mean over pieces cut at sentence ends: VADER's own time
grows with the square of a text's length). `tone` (negative / neutral / positive) is the project's label: a sentence's
from the learned model (`tone_model.py`, fitted on human-labelled news sentences, measured below), a paragraph's and
an article's from their sentences, weighted by length; an entity's from the context of its own mentions.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from . import tone_model
from .article import dash_speech

TONES = tone_model.TONES

# ---------------------------------------------------------------------------------------------------------------
# The learned label: the `tone` column (model and features in tone_model.py; fitted by `make train`).
# A sentence's tone is the most probable class of the model. One rule sits on top, so that a reader can check it
# against the two lexicons: when TextBlob and VADER are both far from zero on the same side (polarity at least
# OVERRIDE_POLARITY and compound at least OVERRIDE_VADER, or both as far below zero), the tone is that side.
# ("We were pleased that…", polarity 0.5 and compound 0.61, reads positive.) The thresholds were set by reading, not
# fitted; the benchmark prints how many held-out labels the rule changes and the macro-F1 without it.
# ---------------------------------------------------------------------------------------------------------------
OVERRIDE_POLARITY = 0.3
OVERRIDE_VADER = 0.5

# Each lexicon alone, with the thresholds that maximise macro-F1 on NewsMTSC (negative below the first, positive
# above the second, on a 0.01 grid): used for the agreement chart and as the benchmark's baselines.
TEXTBLOB_THRESHOLDS = (0.0, 0.07)
VADER_THRESHOLDS = (-0.01, 0.43)

# Measured by `benchmarks/sentiment.py` on NewsMTSC train.jsonl (split and fit in `newsframe/training.py`):
# `held_out` on the 1,639 sentences of held-out articles, by the model fitted on the 6,119 dev sentences (the shipped
# model); `dev_cv` by 5-fold cross-validation on the dev part, articles kept whole. Every method's thresholds or
# coefficients fitted on the training side only. "target" scores the tone towards each of the 1,842 held-out
# targets, the NewsMTSC task; the others score sentences. Published reference on the NewsMTSC test set: TextBlob
# 0.43, VADER 0.52, a fine-tuned transformer 0.83 macro-F1.
BENCHMARK_HELD_OUT_SENTENCES = 1639
BENCHMARK = {
    "held_out": {
        "textblob": {"macro_f1": 0.4259, "accuracy": 0.4301},
        "vader": {"macro_f1": 0.5239, "accuracy": 0.5229},
        "tone": {"macro_f1": 0.609, "accuracy": 0.6077},
        "target_sentence": {"macro_f1": 0.6374, "accuracy": 0.6364},
        "target": {"macro_f1": 0.6351, "accuracy": 0.6352},
    },
    "dev_cv": {
        "textblob": {"macro_f1": 0.4353, "accuracy": 0.439},
        "vader": {"macro_f1": 0.5331, "accuracy": 0.5339},
        "tone": {"macro_f1": 0.6145, "accuracy": 0.6142},
        "target_sentence": {"macro_f1": 0.6389, "accuracy": 0.6392},
        "target": {"macro_f1": 0.6379, "accuracy": 0.6387},
    },
}
BENCHMARK_NAMES = {
    "textblob": "TextBlob polarity alone",
    "vader": "VADER compound alone",
    "tone": "tone (learned, sentence alone)",
    "target_sentence": "tone towards the sentence's targets",
    "target": "tone towards each target",
}


def benchmark_table() -> pd.DataFrame:
    """The measured figures as a table: method, held-out macro_f1 and accuracy, dev cross-validated macro_f1."""
    return pd.DataFrame(
        [
            {
                "method": BENCHMARK_NAMES[m],
                "macro_f1": v["macro_f1"],
                "accuracy": v["accuracy"],
                "dev_cv_macro_f1": BENCHMARK["dev_cv"][m]["macro_f1"],
            }
            for m, v in BENCHMARK["held_out"].items()
        ]
    )


def benchmark_markdown() -> str:
    """A Markdown table of the measured figures and how they were measured, for the notebook."""
    lines = ["| method | macro-F1 (held out) | accuracy (held out) | macro-F1 (dev, cross-validated) |"]
    lines.append("| --- | ---: | ---: | ---: |")
    lines += [
        f"| {r.method} | {r.macro_f1:.3f} | {r.accuracy:.3f} | {r.dev_cv_macro_f1:.3f} |"
        for r in benchmark_table().itertuples()
    ]
    tone = BENCHMARK["held_out"]["tone"]
    lines.append("")
    lines.append(
        f"Held out: {BENCHMARK_HELD_OUT_SENTENCES:,} NewsMTSC news sentences from articles never used to fit or tune "
        "anything (negative / neutral / positive; the last row scores each target person instead of the sentence). "
        f"The sentence `tone` is right on about {tone['accuracy']:.0%} of sentences (chance: 33%): read it as a guide "
        "to tone, not as a verdict on any one sentence."
    )
    return "\n".join(lines)


@lru_cache(maxsize=1)
def _vader():
    """VADER's analyser, built once (it reads its lexicon from the installed package)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _textblob():
    """The function behind `TextBlob(text).sentiment`: text -> (polarity, subjectivity).

    TextBlob's default analyser (PatternAnalyzer) calls `textblob.en.sentiment` on the raw text; calling it directly
    gives the same numbers without building a TextBlob and a new namedtuple class for every text (about 40% of
    TextBlob's time on news sentences). Another default analyser falls back to `TextBlob(text).sentiment`.
    """
    from textblob import TextBlob
    from textblob.en import sentiment
    from textblob.en.sentiments import PatternAnalyzer

    if type(TextBlob.analyzer) is PatternAnalyzer:
        return sentiment
    return lambda text: tuple(TextBlob(text).sentiment)


def load_lexicons() -> None:
    """Load TextBlob's and VADER's lexicons and the tone model now rather than at the first score (TextBlob parses
    its XML lexicon lazily, 0.15 s): a process that forks the analysis and notebook kernels calls it once for all."""
    _textblob()("good")
    _vader()
    tone_model.load_model()


# VADER scores a text of at most this many characters whole; a longer one in pieces of at most this size, cut after
# a sentence end where there is one (else after a space), and the pieces' scores are averaged weighted by their
# length. No news paragraph is that long; the cut keeps the time linear in the length of a hostile one.
VADER_PIECE_CHARS = 1000
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def vader_pieces(text: str, limit: int = VADER_PIECE_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters that joined give back `text` (rule above)."""
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        ends = [m.end() for m in SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or limit)
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def vader_scores(text: str) -> dict[str, float]:
    """VADER's compound, pos and neg of `text` (a long text by pieces, see VADER_PIECE_CHARS)."""
    if len(text) <= VADER_PIECE_CHARS:
        return _vader().polarity_scores(text)
    parts = vader_pieces(text)
    weights = np.array([len(p) for p in parts], dtype=float)
    scores = [_vader().polarity_scores(p) for p in parts]
    return {k: float(np.dot(weights, [s[k] for s in scores]) / weights.sum()) for k in ("compound", "pos", "neg")}


def vader_compound(text: str) -> float:
    """VADER's compound score of one text (by pieces when long, as in `vader_scores`)."""
    return float(vader_scores(text)["compound"])


def text_scores(text: str) -> dict[str, float]:
    """TextBlob polarity and subjectivity, VADER compound and VADER's positive and negative shares of one text."""
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    polarity, subjectivity = _textblob()(text)
    vader = vader_scores(text)
    return {
        "polarity": float(polarity),
        "subjectivity": float(subjectivity),
        "vader": float(vader["compound"]),
        "vader_pos": float(vader["pos"]),
        "vader_neg": float(vader["neg"]),
    }


def _has_words(text) -> bool:
    """Whether a text has a letter or a digit."""
    return bool(re.search(r"\w", str(text or "")))


# ---------------------------------------------------------------------------------------------------------------
# Results in plain words. The model learned from political news, where the wording of company results, jobs and
# payments is rare, and the lexicons read "profit halves" or "could not afford to pay" as neutral or positive. A
# rule a reader can check sits between the lexicon override and the model: a measure that is good to have (profit,
# sales, shares, jobs, a market such as bitcoin or a stock index: "Bitcoin fell 6%") going down, or one that is bad
# to have (losses, debt, unemployment, cases of a disease, crime, waiting lists) going up, within a few words in that
# order, reads negative; the reverse reads positive; cutting jobs and failing to pay read negative.
# A sentence with results both ways is left to the model.
# ---------------------------------------------------------------------------------------------------------------
GOOD_MEASURES = (
    r"profits?|revenues?|sales|earnings|income|turnover|margins?|dividends?|shares|stocks?|exports?|output|growth"
    r"|orders|demand|jobs|employment|wages|bookings|market share|GDP|trade|footfall|productivity|viewers|audiences?"
    r"|ratings|attendances?|subscribers"
)
BAD_MEASURES = r"loss(?:es)?|debts?|deficits?|unemployment|joblessness|inflation|layoffs|arrears|defaults|death\s+toll"
# Measures of the same kinds found in fewer texts, searched only in a text holding one of their stems (MORE_STEMS): a
# market (good to have) and the harm of a disease or of crime, and a waiting list (bad to have).
MARKET_MEASURES = (
    r"bitcoin|ether\b|cryptocurrenc(?:y|ies)|stock\s+markets?|(?:FTSE|Dow|S&P|Nasdaq|Nikkei|DAX|CAC|Hang\s+Seng"
    r"|Sensex|Nifty)\b(?:\s+(?:Jones|Composite|index|\d+))?|vaccination\s+rates?|vaccine\s+uptake"
    r"|immuni[sz]ation\s+rates?"
)
DISEASES = (
    r"measles|covid(?:-19)?|flu|influenza|cholera|dengue|mpox|malaria|tuberculosis|norovirus|virus|coronavirus"
    r"|whooping\s+cough|scarlet\s+fever|diphtheria|polio|listeria|salmonella"
)
HARM_MEASURES = (
    rf"(?:{DISEASES}|confirmed|suspected)\s+(?:cases|infections)|cases\s+of\s+(?:{DISEASES})|infections"
    r"|hospitali[sz]ations|crime|offences|burglaries|homicides|shootings|overdoses|waiting\s+lists?|waiting\s+times"
    r"|backlogs?"
)
MORE_STEMS = (
    *"bitcoin crypto ftse s&p nasdaq nikkei dax sensex nifty vaccin immuni".split(),
    *("stock market", " ether", "dow ", "cac ", "hang seng"),
    *"cases infection hospitali crime offences burglar homicide shooting overdose waiting backlog".split(),
)
UP_WORDS = (
    r"rose|rises?|risen|rising|increased?|increases|increasing|grew|grows?|grown|growing|jumped|jumps?|soared|soars?"
    r"|surged|surges?|climbed|climbs?|doubled|doubles?(?!-)|tripled|triples?(?!-)|gained|gains|rebounded|widened"
    r"|widens|beat|exploded|skyrocketed|rocketed|soaring|surging|climbing|rocketing"
)
DOWN_WORDS = (
    r"fell|falls?|fallen|falling|dropped|drops?|declined|declines?|declining|slumped|slumps?|plunged|plunges?"
    r"|plummeted|tumbled|tumbles?|sank|sinks?|slid|slides?|slipped|slips?|halved|halves|collapsed|collapses?"
    r"|shrank|shrinks?|shrunk|contracted|eroded|narrowed|narrows|missed|crashed|crashes|nosedived|nosedives|sagged"
    r"|tumbling|plunging|plummeting|sinking|sliding|slipping|slumping|crashing|tanking|tanked"
)
# A level told by a comparative after a verb, as market reports tell it: "shares closed lower", "stocks ended sharply
# higher", "unemployment was higher than expected".
_LEVEL = r"(?:closed|ended|finished|traded|opened|edged|moved|were|was|is|are|be)\s+(?:\w+ly\s+)?"
UP_WORDS += rf"|{_LEVEL}higher"
DOWN_WORDS += rf"|{_LEVEL}lower"
# At most this many words between the measure and its movement ("profit for the fourth quarter fell").
OUTCOME_GAP = 5
# Words that open another clause end the search: in "shares the view that taxes fell" nothing of "shares" fell.
CLAUSE_WORDS = r"that|which|who|whom|whose|because|as|when|while|whereas|and|but|or|if|though|although|after|before"
_GAP = rf"(?:[\s,]+(?!(?:{CLAUSE_WORDS})\b)[\w%$€£.'’-]+){{0,{OUTCOME_GAP}}}?[\s,]+"
# Between cutting and the jobs: numbers and quantifiers only ("cut 2,000 jobs", "shed about a third of its staff").
_COUNT = (
    r"(?:\s+(?:[\d.,%]+|about|around|some|nearly|almost|more|than|up|to|over|under|hundreds|thousands|of|its|their"
    r"|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|third|quarter|half|further|another|additional|per"
    r"|cent|full-time|part-time|million|billion)){0,6}\s+"
)
CUTTING = (
    r"cut|cuts|cutting|slash(?:ed|es|ing)?|ax(?:e|ed|es|ing)|shed(?:s|ding)?|eliminat\w+|lay(?:s|ing)? off|laid off"
)
FAILING = r"could not|cannot|can't|couldn't|can’t|couldn’t|unable to|failed to|struggl(?:e|es|ed|ing) to"
# What a household or a firm pays, going up: "a council tax rise of 4.99%", "energy bills rose", "rail fares increase".
# (Prices are left out: "share prices rose" is good news for the shareholder.)
CHARGES = (
    r"tax|taxes|costs?|bills|(?:(?:annual|average|monthly|yearly|typical|energy|water|gas|electricity|phone|fuel|heating)"
    r"\s+)+bill|fees|fares|rents?|premiums|tolls|tariffs"
)
CHARGES_UP = (
    r"rose|rises?|risen|rising|increased?|increases|increasing|jumped|jumps?|soared|soars?|surged|surges?|climbed"
    r"|climbs?|doubled|tripled|went\s+up|go(?:es)?\s+up|going\s+up"
)
# Places a community uses, closed: "the closure of three branch libraries", "will close 40 stores".
CLOSING = r"clos(?:e|es|ed|ing)|closures?\s+of|shut(?:s|ting)?(?:\s+down)?"
FACILITIES = (
    r"schools?|librar(?:y|ies)|hospitals?|clinics?|surger(?:y|ies)|plants?|factor(?:y|ies)|mines|stores?|shops"
    r"|branch(?:es)?|offices|stations?|wards?|pubs?|depots?|mills?|pools?|centres?|centers?"
)
# Between closing and the place: numbers, determiners and one more word ("close three primary schools"), never "to"
# ("close to the station" is near it).
_PLACES = (
    r"(?:\s+(?:[\d.,]+|the|its|their|his|her|our|a|an|all|some|several|many|remaining|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|dozens|hundreds|of|more|than|about|around|another|further)){0,5}\s+"
)
# A measure told by the movement before it: "falling sales", "rising rents", "mounting losses", "falling unemployment".
FALLING = r"falling|declining|shrinking|slumping|sliding|dwindling|plunging|tumbling|collapsing|weakening"
RISING = r"rising|soaring|surging|growing|mounting|increasing|climbing|spiralling|spiraling|rocketing"
# Jobs lost or at risk: "putting 2,100 jobs at risk", "300 lose their jobs", "with the loss of about 450 jobs".
JOB_WORDS = r"jobs|posts|roles|positions|lose|loses|lost|losing|loss|job"
JOBS_LOST = (
    r"\b(?:jobs|posts|roles|positions)\s+(?:(?:are|were|is|was|now|could\s+be|will\s+be|may\s+be)\s+)?at\s+risk\b"
    r"|\b(?:jobs|posts|roles|positions)\s+(?:(?:could|will|would|may|might|are\s+(?:set\s+|expected\s+)?to|were|are|have"
    r"|had)\s+)?(?:be\s+|been\s+)?(?:lost|axed|shed|scrapped|made\s+redundant)\b"
    r"|\b(?:jobs|posts|roles|positions)\s+(?:are\s+|were\s+)?(?:set\s+|expected\s+|due\s+)?to\s+go\b"
    r"|\b(?:lose|loses|lost|losing)\s+(?:their\s+|his\s+|her\s+|my\s+|our\s+)?(?:jobs?|(?:life\s+)?savings|homes?"
    r"|livelihoods?|lives|businesses|pensions?)\b"
    r"|\bloss\s+of\s+(?:about\s+|around\s+|some\s+|up\s+to\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,]+\s+jobs\b"
    r"|\bjob\s+(?:losses|cuts)\b"
)
# A business failed: "collapses into administration", "filed for bankruptcy", "declared itself insolvent".
FAILING_BUSINESS = r"collaps\w*|went|go|goes|going|gone|fell|falls|placed|put|filed?|files|filing|declared"
FAILED_BUSINESS = (
    r"\b(?:collaps\w*|went|go(?:es|ing)?|gone|fell|falls|placed|put)\s+into\s+(?:administration|receivership|liquidation"
    r"|insolvency|bankruptcy)\b|\b(?:filed?|files|filing)\s+for\s+(?:bankruptcy|insolvency|administration"
    r"|chapter\s+11)\b|\bdeclared\s+(?:itself\s+|themselves\s+)?(?:bankrupt|insolvent)\b"
)
# A dispute ended: "ending a six-week strike", "called off the walkout".
ENDING = r"end|ends|ended|ending|call|calls|called|calling"
DISPUTE_ENDED = (
    r"\b(?:end|ends|ended|ending|call(?:s|ed|ing)?\s+off)\s+(?:(?:a|an|the|its|their|this|last)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|dispute|walkout|stoppage|lockout|stand-?off|blockade|siege)\b"
)
# A charge's movement is its own, not that of a measure after it: "pre-tax profit fell", "tax revenues rose".
# Places named after it are no gap: "bills in England, Scotland and Wales will fall".
_CHARGE_GAP = (
    r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:(?:,\s+|,?\s+and\s+)(?-i:[A-Z])[\w-]*)*)?"
    rf"(?:[\s,]+(?!(?:{CLAUSE_WORDS}|{GOOD_MEASURES}|{BAD_MEASURES})\b)[\w%$€£.'’-]+){{0,{OUTCOME_GAP}}}?[\s,]+"
)
# What a household pays for goods it cannot do without, raised: "raised the pump price of petrol", "hiked its
# electricity tariffs", "a fuel price hike", "food prices rose" (the price of a share or a house is left out: who
# gains is not said).
STAPLES = r"fuel|petrol|gasoline|diesel|food|bread|energy|electricity|gas|water|pump|rice|flour|milk|medicine|drug"
PRICE_RAISED = re.compile(
    rf"\b(?:raised|raises|raising|hiked|hikes|hiking|increased|increases|increasing|doubled|doubles|jacked\s+up)\s+"
    rf"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?:pump\s+)?prices?\s+of\s+(?:{STAPLES})"
    rf"|(?:{STAPLES})\s+(?:[\w-]+\s+)?(?:prices?|tariffs?))\b"
    rf"|\b(?:{STAPLES})\s+(?:[\w-]+\s+)?(?:price|tariff)\s+(?:hikes?|rises?|increases?)\b"
    rf"|\b(?:{STAPLES})\s+(?:pump\s+)?prices?{_GAP}(?:{CHARGES_UP})\b",
    re.I,
)
# Charges going down: "energy bills will fall by 7%", "rail fares came down" (what a household pays, less; taxes
# cut are a policy argued over, left to the model).
BILLS = (
    r"costs?|bills|(?:(?:annual|average|monthly|yearly|typical|energy|water|gas|electricity|phone|fuel|heating)\s+)+bill"
    r"|fees|fares|rents?|premiums|tolls|tariffs"
)
CHARGES_DOWN = (
    r"fell|falls?|fallen|falling|dropped|drops?|declined|declines?|eased|eases|went\s+down|go(?:es)?\s+down"
    r"|going\s+down|come\s+down|came\s+down|comes\s+down"
)
# A movement told by a noun before its measure: "a 60% fall in trade", "a rise in unemployment", "a drop in sales".
DOWN_NOUNS = r"falls?|drops?|declines?|slumps?|plunges?|collapse|slides?|dips?|downturn|contraction|reductions?"
UP_NOUNS = r"rises?|increases?|jumps?|surges?|growth|rebound|boost|upturn|recovery|spikes?|hikes?"
_IN = r"\s+in\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
# Something people rely on that collapsed: "the bridge collapsed", "talks collapsed", "Crypto exchange Vantrix
# collapses", "the collapse of the viaduct" (a measure that collapses, "sales collapsed", is the results rule's).
COLLAPSING = (
    r"bridges?|buildings?|roofs?|towers?|blocks?|dams?|walls?|mines?|tunnels?|stands?|ceilings?|spans?|cranes?"
    r"|scaffolding|viaducts?|flyovers?|overpass|embankments?|piers?|stadium|hotel|houses?|homes?|exchanges?|banks?"
    r"|lenders?|firms?|compan(?:y|ies)|retailers?|airlines?|chains?|business|insurers?|funds?|builders?|developers?"
    r"|platforms?|operators?|suppliers?|start-?ups?|talks|negotiations|deal|ceasefire|truce|agreement|coalition"
    r"|government"
)
COLLAPSED = re.compile(
    rf"\b(?:{COLLAPSING})\b(?:\s+(?!(?:{CLAUSE_WORDS})\b)[\w'’-]+){{0,6}}?\s+(?:(?:has|have|had)\s+)?"
    r"(?:collapsed|collapses|gave\s+way|gives\s+way|caved\s+in|caves\s+in|crumbled|fell\s+through|broke\s+down"
    r"|break(?:s|ing)?\s+down|broken\s+down)\b"
    rf"|\bcollapse\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{COLLAPSING})\b",
    re.I,
)
COLLAPSE_STEMS = (
    "collaps",
    "gave way",
    "gives way",
    "caved in",
    "caves in",
    "crumbled",
    "fell through",
    "broke down",
    "break down",
    "breaks down",
    "breaking down",
    "broken down",
)
# A warning level raised ("raised the alert level to 3", "the terror threat level was raised"): danger grew; lowered,
# it receded.
ALERT_LEVEL = r"(?:alert|warning|threat|danger|risk|evacuation)\s+(?:level|status)"
ALERT_RAISED = re.compile(
    r"\b(?:(?P<up>raised|raises|raising|increased|increases|lifted|lifts|upgraded|elevated|hiked)|lowered|lowers"
    r"|lowering|reduced|reduces|downgraded|downgrades)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{ALERT_LEVEL}\b|\b{ALERT_LEVEL}\s+(?:was\s+|has\s+been\s+|is\s+|were\s+)?(?:(?P<up2>raised|increased"
    r"|upgraded|elevated)|lowered|reduced|downgraded)\b",
    re.I,
)
# Services brought to a halt: "Doctors' strike paralyses services", "crippled the rail network", "brought the city to
# a standstill", "production came to a standstill", "Strike halts production", "output was suspended".
HALTED_WORK = r"production|output|operations|manufacturing|assembly|services|traffic|deliveries|work\s+at"
# A route blocked: "blocking traffic for hours", "blocked the motorway".
ROUTES = r"traffic|roads?|routes?|motorway|highway|railway|line|canal|channel|port|runway|bridge|tunnel|junction"
PARALYSED = re.compile(
    r"\b(?:paraly[sz](?:e|es|ed|ing)|crippl(?:e|es|ed|ing)|(?:brought|brings?|bringing)\s+(?:[\w'’-]+\s+){1,3}?to\s+a"
    r"\s+(?:standstill|halt)|(?:came|comes?|coming|ground|grinds?|grinding)\s+to\s+a\s+(?:standstill|halt))\b"
    r"|\b(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:{HALTED_WORK})\b"
    rf"|\b(?:{HALTED_WORK})\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|remains?|remained)\s+)?"
    r"(?:halted|suspended)\b"
    rf"|\bblock(?:s|ed|ing)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:{ROUTES})\b",
    re.I,
)
# A vehicle or a vessel in an accident: "Container ship runs aground", "Lorry overturns on A9", "jet's engine catches
# fire", "train derails", "Rocket explodes minutes after launch".
VEHICLES = (
    r"ships?|vessels?|boats?|ferr(?:y|ies)|tankers?|freighters?|trawlers?|yachts?|trains?|planes?|jets?|aircraft"
    r"|airliners?|helicopters?|buses|bus|coach|lorr(?:y|ies)|trucks?|cars?|vans?|tram|engine|rockets?|spacecraft"
    r"|capsules?|drones?"
)
ACCIDENT = re.compile(
    rf"\b(?:{VEHICLES})(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:has|had|have|was|were)\s+)?(?:r[au]n?s?\s+aground"
    r"|capsi[sz](?:ed|es)|derail(?:ed|s)|overturn(?:ed|s)|collid(?:ed|es)|(?:caught|catches)\s+fire"
    r"|crash(?:ed|es)|crash-landed|plunged|plunges|ploughed|ploughs|went\s+off\s+the\s+road|explod(?:ed|es)|blew\s+up"
    r"|blows\s+up|broke\s+apart|breaks\s+apart)\b",
    re.I,
)
ACCIDENT_STEMS = (
    "aground",
    "capsi",
    "derail",
    "overturn",
    "collid",
    "fire",
    "crash",
    "plunge",
    "plough",
    "off the road",
    "explod",
    "blew up",
    "blows up",
    "apart",
)
PARALYSED_STEMS = ("paraly", "crippl", "standstill", "halt", "suspend", "block")
# People held against their will, freed: "three hostages freed", "33 hostages are to be freed", "freed the captives"
# (a call to free them, "release the hostages", is not their release).
HOSTAGES = r"hostages?|captives?|kidnapped|abducted|abductees|kidnap\s+victims"
FREED = r"freed|released|rescued|set\s+free|reunited|returned\s+home|handed\s+over|walked\s+free"
HOSTAGES_FREED = re.compile(
    rf"\b(?:{HOSTAGES})\b(?:\s+(?!(?:{CLAUSE_WORDS})\b)[\w'’,-]+){{0,12}}?\s+(?:(?:were|was|are|is|have\s+been|has\s+been"
    rf"|had\s+been|being|to\s+be|be)\s+)?(?:{FREED})\b"
    rf"|\b(?:{FREED})\s+(?:[\w,-]+\s+){{0,3}}?(?:{HOSTAGES})\b",
    re.I,
)
OUTCOMES = [
    (re.compile(rf"\b(?:{GOOD_MEASURES}){_GAP}(?:{DOWN_WORDS})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{GOOD_MEASURES}){_GAP}(?:{UP_WORDS})\b", re.I), "positive"),
    (re.compile(rf"\b(?:{BAD_MEASURES}){_GAP}(?:{UP_WORDS})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{BAD_MEASURES}){_GAP}(?:{DOWN_WORDS})\b", re.I), "positive"),
    (
        re.compile(rf"\b(?:{CUTTING}){_COUNT}(?:jobs|workers|staff|employees|positions|posts|roles)\b", re.I),
        "negative",
    ),
    (re.compile(rf"\b(?:{FAILING})\s+(?:afford|pay|repay|meet|heat|feed|cope|make\s+ends\s+meet)\b", re.I), "negative"),
    (re.compile(rf"(?<![\w-])(?:{CHARGES}){_CHARGE_GAP}(?:{CHARGES_UP})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{CLOSING}){_PLACES}(?:[\w-]+\s+)?(?:{FACILITIES})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{FALLING})\s+(?:[\w-]+\s+)?(?:{GOOD_MEASURES})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{RISING})\s+(?:[\w-]+\s+)?(?:{GOOD_MEASURES})\b", re.I), "positive"),
    (re.compile(rf"\b(?:{RISING})\s+(?:[\w-]+\s+)?(?:{BAD_MEASURES}|{CHARGES})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{FALLING})\s+(?:[\w-]+\s+)?(?:{BAD_MEASURES})\b", re.I), "positive"),
    (re.compile(JOBS_LOST, re.I), "negative"),
    (re.compile(FAILED_BUSINESS, re.I), "negative"),
    (re.compile(DISPUTE_ENDED, re.I), "positive"),
    (re.compile(rf"(?<![\w-])(?:{BILLS}){_CHARGE_GAP}(?:{CHARGES_DOWN})\b", re.I), "positive"),
    (re.compile(rf"\b(?:{DOWN_NOUNS}){_IN}(?:{GOOD_MEASURES})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{UP_NOUNS}){_IN}(?:{GOOD_MEASURES})\b", re.I), "positive"),
    (re.compile(rf"\b(?:{UP_NOUNS}){_IN}(?:{BAD_MEASURES}|{CHARGES})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{DOWN_NOUNS}){_IN}(?:{BAD_MEASURES}|{CHARGES})\b", re.I), "positive"),
]
# Every pattern above opens with one of these words: a text without any (most sentences) needs no other search.
# (Searched in the lower-cased text, without re.I: several times faster on a long alternation.)
OUTCOME_OPENINGS = re.compile(
    rf"\b(?:{GOOD_MEASURES}|{BAD_MEASURES}|{CUTTING}|{FAILING}|{CHARGES}|{CLOSING}|{FALLING}|{RISING}|{JOB_WORDS}"
    rf"|{FAILING_BUSINESS}|{ENDING})".lower()
)
# The patterns of a movement told by a noun ("a fall in trade") need this in the lower-cased text.
NOUN_MOVES = re.compile(rf"\b(?:{DOWN_NOUNS}|{UP_NOUNS})\s+in\b".lower())
NOUN_PATTERNS = 4  # the last ones of OUTCOMES
MORE_OUTCOMES = [
    (re.compile(rf"\b(?:{MARKET_MEASURES}){_GAP}(?:{DOWN_WORDS})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{MARKET_MEASURES}){_GAP}(?:{UP_WORDS})\b", re.I), "positive"),
    (re.compile(rf"\b(?:{HARM_MEASURES}){_GAP}(?:{UP_WORDS})\b", re.I), "negative"),
    (re.compile(rf"\b(?:{HARM_MEASURES}){_GAP}(?:{DOWN_WORDS})\b", re.I), "positive"),
]
# A movement said to have hardly happened: "productivity has barely grown", "sales hardly moved" is the other way.
BARELY = re.compile(r"\b(?:barely|hardly|scarcely)\s+\w+$", re.I)
# A negation just before a verb that opens a pattern takes the result back: "the union would not call off the
# strike", "the firm has not cut jobs", "refused to close the library", "there would be no material job cuts".
NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|n't|n’t|no\s+longer|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|won't|won’t)"
    r"\s+(?:(?:yet|be|been|have|immediately|now|even|just|agree\s+to|to)\s+){0,2}$"
    r"|\bno\s+(?:(?!(?:fewer|less|more|longer)\b)[\w-]+\s+)?$",
    re.I,
)
# A movement directly followed by a measure describes that measure ("falling sales, rising rents"): it is not the
# movement of a measure before it.
ATTRIBUTIVE = re.compile(
    rf"\s+(?:(?!(?:{CLAUSE_WORDS}|by|to|of|in|at|on|for|with|from|than|the|a|an|its|their|his|her)\b)[\w-]+\s+)?"
    rf"(?:{GOOD_MEASURES}|{BAD_MEASURES}|{CHARGES})\b",
    re.I,
)


# A contest won or lost, told of a name: "Leicester demolished Bath 52-3" is a defeat for Bath and, with a score in
# the sentence, a win for Leicester (without one, "police beat the protester" is no win for the police).
WIN_VERBS = (
    r"beat|beats|beaten|beating|defeated|defeats|defeating|demolished|demolishing|thrashed|thrashing|crushed|crushing"
    r"|routed|routing|hammered|hammering|trounced|trouncing|outclassed|outclassing|overpowered|overpowering|edged|edges"
    r"|edging|overcame|overcoming|eliminated|eliminating|knocked out|knocking out|ousted|ousting|toppled|toppling"
    r"|downed|downing|whitewashed|stops|stopped|stopping|outpointed|outpoints|outpointing|knocks out"
)
LOSS_VERBS = (
    r"lost to|loses to|losing to|fell to|falls to|(?:was|were) beaten by|(?:was|were) defeated by|bowed out to"
    r"|(?:fell|falls|falling|fallen) short to"
)
# What a beaten side may be called between the verb and its name: "beating defending champions Red Comet 3-2",
# "knocked out top seed Ana Ruiz".
RIVAL_TITLE = (
    r"(?:(?:defending|reigning|world|european|olympic|former|local|old|bitter|top|fellow|title|\w+-time)\s+){0,2}"
    r"(?:champions?|holders|title-?holders|favou?rites|rivals|hosts|leaders|seeds?|number\s+one|no\.?\s*1)\s+"
)
# A side's own setback, told right after its name: "McIlroy fell apart on the back nine", "Schauffele missed the cut",
# "Leeds were relegated".
SETBACK = (
    r"collapsed|collapses|fell\s+apart|falls\s+apart|crashed\s+out|crashes\s+out|miss(?:ed|es)\s+the\s+cut"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:eliminated|knocked\s+out|relegated)|failed\s+to\s+qualify"
)
# The same told by a noun: "a 3-1 win over Brayford City" is a defeat for Brayford City, "a 2-0 defeat to Hull" a win
# for Hull.
WIN_NOUNS = (
    r"(?:win|victory|triumph|romp)\s+(?:over|against)|(?:stoppage|knockout|defeat|demolition|thrashing|hammering"
    r"|rout|ousting)\s+of"
)
LOSS_NOUNS = r"(?:defeat|loss|beating|thrashing|hammering)\s+(?:to|by|at the hands of)"
# The same told of anyone, in a sentence's own tone (a collapse is COLLAPSED's): "Defending champion X missed the cut".
SETBACK_TOLD = re.compile(rf"\b(?:{SETBACK.replace('collapsed|collapses|', '')})\b", re.I)
SETBACK_STEMS = ("apart", "crash", "the cut", "eliminated", "knocked out", "relegated", "qualify")


def setback_told(text: str) -> bool:
    """Whether `text` tells of a sporting setback (SETBACK_TOLD: "missed the cut", "was knocked out")."""
    lower = text.lower() if text else ""
    return any(stem in lower for stem in SETBACK_STEMS) and SETBACK_TOLD.search(text) is not None


BEATEN = re.compile(rf"\b(?:{WIN_VERBS}|{WIN_NOUNS})\s+(?:the\s+)?(?:{RIVAL_TITLE})?$", re.I)  # just before the name
LOSER = re.compile(rf"^(?:['’]s?)?\s+(?:{LOSS_VERBS}|{SETBACK})\b", re.I)  # just after it
WINNER = re.compile(rf"^(?:['’]s?)?\s+(?:{WIN_VERBS})\b", re.I)
WINNER_AFTER_LOSS = re.compile(rf"\b(?:{LOSS_VERBS}|{LOSS_NOUNS})\s+(?:the\s+)?$", re.I)
SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")


# A win or a blow handed to a name: "handing President Lee a major victory", "dealt the government a blow".
HANDED = re.compile(
    r"\b(?:hand(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|deal(?:s|t|ing)?|deliver(?:s|ed|ing)?)\s+"
    r"(?:(?:the|[A-Z][\w.'’-]*)\s+){0,3}$"
)
HANDED_WHAT = re.compile(
    r"^(?:['’]s?)?\s+(?:a|an|another|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:(?P<good>victory|win|boost|triumph"
    r"|lifeline|reprieve)|blow|defeat|setback|rebuke|snub|drubbing|bloody\s+nose)\b",
    re.I,
)


def contest_tone(text: str, start: int, end: int) -> str | None:
    """'negative' for the name text[start:end] when the text tells of its defeat ("demolished Bath", "Bath lost to"),
    'positive' for its win when a score says it was a contest ("Leicester demolished Bath 52-3"), else None; a win or
    a blow handed to the name ("handing Lee a major victory": HANDED, HANDED_WHAT) decides too."""
    before, after = text[:start], text[end:]
    if (what := HANDED_WHAT.match(after)) and HANDED.search(before[-60:]):
        return "positive" if what.group("good") else "negative"
    if BEATEN.search(before) or LOSER.match(after):
        return "negative"
    if SCORE.search(text) and (WINNER.match(after) or WINNER_AFTER_LOSS.search(before)):
        return "positive"
    return None


# A movement that fell short of what was looked for turns the other way: "inflation was falling more slowly than it
# had hoped" is bad news, "profit fell less than expected" good news.
SHORTFALL = re.compile(
    r"[\s,]*(?:[\w%$€£.'’-]+[\s,]+){0,4}?(?:more\s+slowly|slower|less)\s+than\s+(?:[\w%$€£.'’-]+\s+){0,4}?"
    r"(?:expected|hoped|forecast|feared|predicted|planned|anticipated|estimated)\b",
    re.I,
)
OTHER_WAY = {"negative": "positive", "positive": "negative"}

# Power seized by force: "Soldiers have seized power and detained the president", "the army staged a coup", "a failed
# coup attempt", "rebels overthrew the government" (the lexicons know none of these words).
COUP = re.compile(
    r"\b(?:seized?|seizes|seizing)\s+power\b"
    r"|\b(?:staged?|stages|staging|mounted|launched|led|attempted|failed|foiled|thwarted|military|army|bloodless"
    r"|palace)\s+(?:a\s+|an\s+)?(?:military\s+)?(?:coup|putsch)\b"
    r"|\b(?:coup|putsch)\s+(?:attempt|plot|leaders?|plotters|d['’]état)\b"
    r"|\b(?:overthr(?:ew|own|ow|ows|owing)|toppl(?:e|ed|es|ing))\s+(?:the\s+)?(?:elected\s+|civilian\s+)?"
    r"(?:government|president|regime|prime\s+minister|leader)\b",
    re.I,
)


def other_results(text: str, lower: str) -> set[str]:
    """The tones of the results beyond OUTCOMES the text states: a forecast moved or a profit warning (FORECAST_MOVE),
    a sale at a record price (RECORD_SALE), a staple's price raised (PRICE_RAISED), a risk cut (RISK_CUT), and what
    happened to people and places (`event_results`)."""
    found = event_results(text, lower)
    if any(word in lower for word in ("forecast", "guidance", "outlook", "projection", "estimate", "warning")):
        for match in FORECAST_MOVE.finditer(text):
            what = match.group("what") or ""
            if match.group().lower().startswith("profit"):
                found.add("negative")
            elif not NO_SIDE_MEASURES.search(what):
                tone = "negative" if match.group("down") else "positive"
                bad = re.search(rf"\b(?:{BAD_MEASURES})\b", what, re.I)
                found.add(OTHER_WAY[tone] if bad else tone)
    if "record" in lower and RECORD_SALE.search(text):
        found.add("positive")
    if ("pric" in lower or "tariff" in lower) and PRICE_RAISED.search(text):
        found.add("negative")
    if any(w in lower for w in ("risk", "pressure", "burden", "strain", "mortality", "death rate")) and RISK_CUT.search(
        text
    ):
        found.add("positive")
    return found


def event_results(text: str, lower: str) -> set[str]:
    """The tones of what the text states happened to people and places: services called off, counted, or people
    turned away (DISRUPTION, TURNED_AWAY), a collapse (COLLAPSED), an alert level moved (ALERT_RAISED), work brought
    to a halt (PARALYSED), hostages freed (HOSTAGES_FREED), homes lost or under water (PROPERTY_LOST, UNDER_WATER), an
    accident (ACCIDENT), a danger warning issued (WARNING_ISSUED), power cut (POWER_CUT), power seized by force
    (COUP)."""
    found = set()
    if any(stem in lower for stem in DISRUPTION_STEMS) and (DISRUPTION.search(text) or TURNED_AWAY.search(text)):
        found.add("negative")
    if any(stem in lower for stem in COLLAPSE_STEMS) and COLLAPSED.search(text):
        found.add("negative")
    if ("level" in lower or "status" in lower) and (match := ALERT_RAISED.search(text)):
        found.add("negative" if match.group("up") or match.group("up2") else "positive")
    if any(stem in lower for stem in PARALYSED_STEMS) and PARALYSED.search(text):
        found.add("negative")
    if any(word in lower for word in ("hostage", "captive", "kidnap", "abduct")) and HOSTAGES_FREED.search(text):
        found.add("positive")
    if any(stem in lower for stem in PROPERTY_STEMS) and PROPERTY_LOST.search(text):
        found.add("negative")
    if ("water" in lower or "submerged" in lower or "flooded" in lower) and UNDER_WATER.search(text):
        found.add("negative")
    if any(stem in lower for stem in ACCIDENT_STEMS) and ACCIDENT.search(text):
        found.add("negative")
    if ("alert" in lower or "warning" in lower) and WARNING_ISSUED.search(text):
        found.add("negative")
    if "without" in lower or "power" in lower or "electricity" in lower or "supplies" in lower:
        if POWER_CUT.search(text):
            found.add("negative")
    if any(word in lower for word in ("power", "coup", "putsch", "overthr", "toppl")) and COUP.search(text):
        found.add("negative")
    return found


def outcome_tone(text: str) -> str | None:
    """'negative' or 'positive' when the text states results one way (see OUTCOMES and MORE_OUTCOMES; a movement
    short of what was expected, SHORTFALL, the other way; and `other_results`), else None."""
    lower = text.lower()
    found = other_results(text, lower)
    patterns = []
    if OUTCOME_OPENINGS.search(lower):
        patterns = OUTCOMES if NOUN_MOVES.search(lower) is not None else OUTCOMES[:-NOUN_PATTERNS]
    if any(stem in lower for stem in MORE_STEMS):
        patterns = [*patterns, *MORE_OUTCOMES]
    found |= pattern_results(text, patterns)
    return found.pop() if len(found) == 1 else None


def pattern_results(text: str, patterns) -> set[str]:
    """The tones of the matches of result `patterns` ((pattern, tone) pairs) in `text`: a movement followed by a
    measure is that measure's (ATTRIBUTIVE), a negation just before takes it back (NEGATED_BEFORE), a movement that
    barely happened (BARELY) or fell short of what was expected (SHORTFALL) is the other way."""
    found = set()
    for pattern, tone in patterns:
        for match in pattern.finditer(text):
            if ATTRIBUTIVE.match(text, match.end()):
                continue  # "sales, rising rents": the movement is the next measure's
            if NEGATED_BEFORE.search(text, max(match.start() - 40, 0), match.start()):
                continue  # "would not call off the strike"
            told = OTHER_WAY[tone] if BARELY.search(match.group()) else tone  # "has barely grown": stood still
            found.add(OTHER_WAY[told] if SHORTFALL.match(text, match.end()) else told)
    return found


# Lives lost, counted. The model learned from political news, where a death is mostly told of one person and its
# targets are labelled neutral, and it reads a flat report of a disaster or an attack ("Two people died in a
# collision", "an air strike kills 14 civilians", "killing at least 11 people") as neutral, while every reader takes it
# as bad news. A number of dead or injured, before the word for their fate or after a verb of killing, reads negative
# (between the lexicon override and the model, as results do). A death told without a count ("Perot has died at 89",
# "the 22-year-old died on Monday") is left to the model.
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_ABOUT = r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as)\s+)?"
CASUALTY_COUNT = (
    _ABOUT + r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:million|thousand))?"
    rf"|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)"
)
# A rough number ("thousands have died") is counted only after a verb of killing ("killed dozens"): before the fate
# it is mostly the background of another story.
ROUGH_COUNT = _ABOUT + r"(?:dozens|scores|hundreds|thousands|millions|tens\s+of\s+thousands)"
KILLING = (
    r"kill|kills|killed|killing|murder(?:s|ed|ing)?|slaughter(?:s|ed|ing)?|massacre(?:s|d)?|massacring"
    r"|injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?"
)
CASUALTY_FATES = (
    r"killed|dead|died|die|dies|murdered|slain|drowned|injured|wounded|shot\s+dead|missing|displaced|homeless|trapped"
    r"|stranded|fled\s+(?:their|his|her)\s+homes?|evacuated|(?:told|ordered|forced)\s+to\s+(?:evacuate|flee)"
    r"|(?:treated|taken|rushed|airlifted|flown|admitted)\s+(?:in|to)\s+hospital|hospitali[sz]ed"
    r"|in\s+(?:a\s+)?(?:serious|critical)\s+condition"
)
# Before a count, as "killing" is: "the deaths of two horses", "the evacuation of some 87,000 residents".
FATE_NOUNS = r"deaths\s+of|evacuation\s+of|evacuat(?:e|ed|ing)"
CASUALTIES = re.compile(
    rf"\b{CASUALTY_COUNT}\s+(?:(?!(?:{CLAUSE_WORDS})\b)[A-Za-z-]+\s+){{0,3}}?(?:(?:were|was|are|is|have|has|had|have\s+been|has\s+been"
    rf"|had\s+been|being|been)\s+)?(?:{CASUALTY_FATES})\b"
    rf"|\b(?:{KILLING})\s+(?:{CASUALTY_COUNT}|{ROUGH_COUNT})\b"
    rf"|\b(?:{FATE_NOUNS})\s+(?:the\s+)?(?:{CASUALTY_COUNT})\b"
    r"|\bamong\s+the\s+(?:dead|killed|injured|wounded|missing|victims|casualties)\s+(?:are|were|was|is)\b"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|injured|wounded|missing|victims|casualties)\b"
    r"|\bthe\s+(?:injured|wounded)\s+(?:have\s+been|has\s+been|had\s+been|were|was|are)\s+(?:taken|rushed|airlifted"
    r"|flown|admitted)\s+to\b",
    re.I,
)
# Every fate and verb above holds one of these: a text without any (most sentences) needs no search.
CASUALTY_STEMS = (
    "kill dead died die murder slain slaughter massacr drown injur wound missing displaced homeless trapped stranded"
    " fled evacuat death hospital condition victims casualties"
).split()


# Harm denied: "No one was injured", "nobody else was hurt", "no injuries were reported", "None needed hospital
# treatment", "Neither the driver nor the guard was seriously hurt". No count of casualties ("one was injured" inside
# "no one was injured"), and the sentence is read again without the denial (a sentence of nothing else is neutral).
NO_HARM = re.compile(
    r"\b(?:no\s+one|no-one|nobody|none(?:\s+of\s+(?:the\s+|them\b)?(?:[\w-]+\s+)?)?|not\s+a\s+single\s+(?:person|one))"
    r"\s+(?:else\s+)?(?:(?:was|were|is|are|has|have|had|appears\s+to\s+have|is\s+thought\s+to\s+have|is\s+believed"
    r"\s+to\s+have)\s+)?(?:been\s+)?(?:(?:seriously|badly|critically|reported|believed|thought)\s+)?"
    r"(?:hurt|injured|harmed|killed|wounded|needed\s+(?:hospital\s+)?treatment|(?:taken|admitted|rushed)\s+to\s+hospital"
    r"|treated\s+in\s+hospital|hospitali[sz]ed)\b"
    r"|\bneither\b[^.;:!?]{0,80}?\bnor\b[^.;:!?]{0,60}?\b(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:(?:seriously|badly|critically)\s+)?(?:hurt|injured|harmed|killed|wounded)\b"
    r"|\bno\s+(?:(?:serious|other|further|major|immediate)\s+)?(?:injuries|casualties|deaths|fatalities)\s+"
    r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:reported|recorded|caused)\b",
    re.I,
)
HARM_STEMS = ("hurt", "injur", "harm", "killed", "wounded", "treatment", "casualt", "deaths", "fatalit", "hospital")


def without_harm_denied(text: str) -> str:
    """`text` without the phrases that deny harm (NO_HARM)."""
    lower = text.lower()
    if not any(stem in lower for stem in HARM_STEMS) or not ("no" in lower or "neither" in lower):
        return text
    return NO_HARM.sub("", text)


def casualty_tone(text: str) -> str | None:
    """'negative' when the text counts people killed or hurt (CASUALTIES; harm denied, NO_HARM, is no count), else
    None."""
    lower = text.lower()
    if not any(stem in lower for stem in CASUALTY_STEMS):
        return None
    return "negative" if CASUALTIES.search(without_harm_denied(text)) else None


# A forecast moved: "cut its full-year profit forecast", "raised its growth outlook" (a forecast of a bad measure,
# "lowered its inflation forecast", the other way; of a rate, a price or a cost, neither: who gains is not said), and
# a profit warning.
FORECAST_DOWN = (
    r"cut|cuts|cutting|lowered|lowers|lowering|downgraded|downgrades|downgrading|slashed|slashes|trimmed|trims|reduced"
    r"|reduces|revised\s+down|scaled\s+back"
)
FORECAST_UP = r"raised|raises|raising|upgraded|upgrades|upgrading|lifted|lifts|boosted|boosts|increased|revised\s+up"
FORECAST_MOVE = re.compile(
    rf"\b(?:(?P<down>{FORECAST_DOWN})|{FORECAST_UP})\s+(?:its|their|the|his|her|our)\s+(?P<what>(?:[\w-]+\s+){{0,3}}?)"
    r"(?:forecasts?|guidance|outlook|projections?|estimates?)\b"
    r"|\bprofits?\s+warnings?\b",
    re.I,
)
NO_SIDE_MEASURES = re.compile(r"\b(?:rates?|prices?|costs?|spending|borrowing|emissions|interest)\b", re.I)
# A sale at a record price: "sells for record £9.4m", "sold for a record $12m".
RECORD_SALE = re.compile(
    r"\b(?:sells?|sold|selling|fetch(?:es|ed|ing)?|went|goes|going)\s+for\s+(?:an?\s+)?"
    r"(?:new\s+|all-time\s+|world\s+|auction\s+)?record\b"
    r"|\b(?:sells?|sold|fetch(?:es|ed)?|went|goes)\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
    r"[$£€¥]?\s?[\d.,]+\s*(?:m|bn|k|million|billion|thousand)?(?:\s+[\w’'-]+){0,10}?,?\s+(?:an?\s+|the\s+)?"
    r"(?:new\s+|all-time\s+|world\s+|auction\s+)?record\b",
    re.I,
)
# Services people counted on, called off, counted: "more than 3,400 flights were cancelled", "800 planned operations
# were postponed", "cancelled its final day" (a count of the services, or the service itself after the verb). A
# service not counted ("a February event was cancelled") is left to the model.
SERVICES = (
    r"flights|trains|services|sailings|crossings|ferries|buses|operations|surgeries|procedures|appointments|treatments"
    r"|classes|lessons|exams|matches|games|fixtures|races|concerts|shows|gigs|performances|screenings|events"
    r"|journeys|deliveries"
)
CALLED_OFF = r"cancell?ed|postponed|scrapped|called\s+off|grounded|axed|suspended|delayed|disrupted|halted"
CALL_OFF = (
    r"cancel(?:s|led|ed|ling|ing)?|postpone[sd]?|postponing|scrap(?:s|ped|ping)?|call(?:s|ed|ing)?\s+off"
    r"|ground(?:s|ed|ing)?|ax(?:e|es|ed|ing)|suspend(?:s|ed|ing)?"
)
# Between calling off and the services: numbers, quantifiers and shares ("cancel a large part of its flights").
_SHARE_OF = (
    r"(?:\s+(?:[\d.,%]+|about|around|some|nearly|almost|more|than|over|up|to|of|its|their|the|his|her|a|an|all|most"
    r"|many|several|dozens|hundreds|thousands|third|quarter|half|large|big|part|share|majority|rest|remaining|further"
    r"|another|planned|scheduled)){0,6}\s+"
)
DISRUPTION = re.compile(
    rf"\b(?:{_ABOUT}(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)"
    rf"|{_ABOUT}(?:dozens|hundreds|thousands)(?:\s+of)?)\s+(?:[\w-]+\s+){{0,3}}?(?:{SERVICES})\s+"
    rf"(?:(?:to\s+and\s+from|to|from|between|in|into|out\s+of|at|on|via)\s+(?:(?!(?:{CLAUSE_WORDS}|were|was|are|is|have|has|had)\b)"
    r"[\w'’,-]+\s+){1,6}?(?:and\s+(?:[\w'’-]+\s+){1,2}?)?)?"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|been|will\s+be|had\s+to\s+be)\s+)?"
    rf"(?:\w+ly\s+)?(?:{CALLED_OFF})\b"
    rf"|\b(?:{CALL_OFF}){_SHARE_OF}(?:[\w-]+\s+)?(?:{SERVICES}|(?:final|last|opening|first)\s+day"
    r"|festival|tour|concert|match|game|race|show|season)\b",
    re.I,
)
DISRUPTION_STEMS = "cancel postpon scrap called off grounded ax suspend delay disrupt halt turned away".split()
# People refused the service they came for, counted: "Hundreds of patients were turned away", "2,000 passengers were
# left stranded".
TURNED_AWAY = re.compile(
    rf"\b(?:{_ABOUT}(?:\d{{1,3}}(?:,\d{{3}})*|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)|{_ABOUT}(?:dozens|hundreds"
    r"|thousands)(?:\s+of)?)\s+(?:[\w-]+\s+){0,2}?(?:patients|passengers|travellers|travelers|commuters|customers"
    r"|students|pupils|fans|visitors|voters|people)\s+(?:(?:were|was|are|have\s+been|had\s+been|being)\s+)?"
    r"(?:turned\s+away|sent\s+(?:away|home)|left\s+stranded)\b",
    re.I,
)
_ABOUT_ANY = (
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|dozens|scores|hundreds|thousands|tens\s+of\s+thousands|millions)"
)


# A warning of danger issued or in force: "issued an amber heat-health alert", "IMD issues red alert", "flood warnings
# were issued", "a red warning is in force" (the lexicons read the alert's "health" and "safety").
WARNED = (
    r"red|amber|orange|yellow|severe|flood|storm|weather|heat|heat-health|heatwave|fire|bushfire|wildfire|tsunami|snow"
    r"|ice|wind|rain|evacuation|terror|security|travel|health|cyclone|hurricane|typhoon|tornado|avalanche|profit|frost"
    r"|fog|thunderstorm|gale|drought|danger|tropical|volcano|volcanic|hazard|air\s+quality|pollution"
)
WARNING_ISSUED = re.compile(
    r"\b(?:issu(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|extend(?:s|ed|ing)?)\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+)?"
    rf"(?:{WARNED})\s+(?:[\w-]+\s+)?(?:alerts?|warnings?)\b"
    rf"|\b(?:{WARNED})\s+(?:[\w-]+\s+)?(?:alerts?|warnings?)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are"
    r"|remains?|remained)\s+)?(?:issued|declared|in\s+force|in\s+place)\b",
    re.I,
)
# Power or water cut off from many: "Storm cuts power to 40,000 homes", "thousands without power", "cut electricity from
# tens of thousands of households".
UTILITIES = r"power|electricity|water|heating|gas\s+supplies|supplies"
POWER_CUT = re.compile(
    r"\b(?:cut(?:s|ting)?|knock(?:s|ed|ing)?\s+out|shut(?:s|ting)?\s+off)\s+(?:the\s+)?"
    rf"(?:{UTILITIES})\s+(?:to|from|for)\s+(?:{_ABOUT_ANY})"
    rf"|\b(?:{_ABOUT_ANY})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:were|was|are|is|remain(?:ed)?|have\s+been|had\s+been|been"
    rf"|left|still)\s+){{0,2}}without\s+(?:{UTILITIES})\b",
    re.I,
)
# A risk made smaller: "Daily walk cuts dementia risk", "cuts the risk of early death by almost half", "linked to a
# lower risk", "linked walking to lower blood pressure", "a 38% lower risk" (the lexicons read "cut", "risk" and
# "lower" as bad news); "cannot prove that walking caused the lower risk" states none. A pressure or burden eased
# is one too: "would ease pressure on households", "to relieve the burden on carers".
RISK_CUT = re.compile(
    r"(?<!\bthe\s)\b(?:cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|slash(?:es|ed|ing)?)\s+"
    r"(?:the\s+|your\s+|their\s+|his\s+|her\s+|a\s+)?(?:[\w-]+\s+){0,2}?risks?\b"
    r"|\b(?:eas(?:e|es|ed|ing)|reliev(?:e|es|ed|ing)|lighten(?:s|ed|ing)?)\s+(?:the\s+|some\s+of\s+the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:pressures?|burdens?|strain)\b"
    r"|\b(?:linked|associated|tied)\s+(?:[\w-]+\s+){0,3}?(?:to|with)\s+(?:a\s+)?(?:lower|reduced|smaller)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:risks?|blood\s+pressure|mortality|death\s+rates?)\b",
    re.I,
)


# Homes and places of work lost or cut off, counted: "Hundreds of homes flooded", "About 600 properties were flooded",
# "A blaze destroyed two homes", "around 9,000 homes lost power". A building not counted ("the church was damaged in
# 1940") is left to the model.
PROPERTY = (
    r"\w*(?:homes|houses)|properties|buildings|businesses|shops|premises|flats|dwellings|households|farms|sheds|barns"
    r"|structures|cars|vehicles|schools"
)
PROPERTY_FATES = (
    r"flooded|destroyed|damaged|burn(?:ed|t)(?:\s+down)?|razed|gutted|flattened|(?:washed|swept)\s+away|submerged"
    r"|inundated|lost\s+(?:power|electricity|water|heating)|(?:left\s+)?without\s+(?:power|electricity|water|heating)"
    r"|cut\s+off"
)
_PROPERTY_COUNT = (
    rf"(?:{_ABOUT}(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)"
    rf"|{_ABOUT}(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands)(?:\s+of)?)"
)
PROPERTY_LOST = re.compile(
    rf"\b{_PROPERTY_COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:{PROPERTY})(?:\s+(?:and|or)\s+[\w-]+)?\s+"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|been|have|has|had)\s+)?(?:\w+ly\s+)?"
    rf"(?:{PROPERTY_FATES})\b"
    r"|\b(?:destroy(?:ed|s|ing)?|damag(?:ed|es|ing)|flood(?:ed|s|ing)|razed|gutt(?:ed|ing)|flatten(?:ed|s|ing)"
    rf"|burn(?:ed|t)\s+down)\s+{_PROPERTY_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:{PROPERTY})\b",
    re.I,
)
# Under water, counted or not: "whose home was under a metre of water", "the village lay submerged" ("flooded with
# offers" is another flood).
UNDER_WATER = re.compile(
    r"\b(?:was|were|is|are|been|being|lay|lies|lie|remain(?:s|ed)?|left)\s+(?:still\s+|partly\s+|completely\s+)?"
    r"(?:under\s+(?:(?:a|one|two|three|several|[\d.]+)\s+(?:metres?|meters?|feet|foot|inches|cm)\s+of\s+)?water"
    r"|underwater|submerged|flooded(?!\s+with))\b",
    re.I,
)
PROPERTY_STEMS = (
    *"flood destroy damag burn razed gutt flatten washed swept submerged inundated power electricity heating".split(),
    "without",
    "cut off",
)


# A set phrase whose words the lexicons read the other way: a side that "was second best" was the worse one ("We
# were second best all afternoon"), while "the second-best team in the league" ranks it and is left to the rest.
SECOND_BEST = re.compile(
    r"\b(?:was|were|is|are|been|being|be|looked|'re|’re)\s+(?:(?:very|clearly|simply|always|well|just|by far)\s+)?"
    r"second[- ]best\b(?!\s*(?:-|team|side|player|club|option|result|performance|in the (?:league|world)))",
    re.I,
)


# Praise held back, which the lexicons read as praise for its positive word: "less happy", "less convincing" (a
# positive word made smaller; "no less happy" is not), "deserve better", "must do better", "the team must improve"
# (what was given or done was not good enough), "should have won" (it was not won), "would have been stronger at two
# thirds of its length", "I wish an editor had been braver" (it was not).
POSITIVE_WORDS = (
    r"happy|pleased|satisfied|good|positive|optimistic|confident|enthusiastic|impressed|impressive|successful"
    r"|convincing|effective|favou?rable|keen|comfortable|encouraging|welcome|attractive|popular|generous|helpful"
    r"|ideal|perfect"
)
HELD_BACK = re.compile(
    rf"(?<!\bno )(?<!\bnone the )\bless\s+(?:than\s+)?(?:{POSITIVE_WORDS})\b"
    r"|\bdeserv(?:e|es|ed|ing)\s+(?:much\s+|far\s+|a\s+lot\s+)?better\b"
    r"|(?<!\bnothing )\b(?:must|should|could|need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to)\s+(?:do|play|be)\s+"
    r"(?:much\s+|a\s+lot\s+)?better\b"
    r"|\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to|ought\s+to)\s+(?:be\s+)?(?:offer|provid|giv"
    r"|treat|pay|protect|support|fund|serv)(?:e|es|ed|en|ing|s)?\s+(?:[\w-]+\s+)?(?:much\s+|far\s+)?better\b"
    r"|\b(?:should|ought\s+to)(?:\s+have|'ve|’ve)\s+(?:won|been\s+(?:better|ahead|in\s+front))\b"
    r"|\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|got\s+to)\s+(?:still\s+|really\s+|urgently\s+)?improve\b"
    r"|\b(?:would|could|might)(?:\s+have|'ve|’ve)\s+been\s+(?:much\s+|far\s+|a\s+lot\s+)?(?:better|stronger|sharper"
    r"|tighter|braver|wiser)\b"
    r"|\bwish(?:es|ed)?\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?had\s+(?:been|done|shown|taken|made)\b",
    re.I,
)
# Praise said through a negation, which VADER reads as praise denied: "I could not be prouder", "we couldn't have been
# happier", "she can't be more pleased", "it is hard to think of a better evening" (none of NewsMTSC's sentences has
# one). Such a text reads positive.
NEGATED_PRAISE = re.compile(
    r"\b(?:could|can|would)(?:\s*not|n't|n’t)\s+(?:have\s+)?(?:be|been|feel|felt)\s+(?:any\s+)?"
    r"(?:prouder|happier|more\s+(?:proud|pleased|delighted|happy|thrilled|excited|grateful|satisfied))\b"
    r"|\b(?:(?:hard|difficult|impossible)\s+to|could\s+not|can\s*not|(?:could|ca)(?:n't|n’t))\s+(?:think\s+of|imagine|wish\s+for)\s+"
    r"(?:a|an|any)\s+(?:better|finer|greater|more\s+(?:deserving|fitting|enjoyable))\b",
    re.I,
)


# Disappointment and doubt in words the lexicons score as neutral or kind: "we let our supporters down", "fans felt let
# down" (a side failed those who counted on it; "we will never let you down" promises the opposite), "not good
# enough", "I will not pretend this is good enough" (a standard denied, the negation too far from "good" for VADER),
# "not everyone in his party is convinced" (praise denied to some). "Let the rates come down" lets something happen
# and is none of them.
_WHOM = (
    r"our|their|his|her|its|my|your|the|a|this|that|these|those|every|everyone|everybody|anyone|nobody|us|them|him"
    r"|me|you|it|themselves|ourselves|himself|herself|myself|yourself|yourselves|people|fans|supporters|voters"
)
LET_DOWN = re.compile(
    r"(?<!\bnever )(?<!\bnot )(?<!n't )(?<!n’t )"
    rf"\blet(?:s|ting)?\s+(?:(?:{_WHOM})\s+){{1,2}}(?!(?:go|come|fall|drop|slide|sit|settle|calm|cool)\b)"
    r"(?:[\w’'-]+\s+)?down\b"
    r"|\b(?:felt|feel|feels|feeling|was|were|been|be|being|is|are|am)\s+(?:badly\s+|totally\s+|so\s+)?let\s+down\b",
    re.I,
)
# Confidence, trust or faith lost or shaken, which the lexicons read as the praise of the noun ("the board said it had
# lost confidence in him", "eroded public trust"; "she never lost faith" is none).
LOST_TRUST = re.compile(
    r"(?<!\bnever )(?<!\bnot )(?<!n't )(?<!n’t )"
    r"\b(?:lost|loses|lose|losing|loss\s+of|erod(?:ed|es|ing)|erosion\s+of|undermin(?:ed|es|ing)|shattered|dented)\s+"
    r"(?:(?:all|any|its|his|her|their|our|my|your|public|the|much|some|voters['’]|investors['’]|people['’]s)\s+){0,2}"
    r"(?:confidence|trust|faith)\b",
    re.I,
)
DENIED_STANDARD = re.compile(r"\b(?:not|never|n't|n’t)\s+(?:[\w’'-]+\s+){0,4}?(?:good|well)\s+enough\b", re.I)
DOUBTED = re.compile(
    r"\bnot\s+(?:everyone|everybody|all)\b[^.;:!?]{0,60}?\b(?:is|are|was|were|seems?|seemed|feels?|felt)\s+"
    rf"(?:so\s+|as\s+|quite\s+|entirely\s+|fully\s+)?(?:{POSITIVE_WORDS}|convinced|persuaded|sure|won\s+over)\b",
    re.I,
)

# Falling short of a best, and an excess: "his side had been below their best", "short of her best", "the risks are
# too great" (the lexicons read "best" and "great"; "an artist almost too great for his art", with no verb of being
# before it, and "too great to miss" are left to the rest); falling short ("battery life falls short"; a race lost,
# "fell short to the challenger", is left to the rest), falling behind ("pupils are still falling behind") and a count
# not reached ("finished short of the 326 seats it needed"), and trailing in the polls ("as Labour trails Reform UK in
# opinion polls").
SHORT_OF_BEST = re.compile(
    r"(?<!\bnot )\b(?:below|short\s+of|off|far\s+from|not\s+at)\s+(?:(?:their|his|her|its|our|my|your|the)\s+)?"
    r"(?:very\s+|absolute\s+)?best\b"
    r"|\b(?:is|are|was|were|be|been|being|seems?|seemed|looks?|looked|proved|'re|’re|'s|’s)\s+"
    r"(?:(?:simply|just|far|much|all|clearly|always)\s+)?too\s+great\b(?!\s+(?:for|to|a|an)\b)"
    r"|\b(?:falls?|fell|fallen|falling)\s+(?:well\s+|far\s+|just\s+|a\s+little\s+)?short\b(?!\s+to\b)"
    r"|\b(?:fell|falling|fallen|falls?)\s+(?:further\s+|even\s+further\s+|far\s+|well\s+)?behind\b"
    r"|\b(?:short|shy)\s+of\s+the\s+[\d,]+\b"
    r"|\b(?:trails?|trailed|trailing|lags?|lagged|lagging)\s+(?:behind\s+)?(?:[\w'’.-]+\s+){0,4}?in\s+(?:the\s+)?"
    r"(?:opinion\s+|recent\s+|national\s+|latest\s+)*polls?\b",
    re.I,
)


# Complaints and failures in words the lexicons read as gains: "Nobody wins from a long strike" (VADER reads "wins"),
# "We are tired of empty promises" ("promises"), "They received nul points" (nothing scored), "hopes fade for hundreds
# missing" ("hopes").
NOBODY_WINS = re.compile(
    r"\b(?:nobody|no\s+one|no-one|no\s+side|neither\s+side)\s+(?:really\s+|ever\s+|truly\s+)?(?:wins|won|benefits|gains)\b",
    re.I,
)
FED_UP = re.compile(
    r"\b(?:am|are|is|was|were|be|been|being|'re|’re|'m|’m|get|gets|got|getting|grown|grew|become|became|feel|feels"
    r"|felt)\s+(?:so\s+|really\s+|just\s+|very\s+|thoroughly\s+|sick\s+and\s+)?(?:tired|sick|weary)\s+of\b"
    r"|\b(?:empty|broken|hollow|false)\s+promises\b",
    re.I,
)
FADING_HOPE = re.compile(
    r"\bhopes?\s+(?:[\w-]+\s+){0,5}?(?:(?:are|were|have|has|had)\s+(?:been\s+)?)?(?:faded|fade|fades|fading|dimmed"
    r"|dims?|dimming|dashed|evaporated|receded|recede|vanished)\b"
    r"|\b(?:dashed|dashing|dashes|dash)\s+(?:[\w'’-]+\s+){0,2}?hopes?\b",
    re.I,
)
NO_POINTS = re.compile(
    r"\b(?:received|receives|receiving|got|gets|scored|scores|earned|earns|picked\s+up|finished\s+with|ended\s+with"
    r"|left\s+with|collected|awarded)\s+(?:nul|nil|zero|no)\s+points\b",
    re.I,
)

# Contentment denied, which the lexicons read as contentment for its word or score as neutral: "I am still not
# satisfied", "he wasn't happy at all", "she was not too impressed", "the families remain unconvinced" ("could not be
# happier" praises, NEGATED_PRAISE, and has no word of this list).
_BEING = r"am|is|are|was|were|be|been|being|remains?|remained|feels?|felt|seems?|seemed|'m|’m|'re|’re"
NOT_CONTENT = re.compile(
    rf"\b(?:{_BEING})(?:\s+(?:still|yet|clearly|just|simply|certainly))?(?:\s+(?:not|never|no\s+longer)|n't|n’t)\s+"
    r"(?:(?:yet|entirely|fully|totally|completely|really|quite|at\s+all|so|too|very|particularly|remotely)\s+)?"
    r"(?:satisfied|happy|pleased|content|reassured|impressed|convinced|persuaded)\b",
    re.I,
)
# A sceptic's reply, in words the lexicons read as hope or praise: "Good luck to them, but I'll believe it when I see
# it", "I'm not holding my breath", "it sounds too good to be true", "we have heard these promises before".
SCEPTIC = re.compile(
    r"\bbelieve\s+(?:[\w'’-]+\s+){0,8}?when\s+(?:I|we|they|you)\s+see\s+it\b"
    r"|\bnot\s+holding\s+(?:my|our|their|his|her|your)\s+breath\b"
    r"|\bpigs\s+(?:might|may|will|can)\s+fly\b|\btoo\s+good\s+to\s+be\s+true\b"
    r"|\b(?:heard|seen)\s+(?:it\s+all|(?:all\s+)?(?:this|that)|(?:such|these|those|the\s+same|(?:[\w-]+\s+)?promises)"
    r"(?:\s+(?:[\w-]+\s+)?promises)?)\s+before\b",
    re.I,
)
# Harsh criticism named by a word the lexicons do not know: "a damning verdict", "a scathing report", "a blistering
# critique of the plan", "a withering assessment".
HARSH_CRITICISM = re.compile(
    r"\b(?:damning|scathing|withering|excoriating|blistering|stinging)\s+(?:[\w-]+\s+)?"
    r"(?:verdicts?|indictments?|reports?|assessments?|critiques?|criticism|attacks?|reviews?|judge?ments?|rebukes?"
    r"|findings|statements?|letters?|rulings?|audits?|inspections?)\b",
    re.I,
)


def misread_by_lexicons(text: str) -> bool:
    """Whether `text` holds a phrase the lexicons read as praise that says the opposite: a side that was second best
    (SECOND_BEST), praise held back (HELD_BACK), a side that let others down (LET_DOWN), a standard denied
    (DENIED_STANDARD), praise denied to some (DOUBTED), a best not reached or an excess (SHORT_OF_BEST), nobody winning
    (NOBODY_WINS), being tired of something or its empty promises (FED_UP), no points scored (NO_POINTS), hopes
    fading (FADING_HOPE), contentment denied (NOT_CONTENT), a sceptic's reply (SCEPTIC), harsh criticism
    (HARSH_CRITICISM), confidence or trust lost (LOST_TRUST). Such a text
    reads negative, whatever its lexicon scores."""
    if not text:
        return False
    lower = text.lower()
    return (
        ("second" in lower and SECOND_BEST.search(text) is not None)
        or (
            (
                "less" in lower
                or "better" in lower
                or "won" in lower
                or "been" in lower
                or "improve" in lower
                or "wish" in lower
            )
            and HELD_BACK.search(text) is not None
        )
        or ("down" in lower and "let" in lower and LET_DOWN.search(text) is not None)
        or ("enough" in lower and DENIED_STANDARD.search(text) is not None)
        or (any(word in lower for word in ("confidence", "trust", "faith")) and LOST_TRUST.search(text) is not None)
        or ("not " in lower and DOUBTED.search(text) is not None)
        or (
            any(word in lower for word in ("best", "too great", "short", "behind", "shy", "poll"))
            and SHORT_OF_BEST.search(text) is not None
        )
        or (
            ("nobody" in lower or "no one" in lower or "no-one" in lower or "side" in lower)
            and NOBODY_WINS.search(text) is not None
        )
        or (
            ("tired" in lower or "sick" in lower or "weary" in lower or "promises" in lower)
            and FED_UP.search(text) is not None
        )
        or ("points" in lower and NO_POINTS.search(text) is not None)
        or ("hope" in lower and FADING_HOPE.search(text) is not None)
        or (
            any(
                word in lower
                for word in ("satisf", "happy", "pleased", "content", "reassur", "impress", "convinc", "persuad")
            )
            and NOT_CONTENT.search(text) is not None
        )
        or (
            any(word in lower for word in ("believe", "breath", "fly", "too good", "before"))
            and SCEPTIC.search(text) is not None
        )
        or (
            any(word in lower for word in ("damning", "scathing", "withering", "excoriating", "blistering", "stinging"))
            and HARSH_CRITICISM.search(text) is not None
        )
    )


def praised_by_negation(text: str) -> bool:
    """Whether `text` praises through a negation the lexicons read as praise denied ("I could not be prouder":
    NEGATED_PRAISE)."""
    if not text or not any(
        mark in text for mark in ("not", "n't", "n’t", "NOT", "N'T", "N’T", "to imagine", "to think", "to wish")
    ):
        return False
    return NEGATED_PRAISE.search(text) is not None


def combined_tone(probabilities, polarity: float, vader: float, text: str = "") -> str:
    """The tone from the model's class probabilities (negative, neutral, positive), with the lexicon override and,
    below it, the rule on results stated in `text` (`outcome_tone`); a phrase the lexicons misread as praise (a side
    said to have been second best, praise held back: `misread_by_lexicons`) and a sporting setback ("missed the cut":
    `setback_told`) read negative before all of them, a sentence over the override is read again without words of
    names and hazards the lexicons take for feeling (`without_misread_words`, `without_hazard_strength`), and a
    text denying harm ("No one was injured": `without_harm_denied`) is read without the denial, and one telling a
    central bank's rate move without it (`without_rate_move`); praise said through
    a negation ("I could not be prouder": `praised_by_negation`) reads positive below the override, and a line of
    practical information ("No receipt is needed.": `practical_notice`), a short question (`short_question`) and a bare
    answer ("Yes.": `bare_answer`) neutral; a death told ("dies aged 88": `death_told`) and a search still going on
    (SEARCH_GOING_ON) are never positive."""
    if misread_by_lexicons(text):
        return "negative"
    if (plain := without_harm_denied(text)) != text:  # "no one was injured": the lexicons read the harm
        return text_tone(plain)
    if setback_told(text):
        return "negative"
    if (plain := without_rate_move(text)) != text:  # "cut its main rate to its lowest level": no side by itself
        return text_tone(plain)
    if polarity >= OVERRIDE_POLARITY and vader >= OVERRIDE_VADER:
        # "Strong winds hampered efforts", "bills in Great Britain will rise"
        if (plain := without_hazard_strength(without_misread_words(text))) != text:
            return text_tone(plain)
        return "neutral" if death_told(text) else "positive"
    if polarity <= -OVERRIDE_POLARITY and vader <= -OVERRIDE_VADER:
        return "negative"
    if praised_by_negation(text):
        return "positive"
    if practical_notice(text) or short_question(text) or bare_answer(text):
        return "neutral"
    if text and (outcome := casualty_tone(text) or outcome_tone(text)):
        return outcome
    tone = TONES[int(np.argmax(probabilities))]
    if tone == "positive" and (plain := without_hazard_strength(without_misread_words(text))) != text:
        return text_tone(plain)
    if tone == "positive" and (death_told(text) or search_going_on(text)):
        return "neutral"  # "pioneering heart surgeon, dies aged 88", "search and rescue operation is underway"
    return tone


# A line of practical information states no news: "Her new album is out now on Fernway Records.", "The film is in
# cinemas now.", "No receipt is needed.", "No booking is required." (the model reads "out" and "No" as bad news). Such
# a sentence reads neutral unless both lexicons are clear (the override).
NOTICE = re.compile(
    r"^[^.!?;]{0,80}?\b(?:is|are)\s+(?:out|available|on\s+sale|in\s+(?:cinemas|shops|bookshops|stores|theatres))"
    r"\s+(?:now|today)(?:[,\s]+(?:on|from|via|at|in|through|by|for|priced|published|released)\s+"
    r"(?:(?!\b(?:and|but|which|while)\b)[^.!?;]){0,50})?[.!]?\s*$"
    r"|^\s*No\s+(?:[\w-]+\s+){1,3}(?:is|are|will\s+be)\s+(?:needed|required|necessary)\s*[.!]?\s*$",
    re.I,
)

# A search still going on is no good news, however VADER reads "rescue" and "help": "Search and rescue operation is
# underway, with the help of the army and local divers" (people are still missing). Such a sentence the model reads
# positive reads neutral.
SEARCH_GOING_ON = re.compile(
    r"\b(?:search(?:\s+and\s+rescue)?|rescue|recovery)\s+(?:operations?|efforts?|work|teams?|missions?)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|continued|continues|continuing|remained|remains)\s+(?:still\s+)?"
    r"(?:under\s*way|ongoing|continuing|in\s+progress|going\s+on)\b"
    r"|\b(?:searching|looking|hunting|combing\s+[\w\s]{1,40}?)\s+for\s+(?:more\s+)?(?:survivors|the\s+missing|bodies"
    r"|victims|people\s+(?:still\s+)?(?:missing|trapped))\b",
    re.I,
)


def search_going_on(text: str) -> bool:
    """Whether `text` tells of a search still going on (SEARCH_GOING_ON)."""
    lower = text.lower() if text else ""
    return any(word in lower for word in ("search", "rescue", "looking", "hunting", "combing")) and bool(
        SEARCH_GOING_ON.search(text)
    )


def practical_notice(text: str) -> bool:
    """Whether `text` is a line of practical information (NOTICE)."""
    if not text or len(text) > 160:
        return False
    lower = text.lower()
    if not any(word in lower for word in (" now", " today", "needed", "required", "necessary")):
        return False
    return NOTICE.search(text) is not None


# A short question asks and states nothing ("Has any data been stolen?", "When will things get back to normal?", the
# headings of an explainer or an interview): it reads neutral unless both lexicons are clear (the override). 23 of
# NewsMTSC's 27 questions of at most this many words are labelled neutral.
QUESTION_WORDS = 12
QUESTION_END = re.compile(r"\?[\"'”’)\]]*\s*$")


# A bare answer says nothing without its question: "Yes.", "A: No.", "Absolutely." (an interview's or an explainer's).
BARE_ANSWER = re.compile(
    r"^\s*(?:[AQ]:\s*)?[\"'“‘]?(?:yes|no|yeah|yep|nope|maybe|perhaps|absolutely|definitely|of\s+course|sure|not\s+really"
    r"|exactly|indeed|correct|completely|slowly)[.!]?[\"'”’]?\s*$",
    re.I,
)


def bare_answer(text: str) -> bool:
    """Whether `text` is a bare answer (BARE_ANSWER)."""
    return bool(text) and len(text) <= 24 and BARE_ANSWER.match(text) is not None


def short_question(text: str) -> bool:
    """Whether `text` ends on a question mark and has at most QUESTION_WORDS words."""
    if not text or "?" not in text:
        return False
    return QUESTION_END.search(text) is not None and len(text.split()) <= QUESTION_WORDS


# The strength of a hazard or a misfortune is no praise: "Several aftershocks followed, the strongest of magnitude
# 4.8", "a powerful storm", "the greatest mistake of my life" (the lexicons read "strongest", "powerful", "greatest" as
# good). A sentence the model reads positive while such words
# stand beside a hazard is read again without them.
STRENGTH = (
    r"strong|stronger|strongest|powerful|more\s+powerful|most\s+powerful|big|bigger|biggest|large|larger|largest"
    r"|great|greatest|heavy|heavier|heaviest|intense|major|massive|severe|huge"
)
HAZARDS = (
    r"earthquakes?|quakes?|aftershocks?|tremors?|storms?|winds?|gusts?|rain|rainfall|floods?|flooding|hurricanes?"
    r"|typhoons?|cyclones?|tornado(?:e)?s?|wildfires?|fires?|blazes?|eruptions?|heatwaves?|waves|tsunamis?"
    r"|explosions?|blasts?|snow|snowfall|blizzards?|landslides?|avalanches?|droughts?"
    r"|mistakes?|errors?|blunders?|failures?|regrets?|disasters?|scandals?|threats?|dangers?|crisis|crises"
    r"|traged(?:y|ies)|losses"
)
STRENGTH_STEMS = "strong power big larg great heav intens major massiv sever huge".split()
HAZARD_STRENGTH = re.compile(rf"\b(?:{STRENGTH})\s+(?=(?:[\w-]+\s+)?(?:{HAZARDS})\b)", re.I)
HAZARD_STRONGEST = re.compile(
    rf"\b(?:{HAZARDS})\b[^.;!?]{{0,40}}?\bthe\s+(?P<strength>strongest|biggest|largest|most\s+powerful|heaviest)\b",
    re.I,
)


# An obituary's "is survived by his wife" names the family left behind; VADER reads "survived" as good news. A sentence
# the model reads positive with it is read again with "leaves" in its place (`without_misread_words`).
SURVIVED_BY = re.compile(r"\b(?:is|was|are|were)\s+survived\s+by\b", re.I)


# Words of a name or a term that VADER scores as feeling: "United" of the United Nations, "interest" of interest rates
# ("Economists point to interest rates."), "Great" of Great Britain or the Great Depression, "best" of a date label
# ("best before 30 November"). A sentence the model
# reads positive with them, or over the lexicon override, is read again without them.
NAMED_FEELING = re.compile(
    r"\bUnited(?=\s+(?:Nations|States|Kingdom|Arab\s+Emirates|Airlines|Way|Utilities))"
    r"|\b[Ii]nterest(?=\s+(?:rates?|payments?|charges?|bills?|costs?|-only))"
    r"|\bGreat(?=\s+(?:Britain|Yarmouth|Lakes|Barrier\s+Reef|Ormond\s+Street|Western|Ouse|Depression|Recession"
    r"|Famine|Fire\s+of))"
    r"|\b[Bb]est(?=\s+before\b)"
)


# A death told gently is still a death: "died peacefully at home" (VADER reads "peacefully" as good news).
PEACEFUL_DEATH = re.compile(r"\b(died|passed\s+away)\s+peacefully\b", re.I)


# A death is no good news, however the life is praised: "Ruth Adeyemi, pioneering heart surgeon, dies aged 88". A
# sentence the model or the lexicon override reads positive that tells of a death reads neutral.
DEATH_TOLD = re.compile(
    r"\b(?:dies|died|has\s+died|have\s+died|passed\s+away|passes\s+away)\b(?!\s+down)"
    r"(?=\s*(?:$|[,.;:]|aged|at\s+(?:the\s+age\s+of\s+)?\d|on\b|in\b|after\b|following\b|peacefully|suddenly"
    r"|at\s+(?:his|her|their)\s+home))",
    re.I,
)


def death_told(text: str) -> bool:
    """Whether `text` tells of a death (DEATH_TOLD)."""
    return bool(text) and ("die" in text or "passe" in text) and DEATH_TOLD.search(text) is not None


def without_misread_words(text: str) -> str:
    """`text` with "is survived by" put as "leaves" (SURVIVED_BY), and without the feeling words of names and terms
    (NAMED_FEELING) and of a gentle death (PEACEFUL_DEATH)."""
    if not text:
        return text
    if "survived" in text.lower():
        text = SURVIVED_BY.sub("leaves", text)
    if "United" in text or "nterest" in text or "Great" in text or "est before" in text:
        text = NAMED_FEELING.sub("", text)
    if "peacefully" in text:
        text = PEACEFUL_DEATH.sub(r"\1", text)
    return text


def without_hazard_strength(text: str) -> str:
    """`text` without the words of strength that describe a hazard (HAZARD_STRENGTH before it, HAZARD_STRONGEST
    after it)."""
    lower = text.lower() if text else ""
    if not any(word in lower for word in STRENGTH_STEMS):
        return text
    text = HAZARD_STRENGTH.sub("", text)
    return HAZARD_STRONGEST.sub(lambda m: m.group()[: m.start("strength") - m.start()], text)


# A central bank's rate moved says no good or bad news by itself: a cut helps borrowers and hurts savers, a rise the
# other way, and the lexicons read its words as feeling ("cut its main rate to 2.25%, its lowest level since 2022" reads
# negative for "cut" and "lowest", "raised interest rates to the highest level in 15 years" positive). A sentence with
# such a move is read again with the move put as "set" and without the level it reached; what else it says decides.
RATE_MOVE = re.compile(
    r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|reducing|raised|raises|raising|hiked|hikes|hiking"
    r"|increased|increases|increasing|lifted|lifts|lifting|trimmed|trims|trimming|slashed|slashes|slashing)\s+"
    r"(?P<what>(?:(?:its|their|the|her|his|our|key|main|benchmark|base|policy|official|cash|deposit|lending|repo"
    r"|overnight|interest|bank|headline|federal\s+funds)\s+){0,4})(?P<rate>rates?)\b(?!\s+of\b)",
    re.I,
)
RATE_LEVEL = re.compile(
    r",?\s+(?:to\s+)?(?:its|their|the|a)\s+(?:new\s+|joint\s+)?(?:lowest|highest)\s+(?:level|point|rate|setting)s?"
    r"(?:\s+(?:since|in|for)(?:\s+(?:more\s+than|almost|nearly|over|about|the\s+past|the\s+last))?"
    r"(?:\s+(?:[\w-]+|\d+))(?:\s+(?:years?|months?|decades?))?)?"
    r"|,?\s+(?:to\s+)?(?:a\s+)?(?:new\s+)?record\s+(?:low|high)\b",
    re.I,
)


def without_rate_move(text: str) -> str:
    """`text` with a central bank's rate move put as "set" (RATE_MOVE) and without the level it reached
    (RATE_LEVEL); `text` itself when it tells no such move."""
    if not text or "rate" not in text.lower() or RATE_MOVE.search(text) is None:
        return text
    text = RATE_MOVE.sub(lambda m: f"set {m.group('what')}{m.group('rate')}", text)
    return RATE_LEVEL.sub("", text)


def tone_probabilities(text: str, scores: dict[str, float] | None = None) -> np.ndarray:
    """The model's P(negative), P(neutral), P(positive) for a text on its own."""
    return tone_model.softmax(own_logits(text, scores))


def own_logits(text: str, scores: dict[str, float] | None = None) -> tuple[float, float, float]:
    """The model's class scores of a text on its own (`ToneModel.logits` of its `tone_model.text_features`)."""
    scores = scores or text_scores(text)
    return tone_model.load_model().logits(tone_model.text_features(str(text or ""), scores))


def text_tone(text: str) -> str:
    """The project's tone of one text (the sentence model); neutral when it has no letters or digits."""
    if not _has_words(text):
        return "neutral"
    s = text_scores(text)
    return combined_tone(tone_probabilities(text, s), s["polarity"], s["vader"], text)


def target_tone(
    text: str,
    start: int,
    end: int,
    scores: dict[str, float] | None = None,
    own: dict[str, float] | None = None,
    logits: tuple[float, float, float] | None = None,
    vader=vader_compound,
    place: bool = False,
) -> tuple[str, float]:
    """The tone towards the name text[start:end] from its context (the NewsMTSC task): (tone, P(positive) -
    P(negative)), the model's most probable class (the lexicon override is for a text's own tone: the lexicons say
    nothing about whom a sentence is for or against). `scores`, `own` and `logits`: the text's `text_scores`,
    `tone_model.text_features` and `own_logits`, when known; `vader` gives a text's VADER compound (a caller may
    pass one that remembers the contexts it scored). A contest won or lost (`contest_tone`) decides the tone; of a
    `place`, what the sentence states happened (`target_decision`)."""
    model = tone_model.load_model()
    if logits is None:
        if own is None:
            own = tone_model.text_features(text, scores or text_scores(text))
        logits = model.logits(own)
    # The target's features added after the text's own: the same sums as model.probabilities({**own, **target}).
    p = model.probabilities(tone_model.target_features(text, start, end, vader), logits)
    return target_decision(text, start, end, p, place)


# Results told of a name's own measures: "Northgate profit falls 40%", "Northgate's sales rose", "Northgate said its
# profit fell", "Shares in Northgate fell". The name owns the measure by a possessive, by standing just before it, by
# "its"/"their" later in its clause, or by "in"/"of"/"at" just before the name; a speaker of results ("the senator
# said unemployment rose") owns none of them.
_MEASURES = rf"(?:{GOOD_MEASURES}|{BAD_MEASURES})"
OWNS_AFTER = re.compile(
    rf"^(?:['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_MEASURES}\b|\s+{_MEASURES}\b"
    rf"|[^.;:!?]{{0,60}}?\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_MEASURES}\b)",
    re.I,
)
OWNS_BEFORE = re.compile(rf"\b{_MEASURES}\s+(?:in|of|at)\s+(?:the\s+)?$", re.I)


# Where the clause of a name ends: "Lumora's shares fell 3%, while shares in Corvex rose 1%" states Lumora's results
# before "while" and Corvex's after it.
CLAUSE_BREAK = re.compile(r"[;:]|,?\s+(?:while|whereas|but|although|though)\b|,\s+and\b", re.I)


def name_clause(text: str, start: int, end: int) -> str:
    """The clause of `text` holding the name text[start:end], cut at CLAUSE_BREAK either side."""
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    after = CLAUSE_BREAK.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def results_tone(text: str, start: int, end: int) -> str | None:
    """The tone of the results the text states one way (`outcome_tone`) for the name text[start:end] when the
    measures are its own (OWNS_AFTER, OWNS_BEFORE), else None; results stated both ways are read in the name's own
    clause (`name_clause`)."""
    if not OUTCOME_OPENINGS.search(text.lower()):
        return None
    if not (OWNS_AFTER.match(text[end:]) or OWNS_BEFORE.search(text[:start])):
        return None
    return outcome_tone(text) or outcome_tone(name_clause(text, start, end))


# What may stand before a name that opens its sentence: nothing, a quotation mark, "The".
OPENING = re.compile(r"[\s\"“‘'(]*(?:[Tt]he\s+)?")


def target_decision(text: str, start: int, end: int, p, place: bool = False) -> tuple[str, float]:
    """(tone, score) towards text[start:end] from the model's class probabilities `p`: the most probable class and
    P(positive) - P(negative), unless a contest won or lost decides (`contest_tone`) or the name's own results do
    (`results_tone`), or, for a `place`, lives lost or what the sentence states happened one way (`casualty_tone`,
    `event_results`, and cases of a disease or crime moving: "About 600 properties were flooded in Ripon" is bad news
    for Ripon; a firm's results or a record sale told there are not the place's); then the score is the model's
    whole non-neutral share, on that side. A line of practical information or a short question (`practical_notice`,
    `short_question`: "Lowlight is out now.") is for or against no one: neutral."""
    if practical_notice(text) or short_question(text):
        return "neutral", float(p[2] - p[0])
    contest = contest_tone(text, start, end)
    if contest is None:
        contest = results_tone(text, start, end)
    if contest is None and OPENING.fullmatch(text[:start]) and misread_by_lexicons(text):
        contest = "negative"  # "Kelby's side had been below their best": the subject's own shortfall
    if contest is None and place:
        lower = text.lower()
        events = event_results(text, lower)
        if any(stem in lower for stem in MORE_STEMS):  # "Measles cases in Calderbridge have risen"
            events |= pattern_results(text, MORE_OUTCOMES[2:])
        contest = casualty_tone(text) or (events.pop() if len(events) == 1 else None)
    if contest is not None:
        return contest, float((p[0] + p[2]) * (1 if contest == "positive" else -1))
    return TONES[int(np.argmax(p))], float(p[2] - p[0])


def threshold_tone(score: float, thresholds: tuple[float, float]) -> str:
    """negative below thresholds[0], positive above thresholds[1], else neutral (one lexicon on its own)."""
    low, high = thresholds
    return "negative" if score < low else "positive" if score > high else "neutral"


def score_texts(texts: list[str]) -> pd.DataFrame:
    """polarity, subjectivity, vader, tone, tone_score for each text (one row per text, in order)."""
    return pd.DataFrame(_score_columns(texts))


def _score_columns(texts: list[str], known: dict[str, dict] | None = None, tone: bool = True) -> dict:
    """The columns of `score_texts` by name: polarity, subjectivity, vader, tone_score (float arrays), tone
    (strings). `known`, when given, holds the scores of texts scored before (by text) and gets those of the new
    ones. Without `tone`, the model is not run on new texts (their tone and tone_score are left empty)."""
    columns: dict[str, list] = {"polarity": [], "subjectivity": [], "vader": [], "tone": [], "tone_score": []}
    for text in texts:
        s = known.get(text) if known is not None else None
        if s is None:
            s = text_scores(text)
            if not tone:
                s = {**s, "tone": "", "tone_score": math.nan}
            elif _has_words(text):
                logits = own_logits(text, s)
                p = tone_model.softmax(logits)
                tone_score = float(p[2] - p[0])
                s = {**s, "tone": combined_tone(p, s["polarity"], s["vader"], text), "tone_score": tone_score}
                s["logits"] = logits  # kept for entity_sentiment, which reads the same sentences towards names
            else:
                s = {**s, "tone": "neutral", "tone_score": 0.0}
            if known is not None and tone:  # only complete scores are shared
                known[text] = s
        for name in columns:
            columns[name].append(s[name])
    # Built as typed arrays at once: the same dtypes as casting a table, without the cost of a cast per call.
    # Four decimals, as VADER gives them: TextBlob's averages otherwise leave float noise such as 6.9e-18 for 0.
    return {
        **{
            name: np.round(np.array(columns[name], dtype=float), SCORE_DECIMALS) + 0.0
            for name in ("polarity", "subjectivity", "vader")
        },
        "tone": pd.array(columns["tone"], dtype=str),
        "tone_score": np.round(np.array(columns["tone_score"], dtype=float), SCORE_DECIMALS) + 0.0,
    }


def tone_shares(tones: list[str], lengths: list[float]) -> dict[str, float]:
    """The share of the text (by length) carrying each tone: share_negative, share_neutral, share_positive."""
    total = float(sum(lengths))
    return {
        f"share_{t}": round(sum(n for tone, n in zip(tones, lengths) if tone == t) / total, 4) + 0.0 if total else 0.0
        for t in TONES
    }


def leading_tone(shares: dict[str, float]) -> str:
    """The tone of the largest share of text ('' when there is no text); of equal shares, neutral: as much read
    negative as positive (a name read against in one sentence and for in another) leans neither way."""
    if not any(shares.values()):
        return ""
    top = max(shares.values())
    leading = [tone for tone in TONES if shares[f"share_{tone}"] == top]
    return leading[0] if len(leading) == 1 else "neutral"


def paragraph_tone(shares: dict[str, float], polarity: float, vader: float) -> str:
    """A paragraph's tone: the tone of the largest share of its text (`leading_tone`), unless TextBlob and VADER
    both score the paragraph far from zero on one side (the override's thresholds) and some of its text reads that
    side: then that side, as for a sentence. ("He is disappointed with the strikes. The strikes hit hardest the
    companies already in difficulties.", half negative and half neutral, polarity -0.75 and VADER -0.85, reads
    negative.)"""
    tone = leading_tone(shares) or "neutral"
    for side, far in (
        ("positive", polarity >= OVERRIDE_POLARITY and vader >= OVERRIDE_VADER),
        ("negative", polarity <= -OVERRIDE_POLARITY and vader <= -OVERRIDE_VADER),
    ):
        if far and shares.get(f"share_{side}", 0.0) > 0:
            return side
    return tone


# ---------------------------------------------------------------------------------------------------------------
# Tables.
# ---------------------------------------------------------------------------------------------------------------
SHARE_COLUMNS = [f"share_{t}" for t in TONES]
PARAGRAPH_COLUMNS = ["paragraph", "polarity", "subjectivity", "vader", "tone", *SHARE_COLUMNS]
SCORE_DECIMALS = 4
SENTENCE_COLUMNS = [
    "paragraph",
    "sentence",
    "text",
    "quoted",
    "polarity",
    "subjectivity",
    "vader",
    "tone",
    "tone_score",
]
ENTITY_COLUMNS = [
    "entity",
    "entity_type",
    "sentences",
    "polarity_mean",
    "vader_mean",
    "tone",
    "tone_score",
    *SHARE_COLUMNS,
]


def paragraph_sentiment(
    paragraphs: pd.DataFrame, known: dict[str, dict] | None = None, sentence_sentiment: pd.DataFrame | None = None
) -> pd.DataFrame:
    """paragraph_sentiment.csv from paragraphs (paragraph, text): paragraph, polarity, subjectivity, vader (of the
    paragraph's text), tone and the share of the paragraph's text in each tone (share_negative, share_neutral,
    share_positive), from its sentences' tones weighted by their length (`sentence_sentiment`; without it, each
    paragraph counts as one sentence). `known` (text -> scores) is shared with sentence_sentiment: a one-sentence
    paragraph is scored once."""
    paragraph = paragraphs["paragraph"].reset_index(drop=True)
    columns = _score_columns(paragraphs["text"].tolist(), known, tone=sentence_sentiment is None)
    sentence_tones: dict[int, tuple[list[str], list[float]]] = {}
    if sentence_sentiment is not None:
        for p, text, tone in zip(*(sentence_sentiment[c].tolist() for c in ("paragraph", "text", "tone"))):
            tones, lengths = sentence_tones.setdefault(p, ([], []))
            tones.append(tone)
            lengths.append(float(_non_space(str(text))))
    shares = []
    for p, text, own in zip(paragraph.tolist(), paragraphs["text"].tolist(), columns["tone"]):
        tones, lengths = sentence_tones.get(p) or ([own], [float(_non_space(str(text)))])
        shares.append(tone_shares(tones, lengths))
    tones = [
        paragraph_tone(share, polarity, vader)
        for share, polarity, vader in zip(shares, columns["polarity"], columns["vader"])
    ]
    return pd.DataFrame(
        {
            "paragraph": paragraph,
            **{k: columns[k] for k in ("polarity", "subjectivity", "vader")},
            "tone": pd.array(tones, dtype=str),
            **{name: np.array([s[name] for s in shares], dtype=float) for name in SHARE_COLUMNS},
        }
    )  # PARAGRAPH_COLUMNS


# ---------------------------------------------------------------------------------------------------------------
# Quotations.
# A quotation runs from an opening double quote to its closing mark: “…”, „…“ / „…”, «…», »…« or straight quotes
# "…" (told apart by their neighbours, see `quote_spans`). A quotation left open runs to the end of the paragraph
# (news style opens a quote again in each paragraph of a long quotation and closes it only in the last). Single
# quotes are not used: ’ is also an apostrophe.
# A sentence is `quoted` when more than QUOTED_SHARE of its non-space characters lie inside quotations, so
# “We will win,” he said. is quoted and a sentence carrying a few scare-quoted words is the reporter's.
# ---------------------------------------------------------------------------------------------------------------
QUOTE_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«»", '"': '"'}
QUOTED_SHARE = 0.5
# A mark that opens a quotation closed by the same mark where it stands as an opener (Finnish and Swedish "”…”"),
# and the dashes that open a paragraph of direct speech (`article.dash_speech`): what a quotation may start on,
# besides the openers of QUOTE_PAIRS.
SAME_MARK_OPENERS = "”"
OTHER_OPENERS = SAME_MARK_OPENERS + "–—"
# Every character that can open or close a quotation: the only places `quote_spans` needs to look at.
QUOTE_MARKS = re.compile("[" + re.escape("".join(sorted(set(QUOTE_PAIRS) | set("".join(QUOTE_PAIRS.values()))))) + "]")


def _straight_quote_role(text: str, i: int) -> str:
    """Whether the straight quote at text[i] opens ('open'), closes ('close') or cannot be told ('either')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–-/") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-/")
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each quotation in `text`, quote marks included (rules above).

    A straight quote opens or closes by its neighbours: after a space it opens, before a space or punctuation it
    closes. An opening mark inside an open quotation continues it (a quote reopened for its next part); a lone
    closing-looking straight quote outside any quotation (an inch mark, a stray) is ignored.
    """
    if (dashed := dash_speech(text)) is not None:  # "– This is a hybrid operation, Orpo said."
        return [dashed[:2]]
    spans: list[tuple[int, int]] = []
    start, closers = None, ""
    for found in QUOTE_MARKS.finditer(text):
        i, mark = found.start(), found.group()
        if start is None:
            if mark in QUOTE_PAIRS and not (mark == '"' and _straight_quote_role(text, i) == "close"):
                start, closers = i, QUOTE_PAIRS[mark]
            elif mark in SAME_MARK_OPENERS and _straight_quote_role(text, i) == "open":
                start, closers = i, mark  # Finnish and Swedish quote with ”…”
        elif mark in closers and not (mark == '"' and _straight_quote_role(text, i) == "open"):
            spans.append((start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def quoted_share(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> float:
    """Share of the non-space characters of text[start:end] that lie inside the quotation `spans` (0 when none)."""
    start, end = max(start, 0), min(end, len(text))
    total = _non_space(text[start:end])
    if not total:
        return 0.0
    inside, covered = 0, start  # characters before `covered` are counted already (spans may overlap)
    for a, b in sorted(spans):
        a, b = max(a, covered), min(b, end)
        if a < b:
            inside += _non_space(text[a:b])
            covered = b
    return inside / total


def _non_space(text: str) -> int:
    """The number of non-whitespace characters in `text`."""
    return len("".join(text.split()))


QUOTATION_COLUMNS = ["paragraph", "start_char", "end_char", "text", "polarity", "subjectivity", "vader", "tone"]


def quotations(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every quoted passage of paragraphs (paragraph, text), whole quotes or a few words, scored: paragraph,
    start_char, end_char (offsets in the paragraph, quote marks included), text, polarity, subjectivity, vader, tone."""
    rows = [
        {"paragraph": number, "start_char": a, "end_char": b, "text": text[a:b]}
        for number, text in zip(paragraphs["paragraph"], paragraphs["text"])
        for a, b in quote_spans(str(text))
    ]
    table = pd.DataFrame(rows, columns=QUOTATION_COLUMNS[:4])
    return pd.concat([table, score_texts(table["text"].tolist())], axis=1)[QUOTATION_COLUMNS]


def _paragraph_texts(sentences: pd.DataFrame) -> dict[int, str]:
    """Each paragraph's text rebuilt from its sentences placed at their offsets (the gaps between are whitespace)."""
    groups: dict[int, list[tuple[int, int, str]]] = {}
    columns = (sentences[c].tolist() for c in ("paragraph", "start_char", "end_char", "text"))
    for paragraph, start, end, text in zip(*columns):
        groups.setdefault(paragraph, []).append((int(start), end, str(text)))
    texts = {}
    for paragraph, rows in groups.items():
        chars = [" "] * int(max(max(end for _, end, _ in rows), 0))
        for start, _, text in rows:
            piece = text[: max(len(chars) - start, 0)]  # a sentence never runs past the paragraph's last end
            chars[start : start + len(piece)] = piece
        texts[paragraph] = "".join(chars)
    return texts


def quoted_flags(sentences: pd.DataFrame) -> pd.Series:
    """Whether each sentence (paragraph, start_char, end_char, text) is mainly a quotation, quotes read per
    paragraph."""
    texts = _paragraph_texts(sentences)
    spans = {p: quote_spans(t) for p, t in texts.items()}  # ordered and disjoint
    starts = {p: [a for a, _ in found] for p, found in spans.items()}
    ends = {p: [b for _, b in found] for p, found in spans.items()}
    answers = interview_answers(texts)
    flags = []
    for p, a, b in zip(sentences["paragraph"], sentences["start_char"], sentences["end_char"]):
        a, b = int(a), int(b)
        first = bisect.bisect_right(ends[p], a)  # the first quotation ending after the sentence starts
        last = bisect.bisect_left(starts[p], b, lo=first)  # the first quotation starting after it ends
        inside = spans[p][first:last]
        flags.append(
            p in answers
            or quoted_share(texts[p], a, b, inside) > QUOTED_SHARE
            or only_attributed(texts[p], a, b, inside)
        )
    return pd.Series(flags, index=sentences.index, dtype=bool, name="quoted")


# An interview printed as questions and answers without labels: at least INTERVIEW_QUESTIONS paragraphs that are one
# short question each ("Does it get easier?"), and after them paragraphs in the first person ("Honestly, no. I still
# get nervous every night."): those answers are the interviewee's speech, not the reporter's words. A paragraph in
# the third person after a question (an explainer's answer, the closing line on the tour dates) stays the reporter's.
INTERVIEW_QUESTIONS = 3
INTERVIEW_QUESTION_WORDS = 30
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll))\b|\b(?i:me|my|mine|we|we['’](?:re|ve|d|ll)|our|ours)\b")


def interview_answers(texts: dict[int, str]) -> set[int]:
    """The paragraphs (numbers of `texts`, paragraph -> text, the headline 0 aside) that answer an interview's
    questions (rule above); none when the article is not laid out as one."""
    body = sorted(p for p in texts if p > 0)
    questions = {
        p
        for p in body
        if texts[p].rstrip().endswith("?")
        and len(texts[p].split()) <= INTERVIEW_QUESTION_WORDS
        and not quote_spans(texts[p])
    }
    if len(questions) < INTERVIEW_QUESTIONS:
        return set()
    first = min(questions)
    return {p for p in body if p > first and p not in questions and FIRST_PERSON.search(texts[p])}


# A sentence whose words outside its quotation only say who spoke is quoted, however long the speaker's name and
# title: “It has been the worst June,” said Ann Lee, who runs a café on the quay. The quotation opens the sentence
# and a speech verb follows it within a few words (SPEAKER_AFTER), or the sentence ends on the quotation after a
# speech verb (SPEAKER_BEFORE: Judge Lee said: “…”). Scare quotes ("called the talks “constructive”") have no speech
# verb beside them and stay the reporter's.
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|asked|asks|explained|explains|insisted|insists|warned|warns|replied"
    r"|replies|continued|recalled|recalls|wrote|writes|admitted|admits|argued|argues|stressed|stresses|noted"
    r"|notes|declared|declares|urged|urges|shouted|laughed"
)
SPEAKER_AFTER = re.compile(rf"^[\s,;:.!?…–—-]*(?:[\w’'.-]+\s+){{0,6}}?(?:{SPEECH_VERBS})\b", re.I)
SPEAKER_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})(?:\s+[\w’'-]+){{0,2}}\s*[:,]?\s*$", re.I)


def only_attributed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] is a quotation with only its attribution outside it (rule above); `spans` are the
    quotations overlapping it, in order."""
    if not spans:
        return False
    (first, _), (_, last) = spans[0], spans[-1]
    if first <= start or not text[start:first].strip():  # the sentence opens on the quotation
        after = text[spans[0][1] : end]
        if SPEAKER_AFTER.match(after) and not any(a < end for a, _ in spans[1:]):
            return True
    if last >= end or not text[last:end].strip(" \t\n.!?…"):  # it closes on the quotation
        return SPEAKER_BEFORE.search(text[start:first]) is not None
    return False


def sentence_sentiment(sentences: pd.DataFrame, known: dict[str, dict] | None = None) -> pd.DataFrame:
    """sentence_sentiment.csv from sentences (paragraph, sentence, start_char, end_char, text): paragraph, sentence,
    text, quoted, polarity, subjectivity, vader, tone, tone_score; `known` as in paragraph_sentiment."""
    columns = {name: sentences[name].reset_index(drop=True) for name in ("paragraph", "sentence", "text")}
    columns["quoted"] = quoted_flags(sentences).to_numpy()
    return pd.DataFrame({**columns, **_score_columns(sentences["text"].tolist(), known)})  # in SENTENCE_COLUMNS order


# Entity types of places: what a sentence states happened there is what happened to them.
PLACE_TYPES = ("GPE", "LOC", "FAC")


def entity_sentiment(
    sentence_sentiment: pd.DataFrame,
    mentions: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    known: dict[str, dict] | None = None,
) -> pd.DataFrame:
    """entity_sentiment.csv: the tone towards each entity, read from the context of its own mentions, beside the mean
    lexicon scores of the sentences that mention it (a sentence counts once).

    In: sentence_sentiment (paragraph, sentence, text, polarity, vader, …), mentions (paragraph, sentence,
    start_char, end_char, entity_type, entity; offsets in the paragraph) and sentences (paragraph, sentence,
    start_char; without it the mentions' offsets are taken as offsets in the sentence). Out: entity, entity_type
    (its most common type; ties to the first seen), sentences, polarity_mean, vader_mean; tone, tone_score and the
    shares of its sentences by tone (share_negative, share_neutral, share_positive), where each sentence naming the
    entity is read towards its first mention there (`target_tone`); most-mentioned first, then by name. `known`
    (text -> scores, as sentence_sentiment fills it) spares scoring a sentence's text again.
    """
    if mentions.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    keys = ["paragraph", "sentence"]
    scores: dict[tuple, tuple[float, float, str]] = {}
    for p, n, polarity, vader, text in zip(
        *(sentence_sentiment[c].tolist() for c in keys + ["polarity", "vader", "text"])
    ):
        scores[(p, n)] = (polarity, vader, str(text))
    starts = {}
    if sentences is not None:
        starts = dict(zip(zip(*(sentences[c].tolist() for c in keys)), sentences["start_char"].tolist()))
    types: dict[str, Counter] = {}
    found: dict[str, list[tuple]] = {}  # each entity's (polarity, vader, tone, tone_score), a sentence once
    seen = set()
    own: dict[tuple, tuple] = {}  # each sentence's own class scores, computed once for all its names
    near = lru_cache(maxsize=None)(vader_compound)  # a context read twice (two names side by side) is scored once
    columns = ["entity", "entity_type", "start_char", "end_char"] + keys
    for entity, entity_type, start, end, *key in zip(*(mentions[c].tolist() for c in columns)):
        types.setdefault(entity, Counter())[entity_type] += 1  # first-seen order breaks ties
        key = tuple(key)
        if (entity, *key) in seen:
            continue
        seen.add((entity, *key))
        if key not in scores:
            found.setdefault(entity, [])
            continue
        polarity, vader, text = scores[key]
        offset = int(starts.get(key, 0))
        a, b = max(int(start) - offset, 0), max(int(end) - offset, 0)
        if not _has_words(text):
            tone, tone_score = "neutral", 0.0
        else:
            if key not in own:
                scored = (known or {}).get(text) or {}
                own[key] = scored.get("logits") or own_logits(text, scored or None)
            place = entity_type in PLACE_TYPES
            tone, tone_score = target_tone(text, a, b, logits=own[key], vader=near, place=place)
        found.setdefault(entity, []).append((polarity, vader, tone, tone_score, float(_non_space(text))))
    rows = []
    for entity, counts in types.items():
        read = found.get(entity, [])
        shares = tone_shares([r[2] for r in read], [1.0] * len(read))
        rows.append(
            {
                "entity": entity,
                "entity_type": max(counts, key=counts.get),
                "sentences": len(read),
                "polarity_mean": _mean([r[0] for r in read]),
                "vader_mean": _mean([r[1] for r in read]),
                "tone": leading_tone(shares),
                "tone_score": _mean([r[3] for r in read]),
                **shares,
            }
        )
    rows.sort(key=lambda row: (-row["sentences"], row["entity"]))  # most sentences first, then by name
    numbers = {"polarity_mean", "vader_mean", "tone_score", *SHARE_COLUMNS}  # as floats, to four decimals
    return pd.DataFrame(
        {
            name: np.round(np.array([row[name] for row in rows], dtype=float), 4)
            if name in numbers
            else [row[name] for row in rows]
            for name in ENTITY_COLUMNS
        }
    )


def _mean(values: list[float]) -> float:
    """The mean of the non-NaN `values` (NaN when none), summed with Kahan compensation as pandas does, so the
    result is the same to the last bit as a pandas group mean."""
    total = compensation = 0.0
    count = 0
    for value in values:
        if math.isnan(value):
            continue
        count += 1
        y = value - compensation
        t = total + y
        compensation = t - total - y
        if math.isnan(compensation):  # an infinite value: keep the sum infinite rather than NaN
            compensation = 0.0
        total = t
    return total / count if count else math.nan


def overridden(sentence_sentiment: pd.DataFrame) -> pd.DataFrame:
    """The sentences where both lexicons are far from zero on one side (the override's thresholds): their tone is
    that side. Out: the rows, with `lexicons` (positive / negative)."""
    positive = (sentence_sentiment["polarity"] >= OVERRIDE_POLARITY) & (sentence_sentiment["vader"] >= OVERRIDE_VADER)
    negative = (sentence_sentiment["polarity"] <= -OVERRIDE_POLARITY) & (sentence_sentiment["vader"] <= -OVERRIDE_VADER)
    rows = sentence_sentiment[positive | negative].copy()
    rows["lexicons"] = np.where(positive[positive | negative], "positive", "negative")
    return rows


def extreme_sentences(sentence_sentiment: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The n most positive and n most negative sentences: of the sentences whose `tone` is that side, those the mean
    of polarity and VADER ranks furthest that way: side, then the row. A sentence the label reads otherwise is none
    of them, however the lexicons score it ("The court ordered measures to prevent genocide", +0.27 by the lexicons
    and neutral by the label, is no "most positive" sentence), nor is one whose praise the lexicons misread
    (`misread_by_lexicons`: "less happy", "deserve better")."""
    table = sentence_sentiment.assign(mean_score=(sentence_sentiment["polarity"] + sentence_sentiment["vader"]) / 2)
    tone = table["tone"].astype(str)
    praise = table[tone == "positive"]
    praise = praise[~praise["text"].map(lambda text: misread_by_lexicons(str(text))).astype(bool)]
    top = praise.nlargest(n, "mean_score").assign(side="most positive")
    bottom = table[tone == "negative"].nsmallest(n, "mean_score").assign(side="most negative")
    columns = ["side", "paragraph", "sentence", "text", "quoted", "polarity", "vader", "tone"]
    return pd.concat([top, bottom], ignore_index=True)[columns]


def agreement(table: pd.DataFrame) -> float:
    """Share of rows (polarity, vader) where TextBlob and VADER, each with its own thresholds, give the same tone."""
    if table.empty:
        return float("nan")
    tb = table["polarity"].map(lambda s: threshold_tone(s, TEXTBLOB_THRESHOLDS))
    vd = table["vader"].map(lambda s: threshold_tone(s, VADER_THRESHOLDS))
    return float((tb == vd).mean())


def voice_summary(sentence_sentiment: pd.DataFrame) -> pd.DataFrame:
    """Quoted speech against the reporter's words: voice, sentences, subjectivity_mean, polarity_mean, vader_mean and
    the share of each tone (share_negative, share_neutral, share_positive)."""
    rows = []
    for voice, quoted in (("reporter", False), ("quoted", True)):
        group = sentence_sentiment[sentence_sentiment["quoted"] == quoted]
        row = {
            "voice": voice,
            "sentences": len(group),
            "subjectivity_mean": round(float(group["subjectivity"].mean()), 4) if len(group) else float("nan"),
            "polarity_mean": round(float(group["polarity"].mean()), 4) if len(group) else float("nan"),
            "vader_mean": round(float(group["vader"].mean()), 4) if len(group) else float("nan"),
        }
        for tone in TONES:
            row[f"share_{tone}"] = round(float((group["tone"] == tone).mean()), 4) if len(group) else 0.0
        rows.append(row)
    return pd.DataFrame(rows)
