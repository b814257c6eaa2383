"""From verdicts and policy to proposals: a pure function per workflow, plus the outage guard.

No I/O here: the caller reads the queue state into a ``WorkflowContext`` (see
``pipeline.propose.workflow_context``), calls ``decide_workflow``, enqueues the drafts and records
the occurrences the decision lists. Whether a rerun may happen at all is the one rule of
``policy.rerun``, shared with the executor's re-check.

Why per workflow: "rerun from failed" reruns EVERY failed job of a workflow, so
a rerun is only proposed when every failed job of the workflow looks transient; the real
ones are reported instead, each once per fingerprint.

The LLM alone never makes a rerun: anyone who can push a branch writes the text it reads
(logs, job and test names), so a "transient" needs independent support from the offline
engine (a transient signature, the flaky list, the history of the failure) to become a rerun
proposal, and only the offline engine's own confidence can make one auto-approved.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, TypedDict

from ..config import PolicySettings
from ..core.ci import RunState
from ..core.states import Action, ProposalKind
from ..timeutil import iso, parse
from .rerun import RerunFacts, rerun_blocker

# Categories of a shared cause outside any one project: many projects failing the same way
# at once is an outage, not many transient failures.
OUTAGE_CATEGORIES = frozenset(
    {"infrastructure", "network", "resource", "resource-exhaustion", "timeout"}
)
# Categories of a test's own failure, as the engine emits them (signatures.toml, calibration's
# TEST_CATEGORIES, the flaky-list evidence): a flaky test failing on an assertion reads exactly like
# a regression from its log alone, so these (and only these) are worth a probe (policy.probe_reruns).
# Not runtime-error, compile and the like: a crash or a build error outside a test is not measured
# by running the test again. Not concurrency either: a race detector's report (data-race,
# race-detector-report) is a bug whether or not the next run meets it, and a passing probe would
# record it as a flaky test whose later failures read transient.
PROBE_CATEGORIES = frozenset({"test-assertion", "test-failure", "flaky-test"})


@dataclass(frozen=True)
class JudgedFailure:
    """One failed job with its verdict: a ``failures`` row joined with its latest verdict."""

    failure_id: int
    project_slug: str
    pipeline_id: str
    pipeline_number: int
    workflow_id: str
    workflow_name: str
    job_name: str
    verdict: str  # transient | real | unknown
    confidence: float
    category: str = ""
    fingerprint: str = ""
    signature: str = ""  # the catalogue id that matched, "" if none
    job_number: int | None = None
    branch: str = ""
    revision: str = ""
    rationale: str = ""
    detected_at: str = ""
    offline_verdict: str = ""  # what the offline engine said alone ("" when not recorded)
    offline_confidence: float = 0.0
    classifier: str = ""  # rules | llm | rules+llm | history

    @property
    def offline_support(self) -> bool:
        """Whether the offline engine on its own found this failure transient."""
        if self.offline_verdict:
            return self.offline_verdict == "transient"
        return self.classifier in ("", "rules")

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> JudgedFailure:
        """Build from a dict of ``failures`` columns plus verdict, confidence, category, rationale."""
        return cls(
            failure_id=int(row["id"] if "id" in row else row["failure_id"]),
            project_slug=row.get("project_slug") or "",
            pipeline_id=row.get("pipeline_id") or "",
            pipeline_number=int(row.get("pipeline_number") or 0),
            workflow_id=row.get("workflow_id") or "",
            workflow_name=row.get("workflow_name") or "",
            job_name=row.get("job_name") or "",
            verdict=row.get("verdict") or "unknown",
            confidence=float(row.get("confidence") or 0.0),
            category=row.get("category") or "",
            fingerprint=row.get("fingerprint") or "",
            signature=row.get("signature") or "",
            job_number=row.get("job_number"),
            branch=row.get("branch") or "",
            revision=row.get("revision") or "",
            rationale=row.get("rationale") or "",
            detected_at=row.get("detected_at") or "",
            offline_verdict=row.get("offline_verdict") or "",
            offline_confidence=float(row.get("offline_confidence") or 0.0),
            classifier=row.get("classifier") or "",
        )


@dataclass(frozen=True)
class WorkflowContext:
    """What the queue and the CI provider say about one workflow at decision time."""

    now: datetime
    workflow_id: str = ""
    state: RunState = RunState.FAILED  # the workflow's state
    status: str = "failed"  # the provider's own word for it (shown in notes)
    stopped_at: str | None = None
    auto_reruns_done: int | None = None  # the provider's automatic reruns; None counts as 0
    auto_reruns_allowed: int | None = None
    manual_rerun: bool = False  # the workflow reruns an earlier one (not the provider's auto-rerun)
    ci_name: str = "the CI"  # the provider's name, for notes
    # Reruns triage-agent proposed (approved, executing or executed) for this workflow or for
    # the workflows it is a rerun of: the per-workflow budget counts the whole chain.
    reruns_for_workflow: int = 0
    reruns_today_for_project: int = 0  # rerun proposals created today (UTC) for the project
    superseded: bool = False  # a newer pipeline exists on the same branch
    open_proposal: bool = False  # a proposal for this workflow is pending/approved/executing
    reported_fingerprints: frozenset[str] = frozenset()  # have a ``reports`` row
    pending_report_fingerprints: frozenset[str] = frozenset()  # open file_report proposal
    # Fingerprints whose earlier triage-agent rerun failed the same way: the transient
    # verdict was refuted, so they are reported (kind "refuted") whatever the verdict says.
    refuted_fingerprints: frozenset[str] = frozenset()
    # Fingerprints that ever had a proposal of any kind (a probe, a rerun, a report), whatever became of
    # it (policy.probe_reruns): the team has seen such a failure, so it is not probed as first seen; a
    # fingerprint is probed once at most, and its later failures are decided as usual.
    proposed_fingerprints: frozenset[str] = frozenset()
    # Signatures of an ongoing outage (find_outages): reruns of their failures are held.
    outage_signatures: frozenset[str] = frozenset()
    outage_hold: bool = False  # some failure of this workflow belongs to an outage
    # How many failed jobs the workflow has (None: unknown). More than the judged failures
    # handed to decide means some are not judged yet, and a rerun would rerun them blind.
    failed_job_count: int | None = None

    def held_by_outage(self) -> WorkflowContext:
        """This context with reruns held because the workflow is part of an outage."""
        return replace(self, outage_hold=True)


@dataclass(frozen=True)
class ProposalDraft:
    """A proposal before it enters the queue (``store.queue.enqueue`` stores it)."""

    action: str  # rerun_workflow | file_report
    kind: str  # rerun | report | incident | refuted | probe
    summary: str  # one line for humans
    reason: str
    verdict: str
    confidence: float
    category: str
    fingerprint: str
    failure_ids: tuple[int, ...]
    project_slug: str  # its project; empty when ``projects`` names several
    pipeline_id: str = ""
    pipeline_number: int = 0
    workflow_id: str = ""
    workflow_name: str = ""
    job_number: int | None = None
    job_name: str = ""
    branch: str = ""
    revision: str = ""
    auto_approve: bool = False
    projects: tuple[str, ...] = ()  # several projects (an incident); stored one row each


@dataclass(frozen=True)
class Decision:
    """The drafts to enqueue, a note per failure, and occurrences of already-reported fingerprints."""

    drafts: tuple[ProposalDraft, ...] = ()
    notes: dict[int, str] = field(default_factory=dict)
    # failure_id -> fingerprint of failures whose fingerprint is already reported: the caller
    # records them with reports.record_occurrence (no new proposal).
    occurrences: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RecentFailure:
    """A recent failure as the outage guard sees it."""

    failure_id: int
    project_slug: str
    signature: str
    category: str
    detected_at: str  # ISO time the failure was detected (or the job stopped)
    workflow_id: str = ""
    verdict: str = ""


@dataclass(frozen=True)
class Outage:
    """Many projects failing with one infrastructure/network signature within the window."""

    signature: str
    category: str
    projects: tuple[str, ...]
    failure_ids: tuple[int, ...]
    workflow_ids: tuple[str, ...]
    window_start: str
    window_end: str
    draft: ProposalDraft | None  # None when an incident for the signature is already open


# --------------------------------------------------------------------------- helpers


def _short(sha: str) -> str:
    return (sha or "")[:7]


def _where(f: JudgedFailure) -> str:
    branch = f" on {f.branch}" if f.branch else ""
    return f"{f.project_slug} #{f.pipeline_number}{branch}"


class _Location(TypedDict):
    """A draft's fields that say where a failure happened (``_located``): typed, so that mypy checks them against
    ProposalDraft's fields where a draft is built with ``**_located(f)``, as it checked the keywords written out."""

    project_slug: str
    pipeline_id: str
    pipeline_number: int
    workflow_id: str
    workflow_name: str
    job_number: int | None
    job_name: str
    branch: str
    revision: str


