"""Cut a post's text into the units facts are read from: sentences, list items, table rows.

Each unit keeps its raw text (the evidence a reader sees, exact up to whitespace) and a
clean copy for matching, with Markdown links, emphasis, escapes, wiki links, inline
HTML and common mojibake removed. Hard line breaks inside a sentence (common in pasted
text) are joined; headings, bullets and table rows stay units of their own. A label or
table header that names an attribute gives the cue that makes its value readable
("Context" → "context length of"): units need it to read fields glued to their values.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from llamawatch.extractors import languages

_FENCE = re.compile(r"^\s*(```|~~~)")
_BULLET = re.compile(r"^\s*(?:[-*+•▪◦·]|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
#: "#Meta #AI #OpenSource #Behemoth": tags for search, not statements
_HASHTAG = re.compile(r"(?<!\S)#[^\W\d]\w*")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]*_]*\s*(?:\S*[^\w\s.,;:]\S*)?$")
_FUNCTION_END = re.compile(
    r"\b(?:the|a|an|of|and|or|like|has|have|is|are|was|were|to|for|with|as|by|in|on|that|"
    r"which|its|their|from|than|at|but)$",
    re.I,
)
#: footnote marks after a full stop ("… in 2024.[^2][^3] Meta …", "… weights.[4] It …")
_CITES = r"(?:\[\^?\d{1,3}\])*"
#: a page stored as JSON lists its paragraphs as strings ('… work.","The …'): the comma
#: and quote between two strings end a sentence as a space would
#: a scrape that lost the space after a full stop ("… applications.In 2024 …"): a
#: lower-case word's stop right before a capitalised word ends the sentence
_GAP = r"(\s+|(?<=[.!?]\")\s*,\s*\"(?=[A-Z])|(?<=[a-z]{4}[.!?])(?=[A-Z][a-z]*\s))"
_SPLIT = re.compile(r"[.!?]" + _CITES + r"[\"'”’)\]*_]*" + _CITES + _GAP + r"(?=\S)")
#: in a post of another language a sentence also ends at the full-width full stop,
#: exclamation and question marks of Chinese and Japanese, which need no space after them
_SPLIT_ALL = re.compile(
    r"[.!?]" + _CITES + r"[\"'”’)\]*_]*" + _CITES + _GAP + r"(?=\S)|[。！？][」』”’)）]*(\s*)(?=\S)"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|vs|etc|approx|Inc|Ltd|Corp|Co|Dr|Mr|Mrs|Ms|Jr|Sr|St|No|Fig|al|cf|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|"
    # German number words cut short after a figure: "109 Mrd. Parameter", "10 Mio. Token"
    r"(?<=\d )Mrd|(?<=\d )Mio)\.|\b[A-Z]\.)$"
)
#: the longest abbreviation ("approx.") and a final newline: a match of the pattern above
#: starts this close to the end, so only the tail of a sentence is searched
_ABBREVIATION_TAIL = 8

_MOJIBAKE = {
    "â€™": "’",
    "â€˜": "‘",
    "â€œ": "“",
    "â€\x9d": "”",
    "â€”": "—",
    "â€“": "–",
    "â€¦": "…",
    "Â ": " ",
}
_WIKI_LINK = re.compile(r"\[\[([^\]|]*)\|([^\]]*)\]\]|\[\[([^\]]*)\]\]")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_TIMESTAMP = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\]")
_ESCAPE = re.compile(r"\\([~!#*_\[\]()\-.+`|{}>])")
_STRONG = re.compile(r"\*\*|__")
#: "*word*", "_word_": the test that no letter or star precedes the mark is written after
#: the mark, so the regex engine skips straight to marks instead of testing every position
_EMPHASIS = re.compile(r"[*_](?<![\w*][*_])(?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, list item, heading or table row of a post."""

    raw: str  #: the text as written (whitespace collapsed): the evidence
    clean: str  #: the text to match against
    heading: bool = False
    block: int = 0  #: index of the paragraph / list item / row it belongs to
    table: bool = False
    urls: tuple[str, ...] = ()  #: link targets in the unit (model hub ids live there)
    #: a leading label ("**License**", "Context:"), cleaned, when the unit has one
    label: str | None = None
    #: the clean text after the label (the label's value)
    value: str = ""
    #: table rows: the row's cells and the table's header cells (cleaned)
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    bullet: bool = False  #: an item of a bulleted or numbered list
    #: a wiki infobox written as source: its "| key = value" fields, keys in lower case
    #: and values as plain text (the unit is read as a record, not as rows)
    fields: tuple[tuple[str, str], ...] = ()


#: typographic quotes to plain ones; the spaces and hyphens that keep words together
#: ("Llama\u20112", a no-break hyphen) to plain ones, so names match however they were typed
_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u200b": None,
        "`": None,
    }
)


