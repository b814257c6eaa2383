"""Realistic digest rows in a real SQLite store: a small row builder, and a busy day built with it."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from triage_agent.core.models import FailedTest, History
from triage_agent.core.states import FailureState
from triage_agent.policy.decide import ProposalDraft
from triage_agent.store import Store, dumps, failures, outcomes, projects, queue
from triage_agent.store import evidence as evidence_store
from triage_agent.timeutil import day as utc_day
from triage_agent.timeutil import iso

CATEGORY = {"transient": "network", "real": "assertion", "unknown": "unclear"}
SUMMARY = {"rerun_workflow": "Rerun {wf} on {slug} #{n}: {cat}",
           "file_report": "Report {job} failing on {slug} #{n}: {cat}"}


def at(day: date, hhmm: str, tz: ZoneInfo) -> datetime:
    """A local wall-clock time of ``day`` in ``tz``, as a UTC datetime."""
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=tz).astimezone(UTC)


class Builder:
    """Writes rows through the store the way the stages do (ISO UTC stamps, audit rows for every move)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self._proposals: set[int] = set()
        self._pipeline = 1000
        self._job = 50000

    def project(self, slug: str, *, flaky: Sequence[dict] = (), fetched_at: datetime | None = None,
                active: int = 1) -> str:
        projects.add_project(self.store, slug, iso(fetched_at) if fetched_at else None, projects.Identity(
            org_slug=slug.rsplit("/", 1)[0], source="followed", active=active, default_branch="main"))
        if flaky and fetched_at is not None:
            evidence_store.cache_flaky_tests(self.store, slug, list(flaky), fetched_at)  # type: ignore[arg-type]
        elif flaky:
            # Raw on purpose: a list with no fetch time, which no store function writes (the cache
            # always stamps it), as the tests that pass no ``fetched_at`` have always had it.
            self.db["projects"].update(slug, {"flaky_tests": dumps(list(flaky))})
        return slug

    def failure(self, slug: str, when: datetime, *, verdict: str | None = "transient",
                confidence: float = 0.86, category: str | None = None, job: str = "test",
                workflow: str = "build-and-test", branch: str = "main",
                known_flaky: Iterable[str] = (), reclassified_from: str | None = None,
                decision: str | None = None) -> int:
        self._pipeline += 1
        self._job += 1
        [fid] = failures.record_failures(self.store, f"wf-{self._job}", [failures.NewFailure(
            key=f"{slug}/{self._job}", project_slug=slug, pipeline_id=f"pl-{self._pipeline}",
            pipeline_number=self._pipeline, branch=branch, revision=f"{self._job:040x}",
            workflow_id=f"wf-{self._job}", workflow_name=workflow, job_id=f"job-{self._job}",
            job_number=self._job, job_name=job, job_status="failed",
            started_at=iso(when - timedelta(minutes=9)), stopped_at=iso(when - timedelta(minutes=1)),
            detected_at=iso(when), state=FailureState.NEW, origin="poll")])
        flaky = sorted(set(known_flaky))
        evidence_store.save_evidence(self.store, fid, evidence_store.StoredEvidence(
            log_excerpt="...", failed_tests=[FailedTest(name=n) for n in flaky], known_flaky=flaky,
            fingerprint=hashlib.sha1(f"{slug}{job}{category}".encode()).hexdigest()[:16]), when)
        if reclassified_from:
            # An earlier verdict that a later classification replaced: only the latest counts.
            self._verdict(fid, reclassified_from, 0.5, when)
        if verdict:
            self._verdict(fid, verdict, confidence, when + timedelta(seconds=20), category)
            evidence_store.mark_decided(self.store, fid, decision or "")
        return fid

    def _verdict(self, fid: int, verdict: str, confidence: float, when: datetime,
                 category: str | None = None) -> None:
        evidence_store.record_verdict(self.store, fid, evidence_store.NewVerdict(
            verdict=verdict, confidence=confidence, category=category or CATEGORY[verdict], rationale="fixture",
            evidence=[], classifier="rules", offline_verdict=verdict, offline_confidence=confidence,
            llm_called=False, llm_error=None, prompt_tokens=0, completion_tokens=0),
            signature=None, history=History(), now=when)

    def proposal(self, failure_ids: Sequence[int], created: datetime, *, action: str = "rerun_workflow",
                 status: str = "pending", decided: datetime | None = None,
                 executed: datetime | None = None, auto: bool = False, kind: str | None = None,
                 summary: str | None = None, actor: str = "dana", reconciled: bool = False) -> int:
        """A proposal in ``status``, moved there through the queue at the given times (so its
        audit trail is the one the stages write)."""
        f = evidence_store.get_failure(self.store, failure_ids[0])
        v = evidence_store.latest_verdict(self.store, failure_ids[0])
        assert v is not None, f"fixture: failure {failure_ids[0]} has no verdict"
        kind = kind or ("rerun" if action == "rerun_workflow" else "report")
        decided = decided or created + timedelta(minutes=25)
        executed = executed or decided + timedelta(minutes=2)
        draft = ProposalDraft(
            action=action, kind=kind, project_slug=f["project_slug"], pipeline_id=f["pipeline_id"],
            pipeline_number=f["pipeline_number"], workflow_id=f["workflow_id"],
            workflow_name=f["workflow_name"], job_number=f["job_number"], job_name=f["job_name"],
            branch=f["branch"], revision=f["revision"], verdict=v["verdict"], confidence=v["confidence"],
            category=v["category"], fingerprint=f["fingerprint"], failure_ids=tuple(failure_ids),
            summary=summary or SUMMARY[action].format(wf=f["workflow_name"], job=f["job_name"],
                                                      slug=f["project_slug"], n=f["pipeline_number"],
                                                      cat=v["category"]),
            reason="fixture", auto_approve=auto)
        pid = queue.enqueue(self.store, draft, created, ttl_hours=24)
        assert pid not in self._proposals, f"fixture: proposal {pid} already covers this draft"
        self._proposals.add(pid)

        def move(to: str, when: datetime, event: str, **fields: object) -> None:
            queue.transition(self.store, pid, to, actor=queue.SYSTEM_ACTOR, now=when, event=event,
                             fields=fields)

        if status in ("approved", "executing", "executed", "failed") and not auto:
            queue.approve(self.store, pid, actor, decided)
        if status in ("executing", "executed", "failed") and reconciled:
            # A crash mid-send: the executor found the rerun was never sent and handed it back.
            move("executing", executed - timedelta(seconds=60), "executing",
                 executing_at=iso(executed - timedelta(seconds=60)))
            move("approved", executed - timedelta(seconds=50), "reconcile")
        if status in ("executing", "executed", "failed"):
            move("executing", executed - timedelta(seconds=5), "executing",
                 executing_at=iso(executed - timedelta(seconds=5)))
        if status == "executed":
            move("executed", executed, "executed", executed_at=iso(executed))
        if status == "failed":
            move("failed", executed, "failed", error="503 from CircleCI")
        if status == "rejected":
            queue.reject(self.store, pid, actor, decided, "known issue")
        if status == "expired":
            queue.expire(self.store, pid, decided, "stale")
        return pid

    def rerun(self, proposal_id: int, sent: datetime, *, outcome: str | None,
              finished: datetime | None = None) -> None:
        """The rerun a proposal sent at ``sent``, settled with ``outcome`` (None: still running)."""
        p = queue.get(self.store, proposal_id)
        outcomes.record_rerun(
            self.store, proposal_id=proposal_id, project_slug=p["project_slug"], pipeline_id=p["pipeline_id"],
            original_workflow_id=p["workflow_id"], new_workflow_id=f"{p['workflow_id']}-rerun",
            workflow_name=p["workflow_name"], fingerprint=p["fingerprint"],
            verdict_confidence=p["confidence"], sent_at=iso(sent))
        if outcome is None:
            outcomes.rerun_checked(self.store, proposal_id, sent + timedelta(minutes=15))
            return
        status = {"confirmed": "passed", "refuted": "failed", "different": "failed",
                  "canceled": "canceled"}[outcome]
        outcomes.finish_rerun(self.store, proposal_id, finished or sent + timedelta(minutes=14),
                              status=status, outcome=outcome, detail=f"the rerun {status}")

    def report(self, proposal_id: int, title: str, created: datetime, *,
               occurrences: Sequence[tuple[int, datetime]] = ()) -> int:
        """A report filed for a proposal at ``created``, with later occurrences."""
        p = queue.get(self.store, proposal_id)
        fingerprint = f"{p['fingerprint']}-{proposal_id}"
        assert outcomes.insert_report(self.store, fingerprint=fingerprint, project_slug=p["project_slug"],
                                      title=title, proposal_id=proposal_id, locations={}, now=created)
        report = outcomes.report_by_fingerprint(self.store, fingerprint)
        assert report is not None and p["failure_id"] is not None
        outcomes.add_occurrences(self.store, report.id, [p["failure_id"]], created)
        for fid, when in sorted(occurrences, key=lambda o: o[1]):
            outcomes.add_occurrences(self.store, report.id, [fid], when)
        return report.id

    def api_usage(self, day: str, endpoint: str, requests: int) -> None:
        self.store.add_api_usage({endpoint: requests}, datetime.combine(date.fromisoformat(day), time(12), tzinfo=UTC))

    def llm_usage(self, when: datetime, prompt: int, completion: int, *, calls: int = 1,
                  error: str | None = None) -> None:
        self.store.add_llm_usage(now=when, failure_id=None, model="gpt-4o-mini", prompt_tokens=prompt,
                                 completion_tokens=completion, calls=calls, error=error)


