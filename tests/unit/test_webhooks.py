"""Webhook verification and parsing (pure): CircleCI's documented vectors and recorded payloads."""

from __future__ import annotations

import json
import re

import pytest
from shared_data import shared_file

from triage_agent.providers.circleci.slugs import canonical_key
from triage_agent.providers.circleci.webhook import (
    JOB_COMPLETED,
    PING,
    WORKFLOW_COMPLETED,
    ProjectRef,
    WebhookError,
    WebhookEvent,
    check_content_type,
    match_project,
    parse_event,
    sign,
    signature_header,
    verify_signature,
)


def recorded(name: str) -> bytes:
    return shared_file("circleci", "recorded", name).read_bytes()


def documented_vectors() -> list[tuple[str, str, str]]:
    text = shared_file("circleci", "recorded", "webhook-headers.circleci-docs-example.txt").read_text()
    rows = [tuple(p.strip() for p in line.split("|")) for line in text.splitlines()
            if re.fullmatch(r"[^#|]+\|[^|]+\|\s*[0-9a-f]{64}\s*", line)]
    assert len(rows) == 4
    return rows


def test_the_documented_hmac_vectors_verify():
    for body, secret, digest in documented_vectors():
        assert sign(secret, body.encode()) == digest
        verify_signature(secret, body.encode(), f"v1={digest}")


def test_a_header_with_several_versions_is_verified_on_v1():
    body, secret, digest = documented_vectors()[0]
    verify_signature(secret, body.encode(), f"v1={digest},v2=whatever,v3=else")
    verify_signature(secret, body.encode(), f"v2=whatever, v1={digest.upper()}")


@pytest.mark.parametrize(("header", "why"), [
    (None, "missing"),
    ("", "missing"),
    ("v2=" + "0" * 64, "no v1"),
    ("sha256=" + "0" * 64, "no v1"),
    ("v1=" + "0" * 64, "does not match"),
    ("v1=", "does not match"),
    ("garbage", "no v1"),
])
def test_a_missing_or_wrong_signature_is_401(header, why):
    with pytest.raises(WebhookError, match=why) as info:
        verify_signature("secret", b"hello world", header)
    assert info.value.status == 401 and info.value.reason == "bad_signature"


def test_a_signature_of_another_body_or_secret_fails():
    good = signature_header("secret", b"hello world")
    with pytest.raises(WebhookError):
        verify_signature("secret", b"hello world!", good)
    with pytest.raises(WebhookError):
        verify_signature("other", b"hello world", good)
    with pytest.raises(WebhookError, match="not configured"):
        verify_signature("", b"hello world", good)


@pytest.mark.parametrize(("value", "ok"), [
    ("application/json", True), ("application/json; charset=utf-8", True), ("Application/JSON", True),
    ("text/plain", False), ("application/x-www-form-urlencoded", False), (None, False), ("", False),
])
def test_content_type_must_be_json(value, ok):
    if ok:
        check_content_type(value)
    else:
        with pytest.raises(WebhookError) as info:
            check_content_type(value)
        assert info.value.status == 415


@pytest.mark.parametrize(("name", "slug", "branch", "revision", "status"), [
    ("webhook-workflow-completed.github-oauth.json", "github/zulip-testing/circleci-webhook-test", "main",
     "a5e30a908224e46626a796d058289475f6d387b5", "success"),
    ("webhook-workflow-completed.bitbucket.json", "bitbucket/hariprashant1/circleci-webhook-testing", "master",
     None, "success"),
    ("webhook-workflow-completed.gitlab-circleci-slug.json",
     "circleci/89xcrx7UvWQfzcUPAEmu5Q/63AY3yf3XeUQojmQcGZTtB", "main",
     "c31f86994c54672f97b5bd5e544315b7bd40e4c1", "success"),
    ("webhook-workflow-completed.github-app-circleci-slug.json",
     "circleci/9z8PamRuKaKWrW91o7Kqvn/AHWysFUuUfBgs6VeUqm6tg", "circleci-project-setup",
     "9e2e4bed59d2e6c51d00e0e0b49f1b79ff146ab1", "success"),
])
def test_recorded_workflow_completed_payloads_parse(name, slug, branch, revision, status):
    raw = recorded(name)
    data = json.loads(raw)
    event = parse_event(raw)
    assert event.type == WORKFLOW_COMPLETED and event.id == data["id"]
    assert event.project is not None and event.project.slug == slug and event.project.id == data["project"]["id"]
    assert event.pipeline is not None and event.pipeline.id == data["pipeline"]["id"]
    assert event.pipeline.number == data["pipeline"]["number"]
    assert event.pipeline.branch == branch
    if revision:
        assert event.pipeline.revision == revision
    assert event.workflow is not None and event.workflow.status == status
    assert event.workflow.id == data["workflow"]["id"] and event.workflow.stopped_at == data["workflow"]["stopped_at"]
    # What is kept is ids, names, branch, revision: no people, no e-mail addresses.
    assert "person@example.com" not in json.dumps(event.to_dict())
    assert WebhookEvent.from_dict(json.loads(json.dumps(event.to_dict()))) == event


@pytest.mark.parametrize("name", [
    "webhook-job-completed.github-oauth.json", "webhook-job-completed.gitlab-circleci-slug.json",
    "webhook-job-completed.github-app-circleci-slug.json",
])
def test_recorded_job_completed_payloads_parse_without_a_workflow_status(name):
    raw = recorded(name)
    data = json.loads(raw)
    event = parse_event(raw)
    assert event.type == JOB_COMPLETED
    assert event.workflow is not None and event.workflow.status == ""
    assert event.job is not None and event.job.id == data["job"]["id"] and event.job.number == data["job"]["number"]


