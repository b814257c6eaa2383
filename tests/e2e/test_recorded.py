"""Conformance: every body CircleCI's live service was recorded sending parses with the client's
parsers, and the simulator answers the same endpoints in the same shape.

The bodies are in ../shared/circleci/recorded/ (provenance in its README); they stay there: these
tests read them in place and skip, saying why, where ../shared is absent. A file added there that
no entry below claims fails ``test_every_recorded_file_is_claimed``, so none is silently ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from shared_data import SHARED

from triage_agent.errors import AuthError, NotFound, RateLimited
from triage_agent.providers.circleci.client import (
    CircleCIClient,
    RetryPolicy,
    _page,
    exhausted_window_wait,
    low_budget_pause,
    parse_collaboration,
    parse_flaky_tests,
    parse_items,
    parse_job,
    parse_output,
    parse_pipeline,
    parse_project,
    parse_retry_after,
    parse_steps,
    parse_test,
    parse_v1_project,
    parse_workflow,
    raise_for_status,
)
from triage_agent.providers.circleci.provider import failing_actions
from triage_agent.providers.circleci.slugs import (
    b58encode_uuid,
    canonical_key,
    slug_from_circleci_vcs_url,
)
from triage_agent.simulator import Scenario, Simulator, flaky_test

RECORDED = SHARED / "circleci" / "recorded"
pytestmark = pytest.mark.skipif(
    not RECORDED.is_dir(),
    reason=f"{RECORDED} is absent: the recorded live bodies are kept outside the project, in ../shared "
           "(set TRIAGE_AGENT_SHARED to its location)")


def body(name: str) -> Any:
    return json.loads((RECORDED / name).read_text())


def headers(name: str) -> dict[str, str]:
    """A cassette's response headers, values joined (2016/17 cassettes keep lists, 2020 strings)."""
    raw = body(name)["headers"]
    return {k: ", ".join(v) if isinstance(v, list) else str(v) for k, v in raw.items()}


# --------------------------------------------------------------------------- shapes


def shape_gaps(live: Any, sim: Any, path: str = "$", *, maps: tuple[str, ...] = ()) -> list[str]:
    """Where the simulator's JSON differs in shape from a live body: a key the live body has that
    the simulator's lacks, or another JSON type. null on either side matches anything (both are
    seen live); lists compare their first items; ``maps`` are paths whose keys are data (branch
    names), compared by their values' shape only."""
    if live is None or sim is None:
        return []
    if isinstance(live, dict):
        if not isinstance(sim, dict):
            return [f"{path}: object live, {type(sim).__name__} in the simulator"]
        if path in maps:
            if live and sim:
                return shape_gaps(next(iter(live.values())), next(iter(sim.values())), path + ".*", maps=maps)
            return []
        gaps = []
        for key, value in live.items():
            if key not in sim:
                gaps.append(f"{path}.{key}: missing in the simulator")
            else:
                gaps += shape_gaps(value, sim[key], f"{path}.{key}", maps=maps)
        return gaps
    if isinstance(live, list):
        if not isinstance(sim, list):
            return [f"{path}: array live, {type(sim).__name__} in the simulator"]
        return shape_gaps(live[0], sim[0], path + "[]", maps=maps) if live and sim else []
    kinds = {bool: "boolean", int: "number", float: "number", str: "string"}
    if kinds.get(type(live)) != kinds.get(type(sim)):
        return [f"{path}: {kinds.get(type(live))} live, {kinds.get(type(sim))} in the simulator"]
    return []


def test_shape_gaps_sees_a_missing_key_and_a_changed_type():
    live = {"a": 1, "b": {"c": "x"}, "d": [{"e": True}], "f": None}
    assert shape_gaps(live, {"a": 2, "b": {"c": "y"}, "d": [{"e": False}], "f": 3}) == []
    assert shape_gaps(live, {"a": "2", "b": {}, "d": [{"e": 1}], "f": 3}) == [
        "$.a: number live, string in the simulator", "$.b.c: missing in the simulator",
        "$.d[].e: boolean live, number in the simulator"]


# --------------------------------------------------------------------------- the simulated world


