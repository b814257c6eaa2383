"""CircleCI outbound webhooks as pure functions: verify a signature over raw bytes, parse a payload
into the neutral ``core.ci.WebhookEvent``.

No I/O here (no store, no clock, no sockets): the HTTP shell hands in the raw body and headers
and gets back a typed ``WebhookEvent`` or a ``WebhookError`` with the status to answer.

What rests on evidence (``../shared/circleci/API_NOTES.md`` "Outbound webhooks" and
``../shared/circleci/recorded/webhook-*.json``):

- ``circleci-signature: v1=<hex>[,v2=...]``; v1 is the hex HMAC-SHA256 of the raw body keyed
  with the secret (the four test vectors of CircleCI's documentation are checked in the tests);
- payload keys ``id, type, happened_at, webhook, project{id,name,slug}, organization,
  pipeline{id,number,created_at,trigger,vcs}, workflow{id,name,created_at,stopped_at,url,status}``;
  job events add ``job`` and drop ``workflow.status``; ``type: "ping"`` carries no project;
- project slugs are long forms (``github/org/repo``, ``bitbucket/org/repo``) or
  ``circleci/<org-id>/<project-id>``; projects of the latter kind have no ``pipeline.vcs`` but
  ``pipeline.trigger_parameters.{git,gitlab,github_app}`` with the branch and revision.

Assumed (no public capture): that CircleCI never sends a non-``v1`` scheme alone (we reject
it: we cannot verify it), and that a future event type should be acknowledged, not refused
(a refusal makes CircleCI redeliver it forever).
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from ...core import sanitize
from ...core.ci import (
    JOB_COMPLETED,
    PING,
    WORKFLOW_COMPLETED,
    JobRef,
    PipelineRef,
    ProjectRef,
    WebhookError,
    WebhookEvent,
    WorkflowRef,
)
from .slugs import canonical_key

__all__ = ["JOB_COMPLETED", "PING", "SIGNATURE_HEADER", "WORKFLOW_COMPLETED", "WebhookError", "WebhookEvent",
           "check_content_type", "match_project", "parse_event", "sign", "signature_header",
           "verify_signature"]

SIGNATURE_HEADER = "circleci-signature"
EVENT_TYPE_HEADER = "circleci-event-type"
# gh <-> github, bb <-> bitbucket: the webhook's long forms and the API's short ones.


def sign(secret: str, body: bytes) -> str:
    """The hex HMAC-SHA256 of ``body`` keyed with ``secret`` (CircleCI's v1 scheme)."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_header(secret: str, body: bytes) -> str:
    """The ``circleci-signature`` value CircleCI sends for ``body`` (used by the simulator and tests)."""
    return f"v1={sign(secret, body)}"


def verify_signature(secret: str, body: bytes, header: str | None) -> None:
    """Raise WebhookError(401) unless ``header`` carries a v1 signature of ``body`` under ``secret``.

    The header may list several versions (``v1=..,v2=..``); only v1 is defined, so a v1 entry
    must be present and match. Each candidate is compared in constant time.
    """
    if not secret:
        raise WebhookError(401, "bad_signature", "webhook secret is not configured")
    if not header:
        raise WebhookError(401, "bad_signature", "missing circleci-signature header")
    expected = sign(secret, body)
    candidates = []
    for part in header.split(","):
        scheme, sep, value = part.strip().partition("=")
        if sep and scheme.strip().lower() == "v1":
            candidates.append(value.strip().lower())
    if not candidates:
        raise WebhookError(401, "bad_signature", "no v1 signature in circleci-signature")
    matched = False
    for candidate in candidates:
        # Every candidate is compared, so the time taken does not say which one matched.
        matched |= hmac.compare_digest(candidate.encode(), expected.encode())
    if not matched:
        raise WebhookError(401, "bad_signature", "circleci-signature does not match the body")


# --------------------------------------------------------------------------- payload


def check_content_type(value: str | None) -> None:
    """Raise WebhookError(415) unless the media type is JSON (parameters such as charset allowed)."""
    media = (value or "").split(";", 1)[0].strip().lower()
    if media != "application/json":
        raise WebhookError(415, "bad_content_type", f"content type {media or '(none)'} is not application/json")


def _obj(data: dict[str, Any], key: str, *, required: bool) -> dict[str, Any]:
    value = data.get(key)
    if isinstance(value, dict):
        return value
    if value is None and not required:
        return {}
    raise WebhookError(400, "malformed", f"payload: '{key}' is not an object")


def _str(data: dict[str, Any], key: str, *, required: bool = False, where: str = "") -> str:
    value = data.get(key)
    if isinstance(value, str) and (value or not required):
        return value
    if value is None and not required:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool) and not required:
        return str(value)
    raise WebhookError(400, "malformed", f"payload: '{where}{key}' is not a non-empty string")


def _first(*values: str) -> str:
    return next((v for v in values if v), "")


