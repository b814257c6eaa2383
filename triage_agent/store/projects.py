"""The watched projects in the store: who they are, their activity and polling schedule, the org
feeds' cursors and horizons, and the 404s not yet confirmed (``missing``).

Discovery writes a project's identity, polling its cursor and schedule; both go through here.
Times are ISO strings as the tables hold them (``timeutil.iso``). A project row crosses as a
``ProjectRow``; the stages read it like the mapping it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

from ..timeutil import iso
from .db import Store


class ProjectRow(TypedDict, total=False):
    """A ``projects`` row: identity (from discovery), activity and polling schedule."""

    slug: str  # canonical
    org_slug: str
    source: str  # "config" or "followed"
    active: int
    default_branch: str | None
    first_seen_at: str | None
    last_discovered_at: str | None
    last_polled_at: str | None
    cursor_created_at: str | None  # the newest pipeline read so far
    cursor_number: int | None
    last_error: str | None
    skip_until: str | None  # not read before this (it answered 403/404)
    flaky_fetched_at: str | None
    flaky_tests: str | None
    project_id: str | None
    organization_id: str | None
    name: str | None
    configured_as: str | None  # the spelling it was configured or listed as
    followed: int | None  # 1/0, None: unknown
    kind: str | None
    provider: str | None
    resolved_at: str | None
    resolve_error: str | None
    next_poll_at: str | None
    last_pipeline_at: str | None
    last_failure_at: str | None
    poll_mode: str | None


class Identity(TypedDict, total=False):
    """What a discovery writes about a watched project (``record_discovered``)."""

    org_slug: str
    source: str
    active: int
    default_branch: str | None
    last_discovered_at: str
    configured_as: str
    kind: str
    followed: int | None
    resolve_error: str | None
    project_id: str
    organization_id: str | None
    name: str | None
    resolved_at: str


class WatchedRef(TypedDict, total=False):
    """An active project as a webhook event is matched against it."""

    slug: str
    project_id: str | None
    configured_as: str | None


# Tables whose rows name a project by slug: a canonical rename moves them all.
_SLUG_TABLES = ("pipelines", "workflows", "failures", "proposals", "reruns", "reports", "manual_reruns")
# Activity and cursor columns a rename onto an existing row merges (the further of both).
_MERGED = ("cursor_created_at", "last_polled_at", "last_pipeline_at", "last_failure_at")


# --------------------------------------------------------------------------- reading


def project(store: Store, slug: str) -> ProjectRow:
    """The row of ``slug`` (which must exist)."""
    return store.db["projects"].get(slug)  # type: ignore[return-value]


def project_by_slug(store: Store, slug: str) -> ProjectRow | None:
    """The row of exactly ``slug``, or None."""
    return next(iter(store.db.query("select * from projects where slug = ?", [slug])), None)  # type: ignore[return-value]


def project_by_id(store: Store, project_id: str) -> ProjectRow | None:
    """The row with the provider's project id (an active one first), or None."""
    return next(iter(store.db.query("select * from projects where project_id = ? order by active desc",
                                    [project_id])), None)  # type: ignore[return-value]


def all_projects(store: Store, *, active_first: bool = False) -> list[ProjectRow]:
    """Every project row, watched or not (active ones first when asked)."""
    order = " order by active desc" if active_first else ""
    return list(store.db.query("select * from projects" + order))  # type: ignore[arg-type]


def resolved_projects(store: Store) -> list[ProjectRow]:
    """The rows whose identity the provider answered at some point (discovery's cache)."""
    return list(store.db.query("select * from projects where resolved_at is not null"))  # type: ignore[arg-type]


def active_projects(store: Store, now: datetime) -> list[ProjectRow]:
    """Watched projects not resting after a refusal, by slug."""
    return list(store.db.query(  # type: ignore[arg-type]
        "select * from projects where active = 1 and (skip_until is null or skip_until <= ?) order by slug",
        [iso(now)],
    ))


def watched_projects(store: Store) -> list[WatchedRef]:
    """The watched projects as an event is matched against them: ``slug`` and, where discovery
    stored them, ``project_id`` (the surest link, since a project's slug changes when it moves to
    another VCS integration) and ``configured_as`` (the spelling it was configured as)."""
    columns = store.db["projects"].columns_dict
    extra = [c for c in ("project_id", "configured_as") if c in columns]
    return list(store.db.query(f"select {', '.join(['slug', *extra])} from projects where active = 1"))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- discovery's writes


def add_project(store: Store, slug: str, first_seen_at: str, identity: Identity) -> None:
    """Insert a newly watched project."""
    store.db["projects"].insert({"slug": slug, "first_seen_at": first_seen_at, **identity}, pk="slug")


def record_discovered(store: Store, slug: str, identity: Identity) -> None:
    """Update a known project with what discovery found now."""
    store.db["projects"].update(slug, dict(identity))


def deactivate_project(store: Store, slug: str) -> None:
    """No longer watched: kept, with its history, but not polled."""
    store.db["projects"].update(slug, {"active": 0})


def rename_project(store: Store, old: str, new: str) -> None:
    """Move a project row, and everything recorded under its old slug, to ``new`` (its canonical
    slug). Onto an existing row, the further cursor and the known activity of both are kept."""
    row = store.db["projects"].get(old)
    exists = store.db.execute("select 1 from projects where slug = ?", [new]).fetchone()
    if exists:
        other = store.db["projects"].get(new)
        merged = {k: (max(filter(None, [row.get(k), other.get(k)]), default=None)) for k in _MERGED}
        store.db["projects"].update(new, merged)
        store.db["projects"].delete(old)
    else:
        store.db["projects"].insert({**row, "slug": new}, pk="slug")
        store.db["projects"].delete(old)
    for table in _SLUG_TABLES:
        store.db.execute(f"update {table} set project_slug = ? where project_slug = ?", [new, old])