def clean_inline(text: str) -> tuple[str, tuple[str, ...]]:
    """Return text without inline markup, and the link targets it held."""
    # Each substitution runs only when its marker is present: this is the hot path.
    if "â€" in text or "Â" in text:
        for bad, good in _MOJIBAKE.items():
            text = text.replace(bad, good)
    if "[[" in text:
        text = _WIKI_LINK.sub(lambda m: m.group(2) or (m.group(3) or "").replace("_", " "), text)
    urls: list[str] = []
    if "](" in text:
        text = _IMAGE.sub(" ", text)

        def _link(m: re.Match[str]) -> str:
            urls.append(m.group(2))
            return m.group(1)

        text = _LINK.sub(_link, text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "[" in text:
        text = _TIMESTAMP.sub(" ", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _STRONG.sub("", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\1", text)
    text = " ".join(text.translate(_QUOTES).split())
    if text[:1] in "-*+•▪◦·0123456789":
        text = _BULLET.sub("", text)
    if text.count("#") >= 2 and len(_HASHTAG.findall(text)) >= 2:
        text = " ".join(_HASHTAG.sub(" ", text).split())
    if text[:1] == "#":
        text = _HEADING.sub("", text)
    return text, tuple(urls)


#: pictographs a field may start with ("📅 Release: …", "🚀 Lanzamiento: …"), and the
#: branches of an outline tree ("│  ├── Context: 8K"), numbered when copied from a code
#: listing ("12├── Architecture: …")
_LEADING_SYMBOLS = (
    r"(?:\d{1,3}(?=[\u2500-\u257f]))?"
    r"(?:[\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff][\u2190-\u2bff\ufe0f\u200d"
    r"\U0001f000-\U0001faff\s]*)?"
)
_LABEL_BOLD = re.compile(
    r"^\s*"
    + _LEADING_SYMBOLS
    + r"(?:[-*+•]\s+|\d{1,2}[.)]\s+)?\*\*([^*]{1,40}?)\s*[:.]?\s*\*\*\s*[:.]?\s+"
)
_LABEL_PLAIN = re.compile(
    r"^\s*"
    + _LEADING_SYMBOLS
    + r"(?:[-*+•]\s+|\d{1,2}[.)]\s+)?([A-Z][\w&/()-]*(?:\s+[\w&/()'-]+){0,3})\s*:\s+"
)


#: a spec card scraped without its cell breaks: a known attribute label glued to its value
#: ("Release dateApril 5th 2025The release date …", "Context Window128K tokens")
_GLUED_LABEL = re.compile(
    r"(?:[-*+•]\s+)?(?P<label>(?i:(?:release|launch) date|released|"
    r"(?:input |max(?:imum)? )?context(?: (?:window|length))?|(?:total |active )?param(?:eter)?s|"
    r"architecture|model type|licen[cs]e|open[ -]source|open weights|weights|variants|"
    r"input modalit(?:y|ies)))"
    r"(?<=[a-z])(?P<value>[A-Z0-9~].*)"
)
#: the value's shape after each kind of label: a date, a count, a name, yes or no
_GLUED_VALUE = {
    "released on": re.compile(
        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
        r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?"
    ),
    "context length of": re.compile(r"~?\d[\d.,]*\s?[KkMm]?(?:\s+tokens)?(?![\d.,])"),
    # one size or a list of them ("8B / 70B", "8B, 70B, and 405B (dense)")
    "sizes:": re.compile(
        r"~?\d[\d.]*\s?[BMT]\b(?:(?:\s*[,/&]\s*(?:and\s+)?|\s+and\s+)~?\d[\d.]*\s?[BMT]\b)*"
        r"(?:\s+\([^)]{1,30}\))?"
    ),
    "active parameters:": re.compile(r"~?\d[\d.]*\s?[BM]\b"),
    "weights:": re.compile(r"(?:Yes|No|Open[ -]weights?)(?![a-z])"),
}
#: where the card's description of the field begins: a capital glued to the value
#: ("…2025The release date …", "…YesSpecifies …")
_GLUED_DESCRIPTION = re.compile(r"(?<=[a-z0-9)])[A-Z][a-z]")


def _glued_label(clean: str) -> tuple[str | None, str]:
    """Return the label and value of a run-together field ("Context window10m…"), if any."""
    found = _GLUED_LABEL.match(clean)
    if not found:
        return None, ""
    label, rest = found.group("label"), found.group("value")
    cue = "weights:" if label.lower().startswith("open") else label_cue(label)
    shape = _GLUED_VALUE.get(cue) if cue else None
    if shape is not None:
        figure = shape.match(rest)
        if not figure or not _GLUED_TAIL.fullmatch(rest, figure.end()):
            return None, ""  # more figures follow: a table's cells run together
        return label, figure.group(0)
    if cue not in ("license:", "architecture:", "@modalities"):
        return None, ""
    ends = [m.start() for m in _GLUED_DESCRIPTION.finditer(rest, 1)]
    end = next((e for e in ends if _DESCRIPTION.match(rest, e)), len(rest))
    # a note in brackets after the name ("(weights never released)") is not part of it
    name = rest[:end].strip().split(" (", 1)[0]
    # a name runs a few words; another capital glued inside it is the next cell
    if not 0 < len(name.split()) <= 6 or _GLUED_DESCRIPTION.search(name, 1):
        return None, ""
    return label, name


#: what may follow a value: nothing, a unit ("per token"), or the field's description
_GLUED_TAIL = re.compile(
    r"[\s.]*|\s+[a-z][a-z ]{0,30}|\s+\([^)]{1,30}\)|[A-Z][a-z]+(?:\s+[a-z'’]+){2}.*"
)


#: a description sentence ("The number of tokens …", "Specifies if …")
_DESCRIPTION = re.compile(r"[A-Z][a-z]+(?:\s+[a-z'’]+){2}")


#: labels and table headers that name an attribute → the cue that makes the value readable
_LABEL_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\boutput", re.I), ""),
    (re.compile(r"\bactive\b.*\b(?:param|size)", re.I), "active parameters:"),
    (
        re.compile(
            r"\b(?:release|launch|availability)\s*date|^released?$|^launch(?:ed)?$|^date$|"
            r"^(?:initial|first|original|public)\s+released?$",
            re.I,
        ),
        "released on",
    ),
    (
        # a training run's "Sequence Length" is not the served window; a maximum one is
        re.compile(
            # "Content Length": Meta's own Llama 2 card names its window so
            r"\bcontext|\bctx\b|^content\s+length$|\bmax(?:imum)?[\s_-]+(?:sequence|seq)[\s_-]+len|"
            r"\bmax(?:imum)? tokens",
            re.I,
        ),
        "context length of",
    ),
    (re.compile(r"\binputs?\b|\bmodalit", re.I), "@modalities"),
    (re.compile(r"\barchitecture|^(?:model )?type$", re.I), "architecture:"),
    (re.compile(r"\blicen[cs]e", re.I), "license:"),
    (re.compile(r"\bparam|\bsizes?\b|\bvariants?\b", re.I), "sizes:"),
    (re.compile(r"^status$", re.I), "status:"),
    (re.compile(r"\bweights\b|\bopenness\b|\baccess\b|\bavailability\b", re.I), "weights:"),
    # a yes/no field of a spec card ("Open source: Yes")
    (re.compile(r"^open[\s-]?sourced?\??$", re.I), "weights:"),
)

#: a release-date label of another language ("Lanzamiento", "Data de lançamento", "发布日期")
_FOREIGN_RELEASE_LABEL = re.compile(
    "|".join(languages.words("release_labels", spaced=True))
    + "|"
    + "|".join(languages.words("release_labels", spaced=False))
)


def _foreign_label(kind: str) -> re.Pattern[str]:
    return re.compile(
        "|".join(languages.words(kind, spaced=True) + languages.words(kind, spaced=False)) or "(?!)"
    )


_FOREIGN_PARAMS_LABEL = _foreign_label("params_labels")
_FOREIGN_CONTEXT_LABEL = _foreign_label("context_labels")
#: "架构" / "Dense", "模态" / "Text", "アーキテクチャ" / "Mixture-of-Experts (MoE)": a spec
#: sheet's architecture and input fields, in the sheet's language
_FOREIGN_ARCHITECTURE_LABEL = _foreign_label("architecture_labels")
_FOREIGN_MODALITY_LABEL = _foreign_label("modality_labels")


def label_cue(label: str) -> str | None:
    """Return the cue for a label that names an attribute, "" to skip it, or None."""
    label = label.strip()
    if len(label.split()) > 5:
        return None
    for pattern, cue in _LABEL_CUES:
        if pattern.search(label):
            return cue
    if languages.reading_other_language():
        lowered = label.lower()
        if _FOREIGN_RELEASE_LABEL.fullmatch(lowered):
            return "released on"
        # "| 版本 | 发布时间 | 参数规模 |", "Kontextfenster: 128K": another language's
        # header or field names the sizes or the window as the English ones do
        if _FOREIGN_CONTEXT_LABEL.fullmatch(lowered):
            return "context length of"
        if _FOREIGN_PARAMS_LABEL.fullmatch(lowered):
            return "sizes:"
        if _FOREIGN_ARCHITECTURE_LABEL.fullmatch(lowered):
            return "architecture:"
        if _FOREIGN_MODALITY_LABEL.fullmatch(lowered):
            return "@modalities"
        if not lowered.isascii():
            # "激活参数", "总参数量", "许可证", "ライセンス": a spec card's field in a script
            # of its own, named as its tables name their columns (not a bare "总", nor a
            # date: "日期" dates the page)
            header_cue = _table_header_cue(lowered)
            if header_cue in _LABEL_HEADER_CUES and (
                header_cue not in ("sizes:", "active parameters:")
                or re.search(_PARAMS_WORD, lowered)
            ):
                return header_cue
    return None


# --- table headers ---------------------------------------------------------------------
# A table's header is terser than a label: "Active", "Total", "Released", "许可证",
# "激活参数", "Params (B)". Read as a column's header, a word of this vocabulary names the
# attribute of every cell under it, in any of the languages read; a bare word ("Total",
# "Active") only where its cell has the shape of the attribute's value.


def _alternation(sources: list[str]) -> str:
    return "|".join(sorted(set(sources), key=len, reverse=True))


_ACTIVE_WORD = _alternation(
    [
        r"active",
        r"activated",
        r"act\.?",
        *languages.words("active", spaced=True),
        *languages.words("active", spaced=False),
    ]
)
_TOTAL_WORD = _alternation(
    [r"total", *languages.words("total", spaced=True), *languages.words("total", spaced=False)]
)
_PARAMS_WORD = _alternation(
    [r"param(?:eter)?s?", r"sizes?", r"counts?", r"パラメー?タ[ー]?(?:数)?", r"파라미터(?:\s?수)?"]
    + [w for w in languages.words("params_labels", spaced=True) if "(" not in w[:1]]
    + languages.words("params_labels", spaced=False)
    + [w for w in languages.words("parameters", spaced=True) if len(w) < 30]
)
#: headers of the active and of the total count, either word first ("激活参数", "parámetros
#: activos", "Total params", "总参数量", "Active"); the bare word is a short header
_ACTIVE_HEADER = re.compile(
    rf"(?:{_ACTIVE_WORD})(?:[\s_-]*(?:{_PARAMS_WORD}))?|(?:{_PARAMS_WORD})[\s_-]*(?:{_ACTIVE_WORD})",
    re.I,
)
_TOTAL_HEADER = re.compile(
    rf"(?:{_TOTAL_WORD})(?:[\s_-]*(?:{_PARAMS_WORD}))?|(?:{_PARAMS_WORD})[\s_-]*(?:{_TOTAL_WORD})",
    re.I,
)
#: header words of other attributes, by cue (whole header, lower-cased)
_HEADER_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # a timeline's date column: "发布", "时间", "日期", "年份", "公開日", "発表", "출시"
            r"release|launch|year|"
            r"(?:首次)?(?:发布|發布|發佈|推出|上线|上線|开源|開源)?(?:时间|時間|日期|年份|年月)|"
            r"(?:首次)?(?:发布|發布|發佈|推出|上线|上線)|"
            r"(?:リリース|公開|発表|登場)(?:日|時期|年月|年)?|時期|年月|日付|"
            r"(?:출시|공개|발표)(?:일|일자|시기)?|"
            r"(?:fecha|data) de (?:lanzamiento|lançamento)|data di (?:rilascio|uscita)|"
            r"date de sortie|"
            r"lanzamiento|lançamento|sortie|veröffentlicht|erschienen|rilascio"
        ),
        "released on",
    ),
    (
        # "模型参数", "模型规模", "Model size": the sizes of the row's model
        re.compile(
            r"(?:模型|モデル|最大|最高)(?:参数|參數|パラメータ)(?:量|数|數|规模|規模)?|"
            r"(?:模型|モデル)(?:规模|規模|大小|尺寸|サイズ)|(?:model|parameter) (?:size|count)s?"
        ),
        "sizes:",
    ),
    (
        re.compile(
            r"(?:许可|許可|授权|授權)(?:证|證|协议|協議|協定|条款|條款|方式)?|协议|協議|"
            r"(?:开源|開源)(?:许可|許可|协议|協議|協定)(?:证|證)?|"
            r"ライセンス|라이선스|라이센스|licencia|licença|lizenz|licenza|licenses?|licences?"
        ),
        "license:",
    ),
    (
        re.compile(
            r"(?:最大)?上下文|コンテ[キク]スト|컨텍스트(?:\s?길이|\s?창)?|contexto|contexte|"
            r"kontext|contesto|ctx|window"
        ),
        "context length of",
    ),
    (
        re.compile(
            r"(?:输入|輸入|入力|입력)(?:模态|模態|形式|类型|類型)?|entradas?|entrées?|eingabe"
        ),
        "@modalities",
    ),
    (re.compile(r"(?:架构|架構|结构|結構)(?:类型|類型)?|構造|구조|아키텍처"), "architecture:"),
)
#: a yes/no column of whether the model is open: "Open", "开源", "開放權重", "オープン"
_OPEN_HEADER = re.compile(
    r"open(?:[\s-]?(?:sourced?|weights?))?\??|(?:是否)?(?:开源|開源|开放权重|開放權重)|"
    r"オープン(?:ソース|ウェイト)?|오픈\s?소스|오픈\s?웨이트",
    re.I,
)
#: the column that names each row's model: "Model", "模型", "モデル", "Modelo"; a row of
#: it that names none of the tracked models is another lab's
_MODEL_HEADER = re.compile(
    r"(?:ai |language |open[\s-]source )?(?:models?|llms?|names?|systems?)(?: name| version)?|"
    r"模型(?:名称|名稱|名|版本)?|名称|名稱|型号|型號|"
    r"モデル(?:名)?|모델(?:명)?|modelos?|modèles?|modell|modello",
    re.I,
)
#: a column that names a version or variant of the page's model ("Version", "版本"): its
#: row may name the model only by its size
_VARIANT_HEADER = re.compile(
    r"versions?|variants?|family|families|generations?|版本|系列|世代|バージョン|버전", re.I
)
#: a unit a header gives its column's bare figures: "Params (B)", "Context (K)", "参数(亿)"
_HEADER_UNIT = re.compile(
    r"\s*[(（\[]\s*(?P<unit>[BMKT]|bn|billions?|millions?|thousands?|亿|億|十亿|十億|万|萬)"
    r"\s*[)）\]]\s*$",
    re.I,
)
_UNIT_SUFFIX = {
    "billion": "B",
    "billions": "B",
    "bn": "B",
    "million": "M",
    "millions": "M",
    "thousand": "K",
    "thousands": "K",
    "十亿": "B",
    "十億": "B",
}
_HEADER_MARKS = " :：*_`.#"
#: where a header of two names parts them ("Released / maintainer", "License (terms)")
_HEADER_PARTS = re.compile(r"\s+[/&]\s+|\s*[(（]")


