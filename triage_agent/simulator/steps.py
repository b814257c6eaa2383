"""Synthesised v1.1 steps of a job: step names and numbers, action flags, and each action's output."""

from __future__ import annotations

from dataclasses import dataclass

from triage_agent.simulator.model import FAILED_JOB_STATUSES, Job

# CircleCI numbers the built-in steps 0 and 99, and the config's steps from 101 on.
SPIN_UP = "Spin up environment"
PREPARE_ENV = "Preparing environment variables"
CHECKOUT = "Checkout code"
RESTORE_CACHE = "Restoring cache"
INSTALL = "Install dependencies"
SAVE_CACHE = "Saving cache"
UPLOAD_RESULTS = "Uploading test results"
BUILTIN_NUMBERS = {SPIN_UP: 0, PREPARE_ENV: 99}

# CircleCI keeps at most this much output per action and flags the rest as truncated.
MAX_OUTPUT_CHARS = 400_000

_CHECKOUT_CMD = (
    "#!/bin/sh\nset -e\n\n# Workaround old docker images with incorrect $HOME\n"
    'if [ "${HOME}" = "/" ]\nthen\n  export HOME=$(getent passwd $(id -un) | cut -d: -f6)\nfi\n\n'
    'mkdir -p ~/.ssh\ngit clone "$CIRCLE_REPOSITORY_URL" .\n'
    'git checkout --force -B "$CIRCLE_BRANCH" "$CIRCLE_SHA1"\n'
)


@dataclass(frozen=True, slots=True)
class Profile:
    """What a project's jobs look like in one language: image, commands, and passing output."""

    image: str
    install: str
    test: str
    build: str
    cache_path: str
    install_ok: str
    test_ok: str
    build_ok: str


PROFILES: dict[str, Profile] = {
    "python": Profile(
        image="cimg/python:3.12.3",
        install="pip install --progress-bar off -r requirements-dev.txt",
        test="mkdir -p test-results\npytest -q -p no:cacheprovider --junitxml=test-results/junit.xml",
        build="python -m build --wheel",
        cache_path="/home/circleci/.cache/pip",
        install_ok=(
            "Collecting fastapi==0.111.0 (from -r requirements.txt (line 1))\n"
            "  Using cached fastapi-0.111.0-py3-none-any.whl.metadata (25 kB)\n"
            "Collecting sqlalchemy==2.0.30 (from -r requirements.txt (line 2))\n"
            "  Using cached SQLAlchemy-2.0.30-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl\n"
            "Installing collected packages: typing-extensions, sqlalchemy, pydantic, fastapi, pytest\n"
            "Successfully installed fastapi-0.111.0 pydantic-2.7.1 pytest-8.2.0 "
            "sqlalchemy-2.0.30 typing-extensions-4.11.0\n"
        ),
        test_ok=(
            "........................................................................ [ 61%]\n"
            "............................................                             [100%]\n"
            "- generated xml file: /home/circleci/project/test-results/junit.xml -\n"
            "117 passed in 14.82s\n"
        ),
        build_ok=(
            "* Creating isolated environment: venv+pip...\n* Building wheel...\n"
            "Successfully built acme-1.4.0-py3-none-any.whl\n"
        ),
    ),
    "node": Profile(
        image="cimg/node:20.12.2",
        install="npm ci --no-audit --no-fund",
        test="npm test -- --ci --runInBand --reporters=default --reporters=jest-junit",
        build="npm run build",
        cache_path="/home/circleci/.npm",
        install_ok=(
            "npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.\n"
            "npm WARN deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported\n\n"
            "added 1287 packages in 21s\n"
        ),
        test_ok=(
            "> web@2.14.0 test\n> jest --ci --runInBand --reporters=default --reporters=jest-junit\n\n"
            "PASS src/lib/money.test.ts\nPASS src/hooks/useCart.test.ts\n"
            "PASS src/components/checkout/PaymentSummary.test.tsx\n\n"
            "Test Suites: 42 passed, 42 total\nTests:       318 passed, 318 total\n"
            "Snapshots:   12 passed, 12 total\nTime:        38.214 s\nRan all test suites.\n"
        ),
        build_ok=(
            "> web@2.14.0 build\n> tsc -p tsconfig.build.json && vite build\n\n"
            "vite v5.2.11 building for production...\n✓ 1462 modules transformed.\n"
            "dist/index.html                   0.71 kB │ gzip:   0.40 kB\n"
            "dist/assets/index-4f9c2a1b.js   412.38 kB │ gzip: 131.02 kB\n✓ built in 9.84s\n"
        ),
    ),
    "go": Profile(
        image="cimg/go:1.22.3",
        install="go mod download",
        test="go test -race -count=1 ./...",
        build="go build -o bin/ ./cmd/...",
        cache_path="/home/circleci/go/pkg/mod",
        install_ok="go: downloading github.com/jackc/pgx/v5 v5.5.5\ngo: downloading go.uber.org/zap v1.27.0\n",
        test_ok=(
            "ok  \tgithub.com/acme/worker/internal/config\t0.214s\n"
            "ok  \tgithub.com/acme/worker/internal/queue\t3.882s\n"
            "ok  \tgithub.com/acme/worker/internal/ingest\t41.077s\n"
        ),
        build_ok="",
    ),
    "terraform": Profile(
        image="hashicorp/terraform:1.8.4",
        install="terraform init -backend=false -input=false",
        test="terraform validate && tflint --recursive",
        build="terraform fmt -check -recursive",
        cache_path="/home/circleci/.terraform.d/plugin-cache",
        install_ok=(
            'Initializing provider plugins...\n- Finding hashicorp/aws versions matching "~> 5.49"...\n'
            "- Installing hashicorp/aws v5.49.0...\n- Installed hashicorp/aws v5.49.0 (signed by HashiCorp)\n\n"
            "Terraform has been successfully initialized!\n"
        ),
        test_ok="Success! The configuration is valid.\n\n",
        build_ok="",
    ),
}


