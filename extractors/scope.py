"""Scope: what a post or a sentence is not saying about Meta's models.

Another lab or its model as the subject, a value given to another lab's model, a
product that is not a model (an assistant, an app), a name that is not Meta's
("released Alpaca"), and whole posts about another lab's release or about a
derivative built on a Meta model (a fine-tune whose specs are its own).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.attribution import GUESSWORK
from llamawatch.extractors.mentions import ELSEWHERE, Focus, Group, Target
from llamawatch.extractors.models import ModelCatalog
from llamawatch.extractors.sentences import Unit, clean_inline

#: another lab's model named only as a likeness, set off by commas (or opening the
#: sentence): "…, just like DeepSeek V3.", "…, tout comme DeepSeek R1 et V3.", "…,
#: similar to GPT and Claude, it …", "(…, similar to
#: DeepSeek V4's design)": what it says is shared with the model in focus, not taken away
_RIVAL = (
    r"(?:(?:[A-Z][\w-]*['’]s\s+)?(?:"
    + V.OTHER_MODEL.pattern
    + r")(?:[\s-]+[A-Z]?\d[\w.-]*)?|(?:"
    # "OpenAI's GPT": a rival lab's own name for its model
    + V.OTHER_COMPANIES.pattern
    + r")['’]s\s+[A-Z][\w.-]*)"
)
_LIKENED_RIVALS = re.compile(
    r"(?:^|(?<=[,(;])\s*|(?<=[—–])\s*)"
    r"(?i:(?:(?:just|much|very much)\s+)?like|similar(?:ly)? to|as with|tout comme|comme|"
    r"à l['’]instar d[eu]|al igual que|igual que|como|assim como|tal como|così come|come|"
    r"genau wie|ähnlich wie|wie)\s+"
    + _RIVAL
    + r"(?:\s*(?:,|\band\b|\bet\b|\by\b|\be\b|\bund\b|&)\s*(?:"
    + _RIVAL
    + r"|[A-Z]?\d[\w.-]*))*"
    r"(?:\s+models?|['’]s\s+(?:design|approach|architecture|models?))?"
    r"(?=\s*(?:[,.;)]|$))"
)
#: the words a likeness opens on, tested before the pattern
_LIKENESS_KEYS = (
    "like", "similar", "as with", "comme", "instar", "igual", "como", "così", "come", "wie",
)  # fmt: skip


@functools.lru_cache(maxsize=512)
def without_likened_rivals(text: str) -> str:
    """Return ``text`` with another lab's models named only as a likeness blanked out.

    "Meta opted for an MoE design this time, just like DeepSeek V3": the rival is what the
    model in focus is likened to; the sentence is still about that model.
    """
    if not V.may_hold(text.lower(), _LIKENESS_KEYS):
        return text
    return _LIKENED_RIVALS.sub(lambda m: " " * len(m.group(0)), text)


def other_subject(text: str) -> bool:
    """Return True when another lab or its model opens the sentence (its likely subject)."""
    text = without_likened_rivals(text)
    for pattern in (V.OTHER_MODEL, V.OTHER_COMPANIES):
        m = pattern.search(text[:80])
        if m and len(text[: m.start()].split()) <= 6:
            return True
    return False


_TITLE_LAUNCH = re.compile(
    r"\s*(?P<subject>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4}?)\s+(?:releases|launches|unveils|"
    r"introduces|debuts|ships|open-sources|announces|unveiled|released|launched)\s+"
    r"(?P<object>[A-Z][\w.-]*)"
)

#: what may stand between a verb or adjective and the name it governs
_OBJECT_LEAD = re.compile(
    r"\s+(?:(?:the|its|their|his|her|a|an|new|first|latest|much-anticipated|ultra-large|large|"
    r"still|now|also|fully|publicly|openly|Meta['’]s|Facebook['’]s)\s+){0,3}"
    r"(?:(?:AI\s+|language\s+)?model\s+(?:called|named|dubbed)\s+)?"
    # "released two new models—Scout and Maverick": the names set off after the noun
    r"(?:(?:two|three|four|several|its|their)\s+(?:new\s+)?(?:AI\s+)?(?:models|versions|"
    r"variants)\s*(?:[—–:,(]|\s-\s)\s*(?:(?:the|both)\s+)?)?"
)

#: status and openness words that describe the name right after them ("the unreleased
#: Behemoth", "the proprietary Muse Spark", "closed-source Muse Spark")
_PRENOMINAL_STATUS = re.compile(
    r"(?:unreleased|upcoming|forthcoming|delayed|shelved|scrapped|cancell?ed|open-sourced|"
    r"proprietary|closed(?:[\s-](?:source|weights?))?)\b(?!-)",
    re.I,
)
#: of those, the openness words: they bind a name right after them, no other word
_PRENOMINAL_OPENNESS = re.compile(r"(?:proprietary|closed)\b", re.I)
#: the family word alone, no version after it: "Meta shelves Llama for Muse Spark"
_FAMILY_ALONE = re.compile(
    r"(?:(?:open|open[\s-]source|open[\s-]weights?)\s+)?(?:Llama|LLaMA|LLaMa)\b(?![\s-]*\d)"
    r"(?!\s+(?:Guard|Stack)\b)"
)

_VERB_STATUS = re.compile(
    r"(?:made|released|releases|releasing|launched|launches|launching|shipped|ships|open[\s-]sourced|"
    r"open[\s-]sources|debuted|unveiled|rolled out|put out|shelved|scrapped|delayed|"
    r"postponed|shelves|shelving|scraps|scrapping|abandon(?:s|ed|ing)?|ditch(?:es|ed|ing)|"
    r"sunset(?:s|ted|ting)?|discontinu(?:es|ed|ing)|kill(?:s|ed|ing))\b",
    re.I,
)

_NOT_A_NAME = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|This|That|These|Those|"
    r"The|In|On|At|As|For|With|And|But|Or|It|Its|We|Our|They|I|A|An)\b"
)


def object_of(text: str, pos: int, attribute: str, groups: Sequence[Group]) -> Target | None:
    """Return the model a status or openness word governs when it names one right after.

    "quickly open sourced the Llama 2 upgrades", "the unreleased Behemoth": the name
    after the verb or adjective is the model, not the clause's earlier subject.
    "released Alpaca" names something that is not Meta's model: ``ELSEWHERE``.
    """
    del attribute  # status and openness verbs govern their objects alike
    word = _VERB_STATUS.match(text, pos) or _PRENOMINAL_STATUS.match(text, pos)
    if word is None:
        return None
    lead = _OBJECT_LEAD.match(text, word.end())
    start = lead.end() if lead else word.end()
    for group in groups:
        if group.start == start and group.models and not group.baseline:
            return Target(group.models, group.generic, frozenset(group.models))
    if any(g.start in (start, start + 1) for g in groups):
        return None
    if _FAMILY_ALONE.match(text, start):
        # "Meta Shelves Llama For Proprietary Muse Spark", "terminated the open-source Llama
        # lineage, replacing it with Muse Spark": the word governs the family as a whole,
        # not the model named later in a "for …" or "replacing …" complement
        return ELSEWHERE
    if _PRENOMINAL_OPENNESS.match(text, pos):
        return None  # "the proprietary Models …" in a title: no name after the word
    if re.match(r"[\"'“‘][A-Z]", text[start : start + 2]):
        return ELSEWHERE  # "the open-sourced 'Llama'": the family or another name
    if (
        lead
        and lead.end() > word.end()
        and re.match(r"[A-Z][a-z]", text[start : start + 2])
        and not _NOT_A_NAME.match(text, start)
    ):
        return ELSEWHERE
    return None


_PRODUCT = V.Gated(
    re.compile(
        r"\b(?:assistant|chatbot|app|apps|glasses|headset|feature|features|service|website|"
        r"platform|product|products)\b(?![\s-]+(?:model|LLM))",
        re.I,
    ),
    ("assistant", "chatbot", "app", "glasses", "headset", "feature", "service", "website",
     "platform", "product"),
)  # fmt: skip


def product_subject(text: str, pos: int, groups: Sequence[Group]) -> bool:
    """Return True when a product that is not a model is named just before a status word."""
    start = max(0, pos - 60)
    window = text[start:pos]
    cut = max(window.rfind("."), window.rfind(";"))
    found = list(_PRODUCT.finditer(window, cut + 1))
    if not found:
        return False
    product = start + found[-1].end()
    return not any(product <= g.start < pos for g in groups)


def value_of_other(text: str, pos: int) -> bool:
    """Return True when the words after a value give it to another lab's model."""
    after = text[pos : pos + 48]
    m = re.match(r"[^,;.()]{0,24}?\b(?:of|for|from)\s+(?:the\s+)?", after)
    if not m:
        return False
    rest = after[m.end() :]
    return bool(V.OTHER_MODEL.match(rest) or V.OTHER_COMPANIES.match(rest))


