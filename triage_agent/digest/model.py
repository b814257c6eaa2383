"""The digest as data: what failed, what the agent proposed and did, how often it was right.

``build_digest`` reads it from the store (store/digest_queries.py, store/usage.py) as of ``now``;
chart.py lays out its chart and render.py writes it as Markdown or HTML.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..core.states import ProposalKind, RerunOutcome, RerunStatus
from ..store import Store
from ..store import digest_queries as q
from ..store import usage as store_usage
from ..timeutil import iso, parse

VERDICT_ORDER: tuple[str, ...] = ("transient", "real", "unknown")
HISTORY_DAYS = 14  # the chart and the flaky-test counts
PRECISION_DAYS = 30
TOP_FLAKY = 10
LINES_PER_PROJECT = 25  # failures listed per project; the rest are counted
MAX_WAITING = 25
# Outcomes a rerun can end with (followup) that the precision counts.
RERUN_OUTCOMES: tuple[str, ...] = (RerunOutcome.CONFIRMED, RerunOutcome.REFUTED, RerunOutcome.DIFFERENT,
                                   RerunOutcome.CANCELED)
# A rerun is stored "running" when sent and gets its outcome when the follow-up settles it, so
# a row without an outcome is in flight; no CI provider's status word is ever stored there.
_IN_FLIGHT = frozenset({"", RerunStatus.RUNNING})
# Below this many decided reruns a precision figure is shown, but flagged as a small sample.
SMALL_SAMPLE = 10


def plural(n: int, word: str) -> str:
    """``1 failure``, ``2 failures``, ``1,024 failures``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class VerdictCounts:
    """Failures by their latest verdict; ``unclassified`` were detected but not judged yet."""

    transient: int = 0
    real: int = 0
    unknown: int = 0
    unclassified: int = 0

    @property
    def total(self) -> int:
        return self.transient + self.real + self.unknown + self.unclassified

    @classmethod
    def of(cls, verdicts: Iterable[str | None]) -> VerdictCounts:
        """Count verdict labels; anything that is not a known verdict counts as unclassified."""
        c = Counter(v if v in VERDICT_ORDER else "unclassified" for v in verdicts)
        return cls(c["transient"], c["real"], c["unknown"], c["unclassified"])


@dataclass(frozen=True)
class ProposalCounts:
    """Queue activity of the day, from the audit log (so a later move does not rewrite history)."""

    created: int = 0
    created_reruns: int = 0
    created_reports: int = 0
    created_probes: int = 0  # probes (policy.probe_reruns): reruns measuring a real verdict, counted apart
    approved: int = 0
    auto_approved: int = 0
    rejected: int = 0
    expired: int = 0
    executed: int = 0
    execution_failed: int = 0

    @property
    def any(self) -> bool:
        return bool(self.created or self.approved or self.rejected or self.expired
                    or self.executed or self.execution_failed)


@dataclass(frozen=True)
class FailureLine:
    """One failed job of the day and what became of it."""

    failure_id: int
    detected_at: str
    pipeline_number: int | None
    workflow_name: str
    job_name: str
    branch: str
    verdict: str | None
    confidence: float | None
    category: str
    proposal_id: int | None
    action: str | None
    proposal_status: str | None
    rerun_outcome: str | None
    note: str
    proposal_kind: str = ""  # rerun, report, incident, refuted or probe


@dataclass(frozen=True)
class ProjectDay:
    """One project's day: its failures, verdicts, proposals and what was done."""

    slug: str
    failures: VerdictCounts
    proposals: ProposalCounts
    reruns_sent: int
    reports_filed: int
    lines: tuple[FailureLine, ...]
    more_lines: int


@dataclass(frozen=True)
class RerunLine:
    """A rerun sent that day, with its outcome as known when the digest was built."""

    proposal_id: int
    project_slug: str
    workflow_name: str
    pipeline_number: int | None
    branch: str
    verdict: str | None
    confidence: float | None
    sent_at: str
    finished_at: str | None
    outcome: str  # confirmed | refuted | different | canceled | running | another status
    kind: str = ""  # rerun, or probe (policy.probe_reruns)