@dataclass(frozen=True, slots=True)
class Column:
    """What a table's column header says of the cells under it."""

    cue: str | None  #: the cue its cells read with, "" to skip them, None if it names none
    unit: str = ""  #: the multiplier its bare figures carry ("B" for "Params (B)")
    #: a short header ("Total", "Active", "Date"): only a cell of the value's shape reads
    short: bool = False


def header_column(cell: str) -> Column:
    """Return what a table header names: the attribute of its column and any unit."""
    text = cell.strip(_HEADER_MARKS)
    unit = ""
    found = _HEADER_UNIT.search(text)
    if found:
        raw = found.group("unit")
        unit = _UNIT_SUFFIX.get(raw.lower(), raw.upper() if raw.isascii() else raw)
        text = text[: found.start()].strip(_HEADER_MARKS)
    cue = label_cue(text) if text else None
    if cue is not None:
        return Column(cue, unit)
    cue = _table_header_cue(text.lower())
    if cue is None and _HEADER_PARTS.search(text):
        # "Released / maintainer", "License (terms)": the column's first name says it
        return header_column(_HEADER_PARTS.split(text, maxsplit=1)[0])
    return Column(cue, unit, short=cue is not None)


#: the cues a field label of another script may take from the header vocabulary
_LABEL_HEADER_CUES = frozenset(
    {"active parameters:", "sizes:", "license:", "context length of", "architecture:"}
)


@functools.lru_cache(maxsize=512)
def _table_header_cue(text: str) -> str | None:
    """Return the cue a header word gives only as a table's header, or None."""
    if not text or len(text) > 40:
        return None
    if _ACTIVE_HEADER.fullmatch(text):
        return "active parameters:"
    if _TOTAL_HEADER.fullmatch(text):
        return "sizes:"
    for pattern, cue in _HEADER_WORDS:
        if pattern.fullmatch(text):
            return cue
    if _OPEN_HEADER.fullmatch(text):
        return "weights:"
    return None


def is_open_header(cell: str) -> bool:
    """Return True for the header of a yes/no column of whether the model is open."""
    return _OPEN_HEADER.fullmatch(cell.strip(_HEADER_MARKS)) is not None


def is_model_header(cell: str, *, variants: bool = True) -> bool:
    """Return True for the header of the column that names each row's model (with
    ``variants``, also one of its versions or variants)."""
    text = cell.strip(_HEADER_MARKS)
    if _MODEL_HEADER.fullmatch(text):
        return True
    return variants and _VARIANT_HEADER.fullmatch(text) is not None


def model_column(header: tuple[str, ...] | list[str]) -> int | None:
    """Return the index of the column whose header says it names the rows' models."""
    for variants in (False, True):
        for index, cell in enumerate(header):
            if is_model_header(cell, variants=variants):
                return index
    return None


#: a spec list's field in a script without capitals: "コンテキスト長: 128,000トークン",
#: "- モデル・サイズ: 700億のパラメータ", "架构: Dense" (or with the full-width colon)
_FOREIGN_FIELD = re.compile(
    r"^\s*"
    + _LEADING_SYMBOLS
    + r"(?:[-*+•]\s+|\d{1,2}[.)]\s+)?(?P<label>[^\s:：][^:：]{0,15}?)\s*[:：]\s*(?P<value>\S.*)$"
)
#: the cues such a field is read with; not a date's: "公開日: …", "发布日期: …" date the
#: article itself on blogs and news pages far more often than the model
_FIELD_CUES = frozenset(
    {"sizes:", "active parameters:", "context length of", "architecture:", "@modalities"}
)
#: a licence field counts only when it names a Llama licence: "许可协议: CC BY-SA 4.0" at
#: the foot of a blog is the article's own
_LLAMA_LICENSE_FIELD = re.compile(r"(?i:llama|meta)")
#: a longer value is a sentence of its own, read as one
_FIELD_VALUE_CHARS = 60


#: a line of Chinese, Japanese or Korean prose: a full stop inside it, or a run of their
#: characters longer than a field's value ("稠密模型" is a value; a clause is not)
_CJK_PROSE = re.compile(r"[。！？](?=.)|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\s，、]{13}")


def is_cjk_prose(text: str, *, closing_stop: bool = False) -> bool:
    """Return True for a line of Chinese, Japanese or Korean prose, not a field's value.

    ``closing_stop``: a full stop at the end may close a field's value ("コンテキスト長:
    128,000トークン。"); a value on a line of its own has none.
    """
    if text.isascii():
        return False
    return _CJK_PROSE.search(text.rstrip("。 ") if closing_stop else text + " ") is not None


