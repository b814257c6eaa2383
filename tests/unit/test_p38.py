"""p38: the released made-up set probe38's misses, read by mechanism (each with its lasting look-alike).

- ExUnit's assert_receive whose report counts zero messages in the mailbox ("Showing 0 of 0 messages in the mailbox"):
  nothing arrived, the plain wait that ran out (ExUnit itself prints "The process mailbox is empty." then), read as
  test-timing reads the empty mailbox; a mailbox holding messages stays undecided as before.
- R's "package 'x' is not available (for R version ...)" / "... for this version of R" where R read the index:
  r-package-not-available (real); under "unable to access index for repository" the outage reads as before.
- cpanm's "Couldn't find module or a distribution X" below a distribution the same log fetched or installed:
  cpanm-module-not-found (real); the lookups' lines alone (a mirror's 500 prints the same) stay unread.
- Hex's "** (Mix) Hex dependency resolution failed": hex-dependency-resolution-failed (real); not under a registry record
  that did not come.
- unittest's assertEqual of two strings ("AssertionError: 'X' != 'Y'") holding the same JSON items in another order
  (a set's iteration in a serializer): compared-values-same-items-other-order reads that form too, the list nested in a
  mapping whose keys stand in one order; keys that moved, numbers, a name that says order, a string that differs
  otherwise stay real.
- A test's count of arrivals within a time window short of its want ("got 9 messages within 200ms, want 10"):
  count-short-within-time-window (transient) where at least one and fewer than wanted arrived.

Every log line here was written for this test (hosts, modules, packages, paths made up).
"""

from __future__ import annotations

import pytest
from judging import assert_reads, assert_unique_ids, judge, labelled, signatures

_TRAVIS = "\nThe command \"{cmd}\" exited with 1.\n\nDone. Your build exited with 1.\n"
_TRAVIS_STOP = "\nThe command \"{cmd}\" failed and exited with 1 during .\n\nYour build has been stopped.\n"
_GHA = "##[error]Process completed with exit code 1.\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"
_CIRCLE = "\nExited with code exit status 1\n"


def _travis(cmd: str, body: str, stop: bool = False) -> str:
    return f"$ {cmd}\n{body}" + (_TRAVIS_STOP if stop else _TRAVIS).format(cmd=cmd)


# --- ExUnit's assert_receive: a mailbox count of zero

def _exunit(mailbox: str) -> str:
    return _travis("mix test", (
        "...........\n\n"
        "  1) test pushes the roster update on join (Quarry.RosterTest)\n"
        "     test/quarry/roster_test.exs:40\n"
        "     Assertion failed, no matching message after 100ms\n"
        "     The following variables were pinned:\n"
        "       room = \"room:attic\"\n"
        f"{mailbox}"
        "     code: assert_receive %Message{topic: ^room, event: \"roster\"}\n"
        "     stacktrace:\n"
        "       test/quarry/roster_test.exs:44: (test)\n\n"
        "..................\n\n"
        "Finished in 1.9 seconds\n31 tests, 1 failure\n\nRandomized with seed 20211\n"))


def test_exunit_mailbox_count_of_zero_reads_as_the_empty_mailbox() -> None:
    v = assert_reads(_exunit("     Showing 0 of 0 messages in the mailbox\n"), "transient")
    assert "test-timing" in signatures(v)
    # ... as ExUnit's own words for it read
    assert_reads(_exunit("     The process mailbox is empty.\n"), "transient")


@pytest.mark.parametrize("mailbox", [
    "     Showing 1 of 1 message in the mailbox\n     value:  %Message{topic: \"room:attic\", event: \"left\"}\n",
    "     Showing 10 of 12 messages in the mailbox\n     value:  %Message{topic: \"room:attic\", event: \"typing\"}\n",
])
def test_exunit_mailbox_holding_messages_stays_undecided(mailbox: str) -> None:
    # something else arrived instead (late or wrong): the twentieth round's reading stands
    v = assert_reads(_exunit(mailbox), "not_transient")
    assert "test-timing" not in signatures(v)


# --- R: a package the index does not list

