"""`llamawatch sources`: list, add, remove, enable/disable sources; OPML import and export.

Sources added here live in the database and are merged with the configuration
file's ``[[sources]]`` (the file wins when both use a name). Sources from the
file are edited in the file; this command can only disable or re-enable them.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from llamawatch.cli import App
from llamawatch.errors import LlamawatchError
from llamawatch.records import Source
from llamawatch.sources.opml import parse_opml, render_opml
from llamawatch.sources.safety import source_url_refusal, url_refusal


def _configured(app: App) -> list[Source]:
    return [s.to_source() for s in app.settings.sources]


@click.group("sources")
def command() -> None:
    """Manage the feeds, pages and archives llamawatch watches."""


@command.command("list")
@click.pass_obj
def list_sources(app: App) -> None:
    """List every source (config file and database) with its settings and health."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.sources import load_caches, load_sources

    configured = {s.name for s in _configured(app)}
    with session_scope(app.engine()) as session:
        sources = load_sources(session, _configured(app))
        caches = load_caches(session, [s.name for s in sources])
    table = Table(title="Sources")
    for column in ("name", "kind", "url", "from", "every", "fulltext", "identity", "state"):
        table.add_column(column, overflow="fold")
    for source in sources:
        cache = caches.get(source.name)
        if not source.enabled:
            state = "disabled"
        elif cache and cache.disabled_reason:
            state = f"disabled: {cache.disabled_reason}"
        else:
            state = "enabled"
        table.add_row(
            source.name,
            source.kind,
            (cache.permanent_url if cache and cache.permanent_url else None) or source.url,
            "config" if source.name in configured else "db",
            f"{source.interval_minutes} min",
            "yes" if source.fulltext else "no",
            source.identity,
            state,
        )
    Console().print(table)


@command.command("add")
@click.argument("name")
@click.argument("url")
@click.option(
    "--kind", type=click.Choice(["feed", "page", "archive"]), default="feed", show_default=True
)
@click.option(
    "--interval",
    type=click.IntRange(min=1),
    default=60,
    show_default=True,
    help="Minutes between fetches.",
)
@click.option(
    "--fulltext/--no-fulltext",
    default=True,
    show_default=True,
    help="Fetch the article page when an entry has only a summary.",
)
@click.option(
    "--identity",
    type=click.Choice(["guid", "link", "title_date"]),
    default="guid",
    show_default=True,
    help="How entries are identified (for feeds with broken GUIDs).",
)
@click.option("--disabled", is_flag=True, help="Add it without fetching it yet.")
@click.option("--local", is_flag=True, help='URL is a local file or folder (or "demo").')
@click.option(
    "--no-check", is_flag=True, help="Store it without fetching a preview (offline setup)."
)
@click.pass_obj
def add(
    app: App,
    name: str,
    url: str,
    kind: str,
    interval: int,
    fulltext: bool,
    identity: str,
    disabled: bool,
    local: bool,
    no_check: bool,
) -> None:
    """Add a source NAME at URL: an http(s) feed or page, or with --local a path or "demo".

    The URL is fetched first and previewed (title, entries, the first few); a
    site's address is enough when its pages announce their feed.
    """
    # why: loads httpx ~320 ms, feedparser ~80 ms; every command (and --help) imports this module
    from llamawatch.sources.discovery import preview_source

    # why: loads httpx ~320 ms, yaml ~110 ms and more
    from llamawatch.sources.fetch import is_local_source, local_path

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.sources import add_source

    if name in {s.name for s in _configured(app)}:
        raise LlamawatchError(f"source {name!r} is defined in the configuration file")
    if local:
        if not is_local_source(url):
            raise LlamawatchError(f'{url}: --local takes a path, a file:// URL or "demo"')
        if not local_path(url).exists():
            raise LlamawatchError(f"{url}: no such file or folder")
    else:
        refusal = source_url_refusal(url, app.settings.http.allow_private)
        if refusal:
            raise LlamawatchError(f"{url}: {refusal}")
        if not no_check:
            preview = preview_source(url, kind, app.settings.http)
            if preview.discovered:
                click.echo(f"found the feed {preview.url} announced by {url}")
                url = preview.url
            click.echo(f"{preview.title or '(untitled)'}: {preview.entries} entries")
            for title in preview.first:
                click.echo(f"  - {title}")
    source = Source(
        name=name,
        url=url,
        kind=kind,  # type: ignore[arg-type]
        fulltext=fulltext,
        enabled=not disabled,
        interval_minutes=interval,
        identity=identity,  # type: ignore[arg-type]
    )
    with session_scope(app.engine()) as session:
        add_source(session, source)
    click.echo(f"added source {name!r} ({kind}: {url})")


@command.command("remove")
@click.argument("name")
@click.pass_obj
def remove(app: App, name: str) -> None:
    """Remove a source added with `sources add`; its posts stay in the history."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.sources import remove_source

    if name in {s.name for s in _configured(app)}:
        raise LlamawatchError(
            f"source {name!r} is defined in the configuration file; remove it there "
            "or use `llamawatch sources disable`"
        )
    with session_scope(app.engine()) as session:
        if not remove_source(session, name):
            raise LlamawatchError(f"no source named {name!r}")
    click.echo(f"removed source {name!r}")


def _set_enabled(app: App, name: str, enabled: bool) -> None:
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.sources import load_sources, set_enabled

    with session_scope(app.engine()) as session:
        if name not in {s.name for s in load_sources(session, _configured(app))}:
            raise LlamawatchError(f"no source named {name!r}")
        set_enabled(session, name, enabled)


@command.command("enable")
@click.argument("name")
@click.pass_obj
def enable(app: App, name: str) -> None:
    """Fetch a source again (also after a 410 Gone or a failure backoff)."""
    _set_enabled(app, name, True)
    click.echo(f"enabled source {name!r}")


@command.command("disable")
@click.argument("name")
@click.pass_obj
def disable(app: App, name: str) -> None:
    """Stop fetching a source, keeping its settings and posts."""
    _set_enabled(app, name, False)
    click.echo(f"disabled source {name!r}")


@command.command("import-opml")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def import_opml(app: App, file: Path) -> None:
    """Add every feed an OPML FILE lists (names already in use get a number)."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.sources import add_source, load_sources

    with session_scope(app.engine()) as session:
        existing = load_sources(session, _configured(app))
        known_urls = {s.url for s in existing}
        imported = parse_opml(file.read_bytes(), [s.name for s in existing])
        added = 0
        allow = app.settings.http.allow_private
        for source in imported.sources:
            # An OPML file comes from elsewhere: its URLs pass the guard links from
            # content pass (no file:, javascript:, private or link-local hosts).
            refusal = url_refusal(source.url, allow)
            if refusal:
                imported.skipped.append(f"{source.name}: {refusal} ({source.url})")
                continue
            if source.url in known_urls:
                imported.skipped.append(f"{source.name}: already watched ({source.url})")
                continue
            add_source(session, source)
            added += 1
    for line in imported.skipped:
        click.echo(f"skipped {line}", err=True)
    click.echo(f"imported {added} sources from {file}")


@command.command("export-opml")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), required=False)
@click.pass_obj
def export_opml(app: App, file: Path | None) -> None:
    """Write the HTTP sources as OPML to FILE (default: standard output)."""
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.sources import load_sources

    with session_scope(app.engine()) as session:
        sources = load_sources(session, _configured(app))
    text = render_opml(sources)
    if file is None:
        click.echo(text, nl=False)
    else:
        file.write_text(text, encoding="utf-8")
        click.echo(f"wrote {file}")