def _foreign_field(clean: str) -> tuple[str, str] | None:
    """Return the label and value of a spec field written in another script, if any."""
    if (":" not in clean and "：" not in clean) or not languages.reading_other_language():
        return None
    found = _FOREIGN_FIELD.match(clean)
    if found is None or len(found.group("value")) > _FIELD_VALUE_CHARS:
        return None
    if is_cjk_prose(found.group("value"), closing_stop=True):
        return None
    label = found.group("label").strip()
    cue = label_cue(label)
    if cue not in _FIELD_CUES and not (
        cue == "license:" and _LLAMA_LICENSE_FIELD.search(found.group("value"))
    ):
        return None
    return label, found.group("value").strip()


def _label(raw: str, clean: str) -> tuple[str | None, str]:
    """Return a unit's leading label and the clean text after it ("**Input** Text only").

    ``clean`` is ``clean_inline(raw)``'s text, which the caller has already made.
    """
    found = _LABEL_BOLD.match(raw) or _LABEL_PLAIN.match(raw)
    if not found:
        field = _foreign_field(clean)
        if field is not None:
            return field
        first = raw.lstrip()[:1]
        if first.isupper() or first in "-*+•":
            return _glued_label(clean)
        return None, ""
    label, _ = clean_inline(found.group(1))
    value, _ = clean_inline(raw[found.end() :])
    return (label.strip(" :.") or None), value


def split_units(text: str) -> list[Unit]:
    """Return the units of a post, in reading order."""
    units: list[Unit] = []
    header: tuple[str, ...] = ()
    previous_kind = ""
    blocks, row_cells = _blocks(text)
    for block_index, (block, kind) in enumerate(blocks):
        if kind == "gap":
            previous_kind = kind
            continue
        if kind == "table":
            glued = row_cells.get(block_index)
            if glued is not None:
                # a row whose cells ran together: the cells its columns' shapes found,
                # matched as a pipe table's row is; the line as written is the evidence
                cells = glued
                clean, urls = " | ".join(c for c in cells if c), clean_inline(block)[1]
            else:
                cells = tuple(clean_inline(c)[0] for c in block.strip().strip("|").split("|"))
                clean, urls = clean_inline(
                    " | ".join(c.strip() for c in block.strip().strip("|").split("|"))
                )
            if previous_kind != "table":
                header = cells
                if len(cells) > 2 and cells[0].strip() and not cells[-1].strip():
                    # "8B | 70B | 405B | |": the scrape moved the blank corner cell to the end
                    header = ("", *cells[:-1])
                units.append(
                    Unit(
                        _collapse(block),
                        clean,
                        block=block_index,
                        table=True,
                        urls=urls,
                        cells=cells,
                    )
                )
            else:
                units.append(
                    Unit(
                        _collapse(block),
                        clean,
                        block=block_index,
                        table=True,
                        urls=urls,
                        cells=cells,
                        header=header,
                    )
                )
            previous_kind = kind
            continue
        previous_kind = kind
        if kind == "infobox":
            fields = infobox_fields(block)
            units.append(
                Unit(
                    _collapse(block),
                    " | ".join(f"{key} = {value}" for key, value in fields),
                    block=block_index,
                    fields=fields,
                )
            )
            continue
        if kind == "para" and "\n" not in block and _SHORT_TITLE.match(block):
            kind = "heading"  # a short line of its own, unpunctuated: a section title
        if kind == "heading":
            clean, urls = clean_inline(block)
            # a spec card's field on a line of its own ("Released2024-07-23"): a title
            # of the card's model that also gives the field's value
            label, value = _glued_label(clean) if block[:1].isupper() else (None, "")
            units.append(
                Unit(
                    _collapse(block),
                    clean,
                    heading=True,
                    block=block_index,
                    urls=urls,
                    label=label,
                    value=value,
                )
            )
            continue
        for sentence in split_sentences(block):
            clean, urls = clean_inline(sentence)
            if clean:
                label, value = _label(sentence, clean)
                units.append(
                    Unit(
                        _collapse(sentence),
                        clean,
                        block=block_index,
                        urls=urls,
                        label=label,
                        value=value,
                        bullet=bool(_BULLET.match(block) or _TREE_BRANCH.match(block)),
                    )
                )
    return _name_cards(_data_headers(_pair_bulleted_fields(units)))


#: a field name of its own: a few words, no figures, no end punctuation
_BARE_FIELD_NAME = re.compile(r"[A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,3}")


def _pair_bulleted_fields(units: list[Unit]) -> list[Unit]:
    """Read a definition list scraped as bullets ("- Context Length" / "- 8,192 tokens").

    A listing's fields often come out as one bullet for the name and the next for its
    value; the value bullet is given the name as its label, as "Context Length: 8,192
    tokens" would have. Only a name that is an attribute label pairs, and only with a
    short value that is not itself a label.
    """
    for i in range(len(units) - 1):
        name, value = units[i], units[i + 1]
        if not (name.bullet and value.bullet) or name.label or value.label:
            continue
        if value.block != name.block + 1 or not _BARE_FIELD_NAME.fullmatch(name.clean):
            continue
        cue = label_cue(name.clean)
        if not cue or (cue.startswith("@") and cue != "@modalities"):
            continue
        if not 0 < len(value.clean.split()) <= 6 or label_cue(value.clean) is not None:
            continue
        units[i + 1] = replace(value, label=name.clean, value=value.clean)
    return units


