"""Review of the twenty-sixth round's tool readings (tools26) and leftovers (leftovers26): logs written to break them.

Covered: libpq's "server closed the connection unexpectedly" where no server under test crashed (a client tool's
golden-file diff against a managed database, a Jest failure, pytest's psycopg error, Ruby's PG::UnableToSend, a normal
diff of a CLI's output), the postmaster's "terminated by signal N" for 6 (an assertion build's abort in an extension),
11, 9 (the OOM killer in a service container) and 15 (a shutdown); tlmgr's messages for a pinned historic repository,
a local mirror rsynced by the job and a release year that moved; Gradle's unreadable workspace metadata under a
timestamped GitLab prefix and quoted by a plugin's functional test; sccache's SIGKILL under BuildKit's step prefix,
beside a real rustc error and under cc-rs; pkgin's refusal from the job's own loopback repository, a 404 and a 503
under a prefix; Volcano, Kueue and Kubeflow e2e waits that name a state the change broke (Failed, ImagePullBackOff,
CrashLoopBackOff); mojibake that is no localized message (gzip bytes cat'ed into the log, a Latin-1 file name),
mojibake of a localized timeout inside a test's expected text and in a failed test's message; GitHub's rate-limit
403 body next to a token's real 403; Laravel's 5xx from an outbound Http::fake and from a live upstream; a newman-
shaped request line in lower case.

Where the wording comes from: tlmgr.pl's "The TeX Live versions of the local installation and the repository are not
compatible" and OLD_REMOTE_MSG (TeX-Live/installer texmf-dist/scripts/texlive/tlmgr.pl, read in a fetched snapshot);
libpq's two-line message (postgres src/interfaces/libpq/fe-misc.c, as tools26 read it). Recalled, not read here: the
postmaster's "received fast shutdown request", "terminating connection due to administrator command" and "TRAP: failed
Assert(...)", psycopg2's OperationalError, the pg gem's PG::UnableToSend, Jest's and pytest's failure frames, BuildKit's
"#N 12.3" step prefix, cc-rs's "error occurred: Command ... did not execute successfully", Gomega's "Timed out after",
kubectl's pod states, Laravel's "Expected response status code [200] but received 503." frame and
Illuminate\\Http\\Client\\RequestException's "HTTP request returned status code 503", gh's "HTTP 403: ..." line.
Hosts, projects and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * libpq's words from a client application's tests against a database it does not build (a diff of its own tool's
    output, a test framework's failure) are no crash of a server under test: not read real by
    postgres-server-crashed-under-regression-tests;
  * a backend killed by signal 6 or 11 in a regression run -> real; by 9 -> not surely transient; a shutdown (15) is
    no crash of the code;
  * tlmgr refused by a pinned historic repository or a local mirror -> not surely transient; a live CTAN mirror's
    failure -> transient; a release-year change -> real;
  * sccache's SIGKILL under cargo reads the same behind a BuildKit prefix; a real compile error beside it decides;
  * pkgin refused by a repository on the job's own loopback host -> not surely transient;
  * e2e waits for a state the change broke are not surely transient;
  * mojibake that is no row's message changes no reading; a repaired localized timeout inside a compared value is the
    test's own text (real);
  * a 403 without a rate-limit body near it stays credentials; Laravel's 5xx page under its status assertion is no
    outage, a live upstream's 503 behind it is no sure real either.
Cases kept as strict xfails marked "LEFT:" (KNOWN_MISREAD) would say why: none now (polish27 read the last two).
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_CI = "Exited with code exit status 1\n"
_BK = "🚨 Error: The command exited with status 1\n"
_JX = "Build step 'Execute shell' marked build as failure\nFinished: FAILURE\n"

_PG_CRASH = "postgres-server-crashed-under-regression-tests"


def _moji(text: str) -> str:
    """``text``'s UTF-8 bytes shown one to a character as cp1252 (its undefined bytes as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252") if 0x80 <= b < 0xA0 and b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else chr(b) for b in text.encode())


