"""Seventh round of the judgement: excerpts written for these tests (names and values invented)."""

from __future__ import annotations

from judging import judge, overall, signatures
from shared_data import rebuilt_cases, shared_cases

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


# --- wordings of known mechanisms (each in words of our own, with a decoy where one is needed) ---

def test_a_dotnet_download_cut_short_is_a_dropped_transfer():
    v = judge('dotnet-install: Downloading from "primary" link has failed with error:\n'
              "Uri: https://cdn.example.net/sdk/9.0.100/sdk-9.0.100-win-x64.zip\n"
              "Error: Error while copying content to a stream.\n"
              "The response ended prematurely. (ResponseEnded)\n"
              'Could not find "SDK" with version = 9.0.100\n')
    assert "transfer-dropped" in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_a_browser_grid_without_capacity_is_infrastructure():
    v = judge("  [init({\"browserName\": \"firefox\", \"platform\": \"Windows 11\"})]\n\n"
              "  The environment you requested was unavailable.\n\n"
              '  {"status": 13, "value": {"message": "could not start your job"}}\n')
    assert v.verdict == "transient" and v.category == "infrastructure", v.rationale
    busy = judge("[BROWSERSTACK_ALL_PARALLELS_IN_USE] All parallel tests are currently in use\n")
    assert busy.verdict == "transient", busy.rationale


def test_a_build_pod_gone_from_the_ci_cluster_is_a_lost_runner():
    v = judge("2024/02/01 10:16:42 Executing pod \"e2e-upgrade\"\n"
              "2024/02/01 10:16:47 error: could not wait for pod 'e2e-upgrade': it is no longer present on "
              "the cluster\n")
    assert "ci-runner-lost" in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_a_tool_that_says_a_rerun_is_the_remedy_leans_transient_and_an_instruction_to_rerun_tests_does_not():
    v = judge("error: the session closed early (re-running the job should help)\n")
    assert "rerun-advised" in signatures(v) and v.verdict == "transient", v.rationale
    v = judge("An internal error occurred while preparing the workspace. Please retry the job.\n")
    assert "rerun-advised" in signatures(v) and v.verdict == "transient", v.rationale
    # cargo's hint how to rerun one failing test is no such remedy
    decoy = judge("test parser::tests::reads_header ... FAILED\n"
                  "error: test failed, to rerun pass `-p parser --lib`\n")
    assert "rerun-advised" not in signatures(decoy) and decoy.verdict != "transient", decoy.rationale


def test_a_testcontainers_start_failure_is_no_longer_read_as_the_change_alone():
    v = judge("ReaderIT > readsRows FAILED\n"
              "    org.testcontainers.containers.ContainerLaunchException: Container startup failed\n"
              "        at org.testcontainers.containers.GenericContainer.doStart(GenericContainer.java:349)\n")
    assert "service-not-started" in signatures(v)
    assert v.verdict != "real", v.rationale


# --- a docs build that failed on a fetch, and relays that name no cause -------------------------

SPHINX_INVENTORY = """\
Run sphinx-build -E -W -b html . _build/html
Running Sphinx v6.2.1
making output directory... done
loading intersphinx inventory from https://docs.example.org/3/objects.inv...
loading intersphinx inventory from https://libs.example.io/en/latest/objects.inv...

Warning, treated as error:
failed to reach any of the inventories with the following issues:
intersphinx inventory 'https://libs.example.io/en/latest/objects.inv' not fetchable due to \
<class 'requests.exceptions.HTTPError'>: {status} for url: https://libs.example.io/en/latest/objects.inv
##[error]Process completed with exit code 2.
"""


def test_a_docs_build_whose_inventory_fetch_got_a_502_is_transient():
    v = judge(SPHINX_INVENTORY.format(status="502 Server Error: Bad Gateway"))
    assert "docs-check" not in signatures(v)  # the relay is refuted by its chain
    assert v.verdict == "transient" and v.category == "network", v.rationale