API, WEB, BILLING, MOBILE = "gh/acme/api", "gh/acme/web", "gh/acme/billing", "bb/acme/mobile-app"


def _flaky(name: str, classname: str, job: str, times: int, wasted: int) -> dict:
    return {"test_name": name, "classname": classname, "times_flaked": times, "job_name": job,
            "time_wasted": wasted}


FLAKY = {
    API: [_flaky("test_checkout_times_out_under_load", "tests.integration.test_checkout", "integration", 41, 15480),
          _flaky("test_webhook_retry", "tests.integration.test_webhooks", "integration", 17, 5220),
          _flaky("test_rate_limit_headers", "tests.api.test_limits", "unit", 6, 610)],
    WEB: [_flaky("renders the cart drawer", "cart.spec.ts", "e2e", 29, 12960),
          _flaky("logs in with SSO", "auth.spec.ts", "e2e", 12, 4410)],
    BILLING: [_flaky("test_invoice_pdf_render", "billing.tests.test_pdf", "test", 8, 2890)],
    MOBILE: [_flaky("testPushTokenRefresh", "AppTests.PushTests", "ios-tests", 22, 9300),
             _flaky("testOfflineSync", "AppTests.SyncTests", "android-tests", 5, 1500)],
}


@dataclass
class BusyDay:
    """What ``busy_day`` built, for tests that need ids or times."""

    day: date
    tz: ZoneInfo
    now: datetime
    before_id: int = 0  # a failure one minute before the day starts (local time)
    after_id: int = 0  # a failure at the first minute of the next day
    first_id: int = 0  # a failure at the first minute of the day
    last_id: int = 0  # a failure at the last minute of the day
    proposals: dict[str, int] = field(default_factory=dict)


