"""An error no signature explains: a lean towards the change, never a diagnosis, and never next to
a transient mechanism; plus the log normalisations and downstream symptoms of the fifth round.

Every log here was written for the test (none is copied from a project's CI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from judging import ENGINE, judge, signatures
from shared_data import shared_file

from triage_agent.classify import calibration as calibration_mod
from triage_agent.classify import structure
from triage_agent.classify.metrics import calibration_by_kind, evaluate, load_cases, render_text
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

UNEXPLAINED = structure.UNEXPLAINED_ERROR


# Errors in words of their own that no catalogue entry knows: a theme, a schema, a doctest, a tool.
UNEXPLAINED_LOGS = [
    "Configuration file: /src/site/_config.yml\nTheme: fancy-theme\nError: The fancy-theme theme could not be found.\n",
    "Checking manifest\nerror: widget.manifest names an unknown entry point 'main2'\n",
    "Failed example:\n    total(items)\nExpected:\n    12\nGot:\n    12.0\n",
    "Running plugin checks\nError: plugin 'widgets' declares an unsupported api version\n",
    "> Configure project :app\nCould not find org.example:widget-core:2.4.1.\n  Searched in the following locations:\n"
    "    - https://repo.example.org/maven2/org/example/widget-core/2.4.1/widget-core-2.4.1.pom\n",
]


@pytest.mark.parametrize("log", UNEXPLAINED_LOGS)
def test_an_error_no_signature_explains_leans_real_with_a_capped_confidence(log):
    v = judge(log)
    assert v.verdict == "real", v.rationale
    assert v.category == calibration_mod.UNRECOGNISED_CATEGORY
    assert UNEXPLAINED in signatures(v)
    assert 0.5 < v.confidence <= calibration_mod.UNEXPLAINED_CAP
    assert "not a diagnosis" in v.rationale
    assert calibration_mod.kind_of(v.verdict, v.category, v.findings) == "unexplained"


@pytest.mark.parametrize(
    "log",
    [
        "make: *** [all] Error 2\n",
        "make[2]: *** [Makefile:40: build] Error 1\nmake[1]: *** [all] Error 2\n",
        "FAILURE: Build failed with an exception.\n\n* What went wrong:\n",
        "npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! A complete log of this run can be found in: /x.log\n",
        "error Command failed with exit code 1.\n",
        "Error: Process completed with exit code 2.\n",
        "ERROR: Job failed: exit code 1\n",
        "The command \"./ci/build.sh\" failed and exited with 1 during .\n",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile)\n",
        "script returned exit code 2\nFinished: FAILURE\n",
        "12 examples, 0 failures\nmake: *** [spec] Error 1\n",
        "fail_on_error: true\nretries = 0\n",
        "",
        "Compiling widgets v0.3.1\n    Finished dev [unoptimized] target(s) in 4.2s\n",
    ],
)
def test_lines_that_only_relay_a_failure_give_no_lean(log):
    """make's *** Error, exit codes, task and job results, settings: they say that something failed,
    not what; with nothing else the verdict stays unknown."""
    assert structure.last_error_line(log.split("\n")) is None
    v = judge(log)
    assert v.verdict == "unknown", v.rationale
    assert UNEXPLAINED not in signatures(v)


@pytest.mark.parametrize(
    "log",
    [
        "Installing packages\nError: the package feed answered with status 503 for widget-2.1.nupkg\n",
        "Fetching index\nerror: upstream mirror did not answer for widget-2.1.tgz\n",
        "Starting simulator\nError: device could not be booted before the deadline\n",
        "Pulling image\nerror: could not pull example/builder:3 (TLS handshake aborted)\n",
        "Uploading results\nError: upload to the artifact store was interrupted\n",
        "Waiting for database\nFATAL: the database container is busy, try again later\n",
        "fetch widgets\nError: quota for this account is exhausted\n",
        "Seeding fixtures\nloader: ERROR seeding tenant t-1: lock wait on registry held by another job\n",
    ],
)
def test_an_unexplained_error_in_words_of_trouble_gives_no_lean_towards_the_change(log):
    """Words of time, the network, the machine or availability near the error: a transient
    mechanism the catalogue does not know, not a lean towards the change."""
    assert structure.last_error_line(log.split("\n")) is None
    v = judge(log)
    assert v.verdict != "real" or UNEXPLAINED not in signatures(v), v.rationale


@pytest.mark.parametrize(
    "log",
    [
        "Checking dependencies\nerror: yarn.lock does not match the manifest's resolutions\n",
        "error: failed to parse lock file at: /src/Cargo.lock\n\nCaused by:\n"
        "  lock file version 4 requires `-Znext-lockfile-bump`\n",
    ],
)
def test_a_lockfile_is_not_lock_contention(log):
    assert structure.last_error_line(log.split("\n")) is not None
    assert judge(log).verdict == "real"


@pytest.mark.parametrize("name", ["app_test.go", "main.go", "a.go", "Makefile"])
def test_a_line_number_is_not_an_http_status(name):
    """A short file name puts the line number within reach of "Error": still no status."""
    log = f"Error: {name}:574:6: loopclosure: loop variable tt captured by func literal (vet)\n"
    found = structure.last_error_line(log.split("\n"))
    assert found is not None and "574" in found[1]
    for status in ("Error: HTTP 503: Service Unavailable", "error: status: 503", "the server returned error: 429"):
        assert structure.last_error_line([status]) is None, status


def test_an_error_far_above_the_end_is_not_the_one_that_stopped_the_job():
    log = "Error: widget.cfg has an invalid key\n" + "".join(f"step {n} ok\n" for n in range(60))
    assert structure.last_error_line(log.split("\n")) is None
    assert judge(log).verdict == "unknown"


def test_next_to_a_transient_mechanism_the_unexplained_error_is_its_damage():
    log = ("curl: (6) Could not resolve host: downloads.example.org\n"
           "Error: The widget bundle could not be found.\n")
    v = judge(log)
    assert UNEXPLAINED not in signatures(v)
    assert v.verdict != "real"
    alone = judge("Error: The widget bundle could not be found.\n")
    assert alone.verdict == "real" and UNEXPLAINED in signatures(alone)


def test_next_to_a_recognised_deterministic_failure_it_adds_nothing():
    log = "src/app.ts(3,1): error TS2304: Cannot find name 'x'.\nError: The widget bundle could not be found.\n"
    v = judge(log)
    assert v.verdict == "real"
    assert UNEXPLAINED not in signatures(v)
    assert v.category != calibration_mod.UNRECOGNISED_CATEGORY
    assert v.confidence > calibration_mod.UNEXPLAINED_CAP


def test_an_unexplained_error_never_makes_a_transient_verdict_on_the_flaky_list_less_transient():
    """Evidence from outside the log still decides: a failed test on CircleCI's flaky list. The
    error is that test's failure, which the list already explains: no lean against it."""
    flaky = {"failed_tests": [{"name": "test_bundle", "message": "boom"}], "known_flaky": ["test_bundle"]}
    v = judge("Error: The widget bundle could not be found.\n", **flaky)
    assert v.verdict == "transient", v.rationale
    assert UNEXPLAINED not in signatures(v)
    assert v.confidence == judge("Running the bundle tests\n", **flaky).confidence