def test_a_docs_build_whose_inventory_url_is_wrong_is_real():
    v = judge(SPHINX_INVENTORY.format(status="404 Client Error: Not Found"))
    assert "resource-missing-404" in signatures(v) and "network-unreachable" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_sphinx_closing_line_relays_its_warnings():
    timeout = judge("WARNING: failed to reach any of the inventories with the following issues:\n"
                    "intersphinx inventory 'https://api.example.org/objects.inv' not fetchable\n"
                    "due to <class 'requests.exceptions.ConnectTimeout'>\n"
                    "build finished with problems, 1 warning (with warnings treated as errors).\n")
    assert {"warnings-as-errors", "docs-build-error"}.isdisjoint(signatures(timeout))
    assert timeout.verdict == "transient", timeout.rationale
    broken = judge("/src/docs/guide.rst:41: WARNING: undefined label: 'setup-guide'\n"
                   "build finished with problems, 1 warning (with warnings treated as errors).\n")
    assert broken.verdict == "real", broken.rationale


def test_a_failed_fetch_in_the_failing_tools_own_output_outweighs_what_the_tool_is():
    log = ("Run sphinx-build -W -b html docs docs/_build\n"
           "Running Sphinx v7.2.6\n"
           "loading intersphinx inventory from https://docs.example.org/objects.inv...\n"
           "WARNING: failed to reach any of the inventories with the following issues:\n"
           "intersphinx inventory 'https://docs.example.org/objects.inv' not fetchable due to "
           "<class 'requests.exceptions.HTTPError'>: 503 Server Error: Service Unavailable for url: "
           "https://docs.example.org/objects.inv\n"
           "##[error]Process completed with exit code 2.\n")
    v = judge(log)
    tool = next(f for f in v.findings if f.signature == "structure-docs-builder")
    assert tool.weight < 0.75  # 0.8 for the tool alone, halved in log-odds by the failed fetch
    assert v.verdict == "transient", v.rationale
    # the same tool with no trouble in its output keeps its full lean
    plain = judge("Run sphinx-build -W -b html docs docs/_build\nRunning Sphinx v7.2.6\n"
                  "/src/docs/index.rst:3: WARNING: toctree contains reference to nonexisting document 'x'\n"
                  "##[error]Process completed with exit code 2.\n")
    assert next(f for f in plain.findings if f.signature == "structure-docs-builder").weight >= 0.8
    assert plain.verdict == "real", plain.rationale


# --- the daemon's own step header names a step, not always a command -----------------------------

def _header(name: str, code: int) -> str:
    from triage_agent.providers.circleci.parse import StepAction
    from triage_agent.providers.circleci.provider import step_header

    return step_header(StepAction(step_name=name, index=0, status="failed", failed=True, exit_code=code,
                                  has_output=True, output_url=None))


STYLE_OUTPUT = """\
> site@1.0.0 lint:css
> stylelint "src/**/*.scss"

src/buttons.scss
  12:3  x  Unexpected unknown property "colr"   property-no-unknown

1 problem (1 error, 0 warnings)
"""


def test_a_named_step_is_read_by_the_command_it_echoed():
    from triage_agent.classify import structure

    st = structure.read(_header("Lint styles", 2) + "\n" + STYLE_OUTPUT)
    assert (st.command, st.exit_code, st.tool) == ('stylelint "src/**/*.scss"', 2, "stylelint")
    v = judge(_header("Lint styles", 2) + "\n" + STYLE_OUTPUT)
    assert "structure-lint" in signatures(v) and v.verdict == "real", v.rationale


def test_a_step_named_by_its_command_keeps_it():
    from triage_agent.classify import structure

    st = structure.read(_header("npm run lint", 1) + "\n" + "src/a.js\n  3:1  error  'x' is unused  no-unused-vars\n")
    assert (st.command, st.exit_code, st.kind) == ("npm run lint", 1, "lint")
    # a named step that echoed nothing is still read for its exit code
    st = structure.read(_header("Run tests", 137) + "\nKilled\n")
    assert (st.command, st.exit_code) == ("Run tests", 137)


# --- the team's history: a failure whose earlier occurrences passed on a rerun --------------------

FEATURE_SPEC = """\
Failures:
  1) Checkout completes the order
     Failure/Error: expect(page).to have_content('Thank you')
       expected to find text "Thank you" in "Checkout Order summary"
     # ./spec/features/checkout_spec.rb:31
Finished in 2 minutes
212 examples, 1 failure
"""