#: the gap between another lab's model name and the size it carries: "Falcon-40B",
#: "Mistral 7B", "Qwen2-72B" (the name pattern may already hold the size)
_NAME_SIZE_GAP = re.compile(r"[\s-]?(?:\d[\w.]*[\s-])?")


def size_of_other(text: str, pos: int) -> bool:
    """Return True when the value at ``pos`` is the size written in another lab's model name.

    "The Falcon-40B model pushed Llama 1 off the board": the size is Falcon's, even
    when a Llama is in focus or named later in the sentence.
    """
    if not text[pos : pos + 1].isdigit():
        return False
    start = max(0, pos - 24)
    for m in V.OTHER_MODEL.finditer(text, start, pos + 1):
        if m.start() < pos < m.end() or _NAME_SIZE_GAP.fullmatch(text, m.end(), pos):
            return True
    return False


# --- conditions and open questions ---------------------------------------------------------

#: a condition or an open question at the start of a sentence or clause: "If X ships as
#: open weights, …", "Unless …", "Whether they ship open or behind an API will decide …",
#: "Should X arrive …", "Were X released …" (an inverted condition or a question), in
#: German "Wenn/Falls/Sollte/Ob …", French and Spanish "Si …" (not Italian "Se": Spanish
#: and Portuguese open sentences on the reflexive "Se trata de", "Se espera")
_CONDITION_LEAD = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=[—–]\s))[\s\"'“‘(*]*(?:(?:Even|Only|But|And|So|Yet)\s+)?"
    r"(?:If|IF|Unless|Whether|Should|Were|Suppose|Supposing|Assuming|Provided)\b"
)
_FOREIGN_CONDITION_LEAD = re.compile(
    r"(?:^|(?<=[.;:!?]\s))[\s\"'“‘„«(*]*(?:(?:Und|Aber|Mais|Pero|Ma)\s+)?"
    r"(?:Wenn|Falls|Sollten?|Ob|Si)\s"
)
#: the same inside a sentence: "developers will cheer if X ships open", "it is unclear
#: whether X will be open", "unless Meta opens it"; not "if not the best" or "if any",
#: which grant what they name, nor "as if"
_CONDITION_INNER = re.compile(
    r"(?<!\bas)(?<!\bAs)\s\(?(?:even\s+)?(?:if|unless|whether)\b(?!\s+(?:not|any|ever)\b)",
    re.I,
)
_FOREIGN_CONDITION_INNER = re.compile(r",\s+(?:wenn|falls|ob|si)\s|\ss['’]ils?\s", re.I)
#: Chinese, Japanese and Korean words of a condition or an open question, whose clause
#: runs to the next comma: "如果 X 开源, …", "是否开源" (whether it opens), "もし…", "만약 …"
_CJK_CONDITION = re.compile(r"如果|假如|倘若|(?<!主)要是|若是|是否|もし(?!く)|만약")
#: the words that end a question the clause before them asks: "オープンソースになるかどうか",
#: "오픈소스 공개 여부"
_CJK_QUESTION_END = re.compile(r"かどうか|여부")
_CONDITION_KEYS = ("if", "unless", "whether", "should", "were", "suppos", "assuming", "provided")
_FOREIGN_CONDITION_KEYS = ("wenn", "falls", "sollte", "ob ", "si ", "s'il", "s’il")
_CJK_CONDITION_KEYS = (
    "如果", "假如", "倘若", "要是", "若是", "是否", "もし", "만약", "かどうか", "여부",
)  # fmt: skip
#: where the condition's clause ends and the main clause begins
_CONDITION_END = re.compile(r",\s|，|、|;|；|\s[—–]\s|\bthen\b|[.!?。！？](?:\s|$)")
_CJK_CONDITION_END = re.compile(r"[,，、;；。！？!?]")


def in_condition(text: str, pos: int, groups: Sequence[Group], *, foreign: bool) -> bool:
    """Return True when the value at ``pos`` stands inside a condition or an open question.

    "If X follows the Llama line as an open-weight release, it …", "it is unclear whether
    X will be open-source", "Were X released under an open licence, …": the clause
    imagines or asks, it does not state. A leading condition runs to the comma that opens
    the main clause (a comma inside a list of names does not end it); one inside the
    sentence runs to its end (or to its bracket). ``foreign``: a post in another language
    is being read, so its words of condition count too.
    """
    lowered = text[: pos + 1].lower()
    if any(k in lowered for k in _CONDITION_KEYS) and _condition_span(
        text, pos, groups, _CONDITION_LEAD, _CONDITION_INNER
    ):
        return True
    if not foreign:
        return False
    if any(k in lowered for k in _FOREIGN_CONDITION_KEYS) and _condition_span(
        text, pos, groups, _FOREIGN_CONDITION_LEAD, _FOREIGN_CONDITION_INNER
    ):
        return True
    if any(k in text for k in _CJK_CONDITION_KEYS):
        for m in _CJK_CONDITION.finditer(text, 0, pos + 1):
            end = _CJK_CONDITION_END.search(text, m.end())
            if m.start() <= pos < (end.start() if end else len(text)):
                return True
        for m in _CJK_QUESTION_END.finditer(text, pos):
            start = max((b.end() for b in _CJK_CONDITION_END.finditer(text, 0, pos)), default=0)
            if start <= pos < m.start() and not _CJK_CONDITION_END.search(text, pos, m.start()):
                return True
            break
    return False


