"""Topics: which models a post is about, read once before its sentences are.

New names the post introduces and the codenames it ties to them; the generations it
makes its topic (a generation named, a member named in full, a short name used as a
model's name, two members' short names together); short names count as members only
under a topic; the members the post names, and the models it names as subjects.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from llamawatch.extractors.mentions import (
    Group,
    draft_groups,
    mask_licenses,
    resolve_groups,
)
from llamawatch.extractors.models import Mention, ModelCatalog
from llamawatch.extractors.names import (
    find_links,
    has_link_cue,
    models_named,
    referent_pairs,
    resolve_links,
)
from llamawatch.extractors.new_names import find_introduced
from llamawatch.extractors.sentences import Unit
from llamawatch.records import NameLink

_NAMED_AS_MODEL = re.compile(r"\bMeta's\s+\S+$|\bMeta's\s+\S+\s+model|\S\s+model\b")
#: a name followed by "model" after a closing quote or a word or two: '"Behemoth" AI model'
_FOLLOWED_BY_MODEL = re.compile(r"[\"'”’]?\s+(?:[\w-]+\s+){0,2}?(?:model|LLM)\b")
#: an appositive after a name that calls it a model: "Behemoth, the company's largest model"
_APPOSITIVE_MODEL = re.compile(
    r",\s+(?:the|its|their|Meta's|a|an)\s+[^,.;:()]{0,60}?\b(?:model|LLM)\b", re.I
)


#: a model word right before a name: "its most powerful upcoming model, Behemoth",
#: "an AI model called Behemoth"
_PRECEDED_BY_MODEL = re.compile(
    r"\b(?:model|LLM),?\s+(?:(?:called|named|dubbed|code-?named|code\s+named|nicknamed|"
    r"known as)\s+)?[\"'“‘]?$"
    # "AIモデル「Behemoth(ベヒモス)」", "AI 모델 '비히모스(Behemoth)'", "AI 모델인 '베헤모스'":
    # an AI or language model's name in quotes, with the Latin name glossing it or glossed;
    # not any "model" ("3Dモデル「ベヒーモス」" is a figure of the game monster)
    # ("인공지능(AI) 모델", "人工知能(AI)モデル" with the acronym in brackets)
    r"|(?:(?:AI\)?|언어) ?모델|(?:AI\)?|言語)\s?モデル|(?:AI\)?|大|语言|語言) ?模型|LLM)인?\s?"
    r"[「『'‘\"“](?:[^「」『』'‘’\"“”()（）]{1,12}[(（])?$"
)

#: the family's bare name ("LLaMA", "Llama"), which the catalog reads as the first model
_BARE_NAME = re.compile(r"(?:LLaMA|Llama|LLAMA)")
#: "Das neue LLaMA", "the latest Llama": a bare name called new is the post's version
NEW_BEFORE = re.compile(
    r"\b(?:new|newest|latest|neue|neuen|neues|neuer|neueste|neuesten|nuevo|nueva|nouveau|"
    r"nouvelle|nuovo|nuova)\s+$",
    re.I,
)
_VERSIONED = re.compile(r"Llama \d+(?:\.\d+)?$")

#: a versioned name glued by a hyphen to the German noun it heads: "die neuen
#: Llama-4-Modelle", "die Llama 3-Familie", "die Llama-2-Modellfamilie" (the catalog ends
#: a name at a word boundary, so "4-Modelle" hid the name, or left only the family word)
_COMPOUND_HEAD = re.compile(
    r"(\d)-(?=(?:Modell|Familie|Serie|Reihe|Generation|Version|Variante)[a-zäöü]*\b)"
)
#: the noun heads' capitals after a hyphen, without which the pattern cannot match
_COMPOUND_KEYS = ("-M", "-F", "-S", "-R", "-G", "-V")


def unglued(text: str) -> str:
    """Return ``text`` with a name's hyphen before a German noun it heads as a space.

    "Die neuen Llama-4-Modelle …" reads as "Llama-4 Modelle": the generation named,
    every position unchanged.
    """
    if not any(key in text for key in _COMPOUND_KEYS):
        return text
    return _COMPOUND_HEAD.sub(r"\1 ", text)


#: a licence named after the family with no version ("Meta Llama Community License"): the
#: word "Llama" there names the licence, not the family as what the sentence is about, so
#: a line such as "Licence: the Llama Community License" under a model's entry stays that
#: model's (a versioned name is masked already by ``mask_licenses``)
_FAMILY_LICENSE = re.compile(r"(?i:llama)(?:['’]s)?\s+(?i:community\s+licen[cs]e)")
#: the licence as the sentence's subject ("The Llama Community License bars …") speaks of
#: the family's licence as such: that stays a statement about the family
_SUBJECT_OPENING = re.compile(r"\W*(?:(?:the|Meta['’]s|Meta)\s+)?", re.I)


def _mask_family_licenses(text: str) -> str:
    """Blank out a licence named after the family alone, so it is no family mention."""
    if "ommunity" not in text:
        return text
    return _FAMILY_LICENSE.sub(
        lambda m: (
            m.group(0) if _SUBJECT_OPENING.fullmatch(text, 0, m.start()) else "L" * len(m.group(0))
        ),
        text,
    )


def for_mentions(text: str) -> str:
    """Return ``text`` as names are looked up in it: licence names blanked, names unglued."""
    return unglued(_mask_family_licenses(mask_licenses(text)))


def _post_versions(units: list[Unit], every: Mapping[str, list[Mention]]) -> list[str]:
    """Return the later Llama versions a post names: its title's first, else all in order."""
    versions: list[str] = []
    for unit in units:
        for mention in every.get(unit.clean, ()):
            if (
                mention.kind == "model"
                and _VERSIONED.match(mention.name)
                and mention.name != "Llama 1"
                and mention.name not in versions
            ):
                if unit.block == -1:
                    return [mention.name]
                versions.append(mention.name)
    return versions


