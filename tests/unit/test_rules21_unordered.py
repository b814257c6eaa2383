"""Twenty-first round, unordered21: a failing test whose two compared values hold the same items in another order.

What is read (signatures.toml "compared-values-same-items-other-order", values_order.py _same_items_other_order): the two values
a failing test compared, as its runner prints them, where they parse into the same items, each as often, in another
order: JUnit's and AssertJ's "expected: <X> but was: <Y>" (JUnit 4's "expected:<X> but was:<Y>"), TestNG's "expected [X]
but found [Y]", chai's "expected X to deeply equal Y", pytest's "E   assert X == Y" (and its short summary's
"FAILED t.py::test_x - assert X == Y"), unittest's "Lists differ: X != Y" (and its "- [...]" / "+ [...]" diff where
it shortened that line), Jest's "Expected:" / "Received:" and its "- Expected" / "+ Received" diff of a flat array
(Vitest's too), testify's "expected:" / "actual  :" (Go slice literals), RSpec's "expected:" / "got:", JSON (an array's
items, also inside a quoted JSON string), Java's and Python's list and set reprs, a nested list in another order beside
items that are the same (a map's or a JSON object's keys in another order are not read since the round's last review:
they come out in an order the code fixes); and AssertJ's containsExactly, which says so itself ("Actual and expected
have the same elements but not in the same order", assertj-core ShouldContainExactly, read). Wording otherwise recalled
(testify's "Not equal:" / "expected:" / "actual  :" read in copies of assert.Equal). Tests, values and paths are made up;
no project's CI log is copied.

The evidence (public threads whose log shows such a pair, found in the issues corpus by "flaky test order of elements",
"test fails intermittently different order", "map iteration order flaky test", "HashMap order test failure CI", "ORDER BY
flaky test", "expected [ but was [ order flaky" and by searches aimed at regressions of an order): 21 threads.
  * 11 failed now and then (in CI, or in repeated local runs) and passed on a rerun, fixed by sorting, a set
    comparison or an order-free matcher:
    https://github.com/ballerina-platform/ballerina-lang/issues/15666 https://github.com/twisted/twisted/issues/5746
    https://github.com/ans-group/cli/issues/229 https://github.com/rubyforgood/casa/issues/5050
    https://github.com/Flagsmith/flagsmith/issues/6268 https://github.com/raystack/guardian/issues/344
    https://github.com/defenseunicorns/maru-runner/pull/142 https://github.com/kiali/kiali/issues/5972
    https://github.com/reactiverse/reactiverse-contextual-logging/issues/40 https://github.com/testng-team/testng/issues/2555
    https://github.com/wazuh/wazuh/issues/13069
  * 6 found by a tool that shuffles hash iteration (NonDex and the like), fixed in the test, never seen failing in CI:
    https://github.com/apache/incubator-seata/issues/1801 https://github.com/jetty/jetty.project/issues/4195
    https://github.com/kiegroup/jbpm-wb/pull/1432 https://github.com/OpenGamma/Strata/pull/2332
    https://github.com/hneemann/Digital/pull/858 https://github.com/jdereg/json-io/pull/301
  * 3 the test's own unspecified order, failing on every run where they failed (a directory listing on one machine, a
    storage engine's change of row order), fixed in the test: https://github.com/Yelp/mrjob/issues/595
    https://github.com/juntossomosmais/regex4ocr/pull/2 https://github.com/Starcounter/Starcounter/issues/3643
  * 1 a product bug (a list that came out exactly reversed, three items): https://github.com/SatelliteQE/robottelo/issues/5260
  So 20 of 21 (95 %) were the test's assumption of an order (flaky by the round's definition: passed on a rerun, or
  fixed by sorting or a deterministic order in the test), 1 a real bug. Counted as a rerun would see them, of the 15
  that failed without a shuffling tool 11 passed on a rerun (73 %): the 3 of the third group fail again on a rerun in
  the same place, and a log alone does not tell them apart. The search also finds flakes more easily than regressions
  (a change that breaks a guaranteed order is fixed in its own pull request, seldom in a thread), so the reading is
  modest: weight 0.79, below the timestamp smell's 0.8, and only where nothing else failed. Threads whose log showed
  only the first element that differed (linkedin/brooklin#263, UnifiedViews/Core#264, Slimefun/Slimefun4#3179) or no
  log are not counted; wazuh's pair is the same items to its test (a matcher's sentinel for any number), not in text,
  and the engine does not read it.

The rules the cases hold:
  * one failing test whose two compared values are the same two or more items in another order -> transient (modestly:
    one mechanism), whatever the runner's shape above;
  * near misses -> real: an item that differs, one missing, a duplicate more on one side, one item only, three or more
    items in exactly reversed order (a sort's direction, as in the product bug above), a Python tuple (an ordered
    record), a value the runner cut short ("..."), values not bracketed ("alpha,beta"), Go's unquoted %v, a Jest diff
    of objects (a line-wise diff keeps no item whole), a JSON object whose values differ beside its keys' order;
  * not where order is what the test checks: its name or the assertion's source says order, sort, sorted, rank,
    priority, first, last, sequence, position, top, queue, schedule, reverse, newest, oldest, ... -> real;
  * not where something else failed: another test on its own values, a compile or lint error in the job -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_EXIT = "##[error]Process completed with exit code 1.\n"
_SIG = "compared-values-same-items-other-order"


def _junit(line: str, test: str = "TagServiceTest > listsTags()") -> str:
    return (f"> Task :test\n\n{test} FAILED\n    {line}\n"
            "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT)


def _maven(line: str, test: str = "testListsTags", cls: str = "com.example.TagServiceTest") -> str:
    return (f"[INFO] Running {cls}\n"
            f"[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.12 s <<< FAILURE! - in {cls}\n"
            f"[ERROR] {test}({cls})  Time elapsed: 0.02 s  <<< FAILURE!\n{line}\n"
            f"\tat {cls}.{test}(TagServiceTest.java:41)\n\n[INFO] Results:\n[INFO] \n[ERROR] Failures: \n"
            "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n" + _EXIT)


def _pytest(compared: str, name: str = "test_list_tags", source: str = "assert list_tags(db) == expected",
            more: str = "") -> str:
    return (f"______________________________ {name} ______________________________\n\n"
            f"    def {name}(db):\n        expected = load_expected()\n>       {source}\n"
            f"E       AssertionError: {compared}\n{more}\ntests/test_tags.py:22: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED tests/test_tags.py::{name} - AssertionError: {compared}\n"
            "========================= 1 failed, 41 passed in 3.21s =========================\n" + _EXIT)


def _unittest(body: str, name: str = "test_list_files") -> str:
    return ("======================================================================\n"
            f"FAIL: {name} (tests.test_fs.LocalFSTest)\n"
            "----------------------------------------------------------------------\n"
            "Traceback (most recent call last):\n"
            f'  File "/app/tests/test_fs.py", line 58, in {name}\n'
            "    self.assertEqual(fs.ls(self.root), self.paths('f', 'f2'))\n"
            f"{body}\n----------------------------------------------------------------------\n"
            "Ran 12 tests in 0.031s\n\nFAILED (failures=1)\n" + _EXIT)


def _jest(expected: str, received: str, title: str = "roles › lists the roles of a user",
          frame: str = "expect(getRoles(user)).toEqual(['admin', 'editor', 'viewer']);") -> str:
    return (f"FAIL src/roles.test.ts\n  ● {title}\n\n    expect(received).toEqual(expected) // deep equality\n\n"
            f"    Expected: {expected}\n    Received: {received}\n\n"
            f"      12 |     const user = await seedUser();\n    > 13 |     {frame}\n"
            "         |                            ^\n\nTests:       1 failed, 12 passed, 13 total\n" + _EXIT)


def _jest_diff(body: list[str], title: str = "roles › lists the roles of a user", header: str = "Jest") -> str:
    head = ("    - Expected  - 1\n    + Received  + 1\n" if header == "Jest" else "    - Expected\n    + Received\n")
    return (f"FAIL src/roles.test.ts\n  ● {title}\n\n    expect(received).toEqual(expected) // deep equality\n\n"
            + head + "\n" + "".join(f"    {ln}\n" for ln in body) + "\n"
            "      12 |     const user = await seedUser();\n    > 13 |     expect(getRoles(user)).toEqual(expected);\n"
            "         |                            ^\n\nTests:       1 failed, 12 passed, 13 total\n" + _EXIT)


def _go(expected: str, actual: str, name: str = "TestActivities") -> str:
    return (f"=== RUN   {name}\n    provider_test.go:1151: \n"
            "        \tError Trace:\t/home/runner/work/app/plugins/provider_test.go:1151\n"
            "        \tError:      \tNot equal: \n"
            f"        \t            \texpected: {expected}\n"
            f"        \t            \tactual  : {actual}\n"
            f"        \tTest:       \t{name}\n--- FAIL: {name} (0.00s)\nFAIL\n"
            "FAIL\texample.com/app/plugins\t0.412s\n" + _EXIT)


def _rspec(expected: str, got: str, title: str = "CaseContact.grouped returns the groups with their types",
           source: str = "expect(groups_with_types).to eql(expected_groups)") -> str:
    return ("Failures:\n\n"
            f"  1) {title}\n     Failure/Error: {source}\n\n"
            f"       expected: {expected}\n            got: {got}\n\n       (compared using eql?)\n"
            "     # ./spec/models/case_contact_spec.rb:453:in `block (3 levels) in <top (required)>'\n\n"
            "Finished in 2.1 seconds\n42 examples, 1 failure\n\nFailed examples:\n\n"
            "rspec ./spec/models/case_contact_spec.rb:440 # CaseContact.grouped returns the groups with their types\n"
            + _EXIT)


def _mocha(line: str, title: str = "lists the roles") -> str:
    return ("  roles\n    1) " + title + "\n\n  12 passing (210ms)\n  1 failing\n\n"
            f"  1) roles\n       {title}:\n\n      AssertionError: {line}\n      + expected - actual\n\n"
            "      at Context.<anonymous> (test/roles.test.js:14:33)\n\n" + _EXIT)


def _assertj(test: str = "ProgramServiceTest > returnsAccessiblePrograms()") -> str:
    return _junit("java.lang.AssertionError: \n    Actual and expected have the same elements but not in the same order, "
                  "at index 0 actual element was:\n      \"reports\"\n    whereas expected element was:\n      \"admin\"",
                  test).replace("    java.lang.AssertionError: \n    Actual", "    java.lang.AssertionError: \nActual")


CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ the same items in another order, each shape
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("junit5-list-two-swapped", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[alpha, beta, gamma]> but was: <[beta, alpha, gamma]>")),
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("junit4-list-two-items", "real",
     _maven("java.lang.AssertionError: expected:<[READER, WRITER]> but was:<[WRITER, READER]>")),
    # (lead 21) a map's keys in another order read as the code's order, not a rerun's chance (review 21i: insertion
    # order in JS, Python and Jackson, sorted keys in Go, one JDK's HashMap order): real on the failing test alone
    ("junit-map-to-string", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <{color=red, food=[apple, cherry]}> but was: "
            "<{food=[apple, cherry], color=red}>", "MultiMapTest > rendersAsText()")),
    # (lead 21) a map's keys in another order read as the code's order, not a rerun's chance (review 21i: insertion
    # order in JS, Python and Jackson, sorted keys in Go, one JDK's HashMap order): real on the failing test alone
    ("junit-json-keys-other-order", "real",
     _junit('org.opentest4j.AssertionFailedError: expected: <{"name":"Zeus","age":21,"tags":["a","b"]}> but was: '
            '<{"age":21,"name":"Zeus","tags":["a","b"]}>', "JsonWriterTest > writesPlainObject()")),
    ("testng-nested-list", "transient",
     _maven('java.lang.AssertionError: expected [["child: end", "parent: end"]] but found [["parent: end", "child: end"]]',
            "testJoinResults", "org.example.jvm.ParallelismTest")),
    # (order22) a JVM runner's pair with no word of threads or parallel work near, now real: this is
    # reactiverse/reactiverse-contextual-logging#40's shape, an async flake whose test names no thread, one of the two
    # transient threads the narrowing loses against 11 real ones no longer read (test_rules22_order_sources.py)
    ("junit-events-last-two-swapped", "real",
     _maven("java.lang.AssertionError: expected:<[Received HTTP request, Timer fired, Blocking task executed, Received "
            "Web Client response]> but was:<[Received HTTP request, Timer fired, Received Web Client response, Blocking "
            "task executed]>", "testContextPropagates", "io.example.logging.ContextTest")),
    ("pytest-list-of-strings", "transient",
     _pytest("assert ['beta', 'alpha', 'gamma'] == ['alpha', 'beta', 'gamma']",
             more="E         At index 0 diff: 'beta' != 'alpha'\nE         Use -v to get more diff")),
    ("pytest-list-of-tuples-rotated", "transient",
     _pytest("assert [('variation3', 0), ('variation1', 100), ('variation2', 0)] == "
             "[('variation1', 100), ('variation2', 0), ('variation3', 0)]", name="test_process_import_request")),
    ("pytest-list-of-dicts-from-listdir", "transient",
     _pytest("assert [{'fields': {'a': 1, 'b': 2}, 'ids': ['x', 'y']}, {'fields': {'a': 1}, 'ids': ['x']}] == "
             "[{'fields': {'a': 1}, 'ids': ['x']}, {'fields': {'a': 1, 'b': 2}, 'ids': ['x', 'y']}]",
             name="test_scan_folder", source="assert scan_folder(path) == expected")),
    # (order22) a directory listing named in the source around the pair (fs.ls): a listing's order failed on every
    # run in the public threads counted in test_rules22_order_sources.py (Yelp/mrjob#595 among them)
    ("unittest-lists-differ-whole", "real",
     _unittest("AssertionError: Lists differ: ['/tmp/t1/f2', '/tmp/t1/f'] != ['/tmp/t1/f', '/tmp/t1/f2']\n\n"
               "First differing element 0:\n'/tmp/t1/f2'\n'/tmp/t1/f'\n\n"
               "- ['/tmp/t1/f2', '/tmp/t1/f']\n+ ['/tmp/t1/f', '/tmp/t1/f2']")),
    # (order22) a directory listing named in the source around the pair (fs.ls): a listing's order failed on every
    # run in the public threads counted in test_rules22_order_sources.py (Yelp/mrjob#595 among them)
    ("unittest-lists-differ-shortened", "real",
     _unittest("AssertionError: Lists differ: ['/tmp/tmpeFW1hg/f2', '/tmp/tm... != ['/tmp/tmpeFW1hg/f', '/tmp/tmp...\n\n"
               "First differing element 0:\n'/tmp/tmpeFW1hg/f2'\n'/tmp/tmpeFW1hg/f'\n\n"
               "- ['/tmp/tmpeFW1hg/f2', '/tmp/tmpeFW1hg/f']\n+ ['/tmp/tmpeFW1hg/f', '/tmp/tmpeFW1hg/f2']")),
    ("jest-expected-received-arrays", "transient",
     _jest('["admin", "editor", "viewer"]', '["editor", "admin", "viewer"]')),
    # (lead 21) a map's keys in another order read as the code's order, not a rerun's chance (review 21i: insertion
    # order in JS, Python and Jackson, sorted keys in Go, one JDK's HashMap order): real on the failing test alone
    ("jest-json-string-keys", "real",
     _jest('"[{\\"type\\":\\"tuna\\",\\"field\\":\\"rupee\\",\\"value\\":\\"rapid\\"}]"',
           '"[{\\"field\\":\\"rupee\\",\\"value\\":\\"rapid\\",\\"type\\":\\"tuna\\"}]"',
           title="segments › serialises the conditions", frame="expect(JSON.stringify(conds)).toEqual(expected);")),
    ("jest-diff-flat-array", "transient",
     _jest_diff(["  Array [", '+   "editor",', '    "admin",', '-   "editor",', '    "viewer",', "  ]"])),
    ("vitest-diff-flat-array", "transient",
     _jest_diff(["  [", '+   "web-vital:lcp",', '    "web-vital:cls",', '-   "web-vital:lcp",', "  ]"],
                title="replay › records the vitals", header="Vitest")),
    ("go-testify-string-slice", "transient",
     _go('[]string{"READER", "WRITER"}', '[]string{"WRITER", "READER"}')),
    ("go-testify-struct-slice", "transient",
     _go('[]graph.WEInfo{graph.WEInfo{Name:"workloadV1A"}, graph.WEInfo{Name:"workloadV1B"}}',
         '[]graph.WEInfo{graph.WEInfo{Name:"workloadV1B"}, graph.WEInfo{Name:"workloadV1A"}}',
         name="TestMultipleWorkloadEntries")),
    ("go-testify-env-slice", "transient",
     _go('[]string{"ENV1=fromDefault", "ENV2=xyz1", "ENV4=fromSet", "ENV2=alsoFromEnv", "ENV3=fromExtra"}',
         '[]string{"ENV1=fromDefault", "ENV2=xyz1", "ENV4=fromSet", "ENV3=fromExtra", "ENV2=alsoFromEnv"}',
         name="TestRunner_GetBaseActionCfg")),
    ("rspec-nested-list-in-hash", "transient",
     _rspec('{"Family"=>["Parent"], "Health"=>["Medical Professional", "Other Therapist"]}',
            '{"Family"=>["Parent"], "Health"=>["Other Therapist", "Medical Professional"]}')),
    ("rspec-array-of-ids", "transient",
     _rspec("[101, 102, 103]", "[102, 101, 103]", title="Mailchimp sync lists the users to synchronise",
            source="expect(task.users.map(&:id)).to eq([101, 102, 103])")),
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("assertj-contains-exactly", "real", _assertj()),
    ("mocha-chai-deep-equal", "transient", _mocha("expected [ 'editor', 'admin' ] to deeply equal [ 'admin', 'editor' ]")),
    # (order22) a JVM, .NET or C++ runner's pair with no word of threads or parallel work near: a hash container's
    # order that one toolchain keeps failed on every run in the public threads counted in test_rules22_order_sources.py
    ("exact-reverse-of-two", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[a, b]> but was: <[b, a]>", "TagTest > listsBoth()")),
    ("two-tests-both-reordered", "transient",
     _pytest("assert ['b', 'a', 'c'] == ['a', 'b', 'c']").replace(
         "========================= 1 failed",
         "FAILED tests/test_roles.py::test_roles - AssertionError: assert ['x', 'z', 'y'] == ['x', 'y', 'z']\n"
         "========================= 2 failed")),
    # ------------------------------------------------------------------ near misses: the items are not the same
    ("junit-an-item-differs", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[alpha, beta, gamma]> but was: <[beta, alpha, delta]>")),
    ("junit-an-item-missing", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[alpha, beta, gamma]> but was: <[beta, alpha]>")),
    ("pytest-a-duplicate-more", "real", _pytest("assert ['a', 'a', 'b'] == ['a', 'b', 'b']")),
    ("junit-one-item", "real", _junit("org.opentest4j.AssertionFailedError: expected: <[alpha]> but was: <[beta]>")),
    ("jest-json-value-differs", "real",
     _jest('"{\\"a\\":1,\\"b\\":2}"', '"{\\"b\\":3,\\"a\\":1}"', title="config › serialises",
           frame="expect(JSON.stringify(cfg)).toEqual(expected);")),
    # ... an exact reverse of three or more (a sort's direction), a tuple (an ordered record), a value cut short,
    # values with no brackets, Go's unquoted %v, a Jest diff of objects
    ("unittest-exact-reverse-of-three", "real",
     _unittest("AssertionError: Lists differ: ['CVE-2014-3633', 'CVE-2014-3657', 'CVE-2014-7823'] != "
               "['CVE-2014-7823', 'CVE-2014-3657', 'CVE-2014-3633']\n\nFirst differing element 0:\n'CVE-2014-3633'\n"
               "'CVE-2014-7823'", name="test_positive_filter_by_cve")),
    ("pytest-tuple-swapped", "real", _pytest("assert ('lat', 'lon') == ('lon', 'lat')", name="test_point_fields")),
    ("pytest-cut-short", "real",
     _pytest("assert ['b', 'a', ...] == ['a', 'b', ...]", more="E         At index 0 diff: 'b' != 'a'")),
    ("junit-strings-not-bracketed", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <alpha,beta> but was: <beta,alpha>")),
    ("go-unquoted-values", "real",
     "=== RUN   TestTags\n    tags_test.go:31: got [beta alpha], want [alpha beta]\n--- FAIL: TestTags (0.00s)\n"
     "FAIL\nFAIL\texample.com/tags\t0.012s\n" + _EXIT),
    ("jest-diff-of-objects", "real",
     _jest_diff(["  Array [", "    Object {", '-     "id": 1,', '+     "id": 2,', "    },", "    Object {",
                 '-     "id": 2,', '+     "id": 1,', "    },", "  ]"])),
    # ------------------------------------------------------------------ near misses: order is what the test checks
    ("junit-test-named-ordering", "real",
     _maven('java.lang.AssertionError: expected [["child: end", "parent: end"]] but found [["parent: end", "child: end"]]',
            "testOrdering", "org.example.jvm.ParallelismTest")),
    ("pytest-test-named-sorted", "real",
     _pytest("assert ['beta', 'alpha', 'gamma'] == ['alpha', 'beta', 'gamma']", name="test_tags_are_sorted")),
    ("pytest-source-says-sorted", "real",
     _pytest("assert ['beta', 'alpha', 'gamma'] == ['alpha', 'beta', 'gamma']",
             source="assert sorted_tags(db) == expected")),
    ("jest-title-newest-first", "real",
     _jest('["p3", "p2", "p1"]', '["p2", "p3", "p1"]', title="feed › lists posts newest first")),
    ("go-test-named-priority", "real",
     _go('[]string{"urgent", "normal"}', '[]string{"normal", "urgent"}', name="TestPriorityQueuePop")),
    ("rspec-title-in-position", "real",
     _rspec("[101, 102, 103]", "[102, 101, 103]", title="Playlist keeps each track in its position",
            source="expect(playlist.track_ids).to eq([101, 102, 103])")),
    ("assertj-sort-named-test", "real", _assertj("RankingServiceTest > ranksByScore()")),
    ("mocha-title-says-insertion", "real",
     _mocha("expected [ 'editor', 'admin' ] to deeply equal [ 'admin', 'editor' ]", "keeps the insertion order")),
    ("junit-scheduler-test", "real",
     _junit("org.opentest4j.AssertionFailedError: expected: <[a, b, c]> but was: <[b, a, c]>",
            "AdaptiveSchedulerTest > testSchedule()")),
    # ------------------------------------------------------------------ near misses: something else failed
    ("another-test-failed-on-its-values", "real",
     _pytest("assert ['b', 'a', 'c'] == ['a', 'b', 'c']").replace(
         "========================= 1 failed",
         "FAILED tests/test_price.py::test_rounds_half_up - assert Decimal('10.04') == Decimal('10.05')\n"
         "========================= 2 failed")),
    ("lint-error-then-reordered", "real",
     "$ npm run lint\n\n/app/src/roles.ts\n  4:7  error  'unused' is assigned a value but never used  no-unused-vars\n\n"
     "✖ 1 problem (1 error, 0 warnings)\n\n$ npm test\n" + _jest('["admin", "editor"]', '["editor", "admin"]')),
    ("reordered-then-compile-error", "real",
     _go('[]string{"READER", "WRITER"}', '[]string{"WRITER", "READER"}').replace(
         _EXIT, "# example.com/app/api\napi/handler.go:41:9: undefined: decodeBody\nFAIL\texample.com/app/api [build failed]\n"
         + _EXIT)),
]

# A list whose order changed and whose test names nothing: read as the flake it most often is, yet no more than that.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("reverse-of-four-rows", _pytest("assert [4, 3, 2, 1] == [1, 2, 3, 4]", name="test_rows")),
    ("junit4-compacted-strings", _maven("org.junit.ComparisonFailure: expected:<[[a, b]], c]> but was:<[[b, a]], c]>")),
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entry.
LONG_LINE_WORDS = ["expected: <[", "> but was: <[", "expected [[", "] but found [", "E   assert [", "Lists differ: [",
                   "received: [", "actual  : []string{", "- Expected", "got: {", "] to deeply equal [",
                   "FAILED t.py::test_x - assert [",
                   "Actual and expected have the same elements but not in the same order"]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_unordered(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(
    ("cid", "log"), [(cid, log) for cid, verdict, log in CASES if verdict == "transient"],
    ids=[cid for cid, verdict, _ in CASES if verdict == "transient"])
def test_unordered_reads_through_its_entry(cid: str, log: str) -> None:
    reads_as(log, "transient", _SIG)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