def split_sentences(block: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations and decimals intact."""
    block = _collapse(block)
    if not block:
        return []
    pieces: list[str] = []
    start = 0
    other_language = languages.reading_other_language()
    for m in (_SPLIT_ALL if other_language else _SPLIT).finditer(block):
        gap = 1 if m.group(1) is not None else 2
        pieces.append(block[start : m.start(gap)])
        start = m.end(gap)
    pieces.append(block[start:])
    sentences: list[str] = []
    for piece in pieces:
        if sentences and (
            _ABBREVIATION.search(sentences[-1], max(0, len(sentences[-1]) - _ABBREVIATION_TAIL))
            or piece[:1].islower()
            or _BOLD_LABEL_ONLY.match(sentences[-1])
            or _LIST_NUMBER_ONLY.match(sentences[-1])
            or (
                other_language
                and _ORDINAL_DAY_END.search(sentences[-1])
                and _MONTH_START.match(piece)
            )
        ):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences


#: "am 5." + "April 2025": a German day is written with a full stop; the month follows
_ORDINAL_DAY_END = re.compile(r"\b(?:am|vom|zum|bis|seit|ab|den|dem|Am|Vom|Seit|Ab)\s+\d{1,2}\.$")
_MONTH_START = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b"
)
#: a branch of an outline tree ("├── Context: 8K", "12│ └── …"): an item of the tree's list
_TREE_BRANCH = re.compile(r"^\s*\d{0,3}[│┃|\s]*[├└┣┗]")
_SHORT_TITLE = re.compile(r"^\s*[A-Z][^.!?:;,]{0,60}(?<![.!?:;,])\s*$")
#: a line that is only bold text ("**What's out**") works as a heading
_BOLD_LINE = re.compile(r"^\*\*[^*]{1,60}\*\*:?$")
_LIST_NUMBER_ONLY = re.compile(r"^\s*\d{1,2}[.)]$")
_BOLD_LABEL_ONLY = re.compile(r"^\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?\*\*[^*]{1,40}\*\*\s*$")


def _blocks(text: str) -> tuple[list[tuple[str, str]], dict[int, tuple[str, ...]]]:
    """Group lines into paragraphs, bullets, headings and table rows; drop code fences.

    Also return the cells of the rows of run-together tables, by block index.
    """
    blocks: list[tuple[str, str]] = []
    row_cells: dict[int, tuple[str, ...]] = {}
    in_fence = False
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(("\n".join(current), "para"))
            current.clear()

    if "<t" in text or "<T" in text:
        text = html_tables_as_pipes(text)
    lines = _unrun_lists(_unnumber_listing(text.splitlines()))
    if "|" in text:
        lines = _join_split_rows(lines)
    # a wiki infobox's source ("{{Infobox software" / "| released = …" / "}}"): its field
    # lines are no table's rows
    boxes = _infoboxes(lines) if "{{" in text and "nfobox" in text else {}
    boxed = {at for start, end in boxes.items() for at in range(start, end)}
    headless = _headless_table_lines(lines) - boxed if "|" in text else set()
    glued = _run_together_rows(lines)
    shaped: dict[int, tuple[str, ...]] = {}
    if "\t" in text or "|" in text or "  " in text:
        delimited, shaped = _delimited_rows(lines, headless | set(glued))
        glued.update(delimited)
    for at in boxed & set(glued):
        del glued[at]
    for index, line in enumerate(lines):
        if index in boxed:
            if index in boxes:
                flush()
                blocks.append(("\n".join(lines[index : boxes[index]]), "infobox"))
            continue
        if index in glued:
            flush()
            if index - 1 not in glued and blocks and blocks[-1][1] == "table":
                blocks.append(("", "gap"))  # a new table's header, right under another table
            if index in shaped:
                # rows without a header line: the header their cells' shapes told
                row_cells[len(blocks)] = shaped[index]
                blocks.append(("", "table"))
            cells = glued[index]
            if cells:
                row_cells[len(blocks)] = cells
                blocks.append((line.strip(), "table"))
            continue  # a blank line between two of its rows does not end the table
        if index in headless:
            flush()
            if not _TABLE_RULE.match(line.strip()):
                blocks.append((line.strip(), "table"))
            continue
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        stripped = line.strip()
        if not stripped:
            flush()
            if blocks and blocks[-1][1] == "table":
                blocks.append(("", "gap"))  # a blank line ends a table: the next starts anew
            continue
        if stripped.startswith("|") or (stripped.count("|") >= 2 and _TABLE_RULE.match(stripped)):
            flush()
            if not _TABLE_RULE.match(stripped):
                blocks.append((stripped, "table"))
            continue
        if _HEADING.match(stripped) or _BOLD_LINE.match(stripped):
            flush()
            blocks.append((stripped, "heading"))
            continue
        if _BULLET.match(line):
            flush()
            current.append(stripped)
            continue
        if current and _continues(current[-1], stripped):
            current.append(stripped)
            continue
        flush()
        current.append(stripped)
    flush()
    return blocks, row_cells


# --- wiki infoboxes written as source -------------------------------------------------
# A wiki page stored as its source (a revision feed, an "action=raw" copy) keeps its
# infobox as a template: "{{Infobox software", a "| key = value" line per field, "}}". Read
# as text, its lines are one-cell table rows whose values belong to no model; read as a
# record, each field is said of the model its name field names (labels.infobox_texts), as
# the rendered box beside the article says it of the article's subject.

_INFOBOX_OPEN = re.compile(r"\{\{\s*[Ii]nfobox\b")
#: a field line: "| released = {{Start date|2023|02|24}}" (the value may be empty)
_INFOBOX_FIELD = re.compile(r"\s*\|\s*(?P<key>[A-Za-z][\w ]{0,40}?)\s*=(?P<value>.*)")
_INFOBOX_CLOSE = re.compile(r"\s*\}\}")
#: a date template ("{{Start date|2023|02|24}}", "{{start date and age|2023|2|24|df=yes}}",
#: "{{Release date|2024|7}}"): the date it writes, as an ISO date
_DATE_TEMPLATE = re.compile(
    r"\{\{\s*(?i:(?:start|release|launch)[ _]date(?:[ _]and[ _]age)?)\s*\|\s*(?P<year>\d{4})"
    r"(?:\s*\|\s*(?P<month>\d{1,2})(?:\s*\|\s*(?P<day>\d{1,2}))?)?[^{}]*\}\}"
)
#: what else a value may hold that says nothing: other templates, references, comments
_WIKI_NOISE = re.compile(
    r"<!--.*?-->|<ref\b[^>]*/>|<ref\b.*?</ref\s*>|\{\{[^{}]*\}\}|'{2,}", re.I | re.S
)
#: the most lines an infobox runs to (a page's every field, with room to spare)
_INFOBOX_LINES = 80


def _infoboxes(lines: list[str]) -> dict[int, int]:
    """Return the infoboxes written as source, as the index of their opening line and the
    index after their last field line (their closing "}}" line included)."""
    found: dict[int, int] = {}
    index = 0
    while index < len(lines):
        if not _INFOBOX_OPEN.search(lines[index]):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and end - index <= _INFOBOX_LINES:
            line = html.unescape(lines[end]) if "&" in lines[end] else lines[end]
            if _INFOBOX_FIELD.match(line):
                end += 1
                continue
            if _INFOBOX_CLOSE.match(line):
                end += 1
            break
        if end - index >= 3:  # the opening line and two fields at least
            found[index] = end
        index = end
    return found


def _wiki_value(value: str) -> str:
    """Return a field's value as plain text: its date template as an ISO date, escaped
    markup ("&lt;br /&gt;") and tags, links, other templates and references gone."""
    if "&" in value:
        value = html.unescape(value)
    if "{{" in value:

        def iso(m: re.Match[str]) -> str:
            parts = [m.group("year"), m.group("month"), m.group("day")]
            return "-".join(f"{int(p):02d}" if i else p for i, p in enumerate(parts) if p)

        value = _DATE_TEMPLATE.sub(iso, value)
    if "<" in value or "{{" in value or "''" in value:
        value = _WIKI_NOISE.sub(" ", value)
    return clean_inline(value)[0]


def infobox_fields(block: str) -> tuple[tuple[str, str], ...]:
    """Return an infobox's fields, keys in lower case with spaces for underscores."""
    fields: list[tuple[str, str]] = []
    for line in block.splitlines()[1:]:
        found = _INFOBOX_FIELD.match(html.unescape(line) if "&" in line else line)
        if found:
            key = " ".join(found.group("key").replace("_", " ").lower().split())
            fields.append((key, _wiki_value(found.group("value"))))
    return tuple(fields)


# --- HTML tables kept as markup -------------------------------------------------------
# A model card copied with its source (a README's "<table> <tr> <th>Params</th> …") keeps
# its table as tags, often on one line with the prose around it. Read as text the cells
# run into one sentence whose figures belong to no row; written out as a pipe table,
# each row is read as any table row is: under its header's cues, of the model its name
# column names. A cell spanning rows ("rowspan") holds for each row it spans.

_HTML_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table\s*>", re.I | re.S)
_HTML_ROW = re.compile(r"<tr\b[^>]*>", re.I)
#: a cell: its tag's attributes and its content, up to the next cell or the row's end
_HTML_CELL = re.compile(r"<t[hd]\b([^>]*)>(.*?)(?=<t[hd]\b|</t[hd]\s*>|</tr\s*>|$)", re.I | re.S)
_HTML_SPAN = re.compile(r"\b(row|col)span\s*=\s*[\"']?(\d{1,2})", re.I)
#: the most columns a cell may span: a wider span is a layout's, not a value's
_MAX_SPAN = 12


def _html_cell_text(content: str) -> str:
    """Return a cell's content as plain text on one line, without a pipe of its own."""
    text = _HTML_TAG.sub(" ", content)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.replace("|", "/").split())


def _fill_spanned(row: list[str], spanning: dict[int, tuple[str, int]]) -> None:
    """Add to a row the cells that spanning cells of the rows above hold at its end."""
    while len(row) in spanning:
        text, left = spanning[len(row)]
        if left > 1:
            spanning[len(row)] = (text, left - 1)
        else:
            del spanning[len(row)]
        row.append(text)


def _html_rows(body: str) -> list[list[str]]:
    """Return the rows of an HTML table's body as lists of cell texts.

    A cell with ``rowspan`` is repeated in the rows below it, one with ``colspan`` in the
    columns it covers, so that every row lines up with the header.
    """
    rows: list[list[str]] = []
    spanning: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
    for row_markup in _HTML_ROW.split(body)[1:]:
        row: list[str] = []
        for cell in _HTML_CELL.finditer(row_markup):
            _fill_spanned(row, spanning)
            spans = {k.lower(): int(n) for k, n in _HTML_SPAN.findall(cell.group(1))}
            text = _html_cell_text(cell.group(2))
            for _ in range(min(max(spans.get("col", 1), 1), _MAX_SPAN)):
                if spans.get("row", 1) > 1:
                    spanning[len(row)] = (text, spans["row"] - 1)
                row.append(text)
        while spanning and len(row) <= max(spanning):
            if len(row) in spanning:
                _fill_spanned(row, spanning)
            else:
                row.append("")
        if any(row):
            rows.append(row)
    return rows


def html_tables_as_pipes(text: str) -> str:
    """Return text with each HTML table written out as a pipe table of its own lines."""
    if "<table" not in text.lower():
        return text

    def as_pipes(found: re.Match[str]) -> str:
        rows = _html_rows(found.group(1))
        if not rows:
            return "\n"
        lines = "\n".join(f"| {' | '.join(row)} |" for row in rows)
        return f"\n\n{lines}\n\n"

    return _HTML_TABLE.sub(as_pipes, text)


