"""Reports: render a file_report proposal from its evidence, and file it to sinks (file, GitHub, webhook).

One report per fingerprint: filing a proposal whose fingerprint already has a ``reports``
row adds an occurrence instead (a section, a comment, a "seen again" message). Every text
passes the Redactor before it reaches a sink, and the sinks redact again on the way out.
Sinks are idempotent across crashes where the target allows it: the file sink finds its
earlier file by name, the GitHub sink finds its earlier issue by the fingerprint marker.
A webhook cannot be asked what it already received, so it is at-least-once.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import approvals, templates
from .approvals import write_transaction
from .classify.similar import summarise as summarise_similar
from .config import ReportsSettings
from .core.mdsafe import code, defuse, inline, one_line, url
from .core.redact import Redactor
from .errors import ConfigError, SinkError
from .ports import Sink
from .providers import http
from .review import WEB_BASE, job_url, pipeline_url, similar_failures, workflow_url
from .store import Store, dumps, loads
from .timeutil import day, iso

log = logging.getLogger(__name__)

LABEL = "triage-agent"
USER_AGENT = "triage-agent/0.1 (reports)"
MAX_EXCERPT_CHARS = 12000  # a GitHub issue body holds 65,536 characters; keep room for the rest
MAX_EVIDENCE_LINES = 12
MAX_TESTS = 20


def marker(fingerprint: str) -> str:
    """The hidden line that ties a filed report to its fingerprint (used to find it again)."""
    return f"<!-- triage-agent fingerprint={_marker_safe(fingerprint)} -->"


def occurrence_marker(key: str) -> str:
    """The hidden line that makes one occurrence note idempotent."""
    return f"<!-- triage-agent occurrence={_marker_safe(key)} -->"


def _marker_safe(text: str) -> str:
    # "--" would end an HTML comment early; spaces would split the key.
    return re.sub(r"[^A-Za-z0-9:._/+=\-]", "_", text).replace("--", "-_")


@dataclass(frozen=True)
class ReportDoc:
    """A rendered, redacted report: what every sink receives."""

    proposal_id: int
    fingerprint: str
    kind: str  # report | refuted | incident
    title: str
    body: str  # Markdown, fingerprint marker first
    summary: str  # one line
    project_slug: str
    link: str  # the job (or pipeline) in the CircleCI app
    failure_ids: tuple[int, ...] = ()


# --------------------------------------------------------------------------- rendering


def _fence(text: str) -> str:
    """A code fence longer than any backtick run inside ``text``, so the log cannot close it."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _short_fp(fingerprint: str) -> str:
    if re.fullmatch(r"[0-9a-fA-F]{6,64}", fingerprint or ""):
        return fingerprint[:12].lower()
    return hashlib.sha256((fingerprint or "").encode()).hexdigest()[:12]


