"""Find the models a text talks about: known names and aliases from configuration.

The catalog turns the ``[[models]]`` settings into patterns that accept the forms the
press and model hubs use: any mix of spaces, hyphens and underscores ("Llama-3.1",
"Llama3.1", "Meta-Llama-3.1-405B-Instruct"), a possessive between a generation and
its member ("Llama 4's Maverick"), size and tuning suffixes (folded into the model,
the size kept as a variant), and a member's short name ("Maverick") once its
generation is the topic. Names the catalog does not know are found by
:func:`find_new_model_names` and reported under their own name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from llamawatch.config import load_settings
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.languages import words
from llamawatch.extractors.numbers import parse_quantity

if TYPE_CHECKING:
    from llamawatch.config import Settings

MentionKind = Literal["model", "generation", "family", "new"]

#: separators that hubs and the press put between the parts of a name
_SEP = r"[\s\-_]?"
#: a letter or digit that joins a name: Chinese, Japanese and Korean text runs words
#: together without spaces ("发布了Llama 3"), so their characters end a name like a space;
#: Arabic glues its "and", "with", "for" to a Latin name ("Scout وMaverick", "بـLlama 3"),
#: so its letters do too
_W = r"[^\W\u0600-\u06ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
#: a size suffix: "405B", "8b", "17B", "1B"; group "size"
_SIZE = r"(?:" + _SEP + r"(?P<size>\d+(?:\.\d+)?\s?[BbMmTt])(?!" + _W + r"))"
#: a hub expert count after the size ("-16E"): the size is then the active size
_EXPERTS = r"(?:" + _SEP + r"(?P<experts>\d+)E(?!" + _W + r"))"
#: tuning and packaging suffixes that are still the same model
_TUNING = (
    r"(?:" + _SEP + r"(?:Instruct|Chat|chat|instruct|Base|base|Vision|vision|Original|FP8|fp8"
    r"|hf|HF|Reasoning|Guard(?=\W)|Turbo|Preview)(?!" + _W + r"))*"
)
#: a name ends at a word end; a hyphen going on into another name part
#: ("Llama-3.1-Nemotron-70B", "LLaMA-2-7B-32K") makes it another lab's derived model
_END = (
    r"(?!"
    + _W
    # "Llama 3.x", "Llama 4.X": a line of point releases, not the version before the dot
    + r"|\.\d|\.[xX](?!"
    + _W
    + r")|-(?!(?:based|style|like|powered|sized|class|level|derived|tuned|scale|era|"
    r"family|series|generation|type|compatible|specific|only|ish|esque|sourced|weights?|"
    r"architecture|models?|chat|instruct|vision|bit|bits)\b)[A-Za-z0-9]"
    # "LLaMA 2 Long", "Llama 3.1 Nemotron": a word that names a derived model after a
    # space, as a hyphen would ("Llama-3.1-Nemotron")
    r"|\s+(?:Long|Nemotron|Gradient|Groq|Swallow)\b(?!\s+[Cc]ontext))"
)
#: a bare version continuing a list after a versioned name: "& 3.1", ", 3.2 and 3.3"
#: ("3.2 y 3.3", "3.1 und 3.2", "3.2와 3.3", "3.1和3.2", "2と3": the list joins of every
#: language the readers know, as for a list of modalities)
_OTHER_JOINS = (
    r"(?<![^\W\d_])(?i:"
    + "|".join(words("modality_joins", spaced=True))
    + r")(?!\w)|(?:"
    + "|".join(words("modality_joins", spaced=False))
    + r")"
)
_CONTINUATION = re.compile(
    r"\s*(?:,\s*(?:and|or)?|&|\band\b|\bor\b|/|"
    + _OTHER_JOINS
    + r")\s*(?P<version>\d+(?:\.\d+)?)(?!"
    + _W
    + r"|\.\d)"
    r"(?!\s?[BbMmTtKk%](?!" + _W + r"))"
)
_HANGUL = "\uac00-\ud7a3"
_KATAKANA = "\u30a1-\u30fa\u30fc"
#: a name's parts: Latin words, Hangul words ("라마 4 스카우트"), katakana words ("ラマ4スカウト")
#: and version numbers
_NAME_PART = re.compile(r"[A-Za-z]+|[" + _HANGUL + r"]+|[" + _KATAKANA + r"]+|\d+(?:\.\d+)*")
#: Hangul runs words together with particles but not names with other words: a Hangul
#: name part may not go on from a Hangul syllable before it ("드라마" is not "라마"); a
#: katakana one neither from nor into another katakana letter ("ドラマ" is not "ラマ",
#: "スカウトマン" is not "スカウト")
_NO_SCRIPT_LETTER_BEFORE = r"(?<![" + _HANGUL + _KATAKANA + r"])"
_NO_KATAKANA_AFTER = r"(?![" + _KATAKANA + r"])"
#: a codename marker of Korean, Japanese or Chinese just before or after a name
_CODENAME_WORDS = ("코드명", "코드네임", "コードネーム", "コード名", "代号", "代號")
_CODENAME_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<={re.escape(word + sep)})"
        for word in _CODENAME_WORDS
        for sep in ("", " ", ":", ": ", "은 ", "は", "为", "為", "是")
    )
    + "|"
    + "|".join(
        f"(?<={re.escape(word + sep + quote)})"
        for word in _CODENAME_WORDS
        for sep in ("", " ", ":", ": ", "은 ", "は", "为", "為", "是")
        for quote in ("'", "‘", '"', "“", "「", "『")
    )
    + "|"
    # a quoted name right after the word "model" is that model's name: "AI 모델 '망고'와",
    # "대규모언어모델(LLM) '아보카도'를", "新モデル「アボカド」"
    + "|".join(
        f"(?<={re.escape(word + quote)})"
        for word in ("모델 ", "모델(LLM) ", "모델 (LLM) ", "LLM ", "LLM) ", "モデル")
        for quote in ("'", "‘", "「", "『")
    )
    + ")"
)
#: an AI model's name in quotes right after the words "AI model" or "language model": a
#: member's bare Hangul or katakana name written so names the member whatever the topic
#: ("大型AIモデル「ベヒーモス」", "AI 모델 '베히모스'"), as "Meta's Behemoth model" does in English
#: (not any "model": "3Dモデル「ベヒーモス」" is a figure of the game monster)
_MEMBER_MODEL_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<={re.escape(word + quote)})"
        for word in (
            "AIモデル",
            "言語モデル",
            "LLM",
            "AI 모델 ",
            "AI모델 ",
            "언어모델 ",
            "언어 모델 ",
        )
        for quote in ("'", "‘", "「", "『", "“")
    )
    + ")"
)
_CODENAME_AFTER = (
    r"(?=\s?['’\"”」』]?\s?[(（](?:" + "|".join(_CODENAME_WORDS) + r")[)）]"
    r"|['’\"”」』]?(?:이?라는|란) (?:코드명|코드네임)"
    r"|[」』”\"]?(?:という|の)(?:コードネーム|コード名))"
)
#: a name glued by a hyphen to another name part before it ("Hermes-3-Llama-3.1-405B",
#: "Nous-Hermes-Llama2") is another lab's derived model, like a hyphen going on after
#: it; "Meta-Llama-3-8B" is taken whole from its "Meta" prefix
_START = r"(?<![A-Za-z0-9]-)"
#: before a name: no word character, or a year glued on by a run-together table row
#: ("Jul 2023Llama 2 se publica …", "2025Llama 3.2 y 3.3 …")
_GLUED_YEAR = r"(?:(?<!" + _W + r")|(?<=(?<!" + _W + r")(?:19|20)\d\d))"


@dataclass(frozen=True, slots=True)
class ModelEntry:
    """A tracked model: canonical name, aliases and the generation it belongs to."""

    name: str
    aliases: tuple[str, ...] = ()
    generation: str | None = None

    @property
    def short_name(self) -> str | None:
        """The member name inside its generation ("Maverick" of "Llama 4 Maverick")."""
        if self.generation and self.name.lower().startswith(self.generation.lower() + " "):
            return self.name[len(self.generation) + 1 :].strip() or None
        return None


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in a text that names a model, a generation or the whole family."""

    start: int
    end: int
    kind: MentionKind
    name: str  #: canonical model, generation name, "Llama" for the family, or a new name
    size: int | None = None  #: a size variant named with the model ("405B")
    size_is_active: bool = False  #: the size came with an expert count ("17B-16E")
    short: bool = False  #: found by its short name ("Maverick")


