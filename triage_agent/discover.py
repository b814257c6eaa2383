"""Discovery: who the token is, its organizations, and which projects will be watched."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from .circleci import CircleCIClient, Collaboration, Me
from .config import CircleCISettings
from .store import Store
from .timeutil import iso

log = logging.getLogger(__name__)


def org_of(slug: str) -> str:
    """The organization part of a project slug: gh/acme/api -> gh/acme; circleci/O/P -> circleci/O."""
    parts = slug.split("/")
    return "/".join(parts[:2]) if len(parts) >= 2 else slug


@dataclass(frozen=True)
class WatchedProject:
    slug: str
    org_slug: str
    source: str  # "config" or "followed"
    default_branch: str = ""


@dataclass
class Discovery:
    user: Me | None
    orgs: list[Collaboration] = field(default_factory=list)
    projects: list[WatchedProject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def org_slugs(self) -> list[str]:
        return sorted({p.org_slug for p in self.projects})


def discover(client: CircleCIClient, settings: CircleCISettings, *, with_user: bool = True) -> Discovery:
    """Ask CircleCI who the token is and which projects to watch (config list, else followed)."""
    user = client.me() if with_user else None
    wanted_orgs = {o.strip("/") for o in settings.orgs}
    if settings.projects:
        projects = [
            WatchedProject(slug=s.strip("/"), org_slug=org_of(s.strip("/")), source="config")
            for s in dict.fromkeys(settings.projects)
        ]
        return Discovery(user=user, orgs=[], projects=projects)
    orgs = client.collaborations()
    result = Discovery(user=user, orgs=orgs)
    org_slugs = {o.slug for o in orgs}
    if wanted_orgs:
        unknown = wanted_orgs - org_slugs
        for slug in sorted(unknown):
            result.warnings.append(f"circleci.orgs: {slug} is not an organization of this token's user")
    for project in client.followed_projects():
        if not project.followed:
            continue
        org = org_of(project.slug)
        if wanted_orgs and org not in wanted_orgs:
            continue
        result.projects.append(
            WatchedProject(slug=project.slug, org_slug=org, source="followed",
                           default_branch=project.default_branch)
        )
    result.projects.sort(key=lambda p: p.slug)
    if not result.projects:
        result.warnings.append(
            "no followed projects found: follow projects in the CircleCI app or set circleci.projects"
        )
    return result


def sync_projects(store: Store, discovery: Discovery, now: datetime) -> tuple[list[str], list[str]]:
    """Record the watched projects; deactivate ones no longer watched. Return (added, removed)."""
    stamp = iso(now)
    watched = {p.slug: p for p in discovery.projects}
    existing = {row["slug"]: row for row in store.db.query("select slug, active from projects")}
    added, removed = [], []
    with store.atomic():
        for slug, project in watched.items():
            if slug not in existing:
                store.db["projects"].insert(
                    {
                        "slug": slug, "org_slug": project.org_slug, "source": project.source,
                        "active": 1, "default_branch": project.default_branch,
                        "first_seen_at": stamp, "last_discovered_at": stamp,
                    }
                )
                added.append(slug)
            else:
                if not existing[slug]["active"]:
                    added.append(slug)
                store.db["projects"].update(
                    slug,
                    {"active": 1, "source": project.source, "last_discovered_at": stamp,
                     "default_branch": project.default_branch or None},
                )
        for slug, row in existing.items():
            if slug not in watched and row["active"]:
                store.db["projects"].update(slug, {"active": 0})
                removed.append(slug)
        store.set_kv("last_discovery_at", stamp)
    if added:
        log.info("watching %d new project(s): %s", len(added), ", ".join(added[:10]))
    if removed:
        log.info("no longer watching: %s", ", ".join(removed[:10]))
    return added, removed
