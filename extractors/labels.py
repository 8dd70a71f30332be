"""Labels and table rows: what to read in a unit, and the model a row or label names.

A labelled line ("**License** …", "Context: …"), a spec line of key/value pairs, a
byline of fields or a table row becomes a sentence with its label's cue ("context
length of …"), said of the model the row names near its start, else of the model in
focus; a labelled sentence is read with the model in focus as its topic.

A table row's model is the one named in the column its header calls the model's
("Model", "模型", "モデル"), wherever it stands; each other cell reads with the cue of
its column's header (sentences.header_column: short and foreign headers, units), and a
cell under a header that names nothing is not read at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from llamawatch.extractors import languages
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.clauses import code_pairs, field_pairs, spec_pairs
from llamawatch.extractors.dates import find_dates, opens_on_dateline
from llamawatch.extractors.mentions import TOPIC, Focus, Group, Target
from llamawatch.extractors.sentences import (
    Column,
    Unit,
    header_column,
    is_model_header,
    is_open_header,
    label_cue,
    model_column,
)

_LEADING_NUMBER = re.compile(r"\s*(?:up to\s+|~\s*)?\d")

#: "Context Window 131K tokens" on a line of its own, the number right after the key (a
#: provider's spec list writes the unit in Title Case: "Context Window 8,124 Tokens")
_BARE_CONTEXT_FIELD = re.compile(
    r"^\s*(?i:context[\s-](?:window|length|size))\s+(?P<value>(?:up to\s+)?\d[\d.,]*\s?[KkMm]?"
    r"(?:\s+(?i:tokens?))?)\s*$"
)
#: "License Proprietary", "License Llama 3.1 Community License" on a line of its own: the
#: key, then a licence's name and nothing else
_BARE_LICENSE_FIELD = re.compile(
    r"^\s*(?i:licen[cs]e)\s+(?P<value>(?:Meta\s+)?[A-Z][\w.' -]{0,40}\b(?:License|Licence)"
    r"(?: Agreement)?|Apache[ -]2\.0|MIT|Proprietary)\s*$"
)
#: the first column of a comparison table names the model of each row
_MODEL_COLUMN = re.compile(
    r"(?i:(?:ai |language |open[\s-]source )?(?:models?|llms?|names?|systems?))"
)
#: the key of a spec sheet's row that names the sheet's model
_NAME_KEY = re.compile(r"(?i:(?:full |short |display |model )?name|model)")
#: a yes/no field of a spec card that says whether the model is open
_OPEN_FIELD = re.compile(r"(?i:open[\s-]?(?:sourced?|weights?))\??")
#: a yes or a no, in words of the languages read or as a mark ("✅ Yes", "是", "❌")
_YES = r"(?:[✅✓✔☑]\ufe0f?\s*)?(?i:yes|是|有|はい|예|sí|sim|oui|ja)\.?|[✅✓✔☑]\ufe0f?"
_NO = r"(?:[❌✗✘×]\ufe0f?\s*)?(?i:no|否|无|無|いいえ|아니(?:오|요)|não|non|nein)\.?|[❌✗✘×]\ufe0f?"
_YES_NO = re.compile(rf"{_YES}|{_NO}")
_YES_ONLY = re.compile(_YES)
#: a caption that opens as an indirect question, and ends without a question mark
_WH_CAPTION = re.compile(r"(?:When|How|Which|What|Where|Why)\s(?!.*[?？]\s*$)")
_RELEASE_FIELD = re.compile(r"(?:Released|Launched|Release date:?)\s+\S.{0,30}$")


def readable_texts(
    unit: Unit, focus: Focus, published: dt.date | None, groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target | None]]:
    """Return the texts to read from a unit, with a fixed target where the form gives one.

    A labelled line ("**License** …", "Context: …") or a table row becomes a
    sentence with the label's cue ("context length of …"); its subject is the model
    the row names, else the model in focus.
    """
    if unit.fields:
        return infobox_texts(unit.fields, groups_of, published)
    if unit.heading and _WH_CAPTION.match(unit.clean) and not _named(unit.clean, groups_of):
        # a section's or chart's caption put as a question without its mark ("When each
        # model was launched", "What the models offer"): it names what the section will
        # tell, and says nothing itself of the model in focus
        return []
    if unit.table:
        if not unit.header:
            return []  # the header row itself
        return table_texts(unit, focus, groups_of, published)
    if "=" in unit.raw or '":' in unit.raw or "':" in unit.raw:
        record = code_record_texts(code_pairs(unit.raw), groups_of, published)
        if record is not None:
            # a record written as code ("name=…, parameters=…, license=…"): said of the
            # model its name field names, or of none
            return record
    if "·" in unit.clean:
        # A byline of fields ("by Meta · Released July 2024 · 8 min read"): a field
        # that states a release speaks of the model the post is about.
        fields = [f.strip() for f in unit.clean.split("·")]
        released = [f for f in fields if _RELEASE_FIELD.match(f)]
        if released:
            # the byline's other fields that are "Key: value" pairs of an attribute
            # ("Context: 128K tokens·Released Jul 23, 2024·License: Llama 3.1 Community"),
            # with or without spaces around the dot, each name their value
            texts: list[tuple[str, Target | None]] = [
                (_release_sentence(f), TOPIC) for f in released
            ]
            texts.extend(_field_texts(fields, focus, groups_of))
            return texts
    pairs = field_pairs(unit.clean) or spec_pairs(unit.clean)
    if pairs:
        # A spec line ("License: llama2 Ctx Length: 4k"): each key names its value.
        return _pair_texts(pairs, focus, groups_of)
    bare = _BARE_CONTEXT_FIELD.match(unit.clean) if not unit.label else None
    if bare:
        # A spec box line without a colon ("Context Window 131K tokens"): the window
        # of the model in focus
        target = row_target(bare.group("value"), focus, groups_of)
        return [(f"context length of {bare.group('value')}", target)] if target else []
    bare = _BARE_LICENSE_FIELD.match(unit.clean) if not unit.label else None
    if bare:
        # the same box's licence line ("License Proprietary"): the licence it names
        value = bare.group("value")
        target = row_target(value, focus, groups_of, use_names=False)
        return [(f"license: {license_value('license:', value)}", target)] if target else []
    opened = yes_no_open(unit.label, unit.value) if unit.label else None
    if opened is not None:
        # a spec card's yes/no field ("Open source: Yes")
        return [(opened, row_target(unit.value, focus, groups_of))] if opened else []
    if unit.label:
        cue = label_cue(unit.label)
        if cue is not None:
            if cue == "":
                return []
            if len(unit.value.split()) <= 8:
                licence = license_value(cue, unit.value)
                target = row_target(unit.label, focus, groups_of, use_focus=False) or row_target(
                    unit.value, focus, groups_of, use_names=licence == unit.value
                )
                return [(f"{cue} {licence}", target)]
            # A labelled sentence ("**Context.** It will …"): read it with the label's
            # cue, its own subject if it names one, else the model in focus.
            if cue.startswith("@"):
                text = unit.value
            elif cue == "context length of" and _LEADING_NUMBER.match(unit.value):
                text = f"{cue} {unit.value}"  # "Context window: 10M tokens — the longest …"
            else:
                text = f"{unit.value} ({cue})"
            return [(text, TOPIC)]
        if (
            find_dates(unit.label, published)
            and not groups_of(unit.label)
            and not opens_on_dateline(unit.clean, published)  # "June 3 : Meta has …"
        ):
            return [(f"In {unit.label}, {unit.value}", None)]
    return [(english_modalities(unit.clean), None)]


#: the fields of a record written as code that name its model
_CODE_NAME_KEYS = frozenset({"name", "model", "model_name", "model_id", "display_name"})
#: the fields of a record written as code that give an attribute, by the cue they read with.
#: A closed list: code's own words for limits ("max_tokens", "vocab_size", "hidden_size")
#: would read as a window or a size under the labels' looser vocabulary.
_CODE_FIELD_CUES = {
    "parameters": "sizes:",
    "params": "sizes:",
    "parameter_count": "sizes:",
    "param_count": "sizes:",
    "num_parameters": "sizes:",
    "total_parameters": "sizes:",
    "total_params": "sizes:",
    "active_parameters": "active parameters:",
    "active_params": "active parameters:",
    "context_length": "context length of",
    "context_window": "context length of",
    "context_size": "context length of",
    "max_context": "context length of",
    "max_context_length": "context length of",
    "license": "license:",
    "licence": "license:",
    "release_date": "released on",
    "released": "released on",
    "launch_date": "released on",
    "architecture": "architecture:",
    "modalities": "@modalities",
    "input_modalities": "@modalities",
}


def code_record_texts(
    fields: Sequence[tuple[str, str]],
    groups_of: Callable[[str], Sequence[Group]],
    published: dt.date | None,
) -> list[tuple[str, Target | None]] | None:
    """Return a code record's attribute fields as texts, said of the model it names.

    The record's one name field must name one model ("Llama-2-70B-Chat"); a record of
    another lab's model, of none, or of two (a list of records on one line) says nothing
    of ours: the focus is not its subject. Fields none of which is an attribute (a page
    stored as JSON: "title", "updated", "body") are no record: None, read as text.
    """
    if not any(key in _CODE_FIELD_CUES for key, _ in fields):
        return None
    names = [value for key, value in fields if key in _CODE_NAME_KEYS]
    named = _one_model_named(names, groups_of)
    if named is None:
        return []
    target = Target(named.models)
    return [
        _field_text(cue, value, target, published)
        for key, value in fields
        if (cue := _CODE_FIELD_CUES.get(key)) is not None and value
    ]


def _one_model_named(
    names: Sequence[str], groups_of: Callable[[str], Sequence[Group]]
) -> Group | None:
    """Return the one model a record's one name field names, else None (a record of
    another lab's model, of a family, of none, or of two says nothing of ours)."""
    if len(names) != 1:
        return None
    named = _named(names[0], groups_of)
    if len(named) != 1 or named[0].generic or len(named[0].models) != 1:
        return None
    return named[0]