_R_CMD = "Rscript -e 'remotes::install_deps(dependencies = TRUE)'"
_R_FETCHED = (
    "Installing 1 packages: burrow\n"
    "trying URL 'https://cloud.r-project.org/src/contrib/burrow_0.4.1.tar.gz'\n"
    "Content type 'application/x-gzip' length 21044 bytes (20 KB)\n"
    "==================================================\n"
    "downloaded 20 KB\n\n"
    "* installing *source* package 'burrow' ...\n"
    "* DONE (burrow)\n"
)

R_CASES: list[tuple[str, str, str]] = [
    # R before 4.0, on Travis: another package downloads from the same index
    ("r-old-form-index-read", "real", _travis(_R_CMD, _R_FETCHED + (
        "Warning message:\npackage 'thistlewood' is not available (for R version 3.5.3) \n"
        "Error: dependency 'thistlewood' is not available\n"), stop=True)),
    # R 4's form, sQuote's curly quotes, two names, on GitHub Actions
    ("r-new-form-two-packages", "real", (
        "+ Rscript -e 'install.packages(c(\"burrow\", \"thistlewood\", \"quillan\"))'\n" + _R_FETCHED
        + "Warning message:\npackages ‘thistlewood’, ‘quillan’ are not available for this version of R\n\n"
        "A version of this package for your version of R might be available elsewhere,\nsee the ideas at\n"
        "https://cran.r-project.org/doc/manuals/r-patched/R-admin.html#Installing-packages\n" + _GHA)),
    # the bare warning alone, on GitLab
    ("r-bare-warning", "real", (
        "$ Rscript -e 'install.packages(\"thistlewood\")'\n"
        "Installing package into '/usr/local/lib/R/site-library'\n(as 'lib' is unspecified)\n"
        "Warning message:\npackage 'thistlewood' is not available for this version of R\n" + _GITLAB)),
]


@pytest.mark.parametrize(("expected", "log"), labelled(R_CASES))
def test_r_package_not_in_the_index_reads_real(expected: str, log: str) -> None:
    v = assert_reads(log, expected)
    assert "r-package-not-available" in signatures(v)


def test_r_index_unreachable_stays_the_outage() -> None:
    log = _travis(_R_CMD, (
        "Warning: unable to access index for repository https://cloud.r-project.org/src/contrib:\n"
        "  cannot open URL 'https://cloud.r-project.org/src/contrib/PACKAGES'\n"
        "Warning message:\npackages 'burrow', 'thistlewood' are not available (for R version 3.5.3) \n"), stop=True)
    v = assert_reads(log, "transient")
    assert "r-package-not-available" not in signatures(v)


def test_r_index_on_a_mirror_that_timed_out_is_not_read() -> None:
    log = (
        "+ Rscript -e 'install.packages(\"thistlewood\", repos = \"https://cran.example.org\")'\n"
        "Warning in download.file(url, destfile = f, quiet = TRUE) :\n"
        "  URL 'https://cran.example.org/src/contrib/PACKAGES.rds': Timeout of 60 seconds was reached\n"
        "Warning message:\npackage 'thistlewood' is not available for this version of R\n" + _GHA)
    assert "r-package-not-available" not in signatures(judge(log))


def test_r_binary_not_yet_built_is_not_read() -> None:
    log = (
        "> install.packages('thistlewood', type = 'binary')\n"
        "Warning message:\npackage 'thistlewood' is not available as a binary package for this version of R\n" + _CIRCLE)
    assert "r-package-not-available" not in signatures(judge(log))


# --- cpanm: a module no lookup finds, in a run whose mirror answered

_CPANM = "cpanm --quiet --installdeps --notest ."
_NOT_FOUND = (
    "! Finding Pebble::Sieve::Compat (0) on cpanmetadb failed.\n"
    "! Finding Pebble::Sieve::Compat () on mirror http://cpan.example.org failed.\n"
    "! Couldn't find module or a distribution Pebble::Sieve::Compat\n"
    "! Installing the dependencies failed: Module 'Pebble::Sieve::Compat' is not installed\n"
    "! Bailing out the installation for App-Cairn-2.01.\n"
)