@pytest.fixture(scope="module")
def world():
    """One simulator answering like the live service (2020-21 shapes where captures disagree)."""
    sc = Scenario(token="rec-token", seed=404, frozen_clock=True, omit_fields={"me.avatar_url", "job.project.id"},
                  hold_reruns=True, rerun_reply="accepted", rate_limit_per_minute=None)
    sc.add_project("gh/ropensci/circle", language="r", flaky_tests=[flaky_test("test_retry", classname="t")])
    app_project = sc.add_circleci_project("WhiteKnightLabs", "wkl-pro-st1")
    failed = sc.add_pipeline("gh/ropensci/circle", created_at=timedelta(hours=2), workflows=[sc.workflow(
        "build", jobs=[sc.job("r-release", status="failed", log="Error: boom\nExited with code exit status 1",
                              tests=[sc.test("test_x", classname="t", message="boom")])])])
    running = sc.add_pipeline("gh/ropensci/circle", created_at=timedelta(minutes=1), workflows=[sc.workflow(
        "build", jobs=[sc.job("r-release", status="running")])])
    approval = sc.add_pipeline("gh/ropensci/circle", created_at=timedelta(hours=1), workflows=[sc.workflow(
        "deploy", jobs=[sc.job("approve_prod", type="approval", status="success"),
                        sc.job("build_and_deploy_prod", requires=["approve_prod"])])])
    scheduled = sc.add_pipeline("gh/ropensci/circle", created_at=timedelta(hours=3), trigger_type="schedule",
                                workflows=[sc.workflow("nightly", jobs=[sc.job("build")])])
    sc.add_pipeline(app_project.slug, workflows=[sc.workflow("build", jobs=[sc.job("build")])])
    with Simulator(sc) as sim:
        http = httpx.Client(base_url=sim.base_url, headers={"Circle-Token": sim.token})
        yield {"sim": sim, "http": http, "failed": failed, "running": running, "approval": approval,
               "scheduled": scheduled, "app_project": app_project}
        http.close()


def get(world, path: str, **params: Any) -> Any:
    response = world["http"].get(path, params=params or None)
    assert response.status_code == 200, (path, response.text)
    return response.json()


# --------------------------------------------------------------------------- one check per file


def check_v1_projects(world) -> None:
    live = body("v1.1-projects.github-oauth.json")
    projects = [parse_v1_project(i) for i in live]
    assert all(re.fullmatch(r"gh/[^/]+/[^/]+", p.slug) and p.followed for p in projects)
    assert sum(bool(p.last_build_at) for p in projects) >= len(projects) - 1  # from the branch objects
    sim = get(world, "/api/v1.1/projects")
    assert "slug" not in live[0] and "slug" not in sim[0] and "followed" not in sim[0]
    assert any("%" in k for i in live for k in i["branches"])  # percent-encoded live
    assert shape_gaps(live[0], sim[0], maps=("$.branches",)) == [] or _only_branch_detail(live[0], sim[0])
    mine = next(i for i in sim if i["vcs_type"] == "circleci")
    assert parse_v1_project(mine).slug == world["app_project"].slug  # from //circleci.com/<UUID>/<UUID>


def _only_branch_detail(live: dict, sim: dict) -> bool:
    # Live branch objects differ from each other (some carry recent_builds, running_builds,
    # last_success...; others only latest_workflows): the simulator models the second kind.
    gaps = shape_gaps(live, sim, maps=("$.branches",))
    return all(g.startswith("$.branches.*.") for g in gaps)


def check_v1_projects_2016(world) -> None:
    projects = [parse_v1_project(i) for i in body("v1.1-projects.github-oauth.2016.json")]
    assert projects and all(p.slug.startswith("gh/") for p in projects)  # 2016 said "followed"


def check_v1_job(name: str) -> Callable[[Any], None]:
    def check(world) -> None:
        live = body(name)
        actions = parse_steps(live)
        assert actions and all(a.step_name for a in actions)
        if "failed" in name:
            # Live surprise: a failed job whose recorded steps hold no failed action (the failing
            # step is absent); the evidence then says "no failing step found".
            assert live["failed"] is True and failing_actions(actions) == []
            job = world["failed"].workflows[0].jobs[0]
            sim = get(world, f"/api/v1.1/project/github/ropensci/circle/{job.number}")
            live_action = next(a for s in live["steps"] for a in s["actions"])
            sim_action = next(a for s in sim["steps"] for a in s["actions"] if a.get("output_url"))
            assert shape_gaps(live_action, sim_action) == []
            for key in ("build_num", "vcs_url", "status", "workflows", "steps"):
                assert key in sim
    return check


