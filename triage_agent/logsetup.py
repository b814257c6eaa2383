"""Logging to stderr as text or JSON lines, with every record passed through the redactor."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from .redact import RedactingFilter, Redactor


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log shippers."""

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
        return json.dumps(payload, default=str)


def configure(level: str = "INFO", fmt: str = "text", redactor: Redactor | None = None,
              stream=None) -> logging.Handler:
    """Route the root logger to stderr; quiet noisy libraries; redact secrets in every record."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if redactor is not None:
        handler.addFilter(RedactingFilter(redactor))
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