def _condition_span(
    text: str,
    pos: int,
    groups: Sequence[Group],
    lead: re.Pattern[str],
    inner: re.Pattern[str],
) -> bool:
    """Return True when a condition opened by ``lead`` or ``inner`` covers ``pos``."""
    for m in lead.finditer(text, 0, pos + 1):
        if m.start() <= pos < _condition_end(text, m.end(), groups):
            return True
    for m in inner.finditer(text, 0, pos + 1):
        if text[m.start() : m.end()].lstrip().startswith("("):
            close = text.find(")", m.end())
            if m.start() <= pos < (close if close >= 0 else len(text)):
                return True  # "(if you can call it that)": the bracket holds it
            continue
        if m.start() <= pos < _condition_end(text, m.end(), groups):
            return True
    return False


def _condition_end(text: str, start: int, groups: Sequence[Group]) -> int:
    """Return where a condition opened before ``start`` ends: the comma or the clause
    break that opens the main clause (a comma inside a list of names does not end it)."""
    end = start
    while (cut := _CONDITION_END.search(text, end)) is not None:
        if not any(g.start <= cut.start() < g.end for g in groups):
            return cut.start()
        end = cut.end()  # "If Scout, Maverick and Behemoth ship …": the list goes on
    return len(text)


_WE_RELEASE = re.compile(
    r"\b(?:[Ww]e|[Ww]e're|[Ww]e are|[Ww]e have)\s+(?:(?:now|also|proudly|today)\s+)?"
    r"(?:releas\w*|launch\w*|introduc\w*|unveil\w*|open[\s-]sourc\w*)\s+"
    r"(?:(?:the|our|a|an|new|two|three)\s+)*(?P<object>[A-Z][\w.-]*)"
)

_BASED_ON = re.compile(
    r"\b(?:based on|built (?:on top of|on|upon)|extends|extending|fine-?tuned (?:from|on)"
    r"|derived from|initiali[sz]ed from|continued[\s-]pre-?train\w*"
    r"(?:\s+\w+){0,4}?\s+(?:of|from|on)"
    # "is a fine-tuned version of", "a full parameter finetune of": the subject is the tune
    r"|(?:fine-?tuned|instruction-tuned|distilled)\s+(?:version|variant)\s+of"
    r"|fine-?tune\s+of"
    # "is the Medusa head of Meta's Llama-3.1-8B", "a small speculative draft head for
    # Llama-3.1-8B-Instruct": a head or adapter trained to sit on the Meta model
    r"|(?:draft\s+)?(?:head|adapter)s?\s+(?:of|for))"
    r"\s+(?:the\s+|Meta['’]s\s+|base\s+|pretrained\s+|meta-llama/)*",
    re.I,
)

#: the words _BASED_ON cannot match without
_BASED_ON_KEYS = (
    "based on", "built ", "extend", "fine", "derived from", "initiali", "continued",
    "instruction-tuned", "distilled", "head", "adapter",
)  # fmt: skip


def _names_meta(text: str) -> bool:
    """Return True when ``text`` holds "Meta" or "Facebook" (_BY_META and _META_VOICE
    cannot match without one)."""
    return "Meta" in text or "Facebook" in text


_BY_META = re.compile(
    r"\b(?:developed|created|made|built|trained|released) by (?:Meta|Facebook)\b"
    r"|\bModel [Dd]evelopers?\W{0,4}Meta\b"
)

_OWN_MODEL = re.compile(
    r"\b(?:[Tt]his|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?model\b"
    r"|^(?:[A-Z][a-z]+ly,\s+)?\S+-\S+\s+(?:model\s+)?(?:is|was)\b"
    # "This research presents Model E, a specialized fine-tune of …", "We introduce X,
    # a …": the page presents its own model, set off by a comma
    r"|(?:\b(?:[Tt]his|[Oo]ur)\s+(?:research|paper|work|study|report|post|article|project)\s+"
    r"(?:presents|introduces|describes|releases|proposes)\s+|\b[Ww]e\s+(?:present|introduce|"
    r"release|propose)\s+)(?:[A-Z][\w.-]*)(?:\s+[\w.-]+){0,2}?,\s+an?\s+(?:[\w-]+\s+){0,2}$"
)

#: "The NVIDIA Llama-3.1-8B Medusa model is …", "Acme Quokka 8B is …": a name that opens
#: on its maker, another lab, as the subject of "is" (the maker checked against the
#: other labs' names)
_MAKER_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<maker>[A-Z][\w.-]*)\s+(?:[\w.-]+\s+){0,3}?(?:model\s+)?(?:is|was)\b"
)
#: "A speculative decoding draft head for …": a card opening on what its model is, with
#: no subject before it (only for a head or an adapter: "A fine-tuned version of …" may
#: open a news item about something else)
_DESCRIBED_OPENING = re.compile(r"^An?\s+(?:[\w-]+\s+){0,4}$")

_HEAD_CUE = re.compile(r"(?:draft\s+)?(?:head|adapter)", re.I)

#: "Briefly, Quokka 2 70B is …": a name opening the sentence as the subject of "is"
_NAMED_SUBJECT = re.compile(
    r"^(?:[A-Z][a-z]+ly,\s+)?(?P<name>[A-Z][\w.-]*)(?:\s+[\w.-]+){0,2}?\s+(?:is|was)\b"
)

_MADE_BY_OTHER = re.compile(
    r"^(?P<subject>\S+(?:\s+\S+){0,3})\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,4}?model\s+"
    r"(?:customi[sz]ed|developed|created|fine-?tuned|trained|built|made)\s+by\s+"
    r"(?P<org>[A-Z][\w.&-]*)"
)

_META_NAMES = frozenset({"Meta", "Facebook", "Meta's"})

_AS_THE_BASE = re.compile(
    r"\s*(?:as|is) (?:the|our|its) (?:base|foundation(?: model)?)\b(?!\s+(?:for|of)\s+Meta)",
    re.I,
)

#: Meta speaking of its own model; a hub id ("Meta-Llama-3.3-70B") is only a name
_META_VOICE = re.compile(r"\b(?:Meta|Facebook)\b(?!-Llama)|\bMeta AI\b")

#: the same, less the maker's possessive: "fine-tuned on Meta's Llama-3.1-70B" names
#: whose base it is, and is the derivative's page speaking, not Meta
_META_SPEAKS = re.compile(r"\b(?:Meta|Facebook)\b(?!-Llama|['’]s\s)|\bMeta AI\b")

_HARDWARE_AFTER = re.compile(r"\s+(?:[A-Z]{1,3}\d{2,4}\w*|GPUs?|chips?|TPUs?)\b")


def foreign_between(text: str, start: int, pos: int) -> bool:
    """Return True when another developer or its model is named between subject and value."""
    if pos <= start:
        return False
    between = without_likened_rivals(text)[start:pos]
    if V.OTHER_MODEL.search(between):
        return True
    # "a single NVIDIA H100": a company's hardware is where the model runs, not a rival.
    return any(
        not _HARDWARE_AFTER.match(between, m.end()) for m in V.OTHER_COMPANIES.finditer(between)
    )