def test_the_recorded_ping_parses():
    event = parse_event(recorded("webhook-ping.json"))
    assert event.type == PING and event.id == "d1264809-3541-48db-9d72-68f04f074877"
    assert event.project is None and event.workflow is None


def test_an_unknown_event_type_needs_only_id_and_type():
    event = parse_event(b'{"id": "e1", "type": "pipeline-created", "whatever": [1, 2]}')
    assert (event.id, event.type, event.project) == ("e1", "pipeline-created", None)


def _workflow_payload(**changes):
    data = json.loads(recorded("webhook-workflow-completed.github-oauth.json"))
    for dotted, value in changes.items():
        *path, key = dotted.split("__")
        target = data
        for part in path:
            target = target[part]
        if value is ...:
            del target[key]
        else:
            target[key] = value
    return json.dumps(data).encode()


@pytest.mark.parametrize(("body", "message"), [
    (b"", "not valid JSON"),
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe", "not valid JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"type": "ping"}', "'id'"),
    (b'{"id": 5, "type": "ping"}', "'id'"),
    (b'{"id": "x"}', "'type'"),
    (b'{"id": "", "type": "ping"}', "'id'"),
    ("workflow", "'workflow' is not an object"),
    ("project", "'project' is not an object"),
    ("project__slug", "'project.slug'"),
    ("workflow__status", "'workflow.status'"),
    ("pipeline__number", "'pipeline.number'"),
    ("pipeline", "'pipeline' is not an object"),
])
def test_a_malformed_payload_is_400_naming_what_is_wrong(body, message):
    if isinstance(body, str):
        body = _workflow_payload(**{body: ...})
    with pytest.raises(WebhookError, match=re.escape(message)) as info:
        parse_event(body)
    assert info.value.status == 400 and info.value.reason == "malformed"


def test_wrong_types_in_the_workflow_are_400():
    with pytest.raises(WebhookError, match="pipeline.number"):
        parse_event(_workflow_payload(pipeline__number="4"))
    with pytest.raises(WebhookError, match="workflow.id"):
        parse_event(_workflow_payload(workflow__id=["x"]))


def test_lone_surrogates_are_replaced_and_deep_nesting_is_400():
    event = parse_event(_workflow_payload(workflow__name="build\ud83d", pipeline__id="p\udc00"))
    assert event.workflow.name == "build\ufffd" and event.pipeline.id == "p\ufffd"
    for depth in (65, 100_000):
        body = b'{"id": "e1", "type": "ping", "x": ' + b"[" * depth + b"]" * depth + b"}"
        with pytest.raises(WebhookError, match="nested deeper") as info:
            parse_event(body)
        assert info.value.status == 400 and info.value.reason == "malformed"


@pytest.mark.parametrize(("slug", "normal"), [
    ("github/Zulip-Testing/CircleCI-Webhook-Test", "gh/zulip-testing/circleci-webhook-test"),
    ("gh/zulip-testing/circleci-webhook-test", "gh/zulip-testing/circleci-webhook-test"),
    ("bitbucket/Org/Repo", "bb/org/repo"),
    ("bb/org/repo/", "bb/org/repo"),
    ("circleci/89xcrx7UvWQfzcUPAEmu5Q/63AY3yf3XeUQojmQcGZTtB", "circleci/89xcrx7UvWQfzcUPAEmu5Q/63AY3yf3XeUQojmQcGZTtB"),
])
def test_slugs_are_normalised_across_spellings(slug, normal):
    assert canonical_key(slug) == normal


def test_projects_match_by_slug_spelling_or_by_id():
    watched = {canonical_key(s): s for s in ("gh/acme/api", "circleci/AbC/DeF")}
    assert match_project(ProjectRef(id="", slug="github/ACME/api"), watched) == "gh/acme/api"
    assert match_project(ProjectRef(id="", slug="circleci/AbC/DeF"), watched) == "circleci/AbC/DeF"
    # base58 ids are case-sensitive: a different case is a different project.
    assert match_project(ProjectRef(id="", slug="circleci/abc/def"), watched) is None
    assert match_project(ProjectRef(id="", slug="github/acme/web"), watched) is None
    assert match_project(ProjectRef(id="p-1", slug="github/renamed/api"), watched, {"p-1": "gh/acme/api"}) == "gh/acme/api"


def test_an_event_naming_a_circleci_project_by_its_uuids_matches_the_watched_short_slug():
    """One slug rule for every path: a payload spelling a ``circleci/`` project with the UUIDs the
    web app shows finds the project watched under its base58 slug, as a configured UUID form does."""
    from triage_agent.providers.circleci.slugs import b58encode_uuid

    org, project = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"
    short = f"circleci/{b58encode_uuid(org)}/{b58encode_uuid(project)}"
    watched = {canonical_key(short): short}
    assert match_project(ProjectRef(id="", slug=f"circleci/{org}/{project}"), watched) == short
    assert match_project(ProjectRef(id="", slug=f"circleci/{org.upper()}/{project}"), watched) == short
    other = "1a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    assert match_project(ProjectRef(id="", slug=f"circleci/{other}/{project}"), watched) is None