# --------------------------------------------------------------------------- activity and schedule


def note_pipeline_at(store: Store, slug: str, created_at: str) -> None:
    """A pipeline created at ``created_at`` was seen: the project's ``last_pipeline_at`` moves
    forward to it (never back)."""
    store.db.execute(
        "update projects set last_pipeline_at = ? where slug = ? and "
        "(last_pipeline_at is null or last_pipeline_at < ?)", [created_at, slug, created_at])


def note_failure_at(store: Store, slug: str, failed_at: str) -> None:
    """A failure that happened at ``failed_at`` was recorded: ``last_failure_at`` moves forward."""
    store.db.execute(
        "update projects set last_failure_at = max(coalesce(last_failure_at, ''), ?) where slug = ?",
        [failed_at, slug])


def due_now(store: Store, slug: str, now: datetime) -> None:
    """Make the project due at once (it just failed: a fix or a rerun usually follows)."""
    store.db.execute("update projects set next_poll_at = ? where slug = ?", [iso(now), slug])


def project_polled(store: Store, slug: str, now: datetime, *, cursor: str, next_poll_at: str) -> None:
    """The project was listed on its own: new cursor and next due time; any error or rest cleared."""
    store.db["projects"].update(slug, {
        "last_polled_at": iso(now), "last_error": None, "skip_until": None,
        "cursor_created_at": cursor, "next_poll_at": next_poll_at})


def feed_read(store: Store, slug: str, now: datetime, cursor: str) -> None:
    """The org feed covered the project: it counts as read, and gets the feed's cursor if it had none."""
    store.db.execute(
        "update projects set last_polled_at = ?, last_error = null, "
        "cursor_created_at = coalesce(cursor_created_at, ?) where slug = ?",
        [iso(now), cursor, slug],
    )


def project_failed(store: Store, slug: str, error: str) -> None:
    """Reading the project failed this cycle (it is tried again next cycle)."""
    store.db["projects"].update(slug, {"last_error": error[:300]})


def project_refused(store: Store, slug: str, error: str, until: datetime) -> None:
    """The project answered 403/404: rest it until ``until``."""
    store.db["projects"].update(slug, {"last_error": error[:300], "skip_until": iso(until)})


# --------------------------------------------------------------------------- org feeds


@dataclass(frozen=True)
class OrgCursor:
    """How far an organization's feed has been read, and when."""

    org_slug: str
    cursor_created_at: str | None
    updated_at: str | None


def org_cursor(store: Store, org_slug: str) -> OrgCursor | None:
    """The feed cursor of ``org_slug``, if its feed was ever read."""
    row = next(iter(store.db.query(
        "select cursor_created_at, updated_at from org_cursors where org_slug = ?", [org_slug])), None)
    if row is None:
        return None
    return OrgCursor(org_slug=org_slug, cursor_created_at=row["cursor_created_at"], updated_at=row["updated_at"])


def org_cursor_slugs(store: Store) -> set[str]:
    """The organizations whose feed has a cursor."""
    return {r["org_slug"] for r in store.db.query("select org_slug from org_cursors")}


def set_org_cursor(store: Store, org_slug: str, cursor: str, now: datetime) -> None:
    """Record how far the feed of ``org_slug`` was read."""
    store.db["org_cursors"].upsert(
        {"org_slug": org_slug, "cursor_created_at": cursor, "updated_at": iso(now)}, pk="org_slug")


def _horizon_key(org_slug: str) -> str:
    return f"feed_horizon:{org_slug}"


def feed_horizon(store: Store, org_slug: str) -> str | None:
    """The last build time of the org's 250th most recently built followed project (recorded at
    discovery), or None when the org has at most 250 followed projects."""
    return store.get_kv(_horizon_key(org_slug))


def set_feed_horizon(store: Store, org_slug: str, horizon: str | None) -> None:
    """Record the org's feed horizon; None (at most 250 followed projects) removes it."""
    if horizon is None:
        store.db.execute("delete from kv where key = ?", [_horizon_key(org_slug)])
    else:
        store.set_kv(_horizon_key(org_slug), horizon)


# --------------------------------------------------------------------------- 404s not yet final


@dataclass(frozen=True)
class MissingMark:
    """A resource that answered 404: since when, how often, last when."""

    key: str
    first_at: str | None
    last_at: str | None
    count: int


def missing_mark(store: Store, key: str) -> MissingMark | None:
    """The 404s recorded for ``key``, if any."""
    row = next(iter(store.db.query("select * from missing where key = ?", [key])), None)
    if row is None:
        return None
    return MissingMark(key=key, first_at=row["first_at"], last_at=row["last_at"], count=int(row["count"] or 0))


def first_missing(store: Store, key: str, now: datetime, detail: str) -> None:
    """Record a first 404 for ``key`` (replacing one too old to count)."""
    stamp = iso(now)
    store.db["missing"].upsert(
        {"key": key, "first_at": stamp, "last_at": stamp, "count": 1, "detail": detail[:300]}, pk="key")


def missing_again(store: Store, key: str, now: datetime, count: int) -> None:
    """Record another 404 for ``key``: now the ``count``-th."""
    store.db["missing"].update(key, {"last_at": iso(now), "count": count})


def forget_missing(store: Store, key: str) -> None:
    """Forget the 404s of ``key`` (it answered again, or the 404 was acted on)."""
    store.db.execute("delete from missing where key = ?", [key])
