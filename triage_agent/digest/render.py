"""The digest as Markdown or one self-contained HTML page, and the dated files the daemon writes."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..atomicfile import write_atomic
from ..config import DigestSettings
from ..errors import ConfigError, TriageError
from ..store import Store
from ..templates import render as render_template
from ..timeutil import parse
from .chart import chart
from .model import VERDICT_ORDER, Digest, FailureLine, Precision, build_digest, plural

Format = Literal["md", "html"]
FORMATS: tuple[str, ...] = ("md", "html")


# Characters that start Markdown markup or raw HTML, or end a table cell. An underscore
# inside a word (test_foo_bar) is plain text in GFM, so only the others are escaped, which
# keeps test names readable as plain text; so is an ampersand that cannot start an entity.
_MD_SPECIAL = re.compile(r"[\\`*\[\]<>|~]|&(?=[#A-Za-z0-9])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md_escape(text: Any) -> str:
    """Make untrusted text inert in a Markdown table cell: one line, no markup, no raw HTML."""
    flat = " ".join(str(text if text is not None else "").split())
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), flat)


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def _age(hours: float) -> str:
    return _duration(hours * 3600)


def _percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share * 100:.0f}%"


class _View:
    """Formatting helpers handed to the templates (kept out of the shared jinja environment)."""

    def __init__(self, digest: Digest, redact: Callable[[str], str] | None = None) -> None:
        self.tz = ZoneInfo(digest.timezone)
        self.d = digest
        self._redact = redact

    def r(self, text: Any) -> str:
        """A value from a build, redacted (the HTML template escapes it after)."""
        value = "" if text is None else str(text)
        return self._redact(value) if self._redact is not None else value

    def md(self, text: Any) -> str:
        """A value from a build, redacted, then made inert in a Markdown table cell."""
        return md_escape(self.r(text))

    def local(self, value: str | datetime | None) -> datetime | None:
        dt = parse(value) if isinstance(value, str) or value is None else value
        return dt.astimezone(self.tz) if dt else None

    def hm(self, value: str | datetime | None) -> str:
        """A time of the digest day as HH:MM, with the date when it is another day."""
        dt = self.local(value)
        if dt is None:
            return "–"
        return f"{dt:%H:%M}" if dt.date() == self.d.day else f"{dt:%-d %b %H:%M}"

    def stamp(self, value: str | datetime | None) -> str:
        dt = self.local(value)
        return f"{dt:%Y-%m-%d %H:%M}" if dt else "–"

    def utc(self, value: datetime) -> str:
        return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"

    @staticmethod
    def num(n: int | float | None) -> str:
        return "–" if n is None else f"{n:,}"

    @staticmethod
    def conf(c: float | None) -> str:
        return "–" if c is None else f"{float(c):.2f}"

    @staticmethod
    def precision(p: Precision) -> str:
        return "not enough data" if p.value is None else f"{p.value * 100:.0f}%"

    percent = staticmethod(_percent)
    duration = staticmethod(_duration)
    age = staticmethod(_age)
    plural = staticmethod(plural)

    @staticmethod
    def action(action: str | None) -> str:
        return {"rerun_workflow": "rerun", "file_report": "report"}.get(action or "", action or "–")

    @staticmethod
    def outcome(outcome: str | None) -> str:
        return {"running": "still running", "different": "failed differently",
                "refuted": "refuted", "confirmed": "confirmed", "canceled": "canceled"}.get(
            outcome or "", outcome or "–")

    @staticmethod
    def probe_outcome(outcome: str | None) -> str:
        """What a probe's rerun measured, in words."""
        return {"confirmed": "passed: flaky", "refuted": "failed the same way: reported",
                "running": "still running"}.get(outcome or "", f"{outcome or '–'}: the report proposed")

    def done(self, line: FailureLine) -> str:
        """What became of a failure, in a few words."""
        if line.proposal_id is None:
            return line.note or ("waiting for classification" if line.verdict is None else "no action")
        action = "probe" if line.proposal_kind == "probe" else self.action(line.action)
        text = f"#{line.proposal_id} {action}: {line.proposal_status}"
        if line.rerun_outcome:
            text += f", {self.outcome(line.rerun_outcome)}"
        return text


def render(digest: Digest, fmt: Format, redact: Callable[[str], str] | None = None) -> str:
    """The digest as Markdown (``md``) or one self-contained HTML page (``html``).

    With ``redact``, every value from a build is redacted before it is escaped (test and job
    names, branches, summaries), and the page as a whole once more at the end.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"digest format {fmt!r}: expected one of {', '.join(FORMATS)}")
    view = _View(digest, redact)
    ctx: dict[str, Any] = {"d": digest, "v": view, "verdicts": VERDICT_ORDER}
    if fmt == "html":
        ctx["chart"] = chart(digest.history, digest.day)
    text = render_template(f"digest.{fmt}.j2", **ctx)
    return redact(text) if redact is not None else text


# --------------------------------------------------------------------------- writing


# --------------------------------------------------------------------------- writing


def digest_path(directory: Path, day: date, fmt: str) -> Path:
    """Where the digest of ``day`` in format ``fmt`` lives: ``<directory>/digest-YYYY-MM-DD.<fmt>``."""
    return directory / f"digest-{day.isoformat()}.{fmt}"


def write_daily(store: Store, settings: DigestSettings, base_path_resolver: Callable[[str], Path],
                day: date, now: datetime, *, llm_budget: int | None = None,
                api_budget_per_day: int | None = None,
                redact: Callable[[str], str] | None = None) -> list[Path]:
    """Build the digest of ``day`` once and write it in each configured format; return the paths."""
    try:
        tz = ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"digest.timezone: unknown time zone {settings.timezone!r}") from exc
    formats = list(dict.fromkeys(settings.formats))
    for fmt in formats:
        if fmt not in FORMATS:
            raise ConfigError(f"digest.formats: {fmt!r} is not one of {', '.join(FORMATS)}")
    digest = build_digest(store, day, tz, now, llm_budget=llm_budget,
                          api_budget_per_day=api_budget_per_day)
    directory = Path(base_path_resolver(settings.directory))
    paths = []
    for fmt in formats:
        path = digest_path(directory, day, fmt)
        try:
            write_atomic(path, render(digest, fmt, redact))
        except OSError as exc:
            raise TriageError(f"digest: cannot write {path}: {exc.strerror or exc}") from exc
        paths.append(path)
    return paths