CASES = [
    # --- libpq's words where no server under test crashed -----------------------------------------------------------
    # a client CLI (psycopg-based exporter) run against a managed staging database, its output diffed with a golden
    # file by the project's script: a network blip under the query, nothing the change crashed
    ("gha-golden-diff-client-cli-managed-db", "transient",
     "+ export PGHOST=db-staging.example.cloud PGSSLMODE=require\n"
     "+ ./bin/pgexport --table orders --format csv > out/orders.csv 2>&1 || true\n"
     "+ diff -u tests/golden/orders.csv out/orders.csv\n"
     "--- tests/golden/orders.csv\t2025-01-10 09:00:00.000000000 +0000\n"
     "+++ out/orders.csv\t2025-01-10 09:04:11.000000000 +0000\n"
     "@@ -1,3 +1,3 @@\n"
     "-id,total\n"
     "-1,9.99\n"
     "-2,19.99\n"
     "+error: server closed the connection unexpectedly\n"
     "+\tThis probably means the server terminated abnormally\n"
     "+\tbefore or while processing the request.\n" + _GHA),
    # a Node app's Jest integration test against a shared database: pg's error through the client, a test framework
    ("circleci-jest-shared-db-server-closed", "transient",
     "FAIL tests/integration/orders.test.ts (12.4 s)\n"
     "  ● orders API › lists orders\n\n"
     "    Error: server closed the connection unexpectedly\n"
     "    \tThis probably means the server terminated abnormally\n"
     "    \tbefore or while processing the request.\n\n"
     "      at Parser.parseErrorMessage (node_modules/pg-protocol/src/parser.ts:369:69)\n\n"
     "Tests:       1 failed, 57 passed, 58 total\n" + _CI),
    # pytest's error frame of psycopg2 against a managed database
    ("gl-pytest-psycopg-server-closed", "transient",
     "tests/test_reports.py::test_monthly_report FAILED\n"
     "E   psycopg2.OperationalError: server closed the connection unexpectedly\n"
     "E   \tThis probably means the server terminated abnormally\n"
     "E   \tbefore or while processing the request.\n"
     "FAILED tests/test_reports.py::test_monthly_report - psycopg2.OperationalError: server closed the connection "
     "unexpectedly\n"
     "1 failed, 211 passed in 48.11s\n" + _GL),
    # the pg gem's error in an RSpec run
    ("buildkite-rspec-pg-unable-to-send", "transient",
     "Failures:\n\n  1) Order.total sums the lines\n"
     "     Failure/Error: Order.create!(lines: [line])\n\n"
     "     ActiveRecord::StatementInvalid:\n"
     "       PG::UnableToSend: server closed the connection unexpectedly\n"
     "       \tThis probably means the server terminated abnormally\n"
     "       \tbefore or while processing the request.\n"
     "     # ./spec/models/order_spec.rb:12:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 41.2 seconds (files took 3.1 seconds to load)\n"
     "212 examples, 1 failure\n" + _BK),
    # the same client's output through a normal diff (the project's shell test: "diff expected actual")
    ("travis-normal-diff-client-remote-db", "transient",
     "$ PGHOST=pg.shared-ci.example.net ./test/run.sh export\n"
     "export: output differs\n"
     "1,2c1,3\n"
     "< id,total\n"
     "< 1,9.99\n"
     "---\n"
     "> error: server closed the connection unexpectedly\n"
     "> \tThis probably means the server terminated abnormally\n"
     "> \tbefore or while processing the request.\n"
     "The command \"./test/run.sh export\" exited with 1.\n"),
    # --- the postmaster's log --------------------------------------------------------------------------------------------
    # an assertion-enabled build: the extension's Assert failed and the backend aborted (signal 6): the code under test
    ("gha-pg-assert-build-extension-abort", "real",
     "+ make installcheck\n"
     "not ok 4     - geo_index                                  12 ms\n"
     "# (test process exited with exit code 2)\n"
     "# 1 of 6 tests failed.\n"
     "+ cat /tmp/pgdata/log/postgresql.log\n"
     "TRAP: failed Assert(\"ItemPointerIsValid(tid)\"), File: \"geo_index.c\", Line: 311, PID: 4120\n"
     "2025-02-03 08:11:09.120 UTC [4001] LOG:  server process (PID 4120) was terminated by signal 6: Aborted\n"
     "2025-02-03 08:11:09.120 UTC [4001] DETAIL:  Failed process was running: CREATE INDEX ON shapes USING geo (g);\n"
     + _GHA),
    # signal 11 under a GitLab timestamped prefix
    ("gl-pg-backend-segfault-timestamped", "real",
     "2025-02-03T08:11:01.000Z 00O + make installcheck\n"
     "2025-02-03T08:11:08.000Z 00O test geo_agg                     ... FAILED (test process exited with exit code 2)"
     "       98 ms\n"
     "2025-02-03T08:11:08.000Z 00O  1 of 3 tests failed. \n"
     "2025-02-03T08:11:09.000Z 00O 2025-02-03 08:11:09.120 UTC [4001] LOG:  server process (PID 4120) was terminated "
     "by signal 11: Segmentation fault\n"
     "2025-02-03T08:11:09.000Z 00O make: *** [Makefile:31: installcheck] Error 1\n" + _GL),
    # a regression run whose diff is a changed row, and the server's fast shutdown logged after it: the row decides
    ("gha-pg-regress-row-diff-then-shutdown", "real",
     "+ make installcheck\n"
     "not ok 2     - geo_agg                                    21 ms\n"
     "# 1 of 3 tests failed.\n"
     "+ cat regression.diffs\n"
     "--- /home/runner/work/g/g/expected/geo_agg.out\n"
     "+++ /home/runner/work/g/g/results/geo_agg.out\n"
     "@@ -3,3 +3,3 @@\n"
     "- (0,0),(10,10)\n"
     "+ (0,0),(10,11)\n"
     "+ pg_ctl -D /tmp/pgdata stop -m fast\n"
     "2025-02-03 08:11:09.120 UTC [4001] LOG:  received fast shutdown request\n"
     "2025-02-03 08:11:09.121 UTC [4001] LOG:  background worker \"logical replication launcher\" (PID 4010) exited "
     "with exit code 1\n"
     "2025-02-03 08:11:09.125 UTC [4001] LOG:  database system is shut down\n" + _GHA),
    # --- tlmgr -------------------------------------------------------------------------------------------------------------
    # tlmgr.pl's incompatible-versions text (read): a pinned historic repository of another year: the setting, every run
    ("gha-tlmgr-historic-pinned-incompatible", "real",
     "+ tlmgr option repository https://ftp.example.org/historic/systems/texlive/2023/tlnet-final\n"
     "+ tlmgr install biblatex\n"
     "tlmgr: The TeX Live versions of the local installation\n"
     "and the repository are not compatible:\n"
     "      local: 2024\n"
     " repository: 2023 (https://ftp.example.org/historic/systems/texlive/2023/tlnet-final)\n"
     "Perhaps that particular CTAN mirror is outdated? Just a guess.\n"
     "Or if you want to install an older version of TeX Live, see:\n"
     "  https://tug.org/texlive/acquire.html#past\n" + _GHA),
    # tlmgr.pl setup_one_remotetlpdb (read): the release year moved under a cached installation
    ("gl-tlmgr-local-older-than-remote-cached", "real",
     "Restoring cache\nSuccessfully extracted cache\n"
     "$ tlmgr update --self --all\n"
     "tlmgr: Local TeX Live (2024) is older than remote repository (2025).\n"
     "Cross release updates are only supported with\n"
     "  update-tlmgr-latest(.sh/.exe) -- --upgrade\n"
     "See https://tug.org/texlive/upgrade.html for details.\n" + _GL),
    # a live CTAN mirror that was not answering, under Jenkins
    ("jenkins-tlmgr-live-mirror-from-file", "transient",
     "+ tlmgr install siunitx\n"
     "/opt/texlive/2025/bin/x86_64-linux/tlmgr: TLPDB::from_file could not get texlive.tlpdb from: "
     "https://ctan.example.net/tex-archive/systems/texlive/tlnet/tlpkg/texlive.tlpdb\n"
     "Maybe the repository setting should be changed.\n"
     "More info: https://tug.org/texlive/acquire.html\n" + _JX),
    # --- Gradle --------------------------------------------------------------------------------------------------------------
    ("gl-gradle-metadata-timestamped", "transient",
     "2025-03-01T10:00:01.000Z 01O FAILURE: Build failed with an exception.\n"
     "2025-03-01T10:00:01.000Z 01O \n"
     "2025-03-01T10:00:01.000Z 01O * What went wrong:\n"
     "2025-03-01T10:00:01.000Z 01O Execution failed for task ':lib:compileJava'.\n"
     "2025-03-01T10:00:01.000Z 01O > Could not read workspace metadata from "
     "/builds/acme/lib/.gradle/caches/8.13/transforms/0a1b2c3d4e5f60718293a4b5c6d7e8f9/metadata.bin\n"
     "2025-03-01T10:00:01.000Z 01O \n"
     "2025-03-01T10:00:01.000Z 01O BUILD FAILED in 12s\n" + _GL),
    # a plugin's functional test (TestKit, Spock) whose expectation about the inner build's output failed
    ("gha-gradle-plugin-testkit-condition", "real",
     "> Task :plugin:functionalTest\n\n"
     "CacheRepairFunctionalTest > repairs a broken transform workspace FAILED\n"
     "    org.spockframework.runtime.ConditionNotSatisfiedError at CacheRepairFunctionalTest.groovy:58\n\n"
     "Condition not satisfied:\n\n"
     "!result.output.contains(\"Could not read workspace metadata from\")\n"
     "||      |      |\n"
     "||      |      true\n"
     "||      ... Could not read workspace metadata from /tmp/junit81/gradle-home/caches/8.14/transforms/"
     "aa11bb22/metadata.bin ...\n\n"
     "12 tests completed, 1 failed\n\n"
     "> Task :plugin:functionalTest FAILED\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\nExecution failed for task ':plugin:functionalTest'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/p/p/plugin/build/reports/tests/"
     "functionalTest/index.html\n" + _GHA),
    # --- sccache -------------------------------------------------------------------------------------------------------------
    # BuildKit's step prefix in front of sccache's and cargo's lines (a Dockerfile's cargo build)
    ("gha-buildkit-sccache-rustc-sigkill", "transient",
     "#14 [builder 6/7] RUN cargo build --release --locked\n"
     "#14 88.21    Compiling geoserv v0.4.0 (/src)\n"
     "#14 201.7 sccache: Compile terminated by signal 9\n"
     "#14 201.8 error: could not compile `geoserv` (lib)\n"
     "#14 201.8 \n"
     "#14 201.8 Caused by:\n"
     "#14 201.8   process didn't exit successfully: `/usr/local/cargo/bin/sccache /usr/local/rustup/toolchains/"
     "1.82.0-x86_64-unknown-linux-gnu/bin/rustc --crate-name geoserv --edition=2021 src/lib.rs` (exit status: 2)\n"
     "#14 ERROR: process \"/bin/sh -c cargo build --release --locked\" did not complete successfully: exit code: 101\n"
     "ERROR: failed to solve: process \"/bin/sh -c cargo build --release --locked\" did not complete successfully: "
     "exit code: 101\n" + _GHA),
    # a real type error in one crate, the OOM killer taking another crate's rustc in parallel: the error decides
    ("gha-sccache-sigkill-beside-type-error", "real",
     "   Compiling geoserv v0.4.0 (/home/runner/work/geoserv/geoserv)\n"
     "   Compiling geoserv-cli v0.4.0 (/home/runner/work/geoserv/geoserv/cli)\n"
     "error[E0308]: mismatched types\n"
     "  --> src/extent.rs:41:17\n"
     "   |\n"
     "41 |     let n: u32 = shapes.len();\n"
     "   |            ---   ^^^^^^^^^^^^ expected `u32`, found `usize`\n"
     "   |            |\n"
     "   |            expected due to this\n\n"
     "For more information about this error, try `rustc --explain E0308`.\n"
     "error: could not compile `geoserv` (lib) due to 1 previous error\n"
     "sccache: Compile terminated by signal 9\n"
     "error: could not compile `geoserv-cli` (bin \"geoserv\")\n\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/home/runner/.cargo/bin/sccache /home/runner/.rustup/toolchains/"
     "stable-x86_64-unknown-linux-gnu/bin/rustc --crate-name geoserv --edition=2021 cli/src/main.rs` (exit status: 2)\n"
     + "##[error]Process completed with exit code 101.\n"),
    # the same without sccache: cargo names rustc's SIGKILL itself
    ("gha-rustc-sigkill-beside-type-error", "real",
     "error[E0308]: mismatched types\n"
     "  --> src/extent.rs:41:17\n"
     "error: could not compile `geoserv` (lib) due to 1 previous error\n"
     "error: could not compile `geoserv-cli` (bin \"geoserv\")\n\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc "
     "--crate-name geoserv --edition=2021 cli/src/main.rs` (signal: 9, SIGKILL: kill)\n"
     + "##[error]Process completed with exit code 101.\n"),
    # --- pkgin ---------------------------------------------------------------------------------------------------------------
    # a mirror's 503 under a time-stamping prefix (Cirrus CI's NetBSD VM through a script that stamps its lines)
    ("cirrus-pkgin-503-prefixed", "transient",
     "[10:00:01] + pkgin -y update\n"
     "[10:00:01] reading local summary...\n"
     "[10:00:31] pkgin: Could not fetch https://cdn.example.org/pub/pkgsrc/packages/NetBSD/amd64/10.1/All/"
     "pkg_summary.xz: Service Unavailable\n" + _CI),
    # --- Volcano: the wait alongside a compile error of the e2e binary's own code (the change decides) --------------
    ("gha-volcano-wait-and-go-vet-error", "real",
     "# volcano.sh/volcano/pkg/controllers/job\n"
     "pkg/controllers/job/job_controller_actions.go:212:9: undefined: syncPodGroupPhase\n"
     "[Wait time out]: expected job 'test-job' to be in status Running, actual get Pending\n"
     "FAIL\tvolcano.sh/volcano/test/e2e/jobp [build failed]\n" + _GHA),
    # --- mojibake that is no localized message -------------------------------------------------------------------------
    # a gzip file cat'ed into the log by mistake (its bytes shown as Latin-1) above the change's compile error
    ("gha-gzip-bytes-in-log-then-compile-error", "real",
     "+ cat dist/bundle.js.gz\n"
     "\u001f\u008b\u0008\u0000\u0000\u0000\u0000\u0000\u0000\u0003íÁ\u0001\r\u0000\u0000\u0000Â ûOm\u000e7 \u0000"
     "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000¾\r\n"
     "+ npx tsc --noEmit\n"
     "src/orders.ts(41,17): error TS2322: Type 'string' is not assignable to type 'number'.\n" + _GHA),
    # a Latin-1 file name shown as cp1252 mojibake in a missing-file error: the change's path, not a message
    ("gha-mojibake-file-name-missing", "real",
     "+ python tools/build_docs.py\n"
     "Traceback (most recent call last):\n"
     "  File \"tools/build_docs.py\", line 12, in <module>\n"
     "    open(\"docs/" + _moji("Données") + "/index.md\")\n"
     "FileNotFoundError: [Errno 2] No such file or directory: 'docs/" + _moji("Données") + "/index.md'\n" + _GHA),
    # a localized timeout message shown as mojibake inside Jest's expected text: the test's own strings
    ("gha-jest-expected-mojibake-timeout-fr", "real",
     "FAIL src/i18n/messages.test.ts\n"
     "  ● messages › fr › network timeout\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: \"" + _moji("Connexion terminée par expiration du délai d'attente") + "\"\n"
     "    Received: \"Connexion terminée par expiration du délai d'attente\"\n\n"
     "Tests:       1 failed, 31 passed, 32 total\n" + _GHA),
    # --- GitHub's 403s ------------------------------------------------------------------------------------------------------
    # gh's own line for the rate limit (HTTP 403 and the body's words on one line)
    ("gha-gh-api-rate-limit-403", "transient",
     "+ gh api repos/acme/cli/releases/latest --jq .tag_name\n"
     "gh: API rate limit exceeded for installation ID 4410321. (HTTP 403)\n" + _GHA),
    # a token without the scope: the push's 403, and two lines below an unrelated post step's rate-limit warning
    ("gha-push-403-then-post-step-rate-limit", "real",
     "+ git push origin HEAD:refs/heads/release\n"
     "remote: Permission to acme/cli.git denied to github-actions[bot].\n"
     "fatal: unable to access 'https://github.com/acme/cli/': The requested URL returned error: 403\n"
     "Post job cleanup.\n"
     "Warning: Failed to save annotations: API rate limit exceeded for installation ID 4410321.\n" + _GHA),
    # --- newman's request-line shape in lower case from another tool ---------------------------------------------
    # a mirror-sync script printing its fetches in newman's shape, lower case, then giving up on the 503
    ("gl-lowercase-request-line-mirror-503", "transient",
     "$ ./scripts/sync-assets.sh\n"
     "  get https://assets.example-cdn.net/v3/icons.tar.gz [503 Service Unavailable, 0B, 30.1s]\n"
     "sync-assets: giving up after 3 attempts: 503 Service Unavailable from assets.example-cdn.net\n" + _GL),
    # --- Laravel ----------------------------------------------------------------------------------------------------------
    # --- controls -------------------------------------------------------------------------------------------------
    # Gomega's timeout over a pod still Pending (no stuck state named): read as before, a slow cluster
    ("gha-gomega-eventually-pending-control", "transient",
     "  [FAILED] Timed out after 30.001s.\n"
     "  The function passed to Eventually returned the following error:\n"
     "      pod \"worker-0\" is not ready: phase Pending\n"
     "  In [It] at: /home/runner/work/op/op/test/e2e/worker_test.go:88\n"
     "Ran 31 of 31 Specs in 301.2 seconds\n"
     "FAIL! -- 30 Passed | 1 Failed | 0 Pending | 0 Skipped\n" + _GHA),
    # a token's real 403 two lines under an earlier request's secondary rate limit that was waited out
    ("gha-octokit-rate-limit-waited-then-scope-403", "real",
     "$ node scripts/publish-release.js\n"
     "Warning: You have exceeded a secondary rate limit. Retrying after 60 seconds.\n"
     "Retry 1/3 of POST /repos/acme/cli/releases succeeded.\n"
     "Error: Request failed with status code 403\n"
     "  message: 'Resource not accessible by integration'\n" + _GHA),
]

