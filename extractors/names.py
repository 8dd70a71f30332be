"""Names that point at each other: "Muse Spark, codenamed Avocado" ties a codename to a name.

A post that ties a codename or internal name (the alias) to the name a model ships
under keeps its facts under the shipped name; the tie itself is a ``NameLink`` so
that state and pages can show one model with its aliases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.new_names import find_new_model_names
from llamawatch.extractors.sentences import split_units
from llamawatch.records import ArticleText, NameLink

#: a model's name as written: one to three capitalised words or a versioned name
_NAME = r"[A-Z][\w.+-]*(?:\s+(?:[A-Z0-9][\w.+-]*)){0,2}"
_Q = r"[\"'“”‘’]?"
_CODENAME = (
    r"(?:(?:internally|originally|formerly|previously|once|first)\s+)?"
    r"(?:code-?named|codename(?:d)?:?|code\s+name(?:d)?|"
    r"known\s+internally\s+as|referred\s+to\s+internally\s+as|internally\s+(?:called|named|"
    r"known\s+as|dubbed)|internal\s+name:?)"
)
#: "Muse Spark (codename Avocado)", "Muse Spark, codenamed Avocado,"
_NAME_THEN_ALIAS = re.compile(
    r"(?P<name>"
    + _NAME
    + r")\s*(?:\(\s*|,\s+|\s+[—–-]{1,2}\s+|\s+(?:is|was)\s+)"
    + _CODENAME
    + r"\s+(?:the\s+)?"
    + _Q
    + r"(?P<alias>"
    + _NAME
    + r")"
)
#: "Muse Spark, a new homegrown AI model (code-named Avocado)": the codename in brackets
#: after the phrase that says what the name is
_NAME_MODEL_THEN_ALIAS = re.compile(
    r"(?P<name>"
    + _NAME
    + r"),\s+(?:an?|the|its|Meta's)\s+(?:[\w-]+\s+){0,5}?(?:model|LLM)\s*\(\s*"
    + _CODENAME
    + r"\s+(?:the\s+)?"
    + _Q
    + r"(?P<alias>"
    + _NAME
    + r")"
)
#: "Avocado, now launched as Muse Spark", "the model codenamed Avocado ships as Muse Spark"
_ALIAS_THEN_NAME = re.compile(
    r"(?P<alias>"
    + _NAME
    + r")"
    + _Q
    + r",?\s+(?:(?:has|have)\s+been\s+|is\s+|was\s+|now\s+|finally\s+){0,2}"
    r"(?:renamed|rebranded|released|launched|shipped|unveiled|introduced|branded)\s+as\s+"
    + _Q
    + r"(?P<name>"
    + _NAME
    + r")"
)
#: "The model, known inside the company as Llama 5, …": a sentence whose subject is
#: the model just named gives that model an alias; the alias is not a second model
_REFERENT_ALIAS = re.compile(
    r"^(?:(?:The|This)\s+model\s*,?|It\s+(?:is|was))\s+"
    r"(?:(?:widely|commonly|also|often|sometimes|reportedly)\s+)?"
    + _CODENAME
    + r"\s+(?:the\s+)?"
    + _Q
    + r"(?P<alias>"
    + _NAME
    + r")"
)
#: words without which a text cannot tie two names (a cheap test before the patterns)
LINK_CUE = re.compile(r"(?i:code|internal|renamed|rebranded)|\bas\s+[\"“'‘]?[A-Z]")
#: LINK_CUE's words, and its "as" as a literal-led pattern (a leading \b would make
#: the regex engine try every position instead of scanning for "as")
_LINK_WORDS = ("code", "internal", "renamed", "rebranded")
_AS_NAME = re.compile(r"as\s+[\"“'‘]?[A-Z]")


def has_link_cue(text: str) -> bool:
    """Return True when ``text`` holds LINK_CUE: a few substring tests, then the pattern."""
    if V.may_hold(text.lower(), _LINK_WORDS):
        return LINK_CUE.search(text) is not None
    return _AS_NAME.search(text) is not None and LINK_CUE.search(text) is not None


#: a shipped name as written: one to three capitalised words, no sentence words
_PRODUCT_NAME = re.compile(r"[A-Z][a-z0-9]+(?:[ -][A-Z0-9][\w.+]*){0,2}")
_TRAILING = re.compile(r"[\s.,;:\"'“”‘’)]+$")
_LEADING_WORDS = frozenset({"The", "A", "An", "Its", "Meta", "Meta's", "Facebook", "It"})


#: "built by the labs under Alexandr Wang (code-named Avocado)": the name after these
#: words is a person or a team, and the codename belongs to what they built
_PERSON_BEFORE = re.compile(
    r"\b(?:under|by|led\s+by|headed\s+by|run\s+by|with|chief|CEO|founder|head)\s+$", re.I
)


def find_links(text: str) -> list[tuple[str, str]]:
    """Return (name, alias) pairs that ``text`` ties together, as written."""
    found: list[tuple[str, str]] = []
    for pattern in (_NAME_THEN_ALIAS, _NAME_MODEL_THEN_ALIAS, _ALIAS_THEN_NAME):
        for m in pattern.finditer(text):
            if pattern is not _ALIAS_THEN_NAME and _PERSON_BEFORE.search(text, 0, m.start()):
                continue
            name, alias = _tidy(m.group("name")), _tidy(m.group("alias"))
            if name and alias and name.lower() != alias.lower():
                found.append((name, alias))
    return found


def find_referent_alias(text: str) -> str | None:
    """Return the alias a sentence gives the model it refers back to ("The model, known
    internally as Llama 5, …"), as written, or None."""
    m = _REFERENT_ALIAS.match(text)
    if m is None:
        return None
    return _tidy(m.group("alias")) or None


def referent_pairs(
    texts: Sequence[str], models_named: Callable[[str], list[str]]
) -> list[tuple[str, str, str]]:
    """Return (name, alias, evidence) for sentences that give the model just named an alias.

    The model referred back to is the one model the nearest earlier sentence naming
    any model names; with two there, whose alias it is cannot be told, so none is tied.
    """
    pairs: list[tuple[str, str, str]] = []
    for index, text in enumerate(texts):
        if not has_link_cue(text):
            continue
        alias = find_referent_alias(text)
        if alias is None:
            continue
        for earlier in reversed(texts[max(0, index - 3) : index]):
            named = [n for n in dict.fromkeys(models_named(earlier)) if n.lower() != alias.lower()]
            if named:
                if len(named) == 1:
                    pairs.append((named[0], alias, text))
                break
    return pairs


def _tidy(raw: str) -> str:
    words = _TRAILING.sub("", raw).split()
    while words and words[0] in _LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


def resolve_links(
    pairs: Iterable[tuple[str, str, str]], catalog: ModelCatalog, new_names: Iterable[str] = ()
) -> list[NameLink]:
    """Return links whose two names are models: catalog names or names the post introduced.

    Both sides are given their catalog name where there is one ("Llama-5" → "Llama 5").
    """
    known = {n.lower(): n for n in new_names}
    links: list[NameLink] = []
    for name, alias, evidence in pairs:
        sides = []
        for side in (name, alias):
            canonical = catalog.canonical(side) or known.get(side.lower())
            if canonical is None and re.fullmatch(
                rf"{re.escape(catalog.family_word)}\s+\d+(?:\.\d+)?", side, re.I
            ):
                canonical = side  # a new Llama version: "Llama 5"
            sides.append(canonical)
        if sides[0] is None and sides[1] is not None and _PRODUCT_NAME.fullmatch(name):
            # "Muse Spark, codenamed Avocado": a tracked codename vouches for the
            # name it ships under, which the post may give nowhere else
            sides[0] = name
        if sides[0] is None or sides[1] is None or sides[0] == sides[1]:
            continue
        # At least one side must be a name the post introduces or the catalog knows as
        # Meta's: "Paris, known internally as HQ" is not a model.
        link = NameLink(name=sides[0], alias=sides[1], evidence=evidence)
        if all((link.name, link.alias) != (k.name, k.alias) for k in links):
            links.append(link)
    return links


def extract_name_links(article: ArticleText, catalog: ModelCatalog) -> list[NameLink]:
    """Return the name links a post states ("Muse Spark, codenamed Avocado")."""
    units = split_units(article.text)
    texts = (
        [article.title, *(u.clean for u in units)] if article.title else [u.clean for u in units]
    )
    new_names: list[str] = []
    pairs: list[tuple[str, str, str]] = []
    blocks = [-1, *(u.block for u in units)] if article.title else [u.block for u in units]
    for index, text in enumerate(texts):
        same_block = index and blocks[index - 1] == blocks[index]
        for name in find_new_model_names(text, catalog, texts[index - 1] if same_block else ""):
            if name not in new_names:
                new_names.append(name)
        if has_link_cue(text):
            pairs.extend((name, alias, text) for name, alias in find_links(text))
    pairs.extend(referent_pairs(texts, lambda text: models_named(text, catalog, new_names)))
    return resolve_links(pairs, catalog, new_names)


def models_named(text: str, catalog: ModelCatalog, new_names: Sequence[str]) -> list[str]:
    """Return the models (not generations or the family) ``text`` names, in order."""
    return [
        m.name
        for m in catalog.find_mentions(text, short_names=False, new_names=new_names)
        if m.kind in ("model", "new")
    ]
