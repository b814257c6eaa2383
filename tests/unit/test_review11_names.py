"""Eleventh round's review: failing tests whose names the round's new words (timeout, deadline,
mutex, eventually, deadlock) and report forms (dotnet test's "Failed ... [N ms]", RSpec's failed
examples, ScalaTest's suite file) read as timing-sensitive when the code broke them. Every log was
written for the test (none is copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import judge, reads_as, signatures

TIMING = "timing-sensitive-test"

# --- a test about a timeout or deadline setting that fails on a parse, format or type error ---

PROGRAMMING_ERRORS = [
    ("pytest: a timeout setting that does not parse",
     "=================================== FAILURES ===================================\n"
     "_____________________ test_timeout_config_parses_minutes _____________________\n"
     "    def test_timeout_config_parses_minutes():\n"
     ">       assert parse_timeout(\"5m\") == 300\n"
     "src/app/config.py:41: in parse_timeout\n    return int(value)\n"
     "E   ValueError: invalid literal for int() with base 10: '5m'\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_config.py::test_timeout_config_parses_minutes - ValueError: invalid literal for int() with base 10: '5m'\n"
     "1 failed, 40 passed in 0.52s\n##[error]Process completed with exit code 1.\n"),
    ("pytest: the word in the test class, a plain method",
     "E   ValueError: invalid duration '5x'\n"
     "FAILED tests/test_config.py::TestTimeoutConfig::test_parses_minutes - ValueError: invalid duration '5x'\n"
     "1 failed, 40 passed in 0.52s\n"),
    ("go test: a deadline header strconv cannot parse",
     "=== RUN   TestParseDeadlineHeader\n"
     "    header_test.go:22: ParseDeadline(\"1700000000x\"): strconv.ParseInt: parsing \"1700000000x\": invalid syntax\n"
     "--- FAIL: TestParseDeadlineHeader (0.00s)\nFAIL\nFAIL\texample.com/rpc/header\t0.004s\nFAIL\n"),
    ("dotnet test: a FormatException in a timeout setting",
     "  Failed Acme.Tests.SettingsTests.Parses_timeout_from_config [4 ms]\n  Error Message:\n"
     "   System.FormatException : The input string '30s' was not in a correct format.\n  Stack Trace:\n"
     "     at Acme.Settings.ParseTimeout(String raw) in /src/Acme/Settings.cs:line 41\n"
     "Failed!  - Failed:     1, Passed:   120, Skipped:     0, Total:   121, Duration: 2 s - Acme.Tests.dll (net8.0)\n"),
    ("Gradle: a NumberFormatException in a timeout setting",
     "com.acme.ConfigTest > parsesTimeoutInMinutes() FAILED\n"
     "    java.lang.NumberFormatException: For input string: \"5m\"\n"
     "        at java.base/java.lang.Integer.parseInt(Integer.java:661)\n"
     "        at com.acme.Config.timeout(Config.java:40)\n42 tests completed, 1 failed\n> Task :test FAILED\n"),
]


@pytest.mark.parametrize("log", [log for _, log in PROGRAMMING_ERRORS],
                         ids=[name for name, _ in PROGRAMMING_ERRORS])
def test_a_timing_named_test_failing_on_a_parse_or_type_error_is_no_flaky_test(log):
    v = judge(log)
    assert TIMING not in signatures(v) and v.verdict == "real", v.rationale


# --- a second, plainly named failing test the round's failing-test lines did not see ---

SECOND_PLAIN_TEST = [
    ("dotnet test: a theory's arguments with spaces",
     "  Failed Acme.Tests.LockTests.Deadlock_is_detected [5 s]\n  Error Message:\n   Assert.True() Failure\n"
     "  Failed Acme.Tests.PriceTests.Rounds_half_up(value: 1.5, expected: 2) [1 ms]\n  Error Message:\n"
     "   Assert.Equal() Failure\nExpected: 2\nActual:   1\n"
     "Failed!  - Failed:     2, Passed:   120, Skipped:     0, Total:   122, Duration: 6 s - Acme.Tests.dll (net8.0)\n"),
    ("dotnet test: a test under a millisecond ('[< 1 ms]')",
     "  Failed Acme.Tests.LockTests.Deadlock_is_detected [5 s]\n  Error Message:\n   Assert.True() Failure\n"
     "  Failed Acme.Tests.PriceTests.Rounds_half_up [< 1 ms]\n  Error Message:\n"
     "   Assert.Equal() Failure\nExpected: 2\nActual:   1\n"
     "Failed!  - Failed:     2, Passed:   120, Skipped:     0, Total:   122, Duration: 6 s - Acme.Tests.dll (net8.0)\n"),
    ("RSpec: the plain example listed by id",
     "Failures:\n\n  1) Lock releases before the timeout\n     Failure/Error: expect(lock).not_to be_held\n"
     "  2) Price rounds half up\n     Failure/Error: expect(price.round).to eq(2)\n\n220 examples, 2 failures\n\n"
     "Failed examples:\n\nrspec ./spec/lib/lock_spec.rb:10 # Lock releases before the timeout\n"
     "rspec './spec/models/price_spec.rb[1:3:2]' # Price rounds half up\n"),
    ("a monorepo: a Go test named for a deadline and a plain Jest test",
     "--- FAIL: TestLeaseRenewsBeforeDeadline (1.20s)\n    lease_test.go:40: lease expired\nFAIL\n"
     "FAIL\texample.com/lease\t1.3s\n  \u25cf Cart \u203a computes the total\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 108\n    Received: 100\n\n"
     "Tests:       1 failed, 40 passed, 41 total\n"),
    ("ScalaTest: a concurrency suite and a plain one",
     "[info] ConcurrencyLimitSpec:\n[info] - keeps the dropped count at zero under the limit *** FAILED ***\n"
     "[info]   7.0 was not greater than or equal to 10 (ConcurrencyLimitSpec.scala:87)\n"
     "[info] PriceFormatSpec:\n[info] - formats cents *** FAILED ***\n"
     "[info]   \"1.5\" was not equal to \"1.50\" (PriceFormatSpec.scala:12)\n"
     "[error] Failed: Total 212, Failed 2, Errors 0, Passed 210\n"),
]


@pytest.mark.parametrize("log", [log for _, log in SECOND_PLAIN_TEST],
                         ids=[name for name, _ in SECOND_PLAIN_TEST])
def test_a_second_plainly_named_failing_test_removes_the_timing_name(log):
    v = judge(log)
    assert TIMING not in signatures(v) and v.verdict == "real", v.rationale


# --- the word as a noun of the domain in a test described in words, or in a suite's name ---

DOMAIN_NOUNS = [
    ("RSpec: a deadline the code computes",
     "Failures:\n\n  1) Invoice#due_on returns a deadline in the past for overdue invoices\n"
     "     Failure/Error: expect(invoice.due_on).to be < Date.today\n       expected: < 2024-05-01\n"
     "            got:   2024-05-31\n\n220 examples, 1 failure\n\nFailed examples:\n\n"
     "rspec ./spec/models/invoice_spec.rb:41 # Invoice#due_on returns a deadline in the past for overdue invoices\n"),
    ("RSpec: the name of a mutex's key",
     "Failures:\n\n  1) LockKey builds the mutex key from the account id\n"
     "     Failure/Error: expect(key).to eq(\"lock:account:7\")\n       expected: \"lock:account:7\"\n"
     "            got: \"lock:acct:7\"\n\n220 examples, 1 failure\n\nFailed examples:\n\n"
     "rspec ./spec/lib/lock_key_spec.rb:9 # LockKey builds the mutex key from the account id\n"),
    ("RSpec: a default timeout setting",
     "Failures:\n\n  1) Settings sets the default timeout to 30 seconds\n"
     "     Failure/Error: expect(Settings.timeout).to eq(30)\n       expected: 30\n            got: 60\n\n"
     "220 examples, 1 failure\n\nFailed examples:\n\n"
     "rspec ./spec/settings_spec.rb:5 # Settings sets the default timeout to 30 seconds\n"),
    ("ScalaTest: a timeout settings suite, two plain tests",
     "[info] TimeoutSettingsSpec:\n[info] - parses durations in minutes *** FAILED ***\n"
     "[info]   \"5 minutes\" was not equal to \"5m\" (TimeoutSettingsSpec.scala:21)\n"
     "[info] - reads the default from reference.conf *** FAILED ***\n"
     "[info]   30 was not equal to 60 (TimeoutSettingsSpec.scala:30)\n"
     "[error] Failed: Total 212, Failed 2, Errors 0, Passed 210\n"),
    ("ScalaTest: date arithmetic in a deadline suite",
     "[info] DeadlineSpec:\n[info] - adds business days across a weekend *** FAILED ***\n"
     "[info]   2024-03-02 was not equal to 2024-03-04 (DeadlineSpec.scala:18)\n"
     "[error] Failed: Total 40, Failed 1, Errors 0, Passed 39\n"),
]


@pytest.mark.parametrize("log", [log for _, log in DOMAIN_NOUNS], ids=[name for name, _ in DOMAIN_NOUNS])
def test_a_timeout_deadline_or_mutex_the_code_computes_is_no_flaky_test(log):
    v = judge(log)
    assert TIMING not in signatures(v) and v.verdict == "real", v.rationale


# --- what still reads as a timing-sensitive test ---

STILL_TIMING = [
    ("RSpec: the described class is a mutex",
     "Failures:\n\n  1) SharedMutex lets one holder in at a time\n     Failure/Error: expect(holders.max).to eq(1)\n"
     "       expected: 1\n            got: 2\n\n220 examples, 1 failure\n\nFailed examples:\n\n"
     "rspec ./spec/lib/shared_mutex_spec.rb:40 # SharedMutex lets one holder in at a time\n"),
    ("RSpec: an example about finishing within a deadline",
     "Failures:\n\n  1) Poller stops polling within the deadline\n     Failure/Error: expect(polls).to be <= 3\n\n"
     "220 examples, 1 failure\n\nFailed examples:\n\n"
     "rspec ./spec/lib/poller_spec.rb:12 # Poller stops polling within the deadline\n"),
    ("ScalaTest: two failing tests of one concurrency suite",
     "[info] ConcurrencyLimitSpec:\n[info] - drops requests above the limit *** FAILED ***\n"
     "[info]   10.0 was not greater than 10 (ConcurrencyLimitSpec.scala:73)\n"
     "[info] - keeps the dropped count at zero under the limit *** FAILED ***\n"
     "[info]   7.0 was not greater than or equal to 10 (ConcurrencyLimitSpec.scala:87)\n"
     "[error] Failed: Total 212, Failed 2, Errors 0, Passed 210\n"),
    ("dotnet test: the method's name alone",
     "  Failed Lease_expires_after_deadline [2 s]\n  Error Message:\n   Expected lease to be expired\n"
     "Failed!  - Failed:     1, Passed:   120, Skipped:     0, Total:   121, Duration: 6 s - Acme.Tests.dll (net8.0)\n"),
    ("pytest: the one timing-named test, in the verbose line and the short summary",
     "tests/test_lock.py::test_deadlock_is_detected FAILED                      [ 50%]\n"
     "=================================== FAILURES ===================================\n"
     "E       assert False\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_lock.py::test_deadlock_is_detected - assert False\n1 failed, 1 passed in 3.10s\n"),
]


@pytest.mark.parametrize("log", [log for _, log in STILL_TIMING], ids=[name for name, _ in STILL_TIMING])
def test_a_test_about_time_or_concurrency_still_reads_as_timing_sensitive(log):
    reads_as(log, "transient", TIMING)


# --- a runtime's notice about its version, not a refusal ---


def test_a_notice_that_a_runtime_version_is_unsupported_is_no_refusal():
    log = ("Unsupported Node.js version v16.20.0: some features may not work\n"
           "npm ERR! code ECONNRESET\nnpm ERR! network aborted\n")
    v = judge(log)
    assert "toolchain-version" not in signatures(v) and v.verdict == "transient", v.rationale
