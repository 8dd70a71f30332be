"""`llamawatch serve` without a Prefect server says what is missing and exits 1."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from llamawatch.cli import cli


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_serve(monkeypatch: pytest.MonkeyPatch, api_url: str, *args: str):
    monkeypatch.setenv("PREFECT_API_URL", api_url)
    return CliRunner().invoke(cli, ["serve", *args])


def test_without_prefect_api_url_it_explains_and_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_serve(monkeypatch, "")
    assert result.exit_code == 1
    assert "PREFECT_API_URL is not set" in result.output
    assert "prefect server start" in result.output
    assert "export PREFECT_API_URL=http://127.0.0.1:4200/api" in result.output
    assert "prefect worker start --pool llamawatch" in result.output
    assert "Traceback" not in result.output


def test_with_no_server_listening_it_names_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"http://127.0.0.1:{free_port()}/api"
    result = run_serve(monkeypatch, url)
    assert result.exit_code == 1
    assert f"PREFECT_API_URL is {url}, but no Prefect server answers there" in result.output
    assert "prefect server start" in result.output


def test_a_url_that_is_not_a_prefect_api_is_reported(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/health").respond_with_data("not here", status=404)
    result = run_serve(monkeypatch, httpserver.url_for("").rstrip("/"), "--check")
    assert result.exit_code == 1
    assert "answered HTTP 404" in result.output


def test_check_passes_when_the_health_endpoint_answers(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/api/health").respond_with_json(True)
    result = run_serve(monkeypatch, httpserver.url_for("/api"), "--check")
    assert result.exit_code == 0, result.output
    assert "answers" in result.output
