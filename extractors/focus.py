"""Focus: which model a sentence without a name of its own is about.

A post reads in order: the models a sentence names as its subjects become the focus,
and later clauses that refer back ("the model", "it", "both models", "the 405B
model") are about it. Focus carries across sentences and paragraphs, widens to the
section's models for "they", and clears when another lab's model or the family as a
whole becomes the subject. ``ReadingState`` is what one sentence hands the next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from llamawatch.extractors import languages
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.choice import Candidate
from llamawatch.extractors.mentions import CONTRAST_OPENING, Focus, Group, Target
from llamawatch.extractors.models import Mention, ModelCatalog
from llamawatch.extractors.numbers import parse_quantity
from llamawatch.extractors.scope import company_before, other_subject
from llamawatch.extractors.topics import PostTopics

#: "the 405B model": a reference back by size (written "the" first and its word boundary
#: tested after it: a pattern that opens on a literal lets the regex engine scan for the
#: literal, seven times faster than trying a leading \b at every position)
_SIZE_ANAPHOR = re.compile(
    r"the(?<=\bthe) (\d+(?:\.\d+)?\s?[BMT])\b[\w\s-]{0,25}?"
    r"\b(?:model|version|variant|checkpoint|one)\b"
)

#: what comes before a subject "it" (as opposed to an object: "pushed it back")
_SUBJECT_IT = re.compile(
    r"(?:^|\b(?:that|and|but|so|as|since|while|when|if|because|said|says|where|though)|[,;:])\s*$",
    re.I,
)

#: an open bracket with at most a few words before a name ("(originally codenamed ")
_ASIDE_BEFORE = re.compile(r"[A-Z][\w.-]*\s*\((?:\s*[\w-]+){0,3}\s+$")

#: the company as a sentence's subject before the model it names
_COMPANY_SUBJECT = re.compile(r"\b(?:Meta|Facebook|the company)\b(?!['’]s|-)", re.I)

_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2, "2": 2, "3": 3, "4": 4}
#: the Chinese, Japanese and Korean words for "both" or "the two" in a reference back
#: ("两款模型", "兩個模型", "両モデル", "二つのモデル", "두 모델"), and for "these" ("这些模型",
#: "これらのモデル", "이 모델들"): no "s" marks their plural
_CJK_TWO = re.compile(r"[两兩両]|二つ|(?<![가-힣])두 ")
_CJK_PLURAL = re.compile(r"这些|這些|これら|모델들|所有|全部|すべて|全て")
#: each count word as a word, compiled once (this runs for every reference back)
_COUNT_PATTERNS = tuple((re.compile(rf"\b{w}\b"), n) for w, n in _COUNT_WORDS.items())


@dataclass(slots=True)
class ReadingState:
    """What reading a post's units in order carries from one sentence to the next."""

    focus: Focus = field(default_factory=Focus)
    #: models named since the last heading, most recent last
    section_models: list[str] = field(default_factory=list)
    #: models named anywhere so far, most recent last ("both models" → the last two)
    recent_models: list[str] = field(default_factory=list)
    #: a status the current section's heading states ("What's out")
    section_status: str | None = None
    #: the subject of a sentence ending in ":" that introduces a list
    list_subject: Target | None = None
    #: the section's heading announces predictions or wishes
    section_guess: bool = False
    #: another lab's model is the current subject: "the models" are not Meta's
    foreign_focus: bool = False
    #: the cue of a bare label line ("Context Length") whose value is the next line
    pending_cue: str | None = None
    #: the model a line that is only its name ("Scout:", "### Maverick") heads: the
    #: fragment lines under it are its spec
    label_subject: Target | None = None
    #: the models a list item named together ("Both Scout and Maverick …"), for "They …"
    item_subject: Target | None = None
    #: the sentence that named the focus had the company as its subject ("Meta
    #: considered abandoning Behemoth"): a "they" next is the company acting on it
    company_led: bool = False
    #: where the focus was last named: the unit's index and its paragraph
    focus_index: int = -10
    focus_block: int = -10
    #: the unit of a bare "Behemoth?" that poses the next sentence's topic
    posed_index: int = -10
    #: a launch date said before its models are named: value, certainty, evidence, and
    #: the unit and paragraph it was said in
    pending_date: tuple[str, str, str, int, int] | None = None
    #: the lines being read are headlines under "Related articles:" (not this post's)
    related_links: bool = False
    #: the unit being read and its paragraph
    index: int = 0
    block: int = 0
    #: the members the post calls unreleased where it names them ("the in-training
    #: Behemoth"): "the new models" are the others
    unreleased: frozenset[str] = frozenset()
    #: release values of a sentence that ends in ":" and names no model ("On April 5,
    #: Meta released two new models:"): attribute, value, certainty and evidence, for
    #: the list items after it that name one
    pending_list: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: the Meta models the page's own model is built from: never what a sentence refers
    #: back to, only what one names
    bases: frozenset[str] = frozenset()


