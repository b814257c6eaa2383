"""A C unit-test framework's failed check (polish27, item 2): the test's own assertion, not a compiler's line.

acutest prints a failed check as "<file>:<line>: <what was checked>... failed", which file-diagnostic read as a compiler's
or linter's line (category compile); cmocka's "<file>:<line>: error: Failure!" read as compile-c-cpp's C compiler error.
CUnit's numbered failure record and Check's ":F:" line were read by nothing (the runner's summary alone, if any). Now
the entry c-test-check-failed reads all four, category test-assertion, as GoogleTest's "file.cpp:88: Failure" is read;
the verdict stays real. Covered: each form (acutest plain, with "Check ", under a "Case" line, in its TAP mode; CUnit's
basic and verbose reports; Check's lines with and without the iteration and test name fields; cmocka's standard and TAP
outputs and its MSVC location); lines of the same tools that are no failed check (acutest's "... ok", Check's ":P:",
cmocka's "[  ERROR   ]" message alone) and a compiler's own errors, still read as before.

Where the forms come from: acutest's include/acutest.h (acutest_check_), CUnit's Basic.c (the failure records of
basic_test_complete_message_handler), Check's manual (its "Running suite(s)" examples), cmocka's src/cmocka.c (_fail),
read for this round. Every line below is made up: test names, files, values.
"""

from __future__ import annotations

import pytest

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

_ENGINE = RulesEngine()
_ID = "c-test-check-failed"


def _verdict(log: str):
    return _ENGINE.classify(FailureCase.from_dict({"id": "c-checks27", "log": log}))


def _ids(verdict) -> dict[str, str]:
    return {f.signature: f.category for f in verdict.findings}


ACUTEST = """\
Test ring_starts_empty...                       [ OK ]
Test ring_wraps...                              [ FAILED ]
  test_ring.c:112: Check ring_used(r) == 4... failed
    Expected: 4
    Produced: 3
FAILED: 1 of 2 unit tests has failed.
make: *** [Makefile:31: check] Error 1
"""

FORMS = {
    "acutest": ACUTEST,
    "acutest-bare-condition": """\
Test header_length...                           [ FAILED ]
  test_header.c:58: hdr.len == 12... failed
FAILED: 1 of 7 unit tests has failed.
""",
    "acutest-case": """\
Test tokenizer...                               [ FAILED ]
  Case empty input:
    test_tokenizer.cpp:31: tokens.size() == 0... failed
FAILED: 1 of 4 unit tests has failed.
""",
    "acutest-tap": """\
1..3
ok 1 - queue_push
# test_queue.c:77: queue_peek(q) == 9... failed
not ok 2 - queue_pop
ok 3 - queue_clear
""",
    "cunit-verbose": """\
     CUnit - A unit testing framework for C - Version 2.1-3

Suite: bitset
  Test: set_and_test ...passed
  Test: clear_range ...FAILED
    1. tests/test_bitset.c:140  - CU_ASSERT_EQUAL(bitset_count(b),0)
    2. tests/test_bitset.c:141  - bitset_test(b, 7) == 0

Run Summary:    Type  Total    Ran Passed Failed Inactive
              suites      1      1    n/a      0        0
               tests      2      2      1      1        0
             asserts      9      9      7      2      n/a
""",
    "cunit-normal": """\

Suite bitset, Test clear_range had failures:
    1. tests/test_bitset.c:140  - bitset_count(b) == 0
""",
    "check": """\
Running suite(s): Matrix
75%: Checks: 4, Failures: 1, Errors: 0
check_matrix.c:203:F:ops:test_transpose:0: Assertion 'm_get(t, 0, 1) == 5' failed: m_get(t, 0, 1) == 2, 5 == 5
FAIL check_matrix (exit status: 1)
""",
    "check-older": """\
Running suite(s): Matrix
50%: Checks: 2, Failures: 1, Errors: 0
check_matrix.c:203:F:Matrix ops:test_transpose: Transpose left the matrix unchanged
""",
    "cmocka": """\
[==========] Running 2 test(s).
[ RUN      ] test_lookup_found
[       OK ] test_lookup_found
[ RUN      ] test_lookup_missing
[  ERROR   ] --- 0xffffffffffffffff != 0
[   LINE   ] --- ../tests/test_lookup.c:45: error: Failure!
[  FAILED  ] test_lookup_missing
[==========] 2 test(s) run.
[  PASSED  ] 1 test(s).
[  FAILED  ] 1 test(s), listed below:
[  FAILED  ] test_lookup_missing

 1 FAILED TEST(S)
""",
    "cmocka-tap": """\
1..2
ok 1 - test_lookup_found
not ok 2 - test_lookup_missing
    # 0xffffffffffffffff != 0
    # tests/test_lookup.c:45: error: Failure!
""",
    "cmocka-msvc": """\
[ RUN      ] test_lookup_missing
[  ERROR   ] --- 0xffffffffffffffff != 0
[   LINE   ] --- C:\\build\\tests\\test_lookup.c(45): error: Failure!
[  FAILED  ] test_lookup_missing
""",
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_c_frameworks_failed_check_is_the_tests_assertion(name):
    verdict = _verdict(FORMS[name])
    ids = _ids(verdict)
    assert verdict.verdict == "real"
    assert verdict.category == "test-assertion"
    assert ids.get(_ID) == "test-assertion"
    # no compiler's reading of the check's line
    assert "file-diagnostic" not in ids and "compile-c-cpp" not in ids


def test_acutests_check_line_alone_reads_as_the_assertion_not_a_compile_error():
    line = "  test_ring.c:112: Check ring_used(r) == 4... failed"
    finding = next(f for f in _verdict(ACUTEST).findings if f.signature == _ID)
    assert finding.line == line.strip()
    assert _verdict(line + "\n").category == "test-assertion"


@pytest.mark.parametrize("log", [
    # acutest's verbose passing check, Check's passing line, cmocka's message line alone
    "  test_ring.c:12: ring_used(r) == 0... ok\n",
    "check_matrix.c:190:P:ops:test_identity:0: Passed\n",
    "[  ERROR   ] --- 0x3 != 0x4\n",
    # a script's own progress line in another language's file
    "deploy/steps.py:40: Uploading bundle... failed\n",
])
def test_lines_that_are_no_c_frameworks_failed_check_are_not_read_so(log):
    assert _ID not in _ids(_verdict(log))


@pytest.mark.parametrize("log", [
    "src/ring.c:88:17: error: 'capacity' undeclared (first use in this function)\n",
    "src/ring.c:88: error: expected ';' before 'return'\n",
])
def test_a_compilers_own_error_still_reads_as_compile(log):
    verdict = _verdict(log)
    assert verdict.verdict == "real" and verdict.category == "compile"
    assert _ID not in _ids(verdict)
