"""`llamawatch site`: rebuild the static pages, the weekly digest pages and the Atom feed."""

from __future__ import annotations

from pathlib import Path

import click

from llamawatch.cli import App


@click.command("site")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: output.dir).",
)
@click.pass_obj
def command(app: App, out_dir: Path | None) -> None:
    """Rebuild the pages from the database: index, one page per model, changes, digests, feed.

    The folder can be opened from disk or copied to any static host; pages
    need no JavaScript and load nothing from elsewhere.
    """
    from llamawatch.publish import publish_site

    settings = app.settings
    if out_dir is not None:
        settings = settings.model_copy(
            update={"output": settings.output.model_copy(update={"dir": str(out_dir)})}
        )
    written = publish_site(app.engine(), settings)
    index = Path(settings.output.dir) / "index.html"
    click.echo(f"wrote {len(written)} files; open {index.resolve().as_uri()}")
