"""One spec per model attribute: its vocabulary, validator, label, formatter and rules.

Every stage that treats attributes differently reads this table instead of
naming attributes itself: validation (``changes.validate_value``), resolution
(integer tolerance, forward-looking plans), rendering (labels and values, one
formatter for pages, mail and the command line), alert selection and
evaluation. Adding an attribute is one :class:`AttributeSpec` row here plus the
extractor's readers for it.

This module imports nothing of the project's own: ``records`` derives its
``ATTRIBUTES`` from the table, so the table sits below every stage.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

FactValue = str | int | tuple[str, ...]

STATUSES: tuple[str, ...] = ("upcoming", "released", "shelved")
ARCHITECTURES: tuple[str, ...] = ("moe", "dense")
MODALITIES: tuple[str, ...] = ("audio", "image", "text", "video")
#: the openness scale from most to least open
OPENNESS_SCALE: tuple[str, ...] = ("open_source", "open_weights", "research_only", "closed")
#: the Llama licence ids the fact contract names; other licences must look like SPDX ids
KNOWN_LICENSES: frozenset[str] = frozenset(
    {
        "llama-1-research",
        "llama-2-community",
        "llama-3-community",
        "llama-3.1-community",
        "llama-3.2-community",
        "llama-3.3-community",
        "llama-4-community",
        "proprietary",
    }
)
OPENNESS_LABELS: dict[str, str] = {
    "open_source": "open source",
    "open_weights": "open weights",
    "research_only": "research only",
    "closed": "closed",
}
ARCHITECTURE_LABELS: dict[str, str] = {"moe": "mixture of experts", "dense": "dense"}

#: what a value is: an enum word, a positive count, a partial date, a licence id, a set of words
ValueKind = Literal["enum", "count", "date", "license", "set"]
#: how the extractor picks one value of several a post gives (``extractors.choice.choose``):
#: ``largest`` number, most ``precise`` date, ``union`` of sets, furthest ``lifecycle``
#: step, ``not_closed`` (a false "closed" is the worst error), else the ``most_certain``
Choice = Literal["largest", "precise", "union", "lifecycle", "not_closed", "most_certain"]

_SPDX_ID = re.compile(r"^[a-z0-9][a-z0-9.+-]*[a-z0-9+]$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")


def date_span(value: str) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a partial ISO date covers, or None if invalid."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        return None
    year_text, quarter, month, day = match.groups()
    year = int(year_text)
    try:
        if day:
            start = dt.date(year, int(month), int(day))
            return start, start
        if month:
            first_month = last_month = int(month)
        elif quarter:
            first_month = 3 * int(quarter) - 2
            last_month = first_month + 2
        else:
            first_month, last_month = 1, 12
        start = dt.date(year, first_month, 1)
        next_month = dt.date(year + last_month // 12, last_month % 12 + 1, 1)
        return start, next_month - dt.timedelta(days=1)
    except ValueError:
        return None


# --- formatting: the one place a value becomes text ------------------------------------


def format_count(number: int) -> str:
    """Say a count exactly and briefly: 17000000000 → "17B", 1.5T, but 8192 → "8,192"."""
    for size, suffix in ((10**12, "T"), (10**9, "B"), (10**6, "M"), (10**3, "K")):
        # 405B and 1.5T read well; 8.192K does not (nor a rounded 1.235B), so it stays exact
        if number >= size and (number * 10) % size == 0:
            return f"{number / size:g}{suffix}"
    return f"{number:,}"


def format_tokens(number: int) -> str:
    """Say a context size as people do: 4096 → "4K tokens", 128000 → "128K tokens"."""
    if number >= 10**6 or number % 1000 == 0:
        count = format_count(number)
    elif number % 1024 == 0:
        # context sizes are often powers of two: 131072 is "128K", 8192 is "8K"
        count = f"{number // 1024}K"
    else:
        count = f"{number:,}"
    return f"{count} tokens"


def _format_plain(value: FactValue) -> str:
    if isinstance(value, tuple):
        return ", ".join(value) if value else "—"
    if isinstance(value, int) and not isinstance(value, bool):
        return format_count(value)
    return str(value)


def _labelled(labels: dict[str, str]) -> Callable[[FactValue], str]:
    def show(value: FactValue) -> str:
        return labels.get(str(value), str(value))

    return show


def _format_tokens_value(value: FactValue) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return format_tokens(value)
    return _format_plain(value)


# --- validation -----------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _one_of(name: str, words: tuple[str, ...], what: str) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        return None if value in words else f"{name} {value!r} is {what} {', '.join(words)}"

    return check


def _positive(name: str) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        ok = _is_int(value) and value > 0  # type: ignore[operator]
        return None if ok else f"{name} {value!r} is not a positive integer"

    return check


def _check_date(value: object) -> str | None:
    if isinstance(value, str) and date_span(value):
        return None
    return f"release_date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn"


def _check_license(value: object) -> str | None:
    if isinstance(value, str) and (value in KNOWN_LICENSES or _SPDX_ID.match(value)):
        return None
    return f"license {value!r} is not a known licence id or a lower-case SPDX id"


def _check_modalities(value: object) -> str | None:
    if not isinstance(value, tuple | list) or not value:
        return f"modalities {value!r} is not a non-empty list"
    unknown = [v for v in value if v not in MODALITIES]
    if unknown:
        return f"modalities {unknown!r} not among {', '.join(MODALITIES)}"
    if list(value) != sorted(set(value)):
        return f"modalities {value!r} is not sorted without repeats"
    return None


# --- the table --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """Everything the pipeline needs to know about one attribute of a model."""

    name: str
    kind: ValueKind
    #: the reader's name of the attribute on pages and in mail
    label: str
    #: the reason a value is outside the attribute's vocabulary, or None
    validate: Callable[[object], str | None]
    #: the value as people read it (pages, mail, alerts and the command line alike)
    format: Callable[[FactValue], str] = _format_plain
    #: a change is an immediate alert, not only a digest line
    alert: bool = False
    #: a plan until the model ships, then re-read from the release on (resolution)
    forward_looking: bool = False
    #: fixed when the model ships: a value first stated later held from the release on
    known_from_release: bool = False
    #: how the extractor picks one of several values a post gives
    choice: Choice = "most_certain"


ATTRIBUTE_SPECS: tuple[AttributeSpec, ...] = (
    AttributeSpec(
        "status",
        "enum",
        "Status",
        _one_of("status", STATUSES, "not one of"),
        alert=True,
        choice="lifecycle",
    ),
    AttributeSpec(
        "release_date",
        "date",
        "Release date",
        _check_date,
        forward_looking=True,
        known_from_release=True,
        choice="precise",
    ),
    AttributeSpec(
        "params_total",
        "count",
        "Parameters (total)",
        _positive("params_total"),
        known_from_release=True,
        choice="largest",
    ),
    AttributeSpec(
        "params_active",
        "count",
        "Parameters (active)",
        _positive("params_active"),
        known_from_release=True,
        choice="largest",
    ),
    AttributeSpec(
        "architecture",
        "enum",
        "Architecture",
        _one_of("architecture", ARCHITECTURES, "not one of"),
        format=_labelled(ARCHITECTURE_LABELS),
        known_from_release=True,
    ),
    AttributeSpec(
        "context_window",
        "count",
        "Context window",
        _positive("context_window"),
        format=_format_tokens_value,
        known_from_release=True,
        choice="largest",
    ),
    AttributeSpec(
        "modalities",
        "set",
        "Input modalities",
        _check_modalities,
        known_from_release=True,
        choice="union",
    ),
    AttributeSpec(
        "license", "license", "Licence", _check_license, alert=True, known_from_release=True
    ),
    AttributeSpec(
        "openness",
        "enum",
        "Openness",
        _one_of("openness", OPENNESS_SCALE, "not a rung of"),
        format=_labelled(OPENNESS_LABELS),
        alert=True,
        forward_looking=True,
        choice="not_closed",
    ),
)
#: the specs by attribute name
SPECS: dict[str, AttributeSpec] = {spec.name: spec for spec in ATTRIBUTE_SPECS}
#: the attributes in display order
ATTRIBUTES: tuple[str, ...] = tuple(spec.name for spec in ATTRIBUTE_SPECS)
#: attributes whose change is an immediate alert; the rest go to the digest only
ALERT_ATTRIBUTES: frozenset[str] = frozenset(s.name for s in ATTRIBUTE_SPECS if s.alert)
#: attributes whose values are counts (tolerance when compared, "17B" when typed)
COUNT_ATTRIBUTES: frozenset[str] = frozenset(s.name for s in ATTRIBUTE_SPECS if s.kind == "count")
#: attributes that are a plan until the model ships
FORWARD_LOOKING: frozenset[str] = frozenset(s.name for s in ATTRIBUTE_SPECS if s.forward_looking)
#: attributes fixed when a model ships (a past state may take them from later posts)
KNOWN_FROM_RELEASE: frozenset[str] = frozenset(
    s.name for s in ATTRIBUTE_SPECS if s.known_from_release
)


def spec_value(attribute: str | None, value: FactValue | None) -> str:
    """Return a value as people read it: the attribute's formatter, "—" for nothing."""
    if value is None:
        return "—"
    spec = SPECS.get(attribute) if attribute is not None else None
    return (spec.format if spec is not None else _format_plain)(value)


def spec_label(attribute: str) -> str:
    """Return the reader's name of an attribute ("Context window")."""
    spec = SPECS.get(attribute)
    return spec.label if spec is not None else attribute.replace("_", " ").capitalize()


def validate_value(attribute: str, value: object) -> str | None:
    """Return why a value is outside the vocabulary of the attribute, or None."""
    spec = SPECS.get(attribute)
    if spec is None:
        return f"unknown attribute {attribute!r}"
    return spec.validate(value)
