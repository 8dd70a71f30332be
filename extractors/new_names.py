"""New model names: the Meta models a passage introduces that the catalog does not know.

"Meta's new model, codenamed Avocado", "Meta launched Muse Spark on …": a name counts
only where the same passage ties it to Meta (or Llama) and speaks of models, so a data
centre or a telescope "called" something is not taken for a model.
"""

from __future__ import annotations

import re

from llamawatch.extractors import readers as R
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.models import ModelCatalog, spelled_out_before_short

_NEW_NAME_KEYS = (
    "named", "called", "dubbed", "codename", "code-name", "known as", '"', "'s ", "new ",
    "referred to", "internally", "launched", "released", "unveiled", "introduced", "debuted",
    "rolled out", "shipped", "launches", "releases", "unveils", "introduces", "debuts",
    "rolls out", "ships", "model, ", "shipping", "launching", "releasing", "unveiling",
    "introducing", "debuting", "first ", "latest ", "newest ",
)  # fmt: skip

_NAME = r"[A-Z][\w.+-]*(?:\s+(?:[A-Z0-9][\w.+-]*))?(?:\s+(?:[A-Z0-9][\w.+-]*))?"
_INTRO_NAME = re.compile(
    r"\b(?:code-?named|codename|dubbed|called|named|known (?:internally )?as|nicknamed|"
    r"referred to (?:internally )?as|internally (?:called|named|dubbed|known as))\s+(?:the\s+)?"
    r"(?P<q>[\"'‘“])?(?P<name>" + _NAME + r")(?(q)[\"'’”])",
)
#: what the name is given to, right before "named"/"called": a team, a site, a device
#: ("a specialized team named 'TBD'", "a facility, called Prometheus", "glasses
#: code-named Orion"), not a model
_NON_MODEL_BEFORE_INTRO = re.compile(
    r"\b(?:teams?|groups?|labs?|laborator(?:y|ies)|units?|divisions?|departments?|squads?|"
    r"organi[sz]ations?|clusters?|facilit(?:y|ies)|supercomputers?|data\s+cent(?:er|re)s?|"
    r"campus(?:es)?|chips?|glasses|headsets?|apps?|assistants?|feeds?|studios?)\s*,?\s+"
    r"(?:internally\s+)?$",
    re.I,
)
_QUOTED_MODEL_NAME = re.compile(
    r"[\"'‘“](?P<name>" + _NAME + r")[,.]?[\"'’”],?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:model|LLM|system)\b"
)
_INCLUDING_QUOTED = re.compile(
    r"\bmodels?,?\s+(?:including|such as|like|named|titled)\s+(?:the\s+)?[\"'](?P<name>"
    + _NAME
    + r")[,.]?[\"']"
)
_POSSESSIVE_NEW = re.compile(
    r"\b(?:Meta|Facebook)'s\s+(?:new\s+|upcoming\s+|next\s+|secretive\s+|rumou?red\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:model|LLM|AI model)\b(?!\s+cards?\b)"
)
_APPOSITIVE_NEW = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?:,| is| will be| [—–-]{1,2})\s+"
    r"(?:Meta's|the company's|its)\s+"
    r"(?:next|new|newest|latest|upcoming|first|secretive|frontier|flagship|proprietary|closed|"
    r"open)\b"
    r"[\w\s-]{0,30}?\b(?:model|LLM)\b"
)
#: "Meta launched Muse Spark on …": a capitalised name as the object of Meta's launch verb
_LAUNCHED_NEW = re.compile(
    r"\b(?:Meta|Facebook)\s+(?:(?:has|have|had|officially|quietly|finally|just|now|today|"
    # "Meta on Wednesday debuted Muse Spark": a day between the company and its verb
    r"yesterday|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:this|last)\s+week)\s+)"
    r"{0,3}(?:launch(?:ed|es)|"
    r"release[sd]|unveil(?:ed|s)|introduc(?:ed|es)|debut(?:ed|s)|rolled out|rolls out|"
    r"ship(?:ped|s))\s+[\"'‘“]?(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\b"
    r"(?!\s+(?:and|or)\b)"
)
#: "Meta launches new proprietary AI model Muse Spark": the name right after the model
#: word that is the object of Meta's launch verb
_LAUNCHED_MODEL_NAME = re.compile(
    r"\b(?:Meta|Facebook)\s+(?:(?:has|have|had|officially|quietly|finally|just|now|today)\s+)"
    r"{0,2}(?:launch(?:ed|es)|release[sd]|unveil(?:ed|s)|introduc(?:ed|es)|debut(?:ed|s)|"
    r"rolled out|rolls out|ship(?:ped|s))\s+(?:(?:a|an|its|the|new)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:model|LLM),?\s+[\"'‘“]?(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\b"
    r"(?!\s+(?:and|or)\b)"
)
#: "The company also showed Muse Spark, its new AI model from …": "the company" as the
#: launcher counts only with the name's apposition saying it is a model (the passage
#: must still tie it to Meta)
_COMPANY_LAUNCHED = re.compile(
    r"\b[Tt]he company\s+(?:(?:has|have|had|also|officially|quietly|finally|just|now|today)\s+)"
    r"{0,2}(?:launched|released|unveiled|introduced|debuted|rolled out|shipped)\s+"
    r"[\"'‘“]?(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)[\"'’”]?,\s+an?\s+(?:new\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:model|LLM)\b"
)
#: what a launched name is said to be, when that is not a model: "Vibes, a feed of …",
#: "Orion, its first AR glasses" (a model word in the phrase keeps the name)
_APPOSED_HEAD = re.compile(
    r"[\"'’”]?,\s+(?:an?|its|the|their)\s+(?P<head>(?:(?!(?:of|for|that|which|who|built|"
    r"from|with|to|in|on|by|and)\b)[\w'’-]+\s*){1,6})",
    re.I,
)
_MODEL_HEAD = re.compile(r"\b(?:models?|LLMs?|systems?)\b", re.I)
#: "its large language AI model, 'Muse Spark'": a quoted name right after "model"
_MODEL_THEN_QUOTED = re.compile(
    r"\b(?:its|a|an|the|new|latest)\s+(?:[\w-]+\s+){0,4}?(?:model|LLM),?\s+"
    r"[\"'‘“](?P<name>" + _NAME + r")[,.]?[\"'’”]"
)
#: "its flagship AI model, Muse Spark, placing …": an unquoted name set off after a
#: model of Meta's (the name's own commas or dash close it)
_OWN_MODEL_THEN_NAME = re.compile(
    r"\b(?:its|Meta's|Facebook's|the company's)\s+(?:[\w-]+\s+){0,3}?(?:model|LLM),\s+"
    r"(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?=,|\s+[—–-]|\s*\()"
)
#: "shipping the proprietary closed-weight 'Muse Spark'": a quoted name as the object
#: of a launch verb's -ing form
_SHIPPING_QUOTED = re.compile(
    r"\b(?:shipping|launching|releasing|unveiling|introducing|debuting)\s+"
    r"(?:(?:the|its|a|an|new)\s+)?(?:[\w-]+\s+){0,3}?[\"'‘“](?P<name>" + _NAME + r")[,.]?[\"'’”]"
)
#: "Muse Spark, released on April 8, is the first model to come out of …"
_FIRST_MODEL = re.compile(
    r"(?:^|[.;]\s+)(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?),?\s+(?:[^.;]{0,60}?,\s+)?"
    r"(?:is|was)\s+(?:the|Meta's|its)\s+(?:first|latest|newest)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:model|LLM)\b"
)
#: a codename marker, singular or plural: "codenamed", "under the codenames", "known
#: internally as"
_CODENAME_MARKER = (
    r"(?:(?:internally|originally)\s+)?(?:code-?named|code-?names?|code\s+names?|"
    r"known\s+internally\s+as|internally\s+(?:called|named|dubbed|known\s+as))\s+(?:the\s+)?"
)
_QUOTED_OR_BARE = r"[\"'‘“]?" + _NAME + r"[\"'’”]?"
#: "two follow-up models under the codenames "Kiwi" and "Guava"", "internally
#: codenamed Guava and Kiwi": every name of a list after one codename marker
_CODENAME_LIST = re.compile(
    r"\b"
    + _CODENAME_MARKER
    + r"(?P<names>"
    + _QUOTED_OR_BARE
    + r"(?:\s*,\s*"
    + _QUOTED_OR_BARE
    + r")*,?\s+(?:and|&)\s+"
    + _QUOTED_OR_BARE
    + r")"
)
#: "Meta's next big model — codenamed Kiwi, not done training — now ties with
#: OpenAI's best": a codename given right after a model of Meta's own
_OWN_MODEL_CODENAMED = re.compile(
    r"\b(?:Meta['’]s|Facebook['’]s|its|the\s+company['’]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:models?|LLMs?|systems?)\s*(?:[,(—–]|\s-)?\s*"
    + _CODENAME_MARKER
    + r"[\"'‘“]?(?P<name>"
    + _NAME
    + r")"
)
_LIST_PART = re.compile(r"[\"'‘“]?(?P<name>" + _NAME + r")[\"'’”]?")