def _field_text(
    cue: str, value: str, target: Target, published: dt.date | None
) -> tuple[str, Target | None]:
    """Return a record field as the text its cue reads, said of ``target``."""
    if cue == "released on":
        return release_text(value, published), target
    if cue == "@modalities":
        return f"@modalities {value}", target
    return f"{cue} {license_value(cue, value)}", target


#: the fields of a wiki infobox that name its subject
_INFOBOX_NAME_KEYS = frozenset({"name", "title", "model name"})
#: the fields of a wiki infobox that give an attribute, by the cue they read with. A closed
#: list: "latest release date" dates the family's newest member, "type" and "genre" say
#: what kind of software it is, not its architecture.
_INFOBOX_FIELD_CUES = {
    "released": "released on",
    "release date": "released on",
    "initial release": "released on",
    "first release": "released on",
    "license": "license:",
    "licence": "license:",
    "parameters": "sizes:",
    "context length": "context length of",
    "context window": "context length of",
    "architecture": "architecture:",
}
#: the closing bracket of one of a field's parts, naming the model that part is said of
#: ("Llama 2 Community License (LLaMA 2)")
_PART_BRACKET = re.compile(r"\s*\((?P<names>[^()]{1,40})\)\s*$")


def infobox_texts(
    fields: Sequence[tuple[str, str]],
    groups_of: Callable[[str], Sequence[Group]],
    published: dt.date | None,
) -> list[tuple[str, Target | None]]:
    """Return a wiki infobox's attribute fields as texts, said of the model it names.

    The box's name field must name one model ("LLaMA"); a box of a family ("Llama"),
    of another lab's model or of none (a template's blank fields) says nothing. A field
    of several parts ("Llama 3 Community License (Llama 3); Llama 2 Community License
    (Llama 2)") gives each part to the model its closing bracket names.
    """
    names = [value for key, value in fields if key in _INFOBOX_NAME_KEYS and value]
    named = _one_model_named(names, groups_of)
    if named is None:
        return []
    if len(names[0][: named.start].split()) > 1 or len(names[0][named.end :].split()) > 2:
        return []  # "LLaMA", "Meta Llama 3 8B": the name and little else
    subject = Target(named.models)
    return [
        _field_text(cue, part, target, published)
        for key, value in fields
        if (cue := _INFOBOX_FIELD_CUES.get(key)) is not None and value
        for part, target in _infobox_parts(value, subject, groups_of)
    ]


