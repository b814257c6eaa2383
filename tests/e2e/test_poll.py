"""Polling against the simulator: every failure found once, cheaply, across paging and restarts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sample_logs import ASSERT_LOG

from triage_agent.errors import AuthError
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator

SECRET_TOKEN = "CCIPAT_AbCdEfGhIjKlMnOpQrStUvWx_0123456789"
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
GH_TOKEN = "ghp_" + "x" * 36


NETWORK_LOG = """\
Collecting requests==2.31.0
  Downloading requests-2.31.0-py3-none-any.whl (62 kB)
WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError("HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out. (read timeout=15)")'
ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /packages/ab/cd/urllib3-2.2.1.tar.gz (Caused by ReadTimeoutError("HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out. (read timeout=15)"))
Exited with code exit status 1
"""


def failing(name="test", log=ASSERT_LOG, **kw):
    return Scenario.job(name, status="failed", log=log, **kw)


def ok(name="build"):
    return Scenario.job(name, status="success")


def failure_keys(app):
    return sorted((r["project_slug"], r["pipeline_number"], r["job_name"])
                  for r in app.store.db.query("select * from failures"))


def test_every_failed_job_is_found_across_paging_and_only_once(make_app):
    sc = Scenario(page_size=2, seed=1)
    sc.add_project("gh/acme/api")
    sc.add_project("gh/acme/web")
    # The failing pipeline is the oldest of seven: on page 4 of the org feed.
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=3), workflows=[
        sc.workflow("build-test", jobs=[ok("a"), ok("b"), ok("c"), ok("d"), failing("z-last")])])
    for i in range(6):
        sc.add_pipeline("gh/acme/web" if i % 2 else "gh/acme/api", created_at=timedelta(hours=2, minutes=-i),
                        workflows=[sc.workflow("build-test", jobs=[ok()])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        summary = run_poll_cycle(app, sim.now())
        assert summary.new_pipelines == 7
        assert failure_keys(app) == [("gh/acme/api", 1, "z-last")]
        # The failed job was on the last page of the workflow's jobs.
        assert len(sim.requests_to("GET", r"/workflow/[^/]+/job$")) == 3
        again = run_poll_cycle(app, sim.now())
        assert again.new_failures == []
        assert failure_keys(app) == [("gh/acme/api", 1, "z-last")]
        assert app.store.db["failures"].count == 1


def test_an_idle_org_costs_one_request_per_cycle(make_app):
    sc = Scenario(seed=2)
    for name in ("api", "web", "worker", "infra", "docs"):
        sc.add_project(f"gh/acme/{name}")
        sc.add_pipeline(f"gh/acme/{name}", created_at=timedelta(hours=1),
                        workflows=[sc.workflow("ci", jobs=[ok()])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        idle = [run_poll_cycle(app, sim.now() + timedelta(minutes=5 * i)) for i in range(1, 4)]
        assert [s.requests for s in idle] == [1, 1, 1]
        assert idle[0].requests_by_endpoint == {"GET /pipeline?org-slug": 1}


def test_a_listed_project_the_user_follows_is_read_through_the_org_feed(make_app):
    sc = Scenario(seed=3)
    for name in ("api", "web", "worker"):
        sc.add_project(f"gh/acme/{name}")
        sc.add_pipeline(f"gh/acme/{name}", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[ok()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": ["gh/acme/api", "gh/acme/web", "gh/acme/worker"]})
        run_poll_cycle(app, sim.now())
        idle = run_poll_cycle(app, sim.now() + timedelta(minutes=5))
        assert idle.requests_by_endpoint == {"GET /pipeline?org-slug": 1}


# Fixed, frozen starts: the schedule's spread is a hash of the project and the moment, so a clock
# that follows real time would make the cycles at which each project comes due differ per run.
# At 00:05:08 "web" first comes due after 20 minutes and again 155 minutes later: read twice.
@pytest.mark.parametrize(("start_at", "reads"), [(datetime(2026, 3, 2, 9, 0, 17, tzinfo=UTC), 3),
                                                 (datetime(2026, 3, 2, 9, 48, 17, tzinfo=UTC), 3),
                                                 (datetime(2026, 7, 19, 23, 59, 59, tzinfo=UTC), 3),
                                                 (datetime(2026, 3, 2, 0, 5, 8, tzinfo=UTC), 4)])
def test_unfollowed_listed_projects_are_read_on_their_own_less_often_the_longer_they_are_quiet(
        make_app, start_at, reads):
    sc = Scenario(seed=3, now=start_at, frozen_clock=True)
    names = ("api", "web", "worker")
    for name in names:
        sc.add_project(f"gh/acme/{name}", followed=False)
        # Quiet for two days: read at most every polling.quiet_project_max_minutes (3 hours).
        sc.add_pipeline(f"gh/acme/{name}", created_at=timedelta(days=2), workflows=[sc.workflow("ci", jobs=[ok()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": [f"gh/acme/{n}" for n in names]},
                       polling={"lookback_hours": 72})
        first = run_poll_cycle(app, sim.now())
        assert first.requests_by_endpoint["GET /project/{slug}/pipeline"] == 3
        start = sim.now()
        read_at: dict[str, list[int]] = {n: [] for n in names}
        listings = []
        for i in range(1, 37):  # three hours of 5-minute cycles
            sim.clear_requests()
            s = run_poll_cycle(app, start + timedelta(minutes=5 * i))
            listings.append(s.requests_by_endpoint.get("GET /project/{slug}/pipeline", 0))
            for n in names:
                if sim.requests_to("GET", rf"/project/gh/acme/{n}/pipeline"):
                    read_at[n].append(5 * i)
        # Not 3 a cycle (108 in all). The first schedule after a read is spread over 10-100 % of the
        # 3-hour interval, later ones over 85-115 %: each project is read once or twice in the
        # three hours, never before 18 minutes, and a second read comes at least 153 minutes after.
        assert sum(listings) == sum(len(t) for t in read_at.values()) == reads
        for n, minutes in read_at.items():
            assert 1 <= len(minutes) <= 2, (n, minutes)
            assert minutes[0] >= 18, (n, minutes)
            if len(minutes) == 2:
                assert minutes[1] - minutes[0] >= 153, (n, minutes)
        # Spread out: the three first reads do not all fall in one cycle.
        assert len({m[0] for m in read_at.values()}) > 1
        assert max(listings) < 3


def test_a_running_workflow_is_picked_up_when_it_finishes(make_app):
    sc = Scenario(seed=4)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=3), workflows=[
        sc.workflow("build-test", status="running", jobs=[Scenario.job("test", status="running")])])
    wf_id = p.workflows[0].id
    with Simulator(sc) as sim:
        app = make_app(sim)
        first = run_poll_cycle(app, sim.now())
        assert first.new_failures == []
        assert app.store.db["pipelines"].get(p.id)["open"] == 1
        sim.set_workflow_status(wf_id, "failed", jobs={"test": Scenario.outcome("failed", log=ASSERT_LOG)})
        second = run_poll_cycle(app, sim.now() + timedelta(minutes=5))
        assert [(f["job_name"], f["verdict"]) for f in second.new_failures] == [("test", "real")]
        assert app.store.db["pipelines"].get(p.id)["open"] == 0
        # Once closed, the pipeline is not read again.
        sim.clear_requests()
        run_poll_cycle(app, sim.now() + timedelta(minutes=10))
        assert sim.requests_to("GET", r"/pipeline/[^/]+/workflow") == []


def test_first_run_looks_back_only_the_configured_window(make_app):
    sc = Scenario(seed=5)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=30), workflows=[sc.workflow("ci", jobs=[failing("old")])])
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=2), workflows=[sc.workflow("ci", jobs=[failing("recent")])])
    with Simulator(sc) as sim:
        app = make_app(sim, polling={"lookback_hours": 24})
        run_poll_cycle(app, sim.now())
        assert [k[2] for k in failure_keys(app)] == ["recent"]


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [([], ["feature/x", "main", "release/1.2"]), (["main", "release/*"], ["main", "release/1.2"])],
)
def test_branch_filters(make_app, patterns, expected):
    sc = Scenario(seed=6)
    sc.add_project("gh/acme/api")
    for branch in ("main", "release/1.2", "feature/x"):
        sc.add_pipeline("gh/acme/api", branch=branch, created_at=timedelta(hours=1),
                        workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"branches": patterns})
        run_poll_cycle(app, sim.now())
        branches = sorted(r["branch"] for r in app.store.db.query("select branch from failures"))
        assert branches == expected


@pytest.mark.parametrize("access", ["forbidden", "hidden"])
def test_a_project_answering_403_or_404_is_skipped_and_retried_later(make_app, access):
    sc = Scenario(seed=7)
    sc.add_project("gh/acme/secret", access=access)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": ["gh/acme/secret", "gh/acme/api"]})
        summary = run_poll_cycle(app, sim.now())
        assert failure_keys(app) == [("gh/acme/api", 1, "test")]
        assert any("gh/acme/secret" in w for w in summary.warnings)
        row = app.store.db["projects"].get("gh/acme/secret")
        assert row["skip_until"] and row["last_error"]
        # Within the hour it is not asked again; after it, it is.
        sim.clear_requests()
        run_poll_cycle(app, sim.now() + timedelta(minutes=30))
        assert sim.requests_to("GET", r"/project/gh/acme/secret/pipeline") == []
        run_poll_cycle(app, sim.now() + timedelta(minutes=61))
        assert len(sim.requests_to("GET", r"/project/gh/acme/secret/pipeline")) == 1


def test_a_garbage_body_from_one_project_does_not_stop_the_others(make_app):
    sc = Scenario(seed=8)
    for name in ("api", "web"):
        sc.add_project(f"gh/acme/{name}")
        sc.add_pipeline(f"gh/acme/{name}", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": ["gh/acme/api", "gh/acme/web"], "max_retries": 0,
                                      "poll_strategy": "project"})
        sim.inject("malformed", times=None, path="/api/v2/project/gh/acme/api/pipeline")
        summary = run_poll_cycle(app, sim.now())
        assert failure_keys(app) == [("gh/acme/web", 1, "test")]
        assert any("not JSON" in w for w in summary.warnings)
        sim.clear_faults()
        run_poll_cycle(app, sim.now() + timedelta(minutes=5))
        assert failure_keys(app) == [("gh/acme/api", 1, "test"), ("gh/acme/web", 1, "test")]


def test_a_revoked_token_stops_the_cycle_with_an_auth_error(make_app):
    sc = Scenario(seed=9)
    sc.add_project("gh/acme/api")
    with Simulator(sc) as sim:
        app = make_app(sim)
        sim.revoke_token()
        with pytest.raises(AuthError, match="revoked"):
            run_poll_cycle(app, sim.now())
        # One request, no retries of a 401.
        assert len(sim.requests) == 1
        cycle = app.store.last_cycle("poll")
        assert cycle["ok"] == 0 and "401" in cycle["error"]


def test_secrets_are_redacted_before_anything_is_stored(make_app):
    log = (f"export CIRCLE_TOKEN={SECRET_TOKEN}\naws configure set aws_access_key_id {AWS_KEY}\n"
           f"git clone https://x-access-token:{GH_TOKEN}@github.com/acme/api\nDB_PASSWORD=hunter2hunter2\n"
           + ASSERT_LOG)
    sc = Scenario(seed=10)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[
        failing(log=log, tests=[Scenario.test("test_login", classname="tests.test_auth",
                                               message=f"AssertionError: token {GH_TOKEN} rejected")])])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        app.store.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
        dump = "\n".join(app.store.db.iterdump())
        assert "test_discount_rounding" in dump  # the log made it in...
        for secret in (SECRET_TOKEN, AWS_KEY, GH_TOKEN, "hunter2hunter2"):
            assert secret not in dump  # ...without its secrets
        raw = (app.config.db_path).read_bytes()
        assert SECRET_TOKEN.encode() not in raw


def test_flaky_tests_are_fetched_once_per_project_per_ttl(make_app):
    sc = Scenario(seed=11)
    sc.add_project("gh/acme/api", flaky_tests=[Scenario.flaky_test("test_discount_rounding")])
    for _ in range(3):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, polling={"flaky_ttl_minutes": 60})
        run_poll_cycle(app, sim.now())
        assert len(sim.requests_to("GET", r"/insights/.*/flaky-tests")) == 1
        sim.add_pipeline("gh/acme/api", workflows=[Scenario.workflow("ci", jobs=[failing()])])
        run_poll_cycle(app, sim.now() + timedelta(minutes=61))
        assert len(sim.requests_to("GET", r"/insights/.*/flaky-tests")) == 2


def test_an_expired_output_url_is_refreshed_once(make_app):
    sc = Scenario(seed=12)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[
        failing(log=NETWORK_LOG)])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        sim.inject("expired_output", times=1)
        run_poll_cycle(app, sim.now())
        excerpt = app.store.db["evidence"].get(1)["log_excerpt"]
        assert "Max retries exceeded" in excerpt
        assert len(sim.requests_to("GET", r"/api/v1.1/project/")) == 2
        # Output URLs are presigned: the token is never sent there.
        outputs = sim.requests_to("GET", r"^/output/")
        assert outputs and not any(r.token_present for r in outputs)


def test_a_newly_followed_project_is_picked_up_at_rediscovery(make_app):
    sc = Scenario(seed=13)
    sc.add_project("gh/acme/api")
    sc.add_project("gh/acme/new", followed=False)
    sc.add_pipeline("gh/acme/new", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"rediscover_minutes": 30})
        run_poll_cycle(app, sim.now())
        assert failure_keys(app) == []
        with sim.locked() as scenario:
            scenario.set_followed("gh/acme/new", True)
        run_poll_cycle(app, sim.now() + timedelta(minutes=10))
        assert failure_keys(app) == []  # not yet re-discovered
        summary = run_poll_cycle(app, sim.now() + timedelta(minutes=31))
        assert summary.discovered["added"] == ["gh/acme/new"]
        assert failure_keys(app) == [("gh/acme/new", 1, "test")]


def test_poll_json_summary_has_the_documented_shape(make_app):
    sc = Scenario(seed=14)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        data = json.loads(json.dumps(run_poll_cycle(app, sim.now()).to_dict()))
    assert {"projects_checked", "new_pipelines", "new_failures", "requests"} <= set(data)
    failure = data["new_failures"][0]
    assert {"project_slug", "pipeline_number", "workflow_id", "job_number", "job_name", "verdict",
            "proposal"} <= set(failure)
    assert failure["verdict"] == "real" and failure["proposal"]["action"] == "file_report"
    assert data["requests"] == sum(data["requests_by_endpoint"].values())


def test_requests_per_failed_job_stay_small(make_app):
    sc = Scenario(seed=15)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=1), workflows=[sc.workflow("ci", jobs=[ok(), failing()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": ["gh/acme/api"]})
        summary = run_poll_cycle(app, sim.now())
    per_failure = {k: v for k, v in summary.requests_by_endpoint.items()
                   if k in ("GET /project/{slug}/{number}/tests", "GET /v1.1/project/{vcs}/{org}/{repo}/{number}",
                            "GET output_url")}
    # tests, step details, one output fetch: three requests for one failed job with one failing step
    assert per_failure == {"GET /project/{slug}/{number}/tests": 1,
                           "GET /v1.1/project/{vcs}/{org}/{repo}/{number}": 1, "GET output_url": 1}


@pytest.mark.parametrize("projects", [None, ["gh/acme/api"]])
def test_an_idle_burst_of_pipelines_is_not_reread_forever(make_app, projects):
    # Thirty pipelines within a minute, then silence: only the cycles right after the burst
    # re-read the overlap behind the cursor; later idle cycles cost one request again.
    sc = Scenario(page_size=5, seed=16)
    sc.add_project("gh/acme/api")
    for i in range(30):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=3, seconds=-2 * i),
                        workflows=[sc.workflow("ci", jobs=[ok()])])
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": projects or []})
        t0 = sim.now()
        run_poll_cycle(app, t0)
        later = [run_poll_cycle(app, t0 + timedelta(minutes=m)) for m in (5, 10, 15, 20, 25)]
        listing = [sum(v for k, v in s.requests_by_endpoint.items() if "pipeline" in k and "workflow" not in k)
                   for s in later]
        assert listing[-2:] == [1, 1]
        assert sum(s.new_pipelines for s in later) == 0


def test_a_pipeline_older_than_the_lookback_is_never_read(make_app):
    sc = Scenario(seed=17)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=30), workflows=[sc.workflow("ci", jobs=[failing("old")])])
    with Simulator(sc) as sim:
        app = make_app(sim, polling={"lookback_hours": 24})
        for minutes in (0, 5, 10):
            run_poll_cycle(app, sim.now() + timedelta(minutes=minutes))
        assert failure_keys(app) == []
        assert app.store.db["pipelines"].count == 0
        assert sim.requests_to("GET", r"/pipeline/[^/]+/workflow") == []
