"""Attribute readers: find values in one sentence and hand each to ``add``.

Each reader looks at a cleaned sentence and calls ``add(attribute, value, position)``
for every value it finds; ``position`` (a character offset) lets the caller decide
which model the value is said of. A value may also be a function of the model (an
unnamed "community licence" is the licence of whichever model it is said of).
Readers never decide targets or certainty: :mod:`facts` does.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from llamawatch.attributes import date_span
from llamawatch.extractors import languages as L
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.dates import (
    DATE_HINT,
    DateMention,
    earliest_day,
    find_dates,
    is_month_only,
)
from llamawatch.extractors.numbers import Quantity, find_quantities, parse_quantity
from llamawatch.extractors.numbers import foreign_unit_values as _foreign_unit_values
from llamawatch.records import FactValue

ValueOrRule = FactValue | Callable[[str], FactValue | None]


class Add(Protocol):
    """The callback a reader reports a value through."""

    def __call__(
        self,
        attribute: str,
        value: ValueOrRule,
        pos: int,
        *,
        only: str | None = None,
        fallback: Sequence[str] = (),
        fallback_generic: bool = False,
    ) -> None: ...


_PARAM_AFTER = re.compile(r"^[\s-]*(?:[\w-]+[\s-]+)?(?:total\s+)?param(?:eter)?s?\b", re.I)
_ACTIVE_AFTER = re.compile(
    r"^[\s(\[-]*(?:\w+[\s-]+){0,2}?(?:active|activated)\b|"
    # "with only 17 billion actively used", "… parameters actively engaged per token"
    r"^[\s-]*(?:param(?:eter)?s?\s+)?actively\s+(?:used|engaged|working|firing|involved)\b|"
    # "2 trillion parameters, 288 billion of which are active": a share of the total
    r"^\s+(?:of (?:which|them|these|those)|of the (?:total|parameters))\s+(?:are|is|get|being)?"
    r"\s*(?:only |just )?(?:active|activated|used per token)\b",
    re.I,
)
#: "3.54 billion daily active users", "miliardi di utenti attivi", "30亿日活跃用户": "active"
#: said of people, accounts or devices counts an audience, never parameters
_AUDIENCE = (
    r"users?|utenti|usuarios|usuários|utilisateurs|utilizadores|nutzer\w*|benutzer\w*|"
    r"people|persone|personas|pessoas|personnes|menschen|accounts?|members?|subscribers?|"
    r"customers?|clients?|devices?|installs?|listeners|players|viewers|readers|creators|"
    r"advertisers|businesses|communities|sessions|contributors|learners|students|shoppers"
)
_ACTIVE_WORD = r"(?:active|activated|attivi|activos|ativos|actifs|aktive[nr]?|aktiv)"
_ACTIVE_AUDIENCE = re.compile(
    r"^[\s(\[-]*(?:(?:de|di|von|d['’])\s*)?(?:" + _AUDIENCE + r")[\s-]+(?:(?:daily|monthly|"
    r"quotidiani|mensili|diarios|mensuales|diários|mensais|quotidiens|mensuels)[\s-]+)?"
    + _ACTIVE_WORD
    + r"\b|"
    r"^[\s(\[-]*(?:\w+[\s-]+){0,2}?(?:daily|monthly|weekly)[\s-]+actives?\b|"
    r"^[\s(\[-]*(?:\w+[\s-]+){0,2}?(?:(?:daily|monthly|weekly|tägliche?|monatliche?)[\s-]+)?"
    + _ACTIVE_WORD
    + r"[\s-]+(?:(?:daily|monthly)[\s-]+)?(?:"
    + _AUDIENCE
    + r")\b|"
    r"^\s*(?:个|個|人)?\s*(?:日|月|周|週)?(?:活跃|活躍|アクティブ)?\s*(?:用户|用戶|ユーザー|사용자)",
    re.I,
)
#: "Scout (17B, 16 experts)": active or total is not said; say nothing
_EXPERTS_AFTER = re.compile(r"^\s*,\s*\d+\s+experts\b", re.I)
_ACTIVE_BEFORE = re.compile(
    r"\b(?:active|activated|activates|activating|activate)(?:\s+param(?:eter)?s?)?(?:\s+count)?"
    r"(?:\s*:|\s+(?:of|is|are|to))?\s*(?:only|just|about|around|roughly|~)?\s*$",
    re.I,
)
#: "17 billion parameters per token": the share used on each token is the active count
_PER_TOKEN_AFTER = re.compile(
    r"^[\s-]*param(?:eter)?s?\s+(?:per|for each|on each|for every|on every)\s+token\b", re.I
)
#: "all 405 billion parameters per token": a dense model uses every one; no active count
_ALL_BEFORE = re.compile(r"\b(?:all|every one of|each of)(?:\s+(?:its|the|of|their))*\s*$", re.I)
_TOTAL_AFTER = re.compile(r"^[\s(\[-]*(?:in\s+)?total\b", re.I)
_TOTAL_BEFORE = re.compile(
    # ("Total parameters: 109 billion", "Model size: 405 billion": a label's colon stands
    # right after its word)
    r"\b(?:out of|total(?: of)?|totall?ing|parameter counts?|param(?:eter)?s?(?:\s+count)?"
    r"(?:\s*:|\s+(?:of|is|are))?|sizes?(?:\s*:|\s+(?:of|is))?|scales? of)\s*(?:up to|about|"
    r"around|"
    r"roughly|over|~|nearly|almost|just|only)?\s*$",
    re.I,
)
_SIZE_CONTEXT = re.compile(
    r"\b(?:sizes?|param(?:eter)?s?|variants?|versions?|flavou?rs|comes? in|models?|"
    r"checkpoints?|weights)\b",
    re.I,
)
_SIZES_WORD = re.compile(r"\bsizes?\b|\bparam(?:eter)?s?\b", re.I)
_NOT_PARAMS_AFTER = re.compile(
    # (a word of another script may be glued on before the unit: "9T预训练tokens")
    r"^\+?[\s-]*(?:\w+[\s-]+|[^\x00-\x7f\s]{1,4})?"
    r"(?:tokens?|downloads?|users?|people|GPU|GPUs|hours?|dollars|USD|"
    r"images?|examples?|words?|queries|requests|samples|pages|documents|times|languages|"
    r"calls|MAUs?|monthly|views|lines|rows|bytes|GB|TB|MB|FLOPs?|H100s?|chips|investment|"
    r"in (?:funding|revenue|capex|capital)|budget|parameters? of data|blocks?|steps?|"
    r"experts?|stake|deal|shares|subscribers|installs|followers|members|developers|"
    r"companies|customers|context|class|scale|level|tier|range|territory|league|siblings?|"
    r"predecessors?|successors?|cousins?|counterparts?|rivals?|brothers?)"
    # the word's end: no Latin letter after it (a Chinese or Japanese word may follow
    # with no space, "9T tokens预训练", where "\b" would not see an end)
    r"(?![A-Za-z])",
    re.I,
)
#: a count of a part of the network or of what a fine-tune adds ("16 million parameters per
#: matrix", "3 billion parameters per expert", "4.2 million trainable parameters", "LoRA
#: adapters with 4 million parameters"): never the size of the model itself
_PART_AFTER = re.compile(
    r"^[\s-]*param(?:eter)?s?\s+(?:per|in each|for each|in every|for every|of each|of every)\s+"
    r"(?:(?:attention|weight|projection|linear|transformer|decoder|MLP|FFN)\s+)?"
    r"(?:matri(?:x|ces)|layers?|blocks?|heads?|experts?|adapters?|modules?|projections?)\b",
    re.I,
)
_PART_WORD_AFTER = re.compile(r"^[\s-]*(?:trainable|learnable|tunable|adapter|LoRA)\s+param", re.I)
_ADAPTER_BEFORE = re.compile(
    r"\b(?:LoRA|QLoRA|adapters?|rank[\s-]+decomposition|low[\s-]+rank)\b[^.;:]{0,30}?"
    r"\b(?:with|of|adds?|adding|has|have|holds?|contains?|only|just)\s+(?:only\s+|just\s+|about\s+|"
    r"around\s+|roughly\s+|~)?$",
    re.I,
)


def _part_count(before: str, after: str) -> bool:
    """Whether a parameter count is of a part of the network or of a fine-tune's adapter."""
    if _PART_AFTER.match(after) or _PART_WORD_AFTER.match(after):
        return True
    lowered = before.lower()
    return ("lora" in lowered or "adapter" in lowered or "rank" in lowered) and bool(
        _ADAPTER_BEFORE.search(before)
    )


_COMPARATIVE_BEFORE = re.compile(
    r"\b(?:larger|bigger|smaller|older|previous|earlier)\s+~?$|\bthan (?:the |its |a )?~?$|"
    # "at the speed of a ~17B dense model", "serves like a 17B model": a yardstick's size
    r"\b(?:(?:speed|cost|price|latency|footprint|memory|budget|compute) of|like|akin to|"
    r"as (?:fast|cheap|quick|small|light|efficient) as)\s+(?:an?|the)\s+[~≈]?$|"
    # "narrowing the gap to the 405B", "within reach of the 70B": the size measured against
    r"\b(?:gap|distance|margin)\s+(?:to|with|from)\s+(?:the |its |a )?~?$|"
    r"\b(?:within (?:reach|striking distance) of|on par with|level with|close to|"
    r"closing in on|catch(?:es|ing)? up (?:to|with))\s+(?:the |its |a )~?$",
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
    r"experts?|param\w*|users?|downloads?)\b",
    re.I,
)
_COMPARISON_BEFORE = re.compile(
    r"(?:\bvs\.?|\bversus|\bcompared (?:to|with)|\bup from|\bfrom|\boriginal|\bprevious|"
    r"\bpredecessor'?s?|\bthan|\binstead of|\bpre-?trained with a context length of|"
    r"\bpre-?training (?:context )?length of|\bthat of)\s*(?:the\s+|a\s+|an\s+|only\s+)?"
    r"(?:~\s*)?$",
    re.I,
)
_TOKEN_WINDOW = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?(?:\s?[KkMm]|[\s-]+(?:million|thousand)))[\s-]+tokens?[\s-]+"
    r"(?:context[\s-]+)?window\b"
)
_INPUT_TOKENS = re.compile(
    r"\b(?:handles?|handling|accepts?|supports?|takes?|reads?|process(?:es)?)\s+(?:(?:inputs?|"
    r"prompts?|documents?)\s+of\s+)?(?:up\s+to\s+)?(\d+(?:\.\d+)?\s?[KkMm]|"
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million)[\s-]+(?:input\s+)?tokens?\b",
    re.I,
)
_TOKEN_CONTEXT = re.compile(r"^[\s-]*tokens?\b", re.I)
#: "(shows gains) on inputs with up to 100k tokens": the longest input is the window
_INPUTS_UP_TO = re.compile(
    r"\b(?:inputs?|prompts?)\s+(?:of|with)\s+up\s+to\s+(\d+(?:\.\d+)?\s?[KkMm]|"
    r"\d{1,3}(?:,\d{3})+)[\s-]+tokens?\b",
    re.I,
)
_PLAIN_NUMBER = re.compile(
    r"(?<![\w.,$€£])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![ \u00a0\u202f]?\d)|"
    # a kana or ideograph may follow at once: Japanese and Chinese glue the counted word
    # to the figure ("128,000トークン")
    r"\d{3,8})(?![\w.,]\d|\s?%|(?![\u3040-\u30ff\u3400-\u9fff])\w)"
)
#: a model name right before a space-grouped figure: its number is the name's ("Llama 3
#: 128 000 tokens" is not 3 128 000)
_NAME_BEFORE_FIGURE = re.compile(
    r"\b(?:llama|gpt|qwen|gemma|mistral|phi|claude|gemini|deepseek|version|v)[\s-]?$", re.I
)
_PAREN_AFTER = re.compile(r"\s*\(([^()]{1,60})\)")
_NEGATED_DATE_TRIGGER = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+){0,2}$", re.I)
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|had (?:planned|aimed|hoped|intended|expected)|as planned|"
    r"had been (?:expected|planned|scheduled|slated|due|targeted|set)|was (?:supposed|meant) to|"
    r"previously (?:planned|expected|slated)|first planned|once (?:planned|expected|slated|due)|"
    # "was first meant to come in April, then pushed back to June"
    r"(?:was|were|had been) first (?:meant|set|slated|scheduled|due|expected|targeted|aimed)|"
    # "following an earlier delay to June", "staff were expecting it by year end": a
    # target that has since moved
    r"(?:an?|the|its) (?:earlier|previous|prior|initial|first) (?:delay|postponement|target|"
    r"plan|date|schedule|timeline)|(?:were|was|had been) (?:expecting|hoping)|had expected)\b",
    re.I,
)
#: "released on February 24, initially restricting access to …": a participle after the
#: event says how it began, not that a plan was replaced
_HOW_IT_BEGAN = re.compile(
    r"(?:originally|initially)\s+(?!(?:targeting|aiming|planning|hoping|expecting|scheduling|"
    r"slating|intending)\b)\w+ing\b",
    re.I,
)


#: the new target after a replaced plan: "originally slated for April, X has been pushed to …"
_NEW_TARGET = re.compile(
    # ("rescheduled to May", "pushed further to the fall": the same move, other words)
    # ("having slid first to June and then to the autumn": the participle, and a first
    # move named before the latest one)
    r"\b(?:(?:pushed|delayed|postponed|moved|slipped|shifted|rescheduled|bumped|pushing|"
    r"delaying|postponing|moving|slipping|shifting|sliding|slid)\s+"
    # "has now pushed the timeline to May", "moved its launch to June": the plan named
    r"(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:launch|release|debut|roll-?out|"
    r"timeline)\s+)?"
    r"(?:back\s+|out\s+|further\s+|again\s+|first\s+)?"
    r"(?:to|until|into)|now\s+(?:expected|slated|due|set|planned|scheduled|targeted|"
    # "but now looks set for May", "now appears likely to land in June", "now says it
    # anticipates launching in October", "will now ship on January 18", "now due to ship in
    # July": the verb after "now" names the new target, whatever its form
    r"(?:looks?|appears?|seems?)\s+(?:to\s+be\s+)?(?:set|likely|slated|due|poised|on\s+track|"
    r"headed|bound)|(?:says?\s+(?:it\s+)?)?(?:expects?|anticipates?|plans?|targets?|aims?)|"
    r"(?:ships?|launch(?:es)?|arrives?|debuts?|lands?|comes?|falls?)|looking\s+at))\b",
    re.I,
)


#: a plan named by its noun, then said to have slipped: "X's planned release in March
#: slipped", "the scheduled April launch was pushed back", "a slip from their planned April
#: launch". The plan's dates are the ones missed; a new target after the slip still counts
#: ("… slipped, and it is now expected in May"). The match ends at the plan's noun, so the
#: slip verb ("pushed back to June") is the new target's start.
_SLIPPED_PLAN = re.compile(
    r"\b(?:planned|scheduled|targeted|expected|intended|anticipated|slated|projected)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:release|launch|debut|roll-?out|arrival|ship date|launch date|"
    r"release date|availability)\b"
    r"(?=[^.;:]{0,60}?\b(?:slipped|slid|(?:was|were|has been|have been|had been|got|been)\s+"
    r"(?:\w+\s+)?(?:delayed|pushed|postponed|moved|shifted|scrapped|cancell?ed|put off|"
    r"rescheduled|bumped|missed)|fell through|came and went)\b)",
    re.I,
)


#: the same in Chinese, where no space marks a word's edge: "原先預期…今年底發布, 最新計畫則
#: 調整為2026年第一季", "原計劃於2025年底發布, 但已推遲至2026年第一季" (Japanese puts the new
#: target before its verb, "5月に延期", and is left out)
_SUPERSEDED_CJK = re.compile(
    r"原先|原本|原定|原訂|原计划|原計劃|原計畫|原预计|原預計|原预期|原預期|"
    # "最初" alone is how a thing began ("最初於2023年發布"): only a first plan counts
    r"最初[^。，,]{0,6}?(?:计划|計劃|計畫|预计|預計|预期|預期|定于|定於)"
)
_NEW_TARGET_CJK = re.compile(
    r"(?:推迟|推遲|延后|延後|延迟|延遲|推|延|改|调整|調整|更改|变更|變更)(?:至|到|为|為)|"
    r"(?:推迟|推遲|延期|延后|延後)"
)

#: a plan told in the past after its date, in Korean and Japanese, where the verb ends the
#: clause: "3월에 출시될 예정이었으나 …" (was due in March, but …), "7월 중 발매 예정이었던"
#: (that had been due in July), "4月に予定されていたリリース" (the release that had been
#: planned for April), "発売する予定だった" (was to go on sale). The dates before it are the
#: missed plan; a new target after it still counts
_SUPERSEDED_AFTER_CJK = re.compile(
    r"예정(?:이었|됐었|되었었|되어 있었)|"
    r"予定(?:だった|でした|していた|しておりました|されていた|されていました)"
)


#: the same in German: a first plan ("ursprünglich für den Sommer erwartet", "eigentlich im
#: April", "zunächst auf Juni … verschoben"), then the word that brings the current target
#: ("… und nun auf Herbst", "jetzt frühestens im Herbst"); a plan with no "now" after it in
#: its clause is only missed
_SUPERSEDED_DE = re.compile(
    # (not "zunächst im April": the first of several releases, as often as a first plan)
    r"\b(?:ursprünglich|eigentlich|anfangs)\b|\bzunächst\s+(?:auf|für|bis)\b",
    re.I,
)
_NEW_TARGET_DE = re.compile(r"\b(?:nun|jetzt|inzwischen|mittlerweile|neuerdings)\b", re.I)


#: "now slips to the autumn, after a first delay to July": the move named after
#: "following" (or "after") is an older one, so its dates are the replaced plan and the
#: dates before it are the current target
_EARLIER_MOVE_BEFORE = re.compile(r"\b(?:following|after|on top of|atop|in addition to)\s+$", re.I)


def _new_target_span(clause: str) -> tuple[int, int]:
    """Return where the dates of a current target start and stop in a clause.

    Start 0 when the clause names no replaced plan; past the clause's end when it names
    one and no new target ("was originally due in April"), so that none of its dates
    count. Stop at a trailing earlier move ("…, following an earlier delay to June"),
    else past the clause's end.
    """
    kept, stop = 0, len(clause) + 1
    for m in _SUPERSEDED.finditer(clause):
        if _HOW_IT_BEGAN.match(clause, m.start()):
            continue
        new = _NEW_TARGET.search(clause, m.end())
        if (
            not new
            and m.start() > 0
            and re.search(r"(?:delay|postponement)$", m.group(0), re.I)
            and _EARLIER_MOVE_BEFORE.search(clause, max(0, m.start() - 20), m.start())
        ):
            stop = min(stop, m.start())
            continue
        kept = max(kept, new.end() if new else len(clause) + 1)
    for m in _SLIPPED_PLAN.finditer(clause):
        new = _NEW_TARGET.search(clause, m.end())
        kept = max(kept, new.end() if new else len(clause) + 1)
    if L.reading_other_language():
        for m in _SUPERSEDED_CJK.finditer(clause):
            new = _NEW_TARGET_CJK.search(clause, m.end())
            kept = max(kept, new.end() if new else len(clause) + 1)
        if "予定" in clause or "예정" in clause:
            for m in _SUPERSEDED_AFTER_CJK.finditer(clause):
                kept = max(kept, m.end())
        for m in _SUPERSEDED_DE.finditer(clause):
            new = _NEW_TARGET_DE.search(clause, m.end())
            kept = max(kept, new.end() if new else len(clause) + 1)
    return kept, stop


_INFINITIVE_BEFORE = re.compile(r"\b(?:to|asking \w+ to|urg\w* \w+ to)\s+$", re.I)


#: "trained for 2T tokens instead of 1.4T": every number in the phrase counts training
#: tokens, never parameters (the phrase ends at a clause break)
_TRAINING_TOKENS = re.compile(
    r"\b(?:pre-?)?train(?:ed|ing)\s+(?:on|for|with)\b[^.;:,()]{0,80}?\btokens?\b"
    r"(?:\s+(?:instead of|rather than|versus|vs\.?|compared (?:to|with)|up from|from)\s+"
    r"(?:the\s+|about\s+|~\s*)?\d[\d.,]*\s?(?:[KMBTkmbt]\b|trillion|billion|million)?)?",
    re.I,
)


#: --- the same cues in other languages (extractors/languages.py) ---
def _foreign(kind: str, spaced: bool) -> str:
    return "|".join(L.words(kind, spaced=spaced)) or "(?!)"


#: the past participles of activating, after a count ("17 milliards de paramètres sont
#: activés", "17.000 millones de parámetros activados"): the count is the active one
_FOREIGN_ACTIVATED = r"activ[ée]e?s|activad[oa]s|ativad[oa]s|attivat[ie]|aktiviert"
#: a counter word between a figure and its label ("170億個のアクティブパラメータ", "2조 개의
#: 총 파라미터", "170 亿个激活参数")
_COUNTER = r"(?:个|個の|個|の|개의?)?"
#: "17 mil millones de parámetros activos", "170 億有效參數", "17 Mrd. aktiv"
_FOREIGN_ACTIVE_AFTER = V.lowered(
    r"^\.?[\s(\[-]*(?:(?:de|di)\s+)?(?:[\w.-]+[\s-]+){0,2}?(?:"
    + _foreign("active", True)
    + "|"
    + _FOREIGN_ACTIVATED
    + r")(?![\w])|^\s*"
    + _COUNTER
    + r"\s*(?:"
    + _foreign("active", False)
    + ")"
)
#: "109 Milliarden Parameter", "400 bilhões de parâmetros", "4,000 億總參數"
_FOREIGN_PARAM_AFTER = V.lowered(
    r"^\.?[\s-]*(?:(?:de|di)\s+)?(?:[\w-]+[\s-]+)?(?:"
    + _foreign("parameters", True)
    + r")(?![\w])|^\s*"
    + _COUNTER
    + r"\s*(?:"
    + _foreign("total", False)
    + ")?(?:"
    + _foreign("parameters", False)
    + ")"
)
#: what stands between a label of Chinese, Japanese or Korean and its figure: a count noun,
#: a copula or particle, a word for about or only ("参数量为", "参数规模达到了", "パラメータ数は",
#: "매개변수는 총", "激活参数仅为", "アクティブパラメータ:")
_CJK_LABEL_TAIL = (
    r"(?:\s?(?:量|数|數|数量|數量|规模|規模|总数|總數|수|규모))?"
    r"(?:\s?(?:为|為|达到了|达到|達到|达|達|约为|約為|约|約|大约|大約|仅为|僅為|仅|僅|只有|共计|"
    r"共計|共|高达|高達|是|は|が|も|는|은|가|이|총|약|:|：)){0,3}\s*$"
)
#: a count of a part of the network or of what a fine-tune adds, just before a label ("视觉编
#: 码器参数量为 10 亿", "每个专家参数", "可训练参数"): never the model's own size
_FOREIGN_PART_LABEL_BEFORE = V.lowered(
    r"(?:编码器|編碼器|エンコーダー?|인코더|专家|專家|エキスパート|専門家|전문가|嵌入|埋め込み|임베딩|"
    r"层|層|レイヤー|레이어|适配器|適配器|アダプター|어댑터|可训练|可訓練|学習可能|학습 가능한|"
    r"每个|每個|単一|单个|單個|experten|expertos|experts|esperti|especialistas)"
    r"\s?(?:あたり|当たり|당)?\s?(?:的|の|의|pro|por|par|per)?\s?$"
)
#: the label before the figure ("激活参数 170 亿", "アクティブパラメータは170億", "활성 파라미터
#: 170억", "aktive Parameteranzahl von nur 17B", "parámetros activos: 17.000 millones"): the
#: figure is the active count
_FOREIGN_ACTIVE_BEFORE = V.lowered(
    r"(?<![\w])(?:(?:"
    + _foreign("active", True)
    + r")[\s-]+(?:"
    + _foreign("parameters", True)
    + r")|(?:"
    + _foreign("parameters", True)
    + r")\s+(?:"
    + _foreign("active", True)
    + r"))(?:an)?(?:zahl)?\s*(?::|von|de|di|da)?\s*(?:nur|solo|sólo|seulement|apenas|soltanto|"
    r"etwa|rund|environ|unos|cerca de|circa|~)?\s*$|(?:"
    + _foreign("active", False)
    + r")\s?(?:"
    + _foreign("parameters", False)
    + ")"
    + _CJK_LABEL_TAIL
)
#: the verb of activating right before its figure, the parameters after ("每个 token 仅激活
#: 170 亿参数", "只激活其中 170 亿个参数"): the figure is the active count
_FOREIGN_ACTIVATES_BEFORE = V.lowered(r"(?:激活|启用|啟用|活化)(?:了|其中|的|约|約|仅|僅|\s)*$")
#: "(von insgesamt 109 Milliarden)", "un total de 2 000 milliards", "總參數達 2 兆"; and the
#: label before the figure ("参数量为 4050 亿", "参数规模达到了4050亿", "パラメータ数は1090億",
#: "매개변수는 총 1090억", "Parameteranzahl: 109 Mrd.")
_FOREIGN_TOTAL_BEFORE = V.lowered(
    r"(?<![\w])(?:"
    + _foreign("total", True)
    + r")\s+(?:(?:de|di|von)\s+)?$|(?:"
    + _foreign("total", False)
    + ")?(?:"
    + _foreign("parameters", False)
    + ")"
    + _CJK_LABEL_TAIL
    + r"|(?<![\w])(?:gesamt)?parameter(?:an)?zahl\s*(?::|von)\s*(?:etwa|rund|ca\.)?\s*$"
)


def _foreign_label_before(pattern: V.Matcher, before: str) -> bool:
    """Return True when ``pattern`` (a label ending at the figure) ends ``before``, and no
    part of the network is named right before the label ("视觉编码器参数量为")."""
    m = pattern.search(before)
    if m is None:
        return False
    return not _FOREIGN_PART_LABEL_BEFORE.search(before[: m.start()])


def _foreign_active(before: str, after: str) -> bool:
    """Return True when another language's words make a figure the active count: its
    word for active after it, its label for the active parameters before it, or the verb
    of activating before it and the parameters after ("仅激活 170 亿参数")."""
    return bool(
        _FOREIGN_ACTIVE_AFTER.match(after)
        or _foreign_label_before(_FOREIGN_ACTIVE_BEFORE, before)
        or (_FOREIGN_ACTIVATES_BEFORE.search(before) and _FOREIGN_PARAM_AFTER.match(after))
    )


