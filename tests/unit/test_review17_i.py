"""Review 17i of the seventeenth round's db_cli_clients entries and the ci-runner-lost unless_log they widened:
adversarial logs (made up) where a readiness loop's words sit above a later step the time limit ended, a runner lost
while the loop ran, pg_isready or SQL Server refusing while the server stops on the project's own config or init
script, the Mongo driver's closed connection in a test of connection handling, SQL Server's Msg header for states a
rerun passes or in a test's output, and redis-cli's unresolved name in a loop that got through; with guards."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, reads

CASES: list[tuple[str, str, str]] = [
    # the loop's step ended (a later Run step began): the time limit ended an apt mirror that would not connect
    (
        "loop-quiet-ok-then-apt-hang",
        "transient",
        "##[group]Run until pg_isready -q -h localhost; do sleep 1; done\n"
        "until pg_isready -q -h localhost; do sleep 1; done\n"
        "shell: /usr/bin/bash -e {0}\n"
        "##[endgroup]\n"
        "##[group]Run sudo apt-get install -y libpq-dev\n"
        "Reading package lists...\n"
        "0% [Connecting to azure.archive.ubuntu.com (52.147.219.192)]\n"
        "Err:1 http://azure.archive.ubuntu.com/ubuntu jammy/main amd64 libpq-dev amd64 14.11-0ubuntu0.22.04.1\n"
        "  Could not connect to azure.archive.ubuntu.com:80 (52.147.219.192), connection timed out\n"
        "##[error]The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 20 minutes.\n"
        "##[error]The operation was canceled.\n",
    ),
    # a later GitLab command began after the loop: the time limit ended pip's read timeouts on PyPI
    (
        "gitlab-loop-ok-then-pip-hang",
        "transient",
        "$ until mysqladmin ping -h mysql --silent; do sleep 2; done\n"
        "$ pip install -r requirements.txt\n"
        "Collecting django==4.2.11\n"
        "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/django/\n"
        "ERROR: Job failed: execution took longer than 1h0m0s seconds\n",
    ),
    # the shell trace went on to npm ci after the loop: the time limit ended the registry's read timeouts
    (
        "gha-same-step-loop-then-npm-hang",
        "transient",
        "##[group]Run until pg_isready -q -h localhost; do sleep 1; done\n"
        "  until pg_isready -q -h localhost; do sleep 1; done\n"
        "  npm ci\n"
        "  npm test\n"
        "shell: /usr/bin/bash -ex {0}\n"
        "##[endgroup]\n"
        "+ pg_isready -q -h localhost\n"
        "+ npm ci\n"
        "npm WARN tarball tarball data for lodash@4.17.21 seems to be corrupted. Trying again.\n"
        "npm ERR! network request to https://registry.npmjs.org/lodash failed, reason: read ETIMEDOUT\n"
        "##[error]The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 20 minutes.\n"
        "##[error]The operation was canceled.\n",
    ),
    # the runner received a shutdown signal while the loop ran: the executor, not the service
    (
        "loop-runner-lost",
        "transient",
        "##[group]Run until redis-cli -h localhost ping; do sleep 1; done\n"
        "until redis-cli -h localhost ping; do sleep 1; done\n"
        "##[endgroup]\n"
        "Could not connect to Redis at localhost:6379: Connection refused\n"
        "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n"
        "##[error]The operation was canceled.\n",
    ),
    # the loop got through; the build failed to compile before the time limit
    (
        "loop-ok-then-compile-error-then-timeout",
        "real",
        "$ until pg_isready -h postgres; do sleep 1; done\n"
        "postgres:5432 - accepting connections\n"
        "$ cargo build\n"
        "error[E0308]: mismatched types\n"
        " --> src/main.rs:4:18\n"
        'error: could not compile `shop` (bin "shop") due to 1 previous error\n'
        "$ cargo test\n"
        "ERROR: Job failed: execution took longer than 1h0m0s seconds\n",
    ),
    # the loop's step ended; a test failed on its assertion before the time limit cancelled the job
    (
        "loop-ok-later-tests-fail-canceled",
        "real",
        "##[group]Run until mysqladmin ping -h 127.0.0.1 --silent; do sleep 1; done\n"
        "##[endgroup]\n"
        "##[group]Run npx jest\n"
        "  ● orders › totals\n"
        "    expect(received).toBe(expected)\n"
        "    Expected: 120\n"
        "    Received: 118\n"
        "Tests:       1 failed, 80 passed, 81 total\n"
        "##[error]The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 20 minutes.\n"
        "##[error]The operation was canceled.\n",
    ),
    # the image's entrypoint shut the server down after the project's init script failed on a syntax error
    (
        "pg-init-script-broke-then-rejecting",
        "real",
        "db-1  | /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/01-schema.sql\n"
        'db-1  | psql:/docker-entrypoint-initdb.d/01-schema.sql:7: ERROR:  syntax error at or near "TABEL"\n'
        "db-1  | LINE 1: CREATE TABEL accounts (\n"
        "db-1  | 2026-05-04 09:12:43.118 UTC [48] LOG:  received fast shutdown request\n"
        "+ docker compose exec -T db pg_isready -U postgres\n"
        "/var/run/postgresql:5432 - rejecting connections\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # the server refused the project's postgresql.conf and exited: the probe saw it stopping, every run
    (
        "pg-config-crashloop-rejecting",
        "real",
        'db-1  | 2026-05-04 09:12:40.001 UTC [1] LOG:  unrecognized configuration parameter "shared_preload_libary" in file "/etc/postgresql/postgresql.conf" line 12\n'
        'db-1  | 2026-05-04 09:12:40.002 UTC [1] FATAL:  configuration file "/etc/postgresql/postgresql.conf" contains errors\n'
        "db-1 exited with code 1\n"
        "+ pg_isready -h localhost -p 5432\n"
        "localhost:5432 - rejecting connections\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # a failover test that restarts the server itself failed on the code's reconnect handling
    (
        "mongo-test-kills-server-reconnect",
        "real",
        " FAIL  test/failover.test.ts\n"
        "  ● failover › resumes the change stream after the server restarts\n"
        "\n"
        "    MongoNetworkError: connection 4 to 127.0.0.1:27017 closed\n"
        "\n"
        "      at Connection.onClose (node_modules/mongodb/src/cmap/connection.ts:347:22)\n"
        "      at test/failover.test.ts:58:5\n"
        "\n"
        "Tests:       1 failed, 31 passed, 32 total\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # the suite's own in-memory server stopped in its after-all hook under open connections: the test's teardown
    (
        "mongo-memory-server-stopped-by-test",
        "real",
        "  1) OrderRepository\n"
        '       "after all" hook: stop server:\n'
        "     MongoNetworkError: connection 12 to 127.0.0.1:41235 closed\n"
        "      at Connection.onClose (node_modules/mongodb/lib/cmap/connection.js:134:19)\n"
        "\n"
        "  40 passing (3s)\n"
        "  1 failing\n"
        "\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # a Go test of a sqlcmd output parser failed; the Msg lines are its input, no sqlcmd ran
    (
        "mssql-msg-in-test-expected",
        "real",
        "--- FAIL: TestParseSqlcmdOutput (0.00s)\n"
        "    parse_test.go:40: unexpected error count 0 for output:\n"
        "Msg 1205, Level 13, State 51, Server sql1, Line 9\n"
        "Msg 208, Level 16, State 1, Server sql1, Line 2\n"
        "Invalid object name 'orders'.\n"
        "FAIL\n"
        "FAIL\texample.org/acme/sqlrun\t0.011s\n"
        "FAIL\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # guard: a bare service name no resolver knows, nothing later resolved it
    (
        "redis-name-guard",
        "real",
        "+ redis-cli -h cache ping\n"
        "Could not connect to Redis at cache:6379: Name or service not known\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # guard: a test compared a CQL syntax message and failed on it
    (
        "cql-test-expected",
        "real",
        "FAIL: test_error_text (tests.test_loader.LoaderTest)\n"
        "AssertionError: 'SyntaxException: line 1:0 no viable alternative at input' not found in 'InvalidRequest: code=2200'\n"
        "FAILED (failures=1)\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # guard: ODBC 18 refusing the container's self-signed certificate without -C
    (
        "cert-guard",
        "real",
        "+ /opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P \"$SA_PASSWORD\" -Q 'SELECT 1'\n"
        "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : SSL Provider: [error:0A000086:SSL routines::certificate verify failed:self-signed certificate].\n"
        "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Client unable to establish connection. For solutions related to encryption errors, see https://go.microsoft.com/fwlink/?linkid=2226722.\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # guard: the app logged the upgrade refusal, retried and connected; a test then failed on a value
    (
        "mssql-upgrade-app-log-then-test-fail",
        "real",
        "warn: Acme.Data.Startup[0] Login failed for user 'sa'. Reason: Server is in script upgrade mode. Only administrator can connect at this time.; retrying in 2s\n"
        "info: Acme.Data.Startup[0] Connected to SQL Server 16.0.4135\n"
        "  Failed Acme.Orders.Tests.TotalsTests.AppliesDiscount [31 ms]\n"
        "  Error Message:\n"
        "   Assert.Equal() Failure: Values differ\n"
        "Expected: 120\n"
        "Actual:   118\n"
        "Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41, Duration: 3 s\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # guard: mongosh's seed met the job's service restarting (monitor connection closed), no tests ran
    (
        "mongo-guard-service-restart",
        "transient",
        '+ mongosh "mongodb://127.0.0.1:27017/shop" --quiet scripts/seed.js\n'
        "MongoServerSelectionError: connection <monitor> to 127.0.0.1:27017 closed\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # the wait loop got PONG once the service came up; npm's registry reset the install
    (
        "redis-name-loop-then-pong-then-reset",
        "transient",
        "+ until redis-cli -h redis ping; do sleep 1; done\n"
        "Could not connect to Redis at redis:6379: Name or service not known\n"
        "Could not connect to Redis at redis:6379: Name or service not known\n"
        "PONG\n"
        "+ npm ci\n"
        "npm ERR! code ECONNRESET\n"
        "npm ERR! network aborted\n"
        "npm ERR! network This is a problem related to network connectivity.\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # the Msg header was a passing test's output; the artifact upload's reset failed the job
    (
        "mssql-msg-passing-test-then-outage",
        "transient",
        "=== RUN   TestReportsScriptErrors\n"
        "Msg 102, Level 15, State 1, Server sql1, Line 4\n"
        "Incorrect syntax near 'TABEL'.\n"
        "--- PASS: TestReportsScriptErrors (0.21s)\n"
        "PASS\n"
        "ok  \texample.org/acme/sqlrun\t0.402s\n"
        "##[group]Run actions/upload-artifact@v4\n"
        "Error: Failed to CreateArtifact: Unable to make request: ECONNRESET\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # guard: a passing test logged a CQL syntax error; Codecov's 503 and reset failed the job
    (
        "cql-passing-test-log-then-outage",
        "transient",
        "tests/test_schema.py::test_rejects_bad_cql PASSED\n"
        "------------------------------ Captured log call -------------------------------\n"
        "WARNING  acme.cql:loader.py:41 statement rejected: SyntaxException: line 1:0 no viable alternative at input 'SELEC'\n"
        "======================== 40 passed in 12.1s ========================\n"
        "##[group]Run codecov/codecov-action@v4\n"
        'error - 2026-05-04 09:12:41,221 -- Commit creating failed: {"detail":"Service unavailable"}\n'
        "curl: (56) Recv failure: Connection reset by peer\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # guard: the runner lost communication with the server while the loop ran
    (
        "loop-lost-communication",
        "transient",
        "$ until pg_isready -h postgres; do sleep 1; done\n"
        "postgres:5432 - no response\n"
        "##[error]The hosted runner: GitHub Actions 3 lost communication with the server. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.\n",
    ),
]

# an outage or a server state a rerun passes: must not read real
NOT_REAL: list[tuple[str, str]] = [
    # SQL Server's 1807 (model locked by a concurrent CREATE DATABASE, 'Retry the operation later') and the 1802 it causes
    (
        "mssql-msg-1807-model-lock",
        "+ /opt/mssql-tools18/bin/sqlcmd -C -S localhost -U sa -P \"$SA_PASSWORD\" -Q 'CREATE DATABASE app_test'\n"
        "Msg 1807, Level 16, State 3, Server sql1, Line 1\n"
        "Could not obtain exclusive lock on database 'model'. Retry the operation later.\n"
        "Msg 1802, Level 16, State 4, Server sql1, Line 1\n"
        "CREATE DATABASE failed. Some file names listed could not be created. Check related errors.\n"
        "##[error]Process completed with exit code 1.\n",
    ),
    # SQL Server's 922: the database still recovering after the container started
    (
        "mssql-msg-922-recovering",
        '+ /opt/mssql-tools18/bin/sqlcmd -C -S localhost -U sa -P "$SA_PASSWORD" -d app_test -i db/seed.sql\n'
        "Msg 922, Level 14, State 1, Server sql1, Line 1\n"
        "Database 'app_test' is being recovered. Waiting until recovery is finished.\n"
        "##[error]Process completed with exit code 1.\n",
    ),
]

# printed both for a slow service and a broken one: no rerun with confidence
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # guard: a mysqladmin loop refused until GitHub's time limit: a slow server and one broken by the change look the same
    (
        "loop-guard-job-timeout",
        "$ while ! mysqladmin ping -h127.0.0.1 --silent; do sleep 1; done\n"
        "mysqladmin: connect to server at '127.0.0.1' failed\n"
        "error: 'Can't connect to MySQL server on '127.0.0.1:3306' (111)'\n"
        "##[error]The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 20 minutes.\n"
        "##[error]The operation was canceled.\n",
    ),
    # SQL Server's script upgrade failed for good on this image and volume: the refusal is not a start-up race
    (
        "mssql-upgrade-failed-on-project-volume",
        "mssql-1  | Script level upgrade for database 'master' failed because upgrade step 'msdb110_upgrade.sql' encountered error 598, state 1, severity 25. This is a serious error condition which might interfere with regular operation and the database will be taken offline.\n"
        "mssql-1  | Error: 18456, Severity: 14, State: 7.\n"
        "mssql-1 exited with code 1\n"
        "+ /opt/mssql-tools18/bin/sqlcmd -C -S localhost -U app -P \"$APP_PASSWORD\" -Q 'SELECT 1'\n"
        "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'app'. Reason: Server is in script upgrade mode. Only administrator can connect at this time..\n"
        "##[error]Process completed with exit code 1.\n",
    ),
]

assert_unique_ids(CASES, NOT_REAL, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_reads(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_REAL])
def test_not_real(log: str) -> None:
    v = judge(log)
    assert v.verdict != "real", v.rationale


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_SURELY_TRANSIENT])
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
