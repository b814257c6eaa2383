"""The daemon's health as data: healthy unless the database is unreachable, the scheduler has
stopped, or the last cycles all failed. ``GET /healthz`` renders it (200 or 503).

The body names no error text (it may be served beyond the machine): only times, flags, counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..store import DB_ERRORS, Store, deliveries
from ..store import usage as store_usage
from ..timeutil import iso


def health(store: Callable[[], Store], now: datetime, *, failed_cycles_limit: int, webhooks_on: bool,
           scheduler_running: bool = True) -> tuple[bool, dict[str, Any]]:
    """(healthy, body) for ``GET /healthz``."""
    body: dict[str, Any] = {"status": "ok", "time": iso(now), "database": "ok",
                            "scheduler": "running" if scheduler_running else "stopped",
                            "webhooks": "on" if webhooks_on else "off", "problems": []}
    problems: list[str] = body["problems"]
    if not scheduler_running:
        problems.append("the scheduler is not running")
    try:
        opened = store()
        rows = store_usage.recent_cycles(opened, failed_cycles_limit)
        pending: int | None = deliveries.count_deliveries(opened, "pending")
    except DB_ERRORS:
        body["database"] = "unreachable"
        problems.append("the database cannot be read")
        rows, pending = [], None
    body["last_cycle"] = ({"kind": rows[0].kind, "finished_at": rows[0].finished_at, "ok": rows[0].ok}
                          if rows else None)
    failed = 0
    for cycle in rows:
        if cycle.ok:
            break
        failed += 1
    body["consecutive_failed_cycles"] = failed
    if rows and failed >= failed_cycles_limit:
        problems.append(f"the last {failed} cycles failed")
    body["pending_deliveries"] = pending
    healthy = not problems
    if not healthy:
        body["status"] = "unhealthy"
    return healthy, body
