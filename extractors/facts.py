"""Read facts from a post the way a careful analyst does.

For each sentence (or list item, heading, table row) the extractor:

1. finds the models it names (:mod:`models`), groups lists ("Scout and Maverick"),
   and sets aside models named only as a baseline ("outperforms Llama 3.1 405B");
2. finds attribute values (sizes, context windows, dates, licence and openness words,
   status verbs, architecture, modalities) and gives each to the model it is said
   of: a model named in the same clause, else the model in focus when the clause
   refers back to it ("the model", "these models", "it");
3. grades certainty: attribution → ``reported``, hedging → ``speculative``.

Statements about a generation ("Llama 4 models use a mixture of experts") reach the
members the post names; release-bound attributes reach only members the post
presents as released. The post's facts are then reduced to one value per model and
attribute (largest size and window, most precise date, most certain statement).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.dates import DateMention, find_dates
from llamawatch.extractors.models import Mention, ModelCatalog
from llamawatch.extractors.numbers import find_quantities
from llamawatch.extractors.sentences import Unit, clean_inline, split_units

from llamawatch.records import ArticleText, Certainty, Fact, FactValue

EXTRACTOR_VERSION = "0.3.0"

RELEASE_BOUND = frozenset({"status", "release_date", "license", "openness"})
_CERTAINTY_RANK = {"confirmed": 2, "reported": 1, "speculative": 0}
_STATUS_RANK = {"shelved": 2, "released": 1, "upcoming": 0}

_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|,\s+(?:while|whereas|but|although|though|yet|however|unlike)\b|"
    r"\s(?:while|whereas)\s|,\s+and\s+(?=\d)|\.\s"
)
_LEADING_SUBORDINATE = re.compile(r"^(?:While|Whereas|Although|Though|Unlike)\b[^,]*,", re.I)
_GROUP_JOIN = re.compile(
    r"^\s*[\"']?\s*(?:,\s*(?:and|or)?|&|and|or|/|as well as|plus)\s*(?:the\s+)?[\"']?\s*$", re.I
)
_RELATIVE_START = re.compile(
    r"^\s*(?:,\s*)?(?:and\s+|but\s+)?(?:which|who|it|they|its|their|both|each|the latter|"
    r"the former|this|these)\b",
    re.I,
)
_COMPANY_SUBJECT_IT = re.compile(r"\b(?:it|its)\b", re.I)
_PARAM_AFTER = re.compile(r"^[\s-]*(?:\w+[\s-]+){0,1}?(?:total\s+)?param(?:eter)?s?\b", re.I)
_ACTIVE_AFTER = re.compile(r"^[\s-]*(?:\w+[\s-]+)?(?:active|activated)\b", re.I)
_ACTIVE_BEFORE = re.compile(
    r"\b(?:active|activated|activates|activating)(?:\s+param(?:eter)?s?)?(?:\s+count)?"
    r"(?:\s+(?:of|is|are|to|:))?\s*(?:only|just|about|around|roughly|~)?\s*$",
    re.I,
)
_TOTAL_AFTER = re.compile(r"^[\s-]*(?:in\s+)?total\b", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?:out of|total(?: of)?|totall?ing|parameter counts?|param(?:eter)?s?(?:\s+count)?"
    r"(?:\s+(?:of|is|are|:))?|sizes?(?:\s+(?:of|is|:))?|scales? of)\s*(?:up to|about|around|"
    r"roughly|over|~|nearly|almost|just|only)?\s*$",
    re.I,
)
_SIZE_CONTEXT = re.compile(
    r"\b(?:sizes?|param(?:eter)?s?|variants?|versions?|flavou?rs|comes? in|models?|"
    r"checkpoints?|weights)\b",
    re.I,
)
_NOT_PARAMS_AFTER = re.compile(
    r"^[\s-]*(?:\w+[\s-]+)?(?:tokens?|downloads?|users?|people|GPU|GPUs|hours?|dollars|USD|"
    r"images?|examples?|words?|queries|requests|samples|pages|documents|times|languages|"
    r"calls|MAUs?|monthly|views|lines|rows|bytes|GB|TB|MB|FLOPs?|H100s?|chips|investment|"
    r"in (?:funding|revenue|capex|capital)|budget|parameters? of data|blocks?|steps?|"
    r"experts?)\b",
    re.I,
)
_MONEY_BEFORE = re.compile(r"(?:[$€£]|\bUSD|\bEUR)\s*(?:~)?$")
_CONTEXT_WORD = re.compile(r"\bcontext\b", re.I)
_CONTEXT_AFTER = re.compile(
    r"^[\s-]*(?:tokens?)?[\s-]*(?:of\s+)?(?:input\s+|long\s+)?(?:context|ctx)\b", re.I
)
_CONTEXT_BEFORE = re.compile(
    r"\bcontext(?:[\s-](?:window|length|size|lengths|windows))?\s*(?:\([^)]*\)\s*)?"
    r"(?:of|:|is|was|to|at|reaching|with|=|supports?|extends? to|spanning|up to|\(|—|-)?\s*"
    r"(?:up to|about|around|roughly|over|~|a massive|a whopping|an?)?\s*$",
    re.I,
)
_CONTEXT_NOT_AFTER = re.compile(
    r"^[\s-]*(?:blocks?|chunks?|steps?|GPUs?|hours?|images?|examples?|documents?|words?|"
    r"experts?|param\w*)\b",
    re.I,
)
_COMPARISON_BEFORE = re.compile(
    r"(?:\bvs\.?|\bversus|\bcompared (?:to|with)|\bup from|\bfrom|\boriginal|\bprevious|"
    r"\bpredecessor'?s?|\bthan|\binstead of|\bpre-?trained with a context length of|"
    r"\bpre-?training (?:context )?length of)\s*(?:the\s+|a\s+|an\s+|only\s+)?(?:~\s*)?$",
    re.I,
)
_TOKEN_CONTEXT = re.compile(r"^[\s-]*tokens?\b", re.I)
_PAREN_AFTER_GROUP = re.compile(r"\s*\(([^()]{1,60})\)")
_NAMES_AFTER_NEW_MODELS = re.compile(
    r"\bnew (?:\w+\s+){0,2}models?\s*:\s*(?P<names>[^.;]+)", re.I
)
_NAME = r"[A-Z][\w.+-]*(?:\s+(?:[A-Z0-9][\w.+-]*))?(?:\s+(?:[A-Z0-9][\w.+-]*))?"
_INTRO_NAME = re.compile(
    r"\b(?:code-?named|codename|dubbed|called|named|known as|nicknamed)\s+(?:the\s+)?"
    r"(?P<q>[\"'])?(?P<name>" + _NAME + r")(?(q)[\"'])",
)
_QUOTED_MODEL_NAME = re.compile(
    r"[\"'](?P<name>" + _NAME + r")[,.]?[\"'],?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:model|LLM|system)\b"
)
_INCLUDING_QUOTED = re.compile(
    r"\bmodels?,?\s+(?:including|such as|like|named|titled)\s+(?:the\s+)?[\"'](?P<name>"
    + _NAME
    + r")[,.]?[\"']"
)
_POSSESSIVE_NEW = re.compile(
    r"\b(?:Meta|Facebook)'s\s+(?:new\s+|upcoming\s+|next\s+|secretive\s+|rumou?red\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:model|LLM|AI model)\b"
)


@dataclass(frozen=True, slots=True)
class _Group:
    """Mentions listed together ("Scout and Maverick"), said of together."""

    start: int
    end: int
    models: tuple[str, ...]
    generic: bool  #: a generation statement expanded to its members
    baseline: bool  #: named as a comparison or base model, not the subject
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class _Target:
    models: tuple[str, ...]
    generic: bool
    sentence_models: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Candidate:
    model: str
    attribute: str
    value: FactValue
    certainty: Certainty
    evidence: str
    order: int
    generic: bool = False
    explicit: bool = True  #: the member was named in the sentence of a generation statement


@dataclass
class _Focus:
    """The models a post is talking about, for references back ("the model", "it")."""

    models: tuple[str, ...] = ()
    generic: bool = False


@dataclass
class _PostReader:
    article: ArticleText
    catalog: ModelCatalog
    units: list[Unit] = field(default_factory=list)
    new_names: list[str] = field(default_factory=list)
    topics: set[str] = field(default_factory=set)
    named_members: set[str] = field(default_factory=set)
    candidates: list[_Candidate] = field(default_factory=list)
    focus: _Focus = field(default_factory=_Focus)
    #: models named since the last heading, most recent last ("both models" → the last two)
    section_models: list[str] = field(default_factory=list)
    _mention_cache: dict[str, list[Mention]] = field(default_factory=dict)

    def read(self) -> list[Fact]:
        self.units = _units_with_title(self.article)
        self._discover()
        for index, unit in enumerate(self.units):
            self._read_unit(index, unit)
        return _consolidate(self.candidates, self.article, self.catalog)

    # --- pass 1: which models is the post about? ---------------------------------------

    def _discover(self) -> None:
        names: list[str] = []
        for unit in self.units:
            for name in find_new_model_names(unit.clean, self.catalog):
                if name not in names:
                    names.append(name)
        self.new_names = names
        for unit in self.units:
            for mention in self.catalog.find_mentions(
                _mask_licenses(unit.clean), short_names=False, new_names=names
            ):
                if mention.kind == "generation":
                    self.topics.add(mention.name)
                elif mention.kind == "model":
                    generation = self.catalog.generation_of(mention.name)
                    if generation and generation in self.catalog.generations:
                        self.topics.add(generation)
        for unit in self.units:
            for group in self._groups(unit.clean):
                if not group.baseline and not group.generic:
                    self.named_members.update(
                        m for m in group.models if self.catalog.generation_of(m) in self.topics
                    )

    def _mentions(self, text: str) -> list[Mention]:
        cached = self._mention_cache.get(text)
        if cached is None:
            cached = self.catalog.find_mentions(
                _mask_licenses(text), short_names=self.topics, new_names=self.new_names
            )
            self._mention_cache[text] = cached
        return cached

    def _groups(self, text: str) -> list[_Group]:
        """Return the sentence's mention groups (lists) with baseline flags."""
        mentions = [m for m in self._mentions(text) if m.kind != "family"]
        groups: list[list[Mention]] = []
        for mention in mentions:
            if groups and _GROUP_JOIN.match(text[groups[-1][-1].end : mention.start]):
                groups[-1].append(mention)
            else:
                groups.append([mention])
        result: list[_Group] = []
        for members in groups:
            start, end = members[0].start, members[-1].end
            before = text[max(0, start - 60) : start]
            baseline = _has_any(before.lower(), _BASELINE_KEYS) and bool(
                V.BASELINE_BEFORE.search(before)
            )
            models: list[str] = []
            generic = False
            for mention in members:
                if mention.kind == "generation":
                    generic = True
                    expanded = [
                        m for m in self.catalog.generation_members(mention.name)
                        if m in self.named_members
                    ]
                    models.extend(expanded)
                else:
                    models.append(_display_name(mention))
            result.append(
                _Group(start, end, tuple(dict.fromkeys(models)), generic, baseline, tuple(members))
            )
        return result

    # --- pass 2: facts, sentence by sentence -------------------------------------------

    def _read_unit(self, index: int, unit: Unit) -> None:
        text = unit.clean
        groups = self._groups(text)
        family = [m for m in self._mentions(text) if m.kind == "family"]
        subjects = [g for g in groups if not g.baseline and g.models]
        clauses = _clauses(text, groups)
        published = self.article.published
        sentence_models = frozenset(m for g in subjects if not g.generic for m in g.models)
        if not subjects and not (
            self.focus.models and (V.ANAPHOR_STRONG.search(text) or V.ANAPHOR_WEAK.search(text))
        ):
            # Nothing in this sentence can be said of a model: skip the readers.
            self._update_focus(text, subjects, family, unit.heading)
            return
        reported_cache: list[bool] = []

        def is_reported() -> bool:
            if not reported_cache:
                reported_cache.append(
                    bool(V.ATTRIBUTION.search(text)) or self._attribution_carries(index)
                )
            return reported_cache[0]

        def target_at(pos: int) -> _Target | None:
            clause = _clause_at(clauses, pos)
            inside = [g for g in subjects if clause[0] <= g.start < clause[1]]
            if inside:
                before = [g for g in inside if g.end <= pos]
                chosen = before[-1] if before else min(inside, key=lambda g: g.start)
                return _Target(chosen.models, chosen.generic, sentence_models)
            clause_text = text[clause[0] : clause[1]]
            if subjects and _RELATIVE_START.match(clause_text):
                before = [g for g in subjects if g.end <= clause[0]]
                if before:
                    return _Target(before[-1].models, before[-1].generic, sentence_models)
            if subjects:
                return None
            return self._focus_target(text, clause, family)

        def add(
            attribute: str,
            value: FactValue | Callable[[str], FactValue | None],
            pos: int,
            *,
            certainty: str | None = None,
            only: str | None = None,
        ) -> None:
            target = target_at(pos)
            if target is None or not target.models:
                return
            chosen = certainty or _certainty(text, clauses, pos, is_reported())
            for model in target.models:
                if only is not None and model != only:
                    continue
                model_value = value(model) if callable(value) else value
                if model_value is None:
                    continue
                self.candidates.append(
                    _Candidate(
                        model=model,
                        attribute=attribute,
                        value=model_value,
                        certainty=chosen,  # type: ignore[arg-type]
                        evidence=unit.raw,
                        order=index,
                        generic=target.generic,
                        explicit=model in target.sentence_models,
                    )
                )

        lowered = text.lower()
        if _DIGIT.search(text) or groups:
            self._params(text, groups, add, unit)
        if "context" in lowered:
            self._context(text, add)
        if _has_any(lowered, _ARCHITECTURE_KEYS):
            self._architecture(text, add)
        if _has_any(lowered, _MODALITY_KEYS):
            self._modalities(text, add)
        if _has_any(lowered, _LICENSE_KEYS):
            self._license(text, add)
        if _has_any(lowered, _OPENNESS_KEYS):
            self._openness(text, add)
        self._status_and_dates(text, lowered, groups, clauses, published, add)
        self._update_focus(text, subjects, family, unit.heading)

    def _attribution_carries(self, index: int) -> bool:
        """Return True when the previous sentence's attribution covers this hedged one."""
        if index == 0:
            return False
        previous, current = self.units[index - 1], self.units[index]
        if previous.block != current.block or previous.heading:
            return False
        return bool(V.ATTRIBUTION.search(previous.clean)) and bool(V.HEDGE.search(current.clean))

    def _focus_target(
        self, text: str, clause: tuple[int, int], family: Sequence[Mention]
    ) -> _Target | None:
        """Return the models a clause without a named model refers back to, if any."""
        if not self.focus.models:
            return None
        clause_text = text[clause[0] : clause[1]]
        if any(clause[0] <= m.start < clause[1] for m in family):
            return None
        strong = V.ANAPHOR_STRONG.search(clause_text)
        where = clause[0] + (strong.start() if strong else len(clause_text))
        company_first = _company_before(text, self.catalog, where)
        word = strong.group(0).lower() if strong else ""
        if word in ("it", "its") and company_first:
            return None
        if not strong:
            weak = V.ANAPHOR_WEAK.search(clause_text)
            # A bare "models" only refers back when it is the clause's subject.
            if not weak or len(clause_text[: weak.start()].split()) > 5:
                return None
            if company_first or V.OTHER_COMPANIES.search(clause_text):
                return None
            word = weak.group(0).lower()
        models = self.focus.models
        plural = word.endswith("s") and word not in ("its", "this") or word in (
            "both",
            "they",
            "them",
            "their",
            "each",
        )
        if plural and len(models) == 1 and len(self.section_models) > 1:
            pool = tuple(self.section_models)
            models = pool[-2:] if ("both" in word or "two" in word) else pool
        if len(models) > 1 and not plural:
            larger = V.LARGER_ONE.search(clause_text)
            if larger or V.SMALLER_ONE.search(clause_text):
                picked = self._by_size(models, larger=bool(larger))
                if picked is None:
                    return None
                models = (picked,)
            elif word in ("it", "its", "the model", "this model", "that model"):
                return None
        return _Target(models, self.focus.generic)

    def _by_size(self, models: Sequence[str], *, larger: bool) -> str | None:
        sizes: dict[str, int] = {}
        for c in self.candidates:
            if c.attribute == "params_total" and c.model in models and isinstance(c.value, int):
                sizes[c.model] = max(sizes.get(c.model, 0), c.value)
        if len(sizes) < len(models):
            return None
        ordered = sorted(sizes, key=sizes.__getitem__)
        return ordered[-1] if larger else ordered[0]

    def _update_focus(
        self,
        text: str,
        subjects: Sequence[_Group],
        family: Sequence[Mention],
        heading: bool,
    ) -> None:
        if heading:
            self.section_models = []
        if subjects:
            models = tuple(dict.fromkeys(m for g in subjects for m in g.models))
            self.focus = _Focus(models, all(g.generic for g in subjects))
            for model in models:
                if model in self.section_models:
                    self.section_models.remove(model)
                self.section_models.append(model)
            return
        for mention in family:
            before = text[max(0, mention.start - 8) : mention.start].lower()
            if not re.search(r"\bof (?:the )?$", before):
                self.focus = _Focus()
                self.section_models = []
                return

    # --- attribute readers -------------------------------------------------------------

    def _params(self, text: str, groups: Sequence[_Group], add: Any, unit: Unit) -> None:
        taken = [(m.start, m.end) for g in groups for m in g.mentions]
        for group in groups:
            if group.baseline:
                continue
            for mention in group.mentions:
                if mention.size and mention.kind != "generation":
                    attribute = "params_active" if mention.size_is_active else "params_total"
                    add(attribute, mention.size, mention.start)
        has_size_words = bool(_SIZE_CONTEXT.search(text))
        for q in find_quantities(text):
            if any(s <= q.start < e for s, e in taken):
                continue
            if q.unit.lower() in ("k", "thousand"):
                continue
            before, after = text[max(0, q.start - 60) : q.start], text[q.end : q.end + 60]
            if _MONEY_BEFORE.search(before) or _NOT_PARAMS_AFTER.match(after):
                continue
            if _ACTIVE_AFTER.match(after) or _ACTIVE_BEFORE.search(before):
                add("params_active", q.value, q.start)
                continue
            if _PARAM_AFTER.match(after) or _TOTAL_AFTER.match(after):
                add("params_total", q.value, q.start)
                continue
            if q.unit in ("B", "b", "T") and q.compact:
                if _TOTAL_BEFORE.search(before) or has_size_words or _PAREN_SIZE(before, after):
                    if not _CONTEXT_BEFORE.search(before):
                        add("params_total", q.value, q.start)
                continue
            if _TOTAL_BEFORE.search(before) and q.unit.lower() in ("billion", "trillion", "b", "t"):
                add("params_total", q.value, q.start)
        # Model hub ids in link targets name sizes ("Llama-Guard-3-8B").
        named = {m for g in groups if not g.baseline for m in g.models}
        for url in unit.urls:
            tail = url.rstrip("/").rsplit("/", 1)[-1]
            for mention in self.catalog.find_mentions(tail, short_names=False):
                if mention.size and mention.kind == "model" and mention.name in named:
                    attribute = "params_active" if mention.size_is_active else "params_total"
                    position = next(g.start for g in groups if mention.name in g.models)
                    add(attribute, mention.size, position)

    def _context(self, text: str, add: Any) -> None:
        if not _CONTEXT_WORD.search(text):
            return
        for q in find_quantities(text):
            if q.unit.lower() not in ("k", "m", "thousand", "million"):
                continue
            before, after = text[max(0, q.start - 60) : q.start], text[q.end : q.end + 40]
            if _COMPARISON_BEFORE.search(before) or _CONTEXT_NOT_AFTER.match(after):
                continue
            if _PARAM_AFTER.match(after) or _MONEY_BEFORE.search(before):
                continue
            direct = _CONTEXT_AFTER.match(after) or _CONTEXT_BEFORE.search(before)
            tokens = _TOKEN_CONTEXT.match(after)
            near_context = _CONTEXT_WORD.search(text[max(0, q.start - 80) : q.end + 40])
            if direct or (near_context and (q.compact or tokens)):
                if tokens and not direct and re.search(r"\btrain\w*\b", before, re.I):
                    continue
                add("context_window", q.value, q.start)

    def _architecture(self, text: str, add: Any) -> None:
        for m in V.MOE.finditer(text):
            if not _negated(text, m.start()):
                add("architecture", "moe", m.start())
                break
        for m in V.DENSE.finditer(text):
            if not _negated(text, m.start()):
                add("architecture", "dense", m.start())
                break

    def _modalities(self, text: str, add: Any) -> None:
        for m in V.MODALITY_LIST.finditer(text):
            window = text[max(0, m.start() - 80) : m.end() + 40]
            if not V.MODALITY_CUE.search(window):
                continue
            near_before = text[max(0, m.start() - 25) : m.start()]
            near_after = text[m.end() : m.end() + 20]
            if V.MODALITY_BLOCK.search(near_before) or re.match(
                r"^[\s-]*(?:outputs?|generation|to-)", near_after, re.I
            ):
                continue
            values = _modality_values(m.group(0))
            if len(values) >= 2:
                add("modalities", tuple(sorted(values)), m.start())
        for m in V.TEXT_ONLY.finditer(text):
            add("modalities", ("text",), m.start())

    def _license(self, text: str, add: Any) -> None:
        for m in V.LICENSE_NAME.finditer(text):
            license_id = _license_for_version(m.group("version"))
            if license_id:
                add("license", license_id, m.start())
        for pattern, license_id in V.SPDX_LICENSES:
            for m in pattern.finditer(text):
                add("license", license_id, m.start())
        for m in V.COMMUNITY_LICENSE.finditer(text):
            if V.LICENSE_NAME.search(text[max(0, m.start() - 16) : m.end()]):
                continue
            self._license_from_model(text, m.start(), add, "community")
        for m in V.NONCOMMERCIAL_LICENSE.finditer(text):
            self._license_from_model(text, m.start(), add, "research")

    def _license_from_model(self, text: str, pos: int, add: Any, kind: str) -> None:
        """Name an unnamed "community licence" after the model it is said of."""
        del text
        catalog = self.catalog
        add("license", lambda model: _license_for_model(model, catalog, kind), pos)

    def _openness(self, text: str, add: Any) -> None:
        for m in V.CLOSED.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if V.CLOSED_CONTEXT_BLOCK.search(before):
                continue
            word = m.group(0).lower()
            if not word.startswith(("not", "no longer", "won't", "will not", "weights")) and (
                _negated(text, m.start())
            ):
                continue
            add("openness", "closed", m.start())
        for m in V.RESEARCH_ONLY.finditer(text):
            if not _negated(text, m.start()):
                add("openness", "research_only", m.start())
        for m in V.OPEN_WEIGHTS.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            if V.NOT_OPEN.search(before) or _negated(text, m.start()):
                continue
            if re.search(r"\b(?:than|other|most|many|like|unlike)\s+(?:\w+\s+)?$", before, re.I):
                continue
            if V.CLOSED.search(text[max(0, m.start() - 12) : m.end()]):
                continue
            add("openness", "open_weights", m.start())

    def _status_and_dates(
        self,
        text: str,
        lowered: str,
        groups: Sequence[_Group],
        clauses: Sequence[tuple[int, int]],
        published: Any,
        add: Any,
    ) -> None:
        statuses: list[tuple[int, str]] = []
        for m in V.SHELVED.finditer(text) if _has_any(lowered, _SHELVED_KEYS) else ():
            statuses.append((m.start(), "shelved"))
        for m in V.UPCOMING.finditer(text) if _has_any(lowered, _UPCOMING_KEYS) else ():
            if not _negated(text, m.start(), allow=("not yet", "yet to", "n't yet", "n't been")):
                statuses.append((m.start(), "upcoming"))
        for m in V.RELEASED.finditer(text) if _has_any(lowered, _RELEASED_KEYS) else ():
            before = text[max(0, m.start() - 40) : m.start()]
            if _negated(text, m.start()) or re.search(
                r"\b(?:will|to be|would|could|may|might|once|when|if|before|until|soon be)\s+"
                r"(?:\w+\s+)?$",
                before,
                re.I,
            ):
                continue
            if any(s <= m.start() < e for s, _ in statuses for e in [s + 1]):
                continue
            if _inside_any(m.start(), [(s, s + 30) for s, v in statuses if v != "released"]):
                continue
            statuses.append((m.start(), "released"))
        for pos, status in statuses:
            add("status", status, pos)

        # A date in parentheses right after a model: "Llama 2 (July 2023): …"
        for group in groups if "(" in text else ():
            if group.baseline or not group.models:
                continue
            paren = _PAREN_AFTER_GROUP.match(text, group.end)
            if not paren:
                continue
            inner_start = paren.start(1)
            future = bool(V.FUTURE_WORDS.search(paren.group(1)))
            dates = find_dates(paren.group(1), published, future=future)
            if not dates or re.search(r"\b(?:tokens?|param\w*|B|experts?)\b", paren.group(1)):
                continue
            values = dates[0].values
            models = group.models
            if len(values) == len(models) and len(values) > 1:
                pairs = list(zip(models, values, strict=True))
            else:
                pairs = [(model, values[-1]) for model in models]
            for model, value in pairs:
                add("release_date", value, inner_start, only=model)
                if published and not future and _not_after(value, published):
                    add("status", "released", inner_start, only=model)
                elif future:
                    add("status", "upcoming", inner_start, only=model)

        # Dates next to a release verb: "released on July 18, 2023", "expected in Q2 2026".
        for clause in clauses:
            clause_text = text[clause[0] : clause[1]]
            trigger = V.RELEASE_DATE_TRIGGER.search(clause_text)
            if not trigger:
                continue
            if re.search(r"\bis out\b|\bare out\b|\bnow out\b", clause_text, re.I) and published:
                add("release_date", published.isoformat(), clause[0] + trigger.start())
            future = bool(V.FUTURE_WORDS.search(clause_text)) or any(
                v != "released" for p, v in statuses if clause[0] <= p < clause[1]
            )
            for date in find_dates(clause_text, published, future=future):
                start = clause[0] + date.start
                if _in_group_paren(text, groups, start):
                    continue
                if not _date_belongs_to_release(clause_text, date, trigger):
                    continue
                add("release_date", date.values[-1], start)