def codename_list_names(text: str) -> list[tuple[str, int]]:
    """Return each name of a list one codename marker introduces, with where it stands.

    "plans two follow-up models under the codenames "Kiwi" and "Guava"": both are
    codenames, not only the first after the marker.
    """
    found: list[tuple[str, int]] = []
    for m in _CODENAME_LIST.finditer(text):
        if _NON_MODEL_BEFORE_INTRO.search(text, max(0, m.start() - 40), m.start()):
            continue  # "glasses code-named Orion and Hypernova": devices, not models
        names = m.group("names")
        for part in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", names):
            word = _LIST_PART.match(part)
            if word is not None:
                name = word.group("name").rstrip(".")
                found.append((name, m.start("names") + names.find(part) + word.start("name")))
    return found


#: what says, before a codename marker, that the model it names is not out: a verb of
#: making or planning it ("is planning successor models under the codenames …", "is
#: pursuing a new model codenamed …") or a word for a model still to come ("its next
#: frontier model, codenamed …", "an upcoming model known internally as …")
_AWAITED_BEFORE = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|develop(?:s|ing)|(?:is|are|was|were)\s+(?:now\s+|also\s+)?"
    r"(?:building|training|preparing|readying)|working\s+on|pursu(?:es|ing)|"
    r"next|upcoming|forthcoming|future|unreleased|yet-to-be-released|in-development)\b"
    r"[^.;:!?]{0,60}?\b(?:models?|LLMs?|systems?|projects?)\b[^.;:!?\w]{0,4}"
    r"(?:(?:under|with|as)\s+)?(?:(?:the|a|an)\s+)?$",
    re.I,
)
#: a release told in the same sentence: the codename then names a model that is out
_RELEASED_NEAR = re.compile(
    r"\b(?:released|launched|shipped|debuted|rolled\s+out|went\s+live|now\s+available|"
    r"unveiled|introduced|renamed|rebranded)\b",
    re.I,
)
_ANY_MARKER = re.compile(r"\b" + _CODENAME_MARKER, re.I)