def _tail(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    cut = cut[cut.find("\n") + 1:] if "\n" in cut[:200] else cut
    return f"[... {len(text) - len(cut)} earlier characters omitted ...]\n{cut}"


def _number(value: Any) -> str:
    """A pipeline or job number as text: digits only, whatever the row holds."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""


def _jobs(rows: Sequence[Mapping[str, Any]], redactor: Redactor, web_base: str) -> list[dict[str, Any]]:
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
            "job_status": inline(redactor(f.get("job_status") or "failed"), 40),
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
    rows = store.db.query(
        """
        select o.at, f.project_slug, f.pipeline_number, f.workflow_id, f.job_name, f.job_number,
               f.branch
        from report_occurrences o
        join reports r on r.id = o.report_id
        join failures f on f.id = o.failure_id
        where r.fingerprint = ?
        order by o.at
        """,
        [fingerprint],
    )
    return [
        {"at": r["at"] or "", "job_name": inline(r["job_name"], 200),
         "project_slug": inline(r["project_slug"], 200), "pipeline_number": _number(r["pipeline_number"]),
         "branch": code(r["branch"] or ""),
         "link": url(job_url(web_base, r["project_slug"] or "", r["pipeline_number"],
                             r["workflow_id"] or "", r["job_number"]))}
        for r in rows
    ]


def _title(row: Mapping[str, Any], jobs: Sequence[Mapping[str, Any]], redactor: Redactor) -> str:
    """The plain-text title (an issue title; redacted, then cut)."""
    if row.get("kind") == "incident":
        return one_line(redactor(row.get("summary") or "Incident"), 120)
    first_test = ""
    for job in jobs:
        if job["tests"]:
            first_test = job["tests"][0]["plain_name"]
            break
    what = first_test or row.get("category") or row.get("verdict") or "failure"
    branch = f" on {row['branch']}" if row.get("branch") else ""
    prefix = "Rerun failed again: " if row.get("kind") == "refuted" else ""
    return one_line(redactor(f"{prefix}{row.get('job_name') or 'job'} fails{branch}: {what} "
                             f"({row.get('project_slug')})"), 120)


def build_report(store: Store, proposal_id: int, redactor: Redactor, *,
                 web_base: str = WEB_BASE, now: datetime | None = None) -> ReportDoc:
    """Render a file_report proposal into a redacted ReportDoc (report.md.j2 or incident.md.j2)."""
    row = approvals.get(store, proposal_id)
    failures = approvals.proposal_failures(store, proposal_id)
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
        "kind": row.get("kind") or "report",
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
    name = "incident.md.j2" if ctx["kind"] == "incident" else "report.md.j2"
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
    for f in approvals.proposal_failures(store, proposal_id):
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


def _report_row(store: Store, fingerprint: str) -> dict[str, Any] | None:
    rows = list(store.db.query("select * from reports where fingerprint = ?", [fingerprint]))
    return rows[0] if rows else None


def _add_occurrences(store: Store, report_id: int, failure_ids: Sequence[int], now: datetime) -> int:
    """Insert occurrence rows (idempotent) and recount; return how many were new."""
    new = 0
    for failure_id in failure_ids:
        cur = store.db.execute(
            "insert or ignore into report_occurrences (report_id, failure_id, at) values (?, ?, ?)",
            [int(report_id), int(failure_id), iso(now)],
        )
        new += cur.rowcount
    if new:
        # occurrences == the count of rows, so a retried call cannot count twice.
        store.db.execute(
            "update reports set occurrences = (select count(*) from report_occurrences "
            "where report_id = ?), last_seen_at = ? where id = ?",
            [int(report_id), iso(now), int(report_id)],
        )
    return new


def record_occurrence(store: Store, fingerprint: str, failure_id: int, now: datetime) -> bool:
    """Note in the DB that a failure matches an already-reported fingerprint (no external write)."""
    with write_transaction(store):
        report = _report_row(store, fingerprint)
        if report is None:
            return False
        return bool(_add_occurrences(store, report["id"], [failure_id], now))


def file_report(store: Store, sinks: Sequence[Sink], proposal_id: int, redactor: Redactor,
                now: datetime, *, done: Mapping[str, str] | None = None,
                on_progress: Callable[[dict[str, str]], None] | None = None,
                web_base: str = WEB_BASE) -> dict[str, Any]:
    """File one approved file_report proposal to every sink (or add an occurrence); record it; return the result.

    ``done`` holds the sinks already served by an earlier, interrupted attempt (name ->
    location); they are skipped. ``on_progress`` is called after each sink succeeds so the
    caller can persist that progress.
    """
    row = approvals.get(store, proposal_id)
    fingerprint = row.get("fingerprint") or f"proposal:{proposal_id}"
    failure_ids = [f["id"] for f in approvals.proposal_failures(store, proposal_id)]
    progress = dict(done or {})
    existing = _report_row(store, fingerprint)
    if existing is not None and existing["proposal_id"] == proposal_id:
        # Filed and recorded by an earlier attempt that died before the queue was updated.
        return {"report_id": existing["id"], "occurrence": False,
                "locations": loads(existing["locations"], {}) or {}}
    doc = build_report(store, proposal_id, redactor, web_base=web_base, now=now)
    if existing is not None:
        locations = loads(existing["locations"], {}) or {}
        note = occurrence_note(store, proposal_id, redactor, now, web_base=web_base)
        for sink in sinks:
            if sink.name in progress:
                continue
            if locations.get(sink.name):
                progress[sink.name] = sink.add_occurrence(
                    locations[sink.name], doc, note, now, key=f"proposal-{proposal_id}")
            else:  # a sink configured after the report was first filed
                progress[sink.name] = sink.file(doc, now)
                locations[sink.name] = progress[sink.name]
            if on_progress:
                on_progress(dict(progress))
        with write_transaction(store):
            _add_occurrences(store, existing["id"], failure_ids, now)
            store.db["reports"].update(existing["id"], {"locations": dumps(locations)})
        log.info("report %s (%s): occurrence added from proposal %s", existing["id"],
                 fingerprint, proposal_id)
        return {"report_id": existing["id"], "occurrence": True, "locations": progress}
    for sink in sinks:
        if sink.name in progress:
            continue
        progress[sink.name] = sink.file(doc, now)
        if on_progress:
            on_progress(dict(progress))
    with write_transaction(store):
        cur = store.db.execute(
            "insert or ignore into reports (fingerprint, project_slug, title, proposal_id, "
            "created_at, last_seen_at, occurrences, locations) values (?, ?, ?, ?, ?, ?, 0, ?)",
            [fingerprint, row.get("project_slug"), doc.title, int(proposal_id), iso(now),
             iso(now), dumps(progress)],
        )
        report = _report_row(store, fingerprint)
        assert report is not None
        if not cur.rowcount:
            log.warning("fingerprint %s was reported concurrently (report %s); proposal %s "
                        "counted as an occurrence", fingerprint, report["id"], proposal_id)
        _add_occurrences(store, report["id"], failure_ids, now)
    log.info("report %s filed for %s: %s", report["id"], fingerprint,
             ", ".join(f"{k}={v}" for k, v in progress.items()) or "no sinks")
    return {"report_id": report["id"], "occurrence": False, "locations": progress}


# --------------------------------------------------------------------------- sinks


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and os.replace, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class FileSink:
    """Markdown files: ``<dir>/<YYYY-MM-DD>-<project>-<short fingerprint>.md``."""

    name = "file"

    def __init__(self, directory: str | os.PathLike[str], redactor: Redactor | None = None) -> None:
        self.directory = Path(directory)
        self._redact = redactor or Redactor()

    def _stem(self, doc: ReportDoc) -> str:
        project = "incident" if doc.kind == "incident" else doc.project_slug
        project = re.sub(r"[^A-Za-z0-9._]+", "-", project).strip("-.") or "project"
        return f"{project}-{_short_fp(doc.fingerprint)}"

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """Write the report once; a second call for the same fingerprint returns the first file."""
        stem = self._stem(doc)
        existing = sorted(self.directory.glob(f"????-??-??-{stem}.md"))
        if existing:
            return str(existing[0])
        path = self.directory / f"{day(now)}-{stem}.md"
        try:
            _atomic_write(path, self._redact(doc.body))
        except OSError as exc:
            raise SinkError(f"file sink: cannot write {path}: {exc.strerror or exc}") from exc
        return str(path)

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Append a "Seen again" section (once per key)."""
        path = Path(location)
        try:
            text = path.read_text(encoding="utf-8") if path.exists() else self._redact(doc.body)
            tag = occurrence_marker(key)
            if tag not in text:
                section = f"\n## Seen again ({iso(now)[:16].replace('T', ' ')} UTC)\n{tag}\n\n{note}\n"
                _atomic_write(path, text.rstrip("\n") + "\n" + self._redact(section))
        except OSError as exc:
            raise SinkError(f"file sink: cannot update {path}: {exc.strerror or exc}") from exc
        return str(path)


def _chain(first: Redactor | None, own: Redactor) -> Callable[[str], str]:
    """The configured redactor, then the sink's own secret, whatever the caller passed."""
    if first is None:
        return own.redact
    return lambda text: own.redact(first.redact(text))


def _host(url: str) -> str:
    return urlsplit(url).hostname or "server"


class GitHubSink:
    """GitHub issues: one per fingerprint (found again by its marker), occurrences as comments."""

    name = "github"

    def __init__(self, api_url: str, repo: str, token: str,
                 transport: httpx.BaseTransport | None = None, timeout: float = 15.0, *,
                 redactor: Redactor | None = None, max_pages: int = 10) -> None:
        self.api_url = api_url.rstrip("/")
        self.repo = repo
        self.max_pages = max_pages
        self._redact = _chain(redactor, Redactor([token]))
        self._http = httpx.Client(
            timeout=timeout, transport=transport or http.transport(timeout), follow_redirects=False,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json",
                     "X-GitHub-Api-Version": "2022-11-28", "User-Agent": USER_AGENT},
        )

    def __repr__(self) -> str:  # never show the token
        return f"GitHubSink({self.api_url!r}, {self.repo!r})"

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._http.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        what = f"{method} {path.split('?')[0]}"
        url = path if path.startswith("http") else f"{self.api_url}{path}"
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise SinkError(f"github sink: {what}: {type(exc).__name__} talking to "
                            f"{_host(self.api_url)}") from None
        if response.status_code >= 400:
            try:
                message = str(response.json().get("message", ""))[:200]
            except Exception:
                message = ""
            raise SinkError(f"github sink: {what} answered {response.status_code}"
                            f"{': ' + self._redact(message) if message else ''}")
        return response

    def find_issue(self, fingerprint: str) -> dict[str, Any] | None:
        """The issue (open or closed) whose body carries the fingerprint marker, if any."""
        tag = marker(fingerprint)
        url: str | None = f"/repos/{self.repo}/issues"
        params: dict[str, Any] | None = {"labels": LABEL, "state": "all", "per_page": 100}
        for _ in range(self.max_pages):
            if url is None:
                break
            response = self._request("GET", url, params=params)
            items = response.json()
            if not isinstance(items, list):
                raise SinkError(f"github sink: GET /repos/{self.repo}/issues: expected a list")
            for item in items:
                if isinstance(item, dict) and tag in (item.get("body") or ""):
                    return item
            url = response.links.get("next", {}).get("url")
            params = None  # the next link carries its own query
        return None

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """Create the issue unless one for this fingerprint exists; return its html_url."""
        found = self.find_issue(doc.fingerprint)
        if found is not None:
            log.info("github sink: issue #%s already carries %s", found.get("number"), doc.fingerprint)
            return str(found.get("html_url") or found.get("url"))
        body = self._redact(doc.body)
        if marker(doc.fingerprint) not in body:
            body = marker(doc.fingerprint) + "\n" + body
        response = self._request(
            "POST", f"/repos/{self.repo}/issues",
            json={"title": self._redact(doc.title)[:250], "body": body, "labels": [LABEL]},
        )
        data = response.json()
        return str(data.get("html_url") or data.get("url"))

    def _number(self, location: str) -> int:
        m = re.search(r"/issues/(\d+)/?$", location)
        if not m:
            raise SinkError(f"github sink: cannot tell the issue number from {location!r}")
        return int(m.group(1))

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Comment on the issue (once per key); return the comment's html_url."""
        number = self._number(location)
        tag = occurrence_marker(key)
        path = f"/repos/{self.repo}/issues/{number}/comments"
        existing = self._request("GET", path, params={"per_page": 100}).json()
        for comment in existing if isinstance(existing, list) else []:
            if isinstance(comment, dict) and tag in (comment.get("body") or ""):
                return str(comment.get("html_url") or location)
        data = self._request("POST", path, json={"body": self._redact(f"{tag}\n{note}")}).json()
        return str(data.get("html_url") or location)


