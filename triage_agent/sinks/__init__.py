"""Report sinks: the registry (name -> class, one line per sink) and the ``[reports]`` settings
composed from what each registered sink declares.

A new sink is one file here (a class following ``base.SinkType``, with its own ``Settings``
dataclass of ``[reports]`` keys) plus one line in ``SINKS``: its keys become part of the
``[reports]`` section (help text included), its secrets are redacted because they are marked
``kind="secret"``, ``reports.sinks`` accepts its name, and the application object builds and
closes it.

Decision: the ``[reports]`` table stays flat (its keys predate the registry and existing configs
must load unchanged), so each sink's settings are flat dataclasses whose fields are the keys it
owns; ``ReportsSettings`` is made from them (the keys shared by every sink first).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, make_dataclass
from pathlib import Path

import httpx

from ..configkeys import key
from ..errors import ConfigError
from ..redact import Redactor
from .base import ReportDoc, Sink, SinkType
from .file import FileSink
from .github import GitHubSink
from .slack import SlackSink

SINKS: dict[str, type[SinkType]] = {
    "file": FileSink,
    "github": GitHubSink,
    "slack": SlackSink,
}
# Names accepted for a registered sink; a sink built under an alias keeps it as its name.
ALIASES: dict[str, str] = {"webhook": "slack"}


@dataclass(frozen=True)
class CommonSettings:
    """``[reports]`` keys of every sink."""

    sinks: list = key("Where a report is filed: any of file, github, slack (a Slack-compatible incoming webhook; \"webhook\", its former name, is accepted as an alias).", ["file"], kind="list[str]")
    timeout_seconds: float = key("Timeout of one request to a report sink, in seconds: the whole request.", 15.0)


# Bases in reverse so the fields come out common keys first, then each sink's in registry order.
ReportsSettings = make_dataclass(
    "ReportsSettings", [], bases=tuple(reversed([CommonSettings, *(s.Settings for s in SINKS.values())])),
    frozen=True, namespace={"__doc__": "[reports]: where approved reports go.", "__module__": __name__},
)


def known_names() -> str:
    """Every accepted sink name, for error messages (``file, github, slack or webhook``)."""
    names = [*SINKS, *ALIASES]
    return ", ".join(names[:-1]) + f" or {names[-1]}"


def resolve(name: str) -> type[SinkType]:
    """The class registered as ``name`` (or an alias of it); a ConfigError for an unknown name."""
    cls = SINKS.get(ALIASES.get(name, name))
    if cls is None:
        raise ConfigError(f"reports.sinks: unknown sink {name!r} ({known_names()})")
    return cls


def same_sink_names(name: str) -> tuple[str, ...]:
    """``name`` and every other name of the same sink, ``name`` first (for stored locations)."""
    canonical = ALIASES.get(name, name)
    others = [canonical, *(a for a, c in ALIASES.items() if c == canonical)]
    return (name, *(n for n in others if n != name))


def check_settings(settings: object, missing: Mapping[str, str]) -> None:
    """Load-time checks of ``[reports]``: every sink name known, each configured sink's keys usable."""
    for name in settings.sinks:  # type: ignore[attr-defined]
        resolve(name).check(settings, name=name, missing=missing)


def build_sinks(settings: object, resolve_path: Callable[[str], Path], redactor: Redactor,
                transport: httpx.BaseTransport | None = None) -> list[Sink]:
    """The configured sinks, in ``reports.sinks`` order (``resolve_path`` is Config.path)."""
    return [resolve(name).from_settings(settings, name=name, resolve_path=resolve_path,
                                        redactor=redactor, transport=transport)
            for name in settings.sinks]  # type: ignore[attr-defined]


def close_sinks(sinks: Sequence[Sink]) -> None:
    """Close every sink's client (each sink owns at most one)."""
    for sink in sinks:
        close = getattr(sink, "close", None)
        if close is not None:
            close()


__all__ = ["ALIASES", "SINKS", "ReportDoc", "ReportsSettings", "Sink", "SinkType", "build_sinks",
           "check_settings", "close_sinks", "known_names", "resolve", "same_sink_names"]