_DIGIT = re.compile(r"\d")
_BASELINE_KEYS = (
    "than", "over", "vs", "versus", "compar", "relative", "predecessor", "unlike", "tuned",
    "based", "built", "derived", "distilled", "outperform", "beat", "surpass", "successor",
    "replac", "upgrade", "up from", "improvement", "similar", "as with", "match", "rival",
    "on par", "ahead", "behind", "trail", "such as", "including", "from",
)
_NEGATION_KEYS = (
    "not", "never", "no", "n't", "nor", "without", "neither", "hardly", "yet", "rather",
    "instead",
)
_NEW_NAME_KEYS = ("named", "called", "dubbed", "codename", "code-name", "known as", '"', "'s ",
                  "new ")
#: cheap substring gates: a reader runs only when one of its words is in the sentence
_ARCHITECTURE_KEYS = ("expert", "moe", "dense")
_MODALITY_KEYS = ("text", "image", "audio", "video", "speech", "voice", "vision", "photo")
_LICENSE_KEYS = ("licen", "apache", "mit", "cc-by", "cc by", "gpl", "bsd")
_OPENNESS_KEYS = (
    "open", "closed", "proprietary", "api", "research", "internal", "weights", "download",
)
_SHELVED_KEYS = (
    "shelv", "scrap", "cancel", "abandon", "axed", "killed", "discontinu", "mothball",
    "indefinite", "hold", "never", "not", "n't", "plans", "dead", "plug",
)
_UPCOMING_KEYS = (
    "upcoming", "forthcoming", "develop", "built", "train", "works", "coming", "will", "would",
    "to be", "to launch", "to release", "expected", "slated", "scheduled", "set ", "planned",
    "poised", "due", "tipped", "plan", "yet", "n't", "not", "preview", "peek", "teased",
    "next", "working", "cooking", "announced",
)
_RELEASED_KEYS = (
    "releas", "launch", "debut", "ship", "rolled", "open-sourc", "open sourc", "availab",
    " out", " live", "here", "download", "market", "went", "goes", "dropped",
)


