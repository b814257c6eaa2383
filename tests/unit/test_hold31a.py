"""Thirty-first round, hold31a: whole failing-step logs with decoys, the causes behind the development half's misses.

(1) An outage the job went past, then a deterministic failure: the tool's or script's own words that it went on ("...
(ignored)" at a line's end, "..., continuing", an artifact "Resolved ... from https://<mirror>"), or a later step's header
(Cloud Build's "Starting Step #1"); the outage stands aside for the failure after it (placement._WENT_ON_BELOW,
_SAYS_IGNORED, _STEP_STARTED). An outage that is the last thing before the job's failure still reads transient.
(2) Checks whose output the engine did not read: terraform fmt -check's "--- old/<file>.tf" / "+++ new/<file>.tf" diff,
helm lint's "[ERROR] templates/<file>: ..." (catalogue: terraform-fmt-diff, helm-lint-chart-error).
(3) Maven 3.9's "Could not resolve dependencies" with the artifact on a "dependency:" line and its transfer's 429 or 5xx
under it: the transfer's outage, not a conflict (fragment same_artifact_transfer_outage).
(4) A flaky or quarantine mark that names the only failing test ("X has the 'flaky' label", "X is in ci/quarantine.yml",
a summary whose only name is a setting in capitals): the test's report is how the marked test fails; another failing
test keeps the job real. An MSBuild warning ("file.cs(1,2): warning CS0618: ...") is no failure's line.
(5) A port another process held (Django's "That port is already in use.", gunicorn's "Connection in use: (...)"): the
job's own server never bound it, and the later tests' mismatch is the collision's damage; the job's own server started
twice on the port stays real (port-bound-twice-by-the-job).

Every log line here is made up (hosts, paths, packages, test names); no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import judge

_CASES = [
    # --- (1) outages the job went past, then a failure of the code: real ------------------------------------------
    ('went_ignored_step', 'real', (
        'Starting Step #0 - "init"\n'
        'Step #0 - "init": Error checking for updates: Get "https://updates.example.com/v1/check": dial tcp: i/o timeout (ignored)\n'
        'Step #0 - "init": Initialized.\n'
        'Finished Step #0 - "init"\n'
        'Starting Step #1 - "fmt"\n'
        'Step #1 - "fmt": modules/dns/zone.tf\n'
        'Step #1 - "fmt": --- old/modules/dns/zone.tf\n'
        'Step #1 - "fmt": +++ new/modules/dns/zone.tf\n'
        'Step #1 - "fmt": -  ttl = 300\n'
        'Step #1 - "fmt": +  ttl  = 300\n'
        'Finished Step #1 - "fmt"\n'
        'ERROR: build step 1 "hashicorp/terraform:1.8.0" failed: step exited with non-zero status: 3\n'
    )),
    ('went_mirror', 'real', (
        '> Task :compileJava\n'
        "Could not GET 'https://maven.vendor.example/org/kite/rope/2.0/rope-2.0.pom'. Received status code 502 from server: Bad Gateway\n"
        'Resolved org.kite:rope:2.0 from https://artifacts.example.internal/maven-remote\n'
        '> Task :test\n'
        '> Task :jacocoTestCoverageVerification FAILED\n'
        '[ant:jacocoReport] Rule violated for bundle rope-app: lines covered ratio is 0.55, but expected minimum is 0.70\n'
        'FAILURE: Build failed with an exception.\n'
        'BUILD FAILED in 50s\n'
    )),
    ('went_continuing', 'real', (
        'stack --no-terminal test\n'
        'curl: (28) Failed to connect to usage.example.dev port 443 after 2000 ms: Timeout was reached\n'
        'WARNING: usage ping not sent, continuing\n'
        'kestrel> test (suite: kestrel-test)\n'
        'Failures:\n'
        '  test/DateSpec.hs:19:7:\n'
        '  1) Kestrel.Date parses week dates\n'
        '       uncaught exception: ErrorCall\n'
        '       week number out of range\n'
        '3 examples, 1 failure\n'
        'Error: [S-1995]\n'
        '       Test suite failure for package kestrel-0.2.0\n'
        'exit code: 1\n'
    )),
    ('went_catcherror_helm', 'real', (
        '[Pipeline] catchError\n'
        '[Pipeline] {\n'
        '+ helm repo update\n'
        '...Unable to get an update from the "vendor" chart repository (https://charts.vendor.example):\n'
        '\tGet "https://charts.vendor.example/index.yaml": dial tcp 192.0.2.44:443: i/o timeout\n'
        'Update Complete.\n'
        '[Pipeline] }\n'
        '[Pipeline] // catchError\n'
        '+ helm lint charts/heron --strict\n'
        '==> Linting charts/heron\n'
        '[ERROR] templates/service.yaml: unable to parse YAML: error converting YAML to JSON: yaml: line 9: mapping values are not allowed in this context\n'
        'Error: 1 chart(s) linted, 1 chart(s) failed\n'
        '+ helm template heron charts/heron\n'
        'Error: YAML parse error on heron/templates/service.yaml: error converting YAML to JSON: yaml: line 9: mapping values are not allowed in this context\n'
        'ERROR: script returned exit code 1\n'
        'Finished: FAILURE\n'
    )),
    # --- (3) Maven 3.9's dependency and its transfer's status -------------------------------------------------------
    ('maven39_429', 'transient', (
        'Error:  Failed to execute goal on project tern-core: Could not resolve dependencies for project org.tern:tern-core:jar:1.0.0\n'
        'Error:  dependency: org.yaml:snakeyaml:jar:2.2 (compile)\n'
        'Error:  \tCould not transfer artifact org.yaml:snakeyaml:jar:2.2 from/to central (https://repo.maven.apache.org/maven2): status code: 429, reason phrase: Too Many Requests (429)\n'
        'Error:  -> [Help 1]\n'
        'Error: Process completed with exit code 1.\n'
    )),
    # --- (4) flaky marks naming the only failing test ---------------------------------------------------------------
    ('mark_ctest_label', 'transient', (
        ' 4/9 Test  #4: Heap.ParallelSift ................***Failed    0.90 sec\n'
        '/src/tests/heap_test.cpp:51: Failure\n'
        'Expected equality of these values:\n'
        '  heap.size()\n'
        '    Which is: 1023\n'
        '  1024\n'
        'The following tests FAILED:\n'
        '\t  4 - Heap.ParallelSift (Failed)\n'
        "note: Heap.ParallelSift carries the 'flaky' label (issue #77)\n"
        'Errors while running CTest\n'
    )),
    ('mark_quarantine_strict', 'transient', (
        '  Failed Tern.Tests.Bus.BusTests.DeliversInOrder [1 s]\n'
        '  Error Message:\n'
        '   Assert.Equal() Failure: Values differ\n'
        'Expected: 4\n'
        'Actual:   3\n'
        '  Standard Output Messages:\n'
        ' [quarantine] BusTests.DeliversInOrder is in tests/quarantine.json (intermittent ordering)\n'
        'Failed!  - Failed:     1, Passed:   50, Skipped:     0, Total:    51\n'
        'Quarantine report: 1 quarantined test failed then passed on retry (TERN_STRICT=1 counts the first attempt)\n'
        'Error: Process completed with exit code 1.\n'
    )),
    # --- (5) a port another process held -----------------------------------------------------------------------------
    ('port_django', 'transient', (
        '+ python manage.py runserver 0.0.0.0:8020 --noreload &\n'
        '+ sleep 3\n'
        'Error: That port is already in use.\n'
        '+ pytest tests/e2e -q\n'
        'E   AssertionError: live server never answered\n'
        'ERROR tests/e2e/test_home.py::test_home - AssertionError: live server never answered\n'
        '1 error in 3.00s\n'
    )),
    ('port_leftover_old_build', 'transient', (
        '$ pkill -f "node build/api.js" || true\n'
        '$ (node build/api.js > api.log 2>&1 &) && sleep 2 && cat api.log\n'
        'Error: listen EADDRINUSE: address already in use :::6060\n'
        '$ npx jest -c e2e.config.js\n'
        'FAIL e2e/version.e2e.ts\n'
        '  ● version › reports the build\n'
        '    Expected: "4.1.0"\n'
        '    Received: "4.0.3"\n'
        'Tests:       1 failed, 3 passed, 4 total\n'
        'ERROR: Job failed: exit code 1\n'
    )),
]


@pytest.mark.parametrize(("case_id", "label", "log"), _CASES, ids=[c[0] for c in _CASES])
def test_hold31a_case_reads_its_label(case_id, label, log):
    assert judge(log).verdict == label


# Near-miss guards (they read the same at 3cef109): the job stays real or transient as it did.
_GUARDS = [
    # the twins of (1): the outage is what the job stopped on (no tool said it went on, no later step): transient
    ('twin_step_stopped', 'transient', (
        'Starting Step #0 - "deps"\n'
        'Step #0 - "deps": Error response from daemon: Get "https://registry.example.io/v2/": net/http: TLS handshake timeout\n'
        'Finished Step #0 - "deps"\n'
        'ERROR\n'
        'ERROR: build step 0 "gcr.io/cloud-builders/docker" failed: step exited with non-zero status: 1\n'
    )),
    ('twin_no_mirror', 'transient', (
        '> Task :compileJava FAILED\n'
        "> Could not GET 'https://maven.vendor.example/org/kite/rope/2.0/rope-2.0.pom'. Received status code 502 from server: Bad Gateway\n"
        'BUILD FAILED in 12s\n'
    )),
    ('twin_make_not_ignored', 'transient', (
        'curl -fsSL -o vendor/sdk.tgz https://downloads.vendor.example/sdk.tgz\n'
        'curl: (6) Could not resolve host: downloads.vendor.example\n'
        'make: *** [Makefile:8: deps] Error 6\n'
        'Error: Process completed with exit code 2.\n'
    )),
    # another failing test beside the flaky-labelled one: real
    ('guard_mark_other_test_fails', 'real', (
        ' 4/9 Test  #4: Heap.ParallelSift ................***Failed    0.90 sec\n'
        ' 6/9 Test  #6: Codec.RejectsTruncated ...........***Failed    0.01 sec\n'
        '/src/tests/codec_test.cpp:33: Failure\n'
        'Expected equality of these values:\n'
        '  decode(buf).ok()\n'
        '    Which is: true\n'
        '  false\n'
        'The following tests FAILED:\n'
        '\t  4 - Heap.ParallelSift (Failed)\n'
        '\t  6 - Codec.RejectsTruncated (Failed)\n'
        "note: Heap.ParallelSift carries the 'flaky' label (issue #77)\n"
        'Errors while running CTest\n'
    )),
    # Maven could not find an artifact that is not there: real
    ('guard_maven_not_found', 'real', (
        '[ERROR] Failed to execute goal on project tern-core: Could not resolve dependencies for project '
        'org.tern:tern-core:jar:1.0.0: Could not find artifact org.tern:tern-proto:jar:1.0.9 in central '
        '(https://repo.maven.apache.org/maven2) -> [Help 1]\n'
        'ERROR: Job failed: exit code 1\n'
    )),
    # the job's own server bound the port, then started again on it: real
    ('guard_port_bound_twice', 'real', (
        '> start:api\n'
        'api listening on http://localhost:5151\n'
        '> start:api\n'
        'Error: listen EADDRINUSE: address already in use :::5151\n'
        'FAIL e2e/orders.e2e.ts\n'
        '  ● orders › lists orders\n'
        '    Expected: 3\n'
        '    Received: 0\n'
        'Error: Process completed with exit code 1.\n'
    )),
    # an MSBuild error (a warning treated as an error) is the build's failure: real
    ('guard_msbuild_error', 'real', (
        'dotnet build -warnaserror\n'
        "/src/Kiln/Oven.cs(30,13): error CS0618: 'Heater.Start()' is obsolete: 'Use StartAsync' [/src/Kiln/Kiln.csproj]\n"
        'Build FAILED.\n'
        'Error: Process completed with exit code 1.\n'
    )),
]


@pytest.mark.parametrize(("case_id", "label", "log"), _GUARDS, ids=[c[0] for c in _GUARDS])
def test_hold31a_near_miss_guard_keeps_its_reading(case_id, label, log):
    assert judge(log).verdict == label


@pytest.mark.xfail(strict=True, reason="LEFT: a test marked flaky that failed on every rerun (pytest-rerunfailures "
                   "'1 failed ... 2 rerun') reads real by the retry23 policy: the failure reproduced three times in the "
                   "job; a history line's failure rate does not undo that")
def test_hold31a_flaky_marked_test_that_failed_every_rerun():
    log = (
        '$ pytest -p rerunfailures tests -q\n'
        '......R.R.F....\n'
        '    @pytest.mark.flaky(reruns=2)  # known flaky: socket ordering, see #91\n'
        '>       assert got == sent\n'
        "E       AssertionError: assert ['a', 'c', 'b'] == ['a', 'b', 'c']\n"
        'FAILED tests/test_fanout.py::test_fanout_order - AssertionError: assert [...] == [...]\n'
        '1 failed, 40 passed, 2 rerun in 3.10s\n'
        'tests/test_fanout.py::test_fanout_order  flaky  failed 12 of last 300 runs on main\n'
    )
    assert judge(log).verdict == "transient"
