"""Twenty-sixth round, lead: the C runtime's own report of a failed assert().

glibc's __assert_fail prints "prog: file.c:88: func: Assertion `expr' failed." (assert/assert.c, recalled), musl
"Assertion failed: expr (file.c: func: 88)" (src/exit/assert.c, recalled), Apple's libc "Assertion failed: (expr),
function func, file file.c, line 88." and the MSVC CRT "Assertion failed: expr, file file.c, line 88" (both recalled).
No catalogue entry read these lines before this round: a C test that aborted on its own invariant read real only as an
unexplained error (0.59-0.71), and beside another test's outage the log had nothing of the code's to weigh against it.
The entry ``c-runtime-assert-failed`` reads them as the code's failure (the same kind of evidence as a test framework's
assertion). glibc's assert_perror ("Unexpected error: ...") is not read: its errno may be an outage's. The logs are
written here around the runtimes' wording.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, reads_as, signatures

ENTRY = "c-runtime-assert-failed"

CASES = [
    ("glibc-assert-under-make-check", "real",
     "+ make check\n"
     "test_parser: ../src/parser.c:212: parse_header: Assertion `len > 0' failed.\n"
     "Aborted (core dumped)\n"
     "make: *** [Makefile:40: check] Error 134\n"
     "Error: Process completed with exit code 2.\n"),
    ("glibc-assert-under-ctest", "real",
     "      Start  7: queue\n"
     " 7/12 Test  #7: queue ............................Subprocess aborted***Exception:   0.02 sec\n"
     "test_queue: /home/runner/work/q/q/tests/queue.c:88: main: Assertion `q->size == 3' failed.\n"
     "\n"
     "92% tests passed, 1 tests failed out of 12\n"
     "The following tests FAILED:\n"
     "\t  7 - queue (Subprocess aborted)\n"
     "Errors while running CTest\n"),
    ("musl-assert-on-alpine", "real",
     "+ ./run-tests.sh\n"
     "Assertion failed: q->size == 3 (tests/queue.c: main: 88)\n"
     "FAIL test_queue (exit status: 134)\n"
     "# FAIL:  1\n"),
    ("apple-libc-assert", "real",
     "Assertion failed: (count == 3), function test_queue, file queue.c, line 88.\n"
     "/bin/sh: line 1: 4242 Abort trap: 6           ./test_queue\n"
     "make: *** [check] Error 134\n"),
    ("msvc-crt-assert", "real",
     "Assertion failed: q->size == 3, file D:\\a\\proj\\proj\\tests\\queue.c, line 88\n"
     "Error: Process completed with exit code 1.\n"),
    # an outage with nothing of the code's: still read as the outage (the entry does not read assert_perror's errno)
    ("glibc-assert-perror-connection-refused", "transient",
     "+ ./tests/fetch_fixture\n"
     "fetch_fixture: tests/fetch.c:41: main: Unexpected error: Connection timed out.\n"
     "curl: (28) Failed to connect to fixtures.example.org port 443 after 130000 ms: Connection timed out\n"
     "Error: Process completed with exit code 134.\n"),
]

READ_BY = ["glibc-assert-under-make-check", "glibc-assert-under-ctest", "musl-assert-on-alpine", "apple-libc-assert",
           "msvc-crt-assert"]

# meson's failed rows: one test's port collision, another test's assertion: not surely the outage
MESON_PORT_AND_ASSERT = (
    " 12/40 proj:unit / sock  FAIL  0.01s  exit status 1\n"
    "stderr:\n"
    "bind failed: Address already in use (EADDRINUSE)\n"
    " 13/40 proj:unit / queue  FAIL  0.02s  killed by signal 6 SIGABRT\n"
    "stderr:\n"
    "queue: ../tests/queue.c:88: main: Assertion `q->size == 3' failed.\n")

LONG_LINE_WORDS = [
    "prog: file.c:88: main: Assertion `x == 1' failed.",
    "Assertion failed: x == 1 (file.c: main: 88)",
    "Assertion failed: (x == 1), function main, file file.c, line 88.",
    "Assertion failed: x == 1, file file.c, line 88",
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES), ids=[c[0] for c in CASES])
def test_c_runtime_assert_reads_right(verdict: str, log: str) -> None:
    v = judge(log)
    assert v.verdict == verdict, v.rationale


@pytest.mark.parametrize("log", [log for cid, _, log in CASES if cid in READ_BY], ids=READ_BY)
def test_c_runtime_assert_is_read_by_its_entry(log: str) -> None:
    reads_as(log, "real", ENTRY)


def test_assert_perror_is_not_read_as_an_assertion() -> None:
    log = dict((cid, log) for cid, _, log in CASES)["glibc-assert-perror-connection-refused"]
    assert ENTRY not in signatures(judge(log))


def test_another_tests_assertion_keeps_a_port_collision_from_reading_surely_transient() -> None:
    v = not_surely_transient(MESON_PORT_AND_ASSERT)
    assert ENTRY in signatures(v), v.rationale


def test_case_ids_are_unique() -> None:
    assert_unique_ids(CASES)
