"""Units and clauses: the post's sentences with its title, split into clauses; spec lines.

The title joins the units unless the text repeats it; a sentence splits into clauses
at semicolons, dashes and contrastive or subordinate joins, never inside a list of
models. Spec lines ("License: llama2 Ctx Length: 4k") split into their key/value pairs.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from llamawatch.extractors import languages
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.mentions import Group
from llamawatch.extractors.sentences import Unit, clean_inline, split_units
from llamawatch.records import ArticleText

_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|,\s+(?:while|whereas|but|although|though|yet|however|unlike)\b|"
    r"\s(?:while|whereas)\s|\s+but\s+(?=has|have|had|is|are|was|were|will|it|they)|,\s+and\s+(?=\d)|"
    # a full stop not after "Dec", "Inc": the test of what precedes it is written after
    # the stop, so that the regex engine runs it at full stops only, not at every position
    r"\.(?<!\b[A-Z][a-z]{2}\.)\s+(?=[A-Z\"])|,\s+(?:since|because|as|after|before|"
    r"even though|unless|until|which means)\b"
)
#: the same joins in other languages (extractors/languages.py): ", während", ", mais",
#: "، في حين"
_FOREIGN_CLAUSE_BREAK = re.compile(
    # (and Arabic's own comma, "،")
    r"[,،]\s+(?:" + "|".join(languages.words("clause_joins", spaced=True)) + r")\b",
    re.I,
)
#: a fronted comparison in Japanese and Korean, closed after the compared name: "Scoutと
#: 同様に、このモデルは…" (like Scout, this model …), "Llama 3と比べて", "라마 3에 비해 이
#: 모델은", "라마 3와 마찬가지로": the phrase is its own clause, as "Compared with X," is,
#: so the subject after it is not taken for the compared name's
_CJK_COMPARED_LEAD = re.compile(
    r"(?:\s?\d+(?:\.\d+)?\s?[BMTK](?![A-Za-z]))?\s?(?:モデル|シリーズ|모델|시리즈)?[」』\"”’']?\s?"
    r"(?:と(?:比べ(?:て|ると)|比較(?:して|すると)|同様に|同じく|同じように)|"
    r"に比べ(?:て|ると)?|에\s?비(?:해|하면|하여)|(?:와|과)\s?(?:비교해|비교하면|마찬가지로|같이)|"
    r"처럼)(?:は|도|는)?\s?[、，,]?\s?"
)
#: "am 5. April": a German day is written with a full stop; the clause goes on
_ORDINAL_DAY_BEFORE = re.compile(r"\b(?:am|vom|zum|bis|seit|ab|den|dem)\s+\d{1,2}$", re.I)

#: "but" in other languages joins two clauses but never leads a subordinate one
_BUT = ("aber", "doch", "sondern", "pero", "mas", "mais", "و?لكن")
_LEADING_SUBORDINATE = V.lowered(
    r"^(?:While|Whereas|Although|Though|Unlike|Like|If|Unless|Compared (?:with|to)|"
    r"In comparison (?:with|to)|As with|Similar to|"
    + "|".join(w for w in languages.words("clause_joins", spaced=True) if w not in _BUT)
    + r")\b[^,]*,"
)

_SPEC_PAIR = re.compile(
    r"(?:^|(?<=\s))(?P<key>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})\s*:\s*"
    r"(?P<value>[^\s:]+(?: [^\s:]+){0,2}?)(?=\s+[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}\s*:|\s*$)"
)


def spec_pairs(text: str) -> list[tuple[str, str]]:
    """Return the key/value pairs of a spec line with two or more of them, else []."""
    if text.count(":") < 2:
        return []
    pairs = [(m.group("key"), m.group("value")) for m in _SPEC_PAIR.finditer(text)]
    covered = sum(len(k) + len(v) + 1 for k, v in pairs)
    # Most of the line must be pairs: prose with two colons is not a spec line.
    return pairs if len(pairs) >= 2 and covered >= 0.7 * len(text.replace(" ", "")) else []


_FIELD_SPLIT = re.compile(r"\s+[·|]\s+")
_FIELD_PAIR = re.compile(r"(?P<key>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3})\s*:\s*(?P<value>\S.*)")


def field_pairs(text: str) -> list[tuple[str, str]]:
    """Return the "Key: value" fields of a line split by "·" or "|", else [].

    "License: Llama 3.1 Community License · Status: active · First released: 2024-07-23"
    is a header of fields: each key names its whole value, however many words it has.
    Every field must be a pair, so prose that happens to hold a "·" is left alone.
    """
    if ":" not in text or ("·" not in text and "|" not in text):
        return []
    fields = _FIELD_SPLIT.split(text.strip())
    if len(fields) < 2:
        return []
    pairs = []
    for field in fields:
        m = _FIELD_PAIR.fullmatch(field.strip())
        if not m or len(m.group("value").split()) > 8:
            return []
        pairs.append((m.group("key"), m.group("value").strip()))
    return pairs


#: a field of a record written as code: a keyword argument (``context_length=4096,``) or a
#: dict or JSON entry (``"license": "Llama 2 Community"``), its value a literal (a quoted
#: string or a number); "ModelFamily.LLAMA" or a list is no literal and is not taken
_CODE_PAIR = re.compile(
    r"(?:(?<![\w.\"'])(?P<key>[a-z][a-z0-9_]{1,30})\s*=|"
    r"[\"'](?P<quoted>[a-z][a-z0-9_ ]{1,30})[\"']\s*:)\s*"
    r"(?P<value>\"[^\"\n]{0,80}\"|'[^'\n]{0,80}'|-?\d[\d_]*(?:\.\d+)?(?![\w.]))"
    r"(?=\s*(?:[,)\]}]|$))"
)
#: a record needs this many literal fields to be one (one "x=1" in prose is not)
_CODE_RECORD_FIELDS = 3


def code_pairs(text: str) -> list[tuple[str, str]]:
    """Return the fields of a record written as code, keys and unquoted values, else [].

    ``OpenSourceModel(name="Llama-2-70B-Chat", parameters="70B", context_length=4096,
    …)``: a model registry in a tutorial's code says what each model is, one literal per
    field. A line with fewer than three such fields is not a record.
    """
    if "=" not in text and ":" not in text:
        return []
    pairs = []
    for m in _CODE_PAIR.finditer(text):
        value = m.group("value")
        if value[:1] in "\"'":
            value = value[1:-1]
        pairs.append(((m.group("key") or m.group("quoted")).lower(), value.strip()))
    return pairs if len(pairs) >= _CODE_RECORD_FIELDS else []


_SPACES = re.compile(r"\s+")


def units_with_title(article: ArticleText) -> list[Unit]:
    units = split_units(article.text)
    title = article.title.strip()
    if title:
        clean, urls = clean_inline(title)
        for index, unit in enumerate(units[:4]):
            if clean and unit.clean == clean:
                # The headline repeated as the first line of the text (HTML pages).
                units[index] = dataclasses.replace(unit, heading=True, block=-1, label=None)
                return units
        head = " ".join(u.clean for u in units[:4])
        # a post without a headline takes its first line as title; that line comes back
        # split into sentences, with a space after each stop the page may not have had
        # ("… applications.In 2024 …", "…リリースした。同社によれば …"): compared without
        # spaces, it is the text's own opening, not a headline to read a second time
        if clean and _SPACES.sub("", clean) not in _SPACES.sub("", head):
            units.insert(0, Unit(raw=title, clean=clean, heading=True, block=-1, urls=urls))
    return units


#: "…, but only 17B are active", "…, mais seulement 17B sont utilisés": a
#: "but only" and a figure goes on with the same subject's figures, not a new clause
_BUT_ONLY_FIGURE = re.compile(
    r",\s+(?:but|aber|doch|pero|mas|mais|ma)\s+(?:only|just|nur|lediglich|solo|sólo|"
    r"solamente|apenas|somente|seulement|uniquement|soltanto)\s+"
    r"(?:\w+\s+){0,2}?(?:about\s+|around\s+|approximately\s+|environ\s+|etwa\s+)?\d",
    re.I,
)


#: "X was originally slated for March but is now set for May", "had meant to ship it in
#: March but has now moved it to May", "was initially due in spring, but will
#: instead arrive in June": "but" and a verb with no subject of its own, then "now", "then",
#: "since", "later" or "instead", replaces the subject's plan; the clause goes on with the
#: same subject (and its release words), so it is not cut off from them
_BUT_NOW_PLAN = re.compile(
    r",?\s+but\s+(?:(?:is|are|has|have|had|was|were|will|would)\s+(?:(?!now|then|since|later|"
    r"instead)[a-z]+\s+)?)?(?:now|then|since|later|instead)\b",
)


#: "… erhältlich — jeweils mit 8 oder 70 Milliarden Parametern", "… two small models
#: — 1B and 3B": a dash before the sizes goes on with the subject's figures
_DASH_SIZES = re.compile(
    r"\s[—–]\s+(?:(?:each|both|all|jeweils|alle|beide|chacun|tous|cada uno|todos|ciascuno|"
    r"tutti|cada um)\s+)?(?:(?:with|in|mit|in|avec|en|con|com)\s+)?(?:an?\s+)?"
    r"\d+(?:[.,]\d+)?\s?(?:B\b|(?:,\s?\d+(?:[.,]\d+)?\s?B?)*(?:,?\s(?:and|or|und|oder|et|ou|y|o|e)"
    r"\s\d+(?:[.,]\d+)?\s?B?)?\s(?:billion|Milliarden|milliards|miliardi|bilhões|mil millones)\b)",
    re.I,
)


def split_clauses(text: str, groups: Sequence[Group]) -> list[tuple[int, int]]:
    """Split a sentence into clauses, never inside a list of models."""
    cuts = {0, len(text)}
    lead = _LEADING_SUBORDINATE.match(text)
    if lead and not _subjectless_lead(text, lead.end(), groups):
        cuts.add(lead.end())
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if languages.reading_other_language():
        breaks += _FOREIGN_CLAUSE_BREAK.finditer(text)
        breaks = [m for m in breaks if not _ORDINAL_DAY_BEFORE.search(text, 0, m.start())]
    breaks = [
        m
        for m in breaks
        if not _BUT_ONLY_FIGURE.match(text, m.start())
        and not _DASH_SIZES.match(text, m.start())
        and not _BUT_NOW_PLAN.match(text, m.start())
    ]
    if languages.reading_other_language():
        cuts.update(_compared_lead_ends(text, groups))
    aside = _dash_asides(text, breaks)
    for m in breaks:
        if m.start() in aside or any(g.start < m.start() < g.end for g in groups):
            continue
        cuts.add(m.start())
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if b > a]


def _compared_lead_ends(text: str, groups: Sequence[Group]) -> list[int]:
    """Return where a fronted Japanese or Korean comparison on a baseline name ends."""
    ends = []
    for group in groups:
        if group.baseline and (lead := _CJK_COMPARED_LEAD.match(text, group.end)):
            ends.append(lead.end())
    return ends


#: a word that names something (a capital after the first word) or a figure
_NAMING = re.compile(r"(?<=\s)[A-ZÀ-Ý]|\d")


def _subjectless_lead(text: str, end: int, groups: Sequence[Group]) -> bool:
    """Whether a leading subordinate clause names nothing and shares the main clause's subject.

    Italian, Portuguese and Spanish drop the subject: in "Benché non sia ancora uscito, la
    società dice che Behemoth vince", the clause before the comma is said of the model
    the sentence goes on to name, so it is not cut off from that name.
    """
    return (
        languages.reading_other_language()
        and not any(g.start < end for g in groups)
        and not _NAMING.search(text, 1, end)
    )


#: the most words a stretch between two dashes holds to be an aside, not a clause
_ASIDE_WORDS = 8


def _dash_asides(text: str, breaks: Sequence[re.Match[str]]) -> set[int]:
    """Return the dash breaks that open and close a short aside.

    "Behemoth – the giant of the three – stays in training", "Behemoth – bản lớn nhất
    của Meta – vẫn đang huấn luyện": a few words set off by a pair of dashes
    are said in passing, and the clause runs on across them to its verb.
    """
    dashes = [m for m in breaks if m.group().strip() in ("—", "–")]
    asides: set[int] = set()
    for first, second in itertools.pairwise(dashes):
        between = text[first.end() : second.start()]
        if (
            first.start() not in asides
            and len(between.split()) <= _ASIDE_WORDS
            and not any(first.end() <= m.start() < second.start() for m in breaks)
        ):
            asides.update((first.start(), second.start()))
    return asides


def clause_at(clauses: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for clause in clauses:
        if clause[0] <= pos < clause[1]:
            return clause
    return clauses[-1] if clauses else (0, pos + 1)