def busy_day(store: Store, day: date = date(2026, 11, 24), tz: ZoneInfo | None = None,
             *, seed: int = 7) -> BusyDay:
    """Four projects on a busy day, every verdict and proposal status, and 30 days of history."""
    with store.atomic():  # one transaction: hundreds of autocommits would make every test slow
        return _busy_day(store, day, tz or ZoneInfo("Europe/Berlin"), seed)


def _busy_day(store: Store, day: date, tz: ZoneInfo, seed: int) -> BusyDay:
    b = Builder(store)
    now = at(day + timedelta(days=1), "08:00", tz)
    out = BusyDay(day=day, tz=tz, now=now)
    for slug, tests in FLAKY.items():
        b.project(slug, flaky=tests, fetched_at=at(day, "23:10", tz))
    b.project("gh/acme/legacy", flaky=[_flaky("test_old", "legacy", "test", 99, 99999)],
              fetched_at=at(day, "23:10", tz), active=0)  # unwatched: its stale Insights are hidden

    def t(hhmm: str, offset: int = 0) -> datetime:
        return at(day + timedelta(days=offset), hhmm, tz)

    # -- the day itself ----------------------------------------------------------------------
    out.first_id = b.failure(API, t("00:00"), job="integration", known_flaky=["test_webhook_retry"])
    p = b.proposal([out.first_id], t("00:01"), status="executed", decided=t("07:40"), executed=t("07:41"))
    b.rerun(p, t("07:41"), outcome="confirmed")
    out.proposals["executed_confirmed"] = p

    f = b.failure(API, t("08:12"), job="integration", confidence=0.93,
                  known_flaky=["test_checkout_times_out_under_load"])
    p = b.proposal([f], t("08:13"), status="executed", decided=t("08:30"), executed=t("08:31"))
    b.rerun(p, t("08:31"), outcome="confirmed")

    f = b.failure(API, t("09:05"), job="integration", known_flaky=["test_checkout_times_out_under_load"])
    p = b.proposal([f], t("09:06"), status="executed", decided=t("09:06"), executed=t("09:07"), auto=True)
    b.rerun(p, t("09:07"), outcome="refuted")
    out.proposals["executed_refuted"] = p

    f = b.failure(API, t("10:44"), verdict="real", confidence=0.91, job="unit", category="assertion")
    p = b.proposal([f], t("10:45"), action="file_report", status="executed", decided=t("11:02"),
                   executed=t("11:03"))
    b.report(p, "test_refund_rounding: AssertionError 10.01 != 10.00", t("11:03"),
             occurrences=[(b.failure(API, t("14:20"), verdict="real", job="unit",
                                     decision="already reported"), t("14:20"))])

    f = b.failure(API, t("12:30"), verdict="unknown", confidence=0.41, job="lint")
    p = b.proposal([f], t("12:31"), action="file_report", status="rejected", decided=t("13:15"))
    out.proposals["rejected"] = p

    f = b.failure(API, t("16:02"), job="integration", known_flaky=["test_webhook_retry"])
    p = b.proposal([f], t("16:03"), status="executed", decided=t("16:20"), executed=t("16:21"))
    b.rerun(p, t("16:21"), outcome="different")

    f = b.failure(WEB, t("07:55"), job="e2e", confidence=0.88, known_flaky=["renders the cart drawer"])
    p = b.proposal([f], t("07:56"), status="executed", decided=t("09:10"), executed=t("09:11"))
    b.rerun(p, t("09:11"), outcome="confirmed")

    f = b.failure(WEB, t("09:40"), job="e2e", known_flaky=["renders the cart drawer", "logs in with SSO"])
    p = b.proposal([f], t("09:41"), status="expired", decided=t("21:41"))
    out.proposals["expired"] = p

    f1 = b.failure(WEB, t("11:20"), verdict="real", job="build", category="compile")
    f2 = b.failure(WEB, t("11:21"), verdict="real", job="typecheck", category="compile")
    p = b.proposal([f1, f2], t("11:22"), action="file_report", status="executed", decided=t("11:50"),
                   executed=t("11:51"))
    b.report(p, "TS2345 in src/cart/drawer.tsx after dependency bump", t("11:51"))

    f = b.failure(WEB, t("15:35"), verdict="unknown", confidence=0.38, job="e2e",
                  decision="unknown verdict: left to a person")
    f = b.failure(WEB, t("18:05"), job="e2e", known_flaky=["logs in with SSO"])
    p = b.proposal([f], t("18:06"), status="approved", decided=t("18:40"))
    out.proposals["approved"] = p

    f = b.failure(BILLING, t("06:30"), verdict="real", confidence=0.95, job="test", category="assertion")
    p = b.proposal([f], t("06:31"), action="file_report", status="pending")
    out.proposals["pending_report"] = p

    f = b.failure(BILLING, t("08:02"), verdict="real", confidence=0.9, job="lint", category="lint")
    b.proposal([f], t("08:03"), action="file_report", status="expired", decided=t("20:03"))

    f = b.failure(BILLING, t("13:12"), job="test", category="docker-pull", reclassified_from="unknown")
    p = b.proposal([f], t("13:13"), status="executed", decided=t("13:30"), executed=t("13:31"))
    b.rerun(p, t("13:31"), outcome="confirmed")

    f = b.failure(BILLING, t("19:47"), job="deploy-staging", category="network")
    p = b.proposal([f], t("19:48"), status="failed", decided=t("20:01"), executed=t("20:02"))
    out.proposals["failed"] = p

    f = b.failure(MOBILE, t("05:10"), job="ios-tests", known_flaky=["testPushTokenRefresh"])
    p = b.proposal([f], t("05:11"), status="executed", decided=t("08:05"), executed=t("08:06"))
    b.rerun(p, t("08:06"), outcome="confirmed")

    f = b.failure(MOBILE, t("10:10"), verdict="real", confidence=0.82, job="android-tests")
    p = b.proposal([f], t("10:11"), action="file_report", status="pending")

    f = b.failure(MOBILE, t("17:25"), verdict="unknown", confidence=0.45, job="ios-tests")
    f = b.failure(MOBILE, t("22:58"), job="ios-tests", known_flaky=["testPushTokenRefresh"])
    p = b.proposal([f], t("22:59"), status="executed", decided=t("23:20"), executed=t("23:21"))
    b.rerun(p, t("23:21"), outcome=None)  # sent, still running
    f = b.failure(MOBILE, t("23:40"), job="android-tests", category="oom")
    p = b.proposal([f], t("23:41"), status="executing", decided=t("23:50"), executed=t("23:52"))
    out.proposals["executing"] = p

    out.last_id = b.failure(MOBILE, t("23:59"), verdict=None, job="android-tests")  # not classified yet

    # Approved the evening before, executed after a restart: not an approval of this day.
    f = b.failure(WEB, t("20:15", -1), job="e2e", known_flaky=["logs in with SSO"])
    p = b.proposal([f], t("20:16", -1), status="executed", decided=t("21:00", -1), executed=t("00:40"),
                   reconciled=True)
    b.rerun(p, t("00:40"), outcome="confirmed")
    out.proposals["reconciled"] = p

    # -- around the day: excluded from the day, but in the history ----------------------------
    out.before_id = b.failure(API, t("23:59", -1), job="integration")
    p = b.proposal([out.before_id], t("23:59", -1), status="pending")
    out.proposals["pending_oldest"] = p
    out.after_id = b.failure(WEB, t("00:00", 1), verdict="real", job="build")
    p = b.proposal([out.after_id], t("00:01", 1), action="file_report", status="pending")

    rng = random.Random(seed)
    slugs = list(FLAKY)
    for back in range(1, 31):
        d = day - timedelta(days=back)
        for _ in range(rng.randint(1, 8) if back < 14 else rng.randint(0, 3)):
            slug = rng.choice(slugs)
            verdict = rng.choices(["transient", "real", "unknown"], weights=[5, 3, 1])[0]
            when = at(d, f"{rng.randint(1, 22):02d}:{rng.randint(0, 59):02d}", tz)
            flaky = [rng.choice(FLAKY[slug])["test_name"]] if verdict == "transient" and rng.random() < 0.5 else []
            f = b.failure(slug, when, verdict=verdict, known_flaky=flaky)
            if verdict == "transient" and rng.random() < 0.7:
                p = b.proposal([f], when + timedelta(minutes=1), status="executed",
                               decided=when + timedelta(minutes=30), executed=when + timedelta(minutes=31))
                b.rerun(p, when + timedelta(minutes=31), outcome=rng.choices(
                    ["confirmed", "refuted", "different"], weights=[8, 2, 1])[0])

    # -- usage: the UTC day of the same date, and the day before (excluded) --------------------
    for endpoint, n in [("GET /api/v2/project/{slug}/pipeline", 2610), ("GET /api/v2/workflow/{id}/job", 1240),
                        ("GET /api/v2/pipeline/{id}/workflow", 980), ("GET /api/v1.1/project/{slug}/{n}", 212),
                        ("GET /api/v2/insights/{slug}/flaky-tests", 48), ("POST /api/v2/workflow/{id}/rerun", 8)]:
        b.api_usage(day.isoformat(), endpoint, n)
    b.api_usage((day - timedelta(days=1)).isoformat(), "GET /api/v2/project/{slug}/pipeline", 9999)
    noon = datetime.combine(day, time(12), tzinfo=UTC)
    for i in range(14):
        b.llm_usage(noon + timedelta(minutes=17 * i), 1800 + 37 * i, 140 + 3 * i)
    b.llm_usage(noon, 900, 0, error="timeout")
    b.llm_usage(noon - timedelta(days=1), 50000, 5000)
    assert utc_day(noon) == day.isoformat()
    return out
