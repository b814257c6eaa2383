"""Thirty-third round, decide33: six decisions the last round left, each read from public evidence and made general.

(1) A test runner's progress line above a CI's time limit or no-output stop (pytest's quiet "tests/test_q.py .....",
RSpec's and Minitest's dots): it counts tests that finished and names none that stopped; public threads on a suite that
went quiet until the CI's limit mostly find it intermittent, so the stop's reading (transient) stands for every runner,
as misses26's RSpec case had it. A runner's line naming a test that started and never finished (pytest -v, go test
-v, Django's "... "), RSpec's documentation format, a lock or deadlock report keep the own-hang reading (real).
(2) libtest's "test x has been running for over 60 seconds" above the stop: the same as (1), transient (a real GitLab
job of this shape is labelled intermittent).
(3) Node's own heap-limit report (V8's "JavaScript heap out of memory") above a later kill of the same step (a shell's
"Killed", exit 137): no second, surely-transient reading of the same memory; unknown, as under Azure's agent 137
already. A compiler the kernel killed above the 137 keeps killed-137's reading.
(4) A saturation state a timing-named test got and did not want ("queue full" for "ok" under TestSlowConsumer...): the
consumer fell behind, which the runner's speed decides: the name stands (transient), as for a time-out it got.
(5) Tekton's `tkn pipelinerun logs` prefix "[task : step] " for every step name tkn prints (it cuts the container's
"step-"), not only for a step named "step-...".
(6) "No space left on device" on an executor that keeps its disk from job to job (GitLab Runner's shell or SSH
executor, a self-hosted GitHub runner's actions-runner directory): still transient, but below a rerun's confidence.

Every log line here was written for this test (hosts, projects, paths, tests made up); no project's CI log is copied.
Cases whose id starts with "guard_" are near-miss guards (read the same at 79a120f); every other case fails there.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, signatures

_GH_MAX = ["##[error]The job running on runner ci-pool-7 has exceeded the maximum execution time of 30 minutes.",
           "##[error]The operation was canceled."]
_GL_TL = ["section_end:1765010000:step_script", "ERROR: Job failed: execution took longer than 1h0m0s seconds"]
_CIRCLE_NO = ["", "Too long with no output (exceeded 10m0s): context deadline exceeded"]
_TRAVIS_NO = ["", "No output has been received in the last 10m0s, this potentially indicates a stalled build or "
              "something wrong with the build itself.", "", "The build has been terminated"]
_JK_TO = ["Cancelling nested steps due to timeout", "Sending interrupt signal to process", "Timeout has been exceeded",
          "Finished: ABORTED"]


def _gh(cmd: str, body: list[str], tail: list[str]) -> str:
    return "\n".join([f"##[group]Run {cmd}", cmd, "##[endgroup]", *body, *tail]) + "\n"


def _gl(cmd: str, body: list[str], tail: list[str], executor: str = "Using docker image sha256:9e1f for ruby:3.3 ...") -> str:
    head = ["Running with gitlab-runner 17.6.0 (3a1b2c4d)", "  on quarry-ci-2 Pq7Lm3Xs, system ID: s_9f8e7d6c5b4a",
            executor, "section_start:1765000000:step_script", "Executing \"step_script\" stage of the job script"]
    return "\n".join([*head, f"$ {cmd}", *body, *tail]) + "\n"


def _plain(cmd: str, body: list[str], tail: list[str]) -> str:
    return "\n".join([f"$ {cmd}", *body, *tail]) + "\n"


_PY_HEAD = ["============================= test session starts ==============================",
            "platform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0", "rootdir: /builds/quarry/ledger",
            "collected 318 items", ""]
_PY_PROGRESS = ["tests/test_accounts.py ..........................................      [ 13%]",
                "tests/test_ledger.py ................s.........                       [ 21%]",
                "tests/test_settle.py ........"]
_RSPEC_HEAD = ["Randomized with seed 48213", ""]
_NODE_OOM = ["> quarry-web@4.2.0 build", "> webpack --mode production", "",
             "<--- Last few GCs --->", "",
             "[2871:0x62c1000]    88120 ms: Mark-Compact 2043.8 (2081.2) -> 2043.1 (2082.0) MB, 1420.10 / 0.00 ms  "
             "(average mu = 0.120, current mu = 0.031) allocation failure; scavenge might not succeed", "",
             "<--- JS stacktrace --->", "",
             "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
             " 1: 0xb9a3d0 node::Abort() [node]"]

# (case id, expected verdict, log)
CASES: list[tuple[str, str, str]] = [
    # ---- (1) a runner's progress line above the stop: the stop's reading, every runner alike
    ("gh_pytest_progress_then_max_time", "transient", _gh("python -m pytest tests/", _PY_HEAD + _PY_PROGRESS, _GH_MAX)),
    ("gl_pytest_progress_then_time_limit", "transient",
     _gl("python -m pytest tests/", _PY_HEAD + _PY_PROGRESS, _GL_TL)),
    ("circle_pytest_progress_then_no_output", "transient",
     _plain("python -m pytest tests/", _PY_HEAD + _PY_PROGRESS, _CIRCLE_NO)),
    ("travis_pytest_progress_then_no_output", "transient",
     _plain("python -m pytest -q tests/", _PY_HEAD + _PY_PROGRESS, _TRAVIS_NO)),
    ("jk_pytest_progress_then_nested_timeout", "transient",
     _plain("python -m pytest tests/", _PY_HEAD + _PY_PROGRESS, _JK_TO)),
    ("guard_gh_rspec_progress_then_max_time", "transient",
     _gh("bundle exec rspec", _RSPEC_HEAD + ["......*..............F.........."], _GH_MAX)),
    ("guard_circle_minitest_progress_then_no_output", "transient",
     _plain("bin/rails test", ["Run options: --seed 40211", "", "# Running:", "", "..........F......."], _CIRCLE_NO)),
    # the runner names the test that started and printed nothing more: the own-hang reading, as before
    ("guard_circle_pytest_verbose_started_then_no_output", "real",
     _plain("python -m pytest -v tests/test_settle.py",
            ["tests/test_settle.py::test_close_period PASSED", "tests/test_settle.py::test_close_twice_waits_for_lock "],
            _CIRCLE_NO)),
    ("guard_gl_go_run_started_then_time_limit", "real",
     _gl("go test -v ./internal/settle/...", ["=== RUN   TestClosePeriod", "--- PASS: TestClosePeriod (0.01s)",
                                             "=== RUN   TestCloseTwiceWaitsForLock"], _GL_TL)),
    ("guard_circle_rspec_documentation_then_no_output", "real",
     _plain("bundle exec rspec --format documentation", ["", "Ledger::Settle", "  closes the period",
                                                        "  posts the totals"], _CIRCLE_NO)),
    # RSpec's documentation format under GitHub's group header (its "##[endgroup]" line in the span): the own-hang reading
    ("gh_rspec_documentation_group_header_then_max_time", "real",
     _gh("bundle exec rspec --format documentation", ["", "Ledger::Settle", "  closes the period", "  posts the totals"],
         _GH_MAX)),
    # ---- (2) libtest's slow-test note above the stop: as (1)
    ("guard_gh_libtest_running_over_60s_then_max_time", "transient",
     _gh("cargo test --workspace", ["running 44 tests", "test settle::tests::closes_period ... ok",
                                    "test settle::tests::close_twice_waits has been running for over 60 seconds"],
         _GH_MAX)),
    ("guard_gl_libtest_running_over_60s_then_time_limit", "transient",
     _gl("cargo test", ["running 12 tests", "test pool::tests::grows ... ok",
                        "test pool::tests::drains_under_load has been running for over 60 seconds"], _GL_TL)),
    # libtest's one-thread form, the started test's line without its outcome: the own-hang reading, as before
    ("guard_circle_libtest_serial_started_then_no_output", "real",
     _plain("cargo test -- --test-threads=1", ["running 12 tests", "test pool::tests::grows ... ok",
                                               "test pool::tests::drains_under_load ... "], _CIRCLE_NO)),
    # ---- (3) a step's own out-of-memory report above a later kill of the same step
    ("gh_node_heap_oom_then_shell_killed_137", "not_transient",
     _gh("npm run build", _NODE_OOM + ["/home/runner/work/_temp/4f2a.sh: line 1:  2871 Killed                  "
                                        "npm run build"], ["##[error]Process completed with exit code 137."])),
    ("gl_node_heap_oom_then_exit_137", "not_transient",
     _gl("npm run build", _NODE_OOM, ["ERROR: Job failed: exit code 137"])),
    # a compiler the kernel killed, then the 137: the machine's memory, killed-137's reading as before
    ("guard_gl_cc1plus_killed_then_make_killed", "transient",
     _gl("make -j8", ["[ 61%] Building CXX object src/CMakeFiles/quarry.dir/ledger/settle.cpp.o",
                      "c++: fatal error: Killed signal terminated program cc1plus", "compilation terminated.",
                      "make[2]: *** [src/CMakeFiles/quarry.dir/build.make:342: src/CMakeFiles/quarry.dir/ledger/"
                      "settle.cpp.o] Killed"], ["ERROR: Job failed: exit code 137"])),
    ("guard_gh_webpack_bare_killed_137", "transient",
     _gh("npm run build", ["> quarry-web@4.2.0 build", "> webpack --mode production",
                           "/home/runner/work/_temp/4f2a.sh: line 1:  2871 Killed                  npm run build"],
         ["##[error]Process completed with exit code 137."])),
    # ---- (4) a saturation state a timing-named test got
    ("gh_go_slow_consumer_buffer_full", "transient",
     _gh("go test ./internal/feed/...", ["--- FAIL: TestSlowReaderKeepsUp (0.48s)",
                                         '    feed_test.go:52: Publish() = "buffer full", want "ok"', "FAIL",
                                         "FAIL\tgit.quarry.example/ledger/internal/feed\t0.533s", "FAIL"],
         ["##[error]Process completed with exit code 1."])),
    ("gl_go_slow_peer_backpressure", "transient",
     _gl("go test ./internal/relay/...", ["--- FAIL: TestSlowPeerRelay (1.21s)",
                                          '    relay_test.go:88: got "rejected: back-pressure", want "accepted"',
                                          "FAIL", "FAIL\tgit.quarry.example/ledger/internal/relay\t1.302s"],
         ["ERROR: Job failed: exit code 1"])),
    ("guard_gh_go_unnamed_consumer_queue_full", "real",
     _gh("go test ./internal/feed/...", ["--- FAIL: TestReaderLabel (0.00s)",
                                         '    feed_test.go:17: Publish() = "queue full", want "ok"', "FAIL",
                                         "FAIL\tgit.quarry.example/ledger/internal/feed\t0.012s", "FAIL"],
         ["##[error]Process completed with exit code 1."])),
    ("guard_gh_go_slow_queue_full_wording", "real",
     _gh("go test ./internal/feed/...", ["--- FAIL: TestSlowReaderMessage (0.00s)",
                                         '    feed_test.go:31: Error() = "queue is full", want "queue full"', "FAIL",
                                         "FAIL\tgit.quarry.example/ledger/internal/feed\t0.010s", "FAIL"],
         ["##[error]Process completed with exit code 1."])),
    # ---- (5) Tekton's "[task : step] " for any step name
    ("tekton_go_test_fail_step_named_unit", "real",
     "\n".join([f"[unit-tests : gotest] {ln}" for ln in [
         "+ go test ./...", "ok  \tgit.quarry.example/ledger/internal/accounts\t0.211s",
         "--- FAIL: TestSettleRounding (0.00s)", "    settle_test.go:40: Total() = 10.01, want 10.00", "FAIL",
         "FAIL\tgit.quarry.example/ledger/internal/settle\t0.034s", "FAIL"]]
               + ['"step-gotest" exited because the step exceeded the specified timeout limit']) + "\n"),
    ("tekton_pytest_failed_numbered_task", "real",
     "\n".join([f"[Task 0 : pytest] {ln}" for ln in [
         "+ python -m pytest tests/", "collected 40 items", "", "tests/test_settle.py ....F", "",
         "FAILED tests/test_settle.py::test_rounding - assert 10.01 == 10.0",
         "========================= 1 failed, 39 passed in 2.10s ========================="]]
               + ['"step-pytest" exited because the step exceeded the specified timeout limit']) + "\n"),
    ("guard_tekton_go_mod_download_reset", "transient",
     "\n".join([f"[unit-tests : gotest] {ln}" for ln in [
         "+ go mod download",
         "go: github.com/quarry/decimal@v1.4.0: Get \"https://proxy.golang.org/github.com/quarry/decimal/@v/v1.4.0"
         ".zip\": read tcp 10.42.0.17:51234->142.250.74.49:443: read: connection reset by peer"]]) + "\n"),
]

# (6) a full disk: (case id, log, persistent executor?) -- transient each, below a rerun's confidence where persistent
_DISK = "cp: error writing 'build/cache/objects.pack': No space left on device"
DISK_CASES: list[tuple[str, str, bool]] = [
    ("gl_shell_executor_disk_full", _gl("make build", ["mkdir -p build/cache", _DISK], ["ERROR: Job failed: exit status 1"],
                                        executor="Using Shell executor..."), True),
    ("gl_shell_bash_executor_disk_full", _gl("make build", [_DISK], ["ERROR: Job failed: exit status 1"],
                                             executor="Using Shell (bash) executor..."), True),
    ("gl_ssh_executor_disk_full", _gl("make build", [_DISK], ["ERROR: Job failed: exit status 1"],
                                      executor="Using SSH executor..."), True),
    ("gh_self_hosted_install_dir_disk_full",
     _gh("make build", ["cp: error writing '/opt/actions-runner/_work/ledger/ledger/build/cache/objects.pack': "
                        "No space left on device"], ["##[error]Process completed with exit code 1."]), True),
    ("guard_gl_docker_executor_disk_full", _gl("make build", [_DISK], ["ERROR: Job failed: exit code 1"]), False),
    ("guard_gh_hosted_disk_full",
     _gh("make build", ["cp: error writing '/home/runner/work/ledger/ledger/build/cache/objects.pack': "
                        "No space left on device"], ["##[error]Process completed with exit code 1."]), False),
]

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "unknown": {"unknown"},
            "not_transient": {"real", "unknown"}, "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)
    assert len({cid for cid, _, _ in DISK_CASES}) == len(DISK_CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_decide33(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)


def test_progress_line_is_no_own_hang():
    """(1) pytest's progress line above the stop is no own-hang finding any more, on any CI."""
    for cid, _, log in CASES[:5]:
        assert "own-hang-until-time-limit" not in signatures(judge(log)), cid
        assert "circleci-no-output-after-test-started" not in signatures(judge(log)), cid


def test_kill_under_own_oom_is_not_read_twice():
    """(3) the shell's kill under V8's own report is no killed-137 finding; the report itself still is read."""
    v = judge(CASES[[c[0] for c in CASES].index("gh_node_heap_oom_then_shell_killed_137")][2])
    assert "killed-137" not in signatures(v) and "build-step-own-out-of-memory" in signatures(v)


@pytest.mark.parametrize(("log", "persistent"), [pytest.param(log, p, id=cid) for cid, log, p in DISK_CASES])
def test_disk_full_on_persistent_executor_below_rerun(log, persistent):
    """(6) the verdict stays transient; on a persistent executor the confidence is under policy.rerun_min_confidence
    (0.7). The guard_ ids (a Docker executor, a hosted runner) keep their confidence (0.9)."""
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    if persistent:
        assert v.confidence < 0.7, (v.confidence, v.rationale)
        assert "keeps its disk from job to job" in v.rationale
    else:
        assert v.confidence >= 0.85, (v.confidence, v.rationale)
