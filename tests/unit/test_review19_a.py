"""Review 19a: the smells change (a measured time near its bound, timestamps a second apart) tried on logs built to
read it wrong.

Covered: real failures whose values look like the smells' (a performance gate reporting a regression with the same
numbers on every attempt, a retry backoff or a rate limiter that came out too SHORT, a parsed config duration, a
time library's own rounding and truncating tests, a frozen or fake clock (freezegun, Rails' travel_to, Jest's fake
timers), a Jest object diff where the timestamp and another field changed, an application's WARN log line about a slow
statement, a passing test's logged slow request beside another test's failure, timestamps on a CI step's own lines,
several failing tests in Go, pytest and Jest, a tsc error after the timing failure), and transient ones in other
forms or under CI prefixes (GitHub Actions' raw-log timestamps, "##[error]", Jenkins' "[Pipeline]" lines, a
"[2024-...]" prefix, a long log with the failure far above the end, testify's Less/LessOrEqual on durations, chai's
"expected 131 to be below 100", 1.001 s against 1 s).

Where the wording comes from: testify's '"%v" is not less than "%v"' and its WithinDuration "Max difference between
%v and %v allowed is %v, but difference was %v" were read (stretchr/testify assert/assertion_compare.go,
assert/assertions.go); unittest's "%s not less than %s" (cpython Lib/unittest/case.py assertLess), pytest's rewritten
"E  assert ..." lines, Jest's Expected/Received and diff headers, RSpec's expected/got, JUnit 5's
"expected: <...> but was: <...>", Java's LocalDateTime.toString leaving out zero seconds and Python's datetime repr
are recalled, not read in this round. The Go t.Errorf lines, perf-gate script output and application log lines are
a project's own, written after the usual shapes (an assumption). Tests, values and paths are made up; no project's
CI log is copied.

The rules the cases hold:
  * a time compared with an exact value rather than a bound ("took 500ms, want 1s"), or under its bound, is the
    code's answer (a computed backoff, a parsed value): real;
  * a frozen or fake clock near the compared values, or a test of rounding/truncating/parsing/formatting time, makes
    a second or a bound missed the same on every run: real;
  * a diff pair counts only alone: another changed field beside the timestamp is another difference: real;
  * an application's own log line (WARN, logrus "level=", a JSON "level") and a perf gate that reports a regression
    are not a test's flaky comparison: real;
  * the smells read through CI prefixes and in testify's Less/LessOrEqual form: transient.
Formerly LEFT (strict xfail), read since smells2 (test_rules19_smells2.py): testify's WithinDuration, unittest's
assertLess, Python's datetime repr and Java's LocalDateTime with its zero seconds left out.
"""

from __future__ import annotations

import datetime as dt

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"


def _go(body: str, name: str = "TestCacheExpiry", pkg: str = "example.com/cache") -> str:
    return f"=== RUN   {name}\n{body}--- FAIL: {name} (1.21s)\nFAIL\nFAIL\t{pkg}\t1.532s\n" + _EXIT


def _pytest(source: str, compared: str, summary: str, name: str = "test_render_page",
            path: str = "tests/test_render.py") -> str:
    return (f"______________________________ {name} ______________________________\n"
            + source + compared + f"\n{path}:22: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED {path}::{name} - {summary}\n"
            "========================= 1 failed, 41 passed in 3.21s =========================\n" + _EXIT)