#: "its smaller siblings", "its weights": an "its" that can only mean a model
_MODEL_ITS = re.compile(
    r"\s+(?:\w+\s+)?(?:siblings?|predecessors?|successors?|students?|teacher|weights|context|"
    r"parameters|licen[cs]e|architecture|experts)\b",
    re.I,
)

_MEMBER_OF = re.compile(
    r"\b(?:iteration|member|version|release|generation|part|addition|entry|edition|"
    r"successor|latest|newest)\s+(?:in|of|to)\s+(?:the\s+|its\s+|Meta's\s+)?$|"
    r"\b(?:first|new|newest|latest|recent|current)\s+$|"
    # "it is the final open-weight Llama": the subject called the family's last
    # member (not "the first open Llama", which names the earliest one)
    r"(?:\b(?:is|was|remains)|['’]s)\s+(?:the|its|Meta['’]s)\s+(?:last|final|latest|newest)\s+"
    r"(?:[\w-]+\s+){1,2}$",
    re.I,
)


#: "both text and images", "both speed and cost": "both" joining two things, no reference back
_BOTH_JOINS = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s+(?:and|&)\s", re.I)


#: "each token", "each layer": "each" over the parts of a model, no reference back
_EACH_THING = re.compile(
    r"\s+(?:tokens?|layers?|experts?|inputs?|prompts?|requests?|quer(?:y|ies)|users?|words?|"
    r"steps?|forward|parameters?|GPUs?|images?|pass)\b",
    re.I,
)
_INDEFINITE = re.compile(r"\b(?:a|an)\s", re.I)
#: a reference back to what just came out: "the new models", "these newly released ones"
_NEW_ONES = re.compile(r"\b(?:new|newest|latest|newly|released)\b")


#: what may stand before the family's name opening a sentence: "Meta's", "The"
_FAMILY_OPENS = re.compile(r"\s*(?:(?:The|Meta['’]s|Meta)\s+)?")


#: "this specific model", "this open-source model", "this large language model": "this"
#: and a word or two describing the model (not "this kind of model", a kind)
THIS_DESCRIBED_MODEL = re.compile(
    r"\bthis(?<=\b[Tt]his) (?!(?:kind|type|sort|class|style|form|way|is|was|new)\b)"
    r"(?:[a-z][\w-]*\s+){1,2}?(?:model|LLM)\b(?!s|\s+of\b)",
    re.I,
)


#: Spanish, Portuguese and Italian leave the subject pronoun out: a clause that opens
#: (after a linking word) on a verb of the third person speaks of what was named before,
#: as English "they" or "it" does ("Además, usan expertos",
#: "Incorpora una mezcla de expertos"). Only verbs that state what a model
#: is, has or does, so "Es decir", "Hay" or "Ha dicho" are not read so.
_PRO_DROP = re.compile(
    r"\s*(?:(?:Además|También|Asimismo|Por otra parte|Por otro lado|En particular|"
    r"Por su parte|Ademais|Também|Além disso|Por outro lado|Em particular|Inoltre|Anche|"
    r"In particolare|Allo stesso modo)\s*,?\s+)?(?:(?:ya|já|già|también|também|anche|"
    r"ahora|agora|ora)\s+)?"
    r"(?:(?P<plural>(?i:están|estão|son|são|sono|tienen|têm|hanno|utilizan|utilizam|"
    r"utilizzano|usan|usam|usano|emplean|empregam|impiegano|incorporan|incorporam|"
    r"incorporano|integran|integram|integrano|cuentan con|contam com|ofrecen|oferecem|"
    r"offrono|admiten|suportam|supportano|soportan|procesan|processam|elaborano|"
    r"combinan|combinam|combinano|funcionan|funcionam|funzionano))|"
    r"(?P<single>(?i:utiliza|utilizza|usa|emplea|emprega|impiega|incorpora|integra|"
    r"cuenta con|conta com|ofrece|oferece|offre|admite|suporta|supporta|soporta|procesa|"
    r"processa|elabora|combina|dispone de|dispõe de)))\b"
)


