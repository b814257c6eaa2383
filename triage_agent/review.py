"""The interactive reviewer: one pending proposal at a time, UI-agnostic (read/write are injected).

The CLI passes ``click.prompt`` and ``click.echo``; tests pass a scripted list and a list
collector. Each decision goes through the queue (``store.queue``) and so lands in the audit log.
``default_actor`` names the person deciding (the CLI's approvals and rule decisions use it too).
"""

from __future__ import annotations

import logging
import os
import pwd
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from .classify.similar import summarise
from .core.ci import JobFailure
from .core.models import History, SimilarFailure
from .core.redact import Redactor
from .core.states import PENDING, Action, ProposalKind
from .errors import ApprovalError
from .providers import web_links
from .store import Store, loads, queue
from .store.queue import ProposalFailureRow, ProposalRow

log = logging.getLogger(__name__)

# The CI provider's own web app (its registry's default links) unless another base is given.
WEB_BASE = ""
EVIDENCE_LINES = 5
TEST_LINES = 5
SIMILAR_LINES = 3
HELP = """\
  a  approve: the action runs at the next execute
  r  reject: you are asked for a reason
  s  skip: leave it pending and show the next one
  e  show the full log excerpt
  q  quit
  ?  this help"""
PROMPT = "[a]pprove [r]eject [s]kip [e] full log [q]uit [?] help"


def default_actor() -> str:
    """The account deciding at the CLI, from the process's real uid (not $USER, which anyone can set)."""
    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid with no passwd entry (some containers): the number is the name
        return f"uid {uid}"


def pipeline_url(web_base: str, slug: str, pipeline_number: Any) -> str:
    """The pipeline in the CI provider's web app (``providers.web_links``)."""
    return web_links(web_base).pipeline(slug, pipeline_number)


def workflow_url(web_base: str, slug: str, pipeline_number: Any, workflow_id: str) -> str:
    """The workflow in the CI provider's web app."""
    return web_links(web_base).workflow(slug, pipeline_number, workflow_id)


def job_url(web_base: str, slug: str, pipeline_number: Any, workflow_id: str,
            job_number: Any) -> str:
    """The job in the CI provider's web app (the workflow when the job has no number)."""
    return web_links(web_base).job(slug, pipeline_number, workflow_id, job_number)


def _clip(text: str, limit: int) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# What a probe's outcomes lead to, shown under it (policy.probe_reruns).
PROBE_LINES = (
    "  probe      read real at modest confidence, first seen here; one rerun measures it:",
    "             it passes   -> a flaky test, measured: no report; its next failures read transient",
    "             same failure -> the report is proposed (\"rerun failed again\")",
    "             rejected, expired or the rerun ends otherwise -> the report is proposed",
)


def render_proposal(row: ProposalRow, failures: Sequence[ProposalFailureRow], *,
                    position: str = "", web_base: str = WEB_BASE,
                    redactor: Redactor | None = None, commit_subject: str = "") -> str:
    """The screen for one proposal: what a reviewer needs to decide (every value redacted, then cut)."""
    redactor = redactor or Redactor()

    def redact(value: Any) -> str:
        return redactor.redact("" if value is None else str(value))

    action = "RERUN WORKFLOW FROM FAILED" if row["action"] == Action.RERUN else "FILE REPORT"
    if row.get("kind") == ProposalKind.INCIDENT:
        action = "FILE INCIDENT REPORT"
    elif row.get("kind") == ProposalKind.PROBE:
        action = "PROBE: RERUN WORKFLOW FROM FAILED TO MEASURE A FIRST-SEEN TEST FAILURE"
    head = f"{position + ' ' if position else ''}proposal #{row['id']}  {action}"
    created = (row.get("created_at") or "")[:16].replace("T", " ")
    lines = [
        "=" * 78,
        f"{head}  ({row['status']}, proposed {created} UTC)",
        f"  {redact(row.get('summary') or '')}",
        "",
        f"  project    {redact(row.get('project_slug'))}",
    ]
    if row.get("branch") or row.get("revision"):
        subject = f"  {_clip(redact(commit_subject), 60)}" if commit_subject else ""
        lines.append(f"  branch     {redact(row.get('branch') or '?')} @ {redact((row.get('revision') or '')[:7])}"
                     f"{subject}")
    if row.get("workflow_id"):
        lines.append(f"  workflow   {redact(row.get('workflow_name'))} (pipeline #{row.get('pipeline_number')},"
                     f" {redact(row.get('workflow_id'))})")
    lines.append(f"  verdict    {row.get('verdict')} {float(row.get('confidence') or 0):.2f}"
                 f"{'  ' + row['category'] if row.get('category') else ''}")
    lines.append(f"  why        {_clip(redact(row.get('reason') or ''), 300)}")
    if row.get("kind") == ProposalKind.PROBE:
        lines.extend(PROBE_LINES)
    for f in failures:
        lines.append("")
        number = f" #{f['job_number']}" if f.get("job_number") is not None else ""
        where = "" if f.get("project_slug") == row.get("project_slug") else f"{f.get('project_slug')} "
        lines.append(f"  job        {redact(where)}{redact(f.get('job_name'))}{number} ({f.get('job_status') or JobFailure.FAILED})"
                     f"  {f.get('verdict') or '?'} {float(f.get('confidence') or 0):.2f}"
                     f"{' ' + f['verdict_category'] if f.get('verdict_category') else ''}")
        if f.get("rationale"):
            lines.append(f"  rationale  {_clip(redact(f['rationale']), 400)}")
        evidence = [str(e) for e in f.get("verdict_evidence") or []]
        if evidence:
            lines.append("  evidence")
            lines.extend(f"    > {_clip(redact(e), 200)}" for e in evidence[:EVIDENCE_LINES])
            if len(evidence) > EVIDENCE_LINES:
                lines.append(f"    ... {len(evidence) - EVIDENCE_LINES} more")
        lines.extend(similar_lines(f, redact))
        tests = [t for t in f.get("failed_tests") or [] if isinstance(t, Mapping)]
        if tests:
            lines.append(f"  failed tests ({len(tests)})")
            for t in tests[:TEST_LINES]:
                name = ".".join(str(x) for x in (t.get("classname"), t.get("name")) if x)
                message = f": {_clip(redact(t.get('message')), 120)}" if t.get("message") else ""
                lines.append(f"    - {redact(name)}{message}")
            if len(tests) > TEST_LINES:
                lines.append(f"    ... {len(tests) - TEST_LINES} more")
        lines.append("  link       " + job_url(web_base, f.get("project_slug") or "",
                                               f.get("pipeline_number"), f.get("workflow_id") or "",
                                               f.get("job_number")))
    if not failures and row.get("workflow_id"):
        lines.append("  link       " + workflow_url(web_base, row.get("project_slug") or "",
                                                    row.get("pipeline_number"), row["workflow_id"]))
    lines.append("-" * 78)
    return "\n".join(lines)


