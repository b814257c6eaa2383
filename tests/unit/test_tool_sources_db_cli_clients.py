"""Seventeenth round, tool sources: database command-line clients and service-readiness waits in CI scripts.

Covered: ``psql`` running a migration or seed file with ``ON_ERROR_STOP`` (its ``psql:FILE:LINE:`` prefix
on the server's ERROR lines), ``pg_isready`` and the other libpq programs (``createdb``, ``pg_restore``),
the ``mysql`` client's ``ERROR nnnn (SQLSTATE) [at line N]:`` lines and ``mysqladmin ping``'s
"connect to server at ... failed", ``sqlcmd`` (the ODBC driver's "Sqlcmd: Error:" lines and the server's
``Msg`` blocks), ``mongosh`` and the legacy ``mongo`` shell, ``redis-cli``, ``cqlsh``, ``clickhouse-client``
(its refusals; the connection failures are in test_tool_sources_data_engines.py), the ``sqlite3`` shell,
and shell readiness loops (``until pg_isready; do sleep 1; done``, ``timeout 60 bash -c 'until ...'``)
that a job or step timeout ends. The drivers' forms of the same server messages (psycopg, PyMySQL,
node-postgres, redis-py, ioredis, pymongo, ...), wait-for-it, dockerize and docker compose's unhealthy
dependency are in test_tool_sources_services.py and test_tool_sources_db_queues_tests.py; not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file):
postgres/postgres (src/bin/psql, src/bin/scripts/pg_isready.c, src/interfaces/libpq, the backend's
ereport texts), mysql/mysql-server (client/mysql.cc, client/mysqladmin.cc, libmysql/errmsg.cc,
share/messages_to_clients.txt), redis/redis (src/redis-cli.c), mongodb-js/mongosh and
mongodb/node-mongodb-native, apache/cassandra (bin/cqlsh.py, pylib/cqlshlib) with
datastax/python-driver, ClickHouse/ClickHouse (src/Common/ErrorCodes.cpp), sqlite/sqlite
(src/shell.c.in). The ODBC ``sqlcmd`` is closed source: its "Sqlcmd: Error: Microsoft ODBC Driver NN
for SQL Server : ..." lines and the SQL Server messages (18456, 102, 2714, 911) rest on Microsoft's
documentation (learn.microsoft.com sqlcmd utility and the database engine error list). Hosts,
databases, users and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the job's own service not up yet or restarting (libpq's "the database system is starting up" or
    "shutting down" from psql, pg_isready's "rejecting connections", mysqladmin's refused TCP connect,
    the mysql client's 2002/2003 with a refused or in-progress connect, 2013 at the initial
    packet, sqlcmd's login timeout and SQL Server's "script upgrade mode", mongosh's
    MongoNetworkError/ECONNREFUSED, redis-cli's "Could not connect to Redis at ...: Connection
    refused" and LOADING, cqlsh's "Unable to connect to any servers" with a refused connection, a
    readiness loop ended by its timeout while the service's own log shows it still starting or
    recovering, SQL Server's deadlock victim) -> transient;
  * a persistent cause (refused credentials, a database, role, keyspace or table that does not exist,
    a syntax, constraint or duplicate-object error in the project's own migration or seed file, an
    untrusted TLS certificate, a missing extension function) -> real;
  * near-misses: a test ABOUT a connection error failing on its assertion, an application's own log
    line quoting redis-cli's words above a failed assertion -> real;
  * wordings printed both for a slow service and for one the change broke (a readiness loop ended by
    the job's or the step's timeout with nothing showing why, pg_isready's bare "no response", a
    wait that ran out while the service's own log shows it rejecting its configuration, a bare
    service name no resolver knows, sqlite's "database is locked") -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_GHA3 = "##[error]Process completed with exit code 3.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_PSQL_FILE = "+ psql -v ON_ERROR_STOP=1 -h localhost -U app -d app_test -f db/schema.sql\n"
_MYSQL_FILE = "+ mysql -h 127.0.0.1 -u root -psecret app_test < db/schema.sql\n"
_SQLCMD = "+ /opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P \"$SA_PASSWORD\" -i db/init.sql\n"
_MONGOSH = ("+ mongosh \"mongodb://127.0.0.1:27017/shop\" --quiet --eval 'db.runCommand({ ping: 1 })'\n")
_CQLSH = "+ cqlsh 127.0.0.1 9042 -f cql/schema.cql\n"
_SQLITE = "+ sqlite3 build/app.db < db/seed.sql\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== psql, pg_isready, libpq programs
    # postgres/postgres src/backend/utils/init/postinit.c ("the database system is starting up") as psql
    # prints it under libpq's fe-connect.c ("connection to server at \"%s\" (%s), port %s failed: ")
    ("psql-starting-up", "transient",
     "Run psql -h localhost -U postgres -c 'CREATE DATABASE app_test'\n"
     "psql: error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: FATAL:  the database "
     "system is starting up\n" + _GHA2),
    # postinit.c ("the database system is shutting down"): the image's entrypoint restarting the server
    # after its init scripts
    ("psql-shutting-down", "transient",
     "+ psql -h 127.0.0.1 -U postgres -f db/roles.sql\n"
     "psql: error: connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  the database system is "
     "shutting down\n" + _CIRCLE),
    # src/bin/scripts/pg_isready.c ("%s:%s - rejecting connections" for PQPING_REJECT): the server is up
    # but still starting
    ("pg-isready-rejecting", "transient",
     "+ pg_isready -h localhost -p 5432 -t 30\n"
     "localhost:5432 - rejecting connections\n" + _GHA),
    # src/backend/tcop/postgres.c ("terminating connection due to administrator command") under psql's
    # "server closed the connection unexpectedly": the server restarted mid-script
    ("psql-admin-shutdown-mid-script", "transient",
     _PSQL_FILE +
     "CREATE TABLE\n"
     "psql:db/schema.sql:14: FATAL:  terminating connection due to administrator command\n"
     "psql:db/schema.sql:14: server closed the connection unexpectedly\n"
     "\tThis probably means the server terminated abnormally\n"
     "\tbefore or while processing the request.\n"
     "psql:db/schema.sql:14: error: connection to server was lost\n" + _GHA2),
    # libpq fe-connect.c with the kernel's "Connection timed out" towards the job's service container
    ("psql-connect-timed-out", "transient",
     "+ psql -h 172.18.0.3 -U postgres -c 'SELECT 1'\n"
     "psql: error: connection to server at \"172.18.0.3\", port 5432 failed: Connection timed out\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n" + _GL),
    # src/backend/parser/scan.l ("syntax error at or near \"%s\"") with psql's "psql:%s:%lu: " location prefix
    # (src/bin/psql/common.c) under ON_ERROR_STOP
    ("psql-file-syntax-error", "real",
     _PSQL_FILE +
     "CREATE EXTENSION\n"
     "CREATE TABLE\n"
     "psql:db/schema.sql:12: ERROR:  syntax error at or near \"TABEL\"\n"
     "LINE 1: CREATE TABEL orders (\n"
     "               ^\n" + _GHA3),
    # src/backend/access/nbtree/nbtinsert.c ("duplicate key value violates unique constraint \"%s\"") from a seed
    ("psql-seed-duplicate-key", "real",
     "+ psql -v ON_ERROR_STOP=1 -h localhost -U app -d app_test -f db/seed.sql\n"
     "INSERT 0 12\n"
     "psql:db/seed.sql:40: ERROR:  duplicate key value violates unique constraint \"users_email_key\"\n"
     "DETAIL:  Key (email)=(admin@example.org) already exists.\n" + _GHA3),
    # src/backend/catalog/namespace.c ("relation \"%s\" does not exist")
    ("psql-migration-relation-missing", "real",
     "+ for f in db/migrate/*.sql; do psql -v ON_ERROR_STOP=1 -d \"$DATABASE_URL\" -f \"$f\"; done\n"
     "ALTER TABLE\n"
     "psql:db/migrate/003_add_index.sql:5: ERROR:  relation \"orders\" does not exist\n" + _CIRCLE),
    # src/backend/catalog/heap.c ("relation \"%s\" already exists")
    ("psql-relation-already-exists", "real",
     _PSQL_FILE +
     "psql:db/schema.sql:3: ERROR:  relation \"users\" already exists\n" + _GHA3),
    # src/backend/parser/parse_func.c ("function %s does not exist", with the HINT about casts)
    ("psql-function-missing", "real",
     _PSQL_FILE +
     "psql:db/schema.sql:21: ERROR:  function uuid_generate_v4() does not exist\n"
     "LINE 2:     id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),\n"
     "HINT:  No function matches the given name and argument types. You might need to add explicit type casts.\n"
     + _GHA3),
    # src/backend/catalog/aclchk.c ("permission denied for schema %s")
    ("psql-permission-denied-schema", "real",
     _PSQL_FILE +
     "psql:db/schema.sql:2: ERROR:  permission denied for schema public\n"
     "LINE 1: CREATE TABLE accounts (\n" + _GHA3),
    # src/backend/libpq/auth.c ("password authentication failed for user \"%s\"") as psql prints it
    ("psql-password-failed", "real",
     "+ PGPASSWORD=postgres psql -h localhost -U ci -c 'SELECT 1'\n"
     "psql: error: connection to server at \"localhost\" (::1), port 5432 failed: FATAL:  password "
     "authentication failed for user \"ci\"\n" + _GHA2),
    # postinit.c ("database \"%s\" does not exist") as psql prints it
    ("psql-database-missing", "real",
     "+ psql -h localhost -U postgres -d app_ci -f db/seed.sql\n"
     "psql: error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: FATAL:  database "
     "\"app_ci\" does not exist\n" + _GHA2),
    # src/bin/scripts/createdb.c ("database creation failed: %s") with dbcommands.c ("database \"%s\" already exists")
    ("createdb-already-exists", "real",
     "+ createdb -h localhost -U postgres app_test\n"
     "createdb: error: database creation failed: ERROR:  database \"app_test\" already exists\n" + _GHA),
    # src/bin/pg_dump/pg_backup_db.c ("could not execute query: %s"), pg_restore.c ("errors ignored on restore: %d")
    ("pg-restore-role-missing", "real",
     "+ pg_restore --no-password -h localhost -U postgres -d app_test fixtures/app.dump\n"
     "pg_restore: error: could not execute query: ERROR:  role \"app_owner\" does not exist\n"
     "Command was: ALTER TABLE public.orders OWNER TO app_owner;\n"
     "pg_restore: warning: errors ignored on restore: 3\n" + _GHA),
    # ================================================================== mysql, mysqladmin
    # mysql/mysql-server client/mysqladmin.cc ("connect to server at '%s' failed\nerror: '%s'", "Check that mysqld is
    # running on %s and that the port is %d.") around libmysql's 2003 with ECONNREFUSED
    ("mysqladmin-ping-refused", "transient",
     "+ mysqladmin ping -h 127.0.0.1 -P 3306 -u root -psecret\n"
     "mysqladmin: [Warning] Using a password on the command line interface can be insecure.\n"
     "mysqladmin: connect to server at '127.0.0.1' failed\n"
     "error: 'Can't connect to MySQL server on '127.0.0.1:3306' (111)'\n"
     "Check that mysqld is running on 127.0.0.1 and that the port is 3306.\n"
     "You can check this by doing 'telnet 127.0.0.1 3306'\n" + _GHA),
    # libmysql/errmsg.cc (2002 "Can't connect to MySQL server on '%-.100s' (%d)" for a TCP connect in progress,
    # errno 115) as client/mysql.cc prints it ("ERROR %d (%s): %s")
    ("mysql-2002-tcp-in-progress", "transient",
     "+ mysql -h mysql -u root -psecret -e 'CREATE DATABASE IF NOT EXISTS app_test'\n"
     "mysql: [Warning] Using a password on the command line interface can be insecure.\n"
     "ERROR 2002 (HY000): Can't connect to MySQL server on 'mysql' (115)\n" + _GL),
    # errmsg.cc (2013 "Lost connection to MySQL server at '%s', system error: %d"): the docker proxy accepted
    # before mysqld listened
    ("mysql-lost-initial-packet", "transient",
     "Run mysql -h 127.0.0.1 -P 3306 -u root -e 'SELECT VERSION()'\n"
     "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading initial communication packet', system "
     "error: 0\n" + _GHA),
    # mysqladmin.cc with the server's ER_ACCESS_DENIED_ERROR (1045)
    ("mysqladmin-access-denied", "real",
     "+ mysqladmin ping -h 127.0.0.1 -u root -pwrong --wait=30\n"
     "mysqladmin: connect to server at '127.0.0.1' failed\n"
     "error: 'Access denied for user 'root'@'172.18.0.1' (using password: YES)'\n" + _GHA),
    # share/messages_to_clients.txt ER_ACCESS_DENIED_ERROR as client/mysql.cc prints it ("ERROR %d (%s): %s")
    ("mysql-access-denied-cli", "real",
     _MYSQL_FILE +
     "ERROR 1045 (28000): Access denied for user 'root'@'172.17.0.1' (using password: YES)\n" + _GHA),
    # ER_PARSE_ERROR (1064) with mysql.cc's " at line %lu" for a batch file
    ("mysql-file-syntax-error", "real",
     _MYSQL_FILE +
     "ERROR 1064 (42000) at line 12: You have an error in your SQL syntax; check the manual that corresponds to "
     "your MySQL server version for the right syntax to use near 'TABEL orders (\n"
     "  id INT PRIMARY KEY' at line 1\n" + _CIRCLE),
    # ER_BAD_DB_ERROR (1049) as the client prints it
    ("mysql-unknown-database-cli", "real",
     "+ mysql -h 127.0.0.1 -u root -psecret app_ci < db/seed.sql\n"
     "ERROR 1049 (42000): Unknown database 'app_ci'\n" + _GHA),
    # ER_NO_SUCH_TABLE (1146 "Table '%s.%s' doesn't exist")
    ("mysql-table-missing-at-line", "real",
     "+ mysql -h 127.0.0.1 -u root -psecret app_test < db/seed.sql\n"
     "ERROR 1146 (42S02) at line 3: Table 'app_test.users' doesn't exist\n" + _GHA),
    # ER_DUP_ENTRY (1062 "Duplicate entry '%s' for key '%s'")
    ("mysql-seed-duplicate-entry", "real",
     "+ mysql -h 127.0.0.1 -u root -psecret app_test < db/seed.sql\n"
     "ERROR 1062 (23000) at line 40: Duplicate entry 'admin@example.org' for key 'users.email'\n" + _GHA),
    # ER_TABLE_EXISTS_ERROR (1050 "Table '%s' already exists")
    ("mysql-table-already-exists", "real",
     _MYSQL_FILE +
     "ERROR 1050 (42S01) at line 7: Table 'orders' already exists\n" + _GL),
    # ================================================================== sqlcmd (documentation)
    # learn.microsoft.com sqlcmd utility / ODBC driver errors ("Login timeout expired", "TCP Provider: Error code
    # 0x2749", "A network-related or instance-specific error ..."): the SQL Server container still starting
    ("sqlcmd-login-timeout", "transient",
     _SQLCMD +
     "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login timeout expired.\n"
     "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : TCP Provider: Error code 0x2749.\n"
     "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : A network-related or instance-specific error has "
     "occurred while establishing a connection to SQL Server. Server is not found or not accessible. Check if "
     "instance name is correct and if SQL Server is configured to allow remote connections. For more information "
     "see SQL Server Books Online..\n" + _GHA),
    # documented 18456 with the reason SQL Server logs while it upgrades its system databases at start
    ("sqlcmd-script-upgrade-mode", "transient",
     _SQLCMD +
     "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'sa'. Reason: Server is in "
     "script upgrade mode. Only administrator can connect at this time..\n" + _GHA),
    # documented 18456 ("Login failed for user '%.*ls'.") with no such reason: the password the job set
    ("sqlcmd-login-failed", "real",
     _SQLCMD +
     "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'sa'..\n" + _GHA),
    # ODBC Driver 18 encrypts by default and refuses the container's self-signed certificate (sqlcmd -C trusts it)
    ("sqlcmd-self-signed-certificate", "real",
     _SQLCMD +
     "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : SSL Provider: [error:0A000086:SSL "
     "routines::certificate verify failed:self-signed certificate].\n"
     "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Client unable to establish connection. For "
     "solutions related to encryption errors, see https://go.microsoft.com/fwlink/?linkid=2226722.\n" + _GHA),
    # documented 102 ("Incorrect syntax near '%.*ls'.") in sqlcmd's "Msg %d, Level %d, State %d, Server %s, Line %d"
    ("sqlcmd-incorrect-syntax", "real",
     _SQLCMD +
     "Changed database context to 'app_test'.\n"
     "Msg 102, Level 15, State 1, Server sql1, Line 4\n"
     "Incorrect syntax near 'TABEL'.\n" + _GHA),
    # documented 2714 ("There is already an object named '%.*ls' in the database.")
    ("sqlcmd-object-exists", "real",
     _SQLCMD +
     "Msg 2714, Level 16, State 6, Server sql1, Line 1\n"
     "There is already an object named 'orders' in the database.\n" + _GHA),
    # documented 911 ("Database '%.*ls' does not exist. Make sure that the name is entered correctly.")
    ("sqlcmd-database-missing", "real",
     _SQLCMD +
     "Msg 911, Level 16, State 1, Server sql1, Line 1\n"
     "Database 'app_ci' does not exist. Make sure that the name is entered correctly.\n" + _GHA),
    # ================================================================== mongosh, mongo
    # mongodb-js/mongosh packages/cli-repl (connecting banner; the driver's MongoNetworkError as the repl prints it)
    ("mongosh-network-refused", "transient",
     _MONGOSH +
     "Current Mongosh Log ID:\t6630f1c2a1b2c3d4e5f60718\n"
     "Connecting to:\t\tmongodb://127.0.0.1:27017/shop?directConnection=true&serverSelectionTimeoutMS=2000\n"
     "MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017\n" + _GHA),
    # mongodb/node-mongodb-native src/sdam/topology.ts (MongoServerSelectionError) with a monitor connection the
    # server closed while it started
    ("mongosh-selection-closed", "transient",
     _MONGOSH +
     "Connecting to:\t\tmongodb://127.0.0.1:27017/shop?directConnection=true&serverSelectionTimeoutMS=2000\n"
     "MongoServerSelectionError: connection <monitor> to 127.0.0.1:27017 closed\n" + _GHA),
    # mongodb/mongo src/mongo/shell (legacy shell: "couldn't connect to server %s, connection attempt failed: ...",
    # "exception: connect failed")
    ("mongo-legacy-connect-failed", "transient",
     "+ mongo --host 127.0.0.1 --eval 'db.adminCommand(\"ping\")'\n"
     "MongoDB shell version v4.4.29\n"
     "connecting to: mongodb://127.0.0.1:27017/?compressors=disabled&gssapiServiceName=mongodb\n"
     "Error: couldn't connect to server 127.0.0.1:27017, connection attempt failed: SocketException: Error "
     "connecting to 127.0.0.1:27017 :: caused by :: Connection refused :\n"
     "exception: connect failed\n"
     "exiting with code 1\n" + _CIRCLE),
    # the server's AuthenticationFailed (code 18) as mongosh prints it
    ("mongosh-auth-failed", "real",
     "+ mongosh \"mongodb://app:wrong@127.0.0.1:27017/shop?authSource=admin\" --eval 'db.stats()'\n"
     "Current Mongosh Log ID:\t6630f1c2a1b2c3d4e5f60719\n"
     "Connecting to:\t\tmongodb://<credentials>@127.0.0.1:27017/shop?authSource=admin\n"
     "MongoServerError: Authentication failed.\n" + _GHA),
    # the server's DuplicateKey (E11000 duplicate key error collection: %s index: %s dup key: %s) from a seed script
    ("mongosh-seed-duplicate-key", "real",
     "+ mongosh \"$MONGO_URL\" --quiet scripts/seed.js\n"
     "MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "
     "\"admin@example.org\" }\n" + _GHA),
    # the server's Unauthorized ("command %s requires authentication")
    ("mongosh-requires-authentication", "real",
     "+ mongosh --quiet mongodb://127.0.0.1:27017/admin scripts/create-user.js\n"
     "MongoServerError: command createUser requires authentication\n" + _GHA),
    # ================================================================== redis-cli
    # redis/redis src/redis-cli.c ("Could not connect to Redis at %s:%d: %s")
    ("redis-cli-refused", "transient",
     "+ redis-cli -h 127.0.0.1 -p 6379 FLUSHALL\n"
     "Could not connect to Redis at 127.0.0.1:6379: Connection refused\n" + _GHA),
    # the server's LOADING reply (server.c "-LOADING Redis is loading the dataset in memory") as redis-cli prints it
    ("redis-cli-loading", "transient",
     "+ redis-cli -h localhost SET warmup 1\n"
     "(error) LOADING Redis is loading the dataset in memory\n" + _GHA),
    # redis-cli.c ("AUTH failed: %s") with the server's WRONGPASS
    ("redis-cli-auth-failed", "real",
     "+ redis-cli -h localhost -a \"$REDIS_PASSWORD\" --no-auth-warning PING\n"
     "AUTH failed: WRONGPASS invalid username-password pair or user is disabled.\n" + _GHA),
    # the server's NOAUTH reply ("-NOAUTH Authentication required.") as redis-cli prints it
    ("redis-cli-noauth", "real",
     "+ redis-cli -h localhost FLUSHALL\n"
     "(error) NOAUTH Authentication required.\n" + _GHA),
    # ================================================================== cqlsh
    # apache/cassandra bin/cqlsh.py ("Connection error: %s") with datastax/python-driver cassandra/cluster.py
    # NoHostAvailable ("Unable to connect to any servers") around a refused connect
    ("cqlsh-refused", "transient",
     _CQLSH +
     "Connection error: ('Unable to connect to any servers', {'127.0.0.1:9042': ConnectionRefusedError(111, "
     "\"Tried connecting to [('127.0.0.1', 9042)]. Last error: Connection refused\")})\n" + _GHA),
    # the same with the server's AuthenticationFailed ("Bad credentials")
    ("cqlsh-bad-credentials", "real",
     "+ cqlsh -u cassandra -p wrong 127.0.0.1 -f cql/schema.cql\n"
     "Connection error: ('Unable to connect to any servers', {'127.0.0.1:9042': AuthenticationFailed('Failed to "
     "authenticate to 127.0.0.1:9042: Error from server: code=0100 [Bad credentials] message=\"Provided username "
     "cassandra and/or password are incorrect\"')})\n" + _GHA),
    # pylib/cqlshlib (printerr "%s:%d:%s" with the file, the line and the server's SyntaxException)
    ("cqlsh-syntax-exception", "real",
     _CQLSH +
     "cql/schema.cql:4:SyntaxException: line 2:10 no viable alternative at input 'TABEL' (CREATE [TABEL]...)\n"
     + _GHA2),
    # the server's InvalidRequest ("Keyspace '%s' does not exist")
    ("cqlsh-keyspace-missing", "real",
     "+ cqlsh 127.0.0.1 -f cql/seed.cql\n"
     "cql/seed.cql:12:InvalidRequest: Error from server: code=2200 [Invalid query] message=\"Keyspace 'shop' does "
     "not exist\"\n" + _GHA2),
    # ================================================================== clickhouse-client refusals
    # ClickHouse/ClickHouse src/Common/ErrorCodes.cpp (516 AUTHENTICATION_FAILED) as clickhouse-client prints it
    ("clickhouse-client-auth-failed", "real",
     "+ clickhouse-client --host localhost --user default --password \"$CH_PASSWORD\" --query 'SELECT 1'\n"
     "Code: 516. DB::Exception: Received from localhost:9000. DB::Exception: default: Authentication failed: "
     "password is incorrect, or there is no user with such name.. (AUTHENTICATION_FAILED)\n" + _GHA),
    # ErrorCodes.cpp (81 UNKNOWN_DATABASE, "Database %s does not exist")
    ("clickhouse-client-unknown-database", "real",
     "+ clickhouse-client --host localhost --database shop --queries-file sql/seed.sql\n"
     "Code: 81. DB::Exception: Received from localhost:9000. DB::Exception: Database shop does not exist. "
     "(UNKNOWN_DATABASE)\n" + _GHA),
    # ================================================================== sqlite3 shell
    # sqlite/sqlite src/shell.c.in ("Parse error near line %d: %s") with the parser's "near \"%T\": syntax error"
    ("sqlite3-parse-error", "real",
     _SQLITE +
     "Parse error near line 3: near \"CREAT\": syntax error\n"
     "  CREAT TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE);\n"
     "  ^--- error here\n" + _GHA),
    # shell.c.in ("Runtime error near line %d: %s") with "UNIQUE constraint failed: %s"
    ("sqlite3-unique-constraint", "real",
     _SQLITE +
     "Runtime error near line 12: UNIQUE constraint failed: users.email (19)\n" + _GHA),
    # older shell.c ("Error: near line %d: %s") with "no such table: %s"
    ("sqlite3-no-such-table", "real",
     "+ sqlite3 -bail build/app.db < db/seed.sql\n"
     "Error: near line 5: no such table: users\n" + _GHA),
    # ================================================================== readiness waits
    # a pg_isready loop whose next command met the server still starting (the service's own log above it)
    ("pg-isready-loop-then-starting-up", "transient",
     "+ for i in $(seq 1 10); do pg_isready -h localhost && break; sleep 1; done\n"
     "localhost:5432 - no response\n"
     "localhost:5432 - rejecting connections\n"
     "localhost:5432 - accepting connections\n"
     "+ psql -h localhost -U postgres -c 'CREATE DATABASE app_test'\n"
     "psql: error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: FATAL:  the database "
     "system is starting up\n" + _GHA2),
    # a readiness loop that the step's timeout ended, the service's own log showing it still recovering (postgres'
    # xlog.c "database system was not properly shut down; automatic recovery in progress", postinit.c): the start-up
    # race, not the change
    ("wait-loop-timeout-service-recovering", "transient",
     "db-1  | 2026-05-04 09:12:41.002 UTC [27] LOG:  database system was not properly shut down; automatic recovery "
     "in progress\n"
     "db-1  | 2026-05-04 09:12:43.118 UTC [31] FATAL:  the database system is starting up\n"
     "+ timeout 60 sh -c 'until pg_isready -h localhost -U postgres; do sleep 2; done'\n"
     "localhost:5432 - no response\n"
     "##[error]Process completed with exit code 124.\n"),
    # a readiness loop that got through, then the registry reset the install's connection: the loop is no evidence
    ("readiness-loop-ok-then-registry-reset", "transient",
     "+ until pg_isready -h localhost; do sleep 1; done\n"
     "localhost:5432 - no response\n"
     "localhost:5432 - accepting connections\n"
     "+ npm ci\n"
     "npm ERR! code ECONNRESET\n"
     "npm ERR! network aborted\n"
     "npm ERR! network This is a problem related to network connectivity.\n" + _GHA),
    # documented 1205 ("Transaction (Process ID %d) was deadlocked on %.*ls resources with another process and has
    # been chosen as the deadlock victim. Rerun the transaction.") under sqlcmd's Msg header
    ("sqlcmd-deadlock-victim", "transient",
     _SQLCMD +
     "Msg 1205, Level 13, State 51, Server sql1, Line 9\n"
     "Transaction (Process ID 57) was deadlocked on lock resources with another process and has been chosen as the "
     "deadlock victim. Rerun the transaction.\n" + _GHA),
    # ================================================================== near-misses
    # a readiness loop that got through, then the project's tests failed: the loop is no evidence
    ("readiness-loop-ok-then-test-failure", "real",
     "+ until pg_isready -h localhost; do sleep 1; done\n"
     "localhost:5432 - rejecting connections\n"
     "localhost:5432 - accepting connections\n"
     "+ go test ./...\n"
     "--- FAIL: TestOrderTotals (0.01s)\n"
     "    orders_test.go:31: total = 118, want 120\n"
     "FAIL\texample.org/acme/shop/orders\t0.204s\n"
     "FAIL\n" + _GHA),
    # a test ABOUT the Mongo driver's closed connection (the code's reconnect handling), failing on its assertion
    ("test-about-mongo-connection-closed", "real",
     " FAIL  test/reconnect.test.ts\n"
     "  ● reconnect › surfaces a closed connection\n"
     "    expect(received).toThrow(expected)\n"
     "    Expected substring: \"MongoNetworkError: connection 3 to 127.0.0.1:27017 closed\"\n"
     "    Received message:   \"MongoNetworkError: connection 3 to 127.0.0.1:27017 timed out\"\n"
     "Tests:       1 failed, 23 passed, 24 total\n" + _GHA),
    # a test ABOUT redis-cli's words: the code's retry wrapper, failing on its assertion
    ("test-about-redis-refused", "real",
     "tests/test_cache_fallback.py::test_falls_back_when_redis_down FAILED\n"
     "E       AssertionError: assert 'Could not connect to Redis at 127.0.0.1:6399: Connection refused' in ''\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_cache_fallback.py::test_falls_back_when_redis_down - AssertionError: assert 'Could not "
     "connect to Redis at 127.0.0.1:6399: Connection refused' in ''\n"
     "========================= 1 failed, 57 passed in 9.02s =========================\n" + _GHA),
    # the application's own warning log line quoting a refused connection, above a failed assertion
    ("app-log-refused-then-assertion", "real",
     "2026-05-04T09:12:41Z WARN cache: Could not connect to Redis at 127.0.0.1:6379: Connection refused; using "
     "in-memory store\n"
     "tests/test_orders.py::test_totals FAILED\n"
     "E       assert 118.0 == 120.0\n"
     "FAILED tests/test_orders.py::test_totals - assert 118.0 == 120.0\n"
     "========================= 1 failed, 57 passed in 9.02s =========================\n" + _GHA),
    # a test ABOUT SQL Server's start-up refusal (the code's retry classifier), failing on its assertion
    ("test-about-mssql-script-upgrade", "real",
     "  Failed Acme.Data.Tests.RetryPolicyTests.TreatsUpgradeModeAsTransient [12 ms]\n"
     "  Error Message:\n"
     "   Assert.True() Failure\n"
     "Expected: True\n"
     "Actual:   False\n"
     "   Login failed for user 'sa'. Reason: Server is in script upgrade mode. Only administrator can connect at "
     "this time.\n"
     "Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41, Duration: 3 s\n" + _GHA),
    # a migration tool's test that checks the psql file error it reports
    ("test-about-psql-syntax", "real",
     "--- FAIL: TestMigrateReportsLine (0.02s)\n"
     "    migrate_test.go:41: got \"psql:db/x.sql:3: ERROR:  syntax error at or near \\\"TABLE\\\"\", want line 4\n"
     "FAIL\texample.org/acme/migrate\t0.311s\n"
     "FAIL\n" + _GHA),
]

# Printed both for a service still starting and for one the change broke or misconfigured: these must
# not read transient with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a pg_isready loop that never ended, ended by GitHub's job timeout: a slow service and one that crashed on
    # the change's configuration look the same
    ("until-pg-isready-job-timeout",
     "+ until pg_isready -h localhost -p 5432; do echo 'waiting for postgres'; sleep 1; done\n"
     "localhost:5432 - no response\n"
     "waiting for postgres\n"
     "localhost:5432 - no response\n"
     "waiting for postgres\n"
     "##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 15 minutes.\n"
     "##[error]The operation was canceled.\n"),
    # the same under GitLab's job timeout
    ("until-mysqladmin-gitlab-timeout",
     "$ until mysqladmin ping -h mysql --silent; do sleep 2; done\n"
     "ERROR: Job failed: execution took longer than 10m0s seconds\n"),
    # coreutils timeout ending a wait loop (exit 124) with nothing shown
    ("timeout-wait-loop-124",
     "+ timeout 60 bash -c 'until redis-cli -h localhost ping; do sleep 1; done'\n"
     "Could not connect to Redis at localhost:6379: Connection refused\n"
     "Could not connect to Redis at localhost:6379: Connection refused\n"
     "##[error]Process completed with exit code 124.\n"),
    # pg_isready.c ("%s:%s - no response", exit 2) once, with nothing else
    ("pg-isready-no-response",
     "+ pg_isready -h db.internal -p 5432 -t 10\n"
     "db.internal:5432 - no response\n" + _GHA2),
    # a wait that ran out while the service's own log shows it rejecting the change's configuration
    ("wait-timeout-service-config-crash",
     "mysql-1  | 2026-05-04T09:12:41.002Z 0 [ERROR] [MY-000067] [Server] unknown variable 'innodb_log_file_sizee=256M'.\n"
     "mysql-1  | 2026-05-04T09:12:41.003Z 0 [ERROR] [MY-010119] [Server] Aborting\n"
     "mysql-1 exited with code 1\n"
     "+ timeout 90 sh -c 'until mysqladmin ping -h 127.0.0.1 --silent; do sleep 1; done'\n"
     "##[error]Process completed with exit code 124.\n"),
    # redis-cli.c with the resolver's words for a bare service name
    ("redis-cli-name-unknown",
     "+ redis-cli -h redis PING\n"
     "Could not connect to Redis at redis:6379: Name or service not known\n" + _GHA),
    # sqlite's SQLITE_BUSY from the shell: the job's own background process holds the file
    ("sqlite3-database-locked",
     "+ ./bin/server --db build/app.db &\n"
     "+ sqlite3 build/app.db < db/seed.sql\n"
     "Runtime error near line 2: database is locked (5)\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_db_cli_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_db_cli_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack).
LONG_LINE_WORDS = [
    "psql:db/schema.sql:12: ERROR:  ",
    "mysqladmin: connect to server at '",
    "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : ",
    "Could not connect to Redis at ",
    "Connection error: ('Unable to connect to any servers', ",
    "Parse error near line ",
    "until pg_isready -h localhost -U ",
    "MongoNetworkError: connection 1 to ",
    "Msg 102, Level 15, State 1, Server ",
]
