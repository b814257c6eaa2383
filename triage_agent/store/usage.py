"""API and LLM usage, cycles and the LLM breaker's record, as read by the digest, ``status``,
``/metrics`` and ``/healthz`` (the writes are still Store methods in db.py)."""

from __future__ import annotations

from typing import NamedTuple

from .db import Store

# Seconds since the Unix epoch from an ISO timestamp column, in SQLite (julianday of 1970-01-01).
_EPOCH = "((julianday({col}) - 2440587.5) * 86400.0)"


class LLMEvent(NamedTuple):
    """A time the LLM was skipped or resumed (breaker, wait, budget), and for how many failures."""

    at: str
    event: str
    reason: str
    failures: int


class LLMTotals(NamedTuple):
    """LLM calls and tokens over some span."""

    calls: int
    prompt_tokens: int
    completion_tokens: int
    errors: int = 0


class CycleCount(NamedTuple):
    """Finished cycles of one kind and result."""

    kind: str
    ok: bool
    n: int


class CycleDurations(NamedTuple):
    """Finished cycles of one kind and their summed duration."""

    kind: str
    n: int
    seconds: float


class FinishedCycle(NamedTuple):
    """One finished cycle."""

    kind: str
    finished_at: str
    ok: bool


class LastCycle(NamedTuple):
    """The last finished cycle of a kind (``finished_ts``: Unix time)."""

    kind: str
    finished_ts: float
    ok: bool


def api_requests_by_endpoint(store: Store, utc_day: str) -> list[tuple[str, int]]:
    """(endpoint, requests) of one UTC day, most used first."""
    return [(r["endpoint"] or "?", int(r["requests"] or 0)) for r in store.db.query(
        "select endpoint, requests from api_usage where day = ? order by requests desc, endpoint", [utc_day])]


def llm_totals_on(store: Store, utc_day: str) -> LLMTotals:
    """LLM calls, tokens and errored calls of one UTC day."""
    row = next(iter(store.db.query("""
        select coalesce(sum(prompt_tokens), 0) as prompt, coalesce(sum(completion_tokens), 0) as completion,
               coalesce(sum(calls), 0) as calls,
               coalesce(sum(case when coalesce(error, '') != '' then 1 else 0 end), 0) as errors
        from llm_usage where day = ?""", [utc_day])))
    return LLMTotals(calls=int(row["calls"]), prompt_tokens=int(row["prompt"]),
                     completion_tokens=int(row["completion"]), errors=int(row["errors"]))


def llm_totals(store: Store) -> LLMTotals:
    """LLM calls and tokens since the database was made."""
    row = store.db.execute("select coalesce(sum(calls), 0), coalesce(sum(prompt_tokens), 0), "
                           "coalesce(sum(completion_tokens), 0) from llm_usage").fetchone()
    return LLMTotals(calls=row[0], prompt_tokens=row[1], completion_tokens=row[2])


def llm_events_on(store: Store, utc_day: str) -> list[LLMEvent]:
    """The LLM's skips and resumptions of one UTC day, in order (NULLs as "" and 0)."""
    return [LLMEvent(r["at"] or "", r["event"] or "", r["reason"] or "", int(r["failures"] or 0))
            for r in store.db.query("select at, event, reason, failures from llm_events where day = ? "
                                    "order by id", [utc_day])]


def cycle_counts(store: Store) -> list[CycleCount]:
    """Finished cycles by kind and result."""
    return [CycleCount(r[0], bool(r[1]), r[2]) for r in store.db.execute(
        "select kind, ok, count(*) from cycles where finished_at is not null "
        "group by kind, ok order by kind, ok").fetchall()]


def cycle_durations(store: Store) -> list[CycleDurations]:
    """Finished cycles by kind, with their summed duration in seconds."""
    dur = _EPOCH.format(col="finished_at") + " - " + _EPOCH.format(col="started_at")
    return [CycleDurations(r[0], r[1], float(r[2])) for r in store.db.execute(
        f"select kind, count(*), coalesce(sum({dur}), 0) from cycles "
        "where finished_at is not null group by kind order by kind").fetchall()]


def last_cycle_of_each_kind(store: Store) -> list[LastCycle]:
    """The last finished cycle of each kind."""
    return [LastCycle(r[0], float(r[1]), bool(r[2])) for r in store.db.execute(
        f"select c.kind, {_EPOCH.format(col='c.finished_at')}, c.ok from cycles c join "
        "(select kind, max(id) as id from cycles where finished_at is not null group by kind) m "
        "on m.id = c.id order by c.kind").fetchall()]


def recent_cycles(store: Store, limit: int) -> list[FinishedCycle]:
    """The last ``limit`` finished cycles of any kind, newest first."""
    return [FinishedCycle(r[0], r[1], bool(r[2])) for r in store.db.execute(
        "select kind, finished_at, ok from cycles where finished_at is not null "
        "order by id desc limit ?", [limit]).fetchall()]