_FOREIGN_CONTEXT = V.lowered(
    r"(?<![\w])(?:" + _foreign("context", True) + r")|" + _foreign("context", False)
)
#: "10 millions de jetons", "10 milioni di token", "1,000 萬詞元", "1000万トークン"
_FOREIGN_TOKENS_AFTER = V.lowered(
    r"^[\s-]*(?:"
    + _foreign("tokens", True)
    + r")(?![\w])|^\s*(?:"
    + _foreign("tokens", False)
    + ")"
)
_FOREIGN_SMALL_UNITS = frozenset(
    unit for unit, value in _foreign_unit_values().items() if value < 10**9
)
_FOREIGN_LARGE_UNITS = frozenset(
    unit for unit, value in _foreign_unit_values().items() if value >= 10**8
)


#: words that make a bare million figure a context length ("1M window", "10M tokens")
_WINDOW_WORDS = re.compile(r"\b(?:context|tokens?|window|ctx)\b", re.I)


def read_params(text: str, mentions_spans: Sequence[tuple[int, int]], add: Add) -> None:
    """Total and active parameter counts ("400-billion parameter", "17B active", "~109B")."""
    quantities = find_quantities(text)
    shares = _shares(text, quantities) if len(quantities) > 1 else {}
    if len(quantities) < 2:
        _read_params(text, mentions_spans, add, quantities, shares)
        return
    totals: list[int] = []  # where a value was read (a size, an active count)

    def record(
        attribute: str,
        value: ValueOrRule,
        pos: int,
        *,
        only: str | None = None,
        fallback: Sequence[str] = (),
        fallback_generic: bool = False,
    ) -> None:
        totals.append(pos)
        add(attribute, value, pos, only=only, fallback=fallback, fallback_generic=fallback_generic)

    _read_params(text, mentions_spans, record, quantities, shares)
    _range_sizes(text, quantities, totals, mentions_spans, add)


#: between the two ends of a size range ("7 billion to 65 billion", "8B-405B", "between 1B
#: and 90B"): the second end is a size as surely as the first, and the first as the second
_RANGE_GAP = re.compile(r"\s*(?:to|-|–|—|and|through|up to)\s*", re.I)
#: a range whose count noun stands before it ("LLaMA's number of parameters is 7 to 65
#: billion", "the parameter count ranges from 8B to 405B", "sizes of 7
#: billion to 65 billion")
_RANGE_HEAD_BEFORE = re.compile(
    r"\b(?:param(?:eter)?s?|parameter counts?|(?:model\s+)?sizes?)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2})?\s+"
    r"(?:(?:is|are|was|were|ranges?|ranged|ranging|span|spans|spanned|spanning|var(?:y|ies|ied|"
    r"ying)|goes|go|went|runs?|ran)(?:\s+in\s+size)?\s+)?(?:from|between|of)?\s*"
    r"(?:about\s+|roughly\s+|around\s+)?$",
    re.I,
)
_RANGE_UNITS = frozenset(("b", "billion", "bn", "t", "trillion", "tn"))


def _range_sizes(
    text: str,
    quantities: Sequence[Quantity],
    totals: Sequence[int],
    mentions_spans: Sequence[tuple[int, int]],
    add: Add,
) -> None:
    """Read the other end of a size range whose one end was read as a size.

    ``totals`` holds where sizes were read (where any value was: an end read as an active
    count is left as it is); a range with neither end read is read whole when its count
    noun stands before it.
    """
    for first, second in itertools.pairwise(quantities):
        if first.unit.lower() not in _RANGE_UNITS or second.unit.lower() not in _RANGE_UNITS:
            continue
        if not _RANGE_GAP.fullmatch(text, first.end, second.start):
            continue
        if any(s <= q.start < e for s, e in mentions_spans for q in (first, second)):
            continue  # "Llama 2 70B to Llama 3 8B": names, not a range
        if any(_NOT_PARAMS_AFTER.match(text[q.end : q.end + 60]) for q in (first, second)):
            continue  # "2 trillion to 15 trillion tokens"
        read = (first.start in totals, second.start in totals)
        if read == (True, True):
            continue
        if read == (False, False):
            head = _RANGE_HEAD_BEFORE.search(text, max(0, first.start - 80), first.start)
            if head is None or head.group(0).strip() == "":
                continue
        for q, done in zip((first, second), read, strict=True):
            if not done:
                add("params_total", q.value, q.start)


def _read_params(
    text: str,
    mentions_spans: Sequence[tuple[int, int]],
    add: Add,
    quantities: Sequence[Quantity],
    shares: dict[int, str],
) -> None:
    has_size_words = bool(_SIZE_CONTEXT.search(text))
    sizes_word = bool(_SIZES_WORD.search(text))
    training = (
        [m.span() for m in _TRAINING_TOKENS.finditer(text)]
        if "token" in text and "rain" in text
        else []
    )
    for q in quantities:
        if any(s <= q.start < e for s, e in mentions_spans):
            continue
        if any(s <= q.start < e for s, e in training):
            continue
        if q.start in shares:
            if shares[q.start]:
                add(shares[q.start], q.value, q.start)
            continue
        if q.unit.lower() in ("k", "thousand"):
            continue
        before, after = text[max(0, q.start - 60) : q.start], text[q.end : q.end + 60]
        if _MONEY_BEFORE.search(before) or _NOT_PARAMS_AFTER.match(after):
            continue
        if _COMPARATIVE_BEFORE.search(before):
            continue  # "its far larger 405B sibling"
        if _part_count(before, after):
            continue  # "16 million parameters per matrix", "4M trainable parameters"
        if _SPEED_KEYS.search(before) and SPEED_BEFORE.search(before):
            continue  # "1,800+ tok/s (8B)", "450 tokens per second for the 70B": a serving
            # speed measured on a size, not the model's size
        if q.compact and L.reading_other_language() and _foreign_active(before, after):
            # "17B 激活参数", "17B 激活,16 專家", "17B paramètres actifs": the field's
            # compact size with another language's word for active; or that word's label
            # before it ("アクティブパラメータ: 17B", "aktive Parameteranzahl von nur 17B")
            add("params_active", q.value, q.start)
            continue
        if _EXPERTS_AFTER.match(after):
            continue  # "(17B, 16 experts)"
        if _ACTIVE_AUDIENCE.match(after):
            continue  # "3.5 billion daily active users", "utenti attivi": people, not weights
        if (
            _ACTIVE_AFTER.match(after)
            or _ACTIVE_BEFORE.search(before)
            or (_PER_TOKEN_AFTER.match(after) and not _ALL_BEFORE.search(before))
        ):
            add("params_active", q.value, q.start)
            continue
        if (
            q.unit.lower() in _FOREIGN_LARGE_UNITS
            # a count of millions as large as a model ("109.000 millones", "400,000 millones")
            or (q.unit.lower() in _FOREIGN_SMALL_UNITS and q.value >= 10**9)
        ) and L.reading_other_language():
            # another language's size: read only with its own words for active, total or
            # parameters next to it ("17 Milliarden aktive Parameter"), after or before
            # the figure ("激活参数 170 亿", "参数量为 4050 亿", "매개변수는 총 1090억")
            if _foreign_active(before, after):
                add("params_active", q.value, q.start)
            elif _FOREIGN_PARAM_AFTER.match(after) or _foreign_label_before(
                _FOREIGN_TOTAL_BEFORE, before
            ):
                add("params_total", q.value, q.start)
            continue
        if _PARAM_AFTER.match(after) or _TOTAL_AFTER.match(after):
            if not _SMALL_BEATS_BIG_AFTER.match(after) and not _BEATEN_RIVAL_BEFORE.search(before):
                add("params_total", q.value, q.start)
            continue
        if q.unit.lower() in ("m", "million") and _WINDOW_WORDS.search(
            text, max(0, q.start - 80), q.end + 60
        ):
            continue  # "Maverick has 1M, Scout 10M tokens of context": a window, not a size
        if q.compact and (q.unit in ("B", "b", "T") or (q.unit == "M" and sizes_word)):
            near_size = _TOTAL_BEFORE.search(before) or _paren_size(before, after)
            # An upper-case "70B" is how the field writes a parameter count.
            hub_style = q.unit in ("B", "T")
            if (near_size or has_size_words or hub_style) and not _CONTEXT_BEFORE.search(before):
                add("params_total", q.value, q.start)
            continue
        if _TOTAL_BEFORE.search(before) and q.unit.lower() in ("billion", "trillion", "b", "t"):
            add("params_total", q.value, q.start)


#: what stands between a part of the weights and their whole: "17 billion of its 400
#: billion", "32B out of 1T", "17B active parameters from a pool of approximately 400B"
_SHARE_GAP = re.compile(
    r"\s*(?:(?:active|activated)\s+)?(?:param(?:eter)?s?\s+)?(?:(?:active|activated)\s+)?"
    r"(?:out\s+of|of|(?:drawn\s+)?from)\s+(?:(?:its|the|a|an|their)\s+)?"
    r"(?:(?:total|overall|full|entire)\s+)?(?:(?:pool|total|reservoir)\s+of\s+)?"
    r"(?:~\s*|≈\s*|(?:about|around|roughly|approximately|nearly|almost|some|over|more than)\s+)?",
    re.I,
)
#: the part is what one token uses: "activates", "are active", "per token", "each pass"
_SHARE_ACTIVE = re.compile(
    r"\bactiv\w*|\b(?:per|each|every|any one|a single)\s+(?:token|forward pass|pass|"
    r"inference step)\b|\bat a time\b|\bat inference\b",
    re.I,
)
_SHARE_UNITS = frozenset(("b", "billion", "bn", "t", "trillion", "tn"))


def _shares(text: str, quantities: Sequence[Quantity]) -> dict[int, str]:
    """Return the roles of sizes told as a part of a whole ("17B of its 400B parameters").

    The whole is the total count, never the active one, whatever words follow it ("400
    billion parameters per token" there is what the part is taken from); the part is the
    active count where the sentence says it is what runs, else nothing (an empty role).
    """
    roles: dict[int, str] = {}
    for part, whole in itertools.pairwise(quantities):
        if part.unit.lower() not in _SHARE_UNITS or whole.unit.lower() not in _SHARE_UNITS:
            continue
        if part.value >= whole.value or not _SHARE_GAP.fullmatch(text, part.end, whole.start):
            continue
        if _MONEY_BEFORE.search(text, max(0, whole.start - 6), whole.start) or (
            _NOT_PARAMS_AFTER.match(text[whole.end : whole.end + 60])
        ):
            continue  # "$14 billion of its $65 billion budget", "15T of its 30T tokens"
        roles[whole.start] = "params_total"
        roles[part.start] = "params_active" if _SHARE_ACTIVE.search(text) else ""
    return roles


#: "X with 13B parameters outperforms Y with 175B": a benchmark claim that a small variant
#: beats a bigger rival; the size is the claim's, not the model's largest
_SMALL_BEATS_BIG_AFTER = re.compile(
    r"^[\s-]*param(?:eter)?s?\s+(?:\w+\s+){0,2}?(?:outperform|beat|surpass|rival|match|exceed|"
    r"outclass|outscore)\w*\s+[^.;]{0,40}?\b(?:with|at|of|and its|'s)\s+(?:~\s*)?\d[\d.,]*\s?"
    r"(?:B|billion|T|trillion)\b",
    re.I,
)

#: "... outperforms Y with 175B parameters": the size of the rival beaten
_BEATEN_RIVAL_BEFORE = re.compile(
    r"\b(?:outperform|beat|surpass|rival|match|exceed|outclass|outscore)\w*\s+[^.;]{0,40}?"
    r"\b(?:with|at)\s+(?:~\s*)?$",
    re.I,
)


#: a serving speed just before a size: "1,800+ tok/s (8B)", "969 tokens per second on the
#: 405B", "450 t/s for 70B"
_SPEED_KEYS = re.compile(r"/\s*s|second|tps", re.I)
SPEED_BEFORE = re.compile(
    r"\d[\d,.]*\+?\s*(?:(?:output|input|generated|decode|decoding|prefill)\s+)?"
    r"(?:tok(?:en)?s?\s*/\s*s(?:ec)?|t/s|tps|tokens?\s+(?:per|a|each)\s+"
    r"second)\s*(?:\(|(?:for|on|with)\s+(?:the\s+|Meta['’]s\s+)?)\s*~?$",
    re.I,
)


def _paren_size(before: str, after: str) -> bool:
    """Return True for a size in parentheses right after a name: "Maverick (~400B)"."""
    return bool(re.search(r"\(\s*~?\s*$", before)) and after.lstrip().startswith(")")


_WINDOW_VERB_BEFORE = re.compile(
    r"\b(?:offers?|supports?|handles?|accepts?|processes|ingests?)\s+(?:up\s+to\s+)?~?$", re.I
)


#: a figure labelled as another quantity of the model ("rotary θ=1M", "a vocabulary of 200K
#: tokens", "a 256K vocabulary", "a batch size of 4M tokens"): a setting, not its window
_OTHER_QUANTITY_BEFORE = re.compile(
    r"(?:(?<![\w])(?:θ|theta|rope[\s_-]?(?:base|theta|freq\w*)|base frequency)|"
    r"\bvocab\w*(?:[\s-]size)?|\bbatch(?:[\s-]size)?)\s*"
    r"(?:=|:|of|is|was|at)?\s*(?:about|around|roughly|~|over|up to)?\s*$",
    re.I,
)
_OTHER_QUANTITY_AFTER = re.compile(
    r"^[\s-]*(?:-?tokens?[\s-]+)?(?:vocab\w*|batch(?:es)?\b|per (?:batch|step)\b)", re.I
)


def _other_quantity(before: str, after: str) -> bool:
    """Return True when a figure is labelled as a setting other than the window."""
    return bool(_OTHER_QUANTITY_BEFORE.search(before) or _OTHER_QUANTITY_AFTER.match(after))


def read_context(text: str, add: Add) -> None:
    """Context windows ("10M context", "128K-token context", "a context of 8,000 tokens")."""
    foreign = L.reading_other_language() and bool(_FOREIGN_CONTEXT.search(text))
    if not _CONTEXT_WORD.search(text) and not foreign:
        for m in _TOKEN_WINDOW.finditer(text):
            add("context_window", quantity_value(m.group(1)), m.start())
        for m in (*_INPUT_TOKENS.finditer(text), *_INPUTS_UP_TO.finditer(text)):
            value = quantity_value(m.group(1))
            if value >= 512:
                add("context_window", value, m.start(1))
        return
    for q in find_quantities(text):
        if q.unit.lower() not in ("k", "m", "thousand", "million") and not (
            foreign and q.unit.lower() in _FOREIGN_SMALL_UNITS
        ):
            continue
        before, after = text[max(0, q.start - 60) : q.start], text[q.end : q.end + 40]
        if _COMPARISON_BEFORE.search(before) or _CONTEXT_NOT_AFTER.match(after):
            continue
        if _PARAM_AFTER.match(after) or _MONEY_BEFORE.search(before):
            continue
        if _other_quantity(before, after):
            continue
        direct = _CONTEXT_AFTER.match(after) or _CONTEXT_BEFORE.search(before)
        tokens = _TOKEN_CONTEXT.match(after) or (foreign and _FOREIGN_TOKENS_AFTER.match(after))
        if tokens and _WINDOW_VERB_BEFORE.search(before):
            direct = tokens  # "Maverick offers 1M tokens": a window the model has
        near_context = _CONTEXT_WORD.search(text[max(0, q.start - 80) : q.end + 40]) or (
            foreign and _FOREIGN_CONTEXT.search(text[max(0, q.start - 80) : q.end + 40])
        )
        if direct or (near_context and (q.compact or tokens)):
            if tokens and not direct and re.search(r"\btrain\w*\b", before, re.I):
                continue
            add("context_window", q.value, q.start)
    for m in _PLAIN_NUMBER.finditer(text):
        value = int(re.sub(r"[,\s]", "", m.group(1)))
        if value < 512:
            continue
        before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 40]
        if not m.group(1).isdigit() and "," not in m.group(1):
            # "8 192 tokens", "128 000 jetons": thousands grouped by a space (French, Russian,
            # SI style) count tokens only when the token word follows at once, and not
            # after a name's number ("Llama 3 128 000 tokens")
            spaced_tokens = _TOKEN_CONTEXT.match(after) or _FOREIGN_TOKENS_AFTER.match(after)
            if not spaced_tokens or _NAME_BEFORE_FIGURE.search(before):
                continue
        looks_like_year = re.search(r"\b(?:19|20)\d\d$", m.group(1))
        if _COMPARISON_BEFORE.search(before) or (
            looks_like_year and not _TOKEN_CONTEXT.match(after)
        ):
            continue
        if _other_quantity(before, after):
            continue
        tokens = _TOKEN_CONTEXT.match(after) or (foreign and _FOREIGN_TOKENS_AFTER.match(after))
        direct = _CONTEXT_AFTER.match(after) or _CONTEXT_BEFORE.search(before)
        near_context = _CONTEXT_WORD.search(text[max(0, m.start() - 80) : m.end() + 80]) or (
            foreign and _FOREIGN_CONTEXT.search(text[max(0, m.start() - 80) : m.end() + 80])
        )
        if (tokens and near_context) or (direct and (tokens or _CONTEXT_BEFORE.search(before))):
            if tokens and re.search(r"\btrain\w*\b", before, re.I) and not direct:
                continue
            add("context_window", value, m.start())


def quantity_value(text: str) -> int:
    """Return the integer a compact quantity stands for ("1M" → 1_000_000)."""
    return parse_quantity(text) or 0


def read_architecture(text: str, add: Add) -> None:
    """Mixture-of-experts or dense, only when stated."""
    pairs = [m.span() for m in _ARCH_PAIR.finditer(text)] if "ense" in text else []
    foreign = L.reading_other_language()
    moe_stated = False
    for m in V.MOE.finditer(text):
        if _ARCH_COMPARED.search(text, 0, m.start()):
            continue
        if _ARCH_KIND.match(text, m.end()) and not _COUNTED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "MoE architectures can …": a kind of design, not this model's
        if _inside(m.start(), pairs) or _arch_left_behind(text, m.start(), m.end()):
            continue
        if re.search(r"\bnon[\s-]?$", text[max(0, m.start() - 4) : m.start()], re.I):
            continue  # "a dense (non-MoE) transformer": the design named is denied
        if foreign and _foreign_arch_unsaid(text, m.start(), m.end()):
            continue
        moe_stated = True
        if not negated(text, m.start()) and not _doubted(text, m.end()):
            add("architecture", "moe", m.start())
            break
    for m in V.DENSE.finditer(text):
        if _ARCH_COMPARED.search(text, 0, m.start()) or _inside(m.start(), pairs):
            continue
        if _arch_left_behind(text, m.start(), m.end()):
            continue  # "abandons the dense design of its predecessors": the design given up
        if foreign and (moe_stated or _foreign_arch_unsaid(text, m.start(), m.end())):
            # "Llama 3 是稠密模型, 而 Llama 4 是 MoE 架构": a sentence naming both
            # designs sets them side by side; neither is said of one model alone
            continue
        if not negated(text, m.start()) and not _doubted(text, m.end()):
            add("architecture", "dense", m.start())
            break


#: --- the designs in other languages: what makes a named design not this model's ---
#: a denial right before the design ("无MoE稀疏化设计", "非MoE", "并非混合专家架构",
#: "没有采用 MoE") or right after it ("MoEではなく", "MoE가 아닌", "MoE를 채택하지 않")
_CJK_ARCH_DENIED_BEFORE = V.lowered(
    r"(?:无|無|非|不是|并非|並非|并不是|並不是|没有|沒有|未|不|放弃|放棄|舍弃|捨棄)"
    r"(?:采用|採用|使用|用|基于|基於|是|再)?\s?$"
)
_CJK_ARCH_DENIED_AFTER = V.lowered(
    r"^\s?[)）]?\s?(?:架构|架構|结构|結構|模型|アーキテクチャ|構造|モデル|구조|아키텍처|모델)?\s?"
    r"(?:ではな|じゃな|を(?:採用|使用)(?:して)?(?:いな|しな|せず)|(?:이|가)\s?아니|(?:이|가)\s?아닌|"
    r"(?:를|을)\s?(?:사용|채택)하지\s?않)"
)
#: the design set against another or a class in the same clause ("与传统稠密模型不同",
#: "MoE模型与稠密模型的差异", "従来の密なモデルに比べ", "기존 밀집 모델과 달리", "a
#: diferencia de los modelos densos", "contrairement aux modèles denses"), or the class in
#: the plural ("los modelos de mezcla de expertos")
_FOREIGN_ARCH_COMPARED = V.lowered(
    r"不同|相比|相较|相較|比较|比較|区别|區別|差异|差異|对比|對比|取代|替代|告别|告別|转向|轉向|"
    r"而非|而不是|不再|不像|如同|相当于|相當於|媲美|优于|優於|超越|超过|超過|传统|傳統|以往|过去|"
    r"過去|此前|先前|早期|前代|比(?![如例率赛賽特])|従来|これまで|以前|に比べ|と比べ|とは異なり|"
    r"と異なり|と違い|ではなく|に対し|並み|匹敵|代わり|기존|이전|비해|비교|달리|대비|보다|대신|대체|"
    r"(?<![\w])(?:contrairement|diferencia|gegensatz|rispetto|contrário|versus|vs|unlike|than|"
    r"tradicional\w*|traditionnel\w*|herkömmlich\w*|tradizional\w*|anterior(?:es)?|"
    r"précédent\w*|früher\w*|precedent\w*|clásic\w*|classique\w*|klassisch\w*|mientras|"
    r"tandis|während|mentre|enquanto)(?![\w])"
)
_FOREIGN_ARCH_CLASS_BEFORE = V.lowered(
    r"(?<![\w])(?:los|las|les|des|die|i|gli|os|as)\s+(?:modelos|modèles|modelle|modelli|"
    r"sistemas|systèmes|systeme|sistemi|arquitecturas|architectures|arquiteturas|architetture)"
    r"\s+(?:de\s+|d['’]\s*|di\s+|mit\s+)?(?:la\s+|una\s+|um\s+|une\s+|einer\s+)?$"
)
#: the design defined rather than said of a model ("混合专家(MoE)是一种…", "混合エキスパート
#: とは", "전문가 혼합이란", "la mezcla de expertos es una técnica")
_FOREIGN_ARCH_DEFINED = V.lowered(
    r"^\s?(?:\([^()]{0,40}\)|（[^（）]{0,40}）)?\s?(?:模型|架构|架構|アーキテクチャ|모델|아키텍처)?\s?"
    r"(?:是一种|是一種|是指|指的是|とは|란|이란|(?:es|est|ist|è|é)\s+(?:una?|ein|eine|uma|une)\s)"
)
#: a clause's bounds in text of any script
_CLAUSE_BREAK = re.compile(r"[,;:.!?，、；：。！？()（）]")


def _foreign_arch_unsaid(text: str, start: int, end: int) -> bool:
    """Return True when a design named in a post of another language is not said of a model:
    denied, set against another design or a class, or defined."""
    if not text.isascii() and (
        _CJK_ARCH_DENIED_BEFORE.search(text[max(0, start - 8) : start])
        or _CJK_ARCH_DENIED_AFTER.match(text[end : end + 16])
    ):
        return True
    if _FOREIGN_ARCH_DEFINED.match(text[end : end + 50]):
        return True
    if _FOREIGN_ARCH_CLASS_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    breaks = [b.start() for b in _CLAUSE_BREAK.finditer(text)]
    left = max((b + 1 for b in breaks if b < start), default=0)
    right = min((b for b in breaks if b >= end), default=len(text))
    # (a bracket ends a clause too: the gloss in "混合专家(MoE)" stands apart)
    return bool(_FOREIGN_ARCH_COMPARED.search(text[left:right]))


#: "than a comparably capable dense model", "breaking from the dense approach", "at the
#: speed of a 17B dense model", "costs like a small dense model": the design named is what
#: the model is compared with
_ARCH_COMPARED = re.compile(
    r"\b(?:than|comparabl[ey]|similarly|equally|compared (?:to|with)|versus|vs\.?|unlike|"
    r"rather than|instead of|from|over|like|akin to|equivalent to|as (?:fast|cheap|quick|"
    r"small|light|efficient) as|(?:speed|cost|price|latency|footprint|memory|budget|"
    r"compute|level|class|size) of)\s+(?:[\w~≈.-]+\s+){0,3}$",
    re.I,
)
#: "Dense models vs. Mixture of Experts", "Dense or MoE?": the two designs set side by
#: side as a topic, neither said of a model
#: a design the model gives up or leaves to those before it ("Scout abandons the dense
#: transformer design of its predecessors", "ditches the dense layout", "replaces the
#: dense architecture with experts", "after three generations of dense transformers"): the
#: design named is the one left behind, not the model's
_ARCH_LEFT_BEFORE = re.compile(
    r"\b(?:abandon\w*|ditch\w*|drop(?:s|ped|ping)?|scrap\w*|retir\w*|replac\w*|swap\w*|"
    r"trad(?:e|es|ed|ing)\s+(?:in\s+)?|shed\w*|discard\w*|leav\w*\s+behind|left\s+behind|"
    r"(?:gives?|gave|giving)\s+up(?:\s+on)?|mov\w*\s+(?:beyond|past|on\s+from)|"
    r"break\w*\s+with|broke\s+with|part\w*\s+(?:ways\s+)?with|"
    r"(?:after|following)\s+(?:\w+\s+)?(?:generations?|years|versions|releases)\s+of)\s+"
    r"(?:(?:the|its|their|a|an|his|her|[\w.-]+['’]s|old|older|classic|traditional|"
    r"conventional|familiar|standard|plain|fully|purely|earlier|previous|prior)\s+){0,3}$",
    re.I,
)
#: the design owned by the ones before the model ("the dense design of its predecessors",
#: "the dense architecture used in earlier Llama models"): theirs, not the model's
_ARCH_OF_PREDECESSORS_AFTER = re.compile(
    r"(?:[\s-]+[\w-]+){0,2}?\s+(?:of|from|used\s+(?:in|by)|that\s+(?:powered|defined))\s+"
    r"(?:(?:its|their|the|all|Meta['’]s)\s+)?(?:(?:earlier|previous|prior|older|past|first|"
    r"original|last)\s+)?(?:predecessors?|forerunners?|ancestors?|(?:earlier|previous|prior|"
    r"older|past)\s+(?:[\w.-]+\s+){0,2}?(?:models?|generations?|versions?|releases?|Llamas?))\b",
    re.I,
)


