"""Webhook intake against a real store: deduplication, what is ignored, backlogs, damaged rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from triage_agent.pipeline.intake.webhooks import BATCH, record_delivery, run_intake_cycle
from triage_agent.pipeline.run import run_discovery
from triage_agent.providers.circleci.webhook import (
    PipelineRef,
    ProjectRef,
    WebhookEvent,
    WorkflowRef,
)
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import projects

NOW = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)


def event(slug: str = "github/acme/api", status: str = "success", branch: str = "main") -> WebhookEvent:
    return WebhookEvent(
        id=str(uuid.uuid4()), type="workflow-completed", happened_at="2025-03-04T11:59:59Z",
        project=ProjectRef(id="", slug=slug),
        pipeline=PipelineRef(id=str(uuid.uuid4()), number=7, created_at="2025-03-04T11:50:00Z", branch=branch),
        workflow=WorkflowRef(id=str(uuid.uuid4()), name="ci", status=status, created_at="2025-03-04T11:50:02Z",
                             stopped_at="2025-03-04T11:59:58Z"))


def watched_app(make_app, sim):
    app = make_app(sim, circleci={"projects": ["gh/acme/api"]})
    run_discovery(app, NOW)
    sim.clear_requests()  # discovery resolves the project; the tests count what intake sends
    return app


def test_a_backlog_larger_than_a_batch_is_processed_in_one_cycle(make_app):
    with Simulator(Scenario()) as sim:
        app = watched_app(make_app, sim)
        for _ in range(BATCH + 50):
            assert record_delivery(app.store, event(), app.config.circleci, NOW, app.provider).result == "accepted"
        summary = run_intake_cycle(app, NOW)
        assert summary is not None and summary.deliveries_processed == BATCH + 50
        assert app.store.db.execute("select count(*) from webhook_deliveries where state = 'pending'").fetchone()[0] == 0
        assert app.store.db["workflows"].count == BATCH + 50
        assert sim.requests == []  # successful workflows cost no request
        assert run_intake_cycle(app, NOW) is None  # nothing waits: no cycle recorded
        assert app.store.db.execute("select count(*) from cycles where kind = 'webhook'").fetchone()[0] == 1


def test_recording_dedups_and_sorts_out_what_is_not_acted_on(make_app):
    with Simulator(Scenario()) as sim:
        app = watched_app(make_app, sim)
        cfg = app.config.circleci
        e = event()
        assert record_delivery(app.store, e, cfg, NOW, app.provider).result == "accepted"
        assert record_delivery(app.store, e, cfg, NOW, app.provider).result == "duplicate"
        assert record_delivery(app.store, event(slug="github/acme/web"), cfg, NOW, app.provider).reason == "project not watched"
        ping = WebhookEvent(id="p", type="ping")
        assert record_delivery(app.store, ping, cfg, NOW, app.provider).result == "ping"
        job = WebhookEvent(id="j", type="job-completed")
        assert record_delivery(app.store, job, cfg, NOW, app.provider).result == "ignored"
        rows = {r["state"]: r["n"] for r in app.store.db.query(
            "select state, count(*) as n from webhook_deliveries group by state")}
        assert rows == {"pending": 1, "ignored": 1}  # pings and job events leave no row


def test_a_damaged_row_is_set_aside_and_does_not_block_the_queue(make_app):
    with Simulator(Scenario()) as sim:
        app = watched_app(make_app, sim)
        good, bad = event(), event()
        record_delivery(app.store, bad, app.config.circleci, NOW, app.provider)
        record_delivery(app.store, good, app.config.circleci, NOW, app.provider)
        # Raw on purpose: a row damaged on disk, which no store function would write.
        app.store.db["webhook_deliveries"].update(bad.id, {"event": "{not json"})
        summary = run_intake_cycle(app, NOW)
        states = dict(app.store.db.execute("select id, state from webhook_deliveries").fetchall())
        assert states == {bad.id: "failed", good.id: "processed"}
        assert summary is not None and any("unreadable" in w for w in summary.warnings)


def test_a_stored_project_id_links_a_delivery_whatever_its_slug_says(make_app):
    with Simulator(Scenario()) as sim:
        app = watched_app(make_app, sim)
        if "project_id" not in app.store.db["projects"].columns_dict:
            app.store.db["projects"].add_column("project_id", str)
        projects.record_discovered(app.store, "gh/acme/api", projects.Identity(project_id="p-123"))
        moved = event(slug="circleci/NewOrgId/NewProjectId")
        moved = WebhookEvent(**{**moved.__dict__, "project": ProjectRef(id="p-123", slug=moved.project.slug)})
        assert record_delivery(app.store, moved, app.config.circleci, NOW, app.provider).result == "accepted"
        row = app.store.db.execute("select project_slug from webhook_deliveries").fetchone()
        assert row[0] == "gh/acme/api"
