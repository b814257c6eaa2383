"""Twelfth round, tool sources: the wrappers Python projects run their checks and tests through, and
Python packaging builds (pre-commit and pre-commit.ci, tox, nox, hatch, pip's build isolation and
PEP 517 builds, setuptools_scm, build and twine, cibuildwheel, pip-tools, pytest's collection errors).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source (the comment above each case names the repository and file holding the
format string, or the documentation page where the source was not read); hosts, packages, hooks and
paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a wrapper that could not set its environment up because a network fetch failed (pre-commit cloning
    a hook repository or pip-installing the hook's dependencies, tox's or nox's install step, pip
    fetching build requirements, pip-compile reaching its index) -> transient;
  * a hook that ran and failed, a session or environment whose commands failed, an invalid config, a
    rev or version that does not exist, an interpreter the host lacks, a build backend relaying a
    compile error, setuptools_scm finding no version, twine check rejecting the metadata, a test module
    that fails to import -> real;
  * the tool's words inside a test's expected output, or inside a test name, are not its failure.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ pre-commit
    # pre-commit/pre-commit pre_commit/error_handler.py ("An unexpected error has occurred: %s",
    # "Check the log at %s"), pre_commit/util.py CalledProcessError ("command: ...", "return code: ...",
    # "stderr:"), pre_commit/store.py ("Initializing environment for %s.") (checked)
    ("pre-commit-clone-5xx", "transient",
     "[INFO] Initializing environment for https://git.example.org/tools/mirrors-fmt.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'fetch', 'origin', '--tags')\n"
     "return code: 128\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n"
     "    fatal: expected flush after ref listing\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    ("pre-commit-clone-timeout", "transient",
     "[INFO] Initializing environment for https://git.example.org/tools/hooks-extra.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'fetch', 'origin', '--tags')\n"
     "return code: 128\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    fatal: unable to access 'https://git.example.org/tools/hooks-extra/': Failed to connect to git.example.org port 443 after 130912 ms: Connection timed out\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # pre_commit/languages/python.py install_environment runs pip through cmd_output_b; its failure is the
    # same CalledProcessError with pip's own stderr; pre_commit/repository.py ("Installing environment for
    # %s.", "Once installed this environment will be reused.", "This may take a few minutes...") (checked)
    ("pre-commit-pip-deps-read-timeout", "transient",
     "[INFO] Installing environment for https://git.example.org/tools/typecheck-mirror.\n"
     "[INFO] Once installed this environment will be reused.\n"
     "[INFO] This may take a few minutes...\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/home/ci/.cache/pre-commit/repoab12/py_env-python3.11/bin/python', '-mpip', 'install', '.', 'types-requests')\n"
     "return code: 1\n"
     "stdout:\n"
     "    Processing /home/ci/.cache/pre-commit/repoab12\n"
     "stderr:\n"
     "    ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.example.org', port=443): Read timed out.\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    ("pre-commit-pip-deps-503", "transient",
     "[INFO] Installing environment for https://git.example.org/tools/docs-lint.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/home/ci/.cache/pre-commit/repo9x/py_env-python3.12/bin/python', '-mpip', 'install', '.')\n"
     "return code: 1\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    ERROR: HTTP error 503 while getting https://files.example.org/packages/docutils-0.21.tar.gz\n"
     "    ERROR: Could not install requirement docutils==0.21 because of HTTP error 503 Server Error: Service Unavailable for url: https://files.example.org/packages/docutils-0.21.tar.gz for URL https://files.example.org/packages/docutils-0.21.tar.gz (from https://pypi.example.org/simple/docutils/)\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # near-miss: the hook's additional_dependencies name a version that does not exist
    ("pre-commit-pip-deps-no-such-version", "real",
     "[INFO] Installing environment for https://git.example.org/tools/typecheck-mirror.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/home/ci/.cache/pre-commit/repoab12/py_env-python3.11/bin/python', '-mpip', 'install', '.', 'types-frobnicate==9.9.9')\n"
     "return code: 1\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    ERROR: Could not find a version that satisfies the requirement types-frobnicate==9.9.9 (from versions: 1.0.0, 1.1.0)\n"
     "    ERROR: No matching distribution found for types-frobnicate==9.9.9\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # near-miss: a rev that does not exist (git's "couldn't find remote ref" under the same wrapper)
    ("pre-commit-rev-not-found", "real",
     "[INFO] Initializing environment for https://git.example.org/tools/mirrors-fmt.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'fetch', 'origin', 'v99.1.0')\n"
     "return code: 128\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    fatal: couldn't find remote ref v99.1.0\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # near-miss: a hook repository that does not exist or is private (git's "Repository not found")
    ("pre-commit-repo-not-found", "real",
     "[INFO] Initializing environment for https://git.example.org/tools/gone-hooks.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'fetch', 'origin', '--tags')\n"
     "return code: 128\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    remote: Repository not found.\n"
     "    fatal: repository 'https://git.example.org/tools/gone-hooks/' not found\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # pre_commit/clientlib.py InvalidConfigError / InvalidManifestError (FatalError: "An error has
    # occurred"), the context lines from asottile/cfgv cfgv.py ValidationError ("==> %s", "=====> %s",
    # "File %s", "At key: %s", "Missing required key: %s", "Expected one of %s but got: %r") (checked)
    ("pre-commit-invalid-config", "real",
     "An error has occurred: InvalidConfigError: \n"
     "==> File .pre-commit-config.yaml\n"
     "==> At Config()\n"
     "==> At key: repos\n"
     "==> At Repository(repo='https://git.example.org/tools/mirrors-fmt')\n"
     "=====> Missing required key: rev\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    ("pre-commit-invalid-manifest", "real",
     "[INFO] Initializing environment for https://git.example.org/tools/old-hooks.\n"
     "An error has occurred: InvalidManifestError: \n"
     "==> File /home/ci/.cache/pre-commit/repoq1w2/.pre-commit-hooks.yaml\n"
     "==> At Hook(id='tidy')\n"
     "==> At key: language\n"
     "=====> Expected one of conda, coursier, dart, docker, docker_image, dotnet, fail, golang, haskell, julia, lua, node, perl, pygrep, python, r, ruby, rust, swift, unsupported, unsupported_script but got: 'python_venv'\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # pre_commit/commands/run.py _run_single_hook ("- hook id: %s", "- exit code: %d",
    # "- files were modified by this hook", the "Failed" status after the dots) (checked)
    ("pre-commit-hook-modified-files", "real",
     "check yaml...............................................................Passed\n"
     "trim trailing whitespace.................................................Failed\n"
     "- hook id: trailing-whitespace\n"
     "- exit code: 1\n"
     "- files were modified by this hook\n"
     "\n"
     "Fixing src/widget/core.py\n"
     "\n" + _EXIT),
    ("pre-commit-hook-lint-failed", "real",
     "black....................................................................Passed\n"
     "flake8...................................................................Failed\n"
     "- hook id: flake8\n"
     "- exit code: 1\n"
     "\n"
     "src/widget/core.py:41:5: F841 local variable 'tmp' is assigned but never used\n"
     "src/widget/io.py:12:1: F401 'os' imported but unused\n"
     "\n" + _EXIT),
    # a hook that itself times out talking to a service is the hook's words (no pre-commit wording):
    # a type checker hook whose stub fetch failed reads as the network failure it is
    ("pre-commit-hook-fmt-modified-only", "real",
     "ruff-format..............................................................Failed\n"
     "- hook id: ruff-format\n"
     "- files were modified by this hook\n"
     "\n"
     "2 files reformatted, 31 files left unchanged\n"
     "\n" + _EXIT),
    # pre_commit/parse_shebang.py normexe (ExecutableNotFoundError "Executable `%s` not found", returned
    # as the hook's output by pre_commit/util.py cmd_output_b): a hook whose executable is missing (checked)
    ("pre-commit-hook-executable-not-found", "real",
     "shellcheck...............................................................Failed\n"
     "- hook id: shellcheck\n"
     "- exit code: 1\n"
     "\n"
     "Executable `shellcheck` not found\n"
     "\n" + _EXIT),
    # pre-commit.ci's messages (pre-commit.ci is closed; wording from https://pre-commit.ci docs and its
    # status lines): "pre-commit.ci - failed" after a hook failed, and the autofix commit
    ("pre-commit-ci-autofix-pushed", "real",
     "pre-commit.ci - failed\n"
     "isort....................................................................Failed\n"
     "- hook id: isort\n"
     "- files were modified by this hook\n"
     "\n"
     "Fixing /code/src/widget/__init__.py\n"
     "[pre-commit.ci] auto fixes from pre-commit.com hooks\n"),
    # near-miss: the tool's words inside a test's expected output (a test of a hook-runner's report)
    ("pre-commit-words-in-test-expected", "real",
     "tests/test_report.py::test_render_failed_hook FAILED\n"
     "=================================== FAILURES ===================================\n"
     "__________________________ test_render_failed_hook ___________________________\n"
     "    def test_render_failed_hook():\n"
     ">       assert render(result) == 'An unexpected error has occurred: CalledProcessError: Connection timed out'\n"
     "E       AssertionError: assert 'An unexpected error has occurred' == 'An unexpected error has occurred: CalledProcessError: Connection timed out'\n"
     "FAILED tests/test_report.py::test_render_failed_hook - AssertionError: assert 'An unexpected ...\n"
     "========================= 1 failed, 88 passed in 3.41s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ tox
    # tox-dev/tox src/tox/session/cmd/run/common.py (report: "%s: FAIL code %d (%s seconds)",
    # "  evaluation failed :(", "%s: OK"), src/tox/execute/api.py ("%s: exit %d (%.2f seconds) %s> %s pid=%d"),
    # src/tox/tox_env/python/pip/pip_install.py (the "install_deps>" run) (checked: common.py report,
    # execute/api.py log_run_done with the "pid" metadata of execute/local_sub_process/__init__.py)
    ("tox-install-deps-connection-reset", "transient",
     "py311: install_deps> python -I -m pip install 'pytest>=8' requests-mock\n"
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /simple/requests-mock/\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.example.org', port=443): Max retries exceeded with url: /simple/requests-mock/ (Caused by ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer')))\n"
     "py311: exit 1 (31.40 seconds) /src> python -I -m pip install 'pytest>=8' requests-mock pid=2211\n"
     "  py311: FAIL code 1 (31.92 seconds)\n"
     "  evaluation failed :( (32.05 seconds)\n" + _EXIT),
    ("tox-install-deps-no-version", "real",
     "py311: install_deps> python -I -m pip install 'widgetlib==7.4.0'\n"
     "ERROR: Could not find a version that satisfies the requirement widgetlib==7.4.0 (from versions: 6.0.0, 6.1.2, 7.0.0)\n"
     "ERROR: No matching distribution found for widgetlib==7.4.0\n"
     "py311: exit 1 (2.10 seconds) /src> python -I -m pip install 'widgetlib==7.4.0' pid=2211\n"
     "  py311: FAIL code 1 (2.44 seconds)\n"
     "  evaluation failed :( (2.51 seconds)\n" + _EXIT),
    ("tox-commands-tests-failed", "real",
     "py312: commands[0]> pytest -q tests\n"
     "..........F.....\n"
     "FAILED tests/test_parse.py::test_trailing_comma - assert ['a', ''] == ['a']\n"
     "1 failed, 15 passed in 0.88s\n"
     "py312: exit 1 (1.20 seconds) /src> pytest -q tests pid=3012\n"
     "  py312: FAIL code 1 (9.87=setup[8.67]+cmd[1.20] seconds)\n"
     "  evaluation failed :( (9.95 seconds)\n" + _EXIT),
    ("tox-fail-code-bare", "real",
     "lint: commands[0]> ruff check src\n"
     "src/widget/core.py:3:8: F401 [*] `sys` imported but unused\n"
     "Found 1 error.\n"
     "lint: exit 1 (0.15 seconds) /src> ruff check src pid=3140\n"
     "  lint: FAIL code 1 (3.02=setup[2.87]+cmd[0.15] seconds)\n"
     "  evaluation failed :( (3.10 seconds)\n" + _EXIT),
    # src/tox/tox_env/python/api.py NoInterpreter ("could not find python interpreter matching any of the
    # specs %s"; the "with spec(s): %s" wording is the Skip's, under skip_missing_interpreters = true),
    # logged by src/tox/session/cmd/run/single.py ("failed with %s"); tox 3 (tag 3.28.0 src/tox/venv.py,
    # src/tox/session/__init__.py _summary, src/tox/exception.py) printed "ERROR: InterpreterNotFound: %s"
    # (checked)
    ("tox4-interpreter-not-found", "real",
     "py38: failed with could not find python interpreter matching any of the specs py38\n"
     "  py38: FAIL code 1 (0.01 seconds)\n"
     "  py311: OK (12.40 seconds)\n"
     "  evaluation failed :( (12.52 seconds)\n" + _EXIT),
    ("tox3-interpreter-not-found", "real",
     "GLOB sdist-make: /src/setup.py\n"
     "py37 create: /src/.tox/py37\n"
     "ERROR: InterpreterNotFound: python3.7\n"
     "___________________________________ summary ____________________________________\n"
     "ERROR:  py37: InterpreterNotFound: python3.7\n" + _EXIT),
    # src/tox/tox_env/python/virtual_env/package/pyproject.py: the package build through the backend
    ("tox-package-build-backend-error", "real",
     ".pkg: _optional_hooks> python /usr/lib/python3.11/site-packages/pyproject_api/_backend.py True setuptools.build_meta\n"
     ".pkg: build_sdist> python /usr/lib/python3.11/site-packages/pyproject_api/_backend.py True setuptools.build_meta\n"
     "error: Multiple top-level packages discovered in a flat-layout: ['widget', 'scripts'].\n"
     "Backend: run command build_sdist with args {'sdist_directory': '/src/.tox/.pkg/dist'}\n"
     "Backend: Wrote response {'code': 1, 'exc_type': 'SystemExit', 'exc_msg': '1'}\n"
     ".pkg: exit 1 (0.41 seconds) /src> python /usr/lib/python3.11/site-packages/pyproject_api/_backend.py True setuptools.build_meta pid=911\n"
     "  py311: FAIL code 1 (0.93 seconds)\n"
     "  evaluation failed :( (1.01 seconds)\n" + _EXIT),
    # src/tox/session/env_select.py _raise_invalid_envs ("provided environments not found in configuration
    # file:"), logged by src/tox/run.py ("%s| %s" with HandledError) (checked)
    ("tox-env-not-in-config", "real",
     "ROOT: HandledError| provided environments not found in configuration file:\n"
     "py314\n" + _EXIT),

    # ------------------------------------------------------------------ nox
    # wntrblm/nox nox/tasks.py run_manifest ("Session %s %s." with nox/sessions.py Result.imperfect:
    # "failed", "aborted: %s", "skipped: %s"), nox/command.py ("Command %s failed with exit code %s"),
    # nox/virtualenv.py InterpreterNotFound ("Python interpreter %s not found"), nox/tasks.py
    # ("Error while collecting sessions.", "Ran multiple sessions:" in released versions),
    # nox/manifest.py ("Sessions not found: %s") (checked)
    ("nox-install-read-timeout", "transient",
     "nox > Running session tests-3.11\n"
     "nox > Creating virtual environment (virtualenv) using python3.11 in .nox/tests-3-11\n"
     "nox > python -m pip install -e '.[test]'\n"
     "ERROR: Exception:\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.example.org', port=443): Read timed out.\n"
     "nox > Command python -m pip install -e '.[test]' failed with exit code 2\n"
     "nox > Session tests-3.11 failed.\n" + _EXIT),
    ("nox-session-tests-failed", "real",
     "nox > Running session tests-3.12\n"
     "nox > pytest -q\n"
     "F.........\n"
     "FAILED tests/test_units.py::test_round_trip - AssertionError: 1.0000001 != 1.0\n"
     "1 failed, 9 passed in 0.51s\n"
     "nox > Command pytest -q failed with exit code 1\n"
     "nox > Session tests-3.12 failed.\n" + _EXIT),
    ("nox-session-failed-bare", "real",
     "nox > Running session lint\n"
     "nox > mypy src\n"
     "src/widget/io.py:22: error: Incompatible return value type (got \"str | None\", expected \"str\")  [return-value]\n"
     "Found 1 error in 1 file (checked 14 source files)\n"
     "nox > Command mypy src failed with exit code 1\n"
     "nox > Session lint failed.\n" + _EXIT),
    ("nox-interpreter-not-found", "real",
     "nox > Running session tests-3.8\n"
     "nox > Session tests-3.8 failed: Python interpreter 3.8 not found.\n"
     "nox > Ran multiple sessions:\n"
     "nox > * tests-3.8: failed\n"
     "nox > * tests-3.12: success\n" + _EXIT),
    ("nox-session-not-found", "real",
     "nox > Error while collecting sessions.\n"
     "nox > Sessions not found: docs-live\n" + _EXIT),
    # nox/sessions.py: session.error("...") raises _SessionQuit -> Status.ABORTED; nox/tasks.py prints
    # "Session %s aborted: %s." (checked)
    ("nox-session-aborted-by-error", "real",
     "nox > Running session release-check\n"
     "nox > Session release-check aborted: CHANGELOG.md has no entry for 2.4.0.\n" + _EXIT),

    # ------------------------------------------------------------------ hatch
    # pypa/hatch src/hatch/cli/env/run.py, src/hatch/env/plugin/interface.py (the "Syncing dependencies"
    # step), src/hatch/cli/application.py ("Environment `%s` is incompatible: %s"), src/hatch/env/virtual.py
    # ("cannot locate Python: %s") (checked)
    ("hatch-sync-deps-connect-refused", "transient",
     "Creating environment: test\n"
     "Installing project in development mode\n"
     "Checking dependencies\n"
     "Syncing dependencies\n"
     "  × Failed to download `widgetlib==3.2.0`\n"
     "  ├─▶ Request failed after 3 retries\n"
     "  ╰─▶ error sending request for url (https://pypi.example.org/simple/widgetlib/): client error (Connect): tcp connect error: Connection refused (os error 111)\n"
     + _EXIT),
    ("hatch-env-incompatible", "real",
     "Environment `test.py3.8` is incompatible: cannot locate Python: 3.8\n" + _EXIT),
    ("hatch-test-failed", "real",
     "──────────────────────────────────── hatch-test.py3.12 ────────────────────────────────────\n"
     "FAILED tests/test_cli.py::test_version_flag - AssertionError: assert '0.0.0' == '1.2.0'\n"
     "========================= 1 failed, 40 passed in 1.92s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ pip build isolation / PEP 517
    # pypa/pip src/pip/_internal/exceptions.py (InstallationSubprocessError "%s did not run successfully.",
    # "subprocess-exited-with-error", MetadataGenerationFailed "metadata-generation-failed",
    # "This error originates from a subprocess, and is likely not a problem with pip."),
    # src/pip/_internal/build_env.py ("Installing %s", command_desc "pip subprocess to install %s"), through
    # pip 25.x (checked; pip's main branch has moved these to exceptions/build.py and build_env/)
    ("pip-build-deps-fetch-timeout", "transient",
     "Collecting widget-native==2.1.0\n"
     "  Downloading widget_native-2.1.0.tar.gz (1.2 MB)\n"
     "  Installing build dependencies: started\n"
     "  Installing build dependencies: finished with status 'error'\n"
     "  error: subprocess-exited-with-error\n"
     "\n"
     "  × pip subprocess to install build dependencies did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [6 lines of output]\n"
     "      Collecting setuptools>=68\n"
     "      WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2a>, 'Connection to pypi.example.org timed out. (connect timeout=15)')': /simple/setuptools/\n"
     "      ERROR: Could not find a version that satisfies the requirement setuptools>=68 (from versions: none)\n"
     "      ERROR: No matching distribution found for setuptools>=68\n"
     "      [end of output]\n"
     "\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "error: subprocess-exited-with-error\n" + _EXIT),
    ("pip-build-deps-5xx", "transient",
     "  Installing build dependencies: started\n"
     "  Installing build dependencies: finished with status 'error'\n"
     "  error: subprocess-exited-with-error\n"
     "\n"
     "  × pip subprocess to install build dependencies did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [3 lines of output]\n"
     "      Collecting cython>=3.0\n"
     "      ERROR: HTTP error 502 while getting https://files.example.org/packages/cython-3.0.11.tar.gz\n"
     "      [end of output]\n"
     "\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "error: subprocess-exited-with-error\n" + _EXIT),
    ("pip-get-requires-backend-missing", "real",
     "Processing /src\n"
     "  Installing build dependencies: finished with status 'done'\n"
     "  Getting requirements to build wheel: started\n"
     "  Getting requirements to build wheel: finished with status 'error'\n"
     "  error: subprocess-exited-with-error\n"
     "\n"
     "  × Getting requirements to build wheel did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [4 lines of output]\n"
     "      Traceback (most recent call last):\n"
     "      ModuleNotFoundError: No module named 'widget_build_helpers'\n"
     "      [end of output]\n"
     "\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "error: subprocess-exited-with-error\n" + _EXIT),
    ("pip-metadata-generation-failed", "real",
     "Processing /src\n"
     "  Preparing metadata (pyproject.toml): started\n"
     "  Preparing metadata (pyproject.toml): finished with status 'error'\n"
     "  error: subprocess-exited-with-error\n"
     "\n"
     "  × Preparing metadata (pyproject.toml) did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [3 lines of output]\n"
     "      configuration error: `project.license` must be valid exactly by one definition (2 matches found)\n"
     "      [end of output]\n"
     "\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "error: metadata-generation-failed\n"
     "\n"
     "× Encountered error while generating package metadata.\n"
     "╰─> See above for output.\n" + _EXIT),
    ("pip-wheel-build-compile-error", "real",
     "  Building wheel for widget-native (pyproject.toml): started\n"
     "  Building wheel for widget-native (pyproject.toml): finished with status 'error'\n"
     "  error: subprocess-exited-with-error\n"
     "\n"
     "  × Building wheel for widget-native (pyproject.toml) did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [5 lines of output]\n"
     "      building 'widget_native._core' extension\n"
     "      src/_core.c:118:5: error: implicit declaration of function 'PyUnicode_AsUTF8AndSizeX' [-Werror=implicit-function-declaration]\n"
     "      error: command '/usr/bin/gcc' failed with exit code 1\n"
     "      [end of output]\n"
     "\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "  ERROR: Failed building wheel for widget-native\n"
     "ERROR: Could not build wheels for widget-native, which is required to install pyproject.toml-based projects\n"
     + _EXIT),
    ("pip-wheel-build-failed-bare", "real",
     "  Building wheel for fastcodec (pyproject.toml): finished with status 'error'\n"
     "  error: subprocess-exited-with-error\n"
     "\n"
     "  × Building wheel for fastcodec (pyproject.toml) did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> See above for output.\n"
     "\n"
     "  note: This error originates from a subprocess, and is likely not a problem with pip.\n"
     "  ERROR: Failed building wheel for fastcodec\n"
     "error: failed-wheel-build-for-install\n"
     "\n"
     "× Failed to build installable wheels for some pyproject.toml based projects\n"
     "╰─> fastcodec\n" + _EXIT),
    # rust extension through maturin relaying cargo's compile error
    ("pip-wheel-build-rust-error", "real",
     "  Building wheel for fastparse (pyproject.toml): started\n"
     "  × Building wheel for fastparse (pyproject.toml) did not run successfully.\n"
     "  ╰─> [6 lines of output]\n"
     "      Running `maturin pep517 build-wheel -i /usr/bin/python3 --compatibility off`\n"
     "      error[E0308]: mismatched types\n"
     "        --> src/lib.rs:44:16\n"
     "      💥 maturin failed\n"
     "      [end of output]\n"
     "  ERROR: Failed building wheel for fastparse\n" + _EXIT),

    # ------------------------------------------------------------------ setuptools_scm
    # pypa/setuptools-scm src/setuptools_scm/_get_version_impl.py ("setuptools-scm was unable to detect
    # version for %r." ... "Make sure you're either building from a fully intact git repository or PyPI
    # tarballs."), src/setuptools_scm/git.py (the shallow-clone warning '"%s" is shallow and may cause
    # errors') (checked at v8/v9; the main branch has moved both to vcs-versioning/src/vcs_versioning/)
    ("setuptools-scm-no-version", "real",
     "  × Getting requirements to build wheel did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [8 lines of output]\n"
     "      LookupError: setuptools-scm was unable to detect version for /build/widget.\n"
     "\n"
     "      Make sure you're either building from a fully intact git repository or PyPI tarballs. Most other sources (such as GitHub's tarballs, a git checkout without the .git folder) don't contain the necessary metadata and will not work.\n"
     "      [end of output]\n"
     "error: subprocess-exited-with-error\n" + _EXIT),
    ("setuptools-scm-shallow-warning-then-fail", "real",
     "UserWarning: \"/src\" is shallow and may cause errors\n"
     "LookupError: setuptools-scm was unable to detect version for /src.\n"
     "ERROR Backend subprocess exited when trying to invoke get_requires_for_build_sdist\n" + _EXIT),

    # ------------------------------------------------------------------ build / twine
    # pypa/build src/build/_builder.py ("Backend subprocess exited when trying to invoke %s"), printed by
    # src/build/__main__.py _error ("ERROR %s"; "Missing dependencies:%s" through 1.4, "Unmet dependencies"
    # later), src/build/env.py ("Creating isolated environment: %s...", "Installing packages in isolated
    # environment:"; a failed pip install there is the CalledProcessError's own text, through
    # src/build/_ctx.py run_subprocess) (checked)
    ("build-isolated-env-network", "transient",
     "* Creating isolated environment: venv+pip...\n"
     "* Installing packages in isolated environment:\n"
     "  - hatchling>=1.24\n"
     "  WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/hatchling/\n"
     "  ERROR: Could not find a version that satisfies the requirement hatchling>=1.24 (from versions: none)\n"
     "ERROR Command '['/usr/bin/python3', '-m', 'pip', '--python', '/tmp/build-env-x1/bin/python', 'install', '--use-pep517', '--no-warn-script-location', '--no-compile', '-r', '/tmp/build-reqs-x1.txt']' returned non-zero exit status 1.\n" + _EXIT),
    ("build-backend-subprocess-exited", "real",
     "* Getting build dependencies for sdist...\n"
     "Traceback (most recent call last):\n"
     "  File \"/tmp/build-env-x1/lib/python3.12/site-packages/hatchling/build.py\", line 23, in get_requires_for_build_sdist\n"
     "ValueError: Unable to determine which files to ship inside the wheel using the following heuristics\n"
     "ERROR Backend subprocess exited when trying to invoke get_requires_for_build_sdist\n" + _EXIT),
    ("build-missing-dependencies-no-isolation", "real",
     "* Getting build dependencies for wheel...\n"
     "ERROR Missing dependencies:\n"
     "\tsetuptools-rust>=1.9\n" + _EXIT),
    # pypa/twine twine/commands/check.py ("Checking %s: FAILED", "ERROR    `long_description` has syntax
    # errors in markup and would not be rendered on PyPI.") (checked)
    ("twine-check-failed", "real",
     "Checking dist/widget-1.2.0-py3-none-any.whl: FAILED\n"
     "ERROR    `long_description` has syntax errors in markup and would not be rendered on PyPI.\n"
     "         line 14: Error: Unknown target name: \"changelog\".\n" + _EXIT),
    # twine/__main__.py main ("%s: %s %s from %s\n%s", HTTPError with status, phrase, url, reason),
    # twine/utils.py check_status_code ("Error during upload. Retry with the --verbose option for more
    # details."), twine/commands/upload.py ("Uploading distributions to %s"): a 5xx while uploading (checked)
    ("twine-upload-503", "transient",
     "Uploading distributions to https://upload.example.org/legacy/\n"
     "Uploading widget-1.2.0-py3-none-any.whl\n"
     "100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 48.2/48.2 kB • 00:00\n"
     "WARNING  Error during upload. Retry with the --verbose option for more details.\n"
     "ERROR    HTTPError: 503 Service Unavailable from https://upload.example.org/legacy/\n"
     "         Service Unavailable\n" + _EXIT),
    ("twine-upload-file-exists", "real",
     "Uploading distributions to https://upload.example.org/legacy/\n"
     "Uploading widget-1.2.0.tar.gz\n"
     "WARNING  Error during upload. Retry with the --verbose option for more details.\n"
     "ERROR    HTTPError: 400 Bad Request from https://upload.example.org/legacy/\n"
     "         File already exists ('widget-1.2.0.tar.gz', with blake2_256 hash 'ab12'). See https://upload.example.org/help/#file-name-reuse for more information.\n"
     + _EXIT),

    # ------------------------------------------------------------------ cibuildwheel
    # pypa/cibuildwheel cibuildwheel/logger.py Logger.error ("cibuildwheel: error: %s" outside GitHub's fold
    # mode), cibuildwheel/platforms/linux.py / macos.py ("Command %s failed with code %d. %s", "Starting
    # container image %s..."), cibuildwheel/__main__.py ("No build identifiers selected: %s") (checked)
    ("cibuildwheel-relay-compile-error", "real",
     "Building cp312-manylinux_x86_64 wheel\n"
     "  src/_core.c:77:12: error: 'Py_UNICODE' undeclared (first use in this function)\n"
     "  error: command '/opt/rh/gcc-toolset-12/root/usr/bin/gcc' failed with exit code 1\n"
     "  ERROR Backend subprocess exited when trying to invoke build_wheel\n"
     "\n"
     "cibuildwheel: error: Command ['python', '-m', 'build', '/project', '--wheel', '--outdir=/tmp/cibuildwheel/built_wheel'] failed with code 1. \n"
     + _EXIT),
    ("cibuildwheel-test-command-failed", "real",
     "Testing wheel...\n"
     "+ pytest /project/tests\n"
     "FAILED tests/test_abi.py::test_struct_size - assert 24 == 32\n"
     "1 failed, 60 passed in 4.02s\n"
     "cibuildwheel: error: Command ['sh', '-c', 'pytest /project/tests'] failed with code 1. \n" + _EXIT),
    ("cibuildwheel-docker-pull-timeout", "transient",
     "Starting container image quay.example.org/pypa/manylinux2014_x86_64:2024.10.07-1...\n"
     "Unable to find image 'quay.example.org/pypa/manylinux2014_x86_64:2024.10.07-1' locally\n"
     "docker: Error response from daemon: Get \"https://quay.example.org/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\n"
     "cibuildwheel: error: Command ['docker', 'create', '--env=CIBUILDWHEEL', 'quay.example.org/pypa/manylinux2014_x86_64:2024.10.07-1'] failed with code 125. \n"
     + _EXIT),
    ("cibuildwheel-no-build-identifiers", "real",
     "cibuildwheel: error: No build identifiers selected: BuildSelector(build_config='cp36-*', skip_config='', requires_python=<SpecifierSet('>=3.9')>)\n"
     + _EXIT),

    # ------------------------------------------------------------------ pip-tools
    # jazzband/pip-tools piptools/exceptions.py NoCandidateFound ("Could not find a version that matches %s",
    # "Tried: %s", "There are incompatible versions in the resolved dependencies:"), raised from
    # piptools/repositories/pypi.py (checked)
    ("pip-compile-no-version", "real",
     "+ pip-compile --generate-hashes requirements.in\n"
     "Could not find a version that matches widgetlib==4.0.0 (from -r requirements.in (line 3))\n"
     "Tried: 3.0.0, 3.1.0, 3.2.0\n"
     "There are incompatible versions in the resolved dependencies:\n" + _EXIT),
    ("pip-compile-conflict", "real",
     "+ pip-compile requirements.in\n"
     "ERROR: Cannot install -r requirements.in (line 2) and urllib3<2 because these package versions have conflicting dependencies.\n"
     "Discarding urllib3==1.26.20 (from -r requirements.in (line 4)) to proceed the resolution\n"
     "ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-conflicts\n"
     + _EXIT),
    ("pip-compile-index-timeout", "transient",
     "+ pip-compile requirements.in\n"
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.example.org', port=443): Read timed out. (read timeout=15)\")': /simple/widgetlib/\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='pypi.example.org', port=443): Read timed out.\n"
     + _EXIT),
    ("pip-compile-check-out-of-date", "real",
     "+ pip-compile --quiet requirements.in && git diff --exit-code requirements.txt\n"
     "diff --git a/requirements.txt b/requirements.txt\n"
     "-widgetlib==3.1.0\n"
     "+widgetlib==3.2.0\n" + _EXIT),

    # ------------------------------------------------------------------ pytest collection
    # pytest-dev/pytest src/_pytest/python.py ("ImportError while importing test module '%s'.",
    # "Hint: make sure your test modules/packages have valid Python names."), src/_pytest/runner.py
    # ("ERROR collecting"), src/_pytest/main.py ("Interrupted: %d error%s during collection")
    ("pytest-import-error-collecting", "real",
     "collected 120 items / 1 error\n"
     "==================================== ERRORS ====================================\n"
     "___________________ ERROR collecting tests/test_plugins.py ____________________\n"
     "ImportError while importing test module '/src/tests/test_plugins.py'.\n"
     "Hint: make sure your test modules/packages have valid Python names.\n"
     "tests/test_plugins.py:5: in <module>\n"
     "    from widget.plugins import registry\n"
     "E   ImportError: cannot import name 'registry' from 'widget.plugins' (/src/widget/plugins.py)\n"
     "!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!\n" + _EXIT),
    ("pytest-collect-syntax-error", "real",
     "___________________ ERROR collecting tests/test_math.py ____________________\n"
     "E     File \"/src/tests/test_math.py\", line 19\n"
     "E       assert add(1, 2) == 3)\n"
     "E                            ^\n"
     "E   SyntaxError: unmatched ')'\n"
     "!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!\n" + _EXIT),
    ("pytest-collect-plugin-missing", "real",
     "ERROR: usage: pytest [options] [file_or_dir] [file_or_dir] [...]\n"
     "pytest: error: unrecognized arguments: --cov=widget --cov-report=xml\n"
     "  inifile: /src/pyproject.toml\n"
     "  rootdir: /src\n" + _CIRCLE),
    # the test module imports a name from a vendored client whose word is "timeout" (a real ImportError)
    ("pytest-collect-import-timeout-name", "real",
     "___________________ ERROR collecting tests/test_client.py ____________________\n"
     "ImportError while importing test module '/src/tests/test_client.py'.\n"
     "E   ImportError: cannot import name 'ConnectTimeout' from 'widget.net' (/src/widget/net.py)\n"
     "!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!\n" + _EXIT),

    # ------------------------------------------------------------------ more outages and their near-misses
    # pre-commit/pre-commit pre_commit/languages/python.py (pip under the CalledProcessError wrapper): DNS
    ("pre-commit-pip-deps-dns", "transient",
     "[INFO] Installing environment for https://git.example.org/tools/spelling.\n"
     "[INFO] Once installed this environment will be reused.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/home/ci/.cache/pre-commit/repo77/py_env-python3.12/bin/python', '-mpip', 'install', '.')\n"
     "return code: 1\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f11>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/wordlist/\n"
     "    ERROR: Could not find a version that satisfies the requirement wordlist>=2 (from versions: none)\n"
     "    ERROR: No matching distribution found for wordlist>=2\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # pre_commit/languages/node.py runs npm install under the same wrapper
    ("pre-commit-npm-deps-econnreset", "transient",
     "[INFO] Installing environment for https://git.example.org/tools/mirrors-prettier.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/home/ci/.cache/pre-commit/repo3c/node_env-default/bin/node', '/home/ci/.cache/pre-commit/repo3c/node_env-default/bin/npm', 'install', '-g', 'prettier@3.3.3')\n"
     "return code: 1\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    npm ERR! code ECONNRESET\n"
     "    npm ERR! network aborted\n"
     "    npm ERR! network This is a problem related to network connectivity.\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # near-miss: a hook's type checker complaining about a parameter named timeout
    ("pre-commit-mypy-hook-timeout-arg", "real",
     "mypy.....................................................................Failed\n"
     "- hook id: mypy\n"
     "- exit code: 1\n"
     "\n"
     "src/widget/net.py:30: error: Argument \"timeout\" to \"get\" has incompatible type \"str\"; expected \"float | None\"  [arg-type]\n"
     "Found 1 error in 1 file (checked 22 source files)\n"
     "\n" + _EXIT),
    # tox-dev/tox: install_deps whose pip ran out of disk on the shared host
    ("tox-install-deps-disk-full", "transient",
     "py310: install_deps> python -I -m pip install -r requirements-test.txt\n"
     "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device\n"
     "py310: exit 1 (40.02 seconds) /src> python -I -m pip install -r requirements-test.txt pid=512\n"
     "  py310: FAIL code 1 (40.50 seconds)\n"
     "  evaluation failed :( (40.61 seconds)\n" + _EXIT),
    # wntrblm/nox nox/command.py ("Command %s failed with exit code %s") after pip's 5xx on a download
    # (pypa/pip src/pip/_internal/operations/prepare.py "Could not install requirement %s because of HTTP
    # error %s for URL %s", network/download.py "HTTP error %s while getting %s") (checked)
    ("nox-install-5xx", "transient",
     "nox > Running session docs\n"
     "nox > python -m pip install -r docs/requirements.txt\n"
     "ERROR: HTTP error 503 while getting https://files.example.org/packages/sphinx-7.4.7-py3-none-any.whl\n"
     "ERROR: Could not install requirement sphinx==7.4.7 from https://files.example.org/packages/sphinx-7.4.7-py3-none-any.whl because of HTTP error 503 Server Error: Service Unavailable for url: https://files.example.org/packages/sphinx-7.4.7-py3-none-any.whl for URL https://files.example.org/packages/sphinx-7.4.7-py3-none-any.whl (from https://pypi.example.org/simple/sphinx/)\n"
     "nox > Command python -m pip install -r docs/requirements.txt failed with exit code 1\n"
     "nox > Session docs failed.\n" + _EXIT),
    # pypa/hatch (environments synced through uv): uv's "Failed to fetch" with a 5xx status
    ("hatch-sync-deps-5xx", "transient",
     "Creating environment: default\n"
     "Syncing dependencies\n"
     "error: Failed to fetch: `https://pypi.example.org/simple/widgetlib/`\n"
     "  Caused by: HTTP status server error (502 Bad Gateway) for url (https://pypi.example.org/simple/widgetlib/)\n"
     + _EXIT),
    # pypa/cibuildwheel cibuildwheel/platforms/macos.py downloads CPython's installer (urllib's URLError)
    ("cibuildwheel-python-download-reset", "transient",
     "Building cp311-macosx_arm64 wheel\n"
     "Installing Python cp311...\n"
     "+ curl -fsSL --retry 3 -o /tmp/cibw/python-3.11.9-macos11.pkg https://www.example.org/ftp/python/3.11.9/python-3.11.9-macos11.pkg\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "cibuildwheel: error: Command ['curl', '-fsSL', '--retry', '3', '-o', '/tmp/cibw/python-3.11.9-macos11.pkg', 'https://www.example.org/ftp/python/3.11.9/python-3.11.9-macos11.pkg'] failed with code 56. \n"
     + _EXIT),
    # jazzband/pip-tools piptools/repositories/pypi.py: the index lookup's requests ConnectionError
    ("pip-compile-index-dns", "transient",
     "+ pip-compile --upgrade requirements.in\n"
     "pip._vendor.requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.example.org', port=443): Max retries exceeded with url: /simple/widgetlib/ (Caused by NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f3c>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))\n"
     + _EXIT),
    # pypa/twine twine/repository.py: the upload's connection dropped (requests' ConnectionError)
    ("twine-upload-remote-disconnected", "transient",
     "Uploading distributions to https://upload.example.org/legacy/\n"
     "Uploading widget-1.2.0-cp312-cp312-manylinux_2_17_x86_64.whl\n"
     "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))\n"
     + _EXIT),
    # pypa/twine twine/__main__.py (the HTTPError line) and twine/utils.py ("Error during upload"): refused
    # credentials ("403 Forbidden ... Invalid or non-existent authentication information", the index's
    # reason) (checked)
    ("twine-upload-403", "real",
     "Uploading distributions to https://upload.example.org/legacy/\n"
     "Uploading widget-1.2.0.tar.gz\n"
     "WARNING  Error during upload. Retry with the --verbose option for more details.\n"
     "ERROR    HTTPError: 403 Forbidden from https://upload.example.org/legacy/\n"
     "         Invalid or non-existent authentication information. See https://upload.example.org/help/#invalid-auth for more information.\n"
     + _EXIT),

    # ------------------------------------------------------------------ adversarial, for this round's entries
    # logs written to try the new and widened entries (nox-session-error-abort, package-build-failed's
    # unless_log for pip's build-dependency box, network-timeout's unless for 'cannot import name'):
    # outage words after a session's abort, a build dependency compiled from source and failing, a
    # resolver conflict inside the box, an ImportError of a timeout class outside pytest
    ("adv-nox-aborted-connection-timed-out", "transient",
     "nox > Running session docs\n"
     "nox > Session docs aborted: could not fetch https://inv.example.org/objects.inv: Connection timed out.\n" + _EXIT),
    ("adv-nox-aborted-http-503", "transient",
     "nox > Running session release-check\n"
     "nox > Session release-check aborted: index answered HTTP 503 Service Unavailable for https://pypi.example.org/simple/widget/\n" + _EXIT),
    ("adv-nox-aborted-missing-env-var", "real",
     "nox > Running session publish\n"
     "nox > Session publish aborted: WIDGET_SIGNING_KEY is not set in the environment.\n" + _EXIT),
    ("adv-nox-aborted-in-test-expected", "real",
     "tests/test_noxfile.py::test_release_check_message FAILED\n"
     "E       AssertionError: assert 'nox > Session release-check aborted: no entry' == 'nox > Session release-check aborted: CHANGELOG.md has no entry'\n"
     "FAILED tests/test_noxfile.py::test_release_check_message - AssertionError\n"
     "1 failed, 12 passed in 0.31s\n" + _EXIT),
    ("adv-build-deps-compiled-from-source", "real",
     "  × pip subprocess to install build dependencies did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [5 lines of output]\n"
     "      Building wheel for oldnum (setup.py): started\n"
     "      oldnum/_impl.c:210:9: error: 'PyFrameObject' has no member named 'f_lasti'\n"
     "      error: command '/usr/bin/gcc' failed with exit code 1\n"
     "      ERROR: Failed building wheel for oldnum\n"
     "      [end of output]\n"
     "error: subprocess-exited-with-error\n" + _EXIT),
    ("adv-build-deps-conflict", "real",
     "  × pip subprocess to install build dependencies did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [4 lines of output]\n"
     "      ERROR: Cannot install setuptools>=70 and setuptools<60 because these package versions have conflicting dependencies.\n"
     "      ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/\n"
     "      [end of output]\n"
     "error: subprocess-exited-with-error\n" + _EXIT),
    ("adv-tox-pkg-build-deps-reset", "transient",
     ".pkg: install_requires> python -I -m pip install 'setuptools>=68' wheel\n"
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /simple/setuptools/\n"
     "ERROR: Could not find a version that satisfies the requirement setuptools>=68 (from versions: none)\n"
     ".pkg: exit 1 (21.20 seconds) /src> python -I -m pip install 'setuptools>=68' wheel pid=81\n"
     "  py311: FAIL code 1 (21.90 seconds)\n" + _EXIT),
    ("adv-import-name-readtimeout-traceback", "real",
     "Traceback (most recent call last):\n"
     "  File \"/src/widget/cli.py\", line 3, in <module>\n"
     "    from widget.net import ReadTimeout\n"
     "ImportError: cannot import name 'ReadTimeout' from 'widget.net' (/src/widget/net.py)\n" + _EXIT),
    ("adv-real-timeout-after-import-warning", "transient",
     "WARNING: optional speedups unavailable (cannot import name '_cext' from 'widget')\n"
     "Downloading fixtures from https://data.example.org/fixtures.tar.gz\n"
     "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='data.example.org', port=443): Read timed out.\n" + _EXIT),
    ("adv-build-deps-box-then-5xx-elsewhere-real-compile", "real",
     "  Building wheel for widget-native (pyproject.toml): started\n"
     "  × Building wheel for widget-native (pyproject.toml) did not run successfully.\n"
     "  ╰─> [3 lines of output]\n"
     "      src/_core.c:12:10: fatal error: widget_api.h: No such file or directory\n"
     "      error: command '/usr/bin/gcc' failed with exit code 1\n"
     "      [end of output]\n"
     "  ERROR: Failed building wheel for widget-native\n"
     "ERROR: Could not build wheels for widget-native, which is required to install pyproject.toml-based projects\n" + _EXIT),
    # adversarial, for structure.py's reading of nox: a session that failed on its install step is
    # not the tool it is named after (a 'docs' session whose pip or uv install failed)
    ("adv-nox-docs-install-no-version", "real",
     "nox > Running session docs\n"
     "nox > python -m pip install -r docs/requirements.txt\n"
     "ERROR: Could not find a version that satisfies the requirement sphinx-widget-theme==9.0 (from versions: 1.0, 1.1)\n"
     "ERROR: No matching distribution found for sphinx-widget-theme==9.0\n"
     "nox > Command python -m pip install -r docs/requirements.txt failed with exit code 1\n"
     "nox > Session docs failed.\n" + _EXIT),
    ("adv-nox-docs-build-warning-as-error", "real",
     "nox > Running session docs\n"
     "nox > sphinx-build -W -b html docs docs/_build/html\n"
     "Warning, treated as error:\n"
     "/src/docs/api.rst:14:undefined label: 'widget-config'\n"
     "nox > Command sphinx-build -W -b html docs docs/_build/html failed with exit code 2\n"
     "nox > Session docs failed.\n" + _EXIT),
    ("adv-nox-uv-install-connect-timeout", "transient",
     "nox > Running session docs\n"
     "nox > uv pip install -r docs/requirements.txt\n"
     "error: Failed to fetch: `https://pypi.example.org/simple/sphinx/`\n"
     "  Caused by: error sending request for url (https://pypi.example.org/simple/sphinx/): operation timed out\n"
     "nox > Command uv pip install -r docs/requirements.txt failed with exit code 2\n"
     "nox > Session docs failed.\n" + _EXIT),
]

# Wordings printed both for an outage and for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # pre-commit's wrapper with git's exit 128 and nothing saying why
    ("pre-commit-git-128-no-stderr",
     "[INFO] Initializing environment for https://git.example.org/tools/mirrors-fmt.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'checkout', 'v2.0.1')\n"
     "return code: 128\n"
     "stdout: (none)\n"
     "stderr: (none)\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _EXIT),
    # pip's "(from versions: none)" without a retry line: an index outage or a package that is not there
    ("pip-build-deps-from-versions-none",
     "  × pip subprocess to install build dependencies did not run successfully.\n"
     "  │ exit code: 1\n"
     "  ╰─> [3 lines of output]\n"
     "      ERROR: Could not find a version that satisfies the requirement widget-build-tools>=2 (from versions: none)\n"
     "      ERROR: No matching distribution found for widget-build-tools>=2\n"
     "      [end of output]\n"
     "error: subprocess-exited-with-error\n" + _EXIT),
    # tox's env failing with exit code -9 but no word of who killed it
    ("tox-fail-code-minus-9",
     "py311: commands[0]> pytest -q -n 4\n"
     "py311: exit -9 (412.00 seconds) /src> pytest -q -n 4 pid=4411\n"
     "  py311: FAIL code -9 (420.31=setup[8.31]+cmd[412.00] seconds)\n"
     "  evaluation failed :( (420.40 seconds)\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_python_wrapper_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_wrapper_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "nox > Session docs aborted: nox > Session lint aborted: ",
    "nox > Command python -m pip install uv pip install conda install ",
    "pip subprocess to install build dependencies did not run successfully ",
    "ImportError: cannot import name 'ConnectTimeout' from 'x' ",
]
