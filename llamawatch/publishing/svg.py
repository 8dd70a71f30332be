"""The openness timeline of the family, laid out in Python and drawn as SVG by a template.

A picture people would rather look at than read: one row per model, one bar
per openness rung it held, from the date a post said so to the next change
(or today). Layout is plain arithmetic on records; ``templates/_timeline.svg``
turns it into markup (autoescaped, so model names and evidence stay text). No
JavaScript, no external assets: the SVG sits inline in the index page.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from llamawatch.records import ChangeEvent

WIDTH = 960
LABEL_WIDTH = 170
RIGHT_MARGIN = 20
TOP = 34  #: room for the tick labels
ROW_HEIGHT = 26
BAR_HEIGHT = 16
LEGEND_HEIGHT = 36
#: days of air before the first and after the last date
PADDING_DAYS = 45


@dataclass(frozen=True, slots=True)
class TimelineSegment:
    """One bar: a model held one openness rung between two dates."""

    x: float
    width: float
    value: str  #: raw rung, used as CSS class
    label: str
    start: dt.date
    stop: dt.date
    title: str  #: tooltip: what, since when, how sure, evidence


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One model's openness over time."""

    model: str
    slug: str
    y: float
    segments: tuple[TimelineSegment, ...]


@dataclass(frozen=True, slots=True)
class TimelineTick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class LegendEntry:
    x: float
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    """Everything ``_timeline.svg`` needs, in SVG user units."""

    width: int
    height: int
    label_width: int
    plot_right: int
    rows: tuple[TimelineRow, ...]
    ticks: tuple[TimelineTick, ...]
    legend: tuple[LegendEntry, ...]
    legend_y: float
    start: dt.date | None
    stop: dt.date | None
    description: str  #: text alternative for screen readers

    @property
    def empty(self) -> bool:
        return not self.rows


