"""Twenty-ninth round, hold29: causes behind the misses of a made-up probe set, each read in general forms.

(1) TeamCity's downloaded build log ("[09:15:27] :\\t [Step 1/2] text", "[09:15:28]E:\\t [Step 1/2] ..."): the clock, the
message's status letter and the block's tabs are a line prefix (prefixes.py), so Gradle's "Execution failed for task
':compileJava'" over its "> Could not resolve all files ..." reads as it does bare. (2) A test expecting a timeout whose
report shows another error raised instead, in PHPUnit's, RSpec's, Minitest's and Jest's forms and a Go test's errors.Is
line (the expected_timeout_got_other_error fragment): the test's timeout-named reading stands down, as for JUnit and
xUnit since precision23; and Go's context.DeadlineExceeded named as an identifier is no cloud API's answer. (3) A
runner's summary that every test passed in the end, one after a retry: the failed attempt listed in the case's own test
list is the flake's, as the attempt printed above the summary is (rules.py). (4) Jenkins' durable-task step when the
agent stopped answering ("Cannot contact <node>: hudson.remoting.ChannelClosedException ...", "Could not connect to <node>
to send interrupt signal to process"). (5) pytest's floats that print integral ("assert 8.0 == 4.0") under a
timeout-named test read as its small integers do (review 12e's policy).

Every log line here is made up (hosts, paths, packages, test names); no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import judge, signatures, teamcity_lines

from triage_agent.classify.catalogue import builtin_catalogue
from triage_agent.classify.prefixes import _normalise


def _tc(clock: str, status: str, lines: list[str], step: str = "Step 2/3") -> str:
    return "\n".join(teamcity_lines(lines, clock=clock, status=status, step=step))


# --- (1) TeamCity's build log prefix -----------------------------------------------------------------------------

_TC_GRADLE_503 = _tc("14:02:11", " ", [
    "> Task :core:compileKotlin FAILED",
    "FAILURE: Build failed with an exception.",
    "* What went wrong:",
    "Execution failed for task ':core:compileKotlin'.",
    "> Could not resolve all files for configuration ':core:compileClasspath'.",
    "   > Could not resolve org.example.tern:tern-core:2.1.0.",
    "      > Could not get resource 'https://maven.tern.example/m2/org/example/tern/tern-core/2.1.0/tern-core-2.1.0.pom'.",
    "         > Could not GET 'https://maven.tern.example/m2/org/example/tern/tern-core/2.1.0/tern-core-2.1.0.pom'. "
    "Received status code 503 from server: Service Unavailable",
    "Process exited with code 1"]) + "\n[14:02:12]E:\t [Step 2/3] Step Gradle build (Gradle) failed"

_TC_GRADLE_TIMEOUT = _tc("08:44:01", " ", [
    "Execution failed for task ':api:compileJava'.",
    "> Could not resolve all dependencies for configuration ':api:compileClasspath'.",
    "   > Could not resolve io.example.wren:wren-http:0.9.4.",
    "      > Could not get resource 'https://nexus.wren.internal/repository/public/io/example/wren/wren-http/0.9.4/wren-http-0.9.4.pom'.",
    "         > Could not GET 'https://nexus.wren.internal/repository/public/io/example/wren/wren-http/0.9.4/wren-http-0.9.4.pom'.",
    "            > Read timed out",
    "Process exited with code 1"])


@pytest.mark.parametrize("log", [_TC_GRADLE_503, _TC_GRADLE_TIMEOUT], ids=["503", "read-timed-out"])
def test_teamcity_gradle_fetch_failure_under_compile_task_reads_transient(log):
    v = judge(log)
    assert v.verdict == "transient" and "compile-jvm" not in signatures(v), v.rationale


def test_teamcity_prefix_is_stripped_with_status_and_tabs():
    text = _normalise("[09:15:27] :\t [Step 1/2] > Could not resolve all files\n[09:15:28]E:\t\t [Step 1/2] Step X failed\n"
                      "[09:15:28]i: Step 1/2: Build (Gradle)")
    assert text.split("\n") == ["> Could not resolve all files", "Step X failed", "Step 1/2: Build (Gradle)"]


def test_teamcity_prefix_near_miss_keeps_a_bracketed_clock_without_status():
    """Guard (passes at the base too): Jenkins' timestamper clock without TeamCity's status and colon is read as before."""
    assert _normalise("[09:15:27] > Task :compileJava FAILED") == "> Task :compileJava FAILED"
    assert _normalise("[09:15:27]x: not a status letter") == "x: not a status letter"


def test_teamcity_javac_error_reads_real():
    """Guard: a compile error under TeamCity's prefix stays real."""
    log = _tc("11:20:40", " ", [
        "> Task :app:compileJava FAILED",
        "/buildAgent/work/9a0c/app/src/main/java/org/example/quill/Router.java:41: error: cannot find symbol",
        "  symbol:   method lookupRoute(String)",
        "1 error",
        "Execution failed for task ':app:compileJava'.",
        "> Compilation failed; see the compiler error output for details."])
    v = judge(log)
    assert v.verdict == "real" and v.category == "compile", v.rationale