@dataclass
class ModelCatalog:
    """Known models and how to find them in text."""

    entries: tuple[ModelEntry, ...]
    company_names: tuple[str, ...] = ("Meta", "Meta AI", "Facebook")
    family_word: str = "Llama"
    #: posts larger than this are skipped with a reason (``[extraction] max_post_bytes``)
    max_post_bytes: int = 5_000_000
    _generic_version: re.Pattern[str] | None = field(default=None, repr=False)
    _family: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._by_key = {_key(e.name): e for e in self.entries}
        for entry in self.entries:
            for alias in entry.aliases:
                self._by_key.setdefault(_key(alias), entry)
        self._generations: dict[str, list[str]] = {}
        for entry in self.entries:
            if entry.generation and _key(entry.generation) != _key(entry.name):
                self._generations.setdefault(entry.generation, []).append(entry.name)
        # A generation that is also a model's own name ("Llama 3") is that model.
        for gen in list(self._generations):
            if _key(gen) in self._by_key:
                del self._generations[gen]
        #: (regex source, model, generation whose topic enables it, or None)
        self._alternatives: list[tuple[str, str, str | None]] = []
        for entry in self.entries:
            for form in (entry.name, *entry.aliases):
                # A digit-less alias of a numbered model ("LLaMA" for Llama 1) takes no
                # version: "LLaMA 3.3" is Llama 3.3, not Llama 1.
                versionable = not any(ch.isdigit() for ch in entry.name)
                # A member's Hangul short name ("매버릭", "스카우트" is also the word for
                # recruiting) stands for it only once its generation is the topic, as
                # "Maverick" does.
                bare = _is_bare_other_script(form)
                gate = entry.generation if bare else None
                core = _name_core(form, versionable=versionable)
                if bare and not entry.generation:
                    # A codename in Hangul or katakana ("아보카도", "アボカド") is also a
                    # common word (the fruit): it names the model only beside a codename
                    # marker ("'아보카도(코드명)'", "コードネーム「アボカド」").
                    # (the lookahead first: the markers are hundreds of lookbehinds, and
                    # trying them where the name does not stand slowed every search)
                    core = f"(?:(?={core}){_CODENAME_BEFORE}{core}|{core}{_CODENAME_AFTER})"
                self._alternatives.append((core, entry.name, gate))
                if bare and entry.generation:
                    named = f"(?={core}){_MEMBER_MODEL_BEFORE}{core}"
                    self._alternatives.append((named, entry.name, None))
            short = entry.short_name
            if short and entry.generation:
                fam = re.escape(self.family_word)
                gen_tail = (
                    entry.generation[len(self.family_word) :].strip()
                    if entry.generation.lower().startswith(self.family_word.lower())
                    else ""
                )
                body = _SEP.join(re.escape(p) for p in _NAME_PART.findall(short))
                # The short forms ("Maverick", "Llama Maverick") match case-sensitively,
                # so "scout" the verb is not one.
                core = (
                    r"(?:" + fam + _SEP + r"(?:" + re.escape(gen_tail) + _SEP + r")?)?"
                    r"(?-i:" + body + r")"
                )
                self._alternatives.append((core, entry.name, entry.generation))
        self._all_short = frozenset(g for _, _, g in self._alternatives if g)
        self._entry_memo: dict[str, ModelEntry | None] = {}
        self._combined: dict[frozenset[str], tuple[re.Pattern[str], dict[str, str]]] = {}
        self._is_short: dict[frozenset[str], list[bool]] = {}
        self._anchor_words = sorted(
            {_anchor(a) for e in self.entries for a in (e.name, *e.aliases)}
            | {_anchor(e.short_name) for e in self.entries if e.short_name}
        )
        others = _other_script_family_words(self.entries, self.family_word)
        self._family_anchors = (self.family_word.lower(), *others)
        fam = re.escape(self.family_word)
        # "라마 4", "라마3": the family word in another script names the version too
        fam_any = (
            "(?i:"
            + fam
            + ")"
            + "".join(f"|{_NO_SCRIPT_LETTER_BEFORE}{re.escape(w)}" for w in others)
        )
        self._generic_version = re.compile(
            _START
            + r"(?<!\.)"
            + _GLUED_YEAR
            + r"(?:Meta"
            + _SEP
            + r")?(?:"
            + fam_any
            + r")"
            + _SEP
            + r"(?P<version>\d+(?:\.\d+)?)(?![\d.]*\s?[BbMmTtKk](?!"
            + _W
            + r"))"
            + _SIZE
            + r"?"
            + _EXPERTS
            + r"?"
            + _TUNING
            + _END
        )
        self._family_anchor = self.family_word.lower()
        #: where the family's name first stands (in any script): no generic version
        #: starts before it
        self._family_any_case = re.compile(r"(?:" + fam_any + r")")
        self._versioned = re.compile(r"(?:" + fam_any + r")" + _SEP + r"\d")
        # The bare family word, not after a full stop or a letter: each form is written
        # first and the test for what precedes it after it, because a pattern that opens
        # on literals lets the regex engine skip to them, and a leading lookbehind makes
        # it try every position (six times slower here).
        self._family = re.compile(
            r"(?:"
            + "|".join(rf"{form}(?<!\.{form})(?<!{_W}{form})" for form in (fam, "LLaMA", "LLAMA"))
            + r")(?![\-])(?!"
            + _W
            + r")"
        )

    @property
    def _anchor_re(self) -> re.Pattern[str]:
        """One literal alternation of every name's longest word, to find where to look."""
        compiled = self.__dict__.get("_anchor_compiled")
        if compiled is None:
            words = sorted(self._anchor_words, key=len, reverse=True)
            compiled = re.compile("|".join(re.escape(w) for w in words if w))
            self.__dict__["_anchor_compiled"] = compiled
        return compiled

    def _combined_pattern(self, allowed: frozenset[str]) -> tuple[re.Pattern[str], dict[str, str]]:
        """Return one regex for every name, alias and allowed short name (cached)."""
        cached = self._combined.get(allowed)
        if cached:
            return cached
        chosen = [a for a in self._alternatives if a[2] is None or a[2] in allowed]
        chosen.sort(key=lambda a: len(a[0]), reverse=True)
        # A name and its aliases often give the same source ("Llama 3.1", "Llama-3.1"):
        # a repeated alternative matches only where the first one already has, so it
        # only slows the search. The first stays, and with it what a match reports.
        first_of: dict[str, tuple[str, str, str | None]] = {}
        for alternative in chosen:
            first_of.setdefault(alternative[0], alternative)
        chosen = list(first_of.values())
        names: dict[str, str] = {}
        parts: list[str] = []
        for index, (core, model, generation) in enumerate(chosen):
            group = f"{'s' if generation else 'n'}{index}"
            names[group] = model
            parts.append(f"(?P<{group}>{core})")
        source = (
            _START
            + r"(?<!\.)"
            + _GLUED_YEAR
            + r"(?:(?i:Meta)"
            + _SEP
            + r")?(?:"
            + "|".join(parts)
            + r")"
            + _SIZE
            + r"?"
            + _EXPERTS
            + r"?"
            + _TUNING
            + _END
        )
        cached = (re.compile(source), names)
        self._combined[allowed] = cached
        self._is_short[allowed] = [bool(g) for _, _, g in chosen]
        return cached

    @classmethod
    def from_settings(cls, settings: Settings) -> ModelCatalog:
        """Build the catalog from the ``[[models]]`` and ``[extraction]`` settings."""
        entries = tuple(
            ModelEntry(name=m.name, aliases=tuple(m.aliases), generation=m.generation)
            for m in settings.models
        )
        return cls(
            entries=entries,
            company_names=tuple(settings.extraction.company_names),
            max_post_bytes=settings.extraction.max_post_bytes,
        )

    @classmethod
    def default(cls) -> ModelCatalog:
        """Build the catalog from the bundled default settings."""
        return cls.from_settings(load_settings(environ={}))

    def entry(self, name: str) -> ModelEntry | None:
        """Return the entry whose name or alias is ``name`` (any separators and case)."""
        if name not in self._entry_memo:
            self._entry_memo[name] = self._by_key.get(_key(name))
        return self._entry_memo[name]

    def canonical(self, name: str) -> str | None:
        entry = self.entry(name)
        return entry.name if entry else None

    def generation_members(self, generation: str) -> list[str]:
        """Return the catalog's members of a generation that is not itself a model."""
        return list(self._generations.get(generation, ()))

    def generation_of(self, model: str) -> str | None:
        entry = self.entry(model)
        return entry.generation if entry else None

    @property
    def generations(self) -> list[str]:
        return list(self._generations)

    def find_mentions(
        self,
        text: str,
        *,
        short_names: bool | Collection[str] = True,
        new_names: Sequence[str] = (),
    ) -> list[Mention]:
        """Return the non-overlapping model mentions in ``text``, in order.

        ``short_names`` allows members' short names ("Maverick"): True for all, or the
        generations whose members may be named so; the caller allows a generation's
        once it is the topic of the post.
        """
        found: list[Mention] = []
        lowered = text.lower()
        if short_names is True:
            allowed = self._all_short
        elif short_names is False:
            allowed = frozenset()
        elif isinstance(short_names, frozenset):
            allowed = short_names
        else:
            allowed = frozenset(short_names)
        hits = list(self._anchor_re.finditer(lowered))
        if hits:
            pattern, names = self._combined_pattern(allowed)
            count = len(names)
            for m in _windowed_matches(pattern, text, hits):
                index = m.lastindex or 0
                if index > count:  # a size or expert count matched after the name
                    values = m.groups()
                    index = next((i + 1 for i in range(count) if values[i] is not None), 0)
                if not index:
                    continue
                group = f"{'s' if self._is_short[allowed][index - 1] else 'n'}{index - 1}"
                name = names[group]
                found.append(_mention(m, "model", name, short=group.startswith("s")))
        assert self._generic_version is not None and self._family is not None
        has_family = any(anchor in lowered for anchor in self._family_anchors)
        first = self._family_any_case.search(text) if has_family else None
        # a generic version starts at the family's name or at "Meta" and a separator before it
        start = max(0, first.start() - len("Meta") - 1) if first else len(text)
        for m in self._generic_version.finditer(text, start):
            version = m.group("version")
            label = f"{self.family_word} {version}"
            if self.entry(label):
                found.append(_mention(m, "model", self.entry(label).name))  # type: ignore[union-attr]
            elif label in self._generations:
                variant = _VARIANT_WORD.search(m.group(0), m.end("version") - m.start())
                if variant:
                    # "Llama 4 Reasoning": a generation with a variant word is its own model
                    named = f"{label} {variant.group(0).capitalize()}"
                    found.append(_mention(m, "new", named))
                else:
                    found.append(_mention(m, "generation", label))
            elif _plausible_version(version):
                found.append(_mention(m, "new", label))
        for new_name in new_names:
            if _anchor(new_name) not in lowered:
                continue
            for m in _name_pattern(new_name, case_sensitive=True).finditer(text):
                found.append(_mention(m, "new", new_name))
        for m in self._family.finditer(text) if self._family_anchor in lowered else ():
            found.append(Mention(m.start(), m.end(), "family", self.family_word))
        if self.entry(_FIRST_MODEL_NAME) is not None and "first" in text:
            # "Meta's first Llama model was released in early 2023": a description of Llama 1
            found.extend(
                Mention(m.start(), m.end(), "model", _FIRST_MODEL_NAME)
                for m in _FIRST_MODEL.finditer(text)
                if not _FIRST_OF_A_KIND.match(text, m.end())
            )
        ordinal = (
            self._family_anchor in lowered
            and "of" in text
            and V.may_hold(lowered, ("first", "second", "third", "fourth", "fifth"))
        )
        for m in _ORDINAL_GENERATION.finditer(text) if ordinal else ():
            # "the second version of the Llama models": Llama 2 by its place in the line
            if _NTH_OF_A_KIND.match(text, m.end()):
                continue  # "the first generation of Llama to use experts": a kind
            label = f"{self.family_word} {_ORDINALS[m.group('nth').lower()]}"
            if (entry := self.entry(label)) is not None:
                found.append(Mention(m.start(), m.end(), "model", entry.name))
            elif label in self._generations:
                found.append(Mention(m.start(), m.end(), "generation", label))
        kept = [
            Mention(m.start, m.end, "family", self.family_word)
            if m.kind == "model"
            and _BARE_FAMILY_WORD.fullmatch(text, m.start, m.end)
            and (_LINE_AFTER.match(text, m.end) or _LINE_HISTORY_AFTER.match(text, m.end))
            else m
            for m in _without_overlaps(found)
        ]
        return _without_overlaps(kept + self._continued_versions(text, kept))

    def _continued_versions(self, text: str, mentions: Sequence[Mention]) -> list[Mention]:
        """Return bare versions listed after a versioned name ("Llama 3 & 3.1", "2 and 3")."""
        extra: list[Mention] = []
        versioned = self._versioned
        for mention in mentions:
            if mention.kind == "family" or not versioned.match(text, mention.start):
                continue
            pos = mention.end
            while True:
                m = _CONTINUATION.match(text, pos)
                if not m:
                    break
                label = f"{self.family_word} {m.group('version')}"
                entry = self.entry(label)
                span = (m.start("version"), m.end("version"))
                if entry:
                    extra.append(Mention(*span, kind="model", name=entry.name))
                elif label in self._generations:
                    extra.append(Mention(*span, kind="generation", name=label))
                else:
                    break
                pos = m.end()
        return extra


