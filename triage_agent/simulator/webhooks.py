"""CircleCI outbound webhooks from the simulator: signed deliveries to a URL when workflows finish.

    with Simulator(sc) as sim, WebhookSender(sim, url, secret) as hooks:
        sim.add_pipeline(...)          # each terminal workflow is delivered, signed
        hooks.wait_idle()
        hooks.deliver(payload, signature="bad")   # tests: bad signatures, oversized bodies, ...

On evidence (``../shared/circleci/``): the payload keys and their nesting follow
``recorded/webhook-workflow-completed.github-oauth.json`` and ``...job-completed.github-oauth.json``
(GitHub/Bitbucket projects: long-form ``project.slug`` such as ``github/org/repo`` and a
``pipeline.vcs`` block) and ``...gitlab-circleci-slug.json`` (``circleci/`` slugs:
``pipeline.trigger_parameters`` instead of ``vcs``); event ids are name-based (version 3)
UUIDs, stable per event, as the recorded ids are (so a redelivery carries the same id); the
``circleci-signature: v1=<hex>`` header, ``circleci-event-type`` and the ``CircleCI-Webhook/1.0``
user agent follow ``recorded/webhook-headers.circleci-docs-example.txt``; redelivery on any
non-2xx answer or after a 10 s timeout is ``API_NOTES.md``'s "Outbound webhooks".

Assumed (no public evidence): how many times and how soon CircleCI redelivers (here: 4
attempts, 0.5 s, 2 s and 5 s apart), and that deliveries of one webhook go out one at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import queue
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from triage_agent.simulator.model import FINISHED_JOB_STATUSES, Job, Workflow
from triage_agent.simulator.render import ts

USER_AGENT = "CircleCI-Webhook/1.0"
_LONG_VCS = {"gh": "github", "bb": "bitbucket"}
# A fixed namespace: the same workflow and event type always get the same event id.
_EVENT_NAMESPACE = uuid.UUID("5b3c0c66-7d1e-4a58-9a2b-8e0f6f1f0c11")
RETRY_DELAYS = (0.5, 2.0, 5.0)


def long_slug(slug: str) -> str:
    """The slug as webhooks spell it: gh/org/repo -> github/org/repo; circleci/... unchanged."""
    vcs, _, rest = slug.partition("/")
    return f"{_LONG_VCS.get(vcs, vcs)}/{rest}"


def event_id(kind: str, subject_id: str) -> str:
    """A version-3 UUID for (event type, workflow or job id): stable across redeliveries."""
    return str(uuid.uuid3(_EVENT_NAMESPACE, f"{kind}:{subject_id}"))


def sign(secret: str, body: bytes) -> str:
    """``v1=<hex HMAC-SHA256 of the body>``, as CircleCI signs."""
    return "v1=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _pipeline_part(wf: Workflow) -> dict[str, Any]:
    p = wf.pipeline
    project = p.project
    out: dict[str, Any] = {"id": p.id, "number": p.number, "created_at": ts(p.created),
                           "trigger": {"type": p.trigger_type}}
    if project.vcs == "circleci":
        out["trigger"] = {"type": "gitlab"}
        out["trigger_parameters"] = {
            "gitlab": {"branch": p.branch or "", "checkout_sha": p.revision, "commit_sha": p.revision,
                       "commit_title": p.subject or "", "tag": p.tag or "", "type": "push"},
            "git": {"branch": p.branch or "", "tag": p.tag or "", "checkout_sha": p.revision,
                    "ref": f"refs/heads/{p.branch}" if p.branch else f"refs/tags/{p.tag}"},
        }
        return out
    vcs: dict[str, Any] = {
        "provider_name": _LONG_VCS.get(project.vcs, project.vcs),
        "origin_repository_url": project.vcs_url, "target_repository_url": project.vcs_url,
        "revision": p.revision,
        "commit": {"subject": p.subject or "", "body": p.body or "",
                   "author": {"name": "Person Name", "email": "person@example.com"},
                   "authored_at": ts(p.created - 12.0, millis=False),
                   "committer": {"name": "Person Name", "email": "person@example.com"},
                   "committed_at": ts(p.created - 12.0, millis=False)},
    }
    if p.tag is not None:
        vcs["tag"] = p.tag
    else:
        vcs["branch"] = p.branch
    out["vcs"] = vcs
    return out


def _common(kind: str, ident: str, wf: Workflow, happened: float, webhook: dict[str, str]) -> dict[str, Any]:
    project = wf.pipeline.project
    slug = long_slug(project.slug)
    return {
        "type": kind, "id": event_id(kind, ident), "happened_at": ts(happened),
        "webhook": dict(webhook),
        "workflow": {"id": wf.id, "name": wf.name, "created_at": ts(wf.created), "stopped_at": ts(wf.stopped),
                     "url": f"https://app.circleci.com/pipelines/{slug}/{wf.pipeline.number}/workflows/{wf.id}"},
        "pipeline": _pipeline_part(wf),
        "project": {"id": project.id, "name": project.name, "slug": slug},
        "organization": {"id": project.org.id, "name": project.org.name},
    }


def workflow_completed(wf: Workflow, webhook: dict[str, str]) -> dict[str, Any]:
    """The ``workflow-completed`` payload of a terminal workflow."""
    out = _common("workflow-completed", wf.id, wf, (wf.stopped or wf.created) + 0.13, webhook)
    out["workflow"]["status"] = wf.status
    return out


def job_completed(job: Job, wf: Workflow, webhook: dict[str, str]) -> dict[str, Any]:
    """The ``job-completed`` payload of a finished job (the workflow carries no status here)."""
    out = _common("job-completed", job.id, wf, (job.stopped or wf.created) + 0.08, webhook)
    out["job"] = {"id": job.id, "name": job.name, "started_at": ts(job.started), "stopped_at": ts(job.stopped),
                  "status": job.status, "number": job.number}
    return out


def ping(webhook: dict[str, str], happened: float) -> dict[str, Any]:
    """The "Test Ping Event" of the project settings page (no project, pipeline or workflow)."""
    return {"happened_at": ts(happened), "id": str(uuid.uuid4()), "type": "ping", "webhook": dict(webhook)}


@dataclass
class Sent:
    """One delivery attempt as the sender saw it."""

    event_id: str
    type: str
    status: int | str  # the HTTP status, or "timeout" / "error"
    at: float  # time.monotonic() when the answer came
    attempt: int


class WebhookSender:
    """Delivers signed webhooks for every workflow that finishes in a served simulator.

    A background thread, like CircleCI's delivery service: the workflow finishing never waits
    for the receiver. Test switches: ``duplicates`` sends each event that many extra times;
    ``secret_override`` signs with another secret; ``deliver()`` sends any body with any
    signature right now.
    """

    def __init__(self, sim: Any, url: str, secret: str, *, events: Iterable[str] = ("workflow-completed",),
                 timeout: float = 10.0, retry_delays: tuple[float, ...] = RETRY_DELAYS,
                 webhook_name: str = "triage-agent") -> None:
        self.sim = sim
        self.url = url
        self.secret = secret
        self.events = frozenset(events)
        self.timeout = timeout
        self.retry_delays = retry_delays
        self.webhook = {"id": str(uuid.uuid4()), "name": webhook_name}
        self.duplicates = 0
        self.secret_override: str | None = None
        self.sent: list[Sent] = []
        self.finished_at: dict[str, float] = {}  # workflow id -> time.monotonic() when it finished
        self._queue: queue.Queue[tuple[float, str, Any, int] | None] = queue.Queue()
        self._busy = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT})

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> WebhookSender:
        """Listen for finished workflows and start delivering."""
        with self.sim.locked() as sc:
            sc.workflow_listeners.append(self._on_finished)
        self._thread = threading.Thread(target=self._run, name="simulator-webhooks", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening; deliveries not yet sent are dropped (as when a receiver is gone)."""
        with self.sim.locked() as sc, contextlib.suppress(ValueError):
            sc.workflow_listeners.remove(self._on_finished)
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout=15)
        self._http.close()

    def __enter__(self) -> WebhookSender:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests call ------------------------------------------------------------------------

    def payload_for(self, workflow_id: str) -> dict[str, Any]:
        """The workflow-completed payload of a workflow, rendered now."""
        with self.sim.locked() as sc:
            return workflow_completed(sc.workflows[workflow_id], self.webhook)

    def ping_payload(self) -> dict[str, Any]:
        """A ping event."""
        return ping(self.webhook, time.time())

    def deliver(self, payload: dict[str, Any] | bytes, *, signature: str | None = "valid",
                content_type: str = "application/json", event_type: str | None = None) -> httpx.Response:
        """Send one delivery now and return the answer. ``signature``: "valid", "bad" (signed with
        another secret), "garbled" (not hex), None (no header), or a literal header value."""
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        if event_type is None and isinstance(payload, dict):
            event_type = str(payload.get("type", ""))
        headers = {"Content-Type": content_type, "circleci-event-type": event_type or ""}
        if signature == "valid":
            headers["circleci-signature"] = sign(self.secret, body)
        elif signature == "bad":
            headers["circleci-signature"] = sign(self.secret + "-wrong", body)
        elif signature == "garbled":
            headers["circleci-signature"] = "v1=not-hex"
        elif signature is not None:
            headers["circleci-signature"] = signature
        return self._http.post(self.url, content=body, headers=headers)

    def wait_idle(self, timeout: float = 15.0) -> bool:
        """Wait until every queued delivery (retries included) has been answered or given up."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self._busy == 0 and self._queue.empty():
                    return True
            time.sleep(0.01)
        return False

    def statuses(self, event: str | None = None) -> list[int | str]:
        """The answers received, in order (optionally for one event id)."""
        return [s.status for s in self.sent if event is None or s.event_id == event]

    # -- delivery -------------------------------------------------------------------------------

    def _on_finished(self, wf: Workflow) -> None:
        # Called under the simulator's lock while the scenario changes: only note it here and
        # render in the sender's thread, after add_pipeline has placed the workflow in time.
        self.finished_at[wf.id] = time.monotonic()
        with self._lock:
            self._busy += 1
        self._queue.put((0.0, "workflow", wf, 1))

    def _render(self, kind: str, wf: Workflow) -> list[dict[str, Any]]:
        with self.sim.locked():
            out = []
            if "job-completed" in self.events:
                out.extend(job_completed(j, wf, self.webhook) for j in wf.jobs
                           if j.type == "build" and j.status in FINISHED_JOB_STATUSES and j.workflow is wf)
            if "workflow-completed" in self.events:
                out.append(workflow_completed(wf, self.webhook))
            return out

    def _post(self, payload: dict[str, Any], attempt: int) -> bool:
        body = json.dumps(payload).encode()
        headers = {"Content-Type": "application/json", "circleci-event-type": payload["type"],
                   "circleci-signature": sign(self.secret_override or self.secret, body)}
        try:
            status: int | str = self._http.post(self.url, content=body, headers=headers).status_code
        except httpx.TimeoutException:
            status = "timeout"
        except httpx.HTTPError:
            status = "error"
        self.sent.append(Sent(payload["id"], payload["type"], status, time.monotonic(), attempt))
        return isinstance(status, int) and 200 <= status < 300

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            not_before, kind, subject, attempt = item
            try:
                delay = not_before - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                payloads = subject if kind == "payloads" else self._render(kind, subject)
                failed = []
                for payload in payloads:
                    ok = self._post(payload, attempt)
                    for _ in range(self.duplicates):
                        self._post(payload, attempt)
                    if not ok:
                        failed.append(payload)
                if failed and attempt <= len(self.retry_delays):
                    with self._lock:
                        self._busy += 1
                    self._queue.put((time.monotonic() + self.retry_delays[attempt - 1], "payloads", failed,
                                     attempt + 1))
            finally:
                with self._lock:
                    self._busy -= 1
