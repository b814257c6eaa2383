"""The scenario: a mutable in-memory CircleCI (orgs, projects, pipelines, reruns) with indexed lookups."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from triage_agent.simulator import model
from triage_agent.simulator.model import (
    CIRCLECI_PROVIDERS,
    FAILED_JOB_STATUSES,
    NUMBERED_JOB_STATUSES,
    PASS,
    TERMINAL_WORKFLOW_STATUSES,
    VCS_ALIASES,
    VCS_TYPES,
    Clock,
    FlakyTestSpec,
    Ids,
    Job,
    JobSpec,
    Org,
    Outcome,
    Pipeline,
    Project,
    SimulatorError,
    SortedIndex,
    TestSpec,
    Workflow,
    WorkflowSpec,
    short_id,
)

FLAKY_KEY_STYLES = ("snake", "kebab")
PROJECT_ACCESS = ("ok", "forbidden", "hidden")


def normalize_slug(slug: str) -> str:
    """The lookup key of a project or org slug, for every spelling CircleCI accepts.

    `github/` and `bitbucket/` for `gh/` and `bb/` (v2 accepted `github/…` in a path, LFE
    capture; webhooks send the long forms); any case for GitHub/Bitbucket names (assumption:
    GitHub and Bitbucket treat names case-insensitively, the API is taken to do the same); and
    the UUID form of `circleci/` ids, which the web app shows (their base58 short ids are what
    the API answers; the short ids themselves are case-sensitive).
    """
    parts = slug.strip("/").split("/")
    if parts and parts[0].lower() in VCS_ALIASES:
        parts[0] = VCS_ALIASES[parts[0].lower()]
    if parts and parts[0] in ("gh", "bb"):
        parts = [p.lower() for p in parts]
    elif parts and parts[0] == "circleci":
        parts = ["circleci"] + [
            short_id(p) if _UUID.fullmatch(p) else p for p in parts[1:]
        ]
    return "/".join(parts)


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _uuid_of(short: str) -> str | None:
    """The UUID whose base58 is ``short``, or None."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = 0
    for c in short:
        if c not in alphabet:
            return None
        n = n * 58 + alphabet.index(c)
    if n >= 1 << 128 or short_id(f"{n:032x}") != short:
        return None
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _avatar(ids: Ids) -> str:
    return f"https://avatars.githubusercontent.com/u/{ids.rng.randrange(10**6, 10**8)}?v=4"