def _new_bare_name_is_the_version(
    units: list[Unit], every: dict[str, list[Mention]], family_word: str
) -> None:
    """Give "Das neue LLaMA" in a Llama 3.1 post to Llama 3.1, not to the first model.

    The bare name is the catalog's first model; called new in a post about a later
    version it is that version (a post about the first model names no later one). In a
    post naming several later versions it is one of them, and which is unclear.
    """
    versions: list[str] | None = None
    for unit in units:
        mentions = every.get(unit.clean, [])
        for i, mention in enumerate(mentions):
            if not (
                mention.name == "Llama 1"
                and _BARE_NAME.fullmatch(unit.clean, mention.start, mention.end)
                and NEW_BEFORE.search(unit.clean[max(0, mention.start - 16) : mention.start])
            ):
                continue
            if versions is None:
                versions = _post_versions(units, every)
            if not versions:
                return
            if len(versions) == 1:
                mentions[i] = Mention(mention.start, mention.end, "model", versions[0])
            else:
                mentions[i] = Mention(mention.start, mention.end, "family", family_word)


#: "Llama 2 is the successor to Llama", "… le successeur de Llama", "… der Nachfolger von
#: Llama": the successor's predecessor, named by the family's bare name
_SUCCESSOR_OF = re.compile(
    r"(?:successor\s+(?:to|of)|successeur\s+d[eu]|sucesor\s+del?|sucessor\s+d[oa]|"
    r"Nachfolger\s+(?:von|des)|successore\s+d(?:i|el))\s+(?:the\s+|l['’]|el\s+|o\s+|il\s+)?"
    r"(?:original\s+|first\s+|premier\s+|erste[nmrs]?\s+)?$",
    re.I,
)


def _bare_name_as_predecessor(units: list[Unit], every: dict[str, list[Mention]]) -> None:
    """Read the family's bare name after "successor of" in a sentence naming Llama 2 as
    the first model: what Llama 2 succeeded ("Llama 2 est le successeur de Llama, un
    premier modèle …" speaks of Llama 1, not of the family)."""
    for unit in units:
        mentions = every.get(unit.clean, [])
        if not any(m.kind == "model" and m.name == "Llama 2" for m in mentions):
            continue
        for i, mention in enumerate(mentions):
            if (
                mention.kind == "family"
                and _BARE_NAME.fullmatch(unit.clean, mention.start, mention.end)
                and _SUCCESSOR_OF.search(unit.clean, max(0, mention.start - 40), mention.start)
            ):
                mentions[i] = Mention(mention.start, mention.end, "model", "Llama 1")


