"""The judge stage: collected failures are classified and their verdicts stored (``classified``).

Before a failure is judged its history is read again and its error text indexed for the
similar-failure search; failures of the same fingerprint go in successive waves, so a later one
can reuse the verdict of the first instead of asking the LLM again. The LLM is bounded per cycle
by a gate (``classify.service.LLMGate``): concurrency, a deadline, the day's token budget, and
the circuit breaker, which is kept between cycles. A failure whose judgement goes wrong counts
against its attempts (``collect.count_against``); the others go on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..classify import similar as similar_mod
from ..classify.breaker import CircuitBreaker
from ..classify.service import Classification, LLMGate
from ..core.models import FailureCase
from ..core.sanitize import clean_text
from ..core.states import FailureState
from ..store import dumps, loads, memory
from ..store import evidence as evidence_store
from ..store.evidence import FailureRow, NewVerdict
from ..timeutil import day
from .collect import CYCLE_WIDE, GatheredEvidence, count_against, history_for, load

if TYPE_CHECKING:
    from ..app import App
    from .run import CycleSummary

log = logging.getLogger(__name__)

BREAKER_KEY = "llm.breaker"

Prepared = tuple[FailureRow, GatheredEvidence, FailureCase]


def load_breaker(app: App) -> CircuitBreaker:
    """The LLM circuit breaker as the last cycle left it (closed when none was kept)."""
    cfg = app.config.llm
    return CircuitBreaker.from_dict(loads(app.store.get_kv(BREAKER_KEY), {}), max_errors=cfg.breaker_errors,
                                    cooldown=timedelta(seconds=cfg.breaker_cooldown_seconds))


def classify_pending(app: App, now: datetime, summary: CycleSummary, *,
                     monotonic: Callable[[], float] = time.monotonic) -> None:
    """Classify failures in state ``collected`` and store their verdicts.

    The LLM is bounded per cycle: at most ``llm.concurrency`` calls at once, no new call after
    ``llm.cycle_wait_seconds``, none while the circuit breaker is open. Failures of the same
    fingerprint go in successive waves, so a later one can reuse the verdict of the first
    instead of asking again.
    """
    rows = evidence_store.failures_in(app.store, FailureState.COLLECTED)
    if not rows:
        return
    cfg = app.config.llm
    gate = LLMGate(concurrency=1)
    if app.classifier.uses_llm:
        budget = cfg.daily_token_budget
        gate = LLMGate(
            breaker=load_breaker(app), now=now, deadline=monotonic() + cfg.cycle_wait_seconds,
            concurrency=cfg.concurrency, monotonic=monotonic,
            tokens_left=budget - app.store.llm_tokens_on(day(now)) if budget else None,
        )
    groups: dict[str, list[FailureRow]] = {}
    for row in rows:
        groups.setdefault(row["fingerprint"] or f"failure:{row['id']}", []).append(row)
    try:
        while any(groups.values()):
            wave = [g.pop(0) for g in groups.values() if g]
            prepared: list[Prepared] = []
            for row in wave:
                try:
                    item = prepare(app, row, now)
                except CYCLE_WIDE:
                    raise
                except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
                    count_against(app, row, "classification", exc, summary, give_up=True)
                    continue
                if item is not None:
                    prepared.append(item)
            try:
                results: list[Classification | None] = list(
                    app.classifier.classify_many([case for _, _, case in prepared], gate))
            except CYCLE_WIDE:
                raise
            except Exception:
                # One case of the wave broke the batch: classify them one by one, so only it counts.
                results = [classify_alone(app, row, case, gate, summary) for row, _, case in prepared]
            for (row, ev, _case), result in zip(prepared, results, strict=True):
                if result is None:
                    continue
                try:
                    store_verdict(app, row, ev, result, now, summary)
                except CYCLE_WIDE:
                    raise
                except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
                    count_against(app, row, "classification", exc, summary, give_up=True)
    finally:
        if app.classifier.uses_llm:
            record_gate(app, gate, now, summary)


def prepare(app: App, row: FailureRow, now: datetime) -> Prepared | None:
    """A collected failure's evidence with its history read again, and its case; None to recollect."""
    ev = load(app.store, row["id"])
    if ev is None:  # evidence vanished (manual edit): collect again
        evidence_store.back_to_new(app.store, row["id"])
        return None
    # History is read again now, not when the evidence was gathered: a backlog's
    # earlier failures of the same fingerprint have been judged meanwhile (in an
    # earlier wave), and a pass of the same commit may have been seen.
    prior = evidence_store.prior_verdicts(app.store, ev.fingerprint, other_than=row["id"]) if ev.fingerprint else []
    ev.history = history_for(
        app.store, failure_id=row["id"], project_slug=row["project_slug"],
        revision=row["revision"] or "", workflow_name=row["workflow_name"],
        workflow_id=row["workflow_id"], fp=ev.fingerprint, run_state=app.provider.run_state, prior_rows=prior)
    text = similar_mod.error_text(ev.log_excerpt, ev.failed_tests)
    similar_mod.index_failure(app.store, failure_id=row["id"], project_slug=row["project_slug"],
                              job_name=row["job_name"], text=text, now=now)
    if app.config.classifier.similar_failures:
        ev.history = replace(ev.history, similar=similar_mod.find_similar(
            app.store, failure_id=row["id"], project_slug=row["project_slug"], text=text,
            fingerprint=ev.fingerprint, counted=evidence_store.counted_prior_failures(prior)))
    return row, ev, ev.case(row["id"], row["job_name"], row["job_status"])  # type: ignore[arg-type]


