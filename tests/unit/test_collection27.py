"""Twenty-seventh round, coll27 (1): a test module pytest could not collect.

pytest's report of a collection error (the "____ ERROR collecting path ____" header, the short summary's "ERROR path -
Exc: msg" or "ERROR path", the "Interrupted: N error(s) during collection" banner) read only where the exception was one
the catalogue knew (ModuleNotFoundError, SyntaxError): a RuntimeError at import, a conftest's path clash
(ImportPathMismatchError), a custom exception, a missing fixture file read unknown. The entry ``pytest-collection-error``
reads the summary line (older pytest, with no summary: the header) as the change's, below a compiler's error in
confidence. Where a collection error's exception names an outage, a time limit or an exhausted resource (the fragment
python_outage_exception_line) the outage entries decide, as they did; and the root conftest's "ImportError while loading
conftest" header, which pytest prints over any exception, no longer holds a download that failed at import against them
(missing-module read it real beside the outage: unknown). A MemoryError at import is left to no entry (unknown, as
before: the module's own allocation as likely as the runner's memory). unittest's and nose's loader failures already
read real (uncaught-exception) and are kept so.

Where the wording comes from: pytest's lines (src/_pytest/main.py "Interrupted: %d error%s during collection",
runner.py's "ERROR collecting", terminal.py's short summary, config's "ImportError while loading conftest", python.py's
"import file mismatch"), requests' exception text, unittest's loader ("Failed to import test module:") and nose's
"Failure: X (msg)" are recalled, not read here. Hosts, modules, tests and paths are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads_as, signatures
from sample_logs import unittest_import_failure

COLLECT = "pytest-collection-error"

_GA = "Error: Process completed with exit code 2.\n"
_CI = "Exited with code exit status 1\n"

_HEAD = ("============================= test session starts ==============================\n"
         "platform linux -- Python 3.12.3, pytest-8.2.1, pluggy-1.5.0\n"
         "rootdir: /home/runner/work/gizmo/gizmo\n"
         "collected 41 items / 1 error\n\n"
         "==================================== ERRORS ====================================\n")
_SUMMARY = "=========================== short test summary info ============================\n"
_BANNER = "!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!\n"
_END = "=============================== 1 error in 0.84s ===============================\n"


def _collect(exc: str, *, summary: str | None = None, path: str = "tests/test_sprockets.py", frames: str = "",
             banner: str = _BANNER) -> str:
    """A pytest 8 run interrupted by one module it could not collect, ``exc`` its exception's line."""
    line = f"ERROR {path} - {exc}\n" if summary is None else summary
    return (_HEAD + f"_________________ ERROR collecting {path} _________________\n"
            f"{path}:4: in <module>\n"
            "    from gizmo.sprockets import Sprocket\n"
            + (frames or "gizmo/sprockets.py:17: in <module>\n    REGISTRY = load_registry()\n")
            + f"E   {exc}\n" + _SUMMARY + line + banner + _END + _GA)


COLLECTION_CASES = [
    ("runtime-error-at-import", "real", _collect("RuntimeError: sprocket registry is empty")),
    ("value-error-at-import", "real", _collect("ValueError: unknown sprocket size 'XXL'")),
    ("file-not-found-at-import", "real",
     _collect("FileNotFoundError: [Errno 2] No such file or directory: 'tests/fixtures/sprockets.json'")),
    ("custom-exception-class-at-import", "real",
     _collect("gizmo.registry.RegistryNotReady: call gizmo.setup() before importing sprockets")),
    # a conftest below the root whose package path clashes with an installed copy (pytest's own exception class)
    ("conftest-import-path-mismatch", "real",
     _collect("_pytest.pathlib.ImportPathMismatchError: ('tests.conftest', '/opt/gizmo/tests/conftest.py', "
              "PosixPath('/home/runner/work/gizmo/gizmo/tests/conftest.py'))", path="tests/unit")),
    ("two-errors-during-collection", "real",
     _collect("AttributeError: module 'gizmo.sprockets' has no attribute 'DEFAULTS'",
              summary="ERROR tests/test_sprockets.py - AttributeError: module 'gizmo.sprockets' has no attribute "
                      "'DEFAULTS'\nERROR tests/test_cogs.py - AttributeError: module 'gizmo.sprockets' has no "
                      "attribute 'DEFAULTS'\n",
              banner="!!!!!!!!!!!!!!!!!!! Interrupted: 2 errors during collection !!!!!!!!!!!!!!!!!!!\n")),
    # the summary cut at the terminal's width
    ("summary-cut-at-terminal-width", "real",
     _collect("KeyError: 'GIZMO_SPROCKET_BACKEND'",
              summary="ERROR tests/integration/storage/test_sprocket_backends.py - KeyError: 'GIZMO_SPROC...\n")),
    # pytest 3: no short summary, "1 errors"
    ("old-pytest-no-summary", "real",
     _collect("RuntimeError: sprocket registry is empty", summary="",
              banner="!!!!!!!!!!!!!!!!!!! Interrupted: 1 errors during collection !!!!!!!!!!!!!!!!!!!\n")),
    # pytest's text report of an import file mismatch: the summary names the path alone
    ("import-file-mismatch-text-report", "real",
     _HEAD + "_________________ ERROR collecting tests/unit/test_util.py _________________\n"
     "import file mismatch:\n"
     "imported module 'test_util' has this __file__ attribute:\n"
     "  /home/runner/work/gizmo/gizmo/tests/api/test_util.py\n"
     "which is not the same as the test file we want to collect:\n"
     "  /home/runner/work/gizmo/gizmo/tests/unit/test_util.py\n"
     "HINT: remove __pycache__ / .pyc files and/or use a unique basename for your test file modules\n"
     + _SUMMARY + "ERROR tests/unit/test_util.py\n" + _BANNER + _END + _GA),
    # --continue-on-collection-errors: the rest ran and passed; the module that failed to import fails the job
    ("continue-on-collection-errors", "real",
     _HEAD + "_________________ ERROR collecting tests/test_cogs.py _________________\n"
     "tests/test_cogs.py:9: in <module>\n    COG = Cog.from_spec('m4')\n"
     "E   TypeError: Cog.from_spec() missing 1 required positional argument: 'teeth'\n"
     + _SUMMARY + "ERROR tests/test_cogs.py - TypeError: Cog.from_spec() missing 1 required positional argument: "
     "'teeth'\n=================== 40 passed, 1 error in 3.12s ===================\n" + _CI),
]