def profile_for(language: str) -> Profile:
    """The profile of a language, Python's when unknown."""
    return PROFILES.get(language, PROFILES["python"])


@dataclass(slots=True)
class Action:
    """One v1.1 action: a step on one parallel node."""

    step: int
    index: int
    name: str
    bash_command: str | None
    status: str
    failed: bool | None
    exit_code: int | None
    timedout: bool | None
    infrastructure_fail: bool | None
    start: float | None
    end: float | None
    has_output: bool
    output_kind: str  # "log" (the job's failure log), "running", or a step name for canned output


def _main_step(job: Job, prof: Profile) -> tuple[str, str]:
    name = job.name.lower()
    if "test" in name:
        return "Run tests", prof.test
    if "build" in name or "compile" in name:
        return "Build", prof.build
    if "lint" in name:
        return "Lint", "make lint"
    if "deploy" in name:
        return "Deploy", f"./scripts/deploy.sh {job.project.default_branch}"
    return f"Run {job.name}", f"make {job.name}"


def step_plan(job: Job) -> list[tuple[str, str | None]]:
    """The (name, bash command) of every step the job's config has, built-ins included."""
    prof = profile_for(job.project.language)
    if job.steps is not None:
        plan = list(job.steps)
        if not plan or plan[0][0] != SPIN_UP:
            plan[:0] = [(SPIN_UP, None), (PREPARE_ENV, None)]
    else:
        plan = [
            (SPIN_UP, None),
            (PREPARE_ENV, None),
            (CHECKOUT, _CHECKOUT_CMD),
            (RESTORE_CACHE, None),
            (INSTALL, prof.install),
            _main_step(job, prof),
            (SAVE_CACHE, None),
        ]
        if job.tests or job.passing_tests:
            plan.append((UPLOAD_RESULTS, None))
    failing = job.failing_step
    if failing and all(name != failing for name, _ in plan):
        # A custom failing step replaces the main one (a job runs one main command).
        main = _main_step(job, prof)[0]
        at = next((i for i, (n, _) in enumerate(plan) if n == main), len(plan))
        plan[at : at + 1] = [(failing, job.command or f"make {job.name}")]
    return [
        (name, f"#!/bin/bash -eo pipefail\n{cmd}" if cmd and not cmd.startswith("#!") else cmd)
        for name, cmd in plan
    ]


