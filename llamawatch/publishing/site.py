"""The static site: index, one page per model, changes, weekly digests and an Atom feed.

``write_site`` takes records and writes files; it never opens the database.
Every link is relative, so the folder can be browsed from disk or copied to
any static host; CSS is inlined and the timeline is inline SVG, so a page
needs nothing else. Files are written atomically (temporary file, then
rename) so a web server never serves half a page.

``publish_site`` and ``publish_digest`` are the glue the flows and the CLI
call: they load records through ``llamawatch.storage.history`` and hand them
to the pure writers here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from feedgen.feed import FeedGenerator

from llamawatch.publishing.render import (
    RECENT_CHANGES,
    TEMPLATE_CONTEXTS,
    ChangeItem,
    ChangesContext,
    DigestContext,
    DigestLink,
    DigestsContext,
    IndexContext,
    ModelContext,
    Reviewed,
    WeekChanges,
    attribute_histories,
    build_digest_context,
    build_sizes,
    build_strips,
    build_timeline,
    change_item,
    first_seen_dates,
    iso_week,
    model_rows,
    model_slugs,
    openness_of,
    parse_week,
    render_digest_text,
    render_template,
    rumour_items,
    slugify,
    with_root,
)
from llamawatch.publishing.review_page import REVIEW_PAGE, ReviewContext
from llamawatch.records import ChangeEvent, Fact, ModelStates, value_to_json

if TYPE_CHECKING:
    pass

# the review page (llamawatch.publishing.review_page) renders its own context
TEMPLATE_CONTEXTS[REVIEW_PAGE] = ReviewContext

#: entries in the Atom feed (newest changes)
FEED_ENTRIES = 100


def write_file(path: Path, content: str | bytes) -> Path:
    """Write a file atomically: a reader sees the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_review_page(out_dir: str | os.PathLike[str], context: ReviewContext) -> Path:
    """Write ``review.html`` into the output folder and return its path."""
    return write_file(Path(out_dir) / REVIEW_PAGE, render_template(REVIEW_PAGE, context))


def event_id(event: ChangeEvent) -> str:
    """Return a stable id for an event (Atom entry id): same transition, same id."""
    key = "|".join((event.model, event.attribute, repr(value_to_json(event.new)), str(event.date)))
    return "urn:llamawatch:event:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def render_atom(
    events: Sequence[ChangeEvent],
    *,
    site_title: str = "llamawatch",
    base_url: str = "",
    titles: Mapping[str, str] | None = None,
    limit: int = FEED_ENTRIES,
    updated: dt.datetime | None = None,
    path: str = "feed.atom",
    title: str | None = None,
    alternate: str = "index.html",
    links: Sequence[tuple[str, str]] = (),
    slugs: Mapping[str, str] | None = None,
) -> bytes:
    """Render the newest changes as an Atom feed (feedgen escapes every text field).

    ``path`` is where the document lives in the site (its id and self link);
    ``links`` adds (rel, path) pairs such as RFC 5005 archive links.
    """
    slugs = slugs or model_slugs(e.model for e in events)
    base = base_url.rstrip("/") + "/" if base_url else ""
    feed = FeedGenerator()
    feed.id(base + path if base else f"urn:llamawatch:feed:{site_title}:{path}")
    feed.title(title or f"{site_title}: changes to Llama models")
    feed.subtitle("Changes to openness, licence, status, size and more, with evidence.")
    feed.author({"name": site_title})
    if base:
        feed.link(href=base + path, rel="self")
        feed.link(href=base + alternate, rel="alternate")
    for rel, href in links:
        feed.link(href=base + href, rel=rel)
    newest = sorted(events, key=lambda e: (e.date, e.model, e.attribute), reverse=True)[:limit]
    feed.updated(
        updated
        or (
            dt.datetime.combine(newest[0].date, dt.time(), dt.UTC)
            if newest
            else dt.datetime.now(dt.UTC)
        )
    )
    # feedgen prepends entries; add oldest first so the document lists newest first
    for event in reversed(newest):
        item = change_item(event, slugs, titles)
        entry = feed.add_entry()
        entry.id(event_id(event))
        prefix = "Alert: " if event.severity == "alert" else ""
        entry.title(f"{prefix}{item.headline} ({item.certainty})")
        stamp = dt.datetime.combine(event.date, dt.time(), dt.UTC)
        entry.updated(stamp)
        entry.published(stamp)
        # one link per entry: feedgen 1.0 drops rel attributes, and Atom allows a
        # single rel=alternate; the post comes first, else the model's page
        model_page = f"{base}models/{item.model_slug}.html" if base else ""
        if item.source_url or model_page:
            entry.link(href=item.source_url or model_page)
        entry.category(term=event.attribute, label=item.attribute_label)
        entry.content(
            f"{item.headline}. Certainty: {item.certainty}. "
            f"Evidence: “{item.evidence}” Source: {item.source}"
            + (f" History: {model_page}" if model_page else ""),
            type="text",
        )
    return feed.atom_str(pretty=True)


