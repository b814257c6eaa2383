"""The GitHub sink: one issue per fingerprint (found again by its marker), occurrences as comments."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from .. import deadline
from ..configkeys import key as config_key
from ..errors import ConfigError, SinkError
from ..redact import Redactor
from .base import LABEL, USER_AGENT, ReportDoc, chain, host, marker, occurrence_marker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GitHubSettings:
    """The github sink's ``[reports]`` keys."""

    github_repo: str = config_key("owner/repo of the tracker for the github sink.", "")
    github_token: str = config_key("Token for the github sink; \"${GITHUB_TOKEN}\" reads the environment.", "", kind="secret")
    github_api_url: str = config_key("GitHub API base URL (GitHub Enterprise has its own).", "https://api.github.com", kind="url")


class GitHubSink:
    """GitHub issues: one per fingerprint (found again by its marker), occurrences as comments.

    One HTTP client for the life of the sink (the application object closes it), with the
    overall request deadline every outbound client shares.
    """

    name = "github"
    Settings = GitHubSettings

    def __init__(self, api_url: str, repo: str, token: str,
                 transport: httpx.BaseTransport | None = None, timeout: float = 15.0, *,
                 redactor: Redactor | None = None, max_pages: int = 10) -> None:
        self.api_url = api_url.rstrip("/")
        self.repo = repo
        self.max_pages = max_pages
        self._redact = chain(redactor, Redactor([token]))
        self._http = httpx.Client(
            timeout=timeout, transport=transport or deadline.transport(timeout), follow_redirects=False,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json",
                     "X-GitHub-Api-Version": "2022-11-28", "User-Agent": USER_AGENT},
        )

    @classmethod
    def check(cls, settings: Any, *, name: str, missing: Mapping[str, str]) -> None:
        """The repository must read owner/repo (the token may stay unset until a report is filed)."""
        if not re.fullmatch(r"[\w.\-]+/[\w.\-]+", settings.github_repo):
            raise ConfigError(f"reports.github_repo: the {name} sink needs owner/repo")

    @classmethod
    def from_settings(cls, settings: Any, *, name: str, resolve_path: Callable[[str], Path],
                      redactor: Redactor, transport: httpx.BaseTransport | None = None) -> GitHubSink:
        """The sink filing to ``reports.github_repo`` with ``reports.github_token``."""
        if not settings.github_repo:
            raise ConfigError(f"reports.github_repo: the {name} sink needs owner/repo")
        if not settings.github_token:
            raise ConfigError(f"reports.github_token: the {name} sink needs a token")
        return cls(settings.github_api_url, settings.github_repo, settings.github_token,
                   transport=transport, timeout=settings.timeout_seconds, redactor=redactor)

    def __repr__(self) -> str:  # never show the token
        return f"GitHubSink({self.api_url!r}, {self.repo!r})"

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._http.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        what = f"{method} {path.split('?')[0]}"
        url = path if path.startswith("http") else f"{self.api_url}{path}"
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise SinkError(f"github sink: {what}: {type(exc).__name__} talking to "
                            f"{host(self.api_url)}") from None
        if response.status_code >= 400:
            try:
                message = str(response.json().get("message", ""))[:200]
            except Exception:
                message = ""
            raise SinkError(f"github sink: {what} answered {response.status_code}"
                            f"{': ' + self._redact(message) if message else ''}")
        return response

    def find_issue(self, fingerprint: str) -> dict[str, Any] | None:
        """The issue (open or closed) whose body carries the fingerprint marker, if any."""
        tag = marker(fingerprint)
        url: str | None = f"/repos/{self.repo}/issues"
        params: dict[str, Any] | None = {"labels": LABEL, "state": "all", "per_page": 100}
        for _ in range(self.max_pages):
            if url is None:
                break
            response = self._request("GET", url, params=params)
            items = response.json()
            if not isinstance(items, list):
                raise SinkError(f"github sink: GET /repos/{self.repo}/issues: expected a list")
            for item in items:
                if isinstance(item, dict) and tag in (item.get("body") or ""):
                    return item
            url = response.links.get("next", {}).get("url")
            params = None  # the next link carries its own query
        return None

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """Create the issue unless one for this fingerprint exists; return its html_url."""
        found = self.find_issue(doc.fingerprint)
        if found is not None:
            log.info("github sink: issue #%s already carries %s", found.get("number"), doc.fingerprint)
            return str(found.get("html_url") or found.get("url"))
        body = self._redact(doc.body)
        if marker(doc.fingerprint) not in body:
            body = marker(doc.fingerprint) + "\n" + body
        response = self._request(
            "POST", f"/repos/{self.repo}/issues",
            json={"title": self._redact(doc.title)[:250], "body": body, "labels": [LABEL]},
        )
        data = response.json()
        return str(data.get("html_url") or data.get("url"))

    def _number(self, location: str) -> int:
        m = re.search(r"/issues/(\d+)/?$", location)
        if not m:
            raise SinkError(f"github sink: cannot tell the issue number from {location!r}")
        return int(m.group(1))

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Comment on the issue (once per key); return the comment's html_url."""
        number = self._number(location)
        tag = occurrence_marker(key)
        path = f"/repos/{self.repo}/issues/{number}/comments"
        existing = self._request("GET", path, params={"per_page": 100}).json()
        for comment in existing if isinstance(existing, list) else []:
            if isinstance(comment, dict) and tag in (comment.get("body") or ""):
                return str(comment.get("html_url") or location)
        data = self._request("POST", path, json={"body": self._redact(f"{tag}\n{note}")}).json()
        return str(data.get("html_url") or location)