def test_teamcity_gradle_could_not_find_reads_real():
    """Guard: a version that does not exist, under TeamCity's prefix, stays real."""
    log = _tc("09:01:05", " ", [
        "Execution failed for task ':web:compileKotlin'.",
        "> Could not resolve all files for configuration ':web:compileClasspath'.",
        "   > Could not find io.example.ktern:ktern-server:9.9.9.",
        "     Searched in the following locations:",
        "       - https://repo.maven.apache.org/maven2/io/example/ktern/ktern-server/9.9.9/ktern-server-9.9.9.pom",
        "Process exited with code 1"])
    assert judge(log).verdict == "real"


# --- (2) a timeout expected, another error raised -----------------------------------------------------------------

_PHPUNIT = """1) Tests\\Http\\ClientTest::testRaisesOnReadTimeout
Failed asserting that exception of type "Example\\Http\\ConnectFailed" matches expected exception "Example\\Http\\ReadTimeoutException". Message was: "connect to 127.0.0.1 port 9 refused" at
/builds/example/http/src/Client.php:118

FAILURES!
Tests: 5, Assertions: 7, Failures: 1.
"""
_PHPUNIT_DEADLINE = """1) Tests\\Queue\\WorkerTest::testStopsAtDeadline
Failed asserting that exception of type "RuntimeException" matches expected exception "Example\\Queue\\DeadlineExceededException". Message was: "queue closed" at
/home/runner/work/queue/src/Worker.php:54

FAILURES!
Tests: 31, Assertions: 60, Failures: 1.
"""
_MINITEST = """  1) Failure:
ProbeTest#test_open_timeout [test/probe_test.rb:18]:
[Net::OpenTimeout] exception expected, not
Class: <ArgumentError>
Message: <"invalid port: -1">

9 runs, 14 assertions, 1 failures, 0 errors, 0 skips
"""
_GO_ERRORS_IS = """--- FAIL: TestClient_ReturnsDeadlineError (0.00s)
    client_test.go:58: errors.Is(err, context.DeadlineExceeded) = false; err = "dial tcp 127.0.0.1:1: connect: connection refused"
FAIL
FAIL	example.org/ferry/client	0.012s
"""


@pytest.mark.parametrize("log", [_PHPUNIT, _PHPUNIT_DEADLINE, _MINITEST, _GO_ERRORS_IS],
                         ids=["phpunit", "phpunit-deadline", "minitest", "go-errors-is"])
def test_timeout_expected_other_error_raised_reads_real(log):
    v = judge(log)
    assert v.verdict == "real" and "timing-sensitive-test" not in signatures(v), v.rationale


def test_rspec_timeout_expected_refusal_raised_drops_the_name():
    """Guard (reads real at the base too, on its refusal): the name's reading stands down as well."""
    log = """  1) Fetcher raises on a read timeout
     Failure/Error: expect { fetcher.get("/slow") }.to raise_error(Net::ReadTimeout)

       expected Net::ReadTimeout, got #<Errno::ECONNREFUSED: Connection refused - connect(2) for "127.0.0.1" port 1> with backtrace:
         # ./lib/fetcher.rb:22:in `get'

12 examples, 1 failure
"""
    v = judge(log)
    assert v.verdict == "real" and "timing-sensitive-test" not in signatures(v), v.rationale


def test_jest_timeout_expected_other_constructor_reads_real():
    """Guard (reads real at the base too)."""
    log = """  ● client › rejects with a timeout error when the upstream stalls

    Expected constructor: TimeoutError
    Received constructor: TypeError

Tests:       1 failed, 22 passed, 23 total
"""
    assert judge(log).verdict == "real"


def test_phpunit_timeout_expected_timeout_raised_near_miss_keeps_name():
    """Near miss: the raised error is itself a timeout's: the fragment's form does not take it (the name stands)."""
    log = """1) Tests\\Http\\ClientTest::testRaisesOnReadTimeout
Failed asserting that exception of type "Example\\Http\\ConnectTimeoutException" matches expected exception "Example\\Http\\ReadTimeoutException". Message was: "connect timed out after 5000 ms" at
/builds/example/http/src/Client.php:118
"""
    assert "timing-sensitive-test" in signatures(judge(log))


