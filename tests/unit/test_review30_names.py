"""A listed failed test named in the log by a Playwright or Jest title: the title joins its describe blocks and its test
with " › " ("cart › applies the coupon") where the report lists "cart applies the coupon". The name check of a case
whose summary says a test passed on retry reads the separator as a blank (the flaky test stays transient); a listed
test the log never names still drops the retry's reading."""
from __future__ import annotations

import pytest
from judging import assert_unique_ids, failed_test, judge

J = "\n".join


_t = failed_test


_PLAYWRIGHT_ONE_FLAKY = J([
 "Running 64 tests using 4 workers",
 "",
 "  1 flaky",
 "    [webkit] \u203a tests/cart.spec.ts:41:3 \u203a cart \u203a applies the coupon " + "\u2500" * 24,
 "  63 passed (1.4m)",
 "Error: Process completed with exit code 1.",
 ""])

_EXPECT = 'Error: expect(received).toHaveText(expected) Expected: "10% off" Received: ""'

# (id, expected, log, failed_tests)
CASES = [
("playwright_flaky_listed_as_joined_title", "transient", _PLAYWRIGHT_ONE_FLAKY,
 [_t("cart applies the coupon", "tests/cart.spec.ts", _EXPECT)]),
("playwright_flaky_listed_as_written", "transient", _PLAYWRIGHT_ONE_FLAKY,
 [_t("cart \u203a applies the coupon", "tests/cart.spec.ts", _EXPECT)]),
("playwright_flaky_listed_test_never_named", "not_transient", _PLAYWRIGHT_ONE_FLAKY,
 [_t("checkout applies the voucher", "tests/checkout.spec.ts", _EXPECT)]),
("playwright_flaky_listed_joined_and_other", "not_transient", _PLAYWRIGHT_ONE_FLAKY,
 [_t("cart applies the coupon", "tests/cart.spec.ts", _EXPECT),
  _t("checkout applies the voucher", "tests/checkout.spec.ts", _EXPECT)]),
]

_ALLOWED = {"transient": {"transient"}, "not_transient": {"real", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log", "failed"), [
    pytest.param(expected, log, failed, id=cid) for cid, expected, log, failed in CASES])
def test_review30_names(expected, log, failed):
    v = judge(log, failed_tests=failed)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
