"""`llamawatch backfill SOURCE...`: replay an archive of posts into the history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from llamawatch.cli import App
from llamawatch.cli._prefect import run_flow
from llamawatch.errors import ConfigError

PARTIAL_FAILURE = 3


def parse_chunks(spec: str | None) -> list[int] | None:
    """Read "0-9,12" as [0, 1, …, 9, 12]; None means every chunk."""
    if not spec:
        return None
    chosen: set[int] = set()
    try:
        for part in spec.split(","):
            first, _, last = part.strip().partition("-")
            chosen.update(range(int(first), int(last or first) + 1))
    except ValueError as exc:
        raise ConfigError(
            f"--chunks: expected numbers and ranges like 0-9,12, got {spec!r}"
        ) from exc
    return sorted(chosen)


def _check_sources(sources: tuple[str, ...]) -> None:
    for source in sources:
        if "://" not in source and not Path(source).exists():
            raise ConfigError(f"no such file or folder: {source}")


@click.command("backfill")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Skip posts published before.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Skip posts published after.")
@click.option("--chunk-size", default=200, show_default=True, help="Posts per chunk.")
@click.option("--chunks", metavar="LIST", help="Only these chunks of the plan, e.g. 0-9,12.")
@click.option("--workers", type=int, help="Extraction processes (default: one per core).")
@click.option("--no-site", is_flag=True, help="Do not rebuild the pages at the end.")
@click.pass_obj
def command(
    app: App,
    sources: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    chunk_size: int,
    chunks: str | None,
    workers: int | None,
    no_site: bool,
) -> None:
    """Replay archived posts into the history, without alerting anyone.

    SOURCE is a folder of HTML/Markdown/text posts, a post or feed file, a file
    listing URLs, a sitemap or site URL, or a feed URL whose RFC 5005 archive
    pages are followed. Interrupted, it resumes where it stopped on the next call.
    """
    settings = app.settings
    _check_sources(sources)
    selected = parse_chunks(chunks)

    # why: loads prefect ~1760 ms, sqlalchemy ~700 ms and more
    from llamawatch.flows.backfill import backfill_flow

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
    ) as bar:
        task = bar.add_task("starting Prefect…", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, description="backfill chunks", completed=done, total=total)

        summary = run_flow(
            backfill_flow,
            sources=list(sources),
            config_path=app.config_path,
            db_url=settings.storage.url,
            since=since.date() if since else None,
            until=until.date() if until else None,
            chunk_size=chunk_size,
            chunks=selected,
            workers=workers,
            write_site=not no_site,
            progress=progress,
            verbose=app.verbose,
            spinner=False,
        )
    for line in summary.lines():
        click.echo(line)
    if summary.failed:
        raise SystemExit(PARTIAL_FAILURE)
