"""Word lists of the temporal-expression grammar: the judgement calls, kept as data."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# Abbreviations are only months when written with a capital (and usually a full stop): "mar" and "jan"
# are words or names too. "May" is also a modal verb, so a bare "May" needs spaCy to call it a PROPN.
AMBIGUOUS_MONTHS = {"may", "mar", "jan", "jun", "jul", "dec", "sep"}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
# Abbreviated weekdays count only with a full stop ("Fri."), else "sat" and "sun" are ordinary words.
WEEKDAY_ABBREVIATIONS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

# TimeML parts of the day (TIMEX3 value suffix).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# TimeML season codes.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "a couple": 2,
    "a dozen": 12,
    "dozen": 12,
    "single": 1,
}
# Quantities with no number: TimeML writes them as X ("several years" -> PXY).
VAGUE_QUANTITIES = {
    "a few",
    "few",
    "several",
    "some",
    "many",
    "a number of",
    "dozens of",
    "hundreds of",
    "numerous",
    "recent",
    "the coming",
    "coming",
    "the next few",
    "the past few",
    "the last few",
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}

# Unit word -> (TimeML duration letter, whether it is a time unit written after "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    # TimeBank writes a decade as E, a century as C and a millennium as L ("about a decade" -> P1E).
    "decade": ("E", False),
    "century": ("C", False),
    "centurie": ("C", False),
    "millennium": ("L", False),
    "millennia": ("L", False),
}
UNIT_MULTIPLIER = {"fortnight": 2}

# Words that hedge a quantity; TimeML keeps them inside the expression ("about two years ago").
HEDGES = (
    "about",
    "around",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "some",
    "more than",
    "less than",
    "over",
    "under",
    "at least",
    "at most",
    "up to",
    "only",
    "just",
    "barely",
    "fewer than",
    "well over",
)

# Fuzzy references to the past, present and future (TimeML PAST_REF, PRESENT_REF, FUTURE_REF).
# "earlier" and "previously" alone are treated as past references so the timeline can place them
# in the band before publication.
VAGUE_REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "earlier": "PAST_REF",
    "formerly": "PAST_REF",
    "once": "PAST_REF",
    "in the past": "PAST_REF",
    "recent years": "PAST_REF",
    "recent months": "PAST_REF",
    "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
}
# Words that place an event before or after another one rather than on the time line. TimeML leaves them out
# (they are relations between events, not times), so the TimeML mode of the extractor skips them; the timeline
# keeps them as vague references, placed in the band before (or after) publication.
RELATIONAL_REFERENCES = {"previously", "earlier", "formerly", "once"}
# Of those, the ones that are ordinary words far more often than time references: they count
# only in the positions listed in grammar.py (e.g. "earlier" at the end of a clause, "once" never).
WEAK_VAGUE = {"once", "earlier", "current", "presently"}

# Rate words -> TimeML SET value.
SET_WORDS: dict[str, str] = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "biweekly": "P2W",
}

# Named days, as month-day ("XXXX-12-25" style); movable feasts are left out.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "veterans day": (11, 11),
}
# Holidays counted from Easter Sunday: name -> days after it.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "good friday": -2,
    "maundy thursday": -3,
    "holy thursday": -3,
    "easter monday": 1,
    "palm sunday": -7,
    "ash wednesday": -46,
    "shrove tuesday": -47,
    "pentecost": 49,
    "whit monday": 50,
}
# Holidays on the n-th weekday of a month: name -> (month, weekday 0=Monday, n; -1 = last).
MOVABLE_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
    "presidents' day": (2, 0, 3),
}
# Days counted from the n-th weekday of a month: name -> (month, weekday 0=Monday, n, days after). The United
# States' Election Day is the Tuesday after the first Monday of November.
DAYS_AFTER_NTH_WEEKDAY: dict[str, tuple[int, int, int, int]] = {
    "election day": (11, 0, 1, 1),
}
# Days named by their place after a movable holiday: Black Friday is the day after Thanksgiving, Cyber Monday the
# Monday after it (the shops' days, not weekdays of any week).
DAYS_AFTER_HOLIDAY: dict[str, tuple[str, int]] = {
    "black friday": ("thanksgiving", 1),
    "cyber monday": ("thanksgiving", 4),
}

# Verbs of weather, which take no subject but "it" ("it rained"): after "was due to" with a noun subject ("the
# cancellation was due to rain on Tuesday") the word is the weather that caused it, never an infinitive of a plan.
WEATHER_VERBS = frozenset("rain snow hail sleet drizzle thunder pour fog storm flood".split())
