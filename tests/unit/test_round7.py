"""Seventh round of the judgement: excerpts written for these tests (names and values invented)."""

from __future__ import annotations

from judging import judge, signatures

TAP_DIED_ON_A_CONNECT_TIMEOUT = """\
t/remote.t ........ Connection error: Connect timeout at t/remote.t line 17.
# Looks like your test exited with 11 before it could output anything.
t/remote.t ........ Dubious, test returned 11 (wstat 2816, 0xb00)
Failed 1/1 subtests
t/load.t .......... ok
Test Summary Report
-------------------
t/remote.t      (Wstat: 2816 Tests: 0 Failed: 0)
  Non-zero exit status: 11
  Parse errors: Bad plan.  You planned 1 tests but ran 0.
Files=2, Tests=1, 10 wallclock secs ( 0.02 usr  0.00 sys +  0.33 cusr  0.06 csys =  0.41 CPU)
Result: FAIL
"""


def test_a_tap_bad_plan_is_the_harness_relaying_a_dead_script_not_a_syntax_error():
    v = judge(TAP_DIED_ON_A_CONNECT_TIMEOUT)
    assert "syntax-error" not in signatures(v)
    assert v.verdict == "transient" and v.category == "network", v.rationale


def test_a_tap_parse_error_after_a_failed_assertion_still_leans_real():
    v = judge("t/parse.t .. 1/3\n#   Failed test 'reads the header'\n#   at t/parse.t line 12.\n"
              "t/parse.t .. Dubious, test returned 1 (wstat 256, 0x100)\nFailed 1/3 subtests\n"
              "  Parse errors: No plan found in TAP output\n")
    assert "syntax-error" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_a_perl_syntax_error_behind_a_tap_parse_error_is_still_one():
    v = judge('syntax error at lib/Acme/Reader.pm line 44, near "}"\n'
              "Compilation failed in require at t/reader.t line 3.\n"
              "BEGIN failed--compilation aborted at t/reader.t line 3.\n"
              "  Parse errors: No plan found in TAP output\n")
    assert "syntax-error" in signatures(v)
    assert v.verdict == "real", v.rationale