def pro_drop_opening(text: str, start: int = 0) -> re.Match[str] | None:
    """Return the verb a clause of another language opens on with its subject left out
    ("Además, están construidos …"), or None (see ``_PRO_DROP``)."""
    if not languages.reading_other_language():
        return None
    return _PRO_DROP.match(text, start)


#: Chinese and Japanese speak of all the models just named with a quantifier and a bare
#: noun, no pronoun: "所有模型均支持 …" (all the models support), "全部版本都 …",
#: "すべてのモデルが …", "いずれのモデルも …". Opening a clause, it is the models in focus,
#: as English "all of them" is; a name later in the clause is what they use or meet.
_ALL_MODELS_OPENING = re.compile(
    r"\s*(?:(?:所有|全部|各个|各個|每个|每個|上述|以上)(?:的)?\s?(?:模型|版本|型号|型號)\s?(?:均|都|皆|全都)|"
    r"(?:すべての|全ての|いずれの|どの)モデル(?:も|が|は|とも))"
)


def all_models_opening(text: str, start: int = 0) -> re.Match[str] | None:
    """Return "所有模型均", "すべてのモデルが" opening the clause at ``start``, or None
    (see ``_ALL_MODELS_OPENING``)."""
    if not languages.reading_other_language():
        return None
    return _ALL_MODELS_OPENING.match(text, start)


def _best_anaphor(clause: str) -> re.Match[str] | None:
    """Return the clause's most telling reference back ("both models" over "the weights")."""
    if "his " in clause and (described := THIS_DESCRIBED_MODEL.search(clause)):
        strong = V.ANAPHOR_STRONG.search(clause)
        if strong is None or described.start() < strong.start():
            return described
    matches = [
        m
        for m in V.ANAPHOR_STRONG.finditer(clause)
        if not (m.group(0).lower() == "both" and _BOTH_JOINS.match(clause, m.end()))
        and not (m.group(0).lower() == "each" and _EACH_THING.match(clause, m.end()))
    ]
    if len(matches) < 2:
        return matches[0] if matches else None
    for match in matches:
        if re.search(r"\b(?:both|two|three|four)\b", match.group(0)):
            return match
    return matches[0]


def member_of_family(text: str, mention: Mention) -> bool:
    """Return True for "the next iteration of the Llama family": a member, not the family."""
    return bool(_MEMBER_OF.search(text[max(0, mention.start - 40) : mention.start])) or (
        first_in_family(text, mention)
    )


#: "the first Llama generation to …", "first in the Llama family": the subject is called
#: the family's first to do something (not "the first Llama", the original model's name)
_FIRST_BEFORE = re.compile(r"\bfirst\s+(?:[\w-]+\s+){0,2}?(?:in|of|among)\s+(?:the\s+)?$", re.I)
_FIRST_FAMILY_BEFORE = re.compile(r"\bfirst\s+$", re.I)
_FAMILY_KIND_AFTER = re.compile(
    r"[\s-]*(?:generation|models?|series|family|line|release|version|LLMs?)\b", re.I
)
#: the same said after the name, where Japanese, Chinese and Korean put it: "Llamaシリーズで
#: 初めて", "Llama 系列首次", "라마 시리즈 최초로" (not "Llamaの最初のバージョン", the
#: first version of Llama, which names the original model)
_FIRST_AFTER = re.compile(
    r"\s?[」』]?\s?(?:(?:シリーズ|系列|ファミリー|家族|시리즈)\s?(?:で|では|中|에서|의)?\s?"
    r"(?:初めて|初の|最初の|首次|首个|首款|第一个|최초|처음)|(?:で|では|中|에서)\s?(?:初めて|首次|최초|처음))"
)


def first_in_family(text: str, mention: Mention) -> bool:
    """Return True where the family is named only to call the subject its first to do
    something: "First Llama generation to use MoE", "Llamaシリーズで初めてMoEを採用した"."""
    before = text[max(0, mention.start - 40) : mention.start]
    if _FIRST_BEFORE.search(before):
        return True
    if _FIRST_FAMILY_BEFORE.search(before) and _FAMILY_KIND_AFTER.match(text, mention.end):
        return True
    return bool(_FIRST_AFTER.match(text, mention.end))