_KEY_PATTERNS: dict[int, re.Pattern[str]] = {}


def _has_any(lowered: str, keys: Sequence[str]) -> bool:
    """Return True if any of ``keys`` occurs in ``lowered`` (one compiled search per set)."""
    pattern = _KEY_PATTERNS.get(id(keys))
    if pattern is None:
        pattern = re.compile("|".join(re.escape(k) for k in keys))
        _KEY_PATTERNS[id(keys)] = pattern
    return pattern.search(lowered) is not None


def _PAREN_SIZE(before: str, after: str) -> bool:
    """Return True for a size in parentheses right after a name: "Maverick (~400B)"."""
    return bool(re.search(r"\(\s*~?\s*$", before)) and after.lstrip().startswith(")")


def extract_facts(article: ArticleText, catalog: ModelCatalog) -> list[Fact]:
    """Return the facts a post states about the catalog's models and new Meta models."""
    return _PostReader(article, catalog).read()


# --- helpers -------------------------------------------------------------------------------


def _units_with_title(article: ArticleText) -> list[Unit]:
    units = split_units(article.text)
    title = article.title.strip()
    if title:
        clean, urls = clean_inline(title)
        head = " ".join(u.clean for u in units[:4])
        if clean and clean not in head:
            units.insert(0, Unit(raw=title, clean=clean, heading=True, block=-1, urls=urls))
    return units


