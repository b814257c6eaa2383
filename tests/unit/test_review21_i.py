"""Review 21i: a second look at the twenty-first round's "compared values, same items in another order" reading, after
review 21c's and the expected-failure pass's fixes, tried on logs written to break it.

Covered: values_order.py _same_items_other_order and signatures.toml "compared-values-same-items-other-order". Each case is
labelled by the mechanism a careful engineer would name, not by what the engine says:
  * real failures with two compared values of the same items in another order where the log itself says the order is
    the product's: a query's ORDER BY in the SQL logged above the pair, a pagination cursor, handlers or hooks called as
    registered, a task run before another, a version's three parts, the words "sorted"/"ordering" only in the source
    lines above the pair; an application's own log line of the same shape beside another test's real failure; a Go
    build failure in another package; a reordered nested list beside a changed field;
  * a version's parts in a string sort, a full name's two parts swapped by a parser (the source's literal 'Ada Lovelace'
    gives the order);
  * transient ones (a list built from a hash map or a set whose iteration order is seeded per process: Go's map, Python's
    set of str, Swift's Set; rows of a query without ORDER BY; results gathered from worker threads or parallel tasks)
    in other frameworks' report shapes and behind CI prefixes (GitHub's and Jenkins' clocks, Azure's "##[error]"): Kotest, Minitest, Catch2's "with
    expansion:", GoogleTest's "Which is:", NUnit's "< a, b >", FluentAssertions, Swift's XCTAssertEqual, Spock's
    condition, TeamCity's and GitLab's timestamp prefixes, a pytest log with the pair far above the end.

Where the wording comes from (all recalled unless said): Kotest's "expected:<X> but was:<Y>"; Minitest's
"  1) Failure:" / "Expected: X" / "  Actual: Y"; Catch2's "REQUIRE( ... )" / "with expansion:" / "  X == Y";
GoogleTest's "Expected equality of these values:" / "    Which is: X"; NUnit's "Expected: < ... >" / "But was:  < ... >";
FluentAssertions' "Expected collection to be equal to {..}, but {..} differs at index N."; XCTest's
"XCTAssertEqual failed: ("X") is not equal to ("Y")"; Spock's "Condition not satisfied:" power assertion; GitLab
runner's "2026-...Z 00O " line prefix; TeamCity's "[hh:mm:ss] :\t [Step 2/3] " prefix. Tests, values and paths are made
up; no project's CI log is copied. Review 21c's cases (tests/unit/test_review21_c.py) are not repeated.

The rules the cases hold:
  * a reordered pair where the lines around it say the order is the code's (a SQL ORDER BY, a cursor page, handlers or
    hooks run as registered, a "before"/"after" step order, a version's parts) -> real;
  * a reordered pair beside another test's real failure or a build failure -> real;
  * a list from a per-process seeded hash (Go map, Python set of str, Swift Set), a query without ORDER BY or worker
    threads in any runner's report shape, behind any CI prefix -> transient, also where an application's own log line
    above the pair holds a word of order ("SimpleUrlHandlerMapping", "ShutdownHook").
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"


def _junit(line: str, test: str, above: str = "") -> str:
    return (f"> Task :test\n\n{above}{test} FAILED\n    {line}\n"
            "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\n"
            "57 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA)


def _pytest(compared: str, name: str, source: str, above: str = "", tail: str = "1 failed, 63 passed") -> str:
    return (f"______________________________ {name} ______________________________\n\n"
            f"    def {name}(client):\n{above}>       {source}\n"
            f"E       AssertionError: {compared}\n\ntests/test_api.py:40: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED tests/test_api.py::{name} - AssertionError: {compared}\n"
            f"========================= {tail} in 4.02s =========================\n" + _GHA)


def _jest(expected: str, received: str, title: str, frame: str, more: str = "") -> str:
    return (f"FAIL src/api.test.ts\n  ● {title}\n\n    expect(received).toEqual(expected) // deep equality\n\n"
            f"    Expected: {expected}\n    Received: {received}\n\n"
            f"      30 |     const res = await request(app).get(url);\n    > 31 |     {frame}\n"
            f"         |                        ^\n\n{more}Tests:       1 failed, 20 passed, 21 total\n" + _GHA)


def _go(expected: str, actual: str, name: str, pkg: str = "example.com/app/store") -> str:
    return (f"=== RUN   {name}\n    store_test.go:52: \n"
            "        \tError Trace:\t/builds/app/store/store_test.go:52\n"
            "        \tError:      \tNot equal: \n"
            f"        \t            \texpected: {expected}\n"
            f"        \t            \tactual  : {actual}\n"
            f"        \tTest:       \t{name}\n--- FAIL: {name} (0.00s)\nFAIL\n"
            f"FAIL\t{pkg}\t0.019s\n")


def _gitlab_stamped(log: str) -> str:
    """The log as GitLab runner 17's timestamped job log prints it: an ISO clock and a stream mark on every line."""
    return "".join(f"2026-05-04T10:02:{i % 60:02d}.{100000 + i:06d}Z 00O {ln}\n"
                   for i, ln in enumerate(log.rstrip("\n").split("\n")))


