"""One poll cycle end to end: discover, poll, collect, classify, decide, enqueue.

Each failure moves through states (new -> collected -> classified -> decided) and each step
commits before the next begins, so a cycle killed at any point resumes where it stopped.
The daemon's poll job and ``triage-agent poll --once`` both call ``run_poll_cycle``.

One failure never stops the others: whatever goes wrong while handling it (an answer no
stage expected, a bug) counts against that failure's attempts, is recorded on its row, and
the loop goes on; after MAX_COLLECT_ATTEMPTS it is set aside in state ``error``. Only what
concerns every failure alike stops a cycle: a rejected token, CircleCI's long wait, or a
database that is locked or damaged.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from . import evidence as evidence_mod
from .app import App
from .classify import similar as similar_mod
from .classify.breaker import CircuitBreaker
from .classify.service import Classification, LLMGate
from .core.ci import RunState
from .core.sanitize import clean_text
from .core.states import FailureState
from .errors import AuthError, CircleCIError, StoreError, Throttled
from .pipeline.gone import GoneCheck
from .pipeline.intake.discovery import discover, sync_projects
from .pipeline.intake.polling import ProgressFn, poll
from .policy.decide import (
    JudgedFailure,
    RecentFailure,
    WorkflowContext,
    decide_workflow,
    find_outages,
)
from .store import dumps, loads
from .timeutil import day, iso, parse

log = logging.getLogger(__name__)

MAX_COLLECT_ATTEMPTS = 3
# Errors that concern every failure alike: they stop the cycle instead of counting against one.
_CYCLE_WIDE = (AuthError, Throttled, sqlite3.OperationalError, StoreError)


@dataclass
class CycleSummary:
    """What a cycle did, for the CLI, the logs and the cycles table."""

    started_at: str
    finished_at: str = ""
    projects_checked: int = 0
    new_pipelines: int = 0
    pipelines_checked: int = 0
    new_failures: list[dict[str, Any]] = field(default_factory=list)
    proposals_created: int = 0
    requests: int = 0
    requests_by_endpoint: dict[str, int] = field(default_factory=dict)
    llm_calls: int = 0
    llm_tokens: int = 0
    llm_skipped: dict[str, int] = field(default_factory=dict)  # why the LLM was not asked: count
    discovered: dict[str, list[str]] = field(default_factory=dict)
    outages: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    deliveries_processed: int = 0  # webhook cycles: deliveries turned into workflow rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at, "finished_at": self.finished_at,
            "projects_checked": self.projects_checked, "new_pipelines": self.new_pipelines,
            "pipelines_checked": self.pipelines_checked, "new_failures": self.new_failures,
            "proposals_created": self.proposals_created, "requests": self.requests,
            "requests_by_endpoint": self.requests_by_endpoint, "llm_calls": self.llm_calls,
            "llm_tokens": self.llm_tokens, "llm_skipped": self.llm_skipped, "discovered": self.discovered, "outages": self.outages,
            "warnings": self.warnings, "error": self.error,
            **({"deliveries_processed": self.deliveries_processed} if self.deliveries_processed else {}),
        }

    def one_line(self) -> str:
        verdicts: dict[str, int] = {}
        for f in self.new_failures:
            verdicts[f.get("verdict") or "pending"] = verdicts.get(f.get("verdict") or "pending", 0) + 1
        shown = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())) or "none"
        return (
            f"cycle: {self.projects_checked} projects checked, {self.new_pipelines} new pipelines, "
            f"{len(self.new_failures)} new failures ({shown}), {self.proposals_created} proposals, "
            f"{self.requests} API requests, {self.llm_tokens} LLM tokens"
        )


def discovery_due(app: App, now: datetime) -> bool:
    last = parse(app.store.get_kv("last_discovery_at"))
    if last is None:
        return True
    return now - last >= timedelta(minutes=app.config.circleci.rediscover_minutes)


def run_discovery(app: App, now: datetime, warnings: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Discover the watched projects and record them; return (added, removed). Discovery's
    warnings are logged and added to ``warnings`` when given."""
    found = discover(app.provider, app.config.circleci, with_user=False, store=app.store, now=now)
    for warning in found.warnings:
        log.warning("%s", warning)
    if warnings is not None:
        warnings.extend(found.warnings)
    return sync_projects(app.store, found, now)