#: "Meta's first Llama model": Llama 1 by description. ("the original Llama release" is
#: left out: measured, it names a moment more often than the model.)
_FIRST_MODEL_NAME = "Llama 1"
_FIRST_MODEL = re.compile(
    r"\b(?:Meta['’]s|Facebook['’]s)\s+(?:very\s+)?first\s+(?:Llama|LLaMA)\s+(?:model|LLM)\b"
)
#: "Meta's first Llama model to use experts": the first of a kind, not Llama 1
_FIRST_OF_A_KIND = re.compile(r"\s+(?:to|that|with|built|trained|using|based|from|in|of)\b", re.I)

#: "the first version of Llama to ship with experts": a first of a kind, not Llama 1
_NTH_OF_A_KIND = re.compile(r"\s+(?:to|with|built|trained|using|based)\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
#: "the second generation of Meta's Llama series", "the first version of the Llama
#: models": an ordinal place in the line names that generation
_ORDINAL_GENERATION = re.compile(
    r"\b(?i:the|its)\s+(?P<nth>(?i:first|second|third|fourth|fifth))\s+(?i:version|generation|"
    r"iteration|edition)\s+of\s+(?:(?:Meta|Facebook)['’]s\s+|the\s+|its\s+)?(?:Llama|LLaMA|LLAMA)"
    r"(?:\s+(?:models?|LLMs?|series|family|line))?\b"
)

#: "Meta's LLaMA series", "the Llama line": the bare word names the family, not Llama 1
_BARE_FAMILY_WORD = re.compile(r"(?:Meta[\s-])?(?i:llama)")
_LINE_AFTER = re.compile(
    r"[\s-]+(?:(?:model|LLM|AI)s?\s+)?(?:series|family|families|line|lineup|line-up|lineage|"
    r"franchise|brand|ecosystem|herd)\b"
    # the same words glued on in Chinese, Japanese and Korean ("LLaMA系列演进路线",
    # "LLaMA生态", "LLaMAシリーズ", "LLaMA 시리즈")
    r"|\s?(?:系列|家族|生态|生態|シリーズ|ファミリー|시리즈|제품군|계열)",
    re.I,
)

#: the bare word as the subject of a line's history, a count of models or versions after
#: its verb: "LLaMA has since released four models", "Llama has undergone three key
#: architectural iterations", "LLaMA has gone through several generations": the family (or
#: its maker), not Llama 1, which is one model
_LINE_HISTORY_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:(?:since|now|already|also|so far|to date)\s+)?(?:released|"
    r"launched|introduced|shipped|put out|rolled out|gone through|undergone|seen|spawned)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:models|versions|iterations|generations|releases|variants|"
    r"editions)\b",
    re.I,
)