def company_before(text: str, catalog: ModelCatalog, pos: int) -> bool:
    head = text[:pos]
    for name in catalog.company_names:
        if _company_pattern(name).search(head):
            return True
    return bool(_THE_COMPANY.search(head))


_THE_COMPANY = re.compile(r"\bthe company\b", re.I)


@functools.cache
def _company_pattern(name: str) -> re.Pattern[str]:
    """Return the pattern of a company's name as the subject (compiled once per name)."""
    return re.compile(rf"\b{re.escape(name)}\b(?!['’]s\s+(?:Llama|new|next))")


def own_model_subject(head: str, title: str, groups_of: Callable[[str], Sequence[Group]]) -> bool:
    """Return True when the words before a base cue have the page's own model as subject.

    "This model …", "Acme-Llama-8B is …", or a name the title also carries ("Briefly,
    Quokka-2 is …" under "Acme ships Quokka-2") that is not a Meta model.
    """
    if _OWN_MODEL.search(head):
        return True
    maker = _MAKER_SUBJECT.match(head)
    if maker:
        company = V.OTHER_COMPANIES.match(maker.group("maker"))
        if company and company.end() == len(maker.group("maker")):
            return True
    m = _NAMED_SUBJECT.match(head)
    if not m or not title or any(g.start < m.end() for g in groups_of(head)):
        return False
    word = re.match(r"[A-Za-z]{3,}", m.group("name"))
    return word is not None and word.group(0).lower() in title.lower()


#: a spec sheet's field naming who made the page's model ("Company" / "DeepSeek",
#: "| Author/Organization | Nous Research |", "Model developer: Meta"). A bare "Author"
#: is a blog byline, and "Provider" the host serving someone else's model.
_DEVELOPER_FIELD = re.compile(
    r"\|?\s*(?:Company|Organi[sz]ation|Author\s*/\s*Organi[sz]ation|Developer|"
    r"Model\s+developers?|Developed\s+by|Model\s+creator|Creator)\s*(?:[|:]\s*(?P<value>.*))?",
    re.I,
)
#: a spec sheet's field naming the model the page's model was built from
_BASE_FIELD = re.compile(
    r"\|?\s*(?:Base\s+model|Parent\s+model|Fine-?tuned\s+from|Finetuned\s+from)"
    r"\s*(?:[|:]\s*(?P<value>.*))?",
    re.I,
)
_META_MAKER = re.compile(r"\b(?:Meta|Facebook|meta-llama|FAIR)\b", re.I)


def _field_values(units: Sequence[Unit], field_name: re.Pattern[str]) -> list[tuple[int, str]]:
    """Return the values of a spec field in the page's opening units, with their unit index.

    The value is on the field's own line ("Model developer: Meta") or, in a sheet laid
    out as label line then value line, on the next unit.
    """
    found: list[tuple[int, str]] = []
    for index, unit in enumerate(units[:40]):
        m = field_name.fullmatch(unit.clean.strip())
        if not m:
            continue
        value = (m.group("value") or "").strip(" |")
        at = index
        if not value and index + 1 < len(units):
            at = index + 1
            if units[at].bullet:
                # a site's footer menu ("Company" over "• About", "• Careers") is
                # navigation, not a spec sheet's field and its value
                continue
            value = units[at].clean.strip(" |")
        if value and len(value.split()) <= 6:
            found.append((at, value))
    return found


def spec_sheet_of_other_model(
    units: Sequence[Unit],
    titled: Collection[str],
    groups_of: Callable[[str], Sequence[Group]],
) -> bool:
    """Return True for a spec sheet whose fields say its model is not Meta's.

    "Company: DeepSeek" on a distill's page, "| Author/Organization | Nous Research |"
    on a fine-tune's listing, or a "Base Model" field naming the Meta model the page
    names first: every value on such a page (its size, window, date) is that model's,
    and the Meta model appears in it only as a base or a serving target.
    """
    for _, value in _field_values(units, _DEVELOPER_FIELD):
        if _META_MAKER.search(value):
            return False  # Meta's own model (a card or a listing of it)
        if re.match(r"[A-Za-z]", value) and not re.match(r"\d", value):
            return True
    for at, value in _field_values(units, _BASE_FIELD):
        del value
        text = units[at].clean
        if any(set(titled) & set(g.models) for g in groups_of(text)):
            return True
    return False


#: a merge tool's card speaking of its own model: "This is a merge of …", "This model was
#: merged using …". Every Meta model such a card names is one of the merge's sources.
_MERGED_CARD = re.compile(
    r"\b(?:[Tt]his|[Oo]ur)\s+(?:[\w.-]+\s+){0,2}?(?:is|was)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"merge\s+of\b|merged\s+(?:using|with|from)\b)"
)


def _merged_card(units: Sequence[Unit]) -> bool:
    """Return True when the page's opening says its own model is a merge of others."""
    return any("merge" in unit.clean and _MERGED_CARD.search(unit.clean) for unit in units[:20])


def derivative_post(
    units: Sequence[Unit],
    titled: Collection[str],
    groups_of: Callable[[str], Sequence[Group]],
    title: str = "",
) -> bool:
    """Return True when the page says its subject is based on the model its title names.

    ``titled`` is the title's models (else the post's first); ``groups_of`` a sentence's
    mention groups; ``title`` the page title, whose own names mark the page's subject.
    """
    # (each pattern below runs only where words it cannot match without are)
    if any(_names_meta(unit.clean) and _BY_META.search(unit.clean) for unit in units[:30]):
        return False  # Meta's own card ("Developed by: Meta") may name its base too
    if spec_sheet_of_other_model(units, titled, groups_of) or _merged_card(units):
        return True
    for unit in units[:20]:
        text = unit.clean
        if _names_meta(text) and _META_SPEAKS.search(text):
            continue
        lowered = text.lower()
        # Only a statement about this page's own model counts ("This model extends …",
        # "Acme-Llama-8B is … based on …"), not a rule about any derived model.
        cues = (
            [
                m.end()
                for m in _BASED_ON.finditer(text)
                if own_model_subject(text[: m.start()], title, groups_of)
                or (_HEAD_CUE.match(m.group()) and _DESCRIBED_OPENING.match(text[: m.start()]))
            ]
            if V.may_hold(lowered, _BASED_ON_KEYS)
            else []
        )
        cues_before = (
            [m.start() for m in _AS_THE_BASE.finditer(text)]
            if V.may_hold(lowered, ("base", "foundation"))
            else []
        )
        # "Acme-Llama-70B is a language model customized by Acme": the page's subject
        # carries a Llama name but is another party's model.
        made = _MADE_BY_OTHER.search(text) if "model" in text and "by" in text else None
        if (
            made
            and made.group("org") not in _META_NAMES
            and re.search(r"llama", made.group("subject"), re.I)
        ):
            return True
        if not cues and not cues_before:
            continue
        for group in groups_of(text):
            after = any(0 <= group.start - end <= 12 for end in cues)
            before = any(0 <= start - group.end <= 12 for start in cues_before)
            if (after or before) and set(titled) & set(group.models):
                return True
    return False