def _slack_escape(text: str) -> str:
    # Slack treats <...> as links and mentions (<!channel>); a log must not ping anyone.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WebhookSink:
    """A Slack-compatible incoming webhook: ``{"text", "blocks"}``. At-least-once: it cannot be asked."""

    name = "webhook"

    def __init__(self, url: str, transport: httpx.BaseTransport | None = None,
                 timeout: float = 15.0, *, redactor: Redactor | None = None) -> None:
        self._url = url
        self._redact = _chain(redactor, Redactor([url]))
        self._http = httpx.Client(timeout=timeout, transport=transport or http.transport(timeout),
                                  follow_redirects=False,
                                  headers={"User-Agent": USER_AGENT})

    def __repr__(self) -> str:  # the URL is the secret
        return f"WebhookSink({_host(self._url)!r})"

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._http.close()

    def _post(self, text: str, blocks: list[dict[str, Any]]) -> None:
        try:
            response = self._http.post(self._url, json={"text": text, "blocks": blocks})
        except httpx.HTTPError as exc:
            raise SinkError(f"webhook sink: {type(exc).__name__} talking to {_host(self._url)}") from None
        if response.status_code >= 300:
            raise SinkError(f"webhook sink: {_host(self._url)} answered {response.status_code}")

    def _blocks(self, header: str, lines: Sequence[str], doc: ReportDoc) -> list[dict[str, Any]]:
        # The lines are ours (a summary defused by the caller, or an occurrence note whose
        # build-derived parts are already inert); only <, > and & remain to escape for Slack.
        text = "\n".join(_slack_escape(self._redact(line)) for line in lines if line)[:2800]
        if doc.link:  # our own URL, built from ids: the one <...> we mean
            text += f"\n<{doc.link}|open in CircleCI>"
        blocks: list[dict[str, Any]] = [
            {"type": "header", "text": {"type": "plain_text", "text": self._redact(header)[:150]}},
            {"type": "section", "text": {"type": "mrkdwn", "text": text or "-"}},
        ]
        blocks.append({"type": "context", "elements": [
            {"type": "mrkdwn", "text": _slack_escape(f"fingerprint {doc.fingerprint}")[:300]}]})
        return blocks

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """Announce a new report."""
        self._post(_slack_escape(defuse(self._redact(f"{doc.title}: {doc.summary}")))[:3000],
                   self._blocks(defuse(doc.title), [defuse(doc.summary)], doc))
        return f"webhook:{_host(self._url)}"

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Post a short "seen again" message."""
        self._post(_slack_escape(defuse(self._redact(f"Seen again: {doc.title}")))[:3000],
                   self._blocks(f"Seen again: {defuse(doc.title)}", note.splitlines()[:10], doc))
        return location


def build_sinks(settings: ReportsSettings, resolve_path: Callable[[str], Path],
                redactor: Redactor, transport: httpx.BaseTransport | None = None) -> list[Sink]:
    """The configured sinks, in ``reports.sinks`` order (``resolve_path`` is Config.path)."""
    sinks: list[Sink] = []
    for name in settings.sinks:
        if name == "file":
            sinks.append(FileSink(resolve_path(settings.directory), redactor))
        elif name == "github":
            if not settings.github_repo:
                raise ConfigError("reports.github_repo: the github sink needs owner/repo")
            if not settings.github_token:
                raise ConfigError("reports.github_token: the github sink needs a token")
            sinks.append(GitHubSink(settings.github_api_url, settings.github_repo,
                                    settings.github_token, transport=transport,
                                    timeout=settings.timeout_seconds, redactor=redactor))
        elif name == "webhook":
            if not settings.webhook_url:
                raise ConfigError("reports.webhook_url: the webhook sink needs a URL")
            sinks.append(WebhookSink(settings.webhook_url, transport=transport,
                                     timeout=settings.timeout_seconds, redactor=redactor))
        else:
            raise ConfigError(f"reports.sinks: unknown sink {name!r} (file, github or webhook)")
    return sinks