CPANM_CASES: list[tuple[str, str, str]] = [
    # cpanm's progress line for a distribution it fetched (printed without --quiet)
    ("cpanm-fetched-ok-then-not-found", "real", _travis("cpanm --installdeps --notest .", (
        "--> Working on .\nConfiguring App-Cairn-2.01 ... OK\n"
        "==> Found dependencies: Pebble::Sieve, Pebble::Sieve::Compat\n"
        "--> Working on Pebble::Sieve\n"
        "Fetching http://cpan.example.org/authors/id/Q/QU/QUARRY/Pebble-Sieve-0.31.tar.gz ... OK\n"
        "Configuring Pebble-Sieve-0.31 ... OK\nBuilding Pebble-Sieve-0.31 ... OK\n"
        "Successfully installed Pebble-Sieve-0.31\n" + _NOT_FOUND + "1 distribution installed\n"), stop=True)),
    # --quiet: only cpanm's "Successfully installed" (printed always) shows the fetch
    ("cpanm-quiet-installed-then-not-found", "real", (
        f"+ {_CPANM}\nSuccessfully installed Pebble-Sieve-0.31\n" + _NOT_FOUND + "1 distribution installed\n" + _GHA)),
]


@pytest.mark.parametrize(("expected", "log"), labelled(CPANM_CASES))
def test_cpanm_module_not_found_beside_a_fetch_reads_real(expected: str, log: str) -> None:
    v = assert_reads(log, expected)
    assert "cpanm-module-not-found" in signatures(v)


@pytest.mark.parametrize("log", [
    # the lookups alone: a mirror that answered 500 prints the same lines (the fault sweep's cpanm/500)
    f"$ {_CPANM}\n" + _NOT_FOUND + _CIRCLE,
    # a fetch that failed is no sign the mirror answered
    _travis(_CPANM, (
        "Fetching http://cpan.example.org/authors/id/Q/QU/QUARRY/Pebble-Sieve-0.31.tar.gz ... FAIL\n"
        "! Download http://cpan.example.org/authors/id/Q/QU/QUARRY/Pebble-Sieve-0.31.tar.gz failed. Retrying ... \n"
        "! Failed to download http://cpan.example.org/authors/id/Q/QU/QUARRY/Pebble-Sieve-0.31.tar.gz\n"
        + _NOT_FOUND), stop=True),
    # the fetch below the not-found line (a later command's) is no answer the lookups had
    f"$ {_CPANM}\n" + _NOT_FOUND + "$ cpanm Pebble::Sieve\nSuccessfully installed Pebble-Sieve-0.31\n" + _GITLAB,
])
def test_cpanm_module_not_found_without_a_fetch_above_is_not_read(log: str) -> None:
    v = judge(log)
    assert "cpanm-module-not-found" not in signatures(v)
    assert v.verdict != "real" or "cpanm-install-failed" in signatures(v) or v.category != "dependency"


# --- Hex: resolution failed

_HEX_OLD = (
    "Resolving Hex dependencies...\n\n"
    "Failed to use \"mortar\" (versions 3.0.0 to 3.1.4) because\n"
    "  trowel (version 1.2.0) requires ~> 2.1\n"
    "  mix.exs specifies ~> 3.0\n\n"
    "** (Mix) Hex dependency resolution failed, change the version requirements of your dependencies or unlock them "
    "(by using mix deps.update or mix deps.unlock). If you are unable to resolve the conflicts you can try overriding "
    "with {:dependency, \"~> 1.0\", override: true}\n"
)
_HEX_NEW = (
    "Resolving Hex dependencies...\nResolution completed in 0.041s\n"
    "Because trowel >= 1.2.0 depends on mortar ~> 2.1 and your app depends on mortar ~> 3.0, trowel >= 1.2.0 is "
    "forbidden.\nSo, because your app depends on trowel ~> 1.2, version solving failed.\n"
    "** (Mix) Hex dependency resolution failed\n"
)