def _one_line_error(app: App, exc: BaseException) -> str:
    """An exception as one stored line: clean, redacted, then cut."""
    text = str(exc) if isinstance(exc, CircleCIError) else f"{type(exc).__name__}: {exc}"
    return app.redactor.redact(clean_text(" ".join(text.split())))[:300]


def _count_against(app: App, row: dict[str, Any], stage: str, exc: BaseException,
                   summary: CycleSummary, *, give_up: bool) -> None:
    """Record an exception against one failure's attempts; past the last one, set it aside."""
    attempts = (row.get("attempts") or 0) + 1
    row["attempts"] = attempts  # a second error of the same cycle counts on top
    error = _one_line_error(app, exc)
    fields: dict[str, Any] = {"attempts": attempts, "last_error": f"{stage}: {error}"}
    where = f"{row['project_slug']} job {row['job_number']}"
    if give_up and attempts >= MAX_COLLECT_ATTEMPTS:
        fields["state"] = FailureState.ERROR
        summary.warnings.append(f"{where}: set aside after {attempts} attempts ({stage}: {error})")
        log.error("%s: set aside after %d attempts (%s: %s)", where, attempts, stage, error)
    else:
        summary.warnings.append(f"{where}: {stage} deferred ({error})")
        if not isinstance(exc, CircleCIError):
            log.warning("%s: %s failed (%s); will try again", where, stage, error, exc_info=True)
    app.store.db["failures"].update(row["id"], fields)


def collect_pending(app: App, now: datetime, summary: CycleSummary, *, gone: GoneCheck | None = None) -> None:
    """Gather evidence for failures in state ``new`` (including ones a crash left behind)."""
    rows = list(app.store.db.query("select * from failures where state = 'new' order by id"))
    gone = gone or GoneCheck(app.provider, app.store, now)
    for row in rows:
        attempts = (row["attempts"] or 0) + 1
        try:
            # On the last attempt whatever could be gathered is judged, rather than retry forever.
            ev = evidence_mod.collect(app.provider, app.store, row, app.config.polling, app.redactor, now,
                                      key_line=app.key_line, partial=attempts >= MAX_COLLECT_ATTEMPTS,
                                      gone=gone)
            evidence_mod.save(app.store, row["id"], ev, now)
        except _CYCLE_WIDE:
            raise
        except CircleCIError as exc:
            # A passing API error: the last attempt judges partial evidence instead (above).
            _count_against(app, row, "evidence", exc, summary, give_up=False)
        except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
            _count_against(app, row, "evidence", exc, summary, give_up=True)


BREAKER_KEY = "llm.breaker"


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
    rows = list(app.store.db.query("select * from failures where state = 'collected' order by id"))
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
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["fingerprint"] or f"failure:{row['id']}", []).append(row)
    try:
        while any(groups.values()):
            wave = [g.pop(0) for g in groups.values() if g]
            prepared = []
            for row in wave:
                try:
                    item = _prepare(app, row, now)
                except _CYCLE_WIDE:
                    raise
                except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
                    _count_against(app, row, "classification", exc, summary, give_up=True)
                    continue
                if item is not None:
                    prepared.append(item)
            try:
                results = app.classifier.classify_many([case for _, _, case in prepared], gate)
            except _CYCLE_WIDE:
                raise
            except Exception:
                # One case of the wave broke the batch: classify them one by one, so only it counts.
                results = [_classify_alone(app, row, case, gate, summary) for row, _, case in prepared]
            for (row, ev, _case), result in zip(prepared, results, strict=True):
                if result is None:
                    continue
                try:
                    _store_verdict(app, row, ev, result, now, summary)
                except _CYCLE_WIDE:
                    raise
                except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
                    _count_against(app, row, "classification", exc, summary, give_up=True)
    finally:
        if app.classifier.uses_llm:
            _record_gate(app, gate, now, summary)


