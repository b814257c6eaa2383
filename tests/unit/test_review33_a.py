"""(review33_a) The readings added this round (flaky33, threads33): a test runner's own report that a test flaked
(Surefire/Failsafe's "Flakes:" list and per-class flake count, Bazel's "FLAKY, failed in N out of M", nextest's
"FLAKY n/m", Ginkgo's "[FLAKEY TEST - TOOK N ATTEMPTS TO PASS]" and "N Flaked" summary; rspec-retry's, the .NET retry
extension's, Jest's, Cypress' and gotestsum's attempt lines), Jenkins' agent-offline forms and Travis' framing of a
curl command that failed.

Two kinds of whole logs:

(1) real failures that may now read transient: a flake report beside a failure the retry summaries do not count (a
compile error in another module, a coverage gate, a lint after the tests, a second runner's failed test in its own
form), "Run N: PASS" printed by the code under test, an agent lost after the build had failed, a curl exit code in
Travis' line where curl met a lasting fault (a local service that never started, a TLS port spoken to in plain text);

(2) transient failures that may read real or unknown: a flake report with noise around it (application ERROR lines,
warnings, downloads), an agent loss quoted below a few lines of a build that was still going.

Over GitHub Actions, GitLab CI, Jenkins, Travis CI, Azure Pipelines, Buildkite, CircleCI, Tekton, Drone and
Woodpecker; Java (Maven, Gradle), Kotlin, Go (Ginkgo, gotestsum), Rust (nextest), C++ (Bazel), Ruby (rspec-retry),
.NET, JavaScript (Jest, Cypress), Python, Scala, PHP and shell.

Each case is (id, expected, log); expected is "transient" or "real" (that verdict), "not_transient" (real or unknown)
or "not_real" (transient or unknown). Every line here was written for the test (none is copied from a project's CI log
or a dataset); hosts, names and paths are made up. Of the 86 logs tried, 13 were misread at 3a9f093 (12 real failures
read transient, one transient read unknown); the 10 of them fixed pin this review's fixes (Maven's failed goal of
another plugin and Surefire's fork that failed to start beside a flake, Jenkins' trace form of a remote call's class
error, Jenkins' agent-offline forms below a finished run's failure summary, Travis' curl line to the job's loopback and
under sudo, a gate's "N% is below the required M%", a harness's own "Run N: PASS" lines); the 3 left are strict xfails
whose reason starts "LEFT:"; the rest read right there already and pin the verdict as the review found it; the "near_"
cases guard the fixes' other side and read the same at 3a9f093."""

from __future__ import annotations

from functools import partial

import pytest
from frames import (
    BK_EXIT,
    DRONE_EXIT,
    GH_EXIT,
    Azure,
    Circle,
    Clock,
    Frame,
    GitLab,
    Tekton,
    Travis,
    pip_install,
)
from judging import assert_unique_ids, judge, teamcity_lines

J = "\n".join

_NAMES = ["auk", "bittern", "coot", "dunlin", "egret", "fulmar", "gannet", "hobby", "ibis", "jay", "knot", "linnet",
          "merlin", "nuthatch", "ouzel", "pipit", "quail", "rook", "siskin", "tern", "urubu", "vireo", "wigeon", "yaffle"]


def _n(i: int) -> str:
    return _NAMES[i % len(_NAMES)] + ("" if i < len(_NAMES) else f"{i // len(_NAMES)}")


def _ver(i: int) -> str:
    return f"{1 + i % 4}.{(i * 5) % 11}.{(i * 3) % 7}"


# ---- what a step prints on its way
def mvn_dl(n: int) -> list[str]:
    out = []
    for i in range(n):
        p = f"net/fenwick/{_n(i)}/{_ver(i)}/{_n(i)}-{_ver(i)}"
        out += [f"[INFO] Downloading from central: https://repo.maven.apache.org/maven2/{p}.pom",
                f"[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/{p}.pom ({2 + i} kB at "
                f"{70 + i * 3} kB/s)"]
    return out


def sf_ok(n: int, pkg: str = "net.fenwick.tally") -> list[str]:
    out = []
    for i in range(n):
        c = f"{pkg}.{_n(i).title()}Test"
        out += [f"[INFO] Running {c}", f"[INFO] Tests run: {2 + i % 6}, Failures: 0, Errors: 0, Skipped: 0, Time "
                f"elapsed: {0.1 + i / 7:.3f} s -- in {c}"]
    return out


def reactor(mods: list[tuple[str, str]], total: str = "01:42 min") -> list[str]:
    out = ["[INFO] ------------------------------------------------------------------------",
           "[INFO] Reactor Summary for fenwick-parent 2.4.0-SNAPSHOT:", "[INFO] "]
    for m, st in mods:
        out.append(f"[INFO] {m} {'.' * (40 - len(m))} {st}")
    failed = any(st.startswith("FAILURE") for _, st in mods)
    return out + ["[INFO] ------------------------------------------------------------------------",
                  f"[INFO] BUILD {'FAILURE' if failed else 'SUCCESS'}",
                  "[INFO] ------------------------------------------------------------------------",
                  f"[INFO] Total time:  {total}", "[INFO] Finished at: 2026-12-06T08:41:12Z",
                  "[INFO] ------------------------------------------------------------------------"]


def sf_flakes(test: str, cause: str, runs_failed: int = 1) -> list[str]:
    out = ["[INFO] ", "[INFO] Results:", "[INFO] ", "[WARNING] Flakes: ", f"[WARNING] {test}"]
    for r in range(runs_failed):
        out.append(f"[ERROR]   Run {r + 1}: {cause}")
    return out + [f"[INFO]   Run {runs_failed + 1}: PASS", "[INFO] "]


def gradle_tasks(n: int, mod: str = "core") -> list[str]:
    tasks = ["compileKotlin", "compileJava", "processResources", "classes", "compileTestKotlin", "testClasses", "jar"]
    return [f"> Task :{mod}:{tasks[i % len(tasks)]}{' UP-TO-DATE' if i % 3 == 1 else ''}" for i in range(n)]


def go_dl(n: int) -> list[str]:
    return [f"go: downloading git.fenwick.example/{_n(i)}/{_n(i + 5)} v{_ver(i)}" for i in range(n)]


def go_ok(n: int, mod: str = "git.fenwick.example/tally") -> list[str]:
    return [f"ok  \t{mod}/pkg/{_n(i)}\t0.{40 + (i * 37) % 900}s" for i in range(n)]


def cargo_c(n: int) -> list[str]:
    return [f"   Compiling {_n(i)} v0.{i % 6}.{(i * 5) % 9}" for i in range(n)]


def nextest_ok(n: int, crate: str = "tally") -> list[str]:
    return [f"        PASS [   {0.004 + i / 300:.3f}s] {crate} {_n(i)}::tests::{_n(i + 3)}_holds" for i in range(n)]


def bazel_ok(n: int) -> list[str]:
    return [f"//src/{_n(i)}:{_n(i)}_test{' ' * (30 - 2 * len(_n(i)))}  (cached) PASSED in {0.3 + i / 5:.1f}s"
            for i in range(n)]


def gems(n: int) -> list[str]:
    out = ["Fetching gem metadata from https://rubygems.org/........"]
    for i in range(n):
        out += [f"Fetching {_n(i)} {_ver(i)}", f"Installing {_n(i)} {_ver(i)}"]
    return out + [f"Bundle complete! {n + 3} Gemfile dependencies, {n * 2} gems now installed."]


def npm(n: int) -> list[str]:
    return ([f"npm http fetch GET 200 https://registry.npmjs.org/@fenwick/{_n(i)} {25 + i * 3}ms (cache hit)"
             for i in range(n)] + [f"added {180 + n * 9} packages, and audited {181 + n * 9} packages in {4 + n // 4}s",
                                   "", "found 0 vulnerabilities"])


def jest_ok(n: int) -> list[str]:
    return [f"PASS src/{_n(i)}/{_n(i + 2)}.test.ts ({1 + i % 3}.{(i * 7) % 10}{i % 10} s)" for i in range(n)]


pip = partial(pip_install, name=_n, version=_ver)


def dotnet(n: int) -> list[str]:
    return (["  Determining projects to restore..."]
            + [f"  Restored /src/{_n(i).title()}/{_n(i).title()}.csproj (in {1 + i % 3}.{i % 10} sec)." for i in range(n)]
            + [f"  Fenwick.{_n(i).title()} -> /src/{_n(i).title()}/bin/Release/net9.0/Fenwick.{_n(i).title()}.dll"
               for i in range(n)])


