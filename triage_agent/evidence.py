"""Evidence for one failed job: failed tests, a capped log excerpt, flaky tests, history, fingerprint.

Read through the CI provider's port (``ports.CIProvider``): its test results, the excerpt of the
failing steps' log, and (an optional capability) its flaky-test list. Everything is redacted
before it is returned, so nothing unredacted reaches the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .config import PollingSettings
from .core.ci import FlakyTestStat, JobFailure, RunState
from .core.fingerprint import fingerprint
from .core.logtests import failed_tests_from_log
from .core.logtext import REDACT_MARGIN
from .core.models import FailedTest, FailureCase, History, PriorVerdict
from .core.redact import Redactor
from .core.states import FailureState
from .errors import AuthError, BadResponse, CircleCIError, NotFound, PermissionDenied, Throttled
from .pipeline.gone import GoneCheck
from .ports import CIProvider, FlakyTestSource
from .store import Store, dumps, loads
from .timeutil import iso, parse

log = logging.getLogger(__name__)

MAX_FAILED_TESTS = 50
MAX_TEST_MESSAGE = 2000


@dataclass
class GatheredEvidence:
    """What was gathered for one failure (already redacted)."""

    log_excerpt: str = ""
    failed_tests: list[FailedTest] = field(default_factory=list)
    known_flaky: list[str] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)
    history: History = field(default_factory=History)
    problems: list[str] = field(default_factory=list)
    fingerprint: str = ""
    signal: str = ""
    # Where failed_tests came from: "metadata", "log" (the metadata was over
    # polling.max_test_pages), "metadata+log" (its first pages, completed from the log), or "".
    tests_source: str = ""

    def case(self, failure_id: int | str, job_name: str, job_status: str) -> FailureCase:
        """The classifier's view of this evidence."""
        return FailureCase(
            id=str(failure_id),
            log=self.log_excerpt,
            failed_tests=tuple(self.failed_tests),
            known_flaky=tuple(self.known_flaky),
            job_name=job_name,
            job_status=job_status,
            history=self.history,
        )


# --------------------------------------------------------------------------- the log excerpt


def _cut(text: str, limit: int, redact: Callable[[str], str] | None) -> str:
    """Redact, then cut: a secret cut first would no longer match its pattern."""
    if len(text) <= limit:
        return text
    return (redact(text[: limit + REDACT_MARGIN]) if redact else text)[:limit]


def failed_tests_of(provider: CIProvider, slug: str, job_number: int, problems: list[str], *,
                    max_pages: int = 0, gone: GoneCheck | None = None,
                    redact: Callable[[str], str] | None = None) -> tuple[list[FailedTest], bool]:
    """The failed tests of a job from its test metadata (failures only, capped), and whether the
    metadata was read whole (False: over ``max_pages`` pages; 0 = no bound)."""
    try:
        results, complete = provider.job_tests(slug, job_number, max_pages=max_pages)
    except (NotFound, BadResponse) as exc:
        if isinstance(exc, NotFound) and gone is not None:
            gone.confirm_token()  # a refused token answers 404 here too
        problems.append(f"tests unavailable: {exc}")
        return [], True
    out = []
    for r in results:
        if not r.failed:
            continue
        out.append(
            FailedTest(
                name=r.name, classname=r.classname, message=_cut(r.message or "", MAX_TEST_MESSAGE, redact),
                file=r.file, run_time=r.run_time,
            )
        )
        if len(out) >= MAX_FAILED_TESTS:
            problems.append(f"more than {MAX_FAILED_TESTS} failed tests; kept the first {MAX_FAILED_TESTS}")
            break
    return out, complete


def project_flaky_tests(provider: CIProvider, store: Store, slug: str, ttl_minutes: int,
                        now: datetime, *, gone: GoneCheck | None = None) -> list[dict[str, Any]]:
    """The project's flaky tests from the provider's insights (an optional capability: none
    without it), cached in the projects table for ``ttl_minutes``."""
    if not isinstance(provider, FlakyTestSource):
        return []
    row = next(iter(store.db.query(
        "select flaky_fetched_at, flaky_tests from projects where slug = ?", [slug])), None)
    if row and row["flaky_fetched_at"]:
        fetched = parse(row["flaky_fetched_at"])
        if fetched and now - fetched < timedelta(minutes=ttl_minutes):
            return loads(row["flaky_tests"], [])
    try:
        tests: list[FlakyTestStat] = provider.flaky_tests(slug)
        cached = [
            {"test_name": t.test_name, "classname": t.classname, "times_flaked": t.times_flaked,
             "job_name": t.job_name, "time_wasted": t.time_wasted}
            for t in tests
        ]
    except (NotFound, PermissionDenied) as exc:
        if isinstance(exc, NotFound) and gone is not None:
            gone.confirm_token()  # not "no Insights" for six hours because the token was refused
        # Not every plan or project has Insights; cache the absence too, so it costs one call per TTL.
        # Anything else (5xx, 429, timeout, a garbled body) is passing: it propagates and the
        # collection is deferred, rather than judging a known-flaky test as if it were not one
        # and remembering that for the whole TTL.
        log.info("flaky tests of %s unavailable: %s", slug, exc)
        cached = []
    if row is None:
        store.db["projects"].insert({"slug": slug, "active": 0}, ignore=True)
    store.db["projects"].update(slug, {"flaky_fetched_at": iso(now), "flaky_tests": dumps(cached)})
    return cached