def build_actions(job: Job) -> list[tuple[str, list[Action]]]:
    """The steps of a job with one action per parallel node, as `/api/v1.1/project/.../{n}` shows them.

    Steps after a failure are skipped on the failing node (only `when: always` steps such as
    test-result uploads still run); a running job stops at its current step.
    """
    plan = step_plan(job)
    names = [n for n, _ in plan]
    failed = job.status in FAILED_JOB_STATUSES
    running = job.status in ("running", "queued")
    fail_at = -1
    if failed:
        target = job.failing_step or _main_step(job, profile_for(job.project.language))[0]
        fail_at = names.index(target) if target in names else len(names) - 1
        if job.status == "infrastructure_fail" and not job.failing_step:
            fail_at = 0
    stop_at = len(plan)
    if running:
        stop_at = min(len(plan), 6)
    start = job.started or job.created
    total = max(job.duration, 1.0)
    # Built-in and cache steps are quick; the main command takes most of the job's time.
    weights = [
        0.04 if n in (SPIN_UP, PREPARE_ENV, SAVE_CACHE, UPLOAD_RESULTS) else 0.1 for n in names
    ]
    if fail_at >= 0:
        weights[fail_at] = 1.0
    else:
        weights[max(0, min(len(names) - 2, 5))] = 1.0
    scale = total / sum(weights)
    out: list[tuple[str, list[Action]]] = []
    t = start
    number = 101
    for i, (name, cmd) in enumerate(plan[:stop_at]):
        step_no = BUILTIN_NUMBERS.get(name)
        if step_no is None:
            step_no = number
            number += 1
        dur = weights[i] * scale
        actions = []
        for node in range(max(1, job.parallelism)):
            is_fail_node = node == job.failing_node % max(1, job.parallelism)
            if failed and is_fail_node and i > fail_at and name != UPLOAD_RESULTS:
                continue  # skipped after the failure on this node
            action = Action(
                step=step_no,
                index=node,
                name=name,
                bash_command=cmd,
                status="success",
                failed=None,
                exit_code=0 if cmd else None,
                timedout=None,
                infrastructure_fail=None,
                start=t,
                end=t + dur,
                has_output=True,
                output_kind=name,
            )
            if failed and is_fail_node and i == fail_at:
                action.status = job.status if job.status != "terminated-unknown" else "failed"
                action.failed = True
                action.output_kind = "log"
                if job.status == "timedout":
                    action.timedout = True
                    action.exit_code = None
                elif job.status == "infrastructure_fail":
                    action.infrastructure_fail = True
                    action.exit_code = None
                else:
                    action.exit_code = job.exit_code if job.exit_code is not None else 1
            elif running and i == stop_at - 1:
                action.status = "running"
                action.exit_code = None
                action.end = None
                action.output_kind = "running"
            actions.append(action)
        if actions:
            out.append((name, actions))
        t += dur
    return out


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def failure_suffix(job: Job) -> str:
    """The line CircleCI appends after a failed command's own output."""
    if job.status == "timedout":
        return "\nToo long with no output (exceeded 10m0s): context deadline exceeded\n"
    if job.status == "infrastructure_fail":
        return "\n"
    code = job.exit_code if job.exit_code is not None else 1
    return f"\n\nExited with code exit status {code}\n"


def default_failure_log(job: Job) -> str:
    """A generic log for a failed job whose scenario gave none."""
    return f"make: *** [Makefile:27: {job.name}] Error 1\n"


def action_output(
    job: Job, action: Action, *, branch: str, revision: str, subject: str
) -> tuple[str, bool]:
    """The text of an action's output (CRLF line ends, as CircleCI stores it) and whether it was truncated."""
    if action.output_kind == "log":
        log = job.log() if callable(job.log) else job.log
        text = (log if log is not None else default_failure_log(job)).rstrip("\n") + failure_suffix(
            job
        )
    elif action.output_kind == "running":
        text = "Running...\n"
    else:
        text = canned_output(job, action, branch=branch, revision=revision, subject=subject)
    truncated = len(text) > MAX_OUTPUT_CHARS
    if truncated:
        text = text[:MAX_OUTPUT_CHARS]
    return _crlf(text), truncated