def refer_back(
    text: str,
    clause: tuple[int, int],
    family: Sequence[Mention],
    state: ReadingState,
    about: PostTopics,
    catalog: ModelCatalog,
    candidates: Sequence[Candidate],
    *,
    topic: bool = False,
    pos: int | None = None,
) -> Target | None:
    """Return the models a clause without a named model refers back to, if any."""
    clause_text = text[clause[0] : clause[1]]
    for mention in family:
        if not clause[0] <= mention.start < clause[1] or member_of_family(text, mention):
            continue
        # "The Llama family is …" speaks of the family; "… a break with the Llama
        # releases" after the value does not.
        if pos is None or mention.start < pos + 24:
            return None
    sized = _SIZE_ANAPHOR.search(clause_text)
    if sized:
        picked = by_stated_size(sized.group(1), candidates)
        if picked:
            return Target((picked,), False)
    strong = _best_anaphor(clause_text)
    if (
        strong
        and strong.group(0).lower() in ("it", "its")
        and any(
            m.start < clause[0]
            and _FAMILY_OPENS.fullmatch(text, 0, m.start)
            and not member_of_family(text, m)
            for m in family
        )
    ):
        # "Llama is available in the open, but …: it carries a community license": the
        # sentence opens on the family, and "it" is the family, not the model in focus
        return None
    dropped = None if strong else pro_drop_opening(clause_text)
    if dropped is not None:
        # the verb stands for the subject it leaves out: "they" or "it"
        strong = dropped
    quantified = None if strong else all_models_opening(clause_text)
    if quantified is not None:
        strong = quantified  # "所有模型均 …": all the models in focus
    where = clause[0] + (strong.start() if strong else len(clause_text))
    company_first = company_before(text, catalog, where)
    word = strong.group(0).lower() if strong else ""
    if dropped is not None:
        word = "they" if dropped.group("plural") else "it"
    elif quantified is not None:
        word = "all models"
    # "Meta said it will …" is the company; "has pushed it back" is the model.
    subject_it = word == "it" and strong and _SUBJECT_IT.search(clause_text[: strong.start()])
    if (
        word in ("it", "its")
        and company_first
        and (subject_it or word == "its")
        and not _MODEL_ITS.match(clause_text, strong.end() if strong else 0)
    ):
        return None
    if not strong and topic:
        word = ""
    elif not strong:
        weak = V.ANAPHOR_WEAK.search(clause_text)
        # A bare "models" refers back only as the clause's subject.
        if not weak or len(clause_text[: weak.start()].split()) > 5:
            return None
        if _INDEFINITE.search(weak.group(0)):
            return None  # "in an MoE model, …": a kind of model, not one named before
        if company_before(text, catalog, clause[0] + weak.start()):
            return None
        if V.OTHER_COMPANIES.search(clause_text):
            return None
        word = weak.group(0).lower()
    first = word.split()[0] if word else ""
    plural = (word.endswith("s") and word not in ("its", "this")) or first in (
        "both",
        "they",
        "them",
        "their",
        "each",
        "all",
    )
    count = next((n for pattern, n in _COUNT_PATTERNS if pattern.search(word)), 0)
    if not count and _CJK_TWO.search(word):
        count, plural = 2, True  # "两款模型都 …", "両モデルとも", "두 모델은": both
    elif _CJK_PLURAL.search(word):
        plural = True  # "这些模型均 …", "これらのモデルは": these models
    models = state.focus.models
    generic = state.focus.generic
    if not models:
        # A reference forward, before any model is named ("Two new models … today").
        # A bare pronoun ("their weights") never points forward.
        if (not strong and not count) or family or state.foreign_focus:
            return None
        if state.recent_models:
            return None  # models were named, then the post moved on: no forward reference
        if not re.search(r"\b(?:models?|versions?|variants?|releases?|systems?|LLMs?)\b", word):
            return None  # "it", "their", "both text and images" never point forward
        models = tuple(about.models[: count or (len(about.models) if plural else 1)])
    sized = _SIZE_ANAPHOR.search(clause_text)
    if sized:
        picked = by_stated_size(sized.group(1), candidates)
        if picked:
            return Target((picked,), False)
    own_variants = re.search(r"variant|version|checkpoint|size|weight", word)
    if (
        plural
        and len(models) == 1
        and not own_variants
        and not (state.company_led and first in ("they", "them", "their"))
    ):
        if count >= 2 and len(state.recent_models) >= count:
            models, generic = tuple(state.recent_models[-count:]), True
        elif len(state.section_models) > 1:
            models, generic = tuple(state.section_models), True
    if len(models) > 1 and state.unreleased and _NEW_ONES.search(word):
        # "Meta calls the new models natively multimodal" in a post that calls
        # Behemoth unreleased: the new models are the ones that came out
        models = tuple(m for m in models if m not in state.unreleased) or models
    if len(models) > 1 and not plural:
        larger = V.LARGER_ONE.search(clause_text)
        if larger or V.SMALLER_ONE.search(clause_text):
            picked = by_size(models, candidates, larger=bool(larger))
            if picked is None:
                return None
            models = (picked,)
        elif (
            word in ("it", "its", "the model", "this model", "that model")
            or (strong is not None and strong.re is THIS_DESCRIBED_MODEL)
        ) and not generic:
            # "it" after one generation ("Llama 4 is … It is the first …") is that
            # generation; after several named models it is unclear.
            return None
    return Target(models, generic) if models else None