def similar_failures(failure: Mapping[str, Any]) -> tuple[SimilarFailure, ...]:
    """The similar earlier failures stored with a failure's evidence (its ``history`` column)."""
    raw = failure.get("history")
    data = loads(raw, {}) if isinstance(raw, str) else raw
    return History.from_dict(data if isinstance(data, Mapping) else {}).similar


def similar_lines(failure: Mapping[str, Any], redact: Callable[[str], str]) -> list[str]:
    """What the team decided on failures like this one, for the approval screen."""
    found = similar_failures(failure)
    if not found:
        return []
    out = [f"  similar    {summarise(found, failure.get('project_slug') or '')}"]
    for s in found[:SIMILAR_LINES]:
        when = s.seen_at[:10] or "?"
        out.append(f"    - {when} {s.project_slug} {s.job_name}: {s.outcome} (similarity {s.similarity:.2f})")
        if s.line:
            out.append(f"      > {redact(_clip(s.line, 160))}")
    return out


def render_log(failures: Sequence[ProposalFailureRow], redactor: Redactor | None = None) -> str:
    """The full stored log excerpt of each failure behind a proposal."""
    redact = redactor or Redactor()
    parts = []
    for f in failures:
        parts.append(f"----- log excerpt: {f.get('project_slug')} {f.get('job_name')} "
                     f"#{f.get('job_number')} -----")
        parts.append(redact(f.get("log_excerpt") or "(no log excerpt was collected)"))
    return "\n".join(parts) if parts else "(no failures are linked to this proposal)"


def review(store: Store, *, actor: str, now_fn: Callable[[], datetime],
           read: Callable[[str], str], write: Callable[[str], Any],
           web_base: str = WEB_BASE, redactor: Redactor | None = None) -> dict[str, int]:
    """Walk the pending proposals oldest first; return counts of approved, rejected, skipped, errors."""
    counts = {"approved": 0, "rejected": 0, "skipped": 0, "errors": 0, "shown": 0}
    pending = queue.list_proposals(store, PENDING)
    if not pending:
        write("No pending proposals.")
        return counts
    total = len(pending)
    for index, item in enumerate(pending, start=1):
        try:
            row = queue.get(store, item["id"])
        except ApprovalError:
            continue
        if row["status"] != PENDING:  # decided elsewhere since the list was read
            continue
        failures = queue.proposal_failures(store, row["id"])
        write(render_proposal(row, failures, position=f"[{index}/{total}]", web_base=web_base,
                              redactor=redactor,
                              commit_subject=queue.commit_subject(store, row.get("pipeline_id"))))
        counts["shown"] += 1
        while True:
            try:
                answer = (read(PROMPT) or "").strip().lower()
            except (EOFError, KeyboardInterrupt):
                write("")
                return _done(counts, write)
            choice = answer[:1]
            if choice == "a":
                _decide(lambda pid=row["id"]: queue.approve(store, pid, actor, now_fn()),
                        write, counts, "approved", f"Approved #{row['id']}.")
                break
            if choice == "r":
                try:
                    reason = (read("Reason for rejecting") or "").strip()
                except (EOFError, KeyboardInterrupt):
                    return _done(counts, write)
                if not reason:
                    write("A reason is needed to reject; nothing done.")
                    continue
                _decide(lambda pid=row["id"], r=reason: queue.reject(store, pid, actor, now_fn(), r),
                        write, counts, "rejected", f"Rejected #{row['id']}.")
                break
            if choice == "s":
                counts["skipped"] += 1
                break
            if choice == "e":
                write(render_log(failures, redactor))
                continue
            if choice == "q":
                return _done(counts, write)
            if choice == "?":
                write(HELP)
                continue
            write(f"Unknown answer {answer!r}; ? shows the choices.")
    return _done(counts, write)


def _decide(action: Callable[[], Any], write: Callable[[str], Any], counts: dict[str, int],
            done: str, said: str) -> None:
    """Carry out a person's decision and count it as ``done`` (saying ``said``), or as an error."""
    try:
        action()
    except ApprovalError as exc:  # decided by someone else meanwhile: say so, go on
        write(f"Not done: {exc}")
        counts["errors"] += 1
        return
    counts[done] += 1
    write(said)


def _done(counts: dict[str, int], write: Callable[[str], Any]) -> dict[str, int]:
    write(f"Approved {counts['approved']}, rejected {counts['rejected']}, "
          f"skipped {counts['skipped']}.")
    return counts