#: words after a generation's name that make a model of their own ("Llama 4 Reasoning")
_VARIANT_WORD = re.compile(r"(?<=[\s\-_])(?:Reasoning|reasoning)\b")

#: how far before a name's longest word its match may start ("Meta-Llama-", "Code ")
_LOOK_BEHIND = 14
#: how far after that word a match may end ("-405B-Instruct-FP8")
_LOOK_AHEAD = 64


def _windowed_matches(
    pattern: re.Pattern[str], text: str, hits: Sequence[re.Match[str]]
) -> list[re.Match[str]]:
    """Run ``pattern`` only in windows around anchor hits: most text holds no name."""
    matches: list[re.Match[str]] = []
    done = 0
    for hit in hits:
        if hit.end() <= done:
            continue
        pos = max(done, hit.start() - _LOOK_BEHIND)
        end = min(len(text), hit.end() + _LOOK_AHEAD)
        while pos < end:
            m = pattern.search(text, pos, end)
            if m is None or m.start() > hit.start():
                break
            matches.append(m)
            pos = done = m.end()
        done = max(done, hit.start() + 1)
    return matches


def _anchor(form: str) -> str:
    """Return the longest letter run of a name, lower-cased: text without it cannot match."""
    words = re.findall(r"[A-Za-z]+|[" + _HANGUL + r"]+|[" + _KATAKANA + r"]+", form)
    return max(words, key=len).lower() if words else ""


