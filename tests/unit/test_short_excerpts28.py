"""(short28) A failure quoted as a short excerpt, only its own lines: the shape of a diagnostic about the project's code
(a source location and its message, a linter's table, a diff block) leans real as an unexplained error does, with no
error word; deterministic messages the catalogue read only with their job around them read alone too.

Every line here was written for the test (none is copied from a project's CI or a dataset)."""

from __future__ import annotations

import pytest
from judging import judge, signatures

from triage_agent.classify import calibration as calibration_mod
from triage_agent.classify import structure

SHAPES = structure.CODE_SHAPES


def _leans_real_on_shape(log: str, shape: str):
    v = judge(log)
    assert v.verdict == "real", v.rationale
    assert v.category == calibration_mod.UNRECOGNISED_CATEGORY
    assert shape in signatures(v), signatures(v)
    assert 0.5 < v.confidence <= calibration_mod.UNEXPLAINED_CAP
    assert calibration_mod.kind_of(v.verdict, v.category, v.findings) == "unexplained"
    assert "points at the project's own code" in v.rationale and "not a diagnosis" in v.rationale
    assert structure.shape_words(shape) in v.rationale
    return v


# A source location and its message, no error word: compilers' and checkers' warnings the build treats as errors.
LOCATED = [
    "lib/Parser/Core.hs:41:7: Warning:\n    Defined but not used: \u2018helper\u2019\n",
    "src/engine/mix.c:88:12: warning: implicit conversion loses integer precision [-Wshorten-64-to-32]\n",
    "Widgets\\Panel.cs(31,9): warning: the variable 'ex' is assigned but its value is never read\n",
    "[WARNING] /work/app/src/main/java/org/acme/Pool.java:[12,5] unchecked call to add(E) as a member of raw type List\n",
    "w: /work/app/src/main/kotlin/org/acme/Cart.kt: (40, 13): Parameter 'unit' is never used\n",
    "warning: unused variable: `count`\n  --> src/tally.rs:12:9\n   |\n12 |     let count = 3;\n",
    # a location in words: a critic's, Perl's own, TeX's
    "Prefer the named helper over a bare glob at line 14, column 9.  See the style guide.  (Severity: 4)\n",
    "Useless use of a constant in void context at lib/Tool/Run.pm line 77.\n",
    "Overfull \\hbox (4.1pt too wide) in paragraph at lines 310--318\n",
    # a message with its bare location right below it (a test runner's numbered failure list)
    "1) Acme\\Tests\\CartTest::testTotals\nMethod Acme\\Cart::sum() is deprecated\n/home/ci/src/tests/CartTest.php:40\n",
]


@pytest.mark.parametrize("log", LOCATED)
def test_a_source_location_and_its_message_leans_real_capped(log):
    _leans_real_on_shape(log, structure.CODE_LOCATED)


# A linter's table: rows of place and message under the file's name, or a table with a "Line" column.
TABLES = [
    "theme/base.css\n22:4  \u2716  Expected a trailing semicolon   declaration-block-trailing-semicolon\n",
    "site.css\n17:1\tUnexpected blank line before closing brace (block-closing-brace-empty-line-before)\n",
    # the rule's name holds a word of trouble ("eof", "timeout"): a name, not trouble
    "pages/home.css\n9:2  \u2716  Unexpected newline at end   no-missing-eof-newline\n",
    "src/app.js\n3:10  warning  Prefer a template literal  prefer-template\n",
    " ------ -------------------------------------------\n  Line   lib/Store/Cart.php\n"
    " ------ -------------------------------------------\n  58     Parameter #2 $qty of method Cart::add() expects\n"
    "         int, string given.\n ------ -------------------------------------------\n",
]


@pytest.mark.parametrize("log", TABLES)
def test_a_linters_table_leans_real_capped(log):
    _leans_real_on_shape(log, structure.CODE_TABLE)


# A diff the excerpt ends on: a unified diff (headed), or a run of "-" and "+" lines, two of each.
DIFFS = [
    "--- expected/report.txt\n+++ actual/report.txt\n@@ -3 +3 @@\n-total: 12\n+total: 13\n",
    "diff --git a/docs/GUIDE.md b/docs/GUIDE.md\nindex 1a2b3c4..5d6e7f8 100644\n--- a/docs/GUIDE.md\n"
    "+++ b/docs/GUIDE.md\n@@ -10,3 +10,4 @@ Setup\nInstall the tool first.\n+\n* Usage\n",
    "Output differs for page.html:\n-  4  <p>alpha</p>\n-  5  <p>beta</p>\n+  4  <p>alpha</p >\n+  5  <p>gamma</p>\n",
]