#: the state and open rumours at the end of a day (what a past digest may know)
Snapshot = Callable[[dt.date], tuple[ModelStates, Sequence[Fact]]]


def week_stamp(week: str) -> dt.datetime:
    """Return the moment a week's digest speaks for: the end of its Sunday (UTC)."""
    _, end = parse_week(week)
    return dt.datetime.combine(end, dt.time(23, 59), dt.UTC)


def feed_path(slug: str) -> str:
    """Return where a model's own Atom feed lives in the site."""
    return f"feeds/models/{slug}.atom"


def write_feeds(
    out: Path,
    events: Sequence[ChangeEvent],
    slugs: Mapping[str, str],
    *,
    site_title: str,
    base_url: str,
    titles: Mapping[str, str] | None,
    entries: int = FEED_ENTRIES,
) -> list[Path]:
    """Write ``feed.atom``, its RFC 5005 archives and one feed per model.

    The main feed holds at most ``entries`` changes. Older ones go into archive
    documents of ``entries`` each, counted from the oldest, so a full archive
    never changes and a reader can page back through every change.
    """
    oldest_first = sorted(events, key=lambda e: (e.date, e.model, e.attribute))
    full = max(0, (len(oldest_first) - 1) // entries)
    archive = [f"feeds/archive-{n:04d}.atom" for n in range(1, full + 1)]
    written: list[Path] = []
    for n, href in enumerate(archive):
        chunk = oldest_first[n * entries : (n + 1) * entries]
        links = [("current", "feed.atom")]
        if n > 0:
            links.append(("prev-archive", archive[n - 1]))
        links.append(("next-archive", archive[n + 1] if n + 1 < full else "feed.atom"))
        atom = render_atom(
            chunk,
            site_title=site_title,
            base_url=base_url,
            titles=titles,
            limit=entries,
            path=href,
            title=f"{site_title}: changes, archive {n + 1}",
            links=links,
            slugs=slugs,
        )
        written.append(write_file(out / href, atom))
    current = oldest_first[full * entries :]
    atom = render_atom(
        current,
        site_title=site_title,
        base_url=base_url,
        titles=titles,
        limit=entries,
        links=[("prev-archive", archive[-1])] if archive else [],
        slugs=slugs,
    )
    written.append(write_file(out / "feed.atom", atom))
    by_model: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event in events:
        by_model[event.model].append(event)
    # every model with a page gets a feed, even one with nothing recorded yet
    for model in sorted(slugs):
        model_events = by_model.get(model, [])
        href = feed_path(slugs[model])
        atom = render_atom(
            model_events,
            site_title=site_title,
            base_url=base_url,
            titles=titles,
            limit=entries,
            path=href,
            title=f"{site_title}: changes to {model}",
            alternate=f"models/{slugs[model]}.html",
            slugs=slugs,
        )
        written.append(write_file(out / href, atom))
    keep = {p.name for p in written}
    for folder in (out / "feeds", out / "feeds" / "models"):
        if folder.is_dir():
            for stale in folder.glob("*.atom"):
                if stale.name not in keep:
                    stale.unlink(missing_ok=True)
    return written


def digest_contexts(
    events: Sequence[ChangeEvent],
    states: ModelStates,
    rumours: Sequence[Fact] = (),
    withdrawn: Sequence[tuple[ChangeEvent, dt.date]] = (),
    *,
    site_title: str = "llamawatch",
    titles: Mapping[str, str] | None = None,
    generated_at: dt.datetime | None = None,
    snapshot: Snapshot | None = None,
    rumour_max_age_days: int | None = None,
    story_sentences: int = 5,
    reviewed: Reviewed = frozenset(),
    aliases: Mapping[str, tuple[str, ...]] | None = None,
) -> list[DigestContext]:
    """Build one digest per ISO week that has a change or a correction, newest week first.

    ``withdrawn`` pairs an event overturned by a later post with the day it was
    withdrawn; it is listed as a correction in that day's week. ``snapshot``
    gives the state and rumours at the end of each week; without it the
    current ones are used, minus what was published after the week.
    """
    corrections: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event, day in withdrawn:
        corrections[iso_week(day)].append(event)
    by_week: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event in events:
        by_week[iso_week(event.date)].append(event)
    first_seen = first_seen_dates(events)
    slugs = model_slugs(
        [*states, *(e.model for e in events), *(f.model for f in rumours)]
        + [e.model for e, _ in withdrawn]
    )
    slugs = with_alias_slugs(slugs, aliases)
    contexts = []
    for week in sorted(set(by_week) | set(corrections), reverse=True):
        _, end = parse_week(week)
        week_states, week_rumours = snapshot(end) if snapshot else (states, rumours)
        contexts.append(
            build_digest_context(
                week,
                by_week.get(week, ()),
                week_states,
                week_rumours,
                corrections.get(week, ()),
                site_title=site_title,
                root="../",
                titles=titles,
                # a past week's page is the same whenever it is rebuilt
                generated_at=min(generated_at, week_stamp(week))
                if generated_at
                else week_stamp(week),
                first_seen=first_seen,
                slugs=slugs,
                rumour_max_age_days=rumour_max_age_days,
                story_sentences=story_sentences,
                reviewed=reviewed,
            )
        )
    return contexts


def with_alias_slugs(
    slugs: Mapping[str, str], aliases: Mapping[str, tuple[str, ...]] | None
) -> dict[str, str]:
    """Point a codename without a page of its own at its product's page.

    A past digest speaks of a model by the name it had that week (a codename);
    its history now continues under the product name, so that is where it links.
    """
    found = dict(slugs)
    for product, names in (aliases or {}).items():
        if product in found:
            for name in names:
                found.setdefault(name, found[product])
    return found


def digest_models(context: DigestContext) -> set[str]:
    """Return every model a digest names (each gets a link to its page)."""
    items = [
        *(i for s in context.alert_sections for i in s.items),
        *(i for m in context.new_models for i in m.items),
        *context.changes,
        *context.corrections,
    ]
    return {
        *(i.model for i in items),
        *(m.model for m in context.new_models),
        *(r.model for r in context.rumours),
        *(c.model for c in context.conflicts),
    }


def _digest_link(context: DigestContext) -> DigestLink:
    return DigestLink(
        week=context.week,
        href=f"digests/{context.week}.html",
        start=context.start,
        end=context.end,
        changes=context.counts.get("changes", 0),
        alerts=context.counts.get("alerts", 0),
    )


def write_site(
    out_dir: str | os.PathLike[str],
    states: ModelStates,
    events: Sequence[ChangeEvent],
    digests: Sequence[DigestContext] | None = None,
    rumours: Sequence[Fact] = (),
    *,
    withdrawn: Sequence[tuple[ChangeEvent, dt.date]] = (),
    site_title: str = "llamawatch",
    base_url: str = "",
    titles: Mapping[str, str] | None = None,
    today: dt.date | None = None,
    generated_at: dt.datetime | None = None,
    snapshot: Snapshot | None = None,
    rumour_max_age_days: int | None = None,
    story_sentences: int = 5,
    feed_entries: int = FEED_ENTRIES,
    aliases: Mapping[str, tuple[str, ...]] | None = None,
    reviewed: Reviewed = frozenset(),
    review: ReviewContext | None = None,
) -> list[Path]:
    """Write every page of the site into ``out_dir`` and return the files written.

    ``digests`` defaults to one digest per week that has a change; pass a list
    to publish only those. Pages of models that no longer exist are removed.
    ``reviewed`` marks the values a person checked; ``review`` is the review
    page (the navigation links to it, so an empty one is written without it).
    """
    out = Path(out_dir)
    generated_at = generated_at or dt.datetime.now(dt.UTC)
    today = today or generated_at.date()
    rumours = list(rumours)
    slugs = with_alias_slugs(
        model_slugs(
            [
                *states,
                *(e.model for e in events),
                *(f.model for f in rumours),
                *(e.model for e, _ in withdrawn),
            ]
        ),
        aliases,
    )
    if digests is None:
        digests = digest_contexts(
            events,
            states,
            rumours,
            withdrawn,
            site_title=site_title,
            titles=titles,
            generated_at=generated_at,
            snapshot=snapshot,
            rumour_max_age_days=rumour_max_age_days,
            story_sentences=story_sentences,
            reviewed=reviewed,
            aliases=aliases,
        )
    digest_links = tuple(
        _digest_link(d) for d in sorted(digests, key=lambda d: d.week, reverse=True)
    )
    digest_weeks = {d.week for d in digests}
    newest_first = sorted(events, key=lambda e: (e.date, e.model, e.attribute), reverse=True)
    written: list[Path] = []
    items: dict[ChangeEvent, ChangeItem] = {}

    def item_of(event: ChangeEvent) -> ChangeItem:
        """Each event is shown on several pages; build its display item once."""
        found = items.get(event)
        if found is None:
            found = items[event] = change_item(event, slugs, titles, reviewed=reviewed)
        return found

    index = IndexContext(
        site_title=site_title,
        root="",
        generated_at=generated_at,
        models=model_rows(states, slugs, rumours, aliases, reviewed),
        timeline=build_timeline(states, events, today, slugs),
        sizes=build_sizes(states, slugs),
        recent=tuple(item_of(e) for e in newest_first[:RECENT_CHANGES]),
        digests=digest_links,
        event_count=len(events),
    )
    written.append(write_file(out / "index.html", render_template("index.html", index)))

    by_model: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event in events:
        by_model[event.model].append(event)
    rumours_by_model: dict[str, list[Fact]] = defaultdict(list)
    for fact in rumours:
        rumours_by_model[fact.model].append(fact)
    # every model a page or digest names gets a page, so that no link is dead
    all_models = set(states) | set(by_model) | set(rumours_by_model)
    all_models |= {event.model for event, _ in withdrawn}
    # a past week may name a model the present no longer has (and no product
    # page stands for): it gets a page too, so that no digest link is dead
    for digest in digests:
        for name in digest_models(digest) - all_models - set(slugs):
            all_models.add(name)
            # the slug the digest used for it (``change_item`` falls back to slugify)
            slugs[name] = slugify(name)
    model_files = set()
    for model in sorted(all_models):
        model_state = states.get(model, {})
        openness, openness_label = openness_of(model_state)
        context = ModelContext(
            site_title=site_title,
            root="../",
            generated_at=generated_at,
            model=model,
            openness=openness,
            openness_label=openness_label,
            attributes=attribute_histories(
                model, model_state, by_model[model], slugs, titles, item_of, reviewed
            ),
            rumours=rumour_items(rumours_by_model[model], states, slugs, titles),
            feed_href=feed_path(slugs[model]),
            strips=build_strips(model, by_model[model], today),
        )
        path = out / "models" / f"{slugs[model]}.html"
        written.append(write_file(path, render_template("model.html", context)))
        model_files.add(path.name)
    _remove_stale(out / "models", model_files)

    weeks: dict[str, list[ChangeEvent]] = defaultdict(list)
    for event in newest_first:
        weeks[iso_week(event.date)].append(event)
    week_blocks = []
    for week in sorted(weeks, reverse=True):
        start, end = parse_week(week)
        week_blocks.append(
            WeekChanges(
                week=week,
                start=start,
                end=end,
                digest_href=f"digests/{week}.html" if week in digest_weeks else None,
                items=tuple(item_of(e) for e in weeks[week]),
            )
        )
    changes = ChangesContext(
        site_title=site_title,
        root="",
        generated_at=generated_at,
        weeks=tuple(week_blocks),
        event_count=len(events),
    )
    written.append(write_file(out / "changes.html", render_template("changes.html", changes)))

    digest_files = set()
    for digest in digests:
        page = with_root(digest, "../")
        path = out / "digests" / f"{digest.week}.html"
        written.append(write_file(path, render_template("digest_page.html", page)))
        # the plain-text digest beside each page, as the email's text part reads
        text = path.with_suffix(".txt")
        written.append(write_file(text, render_digest_text(page)))
        digest_files |= {path.name, text.name}
    _remove_stale(out / "digests", digest_files)
    archive = DigestsContext(
        site_title=site_title, root="", generated_at=generated_at, digests=digest_links
    )
    written.append(write_file(out / "digests.html", render_template("digests.html", archive)))

    written += write_feeds(
        out,
        events,
        slugs,
        site_title=site_title,
        base_url=base_url,
        titles=titles,
        entries=feed_entries,
    )
    if review is None:
        review = ReviewContext(site_title, "", generated_at, (), (), ())
    written.append(write_review_page(out, review))
    return written


def _remove_stale(folder: Path, keep: set[str]) -> None:
    """Delete pages this site wrote earlier that no longer have a subject (renamed models)."""
    if not folder.is_dir():
        return
    for path in folder.glob("*.html"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def write_digest_files(out_dir: str | os.PathLike[str], context: DigestContext) -> list[Path]:
    """Write one digest as the site writes it: ``digests/YYYY-Www.html`` and ``.txt``.

    The same page ``write_site`` makes for that week (linked from the archive),
    so ``digest --week`` leaves no unlinked copy at the site's root.
    """
    page = with_root(context, "../")
    path = Path(out_dir) / "digests" / f"{context.week}.html"
    return [
        write_file(path, render_template("digest_page.html", page)),
        write_file(path.with_suffix(".txt"), render_digest_text(page)),
    ]
