"""``llamawatch extract``: JSON or text for many files, one line per unreadable file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from llamawatch.cli import cli

CORPUS = Path(__file__).parent / "data/extract/corpus/posts"


def test_extract_json_for_several_files() -> None:
    files = [CORPUS / "press-llama-2.html", CORPUS / "rumour-mango.md"]
    result = CliRunner().invoke(cli, ["extract", *map(str, files), "--format", "json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    sources = {f["source"] for f in facts}
    assert sources == {
        "https://news.example.org/2023/07/llama-2-business",
        "urn:llamawatch-fixture:rumour-mango",
    }
    assert set(facts[0]) == {
        "model",
        "attribute",
        "value",
        "certainty",
        "evidence",
        "source",
        "published",
    }
    assert {"model": "Mango", "attribute": "status", "value": "upcoming"}.items() <= next(
        f for f in facts if f["model"] == "Mango" and f["attribute"] == "status"
    ).items()


def test_extract_source_is_the_path_without_a_url(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Llama news\nLlama 3.3 was released on December 6, 2024.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path)])
    facts = json.loads(result.output)
    assert facts and {f["source"] for f in facts} == {str(path)}


def test_extract_reports_unreadable_files_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["extract", str(tmp_path / "missing.md"), str(bad), str(CORPUS / "rumour-mango.md")]
    )
    assert result.exit_code == 3  # some inputs were skipped
    assert json.loads(result.stdout)  # the good file's facts are still printed
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "not found" in errors[0]


def test_extract_text_format_shows_evidence() -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(CORPUS / "rumour-mango.md"), "--format", "text"]
    )
    assert result.exit_code == 0
    assert 'Mango | status = "upcoming" (reported)' in result.output
    assert "codenamed Mango" in result.output


def test_extract_reads_folders(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Llama 3.3 was released today.", encoding="utf-8")
    (tmp_path / "ignore.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert {f["source"] for f in json.loads(result.output)} == {str(tmp_path / "a.md")}


def test_extract_prints_valid_json_when_every_input_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01\x02 not text")
    result = CliRunner().invoke(cli, ["extract", str(bad), str(tmp_path / "missing.html")])
    assert result.exit_code == 3
    assert json.loads(result.stdout) == []
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 2


def test_extract_explain_says_how_each_fact_was_read(tmp_path: Path) -> None:
    post = tmp_path / "p.md"
    post.write_text(
        "---\ntitle: t\npublished: 2026-04-10\n---\n"
        "According to a newswire, Meta is readying Avocado for a June launch.\n",
        encoding="utf-8",
    )
    quiet = tmp_path / "q.md"
    quiet.write_text("Unlike Llama 2, the new chatbot from a startup is closed.\n", "utf-8")
    result = CliRunner().invoke(cli, ["extract", "--explain", str(post), str(quiet)])
    assert result.exit_code == 0, result.output
    assert "Avocado | status" in result.output
    assert "clause: “According to a newswire" in result.output
    assert "reported: attributed to a source" in result.output
    assert "set aside: Llama 2: named as a base or a comparison" in result.output
