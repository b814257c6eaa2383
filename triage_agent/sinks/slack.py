"""The Slack sink: a Slack-compatible incoming webhook (outbound), one message per report and per
repeat. Registered as ``slack``; ``webhook``, its name before, stays accepted as an alias.

A sink built under the alias keeps that name: its stored locations, its location text
(``webhook:<host>``) and its messages read as they always did, so an existing install's reports
and their occurrences carry on unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from .. import deadline
from ..configkeys import key as config_key
from ..errors import ConfigError, SinkError
from ..mdsafe import defuse
from ..redact import Redactor
from .base import USER_AGENT, ReportDoc, chain, host


@dataclass(frozen=True)
class SlackSettings:
    """The slack sink's ``[reports]`` key (named ``webhook_url`` since the sink was ``webhook``)."""

    webhook_url: str = config_key("Slack-compatible incoming webhook URL for the slack sink (also called webhook); \"${SLACK_WEBHOOK_URL}\" reads the environment.", "", kind="secret")


def _slack_escape(text: str) -> str:
    # Slack treats <...> as links and mentions (<!channel>); a log must not ping anyone.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SlackSink:
    """A Slack-compatible incoming webhook: ``{"text", "blocks"}``. At-least-once: it cannot be asked.

    One HTTP client for the life of the sink (the application object closes it), with the
    overall request deadline every outbound client shares.
    """

    Settings = SlackSettings

    def __init__(self, url: str, transport: httpx.BaseTransport | None = None,
                 timeout: float = 15.0, *, redactor: Redactor | None = None, name: str = "slack") -> None:
        self.name = name
        self._url = url
        self._redact = chain(redactor, Redactor([url]))
        self._http = httpx.Client(timeout=timeout, transport=transport or deadline.transport(timeout),
                                  follow_redirects=False,
                                  headers={"User-Agent": USER_AGENT})

    @classmethod
    def check(cls, settings: Any, *, name: str, missing: Mapping[str, str]) -> None:
        """The URL must be set (or come from a ${VAR} that a later run may set)."""
        if not settings.webhook_url and "reports.webhook_url" not in missing:
            raise ConfigError(f"reports.webhook_url: the {name} sink needs a URL")

    @classmethod
    def from_settings(cls, settings: Any, *, name: str, resolve_path: Callable[[str], Path],
                      redactor: Redactor, transport: httpx.BaseTransport | None = None) -> SlackSink:
        """The sink posting to ``reports.webhook_url``, under the name it was configured as."""
        if not settings.webhook_url:
            raise ConfigError(f"reports.webhook_url: the {name} sink needs a URL")
        return cls(settings.webhook_url, transport=transport, timeout=settings.timeout_seconds,
                   redactor=redactor, name=name)

    def __repr__(self) -> str:  # the URL is the secret
        return f"SlackSink({host(self._url)!r})"

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._http.close()

    def _post(self, text: str, blocks: list[dict[str, Any]]) -> None:
        try:
            response = self._http.post(self._url, json={"text": text, "blocks": blocks})
        except httpx.HTTPError as exc:
            raise SinkError(f"{self.name} sink: {type(exc).__name__} talking to {host(self._url)}") from None
        if response.status_code >= 300:
            raise SinkError(f"{self.name} sink: {host(self._url)} answered {response.status_code}")

    def _blocks(self, header: str, lines: Sequence[str], doc: ReportDoc) -> list[dict[str, Any]]:
        # The lines are ours (a summary defused by the caller, or an occurrence note whose
        # build-derived parts are already inert); only <, > and & remain to escape for Slack.
        text = "\n".join(_slack_escape(self._redact(line)) for line in lines if line)[:2800]
        if doc.link:  # our own URL, built from ids: the one <...> we mean
            text += f"\n<{doc.link}|open in CircleCI>"
        blocks: list[dict[str, Any]] = [
            {"type": "header", "text": {"type": "plain_text", "text": self._redact(header)[:150]}},
            {"type": "section", "text": {"type": "mrkdwn", "text": text or "-"}},
        ]
        blocks.append({"type": "context", "elements": [
            {"type": "mrkdwn", "text": _slack_escape(f"fingerprint {doc.fingerprint}")[:300]}]})
        return blocks

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """Announce a new report."""
        self._post(_slack_escape(defuse(self._redact(f"{doc.title}: {doc.summary}")))[:3000],
                   self._blocks(defuse(doc.title), [defuse(doc.summary)], doc))
        return f"{self.name}:{host(self._url)}"

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Post a short "seen again" message."""
        self._post(_slack_escape(defuse(self._redact(f"Seen again: {doc.title}")))[:3000],
                   self._blocks(f"Seen again: {defuse(doc.title)}", note.splitlines()[:10], doc))
        return location