def awaited_codenames(text: str) -> list[int]:
    """Return where the codenames stand that a text introduces as models not out yet.

    "Meta plans two follow-up models under the codenames "Kiwi" and "Guava"", "Meta's
    next big model — codenamed Kiwi, not done training —": each codename after the
    marker is a model to come (status upcoming). A release
    verb anywhere in the sentence ("the next model, codenamed Avocado, launched as Muse
    Spark") leaves it to the readers.
    """
    if not V.may_hold(text.lower(), ("code", "internally")) or _RELEASED_NEAR.search(text):
        return []
    where: list[int] = []
    for marker in _ANY_MARKER.finditer(text):
        if not _AWAITED_BEFORE.search(text, max(0, marker.start() - 120), marker.start()):
            continue
        listed = [
            start
            for _, start in codename_list_names(text)
            if marker.start() < start < marker.end() + 80
        ]
        if listed:
            where.extend(listed)
            continue
        first = _LIST_PART.match(text, marker.end())
        if first is not None:
            where.append(first.start("name"))
    return sorted(set(where))


#: "Meta … Model Compiler (LLM Compiler)": a name Meta gives in full, then
#: the short form in brackets, whose capitals are the initials of the full name's words
_META_FULL_NAME = re.compile(
    r"\b(?:Meta|Facebook)\s+(?P<full>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,5})\s+"
    r"\((?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\)"
)


