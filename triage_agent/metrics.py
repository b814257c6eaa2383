"""Prometheus metrics of the daemon, read at scrape time from the store and the process's counters.

One custom collector (prometheus-client's ``Collector`` protocol): nothing is mirrored or
incremented on the side, so the numbers are the ones ``status`` and the digest show. Labels are
bounded sets (endpoint templates, HTTP statuses, verdicts, actions, states, results); no slug,
no id, no log text, no secret appears in a label or a value.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from prometheus_client import CollectorRegistry, ProcessCollector, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    Metric,
    SummaryMetricFamily,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from .errors import StoreError
from .intake import WebhookCounters
from .store import Store
from .timeutil import parse

log = logging.getLogger(__name__)

CONTENT_TYPE = CONTENT_TYPE_LATEST
# Seconds since the Unix epoch from an ISO timestamp column, in SQLite (julianday of 1970-01-01).
_EPOCH = "((julianday({col}) - 2440587.5) * 86400.0)"


class TriageCollector:
    """Yields every triage-agent metric; a store that cannot be read gives database_up 0, not an error."""

    def __init__(self, store: Callable[[], Store], *, usage: Any, budget: Callable[[], Any] | None,
                 webhooks: WebhookCounters | None, now: Callable[[], datetime]) -> None:
        self._store = store
        self._usage = usage
        self._budget = budget
        self._webhooks = webhooks
        self._now = now

    def collect(self) -> Iterator[Metric]:
        """Build the metric families for one scrape."""
        yield from self._process_metrics()
        up = GaugeMetricFamily("triage_agent_database_up", "1 when the SQLite store answered this scrape.")
        try:
            families = list(self._store_metrics(self._store()))
        except (sqlite3.Error, StoreError) as exc:
            log.warning("metrics: the database could not be read (%s)", type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    # -- the process's own counters ---------------------------------------------------------

    def _process_metrics(self) -> Iterator[Metric]:
        req = CounterMetricFamily("triage_agent_circleci_requests",
                                  "CircleCI HTTP requests sent by this process (retries included), by "
                                  "endpoint template and status (\"error\": no answer).",
                                  labels=["endpoint", "status"])
        limited = 0
        for (endpoint, status), n in sorted(self._usage.by_endpoint_status().items()):
            req.add_metric([endpoint, status], n)
            if status == "429":
                limited += n
        yield req
        rl = CounterMetricFamily("triage_agent_circleci_rate_limited",
                                 "CircleCI answers of 429 (rate limited) seen by this process.")
        rl.add_metric([], limited)
        yield rl
        if self._budget is not None:
            budget = self._budget()
            paused = CounterMetricFamily("triage_agent_circleci_paused_seconds",
                                         "Seconds every CircleCI caller was held by a 429's Retry-After "
                                         "or a nearly spent server budget.")
            paused.add_metric([], round(budget.paused_seconds_total, 3))
            yield paused
        if self._webhooks is not None:
            hooks = CounterMetricFamily("triage_agent_webhooks",
                                        "Webhook deliveries answered by this process, by result.",
                                        labels=["result"])
            for result, n in self._webhooks.counts().items():
                hooks.add_metric([result], n)
            yield hooks
            last = parse(self._webhooks.last_received_at)
            if last is not None:
                g = GaugeMetricFamily("triage_agent_last_webhook_timestamp_seconds",
                                      "When the last webhook delivery arrived (Unix time).")
                g.add_metric([], last.timestamp())
                yield g

    # -- counts kept in the store ---------------------------------------------------------------

    def _store_metrics(self, store: Store) -> Iterator[Metric]:
        db = store.db
        cycles = CounterMetricFamily("triage_agent_cycles", "Finished cycles by kind (poll, webhook) and result.",
                                     labels=["kind", "result"])
        duration = SummaryMetricFamily("triage_agent_cycle_duration_seconds", "Duration of finished cycles.",
                                       labels=["kind"])
        dur = _EPOCH.format(col="finished_at") + " - " + _EPOCH.format(col="started_at")
        for r in db.execute(
                f"select kind, ok, count(*), coalesce(sum({dur}), 0) from cycles "
                "where finished_at is not null group by kind, ok order by kind, ok").fetchall():
            cycles.add_metric([r[0], "ok" if r[1] else "failed"], r[2])
        for r in db.execute(f"select kind, count(*), coalesce(sum({dur}), 0) from cycles "
                            "where finished_at is not null group by kind order by kind").fetchall():
            duration.add_metric([r[0]], count_value=r[1], sum_value=max(0.0, float(r[2])))
        yield cycles
        yield duration
        last_ts = GaugeMetricFamily("triage_agent_last_cycle_timestamp_seconds",
                                    "When the last cycle of each kind finished (Unix time).", labels=["kind"])
        last_ok = GaugeMetricFamily("triage_agent_last_cycle_success",
                                    "1 when the last cycle of each kind succeeded.", labels=["kind"])
        for r in db.execute(
                f"select c.kind, {_EPOCH.format(col='c.finished_at')}, c.ok from cycles c join "
                "(select kind, max(id) as id from cycles where finished_at is not null group by kind) m "
                "on m.id = c.id order by c.kind").fetchall():
            last_ts.add_metric([r[0]], float(r[1]))
            last_ok.add_metric([r[0]], int(r[2]))
        yield last_ts
        yield last_ok

        verdicts = CounterMetricFamily("triage_agent_verdicts", "Verdicts given, by verdict and classifier.",
                                       labels=["verdict", "classifier"])
        for r in db.execute("select verdict, coalesce(classifier, ''), count(*) from verdicts "
                            "group by 1, 2 order by 1, 2").fetchall():
            verdicts.add_metric([r[0] or "", r[1]], r[2])
        yield verdicts
        failures = GaugeMetricFamily("triage_agent_failures", "Failed jobs recorded, by state.", labels=["state"])
        for r in db.execute("select state, count(*) from failures group by state order by state").fetchall():
            failures.add_metric([r[0] or ""], r[1])
        yield failures

        proposals = GaugeMetricFamily("triage_agent_proposals", "Proposals by action and status.",
                                      labels=["action", "status"])
        for r in db.execute("select action, status, count(*) from proposals group by 1, 2 order by 1, 2").fetchall():
            proposals.add_metric([r[0], r[1]], r[2])
        yield proposals
        pending = db.execute("select count(*), min(created_at) from proposals where status = 'pending'").fetchone()
        g = GaugeMetricFamily("triage_agent_pending_approvals", "Proposals waiting for a person.")
        g.add_metric([], pending[0])
        yield g
        oldest = parse(pending[1])
        g = GaugeMetricFamily("triage_agent_oldest_pending_approval_age_seconds",
                              "Age of the oldest pending proposal (0 when none).")
        g.add_metric([], max(0.0, (self._now() - oldest).total_seconds()) if oldest else 0.0)
        yield g

        reruns = GaugeMetricFamily("triage_agent_reruns", "Reruns sent, by outcome (pending: not settled yet).",
                                   labels=["outcome"])
        for r in db.execute("select coalesce(nullif(outcome, ''), 'pending'), count(*) from reruns "
                            "group by 1 order by 1").fetchall():
            reruns.add_metric([r[0]], r[1])
        yield reruns

        llm = db.execute("select coalesce(sum(calls), 0), coalesce(sum(prompt_tokens), 0), "
                         "coalesce(sum(completion_tokens), 0) from llm_usage").fetchone()
        calls = CounterMetricFamily("triage_agent_llm_calls", "LLM requests made.")
        calls.add_metric([], llm[0])
        yield calls
        tokens = CounterMetricFamily("triage_agent_llm_tokens", "LLM tokens used, by kind.", labels=["kind"])
        tokens.add_metric(["prompt"], llm[1])
        tokens.add_metric(["completion"], llm[2])
        yield tokens

        deliveries = GaugeMetricFamily("triage_agent_webhook_deliveries",
                                       "Webhook deliveries kept in the store, by state.", labels=["state"])
        for state in ("pending", "processed", "ignored", "failed"):
            n = db.execute("select count(*) from webhook_deliveries where state = ?", [state]).fetchone()[0]
            deliveries.add_metric([state], n)
        yield deliveries


def build_registry(collector: TriageCollector, *, process: bool = True) -> CollectorRegistry:
    """A registry of our own (not the global one): the triage collector, and the process's
    memory and CPU from /proc where the platform has it."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    if process:
        ProcessCollector(namespace="triage_agent", registry=registry)
    return registry


def render(registry: CollectorRegistry) -> bytes:
    """The Prometheus text exposition of a registry."""
    return generate_latest(registry)