def _plausible_version(version: str) -> bool:
    """Return True for version numbers a new family member could carry ("5", "4.1")."""
    try:
        return 0 < float(version) < 20
    except ValueError:
        return False


_ALIAS_SIZE = re.compile(r"[\s_-](\d+(?:\.\d+)?[BbMmTt])$")


def _mention(m: re.Match[str], kind: MentionKind, name: str, *, short: bool = False) -> Mention:
    groups = m.groupdict()
    size_text = groups.get("size")
    if not size_text:
        # An alias that carries its size ("LLaMA 65B", matched as "LLaMa 65B") still states it.
        own = _ALIAS_SIZE.search(m.group(0))
        size_text = own.group(1) if own else None
    size = parse_quantity(size_text) if size_text else None
    return Mention(
        start=m.start(),
        end=m.end(),
        kind=kind,
        name=name,
        size=size,
        size_is_active=bool(groups.get("experts")) and size is not None,
        short=short,
    )


def _without_overlaps(found: Iterable[Mention]) -> list[Mention]:
    """Keep the longest mention where mentions overlap; return them in text order."""
    ordered = sorted(found, key=lambda m: (m.start, -(m.end - m.start), m.kind != "model"))
    kept: list[Mention] = []
    for mention in ordered:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _key(name: str) -> str:
    """Return a name with case and separators removed ("Llama-3.1" → "llama3.1")."""
    return re.sub(r"[\s\-_'’]+", "", name).lower()


