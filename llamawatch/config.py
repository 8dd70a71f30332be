"""Settings: one registry of defaults, loaded once from TOML and the environment.

Order of precedence, lowest first:

1. the bundled ``default.toml`` (the commented reference file);
2. the user's TOML file (``--config`` or ``LLAMAWATCH_CONFIG``), section by
   section; ``[[sources]]`` replaces the default sources and ``[[models]]`` adds
   to (or, by name, replaces) the default tracked models;
3. environment variables: ``LLAMAWATCH_DB``, ``LLAMAWATCH_OUTPUT`` and, for any
   key, ``LLAMAWATCH_<SECTION>__<KEY>`` (for example ``LLAMAWATCH_HTTP__TIMEOUT=5``).

Secrets are never stored here: settings such as ``password_env`` name the
environment variable that holds them. This module holds no business logic.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from llamawatch.errors import ConfigError
from llamawatch.records import ATTRIBUTES, Source

ENV_PREFIX = "LLAMAWATCH_"
#: the special source URL that stands for the demo archive bundled in the package
DEMO_SOURCE_URL = "demo"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StorageSettings(_Section):
    #: SQLAlchemy URL; a relative SQLite path is relative to the working directory
    url: str = Field("sqlite:///llamawatch-data/llamawatch.db", description="database URL")
    #: a second run on the same SQLite file waits this long for the first, then stops
    lock_timeout: float = Field(60.0, ge=0, description="seconds a run waits for the writer lock")


class OutputSettings(_Section):
    dir: str = Field("llamawatch-data/site", description="folder for the digest and pages")
    site_title: str = Field("llamawatch", description="title shown on pages and in the feed")
    #: absolute URL where the pages are published; used for links in emails and the feed
    base_url: str = Field("", description="public URL of the pages, if any")


class HttpSettings(_Section):
    timeout: float = Field(20.0, gt=0, description="seconds before a request gives up")
    max_bytes: int = Field(10_000_000, gt=0, description="largest response body accepted")
    max_redirects: int = Field(5, ge=0, description="redirects followed per request")
    retries: int = Field(3, ge=0, description="retries on 429, 5xx and timeouts")
    backoff: float = Field(1.0, ge=0, description="base of the exponential backoff, seconds")
    max_retry_after: float = Field(120.0, ge=0, description="longest Retry-After honoured")
    per_host_concurrency: int = Field(2, ge=1, description="requests at once to one host")
    per_host_delay: float = Field(0.5, ge=0, description="pause between requests to one host")
    user_agent: str = Field(
        "llamawatch/0.1 (+https://github.com/llamawatch/llamawatch)",
        description="User-Agent header",
    )
    #: hosts or CIDR ranges that links from feed content may point to even though
    #: they are private or loopback addresses (tests use 127.0.0.1)
    allow_private: list[str] = Field(default_factory=list, description="private hosts allowed")
    failures_before_notice: int = Field(3, ge=1, description="failures before a source is reported")
    silent_after_days: int = Field(30, ge=1, description="days without news before a notice")
    max_connections: int = Field(
        20, ge=1, description="requests in flight at once, all hosts together"
    )
    #: caps the wait after repeated failures and the server's own hints (<ttl>,
    #: Cache-Control max-age, Expires), so no source is forgotten for long
    max_interval_hours: float = Field(
        24.0, gt=0, description="longest wait before a source is fetched again"
    )
    trust_env: bool = Field(True, description="use HTTP(S)_PROXY / NO_PROXY from the environment")


class ModelSettings(_Section):
    """A tracked model: its canonical name and the other names the press uses."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    #: the generation it belongs to ("Llama 4"), so that statements about the
    #: generation reach its members
    generation: str | None = None


class ExtractionSettings(_Section):
    #: names that mark a Meta model the configuration does not list yet
    company_names: list[str] = Field(default_factory=lambda: ["Meta", "Meta AI", "Facebook"])
    max_post_bytes: int = Field(5_000_000, gt=0, description="posts larger than this are skipped")


class SmtpSettings(_Section):
    host: str = ""
    port: int = 587
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str = ""
    password_env: str = Field("LLAMAWATCH_SMTP_PASSWORD", description="env var with the password")
    sender: str = "llamawatch@localhost"
    recipients: list[str] = Field(default_factory=list)
    timeout: float = 30.0


class WebhookSettings(_Section):
    url: str = ""
    secret_env: str = Field("LLAMAWATCH_WEBHOOK_SECRET", description="env var with the HMAC key")


class DeliverySettings(_Section):
    smtp: SmtpSettings = SmtpSettings()
    #: Apprise URLs (slack://, discord://, ntfy://, mailto://, …) for alerts
    apprise_urls: list[str] = Field(default_factory=list)
    webhooks: list[WebhookSettings] = Field(default_factory=list)
    #: only events from posts published this recently are alerted at once
    alert_window_days: int = Field(7, ge=0)
    #: immediate alerts only about these models / attributes (empty: all)
    alert_models: list[str] = Field(default_factory=list, description="models to alert on")
    alert_attributes: list[str] = Field(default_factory=list, description="attributes to alert on")
    #: fewest sources behind a change before it is alerted at once
    alert_min_support: int = Field(1, ge=1, description="sources needed for an alert")
    send_digest: bool = Field(False, description="send the weekly digest by email")


