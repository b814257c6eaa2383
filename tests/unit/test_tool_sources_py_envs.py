"""Eighteenth round, tool sources: Python environment managers and the pytest plugins that wrap test runs.

Covered: uv (``uv sync``/``uv lock``/``uv pip install``/``uv python install``: its tree-drawn causes
"× Failed to download ...", "├─▶ Request failed after N retries", the build backend's errors, Git
sources, platform wheels, ``--check``/``--frozen`` locks, managed-Python downloads), PDM (its
"[ExceptionName]: ..." error line, ``pdm install --check``, the synchronizer's "Some package operations
failed."), Hatch (environments not defined, Python constraints), pipenv ("Locking Failed!",
ResolutionFailure, ``--deploy``'s "Aborting deploy", the resolver subprocess timeout), Poetry (the
executor's failed operations, RepositoryError, its PEP 517 build failures, known hashes, Git refs),
micromamba's package validation and subprocess failures, pixi's solve and lock-file errors,
pytest-xdist's collection diff and crashed workers with their cause shown, pytest-timeout's thread
method and its older "Timeout >Ns" wording, pytest-randomly's seed, and pytest-cov's threshold.

Already covered elsewhere and not repeated: uv's plain "Failed to fetch" with Caused-by lines, its
UV_HTTP_TIMEOUT hint, no-solution and ``--locked``, PDM's lock check and ResolutionImpossible, Poetry's
SolverProblemError, stale lock and HTTPError (test_tool_sources_pkgs.py); hatch's dependency sync and
incompatible environments (test_tool_sources_python_wrappers.py); mamba's download errors, lock and
unsolvable specs, pixi's repodata and cache lock (test_tool_sources_ecosystems.py); xdist's plain
crashed workers and pytest-timeout's signal method (test_tool_sources_runners.py); pytest-rerunfailures
(test_tool_sources_retries.py); coverage.py's fail-under, combine and data-file errors
(test_tool_sources_pr_checks_coverage.py, test_tool_sources_mutation_snapshot_coverage.py,
test_tool_sources_test_runner_infra.py).

Each case is a short log written for this test around one message as the tool prints it. The comment
above each case names the repository and file holding the format string, read from snapshots of
astral-sh/uv, pdm-project/pdm, pypa/hatch, pypa/pipenv, python-poetry/poetry, mamba-org/mamba,
prefix-dev/pixi, pytest-dev/pytest-xdist, pytest-dev/pytest-timeout, pytest-dev/pytest-randomly and
nedbat/coveragepy. The lower causes of uv's and pixi's chains are reqwest's and hyper's Display texts
("request or response body error", "connection closed before message completed"); Poetry's and
pipenv's network errors are urllib3's and pip's; pytest-cov's "Required test coverage" line is
pytest-dev/pytest-cov's plugin, from memory of that tree (not read here). Hosts, packages, tests and
paths are made up; no project's CI log is copied.

The rules the cases hold:
  * an index, CDN, Git host or python-build-standalone mirror failing on the network (5xx, a connection
    reset or closed, a read timeout, DNS) while the tool installs or resolves -> transient; an xdist
    worker the kernel killed for memory -> transient (resource);
  * a persistent cause (no solution, a stale or missing lock under --locked/--check/--deploy, a build
    backend that failed on the package, no wheel for the platform, a Git ref that does not exist, a
    hash not in the lock, an environment not defined, offline mode, an index's 403 policy refusal, a
    collection that differs between xdist workers, a native abort in the project's own extension, a
    coverage threshold) -> real;
  * near-misses: tests ABOUT these messages, an application's own log words, a test failing under
    pytest-randomly's seed or under a pytest-timeout header -> real;
  * open wordings (pytest-timeout's thread-method dump that ends the run, its older "Timeout >Ns", a
    worker lost to a test timeout, pipenv's resolver subprocess timeout, micromamba's tarball size or
    checksum validation, its subprocess killed) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_UV_SYNC = "$ uv sync --locked --all-extras\nUsing CPython 3.12.7 interpreter at: /usr/bin/python3.12\nCreating virtual environment at: .venv\n"
_PDM = "$ pdm install --frozen-lockfile -G test\n"
_POETRY = "$ poetry install --no-interaction --with test\nInstalling dependencies from lock file\n\n"
_PIPENV = "$ pipenv install --deploy --dev\n"
_PIXI = "$ pixi run --locked test\n"
_XDIST = ("$ pytest -n 4 tests/\n"
          "============================= test session starts ==============================\n"
          "created: 4/4 workers\n"
          "4 workers [918 items]\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== uv
    # astral-sh/uv crates/uv-distribution-types (the "Failed to download" kind), crates/uv-client/src/error.rs
    # ("Request failed after {retries} retries", "Failed to fetch: `{0}`"); reqwest/hyper below: the CDN
    # closed the connection mid-transfer
    ("uv-sync-download-connection-closed", "transient",
     _UV_SYNC +
     "Resolved 84 packages in 3ms\n"
     "  × Failed to download `numpy==2.1.3`\n"
     "  ├─▶ Request failed after 3 retries in 5.8s\n"
     "  ├─▶ Failed to fetch: `https://files.example.org/packages/numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl`\n"
     "  ├─▶ error sending request for url (https://files.example.org/packages/numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl)\n"
     "  ├─▶ client error (SendRequest)\n"
     "  ╰─▶ connection closed before message completed\n" + _GHA),
    # the same chain on a body cut short (reqwest "request or response body error", hyper "error reading a
    # body from connection")
    ("uv-pip-install-body-reset", "transient",
     "$ uv pip install --system -r requirements/ci.txt\n"
     "Resolved 57 packages in 1.21s\n"
     "error: Failed to download `torch==2.4.1`\n"
     "  Caused by: Failed to fetch: `https://download.example.org/whl/torch-2.4.1-cp311-cp311-linux_x86_64.whl`\n"
     "  Caused by: request or response body error\n"
     "  Caused by: error reading a body from connection\n"
     "  Caused by: Connection reset by peer (os error 104)\n" + _GHA),
    # retries off (UV_HTTP_RETRIES=0): the connect timed out
    ("uv-connect-operation-timed-out", "transient",
     "$ UV_HTTP_RETRIES=0 uv sync --frozen\n"
     "  × Failed to download `pyarrow==17.0.0`\n"
     "  ├─▶ Failed to fetch: `https://files.example.org/packages/pyarrow-17.0.0-cp312-cp312-manylinux_2_28_x86_64.whl`\n"
     "  ├─▶ error sending request for url (https://files.example.org/packages/pyarrow-17.0.0-cp312-cp312-manylinux_2_28_x86_64.whl)\n"
     "  ├─▶ client error (Connect)\n"
     "  ╰─▶ operation timed out\n" + _CIRCLE),
    # crates/uv-python/src/downloads.rs ("Failed to download {0}") under uv python install, a mirror's 504
    ("uv-python-install-mirror-504", "transient",
     "$ uv python install 3.12.7\n"
     "Installing Python 3.12.7\n"
     "error: Failed to install cpython-3.12.7-linux-x86_64-gnu\n"
     "  Caused by: Failed to download https://python-builds.example.org/20241016/cpython-3.12.7+20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz\n"
     "  Caused by: Request failed after 3 retries in 12.0s\n"
     "  Caused by: HTTP status server error (504 Gateway Timeout) for url (https://python-builds.example.org/20241016/cpython-3.12.7+20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz)\n"
     + _GHA),
    # crates/uv-client/src/error.rs ("Failed to fetch") under uv lock: the simple index answered 502
    ("uv-lock-index-502", "transient",
     "$ uv lock --upgrade-package attrs\n"
     "  × Failed to fetch: `https://pypi.example.org/simple/attrs/`\n"
     "  ├─▶ Request failed after 3 retries in 4.4s\n"
     "  ╰─▶ HTTP status server error (502 Bad Gateway) for url (https://pypi.example.org/simple/attrs/)\n" + _GHA),
    # crates/uv-git/src (the "Git operation failed" chain, "process didn't exit successfully") with git's
    # DNS failure on the Git host
    ("uv-git-source-dns", "transient",
     _UV_SYNC +
     "  × Failed to download and build `acme-utils @ git+https://git.example.org/acme/utils@v1.4.0`\n"
     "  ├─▶ Git operation failed\n"
     "  ├─▶ failed to clone into: /home/runner/.cache/uv/git-v0/db/5d1c0f3e9b2a\n"
     "  ├─▶ failed to fetch tag `v1.4.0`\n"
     "  ╰─▶ process didn't exit successfully: `/usr/bin/git fetch --force --update-head-ok 'https://git.example.org/acme/utils' '+refs/tags/v1.4.0:refs/remotes/origin/tags/v1.4.0'` (exit status: 128)\n"
     "      --- stderr\n"
     "      fatal: unable to access 'https://git.example.org/acme/utils/': Could not resolve host: git.example.org\n"
     + _GHA),
    # the simple index's body cut short while uv pip compile read it (reqwest "error decoding response body")
    ("uv-pip-compile-decoding-body-timeout", "transient",
     "$ uv pip compile requirements.in -o requirements.txt\n"
     "error: Failed to fetch: `https://pypi.example.org/simple/grpcio/`\n"
     "  Caused by: error decoding response body\n"
     "  Caused by: request or response body error\n"
     "  Caused by: operation timed out\n" + _GHA),
    # crates/uv-build-frontend/src/lib.rs ("Call to `{}.build_{}` failed"), src/error.rs ("The build backend
    # returned an error"), the "Failed to build" kind and its hint: the package's build failed
    ("uv-build-backend-returned-error", "real",
     _UV_SYNC +
     "   Building pyproj==3.6.1\n"
     "  × Failed to build `pyproj==3.6.1`\n"
     "  ├─▶ The build backend returned an error\n"
     "  ╰─▶ Call to `setuptools.build_meta.build_wheel` failed (exit status: 1)\n"
     "\n"
     "      [stderr]\n"
     "      proj executable not found. Please set the PROJ_DIR variable.\n"
     "\n"
     "      hint: This usually indicates a problem with the package or the build environment.\n" + _GHA),
    # crates/uv/tests/lock/lock.rs shows the chain: "Failed to download and build", "Failed to resolve
    # requirements from `setup.py` build", "No solution found when resolving: ..."
    ("uv-build-requirements-no-solution", "real",
     "$ uv lock\n"
     "  × Failed to download and build `legacy-widgets==0.9.0`\n"
     "  ├─▶ Failed to resolve requirements from `setup.py` build\n"
     "  ├─▶ No solution found when resolving: `setuptools>=40.8.0`\n"
     "  ╰─▶ Because you require setuptools>=40.8.0 and setuptools==1, we can conclude that your requirements are unsatisfiable.\n"
     + _GHA),
    # crates/uv-resolver/src/lock/mod.rs ("Distribution `{id}` can't be installed because it doesn't have a
    # source distribution or wheel for the current platform")
    ("uv-no-wheel-for-platform", "real",
     "$ uv sync --frozen\n"
     "error: Distribution `torch==2.4.1+cu121 @ registry+https://download.example.org/whl/cu121` can't be installed because it doesn't have a source distribution or wheel for the current platform\n"
     "\n"
     "hint: You're on macOS (`macosx_14_0_arm64`), but `torch` (v2.4.1+cu121) only has wheels for the following platform: `manylinux_2_17_x86_64`\n"
     + _GHA),
    # crates/uv/src/commands/project/mod.rs ("The lockfile at `uv.lock` needs to be updated, but `{2}` was
    # provided.") under uv lock --check
    ("uv-lock-check-needs-update", "real",
     "$ uv lock --check\n"
     "Resolved 84 packages in 412ms\n"
     "error: The lockfile at `uv.lock` needs to be updated, but `--check` was provided. To update the lockfile, run `uv lock`.\n"
     + _GL),
    # the same file ("... but `--frozen` was provided: Missing workspace member `{0}`.")
    ("uv-frozen-missing-member", "real",
     "$ uv sync --frozen --package billing\n"
     "error: The lockfile at `uv.lock` needs to be updated, but `--frozen` was provided: Missing workspace member `billing`.\n"
     + _GHA),
    # crates/uv-python/src/downloads.rs ("No download found for request: {}")
    ("uv-python-no-download-found", "real",
     "$ uv python install 3.15\n"
     "error: No download found for request: cpython-3.15-linux-x86_64-gnu\n" + _GHA),
    # crates/uv-resolver (the split's "No solution found when resolving dependencies for split (...)")
    ("uv-no-solution-for-split", "real",
     "$ uv lock\n"
     "  × No solution found when resolving dependencies for split (markers: python_full_version < '3.10'):\n"
     "  ╰─▶ Because the requested Python version (>=3.9) does not satisfy Python>=3.10 and numpy==2.1.3 depends on Python>=3.10, we can conclude that numpy==2.1.3 cannot be used.\n"
     "      And because your project depends on numpy==2.1.3, we can conclude that your project's requirements are unsatisfiable.\n"
     + _GHA),
    # crates/uv-client/src/error.rs ("{0} isn't available locally, but making network requests to registries
    # was banned"): the job ran uv with --offline and an empty cache
    ("uv-offline-not-available-locally", "real",
     "$ uv sync --offline --frozen\n"
     "  × Failed to download `attrs==24.2.0`\n"
     "  ╰─▶ `attrs==24.2.0` isn't available locally, but making network requests to registries was banned\n"
     + _GHA),
    # crates/uv/tests/it/network.rs shows a 403 with the index's "Server message:" line: a policy refusal
    ("uv-index-403-policy-message", "real",
     "$ uv pip install -r requirements.txt\n"
     "  × Failed to download `leftpadder==3.0.1`\n"
     "  ├─▶ Failed to fetch: `https://proxy.example.org/packages/leftpadder-3.0.1-py3-none-any.whl`\n"
     "  ├─▶ Server message: Policy violation, this package version is blocked by the repository administrator.\n"
     "  ╰─▶ HTTP status client error (403 Forbidden) for url (https://proxy.example.org/packages/leftpadder-3.0.1-py3-none-any.whl)\n"
     + _GHA),
    # crates/uv-resolver (the "hint: An index URL ({}) could not be queried due to a lack of valid
    # authentication credentials ({})" below a no-solution report)
    ("uv-no-solution-index-401-hint", "real",
     "$ uv lock\n"
     "  × No solution found when resolving dependencies:\n"
     "  ╰─▶ Because acme-internal was not found in the package registry and your project depends on acme-internal>=2.0, we can conclude that your project's requirements are unsatisfiable.\n"
     "\n"
     "      hint: An index URL (https://pkgs.example.org/simple) could not be queried due to a lack of valid authentication credentials (401 Unauthorized).\n"
     + _GHA),
    # uv-git: git fetch of a tag that does not exist on the remote
    ("uv-git-source-ref-missing", "real",
     _UV_SYNC +
     "  × Failed to download and build `acme-utils @ git+https://git.example.org/acme/utils@v9.9.0`\n"
     "  ├─▶ Git operation failed\n"
     "  ├─▶ failed to fetch tag `v9.9.0`\n"
     "  ╰─▶ process didn't exit successfully: `/usr/bin/git fetch --force --update-head-ok 'https://git.example.org/acme/utils' '+refs/tags/v9.9.0:refs/remotes/origin/tags/v9.9.0'` (exit status: 128)\n"
     "      --- stderr\n"
     "      fatal: couldn't find remote ref refs/tags/v9.9.0\n" + _GHA),
    # crates/uv-python/src/downloads.rs ("Hash mismatch for `{installation}`"): a pinned checksum
    ("uv-python-hash-mismatch", "real",
     "$ uv python install 3.11.10\n"
     "error: Failed to install cpython-3.11.10-linux-x86_64-gnu\n"
     "  Caused by: Hash mismatch for `cpython-3.11.10-linux-x86_64-gnu`\n"
     "\n"
     "Expected:\n  1e4f1a2b3c\n\nComputed:\n  9a8b7c6d5e\n" + _GHA),
    # near-miss: a test ABOUT uv's retry wording, failing on its assertion
    ("uv-words-in-failing-test", "real",
     "$ uv run pytest -q tests/test_installer_messages.py\n"
     "F.......\n"
     "=================================== FAILURES ===================================\n"
     "_________________________ test_formats_retry_chain ___________________________\n"
     ">       assert render(err) == \"Request failed after 3 retries in 5.8s\"\n"
     "E       AssertionError: assert 'Request failed after 3 retry in 5.8s' == 'Request failed after 3 retries in 5.8s'\n"
     "FAILED tests/test_installer_messages.py::test_formats_retry_chain - AssertionError\n"
     "1 failed, 7 passed in 0.41s\n" + _GHA),

    # ================================================================== PDM
    # pdm-project/pdm src/pdm/core.py ("[{etype.__name__}]: {err}", "Add '-v' to see the detailed traceback"):
    # httpx's read timeout while resolving
    ("pdm-read-timeout", "transient",
     "$ pdm lock --update-reuse\n"
     "Resolving dependencies\n"
     "[ReadTimeout]: The read operation timed out\n"
     "WARNING: Add '-v' to see the detailed traceback\n" + _GHA),
    # the same line with httpx's ConnectError on DNS
    ("pdm-connect-error-dns", "transient",
     _PDM +
     "Resolving packages from lockfile...\n"
     "[ConnectError]: [Errno -3] Temporary failure in name resolution\n"
     "WARNING: Add '-v' to see the detailed traceback\n" + _GHA),
    # the same line with httpx's RemoteProtocolError: the index dropped the connection
    ("pdm-remote-protocol-error", "transient",
     "$ pdm update --update-reuse\n"
     "Resolving dependencies\n"
     "[RemoteProtocolError]: Server disconnected without sending a response.\n"
     "WARNING: Add '-v' to see the detailed traceback\n" + _CIRCLE),
    # src/pdm/installers/synchronizers.py ("ERRORS:", "{kind} {key} failed:", "Some package operations
    # failed.") with a 503 from the file host
    ("pdm-sync-install-503", "transient",
     _PDM +
     "Synchronizing working set with resolved packages: 61 to add, 0 to update, 0 to remove\n"
     "\n"
     "ERRORS:\n"
     "add pandas 2.2.3 failed:\n"
     "Traceback (most recent call last):\n"
     "  File \"/opt/pdm/lib/python3.12/site-packages/unearth/fetchers/sync.py\", line 88, in get_stream\n"
     "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://files.example.org/packages/pandas-2.2.3-cp312-cp312-manylinux_2_17_x86_64.whl'\n"
     "  ✖ Some package operations failed.\n"
     "[InstallationError]: Some package operations failed.\n" + _GHA),
    # src/pdm/cli/actions.py check_lockfile ("Lockfile doesn't satisfy the project requirements, packages may
    # be outdated") and src/pdm/cli/commands/install.py ("Please run `pdm lock` to update the lock file")
    ("pdm-install-check-stale-lock", "real",
     "$ pdm install --check\n"
     "WARNING: Lockfile doesn't satisfy the project requirements, packages may be outdated\n"
     "Please run `pdm lock` to update the lock file\n" + _GHA),
    # src/pdm/builders/base.py ("Build backend raised error: {error_message}")
    ("pdm-build-backend-raised-error", "real",
     _PDM +
     "[BuildError]: Build backend raised error: Showing the last 10 lines of the build output:\n"
     "  error: command 'gcc' failed: No such file or directory\n"
     "WARNING: Add '-v' to see the detailed traceback\n" + _GHA),
    # src/pdm/cli/actions.py ("Lockfile does not exist, nothing to install")
    ("pdm-lockfile-missing", "real",
     "$ pdm sync --prod\n"
     "[ProjectError]: Lockfile does not exist, nothing to install\n"
     "WARNING: Add '-v' to see the detailed traceback\n" + _CIRCLE),

    # ================================================================== Hatch
    # pypa/hatch src/hatch/cli/... ("Environment `{env_name}` is not defined by project config")
    ("hatch-env-not-defined", "real",
     "$ hatch run lint:check\n"
     "Environment `lint` is not defined by project config\n" + _GHA),
    # ("Unable to satisfy Python version constraint: {requires_python}")
    ("hatch-python-constraint", "real",
     "$ hatch env create\n"
     "Unable to satisfy Python version constraint: >=3.13\n" + _GHA),

    # near-miss: a project's test asserting on Hatch's wording fails on its own comparison
    ("hatch-words-in-failing-test", "real",
     "$ hatch test\n"
     "E       AssertionError: assert 'Environment `docs` is not defined by project config' in ''\n"
     "FAILED tests/test_cli.py::test_unknown_env_message - AssertionError: assert 'Environment `docs` is not...\n"
     "1 failed, 58 passed in 2.02s\n" + _GHA),
    # src/hatch/cli/... ("No lockfile at `{lock_path}`. Run `hatch dep lock` or `hatch env lock` first.")
    ("hatch-locked-env-no-lockfile", "real",
     "$ hatch env create test\n"
     "No lockfile at `/home/runner/work/app/app/hatch.test.lock`. Run `hatch dep lock` or `hatch env lock` first.\n"
     + _GHA),
    # ================================================================== pipenv
    # pypa/pipenv pipenv/routines/install.py ("Your Pipfile.lock ({old_hash}) is out of date. Expected:
    # ({new_hash}).") and pipenv/exceptions.py DeployException ("Aborting deploy")
    ("pipenv-deploy-lock-out-of-date", "real",
     _PIPENV +
     "Your Pipfile.lock (3f2a1b) is out of date. Expected: (9c8d7e).\n"
     "Usage: pipenv install [OPTIONS] [PACKAGES]...\n"
     "\n"
     "ERROR:: Aborting deploy\n" + _GHA),
    # pipenv/utils/resolver.py ("Locking Failed!"), pipenv/exceptions.py ResolutionFailure ("Your dependencies
    # could not be resolved. You likely have a mismatch in your sub-dependencies.")
    ("pipenv-locking-failed-no-version", "real",
     "$ pipenv lock\n"
     "Locking [packages] dependencies...\n"
     "✘ Locking Failed!\n"
     "CRITICAL:pipenv.patched.pip._internal.resolution.resolvelib.factory:Could not find a version that satisfies the requirement widgets==9.9.9 (from versions: 1.0.0, 1.1.0, 1.2.0)\n"
     "[ResolutionFailure]: Your dependencies could not be resolved. You likely have a mismatch in your sub-dependencies.\n"
     "  Hint: try $ pipenv lock --pre if it is a pre-release dependency.\n"
     "ERROR: No matching distribution found for widgets==9.9.9\n" + _GHA),
    # the same with pip's ResolutionImpossible
    ("pipenv-locking-failed-conflict", "real",
     "$ pipenv lock --dev\n"
     "Locking [dev-packages] dependencies...\n"
     "✘ Locking Failed!\n"
     "ERROR: Cannot install -r /tmp/pipenv-x1y2-requirements/pipenv-abc-constraints.txt (line 4) and urllib3<2 because these package versions have conflicting dependencies.\n"
     "ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-conflicts\n"
     "[ResolutionFailure]: Your dependencies could not be resolved. You likely have a mismatch in your sub-dependencies.\n"
     + _CIRCLE),
    # pip's words inside pipenv's install from the lock: the file host answered 503 through every retry
    ("pipenv-install-pip-503", "transient",
     _PIPENV +
     "Installing dependencies from Pipfile.lock (9c8d7e)...\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.example.org', port=443): Max retries exceeded with url: /packages/grpcio-1.66.1-cp312-cp312-manylinux_2_17_x86_64.whl (Caused by ResponseError('too many 503 error responses'))\n"
     "\n"
     "ERROR: Couldn't install package: {}\n"
     " Package installation failed...\n" + _GHA),

    # ================================================================== Poetry
    # python-poetry/poetry src/poetry/installation/executor.py ("- Installing {}: Failed") with urllib3's
    # ReadTimeoutError in the cleo box
    ("poetry-install-read-timeout", "transient",
     _POETRY +
     "Package operations: 48 installs, 0 updates, 0 removals\n\n"
     "  - Installing torch (2.4.1): Failed\n\n"
     "  ReadTimeoutError\n\n"
     "  HTTPSConnectionPool(host='files.example.org', port=443): Read timed out.\n\n"
     "  at ~/.local/share/pypoetry/venv/lib/python3.12/site-packages/urllib3/response.py:736 in _error_catcher\n"
     + _GHA),
    # src/poetry/repositories/http_repository.py (RepositoryError around raise_for_status) while resolving
    ("poetry-repository-error-502", "transient",
     "$ poetry lock --no-update\n"
     "Resolving dependencies...\n\n"
     "  RepositoryError\n\n"
     "  502 Server Error: Bad Gateway for url: https://pkgs.example.org/simple/attrs/\n\n"
     "  at ~/.local/share/pypoetry/venv/lib/python3.12/site-packages/poetry/repositories/http_repository.py:554 in _get_response\n"
     + _GHA),
    # requests' ConnectionError ("Connection aborted.", RemoteDisconnected) raised from the executor
    ("poetry-install-connection-aborted", "transient",
     _POETRY +
     "Package operations: 12 installs, 0 updates, 0 removals\n\n"
     "  - Installing grpcio (1.66.1): Failed\n\n"
     "  ConnectionError\n\n"
     "  ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))\n"
     + _GHA),
    # src/poetry/installation/executor.py ("Hash for {package} from archive {archive.name} not found in known
    # hashes (was: {archive_hash})")
    ("poetry-hash-not-in-known-hashes", "real",
     _POETRY +
     "Package operations: 12 installs, 0 updates, 0 removals\n\n"
     "  - Installing widgets (1.4.0): Failed\n\n"
     "  RuntimeError\n\n"
     "  Hash for widgets (1.4.0) from archive widgets-1.4.0-py3-none-any.whl not found in known hashes (was: sha256:9f8e7d6c5b4a)\n"
     + _GHA),
    # src/poetry/utils/isolated_build.py ("PEP517 build of a dependency failed", "Note: This error originates
    # from the build backend, and is likely not a problem with poetry ...")
    ("poetry-pep517-build-failed", "real",
     _POETRY +
     "  - Installing mysqlclient (2.2.4): Failed\n\n"
     "PEP517 build of a dependency failed\n\n"
     "Backend subprocess exited when trying to invoke get_requires_for_build_wheel\n\n"
     "    | Exception: Can not find valid pkg-config name.\n"
     "    | Specify MYSQLCLIENT_CFLAGS and MYSQLCLIENT_LDFLAGS env vars manually\n\n"
     "Note: This error originates from the build backend, and is likely not a problem with poetry but one of the following issues with mysqlclient (2.2.4)\n"
     + _GHA),
    # src/poetry/vcs/git/backend.py ("Failed to clone {url} at '{refspec.key}', verify ref exists on remote.")
    ("poetry-git-ref-missing", "real",
     _POETRY +
     "  - Installing acme-utils (1.4.0 a1b2c3d): Failed\n\n"
     "  PoetryRuntimeError\n\n"
     "  Failed to clone https://git.example.org/acme/utils.git at 'release-9', verify ref exists on remote.\n"
     + _GHA),
    # src/poetry/installation/chooser.py ("Unable to find installation candidates for {package}")
    ("poetry-no-installation-candidates", "real",
     _POETRY +
     "  - Installing tensorflow-io-gcs-filesystem (0.37.1): Failed\n\n"
     "  RuntimeError\n\n"
     "  Unable to find installation candidates for tensorflow-io-gcs-filesystem (0.37.1)\n"
     + _GHA),

    # near-miss: urllib3's pool warning ("Connection pool is full, discarding connection: %s. Connection pool
    # size: %s") during the install, and then the project's test failed on its own
    ("poetry-pool-warning-then-test-failure", "real",
     _POETRY +
     "Connection pool is full, discarding connection: files.example.org. Connection pool size: 10\n"
     "Installing the current project: billing (0.4.0)\n"
     "$ poetry run pytest -q\n"
     "E       assert 1299 == 1300\n"
     "FAILED tests/test_invoice.py::test_total_cents - assert 1299 == 1300\n"
     "1 failed, 212 passed in 4.80s\n" + _GHA),
    # ================================================================== pixi
    # prefix-dev/pixi crates/pixi_url/src/error.rs ("failed to download {url}: {status}") with a 5xx
    ("pixi-url-download-503", "transient",
     _PIXI +
     "Error:   × failed to download https://files.example.org/acme-sdk-0.3.1.tar.gz: 503 Service Unavailable\n"
     + _GHA),
    # pixi's PyPI resolution ("failed to resolve pypi dependencies") over uv's fetch error
    ("pixi-pypi-resolve-fetch-500", "transient",
     "$ pixi install --locked\n"
     "Error:   × failed to resolve pypi dependencies\n"
     "  ├─▶ Failed to fetch: `https://pypi.example.org/simple/attrs/`\n"
     "  ├─▶ Request failed after 3 retries in 3.9s\n"
     "  ╰─▶ HTTP status server error (500 Internal Server Error) for url (https://pypi.example.org/simple/attrs/)\n"
     + _GHA),
    # pixi ("lock file not up-to-date with the workspace" under --locked)
    ("pixi-locked-not-up-to-date", "real",
     _PIXI +
     "Error:   × lock file not up-to-date with the workspace\n" + _GHA),
    # ("failed to solve the environment"), resolvo's "Cannot solve the request because of: No candidates were
    # found for ..."
    ("pixi-failed-to-solve", "real",
     "$ pixi install\n"
     "Error:   × failed to solve the environment\n"
     "  ╰─▶ Cannot solve the request because of: No candidates were found for acme-tools ==9.9.\n"
     + _GHA),
    # ("failed to solve requirements of environment '{}' for platform '{}'")
    ("pixi-failed-to-solve-platform", "real",
     "$ pixi lock\n"
     "Error:   × failed to solve requirements of environment 'cuda' for platform 'osx-arm64'\n"
     "  ├─▶ failed to solve the environment\n"
     "  ╰─▶ Cannot solve the request because of: The following packages are incompatible\n"
     "      └─ cuda-toolkit ==12.4 cannot be installed because there are no viable options\n"
     + _GHA),

    # ================================================================== pytest-xdist
    # pytest-dev/pytest-xdist src/xdist/report.py ("Different tests were collected between {from_id} and
    # {to_id}. The difference is:"): parametrize ids built from an unordered set
    ("xdist-different-tests-collected", "real",
     _XDIST +
     "Different tests were collected between gw0 and gw2. The difference is:\n"
     "--- gw0\n"
     "+++ gw2\n"
     "@@ -12,2 +12,2 @@\n"
     "-tests/test_codes.py::test_code[b-a]\n"
     "+tests/test_codes.py::test_code[a-b]\n"
     "To see why this happens see 'Known limitations' in documentation for pytest-xdist\n"
     "=========================== short test summary info ============================\n"
     "ERROR gw2\n"
     "1 error in 4.12s\n" + _GHA),
    # src/xdist/dsession.py ("worker {id!r} crashed while running {nodeid!r}") after the kernel's OOM kill of
    # the worker
    ("xdist-worker-oom-killed", "transient",
     _XDIST +
     "........................................................................ [ 31%]\n"
     "[gw3] node down: Not properly terminated\n"
     "worker 'gw3' crashed while running 'tests/test_atlas.py::test_render_world'\n"
     "replacing crashed worker gw3\n"
     "[2291.402118] Out of memory: Killed process 48213 (python) total-vm:9012344kB, anon-rss:7340032kB, file-rss:0kB\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_atlas.py::test_render_world\n"
     "1 failed, 917 passed in 412.08s (0:06:52)\n" + _GHA),
    # the same worker loss after an abort inside the project's own extension (faulthandler "Fatal Python
    # error: Aborted" with its frames)
    ("xdist-worker-abort-in-own-extension", "real",
     _XDIST +
     "........................................ [ 12%]\n"
     "Fatal Python error: Aborted\n"
     "\n"
     "Current thread 0x00007f1c2a3b4740 (most recent call first):\n"
     "  File \"/src/geokit/_native.py\", line 141 in reproject\n"
     "  File \"/src/tests/test_reproject.py\", line 57 in test_polar_tile\n"
     "[gw0] node down: Not properly terminated\n"
     "worker 'gw0' crashed while running 'tests/test_reproject.py::test_polar_tile'\n"
     "FAILED tests/test_reproject.py::test_polar_tile\n" + _GHA),

    # src/xdist/dsession.py ("worker {} crashed and worker restarting disabled") after a segfault the
    # project's extension printed with its frames
    ("xdist-restart-disabled-segfault-in-extension", "real",
     "$ pytest -n 2 --max-worker-restart=0\n"
     "Fatal Python error: Segmentation fault\n"
     "\n"
     "Current thread 0x00007f44aa1b2740 (most recent call first):\n"
     "  File \"/src/fastbuf/_ring.py\", line 63 in push\n"
     "  File \"/src/tests/test_ring.py\", line 22 in test_wraparound\n"
     "[gw1] node down: Not properly terminated\n"
     "worker gw1 crashed and worker restarting disabled\n"
     "FAILED tests/test_ring.py::test_wraparound\n" + _GHA),
    # ================================================================== pytest-randomly, pytest-timeout, pytest-cov
    # pytest-dev/pytest-randomly src/pytest_randomly/__init__.py ("Using --randomly-seed={seed}"): an
    # order-dependent test failed under the printed seed; the test is the failure
    ("randomly-seed-order-dependent-failure", "real",
     "$ pytest -p randomly tests/\n"
     "============================= test session starts ==============================\n"
     "Using --randomly-seed=2788104519\n"
     "collected 214 items\n"
     "....F...............................................................\n"
     "E       AssertionError: assert ['eu', 'us', 'eu'] == ['eu', 'us']\n"
     "FAILED tests/test_registry.py::test_regions_registered_once - AssertionError\n"
     "1 failed, 213 passed in 6.30s\n" + _GHA),
    # pytest-timeout's expiry reads transient in this catalogue (test-timeout; the signal method's "Timeout
    # (>Ns) from pytest-timeout." in test_tool_sources_runners.py): its wording before "from pytest-timeout"
    # was added (pytest_timeout.py history, "Timeout >%ss") reads the same
    ("timeout-old-wording", "transient",
     "tests/test_stream.py::test_backpressure FAILED\n"
     "E       Failed: Timeout >120.0s\n"
     "FAILED tests/test_stream.py::test_backpressure - Failed: Timeout >120.0s\n"
     "1 failed, 301 passed in 188.40s\n" + _GHA),
    # the thread method under xdist: the worker called os._exit after the dump; the lost worker and the
    # timeout read as the runners file's crashed worker does
    ("timeout-thread-method-under-xdist", "transient",
     _XDIST +
     "+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n"
     "  File \"/src/acme/pool.py\", line 212, in join\n"
     "+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n"
     "[gw1] node down: Not properly terminated\n"
     "worker 'gw1' crashed while running 'tests/test_pool.py::test_shutdown_drains'\n"
     "replacing crashed worker gw1\n"
     "FAILED tests/test_pool.py::test_shutdown_drains\n"
     "1 failed, 917 passed in 318.90s\n" + _GHA),
    # pytest-dev/pytest-timeout pytest_timeout.py (the "timeout: {}s / timeout method: / timeout func_only:"
    # header) above a plain assertion failure: the header is not the failure
    ("timeout-header-with-assertion", "real",
     "============================= test session starts ==============================\n"
     "timeout: 300.0s\n"
     "timeout method: signal\n"
     "timeout func_only: False\n"
     "collected 88 items\n"
     "tests/test_money.py ....F\n"
     "E       assert Decimal('10.01') == Decimal('10.00')\n"
     "FAILED tests/test_money.py::test_rounding - assert Decimal('10.01') == Decimal('10.00')\n"
     "1 failed, 87 passed in 2.11s\n" + _GHA),
    # near-miss: a test whose name speaks of timeouts failing on its assertion
    ("timeout-named-test-assertion", "real",
     "tests/test_client.py::test_retry_after_read_timeout FAILED\n"
     "E       assert 2 == 3\n"
     "E        +  where 2 = <Client retries=2>.attempts\n"
     "FAILED tests/test_client.py::test_retry_after_read_timeout - assert 2 == 3\n"
     "1 failed, 40 passed in 1.02s\n" + _GHA),
    # pytest-dev/pytest-cov (the "FAIL Required test coverage of {}% not reached. Total coverage: {:.2f}%"
    # line; from memory of the plugin) after all tests passed
    ("pytest-cov-required-not-reached", "real",
     "$ pytest --cov=acme --cov-fail-under=90\n"
     "---------- coverage: platform linux, python 3.12.7-final-0 -----------\n"
     "Name                Stmts   Miss  Cover\n"
     "TOTAL                2210    268    88%\n"
     "\n"
     "FAIL Required test coverage of 90% not reached. Total coverage: 87.87%\n"
     "======================== 512 passed in 41.22s ========================\n" + _GHA),
    # an application's own log lines naming downloads and timeouts inside a failing assertion
    ("app-log-words-with-failing-test", "real",
     "$ uv run pytest -q\n"
     "------------------------------ Captured log call -------------------------------\n"
     "WARNING  acme.sync:sync.py:88 Failed to download manifest: connection closed before message completed\n"
     "E       KeyError: 'etag'\n"
     "FAILED tests/test_sync.py::test_manifest_cached - KeyError: 'etag'\n"
     "1 failed, 63 passed in 3.40s\n" + _GHA),
]

# Wordings printed both for an outage and for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # pytest-dev/pytest-timeout pytest_timeout.py timeout_timer (the "+ Timeout +" separators, the captured
    # output and stacks, then os._exit(1)): the run ends with no summary; a hang of the code or a slow host
    ("timeout-thread-method-os-exit",
     "tests/test_sync.py::test_mirror_roundtrip \n"
     "+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n"
     "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Captured stdout ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
     "connecting to replica 2\n"
     "~~~~~~~~~~~~~~~~~~~~~~ Stack of MainThread (140521822398272) ~~~~~~~~~~~~~~~~~~~~~~\n"
     "  File \"/src/acme/mirror.py\", line 77, in wait_for_ack\n"
     "    self._cond.wait()\n"
     "+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n"
     + _GHA),
    # pypa/pipenv pipenv/utils/resolver.py ("Resolver subprocess timed out after {} seconds. ... check that
    # your index/mirror is reachable."): a slow index or a resolver backtracking for ever
    ("pipenv-resolver-subprocess-timeout",
     "$ pipenv lock\n"
     "Locking [packages] dependencies...\n"
     "✘ Locking Failed!\n"
     "Resolver subprocess timed out after 900 seconds. Set PIPENV_RESOLVER_TIMEOUT_S=<bigger> in your environment (or [pipenv] resolver_timeout_seconds in your Pipfile) to extend, or check that your index/mirror is reachable.\n"
     "[ResolutionFailure]: Resolver subprocess timed out after 900 seconds.\n" + _GHA),
    # mamba-org/mamba libmamba/src/core/package_fetcher.cpp ("File not valid: file size doesn't match
    # expectation", "{} tarball has incorrect size"): a truncated transfer or a mirror out of step
    ("micromamba-tarball-incorrect-size",
     "$ micromamba create -y -f environment.yml\n"
     "error    libmamba File not valid: file size doesn't match expectation \"/home/runner/micromamba/pkgs/libarrow-17.0.0-h6bd9018_1.conda\"\n"
     "    Expected: 42118221\n"
     "    Actual: 31457280\n"
     "libarrow-17.0.0-h6bd9018_1.conda tarball has incorrect size\n"
     "critical libmamba Found incorrect downloads. Aborting\n" + _GHA),
    # the same file's checksum validation ("File not valid: {} doesn't match expectation")
    ("micromamba-tarball-incorrect-sha256",
     "$ micromamba install -y -n ci pyarrow=17\n"
     "error    libmamba File not valid: SHA256 sum doesn't match expectation \"/home/runner/micromamba/pkgs/pyarrow-17.0.0-py312h9cebb41_1.conda\"\n"
     "    Expected: 5c4b3a29\n"
     "    Actual: 7d6e5f40\n"
     "pyarrow-17.0.0-py312h9cebb41_1.conda tarball has incorrect SHA256 sum\n"
     "critical libmamba Found incorrect downloads. Aborting\n" + _GHA),
    # libmamba/src/api/utils.cpp ("Subprocess call failed (killed)", "Subprocess call failed. Aborting."): the
    # pip step of an environment file killed, by the host or by the job
    ("micromamba-subprocess-killed",
     "$ micromamba create -y -f environment.yml\n"
     "Installing pip packages: -r /tmp/mambaf1x2y3z4\n"
     "error    libmamba Subprocess call failed (killed)\n"
     "critical libmamba Subprocess call failed. Aborting.\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_py_env_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_py_env_messages_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Please run `pdm lock` to update the lock file ",
    "[ProjectError]: Lockfile does not exist, nothing to install ",
    "No lockfile at `hatch.lock ",
    "Environment `lint` is not defined by project config `",
    "Unable to satisfy Python version constraint: ",
    "Resolver subprocess timed out after 900 seconds ",
]
