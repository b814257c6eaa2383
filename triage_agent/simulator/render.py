"""JSON bodies of the CircleCI API (v2 and v1.1) rendered from the simulator's live records.

Shapes follow the live API where it differs from the OpenAPI document (sources in
../shared/circleci/recorded/README.md): workflow and job list timestamps have no milliseconds,
approval and not-yet-started jobs have `started_at: null` and no `job_number`, v1.1 branch keys
are URL-encoded, a v1.1 action without output has no `output_url` key at all, collaborations say
`vcs_type` (WKL 2025), v1.1 projects say `following` and carry no `slug` (ROP 2020), scheduled
pipelines have `trigger.type: "schedule"` with a null actor avatar and no commit (ROP 2020), and
GitHub App / GitLab pipelines carry `trigger_parameters` instead of `vcs` (webhooks of ZUL and
PDR; the Airbyte schema inferred from a `circleci`-type org).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from triage_agent.simulator.model import (
    FAILED_JOB_STATUSES,
    FINISHED_JOB_STATUSES,
    Job,
    Org,
    Pipeline,
    Project,
    TestSpec,
    Workflow,
)
from triage_agent.simulator.steps import MAX_OUTPUT_CHARS, Action, build_actions

_PROVIDERS = {"gh": "GitHub", "bb": "Bitbucket", "circleci": "CircleCI"}
_TEST_SOURCES = {"python": "pytest", "node": "jest", "go": "go-test", "terraform": "tflint"}
_PASSING_NAMES = (
    "test_health_check",
    "test_create_returns_201",
    "test_list_is_paginated",
    "test_rejects_missing_token",
    "test_handles_empty_body",
    "test_updates_timestamp",
    "test_delete_is_idempotent",
    "test_serializes_decimal",
    "test_retries_on_conflict",
    "test_filters_by_status",
)


def ts(epoch: float | None, *, millis: bool = True) -> str | None:
    """CircleCI's timestamp format: `2024-05-01T12:00:00.123Z` (or without milliseconds)."""
    if epoch is None:
        return None
    dt = datetime.fromtimestamp(epoch, UTC)
    if millis:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def me(user_id: str, login: str, name: str, avatar_url: str | None) -> dict[str, Any]:
    """`GET /me` (without `avatar_url` when None, as in the 2020 ROP capture)."""
    out: dict[str, Any] = {"name": name, "login": login, "id": user_id}
    if avatar_url is not None:
        out["avatar_url"] = avatar_url
    return out


def collaboration(org: Org) -> dict[str, Any]:
    """One item of `GET /me/collaborations`: the live key is `vcs_type` (WKL 2025 capture), not
    the spec's `vcs-type`."""
    return {
        "vcs_type": org.vcs_type,
        "slug": org.slug,
        "name": org.name,
        "id": org.id,
        "avatar_url": org.avatar_url,
    }


def project_info(project: Project) -> dict[str, Any]:
    """`GET /project/{slug}`."""
    return {
        "slug": project.slug,
        "name": project.name,
        "id": project.id,
        "organization_name": project.org.name,
        "organization_slug": project.org.slug,
        "organization_id": project.org.id,
        "vcs_info": {
            "vcs_url": project.vcs_url,
            "provider": _PROVIDERS.get(project.vcs, "GitHub"),
            "default_branch": project.default_branch,
        },
    }


def pipeline(p: Pipeline, updated: float | None = None) -> dict[str, Any]:
    """A pipeline item (`GET /pipeline`, `/project/{slug}/pipeline`, `/pipeline/{id}`)."""
    project = p.project
    scheduled = p.trigger_type == "schedule"
    vcs: dict[str, Any] = {
        "origin_repository_url": project.repo_url,
        "target_repository_url": project.repo_url,
        "revision": p.revision,
        "provider_name": _PROVIDERS.get(project.vcs, "GitHub"),
    }
    if not scheduled:  # scheduled pipelines had no vcs.commit (ROP 2020)
        vcs["commit"] = {"body": p.body, "subject": p.subject}
    if p.tag is not None:
        vcs["tag"] = p.tag
    else:
        vcs["branch"] = p.branch
    actor = ({"login": "Scheduled", "avatar_url": None} if scheduled
             else {"login": p.actor_login, "avatar_url": p.actor_avatar})
    out: dict[str, Any] = {
        "id": p.id,
        "errors": list(p.errors),
        "project_slug": project.slug,
        "updated_at": ts(updated if updated is not None else p.created),
        "number": p.number,
        "state": "errored" if p.errors else "created",
        "created_at": ts(p.created),
        "trigger": {
            "received_at": ts(p.created - 0.185),
            "type": p.trigger_type,
            "actor": actor,
        },
        "vcs": vcs,
    }
    if project.vcs == "circleci":
        # GitHub App / GitLab pipelines: trigger_parameters, and no vcs.
        del out["vcs"]
        out["trigger_parameters"] = _circleci_trigger_parameters(p)
        return out
    if p.trigger_type == "webhook":
        out["trigger_parameters"] = {
            "circleci": {
                "event_type": "push",
                "trigger_type": "github_app",
                "actor_id": p.actor_login,
            },
            "git": {
                "branch": p.branch or "",
                "checkout_sha": p.revision,
                "ref": f"refs/heads/{p.branch}" if p.branch else f"refs/tags/{p.tag}",
                "repo_name": project.name,
                "repo_owner": project.org.name,
                "repo_url": project.vcs_url,
            },
        }
    return out