# --- bases: the Meta models a page's own model is built from --------------------------------

#: words right before a name that make it what another model was built from: "based on",
#: "a fine-tune of", "trained from", "quantizations of", and the same in the other
#: languages read ("basado en", "basé sur", "basierend auf", "на основе", "基于")
_BASE_CUE_BEFORE = re.compile(
    r"(?:\bbased\s+(?:on|upon)|\bbuilt\s+(?:on\s+top\s+of|on|upon)|\bon\s+top\s+of|"
    r"\bfine-?tuned\s+(?:from|on|with)|\btrained\s+(?:from|on\s+top\s+of)|\bderived\s+from|"
    # the verb with the base as its object: "We fine-tuned Llama 2 13B", "fine-tuning Llama 3"
    # (said of the page's own work only: see _built_by_other)
    r"\b(?:fine-?tun|finetun|distill|quantiz|quantis|merg)(?:ed|ing)|"
    r"\b(?:fine-?tunes?|finetunes?|merges?|derivatives?|quantizations?|quants?)\s+of|"
    r"\bdistilled\s+from|\binitiali[sz]ed\s+(?:from|with)|\bstart(?:s|ed|ing)?\s+from|"
    r"\b(?:quantized|quantised|fine-?tuned|distilled|pruned|GGUF|AWQ|GPTQ)\s+"
    r"(?:versions?|variants?|copies|builds?)\s+of|"
    # "GGUF format model files for Meta's Llama 2 13B-chat", "GPTQ quants of …"
    r"\b(?:GGUF|GGML|GPTQ|AWQ|EXL2|MLX)\s+(?:format\s+)?(?:model\s+)?"
    r"(?:files|weights|quants?|quantizations?)\s+(?:of|for)|"
    r"\bbasad[oa]s?\s+en|\bbas[ée]e?s?\s+sur|\bbasierend\s+auf|\bbasiert\s+auf|"
    r"\bauf\s+(?:Basis|Grundlage)\s+(?:von|des)|\bbasat[oa]\s+su|\bbasead[oa]s?\s+(?:em|no|na)|"
    r"на\s+основе|основан[аоы]?\s+на|dựa\s+trên|\bberbasis|基于|基於)"
    r"\s*(?:(?:the|a|an|Meta(?:\s+AI)?'s|Meta|its|their|our|open-source|open|base|pre-?trained|"
    r"original|existing|foundation|de|del|la|el|le|der|die|das|dem|il|lo|o)\s+)*[「『\"]?$",
    re.I,
)
#: the same after the name, where a language puts it there ("「Llama 2」をベースとした",
#: "Llama 3를 기반으로", "以 Llama 3 为基础"), or "-based", "as its base"
_BASE_CUE_AFTER = re.compile(
    r"\s?[」』\"]?\s?(?:(?:を|に|が)\s?(?:ベース|基に|もとに|元に|基づ)|ベースの|(?:을|를)?\s?기반|"
    r"(?:为|為|作为|作為)基[础礎]|基础上|基礎上|tabanlı)"
    r"|[\s-]based\b|\s+as\s+(?:the|our|its|a)\s+(?:base|foundation|starting\s+point)\b"
    # a quantized copy's name: "Llama 2 13B Chat - GGUF"
    r"|[\w-]*\s*[-–]\s*(?:GGUF|GGML|GPTQ|AWQ|EXL2|MLX)\b",
    re.I,
)
#: a spec field naming the page's model's base, which needs no subject: "Base model:
#: Llama 3.1 8B", "기본 모델은 Llama-3.1-70B", "ベースモデル: …", "基础模型 …"
_BASE_FIELD_CUE = re.compile(
    r"(?:\b(?:base|parent|foundation|original|source)[\s_]+model|\bfine-?tuned\s+from|기본\s?모델|베이스\s?모델|"
    r"ベースモデル|基础模型|基座模型|基礎模型|基盤モデル)"
    r"\s*(?:[:：|]|\(s\)\s*:|은|는|は|是|为|為)?\s*(?:-\s*)?(?:[\w-]+/)?$",
    re.I,
)
#: the words without which _BASE_CUE_BEFORE cannot match (a cheap test before it)
_BASE_CUE_KEYS = (
    "based", "built", "top of", "tuned", "trained", "derived", "tune", "merge", "deriva",
    "quant", "distilled", "initiali", "start", "pruned", "gguf", "awq", "gptq", "basad",
    "basé", "basee", "basée", "basier", "basis", "grundlage", "basat", "basead", "основ",
    "dựa", "berbasis", "基于", "基於",
)  # fmt: skip
#: the words without which no base cue can match: a cheap test on each sentence
_ANY_BASE_KEYS = (
    "based", "built", "top of", "tune", "train", "derive", "merge", "quant", "distill",
    "initiali", "start", "prun", "gguf", "awq", "gptq", "basad", "basé", "basee", "basée",
    "basier", "basis", "grundlage", "basat", "basead", "основ", "dựa", "berbasis", "基于",
    "基於", "ベース", "基に", "もとに", "元に", "基づ", "기반", "基础", "基礎", "tabanlı", " as ",
    "base", "parent", "foundation", "기본", "베이스", "基座", "基盤", "finetun", "ggml", "exl2",
    "mlx", "original", "source",
)  # fmt: skip
#: the same keys as one trie pattern: a unit of a page is tested against all of them
_ANY_BASE_GATE = V.key_pattern(_ANY_BASE_KEYS)
_BASE_AFTER_KEYS = (
    "ベース", "基に", "もとに", "元に", "基づ", "기반", "基础", "基礎", "tabanlı", "based",
    " as ", "gguf", "ggml", "gptq", "awq", "exl2", "mlx",
)  # fmt: skip
#: the page's own model as the subject before a base cue: "This model …", "The resulting
#: model …", "We fine-tuned …", "I trained …", and the same words in the languages read
_OWN_SUBJECT = re.compile(
    r"\b(?:[Tt]his|[Oo]ur|[Mm]y|[Tt]he\s+resulting|[Tt]he\s+final)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:model|LLM|fine-?tune|checkpoint|merge|version|assistant|chatbot|flagship|release|"
    r"system)s?\b"
    r"|\b(?:[Ww]e|I)(?:\s+have|'ve)?\s+(?:(?:also|then|just|further|first)\s+)?"
    r"(?:fine-?tuned|finetuned|trained|built|based|started|took|used|merged|quantized|"
    r"distilled|continued)\b"
    r"|\b(?:[Ww]e|I)(?:\s+have|'ve)?\s+(?:(?:also|then|just|further|first)\s+)?$"
    # "The model, which is based on …" opening the sentence
    r"|^\W*[Tt]he\s+(?:[\w-]+\s+){0,2}?model\b"
    r"|このモデル|本モデル|該模型|该模型|本模型|이\s?모델|본\s?모델|[Ee]st[ea]\s+modelo|"
    r"[Cc]e\s+modèle|[Dd]ieses\s+Modell|[Qq]uesto\s+modello|[Ee]ss[ea]\s+modelo|[Ээ]та\s+модель|"
    r"^\W*(?:Das|Unser|Le|Notre|El|Nuestro|Il|Nostro|O|Nosso)\s+(?:neue\s+|nouveau\s+|nuevo\s+|"
    r"nuovo\s+|novo\s+)?(?:Modell|modèle|modelo|modello)\b"
)
#: a derived thing named by its kind, which needs no subject: "a LoRA on top of …", "a
#: fine-tune of …", "a merge of …", "a GGUF quantization of …"
_DERIVED_KIND = re.compile(
    r"\b(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:LoRA|QLoRA|adapter|fine-?tune|finetune|merge|"
    r"quantization|quant)\s+(?:on\s+top\s+of|of|for|on)\s+"
    # a quantized copy, whatever its subject: "Quantizations of …", "GGUF model files for
    # …", "Llama 2 13B Chat - GGUF"
    r"|\b(?:quantizations?|quants)\s+of\b|\b(?:GGUF|GGML|GPTQ|AWQ|EXL2|MLX)\b",
    re.I,
)
#: a name opening the sentence as the subject of a copula: "Quokka is a …", "Quokka est
#: un modèle …", "Quokka ist ein …", "Quokka 是一个 …", "Quokka は …"
_NAME_IS = re.compile(
    r"[\W_]*(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9v][\w.+-]*){0,3})\s*(?:,[^,]{0,80},\s*)?"
    r"(?:is|was|est|ist|war|è|es|é|era|был[аио]?|是|は|는|은)(?:\s|$|(?<=[是は는은]))"
)
#: a name opening the sentence as its subject, and a name with an apposition right
#: before the cue ("Acme put out Quokka, a small chat model tuned from …")
_NAME_OPENING = re.compile(r"[\W_]*(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})")
_NAME_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3}),\s+an?\s+[^,;.!?]{0,90}$"
)
#: a capitalised word that cannot be another model's name: a function word, a pronoun,
#: the company, a month (shared with facts, which reads a sentence's opening the same way)
NOT_A_MODEL_NAME = re.compile(
    r"(?:The|This|That|These|Those|It|Its|Our|We|I|A|An|In|On|At|As|For|With|And|But|Or|So|"
    r"Meta|Facebook|Llama|LLaMA|Today|Now|Here|There|Some|Many|Most|All|Any|Other|Every|Each|"
    r"Both|Also|Yet|Still|Then|Thus|However|While|When|If|Their|They|He|She|You|Du|Sie|Ich|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b"
)


