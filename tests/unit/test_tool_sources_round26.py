"""Twenty-sixth round, tool sources: tools' own words that the engine read wrong in this round's blind threads.

Covered: PostgreSQL's client after the server under test crashed in the job's own regression run (libpq's "server
closed the connection unexpectedly" / "This probably means the server terminated abnormally" and psql's "connection
to server was lost" as added lines of a regression.diffs hunk, under pg_prove, and the postmaster's log of a backend
killed by a crash signal); TeX Live's tlmgr failing to get texlive.tlpdb from a CTAN mirror and its older wording of
a mirror behind the installation; Gradle's "Could not read workspace metadata from .../metadata.bin" (its immutable
workspaces in the user-home cache); sccache's "Compile terminated by signal 9" under cargo and under a C/C++ build;
NetBSD pkgin's truncated or failed downloads; Volcano's e2e "[Wait time out]: expected job ... to be in status
Running, actual get Pending" (Gomega's Eventually timeouts are in test_rules23_crashes_waits.py, not repeated here).

Each case is a short log written for this test around one message as the tool prints it. The wording was read from
the tools' source (the comment above each case names the repository and file holding the format string):
postgres/postgres (src/interfaces/libpq/fe-misc.c pqReadData, src/test/regress/pg_regress.c, read through the code
index), TeX-Live/installer (tlpkg/TeXLive/TLPDB.pm from_file, texmf-dist/scripts/texlive/tlmgr.pl OLD_REMOTE_MSG and
setup_one_remotetlpdb, read in a fetched snapshot), gradle/gradle (DefaultImmutableWorkspaceMetadataStore,
AssignImmutableWorkspaceStep, read through the code index), mozilla/sccache (src/commands.rs, read in a fetched
snapshot), NetBSDfr/pkgin (summary.c, download.c, messages.h, read in a fetched snapshot), volcano-sh/volcano
(test/e2e/util, read through the code index). Recalled rather than read, and marked so: psql's "connection to server
was lost", the postmaster's "server process (PID n) was terminated by signal n: ...", TAP::Harness's pg_prove lines,
libarchive's "truncated gzip input", libfetch's error strings, Gradle's "What went wrong" frame around the message.
Hosts, projects and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the job's own PostgreSQL server crashing under its regression tests (libpq's words in a regression.diffs hunk or
    under pg_prove, a backend killed by signal 11/6 in the server's log) -> real (the code under test crashed it);
    the same libpq words from a remote or managed database outside a regression run keep their transient reading;
    a backend SIGKILLed (signal 9, the OOM killer) is not read as the code's crash;
  * tlmgr that could not get texlive.tlpdb from a CTAN mirror's live tree, or whose mirror is behind the local
    installation (both wordings) -> transient; "Local TeX Live (YYYY) is older than remote repository (YYYY)" and a
    package not in the repository -> real; the same failure from a historic archive or a local path -> not surely
    transient;
  * Gradle's unreadable metadata.bin of an immutable workspace (transforms, DSL script caches) -> transient; the 8.x
    warning that a workspace was modified (the build re-executes and goes on) is no evidence: the compile error
    after it decides;
  * sccache's compiler SIGKILLed under cargo (rustc) -> transient, as rustc's own SIGKILL reads; under a C/C++ build
    -> not surely transient (as a compiler's own kill reads); another signal -> not surely transient;
  * pkgin's truncated pkg_summary or package, a fetch failing mid-stream, a timeout, a refused connection or a 5xx
    -> transient; a 404 or a damaged archive -> not surely transient;
  * an e2e helper's timed-out wait for a cluster object's status (Volcano's "[Wait time out]") -> neither surely real
    nor surely transient; the same comparison without the wait's marker (a unit test) -> real.
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
_GHA101 = "##[error]Process completed with exit code 101.\n"
_GL = "ERROR: Job failed: exit code 1\n"

# pg_regress's summary, older (pre-16) form (src/test/regress/pg_regress.c: "test %-28s ... ", "FAILED", log_child_failure
# " (test process exited with exit code %d)", the " %d of %d tests failed. " banner and the regression.diffs pointer)
_PG_REGRESS_OLD = (
    "+ make installcheck\n"
    "============== dropping database \"contrib_regression\" ==============\n"
    "============== creating database \"contrib_regression\" ==============\n"
    "============== running regression test queries        ==============\n"
    "test geo_setup                   ... ok           41 ms\n"
    "test geo_agg                     ... FAILED (test process exited with exit code 2)       98 ms\n"
    "test geo_window                  ... FAILED (test process exited with exit code 2)        3 ms\n"
    "\n"
    "======================\n"
    " 2 of 3 tests failed. \n"
    "======================\n"
    "\n"
    "The differences that caused some tests to fail can be viewed in the\n"
    "file \"/home/runner/work/geoext/geoext/regression.diffs\".  A copy of the test summary that you see\n"
    "above is saved in the file \"/home/runner/work/geoext/geoext/regression.out\".\n"
    "\n"
    "make: *** [/usr/lib/postgresql/15/lib/pgxs/src/makefiles/pgxs.mk:433: installcheck] Error 1\n")
# pg_regress's TAP form (16+: test_status_print "%sok %-5i%*s %c %-*s %8.0f ms", diag() lines behind "# ")
_PG_REGRESS_TAP = (
    "+ make installcheck\n"
    "# using postmaster on Unix socket, default port\n"
    "ok 1         - geo_setup                                  41 ms\n"
    "not ok 2     - geo_agg                                    98 ms\n"
    "# (test process exited with exit code 2)\n"
    "not ok 3     - geo_window                                  3 ms\n"
    "# (test process exited with exit code 2)\n"
    "1..3\n"
    "# 2 of 3 tests failed.\n"
    "# The differences that caused some tests to fail can be viewed in the file "
    "\"/home/runner/work/geoext/geoext/regression.diffs\".\n"
    "make: *** [/usr/lib/postgresql/16/lib/pgxs/src/makefiles/pgxs.mk:451: installcheck] Error 1\n")


def _diffs(prefix: str = "") -> str:
    """A regression.diffs hunk (pg_regress's "diff -U3") where psql's output after the crash replaced the rows."""
    return (
        "+ cat regression.diffs\n"
        "diff -U3 /home/runner/work/geoext/geoext/expected/geo_agg.out /home/runner/work/geoext/geoext/results/geo_agg.out\n"
        "--- /home/runner/work/geoext/geoext/expected/geo_agg.out\t2024-05-01 10:00:00.000000000 +0000\n"
        "+++ /home/runner/work/geoext/geoext/results/geo_agg.out\t2024-05-01 10:02:11.000000000 +0000\n"
        "@@ -12,10 +12,9 @@\n"
        " SELECT geo_extent(g) FROM shapes;\n"
        "- geo_extent \n"
        "-------------\n"
        "- (0,0),(10,10)\n"
        "-(1 row)\n"
        "-\n"
        f"+{prefix}server closed the connection unexpectedly\n"
        "+\tThis probably means the server terminated abnormally\n"
        "+\tbefore or while processing the request.\n"
        f"+{prefix}connection to server was lost\n")


# pg_prove (TAP::Harness, recalled) running pgTAP files through psql, which prefixes "psql:<file>:<line>: "
_PG_PROVE = (
    "+ pg_prove -d contrib_regression test/sql/*.sql\n"
    "test/sql/agg.sql ....... 1/12 \n"
    "psql:test/sql/agg.sql:20: server closed the connection unexpectedly\n"
    "\tThis probably means the server terminated abnormally\n"
    "\tbefore or while processing the request.\n"
    "psql:test/sql/agg.sql:20: connection to server was lost\n"
    "test/sql/agg.sql ....... Dubious, test returned 2 (wstat 512, 0x200)\n"
    "Failed 11/12 subtests \n"
    "test/sql/basic.sql ..... ok\n"
    "\n"
    "Test Summary Report\n"
    "-------------------\n"
    "test/sql/agg.sql     (Wstat: 512 Tests: 1 Failed: 0)\n"
    "  Non-zero exit status: 2\n"
    "  Parse errors: Bad plan.  You planned 12 tests but ran 1.\n"
    "Files=2, Tests=13,  2 seconds\n"
    "Result: FAIL\n")

_CARGO = ("+ cargo build --release --locked\n"
          "   Compiling tokio v1.37.0\n"
          "   Compiling geoserv v0.4.0 (/home/runner/work/geoserv/geoserv)\n")
_CMAKE = ("+ cmake --build build -j 4\n"
          "[ 41%] Building CXX object src/CMakeFiles/core.dir/mesh.cpp.o\n"
          "[ 42%] Building CXX object src/CMakeFiles/core.dir/solver.cpp.o\n")

_GRADLE_TAIL = ("\n* Try:\n"
                "> Run with --stacktrace option to get the stack trace.\n"
                "> Run with --info or --debug option to get more log output.\n"
                "> Run with --scan to get full insights.\n\n"
                "BUILD FAILED in 41s\n")

_PKGIN = ("+ pkgin -y update\n"
          "reading local summary...\n"
          "processing local summary...\n")

CASES = [
    # --- PostgreSQL: the server under test crashed in the job's own regression run -------------------------------
    # libpq fe-misc.c pqReadData definitelyEOF (read) in a pg_regress diff hunk, older summary above it
    ("pg-regress-old-summary-diffs-server-closed", "real", _PG_REGRESS_OLD + _diffs() + _GHA),
    # the same under pg_regress's TAP form (16+)
    ("pg-regress-tap-diffs-server-closed", "real", _PG_REGRESS_TAP + _diffs() + _GHA),
    # the hunk alone (a CI step printing regression.diffs after make failed), with psql's "psql:<file>:<line>: " prefix
    ("pg-regress-diffs-psql-prefix", "real",
     _diffs("psql:sql/geo_agg.sql:12: ") + "make: *** [Makefile:31: installcheck] Error 1\n" + _GHA),
    # pgTAP under pg_prove: psql's words, then TAP::Harness's Dubious / Failed subtests for the same file
    ("pg-prove-server-closed", "real", _PG_PROVE + _GHA),
    # the postmaster's log of the backend the tests crashed (postmaster.c LogChildExit, recalled), printed after the run
    ("pg-server-log-backend-segfault", "real",
     _PG_REGRESS_TAP
     + "+ cat /tmp/pgdata/log/postgresql.log\n"
       "2024-05-01 10:02:11.000 UTC [812] LOG:  server process (PID 901) was terminated by signal 11: Segmentation fault\n"
       "2024-05-01 10:02:11.000 UTC [812] DETAIL:  Failed process was running: SELECT geo_extent(g) FROM shapes;\n"
       "2024-05-01 10:02:11.000 UTC [812] LOG:  terminating any other active server processes\n" + _GHA),
    # a project's own tester diffing psql's output with plain diff (normal format: "> " for the result's lines)
    ("pg-normal-diff-server-closed", "real",
     "+ perl tools/run_sql_tests.pl\n"
     "test/route/route.test.sql FAILED: 1,12c1,4\n"
     "< SELECT * FROM geo_route(1, 5);\n"
     "<  seq | node | cost\n"
     "---\n"
     "> server closed the connection unexpectedly\n"
     "> \tThis probably means the server terminated abnormally\n"
     "> \tbefore or while processing the request.\n"
     "> connection to server was lost\n"
     "Process completed with exit code 1.\n"),
    # the same inside a tester's Perl dump of its failures (the line ends in the dump's quoting)
    ("pg-normal-diff-in-perl-dump", "real",
     "+ perl tools/run_sql_tests.pl\n"
     "$VAR1 = {\n"
     "          'test/route/route.test.sql' => 'FAILED: 1,12c1,4\n"
     "---\n"
     "> server closed the connection unexpectedly\n"
     "> \tThis probably means the server terminated abnormally\n"
     "> \tbefore or while processing the request.\n"
     "> connection to server was lost',\n"
     "        };\n"
     "Process completed with exit code 1.\n"),
    # near miss: a managed database dropping the connection under a migration, no regression run: stays transient
    ("psql-remote-database-connection-dropped", "transient",
     "+ psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 -f db/migrate.sql\n"
     "psql: error: connection to server at \"db.example.net\" (10.0.3.4), port 5432 failed: server closed the connection "
     "unexpectedly\n"
     "\tThis probably means the server terminated abnormally\n"
     "\tbefore or while processing the request.\n" + _GHA2),
    # near miss: psql on a script file against a remote host, no TAP harness after it: stays transient
    ("psql-script-remote-connection-lost", "transient",
     "+ psql -h db.example.net -U app -f db/seed.sql\n"
     "psql:db/seed.sql:44: server closed the connection unexpectedly\n"
     "\tThis probably means the server terminated abnormally\n"
     "\tbefore or while processing the request.\n"
     "psql:db/seed.sql:44: error: connection to server was lost\n" + _GHA2),

    # --- TeX Live's tlmgr ---------------------------------------------------------------------------------------------
    # TeX-Live/installer tlpkg/TeXLive/TLPDB.pm from_file (read): a CTAN mirror's live tree that did not answer
    ("tlmgr-from-file-ctan-mirror", "transient",
     "+ tlmgr update --self\n"
     "/usr/local/texlive/2024/bin/x86_64-linux/tlmgr: TLPDB::from_file could not get texlive.tlpdb from: "
     "https://mirror.example.org/CTAN/systems/texlive/tlnet/tlpkg/texlive.tlpdb\n"
     "Maybe the repository setting should be changed.\n"
     "More info: https://tug.org/texlive/acquire.html\n" + _GHA),
    # tlmgr.pl OLD_REMOTE_MSG as of 54ea720a / ef39eac8 (read), through init_tlmedia_or_die's tldie("$prg: $err")
    ("tlmgr-remote-older-2024-wording", "transient",
     "+ tlmgr install --no-persistent-downloads booktabs siunitx\n"
     "tlmgr: Remote database (revision 71234 of the texlive-scripts package)\n"
     "seems to be older than the local installation (rev 71300 of\n"
     "texlive-scripts); please use a different mirror and/or wait a day or two.\n" + _GHA),
    # the current wording (4fd3b095 and HEAD): already read by tex-package-mirror-unavailable
    ("tlmgr-remote-older-current-wording", "transient",
     "+ tlmgr update --self --all\n"
     "tlmgr: Remote database at https://mirror.example.org/CTAN/systems/texlive/tlnet\n"
     "(revision 73001 of the texlive-scripts package)\n"
     "seems to be older than the local installation\n"
     "(revision 73010 of texlive-scripts);\n"
     "please use a different mirror and/or wait a day or two.\n" + _GHA),
    # tlmgr.pl setup_one_remotetlpdb (read): a cross-release upgrade the installed TeX Live cannot do: real
    ("tlmgr-local-older-than-remote", "real",
     "+ tlmgr update --self\n"
     "tlmgr: Local TeX Live (2023) is older than remote repository (2024).\n"
     "Cross release updates are only supported with\n"
     "  update-tlmgr-latest(.sh/.exe) -- --upgrade\n"
     "See https://tug.org/texlive/upgrade.html for details.\n" + _GHA),

    # --- Gradle's immutable workspaces ---------------------------------------------------------------------------------
    # DefaultImmutableWorkspaceMetadataStore.loadWorkspaceMetadata (read at 97fcdda9) under a transform (caches/transforms-3)
    ("gradle-transforms-metadata-unreadable", "transient",
     "> Task :app:compileDebugKotlin FAILED\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:compileDebugKotlin'.\n"
     "> Could not resolve all files for configuration ':app:debugCompileClasspath'.\n"
     "   > Failed to transform core-1.12.0.aar (androidx.core:core:1.12.0) to match attributes "
     "{artifactType=android-classes-jar}.\n"
     "      > Could not read workspace metadata from "
     "/home/runner/.gradle/caches/transforms-3/4f1c2b7a9d0e8f6a5b3c2d1e0f9a8b7c/metadata.bin\n"
     + _GRADLE_TAIL + _GHA),
    # the same in 8.x's caches/<version>/transforms and a build operation that failed at configuration
    ("gradle-versioned-transforms-metadata-unreadable", "transient",
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "A problem occurred configuring project ':core'.\n"
     "> A build operation failed.\n"
     "      Could not read workspace metadata from "
     "/builds/geo/app/.gradle/caches/8.14.3/transforms/c82eb49d1f0a4b7e9d2c3a1b5e6f7a8b/metadata.bin\n"
     "   > Could not read workspace metadata from "
     "/builds/geo/app/.gradle/caches/8.14.3/transforms/c82eb49d1f0a4b7e9d2c3a1b5e6f7a8b/metadata.bin\n"
     + _GRADLE_TAIL + _GL),
    # the Kotlin DSL script cache, on Windows
    ("gradle-kotlin-dsl-metadata-unreadable", "transient",
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "java.io.UncheckedIOException: Could not read workspace metadata from "
     "C:\\Users\\runneradmin\\.gradle\\caches\\8.14\\kotlin-dsl\\scripts\\9d2c3a1b5e6f7a8b4f1c2b7a9d0e8f6a\\metadata.bin\n"
     "> Could not read workspace metadata from "
     "C:\\Users\\runneradmin\\.gradle\\caches\\8.14\\kotlin-dsl\\scripts\\9d2c3a1b5e6f7a8b4f1c2b7a9d0e8f6a\\metadata.bin\n"
     + _GRADLE_TAIL + _GHA),
    # near miss: AssignImmutableWorkspaceStep's warning (read; the work is re-executed), then the change's compile error
    ("gradle-workspace-modified-warning-then-compile-error", "real",
     "> Transform core-1.12.0.aar (androidx.core:core:1.12.0) with DexingNoClasspathTransform\n"
     "The contents of the immutable workspace '/home/runner/.gradle/caches/8.14.3/transforms/4f1c2b7a9d0e8f6a' have been "
     "modified. These workspace directories are not supposed to be modified once they are created. The modification might "
     "have been caused by an external process, or could be the result of disk corruption.\n"
     "> Task :app:compileDebugKotlin FAILED\n"
     "e: file:///home/runner/work/geo/geo/app/src/main/java/org/example/geo/MapView.kt:41:17 Unresolved reference: "
     "extentOf\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:compileDebugKotlin'.\n"
     "> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction\n"
     "   > Compilation error. See log for more details\n" + _GRADLE_TAIL + _GHA),

    # --- sccache -------------------------------------------------------------------------------------------------------
    # mozilla/sccache src/commands.rs (read): rustc SIGKILLed under cargo (sccache exits 2, cargo names rustc)
    ("sccache-rustc-sigkill-under-cargo", "transient",
     _CARGO
     + "sccache: Compile terminated by signal 9\n"
       "error: could not compile `geoserv` (lib)\n\n"
       "Caused by:\n"
       "  process didn't exit successfully: `/home/runner/.cargo/bin/sccache "
       "/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc --crate-name geoserv --edition=2021 "
       "src/lib.rs --crate-type lib` (exit status: 2)\n" + _GHA101),

    # --- NetBSD's pkgin ---------------------------------------------------------------------------------------------------
    # NetBSDfr/pkgin summary.c insert_remote_summary (read) with libarchive's gzip reason (recalled)
    ("pkgin-short-read-truncated-gzip", "transient",
     _PKGIN + "downloading pkg_summary.gz: 100%\n"
              "pkgin: Short read of pkg_summary: truncated gzip input\n" + _GL),
    # download.c sum_read (read): the summary's stream failed mid-way (a reset: connection-reset reads the line too)
    ("pkgin-failure-during-fetch", "transient",
     _PKGIN + "downloading pkg_summary.xz:  38%\n"
              "pkgin: failure during fetch of file: Connection reset by peer\n" + _GL),
    # download.c download_pkg (read): a package cut short
    ("pkgin-package-download-truncated", "transient",
     "+ pkgin -y install git-base py311-pip\n"
     "2 packages to install:\n"
     "  git-base-2.45.1 py311-pip-24.0\n\n"
     "[1/2] git-base-2.45.1.tgz  61%\n"
     "download error: https://cdn.example.org/pub/pkgsrc/packages/NetBSD/x86_64/10.0/All/git-base-2.45.1.tgz truncated\n"
     + _GL),
    # summary.c fetch_summary MSG_COULDNT_FETCH (read) with libfetch's timeout (recalled)
    ("pkgin-could-not-fetch-timed-out", "transient",
     _PKGIN + "pkgin: Could not fetch https://cdn.example.org/pub/pkgsrc/packages/NetBSD/x86_64/10.0/All/pkg_summary.xz: "
              "Operation timed out\n" + _GL),

    # --- Volcano's e2e waits: the comparison without the wait's marker ------------------------------------------------------
    # near miss: a unit test's own comparison in the same words (no "[Wait time out]"): a value, real
    ("volcano-unit-test-status-comparison", "real",
     "--- FAIL: TestJobStatusSync (0.02s)\n"
     "    job_controller_test.go:188: expected job 'sync-job' to be in status Running, actual get Pending\n"
     "FAIL\n"
     "FAIL\tvolcano.sh/volcano/pkg/controllers/job\t0.412s\n" + _GHA),
]

NOT_SURELY_TRANSIENT = [
    # a CTAN historic archive or a local path: the repository setting may be wrong for good
    ("tlmgr-from-file-historic-archive",
     "+ tlmgr option repository https://ftp.example.org/historic/systems/texlive/2021/tlnet-final\n"
     "/opt/texlive/2021/bin/x86_64-linux/tlmgr: TLPDB::from_file could not get texlive.tlpdb from: "
     "https://ftp.example.org/historic/systems/texlive/2021/tlnet-final/tlpkg/texlive.tlpdb\n"
     "Maybe the repository setting should be changed.\n"
     "More info: https://tug.org/texlive/acquire.html\n" + _GHA),
    ("tlmgr-from-file-local-path",
     "/usr/local/texlive/2024/bin/x86_64-linux/tlmgr: TLPDB::from_file could not get texlive.tlpdb from: "
     "/mnt/texlive-iso/tlpkg/texlive.tlpdb\n"
     "Maybe the repository setting should be changed.\n"
     "More info: https://tug.org/texlive/acquire.html\n" + _GHA),
    # tlmgr.pl action_install (read): "$prg install: package $pkg not present in repository."
    ("tlmgr-package-not-present",
     "+ tlmgr install geofonts\n"
     "tlmgr install: package geofonts not present in repository.\n"
     "tlmgr: action install returned an error; continuing.\n"
     "tlmgr: An error has occurred. See above messages. Exiting.\n" + _GHA),
    # sccache's C/C++ compiler SIGKILLed: read as a compiler's own kill is (lightly)
    ("sccache-cxx-sigkill-under-cmake",
     _CMAKE + "sccache: Compile terminated by signal 9\n"
              "gmake[2]: *** [src/CMakeFiles/core.dir/build.make:90: src/CMakeFiles/core.dir/solver.cpp.o] Error 2\n"
              "gmake[1]: *** [CMakeFiles/Makefile2:112: src/CMakeFiles/core.dir/all] Error 2\n" + _GHA2),
    # another signal: a compiler crash, not the machine's memory
    ("sccache-compiler-segfault",
     _CMAKE + "sccache: Compile terminated by signal 11\n"
              "gmake[2]: *** [src/CMakeFiles/core.dir/build.make:90: src/CMakeFiles/core.dir/solver.cpp.o] Error 2\n"
     + _GHA2),
    # pkgin: a 404 (a release or a path the repository does not have), a damaged archive
    ("pkgin-could-not-fetch-not-found",
     _PKGIN + "pkgin: Could not fetch https://cdn.example.org/pub/pkgsrc/packages/NetBSD/x86_64/10.9/All/pkg_summary.xz: "
              "Not Found\n" + _GL),
    ("pkgin-short-read-damaged",
     _PKGIN + "pkgin: Short read of pkg_summary: Damaged tar archive\n" + _GL),
    # the OOM killer's SIGKILL of the backend: not the code's crash, and not surely a passing rerun either
    ("pg-server-log-backend-sigkill",
     _PG_REGRESS_TAP
     + "+ cat /tmp/pgdata/log/postgresql.log\n"
       "2024-05-01 10:02:11.000 UTC [812] LOG:  server process (PID 901) was terminated by signal 9: Killed\n"
       "2024-05-01 10:02:11.000 UTC [812] LOG:  terminating any other active server processes\n"
     + _diffs() + _GHA),
]

# An e2e wait for a cluster object's state that timed out: a slow cluster and a broken controller print the same line
NEITHER_SURE = [
    # volcano-sh/volcano test/e2e/util (read through the code index): fmt.Errorf("[Wait time out]: %s", additionalError)
    ("volcano-wait-time-out-job-status",
     "[Wait time out]: expected job 'test-job' to be in status Running, actual get Pending\n"
     "--- FAIL: TestE2E (600.33s)\nFAIL\n" + _GHA),
    ("volcano-wait-time-out-podgroup-phase",
     "    [Wait time out]: expected podGroup 'pg-1' phase in Running, actual got Pending\n"
     "--- FAIL: TestE2E (600.33s)\nFAIL\n" + _GHA),
    # the same under Ginkgo's report of Expect(err).NotTo(HaveOccurred()) (Gomega's wording recalled)
    ("volcano-wait-time-out-under-ginkgo",
     "• [FAILED] [61.012 seconds]\n"
     "Job Error Handling [It] job level LifecyclePolicy, Event: PodFailed; Action: RestartJob\n"
     "/home/runner/work/volcano/volcano/test/e2e/jobseq/job_error_handling.go:98\n\n"
     "  [FAILED] Expected success, but got an error:\n"
     "      <*errors.errorString | 0xc000a1b2c0>: \n"
     "      [Wait time out]: expected job 'failed-restart-job' to be in status Running, actual get Pending\n"
     "      {\n"
     "          s: \"[Wait time out]: expected job 'failed-restart-job' to be in status Running, actual get Pending\",\n"
     "      }\n"
     "  In [It] at: /home/runner/work/volcano/volcano/test/e2e/jobseq/job_error_handling.go:120\n\n"
     "Summarizing 1 Failure:\n"
     "  [FAIL] Job Error Handling [It] job level LifecyclePolicy, Event: PodFailed; Action: RestartJob\n\n"
     "Ran 12 of 40 Specs in 900.312 seconds\n"
     "FAIL! -- 11 Passed | 1 Failed | 0 Pending | 28 Skipped\n"
     "--- FAIL: TestE2E (900.33s)\nFAIL\n" + _GHA),
    # a Gomega Eventually about a pod's phase (onsi/gomega "Timed out after %.3fs.", as test-event-wait-expired reads it)
    ("gomega-eventually-pod-phase",
     "• [FAILED] [300.012 seconds]\n"
     "[sig-scheduling] Job should run\n"
     "/home/prow/go/src/example.com/op/test/e2e/job_test.go:88\n\n"
     "  [FAILED] Timed out after 300.001s.\n"
     "  expected job 'x' to be in status Running, actual get Pending\n"
     "  Expected\n"
     "      <string>: Pending\n"
     "  to equal\n"
     "      <string>: Running\n"
     "  In [It] at: /home/prow/go/src/example.com/op/test/e2e/job_test.go:102\n\n"
     "Ran 12 of 40 Specs in 900.3 seconds\n"
     "FAIL! -- 11 Passed | 1 Failed | 0 Pending | 28 Skipped\n"
     "--- FAIL: TestE2E (900.33s)\nFAIL\n" + _GHA),
]

# The entry each labelled case is read by, where the case is there for that entry
READ_BY = {
    "pg-regress-old-summary-diffs-server-closed": "postgres-server-crashed-under-regression-tests",
    "pg-regress-tap-diffs-server-closed": "postgres-server-crashed-under-regression-tests",
    "pg-regress-diffs-psql-prefix": "postgres-server-crashed-under-regression-tests",
    "pg-prove-server-closed": "postgres-server-crashed-under-regression-tests",
    "pg-normal-diff-server-closed": "postgres-server-crashed-under-regression-tests",
    "pg-normal-diff-in-perl-dump": "postgres-server-crashed-under-regression-tests",
    "pg-server-log-backend-segfault": "postgres-server-crashed-under-regression-tests",
    "tlmgr-from-file-ctan-mirror": "tlmgr-ctan-mirror-unreachable",
    "tlmgr-remote-older-2024-wording": "tlmgr-ctan-mirror-unreachable",
    "gradle-transforms-metadata-unreadable": "gradle-immutable-workspace-metadata-unreadable",
    "gradle-versioned-transforms-metadata-unreadable": "gradle-immutable-workspace-metadata-unreadable",
    "gradle-kotlin-dsl-metadata-unreadable": "gradle-immutable-workspace-metadata-unreadable",
    "sccache-rustc-sigkill-under-cargo": "sccache-rustc-killed",
    "pkgin-short-read-truncated-gzip": "pkgin-download-broke-off",
    "pkgin-package-download-truncated": "pkgin-download-broke-off",
    "pkgin-could-not-fetch-timed-out": "pkgin-download-broke-off",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_round26_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("cid", "log"), [(c, log) for c, _, log in CASES if c in READ_BY], ids=lambda v: v[:60])
def test_round26_case_is_read_by_its_entry(cid, log):
    assert READ_BY[cid] in signatures(judge(log))


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_round26_ambiguous_or_persistent_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NEITHER_SURE))
def test_round26_cluster_state_waits_read_sure_neither_way(log):
    v = judge(log)
    assert not (v.verdict in ("real", "transient") and v.confidence >= 0.7), (v.verdict, v.confidence, v.rationale)


def test_round26_backend_sigkill_is_not_read_as_the_codes_crash():
    log = dict(NOT_SURELY_TRANSIENT)["pg-server-log-backend-sigkill"]
    assert "postgres-server-crashed-under-regression-tests" not in signatures(judge(log))


def test_round26_sccache_cxx_kill_is_read_lightly():
    log = dict(NOT_SURELY_TRANSIENT)["sccache-cxx-sigkill-under-cmake"]
    assert "sccache-compiler-killed" in signatures(judge(log))


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, NEITHER_SURE)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "+server closed the connection unexpectedly",
    "psql:test/sql/agg.sql:20: server closed the connection unexpectedly",
    "server closed the connection unexpectedly\n",
    "server process (PID 901) was terminated by signal 11: ",
    "TLPDB::from_file could not get texlive.tlpdb from: https://",
    "texlive-scripts); please use a different mirror and/or wait a day or two",
    "Could not read workspace metadata from /home/runner/.gradle/caches/",
    "sccache: Compile terminated by signal 9\n",
    "process didn't exit successfully: `",
    "pkgin: Short read of pkg_summary: ",
    "pkgin: Could not fetch https://",
    "download error: https://",
    "[Wait time out]: expected job '",
]