class Scenario:
    """A CircleCI account as seen by one personal token, built in Python and served by `Simulator`.

    Every mutating method is meant to run either before the server starts or through the
    `Simulator`'s thread-safe wrappers while it runs.
    """

    # Spec constructors, so tests can write `sc.job(...)` without more imports.
    job = staticmethod(model.job)
    workflow = staticmethod(model.workflow)
    test = staticmethod(model.test)
    outcome = staticmethod(model.outcome)
    flaky_test = staticmethod(model.flaky_test)

    def __init__(
        self,
        token: str = "test-token",
        *,
        user_login: str = "alice",
        user_name: str | None = None,
        page_size: int = 20,
        seed: int | None = None,
        now: datetime | None = None,
        frozen_clock: bool = False,
        flaky_keys: str = "snake",
        output_url_ttl: float = 300.0,
        rate_limit_per_minute: int | None = None,
        hold_reruns: bool = False,
        max_reruns: int = 100,
        rerun_reply: str = "workflow_id",
        rerun_visibility_delay: float = 0.0,
        org_feed_project_limit: int = 250,
        v1_projects_slug: bool = False,
        v1_lists_circleci_projects: bool = True,
        v1_job_details_circleci: bool = True,
        private_api: bool = True,
        omit_fields: Iterable[str] = (),
        rate_limit_retry_after: bool = True,
    ) -> None:
        """Live-service switches (each where public evidence is thin or the live service varied):

        - `rerun_reply`: "workflow_id" answers a rerun 202 `{"workflow_id": …}` (the spec, and
          what CircleCI's MCP server reads); "accepted" answers 202 `{"message": "Accepted."}`
          with no id (2020 capture, ROP `retry_workflow()`).
        - `rerun_visibility_delay`: seconds during which a rerun's new workflow is not yet listed
          nor readable (404), as a new workflow may lag behind the 202 (assumption).
        - `org_feed_project_limit`: `GET /pipeline?org-slug` covers only the followed projects
          with the most recent builds (spec text: "max 250 projects"); which ones is computed at
          request time here (assumption).
        - `v1_projects_slug`: v1.1 `/projects` items carry a top-level `slug` (CircleCI's CLI
          reads one when present; no captured body has it).
        - `v1_lists_circleci_projects`: v1.1 `/projects` lists circleci/ projects (unverified:
          no recorded body either way); when False only the private endpoint names them.
        - `v1_job_details_circleci`: v1.1 job details answer for circleci/ projects (unverified;
          CircleCI's MCP server calls it with such slugs); when False they answer 404.
        - `private_api`: serve the undocumented `GET /api/private/me/followed-projects`.
        - `omit_fields`: "me.avatar_url" and "job.project.id" drop those keys, as 2020-21
          captures did (ROP `get_circle_user()`, LFE job details).
        - `rate_limit_retry_after`: a 429 of the rate limiter carries Retry-After; when False
          only the RateLimit-* / X-RateLimit-* headers say when the window resets.
        """
        if flaky_keys not in FLAKY_KEY_STYLES:
            raise ValueError(f"flaky_keys must be one of {FLAKY_KEY_STYLES}")
        if page_size < 1:
            raise ValueError("page_size must be >= 1")
        self.token = token
        self.user_login = user_login
        self.user_name = user_name or user_login.capitalize()
        self.page_size = page_size
        self.flaky_keys = flaky_keys
        self.output_url_ttl = output_url_ttl
        self.rate_limit_per_minute = rate_limit_per_minute
        self.hold_reruns = hold_reruns
        self.max_reruns = max_reruns
        if rerun_reply not in ("workflow_id", "accepted"):
            raise ValueError("rerun_reply must be 'workflow_id' or 'accepted'")
        self.rerun_reply = rerun_reply
        self.rerun_visibility_delay = rerun_visibility_delay
        self.org_feed_project_limit = org_feed_project_limit
        self.v1_projects_slug = v1_projects_slug
        self.v1_lists_circleci_projects = v1_lists_circleci_projects
        self.v1_job_details_circleci = v1_job_details_circleci
        self.private_api = private_api
        self.omit_fields = frozenset(omit_fields)
        self.rate_limit_retry_after = rate_limit_retry_after
        self.clock = Clock(now, frozen=frozen_clock)
        self.ids = Ids(seed)
        self.user_id = self.ids.uuid()
        self.user_avatar = _avatar(self.ids)
        self.orgs: dict[str, Org] = {}
        self.projects: dict[str, Project] = {}
        # Lookup by normalize_slug(): aliases, case and UUID forms all land here.
        self._org_keys: dict[str, Org] = {}
        self._project_keys: dict[str, Project] = {}
        self.pipelines: dict[str, Pipeline] = {}
        self.workflows: dict[str, Workflow] = {}
        self.jobs: dict[str, Job] = {}
        # Pipelines of all followed projects, for `GET /pipeline` without org-slug.
        self.followed_pipelines = SortedIndex()
        self.my_followed_pipelines = SortedIndex()
        self.reruns: list[tuple[str, str]] = []  # (rerun workflow id, new workflow id)
        # Optional ground truth for benchmarks: (project slug, job number) -> (kind, transient).
        self.truth: dict[tuple[str, int], tuple[str, bool]] = {}
        # Called by `Simulator.tick()`: adds the next wave of activity, returns how many pipelines.
        self.on_tick: Callable[[Scenario], int] | None = None
        # Called (under the simulator's lock) with each workflow that reaches a terminal status
        # while the scenario is served: webhook delivery hooks in here (simulator/webhooks.py).
        self.workflow_listeners: list[Callable[[Workflow], None]] = []
        self._seq = itertools.count(1)

    # -- building -------------------------------------------------------------------------------

    def add_org(self, slug: str, *, name: str | None = None, avatar_url: str | None = None) -> Org:
        """Add (or return) an organization by slug: `gh/acme` or `bb/acme` (GitHub OAuth, Bitbucket
        Cloud). For GitHub App, GitLab and Bitbucket Data Center organizations use `add_circleci_org`."""
        key = normalize_slug(slug)
        if key in self._org_keys:
            return self._org_keys[key]
        slug = "/".join([VCS_ALIASES.get(slug.strip("/").split("/")[0].lower(), "")]
                        + slug.strip("/").split("/")[1:])
        vcs, _, org_name = slug.partition("/")
        if vcs not in ("gh", "bb") or not org_name or "/" in org_name:
            raise ValueError(f"bad org slug {slug!r}: expected gh/org or bb/org (add_circleci_org for the rest)")
        org = Org(
            id=self.ids.uuid(),
            slug=slug,
            name=name or org_name,
            vcs_type=VCS_TYPES[vcs],
            avatar_url=avatar_url or _avatar(self.ids),
        )
        self.orgs[slug] = org
        self._org_keys[key] = org
        return org

    def add_circleci_org(self, name: str, *, provider: str = "github_app",
                         avatar_url: str | None = None) -> Org:
        """Add (or return, by name) a `circleci`-type organization: GitHub App, GitLab or Bitbucket
        Data Center. Its slug is `circleci/<base58 of its UUID>` and `/me/collaborations` says
        `vcs_type: "circleci"` (WKL capture)."""
        if provider not in CIRCLECI_PROVIDERS:
            raise ValueError(f"provider must be one of {CIRCLECI_PROVIDERS}")
        for org in self.orgs.values():
            if org.vcs_type == "circleci" and org.name == name:
                return org
        org_id = self.ids.uuid()
        org = Org(
            id=org_id,
            slug=f"circleci/{short_id(org_id)}",
            name=name,
            vcs_type="circleci",
            # GitHub App orgs show the GitHub avatar (WKL capture).
            avatar_url=avatar_url or _avatar(self.ids),
            provider=provider,
        )
        self.orgs[org.slug] = org
        self._org_keys[normalize_slug(org.slug)] = org
        return org

    def org(self, slug: str) -> Org | None:
        """An organization by any accepted spelling of its slug, or None."""
        return self._org_keys.get(normalize_slug(slug))

    def add_project(
        self,
        slug: str,
        *,
        followed: bool = True,
        default_branch: str = "main",
        language: str = "python",
        flaky_tests: Iterable[FlakyTestSpec] = (),
        access: str = "ok",
    ) -> Project:
        """Add a project (its org is created on demand): `gh/org/repo` or `bb/org/repo`.

        `access="forbidden"` answers 403 on its project endpoints, `"hidden"` answers 404
        `Project not found` (what CircleCI does for projects the token cannot see).
        """
        parts = slug.strip("/").split("/")
        if len(parts) != 3:
            raise ValueError(f"bad project slug {slug!r}: expected vcs/org/repo")
        if parts[0].lower() == "circleci":
            return self._explicit_circleci_project(parts[1], parts[2], followed=followed,
                                                   default_branch=default_branch, language=language,
                                                   flaky_tests=flaky_tests, access=access)
        org = self.add_org("/".join(parts[:2]))
        return self._new_project(f"{org.slug}/{parts[2]}", org, parts[2], followed=followed,
                                 default_branch=default_branch, language=language,
                                 flaky_tests=flaky_tests, access=access, project_id=self.ids.uuid())

    def add_circleci_project(
        self,
        org_name: str,
        name: str,
        *,
        provider: str = "github_app",
        followed: bool = True,
        default_branch: str = "main",
        language: str = "python",
        flaky_tests: Iterable[FlakyTestSpec] = (),
        access: str = "ok",
    ) -> Project:
        """Add a project of a GitHub App, GitLab or Bitbucket Data Center organization (created by
        name on demand). Its slug is `circleci/<base58 org UUID>/<base58 project UUID>`."""
        org = self.add_circleci_org(org_name, provider=provider)
        project_id = self.ids.uuid()
        return self._new_project(f"{org.slug}/{short_id(project_id)}", org, name, followed=followed,
                                 default_branch=default_branch, language=language,
                                 flaky_tests=flaky_tests, access=access, project_id=project_id)

    def _explicit_circleci_project(self, org_id: str, project_id: str, **kwargs: Any) -> Project:
        """`add_project("circleci/<org-id>/<project-id>")`: a project of a GitHub App organization
        with exactly that slug (ids that are not base58 of a UUID get fresh UUIDs behind them, so
        their `vcs_url` does not map back to the slug; prefer `add_circleci_project`)."""
        org_slug = f"circleci/{org_id}"
        org = self._org_keys.get(normalize_slug(org_slug))
        if org is None:
            org = Org(id=_uuid_of(org_id) or self.ids.uuid(), slug=org_slug, name=org_id, vcs_type="circleci",
                      avatar_url=_avatar(self.ids), provider="github_app")
            self.orgs[org_slug] = org
            self._org_keys[normalize_slug(org_slug)] = org
        return self._new_project(f"{org_slug}/{project_id}", org, project_id,
                                 project_id=_uuid_of(project_id) or self.ids.uuid(), **kwargs)

    def _new_project(self, slug: str, org: Org, name: str, *, followed: bool, default_branch: str,
                     language: str, flaky_tests: Iterable[FlakyTestSpec], access: str,
                     project_id: str) -> Project:
        key = normalize_slug(slug)
        if key in self._project_keys:
            raise ValueError(f"project {slug} already exists")
        if access not in PROJECT_ACCESS:
            raise ValueError(f"access must be one of {PROJECT_ACCESS}")
        project = Project(
            id=project_id,
            slug=slug,
            org=org,
            name=name,
            followed=followed,
            default_branch=default_branch,
            language=language,
            access=access,
            flaky_tests=list(flaky_tests),
        )
        self.projects[slug] = project
        self._project_keys[key] = project
        return project

    def add_pipeline(
        self,
        project_slug: str,
        *,
        branch: str | None = None,
        tag: str | None = None,
        revision: str | None = None,
        created_at: datetime | timedelta | float | None = None,
        commit_subject: str | None = "Update dependencies",
        commit_body: str | None = "",
        actor: str | None = None,
        trigger_type: str = "webhook",
        workflows: Sequence[WorkflowSpec] = (),
        errors: Sequence[dict[str, str]] = (),
    ) -> Pipeline:
        """Add a pipeline with its workflows and jobs; returns the live record (ids, numbers).

        `created_at`: a datetime, epoch seconds, a timedelta meaning "that long ago", or None
        (ten minutes ago, so the scripted jobs have finished by "now").
        """
        project = self._project_for_build(project_slug)
        now = self.clock.now()
        if created_at is None:
            created = now - 600.0
        elif isinstance(created_at, timedelta):
            created = now - created_at.total_seconds()
        elif isinstance(created_at, datetime):
            created = created_at.timestamp()
        else:
            created = float(created_at)
        if tag is None and branch is None:
            branch = project.default_branch
        actor_login = actor or self.user_login
        pipeline = Pipeline(
            id=self.ids.uuid(),
            project=project,
            number=project.next_pipeline_number,
            created=created,
            seq=next(self._seq),
            branch=branch,
            tag=tag,
            revision=revision or self.ids.sha(),
            subject=commit_subject,
            body=commit_body,
            actor_login=actor_login,
            actor_avatar=self.user_avatar if actor_login == self.user_login else _avatar(self.ids),
            trigger_type=trigger_type,
            errors=[dict(e) for e in errors],
        )
        project.next_pipeline_number += 1
        project.pipelines_by_number[pipeline.number] = pipeline
        self.pipelines[pipeline.id] = pipeline
        for spec in workflows:
            self._build_workflow(pipeline, spec, created + 2.0)
        if created_at is None:
            # Default times must describe the past: move a long pipeline back until it is over.
            last = max((j.stopped or 0.0 for w in pipeline.workflows for j in w.jobs), default=0.0)
            if last > now - 5.0:
                _shift(pipeline, last - (now - 5.0))
        self._index_pipeline(pipeline)
        return pipeline

    def _project_for_build(self, slug: str) -> Project:
        project = self._project_keys.get(normalize_slug(slug))
        if project is None:
            raise ValueError(f"unknown project {slug}; call add_project first")
        return project

    def _index_pipeline(self, pipeline: Pipeline) -> None:
        project = pipeline.project
        key = pipeline.key
        project.pipelines.add(key, pipeline)
        if pipeline.branch is not None:
            project.by_branch.setdefault(pipeline.branch, SortedIndex()).add(key, pipeline)
        if project.followed and project.access == "ok":
            self._index_followed(pipeline)

    def _index_followed(self, pipeline: Pipeline) -> None:
        key = pipeline.key
        org = pipeline.project.org
        org.pipelines.add(key, pipeline)
        self.followed_pipelines.add(key, pipeline)
        if pipeline.actor_login == self.user_login:
            org.my_pipelines.add(key, pipeline)
            self.my_followed_pipelines.add(key, pipeline)

    def set_followed(self, project_slug: str, followed: bool) -> None:
        """Follow or unfollow a project; rebuilds the org feeds (rare, so O(pipelines) is fine)."""
        self._project_for_build(project_slug).followed = followed
        self.followed_pipelines = SortedIndex()
        self.my_followed_pipelines = SortedIndex()
        for org in self.orgs.values():
            org.pipelines = SortedIndex()
            org.my_pipelines = SortedIndex()
        for project in self.projects.values():
            if project.followed and project.access == "ok":
                for p in self.pipelines_of(project):
                    self._index_followed(p)

    def pipelines_of(self, project: Project) -> list[Pipeline]:
        """All pipelines of a project, newest first (for tests and scenario code, not the server)."""
        items, _ = project.pipelines.page_newest_first(None, len(project.pipelines) or 1)
        return items

    def _new_workflow(self, pipeline: Pipeline, name: str, created: float, **own: Any) -> Workflow:
        """A running workflow of ``pipeline`` started by the token's user (``own``: the rest)."""
        return Workflow(
            id=self.ids.uuid(),
            pipeline=pipeline,
            name=name,
            status="running",
            created=created,
            stopped=None,
            started_by=self.user_id,
            seq=next(self._seq),
            **own,
        )

    def _build_workflow(self, pipeline: Pipeline, spec: WorkflowSpec, created: float) -> Workflow:
        wf = self._new_workflow(pipeline, spec.name, created, tag=spec.tag,
                                max_auto_reruns=spec.max_auto_reruns,
                                auto_rerun_number=spec.auto_rerun_number)
        self.workflows[wf.id] = wf
        pipeline.workflows.append(wf)
        for js in spec.jobs:
            wf.jobs.append(self._build_job(wf, js))
        wf.status = spec.status or derive_workflow_status(wf.jobs)
        if wf.status in TERMINAL_WORKFLOW_STATUSES:
            wf.stopped = max((j.stopped for j in wf.jobs if j.stopped), default=created + 1.0)
            self._finished(wf)
        return wf

    def _finished(self, wf: Workflow) -> None:
        """Tell the listeners a workflow is terminal (they render it later, after any time shift)."""
        for listener in self.workflow_listeners:
            listener(wf)

    def _new_job(self, wf: Workflow, script: JobSpec | Job, **own: Any) -> Job:
        """A job of ``wf``, not started, running ``script``'s commands (a scenario's spec, or the
        job it reruns); ``own``: its status, times and outcomes."""
        return Job(
            id=self.ids.uuid(),
            name=script.name,
            project=wf.pipeline.project,
            workflow=wf,
            type=script.type,
            number=None,
            requires=script.requires,
            queued=None,
            started=None,
            stopped=None,
            log=script.log,
            failing_step=script.failing_step,
            exit_code=script.exit_code,
            tests=script.tests,
            failed_tests_last=script.failed_tests_last,
            parallelism=script.parallelism,
            failing_node=script.failing_node,
            executor=script.executor,
            resource_class=script.resource_class,
            steps=script.steps,
            command=script.command,
            contexts=script.contexts,
            **own,
        )

    def _build_job(self, wf: Workflow, spec: JobSpec) -> Job:
        upstream = [wf.job_named(n) for n in spec.requires]
        missing = [n for n, j in zip(spec.requires, upstream, strict=True) if j is None]
        if missing:
            raise ValueError(
                f"job {spec.name!r} requires unknown job(s) {missing}; list them first"
            )
        status = spec.status
        if status is None:
            blocked = any(u is not None and u.status != "success" for u in upstream)
            status = "blocked" if blocked else "success"
        duration = (
            spec.duration if spec.duration is not None else float(self.ids.rng.randint(25, 420))
        )
        ready = max(
            (u.stopped or u.started or wf.created for u in upstream if u), default=wf.created
        )
        job = self._new_job(
            wf,
            spec,
            status=status,
            created=wf.created,
            passing_tests=spec.passing_tests
            if spec.passing_tests is not None
            else (3 if spec.tests else 0),
            rerun=spec.rerun,
            messages=spec.messages,
            final_status=spec.final_status,
            duration=duration,
        )
        self._start_job(job, ready + 3.0)
        self.jobs[job.id] = job
        return job

    def _start_job(self, job: Job, at: float) -> None:
        """Give a job its number and times according to its status."""
        if job.type == "build" and job.status in NUMBERED_JOB_STATUSES:
            project = job.project
            job.number = project.next_job_number
            project.next_job_number += 1
            project.jobs_by_number[job.number] = job
            job.queued = at - 2.0
            if job.status != "queued":
                job.started = at
            if job.status not in ("running", "queued"):
                job.stopped = at + job.duration
        elif job.type == "approval" and job.status == "success":
            job.stopped = at

    # -- lookups used by the server (raise SimulatorError with CircleCI's messages) -----------

    def project(self, slug: str) -> Project:
        """The project for an API request, or 404/403 as CircleCI answers."""
        project = self._project_keys.get(normalize_slug(slug))
        if project is None or project.access == "hidden":
            raise SimulatorError(404, "Project not found")
        if project.access == "forbidden":
            raise SimulatorError(403, "Permission denied")
        return project

    def _check(self, project: Project) -> None:
        self.project(project.slug)

    def pipeline(self, pipeline_id: str) -> Pipeline:
        """The pipeline for an API request, or 404/403."""
        p = self.pipelines.get(pipeline_id)
        if p is None or p.project.access == "hidden":
            raise SimulatorError(404, "Pipeline not found")
        self._check(p.project)
        return p

    def pipeline_by_number(self, slug: str, number: int) -> Pipeline:
        """A project's pipeline by number, or 404/403."""
        found = self.project(slug).pipelines_by_number.get(number)
        if found is None:
            raise SimulatorError(404, "Pipeline not found")
        return found

    def workflow_by_id(self, workflow_id: str) -> Workflow:
        """The workflow for an API request, or 404/403."""
        wf = self.workflows.get(workflow_id)
        if wf is None or wf.pipeline.project.access == "hidden" or not self.visible(wf):
            raise SimulatorError(404, "Workflow not found")
        self._check(wf.pipeline.project)
        return wf

    def job_by_number(self, slug: str, number: int) -> Job:
        """A project's job by number, or 404/403."""
        project = self.project(slug)
        found = project.jobs_by_number.get(number)
        if found is None:
            raise SimulatorError(404, "Job not found")
        return found

    def workflows_newest_first(self, pipeline: Pipeline) -> list[Workflow]:
        """The pipeline's visible workflows (reruns included), newest first."""
        return sorted((w for w in pipeline.workflows if self.visible(w)), key=lambda w: w.key, reverse=True)

    def visible(self, wf: Workflow) -> bool:
        """Whether the API shows this workflow yet (a rerun may lag behind its 202)."""
        return wf.visible_at is None or self.clock.now() >= wf.visible_at

    def pipeline_updated(self, pipeline: Pipeline) -> float:
        """The pipeline's `updated_at`: its newest workflow's creation (a rerun or a continuation
        counts; assumption, the spec does not say what moves it)."""
        return max([pipeline.created] + [w.created for w in pipeline.workflows if self.visible(w)])

    def continue_pipeline(self, pipeline_id: str, workflows: Sequence[WorkflowSpec],
                          *, delay: float = 30.0) -> list[Workflow]:
        """Dynamic config: add the continuation workflows a setup workflow started, `delay`
        seconds after the setup workflow stopped (they appear in the same pipeline)."""
        pipeline = self.pipelines[pipeline_id]
        setup = [w for w in pipeline.workflows if w.tag == "setup"]
        start = max([w.stopped or w.created for w in setup] or [self.clock.now()]) + delay
        return [self._build_workflow(pipeline, spec, start) for spec in workflows]

    # -- writes --------------------------------------------------------------------------------

    def rerun_workflow(self, workflow_id: str, body: dict[str, Any] | None) -> Workflow:
        """`POST /workflow/{id}/rerun`: validates like CircleCI and creates the new workflow."""
        wf = self.workflow_by_id(workflow_id)
        body = body or {}
        from_failed = body.get("from_failed")
        jobs = body.get("jobs")
        if from_failed is not None and not isinstance(from_failed, bool):
            raise SimulatorError(400, "from_failed must be a boolean")
        if jobs is not None and (
            not isinstance(jobs, list) or not all(isinstance(j, str) for j in jobs)
        ):
            raise SimulatorError(400, "jobs must be an array of job IDs")
        if from_failed and jobs:
            raise SimulatorError(400, "Only one of from_failed or jobs can be specified")
        if (body.get("enable_ssh") or body.get("sparse_tree")) and not jobs:
            raise SimulatorError(400, "enable_ssh and sparse_tree require jobs to be specified")
        if wf.status not in TERMINAL_WORKFLOW_STATUSES:
            raise SimulatorError(400, f"Cannot rerun a workflow that is {wf.status}")
        if from_failed and wf.status != "failed":
            raise SimulatorError(400, "Workflow must be failed to rerun from failed")
        root = wf
        while root.rerun_of is not None:
            root = root.rerun_of
        if self.rerun_count(root.id) >= self.max_reruns:
            raise SimulatorError(
                400, f"Workflow has been rerun the maximum number of times ({self.max_reruns})"
            )
        if jobs:
            by_id = {j.id: j for j in wf.jobs}
            unknown = [j for j in jobs if j not in by_id]
            if unknown:
                raise SimulatorError(400, f"Job {unknown[0]} is not part of workflow {wf.id}")
            selected = {by_id[j].name for j in jobs}
        elif from_failed:
            selected = {j.name for j in wf.jobs if j.status != "success"}
        else:
            selected = {j.name for j in wf.jobs}
        return self._create_rerun(wf, selected)

    def rerun_count(self, workflow_id: str) -> int:
        """How many reruns were requested of this workflow and of the reruns made from it."""
        wf = self.workflows.get(workflow_id)
        if wf is None:
            return 0
        total = wf.reruns
        stack = [w for w in wf.pipeline.workflows if w.rerun_of is wf]
        while stack:
            w = stack.pop()
            total += w.reruns
            stack.extend(x for x in w.pipeline.workflows if x.rerun_of is w)
        return total

    def _create_rerun(self, old: Workflow, selected: set[str]) -> Workflow:
        now = self.clock.now()
        new = self._new_workflow(
            old.pipeline,
            old.name,
            now,
            tag=old.tag,
            rerun_of=old,
            # The config's max_auto_reruns applies to every run of the workflow, a rerun made by
            # a person included; only CircleCI's own automatic reruns count up auto_rerun_number.
            max_auto_reruns=old.max_auto_reruns,
            auto_rerun_number=0 if old.max_auto_reruns is not None else None,
            held=self.hold_reruns,
            visible_at=now + self.rerun_visibility_delay if self.rerun_visibility_delay else None,
        )
        old.reruns += 1
        self.workflows[new.id] = new
        old.pipeline.workflows.append(new)
        self.reruns.append((old.id, new.id))
        # A job runs again if selected or if anything it requires runs again.
        rerunning: set[str] = set()
        for j in old.jobs:
            if j.name in selected or any(r in rerunning for r in j.requires):
                rerunning.add(j.name)
        for j in old.jobs:
            if j.name not in rerunning:
                j.workflow = new  # carried over: same job, same number
                new.jobs.append(j)
                continue
            script = j.rerun or (PASS,)
            if j.status in FAILED_JOB_STATUSES:
                result = script[0]
                rest = script[1:] or script[:1]
                if result.status is None:
                    result = replace(result, status=j.status)
            else:
                result, rest = PASS, script
            new.jobs.append(self._rerun_job(new, j, result, rest, now))
        if new.held:
            new.status = "failing" if any(j.failed for j in new.jobs) else "running"
        else:
            self._finish_workflow(new, now)
        return new

    def _rerun_job(
        self, wf: Workflow, old: Job, result: Outcome, rest: tuple[Outcome, ...], now: float
    ) -> Job:
        job = self._new_job(
            wf,
            old,
            status="blocked",
            created=now,
            passing_tests=old.passing_tests,
            rerun=rest,
            messages=(),
            final_status="success",
            retry_of=old.number,
            pending=result,
            duration=old.duration,
        )
        self.jobs[job.id] = job
        if wf.held:
            upstream = [wf.job_named(r) for r in job.requires]
            if all(u is not None and u.status == "success" for u in upstream):
                job.status = "running"
                self._start_job(job, now + 3.0)
        return job

    def _finish_workflow(self, wf: Workflow, now: float) -> None:
        """Apply each rerun job's pending outcome in dependency order, then derive the status."""
        for job in wf.jobs:
            if job.pending is None:
                continue
            upstream = [wf.job_named(r) for r in job.requires]
            ready = all(u is not None and u.status == "success" for u in upstream)
            outcome, job.pending = job.pending, None
            if not ready:
                job.status = "blocked"
                continue
            self._apply_outcome(job, outcome)
            if job.number is None:
                # An instant rerun: keep its jobs short so stopped_at is not far in the future.
                job.duration = min(job.duration, 2.0)
                start = max([now] + [u.stopped for u in upstream if u and u.stopped]) + 0.5
                self._start_job(job, start)
            elif job.stopped is None:
                job.stopped = max(now, (job.started or now) + 1.0)
        wf.held = False
        wf.status = derive_workflow_status(wf.jobs)
        if wf.status in TERMINAL_WORKFLOW_STATUSES:
            wf.stopped = max([now, wf.created] + [j.stopped for j in wf.jobs if j.stopped])
            self._finished(wf)

    def _apply_outcome(self, job: Job, outcome: Outcome) -> None:
        job.status = outcome.status or "failed"
        if outcome.status == "success":
            job.tests = tuple(_passed(t) for t in job.tests)
            job.log = None
            job.exit_code = None
            return
        if outcome.log is not None:
            job.log = outcome.log
        if outcome.exit_code is not None:
            job.exit_code = outcome.exit_code
        if outcome.failing_step is not None:
            job.failing_step = outcome.failing_step
        if outcome.tests is not None:
            job.tests = outcome.tests

    def complete_reruns(self, workflow_id: str | None = None) -> list[str]:
        """Finish held reruns (all, or one): their jobs take the scripted outcomes. Returns their ids."""
        now = self.clock.now()
        done = []
        for wf in list(self.workflows.values()):
            if wf.held and (workflow_id is None or wf.id == workflow_id):
                self._finish_workflow(wf, now)
                done.append(wf.id)
        return done

    def set_workflow_status(
        self, workflow_id: str, status: str, *, jobs: dict[str, str | Outcome] | None = None
    ) -> Workflow:
        """Move a (running) workflow to `status`; unfinished jobs end as `jobs[name]` or their `final_status`."""
        if status not in model.WORKFLOW_STATUSES:
            raise ValueError(f"unknown workflow status {status!r}")
        wf = self.workflows[workflow_id]
        now = self.clock.now()
        overrides = {k: model._outcome(v) for k, v in (jobs or {}).items()}
        for job in wf.jobs:
            if job.name in overrides:
                outcome = overrides[job.name]
            elif (
                job.status in ("running", "queued", "blocked")
                and status in TERMINAL_WORKFLOW_STATUSES
            ):
                final = "canceled" if status == "canceled" else job.final_status
                outcome = Outcome(final)
            else:
                continue
            if outcome.status == "blocked":
                job.status = "blocked"
                continue
            self._apply_outcome(job, outcome)
            if job.number is None and job.type == "build":
                self._start_job(job, now - job.duration)
            if job.status not in ("running", "queued") and job.stopped is None:
                job.stopped = now
        wf.status = status
        wf.held = False
        wf.stopped = now if status in TERMINAL_WORKFLOW_STATUSES else None
        if status in TERMINAL_WORKFLOW_STATUSES:
            self._finished(wf)
        return wf


