"""The report stage: render a file_report proposal from its evidence, and file it to the sinks.

One report per fingerprint: filing a proposal whose fingerprint already has a ``reports``
row adds an occurrence instead (a section, a comment, a "seen again" message). Every text
passes the Redactor before it reaches a sink, and the sinks redact again on the way out.
Sinks are idempotent across crashes where the target allows it: the file sink finds its
earlier file by name, the GitHub sink finds its earlier issue by the fingerprint marker.
A Slack webhook cannot be asked what it already received, so it is at-least-once.

Orchestration only: the reads and writes are store/outcomes.py (and the queue's reads), the
delivery is the sinks'.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from .. import templates
from ..classify.similar import summarise as summarise_similar
from ..core.ci import JobFailure
from ..core.mdsafe import code, defuse, inline, one_line, url
from ..core.redact import Redactor
from ..core.states import ProposalKind
from ..review import WEB_BASE, job_url, pipeline_url, similar_failures, workflow_url
from ..sinks import same_sink_names
from ..sinks.base import ReportDoc, Sink, marker
from ..store import Store, queue
from ..store import outcomes as store_outcomes
from ..store.queue import ProposalFailureRow, ProposalRow
from ..timeutil import iso

log = logging.getLogger(__name__)

MAX_EXCERPT_CHARS = 12000  # a GitHub issue body holds 65,536 characters; keep room for the rest
MAX_EVIDENCE_LINES = 12
MAX_TESTS = 20


# --------------------------------------------------------------------------- rendering


def _fence(text: str) -> str:
    """A code fence longer than any backtick run inside ``text``, so the log cannot close it."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _tail(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    cut = cut[cut.find("\n") + 1:] if "\n" in cut[:200] else cut
    return f"[... {len(text) - len(cut)} earlier characters omitted ...]\n{cut}"