@dataclass(frozen=True)
class Precision:
    """Rerun outcomes of transient verdicts over a window: precision = confirmed / (confirmed + refuted)."""

    days: int
    confirmed: int = 0
    refuted: int = 0
    different: int = 0
    canceled: int = 0
    running: int = 0

    @property
    def decided(self) -> int:
        return self.confirmed + self.refuted

    @property
    def value(self) -> float | None:
        """None when no rerun has confirmed or refuted a verdict: there is nothing to measure."""
        return self.confirmed / self.decided if self.decided else None

    @property
    def small_sample(self) -> bool:
        return 0 < self.decided < SMALL_SAMPLE


@dataclass(frozen=True)
class FlakyTestLine:
    """A test CircleCI Insights lists as flaky, and how often it showed up in our failures."""

    project_slug: str
    test_name: str
    classname: str
    job_name: str
    times_flaked: int
    time_wasted: float  # seconds, from Insights
    failed_on_day: int
    failed_in_window: int


@dataclass(frozen=True)
class ReportLine:
    """A report filed that day."""

    report_id: int
    project_slug: str
    title: str
    occurrences: int
    created_at: str


@dataclass(frozen=True)
class WaitingApproval:
    """A proposal still waiting for a person, as of when the digest was built."""

    proposal_id: int
    project_slug: str
    action: str
    kind: str
    verdict: str
    confidence: float | None
    summary: str
    created_at: str
    age_hours: float
    expires_at: str | None


@dataclass(frozen=True)
class DayUsage:
    """CircleCI requests and LLM tokens of one UTC day (the budgets reset at 00:00 UTC)."""

    utc_day: str
    api_requests: int
    api_budget: int | None
    api_top_endpoints: tuple[tuple[str, int], ...]
    llm_prompt_tokens: int
    llm_completion_tokens: int
    llm_calls: int
    llm_errors: int
    llm_budget: int | None
    # When the LLM was skipped that day and why: (time, event, reason, failures), in order.
    llm_events: tuple[tuple[str, str, str, int], ...] = ()

    @property
    def llm_skipped(self) -> int:
        """Failures judged offline alone because the LLM was skipped (breaker, wait, budget)."""
        return sum(n for _, event, _, n in self.llm_events if event == "skipped")

    @property
    def llm_tokens(self) -> int:
        return self.llm_prompt_tokens + self.llm_completion_tokens

    @property
    def api_share(self) -> float | None:
        return self.api_requests / self.api_budget if self.api_budget else None

    @property
    def llm_share(self) -> float | None:
        return self.llm_tokens / self.llm_budget if self.llm_budget else None


@dataclass(frozen=True)
class DayCounts:
    """Failures of one local day by verdict (a bar of the chart)."""

    day: date
    counts: VerdictCounts


@dataclass(frozen=True)
class Digest:
    """Everything the digest shows, as plain data (the templates only lay it out)."""

    day: date
    timezone: str
    start: datetime  # UTC, inclusive
    end: datetime  # UTC, exclusive
    generated_at: datetime
    failures: VerdictCounts
    projects_with_failures: int
    proposals: ProposalCounts
    reruns_sent: int
    reports_filed: int
    projects: tuple[ProjectDay, ...]
    reruns: tuple[RerunLine, ...]
    rerun_outcomes: dict[str, int]
    precision_day: Precision
    precision_window: Precision
    flaky: tuple[FlakyTestLine, ...]
    flaky_as_of: str | None
    reports: tuple[ReportLine, ...]
    recurring_reports: int
    recurring_occurrences: int
    waiting: tuple[WaitingApproval, ...]
    waiting_total: int
    usage: DayUsage
    history: tuple[DayCounts, ...]
    # Probes (policy.probe_reruns), counted apart from the reruns of transient verdicts: the day's
    # counts and the probe reruns sent that day (``reruns``, ``reruns_sent`` and ``rerun_outcomes``
    # leave them out).
    probes: q.ProbeCounts = q.ProbeCounts()
    probe_reruns: tuple[RerunLine, ...] = ()

    @property
    def partial(self) -> bool:
        """The day was not over when the digest was built."""
        return self.generated_at < self.end

    @property
    def quiet(self) -> bool:
        """Nothing happened that day: the digest is the short form."""
        return not (self.failures.total or self.proposals.any or self.reruns or self.reports
                    or self.probe_reruns or self.probes.any)

    @property
    def headline(self) -> str:
        """One sentence a manager can stop reading after."""
        when = f"on {self.day:%A %-d %B}" + (" (so far)" if self.partial else "")
        f = self.failures
        if not f.total:
            head = f"No failures {when}"
        else:
            parts = [f"{f.transient} transient", f"{f.real} real", f"{f.unknown} unknown"]
            if f.unclassified:
                parts.append(f"{f.unclassified} not classified yet")
            head = (f"{plural(f.total, 'failure')} in {plural(self.projects_with_failures, 'project')} "
                    f"{when}: {', '.join(parts)}")
        return head + "."


