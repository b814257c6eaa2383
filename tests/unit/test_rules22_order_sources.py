"""Twenty-second round, order22: the order-only reading weighed by where a list's order comes from.

What is read (signatures.toml "compared-values-same-items-other-order", values_order.py _same_items_other_order and
_order_kept_by_toolchain): a failing test's two compared values holding the same items in another order stay a
transient reading where the order most likely came from a per-run seed or from threads, not where it came from a
source that gives one order on every run of one toolchain or machine:
  * the JVM's, .NET's and C++'s runners (JUnit's and Kotest's "expected: <X> but was: <Y>", TestNG's "expected [X] but
    found [Y]", AssertJ's containsExactly, ScalaTest's "did not equal", "expected:" / "but was:" on two lines, xUnit's
    "Expected:" / "Actual:" above a .cs frame, FluentAssertions, GoogleTest's "Which is:", Catch2's expansion): read only
    where a word of threads or parallel work is near (the test's name or its own frames: "ParallelIndexerTest",
    "collect_from_threads", "WorkerPool"); the frameworks' own frames (JUnit 5's SameThreadHierarchicalTestExecutorService,
    xUnit's System.Threading frames), Gradle's "Test worker", "Exception in thread" and an application's log lines (a
    logger's "[pool-1-thread-2]") are not read for it;
  * any runner: not where the lines around the pair name a directory listing (os.listdir, scandir, iterdir, os.walk,
    glob.glob, readdirSync, Files.list, listFiles, Directory.GetFiles, Dir.children, fs.ls);
  * Go's, Python's, Rust's, Ruby's, JavaScript's and Swift's runners: read as before.

The evidence: 60 public threads (issues corpus) of a test that failed on two collections holding the same items in
another order, each recorded with where the order came from and whether the failure passed on a rerun (transient) or
failed on every run until fixed (real):
  * a hash container whose order one toolchain keeps: 0 transient, 11 real (JDK 7u51 / 8 and another Java runtime
    changing HashMap/HashSet order: intermine/intermine#875, OpenRefine/OpenRefine#939, Netcentric/accesscontroltool#9,
    apache/cassandra-java-driver#255, internetarchive/wayback#100, axkr/symja_android_library#744; libc++, a newer
    libstdc++, MSVC or a Release build ordering std::unordered_map otherwise: hyrise/hyrise#1591, SGpp/SGpp#50,
    realm/realm-core#4315, STEllAR-GROUP/phylanx#609; a fixed hasher on another platform: Automattic/harper#157);
  * a directory listing: 0 transient, 6 real (macOS, Windows, ext3, a CI machine or a build farm listing otherwise:
    DRMacIver/each#11, conan-io/conan#15352, capnproto/capnproto#469, eschluntz/compress#10, basho/riak_kv#260,
    Yelp/mrjob#595);
  * a per-run seed: 18 transient, 0 real (Go's map range: kiali/kiali#171, thoas/go-funk#35, go-chef/chef#87,
    projectdiscovery/utils#12, stripe/stripe-mock#63, gmeghnag/omc#170, cloudfoundry/cli#413, grafana/grafana#16649;
    Python's str hashing: twisted/twisted#5746, python/cpython#144348, galaxyproject/galaxy#6609, Pylons/webob#75,
    networkx/networkx#975, pytest-dev/pytest#346; Perl: rvosa/bio-phylo#4, rizen/Facebook-Graph#40,
    vti/underscore-perl#11; Rust's RandomState: f-rustrated/EastGuard#10);
  * threads or async work finishing in any order: 8 transient, 0 real (ballerina-platform/ballerina-lang#15666,
    reactiverse/reactiverse-contextual-logging#40, caolan/async#1646, ipfs/js-ipfs#3680, nim-lang/Nim#10386,
    NVIDIA-NeMo/Curator#1147, Quantinuum/tierkreis#450, typelevel/fs2#3185);
  * left as they were (the difference under five threads): a query without ORDER BY, 7 transient and 3 real (a new
    PostgreSQL, another storage engine), and a sort's ties, 2 transient and 4 real (V8 7's and Go 1.19's new sorts);
    one product bug (SatelliteQE/robottelo#5260, already not read: an exact reverse).
By runner, the JVM's and C++'s hold 4 transient against 11 real: the 11 real are no longer read; of the 4 transient, two were not read before either (ballerina's test is named "testOrdering"; fs2's munit report
is not a shape read here, recalled) and two are lost (reactiverse's promises, whose test names no thread, and
terraware's query rows). Threads found only by a tool that shuffles hash iteration (NonDex), never seen failing in CI,
are not counted. Assumption (no thread counted): .NET's Dictionary and HashSet enumerate in insertion order while
nothing is removed (recalled), as stable as the JVM's. The runners' wordings are those of tests/unit/test_rules21_unordered.py, test_review21_c.py and
test_review21_i.py (recalled unless said there); tests, values and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a JVM, .NET or C++ runner's pair with no word of threads or parallel work near -> real (the test failure, as any);
  * the same pair with such a word in the test's name or its own frame, also behind a CI prefix -> transient;
  * thread words only in the frameworks' frames, the runner's own lines ("Gradle Test Executor 3"), a command line's
    flags ("--parallel", "--max-workers=4") or an application's log line -> real;
  * a directory listing named in the source lines around any runner's pair -> real;
  * Go, Python, Rust, Jest and RSpec pairs with no such word -> transient, as before.
"""