@pytest.mark.parametrize("log", DIFFS)
def test_a_diff_block_leans_real_capped(log):
    _leans_real_on_shape(log, structure.CODE_DIFF)


def test_a_long_diff_whose_header_is_above_the_final_block_reads_whole():
    # its lines are the compared text: their words ("connection", "retry") are no trouble, unless they say a failure
    body = "".join(f"+line {i} about the connection pool and its retry policy\n-old line {i}\n" for i in range(60))
    log = "diff --git a/README.org b/README.org\n--- a/README.org\n+++ b/README.org\n@@ -1,60 +1,60 @@\n" + body
    _leans_real_on_shape(log, structure.CODE_DIFF)


def test_a_hunks_own_lines_are_compared_text_and_a_line_below_it_is_the_logs():
    # the hunk counts its lines, a context line without its leading blank among them: its words are the document's
    hunk = ("diff --git a/docs/net.md b/docs/net.md\n--- a/docs/net.md\n+++ b/docs/net.md\n@@ -4,3 +4,3 @@ Proxy setup\n"
            "The network layer keeps one connection per host.\n-Old wording of the rule.\n+New wording of the rule.\n"
            "Then the table of settings.\n")
    _leans_real_on_shape(hunk, structure.CODE_DIFF)
    # a line below the hunk's last line is the log's own again: its trouble counts
    v = judge(hunk + "Connection reset by peer while uploading the report\n")
    assert not signatures(v) & SHAPES and v.verdict != "real", v.rationale


# The same shapes beside a sign of trouble anywhere in the excerpt: no lean from the shape, the verdict as before.
TROUBLE = [
    "curl: (28) Operation timed out after 30000 milliseconds with 0 bytes received\n",
    "npm ERR! network read ECONNRESET\n",
    "The runner lost communication with the server.\n",
    "Retrying in 5 seconds (attempt 2 of 3)\n",
    "This test is known to be flaky on shared machines.\n",
]
BESIDE = [
    "src/engine/mix.c:88:12: warning: implicit conversion loses integer precision\n",
    "theme/base.css\n22:4  \u2716  Expected a trailing semicolon   declaration-block-trailing-semicolon\n",
    "--- expected/report.txt\n+++ actual/report.txt\n@@ -3 +3 @@\n-total: 12\n+total: 13\n",
    "Prefer the named helper over a bare glob at line 14, column 9.  (Severity: 4)\n",
]


@pytest.mark.parametrize("trouble", TROUBLE)
@pytest.mark.parametrize("shape", BESIDE)
def test_a_shape_beside_trouble_gives_no_lean_and_keeps_the_verdict(shape, trouble):
    alone = judge(trouble)
    for log in (trouble + shape, shape + trouble):
        v = judge(log)
        assert not signatures(v) & SHAPES, v.rationale
        assert v.verdict == alone.verdict and v.verdict != "real", (v.verdict, alone.verdict, v.rationale)


def test_a_diff_whose_added_lines_are_a_failed_connection_gives_no_lean():
    log = ("--- golden/out.txt\n+++ out.txt\n@@ -1,2 +1,2 @@\n-rows: 3\n"
           "+error: could not connect to server: Connection refused\n")
    v = judge(log)
    assert not signatures(v) & SHAPES and v.verdict != "real", v.rationale


def test_a_diff_of_a_live_system_gives_no_lean():
    log = "$ kubectl diff -f deploy/\n--- /tmp/LIVE-123/apps.v1.Deployment.web\n+++ /tmp/MERGED-456/apps.v1.Deployment.web\n" \
          "@@ -5,2 +5,2 @@\n-  replicas: 2\n+  replicas: 3\n"
    assert not signatures(judge(log)) & SHAPES