#: sizes said with a model noun, no name: "the 8B and 70B models", "los modelos 8B y 70B",
#: "le modèle 405B", "das 70B-Modell", "versioni da 8B e 70B"
_SIZED_MODELS = re.compile(
    r"\b(?:models?|modelos?|modèles?|modell[io]|Modelle?|version(?:s|en|e|i)?|"
    r"versi[oó]n(?:es)?|vers[ãa]o|vers[õo]es|variants?)\s+(?:(?:de|da|di|mit|van|of)\s+)?"
    r"~?\d+(?:[.,]\d+)?\s?B\b|"
    r"(?<![\w.])~?\d+(?:[.,]\d+)?\s?B(?:\s+(?:(?:and|y|e|et|und|en)\s+)?~?\d+(?:[.,]\d+)?\s?B)*"
    r"[\s-]+(?:param\w*\s+)?(?:models?|modelos?|modèles?|modell[io]|Modelle?|versions?|"
    r"variants?)\b",
    re.I,
)

#: "a 70B model", "un modelo 70B": a size of some model, a kind, not the one in focus
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|un[ao]?|um|uma|ein|eine[nm]?|een)\s+$", re.I)


def sizes_of_focus(text: str, state: ReadingState) -> bool:
    """Return True when a sentence naming no model speaks of the model in focus by its sizes.

    "We also release updated versions of the 8B and 70B models": with a Meta model in
    focus and no other lab named, the sizes are that model's.
    """
    if not state.focus.models or state.foreign_focus or "B" not in text:
        return False
    if V.OTHER_MODEL.search(text) or V.OTHER_COMPANIES.search(text):
        return False
    return any(
        not _INDEFINITE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        for m in _SIZED_MODELS.finditer(text)
    )


def technical_scope(target: Target, state: ReadingState) -> Target | None:
    """Keep a technical value only for models named close to it."""
    if target.named:
        # "Llama 4: two MoE models, 10M context" as a headline: a generation's members
        # differ in such values, and the body says which has what. So do the members a
        # headline lists ("releases Scout, Maverick, and Behemoth, claims 10M context").
        in_headline = state.block == -1
        return None if in_headline and (target.generic or len(target.models) > 1) else target
    # A reference back: "the model" is the model in focus; a wider reading ("they"
    # over the section's models) only when they were named a few sentences before.
    in_focus = not target.generic and set(target.models) <= set(state.focus.models)
    if not in_focus and state.block != state.focus_block and state.index - state.focus_index > 3:
        return None
    if target.generic:
        kept = tuple(m for m in target.models if m in state.recent_models)
        return Target(kept, True, target.sentence_models) if kept else None
    return target


def by_stated_size(size_text: str, candidates: Sequence[Candidate]) -> str | None:
    """Return the model this post gave a size, for "the 405B model"."""
    size = parse_quantity(size_text)
    if not size:
        return None
    for c in reversed(candidates):
        if c.attribute != "params_total" or not isinstance(c.value, int):
            continue
        if abs(c.value - size) <= 0.02 * size:
            return c.model
    return None


def by_size(models: Sequence[str], candidates: Sequence[Candidate], *, larger: bool) -> str | None:
    """Return the larger or smaller of ``models`` by the sizes the post gave them."""
    sizes: dict[str, int] = {}
    for c in candidates:
        if c.attribute == "params_total" and c.model in models and isinstance(c.value, int):
            sizes[c.model] = max(sizes.get(c.model, 0), c.value)
    if len(sizes) < len(models):
        return None
    ordered = sorted(sizes, key=sizes.__getitem__)
    return ordered[-1] if larger else ordered[0]