# a collection error whose exception names an outage, a time limit or an exhausted resource: the outage decides
_CONNECTION = ("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='fixtures.example.org', port=443): Max "
               "retries exceeded with url: /gizmo/sprockets.json (Caused by NewConnectionError('<urllib3.connection."
               "HTTPSConnection object at 0x7f2c1a0>: Failed to establish a new connection: [Errno 111] Connection "
               "refused'))")
COLLECTION_OUTAGES = [
    ("requests-connection-error-at-import", _collect(_CONNECTION)),
    ("requests-connection-error-cut-at-import",
     _collect("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='fixtures.example.org', port=443): "
              "Max retries exceeded with url: /gizmo/sprockets.json")),
    ("urlerror-dns-at-import",
     _collect("urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>")),
    ("timeout-error-at-import", _collect("TimeoutError: timed out")),
    ("socket-gaierror-at-import", _collect("socket.gaierror: [Errno -2] Name or service not known")),
    ("oserror-network-unreachable-at-import", _collect("OSError: [Errno 101] Network is unreachable")),
    ("http-503-at-import", _collect("urllib.error.HTTPError: HTTP Error 503: Service Unavailable")),
]


def _conftest(exc: str) -> str:
    """The root conftest raising at start-up: pytest prints "ImportError while loading conftest" over any exception."""
    return ("+ python -m pytest -q\n"
            "ImportError while loading conftest '/home/runner/work/gizmo/gizmo/tests/conftest.py'.\n"
            "tests/conftest.py:12: in <module>\n"
            "    CATALOGUE = fetch_catalogue()\n"
            "tests/helpers.py:30: in fetch_catalogue\n"
            "    resp = requests.get(CATALOGUE_URL, timeout=30)\n"
            "/opt/hostedtoolcache/Python/3.12.3/x64/lib/python3.12/site-packages/requests/adapters.py:700: in send\n"
            "    raise ConnectionError(e, request=request)\n"
            f"E   {exc}\n" + "Error: Process completed with exit code 4.\n")


CONFTEST_OUTAGES = [
    ("conftest-download-refused", _conftest(_CONNECTION)),
    ("conftest-download-cut", _conftest(
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='fixtures.example.org', port=443): Max "
        "retries exceeded with url: /gizmo/catalogue.json")),
    ("conftest-download-maxretry-cut", _conftest(
        "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='fixtures.example.org', port=443): Max retries "
        "exceeded with url: /gizmo/catalogue.json")),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(COLLECTION_CASES), ids=[c[0] for c in COLLECTION_CASES])
def test_a_module_pytest_could_not_collect_reads_real_by_the_entry(verdict: str, log: str) -> None:
    reads_as(log, verdict, COLLECT)