def _mask_licenses(text: str) -> str:
    """Blank out licence names so "Llama 2 Community License" is not a mention of Llama 2."""
    return V.LICENSE_NAME.sub(lambda m: "L" * len(m.group(0)), text)


def _display_name(mention: Mention) -> str:
    return mention.name


def _clauses(text: str, groups: Sequence[_Group]) -> list[tuple[int, int]]:
    """Split a sentence into clauses, never inside a list of models."""
    cuts = {0, len(text)}
    lead = _LEADING_SUBORDINATE.match(text)
    if lead:
        cuts.add(lead.end())
    for m in _CLAUSE_BREAK.finditer(text):
        if any(g.start < m.start() < g.end for g in groups):
            continue
        cuts.add(m.start())
    ordered = sorted(cuts)
    return [(a, b) for a, b in zip(ordered, ordered[1:], strict=False) if b > a]


def _clause_at(clauses: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for clause in clauses:
        if clause[0] <= pos < clause[1]:
            return clause
    return clauses[-1] if clauses else (0, pos + 1)


def _certainty(
    text: str, clauses: Sequence[tuple[int, int]], pos: int, reported: bool
) -> Certainty:
    if reported:
        return "reported"
    clause = _clause_at(clauses, pos)
    if V.HEDGE.search(text[clause[0] : clause[1]]):
        return "speculative"
    return "confirmed"


def _negated(text: str, pos: int, allow: Sequence[str] = ()) -> bool:
    before = text[max(0, pos - 40) : pos]
    if not _has_any(before.lower(), _NEGATION_KEYS):
        return False
    found = V.NEGATION_BEFORE.search(before)
    if not found:
        return False
    # A clause or sentence break between the negation and the trigger ends its scope.
    tail = before[found.start() :]
    if re.search(r"[,;:.!?]\s", tail):
        return False
    phrase = text[max(0, pos - 40) : pos + 20].lower()
    return not any(a in phrase for a in allow)


def _company_before(text: str, catalog: ModelCatalog, pos: int) -> bool:
    head = text[:pos]
    return any(re.search(rf"\b{re.escape(name)}\b(?!['’]s\s+(?:Llama|new|next))", head)
               for name in catalog.company_names) or bool(re.search(r"\bthe company\b", head, re.I))


def _modality_values(phrase: str) -> set[str]:
    values: set[str] = set()
    lowered = phrase.lower()
    if re.search(r"\btexts?\b", lowered):
        values.add("text")
    if re.search(r"\b(?:images?|vision|visual|photos?)\b", lowered):
        values.add("image")
    if re.search(r"\b(?:audio|speech|voice)\b", lowered):
        values.add("audio")
    if re.search(r"\bvideos?\b", lowered):
        values.add("video")
    return values


def _license_for_version(version: str) -> str | None:
    if version in ("1",):
        return "llama-1-research"
    if version in ("2", "3", "3.1", "3.2", "3.3", "4"):
        return f"llama-{version}-community"
    return None


def _license_for_model(model: str, catalog: ModelCatalog, kind: str) -> str | None:
    if kind == "research":
        return "llama-1-research" if model == "Llama 1" else None
    generation = catalog.generation_of(model)
    for name in (model, generation or ""):
        m = re.fullmatch(r"Llama (\d+(?:\.\d+)?)", name)
        if m and m.group(1) != "1":
            return _license_for_version(m.group(1))
    return None


def _not_after(value: str, published: Any) -> bool:
    """Return True if the partial date ``value`` starts on or before ``published``."""
    return value[:4] < f"{published.year:04d}" or (
        value[:4] == f"{published.year:04d}" and (len(value) == 4 or value <= published.isoformat())
    )


def _inside_any(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _in_group_paren(text: str, groups: Sequence[_Group], pos: int) -> bool:
    for group in groups:
        paren = _PAREN_AFTER_GROUP.match(text, group.end)
        if paren and paren.start(1) <= pos < paren.end(1):
            return True
    return False


def _date_belongs_to_release(clause: str, date: DateMention, trigger: re.Match[str]) -> bool:
    """Return True when a date in a clause dates the release, not the statement."""
    before = clause[max(0, date.start - 12) : date.start].lower()
    if re.search(r"\bas of\s*$|\bsince\s*$|\bthrough\s*$", before):
        return False
    speech = [m for m in V.SPEECH_VERB.finditer(clause)]
    triggers = [m for m in V.RELEASE_DATE_TRIGGER.finditer(clause)]
    if not triggers:
        return False
    nearest_trigger = min(abs(m.start() - date.start) for m in triggers)
    if speech:
        nearest_speech = min(abs(m.start() - date.start) for m in speech)
        if nearest_speech < nearest_trigger:
            return False
    return nearest_trigger <= 80


def find_new_model_names(text: str, catalog: ModelCatalog) -> list[str]:
    """Return names of Meta models the catalog does not know that ``text`` introduces."""
    if not _has_any(text.lower(), _NEW_NAME_KEYS):
        return []
    if V.OTHER_COMPANIES.search(text):
        return []
    names: list[str] = []
    for pattern in (_INTRO_NAME, _QUOTED_MODEL_NAME, _INCLUDING_QUOTED, _POSSESSIVE_NEW):
        for m in pattern.finditer(text):
            names.append(m.group("name"))
    listed = _NAMES_AFTER_NEW_MODELS.search(text)
    if listed:
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", listed.group("names")):
            part = part.strip().strip("\"'")
            if re.fullmatch(_NAME, part):
                names.append(part)
    result: list[str] = []
    for raw in names:
        name = re.sub(r"\s+(?:model|Model|LLM|AI)$", "", raw.strip().strip(".,\"'"))
        if not name or name.lower() in V.OTHER_MODEL_NAMES:
            continue
        if name.split()[0].lower() in V.OTHER_MODEL_NAMES and name.split()[0] != "Llama":
            continue
        if catalog.entry(name) or _is_member_short_name(name, catalog):
            continue
        if any(m.kind in ("model", "generation") for m in catalog.find_mentions(name)):
            continue
        if name in catalog.company_names:
            continue
        title = " ".join(w[:1].upper() + w[1:] for w in name.split())
        if title not in result:
            result.append(title)
    return result


def _is_member_short_name(name: str, catalog: ModelCatalog) -> bool:
    return any(
        e.short_name and e.short_name.lower() == name.lower() for e in catalog.entries
    )


# --- consolidation ----------------------------------------------------------------------------


def _consolidate(
    candidates: Sequence[_Candidate], article: ArticleText, catalog: ModelCatalog
) -> list[Fact]:
    """Reduce a post's candidate facts to one fact per model and attribute."""
    del catalog
    released_specific = {
        c.model
        for c in candidates
        if c.attribute == "status" and c.value == "released" and not c.generic
    }
    usable: list[_Candidate] = []
    for c in candidates:
        if c.generic and c.attribute in RELEASE_BOUND:
            if c.model not in released_specific and not c.explicit:
                continue
        usable.append(c)
    by_key: dict[tuple[str, str], list[_Candidate]] = {}
    for c in usable:
        by_key.setdefault((c.model, c.attribute), []).append(c)
    facts: list[Fact] = []
    for (model, attribute), items in by_key.items():
        specific = [c for c in items if not c.generic]
        pool = items if attribute == "release_date" else (specific or items)
        chosen = _choose(attribute, pool, items)
        if chosen is None:
            continue
        facts.append(
            Fact(
                model=model,
                attribute=attribute,
                value=chosen.value,
                certainty=chosen.certainty,
                evidence=chosen.evidence,
                source=article.url,
                published=article.published,
            )
        )
    facts.sort(key=lambda f: (f.model, _ATTRIBUTE_ORDER.get(f.attribute, 99)))
    return facts


_ATTRIBUTE_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "status",
            "release_date",
            "params_total",
            "params_active",
            "architecture",
            "context_window",
            "modalities",
            "license",
            "openness",
        )
    )
}