def test_the_engine_without_the_structure_reader_leaves_it_unknown():
    engine = RulesEngine(read_structure=False)
    v = engine.classify(FailureCase.from_dict({"id": "t", "log": UNEXPLAINED_LOGS[0]}))
    assert v.verdict == "unknown"


def test_eval_reports_the_unexplained_kind_with_its_accuracy():
    cases = [
        {"id": "a", "label": "real", "log": UNEXPLAINED_LOGS[0]},
        {"id": "b", "label": "transient", "log": UNEXPLAINED_LOGS[1]},
    ]
    report = evaluate(cases, ENGINE.classify)
    text = render_text(report)
    line = next(ln for ln in text.splitlines() if "real on an unexplained error alone" in ln)
    assert "n 2" in line and "accuracy 0.500" in line


# --- logs copied from a web view, and symptoms of a failed fetch ---------------------------------


def test_line_anchors_of_a_log_copied_from_the_web_view_are_stripped():
    anchored = ("  1) test delivers the event (EventsTest)\n"
                "     Assertion failed, no matching message after [10](https://github.com/o/r/actions/runs/1/job/2#step:9:11)00ms\n")
    plain = anchored.replace("[10](https://github.com/o/r/actions/runs/1/job/2#step:9:11)", "10")
    a, b = judge(anchored), judge(plain)
    assert (a.verdict, a.confidence) == (b.verdict, b.confidence)
    assert a.verdict == "transient" and "test-timing" in signatures(a)
    assert any("after 1000ms" in e for e in a.evidence)


