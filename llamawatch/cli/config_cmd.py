"""`llamawatch config`: show the default configuration or the one in effect."""

from __future__ import annotations

import json

import click

from llamawatch.cli import App
from llamawatch.config import default_config_text


@click.group("config")
def command() -> None:
    """Show the configuration: the commented defaults, or the settings in effect."""


@command.command("default")
def default() -> None:
    """Print the commented default configuration file (a starting point to copy)."""
    click.echo(default_config_text(), nl=False)


@command.command("show")
@click.pass_obj
def show(app: App) -> None:
    """Print the settings in effect after the file and environment overrides, as JSON."""
    click.echo(json.dumps(app.settings.model_dump(mode="json"), indent=2))