@pytest.mark.parametrize("log", [_travis("mix deps.get", _HEX_OLD, stop=True), "$ mix deps.get\n" + _HEX_NEW + _GITLAB])
def test_hex_resolution_failed_reads_real(log: str) -> None:
    v = assert_reads(log, "real")
    assert "hex-dependency-resolution-failed" in signatures(v)


def test_hex_resolution_after_a_registry_record_that_did_not_come_is_not_read() -> None:
    log = ("$ mix deps.get\n"
           "Failed to fetch record for 'hexpm/trowel' from registry (using cache instead)\n"
           "{:failed_connect, [{:to_address, {'repo.hex.example', 443}}, {:inet, [:inet], :etimedout}]}\n"
           + _HEX_NEW + _GHA)
    assert "hex-dependency-resolution-failed" not in signatures(judge(log))


# --- unittest's "'X' != 'Y'": the same items in another order

def _pytest_unittest(name: str, source: str, pair: str) -> str:
    return _travis("python -m pytest -q", (
        "..........F.........................\n"
        "=================================== FAILURES ===================================\n"
        f"____________________ CatalogTest.{name} ____________________\n\n"
        f"self = <tests.test_catalog.CatalogTest testMethod={name}>\n\n"
        f"    def {name}(self):\n"
        f">       {source}\n"
        f"E       AssertionError: {pair}\n\n"
        "tests/test_catalog.py:40: AssertionError\n"
        "1 failed, 35 passed in 0.51 seconds\n"))


def _bare_unittest(pair: str) -> str:
    return ("$ python -m unittest discover -s tests\n"
            "..F....\n"
            "======================================================================\n"
            "FAIL: test_labels_as_text (test_shelf.ShelfTest.test_labels_as_text)\n"
            "----------------------------------------------------------------------\n"
            "Traceback (most recent call last):\n"
            "  File \"/home/runner/work/shelf/tests/test_shelf.py\", line 22, in test_labels_as_text\n"
            "    self.assertEqual(shelf.labels_text(), expected)\n"
            f"AssertionError: {pair}\n\n"
            "----------------------------------------------------------------------\n"
            "Ran 7 tests in 0.004s\n\nFAILED (failures=1)\n" + _GHA)


UNITTEST_CASES: list[tuple[str, str, str]] = [
    # a list nested in a JSON object, the keys in one order (a set of str serialised: Python salts str hashes per run)
    ("unittest-json-nested-list", "transient", _pytest_unittest(
        "test_payload", "self.assertEqual(render(shelf), '{\"id\": 7, \"labels\": [\"oak\", \"pine\"]}')",
        "'{\"id\": 7, \"labels\": [\"pine\", \"oak\"]}' != '{\"id\": 7, \"labels\": [\"oak\", \"pine\"]}'")),
    # the same form under python -m unittest, a set's repr compared as text
    ("unittest-bare-set-repr", "transient", _bare_unittest("\"{'pine', 'oak', 'elm'}\" != \"{'oak', 'elm', 'pine'}\"")),
    # near miss: the keys moved (a dict keeps its insertion order: the code's order on every run)
    ("unittest-json-keys-moved", "real", _pytest_unittest(
        "test_payload", "self.assertEqual(render(shelf), '{\"id\": 7, \"labels\": [\"oak\"]}')",
        "'{\"labels\": [\"oak\"], \"id\": 7}' != '{\"id\": 7, \"labels\": [\"oak\"]}'")),
    # near miss: numbers (CPython hashes an int as itself: a set of ints iterates alike on every run)
    ("unittest-numbers", "real", _pytest_unittest(
        "test_shelf_ids", "self.assertEqual(ids_text(shelf), '[1, 2, 3]')", "'[3, 1, 2]' != '[1, 2, 3]'")),
    # near miss: the test's name says order is what it checks
    ("unittest-sorted-name", "real", _pytest_unittest(
        "test_labels_sorted", "self.assertEqual(render(shelf), '[\"oak\", \"pine\"]')",
        "'[\"pine\", \"oak\"]' != '[\"oak\", \"pine\"]'")),
    # near miss: a string that differs otherwise
    ("unittest-other-text", "real", _pytest_unittest(
        "test_title", "self.assertEqual(title(\"Crab Apple\"), \"crab-apple\")", "'crab_apple' != 'crab-apple'")),
    # near miss: unittest shortened the reprs ("[12 chars]"): the values are not whole
    ("unittest-shortened", "real", _bare_unittest(
        "'[\"pine\", \"oak\", [44 chars]lm\"]' != '[\"oak\", \"pine\", [44 chars]lm\"]'")),
]


