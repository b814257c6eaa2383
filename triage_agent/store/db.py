"""The database handle: opening (WAL, busy timeout, migrations), transactions, the daemon lock,
and the small shared queries (kv, usage counters, the audit log, cycles)."""

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

from ..errors import AlreadyRunning, StoreError
from ..timeutil import day, iso
from .schema import SCHEMA_TABLES, migrations  # noqa: F401 - re-exported

# The database driver's exception types, named here so that no module outside the store imports
# the driver to tell a database problem from others (a different database swaps these with the
# store): LOCKED, a lock held past the busy timeout (or another operational refusal); DAMAGED,
# any error the database raised (the CLI then tells a damaged file by its words); DB_ERRORS,
# the database unreachable or unreadable, ours or the driver's.
LOCKED: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
DAMAGED: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, StoreError)


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