def _located(f: JudgedFailure) -> _Location:
    """A draft's fields that say where ``f`` failed: project, pipeline, workflow, job, branch and commit."""
    return {"project_slug": f.project_slug, "pipeline_id": f.pipeline_id, "pipeline_number": f.pipeline_number,
            "workflow_id": f.workflow_id, "workflow_name": f.workflow_name, "job_number": f.job_number,
            "job_name": f.job_name, "branch": f.branch, "revision": f.revision}


def _tag(f: JudgedFailure) -> str:
    cat = f", {f.category}" if f.category else ""
    return f"{f.verdict} {f.confidence:.2f}{cat}"


def _rerun_blocker(ctx: WorkflowContext, policy: PolicySettings,
                   failures: Sequence[JudgedFailure]) -> str | None:
    """Why no rerun may be proposed for this workflow now (``policy.rerun``), or None."""
    unjudged = 0
    if ctx.failed_job_count is not None and ctx.failed_job_count > len(failures):
        unjudged = ctx.failed_job_count - len(failures)
    facts = RerunFacts(
        state=ctx.state, status=ctx.status, stopped_at=ctx.stopped_at,
        auto_reruns_done=ctx.auto_reruns_done, auto_reruns_allowed=ctx.auto_reruns_allowed,
        is_rerun=ctx.manual_rerun, ci_name=ctx.ci_name, unjudged_jobs=unjudged,
        superseded=ctx.superseded,
        outage_signatures={f.signature for f in failures if f.signature in ctx.outage_signatures},
        outage_hold=ctx.outage_hold, open_proposal=ctx.open_proposal,
        reruns_for_workflow=ctx.reruns_for_workflow,
        reruns_today_for_project=ctx.reruns_today_for_project,
    )
    return rerun_blocker(facts, policy, ctx.now)