def _prior(*outcomes: str) -> dict:
    return {"prior": [{"verdict": "real", "confidence": 0.8, "outcome": o} for o in outcomes]}


def test_a_failing_test_whose_fingerprint_passed_its_reruns_is_explained_by_flakiness():
    bare = judge(FEATURE_SPEC)
    once = judge(FEATURE_SPEC, history=_prior("confirmed"))
    twice = judge(FEATURE_SPEC, history=_prior("confirmed", "confirmed"))
    assert bare.verdict == "real"
    assert once.verdict != "real"  # one passed rerun: a look, not a report
    assert twice.verdict == "transient" and twice.confidence >= 0.9, twice.rationale
    weight = {f.signature: f.weight for f in once.findings}
    assert weight["test-assertion"] < {f.signature: f.weight for f in bare.findings}["test-assertion"]


def test_a_refuted_rerun_of_the_fingerprint_keeps_the_failing_test_a_witness():
    v = judge(FEATURE_SPEC, history=_prior("confirmed", "refuted"))
    assert v.verdict == "real", v.rationale
    weight = {f.signature: f.weight for f in v.findings}
    assert weight["test-assertion"] == {f.signature: f.weight for f in judge(FEATURE_SPEC).findings}["test-assertion"]


# --- more wordings (each in words of our own) ----------------------------------------------------

def test_a_linter_built_with_an_older_go_than_the_module_targets_is_real():
    v = judge("golangci-lint run ./...\nError: can't load config: the Go language version (go1.23) used to "
              "build golangci-lint is lower than the targeted Go version (1.24)\n")
    assert "toolchain-version-unsupported" in signatures(v) and v.verdict == "real", v.rationale


def test_rubygems_name_resolution_is_dns_and_a_missing_file_is_not():
    dns = judge("ERROR:  Could not find a valid gem 'ledger' (= 2.0.1), here is why:\n"
                "          Unable to download data from https://rubygems.org/ - no such name "
                "(https://rubygems.org/specs.4.8.gz)\n")
    assert "download-failed" in signatures(dns) and dns.verdict == "transient", dns.rationale
    gone = judge("ERROR:  Could not find a valid gem 'ledger' (= 2.0.1), here is why:\n"
                 "          Unable to download data from https://gems.example.org/ - no such file\n")
    assert "download-failed" not in signatures(gone) and gone.verdict != "transient", gone.rationale


def test_a_coroutine_test_that_never_completed_is_a_test_timeout():
    v = judge("ReaderTest > readsAll[emulator - 13] FAILED\n"
              "    kotlinx.coroutines.test.UncompletedCoroutinesError: After waiting for 10000 ms, the test "
              "coroutine is not completing\n")
    assert "test-timeout" in signatures(v) and v.verdict == "transient", v.rationale


# --- the seventh round's labelled sets (third-party logs in ../shared; ids in docs/heldout-sources.jsonl) ---

def _cases(*parts: str):
    return [c for part in parts for c in shared_cases("eval", *part.split("/"))]


# the splits of rounds 1-6 (a full rebuild also holds the eighth round's final12 and final13)
_ROUNDS_1_TO_6 = {"tune", "final", "final2", "tune6", "final6"}


def test_the_rebuilt_own_source_cases_keep_their_figures():
    """The 451 held-out cases of the development set's own sources (LogChunks, CiDiff, Cockpit,
    GitBug-Java) of rounds 1-6, rebuilt from the public datasets by scripts/rebuild_heldout.py.
    Before this round 1.000 / 0.730 with 21 unknowns; now 1.000 / 0.737 with 20."""
    o = overall(rebuilt_cases(_ROUNDS_1_TO_6))
    assert o.n == 451
    assert o.precision("transient") >= 0.99 and o.recall("transient") >= 0.73
    assert o.precision("real") >= 0.92 and o.unknown <= 0.05 * o.n