def _headless_table_lines(lines: list[str]) -> set[int]:
    """Return the lines of pipe tables written without outer pipes ("Layers | 32 | 80").

    Such a table starts with a header line whose next line is a rule ("---|---|---"),
    and runs while its lines hold a "|".
    """
    found: set[int] = set()
    for index in range(len(lines) - 1):
        head, rule = lines[index].strip(), lines[index + 1].strip()
        if index in found or head.startswith("|") or "|" not in head or "|" not in rule:
            continue
        if not _TABLE_RULE.match(rule) or rule.count("|") < head.count("|") - 1:
            continue
        end = index + 2
        while end < len(lines) and "|" in lines[end] and not lines[end].strip().startswith("|"):
            end += 1
        found.update(range(index, end))
    return found


def _join_split_rows(lines: list[str]) -> list[str]:
    """Join the rows of a two-column table that a scrape broke at the cell boundary.

    "| Release Date |" then "April 5, 2025 |": the key's line opens and closes a cell,
    the value's line only closes one. Each such pair is one row again ("| Release Date |
    April 5, 2025 |"); a table needs two of them, so a stray pipe joins nothing.
    """
    pairs = [
        i
        for i in range(len(lines) - 1)
        if _KEY_CELL_LINE.fullmatch(lines[i]) and _VALUE_CELL_LINE.fullmatch(lines[i + 1])
    ]
    if len(pairs) < 2:
        return lines
    out: list[str] = []
    skip = -1
    starts = set(pairs)
    for i, line in enumerate(lines):
        if i == skip:
            continue
        if i in starts:
            out.append(f"{line.rstrip()} {lines[i + 1].strip()}")
            skip = i + 1
        else:
            out.append(line)
    return out


#: a line that is one cell ("| Release Date |"), and one that only closes a cell
_KEY_CELL_LINE = re.compile(r"\s*\|[^|]{1,60}\|\s*")
_VALUE_CELL_LINE = re.compile(r"\s*[^|\s][^|]{0,200}\|\s*")


#: a list run into one line ("… variants: - **Scout** — 109B … - **Maverick** — 400B …")
_INLINE_ITEM = re.compile(r"\s[-•*]\s+(?=\*\*\S)")


def _unrun_lists(lines: list[str]) -> list[str]:
    """Split list items that a page ran together into one line back into lines."""
    out: list[str] = []
    for line in lines:
        if "**" in line and len(_INLINE_ITEM.findall(line)) >= 2:
            first, *items = _INLINE_ITEM.split(line)
            out.append(first)
            out.extend(f"- {item}" for item in items)
        else:
            out.append(line)
    return out


def _unnumber_listing(lines: list[str]) -> list[str]:
    """Drop the line numbers of a code listing pasted as text ("1Llama 3 …", "2├── …").

    Only a run of three or more lines numbered 1, 2, 3 … with the number glued to the
    text (no "." or ")" of a numbered list) is a listing; its numbers are not the text.
    """
    if not any(line[:1] == "1" and line[1:2] and not line[1].isdigit() for line in lines):
        return lines  # the hot path: no line starts a listing
    out = list(lines)
    start = 0
    while start < len(lines):
        run = 0
        while start + run < len(lines):
            m = _LISTING_NUMBER.match(lines[start + run])
            if not m or int(m.group(1)) != run + 1:
                break
            run += 1
        if run >= 3:
            for k in range(start, start + run):
                out[k] = _LISTING_NUMBER.sub("", lines[k], count=1)
            start += run
        else:
            start += 1
    return out


#: a listing's line number: digits glued to the text, not a list's "1." or "1)"
_LISTING_NUMBER = re.compile(r"^(\d{1,3})(?![\d.)]|st|nd|rd|th|\s*$)(?=\S|\s+[^\w\s])")


def _continues(previous: str, line: str) -> bool:
    """Return True when ``line`` continues the sentence that ``previous`` left open."""
    if _SENTENCE_END.search(previous[-12:]):
        return False
    if line[:1].islower():
        return True
    return bool(_FUNCTION_END.search(previous))


def _collapse(text: str) -> str:
    return " ".join(text.split())


# --- tables whose cells ran together -------------------------------------------------
# A table scraped without its cell breaks comes out as a header line of column names
# ("ModelRelease DateModel SizesContext Length…", or with spaces between them) and one
# line per row ("Llama 2July 20237B, 13B, 70B4K…"). The header's names say what each
# cell is; the shape of a date, a list of sizes or a window finds where each ends.

#: the names of a spec or timeline table's columns, as headers write them
_COLUMN_NAMES = (
    "model",
    "models",
    "model name",
    "name",
    "version",
    "model version",
    "model id",
    "variant",
    "release date",
    "released",
    "launch date",
    "launched",
    "date",
    "model sizes",
    "model size",
    "sizes",
    "size",
    "parameters",
    "params",
    "parameter count",
    "total parameters",
    "total params",
    "active parameters",
    "active params",
    "activated params",
    "context length",
    "context window",
    "context size",
    "max context",
    "context",
    "tokenizer",
    "vocabulary",
    "vocabulary size",
    "vocab size",
    "experts",
    "layers",
    "license",
    "licence",
    "architecture",
    "type",
    "modalities",
    "modality",
    "input modalities",
    "knowledge cutoff",
    "training data",
    "training tokens",
    "tokens",
    "output modalities",
    "content length",
    "token count",
    "gqa",
    "lr",
    "special features",
    "key features",
    "features",
    "notes",
    "highlights",
    "status",
    "open weights",
    "weights",
    "availability",
    "use cases",
    "best for",
    "description",
    "key changes",
    "capabilities",
    "languages",
)
_COLUMN = re.compile(
    r"\s*((?i:"
    + "|".join(
        re.escape(n).replace(r"\ ", r"\s") for n in sorted(_COLUMN_NAMES, key=len, reverse=True)
    )
    + r"))(?![a-z])"
)
#: the first column names the model of each row
_MODEL_COLUMN_NAME = re.compile(r"(?i:model(?:s| name| version)?|name|version|variant)")
#: a header: only letters and spaces, a line of its own, far shorter than a sentence
_HEADER_LINE = re.compile(r"[A-Z][A-Za-z ]{10,150}")

_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
_SIZE_ITEM = r"(?:[A-Z][A-Za-z]*-)?~?\d+(?:\.\d+)?\s?[BMT](?:-\d{1,3}E)?\+?"
_WINDOW_ITEM = (
    r"(?:up to\s+)?~?(?:\d{1,4}(?:\.\d+)?\s?[KkM]|\d{1,3}(?:,\d{3})+|\d{4,8})(?:\s?tokens?)?"
)
_LIST_JOIN = r"(?:\s*[,/&]\s*(?:and\s+)?|\s+and\s+)"
#: the shape of a cell, by the cue of its column
_CELL_SHAPES = {
    "released on": (
        rf"(?:{_MONTH_NAME}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{_YEAR}|"
        rf"\d{{1,2}}\s+{_MONTH_NAME}\s+{_YEAR}|{_YEAR}-\d{{2}}(?:-\d{{2}})?|Q[1-4]\s+{_YEAR}|{_YEAR})"
    ),
    "sizes:": rf"{_SIZE_ITEM}(?:{_LIST_JOIN}{_SIZE_ITEM})*",
    "active parameters:": _SIZE_ITEM,
    "context length of": rf"{_WINDOW_ITEM}(?:{_LIST_JOIN}{_WINDOW_ITEM})*",
}
#: a row's first cell: a model's name, a few words
#: ("Llama 2", "Llama 3.2-Vision", "Llama 3.3 (text only)"), ending wherever the next cell
#: starts, even inside a word; a space only before a capital, a figure or a bracket, so a
#: line of prose ("Llama 3 was trained with …") is no row
_NAME_CELL = r"[A-Z](?:[\w.'’+-]|\s(?=[A-Z\d(-])|\([^()]{1,20}\)){0,40}?"
#: after a typed cell: the next cell, which does not go on with a letter or a figure
_CELL_END = r"(?![a-z\d.,])"


def _table_columns(line: str) -> tuple[str, ...]:
    """Return the column names of a run-together header line, or () if it is none."""
    stripped = line.strip()
    if not _HEADER_LINE.fullmatch(stripped):
        return ()
    columns: list[str] = []
    at = 0
    while at < len(stripped):
        found = _COLUMN.match(stripped, at)
        if found is None:
            return ()
        columns.append(found.group(1))
        at = found.end()
    if not _MODEL_COLUMN_NAME.fullmatch(columns[0]):
        # a model card's table leaves its corner blank ("Training Data Params Context
        # length …" over "Llama 3.3 (text only) A new mix … 70B … 128k"): the rows open
        # on the model's name all the same
        columns.insert(0, "Model")
    if len(columns) < 3:
        return ()
    typed = [c for c in columns[1:] if label_cue(c) in _CELL_SHAPES]
    return tuple(columns) if len(typed) >= 2 else ()


