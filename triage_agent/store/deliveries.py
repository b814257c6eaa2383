"""Webhook deliveries kept in the store: the counts ``status``, ``/metrics`` and ``/healthz`` read.

(The writes, recording and settling a delivery, are still in intake.py.)
"""

from __future__ import annotations

from .db import Store


def delivery_counts(store: Store) -> dict[str, int]:
    """Stored deliveries by state (pending, processed, ignored, failed); absent states are absent."""
    return {r["state"]: r["n"] for r in store.db.query(
        "select state, count(*) as n from webhook_deliveries group by state")}


def count_deliveries(store: Store, state: str) -> int:
    """How many stored deliveries are in ``state``."""
    return int(store.db.execute("select count(*) from webhook_deliveries where state = ?", [state]).fetchone()[0])


def last_delivery_at(store: Store) -> str | None:
    """When the latest stored delivery arrived."""
    return store.db.execute("select max(received_at) from webhook_deliveries").fetchone()[0]
