"""CircleCI's answers as typed values: the DTOs of its API and the pure parsers that build them.

No I/O. Each parser takes a decoded JSON body (or item) and the endpoint it came from (named
in errors), and raises ``BadResponse`` for a shape no reading can make sense of; a list answer
skips one malformed item with a warning rather than rejecting the rest. Where the recorded
live bodies and the OpenAPI spec disagree (key styles, missing fields) both are read; see
``../shared/circleci/recorded/README.md``.

Projects, pipelines, project identities, the token's user and flaky tests are parsed straight
into the neutral records of ``core.ci``; workflows, jobs, tests and steps keep CircleCI's own
shape here and are mapped by ``provider.py``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ...core.ci import FlakyTestStat, FollowedProject, Pipeline, ProjectInfo, User
from ...errors import BadResponse
from .slugs import slug_from_circleci_vcs_url

log = logging.getLogger(__name__)

__all__ = ["FlakyTestStat", "FollowedProject", "Pipeline", "ProjectInfo", "User"]


# --------------------------------------------------------------------------- typed results


@dataclass(frozen=True)
class Collaboration:
    id: str
    slug: str
    name: str
    vcs_type: str


@dataclass(frozen=True)
class Workflow:
    id: str
    name: str
    status: str
    pipeline_id: str
    pipeline_number: int
    project_slug: str
    created_at: str
    stopped_at: str | None = None
    auto_rerun_number: int | None = None
    max_auto_reruns: int | None = None
    tag: str | None = None


@dataclass(frozen=True)
class Job:
    id: str
    name: str
    status: str
    type: str
    job_number: int | None = None
    started_at: str | None = None
    stopped_at: str | None = None


@dataclass(frozen=True)
class TestResult:
    name: str
    classname: str
    result: str
    message: str
    file: str
    source: str
    run_time: float | None


@dataclass(frozen=True)
class StepAction:
    step_name: str
    index: int
    status: str
    failed: bool
    exit_code: int | None
    has_output: bool
    output_url: str | None
    timedout: bool = False
    infrastructure_fail: bool = False
    run_time_millis: int | None = None


@dataclass(frozen=True)
class OutputLine:
    message: str
    type: str = "out"
    truncated: bool = False


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_page_token: str | None


# --------------------------------------------------------------------------- shape helpers


def _obj(data: Any, endpoint: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise BadResponse(f"{endpoint}: expected a JSON object, got {type(data).__name__}", endpoint=endpoint)
    return data


def _req_str(item: Mapping[str, Any], key: str, endpoint: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise BadResponse(f"{endpoint}: item lacks a string {key!r}", endpoint=endpoint)
    return value


def _opt_str(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else ""


def _opt_int(item: Mapping[str, Any], key: str) -> int | None:
    value = item.get(key)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _page(data: Any, endpoint: str) -> tuple[list[dict[str, Any]], str | None]:
    body = _obj(data, endpoint)
    items = body.get("items")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise BadResponse(f"{endpoint}: 'items' is not a list of objects", endpoint=endpoint)
    token = body.get("next_page_token")
    if token is not None and not isinstance(token, str):
        raise BadResponse(f"{endpoint}: 'next_page_token' is not a string", endpoint=endpoint)
    return items, token or None


def parse_items(items: list[Any], parse: Callable[[Mapping[str, Any], str], Any], endpoint: str) -> list[Any]:
    """Parse each item of a list answer; one malformed item is skipped with a warning instead of
    rejecting the whole answer (the rest is still true)."""
    out, bad = [], 0
    for item in items:
        try:
            if not isinstance(item, dict):
                raise BadResponse(f"{endpoint}: item is not an object", endpoint=endpoint)
            out.append(parse(item, endpoint))
        except BadResponse as exc:
            bad += 1
            if bad == 1:
                log.warning("%s; skipped that item", exc)
    if bad > 1:
        log.warning("%s: skipped %d malformed items in all", endpoint, bad)
    return out


def parse_list(data: Any, parse: Callable[[Mapping[str, Any], str], Any], endpoint: str) -> list[Any]:
    """A list answer that is a bare JSON array (no pages), its items read by ``parse_items``."""
    if not isinstance(data, list):
        raise BadResponse(f"{endpoint}: expected a JSON array", endpoint=endpoint)
    return parse_items(data, parse, endpoint)


def _dict(item: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = item.get(key)
    return value if isinstance(value, dict) else {}


def parse_pipeline(item: Mapping[str, Any], endpoint: str = "pipeline") -> Pipeline:
    """A pipeline item. GitHub App and GitLab pipelines carry ``trigger_parameters`` (git,
    github_app/gitlab, circleci) where GitHub OAuth ones carry ``vcs``: read both."""
    number = _opt_int(item, "number")
    if number is None:
        raise BadResponse(f"{endpoint}: pipeline lacks a number", endpoint=endpoint)
    vcs = _dict(item, "vcs")
    commit = _dict(vcs, "commit")
    trigger = _dict(item, "trigger")
    actor = _dict(trigger, "actor")
    errors = item.get("errors") if isinstance(item.get("errors"), list) else []
    params = _dict(item, "trigger_parameters")
    git = _dict(params, "git")
    provider = next((k for k in params if k not in ("git", "circleci", "webhook", "event")), "")
    native = _dict(params, provider) if provider else {}
    branch = (_opt_str(vcs, "branch") or _opt_str(vcs, "tag") or _opt_str(git, "branch")
              or _opt_str(git, "tag") or _opt_str(native, "branch"))
    revision = _opt_str(vcs, "revision") or _opt_str(git, "checkout_sha") or _opt_str(native, "checkout_sha")
    subject = _opt_str(commit, "subject") or _opt_str(git, "commit_title") or _opt_str(native, "commit_title")
    return Pipeline(
        id=_req_str(item, "id", endpoint),
        number=number,
        project_slug=_req_str(item, "project_slug", endpoint),
        state=_opt_str(item, "state"),
        created_at=_req_str(item, "created_at", endpoint),
        branch=branch,
        revision=revision,
        commit_subject=subject,
        trigger_type=_opt_str(trigger, "type"),
        actor=_opt_str(actor, "login"),
        errors=tuple(_opt_str(e, "message") for e in errors if isinstance(e, dict)),
        updated_at=_opt_str(item, "updated_at"),
        provider=provider,
    )


def parse_workflow(item: Mapping[str, Any], endpoint: str = "workflow") -> Workflow:
    """A workflow item; a missing or null ``status`` reads as "" (not terminal, so nothing is
    concluded from it) rather than rejecting the answer."""
    number = _opt_int(item, "pipeline_number")
    return Workflow(
        id=_req_str(item, "id", endpoint),
        name=_req_str(item, "name", endpoint),
        status=_opt_str(item, "status"),
        pipeline_id=_req_str(item, "pipeline_id", endpoint),
        pipeline_number=number if number is not None else 0,
        project_slug=_req_str(item, "project_slug", endpoint),
        created_at=_req_str(item, "created_at", endpoint),
        stopped_at=item.get("stopped_at") if isinstance(item.get("stopped_at"), str) else None,
        auto_rerun_number=_opt_int(item, "auto_rerun_number"),
        max_auto_reruns=_opt_int(item, "max_auto_reruns"),
        tag=item.get("tag") if isinstance(item.get("tag"), str) else None,
    )


def parse_job(item: Mapping[str, Any], endpoint: str = "job") -> Job:
    return Job(
        id=_req_str(item, "id", endpoint),
        name=_req_str(item, "name", endpoint),
        status=_req_str(item, "status", endpoint),
        type=_opt_str(item, "type") or "build",
        job_number=_opt_int(item, "job_number"),
        started_at=item.get("started_at") if isinstance(item.get("started_at"), str) else None,
        stopped_at=item.get("stopped_at") if isinstance(item.get("stopped_at"), str) else None,
    )


def parse_test(item: Mapping[str, Any], endpoint: str = "tests") -> TestResult:
    run_time = item.get("run_time")
    return TestResult(
        name=_opt_str(item, "name"),
        classname=_opt_str(item, "classname"),
        result=_opt_str(item, "result"),
        message=_opt_str(item, "message"),
        file=_opt_str(item, "file"),
        source=_opt_str(item, "source"),
        run_time=float(run_time) if isinstance(run_time, int | float) and not isinstance(run_time, bool) else None,
    )


def parse_flaky_tests(data: Any, endpoint: str = "flaky-tests") -> list[FlakyTestStat]:
    """Parse Insights flaky tests in either key style: the spec's kebab-case or the live snake_case."""
    body = _obj(data, endpoint)
    items = body.get("flaky_tests", body.get("flaky-tests"))
    if not isinstance(items, list):
        raise BadResponse(f"{endpoint}: no flaky_tests / flaky-tests list", endpoint=endpoint)

    def get(item: Mapping[str, Any], snake: str) -> Any:
        return item.get(snake, item.get(snake.replace("_", "-")))

    out = []
    skipped = 0
    for item in items:
        # One entry without a name says nothing about the others: skip it, keep the list.
        name = get(item, "test_name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name:
            skipped += 1
            continue
        times = get(item, "times_flaked")
        wasted = get(item, "time_wasted")
        out.append(
            FlakyTestStat(
                test_name=name,
                classname=get(item, "classname") or "",
                times_flaked=int(times) if isinstance(times, int | float) else 0,
                job_name=get(item, "job_name") or "",
                file=get(item, "file") or "",
                time_wasted=int(wasted) if isinstance(wasted, int | float) else 0,
            )
        )
    if skipped:
        log.warning("%s: skipped %d flaky-test entr%s without a test name", endpoint, skipped,
                    "y" if skipped == 1 else "ies")
    return out


def parse_steps(data: Any, endpoint: str = "v1.1 job") -> list[StepAction]:
    """Flatten v1.1 job details into its step actions."""
    body = _obj(data, endpoint)
    steps = body.get("steps")
    if steps is None:
        return []
    if not isinstance(steps, list):
        raise BadResponse(f"{endpoint}: 'steps' is not a list", endpoint=endpoint)
    actions = []
    for step in steps:
        if not isinstance(step, dict) or not isinstance(step.get("actions", []), list):
            raise BadResponse(f"{endpoint}: malformed step", endpoint=endpoint)
        for action in step.get("actions", []):
            if not isinstance(action, dict):
                raise BadResponse(f"{endpoint}: malformed action", endpoint=endpoint)
            actions.append(
                StepAction(
                    step_name=_opt_str(action, "name") or _opt_str(step, "name"),
                    index=_opt_int(action, "index") or 0,
                    status=_opt_str(action, "status"),
                    failed=bool(action.get("failed")),
                    exit_code=_opt_int(action, "exit_code"),
                    has_output=bool(action.get("has_output")),
                    output_url=action.get("output_url") if isinstance(action.get("output_url"), str) else None,
                    timedout=bool(action.get("timedout")),
                    infrastructure_fail=bool(action.get("infrastructure_fail")),
                    run_time_millis=_opt_int(action, "run_time_millis"),
                )
            )
    return actions


def parse_output(data: Any, endpoint: str = "step output") -> list[OutputLine]:
    if not isinstance(data, list):
        raise BadResponse(f"{endpoint}: expected a JSON array", endpoint=endpoint)
    out = []
    for entry in data:
        if not isinstance(entry, dict):
            raise BadResponse(f"{endpoint}: output entry is not an object", endpoint=endpoint)
        out.append(
            OutputLine(
                message=_opt_str(entry, "message"),
                type=_opt_str(entry, "type") or "out",
                truncated=bool(entry.get("truncated")),
            )
        )
    return out


def slug_from_vcs_url(vcs_url: str, vcs_type: str = "") -> str:
    """The project slug from a v1.1 ``vcs_url``, or "" when it cannot be told without guessing.

    ``https://github.com/org/repo`` -> ``gh/org/repo``; ``https://bitbucket.org/o/r`` -> ``bb/o/r``;
    ``//circleci.com/<org UUID>/<project UUID>`` (GitHub App, GitLab, Bitbucket Data Center) ->
    ``circleci/<base58>/<base58>``. A GitHub Enterprise or other host is taken at its
    ``vcs_type`` (github/bitbucket) only; nothing is ever invented for ``vcs_type = "circleci"``.
    """
    circleci = slug_from_circleci_vcs_url(vcs_url)
    if circleci:
        return circleci
    if vcs_type.lower() == "circleci":
        return ""
    m = re.match(r"^(?:https?://)?(?:www\.)?([^/]+)/([^/]+)/([^/]+?)(?:\.git)?/?$", vcs_url or "")
    if not m:
        return ""
    host, org, repo = m.groups()
    if "bitbucket" in host or vcs_type.lower() == "bitbucket":
        prefix = "bb"
    elif "github" in host or vcs_type.lower() == "github":
        prefix = "gh"
    else:
        return ""
    return f"{prefix}/{org}/{repo}"


def parse_v1_project(item: Mapping[str, Any], endpoint: str = "v1.1 projects") -> FollowedProject:
    """One item of ``GET /api/v1.1/projects``.

    The slug comes from a top-level ``slug`` when present (CircleCI's own CLI reads one, though
    no captured body has it), else from ``vcs_url``, else for github/bitbucket items from
    ``username``/``reponame``; a ``circleci``-type item gets "" rather than an invented slug.
    ``following`` is the live key (2020 capture); 2016 bodies said ``followed``.
    """
    vcs_url = _opt_str(item, "vcs_url")
    vcs_type = _opt_str(item, "vcs_type")
    slug = _opt_str(item, "slug").strip("/") or slug_from_vcs_url(vcs_url, vcs_type)
    username, repo = _opt_str(item, "username"), _opt_str(item, "reponame")
    if not slug and username and repo and vcs_type.lower() in ("github", "bitbucket"):
        slug = f"{'gh' if vcs_type.lower() == 'github' else 'bb'}/{username}/{repo}"
    following = item.get("following", item.get("followed", True))
    return FollowedProject(
        slug=slug, vcs_url=vcs_url, followed=following if isinstance(following, bool) else True,
        default_branch=_opt_str(item, "default_branch"), vcs_type=vcs_type,
        name=_opt_str(item, "name") or repo, org_name=username, last_build_at=_last_build(item),
    )


def _last_build(item: Mapping[str, Any]) -> str:
    """The newest build time a v1.1 project item shows (branches' latest workflows and builds)."""
    newest = ""
    branches = item.get("branches")
    for branch in (branches.values() if isinstance(branches, dict) else ()):
        if not isinstance(branch, dict):
            continue
        stamps = [_opt_str(w, "created_at") for w in _dict(branch, "latest_workflows").values() if isinstance(w, dict)]
        for key in ("recent_builds", "running_builds"):
            runs = branch.get(key)
            stamps += [_opt_str(b, "added_at") for b in (runs if isinstance(runs, list) else []) if isinstance(b, dict)]
        for key in ("last_success", "last_non_success"):
            stamps.append(_opt_str(_dict(branch, key), "added_at"))
        newest = max([newest, *(s for s in stamps if s)])
    return newest


def parse_private_followed(item: Mapping[str, Any], endpoint: str = "private followed-projects") -> FollowedProject:
    """One item of the undocumented ``GET /api/private/me/followed-projects`` (the fallback)."""
    return FollowedProject(
        slug=_req_str(item, "slug", endpoint).strip("/"), vcs_url="", followed=True,
        default_branch=_opt_str(item, "default_branch"), vcs_type=_opt_str(item, "vcs_type"),
        name=_opt_str(item, "name"), project_id=_opt_str(item, "id"),
        org_name=_opt_str(item, "organization_name"),
    )


def parse_project(data: Any, endpoint: str = "project") -> ProjectInfo:
    """``GET /project/{slug}``: slug, ids and organization (``organization_id`` may be absent)."""
    body = _obj(data, endpoint)
    vcs = _dict(body, "vcs_info")
    slug = _req_str(body, "slug", endpoint)
    org_slug = _opt_str(body, "organization_slug") or "/".join(slug.split("/")[:2])
    return ProjectInfo(
        slug=slug, id=_opt_str(body, "id"), name=_opt_str(body, "name"), organization_slug=org_slug,
        organization_id=_opt_str(body, "organization_id"), organization_name=_opt_str(body, "organization_name"),
        provider=_opt_str(vcs, "provider"), vcs_url=_opt_str(vcs, "vcs_url"),
        default_branch=_opt_str(vcs, "default_branch"),
    )


def parse_collaboration(item: Mapping[str, Any], endpoint: str = "collaborations") -> Collaboration:
    """One organization; the live key is ``vcs_type`` (2025 capture), the spec says ``vcs-type``."""
    return Collaboration(
        id=_opt_str(item, "id"), slug=_req_str(item, "slug", endpoint), name=_opt_str(item, "name"),
        vcs_type=_opt_str(item, "vcs_type") or _opt_str(item, "vcs-type"),
    )
