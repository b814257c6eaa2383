"""Twenty-fifth round, the later blind parts' misses (final36d-f, development data since their one measurement).

Covered, one family per miss that a log can decide:
  * a shell test harness that runs each test under coreutils' timeout(1) and reports exit 124 as its own status row
    ("[TIME]  <test> (ran for more then 1m)", VILLASframework/node tools/integration-tests.sh, read; "[TIMEOUT]" rows
    of the same shape, assumption) -> shell-harness-test-time-status;
  * Go's testing package decorating a t.Log line with the caller's base file name and line, four spaces in
    (golang/go src/testing/testing.go decorate, recalled): a helper outside a _test.go file ("    command.go:118:
    Wrote output to ...") is the test's own report, not a compiler's file diagnostic (file-diagnostic's unless);
  * bubblewrap refusing to create the sandbox's user namespace (containers/bubblewrap bubblewrap.c, read: "Creating
    new namespace failed: %s", "No permissions to create a new namespace, likely because ...", "setting up uid map"),
    as opam's sandbox.sh, flatpak-builder and the like run it -> sandbox-user-namespace-refused;
  * Open MPI's errors-are-fatal report on a catch-all error class ("MPI_ERR_OTHER: known error not in list",
    "MPI_ERR_INTERN: internal error": ompi/errhandler/errcode.c, recalled) -> mpi-error-class-catch-all;
  * the Firebase CLI's catch-all for an error that is no FirebaseError (firebase/firebase-tools src/errorOut.ts,
    read: "An unexpected error has occurred.") -> firebase-cli-unexpected-error.

The rules the cases hold:
  * a harness's TIME/TIMEOUT row with no other test failing on its own -> transient (modestly, as the other test
    harnesses' own time limits read); beside a "[FAIL]" row, or with every test of the run timed out -> not transient;
  * a Go test helper's log line is no compile error: a Go test failing after one reads as the test failure, modestly;
    a Go compile error still reads compile;
  * a runner host that refuses user namespaces, a catch-all MPI error class, the Firebase CLI's catch-all line: the
    log cannot tell a host's or service's moment from a setting or a bug that recurs -> unknown (read lightly, 0.6),
    no longer the unexplained error's real; an error of the change beside them decides (real).

Left as they read (one line each, in the report): a flaky-labelled failure that shows only an assertion (NancyFx,
Jasmine, site-kit, hspec, backdrop's simpletest rows), a log cut off before the error (dask's listen), logs showing no
failure (Realm's), a perl5 smoke report naming only "Non-zero exit status: 116" (no "Stale file handle" line;
host-filesystem-fault reads that line where it is printed), and Travis's "No Gemfile found, skipping bundle install"
that missing-build-file still reads (two labelled real cases rest on it alone).

Each log is short and written here around the tool's message; hosts, projects and paths are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads, reads_as, signatures

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_TRAVIS = 'The command "./ci/test.sh" exited with 1.\n'


CASES: list[tuple[str, str, str]] = [
    # ================================================================== shell harness time status rows
    # VILLASframework/node tools/integration-tests.sh: "[TIME] ${TESTNAME} (ran for more then ${TIMEOUT})" for RC 124
    ("harness-time-row-alone", "transient",
     "Starting integration tests:\n\n"
     "[PASS]  config-check (ran for 2.1s)\n"
     "[TIME]  zmq-loopback (ran for more then 1m)\n"
     "[SKIP]  mqtt: Test is broken\n"
     "[PASS]  signal-gen (ran for .12s)\n\n"
     "Summary: 1 of 24 tests failed.\n   Timedout: 1\n   Skipped: 3\n" + _GL),
    # the same status as "[TIMEOUT]" (assumption: the shape other shell harnesses use)
    ("harness-timeout-row-alone", "transient",
     "[PASS]  parse-args\n"
     "[TIMEOUT]  replication-sync (killed after 300s)\n"
     "[PASS]  shutdown\n" + _GL),
    # a test of the same run failed on its own: that failure decides
    ("harness-time-row-beside-fail", "real",
     "[PASS]  config-check (ran for 2.1s)\n"
     "[FAIL]  hook-order (exited with code 1, ran for 0.4s)\n"
     "[TIME]  zmq-loopback (ran for more then 1m)\n\n"
     "Summary: 2 of 24 tests failed.\n   Timedout: 1\n   Skipped: 3\n" + _GL),
    # every test of the run timed out: a hang in the code, not a slow runner (assumption)
    ("harness-every-test-timed-out", "real",
     "[TIME]  node-a (ran for more then 1m)\n"
     "[TIME]  node-b (ran for more then 1m)\n"
     "[TIME]  node-c (ran for more then 1m)\n\n"
     "Summary: 3 of 3 tests failed.\n   Timedout: 3\n   Skipped: 0\n" + _GL),
    # ================================================================== Go testing's log lines
    # a helper file's t.Log line over a failed test: the test failure reads (modestly), not a compile error
    ("go-helper-log-line-then-test-failure", "real",
     "=== RUN   TestDeployStack\n"
     "    harness.go:77: Wrote output to /tmp/it-1234/command-output/stack-up.log\n"
     "    harness.go:91: \n"
     "        \tError Trace:\t/home/runner/work/x/x/tests/deploy_test.go:33\n"
     "        \tError:      \tReceived unexpected error:\n"
     "        \t            \texit status 255\n"
     "        \tTest:       \tTestDeployStack\n"
     "--- FAIL: TestDeployStack (4.10s)\nFAIL\nFAIL\texample.com/x/tests\t4.3s\n" + _GHA),
    # a compile error keeps its reading
    ("go-compile-error-still-compile", "real",
     "# example.com/x/pkg/store\n"
     "pkg/store/disk.go:41:9: undefined: flushAll\n"
     "FAIL\texample.com/x/pkg/store [build failed]\n" + _GHA),
    # ================================================================== bubblewrap
    # an error of the change beside the host's refusal decides
    ("bwrap-refused-beside-compile-error", "real",
     "# bwrap: Creating new namespace failed: Operation not permitted\n"
     "$ cargo build\n"
     "error[E0425]: cannot find value `cfg` in this scope\n --> src/main.rs:12:5\n"
     "error: could not compile `app` due to previous error\n"
     "##[error]Process completed with exit code 101.\n"),
    # ================================================================== Open MPI
    # an argument class names the program's own call: real as before
    ("mpi-err-truncate-real", "real",
     "[ci-host:907] *** An error occurred in MPI_Recv\n"
     "[ci-host:907] *** reported by process [4040097793,1]\n"
     "[ci-host:907] *** on communicator MPI_COMM_WORLD\n"
     "[ci-host:907] *** MPI_ERR_TRUNCATE: message truncated\n"
     "[ci-host:907] *** MPI_ERRORS_ARE_FATAL (processes in this communicator will now abort,\n" + _GHA),
    # a rank's segmentation fault beside the catch-all: the crash decides
    ("mpi-catch-all-beside-rank-segfault", "real",
     "[ci-host:907] *** MPI_ERR_OTHER: known error not in list\n"
     "--------------------------------------------------------------------------\n"
     "mpirun noticed that process rank 1 with PID 0 on node ci-host exited on signal 11 (Segmentation fault).\n"
     "--------------------------------------------------------------------------\n" + _GHA),
    # ================================================================== Firebase CLI
    # the functions' own source does not load: that error decides
    ("firebase-functions-source-error", "real",
     "$ firebase deploy --only functions\n"
     "i  functions: preparing codebase default for deployment\n\n"
     "Error: Failed to load function definition from source: Failed to generate manifest from function source: "
     "SyntaxError: Unexpected token '}'\n" + _GHA),
]

# read lightly: unknown where nothing else speaks (id, log, the entry that reads it)
UNKNOWN: list[tuple[str, str, str]] = [
    # opam's sandbox.sh relaying bwrap's die_with_error("Creating new namespace failed") with EPERM
    ("bwrap-namespace-eperm-under-opam",
     "[ERROR] The compilation of ocaml-base-compiler.4.14.1 failed at "
     "\"/home/ci/.opam/opam-init/hooks/sandbox.sh build make -j4\".\n\n"
     "#=== ERROR while compiling ocaml-base-compiler.4.14.1 ========================#\n"
     "### output ###\n"
     "# bwrap: Creating new namespace failed: Operation not permitted\n" + _GL,
     "sandbox-user-namespace-refused"),
    # bubblewrap's unprivileged-user-namespace message (EPERM, not privileged)
    ("bwrap-no-permissions-userns",
     "$ flatpak-builder --force-clean build-dir org.example.App.yml\n"
     "bwrap: No permissions to create a new namespace, likely because the kernel does not allow non-privileged "
     "user namespaces. On e.g. debian this can be enabled with 'sysctl kernel.unprivileged_userns_clone=1'.\n"
     "Error: module app: Child process exited with code 1\n" + _GHA,
     "sandbox-user-namespace-refused"),
    # die_with_error("setting up uid map") as an AppArmor restriction of user namespaces gives it
    ("bwrap-uid-map-denied",
     "+ bwrap --unshare-user --ro-bind / / true\n"
     "bwrap: setting up uid map: Permission denied\n" + _GHA,
     "sandbox-user-namespace-refused"),
    # Open MPI's errors-are-fatal report, MPI_ERR_OTHER in a barrier on a hosted runner
    ("mpi-err-other-in-barrier",
     "$ mpiexec -n 2 julia test/test_barrier.jl\n"
     "[runner-12:4411] *** An error occurred in MPI_Barrier\n"
     "[runner-12:4411] *** reported by process [2356281345,1]\n"
     "[runner-12:4411] *** on communicator MPI_COMM_WORLD\n"
     "[runner-12:4411] *** MPI_ERR_OTHER: known error not in list\n"
     "[runner-12:4411] *** MPI_ERRORS_ARE_FATAL (processes in this communicator will now abort,\n"
     "[runner-12:4411] ***    and potentially your MPI job)\n" + _TRAVIS,
     "mpi-error-class-catch-all"),
    # the same with MPI_ERR_INTERN in a collective
    ("mpi-err-intern-in-allreduce",
     "[ci-host:907] *** An error occurred in MPI_Allreduce\n"
     "[ci-host:907] *** reported by process [4040097793,0]\n"
     "[ci-host:907] *** on communicator MPI_COMM_WORLD\n"
     "[ci-host:907] *** MPI_ERR_INTERN: internal error\n"
     "[ci-host:907] *** MPI_ERRORS_ARE_FATAL (processes in this communicator will now abort,\n" + _GHA,
     "mpi-error-class-catch-all"),
    # the Firebase CLI's catch-all during a hosting upload
    ("firebase-unexpected-error-during-deploy",
     "$ firebase deploy --only hosting --project docs-site\n\n"
     "=== Deploying to 'docs-site'...\n\n"
     "i  deploying hosting\n"
     "i  hosting[docs-site]: beginning deploy...\n"
     "i  hosting[docs-site]: found 212 files in dist\n\n"
     "Error: An unexpected error has occurred.\n"
     "error Command failed with exit code 2.\n"
     "##[error]Process completed with exit code 2.\n",
     "firebase-cli-unexpected-error"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_misses25b_family_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("log", "signature"), [pytest.param(log, sig, id=i) for i, log, sig in UNKNOWN])
def test_host_or_catch_all_reads_unknown(log, signature):
    reads_as(log, "unknown", signature)


def test_go_helper_log_line_is_no_file_diagnostic():
    log = dict((i, lg) for i, _, lg in CASES)["go-helper-log-line-then-test-failure"]
    assert "file-diagnostic" not in signatures(judge(log))


def test_harness_time_row_names_its_entry():
    reads_as(dict((i, lg) for i, _, lg in CASES)["harness-time-row-alone"], "transient", "shell-harness-test-time-status")


def test_link_checker_timeout_row_is_not_a_test_time_limit():
    # lychee's "[TIMEOUT] <url>" row: a link the docs name, read by the link-check entries, not this harness status
    log = ("[TIMEOUT] https://docs.example.org/guide | Timeout\n[200] https://example.org/\n" + _GHA)
    assert "shell-harness-test-time-status" not in signatures(judge(log))


def test_case_ids_are_unique():
    assert_unique_ids(CASES, UNKNOWN)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "[TIME]  ",
    "[TIMEOUT] ",
    " (ran for more then ",
    "Creating new namespace failed",
    "No permissions to create a new namespace, likely because ",
    "bwrap: setting up uid map: ",
    "[ci-host:907] *** MPI_ERR_OTHER: known error not in list",
    "Error: An unexpected error has occurred.",
    "    command.go:118: ",
]