#: the maker's possessive right before a base's name ("Meta AI's", "Meta의", "Meta 社の"):
#: it names whose model the base is, not Meta as the one speaking
_MAKERS_POSSESSIVE = re.compile(
    r"(?:Meta|Facebook)(?:\s+AI)?(?:'s|의|\s*社?の|\s*的)?\s*[「『\"]?\s*$"
)


def _proper_name(name: str, title: str) -> bool:
    """Return True when a capitalised word is written as a name, not as a sentence's first
    word: it carries a digit, an inner capital or a hyphen ("Quokka-8B", "AstroLLaMA",
    "Hermes 3", "ELYZA"), or the title carries it too."""
    if NOT_A_MODEL_NAME.match(name):
        return False
    if re.search(r"\d|[a-z][A-Z]|[A-Z]{2}|-", name):
        return True
    word = name.split()[0].lower()
    return len(word) >= 3 and word in re.findall(r"\w+", title.lower())


#: "It …", "They …" opening a sentence: its subject is the one the sentence before named
_PRONOUN_OPENING = re.compile(r"\s*(?:It|They|This|These)\s+(?!model|LLM)")


def _built_by_other(text: str, cue: int, title: str, previous: str = "") -> bool:
    """Return True when what the base cue at ``cue`` is said of is the page's own model or
    another named model, not Meta's: "This model is based on …", "We fine-tuned …",
    "Quokka is a fine-tune of …", "Acme put out Quokka, a small chat model tuned from …"."""
    head = text[:cue]
    if _OWN_SUBJECT.search(head):
        return True
    if previous and _PRONOUN_OPENING.match(head):
        # "Quokka-70B is our new assistant. It starts from …": "It" is the name before
        opening = _NAME_OPENING.match(previous)
        return opening is not None and _proper_name(opening.group("name"), title)
    if _DERIVED_KIND.search(text, max(0, cue - 40), cue + 40):
        return True
    opening = _NAME_OPENING.match(head)
    if opening and _proper_name(opening.group("name"), title):
        return True
    named = _NAME_IS.match(head)
    if named and not NOT_A_MODEL_NAME.match(named.group("name")):
        return not V.OTHER_COMPANIES.match(named.group("name"))
    apposed = _NAME_APPOSED.search(head)
    return apposed is not None and _proper_name(apposed.group("name"), title)


def base_cue_at(text: str, group: Group) -> int | None:
    """Return where the base cue naming ``group`` as a base starts, or None."""
    field_cue = _BASE_FIELD_CUE.search(text, max(0, group.start - 40), group.start)
    if field_cue is not None:
        return field_cue.start()
    lowered = text[max(0, group.start - 60) : group.start].lower()
    if V.may_hold(lowered, _BASE_CUE_KEYS):
        before = _BASE_CUE_BEFORE.search(text, max(0, group.start - 60), group.start)
        if before is not None:
            return before.start()
    after = text[group.end : group.end + 24]
    if V.may_hold(after.lower(), _BASE_AFTER_KEYS) and _BASE_CUE_AFTER.match(text, group.end):
        return group.start
    return None


def base_models(
    units: Sequence[Unit],
    title_models: Collection[str],
    groups_of: Callable[[str], Sequence[Group]],
    title: str = "",
) -> frozenset[str]:
    """Return the Meta models the page names as what its own model was built from.

    "Quokka-8B is a fine-tune of Meta Llama 3.1 8B", "We fine-tuned Llama 2 13B on Welsh",
    "「Llama 2」をベースとした日本語LLM" as a headline: the page is about a model built on
    them, so they are bases here, whatever the page goes on to say of "the model". A page
    whose title names a Meta model as its subject, or whose opening is Meta's own card,
    has none (a launch post may name a fine-tune built on its model in passing).
    """
    if any(_names_meta(unit.clean) and _BY_META.search(unit.clean) for unit in units[:30]):
        return frozenset()
    found: set[str] = set()
    #: the models named as a sentence's subject before any cue named them as a base: the
    #: page is about them ("Meta released Llama 3 … Quokka, a fine-tune of Llama 3 8B")
    subjects: set[str] = set()
    previous, previous_block = "", -2
    for unit in units:
        text = unit.clean
        before = previous if previous_block == unit.block else ""
        previous, previous_block = text, unit.block
        groups = groups_of(text)
        cued = (
            [g for g in groups if g.models and not g.generic and base_cue_at(text, g) is not None]
            if V.may_match(text.lower(), _ANY_BASE_GATE)
            else []
        )
        for group in cued:
            if set(group.models) <= subjects:
                continue
            cue = base_cue_at(text, group) or 0
            head = _MAKERS_POSSESSIVE.sub("", text[:cue])
            if (
                "Meta" in head
                or "Facebook" in head
                or any(g.models and not g.baseline and g.start < cue for g in groups)
            ):
                continue  # Meta's own variant or model built on it ("Llama Guard 3, … on …")
            if (
                unit.block == -1
                or _BASE_FIELD_CUE.search(text, max(0, group.start - 40), group.start)
                or _built_by_other(text, cue, title, before)
            ):
                found.update(group.models)
        if unit.block >= 0:
            subjects.update(
                m for g in groups if g.models and not g.baseline and g not in cued for m in g.models
            )
    # a title naming a Meta model as its subject, not as a base, makes the page that
    # model's (a launch post may name a fine-tune built on it in passing)
    if set(title_models) - found:
        return frozenset()
    return frozenset(found)


