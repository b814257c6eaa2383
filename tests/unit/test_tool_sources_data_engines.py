"""Sixteenth round, tool sources: data engines a CI job starts as service containers or embedded test
clusters, and their clients' errors: Apache Flink (MiniCluster and session clusters), Trino/Presto,
ClickHouse (clickhouse-client, clickhouse-driver, clickhouse-connect, clickhouse-go), Apache Solr
(SolrJ, pysolr), HDFS and Hadoop (MiniDFSCluster, the NameNode's safe mode, block placement), Cassandra
and ScyllaDB past the fourteenth round's cases (the Python driver's client-side timeout and "against any
hosts", the Java driver 4.x, gocql, ccm), NATS past its "no servers", Apache Pulsar's clients,
CockroachDB's transaction-retry errors and TiDB's write conflicts. ZooKeeper's ConnectionLoss and
Session expired (test_tool_sources_mesh_proxies_discovery.py), Cassandra's NoHostAvailable "Unable to
connect to any servers", WriteTimeout, Unavailable and unconfigured table, and NATS's no servers,
authorization violation and stream not found (test_tool_sources_db_queues_tests.py) are not repeated.

Each case is a short log written for this test around one message as the engine or its client words it.
The wording was read from the engines' and clients' own source (the comment above each case names the
repository and file holding the format string); a few (TiDB's error texts, CockroachDB's retry error) were
checked against the projects' documentation pages as well, and say so. Hosts, tables, jobs and paths are
made up; no project's CI log is copied.

The rules the cases hold:
  * a service or cluster that was not up yet or went away (connection refused while it starts, Trino's
    "server is still initializing" and "No nodes available", a NameNode in start-up safe mode or without
    a datanode yet, MiniDFSCluster's start-up wait, SolrJ's "No live SolrServers", a TaskManager whose
    heartbeat timed out, a Trino worker that stopped answering), a client-side timeout (the Cassandra
    drivers', ClickHouse's socket timeout, Pulsar's send timeout), a lost coordination session
    (ClickHouse Keeper's connection loss), and a transaction the database aborted for a retry
    (CockroachDB's "restart transaction", SQLSTATE 40001; TiDB's 9007 write conflict) -> transient;
  * a persistent cause (a table, column, collection, keyspace or file that does not exist, a query's
    syntax or type error, refused credentials or permissions, a payload over the server's limit,
    JetStream not enabled on the server, a job that failed on the user code's own exception, a network
    buffer pool configured too small) -> real;
  * near-misses: tests ABOUT these errors that fail on their assertions, an application's handled retry
    line beside a failing test -> real;
  * wordings printed both for a shortfall of the moment and for a job that asks more than its cluster
    can ever give (Flink's NoResourceAvailableException, an engine out of memory on the job's own
    query, a NameNode put in safe mode by hand, HDFS's "Cannot obtain block length" of a file whose
    writer died) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_MVN = (
    "[INFO] BUILD FAILURE\n"
    "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
    "on project orders-pipeline: There are test failures.\n"
)

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Apache Flink
    # apache/flink flink-runtime .../jobmaster/JobMaster.java TaskManagerHeartbeatListener
    # ("Heartbeat of TaskManager with id %s timed out."), the JobException "Recovery is suppressed by ..."
    ("flink-taskmanager-heartbeat-timeout", "transient",
     "[INFO] Running org.example.pipeline.EnrichmentJobIT\n"
     "org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n"
     "Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\n"
     "Caused by: java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 127.0.0.1:41235-6b1f0e timed out.\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 312.4 s <<< FAILURE! - in org.example.pipeline.EnrichmentJobIT\n"
     + _MVN),
    # apache/flink .../runtime/io/network/netty/CreditBasedPartitionRequestClientHandler.java
    # ("Lost connection to task manager '%s'. This indicates that the remote task manager was lost.")
    ("flink-lost-connection-to-task-manager", "transient",
     "org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n"
     "Caused by: org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Lost connection to task "
     "manager 'flink-tm-1/172.18.0.5:40121 [ 8a3d5c ]'. This indicates that the remote task manager was lost.\n"
     "\tat org.apache.flink.runtime.io.network.netty.CreditBasedPartitionRequestClientHandler.exceptionCaught(CreditBasedPartitionRequestClientHandler.java:165)\n"
     + _GHA),
    # apache/flink flink-clients RestClusterClient (submission to a session cluster's REST endpoint) over
    # netty's AnnotatedConnectException ("Connection refused: %s")
    ("flink-run-session-cluster-refused", "transient",
     "+ ./bin/flink run -m localhost:8081 target/orders-pipeline-1.0.jar\n"
     "org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Failed to execute job 'orders-enrichment'.\n"
     "Caused by: org.apache.flink.util.FlinkException: Failed to execute job 'orders-enrichment'.\n"
     "Caused by: java.util.concurrent.CompletionException: org.apache.flink.shaded.netty4.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:8081\n"
     + _CIRCLE),
    # apache/flink JobExecutionException "Job execution failed." with the user function's own exception
    # below NoRestartBackoffTimeStrategy: the code's NullPointerException, every run
    ("flink-job-failed-user-npe", "real",
     "[INFO] Running org.example.pipeline.SessionizeJobTest\n"
     "org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n"
     "Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\n"
     "Caused by: java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"event.userId\" is null\n"
     "\tat org.example.pipeline.SessionizeFunction.processElement(SessionizeFunction.java:41)\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 9.8 s <<< FAILURE! - in org.example.pipeline.SessionizeJobTest\n"
     + _MVN),
    # apache/flink flink-table .../planner/calcite/FlinkPlannerImpl ("SQL validation failed. %s") over
    # Calcite's "Object '%s' not found"
    ("flink-sql-validation-object-not-found", "real",
     "org.apache.flink.table.api.ValidationException: SQL validation failed. From line 1, column 22 to line 1, column 31: Object 'orders_raw' not found\n"
     "\tat org.apache.flink.table.planner.calcite.FlinkPlannerImpl.org$apache$flink$table$planner$calcite$FlinkPlannerImpl$$validate(FlinkPlannerImpl.scala:200)\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 4.1 s <<< FAILURE! - in org.example.sql.OrdersSqlTest\n"
     + _MVN),
    # apache/flink .../io/network/buffer/NetworkBufferPool.java ("Insufficient number of network buffers:
    # required %d, but only %d available. %s."): the MiniCluster's memory configuration, every run
    ("flink-insufficient-network-buffers", "real",
     "org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n"
     "Caused by: java.io.IOException: Insufficient number of network buffers: required 65, but only 38 available. "
     "The total number of network buffers is currently set to 2048 of 32768 bytes each. You can increase this number by "
     "setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and "
     "'taskmanager.memory.network.max'.\n"
     + _GHA),
    # near-miss: a PyFlink test whose collected rows differ from the expected ones
    ("pyflink-collected-rows-assertion", "real",
     "tests/test_wordcount.py::test_counts FAILED\n"
     "E       AssertionError: assert [('flink', 2), ('ci', 1)] == [('flink', 2), ('ci', 2)]\n"
     "FAILED tests/test_wordcount.py::test_counts - AssertionError: assert [('flink', 2), ('ci', 1)] == [('flink', 2), ('ci', 2)]\n"
     "==================== 1 failed, 7 passed in 48.21s ====================\n"
     + _GHA),

    # ================================================================== Trino / Presto
    # trinodb/trino core/trino-main .../dispatcher/DispatchManager ("Trino server is still initializing",
    # SERVER_STARTING_UP); trinodb/trino-python-client trino/exceptions.py TrinoQueryError.__repr__
    # ('{}(type={}, name={}, message="{}", query_id={})')
    ("trino-python-server-still-initializing", "transient",
     "tests/integration/test_reports.py::test_daily_totals ERROR\n"
     "E   trino.exceptions.TrinoQueryError: TrinoQueryError(type=INTERNAL_ERROR, name=SERVER_STARTING_UP, "
     "message=\"Trino server is still initializing\", query_id=20261204_101500_00000_ab12c)\n"
     "ERROR tests/integration/test_reports.py::test_daily_totals - trino.exceptions.TrinoQueryError: TrinoQueryError(type=INTERNAL_ERROR, name=SERVER_STARTING_UP, ...)\n"
     + _GHA),
    # trinodb/trino client/trino-jdbc TrinoResultSet ("Query failed (#%s): %s") with the same message
    ("trino-jdbc-server-still-initializing", "transient",
     "[INFO] Running org.example.reports.ReportQueriesIT\n"
     "java.sql.SQLException: Query failed (#20261204_101502_00001_ab12c): Trino server is still initializing\n"
     "\tat io.trino.jdbc.AbstractTrinoResultSet.resultsException(AbstractTrinoResultSet.java:1937)\n"
     "[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in org.example.reports.ReportQueriesIT\n"
     + _MVN),
    # prestodb/presto presto-main .../dispatcher/DispatchManager ("Presto server is still initializing")
    ("presto-cli-server-still-initializing", "transient",
     "+ presto --server localhost:8080 --catalog memory --execute 'SELECT 1'\n"
     "Query 20261204_101503_00000_x9k2p failed: Presto server is still initializing\n"
     + _GL),
    # trinodb/trino .../execution/scheduler ... NO_NODES_AVAILABLE ("No nodes available to run query"):
    # the worker not announced to the coordinator yet
    ("trino-no-nodes-available", "transient",
     "E   trino.exceptions.TrinoQueryError: TrinoQueryError(type=INTERNAL_ERROR, name=NO_NODES_AVAILABLE, "
     "message=\"No nodes available to run query\", query_id=20261204_101509_00002_ab12c)\n"
     "FAILED tests/integration/test_reports.py::test_weekly - trino.exceptions.TrinoQueryError: ...\n"
     + _GHA),
    # trinodb/trino .../util/Failures.java WORKER_NODE_ERROR ("Encountered too many errors talking to a worker
    # node. The node may have crashed or be under too much load. This is probably a transient issue, ...")
    ("trino-too-many-errors-talking-to-worker", "transient",
     "Query 20261204_101812_00007_ab12c failed: Encountered too many errors talking to a worker node. The node may have "
     "crashed or be under too much load. This is probably a transient issue, so please retry your query in a few minutes. "
     "(http://172.18.0.4:8080/v1/task/20261204_101812_00007_ab12c.1.0.0/results/0/12 - 12 failures, failure duration 300.41s, total failed request time 310.02s)\n"
     + _GHA),
    # trino-python-client trino/client.py ("failed to execute: {}") over requests' refused connection
    ("trino-python-connection-refused", "transient",
     "E   trino.exceptions.TrinoConnectionError: failed to execute: HTTPConnectionPool(host='localhost', port=8080): "
     "Max retries exceeded with url: /v1/statement (Caused by NewConnectionError('<urllib3.connection.HTTPConnection "
     "object at 0x7f3a1c2b9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))\n"
     "ERROR tests/integration/test_reports.py::test_monthly - trino.exceptions.TrinoConnectionError: failed to execute: ...\n"
     + _GHA),
    # trinodb/trino .../sql/analyzer/SemanticExceptions ("Table '%s' does not exist", TABLE_NOT_FOUND) as
    # the CLI prints a failed query ("Query %s failed: %s")
    ("trino-cli-table-does-not-exist", "real",
     "+ trino --server localhost:8080 --file sql/daily_totals.sql\n"
     "Query 20261204_102001_00004_ab12c failed: line 3:6: Table 'memory.default.orders_daily' does not exist\n"
     + _GHA),
    # trinodb/trino StatementAnalyzer ("Column '%s' cannot be resolved", COLUMN_NOT_FOUND)
    ("trino-python-column-cannot-be-resolved", "real",
     "E   trino.exceptions.TrinoUserError: TrinoUserError(type=USER_ERROR, name=COLUMN_NOT_FOUND, "
     "message=\"line 1:8: Column 'total_cents' cannot be resolved\", query_id=20261204_102003_00005_ab12c)\n"
     "FAILED tests/integration/test_reports.py::test_totals - trino.exceptions.TrinoUserError: TrinoUserError(type=USER_ERROR, name=COLUMN_NOT_FOUND, ...)\n"
     + _GHA),
    # trinodb/trino core/trino-parser ErrorHandler ("mismatched input '%s'. Expecting: %s", SYNTAX_ERROR)
    ("trino-jdbc-syntax-error", "real",
     "java.sql.SQLException: Query failed (#20261204_102005_00006_ab12c): line 1:1: mismatched input 'SELEC'. "
     "Expecting: 'ALTER', 'ANALYZE', 'CALL', 'COMMENT', 'COMMIT', 'CREATE', 'DEALLOCATE', 'DELETE', 'DENY', 'DESC', 'DESCRIBE', <query>\n"
     "[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 2.0 s <<< FAILURE! - in org.example.reports.ReportQueriesIT\n"
     + _MVN),
    # trinodb/trino ("Function '%s' not registered", FUNCTION_NOT_FOUND)
    ("trino-python-function-not-registered", "real",
     "E   trino.exceptions.TrinoUserError: TrinoUserError(type=USER_ERROR, name=FUNCTION_NOT_FOUND, "
     "message=\"line 1:8: Function 'date_diff_days' not registered\", query_id=20261204_102007_00007_ab12c)\n"
     "FAILED tests/integration/test_reports.py::test_gaps - trino.exceptions.TrinoUserError: ...\n"
     + _GHA),

    # ================================================================== ClickHouse
    # ClickHouse/ClickHouse src/Common/ErrorCodes.cpp (210 NETWORK_ERROR) and src/Common/Exception.cpp
    # ("Code: %d. DB::NetException: %s. (%s)") as clickhouse-client prints it while the server starts
    ("clickhouse-client-connection-refused", "transient",
     "+ clickhouse-client --host localhost --queries-file sql/schema.sql\n"
     "Code: 210. DB::NetException: Connection refused (localhost:9000). (NETWORK_ERROR)\n"
     "##[error]Process completed with exit code 210.\n"),
    # ClickHouse src/IO/ReadBufferFromPocoSocket.cpp ("Timeout exceeded while reading from socket (%s, %d ms)",
    # SOCKET_TIMEOUT 209)
    ("clickhouse-client-socket-timeout", "transient",
     "+ clickhouse-client --host clickhouse --query 'OPTIMIZE TABLE events FINAL'\n"
     "Code: 209. DB::NetException: Timeout exceeded while reading from socket (172.18.0.3:9000, 300000 ms). (SOCKET_TIMEOUT)\n"
     + _GHA),
    # ClickHouse src/Common/ZooKeeper/KeeperException.cpp ("Coordination::Exception: Connection loss",
    # KEEPER_EXCEPTION 999): the embedded Keeper of a replicated table's test cluster lost its session
    ("clickhouse-keeper-connection-loss", "transient",
     "E   clickhouse_driver.errors.ServerException: Code: 999.\n"
     "E   Coordination::Exception: Connection loss, path: /clickhouse/tables/01/events/replicas/r1. (KEEPER_EXCEPTION)\n"
     "FAILED tests/test_replicated.py::test_insert_dedup - clickhouse_driver.errors.ServerException: Code: 999.\n"
     + _GHA),
    # ClickHouse/clickhouse-connect clickhouse_connect/driver/httpclient.py ("Error %s executing HTTP request
    # attempt %d%s") over urllib3's refused connection
    ("clickhouse-connect-connection-refused", "transient",
     "E   clickhouse_connect.driver.exceptions.OperationalError: Error HTTPConnectionPool(host='localhost', port=8123): "
     "Max retries exceeded with url: /? (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at "
     "0x7f21c0a1e2d0>: Failed to establish a new connection: [Errno 111] Connection refused')) executing HTTP request "
     "attempt 1 (http://localhost:8123)\n"
     "ERROR tests/test_rollups.py::test_hourly - clickhouse_connect.driver.exceptions.OperationalError: Error ...\n"
     + _GHA),
    # ClickHouse src/Interpreters/DatabaseCatalog.cpp ("Table %s does not exist", UNKNOWN_TABLE 60)
    ("clickhouse-client-unknown-table", "real",
     "+ clickhouse-client --host localhost --queries-file sql/rollups.sql\n"
     "Received exception from server (version 24.8.4):\n"
     "Code: 60. DB::Exception: Received from localhost:9000. DB::Exception: Table default.events_hourly does not exist. (UNKNOWN_TABLE)\n"
     "(query: INSERT INTO events_hourly SELECT toStartOfHour(ts), count() FROM events GROUP BY 1)\n"
     + _GHA),
    # ClickHouse (older servers: "Table %s doesn't exist") as mymarilyn/clickhouse-driver raises it
    # (clickhouse_driver/errors.py ServerException "Code: %d.\n%s")
    ("clickhouse-driver-table-doesnt-exist", "real",
     "E   clickhouse_driver.errors.ServerException: Code: 60.\n"
     "E   DB::Exception: Table default.sessions doesn't exist. Stack trace:\n"
     "FAILED tests/test_sessions.py::test_rollup - clickhouse_driver.errors.ServerException: Code: 60.\n"
     "==================== 1 failed, 22 passed in 6.02s ====================\n"
     + _GHA),
    # ClickHouse src/Parsers/parseQuery.cpp ("Syntax error: failed at position %d ...: %s. Expected one of: %s",
    # SYNTAX_ERROR 62)
    ("clickhouse-client-syntax-error", "real",
     "+ clickhouse-client --host localhost --queries-file sql/report.sql\n"
     "Code: 62. DB::Exception: Syntax error: failed at position 20 ('FORM') (line 1, col 20): FORM events WHERE "
     "ts > now() - 3600. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, ORDER BY. (SYNTAX_ERROR)\n"
     + _GHA),
    # ClickHouse src/Interpreters/TreeRewriter.cpp ("Missing columns: %s while processing query: ...",
    # UNKNOWN_IDENTIFIER 47)
    ("clickhouse-missing-columns", "real",
     "E   clickhouse_connect.driver.exceptions.DatabaseError: HTTPDriver for http://localhost:8123 returned response code 404)\n"
     "E    Code: 47. DB::Exception: Missing columns: 'user_idx' while processing query: 'SELECT user_idx, count() FROM "
     "default.events GROUP BY user_idx', required columns: 'user_idx', maybe you meant: 'user_id'. (UNKNOWN_IDENTIFIER) (version 23.8.9.54)\n"
     "FAILED tests/test_rollups.py::test_by_user - clickhouse_connect.driver.exceptions.DatabaseError: ...\n"
     + _GHA),
    # ClickHouse src/Access/AccessControl.cpp ("%s: Authentication failed: password is incorrect, or there is
    # no user with such name.", AUTHENTICATION_FAILED 516)
    ("clickhouse-authentication-failed", "real",
     "+ clickhouse-client --host localhost --user ci --password \"$CH_PASSWORD\" --query 'SELECT 1'\n"
     "Code: 516. DB::Exception: Received from localhost:9000. DB::Exception: ci: Authentication failed: password is "
     "incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)\n"
     + _GHA),
    # ClickHouse/clickhouse-go v2 exception.go ("code: %d, message: %s") with UNKNOWN_TABLE's message
    ("clickhouse-go-unknown-table", "real",
     "=== RUN   TestRollupHourly\n"
     "    rollup_test.go:48: insert: code: 60, message: Table default.events_hourly does not exist\n"
     "--- FAIL: TestRollupHourly (0.03s)\n"
     "FAIL\tgithub.com/example/metrics/rollup\t0.412s\n"
     + _GHA),
    # ClickHouse FunctionsArithmetic ("Illegal types %s and %s of arguments of function %s",
    # ILLEGAL_TYPE_OF_ARGUMENT 43)
    ("clickhouse-illegal-type-of-argument", "real",
     "Code: 43. DB::Exception: Received from localhost:9000. DB::Exception: Illegal types String and UInt8 of "
     "arguments of function plus: While processing amount + 1. (ILLEGAL_TYPE_OF_ARGUMENT)\n"
     + _CIRCLE),

    # ================================================================== Apache Solr
    # apache/solr solr/solrj .../impl/LBSolrClient.java ("No live SolrServers available to handle this
    # request:%s") under CloudSolrClient while the test's SolrCloud nodes register
    ("solrj-no-live-solr-servers", "transient",
     "[INFO] Running org.example.search.ProductIndexIT\n"
     "org.apache.solr.client.solrj.SolrServerException: No live SolrServers available to handle this request:"
     "[http://127.0.0.1:38611/solr/products_shard1_replica_n1, http://127.0.0.1:42377/solr/products_shard1_replica_n2]\n"
     "\tat org.apache.solr.client.solrj.impl.LBSolrClient.request(LBSolrClient.java:497)\n"
     "[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 41.3 s <<< FAILURE! - in org.example.search.ProductIndexIT\n"
     + _MVN),
    # apache/solr .../common/cloud/ZkStateReader (ClusterState.getCollection: "Could not find collection : %s")
    ("solr-could-not-find-collection", "real",
     "[INFO] Running org.example.search.ProductIndexIT\n"
     "org.apache.solr.common.SolrException: Could not find collection : product\n"
     "\tat org.apache.solr.common.cloud.ClusterState.getCollection(ClusterState.java:118)\n"
     "[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 12.3 s <<< FAILURE! - in org.example.search.ProductIndexIT\n"
     + _MVN),
    # apache/solr .../schema/IndexSchema.java ("undefined field %s") relayed by SolrJ's RemoteSolrException
    # ("Error from server at %s: %s")
    ("solrj-undefined-field", "real",
     "org.apache.solr.client.solrj.impl.BaseHttpSolrClient$RemoteSolrException: Error from server at "
     "http://localhost:8983/solr/products: undefined field price_cents\n"
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 3.3 s <<< FAILURE! - in org.example.search.ProductQueryTest\n"
     + _MVN),
    # django-haystack/pysolr pysolr.py ("Failed to connect to server at %s: %s") over requests' refused
    # connection while the Solr container starts
    ("pysolr-failed-to-connect-refused", "transient",
     "E   pysolr.SolrError: Failed to connect to server at http://localhost:8983/solr/products/update/?commit=true: "
     "HTTPConnectionPool(host='localhost', port=8983): Max retries exceeded with url: /solr/products/update/?commit=true "
     "(Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7fa2b1c0d990>: Failed to establish "
     "a new connection: [Errno 111] Connection refused'))\n"
     "ERROR tests/test_search.py::test_index_products - pysolr.SolrError: Failed to connect to server at ...\n"
     + _GHA),
    # pysolr ("Solr responded with an error (HTTP %s): %s") with the schema's undefined field
    ("pysolr-http-400-undefined-field", "real",
     "E   pysolr.SolrError: Solr responded with an error (HTTP 400): [Reason: undefined field price_cents]\n"
     "FAILED tests/test_search.py::test_price_filter - pysolr.SolrError: Solr responded with an error (HTTP 400): [Reason: undefined field price_cents]\n"
     + _GHA),

    # ================================================================== HDFS / Hadoop
    # apache/hadoop hadoop-hdfs .../namenode/FSNamesystem.java checkNameNodeSafeMode (SafeModeException
    # "Cannot create directory %s. Name node is in safe mode.") with BlockManagerSafeMode's start-up status
    # ("The reported blocks %d needs additional %d blocks to reach the threshold ...")
    ("hdfs-namenode-safe-mode-at-startup", "transient",
     "+ hdfs dfs -mkdir -p /user/ci/input\n"
     "mkdir: Cannot create directory /user/ci/input. Name node is in safe mode.\n"
     "The reported blocks 0 needs additional 12 blocks to reach the threshold 0.9990 of total blocks 12.\n"
     "The minimum number of live datanodes is not required. Safe mode will be turned off automatically once the thresholds have been reached.\n"
     + _GHA),
    # apache/hadoop .../blockmanagement/BlockManager.java chooseTarget4NewBlock ("File %s could only be written
    # to %d of the %d minReplication nodes. There are %d datanode(s) running and %d node(s) are excluded in
    # this operation."): the datanode not registered yet
    ("hdfs-could-only-be-written-to-0-nodes", "transient",
     "+ hdfs dfs -put data/events.csv /user/ci/input/\n"
     "2026-12-04 10:31:02,118 WARN hdfs.DataStreamer: DataStreamer Exception\n"
     "org.apache.hadoop.ipc.RemoteException(java.io.IOException): File /user/ci/input/events.csv._COPYING_ could only "
     "be written to 0 of the 1 minReplication nodes. There are 0 datanode(s) running and 0 node(s) are excluded in this operation.\n"
     "put: File /user/ci/input/events.csv._COPYING_ could only be written to 0 of the 1 minReplication nodes. There are 0 datanode(s) running and 0 node(s) are excluded in this operation.\n"
     + _GHA),
    # apache/hadoop hadoop-hdfs/src/test .../MiniDFSCluster.java waitClusterUp ("Timed out waiting for Mini
    # HDFS Cluster to start")
    ("minidfscluster-start-timed-out", "transient",
     "[INFO] Running org.example.hdfs.ParquetWriterIT\n"
     "java.io.IOException: Timed out waiting for Mini HDFS Cluster to start\n"
     "\tat org.apache.hadoop.hdfs.MiniDFSCluster.waitClusterUp(MiniDFSCluster.java:1471)\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 14.0 s <<< FAILURE! - in org.example.hdfs.ParquetWriterIT\n"
     + _MVN),
    # apache/hadoop hadoop-common .../net/NetUtils.java wrapException ("Call From %s to %s failed on connection
    # exception: %s; For more details see:  %s")
    ("hadoop-call-from-connection-refused", "transient",
     "+ hdfs dfs -ls /\n"
     "ls: Call From runner-7f2c/10.1.0.4 to localhost:9000 failed on connection exception: java.net.ConnectException: "
     "Connection refused; For more details see:  http://wiki.apache.org/hadoop/ConnectionRefused\n"
     + _GHA),
    # apache/hadoop .../namenode/FSDirectory / FSNamesystem ("File does not exist: %s")
    ("hdfs-file-does-not-exist", "real",
     "java.io.FileNotFoundException: File does not exist: /user/ci/input/events-2026-12-03.csv\n"
     "\tat org.apache.hadoop.hdfs.server.namenode.INodeFile.valueOf(INodeFile.java:86)\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 22.5 s <<< FAILURE! - in org.example.hdfs.IngestIT\n"
     + _MVN),
    # apache/hadoop .../namenode/FSPermissionChecker.java ("Permission denied: user=%s, access=%s, inode=\"%s\":...")
    ("hdfs-permission-denied", "real",
     "+ hdfs dfs -put target/report.parquet /warehouse/reports/\n"
     "put: Permission denied: user=runner, access=WRITE, inode=\"/warehouse/reports\":hdfs:supergroup:drwxr-xr-x\n"
     + _GHA),
    # near-miss: a JUnit test that expected SafeModeException and got none
    ("junit-expected-safemode-exception", "real",
     "[ERROR] testWriteDuringSafeMode(org.example.hdfs.SafeModeHandlingTest)  Time elapsed: 3.2 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: Expected org.apache.hadoop.hdfs.server.namenode.SafeModeException to be thrown, but nothing was thrown.\n"
     "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN),

    # ================================================================== Cassandra / ScyllaDB
    # datastax/python-driver cassandra/cluster.py ResponseFuture._on_timeout ("Client request timeout. See
    # Session.execute[_async](timeout)") and cassandra/__init__.py OperationTimedOut ("errors=%s, last_host=%s")
    ("cassandra-python-operation-timed-out", "transient",
     "E   cassandra.OperationTimedOut: errors={'127.0.0.1:9042': 'Client request timeout. See Session.execute[_async](timeout)'}, last_host=127.0.0.1:9042\n"
     "FAILED tests/test_events.py::test_create_schema - cassandra.OperationTimedOut: errors={'127.0.0.1:9042': 'Client request timeout. See Session.execute[_async](timeout)'}, last_host=127.0.0.1:9042\n"
     "==================== 1 failed, 30 passed in 58.14s ====================\n"
     + _GHA),
    # datastax/python-driver cassandra/cluster.py ("Unable to complete the operation against any hosts")
    ("cassandra-python-no-host-against-any-hosts", "transient",
     "E   cassandra.cluster.NoHostAvailable: ('Unable to complete the operation against any hosts', "
     "{<Host: 127.0.0.1:9042 datacenter1>: ConnectionShutdown('Connection to 127.0.0.1:9042 was closed')})\n"
     "FAILED tests/test_events.py::test_write_many - cassandra.cluster.NoHostAvailable: ('Unable to complete the operation against any hosts', ...)\n"
     + _GHA),
    # scylladb/scylladb (its ReadTimeout text "Operation timed out for %s - received only %d responses from %d
    # CL=%s.") as the python-driver's ReadTimeout (code=1200) relays it
    ("scylla-read-timeout", "transient",
     "E   cassandra.ReadTimeout: Error from server: code=1200 [Coordinator node timed out waiting for replica "
     "nodes' responses] message=\"Operation timed out for shop.orders - received only 0 responses from 1 CL=ONE.\" "
     "info={'consistency': 'ONE', 'required_responses': 1, 'received_responses': 0}\n"
     "FAILED tests/test_orders.py::test_list_orders - cassandra.ReadTimeout: Error from server: code=1200 ...\n"
     + _GHA),
    # apache/cassandra-java-driver core .../api/core/AllNodesFailedException.java ("Could not reach any
    # contact point, make sure you've provided valid addresses (showing first %d nodes, ...)")
    ("cassandra-java-all-nodes-failed-refused", "transient",
     "[INFO] Running org.example.store.EventRepositoryIT\n"
     "com.datastax.oss.driver.api.core.AllNodesFailedException: Could not reach any contact point, make sure you've "
     "provided valid addresses (showing first 1 nodes, use getAllErrors() for more): Node(endPoint=localhost/127.0.0.1:9042, "
     "hostId=null, hashCode=5a1b9c): [io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:9042]\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 6, Skipped: 0, Time elapsed: 2.9 s <<< FAILURE! - in org.example.store.EventRepositoryIT\n"
     + _MVN),
    # apache/cassandra-java-driver .../internal/core/cql/CqlRequestHandler.java (DriverTimeoutException
    # "Query timed out after %s")
    ("cassandra-java-driver-timeout", "transient",
     "com.datastax.oss.driver.api.core.DriverTimeoutException: Query timed out after PT2S\n"
     "\tat com.datastax.oss.driver.api.core.DriverTimeoutException.copy(DriverTimeoutException.java:34)\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 14.9 s <<< FAILURE! - in org.example.store.EventRepositoryIT\n"
     + _MVN),
    # apache/cassandra-gocql-driver session.go (ErrNoConnections "gocql: no hosts available in the pool")
    ("gocql-no-hosts-available", "transient",
     "=== RUN   TestInsertEvent\n"
     "    store_test.go:31: insert: gocql: no hosts available in the pool\n"
     "--- FAIL: TestInsertEvent (0.01s)\n"
     "FAIL\tgithub.com/example/events/store\t10.212s\n"
     + _GHA),
    # gocql conn.go (ErrTimeoutNoResponse "gocql: no response received from cassandra within timeout period")
    ("gocql-no-response-within-timeout", "transient",
     "=== RUN   TestCreateKeyspace\n"
     "    store_test.go:18: create keyspace: gocql: no response received from cassandra within timeout period\n"
     "--- FAIL: TestCreateKeyspace (11.00s)\n"
     "FAIL\tgithub.com/example/events/store\t11.317s\n"
     + _GHA),
    # apache/cassandra cql3 ... ("Keyspace '%s' does not exist") relayed by the Java driver's
    # InvalidQueryException
    ("cassandra-java-keyspace-does-not-exist", "real",
     "com.datastax.oss.driver.api.core.servererrors.InvalidQueryException: Keyspace 'inventory' does not exist\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.9 s <<< FAILURE! - in org.example.store.StockRepositoryIT\n"
     + _MVN),
    # apache/cassandra cql3 Constants ("Invalid STRING constant (%s) for \"%s\" of type %s"), code 2200
    ("cassandra-python-invalid-constant-type", "real",
     "E   cassandra.InvalidRequest: Error from server: code=2200 [Invalid query] message=\"Invalid STRING constant (abc) for \\\"qty\\\" of type int\"\n"
     "FAILED tests/test_stock.py::test_update_qty - cassandra.InvalidRequest: Error from server: code=2200 [Invalid query] ...\n"
     + _GHA),
    # near-miss: an application's retry log line about NoHostAvailable beside a failing assertion
    ("app-retry-nohostavailable-beside-assertion", "real",
     "WARNING  events.writer:writer.py:88 write failed with NoHostAvailable, retrying in 1s\n"
     "E       AssertionError: assert 41 == 42\n"
     "FAILED tests/test_writer.py::test_counts_all_events - AssertionError: assert 41 == 42\n"
     "==================== 1 failed, 17 passed in 12.44s ====================\n"
     + _GHA),

    # ================================================================== NATS
    # nats-io/nats.go nats.go (ErrMaxPayload "nats: maximum payload exceeded"): the message is larger than the
    # server's max_payload, every run
    ("nats-maximum-payload-exceeded", "real",
     "=== RUN   TestPublishSnapshot\n"
     "    snapshot_test.go:57: publish: nats: maximum payload exceeded\n"
     "--- FAIL: TestPublishSnapshot (0.02s)\n"
     "FAIL\tgithub.com/example/bus/snapshot\t0.118s\n"
     + _GHA),
    # nats.go jserrors.go / jetstream/errors.go (ErrJetStreamNotEnabled "nats: jetstream not enabled"): the
    # server container was started without -js
    ("nats-jetstream-not-enabled", "real",
     "=== RUN   TestCreateStream\n"
     "    stream_test.go:22: add stream: nats: jetstream not enabled\n"
     "--- FAIL: TestCreateStream (0.01s)\n"
     "FAIL\tgithub.com/example/bus/stream\t0.091s\n"
     + _GHA),
    # near-miss: a test asserting that a request times out, and it did not (testify's "An error is expected")
    # (twenty-fourth round, timesout24) relabelled unknown from real: the name's verb ("TestRequestTimesOut") is read as
    # the noun is, and the noun's expected-timeout report reads unknown by the round's tally (10 flaky of 15 decided
    # threads, tests/unit/test_rules24_timeout_named.py; tests/unit/test_rules24_times_out_names.py)
    ("testify-expected-nats-timeout", "unknown",
     "=== RUN   TestRequestTimesOut\n"
     "    request_test.go:44:\n"
     "        \tError Trace:\trequest_test.go:44\n"
     "        \tError:      \tAn error is expected but got nil.\n"
     "        \tMessages:   \texpected nats: timeout from the slow responder\n"
     "--- FAIL: TestRequestTimesOut (0.50s)\n"
     "FAIL\tgithub.com/example/bus/request\t0.734s\n"
     + _GHA),

    # ================================================================== Apache Pulsar
    # apache/pulsar pulsar-client .../impl/ProducerImpl.java (PulsarClientException.TimeoutException "Could not
    # send message to broker within given timeout")
    ("pulsar-java-send-timeout", "transient",
     "org.apache.pulsar.client.api.PulsarClientException$TimeoutException: Could not send message to broker within given timeout\n"
     "\tat org.apache.pulsar.client.api.PulsarClientException.unwrap(PulsarClientException.java:1131)\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 34.0 s <<< FAILURE! - in org.example.bus.OrderPublisherIT\n"
     + _MVN),
    # apache/pulsar pulsar-client ... (PulsarClientException$ConnectException over netty's "Connection refused")
    ("pulsar-java-connect-refused", "transient",
     "org.apache.pulsar.client.api.PulsarClientException$ConnectException: java.util.concurrent.CompletionException: "
     "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:6650\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 3, Skipped: 0, Time elapsed: 3.0 s <<< FAILURE! - in org.example.bus.OrderPublisherIT\n"
     + _MVN),
    # apache/pulsar-client-python (the C++ client's result names: "Pulsar error: ConnectError", "TimeOut")
    ("pulsar-python-connect-error", "transient",
     "E   _pulsar.ConnectError: Pulsar error: ConnectError\n"
     "ERROR tests/test_bus.py::test_publish_order - _pulsar.ConnectError: Pulsar error: ConnectError\n"
     + _GHA),
    # apache/pulsar (TopicDoesNotExistException "Topic Not Found.") with topic auto-creation off
    ("pulsar-java-topic-does-not-exist", "real",
     "org.apache.pulsar.client.api.PulsarClientException$TopicDoesNotExistException: Topic Not Found.\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.4 s <<< FAILURE! - in org.example.bus.OrderConsumerIT\n"
     + _MVN),

    # ================================================================== CockroachDB / TiDB
    # cockroachdb/cockroach pkg/kv/kvpb/errors.go (TransactionRetryWithProtoRefreshError, "restart
    # transaction: %s", SQLSTATE 40001; documented at cockroachlabs.com/docs/stable/transaction-retry-error-reference)
    ("cockroach-restart-transaction-pgx", "transient",
     "=== RUN   TestTransferConcurrent\n"
     "    transfer_test.go:62: transfer: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: "
     "TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh): \"sql txn\" meta={id=3f2a91c0 "
     "key=/Table/112/1/7/0 iso=Serializable pri=0.01234567 epo=0 ts=1764843062.118000000,1 min=1764843062.101000000,0 seq=2} "
     "lock=true stat=PENDING rts=1764843062.101000000,0 wto=false gul=1764843062.601000000,0 (SQLSTATE 40001)\n"
     "--- FAIL: TestTransferConcurrent (0.41s)\n"
     "FAIL\tgithub.com/example/ledger/transfer\t1.902s\n"
     + _GHA),
    # cockroachdb/cockroach (WriteTooOldError "write for key %s at timestamp %s too old; must write at or above
    # %s") inside the same restart error, through pgjdbc
    ("cockroach-restart-transaction-write-too-old-jdbc", "transient",
     "org.postgresql.util.PSQLException: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: "
     "WriteTooOldError: write for key /Table/109/1/12/0 at timestamp 1764843062.355588000,0 too old; must write at or "
     "above 1764843062.778375000,3: \"sql txn\" meta={id=92409d02 key=/Table/109/1/12/0 pri=0.03022202 epo=0}\n"
     "  Hint: See: https://www.cockroachlabs.com/docs/v24.2/transaction-retry-error-reference.html#retry_write_too_old\n"
     "[ERROR] Tests run: 8, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 5.5 s <<< FAILURE! - in org.example.ledger.TransferServiceIT\n"
     + _MVN),
    # near-miss: the table the migration never created (42P01), printed by CockroachDB as PostgreSQL does
    ("cockroach-relation-does-not-exist", "real",
     "=== RUN   TestListTransfers\n"
     "    transfer_test.go:88: list: ERROR: relation \"transfers_v2\" does not exist (SQLSTATE 42P01)\n"
     "--- FAIL: TestListTransfers (0.01s)\n"
     "FAIL\tgithub.com/example/ledger/transfer\t0.402s\n"
     + _GHA),
    # near-miss: a test about the retry handling that fails on its own comparison
    ("pytest-retry-handler-assert-restart-transaction", "real",
     "E       AssertionError: assert 'restart transaction: TransactionRetryWithProtoRefreshError' in 'committed'\n"
     "FAILED tests/test_retry.py::test_retry_error_is_surfaced - AssertionError: assert 'restart transaction: TransactionRetryWithProtoRefreshError' in 'committed'\n"
     "==================== 1 failed, 12 passed in 3.11s ====================\n"
     + _GHA),
    # pingcap/tidb pkg/kv/error.go / errno (ErrWriteConflict 9007 "Write conflict, txnStartTS=%d,
    # conflictStartTS=%d, conflictCommitTS=%d, key=%s ... [try again later]"; docs.pingcap.com/tidb/stable/error-codes)
    ("tidb-write-conflict-9007", "transient",
     "=== RUN   TestReserveStock\n"
     "    stock_test.go:71: commit: Error 9007 (HY000): Write conflict, txnStartTS=453012345678901249, "
     "conflictStartTS=453012345678901250, conflictCommitTS=453012345678901252, key={tableID=84, handle=3} "
     "primary={tableID=84, handle=3}, reason=Optimistic [try again later]\n"
     "--- FAIL: TestReserveStock (0.22s)\n"
     "FAIL\tgithub.com/example/shop/stock\t1.330s\n"
     + _GHA),

    # ================================================================== near-misses of the new entries
    # a unit test of a client wrapper whose comparison quotes Trino's start-up message
    ("pytest-assert-quotes-trino-still-initializing", "real",
     "E       AssertionError: assert 'Trino server is still initializing' == 'ready'\n"
     "FAILED tests/test_wait.py::test_ready_message - AssertionError: assert 'Trino server is still initializing' == 'ready'\n"
     "==================== 1 failed, 9 passed in 0.41s ====================\n"
     + _GHA),
    # an application's handled retry line about SolrJ beside the test's own failed assertion
    ("app-log-no-live-solr-retrying-beside-assertion", "real",
     "2026-12-04 10:41:07 WARN  o.e.search.Indexer - No live SolrServers available to handle this request, retrying in 2s\n"
     "[ERROR] testFacetCounts(org.example.search.FacetTest)  Time elapsed: 4.1 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <12> but was: <11>\n"
     "[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN),
    # a JUnit comparison of the exception's message: the safe-mode text is the value compared
    ("junit-compares-safe-mode-message", "real",
     "[ERROR] testMkdirRejected(org.example.hdfs.SafeModeHandlingTest)  Time elapsed: 2.0 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <Cannot create directory /tmp/ci. Name node is in safe mode.> but was: <null>\n"
     "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN),
    # a Go test that failed on its comparison, and the suite's cleanup then logged gocql's words (the store
    # container already stopped): the failure came first
    ("go-assert-then-cleanup-no-hosts", "real",
     "=== RUN   TestTotals\n"
     "    totals_test.go:40: totals: got 41, want 42\n"
     "--- FAIL: TestTotals (0.02s)\n"
     "FAIL\n"
     "2026/12/04 10:40:00 cleanup: truncate events: gocql: no hosts available in the pool\n"
     "FAIL\tgithub.com/example/events/totals\t3.114s\n"
     + _GHA),
    # a CockroachDB retry error in one test and a wrong value in another: the second fails the rerun
    ("go-restart-transaction-beside-wrong-value", "real",
     "=== RUN   TestTransferConcurrent\n"
     "    transfer_test.go:62: transfer: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: "
     "TransactionRetryError: retry txn (RETRY_SERIALIZABLE - failed preemptive refresh) (SQLSTATE 40001)\n"
     "--- FAIL: TestTransferConcurrent (0.41s)\n"
     "=== RUN   TestBalanceAfterTransfer\n"
     "    transfer_test.go:91: balance: got 90, want 100\n"
     "--- FAIL: TestBalanceAfterTransfer (0.05s)\n"
     "FAIL\tgithub.com/example/ledger/transfer\t1.902s\n"
     + _GHA),
    # the JobManager container the job started exited on its own configuration, then Flink's client was refused
    ("flink-jobmanager-exited-then-refused", "real",
     "flink-jobmanager-1  | org.apache.flink.configuration.IllegalConfigurationException: Invalid configuration value for option 'jobmanager.memory.process.size'.\n"
     "flink-jobmanager-1 exited with code 1\n"
     "+ ./bin/flink run -m localhost:8081 target/orders-pipeline-1.0.jar\n"
     "org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Failed to execute job 'orders-enrichment'.\n"
     "Caused by: java.util.concurrent.CompletionException: org.apache.flink.shaded.netty4.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:8081\n"
     + _GHA),
    # pingcap/tidb pkg/domain (ErrInfoSchemaChanged 8028 "Information schema is changed during the execution of
    # the statement(...). If you see this error often, try increasing `tidb_max_delta_schema_count`. [try again
    # later]"; listed as retryable at docs.pingcap.com/tidb/stable/dev-guide-transaction-troubleshoot)
    ("tidb-information-schema-changed-8028", "transient",
     "=== RUN   TestReserveStockDuringMigration\n"
     "    stock_test.go:80: commit: Error 8028 (HY000): Information schema is changed during the execution of the "
     "statement(for example, table definition may be updated by other DDL ran in parallel). If you see this error "
     "often, try increasing `tidb_max_delta_schema_count`. [try again later]\n"
     "--- FAIL: TestReserveStockDuringMigration (0.31s)\n"
     "FAIL\tgithub.com/example/shop/stock\t1.602s\n"
     + _GHA),
    # pingcap/tidb errno (ErrPDServerTimeout 9001 "PD server timeout: %s"; docs.pingcap.com/tidb/stable/error-codes)
    ("tidb-pd-server-timeout-9001", "transient",
     "E   pymysql.err.OperationalError: (9001, 'PD server timeout: ')\n"
     "ERROR tests/test_stock.py::test_reserve - pymysql.err.OperationalError: (9001, 'PD server timeout: ')\n"
     + _GHA),
    # near-miss: MySQL's 1146 as TiDB returns it for a table the migration never created
    ("tidb-table-doesnt-exist-1146", "real",
     "=== RUN   TestListStock\n"
     "    stock_test.go:95: list: Error 1146 (42S02): Table 'shop.stock_v2' doesn't exist\n"
     "--- FAIL: TestListStock (0.01s)\n"
     "FAIL\tgithub.com/example/shop/stock\t0.402s\n"
     + _GHA),
]

# Wordings printed both for a shortfall of the moment and for a persistent cause: no transient verdict
# with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # apache/flink .../slotpool/DeclarativeSlotPoolBridge.java (NoResourceAvailableException "Could not
    # acquire the minimum required resources."): a TaskManager that did not register in time, or a job whose
    # parallelism is above the MiniCluster's slots on every run
    ("flink-no-resource-available",
     "org.apache.flink.runtime.client.JobExecutionException: Job execution failed.\n"
     "Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy\n"
     "Caused by: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources.\n"
     "[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 301.7 s <<< FAILURE! - in org.example.pipeline.JoinJobIT\n"
     + _MVN),
    # ClickHouse src/Common/MemoryTracker.cpp ("Memory limit (total) exceeded: would use %s (attempt to
    # allocate chunk of %d bytes), maximum: %s", MEMORY_LIMIT_EXCEEDED 241): the job's own query
    ("clickhouse-memory-limit-exceeded",
     "+ clickhouse-client --host localhost --queries-file sql/backfill.sql\n"
     "Code: 241. DB::Exception: Received from localhost:9000. DB::Exception: Memory limit (total) exceeded: would use "
     "3.51 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 3.46 GiB. OvercommitTracker decision: Query was "
     "selected to stop by OvercommitTracker.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED)\n"
     + _GHA),
    # trinodb/trino .../memory/QueryContext ("Query exceeded per-node memory limit of %s [%s]",
    # EXCEEDED_LOCAL_MEMORY_LIMIT)
    ("trino-exceeded-per-node-memory",
     "Query 20261204_103001_00011_ab12c failed: Query exceeded per-node memory limit of 1GB [Allocated: 1023.98MB, "
     "Delta: 2.00MB, Top Consumers: {HashBuilderOperator=1017.40MB, ExchangeOperator=6.58MB}]\n"
     + _GHA),
    # apache/hadoop FSNamesystem (SafeModeException ... "It was turned on manually. Use \"hdfs dfsadmin -safemode
    # leave\" to turn safe mode off."): the job's own setup, not the start-up wait
    ("hdfs-safe-mode-turned-on-manually",
     "+ hdfs dfs -mkdir /tmp/ci\n"
     "mkdir: Cannot create directory /tmp/ci. Name node is in safe mode.\n"
     "It was turned on manually. Use \"hdfs dfsadmin -safemode leave\" to turn safe mode off.\n"
     + _GHA),
    # apache/hadoop hadoop-hdfs-client .../DFSInputStream.java ("Cannot obtain block length for %s"): a file
    # whose writer died or is still open: a race in the test or a file left unclosed
    ("hdfs-cannot-obtain-block-length",
     "java.io.IOException: Cannot obtain block length for LocatedBlock{BP-1804251907-127.0.0.1-1764843000000:"
     "blk_1073741829_1005; getBlockSize()=1024; corrupt=false; offset=0; locs=[DatanodeInfoWithStorage[127.0.0.1:41523,DS-7c1d,DISK]]}\n"
     "\tat org.apache.hadoop.hdfs.DFSInputStream.readBlockLength(DFSInputStream.java:362)\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 18.2 s <<< FAILURE! - in org.example.hdfs.TailReaderIT\n"
     + _MVN),
    # nats-io/nats.go nats.go (ErrTimeout "nats: timeout"): a slow responder or a responder the test never
    # wired to answer
    ("nats-request-timeout",
     "=== RUN   TestQuotePrice\n"
     "    quote_test.go:29: request: nats: timeout\n"
     "--- FAIL: TestQuotePrice (2.00s)\n"
     "FAIL\tgithub.com/example/bus/quote\t2.214s\n"
     + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_data_engine_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_data_engine_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Lost connection to task manager '",
    "Heartbeat of TaskManager with id ",
    "Permission denied: user=",
    "Query 20261204_101503_00000_x9k2p failed: line 1:",
    "    store_test.go:31: got ",
    "Write conflict, txnStartTS=1, conflictStartTS=",
    "Error 9005 (HY000): Region is unavailable",
]
