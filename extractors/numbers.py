"""Read quantities in the forms the press uses: "400-billion", "17B", "~109B", "128K".

Multipliers are decimal (k/K = 10^3, M/million = 10^6, B/billion = 10^9,
T/trillion = 10^12); approximate and lower-bound figures ("~400B", "over 2
trillion") are taken at the stated number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llamawatch.extractors import languages

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

#: number words of other languages ("Milliarden", "mil millones", "亿") → multiplier
FOREIGN_MULTIPLIERS: dict[str, int] = languages.mapping("units")
#: the units as matched (lookaheads such as "millions(?= de )" dropped) → multiplier
_FOREIGN_BY_WORD = {
    re.sub(r"\(\?=[^)]*\)", "", unit): value for unit, value in FOREIGN_MULTIPLIERS.items()
}
_FOREIGN_UNIT = "|".join(sorted(FOREIGN_MULTIPLIERS, key=len, reverse=True))
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: Chinese and Japanese units stand between a number and the next word with no space
_CJK_UNIT = "|".join(
    sorted((u for u in FOREIGN_MULTIPLIERS if _CJK.match(u)), key=len, reverse=True)
)
_SPACED_UNIT = "|".join(
    sorted((u for u in FOREIGN_MULTIPLIERS if not _CJK.match(u)), key=len, reverse=True)
)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUM_ALL = (
    # "2 000 milliards", "1.000 Milliarden", "3,5 Millionen": thousands split by a space or
    # a dot and a decimal comma, read only before a unit word of another language
    r"(?:(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+,\d{1,2})(?=\s?(?i:"
    + _FOREIGN_UNIT
    + r"))|"
    + _NUM
    + ")"
)
_WORD = "|".join(sorted((w for w in WORD_NUMBERS if w != "a"), key=len, reverse=True))
#: count words of other languages ("einer" in "einer Million"), read before a unit only
FOREIGN_WORD_NUMBERS: dict[str, int] = languages.mapping("number_words")
_WORD_ALL = "|".join(
    sorted({*(w for w in WORD_NUMBERS if w != "a"), *FOREIGN_WORD_NUMBERS}, key=len, reverse=True)
)
#: the characters re.I matches to a letter besides its two cases (Python's re._casefix)
_EXTRA_CASES = {"i": "\u0131\u0130", "k": "\u212a", "s": "\u017f"}


def _any_case(words: str) -> str:
    """Return the alternation ``words`` ("a|b|…") matching as ``(?i:…)`` would.

    The words are grouped by their first letter, each group opening on a class of that
    letter's cases: the regex engine skips a group at once where the text's letter is
    another, while it must try ``(?i:…)`` alternatives one by one (twice as slow here).
    Words of two groups cannot match at one place, so only the order within a group
    matters, and it is kept.
    """
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0].lower(), []).append(word[1:])
    return (
        "(?:"
        + "|".join(
            f"[{first}{first.upper()}{_EXTRA_CASES.get(first, '')}](?i:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        + ")"
    )


#: the multiplier words and letters; a letter must end the token ("17B", not "17Bn" words,
#: and not the "13T01:03" of a timestamp, where a digit follows the letter)
_UNIT = r"(?:thousand|million|billion|trillion|mn|bn|tn|mil|[kKmMbBtT])(?![A-Za-z]|\d)"
_UNIT_ALL = r"(?:(?:" + _CJK_UNIT + r")|(?i:" + _SPACED_UNIT + r")(?![^\W\d_])|" + _UNIT + ")"
QUANTITY = re.compile(
    r"(?P<approx>~|≈|\\~|about |around |roughly |approximately |nearly |almost |over |"
    r"more than |exceeding |up to |some )?"
    r"(?<![\w.,])(?P<number>" + _NUM + r"|" + _any_case(_WORD) + r")"
    r"(?:[\s\-]?(?P<unit>" + _UNIT + r"))",
)
#: the same with the numbers of other languages ("2 000 milliards", "4050亿"), used only
#: while a post in another language is read
QUANTITY_ALL_LANGUAGES = re.compile(
    r"(?P<approx>~|≈|\\~|about |around |roughly |approximately |nearly |almost |over |"
    r"more than |exceeding |up to |some )?"
    # Chinese and Japanese write a number right after a word ("有4050亿")
    # and after a comma that follows a word of theirs ("109B 參數,17B 激活")
    r"(?:(?<![\w.,])|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|"
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af],))"
    r"(?P<number>" + _NUM_ALL + r"|" + _any_case(_WORD_ALL) + r")"
    r"(?:[\s\-]?(?P<unit>" + _UNIT_ALL + r"))",
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
    if cleaned in FOREIGN_WORD_NUMBERS:
        return float(FOREIGN_WORD_NUMBERS[cleaned])
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


#: the ten-thousands of Chinese, Japanese and Korean ("万", "萬", "만")
_TEN_THOUSANDS = frozenset(("万", "萬", "만"))
#: the rest after them, in digits: "12万8000トークン", "12만8000개", "12만 8000 토큰" (128,000);
#: three or four digits only ("3万5" is spoken shorthand for 35,000), and not a year, a day
#: or another multiplier ("2万 2025年", "1万 200億")
_TEN_THOUSANDS_REST = re.compile(
    r"\s?(?P<rest>\d{3,4})(?![\d.,])"
    r"(?!\s*(?:[年月日년월일%万萬만億亿억兆조]|[kKmMbBtT](?![A-Za-z])))"
)


#: an expert count glued to a size ("17B-16E", or with a multiplication sign): an MoE variant's
#: tag, whose size is the count active per token, not the model's size
_EXPERT_TAG = re.compile(r"\s?[-×]\s?\d{1,3}E\b")


def find_quantities(text: str) -> list[Quantity]:
    """Return every number-with-multiplier in ``text``, in order.

    A size in a variant's tag ("Scout (17B-16E)") is left out: it counts the parameters
    active per token, which the tag does not say in words, so it is no model's size.
    """
    found: list[Quantity] = []
    pattern = QUANTITY_ALL_LANGUAGES if languages.reading_other_language() else QUANTITY
    for match in pattern.finditer(text):
        value = _value(match)
        if value is None:
            continue
        unit = match.group("unit")
        end = match.end()
        if "E" in text[end : end + 6] and _EXPERT_TAG.match(text, end):
            continue
        if unit in _TEN_THOUSANDS:
            rest = _TEN_THOUSANDS_REST.match(text, end)
            if rest is not None:
                value += int(rest.group("rest"))
                end = rest.end()
        compact = unit in "kKmMbBtT" and match.end("number") == match.start("unit")
        start = match.start("number")
        found.append(Quantity(start, end, value, unit, compact))
    return found


def _value(match: re.Match[str]) -> int | None:
    unit = (match.group("unit") or "").lower()
    written = match.group("number")
    if unit in _FOREIGN_BY_WORD:
        # "2 000" and "1.000" group thousands; "3,5" has a decimal comma
        written = re.sub(r"[ \u00a0\u202f]|\.(?=\d{3}\b)", "", written)
        if re.fullmatch(r"\d+,\d{1,2}", written):
            written = written.replace(",", ".")
    number = parse_number(written)
    if number is None:
        return None
    return round(number * MULTIPLIERS.get(unit, _FOREIGN_BY_WORD.get(unit, 1)))


def foreign_unit_values() -> dict[str, int]:
    """Return the unit words of other languages, as matched and lower-cased → multiplier."""
    return {unit.lower(): value for unit, value in _FOREIGN_BY_WORD.items()}
