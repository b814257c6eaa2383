"""Webhook deliveries kept in the store: recorded once per payload id, then processed, retried or
given up on; and the counts ``status``, ``/metrics`` and ``/healthz`` read.

A delivery's ``state`` is a ``core.states.DeliveryState``. A ``pending`` row is work waiting
(it survives a crash between recording and processing).
"""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict

from ..core.states import DeliveryState
from ..timeutil import iso
from .db import Store


class DeliveryRow(TypedDict, total=False):
    """A ``webhook_deliveries`` row."""

    id: str  # the payload's id: a redelivery has the same one
    type: str
    project_slug: str
    pipeline_id: str
    workflow_id: str
    workflow_status: str
    state: DeliveryState
    reason: str | None
    event: str  # the parsed event, as JSON
    received_at: str
    processed_at: str | None
    attempts: int
    last_error: str | None


def record_delivery(store: Store, row: DeliveryRow) -> bool:
    """Insert a delivery; False when its id was recorded before (a duplicate)."""
    cur = store.db.execute(
        "insert into webhook_deliveries (" + ", ".join(row) + ") values ("
        + ", ".join("?" for _ in row) + ") on conflict(id) do nothing", list(row.values()))
    return bool(cur.rowcount)


def pending_deliveries(store: Store, limit: int) -> list[DeliveryRow]:
    """Up to ``limit`` deliveries waiting to be processed, oldest first."""
    return list(store.db.query(  # type: ignore[arg-type]
        "select * from webhook_deliveries where state = ? order by received_at, id limit ?",
        [DeliveryState.PENDING, limit]))


def delivery_waiting(store: Store) -> bool:
    """Whether any delivery waits to be processed."""
    return bool(store.db.execute(
        "select exists(select 1 from webhook_deliveries where state = ?)", [DeliveryState.PENDING]).fetchone()[0])


def delivery_processed(store: Store, delivery_id: str, now: datetime, *, attempts: int, note: str | None) -> None:
    """A delivery became its pipeline, workflow and failure rows (``note`` says why it added none)."""
    store.db["webhook_deliveries"].update(delivery_id, {
        "state": DeliveryState.PROCESSED, "processed_at": iso(now), "reason": note,
        "attempts": attempts, "last_error": None})


def delivery_attempt_failed(store: Store, delivery_id: str, *, attempts: int, error: str,
                            state: DeliveryState) -> None:
    """Processing a delivery failed: count the attempt; ``state`` pending retries it, failed gives up."""
    store.db["webhook_deliveries"].update(delivery_id, {
        "attempts": attempts, "last_error": error[:300], "state": state})


def delivery_unreadable(store: Store, delivery_id: str, error: str) -> None:
    """A damaged delivery is set aside (failed) so it never blocks the ones after it."""
    store.db["webhook_deliveries"].update(delivery_id, {"state": DeliveryState.FAILED, "last_error": error})


def prune_deliveries(store: Store, before: datetime) -> None:
    """Forget settled deliveries received before ``before`` (pending ones stay)."""
    store.db.execute("delete from webhook_deliveries where state != ? and received_at < ?",
                     [DeliveryState.PENDING, iso(before)])


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