def check_v1_tests(world) -> None:
    live = body("v1.1-project-job-tests.github-oauth.2017.json")
    tests = [parse_test(t) for t in live["tests"]]
    assert tests and all(t.name and t.result for t in tests)
    job = world["failed"].workflows[0].jobs[0]
    sim = get(world, f"/api/v2/project/gh/ropensci/circle/{job.number}/tests")
    # v2 items carry the same fields minus v1.1's source_type.
    assert shape_gaps({k: v for k, v in live["tests"][0].items() if k != "source_type"}, sim["items"][0]) == []


def check_step_output(world) -> None:
    live = body("v1.1-step-output.json")
    lines = parse_output(live)
    assert lines[-1].type == "err" and "Exited with code" in lines[-1].message
    job = world["failed"].workflows[0].jobs[0]
    steps = get(world, f"/api/v1.1/project/gh/ropensci/circle/{job.number}")["steps"]
    url = next(a["output_url"] for s in steps for a in s["actions"] if a.get("output_url"))
    sim = httpx.get(url).json()
    assert shape_gaps(live[0], sim[0]) == []


def check_follow(world) -> None:
    assert body("v1.1-project-follow.json")["following"] is True  # a write triage-agent never makes


def check_error(name: str, status: int, exc: type, sim_request: Callable[[Any], httpx.Response] | None) -> Callable:
    def check(world) -> None:
        path = RECORDED / name
        content_type = "text/html" if name.endswith(".html") else (
            "text/plain" if name.endswith(".txt") else "application/json")
        response = httpx.Response(status, content=path.read_bytes(), headers={"content-type": content_type})
        with pytest.raises(exc) as info:
            raise_for_status(response, "GET /x")
        assert "\n" not in str(info.value) and "<" not in str(info.value)
        if sim_request is not None:
            answer = sim_request(world)
            assert answer.status_code == status
            assert answer.headers["content-type"].split(";")[0] == content_type
            if content_type == "application/json":
                assert answer.json() == json.loads(path.read_text())  # same message, word for word
            elif content_type == "text/plain":
                assert answer.text.strip() == path.read_text().strip()
            else:
                assert "<title>" in answer.text
    return check


def check_headers(name: str) -> Callable:
    def check(world) -> None:
        values = headers(name)
        # Ordinary answers with plenty left: no pause, no exhausted window.
        assert low_budget_pause(values) == 0
        assert exhausted_window_wait(values) is None
    return check


def check_me(name: str) -> Callable:
    def check(world) -> None:
        live = body(name)
        client = CircleCIClient("https://circleci.example", "t", transport=httpx.MockTransport(
            lambda r: httpx.Response(200, json=live)), retry=RetryPolicy(max_retries=0))
        assert client.me().id == live["id"]
        sim = get(world, "/api/v2/me")
        assert shape_gaps(live, sim) == ([] if "avatar_url" not in live else ["$.avatar_url: missing in the simulator"])
    return check


def check_collaborations(world) -> None:
    live = body("v2-me-collaborations.circleci-orgs.json")
    orgs = parse_items(live, parse_collaboration, "x")
    assert [o.vcs_type for o in orgs] == ["circleci", "circleci"]
    assert all(o.slug == f"circleci/{b58encode_uuid(o.id)}" for o in orgs)  # base58 of the org UUID
    sim = get(world, "/api/v2/me/collaborations")
    mine = next(o for o in sim if o["vcs_type"] == "circleci")
    assert "vcs-type" not in mine and shape_gaps(live[0], mine) == []


def check_project(world) -> None:
    live = body("v2-project.circleci-slug.json")
    info = parse_project(live)
    assert slug_from_circleci_vcs_url(info.vcs_url) == info.slug and info.provider == "CircleCI"
    project = world["app_project"]
    uuid_form = f"circleci/{project.org.id}/{project.id}"
    sim = get(world, f"/api/v2/project/{uuid_form}")
    assert sim["slug"] == project.slug and shape_gaps(live, sim) == []
    assert slug_from_circleci_vcs_url(sim["vcs_info"]["vcs_url"]) == project.slug


def check_private_project_list(world) -> None:
    items, token = _page(body("private-project-list.circleci-org.json"), "x")
    assert items and all(i["slug"].startswith("circleci/") for i in items)  # not an endpoint triage-agent calls


def check_private_followed(world) -> None:
    text = (RECORDED / "private-me-followed-projects.circleci-slug.partial.txt").read_text()
    keys = set(re.findall(r'"(\w+)"\s*:', text))
    sim = get(world, "/api/private/me/followed-projects")
    assert keys <= set(sim["items"][0]) and sim["items"][0]["default_branch"] is None