def _classify(f: JudgedFailure, policy: PolicySettings, ctx: WorkflowContext) -> tuple[str, str]:
    """Sort one failure into rerun / report / refuted / unknown, with a note on why."""
    if f.fingerprint and f.fingerprint in ctx.refuted_fingerprints:
        return "refuted", "an earlier rerun failed the same way: transient verdict refuted"
    if f.verdict == "transient":
        if not f.offline_support:
            return "unknown", (f"transient by the {f.classifier or 'LLM'} alone, with no offline support "
                               "(no transient signature, flaky-list match or history): treated as unknown")
        if f.confidence >= policy.rerun_min_confidence:
            return "rerun", ""
        return "unknown", (f"transient at {f.confidence:.2f} < policy.rerun_min_confidence "
                           f"{policy.rerun_min_confidence:g}: treated as unknown")
    if f.verdict == "real":
        if f.confidence >= policy.report_min_confidence:
            return "report", ""
        return "unknown", (f"real at {f.confidence:.2f} < policy.report_min_confidence "
                           f"{policy.report_min_confidence:g}: treated as unknown")
    return "unknown", "unknown verdict"


def probe_refusal(f: JudgedFailure, policy: PolicySettings, ctx: WorkflowContext) -> str | None:
    """Why a failure in the report bucket is not probe-eligible (policy.probe_reruns), or None when it is:
    judged real at ``report_min_confidence <= c < probe_max_confidence``, a test's own failure
    (PROBE_CATEGORIES), not by history, and its fingerprint new to the team."""
    if f.verdict != "real":
        return f"not probed: verdict {f.verdict}, not real"
    if f.confidence < policy.report_min_confidence:
        return f"not probed: real at {f.confidence:.2f} < policy.report_min_confidence"
    if f.confidence >= policy.probe_max_confidence:
        return (f"not probed: real at {f.confidence:.2f} >= policy.probe_max_confidence "
                f"{policy.probe_max_confidence:g}")
    if f.category not in PROBE_CATEGORIES:
        return f"not probed: category {f.category or 'none'} is not a test's own failure"
    if f.classifier == "history":
        return "not probed: the verdict comes from the failure's history"
    if not f.fingerprint:
        return "not probed: no fingerprint to measure"
    for seen, what in ((ctx.reported_fingerprints, "reported"),
                       (ctx.pending_report_fingerprints, "proposed as a report"),
                       (ctx.refuted_fingerprints, "refuted by an earlier rerun"),
                       (ctx.proposed_fingerprints, "proposed (a probe, a rerun or a report)")):
        if f.fingerprint in seen:
            return f"not probed: this failure was {what} before"
    return None