def _row_patterns(columns: tuple[str, ...]) -> list[re.Pattern[str]]:
    """Return the patterns of a row under ``columns``: the whole row's first, then ones
    that stop after an earlier typed cell (a cell the table left blank or wrote in words)."""
    cues = [label_cue(c) for c in columns]
    typed = [i for i, cue in enumerate(cues) if cue in _CELL_SHAPES]
    patterns: list[re.Pattern[str]] = []
    for last in reversed(typed):
        # a name cell before a cell of free text ends where a capital opens that text
        ahead = "" if cues[1] in _CELL_SHAPES else r"(?=\s+[A-Z])"
        parts = [rf"(?P<c0>{_NAME_CELL}){ahead}"]
        for i in range(1, last + 1):
            shape = _CELL_SHAPES.get(cues[i] or "", r"\S.*?")
            parts.append(rf"\s*(?P<c{i}>{shape})")
        patterns.append(re.compile("".join(parts) + _CELL_END))
    return patterns


def _row_cells(
    line: str, columns: tuple[str, ...], patterns: list[re.Pattern[str]]
) -> tuple[str, ...]:
    """Return a run-together row's cells, one per column ("" where none was found)."""
    for pattern in patterns:
        found = pattern.match(line)
        if found is None:
            continue
        cells = [
            found.group(f"c{i}") or "" for i in range(len(columns)) if f"c{i}" in pattern.groupindex
        ]
        rest = line[found.end() :].strip()
        if rest and len(cells) < len(columns):
            cells.append(rest)  # the next cell, and any after it, as one
        cells.extend([""] * (len(columns) - len(cells)))
        return tuple(clean_inline(c)[0] for c in cells)
    return ()


#: a key/value sheet's header, its two cells on one line ("Property Value")
_KEY_VALUE_HEADER = re.compile(
    r"(?:Property|Properties|Specification|Specifications|Attribute|Feature|Spec|Field)\s+"
    r"(?:Value|Values)"
)


def _key_value_cells(row: str) -> tuple[str, ...]:
    """Return the key and value of a key/value sheet's row written on one line
    ("Architecture Dense Transformer with GQA"), the key a known field name; else ()."""
    key = _COLUMN.match(row)
    if key is None or not row[key.end() : key.end() + 1].isspace():
        return ()
    value = row[key.end() :].strip()
    return (key.group(1), clean_inline(value)[0]) if value else ()


def _table_reader(line: str) -> tuple[tuple[str, ...], Callable[[str], tuple[str, ...]]] | None:
    """Return the columns a header line names and how to cut a row under it, or None."""
    if "Value" in line and _KEY_VALUE_HEADER.fullmatch(line.strip()):
        return tuple(line.split()), _key_value_cells
    if "aram" not in line and "ontext" not in line and "ize" not in line:
        return None  # the hot path: a header names sizes or a window among its columns
    columns = _table_columns(line)
    if not columns:
        return None
    patterns = _row_patterns(columns)
    return columns, functools.partial(_row_cells, columns=columns, patterns=patterns)


# --- tables of delimited lines -------------------------------------------------------
# A table pasted from a spreadsheet or a terminal comes as lines of cells parted by tabs,
# by runs of spaces that align the columns, or by pipes with no rule under the header
# ("Model | Active parameters | Total parameters"). A header line of column names and the
# lines under it that part into as many cells make the table; its rows are read as a
# Markdown table's are.

#: how each kind of line parts into cells
_TAB_CELLS = re.compile(r"\t")
_SPACED_CELLS = re.compile(r"\t|\s{2,}")
#: a header cell: a few words, no sentence in it
_HEADER_CELL = re.compile(r"[^.!?。！？]{0,40}")


def _split_cells(line: str, kind: str) -> list[str]:
    """Return the cells of a line of a delimited table of ``kind`` (tab, space or pipe)."""
    if kind == "pipe":
        stripped = line.strip()
        if stripped.endswith("|"):
            stripped = stripped[:-1]
        return [cell.strip() for cell in stripped.split("|")]
    splitter = _TAB_CELLS if kind == "tab" else _SPACED_CELLS
    return [cell.strip() for cell in splitter.split(line.strip())]


def _line_kind(line: str) -> str | None:
    """Return how a line could part into cells, or None for a line of one cell."""
    stripped = line.strip()
    if stripped.startswith("|"):
        return None  # a Markdown table's row, read as one
    if "\t" in stripped:
        return "tab"
    if "|" in stripped:
        return "pipe" if stripped.count("|") >= 2 else None
    if "   " in stripped or stripped.count("  ") >= 2:
        return "space"
    return None


def _header_names_columns(cells: list[str], kind: str) -> bool:
    """Return True when a line's cells read as a header of attribute columns.

    Three cells or more, each a short name without figures; two of them name attributes,
    and a third names the model's column or one more attribute (a line of aligned prose
    names none).
    """
    if len(cells) < 3 or not all(_HEADER_CELL.fullmatch(c) for c in cells):
        return False
    if sum(1 for c in cells if not c) > (0 if kind == "space" else 1):
        return False
    named = models = 0
    for cell in cells:
        if any(ch.isdigit() for ch in cell) or len(cell.split()) > 4:
            return False
        if cell and header_column(cell).cue:
            named += 1
        elif cell and is_model_header(cell):
            models += 1
    return named >= 2 and named + models >= 3


def _delimited_rows(
    lines: list[str], taken: set[int]
) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """Return the header and rows of tables of delimited lines, by line index, and the
    headers told by the cells' shapes of tables without a header line, by first row."""
    found: dict[int, tuple[str, ...]] = {}
    shaped: dict[int, tuple[str, ...]] = {}
    in_fence = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or index in taken or index in found:
            index += 1
            continue
        kind = _line_kind(line)
        header = _split_cells(line, kind) if kind else []
        at = index + 1
        headed = True
        if kind and not _header_names_columns(header, kind):
            # no header: the columns are told by the shapes of their cells
            headed = False
            header, at = _shaped_header(lines, index, kind, taken) if kind != "space" else ([], 0)
        if not kind or not header:
            index += 1
            continue
        rows: dict[int, tuple[str, ...]] = {}
        if kind == "pipe" and at < len(lines) and _TABLE_RULE.match(lines[at].strip()):
            at += 1  # a rule the headless reader did not take
        while at < len(lines) and at not in taken:
            row = lines[at]
            if not row.strip() or _line_kind(row) != kind:
                break
            cells = _split_cells(row, kind)
            if len(cells) < len(header) and kind != "space":
                cells.extend([""] * (len(header) - len(cells)))
            if len(cells) != len(header):
                break
            rows[at] = tuple(clean_inline(c)[0] for c in cells)
            at += 1
        if rows:
            if not headed:
                shaped[index] = tuple(header)  # the header the shapes gave, no line of its own
            else:
                found[index] = tuple(clean_inline(c)[0] for c in header)
            found.update(rows)
        index = max(at, index + 1)
    return found, shaped


#: a date in a cell: a month and year, a day, a quarter, a year
_CELL_DATE = (
    rf"(?:{_MONTH_NAME}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{_YEAR}|"
    rf"\d{{1,2}}\s+{_MONTH_NAME}\s+{_YEAR}|{_YEAR}-\d{{2}}(?:-\d{{2}})?|Q[1-4]\s+{_YEAR}|"
    rf"{_YEAR}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?|{_YEAR}\s*年|"
    rf"{_YEAR}\.\s?\d{{1,2}}\.?(?:\s?\d{{1,2}}\.?)?|{_YEAR})"
)


#: one size ("70B", "70亿") or a range or list of them ("70亿~650亿", "8B、70B")
_SHAPED_SIZE = rf"(?:{_SIZE_ITEM}|\d+(?:\.\d+)?\s?(?:亿|億))"
_SIZE_RANGE = (
    rf"{_SHAPED_SIZE}(?:\s*[-–~〜到至]\s*{_SHAPED_SIZE}|(?:\s*[,、/&]\s*{_SHAPED_SIZE})+)?"
)
#: the shape of a whole cell of a column without header, by the name given the column
_SHAPED_COLUMNS = (
    ("Release date", re.compile(_CELL_DATE)),
    ("Parameters", re.compile(_SIZE_RANGE)),
    ("Context length", re.compile(rf"{_WINDOW_ITEM}(?:{_LIST_JOIN}{_WINDOW_ITEM})*")),
)