def test_a_missing_dependency_after_a_failed_download_is_its_symptom():
    download = ("-- Downloading https://files.example.org/widget-1.3.tar.gz... Failed. Status: 7;\"Couldn't connect to server\"\n")
    symptom = ("CMake Error at cmake/deps.cmake:40 (find_package):\n"
               "  Could not find a package configuration file provided by \"Widget\" with any of\n"
               "  the following names:\n    WidgetConfig.cmake\n    widget-config.cmake\n")
    alone = judge(symptom)
    after = judge(download + symptom)
    assert alone.verdict == "real", alone.rationale
    assert after.verdict == "transient", after.rationale


@pytest.mark.parametrize("status", ["308 Permanent Redirect", "301 Moved Permanently", "410 Gone"])
def test_a_transfer_answered_with_moved_or_gone_is_not_a_network_blip(status):
    transfer = ("[ERROR] Failed to execute goal on project widget: Could not transfer artifact "
                "org.example:core:pom:1.2 from/to legacy (http://repo.example.org/m2/): Transfer failed for "
                "http://repo.example.org/m2/org/example/core/1.2/core-1.2.pom {}\n")
    assert judge(transfer.format("Connection reset")).verdict == "transient"
    v = judge(transfer.format(status))
    assert v.verdict != "transient", v.rationale


# --- the fifth round's labelled sets ----------------------------------------------------------------


def test_the_fifth_tuning_set_keeps_the_targets_it_was_developed_to():
    """The fifth round's tuning set (89 excerpts from GitHub threads, 2026; ids in
    docs/heldout-sources.jsonl, split tune5). Measured when the round ended: transient 1.000 /
    0.696, 6 unknowns (7 %), unexplained reals right 8 times of 11; before the round 0.968 / 0.652
    with 17 unknowns (19 %)."""
    cases = [c for part in ("tune5a", "tune5b")
             for c in load_cases(shared_file("eval", "collected5", f"{part}.jsonl"))]
    report = evaluate(cases, ENGINE.classify)
    o = report.overall
    assert o.precision("transient") >= 0.95
    assert o.recall("transient") >= 0.65
    assert o.unknown <= 0.10 * o.n
    n, _, accuracy, _ = calibration_by_kind(report.results)["unexplained"]
    assert n >= 5 and accuracy >= 0.6


def test_the_held_out_list_names_each_case_once_without_its_log():
    path = Path(__file__).resolve().parents[2] / "docs" / "heldout-sources.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 1299
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "label", "source", "split"}, r
        assert r["label"] in ("transient", "real")
    assert {"final4", "tune5", "final5", "tune6", "final6"} <= {r["split"] for r in rows}


