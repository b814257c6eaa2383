"""Ready-made scenarios: the `triage-agent demo` world, its second wave, and bulk worlds for benchmarks."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from triage_agent.simulator import logs
from triage_agent.simulator.model import flaky_test, job, test, workflow
from triage_agent.simulator.scenario import Scenario
from triage_agent.simulator.server import Simulator

DEMO_TOKEN = "demo-token"
DEMO_ORG = "gh/acme"
DEMO_APP_ORG = "acme-app"  # a GitHub App organization (circleci/ slug)
DEMO_GITLAB_ORG = "acme-gitlab"  # a GitLab organization (circleci/ slug)
FLAKY_WEBHOOK_TEST = "test_webhook_retry_backoff"
FLAKY_WEBHOOK_CLASS = "tests.integration.test_webhooks"
FLAKY_WEBHOOK_FILE = "tests/integration/test_webhooks.py"


def _flaky_webhook_failure(got: int, **log_kw: Any) -> dict[str, Any]:
    return {
        "status": "failed",
        "log": logs.flaky_webhook_log(got=got, **log_kw),
        "exit_code": 1,
        "failing_step": "Run tests",
        "tests": [
            test(
                FLAKY_WEBHOOK_TEST,
                classname=FLAKY_WEBHOOK_CLASS,
                file=FLAKY_WEBHOOK_FILE,
                message=logs.FLAKY_WEBHOOK_MESSAGE.format(got=got),
                run_time=2.04,
            )
        ],
        "passing_tests": 6,
    }


def demo_scenario(
    *,
    seed: int = 7,
    now: datetime | None = None,
    hold_reruns: bool = False,
    token: str = DEMO_TOKEN,
    page_size: int = 20,
) -> Scenario:
    """The world of `triage-agent demo`: org gh/acme, four followed projects, five failures, one green run.

    | project        | branch                    | failure                                | rerun outcome   |
    |----------------|---------------------------|----------------------------------------|-----------------|
    | gh/acme/web    | main                      | npm ECONNRESET during `npm ci`         | passes          |
    | gh/acme/api    | main                      | flaky test_webhook_retry_backoff       | passes          |
    | gh/acme/worker | main                      | OOM kill (exit 137) in replay test     | fails the same  |
    | gh/acme/api    | feature/discount-rules    | pricing assertions (not flaky)         | fails the same  |
    | gh/acme/web    | feature/checkout-redesign | TypeScript TS2322 compile errors       | fails the same  |
    | gh/acme/infra  | main                      | none (green)                           |                 |
    | acme-app/mobile (GitHub App, circleci/ slug) | main | Docker Hub pull rate limit  | passes          |
    | acme-gitlab/billing (GitLab, circleci/ slug) | main | PyPI 503 during pip install | passes          |

    gh/acme/legacy-site exists but is not followed. The GitHub App and GitLab organizations have
    `circleci/<base58>` slugs, `trigger_parameters` instead of `vcs` in their pipelines, and
    v1.1 `/projects` items whose `vcs_url` is `//circleci.com/<org UUID>/<project UUID>`.
    `hold_reruns=True` keeps reruns running until `Simulator.complete_reruns()`.
    """
    sc = Scenario(
        token,
        user_login="alice",
        user_name="Alice Moreau",
        page_size=page_size,
        seed=seed,
        now=now,
        hold_reruns=hold_reruns,
    )
    sc.add_org(DEMO_ORG)
    sc.add_project(
        "gh/acme/api",
        language="python",
        flaky_tests=[
            flaky_test(
                FLAKY_WEBHOOK_TEST,
                classname=FLAKY_WEBHOOK_CLASS,
                file=FLAKY_WEBHOOK_FILE,
                times_flaked=5,
                job_name="test",
                workflow_name="build-test",
                source="pytest",
                time_wasted=1260,
            )
        ],
    )
    sc.add_project(
        "gh/acme/web",
        language="node",
        flaky_tests=[
            flaky_test(
                "PaymentSummary renders totals after currency switch",
                classname="PaymentSummary",
                file="src/components/checkout/PaymentSummary.test.tsx",
                times_flaked=2,
                job_name="test",
                workflow_name="ci",
                source="jest",
                time_wasted=310,
            )
        ],
    )
    sc.add_project("gh/acme/worker", language="go")
    sc.add_project("gh/acme/infra", language="terraform")
    sc.add_project("gh/acme/legacy-site", language="node", followed=False)

    # Older green history, so "latest pipeline" is never the only one.
    sc.add_pipeline(
        "gh/acme/web",
        created_at=timedelta(hours=3),
        commit_subject="Fix focus ring on checkout button (#296)",
        actor="bruno",
        workflows=[
            workflow("ci", jobs=[job("build"), job("test", requires=["build"], passing_tests=8)])
        ],
    )
    sc.add_pipeline(
        "gh/acme/legacy-site",
        created_at=timedelta(hours=2),
        commit_subject="Update footer links",
        workflows=[workflow("build", jobs=[job("build")])],
    )

    # 1. Network flake while installing npm packages; the rerun passes.
    sc.add_pipeline(
        "gh/acme/web",
        created_at=timedelta(minutes=52),
        commit_subject="Bump vite from 5.2.10 to 5.2.11 (#298)",
        commit_body="Bumps [vite](https://github.com/vitejs/vite) from 5.2.10 to 5.2.11.",
        actor="dependabot[bot]",
        workflows=[
            workflow(
                "ci",
                jobs=[
                    job(
                        "build",
                        status="failed",
                        log=logs.NPM_ECONNRESET,
                        failing_step="Install dependencies",
                        exit_code=1,
                        rerun="pass",
                    ),
                    job("test", requires=["build"]),
                ],
            )
        ],
    )
    # 2. A test CircleCI lists as flaky fails again; the rerun passes.
    sc.add_pipeline(
        "gh/acme/api",
        created_at=timedelta(minutes=44),
        commit_subject="Add idempotency keys to order webhooks (#412)",
        actor="chen",
        workflows=[
            workflow(
                "build-test",
                jobs=[
                    job("lint"),
                    job("test", rerun="pass", requires=["lint"], **_flaky_webhook_failure(2)),
                ],
            )
        ],
    )
    # 3. The OOM killer ends the replay test; the rerun is killed the same way.
    sc.add_pipeline(
        "gh/acme/worker",
        created_at=timedelta(minutes=37),
        commit_subject="Replay backlog in parallel batches (#87)",
        actor="dana",
        workflows=[
            workflow(
                "build-test",
                jobs=[
                    job("build"),
                    job(
                        "integration-test",
                        status="failed",
                        log=logs.GO_OOM_KILLED,
                        failing_step="Run integration tests",
                        command="go test -race -count=1 -timeout 20m -v ./internal/ingest/...",
                        exit_code=137,
                        resource_class="large",
                        requires=["build"],
                        rerun="fail",
                    ),
                ],
            )
        ],
    )
    # 4. A genuine regression on a feature branch: pricing tests that are not flaky.
    sc.add_pipeline(
        "gh/acme/api",
        branch="feature/discount-rules",
        created_at=timedelta(minutes=29),
        commit_subject="Round percentage discounts per line item",
        commit_body="Apply the discount to each line before summing, as finance asked.",
        workflows=[
            workflow(
                "build-test",
                jobs=[
                    job("lint"),
                    job(
                        "test",
                        status="failed",
                        log=logs.PRICING_REGRESSION,
                        exit_code=1,
                        requires=["lint"],
                        passing_tests=8,
                        tests=[
                            test(
                                "test_percentage_discount_rounds_half_up",
                                classname="tests.unit.test_pricing",
                                file="tests/unit/test_pricing.py",
                                message="AssertionError: assert Decimal('89.99') == Decimal('90.00')",
                                run_time=0.004,
                            ),
                            test(
                                "test_stacked_discounts_capped",
                                classname="tests.unit.test_pricing",
                                file="tests/unit/test_pricing.py",
                                message="AssertionError: assert Decimal('45.00') == Decimal('50.00')",
                                run_time=0.003,
                            ),
                        ],
                        rerun="fail",
                    ),
                ],
            )
        ],
    )
    # 5. A compile error on a feature branch.
    sc.add_pipeline(
        "gh/acme/web",
        branch="feature/checkout-redesign",
        created_at=timedelta(minutes=21),
        commit_subject="Show currency in payment summary",
        actor="bruno",
        workflows=[
            workflow(
                "ci",
                jobs=[
                    job(
                        "build",
                        status="failed",
                        log=logs.TS2322_COMPILE,
                        failing_step="Build",
                        exit_code=2,
                        rerun="fail",
                    ),
                    job("test", requires=["build"]),
                ],
            )
        ],
    )
    # 6. A green pipeline.
    sc.add_pipeline(
        "gh/acme/infra",
        created_at=timedelta(minutes=15),
        commit_subject="Raise RDS storage alarm threshold to 85%",
        actor="erin",
        workflows=[workflow("plan", jobs=[job("validate"), job("plan", requires=["validate"])])],
    )
    # 7. A GitHub App organization (circleci/ slugs): Docker Hub's pull rate limit; the rerun passes.
    mobile = sc.add_circleci_project(DEMO_APP_ORG, "mobile", provider="github_app", language="node")
    sc.add_pipeline(
        mobile.slug,
        created_at=timedelta(minutes=33),
        commit_subject="Add offline mode banner (#57)",
        actor="fatima",
        workflows=[
            workflow(
                "build-test",
                jobs=[
                    job("lint"),
                    job(
                        "e2e",
                        status="infrastructure_fail",
                        log=logs.DOCKER_PULL_RATE_LIMIT,
                        failing_step="Spin up environment",
                        requires=["lint"],
                        rerun="pass",
                    ),
                ],
            )
        ],
    )
    # 8. A GitLab organization (circleci/ slugs): PyPI answers 503 during pip install; the rerun passes.
    billing = sc.add_circleci_project(DEMO_GITLAB_ORG, "billing", provider="gitlab", language="python")
    sc.add_pipeline(
        billing.slug,
        created_at=timedelta(minutes=25),
        commit_subject="Prorate upgrades mid-cycle",
        actor="gus",
        workflows=[
            workflow(
                "build-test",
                jobs=[
                    job(
                        "test",
                        status="failed",
                        log=logs.PIP_503,
                        failing_step="Install dependencies",
                        exit_code=1,
                        rerun="pass",
                    ),
                ],
            )
        ],
    )
    return sc


def demo_second_wave(target: Simulator | Scenario) -> str:
    """The second poll cycle of the demo: the known-flaky webhook test fails again on a new pipeline.

    Returns the new pipeline's id. Works on a running Simulator (thread-safe) or a Scenario.
    """
    kwargs: dict[str, Any] = {
        "created_at": timedelta(minutes=5),
        "commit_subject": "Log webhook delivery latency (#415)",
        "actor": "chen",
        "workflows": [
            workflow(
                "build-test",
                jobs=[
                    job("lint", duration=35),
                    job(
                        "test",
                        rerun="pass",
                        requires=["lint"],
                        duration=150,
                        **_flaky_webhook_failure(1, port=45127, delay="2.31", secs="43.02"),
                    ),
                ],
            )
        ],
    }
    return target.add_pipeline("gh/acme/api", **kwargs).id


# ---------------------------------------------------------------------------------------------
# Bulk scenarios for benchmarks.
# ---------------------------------------------------------------------------------------------

_LANGS = ("python", "node", "go", "python", "node")


def bulk_scenario(
    n_projects: int,
    n_failed_jobs: int,
    *,
    orgs: int = 1,
    seed: int = 0,
    idle: bool = False,
    green_per_project: int = 1,
    wave_size: int | None = None,
    wave_failure_ratio: float = 0.3,
    token: str = "bench-token",
    page_size: int = 20,
    now: datetime | None = None,
    **scenario_kwargs: Any,
) -> Scenario:
    """Many projects over `orgs` orgs with `n_failed_jobs` failed jobs (one per pipeline) from log templates.

    Each failed pipeline has a workflow `build-test` with `build` (success) and `test` (failed
    by a template: network flakes, rate limits, timeouts, flaky tests, assertions, compile
    errors, OOM kills; reruns pass for transient kinds and fail for real ones). The ground truth
    is kept in `scenario.truth[(project_slug, job_number)] = (kind, transient)`.

    Unless `idle`, `Simulator.tick()` adds a wave of `wave_size` new pipelines (default a tenth
    of the projects, `wave_failure_ratio` of them failed); with `idle=True` nothing new ever
    happens, so a second poll should cost close to nothing.
    """
    if n_projects < 1 or orgs < 1:
        raise ValueError("need at least one project and one org")
    sc = Scenario(token, page_size=page_size, seed=seed, now=now, **scenario_kwargs)
    rng = random.Random(seed)
    truth = sc.truth
    org_slugs = [f"gh/bench-org-{k}" for k in range(orgs)]
    slugs = []
    for i in range(n_projects):
        slug = f"{org_slugs[i % orgs]}/svc-{i:04d}"
        sc.add_project(slug, language=_LANGS[i % len(_LANGS)])
        slugs.append(slug)
    now_ts = sc.clock.now()
    for i, slug in enumerate(slugs):
        for g in range(green_per_project):
            sc.add_pipeline(
                slug,
                created_at=now_ts - 86400.0 - 60.0 * (g + 1) - i,
                commit_subject=f"Refactor module {g} of {slug.rsplit('/', 1)[-1]}",
                workflows=[
                    workflow(
                        "build-test",
                        jobs=[
                            job("build", duration=60),
                            job("test", requires=["build"], duration=120),
                        ],
                    )
                ],
            )
    for k in range(n_failed_jobs):
        slug = slugs[k % n_projects]
        created = now_ts - 600.0 - rng.uniform(0, 86000.0)
        _add_bulk_failure(sc, slug, rng, created, truth)

    if not idle:
        size = wave_size if wave_size is not None else max(1, n_projects // 10)

        def next_wave(s: Scenario) -> int:
            """Add one wave of new pipelines; returns how many."""
            t = s.clock.now() - 300.0
            for _ in range(size):
                slug = slugs[rng.randrange(n_projects)]
                if rng.random() < wave_failure_ratio:
                    _add_bulk_failure(s, slug, rng, t, truth)
                else:
                    s.add_pipeline(
                        slug,
                        created_at=t,
                        commit_subject="Routine change",
                        workflows=[workflow("build-test", jobs=[job("build", duration=60)])],
                    )
            return size

        sc.on_tick = next_wave
    return sc


def _add_bulk_failure(
    sc: Scenario,
    slug: str,
    rng: random.Random,
    created: float,
    truth: dict[tuple[str, int], tuple[str, bool]],
) -> None:
    failure = logs.bulk_failure(rng.randrange(len(logs.TEMPLATES)), rng.getrandbits(32))
    project = sc.projects[slug]
    if failure.flaky_test and not any(
        f.test_name == failure.flaky_test for f in project.flaky_tests
    ):
        project.flaky_tests.append(
            flaky_test(
                failure.flaky_test,
                classname=FLAKY_WEBHOOK_CLASS,
                file=FLAKY_WEBHOOK_FILE,
                times_flaked=rng.randint(2, 9),
            )
        )
    rerun = "pass" if failure.rerun == "pass" else "fail"
    p = sc.add_pipeline(
        slug,
        created_at=created,
        branch=rng.choice(("main", "main", f"feature/change-{rng.randint(1, 999)}")),
        commit_subject=f"{failure.kind}: change {rng.randint(1, 9999)}",
        workflows=[
            workflow(
                "build-test",
                jobs=[
                    job("build", duration=60),
                    job(
                        "test",
                        status=failure.status,
                        log=failure.log,
                        exit_code=failure.exit_code,
                        failing_step=failure.failing_step,
                        tests=failure.tests,
                        passing_tests=2 if failure.tests else 0,
                        requires=["build"],
                        duration=180,
                        rerun=rerun,
                    ),
                ],
            )
        ],
    )
    failed_job = p.workflows[0].jobs[1]
    if failed_job.number is not None:
        truth[(slug, failed_job.number)] = (failure.kind, failure.transient)