def test_the_evidence_is_the_summary_line_and_the_confidence_below_a_compilers() -> None:
    log = dict((c[0], c[2]) for c in COLLECTION_CASES)["runtime-error-at-import"]
    v = reads_as(log, "real", COLLECT)
    assert v.evidence[0] == "ERROR tests/test_sprockets.py - RuntimeError: sprocket registry is empty"
    compiler = judge("+ make\nsrc/gizmo.c:12:5: error: 'sprocket_count' undeclared (first use in this function)\n"
                     "make: *** [Makefile:10: gizmo.o] Error 1\n" + _GA)
    assert compiler.verdict == "real" and v.confidence < compiler.confidence


def test_old_pytest_without_a_summary_is_read_on_the_header() -> None:
    log = dict((c[0], c[2]) for c in COLLECTION_CASES)["old-pytest-no-summary"]
    v = reads_as(log, "real", COLLECT)
    assert "ERROR collecting tests/test_sprockets.py" in v.evidence[0]


@pytest.mark.parametrize("log", [c[1] for c in COLLECTION_OUTAGES], ids=[c[0] for c in COLLECTION_OUTAGES])
def test_a_collection_error_that_names_an_outage_reads_transient(log: str) -> None:
    v = judge(log)
    assert v.verdict == "transient" and COLLECT not in signatures(v), v.rationale


@pytest.mark.parametrize("log", [c[1] for c in CONFTEST_OUTAGES], ids=[c[0] for c in CONFTEST_OUTAGES])
def test_the_root_conftests_download_that_failed_reads_transient(log: str) -> None:
    v = judge(log)
    assert v.verdict == "transient" and "missing-module" not in signatures(v), v.rationale


def test_the_root_conftests_own_error_still_reads_real() -> None:
    v = judge(_conftest("RuntimeError: GIZMO_HOME is not set"))
    assert v.verdict == "real" and "missing-module" in signatures(v), v.rationale


def test_a_memory_error_at_import_is_no_collection_reading() -> None:
    v = judge(_collect("MemoryError"))
    assert COLLECT not in signatures(v) and v.verdict != "real", v.rationale


COLLECTION_NEAR_MISSES = [
    # a test's setup error (a "::" test id): a fixture's, not a collector's
    ("setup-error-of-a-test",
     "tests/test_sprockets.py::test_spin ERROR\n" + "==================================== ERRORS ====================================\n"
     "________________________ ERROR at setup of test_spin _________________________\n"
     "E   RuntimeError: sprocket registry is empty\n" + _SUMMARY
     + "ERROR tests/test_sprockets.py::test_spin - RuntimeError: sprocket registry is empty\n"
     "========================= 40 passed, 1 error in 2.11s ==========================\n" + _GA),
    # another tool's "ERROR path - ..." line in a log with no pytest collection marks
    ("another-tools-error-line",
     "+ ./scripts/check-manifests\n"
     "ERROR deploy/gizmo.yaml - InvalidManifest: spec.replicas must be an integer\n" + _GA),
]


@pytest.mark.parametrize("log", [c[1] for c in COLLECTION_NEAR_MISSES], ids=[c[0] for c in COLLECTION_NEAR_MISSES])
def test_the_entry_reads_no_other_error_line(log: str) -> None:
    assert COLLECT not in signatures(judge(log))


# unittest's and nose's loader failures read real already (uncaught-exception): kept so
def _unittest(exc: str) -> str:
    return unittest_import_failure("from gizmo.sprockets import Sprocket", exc)


def test_unittests_loader_failure_stays_real() -> None:
    assert judge(_unittest("RuntimeError: sprocket registry is empty")).verdict == "real"


def test_noses_loader_failure_stays_real() -> None:
    log = ("+ nosetests -v tests\n"
           "ERROR: Failure: RuntimeError (sprocket registry is empty)\n"
           "----------------------------------------------------------------------\n"
           "Traceback (most recent call last):\n"
           '  File "/usr/lib/python2.7/site-packages/nose/loader.py", line 418, in loadTestsFromName\n'
           "    addr.filename, addr.module)\n"
           "RuntimeError: sprocket registry is empty\n\n"
           "----------------------------------------------------------------------\n"
           "Ran 12 tests in 0.310s\n\nFAILED (errors=1)\n")
    assert judge(log).verdict == "real"


def test_case_ids_are_unique() -> None:
    assert_unique_ids(COLLECTION_CASES, COLLECTION_OUTAGES, CONFTEST_OUTAGES, COLLECTION_NEAR_MISSES)


# the words of the entry's patterns and the fragment's, for benchmarks/pattern_speed.py's lines of 50,000 characters
LONG_LINE_WORDS = [
    "ERROR tests/test_a.py - RuntimeError: x ",
    "ERROR tests/test_a.py",
    "_____ ERROR collecting tests/test_a.py _____ ",
    "E   requests.exceptions.ConnectionError: HTTPSConnectionPool(host='a.example.org', port=443): ",
    "ERROR tests/a.py - x: temporary failure in name resolution ",
]
