"""Logging to stderr as text or JSON lines; every record is redacted after it is formatted.

Redaction runs on the finished text of a record, its traceback included: a filter that sees
only the message misses what the formatter adds later (an exception's text, which can hold a
request header with the token in it). Text lines also lose terminal control characters, so a
job name cannot drive the terminal of whoever reads the log.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime

from .core.redact import Redactor
from .core.termsafe import terminal_safe

# The redactor of the running process (the last one configured), for text printed outside
# the logging system: the CLI's error line and its debug traceback.
_current: Redactor = Redactor()


def redact(text: str, *, heuristics: bool = True) -> str:
    """``text`` through the process's configured redactor (shapes only until one is configured)."""
    return _current.redact(text, heuristics=heuristics)


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log shippers; every string in it redacted."""

    def __init__(self, redact_text: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self._redact = redact_text or (lambda text: text)

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "ts": datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            payload.update(extra)
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        elif record.exc_text:
            payload["exc"] = record.exc_text
        if record.stack_info:
            payload["stack"] = self.formatStack(record.stack_info)
        payload = {k: self._redact(v) if isinstance(v, str) else v for k, v in payload.items()}
        return json.dumps(payload, default=lambda v: self._redact(str(v)))


class RedactingFormatter(logging.Formatter):
    """Formats with ``inner``, then redacts the whole text (traceback included) and makes it terminal-safe."""

    def __init__(self, inner: logging.Formatter, redact_text: Callable[[str], str]) -> None:
        super().__init__()
        self._inner = inner
        self._redact = redact_text

    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(self._redact(self._inner.format(record)))


def configure(level: str = "INFO", fmt: str = "text", redactor: Redactor | None = None,
              stream=None) -> logging.Handler:
    """Route the root logger to stderr; quiet noisy libraries; redact secrets in every record."""
    global _current
    redactor = redactor or Redactor()
    _current = redactor
    handler = logging.StreamHandler(stream or sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter(redactor.redact))
    else:
        text = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        handler.setFormatter(RedactingFormatter(text, redactor.redact))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_triage_agent", False):
            root.removeHandler(old)
    handler._triage_agent = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    for noisy in ("httpx", "httpcore", "httpx2", "httpcore2", "openai", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # "skipped: maximum number of running instances reached" is the design (one job at a time).
    logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)
    return handler
