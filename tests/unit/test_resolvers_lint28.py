"""Dependency resolvers that could not lock, and linters' summaries, read alone and inside a job (dev28).

Fresh logs showed the engine reading pipenv's failed lock (its "mismatch in your sub-dependencies" warning and "Could
not find a version that matches <pkg><specifiers>" with specifiers that contradict each other) and flake8's --statistics
summary ("76    E741 ambiguous variable name 'l'", then --count's total) as unknown. Each resolver's report of a
conflict is the same on every run (real, dependency); each linter's summary is a failed lint (real, lint). Each case
here is quoted alone (a few lines of the tool's own output, as a person pastes an excerpt) and inside a GitHub Actions
step that ends "Error: Process completed with exit code 1.". A resolver's failure that a network error explains is not
real; a test's line that quotes a resolver's words is not the resolver's report. The logs are made up around the tools'
wordings (the catalogue's comments say where each was read); names, hosts and paths are invented.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, signatures

_EXIT = "Error: Process completed with exit code 1.\n"


def _job(command: str, body: str) -> str:
    """``body`` as a GitHub Actions step running ``command`` prints it, the step failing at its end."""
    return ("##[group]Run " + command + "\n" + command + "\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
            + body + _EXIT)


# (id, command, excerpt, category): real with this category, alone and in the job.
REAL: list[tuple[str, str, str, str]] = [
    # pipenv's lock: the warning, its hints and the package with contradicting specifiers
    ("pipenv-lock-conflict", "pipenv lock",
     "[pipenv.exceptions.ResolutionFailure]: Warning: Your dependencies could not be resolved. You likely have a "
     "mismatch in your sub-dependencies.\n"
     "  You can use $ pipenv install --skip-lock to bypass this mechanism, then run $ pipenv graph to inspect the "
     "situation.\n"
     "  Hint: try $ pipenv lock --pre if it is a pre-release dependency.\n"
     "ERROR: Could not find a version that matches flask<2.0,>=2.2.0 (from -r /tmp/pipenv-q1w2-requirements/"
     "pipenv-e3r4-constraints.txt (line 4))\n"
     "Tried: 1.1.4, 2.0.0, 2.2.0, 2.3.3\n"
     "There are incompatible versions in the resolved dependencies.\n", "dependency"),
    ("pipenv-lock-conflict-short", "pipenv install --dev",
     "Warning: Your dependencies could not be resolved. You likely have a mismatch in your sub-dependencies.\n"
     "  Hint: try $ pipenv lock --pre if it is a pre-release dependency.\n"
     "ERROR: ERROR: Could not find a version that matches sqlalchemy<1.4,==2.0.1,>=1.3\n", "dependency"),
    # the newer hint wording, the warning alone over a metadata build failure: still pipenv's lasting failure
    ("pipenv-resolution-failed-newer-hint", "pipenv lock",
     "Your dependencies could not be resolved. You likely have a mismatch in your sub-dependencies.\n"
     "You can use $ pipenv run pip install <requirement_name> to bypass this mechanism, then run $ pipenv graph to "
     "inspect the versions actually installed in the virtualenv.\n"
     "Hint: try $ pipenv lock --pre if it is a pre-release dependency.\n"
     "ERROR: metadata generation failed\n", "dependency"),
    # pip's resolver
    ("pip-resolution-impossible", "pip install -r requirements.txt",
     "The conflict is caused by:\n"
     "    The user requested urllib3==2.2.0\n"
     "    botocore 1.29.0 depends on urllib3<1.27 and >=1.25.4\n"
     "ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/"
     "#dealing-with-dependency-conflicts\n", "dependency"),
    # poetry
    ("poetry-version-solving-failed", "poetry install",
     "Updating dependencies\nResolving dependencies...\n\n"
     "Because shopapp depends on both pydantic (^1.10) and fastapi (0.110.0) which depends on pydantic (>=2.0), "
     "version solving failed.\n", "dependency"),
    ("poetry-solver-problem-error", "poetry lock",
     "  SolverProblemError\n\n"
     "  Because shopapp depends on pydantic (^1.10) and pydantic (>=2.0), version solving failed.\n\n"
     "  at ~/.local/share/pypoetry/venv/lib/python3.11/site-packages/poetry/puzzle/solver.py:159 in _solve\n",
     "dependency"),
    # uv
    ("uv-no-solution", "uv sync --locked",
     "  × No solution found when resolving dependencies:\n"
     "  ╰─▶ Because shopapp depends on pydantic>=2 and pydantic<2, we can conclude that your requirements are "
     "unsatisfiable.\n", "dependency"),
    # conda and mamba
    ("conda-unsatisfiable", "conda env create -f environment.yml",
     "Solving environment: failed\n\n"
     "UnsatisfiableError: The following specifications were found to be incompatible with each other:\n\n"
     "Output in format: Requested package -> Available versions\n", "dependency"),
    ("mamba-unsatisfiable", "micromamba create -f environment.yml",
     "The following packages are incompatible\n"
     "├─ numpy 1.21 is requested and can be installed;\n"
     "└─ scipy 1.13 is not installable because it requires numpy >=1.22.4\n"
     "libmambapy.LibMambaUnsatisfiableError: Encountered problems while solving:\n", "dependency"),
    # npm
    ("npm-eresolve", "npm ci",
     "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! \n"
     "npm ERR! While resolving: shopapp@1.0.0\nnpm ERR! Found: react@18.2.0\n", "dependency"),
    # Bundler, before and after its PubGrub resolver
    ("bundler-old", "bundle install",
     "Bundler could not find compatible versions for gem \"railties\":\n  In Gemfile:\n    rails (~> 7.1)\n\n"
     "    devise (~> 4.0) was resolved to 4.9.0, which depends on\n      railties (< 7.1)\n", "dependency"),
    ("bundler-pubgrub", "bundle install",
     "Resolving dependencies...\nCould not find compatible versions\n\n"
     "Because every version of devise depends on railties < 7.1\n  and Gemfile depends on rails ~> 7.1,\n"
     "  devise cannot be used.\nSo, because Gemfile depends on devise >= 0,\n  version solving has failed.\n",
     "dependency"),
    # Cargo
    ("cargo-select-version", "cargo build --locked",
     "    Updating crates.io index\n"
     "error: failed to select a version for the requirement `serde = \"^2.0\"`\n"
     "candidate versions found which didn't match: 1.0.200, 1.0.199\n"
     "location searched: crates.io index\n", "dependency"),
    # Go
    ("go-ambiguous-import", "go build ./...",
     "cmd/api/main.go:5:2: ambiguous import: found package example.org/kit/codec in multiple modules:\n"
     "\texample.org/kit v1.2.0 (/home/runner/go/pkg/mod/example.org/kit@v1.2.0/codec)\n"
     "\texample.org/kit/codec v0.1.0 (/home/runner/go/pkg/mod/example.org/kit/codec@v0.1.0)\n", "dependency"),
    ("go-inconsistent-vendoring", "go build -mod=vendor ./...",
     "go: inconsistent vendoring in /home/runner/work/api/api:\n"
     "\texample.org/kit@v1.2.0: is explicitly required in go.mod, but not marked as explicit in "
     "vendor/modules.txt\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n", "dependency"),
    # flake8's --statistics and --count, no file path shown
    ("flake8-statistics-count", "flake8 . --count --statistics -q",
     "76    E741 ambiguous variable name 'l'\n3     F401 'os' imported but unused\n"
     "12    W291 trailing whitespace\n91\n", "lint"),
    ("flake8-statistics-one-code", "flake8 src --count --statistics -q",
     "1     E302 expected 2 blank lines, found 1\n1\n", "lint"),
    ("flake8-statistics-plugin-code", "flake8 . --statistics -q",
     "4     SIM102 Use a single if-statement instead of nested if-statements\n"
     "2     B006 Do not use mutable data structures for argument defaults.\n", "lint"),
    # pycodestyle's own statistics (seven columns)
    ("pycodestyle-statistics", "pycodestyle --statistics -qq src",
     "76      E741 ambiguous variable name 'l'\n3       W291 trailing whitespace\n", "lint"),
    # pylint's rating after its messages (a --fail-under the score missed)
    ("pylint-rating", "pylint --fail-under=8 src",
     "src/shop/cart.py:12:4: W0612: Unused variable 'x' (unused-variable)\n\n"
     "------------------------------------------------------------------\n"
     "Your code has been rated at 7.50/10 (previous run: 7.50/10, +0.00)\n\n", "lint"),
    # ruff's summary with its fix hint
    ("ruff-found-errors", "ruff check .",
     "Found 12 errors.\n[*] 5 fixable with the `--fix` option.\n", "lint"),
    # mypy's summary
    ("mypy-found-errors", "mypy src",
     "Found 3 errors in 2 files (checked 40 source files)\n", "lint"),
]

# (id, log): a resolver's failure after a network error; not real.
NETWORK_FIRST: list[tuple[str, str]] = [
    ("pipenv-after-refused-connection",
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken "
     "by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f3a>: Failed to establish "
     "a new connection: [Errno 111] Connection refused')': /simple/flask/\n"
     "[pipenv.exceptions.ResolutionFailure]: Warning: Your dependencies could not be resolved. You likely have a "
     "mismatch in your sub-dependencies.\n"
     "  Hint: try $ pipenv lock --pre if it is a pre-release dependency.\n"
     "ERROR: Could not find a version that matches flask<3,>=2.2\n"),
    ("pipenv-after-name-resolution",
     "[pipenv.exceptions.ResolutionFailure]:       pipenv.exceptions.ResolutionFailure: ERROR: "
     "HTTPSConnectionPool(host='pypi.example.org', port=443): Max retries exceeded with url: /simple/flask/ (Caused "
     "by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a>: Failed to establish a new "
     "connection: [Errno -3] Temporary failure in name resolution'))\n"
     "[pipenv.exceptions.ResolutionFailure]: Warning: Your dependencies could not be resolved. You likely have a "
     "mismatch in your sub-dependencies.\n"
     "ERROR: Could not find a version that matches flask<3,>=2.2\n"),
    # pipenv's own hint that the index listed nothing
    ("pipenv-no-versions-found",
     "[pipenv.exceptions.ResolutionFailure]: Warning: Your dependencies could not be resolved. You likely have a "
     "mismatch in your sub-dependencies.\n"
     "  Hint: try $ pipenv lock --pre if it is a pre-release dependency.\n"
     "ERROR: ERROR: Could not find a version that matches flask<3,>=2.2\n"
     "No versions found\nWas https://pypi.example.org/simple reachable?\n"),
    # pip's "No matching distribution" after its retries timed out, or went through a failing proxy
    ("pip-after-read-timeout",
     "Collecting flask==2.3.3\n"
     "  WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection "
     "broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.example.org', port=443): Read timed out. (read "
     "timeout=15)\")': /simple/flask/\n"
     "ERROR: Could not find a version that satisfies the requirement flask==2.3.3 (from versions: none)\n"
     "ERROR: No matching distribution found for flask==2.3.3\n"),
    ("pip-after-proxy-down",
     "Collecting flask==2.3.3\n"
     "  WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection "
     "broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 503 Service "
     "Unavailable'))': /simple/flask/\n"
     "ERROR: Could not find a version that satisfies the requirement flask==2.3.3 (from versions: none)\n"
     "ERROR: No matching distribution found for flask==2.3.3\n"),
    ("pip-after-proxy-refused-credentials",
     "Collecting flask==2.3.3\n"
     "  WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection "
     "broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy "
     "Authentication Required'))': /simple/flask/\n"
     "ERROR: Could not find a version that satisfies the requirement flask==2.3.3 (from versions: none)\n"
     "ERROR: No matching distribution found for flask==2.3.3\n"),
]

# (id, log): a test's output quoting a resolver's words; not read as the resolver's report.
TEST_QUOTES: list[tuple[str, str]] = [
    ("pytest-assert-in",
     "    def test_reports_conflict():\n        out = run_solver([\"a==1\", \"a==2\"])\n"
     ">       assert \"version solving failed\" in out\n"
     "E       AssertionError: assert 'version solving failed' in 'resolved 2 packages'\n\n"
     "tests/test_solver.py:41: AssertionError\n"
     "FAILED tests/test_solver.py::test_reports_conflict - AssertionError: assert 'version solving failed' in "
     "'resolved 2 packages'\n1 failed, 11 passed in 0.42s\n"),
    ("jest-expected-substring",
     "  ● resolver › reports a conflict\n\n    expect(received).toContain(expected) // indexOf\n\n"
     "    Expected substring: \"version solving failed\"\n    Received string:    \"resolved 2 packages\"\n\n"
     "Tests:       1 failed, 11 passed, 12 total\n"),
    ("go-test-want",
     "--- FAIL: TestSolve (0.00s)\n    solver_test.go:41: got \"resolved\", want \"version solving failed\"\n"
     "FAIL\nFAIL\texample.org/solver\t0.012s\n"),
    ("rspec-include",
     "  1) Resolver reports conflicts\n"
     "     Failure/Error: expect(output).to include(\"version solving failed\")\n"
     "       expected \"resolved 2 packages\" to include \"version solving failed\"\n"
     "     # ./spec/resolver_spec.rb:12:in `block (2 levels) in <top (required)>'\n\n"
     "12 examples, 1 failure\n"),
    ("unittest-pipenv-words",
     "AssertionError: 'There are incompatible versions in the resolved dependencies' not found in 'Locked'\n"
     "FAILED (failures=1)\n"),
]

_RESOLVER_ENTRIES = {"dependency-conflict", "solver-conflict", "pipenv-lock-conflict", "pipenv-resolution-failed"}

assert_unique_ids(REAL, NETWORK_FIRST, TEST_QUOTES)


@pytest.mark.parametrize(("command", "excerpt", "category"), [pytest.param(c, e, k, id=i) for i, c, e, k in REAL])
def test_quoted_alone_reads_real_with_its_category(command, excerpt, category):
    v = judge(excerpt)
    assert (v.verdict, v.category) == ("real", category), v.rationale


@pytest.mark.parametrize(("command", "excerpt", "category"), [pytest.param(c, e, k, id=i) for i, c, e, k in REAL])
def test_inside_a_job_reads_real_with_its_category(command, excerpt, category):
    v = judge(_job(command, excerpt))
    assert (v.verdict, v.category) == ("real", category), v.rationale


@pytest.mark.parametrize("log", [pytest.param(log, id=i) for i, log in NETWORK_FIRST])
def test_a_resolver_failure_after_a_network_error_is_not_real(log):
    for text in (log, _job("pipenv install --deploy", log)):
        v = judge(text)
        assert v.verdict != "real", v.rationale
        # (pip's not-found may stay among the findings, outweighed by the retries that ran out above it)
        assert not signatures(v) & _RESOLVER_ENTRIES, v.rationale


@pytest.mark.parametrize("cid", ["pip-after-proxy-down", "pip-after-proxy-refused-credentials"])
def test_pip_through_a_failing_proxy_reads_unknown(cid):
    # a proxy that is down and one that refuses the job (407) read alike (test_review14_m: not surely transient); the
    # not-found below says nothing about the version either
    assert judge(dict(NETWORK_FIRST)[cid]).verdict == "unknown"


@pytest.mark.parametrize("log", [pytest.param(log, id=i) for i, log in TEST_QUOTES])
def test_a_test_quoting_a_resolvers_words_is_not_the_resolver(log):
    for text in (log, _job("pytest -q", log)):
        v = judge(text)
        assert not signatures(v) & _RESOLVER_ENTRIES, v.rationale
        assert v.category != "dependency", v.rationale


def test_a_resolvers_own_expected_value_still_reads():
    # yarn's engine check quotes "Expected version" beside its own value: no resolver phrase in quotes follows
    log = ("error shopapp@1.0.0: The engine \"node\" is incompatible with this module. Expected version \">=18\". "
           "Got \"16.20.0\"\nerror Found incompatible module.\n")
    assert judge(log).verdict == "real"


def test_pipenv_with_a_bare_name_is_not_read_as_a_conflict():
    # one name and no specifiers: what pipenv says when the index listed nothing; not a contradiction
    v = judge("ERROR: ERROR: Could not find a version that matches tinify\n")
    assert "pipenv-lock-conflict" not in signatures(v)


def test_flake8_statistics_of_an_exit_zero_run_are_not_read():
    # the Python starter workflow: its second flake8 call reports with --exit-zero; the job failed in a later step
    log = ("##[group]Run # stop the build if there are Python syntax errors or undefined names\n"
           "# stop the build if there are Python syntax errors or undefined names\n"
           "flake8 . --count --select=E9,F63,F7,F82 --show-source --statistics\n"
           "flake8 . --count --exit-zero --max-complexity=10 --max-line-length=127 --statistics\n"
           "shell: /usr/bin/bash -e {0}\n##[endgroup]\n0\n"
           "12    C901 'parse' is too complex (14)\n52\n"
           "##[group]Run pytest\npytest\n##[endgroup]\n"
           "FAILED tests/test_cart.py::test_total - assert 41 == 42\n1 failed, 20 passed in 3.1s\n" + _EXIT)
    v = judge(log)
    assert "flake8-statistics" not in signatures(v), v.rationale
    # nor the starter workflow's comment read as a syntax error
    assert "syntax-error" not in signatures(v), v.rationale


def test_a_klog_header_after_a_count_is_not_a_flake8_statistic():
    v = judge("3     E0123 10:00:00.123456    1234 reflector.go:138] watch closed\n")
    assert "flake8-statistics" not in signatures(v)


def test_flake8_statistics_under_github_timestamps():
    log = ("2024-05-01T10:00:00.1234567Z 76    E741 ambiguous variable name 'l'\n"
           "2024-05-01T10:00:00.1234567Z 79\n" + _EXIT)
    v = judge(log)
    assert (v.verdict, v.category) == ("real", "lint") and "flake8-statistics" in signatures(v), v.rationale