#: a hub id ("saltlux/Ko-Llama3-Luxia-8B") and a name glued onto a Llama name
#: ("Llama-3.1-70B-EZO-1.1-it", "ELYZA-japanese-Llama-2-13b")
_HUB_ID = re.compile(r"\b[\w.-]+/(?P<name>[\w.+-]+)")
_GLUED_LLAMA = re.compile(r"[\w.+]*(?i:llama)[\w.+]*(?:-[\w.+]+)+|[\w.+]+-(?i:llama)[\w.+-]*")


def names_other_model(title: str, groups: Sequence[Group]) -> bool:
    """Return True when the title names a model that is not Meta's by its hub id or by a
    name glued onto a Llama name: the page is that model's card, whatever it copies."""
    if "/" not in title and "lama" not in title.lower():
        return False
    spans = [(m.start("name"), m.end("name")) for m in _HUB_ID.finditer(title)]
    spans += [(m.start(), m.end()) for m in _GLUED_LLAMA.finditer(title)]
    return any(not any(g.start <= a and b <= g.end for g in groups) for a, b in spans)


#: "Meta releases Llama 2", "Meta's answer to DeepSeek": Meta is the title's subject
_TITLE_META_SUBJECT = re.compile(
    r"\b(?:Meta|Facebook|Zuckerberg)(?:['’]s)?\s+(?:(?:new|latest|open|own|AI|finally|quietly|"
    r"just)\s+){0,2}(?:releases|launches|unveils|introduces|debuts|ships|open-sources|announces|"
    r"rolls out|drops|unleashes|answer|response|challenger|rival)\b"
    # "Microsoft and Meta release Llama 2": Meta with a partner as the subject
    r"|\b(?:Meta|Facebook)(?:\s+(?:and|&)\s+[A-Z][\w.-]*|\s*,?\s+[A-Z][\w.-]*\s+(?:and|&)\s+)?"
    r"\s+(?:release|launch|unveil|introduce|debut|open-source)\b"
    r"|\b[A-Z][\w.-]*\s+(?:and|&)\s+(?:Meta|Facebook)\s+(?:release|launch|unveil|introduce|"
    r"debut|open-source)\b"
)
#: "ChatGPT rival", "a DeepSeek challenger", "takes on GPT-4": the other lab's name is
#: what a Meta model is measured against, not the title's subject
_TITLE_RIVAL_AFTER = re.compile(
    r"[\w.-]*(?:['’]s)?[\s-]+(?:rival|challenger|competitor|killer|alternative|beater)\b", re.I
)
_TITLE_RIVAL_BEFORE = re.compile(
    r"\b(?:takes? on|answer to|rivals?(?: to)?|alternative to|challeng\w*|targets?|face|faces|"
    r"versus|vs\.?|against|beats?|outperforms?)\s+(?:the\s+)?"
    # "targets OpenAI, Google": every name of the list is a rival
    r"(?:[\w.'’-]+(?:,|\s+and|\s+&)\s+){0,3}$",
    re.I,
)


def other_lab_as_rival(title: str) -> bool:
    """Return True when every other lab or model the title names is only a rival.

    "ChatGPT rival: Meta releases Llama 2", "OpenAI and Google face a new model as
    Meta launches Llama 3": the title is about the Meta model it names.
    """
    if _TITLE_META_SUBJECT.search(title):
        return True
    found = False
    for pattern in (V.OTHER_MODEL, V.OTHER_COMPANIES):
        for m in pattern.finditer(title):
            found = True
            if not (
                _TITLE_RIVAL_AFTER.match(title, m.start())
                or _TITLE_RIVAL_BEFORE.search(title[: m.start()])
            ):
                return False
    return found


#: "vs" or "versus" between two names of a title
_VERSUS = re.compile(r"\s+(?:vs\.?|versus|v\.)\s+", re.I)


def compared_side_by_side(title: str, groups: Sequence[Group]) -> bool:
    """Return True for a title that sets models side by side with "vs", a Meta model one
    of them: "GPT-4o vs Claude 3.5 vs Llama 3.1", "Gemini 2 vs Llama 4: which is best".

    The Meta model must be one of the compared items itself (a "vs" right before or
    after it), not named elsewhere in a title about another lab's match-up.
    """
    for group in groups:
        if not group.models:
            continue
        before = title[max(0, group.start - 12) : group.start]
        if re.search(r"\s(?:vs\.?|versus|v\.)\s+$", before, re.I) or _VERSUS.match(
            title, group.end
        ):
            return True
    return False


#: the family's bare name as one item of a list with other labs' models, in a title that
#: compares: "Comparing Llama, Mistral, and Beyond", "Llama, Mistral and Falcon Compared",
#: "Falcon vs Llama vs Mistral". A bare "Llama" names no catalog model, so the title
#: names no Meta model for compared_side_by_side, yet Meta's models are compared items.
_BARE_FAMILY_ITEM = re.compile(
    r"\bL(?:lama|LaMA|LAMA)\b(?![\s-]*\d)(?:['’]s)?\s*(?:,|&|/|\band\b|\bvs\.?|\bversus\b)\s*"
    r"(?:and\s+)?(?:" + V.OTHER_MODEL.pattern + r")"
    r"|(?:" + V.OTHER_MODEL.pattern + r")[\w.-]*\s*(?:,|&|/|\band\b|\bvs\.?|\bversus\b)\s*"
    r"(?:and\s+)?L(?:lama|LaMA|LAMA)\b(?![\s-]*\d)"
)
_COMPARING_TITLE = re.compile(
    r"\b(?:compar\w*|vs\.?|versus|showdown|head-to-head|face-?off|which (?:is|one)|"
    r"the best)\b",
    re.I,
)


def bare_family_compared(title: str) -> bool:
    """Return True for a title comparing the family's bare name with other labs' models."""
    return bool(_COMPARING_TITLE.search(title) and _BARE_FAMILY_ITEM.search(title))


_LAUNCH_AFTER = re.compile(
    r"[\w.'’-]*(?:\s+[\w.-]+){0,2}?\s+(?:releases|launches|unveils|introduces|debuts|ships|"
    r"open-sources|announces|rolls out|drops)\b"
)


def _other_lab_launches(title: str) -> bool:
    """Return True when another lab or its model is the subject of a launch in the title."""
    return any(
        _LAUNCH_AFTER.match(title, m.start())
        for pattern in (V.OTHER_MODEL, V.OTHER_COMPANIES)
        for m in pattern.finditer(title)
    )


