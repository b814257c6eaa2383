"""The file sink: one Markdown file per fingerprint, occurrences appended as sections."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from ..atomicfile import write_atomic
from ..configkeys import key as config_key
from ..errors import SinkError
from ..redact import Redactor
from ..timeutil import day, iso
from .base import ReportDoc, occurrence_marker


@dataclass(frozen=True)
class FileSettings:
    """The file sink's ``[reports]`` keys."""

    directory: str = config_key("Folder for Markdown reports (relative to the config file).", "reports", kind="path")


def short_fingerprint(fingerprint: str) -> str:
    """Twelve hex characters naming a fingerprint in a file name."""
    if re.fullmatch(r"[0-9a-fA-F]{6,64}", fingerprint or ""):
        return fingerprint[:12].lower()
    return hashlib.sha256((fingerprint or "").encode()).hexdigest()[:12]


class FileSink:
    """Markdown files: ``<dir>/<YYYY-MM-DD>-<project>-<short fingerprint>.md``."""

    name = "file"
    Settings = FileSettings

    def __init__(self, directory: str | os.PathLike[str], redactor: Redactor | None = None) -> None:
        self.directory = Path(directory)
        self._redact = redactor or Redactor()

    @classmethod
    def check(cls, settings: Any, *, name: str, missing: Mapping[str, str]) -> None:
        """Nothing to check: the folder is created on first use (an unwritable one is a SinkError)."""

    @classmethod
    def from_settings(cls, settings: Any, *, name: str, resolve_path: Callable[[str], Path],
                      redactor: Redactor, transport: httpx.BaseTransport | None = None) -> FileSink:
        """The sink writing to ``reports.directory`` (anchored to the config file)."""
        return cls(resolve_path(settings.directory), redactor)

    def close(self) -> None:
        """Nothing to release: every write opens and closes its own file."""

    def _stem(self, doc: ReportDoc) -> str:
        project = "incident" if doc.kind == "incident" else doc.project_slug
        project = re.sub(r"[^A-Za-z0-9._]+", "-", project).strip("-.") or "project"
        return f"{project}-{short_fingerprint(doc.fingerprint)}"

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """Write the report once; a second call for the same fingerprint returns the first file."""
        stem = self._stem(doc)
        existing = sorted(self.directory.glob(f"????-??-??-{stem}.md"))
        if existing:
            return str(existing[0])
        path = self.directory / f"{day(now)}-{stem}.md"
        try:
            write_atomic(path, self._redact(doc.body))
        except OSError as exc:
            raise SinkError(f"file sink: cannot write {path}: {exc.strerror or exc}") from exc
        return str(path)

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Append a "Seen again" section (once per key)."""
        path = Path(location)
        try:
            text = path.read_text(encoding="utf-8") if path.exists() else self._redact(doc.body)
            tag = occurrence_marker(key)
            if tag not in text:
                section = f"\n## Seen again ({iso(now)[:16].replace('T', ' ')} UTC)\n{tag}\n\n{note}\n"
                write_atomic(path, text.rstrip("\n") + "\n" + self._redact(section))
        except OSError as exc:
            raise SinkError(f"file sink: cannot update {path}: {exc.strerror or exc}") from exc
        return str(path)
