"""Prometheus metrics of the daemon, read at scrape time from the store and the process's counters.

One custom collector (prometheus-client's ``Collector`` protocol): nothing is mirrored or
incremented on the side, so the numbers are the ones ``status`` and the digest show. Labels are
bounded sets (endpoint templates, HTTP statuses, verdicts, actions, states, results); no slug,
no id, no log text, no secret appears in a label or a value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
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

from ..pipeline.intake.webhooks import WebhookCounters
from ..store import DB_ERRORS, Store
from ..store import deliveries as store_deliveries
from ..store import digest_queries as q
from ..store import usage as store_usage
from ..timeutil import parse

log = logging.getLogger(__name__)

CONTENT_TYPE = CONTENT_TYPE_LATEST


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
        except DB_ERRORS as exc:
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
        yield _family(CounterMetricFamily, "triage_agent_circleci_rate_limited",
                      "CircleCI answers of 429 (rate limited) seen by this process.", [(limited,)])
        if self._budget is not None:
            budget = self._budget()
            yield _family(CounterMetricFamily, "triage_agent_circleci_paused_seconds",
                          "Seconds every CircleCI caller was held by a 429's Retry-After "
                          "or a nearly spent server budget.", [(round(budget.paused_seconds_total, 3),)])
        if self._webhooks is not None:
            yield _family(CounterMetricFamily, "triage_agent_webhooks",
                          "Webhook deliveries answered by this process, by result.",
                          self._webhooks.counts().items(), labels=["result"])
            last = parse(self._webhooks.last_received_at)
            if last is not None:
                yield _family(GaugeMetricFamily, "triage_agent_last_webhook_timestamp_seconds",
                              "When the last webhook delivery arrived (Unix time).", [(last.timestamp(),)])

    # -- counts kept in the store ---------------------------------------------------------------

    def _store_metrics(self, store: Store) -> Iterator[Metric]:
        cycles = CounterMetricFamily("triage_agent_cycles", "Finished cycles by kind (poll, webhook) and result.",
                                     labels=["kind", "result"])
        duration = SummaryMetricFamily("triage_agent_cycle_duration_seconds", "Duration of finished cycles.",
                                       labels=["kind"])
        for c in store_usage.cycle_counts(store):
            cycles.add_metric([c.kind, "ok" if c.ok else "failed"], c.n)
        for d in store_usage.cycle_durations(store):
            duration.add_metric([d.kind], count_value=d.n, sum_value=max(0.0, d.seconds))
        yield cycles
        yield duration
        last_ts = GaugeMetricFamily("triage_agent_last_cycle_timestamp_seconds",
                                    "When the last cycle of each kind finished (Unix time).", labels=["kind"])
        last_ok = GaugeMetricFamily("triage_agent_last_cycle_success",
                                    "1 when the last cycle of each kind succeeded.", labels=["kind"])
        for last in store_usage.last_cycle_of_each_kind(store):
            last_ts.add_metric([last.kind], last.finished_ts)
            last_ok.add_metric([last.kind], int(last.ok))
        yield last_ts
        yield last_ok

        yield _family(CounterMetricFamily, "triage_agent_verdicts", "Verdicts given, by verdict and classifier.",
                      q.verdict_counts(store), labels=["verdict", "classifier"])
        yield _family(GaugeMetricFamily, "triage_agent_failures", "Failed jobs recorded, by state.",
                      q.failure_state_counts(store), labels=["state"])

        yield _family(GaugeMetricFamily, "triage_agent_proposals", "Proposals by action and status.",
                      q.proposal_counts(store), labels=["action", "status"])
        pending, oldest_at = q.oldest_pending(store)
        yield _family(GaugeMetricFamily, "triage_agent_pending_approvals", "Proposals waiting for a person.",
                      [(pending,)])
        oldest = parse(oldest_at)
        yield _family(GaugeMetricFamily, "triage_agent_oldest_pending_approval_age_seconds",
                      "Age of the oldest pending proposal (0 when none).",
                      [(max(0.0, (self._now() - oldest).total_seconds()) if oldest else 0.0,)])

        yield _family(GaugeMetricFamily, "triage_agent_reruns",
                      "Reruns sent, by outcome (pending: not settled yet); probes apart.",
                      q.rerun_outcome_counts(store), labels=["outcome"])
        yield _family(GaugeMetricFamily, "triage_agent_probe_reruns",
                      "Probe reruns sent (policy.probe_reruns), by outcome (pending: not settled yet).",
                      q.rerun_outcome_counts(store, probes=True), labels=["outcome"])

        llm = store_usage.llm_totals(store)
        yield _family(CounterMetricFamily, "triage_agent_llm_calls", "LLM requests made.", [(llm.calls,)])
        yield _family(CounterMetricFamily, "triage_agent_llm_tokens", "LLM tokens used, by kind.",
                      [("prompt", llm.prompt_tokens), ("completion", llm.completion_tokens)], labels=["kind"])

        yield _family(GaugeMetricFamily, "triage_agent_webhook_deliveries",
                      "Webhook deliveries kept in the store, by state.",
                      ((state, store_deliveries.count_deliveries(store, state))
                       for state in ("pending", "processed", "ignored", "failed")), labels=["state"])


def _family(kind: Callable[..., Metric], name: str, documentation: str, rows: Iterable[Sequence[Any]], *,
            labels: Sequence[str] = ()) -> Metric:
    """A metric family of ``kind`` with one sample a row: the row's label values, then its value."""
    family = kind(name, documentation, labels=list(labels))
    for *values, value in rows:
        family.add_metric(values, value)
    return family


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
