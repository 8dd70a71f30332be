"""Mentions: which models a sentence names, grouped into lists and told apart from baselines.

"Scout and Maverick" is one group, said of together; "outperforms Llama 3.1 405B" or
"fine-tuned on Llama 3.1 8B" names a baseline, not the subject. A generation ("Llama 4
models") stands for the members the post names. A ``Target`` is what a value is said of.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from llamawatch.extractors import languages as L
from llamawatch.extractors import readers as R
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.models import Mention, ModelCatalog

#: "Scout, Maverick, and the in-training Behemoth": a word holding the last member back
#: does not end the list (binding scopes that word to its member)
_GROUP_JOIN = re.compile(
    r"\s*[\"']?\s*(?:,\s*(?:and|or)?|&|and|or|nor|/|as well as|plus)\s*"
    r"(?:the\s+(?:(?:still[\s-]+)?in[\s-]training\s+|(?:still[\s-]+)?unreleased\s+|"
    r"upcoming\s+)?)?[\"']?\s*",
    re.I,
)

#: "Scout und Maverick", "Scout y Maverick", "Scout 和 Maverick", "Scout và Maverick",
#: "Scout и Maverick", "Scout ve Maverick", "Scout dan Maverick", "Scout en Maverick",
#: "Scout i Maverick", "Scout وMaverick":
#: lists in other languages
_FOREIGN_GROUP_JOIN = re.compile(
    r"\s*[\"'「」『』‘’“”]?\s*(?:,\s*(?:und|oder|y|o|e|ou|et|ed|và|hoặc)?|、|,|،\s*و?|和|与|與|及|以及|跟|"
    r"と|および|及び|"
    # Korean joins a list with a particle glued to the name before it ("Scout와 Maverick",
    # "Scout 및 Maverick"), so a space must follow it
    r"(?:와|과|및|하고|이랑|랑)(?=\s)|und|oder|y|o|e|ou|"
    r"et|ed|và|hoặc|и|или|ve|veya|dan|atau|en|of|i|oraz|lub|albo|"
    # Arabic glues "and" to the name after it ("Scout وMaverick", "Scout و Maverick")
    r"و)"
    r"\s*(?:(?:die|der|das|el|la|los|le|les|o|a|il|lo)\s+)?[\"'「」『』‘’“”]?\s*",
    re.I,
)
_FOREIGN_BASELINE_KEYS = L.gate_keys("baseline_before")
_BASELINE_KEYS = (
    "than", "over", "vs", "versus", "compar", "relative", "predecessor", "unlike", "tuned",
    "based", "built", "build", "derived", "distilled", "outperform", "beat", "surpass", "successor",
    "replac", "upgrade", "up from", "improvement", "similar", "as with", "match", "rival",
    "on par", "ahead", "behind", "trail", "such as", "including", "from", "that of",
    "as well as", "as good", "as strong", "as capable", "competitive", "against", "pruned",
    "twice", "double", "triple", "half", "times", "down from", "training of", "version of",
    "variant of", "fork of", "derivative of", "distillation of", "performance of", "quality of",
    "level of", "capabilities of", "results of", "score of", "scores of", "tuning of",
    "approach of", "design of", "recipe of", "footsteps of",
)  # fmt: skip

#: a fronted time phrase "shortly/months after <name>," in the languages read: the name
#: is a point in time, not the subject ("Pouco depois do Llama 1, a Meta lançou …")
_SOON_AFTER_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n)\s*(?:(?:(?:only|just)\s+)?(?:shortly|soon|not long|"
    r"(?:a|one|two|three|four|five|six|a few|few|several|\d+)\s+(?:days?|weeks?|months?|years?))"
    r"\s+(?:after|following)"
    r"|(?:poco|pouco|un poco|peu|poco|kurz|wenige (?:wochen|monate))\s+"
    r"(?:después|despues|depois|après|apres|dopo|nach)"
    r")\s+(?:(?:de|del|do|da|dem|der)\s+)?(?:(?:Meta|Facebook)['’]s\s+|(?:el|o|il|lo)\s+)?$",
    re.I,
)
#: the name alone ends the phrase: a comma, or German's verb in second place ("Kurz nach
#: Llama 1 hat Meta …"); "after Llama 1 leaked in March," has a verb of its own and stays
_SOON_AFTER_END = re.compile(
    r"(?:['’]s\s+(?:release|launch|debut))?\s*,"
    r"|\s+(?:hat|hatte|brachte|veröffentlichte|stellte|kam|folgte|erschien)\b"
)

_ONE_MEMBER = re.compile(
    r"\b(?:its|the|their|a|an)\s+(?:\w+\s+)?(?:largest|biggest|smallest|most \w+|new|next|"
    r"flagship|top|upcoming)\s+(?:[\w-]+\s+)?$",
    re.I,
)

_SINGLE_MODEL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?model\b(?!s)", re.I)

CONTRAST_OPENING = re.compile(
    r"\s*(?:Unlike|Like|Compared (?:to|with)|In contrast to|As with|Similar to|Just like)\b"
)

_SUCCESSOR_TO = V.Gated(
    re.compile(
        r"\b(?:successor|follow-up|sequel)\s+(?:to|of)\s+(?:the\s+|its\s+|Meta['’]s\s+)?"
        r"(?:(?:last|this)\s+(?:year|month)['’]s\s+|(?:original|earlier|previous|older)\s+)+$",
        re.I,
    ),
    ("successor", "follow-up", "sequel"),
)
#: "quadrupled the vocabulary of Llama 2", "the 8,192-token limit in Llama 3", "a point
#: update to Llama 3", "a change from Llama 2", "the next stop after Llama 3": the name
#: is what the subject is measured against or follows
_COMPARED_BEFORE = V.Gated(
    re.compile(
        r"(?:\b(?:from|over|than|beyond|past|quadrupl\w*|doubl\w*|tripl\w*|exceed\w*|extend\w*)\s+"
        r"(?:the\s+)?(?:[\w,.-]+\s+){0,2}(?:vocabulary|limit|ceiling|maximum|window|context)\s+"
        r"(?:of|in)|"
        r"\b(?:update|upgrade|change|departure|shift|step up|jump|leap)\s+(?:to|from|over)|"
        r"\bnext\W{0,3}\s*(?:stop|step|chapter)\W{0,3}\s*after|"
        # "built directly on the foundation of Llama 3", "on top of the existing Llama 3.1"
        r"\b(?:foundation|basis|groundwork|backbones?)\s+of|\bon\s+top\s+of)\s+"
        r"(?:the\s+|its\s+|Meta['’]s\s+)?(?:original\s+|earlier\s+|previous\s+|existing\s+)?$",
        re.I,
    ),
    ("vocabulary", "limit", "ceiling", "maximum", "window", "context", "update", "upgrade",
     "change", "departure", "shift", "step up", "jump", "leap", "next", "foundation", "basis",
     "groundwork", "backbone", "top"),
)  # fmt: skip
#: the verbs of a comparison ("matches", "beats", "outperforms" …), for binding too
VERSUS_VERB = r"(?:match|exceed|beat|surpass|rival|outperform|equal|outscore|outclass)\w*"
#: "matches or exceeds the 405B Llama 3.1", "rivals and even beats Llama 3", "exceeds
#: Llama 2": two comparison verbs joined, or "exceed", make the name after them what
#: the subject is measured against (a size before the name included)
_JOINED_COMPARISON = V.Gated(
    re.compile(
        rf"(?:\b{VERSUS_VERB}\s+(?:or|and)\s+(?:even\s+|sometimes\s+|often\s+)?{VERSUS_VERB}"
        r"|\bexceed(?:s|ed|ing)?)\s+"
        r"(?:the\s+|its\s+|Meta['’]s\s+)?(?:much\s+)?(?:larger\s+|bigger\s+|original\s+)?"
        r"(?:~?[\d.]+\s?[BMT](?:[\s-]+param\w*)?\s+)?$",
        re.I,
    ),
    ("match", "exceed", "beat", "surpass", "rival", "outperform", "equal", "outscore",
     "outclass"),
)  # fmt: skip
#: "gains over the previous generation (Llama 3.1 70B)", "smaller than its predecessor
#: (Llama 2)": a name in brackets after the compared noun is that noun's name
_BRACKETED_COMPARED = V.Gated(
    re.compile(
        r"\b(?:over|than|vs\.?|versus|from|compared (?:to|with)|relative to)\s+"
        r"(?:the\s+|its\s+|their\s+|Meta['’]s\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:generation|predecessor|version|model|release|iteration|one)s?\s*\(\s*$",
        re.I,
    ),
    ("(",),
)
#: "built on their existing Llama 2 model", "based on Meta's current Llama 3", "taking
#: the existing Llama 2": an adjective between the base cue and the name does not make
#: the base the subject
_EXISTING_BASE = V.Gated(
    re.compile(
        r"\b(?:buil(?:t|ds?|ding)|based|trained|tuned|derived|distilled)\s+(?:on|upon|from)\s+"
        r"(?:top\s+of\s+)?(?:the|its|their|Meta['’]s)\s+(?:own\s+)?(?:existing|current|earlier|"
        r"prior|older|proven|popular|flagship|open|open-source|open-weight)\s+$"
        # "taking the existing Llama 2 model and training it further on code"
        r"|\b(?:taking|took|takes|start(?:ing|ed|s)?\s+(?:from|with))\s+(?:the|its|their)\s+"
        r"(?:existing|pre-?trained|base)\s+$",
        re.I,
    ),
    ("existing", "current", "earlier", "prior", "older", "proven", "popular", "flagship",
     "open", "trained", "base"),
)  # fmt: skip
#: "faster than other models like Llama 2 70B", "beats rivals such as Llama 3": the
#: compared thing is a kind of model, and the name after "like" one example of it
_COMPARED_KIND_EXAMPLE = V.Gated(
    re.compile(
        r"\b(?:than|over|versus|vs\.?|against|outperform\w*|beats?|beating|surpass\w*|"
        r"compared\s+(?:to|with)|rivals?|ahead\s+of)\s+(?:[\w-]+\s+){1,4}?"
        r"(?:like|such\s+as|including|e\.g\.,?)\s+(?:the\s+)?$",
        re.I,
    ),
    ("like", "such", "including", "e.g"),
)
#: a derived variant named by its base: "the quantized Llama 3.2 1B", "distilled Llama 3"
_VARIANT_BEFORE = V.Gated(
    re.compile(
        r"\b(?:quantized|quantised|distilled|pruned|abliterated|uncensored)\s+"
        r"(?:versions?\s+of\s+|variants?\s+of\s+)?(?:the\s+|Meta['’]s\s+)?$",
        re.I,
    ),
    ("quantized", "quantised", "distilled", "pruned", "abliterated", "uncensored"),
)
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s")
#: the word for an earlier model set right before its name, in the languages read: "than
#: its predecessor, X", "par rapport à la version précédente, X", "im Vergleich
#: zu seinem Vorgänger, X"; a comparison word before it makes the name
#: what the subject is measured against, as if it stood right before the name
_APPOSED_PREDECESSOR = V.Gated(
    re.compile(
        r"(?<![\w'’])(?:(?:the|its|their|le|la|l['’]|son|sa|leur|el|su|der|die|das|dem|den|"
        r"seinem|seiner|seinen|ihrem|ihrer|il|lo|suo|sua|o|a|seu)\s*)*"
        r"(?:predecessors?|forerunners?|(?:previous|prior|earlier|older|original|first)\s+"
        r"(?:version|model|generation|release|iteration)|prédécesseur|précurseur|"
        r"(?:version|modèle|génération)\s+(?:précédente?|antérieure?)|ancienne\s+version|"
        r"Vorgänger(?:modell|version)?|Vorversion|predecesor|antecesor|antecessor|predecessore|"
        r"(?:versión|modelo|generación|versão|geração|versione|modello|generazione)\s+"
        r"(?:anterior|precedente))"
        r"\s*,?\s*$",
        re.I,
    ),
    ("predecessor", "forerunner", "previous", "prior", "earlier", "older", "original", "first",
     "prédécesseur", "précurseur", "précédent", "antérieur", "ancienne", "vorgänger",
     "vorversion", "predecesor", "antecesor", "antecessor", "predecessore", "anterior",
     "precedente"),
)  # fmt: skip
#: the name closes the apposition: a comma, a stop or a bracket after it (not a verb: in
#: "Compared with its predecessor, Llama 3 has …" the name is the subject)
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)")
#: "Just like its predecessor, Llama Guard 1, …": a comma that sets the compared model's
#: name off after the word for it, inside the contrast rather than ending it
_APPOSED_KIN = re.compile(
    r"\b(?:predecessors?|successors?|forerunners?|ancestors?|siblings?|cousins?)\s*,\s*$", re.I
)
#: "a direct descendant of Llama 2", "an evolution of Llama 3": the older model the
#: subject comes from
_LINEAGE_BEFORE = V.Gated(
    re.compile(
        r"\b(?:descendant|offspring|outgrowth|evolution|heir)\s+(?:of|to)\s+(?:the\s+)?$", re.I
    ),
    ("descendant", "offspring", "outgrowth", "evolution", "heir"),
)
#: "a Llama 2-based safeguard model", "Llama 3.1-powered assistants": the name is what
#: the thing is built on, not what the sentence is about
_BASE_AFTER = re.compile(
    r"[\s-]?(?:based|powered|derived|fine-?tuned|finetuned|distilled)\b(?!\s+(?:on|in|at|from)\b)",
    re.I,
)
#: the same after the name in Japanese, Korean and Chinese, where the base marker follows
#: it: "「Llama-2」にならって" (modelled on), "Llama 3シリーズをベースに" (taking it as the
#: base), "Llama 3를 기반으로", "以 Llama 2 为基础"
_CJK_BASE_AFTER = re.compile(
    r"\s?(?:シリーズ|系列)?[」』\"”’]?\s?(?:(?:を|に|が)\s?(?:ベース|基に|もとに|元に|基づ|ならっ|なら|倣っ)|"
    r"(?:을|를)?\s?기반(?:으로|한|의)|(?:为|為|作为|作為)基[础礎])"
)
#: a multiple of the name in Japanese, Korean and Chinese, where it follows the name:
#: "「Llama 2」の7倍のデータ", "「Llama 3」の10倍以上", "라마 2의 7배", "Llama 2 的 7 倍": the
#: name is what the subject is measured against
_CJK_MULTIPLE_AFTER = re.compile(
    r"\s?[」』\"”’]?\s?(?:の|의|的)\s?(?:約|约|약|およそ)?\s?"
    r"(?:\d+(?:\.\d+)?|[两兩二三四五六七八九十几幾多])\s?(?:倍|배)"
)
#: a comparison marker after the name in Japanese and Korean, which put it where English
#: puts "than", "like" or "compared with" before the name: "Llama 3.1 70Bよりも優れた"
#: (better than), "Scoutと同様に、このモデルは…" (like Scout, this model …), "Llama 3モデル
#: から16倍" (sixteen times the Llama 3 model's), "라마 3보다", "라마 3에 비해", "라마 3와
#: 마찬가지로": the name is what the subject is measured against (a size or the word for
#: model may stand between the name and the marker). Not "unlike" ("와 달리", "と異なり"):
#: a modifier before that name states the name's own facts ("학술 전용인 라마1과 달리")
_CJK_COMPARED_AFTER = re.compile(
    r"(?:\s?\d+(?:\.\d+)?\s?[BMTK](?![A-Za-z]))?\s?(?:モデル|シリーズ|모델|시리즈)?[」』\"”’']?\s?"
    r"(?:と(?:比べ|比較|同様|同じく|同じよう|同等)|に(?:比べ|比較し|匹敵)|"
    r"よりも?|から\s?(?:約)?\d+(?:\.\d+)?\s?倍|"
    r"を(?:上回|超え|凌)|"
    r"보다|에\s?비(?:해|하면|하여|교)|(?:와|과)\s?(?:비교|마찬가지|같이|동등|비슷)|처럼|"
    r"(?:을|를)\s?(?:능가|뛰어넘|앞서|넘어서))"
)
#: "In the Llama Guard paper, the Llama2-7b model was fine-tuned on …": a sentence that
#: opens on one model's paper or report speaks of that model; another model it names
#: is its base or its comparison
_DOCUMENT_OPENING = re.compile(
    r"\s*(?:In|According\s+to|Per|As\s+(?:described|shown|noted)\s+in)\s+(?:the\s+)?"
    r"(?P<doc>[^,;:.]{2,50}?)['’]?s?\s+(?:research\s+|technical\s+|original\s+)?"
    r"(?:paper|report|model\s+card|whitepaper|white\s+paper)\s*,",
    re.I,
)
#: "a variant of Meta's Llama 3.1": the maker's possessive between the cue and the name
_MAKER_POSSESSIVE = V.Gated(
    # also the German genitive ("größer als Metas Llama 3.1": larger than Meta's) and
    # the Chinese possessive ("超越Meta的Llama2-70B": outdoes Meta's Llama2-70B)
    re.compile(r"(?<![A-Za-z])(?:Meta|Facebook)(?:['’]?s\s+|\s?(?:公司)?的\s?)$"),
    ("meta", "facebook"),
)
#: a Chinese comparison framed around the name: "与 <X> 相当 / 不同 / 相比 / 竞争"
#: (on a par with, unlike, compared with, competing with X; a few words may stand
#: between "与" and the name), "是 <X> 的 7 倍" (seven times X): X is what the subject
#: is measured against, even where the marker is not right before it
_FRAMED_BEFORE = re.compile(r"(?:[与與跟同](?:[^，,。；;：:！？!?、]{0,15}?)|是\s?)$")
_FRAMED_AFTER = re.compile(
    r"[^，,。；;：:！？!?]{0,14}?(?:相当|相當|媲美|持平|竞争|競爭|不同|相比|相較|相较|比较|比較|"
    r"对比|對比|一样|一樣|类似|類似|看齐|看齊|不相上下|较量|較量|平分秋色)"
)
_MULTIPLE_AFTER = re.compile(
    r"\s?的?\s?[^，,。；;：:]{0,4}?(?:\d+(?:\.\d+)?|[两兩二三四五六七八九十几幾多])\s?倍"
)


@dataclass(frozen=True, slots=True)
class Group:
    """Mentions listed together ("Scout and Maverick"), said of together."""

    start: int
    end: int
    models: tuple[str, ...]
    generic: bool  #: a generation statement expanded to its members
    baseline: bool  #: named as a comparison or base model, not the subject
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Target:
    """The models a value is said of, and how the sentence came to them."""

    models: tuple[str, ...]
    generic: bool = False
    sentence_models: frozenset[str] = frozenset()
    #: the models are named in the sentence (not referred back to)
    named: bool = False


#: the value is said of something else (another lab's model, a product): of no model
ELSEWHERE = Target(())

#: marks a labelled sentence whose label makes the model in focus its topic
TOPIC = Target(("<topic>",))


@dataclass(frozen=True, slots=True)
class Focus:
    """The models a post is talking about, for references back ("the model", "it")."""

    models: tuple[str, ...] = ()
    generic: bool = False


def mask_licenses(text: str) -> str:
    """Blank out licence names so "Llama 2 Community License" is not a mention of Llama 2."""
    if "icen" not in text and "ICEN" not in text and "AUP" not in text and "olicy" not in text:
        return text
    return V.LICENSE_NAME.sub(lambda m: "L" * len(m.group(0)), text)


#: what lies between two compared names: "on all benchmarks and", "in reasoning, and"
_CONTINUED_COMPARISON = re.compile(
    r"\s+(?:on|in|across|at|for)\b[^,;.:()]{0,50}?(?:,?\s+(?:and|but)|,)\s+(?:also\s+|even\s+)?"
)

#: the second name ends its clause or takes a like phrase ("… on many"), not a verb
_PARALLEL_AFTER = re.compile(r"\s*(?:[.;,)]|$)|\s+(?:on|in|across|at|for)\b")


@dataclass(frozen=True, slots=True)
class GroupDraft:
    """A group as the sentence alone makes it: its mentions and baseline flag.

    Which members a generation in it stands for depends on the post
    (:func:`resolve_groups`); all else here depends on the text only, so a text whose
    groups are wanted for two sets of members is drafted once.
    """

    start: int
    end: int
    baseline: bool
    mentions: tuple[Mention, ...]
    #: per mention: a generation that names one of its members ("its largest Llama 4
    #: model"), which stands for none of them
    one_member: tuple[bool, ...]


def find_groups(
    text: str,
    found: Sequence[Mention],
    catalog: ModelCatalog,
    named_members: Collection[str],
) -> list[Group]:
    """Group a sentence's mentions into lists said of together, each with its baseline flag.

    A generation stands for the members the post names (``named_members``).
    """
    return resolve_groups(draft_groups(text, found), catalog, named_members)


def resolve_groups(
    drafts: Sequence[GroupDraft], catalog: ModelCatalog, named_members: Collection[str]
) -> list[Group]:
    """Return the groups of ``drafts``, a generation standing for ``named_members``."""
    result: list[Group] = []
    for draft in drafts:
        models: list[str] = []
        generic = False
        for mention, one_member in zip(draft.mentions, draft.one_member, strict=True):
            if one_member:
                generic = True
            elif mention.kind == "generation":
                generic = True
                models.extend(
                    m for m in catalog.generation_members(mention.name) if m in named_members
                )
            else:
                models.append(mention.name)
        result.append(
            Group(
                draft.start,
                draft.end,
                tuple(dict.fromkeys(models)),
                generic,
                draft.baseline,
                draft.mentions,
            )
        )
    return result


def _framed_comparison(text: str, start: int, end: int) -> bool:
    """Return True for a name inside a Chinese comparison frame ("与 X 相当", "是 X 的 7 倍")."""
    framed = _FRAMED_BEFORE.search(text, max(0, start - 18), start)
    if framed is None:
        return False
    if framed.group().startswith("是"):
        return _MULTIPLE_AFTER.match(text, end) is not None
    return _FRAMED_AFTER.match(text, end) is not None


#: the brackets around a name's gloss in another script ("'스카우트(Scout)'와 …")
_GLOSS_OPEN = re.compile(r"\s?[(（]\s?")
_GLOSS_CLOSE = re.compile(r"\s?[)）]")


def _past_gloss(text: str, members: Sequence[Mention]) -> int:
    """Return where a list's last name ends, past the bracket closing its gloss."""
    end = members[-1].end
    if len(members) > 1 and members[-1].name == members[-2].name:
        close = _GLOSS_CLOSE.match(text, end)
        return close.end() if close else end
    return end


