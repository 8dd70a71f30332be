"""Labels and table rows: what to read in a unit, and the model a row or label names.

A labelled line ("**License** …", "Context: …"), a spec line of key/value pairs, a
byline of fields or a table row becomes a sentence with its label's cue ("context
length of …"), said of the model the row names near its start, else of the model in
focus; a labelled sentence is read with the model in focus as its topic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from llamawatch.extractors import languages
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.clauses import field_pairs, spec_pairs
from llamawatch.extractors.dates import find_dates, opens_on_dateline
from llamawatch.extractors.mentions import TOPIC, Focus, Group, Target
from llamawatch.extractors.sentences import Unit, label_cue

_LEADING_NUMBER = re.compile(r"\s*(?:up to\s+|~\s*)?\d")

#: "Context Window 131K tokens" on a line of its own, the number right after the key
_BARE_CONTEXT_FIELD = re.compile(
    r"^\s*(?i:context[\s-](?:window|length|size))\s+(?P<value>(?:up to\s+)?\d[\d.,]*\s?[KkMm]?"
    r"(?:\s+tokens?)?)\s*$"
)
#: the first column of a comparison table names the model of each row
_MODEL_COLUMN = re.compile(
    r"(?i:(?:ai |language |open[\s-]source )?(?:models?|llms?|names?|systems?))"
)
#: the key of a spec sheet's row that names the sheet's model
_NAME_KEY = re.compile(r"(?i:(?:full |short |display |model )?name|model)")
#: a yes/no field of a spec card that says whether the model is open
_OPEN_FIELD = re.compile(r"(?i:open[\s-]?(?:sourced?|weights?))\??")
_YES_NO = re.compile(r"(?i:yes|no)\.?")
_RELEASE_FIELD = re.compile(r"(?:Released|Launched|Release date:?)\s+\S.{0,30}$")


def readable_texts(
    unit: Unit, focus: Focus, published: dt.date | None, groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target | None]]:
    """Return the texts to read from a unit, with a fixed target where the form gives one.

    A labelled line ("**License** …", "Context: …") or a table row becomes a
    sentence with the label's cue ("context length of …"); its subject is the model
    the row names, else the model in focus.
    """
    if unit.table:
        if not unit.header:
            return []  # the header row itself
        return table_texts(unit, focus, groups_of)
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


#: a licence cell or field that names a Llama licence by version ("llama2", "Llama 3 Community")
_LLAMA_LICENSE_VALUE = re.compile(r"(?i:llama)[\s-]?(\d(?:\.\d)?)(?:\s+(?i:community))?")


def yes_no_open(label: str, value: str) -> str | None:
    """Return the text of an "Open source" field answered yes ("" for no), else None."""
    if not _OPEN_FIELD.fullmatch(label.strip()) or not _YES_NO.fullmatch(value.strip()):
        return None
    # a "No" there says too little (an open model's code may be closed) to read as closed
    return "weights: open weights" if value.strip().lower().startswith("y") else ""


def license_value(cue: str, value: str) -> str:
    """Return a licence value as a licence name ("Llama 3 Community" → "Llama 3 license")."""
    if cue != "license:":
        return value
    version = _LLAMA_LICENSE_VALUE.fullmatch(value.strip())
    return f"Llama {version.group(1)} license" if version else value


def table_texts(
    unit: Unit, focus: Focus, groups_of: Callable[[str], Sequence[Group]]
) -> list[tuple[str, Target | None]]:
    """Return a table row's cells as texts with their column's cue, said of the row's model."""
    cells, header = unit.cells, unit.header
    if not cells:
        return []
    row_groups = [g for g in groups_of(cells[0]) if not g.baseline and g.models]
    if not row_groups:
        columns = column_targets(header, groups_of)
        ours = [t for t in columns if t and set(t.models) & set(focus.models)]
        if ours and len({t.models for t in columns if t}) > 1:
            # "| | LLaMA 1 | Llama 2 |" on a Llama 2 page: the other Meta column is the
            # comparison, not what the post reports
            columns = [t if t in ours else None for t in columns]
        if any(columns):
            return transposed_texts(cells, columns, groups_of)
    first_cue = label_cue(cells[0])
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
    if target is None and header and _MODEL_COLUMN.fullmatch(header[0].strip()):
        return []  # a comparison table's row for another lab's model: none of its cells is ours
    texts: list[tuple[str, Target | None]] = []
    members = _listed_members(cells, groups_of) if target and target.generic else []
    for column, cell in enumerate(cells[1:], start=1):
        if column >= len(header) or not cell.strip():
            continue
        cue = label_cue(header[column])
        opened = yes_no_open(header[column], cell)
        if opened:
            texts.append((opened, target or row_target(cell, focus, groups_of)))
        elif cue and opened is None:
            paired = _paired_parts(cell, members, groups_of)
            if paired:
                texts.extend((f"{cue} {license_value(cue, part)}", t) for part, t in paired)
                continue
            text = f"{cue} {license_value(cue, cell)}"
            texts.append((text, target or row_target(cell, focus, groups_of)))
    return texts


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
) -> list[tuple[str, Target | None]]:
    """Return a transposed table row's cells ("| Total params | 1.6T | 400B |") as texts.

    The first cell names the attribute; each cell is said of its column's model. Two
    columns of one model (sizes of one generation) give a list of sizes; other values
    that differ between them are left, as the table does not say which is the model's.
    """
    cue = label_cue(cells[0])
    if not cue or (cue.startswith("@") and cue != "@modalities"):
        return []
    by_model: dict[tuple[str, ...], tuple[Target, list[str]]] = {}
    for column, cell in enumerate(cells[1:], start=1):
        target = columns[column] if column < len(columns) else None
        if target is None or not cell.strip():
            continue
        by_model.setdefault(target.models, (target, []))[1].append(cell.strip())
    texts: list[tuple[str, Target | None]] = []
    for target, values in by_model.values():
        if len(set(values)) > 1 and cue != "sizes:":
            continue
        value = ", ".join(dict.fromkeys(values))
        opened = yes_no_open(cells[0], value)
        if opened is not None:
            texts.extend([(opened, target)] if opened else [])
            continue
        for part, part_target in _cell_parts(value, target, groups_of):
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