def canned_output(job: Job, action: Action, *, branch: str, revision: str, subject: str) -> str:
    """Short, realistic output of a step that passed."""
    prof = profile_for(job.project.language)
    project = job.project
    name = action.name
    if name == SPIN_UP:
        if job.executor == "machine":
            return (
                "Build-agent version 1.0.244480-8c0a3f8b (2024-06-03T14:32:51+0000)\n"
                "Creating a dedicated VM with ubuntu-2204:2024.04.4 image\n"
                "Waiting for a VM assignment: ........ done\nVM assigned\n"
            )
        return (
            "Build-agent version 1.0.244480-8c0a3f8b (2024-06-03T14:32:51+0000)\n"
            "System information:\n Server Version: 24.0.9\n Storage Driver: overlay2\n"
            "  Backing Filesystem: xfs\n Cgroup Driver: cgroupfs\n Cgroup Version: 1\n"
            " Kernel Version: 5.15.0-1057-aws\n Operating System: Ubuntu 20.04.6 LTS\n"
            " OSType: linux\n Architecture: x86_64\n\n"
            f"Starting container {prof.image}\n{prof.image}:\n"
            f"  using image {prof.image.split(':')[0]}@sha256:3f1c0b5f9a2e7d4c8b6a1e0f2d9c7b5a3e1f0d2c4b6a8e0f1d3c5b7a9e2f4d6c8\n"
            "  pull stats: Image was already available so the image was not pulled\n"
            "  time to create container: 912ms\n"
            "Time to upload agent and config: 421.337ms\nTime to start containers: 688.125ms\n"
        )
    if name == PREPARE_ENV:
        return (
            "Using build environment variables:\n"
            "  BASH_ENV=/tmp/.bash_env-6655f1c2d5e0a61f-0-build\n  CI=true\n  CIRCLECI=true\n"
            f"  CIRCLE_BRANCH={branch}\n  CIRCLE_BUILD_NUM={job.number}\n"
            f"  CIRCLE_BUILD_URL=https://circleci.com/{project.slug}/{job.number}\n"
            f"  CIRCLE_JOB={job.name}\n  CIRCLE_NODE_INDEX={action.index}\n"
            f"  CIRCLE_NODE_TOTAL={max(1, job.parallelism)}\n"
            f"  CIRCLE_PROJECT_REPONAME={project.name}\n  CIRCLE_PROJECT_USERNAME={project.org.name}\n"
            f"  CIRCLE_REPOSITORY_URL=git@github.com:{project.org.name}/{project.name}.git\n"
            f"  CIRCLE_SHA1={revision}\n  CIRCLE_WORKFLOW_ID={job.workflow.id}\n"
            "  CIRCLE_WORKING_DIRECTORY=~/project\n\n"
            "The redacted variables listed above will be masked in run step output.\n"
        )
    if name == CHECKOUT:
        return (
            "Using SSH Config Dir '/home/circleci/.ssh'\ngit version 2.45.1\n"
            "Cloning git repository - OK\nCloning into '.'...\n"
            "Warning: Permanently added 'github.com' (ED25519) to the list of known hosts.\n"
            f"Checking out branch - OK\nReset to revision - OK\nHEAD is now at {revision[:7]} {subject}\n"
        )
    if name == RESTORE_CACHE:
        return (
            f"Found a cache from build {max(1, (job.number or 2) - 7)} at "
            f"v2-deps-{project.language}-{revision[7:15]}\nSize: 184 MiB\nCached paths:\n"
            f"  * {prof.cache_path}\n\nDownloading cache archive...\nValidating cache...\n\n"
            "Unarchiving cache...\n"
        )
    if name == SAVE_CACHE:
        return (
            f"Skipping cache generation, cache already exists for key: v2-deps-{project.language}-"
            f"{revision[7:15]}\nFound one created at 2024-06-01 08:12:44 +0000 UTC\n"
        )
    if name == UPLOAD_RESULTS:
        return "Archiving the following test results\n  * /home/circleci/project/test-results\n\nUploaded\n"
    if name == INSTALL:
        return prof.install_ok
    if name == "Run tests":
        return prof.test_ok
    if name == "Build":
        return prof.build_ok or "done\n"
    return "done\n"