def _shift(pipeline: Pipeline, seconds: float) -> None:
    """Move a freshly built (not yet indexed) pipeline and everything in it `seconds` earlier."""
    pipeline.created -= seconds
    for wf in pipeline.workflows:
        wf.created -= seconds
        wf.stopped = wf.stopped - seconds if wf.stopped is not None else None
        for j in wf.jobs:
            j.created -= seconds
            for attr in ("queued", "started", "stopped"):
                value = getattr(j, attr)
                if value is not None:
                    setattr(j, attr, value - seconds)


def _passed(t: TestSpec) -> TestSpec:
    if t.result in ("failure", "error"):
        return TestSpec(t.name, t.classname, "success", None, t.file, t.source, t.run_time)
    return t


def derive_workflow_status(jobs: Sequence[Job]) -> str:
    """A workflow's status from its jobs, the way CircleCI reports it."""
    statuses = {j.status for j in jobs}
    failed = bool(statuses & FAILED_JOB_STATUSES)
    if statuses & {"running", "queued", "not_running"}:
        return "failing" if failed else "running"
    if "on_hold" in statuses:
        return "on_hold"
    if failed:
        return "failed"
    if "canceled" in statuses:
        return "canceled"
    if "unauthorized" in statuses:
        return "unauthorized"
    if not jobs:
        return "not_run"
    return "success"