def _phrase_end(text: str, start: int) -> int:
    """Return where the phrase running on from ``start`` ends: its first comma outside brackets."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            return i
    return len(text)


#: what may stand between two names listed together: a size or variant or two (a word
#: with a digit or a capital: "405B", "V3", "Pro"), an aside in brackets, then a comma,
#: "and", "or", "/" or "vs", and the next name's owner ("Llama 3.1 405B, Google's Gemma 2",
#: "Qwen 2.5 (Alibaba), and Llama 4"); a verb or "compared to" between them is no list
_LISTED_WITH = re.compile(
    r"\s*(?:(?=[\w.+-]*[\dA-Z])[\w.+-]+\s*){0,2}?(?:\([^()]{0,60}\)\s*)?"
    r"(?:,|\band\b|\bor\b|&|/|\bvs\b\.?|\bversus\b)\s*(?:(?:and|or)\s+)?"
    r"(?:(?:the|[A-Z][\w.-]*['’]s)\s+){0,2}?"
)


def listed_with_rival(text: str, group: Group) -> bool:
    """Return True when another lab's model is listed right beside ``group``.

    "For instance: Gemma 2 27B, Llama 3.1 70B, Mistral Small", "Qwen 2.5, DeepSeek V3 and
    Llama 4 Maverick all …": the Meta model is one item of a list of peers.
    """
    for rival in V.OTHER_MODEL.finditer(text):
        if rival.start() >= group.end:
            gap = text[group.end : rival.start()]
        elif rival.end() <= group.start:
            gap = text[rival.end() : group.start]
        else:
            continue
        if len(gap) <= 40 and _LISTED_WITH.fullmatch(gap):
            return True
    return False


#: a comparison right before a name: "better than Scout", "plus performant que le Scout"
_COMPARED_BEFORE = re.compile(
    r"(?:\bthan|\b(?:plus|moins|mieux|meilleure?s?|más|menos|mejor(?:es)?|besser|mehr|"
    r"größer|kleiner|stärker|più|meno|migliore)\b[^.,;:]{0,40}?\b(?:que|qu['’]|als|di|del|"
    r"della|che))\s+(?:(?:the|le|la|l['’]|les|el|los|der|die|das|den|il|lo)\s*)?$",
    re.I,
)
_COMPARED_BEFORE_HINT = re.compile(r"\b(?:than|que|qu['’]|als|di|del|della|che)\b", re.I)

#: a relation noun right before a name: "a predecessor to Llama 4 Scout", "an answer to
#: Llama 3", "a cheaper alternative to Maverick" (the name is what the subject is set
#: against, not the sentence's subject)
RELATION_BEFORE = re.compile(
    r"\b(?:predecessors?|successors?|alternatives?|rivals?|answers?|competitors?|counterparts?|"
    r"challengers?|heirs?|follow-ups?|sequels?|replacements?)\s+(?:to|for|of)\s+"
    r"(?:(?:the|its|their|Meta['’]s)\s+)?$",
    re.I,
)


#: the name a model is derived from, said in its predicate: "Llama 3.1 is a point update
#: of Llama 3", "an improved version of Llama 2", "the outcome of further training of
#: Llama 3" (the older model is what the subject is made from, not a new subject)
_DERIVED_FROM_BEFORE = re.compile(
    r"(?:\b(?:is|was|as)|,)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:(?:update|upgrade|refresh|"
    r"refinement|revision|continuation|extension)\s+(?:to|of)|(?:updated|upgraded|improved|"
    r"refined|enhanced|extended)\s+version\s+of|(?:result|outcome|product)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:training|tuning)\s+(?:of|on))\s+(?:(?:the|its|Meta['’]s)\s+)?$",
    re.I,
)
#: the same said after the name in Chinese and Japanese, where the relation follows it:
#: "是 Llama 3 系列模型继续训练的结果" (the result of training Llama 3 further), "在 Llama 1
#: 的基础上" (on the basis of Llama 1), "Llama 2 的升级版" (an upgrade of Llama 2),
#: "Llama 3 の改良版" (an improved Llama 3)
_DERIVED_FROM_AFTER = re.compile(
    r"\s?(?:系列)?\s?(?:模型)?\s?(?:的基础上|的基礎上|基础上|基礎上|的升级版|的升級版|的改进版|"
    r"的改進版|的更新版|继续训练|繼續訓練|の改良版|の改訂版|のアップデート版)"
)


#: a passive relation verb right before a name: "overtaken by Llama 3.3",
#: "replaced last spring by Llama 4 Scout" (the name is what replaced the subject)
_REPLACED_BY = re.compile(
    r"\b(?:superseded|succeeded|replaced|overtaken|eclipsed)\s+(?:[\w,-]+\s+){0,4}?by\s+"
    r"(?:(?:the|its|Meta['’]s)\s+)?$",
    re.I,
)


#: a sentence whose subject is "It" or "The model" and whose verb is not a copula:
#: "It adapts Llama 3.1 …", "The model builds on …" (not "It is Llama 3.1 …")
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:It|The model|This model)\s+(?:also\s+|further\s+)?"
    r"(?!(?:is|was|has|becomes?|became|remains|'s|’s|includes|comprises|contains|features|"
    r"consists|offers|spans|covers|appears|seems|means)\b)[a-z]+s\b"
)


def _leads(text: str, start: int) -> bool:
    """Return True for a name that opens its sentence as its subject ("Llama 4 throws
    …", "But Llama 4? …", "Meta's Llama 4 is …"), not one named further on."""
    return len(text[:start].split()) <= 2 and not re.search(
        r"\b(?:than|like|unlike|with|from|to|of|after|before|since)\s*$", text[:start], re.I
    )


#: a sentence whose subject refers back and whose verb compares it with what follows:
#: "It does better than …", "They outperform …", "Meta says it even beats …"
_PRONOUN_COMPARED = re.compile(
    r"\s*(?:(?:However|But|Still|And|Yet),?\s+)?(?:(?:Meta|The company)\s+(?:says|said|claims|"
    r"claimed)\s+(?:that\s+)?)?(?:It|it|They|they|The model|This model|Both models|Both)\s+"
    r"(?:(?:also|even|still|reportedly|clearly|easily|already|can|could|does|did|do)\s+)?"
    r"(?:(?:does|did|do|performs?|performed|scores?|scored)\s+(?:better|worse)\s+than|"
    r"outperform(?:s|ed)?|beat(?:s)?|outsmart(?:s|ed)?|rival(?:s|ed|led)?|match(?:es|ed)?|"
    r"surpass(?:es|ed)?|trail(?:s|ed)?|(?:falls?|fell)\s+short\s+of|"
    r"(?:is|are|was|were)\s+(?:competitive|on\s+par)\s+with|(?:is|are)\s+comparable\s+to)\s"
)


#: a relative clause opened after the subject whose verb reaches the next name
_RELATIVE_OBJECT = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){1,3}$", re.I)


