"""Engine 14 (part 3): an outage reported BELOW a test that had already failed, no step or command line between.

A test runner reported a failed test (CTest's ***Failed, Surefire's <<< FAILURE!, libtest's test result: FAILED,
unittest's FAILED (failures=, Catch2's FAILED:, Vitest's and Jest's FAIL / ✕, RSpec's Failures:, pytest's FAILED and
E   assert, go's --- FAIL:, PHPUnit's, dotnet's Failed, a Fortran ERROR STOP), and below it an outage-like line appears
(a killed MPI rank, a lost daemon, Slurm's preemption or time limit, conda's download, Surefire's dead Maven process,
Vitest's pool timeout, a 503): the failure was made before the outage, which counts little. Guards: the outage inside
the failed test's own report (the test errored on it), an outage alone, a flaky or passed-on-retry mark.
Made-up logs, 37 (25 outages below a failure, 12 guards). On main (34c8851) 11 read wrong, 10 below a failure and 1
guard: 5 high (transient 0.88-0.9: jest-failed-then-report-503, phpunit-failure-then-upload-503, dotnet-failed-then-reset,
libtest-failed-then-vitest-timeout, xunit-failed-then-preempt), 6 low (unknown: ctest-failed-then-slurm-time-limit,
ctest-failed-then-preempt and fortran-error-stop-then-time-limit, where CTest's or ERROR STOP's line read nothing once
the entry's own unless_log dropped the outage; jest-cross-then-pool-timeout; go-fail-then-conda-http000; and the guard
ctest-output-on-failure-kill, whose kill the entry's unless_log dropped for CTest's ***Failed above it). On this
branch none.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled

E = "##[error]Process completed with exit code 1.\n"
GL = "ERROR: Job failed: exit code 1\n"
KILL = ("--------------------------------------------------------------------------\n"
        "mpirun noticed that process rank 2 with PID 4410 on node ci-7 exited on signal 9 (Killed).\n"
        "--------------------------------------------------------------------------\n")

# Outage below a failure already reported: real.
BELOW: list[tuple[str, str, str]] = [
    # CTest's test failed, then (no command between) the next test's rank was killed
    ('ctest-failed-then-kill', 'real',
     ' 1/3 Test  #1: test_mesh ........................***Failed    0.40 sec\n      Start  2: test_solve\n' + KILL + E),
    # CTest's failing test alone, no summary: a failed test
    ('ctest-failed-alone', 'real',
     'Test project /build\n      Start  1: test_mesh\n 1/2 Test  #1: test_mesh ........................***Failed    0.40 sec\n'
     '      Start  2: test_io\n 2/2 Test  #2: test_io ..........................   Passed    0.10 sec\n' + E),
    # CTest's failing test, then Slurm's time limit for the whole allocation
    ('ctest-failed-then-slurm-time-limit', 'real',
     ' 3/9 Test  #3: test_advect ......................***Failed    2.10 sec\n      Start  4: test_big\n'
     'slurmstepd: error: *** JOB 5120 ON cn04 CANCELLED AT 2026-03-01T10:00:00 DUE TO TIME LIMIT ***\n' + E),
    # Surefire's failed assertion, then the fork lost its Maven process
    ('surefire-failure-then-maven-died', 'real',
     '[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 1.1 s <<< FAILURE! - in org.acme.RateTest\n'
     '[ERROR] org.acme.RateTest.rounds  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <4> but was: <5>\n'
     '[ERROR] Failures: \n[ERROR]   RateTest.rounds:22 expected: <4> but was: <5>\n'
     'Surefire is going to kill self fork JVM. Maven process died.\n' + E),
    # libtest's failure, then the node was preempted
    ('libtest-failed-then-preempt', 'real',
     "test grid::tests::wraps ... FAILED\n\nfailures:\n\n---- grid::tests::wraps stdout ----\nthread 'grid::tests::wraps' panicked at src/grid.rs:12:5:\n"
     "assertion `left == right` failed\n  left: 7\n right: 8\n\ntest result: FAILED. 30 passed; 1 failed; 0 ignored\n"
     'slurmstepd: error: *** JOB 88 ON cn2 CANCELLED AT 2026-03-01T10:00:00 DUE TO PREEMPTION ***\n' + E),
    # unittest's failure, then the MPI daemon was lost
    ('unittest-failed-then-daemon-lost', 'real',
     'FAIL: test_sum (tests.test_red.RedTest)\n----------------------------------------------------------------------\n'
     'AssertionError: 6 != 7\n\nRan 4 tests in 0.3s\n\nFAILED (failures=1)\n'
     '--------------------------------------------------------------------------\nORTE has lost communication with a remote daemon.\n'
     '--------------------------------------------------------------------------\n' + E),
    # Catch2's failed REQUIRE, then a killed rank
    ('catch2-failed-then-kill', 'real',
     '/src/tests/halo.cpp:31: FAILED:\n  REQUIRE( halo.width() == 2 )\nwith expansion:\n  1 == 2\n\n'
     'test cases: 5 | 4 passed | 1 failed\n' + KILL + E),
    # Vitest's failed test, then the pool timed out starting a worker for the next file
    ('vitest-failed-then-pool-timeout', 'real',
     ' FAIL  src/price.test.ts > price > rounds\nAssertionError: expected 4 to be 5\n ❯ src/price.test.ts:9:17\n\n'
     'Error: [vitest-pool]: Timeout starting forks runner.\n\n Test Files  1 failed | 12 passed (13)\n' + E),
    # Jest's failed test, then the report upload answered 503 (no command line)
    ('jest-failed-then-report-503', 'real',
     ' FAIL  src/cart.test.js\n  ● cart › sums\n\n    expect(received).toBe(expected)\n\n    Expected: 5\n    Received: 4\n\n'
     'Tests:       1 failed, 30 passed, 31 total\nerror: report upload failed: 503 Service Unavailable\n' + E),
    # RSpec's failures, then a conda download cut short (a later environment fetch)
    ('rspec-failures-then-conda-truncated', 'real',
     'Failures:\n\n  1) Ledger balances\n     Failure/Error: expect(l.balance).to eq(10)\n\n       expected: 10\n            got: 9\n\n'
     '3 examples, 1 failure\nCondaError: Downloaded bytes did not match Content-Length\n'
     '  url: https://conda.anaconda.org/conda-forge/noarch/six-1.16.0.conda\n' + E),
    # pytest's assertion and summary, then a rank killed
    ('pytest-failed-then-kill', 'real',
     '    def test_norm():\n>       assert norm(v) == 5.0\nE       assert 4.9 == 5.0\n\ntests/test_norm.py:10: AssertionError\n'
     'FAILED tests/test_norm.py::test_norm - assert 4.9 == 5.0\n1 failed, 7 passed in 0.50s\n' + KILL + E),
    # go's failing test, then Slurm's node failure
    ('go-fail-then-node-failure', 'real',
     '--- FAIL: TestSplit (0.00s)\n    split_test.go:14: got 3 parts, want 4\nFAIL\nFAIL\texample.com/split\t0.01s\n'
     'srun: error: Node failure on cn9\n' + E),
    # PHPUnit's failure, then the coverage upload got a 503
    ('phpunit-failure-then-upload-503', 'real',
     'There was 1 failure:\n\n1) Tests\\TaxTest::testRate\nFailed asserting that 19 matches expected 20.\n\n/app/tests/TaxTest.php:12\n\n'
     'FAILURES!\nTests: 8, Assertions: 9, Failures: 1.\nerror: upload failed: 503 Service Unavailable\n' + GL),
    # dotnet's failed test, then a socket reset reported by the results publisher
    ('dotnet-failed-then-reset', 'real',
     '  Failed Acme.Tax.Tests.Rate [2 ms]\n  Error Message:\n   Assert.Equal() Failure: Values differ\nExpected: 20\nActual:   19\n'
     'Failed!  - Failed:     1, Passed:     9, Skipped:     0, Total:    10\n'
     'error: publishing results: read tcp 10.0.0.4:51234->10.0.0.9:443: read: connection reset by peer\n' + E),
    # a Fortran ERROR STOP, then Slurm's time limit
    ('fortran-error-stop-then-time-limit', 'real',
     ' ERROR STOP residual above tolerance\nError termination. Backtrace:\n#0  0x40a1 in check at check.f90:30\n'
     'slurmstepd: error: *** JOB 301 ON cn1 CANCELLED AT 2026-03-01T10:00:00 DUE TO TIME LIMIT ***\n' + E),
    # a Fortran ERROR STOP, then a killed rank
    ('fortran-error-stop-then-kill', 'real',
     ' ERROR STOP bad mass balance\nError termination. Backtrace:\n#0  0x4011 in main at main.f90:9\n' + KILL + E),
    # Jest's ✕ line, then a pool timeout and summary
    ('jest-cross-then-pool-timeout', 'real',
     '  cart\n    ✕ sums the lines (4 ms)\n\n  ● cart › sums the lines\n\n    expect(received).toEqual(expected)\n\n    Expected: 5\n    Received: 4\n\n'
     'Error: [vitest-pool]: Timeout starting threads runner.\n' + E),
    # unittest's summary, then conda's retried download message
    ('unittest-failed-then-conda-truncated', 'real',
     'FAIL: test_load (tests.test_io.IOTest)\nAssertionError: 3 != 4\n\nRan 9 tests in 0.2s\n\nFAILED (failures=1)\n'
     'Downloaded bytes did not match Content-Length\n  url: https://conda.anaconda.org/conda-forge/noarch/pip-24.0.conda\n' + E),
    # CTest's failed test, then a Slurm preemption
    ('ctest-failed-then-preempt', 'real',
     ' 2/4 Test  #2: test_flux ........................***Failed    0.90 sec\n      Start  3: test_adv\n'
     'slurmstepd: error: *** JOB 61 ON cn5 CANCELLED AT 2026-03-01T10:00:00 DUE TO PREEMPTION ***\n' + E),
    # CTest's failed test, then the daemon lost in the next test
    ('ctest-failed-then-daemon-lost', 'real',
     ' 1/3 Test  #1: test_part ........................***Failed    0.30 sec\n      Start  2: test_comm\n'
     '--------------------------------------------------------------------------\nORTE has lost communication with a remote daemon.\n'
     '--------------------------------------------------------------------------\n' + E),
    # libtest's failure then the Maven-died line of a sibling JVM build (same log, no command)
    ('libtest-failed-then-vitest-timeout', 'real',
     'test parse::tests::dates ... FAILED\ntest result: FAILED. 8 passed; 1 failed; 0 ignored\n'
     'Error: [vitest-pool]: Timeout starting forks runner.\n' + E),
    # go's failing test on a value, then conda's metadata fetch failed (no command between)
    ('go-fail-then-conda-http000', 'real',
     '--- FAIL: TestRound (0.00s)\n    round_test.go:9: got 1, want 2\nFAIL\nFAIL\texample.com/round\t0.01s\n'
     'CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>\n' + E),
    # Surefire's failures list, then the fork's PING timeout
    ('surefire-failures-then-ping-timeout', 'real',
     '[ERROR] Failures: \n[ERROR]   MathTest.adds:14 expected: <3> but was: <4>\n[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0\n'
     'Killing self fork JVM. PING timeout elapsed.\n' + E),
    # xUnit's failed test, then Slurm preempted the allocation
    ('xunit-failed-then-preempt', 'real',
     '  Failed Acme.Geo.Tests.Area [1 ms]\n  Error Message:\n   Assert.Equal() Failure: Values differ\nExpected: 12\nActual:   11\n'
     'slurmstepd: error: *** JOB 14 ON cn3 CANCELLED AT 2026-03-01T10:00:00 DUE TO PREEMPTION ***\n' + E),
]

# Guards: the outage is the failed test's own cause, or alone, or the failure was retried past: transient.
GUARDS: list[tuple[str, str, str]] = [
    # the test errored on a refused connection, inside its own report: the service was down
    ('surefire-error-connection-refused', 'transient',
     '[ERROR] org.acme.ApiIT.fetches  Time elapsed: 0.2 s  <<< ERROR!\njava.net.ConnectException: Connection refused\n'
     '\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0\n' + E),
    # Jest's test errored on a reset socket: its own report
    ('jest-error-econnreset', 'transient',
     ' FAIL  src/api.test.js\n  ● api › fetches\n\n    FetchError: request to https://api.example.org/v1 failed, reason: socket hang up\n'
     '    code: ECONNRESET\n\nTests:       1 failed, 9 passed, 10 total\n' + E),
    # the rank was killed inside CTest's failing test (output on failure, below its line)
    ('ctest-output-on-failure-kill', 'transient',
     ' 2/2 Test  #2: test_fft .........................***Failed   30.00 sec\n'
     'mpirun noticed that process rank 1 with PID 77 on node ci-3 exited on signal 9 (Killed).\n' + E),
    # pytest's summary names the refused connection on the failing line itself
    ('pytest-failed-line-refused', 'transient',
     'FAILED tests/test_api.py::test_fetch - requests.exceptions.ConnectionError: HTTPConnectionPool(host=\'db\', port=5432): '
     'Max retries exceeded (Caused by NewConnectionError(\'Failed to establish a new connection: [Errno 111] Connection refused\'))\n'
     '1 failed, 20 passed in 3.1s\n' + E),
    # a lone outage, no test failed
    ('lone-slurm-time-limit', 'transient',
     'slurmstepd: error: *** JOB 9 ON cn1 CANCELLED AT 2026-03-01T10:00:00 DUE TO TIME LIMIT ***\n' + E),
    # a lone killed rank
    ('lone-kill', 'transient', '+ mpirun -np 4 ./solver\n' + KILL + E),
    # go's test errored on a dial timeout inside its report
    ('go-fail-dial-timeout', 'transient',
     '--- FAIL: TestFetch (30.00s)\n    fetch_test.go:20: dial tcp 10.0.0.5:443: i/o timeout\nFAIL\nFAIL\texample.com/fetch\t30.02s\n' + E),
    # the conda download fails before any test
    ('lone-conda-truncated', 'transient',
     'Downloading and Extracting Packages\nCondaError: Downloaded bytes did not match Content-Length\n'
     '  url: https://conda.anaconda.org/conda-forge/linux-64/hdf5-1.14.3.conda\n' + E),
    # Jest's test errored on a refused database connection, reported inside its block
    ('jest-error-econnrefused-block', 'transient',
     '  api\n    ✕ lists rows (31 ms)\n\n  ● api › lists rows\n\n    connect ECONNREFUSED 127.0.0.1:5432\n\n'
     'Tests:       1 failed, 12 passed, 13 total\n' + E),
    # CTest's output on failure: the integration test could not reach its database
    ('ctest-output-on-failure-refused', 'transient',
     ' 3/3 Test  #3: it_db ............................***Failed    5.02 sec\n'
     'terminate called after throwing an instance of \'pqxx::broken_connection\'\n'
     '  what():  connection to server at "db" (10.0.0.3), port 5432 failed: Connection refused\n\n'
     '67% tests passed, 1 tests failed out of 3\n' + E),
    # Gradle's retry passed the flaky test, then the publish's PUT met a 503: the upload failed the job
    ('gradle-retried-pass-then-publish-503', 'transient',
     'CartIT > adds() FAILED\n    java.net.SocketTimeoutException at CartIT.java:31\nCartIT > adds() PASSED\n\n'
     '> Task :publishMavenPublicationToNexusRepository FAILED\n'
     "   > Could not PUT 'https://nexus.example.org/repository/releases/acme/cart/1.2/cart-1.2.jar'. Received status code 503 from server: Service Unavailable\n"),
    # unittest's test errored on DNS inside its own block, under unittest's rule
    ('unittest-error-dns-block', 'transient',
     'ERROR: test_fetch (tests.test_net.NetTest)\n----------------------------------------------------------------------\n'
     'Traceback (most recent call last):\n  File "/src/tests/test_net.py", line 8, in test_fetch\n'
     'socket.gaierror: [Errno -3] Temporary failure in name resolution\n\nRan 3 tests in 0.1s\n\nFAILED (errors=1)\n' + E),
]


def test_unique_ids():
    assert_unique_ids(BELOW, GUARDS)


@pytest.mark.parametrize(("want", "log"), labelled(BELOW))
def test_below_reads_real(want, log):
    v = judge(log)
    assert v.verdict == want, v.rationale


@pytest.mark.parametrize(("want", "log"), labelled(GUARDS))
def test_guard(want, log):
    v = judge(log)
    assert v.verdict == want, v.rationale