def _circleci_trigger_parameters(p: Pipeline) -> dict[str, Any]:
    """`trigger_parameters` of a circleci/ project's pipeline: `circleci`, `git` and the
    integration's own key (`github_app`, `gitlab`, ...), keys as in the recorded webhooks."""
    project = p.project
    provider = project.org.provider or "github_app"
    ref = f"refs/heads/{p.branch}" if p.branch else f"refs/tags/{p.tag}"
    native: dict[str, Any] = {
        "branch": p.branch or "",
        "commit_sha": p.revision,
        "commit_title": p.subject or "",
        "ref": ref,
        "repo_name": project.name,
        "repo_url": project.repo_url,
        "user_username": p.actor_login,
    }
    if provider == "gitlab":
        native.update({"checkout_sha": p.revision, "type": "push", "default_branch": project.default_branch})
    return {
        "circleci": {
            "event_type": "push",
            "trigger_type": provider,
            "actor_id": p.actor_login,
            "event_time": ts(p.created - 0.185),
        },
        "git": {
            "branch": p.branch or "",
            "tag": p.tag or "",
            "checkout_sha": p.revision,
            "ref": ref,
            "repo_name": project.name,
            "repo_owner": project.org.name,
            "repo_url": project.repo_url,
            "commit_message": p.subject or "",
        },
        provider: native,
    }


def private_followed_project(project: Project) -> dict[str, Any]:
    """An item of the undocumented `GET /api/private/me/followed-projects` (mcp-server-circleci
    issue #70 excerpt: `default_branch` null, `id`, `name`, `organization_id`,
    `organization_name`, `slug`; the MCP server's schema also reads `vcs_type`)."""
    return {
        "default_branch": None,
        "id": project.id,
        "name": project.name,
        "organization_id": project.org.id,
        "organization_name": project.org.name,
        "slug": project.slug,
        "vcs_type": project.org.vcs_type,
    }


def workflow(wf: Workflow) -> dict[str, Any]:
    """A workflow (`GET /workflow/{id}`, items of `/pipeline/{id}/workflow`)."""
    out: dict[str, Any] = {
        "pipeline_id": wf.pipeline.id,
        "id": wf.id,
        "name": wf.name,
        "project_slug": wf.pipeline.project.slug,
        "status": wf.status,
        "started_by": wf.started_by,
        "pipeline_number": wf.pipeline.number,
        "created_at": ts(wf.created, millis=False),
        "stopped_at": ts(wf.stopped, millis=False),
    }
    if wf.tag is not None:
        out["tag"] = wf.tag
    if wf.auto_rerun_number is not None:
        out["auto_rerun_number"] = wf.auto_rerun_number
    if wf.max_auto_reruns is not None:
        out["max_auto_reruns"] = wf.max_auto_reruns
    if wf.status == "canceled":
        out["canceled_by"] = wf.canceled_by or wf.started_by
    if wf.status == "error":
        out["errored_by"] = wf.started_by
    return out


def workflow_job(job: Job, wf: Workflow, approver: str) -> dict[str, Any]:
    """An item of `GET /workflow/{id}/job`; dependencies are job ids within that workflow."""
    deps = []
    for name in job.requires:
        upstream = wf.job_named(name)
        if upstream is not None:
            deps.append(upstream.id)
    out: dict[str, Any] = {"dependencies": deps}
    if job.number is not None:
        out["job_number"] = job.number
    out.update(
        {
            "id": job.id,
            # The live API sends null here for approval jobs and jobs that never started,
            # although the OpenAPI document marks started_at as a required string.
            "started_at": ts(job.started, millis=False),
            "name": job.name,
            "project_slug": job.project.slug,
            "status": job.status,
            "type": job.type,
        }
    )
    if job.stopped is not None and job.type == "build":
        out["stopped_at"] = ts(job.stopped, millis=False)
    if job.type == "approval":
        out["approval_request_id"] = job.id
        if job.status == "success":
            out["approved_by"] = approver
    return out


