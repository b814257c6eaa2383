"""The daily digest: what failed, what the agent proposed and did, and how often it was right."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .atomicfile import write_atomic
from .config import DigestSettings
from .errors import ConfigError, TriageError
from .store import Store, loads
from .templates import render as render_template
from .timeutil import iso, parse

Format = Literal["md", "html"]
FORMATS: tuple[str, ...] = ("md", "html")
VERDICT_ORDER: tuple[str, ...] = ("transient", "real", "unknown")
HISTORY_DAYS = 14  # the chart and the flaky-test counts
PRECISION_DAYS = 30
TOP_FLAKY = 10
LINES_PER_PROJECT = 25  # failures listed per project; the rest are counted
MAX_WAITING = 25
# Outcomes a rerun can end with (followup); anything else without an outcome is in flight.
RERUN_OUTCOMES: tuple[str, ...] = ("confirmed", "refuted", "different", "canceled")
_IN_FLIGHT = frozenset({"", "running", "sent", "queued", "pending", "on_hold"})
# Below this many decided reruns a precision figure is shown, but flagged as a small sample.
SMALL_SAMPLE = 10


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
class FlakyTest:
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
class Usage:
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
    flaky: tuple[FlakyTest, ...]
    flaky_as_of: str | None
    reports: tuple[ReportLine, ...]
    recurring_reports: int
    recurring_occurrences: int
    waiting: tuple[WaitingApproval, ...]
    waiting_total: int
    usage: Usage
    history: tuple[DayCounts, ...]

    @property
    def partial(self) -> bool:
        """The day was not over when the digest was built."""
        return self.generated_at < self.end

    @property
    def quiet(self) -> bool:
        """Nothing happened that day: the digest is the short form."""
        return not (self.failures.total or self.proposals.any or self.reruns or self.reports)

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
            head = (f"{_plural(f.total, 'failure')} in {_plural(self.projects_with_failures, 'project')} "
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
    reruns = _reruns(store, *window)
    reports = _reports(store, *window)
    recurring, recurring_occurrences = _recurring_reports(store, *window)

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
    )


def _rows(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return list(store.db.query(sql, list(params)))


# The latest verdict of a failure: a failure may be classified again (after an error, say).
_LATEST_VERDICT = "left join verdicts v on v.id = (select max(id) from verdicts where failure_id = f.id)"


def _failure_lines(store: Store, start: str, end: str) -> list[tuple[str, FailureLine]]:
    rows = _rows(store, f"""
        select f.id, f.project_slug, f.pipeline_number, f.workflow_name, f.job_name, f.branch,
               f.detected_at, f.decision, v.verdict, v.confidence, v.category
        from failures f {_LATEST_VERDICT}
        where f.detected_at >= ? and f.detected_at < ?
        order by f.detected_at, f.id""", [start, end])
    # The latest proposal covering each failure: proposal_failures lists every failure of a
    # grouped proposal, and proposals.failure_id still links a proposal that has no such row.
    proposals: dict[int, dict[str, Any]] = {}
    for p in _rows(store, """
        with links(proposal_id, failure_id) as (
            select proposal_id, failure_id from proposal_failures
            union select id, failure_id from proposals where failure_id is not null)
        select l.failure_id, p.id, p.action, p.status, r.outcome, r.status as rerun_status
        from links l join failures f on f.id = l.failure_id
        join proposals p on p.id = l.proposal_id
        left join reruns r on r.proposal_id = p.id
        where f.detected_at >= ? and f.detected_at < ?
        order by p.id""", [start, end]):
        proposals[p["failure_id"]] = p
    out = []
    for r in rows:
        p = proposals.get(r["id"], {})
        has_rerun = bool(p.get("rerun_status") or p.get("outcome"))
        out.append((r["project_slug"] or "", FailureLine(
            failure_id=r["id"], detected_at=r["detected_at"], pipeline_number=r["pipeline_number"],
            workflow_name=r["workflow_name"] or "", job_name=r["job_name"] or "",
            branch=r["branch"] or "", verdict=r["verdict"], confidence=r["confidence"],
            category=r["category"] or "", proposal_id=p.get("id"), action=p.get("action"),
            proposal_status=p.get("status"),
            rerun_outcome=_outcome(p.get("outcome"), p.get("rerun_status")) if has_rerun else None,
            note=r["decision"] or "",
        )))
    return out


def _proposal_counts(store: Store, start: str, end: str) -> dict[str, ProposalCounts]:
    """Per project: proposals created, and moves recorded in the audit log within the day."""
    acc: dict[str, Counter[str]] = {}
    for r in _rows(store, """
        select project_slug, action, count(*) as n from proposals
        where created_at >= ? and created_at < ? group by project_slug, action""", [start, end]):
        c = acc.setdefault(r["project_slug"] or "", Counter())
        c["created"] += r["n"]
        c["created_reruns" if r["action"] == "rerun_workflow" else "created_reports"] += r["n"]
    # executing -> approved is the executor handing back a rerun it never sent, not a
    # person's approval; pending/failed -> approved is.
    for r in _rows(store, """
        select p.project_slug, a.to_status, count(distinct a.proposal_id) as n,
               count(distinct case when p.auto_approved = 1 then a.proposal_id end) as auto
        from audit_log a join proposals p on p.id = a.proposal_id
        where a.at >= ? and a.at < ?
          and a.to_status in ('approved', 'rejected', 'expired', 'executed', 'failed')
          and (a.to_status != 'approved' or coalesce(a.from_status, 'pending') in ('pending', 'failed'))
        group by p.project_slug, a.to_status""", [start, end]):
        c = acc.setdefault(r["project_slug"] or "", Counter())
        key = {"failed": "execution_failed"}.get(r["to_status"], r["to_status"])
        c[key] += r["n"]
        if r["to_status"] == "approved":
            c["auto_approved"] += r["auto"]
    return {slug: ProposalCounts(**c) for slug, c in acc.items()}


def _sum_counts(counts: Iterable[ProposalCounts]) -> ProposalCounts:
    total: Counter[str] = Counter()
    for c in counts:
        total.update({k: getattr(c, k) for k in ProposalCounts.__dataclass_fields__})
    return ProposalCounts(**total)


def _outcome(outcome: str | None, status: str | None) -> str:
    if outcome:
        return outcome
    return "running" if (status or "") in _IN_FLIGHT else str(status)


def _reruns(store: Store, start: str, end: str) -> list[RerunLine]:
    return [
        RerunLine(
            proposal_id=r["proposal_id"], project_slug=r["project_slug"] or "",
            workflow_name=r["workflow_name"] or "", pipeline_number=r["pipeline_number"],
            branch=r["branch"] or "", verdict=r["verdict"],
            confidence=r["confidence"] if r["confidence"] is not None else r["verdict_confidence"],
            sent_at=r["sent_at"], finished_at=r["finished_at"],
            outcome=_outcome(r["outcome"], r["status"]),
        )
        for r in _rows(store, """
            select r.proposal_id, r.project_slug, r.workflow_name, r.sent_at, r.finished_at,
                   r.status, r.outcome, r.verdict_confidence,
                   p.pipeline_number, p.branch, p.verdict, p.confidence
            from reruns r left join proposals p on p.id = r.proposal_id
            where r.sent_at >= ? and r.sent_at < ?
            order by r.sent_at, r.proposal_id""", [start, end])
    ]


def _precision(store: Store, start: str, end: str, *, days: int) -> Precision:
    """Outcomes of the reruns of transient verdicts sent in [start, end), as known now."""
    c: Counter[str] = Counter()
    for r in _rows(store, """
        select r.outcome, r.status from reruns r join proposals p on p.id = r.proposal_id
        where p.verdict = 'transient' and r.sent_at >= ? and r.sent_at < ?""", [start, end]):
        outcome = _outcome(r["outcome"], r["status"])
        if outcome in RERUN_OUTCOMES or outcome == "running":
            c[outcome] += 1
    return Precision(days=days, confirmed=c["confirmed"], refuted=c["refuted"],
                     different=c["different"], canceled=c["canceled"], running=c["running"])


def _reports(store: Store, start: str, end: str) -> list[ReportLine]:
    return [
        ReportLine(report_id=r["id"], project_slug=r["project_slug"] or "", title=r["title"] or "",
                   occurrences=int(r["occurrences"] or 0), created_at=r["created_at"])
        for r in _rows(store, """
            select id, project_slug, title, occurrences, created_at from reports
            where created_at >= ? and created_at < ? order by created_at, id""", [start, end])
    ]


def _recurring_reports(store: Store, start: str, end: str) -> tuple[int, int]:
    """Reports filed earlier that failures of the day added occurrences to: (reports, occurrences)."""
    row = _rows(store, """
        select count(distinct o.report_id) as reports, count(*) as occurrences
        from report_occurrences o join reports r on r.id = o.report_id
        where o.at >= ? and o.at < ? and r.created_at < ?""", [start, end, start])[0]
    return int(row["reports"] or 0), int(row["occurrences"] or 0)


def _waiting(store: Store, now: datetime) -> list[WaitingApproval]:
    out = []
    for r in _rows(store, "select * from proposals where status = 'pending' order by created_at, id"):
        created = parse(r["created_at"])
        out.append(WaitingApproval(
            proposal_id=r["id"], project_slug=r["project_slug"] or "", action=r["action"] or "",
            kind=r["kind"] or "", verdict=r["verdict"] or "", confidence=r["confidence"],
            summary=r["summary"] or "", created_at=r["created_at"],
            age_hours=max(0.0, (now - created) / timedelta(hours=1)) if created else 0.0,
            expires_at=r["expires_at"],
        ))
    return out


def _flaky(store: Store, day_window: tuple[str, str],
           history_window: tuple[str, str]) -> tuple[tuple[FlakyTest, ...], str | None]:
    """The flaky tests wasting the most time, with how often our failures hit them."""
    on_day: Counter[tuple[str, str]] = Counter()
    in_window: Counter[tuple[str, str]] = Counter()
    recent_projects: set[str] = set()
    for r in _rows(store, """
        select f.project_slug, f.detected_at, e.known_flaky
        from failures f join evidence e on e.failure_id = f.id
        where f.detected_at >= ? and f.detected_at < ?""", history_window):
        recent_projects.add(r["project_slug"])
        names = loads(r["known_flaky"], []) or []
        for name in {str(n) for n in names if isinstance(n, str)}:
            key = (r["project_slug"], name)
            in_window[key] += 1
            if day_window[0] <= r["detected_at"] < day_window[1]:
                on_day[key] += 1
    tests: list[FlakyTest] = []
    fetched: list[str] = []
    for p in _rows(store, """
        select slug, active, flaky_tests, flaky_fetched_at from projects
        where flaky_tests is not null and flaky_tests not in ('', '[]')"""):
        # A project no longer watched keeps stale Insights; show it only if it still fails.
        if p["active"] == 0 and p["slug"] not in recent_projects:
            continue
        if p["flaky_fetched_at"]:
            fetched.append(p["flaky_fetched_at"])
        for t in loads(p["flaky_tests"], []) or []:
            if not isinstance(t, dict):
                continue
            name = str(t.get("test_name") or "")
            key = (p["slug"], name)
            tests.append(FlakyTest(
                project_slug=p["slug"], test_name=name, classname=str(t.get("classname") or ""),
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


def _usage(store: Store, utc_day: str, *, llm_budget: int | None, api_budget: int | None) -> Usage:
    endpoints = [(r["endpoint"] or "?", int(r["requests"] or 0)) for r in _rows(
        store, "select endpoint, requests from api_usage where day = ? order by requests desc, endpoint",
        [utc_day])]
    llm = _rows(store, """
        select coalesce(sum(prompt_tokens), 0) as prompt, coalesce(sum(completion_tokens), 0) as completion,
               coalesce(sum(calls), 0) as calls,
               coalesce(sum(case when coalesce(error, '') != '' then 1 else 0 end), 0) as errors
        from llm_usage where day = ?""", [utc_day])[0]
    return Usage(
        utc_day=utc_day,
        api_requests=sum(n for _, n in endpoints),
        # A budget of 0 means "no limit" in the config.
        api_budget=api_budget or None,
        api_top_endpoints=tuple(endpoints[:5]),
        llm_prompt_tokens=int(llm["prompt"]),
        llm_completion_tokens=int(llm["completion"]),
        llm_calls=int(llm["calls"]),
        llm_errors=int(llm["errors"]),
        llm_budget=llm_budget or None,
        llm_events=tuple(
            (r["at"] or "", r["event"] or "", r["reason"] or "", int(r["failures"] or 0))
            for r in _rows(store, "select at, event, reason, failures from llm_events where day = ? "
                                  "order by id", [utc_day])),
    )


def _history(store: Store, day: date, tz: ZoneInfo) -> tuple[DayCounts, ...]:
    days = [day - timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1)]
    start, _ = day_bounds(days[0], tz)
    _, end = day_bounds(day, tz)
    verdicts: dict[date, list[str | None]] = {d: [] for d in days}
    for r in _rows(store, f"""
        select f.detected_at, v.verdict from failures f {_LATEST_VERDICT}
        where f.detected_at >= ? and f.detected_at < ?""", [iso(start), iso(end)]):
        at = parse(r["detected_at"])
        if at is not None:
            local = at.astimezone(tz).date()
            if local in verdicts:
                verdicts[local].append(r["verdict"])
    return tuple(DayCounts(d, VerdictCounts.of(verdicts[d])) for d in days)


# --------------------------------------------------------------------------- the chart


@dataclass(frozen=True)
class ChartRect:
    """One verdict's segment of a day's bar."""

    verdict: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class ChartGroup:
    """One day of the chart: its stacked segments and where its slot is."""

    day: date
    total: int
    x: float  # centre of the slot
    rects: tuple[ChartRect, ...]
    is_digest_day: bool


@dataclass(frozen=True)
class Chart:
    """The geometry of the 14-day stacked bar chart (the template only draws it)."""

    width: int
    height: int
    left: float
    top: float
    plot_width: float
    plot_height: float
    y_max: int
    ticks: tuple[tuple[int, float], ...]  # (value, y)
    groups: tuple[ChartGroup, ...]
    series: tuple[tuple[str, int], ...]  # (verdict, total over the window) for the legend
    bar_width: float

    @property
    def bottom(self) -> float:
        return self.top + self.plot_height


def _nice_step(peak: int) -> int:
    """A 1-2-5 tick step giving at most 5 intervals up to ``peak``."""
    magnitude = 1
    while True:
        for m in (1, 2, 5):
            step = m * magnitude
            if math.ceil(peak / step) <= 5:
                return step
        magnitude *= 10


def chart(history: Sequence[DayCounts], digest_day: date) -> Chart:
    """Lay out stacked bars (transient at the bottom) with heights proportional to counts."""
    width, height = 960, 300
    left, right, top, bottom = 48.0, 10.0, 18.0, 60.0
    plot_w, plot_h = width - left - right, height - top - bottom
    # "Not classified yet" is a fourth series only when there is such a failure to show.
    series = [*VERDICT_ORDER] + (["unclassified"] if any(d.counts.unclassified for d in history) else [])
    peak = max((d.counts.total for d in history), default=0)
    step = _nice_step(max(peak, 1))
    y_max = step * max(1, math.ceil(peak / step))
    scale = plot_h / y_max
    slot = plot_w / max(1, len(history))
    bar_w = round(slot * 0.62, 2)
    groups = []
    for i, d in enumerate(history):
        centre = left + slot * (i + 0.5)
        base = top + plot_h
        rects = []
        for v in series:
            n = getattr(d.counts, v)
            if not n:
                continue
            h = n * scale
            base -= h
            rects.append(ChartRect(v, n, round(centre - bar_w / 2, 2), round(base, 3), bar_w, round(h, 3)))
        groups.append(ChartGroup(d.day, d.counts.total, round(centre, 2), tuple(rects), d.day == digest_day))
    ticks = tuple((v, round(top + plot_h - v * scale, 2)) for v in range(0, y_max + 1, step))
    totals = tuple((v, sum(getattr(d.counts, v) for d in history)) for v in series)
    return Chart(width, height, left, top, plot_w, plot_h, y_max, ticks, tuple(groups), totals, bar_w)


# --------------------------------------------------------------------------- rendering


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


# Characters that start Markdown markup or raw HTML, or end a table cell. An underscore
# inside a word (test_foo_bar) is plain text in GFM, so only the others are escaped, which
# keeps test names readable as plain text; so is an ampersand that cannot start an entity.
_MD_SPECIAL = re.compile(r"[\\`*\[\]<>|~]|&(?=[#A-Za-z0-9])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md_escape(text: Any) -> str:
    """Make untrusted text inert in a Markdown table cell: one line, no markup, no raw HTML."""
    flat = " ".join(str(text if text is not None else "").split())
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), flat)


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02d} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def _age(hours: float) -> str:
    return _duration(hours * 3600)


def _percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share * 100:.0f}%"


class _View:
    """Formatting helpers handed to the templates (kept out of the shared jinja environment)."""

    def __init__(self, digest: Digest, redact: Callable[[str], str] | None = None) -> None:
        self.tz = ZoneInfo(digest.timezone)
        self.d = digest
        self._redact = redact

    def r(self, text: Any) -> str:
        """A value from a build, redacted (the HTML template escapes it after)."""
        value = "" if text is None else str(text)
        return self._redact(value) if self._redact is not None else value

    def md(self, text: Any) -> str:
        """A value from a build, redacted, then made inert in a Markdown table cell."""
        return md_escape(self.r(text))

    def local(self, value: str | datetime | None) -> datetime | None:
        dt = parse(value) if isinstance(value, str) or value is None else value
        return dt.astimezone(self.tz) if dt else None

    def hm(self, value: str | datetime | None) -> str:
        """A time of the digest day as HH:MM, with the date when it is another day."""
        dt = self.local(value)
        if dt is None:
            return "–"
        return f"{dt:%H:%M}" if dt.date() == self.d.day else f"{dt:%-d %b %H:%M}"

    def stamp(self, value: str | datetime | None) -> str:
        dt = self.local(value)
        return f"{dt:%Y-%m-%d %H:%M}" if dt else "–"

    def utc(self, value: datetime) -> str:
        return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"

    @staticmethod
    def num(n: int | float | None) -> str:
        return "–" if n is None else f"{n:,}"

    @staticmethod
    def conf(c: float | None) -> str:
        return "–" if c is None else f"{float(c):.2f}"

    @staticmethod
    def precision(p: Precision) -> str:
        return "not enough data" if p.value is None else f"{p.value * 100:.0f}%"

    percent = staticmethod(_percent)
    duration = staticmethod(_duration)
    age = staticmethod(_age)
    plural = staticmethod(_plural)

    @staticmethod
    def action(action: str | None) -> str:
        return {"rerun_workflow": "rerun", "file_report": "report"}.get(action or "", action or "–")

    @staticmethod
    def outcome(outcome: str | None) -> str:
        return {"running": "still running", "different": "failed differently",
                "refuted": "refuted", "confirmed": "confirmed", "canceled": "canceled"}.get(
            outcome or "", outcome or "–")

    def done(self, line: FailureLine) -> str:
        """What became of a failure, in a few words."""
        if line.proposal_id is None:
            return line.note or ("waiting for classification" if line.verdict is None else "no action")
        text = f"#{line.proposal_id} {self.action(line.action)}: {line.proposal_status}"
        if line.rerun_outcome:
            text += f", {self.outcome(line.rerun_outcome)}"
        return text


def render(digest: Digest, fmt: Format, redact: Callable[[str], str] | None = None) -> str:
    """The digest as Markdown (``md``) or one self-contained HTML page (``html``).

    With ``redact``, every value from a build is redacted before it is escaped (test and job
    names, branches, summaries), and the page as a whole once more at the end.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"digest format {fmt!r}: expected one of {', '.join(FORMATS)}")
    view = _View(digest, redact)
    ctx: dict[str, Any] = {"d": digest, "v": view, "verdicts": VERDICT_ORDER}
    if fmt == "html":
        ctx["chart"] = chart(digest.history, digest.day)
    text = render_template(f"digest.{fmt}.j2", **ctx)
    return redact(text) if redact is not None else text