def flaky_matches(failed: Sequence[FailedTest], flaky: Sequence[dict[str, Any]]) -> list[str]:
    """Names of failed tests the provider lists as flaky (same name; same class when both say)."""
    index: dict[str, set[str]] = {}
    for entry in flaky:
        index.setdefault(entry.get("test_name", ""), set()).add(entry.get("classname") or "")
    out = []
    for t in failed:
        classes = index.get(t.name)
        if classes is None:
            continue
        if not t.classname or "" in classes or t.classname in classes:
            out.append(t.name)
    return sorted(set(out))


def history_for(store: Store, *, failure_id: int | None, project_slug: str, revision: str,
                workflow_name: str, workflow_id: str, fp: str,
                run_state: Callable[[str], RunState]) -> History:
    """Same-commit passes and earlier verdicts of the same fingerprint, from the store.
    ``run_state``: the provider's reading of a stored workflow status."""
    passed, detail = False, ""
    if revision:
        row = next((r for r in store.db.query(
            "select w.id, w.name, w.status, p.number from workflows w join pipelines p on p.id = w.pipeline_id "
            "where w.project_slug = ? and p.revision = ? and w.name = ? and w.id != ?",
            [project_slug, revision, workflow_name, workflow_id])
            if run_state(r["status"] or "") is RunState.SUCCEEDED), None)
        if row:
            passed = True
            detail = f"workflow {row['name']} passed on the same commit (pipeline #{row['number']})"
    prior = []
    if fp:
        rows = store.db.query(
            "select v.verdict, v.confidence, f.detected_at, coalesce("
            "(select r.outcome from proposal_failures pf join reruns r on r.proposal_id = pf.proposal_id "
            " where pf.failure_id = f.id and r.outcome is not null order by r.sent_at desc limit 1), "
            # A person's rerun of the same workflow tells as much as one of ours.
            "(select m.outcome from manual_reruns m where m.original_workflow_id = f.workflow_id "
            " and m.outcome is not null order by m.finished_at desc limit 1)) as outcome "
            "from failures f join verdicts v on v.failure_id = f.id "
            "where f.fingerprint = ? and f.id != ? order by f.detected_at desc limit 5",
            [fp, failure_id or -1],
        )
        for r in rows:
            prior.append(PriorVerdict(verdict=r["verdict"], confidence=r["confidence"] or 0.0,
                                      outcome=r["outcome"] or "", seen_at=r["detected_at"] or ""))
    return History(passed_on_same_commit=passed, same_commit_detail=detail, prior=tuple(prior))


KeyLineFn = Callable[[FailureCase], "str | None"]