from __future__ import annotations

import pytest
from frames import gha_stamped as _gha_stamped
from judging import assert_unique_ids, labelled, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_SIG = "compared-values-same-items-other-order"


def _junit(line: str, test: str = "TagServiceTest > listsTags()", frame: str = "", above: str = "") -> str:
    return (f"> Task :test\n\n{above}{test} FAILED\n    {line}\n"
            "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n"
            + (f"        at app//{frame}\n" if frame else "")
            + "\n42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA)


def _maven(line: str, test: str = "testListsPrivileges", cls: str = "com.example.acl.PrivilegeMappingTest",
           frames: str = "") -> str:
    simple = cls.rsplit(".", 1)[1]
    return (f"[INFO] Running {cls}\n"
            f"[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.2 s <<< FAILURE! - in {cls}\n"
            f"[ERROR] {test}({cls})  Time elapsed: 0.03 s  <<< FAILURE!\n{line}\n{frames}"
            f"\tat {cls}.{test}({simple}.java:53)\n\n[INFO] Results:\n[INFO] \n[ERROR] Failures: \n"
            "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n" + _GHA)


# JUnit 5's frames under Surefire, as its stack trace prints them (the platform's own executor service and collector)
_JUNIT5_FRAMES = (
    "\tat org.junit.platform.engine.support.hierarchical.ThrowableCollector.execute(ThrowableCollector.java:73)\n"
    "\tat org.junit.platform.engine.support.hierarchical.NodeTestTask.executeRecursively(NodeTestTask.java:138)\n"
    "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)\n"
    "\tat org.junit.platform.engine.support.hierarchical.SameThreadHierarchicalTestExecutorService.invokeAll("
    "SameThreadHierarchicalTestExecutorService.java:41)\n")


def _xunit(expected: str, actual: str, test: str = "Api.Tests.TagServiceTests.ListsTags", frames: str = "") -> str:
    return (f"[xUnit.net 00:00:01.21]     {test} [FAIL]\n  Failed {test} [12 ms]\n  Error Message:\n"
            f"   Assert.Equal() Failure: Collections differ\nExpected: {expected}\nActual:   {actual}\n"
            f"  Stack Trace:\n{frames}     at {test}() in /src/Api.Tests/TagServiceTests.cs:line 41\n\n"
            "Failed!  - Failed:     1, Passed:    57, Skipped:     0, Total:    58, Duration: 2 s\n" + _GHA)


def _fluent(expected: str, actual: str, test: str = "App.Tests.TagTests.LoadedTagNames") -> str:
    return (f"  Failed {test} [8 ms]\n  Error Message:\n   Expected collection to be equal to {expected}, but {actual} "
            "differs at index 0.\n  Stack Trace:\n     at FluentAssertions.Execution.XUnit2TestFramework.Throw(String "
            "message)\n\nFailed!  - Failed:     1, Passed:    33, Skipped:     0, Total:    34\n" + _GHA)


def _gtest(first: str, second: str, test: str = "RegistryTest.Names") -> str:
    return (f"[ RUN      ] {test}\n/home/runner/work/app/tests/registry_test.cc:42: Failure\n"
            f"Expected equality of these values:\n  registry.Names()\n    Which is: {first}\n"
            f"  expected\n    Which is: {second}\n[  FAILED  ] {test} (0 ms)\n"
            f"[  FAILED  ] 1 test, listed below:\n[  FAILED  ] {test}\n\n 1 FAILED TEST\n" + _GHA)


def _catch2(call: str, expansion: str) -> str:
    return ("/home/runner/work/app/tests/registry_test.cpp:31: FAILED:\n"
            f"  REQUIRE( {call} == std::vector<std::string>{{ \"alpha\", \"beta\", \"gamma\" }} )\nwith expansion:\n"
            f"  {expansion}\n\n===============================================================================\n"
            "test cases: 12 | 11 passed | 1 failed\nassertions: 40 | 39 passed | 1 failed\n\n" + _GHA)


def _scalatest(left: str, right: str, spec: str = "TagRepositorySpec", title: str = "list the tags") -> str:
    return (f"[info] {spec}:\n[info] - should {title} *** FAILED ***\n"
            f"[info]   {left} did not equal {right} ({spec}.scala:22)\n"
            "[info] Run completed in 1 second, 102 milliseconds.\n[info] Tests: succeeded 11, failed 1, canceled 0\n"
            f"[info] *** 1 TEST FAILED ***\n[error] Failed tests:\n[error] \tcom.example.{spec}\n"
            "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA)


def _pytest(compared: str, name: str = "test_exported_files", source: str = "assert exported(tmp_path) == expected",
            above: str = "") -> str:
    return (f"______________________________ {name} ______________________________\n\n"
            f"    def {name}(tmp_path):\n{above}>       {source}\n"
            f"E       AssertionError: {compared}\n\ntests/test_export.py:22: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED tests/test_export.py::{name} - AssertionError: {compared}\n"
            "========================= 1 failed, 41 passed in 3.21s =========================\n" + _GHA)


def _unittest(body: str, source: str, name: str = "test_outputs") -> str:
    return ("======================================================================\n"
            f"FAIL: {name} (tests.test_build.BuildTest)\n"
            "----------------------------------------------------------------------\n"
            "Traceback (most recent call last):\n"
            f'  File "/app/tests/test_build.py", line 58, in {name}\n    {source}\n'
            f"{body}\n----------------------------------------------------------------------\n"
            "Ran 12 tests in 0.031s\n\nFAILED (failures=1)\n" + _GHA)


def _jest(expected: str, received: str, frame: str, title: str = "export › writes one file per locale") -> str:
    return (f"FAIL src/export.test.ts\n  ● {title}\n\n    expect(received).toEqual(expected) // deep equality\n\n"
            f"    Expected: {expected}\n    Received: {received}\n\n"
            f"      12 |     await exportAll(dir);\n    > 13 |     {frame}\n"
            "         |                            ^\n\nTests:       1 failed, 12 passed, 13 total\n" + _GHA)


def _go(expected: str, actual: str, name: str = "TestTagsByOwner") -> str:
    return (f"=== RUN   {name}\n    store_test.go:88: \n"
            "        \tError Trace:\t/home/runner/work/app/store/store_test.go:88\n"
            "        \tError:      \tNot equal: \n"
            f"        \t            \texpected: {expected}\n"
            f"        \t            \tactual  : {actual}\n"
            f"        \tTest:       \t{name}\n--- FAIL: {name} (0.00s)\nFAIL\n"
            "FAIL\texample.com/app/store\t0.412s\n" + _GHA)


_SPRING_THREAD_LOG = ("2026-05-04T10:00:01.400Z  INFO 2211 --- [pool-2-thread-1] c.e.acl.PrivilegeCache : "
                      "Loaded 2 privileges\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ JVM, .NET, C++: one order per toolchain -> real
    # (Netcentric/accesscontroltool#9's shape: a HashSet's two privileges in the order of another JDK)
    ("maven-junit4-privileges-hashset", "real",
     _maven("java.lang.AssertionError: expected:<[jcr:read, crx:replicate]> but was:<[crx:replicate, jcr:read]>")),
    ("gradle-junit5-plain", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[alpha, beta, gamma]> but was: <[beta, alpha, gamma]>")),
    ("testng-plain", "real",
     _maven("java.lang.AssertionError: expected [[x, x^2]] but found [[x^2, x]]", "testArgsCnc",
            "org.example.sym.ExprTest")),
    ("assertj-contains-exactly-plain", "real",
     _junit("java.lang.AssertionError: \nActual and expected have the same elements but not in the same order, at "
            "index 0 actual element was:\n  \"reports\"\nwhereas expected element was:\n  \"admin\"",
            "ProgramServiceTest > returnsAccessiblePrograms()")),
    ("kotlin-two-line-but-was", "real",
     "> Task :test\n\nTagRepositoryTest > tags are returned FAILED\n    org.opentest4j.AssertionFailedError: \n"
     "    expected: [\"red\", \"green\", \"blue\"]\n     but was: [\"green\", \"blue\", \"red\"]\n"
     "        at TagRepositoryTest.tags(TagRepositoryTest.kt:22)\n\n57 tests completed, 1 failed\n\n"
     "FAILURE: Build failed with an exception.\n" + _GHA),
    ("scalatest-plain", "real", _scalatest('List("beta", "alpha")', 'List("alpha", "beta")')),
    ("xunit-collections-differ-plain", "real", _xunit('["alpha", "beta"]', '["beta", "alpha"]')),
    ("fluentassertions-plain", "real", _fluent('{"red", "green", "blue"}', '{"green", "blue", "red"}')),
    # (hyrise/hyrise#1591, realm/realm-core#4315: std::unordered_map's order under another standard library)
    ("googletest-plain", "real", _gtest('{ "beta", "gamma", "alpha" }', '{ "alpha", "beta", "gamma" }')),
    ("catch2-plain", "real",
     _catch2("registry().names()", '{ "beta", "gamma", "alpha" } == { "alpha", "beta", "gamma" }')),
    # ... thread words only where the frameworks or the application put them
    ("junit5-framework-executor-frames", "real",
     _maven("org.opentest4j.AssertionFailedError: expected: <[jcr:read, crx:replicate]> but was: <[crx:replicate, "
            "jcr:read]>", frames=_JUNIT5_FRAMES)),
    ("app-log-thread-name-above", "real",
     _maven("java.lang.AssertionError: expected:<[jcr:read, crx:replicate]> but was:<[crx:replicate, jcr:read]>")
     .replace("[ERROR] Tests run: 3", _SPRING_THREAD_LOG + "[ERROR] Tests run: 3", 1)),
    ("xunit-system-threading-frames", "real",
     _xunit('["alpha", "beta"]', '["beta", "alpha"]',
            frames="     at System.Threading.Tasks.Task.Wait()\n     at Xunit.Sdk.TestInvoker`1.RunAsync()\n")),
    ("gradle-test-executor-line", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[alpha, beta]> but was: <[beta, alpha]>",
            above="Gradle Test Executor 3 started executing tests.\n")),
    # ------------------------------------------------------------------ the same runners with threads named -> transient
    # (ballerina-platform/ballerina-lang#15666: results of parallel workers)
    ("gradle-junit5-parallel-test-name", "transient",
     _junit("org.opentest4j.AssertionFailedError: expected: <[alpha, beta, gamma]> but was: <[beta, alpha, gamma]>",
            "ParallelIndexerTest > collectsAllTags()")),
    ("maven-testng-executor-class", "transient",
     _maven('java.lang.AssertionError: expected [["child: end", "parent: end"]] but found [["parent: end", '
            '"child: end"]]', "testJoinResults", "org.example.jvm.ExecutorFanOutTest")),
    ("junit5-own-frame-concurrent", "transient",
     _maven("org.opentest4j.AssertionFailedError: expected: <[a, b, c]> but was: <[b, c, a]>", "keysAfterPuts",
            "com.example.cache.ConcurrentCacheTest", frames=_JUNIT5_FRAMES)),
    ("scalatest-workers-title", "transient",
     _scalatest('List("beta", "alpha")', 'List("alpha", "beta")', "WorkerPoolSpec", "gather the workers' results")),
    ("xunit-parallel-test-name", "transient",
     _xunit('["alpha", "beta"]', '["beta", "alpha"]', "Api.Tests.TagServiceTests.ListsTagsFromParallelLoads")),
    ("googletest-worker-threads", "transient",
     _gtest('{ "b", "c", "a" }', '{ "a", "b", "c" }', "PoolTest.ResultsFromWorkerThreads")),
    ("catch2-collect-from-threads", "transient",
     _catch2("collect_from_threads(pool)", '{ "beta", "gamma", "alpha" } == { "alpha", "beta", "gamma" }')),
    ("gha-stamped-junit-worker-pool", "transient",
     _gha_stamped(_junit("org.opentest4j.AssertionFailedError: expected: <[READER, WRITER]> but was: <[WRITER, "
                         "READER]>", "WorkerPoolTest > drainsBoth()")) + _GHA),
    # ------------------------------------------------------------------ a per-run seed's runners: as before -> transient
    ("go-testify-map-range", "transient", _go('[]string{"READER", "WRITER"}', '[]string{"WRITER", "READER"}')),
    ("pytest-set-of-str", "transient",
     _pytest("assert ['beta', 'alpha', 'gamma'] == ['alpha', 'beta', 'gamma']", "test_feature_flags",
             "assert list(flags.enabled()) == expected")),
    ("jest-plain", "transient",
     _jest('["admin", "editor", "viewer"]', '["editor", "admin", "viewer"]',
           "expect(await getRoles(user)).toEqual(['admin', 'editor', 'viewer']);", "roles › lists the roles")),
    # ------------------------------------------------------------------ a directory listing named, any runner -> real
    # (DRMacIver/each#11, conan-io/conan#15352, eschluntz/compress#10: os.listdir's order on another machine)
    ("pytest-source-listdir", "real",
     _pytest("assert ['b.txt', 'a.txt'] == ['a.txt', 'b.txt']", source="assert os.listdir(tmp_path) == expected")),
    ("pytest-source-iterdir", "real",
     _pytest("assert ['en.json', 'de.json', 'fr.json'] == ['de.json', 'en.json', 'fr.json']",
             source="assert [p.name for p in out.iterdir()] == expected")),
    ("pytest-source-glob-above", "real",
     _pytest("assert ['b.csv', 'a.csv'] == ['a.csv', 'b.csv']", source="assert files == expected",
             above="        files = [os.path.basename(f) for f in glob.glob(str(tmp_path / '*.csv'))]\n")),
    # (Yelp/mrjob#595: a filesystem's ls on one machine)
    ("unittest-fs-ls", "real",
     _unittest("AssertionError: Lists differ: ['/tmp/t1/f2', '/tmp/t1/f'] != ['/tmp/t1/f', '/tmp/t1/f2']\n\n"
               "First differing element 0:\n'/tmp/t1/f2'\n'/tmp/t1/f'",
               "self.assertEqual(list(fs.ls(self.root)), self.paths('f', 'f2'))")),
    ("jest-readdirsync", "real",
     _jest('["de.json", "en.json"]', '["en.json", "de.json"]', "expect(fs.readdirSync(dir)).toEqual(expected);")),
    ("rspec-dir-children", "real",
     "Failures:\n\n  1) Exporter writes one file per locale\n"
     "     Failure/Error: expect(Dir.children(out_dir)).to eq(%w[de.json en.json])\n\n"
     "       expected: [\"de.json\", \"en.json\"]\n            got: [\"en.json\", \"de.json\"]\n\n"
     "       (compared using ==)\n     # ./spec/exporter_spec.rb:14:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 0.4 seconds\n12 examples, 1 failure\n" + _GHA),
    # ------------------------------------------------------------------ thread words a command line's flags hold -> real
    ("gradle-parallel-flag-not-read", "real",
     "##[group]Run ./gradlew test --parallel --max-workers=4\n" + _junit(
         "org.opentest4j.AssertionFailedError: expected: <[alpha, beta]> but was: <[beta, alpha]>")),
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entry.
LONG_LINE_WORDS = ["expected: <[", "> but was: <[", "expected [[", "] but found [", "    Which is: {",
                   "Expected collection to be equal to {", ") did not equal List(", "E   assert [", "but was: ["]

assert_unique_ids(CASES)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_order_sources(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(
    ("cid", "log"), [(cid, log) for cid, verdict, log in CASES if verdict == "transient"],
    ids=[cid for cid, verdict, _ in CASES if verdict == "transient"])
def test_order_sources_read_through_its_entry(cid: str, log: str) -> None:
    reads_as(log, "transient", _SIG)