@dataclass(frozen=True, slots=True)
class PostTopics:
    """What a post is about, for reading its sentences."""

    new_names: tuple[str, ...] = ()  #: Meta model names the catalog does not know
    #: codenames tied to the names models ship under ("Muse Spark, codenamed Avocado")
    links: tuple[NameLink, ...] = ()
    topics: frozenset[str] = frozenset()  #: generations whose short names stand for members
    named_members: frozenset[str] = frozenset()  #: members the post names itself
    #: the members a generation's name stands for: those named, less any the post leaves
    #: out where it says which members it means ("Llama 4 (Scout + Maverick)")
    group_members: frozenset[str] = frozenset()
    #: every model the post names as a subject, in order of first mention
    models: tuple[str, ...] = ()
    #: each unit's mentions and mention groups, by its clean text
    unit_mentions: Mapping[str, list[Mention]] = field(default_factory=dict)
    unit_groups: Mapping[str, list[Group]] = field(default_factory=dict)
    #: the bare words the post made a model's name by introducing them marked
    #: ("AI 모델 '아보카도(Avocado)'", "「Avocado(アボカド)」"), and the pattern finding them
    aliases: Mapping[str, str] = field(default_factory=dict)
    alias_pattern: re.Pattern[str] | None = None


EMPTY_TOPICS = PostTopics()


def read_topics(units: list[Unit], catalog: ModelCatalog) -> PostTopics:
    """Read which models a post is about from all its units."""
    names: list[str] = []
    introduced: set[str] = set()
    for index, unit in enumerate(units):
        before = units[index - 1].clean if index and units[index - 1].block == unit.block else ""
        new, members = find_introduced(unit.clean, catalog, before)
        names.extend(name for name in new if name not in names)
        introduced.update(members)
    pairs = [
        (name, alias, unit.clean)
        for unit in units
        if has_link_cue(unit.clean)
        for name, alias in find_links(unit.clean)
    ]
    # "The model, known internally as Llama 5, …": an alias of the model just named
    pairs.extend(
        referent_pairs([u.clean for u in units], lambda text: models_named(text, catalog, names))
    )
    links = resolve_links(pairs, catalog, names) if pairs else []
    # "Quill Crest (codenamed Avocado)": the tracked codename vouched for the shipped
    # name, so the post's later "Quill Crest" mentions are the model's too
    names.extend(
        link.name for link in links if link.name not in names and catalog.entry(link.name) is None
    )
    # "its flagship AI model, 'Behemoth'": a member introduced by its short name as
    # Meta's model makes its generation the topic, as naming the generation would
    topics: set[str] = {catalog.generation_of(m) or "" for m in introduced} - {""}
    shorts: dict[str, set[str]] = {}
    every: dict[str, list[Mention]] = {}
    for unit in units:
        mentions = catalog.find_mentions(
            for_mentions(unit.clean), short_names=True, new_names=names
        )
        every[unit.clean] = mentions
    _new_bare_name_is_the_version(units, every, catalog.family_word)
    _bare_name_as_predecessor(units, every)
    for unit in units:
        mentions = every[unit.clean]
        for mention in mentions:
            if mention.kind == "generation":
                topics.add(mention.name)
            elif mention.kind == "model" and mention.short:
                generation = catalog.generation_of(mention.name) or ""
                shorts.setdefault(generation, set()).add(mention.name)
            elif mention.kind == "model":
                parent = catalog.generation_of(mention.name)
                if parent and parent in catalog.generations:
                    topics.add(parent)
    # "Meta's Behemoth model", "Behemoth, the company's largest model": a short
    # name used as a model's name makes the topic.
    for unit in units:
        for mention in every.get(unit.clean, ()):
            if mention.short and (
                _NAMED_AS_MODEL.search(unit.clean[max(0, mention.start - 8) : mention.end + 8])
                or _APPOSITIVE_MODEL.match(unit.clean, mention.end)
                or _FOLLOWED_BY_MODEL.match(unit.clean, mention.end)
                or _PRECEDED_BY_MODEL.search(unit.clean, max(0, mention.start - 40), mention.start)
            ):
                topics.add(catalog.generation_of(mention.name) or "")
    # Two members' short names together ("Scout and Maverick") make the topic too.
    topics.update(g for g, members in shorts.items() if len(members) > 1)
    aliases = _introduced_aliases(units, every, catalog, topics)
    alias_pattern = _alias_pattern(aliases)
    if alias_pattern is not None:
        for text, mentions in every.items():
            every[text] = with_aliases(text, mentions, aliases, alias_pattern)
    # Short names stand for a member only once its generation is the topic.
    unit_mentions = {
        text: [m for m in mentions if not m.short or catalog.generation_of(m.name) in topics]
        for text, mentions in every.items()
    }
    # A member's own name makes it named; lists of names do not depend on which members
    # are named, so one pass finds them all.
    named_members: set[str] = set()
    # Grouping and baselines depend on the text alone: each text is drafted once and its
    # generations resolved for the members named so far, then for the post's members.
    drafts = {text: draft_groups(text, mentions) for text, mentions in unit_mentions.items()}
    first_groups: dict[str, list[Group]] = {}
    for unit in units:
        groups = first_groups.get(unit.clean)
        if groups is None:
            groups = first_groups[unit.clean] = resolve_groups(
                drafts[unit.clean], catalog, named_members
            )
        for group in groups:
            if group.baseline:
                continue
            if not group.generic:
                named_members.update(m for m in group.models if catalog.generation_of(m) in topics)
    # Generation groups stand for the members named anywhere in the post, or for those
    # the post lists in brackets right after the generation's name.
    defined = _bracketed_members(units, unit_mentions, catalog)
    left_out = {
        m
        for generation, members in defined.items()
        for m in catalog.generation_members(generation)
        if m not in members
    }
    group_members = frozenset(named_members - left_out)
    unit_groups: dict[str, list[Group]] = {}
    models: list[str] = []
    for unit in units:
        groups = unit_groups.get(unit.clean)
        if groups is None:
            groups = unit_groups[unit.clean] = resolve_groups(
                drafts[unit.clean], catalog, group_members
            )
        for group in groups:
            if group.baseline:
                continue
            for model in group.models:
                if model not in models:
                    models.append(model)
    return PostTopics(
        new_names=tuple(names),
        links=tuple(links),
        topics=frozenset(topics),
        named_members=frozenset(named_members),
        group_members=group_members,
        models=tuple(models),
        unit_mentions=unit_mentions,
        unit_groups=unit_groups,
        aliases=aliases,
        alias_pattern=alias_pattern,
    )


