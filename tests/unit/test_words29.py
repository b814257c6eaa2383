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
