"""Review of the twenty-sixth round (review26_b): the misses26 and dates26 readings tried on shapes they were not written on.

Covered: (dates26) two compared dates one calendar day apart where the day is not a clock's: an off-by-one of a
reporting period or a billing renewal in a test not named for arithmetic (its dates fixed, the log's own timestamps on
another day), a snapshot of a rendered date, a generated file's stamp in a check's own diff, .NET's DateTime at a time
of day other than midnight, Go's time.Time and Java's ZonedDateTime toString, a failure beside other failures of the
code that print no compared values, and a test that failed on every retry of a retry tool; against the midnight flake in
those forms (Go's time.Time at midnight, Java's LocalDate, .NET's "12:00:00 AM", a cache key holding today's date, the
log's own timestamps on the day of the values). (misses26) meson's rows with the outage in another row's block, a
block with an address in use and an assertion of the code, a block where the test's own server crashed; sccache's
backend error beside rustc's diagnostics printed as cargo's JSON messages or under -q; cargo's bare "could not compile"
after rustc was killed; a harness's time limit hit by a test that failed its assertion first, and a project's
conftest helper timing out the program under test; CircleCI 1.0's no-output limit after a prompt for input and after a
pytest test id; the Buildkite agent stopping with a test run that failed before it (Go's and Jest's forms); npm's &&
chains: the first link's errors named by npm 7+'s workspace "Lifecycle script" line, pnpm's ELIFECYCLE, a yarn
parent.

Where the wording comes from: the frameworks' report forms as test_dates26.py and test_misses26.py give them (recalled
there, the same here): RSpec's "expected:/got:", pytest's "E       AssertionError: assert ... == ...", Jest's
"Expected:/Received:" and snapshot diff ("- Snapshot  - 1" / "+ Received  + 1", recalled), Vitest's "- Expected" /
"+ Received" (recalled), xUnit's "Assert.Equal() Failure" with "Expected:" / "Actual:" (recalled), .NET's DateTime
ToString in en-US ("1/19/2015 10:30:00 AM", documented), Go's time.Time String ("2024-03-01 00:00:00 +0000 UTC",
documented), Java's ZonedDateTime toString ("2024-03-01T00:00Z[UTC]", documented), GitHub Actions' timestamp prefix
("2024-03-14T10:02:11.1234567Z", as its raw logs show it); meson's rows and block, sccache's and cargo's lines, testflo's
row, CircleCI 1.0's line, the Buildkite agent's lines and npm's headers as test_misses26.py quotes them (read or recalled
as noted there); npm 7+'s "npm ERR! Lifecycle script `x` failed with error:" and "in workspace:" lines (npm/cli
lib/commands/run-script.js, recalled), pnpm's " ELIFECYCLE  Command failed with exit code 2." (recalled), cargo's JSON
message ("reason":"compiler-message" with a "rendered" text, documented in the Cargo book's External tools chapter).
Tests, dates, hosts and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * compared dates a day apart where the log's own run timestamps (GitHub's, GitLab's, Jenkins') show days more than a
    day off both values (a fixed date, not the clock's today) -> real; on the values' days (or across that midnight)
    -> still transient;
  * a snapshot's or a generated file's date a day apart (the stored copy is stale every day) -> real;
  * .NET's datetimes a day apart at another time of day than midnight -> real, as ISO's are; at midnight -> transient;
  * the midnight flake in Go's, Java's (ZonedDateTime, AssertJ's LocalDate) forms -> transient;
  * errors of the code beside a day-apart pair (no compared values of their own) -> real;
  * a day-apart pair that failed on every retry of a retry tool the engine reads -> not surely transient;
  * meson: the outage row's repeat under "Summary of Failures:" reads as that row -> transient; another row's outage
    does not excuse a row whose block has the code's own error -> not surely transient;
  * sccache's backend error beside rustc's errors in any form (JSON messages, -q) -> real; without one -> transient;
    rustc killed by signal 9 -> oom-killed's transient, as at base;
  * a harness's time limit after the test's own assertion -> not surely transient (unknown, as at base);
  * CircleCI 1.0's no-output limit after a prompt or a started test -> not surely transient, as 2.x's;
  * the agent stopping after the job's own failed tests -> real;
  * an npm chain's first link that npm (7+'s "Lifecycle script") or pnpm names failing -> that link's failure (real);
    a first link that printed an error and went on -> the later link's failure (here a DNS outage, transient).
Left (strict xfails, "LEFT:" in KNOWN_MISREAD): a helper's time limit on the program under test at its own prompt. (A
cache key holding today's date and a day-apart pair under rspec-retry, left at first, read right since polish27.)
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_CARGO_EXIT = "##[error]Process completed with exit code 101.\n"


def _stamped(day: str, body: str, clock: str = "10:02") -> str:
    # GitHub Actions' raw log: every line under the runner's own timestamp
    return "".join(f"{day}T{clock}:{i % 60:02d}.{1000000 + i:07d}Z {line}\n" for i, line in enumerate(body.splitlines()))


def _rspec(want: str, got: str, source: str, title: str, more: str = "", count: str = "1 failure") -> str:
    return ("+ bundle exec rspec\nRandomized with seed 1234\n..F.....\n\nFailures:\n\n"
            f"  1) {title}\n     Failure/Error: {source}\n\n"
            f"       expected: {want}\n            got: {got}\n\n"
            "     # ./spec/models/report_spec.rb:8:in `block (3 levels) in <top (required)>'\n\n"
            + more + f"Finished in 0.4 seconds (files took 1.1 seconds to load)\n12 examples, {count}\n\n"
            "Failed examples:\n\nrspec ./spec/models/report_spec.rb:7 # " + title + "\n" + _GHA)


def _go(line: str, name: str = "TestReportPeriod") -> str:
    return (f"$ go test ./...\n--- FAIL: {name} (0.00s)\n    report_test.go:22: {line}\n"
            "FAIL\nFAIL\tgithub.com/acme/ledger/report\t0.012s\nFAIL\n")


def _xunit(want: str, got: str, name: str = "Billing.Tests.InvoiceTests.DueDate_IsSet") -> str:
    return ("  Determining projects to restore...\n  Billing.Tests -> /src/Billing.Tests/bin/Debug/net8.0/Billing.Tests.dll\n"
            f"[xUnit.net 00:00:00.41]     {name} [FAIL]\n"
            f"  Failed {name} [4 ms]\n  Error Message:\n   Assert.Equal() Failure: Values differ\n"
            f"Expected: {want}\nActual:   {got}\n  Stack Trace:\n"
            f"     at Billing.Tests.InvoiceTests.DueDate_IsSet() in /src/Billing.Tests/InvoiceTests.cs:line 31\n\n"
            "Failed!  - Failed:     1, Passed:    57, Skipped:     0, Total:    58, Duration: 412 ms - Billing.Tests.dll (net8.0)\n"
            + _GHA)


def _junit(want: str, got: str, name: str = "dueDateIsToday()") -> str:
    return ("> Task :test\n\nInvoiceTest > " + name + " FAILED\n"
            f"    org.opentest4j.AssertionFailedError: expected: <{want}> but was: <{got}>\n"
            "        at app//com.acme.shop.InvoiceTest." + name.rstrip("()") + "(InvoiceTest.java:27)\n\n"
            "42 tests completed, 1 failed\n\n> Task :test FAILED\n\nFAILURE: Build failed with an exception.\n" + _GHA)


def _meson(rows: str, fail: int) -> str:
    return ("+ meson test -C build --print-errorlogs\nninja: no work to do.\n" + rows +
            f"\nOk:                 {140 - fail}\nExpected Fail:      0\nFail:               {fail}\n"
            "Unexpected Pass:    0\nSkipped:            0\nTimeout:            0\n\n"
            "Full log written to /builds/acme/netkit/build/meson-logs/testlog.txt\n" + _GL)


def _row(n: int, name: str, block: str) -> str:
    return (f" {n}/140 netkit:unit / {name:<20}FAIL            0.01s   exit status 1\n"
            f">>> MALLOC_PERTURB_=91 /builds/acme/netkit/build/tests/{name}\n"
            "――――――――――――――――――――――――――――――― ✀  ―――――――――――――――――――――――――――――――\n"
            f"{block}――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――\n")


_SCCACHE = ("sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read => send "
            "http request, source: error sending request: tcp connect error: Connection refused (os error 111)\n")


def _cargo(before: str, summary: str, caused: str = "(exit status: 1)", command: str = "cargo test --workspace --locked") -> str:
    return (f"Run {command}\n" + before + f"{summary}\n\nCaused by:\n  process didn't exit successfully: "
            "`/home/runner/.cargo/bin/sccache rustc --crate-name ledger --edition=2021 src/lib.rs` "
            f"{caused}\nwarning: build failed, waiting for other jobs to finish...\n" + _CARGO_EXIT)


_JSON_E0599 = ('{"reason":"compiler-message","package_id":"path+file:///home/runner/work/ledger#0.4.0","target":{"kind":'
               '["lib"],"name":"ledger","src_path":"/home/runner/work/ledger/src/lib.rs"},"message":{"rendered":"error[E0599]: '
               'no method named `balance` found for struct `Account` in the current scope\\n  --> src/lib.rs:41:14\\n",'
               '"code":{"code":"E0599","explanation":null},"level":"error","message":"no method named `balance` found for '
               'struct `Account` in the current scope","spans":[]}}\n')


def _testflo(above: str, command: str) -> str:
    return ("+ testflo -n 2 --timeout=900 solvers\n......\n" + above +
            "(isolated) /home/runner/work/solvers/solvers/tests/test_parallel.py:TestFanOut.test_gather  ... FAIL "
            "(00:15:00.03, 0 MB)\nTraceback (most recent call last):\n"
            "  File \"/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/site-packages/testflo/test.py\", line 155, in "
            "_run_subproc\n    p = subprocess.run(cmd, stdout=stdout, stderr=stderr, env=env,\n"
            "  File \"/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/subprocess.py\", line 1253, in _check_timeout\n"
            "    raise TimeoutExpired(\n"
            f"subprocess.TimeoutExpired: Command '{command}' timed out after 900.0 seconds\n\n"
            "The following tests failed:\ntest_parallel.py:TestFanOut.test_gather\n\n\n"
            "Passed:  212\nFailed:  1\nSkipped: 4\n\n\nRan 217 tests using 2 processes\n" + _GHA)


_ISOLATED = ("['/opt/hostedtoolcache/Python/3.11.9/x64/bin/python', '/opt/hostedtoolcache/Python/3.11.9/x64/lib/"
             "python3.11/site-packages/testflo/isolatedrun.py', '/home/runner/work/solvers/solvers/tests/"
             "test_parallel.py:TestFanOut.test_gather']")


def _agent(lines: str, minute: int = 14) -> str:
    return "".join(f"2026-03-02 10:{minute + i:02d}:0{i % 10} {line}\n" for i, line in enumerate(lines.splitlines()))


_STOP = ("INFO   build-agent-5c2d Received CTRL-C, send again to forcefully kill the agent(s)\n"
         "INFO   build-agent-5c2d-1 Gracefully stopping agent. Waiting for current job to finish before disconnecting...\n")
_JOB = "0195aa10-7c21-4e0b-8f3d-2d6e5b9a4c70"
_REVOKED = (f"ERROR  build-agent-5c2d-1 Invalid access token, cancelling job {_JOB}\n"
            f"INFO   build-agent-5c2d-1 Canceling job {_JOB} with a signal grace period of 9s (access token is invalid)\n"
            f"INFO   build-agent-5c2d-1 Finished job {_JOB} for build at https://buildkite.com/acme/shop/builds/4410\n")

CASES: list[tuple[str, str, str]] = [
    # --- dates26
    # a reporting period's end off by one, its test named for neither arithmetic nor formatting; the log's own
    # timestamps are in 2025, the values in 2024: fixed dates, the code's answer every run
    ("rspec-period-end-off-by-one-stamped-other-day", "real",
     _stamped("2025-06-12", _rspec("Sun, 31 Mar 2024", "Mon, 01 Apr 2024", source="expect(report.period_end).to eq(quarter_end)",
                                   title="QuarterlyReport#period_end is the quarter's last day"))),
    # a billing renewal compared on the job's day: the renewal date the change computed wrongly, not today
    ("go-renewal-date-stamped-other-day", "real",
     _stamped("2026-01-07", _go("got 2025-03-01, want 2025-02-28", name="TestSubscriptionRenewal"))),
    # ... the same midnight flake on the day the job ran (the log's dates are the values'): still the flake
    ("go-today-stamped-same-day", "transient",
     _stamped("2025-03-01", _go("got 2025-03-01, want 2025-02-28", name="TestInvoiceIssuedOn"), clock="00:00")),
    # Go's time.Time at midnight, a day apart, no timestamps: the clock's two todays
    ("go-time-time-midnight-a-day-apart", "transient",
     _go("got 2024-03-02 00:00:00 +0000 UTC, want 2024-03-01 00:00:00 +0000 UTC", name="TestStartOfToday")),
    # Java's ZonedDateTime at the start of two days, one zone
    ("junit5-zoneddatetime-start-of-day", "transient", _junit("2024-03-01T00:00Z[UTC]", "2024-03-02T00:00Z[UTC]")),
    # .NET's DateTime.Today a day apart (en-US ToString, midnight as 12:00:00 AM)
    ("xunit-datetime-today-midnight", "transient", _xunit("1/19/2015 12:00:00 AM", "1/20/2015 12:00:00 AM")),
    # .NET's DateTimes a day apart at 10:30: a day added or not, the code's arithmetic (as ISO's at another hour)
    ("xunit-datetime-a-day-apart-not-midnight", "real", _xunit("1/19/2015 10:30:00 AM", "1/20/2015 10:30:00 AM")),
    # a Jest snapshot holding a rendered date: the stored snapshot is yesterday's on every run from now on
    ("jest-snapshot-rendered-date", "real",
     "$ jest --ci\nFAIL src/components/InvoiceHeader.test.tsx\n  ● InvoiceHeader › renders\n\n"
     "    expect(received).toMatchSnapshot()\n\n    Snapshot name: `InvoiceHeader renders 1`\n\n"
     "    - Snapshot  - 1\n    + Received  + 1\n\n      <span className=\"date\">\n    -   2024-03-01\n    +   2024-03-02\n"
     "      </span>\n\n      at Object.<anonymous> (src/components/InvoiceHeader.test.tsx:9:29)\n\n"
     " › 1 snapshot failed.\nSnapshot Summary\n › 1 snapshot failed from 1 test suite.\n"
     "Tests:       1 failed, 33 passed, 34 total\n" + _GHA),
    # Vitest's snapshot with its "- Expected" / "+ Received" legend: the same
    ("vitest-snapshot-rendered-date", "real",
     " FAIL  src/components/InvoiceHeader.test.tsx > InvoiceHeader > renders\n"
     "Error: Snapshot `InvoiceHeader > renders 1` mismatched\n\n- Expected\n+ Received\n\n"
     "  <span class=\"date\">\n-   2024-03-01\n+   2024-03-02\n  </span>\n\n"
     " ❯ src/components/InvoiceHeader.test.tsx:9:22\n\n Test Files  1 failed (1)\n      Tests  1 failed | 20 passed (21)\n"
     + _GHA),
    # a check that regenerated docs and printed the stale lines itself (no file header): the committed stamp
    ("generated-docs-stale-stamp", "real",
     "+ python scripts/gen_cli_docs.py --check\ndocs/cli.md is out of date; run scripts/gen_cli_docs.py\n"
     "-    Generated on 2024-03-01\n+    Generated on 2024-03-02\n" + _GHA),
    # a cache key holding the day, the test and the code each took today in two zones: the flake's shape
    ("rspec-cache-key-with-today", "transient",
     _rspec('"daily-report:2024-03-01"', '"daily-report:2024-03-02"', source="expect(report.cache_key).to eq(\"daily-report:#{Date.today}\")",
            title="DailyReport#cache_key names the day")),
    # two errors of the code beside the day-apart pair (no compared values of their own)
    ("pytest-day-apart-beside-two-errors", "real",
     "+ python -m pytest -q\n" + "_" * 27 + " test_created_today " + "_" * 27 + "\n\n"
     ">       assert order.created.date() == date.today()\n"
     "E       AssertionError: assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)\n\n"
     "tests/test_orders.py:14: AssertionError\n" + "_" * 27 + " test_refund " + "_" * 27 + "\n\n"
     ">       refund = order.refund()\nE       AttributeError: 'Order' object has no attribute 'refund'\n\n"
     "tests/test_orders.py:22: AttributeError\n" + "_" * 27 + " test_cancel " + "_" * 27 + "\n\n"
     ">       order.cancel(reason=None)\nE       TypeError: Order.cancel() got an unexpected keyword argument 'reason'\n\n"
     "tests/test_orders.py:30: TypeError\n=========================== short test summary info ============================\n"
     "FAILED tests/test_orders.py::test_created_today - AssertionError: assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)\n"
     "FAILED tests/test_orders.py::test_refund - AttributeError: 'Order' object has no attribute 'refund'\n"
     "FAILED tests/test_orders.py::test_cancel - TypeError: Order.cancel() got an unexpected keyword argument 'reason'\n"
     "3 failed, 40 passed in 1.20s\n" + _GHA),
    # a Jenkins log (timestamper's ISO form) run on the values' day: the flake
    ("jenkins-stamped-same-day-flake", "transient",
     "".join(f"[2024-03-01T23:59:{i:02d}.000Z] {ln}\n" for i, ln in enumerate(
         _junit("2024-03-01", "2024-03-02").splitlines()))),
    # a GitLab log (the runner's ISO time and stream) run weeks after the values: a fixture's dates
    ("gitlab-stamped-weeks-after-values", "real",
     "".join(f"2024-04-17T08:12:{i:02d}.123456Z 01O {ln}\n" for i, ln in enumerate(
         _junit("2024-03-01", "2024-03-02", name="statementClosingDay()").splitlines()))),
    # a job across midnight, its stamps on both days, the values those two days: the flake
    ("gha-stamped-across-midnight-flake", "transient",
     _stamped("2025-02-28", "+ bundle exec rspec\nRandomized with seed 1234\n", clock="23:59")
     + _stamped("2025-03-01", _rspec("Fri, 28 Feb 2025", "Sat, 01 Mar 2025", source="expect(order.placed_on).to eq(Date.today)",
                                     title="Order#placed_on is the day it was placed"), clock="00:00")),
    # AssertJ's multi-line form on LocalDate.now() read twice
    ("assertj-localdate-multiline", "transient",
     "[INFO] Running com.acme.shop.OrderTest\n[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.2 s "
     "<<< FAILURE! - in com.acme.shop.OrderTest\n[ERROR] com.acme.shop.OrderTest.placedOnIsToday  Time elapsed: 0.01 s  "
     "<<< FAILURE!\norg.opentest4j.AssertionFailedError: \n\nexpected: 2024-03-01\n but was: 2024-03-02\n"
     "\tat com.acme.shop.OrderTest.placedOnIsToday(OrderTest.java:19)\n[INFO] BUILD FAILURE\n" + _GHA),
    # --- misses26
    # meson: one block with a port in use for an optional listener and the code's own assertion after it
    ("meson-block-eaddrinuse-warning-then-assertion", "real",
     _meson(_row(88, "server_listen", "stderr:\nwarning: metrics listener: bind: Address already in use (continuing)\n"
                 "server_listen: ../tests/server_listen.c:41: main: Assertion `accepted == 3' failed.\n"), 1)),
    # meson: the test's own server crashed, then its client was refused on loopback
    ("meson-block-own-server-segfault-then-refused", "real",
     _meson(_row(88, "server_listen", "stdout:\nstarting server on 127.0.0.1:7443\nserver exited: Segmentation fault (core dumped)\n"
                 "stderr:\nclient: connect to 127.0.0.1:7443: Connection refused\n"), 1)),
    # meson: the row's own outage (as misses26) with the runner's "Summary of Failures" rows repeating it below
    ("meson-outage-row-with-summary-of-failures", "transient",
     _meson(_row(88, "server_listen", "stderr:\nserver_listen: bind failed: Address already in use (EADDRINUSE)\n")
            + "\nSummary of Failures:\n\n 88/140 netkit:unit / server_listen       FAIL            0.01s   exit status 1\n", 1)),
    # sccache's backend error and rustc's diagnostic printed as cargo's JSON message
    ("sccache-backend-and-json-rustc-error", "real",
     _cargo(_SCCACHE + _JSON_E0599, "error: could not compile `ledger` (lib) due to 1 previous error",
            command="cargo build --message-format=json")),
    # cargo -q: rustc's errors, no Compiling lines
    ("cargo-quiet-rustc-error", "real",
     _cargo("error[E0599]: no method named `balance` found for struct `Account` in the current scope\n  --> src/lib.rs:41:14\n",
            "error: could not compile `ledger` (lib) due to 1 previous error", command="cargo build -q")),
    # sccache's backend error with cargo -q and no rustc diagnostic: the cache (misses26's reading)
    ("sccache-backend-quiet-no-diagnostic", "transient",
     _cargo(_SCCACHE + "Run with SCCACHE_LOG=debug SCCACHE_NO_DAEMON=1 to get more information\n",
            "error: could not compile `ledger` (lib)", command="cargo build -q")),
    # cargo's bare could-not-compile after rustc was killed by signal 9: oom-killed's reading, as at base
    ("cargo-rustc-sigkill-no-diagnostic", "transient",
     _cargo("", "error: could not compile `ledger` (lib)", caused="(signal: 9, SIGKILL: kill)")),
    # the agent stopping after the job's Go tests failed
    ("buildkite-stop-after-go-test-failed", "real",
     _agent("--- FAIL: TestBasketTotal (0.00s)\n    basket_test.go:19: got 41, want 42\nFAIL\nFAIL\tgithub.com/acme/shop\t0.02s\n"
            + _STOP + _REVOKED)),
    # ... after Jest's failed tests
    ("buildkite-stop-after-jest-failed", "real",
     _agent("FAIL src/basket.test.ts\n  ● Basket › totals the lines\n\n    expect(received).toBe(expected)\n\n"
            "    Expected: 42\n    Received: 41\n\nTests:       1 failed, 20 passed, 21 total\n" + _STOP + _REVOKED)),
    # npm 7+ in a workspace: tsc failed in the first link, npm's "Lifecycle script" names it
    ("npm-lifecycle-script-names-first-link", "real",
     "$ npm test -w notes\n\n> notes@0.3.0 test\n> npm run compile && node ./out/test/runTest.js\n\n\n"
     "> notes@0.3.0 compile\n> tsc -p ./\n\n"
     "src/extension.ts(12,5): error TS2345: Argument of type 'string' is not assignable to parameter of type 'Uri'.\n"
     "npm ERR! Lifecycle script `compile` failed with error:\nnpm ERR! Error: command failed\n"
     "npm ERR!   in workspace: notes@0.3.0\nnpm ERR!   at location: /home/runner/work/notes/notes\n" + _GHA),
    # pnpm: the first link's ELIFECYCLE
    ("pnpm-elifecycle-first-link", "real",
     "$ pnpm test\n\n> notes@0.3.0 test /home/runner/work/notes\n> pnpm run lint && vitest run\n\n\n"
     "> notes@0.3.0 lint /home/runner/work/notes\n> eslint src\n\n/home/runner/work/notes/src/index.ts\n"
     "  12:7  error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars\n\n"
     "✖ 1 problem (1 error, 0 warnings)\n\n ELIFECYCLE  Command failed with exit code 1.\n ELIFECYCLE  Test failed. "
     "See above for more details.\n" + _GHA),
    # npm: the first link printed an error line of its own and went on (exit 0); the later link's download failed
    ("npm-first-link-printed-error-later-link-network", "transient",
     "$ npm test\n\n> shop@1.0.0 test\n> npm run env-check && node scripts/fetch-fixtures.js && mocha\n\n\n"
     "> shop@1.0.0 env-check\n> node scripts/env-check.js\n\nerror: SENTRY_DSN is not set; error reporting disabled\n"
     "Fetching fixtures from https://fixtures.acme-cdn.net/v3/orders.json\n"
     "Error: getaddrinfo EAI_AGAIN fixtures.acme-cdn.net\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n"
     "npm ERR! code 1\nnpm ERR! path /home/runner/work/shop/shop\nnpm ERR! command failed\n"
     "npm ERR! command sh -c npm run env-check && node scripts/fetch-fixtures.js && mocha\n" + _GHA),
    # yarn 1 as the parent runner of an npm chain: tsc passed, the tests failed on a value
    ("yarn-parent-npm-chain-tsc-passed-test-failed", "real",
     "$ yarn test\nyarn run v1.22.19\n$ npm run compile && mocha out/test\n\n> notes@0.3.0 compile\n> tsc -p ./\n\n"
     "\n  Notes\n    1) saves a note\n\n  0 passing (12ms)\n  1 failing\n\n  1) Notes\n       saves a note:\n"
     "     AssertionError: expected 0 to equal 1\n      at Context.<anonymous> (out/test/notes.test.js:14:21)\n\n"
     "error Command failed with exit code 1.\n" + _GHA),
    # a harness's time limit hit by a test that sat at the program's own prompt (a helper in conftest.py timing out the
    # CLI under test): the CLI waits the same on every run
    ("conftest-helper-times-out-cli-at-prompt", "real",
     "$ pytest tests\n=================================== FAILURES ===================================\n"
     "_______________________________ test_init_creates_config ________________________________\n\n"
     "    def test_init_creates_config(tmp_path):\n>       out = run_cli([\"init\"], cwd=tmp_path)\n\n"
     "tests/test_init.py:8: \n"
     "  File \"/home/runner/work/mytool/tests/conftest.py\", line 21, in run_cli\n"
     "    return subprocess.run([\"mytool\", *args], capture_output=True, timeout=30, check=True)\n"
     "E   subprocess.TimeoutExpired: Command '['mytool', 'init']' timed out after 30 seconds\n"
     "----------------------------- Captured stdout call -----------------------------\n"
     "Project name: \n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_init.py::test_init_creates_config - subprocess.TimeoutExpired: Command '['mytool', 'init']' "
     "timed out after 30 seconds\n============================== 1 failed in 31.02s ==============================\n"
     + _GHA),
    # a day-apart pair under rspec-retry that failed on every try: the boundary held for the whole job
    ("rspec-retry-day-apart-every-try", "real",
     "+ bundle exec rspec\n\nRSpec::Retry: 2nd try ./spec/models/reminder_spec.rb:7\n\nRSpec::Retry: 3rd try "
     "./spec/models/reminder_spec.rb:7\n\nFailures:\n\n  1) Reminder#due_on is today\n"
     "     Failure/Error: expect(reminder.due_on).to eq(Date.today)\n\n"
     "       expected: Mon, 19 Jan 2015\n            got: Tue, 20 Jan 2015\n\n"
     "12 examples, 1 failure\n\nFailed examples:\n\nrspec ./spec/models/reminder_spec.rb:7 # Reminder#due_on is today\n"
     + _GHA),
]

# Real by their mechanism, read unknown (as at base): not a confident rerun.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # meson: the outage in one row's block, the code's C assertion in another row's (glibc's assert line is read by no
    # entry, so the assertion's row is a bare failed row)
    ("meson-outage-row-and-assertion-row",
     _meson(_row(88, "codec_roundtrip", "stderr:\ncodec_roundtrip: ../tests/codec.c:88: main: Assertion `out_len == in_len' failed.\n")
            + " 89/140 netkit:unit / server_accept       OK              0.02s\n"
            + _row(90, "server_listen", "stderr:\nserver_listen: bind failed: Address already in use (EADDRINUSE)\n"), 2)),
    # a harness's time limit on a test whose own assertion failed first (it hung in teardown after)
    ("testflo-assertion-then-timeout",
     _testflo("test_parallel.py:TestFanOut.test_gather stderr:\nAssertionError: gathered 3 results, expected 4\n", _ISOLATED)),
    # a day-apart pair that pytest-rerunfailures reran and that failed again (failed-every-retry)
    ("pytest-rerun-day-apart-every-try",
     "+ python -m pytest -q --reruns 2\n" + "_" * 27 + " test_created_today " + "_" * 27 + "\n\n"
     ">       assert order.created.date() == date.today()\n"
     "E       AssertionError: assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)\n\n"
     "tests/test_orders.py:14: AssertionError\n=========================== short test summary info ============================\n"
     "FAILED tests/test_orders.py::test_created_today - AssertionError: assert datetime.date(2022, 2, 1) == "
     "datetime.date(2022, 2, 2)\n1 failed, 40 passed, 2 rerun in 1.90s\n" + _GHA),
    # CircleCI 1.0's limit after git's prompt for a username (a private repository the job may not read)
    ("circleci1-no-output-after-git-prompt",
     "git clone https://github.com/acme/private-fixtures.git\nCloning into 'private-fixtures'...\n"
     "Username for 'https://github.com': \n"
     "command git clone https://github.com/acme/private-fixtures.git took more than 10 minutes since last output\n"),
    # CircleCI 1.0's limit after a pytest test started and printed nothing (as 2.x's circleci-no-output-after-test-started)
    ("circleci1-no-output-after-pytest-test-started",
     "python -m pytest -v tests\n============================= test session starts ==============================\n"
     "tests/test_sync.py::test_push PASSED\ntests/test_sync.py::test_pull_waits_for_lock\n\n"
     "command python -m pytest -v tests took more than 10 minutes since last output\n"),
    # ... after go test's "=== RUN" of a test that then printed nothing
    ("circleci1-no-output-after-go-run",
     "go test -v ./...\n=== RUN   TestSyncPull\n\ncommand go test -v ./... took more than 10 minutes since last output\n"),
]

# LEFT: read wrong and left (strict expected failures). (polish27 read the cache key's date after ':' and rspec-retry's
# tries; test_xfails27.py tries both on other shapes.)
KNOWN_MISREAD: dict[str, str] = {
    "conftest-helper-times-out-cli-at-prompt": (
        "LEFT: a program waiting at its own prompt ('Project name: ') prints what one hanging on the network prints "
        "('Connecting to db: '), so the captured line cannot tell test-timeout's time-out from a wait for input"),
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review26_b_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review26_b_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def _case(case_id: str) -> str:
    return dict((c[0], c[2]) for c in CASES)[case_id]


def test_review26_b_npm_lifecycle_script_keeps_the_checker() -> None:
    # npm 7+ names the nested script failing in its workspace form: tsc stays the failing command (as at base)
    assert "structure-type-checker" in signatures(judge(_case("npm-lifecycle-script-names-first-link")))


def test_review26_b_fixed_dates_not_the_flake_entry() -> None:
    # a snapshot's, an out-of-date file's and an off-the-run-day pair are not read as the flake at all
    for case_id in ("vitest-snapshot-rendered-date", "generated-docs-stale-stamp", "gitlab-stamped-weeks-after-values",
                    "go-renewal-date-stamped-other-day", "xunit-datetime-a-day-apart-not-midnight"):
        assert "dates-a-calendar-day-apart" not in signatures(judge(_case(case_id))), case_id


def test_review26_b_meson_summary_row_reads_as_the_runner_row() -> None:
    # meson's Summary of Failures repeats the demoted row: it reads as the runner's row too
    v = judge(_case("meson-outage-row-with-summary-of-failures"))
    assert "meson-test-row-failed" not in signatures(v) and "port-in-use" in signatures(v)


def test_review26_b_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
    assert set(KNOWN_MISREAD) <= {c[0] for c in CASES}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "tests/a.py::test_b ", "command python -m pytest took more than 10 minutes since last output ", "=== RUN   TestA ",
    "AssertionError: a ", "E   subprocess.TimeoutExpired: Command 'a' timed out after 1 seconds ",
    "Expected: 1/19/2015 10:30:00 AM ", "Snapshot out of date, regenerate ", "2024-03-01T10:00:00.1234567Z ",
    "npm ERR! Lifecycle script `compile` failed with error: ",
]