def _infobox_parts(
    value: str, subject: Target, groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target]]:
    """Split a field's value at its semicolons into parts, each with the model its
    closing bracket names (the bracket dropped), else the box's own model."""
    parts: list[tuple[str, Target]] = []
    for part in value.split(";"):
        part = part.strip()
        bracket = _PART_BRACKET.search(part)
        target = subject
        if bracket and "licen" not in bracket.group("names").lower():
            named = _named(bracket.group("names"), groups_of)
            if len(named) != 1:
                continue  # a bracket of two models, or of something else: whose is unclear
            target = Target(named[0].models, named[0].generic)
            part = part[: bracket.start()].strip()
        if part:
            parts.append((part, target))
    return parts


#: a release field's verb and its date ("Released Dec 6, 2024", "Release date: July 2024")
_RELEASE_FIELD_PARTS = re.compile(r"(?P<verb>Released|Launched|Release date:?)\s+(?P<date>.*)")
_PREPOSITION = re.compile(r"(?i:on|in|at|by|since|around|about|circa|ca\.)\s")


def _release_sentence(field: str) -> str:
    """Return a byline's release field as a sentence ("Released Dec 6, 2024" → "It was
    released on Dec 6, 2024."): the reader takes "released" and a bare date after it for a
    date alone, the verb with "on" for the release too."""
    parts = _RELEASE_FIELD_PARTS.match(field)
    if parts is None:
        return f"It was {field[0].lower()}{field[1:]}."
    verb = "launched" if parts.group("verb") == "Launched" else "released"
    date = parts.group("date")
    on = "" if _PREPOSITION.match(date) else "on "
    return f"It was {verb} {on}{date}."


