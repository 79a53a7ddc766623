"""What a given name tells: nomquamgender's records of given names from many national sources (how many sources
hold a name, how many people bear it, the share of them who are women), read only where the records are ample."""

from __future__ import annotations

from functools import lru_cache

# How sure the record of a given name must be to tell a gender: the share of women (or of men) who bear it, at least.
GIVEN_NAME_CERTAINTY = 0.95
# How sure a record must be to weigh against a pronoun of the other gender, where another person the pronoun may
# stand for is one the article shows of its gender ("Mr Khan's lawyer, Jane Doe, said …. He said": Khan): a lean,
# not a certainty, since it only chooses between two people.
GIVEN_NAME_LEAN = 0.9
# How many bearers a record needs to tell anything: a word the sources hold a handful of times ("Inter", "Union")
# is no given name.
GIVEN_NAME_BEARERS = 100
# How many bearers make a common given name, which opens a person's name of two words even where a reader took the
# whole for a club's ("Lucas Digne"): John, Lucas, Grace … but not Aston, Hamilton or Real.
COMMON_GIVEN_NAME_BEARERS = 20_000


@lru_cache(maxsize=1)
def _records():
    """The name-gender classifier of nomquamgender, loaded on first use (about a second)."""
    import warnings

    with warnings.catch_warnings():  # it reads its data with importlib.resources.open_text, deprecated in 3.11-3.12
        warnings.simplefilter("ignore", DeprecationWarning)
        import nomquamgender

    return nomquamgender.NBGC()


@lru_cache(maxsize=4096)
def _record(word: str) -> tuple[int, float]:
    """(bearers, share of women) of a given name; (0, 0.5) when the sources do not hold it."""
    _, _, _, bearers, women = _records().annotate([word])[0]
    if not bearers or women != women:  # not found (no bearer, a NaN share)
        return 0, 0.5
    return int(bearers), float(women)


def _given_name(name: str) -> str | None:
    """The first word of a name of two words or more that may be a given name (no initial, no lower case)."""
    words = name.split()
    if len(words) < 2 or len(words[0]) < 2 or not words[0][:1].isupper() or not words[0].replace("-", "").isalpha():
        return None
    return words[0]


def given_name_gender(name: str) -> str | None:
    """ "m" or "f" for a person's full name whose given name (its first word) is borne almost only by men or only by
    women ("Amanda Reece": "f"); None for a name of one word ("Putin"), an initial, a given name borne by both
    ("Jordan", "Jean") or one the records hardly know."""
    return _gender_at(name, GIVEN_NAME_CERTAINTY)


def given_name_lean(name: str) -> str | None:
    """ "m" or "f" for a person's full name whose given name is borne mostly (GIVEN_NAME_LEAN) by men or by women
    ("Jane Doe": "f"); None where the records are thin or the name is borne by both alike."""
    return _gender_at(name, GIVEN_NAME_LEAN)


def _telling_record(word: str, bearers_needed: int) -> str | None:
    """ "m" or "f" for a given name whose record is certain of either gender (GIVEN_NAME_CERTAINTY), or leans to women
    (GIVEN_NAME_LEAN: "Jane", "Carol"); None otherwise. The records count names as given at birth, so a short form
    many women go by ("Sam", "Alex", "Chris") reads as borne mostly by men, while a name borne mostly by women is
    seldom a man's: a lean tells a woman, not a man."""
    bearers, women = _record(word)
    if bearers < bearers_needed:
        return None
    return "f" if women >= GIVEN_NAME_LEAN else "m" if women <= 1 - GIVEN_NAME_CERTAINTY else None


def given_name_reading(name: str) -> str | None:
    """ "m" or "f" for a person's full name whose given name tells it as `_telling_record` reads it ("Jane
    Thornbury": "f"; "Sam Okafor": None)."""
    given = _given_name(name)
    return None if given is None else _telling_record(given, GIVEN_NAME_BEARERS)


def lone_given_name_reading(word: str) -> str | None:
    """ "m" or "f" for a person named by one word that is a common given name (COMMON_GIVEN_NAME_BEARERS) whose record
    tells it (`_telling_record`: "Jane", who asked that her surname not be used: "f"); None for a word few bear as a
    given name, as most surnames ("Putin", "Kemper")."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    return _telling_record(word, COMMON_GIVEN_NAME_BEARERS)


def _gender_at(name: str, share: float) -> str | None:
    """ "m" or "f" for a full name whose given name at least `share` of its bearers are men or women; None where the
    records are thin or the share is not reached."""
    given = _given_name(name)
    if given is None:
        return None
    bearers, women = _record(given)
    if bearers < GIVEN_NAME_BEARERS:
        return None
    return "f" if women >= share else "m" if women <= 1 - share else None


def given_name_bearers(word: str) -> int:
    """How many bearers the records hold of `word` as a given name (0 for a word they do not hold)."""
    return _record(word)[0] if word[:1].isupper() and word.replace("-", "").isalpha() else 0


def opens_with_common_given_name(name: str) -> bool:
    """Whether a name of two words or more opens with a given name many people bear ("Lucas Digne", "Grace Road")."""
    given = _given_name(name)
    return given is not None and _record(given)[0] >= COMMON_GIVEN_NAME_BEARERS
