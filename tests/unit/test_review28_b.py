"""Review of the twenty-eighth round's short-excerpt reading (review28_b): logs written to break structure.code_shape
(a source location and its message, a linter's table, a diff the log ends on leaning real at most 0.75 where nothing
else explains the log and no trouble word is near) and short28's catalogue lines (unindented frames as noise, R's
missing packages, the command-not-found handler, a check's "Run 'X' to regenerate" advice).

Covered: a snapshot's or golden file's diff that differs by a timestamp, a UUID, a random hex id, an ephemeral port, a
measured duration, a temporary directory or the order of its lines (a flaky test's); a diff printed twice by a tool
that tried again, with different output each time; a diff whose new side is an outage page's words; a warning above a
crash, a signal's exit code, a heap overflow; a location line whose message names the network in words the trouble
list lacked (a status "answered" or in brackets, "Premature close", German, Spanish, French, Russian, Portuguese and
Polish time-outs and name lookups); a trouble word past the first 2,000 characters of a long line; a warning in
installed code or far above the log's end; R's require() warning and requireNamespace()'s note over an optional
package, and a test quoting R's message; a help listing's "Run 'make docs' to generate ..." above a network failure;
the command-not-found handler in a probe. Pinned: genuine changed texts, a repeated identical diff, a critic's, a
PHPStan table, gofmt -d, Maven's warning under its trailer, a test's own 500.

Where the wording comes from (recalled, not read here): GNU diff -u's and git's headers; Jest's "- Snapshot / +
Received" lines; GCC's and Clang's "file:line:col: warning:" and "[-W...]"; GHC's warning and "internal heap
overflow"; the shells' "Aborted (core dumped)" / "Segmentation fault"; GitHub Actions' and GitLab's closing lines;
Envoy's "no healthy upstream"; Apache's 503 page; R's "Error in library(x) : there is no package called", require()'s
"Warning message: In library(package, lib.loc = lib.loc, ...)" and requireNamespace()'s "Failed with error:"; Ubuntu's
command-not-found handler; Perl::Critic's, PHPStan's, Maven's and gofmt's output. Hosts, projects, paths and values
are made up; no project's CI log is copied.

The rules the cases hold:
  * a diff of volatile values or of order only, or one file's diff printed twice with different output -> no lean
    (not real); a changed value or wording, or the same diff twice -> real (the shape's lean);
  * a diagnostic above a crash, a signal's exit code, a tool's tries, a remote 5xx in words, the network in another
    language, or trouble anywhere on a long line -> no lean;
  * a diagnostic in installed code, or with more than four lines of other output below it -> no lean;
  * R's missing package only as an error's message; the regeneration advice only where it names files.
Left (strict xfails, "LEFT:" in KNOWN_MISREAD): a set printed in another order within one line; credo's report in its
gutter; the command-not-found handler in a probe (read as bash's own "command not found" was before); the advice quoted
in a test's got/want (real, but read as stale generated files).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, signatures

from triage_agent.classify import structure
from triage_agent.classify.structure import _volatile_only

SHAPES = structure.CODE_SHAPES
_GHA = "##[error]Process completed with exit code 1.\n"
_WARN = ("src/render/mesh.cpp:812:14: warning: comparison of integer expressions of different signedness "
         "[-Wsign-compare]\n")
_GOLDEN = "--- expected/report.txt\n+++ actual/report.txt\n@@ -3 +3 @@\n-total: 12\n+total: 13\n"
_PIP_TIMEOUT = ("+ pip install -r requirements.txt\nCollecting requests==2.31.0\n"
                "  Downloading requests-2.31.0-py3-none-any.whl (62 kB)\n"
                "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', "
                "port=443): Read timed out.\n" + _GHA)
_PROGRESS = "".join(f"[{10 + i * 2:3d}%] Building CXX object src/CMakeFiles/engine.dir/part{i}.cpp.o\n" for i in range(30))


def _tries(first: str, second: str, word: str = "Attempt {n}/3: rendering the dashboard") -> str:
    return "".join(word.format(n=n) + "\n--- golden/dashboard.txt\n+++ out/dashboard.txt\n@@ -2 +2 @@\n"
                   "-queued jobs: 10\n+queued jobs: " + value + "\n" for n, value in ((1, first), (2, second)))


def _link(message: str) -> str:
    return f"docs/install.md:42:7: https://downloads.acme.example/cli/latest{message}\n"


# Every log tried, with what a senior engineer says of it: a verdict, or "not-real" (a flaky or transient failure whose
# log cannot show it was a blip: unknown is right, real is wrong), or "nst" (not transient at 0.9 or more).
ALL: list[tuple[str, str, str]] = [
    # ================= a flaky snapshot's or golden file's diff
    ("golden-timestamp-one-second", "not-real",
     "--- testdata/report.golden\n+++ out/report.txt\n@@ -1,3 +1,3 @@\n Report for acme\n"
     "-Generated: 2024-05-01 10:00:00\n+Generated: 2024-05-01 10:00:01\n rows: 12\n"),
    ("golden-two-iso-timestamps-unheaded", "not-real",
     "-generated_at: 2025-02-11T08:14:03Z\n-expires_at: 2025-02-12T08:14:03Z\n"
     "+generated_at: 2025-02-11T08:14:04Z\n+expires_at: 2025-02-12T08:14:04Z\n"),
    ("golden-request-uuid", "not-real",
     "--- want/order.json\n+++ got/order.json\n@@ -2,2 +2,2 @@\n"
     "-  \"request_id\": \"3f1c9a2e-4b7d-4e21-9a1c-0d5e6f7a8b9c\",\n"
     "+  \"request_id\": \"8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d\",\n   \"status\": \"accepted\"\n"),
    ("golden-lines-reordered", "not-real",
     "--- expected/tags.txt\n+++ actual/tags.txt\n@@ -1,3 +1,3 @@\n-alpha\n-beta\n gamma\n+beta\n+alpha\n"),
    ("json-list-reordered-unheaded", "not-real",
     "-  \"billing\",\n-  \"shipping\"\n+  \"shipping\",\n+  \"billing\"\n"),
    ("golden-ephemeral-port", "not-real",
     "--- testdata/banner.golden\n+++ banner.out\n@@ -1,2 +1,2 @@\n-listening on 127.0.0.1:41237\n"
     "+listening on 127.0.0.1:38519\n ready\n"),
    ("golden-measured-durations", "not-real",
     "--- fixtures/summary.txt\n+++ out/summary.txt\n@@ -1,3 +1,3 @@\n 12 files checked\n-took 41ms\n+took 57ms\n"
     "-cache: 12ms\n+cache: 19ms\n"),
    ("golden-container-ids", "not-real",
     "-container 4f2a9c1be07d started\n-container 4f2a9c1be07d healthy\n+container a81e3d0c5b92 started\n"
     "+container a81e3d0c5b92 healthy\n"),
    ("golden-pytest-tmpdir", "not-real",
     "--- expected.txt\n+++ actual.txt\n@@ -1 +1 @@\n-wrote /tmp/pytest-of-runner/pytest-3/test_export0/out.csv\n"
     "+wrote /tmp/pytest-of-runner/pytest-7/test_export0/out.csv\n"),
    ("jest-snapshot-two-timestamps", "not-real",
     "- Snapshot  - 2\n+ Received  + 2\n\n  Object {\n-   \"createdAt\": \"2025-03-04T10:00:00.000Z\",\n"
     "-   \"updatedAt\": \"2025-03-04T10:00:00.000Z\",\n+   \"createdAt\": \"2025-03-04T10:00:00.017Z\",\n"
     "+   \"updatedAt\": \"2025-03-04T10:00:00.018Z\",\n    \"name\": \"widget\",\n  }\n"),
    ("python-set-order-in-one-line", "not-real",
     "--- tests/golden/tags.out\n+++ tags.out\n@@ -1 +1 @@\n-tags: {'beta', 'alpha', 'gamma'}\n"
     "+tags: {'gamma', 'beta', 'alpha'}\n"),
    # a tool that tried again and printed its diff each time: different output each try is not deterministic; the
    # same diff twice is the change's (without a word of trying)
    ("tries-diff-varies", "not-real", _tries("9", "11")),
    ("tries-diff-same-under-attempt-words", "not-real", _tries("9", "9")),
    ("passes-diff-varies", "not-real", _tries("9", "11", word="=== pass {n}")),
    ("passes-diff-same", "real", _tries("12", "12", word="=== pass {n}")),
    # a check comparing a served document with the committed one, the service not up
    ("served-schema-no-healthy-upstream", "not-real",
     "Fetching http://localhost:8080/openapi.json (waiting for the API)\n--- api/openapi.json\n+++ /tmp/served.json\n"
     "@@ -1,3 +1 @@\n-{\n-  \"openapi\": \"3.0.3\",\n-  \"info\": {\"title\": \"Acme\"}\n+no healthy upstream\n"),
    ("served-schema-maintenance-page", "not-real",
     "--- api/schema.graphql\n+++ /tmp/live-schema.graphql\n@@ -1,2 +1,2 @@\n-type Query {\n-  orders: [Order!]!\n"
     "+The server is temporarily unable to service your request due to maintenance downtime or capacity problems.\n"
     "+Please try again later.\n"),
    # genuine changed texts, for the pin
    ("golden-total-changed", "real", _GOLDEN),
    ("usage-text-changed-unheaded", "real",
     "-Usage: acme [flags] <file>\n-  -v  verbose\n+Usage: acme [options] <file>\n+  -v, --verbose  verbose\n"),
    ("gofmt-d-alone", "real",
     "diff internal/api/handler.go.orig internal/api/handler.go\n--- internal/api/handler.go.orig\n"
     "+++ internal/api/handler.go\n@@ -10,3 +10,3 @@\n func Handle() {\n-\tx:=1\n+\tx := 1\n }\n"),

    # ================= a warning above a crash, a signal, a heap that ran out
    ("warning-then-exit-minus-one", "not-real", _WARN + "##[error]Process completed with exit code -1.\n"),
    ("warning-then-exit-134", "not-real", _WARN + "##[error]Process completed with exit code 134.\n"),
    ("warning-then-exit-139", "not-real", _WARN + "##[error]Process completed with exit code 139.\n"),
    ("warning-then-aborted-core-dumped", "not-real", _WARN + "Aborted (core dumped)\n"),
    ("warning-then-segfault", "not-real", _WARN + "Segmentation fault (core dumped)\n"),
    ("warning-then-illegal-instruction", "not-real", _WARN + "Illegal instruction (core dumped)\n"),
    ("ghc-warning-then-heap-overflow", "not-real",
     "src/Parser/Core.hs:41:7: warning: [-Wunused-top-binds]\n    Defined but not used: \u2018helper\u2019\n"
     "ghc: internal heap overflow\n"),
    ("clang-tidy-warning-then-stack-dump", "not-real",
     "src/gen/tables.cpp:4412:1: warning: function 'build' exceeds recommended size/complexity thresholds "
     "[readability-function-size]\nStack dump:\n0.\tProgram arguments: clang-tidy -p build src/gen/tables.cpp\n"
     "1.\t<eof> parser at end of file\n"),
    ("stylelint-row-then-signal-9", "not-real",
     "styles/app.scss:120:3: Expected a leading zero  number-leading-zero\nstylelint exited on signal 9\n"),
    ("warning-then-gitlab-137", "transient", _WARN + "ERROR: Job failed: exit code 137\n"),

    # ================= a location whose message names the network in words the trouble list lacked
    ("link-checker-answered-502", "not-real", _link(" answered 502")),
    ("link-checker-bracketed-502", "not-real", "docs/install.md:42: [502] https://downloads.acme.example/cli/latest\n"),
    ("link-checker-premature-close", "not-real", _link(" Premature close")),
    ("registry-cache-answered-503", "not-real",
     "verdaccio.ci.internal:4873: upstream registry.npmjs.org answered 503\n"),
    ("link-checker-german-timeout", "not-real", _link(": Zeitüberschreitung der Verbindung")),
    ("link-checker-german-lookup", "not-real", _link(": Der Name konnte nicht aufgelöst werden")),
    ("link-checker-spanish-timeout", "not-real", _link(": se agotó el tiempo de espera de la conexión")),
    ("link-checker-french-timeout", "not-real", _link(" : délai d'attente de la connexion dépassé")),
    ("link-checker-russian-timeout", "not-real", _link(": превышено время ожидания соединения")),
    ("link-checker-portuguese-timeout", "not-real", _link(": tempo limite de conexão esgotado")),
    ("link-checker-polish-timeout", "not-real", _link(": przekroczono limit czasu połączenia")),
    ("yaml-schema-tls-handshake", "not-real",
     "config/deploy.yaml:1:1: schema https://schemas.acme.example/deploy.json not loaded: TLS handshake\n"),
    # a test's own route answering 500 is the code's answer, not a remote host's
    ("bats-test-own-route-500", "real", "tests/api.bats:14: GET /v1/orders answered 500, want 200\n"),

    # ================= trouble past the first 2,000 characters of a long line
    ("long-json-line-flaky-then-diff", "not-real",
     '{"reporter":"junit","suite":"report","payload":"' + "x" * 2200 + '","note":"quarantined as flaky, retried '
     'twice"}\n' + _GOLDEN),
    ("long-json-line-runner-stalled-then-diff", "not-real",
     '{"level":"warn","blob":"' + "x" * 2200 + '","msg":"the runner is stalled, heartbeat missed"}\n' + _GOLDEN),
    ("long-debug-line-worker-hung-then-diff", "not-real", "::debug::" + "x" * 2200 + " worker hung, restarted it\n" + _GOLDEN),

    # ================= a diagnostic that is not the project's code, or not what the log ends on
    ("node-modules-css-deprecation", "unknown",
     "node_modules/@acme/ui-kit/dist/index.css:1:1: Deprecated: the `bg-opacity-*` utilities will be dropped in v4\n"
     "building for production...\ntransforming (312) src/pages/Home.vue\n"),
    ("usr-include-note", "unknown",
     "/usr/include/c++/12/bits/stl_algo.h:3637:5: note: parameter passing for argument of type "
     "'std::pair<long, long>' changed in GCC 7.1\n[ 81%] Linking CXX executable bin/engine\n"),
    ("warning-above-thirty-progress-lines", "unknown",
     _WARN + _PROGRESS + "make[2]: *** [src/CMakeFiles/engine.dir/build.make:90: part29.cpp.o] Error 1\n"),
    ("mypy-note-above-pip-output", "unknown",
     "src/acme/models.py:88: note: \"Order\" defined here\n" + "".join(f"Collecting pkg{i}==1.{i}\n" for i in range(10))),
    # what the log ends on: the shape's lean stays
    ("perl-critic-location-in-words", "real",
     "Code before strictures are enabled at line 3, column 1.  See page 429 of PBP.  (Severity: 5)\n"),
    ("phpstan-table", "real",
     " ------ -----------------------------------------\n  Line   src/Cart.php\n"
     " ------ -----------------------------------------\n  42     Method Acme\\Cart::total() should return int but "
     "returns float.\n ------ -----------------------------------------\n"),
    ("maven-warning-under-its-trailer", "real",
     "[WARNING] /work/app/src/main/java/org/acme/Pool.java:[12,5] unchecked call to add(E) as a member of raw type List\n"
     "[INFO] 1 warning\n[INFO] ------------------------------------------------------------------------\n"
     "[INFO] BUILD FAILURE\n[INFO] ------------------------------------------------------------------------\n"
     "[INFO] Total time:  4.211 s\n[INFO] Finished at: 2025-03-04T10:00:00Z\n"
     "[INFO] ------------------------------------------------------------------------\n"),
    ("credo-report-in-its-gutter", "real",
     "  Code Readability\n\u2503 \n\u2503 [R] \u2192 Modules should have a @moduledoc tag.\n"
     "\u2503       lib/acme/cart.ex:1:11 #(Acme.Cart)\n"),

    # ================= short28's catalogue lines read by accident
    # a help listing printed at the job's start, then a Go test's client time-out
    ("help-listing-generate-advice-then-timeout", "transient",
     "$ make help\nTargets:\nRun 'make all' to build everything\nRun 'make docs' to generate the manual pages\n"
     "$ make test\ngo test ./...\n--- FAIL: TestFetchRates (30.00s)\n"
     "    rates_test.go:22: Get \"https://rates.acme.example/v1/latest\": net/http: request canceled while waiting for "
     "connection (Client.Timeout exceeded while awaiting headers)\nFAIL\nFAIL\tgithub.com/acme/fx/rates\t30.014s\n" + _GHA),
    # the advice quoted in a test's got/want: the test's failure, not stale files
    ("regenerate-advice-in-go-test-got-want", "real",
     "--- FAIL: TestDriftMessage (0.00s)\n    drift_test.go:31: message mismatch:\n        got:\n"
     "Run 'make gen' to regenerate api/client.go\n        want:\nRun 'make generate' to regenerate api/client.go\nFAIL\n"),
    # require()'s warning, then the install it falls back to times out
    ("r-require-warning-then-install-timeout", "transient",
     "> if (!require('pak')) install.packages('pak')\nLoading required package: pak\nWarning message:\n"
     "In library(package, lib.loc = lib.loc, character.only = TRUE, logical.return = TRUE,  :\n"
     "  there is no package called \u2018pak\u2019\nInstalling package into \u2018/usr/local/lib/R/site-library\u2019\n"
     "(as \u2018lib\u2019 is unspecified)\ntrying URL 'https://cloud.r-project.org/src/contrib/pak_0.7.2.tar.gz'\n"
     "Warning in download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  URL 'https://cloud.r-project.org/src/contrib/pak_0.7.2.tar.gz': Timeout of 60 seconds was reached\n"
     "Error in download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  download from 'https://cloud.r-project.org/src/contrib/pak_0.7.2.tar.gz' failed\nExecution halted\n" + _GHA),
    # requireNamespace()'s note over an optional package, then a test's request times out
    ("r-requirenamespace-note-then-timeout", "transient",
     "Loading required namespace: arrow\nFailed with error:  \u2018there is no package called \u2018arrow\u2019\u2019\n"
     "> test_check('acmestats')\n  Error in curl::curl_fetch_memory(url, handle = handle) :\n"
     "    Timeout was reached: [api.acme.example] Connection timed out after 10001 milliseconds\n"
     "  Calls: test_check ... request_fetch -> request_fetch.write_memory -> <Anonymous>\n  Execution halted\n" + _GHA),
    ("r-check-suggests-note-then-timeout", "transient",
     "* checking tests ...\n  Running 'testthat.R'\nLoading required namespace: arrow\n"
     "Failed with error:  'there is no package called 'arrow''\n  Running the tests in 'tests/testthat.R' failed.\n"
     "  > test_check('acmestats')\n  [ FAIL 1 | WARN 0 | SKIP 3 | PASS 210 ]\n"
     "  Error in curl::curl_fetch_memory(url, handle = handle) :\n"
     "    Timeout was reached: [api.acme.example] Connection timed out after 10001 milliseconds\n"),
    ("r-library-error-missing-package", "real",
     "> library(acmeutils)\nError in library(acmeutils) : there is no package called \u2018acmeutils\u2019\n"
     "Execution halted\n" + _GHA),
    # the handler's words in a probe whose fallback worked, then pip's read time-out (as bash's own "command not found"
    # in the same probe reads)
    ("command-not-found-handler-in-probe-then-timeout", "transient",
     "+ python --version || python3 --version\nCommand 'python' not found, did you mean:\n"
     "  command 'python3' from deb python3\n  command 'python' from deb python-is-python3\nPython 3.10.12\n" + _PIP_TIMEOUT),
    ("command-not-found-after-download-timed-out", "not-real",
     "+ curl -fsSL -o /tmp/tf.zip https://releases.hashicorp.com/terraform/1.7.5/terraform_1.7.5_linux_amd64.zip\n"
     "curl: (28) Failed to connect to releases.hashicorp.com port 443 after 130001 ms: Connection timed out\n"
     "+ unzip -o /tmp/tf.zip -d /usr/local/bin || true\n"
     "unzip:  cannot find or open /tmp/tf.zip, /tmp/tf.zip.zip or /tmp/tf.zip.ZIP.\n+ terraform init\n"
     "Command 'terraform' not found, but can be installed with:\nsudo snap install terraform\n" + _GHA),
]

# Read wrong and left (strict expected failures).
KNOWN_MISREAD: dict[str, str] = {
    "python-set-order-in-one-line": (
        "LEFT: a set printed in another order within one line reads as a changed text; telling it from a real swap "
        "(\"f(a, b)\" -> \"f(b, a)\") needs the value's syntax, and masking every reordered line would hide those"),
    "credo-report-in-its-gutter": (
        "LEFT: credo's location sits in its box gutter with the module after it (\"┃  lib/x.ex:1:11 #(X)\"): no bare "
        "location; reading gutters is one tool's format, and the log reads unknown, not wrong"),
    "command-not-found-handler-in-probe-then-timeout": (
        "LEFT: the handler's 'Command X not found' in a probe whose fallback ran reads as a missing tool, as bash's own "
        "'bash: python: command not found' in the same probe did before short28 (unknown, not real); telling a probe "
        "needs the shell's '||' and the next line, which missing-tool reads nowhere"),
}
# ... and read right in verdict, for a wrong reason (strict expected failures of the reason's test below)
KNOWN_WRONG_REASON: dict[str, str] = {
    "regenerate-advice-in-go-test-got-want": (
        "LEFT: the advice at a line's start inside a test's got/want reads as stale generated files; the verdict is "
        "real either way, and standing it aside needs the test's framing lines, which a line pattern cannot see"),
}


def _reads(verdict: str, log: str):
    v = judge(log)
    if verdict == "not-real":
        assert v.verdict != "real", (v.confidence, v.rationale)
    elif verdict == "nst":
        assert not (v.verdict == "transient" and v.confidence >= 0.9), (v.confidence, v.rationale)
    else:
        assert v.verdict == verdict, (v.confidence, v.rationale)
    return v


@pytest.mark.parametrize(("verdict", "log"), labelled(ALL, KNOWN_MISREAD))
def test_review28_b_reads_right(verdict: str, log: str) -> None:
    _reads(verdict, log)


def test_review28_b_ids_unique() -> None:
    assert_unique_ids(ALL)


def _case(case_id: str) -> str:
    return next(log for cid, _, log in ALL if cid == case_id)


def test_a_flaky_diff_gives_no_shape_and_a_changed_one_does() -> None:
    for case_id in ("golden-timestamp-one-second", "golden-lines-reordered", "golden-ephemeral-port",
                    "golden-pytest-tmpdir", "jest-snapshot-two-timestamps", "passes-diff-varies"):
        assert not signatures(judge(_case(case_id))) & SHAPES, case_id
    for case_id in ("golden-total-changed", "usage-text-changed-unheaded", "passes-diff-same"):
        assert structure.CODE_DIFF in signatures(judge(_case(case_id))), case_id
    assert _volatile_only(["-at 10:00:01 port localhost:4100", "+at 10:00:02 port localhost:4312"])
    assert _volatile_only(["-b,", "-a", "+a,", "+b"])
    assert not _volatile_only(["-total: 12", "+total: 13"])
    # a line number after a file's name is no port
    assert not _volatile_only(["-src/a.c:1234: unused x", "+src/a.c:1240: unused x"])


def test_the_shapes_lean_rests_on_the_line_the_log_ends_on() -> None:
    v = judge(_case("maven-warning-under-its-trailer"))
    shape = next(f for f in v.findings if f.signature == structure.CODE_LOCATED)
    assert "Pool.java:[12,5]" in shape.line, shape.line
    for case_id in ("warning-above-thirty-progress-lines", "mypy-note-above-pip-output", "node-modules-css-deprecation"):
        assert not signatures(judge(_case(case_id))) & SHAPES, case_id


def test_r_and_regeneration_lines_read_as_the_failure_only_where_they_are() -> None:
    for case_id in ("r-require-warning-then-install-timeout", "r-requirenamespace-note-then-timeout",
                    "r-check-suggests-note-then-timeout"):
        assert "missing-module" not in signatures(judge(_case(case_id))), case_id
    assert "missing-module" in signatures(judge(_case("r-library-error-missing-package")))
    quoted = ("\u2500\u2500 Failure (test-deps.R:12:3): check_deps() names the missing package \u2500\u2500\n"
              "`check_deps(\"zz\")` threw an error with unexpected message.\nExpected match: \"package zz is not "
              "installed\"\nActual message: \"there is no package called \u2018zz\u2019\"\n")
    v = judge(quoted)
    assert v.verdict == "real" and "missing-module" not in signatures(v), v.rationale
    assert "generated-files-stale" not in signatures(judge(_case("help-listing-generate-advice-then-timeout")))
    v = judge("Run 'make docs' to create man/acme-sync.1 and man/acme-sync.html\n")
    assert v.verdict == "real" and "generated-files-stale" in signatures(v), v.rationale


@pytest.mark.parametrize("case_id", [
    pytest.param(cid, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_WRONG_REASON[cid])] if cid in
                 KNOWN_WRONG_REASON else []) for cid in ("regenerate-advice-in-go-test-got-want",)])
def test_a_test_quoting_the_advice_is_the_tests_failure(case_id: str) -> None:
    v = judge(_case(case_id))
    assert v.verdict == "real" and "generated-files-stale" not in signatures(v), v.rationale


# Logs of a megabyte built to make code_shape slow: long lines, many colons, a huge diff, many rows and hunks, a
# status in brackets on every word, trouble at the end of long lines. code_shape alone reads each in well under a second
# here (about 0.3 s at most); the bound is loose for slower machines.
# The megabyte shapes that once made code_shape slow (colons, tables, huge diffs, long tokens) are timed by
# benchmarks/code_shape_speed.py, which prints the numbers; a timing is no test's assertion.


def test_trouble_past_a_long_lines_first_stretch_counts() -> None:
    assert structure.code_shape(_case("long-debug-line-worker-hung-then-diff").split("\n")) is None
    assert structure.code_shape(("x" * 9000 + "\n" + _GOLDEN).split("\n")) is not None


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "https://a.example/b answered 502 ", "[503] https://a.example/b ", "Attempt 2/3 ", "Premature close ",
    "/tmp/pytest-of-a/pytest-1/ ", "2024-05-01T10:00:00Z 127.0.0.1:41237 ", "Failed with error:  ",
    "Error in library(a) : there is no package called ", "Run 'make docs' to create a/",
    "a.b.c.d.e.f.com ", "Zeitüberschreitung ",
]
