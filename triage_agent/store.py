"""The SQLite state through sqlite-utils: schema migrations, WAL, and the small shared queries.

Stage modules keep their own queries next to their logic; this module owns the schema,
the connection settings, usage counters, the audit log and the daemon lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from .errors import AlreadyRunning, StoreError
from .timeutil import day, iso

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


SCHEMA_TABLES = (
    "projects", "org_cursors", "pipelines", "workflows", "failures", "evidence", "verdicts",
    "proposals", "proposal_failures", "audit_log", "reruns", "reports", "report_occurrences",
    "api_usage", "llm_usage", "cycles", "kv", "failure_text", "llm_events", "rule_decisions",
    "missing", "manual_reruns",
)


def dumps(value: Any) -> str:
    """JSON for a TEXT column."""
    return json.dumps(value, sort_keys=True, default=str)


def loads(value: str | None, default: Any = None) -> Any:
    """Parse a JSON TEXT column, tolerating NULL and damage."""
    if not value:
        return default
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default


def _enable_wal(conn: sqlite3.Connection, busy_timeout: float) -> str:
    """Switch the file to WAL (a no-op once it is). Another connection creating the same file at
    that moment makes the switch fail at once with "locked", without waiting: retry until the
    busy timeout."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                return mode
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


class Store:
    """The database handle every stage receives. Owns the connection and the schema."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self._lock_file: Any = None

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, busy_timeout: float = 10.0, migrate: bool = True) -> Store:
        """Open (creating if needed) the SQLite file with WAL and a busy timeout, and migrate it."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Readable by the owner alone, whatever the umask: the file holds build logs and
            # the audit trail. SQLite gives its -wal and -shm files the database's own mode.
            # Only a file that does not exist yet is touched (O_EXCL): closing a descriptor of
            # a database this process already has open would drop SQLite's locks on it.
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                pass
            except OSError as exc:
                raise StoreError(f"database {path}: {exc.strerror or exc}") from exc
            conn = sqlite3.connect(str(path), timeout=busy_timeout, check_same_thread=False)
            # Statements autocommit; multi-statement changes use db.atomic() explicitly.
            conn.isolation_level = None
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            mode = _enable_wal(conn, busy_timeout)
            if str(mode).lower() != "wal":
                raise StoreError(f"database {path}: cannot switch to WAL mode (got {mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            db = sqlite_utils.Database(conn, execute_plugins=False)
            store = cls(db, path)
            if migrate:
                store.migrate()
        except sqlite3.DatabaseError as exc:
            hint = ("; the file is damaged: restore it from a backup, or move it away to start afresh"
                    if re.search(r"malformed|not a database|corrupt", str(exc), re.I) else "")
            raise StoreError(f"database {path}: {exc}{hint}") from exc
        return store

    @classmethod
    def memory(cls) -> Store:
        """An in-memory store (unit tests of pure queries only)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.isolation_level = None
        store = cls(sqlite_utils.Database(conn, execute_plugins=False))
        store.migrate()
        return store

    def migrate(self) -> list[str]:
        """Apply pending migrations; return their names.

        Under the write lock, so processes or threads opening the file at once wait for each
        other instead of failing with "database is locked".
        """
        with self.atomic():
            pending = [m.name for m in migrations.pending(self.db)]
            if pending:
                migrations.apply(self.db)
        return pending

    def pending_migrations(self) -> list[str]:
        return [m.name for m in migrations.pending(self.db)]

    def close(self) -> None:
        self.release_lock()
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """A transaction: all of it commits, or none of it.

        The outermost level takes SQLite's write lock up front (BEGIN IMMEDIATE): a deferred
        transaction that reads, then writes while another process (the daemon, a person at the
        CLI) has committed fails at once with "database is locked", since WAL cannot upgrade a
        stale snapshot and the busy timeout does not apply. Nested levels are savepoints.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    # -- the daemon lock ------------------------------------------------------------------

    def acquire_lock(self) -> None:
        """Take an exclusive lock beside the database; a second daemon gets AlreadyRunning."""
        if self.path is None:
            return
        lock_path = Path(str(self.path) + ".lock")
        handle = os.fdopen(os.open(lock_path, os.O_CREAT | os.O_RDWR | os.O_APPEND, 0o600), "a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise AlreadyRunning(
                f"another triage-agent daemon ({holder}) is using {self.path}; stop it first"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self._lock_file = handle

    def release_lock(self) -> None:
        if self._lock_file is not None:
            try:
                fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_UN)
            finally:
                self._lock_file.close()
                self._lock_file = None

    # -- small shared queries -------------------------------------------------------------

    def get_kv(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db.query("select value from kv where key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_kv(self, key: str, value: str) -> None:
        self.db.execute(
            "insert into kv (key, value) values (?, ?) "
            "on conflict(key) do update set value = excluded.value",
            [key, value],
        )

    def add_api_usage(self, counts: Mapping[str, int], now: datetime) -> None:
        """Add request counts (by endpoint) to today's API usage."""
        today = day(now)
        with self.atomic():
            for endpoint, n in counts.items():
                if n:
                    self.db.execute(
                        "insert into api_usage (day, endpoint, requests) values (?, ?, ?) "
                        "on conflict(day, endpoint) do update set requests = requests + excluded.requests",
                        [today, endpoint, int(n)],
                    )

    def api_requests_on(self, day_str: str) -> int:
        row = self.db.execute(
            "select coalesce(sum(requests), 0) from api_usage where day = ?", [day_str]
        ).fetchone()
        return int(row[0])

    def add_llm_usage(self, *, now: datetime, failure_id: int | None, model: str, prompt_tokens: int,
                      completion_tokens: int, calls: int, error: str | None) -> None:
        self.db["llm_usage"].insert(
            {
                "at": iso(now), "day": day(now), "failure_id": failure_id, "model": model,
                "prompt_tokens": int(prompt_tokens), "completion_tokens": int(completion_tokens),
                "calls": int(calls), "error": error,
            }
        )

    def llm_tokens_on(self, day_str: str) -> int:
        row = self.db.execute(
            "select coalesce(sum(prompt_tokens + completion_tokens), 0) from llm_usage where day = ?",
            [day_str],
        ).fetchone()
        return int(row[0])

    def audit(self, *, now: datetime, actor: str, event: str, proposal_id: int | None = None,
              from_status: str | None = None, to_status: str | None = None,
              detail: Mapping[str, Any] | None = None) -> None:
        """Append one row to the audit log (who did what, when, why).

        The row also carries the real uid of the process writing it: ``actor`` is a name,
        which a person could choose, the uid is what the operating system says.
        """
        self.db["audit_log"].insert(
            {
                "at": iso(now), "proposal_id": proposal_id, "actor": actor, "event": event,
                "from_status": from_status, "to_status": to_status,
                "detail": dumps(dict(detail or {})), "uid": os.getuid(),
            }
        )

    def start_cycle(self, kind: str, now: datetime) -> int:
        return int(self.db["cycles"].insert({"kind": kind, "started_at": iso(now), "ok": 0}).last_pk)

    def finish_cycle(self, cycle_id: int, now: datetime, *, ok: bool, summary: Mapping[str, Any],
                     error: str | None = None) -> None:
        self.db["cycles"].update(
            cycle_id,
            {"finished_at": iso(now), "ok": int(ok), "summary": dumps(dict(summary)), "error": error},
        )

    def last_cycle(self, kind: str) -> dict[str, Any] | None:
        rows = list(
            self.db.query(
                "select * from cycles where kind = ? and finished_at is not null "
                "order by id desc limit 1",
                [kind],
            )
        )
        return rows[0] if rows else None


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
