"""(words29) Outage words that a keyword match reads as transient, and the same words where the cause lasts.

A test-retry tool's report that a test failed on every attempt (Jest's "LOGGING RETRY ERRORS" header names the test with
its titles joined by a blank, its failure title joins them with " › "); the line a Jest or Babel code frame marks as the
failing one is the test's source, whose words are what it expects; a PHPUnit test named for a time that compared two
texts. Near-miss guards beside each: the same words where the job met them, or where a time was measured, still read
transient.

Every line here was written for the test (none is copied from a project's CI or a dataset)."""

from __future__ import annotations

from judging import judge, signatures

# --- Jest's retries: the header's full name against the failure's title -----------------------------------------------


def _jest_retried(title_below: str) -> str:
    return (" FAIL  src/basket/__tests__/pay.test.ts (16.02 s)\n"
            "  LOGGING RETRY ERRORS  Basket charges the saved card\n"
            "  RETRY 1\n\n"
            '    thrown: "Exceeded timeout of 5000 ms for a test.\n\n'
            "  RETRY 2\n\n"
            '    thrown: "Exceeded timeout of 5000 ms for a test.\n\n'
            f"  ● {title_below}\n\n"
            '    thrown: "Exceeded timeout of 5000 ms for a test.\n'
            '    Add a timeout value to this test to increase the timeout, if this is a long-running test.\n\n'
            "Tests:       1 failed, 87 passed, 88 total\n")


def test_jest_retried_test_failed_again_in_a_describe_block_reads_real():
    v = judge(_jest_retried("Basket › charges the saved card"))
    assert "failed-every-retry" in signatures(v)
    assert v.verdict == "real", v.rationale


def test_jest_retried_test_nested_two_blocks_deep_reads_real():
    log = _jest_retried("Basket › charges the saved card").replace(
        "LOGGING RETRY ERRORS  Basket charges", "LOGGING RETRY ERRORS  Shop Basket charges").replace(
        "● Basket ›", "● Shop › Basket ›")
    v = judge(log)
    assert "failed-every-retry" in signatures(v) and v.verdict == "real", v.rationale


def test_near_miss_jest_retry_header_then_another_tests_failure_is_no_failed_every_retry():
    """Near-miss guard: the retried test is not the one whose failure follows (another test's title below)."""
    v = judge(_jest_retried("Basket › empties after checkout"))
    assert "failed-every-retry" not in signatures(v)


# --- a code frame's marked line is the test's source -----------------------------------------------------------------

_JEST_TO_MATCH = (
    " FAIL  src/probe/__tests__/http.test.ts\n"
    "  ● HttpProbe › reports a refused connection\n\n"
    "    expect(received).toMatch(expected)\n\n"
    "    Expected pattern: /ECONNREFUSED/\n"
    '    Received string:  "connect ETIMEDOUT 10.0.0.9:8080"\n\n'
    '      22 |     const res = await probe("http://10.0.0.9:8080");\n'
    "    > 23 |     expect(res.error).toMatch(/ECONNREFUSED/);\n"
    "         |                       ^\n"
    "      24 |   });\n")


def test_jest_code_frame_naming_a_refusal_the_test_expects_reads_real():
    v = judge(_JEST_TO_MATCH)
    assert "connection-refused" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_jest_code_frame_with_a_timeout_error_name_reads_real():
    log = _JEST_TO_MATCH.replace("toMatch(/ECONNREFUSED/)", "toThrow(SocketHangUpError) // ECONNRESET").replace(
        "expect(received).toMatch(expected)", "expect(received).toThrow(expected)")
    assert judge(log).verdict == "real"


def test_near_miss_a_quoted_reply_line_is_no_code_frame():
    """Near-miss guard: a line opening on ">" that is no frame (no number and bar) still reads as what the job met."""
    log = ("$ ./scripts/smoke.sh\n> connecting to db.internal:5432\n"
           "> psql: error: connection to server at \"db.internal\" (10.1.2.3), port 5432 failed: Connection refused\n"
           "Error: Process completed with exit code 2.\n")
    assert "connection-refused" in signatures(judge(log))


def test_near_miss_elapsed_time_near_bound_still_reads_a_code_frame():
    """Near-miss guard: the one entry that reads a frame's marked line (the measured name) still reads it."""
    log = ("  ● render › draws the chart\n\n    expect(received).toBeLessThan(expected)\n\n"
           "    Expected: < 200\n    Received:   214\n\n"
           "      12 |     const duration = await time(() => draw(chart));\n"
           "    > 13 |     expect(duration).toBeLessThan(200);\n         |                      ^\n")
    assert "elapsed-time-near-bound" in signatures(judge(log))


# --- PHPUnit: a test named for a time that compared two texts ----------------------------------------------------------


def _phpunit(wanted: str, got: str, name: str = "testTimeoutMessage") -> str:
    return ("There was 1 failure:\n\n"
            f"1) Shop\\Tests\\Http\\ClientTest::{name}\n"
            "Failed asserting that two strings are identical.\n--- Expected\n+++ Actual\n@@ @@\n"
            f"-'{wanted}'\n+'{got}'\n\n/srv/app/tests/Http/ClientTest.php:44\n\n"
            "FAILURES!\nTests: 120, Assertions: 311, Failures: 1.\n")


def test_phpunit_timeout_named_test_comparing_two_texts_reads_real():
    v = judge(_phpunit("Request timed out", "Connection timed out"))
    assert "timing-sensitive-test" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_phpunit_assert_equals_on_two_texts_reads_real():
    log = _phpunit("Gave up: deadline expired", "Gave up: timed out", name="testDeadlineMessage").replace(
        "identical", "equal")
    assert judge(log).verdict == "real"


def test_near_miss_phpunit_text_holding_a_measured_time_still_reads_timing():
    """Near-miss guard: a value holding a time the run measured ("after 3s") is what the timing test is about."""
    v = judge(_phpunit("Request timed out", "timed out after 3s"))
    assert "timing-sensitive-test" in signatures(v)


def test_near_miss_phpunit_only_the_got_text_names_the_time_out_still_reads_timing():
    """Near-miss guard: the test wanted another text and its client met the time-out ("-'ok'" over "+'... timed out'")."""
    v = judge(_phpunit("ok", "Connection timed out"))
    assert "timing-sensitive-test" in signatures(v)


def test_near_miss_phpunit_longer_diff_is_not_read_as_two_texts():
    """Near-miss guard: the guard reads one line each side; a diff that runs on (an array) is left to the rest."""
    log = _phpunit("Request timed out", "Connection timed out").replace(
        "+'Connection timed out'\n", "+'Connection timed out'\n+'retry 2'\n")
    assert "timing-sensitive-test" in signatures(judge(log))