@pytest.mark.parametrize(
    ("log", "signature"),
    [
        ("Caused by: org.example.aether.TransferException: Failed to transfer https://repo.example.org/m2/a/b/1.0/b-1.0.jar."
         " Error code 429\n", "rate-limited"),
        ("Run mysql --host 127.0.0.1 --port 33060 -uroot -e 'SELECT 1'\n"
         "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:33060' (111)\n"
         "Error: Process completed with exit code 1.\n", "service-starting"),
        ("The active test run was aborted. Reason: Test host process crashed\nTest Run Aborted.\n"
         "Total tests: Unknown\n     Passed: 120\n", "jvm-fork-crashed"),
        ("Running browser tests\n\nServer has taken more than 15000ms to start.\n\n"
         "Error: Process completed with exit code 1.\n", "test-timing"),
        ("Installing node (x64)...\nnpm install --global npm@10.2.0\nnpm ERR! code ENOTFOUND\n", "dns-failure"),
        ("error: Failed to fetch `widget==1.2.0 @ https://files.example.org/widget-1.2.0.whl`\n"
         "  Caused by: http2 error\n  Caused by: stream error received: refused stream before processing any"
         " application logic\n", "transfer-dropped"),
        ('2024-05-02 10:01:02.003 xcodebuild[812:2796] Connection peer refused channel request for '
         '"dtxproxy:XCTestManager_IDEInterface:XCTestManager_DaemonConnectionInterface"; channel canceled\n'
         "** TEST FAILED **\n", "device-lost"),
        ("  1) test expires old requests (App.PendingTest)\n     test/app/pending_test.exs:63\n"
         "     code: assert_receive {:expired, \"old\"}\n       test/app/pending_test.exs:72: (test)\n"
         "212 tests, 1 failure\n", "test-timing"),
    ],
)
def test_fifth_round_wordings_of_known_mechanisms(log, signature):
    """Each is a known transient mechanism in a tool's own words: a 429 in a transfer error, a
    database container not listening yet, vstest's host dying, a fixture server's start timeout."""
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    assert signature in signatures(v)


def test_a_429_in_an_assertion_is_not_a_rate_limit():
    v = judge("AssertionError: expected status code 429 but got 200\n")
    assert v.verdict != "transient"


def test_travis_stopping_a_build_after_a_failed_install_is_no_lost_runner():
    log = ("$ bundle install\nFetching gem metadata from https://rubygems.org/.........\n"
           "widget-2.3.0 requires ruby version >= 2.6.0, which is incompatible with the\n"
           "current version, ruby 2.5.1p57\n"
           'The command "bundle install" failed and exited with 5 during .\n'
           "Your build has been stopped.\n")
    v = judge(log)
    assert v.verdict == "real", v.rationale
    assert "ci-runner-lost" not in signatures(v)


@pytest.mark.parametrize(
    "path",
    [
        "/home/runner/work/widget/widget/manifest.json",  # GitHub-hosted runner
        "/home/gitlab-runner/builds/abc/0/org/widget/manifest.json",  # GitLab shell executor
        "/var/lib/buildkite-agent/builds/ci-1/org/widget/manifest.json",  # Buildkite
        "/home/jenkins/agent/workspace/widget_PR-12/manifest.json",  # Jenkins on Kubernetes
        "D:\\agent\\_work\\1\\s\\manifest.json",  # Azure Pipelines, self-hosted
    ],
)
def test_the_words_of_a_workspace_path_are_no_trouble(path):
    """Where the job runs (a runner's or agent's directory) is no sign of a lost runner or agent."""
    log = f"Reading {path}\nError: manifest names an unknown entry point 'main2'\n"
    assert structure.last_error_line(log.split("\n")) is not None
    assert judge(log).verdict == "real"
    assert structure.last_error_line(["Error: the runner lost its agent", ""]) is None