def _arch_left_behind(text: str, start: int, end: int) -> bool:
    """Return True when the design named at ``start``..``end`` is the one given up."""
    return bool(
        _ARCH_LEFT_BEFORE.search(text, max(0, start - 60), start)
        or _ARCH_OF_PREDECESSORS_AFTER.match(text, end)
    )


_ARCH_PAIR = re.compile(
    r"\bdense(?:[\s-]+(?:models?|architectures?|transformers?|LLMs?|designs?))?\s*"
    r"(?:vs\.?|versus|or|and|against|/)\s*(?:sparse\s+)?(?:mixture[\s-]of[\s-]experts?|MoE)\b|"
    r"\b(?:mixture[\s-]of[\s-]experts?|MoE)(?:[\s-]+(?:models?|architectures?|designs?))?\s*"
    r"(?:vs\.?|versus|or|and|against|/)\s*dense\b(?![\s-]+(?:layers?|blocks?|FFN|feed))",
    re.I,
)
_ARCH_KIND = re.compile(r"\)?[\s-]+(?:architectures|models|systems|designs|LLMs)\b", re.I)
#: "three new MoE models", "both MoE models", "the two MoE models": a counted or definite
#: plural names the models it stands for, not the kind (not "many MoE models")
_COUNTED_BEFORE = re.compile(
    r"\b(?:(?:(?:the|its|their|these|those|all|Meta['’]s)\s+)?(?:two|three|four|five|\d)|"
    r"both(?:\s+of\s+(?:the|its|their))?)\s+(?:(?:new|open|open-weights?|latest|first|"
    r"natively|multimodal|smaller|larger)\s+){0,2}$",
    re.I,
)


def _doubted(text: str, end: int) -> bool:
    """Return True when the words after a value deny it ("dense would be a surprise")."""
    return bool(
        re.match(
            r"^[^.;]{0,12}?\b(?:would be (?:a )?surprise|is unlikely|seems unlikely|is doubtful|"
            r"is off the table|is not expected|is ruled out)",
            text[end : end + 50],
            re.I,
        )
    )


def read_modalities(text: str, add: Add) -> None:
    """Input modalities: a listed set ("text and image inputs") or "text-only"."""
    if text.startswith("@modalities"):  # a labelled line ("Input: text, image"), rewritten
        values = modality_values(text)
        if values:
            add("modalities", tuple(sorted(values)), 0)
        return
    for m in V.MODALITY_LIST.finditer(text):
        window = text[max(0, m.start() - 80) : m.end() + 40]
        if not V.MODALITY_CUE.search(window):
            continue
        near_before = text[max(0, m.start() - 25) : m.start()]
        near_after = text[m.end() : m.end() + 20]
        if V.MODALITY_TRAINING.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        if V.MODALITY_BLOCK.search(near_before) or re.match(
            r"^[\s-]*(?:outputs?|generation|to-)", near_after, re.I
        ):
            continue
        if _MAKING_JOINED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "the generation and understanding of image and video": a domain
        if _AIM_BEFORE.search(text, max(0, m.start() - 90), m.start()):
            continue  # "releases meant to advance reading text and pictures": a goal
        values = modality_values(m.group(0))
        if len(values) >= 2:
            add("modalities", tuple(sorted(values)), m.start())
    for m in V.MODALITY_INPUT_PAIR.finditer(text):
        values = modality_values(f"{m.group('first')} {m.group('second')}")
        if len(values) >= 2 and not negated(text, m.start()):
            add("modalities", tuple(sorted(values)), m.start())
    for m in V.TEXT_ONLY.finditer(text):
        if not negated(text, m.start()) and not _PAST_TEXT_ONLY.search(
            text, max(0, m.start() - 30), m.start()
        ):
            add("modalities", ("text",), m.start())


#: a plan or aim before the list ("releases meant to drive progress in multimodal work,
#: such as reading text and pictures", "aims to push forward work on text and video"):
#: a field the maker means to advance, not a model's inputs
_AIM_BEFORE = re.compile(
    r"\b(?:planned|plans? to|aim(?:s|ed|ing)? to|goals? (?:is|was|are|were) to|"
    r"(?:to|will) (?:drive|push|spur|further)|"
    r"(?:advancements?|advances|breakthroughs|progress) in)\b[^.;:]{0,70}$|"
    # "reads text, analyses images, and soon, even works with audio and video": what the
    # model is to take later, set after what it takes now
    r"\b(?:and|but|or)\s+(?:soon|eventually|later|one day|in (?:the )?future)\b[^.;:]{0,50}$",
    re.I,
)


#: "moving Llama beyond text-only use", "no longer text-only": the model leaves text-only
_PAST_TEXT_ONLY = re.compile(
    r"\b(?:beyond|past|no longer|away from|more than|not just|not merely|not only)\s+"
    r"(?:(?:its|the|a|being|just|merely)\s+)?$",
    re.I,
)


#: a making word joined to another verb noun before the list ("focused on the generation
#: and understanding of image and video content", "creating and editing images and video"):
#: the list is what the model makes and works on, not its inputs
_MAKING_JOINED_BEFORE = re.compile(
    r"\b(?:generat|creat|produc|edit|synthes)\w*\s+(?:and|&|or|as well as)\s+[\w-]+\s+"
    r"(?:of\s+)?(?:the\s+|both\s+)?$",
    re.I,
)


def modality_values(phrase: str) -> set[str]:
    """Return the docs/facts.md modality names a phrase lists."""
    values: set[str] = set()
    lowered = phrase.lower()
    if re.search(r"\btexts?\b", lowered):
        values.add("text")
    if re.search(r"\b(?:images?|vision|visual|photos?|pictures)\b", lowered):
        values.add("image")
    if re.search(r"\b(?:audio|speech|voice)\b", lowered):
        values.add("audio")
    if re.search(r"\bvideos?\b", lowered):
        values.add("video")
    return values


def read_license(text: str, add: Add, license_for_model: Callable[[str, str], str | None]) -> None:
    """Licence ids: named licences, SPDX names, and a model's own ("its") licence."""
    if _PAPER_LICENSE.search(text) or _WISHED.search(text):
        # "License: CC BY 4.0 arXiv:…" licenses the paper; "I hoped they would release
        # it under Apache 2.0" is a wish. Neither is the model's licence.
        return
    for m in V.LICENSE_NAME.finditer(text):
        license_id = license_for_version(m.group("version"))
        if license_id and not _said_of_code(text, m.start()):
            name = f"Llama {m.group('version')}"
            add("license", license_id, m.start(), fallback=(name,), fallback_generic=True)
    for pattern, license_id in V.SPDX_LICENSES:
        for m in pattern.finditer(text):
            if not _said_of_code(text, m.start()):
                add("license", license_id, m.start())
    family_subject = _FAMILY_SUBJECT.match(text)
    for m in V.COMMUNITY_LICENSE.finditer(text):
        if V.LICENSE_NAME.search(text[max(0, m.start() - 16) : m.end()]):
            continue
        if family_subject and not _VERSIONED_NAME.search(text, 0, m.start()):
            continue  # "Llama … carries a community license": the family's, of no version
        if not _said_of_code(text, m.start()):
            add("license", lambda model: license_for_model(model, "community"), m.start())
    for m in V.NONCOMMERCIAL_LICENSE.finditer(text):
        if not _said_of_code(text, m.start()):
            add("license", lambda model: license_for_model(model, "research"), m.start())
    for m in V.OWN_LICENSE.finditer(text):
        if re.match(r"their\s+(?!own\b)", m.group(0), re.I):
            continue  # "their license" is as likely the lab's as the model's: no id
        if family_subject and not _VERSIONED_NAME.search(text, 0, m.start()):
            continue  # "Llama is open, but its license …": the family's licence
        if not _said_of_code(text, m.start()):
            add("license", lambda model: license_for_model(model, "own"), m.start())


def read_foreign_license(
    text: str, add: Add, license_for_model: Callable[[str, str], str | None]
) -> None:
    """A Llama version's community licence named in another language ("Llama 3 社区许可证",
    "Llama 3.2 コミュニティライセンス契約", "licencia comunitaria de Llama 3"); that name
    with no version, the licence of the model it is said of ("采用社区许可协议"); and a
    non-commercial licence, Llama 1's ("una licencia no comercial")."""
    if not L.reading_other_language() or _PAPER_LICENSE.search(text):
        return
    named: list[tuple[int, int]] = []
    for m in V.FOREIGN_LICENSE_NAME.finditer(text):
        version = m.group("version") or m.group("version_after")
        license_id = license_for_version(version)
        named.append(m.span())
        if license_id and not _said_of_code(text, m.start()):
            add(
                "license",
                license_id,
                m.start(),
                fallback=(f"Llama {version}",),
                fallback_generic=True,
            )
    for m in V.FOREIGN_COMMUNITY_LICENSE.finditer(text):
        if _inside(m.start(), named):
            continue
        if negated(text, m.start()) or _CJK_LICENSE_DENIED_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            continue  # "也没有采用社区许可协议": no licence is named for the model
        if _FAMILY_NAMED.search(text, 0, m.start()) and not _VERSIONED_NAME.search(
            text, 0, m.start()
        ):
            continue  # "Llama 系列采用社区许可": the family's licence, of no version
        add("license", lambda model: license_for_model(model, "community"), m.start())
    for m in V.FOREIGN_NONCOMMERCIAL_LICENSE.finditer(text):
        if not negated(text, m.start()):
            add("license", lambda model: license_for_model(model, "research"), m.start())


#: a denial before the licence's name ("没有采用社区许可", "并非以社区许可发布")
_CJK_LICENSE_DENIED_BEFORE = re.compile(
    r"(?:没有|沒有|未|不|并非|並非|不是|非)(?:采用|採用|使用|以|基于|基於|在)?\s?$"
)
#: the family named with no version after it ("Llama 系列", "Llamaシリーズ", "Llama 모델")
_FAMILY_NAMED = re.compile(r"(?i:llama)(?![\s\-_]?\d)")


#: a sentence whose subject is the family, named with no version ("Llama is available in
#: the open, but …", "Meta's Llama models carry …"): an unnamed licence said of it is the
#: family's, and no version's id can be given for it
_FAMILY_SUBJECT = re.compile(
    r"^\W*(?:(?:Meta|Facebook)(?:['’]s)?\s+)?(?i:llama)(?:['’]s)?"
    r"(?:\s+(?:models?|family|series|line(?:-?up)?|LLMs?))?\s+(?![\d.])"
    r"(?!(?i:guard|stack|scout|maverick|behemoth|community)\b)"
)
#: a model named with its version or member name before the licence: not the family alone
_VERSIONED_NAME = re.compile(
    r"(?i:llama)[\s-]?\d|\b(?:Scout|Maverick|Behemoth|Code Llama|Llama Guard)\b"
)


#: "the code used to train it was released under GPL 3": the subject is the code
_CODE_SUBJECT = re.compile(
    r"\b(?:source|training|inference|evaluation|reference|example|sample)?\s*"
    r"code(?:base)?\b(?![\s-]+Llama)(?P<rest>[^.;]*)$",
    re.I,
)
_WEIGHTS_TOO = re.compile(
    r"\bweights\b|\b(?:models?|checkpoints?)\s+and\s+(?:the\s+|its\s+)?code\b|"
    r"\bcode\s+and\s+(?:the\s+|its\s+)?(?:models?|checkpoints?)\b",
    re.I,
)


def _said_of_code(text: str, pos: int) -> bool:
    """Return True when the licence or open word at ``pos`` is said of code, not weights."""
    before = text[max(0, pos - 120) : pos]
    m = _CODE_SUBJECT.search(before)
    return bool(m) and not _WEIGHTS_TOO.search(before)


_PAPER_LICENSE = re.compile(r"\barXiv\b|\bDOI\b|\bthis (?:article|paper|work|page)\b", re.I)
_WISHED = re.compile(
    r"\b(?:hoping|hoped|wish(?:ed)?|would have|should have|could have|ought to)\b", re.I
)


def license_for_version(version: str) -> str | None:
    """Return the licence id of a Llama version's licence ("3.1" → llama-3.1-community)."""
    if version == "1":
        return "llama-1-research"
    if version in ("2", "3", "3.1", "3.2", "3.3", "4"):
        return f"llama-{version}-community"
    return None


def _entry_bounds(text: str, pos: int) -> tuple[int, int]:
    """The ";"-separated entry of a sentence around pos ("Llama 1 … leaked; Llama 2 … open").

    The entries of such a list speak of different models: a leak in one says nothing of
    the openness of another.
    """
    start = max(text.rfind(";", 0, pos), text.rfind("；", 0, pos)) + 1
    ends = [i for i in (text.find(";", pos), text.find("；", pos)) if i >= 0]
    return start, min(ends) if ends else len(text)


#: the model noun after an openness word, then the name it gives ("a new closed-source
#: model, Muse Spark,", "a proprietary model called Avocado"): the indefinite noun phrase
#: introduces that model, not some other one
_MODEL_NOUN_AFTER = re.compile(r"[\"”'’]?[\s-]+(?:[\w-]+\s+){0,2}?(?i:model|LLM|system)\b")
_NAME_GIVEN = re.compile(
    r"\s*(?:,?\s(?:internally\s+)?(?i:called|named|codenamed|code-named|dubbed|known as|"
    r"nicknamed)\s+[\"“'‘]?[A-Z]|"
    # (a name in commas, not a speaker: "a closed model, Meta said")
    r",\s*[\"“'‘]?[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2}[\"”'’]?\s*(?:,|\.|;|—|–|\(|$))"
)


def _names_its_model(text: str, m: re.Match[str]) -> bool:
    """Return True when the model noun of an openness phrase is followed by its name."""
    end = m.end()
    if not re.search(r"(?i:model|LLM|system)$", m.group(0)):
        noun = _MODEL_NOUN_AFTER.match(text, end)
        if not noun:
            return False
        end = noun.end()
    return bool(_NAME_GIVEN.match(text, end))


#: a word of measuring one thing against another right before the rung ("will be
#: comparable to proprietary models", "is on par with closed systems", "as good as closed
#: models", "matches the proprietary GPT-4", "competitive with open-weight peers"): the rung
#: is the yardstick's, a class or a rival the subject is measured against, never the
#: subject's own (up to three words of the yardstick's noun phrase between, no comma)
_MEASURED_AGAINST_BEFORE = re.compile(
    r"\b(?:comparable|compared|comparison|similar|equal|equivalent|close|closer|akin|"
    r"inferior|superior|second|(?:on\s+)?(?:a\s+)?par|competitive|competing|competes?|"
    r"level|parity|pace|catch(?:es|ing)?\s+up|caught\s+up|relative)\s+"
    r"(?:to|with|against)\s+(?:(?:the|a|an|its|their|many|some|most|leading|top|best|"
    r"frontier|larger|bigger|much|far|similar|similarly|other|[\w.-]+['’]s)\s+){0,3}$|"
    r"\b(?:as|so)\s+(?:good|strong|capable|smart|powerful|fast|accurate|useful|well)\s+as\s+"
    r"(?:(?:the|a|an|its|their|many|some|most|leading|top|best|frontier|larger|bigger|"
    r"[\w.-]+['’]s)\s+){0,3}$|"
    r"\b(?:match(?:es|ed|ing)?|rival(?:s|led|ed|ling|ing)?|beat(?:s|ing)?|outperform\w*|"
    r"outclass\w*|surpass\w*|exceed\w*|trail(?:s|ed|ing)?|(?:lag|fall|fell)\w*\s+behind|"
    r"ahead\s+of|versus|vs\.?|against)\s+"
    r"(?:(?:the|a|an|its|their|many|some|most|leading|top|best|frontier|larger|bigger|"
    r"much|far|similarly|[\w.-]+['’]s)\s+){0,3}$",
    re.I,
)


def _measured_against(text: str, pos: int) -> bool:
    """Return True when the rung word at ``pos`` names the yardstick of a comparison."""
    return bool(_MEASURED_AGAINST_BEFORE.search(text, max(0, pos - 60), pos))


def read_openness(text: str, add: Add) -> None:
    """The openness rung. A denial ("not open source") is never evidence of "closed"."""
    for m in V.CLOSED.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if V.CLOSED_CONTEXT_BLOCK.search(before):
            continue
        if _measured_against(text, m.start()):
            continue  # "will be comparable to proprietary models": the yardstick's rung
        word = m.group(0).lower()
        own_negation = word.startswith(
            ("not", "no longer", "no ", "won't", "will not", "weights", "never", "can")
        ) or bool(re.match(r"(?:is|are|was|were|will be)(?:n't| not)\s", word))
        if not own_negation and negated(text, m.start()):
            continue
        if re.match(r"^[\s-]*(?:models?\s+)?(?:such as|like|including)\b", text[m.end() :], re.I):
            continue
        if word.startswith("closed,"):
            pass  # "a closed, monetizable model codenamed X": the codename says which model
        elif (
            re.search(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$", before)
            and not re.search(
                r"(?:\b(?:is|are|was|were|be|being|become|becomes|remain|remains|stay|stays|as|"
                r"(?:shift|switch|move)(?:s|ed|ing)? to)|,)\s+"
                r"(?:a|an)\s+(?:[\w-]+\s+){0,2}$",
                before,
            )
            and not _names_its_model(text, m)
        ):
            continue  # "pursuing a closed model instead": another model, not this one
        if _generic_openness(text, m) or _contrasted(text, m.start()):
            continue
        if _PROPOSITION_BEFORE.search(text, max(0, m.start() - 100), m.start()):
            continue  # "challenged the notion that AI had to be closed-source": a view held
        if _LEGAL_OWNERSHIP.search(text) and re.search(r"['’]s\s+$", before):
            continue  # "“Llama Materials” means Meta's proprietary Llama …": ownership, no rung
        add("openness", "closed", m.start())
    research: list[tuple[int, int]] = []
    for m in V.RESEARCH_ONLY.finditer(text):
        if _DISPUTED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "although Meta claims it is for research": a claim disputed
        if not negated(text, m.start()):
            # "X was released, but only to researchers": the afterthought narrows the
            # clause before it, whose subject it is said of
            but = _BUT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            add("openness", "research_only", max(0, but.start() - 1) if but else m.start())
            research.append(m.span())
    for m in V.OPEN_WEIGHTS.finditer(text):
        if research and _narrowed_to_research(text, m, research):
            continue  # "released the weights, but only to those doing research": the
            # release the open words tell is the gated one the research words narrow
        entry_start, entry_end = _entry_bounds(text, m.start())
        if V.LEAK.search(text[entry_start:entry_end]):
            continue  # a leak is no openness rung, whatever "open" words say
        before = text[max(0, m.start() - 30) : m.start()]
        if before.lower().endswith(("non-", "non ", "non‑")):
            continue  # "restrictions that make it non-open source": the rung denied
        if V.NOT_OPEN.search(before) or (
            negated(text, m.start())
            and not _NEGATED_NOUN_OBJECT.search(text, max(0, m.start() - 60), m.start())
        ):
            continue
        if _NOT_RELEASED_AS.search(text, max(0, m.start() - 70), m.start()):
            continue  # "has not yet been publicly released as open weights"
        if (
            _DISPUTED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            or (
                _CALLED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                and _BUT_AFTER.match(text, m.end())
            )
            or _PROMOTED_AS_BEFORE.search(text, max(0, m.start() - 70), m.start())
        ):
            continue  # "the so-called open model", "Meta calls it open source, but …",
            # "Meta likes to tout X as open-source": a label sold, not a rung stated
        if _generic_openness(text, m) or _contrasted(text, m.start()):
            continue  # "a departure from the open-source Llama line": the line is open
        if _measured_against(text, m.start()):
            continue  # "as capable as open-weight models twice its size": the yardstick's
        if _PROPOSITION_BEFORE.search(text, max(0, m.start() - 100), m.start()):
            continue  # "Meta's claim that Llama is open source is complicated": a view
        if L.reading_other_language() and _FOREIGN_STANCE_HEAD.match(text, m.end()):
            continue  # "開源策略", "Open-Source-Ansatz": a way of working (the closed side
            # keeps its reading: "转向闭源战略" is the path the new model takes)
        if re.search(
            r"\b(?:than|other|most|many|like|unlike)\s+(?:\w+\s+)?$", before, re.I
        ) and not _SUPERLATIVE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if m.group(0).lower().startswith("open") and _INFINITIVE_BEFORE.search(before):
            continue
        if _OPEN_SOURCING.search(m.group(0)) and not _MODEL_OBJECT_AFTER.match(text, m.end()):
            continue  # "the open-sourcing of its tooling", "by open-sourcing everything"
        if m.group(0).lower().endswith("weights") and _RELEASE_WITHHELD_BEFORE.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "refused to release the weights", "urged Meta to publish its weights"
        if V.CLOSED.search(text[max(0, m.start() - 12) : m.end()]):
            continue
        idea = re.fullmatch(r"open[\s-]?source|openness", m.group(0), re.I)
        if (
            idea
            and _OPENNESS_AS_SUBJECT.match(text, m.end())
            and not re.search(
                r"\b(?:is|are|was|were|be|been|being|as|remains?|stays?)\s+$", before, re.I
            )
        ):
            continue  # "open source will help everyone": a claim about openness itself
        if _SUCCESSOR_OF.search(text, max(0, m.start() - 50), m.start()):
            continue  # "the next generation of their open-source model": the line is open
        if _said_of_code(text, m.start()):
            continue  # "the training code was released under an open-source licence"
        if _TITLE_OPEN.match(text, m.start()):
            continue  # a paper's title ("…: Open Foundation Models for X") names, not states
        if _OPENNESS_DENIED_AFTER.match(text, m.end()):
            continue  # "open release is no longer viable": openness is the subject, denied
        if _TRADED_FOR_CLOSED_AFTER.match(text, m.end()):
            continue  # "shelves Llama open source for proprietary X", "pivots from open
            # source to closed models": the open side is the one given up
        if _LATER_MODELS_AFTER.match(text, m.end()):
            continue  # "will open-source versions of its next models": later models' plan
        if _ON_REQUEST_AFTER.match(text, m.end()):
            continue  # "an open-source package that anyone can request access to": gated
        add("openness", "open_weights", m.start())


#: a verb of refusing, asking or stopping before the one that puts weights out ("declined
#: to release the weights", "calls on Meta to publish its weights", "stopped shipping
#: weights", "argues against releasing the weights"): the weights are not out
_RELEASE_WITHHELD_BEFORE = re.compile(
    r"\b(?:(?:refus|declin|reluctan|hesitan|unwilling|loath|urg|ask|call|pressur|lobb|"
    r"demand|petition|beg|push)\w*\s+(?:(?:on|for|upon)\s+)?(?:[\w’'.-]+\s+){0,2}?to|"
    r"(?:stop|ceas|halt|end|quit|paus)\w*|against|whether|if)\s+$",
    re.I,
)


#: ", but" right before a restriction ("released, but only to researchers")
_BUT_BEFORE = re.compile(r"\s*[,;—–-]\s*(?:but|yet|though)\s+$", re.I)


#: the open verb made a noun or a decision ("the open-sourcing of", "decision to open-source")
_OPEN_SOURCING = re.compile(r"sourcing|^(?:decision|decided|chose|opted)\b", re.I)
#: … whose object is a model: a name (capitalised) or a model noun, before any break
_MODEL_OBJECT_AFTER = re.compile(
    r"\s*(?:(?:the|this|that|its|their|a|an|Meta[’']s|new|latest)\s+)*"
    r"(?:[A-Z]|(?:[\w-]+\s+){0,2}?(?:model|models|LLM|LLMs|weights)\b)"
)


#: a noun of belief or claim with its "that" clause ("the notion that AI had to be closed",
#: "the prevailing assumption that only big labs …", "Meta's claim that Llama is open
#: source"): what the clause says is a view held or disputed, not the writer's statement
#: ("the fact that", "reports that", "news that" do state, and are not here)
_PROPOSITION_BEFORE = re.compile(
    r"\b(?:notion|idea|belief|assumption|myth|perception|premise|narrative|conventional "
    r"wisdom|thesis|contention|claims?|hypothesis|argument|misconception|view|dogma)\s+that\b"
    r"[^.;:!?]{0,80}$",
    re.I,
)


#: what sets two statements apart in one sentence ("unlike X, which was for research, Y is
#: open"): the research words then narrow the other statement, not the open one
_SET_APART = re.compile(
    r"\b(?:unlike|whereas|while|compared|in contrast|however|instead|rather than|later|"
    r"subsequent|successor|next|then|now)\b|\bbut\b(?!\s+only\b)|[;:]",
    re.I,
)


def _narrowed_to_research(text: str, m: re.Match[str], research: Sequence[tuple[int, int]]) -> bool:
    """Return True when a research-only statement right after (or over) the open words at
    ``m`` narrows them: "released weights …, but only to researchers", "released the
    weights to approved researchers", "released weights under a research licence"."""
    for start, end in research:
        if start < m.end() and m.start() < end:
            return True  # the same words, read as the gated release
        if m.end() <= start <= m.end() + 120:
            apart = _SET_APART.search(text, m.end(), start + 6)  # (+6: "but only" is no break)
            if apart is None or apart.start() >= start:
                return True
    return False


#: "open source for proprietary", "open-weight releases in favour of a closed model": what
#: follows is what the open side is traded for
_TRADED_FOR_CLOSED_AFTER = re.compile(
    r"(?:[\s-]+(?:AI|LLMs?|models?|strategy|approach|releases?|roots|path|ethos))?\s+"
    r"(?:for|to|in favou?r of|toward|towards)\s+(?:an?\s+|its\s+|the\s+)?"
    r"(?:fully\s+|more\s+)?(?:proprietary|closed)\b",
    re.I,
)


#: a licence agreement's definitions ("“X” means …", "under this Agreement"), where "Meta's
#: proprietary X" says who owns it, not that it is kept closed
_LEGAL_OWNERSHIP = re.compile(
    r"[”\"]\s+means\b|\bthis Agreement\b|\bhereunder\b|\bLicensee\b|\bLicensor\b"
)


#: "an open-source package that researchers can request access to", "open … on request":
#: weights given out one request at a time are gated, which "open" does not settle
_ON_REQUEST_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:(?:can|could|must|may|need to|have to)\s+(?:\w+\s+)?"
    r"(?:request|apply for)\s+(?:access|the weights)|(?:available\s+)?(?:only\s+)?"
    r"(?:on|upon|by)\s+request)\b",
    re.I,
)


