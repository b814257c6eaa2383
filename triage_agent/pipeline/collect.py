"""The collect stage: evidence for each failed job (failed tests, a capped log excerpt, flaky tests,
history, fingerprint), then the failure is ``collected``.

Read through the CI provider's port (``ports.CIProvider``): its test results, the excerpt of the
failing steps' log, and (an optional capability) its flaky-test list. Everything is redacted
before it is returned, so nothing unredacted reaches the store. ``collect_pending`` runs the
stage over every failure in state ``new``; ``collect`` gathers one failure's evidence.

One failure never stops the others: whatever goes wrong while handling it (an answer no
stage expected, a bug) counts against that failure's attempts, is recorded on its row, and
the loop goes on; after MAX_COLLECT_ATTEMPTS it is set aside in state ``error``. Only what
concerns every failure alike stops a cycle: a rejected token, the provider's long wait, or a
database that is locked or damaged (``CYCLE_WIDE``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..config import PollingSettings
from ..core.ci import FlakyTestStat, JobFailure, RunState
from ..core.fingerprint import fingerprint
from ..core.logtests import failed_tests_from_log
from ..core.logtext import REDACT_MARGIN
from ..core.models import FailedTest, FailureCase, History, PriorVerdict
from ..core.redact import Redactor
from ..core.sanitize import clean_text
from ..core.states import FailureState
from ..errors import (
    AuthError,
    BadResponse,
    CircleCIError,
    NotFound,
    PermissionDenied,
    StoreError,
    Throttled,
)
from ..ports import CIProvider, FlakyTestSource
from ..store import LOCKED, Store
from ..store import evidence as evidence_store
from ..store.evidence import FailureRow, FlakyTestEntry, StoredEvidence
from .gone import GoneCheck

if TYPE_CHECKING:
    from ..app import App
    from .run import CycleSummary

log = logging.getLogger(__name__)

MAX_FAILED_TESTS = 50
MAX_TEST_MESSAGE = 2000
MAX_COLLECT_ATTEMPTS = 3
# Errors that concern every failure alike: they stop the cycle instead of counting against one.
CYCLE_WIDE = (AuthError, Throttled, *LOCKED, StoreError)


@dataclass
class GatheredEvidence(StoredEvidence):
    """What was gathered for one failure (already redacted), as the store keeps it."""

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
                        now: datetime, *, gone: GoneCheck | None = None) -> list[FlakyTestEntry]:
    """The project's flaky tests from the provider's insights (an optional capability: none
    without it), cached in the projects table for ``ttl_minutes``."""
    if not isinstance(provider, FlakyTestSource):
        return []
    cache = evidence_store.cached_flaky_tests(store, slug)
    if cache is not None and cache.fetched_at and now - cache.fetched_at < timedelta(minutes=ttl_minutes):
        return cache.tests
    try:
        tests: list[FlakyTestStat] = provider.flaky_tests(slug)
        cached: list[FlakyTestEntry] = [
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
    evidence_store.cache_flaky_tests(store, slug, cached, now)
    return cached


def flaky_matches(failed: Sequence[FailedTest], flaky: Sequence[FlakyTestEntry]) -> list[str]:
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
                run_state: Callable[[str], RunState],
                prior_rows: list[evidence_store.PriorVerdictRow] | None = None) -> History:
    """Same-commit passes and earlier verdicts of the same fingerprint, from the store.
    ``run_state``: the provider's reading of a stored workflow status; ``prior_rows``: the
    fingerprint's ``prior_verdicts`` when the caller has read them already."""
    passed, detail = False, ""
    if revision:
        row = next((r for r in evidence_store.same_commit_runs(
            store, project_slug=project_slug, revision=revision, workflow_name=workflow_name, other_than=workflow_id)
            if run_state(r["status"] or "") is RunState.SUCCEEDED), None)
        if row:
            passed = True
            detail = f"workflow {row['name']} passed on the same commit (pipeline #{row['number']})"
    prior = []
    if fp:
        rows = prior_rows if prior_rows is not None else evidence_store.prior_verdicts(
            store, fp, other_than=failure_id)
        for r in rows:
            prior.append(PriorVerdict(verdict=r["verdict"], confidence=r["confidence"] or 0.0,
                                      outcome=r["outcome"] or "", seen_at=r["detected_at"] or ""))
    return History(passed_on_same_commit=passed, same_commit_detail=detail, prior=tuple(prior))


KeyLineFn = Callable[[FailureCase], "str | None"]


def collect(provider: CIProvider, store: Store, failure: FailureRow, settings: PollingSettings,
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


def load(store: Store, failure_id: int) -> GatheredEvidence | None:
    """Read stored evidence back (for re-classification, reports and the reviewer)."""
    stored = evidence_store.load_evidence(store, failure_id)
    return None if stored is None else GatheredEvidence(**vars(stored))


def _one_line_error(app: App, exc: BaseException) -> str:
    """An exception as one stored line: clean, redacted, then cut."""
    text = str(exc) if isinstance(exc, CircleCIError) else f"{type(exc).__name__}: {exc}"
    return app.redactor.redact(clean_text(" ".join(text.split())))[:300]


def count_against(app: App, row: FailureRow, stage: str, exc: BaseException,
                  summary: CycleSummary, *, give_up: bool) -> None:
    """Record an exception against one failure's attempts; past the last one, set it aside.
    (The collect, judge and propose stages all count this way.)"""
    attempts = (row.get("attempts") or 0) + 1
    row["attempts"] = attempts  # a second error of the same cycle counts on top
    error = _one_line_error(app, exc)
    where = f"{row['project_slug']} job {row['job_number']}"
    set_aside = give_up and attempts >= MAX_COLLECT_ATTEMPTS
    if set_aside:
        summary.warnings.append(f"{where}: set aside after {attempts} attempts ({stage}: {error})")
        log.error("%s: set aside after %d attempts (%s: %s)", where, attempts, stage, error)
    else:
        summary.warnings.append(f"{where}: {stage} deferred ({error})")
        if not isinstance(exc, CircleCIError):
            log.warning("%s: %s failed (%s); will try again", where, stage, error, exc_info=True)
    evidence_store.count_attempt(app.store, row["id"], attempts=attempts, last_error=f"{stage}: {error}",
                                 set_aside=set_aside)


def collect_pending(app: App, now: datetime, summary: CycleSummary, *, gone: GoneCheck | None = None) -> None:
    """Gather evidence for failures in state ``new`` (including ones a crash left behind)."""
    rows = evidence_store.failures_in(app.store, FailureState.NEW)
    gone = gone or GoneCheck(app.provider, app.store, now)
    for row in rows:
        attempts = (row["attempts"] or 0) + 1
        try:
            # On the last attempt whatever could be gathered is judged, rather than retry forever.
            ev = collect(app.provider, app.store, row, app.config.polling, app.redactor, now,
                         key_line=app.key_line, partial=attempts >= MAX_COLLECT_ATTEMPTS, gone=gone)
            evidence_store.save_evidence(app.store, row["id"], ev, now)
        except CYCLE_WIDE:
            raise
        except CircleCIError as exc:
            # A passing API error: the last attempt judges partial evidence instead (above).
            count_against(app, row, "evidence", exc, summary, give_up=False)
        except Exception as exc:  # this failure's own trouble: counted, never the cycle's end
            count_against(app, row, "evidence", exc, summary, give_up=True)