def check_pipelines(world) -> None:
    live = body("v2-project-pipeline.github-oauth.json")
    pipelines = parse_items(live["items"], parse_pipeline, "x")
    assert len(pipelines) == len(live["items"]) and live["next_page_token"]
    assert {p.trigger_type for p in pipelines} == {"webhook", "schedule"}
    sim = get(world, "/api/v2/project/gh/ropensci/circle/pipeline")
    by_kind = {i["trigger"]["type"]: i for i in sim["items"]}
    for kind in ("webhook", "schedule"):
        item = next(i for i in live["items"] if i["trigger"]["type"] == kind)
        assert shape_gaps(item, by_kind[kind]) == [], kind
    scheduled = next(i for i in live["items"] if i["trigger"]["type"] == "schedule")
    assert scheduled["trigger"]["actor"]["avatar_url"] is None and by_kind["schedule"]["trigger"]["actor"]["avatar_url"] is None


def check_pipeline_trigger(world) -> None:
    live = body(CLAIMED_TRIGGER)
    assert live["state"] == "pending" and live["number"]  # a write triage-agent never makes


def check_workflows(name: str) -> Callable:
    def check(world) -> None:
        live = body(name)
        workflows = parse_items(live["items"], parse_workflow, "x")
        assert len(workflows) == len(live["items"]) and live["next_page_token"] is None
        if "after-rerun" in name:
            new, old = workflows
            assert new.name == old.name and new.stopped_at is None and new.created_at > old.created_at
            sim_world = world["failed"]
            sim = world["sim"]
            sim.rerun_by_person(sim_world.workflows[0].id)
            listing = get(world, f"/api/v2/pipeline/{sim_world.id}/workflow")
            first, second = listing["items"][:2]
            assert first["name"] == second["name"] and first["stopped_at"] is None
        else:
            listing = get(world, f"/api/v2/pipeline/{world['failed'].id}/workflow")
        assert listing["next_page_token"] is None
        assert shape_gaps(live["items"][-1], listing["items"][-1]) == []
    return check


def check_jobs(name: str, pipeline: str, pick: Callable[[dict], bool]) -> Callable:
    def check(world) -> None:
        live = body(name)
        jobs = parse_items(live["items"], parse_job, "x")
        assert len(jobs) == len(live["items"])
        wf = world[pipeline].workflows[0]
        sim = get(world, f"/api/v2/workflow/{wf.id}/job")["items"]
        live_item, sim_item = next(filter(pick, live["items"])), next(filter(pick, sim))
        assert shape_gaps(live_item, sim_item) == []
        assert set(live_item) - {"approved_by"} <= set(sim_item)
        for absent in ("job_number", "stopped_at"):
            assert (absent in live_item) == (absent in sim_item), absent
    return check


def check_job_details(world) -> None:
    live = body("v2-project-job-details.github-oauth.json")
    assert "id" not in live["project"]
    job = world["failed"].workflows[0].jobs[0]
    sim = get(world, f"/api/v2/project/github/ropensci/circle/job/{job.number}")  # long form, like LFE
    assert "id" not in sim["project"] and sim["project"]["slug"] == "gh/ropensci/circle"
    assert shape_gaps(live, sim) == []


def check_user(world) -> None:
    assert set(body("v2-user.json")) == {"id", "login", "name"}  # no avatar_url; not a call triage-agent makes


def check_artifacts(world) -> None:
    assert _page(body("v2-project-job-artifacts.empty.json"), "x") == ([], None)


def check_rerun(world) -> None:
    live = body("v2-workflow-rerun.202.json")
    client = CircleCIClient("https://circleci.example", "t", transport=httpx.MockTransport(
        lambda r: httpx.Response(202, json=live)), retry=RetryPolicy(max_retries=0))
    assert client.rerun_workflow_from_failed("w") is None  # accepted, the new id found by re-listing
    sim = world["sim"]
    target = world["approval"].workflows[0]
    with sim.locked() as sc:
        sc.workflows[target.id].status = "failed"
    response = world["http"].post(f"/api/v2/workflow/{target.id}/rerun", json={"from_failed": True})
    assert response.status_code == 202 and response.json() == live


