"""The twelve ways the live CircleCI differs from what triage-agent first assumed, one test each.

Numbered as in the issue "Work against the real CircleCI, for every kind of organization". Each
runs the real flow (poll cycle, execute, follow-up, client) over loopback against the simulator
answering as the live service does (sources in ../shared/circleci/recorded/README.md).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import httpx
import pytest
from sample_logs import ASSERT_LOG

from triage_agent.core.states import PENDING
from triage_agent.errors import AuthError, RateLimited
from triage_agent.pipeline.actions import execute_cycle
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.providers.circleci.client import CircleCIClient, RequestBudget, RetryPolicy
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.server import Redirector
from triage_agent.store import queue

NETWORK_LOG = """\
Collecting requests==2.31.0
ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /packages/ab/cd/urllib3-2.2.1.tar.gz (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 101] Network is unreachable'))
Exited with code exit status 1
"""


def failing(name="test", log=ASSERT_LOG, **kw):
    return Scenario.job(name, status="failed", log=log, **kw)


def flaky(name="test", **kw):
    return Scenario.job(name, status="failed", log=NETWORK_LOG, rerun="pass", **kw)


def ok(name="build"):
    return Scenario.job(name, status="success")


def failures(app) -> list[tuple[str, int, str]]:
    return sorted((r["project_slug"], r["pipeline_number"], r["job_name"])
                  for r in app.store.db.query("select * from failures"))


def open_pipelines(app) -> int:
    return app.store.db.execute("select count(*) from pipelines where open = 1").fetchone()[0]


# --------------------------------------------------------------------------- 1


def test_1_github_app_and_gitlab_organizations_are_discovered_and_their_failures_found(make_app):
    sc = Scenario(seed=11)
    sc.add_project("gh/acme/api")
    mobile = sc.add_circleci_project("acme-app", "mobile", provider="github_app")
    billing = sc.add_circleci_project("acme-gitlab", "billing", provider="gitlab")
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[ok()])])
    sc.add_pipeline(mobile.slug, workflows=[sc.workflow("build-test", jobs=[failing("e2e")])])
    sc.add_pipeline(billing.slug, workflows=[sc.workflow("build-test", jobs=[failing("unit")])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        summary = run_poll_cycle(app, sim.now())
        assert summary.error is None
        assert failures(app) == sorted([(mobile.slug, 1, "e2e"), (billing.slug, 1, "unit")])
        # v1.1 named them only by //circleci.com/<org UUID>/<project UUID>; no gh/ slug was invented.
        assert not sim.requests_to("GET", r"^/api/v2/project/gh/acme-")
        kinds = dict(app.store.db.execute("select slug, kind from projects").fetchall())
        assert kinds == {"gh/acme/api": "gh", mobile.slug: "circleci", billing.slug: "circleci"}


def test_1_projects_v11_cannot_name_come_from_the_private_fallback_and_say_so(make_app):
    sc = Scenario(seed=12, v1_lists_circleci_projects=False)
    mobile = sc.add_circleci_project("acme-app", "mobile")
    sc.add_pipeline(mobile.slug, workflows=[sc.workflow("build-test", jobs=[failing("e2e")])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        assert failures(app) == [(mobile.slug, 1, "e2e")]
        assert len(sim.requests_to("GET", r"^/api/private/me/followed-projects$")) == 1


def test_1_without_the_private_fallback_the_missing_organization_is_named(make_app):
    sc = Scenario(seed=12, v1_lists_circleci_projects=False, private_api=False)
    sc.add_project("gh/acme/api")
    sc.add_circleci_project("acme-app", "mobile")
    with Simulator(sc) as sim:
        app = make_app(sim)
        summary = run_poll_cycle(app, sim.now())
        org = next(o for o in sim.scenario.orgs.values() if o.vcs_type == "circleci").slug
        assert any(org in w and "circleci.projects" in w for w in summary.warnings), summary.warnings


# --------------------------------------------------------------------------- 2


def _alias_world(seed: int = 21) -> tuple[Scenario, dict[str, str]]:
    sc = Scenario(seed=seed)
    sc.add_project("gh/acme/api")
    app_project = sc.add_circleci_project("acme-app", "mobile")
    for slug in ("gh/acme/api", app_project.slug):
        sc.add_pipeline(slug, created_at=timedelta(minutes=30), workflows=[
            sc.workflow("build-test", jobs=[ok("lint"), failing("test", requires=["lint"])])])
        # Still running at the first cycle: must be revisited and collected when it fails.
        sc.add_pipeline(slug, created_at=timedelta(minutes=5), workflows=[
            sc.workflow("build-test", jobs=[ok("lint"), Scenario.job("test", status="running", requires=["lint"])])])
    uuid_form = f"circleci/{app_project.org.id}/{app_project.id}"
    return sc, {"github/acme/api": "gh/acme/api", "GH/Acme/API": "gh/acme/api", uuid_form: app_project.slug}


@pytest.mark.parametrize("which", [0, 1, 2], ids=["github-alias", "any-case", "circleci-uuid-form"])
def test_2_an_alias_finds_the_same_failures_as_the_canonical_slug_and_leaves_no_pipeline_open(make_app, which):
    sc, forms = _alias_world()
    spelling, canonical = list(forms.items())[which]
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": [spelling]})
        run_poll_cycle(app, sim.now())
        with sim.locked() as s:
            running = next(w for w in s.workflows.values()
                           if w.pipeline.project.slug == canonical and w.status == "running")
        sim.set_workflow_status(running.id, "failed", jobs={"test": "fail"})
        run_poll_cycle(app, sim.now() + timedelta(minutes=10))
        assert failures(app) == [(canonical, 1, "test"), (canonical, 2, "test")]
        assert open_pipelines(app) == 0
        # Keyed by the canonical slug everywhere, the configured spelling kept beside it.
        row = app.store.db["projects"].get(canonical)
        assert row["configured_as"] == spelling and row["project_id"]


# --------------------------------------------------------------------------- 3


def test_3_the_org_strategy_still_reads_listed_projects_the_user_does_not_follow(make_app):
    sc = Scenario(seed=31)
    sc.add_project("gh/acme/api")
    sc.add_project("gh/acme/lib", followed=False)
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[ok()])])
    sc.add_pipeline("gh/acme/lib", workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": ["gh/acme/api", "gh/acme/lib"], "poll_strategy": "org"})
        summary = run_poll_cycle(app, sim.now())
        assert failures(app) == [("gh/acme/lib", 1, "test")]
        assert any("gh/acme/lib" in w and "does not follow" in w for w in summary.warnings)


# --------------------------------------------------------------------------- 4


def test_4_a_retry_after_longer_than_the_backoff_limit_holds_every_later_request(make_app):
    sc = Scenario(seed=41)
    for name in ("api", "web"):
        sc.add_project(f"gh/acme/{name}")
        sc.add_pipeline(f"gh/acme/{name}", workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"max_backoff_seconds": 5.0})
        sim.inject("rate_limit", times=1, path="/api/v2/pipeline", retry_after=600)
        with pytest.raises(RateLimited):  # Throttled: a longer wait than the backoff limit
            run_poll_cycle(app, sim.now())
        limited = next(i for i, r in enumerate(sim.requests) if r.status == 429)
        # The cycle ended at the 429: nothing more went out into the same limit.
        assert len(sim.requests) == limited + 1
        assert app.budget.paused_for > 590
        assert "600" in app.store.last_cycle("poll")["error"]


def test_4_a_429_without_retry_after_waits_for_the_exhausted_window_to_reset():
    now = [1000.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    answers = iter([
        httpx.Response(429, text="Rate limited.", headers={
            "RateLimit-Limit": "100", "RateLimit-Remaining": "0", "RateLimit-Reset": "30",
            "X-RateLimit-Limit-Minute": "100", "X-RateLimit-Remaining-Minute": "0",
            "X-RateLimit-Reset-Minute": "30", "X-RateLimit-Remaining-Hour": "900",
            "X-RateLimit-Reset-Hour": "1800"}),
        httpx.Response(200, json={"id": "u", "login": "alice", "name": "Alice"}),
    ])
    client = CircleCIClient("https://circleci.example", "t", budget=RequestBudget(6000, clock=lambda: now[0],
                            sleep=sleep), retry=RetryPolicy(max_retries=3, backoff_base=0.5, backoff_max=60,
                            jitter=lambda: 0.0), transport=httpx.MockTransport(lambda r: next(answers)),
                            sleep=sleep)
    assert client.me().login == "alice"
    # The minute window's reset (30 s) was waited out, not a 0.25 s backoff into the same window.
    assert sum(sleeps) >= 30


# --------------------------------------------------------------------------- 5


def test_5_a_revoked_token_answering_404_closes_nothing_expires_nothing_and_stops_the_cycle(make_app):
    sc = Scenario(seed=51)
    sc.add_project("gh/acme/api", followed=False)
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[sc.workflow("ci", jobs=[flaky()])])
    sc.add_pipeline("gh/acme/api", branch="feature/x", created_at=timedelta(minutes=2), workflows=[
        sc.workflow("ci", jobs=[Scenario.job("test", status="running")])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": ["gh/acme/api"]})
        now = sim.now()
        run_poll_cycle(app, now)
        (proposal,) = queue.list_proposals(app.store, PENDING)
        queue.approve(app.store, proposal["id"], "alice", now)
        assert open_pipelines(app) == 1
        sim.revoke_token(style="404")
        with pytest.raises(AuthError):
            execute_cycle(app, now + timedelta(minutes=1))
        with pytest.raises(AuthError):
            run_poll_cycle(app, now + timedelta(minutes=10))
        assert queue.get(app.store, proposal["id"])["status"] == "approved"
        assert open_pipelines(app) == 1
        assert sim.write_requests() == []


def test_5_a_single_404_is_not_final_a_second_one_minutes_later_is(make_app):
    sc = Scenario(seed=52)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=2), workflows=[
        sc.workflow("ci", jobs=[Scenario.job("test", status="running")])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        now = sim.now()
        run_poll_cycle(app, now)
        with sim.locked() as s:
            del s.pipelines[p.id]  # the pipeline is really gone
        run_poll_cycle(app, now + timedelta(minutes=1))
        assert open_pipelines(app) == 1  # one 404 (token confirmed by /me): not final yet
        assert sim.requests_to("GET", r"^/api/v2/me$")
        run_poll_cycle(app, now + timedelta(minutes=8))
        assert open_pipelines(app) == 0  # the second 404, minutes later


# --------------------------------------------------------------------------- 6


def test_6_a_rerun_whose_workflow_is_not_readable_yet_is_followed_up_when_it_appears(make_app):
    sc = Scenario(seed=61, frozen_clock=True, rerun_visibility_delay=120, hold_reruns=True)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[flaky()])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        (proposal,) = queue.list_proposals(app.store, PENDING)
        queue.approve(app.store, proposal["id"], "alice", sim.now())
        execute_cycle(app, sim.now(), follow=False)
        sim.advance(30)
        execute_cycle(app, sim.now())  # the new workflow answers 404: not visible yet
        assert app.store.db["reruns"].get(proposal["id"])["status"] == "running"
        sim.advance(200)
        sim.complete_reruns()
        execute_cycle(app, sim.now())
        assert app.store.db["reruns"].get(proposal["id"])["outcome"] == "confirmed"


def test_6_a_rerun_accepted_without_a_workflow_id_is_found_by_relisting_and_never_sent_twice(make_app):
    sc = Scenario(seed=62, frozen_clock=True, rerun_reply="accepted", rerun_visibility_delay=60)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[flaky()])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        (proposal,) = queue.list_proposals(app.store, PENDING)
        queue.approve(app.store, proposal["id"], "alice", sim.now())
        first = execute_cycle(app, sim.now(), follow=False)
        assert first.execution.uncertain  # accepted; its workflow is not listed yet
        for _ in range(1, 6):  # well past the 120 s reconcile grace
            sim.advance(60)
            execute_cycle(app, sim.now())
        ((_, new_id),) = sim.reruns
        row = queue.get(app.store, proposal["id"])
        assert row["status"] == "executed"
        assert json.loads(row["result"])["new_workflow_id"] == new_id
        assert len(sim.write_requests()) == 1


# --------------------------------------------------------------------------- 7


@pytest.mark.parametrize("suffix", ["/api/v2", "/api/v1.1/", "/api"])
def test_7_a_base_url_with_an_api_path_reaches_the_api(make_app, suffix):
    sc = Scenario(seed=71)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"base_url": sim.base_url + suffix})
        run_poll_cycle(app, sim.now())
        assert failures(app) == [("gh/acme/api", 1, "test")]
        assert not [r for r in sim.requests if "/api/v2/api" in r.path or "/api/v1.1/api" in r.path]


def test_7_a_redirect_to_the_same_host_is_followed_and_remembered(make_app):
    sc = Scenario(seed=72)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim, Redirector(sim.base_url) as front:
        app = make_app(sim, circleci={"base_url": front.base_url})
        run_poll_cycle(app, sim.now())
        assert failures(app) == [("gh/acme/api", 1, "test")]
        assert front.hits == 1  # the first answer moved the client; later calls go straight there


# --------------------------------------------------------------------------- 8


def test_8_a_pipeline_whose_setup_workflow_finished_waits_for_its_continuation(make_app):
    sc = Scenario(seed=81, frozen_clock=True)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=3), workflows=[
        sc.workflow("setup", tag="setup", jobs=[ok("generate-config")])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        assert open_pipelines(app) == 1
        sim.continue_pipeline(p.id, [Scenario.workflow("build-test", jobs=[failing()])], delay=60)
        sim.advance(120)
        run_poll_cycle(app, sim.now())
        assert failures(app) == [("gh/acme/api", 1, "test")]
        assert open_pipelines(app) == 0


# --------------------------------------------------------------------------- 9


def test_9_a_rerun_made_by_a_person_after_the_pipeline_closed_is_seen_and_followed_up(make_app):
    sc = Scenario(seed=91, frozen_clock=True)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[flaky()])])
    with Simulator(sc) as sim:
        app = make_app(sim, policy={"rerun_min_confidence": 0.99})  # no proposal of ours
        run_poll_cycle(app, sim.now())
        assert open_pipelines(app) == 0
        new = sim.rerun_by_person(p.workflows[0].id)
        sim.advance(25 * 60)
        run_poll_cycle(app, sim.now())
        stored = app.store.db["workflows"].get(new.id)
        assert stored["status"] == "success" and stored["rerun_of"] == p.workflows[0].id
        execute_cycle(app, sim.now())
        (manual,) = app.store.db.query("select * from manual_reruns")
        assert manual["outcome"] == "confirmed"


# --------------------------------------------------------------------------- 10


@pytest.mark.parametrize("case", ["manual-rerun", "auto-rerun-never-came"])
def test_10_the_auto_rerun_guard_does_not_wait_forever(make_app, case):
    sc = Scenario(seed=101, frozen_clock=True)
    sc.add_project("gh/acme/api")
    if case == "manual-rerun":
        p = sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
            sc.workflow("ci", max_auto_reruns=1, auto_rerun_number=1, jobs=[
                Scenario.job("test", status="failed", log=NETWORK_LOG, rerun="fail")])])
        target = sc.rerun_workflow(p.workflows[0].id, {"from_failed": True})  # a person's rerun
        assert (target.max_auto_reruns, target.auto_rerun_number) == (1, 0)
    else:
        p = sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=2), workflows=[
            sc.workflow("ci", max_auto_reruns=2, auto_rerun_number=0, jobs=[flaky()])])
        target = p.workflows[0]
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        proposals = [r for r in app.store.db.query("select * from proposals")
                     if r["workflow_id"] == target.id and r["action"] == "rerun_workflow"]
        assert len(proposals) == 1, list(app.store.db.query("select decision from failures"))


# --------------------------------------------------------------------------- 11


def _client(sim) -> CircleCIClient:
    return CircleCIClient(sim.base_url, sim.token, retry=RetryPolicy(max_retries=0))


def test_11_a_flaky_test_entry_without_a_name_does_not_reject_the_list(serve):
    sc = Scenario(seed=111)
    sc.add_project("gh/acme/api")
    sim = serve(sc)
    body = {"flaky_tests": [{"test_name": "", "times_flaked": 2}, {"classname": "x"},
                            {"test_name": "test_retry", "classname": "tests.t", "times_flaked": 3}],
            "total_flaky_tests": 3}
    sim.inject("wrong_shape", times=1, path_regex="flaky-tests$", body=body)
    with _client(sim) as client:
        assert [t.test_name for t in client.flaky_tests("gh/acme/api")] == ["test_retry"]


def test_11_a_workflow_with_a_null_status_does_not_reject_the_page(serve):
    sc = Scenario(seed=112)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("a", jobs=[failing()]), sc.workflow("b", jobs=[ok()])])
    sim = serve(sc)
    with _client(sim) as client:
        page = httpx.get(f"{sim.base_url}/api/v2/pipeline/{p.id}/workflow",
                         headers={"Circle-Token": sim.token}).json()
        page["items"][0]["status"] = None
        sim.inject("wrong_shape", times=1, path_regex="/workflow$", body=page)
        workflows = client.pipeline_workflows(p.id)
    assert sorted((w.name, w.status) for w in workflows) == sorted(
        [(page["items"][0]["name"], ""), (page["items"][1]["name"], page["items"][1]["status"])])


@pytest.fixture
def serve():
    sims: list[Simulator] = []

    def start(sc: Scenario) -> Simulator:
        sim = Simulator(sc).start()
        sims.append(sim)
        return sim

    yield start
    for sim in sims:
        sim.stop()


# --------------------------------------------------------------------------- 12


def test_12_a_5000_test_job_costs_a_few_pages_and_its_failed_tests_come_from_the_log(make_app):
    log = ASSERT_LOG.replace(
        "FAILED tests/test_price.py::test_discount_rounding - AssertionError: assert 10.0 == 10.01",
        "FAILED tests/test_price.py::test_discount_rounding - AssertionError: assert 10.0 == 10.01\n"
        "FAILED tests/test_tax.py::TestVat::test_reverse_charge - AssertionError: assert 0 == 19")
    sc = Scenario(seed=121)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[failing(
        log=log,
        tests=[Scenario.test("test_discount_rounding", classname="tests.test_price", message="assert 10.0 == 10.01"),
               Scenario.test("test_reverse_charge", classname="tests.test_tax.TestVat", message="assert 0 == 19")],
        passing_tests=4998, failed_tests_last=True)])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        pages = len(sim.requests_to("GET", r"/\d+/tests$"))
        assert pages == 5  # polling.max_test_pages; not the 250 pages of the whole suite
        assert app.config.polling.max_test_pages == 5
        db = sqlite3.connect(app.config.db_path)
        names, source = db.execute("select failed_tests, tests_source from evidence").fetchone()
        assert sorted(t["name"] for t in json.loads(names)) == ["test_discount_rounding", "test_reverse_charge"]
        assert source in ("log", "metadata+log")