# --------------------------------------------------------------------------- writing


def digest_path(directory: Path, day: date, fmt: str) -> Path:
    """Where the digest of ``day`` in format ``fmt`` lives: ``<directory>/digest-YYYY-MM-DD.<fmt>``."""
    return directory / f"digest-{day.isoformat()}.{fmt}"


def write_daily(store: Store, settings: DigestSettings, base_path_resolver: Callable[[str], Path],
                day: date, now: datetime, *, llm_budget: int | None = None,
                api_budget_per_day: int | None = None,
                redact: Callable[[str], str] | None = None) -> list[Path]:
    """Build the digest of ``day`` once and write it in each configured format; return the paths."""
    try:
        tz = ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"digest.timezone: unknown time zone {settings.timezone!r}") from exc
    formats = list(dict.fromkeys(settings.formats))
    for fmt in formats:
        if fmt not in FORMATS:
            raise ConfigError(f"digest.formats: {fmt!r} is not one of {', '.join(FORMATS)}")
    digest = build_digest(store, day, tz, now, llm_budget=llm_budget,
                          api_budget_per_day=api_budget_per_day)
    directory = Path(base_path_resolver(settings.directory))
    paths = []
    for fmt in formats:
        path = digest_path(directory, day, fmt)
        try:
            write_atomic(path, render(digest, fmt, redact))
        except OSError as exc:
            raise TriageError(f"digest: cannot write {path}: {exc.strerror or exc}") from exc
        paths.append(path)
    return paths
