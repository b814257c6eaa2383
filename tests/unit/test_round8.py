"""Eighth round: a wait that gave up and the expectation it reports are one failure.

Every log here was written for the test (none is copied from a project's CI)."""

from __future__ import annotations

from judging import judge, signatures


def test_gomega_eventually_timing_out_is_one_failure_not_an_assertion_too():
    log = (
        "• Failure [245.310 seconds]\n"
        "[sig-storage] Volume snapshots\n"
        "/go/src/example.com/store/tests/snapshot_test.go:88\n"
        "  Timed out after 240.000s.\n"
        "  Expected an error to have occurred.  Got:\n"
        "      <nil>: nil\n"
        "  /go/src/example.com/store/tests/snapshot_test.go:131\n"
    )
    v = judge(log)
    assert {"test-timeout", "test-assertion"} <= signatures(v)
    assert v.verdict == "transient", v.rationale
    # the same expectation failing without the wait giving up is the change's doing
    assert judge(log.replace("  Timed out after 240.000s.\n", "")).verdict == "real"


def test_xctest_wait_and_assertion_naming_the_same_test_are_one_failure():
    filler = "".join(f"    step {i} done\n" for i in range(12))
    log = (
        "Storage_Tests.UploadTaskTestCase\n"
        "  testThatCancelledUploadFiresEveryLifecycleEvent, Asynchronous wait failed: Exceeded"
        " timeout of 5 seconds, with unfulfilled expectations: \"didCancel should fire\".\n"
        "  /Users/ci/build/Tests/UploadTests.swift:741\n"
        + filler +
        "  testThatCancelledUploadFiresEveryLifecycleEvent, XCTAssertEqual failed: (\"finished\") is not"
        " equal to (\"cancelled\")\n"
        "  /Users/ci/build/Tests/UploadTests.swift:744\n"
    )
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    # an assertion in another test, far from the wait, is a second failure and still counts
    other = log.replace("testThatCancelledUploadFiresEveryLifecycleEvent, XCTAssertEqual",
                        "testThatResumedDownloadKeepsItsOffset, XCTAssertEqual")
    assert judge(other).verdict != "transient", judge(other).rationale