def _prepare(app: App, row: dict[str, Any], now: datetime) -> tuple[Any, Any, Any] | None:
    """A collected failure's evidence with its history read again, and its case; None to recollect."""
    ev = evidence_mod.load(app.store, row["id"])
    if ev is None:  # evidence vanished (manual edit): collect again
        app.store.db["failures"].update(row["id"], {"state": FailureState.NEW})
        return None
    # History is read again now, not when the evidence was gathered: a backlog's
    # earlier failures of the same fingerprint have been judged meanwhile (in an
    # earlier wave), and a pass of the same commit may have been seen.
    ev.history = evidence_mod.history_for(
        app.store, failure_id=row["id"], project_slug=row["project_slug"],
        revision=row["revision"] or "", workflow_name=row["workflow_name"],
        workflow_id=row["workflow_id"], fp=ev.fingerprint, run_state=app.provider.run_state)
    text = similar_mod.error_text(ev.log_excerpt, ev.failed_tests)
    similar_mod.index_failure(app.store, failure_id=row["id"], project_slug=row["project_slug"],
                              job_name=row["job_name"], text=text, now=now)
    if app.config.classifier.similar_failures:
        ev.history = replace(ev.history, similar=similar_mod.find_similar(
            app.store, failure_id=row["id"], project_slug=row["project_slug"], text=text,
            fingerprint=ev.fingerprint))
    return row, ev, ev.case(row["id"], row["job_name"], row["job_status"])


def _classify_alone(app: App, row: dict[str, Any], case: Any, gate: LLMGate,
                    summary: CycleSummary) -> Classification | None:
    try:
        return app.classifier.classify_many([case], gate)[0]
    except _CYCLE_WIDE:
        raise
    except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
        _count_against(app, row, "classification", exc, summary, give_up=True)
        return None


def _store_verdict(app: App, row: dict[str, Any], ev: evidence_mod.GatheredEvidence, result: Classification,
                   now: datetime, summary: CycleSummary) -> None:
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
    with app.store.atomic():
        app.store.db["verdicts"].insert(
            {
                "failure_id": row["id"], "verdict": v.verdict, "confidence": float(v.confidence),
                "category": v.category, "rationale": app.redactor.redact(clean_text(v.rationale)),
                "evidence": dumps(app.redactor.redact_all(clean_text(e) for e in v.evidence)),
                "classifier": v.classifier,
                "offline_verdict": result.offline.verdict,
                "offline_confidence": float(result.offline.confidence),
                "llm_called": int(result.llm_called), "llm_error": llm_error,
                "prompt_tokens": result.prompt_tokens, "completion_tokens": result.completion_tokens,
                "created_at": iso(now),
            }
        )
        app.store.db["failures"].update(
            row["id"], {"state": FailureState.CLASSIFIED, "signature": top.signature if top else None}
        )
        app.store.db["evidence"].update(row["id"], {"history": dumps(ev.history.to_dict())})


def _record_gate(app: App, gate: LLMGate, now: datetime, summary: CycleSummary) -> None:
    """Keep the breaker for the next cycle and the day's record of when and why the LLM was skipped."""
    app.store.set_kv(BREAKER_KEY, dumps(gate.breaker.to_dict()))
    for event, reason, failures in gate.events:
        app.store.db["llm_events"].insert({"at": iso(now), "day": day(now), "event": event,
                                           "reason": app.redactor.redact(reason), "failures": failures})
        if event == "skipped":
            summary.llm_skipped[reason] = summary.llm_skipped.get(reason, 0) + failures
    skipped = sum(n for e, _, n in gate.events if e == "skipped")
    if skipped:
        log.warning("LLM skipped for %d failure(s) this cycle (offline verdicts stand): %s", skipped,
                    "; ".join(sorted({r for e, r, _ in gate.events if e == "skipped"})))


def _latest_verdict(app: App, failure_id: int) -> dict[str, Any]:
    return next(iter(app.store.db.query(
        "select * from verdicts where failure_id = ? order by id desc limit 1", [failure_id])), {})


def _judged(app: App, row: dict[str, Any]) -> JudgedFailure:
    v = _latest_verdict(app, row["id"])
    return JudgedFailure.from_row({**row, **{k: v.get(k) for k in (
        "verdict", "confidence", "category", "rationale", "offline_verdict", "offline_confidence",
        "classifier")}})


