"""The learned tone label: a multinomial logistic regression read from `tone_model.json`, run on numpy alone.

One model serves two questions. Without a target it reads a sentence's own tone (the `tone` of the sentence
tables); with a target (the character span of a name in the sentence) it reads the tone towards that name, the
NewsMTSC task (`entity_sentiment.csv`). Its features, all built here, so that fitting and use share one code path:
- `w:<stem>`: each distinct word of the text, lower-cased and Porter-stemmed, valued 1/sqrt(distinct words);
- `polarity`, `subjectivity`, `vader`, `vader_pos`, `vader_neg`: the text's lexicon scores, times LEXICON_SCALE;
- with a target only: `has_target` (1), `c:<stem>` (CONTEXT_VALUE) for the CONTEXT_WORDS words either side of the
  name, `context_vader` (VADER's compound on CONTEXT_CHARS characters either side of the name, name included, times
  LEXICON_SCALE; TextBlob is left out there, as it tripled the time of scoring names) and `target_first` (1 when
  the name opens the sentence).
The model file holds the vocabulary with one coefficient per class, the intercepts, the settings above and how it
was fitted and measured; `python -m newsframe.training` refits it from the dev data, byte for byte.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("tone_model.json")
TONES = ("negative", "neutral", "positive")
# Words: letters and digits, with an apostrophe suffix kept ("n't", "'s").
WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
LEXICON_FEATURES = ("polarity", "subjectivity", "vader", "vader_pos", "vader_neg")
# Feature scales and the target's context, as fitted (the model file repeats them and `load_model` checks them).
LEXICON_SCALE = 2.0
CONTEXT_WORDS = 4
CONTEXT_VALUE = 0.5
CONTEXT_CHARS = 40


@lru_cache(maxsize=1)
def _stemmer():
    """NLTK's Porter stemmer (plain code, no corpus to download), installed with TextBlob."""
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word."""
    return _stemmer().stem(word)


def words(text: str) -> list[str]:
    """The stemmed, lower-cased words of `text` in order (curly apostrophes read as straight)."""
    return [stem(word.lower().replace("’", "'")) for word in WORD.findall(text)]


def text_features(text: str, scores: dict[str, float]) -> dict[str, float]:
    """A text's own features: its distinct words and its lexicon scores (`sentiment.text_scores`)."""
    distinct = set(words(text))
    value = 1 / math.sqrt(len(distinct)) if distinct else 0.0
    features = {f"w:{w}": value for w in sorted(distinct)}  # a fixed order: the same float sums in every process
    features.update({name: scores[name] * LEXICON_SCALE for name in LEXICON_FEATURES})
    return features


def target_features(text: str, start: int, end: int, vader) -> dict[str, float]:
    """The features of a target, text[start:end] (a name), from its context; `vader` gives a text's VADER compound
    (`sentiment.vader_compound`)."""
    context = words(text[:start])[-CONTEXT_WORDS:] + words(text[end:])[:CONTEXT_WORDS]
    features = {f"c:{w}": CONTEXT_VALUE for w in context}
    near = vader(text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS])
    features.update(
        {
            "has_target": 1.0,
            "context_vader": near * LEXICON_SCALE,
            "target_first": 1.0 if not text[:start].strip() else 0.0,
        }
    )
    return features


def softmax(logits: tuple[float, float, float]) -> np.ndarray:
    """The class probabilities of three class scores."""
    z = np.array(logits)
    z = np.exp(z - z.max())
    return z / z.sum()


class ToneModel:
    """The fitted model: intercepts (3) and a coefficient row (3) per feature, classes in TONES order."""

    def __init__(self, intercept: list[float], coefficients: dict[str, list[float]], meta: dict | None = None):
        self.intercept = np.asarray(intercept, dtype=float)
        self.coefficients = {name: np.asarray(row, dtype=float) for name, row in coefficients.items()}
        self.meta = meta or {}
        # The same numbers as plain floats: summing a few dozen rows of three is faster in Python than in numpy.
        self._rows = {name: tuple(float(x) for x in row) for name, row in coefficients.items()}
        self._intercept = tuple(float(x) for x in self.intercept)

    def logits(self, features: dict[str, float], start: tuple[float, float, float] | None = None) -> tuple:
        """The three class scores of `features` (unknown features count for nothing), added feature by feature to
        `start` (by default the intercepts). The scores of a text's own features, kept, take a target's features
        later to the same sums as all the features at once: the sentence's part is summed once for all its names."""
        z0, z1, z2 = self._intercept if start is None else start
        rows = self._rows
        for name, value in features.items():
            row = rows.get(name)
            if row is not None:
                z0 += value * row[0]
                z1 += value * row[1]
                z2 += value * row[2]
        return z0, z1, z2

    def probabilities(self, features: dict[str, float], start: tuple[float, float, float] | None = None) -> np.ndarray:
        """P(negative), P(neutral), P(positive) for one text's features (`start` as in `logits`)."""
        return softmax(self.logits(features, start))

    def to_json(self) -> str:
        """The model as the JSON text of `tone_model.json` (keys sorted, one feature a line)."""
        body = {k: v for k, v in self.meta.items() if k not in ("intercept", "coefficients")}
        lines = ["{"]
        for key in sorted(body):
            lines.append(f"  {json.dumps(key)}: {json.dumps(body[key], sort_keys=True)},")
        lines.append(f'  "intercept": {json.dumps([float(x) for x in self.intercept])},')
        lines.append('  "coefficients": {')
        rows = [
            f"    {json.dumps(k)}: {json.dumps([float(x) for x in v])}" for k, v in sorted(self.coefficients.items())
        ]
        lines.append(",\n".join(rows))
        lines.append("  }")
        lines.append("}")
        return "\n".join(lines) + "\n"


def read_model(path: Path) -> ToneModel:
    """A model from its JSON file; raises ValueError naming the file when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        settings = data["settings"]
        expected = {
            "lexicon_scale": LEXICON_SCALE,
            "context_words": CONTEXT_WORDS,
            "context_value": CONTEXT_VALUE,
            "context_chars": CONTEXT_CHARS,
            "classes": list(TONES),
        }
        if any(settings.get(k) != v for k, v in expected.items()):
            raise ValueError("its settings differ from the code's")
        return ToneModel(data["intercept"], data["coefficients"], data)
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path}: not a tone model ({error})") from error


@lru_cache(maxsize=1)
def load_model() -> ToneModel:
    """The shipped model (read once)."""
    return read_model(MODEL_PATH)
