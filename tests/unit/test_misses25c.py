"""Twenty-fifth round, misses25c: two families the round's last blind parts (final36g-h) showed the engine not reading.

Covered: opam aborting an install because package sources could not be fetched ("[ERROR] The sources of the following
couldn't be obtained, aborting:", the entry opam-sources-not-obtained), and Firefox's geckodriver wording of a UI
test's element lookup that found nothing ("NoSuchElementException: Message: Unable to locate element: ...", read by
the twenty-fourth round's ui-lookup-one-of-several, whose first words were chromedriver's "no such element: " only).

Wording: opam's abort line, its 1.2 hint "(This may be fixed by running 'opam update')" and the per-package reasons of
2.0 (": Curl failed", ": curl error code 404", ": Checksum mismatch", ": Could not extract archive", "Download command
failed") and "Could not synchronize %s from %S:" were read in ocaml/opam src/client/opamSolution.ml,
src/repository/opamDownload.ml, opamRepository.ml and opamVCS.ml (tags 1.2.2 and 2.0.0); 1.2's "Bad checksum for %s:"
in src/core/opamRepository.ml (1.2.2). Marionette's "Unable to locate element: ${selector}" (Firefox
remote/shared/DOM.sys.mjs, read in a public copy); the Python, Java and JavaScript bindings' class prefixes and the
runners' summaries are recalled. Packages, hosts, pages and tests are made up; no project's log is copied.

The rules the cases hold:
  * opam's abort whose item carries a transfer reason (wget failing, an empty response) -> transient: the fetch broke
    off; the abort with no reason and no cause beside it -> not surely transient (unknown: one thread,
    xapi-project/xen-api-sdk#154, calls it "usually a network issue", two earlier readings left it undecided);
  * the same abort where the server answered 404, the archive's checksum did not match (2.0's reason, 1.2's "Bad
    checksum for"), the archive did not unpack, or git's remote lacks the ref -> real (persistent until the package's
    metadata changes);
  * geckodriver's lookup failure in one test of a run whose others passed -> transient (ui-lookup-one-of-several, as
    for chromedriver's wording); with three failed tests, or with no summary at all -> real (as before).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_TRAVIS = '\nThe command "opam install -y --deps-only ." exited with 31.\n'
_GHA = "##[error]Process completed with exit code 1.\n"
_OPAM2 = ("+ opam install -y --deps-only .\n"
          "The following actions will be performed:\n"
          "  - install lwt    4.1.0\n"
          "  - install ppx_zap 0.3.0\n"
          "<><> Gathering sources ><><><><><><><><><><><><><><><><><><><><><><><><><><><><>\n")
_ABORT = "[ERROR] The sources of the following couldn't be obtained, aborting:\n"
_PYTEST_LOOKUP = (
    "=================================== FAILURES ===================================\n"
    "_________________________________ test_upload _________________________________\n"
    "    def test_upload(browser):\n"
    ">       browser.find_element(By.CSS_SELECTOR, 'button.upload')\n"
    "venv/lib/python3.11/site-packages/selenium/webdriver/remote/webdriver.py:748: in find_element\n"
    "    return self.execute(Command.FIND_ELEMENT, {\"using\": by, \"value\": value})[\"value\"]\n"
    "E       selenium.common.exceptions.NoSuchElementException: Message: Unable to locate element: button.upload;"
    " For documentation on this error, please visit: https://www.selenium.dev/documentation/webdriver/troubleshooting/errors#no-such-element-exception\n"
    )

CASES: list[tuple[str, str, str]] = [
    # opam 2.0 with wget as its download tool
    ("opam-abort-wget-failed", "transient",
     _OPAM2 + _ABORT + "  - lwt.4.1.0: Download command failed\n" + _GHA),
    ("opam-abort-curl-empty", "transient",
     _OPAM2 + _ABORT + "  - lwt.4.1.0: curl empty response\n" + _GHA),
    # the server answered: the archive is not there
    ("opam-abort-404", "real",
     _OPAM2 + _ABORT + "  - ppx_zap.0.3.0: curl error code 404\n" + _GHA),
    ("opam-abort-checksum", "real",
     _OPAM2 + _ABORT + "  - ppx_zap.0.3.0: Checksum mismatch\n" + _GHA),
    ("opam-abort-extract", "real",
     _OPAM2 + _ABORT + "  - ppx_zap.0.3.0: Could not extract archive\n" + _GHA),
    ("opam12-bad-checksum", "real",
     "[ERROR] Bad checksum for /home/travis/.opam/archives/ppx_zap.0.3.0+opam.tar.gz:\n"
     "  - 6b1c39f0e2d2a7e1f1c0c1f0b1a2e3d4 [expected result]\n"
     "  - 0f4e2a9d33b1c8a27d6e5f4c3b2a1908 [actual result]\n"
     "This may be fixed by running `opam update`.\n"
     + _ABORT + "  - ppx_zap.0.3.0\n(This may be fixed by running 'opam update')\n" + _TRAVIS),
    # the reason on opam's per-package error line ("Failed to get sources of %s: %s", opamAction.ml)
    ("opam-failed-get-sources-checksum", "real",
     "[ERROR] Failed to get sources of ppx_zap.0.3.0: Checksum mismatch\n"
     + _ABORT + "  - ppx_zap.0.3.0\n" + _GHA),
    # a pinned git source whose remote lacks the ref: no reason on the item, git's words above it
    ("opam-abort-git-ref-missing", "real",
     _OPAM2
     + '[ERROR] Could not synchronize /home/runner/.opam/default/.opam-switch/sources/ppx_zap from '
       '"git+https://git.example.org/zap/ppx_zap.git#v9.9":\n'
       "fatal: couldn't find remote ref v9.9\n"
     + _ABORT + "  - ppx_zap.0.3.0\n" + _GHA),
    # geckodriver's lookup in one pytest test of several
    ("gecko-lookup-one-of-nine", "transient",
     _PYTEST_LOOKUP
     + "=========================== short test summary info ============================\n"
       "FAILED tests/ui/test_upload.py::test_upload - selenium.common.exceptions.NoSuchElementException\n"
       "========================= 1 failed, 8 passed in 61.07s =========================\n" + _GHA),
    # Java's binding under Surefire
    ("gecko-lookup-java-one-of-twelve", "transient",
     "[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 48.1 s <<< FAILURE! - in com.example.ui.CartIT\n"
     "[ERROR] checkoutButtonShows(com.example.ui.CartIT)  Time elapsed: 11.2 s  <<< ERROR!\n"
     "org.openqa.selenium.NoSuchElementException: Unable to locate element: #checkout\n"
     "For documentation on this error, please visit: https://selenium.dev/exceptions/#no_such_element\n"
     "\tat com.example.ui.CartIT.checkoutButtonShows(CartIT.java:57)\n"
     "[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n" + _GHA),
    # three tests failing: the page is broken
    ("gecko-lookup-three-failed", "real",
     _PYTEST_LOOKUP
     + "=========================== short test summary info ============================\n"
       "===================== 3 failed, 6 passed in 70.40s ======================\n" + _GHA),
    # no summary at all (as a thread quotes only the traceback): a run of one test in effect
    ("gecko-lookup-no-summary", "real", _PYTEST_LOOKUP + _GHA),
]

# Wordings printed both for a cut-off fetch and for a persistent cause
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # opam 2.0 with no reason on its item (the excerpt as short as a thread quotes it): read lightly (unknown): one thread calls it network, two earlier readings undecided
    ("opam-abort-no-reason",
     _OPAM2 + _ABORT + "          - ppx_zap.0.3.0\n" + _TRAVIS),
    # opam 1.2's form, its hint below the list (stale metadata is a persistent cause too)
    ("opam12-abort-update-hint",
     "=-=- Synchronising pinned packages =-=-\n=-=- Installing packages =-=-\n"
     + _ABORT + "  - ppx_zap.0.3.0\n(This may be fixed by running 'opam update')\n" + _TRAVIS),
    # a local path pin that is not there: no reason on the item, opamLocal's words above it
    ("opam-abort-local-dir-missing",
     "[ERROR] Directory /home/runner/work/zap/vendor/ppx_zap does not exist\n"
     + _ABORT + "  - ppx_zap.0.3.0\n" + _GHA),
    # pytest's file diagnostic under the lookup ("path:line: NoSuchElementException") is a real finding of the log's
    # own: unknown, as for chromedriver's wording (test_rules24_ui_lookups.py)
    ("gecko-lookup-pytest-file-diagnostic",
     _PYTEST_LOOKUP + "tests/ui/test_upload.py:21: NoSuchElementException\n"
     + "========================= 1 failed, 8 passed in 61.07s =========================\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_misses25c_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_misses25c_ambiguous_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py
LONG_LINE_WORDS = [
    "[ERROR] The sources of the following couldn't be obtained, aborting: - ",
    "  - ppx_zap.0.3.0: curl error code 404 ",
    "Could not synchronize /x from \"git+https://",
    "NoSuchElementException: Message: Unable to locate element: ",
    "Directory /a/b does not exist ",
]