#: a verb right after "open source": the idea is the subject ("open source will help")
_OPENNESS_AS_SUBJECT = re.compile(
    r"\s+(?:will|would|can|could|should|may|might|helps?|means|makes|leads|benefits|drives|"
    r"wins|matters|is\s+(?:good|better|safer|the\s+way|the\s+path|the\s+future))\b",
    re.I,
)
#: the open word as a subject that is then denied ("open release is no longer viable",
#: "open weights are not on the table"): no rung for any model
_OPENNESS_DENIED_AFTER = re.compile(
    r"(?:[\s-]+(?:release|releases|weights?|source|sourcing|access|models?))?\s+"
    r"(?:is|are|was|were|has been|have been|had been|seems?|looks?|remains?|isn't|aren't|"
    r"wasn't|weren't)\s+(?:now\s+|simply\s+|clearly\s+|probably\s+)?(?:no longer|not|never|"
    r"n't|hardly|off the table|out of the question|dead|over)\b",
    re.I,
)
#: the open verb's object is models still to come ("open-source versions of its next
#: models", "open-weight releases of future models"): not the model the post is about
_LATER_MODELS_AFTER = re.compile(
    r"[\s-]+(?:(?:some|smaller|lighter|open)\s+)?(?:(?:versions?|releases?|variants?)\s+of\s+)?"
    r"(?:(?:its|their|the|Meta[’']s|some\s+of\s+(?:its|their|the))\s+)?(?:next|future|upcoming|"
    r"later|coming)\b(?![\s-]+(?:weeks?|months?|years?|quarters?|days?|spring|summer|fall|"
    r"autumn|winter|time|on)\b)",
    re.I,
)
#: "the most capable openly available model": a superlative, not "most open models"
_SUPERLATIVE = re.compile(
    r"\b(?:the|its|their|world[’']?s|meta[’']?s)\s+(?:[\w-]+(?:\s+and|,)\s+)?most\s+[\w-]+\s+$|"
    # "it was among the first openly available models to …": the model is one of the open
    # ones it is ranked among
    r"\b(?:is|was|are|were|remains?|became|becomes)\s+(?:among|one of)\s+the\s+(?:very\s+)?"
    r"(?:first|earliest|largest|biggest|only)\s+$",
    re.I,
)


#: what a new model follows ("the successor to its open-source Llama"): the old one's openness
_SUCCESSOR_OF = re.compile(
    r"\b(?:successor|follow-?up|sequel)s?\s+(?:of|to)\s+"
    r"(?:[\w’'.-]+\s+){0,3}$",
    re.I,
)
#: "Open" heading a run of capitalised words that ends in "Models": a paper or page title
_TITLE_OPEN = re.compile(
    r"Open\s+(?!Weights?\b|Source\b)[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*\s+Models\b"
)


#: a phrase that names what the subject moves away from ("a departure from Meta's open
#: Llama work", "unlike the closed rivals"): its openness is not the subject's
#: a negation whose scope runs over a release verb to the rung: "not yet (publicly)
#: released as", "has never been made available as"
_NOT_RELEASED_AS = re.compile(
    r"\b(?:not|n't|never|yet to|has yet to|have yet to)\s+(?:(?:yet|been|be|publicly|officially|"
    r"formally|fully|actually|ever)\s+){0,3}(?:released|made available|shipped|published|"
    r"offered|distributed|put out|available)\s+(?:as|under|with)\s+(?:an?\s+|the\s+)?$",
    re.I,
)
#: the writer disputes the label or reports it as others' mistaken view
_DISPUTED_BEFORE = re.compile(
    r"(?:\bso[\s-]called|\bsupposedly|\ballegedly|\bpurportedly|\bnominally|\bostensibly|"
    r"\b(?:try|tries|tried|trying|attempt\w*) to (?:say|claim|argue|pass \w+ off as|call|"
    r"label|brand|market)|\b(?:falsely|wrongly|mistakenly|misleadingly|incorrectly) "
    r"(?:call|label|describ|market|brand|bill|present|claim|promot|tout|advertis|position|"
    r"pitch)\w*|"
    # "Llama, while promoted as open-source, does not comply": conceded, then denied
    r"\b(?:while|although|though|even though|despite being) (?:being )?(?:widely |often |"
    r"heavily )?(?:promoted|marketed|touted|billed|branded|labell?ed|advertised|described|"
    r"pitched|positioned|called) as\b|"
    # "Although Meta claims X is available for research, …": a claim the writer disputes
    r"\b(?:although|though|even though|despite) (?:[\w’']+ ){1,3}(?:claims?|claiming|insists?|"
    r"insisting))\b[^.;:!?]{0,40}$",
    re.I,
)
_CALLED_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|label\w*|brand\w*|bill\w*|describ\w*)\s+"
    r"(?:it|them|(?:the\s+)?(?:model|models|\w+(?:\s+[\w.]+)?))\s+(?:as\s+)?(?:an?\s+)?$",
    re.I,
)
#: a verb of selling before "as" ("tout LLaMA as open-source", "markets its models as
#: open", "positions Llama as open source AI"): the maker's pitch, reported, states no rung
_PROMOTED_AS_BEFORE = re.compile(
    r"\b(?:tout|promot|market|pitch|advertis|hyp|sell|position|paint|parad|trumpet)\w*\s+"
    r"(?:(?:it|them|itself|themselves)\s+|(?:[\w.’'-]+\s+){0,5}?)as\s+(?:an?\s+|the\s+)?"
    r"(?:(?:truly|fully|genuinely)\s+)?[\"“'‘]?$",
    re.I,
)
_BUT_AFTER = re.compile(
    r"[\s\w-]{0,20}?[\"”’']?\s*[,;—–-]*\s*(?:but|yet|though|although)\s+(?:it|they|that|this|"
    r"the (?:model|licen[cs]e|terms)|(?:that|the|this|such a|such) (?:claim|label|description|"
    r"term|branding|characteri[sz]ation|framing|assertion|word))\s+(?:is|are|was|were|isn't|"
    r"aren't|wasn't|doesn't|don't|"
    r"does not|do not|fails?|falls?)\b|"
    # "Even though the press calls it open-source, it's not.": the label reported, then
    # denied in the next clause with no conjunction between
    r"[\s\w-]{0,20}?[\"”’']?\s*[,;—–-]+\s*(?:(?:and|but)\s+)?(?:it|they|that|this)\s*"
    r"(?:(?:is|are|was|were|['’]s|['’]re)\s*(?:not|n['’]t)|(?:isn|aren|wasn|weren)['’]t)\b",
    re.I,
)
_CONTRASTED = re.compile(
    r"\b(?:departures? from|depart(?:s|ed|ing)? from|away from|break(?:s|ing)? (?:from|with)|"
    r"broke (?:from|with)|unlike|in contrast (?:to|with)|instead of|rather than|"
    r"(?:shift|pivot|turn|move)(?:s|ed|ing)? (?:away )?from|"
    # "completely separate from the open-source Llama family", "replacing its open-source
    # suite": what the subject stands apart from or replaces (not "replaced by")
    r"separate from|distinct from|replac(?:e|es|ing)|replaced(?! by))"
    # (a verb or "and" between starts a new predicate: "replaces Llama 3 and is open")
    r"\s+(?:(?!(?:and|is|are|was|were|but|remains?|stays?)\s)[\w’'.-]+\s+){0,6}$",
    re.I,
)
#: "Unlike Meta's earlier Llama models, which were released as open weights, …": the
#: relative clause describes the thing contrasted
_CONTRASTED_RELATIVE = re.compile(
    r"\b(?:unlike|in contrast (?:to|with)|instead of|rather than|separate from|distinct from|"
    r"replac(?:e|es|ing)|departures? from|away from)\s+(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+,\s+"
    r"(?:which|that|whose|who)\s+[^,;:.!?]{0,60}$",
    re.I,
)


#: a change told as "from A to B" ("From Open-Source Star to Identity Crisis", "went from
#: open weights to a closed API"): A is the state left behind
_FROM_SIDE_BEFORE = re.compile(r"\b[Ff]rom\s+(?:(?:an?|the|its|their|[\w’']+['’]s)\s+)?$")
#: (not the audience: "from open weights to the public")
_TO_SIDE_AFTER = re.compile(
    r"[\w\s-]{0,30}?\s+to\s+(?!(?:the\s+)?(?:public|everyone|all|anyone)\b)"
)


def _contrasted(text: str, pos: int) -> bool:
    """Return True when the openness word at ``pos`` describes what the subject is set against."""
    if _FROM_SIDE_BEFORE.search(text, max(0, pos - 30), pos):
        end = re.match(r"[\w-]+", text[pos:])
        if end and _TO_SIDE_AFTER.match(text, pos + end.end()):
            return True
    return bool(
        _CONTRASTED.search(text, max(0, pos - 70), pos)
        or _CONTRASTED_RELATIVE.search(text, max(0, pos - 140), pos)
    )


#: an abstract noun after "open-source" / "closed" names a stance, a trend or a crowd
#: ("its open-source strategy", "the open-weight era", "open-source builders"), no model
_STANCE_HEAD = re.compile(
    r"[\s-]+(?:(?!(?:that|which|who|to|for|and|or|in|on|of|from|with|by|is|are)\b)[\w-]+\s+)?"
    r"(?:strategy|strategies|era|builders|developers|protocols?|ecosystems?|movement|approach|"
    r"community|world|stack|software|projects?|tools|rivals|competitors?|labs?|companies|"
    r"players|camp|side|efforts?|ethos|philosophy|principles?|push|roots|credentials|supply|"
    r"releases|counterweight|champion|leader|pioneer|advocate|darling|standard-bearer|"
    # "its open-weight plans survive", "praised for its open-source leadership", "the
    # family's open-source tradition": a plan or a reputation, no rung for the model beside it
    r"plans|leadership|tradition|heritage|legacy|"
    # "Meta's open posture", "the open-source faction", "the open-weight identity Llama
    # built": a stance or a side, told the way the words above tell one
    r"postures?|factions?|identity|positions?|playbook)\b",
    re.I,
)
#: a field, a market or an undertaking after the open word ("the open-source model space",
#: "open-weight training runs", "the open-model race"): the noun is not a model, whichever
#: words stand between (and even when the open word names weights)
_FIELD_HEAD = re.compile(
    r"[\s-]+(?:(?!(?:that|which|who|to|for|and|or|in|on|of|from|with|by|is|are|was|were)\b)"
    r"[\w-]+\s+){0,2}?(?:space|landscape|race|field|market|marketplace|arena|scene|sector|"
    r"realm|training runs?|debate|conversation|"
    # "when the open-weights gap is small", "its open-weights distribution model": a
    # distance between kinds, a way of doing business
    r"gaps?|divides?|(?:distribution|business|licensing|release|revenue|"
    r"delivery)\s+(?:model|strategy|strategies|approach))\b",
    re.I,
)
#: "the gap between open-weight 70B and closed systems": two kinds measured
#: against each other (a model's own name after the open word keeps the reading)
_GAP_BETWEEN_BEFORE = re.compile(
    r"\b(?:gap|gulf|divide|distance|difference)\s+between\s+(?:the\s+)?(?:best\s+|top\s+|"
    r"leading\s+)?$",
    re.I,
)
#: a plural kind ("open models", "closed-source systems", "open-source alternatives"):
#: generic unless predicated of the subject ("Scout and Maverick are open-weight models")
_KIND_HEAD = re.compile(
    r"[\s-]+(?:[\w-]+\s+)?(?:models|LLMs|systems|alternatives|options|offerings|contenders|"
    r"challengers)\b",
    re.I,
)
#: a class picked out by a demonstrative or a ranking ("these open-source large language
#: models are …", "the top open-source pre-trained LLMs: A, B, C", "the leading open-weight
#: model line"): the kind, not one model, whatever words stand before the noun
_CLASS_DETERMINER_BEFORE = re.compile(
    r"\b(?:these|those|such|top|best|leading|popular|notable|favou?rite)\s+(?:\d+\s+)?$", re.I
)
#: "open-weight Llama-class model", "open GPT-4-class systems": a class of models by rank
_CLASS_OF_MODELS_AFTER = re.compile(
    r"[\s-]+(?:[\w.]+[\s-]+){0,2}?(?:class|grade|tier)[\s-]+(?:[\w-]+\s+)?(?:models?|LLMs?|"
    r"systems?)\b",
    re.I,
)
_CLASS_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|stays?|as|among|one of)\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)
_CLASS_HEAD = re.compile(
    r"[\s-]+(?:(?!(?:that|which|who|to|for|and|or|in|on|of|from|with|by|is|are|was|were)\b)"
    r"[\w()-]+\s+){0,3}?(?:models|LLMs|systems|alternatives|options|model lines?)\b",
    re.I,
)
_PREDICATE_BEFORE = re.compile(
    r"(?:\b(?:are|were|be|been|remain|stay|as)|:)\s+(?:(?:the|two|both|three|all)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a kind as the sentence's subject: "Closed models keep their weights private"
_KIND_SUBJECT = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}(?:models|LLMs|systems)\b[^.;:]*$",
    re.I,
)
#: a quantified or contrastive subject: "some models are open", "among open models"
_GENERIC_SUBJECT = re.compile(
    r"\b(?:some|many|most|other|few|several|among|unlike|than)\s+"
    r"(?:(?:the|these|those|their|its)\s+)?(?:[\w-]+\s+){0,3}$|"
    r"\b(?:some|many|most|other|few|several)\s+(?:[\w-]+\s+){0,2}[\w-]+s\b[^.;]*$",
    re.I,
)
#: what a company leaves behind: "abandons open source for …", "a break with open weights"
_LEFT_BEHIND = re.compile(
    r"\b(?:abandon\w*|ditch\w*|drop\w*|away from|(?:shift|pivot|mov|turn|retreat)\w* from|"
    # "Meta betrays open source", "turns its back on open source", "gives up on open
    # source": the stance left behind, as "abandons" is
    r"betray\w*|forsak\w*|turn\w* (?:its|their|his) backs? on|g[ai]ve\w* up on|"
    r"break\w* with|end of|championing|champion(?:ed|s)?)\s+(?:(?:its|the|their|his)\s+)?$",
    re.I,
)
_PLANNED_AFTER = re.compile(
    r"(?:[\s-]+[\w-]+){0,2}\s+(?:planned|promised|expected|to come|later|coming)\b", re.I
)
#: "open sourced a lot of infrastructure": the verb's object is not a model
_VERB_OBJECT = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|lots|much|many|some|plenty|everything|parts?)\b"
)
_MODELISH = re.compile(r"\b(?:model|LLM|weights|Llama|LLaMA|checkpoint)", re.I)


#: "X, the latest of its open models", "X is one of Meta's open-weight models": the
#: subject is put in its maker's open kind, which says the subject is open
#: "Llama 3.2, a new family of open-source models", "the Llama 3 family of open-weight
#: models": the plural names the family's members, not a kind; the family is the model
_FAMILY_OF_BEFORE = re.compile(
    r"(?:(?:,|\b(?:is|was|as))\s+(?:a|an|the|its|their)\s+(?:(?:new|latest|first|second|third|"
    r"next)\s+)?|\d\s+)(?:family|collection|suite|series|herd|line-?up)\s+of\s+$",
    re.I,
)
_MEMBER_OF_KIND_BEFORE = re.compile(
    # "Meta unveiled the newest wave of its open models": what is put out is the newest
    # member of the maker's open kind
    r"\b(?:unveil\w*|releas\w*|launch\w*|introduc\w*|debut\w*|ship(?:s|ped)?|"
    r"roll\w*\s+out|present\w*)\s+(?:the\s+|a\s+)?(?:latest|newest|next|new)\s+"
    r"(?:generation|iteration|version|installment|edition|wave)\s+of\s+"
    r"(?:its|their|Meta[’']s|the company[’']s)\s+$|"
    r"(?:,|\b(?:is|was|as))\s+(?:(?:the|a|an)\s+)?(?:(?:latest|newest|next|first|biggest|"
    r"largest|smallest|best|strongest|most\s+[\w-]+)\s+)?(?:era|generation|iteration|addition|"
    r"member|entry|installment|one|version|latest|newest)\s+(?:of|in)\s+"
    r"(?:its|their|Meta[’']s|the company[’']s)\s+$|"
    # "it was among the first openly available models": ranked among the open ones
    r"\b(?:is|was|are|were|remains?|became|becomes)\s+(?:among|one of)\s+the\s+(?:very\s+)?"
    r"(?:first|earliest|largest|biggest|only)\s+$",
    re.I,
)
#: "no launch for the open-source model in Europe": "no" denies the noun it governs, and
#: the model it is said of is still called open
_NEGATED_NOUN_OBJECT = re.compile(
    r"\bno\s+(?:[\w-]+\s+){1,2}(?:for|of)\s+(?:the|this|its)\s+$", re.I
)


#: a verb right after a plural kind ("open models face", "open-weight systems can keep
#: up"): the kind is the subject of its own clause, even after a colon that would
#: otherwise make it a predicate of the name before
_KIND_VERB_AFTER = re.compile(
    r"\s+(?:are|were|have|has|enter|can|could|will|would|need|keep|remain|dominate|"
    r"continue|trail|lead|offer|let|give|allow|compete|catch|close|match|rival|beat|face)\b",
    re.I,
)


#: the open word as the first part of a compound that names a stance, a crowd, a field or a
#: role, in languages that join such words without a space ("開源策略", "开源社区", "「開源
#: 旗手」標籤", "オープンソース戦略", "오픈소스 진영", "Open-Source-Ansatz"); also the word as the
#: subject of a verb right after it ("開源沒能換來…", open sourcing failed to bring …). Either
#: way it is said of a way of working, not of a model's weights.
_FOREIGN_STANCE_HEAD = re.compile(
    r"(?:的)?(?:策略|战略|戰略|路线|路線|阵营|陣營|旗手|旗帜|旗幟|大旗|布道者|颠覆者|顛覆者|"
    r"倡导者|倡導者|先锋|先鋒|社区|社區|社群|生态|生態|领域|領域|赛道|賽道|运动|運動|时代|時代|"
    r"理念|精神|传统|傳統|信仰|叙事|敘事|标签|標籤|形象|承诺|承諾|立场|立場|世界|圈|派|"
    r"没能|沒能|未能|无法|無法|并未|並未|不能|才是)|"
    r"\s?(?:戦略|路線|陣営|コミュニティ|界隈|전략|진영|생태계|커뮤니티|시대|노선)|"
    r"-(?:Ansatz|Ansätze|Strategie|Kurs|Weg|Bewegung|Gemeinde|Community|Welt|Szene|Lager|Ära|"
    r"Philosophie|Prinzip|Prinzipien|Vorreiter|Pionier|Befürworter|Verfechter|Tradition|Image|"
    r"Versprechen|Entwickler|Projekte?|Software|Idee|Ideal|Gedanke|Kultur)\b"
)


#: a count right before the open word ("Eight open-weight models", "all 5 open-access
#: models", "the release introduces six new open LLM models"): a set counted out is the
#: set in hand, not the kind
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,-])(?:(?:all|the|its|their|these|those|Meta['’]s)\s+)?(?:two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9]|both)\s+(?:(?:new|latest|first|"
    r"initial|brand-new|additional|more)\s+){0,2}$",
    re.I,
)
#: ... put out by the clause: a release verb before the count ("introduces", "brings",
#: "you can find")
_SET_PUT_OUT_BEFORE = re.compile(
    r"\b(?:introduc\w*|releas\w*|launch\w*|unveil\w*|ship(?:s|ped|ping)?|bring(?:s|ing)?|"
    r"brought|includ\w*|compris\w*|debut\w*|add(?:s|ed|ing)?|offer\w*|find|get|download|"
    r"welcom\w*|publish\w*|put(?:s|ting)?\s+out|roll\w*\s+out)\s+(?:[\w-]+\s+){0,6}?$",
    re.I,
)
#: ... or said to be out after the noun, past an aside in brackets ("Eight open-weight
#: models (3 base and 5 fine-tuned) are available on the Hub", "… were released today")
_SET_OUT_AFTER = re.compile(
    r"[\s-]+(?:[\w-]+\s+){0,2}?(?:models|LLMs|checkpoints|variants|versions)\s*"
    r"(?:\([^()]{0,80}\)\s*)?(?:(?:by|from)\s+Meta\s+)?(?:are|were|have\s+been|went|go)\s+"
    r"(?:now\s+|all\s+|also\s+|today\s+|officially\s+)*(?:available|out|live|released|"
    r"downloadable|up|published|on\s+the\s+Hub)\b",
    re.I,
)
#: ... but not a set of others ("two open models from Mistral", "three open-weight
#: systems by rival labs")
_SET_OF_OTHERS_AFTER = re.compile(
    r"[\s-]+(?:[\w-]+\s+){0,2}?(?:models|LLMs|systems)\s+(?:from|by|of)\s+(?!Meta\b)", re.I
)


_OTHERS_PUT_OUT = re.compile(
    r"[^.;:!?]{0,80}?\b(?:by|from)\s+(?:(?:its|their|the|a|several)\s+)?(?:rivals?|"
    r"competitors?|competing|other|others|another|startups?|Chinese|outside)\b",
    re.I,
)


def _counted_set_put_out(text: str, m: re.Match[str]) -> bool:
    """Return True when the open word modifies a counted set of models said to be put out.

    A count makes the plural the set in hand, and the release says which: the models the
    post is about ("The release introduces four new open models", "Eight open-weight
    models are available on the Hub"). A set from another maker, compared or ranked among
    is read by the guards that come before.
    """
    count = _COUNT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if count is None or _SET_OF_OTHERS_AFTER.match(text, m.end()):
        return False
    if _OTHERS_PUT_OUT.match(text, m.end()):
        return False  # "Two open-weight models were released this week by rivals"
    if re.search(r"\b(?:models|LLMs)$", m.group(0), re.I):
        out_after = re.match(
            r"\s*(?:\([^()]{0,80}\)\s*)?(?:are|were|have\s+been)\s+(?:now\s+|all\s+|also\s+)*"
            r"(?:available|out|live|released|downloadable|published)\b",
            text[m.end() :],
            re.I,
        )
    else:
        out_after = _SET_OUT_AFTER.match(text, m.end())
    return bool(
        out_after or _SET_PUT_OUT_BEFORE.search(text, max(0, count.start() - 60), count.start())
    )


#: a subject owned or counted ("Its eight models are open-weight", "Both models are
#: open-source"): the models in hand, not the kind "models" alone would be
_OWNED_OR_COUNTED_SUBJECT = re.compile(
    r"\s*(?:(?:its|their|Meta['’]s|the\s+company['’]s)\s+(?:\w+\s+)?|(?:both|the\s+two|"
    r"the\s+three|all\s+(?:two|three|four|five|\d+))\s+)(?:[\w-]+\s+)?(?:models|LLMs)\b",
    re.I,
)


def _opening_quote_before(text: str, pos: int) -> bool:
    """Return True when a quote mark right before ``pos`` opens a quotation round the rung.

    A straight double quote there may close an earlier quoted phrase instead ('as the
    "most capable" openly available models'): it opens one when the sentence holds an odd
    number of them up to it.
    """
    head = text[max(0, pos - 60) : pos].rstrip()
    if not head.endswith(("'", '"', "“", "‘")):
        return False
    if head.endswith('"'):
        return text.count('"', 0, pos) % 2 == 1
    return True


#: the maker's release verb, its object, "as" and an opening quote right before the rung
_RELEASED_AS_QUOTED_BEFORE = re.compile(
    r"\b(?:released|releases|releasing|shipped|ships|published|put\s+out|made\s+available|"
    r"launched|launches|distributed|unveiled|unveils|introduced|introduces)\s+"
    r"(?:[\w.’'-]+\s+){1,6}?as\s+(?:an?\s+)?[“\"‘']$",
    re.I,
)


def _generic_openness(text: str, m: re.Match[str]) -> bool:
    """Return True when an openness phrase describes a kind of thing, not one model.

    "Among open models", "some language models are open-source", "its 'open source'
    strategy", "open-source builders" and "open sourced a ton of infrastructure" say
    nothing about a particular model.
    """
    word = m.group(0)
    after = text[m.end() : m.end() + 60]
    before = text[max(0, m.start() - 60) : m.start()]
    # Scare quotes: the writer reports a label, not a fact ("advertised as 'open source'"),
    # unless the maker's release verb governs the "as" ("released these models as “open,”
    # but there are limits"): the quotes doubt the word, the release put the weights out
    if (
        _opening_quote_before(text, m.start()) or after[:1] in ("'", '"', "”", "’")
    ) and not _RELEASED_AS_QUOTED_BEFORE.search(before):
        return True
    if '"' in before:
        # a quoted phrase before that ends before the rung ('bills it as the "most
        # capable" openly available models'): its words are read without the quotes
        before = before.replace('"', "")
    if _GENERIC_SUBJECT.search(before) and not _SUPERLATIVE.search(before):
        return True
    if _LEFT_BEHIND.search(before):
        return True
    if _counted_set_put_out(text, m):
        return False  # "Eight open-weight models … are available on the Hub": these models
    if _KIND_SUBJECT.match(text[: m.start()]) and not _OWNED_OR_COUNTED_SUBJECT.match(text):
        return True
    if _PLANNED_AFTER.match(after):
        return True  # "open-weight versions planned": a plan, not a fact
    if _FIELD_HEAD.match(after):
        return True  # "competition in the open-source model space": a field, no model
    if _GAP_BETWEEN_BEFORE.search(before) and not re.match(r"[\s-]+[A-Z]", after):
        return True  # "the gap between open-weight 70B and closed models": two kinds
    if re.search(r"weights$", word, re.I):
        return False  # the phrase names the weights themselves
    if _STANCE_HEAD.match(after):
        return True
    if _CLASS_OF_MODELS_AFTER.match(after):
        return True  # "an open-weight Llama-class model": any model of that class
    determiner = _CLASS_DETERMINER_BEFORE.search(before)
    if (
        determiner
        and (_CLASS_HEAD.match(after) or re.search(r"\b(?:models|LLMs)$", word, re.I))
        # ... unless the class is predicated of the subject ("X and Y are the best open models")
        and not _CLASS_PREDICATE_BEFORE.search(before, 0, determiner.start())
    ):
        return True
    kind_in_word = re.search(r"\b(?:models|LLMs|systems)$", word, re.I)
    kind_after = None if kind_in_word else _KIND_HEAD.match(after)
    plural_kind = kind_in_word or kind_after
    if plural_kind and _KIND_VERB_AFTER.match(after, kind_after.end() if kind_after else 0):
        return True  # "X Leaves Azure: Open Models Face Faster Turnover": the kind acts
    if (
        plural_kind
        and not _PREDICATE_BEFORE.search(before)
        and not _MEMBER_OF_KIND_BEFORE.search(before)
        and not _FAMILY_OF_BEFORE.search(before)
    ):
        return True
    if word.lower().endswith(("sourced", "source")) and _VERB_OBJECT.match(after):
        object_text = re.split(r"[,.;:]", after, maxsplit=1)[0]
        if not _MODELISH.search(object_text):
            return True
    return False


_ARTEFACTS = (
    r"(?:preview\s+)?(?:benchmarks?|results?|papers?|technical report|report|details|specs?|"
    r"code|numbers|scores|evaluations?|demo|video|blog(?: post)?|card|datasets?|tools?|"
    r"guide|documentation|statement|memo|roadmap|support|plans?|prices?|pricing|"
    # "the leaderboard went live on April 9": a page about the model, not the model
    r"leaderboards?|websites?|waitlists?|dashboards?|"
    r"the idea|out of)"
)
#: "after the lab launched,": an organisation's own start, the verb taking no object
_ORGANISATION_BEFORE = re.compile(
    # ("When the new Superintelligence Lab launched, …": the lab's own name may stand first)
    r"\b(?:the|its|a|Meta's|new)\s+(?:new\s+|AI\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:lab|labs|team|"
    r"unit|division|group|company|startup|organi[sz]ation)\s+(?:was\s+|had\s+|has\s+|is\s+)?$",
    re.I,
)
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|last|earlier|this|that|and|but|with|under|as)\b", re.I
)
#: a third party as the subject right before a release verb: the community, researchers,
#: developers, fans ("The community has already released …")
_THIRD_PARTY_BEFORE = re.compile(
    r"\b(?:community|researchers|developers|users|hobbyists|enthusiasts|fans|volunteers|"
    r"contributors|third[\s-]part(?:y|ies))\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:already|quickly|since|also|soon|then|swiftly|rapidly)\s+)?$",
    re.I,
)
_ANY_RELEASED = re.compile(r"\b(?:any|every|all|other|most|many|no)\s+(?:\w+\s+)?$", re.I)
_BY_ANY_AFTER = re.compile(r"\s+(?:(?:so far|to date|yet)\s+)?by\s+(?:any|anyone|anybody)\b", re.I)
_NOT_A_MODEL_SUBJECT = re.compile(
    # "The memo, dated 3 March, was made public by …": an aside may stand between
    r"\b" + _ARTEFACTS + r"(?:,[^,.;:]{1,40},)?"
    r"\s+(?:were\s+|was\s+|are\s+|is\s+|have been\s+|has been\s+)?$",
    re.I,
)
#: a device or a chip that a status word is said of: "handsets with the chip will be on
#: sale by year end", "a new SoC coming soon, built to run X", "the phones are due to reach
#: shops in May": the hardware ships, which says nothing of the model
_DEVICE_NOUN = re.compile(
    r"(?<![\w-])(?:(?:smart)?phones?|handsets?|devices?|chips?|chipsets?|SoCs?|processors?|"
    r"CPUs?|GPUs?|NPUs?|APUs?|accelerators?|PCs?|laptops?|notebooks?|tablets?|headsets?|"
    r"glasses|wearables?|gadgets?|appliances?|servers?|vehicles?|cars?)\b",
    re.I,
)
#: from the device to the status word: a modifier ("with this chip", "powered by it"), an
#: aside between commas, then only auxiliaries and adverbs
_DEVICE_TO_VERB = re.compile(
    r"(?:\s+(?:with|powered by|running|based on|built on|using|featuring|carrying|"
    r"equipped with|from)\s+[^,.;:]{1,40}?)?(?:\s*,[^,.;:]{1,80},)?\s+"
    r"(?:(?:is|are|was|were|will|would|should|could|may|might|be|been|being|also|now|then|"
    r"soon|finally|set|expected|due|scheduled|slated|going|to|start|begin|reportedly|"
    r"likely|first|still)\s+){0,4}",
    re.I,
)
#: a preposition before the device phrase makes it an object ("runs on the latest phones")
_DEVICE_OBJECT_BEFORE = re.compile(
    r"\b(?:on|onto|for|to|in|into|inside|within|across|with|from|by|of|at|via|through|than|"
    r"like)\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)


#: a year's possessive before a device: "2024's flagship phones", "next year's chips"
_DEVICES_OF_DATE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?=" + _DEVICE_NOUN.pattern + ")", re.I)