NOT_SURELY_TRANSIENT = [
    # tlmgr's older-remote text for a local mirror the job rsyncs weekly: behind until it syncs, whatever the rerun
    ("gl-tlmgr-local-mirror-older-current-wording",
     "$ tlmgr option repository /cache/tlnet-mirror\n"
     "$ tlmgr update --self\n"
     "tlmgr: Remote database at /cache/tlnet-mirror\n"
     "(revision 73001 of the texlive-scripts package)\n"
     "seems to be older than the local installation\n"
     "(revision 73410 of texlive-scripts);\n"
     "please use a different mirror and/or wait a day or two.\n" + _GL),
    # sccache's SIGKILL under cc-rs (a C build under cargo's build script): a C compile's kill, read lightly
    ("gha-sccache-sigkill-under-cc-rs",
     "error: failed to run custom build command for `geo-sys v0.3.1`\n\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/home/runner/work/g/g/target/release/build/geo-sys-1a2b3c/"
     "build-script-build` (exit status: 1)\n"
     "  --- stderr\n"
     "  sccache: Compile terminated by signal 9\n"
     "  error occurred: Command \"sccache\" \"cc\" \"-O3\" \"-c\" \"vendor/geo.c\" with args \"cc\" did not execute "
     "successfully (status code exit status: 2).\n" + "##[error]Process completed with exit code 101.\n"),
    # Volcano's wait naming a job that failed (its pods exited with an error): the controller or the image, not a
    # slow cluster
    ("gha-volcano-wait-actual-failed",
     "  [FAILED] Expected success, but got an error:\n"
     "      [Wait time out]: expected job 'qj-1' to be in status Running, actual get Failed\n"
     "--- FAIL: TestE2E (312.11s)\nFAIL\n" + _GHA),
    # Kueue's e2e: Gomega's Eventually with the kind node's image pull of the image the job built and did not load
    ("prow-kueue-eventually-image-pull-backoff",
     "  [FAILED] Timed out after 45.001s.\n"
     "  The function passed to Eventually returned the following error:\n"
     "      pod \"kueue-controller-manager-7d9f\" is not ready: ImagePullBackOff: Back-off pulling image "
     "\"us-central1-docker.pkg.dev/k8s-staging-images/kueue/kueue:e2e-5a1f0c\"\n"
     "  In [BeforeSuite] at: /home/prow/go/src/sigs.k8s.io/kueue/test/e2e/singlecluster/suite_test.go:71\n"
     "Ran 0 of 58 Specs in 61.410 seconds\n"
     "FAIL! -- A BeforeSuite node failed so all tests were skipped.\n"),
    # Kubeflow's training operator e2e: the wait ran out on a worker that keeps crashing
    ("gha-kubeflow-wait-crashloop",
     "+ kubectl wait --for=condition=Succeeded pytorchjob/mnist --timeout=600s\n"
     "error: timed out waiting for the condition on pytorchjobs/mnist\n"
     "+ kubectl get pods\n"
     "NAME              READY   STATUS             RESTARTS      AGE\n"
     "mnist-master-0    0/1     CrashLoopBackOff   6 (41s ago)   10m\n"
     "mnist-worker-0    0/1     CrashLoopBackOff   6 (38s ago)   10m\n" + _GHA),
    # a Laravel feature test whose controller called a live upstream (no fake) that answered 503: a flaky dependency,
    # but the test's 500 page is the app's: no sure verdict either way from this log alone
    ("gha-laravel-live-upstream-503", "  FAILED  Tests\\Feature\\RatesTest > converts currency\n"
     "  Expected response status code [200] but received 500.\n"
     "  Failed asserting that 500 is identical to 200.\n\n"
     "  The following exception occurred during the last request:\n\n"
     "  Illuminate\\Http\\Client\\RequestException: HTTP request returned status code 503:\n"
     "  <html><head><title>503 Service Temporarily Unavailable</title></head></html>\n\n"
     "  Tests:    1 failed, 88 passed (201 assertions)\n" + _GHA),
    # Http::fake answering 503 for the upstream, the app's error page under the status assertion: the test's own fake,
    # though the log reads the same as a live upstream's 503 (the next case): unknown, no rerun proposed
    ("gha-laravel-http-fake-503",
     "  FAILED  Tests\\Feature\\WeatherTest > shows cached forecast when upstream is down\n"
     "  Expected response status code [200] but received 503.\n"
     "  Failed asserting that 503 is identical to 200.\n\n"
     "  The following exception occurred during the last request:\n\n"
     "  Illuminate\\Http\\Client\\RequestException: HTTP request returned status code 503:\n"
     "  <!DOCTYPE html><html><head><title>Service Unavailable</title></head></html>\n\n"
     "  Tests:    1 failed, 88 passed (201 assertions)\n" + _GHA),
    # tlmgr's older wording (no location) where the job set a local repository
    ("gha-tlmgr-local-repository-older-2024-wording",
     "+ tlmgr option repository /srv/texlive/tlnet\n"
     "+ tlmgr install --no-persistent-downloads booktabs\n"
     "tlmgr: Remote database (revision 71234 of the texlive-scripts package)\n"
     "seems to be older than the local installation (rev 71300 of\n"
     "texlive-scripts); please use a different mirror and/or wait a day or two.\n" + _GHA),
    # Gomega's timeout over an operator pod that keeps crashing (the image the job built)
    ("gha-gomega-eventually-crashloop",
     "  [FAILED] Timed out after 120.000s.\n"
     "  The function passed to Eventually returned the following error:\n"
     "      deployment \"op-controller\" not available: pod op-controller-5c9d7 is in CrashLoopBackOff\n"
     "  In [BeforeSuite] at: /home/runner/work/op/op/test/e2e/suite_test.go:54\n"
     "Ran 0 of 31 Specs in 131.2 seconds\n"
     "FAIL! -- A BeforeSuite node failed so all tests were skipped.\n" + _GHA),
]