def workflow_context(app: App, workflow_id: str, failures: Sequence[JudgedFailure], now: datetime) -> WorkflowContext:
    """What ``decide`` needs to know about a workflow, from the store alone (no API calls)."""
    db = app.store.db
    wf = db["workflows"].get(workflow_id) if db["workflows"].count_where("id = ?", [workflow_id]) else {}
    pipeline = next(iter(db.query("select * from pipelines where id = ?", [wf.get("pipeline_id")])), {})
    # The chain of reruns this workflow belongs to: itself and the workflow it reran, recursively.
    chain, cursor = {workflow_id}, wf.get("rerun_of")
    while cursor and cursor not in chain:
        chain.add(cursor)
        parent = next(iter(db.query("select rerun_of from workflows where id = ?", [cursor])), None)
        cursor = parent["rerun_of"] if parent else None
    marks = ",".join("?" for _ in chain)
    reruns_for_workflow = db.execute(
        f"select count(*) from proposals where action = 'rerun_workflow' and workflow_id in ({marks}) "
        "and status in ('pending', 'approved', 'executing', 'executed')", list(chain)).fetchone()[0]
    project = failures[0].project_slug
    reruns_today = db.execute(
        "select count(*) from proposals where action = 'rerun_workflow' and project_slug = ? "
        "and substr(created_at, 1, 10) = ?", [project, day(now)]).fetchone()[0]
    open_for_workflow = db.execute(
        "select count(*) from proposals where workflow_id = ? and status in ('pending', 'approved', 'executing')",
        [workflow_id]).fetchone()[0]
    superseded = False
    if pipeline.get("branch"):
        # Superseded by a newer run of the workflow on the branch that passed or may still pass.
        superseded = any(app.provider.run_state(r["status"] or "").alive for r in db.query(
            "select w.status from workflows w join pipelines p on p.id = w.pipeline_id "
            "where p.project_slug = ? and p.branch = ? and p.created_at > ? and w.name = ?",
            [pipeline["project_slug"], pipeline["branch"], pipeline["created_at"], wf.get("name")]))
    fps = sorted({f.fingerprint for f in failures if f.fingerprint})
    reported, pending_reports = set(), set()
    if fps:
        fmarks = ",".join("?" for _ in fps)
        reported = {r["fingerprint"] for r in db.query(
            f"select fingerprint from reports where fingerprint in ({fmarks})", fps)}
        pending_reports = {r["fingerprint"] for r in db.query(
            f"select fingerprint from proposals where action = 'file_report' and fingerprint in ({fmarks}) "
            "and status in ('pending', 'approved', 'executing')", fps)}
    refuted: set[str] = set()
    if fps:
        refuted = {r["fingerprint"] for r in db.query(
            f"select distinct f.fingerprint from reruns r join proposal_failures pf on pf.proposal_id = r.proposal_id "
            f"join failures f on f.id = pf.failure_id where r.outcome = 'refuted' and f.fingerprint in ({fmarks})",
            fps)}
    # Failures of this workflow still on their way to a verdict: no rerun until all are judged.
    failed_jobs = db.execute("select count(*) from failures where workflow_id = ? and state != 'decided'",
                             [workflow_id]).fetchone()[0]
    # A rerun (ours or a person's) of an earlier same-named workflow: not auto-rerun by CircleCI.
    manual_rerun = bool(wf.get("rerun_of")) or bool(wf and db.execute(
        "select 1 from workflows where pipeline_id = ? and name = ? and id != ? and created_at < ? limit 1",
        [wf.get("pipeline_id"), wf.get("name"), workflow_id, wf.get("created_at") or ""]).fetchone())
    # No stored status (a row written before the workflow was read): taken as failed, as always.
    status = wf.get("status") or RunState.FAILED.value
    return WorkflowContext(
        manual_rerun=manual_rerun,
        failed_job_count=int(failed_jobs),
        refuted_fingerprints=frozenset(refuted),
        workflow_id=workflow_id, status=status,
        state=app.provider.run_state(wf["status"]) if wf.get("status") else RunState.FAILED,
        ci_name=app.provider.display_name,
        auto_reruns_done=wf.get("auto_rerun_number"), auto_reruns_allowed=wf.get("max_auto_reruns"),
        stopped_at=wf.get("stopped_at"), now=now, reruns_for_workflow=int(reruns_for_workflow),
        reruns_today_for_project=int(reruns_today), superseded=superseded,
        open_proposal=bool(open_for_workflow), reported_fingerprints=frozenset(reported),
        pending_report_fingerprints=frozenset(pending_reports),
    )


