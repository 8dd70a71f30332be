"""The README documents every command and every configuration key."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import click
import pytest

from llamawatch.cli import cli
from llamawatch.config import default_config_text

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        names.append(f"{prefix}{name}")
        if isinstance(command, click.Group):
            names.extend(_commands(command, f"{prefix}{name} "))
    return names


def _keys(table: dict, prefix: str = "") -> list[str]:
    keys = []
    for key, value in table.items():
        if isinstance(value, dict):
            keys.extend(_keys(value, f"{prefix}{key}."))
        elif key not in ("sources", "models"):
            keys.append(f"{prefix}{key}")
    return keys


@pytest.mark.parametrize("command", _commands(cli))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"llamawatch {command}" in README


@pytest.mark.parametrize("key", _keys(tomllib.loads(default_config_text())))
def test_every_config_key_is_in_the_readme(key: str) -> None:
    section, _, name = key.rpartition(".")
    assert re.search(rf"\b{re.escape(name)}\b", README), f"{key} is not documented"
    assert section.split(".")[-1] in README if section else True


@pytest.mark.parametrize("command", _commands(cli))
def test_every_command_explains_itself(command: str) -> None:
    target: click.Command = cli
    for part in command.split():
        assert isinstance(target, click.Group)
        target = target.commands[part]
    assert target.help and len(target.help.split()) >= 4, f"{command} --help says too little"