def collect(provider: CIProvider, store: Store, failure: dict[str, Any], settings: PollingSettings,
            redactor: Redactor, now: datetime, *, key_line: KeyLineFn | None = None,
            partial: bool = False, gone: GoneCheck | None = None) -> GatheredEvidence:
    """Gather and redact the evidence of one failed job (a row of the failures table).

    ``key_line`` picks the line that names the failure (the classifier's strongest log match)
    for the fingerprint; without it a heuristic picks one. A passing error (5xx, timeout, rate
    limit) raises, so the caller can try again later; with ``partial`` (the last attempt) it is
    noted as a problem instead and the failure is judged on what could be gathered.
    """
    problems: list[str] = []
    slug, number = failure["project_slug"], failure["job_number"]

    gone = gone or GoneCheck(provider, store, now)

    def gather(what: str, fetch: Callable[[], Any], default: Any) -> Any:
        try:
            return fetch()
        except (AuthError, Throttled):
            raise
        except CircleCIError as exc:
            if not partial:
                raise
            problems.append(f"{what} unavailable after retries: {exc}")
            return default

    tests: list[FailedTest] = []
    text, steps = "", []
    tests_source = ""
    if number is None:
        problems.append("the job has no number (it never started), so no tests or logs")
    else:
        tests, complete = gather("tests", lambda: failed_tests_of(
            provider, slug, number, problems, max_pages=settings.max_test_pages, gone=gone,
            redact=redactor.redact), ([], True))
        tests_source = "metadata" if tests else ""
        full_lines: list[str] = []

        def log_excerpt() -> tuple[str, list[dict[str, Any]]]:
            try:
                found = provider.log_excerpt(slug, number, settings, problems, test_lines=full_lines,
                                             redact=redactor.redact)
            except (NotFound, PermissionDenied, BadResponse) as exc:
                if isinstance(exc, NotFound):
                    gone.confirm_token()  # a refused token answers 404 here too
                problems.append(f"log unavailable: {exc}")
                return "", []
            return found.text, list(found.steps)

        text, steps = gather("log", log_excerpt, ("", []))
        if not complete:
            from_log = failed_tests_from_log(full_lines, limit=MAX_FAILED_TESTS)
            known = {t.name for t in tests}
            extra = [t for t in from_log if t.name not in known]
            had = len(tests)
            tests = (tests + extra)[:MAX_FAILED_TESTS]
            if extra:
                tests_source = "metadata+log" if had else "log"
                found = f"{len(extra)} failed test(s) taken from the log" + (
                    f", beside {had} from the pages read" if had else "")
            elif from_log:
                found = "the log names the same failed tests as the pages read"
            else:
                found = "the log names no failed test either"
            problems.append(f"test metadata is over {settings.max_test_pages} pages: {found}")
    if failure.get("job_status") in (JobFailure.INFRASTRUCTURE, JobFailure.TIMED_OUT) and not text:
        text = f"[{provider.display_name} job status: {failure['job_status']}]"
    flaky = gather("flaky tests",
                   lambda: project_flaky_tests(provider, store, slug, settings.flaky_ttl_minutes, now, gone=gone), [])
    text = redactor.redact(text)
    tests = [
        FailedTest(name=redactor.redact(t.name), classname=redactor.redact(t.classname),
                   message=redactor.redact(t.message), file=redactor.redact(t.file), run_time=t.run_time)
        for t in tests
    ]
    line = None
    if key_line is not None and not tests:
        line = key_line(FailureCase(id="", log=text, job_name=failure["job_name"],
                                    job_status=failure.get("job_status") or JobFailure.FAILED))
    fp, signal = fingerprint(slug, failure["job_name"], tests, text, line)
    history = history_for(
        store, failure_id=failure.get("id"), project_slug=slug, revision=failure.get("revision") or "",
        workflow_name=failure["workflow_name"], workflow_id=failure["workflow_id"], fp=fp,
        run_state=provider.run_state,
    )
    return GatheredEvidence(
        log_excerpt=text, failed_tests=tests, known_flaky=flaky_matches(tests, flaky), steps=steps,
        history=history, problems=problems, fingerprint=fp, signal=redactor.redact(signal),
        tests_source=tests_source,
    )


def save(store: Store, failure_id: int, ev: GatheredEvidence, now: datetime) -> None:
    """Store the evidence and the failure's fingerprint together."""
    with store.atomic():
        store.db["evidence"].upsert(
            {
                "failure_id": failure_id, "log_excerpt": ev.log_excerpt,
                "failed_tests": dumps([t.to_dict() for t in ev.failed_tests]),
                "known_flaky": dumps(ev.known_flaky), "history": dumps(ev.history.to_dict()),
                "steps": dumps(ev.steps), "problems": dumps(ev.problems), "signal": ev.signal,
                "collected_at": iso(now), "tests_source": ev.tests_source or None,
            },
            pk="failure_id",
        )
        store.db["failures"].update(failure_id, {"fingerprint": ev.fingerprint, "state": FailureState.COLLECTED})


def load(store: Store, failure_id: int) -> GatheredEvidence | None:
    """Read stored evidence back (for re-classification, reports and the reviewer)."""
    row = next(iter(store.db.query("select * from evidence where failure_id = ?", [failure_id])), None)
    if row is None:
        return None
    frow = store.db["failures"].get(failure_id)
    return GatheredEvidence(
        log_excerpt=row["log_excerpt"] or "",
        failed_tests=[FailedTest.from_dict(t) for t in loads(row["failed_tests"], [])],
        known_flaky=loads(row["known_flaky"], []),
        steps=loads(row["steps"], []),
        history=History.from_dict(loads(row["history"], {})),
        problems=loads(row["problems"], []),
        fingerprint=frow["fingerprint"] or "",
        signal=row["signal"] or "",
        tests_source=row.get("tests_source") or "",
    )