def decide_pending(app: App, now: datetime, summary: CycleSummary) -> dict[int, dict[str, Any]]:
    """Turn classified failures into proposals, one workflow at a time; return notes by failure id."""
    from .store import queue as approvals

    policy = app.config.policy
    rows = list(app.store.db.query("select * from failures where state = 'classified' order by id"))
    if not rows:
        return {}
    judged = [_judged(app, r) for r in rows]
    # The outage guard looks at every recent classified failure, not just this cycle's.
    window_start = iso(now - timedelta(minutes=policy.outage_window_minutes))
    recent_rows = app.store.db.query(
        "select f.id, f.project_slug, f.signature, f.detected_at, v.category from failures f "
        "join verdicts v on v.id = (select max(id) from verdicts where failure_id = f.id) "
        "where f.detected_at >= ? and v.verdict = 'transient'", [window_start])
    recent = [RecentFailure(failure_id=r["id"], project_slug=r["project_slug"], signature=r["signature"] or "",
                            category=r["category"] or "", detected_at=r["detected_at"]) for r in recent_rows]
    # An incident still open, or proposed in the last hours, covers the same outage: no second one.
    open_incidents = {r["fingerprint"] for r in app.store.db.query(
        "select fingerprint from proposals where kind = 'incident' and "
        "(status in ('pending', 'approved', 'executing') or created_at >= ?)",
        [iso(now - timedelta(hours=6))])}
    outages = find_outages(recent, policy, now, existing_incidents=open_incidents)
    held: set[int] = set()
    notes: dict[int, dict[str, Any]] = {}
    for outage in outages:
        held.update(outage.failure_ids)
        if outage.draft is not None:
            pid = approvals.enqueue(app.store, outage.draft, now)
            summary.proposals_created += 1
            summary.outages.append({"signature": outage.signature, "projects": sorted(outage.projects),
                                    "proposal": pid})
            log.warning("outage guard: %d projects failing with %s; reruns held, incident report #%d proposed",
                        len(outage.projects), outage.signature, pid)
    by_workflow: dict[str, list[JudgedFailure]] = {}
    for j in judged:
        by_workflow.setdefault(j.workflow_id, []).append(j)
    rows_by_id = {r["id"]: r for r in rows}
    for workflow_id, failures in by_workflow.items():
        created = summary.proposals_created
        try:
            _decide_workflow(app, workflow_id, failures, held, now, summary, notes)
        except _CYCLE_WIDE:
            raise
        except Exception as exc:  # this workflow's own trouble: counted on each of its failures
            summary.proposals_created = created  # the transaction rolled back
            for f in failures:
                notes.pop(f.failure_id, None)
                _count_against(app, rows_by_id[f.failure_id], "decision", exc, summary, give_up=True)
    return notes


def _decide_workflow(app: App, workflow_id: str, failures: list[JudgedFailure], held: set[int],
                     now: datetime, summary: CycleSummary, notes: dict[int, dict[str, Any]]) -> None:
    """Decide one workflow and enqueue its proposals, in one transaction."""
    from .pipeline.reporting import record_occurrence
    from .store import queue as approvals

    ctx = workflow_context(app, workflow_id, failures, now)
    if any(f.failure_id in held for f in failures):
        ctx = ctx.held_by_outage()
    decision = decide_workflow(failures, ctx, app.config.policy)
    with app.store.atomic():
        proposal_of: dict[int, dict[str, Any]] = {}
        for draft in decision.drafts:
            pid = approvals.enqueue(app.store, draft, now)
            summary.proposals_created += 1
            for fid in draft.failure_ids:
                proposal_of.setdefault(fid, {"id": pid, "action": draft.action})
        for f in failures:
            note = decision.notes.get(f.failure_id, "")
            if f.failure_id in decision.occurrences:
                record_occurrence(app.store, f.fingerprint, f.failure_id, now)
            app.store.db["failures"].update(f.failure_id, {"state": FailureState.DECIDED, "decision": note})
            notes[f.failure_id] = {"proposal": proposal_of.get(f.failure_id), "decision": note}


