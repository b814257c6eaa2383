"""Review 14k of the eleventh round's tool-source entries (circleci, services, browser, deploy, upload,
mobile, runners, pkgs, lint): adversarial logs (made up) where their words sit in text that is not
trouble the job ran into (a test's name or compared values, an application's own log lines, a
changelog, grep output), where the service or worker failed on the change itself (a query that crashes
the server, a payload past the server's limit, a cluster the job configured wrong, a worker that died
on the code), where a post-step met an outage after the job had already failed, and guards where the
same words are the trouble the job ran into."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

E = "##[error]Process completed with exit code 1.\n"
PYFAIL = "FAILED tests/test_api.py::test_totals - assert 3 == 4\n1 failed, 80 passed in 4.20s\n"

REAL: list[tuple[str, str]] = [
    # --- slack-orb-notify-retries
    # the tests failed first; the notification step after them could not reach Slack
    ('slack-after-tests-failed',
     '$ pytest -q\nE       assert 3 == 4\n' + PYFAIL + 'Exited with code exit status 1\n'
     'Sending notification to Slack...\ncurl: (22) The requested URL returned error: 503\n'
     'Error sending notification. Max retries reached\nExited with code exit status 1\n'),
    # --- postgres-connection-lost
    # the extension the job builds crashed the server; the recovery words follow from that crash
    ('pg-extension-segfault-recovery',
     'test_ext.sql ... FAILED\n2024-05-01 10:00:01.120 UTC [61] LOG:  server process (PID 88) was terminated by signal 11: Segmentation fault\n'
     '2024-05-01 10:00:01.120 UTC [61] DETAIL:  Failed process was running: SELECT acme_hash(NULL);\n'
     'psql: error: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  the database system is in recovery mode\n'
     'make: *** [Makefile:31: installcheck] Error 2\n' + E),
    # a test named for the words failed on a type error
    ('pg-test-name-type-error',
     'FAILED tests/test_pool.py::test_reconnects_when_connection_terminated_unexpectedly - TypeError: connect() got an unexpected keyword argument \'retries\'\n'
     '1 failed, 40 passed in 1.10s\n' + E),
    # --- mysql-connection-lost
    # Connector/J names the packet past max_allowed_packet on the error line itself
    ('mysql-packet-too-big-connectorj',
     '[ERROR] importsLargeDocument(com.acme.ImportIT)  Time elapsed: 0.3 s  <<< ERROR!\n'
     'com.mysql.cj.jdbc.exceptions.PacketTooBigException: Packet for query is too large (4,194,405 > 4,194,304). You can change this value on the server by setting the \'max_allowed_packet\' variable.\n'
     '[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0\n[INFO] BUILD FAILURE\n' + E),
    # a test named for the words failed on a KeyError
    ('mysql-test-name-keyerror',
     "FAILED tests/test_db.py::test_reconnect_when_server_has_gone_away - KeyError: 'conn'\n1 failed, 40 passed in 1.10s\n" + E),
    # the application logged the reconnect it made; the test failed on a count
    ('mysql-app-log-then-count',
     '2024-05-01 10:00:01 WARNING app.db Lost connection to MySQL server during query; reconnecting\n2024-05-01 10:00:01 INFO app.db reconnected\n'
     'E       assert 3 == 4\n' + PYFAIL + E),
    # --- redis-server-busy
    # a test named for the words failed on an attribute error
    ('redis-test-name-attr',
     "FAILED tests/test_cache.py::test_retry_on_connection_closed_by_server. - AttributeError: 'Cache' object has no attribute 'retry'\n1 failed, 40 passed in 1.10s\n" + E),
    # --- elasticsearch-cluster-not-ready
    # Elasticsearch 7+ in a container without discovery.type=single-node never elects a master: every run
    ('es-no-single-node-discovery',
     '{"type": "server", "level": "WARN", "message": "master not discovered yet, this node has not previously joined a bootstrapped (v7+) cluster, and [cluster.initial_master_nodes] is empty on this node"}\n'
     "elasticsearch.exceptions.TransportError: TransportError(503, 'master_not_discovered_exception', None)\n"
     'ERROR tests/test_search.py::test_index - elasticsearch.exceptions.TransportError\n1 error in 31.0s\n' + E),
    # the transport client ignores the node because the job names another cluster
    ('es-cluster-name-mismatch',
     '[WARN ] o.e.c.t.TransportClientNodesService - node {#transport#-1}{127.0.0.1:9300} not part of the cluster Cluster [acme], ignoring...\n'
     'NoNodeAvailableException[None of the configured nodes are available: [{#transport#-1}{127.0.0.1:9300}]]\n'
     '[ERROR] Tests run: 5, Failures: 0, Errors: 5, Skipped: 0\n[INFO] BUILD FAILURE\n' + E),
    # --- elasticsearch-disk-watermark
    # an ES client's own test comparing the block message it parses
    ('es-watermark-go-test-want',
     '--- FAIL: TestParseBlock (0.00s)\n    block_test.go:21: parseBlock("FORBIDDEN/12/index read-only / allow delete (api)") = 0, want 12\nFAIL\nFAIL\texample.com/esclient\t0.01s\n' + E),
    # a changelog line of the project's ingest code, then a lint error
    ('es-watermark-changelog-then-lint',
     '$ head -3 CHANGELOG.md\n## 2.4.0\n- Handle flood-stage watermark blocks in bulk ingest (#77)\n$ npx eslint src\n'
     "/app/src/ingest.ts\n  12:7  error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars\n\u2716 1 problem (1 error, 0 warnings)\n" + E),
    # --- kafka-broker-not-available, kafka-unknown-topic
    # a kafkajs test comparing error codes
    ('kafka-jest-compared-codes',
     '  \u25cf admin \u203a maps errors\n\n    expect(received).toEqual(expected) // deep equality\n\n    Expected: "LEADER_NOT_AVAILABLE"\n    Received: "UNKNOWN_TOPIC_OR_PARTITION"\n\nTests:       1 failed, 52 passed, 53 total\n' + E),
    # --- codecov-cli-retries-exhausted
    ('codecov-retries-after-tests-failed',
     'E       assert 3 == 4\n' + PYFAIL + E + 'Run codecov/codecov-action@v4\ninfo - Process Upload complete\n'
     'error - Request failed after too many retries. URL: https://ingest.codecov.io/upload/github/acme/app/commits\n' + E),
    # --- codecov-rate-limited
    ('codecov-rate-after-tests-failed',
     'E       assert 3 == 4\n' + PYFAIL + E + 'Run codecov/codecov-action@v4\n'
     'error - Upload failed: {"message":"Rate limit reached. Please upload with the Codecov repository upload token to resolve issue. Expected time to availability: 1711s."}\n' + E),
    # (hold36) Codecov's limit on TOKENLESS uploads, which names a token as the cure: the job's configuration, on most runs
    # until a token is passed (codecov-tokenless-upload-rate-limited; public threads in its comment); was a transient guard
    ('g-codecov-rate',
     'Run codecov/codecov-action@v4\nerror - Upload failed: {"message":"Rate limit reached. Please upload with the Codecov repository upload token to resolve issue. Expected time to availability: 1711s."}\n' + E),
    # --- sonar-scanner-cache-lock
    # the project's own lock module never released its lock: the code under test
    ('sonar-lock-words-app-lock',
     '    def test_release_on_exit():\n        with FileLock(path):\n            pass\n>       with FileLock(path, tries=3):\n'
     'E       app.locks.LockError: unable to get lock after 3 tries\nsrc/app/locks.py:40: LockError\n'
     'FAILED tests/test_locks.py::test_release_on_exit - app.locks.LockError: unable to get lock after 3 tries\n1 failed, 12 passed in 0.9s\n' + E),
    # --- fastlane-apple-service-outage
    # a spec of a fastlane plugin comparing the message it prints
    ('fastlane-rspec-compared',
     'Failures:\n\n  1) Upload retries on apple errors\n     Failure/Error: expect(output).to include("Apple 502 detected")\n\n'
     '       expected "Apple 500 detected" to include "Apple 502 detected"\n     # ./spec/upload_spec.rb:12\n\nFinished in 0.2 seconds\n3 examples, 1 failure\n' + E),
    # --- test-worker-lost
    # the worker died of the code's unbounded recursion (a stack overflow, same every run)
    ('worker-xdist-python-stack-overflow',
     'Fatal Python error: _Py_CheckRecursiveCall: Cannot recover from stack overflow.\nPython runtime state: initialized\n'
     'Current thread 0x00007f (most recent call first):\n[gw1] node down: Not properly terminated\nreplacing crashed worker gw1\n'
     "FAILED tests/test_tree.py::test_deep_tree\n1 failed, 200 passed in 12.0s\n" + E),
    # jest-worker cannot send a BigInt in a failure back: the same test fails the same way every run
    ('worker-jest-bigint-serialize',
     '    TypeError: Do not know how to serialize a BigInt\n        at stringify (<anonymous>)\n'
     '    Jest worker encountered 4 child process exceptions, exceeding retry limit\n'
     'Test Suites: 1 failed, 40 passed, 41 total\n' + E),
    # the code under test threw on a background thread: the test host goes down every run
    ('worker-vstest-unhandled-exception',
     'Unhandled exception. System.InvalidOperationException: Collection was modified; enumeration operation may not execute.\n'
     '   at Acme.Cache.Evictor.Run() in /src/Acme/Cache/Evictor.cs:line 40\n'
     'The active test run was aborted. Reason: Test host process crashed : Unhandled exception. System.InvalidOperationException: Collection was modified\n'
     'Results File: /tmp/TestResults/run.trx\nTest Run Aborted.\nThe active test run was aborted because the host process exited unexpectedly.\n' + E),
    # --- test-runner-time-limit
    # Vitest's RPC timeout after the tests had already failed on values
    ('vitest-rpc-timeout-after-failures',
     ' FAIL  src/totals.test.ts > totals > sums\nAssertionError: expected 38 to be 40 // Object.is equality\n\n'
     ' Test Files  1 failed | 40 passed (41)\n      Tests  1 failed | 300 passed (301)\n'
     '\u23af\u23af\u23af\u23af Unhandled Errors \u23af\u23af\u23af\u23af\nError: [vitest-worker]: Timeout calling "onTaskUpdate" with "[]"\n' + E),
    # --- lint-tool-internal-error
    # ruff found errors; the mypy step after it crashed: the lint errors are there on every run
    ('mypy-internal-after-ruff-errors',
     '$ ruff check .\nsrc/app/api.py:12:5: F841 Local variable `x` is assigned to but never used\nFound 1 error.\n'
     '$ mypy src\nsrc/app/models.py:40: error: INTERNAL ERROR -- Please try using mypy master on GitHub:\nhttps://mypy.readthedocs.io/en/stable/common_issues.html#using-a-development-mypy-build\n'
     'version: 1.10.0\n' + E),
    # PHPStan's worker died on a parse error in the change: the same crash every run
    ('phpstan-child-parse-error',
     ' 120/240 [\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2593\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591]  50%\n'
     'Child process error (exit code 255): PHP Parse error:  syntax error, unexpected token "}" in /app/src/Order.php on line 40\n'
     ' [ERROR] Found 1 error\n' + E),
    # --- circleci-job-rejected / circleci-orb-validation (real leanings; real logs keep reading real)
    ('circleci-orb-no-token',
     '#!/bin/bash -eo pipefail\nNo GitHub Token provided. Please add token as environment variable GITHUB_TOKEN\n\nExited with code exit status 1\n'),
    # --- cypress-run-refused, upload-report-not-found (real)
    ('cypress-no-specs',
     "Can't run because no spec files were found.\n\nWe searched for specs matching this glob pattern:\n\n  > /app/cypress/e2e/**/*.cy.{js,ts}\n" + E),
    # --- uv-hash-mismatch (real)
    ('uv-hash-mismatch-pinned',
     '  \u00d7 Failed to download `idna==3.7`\n  \u2570\u2500\u25b6 Hash mismatch for `idna==3.7`\n\n      Expected:\n        sha256:aaaa\n\n      Computed:\n        sha256:bbbb\n' + E),
    # (xfail15) transfer-dropped passes over a log with MySQL's max_allowed_packet note
    # a row past the server's max_allowed_packet: the server drops the connection on every run
    ('mysql-max-allowed-packet',
     "2024-05-01T10:00:01.1Z 12 [Note] Aborted connection 12 to db: 'test' user: 'root' host: '172.18.0.1' (Got a packet bigger than 'max_allowed_packet' bytes)\n"
     "E   sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2006, \"MySQL server has gone away (BrokenPipeError(32, 'Broken pipe'))\")\n"
     'FAILED tests/test_import.py::test_bulk_import - sqlalchemy.exc.OperationalError: (2006, "MySQL server has gone away")\n1 failed, 30 passed in 3.2s\n' + E),
    # (xfail15) fastlane-apple-service-outage passes over spaceship's "Apple 5xx detected" when the run's "Successfully logged in" (or uploaded, ...) follows within 20 lines: the retry went through
    # fastlane's answer went through on a later try; the upload was then refused for the build number
    ('fastlane-302-then-redundant',
     '[10:00:01]: Apple 503 detected - this might be temporary server error, check https://developer.apple.com/system-status/ to see if there is a known downtime\n'
     '[10:00:09]: Successfully logged in to App Store Connect\n'
     '[10:04:01]: ERROR ITMS-90189: "Redundant Binary Upload. You\'ve already uploaded a build with build number \'41\' for version number \'2.3.0\'."\n'
     '[10:04:01]: Error uploading ipa file\n' + E),
]

AMBIGUOUS: list[tuple[str, str]] = [
    # pytest-timeout's dump shows the main thread waiting on a lock the code took: maybe a deadlock
    ('pytest-timeout-lock-dump',
     '+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ Stack of MainThread ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n'
     '  File "/app/src/app/cache.py", line 40, in get\n    with self._lock:\n'
     'E   Failed: Timeout (>60.0s) from pytest-timeout.\nFAILED tests/test_cache.py::test_nested_get - Failed: Timeout (>60.0s) from pytest-timeout.\n1 failed, 40 passed in 64.0s\n' + E),
    # PHPStan's worker ran out of the memory limit PHPStan itself sets: the same limit next run
    ('phpstan-child-memory-limit',
     'Child process error (exit code 255): PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /app/vendor/nikic/php-parser/lib/PhpParser/NodeTraverser.php on line 40\n'
     ' [ERROR] Found 1 error\n' + E),
]

# An outage line, then a later deterministic failure in the same log: read unknown (the engine's
# handling of that order is the eng14 branch's work); they pass once it reads them real.
# (engine 15) the app's own log line of an outage it handled, then a value mismatch in the same test run whose values
# show no damage and no tie to the outage: discounted as background noise (_background_outage), read real
FIXED_ENG15: list[tuple[str, str]] = [
    # the application's own log line about a reconnect it made; the test then failed on a value
    ('pg-app-log-reconnect-then-value',
     '[api] 10:00:01 WARN db pool: Connection terminated unexpectedly, reconnecting (attempt 1)\n[api] 10:00:01 INFO db pool: connected\n'
     '  \u25cf orders \u203a totals\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 40\n    Received: 38\n\n'
     'Tests:       1 failed, 52 passed, 53 total\n' + E),
    # the producer's warnings while the broker started, then the test failed on a value
    ('kafka-warn-then-assertion',
     '[kafka-producer-network-thread | producer-1] WARN org.apache.kafka.clients.NetworkClient - [Producer clientId=producer-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.\n'
     '[main] INFO org.apache.kafka.clients.Metadata - [Producer clientId=producer-1] Cluster ID: x1\n'
     '[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0 <<< FAILURE! - in com.acme.OrderEventsTest\n'
     '[ERROR] publishesTotal(com.acme.OrderEventsTest)  Time elapsed: 0.2 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <40> but was: <38>\n[INFO] BUILD FAILURE\n' + E),
]

# Left (engine 15): the compared values hold a null (Expected: null), which may be an outage's damage; the log's words
# cannot tell the expected side from the received one
LEFT_ENG14: list[tuple[str, str]] = [
    # ioredis's handled error event at start-up, then a deterministic test failure
    ('redis-loading-then-assertion',
     '[ioredis] Unhandled error event: ReplyError: LOADING Redis is loading the dataset in memory\n'
     '  \u25cf sessions \u203a expires after ttl\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: null\n    Received: "abc"\n\n'
     'Tests:       1 failed, 52 passed, 53 total\n' + E),
]

NOT_REAL: list[tuple[str, str]] = [
    # Entra ID's own transient error: a rerun is what it asks for (medium before: read real)
    ('aadsts-transient-error',
     'Run azure/login@v2\nERROR: AADSTS90033: A transient error has occurred. Please try again. Trace ID: 0a1b Correlation ID: 2c3d Timestamp: 2024-05-01 10:00:01Z\n'
     'Error: Login failed with Error: The process \'/usr/bin/az\' failed with exit code 1. Double check if the \'auth-type\' is correct.\n' + E),
]

# The same words as trouble the job ran into: still a rerun.
TRANSIENT: list[tuple[str, str]] = [
    # Jest's open-handle notice in a test step that then exited 0; a later push met the registry's 503
    ('jest-open-handles-then-push-503',
     'Tests:       300 passed, 300 total\nJest did not exit one second after the test run has completed.\n\nThis usually means that there are asynchronous operations that weren\'t stopped in your tests.\n'
     'Done in 42.10s.\n$ docker push ghcr.io/acme/app:sha-1a2b\nThe push refers to repository [ghcr.io/acme/app]\n'
     'received unexpected HTTP status: 503 Service Unavailable\n' + E),
    # the application's own log of an index it then created; the job failed on the registry's timeout
    ('es-app-log-index-missing-then-timeout',
     '[app] 10:00:01 WARN search: index_not_found_exception [products], creating it\n[app] 10:00:02 INFO search: index [products] created\n'
     'Tests:       300 passed, 300 total\n$ docker push ghcr.io/acme/app:sha-1a2b\n'
     'Put "https://ghcr.io/v2/acme/app/blobs/uploads/": dial tcp 140.82.112.34:443: i/o timeout\n' + E),
    # a producer's metadata warning while the topic was auto-created; the job failed on the registry's 503
    ('kafka-unknown-topic-autocreate-then-503',
     '[kafka-producer-network-thread | producer-1] WARN org.apache.kafka.clients.NetworkClient - [Producer clientId=producer-1] Error while fetching metadata with correlation id 2 : {orders=UNKNOWN_TOPIC_OR_PARTITION}\n'
     '[INFO] Tests run: 40, Failures: 0, Errors: 0, Skipped: 0\n[INFO] BUILD SUCCESS\n$ docker push ghcr.io/acme/app:sha-1a2b\n'
     'received unexpected HTTP status: 503 Service Unavailable\n' + E),
    ('g-slack-only',
     'Sending notification to Slack...\ncurl: (22) The requested URL returned error: 503\ncurl: (22) The requested URL returned error: 503\n'
     'Error sending notification. Max retries reached\n\nExited with code exit status 1\n'),
    ('g-pg-terminated',
     '  \u25cf orders \u203a creates an order\n\n    Error: Connection terminated unexpectedly\n\n      at Connection.<anonymous> (node_modules/pg/lib/client.js:132:73)\n\nTests:       1 failed, 52 passed, 53 total\n' + E),
    ('g-mysql-lost',
     "E   pymysql.err.OperationalError: (2013, 'Lost connection to MySQL server during query')\n"
     "FAILED tests/test_orders.py::test_create - pymysql.err.OperationalError: (2013, 'Lost connection to MySQL server during query')\n1 failed, 40 passed in 3.0s\n" + E),
    ('g-redis-loading',
     'ERROR tests/test_cache.py::test_get - redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory\n1 error, 40 passed in 2.0s\n' + E),
    ('g-es-state-not-recovered',
     "E   elasticsearch.exceptions.TransportError: TransportError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];')\n"
     'ERROR tests/test_search.py::test_index - elasticsearch.exceptions.TransportError\n1 error in 3.0s\n' + E),
    ('g-es-watermark',
     '{"type": "server", "level": "WARN", "message": "flood stage disk watermark [95%] exceeded on [node-1][/usr/share/elasticsearch/data] free: 1.2gb[4%], all indices on this node will be marked read-only"}\n'
     "E   elasticsearch.ApiError: ApiError(429, 'cluster_block_exception', 'index [logs] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];')\n"
     'FAILED tests/test_ingest.py::test_bulk\n1 failed in 3.0s\n' + E),
    ('g-kafka-no-brokers',
     'ERROR tests/test_events.py::test_publish - kafka.errors.NoBrokersAvailable: NoBrokersAvailable\n1 error, 40 passed in 2.0s\n' + E),
    ('g-codecov-retries',
     'Run codecov/codecov-action@v4\ninfo - Process Upload complete\nerror - Request failed after too many retries. URL: https://ingest.codecov.io/upload/github/acme/app/commits\n' + E),
    # (hold36) a 429 of an upload that carried a token (no tokenless words): the passing limit; the tokenless answer reads
    # real below (g-codecov-rate, moved to REAL)
    ('g-codecov-rate-with-token',
     'Run codecov/codecov-action@v4\n[2024-05-01T12:00:31.000Z] [\'error\'] There was an error running the uploader: Error uploading to https://codecov.io: Error: There was an error fetching the storage URL during POST: 429 - Too Many Requests\n' + E),
    ('g-sonar-lock',
     'INFO: Scanner configuration file: /opt/sonar-scanner/conf/sonar-scanner.properties\nINFO: SonarScanner 5.0.1\n'
     'ERROR: Error during SonarScanner execution\njava.lang.IllegalStateException: Unable to get lock after 10 tries\n' + E),
    ('g-fastlane-503',
     '[10:00:01]: Apple 503 detected - this might be temporary server error, check https://developer.apple.com/system-status/ to see if there is a known downtime\n'
     '[10:00:31]: Apple 503 detected - this might be temporary server error, check https://developer.apple.com/system-status/ to see if there is a known downtime\n'
     '[!] Apple 503 detected - this might be temporary server error, check https://developer.apple.com/system-status/ to see if there is a known downtime\n' + E),
    ('g-worker-xdist-node-down',
     '[gw3] node down: Not properly terminated\nreplacing crashed worker gw3\nFAILED tests/test_big.py::test_matrix\n1 failed, 200 passed in 12.0s\n' + E),
    ('g-pytest-timeout',
     'E   Failed: Timeout (>300.0s) from pytest-timeout.\nFAILED tests/test_sync.py::test_full_sync - Failed: Timeout (>300.0s) from pytest-timeout.\n1 failed, 40 passed in 310.0s\n' + E),
    ('g-mypy-internal',
     'src/app/models.py:40: error: INTERNAL ERROR -- Please try using mypy master on GitHub:\nhttps://mypy.readthedocs.io/en/stable/common_issues.html#using-a-development-mypy-build\n'
     'Please report a bug at https://github.com/python/mypy/issues\nversion: 1.10.0\n' + E),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(FIXED_ENG15))
def test_fixed_outage_then_failure(log):
    reads(log, "real")


@pytest.mark.xfail(strict=True, reason="an outage logged in the same test run above a value mismatch whose values hold a null (Expected: null): engine 15 keeps such an outage a possible cause (_DAMAGED_VALUE), not telling the expected side from the received one")
@pytest.mark.parametrize("log", logs(LEFT_ENG14))
def test_left_outage_then_failure(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_not_read_real(log):
    # Entra ID's AADSTS90033 asks for a retry: no longer a credentials refusal (it reads unknown:
    # no transient entry knows "A transient error has occurred")
    assert judge(log).verdict != "real"


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_still_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, AMBIGUOUS, FIXED_ENG15, LEFT_ENG14, NOT_REAL, TRANSIENT)