# Closing lines of build tools, runners and report steps: each only relays a failure reported above.
CLOSING_LINES = [
    "* Try:\n> Run with --stacktrace option to get the stack trace.\n\nBUILD FAILED in 1m 2s\n"
    "3 actionable tasks: 1 executed, 2 up-to-date",
    "[ERROR] \n[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.\n"
    "[ERROR] Re-run Maven using the -X switch to enable full debug logging.\n[ERROR] \n"
    "[ERROR] For more information about the errors and possible solutions, please read the following articles:\n"
    "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException",
    "npm error Lifecycle script `build` failed with error:\nnpm error code 1\nnpm error path /src\n"
    "npm error workspace core@1.0.0\nnpm error location /src/packages/core\nnpm error command failed\n"
    "npm error command sh -c node fetch.js",
    "[12/40] Building CXX object src/widget.o\nninja: build stopped: subcommand failed.",
    "INFO: Elapsed time: 3.2s\nINFO: 0 processes.\nERROR: Build did NOT complete successfully",
    " ELIFECYCLE  Command failed with exit code 1.\n ELIFECYCLE  Test failed. See above for more details.",
    "  py311: FAIL code 1 (3.21 seconds)\n  evaluation failed :( (3.30 seconds)",
    "error: 1 target failed:\n    `--lib`",
    "rake aborted!\nCommand failed with status (1): [ruby -w -Ilib test/widget_test.rb]",
    "Error: Command failed: npm run build",
    "Uploading artifacts for failed job\nUploading artifacts...\nWARNING: report.xml: no matching files\n"
    "ERROR: No files to upload\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1",
    "Recording test results\nERROR: Step 'Publish JUnit test result report' failed: No test report files were found."
    " Configuration error?\nFinished: FAILURE",
]


@pytest.mark.parametrize("tail", CLOSING_LINES)
def test_closing_lines_only_relay_a_failure(tail):
    """Alone they give no lean; under an error whose neighbourhood speaks of trouble they do not
    hide that neighbourhood (the lean would otherwise be read from the closing line)."""
    assert structure.last_error_line(tail.split("\n")) is None
    assert judge(tail + "\n").verdict == "unknown"
    troubled = "Error: upload to the artifact store was interrupted\n" + tail + "\n"
    assert UNEXPLAINED not in signatures(judge(troubled))
    plain = "Error: manifest names an unknown entry point 'main2'\n" + tail + "\n"
    found = structure.last_error_line(plain.split("\n"))
    assert found is not None and "main2" in found[1]


@pytest.mark.parametrize(
    "progress",
    ["[1/4] Resolving packages...", "Resolving dependencies...", "Resolving deltas: 100% (812/812), done.",
     "Resolved 42 packages in 12ms", "Progress: resolved 812, reused 800, downloaded 0, added 0"],
)
def test_a_package_managers_progress_is_no_name_lookup(progress):
    log = f"{progress}\nerror Couldn't find any versions for \"widget-core\" that matches \"^9.0.0\"\n"
    assert structure.last_error_line(log.split("\n")) is not None
    assert judge(log).verdict == "real"
    assert structure.last_error_line(["Error: failed to resolve 'files.example.org'"]) is None


def test_the_shipped_map_caps_the_unexplained_kind():
    """The lean alone reaches about 0.71, under the cap, so the verdict tests above cannot see the
    cap: check that the shipped map holds it."""
    assert ENGINE.calibration.cap_of("unexplained") == calibration_mod.UNEXPLAINED_CAP
    assert ENGINE.calibration.apply(0.99, "unexplained") == calibration_mod.UNEXPLAINED_CAP


@pytest.mark.parametrize(
    "line",
    [
        "thread 'main' panicked at 'internal error: entered unreachable code: state 7', src/fsm.rs:88:18",
        "Sources/App/View.swift:12:9: error: 'UIWebView' is unavailable in Mac Catalyst",
        "[ERROR] Forbidden method invocation: java.lang.String#toLowerCase() [Uses default locale]",
    ],
)
def test_a_compilers_or_linters_own_idiom_is_no_trouble_word(line):
    """'unreachable code', "'X' is unavailable" and a forbidden-APIs finding are deterministic."""
    found = structure.last_error_line(["Building", line])
    assert found is not None and found[1] == line


@pytest.mark.parametrize("line", ["Error: the package service is unavailable, try later",
                                  "Error: 403 Forbidden while fetching the index",
                                  "error: host unreachable"])
def test_the_same_words_as_trouble_still_give_no_lean(line):
    assert structure.last_error_line(["Fetching", line]) is None
