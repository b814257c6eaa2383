"""What every report sink shares: the rendered document (ReportDoc), the Sink protocol, the
hidden markers that make filing idempotent, and the protocol a registered sink class follows."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol
from urllib.parse import urlsplit

import httpx

from ..redact import Redactor

LABEL = "triage-agent"
USER_AGENT = "triage-agent/0.1 (reports)"


def marker(fingerprint: str) -> str:
    """The hidden line that ties a filed report to its fingerprint (used to find it again)."""
    return f"<!-- triage-agent fingerprint={_marker_safe(fingerprint)} -->"


def occurrence_marker(key: str) -> str:
    """The hidden line that makes one occurrence note idempotent."""
    return f"<!-- triage-agent occurrence={_marker_safe(key)} -->"


def _marker_safe(text: str) -> str:
    # "--" would end an HTML comment early; spaces would split the key.
    return re.sub(r"[^A-Za-z0-9:._/+=\-]", "_", text).replace("--", "-_")


@dataclass(frozen=True)
class ReportDoc:
    """A rendered, redacted report: what every sink receives."""

    proposal_id: int
    fingerprint: str
    kind: str  # report | refuted | incident
    title: str
    body: str  # Markdown, fingerprint marker first
    summary: str  # one line
    project_slug: str
    link: str  # the job (or pipeline) in the CircleCI app
    failure_ids: tuple[int, ...] = ()


class Sink(Protocol):
    """Where a report goes. ``file`` returns a location; ``add_occurrence`` notes a repeat there."""

    name: str

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """File the report (or find the earlier filing of its fingerprint); return where."""
        ...

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Note a repeat at ``location`` (once per ``key``); return where."""
        ...


class SinkType(Protocol):
    """A sink class as the registry knows it: its settings, a check of them, and a constructor.

    ``Settings`` is a frozen dataclass of ``[reports]`` keys declared with ``configkeys.key``;
    config.py makes them part of the ``[reports]`` section, and a key marked ``kind="secret"``
    is redacted everywhere without being listed anywhere else.
    """

    Settings: ClassVar[type]

    @classmethod
    def check(cls, settings: Any, *, name: str, missing: Mapping[str, str]) -> None:
        """Raise ConfigError when ``settings`` cannot work (``missing``: unset ${VAR}s by key)."""
        ...

    @classmethod
    def from_settings(cls, settings: Any, *, name: str, resolve_path: Callable[[str], Path],
                      redactor: Redactor, transport: httpx.BaseTransport | None) -> Sink:
        """Build the sink registered as ``name`` (a ConfigError says what is missing)."""
        ...


def chain(first: Redactor | None, own: Redactor) -> Callable[[str], str]:
    """The configured redactor, then the sink's own secret, whatever the caller passed."""
    if first is None:
        return own.redact
    return lambda text: own.redact(first.redact(text))


def host(url: str) -> str:
    """The host of ``url`` (what an error may name instead of the URL, which can be a secret)."""
    return urlsplit(url).hostname or "server"
