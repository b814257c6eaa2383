"""(consol 15) [fragments]: named pattern lists an entry references as {fragment = "name"} in its patterns,
unless or unless_log, expanded at load time; user files may reference the built-in ones."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest
from judging import reads

from triage_agent.classify import catalogue as cat
from triage_agent.classify.catalogue import builtin_catalogue, load_catalogue, parse_catalogue_text
from triage_agent.errors import ConfigError

_ENTRY = """
[[signature]]
id = "{id}"
leaning = "transient"
category = "network"
weight = 0.8
patterns = ['flaky widget broke']
unless_log = [{{fragment = "{name}"}}, 'own pattern']
"""


def _builtin_text() -> str:
    return resources.files(cat.__package__).joinpath(cat.BUILTIN_FILE).read_text(encoding="utf-8")


def _referencing(name: str) -> list[str]:
    doc = tomllib.loads(_builtin_text())
    return [s["id"] for s in doc["signature"]
            if any(isinstance(item, dict) and item.get("fragment") == name
                   for key in ("patterns", "unless", "unless_log") for item in s.get(key, []))]


def test_a_reference_expands_in_place() -> None:
    text = """
version = 1
[fragments]
two = ['alpha \\d+', 'beta']
""" + _ENTRY.format(id="x-entry", name="two")
    sig = parse_catalogue_text(text, where="t").get("x-entry")
    assert sig is not None
    assert [p.pattern for p in sig.unless_log] == ["alpha \\d+", "beta", "own pattern"]
    assert sig.unless_log[0].search("ALPHA 12")  # a fragment reads case-insensitively


def test_a_fragment_reads_the_same_in_a_case_sensitive_entry() -> None:
    text = """