def _name_core(form: str, *, case_sensitive: bool | None = None, versionable: bool = True) -> str:
    """Return the regex source of one name: separators free, digit-less names versionable."""
    parts = _NAME_PART.findall(re.sub(r"['’]s\b", "", form))
    has_digit = any(p[0].isdigit() for p in parts)
    if case_sensitive is None:
        case_sensitive = not has_digit
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index:
            prev = parts[index - 1]
            # "Llama 4's Maverick": a possessive between a generation and its member
            sep = r"(?:['’]s)?" + _SEP if prev[0].isdigit() and part[0].isalpha() else _SEP
            pieces.append(sep)
        pieces.append(re.escape(part) + (r"(?!\d)" if part[0].isdigit() else ""))
        if _is_katakana(part):
            pieces.append(_NO_KATAKANA_AFTER)
    body = "".join(pieces)
    version_form = _SEP + r"\d+(?:\.\d+)?(?![\d.]*\s?[BbMmTtKk](?!" + _W + r"))"
    if has_digit:
        version = ""
    elif versionable:
        version = r"(?:" + version_form + r")?"
    else:
        version = r"(?!" + version_form + r")"
    core = f"(?-i:{body})" if case_sensitive else f"(?i:{body})"
    if parts and _is_other_script(parts[0]):
        core = _NO_SCRIPT_LETTER_BEFORE + core
    return core + version