def _device_subject(text: str, pos: int) -> bool:
    """Return True when the status word at ``pos`` is said of a device, not of a model."""
    start = max(0, pos - 120)
    for m in _DEVICE_NOUN.finditer(text, start, pos):
        if _DEVICE_TO_VERB.fullmatch(text, m.end(), pos) and not _DEVICE_OBJECT_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            return True
    return False


_NOT_A_MODEL_OBJECT_RELEASED = re.compile(
    r"\s+(?:(?:its|the|their|a|an|new|some|first)\s+){0,2}" + _ARTEFACTS + r"\b(?![\s-]+Llama)",
    re.I,
)
_NOT_A_MODEL_OBJECT = re.compile(
    r"\s+(?:(?:[\w-]+)\s+){0,2}?(?:data ?cent\w*|infrastructure|clusters?|teams?|products|apps|"
    r"features|chips|hardware|servers|facilit\w+|campus\w*|superclusters?|"
    # "has been building our services", "is building an open platform": the business
    r"services|businesses|platforms?|ecosystems?)\b|\s+in an?\s+",
    re.I,
)
#: a sentence that states a condition or imagines a case
_HYPOTHETICAL = re.compile(r"\s*(?:If|Unless|Suppose|Imagine|Assuming|Should you)\b")
#: what "abandons" can drop that is not a model
_STANCE_OBJECT = re.compile(
    r"\s+(?:(?:its|the|their|his)\s+)?(?:open|strategy|approach|commitment|policy|philosophy|"
    r"plans? (?:to|for) open|idea|metaverse)|"
    # "Muse Spark abandons that playbook", "scraps its open-source roots": a way of working
    # dropped (a noun of policy after a determiner and up to two modifiers), not a model
    r"\s+(?:its|the|their|his|her|that|this|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:playbook|strategy|approach|path|stance|tradition|ethos|roots|identity|vision|mission|"
    r"course|pledge|promise|principles?|commitment|policy|philosophy|model of openness)\b",
    re.I,
)
#: the verbs of giving up that can take an object in the active ("Muse Spark abandons
#: that posture", "Meta scrapped the team"); the passive ("was shelved") has none
_ACTIVE_SHELVING = re.compile(
    r"(?:abandon(?:s|ed)|scrap(?:s|ped)|shelv(?:es|ed)|cancel(?:s|l?ed)|axed|discontinued|"
    r"mothballed)",
    re.I,
)
_SHELVING_AUX_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got|getting)\s+(?:[\w-]+ly\s+)?$", re.I
)
#: the object of such a verb: a noun phrase after a determiner, up to the punctuation,
#: preposition, adverb or relative word that ends it
_SHELVED_OBJECT = re.compile(
    r"\s+(?:its|the|their|his|her|that|this|our|those|these)\s+"
    r"((?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:for|in|of|on|to|with|and|or|as|at|by|from|after|"
    r"before|almost|entirely|altogether|completely|outright|wholesale|that|which|who|"
    r"where|when)\b)",
    re.I,
)
#: what that object must hold to be a model left behind: a name or a number (capitals,
#: digits), a word for a model, its making or its release, a rank ("the largest"), or
#: a time ("shelved the following week")
_MODEL_LEFT_BEHIND = re.compile(
    r"[A-Z0-9]|(?i:\b(?:models?|LLMs?|llama|weights|checkpoints?|releases?|launch\w*|"
    r"rollouts?|debuts?|projects?|efforts?|plans?|work|development|training|versions?|"
    r"systems?|successors?|flagships?|behemoths?|giants?|variants?|family|line|lineup|"
    r"series|program\w*|codenames?|teacher|previews?|ones?|\w+est|weeks?|months?|years?|"
    r"days?|quarters?|spring|summer|fall|autumn|winter)\b)"
)


def _stance_left(text: str, m: re.Match[str]) -> bool:
    """Return True when an active shelving verb drops something that is no model.

    "Muse Spark abandons that posture almost entirely", "Meta scrapped the team that
    built it", "the lab cancelled the event": the model may be the one acting, or stand
    by; what is given up is a way of working, a group or an occasion. An object that
    names, counts, ranks or dates anything ("shelved the 2T model", "scrapped the
    largest", "axed the project", "shelved the following week") keeps the reading.
    """
    if not _ACTIVE_SHELVING.fullmatch(m.group(0)):
        return False
    if _SHELVING_AUX_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    obj = _SHELVED_OBJECT.match(text, m.end())
    return obj is not None and not _MODEL_LEFT_BEHIND.search(obj.group(1))


#: what "upcoming" must describe to say a model is not out yet
_UPCOMING_NOUN = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:model|models|release|launch|version|versions|LLM|Llama|"
    r"generation|flagship|frontier|family|system|successor|variant|variants|debut|rollout|"
    r"update|weights)\b|\s+[A-Z\"“']|\s*[,.;:)—–-]|\s*$)",
)


#: "upcoming" said of a device, an event or a product that is not a model
_UPCOMING_PRODUCT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:glasses|headsets?|devices?|(?:smart)?phones?|handsets?|"
    r"wearables?|hardware|chips?|chipsets?|SoCs?|processors?|PCs?|laptops?|tablets?|"
    r"events?|conference|keynote|earnings|app|apps|features?|products?|data ?cent(?:er|re)s?|"
    r"clusters?)\b",
    re.I,
)


#: "is expected to be a cornerstone of / central to": a role foreseen, not a release planned
_ROLE_AFTER_EXPECTED = re.compile(
    r"\s+be\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:cornerstone|central|key|crucial|important|"
    r"core|foundation|part|pillar|backbone|critical|essential|integral|heart)\b"
    # "is set to be the most intelligent assistant", "poised to become one of the best":
    # a ranking claimed for the model, not a release foreseen
    r"|\s+(?:be|become)\s+(?:(?:one\s+of\s+)?the\s+)?(?:most|best|smartest|strongest|"
    r"leading|top)\b",
    re.I,
)


def read_status(text: str, lowered: str) -> list[tuple[int, str]]:
    """Return (position, status) pairs: shelved, upcoming and released statements."""
    statuses: list[tuple[int, str]] = []
    if _HYPOTHETICAL.match(text):
        return statuses  # "If you use the model …": a condition, not an event
    if _gate(lowered, _SHELVED_KEYS, "shelved"):
        for m in V.SHELVED.finditer(text):
            if _STANCE_OBJECT.match(text, m.end()) or _stance_left(text, m):
                continue  # "abandons open source": a policy is dropped, not a model
            if _HEDGED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "may be abandoned", "could be scrapped": a fear, not a decision
            if _UNTIL_AFTER.match(text, m.end()):
                # "will not be released until at least fall": put off, not given up
                statuses.append((m.start(), "upcoming"))
                continue
            statuses.append((m.start(), "shelved"))
    if _gate(lowered, _UPCOMING_KEYS, "upcoming"):
        for m in V.UPCOMING.finditer(text):
            if m.group(0).lower() in ("upcoming", "forthcoming") and (
                not _UPCOMING_NOUN.match(text, m.end()) or _UPCOMING_PRODUCT.match(text, m.end())
            ):
                continue  # "the upcoming opportunity", "its upcoming AI glasses": no model
            if _ROLE_AFTER_EXPECTED.match(text, m.end()):
                continue  # "is expected to be a cornerstone of": a role foreseen, no release
            if _NOT_A_MODEL_OBJECT.match(text, m.end()):
                continue  # "is building data centres", "being built in an orchard"
            if _device_subject(text, m.start()):
                continue  # "handsets with the chip will be available by year end": hardware
            if m.group(0).lower().startswith("to follow") and not _NAME_BEFORE_FOLLOW.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue  # "rules to follow soon", "more models to follow": no model named
            if _OUT_NOW_AND_WIDER.search(text, max(0, m.start() - 160), m.start()):
                continue  # "is now powering Meta AI and will roll out to WhatsApp": wider reach
            if _UNNAMED_MODELS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "hinting at larger models in development": unnamed others
            if _LATER_VERSIONS_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "Future versions of the tuned models will be released": successors
            if _WEIGHTS_SUBJECT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "Muse Spark's weights have not been released": the weights are
                # held back, which says nothing of whether the model is out
            allow = ("not yet", "yet to", "n't yet", "n't been", "not been", "not released")
            shelved = [(s, s + 40) for s, v in statuses if v == "shelved"]
            if not negated(text, m.start(), allow=allow) and not _inside(m.start(), shelved):
                statuses.append((m.start(), "upcoming"))
    if ("delayed" in lowered or "postponed" in lowered) and not any(
        v == "upcoming" for _, v in statuses
    ):
        for m in _MAKER_PUTS_OFF.finditer(text):
            if not negated(text, m.start()):
                statuses.append((m.start(), "upcoming"))
    if _gate(lowered, _RELEASED_KEYS, "released"):
        for m in V.RELEASED.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if _ANY_RELEASED.search(before) or _BY_ANY_AFTER.match(text, m.end()):
                continue  # "the longest of any released model", "the most detailed account
                # released by any lab": a comparison class
            if _NOT_A_MODEL_SUBJECT.search(before) or _NOT_A_MODEL_OBJECT_RELEASED.match(
                text, m.end()
            ):
                continue  # "benchmarks released", "released a paper": not the model
            if _device_subject(text, m.start()):
                continue  # "phones running X became available in May": the hardware's
            if _THIRD_PARTY_BEFORE.search(before):
                continue  # "The community has already released optimized versions", "Stanford
                # researchers released Alpaca": someone else's release, not the maker's
            if _ORGANISATION_BEFORE.search(before) and _NO_OBJECT_AFTER.match(text, m.end()):
                continue  # "stopped testing X after the lab launched": the lab's start
            if L.reading_other_language() and V.FOREIGN_ARTEFACT_BEFORE.search(before):
                continue  # "das ein Paper zu LLaMA veröffentlicht hat": the paper is out
            if negated(text, m.start()) or (
                re.search(
                    r"\b(?:will|to be|would|could|may|might|once|when|if|before|until|soon be)\s+"
                    r"(?:\w+\s+)?(?:\w+\s+)?$",
                    before,
                    re.I,
                )
                and not _past_when(text, m)
            ):
                continue
            if _FUTURE_WHEN_BEFORE.search(before):
                continue  # "When Llama 5 is released, …": a time to come, however long the name
            if _inside(m.start(), [(s, s + 30) for s, v in statuses if v != "released"]):
                continue
            if _TOPIC_GERUND_BEFORE.search(before):
                continue  # "spoke of the importance of making AI tools freely available"
            said = text[m.start() : m.end()]
            if V.OTHER_MODEL.search(said) or V.OTHER_COMPANIES.search(said):
                continue  # "the latest Gemini release": another lab's release
            if _RELEASE_NOUN_SAID.search(said) and V.FUTURE_WORDS.search(text, m.end()):
                continue  # "After the release of Llama 5, Meta will …", "The first release
                # of Avocado will be closed": a release noun in a sentence that looks ahead
            if _NO_DATE_AFTER.match(text, m.end()):
                continue  # "Release Date: Coming Soon", "Released: TBA": a field with no date
            if _WHETHER_BEFORE.search(text, max(0, m.start() - 90), m.start()):
                continue  # "depends on whether the siblings shipped … deliver": an open question
            if _LIMITED_PREVIEW_AFTER.match(text, m.end()):
                continue  # "available in limited preview": shown to a few, not out
            if said.lower().endswith("available") and _AVAILABLE_MATERIAL_AFTER.match(
                text, m.end()
            ):
                continue  # "trained on publicly available sources": the data is out
            shown = _MAKER_SHOWED.match(said)
            if shown and any(v == "upcoming" for _, v in statuses):
                continue  # "Meta introduced Behemoth, which is still in training": shown only
            # the maker's verb is read where the verb stands, next to its object, not at the
            # maker ("(LLaMA) … Meta introduced LLaMA 3": the object is the model)
            statuses.append((m.start() + shown.start(1) if shown else m.start(), "released"))
    if any(key in lowered for key in _OFFERED_KEYS):
        for m in V.OFFERED_TO_GROUP.finditer(text):
            if not negated(text, m.start()) and not _FUTURE_BEFORE.search(text, 0, m.start()):
                statuses.append((m.start(), "released"))
    if "teas" in lowered or "preview" in lowered:
        statuses = _shown_then_released(text, statuses)
    return statuses


#: the maker and its release verb: "Meta rolled out", "the company had released"
_MAKER_RELEASE = (
    r"(?:Meta|Facebook|the company|Zuckerberg)\s+(?:had\s+|has\s+)?"
    r"(?:(?:officially|finally|quietly|also|then|publicly)\s+)?(?:released|launched|rolled out|"
    r"shipped|debuted|dropped|put out|open[\s-]sourced)\b"
)
#: a later release the clause goes on to, with its own date and the maker as subject:
#: "…, and by April 2025, Meta rolled out X", "…, then in July 2024 Meta released X"
_THEN_RELEASED = re.compile(
    r"(?:,\s*|\s+)(?:and|but|then)\s+(?:then\s+|later\s+|finally\s+)?(?:by|in|on)\s+"
    r"(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d,?\s+"
    + _MAKER_RELEASE
)


