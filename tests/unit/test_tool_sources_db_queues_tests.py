"""Fourteenth round, tool sources: the errors databases and brokers return to test suites and ORMs in
CI, past the connection and credential errors the eleventh round's services file holds (PostgreSQL,
MySQL/MariaDB, SQL Server, MongoDB, Redis, Elasticsearch/OpenSearch, Kafka, RabbitMQ, Cassandra, NATS)
and the ORMs and drivers that wrap them (Django, Active Record, Hibernate/Spring over JDBC, SQLAlchemy
over psycopg, Prisma, pgx, node-postgres).

Each case is a short log written for the test around one message as the server or driver words it. The
wording was read from the servers' and drivers' own source (the comment above each case names the
repository and file holding the format string) or, for the closed SQL Server, from its documented error
texts; hosts, tables, tests and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a lock conflict the server broke by aborting one side (PostgreSQL's deadlock detected and
    serialization failures, SQLSTATE 40P01/40001; MySQL's 1213 deadlock and 1205 lock wait timeout;
    SQL Server's deadlock victim 1205; Prisma's P2034; Active Record's Deadlocked/LockWaitTimeout) in a
    suite's concurrent test -> transient: which transaction loses is a matter of timing, and the error
    text itself says to rerun it;
  * a server with no connection slot left, restarting under the client, a replica set still electing
    its primary, a Redis running a long script, a cluster without a master yet, a Cassandra replica
    that did not answer in time, a broker shut down under the client -> transient;
  * a table, column or keyspace that does not exist, an SQL syntax error, a unique or not-null
    constraint the data broke, a queue declared with other arguments, a driver used wrongly (pgx's
    conn busy, node-postgres' reused client) -> real: the code, the same on every run;
  * a pool that ran dry (HikariCP, Active Record, SQLAlchemy's QueuePool, Prisma's P2024), a statement
    timeout, a NATS request without responders, a Redis READONLY or MISCONF: the code's leak or the
    machine's moment -> only not surely transient;
  * the words inside a test about them (an assertion, a test title, an application's handled retry
    line) are not the job meeting them, and a deterministic SQL error elsewhere in the run wins.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_PYTEST_END = "========================= 1 failed, 212 passed in 41.30s =========================\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ PostgreSQL
    # postgres/postgres src/backend/storage/lmgr/deadlock.c DeadLockReport ("deadlock detected",
    # errdetail "Process %d waits for %s; blocked by process %d.", errhint "See server log for query
    # details."), as psycopg2 prints the server's message
    ("pg-deadlock-detected-psycopg2", "transient",
     "tests/test_ledger.py::test_parallel_transfers FAILED                     [ 61%]\n"
     "E       psycopg2.errors.DeadlockDetected: deadlock detected\n"
     "E       DETAIL:  Process 311 waits for ShareLock on transaction 9921; blocked by process 318.\n"
     "E       Process 318 waits for ShareLock on transaction 9920; blocked by process 311.\n"
     "E       HINT:  See server log for query details.\n"
     "E       CONTEXT:  while updating tuple (0,7) in relation \"accounts\"\n"
     "FAILED tests/test_ledger.py::test_parallel_transfers - psycopg2.errors.DeadlockDetected: deadlock detected\n"
     + _PYTEST_END + _EXIT),
    # postgres src/backend/executor/nodeModifyTable.c / heapam_handler.c ("could not serialize access due
    # to concurrent update") under REPEATABLE READ, as psycopg 3 raises it (errors.SerializationFailure)
    ("pg-serialize-concurrent-update-psycopg3", "transient",
     "tests/test_inventory.py::test_reserve_concurrently FAILED               [ 44%]\n"
     "E   psycopg.errors.SerializationFailure: could not serialize access due to concurrent update\n"
     "FAILED tests/test_inventory.py::test_reserve_concurrently - psycopg.errors.SerializationFailure: could not serialize access due to concurrent update\n"
     + _PYTEST_END + _EXIT),
    # postgres src/backend/storage/lmgr/predicate.c ("could not serialize access due to read/write
    # dependencies among transactions", errdetail "Reason code: Canceled on identification as a pivot,
    # during commit attempt.") as pgx prints a PgError ("ERROR: %s (SQLSTATE %s)")
    ("pgx-serialize-rw-dependencies", "transient",
     "=== RUN   TestBookingsConcurrent\n"
     "    booking_test.go:88: commit: ERROR: could not serialize access due to read/write dependencies among transactions (SQLSTATE 40001)\n"
     "--- FAIL: TestBookingsConcurrent (0.84s)\n"
     "FAIL\n"
     "FAIL\texample.org/rooms/store\t3.112s\n" + _EXIT),
    # jackc/pgx pgconn/errors.go PgError.Error ("%s: %s (SQLSTATE %s)") with deadlock.c's message
    ("pgx-deadlock-detected", "transient",
     "=== RUN   TestTransferBothWays\n"
     "    transfer_test.go:51: update: ERROR: deadlock detected (SQLSTATE 40P01)\n"
     "--- FAIL: TestTransferBothWays (1.20s)\n"
     "FAIL\texample.org/bank/ledger\t2.004s\n" + _EXIT),
    # postgres src/backend/utils/init/postinit.c ("sorry, too many clients already", SQLSTATE 53300), as
    # node-postgres passes the server's FATAL on
    ("pg-too-many-clients-node", "transient",
     "  ● orders repository › lists open orders\n"
     "\n"
     "    error: sorry, too many clients already\n"
     "\n"
     "      at Parser.parseErrorMessage (node_modules/pg-protocol/dist/parser.js:283:98)\n"
     "Tests:       1 failed, 140 passed, 141 total\n" + _EXIT),
    # postgres postinit.c ("remaining connection slots are reserved for roles with the SUPERUSER
    # attribute"; older servers "... for non-replication superuser connections"), as psycopg2's
    # OperationalError prints libpq's "connection to server at ... failed: FATAL:  ..."
    ("pg-slots-reserved-superuser", "transient",
     "django.db.utils.OperationalError: connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections\n"
     "ERROR: 1 error during setup of tests/test_api.py::test_list\n" + _CIRCLE),
    # postgres src/backend/tcop/postgres.c ProcessInterrupts ("terminating connection due to
    # administrator command", 57P01): the server was shut down or restarted under the session
    ("pg-terminated-by-administrator", "transient",
     "  1) Reports export builds the CSV\n"
     "     Failure/Error: Report.refresh!\n"
     "     ActiveRecord::StatementInvalid:\n"
     "       PG::AdminShutdown: FATAL:  terminating connection due to administrator command\n"
     "       server closed the connection unexpectedly\n"
     "Finished in 2 minutes 3 seconds (files took 4.1 seconds to load)\n"
     "311 examples, 1 failure\n" + _CIRCLE),
    # postgres src/backend/tcop/postgres.c ("canceling statement due to lock timeout", 55P03): a lock
    # another session held past lock_timeout
    ("pg-lock-timeout-cancel", "transient",
     "tests/test_jobs.py::test_claim_next_job FAILED\n"
     "E   sqlalchemy.exc.OperationalError: (psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout\n"
     "E   [SQL: UPDATE jobs SET state=%(state)s WHERE jobs.id = %(jobs_id)s]\n"
     "FAILED tests/test_jobs.py::test_claim_next_job - sqlalchemy.exc.OperationalError: (psycopg2.errors.LockNotAvailable) canceling statement due to lock timeout\n"
     + _PYTEST_END + _EXIT),
    # near-miss: postgres src/backend/parser/parse_relation.c ("relation \"%s\" does not exist", 42P01)
    ("pg-relation-missing-psycopg2", "real",
     "tests/test_reports.py::test_monthly FAILED\n"
     "E   django.db.utils.ProgrammingError: relation \"reports_monthlysummary\" does not exist\n"
     "E   LINE 1: SELECT \"reports_monthlysummary\".\"id\" FROM \"reports_monthlysumm...\n"
     "FAILED tests/test_reports.py::test_monthly - django.db.utils.ProgrammingError: relation \"reports_monthlysummary\" does not exist\n"
     + _PYTEST_END + _EXIT),
    # near-miss: postgres parse_relation.c errorMissingColumn ("column \"%s\" does not exist", 42703) through
    # Active Record's StatementInvalid (PG::UndefinedColumn)
    ("ar-pg-undefined-column", "real",
     "  1) Invoice#total sums the lines\n"
     "     Failure/Error: invoice.lines.sum(:amount_cents)\n"
     "     ActiveRecord::StatementInvalid:\n"
     "       PG::UndefinedColumn: ERROR:  column invoice_lines.amount_cents does not exist\n"
     "       LINE 1: SELECT SUM(\"invoice_lines\".\"amount_cents\") FROM \"invoice_lines\"...\n"
     "311 examples, 1 failure\n" + _CIRCLE),
    # near-miss: postgres src/backend/parser/scan.l ("syntax error at or near \"%s\"", 42601) through pgx
    ("pgx-syntax-error", "real",
     "=== RUN   TestListUsers\n"
     "    users_test.go:30: query: ERROR: syntax error at or near \"FORM\" (SQLSTATE 42601)\n"
     "--- FAIL: TestListUsers (0.01s)\n"
     "FAIL\texample.org/app/users\t0.402s\n" + _EXIT),
    # near-miss: postgres src/backend/access/nbtree/nbtinsert.c ("duplicate key value violates unique
    # constraint \"%s\"", 23505) through node-postgres
    ("pg-unique-violation-node", "real",
     "  ● signup › creates the account once\n"
     "\n"
     "    error: duplicate key value violates unique constraint \"users_email_key\"\n"
     "\n"
     "      at Parser.parseErrorMessage (node_modules/pg-protocol/dist/parser.js:283:98)\n"
     "Tests:       1 failed, 62 passed, 63 total\n" + _EXIT),
    # near-miss: a deadlock beside a deterministic SQL error in the same run: the missing relation fails
    # the rerun whatever the deadlock did
    ("pg-deadlock-beside-missing-relation", "real",
     "FAILED tests/test_ledger.py::test_parallel_transfers - psycopg2.errors.DeadlockDetected: deadlock detected\n"
     "FAILED tests/test_ledger.py::test_statement - psycopg2.errors.UndefinedTable: relation \"ledger_statement\" does not exist\n"
     "========================= 2 failed, 211 passed in 40.02s =========================\n" + _EXIT),
    # near-miss: a test ABOUT the deadlock (the retry helper's test asserting on the error text)
    ("pg-deadlock-in-assertion", "real",
     "    def test_retry_message():\n"
     ">       assert str(err.value) == 'deadlock detected'\n"
     "E       AssertionError: assert 'gave up after 3 attempts' == 'deadlock detected'\n"
     "FAILED tests/test_retry.py::test_retry_message - AssertionError: assert 'gave up after 3 attempts' == 'deadlock detected'\n"
     + _PYTEST_END + _EXIT),
    # ------------------------------------------------------------------ MySQL / MariaDB
    # mysql/mysql-server share/messages_to_clients.txt ER_LOCK_DEADLOCK 1213 ("Deadlock found when trying
    # to get lock; try restarting transaction"), as PyMySQL's OperationalError tuple prints it
    ("mysql-deadlock-pymysql", "transient",
     "tests/test_orders.py::test_concurrent_checkout FAILED\n"
     "E   sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1213, 'Deadlock found when trying to get lock; try restarting transaction')\n"
     "E   [SQL: UPDATE stock SET qty=qty - %(qty)s WHERE stock.sku = %(sku)s]\n"
     "FAILED tests/test_orders.py::test_concurrent_checkout - sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1213, 'Deadlock found when trying to get lock; try restarting transaction')\n"
     + _PYTEST_END + _EXIT),
    # messages_to_clients.txt ER_LOCK_WAIT_TIMEOUT 1205 ("Lock wait timeout exceeded; try restarting
    # transaction"), as Active Record's Mysql2 adapter translates it (ActiveRecord::LockWaitTimeout)
    ("ar-mysql-lock-wait-timeout", "transient",
     "  1) Seats reserve the last seat\n"
     "     Failure/Error: seat.lock!\n"
     "     ActiveRecord::LockWaitTimeout:\n"
     "       Mysql2::Error::TimeoutError: Lock wait timeout exceeded; try restarting transaction\n"
     "Finished in 4 minutes 12 seconds (files took 6.3 seconds to load)\n"
     "902 examples, 1 failure\n" + _CIRCLE),
    # sidorares/node-mysql2 lib/constants/errors.js (ER_LOCK_DEADLOCK), the error's code and message as
    # jest prints them
    ("mysql2-node-deadlock", "transient",
     "  ● cart › merges two sessions\n"
     "\n"
     "    Error: Deadlock found when trying to get lock; try restarting transaction\n"
     "      code: 'ER_LOCK_DEADLOCK',\n"
     "      errno: 1213,\n"
     "Tests:       1 failed, 77 passed, 78 total\n" + _EXIT),
    # Hibernate's SQLStateConversionDelegate / MySQL dialect: LockAcquisitionException for 1213 and
    # Spring's CannotAcquireLockException wrapping it
    ("hibernate-mysql-lock-acquisition", "transient",
     "[ERROR] Tests run: 14, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 9.1 s <<< FAILURE! - in org.example.stock.StockServiceIT\n"
     "[ERROR] reserveInParallel  Time elapsed: 2.3 s  <<< ERROR!\n"
     "org.springframework.dao.CannotAcquireLockException: could not execute statement [Deadlock found when trying to get lock; try restarting transaction] [update stock set qty=? where id=?]\n"
     "Caused by: org.hibernate.exception.LockAcquisitionException: could not execute statement\n"
     "[ERROR] BUILD FAILURE\n" + _EXIT),
    # near-miss: messages_to_clients.txt ER_BAD_FIELD_ERROR 1054 ("Unknown column '%s' in '%s'")
    ("mysql-unknown-column", "real",
     "E   MySQLdb.OperationalError: (1054, \"Unknown column 'orders.shipped_at' in 'field list'\")\n"
     "FAILED tests/test_orders.py::test_shipped - MySQLdb.OperationalError: (1054, \"Unknown column 'orders.shipped_at' in 'field list'\")\n"
     + _PYTEST_END + _EXIT),
    # near-miss: ER_NO_SUCH_TABLE 1146 ("Table '%s.%s' doesn't exist") through Active Record
    ("ar-mysql-no-such-table", "real",
     "     ActiveRecord::StatementInvalid:\n"
     "       Mysql2::Error: Table 'app_test.audit_events' doesn't exist\n"
     "902 examples, 1 failure\n" + _CIRCLE),
    # near-miss: ER_PARSE_ERROR 1064 ("You have an error in your SQL syntax; check the manual ...")
    ("mysql-parse-error", "real",
     "  ● search › filters by tag\n"
     "\n"
     "    Error: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'WHERE tag = ?' at line 1\n"
     "      code: 'ER_PARSE_ERROR',\n"
     "Tests:       1 failed, 77 passed, 78 total\n" + _EXIT),
    # near-miss: ER_DUP_ENTRY 1062 ("Duplicate entry '%s' for key '%s'")
    ("mysql-duplicate-entry", "real",
     "org.springframework.dao.DataIntegrityViolationException: could not execute statement [Duplicate entry 'ada@example.org' for key 'users.uk_email']\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n" + _EXIT),
    # ------------------------------------------------------------------ SQL Server (closed: documented texts)
    # learn.microsoft.com/sql/relational-databases/errors-events/mssqlserver-1205-database-engine-error
    # ("Transaction (Process ID %d) was deadlocked on %.*ls resources with another process and has been
    # chosen as the deadlock victim. Rerun the transaction."), as Microsoft.Data.SqlClient raises it
    ("mssql-deadlock-victim", "transient",
     "  Failed Orders.Tests.CheckoutTests.ParallelCheckout [1 s]\n"
     "  Error Message:\n"
     "   Microsoft.Data.SqlClient.SqlException : Transaction (Process ID 61) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.\n"
     "Failed!  - Failed:     1, Passed:   118, Skipped:     0, Total:   119, Duration: 21 s\n" + _EXIT),
    # near-miss: documented error 208 ("Invalid object name '%.*ls'.")
    ("mssql-invalid-object-name", "real",
     "  Failed Orders.Tests.ReportTests.Monthly [12 ms]\n"
     "  Error Message:\n"
     "   Microsoft.Data.SqlClient.SqlException : Invalid object name 'dbo.MonthlySummary'.\n"
     "Failed!  - Failed:     1, Passed:   118, Skipped:     0, Total:   119, Duration: 21 s\n" + _EXIT),
    # near-miss: documented error 207 ("Invalid column name '%.*ls'.")
    ("mssql-invalid-column-name", "real",
     "com.microsoft.sqlserver.jdbc.SQLServerException: Invalid column name 'ShippedAt'.\n"
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # ------------------------------------------------------------------ MongoDB
    # mongodb/node-mongodb-native src/sdam/topology.ts ("Server selection timed out after %d ms") with the
    # refused connection under it
    ("mongo-node-server-selection-refused", "transient",
     "  ● users › creates a user\n"
     "\n"
     "    MongoServerSelectionError: Server selection timed out after 30000 ms\n"
     "    connect ECONNREFUSED 127.0.0.1:27017\n"
     "Tests:       12 failed, 0 passed, 12 total\n" + _EXIT),
    # mongodb/mongo-python-driver pymongo/topology.py (ServerSelectionTimeoutError "%s, Timeout: %ss,
    # Topology Description: %r")
    ("pymongo-server-selection-timeout", "transient",
     "E   pymongo.errors.ServerSelectionTimeoutError: mongo:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 65f0, topology_type: Unknown, servers: [<ServerDescription ('mongo', 27017) server_type: Unknown>]>\n"
     "ERROR tests/test_repo.py::test_insert - pymongo.errors.ServerSelectionTimeoutError\n" + _EXIT),
    # mongodb/mongo src/mongo/base/error_codes.yml NotWritablePrimary (10107, "not primary"), while a
    # single-node replica set the job started is still electing itself
    ("mongo-not-primary", "transient",
     "  ● orders › saves an order\n"
     "\n"
     "    MongoServerError: not primary\n"
     "      code: 10107,\n"
     "      codeName: 'NotWritablePrimary'\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _EXIT),
    # near-miss: mongo src/mongo/db/storage/duplicate_key_error_info.cpp ("E11000 duplicate key error
    # collection: %s index: %s dup key: %s")
    ("mongo-duplicate-key", "real",
     "    MongoServerError: E11000 duplicate key error collection: app_test.users index: email_1 dup key: { email: \"ada@example.org\" }\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _EXIT),
    # ------------------------------------------------------------------ Redis
    # redis/redis src/server.c shared.slowscripterr ("-BUSY Redis is busy running a script. You can only
    # call SCRIPT KILL or SHUTDOWN NOSAVE."), as redis-py raises it (a ResponseError)
    ("redis-busy-script", "transient",
     "E   redis.exceptions.ResponseError: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\n"
     "FAILED tests/test_cache.py::test_warmup - redis.exceptions.ResponseError: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\n"
     + _PYTEST_END + _EXIT),
    # near-miss: redis server.c ("-WRONGTYPE Operation against a key holding the wrong kind of value"):
    # the code's own key use
    ("redis-wrongtype", "real",
     "E   redis.exceptions.ResponseError: WRONGTYPE Operation against a key holding the wrong kind of value\n"
     "FAILED tests/test_cache.py::test_counter - redis.exceptions.ResponseError: WRONGTYPE Operation against a key holding the wrong kind of value\n"
     + _PYTEST_END + _EXIT),
    # ------------------------------------------------------------------ Elasticsearch / OpenSearch
    # elastic/elasticsearch server/.../discovery/NoMasterBlockService.java (NO_MASTER_BLOCK_WRITES
    # "no master", id 2, SERVICE_UNAVAILABLE), reported as cluster_block_exception
    ("es-no-master-block", "transient",
     "E   elasticsearch.ApiError: ApiError(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/2/no master];')\n"
     "ERROR tests/test_search.py::test_index_docs - elasticsearch.ApiError: ApiError(503, 'cluster_block_exception', ...)\n"
     + _EXIT),
    # elasticsearch server/.../common/util/concurrent/EsRejectedExecutionException.java (429,
    # es_rejected_execution_exception: a full thread-pool queue)
    ("es-rejected-execution", "transient",
     "opensearchpy.exceptions.TransportError: TransportError(429, 'es_rejected_execution_exception', 'rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=53100, max_coordinating_and_primary_bytes=52428800]')\n"
     "FAILED tests/test_bulk.py::test_bulk_load - opensearchpy.exceptions.TransportError: TransportError(429, 'es_rejected_execution_exception', ...)\n"
     + _PYTEST_END + _EXIT),
    # elasticsearch server/.../common/breaker/CircuitBreakingException.java ("[parent] Data too large, data
    # for [%s] would be [%d], which is larger than the limit of [%d]")
    ("es-circuit-breaker", "transient",
     "E   elasticsearch.ApiError: ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for [<http_request>] would be [522714824/498.5mb], which is larger than the limit of [510027366/486.3mb]')\n"
     "FAILED tests/test_search.py::test_aggregate - elasticsearch.ApiError: ApiError(429, 'circuit_breaking_exception', ...)\n"
     + _PYTEST_END + _EXIT),
    # near-miss: elasticsearch ResourceAlreadyExistsException ("index [%s/%s] already exists"): the test
    # creates an index it never deletes
    ("es-index-already-exists", "real",
     "E   elasticsearch.BadRequestError: BadRequestError(400, 'resource_already_exists_exception', 'index [products/dTtQm] already exists')\n"
     "FAILED tests/test_search.py::test_create_index - elasticsearch.BadRequestError: BadRequestError(400, 'resource_already_exists_exception', ...)\n"
     + _PYTEST_END + _EXIT),
    # ------------------------------------------------------------------ Kafka
    # apache/kafka clients/.../producer/KafkaProducer.java waitOnMetadata ("Topic %s not present in
    # metadata after %d ms.")
    ("kafka-metadata-timeout", "transient",
     "[ERROR] publishesOrderEvent  Time elapsed: 60.2 s  <<< ERROR!\n"
     "java.util.concurrent.ExecutionException: org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after 60000 ms.\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n" + _EXIT),
    # kafka clients/.../common/errors/RebalanceInProgressException.java ("The group is rebalancing, so a
    # rejoin is needed.")
    ("kafka-rebalance-in-progress", "transient",
     "org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.\n"
     "Caused by: org.apache.kafka.common.errors.RebalanceInProgressException: The group is rebalancing, so a rejoin is needed.\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # near-miss: kafka clients/.../common/errors/RecordTooLargeException ("The message is %d bytes when
    # serialized which is larger than %d, which is the value of the max.request.size configuration.")
    ("kafka-record-too-large", "real",
     "org.apache.kafka.common.errors.RecordTooLargeException: The message is 1348020 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # near-miss: kafka SaslAuthenticationException ("Authentication failed during authentication due to
    # invalid credentials with SASL mechanism %s")
    ("kafka-sasl-auth-failed", "real",
     "org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # ------------------------------------------------------------------ RabbitMQ
    # rabbitmq/rabbitmq-server deps/rabbit/src/rabbit_amqqueue.erl ("PRECONDITION_FAILED - inequivalent
    # arg '%s' for %s in vhost '%s': received ... but current is ..."), as pika's ChannelClosedByBroker
    ("rabbit-inequivalent-arg", "real",
     "E   pika.exceptions.ChannelClosedByBroker: (406, \"PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'emails' in vhost '/': received 'true' but current is 'false'\")\n"
     "FAILED tests/test_mailer.py::test_enqueue - pika.exceptions.ChannelClosedByBroker: (406, \"PRECONDITION_FAILED - inequivalent arg 'durable' ...\")\n"
     + _PYTEST_END + _EXIT),
    # rabbit_amqqueue.erl / rabbit_misc.erl not_found ("NOT_FOUND - no queue '%s' in vhost '%s'")
    ("rabbit-no-queue", "real",
     "E   pika.exceptions.ChannelClosedByBroker: (404, \"NOT_FOUND - no queue 'emails.retry' in vhost '/'\")\n"
     "FAILED tests/test_mailer.py::test_retry_queue - pika.exceptions.ChannelClosedByBroker: (404, \"NOT_FOUND - no queue 'emails.retry' in vhost '/'\")\n"
     + _PYTEST_END + _EXIT),
    # rabbitmq-server deps/rabbit/src/rabbit_networking.erl ("CONNECTION_FORCED - broker forced connection
    # closure with reason 'shutdown'"): the broker stopped under the client
    ("rabbit-connection-forced-shutdown", "transient",
     "  ● consumer › acks the message\n"
     "\n"
     "    Error: Connection closed: 320 (CONNECTION-FORCED) with message \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\"\n"
     "Tests:       1 failed, 20 passed, 21 total\n" + _EXIT),
    # ------------------------------------------------------------------ Cassandra
    # datastax/python-driver cassandra/cluster.py ("Unable to connect to any servers", errors dict)
    ("cassandra-no-host-available-refused", "transient",
     "E   cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'127.0.0.1:9042': ConnectionRefusedError(111, \"Tried connecting to [('127.0.0.1', 9042)]. Last error: Connection refused\")})\n"
     "ERROR tests/test_events.py::test_write - cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', ...)\n"
     + _EXIT),
    # python-driver cassandra/__init__.py WriteTimeout / the server's WriteTimeoutException ("Cassandra
    # timeout during write query at consistency %s (%d replica(s) acknowledged the write over %d required)")
    ("cassandra-write-timeout", "transient",
     "E   cassandra.WriteTimeout: Error from server: code=1100 [Coordinator node timed out waiting for replica nodes' responses] message=\"Operation timed out - received only 0 responses.\" info={'consistency': 'LOCAL_ONE', 'required_responses': 1, 'received_responses': 0, 'write_type': 'SIMPLE'}\n"
     "FAILED tests/test_events.py::test_write_batch - cassandra.WriteTimeout: Error from server: code=1100 ...\n"
     + _PYTEST_END + _EXIT),
    # apache/cassandra src/java/org/apache/cassandra/exceptions/UnavailableException.java ("Cannot achieve
    # consistency level %s"), as the python driver's Unavailable prints code 1000
    ("cassandra-unavailable", "transient",
     "E   cassandra.Unavailable: Error from server: code=1000 [Unavailable exception] message=\"Cannot achieve consistency level QUORUM\" info={'consistency': 'QUORUM', 'required_replicas': 2, 'alive_replicas': 1}\n"
     "FAILED tests/test_events.py::test_read_quorum - cassandra.Unavailable: Error from server: code=1000 ...\n"
     + _PYTEST_END + _EXIT),
    # near-miss: cassandra cql3 ("unconfigured table %s"), code 2200 Invalid query
    ("cassandra-unconfigured-table", "real",
     "E   cassandra.InvalidRequest: Error from server: code=2200 [Invalid query] message=\"unconfigured table user_events\"\n"
     "FAILED tests/test_events.py::test_read - cassandra.InvalidRequest: Error from server: code=2200 [Invalid query] message=\"unconfigured table user_events\"\n"
     + _PYTEST_END + _EXIT),
    # near-miss: cassandra cql3 ErrorCollector ("line %d:%d no viable alternative at input '%s'"), code 2000
    ("cassandra-syntax", "real",
     "E   cassandra.protocol.SyntaxException: <Error from server: code=2000 [Syntax error in CQL query] message=\"line 1:7 no viable alternative at input 'FORM' (SELECT * [FORM]...)\">\n"
     "FAILED tests/test_events.py::test_list - cassandra.protocol.SyntaxException\n"
     + _PYTEST_END + _EXIT),
    # ------------------------------------------------------------------ NATS
    # nats-io/nats.go nats.go (ErrNoServers "nats: no servers available for connection")
    ("nats-no-servers", "transient",
     "=== RUN   TestPublishOrder\n"
     "    publisher_test.go:22: connect: nats: no servers available for connection\n"
     "--- FAIL: TestPublishOrder (2.00s)\n"
     "FAIL\texample.org/orders/events\t2.113s\n" + _EXIT),
    # near-miss: nats.go ErrAuthorization ("nats: authorization violation")
    ("nats-authorization-violation", "real",
     "=== RUN   TestPublishOrder\n"
     "    publisher_test.go:22: connect: nats: authorization violation\n"
     "--- FAIL: TestPublishOrder (0.01s)\n"
     "FAIL\texample.org/orders/events\t0.113s\n" + _EXIT),
    # near-miss: nats.go jserrors.go ErrStreamNotFound ("nats: stream not found")
    ("nats-stream-not-found", "real",
     "=== RUN   TestConsumeOrders\n"
     "    consumer_test.go:40: subscribe: nats: stream not found\n"
     "--- FAIL: TestConsumeOrders (0.02s)\n"
     "FAIL\texample.org/orders/events\t0.120s\n" + _EXIT),
    # ------------------------------------------------------------------ ORMs and drivers
    # rails/rails activerecord/lib/active_record/connection_adapters/postgresql_adapter.rb translate_exception
    # (DEADLOCK_DETECTED -> Deadlocked) with the server's words under it
    ("ar-pg-deadlocked", "transient",
     "  1) Wallet transfers both ways at once\n"
     "     Failure/Error: from.withdraw!(10)\n"
     "     ActiveRecord::Deadlocked:\n"
     "       PG::TRDeadlockDetected: ERROR:  deadlock detected\n"
     "       DETAIL:  Process 72 waits for ShareLock on transaction 811; blocked by process 73.\n"
     "311 examples, 1 failure\n" + _CIRCLE),
    # postgresql_adapter.rb (SERIALIZATION_FAILURE -> SerializationFailure)
    ("ar-pg-serialization-failure", "transient",
     "     ActiveRecord::SerializationFailure:\n"
     "       PG::TRSerializationFailure: ERROR:  could not serialize access due to concurrent update\n"
     "311 examples, 1 failure\n" + _CIRCLE),
    # prisma/prisma-engines libs/user-facing-errors/src/query_engine/mod.rs P2034 ("Transaction failed due to
    # a write conflict or a deadlock. Please retry your transaction")
    ("prisma-p2034-write-conflict", "transient",
     "  ● booking › books the last room twice in parallel\n"
     "\n"
     "    PrismaClientKnownRequestError: \n"
     "    Invalid `prisma.room.update()` invocation:\n"
     "\n"
     "    Transaction failed due to a write conflict or a deadlock. Please retry your transaction\n"
     "Tests:       1 failed, 48 passed, 49 total\n" + _EXIT),
    # near-miss: prisma-engines user-facing-errors P2021 ("The table `{table}` does not exist in the current
    # database.")
    ("prisma-p2021-table-missing", "real",
     "  ● booking › lists rooms\n"
     "\n"
     "    PrismaClientKnownRequestError: \n"
     "    Invalid `prisma.room.findMany()` invocation:\n"
     "\n"
     "    The table `public.Room` does not exist in the current database.\n"
     "Tests:       1 failed, 48 passed, 49 total\n" + _EXIT),
    # near-miss: prisma-engines P2002 ("Unique constraint failed on the {constraint}")
    ("prisma-p2002-unique", "real",
     "    PrismaClientKnownRequestError: \n"
     "    Invalid `prisma.user.create()` invocation:\n"
     "\n"
     "    Unique constraint failed on the fields: (`email`)\n"
     "Tests:       1 failed, 48 passed, 49 total\n" + _EXIT),
    # near-miss: jackc/pgx pgconn/pgconn.go ("conn busy"): a connection used by two goroutines at once,
    # the code's bug
    ("pgx-conn-busy", "real",
     "=== RUN   TestFetchAll\n"
     "    repo_test.go:61: fetch: conn busy\n"
     "--- FAIL: TestFetchAll (0.05s)\n"
     "FAIL\texample.org/app/repo\t0.318s\n" + _EXIT),
    # near-miss: brianc/node-postgres packages/pg/lib/client.js ("Client has already been connected. You
    # cannot reuse a client.")
    ("pg-node-client-reused", "real",
     "  ● db › runs two queries\n"
     "\n"
     "    Error: Client has already been connected. You cannot reuse a client.\n"
     "\n"
     "      at Client._connect (node_modules/pg/lib/client.js:81:11)\n"
     "Tests:       1 failed, 62 passed, 63 total\n" + _EXIT),
    # near-miss: node-postgres packages/pg-pool/index.js ("Cannot use a pool after calling end on the pool")
    ("pg-node-pool-ended", "real",
     "  ● teardown › closes cleanly\n"
     "\n"
     "    Error: Cannot use a pool after calling end on the pool\n"
     "Tests:       1 failed, 62 passed, 63 total\n" + _EXIT),
    # near-miss: Hibernate's schema validator (AbstractSchemaValidator: "Schema-validation: missing table [%s]")
    ("hibernate-schema-missing-table", "real",
     "Caused by: org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing table [invoice_line]\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n" + _EXIT),
    # near-miss: an application's own log line that handled a deadlock (", retrying"), then an assertion
    ("app-log-deadlock-retrying", "real",
     "2026-03-02 10:11:12 WARN  ledger.tx deadlock detected, retrying (attempt 1 of 3)\n"
     "    def test_balance_after_transfer():\n"
     ">       assert balance('a') == 90\n"
     "E       assert 100 == 90\n"
     "FAILED tests/test_ledger.py::test_balance_after_transfer - assert 100 == 90\n"
     + _PYTEST_END + _EXIT),
    # near-miss: a test named for serialization failures whose assertion compared the wrong values
    ("test-title-serialization", "real",
     "FAILED tests/test_retry.py::test_retries_on_could_not_serialize_access - assert 2 == 3\n"
     + _PYTEST_END + _EXIT),
    # near-miss: Redis BUSY quoted by a test stubbing the reply
    ("redis-busy-in-expectation", "real",
     "  ● cache › maps BUSY to a retryable error\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: \"retry\"\n"
     "    Received: \"BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\"\n"
     "Tests:       1 failed, 62 passed, 63 total\n" + _EXIT),
    # near-miss: pytest.raises expecting the serialization failure that never came
    ("pytest-raises-serialization-not-raised", "real",
     "    def test_second_writer_is_rejected(db):\n"
     ">       with pytest.raises(psycopg.errors.SerializationFailure):\n"
     "E       Failed: DID NOT RAISE <class 'psycopg.errors.SerializationFailure'>\n"
     "FAILED tests/test_isolation.py::test_second_writer_is_rejected - Failed: DID NOT RAISE <class 'psycopg.errors.SerializationFailure'>\n"
     + _PYTEST_END + _EXIT),
    # near-miss: a deadlock in one test beside an assertion that failed in another
    ("mysql-deadlock-beside-assertion", "real",
     "FAILED tests/test_orders.py::test_concurrent_checkout - sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1213, 'Deadlock found when trying to get lock; try restarting transaction')\n"
     "FAILED tests/test_orders.py::test_total_with_tax - assert 118 == 120\n"
     "========================= 2 failed, 211 passed in 40.02s =========================\n" + _EXIT),
    # near-miss: a jest expectation quoting a Kafka rebalance error the code should have mapped
    ("kafka-rebalance-in-expectation", "real",
     "  ● consumer › maps REBALANCE_IN_PROGRESS to a retry\n"
     "\n"
     "    expect(received).toEqual(expected) // deep equality\n"
     "    Expected: {\"action\": \"retry\"}\n"
     "    Received: {\"action\": \"fail\", \"error\": \"REBALANCE_IN_PROGRESS\"}\n"
     "Tests:       1 failed, 20 passed, 21 total\n" + _EXIT),
    # near-miss: testify's ErrorContains (stretchr/testify assert/assertions.go: "Error %#v does not contain
    # %#v") in a test that expects the NATS wording and got another error
    ("testify-errorcontains-nats-no-servers", "real",
     "=== RUN   TestConnectRefusedIsReported\n"
     "    adaptor_test.go:40: \n"
     "        \tError Trace:\t/home/ci/src/adaptor_test.go:40\n"
     "        \tError:      \tError \"dial tcp: address nats-bad: missing port in address\" does not contain \"nats: no servers available for connection\"\n"
     "        \tTest:       \tTestConnectRefusedIsReported\n"
     "--- FAIL: TestConnectRefusedIsReported (0.00s)\n"
     "FAIL\texample.org/orders/events\t0.120s\n" + _EXIT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # brettwooldridge/HikariCP src/main/java/com/zaxxer/hikari/pool/HikariPool.java createTimeoutException
    # ("%s - Connection is not available, request timed out after %dms."): a connection leak in the code
    # or a pool smaller than the test's threads fails every run, a slow database sometimes
    ("hikari-pool-timeout",
     "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n"
     "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.\n"
     "[ERROR] Tests run: 40, Failures: 0, Errors: 12, Skipped: 0\n" + _EXIT),
    # rails activerecord/lib/active_record/connection_adapters/abstract/connection_pool/queue.rb ("could
    # not obtain a connection from the pool within %0.3f seconds (waited %0.3f seconds); all pooled
    # connections were in use")
    ("ar-pool-timeout",
     "     ActiveRecord::ConnectionTimeoutError:\n"
     "       could not obtain a connection from the pool within 5.000 seconds (waited 5.004 seconds); all pooled connections were in use\n"
     "311 examples, 1 failure\n" + _CIRCLE),
    # sqlalchemy/sqlalchemy lib/sqlalchemy/pool/impl.py QueuePool._do_get ("QueuePool limit of size %d
    # overflow %d reached, connection timed out, timeout %0.2f")
    ("sqlalchemy-queuepool-limit",
     "E   sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)\n"
     "FAILED tests/test_api.py::test_bulk - sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached\n"
     + _PYTEST_END + _EXIT),
    # prisma-engines user-facing-errors P2024 ("Timed out fetching a new connection from the connection
    # pool. More info: ... (Current connection pool timeout: {timeout}, connection limit: {connection_limit})")
    ("prisma-p2024-pool-timeout",
     "    PrismaClientKnownRequestError: \n"
     "    Invalid `prisma.order.findMany()` invocation:\n"
     "\n"
     "    Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 1)\n"
     "Tests:       9 failed, 40 passed, 49 total\n" + _EXIT),
    # postgres postgres.c ("canceling statement due to statement timeout", 57014): a slow query or a slow
    # machine
    ("pg-statement-timeout",
     "E   django.db.utils.OperationalError: canceling statement due to statement timeout\n"
     "FAILED tests/test_reports.py::test_yearly - django.db.utils.OperationalError: canceling statement due to statement timeout\n"
     + _PYTEST_END + _EXIT),
    # nats.go ErrNoResponders ("nats: no responders available for request"): the responder not subscribed
    # yet, or never
    ("nats-no-responders",
     "=== RUN   TestPriceQuote\n"
     "    quote_test.go:33: request: nats: no responders available for request\n"
     "--- FAIL: TestPriceQuote (0.00s)\n"
     "FAIL\texample.org/pricing\t0.210s\n" + _EXIT),
    # redis server.c shared.roslaveerr ("-READONLY You can't write against a read only replica."): a
    # failover in progress, or a client pointed at a replica
    ("redis-readonly-replica",
     "E   redis.exceptions.ReadOnlyError: You can't write against a read only replica.\n"
     "FAILED tests/test_cache.py::test_set - redis.exceptions.ReadOnlyError: You can't write against a read only replica.\n"
     + _PYTEST_END + _EXIT),
    # redis server.c shared.bgsaveerr ("-MISCONF Redis is configured to save RDB snapshots, but it's
    # currently unable to persist to disk. ..."): a full disk, or a directory it may not write
    ("redis-misconf",
     "E   redis.exceptions.ResponseError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.\n"
     "FAILED tests/test_cache.py::test_set - redis.exceptions.ResponseError: MISCONF Redis is configured to save RDB snapshots\n"
     + _PYTEST_END + _EXIT),
    # Hibernate StaleObjectStateException / Spring ObjectOptimisticLockingFailureException ("Row was updated
    # or deleted by another transaction (or unsaved-value mapping was incorrect)"): a concurrent test's
    # race, or the code's own double save
    ("hibernate-optimistic-lock",
     "org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [org.example.Order#42]\n"
     "[ERROR] Tests run: 14, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # SQL Server's documented 18456 ("Login failed for user '%.*ls'."): a password the job set wrong, or the
    # container's sa not yet set while it starts
    ("mssql-login-failed",
     "  Error Message:\n"
     "   Microsoft.Data.SqlClient.SqlException : Login failed for user 'sa'.\n"
     "Failed!  - Failed:    40, Passed:     0, Skipped:     0, Total:    40, Duration: 3 s\n" + _EXIT),
    # SQLite's SQLITE_BUSY ("database is locked"), as Django's OperationalError: a concurrent test's
    # timing, or a connection the code leaves in a transaction
    ("sqlite-database-locked",
     "E   django.db.utils.OperationalError: database is locked\n"
     "FAILED tests/test_worker.py::test_two_workers - django.db.utils.OperationalError: database is locked\n"
     + _PYTEST_END + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_db_and_broker_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_db_and_broker_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "circuit_breaking_exception circuit_breaking_exception [parent] Data too ",
    'relation "a.b" relation "c" column "x"."y" does ',
    "ERROR: deadlock detected (SQLSTATE 40P01) ER_LOCK_DEADLOCK, retrying ",
    "QueuePool limit of size 5 overflow 10 Connection is not available, request timed out after ",
]
