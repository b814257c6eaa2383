"""Canonical project identity: spellings, resolution, discovery of every organization kind, migration."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlite_utils
from click.testing import CliRunner
from sample_logs import ASSERT_LOG
from sqlite_utils import Migrations

from triage_agent.cli import cli, progress_line
from triage_agent.core.logtests import failed_tests_from_log
from triage_agent.pipeline.intake.discovery import find_project
from triage_agent.pipeline.intake.polling import next_poll_at, quiet_interval
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.providers.circleci.slugs import (
    b58decode_uuid,
    b58encode_uuid,
    canonical_key,
    org_kind,
    slug_from_circleci_vcs_url,
)
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import schema as store_mod


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("gh/acme/api", "gh/acme/api"),
        ("github/acme/api", "gh/acme/api"),
        ("GitHub/Acme/API", "gh/acme/api"),
        ("/bb/Team/Repo/", "bb/team/repo"),
        ("bitbucket/team/repo", "bb/team/repo"),
        # The terraform provider's acceptance test pair (recorded README, item 1 and 3).
        ("circleci/346a7ade-9fae-47ec-b729-da3d5afbe4fc/09cbbbea-993d-41fa-a467-57e1c543ead4",
         "circleci/7UQdtYSr1caLbAR2cHJdU7/2DACeEvUr7MosidActmnUs"),
        ("CircleCI/7UQdtYSr1caLbAR2cHJdU7/2DACeEvUr7MosidActmnUs",
         "circleci/7UQdtYSr1caLbAR2cHJdU7/2DACeEvUr7MosidActmnUs"),
        ("circleci/QKb69uDoR3U2hd9tTuA2Yw", "circleci/QKb69uDoR3U2hd9tTuA2Yw"),
    ],
)
def test_every_spelling_circleci_accepts_maps_to_one_key(spelling, key):
    assert canonical_key(spelling) == key


def test_short_ids_are_base58_of_the_uuids_both_ways():
    # WKL capture: org 68129642-… is circleci/DrNsW5SW6K42zooKCzkVek (recorded collaborations).
    assert b58encode_uuid("68129642-b377-4bd1-a534-a94d01d2db25") == "DrNsW5SW6K42zooKCzkVek"
    assert b58decode_uuid("DrNsW5SW6K42zooKCzkVek") == "68129642-b377-4bd1-a534-a94d01d2db25"
    assert b58decode_uuid("not-base58!") is None
    assert slug_from_circleci_vcs_url(
        "//circleci.com/68129642-b377-4bd1-a534-a94d01d2db25/d5e87839-c1ac-45d0-a6c1-986f8faeabd5"
    ) == "circleci/DrNsW5SW6K42zooKCzkVek/TR2eS1FtBshdqkgqtiiaDa"
    assert "GitLab" in org_kind("circleci/x/y", "gitlab") and org_kind("gh/a/b") == "GitHub (OAuth)"


def test_every_project_route_of_the_simulator_accepts_aliases_case_and_uuid_forms():
    sc = Scenario(seed=5)
    sc.add_project("gh/Acme/API")
    mobile = sc.add_circleci_project("acme-app", "mobile")
    p = sc.add_pipeline("gh/Acme/API", workflows=[sc.workflow("ci", jobs=[Scenario.job("t", status="failed")])])
    q = sc.add_pipeline(mobile.slug, workflows=[sc.workflow("ci", jobs=[Scenario.job("t", status="failed")])])
    n, m = p.workflows[0].jobs[0].number, q.workflows[0].jobs[0].number
    import httpx

    with Simulator(sc) as sim:
        http = httpx.Client(base_url=sim.base_url, headers={"Circle-Token": sim.token})
        forms = {"gh/Acme/API": ["github/acme/api", "GH/ACME/api", "gh/acme/API"],
                 mobile.slug: [f"circleci/{mobile.org.id}/{mobile.id}", f"CIRCLECI/{mobile.org.id.upper()}/{mobile.id}"]}
        for canonical, spellings in forms.items():
            number = n if canonical.startswith("gh") else m
            for s in spellings:
                for path in (f"/api/v2/project/{s}", f"/api/v2/project/{s}/pipeline",
                             f"/api/v2/project/{s}/job/{number}", f"/api/v2/project/{s}/{number}/tests",
                             f"/api/v2/insights/{s}/flaky-tests", f"/api/v2/project/{s}/pipeline/1"):
                    r = http.get(path)
                    assert r.status_code == 200, (path, r.text)
                body = http.get(f"/api/v2/project/{s}").json()
                assert body["slug"] == canonical  # answers always carry the canonical slug
            assert http.get(f"/api/v1.1/project/{spellings[0]}/{number}").status_code == 200
        assert http.get("/api/v2/pipeline", params={"org-slug": "github/ACME"}).status_code == 200


def test_find_project_by_any_spelling_or_by_project_id(make_app):
    sc = Scenario(seed=6)
    sc.add_project("gh/acme/api")
    mobile = sc.add_circleci_project("acme-app", "mobile")
    with Simulator(sc) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        for spelling in ("github/Acme/api", "gh/acme/api"):
            assert find_project(app.store, spelling, app.provider.project_key)["slug"] == "gh/acme/api"
        assert find_project(app.store, f"circleci/{mobile.org.id}/{mobile.id}", app.provider.project_key)["slug"] == mobile.slug
        # A webhook's project.id (the UUID GET /project/{slug} answers).
        assert find_project(app.store, mobile.id, app.provider.project_key)["slug"] == mobile.slug
        assert find_project(app.store, "gh/acme/nope", app.provider.project_key) is None


def test_an_existing_install_keyed_by_an_alias_migrates_and_collects_what_it_left_open(make_app, tmp_path):
    sc = Scenario(seed=7)
    sc.add_project("gh/acme/api")
    p = sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=40), workflows=[
        sc.workflow("ci", jobs=[Scenario.job("test", status="failed", log=ASSERT_LOG)])])
    with Simulator(sc) as sim:
        # The database as the previous version left it: only the first migration, the project
        # keyed by the configured alias, its pipeline stored under the slug CircleCI answered,
        # still open (the old revisit joined on the alias and never found it). Raw on purpose: rows
        # in that old schema's shape, which today's store functions no longer write.
        db = sqlite_utils.Database(tmp_path / "triage.db")
        old = Migrations("triage_agent")
        old()(store_mod.m001_initial)
        old.apply(db)
        stamp = (sim.now() - timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        db["projects"].insert({"slug": "github/acme/api", "org_slug": "github/acme", "source": "config",
                               "active": 1, "first_seen_at": stamp, "last_discovered_at": stamp,
                               "last_polled_at": stamp, "cursor_created_at": stamp})
        db["pipelines"].insert({"id": p.id, "project_slug": "gh/acme/api", "number": 1, "branch": "main",
                                "created_at": stamp, "state": "created", "open": 1, "first_seen_at": stamp})
        db["kv"].insert({"key": "last_discovery_at", "value": stamp})  # discovered just before the upgrade
        db.close()
        app = make_app(sim, circleci={"projects": ["github/acme/api"]})
        summary = run_poll_cycle(app, sim.now())
        assert summary.error is None
        slugs = {r["slug"]: r for r in app.store.db.query("select * from projects")}
        assert list(slugs) == ["gh/acme/api"]
        assert slugs["gh/acme/api"]["configured_as"] == "github/acme/api"
        assert slugs["gh/acme/api"]["cursor_created_at"] >= stamp  # the cursor moved with the row
        assert [(r["project_slug"], r["job_name"]) for r in app.store.db.query("select * from failures")] == [
            ("gh/acme/api", "test")]
        assert app.store.db.execute("select count(*) from pipelines where open = 1").fetchone()[0] == 0
        assert "m004_canonical_identity" in {r["name"] for r in app.store.db.query("select name from _sqlite_migrations")}


def test_check_lists_identity_kind_follow_and_polling_and_names_what_would_be_missed(tmp_path):
    sc = Scenario(seed=8)
    sc.add_project("gh/acme/api")
    sc.add_project("gh/acme/lib", followed=False)
    sc.add_project("gh/acme/secret", access="hidden")
    mobile = sc.add_circleci_project("acme-app", "mobile")
    with Simulator(sc) as sim:
        cfg = tmp_path / "t.toml"
        cfg.write_text(
            "[circleci]\n"
            f'base_url = "{sim.base_url}/api/v2"\n'
            'token = "${CI_TOKEN}"\n'
            'poll_strategy = "org"\n'
            f'projects = ["GitHub/Acme/API", "gh/acme/lib", "gh/acme/secret", "circleci/{mobile.org.id}/{mobile.id}"]\n'
            f'[storage]\npath = "{tmp_path / "db.sqlite"}"\n')
        result = CliRunner().invoke(cli, ["check", "--config", str(cfg), "--json"], env={"CI_TOKEN": sim.token},
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out = json.loads(result.stdout)
        rows = {r["slug"]: r for r in out["projects"]}
        assert set(rows) == {"gh/acme/api", "gh/acme/lib", "gh/acme/secret", mobile.slug}
        assert rows["gh/acme/api"]["configured_as"] == "GitHub/Acme/API"
        assert rows["gh/acme/api"]["polled_by"].startswith("org feed")
        assert rows["gh/acme/lib"]["followed"] is False and "on its own" in rows["gh/acme/lib"]["polled_by"]
        assert rows[mobile.slug]["kind"].startswith("GitHub App, GitLab") and rows[mobile.slug]["name"] == "mobile"
        assert "404" in rows["gh/acme/secret"]["problem"]
        warnings = " | ".join(out["warnings"])
        for needle in ("GitHub/Acme/API is gh/acme/api", "gh/acme/lib: poll_strategy = org", "gh/acme/secret:"):
            assert needle in warnings
        assert out["base_url"] == sim.base_url  # the /api/v2 the user pasted was dropped


@pytest.mark.parametrize(
    ("line", "classname", "name"),
    [
        ("FAILED tests/unit/test_tax.py::TestVat::test_reverse_charge - AssertionError: x",
         "tests.unit.test_tax.TestVat", "test_reverse_charge"),
        ("tests/test_api.py::test_list FAILED                                  [ 50%]", "tests.test_api", "test_list"),
        ("    --- FAIL: TestParse/empty_input (0.00s)", "", "TestParse/empty_input"),
        ("  ● CheckoutForm › submits the order", "CheckoutForm", "submits the order"),
        ("[ERROR] testRefund(com.acme.PaymentTest)  Time elapsed: 0.012 s  <<< FAILURE!", "com.acme.PaymentTest",
         "testRefund"),
        ("[ERROR] com.acme.PaymentTest.testRefund -- Time elapsed: 0.01 s <<< ERROR!", "com.acme.PaymentTest",
         "testRefund"),
        ("com.acme.PaymentTest > testRefund FAILED", "com.acme.PaymentTest", "testRefund"),
        ("rspec ./spec/models/user_spec.rb:12 # User validates the email", "spec.models.user_spec.rb",
         "User validates the email"),
    ],
)
def test_failed_tests_are_read_from_each_runners_summary(line, classname, name):
    (test,) = failed_tests_from_log(["noise", line, "more noise", line])
    assert (test.classname, test.name) == (classname, name)


def test_a_passing_line_names_no_failed_test():
    assert failed_tests_from_log(["tests/test_api.py::test_list PASSED", "--- PASS: TestX (0.01s)",
                                  "  ✓ renders (3 ms)", "Tests run: 10, Failures: 0"]) == []


def test_quiet_projects_wait_longer_and_a_fresh_failure_makes_them_due_again():
    from datetime import UTC, datetime

    from triage_agent.config import PollingSettings

    polling = PollingSettings()
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    stamp = lambda delta: (now - delta).strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
    assert quiet_interval({"last_pipeline_at": stamp(timedelta(minutes=10))}, polling, now) == timedelta(minutes=5)
    assert quiet_interval({"last_pipeline_at": stamp(timedelta(hours=8))}, polling, now) == timedelta(hours=1)
    assert quiet_interval({"last_pipeline_at": stamp(timedelta(days=7))}, polling, now) == timedelta(hours=3)
    assert quiet_interval({"last_pipeline_at": stamp(timedelta(days=7)),
                           "last_failure_at": stamp(timedelta(minutes=1))}, polling, now) == timedelta(minutes=5)
    first = next_poll_at({"slug": "gh/a/b", "last_pipeline_at": stamp(timedelta(days=7))}, polling, now)
    assert now + timedelta(minutes=18) <= first <= now + timedelta(hours=3)


def test_a_long_first_cycle_shows_its_progress():
    assert progress_line({"done": 120, "total": 1000, "requests": 245, "paused_for": 0, "rate_per_minute": 60}) == (
        "reading projects: 120/1000, 245 requests so far; ~15 min ahead at 60 requests/minute")


def test_a_first_cycle_reports_progress_as_projects_are_read(make_app):
    sc = Scenario(seed=9)
    for i in range(25):
        sc.add_project(f"gh/acme/p{i:02d}", followed=False)
    with Simulator(sc) as sim:
        app = make_app(sim, circleci={"projects": [f"gh/acme/p{i:02d}" for i in range(25)]})
        seen: list[dict] = []
        run_poll_cycle(app, sim.now(), progress=seen.append)
        assert [s["done"] for s in seen] == [10, 20, 25] and all(s["total"] == 25 for s in seen)
        assert seen[-1]["requests"] >= 25