def test_phpunit_timeout_named_test_that_timed_out_stays_transient():
    """Guard (transient at the base too): a timeout-named test that met its timeout."""
    log = """1) Tests\\Http\\ClientTest::testFetchesWithinTimeout
Example\\Http\\ConnectException: cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received
/builds/example/http/vendor/curl/Handler.php:210

ERRORS!
Tests: 5, Assertions: 6, Errors: 1.
"""
    assert judge(log).verdict == "transient"


def test_go_context_deadline_identifier_is_no_cloud_answer():
    """A failed test's own message naming Go's context error by its identifier (the error prints as "context deadline
    exceeded"): no cloud API's answer."""
    failed = [{"name": "TestWatch_StopsOnCancel", "classname": "example.org/ferry/watch",
               "message": "errors.Is(err, context.DeadlineExceeded) = false"}]
    v = judge("--- FAIL: TestWatch_StopsOnCancel (0.00s)\nFAIL\n", failed_tests=failed)
    assert "cloud-throttled" not in signatures(v) and v.verdict != "transient", v.rationale


def test_grpc_deadline_exceeded_code_near_miss_is_not_passed_over():
    """gRPC's own status code line (the near miss) is still an answer of the service; Go's identifier is passed over."""
    sig = builtin_catalogue().get("cloud-throttled")
    line = "rpc error: code = DeadlineExceeded desc = upstream request timeout"
    assert any(p.search(line) for p in sig.patterns) and not any(u.search(line) for u in sig.unless)
    assert any(u.search("errors.Is(err, context.DeadlineExceeded) = false") for u in sig.unless)


# --- (3) the flaky attempt in the case's test list ----------------------------------------------------------------

_SUREFIRE_FLAKE = """[INFO] Results:
[WARNING] Flakes:
[WARNING] org.example.store.IndexWriterTest.flushesInOrder
[ERROR]   Run 1: IndexWriterTest.flushesInOrder:77 expected:<3> but was:<2>
[INFO]   Run 2: PASS
[WARNING] Tests run: 88, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1
[INFO] BUILD FAILURE
[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.1.2:test (default-test) on project store: There are 1 flakes and failOnFlakeCount is set to 1.
"""
_NEXTEST_FLAKE = """        FAIL [   0.412s] ledger store::tests::compaction_keeps_latest
        TRY 2 PASS [   0.398s] ledger store::tests::compaction_keeps_latest
  - test configured to fail if flaky
     Summary [  12.004s] 214 tests run: 214 passed (1 flaky), 0 skipped
   FLKY-FL 2/3 [   0.398s] ledger store::tests::compaction_keeps_latest
error: test run failed
"""


@pytest.mark.parametrize("log,failed", [
    (_SUREFIRE_FLAKE, [{"name": "flushesInOrder", "classname": "org.example.store.IndexWriterTest",
                        "message": "Run 1: expected:<3> but was:<2>; Run 2: PASS"}]),
    (_NEXTEST_FLAKE, [{"name": "store::tests::compaction_keeps_latest", "classname": "ledger",
                       "message": "assertion `left == right` failed\n  left: 2\n right: 1"}]),
], ids=["surefire", "nextest"])
def test_flaky_attempt_in_the_test_list_reads_transient(log, failed):
    assert judge(log, failed_tests=failed).verdict == "transient"


def test_flake_beside_a_test_that_failed_every_run_stays_real():
    """Guard (real at the base too): another test failed every attempt; the summary says so."""
    log = _SUREFIRE_FLAKE.replace("[INFO] BUILD FAILURE", "[ERROR] Failures:\n[ERROR]   PlannerTest.picksIndex:40 expected:<a> "
                                  "but was:<b>\n[ERROR] Tests run: 51, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE")
    failed = [{"name": "picksIndex", "classname": "org.example.store.PlannerTest", "message": "expected:<a> but was:<b>"}]
    assert judge(log, failed_tests=failed).verdict == "real"


# --- (4) Jenkins' durable-task step losing its agent --------------------------------------------------------------

@pytest.mark.parametrize("log", [
    "+ ./mvnw -B verify\n[INFO] Building api 2.4.0-SNAPSHOT\nCannot contact win-agent-03: java.io.EOFException\n"
    "Finished: FAILURE",
    "+ go test ./...\nok  \texample.net/kestrel/wire\t1.204s\nCancelling nested steps due to timeout\nCould not connect to "
    "spot-agent-11 to send interrupt signal to process\n[Pipeline] // timeout\nFinished: ABORTED",
], ids=["eof", "interrupt-unreachable"])
def test_jenkins_agent_that_stopped_answering_reads_transient(log):
    v = judge(log)
    assert v.verdict == "transient" and "agent-unresponsive" in signatures(v), v.rationale