#: where a title's parts meet: "Gemini AI March 17: Meta mulls …", "… — Meta delays …"
_TITLE_PART = re.compile(r":\s+|\s+[—–|]\s+|\s+-\s+")
_RIVAL_WORD = re.compile(r"\b(?:rival|challenger|competitor|killer|alternative|beater)s?\b", re.I)
#: Meta as the subject of the part's verb ("Meta mulls", "Meta delays"), not "Meta's …"
_OPENS_ON_META = re.compile(r"(?:Meta|Facebook|Zuckerberg)\s+(?:is\s+|has\s+|will\s+)?[a-z]{3,}\b")


def meta_part_leads(title: str, first_meta: int) -> bool:
    """Return True when the title part that names the first Meta model opens on Meta.

    "Gemini AI March 17: Meta mulls Google tie-up after Avocado delay": the words before
    the colon are a label; the part about Avocado has Meta as its subject. "Gemini 4
    arrives: Meta's Llama 4 falls behind" stays another lab's: Meta is no verb's subject.
    """
    start = 0
    for m in _TITLE_PART.finditer(title, 0, first_meta):
        start = m.end()
    if start == 0 or not _OPENS_ON_META.match(title, start):
        return False
    # "Gemini 3 review: Meta's Llama 4 challenger": the Meta model is the rival
    return not _RIVAL_WORD.search(title, start)


#: Meta's model named as one more item after other labs' models: "…, and Meta has Llama"
_META_TOO = re.compile(
    r"(?:,|\s[–—-])\s*(?:and|und|et|y|e|while|whereas|während)\s+Meta\s+(?:has|hat|a|tiene|ha|"
    r"offers|bietet|propose|ofrece)\s[^.;:?!]{0,60}?\bL(?:lama|LaMA|LAMA)\b"
)


def foreign_launch(title: str, groups: Sequence[Group], company_names: Collection[str]) -> bool:
    """Return True for a title like "A university lab releases Quokka, a chat model"."""
    m = _TITLE_LAUNCH.match(title)
    if not m or m.group("subject").split()[0] in company_names:
        return False
    return not any(g.start == m.start("object") for g in groups)


def opens_on_other_release(
    units: Sequence[Unit], groups_of: Callable[[str], Sequence[Group]]
) -> bool:
    """Return True when the post opens on a lab releasing a model that is not Meta's."""
    for unit in units[:8]:
        m = _WE_RELEASE.search(unit.clean)
        if m and not any(g.start == m.start("object") for g in groups_of(unit.clean)):
            return not _META_VOICE.search(unit.clean)
        if m:
            return False
    return False


def _body_is_metas(units: Sequence[Unit], groups_of: Callable[[str], Sequence[Group]]) -> bool:
    """Return True when the body names Meta's models as subjects, and other labs' models
    in at most half as many lines (a passing comparison leaves the page Meta's)."""
    subjects = 0
    others = 0
    for unit in units:
        if V.OTHER_MODEL.search(unit.clean):
            others += 1
        subjects += sum(1 for g in groups_of(unit.clean) if g.models and not g.baseline)
    if not others:
        return subjects >= 2
    return subjects >= 3 and subjects >= 2 * others


@dataclass(frozen=True, slots=True)
class PostScope:
    """What a post as a whole is about, read from its title and opening lines."""

    #: the models the title names as its subject, and the focus they give
    title_models: tuple[str, ...] = ()
    title_focus: Focus = field(default_factory=Focus)
    guess: bool = False  #: the title announces predictions or wishes
    #: the title's subject is another lab or its model: Meta's models appear only as
    #: comparisons or bases, so nothing is said of them by reference ("the model")
    foreign: bool = False
    #: the page's subject is built on the model its title names: nothing is Meta's
    derivative: bool = False
    #: the Meta models the page's own model is built from: said of only where named
    bases: frozenset[str] = frozenset()
    #: the title names another model by its hub id or a name glued onto a Llama name
    names_other: bool = False


def read_post_scope(
    raw_title: str,
    units: Sequence[Unit],
    post_models: Sequence[str],
    catalog: ModelCatalog,
    groups_of: Callable[[str], Sequence[Group]],
) -> PostScope:
    """Read the post's scope; ``post_models`` are the models it names as subjects."""
    # "Today, we're releasing Quokka-7B …" on another lab's page: the post is about
    # its own model, and Meta's models appear in it as bases.
    we_release_other = opens_on_other_release(units, groups_of)
    title = clean_inline(raw_title)[0] if raw_title else ""
    guess = bool(GUESSWORK.search(title))
    foreign = False
    title_models: tuple[str, ...] = ()
    title_focus = Focus()
    if title:
        first_meta = min((g.start for g in groups_of(title)), default=len(title))
        foreign = (
            other_subject(title[:first_meta]) and not meta_part_leads(title, first_meta)
        ) or foreign_launch(title, groups_of(title), catalog.company_names)
        subjects = [g for g in groups_of(title) if not g.baseline and g.models]
        title_models = tuple(dict.fromkeys(m for g in subjects for m in g.models))
        meta_named = bool(groups_of(title))
        if foreign and (
            (meta_named and other_lab_as_rival(title))
            or (_TITLE_META_SUBJECT.search(title) and not _other_lab_launches(title))
        ):
            # The title names a Meta model as its subject and the other lab only as
            # its rival: the post is Meta's.
            foreign = False
        if foreign and (
            (meta_named and compared_side_by_side(title, groups_of(title)))
            or bare_family_compared(title)
        ):
            # "GPT-4o vs Claude 3.5 vs Llama 3.1", "Comparing Llama, Mistral, and Beyond":
            # several labs' models set side by side, Meta's among them; the page is
            # about each, not another lab's.
            foreign = False
        title_focus = Focus(title_models, all(g.generic for g in subjects))
    if foreign and _META_TOO.search(title):
        # "Google has PaLM, OpenAI has GPT-4, and Meta has Llama": the labs are set
        # side by side and Meta's model is the last, the post's, item
        foreign = False
    if foreign and not we_release_other and _body_is_metas(units, groups_of):
        # "IBM Llama 4 Scout": a host's name before the model in a title; the body names
        # no other lab's model and keeps naming Meta's, so the page is about Meta's model
        foreign = False
    foreign = foreign or (we_release_other and not title_models)
    # "Acme-Llama-3-8B-Long … extends Llama 3 8B": a page whose subject is built on the
    # very model its title names is about a derivative (a fine-tune, a long-context or
    # translated version): its specs and values belong to that model, not to Meta's.
    derivative = derivative_post(units, title_models or tuple(post_models[:1]), groups_of, title)
    bases = base_models(units, title_models, groups_of, title)
    if bases:
        # "Quokka: fine-tuning Llama 2 for Welsh": the title names the base, not its subject
        title_models = tuple(m for m in title_models if m not in bases)
        title_focus = Focus(title_models, title_focus.generic) if title_models else Focus()
    other = bool(title) and names_other_model(title, groups_of(title))
    return PostScope(
        title_models, title_focus, guess, foreign or derivative, derivative, bases, other
    )