def _is_other_script(part: str) -> bool:
    """Return True for a name part in a script other than Latin: Hangul or katakana."""
    return "\uac00" <= part[0] <= "\ud7a3" or _is_katakana(part)


def _is_katakana(part: str) -> bool:
    return "\u30a1" <= part[0] <= "\u30fc"


def _is_bare_other_script(form: str) -> bool:
    """Return True for a Hangul or katakana alias without family word or number."""
    parts = _NAME_PART.findall(form)
    return bool(parts) and all(_is_other_script(p) for p in parts)


def _other_script_family_words(entries: Iterable[ModelEntry], family_word: str) -> list[str]:
    """Return the family word in other scripts, read off the numbered models' aliases.

    "라마 3" listed for "Llama 3" makes "라마" the family word in Hangul, so "라마 4" (the
    generation) and "라마 5" (a new member) read as "Llama 4" and "Llama 5" do.
    """
    words: set[str] = set()
    for entry in entries:
        head, _, rest = entry.name.partition(" ")
        if head.lower() != family_word.lower() or not rest[:1].isdigit():
            continue
        for alias in entry.aliases:
            parts = _NAME_PART.findall(alias)
            if len(parts) > 1 and _is_other_script(parts[0]) and " ".join(parts[1:]) == rest:
                words.add(parts[0])
    return sorted(words)


@functools.lru_cache(maxsize=1024)
def _name_pattern(form: str, *, case_sensitive: bool | None = None) -> re.Pattern[str]:
    """Return a pattern for one name or alias, tolerant of separators and hub suffixes.

    Names without a digit ("LLaMA", "Code Llama") match case-sensitively: "LLaMA"
    is the 2023 model while "Llama" alone is the family. A digit-less name may carry a
    version ("Llama Guard 3"), which stays the same model.
    """
    meta = r"(?:(?i:Meta)" + _SEP + r")?"
    return re.compile(
        _START
        + r"(?<!\.)(?<!"
        + _W
        + r")"
        + meta
        + _name_core(form, case_sensitive=case_sensitive)
        + _SIZE
        + r"?"
        + _EXPERTS
        + r"?"
        + _TUNING
        + _END
    )