def draft_groups(text: str, found: Sequence[Mention]) -> list[GroupDraft]:
    """Group a sentence's mentions into lists and flag the baselines (see ``find_groups``)."""
    mentions = [m for m in found if m.kind != "family"]
    groups: list[list[Mention]] = []
    for mention in mentions:
        end = _past_gloss(text, groups[-1]) if groups else 0
        if groups and (
            _GROUP_JOIN.fullmatch(text, groups[-1][-1].end, mention.start)
            or (
                L.reading_other_language()
                and (
                    _FOREIGN_GROUP_JOIN.fullmatch(text, end, mention.start)
                    # the same name glossed in another script in brackets: "스카우트(Scout)"
                    or (
                        mention.name == groups[-1][-1].name
                        and _GLOSS_OPEN.fullmatch(text, end, mention.start)
                    )
                )
            )
        ):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    result: list[GroupDraft] = []
    document = _DOCUMENT_OPENING.match(text)
    for members in groups:
        start, end = members[0].start, members[-1].end
        before = text[max(0, start - 60) : start]
        # "a variant of Meta's Llama 3.1" is "a variant of Llama 3.1": the possessive
        # names whose model the base is, and must not hide the cue before it.
        before = _MAKER_POSSESSIVE.sub("", before)
        lowered_before = before.lower()
        baseline = (
            R.has_any(lowered_before, _BASELINE_KEYS)
            or (L.reading_other_language() and R.has_any(lowered_before, _FOREIGN_BASELINE_KEYS))
        ) and bool(V.BASELINE_BEFORE.search(before))
        if not baseline and _COMPARED_BEFORE.search(before):
            baseline = True
        if not baseline and L.reading_other_language() and _framed_comparison(text, start, end):
            baseline = True
        if (
            not baseline
            and result
            and result[-1].baseline
            and _CONTINUED_COMPARISON.fullmatch(text, result[-1].end, start)
            and _PARALLEL_AFTER.match(text, end)
        ):
            # "outperforms Llama 2 13B on all benchmarks and Llama 1 34B on many": the
            # second name continues the comparison, a baseline like the first.
            baseline = True
        if not baseline and (
            _JOINED_COMPARISON.search(before)
            or _BRACKETED_COMPARED.search(before)
            or _EXISTING_BASE.search(before)
        ):
            baseline = True
        if not baseline and _COMPARED_KIND_EXAMPLE.search(before):
            baseline = True
        if not baseline and _LINEAGE_BEFORE.search(before):
            baseline = True
        if not baseline and _VARIANT_BEFORE.search(before):
            # "the quantized Llama 3.2 1B and 3B models support 8K tokens": a quantized
            # or distilled variant's values are the variant's, not the model's.
            baseline = True
        if not baseline and text[end : end + 1] == "-" and _BASE_AFTER.match(text, end):
            baseline = True
        if (
            not baseline
            and L.reading_other_language()
            and (
                _CJK_BASE_AFTER.match(text, end)
                or _CJK_MULTIPLE_AFTER.match(text, end)
                or _CJK_COMPARED_AFTER.match(text, end)
            )
        ):
            baseline = True
        if (
            not baseline
            and (kin := _APPOSED_PREDECESSOR.search(before)) is not None
            and _APPOSITION_CLOSES.match(text, end)
            and V.BASELINE_BEFORE.search(before[: kin.start()])
        ):
            # "more efficient than its predecessor, Llama 1.": the name is the
            # predecessor's, and the comparison before the word for it reaches it
            baseline = True
        if not baseline and _SOON_AFTER_BEFORE.search(before) and _SOON_AFTER_END.match(text, end):
            # "Soon after Llama 1, Meta put out Llama 2": the earlier model only
            # dates the sentence; its release verb is the later model's
            baseline = True
        if not baseline and _SUCCESSOR_TO.search(before):
            # "The successor to last year's Llama 2, this model …": the older model is
            # what the subject follows, not what the sentence is about.
            baseline = True
        if (
            not baseline
            and document is not None
            and start >= document.end()
            and any(
                g.start >= document.start("doc") and g.end <= document.end("doc") + 2
                for g in result
            )
            and not any(m.name == o.name for g in result for o in g.mentions for m in members)
        ):
            # "In the Llama Guard paper, the Llama2-7b model was fine-tuned …": the
            # paper's model is the subject; another model named is its base
            baseline = True
        # "Unlike every Llama model since Llama 1, …": names in a contrastive opening
        # clause are what the subject is compared with.
        lead = text[:start]
        if not baseline and CONTRAST_OPENING.match(lead):
            # "Like its predecessor, Llama 2, it …": the name set off by two commas is
            # the predecessor; "Like its predecessor, Llama 3 is …" makes it the subject.
            if re.match(r"\s*\)?\s*,", text[end:]):
                lead = _APPOSED_KIN.sub("", lead)
            baseline = not _CLAUSE_END.search(lead)
        one_member = tuple(
            mention.kind == "generation"
            and bool(_ONE_MEMBER.search(text[max(0, mention.start - 30) : mention.start]))
            and bool(_SINGLE_MODEL_AFTER.match(text, mention.end))
            for mention in members
        )
        result.append(GroupDraft(start, end, baseline, tuple(members), one_member))
    return result