[fragments]
word = ['alpha']
[[signature]]
id = "cs"
leaning = "real"
category = "compile"
weight = 0.8
case_sensitive = true
patterns = ['Boom', {fragment = "word"}]
"""
    sig = parse_catalogue_text(text, where="t").get("cs")
    assert sig is not None
    assert sig.patterns[0].flags & re.IGNORECASE == 0
    assert sig.patterns[1].search("ALPHA")


def test_builtin_entries_reference_builtin_fragments() -> None:
    base = builtin_catalogue()
    assert "tests_failed_short" in base.fragments
    for sig_id in _referencing("tests_failed_short"):
        sig = base.get(sig_id)
        assert sig is not None
        held = {p.pattern for p in sig.unless_log}
        assert set(base.fragments["tests_failed_short"]) <= held, sig_id


def test_a_user_file_references_a_builtin_fragment(tmp_path) -> None:
    path = tmp_path / "team.toml"
    path.write_text("version = 1\n" + _ENTRY.format(id="team-widget", name="tests_failed_short"))
    sig = load_catalogue(extra_files=[path]).get("team-widget")
    assert sig is not None
    assert [p.pattern for p in sig.unless_log] == [*builtin_catalogue().fragments["tests_failed_short"], "own pattern"]
    # ... and an inline [[classifier.signatures]] entry, which sees the file's fragments too
    path.write_text("[fragments]\nmine = ['team mark']\n")
    entry = {"id": "inline", "leaning": "real", "category": "config", "weight": 0.7,
             "patterns": ["x"], "unless": [{"fragment": "mine"}, {"fragment": "curl_runtests_failed"}]}
    inline = load_catalogue(extra_files=[path], extra_entries=[entry]).get("inline")
    assert inline is not None
    assert [p.pattern for p in inline.unless] == ["team mark", *builtin_catalogue().fragments["curl_runtests_failed"]]


def test_an_unknown_fragment_is_a_one_line_error_naming_the_entry(tmp_path) -> None:
    path = tmp_path / "team.toml"
    path.write_text("version = 1\n" + _ENTRY.format(id="team-widget", name="no_such_fragment"))
    with pytest.raises(ConfigError) as info:
        load_catalogue(extra_files=[path])
    message = str(info.value)
    assert "\n" not in message
    assert "'team-widget'" in message and "unless_log[1]" in message and "'no_such_fragment'" in message
    # as for any bad user entry, the load fails; the built-in catalogue itself still loads
    assert len(builtin_catalogue()) > 400


@pytest.mark.parametrize("bad, words", [
    ("[fragments]\nBad-Name = ['x']\n", "name 'Bad-Name'"),
    ("[fragments]\nempty = []\n", "non-empty list"),
    ("[fragments]\nnested = [{fragment = 'x'}]\n", "no fragment in a fragment"),
    ("[fragments]\nbroken = ['(']\n", "not a valid regular expression"),
    ("[[signature]]\nid = 'e'\nleaning = 'real'\ncategory = 'x'\nweight = 0.7\npatterns = [{name = 'x'}]\n",
     "must be a regular expression or {fragment"),
])
def test_malformed_fragments_are_one_line_errors(bad: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_catalogue_text(bad, where="t")
    assert words in str(info.value) and "\n" not in str(info.value)


def test_a_fragment_change_reaches_every_entry_that_references_it() -> None:
    text = _builtin_text()
    users = _referencing("tests_failed_short")
    assert len(users) >= 4
    marker = "consol15 marker pattern"
    changed = text.replace("[fragments]\n", "[fragments]\n", 1)
    start = changed.index("\ntests_failed_short = [") + len("\ntests_failed_short = [")
    changed = changed[:start] + f"\n  '{marker}'," + changed[start:]
    cat2 = parse_catalogue_text(changed, where="t")
    holding = [s.id for s in cat2 if any(p.pattern == marker for p in s.unless_log)]
    assert sorted(holding) == sorted(users)
    assert not any(p.pattern == marker for s in builtin_catalogue() for p in s.unless_log)


# (consol 15b) test_run_failed / test_run_errored: the one union of the near-copies of "the test run failed" the
# transient entries carried in unless_log. The broad family reads failed and errored tests alike (their trouble
# cannot be what made a test fail or error); the AWS and clock-skew entries read failed tests only (a skew or a
# service error makes an integration test ERROR, and that is theirs to explain).
_RUN_FAILED_BROAD = {
    "pypi-token-exchange-downtime", "npm-registry-packument-conflict", "gem-push-server-try-again",
    "snap-store-unreachable", "config-mgmt-host-slow-timeout", "vm-guest-ssh-dropped", "salt-minion-no-response",
    "notify-service-throttled-or-down", "search-cluster-health-wait-timed-out", "load-test-workers-lost",
    "conda-download-truncated",
    # (review 16a) a retry library's give-up in a test run that failed or errored is the test's scenario
    "retry-library-gave-up-on-network",
}
# (review 15e) and two fifteenth-round transient entries read anywhere (a tenant's rate limit, GreenMail's start
# timeout): failed only, as either may itself make a test error
_RUN_FAILED_ONLY = {"aws-service-internal-error", "runner-clock-skew-refused", "identity-tenant-rate-limited",
                    "mail-test-server-start-timeout"}
# (sixteenth round, remote_cache_exec) the evicted inputs and the remote executor's outage: failed only, a test
# the remote action could not run ends as an error of that action
_RUN_FAILED_ONLY |= {"remote-cache-inputs-evicted", "remote-execution-outage"}
# (review 16c) sccache's dead server (anywhere): a test run that failed after the build retried without the cache
_RUN_FAILED_ONLY |= {"compile-cache-server-died"}
# (consol 16) transient-wording reads the failed run only below a remote-execution outage line (`after`)
_RUN_FAILED_AFTER = {"transient-wording"}
# (review 17g) connection-reset's loopback drop in a failing test: only above a failed run's summary
_RUN_FAILED_AFTER |= {"connection-reset"}
# (review 16g) an Airflow zombie or an Argo "pod deleted": a test run that failed beside it (Airflow's own tests print
# the scheduler's line in their captured output; a go test streamed by `argo submit --log`)
_RUN_FAILED_ONLY |= {"workflow-worker-or-pod-lost"}
# (seventeenth round, editor_extensions) vsce's "Failed request: (5xx)" in a test run that failed: the extension's own
# gallery client logging under its tests
_RUN_FAILED_ONLY |= {"extension-gallery-http-outage"}
# (review 17c) LAVA's infrastructure error and its result dict in a test run that failed: a go test's or a results
# parser's output quoting the dict
_RUN_FAILED_ONLY |= {"lava-infrastructure-error"}
# (review 17b) a wasm build's SIGKILL in a job whose test run failed (a test that kills its own child); syrupy's unused
# snapshots above a failed run (a test that failed before its snapshot assertion leaves it unused)
_RUN_FAILED_ONLY |= {"build-subprocess-sigkilled"}
_RUN_FAILED_AFTER |= {"snapshot-obsolete-unused-or-pending"}
# (review 17f) Composer's zlib and empty-dist errors and R's libcurl download failure in a test run that failed: Pest
# printing the exception a test met on its own line, a download R retried from another mirror above failing tests
_RUN_FAILED_ONLY |= {"composer-zlib-stream-truncated", "composer-dist-empty-download", "r-download-libcurl-outage"}
# (review 20c) a piped installer's 429 page above a test run that failed: the job went on past the installer (an
# optional one) and its own tests failed, or the page is a test's captured output
_RUN_FAILED_AFTER |= {"piped-installer-rate-limit-page"}
# (review 17i) the Mongo driver's closed connection in a test run that failed: a failover or reconnect test stopping
# the server itself
_RUN_FAILED_ONLY |= {"mongodb-driver-connection-closed"}
# (twenty-third round, crash23) a toolchain crash (anywhere, like sccache's dead server): a test run that failed beside
# it fails every run, whatever crashed beside it
_RUN_FAILED_ONLY |= {"toolchain-process-crashed-spuriously"}
# (review23_a) a CRAN download that timed out above a test run that failed: the download was passed over (a Suggests
# package), the tests ran and failed on their own
_RUN_FAILED_ONLY |= {"r-cran-download-unavailable"}
# (misses26) sccache's backend gone at startup and the Buildkite agent stopped under its job (anywhere, like sccache's
# dead server): a test run that failed beside them ran and failed on its own
_RUN_FAILED_ONLY |= {"compile-cache-backend-unreachable-at-startup", "ci-agent-stopped-job-token-revoked"}


def test_the_entries_that_carried_a_copy_reference_the_union() -> None:
    base = builtin_catalogue()
    failed, errored = set(base.fragments["test_run_failed"]), set(base.fragments["test_run_errored"])
    assert set(_referencing("test_run_failed")) == _RUN_FAILED_BROAD | _RUN_FAILED_ONLY | _RUN_FAILED_AFTER
    assert set(_referencing("test_run_errored")) == _RUN_FAILED_BROAD
    for sig_id in _RUN_FAILED_BROAD | _RUN_FAILED_ONLY:
        sig = base.get(sig_id)
        assert sig is not None, sig_id
        held = {p.pattern for p in sig.unless_log}
        assert failed <= held, sig_id
        assert (errored <= held) == (sig_id in _RUN_FAILED_BROAD), sig_id
    for sig_id in _RUN_FAILED_AFTER:
        sig = base.get(sig_id)
        assert sig is not None, sig_id
        held = [p.pattern for p in sig.unless_log]
        assert all(any(h.endswith(f"(?:{f})") for h in held) for f in failed), sig_id


_FAILED_LINES = [
    "=================== 2 failed, 10 passed in 3.21s ===================",
    "FAILED tests/test_calc.py::test_add - assert 3 == 4",
    "Tests:       1 failed, 12 passed, 13 total",
    "12 examples, 2 failures",
    "FAILED (failures=1)",
    "12 runs, 30 assertions, 1 failures, 0 errors, 0 skips",
    "--- FAIL: TestParse (0.00s)",
    "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0",
    "test result: FAILED. 41 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.21s",
    "  2 failing",
    "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42",
    "90% tests passed, 1 tests failed out of 10",
    "FAILURES!",
    "14 tests, 1 failure",
    "[  FAILED  ] ParserTest.RoundTrip (0 ms)",
    "web: Tests:       1 failed, 12 passed, 13 total",
    # (consol 16) Bazel's and Buck2's
    "//core:ledger_test                                              FAILED in 2.1s",
    "//core:ledger_test                                              FAILED in 3 out of 3 in 5.2s",
    "Executed 1 out of 12 tests: 11 tests pass and 1 fails locally.",
    "Executed 2 out of 2 tests: 2 fail remotely.",
    "Tests finished: Pass 41. Fail 1. Fatal 0. Skip 0. Build failure 0",
    "✗ Fail: root//ledger:ledger_test - test_post_balance (0.3s)",
]
_ERRORED_LINES = [
    "FAILED (errors=2)",
    "12 runs, 30 assertions, 0 failures, 1 errors, 0 skips",
    "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0",
]
_PASSING_LINES = ["=== 12 passed in 3.21s ===", "Tests:       12 passed, 12 total", "12 examples, 0 failures",
                  "[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0", "  12 passing (3s)", "0 failed, 3 passed",
                  "test result: ok. 41 passed; 0 failed", "14 tests, 0 failures", "OK (failures=0)",
                  # (consol 16) Bazel's and Buck2's passing forms, a flaky target that passed on a retry among them
                  "//core:ledger_test                                              PASSED in 2.1s",
                  "//core:ledger_test                                     (cached) PASSED in 0.4s",
                  "//core:ledger_test                                      FLAKY, failed in 1 out of 2 in 3.1s",
                  "Executed 12 out of 12 tests: 12 tests pass.",
                  "Executed 0 out of 3 tests: 3 tests pass.",
                  "Tests finished: Pass 41. Fail 0. Fatal 0. Skip 0. Build failure 0",
                  "✓ Pass: root//ledger:ledger_test - test_post_balance (0.3s)"]


def test_the_union_reads_each_runners_summary_and_not_a_passing_one() -> None:
    frags = builtin_catalogue().fragments
    failed = [re.compile(p, cat._FRAGMENT_FLAGS) for p in frags["test_run_failed"]]
    errored = [re.compile(p, cat._FRAGMENT_FLAGS) for p in frags["test_run_errored"]]
    for line in _FAILED_LINES:
        assert any(p.search(line) for p in failed), line
    for line in _ERRORED_LINES:
        assert any(p.search(line) for p in errored), line
        # (a Surefire IT that errored under Hadoop's Kerberos login, "Clock skew too great": the skew's own doing)
        assert not any(p.search(line) for p in failed), line
    for line in _PASSING_LINES:
        assert not any(p.search(line) for p in failed + errored), line


_TAIL = "##[error]Process completed with exit code 1.\n"
_SKEW = ("+ aws s3 cp dist/app.tgz s3://ci-artifacts/app.tgz\nupload failed: dist/app.tgz to s3://ci-artifacts/app.tgz An "
         "error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference between the request "
         "time and the current time is too large.\n")
_RED = ("+ curl -s 'localhost:9200/_cluster/health?wait_for_status=green&timeout=30s'\n"
        '{"cluster_name":"ci","status":"red","timed_out":true,"number_of_nodes":1}\n')

# Summaries an entry's own copy lacked before the union (each read transient at 0.9 on main at 36eb248, verified):
# the test run's failure comes first, and the trouble beside it does not explain it.
_GAINED = [
    # Vagrant's SSH drop while halting the VM, after Mocha's failing tests in the guest (the copy had no Mocha)
    ("vagrant-drop-after-mocha",
     "    default: + npm test\n    default:   12 passing (3s)\n    default:   2 failing\nThe SSH command responded "
     "with a non-zero exit status.\n==> default: Attempting graceful shutdown of VM...\nSSH connection was reset! This "
     "usually happens when the machine is\ntaking to long to reboot.\n" + _TAIL),
    # a red search node that timed out, then RSpec's and cargo's failed runs (the copy had pytest, go, TAP, Jest)
    ("search-red-then-rspec",
     _RED + "+ bundle exec rspec\nFinished in 4.2 seconds (files took 1.1 seconds to load)\n12 examples, 2 failures\n" + _TAIL),
    ("search-red-then-cargo",
     _RED + "+ cargo test\ntest result: FAILED. 41 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in "
     "0.21s\n" + _TAIL),
    # a clock-skewed upload, then minitest's and CTest's failed runs (the copy had neither)
    ("skew-then-minitest",
     _SKEW + "+ bundle exec rake test\nFinished in 0.51s\n12 runs, 30 assertions, 1 failures, 0 errors, 0 skips\n" + _TAIL),
    ("skew-then-ctest", _SKEW + "+ ctest --output-on-failure\n90% tests passed, 1 tests failed out of 10\n" + _TAIL),
    # GoogleTest's failed test, then npm's packument race on publish (the copy had no GoogleTest)
    ("gtest-then-npm-409",
     "+ ctest\n[  FAILED  ] ParserTest.RoundTrip (0 ms)\n[  FAILED  ] 1 test, listed below:\n+ npm publish\nnpm ERR! "
     "code E409\nnpm ERR! 409 Conflict - PUT https://registry.npmjs.org/@acme%2fwidget - Failed to save packument. A "
     "common cause is if you try to publish a new package before the previous package has been fully processed.\n" + _TAIL),
]


@pytest.mark.parametrize("log", [pytest.param(log, id=name) for name, log in _GAINED])
def test_a_summary_the_entry_lacked_before_now_reads_not_transient(log: str) -> None:
    reads(log, "real")


# (consol 16) test_run_passed: the one list of "a PASSING test run follows" summaries the three review 16a entries each
# wrote out after their own trouble's line; read as {fragment = "test_run_passed", after = '...'}.
_RUN_PASSED_AFTER = {"toxiproxy-api-conflict-or-missing", "fault-injected-by-the-job", "http-mock-unhandled-or-unused"}
# (review 17i) sqlcmd's Msg header above a run that passed: a test checking the script errors it reports
_RUN_PASSED_AFTER |= {"mssql-script-error-message"}
_PASSED_SUMMARIES = [
    "============ 12 passed, 1 skipped in 3.21s ============",
    "Tests:       1 skipped, 12 passed, 13 total",
    "      Tests  12 passed | 1 skipped (13)",
    "[INFO] BUILD SUCCESS",
    "BUILD SUCCESSFUL in 41s",
    "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42",
    "12 examples, 0 failures",
    "ok  \tgithub.com/acme/shop/cart\t0.412s",
]
_NOT_PASSED = [
    "============ 1 failed, 12 passed in 3.21s ============",
    "Tests:       1 failed, 12 passed, 13 total",
    "[INFO] BUILD FAILURE",
    "BUILD FAILED in 41s",
    "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42",
    "12 examples, 1 failure",
    "ok  \tgithub.com/acme/shop/cart\t0.412s\n--- FAIL: TestCheckout (0.01s)\nFAIL\tgithub.com/acme/shop/api\t0.3s",
]
_TRIGGER = {
    "toxiproxy-api-conflict-or-missing": "HTTP 404: proxy not found",
    "fault-injected-by-the-job": "Added downstream latency toxic 'lat' on proxy 'redis'",
    "http-mock-unhandled-or-unused": "[MSW] Error: intercepted a request without a matching request handler:",
    "mssql-script-error-message": "+ sqlcmd -S localhost -i db/init.sql\nMsg 102, Level 15, State 1, Server sql1, Line 4",
}


def test_the_passing_run_fragment_is_read_below_each_entrys_own_line() -> None:
    base = builtin_catalogue()
    assert set(_referencing("test_run_passed")) == _RUN_PASSED_AFTER
    assert len(base.fragments["test_run_passed"]) == len(_PASSED_SUMMARIES)
    for sig_id, trigger in _TRIGGER.items():
        sig = base.get(sig_id)
        assert sig is not None, sig_id
        excluded = lambda log, sig=sig: any(u.search(log) for u in sig.unless_log)  # noqa: E731
        for summary in _PASSED_SUMMARIES:
            assert excluded(f"{trigger}\nsome output\n{summary}\n"), (sig_id, summary)
            # (a run that passed before the trouble's line does not count)
            assert not excluded(f"{summary}\n{trigger}\n"), (sig_id, summary)
        for summary in _NOT_PASSED:
            assert not excluded(f"{trigger}\n{summary}\n"), (sig_id, summary)


def test_a_fragment_read_after_a_line_in_a_user_file(tmp_path) -> None:
    path = tmp_path / "team.toml"
    path.write_text("""version = 1