def _junit(cls: str, meth: str, line: str) -> str:
    return (f"> Task :test\n\n{cls} > {meth}() FAILED\n"
            f"    org.opentest4j.AssertionFailedError: {line}\n"
            "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT)


def _gh(log: str) -> str:
    """GitHub Actions' raw log download: each line under its own timestamp."""
    base = dt.datetime(2024, 5, 1, 10, 0, 0)
    out = []
    for i, ln in enumerate(log.rstrip("\n").split("\n")):
        t = base + dt.timedelta(milliseconds=137 * i)
        out.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z " + ln)
    return "\n".join(out) + "\n"


def _testify(error: str, name: str = "TestCacheExpiry", pkg: str = "example.com/cache") -> str:
    return _go("    cache_test.go:88: \n        \tError Trace:\t/home/runner/work/cache/cache_test.go:88\n"
               f"        \tError:      \t{error}\n        \tTest:       \t{name}\n", name, pkg)


_JEST_TIMING = ("FAIL src/render.test.ts\n  ● render › renders quickly\n\n    expect(received).toBeLessThan(expected)\n\n"
                "    Expected: < 100\n    Received:   131\n\n      12 |     const start = performance.now();\n"
                "    > 13 |     expect(duration).toBeLessThan(100);\n         |                      ^\n\n")
_GO_TOOK = "    cache_test.go:88: took 1.204s, want < 1s\n"


CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ real, values like the smells'
    # a perf gate: the same numbers on three attempts and its own regression report (read transient on main)
    ("perf-gate-same-numbers-every-attempt", "real",
     "Run ./scripts/perf-gate.sh\n==> bench: /api/search (200 requests)\n"
     "attempt 1/3: p95 latency 212ms, budget 100ms\nattempt 2/3: p95 latency 214ms, budget 100ms\n"
     "attempt 3/3: p95 latency 211ms, budget 100ms\n"
     "perf gate FAILED: performance regression vs main (p95 was 96ms at 3f2c1ab)\n" + _EXIT),
    ("go-bench-gate-regression-baseline", "real",
     _go("    bench_test.go:61: BenchmarkEncode regression: took 2.1s, want < 1s (baseline 0.98s)\n",
         name="TestEncodeBudget", pkg="example.com/codec")),
    # a duration under an exact expected value: a backoff or a limiter that is too SHORT (read transient on main)
    ("go-backoff-too-short", "real",
     _go("    retry_test.go:54: third retry took 500ms, want 1s\n", name="TestExponentialBackoff",
         pkg="example.com/retry")),
    ("go-ratelimit-too-fast", "real",
     _go("    limiter_test.go:33: 10 requests took 0.5s, expected 1s\n", name="TestLimiterPaces",
         pkg="example.com/limiter")),
    # a parsed config value, no clock read (read transient on main)
    ("go-parse-duration-config", "real",
     _go("    config_test.go:31: timeout duration: 1.5s, want 1s\n", name="TestParseConfigTimeout",
         pkg="example.com/config")),
    ("pytest-parse-duration-under-bound", "real",
     _pytest("    def test_parse_timeout():\n        cfg = load('timeout = \"1.5s\"')\n"
             ">       assert cfg.timeout_seconds < 1.2\n", "E       assert 1.5 < 1.2\n", "assert 1.5 < 1.2",
             name="test_parse_timeout", path="tests/test_config.py")),
    # a time library's own rounding and truncating tests (read transient on main)
    ("go-time-lib-round", "real",
     _go("    round_test.go:18: Round(10:00:00.5, 1s): got 2024-05-01T10:00:01Z, want 2024-05-01T10:00:00Z\n",
         name="TestRoundHalfEven", pkg="example.com/chrono")),
    ("junit-time-lib-truncate", "real",
     _junit("InstantRoundingTest", "truncatesToSeconds",
            "expected: <2024-05-01T10:00:00Z> but was: <2024-05-01T10:00:01Z>")),
    # a frozen or fake clock: the second is the code's off-by-one (read transient on main)
    ("pytest-freeze-time-token-expiry", "real",
     _pytest('    @freeze_time("2024-05-01 10:00:00")\n    def test_token_expiry():\n        token = issue(ttl=3600)\n'
             '>       assert token.expires_at.isoformat() == "2024-05-01T11:00:00+00:00"\n',
             "E       AssertionError: assert '2024-05-01T10:59:59+00:00' == '2024-05-01T11:00:00+00:00'\n",
             "AssertionError: assert '2024-05-01T10:59:59+00:00' == '2024-05-01T11:00:00+00:00'",
             name="test_token_expiry", path="tests/test_tokens.py")),
    ("jest-fake-timers-cache-ttl", "real",
     "FAIL src/cache.test.ts\n  ● cache › expires entries after the ttl\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n"
     "    Expected: \"2024-05-01T10:00:01.000Z\"\n    Received: \"2024-05-01T10:00:00.000Z\"\n\n"
     "      18 |     jest.useFakeTimers().setSystemTime(new Date('2024-05-01T10:00:00Z'));\n"
     "      19 |     cache.set('k', 1, { ttlMs: 1000 });\n"
     "    > 20 |     expect(cache.expiresAt('k')).toEqual('2024-05-01T10:00:01.000Z');\n"
     "         |                                  ^\n\nTests:       1 failed, 12 passed, 13 total\n" + _EXIT),
    ("rspec-travel-to-one-second", "real",
     "Failures:\n\n  1) Subscription#renews_at is one month after the start\n"
     "     Failure/Error: travel_to(Time.utc(2024, 5, 1, 10)) { expect(sub.renews_at).to eq(Time.utc(2024, 6, 1, 10)) }\n\n"
     "       expected: 2024-06-01 10:00:00 UTC\n            got: 2024-06-01 10:00:01 UTC\n\n"
     "       (compared using ==)\n"
     "     # ./spec/models/subscription_spec.rb:14:in `block (3 levels) in <top (required)>'\n\n"
     "Finished in 0.4 seconds\n12 examples, 1 failure\n" + _EXIT),
    # a Jest diff where the status changed beside the timestamp (read transient on main)
    ("jest-diff-stamp-and-status", "real",
     "FAIL src/session.test.ts\n  ● session › refresh keeps the session active\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 2\n    + Received  + 2\n\n"
     "      Object {\n    -   \"refreshedAt\": \"2024-05-01T10:00:00.000Z\",\n    -   \"status\": \"active\",\n"
     "    +   \"refreshedAt\": \"2024-05-01T10:00:01.000Z\",\n    +   \"status\": \"expired\",\n      }\n\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),
    # an application's own log lines (the WARN one read transient on main)
    ("app-warn-slow-statement-schema-drift", "real",
     "Run ./bin/check-migrations\napplying 0042_add_index.sql\n"
     "time=\"2024-05-01T10:00:03Z\" level=warning msg=\"slow statement took 1.4s, threshold 1s\"\n"
     "ERROR: schema drift: table users has column legacy_flag not in schema.sql\n" + _EXIT),
    ("app-log-lease-with-two-stamps", "real",
     "Run ./gradlew :worker:verifySchema\n"
     "2024-05-01 10:00:00,123 WARN  [main] lease renewed with expiry 2024-05-01 10:00:01,000\n"
     "Schema verification failed: column orders.total is DECIMAL(10,2), expected DECIMAL(12,2)\n"
     "> Task :worker:verifySchema FAILED\n" + _EXIT),
    ("go-passing-test-logs-slow-request", "real",
     "=== RUN   TestSlowLog\n    server_test.go:12: slow request took 1.3s, threshold 1s\n--- PASS: TestSlowLog (1.31s)\n"
     "=== RUN   TestCreateUser\n    users_test.go:40: CreateUser: pq: duplicate key value violates unique constraint "
     "\"users_email_key\"\n--- FAIL: TestCreateUser (0.02s)\nFAIL\nFAIL\texample.com/users\t1.402s\n" + _EXIT),
    # several failing tests: the smell beside another test's own failure
    ("go-timing-and-custom-mismatch", "real",
     "=== RUN   TestCacheExpiry\n" + _GO_TOOK + "--- FAIL: TestCacheExpiry (1.21s)\n"
     "=== RUN   TestCacheKeys\n    cache_test.go:120: Keys() = [a c], want [a b c]\n--- FAIL: TestCacheKeys (0.00s)\n"
     "FAIL\nFAIL\texample.com/cache\t1.532s\n" + _EXIT),
    ("go-timing-and-other-package-fails", "real",
     "=== RUN   TestCacheExpiry\n" + _GO_TOOK + "--- FAIL: TestCacheExpiry (1.21s)\n"
     "FAIL\nFAIL\texample.com/cache\t1.532s\n=== RUN   TestHandler\n"
     "    handler_test.go:40: GET /users: status 500, want 200\n--- FAIL: TestHandler (0.01s)\nFAIL\n"
     "FAIL\texample.com/api\t0.210s\n" + _EXIT),
    ("pytest-timing-and-keyerror", "real",
     "______________________________ test_render_page ______________________________\n"
     ">       assert elapsed < 0.5\nE       assert 0.6231 < 0.5\n\ntests/test_render.py:22: AssertionError\n"
     "______________________________ test_lookup ______________________________\n"
     ">       return self._users[user_id]\nE       KeyError: 'u-42'\n\napp/users.py:31: KeyError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_render.py::test_render_page - assert 0.6231 < 0.5\n"
     "FAILED tests/test_users.py::test_lookup - KeyError: 'u-42'\n"
     "========================= 2 failed, 40 passed in 3.21s =========================\n" + _EXIT),
    ("jest-many-failing-one-timing", "real",
     _JEST_TIMING + "  ● render › renders the header\n\n    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: \"Dashboard\"\n    Received: \"Dashbaord\"\n\n"
     "  ● render › renders the footer\n\n    TypeError: Cannot read properties of undefined (reading 'year')\n\n"
     "Tests:       3 failed, 10 passed, 13 total\n" + _EXIT),
    ("jest-timing-then-tsc-error", "real",
     _JEST_TIMING + "Tests:       1 failed, 12 passed, 13 total\n> tsc --noEmit\n"
     "src/api.ts(41,9): error TS2339: Property 'userId' does not exist on type 'Session'.\n" + _EXIT),
    # a test ABOUT a timer: fired too early
    ("mocha-timer-fired-early", "real",
     "  scheduler\n    1) fires the job no earlier than its delay\n\n  0 passing (1s)\n  1 failing\n\n"
     "  1) scheduler\n       fires the job no earlier than its delay:\n"
     "     AssertionError: expected elapsed >= 1000ms, got 480ms\n"
     "      at Context.<anonymous> (test/scheduler.test.js:22:14)\n" + _EXIT),
    ("testify-less-ten-times-over", "real", _testify('"12.5s" is not less than "1s"')),
    # ------------------------------------------------------------------ transient, other forms and CI prefixes
    ("go-took-1001ms-vs-1s", "transient", _go("    cache_test.go:88: took 1.001s, want < 1s\n")),
    ("gh-prefixed-jest-duration", "transient", _gh(_JEST_TIMING + "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT)),
    ("gh-prefixed-go-took", "transient", _gh(_go(_GO_TOOK))),
    ("gh-prefixed-jest-stamps", "transient",
     _gh("FAIL src/token.test.ts\n  ● token › sets issuedAt\n\n    expect(received).toEqual(expected) // deep equality\n\n"
         "    Expected: \"2024-05-01T10:00:00Z\"\n    Received: \"2024-05-01T10:00:01Z\"\n\n"
         "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT)),
    ("jenkins-pipeline-pytest-elapsed", "transient",
     "[Pipeline] sh\n+ pytest -q\n"
     + _pytest(">       assert elapsed < 0.5\n", "E       assert 0.71 < 0.5\n", "assert 0.71 < 0.5").replace(
         _EXIT, "[Pipeline] }\n[Pipeline] // stage\nERROR: script returned exit code 1\nFinished: FAILURE\n")),
    ("bracket-stamp-prefixed-go-took", "transient",
     "".join(f"[2024-05-01 10:00:0{i % 10}] {ln}\n" for i, ln in enumerate(_go(_GO_TOOK).rstrip("\n").split("\n")))),
    ("go-error-annotation-took", "transient",
     "=== RUN   TestCacheExpiry\n##[error]    cache_test.go:88: took 1.204s, want < 1s\n"
     "--- FAIL: TestCacheExpiry (1.21s)\nFAIL\nFAIL\texample.com/cache\t1.532s\n" + _EXIT),
    ("long-log-timing-far-above-end", "transient",
     _go(_GO_TOOK).replace(_EXIT, "") + "".join(f"ok  \texample.com/pkg{i}\t0.{i:03d}s\n" for i in range(60))
     + "".join(f"--- PASS: TestThing{i} (0.00s)\n" for i in range(80)) + "make: *** [Makefile:31: test] Error 1\n"
     + _EXIT),
    # testify's assert.Less / LessOrEqual on durations (read real on main: no form for it)
    ("testify-less-duration", "transient", _testify('"1.204569s" is not less than "1s"')),
    ("testify-less-or-equal-ms", "transient", _testify('"131.5ms" is not less than or equal to "100ms"')),
    ("mocha-chai-elapsed-below", "transient",
     "  render\n    1) stays within budget\n\n  11 passing (2s)\n  1 failing\n\n  1) render\n       stays within budget:\n\n"
     "      AssertionError: expected 131 to be below 100\n      + expected - actual\n\n      -131\n      +100\n\n"
     "      at Context.<anonymous> (test/render.test.js:22:30)\n\n"
     "      20 |   const elapsedMs = Date.now() - t0;\n      21 |   // budget\n"
     "      22 |   expect(elapsedMs).to.be.below(100);\n" + _EXIT),
    ("rspec-got-one-second-apart", "transient",
     "Failures:\n\n  1) Post#touch sets updated_at\n     Failure/Error: expect(post.updated_at).to eq(Time.current)\n\n"
     "       expected: 2024-06-01 10:00:00.000000000 +0000\n            got: 2024-06-01 10:00:01.000000000 +0000\n\n"
     "       (compared using ==)\n     # ./spec/models/post_spec.rb:14:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 0.4 seconds\n12 examples, 1 failure\n" + _EXIT),
    ("jest-diff-stamp-alone", "transient",
     "FAIL src/session.test.ts\n  ● session › refresh stamps the session\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 1\n    + Received  + 1\n\n"
     "      Object {\n    -   \"refreshedAt\": \"2024-05-01T10:00:00.000Z\",\n"
     "    +   \"refreshedAt\": \"2024-05-01T10:00:01.000Z\",\n        \"status\": \"active\",\n      }\n\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),
]

# Formerly LEFT (strict xfail) here; read since the smells2 change (values_time.py _framework_bound, _stamps), so plain
# transient cases now.
FORMERLY_LEFT: list[tuple[str, str, str]] = [
    # (was LEFT) testify's WithinDuration prints Go's time.Time form ("2024-05-01 10:00:00 +0000 UTC") and a difference
    # over the allowed one; read as a tolerance missed by at most 3x
    ("testify-within-duration", "transient", _testify(
        "Max difference between 2024-05-01 10:00:00 +0000 UTC and 2024-05-01 10:00:01.5 +0000 UTC allowed is 1s, "
        "but difference was -1.5s", name="TestIssueToken", pkg="example.com/auth")),
    # (was LEFT) unittest's assertLess names no time: the measured name is read on the traceback's source line above
    ("unittest-assertless-elapsed", "transient",
          "======================================================================\n"
          "FAIL: test_render_fast (tests.test_render.RenderTest.test_render_fast)\n"
          "----------------------------------------------------------------------\nTraceback (most recent call last):\n"
          "  File \"/builds/app/tests/test_render.py\", line 22, in test_render_fast\n    self.assertLess(elapsed, 0.5)\n"
          "AssertionError: 0.6231 not less than 0.5\n\n"
          "----------------------------------------------------------------------\n"
          "Ran 42 tests in 3.210s\n\nFAILED (failures=1)\n" + _EXIT),
    # (was LEFT) Python's datetime repr, not an ISO stamp
    ("pytest-datetime-repr-one-second", "transient", _pytest(
        "    def test_created_at():\n        rec = save(Record())\n>       assert rec.created_at == rec.updated_at\n",
        "E       AssertionError: assert datetime.datetime(2024, 5, 1, 10, 0, 1) == datetime.datetime(2024, 5, 1, 10, 0)\n",
        "AssertionError: assert datetime.datetime(2024, 5, 1, 10, 0, 1) == datetime.datetime(2024, 5, 1, 10, 0)",
        name="test_created_at", path="tests/test_models.py")),
    # (was LEFT) LocalDateTime.toString leaves out zero seconds ("2024-05-01T10:00")
    ("junit-localdatetime-zero-seconds", "transient", _junit(
        "AuditRecordTest", "stampsCreationTime", "expected: <2024-05-01T10:00> but was: <2024-05-01T10:00:01>")),
]

# No verdict asked of these, only not a sure transient: a CI step's own timestamped lines, one of them with "with"
# between two stamps 0.8 s apart, over a failure no entry names.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("gh-step-line-with-two-stamps",
     "2024-05-01T10:00:00.1234567Z ##[group]Run ./scripts/verify-openapi.sh\n"
     "2024-05-01T10:00:00.2234567Z Starting mock server with lease until 2024-05-01T10:00:01Z\n"
     "2024-05-01T10:00:02.0000000Z openapi.yaml differs from the generated spec: paths./users.post.responses.201 missing\n"
     "2024-05-01T10:00:02.1000000Z ##[error]Process completed with exit code 1.\n"),
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entries.
LONG_LINE_WORDS = ['Error: "1.2s" is not less than "', 'is not less than or equal to "1', "level=warning took 1s, limit ",
                   "perf regression ", "freeze_time Round "]

assert_unique_ids(CASES + FORMERLY_LEFT, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES + FORMERLY_LEFT))
def test_review19_a(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review19_a_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