def _teamcity_stamped(log: str) -> str:
    """The log as TeamCity's build log download prints it: a clock and the step in front of every line."""
    return "".join(f"[10:03:{i % 60:02d}] :\t [Step 2/3] {ln}\n" for i, ln in enumerate(log.rstrip("\n").split("\n")))


_PASSING = "".join(f"tests/test_api.py::test_case_{i} PASSED{'':>30}[{i % 100:3d}%]\n" for i in range(90))

CASES: list[tuple[str, str, str]] = [
    # ======================================================= real: the log says the order is the code's own
    # a Hibernate SQL log line above the pair: the query orders; the result's order is the product's
    ("junit-sql-order-by-logged", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[Ada, Grace, Linus]> but was: <[Grace, Linus, Ada]>",
            "UserRepositoryTest > listUsers()",
            "    Hibernate: select u1_0.id,u1_0.name from users u1_0 order by u1_0.name limit ?\n")),
    # the source lines above the pair say "sorted" (not the line pytest points at)
    ("pytest-sorted-in-source-above", "real",
     _pytest("assert ['bob', 'carol', 'alice'] == ['alice', 'bob', 'carol']", "test_list_users",
             "assert resp.json()['names'] == ['alice', 'bob', 'carol']",
             "        resp = client.get('/api/users?sort=name')\n        assert resp.status_code == 200\n")),
    # a cursor page: a paginated listing's order is what the cursor walks
    ("jest-cursor-page", "real",
     _jest('["item-11", "item-12", "item-13"]', '["item-12", "item-13", "item-11"]',
           "GET /api/items › returns the next page after the cursor",
           "expect(res.body.items.map((i) => i.id)).toEqual(expected);")),
    # handlers called as registered (audit first): the dispatcher's order
    ("pytest-handlers-called", "real",
     _pytest("assert ['notify', 'audit', 'billing'] == ['audit', 'notify', 'billing']", "test_dispatch_calls_handlers",
             "assert calls == ['audit', 'notify', 'billing']",
             "        bus = EventBus()\n        for h in (audit, notify, billing):\n            bus.subscribe(h)\n")),
    # hooks run as declared
    ("rspec-hooks-run", "real",
     "Failures:\n\n  1) Deployer runs the hooks\n     Failure/Error: expect(ran).to eq([:migrate, :warm_cache, :notify])"
     "\n\n       expected: [:migrate, :warm_cache, :notify]\n            got: [:warm_cache, :migrate, :notify]\n\n"
     "       (compared using ==)\n     # ./spec/deployer_spec.rb:33:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 0.31 seconds\n44 examples, 1 failure\n" + _GL),
    # a task graph: compile runs before test
    ("junit-task-before-other", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[compile, test, package]> but was: "
            "<[test, compile, package]>", "TaskGraphTest > runsCompileBeforeTest()")),
    # a version's three parts swapped by a parser: a record, not a collection
    ("junit-version-parts-swapped", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[2, 1, 3]> but was: <[1, 2, 3]>",
            "VersionParserTest > parsesMajorMinorPatch()")),
    # the same shape in the application's own log during a passing test; the job failed on another test's error
    ("app-log-shape-and-other-error", "real",
     "> Task :test\n\nRoleCacheTest > warmsCache() PASSED\n"
     "    2026-05-04 10:01:02.311  WARN 4411 --- [main] c.e.RoleCache : role set drifted, expected: <[admin, user]> "
     "but was: <[user, admin]>\n\n"
     "InvoiceServiceTest > totalsLines() FAILED\n    java.lang.NullPointerException: Cannot invoke "
     "\"java.math.BigDecimal.add(java.math.BigDecimal)\" because \"total\" is null\n"
     "        at app//com.example.InvoiceService.total(InvoiceService.java:58)\n\n"
     "57 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # a build failure in another package beside a reordered pair
    ("go-build-failed-beside-pair", "real",
     "# example.com/app/api\napi/handler.go:41:9: undefined: renderJSON\n"
     "FAIL\texample.com/app/api [build failed]\n"
     + _go('[]string{"a", "b", "c"}', '[]string{"b", "c", "a"}', "TestTags") + _GL),
    # a nested list reordered beside a changed count: a real diff
    ("jest-nested-reorder-and-count", "real",
     _jest('{"count": 2, "tags": ["a", "b"]}', '{"count": 3, "tags": ["b", "a"]}', "GET /api/tags › counts tags",
           "expect(res.body).toEqual(expected);")),
    # "ordering" only in the source above (Django's Meta.ordering checked through the API)
    ("pytest-ordering-in-source-above", "real",
     _pytest("assert ['b2', 'a1', 'c3'] == ['a1', 'b2', 'c3']", "test_get_items",
             "assert [i['sku'] for i in resp.json()] == ['a1', 'b2', 'c3']",
             "        # Item.Meta.ordering = ['sku']\n        resp = client.get('/api/items/')\n")),
    # the test names its list "recent": recency is an order
    ("minitest-recent-posts", "real",
     "Run options: --seed 4242\n\n# Running:\n\n..F..\n\nFinished in 0.8s\n\n  1) Failure:\n"
     "PostsTest#test_returns_recent_posts [test/models/posts_test.rb:19]:\n"
     "Expected: [\"p3\", \"p2\", \"p1\"]\n  Actual: [\"p2\", \"p3\", \"p1\"]\n\n"
     "5 runs, 9 assertions, 1 failures, 0 errors, 0 skips\n" + _GL),
    # ======================================================= transient: a per-process seeded hash, other shapes
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("kotest-expected-but-was", "real",
     "> Task :test\n\nTagRepositoryTest > tags are returned FAILED\n"
     "    io.kotest.assertions.AssertionFailedError: expected:<[\"red\", \"green\", \"blue\"]> but was:"
     "<[\"green\", \"blue\", \"red\"]>\n        at TagRepositoryTest$1$1.invokeSuspend(TagRepositoryTest.kt:22)\n\n"
     "57 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    ("minitest-expected-actual", "transient",
     "Run options: --seed 1312\n\n# Running:\n\n...F.\n\nFinished in 0.6s\n\n  1) Failure:\n"
     "TagTest#test_tag_names [test/models/tag_test.rb:12]:\n"
     "Expected: [\"ruby\", \"rails\", \"rack\"]\n  Actual: [\"rails\", \"rack\", \"ruby\"]\n\n"
     "5 runs, 8 assertions, 1 failures, 0 errors, 0 skips\n" + _GL),
    ("catch2-with-expansion", "transient",
     "/home/runner/work/app/tests/registry_test.cpp:31: FAILED:\n"
     "  REQUIRE( registry_filled_by_workers().names() == std::vector<std::string>{ \"alpha\", \"beta\", \"gamma\" } )\nwith expansion:\n"
     "  { \"beta\", \"gamma\", \"alpha\" } == { \"alpha\", \"beta\", \"gamma\" }\n\n"
     "===============================================================================\n"
     "test cases: 12 | 11 passed | 1 failed\nassertions: 40 | 39 passed | 1 failed\n\n" + _GHA),
    ("googletest-which-is", "transient",
     "[ RUN      ] RegistryTest.NamesFromWorkerThreads\n/home/runner/work/app/tests/registry_test.cc:42: Failure\n"
     "Expected equality of these values:\n  registry.Names()\n    Which is: { \"beta\", \"gamma\", \"alpha\" }\n"
     "  expected\n    Which is: { \"alpha\", \"beta\", \"gamma\" }\n[  FAILED  ] RegistryTest.NamesFromWorkerThreads (0 ms)\n"
     "[==========] 9 tests from 3 test suites ran. (4 ms total)\n[  PASSED  ] 8 tests.\n[  FAILED  ] 1 test, listed "
     "below:\n[  FAILED  ] RegistryTest.NamesFromWorkerThreads\n\n 1 FAILED TEST\n" + _GHA),
    ("nunit-angle-collections", "transient",
     "  Failed TagNames [12 ms]\n  Error Message:\n     Expected is <System.String[3]>, actual is "
     "<System.Collections.Generic.List`1[System.String]> with 3 elements\n  Values differ at index [0]\n"
     "  Expected: \"red\"\n  But was:  \"green\"\n\n  Stack Trace:\n     at App.Tests.TagTests.TagNames() in "
     "/home/runner/work/app/App.Tests/TagTests.cs:line 27\n\nFailed!  - Failed:     1, Passed:    33, Skipped:     0, "
     "Total:    34\n" + _GHA),
    ("xctest-set-to-array", "transient",
     "Test Case '-[AppTests.TagStoreTests testTagNames]' started.\n"
     "/Users/runner/work/app/Tests/AppTests/TagStoreTests.swift:18: error: -[AppTests.TagStoreTests testTagNames] : "
     "XCTAssertEqual failed: (\"[\"green\", \"blue\", \"red\"]\") is not equal to (\"[\"red\", \"green\", \"blue\"]\")\n"
     "Test Case '-[AppTests.TagStoreTests testTagNames]' failed (0.004 seconds).\n"
     "Executed 22 tests, with 1 failure (0 unexpected) in 0.120 (0.131) seconds\n" + _GHA),
    ("spock-condition-not-satisfied", "transient",
     "TagServiceSpec > lists tags FAILED\n    Condition not satisfied:\n\n    service.tags() == [\"a\", \"b\", \"c\"]\n"
     "    |       |      |\n    |       |      false\n    |       [b, c, a]\n    <TagService@1a2b3c>\n\n"
     "        at TagServiceSpec.lists tags(TagServiceSpec.groovy:14)\n\n"
     "31 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("teamcity-stamped-junit", "real",
     _teamcity_stamped("TagServiceTest > listsTags() FAILED\n    org.opentest4j.AssertionFailedError: expected: "
                       "<[alpha, beta, gamma]> but was: <[gamma, alpha, beta]>\n"
                       "        at app//TagServiceTest.listsTags(TagServiceTest.java:41)\n\n57 tests completed, 1 failed"
                       "\n\nFAILURE: Build failed with an exception.")
     + "Process exited with code 1\n"),
    ("gitlab-stamped-testify", "transient",
     _gitlab_stamped(_go('[]string{"eu", "us", "ap"}', '[]string{"us", "ap", "eu"}', "TestRegions")) + _GL),
    ("gitlab-stamped-pytest-set", "transient",
     _gitlab_stamped("=================================== FAILURES ===================================\n"
                     + _pytest("assert ['x', 'z', 'y'] == ['x', 'y', 'z']", "test_feature_flags",
                               "assert list(flags.enabled()) == ['x', 'y', 'z']").replace(_GHA, "")) + _GL),
    ("pytest-pair-far-above-passes", "transient",
     "=================================== FAILURES ===================================\n"
     + _pytest("assert ['x', 'z', 'y'] == ['x', 'y', 'z']", "test_enabled_flags",
               "assert list(flags.enabled()) == ['x', 'y', 'z']").split("=========================== short")[0]
     + "==================================== PASSES ====================================\n" + _PASSING
     + "=========================== short test summary info ============================\n"
       "FAILED tests/test_api.py::test_enabled_flags - AssertionError: assert ['x', 'z', 'y'] == ['x', 'y', 'z']\n"
       "======================== 1 failed, 90 passed in 6.11s =========================\n" + _GHA),
    ("go-map-keys-names-list", "transient",
     _go('[]string{"cpu", "disk", "mem"}', '[]string{"mem", "cpu", "disk"}', "TestListMetrics") + _GHA),
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("fluentassertions-equal", "real",
     "  Failed App.Tests.TagTests.LoadedTagNames [8 ms]\n  Error Message:\n   Expected collection to be equal to "
     "{\"red\", \"green\", \"blue\"}, but {\"green\", \"blue\", \"red\"} differs at index 0.\n"
     "  Stack Trace:\n     at FluentAssertions.Execution.XUnit2TestFramework.Throw(String message)\n\n"
     "Failed!  - Failed:     1, Passed:    33, Skipped:     0, Total:    34\n" + _GHA),
    # ======================================================= real: guards for the readers added here
    ("xctest-sorted-names", "real",
     "Test Case '-[AppTests.TagStoreTests testSortedNames]' started.\n"
     "/Users/runner/work/app/Tests/AppTests/TagStoreTests.swift:25: error: -[AppTests.TagStoreTests testSortedNames] : "
     "XCTAssertEqual failed: (\"[\"blue\", \"red\", \"green\"]\") is not equal to (\"[\"blue\", \"green\", \"red\"]\")\n"
     "Test Case '-[AppTests.TagStoreTests testSortedNames]' failed (0.003 seconds).\n"
     "Executed 22 tests, with 1 failure (0 unexpected) in 0.120 (0.131) seconds\n" + _GHA),
    ("gtest-which-is-pops-first", "real",
     "[ RUN      ] TaskQueueTest.PopsHighestFirst\n/home/runner/work/app/tests/queue_test.cc:61: Failure\n"
     "Expected equality of these values:\n  DrainAll(q)\n    Which is: { 5, 9, 7 }\n"
     "  (std::vector<int>{9, 7, 5})\n    Which is: { 9, 7, 5 }\n[  FAILED  ] TaskQueueTest.PopsHighestFirst (0 ms)\n"
     "[  FAILED  ] 1 test, listed below:\n[  FAILED  ] TaskQueueTest.PopsHighestFirst\n\n 1 FAILED TEST\n" + _GHA),
    ("catch2-min-max-swapped", "real",
     "/home/runner/work/app/tests/bounds_test.cpp:14: FAILED:\n  REQUIRE( bounds(samples) == std::pair{ 3, 7 } )\n"
     "with expansion:\n  { 7, 3 } == { 3, 7 }\n\n"
     "test cases: 8 | 7 passed | 1 failed\nassertions: 30 | 29 passed | 1 failed\n\n" + _GHA),
    ("fluentassertions-insertion-order", "real",
     "  Failed App.Tests.TagTests.KeepsInsertionOrder [8 ms]\n  Error Message:\n   Expected collection to be equal to "
     "{\"red\", \"green\", \"blue\"}, but {\"green\", \"blue\", \"red\"} differs at index 0.\n"
     "  Stack Trace:\n     at FluentAssertions.Execution.XUnit2TestFramework.Throw(String message)\n\n"
     "Failed!  - Failed:     1, Passed:    33, Skipped:     0, Total:    34\n" + _GHA),
    # a string sort where a version sort was wanted: "1.10.0" after "1.9.0"
    ("pytest-available-versions", "real",
     _pytest("assert ['1.2.0', '1.10.0', '1.9.0'] == ['1.2.0', '1.9.0', '1.10.0']", "test_available_versions",
             "assert resp.json()['versions'] == ['1.2.0', '1.9.0', '1.10.0']")),
    # ======================================================= transient: the readers added here behind prefixes
    ("jenkins-stamped-catch2", "transient",
     "[Pipeline] sh\n" + "".join(f"[2026-05-04T10:01:{i:02d}.200Z] {ln}\n" for i, ln in enumerate([
         "/home/runner/work/app/tests/pool_test.cpp:31: FAILED:",
         "  REQUIRE( collect_from_workers(pool) == std::vector<std::string>{ \"a\", \"b\", \"c\" } )",
         "with expansion:", "  { \"c\", \"a\", \"b\" } == { \"a\", \"b\", \"c\" }", "",
         "test cases: 12 | 11 passed | 1 failed", "assertions: 40 | 39 passed | 1 failed"]))
     + "[Pipeline] }\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
    ("xctest-dictionary-keys", "transient",
     "Test Case '-[AppTests.HeadersTests testHeaderNames]' started.\n"
     "/Users/runner/work/app/Tests/AppTests/HeadersTests.swift:11: error: -[AppTests.HeadersTests testHeaderNames] : "
     "XCTAssertEqual failed: (\"[\"accept\", \"host\"]\") is not equal to (\"[\"host\", \"accept\"]\")\n"
     "Test Case '-[AppTests.HeadersTests testHeaderNames]' failed (0.002 seconds).\n"
     "Executed 9 tests, with 1 failure (0 unexpected) in 0.050 (0.061) seconds\n" + _GHA),
    # a moment, not an order: "after reload"
    ("go-map-keys-after-reload", "transient",
     _go('[]string{"cpu", "disk", "mem"}', '[]string{"disk", "mem", "cpu"}', "TestMetricsAfterReload") + _GHA),
    # the fixtures' console output above says "before"; the test's name and assertion say nothing of order
    ("jest-console-before-pair", "transient",
     "  console.log\n    seeding fixtures before the suite\n\n      at Object.<anonymous> (src/setup.ts:4:11)\n\n"
     + _jest('["admin", "editor", "viewer"]', '["viewer", "admin", "editor"]', "GET /api/roles › lists roles",
             "expect(res.body.roles).toEqual(expected);")),
    # Spring's own startup log above the pair names a "HandlerMapping" and a "ShutdownHook": no order the test checks
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("maven-spring-log-above-pair", "real",
     "[INFO] Running com.example.TagControllerTest\n"
     "2026-05-04T10:00:01.120Z  INFO 2211 --- [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat initialized with port "
     "0 (http)\n2026-05-04T10:00:01.400Z  INFO 2211 --- [main] o.s.w.s.h.SimpleUrlHandlerMapping : Mapped URL path "
     "[/static/**] onto ResourceHttpRequestHandler\n"
     "2026-05-04T10:00:01.700Z  INFO 2211 --- [main] c.e.TagControllerTest : Started TagControllerTest in 2.1 seconds\n"
     "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.9 s <<< FAILURE! -- in "
     "com.example.TagControllerTest\n[ERROR] com.example.TagControllerTest.listsTags -- Time elapsed: 0.05 s <<< "
     "FAILURE!\norg.opentest4j.AssertionFailedError: expected: <[java, kotlin, scala]> but was: <[kotlin, scala, java]>"
     "\n\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n"
     "\tat com.example.TagControllerTest.listsTags(TagControllerTest.java:44)\n\n"
     "2026-05-04T10:00:02.100Z  INFO 2211 --- [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown : Graceful shutdown "
     "complete\n[INFO]\n[INFO] Results:\n[INFO]\n[ERROR] Failures: \n[ERROR]   TagControllerTest.listsTags:44 "
     "expected: <[java, kotlin, scala]> but was: <[kotlin, scala, java]>\n[INFO]\n"
     "[ERROR] Tests run: 48, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n" + _GHA),
    # Azure Pipelines' VSTest task with its "##[error]" prefix on the report's lines
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("azure-error-prefixed-fluent", "real",
     "##[error]  Failed App.Tests.TagTests.LoadedTagNames [9 ms]\n##[error]  Error Message:\n"
     "##[error]   Expected collection to be equal to {\"red\", \"green\", \"blue\"}, but {\"blue\", \"red\", "
     "\"green\"} differs at index 0.\n##[error]  Stack Trace:\n"
     "##[error]     at FluentAssertions.Execution.XUnit2TestFramework.Throw(String message)\n\n"
     "Failed!  - Failed:     1, Passed:    33, Skipped:     0, Total:    34\n"
     "##[error]Error: The process '/usr/bin/dotnet' failed with exit code 1\n"),
    ("gha-stamped-gtest-workers", "transient",
     "".join(f"2026-05-04T10:00:{i:02d}.{1000000 + i:07d}Z {ln}\n" for i, ln in enumerate([
         "[ RUN      ] PoolTest.ResultsFromWorkerThreads", "/home/runner/work/app/tests/pool_test.cc:19: Failure",
         "Expected equality of these values:", "  pool.Results()", "    Which is: { \"b\", \"c\", \"a\" }",
         "  want", "    Which is: { \"a\", \"b\", \"c\" }", "[  FAILED  ] PoolTest.ResultsFromWorkerThreads (2 ms)",
         "[  FAILED  ] 1 test, listed below:", "[  FAILED  ] PoolTest.ResultsFromWorkerThreads", "", " 1 FAILED TEST"]))
     + _GHA),
    # a full name's two parts swapped by a parser: two strings in a fixed order, not a set of two
    ("pytest-name-parts-swapped", "real",
     _pytest("assert ['Lovelace', 'Ada'] == ['Ada', 'Lovelace']", "test_split_full_name",
             "assert split_name('Ada Lovelace') == ['Ada', 'Lovelace']")),
]

KNOWN_MISREAD: dict[str, str] = {
    # LEFT: miss (real, not transient): NUnit prints only the first differing items ("Expected: "red"" / "But was:
    # "green"") under "Values differ at index [0]", never the two collections whole, so the items cannot be compared
    "nunit-angle-collections": "NUnit's collection report prints one differing item, not the collections",
    # LEFT: miss (real, not transient): Spock's power assertion prints the value under a "|" diagram ("    |  [b, c, a]")
    # against the source's literal; reading that diagram needs its own reader of the columns
    "spock-condition-not-satisfied": "Spock's condition diagram is not read",
    # LEFT: reads real, not transient (not the worst error): "before" is read as an order word within the 40 lines above
    # the pair (review 21i, for "runsCompileBeforeTest"), so a fixture's console output that says "before" stops the
    # reading; the window's width is the change's own (review 21c's words have the same exposure)
    "jest-console-before-pair": "an unrelated 'before' in console output above the pair stops the reading",
}

# Words benchmarks/pattern_speed.py repeats on a long line for the entries this review touched.
LONG_LINE_WORDS = ['XCTAssertEqual failed: ("[', "Expected collection to be equal to {", "  [a == [", "  { 1 == {",
                   "    Which is: [", "    Which is: {"]

assert_unique_ids(CASES)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review21i_case_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)