# pkgin refused by a repository on the job's own loopback host: pkgin-download-broke-off does not read it (the
# catalogue's loopback refusal, connection-refused, reads it as a server not up yet, as it reads any tool's)
PKGIN_LOOPBACK = [
    # pkgin against the job's own repository on the loopback host, never started
    ("gha-pkgin-own-loopback-repo-refused",
     "+ PKG_REPOS=http://127.0.0.1:8080/packages/All pkgin -y install geoext\n"
     "reading local summary...\n"
     "pkgin: Could not fetch http://127.0.0.1:8080/packages/All/pkg_summary.xz: Connection refused\n" + _GHA),
]

# Known misreadings, kept as strict expected failures: none (polish27 reads the golden diff's error in place of the
# exporter's output as that error, structure.error_in_place_of_output, and cargo's rustc kill beside rustc's coded error
# as no outage, cargo-rustc-killed; test_xfails27.py tries both on other shapes)
KNOWN_MISREAD: dict[str, str] = {}

# the cases postgres-server-crashed-under-regression-tests must not read (no server under test)
NOT_PG_CRASH = ["gha-golden-diff-client-cli-managed-db", "travis-normal-diff-client-remote-db",
                "circleci-jest-shared-db-server-closed", "gl-pytest-psycopg-server-closed",
                "buildkite-rspec-pg-unable-to-send"]