def _shown_then_released(text: str, statuses: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop a teaser's "upcoming" when the sentence goes on to the maker's dated release.

    "He teased it in December, and by April 2025, Meta rolled out X": the showing came
    first, the release after it; the model is out, not still to come.
    """
    later = _THEN_RELEASED.search(text)
    if later is None:
        return statuses
    return [
        (pos, value)
        for pos, value in statuses
        if not (value == "upcoming" and pos < later.start() and V.PREVIEW_VERB.match(text, pos))
    ]


#: a release said with a noun ("after its release", "the first release", "with the release
#: of"), which, unlike a past verb, has no tense of its own
#: (not the verb: "Meta releases", "We release")
_RELEASE_NOUN_SAID = re.compile(
    r"^(?!(?:meta|we|facebook)\s)\S+\s(?:.*\s)?releases?(?:\s+of)?$", re.I | re.S
)


#: "When Meta shipped Llama 3.2 that September, …", "when it was launched": a when-clause
#: in the past tense with its subject states the release as a fact that frames the sentence
#: (not "when it is released", "when released", which look ahead or set a condition)
_PAST_WHEN_BEFORE = re.compile(
    r"\bwhen\s+(?:(?!(?:is|are|am|be|being|been|gets?|will|would|can|could|may|might|does|do|"
    r"it's|they're|we're)\b)[\w’'.-]+\s+){1,3}$",
    re.I,
)
_PAST_RELEASE = re.compile(
    r"\b(?:released|launched|shipped|debuted|rolled out|open[\s-]sourced|dropped|published)\b",
    re.I,
)


#: the present passive in a when-clause, however many words its subject runs to: "when
#: Llama 4 Behemoth is released", "once the model is publicly launched" look ahead
_FUTURE_WHEN_BEFORE = re.compile(
    r"\b(?:when|once|if|until|before|after|as soon as)\s+[^,.;:!?]{0,40}?\b(?:is|are|gets?)\s+"
    r"(?:(?:finally|officially|publicly|fully|eventually|actually|widely)\s+)?$",
    re.I,
)


#: the passive right before the verb: "when it was launched", "when Llama 2 was released"
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:first\s+|originally\s+|officially\s+)?$", re.I)
#: a name right after the active verb: "When Meta released Llama 3.2 …", "… released Meta's
#: Llama 2"; not "released its first model", whose model the clause leaves unnamed
_NAMED_OBJECT_AFTER = re.compile(r"\s+(?:Meta[’']s\s+)?[A-Z\d]")


def _past_when(text: str, m: re.Match[str]) -> bool:
    """Return True when the release word ``m`` is the past verb of a when-clause."""
    verb = _PAST_RELEASE.search(text, m.start(), m.end())
    if verb is None or not _PAST_WHEN_BEFORE.search(text, max(0, verb.start() - 50), verb.start()):
        return False
    return bool(
        _WAS_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
        or _NAMED_OBJECT_AFTER.match(text, verb.end())
    )


#: a maker's presenting verb ("Meta introduced X", "announced the launch of X"): weaker than a
#: release word, it gives way to an upcoming statement in the same sentence
_MAKER_SHOWED = re.compile(r".*\b(introduced|announced the)\b", re.I | re.S)


#: "X is now powering Meta AI on the web and will roll out to Instagram": the same subject
#: is out already and a future verb joined to it by "and" widens its reach, not its release
_OUT_NOW_AND = (
    r"\b(?:is|are|'s|'re)\s+(?:now|already)\s+(?:\w+\s+)?(?:powering|powers|available|live|"
    r"out|running|serving|in use|rolling out)\b[^.;:]{0,100}?\s(?:and|but)\s+(?:\w+\s+)?"
)
_OUT_NOW_AND_WIDER = re.compile(_OUT_NOW_AND + "$", re.I)
#: the same, up to the future verb: a date after it is the wider rollout's
_OUT_NOW_THEN_LATER = re.compile(
    _OUT_NOW_AND + r"(?=(?:will|would|should|is set to|are set to|is expected to)\b)", re.I
)


#: "available" set before a noun for training material ("from publicly available sources",
#: "on openly available web data"): the material is out there, the model's release is not said
_AVAILABLE_MATERIAL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:data|datasets?|data ?sets?|sources?|corpora|corpus|texts?|"
    r"information|content|documents?|web ?pages?|web|code|tokens|images|videos|repositories|"
    r"books|articles|materials?)\b",
    re.I,
)


#: "hinting at larger models in development", "with more models on the way": the state is
#: said of unnamed other models, not of the one the sentence names
_UNNAMED_MODELS_BEFORE = re.compile(
    r"\b(?:larger|bigger|smaller|more|other|further|additional|several|even larger|"
    r"more (?:powerful|capable|advanced))\s+(?:[\w-]+\s+)?(?:models|systems|LLMs|versions|"
    r"variants)\s+(?:(?:that are|which are|are|still|currently|now|also)\s+){0,2}$",
    re.I,
)


#: "Future versions of the tuned models will be released", "later updates will ship": the
#: plan is the successors', the model named in the sentence is out as it is
_LATER_VERSIONS_BEFORE = re.compile(
    r"\b(?:future|later|subsequent|newer)\s+(?:versions?|releases?|iterations?|"
    r"updates?|revisions?)\b[^.;:]*$",
    re.I,
)


#: "whether the Maverick and Behemoth siblings shipped …": a question, no statement
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^.;:,()]*$", re.I)


#: "released quantized versions of these models": a derived build's release, whose date
#: is not the model's
_DERIVED_RELEASE = re.compile(
    r"\b(?:released|releases|launched|shipped|rolled out|introduced|published|unveiled)\s+"
    r"(?:new\s+|its\s+|the\s+)?(?:quantized|quantised|fine-tuned|distilled|compressed|"
    r"lightweight|mobile|on-device|int4|4-bit|8-bit|instruction-tuned)\s+"
    r"(?:versions?|variants?|editions?|checkpoints?|builds?)\s+of\b",
    re.I,
)


#: "available in limited preview", "available in a private research preview": the
#: availability is a preview's (a preview "on Azure" is a way to use a model that is out)
_LIMITED_PREVIEW_AFTER = re.compile(
    r"\s+(?:only\s+)?in\s+(?:an?\s+)?(?:early|private|limited|closed|research)\s+"
    r"(?:research\s+)?preview(?!\s+(?:on|via|through|in|at)\b)|"
    # "available only to select partners in preview", "available to a handful of chosen
    # customers": the access is a few hand-picked businesses', a gate, not a release (an
    # audience of researchers is left to the research rung, which is a release)
    r"\s+(?:(?:only|just|initially|exclusively|for\s+now)\s+)?(?:to|for)\s+(?:(?:a\s+)?"
    r"(?:few|handful\s+of|small\s+(?:group|number|set)\s+of|limited\s+(?:group|number|set)\s+of)"
    r"\s+)?(?:select(?:ed)?|chosen|invited|hand-?picked|approved|trusted|early|certain)\s+"
    r"(?:(?:enterprise|business|commercial|API|cloud|launch|design|industry)\s+)?"
    r"(?:partners?|customers?|testers?|enterprises|businesses|companies|clients|developers|"
    r"organi[sz]ations)\b",
    re.I,
)


#: a gerund after "of", "for", "about": making things available as a topic or a wish, no event
#: ("the importance of making AI tools freely available", "calls for releasing models")
_TOPIC_GERUND_BEFORE = re.compile(
    r"\b(?:of|for|about|towards?|on)\s+(?:making|keeping|releasing|shipping|open[\s-]sourcing)"
    r"\b[^.;:,]{0,40}$",
    re.I,
)
#: a release field whose value is no date ("released on Coming Soon", "released on N/A")
_NO_DATE_AFTER = re.compile(
    r"\s*(?:on|in|:)?\s*(?:coming soon|TBA|TBD|to be (?:announced|confirmed|determined)|"
    r"not yet (?:released|announced|available)|unreleased|upcoming|pending|in training|"
    r"N/?A|unknown|none|not (?:stated|disclosed)|[-–—?]+)\W*$",
    re.I,
)


#: a modal of possibility right before a shelving word: it may happen, it has not
_HEDGED_BEFORE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|potentially|(?:at )?risk(?:s|ing)? (?:of )?"
    r"(?:being|getting))\s+(?:well\s+|even\s+|also\s+|still\s+|yet\s+|eventually\s+|"
    r"ultimately\s+|simply\s+|quietly\s+)?(?:(?:be|get|have been)\s+)?"
    r"(?:(?:well|even|quietly|simply|eventually)\s+)?$",
    re.I,
)
#: "… until at least fall": a denial with a day after it is a delay
#: "Meta postponed Avocado", "Meta delayed Avocado again": the maker puts off a model it
#: names (a capitalised name right after the verb, then the clause's end or a time), not
#: "a delayed big sibling" or "delayed the meeting"
_MAKER_PUTS_OFF = re.compile(
    r"(?<=\w )(?:delayed|postponed)\s+(?:the\s+)?(?=[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3}"
    r"(?:\s+(?:again|once more|until|till|to|into)\b|\s*[.,;]|\s*$))"
)
#: the weights as the subject of an unreleased verb: "X's weights have not been released",
#: "the weights of X will not be published"
_WEIGHTS_SUBJECT_BEFORE = re.compile(r"\bweights\b(?:\s+(?:of|for)\s+[\w.'’ -]{1,40}?)?\s+$", re.I)
#: "will not be released until fall", "won't ship before May": put off, not given up
_UNTIL_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:until|till|before)\b", re.I)
#: "would have offered", "plans to give": not an event that happened
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|to|could|may|might|should|plans?|hopes?)\s+(?:have\s+)?$", re.I
)


#: the maker and its release verb right after a fronted date: "by April 2025, Meta rolled
#: out X", "In July 2023, Meta released X": the date is the verb's own
_MAKER_RELEASE_AFTER_DATE = re.compile(r"\s*,?\s+" + _MAKER_RELEASE)


def _governed_date_start(text: str, after: int, published: dt.date | None) -> int | None:
    """Return where a date that the maker's release verb governs starts, after ``after``.

    In a clause that also tells of a preview ("he teased it in December, and by April
    2025, Meta rolled out X") only such a date is the release's; None when there is none.
    """
    for date in find_dates(text, published):
        if date.start >= after and _MAKER_RELEASE_AFTER_DATE.match(text, date.end):
            return date.start
    return None


def _release_triggers(text: str) -> list[re.Match[str]]:
    """Return the words that can date a release, in order ("released", "offered … to")."""
    lowered = text.lower()
    if not any(key in lowered for key in _OFFERED_KEYS):
        return list(V.RELEASE_DATE_TRIGGER.finditer(text))
    found = [*V.RELEASE_DATE_TRIGGER.finditer(text), *V.OFFERED_TO_GROUP.finditer(text)]
    return sorted(found, key=lambda m: m.start())


_OFFERED_KEYS = ("offered", "granted", "gave", "provided")
#: "Later in July, Meta released X": with a past verb, "later" moves a story on, not ahead
_NARRATIVE_LATER = re.compile(r"later", re.I)


def read_release_dates(
    text: str,
    clauses: Sequence[tuple[int, int]],
    statuses: Sequence[tuple[int, str]],
    published: dt.date | None,
    add: Add,
    skip: Callable[[int], bool],
) -> None:
    """Release dates: a date next to a release verb in the same clause.

    The statuses a release noun carries are read here too, since only here is the
    post's date known ("X's release in July 2024" is behind a post of 2025).
    """
    if published and "here" in text:
        _read_is_here(text, published, add, skip)
    nouns = read_release_nouns(text, statuses, published, skip)
    nouns += read_apposed_release(text, statuses, published, add, skip)
    lowered = text.lower()
    if V.may_hold(lowered, _ARRIVAL_KEYS):
        arrivals = read_arrivals(text, statuses, skip)
        _date_arrivals_in_turn(text, arrivals, published, add)
        nouns = [*nouns, *arrivals]
    if V.may_hold(lowered, _STANDING_KEYS):
        nouns += read_standing(text, [*statuses, *nouns], published, add, skip)
    for pos, status in nouns:
        add("status", status, pos)
    if nouns:
        statuses = [*statuses, *nouns]
    if not DATE_HINT.search(text):
        return
    if not V.RELEASE_DATE_TRIGGER.search(text) and not V.OFFERED_TO_GROUP.search(text):
        return
    original = set(clauses)
    if "as " in text:
        clauses = _with_earliest_tails(text, clauses)
    for clause in clauses:
        clause_text = text[clause[0] : clause[1]]
        triggers = [
            t
            for t in _release_triggers(clause_text)
            if not _NOT_A_MODEL_SUBJECT.search(clause_text, 0, t.start())
            and not _device_subject(clause_text, t.start())
        ]
        if not triggers:
            continue  # (none left when "the memo, dated May 2, was released" is all there is)
        trigger = triggers[0]
        lowered_clause = clause_text.lower()
        if any(word in lowered_clause for word in ("press", "news", "media")) and not any(
            not _NOUN_RELEASE.search(clause_text, 0, t.start()) for t in triggers
        ):
            continue  # "in a press release on April 5": the noun dates the statement
        # (a date the maker's release verb right after it governs is read all the same:
        # "he teased it in December, and by April 2025, Meta rolled out X")
        governed_from: int | None = 0
        if ("preview" in lowered_clause or "teas" in lowered_clause) and (
            shown := V.PREVIEW_VERB.search(clause_text)
        ):
            governed_from = _governed_date_start(clause_text, shown.end(), published)
        if governed_from is None:
            continue  # "Meta previewed Behemoth on April 5": shown, not released
        clause_statuses = [v for p, v in statuses if clause[0] <= p < clause[1]]
        kept_from, kept_to = _new_target_span(clause_text)
        if "shelved" in clause_statuses or kept_from > len(clause_text):
            continue
        if (
            not kept_from
            and re.search(r"\bis out\b|\bare out\b|\bnow out\b", clause_text, re.I)
            and published
        ):
            add("release_date", published.isoformat(), clause[0] + trigger.start())
        # A past-tense verb with no future word ("unveiled … on April 5") speaks of a day
        # already gone, even when the model is still upcoming.
        past_verb = V.PAST_EVENT_VERB.search(clause_text)
        future = any(
            not (past_verb and _NARRATIVE_LATER.fullmatch(m.group(0)))
            for m in V.FUTURE_WORDS.finditer(clause_text)
        ) or ("upcoming" in clause_statuses and not past_verb)
        wider = _OUT_NOW_THEN_LATER.search(clause_text)
        derived = _DERIVED_RELEASE.search(clause_text)
        dates = find_dates(clause_text, published, future=future)
        moved = len(dates) > 1 and V.may_hold(lowered_clause, _MOVE_KEYS)
        for index, date in enumerate(dates):
            start = clause[0] + date.start
            if (
                moved
                and not _MOVED_TO_BEFORE.search(clause_text, 0, date.start)
                and any(
                    _MOVED_TO_BETWEEN.fullmatch(clause_text, date.end, later.start)
                    for later in dates[index + 1 :]
                )
            ):
                continue  # "In May, Meta pushed the launch to June": May is when it moved
            if skip(start) or date.end <= kept_from or date.start >= kept_to:
                continue  # (before kept_from or after kept_to: the plan that was replaced)
            if date.start < (governed_from or 0):
                continue  # the day of the showing, before the release the clause goes on to
            if derived and date.start >= derived.start():
                continue  # "released quantized versions of these models on Oct 24": theirs
            if wider and date.start >= wider.end():
                continue  # "is already live and will reach WhatsApp next month": the rollout's
            if _OFFSET_BEFORE.search(text, 0, start):
                continue  # "a day after X was released, on July 24, Y …": another event's day
            if _GLUED_STOP.search(clause_text, 0, date.start):
                continue  # "… applications.In 2024, Meta introduced X": a sentence glued on
                # without its space (a lead cut from the body) dates its own subject, which
                # the clause's first name is not
            if date.kind == "day_word" and _RECENTLY_RELEASED.search(clause_text):
                continue  # "Today we look at X, which was recently released": not today
            before = clause_text[max(0, date.start - 24) : date.start]
            if _REPORT_DATE.search(before):
                continue  # "here's the status in September 2025:" dates the report
            if _MISSED_BEFORE.search(before):
                continue  # "missed its March target": a date that did not happen
            if _CUTOFF_BEFORE.search(before) or _CUTOFF_AFTER.match(clause_text, date.end):
                continue  # "its December 2023 knowledge cutoff": where the data ends
            if _DEVICES_OF_DATE.match(clause_text, date.end):
                continue  # "coming to 2024's flagship phones": the year of the hardware
            own = clause_text[date.start : date.end]
            missed = _MISSED_FROM.search(before) or _MOVE_FROM_OWN.match(own)
            if missed and _TO_NEW_DATE_AFTER.match(clause_text, date.end):
                continue  # "delayed from March to May": March is the missed date
            if missed and _MOVED_BEFORE.search(clause_text, 0, date.start):
                continue  # "delayed X from April": the day it was moved off, target untold
            if _EVENT_NOUN_AFTER.match(clause_text, date.end) and _NOT_RELEASING.search(
                clause_text, date.end
            ):
                continue  # "at the April 2025 launch it was not yet releasing X": the event's
                # day, and the model named is the one held back
            if not date_belongs_to_release(clause_text, date):
                continue
            value = date.values[-1]
            if clause not in original:
                # a joined "as soon as July" tail: the value is said where the plan is
                start = clause[0] + trigger.start()
            if date.kind == "month_alone":
                # "expected in 2027, as early as March": the month is of the year just named
                year = re.search(r"\b(?:19|20)\d\d\b(?![./-]\d)", clause_text[: date.start])
                if year and value[:4] != year.group(0):
                    value = year.group(0) + value[4:]
            add("release_date", value, start)


# --- a release told by a participle set off after the name ----------------------------------
_APPOSED_DAY = (
    r"(?:on\s+)?(?:(?:last|this\s+past)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|yesterday|today|(?:earlier\s+)?(?:last|this)\s+(?:week|month)|"
    r"(?:in|on)\s+(?:early\s+|mid-|late\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?"
)
#: "X, revealed Thursday, outperforms …", "X, unveiled in April, drew …": a showing verb
#: set off between commas right after the name, with a day gone by and nothing after it
#: but the comma that closes it. The showing verbs alone are left out of the release
#: words (a model shown may be still to come); a day told with them in this aside, in a
#: sentence with no plan, hold-back or look ahead, tells of the model's coming out
_APPOSED_SHOWN = re.compile(
    r"\s*,\s+(?:(?:first|officially|formally|publicly)\s+)?(?P<verb>revealed|unveiled|announced|"
    r"introduced|presented)\s+(?:by\s+(?:Meta|Facebook)\s+)?(?P<day>" + _APPOSED_DAY + r")\s*,",
)
_APPOSED_KEYS = ("revealed", "unveiled", "announced", "introduced", "presented")


def read_apposed_release(
    text: str,
    statuses: Sequence[tuple[int, str]],
    published: dt.date | None,
    add: Add,
    skip: Callable[[int], bool],
) -> list[tuple[int, str]]:
    """Return (position, "released") for a name followed by "…, revealed Thursday, …".

    The day in the aside is the release day. Silent where the sentence holds anything
    but a release (a plan, a hold-back, a shelving), looks ahead, or asks.
    """
    if published is None or not any(key in text for key in _APPOSED_KEYS):
        return []
    if any(v != "released" for _, v in statuses) or V.FUTURE_WORDS.search(text):
        return []
    if _HYPOTHETICAL.match(text) or text.rstrip().endswith("?"):
        return []
    found: list[tuple[int, str]] = []
    for comma in re.finditer(r",", text):
        at = comma.start()
        if at == 0 or not skip(at - 1):
            continue  # the aside follows a model's name, nothing else
        m = _APPOSED_SHOWN.match(text, at)
        if m is None or negated(text, m.start("verb")):
            continue
        found.append((m.start("verb"), "released"))
        days = [d for d in find_dates(text[: m.end("day")], published) if d.start >= m.start("day")]
        if len(days) == 1 and len(days[0].values) == 1 and not _after_post(days[0], published):
            add("release_date", days[0].values[0], m.start("verb"))
    return found


def _after_post(date: DateMention, published: dt.date) -> bool:
    """Return True when the period of ``date`` begins after the post was written."""
    span = date_span(date.values[0])
    return span is not None and span[0] > published


# --- a release told with a noun ------------------------------------------------------------
_EVENT_NOUN = r"(?P<noun>releases?|launch(?:es)?|debuts?|roll-?outs?|arrivals?)"
#: the cheap test a sentence passes (lower-cased) before the patterns below are tried
_EVENT_NOUN_KEYS = ("releas", "launch", "debut", "rollout", "roll-out", "arrival")
#: an event noun after a space, found in the lower-cased sentence ("… the Llama 3 launch",
#: "… X's release", "… the release of X")
_EVENT_NOUN_AT = re.compile(r"(?<=\s)" + _EVENT_NOUN + r"\b")
#: the words between a determiner and the noun ("the sudden, proprietary launch of"):
#: no determiner, preposition or verb of their own, so the phrase never runs over a clause
_EVENT_MODS = (
    r"(?P<mods>(?:(?!(?:the|a|an|its|their|of|to|in|on|for|with|by|from|and|or|but|that|"
    r"which|is|are|was|were|be|been|has|have|had|will|would)\b)[\w’'.-]+,?\s+){0,4}?)"
)
#: a day or a week that owns the event, said from the post's own time: "Today's release of
#: X", "Saturday's launch of X", "last week's debut of X" (told of as done, unless the
#: sentence looks ahead: "ahead of Tuesday's launch of X")
_TIME_OWNER = (
    r"(?:today|yesterday|tonight|(?:this|last)\s+(?:week|month|weekend)|the\s+weekend|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s"
)
#: "the release of X": the determiner and the words before the noun …
_DET_BEFORE_NOUN = re.compile(
    r"\b(?P<det>the|its|their|this|that|(?:Meta|Facebook)['’]s|Meta Platforms['’]s?|"
    + _TIME_OWNER
    + r")\s+"
    + _EVENT_MODS
    + r"$",
    re.I,
)
_TIME_OWNER_AT = re.compile(_TIME_OWNER, re.I)
#: "drop" as a release noun, with "of" after it (found in the lower-cased sentence)
_DROP_OF = re.compile(r"(?<=\s)drop(?=\s+of\s)")
#: the determiners "drop" needs to be a release: the maker's, a day's, "its", "the surprise"
_DROP_DET_BEFORE = re.compile(
    r"\b(?P<det>its|their|(?:Meta|Facebook)['’]s|Meta Platforms['’]s?|the|"
    + _TIME_OWNER
    + r")\s+"
    + _EVENT_MODS
    + r"$",
    re.I,
)
#: after the object of "drop": a fall in a ranking or a score, not a release
_FALL_AFTER = re.compile(
    r"['’]?s?\s+(?:\w+\s+)?(?:to|from|in|below|under|down|by|on\s+(?:the\s+)?(?:leaderboard|"
    r"ranking|chart|arena)|out\s+of)\b",
    re.I,
)
#: … and "of" with what stands before the object: a possessive, a determiner, an
#: adjective, an opening quote
_OF_OBJECT = re.compile(
    r"\s+of\s+(?:(?:(?:Meta|Facebook)['’]s|the|its|their|new|newest|latest|first|open|"
    r"open-source|open-weights?|closed|closed-source|proprietary|flagship)\s+|[\"“'‘])*"
    # "the launch of Meta's new AI model, Muse Spark": the name set off after its noun
    r"(?:(?:AI\s+|language\s+|frontier\s+|reasoning\s+)?(?:model|LLM)(?:,\s+|\s+(?:called|named|"
    r"dubbed)\s+)[\"“'‘]?)?"
    # "the drop of two new models — X and Y": the names set off after
    # a counted plural, the list the release is of
    r"(?:(?:two|three|four|five|\d)\s+(?:new\s+)?(?:Llama\s+(?:\d(?:\.\d)?\s+)?)?(?:AI\s+)?"
    r"(?:models|LLMs)\s*(?:[—–:]|\s-\s)\s*)?",
    re.I,
)
#: "X's release", "X's long-delayed launch": the possessive and the words after it
_OWNER_BEFORE = re.compile(
    r"(?<=[\w.”\"’'])['’]s\s+(?P<mods>(?:(?!(?:the|a|an|its|their|of|to|in|on|for|with|by|"
    r"from|and|or|but|that|which|is|are|was|were|be|been|has|have|had|will|would)\b)"
    r"[\w.-]+,?\s+){0,4}?)$",  # (no possessive among them: the name's own is the last)
    re.I,
)
#: "the Llama 3 launch": the determiner and the words before the name
_NAME_DET_BEFORE = re.compile(
    r"\b(?P<det>the|its|their|this|that|(?:Meta|Facebook)['’]s)\s+" + _EVENT_MODS + r"$", re.I
)
#: what the noun heads when it is not the model's event ("the release notes", "its launch
#: event", "X's release date")
_NOT_THE_EVENT_AFTER = re.compile(
    r"\s*(?:-\s*|\s+)(?:notes?|dates?|candidates?|cycles?|schedules?|plans?|events?|party|"
    r"page|posts?|blog|announcements?|videos?|trailers?|teams?|windows?|day|timeline|"
    r"strateg(?:y|ies)|partners?|pipeline|process|build)\b",
    re.I,
)
#: a name that only qualifies the object ("the release of the Llama 2 paper", "the launch
#: of Llama 3-based apps")
_NOT_THE_MODEL_AFTER = re.compile(
    r"(?:['’]s\s+|\s+|-)(?:[\w-]+\s+)?(?:paper|report|technical report|licen[cs]e|code|"
    r"benchmarks?|model card|cards?|datasets?|apps?|APIs?|website|demo|fine-?tunes?|"
    r"quantized|quantised|distilled|chatbots?|assistants?|glasses|tools?|integrations?|"
    r"support|based|powered|derived)\b",
    re.I,
)
#: words before the noun that put the event behind ("the earlier release of X") and,
#: weaker, that do so only where nothing in the sentence looks ahead ("the first launch")
_PAST_MODS = frozenset(("earlier", "original", "previous", "prior", "recent", "past"))
_PAST_MODS_WEAK = frozenset(
    (
        # "X's continued open-weight release", "the ongoing rollout of X": under way
        "continued", "ongoing",
        "first", "initial", "primary", "abrupt", "sudden", "surprise", "quiet", "botched",
        "troubled", "rocky", "lackluster", "lacklustre", "underwhelming", "disappointing",
        "muted", "successful", "splashy", "controversial", "hasty", "rushed", "shock",
        # "Meta's weekend drop of X": a release on a weekend, told of as done
        "weekend",
    )
)  # fmt: skip
#: words before the noun that put it ahead ("the planned release of X")
_FUTURE_MODS = frozenset(
    (
        "planned", "expected", "scheduled", "imminent", "impending", "looming", "proposed",
        "rumored", "rumoured", "pending", "eventual", "future", "postponed", "long-delayed",
        "much-delayed", "delayed", "upcoming", "forthcoming", "targeted", "tentative",
    )
)  # fmt: skip
#: words before the noun that make it no event ("the missed launch", "any release")
_NO_EVENT_MODS = frozenset(
    (
        "missed", "failed", "aborted", "canceled", "cancelled", "scrapped", "shelved",
        "abandoned", "hypothetical", "possible", "potential", "next", "every", "each",
    )
)  # fmt: skip
#: "since the launch of X", "This follows the release of X": a time after the event
_SINCE_BEFORE = re.compile(
    r"\b(?:since|in the wake of|on the heels of|post|follows|followed|following|marked|saw|"
    r"celebrated|welcomed|greeted|cheered|hailed|witnessed|accompanied|coincided with|"
    r"comes after|came after|capped|overshadowed|continued)\s+$",
    re.I,
)
#: "after the release of X": the same, where nothing in the sentence looks ahead
_AFTER_BEFORE = re.compile(r"\b(?:after|with)\s+$", re.I)
#: "ahead of the launch of X": a time before an event still to come
_AHEAD_BEFORE = re.compile(
    r"\b(?:ahead of|in the (?:run|lead)[\s-]up to|in anticipation of|in preparation for|"
    r"prepar(?:es|ed|ing) for|await(?:s|ing)?|the countdown to|waiting for)\s+$",
    re.I,
)
#: the phrase opens its clause, so the verb after it is its own
_CLAUSE_OPEN = re.compile(
    r"(?:^|[,;:(—–]|\b(?:and|but|while|as|because|although|though|yet|so)\b)\s*[\"“']?\s*$"
)
#: the words read past between the phrase and its verb: a date, a list, a plural noun
_TO_VERB_SKIPPED = frozenset(
    (
        "in", "on", "back", "during", "at", "early", "late", "mid", "the", "of", "and",
        "models", "model", "series", "family", "weights", "versions", "version", "variants",
        "also", "quickly", "soon", "immediately", "effectively", "arguably", "already",
        "itself", "then", "instantly", "clearly", "largely", "just", "only", "last", "year",
        "month", "week", "earlier", "this",
    )
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][\w’'-]*|\d[\w.,/-]*")
#: the past verbs of an event phrase that opens its clause ("The launch of X marked …")
_EVENT_PAST_VERBS = frozenset(
    (
        "was", "were", "marked", "drew", "came", "brought", "sparked", "triggered", "caused",
        "made", "saw", "changed", "shifted", "prompted", "led", "sent", "gave", "took",
        "coincided", "represented", "ushered", "opened", "raised", "began", "kicked",
        "fueled", "fuelled", "surprised", "shook", "stunned", "rattled", "disappointed",
        "impressed", "attracted", "generated", "received", "went", "followed", "showed",
        "proved", "set", "reshaped", "transformed", "put", "helped", "forced", "spurred",
        "signaled", "signalled", "meant", "established", "cemented", "created",
        "demonstrated", "highlighted", "underscored", "caught", "happened", "catalyzed",
        "catalysed", "accelerated", "redefined", "disrupted", "upended", "energized",
        "democratized", "popularized", "lowered", "challenged", "turned", "became",
        "landed", "arrived", "narrowed", "lifted", "boosted", "sank", "faced", "met",
    )
)  # fmt: skip
#: the participle of an active perfect ("has delivered", "had drawn"), not a plan's verb
_PERFECT_PARTICIPLE = re.compile(
    r"(?:already\s+|quickly\s+|since\s+)?(?!(?:delayed|postponed|pushed|moved|slipped|"
    r"stalled|failed|missed)\b)(?:[a-z]+ed|brought|made|drawn|given|taken|shown|become|begun|"
    r"sent|led|caught|shaken|set|put|won|left)\b"
)
#: what after "was" or "has been" makes the event a plan, a delay or no event
_EVENT_NOT_DONE = re.compile(
    # "was later postponed", "was once again pushed back", "was first pushed to June": a
    # time or sequence adverb before the participle leaves the launch still to come
    r"(?:(?:\w+ly|later|again|once more|once|yet|first|then|since|now|further|also)\s+){0,2}"
    r"(?:delayed|postponed|pushed|moved|expected|planned|scheduled|slated|set|"
    r"due|supposed|originally|initially|meant|rumou?red|put|never|not|canceled|cancell?ed|"
    r"scrapped|shelved|held|pulled|tentatively|targeted|aimed|slipping|slipped|being|going|"
    r"still|yet|no|pending|awaited|anticipated|imminent|near|close|to|a\s+(?:year|month|"
    r"week|few)|months|weeks|years|days)\b",
    re.I,
)
#: between the phrase and a date attached to it ("X's release in July 2024", "(April 2026)")
_DATE_LEAD = re.compile(r"\s*,?\s*(?:in|on|back in|during)?\s*\(?\s*", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _before_post(value: str, published: dt.date) -> bool:
    """Return True when the period ``value`` ended before the post was written."""
    span = date_span(value)
    return span is not None and span[1] < earliest_day(published)


def _attached_date(
    text: str, mods: tuple[int, int], after: int, published: dt.date | None
) -> str | None:
    """Return "before" or "after" the post for a date the phrase carries, else None.

    The date stands among the words before the noun ("the April 2024 launch of X") or
    right after the phrase ("X's release in July 2024", "the launch of X on April 5").
    """
    if published is None or not DATE_HINT.search(text[mods[0] : after + 40]):
        return None
    for date in find_dates(text[: after + 40], published):
        inside = mods[0] <= date.start and date.end <= mods[1]
        if not inside and not (
            date.start >= after and _DATE_LEAD.fullmatch(text, after, date.start)
        ):
            continue
        if date.relative and not inside:
            return None  # "X's release next month": reckoned from the post, a plan
        if _before_post(date.values[-1], published):
            return "before"
        # a day still to come is the plan's only when its year is written: a bare month
        # ("X's release in July") is resolved within the post's year, which may be wrong
        return "after" if _YEAR.search(text, date.start, date.end) else None
    return None


def _verb_after(text: str, after: int) -> bool:
    """Return True when the phrase ending at ``after`` is the subject of a past verb.

    "The launch of X in April 2024 marked …", "X's release, months late, was a …",
    "The release of X has been hailed as …"; not "was delayed", "has been pushed".
    """
    segment = re.split(r"[.;:!?]", text[after : after + 120], maxsplit=1)[0]
    segment = re.sub(r"\([^()]*\)", " ", segment)
    segment = re.sub(r"^\s*,[^,]{1,60},", " ", segment)
    words = _WORD.findall(segment)[:9]
    for i, word in enumerate(words):
        lowered = word.lower()
        if lowered in _TO_VERB_SKIPPED or word[0].isupper() or word[0].isdigit():
            continue
        rest = " ".join(words[i + 1 : i + 4])
        if lowered in _EVENT_PAST_VERBS:
            return not (lowered in ("was", "were") and _EVENT_NOT_DONE.match(rest))
        if lowered in ("has", "have", "had") and rest.lower().startswith("been "):
            return not _EVENT_NOT_DONE.match(rest[5:])
        # "X's launch has delivered an immediate reaction": an active perfect
        return lowered in ("has", "have", "had") and bool(_PERFECT_PARTICIPLE.match(rest))
    return False


def _event_tense(
    text: str, opening: int, mods: tuple[int, int], after: int, published: dt.date | None
) -> str | None:
    """Return "released", "upcoming" or None for an event phrase.

    ``opening`` is where the phrase starts (its determiner or its name), ``mods`` the
    span of the words before the noun, ``after`` where the phrase ends.
    """
    words = {w.strip(",").lower() for w in text[mods[0] : mods[1]].split()}
    if words & _NO_EVENT_MODS:
        return None
    before = text[max(0, opening - 40) : opening]
    ahead = bool(words & _FUTURE_MODS) or bool(_AHEAD_BEFORE.search(before))
    behind = bool(words & _PAST_MODS) or bool(_SINCE_BEFORE.search(before))
    if not behind and not V.FUTURE_WORDS.search(text):
        behind = (
            bool(words & _PAST_MODS_WEAK)
            or bool(_AFTER_BEFORE.search(before))
            or bool(_TIME_OWNER_AT.match(text, opening))
        )
    if not behind and _CLAUSE_OPEN.search(before):
        behind = _verb_after(text, after)
    dated = _attached_date(text, mods, after, published)
    if dated == "before" and not ahead:
        behind = True
    if dated == "after" and not behind:
        ahead = True  # "Avocado's launch in June 2026", written in April 2026
    if ahead and behind:
        return None  # the words disagree
    if ahead:
        if dated == "before" or (
            published and any(int(y.group(0)) < published.year for y in _YEAR.finditer(text))
        ):
            return None  # "ahead of the launch of Llama 3 in April 2024": a look back
        if re.search(r"\b(?:never|not|n't|no longer)\b", text[after:]):
            return None  # "the planned release of X never happened"
        return "upcoming"
    return "released" if behind else None


def _name_end(skip: Callable[[int], bool], start: int, limit: int) -> int:
    """Return where the name starting at ``start`` ends (``skip`` holds inside names)."""
    end = start
    while end < limit and skip(end):
        end += 1
    return end


def _name_start(skip: Callable[[int], bool], end: int) -> int:
    """Return where the name ending just before ``end`` starts."""
    start = end
    while start > 0 and skip(start - 1):
        start -= 1
    return start


def read_release_nouns(
    text: str,
    statuses: Sequence[tuple[int, str]],
    published: dt.date | None,
    skip: Callable[[int], bool],
) -> list[tuple[int, str]]:
    """Return (position, status) for a release told with a noun bound to a named model.

    "… built on the earlier release of Llama 3", "Since Llama 3's launch in April
    2024, …", "The Llama 2 release drew praise" put the release behind; "ahead
    of the launch of X", "the planned release of X" put it ahead; a noun with nothing
    to time it says nothing. The position is where the name ends (or the noun starts),
    so the name is what the status is said of. ``skip`` holds inside a model's name.
    """
    lowered = text.lower()
    if not (V.may_hold(lowered, _EVENT_NOUN_KEYS) or " drop of " in lowered) or len(lowered) != len(
        text
    ):
        return []  # (a letter that lower-cases to two would shift the positions)
    if _HYPOTHETICAL.match(text) or text.rstrip().endswith("?"):
        return []
    found: list[tuple[int, str]] = []

    def keep(opening: int, mods: tuple[int, int], after: int, pos: int) -> None:
        if any(opening <= p < after for p, _ in statuses):
            return  # read there already ("the upcoming release of X", "after its release")
        if negated(text, opening):
            return
        tense = _event_tense(text, opening, mods, after, published)
        if tense is not None:
            found.append((pos, tense))

    if " drop of " in lowered:
        for m in _DROP_OF.finditer(lowered):
            # "Meta's weekend drop of X", "Today's drop of X": a release said with "drop",
            # only with its maker's or a day's determiner and a named model as its object
            # (not "a drop of 5%", "the drop of Maverick to 32nd place")
            of = _OF_OBJECT.match(text, m.end())
            det = _DROP_DET_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if of is None or det is None or not skip(of.end()):
                continue
            end = _name_end(skip, of.end(), len(text))
            if not _FALL_AFTER.match(text, end) and not _NOT_THE_MODEL_AFTER.match(text, end):
                keep(det.start(), det.span("mods"), end, end)
    for m in _EVENT_NOUN_AT.finditer(lowered):
        noun = m.start()
        of = _OF_OBJECT.match(text, m.end())
        if of:
            # "the earlier release of Llama 3", "the launch of Meta's new model, Muse Spark"
            det = _DET_BEFORE_NOUN.search(text, max(0, noun - 60), noun)
            if det is None or not skip(of.end()):
                continue  # "the launch of its assistant": the object names no model
            end = _name_end(skip, of.end(), len(text))
            if _NOT_THE_MODEL_AFTER.match(text, end):
                continue  # "the release of the Llama 2 paper", "of Llama 3-based apps"
            keep(det.start(), det.span("mods"), end, end)
            continue
        if _NOT_THE_EVENT_AFTER.match(text, m.end()):
            continue  # "X's release notes", "the Llama 3 launch event"
        owner = _OWNER_BEFORE.search(text, max(0, noun - 60), noun)
        if owner and skip(owner.start() - 1):
            # "Llama 3.1's release in July 2024", "since Llama 3's launch"
            opening = _name_start(skip, owner.start())
            keep(opening, owner.span("mods"), m.end(), noun)
        elif noun >= 2 and skip(noun - 2):
            # "the Llama 3 launch", "the much-hyped Llama 4 release"
            name = _name_start(skip, noun - 1)
            det = _NAME_DET_BEFORE.search(text, max(0, name - 60), name)
            if det:
                keep(det.start(), det.span("mods"), m.end(), noun)
        elif pronoun := _PRONOUN_EVENT_BEFORE.search(text, max(0, noun - 120), noun):
            # "since its launch", "in the weeks after their release", "the optimism
            # surrounding its launch": a time the model's own release opens, with the
            # model named elsewhere in the sentence
            named = _pronoun_antecedent(text, pronoun.start(), noun, skip)
            if (
                named is not None
                and _pronoun_event_behind(text, statuses, published)
                and not negated(text, pronoun.start())
            ):
                found.append((named, "released"))
    return found


_CAPITALISED = re.compile(r"(?<![\w-])(?:[A-Z][\w.-]*|\d[\w.-]*)")
_FRONTED_TO_SUBJECT = re.compile(r"[^,.;:!?]*,\s*(?:the\s+)?", re.I)


def _pronoun_antecedent(
    text: str, phrase: int, noun: int, skip: Callable[[int], bool]
) -> int | None:
    """Return where the model "its"/"their" refers to is named, or None.

    A phrase that opens the sentence refers forward to the subject after its comma ("Since
    its launch, Llama 4 Scout has …"); elsewhere it refers back to the nearest name ("X has
    been downloaded … since its release"). Another name in that place ("Since its release,
    DeepSeek R1 …") is not a tracked model, and nothing is said.
    """
    words = [w for w in _CAPITALISED.finditer(text, 0, phrase) if w.start() > 0]
    if not words:
        after = _FRONTED_TO_SUBJECT.match(text, noun)
        if after and after.end() < len(text) and skip(after.end()):
            return after.end()
        return None
    last = words[-1]
    return last.start() if skip(last.start()) else None


#: "its"/"their" before the event noun, in a phrase that can only follow the event: a time
#: after it ("since its launch", "following their release", "in the weeks after its debut",
#: "on the first day of its release", "at the time of its release"), or what the event
#: drew ("the criticism that followed its launch", "the controversy surrounding its
#: release", "the hype around their debut"). ("before its launch", "ahead of its release",
#: "its launch", bare, tell no tense: they stay unread.)
_PRONOUN_EVENT_BEFORE = re.compile(
    r"(?:\b(?:since|following|after|upon|on the heels of|in the wake of|at the time of|"
    r"(?:(?:the|its|their)\s+)?(?:first\s+)?(?:day|days|week|weeks|month|months|hours?|"
    r"year)\s+(?:after|since|following|of|into))|"
    r"\b(?:hype|buzz|excitement|optimism|enthusiasm|fanfare|controvers(?:y|ies)|criticism|"
    r"backlash|reception|reactions?|response|scepticism|skepticism|disappointment|debate|"
    r"confusion|drama|noise|attention|praise|complaints?|questions?)\s+(?:that\s+)?"
    r"(?:surrounding|surrounded|around|over|about|to|at|following|followed|greeted|"
    r"accompanied)|\b(?:greeted|accompanied|surrounded|followed|overshadowed|marred|marked)"
    r")\s+(?:the\s+)?(?P<det>its|their)\s+(?:(?:initial|first|official|public|"
    r"original|recent|surprise|weekend|much-hyped|splashy|quiet|rocky|botched|summer|"
    r"spring|fall|autumn|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|(?:19|20)\d\d)\s+){0,2}$",
    re.I,
)


def _pronoun_event_behind(
    text: str, statuses: Sequence[tuple[int, str]], published: dt.date | None
) -> bool:
    """Return True when nothing in the sentence puts the pronoun's event ahead.

    The phrase says the release happened; a sentence that also looks ahead ("following its
    release next month", "the hype surrounding its upcoming launch") or calls a model not
    out ("still in training", "delayed") may speak of a release to come.
    """
    if V.FUTURE_WORDS.search(text) or any(v != "released" for _, v in statuses):
        return False
    if published is not None and DATE_HINT.search(text):
        for date in find_dates(text, published):
            if not _before_post(date.values[-1], published):
                return False  # a day still to come in the sentence: perhaps the launch's
    return True


# --- a release told with a verb of arriving -------------------------------------------------
#: the intransitive verbs English tells a model's coming out with ("When Llama 2 came out",
#: "Llama 4 has arrived", "Llama 4 Landed with a Thud", "X made its debut in April", "X hit
#: Hugging Face on Saturday"): the model is the subject, so the name stands right before
_ARRIVAL_VERB = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+(?:(?:just|finally|now|officially|quietly|already)\s+)?"
    r"(?:come out|arrived|landed)|came out|arrived|landed|made (?:its|their) (?:public |"
    r"official |long-awaited |first )?debut|hit (?:the )?(?:market|shelves|stores|"
    r"Hugging Face|HuggingFace|GitHub))\b"
    # not "came out of stealth / against / on top", "landed a deal", "landed in third
    # place", "landed on top of the leaderboard", "arrived at an answer" ("made its debut
    # at an event" is the debut's place)
    r"(?:(?<=debut)|(?!\s+(?:of|against|in favou?r|in support|on top|ahead|behind|swinging|"
    r"strongly|as|to (?:say|be)|that|a|an|the|its|their|in (?:first|second|third|fourth|fifth|"
    r"last|\d|the top|top)|on (?:top|the (?:leaderboard|list|chart))|first|second|third|last|"
    r"(?<=arrived\s)at)\b))",
    re.I,
)
_ARRIVAL_KEYS = (
    "came out", "come out", "arrived", "landed", " debut", "hit ", "followed", "appeared",
    "dropped",
)  # fmt: skip
#: a time right after a verb, up to where its clause goes on: "in July 2023", "on April 5,",
#: "in the spring", "last year" (not "in 2025 rankings", where the year qualifies a noun)
_TIME_AHEAD = (
    r"(?:(?:in|on|back\s+in|during|around)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+"
    r"(?:19|20)\d\d)?|(?:19|20)\d\d|(?:the\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+of)?"
    r"(?:\s+(?:19|20)\d\d)?))|(?:last|this)\s+(?:year|month|week))"
    r"(?=\s*(?:[.,;:!)(\[—–]|$|(?:with|as|and|alongside|after|before|when|while|under|for|"
    r"but|to|in|on|at|via|through|from|by|its|their)\b))"
)
#: intransitive verbs that tell a model's coming out as a step in a line: "then Llama 2
#: followed in July", "LLaMA first appeared in early 2023", "the week Llama 3.3 dropped":
#: with no object, the name right before is what came out. Each needs what
#: makes it a release: a time after "followed" and "appeared" ("followed suit", "appeared
#: in a benchmark" are not), nothing after "dropped" but the clause's end, a time or a
#: place ("dropped to third place", "dropped the pledge", "dropped by 5%" are not)
_CAME_IN_TURN_VERB = re.compile(
    r"(?<![\w-])(?:(?:followed|appeared)(?=\s+" + _TIME_AHEAD + r")|"
    r"followed(?=\s+(?:(?:[\w-]+\s+){1,3}later|shortly|soon|swiftly|quickly)\b)|"
    r"dropped(?=\s*(?:[.,;:!)—–]|$)|\s+(?:" + _TIME_AHEAD + r"|on\s+(?:a\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Hugging\s?Face|GitHub)\b|(?:today|yesterday|"
    r"earlier|overnight|quietly|publicly|last\s+\w+|over\s+the\s+weekend)\b)))",
    re.I,
)
#: what may stand between the name and its verb ("Llama 4 has finally arrived", "LLaMA
#: (Large Language Model Meta AI) came out", "Scout, Maverick and Behemoth quietly landed")
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s*\([^()]{1,60}\))?[\s,]*(?:(?:finally|officially|quietly|just|recently|first|"
    r"also|now|then|eventually|initially|originally|publicly)\s+)*$",
    re.I,
)
#: a plan, a wish, a condition or a question before the name: "until X arrives", "if X landed"
_NOT_ARRIVED_BEFORE = re.compile(
    r"\b(?:if|unless|until|once|whether|before|will|would|could|may|might|should|to|wait\w*|"
    r"hope\w*|expect\w*|when will)\s+(?:[\w.’'-]+\s+){0,5}$",
    re.I,
)


#: a showing, not a release: "appeared in April 2025 as a preview", "only as a teaser"
_SHOWN_ONLY = re.compile(
    r"\b(?:preview\w*|teas(?:er|ed|ing)|glimpse|sneak peek|demo(?:ed|nstrated)?|"
    r"in training|still training|not (?:yet )?(?:released|out|available))\b",
    re.I,
)


#: a preposition right before the name: the name is its object, inside a longer subject
#: ("the paper on Llama 2", "a fine-tune of Llama 3", "support for Llama 4")
_OBJECT_OF_BEFORE = re.compile(
    r"\b(?:on|about|of|for|from|behind|with|than|like|to|by|into|over|after|in|using|via|"
    r"based on|built on|atop|beside|alongside)\s+(?:(?:the|a|an|Meta[’']s|its)\s+)?$",
    re.I,
)


def read_arrivals(
    text: str, statuses: Sequence[tuple[int, str]], skip: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """Return (position, "released") for a model the sentence says arrived.

    "When Llama 2 came out, …", "Llama 4 has arrived", "Scout made its debut in April":
    the verb's subject must be a model's name (``skip`` holds inside one), so "Meta came
    out with …", "the paper came out" and "GPT-4 arrived" say nothing of a tracked model.
    """
    found: list[tuple[int, str]] = []
    if _HYPOTHETICAL.match(text) or text.rstrip().endswith("?"):
        return found
    verbs = list(_ARRIVAL_VERB.finditer(text))
    if V.may_hold(text.lower(), ("followed", "appeared", "dropped")):
        in_turn = list(_CAME_IN_TURN_VERB.finditer(text))
        if in_turn and not (any(v != "released" for _, v in statuses) or _SHOWN_ONLY.search(text)):
            verbs += in_turn  # (not "Behemoth appeared in April 2025 as a preview": shown)
    for m in verbs:
        gap = _SUBJECT_TO_VERB.search(text, max(0, m.start() - 90), m.start())
        name_end = gap.start() if gap else m.start()
        if name_end == 0 or not skip(name_end - 1):
            continue  # the subject is no model's name
        if any(name_end <= p < m.end() + 20 and v != "released" for p, v in statuses):
            continue  # "X has arrived in preview, still in training": the other word rules
        if negated(text, m.start()):
            continue
        name = _name_start(skip, name_end)
        if _NOT_ARRIVED_BEFORE.search(text, max(0, name - 60), name):
            continue  # "until Llama 5 arrives", "once X has landed": not said to be out
        if _OBJECT_OF_BEFORE.search(text, max(0, name - 30), name):
            continue  # "the paper on Llama 2 came out": the name ends another subject
        if any(name <= p < m.end() for p, _ in found):
            continue
        found.append((m.start(), "released"))
    return found


def _date_arrivals_in_turn(
    text: str, arrivals: Sequence[tuple[int, str]], published: dt.date | None, add: Add
) -> None:
    """Date "X followed in July 2023", "X appeared in February 2023": neither verb dates a
    release anywhere else (its time is read only where its subject is a model's name)."""
    for pos, _ in arrivals:
        verb = re.match(r"(?:followed|appeared)\b", text[pos : pos + 9], re.I)
        if verb:
            value = _date_right_after(text, pos + verb.end(), published)
            if value is not None:
                add("release_date", value, pos)


# --- a release told by what came after it, where a line began, where it can be had ---------
#: a plan, a condition or a modal before a verb: "will be replaced by", "to be succeeded by",
#: "if Groq hosts", "could offer" (not "before being superseded by", a look back)
_UNSAID_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|should|must|can|shall|to|if|unless|whether|"
    r"likely|expected|set|poised|about|plans?|planning|hopes?|aims?|wants?|wait\w*)\b"
    r"(?:\s+[\w’'-]+){0,3}\s*$",
    re.I,
)
#: what may not follow an object's name: the model's own part or event ("X's delay"), a
#: preview of it, or a word that makes the name a modifier ("X-based apps", "the X paper")
_NOT_THE_OBJECT_AFTER = re.compile(
    r"['’]s\b|\s+(?:as|in)\s+(?:an?\s+)?(?:early\s+|limited\s+|private\s+|research\s+)?"
    r"(?:preview|beta|teaser|demo)\b|-(?:level|class|based|powered|derived|like)\b|"
    # "offered X only to select partners": a few were let in, it is not out
    r"\s+(?:only\s+)?to\s+(?:a\s+few|a\s+handful|some|select(?:ed)?|internal|trusted|early|"
    r"chosen|private)\b",
    re.I,
)
#: the successor named after a passive verb of succession: "X was succeeded in the spring
#: by Y", "until it was superseded by Y in 2024", "mostly superseded by Y" (a bullet's
#: participle): Y is out, and a time next to it is when it came
_SUCCEEDED_BY = re.compile(
    # ("replaced by" is left out: "Llama was replaced by Avocado" is as often said of a
    # plan as of a model that came out)
    r"(?<![\w-])(?:succeeded|superseded|followed)"
    r"(?P<gap>\s+(?:in|on|back\s+in|during)\s+[\w ,.]{3,30}?)?\s+by\s+"
    r"(?:(?:Meta['’]s|the|its|their|newer|new|newest)\s+)*",
    re.I,
)
_SUCCEEDED_KEYS = ("succeeded", "superseded", "followed")
#: the passive's auxiliary, or the edge of a clause or bullet a participle opens
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?P<aux>was|were|been|(?:before|after|since)\s+being)\s+|(?:^|[,;:(—–•*]|\s-|\band)\s*)"
    r"(?:(?:largely|later|soon|quickly|eventually|effectively|since|then|subsequently|"
    r"officially|partly|mostly|itself|in\s+turn)\s+)?$",
    re.I,
)
#: where a line of models began: "Meta's open family began with LLaMA in early 2023",
#: "the series began in February 2023 with LLaMA", "it all started with LLaMA": the
#: first model named is out (the present, "the lineup starts
#: with X", counts only with a day gone by)
_LINE_BEGAN = re.compile(
    # (not "the story", "the saga": a tale may begin with a model only shown)
    r"(?:\b(?:series|line|lineup|line-up|family|lineage|dynasty|franchise|herd)(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:models|LLMs))?\s+"
    r"(?:(?:first|officially|originally)\s+)?|"
    r"\b(?:it|everything)\s+all\s+)"
    r"(?P<verb>began|started|kicked\s+off|begins|starts)"
    r"(?P<gap>\s*,?\s+(?:in|on|back\s+in)\s+[\w ,.]{3,25}?,?)?\s+with\s+"
    r"(?:(?:the|Meta['’]s|its|an?)\s+)?(?:(?:original|first|initial|very\s+first)\s+)?"
    r"(?:(?:release|launch|arrival|debut)\s+of\s+(?:the\s+)?)?",
    re.I,
)
_LINE_KEYS = ("began", "started", "kicked off", "begins", "starts")
#: every key of read_standing's readers, one cheap test before any of them
_STANDING_KEYS = (*_SUCCEEDED_KEYS, *_LINE_KEYS, *V.PLATFORM_KEYS, *V.OFFERS_KEYS)


def _date_right_after(text: str, at: int, published: dt.date | None) -> str | None:
    """Return the value of a date that stands right at ``at`` ("in April 2025", "(July
    2024)"), when it is a day gone by for the post; else None."""
    if published is None or not DATE_HINT.search(text[at : at + 40]):
        return None
    for date in find_dates(text[: at + 40], published):
        if date.start < at:
            continue
        if not _DATE_LEAD.fullmatch(text, at, date.start):
            return None
        value = date.values[-1]
        return value if _before_post(value, published) else None
    return None


#: words that may describe an object before its name: "by the text-only Llama 3.3", "by
#: the smaller Llama 3.3" (not "by work on X", "fine-tunes of X": another thing)
_DESCRIBING_WORDS = re.compile(
    r"(?:(?:[a-z0-9]+-[a-z0-9-]+|smaller|larger|bigger|newer|faster|cheaper|lighter|stronger|"
    r"multimodal|refreshed|updated|improved|upgraded|compact)\s+){1,2}"
)
#: what may come right after an object's name: punctuation, the clause's end, a noun for
#: models or a word that goes on with the clause ("offers Llama 3 through its API", "the
#: Llama 3 hackathon" is not the model)
_OBJECT_TAIL = re.compile(
    # (a page's text may keep its line breaks escaped: "Llama 4\\nScout")
    r"\s*(?:[.,;:!?)(\[—–\"”'’-]|\\n|$)|\s+(?:models?|weights|checkpoints?|variants?|versions?|"
    r"family|series|herd|collection|instruct|base|chat|through|via|on|in|at|to|for|from|with|"
    r"under|as|and|or|&|which|that|who|since|today|now|free|openly|publicly|alongside|"
    r"across|—|[A-Z0-9])",
)


def _object_name(text: str, at: int, skip: Callable[[int], bool]) -> int | None:
    """Return where a model's name that stands at ``at`` ends, or None when none does.

    One or two lower-case words may describe it first ("the text-only Llama 3.3").
    """
    if at < len(text) and not skip(at):
        described = _DESCRIBING_WORDS.match(text, at)
        if described and described.end() < len(text) and skip(described.end()):
            at = described.end()
    if at >= len(text) or not skip(at):
        return None
    end = _list_end(text, _name_end(skip, at, len(text)), skip)
    if _NOT_THE_OBJECT_AFTER.match(text, end) or _NOT_THE_MODEL_AFTER.match(text, end):
        return None  # "… by Llama 4's delay", "offers X in preview", "X-based apps"
    if not _OBJECT_TAIL.match(text, end) or _NOT_PLANNED_AFTER.match(text, end):
        return None  # "hosted the Llama 3 hackathon", "by Avocado in Meta's plans"
    return end


#: a name set in a plan after it: "superseded by Avocado in Meta's plans", "followed by
#: Avocado on the roadmap"
_NOT_PLANNED_AFTER = re.compile(
    r"\s+(?:in|on|as)\s+(?:Meta['’]s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:plans?|roadmap|priorit(?:y|ies)|pipeline|focus|bet)\b",
    re.I,
)


_LIST_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:the\s+)?")


def _list_end(text: str, end: int, skip: Callable[[int], bool]) -> int:
    """Return where a list of names that starts with the name ending at ``end`` ends."""
    while (join := _LIST_JOIN.match(text, end)) and join.end() < len(text) and skip(join.end()):
        end = _name_end(skip, join.end(), len(text))
    return end


def _held_near(statuses: Sequence[tuple[int, str]], start: int, end: int) -> bool:
    """Whether a word near a span says a model is not out ("still in training")."""
    return any(start - 40 <= p < end + 40 and v != "released" for p, v in statuses)


def read_standing(
    text: str,
    statuses: Sequence[tuple[int, str]],
    published: dt.date | None,
    add: Add,
    skip: Callable[[int], bool],
) -> list[tuple[int, str]]:
    """Return (position, "released") for a model told out by where it stands.

    Three kinds of English say a named model is out with no release word: what came
    after something ("X was succeeded in the spring by Y"), where a line of models began
    ("the family began with LLaMA"), and where the model can be had ("Y is live on Hugging
    Face", "Bedrock offers two Meta models: …", "you can download Y from llama.com"). A
    time right after such a statement is the release day and is given through ``add``.
    ``skip`` holds inside a model's name; the position is where the name (or the list of
    names) ends, so that the name is what it is said of.
    """
    found: list[tuple[int, str]] = []
    if _HYPOTHETICAL.match(text) or text.rstrip().endswith("?"):
        return found
    lowered = text.lower()

    def keep(end: int, date_at: Sequence[int], named_subject: bool = False) -> None:
        if any(p == end for p, _ in found):
            return
        if named_subject and _CLAUSE_CUT_AT.match(text, end):
            # "X was succeeded by Y — …": a clause cut right after Y leaves the value to the
            # clause after it, which falls back on the subject X; say nothing rather than that
            return
        found.append((end, "released"))
        for at in date_at:
            value = _date_right_after(text, at, published)
            if value is not None:
                add("release_date", value, end)
                return

    if V.may_hold(lowered, _SUCCEEDED_KEYS):
        for m in _SUCCEEDED_BY.finditer(text):
            passive = _PASSIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if passive is None or (
                m.group(0)[:8].lower() == "followed" and not passive.group("aux")
            ):
                continue  # "Claude leads, followed by X": a ranking, not a succession
            if _UNSAID_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "will be replaced by X": a plan
            end = _object_name(text, m.end(), skip)
            if end is None or negated(text, m.start()) or _held_near(statuses, m.end(), end):
                continue
            gap = m.span("gap") if m.group("gap") else None
            named = bool(passive.group("aux")) and skip(max(0, passive.start() - 2))
            keep(end, (gap[0],) if gap else (end,), named)
    if V.may_hold(lowered, _LINE_KEYS) and " with " in lowered:
        for m in _LINE_BEGAN.finditer(text):
            end = _object_name(text, m.end(), skip)
            if end is None or negated(text, m.start("verb")):
                continue
            if _UNSAID_BEFORE.search(text, max(0, m.start() - 30), m.start("verb")):
                continue
            if any(v != "released" for _, v in statuses) or _SHOWN_ONLY.search(text):
                continue  # "the line began with X, previewed in April": shown, not out
            gap = m.span("gap") if m.group("gap") else None
            at = (gap[0],) if gap else (end,)
            if m.group("verb").lower() in ("begins", "starts") and not any(
                _date_right_after(text, a, published) for a in at
            ):
                continue  # "the lineup starts with X": a list's order, no event
            keep(end, at)
    if V.may_hold(lowered, V.PLATFORM_KEYS) or V.may_hold(lowered, V.OFFERS_KEYS):

        def since(verb: int, end: int) -> None:
            value = _since_day(text, verb, published)
            if value is not None:
                add("release_date", value, end)

        found.extend(_read_where_had(text, lowered, statuses, skip, found, since))
    return found


#: a clause break right at a position (extractors/clauses.py cuts there): " — ", ";"
_CLAUSE_CUT_AT = re.compile(r"\s[—–]\s|;")


def _since_day(text: str, verb: int, published: dt.date | None) -> str | None:
    """Return the day of a fronted "since July," before "Meta has offered" at ``verb``.

    The maker offering its own model since a day gives the day it came out; another
    offering it since a day ("AWS has hosted X since October") may have come later.
    """
    if published is None or "ince" not in text[:verb] or not DATE_HINT.search(text[:verb]):
        return None
    for date in find_dates(text[:verb], published):
        since = text[date.start : date.start + 6].lower() == "since " or bool(
            _SINCE_MAKER_BEFORE.search(text, max(0, date.start - 8), date.start)
        )
        if since and _MAKER_HAS_AFTER.fullmatch(text, date.end, verb):
            value = date.values[-1]
            return value if _before_post(value, published) else None
    return None


def _read_where_had(
    text: str,
    lowered: str,
    statuses: Sequence[tuple[int, str]],
    skip: Callable[[int], bool],
    found: Sequence[tuple[int, str]],
    dated: Callable[[int, int], None],
) -> list[tuple[int, str]]:
    """Return (position, "released") for a model said to be had somewhere.

    "Model Garden offers two Llama 4 models: X and Y", "Bedrock provides access to Meta's
    X" (a provider or the maker offers it), "X and Y are already live on Hugging Face" (it
    stands on a platform), "you can download X from llama.com" (a guide's reader can get it).
    ``dated(verb, end)`` reads the day a maker's offer began ("since July, Meta has …").
    """
    had: list[tuple[int, str]] = []
    taken = {p for p, _ in found}

    def keep(name: int, end: int, verb: int) -> bool:
        if end in taken or negated(text, verb) or _held_near(statuses, name, end):
            return False
        if _UNSAID_BEFORE.search(text, max(0, verb - 50), verb):
            return False  # "Groq will host X", "if Bedrock offers X": not said to be so
        if _OPENS_ON_CONDITION.match(text) or V.FUTURE_WORDS.search(text[:verb]):
            return False  # "Once it ships, you can download X": a time still to come
        taken.add(end)
        had.append((end, "released"))
        return True

    if V.may_hold(lowered, V.OFFERS_KEYS):
        for m in V.OFFERS_MODEL.finditer(text):
            end = _object_name(text, m.end(), skip)
            subject = text[: m.start()].rstrip()
            if end is None or (subject and skip(len(subject) - 1)):
                continue  # no model offered, or a model offering something
            if keep(m.end(), end, m.start()):
                dated(m.start(), end)
    if not V.may_hold(lowered, V.PLATFORM_KEYS):
        return had
    for m in V.ON_PLATFORM.finditer(text):
        if m.start() == 0 or not skip(m.start() - 1):
            continue  # the subject is no model's name
        name = _name_start(skip, m.start())
        if _OBJECT_OF_BEFORE.search(text, max(0, name - 30), name):
            continue  # "a fine-tune of X is on Hugging Face": the name ends another subject
        keep(name, m.start(), name)
    for m in V.YOU_CAN_GET.finditer(text):
        end = _object_name(text, m.end(), skip)
        if end is None:
            continue
        verb = m.group(0).split()[-1].lower()
        if verb not in ("download", "grab", "pull", "fetch") and not _PLATFORM_AFTER.match(
            text, end
        ):
            continue  # "you can run X on a laptop": what it runs on, not where it is had
        keep(m.end(), end, m.start())
    return had


#: a sentence that opens on a time or a condition still to come ("Once it ships, …", "If
#: Meta opens it, …", "When Llama 5 lands, …"): what its main clause says is not so yet
_OPENS_ON_CONDITION = re.compile(
    r"\s*(?:once|if|unless|when|whenever|as soon as|until|after)\b(?![^,]{0,80}?\b(?:was|were|"
    r"had|did|came|went|dropped|released|launched|shipped|arrived|landed)\b)",
    re.I,
)
#: "since August, Meta has offered X": the maker's offer began on that day, its release
_SINCE_MAKER_BEFORE = re.compile(r"\bsince\s+$", re.I)
_MAKER_HAS_AFTER = re.compile(
    r"\s*,\s*(?:Meta|Facebook|the company|we)\s+(?:(?:has|have)\s+)?$", re.I
)


#: a platform right after a name, a list of further names allowed between ("X and Y from
#: Hugging Face")
_PLATFORM_AFTER = re.compile(
    r"(?:(?:,\s*|\s+and\s+)[\w.-]+(?:\s+[\w.-]+){0,3}?)?\s+(?:from|on|at|via|through|in)\s+"
    + V.DISTRIBUTION_PLATFORM
    + r"(?![\w-])",
    re.I,
)


#: "Muse Spark is here", "Llama 4 is finally here!": a headline or lead saying the model
#: has arrived; it arrived on the day of the post (not "is here to stay", "is here today?")
_IS_HERE = re.compile(
    r"^[^.;:!?]{0,60}?(?<![\w-])(?P<verb>is|are)\s+(?:finally\s+|now\s+|officially\s+)?here"
    r"(?=\s*(?:$|[.!:;,—–]|-\s|\s+(?:and|with|but)\b))",
    re.I,
)


def _read_is_here(text: str, published: dt.date, add: Add, skip: Callable[[int], bool]) -> None:
    """Date a model "is here" statement: the post's day (its month for a month-only date)."""
    m = _IS_HERE.search(text)
    if not m or skip(m.start("verb")) or negated(text, m.end() - 4):
        return
    if V.FUTURE_WORDS.search(text[: m.end()]):
        return  # "Llama 5 will soon be here"
    value = published.isoformat()[:7] if is_month_only(published) else published.isoformat()
    add("release_date", value, m.start("verb"))


#: "… later this year — possibly as soon as July": a tail that narrows the plan before it
_EARLIEST_TAIL = re.compile(
    r"[\s,;—–-]*(?:(?:possibly|perhaps|maybe|likely|probably|and|or|but)\s+)?"
    r"as (?:soon|early) as\b",
    re.I,
)


def _with_earliest_tails(
    text: str, clauses: Sequence[tuple[int, int]]
) -> Sequence[tuple[int, int]]:
    """Join an "as soon as July" tail to the clause whose plan it narrows."""
    joined: list[tuple[int, int]] = []
    for clause in clauses:
        if joined and _EARLIEST_TAIL.match(text, clause[0], clause[1]):
            joined[-1] = (joined[-1][0], clause[1])
        else:
            joined.append(clause)
    return joined


#: "Llama 4-V, to follow later", "with Behemoth to follow": a name (or an appositive's
#: comma) right before; a common noun ("steps to follow") names no model
_NAME_BEFORE_FOLLOW = re.compile(r"(?:,|\b[A-Z][\w.-]*|\b\d[\w.-]*)\s*$")
#: a date used as an adjective of an event noun: "the April 2025 launch", "its 2024 event"
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:launch|release|debut|rollout|event|keynote|conference)\b", re.I
)
#: a release denied outright ("not yet releasing", "hasn't shipped"); "not … until May" is
#: a target and keeps its date
_NOT_RELEASING = re.compile(
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:be(?:en|ing)?\s+)?(?:publicly\s+)?"
    r"(?:releas|launch|ship|open[\s-]sourc)\w*(?![^.;]{0,40}?\buntil\b)",
    re.I,
)
#: a full stop glued to the next sentence's capital ("applications.In 2024"), as the
#: sentence splitter reads it: the text after it is another sentence
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]+\s)")
#: "press release", "news release": a noun, not the model's release
_NOUN_RELEASE = re.compile(r"\b(?:press|news|media)[\s-]+$", re.I)
#: "a day after", "two weeks before": a date reckoned from another event
_OFFSET_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|hours?)\s+(?:after|before|later|earlier)\b",
    re.I,
)
_REPORT_DATE = re.compile(
    r"\b(?:status|state|situation|picture|story|update)\s+(?:in|as of|for)\s+$|\bas at\s+$", re.I
)
_MISSED_BEFORE = re.compile(
    r"\b(?:missed|missing|misses|past|beyond|blew through|slipped from)\s+(?:its|the|a|an|their)?"
    r"\s*(?:planned|original|initial|earlier|scheduled|targeted|self-imposed)?\s*$",
    re.I,
)
#: a date that ends the training data: "a December 2023 knowledge cutoff", "data cutoff of
#: March 2024"
_CUTOFF_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,2}?[\s-]+(?:cut-?offs?|cut-off date)\b", re.I)
_CUTOFF_BEFORE = re.compile(
    r"\b(?:cut-?offs?|cut-off)(?:\s+date)?\s*(?:of|is|was|:|at|in|to|from)?\s*"
    r"(?:early\s+|late\s+|mid-?\s*|the end of\s+)?$",
    re.I,
)
#: "from this month (March 2026) to": the date named twice, the second time in brackets
_MISSED_FROM = re.compile(
    r"\bfrom\s+(?:(?:this|next|that|the|its)\s+(?:month|quarter|year|week|spring|summer|"
    r"autumn|fall|winter)\s*\(\s*)?(?:early\s+|late\s+|mid-?)?$",
    re.I,
)
#: the new day after the missed one, a bracketed restatement allowed in between (German
#: moves "von Sommer 2025 auf Herbst", from summer 2025 to the fall)
_TO_NEW_DATE_AFTER = re.compile(r"(?:\s*\([^()]{0,30}\))?[^.;(]{0,6}\b(?:to|auf)\b", re.I)
#: a date that opens on the start of a move ("from March", German "von Sommer 2025")
_MOVE_FROM_OWN = re.compile(r"(?:from|von|vom)\b", re.I)
#: a verb that moves a release off its day: a "from" day after it is the day left
_MOVED_BEFORE = re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+back|"
    r"(?:pushed|moved|slipped|shifted)|verschoben|verschiebt)\b[^.;]{0,80}$",
    re.I,
)