def check_flaky(world) -> None:
    live = body("v2-insights-flaky-tests.github-oauth.json")
    tests = parse_flaky_tests(live)
    assert len(tests) == len(live["flaky_tests"]) and all(t.test_name for t in tests)
    sim = get(world, "/api/v2/insights/gh/ropensci/circle/flaky-tests")
    assert shape_gaps(live["flaky_tests"][0], sim["flaky_tests"][0]) == []
    assert set(live) == set(sim)


def check_webhook(name: str) -> Callable:
    def check(world) -> None:
        live = body(name)
        if live["type"] == "ping":
            assert "project" not in live
            return
        slug = live["project"]["slug"]
        key = canonical_key(slug)
        assert key.split("/")[0] in ("gh", "bb", "circleci")
        if slug.startswith("circleci/"):
            # The base58 finding, on the webhook's own ids: project.id is the slug's last part.
            assert key.split("/")[2] == b58encode_uuid(live["project"]["id"])
            assert key.split("/")[1] == b58encode_uuid(live["organization"]["id"])
        else:
            assert key.split("/")[0] == {"github": "gh", "bitbucket": "bb"}[slug.split("/")[0]]
        # Its pipeline, read by the client's own parser: the branch comes from vcs or, for GitHub
        # App and GitLab projects (no vcs), from trigger_parameters.
        p = parse_pipeline({**live["pipeline"], "project_slug": slug})
        if "trigger_parameters" in live["pipeline"] and "vcs" not in live["pipeline"]:
            assert p.provider in ("gitlab", "github_app") and p.revision
        assert p.branch or p.provider == "github_app"  # the API-triggered GitHub App one had ""
    return check


def check_webhook_headers(world) -> None:
    text = (RECORDED / "webhook-headers.circleci-docs-example.txt").read_text()
    assert "circleci-signature" in text  # verified by the webhook receiver's own tests


CLAIMED_TRIGGER = "v2-project-pipeline-trigger.201.json"


def _no_token(path: str) -> Callable[[Any], httpx.Response]:
    return lambda world: httpx.get(world["sim"].base_url + path)


def _hidden_project(world) -> httpx.Response:
    sim = world["sim"]
    with sim.locked() as sc:
        if "gh/ropensci/hidden" not in sc.projects:
            sc.add_project("gh/ropensci/hidden", access="hidden")
    return world["http"].get("/api/v2/project/gh/ropensci/hidden/pipeline")


def _hidden_v1(world) -> httpx.Response:
    _hidden_project(world)
    return world["http"].get("/api/v1.1/project/github/ropensci/hidden/1")


def _rate_limited(world) -> httpx.Response:
    sim = world["sim"]
    sim.set_rate_limit(1)
    try:
        world["http"].get("/api/v2/me")
        return world["http"].get("/api/v2/me")
    finally:
        sim.set_rate_limit(None)