def _pair_texts(
    pairs: Sequence[tuple[str, str]], focus: Focus, groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target | None]]:
    """Return the texts of a spec line's key/value pairs, each with its label's cue."""
    texts: list[tuple[str, Target | None]] = []
    for key, value in pairs:
        cue = label_cue(key)
        if not cue or (cue.startswith("@") and cue != "@modalities"):
            continue
        licence = license_value(cue, value)
        text = f"@modalities {value}" if cue == "@modalities" else f"{cue} {licence}"
        # "License: llama2" names the licence, not the model the line is about
        target = row_target(value, focus, groups_of, use_names=licence == value)
        texts.append((text, target))
    return texts


#: one field of a byline: "Key: value", a few words of each
_BYLINE_FIELD = re.compile(r"(?P<key>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})\s*:\s*(?P<value>\S.{0,60})")


def _field_texts(
    fields: Sequence[str], focus: Focus, groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target | None]]:
    """Return the texts of a byline's "Key: value" fields (the release field read apart)."""
    pairs = []
    for field in fields:
        m = _BYLINE_FIELD.fullmatch(field)
        if m and len(m.group("value").split()) <= 8:
            pairs.append((m.group("key"), m.group("value").strip()))
    return _pair_texts(pairs, focus, groups_of)


#: punctuation that ends the stretch a modality list's neighbours are looked for in
_CLAUSE_MARK = re.compile(r"[,;:，、。；：()（）]")


def english_modalities(text: str) -> str:
    """Write a list of input modalities of another language in English words.

    "處理文本和圖像" → "處理 text and image ", "텍스트와 이미지를" → " text and image 를": the
    modalities reader then reads it as it reads an English list, with the cue words of
    every language around it. A list next to a word of making, output or training ("生成",
    "génère", "在文本、图像和视频数据上训练") is not the model's inputs and stays as written.
    """
    if not languages.reading_other_language():
        return text
    lowered = text.lower()
    if not any(key in lowered for key in V.FOREIGN_MODALITY_KEYS):
        return text
    pieces: list[str] = []
    last = 0
    for m in V.FOREIGN_MODALITY_LIST.finditer(text):
        listed = m.group(0).lower()
        names = sorted(
            {name for word, name in V.FOREIGN_MODALITY_NAMES if word.search(listed)},
            key=lambda name: listed.find(name[:2]),
        )
        if len(names) < 2 or "text" not in names:
            continue  # "能处理大量图片和视频内容": what it can look at, not all it takes in
        before = _CLAUSE_MARK.split(text[max(0, m.start() - 25) : m.start()])[-1]
        after = _CLAUSE_MARK.split(text[m.end() : m.end() + 12])[0]
        if V.FOREIGN_MODALITY_NOT_INPUT.search(before) or V.FOREIGN_MODALITY_NOT_INPUT.search(
            after
        ):
            continue
        pieces.append(text[last : m.start()])
        pieces.append(" " + " and ".join(names) + " ")
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