#: the full name says what it names: "… Model Compiler", not "… Superintelligence Labs (MSL)"
_MODEL_IN_NAME = re.compile(r"\b(?:Model|Models|LLM|LLMs)\b")


def _abbreviates(short: str, full: str) -> bool:
    """Return True when the short name's capitals are initials of the full name's words
    ("LLM Compiler" of "Large Language Model Compiler"), in order."""
    initials = [w[0] for w in full.split()]
    at = 0
    for letter in (c for c in short if c.isupper()):
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return sum(c.isupper() for c in short) >= 2


def _full_named(text: str) -> list[str]:
    """Return the short names of Meta models introduced by their full name."""
    if "(" not in text or not ("Meta " in text or "Facebook " in text):
        return []
    return [
        m.group("name")
        for m in _META_FULL_NAME.finditer(text)
        if _abbreviates(m.group("name"), m.group("full")) and _MODEL_IN_NAME.search(m.group("full"))
    ]


_NEW_NAME_PATTERNS = (
    _INTRO_NAME,
    _QUOTED_MODEL_NAME,
    _INCLUDING_QUOTED,
    _POSSESSIVE_NEW,
    _APPOSITIVE_NEW,
    _LAUNCHED_NEW,
    _MODEL_THEN_QUOTED,
    _OWN_MODEL_THEN_NAME,
    _SHIPPING_QUOTED,
    _FIRST_MODEL,
    _LAUNCHED_MODEL_NAME,
    _COMPANY_LAUNCHED,
)
#: capitalised words that are never a model's name (days, months, sentence openers)
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "this",
        "that",
        "these",
        "those",
        "the",
        "its",
        "it",
        "their",
        "our",
        "new",
    ]
)

_META_TIE = re.compile(r"\b(?:Llama|LLaMA|Zuckerberg|Superintelligence Labs?|MSL)\b")
_MODEL_WORD = re.compile(
    r"\b(?:models?|LLMs?|language model|AI system|(?:open|closed)[\s-]weights?)\b", re.I
)
#: the words _MODEL_WORD cannot match without, fewer and tested first
_MODEL_WORD_KEYS = ("model", "llm", "ai system", "weight")
_NAMES_AFTER_NEW_MODELS = re.compile(r"\bnew (?:\w+\s+){0,2}models?\s*:\s*(?P<names>[^.;]+)", re.I)


def find_new_model_names(text: str, catalog: ModelCatalog, before: str = "") -> list[str]:
    """Return names of Meta models the catalog does not know that ``text`` introduces.

    ``before`` is the sentence before it in the same paragraph: "The company …" there
    is the company that sentence names.
    """
    return find_introduced(text, catalog, before)[0]


def find_introduced(
    text: str, catalog: ModelCatalog, before: str = ""
) -> tuple[list[str], list[str]]:
    """Return the models ``text`` introduces as Meta's: new names, and tracked members
    named by their short name.

    "Meta is delaying its flagship AI model, 'Behemoth'": a post that never names the
    generation still says which member it means.
    """
    new: list[str] = []
    members: list[str] = []
    for name in _introduced_names(text, catalog, before):
        entry = next(
            (e for e in catalog.entries if e.short_name and e.short_name.lower() == name.lower()),
            None,
        )
        if entry is not None:
            if entry.name not in members:
                members.append(entry.name)
            continue
        if V.OTHER_MODEL.search(name) or catalog.entry(name):
            continue
        if any(m.kind in ("model", "generation") for m in catalog.find_mentions(name)):
            continue
        if name in catalog.company_names:
            continue
        title = " ".join(w[:1].upper() + w[1:] for w in name.split())
        if title not in new:
            new.append(title)
    return new, members