def _probe_draft(eligible: Sequence[JudgedFailure], transient: Sequence[JudgedFailure],
                 ctx: WorkflowContext, policy: PolicySettings) -> ProposalDraft:
    """The one probe of a workflow: a rerun from failed measuring its first-seen test failures."""
    lead = min(eligible, key=lambda f: (f.confidence, f.job_name))
    jobs = ", ".join(f.job_name for f in eligible)
    categories = sorted({f.category for f in eligible if f.category})
    also = (f"; {', '.join(f.job_name for f in transient)} look{'s' if len(transient) == 1 else ''} transient"
            if transient else "")
    reason = (f"{len(eligible)} test failure(s) first seen here, real at < policy.probe_max_confidence "
              f"{policy.probe_max_confidence:g} (lowest {lead.confidence:.2f}): policy.probe_reruns measures "
              f"them with one rerun from failed; reruns used {ctx.reruns_for_workflow}/"
              f"{policy.max_reruns_per_workflow} for the workflow, {ctx.reruns_today_for_project}/"
              f"{policy.max_reruns_per_project_per_day} today for the project; never auto-approved")
    return ProposalDraft(
        action=Action.RERUN,
        kind=ProposalKind.PROBE,
        summary=(f"Probe: rerun {lead.workflow_name} from failed, {_where(lead)}: {jobs} failed a test "
                 f"first seen here ({_tag(lead)}){also}; a pass means flaky, the same failure proposes "
                 "the report"),
        reason=reason,
        verdict="real",
        confidence=lead.confidence,
        category=categories[0] if len(categories) == 1 else ",".join(categories),
        fingerprint=lead.fingerprint,
        failure_ids=tuple(f.failure_id for f in sorted([*eligible, *transient],
                                                       key=lambda f: (f.job_name, f.job_number or 0,
                                                                      f.failure_id))),
        **_located(lead),
        auto_approve=False,
    )


def _probe(ordered: Sequence[JudgedFailure], buckets: Mapping[int, str], ctx: WorkflowContext,
           policy: PolicySettings, notes: dict[int, str]) -> ProposalDraft | None:
    """The probe of a workflow when every judged failure is probe-eligible or transient (rerun
    bucket), at least one is eligible and a rerun may happen now; else None, with a note on each
    real failure saying why it is not probed."""
    eligible: list[JudgedFailure] = []
    refusals: dict[int, str] = {}
    for f in ordered:
        if buckets[f.failure_id] != "report":
            continue
        why = probe_refusal(f, policy, ctx)
        if why is None:
            eligible.append(f)
        else:
            refusals[f.failure_id] = why
    if not eligible:
        for fid, why in refusals.items():
            notes[fid] = why
        return None
    others = [f for f in ordered if f.failure_id in refusals or buckets[f.failure_id] not in ("report", "rerun")]
    blocker: str | None
    if others:
        names = ", ".join(sorted({f.job_name for f in others}))
        blocker = (f"not probed: {names} is neither a first-seen test failure nor transient, and a rerun "
                   "from failed would rerun it too")
    else:
        found = _rerun_blocker(ctx, policy, ordered)
        blocker = f"not probed ({found})" if found else None
    if blocker:
        for f in eligible:
            notes[f.failure_id] = blocker
        for fid, why in refusals.items():
            notes[fid] = why
        return None
    transient = [f for f in ordered if buckets[f.failure_id] == "rerun"]
    for f in eligible:
        notes[f.failure_id] = "probe proposed"
    for f in transient:
        notes[f.failure_id] = "rerun in the probe proposed"
    return _probe_draft(eligible, transient, ctx, policy)


def report_draft(group: Sequence[JudgedFailure], kind: str, reason: str) -> ProposalDraft:
    """A file_report draft for failures sharing one fingerprint (kind report, refuted or incident)."""
    f = group[0]
    more = f" (+{len(group) - 1} more jobs)" if len(group) > 1 else ""
    labels: dict[str, str] = {ProposalKind.REPORT: "Report",
                              ProposalKind.REFUTED: "Report (rerun failed again)"}
    label = labels.get(kind, "Report")
    return ProposalDraft(
        action=Action.REPORT,
        kind=kind,
        summary=f"{label}: {f.job_name}{more} failed in {f.workflow_name}, {_where(f)} ({_tag(f)})",
        reason=reason,
        verdict=f.verdict,
        confidence=min(g.confidence for g in group),
        category=f.category,
        fingerprint=f.fingerprint,
        failure_ids=tuple(g.failure_id for g in group),
        **_located(f),
    )


