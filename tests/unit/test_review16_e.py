"""Review 16e of the sixteenth round's data_engines section (data-engine-still-starting,
data-engine-node-lost-or-unreachable, data-engine-client-timeout, distributed-sql-transaction-retry) and its rules.py
edit (ExUnit's "code:" line no longer matches ClickHouse's "Code: 210."): adversarial logs, made up. An engine container
the job started that exited on its config, a NameNode or datanode out of the disk the job filled, a Flink job whose
chain ends on the user's own exception, a Cassandra "against any hosts" over a persistent per-host error, ExUnit's
compared values and a failed test ABOUT the retry of a 40001 are no rerun."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # the job's Trino container exited on its own config property before the wait saw 'still initializing': every run
    ('compose-trino-bad-config-then-initializing',
     'trino-1  | 2026-12-04T10:00:03.112Z ERROR main io.trino.server.Server Configuration is invalid\n'
     'trino-1  | ==========\n'
     'trino-1  | Errors:\n'
     "trino-1  | 1) Error: Configuration property 'query.max-memory-per-nodee' was not used\n"
     'trino-1 exited with code 100\n'
     "+ trino --server localhost:8080 --execute 'SELECT 1'\n"
     'Query 20261204_100001_00000_aaaaa failed: Trino server is still initializing\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the same crash, then the client refused
    ('compose-trino-bad-config-then-refused',
     'trino-1  | 2026-12-04T10:00:03.112Z ERROR main io.trino.server.Server Configuration is invalid\n'
     "trino-1  | 1) Error: Configuration property 'catalog.mangement' was not used\n"
     'trino-1 exited with code 100\n'
     "E   trino.exceptions.TrinoConnectionError: failed to execute: HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded with url: /v1/statement (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a>: Failed to establish a new connection: [Errno 111] Connection refused'))\n"
     'ERROR tests/integration/test_reports.py::test_daily - trino.exceptions.TrinoConnectionError: failed to execute: ...\n'
     '##[error]Process completed with exit code 1.\n'),
    # the Python client's start-up error after the container exited on an invalid node.environment
    ('compose-trino-still-initializing-python-after-crash',
     'trino-1  | ERROR main io.trino.server.Server Configuration is invalid\n'
     'trino-1  | 1) Error: Invalid configuration property node.environment: must match ^[a-z0-9][_a-z0-9]*$ (for class io.airlift.node.NodeConfig.environment)\n'
     'trino-1 exited with code 100\n'
     'E   trino.exceptions.TrinoQueryError: TrinoQueryError(type=INTERNAL_ERROR, name=SERVER_STARTING_UP, message="Trino server is still initializing", query_id=20261204_1)\n'
     'ERROR tests/integration/test_reports.py::test_daily - trino.exceptions.TrinoQueryError: ...\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: ClickHouse exited on a malformed config.d file, then clickhouse-client was refused
    ('compose-clickhouse-bad-config-then-refused',
     "clickhouse-1  | Processing configuration file '/etc/clickhouse-server/config.xml'.\n"
     'clickhouse-1  | Poco::Exception. Code: 1000, e.code() = 0, SAX parse exception: mismatched tag, /etc/clickhouse-server/config.d/storage.xml:14:4 (version 24.8.4.13 (official build))\n'
     'clickhouse-1 exited with code 70\n'
     '+ clickhouse-client --host localhost --queries-file sql/schema.sql\n'
     'Code: 210. DB::NetException: Connection refused (localhost:9000). (NETWORK_ERROR)\n'
     '##[error]Process completed with exit code 1.\n'),
    # ExUnit's right: value quotes SolrJ's words; the test compared a status
    ('exunit-right-no-live-solr',
     '  1) test reports an outage when no node serves (Search.ClientTest)\n'
     '     test/search/client_test.exs:22\n'
     '     Assertion with == failed\n'
     '     code:  assert Client.status(conn) == {:error, "No live SolrServers available to handle this request"}\n'
     '     left:  {:ok, :green}\n'
     '     right: {:error, "No live SolrServers available to handle this request"}\n'
     '     stacktrace:\n'
     '       test/search/client_test.exs:25: (test)\n'
     'Finished in 0.3 seconds (0.00s async, 0.3s sync)\n'
     '12 tests, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the user's IllegalArgumentException is the root cause; the heartbeat is the MiniCluster's teardown
    ('flink-user-exception-then-teardown-heartbeat',
     'org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n'
     'Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\n'
     'Caused by: java.lang.IllegalArgumentException: Unknown currency code: XBT\n'
     '\tat org.example.pipeline.PriceNormalizer.map(PriceNormalizer.java:33)\n'
     '2026-12-04 10:05:11,402 INFO  org.apache.flink.runtime.minicluster.MiniCluster - Shutting down Flink Mini Cluster\n'
     '2026-12-04 10:05:21,510 WARN  org.apache.flink.runtime.jobmaster.JobMaster - Heartbeat of TaskManager with id 127.0.0.1:40001-1a2b3c timed out.\n'
     '[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 22.0 s <<< FAILURE! - in org.example.pipeline.PriceJobTest\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project pipeline: There are test failures.\n'),
    # the job restarted past a lost TaskManager and then failed on the user's ClassCastException: every run
    ('flink-lost-tm-restart-then-user-exception',
     '2026-12-04 10:05:01,000 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph - Source: orders -> Map (1/2) switched from RUNNING to FAILED.\n'
     "org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Lost connection to task manager 'localhost/127.0.0.1:41001 [ 9f ]'. This indicates that the remote task manager was lost.\n"
     '2026-12-04 10:05:02,000 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph - Job orders (abc) switched from state RESTARTING to RUNNING.\n'
     'org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n'
     'Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=1, backoffTimeMS=1000)\n'
     'Caused by: java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Long\n'
     '\tat org.example.pipeline.OrderTotals.reduce(OrderTotals.java:27)\n'
     '[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 31.0 s <<< FAILURE! - in org.example.pipeline.OrderTotalsIT\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project pipeline: There are test failures.\n'),
    # 'against any hosts' over refused credentials: every run
    ('cassandra-any-hosts-bad-credentials',
     'E   cassandra.cluster.NoHostAvailable: (\'Unable to complete the operation against any hosts\', {<Host: 127.0.0.1:9042 datacenter1>: AuthenticationFailed(\'Failed to authenticate to 127.0.0.1:9042: Error from server: code=0100 [Bad credentials] message="Provided username ci and/or password are incorrect"\')})\n'
     "ERROR tests/test_store.py::test_put - cassandra.cluster.NoHostAvailable: ('Unable to complete the operation against any hosts', ...)\n"
     '##[error]Process completed with exit code 1.\n'),
    # 'against any hosts' over a keyspace the test never created
    ('cassandra-any-hosts-keyspace-missing',
     'E   cassandra.cluster.NoHostAvailable: (\'Unable to complete the operation against any hosts\', {<Host: 127.0.0.1:9042 datacenter1>: InvalidRequest(\'Error from server: code=2200 [Invalid query] message="Keyspace \\\'events_v2\\\' does not exist"\')})\n'
     'FAILED tests/test_store.py::test_get - cassandra.cluster.NoHostAvailable: ...\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the app's handled TiKV timeout beside a JUnit comparison
    ('tikv-timeout-retrying-beside-junit-assertion',
     '2026-12-04 10:41:07 WARN  o.e.stock.Repo - TiKV server timeout, retrying in 200ms\n'
     '[ERROR] reserve(org.example.stock.RepoIT)  Time elapsed: 1.1 s  <<< FAILURE!\n'
     'org.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project pipeline: There are test failures.\n'),
    # guard: a non-blocking socket timeout, then a Go compile error
    ('clickhouse-timeout-then-compile-error',
     "+ clickhouse-client --host clickhouse --query 'SYSTEM FLUSH LOGS' || true\n"
     'Code: 209. DB::NetException: Timeout exceeded while reading from socket (172.18.0.3:9000, 30000 ms). (SOCKET_TIMEOUT)\n'
     '+ go build ./...\n'
     'internal/rollup/hourly.go:22:9: undefined: ch.Conn\n'
     '##[error]Process completed with exit code 1.\n'),
    # a test ABOUT the retry forces the conflict and got it back: the retry is missing, every run
    ('go-test-retries-40001-wanterr-false',
     '=== RUN   TestTransferRetriesOnSerializationFailure\n'
     '    transfer_test.go:120: Transfer() error = ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001), wantErr false\n'
     '--- FAIL: TestTransferRetriesOnSerializationFailure (0.12s)\n'
     'FAIL\tgithub.com/example/ledger/transfer\t0.902s\n'
     '##[error]Process completed with exit code 1.\n'),
    # the retry wrapper's own test ran the closure once after the restart error
    ('go-test-retry-attempts-count',
     '=== RUN   TestRetryTxnOnRestart\n'
     '    retry_test.go:44: attempts = 1 after ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001); the wrapper must run the closure again\n'
     '--- FAIL: TestRetryTxnOnRestart (0.05s)\n'
     'FAIL\tgithub.com/example/ledger/crdbtx\t0.311s\n'
     '##[error]Process completed with exit code 1.\n'),
    # pytest's test of the retry raised the restart error through
    ('pytest-test-retries-on-40001-raised',
     '    def test_transfer_retries_on_40001(db, forced_conflict):\n'
     ">       assert transfer(db, 1, 2, 10) == 'ok'\n"
     'E       asyncpg.exceptions.SerializationError: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE)\n'
     'tests/test_transfer.py:40: SerializationError\n'
     'FAILED tests/test_transfer.py::test_transfer_retries_on_40001 - asyncpg.exceptions.SerializationError: restart transaction: TransactionRetryWithProtoRefreshError: ...\n'
     '==================== 1 failed, 20 passed in 2.10s ====================\n'
     '##[error]Process completed with exit code 1.\n'),
    # ExUnit's test of the retry raised the 40001 through
    ('exunit-test-retries-serialization-raised',
     '  1) test retries a transfer on a serialization failure (Ledger.TransferTest)\n'
     '     test/ledger/transfer_test.exs:40\n'
     '     ** (Postgrex.Error) ERROR 40001 (serialization_failure) restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE)\n'
     '     stacktrace:\n'
     '       (ledger 0.1.0) lib/ledger/transfer.ex:22: Ledger.Transfer.run/3\n'
     'Finished in 1.2 seconds (0.00s async, 1.2s sync)\n'
     '30 tests, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the retry test's count compared, the app's log line quotes the error
    ('junit-retry-test-count-with-app-log',
     '2026-12-04 10:02:00 ERROR o.e.ledger.TransferService - transfer failed: org.postgresql.util.PSQLException: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001)\n'
     '[ERROR] retriesOnSerializationFailure(org.example.ledger.TransferServiceRetryTest)  Time elapsed: 0.4 s  <<< FAILURE!\n'
     'org.opentest4j.AssertionFailedError: expected: <2> but was: <1>\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: There are test failures.\n'),
    # Surefire's retry test raised the PSQLException: the code did not retry
    ('junit-retry-test-raised-psql',
     '[ERROR] retriesOnSerializationFailure(org.example.ledger.TransferServiceRetryTest)  Time elapsed: 0.4 s  <<< ERROR!\n'
     'org.postgresql.util.PSQLException: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001)\n'
     '\tat org.example.ledger.TransferService.transfer(TransferService.java:55)\n'
     '[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.5 s <<< FAILURE! - in org.example.ledger.TransferServiceRetryTest\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: There are test failures.\n'),
    # guard: pytest-rerunfailures met the conflict twice
    ('pytest-rerun-40001-twice-guard',
     'tests/test_checkout.py::test_checkout_total RERUN\n'
     'tests/test_checkout.py::test_checkout_total FAILED\n'
     'E   asyncpg.exceptions.SerializationError: restart transaction: TransactionRetryWithProtoRefreshError: ...\n'
     'FAILED tests/test_checkout.py::test_checkout_total - asyncpg.exceptions.SerializationError: restart transaction: TransactionRetryWithProtoRefreshError: ...\n'
     '==================== 1 failed, 20 passed, 1 rerun in 4.10s ====================\n'
     '##[error]Process completed with exit code 1.\n'),
    # ExUnit's left: value quotes the retry error; the tests compared classifications
    ('exunit-left-right-restart-transaction',
     '  1) test surfaces retry errors (Ledger.ErrorsTest)\n'
     '     test/ledger/errors_test.exs:12\n'
     '     Assertion with == failed\n'
     '     code:  assert Ledger.Errors.classify(err) == :retryable\n'
     '     left:  :fatal\n'
     '     right: :retryable\n'
     '     stacktrace:\n'
     '       test/ledger/errors_test.exs:14: (test)\n'
     '  2) test classifies the message (Ledger.ErrorsTest)\n'
     '     Assertion with == failed\n'
     '     code:  assert Ledger.Errors.message(err) == msg\n'
     '     left:  "restart transaction: TransactionRetryWithProtoRefreshError: ReadWithinUncertaintyIntervalError"\n'
     '     right: "restart transaction"\n'
     '30 tests, 2 failures\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a doc printed by cat, then go vet's finding
    ('tidb-write-conflict-in-docs-echo',
     '+ cat docs/troubleshooting.md\n'
     'If you see `Write conflict, txnStartTS=1, conflictStartTS=2` in the logs, the optimistic transaction lost; the app retries it.\n'
     '+ go vet ./...\n'
     'internal/stock/repo.go:41:2: unreachable code\n'
     '##[error]Process completed with exit code 1.\n'),
    # ExUnit's left: is the message of an error the test provoked and compared
    ('exunit-left-clickhouse-socket-timeout',
     '  1) test maps the refused connection (Ch.ErrorTest)\n'
     '     Assertion with =~ failed\n'
     '     code:  assert Exception.message(error) =~ "Code: 210"\n'
     '     left:  "Code: 209. DB::NetException: Timeout exceeded while reading from socket (localhost:9000, 100 ms). (SOCKET_TIMEOUT)"\n'
     '     right: "Code: 210"\n'
     '     stacktrace:\n'
     '       test/ch/error_test.exs:31: (test)\n'
     '40 tests, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard (rules.py edit): ExUnit's code: line quoting 'Code: 210.' is the test's code
    ('exunit-code-line-quotes-clickhouse-guard',
     '  1) test parses the error number (Ch.ErrorTest)\n'
     '     Assertion with == failed\n'
     '     code:  assert Ch.Error.code("Code: 210. DB::NetException: Connection refused (localhost:9000). (NETWORK_ERROR)") == 210\n'
     '     left:  nil\n'
     '     right: 210\n'
     '40 tests, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a failed assertion, then a cleanup step's socket timeout
    ('pytest-assert-then-post-step-clickhouse-timeout',
     'FAILED tests/test_rollups.py::test_hourly - assert 41 == 42\n'
     '==================== 1 failed, 30 passed in 9.10s ====================\n'
     "+ clickhouse-client --host clickhouse --query 'DROP DATABASE IF EXISTS ci_42'\n"
     'Code: 209. DB::NetException: Timeout exceeded while reading from socket (172.18.0.3:9000, 30000 ms). (SOCKET_TIMEOUT)\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a got/want failure, then cleanup met safe mode
    ('go-test-got-want-then-cleanup-safe-mode',
     '=== RUN   TestWordCount\n'
     '    wordcount_test.go:33: counts["ci"]: got 1, want 2\n'
     '--- FAIL: TestWordCount (4.20s)\n'
     'FAIL\tgithub.com/example/jobs/wordcount\t9.114s\n'
     '+ hdfs dfs -rm -r -f /tmp/ci-run\n'
     'rm: Cannot delete /tmp/ci-run. Name node is in safe mode.\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a non-blocking wait, then tsc's error
    ('trino-no-nodes-then-ts-compile-error',
     "+ trino --server localhost:8080 --execute 'SELECT 1' || echo 'trino not ready, continuing'\n"
     'Query 20261204_100001_00000_aaaaa failed: No nodes available to run query\n'
     'trino not ready, continuing\n'
     '+ npx tsc --noEmit\n'
     "src/reports/daily.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     '##[error]Process completed with exit code 1.\n'),
    # a test of the error's identity (errors.Is) that provoked gocql's timeout: the wrapping is wrong, every run
    ('go-test-gocql-wrapping-no-timeout-name',
     '=== RUN   TestQueryErrorIsWrapped\n'
     '    client_test.go:51: errors.Is(err, store.ErrUnavailable) = false for gocql: no response received from cassandra within timeout period\n'
     '--- FAIL: TestQueryErrorIsWrapped (0.11s)\n'
     'FAIL\tgithub.com/example/events/store\t0.402s\n'
     '##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: a coordinator still starting, nothing else said
    ('trino-still-initializing-plain-guard',
     "+ trino --server localhost:8080 --execute 'SELECT 1'\n"
     'Query 20261204_100001_00000_aaaaa failed: Trino server is still initializing\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a TaskManager lost, nothing else said
    ('flink-lost-tm-plain-guard',
     'org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n'
     "Caused by: org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Lost connection to task manager 'tm-2/172.18.0.7:40121 [ 1d ]'. This indicates that the remote task manager was lost.\n"
     '##[error]Process completed with exit code 1.\n'),
    # guard: the host marked down
    ('cassandra-any-hosts-marked-down-guard',
     "E   cassandra.cluster.NoHostAvailable: ('Unable to complete the operation against any hosts', {<Host: 127.0.0.1:9042 datacenter1>: ConnectionException('Host has been marked down or removed')})\n"
     'ERROR tests/test_store.py::test_put - cassandra.cluster.NoHostAvailable: ...\n'
     '##[error]Process completed with exit code 1.\n'),
    # an app with no retry met one conflict under concurrent tests: a latent bug, but which txn loses is timing, as the fourteenth round reads PostgreSQL's 40001
    ('go-concurrent-checkout-no-retry-once',
     '=== RUN   TestConcurrentCheckout\n'
     '    checkout_test.go:77: checkout: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001)\n'
     '--- FAIL: TestConcurrentCheckout (0.33s)\n'
     'FAIL\tgithub.com/example/shop/checkout\t1.402s\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard (rules.py edit): ClickHouse's 'Code: 210.' raised in a test is trouble the test met
    ('exunit-raised-clickhouse-refused-guard',
     '  1) test inserts events (Analytics.EventsTest)\n'
     '     test/analytics/events_test.exs:12\n'
     '     ** (Ch.Error) Code: 210. DB::NetException: Connection refused (localhost:9000). (NETWORK_ERROR)\n'
     '     stacktrace:\n'
     '       (analytics 0.1.0) lib/analytics/events.ex:30: Analytics.Events.insert!/2\n'
     '40 tests, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # safe mode over the NameNode's low disk, which the job's 20 GB upload filled: not the start-up wait
    ('hdfs-safe-mode-resources-low',
     '+ hdfs dfs -put /tmp/generated/events-20g.bin /user/ci/input/\n'
     'put: Cannot create file/user/ci/input/events-20g.bin._COPYING_. Name node is in safe mode.\n'
     'Resources are low on NN. Please add or make available more resources and turn off safe mode manually. NOTE:  If you turn off safe mode before adding resources, the NN will immediately return to safe mode. Use "hdfs dfsadmin -safemode leave" to turn safe mode off. NamenodeHostName:localhost\n'
     '##[error]Process completed with exit code 1.\n'),
    # the one datanode is running but excluded (no space, or unreachable from the client): not a datanode still starting
    ('hdfs-min-replication-datanode-running-excluded',
     '+ hdfs dfs -put target/fixtures/big.parquet /user/ci/\n'
     'put: File /user/ci/big.parquet._COPYING_ could only be written to 0 of the 1 minReplication nodes. There are 1 datanode(s) running and 1 node(s) are excluded in this operation.\n'
     '##[error]Process completed with exit code 1.\n'),
    # older wording, one datanode running and none excluded: the classic full-datanode case
    ('hdfs-replicated-to-0-one-datanode-running',
     'org.apache.hadoop.ipc.RemoteException(java.io.IOException): File /tmp/out/part-00000 could only be replicated to 0 nodes instead of minReplication (=1).  There are 1 datanode(s) running and no node(s) are excluded in this operation.\n'
     '[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 40.2 s <<< FAILURE! - in org.example.hdfs.BulkWriterIT\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project pipeline: There are test failures.\n'),
    # MiniDFSCluster's datanode out of space under a bulk-load test
    ('minidfs-no-space-then-min-replication',
     '2026-12-04 10:01:00,001 WARN  datanode.DataNode - IOException in BlockReceiver constructor. Cause is java.io.IOException: No space left on device\n'
     'java.io.IOException: File /bulk/part-3 could only be written to 0 of the 1 minReplication nodes. There are 1 datanode(s) running and 1 node(s) are excluded in this operation.\n'
     '[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 60.0 s <<< FAILURE! - in org.example.hdfs.BulkLoadIT\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project pipeline: There are test failures.\n'),
    # the TaskManager died of the user function's heap use: the job's data or heap setting as likely as the runner
    ('flink-user-oom-then-lost-tm',
     'flink-taskmanager-1  | java.lang.OutOfMemoryError: Java heap space\n'
     'flink-taskmanager-1  | \tat org.example.pipeline.SessionWindow.process(SessionWindow.java:58)\n'
     'flink-taskmanager-1 exited with code 239\n'
     "Caused by: org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Lost connection to task manager 'flink-taskmanager/172.18.0.6:40121 [ 7c ]'. This indicates that the remote task manager was lost.\n"
     '##[error]Process completed with exit code 1.\n'),
    # one test's heartbeat timeout beside another's user NPE: the NPE recurs (reads unknown, once transient)
    ('flink-heartbeat-one-test-user-npe-another',
     '[ERROR] enrich(org.example.pipeline.EnrichJobIT)  Time elapsed: 300.1 s  <<< ERROR!\n'
     'java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 127.0.0.1:41235-6b1f0e timed out.\n'
     '[ERROR] sessionize(org.example.pipeline.EnrichJobIT)  Time elapsed: 3.2 s  <<< ERROR!\n'
     'org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n'
     'Caused by: java.lang.NullPointerException: Cannot invoke "String.length()" because "event.userId" is null\n'
     '\tat org.example.pipeline.SessionizeFunction.processElement(SessionizeFunction.java:41)\n'
     '[ERROR] Tests run: 2, Failures: 0, Errors: 2, Skipped: 0, Time elapsed: 303.4 s <<< FAILURE! - in org.example.pipeline.EnrichJobIT\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project pipeline: There are test failures.\n'),
    # the app's retry lost all five tries: steady contention (possibly the change's), not one unlucky interleaving
    ('app-retry-gave-up-after-attempts',
     '2026-12-04 10:02:00 WARN  crdb: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001); retrying (attempt 1/5)\n'
     '2026-12-04 10:02:00 WARN  crdb: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001); retrying (attempt 5/5)\n'
     '    checkout_test.go:77: checkout: giving up after 5 attempts: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001)\n'
     '--- FAIL: TestCheckout (2.33s)\n'
     'FAIL\tgithub.com/example/shop/checkout\t3.402s\n'
     '##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT)