_ALL = {c[0]: c[-1] for c in CASES} | dict(NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review26_a_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review26_a_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize("case_id", NOT_PG_CRASH)
def test_review26_a_client_libpq_words_are_no_server_crash(case_id: str) -> None:
    v = judge(_ALL[case_id])
    assert _PG_CRASH not in signatures(v), v.rationale


# a failed test named for a timeout whose message is a localized timeout shown as mojibake (a Windows agent's console)
_TIMING_TEST = {"name": "test_connect_timeout", "classname": "tests.test_client",
                "message": "OSError: [Errno 110] " + _moji("Die Wartezeit für die Verbindung ist abgelaufen")}
_TIMING_TWIN = dict(_TIMING_TEST, message="OSError: [Errno 110] Connection timed out")
_TIMING_LOG = "FAILED tests/test_client.py::test_connect_timeout - OSError\n1 failed in 3.02s\n" + _CI


def test_review26_a_mojibake_test_message_reads_as_its_english_twin() -> None:
    read, twin = judge(_TIMING_LOG, failed_tests=[_TIMING_TEST]), judge(_TIMING_LOG, failed_tests=[_TIMING_TWIN])
    assert (read.verdict, signatures(read)) == (twin.verdict, signatures(twin)), (read.rationale, twin.rationale)


@pytest.mark.parametrize("log", logs(PKGIN_LOOPBACK))
def test_review26_a_pkgin_loopback_is_no_mirror_outage(log: str) -> None:
    assert "pkgin-download-broke-off" not in signatures(judge(log))


# a test named for a timeout whose pytest report compares message texts (a localized timeout's text among them): the
# values it compared, not a timeout it met (review 26a: values_time masks the literals of such a comparison)
_I18N_LOG = "FAILED tests/test_i18n.py::test_request_timeout_message_de - AssertionError\n1 failed in 0.11s\n" + _CI
COMPARED_MESSAGES = [
    ("i18n-localized-timeout-literal", "AssertionError: assert 'Zeitüberschreitung beim Lesen' == "
                                       "'Die Wartezeit für die Verbindung ist abgelaufen'"),
    ("i18n-mojibake-timeout-literal", "AssertionError: assert 'Zeitüberschreitung beim Lesen' == '"
                                      + _moji("Die Wartezeit für die Verbindung ist abgelaufen") + "'"),
    ("i18n-english-timeout-literal", "AssertionError: assert 'Timeout beim Lesen' == 'Connection timed out'"),
]


@pytest.mark.parametrize("message", logs(COMPARED_MESSAGES))
def test_review26_a_compared_timeout_text_is_no_timeout(message: str) -> None:
    test = {"name": "test_request_timeout_message_de", "classname": "tests.test_i18n", "message": message}
    reads(_I18N_LOG, "real", failed_tests=[test])


def test_review26_a_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, PKGIN_LOOPBACK, COMPARED_MESSAGES)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (a guard against patterns
# that backtrack: this review's edits and its entry)
LONG_LINE_WORDS = [
    "+server closed the connection unexpectedly\n+",
    "> server closed the connection unexpectedly\n> \tThis probably means the server terminated abnormally\n",
    "connection to server was lost",
    "and the repository are not compatible:\n      local: 2024\n repository: 2023 (https://",
    "/historic/",
    "Remote database at /",
    "option repository https://",
    "Execution failed for task ':lib:compileJava'.\n> Could not read workspace metadata from ",
    "error[E0308]: ",
    "pkgin: Could not fetch http://127.0.0.1:8080/",
    "download error: http://localhost/",
    "Timed out after 30.001s.\n",
    "ImagePullBackOff",
    "AssertionError: assert 'a' == '",
]