# --------------------------------------------------------------------------- decide


def decide_workflow(failures: Sequence[JudgedFailure], ctx: WorkflowContext,
                    policy: PolicySettings) -> Decision:
    """Turn the judged failed jobs of ONE workflow into at most one rerun and one report per fingerprint."""
    if not failures:
        return Decision()
    ordered = sorted(failures, key=lambda f: (f.job_name, f.job_number or 0, f.failure_id))
    notes: dict[int, str] = {}
    drafts: list[ProposalDraft] = []
    occurrences: dict[int, str] = {}

    buckets: dict[int, str] = {}
    for f in ordered:
        bucket, why = _classify(f, policy, ctx)
        buckets[f.failure_id] = bucket
        if why:
            notes[f.failure_id] = why

    # -- probe (opt-in): one rerun from failed measuring first-seen test failures, instead of
    # their reports and of the transient jobs' own rerun.
    if policy.probe_reruns:
        probe = _probe(ordered, buckets, ctx, policy, notes)
        if probe is not None:
            return Decision(drafts=(probe,), notes=notes)

    # -- rerun: all or nothing, since a rerun from failed reruns every failed job.
    rerunnable = [f for f in ordered if buckets[f.failure_id] == "rerun"]
    if rerunnable:
        others = [f for f in ordered if buckets[f.failure_id] != "rerun"]
        blocker: str | None
        if others:
            names = ", ".join(sorted({f.job_name for f in others}))
            blocker = (f"no rerun: {names} is not transient with enough confidence, and a rerun "
                       "from failed would rerun it too")
        else:
            blocker = _rerun_blocker(ctx, policy, rerunnable)
        if blocker:
            for f in rerunnable:
                notes[f.failure_id] = blocker
        else:
            lead = min(rerunnable, key=lambda f: (f.confidence, f.job_name))
            confidence = lead.confidence
            categories = sorted({f.category for f in rerunnable if f.category})
            # The offline engine's own confidence, never one the LLM raised, decides auto-approval.
            offline_low = min(f.offline_confidence if f.offline_verdict else f.confidence
                              for f in rerunnable)
            auto = bool(policy.auto_approve_reruns
                        and confidence >= policy.auto_approve_min_confidence
                        and offline_low >= policy.auto_approve_min_confidence)
            jobs = ", ".join(f.job_name for f in rerunnable)
            reason = (f"all {len(rerunnable)} failed job(s) transient at >= "
                      f"{policy.rerun_min_confidence:g} (lowest {confidence:.2f}); "
                      f"reruns used {ctx.reruns_for_workflow}/{policy.max_reruns_per_workflow} "
                      f"for the workflow, {ctx.reruns_today_for_project}/"
                      f"{policy.max_reruns_per_project_per_day} today for the project")
            if auto:
                reason += (f"; auto-approved (policy.auto_approve_reruns, confidence >= "
                           f"{policy.auto_approve_min_confidence:g})")
            drafts.append(
                ProposalDraft(
                    action=Action.RERUN,
                    kind=ProposalKind.RERUN,
                    summary=(f"Rerun {lead.workflow_name} from failed, {_where(lead)}: "
                             f"{jobs} look{'s' if len(rerunnable) == 1 else ''} transient "
                             f"({', '.join(categories) or 'transient'}, {confidence:.2f})"),
                    reason=reason,
                    verdict="transient",
                    confidence=confidence,
                    category=categories[0] if len(categories) == 1 else ",".join(categories),
                    fingerprint=lead.fingerprint,
                    failure_ids=tuple(f.failure_id for f in rerunnable),
                    **_located(lead),
                    auto_approve=auto,
                )
            )
            for f in rerunnable:
                notes[f.failure_id] = "rerun proposed" + (" (auto-approved)" if auto else "")

    # -- reports: one per fingerprint; an existing report only gains an occurrence.
    groups: dict[str, list[JudgedFailure]] = {}
    kinds: dict[str, str] = {}
    for f in ordered:
        bucket = buckets[f.failure_id]
        if bucket == "rerun":
            continue
        if bucket == "unknown" and policy.unknown_action != "report":
            base = notes.get(f.failure_id, "unknown verdict")
            notes[f.failure_id] = f"{base}: nothing proposed (policy.unknown_action = none)"
            continue
        key = f.fingerprint or f"failure:{f.failure_id}"
        if f.fingerprint and f.fingerprint in ctx.reported_fingerprints:
            occurrences[f.failure_id] = f.fingerprint
            notes[f.failure_id] = "report exists for this fingerprint: occurrence recorded"
            continue
        if f.fingerprint and f.fingerprint in ctx.pending_report_fingerprints:
            notes[f.failure_id] = "report already proposed for this fingerprint (pending)"
            continue
        groups.setdefault(key, []).append(f)
        kinds[key] = ProposalKind.REFUTED if bucket == "refuted" else kinds.get(key, ProposalKind.REPORT)
    for key, group in groups.items():
        kind = kinds[key]
        if kind == ProposalKind.REFUTED:
            reason = "the rerun triage-agent proposed failed the same way"
        elif group[0].verdict == "real":
            reason = (f"real at >= policy.report_min_confidence "
                      f"{policy.report_min_confidence:g} ({group[0].confidence:.2f})")
        else:
            reason = "unknown verdict (policy.unknown_action = report)"
        drafts.append(report_draft(group, kind, reason))
        for f in group:
            prior = notes.get(f.failure_id)
            notes[f.failure_id] = f"{prior}; report proposed" if prior else "report proposed"
    return Decision(drafts=tuple(drafts), notes=notes, occurrences=occurrences)