# --------------------------------------------------------------------------- building


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC [start, end) of a calendar day in ``tz`` (23 or 25 hours long on DST days)."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def previous_day(now: datetime, tz: ZoneInfo) -> date:
    """The calendar day before ``now`` in ``tz``: the day the morning digest is about."""
    return now.astimezone(tz).date() - timedelta(days=1)



def build_digest(store: Store, day: date, tz: ZoneInfo, now: datetime, *,
                 llm_budget: int | None, api_budget_per_day: int | None) -> Digest:
    """Read the digest of ``day`` (a calendar day in ``tz``) from the store, as of ``now``."""
    start, end = day_bounds(day, tz)
    window = (iso(start), iso(end))
    failures = _failure_lines(store, *window)
    proposal_counts = _proposal_counts(store, *window)
    sent = _reruns(store, *window)
    reruns = [r for r in sent if r.kind != ProposalKind.PROBE]
    probe_reruns = [r for r in sent if r.kind == ProposalKind.PROBE]
    reports = [ReportLine(report_id=r.id, project_slug=r.project_slug, title=r.title,
                          occurrences=r.occurrences, created_at=r.created_at)
               for r in q.reports_filed(store, *window)]
    recurring, recurring_occurrences = q.recurring_reports(store, *window)

    by_project: dict[str, list[FailureLine]] = {}
    for slug, line in failures:
        by_project.setdefault(slug, []).append(line)
    slugs = set(by_project) | set(proposal_counts) | {r.project_slug for r in reruns} | {
        r.project_slug for r in reports}
    projects = []
    for slug in slugs:
        lines = by_project.get(slug, [])
        projects.append(ProjectDay(
            slug=slug,
            failures=VerdictCounts.of(line.verdict for line in lines),
            proposals=proposal_counts.get(slug, ProposalCounts()),
            reruns_sent=sum(1 for r in reruns if r.project_slug == slug),
            reports_filed=sum(1 for r in reports if r.project_slug == slug),
            lines=tuple(lines[:LINES_PER_PROJECT]),
            more_lines=max(0, len(lines) - LINES_PER_PROJECT),
        ))
    projects.sort(key=lambda p: (-p.failures.total, -p.failures.real, p.slug))

    window_start, _ = day_bounds(day - timedelta(days=PRECISION_DAYS - 1), tz)
    history_start, _ = day_bounds(day - timedelta(days=HISTORY_DAYS - 1), tz)
    waiting = _waiting(store, now)
    flaky, flaky_as_of = _flaky(store, window, (iso(history_start), iso(end)))
    return Digest(
        day=day,
        timezone=str(tz.key),
        start=start,
        end=end,
        generated_at=now.astimezone(UTC),
        failures=VerdictCounts.of(line.verdict for _, line in failures),
        projects_with_failures=len(by_project),
        proposals=_sum_counts(proposal_counts.values()),
        reruns_sent=len(reruns),
        reports_filed=len(reports),
        projects=tuple(projects),
        reruns=tuple(reruns),
        rerun_outcomes=dict(Counter(r.outcome for r in reruns)),
        precision_day=_precision(store, *window, days=1),
        precision_window=_precision(store, iso(window_start), iso(end), days=PRECISION_DAYS),
        flaky=flaky,
        flaky_as_of=flaky_as_of,
        reports=tuple(reports),
        recurring_reports=recurring,
        recurring_occurrences=recurring_occurrences,
        waiting=tuple(waiting[:MAX_WAITING]),
        waiting_total=len(waiting),
        # The budgets are per UTC day, and API requests are only counted per UTC day, so
        # usage is reported for the UTC day of the same date, whatever the digest's zone.
        usage=_usage(store, day.isoformat(), llm_budget=llm_budget, api_budget=api_budget_per_day),
        history=_history(store, day, tz),
        probes=q.probe_counts(store, *window),
        probe_reruns=tuple(probe_reruns),
    )


