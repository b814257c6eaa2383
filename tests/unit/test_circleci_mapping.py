"""The CircleCI provider's mapping onto the neutral records: every workflow and job status of the
OpenAPI spec, the automatic-rerun counters, and "a rerun is a new workflow of the same name"."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from shared_data import shared_file

from triage_agent.core.ci import JobFailure, RunFamily, RunState, WorkflowRun
from triage_agent.ports import CIProvider, FlakyTestSource, FollowedFallback, WebhookSource
from triage_agent.providers import PROVIDERS, build, provider_module
from triage_agent.providers.circleci.client import CircleCIClient
from triage_agent.providers.circleci.parse import Job, Workflow
from triage_agent.providers.circleci.provider import (
    JOB_FAILURES,
    WORKFLOW_STATES,
    CircleCIProvider,
    job_failure,
    run_state,
    workflow_run,
)

# What every workflow status means, and the sets the code used before the neutral states
# existed (terminal; failed, i.e. has failed jobs to collect; rerunnable; superseding a failure).
WORKFLOW_TABLE = {
    # status:       (state,                    terminal, has_failures, rerunnable, alive)
    "success": (RunState.SUCCEEDED, True, False, False, True),
    "running": (RunState.RUNNING, False, False, False, True),
    "not_run": (RunState.SKIPPED, True, False, False, False),
    "failed": (RunState.FAILED, True, True, True, False),
    "error": (RunState.ERRORED, True, True, False, False),
    "failing": (RunState.RUNNING_FAILED, False, True, False, True),
    "on_hold": (RunState.HELD, False, False, False, True),
    "canceled": (RunState.CANCELED, True, False, False, False),
    "unauthorized": (RunState.REFUSED, True, False, False, False),
}
JOB_TABLE = {
    "success": None, "running": None, "not_run": None, "failed": JobFailure.FAILED, "retried": None,
    "queued": None, "not_running": None, "infrastructure_fail": JobFailure.INFRASTRUCTURE,
    "timedout": JobFailure.TIMED_OUT, "on_hold": None, "terminated-unknown": JobFailure.TERMINATED,
    "blocked": None, "canceled": None, "unauthorized": None,
}


def _enum(spec: dict, path: str, *keys: str) -> list[str]:
    node = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    for key in keys:
        node = node[key]
    return node["enum"]


@pytest.fixture(scope="module")
def spec():
    return json.loads(shared_file("circleci", "openapi-v2.json").read_text())


def test_the_tables_cover_every_status_of_the_spec(spec):
    workflow = set(_enum(spec, "/workflow/{id}", "properties", "status"))
    listed = set(_enum(spec, "/pipeline/{pipeline-id}/workflow", "properties", "items", "items", "properties", "status"))
    jobs = set(_enum(spec, "/workflow/{id}/job", "properties", "items", "items", "properties", "status"))
    job_details = set(_enum(spec, "/project/{project-slug}/job/{job-number}", "properties", "status"))
    assert workflow == listed == set(WORKFLOW_TABLE) == set(WORKFLOW_STATES)
    assert jobs == job_details == set(JOB_TABLE)
    assert set(JOB_FAILURES) == {s for s, f in JOB_TABLE.items() if f is not None}


@pytest.mark.parametrize("status", sorted(WORKFLOW_TABLE))
def test_workflow_status(status):
    state, terminal, has_failures, rerunnable, alive = WORKFLOW_TABLE[status]
    got = run_state(status)
    assert got is state
    assert (got.terminal, got.has_failures, got.rerunnable, got.alive) == (terminal, has_failures, rerunnable, alive)


@pytest.mark.parametrize("status", ["", None, "paused", "SUCCESS"])
def test_a_status_nobody_knows_concludes_nothing(status):
    got = run_state(status)
    assert got is RunState.UNKNOWN
    assert not (got.terminal or got.has_failures or got.rerunnable)


@pytest.mark.parametrize("status", sorted(JOB_TABLE))
@pytest.mark.parametrize("kind", ["build", "approval"])
def test_job_status(status, kind):
    job = Job(id="j", name="test", status=status, type=kind, job_number=7)
    expected = JOB_TABLE[status] if kind == "build" else None
    assert job_failure(job) == expected
    if expected is not None:
        # The stored job_status word stays CircleCI's (the case format's vocabulary).
        assert str(expected) == status


def _wf(id: str, name: str = "build", status: str = "failed", created: str = "2025-03-04T10:00:00Z",
        **kw) -> WorkflowRun:
    return workflow_run(Workflow(id=id, name=name, status=status, pipeline_id="p", pipeline_number=3,
                                 project_slug="gh/a/b", created_at=created, **kw))


def test_workflow_fields_and_counters_map_onto_the_run():
    run = _wf("w1", status="failed", stopped_at="2025-03-04T10:05:00Z", auto_rerun_number=1, max_auto_reruns=3,
              tag="setup")
    assert (run.state, run.status, run.auto_reruns_done, run.auto_reruns_allowed) == (RunState.FAILED, "failed", 1, 3)
    assert run.setup and run.tag == "setup" and run.automatic_rerun
    plain = _wf("w2", auto_rerun_number=0, max_auto_reruns=3)
    assert not plain.setup and not plain.automatic_rerun


@pytest.fixture
def provider():
    p = CircleCIProvider(CircleCIClient("http://127.0.0.1:9", "unused"))
    yield p
    p.close()


def test_it_is_a_provider_with_every_optional_capability(provider):
    assert isinstance(provider, CIProvider)
    assert isinstance(provider, FlakyTestSource | FollowedFallback | WebhookSource)
    assert all(isinstance(provider, cap) for cap in (FlakyTestSource, FollowedFallback, WebhookSource))
    assert repr(provider) == "CircleCIProvider('http://127.0.0.1:9')"


def test_a_rerun_is_a_newer_workflow_of_the_same_name(provider):
    first = _wf("a1", created="2025-03-04T10:00:00Z")
    other = _wf("b1", name="deploy", created="2025-03-04T10:00:01Z")
    second = _wf("a2", created="2025-03-04T10:20:00Z")
    third = _wf("a3", created="2025-03-04T10:40:00Z")
    runs = [third, other, first, second]
    assert [(e.id, later.id) for e, later in provider.rerun_links(runs)] == [("a1", "a2"), ("a2", "a3")]
    # The first newer one in the pipeline's listing is named (any one proves the rerun happened).
    assert provider.run_family(first, runs) == RunFamily(newer=third, is_rerun=False)
    assert provider.run_family(first, [first, second, third]).newer == second
    assert provider.run_family(second, runs).newer == third  # a newer one ends the look: reason enough
    assert provider.run_family(second, [first, second, third]) == RunFamily(newer=third, is_rerun=True)
    assert provider.run_family(third, runs) == RunFamily(newer=None, is_rerun=True)
    assert provider.run_family(other, runs) == RunFamily()
    # A sibling whose time cannot be read may be newer: taken as a rerun already made.
    undated = _wf("a9", created="not a time")
    assert provider.run_family(first, [first, undated]).newer == undated


def test_the_marker_and_finding_our_rerun(provider):
    original = _wf("a1", created="2025-03-04T10:00:00Z")
    by_hand = _wf("a2", created="2025-03-04T10:10:00Z")
    before = [original, by_hand, _wf("b1", name="deploy")]
    known = provider.rerun_marker(original, before)
    assert known == ["a1", "a2"]
    ours = _wf("a3", created="2025-03-04T10:30:00Z")
    later = _wf("a4", created="2025-03-04T10:50:00Z")
    now = [*before, later, ours]
    assert provider.find_rerun(original, now, known=known) == ours
    assert provider.find_rerun(original, before, known=known) is None
    # Without a marker (rows of older versions): created after it was sent, less a minute of skew.
    sent = datetime(2025, 3, 4, 10, 30, 30, tzinfo=UTC)
    assert provider.find_rerun(original, now, known=None, sent_after=sent) == ours
    assert provider.find_rerun(original, now, known=None, sent_after=None) is None


def test_the_registry_builds_it_by_name_and_knows_nothing_else():
    assert PROVIDERS == {"circleci": "triage_agent.providers.circleci.provider:from_config"}
    assert provider_module("circleci").CircleCIProvider is CircleCIProvider
    with pytest.raises(ValueError, match="unknown CI provider 'gitlab'"):
        build("gitlab", None)