_HANGUL = "\uac00-\ud7a3"
_KATAKANA = "\u30a1-\u30fa\u30fc"
_HAN = "\u4e00-\u9fff"
#: a name written in Hangul, katakana or Chinese characters
_SCRIPT_NAME = rf"(?:[{_HANGUL}]{{2,8}}|[{_KATAKANA}]{{2,10}}|[{_HAN}]{{2,6}})"
_OPEN = r"\s?[(（]\s?"
_HAN_WORD = re.compile(f"[{_HAN}]+")
_CLOSE = r"\s?[)）]"
#: a name in another script as a gloss stands: in quotes, or (Hangul and katakana,
#: which set their words apart) with no letter of its script before it
_GLOSS_WORD = (
    rf"(?:[\"'“‘「『](?P<quoted>{_SCRIPT_NAME})[\"'”’」』]"
    rf"|(?<![{_HANGUL}])(?P<hangul>[{_HANGUL}]{{2,8}})"
    rf"|(?<![{_KATAKANA}])(?P<katakana>[{_KATAKANA}]{{2,10}}))"
)
#: a gloss: the name in another script right before the Latin name in brackets
#: ("아보카도(Avocado)", "“牛油果”(Avocado)"), or in brackets after it ("Avocado(アボカド)")
_GLOSS_BEFORE = re.compile(rf"{_GLOSS_WORD}{_OPEN}$")
_GLOSS_AFTER = re.compile(rf"[\"'”’」』]?{_OPEN}(?P<word>{_SCRIPT_NAME}){_CLOSE}")
_CLOSE_AFTER = re.compile(_CLOSE)
#: how far a gloss stands from the name it glosses ("아보카도(Avocado)", "Avocado”(牛油果"):
#: the gloss itself is no second mention of the model
_GLOSS_GAP = 3
#: words that say a glossed name is a model's, in the sentence that glosses it
_MODEL_CUE = re.compile(
    r"AI|LLM|모델|코드명|코드네임|프로젝트|モデル|コードネーム|コード名|プロジェクト|"
    r"模型|代号|代號|项目|項目"
)