def _failure_lines(store: Store, start: str, end: str) -> list[tuple[str, FailureLine]]:
    proposals = q.latest_proposals_of_failures(store, start, end)
    out = []
    for r in q.failures_detected(store, start, end):
        p = proposals.get(r.id)
        has_rerun = p is not None and bool(p.rerun_status or p.outcome)
        out.append((r.project_slug, FailureLine(
            failure_id=r.id, detected_at=r.detected_at, pipeline_number=r.pipeline_number,
            workflow_name=r.workflow_name, job_name=r.job_name, branch=r.branch, verdict=r.verdict,
            confidence=r.confidence, category=r.category,
            proposal_id=p.proposal_id if p else None, action=p.action if p else None,
            proposal_status=p.status if p else None,
            rerun_outcome=_outcome(p.outcome, p.rerun_status) if p is not None and has_rerun else None,
            note=r.decision, proposal_kind=(p.kind or "") if p else "",
        )))
    return out


def _proposal_counts(store: Store, start: str, end: str) -> dict[str, ProposalCounts]:
    """Per project: proposals created, and moves recorded in the audit log within the day."""
    acc: dict[str, Counter[str]] = {}
    for r in q.proposals_created(store, start, end):
        c = acc.setdefault(r.project_slug, Counter())
        c["created"] += r.n
        if r.kind == ProposalKind.PROBE:
            c["created_probes"] += r.n
        else:
            c["created_reruns" if r.action == "rerun_workflow" else "created_reports"] += r.n
    for m in q.queue_moves(store, start, end):
        c = acc.setdefault(m.project_slug, Counter())
        key = {"failed": "execution_failed"}.get(m.to_status, m.to_status)
        c[key] += m.n
        if m.to_status == "approved":
            c["auto_approved"] += m.auto
    return {slug: ProposalCounts(**c) for slug, c in acc.items()}


def _sum_counts(counts: Iterable[ProposalCounts]) -> ProposalCounts:
    total: Counter[str] = Counter()
    for c in counts:
        total.update({k: getattr(c, k) for k in ProposalCounts.__dataclass_fields__})
    return ProposalCounts(**total)


def _outcome(outcome: str | None, status: str | None) -> str:
    if outcome:
        return outcome
    return RerunStatus.RUNNING if (status or "") in _IN_FLIGHT else str(status)


def _reruns(store: Store, start: str, end: str) -> list[RerunLine]:
    return [
        RerunLine(
            proposal_id=r.proposal_id, project_slug=r.project_slug, workflow_name=r.workflow_name,
            pipeline_number=r.pipeline_number, branch=r.branch, verdict=r.verdict,
            confidence=r.confidence if r.confidence is not None else r.verdict_confidence,
            sent_at=r.sent_at, finished_at=r.finished_at, outcome=_outcome(r.outcome, r.status),
            kind=r.kind or "",
        )
        for r in q.reruns_sent(store, start, end)
    ]


def _precision(store: Store, start: str, end: str, *, days: int) -> Precision:
    """Outcomes of the reruns of transient verdicts sent in [start, end), as known now."""
    c: Counter[str] = Counter()
    for r in q.transient_rerun_results(store, start, end):
        outcome = _outcome(r.outcome, r.status)
        if outcome in RERUN_OUTCOMES or outcome == RerunStatus.RUNNING:
            c[outcome] += 1
    return Precision(days=days, confirmed=c["confirmed"], refuted=c["refuted"],
                     different=c["different"], canceled=c["canceled"], running=c["running"])


