"""Read facts from a post the way a careful analyst does.

For each sentence (or list item, labelled line, heading, table row) the extractor:

1. finds the models it names (:mod:`models`), groups lists ("Scout and Maverick"),
   and sets aside models named only as a comparison or base ("outperforms Llama 3.1
   405B", "fine-tuned on Llama 3.1 8B");
2. finds attribute values (:mod:`readers`) and gives each to the model it is said of:
   a model named in the same clause, else the model in focus when the clause refers
   back to it ("the model", "these models", "it", "the 405B model");
3. grades certainty: attribution → ``reported``; hedging right before the value →
   ``speculative``; else ``confirmed``.

Statements about a generation ("Llama 4 models use a mixture of experts") reach the
members the post names; release-bound attributes (status, date, licence, openness)
reach only members the post presents as released or names in that sentence. The
post's facts are then reduced to one value per model and attribute: the largest size
and window, the most precise date, the most certain statement, and never "closed"
where the same post says "open" with equal certainty.

This module walks a post's units and calls the readers; the stages are plain
functions in their own modules: ``clauses`` and ``labels`` (units, clauses, labelled
lines and table rows), ``mentions`` and ``topics`` (which models), ``focus``
(references back), ``binding`` (which model a value is said of), ``scope`` (what is
not about Meta's models), ``readers`` and ``values`` (values), ``attribution``
(certainty) and ``choice`` (one value per model and attribute).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from llamawatch.extractors import languages
from llamawatch.extractors import readers as R
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.attribution import (
    FUTURE_TENSE,
    GUESSWORK,
    attributed,
    attribution_carries,
    grade_certainty,
)
from llamawatch.extractors.binding import (
    DATED_BRACKET,
    RELATIVE_START,
    PostContext,
    Sentence,
    bind,
    companions_of,
    held_back,
    predecessors,
    previewed_models,
)
from llamawatch.extractors.choice import RELEASE_BOUND, Candidate, consolidate
from llamawatch.extractors.clauses import split_clauses, units_with_title
from llamawatch.extractors.dates import DateMention, find_dates, year_headed_months
from llamawatch.extractors.focus import (
    ReadingState,
    first_in_family,
    pro_drop_opening,
    sizes_of_focus,
    update_focus,
)
from llamawatch.extractors.labels import license_value, readable_texts, row_target
from llamawatch.extractors.mentions import (
    TOPIC,
    Focus,
    Group,
    Target,
    find_groups,
)
from llamawatch.extractors.models import Mention, ModelCatalog, drop_spelled_out_names
from llamawatch.extractors.new_names import awaited_codenames
from llamawatch.extractors.scope import (
    NOT_A_MODEL_NAME,
    PostScope,
    base_cue_at,
    other_subject,
    read_post_scope,
    without_likened_rivals,
)
from llamawatch.extractors.sentences import Unit, clean_inline, is_cjk_prose, label_cue
from llamawatch.extractors.topics import (
    EMPTY_TOPICS,
    NEW_BEFORE,
    PostTopics,
    for_mentions,
    read_topics,
    with_aliases,
)
from llamawatch.extractors.values import (
    dated_list_items,
    in_group_paren,
    in_name,
    license_for_model,
    mention_sizes,
    paren_statuses,
    parenthesised_dates,
    url_sizes,
    without_names,
)
from llamawatch.records import ArticleText, Fact

EXTRACTOR_VERSION = "0.14.0"

_DIGIT = re.compile(r"\d")
_LICENSE_KEYS = ("licen", "apache", "mit", "cc-by", "cc by", "gpl", "bsd")


_SCOREBOARD = re.compile(r"\b(?:vs\.?|versus|head-to-head|wins on|beats)\s", re.I)
#: the words _SCOREBOARD cannot match without (a cheap test before it)
_SCOREBOARD_KEYS = ("vs", "versus", "head-to-head", "wins on", "beats")
#: code, not prose: shell flags, environment assignments, home paths, variables (not a
#: stock ticker in prose: "Meta $META launched …", "Google $GOOGL,")
_CODE_LINE = re.compile(
    r"(?:^|\s)(?:export\s+)?[A-Z][A-Z0-9_]{2,}=\S|~/\.|\$\{?(?![A-Z]{2,5}(?:\s+[a-z]|[,)]))[A-Z_]{3,}"
)
_CITATION = re.compile(r"\([^()]*\bet al\.?[^()]*\)")
_CLI_FLAG = re.compile(r"(?:^|\s)--[a-z][\w-]*(?=[=\s]|$)")
_PAGE_STAMP = re.compile(r"\b(?:date|updated|published)\s+\d{4}-\d{2}(?:-\d{2})?\b", re.I)
#: a model card's metadata field naming its licence by the hub's id ("license: llama3.1",
#: "license: llama2"), often run together with the tag list before it ("- llama-3
#: license: llama3.1"): the licence of the card's own model, not of the tag's
#: a card's metadata tag list ("tags: - facebook - meta - llama - llama-3"), or its last
#: item run together with the field after it ("- llama-3 license: …"): tags name no
#: model the card speaks of
_METADATA_TAGS = re.compile(r"(?<![\w-])tags:(?:\s+-\s+[\w.-]+)+|^-\s+[\w.-]+(?=\s+[a-z_]+:\s)")
_METADATA_LICENSE = re.compile(r"(?<![\w-])license:\s*llama-?(?P<version>\d(?:\.\d)?)(?![\w.])")


#: a line that opens a block of links to other articles ("Related articles:", "Read
#: more", "See also"): the headlines under it are those articles', not this post's
_RELATED_CUE = re.compile(
    r"\s*(?:related(?:\s+(?:articles?|reading|posts?|stories|news|coverage|links|terms|"
    r"research|content))?(?:\s*\(\d+\))?|"
    r"read\s+(?:more|next|also)|see\s+also|further\s+reading|more\s+stories|"
    r"you\s+(?:may|might)\s+also\s+like)\s*:?\s*",
    re.I,
)
#: a headline under such a line: no sentence end, a few words
_SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
#: the first word of a sentence, and a capitalised word after a word in lower case
_OPENING_WORD = re.compile(r"[\W_]*(?P<name>[A-Z][\w.+-]*[\w+])")
_NAME_INSIDE = re.compile(r"\b\w+[,;:]?\s+\(?([A-Z][\w.+-]*[\w+])")


#: a name alone as a question ("Behemoth?"), and a subjectless answer after it
_POSED = re.compile(r"\s*\?+\s*")
_POSED_ANSWER = re.compile(
    r"\s*(?:still|already|not|never|now|due|coming|expected|delayed|out|available|"
    r"shelved|scrapped|in\s)\b",
    re.I,
)
#: "The latter (still in training) …", "Quest'ultimo …", "Ce dernier …": a sentence that
#: opens on the last of the models named just before speaks of that one alone
_THE_LATTER = re.compile(
    r"\s*(?:the\s+latter|quest['’]ultim[oa]|quest['’]\s+ultim[oa]|questi\s+ultimi|"
    r"ce\s+dernier|cette\s+dernière|este\s+último|esta\s+última|letzterer|letzteres|"
    r"後者|后者|후자)\b",
    re.I,
)
_APPOSED_A = re.compile(r"\s*,\s+an?\s+$")
_MODEL_NOUN_AFTER = re.compile(
    r"[\s-]*(?:[\w-]+\s+)?(?:model|classifier|LLM|checkpoint|safeguard)\b", re.I
)


def _read_as_short(unit: Unit, catalog: ModelCatalog) -> Unit:
    """Return the unit with a known model's spelled-out long name left out of its text
    ("LLaMA (Large Language Model Meta AI)" reads as "LLaMA"); its evidence keeps it."""
    clean = drop_spelled_out_names(unit.clean, catalog)
    if clean == unit.clean:
        return unit
    return dataclasses.replace(unit, clean=clean, value=drop_spelled_out_names(unit.value, catalog))


def _new_ones_only(text: str, groups: list[Group], unreleased: frozenset[str]) -> list[Group]:
    """Narrow a generation called new to the members the post does not hold back.

    "Die neuen Llama-4-Modelle …", "the new Llama 4 models …" in a post that calls
    Behemoth still in development: the new models are the ones that came out, as "the
    new models" said back of them are (``focus.refer_back``).
    """
    if not unreleased or not any(g.generic for g in groups):
        return groups
    narrowed = []
    for group in groups:
        if (
            group.generic
            and not group.baseline
            and set(group.models) & unreleased
            and NEW_BEFORE.search(text, max(0, group.start - 16), group.start)
        ):
            kept = tuple(m for m in group.models if m not in unreleased)
            if kept:
                group = dataclasses.replace(group, models=kept)
        narrowed.append(group)
    return narrowed


def _apposed_base_sizes(text: str, groups: Sequence[Group], add: R.Add) -> None:
    """ "Llama Guard, a Llama2-7b model tuned on …": the apposition names the base with a
    size, and the subject is that size (a tune keeps its base's parameter count)."""
    for first, second in itertools.pairwise(groups):
        if first.baseline or len(first.models) != 1 or len(second.mentions) != 1:
            continue
        base = second.mentions[0]
        if not base.size or base.size_is_active or base.name == first.models[0]:
            continue
        if any(m.size for m in first.mentions):
            continue
        if _APPOSED_A.fullmatch(text, first.end, second.start) and _MODEL_NOUN_AFTER.match(
            text, second.end
        ):
            add("params_total", base.size, first.start, only=first.models[0])


@dataclass
class _PostReader:
    """Reads one post: its topics and scope once, then its units in order.

    Its fields are three records: what the post is about (``about``, ``scope``, read
    before the sentences), the reading state carried from sentence to sentence
    (``state``), and the candidate values found so far.
    """

    article: ArticleText
    catalog: ModelCatalog
    units: list[Unit] = field(default_factory=list)
    #: which models the post is about, read before its sentences
    about: PostTopics = EMPTY_TOPICS
    #: what the post as a whole is about (its title, another lab's page, a derivative)
    scope: PostScope = field(default_factory=PostScope)
    candidates: list[Candidate] = field(default_factory=list)
    #: what reading the post so far carries to its next sentence
    state: ReadingState = field(default_factory=ReadingState)
    _mention_cache: dict[str, list[Mention]] = field(default_factory=dict)
    _group_cache: dict[str, list[Group]] = field(default_factory=dict)
    #: units of an embedded social post (signed with a handle and a day)
    _tweet_units: frozenset[int] = frozenset()
    #: units labelled with a bare month under a year's heading, with the day it is read from
    _year_headed: dict[int, dt.date] = field(default_factory=dict)
    _held_cache: dict[str, tuple[tuple[str, int, int], ...]] = field(default_factory=dict)
    _attributed_cache: dict[str, bool] = field(default_factory=dict)
    #: the capitalised words the post writes inside its sentences (its names)
    _inner_names: frozenset[str] | None = None

    def read(self) -> list[Fact]:
        # A post in another language is read with that language's words as well.
        with languages.reading(f"{self.article.title}\n{self.article.text}"):
            return self._read()

    def _read(self) -> list[Fact]:
        self.units = [_read_as_short(u, self.catalog) for u in units_with_title(self.article)]
        self._tweet_units = _embedded_post_units(self.units, self.article.published)
        self._year_headed = year_headed_months(
            [u.clean for u in self.units], self.article.published
        )
        self._discover()
        if self.scope.title_models:
            self.state.focus = self.scope.title_focus
        for index, unit in enumerate(self.units):
            self._read_unit(index, unit)
        # "Muse Spark (codename Avocado)": what the post says of the codename it says of
        # the name the model ships under.
        renamed = {link.alias: link.name for link in self.about.links}
        self.candidates = [
            dataclasses.replace(c, model=renamed[c.model]) if c.model in renamed else c
            for c in self.candidates
        ]
        self.candidates = self._named_nearby(self.candidates)
        return consolidate(
            self.candidates,
            self.article,
            self.catalog.generation_of,
            called_unreleased=self.state.unreleased,
        )

    def _called_unreleased(self) -> frozenset[str]:
        """Return the models the post calls unreleased right where it names them.

        "Scout, Maverick and the in-training Behemoth", "Behemoth (still in training)",
        "Behemoth … was promised but not shipped": a generation's release, date and
        openness go to the released members only, never to the one the post holds back.
        """
        marked: set[str] = set()
        for unit in self.units:
            marked.update(name for name, _, _ in self._held(unit.clean))
        return frozenset(marked)

    def _named_nearby(self, candidates: list[Candidate]) -> list[Candidate]:
        """Treat a generation's release as said of the members its paragraph (or post) names.

        "Meta released its newest Llama 4 models on Saturday. The announcement touted
        Llama 4 Scout and Llama 4 Maverick …": the paragraph says which members it means.
        """
        named_in_block = {
            (model, unit.block)
            for unit in self.units
            for group in self._groups(unit.clean)
            if not group.baseline and not group.generic
            for model in group.models
        }
        # "Llama 4 is the series Meta released on April 5 …" and, paragraphs later, "the
        # series has Scout, Maverick and Behemoth": members the post lists as the
        # generation's are what it means, unless it calls some of them released by name
        # and says nothing of the status of another (then it says which ones were out).
        generation_of = self.catalog.generation_of
        listed: set[str] = set()
        for unit in self.units:
            groups = [g for g in self._groups(unit.clean) if not g.baseline]
            members = {m for g in groups if not g.generic for m in g.models}
            by_generation: dict[str | None, set[str]] = {}
            for m in members:
                by_generation.setdefault(generation_of(m), set()).add(m)
            for found in by_generation.values():
                if len(found) > 1 and (
                    any(g.generic and set(found) <= set(g.models) for g in groups)
                    or _SERIES_NOUN.search(unit.clean)
                    or _apposed_to_kind(unit.clean, groups, found)
                ):
                    listed.update(found)
        with_status = {
            c.model: c.value for c in candidates if c.attribute == "status" and not c.generic
        }
        named = {model for model, _ in named_in_block}
        released_by_name = {generation_of(m) for m, v in with_status.items() if v == "released"}
        silent = {generation_of(m) for m in named if m not in with_status}
        named_anywhere = {m for m in listed if generation_of(m) not in released_by_name & silent}
        titled = set(self.scope.title_models)
        if (
            self.scope.title_focus.generic
            and titled
            and any(titled < set(self.catalog.generation_members(g)) for g in self.about.topics)
        ):
            # "Llama 4, reviewed": a page titled by the generation that names only some
            # of its members speaks of those, less one it holds back or gives another
            # status (naming every member, it does not say which ones came out)
            held = {m for m, v in with_status.items() if v != "released"}
            named_anywhere.update(m for m in titled - held if m not in self.state.unreleased)
        return [
            dataclasses.replace(c, explicit=True)
            if c.generic
            and not c.explicit
            and c.attribute in RELEASE_BOUND
            and (
                (c.model, self.units[c.order].block) in named_in_block or c.model in named_anywhere
            )
            else c
            for c in candidates
        ]

    def _date_named_release(self, pending: tuple[str, str, str, int, int], index: int) -> None:
        """Give a launch date said before its models were named to the models released next.

        Only the models a status word in the next sentence of the paragraph calls released
        by name take it ("The company released three models: Scout, Maverick and …").
        """
        value, certainty, evidence, _, _ = pending
        published = self.article.published
        if published is not None and value[:10] > published.isoformat():
            return  # a launch told as done cannot postdate the post
        named = {
            c.model
            for c in self.candidates
            if c.order == index
            and c.attribute == "status"
            and c.value == "released"
            and c.explicit
            and not c.generic
        }
        for model in sorted(named):
            self.candidates.append(
                Candidate(
                    model=model,
                    attribute="release_date",
                    value=value,
                    certainty=certainty,  # type: ignore[arg-type]
                    evidence=evidence,
                    order=index - 1,
                    why="release_date said of a launch whose models the next sentence names",
                )
            )

    # --- pass 1: which models is the post about? ---------------------------------------

    def _discover(self) -> None:
        self.about = read_topics(self.units, self.catalog)
        self._mention_cache.update(self.about.unit_mentions)
        self._group_cache.update(
            (text, _modifiers_as_baseline(text, groups))
            for text, groups in self.about.unit_groups.items()
        )
        self._predicate_bases()
        self.state.unreleased = self._called_unreleased()
        self.scope = read_post_scope(
            self.article.title, self.units, self.about.models, self.catalog, self._groups
        )
        self.state.bases = self.scope.bases
        if self.scope.bases:
            self._bases_as_baseline()

    def _bases_as_baseline(self) -> None:
        """Mark each naming of a base right after its cue as a base: "Quokka-8B is a
        fine-tune of Meta Llama 3.1 8B" gives the base no size, whatever words the
        mentions stage knows for a base."""
        bases = self.scope.bases
        for unit in self.units:
            groups = self._groups(unit.clean)
            cued = {
                m
                for g in groups
                if g.models and set(g.models) <= bases and base_cue_at(unit.clean, g) is not None
                for m in g.models
            }
            if not cued:
                continue
            # the same base named again in the sentence ("Base model: Llama-3.1-70B
            # (meta-llama/Llama-3.1-70B)") is the same base
            self._group_cache[unit.clean] = [
                dataclasses.replace(g, baseline=True)
                if not g.baseline and g.models and set(g.models) <= cued
                else g
                for g in groups
            ]

    def _predicate_bases(self) -> None:
        """Mark the model another model "is a … model, fine-tuned" from as its base.

        "Llama Guard 3 is a small Llama 3.1 pretrained model, tuned for safety": the
        base is named inside its derivative's predicate. Where the post names the two
        together again ("built for Llama 3.1 deployments"), the base is still only that.
        """
        # the title too: a page without a headline takes its opening as the title
        texts = [u.clean for u in self.units]
        if self.article.title:
            texts.append(clean_inline(self.article.title)[0])
        pairs: list[tuple[frozenset[str], frozenset[str]]] = []
        for text in texts:
            if not any(key in text for key in _PREDICATE_KEYS):
                continue
            groups = list(self._groups(text))
            marked = False
            for i, group in enumerate(groups):
                if group.baseline or not group.models:
                    continue
                subject = _other_subject_before(groups, i)
                if (
                    subject is None
                    or not _PREDICATE_BEFORE.fullmatch(text, subject.end, group.start)
                    or not _TUNED_MODEL_AFTER.match(text, group.end)
                ):
                    continue
                pairs.append((frozenset(subject.models), frozenset(group.models)))
                groups[i] = dataclasses.replace(group, baseline=True)
                marked = True
            if marked:
                self._group_cache[text] = groups
        if not pairs:
            return
        for text in texts:
            groups = self._groups(text)
            named = {m for g in groups if not g.baseline for m in g.models}
            for subjects, bases in pairs:
                if not named & subjects:
                    continue
                self._group_cache[text] = groups = [
                    dataclasses.replace(g, baseline=True)
                    if not g.baseline and g.models and set(g.models) <= bases
                    else g
                    for g in groups
                ]

    def _timeline_neighbour(self, index: int) -> bool:
        """Return True when another line near ``index`` also opens on a date.

        One date-led line is a dateline or a sentence; several close together are a
        timeline, its rows one after another or each heading a few lines of its own.
        """
        reach = range(max(0, index - _TIMELINE_REACH), index + _TIMELINE_REACH + 1)
        return any(
            other != index
            and other < len(self.units)
            and _DATE_LED.match(self.units[other].clean) is not None
            for other in reach
        )

    def _why(
        self,
        text: str,
        pos: int,
        attribute: str,
        target: Target,
        forced: Target | None,
        certainty: str,
        reported: bool,
    ) -> str:
        """Say which words gave a value, how it was tied to its model and why its certainty."""
        trigger = " ".join(text[pos : pos + 48].split()[:6])
        if forced is not None:
            tie = "the row or label names the model"
        elif target.sentence_models:
            tie = "the model is named in the sentence"
        elif self.state.focus.models and set(target.models) <= set(self.state.focus.models):
            tie = "the sentence refers back to the model in focus"
        else:
            tie = "the model the words govern"
        if certainty == "reported":
            because = "attributed to a source in this sentence or its paragraph"
        elif certainty == "speculative":
            because = "hedged near the value"
        else:
            because = "stated plainly, no source named and no hedge near it"
        del reported
        return f"{attribute} read from “{trigger}”; {tie}; {certainty}: {because}"

    def set_aside(self) -> list[str]:
        """Say why each model the post names got no fact (for ``--explain``)."""
        with_facts = {c.model for c in self.candidates}
        reasons: list[str] = []
        seen: set[str] = set()
        for unit in self.units:
            for group in self._groups(unit.clean):
                for mention in group.mentions:
                    name = mention.name
                    if name in seen or name in with_facts:
                        continue
                    seen.add(name)
                    if self.scope.foreign:
                        why = "the post is about another lab's model"
                    elif group.baseline:
                        why = "named as a base or a comparison"
                    elif not group.models:
                        why = "a generation named without any of its models"
                    else:
                        why = "no value stated about it"
                    reasons.append(f"{name}: {why} (“{unit.clean[:80]}”)")
        return reasons

    def _mentions(self, text: str) -> list[Mention]:
        cached = self._mention_cache.get(text)
        if cached is None:
            cached = self.catalog.find_mentions(
                for_mentions(text),
                short_names=frozenset(self.about.topics),
                new_names=self.about.new_names,
            )
            if self.about.alias_pattern is not None:
                cached = with_aliases(text, cached, self.about.aliases, self.about.alias_pattern)
            self._mention_cache[text] = cached
        return cached

    def _groups(self, text: str) -> list[Group]:
        """Return the sentence's mention groups (lists) with baseline flags (cached)."""
        cached = self._group_cache.get(text)
        if cached is None:
            cached = find_groups(text, self._mentions(text), self.catalog, self.about.group_members)
            cached = self._group_cache[text] = _modifiers_as_baseline(text, cached)
        return cached

    def _held(self, text: str) -> tuple[tuple[str, int, int], ...]:
        """Return the members the text holds back where it names them (cached: the text
        is read as a sentence and again for what the post calls unreleased)."""
        cached = self._held_cache.get(text)
        if cached is None:
            groups = self._groups(text)
            names = [
                (m.name, m.start, m.end) for g in groups for m in g.mentions if m.kind == "model"
            ]
            # (the English words of readers.held_by_words too: "the still-training Behemoth")
            cached = held_back(text, groups) + tuple(R.held_by_words(text, names))
            self._held_cache[text] = cached
        return cached

    def _opens_on_other_name(self, text: str) -> bool:
        """Return True when the sentence opens on a name the post writes as a name, one
        that is not a model of the catalog: "Bielik, a Polish model, has just 11B
        parameters" after a sentence ranking it above Llama 3.1 is about Bielik.

        A word counts as a name where the post also writes it capitalised inside a
        sentence, or where it carries a digit or an inner capital ("Quokka-8B", "AstroLLaMA").
        """
        opening = _OPENING_WORD.match(text)
        if opening is None or NOT_A_MODEL_NAME.match(opening.group("name")):
            return False
        name = opening.group("name")
        if re.search(r"\d|[a-z][A-Z]", name):
            return True
        if self._inner_names is None:
            self._inner_names = frozenset(
                m.group(1)
                for unit in self.units
                if not unit.heading and not unit.table
                for m in _NAME_INSIDE.finditer(unit.clean)
            )
        return name in self._inner_names

    def _attributed(self, text: str) -> bool:
        """Return True when ``text`` names a source (cached: the later sentences of a
        paragraph look back at it for a report they carry on)."""
        cached = self._attributed_cache.get(text)
        if cached is None:
            cached = self._attributed_cache[text] = attributed(text)
        return cached

    # --- pass 2: facts, sentence by sentence -------------------------------------------

    def _read_unit(self, index: int, unit: Unit) -> None:
        if self.state.related_links:
            if len(unit.clean.split()) <= 20 and not _SENTENCE_END.search(unit.clean):
                return  # another article's headline in a "Related articles:" block
            self.state.related_links = False
        if _RELATED_CUE.fullmatch(unit.clean):
            self.state.related_links = True
            return
        if self.state.pending_list:
            self._listed_item_values(index, unit)
        pending, self.state.pending_cue = self.state.pending_cue, None
        words = unit.clean.split()
        if (
            pending
            and not unit.table
            and 0 < len(words) <= 6
            and label_cue(unit.clean) is None
            and not is_cjk_prose(unit.clean)
        ):
            # A spec sheet laid out as a label line then a value line ("Context Length" /
            # "1,000K"): the value reads with the label's cue.
            # A licence line reads like a licence field ("Llama 3 Community" → its licence).
            text = (
                f"@modalities {unit.clean}"
                if pending == "@modalities"
                else f"{pending} {license_value(pending, unit.clean)}"
            )
            self._read_text(
                index, unit, text, row_target(unit.clean, self.state.focus, self._groups)
            )
            return
        if (
            not unit.table
            and not unit.bullet
            and not unit.label
            and 0 < len(words) <= 4
            and not _NOT_BARE_LABEL.search(unit.clean)
        ):
            cue = label_cue(unit.clean)
            if cue and (not cue.startswith("@") or cue == "@modalities"):
                self.state.pending_cue = cue
        label = self._label_heading(unit)
        if label is not None or not self._under_label(index, unit, words):
            self.state.label_subject = None
        if unit.heading:
            self._read_heading(unit)
            self.state.list_subject = None
        elif not unit.bullet:
            self.state.list_subject = None
        previous_item = self.state.item_subject
        self.state.item_subject = None
        # a labelled spec line under a model's label line ("Scout:") reads as of that model
        label_focus = (
            Focus(self.state.label_subject.models)
            if self.state.label_subject and unit.label
            else self.state.focus
        )
        for text, forced in readable_texts(unit, label_focus, self.article.published, self._groups):
            groups = self._groups(text)
            named = [g for g in groups if not g.baseline and g.models]
            if forced is None and unit.bullet and self.state.list_subject:
                # A bullet without its own subject is about the list's subject ...
                family = [m for m in self._mentions(text) if m.kind == "family"]
                if not family and not named:
                    forced = self.state.list_subject
                    # ... but "They …" right after an item naming two models is about them.
                    if previous_item and _PLURAL_OPENING.match(text):
                        forced = previous_item
            if (
                (forced is None or forced is TOPIC)
                and self.state.label_subject
                and not named
                and not [m for m in self._mentions(text) if m.kind == "family"]
                and not V.ANAPHOR_STRONG.search(text)
            ):
                # a spec line under a line that is only a model's name ("Scout:")
                forced = self.state.label_subject
            if unit.bullet and len(named) == 1 and len(named[0].models) > 1:
                self.state.item_subject = Target(named[0].models, named[0].generic)
            self._read_text(index, unit, text, forced)
        if label is not None:
            self.state.label_subject = label
        if not unit.heading and not unit.bullet and unit.clean.rstrip().endswith(":"):
            subjects = [g for g in self._groups(unit.clean) if not g.baseline and g.models]
            if subjects:
                self.state.list_subject = Target(subjects[0].models, subjects[0].generic)
            elif self.state.focus.models and V.ANAPHOR_STRONG.search(unit.clean):
                self.state.list_subject = Target(self.state.focus.models, self.state.focus.generic)

    def _listed_item_values(self, index: int, unit: Unit) -> None:
        """Give the values of a list's opening sentence to the model each item names first.

        "On April 5, Meta put out the weights of two models:" and the items
        "Llama 4 Scout: …", "Llama 4 Maverick: …": the list says which models it meant.
        The list ends at the first unit that is not an item.
        """
        if not (unit.bullet or unit.label) or unit.heading:
            self.state.pending_list = []
            return
        named = [g for g in self._groups(unit.clean) if g.models and not g.baseline]
        if not named or named[0].generic or len(unit.clean[: named[0].start].split()) > 1:
            return
        for model in named[0].models:
            if model in self.state.unreleased:
                continue
            for attribute, value, certainty, evidence in self.state.pending_list:
                self.candidates.append(
                    Candidate(
                        model=model,
                        attribute=attribute,
                        value=value,
                        certainty=certainty,  # type: ignore[arg-type]
                        evidence=evidence,
                        order=index,
                        why=f"{attribute} said of a list whose item names the model",
                    )
                )

    def _label_heading(self, unit: Unit) -> Target | None:
        """Return the model a line that is only its name heads ("Scout:", "Behemoth
        (soon):", a "### Llama 4 Maverick" heading), or None."""
        text = unit.clean.strip().strip("*").strip()
        colon = text.endswith(":")
        if unit.table or not (colon or unit.raw.lstrip().startswith("#")) or len(text) > 60:
            return None
        name = _LABEL_TAIL.sub("", text)
        groups = [g for g in self._groups(name) if g.models]
        if len(groups) != 1 or groups[0].generic or groups[0].baseline:
            return None
        if name[: groups[0].start].strip(" '") not in ("", "Meta", "Meta's"):
            return None
        if name[groups[0].end :].strip():
            return None
        return Target(groups[0].models, named=True)

    def _under_label(self, index: int, unit: Unit, words: list[str]) -> bool:
        """Whether ``unit`` is still a spec line under the current model label: a list
        item, or a fragment on a line of its own (not a sentence, not a paragraph),
        short and not a Title Case heading."""
        if self.state.label_subject is None or unit.clean.rstrip(" *").endswith(":"):
            return False  # another label ("Misc:") starts another list
        if unit.bullet:
            return True
        if unit.table or len(words) > 30 or _SENTENCE_END.search(unit.clean):
            return False  # a sentence, not a spec fragment
        if unit.raw.lstrip().startswith("#"):
            return False
        units = self.units
        if (index > 0 and units[index - 1].block == unit.block) or (
            index + 1 < len(units) and units[index + 1].block == unit.block
        ):
            return False  # a paragraph of sentences
        if any(g.models and not g.baseline for g in self._groups(unit.clean)):
            return False  # a line with a model of its own as subject: the list is over
        capitalised = [w for w in words if w[:1].isalpha()]
        upper = sum(1 for w in capitalised if w[:1].isupper())
        return not (len(capitalised) >= 2 and upper * 3 >= len(capitalised) * 2)

    def _read_heading(self, unit: Unit) -> None:
        """A heading starts a section: new local focus, and maybe a status for its list."""
        self.state.section_models = []
        self.state.section_guess = bool(GUESSWORK.search(unit.clean))
        groups = [g for g in self._groups(unit.clean) if not g.baseline and g.models]
        if groups:
            self.state.section_status = None
            return
        if self.scope.title_models:
            self.state.focus = self.scope.title_focus
        elif self.about.models and self.about.models[0] in self.state.recent_models:
            # only once the post has named it: an explainer's "Three kinds of LLMs" before
            # its one Meta example is named speaks of kinds, not of that example
            self.state.focus = Focus(tuple(self.about.models[:1]))
        lowered = unit.clean.lower()
        statuses = R.read_status(unit.clean, lowered)
        self.state.section_status = statuses[0][1] if len(statuses) == 1 else None

    def _card_licence(self, index: int, unit: Unit, version: str) -> None:
        """Give a card's metadata licence to the one model its title names.

        "Prompt-Guard-86M" with "license: llama3.1": the card's model ships under the Llama
        3.1 licence; with no such title the field does not say whose licence it is.
        """
        titled = self.scope.title_models
        if len(titled) != 1 or self.scope.foreign or R.license_for_version(version) is None:
            return
        self._read_text(index, unit, f"Llama {version} Community License", Target(titled))

    def _read_text(self, index: int, unit: Unit, text: str, forced: Target | None) -> None:
        # A page's stray "date 2024-03-13" (or "date 2024-03") stamp dates the page, not what
        # the sentence says; a citation "(Touvron et al., July 2023)" dates a paper.
        # (each pattern only where a character it needs is: most sentences have none)
        if "-" in text:
            text = _PAGE_STAMP.sub(lambda m: " " * len(m.group(0)), text)
        if "et al" in text:
            text = _CITATION.sub(lambda m: " " * len(m.group(0)), text)
        if ("tags:" in text or text.startswith("- ")) and _METADATA_TAGS.search(text):
            text = _METADATA_TAGS.sub(lambda m: " " * len(m.group(0)), text)
        if "license:" in text and (field := _METADATA_LICENSE.search(text)):
            text = f"{text[: field.start()]}{' ' * len(field.group(0))}{text[field.end() :]}"
            self._card_licence(index, unit, field.group("version"))
        if ("--" in text and len(_CLI_FLAG.findall(text)) >= 2) or (
            ("=" in text or "~/." in text or "$" in text) and _CODE_LINE.search(text)
        ):
            return  # a shell command ("… --model-id Llama-4-Scout-17B …") is code, not prose
        topic = forced is TOPIC
        carried = False
        if topic:
            forced = None
        posed = self.state.posed_index == index - 1 and self.state.block == unit.block
        self.state.index, self.state.block = index, unit.block
        groups = _new_ones_only(text, self._groups(text), self.state.unreleased)
        family = [m for m in self._mentions(text) if m.kind == "family"]
        subjects = [g for g in groups if not g.baseline and g.models]
        if len(subjects) == 1 and _POSED.fullmatch(text, subjects[0].end) and not family:
            if len(text[: subjects[0].start].split()) <= 1:
                self.state.posed_index = index
        elif (
            posed
            and forced is None
            and not groups
            and not family
            and not V.ANAPHOR_STRONG.search(text)
            and _POSED_ANSWER.match(text)
        ):
            # "Behemoth? Still in training.": the bare question names what the
            # subjectless answer is about
            topic = True
        elif (
            forced is None
            and not groups
            and not family
            and self.state.focus.models
            and not self.state.foreign_focus
            and self.state.focus_block == unit.block
            and 0 < index - self.state.focus_index <= 2
            and not any(
                u.clean.rstrip().endswith(("?", "？"))
                for u in self.units[self.state.focus_index : index]
            )
            and not unit.heading
            and not V.ANAPHOR_STRONG.search(text)
            and not other_subject(text)
            and not V.OTHER_MODEL.search(without_likened_rivals(text))
            and not self._opens_on_other_name(text)
        ):
            # "Maverick has 400B parameters. The context window is one million tokens.":
            # a sentence naming no model, right after one naming the model in the same
            # paragraph, goes on about it
            topic = carried = True
            if len(self.state.focus.models) >= 2 and _THE_LATTER.match(text):
                # "… Scout, Maverick and Behemoth. The latter (still in training) …"
                self.state.focus = Focus(self.state.focus.models[-1:])
        elif (
            forced is None
            and not groups
            and family
            and all(first_in_family(text, m) for m in family)
            and self.state.focus.models
            and not self.state.foreign_focus
            and index - self.state.focus_index <= 3
            and not V.ANAPHOR_STRONG.search(text)
            and not other_subject(text)
            and not V.OTHER_MODEL.search(text)
        ):
            # "Llama 4 … First Llama generation to use MoE", "Llamaシリーズで初めてMoEを
            # 採用した": the family is named only to call the model in focus its first to do
            # something, so the sentence is about that model
            topic = True
        if forced is None and not groups and not family and sizes_of_focus(text, self.state):
            # "We also bring updated 8B and 70B models. They are multilingual …": the
            # sentence speaks of the model in focus by its sizes, so the topic goes on from
            # here, across the paragraph break before it
            self.state.focus_index, self.state.focus_block = index, unit.block
        lowered = text.lower()
        if self.scope.derivative:
            return  # every value on a derivative's page is the derivative's
        if self.scope.foreign and forced is not None:
            return  # a comparison table or spec line on another lab's page
        if self.scope.foreign and forced is None:
            # A post about another lab's model: only a sentence that opens with a Meta
            # model and names no other lab's model says something of it.
            opening = [g for g in subjects if len(text[: g.start].split()) <= 1]
            if not opening or other_subject(text) or V.OTHER_MODEL.search(text):
                update_focus(self.state, text, opening, family)
                return
            subjects = opening
        if (
            forced is None
            and not topic
            and not subjects
            and not (
                (self.state.focus.models or self.about.models)
                and (
                    V.ANAPHOR_STRONG.search(text)
                    or V.ANAPHOR_WEAK.search(text)
                    or pro_drop_opening(text)
                )
            )
            and not (V.LICENSE_NAME.search(text))
        ):
            update_focus(self.state, text, subjects, family, _memberless(groups))
            return
        clauses = split_clauses(text, groups)
        sentence = Sentence(
            text,
            groups,
            subjects,
            family,
            clauses,
            forced=forced,
            topic=topic,
            carried=carried,
            heading=unit.heading,
            companions=companions_of(text, subjects),
            predecessors=predecessors(text, subjects),
            previewed=previewed_models(text, subjects),
            held=self._held(text),
        )
        post = PostContext(self.catalog, self.about, self.scope, self.state, self.candidates)
        reported_cache: list[bool] = []
        statuses_added: list[str] = []

        def is_reported() -> bool:
            if not reported_cache:
                reported_cache.append(
                    self._attributed(text)
                    or attribution_carries(self.units, index, self._attributed)
                )
            return reported_cache[0]

        def add(
            attribute: str,
            value: R.ValueOrRule,
            pos: int,
            *,
            only: str | None = None,
            fallback: Sequence[str] = (),
            fallback_generic: bool = False,
        ) -> None:
            target = bind(
                sentence,
                post,
                attribute,
                value,
                pos,
                fallback=fallback,
                fallback_generic=fallback_generic,
            )
            if (
                target is None
                and attribute == "release_date"
                and isinstance(value, str)
                and not subjects
                and forced is None
                and _UNNAMED_LAUNCH.search(text)
            ):
                # "Meta on Saturday launched its next generation of models. It released
                # Scout and Maverick …": the date waits for the sentence that names them
                certainty = grade_certainty(text, clauses, pos, is_reported())
                self.state.pending_date = (value, certainty, unit.raw, index, unit.block)
            if (
                target is None
                and attribute in _LIST_CARRIED
                and isinstance(value, str)
                and not subjects
                and forced is None
                and text.rstrip().endswith(":")
            ):
                # "On April 5, Meta put out the weights of two models:": the
                # values wait for the list items that name the models
                certainty = grade_certainty(text, clauses, pos, is_reported())
                self.state.pending_list.append((attribute, value, certainty, unit.raw))
            if target is None:
                return
            certainty = grade_certainty(text, clauses, pos, is_reported())
            if (
                certainty == "confirmed"
                and (self.state.section_guess or self.scope.guess)
                and FUTURE_TENSE.search(text)
            ):
                certainty = "speculative"  # "Predictions for 2025: Meta will release …"
            why = self._why(text, pos, attribute, target, forced, certainty, is_reported())
            for model in target.models:
                if only is not None and model != only:
                    continue
                model_value = value(model) if callable(value) else value
                if model_value is None:
                    continue
                if attribute == "status":
                    statuses_added.append(model)
                self.candidates.append(
                    Candidate(
                        model=model,
                        attribute=attribute,
                        value=model_value,
                        certainty=certainty,
                        evidence=unit.raw,
                        order=index,
                        generic=target.generic,
                        explicit=model in target.sentence_models,
                        from_title=unit.block == -1,
                        shared=len(target.models) > 1 and not target.named,
                        # (a list's wait or shelving reaches a member held back: "the
                        # upcoming models Avocado (LLM) and Mango"; only its release not)
                        with_others=len(target.models) > 1
                        and target.named
                        and not (attribute == "status" and model_value != "released"),
                        why=why,
                    )
                )

        spans = [(m.start, m.end) for g in groups for m in g.mentions]
        if _DIGIT.search(text):
            if not (V.may_hold(lowered, _SCOREBOARD_KEYS) and _SCOREBOARD.search(text)):
                # "Llama 3.1 70B wins on GSM8K (95 vs 92)": a name with a size in a
                # benchmark or a match-up labels the checkpoint compared, nothing more.
                mention_sizes(text, groups, add)
                _apposed_base_sizes(text, groups, add)
            R.read_params(text, spans, add)
            url_sizes(unit, groups, add, self.catalog)
        for reader in R.SENTENCE_READERS:
            if R.has_any(lowered, reader.keys) or R.has_other_language_keys(
                lowered, reader.attribute
            ):
                reader.read(text, add)

        def licence_of(model: str, kind: str) -> str | None:
            return license_for_model(model, kind, self.catalog)

        if R.has_any(lowered, V.FOREIGN_LICENSE_KEYS) or R.has_other_language_keys(
            lowered, "license"
        ):
            # (the English names are read by read_license below; this reader returns at
            # once in an English post, whose "license" shares "licen" with "licencia")
            R.read_foreign_license(text, add, licence_of)
        if R.has_any(lowered, _LICENSE_KEYS):
            R.read_license(text, add, licence_of)
        statuses = R.read_status(text, lowered)
        # an embedded post ("… pic.twitter.com/…" signed "— Name (@handle) April 5, 2025")
        # was written on another day than the page: its "today" is not the page's date.
        # Measured: taking the signature's day instead dates what the labels leave undated.
        published = None if index in self._tweet_units else self.article.published
        published = self._year_headed.get(index, published)  # "2023:" … "July: Meta released X"
        if "(" in text:
            paren_spans, paren_models = paren_statuses(text, groups, statuses)
            # "Scout, Maverick and Behemoth (still in training)": brackets that hold a
            # member back are said of the member right before them, not its whole list.
            for group in groups:
                if len(group.mentions) > 1 and any(
                    name == group.mentions[-1].name and group.end <= start <= group.end + 3
                    for name, start, _ in sentence.held
                ):
                    paren_models -= set(group.models) - {group.mentions[-1].name}
            sentence = dataclasses.replace(
                sentence, paren_spans=paren_spans, paren_models=frozenset(paren_models)
            )
        for pos, status in statuses:
            add("status", status, pos)
        for pos in awaited_codenames(text):
            add("status", "upcoming", pos)  # "planning models under the codenames A and B"
        pending_date = self.state.pending_date
        if pending_date and (pending_date[3], pending_date[4]) != (index, unit.block):
            self.state.pending_date = None
            if pending_date[3] == index - 1 and pending_date[4] == unit.block:
                self._date_named_release(pending_date, index)
        if statuses_added and any(status == "released" for _, status in statuses):
            # "X launched in April 2024, Y in July 2024, and Z (September 2024) …",
            # "Meta released X (…), Y (…), and Z (…)": the list's release reaches each item
            for group, pos in _listed_releases(text, groups, statuses_added, published):
                for model in group.models:
                    add("status", "released", pos, only=model)
        if "(" in text:
            parenthesised_dates(
                text, _with_generation_nouns(text, _dated_compared(text, groups)), add, published
            )
        if V.may_hold(lowered, _RELEASES_KEYS) and _RELEASES_WORD.search(text):
            dated_list_items(text, groups, add, published)
        if forced is None and _DATE_LED.match(unit.clean) and self._timeline_neighbour(index):
            row = _timeline_row(text, groups, published)
            if row is not None:
                value, group = row
                add("release_date", value, group.start)
        R.read_release_dates(
            without_names(text, groups),
            clauses,
            statuses,
            published,
            add,
            skip=lambda pos: in_group_paren(text, groups, pos) or in_name(groups, pos),
        )
        if unit.heading and subjects:
            # A heading that names a model makes it the subject of the list below.
            self.state.list_subject = Target(subjects[0].models, subjects[0].generic)
        labelled_item = unit.label and subjects and subjects[0].start == 0
        if self.state.section_status and labelled_item and not statuses_added:
            add("status", self.state.section_status, 0)
        # "It will …, since Meta shipped that with Maverick": the main clause refers
        # back; a model in a later clause does not take the focus.
        later_only = subjects and clauses and subjects[0].start >= clauses[0][1]
        if later_only and (RELATIVE_START.match(text) or V.ANAPHOR_STRONG.match(text)):
            return
        # "X was unveiled alongside Y and Z": the subject is X; "it" next is X alone.
        leading = [g for g in subjects if not set(g.models) <= sentence.companions]
        update_focus(self.state, text, leading or subjects, family, _memberless(groups))


def extract_facts(article: ArticleText, catalog: ModelCatalog) -> list[Fact]:
    """Return the facts a post states about the catalog's models and new Meta models."""
    return _PostReader(article, catalog).read()


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a post gave the facts it gave, and why the other models it names got none."""

    facts: tuple[tuple[Fact, str], ...]  #: each fact with how it was read
    set_aside: tuple[str, ...]  #: "<model>: <reason> (“<clause>”)"


def explain_facts(article: ArticleText, catalog: ModelCatalog) -> Explanation:
    """Return a post's facts with the rule and certainty reason of each (``--explain``)."""
    reader = _PostReader(article, catalog)
    facts = reader.read()
    explained: list[tuple[Fact, str]] = []
    for fact in facts:
        # The candidate that gave the fact: same model, attribute, value and evidence.
        why = next(
            (
                c.why
                for c in reader.candidates
                if c.model == fact.model
                and c.attribute == fact.attribute
                and c.evidence == fact.evidence
                and (c.value == fact.value or fact.attribute == "modalities")
            ),
            "",
        )
        explained.append((fact, why))
    return Explanation(tuple(explained), tuple(reader.set_aside()))


# --- helpers -------------------------------------------------------------------------------


#: a launch whose models the sentence does not name: "launched its next generation of AI
#: models", "released its newest models", "unveiled a new family of models"
_UNNAMED_LAUNCH = re.compile(
    r"\b(?:launch\w*|releas\w*|unveil\w*|introduc\w*|debut\w*|roll\w* out|ship\w*)\s+"
    r"(?:its|their|a|the)\s+(?:next|new|newest|latest|fourth|third)\s+"
    r"(?:generation|family|series|lineup|line-up|suite|batch|set)?(?:\s+of)?\s*"
    r"(?:(?:AI|open|language|foundation)\s+)*(?:models?|LLMs?)?\b",
    re.I,
)

#: a word that lists a generation's members: "the series includes Scout and Maverick"
_SERIES_NOUN = re.compile(
    r"\b(?:series|family|lineup|line-up|line|herd|s[ée]rie|serie|familia|famille|familie)\b|"
    r"シリーズ|系列|ファミリー|家族|시리즈|제품군",
    re.I,
)

#: "The new models, Scout and Maverick, …", "three new models in total: Scout, Maverick and
#: Behemoth", "two variants — Scout and Maverick": members set after a plural model noun
#: are what the post means by "the models"
_KIND_BEFORE_LIST = re.compile(
    r"\b(?:models|variants|versions)(?:\s+in\s+total)?\s*[,:—–]\s*$", re.I
)


def _apposed_to_kind(text: str, groups: Sequence[Group], members: set[str]) -> bool:
    """Return True when the members are listed right after a plural model noun."""
    first = min((g.start for g in groups if set(g.models) & members), default=None)
    return first is not None and bool(_KIND_BEFORE_LIST.search(text[max(0, first - 40) : first]))


#: "the Llama 4 family (April 5, 2025)": the noun a generation's name takes, before brackets
_GENERATION_NOUN = re.compile(
    r"\s+(?:family|models|series|herd|lineup|line-up|generation|suite)(?=\s*\()", re.I
)


def _dated_compared(text: str, groups: Sequence[Group]) -> Sequence[Group]:
    """Let a compared name's own dating bracket date it: "an update to Llama 3
    (announced in April 2024)" (``binding`` gives the bracket to the name before it)."""
    if not any(g.baseline for g in groups):
        return groups
    return [
        dataclasses.replace(g, baseline=False)
        if g.baseline and g.models and DATED_BRACKET.match(text, g.end)
        else g
        for g in groups
    ]


def _with_generation_nouns(text: str, groups: Sequence[Group]) -> list[Group]:
    """Let a generation's name run on over its noun: "Llama 4 family (April 5, 2025)".

    Brackets after "the Llama 4 family" date the generation as they would right after
    "Llama 4"; its members the post shows as released take the date (``choice``).
    """
    extended: list[Group] = []
    for group in groups:
        noun = _GENERATION_NOUN.match(text, group.end) if group.generic else None
        extended.append(dataclasses.replace(group, end=noun.end()) if noun else group)
    return extended


#: what joins one listed release to the next: an optional aside in brackets on the item
#: before, then a comma or "and" ("X (with a 405B model), Y (…), and Z")
_LIST_STEP = re.compile(r"\s*(?:\([^()]{0,160}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
#: a coordinated clause whose verb is left out: ", Y in July 2024 added …", ", and Y (2024)"
_GAPPED_OPENING = re.compile(r",\s*(?:and\s+|then\s+|followed\s+by\s+)?$")
_GAPPED_DATE = re.compile(r"\s*(?:\(|,?\s+(?:in|on)\s+)")
_SENTENCE_BREAK = re.compile(r"[.;:!?](?:\s|$)")


def _listed_releases(
    text: str, groups: Sequence[Group], released: Sequence[str], published: dt.date | None
) -> list[tuple[Group, int]]:
    """Return the list items a release said of an earlier item reaches, each with a position.

    Two kinds of list: the verb's objects with asides ("released X (adding …), Y (with …),
    and Z (April 2025, …)"), and clauses whose verb is left out, each with its own date
    ("X launched in April 2024 with …, Y in July 2024 added …, and Z (September 2024) …").
    A left-out verb needs the date right after the name; a date after the post's own is
    no release.
    """
    found: list[tuple[Group, int]] = []
    ordered = sorted(groups, key=lambda g: g.start)
    chain: Group | None = None
    for group in ordered:
        if group.baseline:
            chain = None
            continue
        if chain is None:
            if group.models and set(group.models) <= set(released):
                chain = group
            continue
        between = text[chain.end : group.start]
        listed = _LIST_STEP.fullmatch(between) is not None
        gapped = (
            not listed
            and not _SENTENCE_BREAK.search(between)
            and _GAPPED_OPENING.search(between) is not None
            and _dated_right_after(text, group.end, published)
        )
        if not (listed or gapped):
            chain = group if group.models and set(group.models) <= set(released) else None
            continue
        # a listed item dated after the post is not out, whatever the list's verb says
        dated_ok = gapped or not _dated(text, group.end)
        if group.models and (dated_ok or _dated_right_after(text, group.end, published)):
            found.append((group, group.end))
        chain = group
    return found


#: a line that opens on a date (a year, or a month and a year), maybe glued to what
#: follows: "Jul 2024Llama 3.1 …", "2025: Llama 3.2 …", "April 2024 — Llama 3 …"
_DATE_LED = re.compile(
    r"\s*(?:[-*•]\s*)?(?:(?:[A-Za-zÀ-ÿ]{3,10}\.?\s+)?(?:19|20)\d\d|(?:19|20)\d\d年\d{1,2}月)"
    r"(?!\d)(?:[\s:—–|,-]|(?=[A-Z]))"
)
#: how many lines apart two date-led lines may stand and still make one timeline
_TIMELINE_REACH = 6
#: what may stand between a timeline row's date and its model's name
_ROW_SEPARATOR = re.compile(r"\s*[:—–|,-]?\s*")
_LABEL_REWRITE = re.compile(r"In\s+(?=\S)")
#: what may follow the name in a row that dates the model itself: nothing, a bracket or
#: a dash, a list of further names, or a "with"-phrase ("Llama 3 con modelos de 8B y 70B");
#: a verb after the name ("Llama 1 se filtra", "Llama 4 delayed") dates another event
_ROW_TAIL = re.compile(
    r"\s*(?:$|[(\[:—–,;-]|(?:with|featuring|including|adding|con|mit|avec|com|met|"
    r"incluyendo|inklusive)\b)",
    re.I,
)


def _timeline_row(
    text: str, groups: Sequence[Group], published: dt.date | None
) -> tuple[str, Group] | None:
    """Return the date and the model of a timeline row: "Jul 2024Llama 3.1 con …".

    A row that opens on a date with a model's name right after it, followed by nothing
    that reads as another event's verb, dates the model's release (the row says nothing
    of its status). A date after the post's own is no release.
    """
    first = min((g for g in groups if g.models), key=lambda g: g.start, default=None)
    if first is None or first.baseline or first.generic:
        return None
    # a row whose date reads as a label comes as "In Apr 2024, Llama 3 …"
    opening = _LABEL_REWRITE.match(text)
    start = opening.end() if opening else 0
    lead = text[start : first.start]
    stem = lead.rstrip(" :—–|-,")
    if not stem.strip() or not _DATE_LED.match(text, start):
        return None
    dates = find_dates(stem + " ", published)
    if len(dates) != 1 or dates[0].relative or len(dates[0].values) != 1:
        return None
    bullet = re.match(r"\s*(?:[-*•]\s*)?", stem)
    if dates[0].start != (bullet.end() if bullet else 0) or stem[dates[0].end :].strip():
        return None  # "Abr 2024" read as the bare year: the whole lead must be the date
    if not _ROW_SEPARATOR.fullmatch(lead, dates[0].end):
        return None
    tail_at = max(g.end for g in groups if g.start < first.end + 12 and g.models)
    if not _ROW_TAIL.match(text, tail_at):
        return None
    value = dates[0].values[0]
    if published is not None and value[:7] > published.isoformat()[:7]:
        return None
    return value, first


#: the signature line under an embedded social post: "— Ahmad (@ahmad) April 5, 2025"
_POST_SIGNATURE = re.compile(r"\s*[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?P<date>.{6,30})$")


def _embedded_post_units(units: Sequence[Unit], published: dt.date | None) -> frozenset[int]:
    """Return the units of each embedded social post: the paragraph right before a
    signature line "— Name (@handle) April 5, 2025".

    The post was written on its own day, not the page's: what it says of "today" does
    not take the page's date.
    """
    found: set[int] = set()
    for index, unit in enumerate(units):
        signed = _POST_SIGNATURE.match(unit.clean)
        if signed is None:
            continue
        dates = find_dates(signed.group("date"), published)
        if len(dates) != 1 or dates[0].relative:
            continue
        block = next((u.block for u in reversed(units[:index]) if u.block != unit.block), None)
        for other in range(index - 1, -1, -1):
            if units[other].block != block:
                break
            found.add(other)
    return frozenset(found)


def _dates_after(text: str, end: int) -> list[DateMention]:
    """Return the dates in the words right after a name ("(April 2025", " in July 2024")."""
    lead = _GAPPED_DATE.match(text, end)
    return find_dates(text[lead.end() : lead.end() + 40], None) if lead else []


def _dated(text: str, end: int) -> bool:
    return bool(_dates_after(text, end))


def _dated_right_after(text: str, end: int, published: dt.date | None) -> bool:
    """Return True when a date stands right after a name and is not after ``published``."""
    dates = _dates_after(text, end)
    if not dates or dates[0].start != 0:
        return False
    # the date's month (or year) is not after the post's month
    return published is None or dates[0].values[-1][:7] <= published.isoformat()[:7]


#: between a model's name and a base named in its predicate: "Llama Guard 3 is a "
_PREDICATE_BEFORE = re.compile(
    r"(?:\s+\d+(?:\.\d+)?)?\s+(?:is|was)\s+an?\s+(?:[a-z][\w-]*\s+){0,2}"
)
#: after that base's name: "… pretrained model, fine-tuned for …", "… model trained to …"
_TUNED_MODEL_AFTER = re.compile(
    r"[\w\s-]{0,30}?\b(?:model|LLM|checkpoint)\b,?\s+(?:that\s+(?:was|is|has\s+been)\s+)?"
    r"(?:fine-?tuned|finetuned|instruction-tuned|tuned|trained|customi[sz]ed|adapted|"
    r"distilled|aligned|post-trained)\b",
    re.I,
)
#: the words _PREDICATE_BEFORE cannot match without
_PREDICATE_KEYS = (" is a", " was a", " is an", " was an")

# What a derivative says of its base: "based on", "extends", "fine-tuned from", "… as the base".
_NOT_BARE_LABEL = re.compile(r"[\d:.!?|]")
#: what may follow the name on a model's label line: a remark in brackets, the colon
_LABEL_TAIL = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*:?\s*$")

#: what a name can qualify without being the subject: a paper about it, its tokenizer
_NAME_AS_MODIFIER = re.compile(
    r"(?:['’]s)?\s+(?:technical report|tech report|paper|tokenizer|scaling|rope[_ ]type)\b"
    # "transferring them to a Llama-3.3-70B-Instruct base architecture", "on the Llama 3.1
    # 8B backbone": what another model is built on
    r"|(?:\s*(?:,|and|or)\s+\d+(?:\.\d+)?\s?[BM])*"
    r"\s+(?:base\s+architecture|(?:text\s+|language\s+|LLM\s+)?backbones?)\b"
    r"|(?<=base)\s+architecture\b",
    re.I,
)
_NAME_AS_MODIFIER_KEY = re.compile(
    r"report|paper|tokenizer|scaling|rope|architecture|backbone", re.I
)
#: the words _NAME_AS_MODIFIER_KEY cannot match without (a cheap test before it)
_NAME_AS_MODIFIER_KEYS = (
    "report",
    "paper",
    "tokenizer",
    "scaling",
    "rope",
    "architecture",
    "backbone",
)


#: "LLaMA 2 保留了 LLaMA 1 的架构" (keeps LLaMA 1's architecture), "LLaMA 2 将上下文长度从
#: LLaMA 1 的 2K 扩展到 4K" (from LLaMA 1's 2K to 4K): a name with a possessive after it,
#: in the predicate of an earlier name, owns the object, not the sentence
_POSSESSIVE_AFTER = re.compile(r"\s?[」』”\"]?\s?(?:的|の)")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\n]|\s[—–-]\s")


def _memberless(groups: Sequence[Group]) -> list[Group]:
    """Return the generations a sentence names none of whose members the post names."""
    return [g for g in groups if not g.models and not g.baseline]


def _other_subject_before(groups: list[Group], i: int) -> Group | None:
    """Return the group before group ``i`` when it can be a subject the group is said of.

    It must name models, none of group ``i``'s, and not be set aside itself.
    """
    if not i:
        return None
    subject = groups[i - 1]
    if subject.baseline or not subject.models or set(subject.models) & set(groups[i].models):
        return None
    return subject


def _possessed_objects_as_baseline(text: str, groups: list[Group]) -> list[Group]:
    """Mark a name owning an object in an earlier name's predicate as not the subject."""
    result = list(groups)
    for i, group in enumerate(groups):
        if not group.models or group.baseline:
            continue
        subject = _other_subject_before(groups, i)
        if (
            subject is None
            or _CLAUSE_BREAK.search(text, subject.end, group.start)
            or not _POSSESSIVE_AFTER.match(text, group.end)
        ):
            continue
        result[i] = dataclasses.replace(group, baseline=True)
    return result


def _modifiers_as_baseline(text: str, groups: list[Group]) -> list[Group]:
    """Mark a name that qualifies a document or a technique ("the Llama 3 technical
    report", "rotary positions with Llama 3 scaling") as not what the sentence is about."""
    if ("的" in text or "の" in text) and groups:
        groups = _possessed_objects_as_baseline(text, groups)
    # (no group, or none of the key words, and nothing can be marked: the substring test
    # is far cheaper than the case-insensitive pattern)
    if (
        not groups
        or not V.may_hold(text.lower(), _NAME_AS_MODIFIER_KEYS)
        or not _NAME_AS_MODIFIER_KEY.search(text)
    ):
        return groups
    return [
        dataclasses.replace(g, baseline=True)
        if g.models and not g.baseline and _NAME_AS_MODIFIER.match(text, g.end)
        else g
        for g in groups
    ]


#: the values a list's opening sentence gives the models its items name
_LIST_CARRIED = ("status", "release_date", "openness")

_PLURAL_OPENING = re.compile(r"\s*(?:They|Both|These|The two|Each)\b")
_RELEASES_WORD = re.compile(r"\breleases\b|\breleased\b|\blaunches\b|\btimeline\b", re.I)
#: the words _RELEASES_WORD cannot match without (a cheap test before it)
_RELEASES_KEYS = ("releases", "released", "launches", "timeline")