def test_cannot_contact_without_a_remoting_exception_near_miss():
    """Near miss: kinit's and a project's own "Cannot contact ..." are not the agent's line."""
    for log in ("kinit: Cannot contact any KDC for realm 'CORP.EXAMPLE' while getting initial credentials",
                "Cannot contact registry: configuration key REGISTRY_URL is empty"):
        assert "agent-unresponsive" not in signatures(judge(log))


def test_jenkins_agent_deleted_with_error_word_reads_transient():
    """(lost30; a strict expected failure until then) the node step prints 'Agent <name> was deleted; cancelling node
    body' without a level word (ExecutorStepExecution, read); the same line under an 'ERROR: ' (a wrapper or an excerpt
    that marks it as the step's error) says the same and now reads as well."""
    log = "+ ./gradlew test\nERROR: Agent k8s-build-x9f2t was deleted; cancelling node body\n[Pipeline] // node\nFinished: FAILURE"
    assert judge(log).verdict == "transient"


# --- (5) pytest's integral floats under a timeout name ------------------------------------------------------------

def test_pytest_integral_floats_under_timeout_name_read_real():
    log = """=================================== FAILURES ===================================
_______________________ test_retry_delay_after_timeout ________________________
>       assert sched.next_delay(attempts=4) == 4.0
E       assert 8.0 == 4.0
tests/test_sched.py:61: AssertionError
=========================== short test summary info ============================
FAILED tests/test_sched.py::test_retry_delay_after_timeout - assert 8.0 == 4.0
1 failed, 9 passed in 0.31s
"""
    v = judge(log)
    assert v.verdict == "real" and "timing-sensitive-test" not in signatures(v), v.rationale


def test_pytest_measured_time_under_timeout_name_near_miss_stays_transient():
    """Near miss (transient at the base too): a measured time prints its fraction."""
    log = "FAILED tests/test_clock.py::test_sleep_returns_after_timeout - assert 0.5312 == 0.5\n1 failed in 0.71s\n"
    assert judge(log).verdict == "transient"


# --- (6) the job's own configuration refused: compose's schema, Azure's tool cache, AppVeyor's default mode ----------

@pytest.mark.parametrize("log", [
    "$ docker compose -f ci/compose.yml up -d\nvalidating /builds/example/api/ci/compose.yml: services.db additional properties "
    "'enviroment' not allowed\nERROR: Job failed: exit code 15",
    "#!/bin/bash -eo pipefail\ndocker compose run --rm tests\nvalidating /home/circleci/project/docker-compose.test.yml: "
    "services.tests.volumes must be a array\n\nExited with code exit status 15",
    "+ docker compose pull\nvalidating /var/jenkins/workspace/example/docker-compose.yml: services.worker.pull_policy "
    "services.worker.pull_policy must be one of the following: \"always\", \"never\", \"missing\"\nscript returned exit code 15",
    "+ docker compose up -d --wait\nvalidating /woodpecker/src/example/docker-compose.ci.yml: services.cache.healthcheck.interval "
    "must be a string\nexit code 15",
], ids=["additional-properties", "must-be-array", "one-of", "must-be-string"])
def test_compose_schema_refusal_reads_real(log):
    v = judge(log)
    assert v.verdict == "real" and "ci-config-error" in signatures(v), v.rationale


def test_compose_validating_near_miss_other_file():
    """Near miss: another tool's "validating <file>: ..." line about a key outside compose's top level is not taken."""
    sig = builtin_catalogue().get("ci-config-error")
    line = "validating /src/api/openapi.yaml: paths./users.get.responses must be a object"
    assert not any(p.search(line) for p in sig.patterns)


def test_azure_use_python_version_not_in_tool_cache_reads_real():
    log = """##[section]Starting: Use Python 3.14
Task         : Use Python version
##[error]Version spec 3.14 for architecture x64 did not match any version in Agent.ToolsDirectory.
Versions in /home/vsts/agents/3.240.1/_work/_tool:
3.12.4 (x64)
##[section]Finishing: Use Python 3.14
"""
    v = judge(log)
    assert v.verdict == "real" and "setup-action-input-refused" in signatures(v), v.rationale


def test_appveyor_msbuild_mode_without_project_reads_real():
    log = """Build started
msbuild auto-detection...
The build phase is set to "MSBuild" mode (default), but no Visual Studio project or solution files were found in the root directory. If you are not building Visual Studio project switch build mode to "Script" and provide your custom build command.
"""
    v = judge(log)
    assert v.verdict == "real" and "ci-pipeline-refused" in signatures(v), v.rationale