#: a licence cell or field that names a Llama licence by version ("llama2", "Llama 3 Community",
#: "Llama 3 社区许可", "Llama 3.1 コミュニティライセンス")
_LLAMA_LICENSE_VALUE = re.compile(
    r"(?:meta\s+)?(?i:llama)[\s-]?(\d(?:\.\d)?)(?:\s+(?i:community))?|"
    r"(?:meta\s*)?(?i:llama)[\s-]?(\d(?:\.\d)?)\s*(?:社区|社區|コミュニティ|커뮤니티)?\s*"
    r"(?:许可|許可|授权|授權|ライセンス|라이선스)(?:证|證|协议|協議|協定|契約)?",
    re.I,
)
#: a licence cell of another language that names a research licence ("研究许可", "仅限研究",
#: "非商用ライセンス"), as the English words the licence reader knows
_FOREIGN_LICENSE_CELLS = (
    (
        re.compile(
            r"(?:仅限?|僅限?|只限?)?(?:研究|学术|學術)(?:用途|使用|目的|用)?"
            r"(?:许可|許可|授权|授權|协议|協議|ライセンス|라이선스)(?:证|證)?"
        ),
        "research license",
    ),
    (
        re.compile(r"(?:仅限?|僅限?|只限?)(?:研究|学术|學術)(?:用途|使用)?|研究(?:用途|目的)?のみ"),
        "research only",
    ),
    (
        re.compile(r"非商[业業用](?:研究)?(?:许可|許可|授权|授權|ライセンス|라이선스)(?:证|證)?"),
        "non-commercial research license",
    ),
)


def yes_no_open(label: str, value: str) -> str | None:
    """Return the text of an "Open source" field answered yes ("" for no), else None."""
    if not (_OPEN_FIELD.fullmatch(label.strip()) or is_open_header(label)):
        return None
    if not _YES_NO.fullmatch(value.strip()):
        return None
    # a "No" there says too little (an open model's code may be closed) to read as closed
    return "weights: open weights" if _YES_ONLY.fullmatch(value.strip()) else ""


def license_value(cue: str, value: str) -> str:
    """Return a licence value as a licence name ("Llama 3 Community" → "Llama 3 license")."""
    if cue != "license:":
        return value
    version = _LLAMA_LICENSE_VALUE.fullmatch(value.strip())
    if version:
        return f"Llama {version.group(1) or version.group(2)} license"
    if value.strip(" .").lower() == "proprietary":
        return "proprietary license"  # a licence field's one word names the licence
    if not value.isascii():
        for pattern, english in _FOREIGN_LICENSE_CELLS:
            if pattern.fullmatch(value.strip(" 。.")):
                return english
    return value