#: a long name's words: capitalised (hyphens kept: "Mixture-of-Experts" is one word)
_LONG_WORD = r"[A-Z][\w-]*"
#: the words that say a long name is a model's ("Large Language Model Meta AI")
_LONG_MODEL_WORD = re.compile(r"\b(?:Model|Models|LLM|Language)\b")
#: "<long name> (<short>)": the long name is read backwards from the bracket
_LONG_BEFORE_SHORT = re.compile(
    r"(?P<long>" + _LONG_WORD + r"(?:\s+" + _LONG_WORD + r"){1,7})\s*\(\s*(?P<short>[^()\n]{2,40}?)"
    r"\s*\)"
)
#: "<short> (<long name>)" and "(<long name>) <short>": the long name fills the bracket
_LONG_IN_BRACKET = re.compile(
    r"\(\s*(?P<long>" + _LONG_WORD + r"(?:\s+" + _LONG_WORD + r"){1,7})\s*\)"
)


def _initials_spell(words: Sequence[str], short: str) -> bool:
    """Return True when ``words`` can be the spelled-out form of ``short``.

    The first word starts with the short form's first letter, and the short form's
    capitals are the words' initials in order ("LLaMA": Large Language Model Meta AI).
    """
    if not words or not short or words[0][0].upper() != short[0].upper():
        return False
    capitals = [c for c in short if c.isupper()]
    if len(capitals) < 2:
        return True  # "Llama": its first letter is all a long name can be held to
    initials = [w[0].upper() for w in words]
    at = 0
    for letter in capitals:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def spelled_out_before_short(text: str, catalog: ModelCatalog) -> list[tuple[int, int, int, int]]:
    """Return where a known model's long name is spelled out before its bracketed short form.

    "Large Language Model Meta AI (LLaMA)": each item is where the long name starts,
    where the short form starts and ends, and where the bracket closes. The long name's
    initials spell the short form, and one of its words says it names a model.
    """
    if "(" not in text or not _LONG_MODEL_WORD.search(text):
        return []
    found: list[tuple[int, int, int, int]] = []
    for m in _LONG_BEFORE_SHORT.finditer(text):
        short = m.group("short")
        names = catalog.find_mentions(short, short_names=False)
        if not names or names[0].start > 1:
            continue
        spans = list(re.finditer(r"\S+", m.group("long")))
        words = [w.group(0) for w in spans]
        # the long name may be preceded by other capitalised words ("The Large …"):
        # it starts at the earliest word from which the initials still spell the name
        start = next(
            (
                i
                for i in range(len(words) - 1)
                if _initials_spell(words[i:], short.strip())
                and _LONG_MODEL_WORD.search(" ".join(words[i:]))
            ),
            None,
        )
        if start is not None:
            long_start = m.start("long") + spans[start].start()
            found.append((long_start, m.start("short"), m.end("short"), m.end()))
    return found


def drop_spelled_out_names(text: str, catalog: ModelCatalog) -> str:
    """Return ``text`` without the long names spelled out around a known model's name.

    "the model it named Large Language Model Meta AI (LLaMA)", "LLaMA (Large Language
    Model Meta AI) …", "(Large Language Model Meta AI) Llama 2": the long
    name is the short name written out, so the text reads as if only the short name
    stood there ("called LLaMA in February"). Otherwise its words are read as a model
    of their own ("Large Language") and keep a verb from the date it governs.
    """
    if "(" not in text or not _LONG_MODEL_WORD.search(text):
        return text
    cuts: list[tuple[int, int]] = []
    for long_start, short_start, short_end, end in spelled_out_before_short(text, catalog):
        cuts.append((long_start, short_start))
        cuts.append((short_end, end))
    for m in _LONG_IN_BRACKET.finditer(text):
        long_name = m.group("long")
        if not _LONG_MODEL_WORD.search(long_name):
            continue
        before = text[max(0, m.start() - 40) : m.start()].rstrip()
        after = text[m.end() : m.end() + 40].lstrip()
        short = ""
        for side in (before, after):
            names = catalog.find_mentions(side, short_names=False)
            near = [
                n
                for n in names
                if (side is before and n.end == len(side)) or (side is after and n.start == 0)
            ]
            if near:
                short = side[near[0].start : near[0].end]
                break
        if short and _initials_spell(long_name.split(), short):
            cuts.append((m.start(), m.end()))
    if not cuts:
        return text
    kept: list[str] = []
    pos = 0
    for start, end in sorted(cuts):
        if start < pos:
            continue
        kept.append(text[pos:start])
        pos = end
    kept.append(text[pos:])
    return re.sub(r"\s{2,}", " ", "".join(kept))