CHECKS: dict[str, Callable[[Any], None]] = {
    "v1.1-projects.github-oauth.json": check_v1_projects,
    "v1.1-projects.github-oauth.headers.json": check_headers("v1.1-projects.github-oauth.headers.json"),
    "v1.1-projects.github-oauth.2016.json": check_v1_projects_2016,
    "v1.1-project-job.github-oauth.2016.json": check_v1_job("v1.1-project-job.github-oauth.2016.json"),
    "v1.1-project-job.github-oauth.2016.headers.json": check_headers("v1.1-project-job.github-oauth.2016.headers.json"),
    "v1.1-project-job.github-oauth.failed-2019.json": check_v1_job("v1.1-project-job.github-oauth.failed-2019.json"),
    "v1.1-project-job-tests.github-oauth.2017.json": check_v1_tests,
    "v1.1-step-output.json": check_step_output,
    "v1.1-project-follow.json": check_follow,
    "v1.1-error-401.json": check_error("v1.1-error-401.json", 401, AuthError, _no_token("/api/v1.1/projects")),
    "v1.1-error-401.headers.json": lambda world: None,
    "v1.1-error-404.project-not-found.json": check_error("v1.1-error-404.project-not-found.json", 404, NotFound,
                                                         _hidden_v1),
    "v1.1-error-404.project-not-found.headers.json": lambda world: None,
    "v1.1-error-404.unknown-route.partial.html": check_error(
        "v1.1-error-404.unknown-route.partial.html", 404, NotFound,
        lambda world: world["http"].get("/api/v1.1/project/github/github/ropensci/circle/140")),
    "v1.1-error-404.unknown-route.partial.headers.json": lambda world: None,
    "v2-me.github-oauth.json": check_me("v2-me.github-oauth.json"),
    "v2-me.circleci-org-user.json": check_me("v2-me.circleci-org-user.json"),
    "v2-me-collaborations.circleci-orgs.json": check_collaborations,
    "v2-project.circleci-slug.json": check_project,
    "private-project-list.circleci-org.json": check_private_project_list,
    "private-me-followed-projects.circleci-slug.partial.txt": check_private_followed,
    "v2-project-pipeline.github-oauth.json": check_pipelines,
    "v2-project-pipeline.github-oauth.headers.json": check_headers("v2-project-pipeline.github-oauth.headers.json"),
    "v2-project-pipeline-trigger.201.json": check_pipeline_trigger,
    "v2-project-pipeline-trigger.201.headers.json": lambda world: None,
    "v2-project-pipeline-trigger.2019.json": lambda world: parse_items(
        [body("v2-project-pipeline-trigger.2019.json")], lambda i, e: i["id"], "x"),
    "v2-pipeline-workflow.github-oauth.json": check_workflows("v2-pipeline-workflow.github-oauth.json"),
    "v2-pipeline-workflow.after-rerun.json": check_workflows("v2-pipeline-workflow.after-rerun.json"),
    "v2-workflow-job.github-oauth.json": check_jobs("v2-workflow-job.github-oauth.json", "failed",
                                                    lambda j: j["type"] == "build"),
    "v2-workflow-job.running.json": check_jobs("v2-workflow-job.running.json", "running",
                                               lambda j: j["status"] == "running"),
    "v2-workflow-job.approval.json": check_jobs("v2-workflow-job.approval.json", "approval",
                                                lambda j: j["type"] == "approval"),
    "v2-project-job-details.github-oauth.json": check_job_details,
    "v2-user.json": check_user,
    "v2-project-job-artifacts.empty.json": check_artifacts,
    "v2-workflow-rerun.202.json": check_rerun,
    "v2-workflow-rerun.202.headers.json": lambda world: None,
    "v2-insights-flaky-tests.github-oauth.json": check_flaky,
    "v2-error-401.project-token.json": check_error("v2-error-401.project-token.json", 401, AuthError,
                                                   _no_token("/api/v2/me")),
    "v2-error-404.project-not-found.json": check_error("v2-error-404.project-not-found.json", 404, NotFound,
                                                       _hidden_project),
    "v2-error-429.rate-limited.partial.txt": check_error("v2-error-429.rate-limited.partial.txt", 429,
                                                         RateLimited, _rate_limited),
    "webhook-headers.circleci-docs-example.txt": check_webhook_headers,
    "README.md": lambda world: None,
}
for _name in ("webhook-job-completed.github-app-circleci-slug.json", "webhook-job-completed.github-oauth.json",
              "webhook-job-completed.gitlab-circleci-slug.json", "webhook-ping.json",
              "webhook-workflow-completed.bitbucket.json", "webhook-workflow-completed.github-app-circleci-slug.json",
              "webhook-workflow-completed.github-oauth.json", "webhook-workflow-completed.gitlab-circleci-slug.json"):
    CHECKS[_name] = check_webhook(_name)


def _files() -> list[str]:
    return sorted(p.name for p in RECORDED.iterdir()) if RECORDED.is_dir() else []


def test_every_recorded_file_is_claimed():
    assert sorted(set(_files()) - set(CHECKS)) == []


@pytest.mark.parametrize("name", [n for n in _files() if n in CHECKS and not n.endswith("headers.json")
                                  and n != "README.md"] or ["(none)"])
def test_a_recorded_body_parses_and_the_simulator_answers_in_its_shape(world, name):
    if name == "(none)":
        pytest.skip("no recorded bodies")
    CHECKS[name](world)


@pytest.mark.parametrize("name", [n for n in _files() if n.endswith("headers.json")] or ["(none)"])
def test_recorded_headers_parse(name):
    if name == "(none)":
        pytest.skip("no recorded headers")
    values = headers(name)
    assert body(name)["status"] in (200, 201, 202, 401, 404)
    assert low_budget_pause(values) == 0 and exhausted_window_wait(values) is None
    assert parse_retry_after(values.get("Retry-After")) is None  # no 429 was ever captured with headers


def test_recorded_files_stay_in_shared_not_in_the_project():
    root = Path(__file__).resolve().parents[2]
    names = set(_files()) - {"README.md"}
    copies = [p for p in root.rglob("*") if p.name in names and ".venv" not in p.parts]
    assert copies == []