def _number(value: Any) -> str:
    """A pipeline or job number as text: digits only, whatever the row holds."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""


def _jobs(rows: Sequence[ProposalFailureRow], redactor: Redactor, web_base: str) -> list[dict[str, Any]]:
    """The per-job context of a report. Every build-derived value is redacted, then made inert
    Markdown (escaped prose, a code span, or a fenced block), so the templates print it as is."""
    jobs = []
    for f in rows:
        tests = []
        for t in (f.get("failed_tests") or [])[:MAX_TESTS]:
            if not isinstance(t, Mapping):
                continue
            name = ".".join(str(x) for x in (t.get("classname"), t.get("name")) if x) or "?"
            tests.append({
                "name": code(redactor(name)),
                "plain_name": one_line(redactor(name), 200),
                "file": code(redactor(str(t.get("file")))) if t.get("file") else "",
                "message": inline(redactor(str(t.get("message") or "")), 300),
            })
        # Fenced blocks render nothing inside, but a tracker still turns @names into mentions
        # and some renderers bare URLs into links there: both are defused.
        excerpt = defuse(_tail(redactor(f.get("log_excerpt") or ""), MAX_EXCERPT_CHARS).rstrip("\n"))
        # Evidence lines are quotes: keep their spacing, just one line each.
        evidence = [defuse(redactor(re.sub(r"[\r\n]+", " ", str(e)).rstrip())[:400])
                    for e in (f.get("verdict_evidence") or [])[:MAX_EVIDENCE_LINES]]
        evidence_text = "\n".join(evidence)
        jobs.append({
            "failure_id": f["id"],
            "project_slug": code(redactor(f.get("project_slug") or "")),
            "pipeline_number": _number(f.get("pipeline_number")),
            "branch": code(redactor(f.get("branch") or "")),
            "revision_short": code(redactor((f.get("revision") or "")[:7])),
            "workflow_name": inline(redactor(f.get("workflow_name") or ""), 200),
            "job_name": inline(redactor(f.get("job_name") or ""), 200),
            "job_number": _number(f.get("job_number")),
            "job_status": inline(redactor(f.get("job_status") or JobFailure.FAILED), 40),
            "link": url(job_url(web_base, f.get("project_slug") or "", f.get("pipeline_number"),
                                f.get("workflow_id") or "", f.get("job_number"))),
            "tests": tests,
            "tests_omitted": max(0, len(f.get("failed_tests") or []) - MAX_TESTS),
            "evidence": evidence_text,
            "evidence_fence": _fence(evidence_text),
            "excerpt": excerpt,
            "excerpt_fence": _fence(excerpt),
            "verdict": inline(f.get("verdict") or "unknown", 20),
            "confidence": f"{float(f.get('confidence') or 0.0):.2f}",
            "category": inline(redactor(f.get("verdict_category") or ""), 64),
            "rationale": inline(redactor(f.get("rationale") or ""), 1500),
            "classifier": inline(f.get("classifier") or "", 40),
            # The summary names a project (a build value): redacted and escaped like the rest.
            "similar_summary": inline(redactor(summarise_similar(similar_failures(f), f.get("project_slug") or "")),
                                      400),
            "similar": [
                {"seen": inline(s.seen_at[:10], 10), "project_slug": code(redactor(s.project_slug)),
                 "job_name": inline(redactor(s.job_name), 100),
                 "outcome": inline(redactor(s.outcome), 200),
                 "similarity": f"{s.similarity:.2f}",
                 "line": code(redactor(s.line)) if s.line else ""}
                for s in similar_failures(f)[:5]
            ],
        })
    return jobs


def _occurrences(store: Store, fingerprint: str, web_base: str) -> list[dict[str, Any]]:
    return [
        {"at": r.at, "job_name": inline(r.job_name, 200),
         "project_slug": inline(r.project_slug, 200), "pipeline_number": _number(r.pipeline_number),
         "branch": code(r.branch),
         "link": url(job_url(web_base, r.project_slug, r.pipeline_number, r.workflow_id, r.job_number))}
        for r in store_outcomes.occurrences_of(store, fingerprint)
    ]


def _title(row: ProposalRow, jobs: Sequence[Mapping[str, Any]], redactor: Redactor) -> str:
    """The plain-text title (an issue title; redacted, then cut)."""
    if row.get("kind") == ProposalKind.INCIDENT:
        return one_line(redactor(row.get("summary") or "Incident"), 120)
    first_test = ""
    for job in jobs:
        if job["tests"]:
            first_test = job["tests"][0]["plain_name"]
            break
    what = first_test or row.get("category") or row.get("verdict") or "failure"
    branch = f" on {row['branch']}" if row.get("branch") else ""
    prefix = "Rerun failed again: " if row.get("kind") == ProposalKind.REFUTED else ""
    return one_line(redactor(f"{prefix}{row.get('job_name') or 'job'} fails{branch}: {what} "
                             f"({row.get('project_slug')})"), 120)


def build_report(store: Store, proposal_id: int, redactor: Redactor, *,
                 web_base: str = WEB_BASE, now: datetime | None = None) -> ReportDoc:
    """Render a file_report proposal into a redacted ReportDoc (report.md.j2 or incident.md.j2)."""
    row = queue.get(store, proposal_id)
    failures = queue.proposal_failures(store, proposal_id)
    jobs = _jobs(failures, redactor, web_base)
    fingerprint = row.get("fingerprint") or f"proposal:{proposal_id}"
    title = _title(row, jobs, redactor)
    slug = row.get("project_slug") or ""
    number = row.get("pipeline_number")
    link = (job_url(web_base, slug, number, row.get("workflow_id") or "", row.get("job_number"))
            if row.get("workflow_id") else "")
    summary = one_line(redactor(row.get("summary") or ""), 300)
    ctx = {
        "title": inline(title, 200),
        "marker": marker(fingerprint),
        "fingerprint": code(fingerprint),
        "signature": code(":".join(fingerprint.split(":")[1:-1])),
        "kind": row.get("kind") or ProposalKind.REPORT,
        "summary": inline(summary, 300),
        "reason": inline(redactor(row.get("reason") or ""), 500),
        "verdict": inline(row.get("verdict") or "unknown", 20),
        "confidence": f"{float(row.get('confidence') or 0.0):.2f}",
        "category": inline(redactor(row.get("category") or ""), 64),
        "project_slug": code(redactor(slug)),
        "branch": code(redactor(row.get("branch") or "")),
        "revision": code(redactor(row.get("revision") or "")),
        "revision_short": code(redactor((row.get("revision") or "")[:7])),
        "workflow_name": inline(redactor(row.get("workflow_name") or ""), 200),
        "workflow_id": code(row.get("workflow_id") or ""),
        "pipeline_number": _number(number),
        "pipeline_link": url(pipeline_url(web_base, slug, number)) if number and slug else "",
        "workflow_link": (url(workflow_url(web_base, slug, number, row.get("workflow_id") or ""))
                          if row.get("workflow_id") else ""),
        "job_name": inline(redactor(row.get("job_name") or ""), 200),
        "job_number": _number(row.get("job_number")),
        "job_link": url(link) if link else "",
        "jobs": jobs,
        "projects": sorted({j["project_slug"] for j in jobs}),
        "occurrences": _occurrences(store, fingerprint, web_base),
        "proposal_id": proposal_id,
        "generated_at": iso(now) if now else (row.get("updated_at") or row.get("created_at") or ""),
    }
    name = "incident.md.j2" if ctx["kind"] == ProposalKind.INCIDENT else "report.md.j2"
    body = redactor(templates.render(name, **ctx))
    return ReportDoc(
        proposal_id=int(proposal_id), fingerprint=fingerprint, kind=ctx["kind"], title=title,
        body=body, summary=summary, project_slug=slug,
        link=url(link) if link else ctx["pipeline_link"], failure_ids=tuple(j["failure_id"] for j in jobs),
    )


def render_report(store: Store, proposal_id: int, redactor: Redactor) -> tuple[str, str]:
    """(title, Markdown) of a file_report proposal, redacted."""
    doc = build_report(store, proposal_id, redactor)
    return doc.title, doc.body


def occurrence_note(store: Store, proposal_id: int, redactor: Redactor, now: datetime, *,
                    web_base: str = WEB_BASE) -> str:
    """The short "seen again" text for an occurrence (Markdown, redacted)."""
    lines = [f"Seen again at {iso(now)[:16].replace('T', ' ')} UTC:"]
    for f in queue.proposal_failures(store, proposal_id):
        where = f"{code(redactor(f.get('project_slug') or ''))} #{_number(f.get('pipeline_number'))}"
        if f.get("branch"):
            where += f" on {code(redactor(f['branch']))}"
        if f.get("revision"):
            where += f" ({code(redactor(f['revision'][:7]))})"
        link = url(job_url(web_base, f.get("project_slug") or "", f.get("pipeline_number"),
                           f.get("workflow_id") or "", f.get("job_number")))
        lines.append(f"- {inline(redactor(f.get('job_name') or ''), 200)} in "
                     f"{inline(redactor(f.get('workflow_name') or ''), 200)}, {where}: {link}")
    return redactor("\n".join(lines))


# --------------------------------------------------------------------------- filing


def _earlier_location(locations: Mapping[str, str], sink: Sink) -> str | None:
    """Where ``sink`` put the report before, under its name or another name of the same sink."""
    return next((locations[n] for n in same_sink_names(sink.name) if locations.get(n)), None)


def record_occurrence(store: Store, fingerprint: str, failure_id: int, now: datetime) -> bool:
    """Note in the DB that a failure matches an already-reported fingerprint (no external write)."""
    with store.atomic():
        report = store_outcomes.report_by_fingerprint(store, fingerprint)
        if report is None:
            return False
        return bool(store_outcomes.add_occurrences(store, report.id, [failure_id], now))


def file_report(store: Store, sinks: Sequence[Sink], proposal_id: int, redactor: Redactor,
                now: datetime, *, done: Mapping[str, str] | None = None,
                on_progress: Callable[[dict[str, str]], None] | None = None,
                web_base: str = WEB_BASE) -> dict[str, Any]:
    """File one approved file_report proposal to every sink (or add an occurrence); record it; return the result.

    ``done`` holds the sinks already served by an earlier, interrupted attempt (name ->
    location); they are skipped. ``on_progress`` is called after each sink succeeds so the
    caller can persist that progress.
    """
    row = queue.get(store, proposal_id)
    fingerprint = row.get("fingerprint") or f"proposal:{proposal_id}"
    failure_ids = [f["id"] for f in queue.proposal_failures(store, proposal_id)]
    progress = dict(done or {})
    existing = store_outcomes.report_by_fingerprint(store, fingerprint)
    if existing is not None and existing.proposal_id == proposal_id:
        # Filed and recorded by an earlier attempt that died before the queue was updated.
        return {"report_id": existing.id, "occurrence": False, "locations": existing.locations}
    doc = build_report(store, proposal_id, redactor, web_base=web_base, now=now)
    if existing is not None:
        locations = dict(existing.locations)
        note = occurrence_note(store, proposal_id, redactor, now, web_base=web_base)
        for sink in sinks:
            if sink.name in progress:
                continue
            earlier = _earlier_location(locations, sink)
            if earlier:
                progress[sink.name] = sink.add_occurrence(
                    earlier, doc, note, now, key=f"proposal-{proposal_id}")
            else:  # a sink configured after the report was first filed
                progress[sink.name] = sink.file(doc, now)
                locations[sink.name] = progress[sink.name]
            if on_progress:
                on_progress(dict(progress))
        with store.atomic():
            store_outcomes.add_occurrences(store, existing.id, failure_ids, now)
            store_outcomes.set_report_locations(store, existing.id, locations)
        log.info("report %s (%s): occurrence added from proposal %s", existing.id,
                 fingerprint, proposal_id)
        return {"report_id": existing.id, "occurrence": True, "locations": progress}
    for sink in sinks:
        if sink.name in progress:
            continue
        progress[sink.name] = sink.file(doc, now)
        if on_progress:
            on_progress(dict(progress))
    with store.atomic():
        inserted = store_outcomes.insert_report(
            store, fingerprint=fingerprint, project_slug=row.get("project_slug"), title=doc.title,
            proposal_id=int(proposal_id), locations=progress, now=now)
        report = store_outcomes.report_by_fingerprint(store, fingerprint)
        assert report is not None
        if not inserted:
            log.warning("fingerprint %s was reported concurrently (report %s); proposal %s "
                        "counted as an occurrence", fingerprint, report.id, proposal_id)
        store_outcomes.add_occurrences(store, report.id, failure_ids, now)
    log.info("report %s filed for %s: %s", report.id, fingerprint,
             ", ".join(f"{k}={v}" for k, v in progress.items()) or "no sinks")
    return {"report_id": report.id, "occurrence": False, "locations": progress}