def test_the_ninth_and_tenth_sets_keep_their_figures():
    """Fresh threads collected blind to the engine. final9 (65), measured once at the round's start:
    0.773 / 0.548, 8 unknowns; development data since (0.846 / 0.710 with 6 when this was written).
    final10 (71), measured once after the round's log changes: 1.000 / 0.514, 5 unknowns;
    development data since."""
    nine = overall(_cases("collected9/final9a.jsonl", "collected9/final9b.jsonl"))
    assert nine.n == 65
    assert nine.precision("transient") >= 0.84 and nine.recall("transient") >= 0.70
    assert nine.unknown <= 0.10 * nine.n
    ten = overall(_cases("collected10/final10a.jsonl", "collected10/final10b.jsonl"))
    assert ten.n == 71
    assert ten.precision("transient") >= 0.95 and ten.recall("transient") >= 0.55
    assert ten.unknown <= 0.10 * ten.n


def test_travis_macos_shell_hook_line_is_no_missing_tool():
    log = ("Tests  Total: 40, Errors: 0, Failed: 0, Skipped: 0, Time: 1.2s\n"
           "error: could not download nuget.exe: The remote server returned an error: (503) Server Unavailable.\n"
           "\n"
           'The command "./build.sh" exited with 1.\n'
           "Done. Your build exited with 1.\n"
           "/Users/travis/.travis/job_stages: line 166: shell_session_update: command not found\n")
    v = judge(log)
    assert "missing-tool" not in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_a_fetch_the_tool_survived_leaves_its_lean_whole():
    survived = judge("Run sphinx-build -W -b html docs out\n"
                     "curl: (56) Recv failure: Connection reset by peer\nretrying download of the theme...\ndone\n"
                     "/src/docs/index.rst:3: WARNING: toctree contains reference to nonexisting document 'intro'\n"
                     "##[error]Process completed with exit code 2.\n")
    tool = next(f for f in survived.findings if f.signature == "structure-docs-builder")
    assert tool.weight >= 0.8 and survived.verdict != "transient", survived.rationale
    lint = judge("Run npx eslint src\n"
                 "go: downloading example.com/mod v1.0.0: dial tcp 10.0.0.1:443: i/o timeout\n"
                 "/src/a.js\n  3:1  error  'foo' is not defined  no-undef\n\n1 problem (1 error, 0 warnings)\n"
                 "##[error]Process completed with exit code 1.\n")
    assert lint.verdict == "real", lint.rationale


def test_php_memory_limit_is_a_fixed_cap_and_a_machine_out_of_memory_is_not():
    php = judge("Updating dependencies (including require-dev)\n"
                "PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted (tried to allocate 8192 bytes) "
                "in phar:///usr/local/bin/composer/src/Composer/DependencyResolver/Solver.php on line 223\n"
                "Check https://getcomposer.org/doc/articles/troubleshooting.md#memory-limit-errors for more info "
                "on how to handle out of memory errors.\n")
    assert "php-memory-limit" in signatures(php) and "resource-exhausted" not in signatures(php)
    assert php.verdict == "real", php.rationale
    machine = judge("fatal: Out of memory, malloc failed (tried to allocate 104857600 bytes)\n")
    assert machine.verdict == "transient", machine.rationale


def test_a_fetch_whose_last_answer_is_404_is_no_outage():
    v = judge("Attempting mirror: https://mirror.example.net/tool\n"
              "Mirror failed with error: Error: Unexpected HTTP response: 503\n"
              "Attempting official: https://tool.example.org/builds\n"
              "Error: Unexpected HTTP response: 404\n")
    assert "resource-missing-404" in signatures(v)
    assert v.verdict != "transient", v.rationale


def test_the_eleventh_set_keeps_its_figures():
    """Fresh threads (42, ids in docs/heldout-sources.jsonl, split final11), measured once with the
    round's final engine: 0.800 / 0.762 with 2 unknowns; development data since (0.889 / 0.762
    with 3 when this was written: PHP's memory_limit and a last answer of 404 are not outages)."""
    o = overall(_cases("collected11/final11a.jsonl", "collected11/final11b.jsonl"))
    assert o.n == 42
    assert o.precision("transient") >= 0.85 and o.recall("transient") >= 0.75
    assert o.unknown <= 0.10 * o.n