def table_texts(
    unit: Unit,
    focus: Focus,
    groups_of: Callable[[str], Sequence[Group]],
    published: dt.date | None = None,
) -> list[tuple[str, Target | None]]:
    """Return a table row's cells as texts with their column's cue, said of the row's model.

    The row's model is named in the column whose header says so ("Model", "模型"), else in
    the first; each other cell reads with its header's cue. A date column's cell dates the
    release only where the name cell is a name (not "LLaMA weights leak"); dated after the
    post, it is the release planned.
    """
    cells, header = unit.cells, unit.header
    if not cells:
        return []
    # the column that names the rows' models: the one its header says ("| 发布时间 | 模型 |
    # …" puts it second), else the first
    name_at = _name_column(cells, header, groups_of)
    row_groups = [g for g in groups_of(cells[name_at]) if not g.baseline and g.models]
    if not row_groups and name_at == 0:
        columns = column_targets(header, groups_of)
        ours = [t for t in columns if t and set(t.models) & set(focus.models)]
        if ours and len({t.models for t in columns if t}) > 1:
            # "| | LLaMA 1 | Llama 2 |" on a Llama 2 page: the other Meta column is the
            # comparison, not what the post reports
            columns = [t if t in ours else None for t in columns]
        if any(columns):
            return transposed_texts(cells, columns, groups_of, published)
    first_cue = header_column(cells[0]).cue
    if len(cells) == 2 and _NAME_KEY.fullmatch(cells[0].strip()) and _named(cells[1], groups_of):
        # a spec sheet's "| Full Name | Meta: Llama 4 Maverick |": read as the name alone,
        # it puts the sheet's model in focus for the rows below
        return [(cells[1], None)]
    if len(cells) == 2 and first_cue is not None:
        # A key/value table ("| Release date | July 23, 2024 |")
        if first_cue == "":
            return []
        text = yes_no_open(cells[0], cells[1])
        if text is not None:
            return [(text, row_target(cells[1], focus, groups_of))] if text else []
        return [(f"{first_cue} {cells[1]}", row_target(cells[1], focus, groups_of))]
    target = Target(row_groups[0].models, row_groups[0].generic) if row_groups else None
    if (
        target is None
        and header
        and (
            _MODEL_COLUMN.fullmatch(header[0].strip())
            or is_model_header(header[name_at], variants=False)
        )
    ):
        return []  # a comparison table's row for another lab's model: none of its cells is ours
    texts: list[tuple[str, Target | None]] = []
    others = [(column, cell) for column, cell in enumerate(cells) if column != name_at]
    if target and target.generic:
        members = _listed_members([cells[name_at], *(cell for _, cell in others)], groups_of)
    else:
        members = []
    for column, raw_cell in others:
        if column >= len(header) or not raw_cell.strip():
            continue
        heading = header_column(header[column])
        cue = heading.cue
        opened = yes_no_open(header[column], raw_cell)
        if opened:
            texts.append((opened, target or row_target(raw_cell, focus, groups_of)))
            continue
        cell = column_value(heading, raw_cell)
        if cell is None:
            continue  # a bare "Total" over a cell that is no count of parameters
        if cue == "released on" and target is not None:
            if not _names_only(cells[name_at], row_groups):
                continue  # "| 2023-03 | LLaMA weights leak |": the date is another event's
            cell = release_text(cell, published)
            texts.append((cell, target))
            continue
        if cue and opened is None:
            paired = _paired_parts(cell, members, groups_of)
            if paired:
                texts.extend((f"{cue} {license_value(cue, part)}", t) for part, t in paired)
                continue
            text = f"{cue} {license_value(cue, cell)}"
            if target is not None:
                texts.append((text, bracket_target(cell, target, groups_of)))
            else:
                texts.append((text, row_target(cell, focus, groups_of)))
    return texts


def _name_column(
    cells: Sequence[str], header: Sequence[str], groups_of: Callable[[str], Sequence[Group]]
) -> int:
    """Return the column that names the row's model: the one headed "Model" (or "模型",
    "モデル" …) wherever it stands; else the first, unless that names no model and a
    column headed "Version" or "Variant" does."""
    head = tuple(header[: len(cells)])
    strict = next((i for i, h in enumerate(head) if is_model_header(h, variants=False)), None)
    if strict is not None:
        return strict
    loose = model_column(head)
    if loose is None or loose == 0 or _named(cells[0], groups_of):
        return 0
    return loose if _named(cells[loose], groups_of) else 0


#: what a name cell may hold besides the names: sizes, a bracket, a variant word, a mark
_NAME_CELL_REST = re.compile(
    r"(?:[^\w]|\d+(?:\.\d+)?\s?[BMKT]\b(?:-\d+E)?|"
    r"(?i:and|instruct|chat|vision|base|preview|text|only|series|family|models?|herd|"
    r"meta(?:'s)?|facebook|e\d+|\d+e|moe|dense)\b|\([^()]{0,30}\)|（[^（）]{0,30}）)*"
)


def _names_only(cell: str, groups: Sequence[Group]) -> bool:
    """Return True when a row's name cell holds its names and little else: sizes, a
    bracket, a variant word ("Llama 3.2 (Vision)", "Llama 4 Scout 17B-16E")."""
    rest = []
    at = 0
    for group in sorted(groups, key=lambda g: g.start):
        rest.append(cell[at : group.start])
        at = max(at, group.end)
    rest.append(cell[at:])
    return _NAME_CELL_REST.fullmatch(" ".join(rest)) is not None


def release_text(cell: str, published: dt.date | None) -> str:
    """Return a date column's cell as the text of a release: "released on …", or, dated
    after the post, "release planned for …" (a table's date of a model still to come)."""
    if published is not None:
        dates = find_dates(cell, published)
        if dates and all(v[:7] > published.isoformat()[:7] for v in dates[0].values):
            return f"release planned for {cell}"
    return f"released on {cell}"