def _introduced_names(text: str, catalog: ModelCatalog, before: str = "") -> list[str]:
    """Return the names ``text`` introduces as Meta's models, as written (not yet checked
    against the catalog)."""
    # The cheap tests first: most sentences speak of no model at all.
    lowered = text.lower()
    if not V.may_hold(lowered, _MODEL_WORD_KEYS) or not _MODEL_WORD.search(text):
        return []
    # Meta's own full name for a model, short form in brackets, introduces it ("we
    # introduce Meta … Compiler (LLM Compiler), a suite of … models").
    full_named = _kept_names(_full_named(text))
    if not R.has_any(lowered, _NEW_NAME_KEYS):
        return full_named
    # A name becomes a model only where the same passage ties it to Meta (or to Llama)
    # and speaks of models: "a telescope known as Tianyan", "ransomware dubbed …" or
    # "a data centre called Prometheus" name things, not Meta's models.
    if not (_meta_tied(text, catalog) or _company_of(text, before, catalog)):
        return full_named
    names: list[str] = list(full_named)
    rival = V.OTHER_COMPANIES.search(text)
    if rival:
        # "Meta on Wednesday debuted Muse Spark, … the gap with models from OpenAI":
        # another lab named only after Meta's launch of the name is what it is measured
        # against; anywhere else the name may be that lab's.
        m = _LAUNCHED_NEW.search(text)
        if m and m.end() <= rival.start():
            apposed = _APPOSED_HEAD.match(text, m.end())
            if apposed and _MODEL_HEAD.search(apposed.group("head")):
                names.append(m.group("name"))
        # "Meta's next big model — codenamed Kiwi — now ties with OpenAI's best":
        # the codename of Meta's own model, given before the rival it is measured
        # against
        names.extend(
            m.group("name")
            for m in _OWN_MODEL_CODENAMED.finditer(text, 0, rival.start())
            if m.end() <= rival.start()
        )
        if not names:
            return []
        patterns: tuple[re.Pattern[str], ...] = ()
    else:
        patterns = _NEW_NAME_PATTERNS
    # "… called Large Language Model Meta AI (LLaMA)": a known model's long name
    spelled_out = [(start, end) for start, _, _, end in spelled_out_before_short(text, catalog)]
    for pattern in patterns:
        for m in pattern.finditer(text):
            start = m.start("name")
            if any(a <= start < b for a, b in spelled_out):
                continue  # a known model's long name, spelled out before its short form
            apposed = _APPOSED_HEAD.match(text, m.end()) if pattern is _LAUNCHED_NEW else None
            if apposed and not _MODEL_HEAD.search(apposed.group("head")):
                continue  # "Meta introduced Vibes, a feed of AI videos": a product
            if pattern is _INTRO_NAME and _NON_MODEL_BEFORE_INTRO.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue  # "a specialized team named 'TBD'": a team's name, not a model's
            names.append(m.group("name"))
    names.extend(name for name, _ in codename_list_names(text))
    listed = _NAMES_AFTER_NEW_MODELS.search(text)
    if listed:
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", listed.group("names")):
            part = part.strip().strip("\"'")
            if re.fullmatch(_NAME, part):
                names.append(part)
    return _kept_names(names)


def _kept_names(names: list[str]) -> list[str]:
    """Return the names that may be a Meta model's (not another lab's, not a weekday)."""
    kept: list[str] = []
    for raw in names:
        name = re.sub(r"\s+(?:model|Model|LLM|AI)$", "", raw.strip().strip(".,\"'"))
        if not name or name.lower() in V.OTHER_MODEL_NAMES:
            continue
        if name.split()[0].lower() in _NOT_NAMES:
            continue
        first = name.split()[0]
        if first.lower() in V.OTHER_MODEL_NAMES and first != "Llama":
            continue
        kept.append(name)
    return kept


def _meta_tied(text: str, catalog: ModelCatalog) -> bool:
    return bool(
        _META_TIE.search(text)
        or any(re.search(rf"\b{re.escape(c)}\b", text) for c in catalog.company_names)
    )


_THE_COMPANY = re.compile(r"^(?:The|the) company\b")


def _company_of(text: str, before: str, catalog: ModelCatalog) -> bool:
    """Return True when ``text`` opens on "The company" and the sentence before names
    Meta and no other company ("Meta is turning from Llama. The company now puts its
    effort into a closed model called Muse Spark")."""
    return bool(
        before
        and _THE_COMPANY.match(text)
        and _meta_tied(before, catalog)
        and not V.OTHER_COMPANIES.search(before)
    )