def job_details(job: Job, *, project_id: bool = True) -> dict[str, Any]:
    """`GET /project/{slug}/job/{number}` (`project.id` left out when asked: 2020-21 captures)."""
    project = job.project
    duration = None
    if job.started is not None and job.stopped is not None:
        duration = int(round((job.stopped - job.started) * 1000))
    project_part: dict[str, Any] = {
        "slug": project.slug,
        "name": project.name,
        "external_url": project.repo_url,
    }
    if project_id:
        project_part = {"id": project.id, **project_part}
    return {
        "web_url": f"https://circleci.com/{project.slug}/{job.number}",
        "project": project_part,
        "parallel_runs": [
            {"index": i, "status": _node_status(job, i)} for i in range(max(1, job.parallelism))
        ],
        "started_at": ts(job.started),
        "latest_workflow": {"id": job.workflow.id, "name": job.workflow.name},
        "name": job.name,
        "executor": {"resource_class": job.resource_class, "type": job.executor},
        "parallelism": max(1, job.parallelism),
        "status": job.status,
        "number": job.number,
        "pipeline": {"id": job.workflow.pipeline.id},
        "duration": duration,
        "created_at": ts(job.created),
        "messages": [dict(m) for m in job.messages],
        "contexts": [{"name": c} for c in job.contexts],
        "organization": {"name": project.org.name},
        "queued_at": ts(job.queued if job.queued is not None else job.created),
        "stopped_at": ts(job.stopped),
    }


def _node_status(job: Job, node: int) -> str:
    if job.status in FAILED_JOB_STATUSES and node != job.failing_node % max(1, job.parallelism):
        return "success"
    return job.status


def tests_of(job: Job) -> list[TestSpec]:
    """The job's test results: the scripted ones plus generated passing ones (the API lists both)."""
    results = list(job.tests)
    if job.passing_tests:
        base = job.tests[0] if job.tests else None
        classname = (
            base.classname
            if base and base.classname
            else f"tests.test_{job.name.replace('-', '_')}"
        )
        for i in range(job.passing_tests):
            name = _PASSING_NAMES[i % len(_PASSING_NAMES)]
            if i >= len(_PASSING_NAMES):
                name = f"{name}_{i // len(_PASSING_NAMES)}"
            results.append(TestSpec(name, classname, "success", None))
        if job.failed_tests_last:
            results = results[len(job.tests):] + results[: len(job.tests)]
    return results


def test_result(t: TestSpec, job: Job, i: int) -> dict[str, Any]:
    """An item of `GET /project/{slug}/{number}/tests`."""
    file = t.file
    if file is None:
        file = t.classname.replace(".", "/") + ".py" if job.project.language == "python" else ""
    run_time = t.run_time if t.run_time is not None else round(0.01 + ((i * 37) % 113) / 100.0, 3)
    return {
        "message": t.message if t.result != "success" else None,
        "source": t.source or _TEST_SOURCES.get(job.project.language, "unknown"),
        "run_time": run_time,
        "file": file,
        "result": t.result,
        "name": t.name,
        "classname": t.classname,
    }


def flaky_tests(project: Project, style: str, now: float) -> dict[str, Any]:
    """`GET /insights/{slug}/flaky-tests` with snake_case (live API) or kebab-case (spec) keys."""
    items = []
    for f in project.flaky_tests:
        wf_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{project.slug}/{f.test_name}"))
        item = {
            "time_wasted": f.time_wasted,
            "workflow_created_at": ts(now - 2 * 86400),
            "workflow_id": wf_id,
            "classname": f.classname,
            "pipeline_number": f.pipeline_number or max(1, project.next_pipeline_number - 1),
            "workflow_name": f.workflow_name,
            "test_name": f.test_name,
            "job_name": f.job_name,
            "job_number": f.job_number or max(1, project.next_job_number - 1),
            "times_flaked": f.times_flaked,
            "source": f.source or _TEST_SOURCES.get(project.language, "unknown"),
            "file": f.file,
        }
        items.append(item)
    total = len({f.test_name for f in project.flaky_tests})
    body: dict[str, Any] = {"flaky_tests": items, "total_flaky_tests": total}
    if style == "kebab":
        body = {
            "flaky-tests": [{k.replace("_", "-"): v for k, v in i.items()} for i in items],
            "total-flaky-tests": total,
        }
    return body


