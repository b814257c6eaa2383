"""Thirtieth round, hold30b: causes behind the misses of the second made-up probe set (newer and rarer tools).

(1) A child process SIGKILLed from outside, in the words of tools whose form the engine did not read: Nix's status of a
builder ("failed due to signal 9 (Killed)"), Julia's pipeline_error ("ProcessSignaled(9)"), Ruby's Process::Status as rake
prints it ("#<Process::Status: pid N SIGKILL (signal 9)>"), dune's "Command got signal KILL.": child-process-sigkilled
reads them as it reads CPython's and execa's; a crash signal (11) and the same derivation killed twice are not read so.
(2) A signing-files fetch that finds no profile for the app's bundle id, worded with "found" before the bundle id ("No
matching profiles found for bundle identifier ...", "No valid profiles were found for bundle identifier ..."): the
signing setup (checker-goal-failed's perm30 pattern); a fetch that goes on to create the profile is not read so.

Every log line here is made up (hosts, paths, packages, test names); no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import judge

# --- (1) a child SIGKILLed, in Nix's, Julia's, Ruby's and dune's words ---------------------------------------------
_SIGKILL_CASES = [
    ('k_nix', 'transient', (
        'Run nix build .#packages.x86_64-linux.gateway -L\n'
        'gateway> [311/902] Building CXX object src/core/CMakeFiles/core.dir/planner.cpp.o\n'
        "error: builder for '/nix/store/b7c8d9e0f1g2h3i4j5k6l7m8n9p0q1r2-gateway-3.4.0.drv' failed due to signal 9 (Killed)\n"
        'Error: Process completed with exit code 1.\n'
    )),
    ('k_julia', 'transient', (
        '[ Info: Building Lanternfish\n'
        'ERROR: LoadError: failed process: Process(`ninja -C deps/out`, ProcessSignaled(9)) [0]\n'
        'Stacktrace:\n'
        '  [1] pipeline_error\n'
        'in expression starting at /builds/lanternfish/deps/build.jl:31\n'
        'ERROR: Job failed: exit code 1\n'
    )),
    ('k_ruby', 'transient', (
        'rake aborted!\n'
        'Command failed with status (): [ruby ext/tidepool/extconf.rb && make -j2...]\n'
        '#<Process::Status: pid 20411 SIGKILL (signal 9)>\n'
        'Tasks: TOP => compile\n'
        'Error: Process completed with exit code 1.\n'
    )),
    ('k_dune', 'transient', (
        '$ opam exec -- dune build @runtest\n'
        'File "lib/kelp/dune", line 1, characters 0-61:\n'
        'Error: Command got signal KILL.\n'
        '-> required by _build/default/lib/kelp/kelp.cmxa\n'
        'ERROR: Job failed: exit code 1\n'
    )),
]

_SIGKILL_NEAR_MISSES = [
    # a crash signal of a Nix builder: the program's own, never read as the kill
    ('k_nix_segv', (
        "error: builder for '/nix/store/c1d2e3f4g5h6j7k8l9m0n1p2q3r4s5t6-sorrel-0.3.0.drv' failed due to signal 11 (Segmentation fault)\n"
        'Error: Process completed with exit code 1.\n'
    )),
    # the same derivation killed on both tries: the build's own need, not one host's moment
    ('k_nix_twice', (
        "error: builder for '/nix/store/c1d2e3f4g5h6j7k8l9m0n1p2q3r4s5t6-sorrel-0.3.0.drv' failed due to signal 9 (Killed)\n"
        "retrying the build of '/nix/store/c1d2e3f4g5h6j7k8l9m0n1p2q3r4s5t6-sorrel-0.3.0.drv'\n"
        "error: builder for '/nix/store/c1d2e3f4g5h6j7k8l9m0n1p2q3r4s5t6-sorrel-0.3.0.drv' failed due to signal 9 (Killed)\n"
    )),
    # a Go test comparing the words
    ('k_go_words', (
        '=== RUN   TestStatusText\n'
        '    status_test.go:18: got "failed with exit code 2", want "failed due to signal 9 (Killed)"\n'
        '--- FAIL: TestStatusText (0.00s)\n'
        'FAIL\n'
    )),
]


@pytest.mark.parametrize(("case_id", "label", "log"), _SIGKILL_CASES, ids=[c[0] for c in _SIGKILL_CASES])
def test_child_sigkilled_in_other_tools_words_reads_transient(case_id, label, log):
    v = judge(log)
    assert v.verdict == label, v.rationale
    assert v.category == 'resource', v.rationale


@pytest.mark.parametrize(("case_id", "log"), _SIGKILL_NEAR_MISSES, ids=[c[0] for c in _SIGKILL_NEAR_MISSES])
def test_near_miss_child_sigkilled_not_transient(case_id, log):
    v = judge(log)
    assert v.verdict != 'transient', v.rationale


# --- (2) no signing profile "found" for the bundle id --------------------------------------------------------------
_PROFILE_CASES = [
    ('s_match_found', (
        '== Prepare code signing ==\n'
        'Fetching signing files for com.pebblecove.diary\n'
        'No matching profiles found for bundle identifier "com.pebblecove.diary" and distribution type "development"\n'
        'Build failed :|\n'
    )),
    ('s_provisioning_found', (
        'Run ./ci/ios-signing.sh\n'
        'No provisioning profiles found for bundle identifier "org.fernhill.scout"\n'
        'Error: Process completed with exit code 1.\n'
    )),
    ('s_valid_were_found', (
        '+ ./ci/ios-signing.sh enterprise\n'
        'No valid profiles were found for bundle identifier org.fernhill.scout.widget\n'
        'script returned exit code 1\n'
    )),
]

_PROFILE_NEAR_MISSES = [
    # the fetch goes on to create the profile: not the failure
    ('s_creating', (
        '== Prepare code signing ==\n'
        'No matching profiles found for bundle identifier "com.pebblecove.diary", creating a new one\n'
        'Build failed :|\n'
    )),
]


@pytest.mark.parametrize(("case_id", "log"), _PROFILE_CASES, ids=[c[0] for c in _PROFILE_CASES])
def test_no_profile_found_for_bundle_id_reads_real(case_id, log):
    v = judge(log)
    assert v.verdict == 'real', v.rationale
    assert v.category == 'config', v.rationale


@pytest.mark.parametrize(("case_id", "log"), _PROFILE_NEAR_MISSES, ids=[c[0] for c in _PROFILE_NEAR_MISSES])
def test_near_miss_profile_then_created_not_read_real_by_it(case_id, log):
    v = judge(log)
    assert 'checker-goal-failed' not in v.rationale, v.rationale