def _ticks(start: dt.date, stop: dt.date, x_of) -> list[TimelineTick]:
    years = [dt.date(y, 1, 1) for y in range(start.year + 1, stop.year + 1)]
    if len(years) >= 2:
        step = max(1, len(years) // 10)
        return [TimelineTick(x_of(d), str(d.year)) for d in years[::step]]
    ticks = []
    for year in range(start.year, stop.year + 1):
        for quarter, month in enumerate((1, 4, 7, 10), start=1):
            day = dt.date(year, month, 1)
            if start < day <= stop:
                ticks.append(TimelineTick(x_of(day), f"{year} Q{quarter}"))
    return ticks


def _segments(
    changes: Iterable[ChangeEvent],
    end: dt.date,
    x_of: Callable[[dt.date], float],
    describe: Callable[[ChangeEvent], tuple[str, str, str]],
) -> list[TimelineSegment]:
    """One bar per value held: from the change that set it to the next change (or ``end``).

    ``describe`` gives each change's (CSS value, label, tooltip); it is called in
    date order, so colours it hands out in turn stay stable.
    """
    ordered = sorted(changes, key=lambda e: (e.date, e.source))
    segments = []
    for i, event in enumerate(ordered):
        seg_stop = ordered[i + 1].date if i + 1 < len(ordered) else max(end, event.date)
        value, label, title = describe(event)
        x0, x1 = x_of(event.date), x_of(seg_stop)
        segments.append(
            TimelineSegment(
                x=x0,
                width=max(round(x1 - x0, 1), 3.0),
                value=value,
                label=label,
                start=event.date,
                stop=seg_stop,
                title=title,
            )
        )
    return segments


def layout_openness_timeline(
    events: Sequence[ChangeEvent],
    *,
    end: dt.date,
    model_order: Sequence[str] = (),
    slugs: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    scale: Sequence[str] = (),
) -> TimelineLayout:
    """Lay out one row per model that has an openness history, in ``model_order``."""
    labels = labels or {}
    slugs = slugs or {}
    history: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event in events:
        if event.attribute == "openness":
            history[event.model].append(event)
    order = {name: i for i, name in enumerate(model_order)}
    models = sorted(
        history,
        key=lambda m: (order.get(m, len(order)), min(e.date for e in history[m]), m),
    )
    legend_values = [v for v in scale if any(e.new == v for es in history.values() for e in es)]
    if not models:
        return TimelineLayout(
            width=WIDTH,
            height=TOP + LEGEND_HEIGHT,
            label_width=LABEL_WIDTH,
            plot_right=WIDTH - RIGHT_MARGIN,
            rows=(),
            ticks=(),
            legend=(),
            legend_y=TOP,
            start=None,
            stop=None,
            description="No openness changes recorded yet.",
        )
    first = min(e.date for es in history.values() for e in es)
    last = max(max(e.date for es in history.values() for e in es), end)
    start = first - dt.timedelta(days=PADDING_DAYS)
    stop = last + dt.timedelta(days=PADDING_DAYS)
    plot_left, plot_right = LABEL_WIDTH + 10, WIDTH - RIGHT_MARGIN
    span = max((stop - start).days, 1)

    def x_of(day: dt.date) -> float:
        return round(plot_left + (day - start).days / span * (plot_right - plot_left), 1)

    rows = []
    for index, model in enumerate(models):

        def openness_bar(event: ChangeEvent, model: str = model) -> tuple[str, str, str]:
            value = str(event.new)
            label = labels.get(value, value)
            evidence = " ".join(event.evidence.split())
            if len(evidence) > 160:
                evidence = evidence[:157] + "…"
            title = (
                f"{model}: {label} from {event.date.isoformat()} ({event.certainty}). {evidence}"
            )
            return value, label, title

        segments = _segments(history[model], end, x_of, openness_bar)
        rows.append(
            TimelineRow(
                model=model,
                slug=slugs.get(model, ""),
                y=TOP + index * ROW_HEIGHT,
                segments=tuple(segments),
            )
        )
    legend_y = TOP + len(rows) * ROW_HEIGHT + 14
    legend = tuple(
        LegendEntry(x=plot_left + i * 150, value=v, label=labels.get(v, v))
        for i, v in enumerate(legend_values)
    )
    now = ", ".join(f"{r.model} {r.segments[-1].label}" for r in rows)
    return TimelineLayout(
        width=WIDTH,
        height=int(legend_y + LEGEND_HEIGHT),
        label_width=LABEL_WIDTH,
        plot_right=plot_right,
        rows=tuple(rows),
        ticks=tuple(_ticks(start, stop, x_of)),
        legend=legend,
        legend_y=legend_y,
        start=start,
        stop=stop,
        description=f"Openness of {len(rows)} models over time. Now: {now}.",
    )


# ---------------------------------------------------------------- history strips

#: attributes a model's history strip shows, one row each
STRIP_ATTRIBUTES: tuple[str, ...] = ("status", "openness", "license")
#: colour classes for values without a colour of their own (licences), in turn
PALETTE_SIZE = 6


@dataclass(frozen=True, slots=True)
class StripLayout:
    """One model's history strips: a row per attribute, a bar per value it held."""

    width: int
    height: int
    label_width: int
    rows: tuple[TimelineRow, ...]  #: ``model`` is the attribute's label, ``slug`` its anchor
    ticks: tuple[TimelineTick, ...]
    axis_y: float
    description: str

    @property
    def empty(self) -> bool:
        return not self.rows


def layout_history_strips(
    model: str,
    events: Sequence[ChangeEvent],
    *,
    end: dt.date,
    attribute_labels: Mapping[str, str],
    value_labels: Callable[[str, object], str],
    attributes: Sequence[str] = STRIP_ATTRIBUTES,
) -> StripLayout:
    """Lay out one model's status, openness and licence over time (one row per attribute)."""
    history: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event in events:
        if event.model == model and event.attribute in attributes:
            history[event.attribute].append(event)
    shown = [a for a in attributes if history.get(a)]
    if not shown:
        return StripLayout(WIDTH, 0, LABEL_WIDTH, (), (), 0, f"No history of {model} yet.")
    first = min(e.date for a in shown for e in history[a])
    last = max(max(e.date for a in shown for e in history[a]), end)
    start = first - dt.timedelta(days=PADDING_DAYS)
    stop = last + dt.timedelta(days=PADDING_DAYS)
    plot_left, plot_right = LABEL_WIDTH + 10, WIDTH - RIGHT_MARGIN
    span = max((stop - start).days, 1)

    def x_of(day: dt.date) -> float:
        return round(plot_left + (day - start).days / span * (plot_right - plot_left), 1)

    rows = []
    palette: dict[str, int] = {}
    told = []
    for index, attribute in enumerate(shown):

        def strip_bar(event: ChangeEvent, attribute: str = attribute) -> tuple[str, str, str]:
            label = value_labels(attribute, event.new)
            raw = str(event.new)
            if attribute == "license":
                # licences have no colours of their own: each distinct one gets the next
                raw = f"c{palette.setdefault(raw, len(palette) % PALETTE_SIZE)}"
            elif attribute == "status":
                raw = f"status-{raw}"
            title = (
                f"{attribute_labels.get(attribute, attribute)}: {label} from "
                f"{event.date.isoformat()} ({event.certainty})"
            )
            return raw, label, title

        segments = _segments(history[attribute], end, x_of, strip_bar)
        rows.append(
            TimelineRow(
                model=attribute_labels.get(attribute, attribute),
                slug=attribute,
                y=TOP + index * ROW_HEIGHT,
                segments=tuple(segments),
            )
        )
        told.append(f"{rows[-1].model} " + " then ".join(s.label for s in segments))
    axis_y = TOP + len(rows) * ROW_HEIGHT
    return StripLayout(
        width=WIDTH,
        height=int(axis_y + 8),
        label_width=LABEL_WIDTH,
        rows=tuple(rows),
        ticks=tuple(_ticks(start, stop, x_of)),
        axis_y=axis_y,
        description=f"{model} over time: " + "; ".join(told) + ".",
    )


# ---------------------------------------------------------------- sizes chart

SIZES_HEIGHT = 360
SIZES_LEFT = 70
SIZES_BOTTOM = 40


@dataclass(frozen=True, slots=True)
class SizePoint:
    """One model's size at its release date: total parameters, or active ones."""

    x: float
    y: float
    kind: str  #: "total" or "active"
    model: str
    slug: str
    label: str  #: "405B"
    title: str
    #: the label goes left of the point near the right edge, so it is not cut off
    anchor: str = "start"
    #: the label's baseline: moved up or down when it would overlap another label
    label_y: float = 0.0


@dataclass(frozen=True, slots=True)
class SizesLayout:
    """A scatter of parameter counts (log scale) against release date."""

    width: int
    height: int
    left: int
    plot_top: int
    plot_bottom: int
    plot_right: int
    points: tuple[SizePoint, ...]
    links: tuple[tuple[float, float, float, float], ...]  #: total → active of one model
    x_ticks: tuple[TimelineTick, ...]
    y_ticks: tuple[tuple[float, str], ...]
    description: str

    @property
    def empty(self) -> bool:
        return not self.points


#: rough width of one label character at the chart's font size, in SVG units
LABEL_CHAR_WIDTH = 6.6
LABEL_HEIGHT = 13.0


def _place_size_labels(points: list[SizePoint]) -> list[SizePoint]:
    """Give each total's label a baseline that overlaps no label placed before it.

    Models released close together with similar sizes ("405B" and "400B" a few
    months apart) would print their labels on top of each other; each label
    tries its own row first, then the rows above and below.
    """
    placed: list[tuple[float, float, float, float]] = []  # x0, x1, y0, y1
    result = []
    for point in points:
        if point.kind != "total":
            result.append(point)
            continue
        width = LABEL_CHAR_WIDTH * len(f"{point.model} {point.label}")
        x0 = point.x + 9 if point.anchor == "start" else point.x - 9 - width
        chosen = point.y + 4
        for shift in (0.0, -LABEL_HEIGHT, LABEL_HEIGHT, -2 * LABEL_HEIGHT, 2 * LABEL_HEIGHT):
            y1 = point.y + 4 + shift
            box = (x0, x0 + width, y1 - LABEL_HEIGHT + 3, y1 + 3)
            if not any(
                box[0] < b[1] and b[0] < box[1] and box[2] < b[3] and b[2] < box[3] for b in placed
            ):
                chosen = y1
                break
        placed.append((x0, x0 + width, chosen - LABEL_HEIGHT + 3, chosen + 3))
        result.append(replace(point, label_y=chosen))
    return result


def layout_sizes(
    sizes: Sequence[tuple[str, str, dt.date, int, int | None]],
    *,
    human: Callable[[int], str],
) -> SizesLayout:
    """Lay out (model, slug, release day, total, active or None) as points on a log scale."""

    top, bottom = 20, SIZES_HEIGHT - SIZES_BOTTOM
    right = WIDTH - RIGHT_MARGIN
    if not sizes:
        return SizesLayout(
            WIDTH, 60, SIZES_LEFT, top, bottom, right, (), (), (), (), "No sizes known yet."
        )
    counts = [n for _, _, _, total, active in sizes for n in (total, active) if n]
    low = 10 ** math.floor(math.log10(min(counts)))
    high = 10 ** math.ceil(math.log10(max(counts)))
    if high == low:
        high *= 10
    days = [day for _, _, day, _, _ in sizes]
    start = min(days) - dt.timedelta(days=PADDING_DAYS * 2)
    stop = max(days) + dt.timedelta(days=PADDING_DAYS * 2)
    span = max((stop - start).days, 1)

    def x_of(day: dt.date) -> float:
        return round(SIZES_LEFT + (day - start).days / span * (right - SIZES_LEFT), 1)

    def y_of(count: int) -> float:
        ratio = (math.log10(count) - math.log10(low)) / (math.log10(high) - math.log10(low))
        return round(bottom - ratio * (bottom - top), 1)

    points, links = [], []
    for model, slug, day, total, active in sorted(sizes, key=lambda s: (s[2], s[0])):
        x = x_of(day)
        points.append(
            SizePoint(
                x,
                y_of(total),
                "total",
                model,
                slug,
                human(total),
                f"{model}: {human(total)} parameters, release date {day.isoformat()}",
                "end" if x > right - 160 else "start",
            )
        )
        if active and active != total:
            points.append(
                SizePoint(
                    x,
                    y_of(active),
                    "active",
                    model,
                    slug,
                    human(active),
                    f"{model}: {human(active)} active parameters",
                )
            )
            links.append((x, y_of(total), x, y_of(active)))
    points = _place_size_labels(points)
    y_ticks = []
    value = low
    while value <= high:
        y_ticks.append((y_of(value), human(value)))
        value *= 10
    described = ", ".join(f"{m} {human(t)}" for m, _, _, t, _ in sizes)
    return SizesLayout(
        width=WIDTH,
        height=SIZES_HEIGHT,
        left=SIZES_LEFT,
        plot_top=top,
        plot_bottom=bottom,
        plot_right=right,
        points=tuple(points),
        links=tuple(links),
        x_ticks=tuple(_ticks(start, stop, x_of)),
        y_ticks=tuple(y_ticks),
        description=f"Total parameters by release date: {described}.",
    )