def v1_project(project: Project, latest_by_branch: dict[str, Pipeline], *, slug: bool = False) -> dict[str, Any]:
    """An item of `GET /api/v1.1/projects`: `following` (ROP 2020; 2016 bodies said `followed`),
    URL-encoded branch and workflow-name keys, and no top-level `slug` unless asked.

    For a circleci/ project `vcs_url` is `//circleci.com/<org UUID>/<project UUID>` (the form
    v1.1 `/me` and v2 use for them; unverified on `/projects` itself), `vcs_type` "circleci",
    and `username`/`reponame` the org and project names (assumption).
    """
    branches: dict[str, Any] = {}
    for branch, p in latest_by_branch.items():
        latest: dict[str, Any] = {}
        for wf in sorted(p.workflows, key=lambda w: w.key):
            latest[quote(wf.name, safe="")] = {"status": wf.status, "created_at": ts(wf.created), "id": wf.id}
        branches[quote(branch, safe="")] = {
            "pusher_logins": [p.actor_login],
            "is_using_workflows": True,
            "latest_workflows": latest,
        }
    out: dict[str, Any] = {
        "branches": branches,
        "default_branch": project.default_branch,
        "following": project.followed,
        "has_usable_key": True,
        "language": project.language,
        "oss": False,
        "parallel": 1,
        "reponame": project.name,
        "username": project.org.name,
        "vcs_type": project.org.vcs_type,
        "vcs_url": project.vcs_url,
    }
    if slug:
        out["slug"] = project.slug
    return out


def _log_len(job: Job) -> int:
    log = job.log() if callable(job.log) else job.log
    return len(log or "")


def v1_job(
    job: Job, output_url: Callable[[Job, Action], str], user: dict[str, Any]
) -> dict[str, Any]:
    """`GET /api/v1.1/project/{vcs}/{org}/{repo}/{number}`: job details with `steps[].actions[]`."""
    project = job.project
    p = job.workflow.pipeline
    steps = []
    for name, actions in build_actions(job):
        rendered = []
        for a in actions:
            item: dict[str, Any] = {
                "truncated": a.output_kind == "log" and _log_len(job) > MAX_OUTPUT_CHARS,
                "index": a.index,
                "parallel": job.parallelism > 1,
                "failed": a.failed,
                "infrastructure_fail": a.infrastructure_fail,
                "name": a.name,
                "bash_command": a.bash_command,
                "status": a.status,
                "timedout": a.timedout,
                "continue": None,
                "end_time": ts(a.end),
                "type": "test",
                "allocation_id": f"{job.id[:24]}-{a.index}-build/{job.id[-8:].upper()}",
                "start_time": ts(a.start),
                "background": False,
                "exit_code": a.exit_code,
                "insignificant": False,
                "canceled": None,
                "step": a.step,
                "run_time_millis": int((a.end - a.start) * 1000) if a.end and a.start else None,
                "has_output": a.has_output,
            }
            if a.has_output:
                item["output_url"] = output_url(job, a)
            rendered.append(item)
        steps.append({"name": name, "actions": rendered})
    finished = job.status in FINISHED_JOB_STATUSES
    upstream = [job.workflow.job_named(r) for r in job.requires]
    return {
        "build_num": job.number,
        "build_url": f"https://circleci.com/{project.slug}/{job.number}",
        "vcs_url": project.vcs_url,
        "username": project.org.name,
        "reponame": project.name,
        "vcs_type": project.org.vcs_type,
        "branch": p.branch,
        "vcs_tag": p.tag,
        "vcs_revision": p.revision,
        "subject": p.subject,
        "body": p.body,
        "committer_name": p.actor_login,
        "why": "github",
        "status": job.status,
        "outcome": job.status if finished else None,
        "lifecycle": "finished"
        if finished
        else ("queued" if job.status == "queued" else "running"),
        "failed": job.status in FAILED_JOB_STATUSES,
        "timedout": job.status == "timedout",
        "infrastructure_fail": job.status == "infrastructure_fail",
        "queued_at": ts(job.queued),
        "start_time": ts(job.started),
        "stop_time": ts(job.stopped),
        "build_time_millis": (
            int((job.stopped - job.started) * 1000) if job.stopped and job.started else None
        ),
        "parallel": max(1, job.parallelism),
        "platform": "2.0",
        "job_name": None,
        "retry_of": job.retry_of,
        "fail_reason": None,
        "messages": [dict(m) for m in job.messages],
        "user": user,
        "workflows": {
            "job_name": job.name,
            "job_id": job.id,
            "workflow_id": job.workflow.id,
            "workspace_id": job.workflow.id,
            "upstream_job_ids": [u.id for u in upstream if u is not None],
            "upstream_concurrency_map": {},
            "workflow_name": job.workflow.name,
        },
        "picard": {
            "resource_class": {"class": job.resource_class},
            "executor": job.executor,
        },
        "steps": steps,
    }