def update_focus(
    state: ReadingState,
    text: str,
    subjects: Sequence[Group],
    family: Sequence[Mention],
    memberless: Sequence[Group] = (),
) -> None:
    """Move the focus to the models a sentence names as its subjects, or clear it.

    ``memberless``: generations the sentence names none of whose members the post names.
    """
    if len(subjects) > 1 and CONTRAST_OPENING.match(text):
        # "Unlike its predecessor X (…), Y came with …": Y is the subject, X a comparison.
        cut = _phrase_end(text, subjects[0].end)
        subjects = [g for g in subjects if g.start > cut] or subjects
    asides = [g for g in subjects if _ASIDE_BEFORE.search(text[max(0, g.start - 60) : g.start])]
    if asides:
        # "Muse Spark (originally codenamed Avocado) is …": a name in brackets right
        # after another name is an aside; "It" next is the name outside them, which
        # may be a name the catalog does not know: then "It" is nobody we can name.
        subjects = [g for g in subjects if g not in asides]
        if not subjects:
            state.focus = Focus()
            return
    if len(subjects) > 1 and len(text[: subjects[0].start].split()) <= 3:
        # "X is the model that made Y irrelevant": a name inside a relative clause
        # after the sentence's subject is that clause's object, not a new focus.
        lead_end = subjects[0].end
        subjects = [
            g
            for g in subjects
            if g is subjects[0] or not _RELATIVE_OBJECT.search(text[lead_end : g.start])
        ]
    if subjects and (" to " in text or " for " in text or " of " in text):
        # "Consumer-tier predecessor to Llama 4 Scout": the named model is the comparison;
        # the focus stays on the model the post is about.
        subjects = [
            g for g in subjects if not RELATION_BEFORE.search(text, max(0, g.start - 60), g.start)
        ]
        if not subjects:
            return
    if (
        subjects
        and state.focus.models
        and (lead := _PRONOUN_SUBJECT.match(text))
        and all(g.start >= lead.end() for g in subjects)
    ):
        # "It adapts Llama 3.1 for phones": the sentence is about the model in
        # focus; the model named after its verb is an object, not a new focus.
        return
    if subjects and _COMPARED_BEFORE_HINT.search(text):
        # "This model performs better than Llama 4 Scout", "plus performant que le Llama
        # 4 Scout": the model compared with is not the new focus.
        subjects = [
            g for g in subjects if not _COMPARED_BEFORE.search(text, max(0, g.start - 80), g.start)
        ]
        if not subjects:
            return
    if len(subjects) > 1:
        # "Llama 3.1 is a point update of Llama 3", "Llama 3.1 是 Llama 3 系列模型继续训练的
        # 结果": the model it is derived from is named in the predicate; "the model" or "均" in
        # the next sentence is the subject alone
        subjects = [
            g
            for g in subjects
            if g is subjects[0]
            or not (
                _DERIVED_FROM_BEFORE.search(text, max(0, g.start - 80), g.start)
                or _DERIVED_FROM_AFTER.match(text, g.end)
            )
        ]
    if subjects and " by " in text:
        # "Mostly replaced by Llama 3.3 now": the successor is set against the
        # subject; the focus stays on the model the post is about.
        subjects = [
            g for g in subjects if not _REPLACED_BY.search(text, max(0, g.start - 60), g.start)
        ]
        if not subjects:
            return
    if (
        subjects
        and V.OTHER_MODEL.search(text)
        and all(listed_with_rival(text, g) for g in subjects)
    ):
        # "For instance: Gemma 2 27B, Llama 3.1 70B, Mistral Small": the Meta model is one
        # item of a list of other labs' models; "the models" or "model weights" next
        # speak of the list (or of a kind of model), not of the Meta model alone, and
        # a heading after it does not hand the focus back to it (it is not recent).
        state.focus = Focus()
        state.section_models = []
        state.foreign_focus = True
        return
    if subjects and state.bases:
        # "Quokka is built on Llama 3.1 70B. Llama 3.1 70B has …": a base named as a
        # subject keeps what its own sentence says, but "the model" next is the page's own
        subjects = [g for g in subjects if not set(g.models) <= state.bases]
        if not subjects:
            return
    if subjects:
        state.foreign_focus = False
        # Named members beat the generation they were named with.
        specific = [g for g in subjects if not g.generic] or list(subjects)
        models = tuple(dict.fromkeys(m for g in specific for m in g.models))
        generic = all(g.generic for g in specific)
        first_named = min(subjects, key=lambda g: g.start)
        if first_named.generic and set(models) <= set(first_named.models):
            # "Meta unveiled its Llama 4 model, which came in two variants: Scout and
            # Maverick": the generation is the subject and the members are its parts,
            # so "The model …" next is the generation, said of the members named.
            generic = True
        state.focus = Focus(models, generic)
        state.focus_index, state.focus_block = state.index, state.block
        state.company_led = bool(_COMPANY_SUBJECT.search(text, 0, first_named.start))
        for model in models:
            for pool in (state.section_models, state.recent_models):
                if model in pool:
                    pool.remove(model)
                pool.append(model)
        return
    if state.focus.models and _PRONOUN_COMPARED.match(text):
        # "It does better than GPT-4o at coding", "Meta says it beats
        # GPT-4o": the model referred back to is the subject, the rivals what it is
        # measured against; "It uses …" next is still that model
        return
    if other_subject(text):
        # "Gemma 2 comes in two sizes …": another lab's model is now the subject, and
        # "the models" that follow are its models, not the last Meta model named.
        state.focus = Focus()
        state.section_models = []
        state.foreign_focus = True
        return
    if CONTRAST_OPENING.match(text):
        return  # "Unlike every Llama model, …": the family is the comparison
    if any(_leads(text, g.start) for g in memberless):
        # "Llama 3 was strong. Llama 4 throws all of that out. It is natively
        # multimodal …": a generation none of whose members the post names is the
        # subject now; "it" next is that generation, which gives its members nothing
        state.focus = Focus()
        state.section_models = []
        return
    for mention in family:
        # "The Llama family is …" as the subject: the post now talks of the family.
        leading = len(text[: mention.start].split()) <= 3
        if leading and not member_of_family(text, mention):
            state.focus = Focus()
            state.section_models = []
            return