# --------------------------------------------------------------------------- outages


def incident_signature(fingerprint: str) -> str:
    """The signature inside an incident fingerprint ``incident:<signature>:<window start>``."""
    if fingerprint.startswith("incident:") and fingerprint.count(":") >= 2:
        return fingerprint[len("incident:"):].rsplit(":", 1)[0]
    return fingerprint


def find_outages(recent: Sequence[RecentFailure], policy: PolicySettings, now: datetime, *,
                 existing_incidents: Collection[str] = ()) -> list[Outage]:
    """Group recent failures by infrastructure/network signature; enough distinct projects within the window is an outage.

    ``existing_incidents``: signatures, or fingerprints of incident proposals that are open or
    recent; no second incident draft is made for those (the reruns are still held).
    """
    window = timedelta(minutes=policy.outage_window_minutes)
    open_signatures = {incident_signature(x) for x in existing_incidents}
    by_signature: dict[str, list[tuple[datetime, RecentFailure]]] = {}
    for r in recent:
        at = parse(r.detected_at)
        if not r.signature or r.category not in OUTAGE_CATEGORIES or at is None or at > now:
            continue
        by_signature.setdefault(r.signature, []).append((at, r))
    outages: list[Outage] = []
    for signature, items in sorted(by_signature.items()):
        items.sort(key=lambda item: (item[0], item[1].failure_id))
        best: tuple[int, int, int] | None = None  # (distinct projects, -start index, end index)
        end = 0
        for start in range(len(items)):
            while end < len(items) and items[end][0] - items[start][0] <= window:
                end += 1
            distinct = len({r.project_slug for _, r in items[start:end]})
            if best is None or distinct > best[0]:
                best = (distinct, start, end)
        if best is None or best[0] < max(policy.outage_min_projects, 1):
            continue
        _, start, end = best
        # Everything of this signature from the window's start on is held, including
        # failures that arrived after the window closed: the outage is still going.
        members = [r for at, r in items[start:]]
        window_start, window_end = items[start][0], items[end - 1][0]
        projects = tuple(sorted({r.project_slug for r in members}))
        category = members[0].category
        failure_ids = tuple(r.failure_id for r in members)
        workflow_ids = tuple(dict.fromkeys(r.workflow_id for r in members if r.workflow_id))
        draft = None
        if signature not in open_signatures:
            start_key = iso(window_start)[:16].replace(":", "")
            draft = ProposalDraft(
                action=Action.REPORT,
                kind=ProposalKind.INCIDENT,
                summary=(f"Incident: {len(projects)} projects failing with {signature} "
                         f"({category}) since {iso(window_start)[:16].replace('T', ' ')} UTC"),
                reason=(f"{len(projects)} projects >= policy.outage_min_projects "
                        f"{policy.outage_min_projects} within {policy.outage_window_minutes} min; "
                        f"their reruns are held"),
                verdict="transient",
                confidence=1.0,
                category=category,
                fingerprint=f"incident:{signature}:{start_key}",
                failure_ids=failure_ids,
                project_slug="",
                projects=projects,
            )
        outages.append(
            Outage(
                signature=signature,
                category=category,
                projects=projects,
                failure_ids=failure_ids,
                workflow_ids=workflow_ids,
                window_start=iso(window_start),
                window_end=iso(window_end),
                draft=draft,
            )
        )
    return outages