def _shaped_header(
    lines: list[str], index: int, kind: str, taken: set[int]
) -> tuple[list[str], int]:
    """Return a header for rows of cells without one ("2023年2月 | LLaMA | 7B–65B"), told
    by the shapes of their cells, and the index of the first row; else ([], 0)."""
    width = len(_split_cells(lines[index], kind))
    end = index
    while (
        end < len(lines)
        and end not in taken
        and _line_kind(lines[end]) == kind
        and len(_split_cells(lines[end], kind)) == width
    ):
        end += 1
    header = _shaped_names([_split_cells(lines[at], kind) for at in range(index, end)])
    return (header, index) if header else ([], 0)


def _shaped_names(rows: list[list[str]] | list[tuple[str, ...]]) -> list[str]:
    """Return the names of the columns of rows without a header, told by their cells, or [].

    Two rows at least, of three cells or more, as many in each; a column of dates, of sizes
    or of windows in every row; the first column of other cells that are not all bare
    numbers (a rank) names the models. The other columns are of what no shape told, and
    nobody reads them.
    """
    if len(rows) < 2 or len(rows[0]) < 3 or any(len(row) != len(rows[0]) for row in rows):
        return []
    columns = list(zip(*rows, strict=True))
    header: list[str] = []
    for cells in columns:
        name = next(
            (n for n, shape in _SHAPED_COLUMNS if all(shape.fullmatch(c) for c in cells)), ""
        )
        header.append(name if name not in header else "")
    untyped = [
        i
        for i, name in enumerate(header)
        if not name and not all(c.isdigit() or not c for c in columns[i])
    ]
    if not untyped or all(not name for name in header):
        return []
    header[untyped[0]] = "Model"
    return [name or "Other" for name in header]


def _data_headers(units: list[Unit]) -> list[Unit]:
    """Give a table whose first row is data ("2023年2月 | LLaMA | 7B–65B |" over a rule, as
    a page's table without header cells is written) the header its cells' shapes tell; its
    first row is then read as a row."""
    index = 0
    while index < len(units):
        first = units[index]
        if not first.table or first.header or not first.cells:
            index += 1
            continue
        end = index + 1
        while end < len(units) and units[end].table and units[end].header == first.cells:
            end += 1
        named = any(header_column(c).cue or is_model_header(c) for c in first.cells if c)
        if end - index >= 2 and not named:
            names = tuple(_shaped_names([u.cells for u in units[index:end]]))
            if names:
                for at in range(index, end):
                    units[at] = replace(units[at], header=names)
        index = end
    return units


def _run_together_rows(lines: list[str]) -> dict[int, tuple[str, ...]]:
    """Return the header and rows of the tables whose cells ran together, by line index.

    A blank line between two rows maps to no cells. A header counts only with a row under
    it, and the table ends at the first line that does not read as a row.
    """
    found: dict[int, tuple[str, ...]] = {}
    for index, line in enumerate(lines):
        table = _table_reader(line)
        if table is None:
            continue
        columns, read_row = table
        rows: dict[int, tuple[str, ...]] = {}
        blanks: list[int] = []
        for at in range(index + 1, len(lines)):
            row = lines[at].strip()
            if not row:
                blanks.append(at)
                continue
            cells = read_row(row)
            if not cells:
                break
            rows.update(dict.fromkeys(blanks, ()))
            blanks.clear()
            rows[at] = cells
        if rows:
            found[index] = columns
            found.update(rows)
    return found


# --- cards under a name line -----------------------------------------------------------
# A comparison page lays each model out as a card: a line with the model's name, then a
# line per value ("Llama 4 Maverick" / "400.0Bparameters"; "…" / "Text" / "Images" /
# "Audio"; "…" / "Llama 4 Community License Agreement" / "Open weights"). Scraped, each
# line is a block of its own and its values belong to no sentence. Only values that say
# what they are (a count with "parameters", a licence's name, a run of input kinds, "Open
# weights") make a card; the card is read as a table row under the header those values
# imply, so a card of another lab's model is silent as its table row would be. A bare
# figure ("675.0B", a chart's label, which may stand before its name) makes none.

#: a count of parameters written with its noun, glued or not ("400.0Bparameters"), and a
#: variant's note after it ("11B parameters (vision-enabled)"): a note without figures or
#: a word of activity, which would make the count another kind of count
_CARD_COUNT = re.compile(
    r"(?P<count>~?\d+(?:[.,]\d+)?\s?[BMT])\s?(?P<active>(?i:active|activated)\s?)?"
    r"(?i:parameters|params)(?:\s+\((?![^()]*(?i:activ))[^()\d]{1,30}\))?"
)
#: one kind of input on a line of its own ("Text", "Images")
_CARD_MODALITY = re.compile(r"(?i:text|images?|audio|video)")
#: a licence's name ("Llama 4 Community License Agreement", "Apache 2.0", "MIT")
_CARD_LICENCE = re.compile(
    r"[A-Z][\w.' -]{0,40}\b(?:License|Licence)(?: Agreement)?|Apache[ -]2\.0|MIT|Proprietary"
)
#: the card's answer to whether its model is open
_CARD_OPEN = re.compile(r"(?i:open[\s-]?weights?|open[\s-]source)")
#: a name line: a few words, no end punctuation (a label line "Scout:" is read as a label);
#: a version's point is no full stop ("Llama 3.1 (July 2024)")
_CARD_NAME = re.compile(r"[A-Z](?:[^.!?:;]|(?<=\d)\.(?=\d)){0,60}(?<![.!?:;,\s])")
_CARD_NAME_WORDS = 8


def _card_value(text: str) -> tuple[str, str] | None:
    """Return the header and cell a card's value line reads as, or None."""
    count = _CARD_COUNT.fullmatch(text)
    if count:
        header = "Active parameters" if count.group("active") else "Parameters"
        return header, count.group("count")
    if _CARD_LICENCE.fullmatch(text):
        return "License", text
    if _CARD_OPEN.fullmatch(text):
        return "Open weights", "Yes"
    return None


def _alone(units: list[Unit], index: int) -> bool:
    """Whether a unit is a line of its own: no table row, list item or label, and the only
    unit of its block."""
    unit = units[index]
    if unit.table or unit.bullet or unit.label or unit.block < 0:
        return False
    before = index > 0 and units[index - 1].block == unit.block
    after = index + 1 < len(units) and units[index + 1].block == unit.block
    return not (before or after)


def _card_cells(units: list[Unit], start: int) -> tuple[list[tuple[str, str]], int]:
    """Return the header/cell pairs of the value lines from ``start`` on, and where they end.

    Each line must stand alone in the block right after the previous one; a run of input
    kinds counts only with two lines or more (a lone "Text" says nothing).
    """
    pairs: list[tuple[str, str]] = []
    at = start
    while at < len(units) and _alone(units, at) and units[at].block == units[at - 1].block + 1:
        text = units[at].clean
        if _CARD_MODALITY.fullmatch(text):
            end = at
            while (
                end < len(units)
                and _alone(units, end)
                and units[end].block == units[end - 1].block + 1
                and _CARD_MODALITY.fullmatch(units[end].clean)
            ):
                end += 1
            if end - at < 2:
                break
            pairs.append(("Input modalities", ", ".join(u.clean for u in units[at:end])))
            at = end
            continue
        value = _card_value(text)
        if value is None:
            break
        pairs.append(value)
        at += 1
    return pairs, at


def _name_cards(units: list[Unit]) -> list[Unit]:
    """Read the value lines of each card under a name line as one table row ("| Model |
    Parameters |"), the name line in its first cell."""
    if len(units) < 2:
        return units
    out: list[Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        if (
            index + 1 < len(units)
            and _alone(units, index)
            and len(unit.clean.split()) <= _CARD_NAME_WORDS
            and _CARD_NAME.fullmatch(unit.clean)
            and _card_value(unit.clean) is None
            and not _CARD_MODALITY.fullmatch(unit.clean)
            and label_cue(unit.clean) is None  # "License" over its value is a field's label
        ):
            pairs, end = _card_cells(units, index + 1)
            if pairs:
                # the name line stays a line of its own (what it holds besides the name,
                # "(109B/17B active)", is read as before); its value lines become the row
                cells = (unit.clean, *(cell for _, cell in pairs))
                out.append(unit)
                out.append(
                    Unit(
                        " ".join(u.raw for u in units[index:end]),
                        " | ".join(cells),
                        block=units[index + 1].block,
                        table=True,
                        urls=tuple(url for u in units[index + 1 : end] for url in u.urls),
                        cells=cells,
                        header=("Model", *(header for header, _ in pairs)),
                    )
                )
                index = end
                continue
        out.append(unit)
        index += 1
    return out