@pytest.mark.parametrize(("expected", "log"), labelled(UNITTEST_CASES))
def test_unittest_pair_of_the_same_items(expected: str, log: str) -> None:
    v = assert_reads(log, expected)
    assert ("compared-values-same-items-other-order" in signatures(v)) == (expected == "transient")


# --- a count of arrivals short within a time window

def _go(message: str) -> str:
    return _travis("go test -race ./...", (
        "=== RUN   TestRelayFanout\n"
        "--- FAIL: TestRelayFanout (0.34s)\n"
        f"    relay_test.go:57: {message}\n"
        "FAIL\nFAIL\texample.org/kiln/relay\t1.204s\n"
        "ok  \texample.org/kiln/store\t0.911s\n"))


COUNT_CASES: list[tuple[str, str, str]] = [
    ("go-got-within-want", "transient", _go("listener 2 got 7 events within 250ms, want 8")),
    ("go-got-in-seconds-want", "transient", _go("received 3 acks in 1.5s, want 4")),
    ("want-first", "transient", _go("expected 12 deliveries within 2s, got 11")),
    ("of-form", "transient", _go("only 4 of 5 replies arrived within 500ms")),
    # another runner's form: an assertion's own message (pytest)
    ("pytest-message", "transient", (
        "$ pytest -q tests/test_bus.py\n"
        "F.....\n"
        "E       AssertionError: expected 6 notifications within 300ms, got 5\n"
        "FAILED tests/test_bus.py::test_fanout_reaches_everyone - AssertionError: expected 6 notifications within "
        "300ms, got 5\n1 failed, 5 passed in 0.88s\n" + _GITLAB)),
    # near misses: none arrived, more than wanted, no window, a window on the test's own clock, a pure function
    ("none-arrived", "real", _go("listener 2 got 0 events within 250ms, want 8")),
    ("more-than-wanted", "real", _go("listener 2 got 9 events within 250ms, want 8")),
    ("no-window", "real", _go("listener 2 got 7 events, want 8")),
    ("fake-clock", "real", _go("with fake clock: got 7 ticks within 250ms, want 8")),
    ("pure-function", "real", _go("Match(\"kiln/+/temp\", \"kiln/east/temp\") = false, want true")),
]


@pytest.mark.parametrize(("expected", "log"), labelled(COUNT_CASES))
def test_count_short_within_a_window(expected: str, log: str) -> None:
    v = assert_reads(log, expected)
    assert ("count-short-within-time-window" in signatures(v)) == (expected == "transient")


def test_count_of_runs_and_their_total_time_is_not_read() -> None:
    # Bazel's flaky status counts runs and gives their total time ("1 out of 2 in 3.8s"): no window of arrivals
    log = ("//svc/kiln:kiln_test                                                     FLAKY, failed in 1 out of 2 in 3.8s\n"
           "//svc/ledger:ledger_test                                                 FAILED in 3 out of 3 in 0.9s\n"
           "Executed 2 out of 9 tests: 7 tests pass and 2 fail locally.\n" + _GHA)
    assert "count-short-within-time-window" not in signatures(judge(log))


def test_count_short_in_an_application_log_line_is_not_read() -> None:
    log = ("$ ./bin/soak --duration 60s\n"
           "2026-03-01T10:00:01Z INFO consumer got 9 messages within 200ms, want 10 per batch\n"
           "2026-03-01T10:00:02Z ERROR soak failed: checksum mismatch in segment 4\n" + _GHA)
    assert "count-short-within-time-window" not in signatures(judge(log))


def test_case_ids_are_unique() -> None:
    assert_unique_ids(R_CASES, CPANM_CASES, UNITTEST_CASES, COUNT_CASES)
