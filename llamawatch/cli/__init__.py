"""The ``llamawatch`` command line.

Each command lives in its own module of this package and defines ``command``
(a click command or group). ``main`` adds them to one group that carries the
global options; every command receives an :class:`App` through ``click.pass_obj``.
Errors llamawatch can explain end the command with one line on stderr and exit
status 1, never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from llamawatch.cli._prefect import quiet_prefect
from llamawatch.config import Settings, load_settings
from llamawatch.errors import LlamawatchError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

#: command modules, in the order ``--help`` lists them
COMMAND_MODULES = (
    "run",
    "backfill",
    "extract",
    "eval",
    "export",
    "digest",
    "site",
    "status",
    "outbox",
    "sources",
    "reprocess",
    "review",
    "facts",
    "refetch",
    "serve",
    "config",
)


@dataclass
class App:
    """What every command needs: the settings, and the database on demand."""

    config_path: str | None
    db_url: str | None
    verbose: bool = False
    _settings: Settings | None = field(default=None, repr=False)
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            overrides: dict[str, Any] = {}
            if self.db_url:
                overrides["storage"] = {"url": self.db_url}
            self._settings = load_settings(self.config_path, overrides=overrides)
        return self._settings

    def settings_with_output(self, out_dir: Path | None) -> Settings:
        """Return the settings, with the output folder replaced when ``out_dir`` is given."""
        settings = self.settings
        if out_dir is None:
            return settings
        output = settings.output.model_copy(update={"dir": str(out_dir)})
        return settings.model_copy(update={"output": output})

    def engine(self) -> Engine:
        """Return the engine for the configured database, migrated to the latest schema."""
        if self._engine is None:
            # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
            from llamawatch.storage.db import open_database

            self._engine = open_database(self.settings.storage.url)
        return self._engine


#: the ``--out DIR`` option of the commands that write pages or digests
out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: output.dir).",
)


#: errno values that mean "the disk will not take it", worth naming as such
_WRITE_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EFBIG}


def explain(exc: BaseException) -> str | None:
    """Return one line explaining an error llamawatch can name the cause of, else None."""
    # why: sqlalchemy ~700 ms to import; only this path needs it
    from sqlalchemy.exc import SQLAlchemyError

    # why: loads sqlalchemy ~700 ms; every command (and --help) imports this module
    from llamawatch.storage.db import database_reason

    if isinstance(exc, LlamawatchError):
        return " ".join(str(exc).split())
    if isinstance(exc, OSError):
        reason = exc.strerror or exc.__class__.__name__
        if exc.filename is None:
            return f"cannot write: {reason}" if exc.errno in _WRITE_ERRNOS else reason
        verb = "cannot write" if exc.errno in _WRITE_ERRNOS else "cannot use"
        return f"{verb} {exc.filename}: {reason}"
    if isinstance(exc, SQLAlchemyError):
        return f"database error: {database_reason(exc)}"
    return None


class _Group(click.Group):
    """A group that ends every failure with one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # the reader went away (`llamawatch status | head`): nothing to report, and
            # stdout must not be flushed again at exit
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(1)
        except Exception as exc:
            verbose = bool(ctx.obj and getattr(ctx.obj, "verbose", False))
            line = explain(exc)
            if line is None:
                if verbose:
                    raise  # -v: the traceback is what a bug report needs
                first = " ".join(str(exc).split())[:300]
                line = f"unexpected {exc.__class__.__name__}: {first} (rerun with -v for details)"
            click.secho(f"error: {line}", fg="red", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    envvar="LLAMAWATCH_CONFIG",
    metavar="FILE",
    help="TOML configuration file (env LLAMAWATCH_CONFIG). Defaults need none.",
)
@click.option(
    "--db",
    "db_url",
    envvar="LLAMAWATCH_DB",
    metavar="URL",
    help="Database URL (env LLAMAWATCH_DB), e.g. sqlite:///watch.db or postgresql://…",
)
@click.option("-v", "--verbose", is_flag=True, help="Log more detail to stderr.")
@click.version_option(package_name="llamawatch")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, db_url: str | None, verbose: bool) -> None:
    """Track what the news says about Meta's Llama models.

    Ingests feeds and pages, extracts facts (status, licence, openness, size, …),
    keeps their history, detects changes, alerts on the important ones and
    renders a weekly digest.
    """
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = App(config_path=config_path, db_url=db_url, verbose=verbose)


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"llamawatch.cli.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name == f"llamawatch.cli.{name}_cmd":
                continue
            raise
        cli.add_command(module.command)


def main() -> None:
    """Entry point of the ``llamawatch`` console script."""
    quiet_prefect("-v" in sys.argv or "--verbose" in sys.argv)
    cli(prog_name="llamawatch")


_register()