def _pipeline(data: dict[str, Any]) -> PipelineRef:
    p = _obj(data, "pipeline", required=True)
    number = p.get("number")
    if isinstance(number, bool) or not isinstance(number, int) or number < 0:
        raise WebhookError(400, "malformed", "payload: 'pipeline.number' is not a whole number")
    vcs = _obj(p, "vcs", required=False)
    commit = vcs.get("commit") if isinstance(vcs.get("commit"), dict) else {}
    trigger = _obj(p, "trigger", required=False)
    params = p.get("trigger_parameters") if isinstance(p.get("trigger_parameters"), dict) else {}
    # Projects with circleci/ slugs (GitHub App, GitLab) carry no vcs block: the same facts sit
    # in trigger_parameters (recorded: webhook-workflow-completed.gitlab-/github-app-circleci-slug).
    git = params.get("git") if isinstance(params.get("git"), dict) else {}
    provider = next((params[k] for k in ("gitlab", "github_app", "bitbucket_app")
                     if isinstance(params.get(k), dict)), {})

    def s(obj: Any, key: str) -> str:
        value = obj.get(key) if isinstance(obj, dict) else None
        return value if isinstance(value, str) else ""

    message = _first(s(commit, "subject"), s(git, "commit_message"), s(provider, "commit_title"),
                     s(provider, "commit_message"))
    return PipelineRef(
        id=_str(p, "id", required=True, where="pipeline."),
        number=number,
        created_at=_str(p, "created_at", where="pipeline."),
        branch=_first(s(vcs, "branch"), s(git, "branch"), s(provider, "branch")),
        tag=_first(s(vcs, "tag"), s(git, "tag"), s(provider, "tag")),
        revision=_first(s(vcs, "revision"), s(git, "checkout_sha"), s(provider, "checkout_sha"),
                        s(provider, "commit_sha")),
        subject=message.splitlines()[0][:200] if message else "",
        trigger_type=s(trigger, "type"),
    )


def parse_event(body: bytes) -> WebhookEvent:
    """Parse a verified body into a WebhookEvent; WebhookError(400) for bad JSON or a bad shape.

    The body goes through the same sanitiser as the API's answers (``core.sanitize``): lone
    UTF-16 surrogates become U+FFFD, and nesting past ``sanitize.MAX_DEPTH`` levels is a 400,
    so nothing later (the store, the logs) meets what it cannot encode or recurse through.
    Only what triage needs is kept and checked: an event of a type we do not act on needs an
    ``id`` and a ``type`` and nothing else, so a new CircleCI event type is not refused.
    """
    try:
        data = sanitize.loads(body)
    except sanitize.TooDeep:
        raise WebhookError(400, "malformed", f"body nested deeper than {sanitize.MAX_DEPTH} levels") from None
    except ValueError:  # UnicodeDecodeError included
        raise WebhookError(400, "malformed", "body is not valid JSON") from None
    if not isinstance(data, dict):
        raise WebhookError(400, "malformed", "payload is not a JSON object")
    event_id = _str(data, "id", required=True)
    if len(event_id) > 200:
        raise WebhookError(400, "malformed", "payload: 'id' is too long")
    kind = _str(data, "type", required=True)
    happened = _str(data, "happened_at")
    if kind not in (WORKFLOW_COMPLETED, JOB_COMPLETED):
        return WebhookEvent(id=event_id, type=kind, happened_at=happened)
    proj = _obj(data, "project", required=True)
    project = ProjectRef(id=_str(proj, "id", where="project."),
                         slug=_str(proj, "slug", required=True, where="project."),
                         name=_str(proj, "name", where="project."))
    wf = _obj(data, "workflow", required=True)
    workflow = WorkflowRef(
        id=_str(wf, "id", required=True, where="workflow."),
        name=_str(wf, "name", required=True, where="workflow."),
        status=_str(wf, "status", required=kind == WORKFLOW_COMPLETED, where="workflow."),
        created_at=_str(wf, "created_at", where="workflow."),
        stopped_at=_str(wf, "stopped_at", where="workflow."),
    )
    job = None
    if kind == JOB_COMPLETED:
        j = _obj(data, "job", required=True)
        number = j.get("number")
        job = JobRef(id=_str(j, "id", required=True, where="job."), name=_str(j, "name", where="job."),
                     status=_str(j, "status", where="job."),
                     number=number if isinstance(number, int) and not isinstance(number, bool) else None)
    return WebhookEvent(id=event_id, type=kind, happened_at=happened, project=project,
                        pipeline=_pipeline(data), workflow=workflow, job=job)


# --------------------------------------------------------------------------- project identity


def match_project(project: ProjectRef, watched: dict[str, str], ids: dict[str, str] | None = None) -> str | None:
    """The watched slug an event's project is, or None.

    ``watched`` maps ``slugs.canonical_key(slug)`` (the one rule for every spelling) to the slug
    as stored; ``ids`` maps CircleCI project ids to stored slugs where they are known (a
    payload's ``project.id`` is the surest link, since slugs change when a project moves
    between VCS integrations).
    """
    if ids and project.id and project.id in ids:
        return ids[project.id]
    return watched.get(canonical_key(project.slug))