def _waiting(store: Store, now: datetime) -> list[WaitingApproval]:
    out = []
    for r in q.pending_proposals(store):
        created = parse(r.created_at)
        out.append(WaitingApproval(
            proposal_id=r.id, project_slug=r.project_slug or "", action=r.action or "",
            kind=r.kind or "", verdict=r.verdict or "", confidence=r.confidence,
            summary=r.summary or "", created_at=r.created_at,
            age_hours=max(0.0, (now - created) / timedelta(hours=1)) if created else 0.0,
            expires_at=r.expires_at,
        ))
    return out


def _flaky(store: Store, day_window: tuple[str, str],
           history_window: tuple[str, str]) -> tuple[tuple[FlakyTestLine, ...], str | None]:
    """The flaky tests wasting the most time, with how often our failures hit them."""
    on_day: Counter[tuple[str, str]] = Counter()
    in_window: Counter[tuple[str, str]] = Counter()
    recent_projects: set[str] = set()
    for hit in q.flaky_hits(store, *history_window):
        recent_projects.add(hit.project_slug)
        for name in {str(n) for n in hit.known_flaky if isinstance(n, str)}:
            key = (hit.project_slug, name)
            in_window[key] += 1
            if day_window[0] <= hit.detected_at < day_window[1]:
                on_day[key] += 1
    tests: list[FlakyTestLine] = []
    fetched: list[str] = []
    for p in q.projects_with_flaky_tests(store):
        # A project no longer watched keeps stale Insights; show it only if it still fails.
        if p.active == 0 and p.slug not in recent_projects:
            continue
        if p.flaky_fetched_at:
            fetched.append(p.flaky_fetched_at)
        for t in p.flaky_tests:
            if not isinstance(t, dict):
                continue
            name = str(t.get("test_name") or "")
            key = (p.slug, name)
            tests.append(FlakyTestLine(
                project_slug=p.slug, test_name=name, classname=str(t.get("classname") or ""),
                job_name=str(t.get("job_name") or ""), times_flaked=_int(t.get("times_flaked")),
                time_wasted=_float(t.get("time_wasted")), failed_on_day=on_day[key],
                failed_in_window=in_window[key],
            ))
    tests.sort(key=lambda t: (-t.time_wasted, -t.times_flaked, -t.failed_in_window,
                              t.project_slug, t.test_name))
    return tuple(tests[:TOP_FLAKY]), (min(fetched) if fetched else None)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _float(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) and number > 0 else 0.0


def _usage(store: Store, utc_day: str, *, llm_budget: int | None, api_budget: int | None) -> DayUsage:
    endpoints = store_usage.api_requests_by_endpoint(store, utc_day)
    llm = store_usage.llm_totals_on(store, utc_day)
    return DayUsage(
        utc_day=utc_day,
        api_requests=sum(n for _, n in endpoints),
        # A budget of 0 means "no limit" in the config.
        api_budget=api_budget or None,
        api_top_endpoints=tuple(endpoints[:5]),
        llm_prompt_tokens=llm.prompt_tokens,
        llm_completion_tokens=llm.completion_tokens,
        llm_calls=llm.calls,
        llm_errors=llm.errors,
        llm_budget=llm_budget or None,
        llm_events=tuple(tuple(e) for e in store_usage.llm_events_on(store, utc_day)),
    )


def _history(store: Store, day: date, tz: ZoneInfo) -> tuple[DayCounts, ...]:
    days = [day - timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1)]
    start, _ = day_bounds(days[0], tz)
    _, end = day_bounds(day, tz)
    verdicts: dict[date, list[str | None]] = {d: [] for d in days}
    for r in q.verdicts_detected(store, iso(start), iso(end)):
        at = parse(r.detected_at)
        if at is not None:
            local = at.astimezone(tz).date()
            if local in verdicts:
                verdicts[local].append(r.verdict)
    return tuple(DayCounts(d, VerdictCounts.of(verdicts[d])) for d in days)