@pytest.mark.parametrize("log", [
    # stack frames: where a program was, not what is wrong with the code
    "lib/http/client.rb:88:in `request'\nlib/http/client.rb:40:in `get'\n",
    "tests/test_api.py:31: in test_list\n    resp = client.get('/items')\n",
    "scripts/build.lua:12: in function 'run'\n",
    # a host and its port, not a file and its line
    "cache.example.net:443: the peer went away\n",
    # a lone "+" trace and a "-" list item: no diff
    "+ make install\n- removed the old target\n",
    # one "-" and one "+": not enough for a diff without its header
    "-a\n+b\n",
    # a timestamped line is no table row without the file's name above it
    "10:30  starting the nightly job\n",
])
def test_what_is_not_a_diagnostics_shape(log):
    v = judge(log)
    assert not signatures(v) & SHAPES, v.rationale
    assert v.verdict != "real" or v.category != calibration_mod.UNRECOGNISED_CATEGORY


def test_a_warning_far_above_the_end_of_a_long_log_is_not_what_the_verdict_rests_on():
    filler = "".join(f"step {i}: copied assets for module {i}\n" for i in range(80))
    log = "src/engine/mix.c:88:12: warning: implicit conversion loses integer precision\n" + filler + \
        "The command \"make\" exited with 1.\n"
    v = judge(log)
    assert not signatures(v) & SHAPES, v.rationale
    assert v.verdict == "unknown"


def test_a_warning_beside_a_recognised_cause_leaves_the_verdict_to_that_cause():
    log = ("Traceback (most recent call last):\n  File \"app/main.py\", line 3, in <module>\n    import yaml\n"
           "ModuleNotFoundError: No module named 'yaml'\n"
           "src/engine/mix.c:88:12: warning: implicit conversion loses integer precision\n")
    v = judge(log)
    assert v.verdict == "real" and v.category == "missing-module", v.rationale
    assert not signatures(v) & SHAPES


def test_an_error_word_keeps_the_unexplained_errors_reading():
    v = judge("src/engine/mix.c:88:12: warning: implicit conversion loses integer precision\n"
              "Error: widget.manifest names an unknown entry point 'main2'\n")
    assert structure.UNEXPLAINED_ERROR in signatures(v) and not signatures(v) & SHAPES


def test_nothing_here_reads_transient():
    for log in LOCATED + TABLES + DIFFS:
        assert judge(log).verdict != "transient"


# Deterministic messages the catalogue read only with their job around them, read alone.
@pytest.mark.parametrize(("log", "signature", "category"), [
    ("Package required but not available: \u2018zoo\u2019\n", "missing-module", "missing-module"),
    ("Packages required but not available: \u2018zoo\u2019 \u2018plyr\u2019\n", "missing-module", "missing-module"),
    ("Error in library(zoo) : there is no package called \u2018zoo\u2019\n", "missing-module", "missing-module"),
    ("The program 'cmake' is currently not installed. You can install it by typing:\nsudo apt install cmake\n",
     "missing-tool", "environment"),
    ("Command 'jq' not found, but can be installed with:\n\nsudo apt install jq\n", "missing-tool", "environment"),
    ("Run 'make gen' to regenerate api/client.go and api/types.go\n", "generated-files-stale", "stale-generated"),
    # a resolver's "not found" under unindented JVM frames whose class names speak of concurrency and locks: frames,
    # not a failing test's name
    ("org.acme.ResolveError: unresolved dependency: org.acme#core;9.9.9-SNAPSHOT: not found\n"
     "at org.acme.ivy.Resolver.resolve(Resolver.scala:10)\n"
     "at org.acme.boot.FileLocks$Guard.withRetries(FileLocks.scala:31)\n"
     "at org.acme.exec.ConcurrentLimits$Pool.apply(ConcurrentLimits.scala:88)\n"
     "[error] (core/*:update) org.acme.ResolveError: unresolved dependency: org.acme#core;9.9.9-SNAPSHOT: not found\n",
     "package-not-published", "dependency"),
])
def test_deterministic_messages_read_alone(log, signature, category):
    v = judge(log)
    assert v.verdict == "real" and signature in signatures(v) and v.category == category, v.rationale


def test_an_unindented_frame_is_noise_but_a_sentence_opening_on_at_is_not():
    v = judge("at org.acme.exec.ConcurrentLimits$Pool.apply(ConcurrentLimits.scala:88)\n"
              "at Object.<anonymous> (/work/app/test/pool.test.js:12:5)\n")
    assert v.verdict == "unknown" and not v.findings, v.rationale
    assert judge("at least one check failed: the widget table overflows\n").verdict == "real"