class DigestSettings(_Section):
    #: a rumour nobody repeated for this long is stale and leaves the digest
    rumour_max_age_days: int = Field(180, ge=1, description="days before a rumour is stale")
    #: sentences in the story that opens each digest before "and N more changes"
    story_sentences: int = Field(5, ge=0, description="sentences in the week's story")
    #: mail a week with no change anyway ("nothing happened"); off: skip it
    send_empty: bool = Field(False, description="mail weeks without changes")
    #: entries in feed.atom; older ones move to archive feeds of this size
    feed_entries: int = Field(100, ge=1, description="entries per Atom feed document")
    #: List-Id header of digest mail (RFC 2919)
    list_id: str = Field("llamawatch digest <digest.llamawatch.invalid>", description="List-Id")
    #: List-Unsubscribe target: a mailto: or https: address; empty: mail the sender
    unsubscribe: str = Field("", description="List-Unsubscribe address")


class ScheduleSettings(_Section):
    timezone: str = Field("UTC", description="time zone of the cron schedules")
    ingest_cron: str = Field("0 * * * *", description="when ingest runs")
    digest_cron: str = Field("0 8 * * 1", description="when the weekly digest runs")


AlertPolicy = Literal["at_once", "corroborated", "reviewed"]


class ReviewSettings(_Section):
    page_items: int = Field(100, ge=1, description="facts listed on the review page, at most")
    #: per attribute: alert "at_once", only once "corroborated" (two sources or a
    #: person) or only once "reviewed"; attributes not listed alert at once
    alert_policy: dict[str, AlertPolicy] = Field(default_factory=dict)

    @field_validator("alert_policy")
    @classmethod
    def _known_attributes(cls, policy: dict[str, str]) -> dict[str, str]:

        unknown = sorted(set(policy) - set(ATTRIBUTES))
        if unknown:
            raise ValueError(f"unknown attributes in alert_policy: {', '.join(unknown)}")
        return policy

    def policy_of(self, attribute: str) -> AlertPolicy:
        """Return when a change of this attribute may alert."""
        return self.alert_policy.get(attribute, "at_once")


class SourceSettings(_Section):
    name: str
    url: str
    kind: Literal["feed", "page", "archive"] = "feed"
    fulltext: bool = True
    enabled: bool = True
    interval_minutes: int = Field(60, ge=1)
    identity: Literal["guid", "link", "title_date"] = "guid"

    def to_source(self) -> Source:
        return Source(**self.model_dump())


class ResolutionSettings(_Section):
    """How resolution weighs statements (see docs/resolution.md)."""

    #: the organisation whose models are tracked: its sites are the publisher's
    organisation: str = Field("Meta", description="publisher of the tracked models")
    #: organisation → its own sites: "host" or "host/path" prefixes
    primary_hosts: dict[str, list[str]] = Field(default_factory=dict)
    publisher_weight: float = Field(3.0, gt=0, description="a publisher statement counts as N")
    conflict_days: int = Field(7, ge=0, description="statements this close are one conversation")
    half_life_days: float = Field(90.0, gt=0, description="age at which a statement weighs half")


class Settings(_Section):
    storage: StorageSettings = StorageSettings()
    output: OutputSettings = OutputSettings()
    http: HttpSettings = HttpSettings()
    extraction: ExtractionSettings = ExtractionSettings()
    delivery: DeliverySettings = DeliverySettings()
    digest: DigestSettings = DigestSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    review: ReviewSettings = ReviewSettings()
    resolution: ResolutionSettings = ResolutionSettings()
    sources: list[SourceSettings] = Field(default_factory=list)
    models: list[ModelSettings] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    @field_validator("models")
    @classmethod
    def _unique_models(cls, models: list[ModelSettings]) -> list[ModelSettings]:
        seen: set[str] = set()
        for model in models:
            if model.name.lower() in seen:
                raise ValueError(f"model {model.name!r} is listed twice")
            seen.add(model.name.lower())
        return models

    @property
    def source_list(self) -> list[Source]:
        return [s.to_source() for s in self.sources if s.enabled]


def default_config_text() -> str:
    """Return the bundled, commented default configuration."""
    return resources.files("llamawatch").joinpath("default.toml").read_text(encoding="utf-8")


def _merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key == "models":
            by_name = {m["name"].lower(): m for m in merged.get("models", [])}
            for model in value:
                by_name[str(model.get("name", "")).lower()] = model
            merged["models"] = list(by_name.values())
        elif isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(dict(merged[key]), value)
        else:
            merged[key] = value
    return merged


def _env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    if environ.get("LLAMAWATCH_DB"):
        overrides.setdefault("storage", {})["url"] = environ["LLAMAWATCH_DB"]
    if environ.get("LLAMAWATCH_OUTPUT"):
        overrides.setdefault("output", {})["dir"] = environ["LLAMAWATCH_OUTPUT"]
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        path = [part.lower() for part in name[len(ENV_PREFIX) :].split("__")]
        target = overrides
        for part in path[:-1]:
            target = target.setdefault(part, {})
        target[path[-1]] = _parse_env_value(raw)
    return overrides


def _parse_env_value(raw: str) -> Any:
    """Read an environment value as a TOML value when it is one, else as a string."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def load_settings(
    path: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Load the settings: bundled defaults, then the TOML file, then the environment."""
    environ = os.environ if environ is None else environ
    data = tomllib.loads(default_config_text())
    path = path or environ.get("LLAMAWATCH_CONFIG") or None
    if path:
        file = Path(path)
        try:
            user = tomllib.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {file}") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"{file}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset "
                f"{exc.start}); save it as UTF-8"
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file}: not valid TOML: {exc}") from exc
        except OSError as exc:
            raise ConfigError(f"{file}: cannot read: {exc.strerror}") from exc
        data = _merge(data, user)
    data = _merge(data, _env_overrides(environ))
    if overrides:
        data = _merge(data, overrides)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        origin = f"{path}: " if path else ""
        raise ConfigError(f"{origin}invalid setting {where}: {first['msg']}") from exc


def demo_archive_path() -> Path:
    """Return the folder of the demo archive bundled with the package."""
    return Path(str(resources.files("llamawatch").joinpath("demo")))