[[signature]]
id = "team-fake"
leaning = "real"
category = "test-failure"
weight = 0.8
patterns = ['fake widget refused']
unless_log = [{fragment = "test_run_passed", after = 'fake widget refused'}]
""")
    sig = load_catalogue(extra_files=[path]).get("team-fake")
    assert sig is not None
    assert len(sig.unless_log) == len(builtin_catalogue().fragments["test_run_passed"])
    assert any(u.search("Fake widget refused\nBUILD SUCCESSFUL in 3s\n") for u in sig.unless_log)
    assert not any(u.search("BUILD SUCCESSFUL in 3s\nfake widget refused\n") for u in sig.unless_log)
    for bad in ("after = ''", "after = 3", "before = 'x'"):
        path.write_text(path.read_text().replace("after = 'fake widget refused'", bad))
        with pytest.raises(ConfigError) as info:
            load_catalogue(extra_files=[path])
        assert "'team-fake'" in str(info.value) and "\n" not in str(info.value)
        path.write_text(path.read_text().replace(bad, "after = 'fake widget refused'"))


# (consol 16) the same-line "a test quotes the words" lists the fifteenth- and sixteenth-round entries carried word for
# word, one fragment each set (each entry's list reads as it did: the same patterns, the entry's own extras beside)
_SAME_LINE_USERS = {
    "test_compared_value_words": {"workflow-task-terminated-externally", "workflow-worker-or-pod-lost",
                                  "workflow-server-unreachable"},
    "go_test_assertion_words": {"cd-cli-server-refusal-or-failed-sync", "cd-app-operation-already-running",
                                "cd-wait-deadline-ambiguous"},
    "test_raises_or_go_test_line": {"desktop-packager-config-refused", "desktop-installer-script-error",
                                    "desktop-packager-input-missing"},
    "test_assertion_or_raise_words": {"data-engine-still-starting", "data-engine-node-lost-or-unreachable",
                                      "distributed-sql-transaction-retry"},
}


@pytest.mark.parametrize("name", sorted(_SAME_LINE_USERS))
def test_the_same_line_fragments_pin_their_users(name: str) -> None:
    base = builtin_catalogue()
    assert set(_referencing(name)) == _SAME_LINE_USERS[name]
    for sig_id in _SAME_LINE_USERS[name]:
        sig = base.get(sig_id)
        assert sig is not None, sig_id
        # (an entry that reads case-insensitively: the fragment reads as its own list did)
        assert all(p.flags & re.IGNORECASE for p in sig.patterns), sig_id
        assert set(base.fragments[name]) <= {p.pattern for p in sig.unless}, sig_id
