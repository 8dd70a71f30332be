"""Read quantities in the forms the press uses: "400-billion", "17B", "~109B", "128K".

Multipliers are decimal (k/K = 10^3, M/million = 10^6, B/billion = 10^9,
T/trillion = 10^12); approximate and lower-bound figures ("~400B", "over 2
trillion") are taken at the stated number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MULTIPLIERS: dict[str, int] = {
    "k": 10**3,
    "thousand": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mil": 10**6,
    "million": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "billion": 10**9,
    "t": 10**12,
    "tn": 10**12,
    "trillion": 10**12,
}
WORD_NUMBERS: dict[str, int] = {
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
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORD = "|".join(sorted((w for w in WORD_NUMBERS if w != "a"), key=len, reverse=True))
#: the multiplier words and letters; a letter must end the token ("17B", not "17Bn" words)
_UNIT = r"(?:thousand|million|billion|trillion|mn|bn|tn|mil|[kKmMbBtT])(?![A-Za-z])"
QUANTITY = re.compile(
    r"(?P<approx>~|≈|\\~|about |around |roughly |approximately |nearly |almost |over |"
    r"more than |exceeding |up to |some )?"
    r"(?<![\w.,])(?P<number>" + _NUM + r"|(?i:" + _WORD + r"))"
    r"(?:[\s\-]?(?P<unit>" + _UNIT + r"))",
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with a multiplier found in text."""

    start: int
    end: int
    value: int
    unit: str  #: the multiplier as written ("B", "billion", "K")
    compact: bool  #: written as one token with a letter unit ("17B", "128K")


def parse_number(text: str) -> float | None:
    """Return the number in ``text`` ("1,000", "1.5", "eight"), or None."""
    cleaned = text.strip().lower().replace(",", "")
    if cleaned in WORD_NUMBERS:
        return float(WORD_NUMBERS[cleaned])
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_quantity(text: str) -> int | None:
    """Return the integer a quantity denotes ("17B" → 17_000_000_000), or None."""
    match = QUANTITY.search(text.strip())
    if not match:
        plain = parse_number(text)
        return round(plain) if plain is not None else None
    return _value(match)


def find_quantities(text: str) -> list[Quantity]:
    """Return every number-with-multiplier in ``text``, in order."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        value = _value(match)
        if value is None:
            continue
        unit = match.group("unit")
        compact = len(unit) == 1 and match.end("number") == match.start("unit")
        start = match.start("number")
        found.append(Quantity(start, match.end(), value, unit, compact))
    return found


def _value(match: re.Match[str]) -> int | None:
    number = parse_number(match.group("number"))
    unit = (match.group("unit") or "").lower()
    if number is None:
        return None
    return round(number * MULTIPLIERS.get(unit, 1))