def _choose(
    attribute: str, pool: Sequence[_Candidate], everything: Sequence[_Candidate]
) -> _Candidate | None:
    del everything

    def most_certain(items: Sequence[_Candidate]) -> _Candidate:
        return max(items, key=lambda c: (_CERTAINTY_RANK[c.certainty], -c.order))

    def same_value_best(value: FactValue) -> _Candidate:
        return most_certain([c for c in pool if c.value == value])

    if attribute in ("params_total", "params_active", "context_window"):
        top = max(int(c.value) for c in pool)  # type: ignore[arg-type]
        return same_value_best(top)
    if attribute == "release_date":
        from llamawatch.extractors.dates import precision_of

        best = max(pool, key=lambda c: (precision_of(str(c.value)), _CERTAINTY_RANK[c.certainty]))
        return same_value_best(best.value)
    if attribute == "modalities":
        union: set[str] = set()
        for c in pool:
            union.update(c.value)  # type: ignore[arg-type]
        merged = tuple(sorted(union))
        best = most_certain(pool)
        return _Candidate(
            best.model, attribute, merged, best.certainty, best.evidence, best.order, best.generic
        )
    if attribute == "status":
        best = max(
            pool,
            key=lambda c: (_CERTAINTY_RANK[c.certainty], _STATUS_RANK[str(c.value)]),
        )
        return same_value_best(best.value)
    if attribute == "openness":
        top_rank = max(_CERTAINTY_RANK[c.certainty] for c in pool)
        top = [c for c in pool if _CERTAINTY_RANK[c.certainty] == top_rank]
        not_closed = [c for c in top if c.value != "closed"]
        if not_closed and len(not_closed) < len(top):
            # The worst error is a false "closed": when a post says both, trust "open".
            return same_value_best(not_closed[0].value)
        if any(c.value != "closed" for c in pool) and all(c.value == "closed" for c in top):
            return None
        return most_certain(top)
    return most_certain(pool)