def _introduced_aliases(
    units: list[Unit],
    every: Mapping[str, list[Mention]],
    catalog: ModelCatalog,
    topics: set[str],
) -> dict[str, str]:
    """Return the bare words a post makes a model's name, with the model each names.

    A codename in Hangul, katakana or Chinese characters ("아보카도", "アボカド", "牛油果")
    is also the fruit: the catalog finds it only beside a codename marker. Once the
    post introduces it so, or glosses it with the model's Latin name in a sentence
    about a model ("AI 모델 '아보카도(Avocado)'", "代号为“牛油果”(Avocado)"), its
    later bare mentions ("아보카도는 …", "アボカドは…") are the model's too; so are a
    member's under its generation ("「Behemoth(ベヒモス)」" in a post about Llama 4).
    """
    aliases: dict[str, str] = {}
    for unit in units:
        text = unit.clean
        for mention in every.get(text, ()):
            if mention.kind not in ("model", "new") or (
                mention.short and catalog.generation_of(mention.name) not in topics
            ):
                continue  # a member's short name names it only under its generation
            written = text[mention.start : mention.end]
            if re.fullmatch(_SCRIPT_NAME, written):
                # found by the catalog beside a codename marker
                aliases.setdefault(written, mention.name)
                continue
            if ("(" not in text and "（" not in text) or not _MODEL_CUE.search(text):
                continue  # a gloss stands in brackets, in a sentence about a model
            before = _GLOSS_BEFORE.search(text, max(0, mention.start - 16), mention.start)
            if before and _CLOSE_AFTER.match(text, mention.end):
                word = before.group("quoted") or before.group("hangul") or before.group("katakana")
                aliases.setdefault(word, mention.name)
            after = _GLOSS_AFTER.match(text, mention.end)
            if after and not (
                _HAN_WORD.fullmatch(after.group("word"))
                and (catalog.generation_of(mention.name) or len(after.group("word")) > 4)
            ):
                # (a bracket of Chinese characters after a member's name explains it
                # rather than names it: "Llama 4 Scout(意即偵察兵)")
                aliases.setdefault(after.group("word"), mention.name)
    return aliases


def _alias_pattern(aliases: Mapping[str, str]) -> re.Pattern[str] | None:
    """Return one pattern for the post's aliases, each where its script lets a word
    stand: no Hangul syllable before a Hangul name (its particles follow it), no
    katakana on either side of a katakana one."""
    if not aliases:
        return None
    forms = []
    for word in sorted(aliases, key=len, reverse=True):
        escaped = re.escape(word)
        if re.match(f"[{_HANGUL}]", word):
            forms.append(f"(?<![{_HANGUL}]){escaped}")
        elif re.match(f"[{_KATAKANA}]", word):
            forms.append(f"(?<![{_KATAKANA}]){escaped}(?![{_KATAKANA}])")
        else:
            forms.append(escaped)
    return re.compile("|".join(forms))


def with_aliases(
    text: str,
    mentions: list[Mention],
    aliases: Mapping[str, str],
    pattern: re.Pattern[str],
) -> list[Mention]:
    """Return ``mentions`` with the post's aliases found in ``text`` added, in order."""
    added = [
        Mention(m.start(), m.end(), "model", aliases[m.group(0)])
        for m in pattern.finditer(text)
        if not any(
            o.start < m.end() + _GLOSS_GAP
            and o.end > m.start() - _GLOSS_GAP
            and ((o.start < m.end() and o.end > m.start()) or o.name == aliases[m.group(0)])
            for o in mentions
        )
    ]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


#: "Llama 4 (Scout + Maverick)": brackets right after a generation's name that list the
#: members it means, joined by "+", "and", "&", "/" or commas, and nothing else
_MEMBER_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_MEMBER_BRACKET_JOIN = re.compile(r"\s*(?:\+|&|/|,\s*(?:and\s+)?|and)\s*")
_MEMBER_BRACKET_CLOSE = re.compile(r"\s*\)")


def _bracketed_members(
    units: list[Unit], unit_mentions: Mapping[str, list[Mention]], catalog: ModelCatalog
) -> dict[str, frozenset[str]]:
    """Return the generations a post defines by listing members in brackets after them.

    "Meta released Llama 4 (Scout + Maverick)": the post means those two by "Llama 4",
    and a member it names elsewhere ("Behemoth … was promised but not shipped") is not
    what its later "Llama 4 was …" is said of.
    """
    defined: dict[str, set[str]] = {}
    for unit in units:
        text = unit.clean
        if "(" not in text:
            continue
        mentions = sorted(unit_mentions.get(text, ()), key=lambda m: m.start)
        for i, mention in enumerate(mentions):
            if mention.kind != "generation":
                continue
            opening = _MEMBER_BRACKET_OPEN.match(text, mention.end)
            if opening is None:
                continue
            members: list[str] = []
            at = opening.end()
            for inner in mentions[i + 1 :]:
                if inner.start != at or catalog.generation_of(inner.name) != mention.name:
                    break
                members.append(inner.name)
                join = _MEMBER_BRACKET_JOIN.match(text, inner.end)
                at = join.end() if join else inner.end
            if len(members) > 1 and _MEMBER_BRACKET_CLOSE.match(
                text, mentions[i + len(members)].end
            ):
                defined.setdefault(mention.name, set()).update(members)
    return {generation: frozenset(members) for generation, members in defined.items()}