#: what stands between the day a launch was moved and the day it was moved to: "In May,
#: Meta delayed X to the fall", "in April the company pushed the launch to June"
_MOVED_TO_BETWEEN = re.compile(
    # (no release verb before the move: "On April 5 Meta released X and moved Y to June"
    # dates X's release)
    r"(?:(?!\b(?:released|launched|shipped|debuted|unveiled|introduced|announced|rolled out|"
    r"dropped|open[\s-]sourced|arrived|landed)\b)[^.;])*?\b(?:delay(?:s|ed|ing)|"
    r"postpon(?:es|ed|ing)|push(?:es|ed|ing)|mov(?:es|ed|ing)|"
    # (the later date may hold its own "to": "to June" is read as one date)
    r"slipp?(?:ed|s|ing)|shift(?:s|ed|ing))\b[^.;]*?(?:\b(?:to|until|into)\s+(?:at\s+least\s+)?"
    r"|\s)",
    re.I,
)


_MOVE_KEYS = ("delay", "postpon", "push", "mov", "slip", "shift")
#: the date is itself a move's target: "was pushed to autumn 2025, following an earlier
#: delay to July" (the verb form only: "an earlier delay" is read by _new_target_span)
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:delay(?:s|ed|ing)|postpon(?:es|ed|ing)|push(?:es|ed|ing)|mov(?:es|ed|ing)|"
    r"slipp?(?:ed|s|ing)|shift(?:s|ed|ing))\b[^.;]{0,60}?\b(?:to|until|into)\s+"
    r"(?:at\s+least\s+)?(?:the\s+)?$",
    re.I,
)
#: a release put off until a day: "delayed until", "not be released until at least"
_UNTIL_TARGET = re.compile(
    r"\b(?:delayed|postponed|pushed(?:\s+back)?|held(?:\s+back)?|(?:not|n't|never)\s+"
    r"(?:\w+\s+)?(?:be\s+)?(?:released|launched|shipped|arrive|launch|ship|come out|"
    r"available))\s+until\s+(?:at\s+least\s+|the\s+)?$",
    re.I,
)