def run_poll_cycle(app: App, now: datetime, *, clock=None, progress: ProgressFn | None = None) -> CycleSummary:
    """Discover (when due), poll, collect, classify, decide and enqueue; record the cycle.

    ``progress`` receives ``{"done", "total", "requests", "paused_for", "rate_per_minute"}`` while
    the projects are read (a first cycle over many projects can wait on the request budget).
    """
    clock = clock or (lambda: now)
    summary = CycleSummary(started_at=iso(now))
    before = app.usage.snapshot()
    cycle_id = app.store.start_cycle("poll", now)
    try:
        if discovery_due(app, now):
            try:
                added, removed = run_discovery(app, now, summary.warnings)
                summary.discovered = {"added": added, "removed": removed}
            except (AuthError, Throttled):
                raise
            except CircleCIError as exc:
                if app.store.get_kv("last_discovery_at") is None:
                    raise  # nothing discovered yet, so nothing to poll
                # The projects found last time are still watched; discovery is due again next cycle.
                log.warning("discovery failed (%s); polling the projects already known", exc)
                summary.warnings.append(f"discovery failed ({exc}); polled the projects already known")
        gone = GoneCheck(app.provider, app.store, now)
        result = poll(app.provider, app.store, app.config.circleci, app.config.polling, now, gone=gone,
                      progress=progress)
        summary.projects_checked = result.projects_checked
        summary.new_pipelines = result.new_pipelines
        summary.pipelines_checked = result.pipelines_checked
        summary.warnings.extend(result.warnings)
        judge_and_decide(app, now, summary, result.new_failure_ids, gone=gone)
    except AuthError as exc:
        summary.error = str(exc)
        raise
    except Exception as exc:  # a cycle that died is recorded as failed, never as ok
        summary.error = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        close_cycle(app, cycle_id, summary, before, now, clock)
    return summary


def judge_and_decide(app: App, now: datetime, summary: CycleSummary, new_failure_ids: Sequence[int], *,
                     gone: GoneCheck | None = None) -> None:
    """The stages after failures are recorded: collect, classify, decide (the poll cycle and the
    webhook intake both end here, so a failure is judged the same way whoever found it)."""
    collect_pending(app, now, summary, gone=gone)
    classify_pending(app, now, summary)
    notes = decide_pending(app, now, summary)
    new_ids = list(new_failure_ids)
    for failure_id in new_ids + [i for i in notes if i not in new_ids]:
        summary.new_failures.append(describe_failure(app, failure_id, notes.get(failure_id)))


def close_cycle(app: App, cycle_id: int, summary: CycleSummary, before: Any, now: datetime, clock) -> None:
    """Record a cycle's requests (the usage delta since ``before``) and its outcome."""
    delta = app.usage.snapshot()
    delta.subtract(before)
    counts = {k: v for k, v in delta.items() if v > 0}
    summary.requests = sum(counts.values())
    summary.requests_by_endpoint = dict(sorted(counts.items()))
    summary.finished_at = iso(clock())
    app.store.add_api_usage(counts, now)
    app.store.finish_cycle(cycle_id, clock(), ok=summary.error is None, summary=summary.to_dict(),
                           error=summary.error)


def describe_failure(app: App, failure_id: int, note: dict[str, Any] | None) -> dict[str, Any]:
    """A failure as ``poll --once --json`` prints it."""
    row = app.store.db["failures"].get(failure_id)
    v = _latest_verdict(app, failure_id)
    out = {
        "id": failure_id, "project_slug": row["project_slug"], "pipeline_number": row["pipeline_number"],
        "workflow_id": row["workflow_id"], "workflow_name": row["workflow_name"],
        "job_number": row["job_number"], "job_name": row["job_name"], "job_status": row["job_status"],
        "branch": row["branch"], "fingerprint": row["fingerprint"],
        "verdict": v.get("verdict"), "confidence": v.get("confidence"), "category": v.get("category"),
        "classifier": v.get("classifier"),
        "proposal": (note or {}).get("proposal"), "decision": row["decision"] or (note or {}).get("decision"),
        "project_name": _project_name(app, row["project_slug"]),
    }
    return out


def _project_name(app: App, slug: str) -> str | None:
    """The project's name as CircleCI gave it at resolution (a circleci/ slug is opaque)."""
    row = next(iter(app.store.db.query("select name from projects where slug = ?", [slug])), None)
    return row["name"] if row and row["name"] else None
