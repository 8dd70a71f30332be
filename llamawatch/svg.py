"""The openness timeline of the family, laid out in Python and drawn as SVG by a template.

A picture people would rather look at than read: one row per model, one bar
per openness rung it held, from the date a post said so to the next change
(or today). Layout is plain arithmetic on records; ``templates/_timeline.svg``
turns it into markup (autoescaped, so model names and evidence stay text). No
JavaScript, no external assets: the SVG sits inline in the index page.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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
        changes = sorted(history[model], key=lambda e: (e.date, e.source))
        segments = []
        for i, event in enumerate(changes):
            seg_stop = changes[i + 1].date if i + 1 < len(changes) else max(end, event.date)
            value = str(event.new)
            label = labels.get(value, value)
            x0, x1 = x_of(event.date), x_of(seg_stop)
            evidence = " ".join(event.evidence.split())
            if len(evidence) > 160:
                evidence = evidence[:157] + "…"
            segments.append(
                TimelineSegment(
                    x=x0,
                    width=max(round(x1 - x0, 1), 3.0),
                    value=value,
                    label=label,
                    start=event.date,
                    stop=seg_stop,
                    title=f"{model}: {label} from {event.date.isoformat()} "
                    f"({event.certainty}). {evidence}",
                )
            )
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