#: a bare figure of a column whose header gives the unit ("8" under "Params (B)")
_BARE_FIGURE = re.compile(r"(?<![\w.,])(~?\d+(?:[.,]\d+)?)(?![\w.,%]|\s?(?:[KkMBT]|亿|億|万|萬)\b)")
#: a count of parameters: a figure and its multiplier ("17B", "1.6 T", "70亿", "8 billion")
_COUNT_SHAPE = re.compile(
    r"\d(?:[\d.,]*\d)?\s?(?:[BMT](?![a-z])|亿|億|billion|bn\b|Mrd|milliards?|mil millones)"
)
#: a window: a figure with its multiplier or "tokens", or a count of four figures or more
_WINDOW_SHAPE = re.compile(
    r"\d(?:[\d.,]*\d)?\s?(?:[KkM](?![a-z])|万|萬|tokens?)|\d{1,3}(?:,\d{3})+|\d{4,}"
)
#: the shape a short header's cell must have, by cue
_SHORT_SHAPES = {
    "sizes:": _COUNT_SHAPE,
    "active parameters:": _COUNT_SHAPE,
    "context length of": _WINDOW_SHAPE,
}


#: a count written with a CJK multiplier ("650亿", "1.4万亿", "700億"), in billions
_CJK_COUNT = re.compile(r"(\d+(?:\.\d+)?)\s?(万亿|萬億|兆|千亿|千億|亿|億)")
_CJK_BILLIONS = {
    "万亿": 1000,
    "萬億": 1000,
    "兆": 1000,
    "千亿": 100,
    "千億": 100,
    "亿": 0.1,
    "億": 0.1,
}


def _western_count(found: re.Match[str]) -> str:
    billions = float(found.group(1)) * _CJK_BILLIONS[found.group(2)]
    return f"{billions / 1000:g}T" if billions >= 1000 else f"{billions:g}B"


def column_value(column: Column, cell: str) -> str | None:
    """Return a cell as its column's header says to read it: with the header's unit after
    each bare figure ("8" under "Params (B)" → "8B"); None for a cell under a short header
    ("Total", "Active") that has not the shape of its value (a score, a price)."""
    if column.unit and column.cue in _SHORT_SHAPES:
        cell = _BARE_FIGURE.sub(lambda m: f"{m.group(1)}{column.unit}", cell)
    if column.cue in ("sizes:", "active parameters:") and not cell.isascii():
        cell = _CJK_COUNT.sub(_western_count, cell)  # "70亿~650亿" → "7B~65B"
    if column.short and column.cue == "weights:":
        return None  # "开源", "Open": only a yes or a no under it says something
    shape = _SHORT_SHAPES.get(column.cue or "") if column.short else None
    if shape is not None and not shape.search(cell):
        return None
    return cell


def _listed_members(
    cells: Sequence[str], groups_of: Callable[[str], Sequence[Group]]
) -> list[Target]:
    """Return the models a generation's row lists one by one in a cell of its own
    ("Llama 4 | Scout-17B-16E, Maverick-17B-128E | 10M, 1M"), in order, or []."""
    for cell in cells[1:]:
        parts = _CELL_ALTERNATIVES.split(cell.strip())
        if len(parts) < 2:
            continue
        named = [_named(part, groups_of) for part in parts]
        if all(len(groups) == 1 and not groups[0].generic for groups in named):
            models = [groups[0].models for groups in named]
            if len(set(models)) == len(models):
                return [Target(groups[0].models) for groups in named]
    return []


def _paired_parts(
    cell: str, members: Sequence[Target], groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target]]:
    """Pair a cell's values with the members the row lists, in order ("10M, 1M" beside
    "Scout…, Maverick…"): the table gives each its own. A cell of as many values as the
    row has members and naming none of them; else []."""
    if len(members) < 2:
        return []
    parts = _CELL_ALTERNATIVES.split(cell.strip())
    if len(parts) != len(members):
        return []
    named = [_named(part, groups_of) for part in parts]
    if all(len(groups) == 1 for groups in named):
        return [(part, Target(g[0].models)) for part, g in zip(parts, named, strict=True)]
    if any(named):
        return []
    return list(zip(parts, members, strict=True))


def column_targets(
    header: Sequence[str], groups_of: Callable[[str], Sequence[Group]]
) -> list[Target | None]:
    """Return the model each column of a transposed table names ("| | Llama 4 Maverick | …").

    A column is a model's when its header is that model's name (a few words, the name
    first); a column of another lab's model, or of an attribute, is nobody's.
    """
    if not header or _named(header[0], groups_of):
        return []  # the first column names models: the table is read row by row
    targets: list[Target | None] = [None]
    for cell in header[1:]:
        groups = _named(cell, groups_of)
        fits = (
            len(groups) == 1
            and len(cell.split()) <= 6
            and len(cell[: groups[0].start].split()) <= 1
            and label_cue(cell) is None
        )
        targets.append(Target(groups[0].models, groups[0].generic) if fits else None)
    return targets


