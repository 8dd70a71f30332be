"""`llamawatch refetch`: fetch a post's page again on the next run, whatever its state."""

from __future__ import annotations

import click

from llamawatch.cli import App
from llamawatch.errors import LlamawatchError


@click.command("refetch")
@click.argument("post_url", required=False)
@click.option("--source", "source", help="re-fetch every post of this source")
@click.pass_obj
def command(app: App, post_url: str | None, source: str | None) -> None:
    """Mark a post (by URL) or every post of a source to be fetched again by the next run.

    The post's page is fetched, its text re-read and its facts replaced when the
    next `llamawatch run` starts, even if its feed answers 304 or no longer lists it.
    """
    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import session_scope

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.posts import mark_for_refetch

    if bool(post_url) == bool(source):
        raise LlamawatchError("give either a POST_URL or --source NAME")
    with session_scope(app.engine()) as session:
        count = mark_for_refetch(session, url=post_url, source=source)
    if not count:
        what = post_url or f"source {source!r}"
        raise LlamawatchError(f"no stored post with a web page matches {what}")
    click.echo(f"{count} post{'s' if count != 1 else ''} will be fetched again by the next run")
