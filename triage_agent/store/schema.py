"""The schema's history: sqlite-utils migrations, applied in order and recorded by name.

Names and order never change once released: an existing install records the ones it has
applied, and a new one is always appended.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("triage_agent")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """The first schema: everything the flow records."""
    db["projects"].create(
        {
            "slug": str, "org_slug": str, "source": str, "active": int, "default_branch": str,
            "first_seen_at": str, "last_discovered_at": str, "last_polled_at": str,
            "cursor_created_at": str, "cursor_number": int, "last_error": str,
            "skip_until": str, "flaky_fetched_at": str, "flaky_tests": str,
        },
        pk="slug",
        defaults={"active": 1},
    )
    db["org_cursors"].create(
        {"org_slug": str, "cursor_created_at": str, "updated_at": str}, pk="org_slug"
    )
    db["pipelines"].create(
        {
            "id": str, "project_slug": str, "number": int, "branch": str, "revision": str,
            "commit_subject": str, "created_at": str, "state": str, "trigger_type": str,
            "actor": str, "open": int, "first_seen_at": str, "last_checked_at": str,
            "closed_at": str,
        },
        pk="id",
    )
    db["pipelines"].create_index(["project_slug", "created_at"])
    db["pipelines"].create_index(["open"])
    db["pipelines"].create_index(["project_slug", "revision"])
    db["workflows"].create(
        {
            "id": str, "pipeline_id": str, "project_slug": str, "pipeline_number": int,
            "name": str, "status": str, "created_at": str, "stopped_at": str,
            "auto_rerun_number": int, "max_auto_reruns": int, "collected": int,
            "rerun_of": str, "first_seen_at": str, "updated_at": str,
        },
        pk="id",
    )
    db["workflows"].create_index(["pipeline_id"])
    db["workflows"].create_index(["project_slug", "name", "status"])
    db["failures"].create(
        {
            "id": int, "key": str, "project_slug": str, "pipeline_id": str,
            "pipeline_number": int, "branch": str, "revision": str, "workflow_id": str,
            "workflow_name": str, "job_id": str, "job_number": int, "job_name": str,
            "job_status": str, "started_at": str, "stopped_at": str, "detected_at": str,
            "fingerprint": str, "signature": str, "state": str, "origin": str,
            "decision": str, "attempts": int, "last_error": str,
        },
        pk="id",
        defaults={"attempts": 0},
    )
    db["failures"].create_index(["key"], unique=True)
    db["failures"].create_index(["fingerprint"])
    db["failures"].create_index(["detected_at"])
    db["failures"].create_index(["state"])
    db["failures"].create_index(["workflow_id"])
    db["evidence"].create(
        {
            "failure_id": int, "log_excerpt": str, "failed_tests": str, "known_flaky": str,
            "history": str, "steps": str, "problems": str, "signal": str, "collected_at": str,
        },
        pk="failure_id",
    )
    db["verdicts"].create(
        {
            "id": int, "failure_id": int, "verdict": str, "confidence": float,
            "category": str, "rationale": str, "evidence": str, "classifier": str,
            "offline_verdict": str, "offline_confidence": float, "llm_called": int,
            "llm_error": str, "prompt_tokens": int, "completion_tokens": int,
            "created_at": str,
        },
        pk="id",
    )
    db["verdicts"].create_index(["failure_id"])
    db["proposals"].create(
        {
            "id": int, "failure_id": int, "action": str, "status": str,
            "project_slug": str, "pipeline_id": str, "pipeline_number": int,
            "workflow_id": str, "workflow_name": str, "job_number": int, "job_name": str,
            "branch": str, "revision": str, "verdict": str, "confidence": float,
            "category": str, "fingerprint": str, "summary": str, "reason": str,
            "kind": str, "created_at": str, "updated_at": str, "expires_at": str,
            "decided_by": str, "decided_at": str, "decision_reason": str,
            "auto_approved": int, "executing_at": str, "executed_at": str,
            "result": str, "error": str, "attempts": int,
        },
        pk="id",
        defaults={"attempts": 0, "auto_approved": 0},
    )
    db["proposals"].create_index(["status"])
    db["proposals"].create_index(["workflow_id"])
    db["proposals"].create_index(["fingerprint"])
    db["proposal_failures"].create(
        {"proposal_id": int, "failure_id": int}, pk=("proposal_id", "failure_id")
    )
    db["audit_log"].create(
        {
            "id": int, "at": str, "proposal_id": int, "actor": str, "event": str,
            "from_status": str, "to_status": str, "detail": str,
        },
        pk="id",
    )
    db["audit_log"].create_index(["proposal_id"])
    db["audit_log"].create_index(["at"])
    db["reruns"].create(
        {
            "proposal_id": int, "project_slug": str, "pipeline_id": str,
            "original_workflow_id": str, "new_workflow_id": str, "workflow_name": str,
            "fingerprint": str, "verdict_confidence": float, "status": str,
            "outcome": str, "sent_at": str, "finished_at": str, "checked_at": str,
            "detail": str,
        },
        pk="proposal_id",
    )
    db["reruns"].create_index(["status"])
    db["reruns"].create_index(["sent_at"])
    db["reports"].create(
        {
            "id": int, "fingerprint": str, "project_slug": str, "title": str,
            "proposal_id": int, "created_at": str, "last_seen_at": str,
            "occurrences": int, "locations": str,
        },
        pk="id",
    )
    db["reports"].create_index(["fingerprint"], unique=True)
    db["report_occurrences"].create(
        {"report_id": int, "failure_id": int, "at": str}, pk=("report_id", "failure_id")
    )
    db["api_usage"].create(
        {"day": str, "endpoint": str, "requests": int}, pk=("day", "endpoint")
    )
    db["llm_usage"].create(
        {
            "id": int, "at": str, "day": str, "failure_id": int, "model": str,
            "prompt_tokens": int, "completion_tokens": int, "calls": int, "error": str,
        },
        pk="id",
    )
    db["llm_usage"].create_index(["day"])
    db["cycles"].create(
        {
            "id": int, "kind": str, "started_at": str, "finished_at": str, "ok": int,
            "summary": str, "error": str,
        },
        pk="id",
    )
    db["cycles"].create_index(["kind", "started_at"])
    db["kv"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_judgement_memory(db: sqlite_utils.Database) -> None:
    """Similar-failure search (FTS5 over normalised error lines), LLM breaker events, rule decisions."""
    db["failure_text"].create(
        {"failure_id": int, "org_slug": str, "project_slug": str, "job_name": str, "text": str,
         "created_at": str},
        pk="failure_id",
    )
    db["failure_text"].create_index(["org_slug"])
    # BM25 ranking over the error lines; triggers keep the index in step with the table.
    db["failure_text"].enable_fts(["text"], fts_version="FTS5", create_triggers=True)
    db["llm_events"].create(
        {"id": int, "at": str, "day": str, "event": str, "reason": str, "failures": int},
        pk="id",
    )
    db["llm_events"].create_index(["day"])
    db["rule_decisions"].create(
        {"id": str, "status": str, "verdict": str, "pattern": str, "decided_by": str,
         "decided_at": str, "reason": str, "file": str},
        pk="id",
    )


@migrations()
def m003_webhook_deliveries(db: sqlite_utils.Database) -> None:
    """CircleCI webhook deliveries: one row per payload id (deduplication and crash-safe intake)."""
    db["webhook_deliveries"].create(
        {
            "id": str, "type": str, "project_slug": str, "pipeline_id": str, "workflow_id": str,
            "workflow_status": str, "state": str, "reason": str, "event": str, "received_at": str,
            "processed_at": str, "attempts": int, "last_error": str,
        },
        pk="id",
        defaults={"attempts": 0},
    )
    db["webhook_deliveries"].create_index(["state"])
    db["webhook_deliveries"].create_index(["received_at"])


@migrations()
def m004_canonical_identity(db: sqlite_utils.Database) -> None:
    """Canonical project identity, adaptive polling, 404 confirmation, reruns seen after closing.

    Projects gain the identity ``GET /project/{slug}`` answers (id, organization id, name), the
    spelling they were configured as, whether the token user follows them, and their polling
    schedule. An existing row keeps its slug until the next discovery resolves it; a row keyed
    by an alias (``github/acme/api``) is then moved to the canonical slug with its cursor.
    """
    projects = db["projects"]
    for column, kind in (("project_id", str), ("organization_id", str), ("name", str),
                         ("configured_as", str), ("followed", int), ("kind", str), ("provider", str),
                         ("resolved_at", str), ("resolve_error", str), ("next_poll_at", str),
                         ("last_pipeline_at", str), ("last_failure_at", str), ("poll_mode", str)):
        if column not in projects.columns_dict:
            projects.add_column(column, kind)
    db.execute("update projects set configured_as = slug where configured_as is null")
    # Rows from the followed list were followed; a configured one is unknown until discovery,
    # which is made due at once (an existing install resolves its projects on its next cycle).
    db.execute("update projects set followed = 1 where source = 'followed' and followed is null")
    if db["kv"].exists():
        db.execute("update kv set value = '1970-01-01T00:00:00Z' where key = 'last_discovery_at'")
    projects.create_index(["project_id"], if_not_exists=True)
    pipelines = db["pipelines"]
    for column, kind in (("updated_at", str), ("recheck_at", str), ("rechecks", int)):
        if column not in pipelines.columns_dict:
            pipelines.add_column(column, kind)
    pipelines.create_index(["recheck_at"], if_not_exists=True)
    if "tag" not in db["workflows"].columns_dict:
        db["workflows"].add_column("tag", str)
    if "tests_source" not in db["evidence"].columns_dict:
        db["evidence"].add_column("tests_source", str)
    # A 404 is final only when seen twice, minutes apart, with the token confirmed in between.
    db["missing"].create(
        {"key": str, "first_at": str, "last_at": str, "count": int, "detail": str},
        pk="key", if_not_exists=True,
    )
    # Reruns made by people (not by an approved proposal), found in pipelines already seen.
    db["manual_reruns"].create(
        {"new_workflow_id": str, "original_workflow_id": str, "pipeline_id": str, "project_slug": str,
         "workflow_name": str, "detected_at": str, "status": str, "outcome": str, "finished_at": str,
         "detail": str},
        pk="new_workflow_id", if_not_exists=True,
    )
    db["manual_reruns"].create_index(["status"], if_not_exists=True)


@migrations()
def m005_execution_lease_and_audit_uid(db: sqlite_utils.Database) -> None:
    """The executor's lease on an executing proposal, and the numeric uid of each audit row's writer."""
    db["proposals"].add_column("lease_owner", str)
    db["proposals"].add_column("lease_until", str)
    db["audit_log"].add_column("uid", int)


@migrations()
def m006_proposal_projects(db: sqlite_utils.Database) -> None:
    """The projects of a proposal about several (an incident report), one row each.

    Incident proposals kept them comma-joined in ``project_slug``; they move here, and the
    column is left NULL for such a proposal (its single project otherwise).
    """
    db["proposal_projects"].create(
        {"proposal_id": int, "project_slug": str}, pk=("proposal_id", "project_slug"),
        if_not_exists=True,
    )
    rows = list(db.query("select id, project_slug from proposals where kind = 'incident' "
                         "and project_slug is not null"))
    for row in rows:
        for slug in dict.fromkeys(s.strip() for s in row["project_slug"].split(",")):
            if slug:
                db.execute("insert or ignore into proposal_projects (proposal_id, project_slug) "
                           "values (?, ?)", [row["id"], slug])
        db.execute("update proposals set project_slug = NULL where id = ?", [row["id"]])


@migrations()
def m007_decision_lookup_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for the team's decisions looked up by failure and the refuted reruns.

    ``proposal_failures``' key starts with the proposal, so every "which proposals were about
    this failure" (the similar failures' labels, the outcome of a prior verdict, each read
    while judging a failure) scanned the table; the refuted fingerprints scanned ``reruns``, and
    a person's rerun of a failure's workflow scanned ``manual_reruns``. All grow with every
    failure a team keeps for months.
    """
    db["proposal_failures"].create_index(["failure_id"], if_not_exists=True)
    db["reruns"].create_index(["outcome"], if_not_exists=True)
    db["manual_reruns"].create_index(["original_workflow_id"], if_not_exists=True)


SCHEMA_TABLES = (
    "projects", "org_cursors", "pipelines", "workflows", "failures", "evidence", "verdicts",
    "proposals", "proposal_failures", "audit_log", "reruns", "reports", "report_occurrences",
    "api_usage", "llm_usage", "cycles", "kv", "failure_text", "llm_events", "rule_decisions",
    "missing", "manual_reruns", "proposal_projects",
)