def classify_alone(app: App, row: FailureRow, case: FailureCase, gate: LLMGate,
                   summary: CycleSummary) -> Classification | None:
    """One case classified on its own (its wave's batch broke); None when it broke again (counted)."""
    try:
        return app.classifier.classify_many([case], gate)[0]
    except CYCLE_WIDE:
        raise
    except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
        count_against(app, row, "classification", exc, summary, give_up=True)
        return None


def store_verdict(app: App, row: FailureRow, ev: GatheredEvidence, result: Classification,
                  now: datetime, summary: CycleSummary) -> None:
    """Count the LLM's tokens, then store the verdict (cleaned, redacted) and move the failure on."""
    v = result.verdict
    top = max(v.findings or result.offline.findings or (), key=lambda f: f.weight, default=None)
    llm_error = clean_text(result.llm_error) if result.llm_error else None
    if result.llm_called:
        # Counted on its own, first: whatever happens to the verdict, the day's budget sees
        # the tokens, so no answer can be paid for again and again unseen.
        app.store.add_llm_usage(
            now=now, failure_id=row["id"], model=app.config.llm.model,
            prompt_tokens=result.prompt_tokens, completion_tokens=result.completion_tokens,
            calls=result.llm_calls, error=llm_error,
        )
        summary.llm_calls += result.llm_calls
        summary.llm_tokens += result.tokens
    verdict = NewVerdict(
        verdict=v.verdict, confidence=float(v.confidence), category=v.category,
        rationale=app.redactor.redact(clean_text(v.rationale)),
        evidence=app.redactor.redact_all(clean_text(e) for e in v.evidence),
        classifier=v.classifier,
        offline_verdict=result.offline.verdict, offline_confidence=float(result.offline.confidence),
        llm_called=bool(result.llm_called), llm_error=llm_error,
        prompt_tokens=result.prompt_tokens, completion_tokens=result.completion_tokens,
    )
    evidence_store.record_verdict(app.store, row["id"], verdict, signature=top.signature if top else None,
                                  history=ev.history, now=now)


def record_gate(app: App, gate: LLMGate, now: datetime, summary: CycleSummary) -> None:
    """Keep the breaker for the next cycle and the day's record of when and why the LLM was skipped."""
    app.store.set_kv(BREAKER_KEY, dumps(gate.breaker.to_dict()))
    memory.record_llm_events(app.store, [
        memory.LLMEvent(event=event, reason=app.redactor.redact(reason), failures=failures)
        for event, reason, failures in gate.events], now)
    for event, reason, failures in gate.events:
        if event == "skipped":
            summary.llm_skipped[reason] = summary.llm_skipped.get(reason, 0) + failures
    skipped = sum(n for e, _, n in gate.events if e == "skipped")
    if skipped:
        log.warning("LLM skipped for %d failure(s) this cycle (offline verdicts stand): %s", skipped,
                    "; ".join(sorted({r for e, r, _ in gate.events if e == "skipped"})))
