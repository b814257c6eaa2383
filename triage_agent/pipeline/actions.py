"""The back half's one-shot jobs: ``execute_cycle`` (expire, execute, follow up) and the digest writer.

``triage-agent execute``, ``approvals approve --execute``, the demo and the daemon's execute job
all call ``execute_cycle``: the expire, execute and follow-up stages in that order, then the
judgement of the failures a rerun added (``run.process_pending``), so a refuted verdict becomes a
report proposal at once.
``write_digest_for`` writes the daily digest the way the configuration asks (daemon and demo).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..app import App
from .execute import ExecutionSummary, execute_approved
from .expire import expire_stale
from .followup import FollowupSummary, follow_up
from .run import CycleSummary, process_pending

log = logging.getLogger(__name__)


@dataclass
class ActionsSummary:
    """What one execute cycle did: stale proposals expired, the execution, the follow-up."""

    expired: list[tuple[int, str]] = field(default_factory=list)
    execution: ExecutionSummary = field(default_factory=ExecutionSummary)
    followup: FollowupSummary = field(default_factory=FollowupSummary)
    proposals_created: int = 0
    requests: int = 0

    @property
    def did_something(self) -> bool:
        return bool(self.expired or self.execution.did_something or self.followup.outcomes
                    or self.proposals_created)

    def to_dict(self) -> dict[str, Any]:
        """The ``execute --json`` shape: ``expired`` holds the stale ones and those the re-check expired."""
        execution = self.execution.to_dict()
        return {
            **execution,
            "expired": [{"id": i, "reason": r} for i, r in self.expired] + execution["expired"],
            "rerun_outcomes": self.followup.outcomes,
            "proposals_created": self.proposals_created,
            "warnings": self.followup.warnings,
            "requests": self.requests,
        }

    def one_line(self) -> str:
        """A one-line human summary."""
        outcomes: dict[str, int] = {}
        for o in self.followup.outcomes:
            outcomes[o["outcome"]] = outcomes.get(o["outcome"], 0) + 1
        shown = ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) or "none settled"
        return (f"{self.execution.one_line()}; {len(self.expired)} stale expired; "
                f"reruns followed up: {shown}; {self.requests} API requests")


def execute_cycle(app: App, now: datetime, *, check_provider: bool = True, follow: bool = True,
                ids: list[int] | None = None,
                clock: Callable[[], datetime] | None = None) -> ActionsSummary:
    """Expire what is stale, execute what is approved (exactly once), follow up running reruns.

    ``clock`` is read when an execution renews its lease (see execute.py); default: ``now``.
    """
    summary = ActionsSummary()
    counts_before = app.usage.snapshot()
    try:
        summary.expired = expire_stale(app.store, app.provider, app.config.policy, now,
                                       check_provider=check_provider)
        summary.execution = execute_approved(app.store, app.provider, app.sinks, app.config.policy, now,
                                             redactor=app.redactor, ids=ids, clock=clock)
        if follow:
            summary.followup = follow_up(app.provider, app.store, app.config.polling, app.redactor, now,
                                         key_line=app.key_line)
            if summary.followup.new_failure_ids:
                # Judge a rerun's failures now, so a refuted verdict becomes a report proposal at once.
                # Follow-up collected them already: judge and propose only (no more requests).
                cycle = CycleSummary(started_at="")
                process_pending(app, now, cycle, collect=False)
                summary.proposals_created = cycle.proposals_created
    finally:
        delta = app.usage.snapshot()
        delta.subtract(counts_before)
        spent = {k: v for k, v in delta.items() if v > 0}
        summary.requests = sum(spent.values())
        app.store.add_api_usage(spent, now)
    return summary


def write_digest_for(app: App, day: date, now: datetime, formats: list[str] | None = None) -> list[Path]:
    """Write the digest of ``day`` (in the configured time zone) to digest.directory."""
    from ..digest import write_daily

    settings = app.config.digest
    if formats is not None:
        from dataclasses import replace

        settings = replace(settings, formats=formats)
    budget = app.config.llm.daily_token_budget if app.config.llm.enabled else None
    return write_daily(app.store, settings, app.config.path, day, now, llm_budget=budget or None,
                       api_budget_per_day=app.config.polling.requests_per_minute * 60 * 24,
                       redact=app.redactor.redact)
