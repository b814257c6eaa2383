"""Discovery: who the token is, its organizations, which projects will be watched, and their identity.

Through the CI provider's port (``ports.CIProvider``); what follows describes CircleCI, the one
provider there is.

Every watched project, configured or followed, is resolved once through ``GET /project/{slug}``
and keyed everywhere by the ``slug``, ``organization_slug`` and ``id`` it answers: a configured
alias (``github/acme/api``, ``GH/Acme/API``, the UUID form of a ``circleci/`` slug) becomes the
canonical slug, so pipelines, cursors, the org feed, reports and the digest all agree. The
resolution is cached in the ``projects`` table and refreshed a few at a time.

Followed projects come from v1.1 ``/projects`` (v2 has no such call), for every kind of
organization: GitHub OAuth and Bitbucket Cloud items are named by their ``vcs_url``; GitHub App,
GitLab and Bitbucket Data Center ones (``vcs_type = "circleci"``) by a top-level ``slug`` when
present or their ``//circleci.com/<org UUID>/<project UUID>`` ``vcs_url``, never by an invented
``gh/`` slug. Where v1.1 cannot name a ``circleci``-type organization's projects, the
undocumented ``GET /api/private/me/followed-projects`` (what CircleCI's MCP server uses) is
asked as a fallback (the provider's optional ``FollowedFallback``); failing that, a warning says
to list them in ``circleci.projects``.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from ...config import CircleCISettings
from ...core.ci import FollowedProject, Organization, ProjectInfo, User
from ...errors import AuthError, CircleCIError, NotFound, PermissionDenied, Throttled
from ...ports import CIProvider, FollowedFallback
from ...store import Store
from ...store import projects as store_projects
from ...store.projects import ProjectRow
from ...timeutil import iso, parse

log = logging.getLogger(__name__)

__all__ = ["Discovery", "WatchedProject", "discover", "find_project", "sync_projects"]

# A cached resolution is refreshed after this long, at most REFRESH_BATCH projects a discovery.
RESOLVE_REFRESH = timedelta(days=7)
REFRESH_BATCH = 25
FEED_PROJECT_LIMIT = 250


@dataclass(frozen=True)
class WatchedProject:
    """A project to watch, with the identity CircleCI gave it (or why it has none)."""

    slug: str  # canonical: what the provider's project() answered, else the key of the input
    org_slug: str
    source: str  # "config" or "followed"
    default_branch: str = ""
    configured_as: str = ""  # the spelling in the config or the project list
    project_id: str = ""
    organization_id: str = ""
    name: str = ""
    followed: bool | None = None  # None: unknown (the project list could not be read)
    last_build_at: str = ""
    resolved_at: str = ""
    problem: str = ""  # why it could not be resolved, e.g. a 404: the token cannot read it
    kind: str = ""  # the provider's kind of project (gh, bb or circleci)


@dataclass
class Discovery:
    user: User | None
    orgs: list[Organization] = field(default_factory=list)
    projects: list[WatchedProject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Per organization: the last build time of its 250th most recently built followed project
    # ("" when unknown), absent when it has no more than 250 (the org feed covers them all).
    feed_horizons: dict[str, str] = field(default_factory=dict)
    followed_counts: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # configured spelling -> canonical slug
    used_private_api: bool = False
    # The provider's key for any spelling of a slug (how the projects were matched).
    project_key: Callable[[str], str] = field(default=lambda slug: slug.strip().strip("/"))

    @property
    def org_slugs(self) -> list[str]:
        return sorted({p.org_slug for p in self.projects})


def _cached(store: Store | None, canonical_key: Callable[[str], str]) -> dict[str, ProjectRow]:
    """Resolved projects from the store, by canonical key of slug, of configured spelling and of id."""
    if store is None:
        return {}
    out: dict[str, ProjectRow] = {}
    for row in store_projects.resolved_projects(store):
        for key in (row["slug"], row.get("configured_as") or "", row.get("project_id") or ""):
            if key:
                out[canonical_key(key) if "/" in key else key] = row
    return out


def _stale(row: ProjectRow, now: datetime) -> bool:
    resolved = parse(row.get("resolved_at"))
    if resolved is None:
        return True
    # Spread refreshes: each project's week ends at its own offset, so they do not come at once.
    offset = timedelta(hours=zlib.crc32(row["slug"].encode()) % 24)
    return now - resolved > RESOLVE_REFRESH + offset


def _from_info(provider: CIProvider, info: ProjectInfo, *, source: str, configured_as: str, now: datetime,
               followed: FollowedProject | None) -> WatchedProject:
    return WatchedProject(
        slug=info.slug, org_slug=info.organization_slug or provider.org_of(info.slug), source=source,
        kind=provider.project_kind(info.slug),
        default_branch=info.default_branch or (followed.default_branch if followed else ""),
        configured_as=configured_as, project_id=info.id, organization_id=info.organization_id,
        name=info.name, last_build_at=followed.last_build_at if followed else "", resolved_at=iso(now),
    )


def _from_row(provider: CIProvider, row: ProjectRow, *, source: str, configured_as: str,
              followed: FollowedProject | None) -> WatchedProject:
    return WatchedProject(
        slug=row["slug"], org_slug=row["org_slug"] or provider.org_of(row["slug"]), source=source,
        kind=provider.project_kind(row["slug"]),
        default_branch=row.get("default_branch") or "", configured_as=configured_as,
        project_id=row.get("project_id") or "", organization_id=row.get("organization_id") or "",
        name=row.get("name") or "", last_build_at=followed.last_build_at if followed else "",
        resolved_at=row.get("resolved_at") or "",
    )


class _Resolver:
    """Resolves slugs through the provider's ``project()``, reusing the store's cache where fresh."""

    def __init__(self, provider: CIProvider, store: Store | None, now: datetime) -> None:
        self.provider = provider
        self.cache = _cached(store, provider.project_key)
        self.now = now
        self.refreshed = 0
        self._token_ok = False

    def resolve(self, spelling: str, *, source: str, followed: FollowedProject | None) -> WatchedProject:
        key = self.provider.project_key(spelling)
        row = self.cache.get(key) or (self.cache.get(followed.project_id) if followed and followed.project_id else None)
        if row is not None and not (_stale(row, self.now) and self.refreshed < REFRESH_BATCH):
            return _from_row(self.provider, row, source=source, configured_as=spelling, followed=followed)
        try:
            info = self.provider.project(spelling)
        except (AuthError, Throttled):
            raise
        except (NotFound, PermissionDenied) as exc:
            if isinstance(exc, NotFound) and not self._token_ok:
                # A refused token answers 404 on project routes: /me says which it is.
                self.provider.me()
                self._token_ok = True
            problem = f"the token cannot read it ({exc.status}: {exc})"
            return self._unresolved(key, spelling, source, followed, problem, row)
        except CircleCIError as exc:
            return self._unresolved(key, spelling, source, followed, f"not resolved yet ({exc})", row)
        if row is not None:
            self.refreshed += 1
        return _from_info(self.provider, info, source=source, configured_as=spelling, now=self.now,
                          followed=followed)

    def _unresolved(self, key: str, spelling: str, source: str, followed: FollowedProject | None, problem: str,
                    row: ProjectRow | None) -> WatchedProject:
        if row is not None:  # keep the identity known from earlier; note the problem
            return replace(_from_row(self.provider, row, source=source, configured_as=spelling, followed=followed),
                           problem=problem)
        return WatchedProject(slug=key, org_slug=self.provider.org_of(key), source=source, configured_as=spelling,
                              kind=self.provider.project_kind(key),
                              default_branch=followed.default_branch if followed else "",
                              last_build_at=followed.last_build_at if followed else "", problem=problem)


def _list_followed(provider: CIProvider, settings: CircleCISettings, orgs: list[Organization] | None,
                   result: Discovery) -> list[FollowedProject] | None:
    """Followed projects with slugs for every organization kind. With an explicit project list an
    unreadable list only leaves "followed" unknown (None); otherwise discovery fails (raises), so
    the projects known from last time stay watched."""
    try:
        items = [p for p in provider.followed_projects() if p.followed]
    except (AuthError, Throttled):
        raise
    except CircleCIError as exc:
        if not settings.projects:
            raise
        result.warnings.append(f"could not list followed projects (v1.1 /projects: {exc})")
        return None
    named = [p for p in items if p.slug]
    nameless = [p for p in items if not p.slug]
    key = provider.project_key
    unlisted_orgs = [o for o in (orgs or []) if not o.listed_by_followed]
    listed_orgs = {key(provider.org_of(p.slug)) for p in named}
    silent = [o for o in unlisted_orgs if key(o.slug) not in listed_orgs]
    if nameless or silent:
        what = ([f"{len(nameless)} project(s) v1.1 lists without a usable slug"] if nameless else []) + (
            [f"organization(s) {', '.join(o.slug for o in silent)} with no project in v1.1's list"] if silent else [])
        if settings.private_api_fallback and isinstance(provider, FollowedFallback):
            try:
                extra = provider.fallback_followed_projects()
            except (AuthError, Throttled):
                raise
            except CircleCIError as exc:
                result.warnings.append(
                    f"{'; '.join(what)}: the fallback /api/private/me/followed-projects failed ({exc}); "
                    "list those projects in circleci.projects")
            else:
                result.used_private_api = True
                have = {key(p.slug) for p in named}
                named += [p for p in extra if p.slug and key(p.slug) not in have]
                log.info("followed projects of circleci-type organizations read from the undocumented "
                         "/api/private/me/followed-projects (%d found)", len(extra))
        else:
            result.warnings.append(f"{'; '.join(what)}: list those projects in circleci.projects "
                                   "(circleci.private_api_fallback is off)")
    return named


def _horizons(provider: CIProvider, followed: list[FollowedProject]) -> tuple[dict[str, str], dict[str, int]]:
    by_org: dict[str, list[str]] = {}
    for p in followed:
        by_org.setdefault(provider.project_key(provider.org_of(p.slug)), []).append(p.last_build_at)
    horizons = {}
    for org, stamps in by_org.items():
        if len(stamps) > FEED_PROJECT_LIMIT:
            horizons[org] = sorted(stamps, reverse=True)[FEED_PROJECT_LIMIT - 1]
    return horizons, {org: len(s) for org, s in by_org.items()}


def discover(provider: CIProvider, settings: CircleCISettings, *, now: datetime, with_user: bool = True,
             store: Store | None = None) -> Discovery:
    """Ask the CI provider who the token is and which projects to watch (config list, else
    followed), each resolved to its canonical identity (cached in ``store`` when given)."""
    canonical_key, org_of = provider.project_key, provider.org_of
    user = provider.me() if with_user else None
    wanted_orgs = {canonical_key(o) for o in settings.orgs}
    resolver = _Resolver(provider, store, now)
    orgs: list[Organization] = [] if settings.projects else provider.organizations()
    result = Discovery(user=user, orgs=orgs, project_key=canonical_key)
    if wanted_orgs and orgs:
        known = {canonical_key(o.slug) for o in orgs}
        for slug in sorted(wanted_orgs - known):
            result.warnings.append(f"circleci.orgs: {slug} is not an organization of this token's user")
    followed = _list_followed(provider, settings, orgs if not settings.projects else None, result)
    followed_by_key = {canonical_key(p.slug): p for p in followed or []}
    if settings.projects:
        spellings = list(dict.fromkeys(s.strip().strip("/") for s in settings.projects if s.strip()))
        for spelling in spellings:
            project = resolver.resolve(spelling, source="config", followed=followed_by_key.get(canonical_key(spelling)))
            result.projects.append(project)
    else:
        for fp in sorted(followed or [], key=lambda p: p.slug):
            if wanted_orgs and canonical_key(org_of(fp.slug)) not in wanted_orgs:
                continue
            result.projects.append(resolver.resolve(fp.slug, source="followed", followed=fp))
    # Whether the token user follows each project, now keyed by its canonical slug.
    by_id = {p.project_id: p for p in followed or [] if p.project_id}
    merged: dict[str, WatchedProject] = {}
    for p in result.projects:
        fp = followed_by_key.get(canonical_key(p.slug)) or followed_by_key.get(canonical_key(p.configured_as)) \
            or by_id.get(p.project_id)
        status = None if followed is None else fp is not None
        p = replace(p, followed=status, last_build_at=p.last_build_at or (fp.last_build_at if fp else ""))
        if p.configured_as and p.configured_as != p.slug:
            result.aliases[p.configured_as] = p.slug
        key = canonical_key(p.slug)
        if key in merged:
            result.warnings.append(f"circleci.projects: {p.configured_as} and {merged[key].configured_as} "
                                   f"are the same project ({p.slug}); watched once")
            continue
        merged[key] = p
    result.projects = sorted(merged.values(), key=lambda p: p.slug)
    for p in result.projects:
        if p.problem:
            result.warnings.append(f"{p.configured_as}: {p.problem}")
        elif p.source == "config" and p.configured_as != p.slug:
            result.warnings.append(f"circleci.projects: {p.configured_as} is {p.slug} (canonical slug); "
                                   "it is watched and shown as the latter")
    result.feed_horizons, result.followed_counts = _horizons(provider, followed or [])
    if not result.projects:
        result.warnings.append(
            "no followed projects found: follow projects in the CircleCI app or set circleci.projects"
        )
    return result


def _rename(store: Store, old: str, new: str) -> None:
    """Move a project row (and anything recorded under its old slug) to its canonical slug."""
    store_projects.rename_project(store, old, new)
    log.info("project %s is now keyed by its canonical slug %s", old, new)


def sync_projects(store: Store, discovery: Discovery, now: datetime) -> tuple[list[str], list[str]]:
    """Record the watched projects under their canonical slugs (moving rows kept under an alias);
    deactivate ones no longer watched. Return (added, removed)."""
    stamp = iso(now)
    canonical_key = discovery.project_key
    watched = {p.slug: p for p in discovery.projects}
    added, removed = [], []
    with store.atomic():
        existing = {row["slug"]: row for row in store_projects.all_projects(store)}
        by_key: dict[str, str] = {}
        by_id: dict[str, str] = {}
        for slug, row in existing.items():
            by_key.setdefault(canonical_key(slug), slug)
            if row.get("project_id"):
                by_id.setdefault(row["project_id"], slug)
        for slug, project in watched.items():
            old = existing.get(slug) and slug
            if old is None:
                old = by_id.get(project.project_id) if project.project_id else None
                old = old or by_key.get(canonical_key(slug)) or by_key.get(canonical_key(project.configured_as))
                if old is not None and old != slug:
                    _rename(store, old, slug)
                    existing.pop(old, None)
                    existing[slug] = store_projects.project(store, slug)
            values: store_projects.Identity = {
                "org_slug": project.org_slug, "source": project.source, "active": 1,
                "default_branch": project.default_branch or None, "last_discovered_at": stamp,
                "configured_as": project.configured_as or slug, "kind": project.kind,
                "followed": None if project.followed is None else int(project.followed),
                "resolve_error": project.problem or None,
            }
            if project.project_id:
                values.update({"project_id": project.project_id, "organization_id": project.organization_id or None,
                               "name": project.name or None, "resolved_at": project.resolved_at or stamp})
            if slug not in existing:
                store_projects.add_project(store, slug, stamp, values)
                added.append(slug)
            else:
                if not existing[slug]["active"]:
                    added.append(slug)
                store_projects.record_discovered(store, slug, values)
            if project.last_build_at:
                store_projects.note_pipeline_at(store, slug, project.last_build_at)
        for slug, row in existing.items():
            if slug not in watched and row and row["active"]:
                store_projects.deactivate_project(store, slug)
                removed.append(slug)
        for org in {p.org_slug for p in watched.values()}:
            store_projects.set_feed_horizon(store, org, discovery.feed_horizons.get(canonical_key(org)))
        store.set_kv("last_discovery_at", stamp)
    if added:
        log.info("watching %d new project(s): %s", len(added), ", ".join(added[:10]))
    if removed:
        log.info("no longer watching: %s", ", ".join(removed[:10]))
    return added, removed


def find_project(store: Store, slug_or_id: str, canonical_key: Callable[[str], str]) -> ProjectRow | None:
    """The watched project for any accepted spelling of its slug (``github/…``, ``GH/…``, the UUID
    form of ``circleci/…``: ``canonical_key`` is the provider's ``project_key``) or for its
    project id (a webhook's ``project.id``), or None."""
    text = (slug_or_id or "").strip()
    if not text:
        return None
    if "/" not in text:
        return store_projects.project_by_id(store, text)
    row = store_projects.project_by_slug(store, text)
    if row is not None:
        return row
    key = canonical_key(text)
    for row in store_projects.all_projects(store, active_first=True):
        if canonical_key(row["slug"]) == key or canonical_key(row.get("configured_as") or "") == key:
            return row
    return None