#: ", the New York Times reported", ", the company said": a source named after what it said
_ATTRIBUTION_SUBJECT = re.compile(r",\s*(?:[\w’'.&-]+\s+){0,6}$")
#: what may end such a closing report: the source named after its verb ("…, reported the
#: Financial Times"), its own day, then the sentence's end or a comma
_ATTRIBUTION_END = re.compile(
    r"(?:\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?"
    r"\s*(?:(?i:on|last|this|earlier|late)\s+\w+(?:\s+\d{1,2})?|(?i:in)\s+an?\s+\w+(?:\s+\w+)?)?"
    r"\s*(?:[,.;:)]|$)"
)


def _trailing_attribution(clause: str, date: DateMention, speech: re.Match[str]) -> bool:
    """Whether a speech verb only closes a sentence that already gave its release and day.

    "… delayed X to at least May, the New York Times reported on Thursday": the report
    comes after the day, set off by a comma, and ends the sentence, so the day is what was
    reported, not the report's.
    """
    return (
        speech.start() >= date.end
        and _ATTRIBUTION_SUBJECT.search(clause, date.end, speech.start()) is not None
        and _ATTRIBUTION_END.match(clause, speech.end()) is not None
    )


#: "X has been available since July": the model, right before, out since that day (not
#: "available on Bedrock since October": a platform may have taken it up later)
_AVAILABLE_SINCE = re.compile(
    r"\b(?:has|have)\s+been\s+(?:(?:publicly|openly|freely|generally|widely)\s+)?available\s+"
    r"(?:since\s+)?$",
    re.I,
)


#: "Meta stated on the 8th that it has released X": wire copy dates the release by
#: the statement that it has happened
_SAID_ON_BEFORE = re.compile(r"\b(?:said|announced|confirmed|stated)\s+(?:on\s+)?$", re.I)
_THAT_IT_RELEASED = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*that\s+(?:it|they|Meta|the company|we)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:officially\s+|publicly\s+)?(?:released|launched|unveiled|"
    r"debuted|shipped|open[\s-]sourced|rolled out)\b",
    re.I,
)


def date_belongs_to_release(clause: str, date: DateMention) -> bool:
    """Return True when a date in a clause dates the release, not the statement."""
    # "until March" may be matched as part of the date: read its lead word as before it
    lead = re.match(r"(?:until|since|through)\b(?:\s+at\s+least)?\s*", clause[date.start :], re.I)
    head_end = date.start + (lead.end() if lead else 0)
    before = clause[max(0, head_end - 24) : head_end].lower()
    # "delayed until fall 2025", "won't ship until at least May": the day it is put off to
    target_until = bool(_UNTIL_TARGET.search(clause, 0, head_end))
    if target_until or _AVAILABLE_SINCE.search(clause, max(0, date.start - 60), date.start):
        pass  # ("has been available since July": the day it became available)
    elif date.kind != "day_word" and re.search(
        r"\bas of\s+(?:early\s+|mid-?\s*|late\s+|the end of\s+)?$|\bsince\s*$|\bthrough\s*$|"
        r"\buntil\s*$|\bstops? at\s*$",
        before,
    ):
        return False
    triggers = _release_triggers(clause)
    if not triggers:
        return False
    nearest = min(triggers, key=lambda m: abs(m.start() - date.start))
    if not target_until and _NEGATED_DATE_TRIGGER.search(
        clause[max(0, nearest.start() - 20) : nearest.start()]
    ):
        return False
    planned_before = any(t.end() <= date.start for t in triggers)
    speech = [
        m
        for m in V.SPEECH_VERB.finditer(clause)
        if not (planned_before and _trailing_attribution(clause, date, m))
    ]
    distance = abs(nearest.start() - date.start)
    said_released = _SAID_ON_BEFORE.search(clause, 0, date.start) and _THAT_IT_RELEASED.match(
        clause, date.end
    )
    if speech and min(abs(m.start() - date.start) for m in speech) < distance and not said_released:
        return False
    if distance > 80 and "(" in clause:
        # "the release of its artificial intelligence (AI) model, X, to the first quarter":
        # a short bracketed acronym between the verb and the day does not carry it away
        low, high = sorted((nearest.end(), date.start))
        distance -= sum(len(m.group(0)) for m in _SHORT_BRACKET.finditer(clause, low, high))
    if distance > 80 and nearest.start() < date.start:
        # "Meta debuted X, its first model from the new lab under …, on April 8": an
        # aside between commas does not carry the day away from the verb
        aside = _ASIDE_THEN_DATE.search(clause, nearest.end(), date.start)
        if aside:
            distance -= aside.end("aside") - aside.start("aside")
    return distance <= 80


#: "recently released": some time before the post, never its "today"
_RECENTLY_RELEASED = re.compile(
    r"\brecently\s+(?:been\s+)?(?:released|launched|unveiled|introduced|shipped|"
    r"open[\s-]sourced|made available)\b",
    re.I,
)
_SHORT_BRACKET = re.compile(r"\s?\([A-Z][A-Za-z]{1,5}s?\)")
#: an appositive set off by commas right before the date's preposition ("…, its first model
#: from the new lab …, on April 8"); not a relative clause with an event of its own
_ASIDE_THEN_DATE = re.compile(
    r"(?P<aside>,\s+(?:its|the|a|an|Meta[’']s|their)\s+(?:(?!(?:that|which|who|whom|whose|"
    r"and|but)\b)[^,;:.!?()\s]+\s+){1,20}?[^,;:.!?()\s]+),\s+(?:on|in)\s+$"
)


#: "no" and a word that is not a Spanish verb form ("no formato", "no site", "no mercado")
_NO_BEFORE_NOUN = re.compile(
    r"no\s+(?!(?:se|lo|la|los|las|le|les|me|nos)\s)(?!(?:pod|pued|deb|quier|sab|hab|hay|"
    r"ser|est|tien|ten|va|fue|es|son)\w*\b)(?!\w+(?:ían|aron|ieron|aban|rán|ó|ió|aba|ía|"
    r"ará|erá|irá|ar|er|ir|ndo)\b)",
    re.I,
)


def negated(text: str, pos: int, allow: Sequence[str] = ()) -> bool:
    """Return True when a negation governs the word at ``pos`` (same clause, just before)."""
    before = text[max(0, pos - 40) : pos]
    lowered_before = before.lower()
    found = V.NEGATION_BEFORE.search(before) if _has(lowered_before, _NEGATION_KEYS) else None
    if found and L.reading_other_language() and _NO_BEFORE_NOUN.match(found.group()):
        # in another language "no" before a noun is not the English denial: Portuguese
        # "no formato de pesos abertos" is "in the"; before a verb ("no podrían
        # descargar") it still denies
        found = None
    if not found and L.reading_other_language():
        # the verb phrases of other languages run longer ("n'a pas retenu l'architecture")
        before = text[max(0, pos - 60) : pos]
        if _has(before.lower(), _FOREIGN_NEGATION_KEYS):
            found = V.FOREIGN_NEGATION_BEFORE.search(before)
    if not found:
        return False
    # A clause or sentence break between the negation and the trigger ends its scope; a
    # negation after the last break still governs it ("no open weights, no downloadable
    # checkpoints": the second "no" denies the second item, not the first)
    breaks = list(re.finditer(r"[,;:.!?]\s", before[found.start() :]))
    if breaks:
        tail = before[found.start() + breaks[-1].end() :]
        if not _has(tail.lower(), _NEGATION_KEYS) or not V.NEGATION_BEFORE.search(tail):
            return False
    phrase = text[max(0, pos - 40) : pos + 20].lower()
    return not any(a in phrase for a in allow)


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


_KEY_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _has(lowered: str, keys: tuple[str, ...]) -> bool:
    """Return True if any of ``keys`` occurs in ``lowered`` (a cheap gate before a regex)."""
    pattern = _KEY_PATTERNS.get(keys)
    if pattern is None:
        pattern = _KEY_PATTERNS[keys] = V.key_pattern(keys)
    return pattern.search(lowered) is not None


has_any = _has


def has_other_language_keys(lowered: str, attribute: str) -> bool:
    """Return True when, in a post of another language, an attribute's own words occur."""
    keys = _FOREIGN_KEYS.get(attribute, ())
    return bool(keys) and L.reading_other_language() and _has(lowered, keys)


_NEGATION_KEYS = (
    "not", "never", "no", "n't", "n’t", "nor", "without", "neither", "hardly", "yet", "rather",
    "instead", "unable",
)  # fmt: skip
_FOREIGN_NEGATION_KEYS = (*L.gate_keys("negation"), "no")
#: the same gates for the words of other languages (tested only in such a post)
_FOREIGN_KEYS = {
    "shelved": L.gate_keys("shelved"),
    "upcoming": L.gate_keys("upcoming"),
    "released": L.gate_keys("released"),
    "openness": L.gate_keys("open_weights") + L.gate_keys("closed") + L.gate_keys("research_only"),
    "context_window": L.gate_keys("context") + L.gate_keys("tokens"),
    "architecture": V.FOREIGN_ARCHITECTURE_KEYS,
}


def _gate(lowered: str, keys: tuple[str, ...], kind: str) -> bool:
    """Return True when the English keys or, in a post of another language, its keys occur."""
    if _has(lowered, keys):
        return True
    return L.reading_other_language() and _has(lowered, _FOREIGN_KEYS[kind])


_SHELVED_KEYS = (
    "shelv", "scrap", "cancel", "abandon", "axed", "killed", "discontinu", "mothball",
    "indefinite", "hold", "never", "not", "n't", "plans", "dead", "plug", "halted", "stopped",
    "suspended", "ended", "froze", "paused",
)  # fmt: skip
_UPCOMING_KEYS = (
    "upcoming", "forthcoming", "develop", "built", "train", "works", "coming", "will", "would",
    "to be", "to launch", "to release", "expected", "slated", "scheduled", "set ", "planned",
    "poised", "due", "tipped", "plan", "yet", "n't", "not", "preview", "peek", "teased",
    "next", "working", "cooking", "announced", "delay", "postpon", "push", "slip", "target",
    "testing", "building", "previewing", "unreleased", "start", "began", "begun", "launching",
    "releasing", "shipping", "debuting", "rolling out", "preparing",
    "readying", "prepping", "drift",
    "completed", "finished", "wrapped up", "phase", "stage", "way", "to follow",
    # the hedged verbs V.UPCOMING reads ("could arrive in 2026", "may launch next year")
    "could", "may ", "might",
)  # fmt: skip
_RELEASED_KEYS = (
    "releas", "launch", "debut", "ship", "rolled", "open-sourc", "open sourc", "availab",
    " out", " live", " here", "download", "market", "went", "goes", "dropped", "'s out",
    "fetch", "publish", "rolling out", "gave us", "gives us", "brought us", "brings us",
    "introduced", "announced the", "ready for",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SentenceReader:
    """A reader of an attribute that one sentence states, with the words that gate it."""

    attribute: str
    #: lower-case fragments; the reader runs only on a sentence holding one of them
    #: (a substring test is far cheaper than the reader's patterns)
    keys: tuple[str, ...]
    read: Callable[[str, Add], None]


#: The readers that need nothing but the sentence, in the order the extractor runs them.
#: A new attribute whose value a sentence states is its reader and one row here.
_OPENNESS_KEYS = (
    "open", "closed", "proprietary", "api", "research", "internal", "weights", "download",
    "fetch", "self-host", "access", "approved", "vetted", "selected", "picked", "whitelisted",
)  # fmt: skip
SENTENCE_READERS: tuple[SentenceReader, ...] = (
    SentenceReader("context_window", ("context", "window", "tokens"), read_context),
    SentenceReader("architecture", ("expert", "moe", "dense"), read_architecture),
    SentenceReader(
        "modalities",
        ("@modalities", "text", "image", "audio", "video", "speech", "voice", "vision", "photo"),
        read_modalities,
    ),
    SentenceReader("openness", _OPENNESS_KEYS, read_openness),
)


# --- a member of a list held back by the words around its name ------------------------------
#: the attributive words before a name that hold that member back and that the list
#: readers do not know: "Scout, Maverick and the still-training Behemoth", "the
#: as-yet-unreleased Behemoth", "the not-yet-available Behemoth"
_HELD_WORDS_BEFORE = re.compile(
    r"\b(?:the|an?|its|their)\s+(?:(?:even|much|far)\s+)?(?:(?:larger|bigger|smaller)\s+)?"
    r"(?:still[\s-]training|(?:as|still)[\s-]yet[\s-]unreleased|yet[\s-]unreleased|"
    r"not[\s-]yet[\s-](?:released|available|launched|shipped))\s+"
    # "the still-training giant Behemoth", not "the still-training runs of Llama 4"
    r"(?:(?!(?:of|for|from|on|with|and|or|than|to)\b)[\w'’\"“”-]+\s+){0,2}$",
    re.I,
)
#: the same words right after the name, set off by a comma or a bracket: "Behemoth (not
#: yet available)", "Behemoth, not yet released, …", "Behemoth, which is not yet out"
_HELD_WORDS_AFTER = re.compile(
    r"[\"”’']?\s*[,(]\s*(?:(?:which|that)\s+(?:is|remains)\s+)?(?:still\s+)?not\s+yet\s+"
    r"(?:released|available|launched|shipped|out)\b"
    # (not "X (not yet available in the EU)", "… on Bedrock": a place it has not reached)
    r"(?!\s+(?:in|to|for|on|via|through|outside|across|at)\b)",
    re.I,
)
_HELD_WORDS_KEYS = ("still-training", "still training", "unreleased", "not yet", "not-yet")


def held_by_words(text: str, names: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Return the named members that words right before or after their name hold back.

    ``names`` are (model, start, end) of the model names in ``text``. Each member found
    comes with the span of the words that hold it back, as the binding's own list of
    held members has it: the release the sentence tells of is not said of that member.
    """
    lowered = text.lower()
    if not any(key in lowered for key in _HELD_WORDS_KEYS):
        return []
    held = []
    for name, start, end in names:
        before = _HELD_WORDS_BEFORE.search(text, max(0, start - 60), start)
        if before:
            held.append((name, before.start(), start))
            continue
        after = _HELD_WORDS_AFTER.match(text, end)
        if after:
            held.append((name, end, after.end()))
    return held