#: a cell holding one value per model ("1M (Maverick) / 10M (Scout)", "1M (Maverick); 10M (Scout)")
_CELL_ALTERNATIVES = re.compile(r"\s+/\s+|[;,]\s+")


def transposed_texts(
    cells: Sequence[str],
    columns: Sequence[Target | None],
    groups_of: Callable[[str], Sequence[Group]],
    published: dt.date | None = None,
) -> list[tuple[str, Target | None]]:
    """Return a transposed table row's cells ("| Total params | 1.6T | 400B |") as texts.

    The first cell names the attribute; each cell is said of its column's model. Two
    columns of one model (sizes of one generation) give a list of sizes; other values
    that differ between them are left, as the table does not say which is the model's.
    """
    heading = header_column(cells[0])
    cue = heading.cue
    if not cue or (cue.startswith("@") and cue != "@modalities"):
        return []
    by_model: dict[tuple[str, ...], tuple[Target, list[str]]] = {}
    for column, cell in enumerate(cells[1:], start=1):
        target = columns[column] if column < len(columns) else None
        value = column_value(heading, cell) if cell.strip() else None
        if target is None or value is None:
            continue
        by_model.setdefault(target.models, (target, []))[1].append(value.strip())
    texts: list[tuple[str, Target | None]] = []
    for target, values in by_model.values():
        if len(set(values)) > 1 and cue != "sizes:":
            continue
        value = ", ".join(dict.fromkeys(values))
        opened = yes_no_open(cells[0], value)
        if opened is not None:
            texts.extend([(opened, target)] if opened else [])
            continue
        for part, cell_target in _cell_parts(value, target, groups_of):
            part_target = bracket_target(part, cell_target, groups_of)
            if cue == "released on":
                texts.append((release_text(part, published), part_target))
                continue
            read = part if cue == "@modalities" else license_value(cue, part)
            texts.append((f"{cue} {read}", part_target))
    return texts


def _cell_parts(
    value: str, target: Target, groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target]]:
    """Split a cell of one value per named model into its parts, each with its model."""
    if "/" not in value and ";" not in value and "," not in value:
        return [(value, target)]
    parts = _CELL_ALTERNATIVES.split(value)
    named = [_named(part, groups_of) for part in parts]
    if len(parts) < 2 or not all(len(groups) == 1 for groups in named):
        return [(value, target)]
    return [(part, Target(g[0].models, g[0].generic)) for part, g in zip(parts, named, strict=True)]


#: a value said of the models a bracket after it names: "17B(Scout/Maverick)", "10M (Scout)"
_NAMED_BRACKET = re.compile(r"[(（]([^()（）]{1,40})[)）]\s*$")


def bracket_target(
    value: str, target: Target, groups_of: Callable[[str], Sequence[Group]]
) -> Target:
    """Return the models a cell's closing bracket names, when they are some of the row's or
    column's ("| 活跃参数 | 17B(Scout/Maverick) |" under "Llama 4"), else the target."""
    found = _NAMED_BRACKET.search(value)
    if found is None:
        return target
    models = tuple(dict.fromkeys(m for g in _named(found.group(1), groups_of) for m in g.models))
    if not models or not set(models) <= set(target.models) or models == target.models:
        return target
    return Target(models)


def _named(text: str, groups_of: Callable[[str], Sequence[Group]]) -> list[Group]:
    return [g for g in groups_of(text) if not g.baseline and g.models]


def row_target(
    value: str,
    focus: Focus,
    groups_of: Callable[[str], Sequence[Group]],
    *,
    use_focus: bool = True,
    use_names: bool = True,
) -> Target | None:
    """Return the model a row or label value names near its start, else the focus."""
    groups = [g for g in groups_of(value) if not g.baseline and g.models] if use_names else []
    if groups and len(value[: groups[0].start].split()) <= 4:
        return Target(groups[0].models, groups[0].generic)
    if use_focus and focus.models:
        return Target(focus.models, focus.generic)
    return None