def ginkgo_ok(n: int) -> list[str]:
    return ["•" * (n // 2) + "S" + "•" * (n - n // 2)]


# ---- CI frames (tests/frames.py)
gh = Frame(["Current runner version: '2.321.0'", "Runner name: 'fenwick-ci-2'", "Operating System", "  Ubuntu",
            "  24.04", "Complete job name: build", "##[group]Run actions/checkout@v4", "with:",
            "  repository: fenwick/tally", "##[endgroup]", "Syncing repository: fenwick/tally"],
           tail=[GH_EXIT], clock=Clock("2026-12-06T07", 10, 2000000, 3917))


_GL_HEAD = ["Running with gitlab-runner 17.6.0 (c2a1b3d4)", "  on fenwick-docker-2 Fw3kQ9zA, system ID: s_8d1c77e0a2f1",
            "Preparing the \"docker\" executor", "Using Docker executor with image maven:3.9-eclipse-temurin-21 ...",
            "Preparing environment", "Running on runner-fw3kq9za-project-41-concurrent-0 via fenwick-docker-2...",
            "Getting source from Git repository", "Fetching changes with git depth set to 20...",
            "Checking out 4e5d6c7b as detached HEAD (ref is main)...", "Executing \"step_script\" stage of the job script"]

gl = GitLab(_GL_HEAD)


_JK_HEAD = ["Started by an SCM change", "Obtained Jenkinsfile from git https://git.fenwick.example/tally.git",
            "[Pipeline] Start of Pipeline", "[Pipeline] node", "Running on fenwick-agent-3 in /home/jenkins/agent/"
            "workspace/tally_main", "[Pipeline] {", "[Pipeline] stage", "[Pipeline] { (Build)", "[Pipeline] sh"]

jk = Frame(_JK_HEAD)


travis = Travis(["travis_fold:start:worker_info", "Worker information", "hostname: 3c9d-fenwick-worker-1",
                 "travis_fold:end:worker_info",
                 "$ git clone --depth=50 https://github.com/fenwick/tally.git fenwick/tally"])

az = Azure(["##[section]Starting: Initialize job", "Agent name: 'fenwick-pool-3'",
            "##[section]Finishing: Initialize job"],
           script=["========================== Starting Command Output ===========================",
                   "[command]/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/3a1b.sh"])

bk = Frame(["~~~ Preparing working directory", "$ cd /var/lib/buildkite-agent/builds/fenwick-1/fenwick/tally",
            "$ git checkout -f 4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d", "~~~ Running commands"], tail=[BK_EXIT])

circle = Circle()

tekton = Tekton("step-test")

drone = Frame(["+ git init", "+ git fetch origin +refs/heads/main:", "+ git checkout 4e5d6c7b -b main"],
              tail=[DRONE_EXIT])


CASES: list[tuple[str, str, str]] = []


def case(cid: str, expected: str, log: str) -> None:
    CASES.append((cid, expected, log))


# ==== (1) real failures beside a runner's flake report

# -- Maven: one module's flake, another module's compile error (the reactor's BUILD FAILURE is the compiler's)
case("gh_sf_flake_in_core_compile_error_in_api", "not_transient", gh(
    ["##[group]Run mvn -B -ntp verify", "##[endgroup]", "[INFO] Scanning for projects...",
     "[INFO] Building tally-core 2.4.0-SNAPSHOT                                    [2/4]"] + mvn_dl(6) + sf_ok(8)
    + sf_flakes("net.fenwick.tally.LedgerCacheTest.evictsOldest",
                "LedgerCacheTest.evictsOldest:61 expected:<2> but was:<3>")
    + ["[WARNING] Tests run: 40, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] Building tally-api 2.4.0-SNAPSHOT                                     [3/4]",
       "[INFO] --- compiler:3.13.0:compile (default-compile) @ tally-api ---",
       "[INFO] Compiling 41 source files with javac [debug release 21] to target/classes",
       "[INFO] -------------------------------------------------------------",
       "[ERROR] COMPILATION ERROR : ", "[INFO] -------------------------------------------------------------",
       "[ERROR] /home/runner/work/tally/tally/api/src/main/java/net/fenwick/tally/api/BalanceResource.java:[58,31] "
       "cannot find symbol", "  symbol:   method totalFor(java.lang.String)",
       "  location: variable ledger of type net.fenwick.tally.Ledger", "[INFO] 1 error",
       "[INFO] -------------------------------------------------------------"]
    + reactor([("tally-parent", "SUCCESS [  0.2 s]"), ("tally-core", "SUCCESS [ 41.0 s]"),
               ("tally-api", "FAILURE [  2.1 s]"), ("tally-app", "SKIPPED")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) "
       "on project tally-api: Compilation failure", "[ERROR] -> [Help 1]"]))

# -- Maven: a flake, then JaCoCo's coverage gate fails the build
case("jk_sf_flake_then_jacoco_coverage_gate", "not_transient", jk(
    ["+ mvn -B verify"] + mvn_dl(4) + sf_ok(10)
    + sf_flakes("net.fenwick.tally.SchedulerTest.firesOnce", "SchedulerTest.firesOnce:44 Timeout after 2000 ms")
    + ["[WARNING] Tests run: 52, Failures: 0, Errors: 0, Skipped: 1, Flakes: 1", "[INFO] ",
       "[INFO] --- jacoco:0.8.12:report (report) @ tally-core ---",
       "[INFO] Loading execution data file /home/jenkins/agent/workspace/tally_main/core/target/jacoco.exec",
       "[INFO] --- jacoco:0.8.12:check (check) @ tally-core ---",
       "[INFO] Loading execution data file /home/jenkins/agent/workspace/tally_main/core/target/jacoco.exec",
       "[INFO] Analyzed bundle 'tally-core' with 88 classes",
       "[WARNING] Rule violated for bundle tally-core: lines covered ratio is 0.74, but expected minimum is 0.80"]
    + reactor([("tally-core", "FAILURE [ 58.3 s]")])
    + ["[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.12:check (check) on project tally-core: "
       "Coverage checks have not been met. See log for details. -> [Help 1]"],
    tail=["[Pipeline] }", "[Pipeline] // stage", "[Pipeline] End of Pipeline", "ERROR: script returned exit code 1",
          "Finished: FAILURE"]))

# -- Maven: a flake, then Checkstyle's violations fail the verify phase
case("gl_sf_flake_then_checkstyle_violations", "not_transient", gl(
    ["$ mvn -B -ntp verify"] + sf_ok(9)
    + sf_flakes("net.fenwick.tally.ExportIT.writesCsv", "ExportIT.writesCsv:77 » Socket Connection reset")
    + ["[WARNING] Tests run: 31, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- checkstyle:3.6.0:check (validate) @ tally-core ---", "[INFO] Starting audit...",
       "[ERROR] src/main/java/net/fenwick/tally/Export.java:[12,8] (imports) UnusedImports: Unused import - "
       "java.util.Map.", "[ERROR] src/main/java/net/fenwick/tally/Export.java:[88] (sizes) LineLength: Line is "
       "longer than 120 characters (found 131).", "Audit done.", "[INFO] There are 2 errors reported by Checkstyle "
       "10.20.1 with checkstyle.xml ruleset."] + reactor([("tally-core", "FAILURE [ 49.9 s]")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.6.0:check (validate) on "
       "project tally-core: You have 2 Checkstyle violations. -> [Help 1]"]))

# -- Maven: a flake, then the enforcer's dependency convergence
case("az_sf_flake_then_enforcer_rule_failed", "not_transient", az("Maven verify",
    ["[INFO] Scanning for projects..."] + sf_ok(8)
    + sf_flakes("net.fenwick.tally.RateLimiterTest.refills", "RateLimiterTest.refills:39 expected:<5> but was:<4>")
    + ["[WARNING] Tests run: 22, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- enforcer:3.5.0:enforce (enforce) @ tally-app ---",
       "[WARNING] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence failed with message:",
       "Failed while enforcing releasability.", "", "Dependency convergence error for com.fasterxml.jackson.core:"
       "jackson-databind:jar:2.17.2 paths to dependency are:", "+-net.fenwick:tally-app:jar:2.4.0-SNAPSHOT",
       "  +-com.fasterxml.jackson.core:jackson-databind:jar:2.17.2", "and",
       "+-net.fenwick:tally-app:jar:2.4.0-SNAPSHOT", "  +-net.fenwick:tally-client:jar:1.9.0",
       "    +-com.fasterxml.jackson.core:jackson-databind:jar:2.18.1"]
    + reactor([("tally-app", "FAILURE [ 31.5 s]")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.5.0:enforce (enforce) on "
       "project tally-app: ", "[ERROR] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence "
       "failed with message:", "[ERROR] Failed while enforcing releasability."]))

# -- Maven with frontend-maven-plugin: surefire's flake, then Jest's failure printed under Maven's "[INFO] " prefix
case("gh_sf_flake_then_jest_failed_inside_maven", "not_transient", gh(
    ["##[group]Run mvn -B -ntp install", "##[endgroup]"] + sf_ok(6)
    + sf_flakes("net.fenwick.tally.SessionStoreTest.expires", "SessionStoreTest.expires:52 expected:<0> but was:<1>")
    + ["[WARNING] Tests run: 18, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- frontend:1.15.1:npm (npm test) @ tally-web ---", "[INFO] Running 'npm test' in /home/runner/work/"
       "tally/tally/web", "[INFO] ", "[INFO] > tally-web@2.4.0 test", "[INFO] > jest --ci", "[INFO] ",
       "[INFO] PASS src/ledger/format.test.ts", "[INFO] FAIL src/ledger/total.test.ts",
       "[INFO]   ● total › sums refunds as negatives", "[INFO] ", "[INFO]     expect(received).toBe(expected) // "
       "Object.is equality", "[INFO] ", "[INFO]     Expected: -120", "[INFO]     Received: 120", "[INFO] ",
       "[INFO]       at Object.<anonymous> (src/ledger/total.test.ts:31:27)", "[INFO] ",
       "[INFO] Test Suites: 1 failed, 11 passed, 12 total", "[INFO] Tests:       1 failed, 63 passed, 64 total",
       "[INFO] Snapshots:   0 total", "[INFO] Time:        6.118 s"]
    + reactor([("tally-core", "SUCCESS [ 22.0 s]"), ("tally-web", "FAILURE [ 14.2 s]")])
    + ["[ERROR] Failed to execute goal com.github.eirslett:frontend-maven-plugin:1.15.1:npm (npm test) on project "
       "tally-web: Failed to run task: 'npm test' failed. org.apache.commons.exec.ExecuteException: Process exited "
       "with an error: 1 (Exit value: 1) -> [Help 1]"]))

# -- Maven: per-class flake line, then another module's test failed every run, printed by the TestNG-style listener
case("bk_sf_class_flake_line_then_other_module_build_failure_war", "not_transient", bk(
    ["--- :maven: verify", "$ mvn -B verify"] + sf_ok(5)
    + ["[INFO] Running net.fenwick.tally.QueueConsumerIT",
       "[WARNING] Tests run: 6, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 9.41 s -- in "
       "net.fenwick.tally.QueueConsumerIT", "[INFO] --- war:3.4.0:war (default-war) @ tally-web ---",
       "[INFO] Packaging webapp", "[INFO] Assembling webapp [tally-web] in [/var/lib/buildkite-agent/builds/fenwick-1/"
       "fenwick/tally/web/target/tally-web]"]
    + reactor([("tally-core", "SUCCESS [ 30.2 s]"), ("tally-web", "FAILURE [  1.3 s]")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-war-plugin:3.4.0:war (default-war) on project "
       "tally-web: Error assembling WAR: webxml attribute is required (or pre-existing WEB-INF/web.xml if executing "
       "in update mode) -> [Help 1]"]))

# -- Bazel: one target flaky, another fails to compile
case("gh_bazel_flaky_target_and_compile_error", "not_transient", gh(
    ["##[group]Run bazel test //...", "##[endgroup]", "INFO: Analyzed 48 targets (212 packages loaded, 9031 targets "
     "configured).", "INFO: Found 36 targets and 12 test targets...",
     "ERROR: /home/runner/work/tally/tally/src/ledger/BUILD.bazel:14:11: Compiling src/ledger/round.cc failed: "
     "(Exit 1): gcc failed: error executing CppCompile command (from target //src/ledger:round) /usr/bin/gcc "
     "-U_FORTIFY_SOURCE -fstack-protector -Wall -c src/ledger/round.cc -o bazel-out/k8-fastbuild/bin/src/ledger/"
     "_objs/round/round.pic.o", "src/ledger/round.cc:33:10: error: 'half_even' was not declared in this scope",
     "   33 |   return half_even(v, places);", "      |          ^~~~~~~~~",
     "INFO: Elapsed time: 88.214s, Critical Path: 31.02s", "INFO: 402 processes: 37 internal, 365 linux-sandbox.",
     "ERROR: Build did NOT complete successfully"] + bazel_ok(9)
    + ["//src/sync:sync_test                                          FLAKY, failed in 1 out of 2 in 4.7s",
       "  Stats over 2 runs: max = 4.7s, min = 1.2s, avg = 3.0s, dev = 1.7s",
       "  /home/runner/.cache/bazel/_bazel_runner/3f1/execroot/_main/bazel-out/k8-fastbuild/testlogs/src/sync/"
       "sync_test/test_attempts/attempt_1.log", "",
       "Executed 3 out of 12 tests: 10 tests pass, 1 was flaky and 1 fails to build.",
       "There were tests whose specified size is too big. Use the --test_verbose_timeout_warnings command line option "
       "to see which ones these are."]))

# -- Bazel: flaky target, then buildifier's lint in the next step
case("bk_bazel_flaky_then_buildifier_lint", "not_transient", bk(
    ["--- :bazel: test", "$ bazel test //... --flaky_test_attempts=2"] + bazel_ok(10)
    + ["//src/net:dialer_test                                          FLAKY, failed in 1 out of 2 in 2.1s",
       "  Stats over 2 runs: max = 2.1s, min = 0.9s, avg = 1.5s, dev = 0.6s", "",
       "Executed 4 out of 11 tests: 11 tests pass.", "INFO: Build completed successfully, 77 total actions",
       "--- :bazel: lint", "$ buildifier --lint=warn --mode=check -r .",
       "src/net/BUILD.bazel # reformat", "src/net/BUILD.bazel:7: unsorted-dict-items: Dictionary items are out of "
       "their lexicographical order. (https://github.com/bazelbuild/buildtools/blob/main/WARNINGS.md#unsorted-dict-items)",
       "src/ledger/BUILD.bazel:22: load-on-top: Load statements should be at the top of the file."]))

# -- nextest: a flaky test, then clippy denies a warning in the next command
case("gl_nextest_flaky_then_clippy_error", "not_transient", gl(
    ["$ cargo nextest run --workspace --retries 2"] + cargo_c(10)
    + ["    Finished `test` profile [unoptimized + debuginfo] target(s) in 41.20s",
       "    Starting 26 tests across 4 binaries (retries: 2)"] + nextest_ok(12)
    + ["   TRY 1 FAIL [   0.512s] tally sync::tests::peers_converge", "--- TRY 1 STDOUT:        tally "
       "sync::tests::peers_converge ---", "", "running 1 test", "test sync::tests::peers_converge ... FAILED", "",
       "  RETRY 2/3 [         ] tally sync::tests::peers_converge",
       "  TRY 2 PASS [   0.488s] tally sync::tests::peers_converge"] + nextest_ok(5, "tally-cli")
    + ["------------", "     Summary [   3.114s] 26 tests run: 26 passed (1 flaky), 0 skipped",
       "   FLAKY 2/3 [   0.488s] tally sync::tests::peers_converge",
       "$ cargo clippy --workspace --all-targets -- -D warnings", "    Checking tally v0.4.2 (/builds/fenwick/tally)",
       "error: this `if` has identical blocks", "  --> src/sync.rs:88:26", "   |",
       "88 |       if peer.is_stale() {", "   |  __________________________^", "89 | |         drop_peer(peer)",
       "90 | |     } else {", "   | |_____^", "   |", "   = help: for further information visit "
       "https://rust-lang.github.io/rust-clippy/master/index.html#if_same_then_else",
       "   = note: `-D clippy::if-same-then-else` implied by `-D warnings`",
       "error: could not compile `tally` (lib) due to 1 previous error"]))

# -- nextest: a flaky test and a test that failed every try, final statuses not printed (--final-status-level none)
case("circle_nextest_flaky_and_failed_no_final_list", "not_transient", circle(
    "cargo nextest run --retries 1 --final-status-level none", cargo_c(8)
    + ["    Finished `test` profile [unoptimized + debuginfo] target(s) in 38.02s",
       "    Starting 30 tests across 3 binaries (retries: 1)"] + nextest_ok(14)
    + ["   TRY 1 FAIL [   0.210s] tally store::tests::compacts_log", "  RETRY 2/2 [         ] tally "
       "store::tests::compacts_log", "  TRY 2 PASS [   0.201s] tally store::tests::compacts_log",
       "   TRY 1 FAIL [   0.030s] tally ledger::tests::rounds_half_even",
       "--- TRY 1 STDERR:        tally ledger::tests::rounds_half_even ---",
       "thread 'ledger::tests::rounds_half_even' panicked at src/ledger.rs:140:9:",
       "assertion `left == right` failed", "  left: 12", " right: 13", "  RETRY 2/2 [         ] tally "
       "ledger::tests::rounds_half_even", "   TRY 2 FAIL [   0.029s] tally ledger::tests::rounds_half_even",
       "--- TRY 2 STDERR:        tally ledger::tests::rounds_half_even ---",
       "thread 'ledger::tests::rounds_half_even' panicked at src/ledger.rs:140:9:",
       "assertion `left == right` failed", "  left: 12", " right: 13", "------------",
       "     Summary [   2.410s] 30 tests run: 29 passed (1 flaky), 1 failed, 0 skipped",
       "error: test run failed"]))

# -- Ginkgo: a flake in one suite, a plain go test failed in another package (go test ./...)
case("gh_ginkgo_flakey_and_plain_go_test_fail", "not_transient", gh(
    ["##[group]Run go test ./... -ginkgo.flake-attempts=3", "##[endgroup]"] + go_dl(8) + go_ok(6)
    + ["Running Suite: Sync Suite - /home/runner/work/tally/tally/pkg/sync",
       "=========================================================================",
       "Random Seed: 1765001234", "", "Will run 18 of 18 specs"] + ginkgo_ok(10)
    + ["------------------------------", "[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] Replicator ships entries in order",
       "/home/runner/work/tally/tally/pkg/sync/replicator_test.go:41", "------------------------------"]
    + ginkgo_ok(7) + ["", "Ran 18 of 18 Specs in 3.204 seconds",
                      "SUCCESS! -- 18 Passed | 0 Failed | 1 Flaked | 0 Pending | 0 Skipped", "PASS",
                      "ok  \tgit.fenwick.example/tally/pkg/sync\t3.611s",
                      "--- FAIL: TestParseAmount (0.00s)", "    --- FAIL: TestParseAmount/negative_zero (0.00s)",
                      "        amount_test.go:27: ParseAmount(\"-0.00\") = -0, want 0", "FAIL",
                      "FAIL\tgit.fenwick.example/tally/pkg/money\t0.012s"] + go_ok(3, "git.fenwick.example/tally/cmd")
    + ["FAIL"]))

# -- Ginkgo CLI: a flake in one suite, another suite failed to compile
case("gl_ginkgo_flakey_other_suite_failed_to_compile", "not_transient", gl(
    ["$ ginkgo -r --flake-attempts=2 --keep-going"] + go_dl(6)
    + ["Running Suite: Queue Suite - /builds/fenwick/tally/pkg/queue",
       "==================================================================", "Random Seed: 1765004321", "",
       "Will run 12 of 12 specs"] + ginkgo_ok(6)
    + ["------------------------------", "[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] Queue redelivers after nack",
       "/builds/fenwick/tally/pkg/queue/queue_test.go:63", "------------------------------"] + ginkgo_ok(5)
    + ["", "Ran 12 of 12 Specs in 1.802 seconds", "SUCCESS! -- 12 Passed | 0 Failed | 1 Flaked | 0 Pending | 0 Skipped",
       "PASS", "", "Failed to compile ledger:", "",
       "# git.fenwick.example/tally/pkg/ledger_test [git.fenwick.example/tally/pkg/ledger.test]",
       "pkg/ledger/ledger_test.go:44:15: undefined: ledger.NewBook", "", "Ginkgo ran 2 suites in 14.118s", "",
       "There were failures detected in the following suites:", "  ledger ./pkg/ledger [Compilation failure]", "",
       "Test Suite Failed"]))

# -- Ginkgo: a flake, then golangci-lint in the next step
case("woodpecker_ginkgo_flakey_then_golangci_lint", "not_transient", drone(
    ["+ ginkgo -r --flake-attempts=3"] + go_dl(5)
    + ["Running Suite: Api Suite - /woodpecker/src/git.fenwick.example/tally/pkg/api",
       "==================================================================", "Random Seed: 1765007777", "",
       "Will run 9 of 9 specs"] + ginkgo_ok(4)
    + ["------------------------------", "[FLAKEY TEST - TOOK 3 ATTEMPTS TO PASS] API serves the balance under load",
       "/woodpecker/src/git.fenwick.example/tally/pkg/api/api_test.go:88", "------------------------------"]
    + ginkgo_ok(4) + ["", "Ran 9 of 9 Specs in 6.011 seconds",
                      "SUCCESS! -- 9 Passed | 0 Failed | 1 Flaked | 0 Pending | 0 Skipped", "PASS", "",
                      "Ginkgo ran 1 suite in 9.402s", "Test Suite Passed", "+ golangci-lint run ./...",
                      "pkg/api/handler.go:52:12: Error return value of `w.Write` is not checked (errcheck)",
                      "\tw.Write(body)", "\t       ^", "pkg/api/balance.go:19:2: ineffectual assignment to total "
                      "(ineffassign)", "\ttotal := 0", "\t^", "2 issues:", "* errcheck: 1", "* ineffassign: 1"]))

# -- Surefire's per-class lines only (no Results section): one class flaked, another failed
case("travis_sf_class_flake_line_and_class_failure_line", "not_transient", travis("mvn -B test", mvn_dl(5) + sf_ok(6)
    + ["[INFO] Running net.fenwick.tally.WebhookIT",
       "[WARNING] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 6.02 s -- in "
       "net.fenwick.tally.WebhookIT", "[INFO] Running net.fenwick.tally.InvoiceTest",
       "[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.081 s <<< FAILURE! -- in "
       "net.fenwick.tally.InvoiceTest", "[ERROR] net.fenwick.tally.InvoiceTest.totalsRefunds -- Time elapsed: 0.011 s "
       "<<< FAILURE!", "org.opentest4j.AssertionFailedError: expected: <-120> but was: <120>",
       "\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)",
       "\tat net.fenwick.tally.InvoiceTest.totalsRefunds(InvoiceTest.java:47)"]))

# -- a test's own output: a stress harness printing "Run N: PASS" for its iterations, then the failure
case("gh_stress_harness_prints_run_pass_lines_then_fails", "not_transient", gh(
    ["##[group]Run ./scripts/stress.sh 5", "##[endgroup]", "building tally-stress...", "stress: 5 runs of "
     "ledger-concurrency, 8 workers each"]
    + [f"Run {i}: PASS" for i in range(1, 5)]
    + ["Run 5: FAIL", "  worker 3: balance mismatch: ledger=1040 expected=1050",
       "  worker 6: balance mismatch: ledger=990 expected=1000", "stress: 1 of 5 runs failed"]))

# -- pytest: a test's captured output holds "Run 2: PASS" lines of its own harness
case("gl_pytest_captured_run_pass_lines_assert_fails", "not_transient", gl(
    ["$ pytest -q tests/test_replay.py"] + pip(6)
    + ["..F.....", "=================================== FAILURES ===================================",
       "_____________________________ test_replay_twice ______________________________", "",
       "    def test_replay_twice():", "        out = replay(JOURNAL, times=2)",
       ">       assert out.balances == EXPECTED", "E       AssertionError: assert {'a': 10, 'b': 4} == {'a': 10, 'b': 5}",
       "", "tests/test_replay.py:31: AssertionError", "----------------------------- Captured stdout call "
       "-----------------------------", "replaying journal (2 passes)", "  Run 1: PASS", "  Run 2: PASS",
       "  compare: b differs (4 != 5)", "=========================== short test summary info "
       "============================", "FAILED tests/test_replay.py::test_replay_twice - AssertionError: assert "
       "{'a': 10, 'b': 4} == {'a': 10, 'b': 5}", "1 failed, 7 passed in 0.88s"]))

# -- Jenkins: the build failed (a compile error), then the agent dropped while post steps ran
case("jk_compile_error_then_agent_offline_exception", "not_transient", jk(
    ["+ ./gradlew build --no-daemon"] + gradle_tasks(6)
    + ["> Task :core:compileKotlin FAILED", "e: file:///home/jenkins/agent/workspace/tally_main/core/src/main/kotlin/"
       "net/fenwick/tally/Ledger.kt:42:17 Unresolved reference 'roundHalfEven'.", "",
       "FAILURE: Build failed with an exception.", "", "* What went wrong:", "Execution failed for task "
       "':core:compileKotlin'.", "> A failure occurred while executing org.jetbrains.kotlin.compilerRunner."
       "GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction", "   > Compilation error. See log for more "
       "details", "", "BUILD FAILED in 48s", "[Pipeline] }", "[Pipeline] // stage", "[Pipeline] stage",
       "[Pipeline] { (Declarative: Post Actions)", "[Pipeline] junit", "Recording test results"],
    tail=["org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for "
          "fenwick-agent-3; fenwick-agent-3 was marked offline: Connection was broken",
          "\tat PluginClassLoader for workflow-durable-task-step//org.jenkinsci.plugins.workflow.support.steps."
          "ExecutorStepDynamicContext$FilePathTranslator.get(ExecutorStepDynamicContext.java:182)",
          "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- Jenkins: Maven tests failed (BUILD FAILURE), then the channel broke while archiving
case("jk_maven_test_failure_then_unexpected_reader_termination", "not_transient", jk(
    ["+ mvn -B test"] + sf_ok(6)
    + ["[INFO] Running net.fenwick.tally.TaxTest", "[ERROR] Tests run: 5, Failures: 1, Errors: 0, Skipped: 0, Time "
       "elapsed: 0.04 s <<< FAILURE! -- in net.fenwick.tally.TaxTest", "[ERROR] net.fenwick.tally.TaxTest.vatOnZero "
       "-- Time elapsed: 0.006 s <<< FAILURE!", "org.opentest4j.AssertionFailedError: expected: <0.00> but was: "
       "<0.01>", "[INFO] ", "[INFO] Results:", "[INFO] ", "[ERROR] Failures: ",
       "[ERROR]   TaxTest.vatOnZero:22 expected: <0.00> but was: <0.01>", "[INFO] ",
       "[ERROR] Tests run: 31, Failures: 1, Errors: 0, Skipped: 0", "[INFO] ",
       "[INFO] BUILD FAILURE", "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test "
       "(default-test) on project tally-core: There are test failures.", "[Pipeline] archiveArtifacts",
       "Archiving artifacts"],
    tail=["java.io.IOException: Backing channel 'fenwick-agent-3' is disconnected.",
          "Caused: java.io.IOException: Unexpected reader termination",
          "\tat hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:80)",
          "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- Jenkins: the remote call failed on a class the agent's JVM cannot load, in Jenkins' own "Caused:" trace form
case("jk_remote_call_failed_caused_unsupported_class_version", "not_transient", jk(
    ["+ echo start", "start"],
    tail=["ERROR: Remote call on JNLP4-connect connection from 10.20.3.14/10.20.3.14:50122 failed",
          "java.lang.UnsupportedClassVersionError: hudson/plugins/git/GitSCM has been compiled by a more recent "
          "version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes "
          "class file versions up to 55.0", "\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)",
          "\tat java.base/java.lang.ClassLoader.defineClass(ClassLoader.java:1016)",
          "Caused: java.io.IOException: Remote call on JNLP4-connect connection from 10.20.3.14/10.20.3.14:50122 "
          "failed", "\tat hudson.remoting.Channel.call(Channel.java:1008)",
          "\tat hudson.FilePath.act(FilePath.java:1227)", "[Pipeline] }", "[Pipeline] // node",
          "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- Jenkins: the same, the cause in Jenkins' "Caused:" trace form above the remote call
case("jk_remote_call_failed_caused_noclassdef_jenkins_form", "not_transient", jk(
    ["+ ./ci/prepare.sh", "preparing workspace"],
    tail=["java.lang.NoClassDefFoundError: Could not initialize class org.jenkinsci.plugins.gitclient.CliGitAPIImpl",
          "\tat org.jenkinsci.plugins.gitclient.Git$GitAPIMasterToSlaveFileCallable.invoke(Git.java:176)",
          "Caused: java.io.IOException: Remote call on fenwick-agent-3 failed",
          "\tat hudson.remoting.Channel.call(Channel.java:1006)", "\tat hudson.FilePath.act(FilePath.java:1230)",
          "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "ERROR: Remote call on fenwick-agent-3 "
          "failed", "Finished: FAILURE"]))

# -- Travis: curl to a local service that never started (exit 7): the app failed to boot
case("travis_curl_localhost_health_exit7", "not_transient", travis(
    "curl -sSf http://localhost:8080/health",
    ["curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server"], code=7, during=True))

# -- Travis: the same with 127.0.0.1, the app's own crash above
case("travis_app_crash_then_curl_loopback_exit7", "not_transient", J([
    "travis_fold:start:worker_info", "Worker information", "hostname: 3c9d-fenwick-worker-1",
    "travis_fold:end:worker_info", "$ bundle exec rails server -d -p 3000", "=> Booting Puma",
    "=> Rails 8.0.1 application starting in test", "Exiting",
    "/home/travis/build/fenwick/tally/config/initializers/ledger.rb:4:in `<main>': uninitialized constant "
    "Ledger::Rounding (NameError)", "$ sleep 5", "$ curl -fsS http://127.0.0.1:3000/up",
    "curl: (7) Failed to connect to 127.0.0.1 port 3000 after 0 ms: Couldn't connect to server", "",
    'The command "curl -fsS http://127.0.0.1:3000/up" failed and exited with 7 during .', "",
    "Your build has been stopped."]))

# -- Travis: curl speaking TLS to a plain-HTTP port (exit 35, wrong version number): a configuration error
case("travis_curl_tls_wrong_version_number_exit35", "not_transient", travis(
    "curl -fsSL https://artifacts.fenwick.example:8080/tools/tallyfmt-1.2.0.tar.gz -o /tmp/tallyfmt.tar.gz",
    ["curl: (35) OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number"], code=35, during=True))

# -- Gradle: the test-retry plugin's flake, then ktlint fails the build
case("gh_gradle_retry_flake_then_ktlint", "not_transient", gh(
    ["##[group]Run ./gradlew check", "##[endgroup]"] + gradle_tasks(8)
    + ["> Task :core:test", "", "LedgerSyncTest > convergesAfterPartition() FAILED",
       "    java.lang.AssertionError at LedgerSyncTest.kt:58", "", "LedgerSyncTest > convergesAfterPartition() PASSED",
       "", "> Task :core:ktlintMainSourceSetCheck FAILED", "/home/runner/work/tally/tally/core/src/main/kotlin/net/"
       "fenwick/tally/Ledger.kt:17:1 Unexpected blank line(s) before \"}\" (standard:no-blank-line-before-rbrace)",
       "/home/runner/work/tally/tally/core/src/main/kotlin/net/fenwick/tally/Ledger.kt:40:5 Missing newline after "
       "\"{\" (standard:wrapping)", "", "FAILURE: Build failed with an exception.", "", "* What went wrong:",
       "Execution failed for task ':core:ktlintMainSourceSetCheck'.",
       "> A failure occurred while executing org.jlleitschuh.gradle.ktlint.worker.ConsoleReportWorkAction",
       "   > KtLint found code style violations. Please see the following reports:",
       "     - /home/runner/work/tally/tally/core/build/reports/ktlint/ktlintMainSourceSetCheck/"
       "ktlintMainSourceSetCheck.txt", "", "BUILD FAILED in 1m 12s", "14 actionable tasks: 14 executed"]))

# -- rspec-retry: a flake, then rubocop's offenses in the same script
case("gl_rspec_retry_flake_then_rubocop", "not_transient", gl(
    ["$ bundle install"] + gems(8)
    + ["$ bundle exec rspec", "", "RSpec::Retry: 2nd try ./spec/tally/sync_spec.rb:14", "......................", "",
       "Finished in 4.22 seconds (files took 1.1 seconds to load)", "22 examples, 0 failures", "",
       "./spec/tally/sync_spec.rb:14: Tally::Sync pushes entries to the mirror: passed at attempt 2", "",
       "$ bundle exec rubocop", "Inspecting 64 files", "......C.........W...", "", "Offenses:", "",
       "app/models/ledger.rb:22:5: C: [Correctable] Style/GuardClause: Use a guard clause (return unless posted?) "
       "instead of wrapping the code inside a conditional expression.", "app/models/ledger.rb:48:11: W: "
       "Lint/UselessAssignment: Useless assignment to variable - total.", "",
       "64 files inspected, 2 offenses detected, 1 offense autocorrectable"]))

# -- .NET retry extension: a suite that passed on its second attempt, and another test project that failed (vstest)
case("az_dotnet_retry_completed_and_other_project_failed", "not_transient", az("dotnet test",
    dotnet(5) + ["Tests suite completed successfully in 2 attempts", "  Fenwick.Sync.Tests.dll (net9.0|x64) passed",
                 "  Failed Fenwick.Money.Tests.RoundingTests.RoundsHalfEven [12 ms]", "  Error Message:",
                 "   Assert.Equal() Failure: Values differ", "Expected: 13", "Actual:   12", "  Stack Trace:",
                 "     at Fenwick.Money.Tests.RoundingTests.RoundsHalfEven() in /src/Money.Tests/RoundingTests.cs:line 24",
                 "", "Failed!  - Failed:     1, Passed:    48, Skipped:     0, Total:    49, Duration: 311 ms - "
                 "Fenwick.Money.Tests.dll (net9.0)"]))

# -- Jest with retryTimes: the flake, then eslint in the next command
case("circle_jest_retry_then_eslint_errors", "not_transient", circle(
    "npm ci && npx jest --ci && npx eslint .", npm(8) + jest_ok(6)
    + ["  LOGGING RETRY ERRORS  sync › pushes to the mirror", "  Retry 1", "", "    expect(received).toBe(expected)",
       "    Expected: 3", "    Received: 2", "", "      at Object.<anonymous> (src/sync/sync.test.ts:44:21)", "",
       "PASS src/sync/sync.test.ts (5.12 s)", "", "Test Suites: 7 passed, 7 total", "Tests:       58 passed, 58 total",
       "Snapshots:   0 total", "Time:        9.31 s", "", "/home/circleci/project/src/ledger/total.ts",
       "  12:7  error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars",
       "  30:1  error  Expected indentation of 2 spaces but found 4        indent", "",
       "✖ 2 problems (2 errors, 0 warnings)"]))

# -- pytest after a Surefire flake in another job step (a monorepo job): pytest's own failure stands
case("tekton_sf_flake_then_pytest_failure", "not_transient", tekton("tally-ci",
    sf_flakes("net.fenwick.tally.ClockTest.ticks", "ClockTest.ticks:19 expected:<1> but was:<0>")
    + ["[WARNING] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] BUILD SUCCESS",
       "+ pytest -q py/tests"] + [".........F..", "=================================== FAILURES "
       "===================================", "_________________________________ test_export "
       "__________________________________", "", "    def test_export():", ">       assert export(BOOK) == CSV",
       "E       AssertionError: assert 'a,1\\nb,2' == 'a,1\\nb,3'", "", "py/tests/test_export.py:12: AssertionError",
       "=========================== short test summary info ============================",
       "FAILED py/tests/test_export.py::test_export - AssertionError", "1 failed, 11 passed in 0.42s"]))

# -- Travis: curl waiting on a local service that hangs (exit 28 under --max-time), the app's deadlock
case("travis_curl_localhost_ready_timeout_exit28", "not_transient", travis(
    "curl -sSf --max-time 5 http://localhost:9000/ready",
    ["curl: (28) Operation timed out after 5001 milliseconds with 0 bytes received"], code=28, during=True))

# -- Travis: curl's empty reply from the app it just started (exit 52): the app dropped the request
case("travis_curl_localhost_empty_reply_exit52", "not_transient", travis(
    "curl -fsS -X POST http://localhost:4000/api/ledger -d @fixtures/post.json",
    ["curl: (52) Empty reply from server"], code=52, during=True))

# -- Bazel: a flaky test target and a library that failed to link (the summary counts tests only)
case("gl_bazel_flaky_and_link_error_keep_going", "not_transient", gl(
    ["$ bazel test --keep_going //...", "INFO: Analyzed 30 targets (140 packages loaded, 5210 targets configured).",
     "ERROR: /builds/fenwick/tally/tools/export/BUILD.bazel:3:10: Linking tools/export/export failed: (Exit 1): "
     "gcc failed: error executing CppLink command (from target //tools/export:export)",
     "/usr/bin/ld: bazel-out/k8-fastbuild/bin/tools/export/_objs/export/main.o: in function `main':",
     "main.cc:(.text+0x4a): undefined reference to `tally::Exporter::flush()'",
     "collect2: error: ld returned 1 exit status"] + bazel_ok(8)
    + ["//src/store:store_test                                         FLAKY, failed in 1 out of 3 in 5.3s",
       "  Stats over 3 runs: max = 5.3s, min = 1.0s, avg = 2.5s, dev = 2.0s", "",
       "Executed 2 out of 9 tests: 9 tests pass.", "INFO: Elapsed time: 61.020s, Critical Path: 22.41s",
       "INFO: 211 processes: 12 internal, 199 linux-sandbox.", "ERROR: Build did NOT complete successfully"]))

# -- Ginkgo in colour (GitHub keeps the escapes): a flake and a failed spec in one suite
case("gh_ginkgo_coloured_flake_and_failure", "not_transient", gh(
    ["##[group]Run ginkgo -r --flake-attempts=2", "##[endgroup]",
     "Running Suite: Store Suite - /home/runner/work/tally/tally/pkg/store",
     "===============================================================", "Random Seed: \x1b[1m1765002222\x1b[0m",
     "", "Will run \x1b[1m14\x1b[0m of \x1b[1m14\x1b[0m specs"] + ginkgo_ok(8)
    + ["\x1b[38;5;243m------------------------------\x1b[0m",
       "\x1b[38;5;214m[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS]\x1b[0m Store compacts under writes",
       "\x1b[38;5;243m/home/runner/work/tally/tally/pkg/store/store_test.go:70\x1b[0m",
       "\x1b[38;5;9m• [FAILED] [0.004 seconds]\x1b[0m", "Store \x1b[38;5;9m\x1b[1m[It] rounds the balance\x1b[0m",
       "\x1b[38;5;9m[FAILED] Expected\x1b[0m", "\x1b[38;5;9m    <int>: 12\x1b[0m", "\x1b[38;5;9mto equal\x1b[0m",
       "\x1b[38;5;9m    <int>: 13\x1b[0m", "", "\x1b[38;5;9m\x1b[1mSummarizing 1 Failure:\x1b[0m",
       "  \x1b[38;5;9m[FAIL]\x1b[0m Store \x1b[38;5;9m\x1b[1m[It] rounds the balance\x1b[0m",
       "", "\x1b[38;5;9m\x1b[1mRan 14 of 14 Specs in 2.310 seconds\x1b[0m",
       "\x1b[38;5;9m\x1b[1mFAIL!\x1b[0m -- \x1b[38;5;10m\x1b[1m13 Passed\x1b[0m | \x1b[38;5;9m\x1b[1m1 Failed\x1b[0m | "
       "\x1b[38;5;214m\x1b[1m1 Flaked\x1b[0m | \x1b[38;5;11m\x1b[1m0 Pending\x1b[0m | \x1b[38;5;14m\x1b[1m0 Skipped\x1b[0m",
       "--- FAIL: TestStore (2.31s)", "FAIL", "", "Ginkgo ran 1 suite in 6.2s", "", "Test Suite Failed"]))

# -- Surefire: a flake, then the fork crashed (the VM terminated without saying goodbye)
case("gh_sf_flake_then_forked_vm_crash", "not_transient", gh(
    ["##[group]Run mvn -B -ntp verify", "##[endgroup]"] + sf_ok(7)
    + sf_flakes("net.fenwick.tally.CacheTest.evicts", "CacheTest.evicts:30 expected:<1> but was:<2>")
    + ["[WARNING] Tests run: 26, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- failsafe:3.5.2:integration-test (default) @ tally-core ---",
       "[INFO] Running net.fenwick.tally.NativeCodecIT"]
    + reactor([("tally-core", "FAILURE [01:10 min]")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.2:integration-test (default) "
       "on project tally-core: ", "[ERROR] ", "[ERROR] Please refer to /home/runner/work/tally/tally/core/target/"
       "failsafe-reports for the individual test results.", "[ERROR] ExecutionException The forked VM terminated "
       "without properly saying goodbye. VM crash or System.exit called?", "[ERROR] Command was /bin/sh -c cd "
       "/home/runner/work/tally/tally/core && /usr/lib/jvm/temurin-21/bin/java -jar /home/runner/work/tally/tally/core/"
       "target/surefire/surefirebooter-2026.jar", "[ERROR] Error occurred in starting fork, check output in log",
       "[ERROR] Process Exit Code: 134", "[ERROR] Crashed tests:", "[ERROR] net.fenwick.tally.NativeCodecIT"]))


# ==== (2) transient failures: a runner's flake report with noise around it; an agent lost mid-build

def _app_noise(n: int) -> list[str]:
    return [f"08:4{i % 10}:1{i % 10}.{100 + i} [pool-{i % 3}-thread-1] ERROR n.f.t.webhook.Dispatcher - delivery "
            f"{i} to http://127.0.0.1:{18080 + i}/hook failed, will retry" for i in range(n)]


case("gh_sf_flakes_with_app_error_logs_fail_on_flake", "transient", gh(
    ["##[group]Run mvn -B -ntp verify -Dsurefire.failOnFlakeCount=1", "##[endgroup]"] + mvn_dl(8) + sf_ok(6)
    + ["[INFO] Running net.fenwick.tally.webhook.DispatcherTest"] + _app_noise(6)
    + ["[WARNING] Tests run: 9, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 4.412 s -- in "
       "net.fenwick.tally.webhook.DispatcherTest"] + sf_ok(4, "net.fenwick.tally.store")
    + sf_flakes("net.fenwick.tally.webhook.DispatcherTest.retriesOnce",
                "DispatcherTest.retriesOnce:71 expected:<1> but was:<2>")
    + ["[WARNING] Tests run: 48, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] ------------------------------------------------------------------------", "[INFO] BUILD FAILURE",
       "[INFO] ------------------------------------------------------------------------",
       "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
       "project tally-core: There is 1 flake and failOnFlakeCount is set to 1. -> [Help 1]"]))

case("gl_failsafe_flakes_two_failed_runs_then_pass", "transient", gl(
    ["$ mvn -B -ntp verify -Dfailsafe.rerunFailingTestsCount=2"] + sf_ok(8, "net.fenwick.tally.it")
    + ["[INFO] ", "[INFO] Results:", "[INFO] ", "[WARNING] Flakes: ",
       "[WARNING] net.fenwick.tally.it.BrokerIT.redelivers",
       "[ERROR]   Run 1: BrokerIT.redelivers:90 » Timeout Timed out after 5 seconds waiting for ack",
       "[ERROR]   Run 2: BrokerIT.redelivers:90 » Timeout Timed out after 5 seconds waiting for ack",
       "[INFO]   Run 3: PASS", "[INFO] ", "[WARNING] Tests run: 37, Failures: 0, Errors: 0, Skipped: 2, Flakes: 1",
       "[INFO] ", "[INFO] --- failsafe:3.5.2:verify (default) @ tally-it ---",
       "[INFO] ------------------------------------------------------------------------", "[INFO] BUILD FAILURE",
       "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.2:verify (default) on "
       "project tally-it: There is 1 flake and failOnFlakeCount is set to 0. -> [Help 1]"]))

case("bk_bazel_flaky_only_with_warnings_ci_policy", "not_real", bk(
    ["--- :bazel: test", "$ bazel test //... --flaky_test_attempts=3",
     "WARNING: Option 'experimental_action_cache_store_output_metadata' is deprecated",
     "INFO: Analyzed 26 targets (0 packages loaded, 0 targets configured).",
     "WARNING: /var/lib/buildkite-agent/builds/fenwick-1/fenwick/tally/src/net/BUILD.bazel:9:8: target "
     "'//src/net:dialer_test' is tagged 'exclusive' and will run locally"] + bazel_ok(12)
    + ["//src/net:dialer_test                                          FLAKY, failed in 2 out of 3 in 3.3s",
       "  Stats over 3 runs: max = 3.3s, min = 0.8s, avg = 1.7s, dev = 1.1s", "",
       "Executed 5 out of 13 tests: 13 tests pass.", "INFO: Build completed successfully, 54 total actions",
       "$ ./ci/fail-on-flaky.sh bazel-testlogs", "flaky targets this run: //src/net:dialer_test"],
    tail=["🚨 Error: The command exited with status 1"]))

case("gh_bazel_flaky_with_attempt_log_noise", "transient", gh(
    ["##[group]Run bazel test //src/...", "##[endgroup]", "INFO: Invocation ID: 5c2d8e1a-7b3f-4a90-9e11-2f0c3b4d5e6f",
     "INFO: Analyzed 18 targets (88 packages loaded, 2011 targets configured).",
     "FAIL: //src/sync:sync_test (see /home/runner/.cache/bazel/_bazel_runner/3f1/execroot/_main/bazel-out/"
     "k8-fastbuild/testlogs/src/sync/sync_test/test_attempts/attempt_1.log)"] + bazel_ok(7)
    + ["//src/sync:sync_test                                           FLAKY, failed in 1 out of 2 in 6.0s",
       "  Stats over 2 runs: max = 6.0s, min = 2.2s, avg = 4.1s, dev = 1.9s",
       "  /home/runner/.cache/bazel/_bazel_runner/3f1/execroot/_main/bazel-out/k8-fastbuild/testlogs/src/sync/"
       "sync_test/test_attempts/attempt_1.log", "", "Executed 2 out of 8 tests: 8 tests pass."]))

case("gl_nextest_flaky_with_warnings_fail_on_flaky", "transient", gl(
    ["$ cargo nextest run --profile ci"] + cargo_c(9)
    + ["warning: unused variable: `attempt`", "  --> src/sync.rs:14:9", "   |", "14 |     let attempt = 0;",
       "   |         ^^^^^^^ help: if this is intentional, prefix it with an underscore: `_attempt`", "",
       "warning: `tally` (lib) generated 1 warning",
       "    Finished `test` profile [unoptimized + debuginfo] target(s) in 39.80s",
       "    Starting 22 tests across 2 binaries (retries: 2)"] + nextest_ok(10)
    + ["   TRY 1 FAIL [   1.004s] tally net::tests::reconnects", "--- TRY 1 STDERR:        tally net::tests::reconnects "
       "---", "thread 'net::tests::reconnects' panicked at src/net.rs:201:14:",
       "called `Result::unwrap()` on an `Err` value: Os { code: 111, kind: ConnectionRefused, message: \"Connection "
       "refused\" }", "  RETRY 2/3 [         ] tally net::tests::reconnects",
       "  TRY 2 PASS [   0.910s] tally net::tests::reconnects"] + nextest_ok(6, "tally-cli")
    + ["------------", "     Summary [   4.020s] 22 tests run: 22 passed (1 flaky), 0 skipped",
       "   FLAKY 2/3 [   0.910s] tally net::tests::reconnects", "error: 1 flaky test and flaky-result is set to fail"]))

case("az_ginkgo_flakey_with_klog_noise", "not_real", az("Integration",
    go_dl(6) + ["Running Suite: Controller Suite - /home/vsts/work/1/s/pkg/controller",
                "=================================================================", "Random Seed: 1765009999", "",
                "Will run 20 of 21 specs"]
    + [f"E1206 08:12:{10 + i}.{400 + i}   4821 reconciler.go:{88 + i}] \"Reconcile failed\" err=\"conflict: the object "
       f"has been modified\" ledger=\"default/book-{i}\"" for i in range(5)] + ginkgo_ok(12)
    + ["------------------------------", "[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] Controller requeues on conflict",
       "/home/vsts/work/1/s/pkg/controller/controller_test.go:102", "------------------------------"]
    + ginkgo_ok(7) + ["", "Ran 20 of 21 Specs in 18.90 seconds",
                      "SUCCESS! -- 20 Passed | 0 Failed | 1 Flaked | 0 Pending | 1 Skipped", "PASS"]))

case("circle_ginkgo_success_flaked_summary_only", "not_real", circle(
    "ginkgo -r --flake-attempts=2 ./pkg/...", go_dl(4)
    + ["Running Suite: Net Suite - /home/circleci/project/pkg/net", "=======================================",
       "Random Seed: 1765000042", "", "Will run 7 of 7 specs"] + ginkgo_ok(7)
    + ["", "Ran 7 of 7 Specs in 1.220 seconds", "SUCCESS! -- 7 Passed | 0 Failed | 2 Flaked | 0 Pending | 0 Skipped",
       "PASS", "", "Ginkgo ran 1 suite in 4.9s", "Test Suite Passed"]))

# -- Jenkins: agent lost, with a few lines of a build that was still going above it
case("jk_jnlp4_remote_call_failed_mid_tests", "not_real", jk(
    ["+ mvn -B verify"] + mvn_dl(5) + sf_ok(7) + ["[INFO] Running net.fenwick.tally.ExportIT"] + _app_noise(3),
    tail=["ERROR: Remote call on JNLP4-connect connection from 10.20.3.14/10.20.3.14:50122 failed",
          "java.nio.channels.ClosedChannelException",
          "Caused: hudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@61c2a1:JNLP4-connect "
          "connection from 10.20.3.14/10.20.3.14:50122\": Remote call on JNLP4-connect connection from "
          "10.20.3.14/10.20.3.14:50122 failed. The channel is closing down or has closed down",
          "\tat hudson.remoting.Channel.call(Channel.java:1105)", "[Pipeline] }", "[Pipeline] // node",
          "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

case("jk_marked_offline_connection_broken_during_gradle_test", "not_real", jk(
    ["+ ./gradlew test --no-daemon"] + gradle_tasks(7) + ["> Task :core:test", "",
                                                          "LedgerTest > posts() PASSED", "LedgerTest > rounds() PASSED",
                                                          "WARNING: A terminally deprecated method in "
                                                          "sun.misc.Unsafe has been called"],
    tail=["Agent fenwick-agent-3 was marked offline: Connection was broken: java.io.IOException: Connection reset by "
          "peer", "\tat java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)", "[Pipeline] }",
          "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

case("jk_agent_offline_exception_during_npm_ci", "not_real", jk(
    ["+ npm ci"] + [f"npm warn deprecated {_n(i)}@{_ver(i)}: no longer supported" for i in range(4)],
    tail=["org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for "
          "fenwick-agent-7; fenwick-agent-7 was marked offline: Connection was broken", "[Pipeline] }",
          "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

case("jk_unexpected_reader_termination_docker_build", "not_real", jk(
    ["+ docker build -t tally:ci .", "#5 [build 2/6] RUN go mod download", "#5 DONE 14.2s",
     "#6 [build 3/6] RUN go build ./...", "#6 0.412 go: warning: ignoring symlink /src/vendor/old"],
    tail=["java.io.EOFException", "\tat java.base/java.io.DataInputStream.readFully(DataInputStream.java:210)",
          "Caused: java.io.IOException: Unexpected reader termination",
          "\tat hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:80)",
          "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

case("jk_remote_call_failed_caused_by_io_exception", "not_real", jk(
    ["+ ./ci/test.sh", "running unit tests", "ok  \tgit.fenwick.example/tally/pkg/money\t0.211s"],
    tail=["ERROR: Remote call on fenwick-agent-3 failed", "Also:   java.lang.Throwable: HERE",
          "\t\tat hudson.remoting.Channel.attachCallSiteStackTrace(Channel.java:1826)",
          "java.io.IOException: Connection reset by peer",
          "Caused: java.io.IOException: Remote call on fenwick-agent-3 failed", "[Pipeline] }", "[Pipeline] // node",
          "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- Travis: curl fetching a tool from a remote host that the network dropped
case("travis_curl_recv_failure_exit56", "transient", travis(
    "curl -fsSL https://downloads.fenwick.example/tallyfmt/1.2.0/tallyfmt-linux-amd64.tar.gz -o /tmp/tallyfmt.tgz",
    ["curl: (56) Recv failure: Connection reset by peer"], code=56, during=True))

case("travis_curl_timeout_exit28_remote", "transient", travis(
    "curl -fsSL --retry 2 https://downloads.fenwick.example/sdk/tally-sdk-4.1.zip -o sdk.zip",
    ["Warning: Problem : timeout. Will retry in 1 seconds. 2 retries left.",
     "Warning: Problem : timeout. Will retry in 2 seconds. 1 retries left.",
     "curl: (28) Failed to connect to downloads.fenwick.example port 443 after 130012 ms: Connection timed out"],
    code=28, during=True))

case("travis_curl_partial_file_exit18", "transient", travis(
    "curl -fLo /tmp/protoc.zip https://mirror.fenwick.example/protobuf/v29.1/protoc-29.1-linux-x86_64.zip",
    ["  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current",
     "                                 Dload  Upload   Total   Spent    Left  Speed",
     " 61 3112k   61 1901k    0     0   412k      0  0:00:07  0:00:04  0:00:03  412k",
     "curl: (18) end of response with 1245184 bytes missing"], code=18, during=True))

case("travis_cd_and_curl_resolve_exit6", "transient", travis(
    "cd vendor && curl -fsSLO https://mirror.fenwick.example/ta-lib/ta-lib-0.6.4-src.tar.gz",
    ["curl: (6) Could not resolve host: mirror.fenwick.example"], code=6, during=True))

# -- the retry runners that pass the run on a flake: unknown leaning transient, never real
case("gl_rspec_retry_summary_only", "not_real", gl(
    ["$ bundle exec rspec"] + gems(6)
    + ["RSpec::Retry: 2nd try ./spec/tally/mirror_spec.rb:30", "...................", "",
       "Finished in 3.01 seconds (files took 0.9 seconds to load)", "19 examples, 0 failures", "",
       "./spec/tally/mirror_spec.rb:30: Tally::Mirror pushes on reconnect: passed at attempt 2"]))

case("gh_cypress_attempt_then_pass", "not_real", gh(
    ["##[group]Run npx cypress run", "##[endgroup]"] + npm(5)
    + ["  Running:  ledger.cy.ts                                                                (1 of 2)", "",
       "  Ledger", "    (Attempt 1 of 3) shows the balance after a refund", "    ✓ shows the balance after a refund "
       "(2140ms)", "    ✓ lists entries (410ms)", "", "  2 passing (4s)", ""]))

case("bk_gotestsum_rerun_passed", "not_real", bk(
    ["--- :go: test", "$ gotestsum --format testname --rerun-fails -- ./..."] + go_dl(4)
    + [f"PASS git.fenwick.example/tally/pkg/{_n(i)}.Test{_n(i).title()} (0.0{i}s)" for i in range(6)]
    + ["FAIL git.fenwick.example/tally/pkg/net.TestDialRetries (1.02s)", "",
       "DONE 31 tests, 1 failure in 4.118s", "", "✖ Rerunning failed tests", "",
       "PASS git.fenwick.example/tally/pkg/net.TestDialRetries (re-run 1) (0.41s)", "",
       "DONE 2 runs, 32 tests, 1 failure in 5.902s"]))

case("az_dotnet_retry_completed_alone", "not_real", az("dotnet test",
    dotnet(4) + ["  Failed Fenwick.Sync.Tests.MirrorTests.PushesOnReconnect [1 s]", "  Error Message:",
                 "   System.TimeoutException : no ack within 1000 ms", "Tests suite completed successfully in 2 attempts"]))

# ---- more of (1)
# -- Travis: a silent curl (-sf prints nothing) to the app it started: Travis' line alone
case("travis_silent_curl_localhost_exit7_line_only", "not_transient", travis(
    "curl -sf http://localhost:8080/health", ["Starting tally-server on :8081"], code=7, during=True))

case("travis_silent_curl_loopback_ip_exit56_line_only", "not_transient", travis(
    "curl -sf -o /dev/null http://127.0.0.1:5000/api/ping", ["tally: listening on 127.0.0.1:5000"], code=56,
    during=True))

# -- Gradle: the test-retry plugin's flake, then another task fails without a diagnostic the catalogue names
case("gl_gradle_retry_flake_then_bootjar_duplicate_entry", "not_transient", gl(
    ["$ ./gradlew build"] + gradle_tasks(9, "app")
    + ["> Task :app:test", "", "PaymentsTest > settlesAfterReconnect() FAILED",
       "    java.net.SocketTimeoutException at PaymentsTest.kt:31", "", "PaymentsTest > settlesAfterReconnect() PASSED",
       "", "> Task :app:bootJar FAILED", "", "FAILURE: Build failed with an exception.", "", "* What went wrong:",
       "Execution failed for task ':app:bootJar'.", "> Entry BOOT-INF/lib/tally-codec-2.4.0.jar is a duplicate but no "
       "duplicate handling strategy has been set. Please refer to https://docs.gradle.org/8.11.1/dsl/"
       "org.gradle.api.tasks.Copy.html#org.gradle.api.tasks.Copy:duplicatesStrategy for details.", "",
       "BUILD FAILED in 52s", "9 actionable tasks: 9 executed"]))

# -- Maven: a flake, then the shade plugin fails on the package phase
case("drone_sf_flake_then_shade_plugin_failure", "not_transient", drone(
    ["+ mvn -B -ntp package"] + sf_ok(6)
    + sf_flakes("net.fenwick.tally.ClockSkewTest.tolerates", "ClockSkewTest.tolerates:27 expected:<true> but was:<false>")
    + ["[WARNING] Tests run: 19, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- shade:3.6.0:shade (default) @ tally-app ---", "[INFO] Including net.fenwick:tally-core:jar:2.4.0 "
       "in the shaded jar."] + reactor([("tally-app", "FAILURE [ 27.7 s]")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-shade-plugin:3.6.0:shade (default) on project "
       "tally-app: Error creating shaded jar: Invalid signature file digest for Manifest main attributes -> [Help 1]"]))

# ---- more of (2)
case("gl_sf_flakes_then_failsafe_verify_goal_fails_on_flake", "transient", gl(
    ["$ mvn -B -ntp verify"] + sf_ok(5)
    + sf_flakes("net.fenwick.tally.it.MirrorIT.catchesUp", "MirrorIT.catchesUp:55 » ConnectException Connection refused")
    + ["[WARNING] Tests run: 14, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] ------------------------------------------------------------------------", "[INFO] BUILD FAILURE",
       "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.2:verify (default) on project "
       "tally-it: There is 1 flake and failOnFlakeCount is set to 0. -> [Help 1]"]))

case("tekton_nextest_flaky_with_noise", "transient", tekton("tally-ci",
    cargo_c(6) + ["    Finished `test` profile [unoptimized + debuginfo] target(s) in 22.1s",
                  "    Starting 12 tests across 1 binary (retries: 1)"] + nextest_ok(8)
    + ["   TRY 1 FAIL [   2.001s] tally net::tests::resolves_peer", "  RETRY 2/2 [         ] tally net::tests::resolves_peer",
       "  TRY 2 PASS [   0.301s] tally net::tests::resolves_peer", "------------",
       "     Summary [   3.020s] 12 tests run: 12 passed (1 flaky), 0 skipped",
       "   FLAKY 2/2 [   0.301s] tally net::tests::resolves_peer"]))

# ---- a fourth batch
# -- Maven: one module's flake, another module's surefire could not discover its tests (a classpath fault)
case("gh_sf_flake_then_other_module_engine_failed_to_discover", "not_transient", gh(
    ["##[group]Run mvn -B -ntp verify", "##[endgroup]"] + sf_ok(6)
    + sf_flakes("net.fenwick.tally.QueueTest.acks", "QueueTest.acks:19 expected:<1> but was:<0>")
    + ["[WARNING] Tests run: 20, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- surefire:3.5.2:test (default-test) @ tally-api ---", "[INFO] Using auto detected provider "
       "org.apache.maven.surefire.junitplatform.JUnitPlatformProvider"]
    + reactor([("tally-core", "SUCCESS [ 19.4 s]"), ("tally-api", "FAILURE [  3.0 s]")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
       "project tally-api: ", "[ERROR] ", "[ERROR] Please refer to /home/runner/work/tally/tally/api/target/"
       "surefire-reports for the individual test results.", "[ERROR] There was an error in the forked process",
       "[ERROR] TestEngine with ID 'junit-jupiter' failed to discover tests",
       "[ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: There was an error in the forked process",
       "[ERROR] TestEngine with ID 'junit-jupiter' failed to discover tests"]))

# -- Gradle: one module's flake (failed, then passed), another module's test failed every attempt
case("jk_gradle_retry_flake_in_core_every_attempt_failed_in_api", "not_transient", jk(
    ["+ ./gradlew test --continue"] + gradle_tasks(5) + ["> Task :core:test", "",
     "CacheTest > evictsOldest() FAILED", "    org.opentest4j.AssertionFailedError at CacheTest.kt:22", "",
     "CacheTest > evictsOldest() PASSED", "", "> Task :api:test", "",
     "BalanceApiTest > returnsMinorUnits() FAILED", "    org.opentest4j.AssertionFailedError at BalanceApiTest.kt:40", "",
     "BalanceApiTest > returnsMinorUnits() FAILED", "    org.opentest4j.AssertionFailedError at BalanceApiTest.kt:40", "",
     "BalanceApiTest > returnsMinorUnits() FAILED", "    org.opentest4j.AssertionFailedError at BalanceApiTest.kt:40", "",
     "14 tests completed, 3 failed", "", "> Task :api:test FAILED", "", "FAILURE: Build failed with an exception.", "",
     "* What went wrong:", "Execution failed for task ':api:test'.", "> There were failing tests. See the report at: "
     "file:///home/jenkins/agent/workspace/tally_main/api/build/reports/tests/test/index.html", "",
     "BUILD FAILED in 1m 3s"],
    tail=["[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "ERROR: script returned exit code 1",
          "Finished: FAILURE"]))

# -- TeamCity: Maven's flake in one module, a compile error in another
case("tc_sf_flake_then_compile_error", "not_transient", J(teamcity_lines(
    ["[INFO] Building tally-core 2.4.0-SNAPSHOT"] + sf_ok(5)
    + sf_flakes("net.fenwick.tally.TickTest.fires", "TickTest.fires:30 expected:<1> but was:<0>")
    + ["[WARNING] Tests run: 17, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1",
       "[INFO] Building tally-api 2.4.0-SNAPSHOT", "[ERROR] COMPILATION ERROR : ",
       "[ERROR] /opt/buildagent/work/5e1f/api/src/main/java/net/fenwick/tally/api/Routes.java:[22,9] ';' expected",
       "[INFO] 1 error", "[INFO] BUILD FAILURE", "[ERROR] Failed to execute goal org.apache.maven.plugins:"
       "maven-compiler-plugin:3.13.0:compile (default-compile) on project tally-api: Compilation failure"],
    clock="08:41:07", step="Step 2/3: Maven")
    + ["[08:41:08]E:\t [Step 2/3] Process exited with code 1"]))

# -- TeamCity: the flake alone (failOnFlakeCount)
case("tc_sf_flake_alone_fail_on_flake", "transient", J(teamcity_lines(
    sf_ok(7) + sf_flakes("net.fenwick.tally.TickTest.fires", "TickTest.fires:30 » Timeout Timed out after 2 seconds")
    + ["[WARNING] Tests run: 22, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] BUILD FAILURE",
       "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
       "project tally-core: There is 1 flake and failOnFlakeCount is set to 0. -> [Help 1]"],
    clock="08:52:31", step="Step 2/3: Maven")
    + ["[08:52:32]E:\t [Step 2/3] Process exited with code 1"]))


# ---- a fifth batch: flake reports with their failed attempt's output printed
case("gl_sf_failed_run_trace_printed_then_flakes", "transient", gl(
    ["$ mvn -B -ntp verify -Dsurefire.rerunFailingTestsCount=2 -Dsurefire.failOnFlakeCount=0"] + sf_ok(5)
    + ["[INFO] Running net.fenwick.tally.MirrorTest",
       "[WARNING] Tests run: 6, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 3.301 s -- in "
       "net.fenwick.tally.MirrorTest", "[ERROR] net.fenwick.tally.MirrorTest.pushesOnReconnect -- Time elapsed: 1.02 s "
       "<<< FAILURE!", "org.opentest4j.AssertionFailedError: expected: <3> but was: <2>",
       "\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)",
       "\tat net.fenwick.tally.MirrorTest.pushesOnReconnect(MirrorTest.java:61)", ""]
    + sf_flakes("net.fenwick.tally.MirrorTest.pushesOnReconnect",
                "MirrorTest.pushesOnReconnect:61 expected: <3> but was: <2>")
    + ["[WARNING] Tests run: 24, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] BUILD FAILURE",
       "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
       "project tally-core: There is 1 flake and failOnFlakeCount is set to 0. -> [Help 1]"]))

case("gh_bazel_flaky_with_failed_attempt_output", "not_real", gh(
    ["##[group]Run bazel test --test_output=errors //...", "##[endgroup]",
     "INFO: Analyzed 20 targets (91 packages loaded, 2310 targets configured).",
     "FAIL: //src/sync:sync_test (see /home/runner/.cache/bazel/_bazel_runner/3f1/execroot/_main/bazel-out/"
     "k8-fastbuild/testlogs/src/sync/sync_test/test_attempts/attempt_1.log)",
     "==================== Test output for //src/sync:sync_test:", "=== RUN   TestPeersConverge",
     "    sync_test.go:48: peers did not converge: got 3 entries, want 4", "--- FAIL: TestPeersConverge (2.01s)",
     "FAIL", "================================================================================"] + bazel_ok(9)
    + ["//src/sync:sync_test                                           FLAKY, failed in 1 out of 2 in 2.4s",
       "  Stats over 2 runs: max = 2.4s, min = 0.4s, avg = 1.4s, dev = 1.0s", "",
       "Executed 2 out of 10 tests: 10 tests pass."]))

case("bk_ginkgo_flakey_with_attempt_failure_printed", "not_real", bk(
    ["--- :go: ginkgo", "$ ginkgo -r --flake-attempts=2 ./pkg/..."] + go_dl(3)
    + ["Running Suite: Mirror Suite - /var/lib/buildkite-agent/builds/fenwick-1/fenwick/tally/pkg/mirror",
       "=================================================================", "Random Seed: 1765005151", "",
       "Will run 8 of 8 specs"] + ginkgo_ok(4)
    + ["------------------------------", "[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] [0.802 seconds]",
       "Mirror pushes on reconnect", "/var/lib/buildkite-agent/builds/fenwick-1/fenwick/tally/pkg/mirror/"
       "mirror_test.go:30", "", "  Attempt #1 Failed.  Retrying ↺ @ 12/06/26 08:44:10.412", "",
       "  [FAILED] Expected", "      <int>: 2", "  to equal", "      <int>: 3",
       "  In [It] at: /var/lib/buildkite-agent/builds/fenwick-1/fenwick/tally/pkg/mirror/mirror_test.go:41",
       "------------------------------"] + ginkgo_ok(3)
    + ["", "Ran 8 of 8 Specs in 1.911 seconds", "SUCCESS! -- 8 Passed | 0 Failed | 1 Flaked | 0 Pending | 0 Skipped",
       "PASS", "", "Ginkgo ran 1 suite in 4.4s", "Test Suite Passed"],
    tail=["🚨 Error: The command exited with status 1"]))


# ---- near-miss guards of this review's fixes (they read the same at 3a9f093)
case("near_travis_curl_host_named_localhost_mirror_exit56", "transient", travis(
    "curl -fsSLO https://localhost-mirror.fenwick.example/cache/node-v22.12.0-linux-x64.tar.xz",
    ["curl: (56) Recv failure: Connection reset by peer"], code=56, during=True))

case("near_sf_flake_then_deploy_goal_connection_reset", "not_real", gh(
    ["##[group]Run mvn -B -ntp deploy", "##[endgroup]"] + sf_ok(5)
    + sf_flakes("net.fenwick.tally.PoolTest.drains", "PoolTest.drains:33 expected:<0> but was:<1>")
    + ["[WARNING] Tests run: 16, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- deploy:3.1.3:deploy (default-deploy) @ tally-core ---",
       "[INFO] Uploading to fenwick-releases: https://nexus.fenwick.example/repository/releases/net/fenwick/tally-core/"
       "2.4.0/tally-core-2.4.0.jar"] + reactor([("tally-core", "FAILURE [ 40.2 s]")])
    + ["[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.3:deploy (default-deploy) on "
       "project tally-core: Failed to deploy artifacts: Could not transfer artifact net.fenwick:tally-core:jar:2.4.0 "
       "from/to fenwick-releases (https://nexus.fenwick.example/repository/releases/): Connection reset -> [Help 1]"]))

case("near_jk_remote_call_failed_then_unrelated_class_error_far_below", "not_real", jk(
    ["+ ./ci/test.sh", "running unit tests"],
    tail=["java.net.SocketException: Connection reset",
          "Caused: java.io.IOException: Remote call on fenwick-agent-3 failed",
          "\tat hudson.remoting.Channel.call(Channel.java:1006)", "[Pipeline] }", "[Pipeline] // node",
          "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# ---- a second batch
# -- Ginkgo's flake, then a custom license-header check in the next step (no diagnostic the catalogue names)
case("gh_ginkgo_flakey_then_license_header_check", "not_transient", gh(
    ["##[group]Run ginkgo -r --flake-attempts=2", "##[endgroup]",
     "Running Suite: Mirror Suite - /home/runner/work/tally/tally/pkg/mirror",
     "=================================================================", "Random Seed: 1765003131", "",
     "Will run 11 of 11 specs"] + ginkgo_ok(6)
    + ["------------------------------", "[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] Mirror retries a dropped push",
       "/home/runner/work/tally/tally/pkg/mirror/mirror_test.go:29", "------------------------------"] + ginkgo_ok(4)
    + ["", "Ran 11 of 11 Specs in 2.004 seconds", "SUCCESS! -- 11 Passed | 0 Failed | 1 Flaked | 0 Pending | 0 Skipped",
       "PASS", "", "Ginkgo ran 1 suite in 5.1s", "Test Suite Passed", "##[endgroup]", "##[group]Run ./hack/verify-boilerplate.sh",
       "##[endgroup]", "Boilerplate header is wrong for: /home/runner/work/tally/tally/pkg/mirror/push.go",
       "Boilerplate header is wrong for: /home/runner/work/tally/tally/pkg/mirror/pull.go"]))

# -- Bazel's flaky target, then a coverage threshold script fails the job
case("circle_bazel_flaky_then_coverage_threshold", "not_transient", circle(
    "bazel coverage //... && ./ci/coverage-gate.sh 80", bazel_ok(8)
    + ["//src/sync:sync_test                                           FLAKY, failed in 1 out of 2 in 3.9s",
       "  Stats over 2 runs: max = 3.9s, min = 1.1s, avg = 2.5s, dev = 1.4s", "",
       "Executed 9 out of 9 tests: 9 tests pass.", "INFO: LCOV coverage report is located at "
       "/home/circleci/.cache/bazel/_bazel_circleci/8a2/execroot/_main/bazel-out/_coverage/_coverage_report.dat",
       "coverage-gate: line coverage 74.3% is below the required 80%"]))

# -- Maven in colour (GitHub keeps the escapes): a flake, and a test that failed every run
case("gh_sf_coloured_flake_and_failures_list", "not_transient", gh(
    ["##[group]Run mvn -B verify -Dstyle.color=always", "##[endgroup]"]
    + ["[\x1b[1;34mINFO\x1b[m] Running net.fenwick.tally.BookTest",
       "[\x1b[1;31mERROR\x1b[m] \x1b[1;31mTests \x1b[0;1mrun: \x1b[0;1m5\x1b[m, \x1b[1;31mFailures: \x1b[0;1;31m1\x1b[m, "
       "Errors: 0, Skipped: 0, Time elapsed: 0.04 s\x1b[1;31m <<< FAILURE!\x1b[m -- in \x1b[1mnet.fenwick.tally.BookTest\x1b[m",
       "[\x1b[1;34mINFO\x1b[m] ", "[\x1b[1;34mINFO\x1b[m] Results:", "[\x1b[1;34mINFO\x1b[m] ",
       "[\x1b[1;31mERROR\x1b[m] \x1b[1;31mFailures: \x1b[m", "[\x1b[1;31mERROR\x1b[m] \x1b[1;31m  BookTest.closesPeriod:40 "
       "expected: <12> but was: <13>\x1b[m", "[\x1b[1;33mWARNING\x1b[m] \x1b[1;33mFlakes: \x1b[m",
       "[\x1b[1;33mWARNING\x1b[m] \x1b[1;33mnet.fenwick.tally.PoolTest.drains\x1b[m",
       "[\x1b[1;31mERROR\x1b[m] \x1b[1;31m  Run 1: PoolTest.drains:33 expected: <0> but was: <1>\x1b[m",
       "[\x1b[1;34mINFO\x1b[m] \x1b[1;32m  Run 2: PASS\x1b[m", "[\x1b[1;34mINFO\x1b[m] ",
       "[\x1b[1;31mERROR\x1b[m] \x1b[1;31mTests run: 30, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1\x1b[m",
       "[\x1b[1;34mINFO\x1b[m] \x1b[1;31mBUILD FAILURE\x1b[m"]))

# -- Jenkins: a Go test failed, then the agent's channel broke during the post steps
case("jk_go_test_fail_then_marked_offline", "not_transient", jk(
    ["+ go test ./..."] + go_dl(5) + go_ok(5)
    + ["--- FAIL: TestSettle (0.00s)", "    settle_test.go:41: Settle(book) = 99, want 100", "FAIL",
       "FAIL\tgit.fenwick.example/tally/pkg/settle\t0.021s", "FAIL",
       "[Pipeline] }", "[Pipeline] // stage", "[Pipeline] stage", "[Pipeline] { (Declarative: Post Actions)",
       "[Pipeline] junit"],
    tail=["fenwick-agent-3 was marked offline: Connection was broken: java.nio.channels.ClosedChannelException",
          "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- Jenkins: make's error and npm's test failure, then the reader ended
case("jk_npm_test_failed_then_reader_termination", "not_transient", jk(
    ["+ npm test"] + ["", "> tally-web@2.4.0 test", "> mocha 'test/**/*.spec.js'", "", "  Ledger",
                      "    ✓ posts an entry", "    1) rounds the total", "", "  1 passing (31ms)", "  1 failing", "",
                      "  1) Ledger", "       rounds the total:", "", "      AssertionError: expected 99 to equal 100",
                      "      at Context.<anonymous> (test/ledger.spec.js:22:28)", "", "npm error Test failed.  See above for more details."],
    tail=["java.io.IOException: Unexpected reader termination",
          "\tat hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:80)",
          "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- Jenkins: an agent lost below compiler warnings and passing tests named for errors
case("jk_agent_lost_below_warnings_and_error_named_tests", "not_real", jk(
    ["+ ./gradlew test"] + gradle_tasks(5)
    + ["warning: [deprecation] toURL() in File has been deprecated", "  URL u = f.toURL();", "           ^",
       "1 warning", "> Task :core:test", "ErrorHandlerTest > reportsParseError() PASSED",
       "ErrorHandlerTest > mapsTimeoutToRetry() PASSED", "FailurePolicyTest > failsFastOnAuthError() PASSED"],
    tail=["Cannot contact fenwick-agent-3: java.lang.InterruptedException",
          "ERROR: Remote call on JNLP4-connect connection from fenwick-agent-3.int/10.20.3.14:50311 failed",
          "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- Ginkgo in colour: a flake alone
case("gh_ginkgo_coloured_flake_only", "not_real", gh(
    ["##[group]Run ginkgo -r --flake-attempts=2", "##[endgroup]",
     "Running Suite: Store Suite - /home/runner/work/tally/tally/pkg/store",
     "===============================================================", "Random Seed: \x1b[1m1765002223\x1b[0m",
     "", "Will run \x1b[1m9\x1b[0m of \x1b[1m9\x1b[0m specs"] + ginkgo_ok(5)
    + ["\x1b[38;5;243m------------------------------\x1b[0m",
       "\x1b[38;5;214m[FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS]\x1b[0m Store compacts under writes",
       "\x1b[38;5;243m/home/runner/work/tally/tally/pkg/store/store_test.go:70\x1b[0m",
       "\x1b[38;5;243m------------------------------\x1b[0m"] + ginkgo_ok(3)
    + ["", "\x1b[38;5;10m\x1b[1mRan 9 of 9 Specs in 1.310 seconds\x1b[0m",
       "\x1b[38;5;10m\x1b[1mSUCCESS!\x1b[0m -- \x1b[38;5;10m\x1b[1m9 Passed\x1b[0m | \x1b[38;5;9m\x1b[1m0 Failed\x1b[0m | "
       "\x1b[38;5;214m\x1b[1m1 Flaked\x1b[0m | \x1b[38;5;11m\x1b[1m0 Pending\x1b[0m | \x1b[38;5;14m\x1b[1m0 Skipped\x1b[0m",
       "PASS"]))

# -- Surefire: flakes whose failed run was a NullPointerException, with Spring's startup noise
case("bk_sf_flake_npe_run_with_spring_noise", "transient", bk(
    ["--- :maven: verify", "$ mvn -B -ntp verify -Dsurefire.rerunFailingTestsCount=2 -Dsurefire.failOnFlakeCount=1"]
    + [f"2026-12-06T08:30:1{i}.412Z  WARN 5121 --- [           main] o.s.b.a.o.j.JpaBaseConfiguration  : "
       f"spring.jpa.open-in-view is enabled by default" for i in range(3)]
    + ["2026-12-06T08:30:14.002Z ERROR 5121 --- [    scheduler-1] n.f.t.sched.Tick : tick failed",
       "java.lang.IllegalStateException: clock not started", "\tat net.fenwick.tally.sched.Tick.run(Tick.java:22)"]
    + sf_ok(6) + sf_flakes("net.fenwick.tally.sched.TickTest.firesEverySecond",
                          "TickTest.firesEverySecond:48 » NullPointer Cannot invoke \"java.time.Clock.instant()\" "
                          "because \"this.clock\" is null")
    + ["[WARNING] Tests run: 28, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ", "[INFO] BUILD FAILURE",
       "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
       "project tally-sched: There is 1 flake and failOnFlakeCount is set to 1. -> [Help 1]"]))


# ---- a third batch
# -- Travis: curl under travis_retry or sudo, the download dropped
case("travis_retry_curl_recv_failure_exit56", "transient", travis(
    "travis_retry curl -fsSL https://downloads.fenwick.example/tallyfmt/1.2.0/tallyfmt-linux-amd64 -o bin/tallyfmt",
    ["curl: (56) Recv failure: Connection reset by peer", "", "The command \"curl -fsSL https://downloads.fenwick."
     "example/tallyfmt/1.2.0/tallyfmt-linux-amd64 -o bin/tallyfmt\" failed. Retrying, 2 of 3.", "",
     "curl: (56) Recv failure: Connection reset by peer", "", "The command \"curl -fsSL https://downloads.fenwick."
     "example/tallyfmt/1.2.0/tallyfmt-linux-amd64 -o bin/tallyfmt\" failed. Retrying, 3 of 3.", "",
     "curl: (56) Recv failure: Connection reset by peer"], code=56, during=True))

case("travis_sudo_curl_silent_exit28", "transient", travis(
    "sudo curl -sfLo /usr/local/bin/tallyfmt https://downloads.fenwick.example/tallyfmt/1.2.0/tallyfmt-linux-amd64",
    ["installing tallyfmt 1.2.0"], code=28, during=True))

# -- Jenkins freestyle: the remote call failed with the channel closing, under a Maven build that was going
case("jk_freestyle_fatal_remote_call_failed_mid_build", "not_real", J([
    "Started by timer", "Running as SYSTEM", "Building remotely on fenwick-agent-9 (linux docker) in workspace "
    "/home/jenkins/workspace/tally-nightly", "[tally-nightly] $ /bin/sh -xe /tmp/jenkins7719.sh", "+ mvn -B -ntp verify"]
    + sf_ok(9) + ["[INFO] Running net.fenwick.tally.ExportIT",
                  "FATAL: Remote call on fenwick-agent-9 failed", "java.io.IOException: Remote call on fenwick-agent-9 "
                  "failed", "\tat hudson.remoting.Channel.call(Channel.java:1008)",
                  "\tat hudson.Launcher$RemoteLauncher.kill(Launcher.java:1090)",
                  "Caused by: java.io.EOFException", "\tat java.base/java.io.ObjectInputStream$PeekInputStream.readFully("
                  "ObjectInputStream.java:2933)", "Build step 'Execute shell' marked build as failure",
                  "Finished: FAILURE"]))

# -- Jenkins: agent lost below a Maven build whose test output had an assertion message in a passing retry's log
case("jk_agent_offline_below_surefire_flake_section", "not_real", jk(
    ["+ mvn -B -ntp verify"] + sf_ok(6)
    + sf_flakes("net.fenwick.tally.PoolTest.drains", "PoolTest.drains:33 expected:<0> but was:<1>")
    + ["[WARNING] Tests run: 21, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] ",
       "[INFO] --- jar:3.4.2:jar (default-jar) @ tally-core ---"],
    tail=["org.jenkinsci.plugins.workflow.support.steps.AgentOfflineException: Unable to create live FilePath for "
          "fenwick-agent-3; fenwick-agent-3 was marked offline: Connection was broken", "[Pipeline] }",
          "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- nextest: a flaky test, then cargo fmt's check in the next command
case("gl_nextest_flaky_then_cargo_fmt_check", "not_transient", gl(
    ["$ cargo nextest run --retries 2"] + cargo_c(6)
    + ["    Finished `test` profile [unoptimized + debuginfo] target(s) in 20.3s",
       "    Starting 14 tests across 1 binary (retries: 2)"] + nextest_ok(9)
    + ["   TRY 1 FAIL [   0.330s] tally io::tests::flushes", "  RETRY 2/3 [         ] tally io::tests::flushes",
       "  TRY 2 PASS [   0.301s] tally io::tests::flushes", "------------",
       "     Summary [   1.020s] 14 tests run: 14 passed (1 flaky), 0 skipped",
       "   FLAKY 2/3 [   0.301s] tally io::tests::flushes", "$ cargo fmt --all -- --check",
       "Diff in /builds/fenwick/tally/src/io.rs:41:", "     fn flush(&mut self) -> io::Result<()> {",
       "-        self.inner.flush()?; Ok(())", "+        self.inner.flush()?;", "+        Ok(())", "     }"]))

# -- Bazel: a flaky target, and a target whose test timed out in Bazel's short form with the target first
case("bk_bazel_flaky_and_timeout_target", "not_transient", bk(
    ["--- :bazel: test", "$ bazel test //... --flaky_test_attempts=2"] + bazel_ok(8)
    + ["//src/net:dialer_test                                          FLAKY, failed in 1 out of 2 in 2.3s",
       "  Stats over 2 runs: max = 2.3s, min = 0.6s, avg = 1.4s, dev = 0.8s",
       "//src/sync:sync_test                                           TIMEOUT in 2 out of 2 in 300.0s",
       "  Stats over 2 runs: max = 300.0s, min = 300.0s, avg = 300.0s, dev = 0.0s",
       "  /var/lib/buildkite-agent/.cache/bazel/_bazel_buildkite-agent/6c0/execroot/_main/bazel-out/k8-fastbuild/"
       "testlogs/src/sync/sync_test/test.log", "", "Executed 3 out of 10 tests: 8 tests pass, 1 was flaky and 1 fails "
       "locally.", "There were tests whose specified size is too big."],
    tail=["🚨 Error: The command exited with status 3"]))


# -- a golden-file harness that prints "Run N: PASS" for each replay, then its own diff fails the job
case("az_replay_harness_run_pass_lines_then_golden_diff", "not_transient", az("Replay check",
    ["replay: 3 runs over testdata/journal-2026-11.bin"] + [f"Run {i}: PASS" for i in range(1, 4)]
    + ["verify: report differs from testdata/report.golden", "--- testdata/report.golden",
       "+++ build/report.txt", "@@ -4,3 +4,3 @@", " wigeon   40.00", "-yaffle   12.50", "+yaffle   12.00",
       " total    52.50"]))

case("gl_soak_script_run_pass_lines_then_leak_check", "not_transient", gl(
    ["$ ./ci/soak.sh --runs 4"] + [f"  Run {i}: PASS" for i in range(1, 5)]
    + ["soak: resident memory grew from 212 MiB to 498 MiB over 4 runs (limit 64 MiB)", "soak: leak check failed"]))


case("near_sf_flake_failed_run_message_over_three_lines", "transient", gh(
    ["##[group]Run mvn -B -ntp verify -Dsurefire.failOnFlakeCount=0", "##[endgroup]"] + sf_ok(8)
    + ["[INFO] ", "[INFO] Results:", "[INFO] ", "[WARNING] Flakes: ", "[WARNING] net.fenwick.tally.PoolTest.drains",
       "[ERROR]   Run 1: PoolTest.drains:33 Multiple Failures (2 failures)",
       "\torg.opentest4j.AssertionFailedError: expected: <0> but was: <1>",
       "\torg.opentest4j.AssertionFailedError: expected: <true> but was: <false>", "[INFO]   Run 2: PASS", "[INFO] ",
       "[WARNING] Tests run: 33, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1", "[INFO] BUILD FAILURE",
       "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
       "project tally-core: There is 1 flake and failOnFlakeCount is set to 0. -> [Help 1]"]))


# The cases still misread, each with why (a strict xfail: it passes once the reading changes).
_CURL_LOOPBACK = ("LEFT: curl's own line ('curl: (28) Operation timed out ...', 'curl: (52) Empty reply from server') reads "
                  "as a network fault before this round, whatever host the command named; telling a loopback target "
                  "apart needs the command read with the line (the Travis line itself no longer reads so)")
LEFT: dict[str, str] = {
    "travis_curl_localhost_ready_timeout_exit28": _CURL_LOOPBACK,
    "travis_curl_localhost_empty_reply_exit52": _CURL_LOOPBACK,
    "gh_sf_flake_then_forked_vm_crash": ("LEFT: Surefire's 'forked VM terminated without properly saying goodbye' is "
                                         "jvm-fork-crashed, transient by the catalogue (an out-of-memory kill); its "
                                         "'Process Exit Code: 134' (an abort in native code) is not told apart"),
}

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"},
            "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique_and_logs_are_whole():
    """Every case has an id of its own, and every log is 10 to 150 lines."""
    assert_unique_ids(CASES)
    assert set(LEFT) <= {cid for cid, _, _ in CASES}
    assert len(CASES) >= 60
    assert all(10 <= len(log.splitlines()) <= 150 for _, _, log in CASES), [
        (cid, len(log.splitlines())) for cid, _, log in CASES if not 10 <= len(log.splitlines()) <= 150]


@pytest.mark.parametrize(("expected", "log"), [
    pytest.param(expected, log, id=cid,
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, expected, log in CASES])
def test_review33_a(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
