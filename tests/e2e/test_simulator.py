"""The CircleCI simulator speaks the documented API over real loopback HTTP, pages, reruns and misbehaves on demand."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jsonschema
import pytest
from openapi_schema import validate_request, validate_response

from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.scenarios import (
    FLAKY_WEBHOOK_TEST,
    bulk_scenario,
    demo_scenario,
    demo_second_wave,
)

TOKEN = "test-token"
T0 = datetime(2024, 6, 4, 9, 0, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# Helpers and fixtures
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def serve() -> Iterator[Callable[[Scenario], Simulator]]:
    """Start simulators for a test; stop them after and check none hit an internal error."""
    started: list[Simulator] = []

    def start(scenario: Scenario) -> Simulator:
        sim = Simulator(scenario).start()
        started.append(sim)
        return sim

    yield start
    for sim in started:
        sim.stop()
        assert sim.errors == []


def client(sim: Simulator, **kwargs: Any) -> httpx.Client:
    headers = kwargs.pop("headers", {"Circle-Token": sim.token})
    # verify=False: loopback is plain HTTP, and loading CA certificates costs ~0.2 s per client.
    return httpx.Client(base_url=sim.base_url, headers=headers, timeout=10, verify=False, **kwargs)


def fetch(url: str, **kwargs: Any) -> httpx.Response:
    """A token-less GET, as a client fetches a presigned output URL."""
    with httpx.Client(timeout=10, verify=False) as raw:
        return raw.get(url, **kwargs)


def small_world(page_size: int = 20, **kwargs: Any) -> Scenario:
    """One project with one failed pipeline: build ok, test failed (rerun script given), deploy blocked."""
    rerun = kwargs.pop("rerun", "pass")
    sc = Scenario(TOKEN, page_size=page_size, seed=3, now=T0, frozen_clock=True, **kwargs)
    sc.add_project("gh/acme/api")
    sc.add_pipeline(
        "gh/acme/api",
        commit_subject="Break the tests",
        workflows=[
            sc.workflow(
                "build-test",
                jobs=[
                    sc.job("build"),
                    sc.job(
                        "test",
                        status="failed",
                        log="E   assert 1 == 2\nFAILED tests/test_a.py::test_x - assert 1 == 2",
                        exit_code=1,
                        requires=["build"],
                        tests=[
                            sc.test("test_x", classname="tests.test_a", message="assert 1 == 2")
                        ],
                        rerun=rerun,
                    ),
                    sc.job("deploy", requires=["test"]),
                ],
            )
        ],
    )
    return sc


def failed_workflow(sc: Scenario) -> Any:
    return next(w for w in sc.workflows.values() if w.status == "failed")


def all_pages(
    http: httpx.Client, url: str, params: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    params = dict(params or {})
    seen: set[str] = set()
    while True:
        body = http.get(url, params=params).raise_for_status().json()
        items.extend(body["items"])
        token = body["next_page_token"]
        if token is None:
            return items
        assert token not in seen
        seen.add(token)
        params["page-token"] = token


def failing_action(v1_job: dict[str, Any]) -> dict[str, Any]:
    return next(a for s in v1_job["steps"] for a in s["actions"] if a["failed"])


# ---------------------------------------------------------------------------------------------
# Every v2 answer matches CircleCI's OpenAPI document
# ---------------------------------------------------------------------------------------------


def crawl_and_validate(sim: Simulator) -> dict[str, int]:
    """Walk the whole v2 API of the scenario, validating every body against the document."""
    counts: dict[str, int] = {}
    http = client(sim)

    def get(url: str, template: str, params: dict[str, str] | None = None) -> Any:
        response = http.get(url, params=params)
        validate_response("GET", template, response.status_code, response.json())
        counts[template] = counts.get(template, 0) + 1
        return response.json()

    get("/api/v2/me", "/me")
    orgs = get("/api/v2/me/collaborations", "/me/collaborations")
    for org in orgs:
        pipelines: list[dict[str, Any]] = []
        params = {"org-slug": org["slug"]}
        while True:
            page = get("/api/v2/pipeline", "/pipeline", params)
            pipelines += page["items"]
            if page["next_page_token"] is None:
                break
            params["page-token"] = page["next_page_token"]
        for p in pipelines:
            slug = p["project_slug"]
            get(f"/api/v2/project/{slug}", "/project/{project-slug}")
            get(f"/api/v2/project/{slug}/pipeline", "/project/{project-slug}/pipeline")
            get(
                f"/api/v2/project/{slug}/pipeline/{p['number']}",
                "/project/{project-slug}/pipeline/{pipeline-number}",
            )
            get(f"/api/v2/insights/{slug}/flaky-tests", "/insights/{project-slug}/flaky-tests")
            get(f"/api/v2/pipeline/{p['id']}", "/pipeline/{pipeline-id}")
            for wf in get(
                f"/api/v2/pipeline/{p['id']}/workflow", "/pipeline/{pipeline-id}/workflow"
            )["items"]:
                get(f"/api/v2/workflow/{wf['id']}", "/workflow/{id}")
                jobs = get(f"/api/v2/workflow/{wf['id']}/job", "/workflow/{id}/job")["items"]
                for j in jobs:
                    if "job_number" in j:
                        n = j["job_number"]
                        get(
                            f"/api/v2/project/{slug}/job/{n}",
                            "/project/{project-slug}/job/{job-number}",
                        )
                        get(
                            f"/api/v2/project/{slug}/{n}/tests",
                            "/project/{project-slug}/{job-number}/tests",
                        )
    return counts


def test_every_v2_answer_of_the_demo_world_matches_the_openapi_document(serve):
    sim = serve(demo_scenario())
    sim.set_flaky_keys("kebab")  # the document describes the kebab-case variant
    counts = crawl_and_validate(sim)
    assert counts["/pipeline/{pipeline-id}"] == 9  # the followed projects' pipelines (3 organizations)
    assert counts["/project/{project-slug}/{job-number}/tests"] >= 10


def test_validation_catches_a_body_that_breaks_the_document():
    with pytest.raises(jsonschema.ValidationError, match="avatar_url"):
        validate_response("GET", "/me", 200, {"id": "x", "login": "a", "name": "A"}, strict=True)
    # The live service's known deviations (no avatar_url, 2020) pass unless strict.
    validate_response("GET", "/me", 200, {"id": "9c373331-d0f7-45e1-afe6-4a5c75e00d10", "login": "a",
                                         "name": "A"})
    with pytest.raises(jsonschema.ValidationError):
        validate_response("GET", "/api/v2/workflow/{id}", 200, {"id": "not-a-uuid"})


@pytest.mark.parametrize(
    ("path", "template", "status"),
    [
        ("/api/v2/pipeline/5034460f-c7c4-4c43-9457-de07e2029e7b", "/pipeline/{pipeline-id}", 404),
        ("/api/v2/workflow/5034460f-c7c4-4c43-9457-de07e2029e7b", "/workflow/{id}", 404),
        ("/api/v2/workflow/5034460f-c7c4-4c43-9457-de07e2029e7b/job", "/workflow/{id}/job", 404),
        ("/api/v2/project/gh/acme/nope/pipeline", "/project/{project-slug}/pipeline", 404),
        ("/api/v2/project/gh/acme/api/job/999", "/project/{project-slug}/job/{job-number}", 404),
        (
            "/api/v2/project/gh/acme/api/999/tests",
            "/project/{project-slug}/{job-number}/tests",
            404,
        ),
        ("/api/v2/insights/gh/acme/nope/flaky-tests", "/insights/{project-slug}/flaky-tests", 404),
    ],
)
def test_unknown_ids_answer_404_with_a_message(serve, path, template, status):
    sim = serve(small_world())
    response = client(sim).get(path)
    assert response.status_code == status
    assert response.json()["message"].endswith("not found")
    validate_response("GET", template, status, response.json())


def test_approval_jobs_have_null_started_at_like_the_live_api_not_like_the_document(serve):
    sc = Scenario(TOKEN, seed=1)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline(
        "gh/acme/api",
        workflows=[
            sc.workflow(
                "deploy",
                jobs=[
                    sc.job("build"),
                    sc.job("hold", type="approval", status="on_hold", requires=["build"]),
                    sc.job("ship", requires=["hold"]),
                ],
            )
        ],
    )
    sim = serve(sc)
    wf = p.workflows[0]
    body = client(sim).get(f"/api/v2/workflow/{wf.id}/job").json()
    by_name = {j["name"]: j for j in body["items"]}
    assert wf.status == "on_hold"
    assert by_name["hold"]["started_at"] is None and "job_number" not in by_name["hold"]
    assert by_name["hold"]["approval_request_id"] == by_name["hold"]["id"]
    assert by_name["ship"]["status"] == "blocked" and "job_number" not in by_name["ship"]
    validate_response("GET", "/workflow/{id}/job", 200, body)
    with pytest.raises(jsonschema.ValidationError, match="None is not of type 'string'"):
        validate_response("GET", "/workflow/{id}/job", 200, body, strict=True)


@pytest.mark.parametrize(
    ("content", "spec_valid", "status"),
    [
        ('{"from_failed": true}', True, 202),
        ("{}", True, 202),
        ("null", True, 202),  # the document marks the body x-nullable
        (None, True, 202),  # no body at all: CircleCI reruns the whole workflow
        ('{"jobs": ["JOB"]}', True, 202),
        ('{"from_failed": true, "jobs": ["JOB"]}', True, 400),
        ('{"from_failed": true, "enable_ssh": true}', True, 400),
        ('{"from_failed": "yes"}', False, 400),
        ('{"jobs": "all"}', False, 400),
        ("{not json", False, 400),
    ],
)
def test_rerun_bodies_follow_the_documented_request_schema(serve, content, spec_valid, status):
    sc = small_world()
    sim = serve(sc)
    wf = failed_workflow(sc)
    if content is not None:
        content = content.replace("JOB", wf.job_named("test").id)
        try:
            body = json.loads(content)
        except ValueError:
            body = "not json"
        if spec_valid:
            validate_request("POST", "/workflow/{id}/rerun", body)
        else:
            with pytest.raises(jsonschema.ValidationError):
                validate_request("POST", "/workflow/{id}/rerun", body)
    headers = {"Circle-Token": TOKEN, "Content-Type": "application/json"}
    response = client(sim, headers=headers).post(
        f"/api/v2/workflow/{wf.id}/rerun", content=content.encode() if content else None
    )
    assert response.status_code == status
    validate_response("POST", "/workflow/{id}/rerun", status, response.json())
    assert len(sim.write_requests()) == 1


# ---------------------------------------------------------------------------------------------
# Auth
# ---------------------------------------------------------------------------------------------


def _basic(user: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:".encode()).decode()


@pytest.mark.parametrize(
    ("headers", "params", "status"),
    [
        ({"Circle-Token": TOKEN}, {}, 200),
        ({"Authorization": _basic(TOKEN)}, {}, 200),
        ({}, {"circle-token": TOKEN}, 200),
        ({}, {}, 401),
        ({"Circle-Token": "wrong"}, {}, 401),
        ({"Authorization": _basic("wrong")}, {}, 401),
        ({"Authorization": f"Bearer {TOKEN}"}, {}, 401),
    ],
)
def test_auth_accepts_the_token_in_a_header_or_basic_auth_and_refuses_others(
    serve, headers, params, status
):
    sim = serve(small_world())
    response = client(sim, headers=headers).get("/api/v2/me", params=params)
    assert response.status_code == status
    if status == 401:
        assert response.json() == {"message": "You must log in first."}
    else:
        assert response.json()["login"] == "alice"


def test_a_revoked_token_gets_401_until_restored(serve):
    sim = serve(small_world())
    http = client(sim)
    assert http.get("/api/v1.1/projects").status_code == 200
    sim.revoke_token()
    assert [http.get(p).status_code for p in ("/api/v2/me", "/api/v1.1/projects")] == [401, 401]
    sim.restore_token()
    assert http.get("/api/v2/me").status_code == 200


# ---------------------------------------------------------------------------------------------
# Listing and paging
# ---------------------------------------------------------------------------------------------


def test_project_pipelines_page_newest_first_across_several_pages(serve):
    sc = Scenario(TOKEN, page_size=2, seed=5, now=T0, frozen_clock=True)
    sc.add_project("gh/acme/api")
    for i in range(5):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=50 - i), commit_subject=f"c{i}")
    sim = serve(sc)
    http = client(sim)
    pages = []
    params: dict[str, str] = {}
    while True:
        body = http.get("/api/v2/project/gh/acme/api/pipeline", params=params).json()
        pages.append([p["number"] for p in body["items"]])
        if body["next_page_token"] is None:
            break
        params["page-token"] = body["next_page_token"]
    assert pages == [[5, 4], [3, 2], [1]]


def test_paging_stays_stable_when_a_pipeline_arrives_between_pages(serve):
    sc = Scenario(TOKEN, page_size=2, seed=5, now=T0, frozen_clock=True)
    sc.add_project("gh/acme/api")
    for i in range(4):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=50 - i))
    sim = serve(sc)
    http = client(sim)
    first = http.get("/api/v2/project/gh/acme/api/pipeline").json()
    sim.add_pipeline("gh/acme/api", created_at=timedelta(minutes=1))
    second = http.get(
        "/api/v2/project/gh/acme/api/pipeline", params={"page-token": first["next_page_token"]}
    ).json()
    assert [p["number"] for p in first["items"] + second["items"]] == [4, 3, 2, 1]


def test_branch_filter_lists_only_that_branch(serve):
    sc = Scenario(TOKEN, seed=5)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", branch="main")
    sc.add_pipeline("gh/acme/api", branch="feature/x")
    sim = serve(sc)
    items = (
        client(sim)
        .get("/api/v2/project/gh/acme/api/pipeline", params={"branch": "feature/x"})
        .json()["items"]
    )
    assert [p["vcs"]["branch"] for p in items] == ["feature/x"]


def test_org_feed_is_newest_first_across_followed_projects_only(serve):
    sc = Scenario(TOKEN, page_size=3, seed=9, now=T0, frozen_clock=True)
    for name in ("api", "web", "worker"):
        sc.add_project(f"gh/acme/{name}")
    sc.add_project("gh/acme/old", followed=False)
    sc.add_project("gh/other/lib")
    plan = [
        ("api", 40),
        ("web", 35),
        ("old", 33),
        ("worker", 30),
        ("api", 20),
        ("web", 10),
        ("worker", 5),
    ]
    for name, minutes in plan:
        sc.add_pipeline(f"gh/acme/{name}", created_at=timedelta(minutes=minutes))
    sc.add_pipeline("gh/other/lib", created_at=timedelta(minutes=1))
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=2), actor="bob")
    sim = serve(sc)
    http = client(sim)
    items = all_pages(http, "/api/v2/pipeline", {"org-slug": "gh/acme"})
    assert [p["project_slug"].rsplit("/", 1)[1] for p in items] == [
        "api",
        "worker",
        "web",
        "api",
        "worker",
        "web",
        "api",
    ]
    created = [p["created_at"] for p in items]
    assert created == sorted(created, reverse=True)
    mine = all_pages(http, "/api/v2/pipeline", {"org-slug": "gh/acme", "mine": "true"})
    assert len(mine) == 6 and all(p["trigger"]["actor"]["login"] == "alice" for p in mine)


@pytest.mark.parametrize("page_size", [1, 2, 50])
def test_workflow_jobs_and_test_results_page_completely(serve, page_size):
    sc = small_world(page_size=page_size)
    sim = serve(sc)
    http = client(sim)
    wf = failed_workflow(sc)
    jobs = all_pages(http, f"/api/v2/workflow/{wf.id}/job")
    assert [j["name"] for j in jobs] == ["build", "test", "deploy"]
    number = next(j["job_number"] for j in jobs if j["name"] == "test")
    results = all_pages(http, f"/api/v2/project/gh/acme/api/{number}/tests")
    assert len(results) == 4  # one failure and three passing results
    assert [r["result"] for r in results].count("failure") == 1
    assert next(r for r in results if r["result"] == "success")["message"] is None


def test_a_token_from_another_list_is_refused(serve):
    sc = small_world(page_size=1)
    sim = serve(sc)
    http = client(sim)
    wf = failed_workflow(sc)
    token = http.get(f"/api/v2/workflow/{wf.id}/job").json()["next_page_token"]
    response = http.get("/api/v2/project/gh/acme/api/pipeline", params={"page-token": token})
    assert response.status_code == 400


def test_v1_projects_lists_followed_projects_with_url_encoded_branch_keys(serve):
    sc = Scenario(TOKEN, seed=2)
    sc.add_project("gh/acme/api", default_branch="main")
    sc.add_project("gh/acme/old", followed=False)
    sc.add_pipeline(
        "gh/acme/api", branch="feature/login", workflows=[sc.workflow("ci", jobs=[sc.job("build")])]
    )
    sim = serve(sc)
    projects = client(sim).get("/api/v1.1/projects").json()
    assert [(p["username"], p["reponame"], p["vcs_type"]) for p in projects] == [
        ("acme", "api", "github")
    ]
    assert projects[0]["vcs_url"] == "https://github.com/acme/api"
    assert projects[0]["default_branch"] == "main"
    assert (
        projects[0]["branches"]["feature%2Flogin"]["latest_workflows"]["ci"]["status"] == "success"
    )


# ---------------------------------------------------------------------------------------------
# Job details, v1.1 steps and step output
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "exit_code", "flags", "suffix"),
    [
        (
            "failed",
            1,
            {"timedout": None, "infrastructure_fail": None},
            "Exited with code exit status 1",
        ),
        (
            "failed",
            137,
            {"timedout": None, "infrastructure_fail": None},
            "Exited with code exit status 137",
        ),
        (
            "timedout",
            None,
            {"timedout": True, "infrastructure_fail": None},
            "Too long with no output",
        ),
        (
            "infrastructure_fail",
            None,
            {"timedout": None, "infrastructure_fail": True},
            "pull rate limit",
        ),
    ],
)
def test_the_failing_action_carries_flags_matching_the_job_status(
    serve, status, exit_code, flags, suffix
):
    sc = Scenario(TOKEN, seed=4)
    sc.add_project("gh/acme/api")
    failing_step = "Spin up environment" if status == "infrastructure_fail" else None
    p = sc.add_pipeline(
        "gh/acme/api",
        workflows=[
            sc.workflow(
                "ci",
                jobs=[
                    sc.job(
                        "test",
                        status=status,
                        exit_code=exit_code,
                        failing_step=failing_step,
                        log="toomanyrequests: You have reached your pull rate limit.\nline two",
                    )
                ],
            )
        ],
    )
    sim = serve(sc)
    number = p.workflows[0].jobs[0].number
    v1 = client(sim).get(f"/api/v1.1/project/gh/acme/api/{number}").json()
    action = failing_action(v1)
    assert action["status"] == status
    assert action["exit_code"] == exit_code
    assert {k: action[k] for k in flags} == flags
    assert v1["status"] == status and v1["failed"] is True
    passed = [a for s in v1["steps"] for a in s["actions"] if not a["failed"]]
    assert all(a["failed"] is None and a["status"] == "success" for a in passed)
    output = fetch(action["output_url"]).json()
    assert output[0]["type"] == "out" and output[0]["truncated"] is False
    assert "\r\n" in output[0]["message"]
    assert suffix in "".join(o["message"] for o in output)


def test_v1_steps_stop_after_the_failing_step_but_keep_always_steps(serve):
    sim = serve(small_world())
    wf = failed_workflow(sim.scenario)
    v1 = client(sim).get(f"/api/v1.1/project/github/acme/api/{wf.job_named('test').number}").json()
    names = [s["name"] for s in v1["steps"]]
    assert names == [
        "Spin up environment",
        "Preparing environment variables",
        "Checkout code",
        "Restoring cache",
        "Install dependencies",
        "Run tests",
        "Uploading test results",
    ]
    assert [s["actions"][0]["step"] for s in v1["steps"]][:3] == [0, 99, 101]
    assert v1["workflows"]["workflow_id"] == wf.id and v1["workflows"]["job_name"] == "test"


def test_output_urls_are_fetched_without_the_token_and_the_fetch_is_recorded(serve):
    sim = serve(small_world())
    wf = failed_workflow(sim.scenario)
    v1 = client(sim).get(f"/api/v1.1/project/gh/acme/api/{wf.job_named('test').number}").json()
    url = failing_action(v1)["output_url"]
    assert url.startswith(f"{sim.base_url}/output/") and "Expires=" in url and "Signature=" in url
    body = fetch(url).json()
    assert "FAILED tests/test_a.py::test_x" in body[0]["message"]
    assert fetch(url, headers={"Circle-Token": TOKEN}).status_code == 200
    fetches = sim.requests_to("GET", r"^/output/")
    assert [r.token_present for r in fetches] == [False, True]
    assert all(r.status == 200 for r in fetches)


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ("advance", 403, "AccessDenied"),
        ("expire_all", 403, "AccessDenied"),
        ("fault", 403, "AccessDenied"),
        ("tamper", 403, "SignatureDoesNotMatch"),
        ("basic_auth", 400, "InvalidArgument"),
    ],
)
def test_output_urls_fail_like_s3_when_expired_tampered_or_sent_with_auth(
    serve, change, status, code
):
    sim = serve(small_world(output_url_ttl=120))
    wf = failed_workflow(sim.scenario)
    v1 = client(sim).get(f"/api/v1.1/project/gh/acme/api/{wf.job_named('test').number}").json()
    url = failing_action(v1)["output_url"]
    headers = {}
    if change == "advance":
        sim.advance(121)
    elif change == "expire_all":
        sim.expire_output_urls()
    elif change == "fault":
        sim.inject("expired_output")
    elif change == "tamper":
        url = url[:-4] + ("0000" if not url.endswith("0000") else "1111")
    elif change == "basic_auth":
        headers = {"Authorization": _basic(TOKEN)}
    response = fetch(url, headers=headers)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/xml"
    assert f"<Code>{code}</Code>" in response.text


def test_job_details_report_executor_duration_and_latest_workflow(serve):
    sim = serve(small_world())
    wf = failed_workflow(sim.scenario)
    job = wf.job_named("test")
    details = client(sim).get(f"/api/v2/project/gh/acme/api/job/{job.number}").json()
    assert details["number"] == job.number and details["status"] == "failed"
    assert details["latest_workflow"] == {"id": wf.id, "name": "build-test"}
    assert details["executor"] == {"resource_class": "medium", "type": "docker"}
    assert details["duration"] == int(job.duration * 1000)


# ---------------------------------------------------------------------------------------------
# Reruns
# ---------------------------------------------------------------------------------------------


def _rerun_and_jobs(sim: Simulator, wf_id: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    http = client(sim)
    response = http.post(f"/api/v2/workflow/{wf_id}/rerun", json={"from_failed": True})
    assert response.status_code == 202
    new_id = response.json()["workflow_id"]
    new = http.get(f"/api/v2/workflow/{new_id}").json()
    jobs = {j["name"]: j for j in http.get(f"/api/v2/workflow/{new_id}/job").json()["items"]}
    return new, jobs


@pytest.mark.parametrize(
    ("rerun", "wf_status", "test_status", "log_snippet"),
    [
        ("pass", "success", "success", None),
        ("fail", "failed", "failed", "FAILED tests/test_a.py::test_x"),
        ("E   ConnectionResetError: [Errno 104]", "failed", "failed", "ConnectionResetError"),
    ],
)
def test_rerun_from_failed_creates_a_new_workflow_with_the_scripted_outcome(
    serve, rerun, wf_status, test_status, log_snippet
):
    sc = small_world(rerun=rerun)
    sim = serve(sc)
    old = failed_workflow(sc)
    old_numbers = {j.name: j.number for j in old.jobs}
    new, jobs = _rerun_and_jobs(sim, old.id)
    assert new["id"] != old.id
    assert (new["name"], new["pipeline_id"], new["status"]) == (
        "build-test",
        old.pipeline.id,
        wf_status,
    )
    assert jobs["build"]["job_number"] == old_numbers["build"]  # carried over
    assert jobs["test"]["job_number"] not in set(old_numbers.values())  # a new job number
    assert jobs["test"]["status"] == test_status
    assert jobs["deploy"]["status"] == ("success" if rerun == "pass" else "blocked")
    assert sim.rerun_count(old.id) == 1
    if log_snippet:
        v1 = client(sim).get(f"/api/v1.1/project/gh/acme/api/{jobs['test']['job_number']}").json()
        assert v1["retry_of"] == old_numbers["test"]
        assert log_snippet in fetch(failing_action(v1)["output_url"]).json()[0]["message"]
    workflows = client(sim).get(f"/api/v2/pipeline/{old.pipeline.id}/workflow").json()["items"]
    assert [w["id"] for w in workflows] == [new["id"], old.id]  # newest first


def test_successive_reruns_follow_the_script_in_order(serve):
    sc = small_world(rerun=["fail", "fail", "pass"])
    sim = serve(sc)
    wf_id = failed_workflow(sc).id
    statuses = []
    for _ in range(3):
        new, _ = _rerun_and_jobs(sim, wf_id)
        statuses.append(new["status"])
        wf_id = new["id"]
    assert statuses == ["failed", "failed", "success"]
    assert sim.rerun_count(failed_workflow(sc).id) == 3


def test_held_reruns_stay_running_until_completed(serve):
    sc = small_world(hold_reruns=True)
    sim = serve(sc)
    old = failed_workflow(sc)
    new, jobs = _rerun_and_jobs(sim, old.id)
    assert new["status"] == "running" and new["stopped_at"] is None
    assert jobs["test"]["status"] == "running" and jobs["deploy"]["status"] == "blocked"
    assert sim.complete_reruns() == [new["id"]]
    http = client(sim)
    assert http.get(f"/api/v2/workflow/{new['id']}").json()["status"] == "success"
    statuses = {
        j["name"]: j["status"]
        for j in http.get(f"/api/v2/workflow/{new['id']}/job").json()["items"]
    }
    assert statuses == {"build": "success", "test": "success", "deploy": "success"}


@pytest.mark.parametrize(
    ("setup", "body", "message"),
    [
        ("succeeded", {"from_failed": True}, "Workflow must be failed to rerun from failed"),
        ("running", {"from_failed": True}, "Cannot rerun a workflow that is running"),
        ("limit", {"from_failed": True}, "maximum number of times (2)"),
        ("none", {"from_failed": True, "jobs": ["<id>"]}, "Only one of from_failed or jobs"),
        ("none", {"jobs": ["5034460f-c7c4-4c43-9457-de07e2029e7b"]}, "is not part of workflow"),
    ],
)
def test_reruns_that_circleci_refuses_answer_400(serve, setup, body, message):
    sc = small_world(max_reruns=2)
    sim = serve(sc)
    wf = failed_workflow(sc)
    http = client(sim)
    if setup == "succeeded":
        sim.set_workflow_status(wf.id, "success", jobs={"test": "pass"})
    elif setup == "running":
        sim.set_workflow_status(wf.id, "running")
    elif setup == "limit":
        for _ in range(2):
            assert http.post(f"/api/v2/workflow/{wf.id}/rerun", json=body).status_code == 202
    if body.get("jobs") == ["<id>"]:
        body = {**body, "jobs": [wf.job_named("test").id]}
    response = http.post(f"/api/v2/workflow/{wf.id}/rerun", json=body)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_a_running_pipeline_can_be_finished_as_failed_later(serve):
    sc = Scenario(TOKEN, seed=8)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline(
        "gh/acme/api",
        workflows=[
            sc.workflow(
                "ci", jobs=[sc.job("build"), sc.job("test", status="running", requires=["build"])]
            )
        ],
    )
    sim = serve(sc)
    http = client(sim)
    wf = p.workflows[0]
    assert http.get(f"/api/v2/workflow/{wf.id}").json()["status"] == "running"
    sim.set_workflow_status(wf.id, "failed", jobs={"test": "E   boom"})
    body = http.get(f"/api/v2/workflow/{wf.id}").json()
    assert body["status"] == "failed" and body["stopped_at"] is not None
    number = wf.job_named("test").number
    v1 = http.get(f"/api/v1.1/project/gh/acme/api/{number}").json()
    assert "E   boom" in fetch(failing_action(v1)["output_url"]).json()[0]["message"]


# ---------------------------------------------------------------------------------------------
# Flaky tests, rate limits, access
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "list_key", "name_key", "total_key"),
    [
        ("snake", "flaky_tests", "test_name", "total_flaky_tests"),
        ("kebab", "flaky-tests", "test-name", "total-flaky-tests"),
    ],
)
def test_flaky_tests_answer_with_snake_or_kebab_keys(serve, style, list_key, name_key, total_key):
    sc = demo_scenario()
    sc.flaky_keys = style
    sim = serve(sc)
    body = client(sim).get("/api/v2/insights/gh/acme/api/flaky-tests").json()
    assert set(body) == {list_key, total_key}
    assert [t[name_key] for t in body[list_key]] == [FLAKY_WEBHOOK_TEST]
    assert body[total_key] == 1
    if style == "snake":  # the live API's shape is not the documented one
        with pytest.raises(jsonschema.ValidationError):
            validate_response("GET", "/insights/{project-slug}/flaky-tests", 200, body)


def test_flaky_keys_default_to_snake_case_like_the_live_api():
    assert Scenario().flaky_keys == "snake"


def test_a_rate_limit_sends_both_header_families_and_429_with_retry_after(serve):
    sim = serve(small_world(rate_limit_per_minute=3))
    http = client(sim)
    answers = [http.get("/api/v2/me") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert answers[0].headers["RateLimit-Limit"] == "3"
    assert answers[0].headers["X-RateLimit-Limit-Minute"] == "3"
    assert answers[1].headers["X-RateLimit-Remaining-Minute"] == "1"
    assert 1 <= int(answers[3].headers["Retry-After"]) <= 60
    assert int(answers[0].headers["X-RateLimit-Reset-Minute"]) <= 60
    sim.advance(60)
    assert http.get("/api/v2/me").status_code == 200


def test_no_rate_limit_headers_without_a_limit(serve):
    sim = serve(small_world())
    assert "RateLimit-Limit" not in client(sim).get("/api/v2/me").headers


@pytest.mark.parametrize(
    ("access", "status", "message"),
    [("forbidden", 403, "Permission denied"), ("hidden", 404, "Project not found")],
)
def test_projects_the_user_may_not_see_answer_403_or_404(serve, access, status, message):
    sc = Scenario(TOKEN, seed=1)
    sc.add_project("gh/acme/secret", access=access)
    p = sc.add_pipeline("gh/acme/secret", workflows=[sc.workflow("ci", jobs=[sc.job("build")])])
    sim = serve(sc)
    http = client(sim)
    for path in (
        "/api/v2/project/gh/acme/secret/pipeline",
        f"/api/v2/pipeline/{p.id}"
        if access == "forbidden"
        else "/api/v2/project/gh/acme/secret/job/1",
        "/api/v2/insights/gh/acme/secret/flaky-tests",
    ):
        response = http.get(path)
        assert response.status_code == status, path
    assert http.get("/api/v2/project/gh/acme/secret/pipeline").json() == {"message": message}


def test_slugs_may_be_url_escaped_or_use_the_long_vcs_name(serve):
    sim = serve(small_world())
    http = client(sim)
    for slug in ("gh/acme/api", "gh%2Facme%2Fapi", "github/acme/api"):
        assert http.get(f"/api/v2/project/{slug}/pipeline").status_code == 200, slug


# ---------------------------------------------------------------------------------------------
# Fault injection
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "params", "status", "content_type", "body_check"),
    [
        (
            "rate_limit",
            {"retry_after": 7},
            429,
            "application/json",
            lambda r: r.headers["Retry-After"] == "7",
        ),
        (
            "rate_limit",
            {"retry_after": None},
            429,
            "text/plain",
            lambda r: r.text == "Rate limited." and "Retry-After" not in r.headers,
        ),
        ("server_error", {"status": 500}, 500, "application/json", lambda r: "message" in r.json()),
        ("server_error", {"status": 502}, 502, "text/html", lambda r: "502 Bad Gateway" in r.text),
        ("server_error", {"status": 503}, 503, "text/html", lambda r: "503" in r.text),
        ("malformed", {}, 200, "text/html", lambda r: r.text == "<html>oops"),
        ("wrong_shape", {}, 200, "application/json", lambda r: r.json() == {"items": "nope"}),
        (
            "revoked_token",
            {},
            401,
            "application/json",
            lambda r: r.json()["message"] == "You must log in first.",
        ),
    ],
)
def test_each_fault_kind_answers_as_configured_then_stops(
    serve, kind, params, status, content_type, body_check
):
    sim = serve(small_world())
    http = client(sim)
    fault = sim.inject(kind, times=2, **params)
    answers = [http.get("/api/v2/project/gh/acme/api/pipeline") for _ in range(3)]
    assert [a.status_code for a in answers[:2]] == [status, status]
    assert answers[0].headers["content-type"].startswith(content_type)
    assert body_check(answers[0])
    assert answers[2].status_code == 200 and answers[2].json()["items"]
    assert fault.hits == 2 and not fault.active
    assert [r.status for r in sim.requests] == [status, status, 200]


def test_slow_fault_delays_the_answer(serve):
    sim = serve(small_world())
    http = client(sim)
    sim.inject("slow", seconds=0.3)
    started = time.monotonic()
    assert http.get("/api/v2/me").status_code == 200
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    http.get("/api/v2/me")
    assert time.monotonic() - started < 0.3


def test_faults_only_hit_the_paths_they_target_and_last_until_cleared(serve):
    sim = serve(small_world())
    http = client(sim)
    fault = sim.inject("server_error", times=None, path_regex=r"/workflow/[^/]+/job$", status=500)
    wf = failed_workflow(sim.scenario)
    assert http.get("/api/v2/me").status_code == 200
    assert [http.get(f"/api/v2/workflow/{wf.id}/job").status_code for _ in range(3)] == [500] * 3
    assert http.get(f"/api/v2/workflow/{wf.id}").status_code == 200
    fault.clear()
    assert http.get(f"/api/v2/workflow/{wf.id}/job").status_code == 200
    sim.inject("rate_limit", path="/api/v1.1/")
    assert http.get("/api/v2/me").status_code == 200
    assert http.get("/api/v1.1/projects").status_code == 429


def test_repeated_page_token_fault_returns_the_token_it_was_sent(serve):
    sc = Scenario(TOKEN, page_size=2, seed=5)
    sc.add_project("gh/acme/api")
    for _ in range(5):
        sc.add_pipeline("gh/acme/api")
    sim = serve(sc)
    http = client(sim)
    sim.inject("repeat_page_token", times=None)
    first = http.get("/api/v2/project/gh/acme/api/pipeline").json()  # no token sent: unaffected
    token = first["next_page_token"]
    assert token is not None
    second = http.get("/api/v2/project/gh/acme/api/pipeline", params={"page-token": token}).json()
    assert second["next_page_token"] == token
    assert [p["number"] for p in second["items"]] == [3, 2]


# ---------------------------------------------------------------------------------------------
# Request log
# ---------------------------------------------------------------------------------------------


def test_the_request_log_records_everything_in_order(serve):
    sim = serve(small_world())
    http = client(sim)
    wf = failed_workflow(sim.scenario)
    http.get("/api/v2/pipeline", params={"org-slug": "gh/acme"})
    http.post(f"/api/v2/workflow/{wf.id}/rerun", json={"from_failed": True})
    first, second = sim.requests
    assert (first.method, first.path, first.query) == (
        "GET",
        "/api/v2/pipeline",
        {"org-slug": "gh/acme"},
    )
    assert first.headers["circle-token"] == TOKEN and first.token_present and first.status == 200
    assert first.json is None and first.time <= second.time
    assert [(r.method, r.json, r.status) for r in sim.write_requests()] == [
        ("POST", {"from_failed": True}, 202)
    ]
    assert len(sim.requests_to("POST", r"/rerun$")) == 1
    assert sim.requests_to("GET", r"/rerun$") == []
    sim.clear_requests()
    assert sim.requests == [] and sim.request_count == 0


# ---------------------------------------------------------------------------------------------
# Ready-made scenarios
# ---------------------------------------------------------------------------------------------


def shown(project) -> str:
    """A project as the demo tables name it: its slug, or org/name for an opaque circleci/ slug."""
    return f"{project.org.name}/{project.name}" if project.vcs == "circleci" else project.slug


def test_demo_scenario_has_the_promised_failures_and_rerun_scripts():
    sc = demo_scenario()
    failed = {
        (shown(j.project), j.workflow.pipeline.branch, j.name): (j.exit_code, j.rerun[0].status)
        for j in sc.jobs.values()
        if j.failed
    }
    assert failed == {
        ("gh/acme/web", "main", "build"): (1, "success"),
        ("gh/acme/api", "main", "test"): (1, "success"),
        ("gh/acme/worker", "main", "integration-test"): (137, None),
        ("gh/acme/api", "feature/discount-rules", "test"): (1, None),
        ("gh/acme/web", "feature/checkout-redesign", "build"): (2, None),
        ("acme-app/mobile", "main", "e2e"): (None, "success"),
        ("acme-gitlab/billing", "main", "test"): (1, "success"),
    }
    green = [w for w in sc.workflows.values() if w.pipeline.project.slug == "gh/acme/infra"]
    assert [w.status for w in green] == ["success"]
    kinds = {shown(p): (p.slug.split("/")[0], p.org.vcs_type, p.org.provider) for p in sc.projects.values()
             if p.vcs == "circleci"}
    assert kinds == {"acme-app/mobile": ("circleci", "circleci", "github_app"),
                     "acme-gitlab/billing": ("circleci", "circleci", "gitlab")}
    for j in sc.jobs.values():
        if j.failed and j.project.vcs == "gh":
            assert 20 <= len(j.log.splitlines()) <= 80, j.name


def test_demo_reruns_pass_for_transient_failures_and_fail_again_for_the_oom_kill(serve):
    sc = demo_scenario()
    sim = serve(sc)
    results = {}
    for wf in [w for w in sc.workflows.values() if w.status == "failed"]:
        new, _ = _rerun_and_jobs(sim, wf.id)
        results[(shown(wf.pipeline.project), wf.pipeline.branch)] = new["status"]
    assert results == {
        ("gh/acme/web", "main"): "success",
        ("gh/acme/api", "main"): "success",
        ("gh/acme/worker", "main"): "failed",
        ("gh/acme/api", "feature/discount-rules"): "failed",
        ("gh/acme/web", "feature/checkout-redesign"): "failed",
        ("acme-app/mobile", "main"): "success",
        ("acme-gitlab/billing", "main"): "success",
    }
    assert len(sim.requests_to("POST", "/rerun$")) == 7


def test_demo_second_wave_fails_the_known_flaky_test_again_on_a_new_pipeline(serve):
    sim = serve(demo_scenario())
    http = client(sim)
    before = all_pages(http, "/api/v2/pipeline", {"org-slug": "gh/acme"})
    pipeline_id = demo_second_wave(sim)
    after = all_pages(http, "/api/v2/pipeline", {"org-slug": "gh/acme"})
    assert len(after) == len(before) + 1 and after[0]["id"] == pipeline_id
    wf = http.get(f"/api/v2/pipeline/{pipeline_id}/workflow").json()["items"][0]
    test_job = next(
        j
        for j in http.get(f"/api/v2/workflow/{wf['id']}/job").json()["items"]
        if j["name"] == "test"
    )
    results = http.get(f"/api/v2/project/gh/acme/api/{test_job['job_number']}/tests").json()[
        "items"
    ]
    assert [r["name"] for r in results if r["result"] == "failure"] == [FLAKY_WEBHOOK_TEST]


def test_bulk_scenario_builds_ten_thousand_failures_and_answers_a_page_quickly(serve):
    started = time.perf_counter()
    sc = bulk_scenario(1000, 10000, orgs=4, seed=1)
    build_seconds = time.perf_counter() - started
    print(f"\nbulk_scenario(1000 projects, 10000 failed jobs) built in {build_seconds:.2f}s")
    assert len(sc.projects) == 1000 and len(sc.orgs) == 4
    assert sum(1 for j in sc.jobs.values() if j.failed) == 10000
    assert len(sc.truth) == 10000
    sim = serve(sc)
    http = client(sim)
    started = time.perf_counter()
    page = http.get("/api/v2/pipeline", params={"org-slug": "gh/bench-org-0"}).json()
    deep = http.get(
        "/api/v2/pipeline",
        params={"org-slug": "gh/bench-org-0", "page-token": page["next_page_token"]},
    ).json()
    print(f"two org-feed pages answered in {time.perf_counter() - started:.3f}s")
    assert len(page["items"]) == 20 and len(deep["items"]) == 20
    assert page["items"][-1]["created_at"] >= deep["items"][0]["created_at"]


@pytest.mark.parametrize(("idle", "added"), [(True, 0), (False, 5)])
def test_bulk_idle_mode_adds_nothing_on_tick(serve, idle, added):
    sc = bulk_scenario(10, 20, idle=idle, wave_size=5, seed=2)
    sim = serve(sc)
    before = len(sc.pipelines)
    assert sim.tick() == added
    assert len(sc.pipelines) == before + added


def test_default_pipeline_times_lie_in_the_past_even_for_long_jobs():
    sc = Scenario(TOKEN, seed=1, now=T0, frozen_clock=True)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline(
        "gh/acme/api",
        workflows=[
            sc.workflow(
                "ci",
                jobs=[sc.job("a", duration=900), sc.job("b", requires=["a"], duration=900)],
            )
        ],
    )
    jobs = p.workflows[0].jobs
    assert p.created < jobs[0].started < jobs[0].stopped <= jobs[1].started
    assert jobs[1].stopped <= T0.timestamp()
    assert p.workflows[0].stopped == jobs[1].stopped


def test_demo_world_including_the_second_wave_has_no_future_timestamps():
    sc = demo_scenario(now=T0)
    demo_second_wave(sc)
    now = sc.clock.now()
    assert all(w.stopped is not None and w.stopped <= now for w in sc.workflows.values())
    stopped = [j.stopped for j in sc.jobs.values() if j.status != "blocked"]
    assert all(t is not None and t <= now for t in stopped)


def test_an_errored_pipeline_has_no_workflows_and_validates(serve):
    sc = Scenario(TOKEN, seed=1)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline(
        "gh/acme/api", errors=[{"type": "config", "message": "Config does not conform to schema"}]
    )
    sim = serve(sc)
    http = client(sim)
    body = http.get(f"/api/v2/pipeline/{p.id}").json()
    validate_response("GET", "/pipeline/{pipeline-id}", 200, body)
    assert body["state"] == "errored" and body["errors"][0]["type"] == "config"
    assert http.get(f"/api/v2/pipeline/{p.id}/workflow").json() == {
        "items": [],
        "next_page_token": None,
    }


def test_a_parallel_job_fails_on_one_node_only(serve):
    sc = Scenario(TOKEN, seed=1)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline(
        "gh/acme/api",
        workflows=[
            sc.workflow(
                "ci",
                jobs=[sc.job("test", status="failed", parallelism=3, failing_node=2, log="E boom")],
            )
        ],
    )
    sim = serve(sc)
    http = client(sim)
    number = p.workflows[0].jobs[0].number
    details = http.get(f"/api/v2/project/gh/acme/api/job/{number}").json()
    assert [r["status"] for r in details["parallel_runs"]] == ["success", "success", "failed"]
    v1 = http.get(f"/api/v1.1/project/gh/acme/api/{number}").json()
    run_tests = next(s for s in v1["steps"] if s["name"] == "Run tests")
    assert [(a["index"], a["status"]) for a in run_tests["actions"]] == [
        (0, "success"),
        (1, "success"),
        (2, "failed"),
    ]
    later = [s for s in v1["steps"] if s["name"] == "Saving cache"][0]
    assert [a["index"] for a in later["actions"]] == [0, 1]  # skipped on the failed node


def test_the_request_log_can_be_capped_for_long_runs():
    sc = small_world()
    with Simulator(sc, log_limit=2) as sim:
        http = client(sim)
        for _ in range(5):
            http.get("/api/v2/me")
        assert sim.request_count == 2 and sim.total_requests == 5
