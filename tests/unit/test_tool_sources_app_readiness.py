"""Nineteenth round, tool sources: a CI job starting its own application or services and waiting for them.

Covered: wait-on's timeout and its verbose log, start-server-and-test's banner and "server closed
unexpectedly", wait-for-it.sh and dockerize with the application's own boot error above their timeout,
wait4x's console log ("Expectation failed", "Error: context deadline exceeded"), docker compose's wait
("dependency failed to start: container ... exited (N)", "application not healthy after ..."), curl's
--retry-connrefused, kubectl's rollout and wait with the app's own crash in the pod's log, and the app
server failing at boot: gunicorn ("Worker failed to boot.", "App failed to load.", "Connection in use"),
uvicorn ("Error loading ASGI app. ...", "Application startup failed. Exiting.", the bind error), Flask's
CLI ("Could not import", "Could not locate a Flask application"), Django's system check, Rails/Puma
("A server is already running", Errno::EADDRINUSE, a NameError at boot), Spring Boot's failure analysis
block (APPLICATION FAILED TO START with Description:/Action:), Next.js and Vite dev/preview servers,
Node's "listen EADDRINUSE" and Java's "Address already in use: bind", Elasticsearch's bootstrap check.
Already covered elsewhere and not repeated: bare wait-for-it, dockerize and compose-unhealthy timeouts,
Testcontainers' wait strategies and LocalStack's "gave up waiting" (test_tool_sources_services.py), bare
kubectl wait/rollout timeouts (test_tool_sources_clusters_stores_push.py, test_tool_sources_k8s_e2e.py),
json-server's missing file before wait-on (test_tool_sources_emulators.py), pg_isready/mysqladmin loops
(test_tool_sources_db_cli_clients.py), the database clients' refused connections (test_tool_sources_services.py,
test_tool_sources_ruby_rails.py).

Each case is a short log written for this test around one message as the tool prints it. Wording read from
the tools' source (the comment above each case names repository and file): jeffbski/wait-on
(lib/wait-on.js), bahmutov/start-server-and-test (src/index.js, src/utils.js, src/bin/start.js),
atkrad/wait4x (waiter/waiter.go, checker/*, internal/cmd/root.go), docker/compose
(pkg/compose/convergence.go, start.go), benoitc/gunicorn (gunicorn/arbiter.py, sock.py, util.py),
encode/uvicorn (uvicorn/config.py, importer.py, lifespan/on.py), pallets/flask (src/flask/cli.py).
Recalled rather than read here, and marked so: Django's system check text (django/core/management/base.py),
railties' "A server is already running", Puma's bind error, Spring Boot's failure analyzers, Next.js' and
Vite's messages, Node's and Java's bind errors, curl's retry warning, kubectl's rollout text, Elasticsearch's
bootstrap check. Hosts, apps, images and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a wait that timed out with the app's own boot error above it (a module that does not import, a
    missing attribute or config, a system check error, a failure analysis, a crash at start) -> real:
    the app crashed at start, every run alike;
  * a wait that timed out with nothing but slow-start signs (compiling, still starting, connection
    refused while polling) -> transient, as the existing bare wait-for-it/dockerize/compose cases read;
  * a service image's pull failing on the registry (5xx, rate limit) -> transient; an image that does not
    exist -> real;
  * a port already in use: transient only where the job did not start the holder itself (a shared
    agent); where the job started the same server in the background earlier (`&`, `-d`, `--daemon`) or a
    stale pid file stops the server, real;
  * near-misses: tests ABOUT these errors failing on assertions, the words in an application's own log
    lines, outage words after a failing test summary -> real;
  * a dependency container killed (137) with no log of its own -> transient (the runner's memory, as the
    engine's killed-137 reads it);
  * wordings printed for both (a dependency container that exited 1 with no log of its own, gunicorn's
    worker timeout while booting) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_AZURE = "##[error]Bash exited with code '1'.\n"


def _travis(cmd: str) -> str:
    return f'\nThe command "{cmd}" exited with 1.\n'


_WAIT_ON = "+ npx wait-on -t 60000 http://localhost:3000\n"
_WAIT_ON_TIMEOUT = "Error: Timed out waiting for: http://localhost:3000\n"
_GUNICORN_HEAD = ("[2026-05-04 10:00:01 +0000] [7] [INFO] Starting gunicorn 22.0.0\n"
                  "[2026-05-04 10:00:01 +0000] [7] [INFO] Listening at: http://0.0.0.0:8000 (7)\n"
                  "[2026-05-04 10:00:01 +0000] [7] [INFO] Using worker: sync\n"
                  "[2026-05-04 10:00:01 +0000] [8] [INFO] Booting worker with pid: 8\n")
_SSAT = ("+ npx start-server-and-test 'npm run start' http://localhost:3000 'npm run cy:run'\n"
         "1: starting server using command \"npm run start\"\n"
         "and when url \"[ 'http://localhost:3000' ]\" is responding with HTTP status code 200\n"
         "running tests using command \"npm run cy:run\"\n\n")
_SPRING_HEAD = ("  .   ____          _            __ _ _\n"
                " :: Spring Boot ::                (v3.3.1)\n\n"
                "2026-05-04T10:00:02.114Z  INFO 41 --- [           main] com.acme.shop.ShopApplication            : "
                "Starting ShopApplication v1.4.0 using Java 21.0.3\n")


CASES: list[tuple[str, str, str]] = [
    # ================================================================== wait-on / start-server-and-test
    # jeffbski/wait-on lib/wait-on.js (TIMEOUT_ERR_MSG "Timed out waiting for", "%s: %s"): the dev server still
    # compiling when the timeout came (a slow runner)
    ("wait-on-timeout-dev-server-compiling", "transient",
     "+ npm run dev &\n"
     "> shop-web@0.1.0 dev\n> next dev -p 3000\n"
     "  ▲ Next.js 14.2.4\n  - Local:        http://localhost:3000\n\n"
     " ○ Compiling / ...\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GL),
    # the same timeout with the background server's own crash above it: Node's module resolution error
    ("wait-on-timeout-after-cannot-find-module", "real",
     "+ node dist/server.js &\n"
     "node:internal/modules/cjs/loader:1148\n"
     "  throw err;\n  ^\n\n"
     "Error: Cannot find module '/home/runner/work/shop/shop/dist/server.js'\n"
     "    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n"
     "  code: 'MODULE_NOT_FOUND',\n"
     "Node.js v20.14.0\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # wait-on's verbose log ("waiting for %d resources: %s", "  HTTP(S) error for %s %s", "wait-on(%s) %s; exiting
    # with error") below the app's own SyntaxError at start
    ("wait-on-verbose-after-syntax-error", "real",
     "+ npm start &\n"
     "/app/src/routes/orders.js:41\n"
     "  });\n  ^\n\n"
     "SyntaxError: Unexpected token '}'\n"
     "    at internalCompileFunction (node:internal/vm:76:18)\n"
     "Node.js v20.14.0\n"
     "+ npx wait-on -v -t 30000 http-get://localhost:3000/health\n"
     "waiting for 1 resources: http-get://localhost:3000/health\n"
     "  HTTP(S) error for http://localhost:3000/health Error: connect ECONNREFUSED 127.0.0.1:3000\n"
     "wait-on(2211) Timed out waiting for: http-get://localhost:3000/health; exiting with error\n"
     "Error: Timed out waiting for: http-get://localhost:3000/health\n" + _CIRCLE),
    # wait-on's verbose log alone: refused while polling, the timeout (a slow start)
    ("wait-on-verbose-refused-only", "transient",
     "+ npx wait-on -v -t 30000 tcp:localhost:8080\n"
     "waiting for 1 resources: tcp:localhost:8080\n"
     "  error connecting to TCP host:localhost port:8080 Error: connect ECONNREFUSED 127.0.0.1:8080\n"
     "wait-on(3120) Timed out waiting for: tcp:localhost:8080; exiting with error\n"
     "Error: Timed out waiting for: tcp:localhost:8080\n" + _GHA),
    # bahmutov/start-server-and-test src/index.js ("server closed unexpectedly") after the server's own crash
    ("ssat-server-closed-after-missing-module", "real",
     _SSAT +
     "> shop-web@0.1.0 start\n> node server/index.js\n\n"
     "Error: Cannot find module 'express'\n"
     "Require stack:\n- /app/server/index.js\n"
     "Error: server closed unexpectedly\n"
     "    at ChildProcess.onClose (/app/node_modules/start-server-and-test/src/index.js:92:14)\n" + _GHA),
    # start-server-and-test's own wait (wait-on inside, src/index.js) timing out with only the banner and a
    # slow build above it
    ("ssat-wait-timeout-slow-build", "transient",
     _SSAT +
     "WAIT_ON_TIMEOUT is set to 120000\n"
     "> shop-web@0.1.0 start\n> vite build && vite preview --port 3000\n\n"
     "vite v5.3.1 building for production...\n"
     "transforming (1843) src/pages/Checkout.tsx\n"
     "Error: Timed out waiting for: http://localhost:3000\n"
     "    at /app/node_modules/wait-on/lib/wait-on.js:131:31\n" + _CIRCLE),
    # start-server-and-test's server whose port the job's own earlier background start still holds
    ("ssat-eaddrinuse-job-started-it-earlier", "real",
     "+ npm run start &\n"
     "> shop-web@0.1.0 start\n> node server/index.js\n"
     "Listening on http://localhost:3000\n"
     + _SSAT +
     "> shop-web@0.1.0 start\n> node server/index.js\n\n"
     "node:events:497\n      throw er; // Unhandled 'error' event\n"
     "Error: listen EADDRINUSE: address already in use :::3000\n"
     "    at Server.setupListenHandle [as _listen2] (node:net:1897:16)\n"
     "Error: server closed unexpectedly\n" + _GHA),
    # ================================================================== wait-for-it / dockerize / wait4x
    # vishnubob/wait-for-it ("timeout occurred after waiting %s seconds for %s:%s") below the app container's
    # own ImportError
    ("wait-for-it-timeout-after-app-import-error", "real",
     "+ docker compose up -d web\n"
     "+ docker compose logs web\n"
     "web-1  | Traceback (most recent call last):\n"
     "web-1  |   File \"/app/manage.py\", line 22, in <module>\n"
     "web-1  | ModuleNotFoundError: No module named 'shop.settings_ci'\n"
     "web-1 exited with code 1\n"
     "+ ./wait-for-it.sh localhost:8000 -t 60\n"
     "wait-for-it.sh: waiting 60 seconds for localhost:8000\n"
     "wait-for-it.sh: timeout occurred after waiting 60 seconds for localhost:8000\n" + _GL),
    # jwilder/dockerize main.go ("Timeout after %s waiting on dependencies to become available: %v") below the
    # app's own fatal config error
    ("dockerize-timeout-after-app-fatal-config", "real",
     "+ ./bin/api --config config/ci.yaml &\n"
     "time=\"2026-05-04T10:00:01Z\" level=fatal msg=\"invalid config: listen_addr: missing port in address\"\n"
     "+ dockerize -wait http://localhost:8080/healthz -timeout 45s\n"
     "2026/05/04 10:00:01 Waiting for: http://localhost:8080/healthz\n"
     "2026/05/04 10:00:46 Timeout after 45s waiting on dependencies to become available: "
     "[http://localhost:8080/healthz]\n" + _GHA),
    # atkrad/wait4x waiter/waiter.go ("[%s] Checking the %s ...", "Expectation failed") with checker/tcp/tcp.go
    # ("failed to establish a tcp connection") and cobra's "Error: context deadline exceeded" (internal/cmd/root.go)
    ("wait4x-tcp-deadline-refused", "transient",
     "+ wait4x tcp localhost:5672 --timeout 60s\n"
     "2026-05-04T10:00:01Z INF [TCP] Checking the localhost:5672 ...\n"
     "2026-05-04T10:00:01Z ERR Expectation failed error=\"failed to establish a tcp connection, caused by: dial tcp "
     "127.0.0.1:5672: connect: connection refused\" address=localhost:5672\n"
     "2026-05-04T10:01:01Z INF [TCP] Checking the localhost:5672 ...\n"
     "Error: context deadline exceeded\n" + _GHA),
    # wait4x's PostgreSQL checker (checker/postgresql/postgresql.go): an error that is not an expectation
    # ("Error occurred") for refused credentials, until the deadline
    ("wait4x-postgresql-password-failed", "real",
     "+ wait4x postgresql 'postgres://app:secret@localhost:5432/app_test?sslmode=disable' --timeout 30s\n"
     "2026-05-04T10:00:01Z INF [PostgreSQL] Checking the localhost:5432 ...\n"
     "2026-05-04T10:00:01Z ERR Error occurred error=\"pq: password authentication failed for user \\\"app\\\"\"\n"
     "Error: context deadline exceeded\n" + _CIRCLE),
    # checker/http/http.go ("timed out while making an http call")
    ("wait4x-http-call-timed-out", "transient",
     "+ wait4x http http://localhost:9200/_cluster/health --expect-status-code 200 --timeout 90s\n"
     "2026-05-04T10:00:01Z INF [HTTP] Checking the http://localhost:9200/_cluster/health ...\n"
     "2026-05-04T10:00:06Z ERR Expectation failed error=\"timed out while making an http call, caused by: "
     "context deadline exceeded (Client.Timeout exceeded while awaiting headers)\" timeout=5s\n"
     "Error: context deadline exceeded\n" + _GHA),
    # ================================================================== docker compose
    # docker/compose pkg/compose/convergence.go ("dependency failed to start: %w", "container %s exited (%d)")
    # with the app container's own boot error above it
    ("compose-dependency-exited-after-app-error", "real",
     "+ docker compose up -d --wait\n"
     " Container shop-api-1  Starting\n"
     " Container shop-api-1  Started\n"
     " Container shop-api-1  Waiting\n"
     "api-1  | Error: Cannot find module '/srv/dist/main.js'\n"
     "api-1  |     at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n"
     "dependency failed to start: container shop-api-1 exited (1)\n" + _GHA),
    # pkg/compose/start.go ("application not healthy after %s"): the services' healthchecks still starting
    ("compose-wait-not-healthy-after-timeout", "transient",
     "+ docker compose up -d --wait --wait-timeout 120\n"
     " Container shop-search-1  Started\n"
     " Container shop-search-1  Waiting\n"
     " Container shop-db-1  Healthy\n"
     "application not healthy after 2m0s\n" + _GHA),
    # a service image's pull failing on its registry with a 503
    ("compose-pull-registry-503", "transient",
     "+ docker compose up -d --wait\n"
     " mock-api Pulling\n"
     " mock-api Error Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n"
     "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n" + _GHA),
    # a service image that does not exist (the daemon's "pull access denied ... repository does not exist")
    ("compose-pull-repository-does-not-exist", "real",
     "+ docker compose up -d --wait\n"
     " mock-api Pulling\n"
     " mock-api Error pull access denied for acme/payments-mock, repository does not exist or may require "
     "'docker login': denied: requested access to the resource is denied\n"
     "Error response from daemon: pull access denied for acme/payments-mock, repository does not exist or may "
     "require 'docker login': denied: requested access to the resource is denied\n" + _GL),
    # the compose wait for a healthcheck, the web app's own Django ImproperlyConfigured above it
    ("compose-unhealthy-after-django-improperly-configured", "real",
     "+ docker compose up -d --wait\n"
     "web-1  | django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.\n"
     "web-1 exited with code 1\n"
     "dependency failed to start: container shop-web-1 is unhealthy\n" + _AZURE),
    # ================================================================== curl --retry-connrefused
    # curl's retry warning (recalled: "Warning: Problem : connection refused. Will retry in %d seconds. %d
    # retries left.") and "curl: (7) Failed to connect to %s port %d after %d ms: Couldn't connect to server"
    ("curl-retry-connrefused-slow-start", "transient",
     "+ curl -fsS --retry 10 --retry-delay 3 --retry-connrefused http://localhost:8080/health\n"
     "Warning: Problem : connection refused. Will retry in 3 seconds. 10 retries left.\n"
     "Warning: Problem : connection refused. Will retry in 3 seconds. 1 retries left.\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n" + _GHA),
    # the same after the Go app's own panic at start
    ("curl-retry-connrefused-after-go-panic", "real",
     "+ ./bin/api &\n"
     "panic: open config/app.yaml: no such file or directory\n\n"
     "goroutine 1 [running]:\n"
     "main.main()\n"
     "\t/src/cmd/api/main.go:31 +0x1c5\n"
     "+ curl -fsS --retry 10 --retry-delay 3 --retry-connrefused http://localhost:8080/health\n"
     "Warning: Problem : connection refused. Will retry in 3 seconds. 10 retries left.\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n" + _GHA),
    # ================================================================== gunicorn
    # benoitc/gunicorn gunicorn/arbiter.py ("Worker (pid:%s) exited with code %s.", HaltServer("Worker failed to
    # boot."), halt: "Shutting down: %s", "Reason: %s") after the worker's ImportError
    ("gunicorn-worker-failed-to-boot", "real",
     "+ gunicorn shop.wsgi:application --bind 0.0.0.0:8000 --daemon\n" + _GUNICORN_HEAD +
     "[2026-05-04 10:00:02 +0000] [8] [ERROR] Exception in worker process\n"
     "Traceback (most recent call last):\n"
     "  File \"/app/shop/wsgi.py\", line 5, in <module>\n"
     "ModuleNotFoundError: No module named 'whitenoise'\n"
     "[2026-05-04 10:00:02 +0000] [8] [INFO] Worker exiting (pid: 8)\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Worker (pid:8) exited with code 3.\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Shutting down: Master\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Reason: Worker failed to boot.\n" + _GHA),
    # the same with no traceback shown (--capture-output to a file): the reason line alone
    ("gunicorn-worker-failed-to-boot-reason-only", "real",
     "+ gunicorn shop.wsgi:application --bind 0.0.0.0:8000 --error-logfile /tmp/gunicorn.err &\n"
     "+ ./wait-for-it.sh localhost:8000 -t 30\n"
     "wait-for-it.sh: waiting 30 seconds for localhost:8000\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Worker (pid:8) exited with code 3.\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Shutting down: Master\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Reason: Worker failed to boot.\n"
     "wait-for-it.sh: timeout occurred after waiting 30 seconds for localhost:8000\n" + _CIRCLE),
    # gunicorn/util.py (AppImportError "Failed to find attribute %r in %r.") and arbiter.py ("App failed to load.")
    ("gunicorn-app-failed-to-load", "real",
     "+ gunicorn shop.wsgi:app --bind 0.0.0.0:8000\n" + _GUNICORN_HEAD +
     "Failed to find attribute 'app' in 'shop.wsgi'.\n"
     "[2026-05-04 10:00:02 +0000] [8] [INFO] Worker exiting (pid: 8)\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Worker (pid:8) exited with code 4.\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Shutting down: Master\n"
     "[2026-05-04 10:00:02 +0000] [7] [ERROR] Reason: App failed to load.\n" + _GL),
    # gunicorn/sock.py ("Connection in use: %s", "connection to {addr} failed: {error}", "Can't connect to %s")
    # on a shared Jenkins agent where nothing in the job started a server on that port
    ("gunicorn-connection-in-use-shared-agent", "transient",
     "[Pipeline] sh\n"
     "+ gunicorn shop.wsgi:application --bind 127.0.0.1:8000 --daemon\n"
     "[2026-05-04 10:00:01 +0000] [7] [INFO] Starting gunicorn 22.0.0\n"
     "[2026-05-04 10:00:01 +0000] [7] [ERROR] Connection in use: ('127.0.0.1', 8000)\n"
     "[2026-05-04 10:00:01 +0000] [7] [ERROR] connection to ('127.0.0.1', 8000) failed: [Errno 98] Address "
     "already in use\n"
     "[2026-05-04 10:00:05 +0000] [7] [ERROR] Can't connect to ('127.0.0.1', 8000)\n" + _JENKINS),
    # the same where the job's own earlier step started gunicorn as a daemon on that port
    ("gunicorn-connection-in-use-job-started-it", "real",
     "+ gunicorn shop.wsgi:application --bind 127.0.0.1:8000 --daemon\n"
     "+ python manage.py collectstatic --noinput\n"
     "128 static files copied to '/app/static'.\n"
     "+ gunicorn shop.wsgi:application --bind 127.0.0.1:8000 --daemon\n"
     "[2026-05-04 10:00:01 +0000] [9] [INFO] Starting gunicorn 22.0.0\n"
     "[2026-05-04 10:00:01 +0000] [9] [ERROR] Connection in use: ('127.0.0.1', 8000)\n"
     "[2026-05-04 10:00:01 +0000] [9] [ERROR] connection to ('127.0.0.1', 8000) failed: [Errno 98] Address "
     "already in use\n"
     "[2026-05-04 10:00:05 +0000] [9] [ERROR] Can't connect to ('127.0.0.1', 8000)\n" + _GHA),
    # ================================================================== uvicorn
    # encode/uvicorn uvicorn/config.py ("Error loading ASGI app. %s") with importer.py ('Could not import module
    # "{module_str}".')
    ("uvicorn-could-not-import-module", "real",
     "+ uvicorn main:app --host 0.0.0.0 --port 8000 &\n"
     "ERROR:    Error loading ASGI app. Could not import module \"main\".\n"
     "+ npx wait-on -t 30000 http://localhost:8000/docs\n"
     "Error: Timed out waiting for: http://localhost:8000/docs\n" + _GHA),
    # importer.py ('Attribute "{attrs_str}" not found in module "{module_str}".')
    ("uvicorn-attribute-not-found", "real",
     "+ uvicorn app.main:api --port 8000\n"
     "ERROR:    Error loading ASGI app. Attribute \"api\" not found in module \"app.main\".\n" + _CIRCLE),
    # importer.py ('Import string "{import_str}" must be in format "<module>:<attribute>".')
    ("uvicorn-import-string-format", "real",
     "+ uvicorn app.main --port 8000\n"
     "ERROR:    Error loading ASGI app. Import string \"app.main\" must be in format \"<module>:<attribute>\".\n"
     + _GHA),
    # uvicorn/lifespan/on.py ("Waiting for application startup.", "Application startup failed. Exiting.") after
    # the app's own KeyError in its startup hook
    ("uvicorn-startup-failed-missing-env", "real",
     "+ uvicorn app.main:app --port 8000\n"
     "INFO:     Started server process [41]\n"
     "INFO:     Waiting for application startup.\n"
     "ERROR:    Traceback (most recent call last):\n"
     "  File \"/app/app/main.py\", line 18, in lifespan\n"
     "    engine = create_engine(os.environ[\"DATABASE_URL\"])\n"
     "KeyError: 'DATABASE_URL'\n\n"
     "ERROR:    Application startup failed. Exiting.\n" + _GHA),
    # the same, the startup hook refused by the database service still starting
    ("uvicorn-startup-failed-db-refused", "transient",
     "+ uvicorn app.main:app --port 8000\n"
     "INFO:     Started server process [41]\n"
     "INFO:     Waiting for application startup.\n"
     "ERROR:    Traceback (most recent call last):\n"
     "  File \"/usr/local/lib/python3.12/site-packages/asyncpg/connect_utils.py\", line 1049, in _connect\n"
     "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 5432)\n\n"
     "ERROR:    Application startup failed. Exiting.\n" + _GHA),
    # uvicorn/server.py (logger.error(exc) for the bind OSError) where the job started the server twice
    ("uvicorn-bind-in-use-job-started-it", "real",
     "+ uvicorn app.main:app --port 8000 &\n"
     "INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)\n"
     "+ pytest tests/e2e\n"
     "+ uvicorn app.main:app --port 8000 &\n"
     "ERROR:    [Errno 98] error while attempting to bind on address ('127.0.0.1', 8000): address already in use\n"
     "INFO:     Waiting for application shutdown.\n"
     + _GHA),
    # ================================================================== Flask / Django
    # pallets/flask src/flask/cli.py (locate_app: NoAppException "Could not import %r.") through click's "Error:"
    ("flask-could-not-import", "real",
     "+ flask --app shop run --port 5000 &\n"
     "Usage: flask run [OPTIONS]\n"
     "Try 'flask run --help' for help.\n\n"
     "Error: Could not import 'shop'.\n"
     "+ ./wait-for-it.sh localhost:5000 -t 20\n"
     "wait-for-it.sh: waiting 20 seconds for localhost:5000\n"
     "wait-for-it.sh: timeout occurred after waiting 20 seconds for localhost:5000\n" + _travis("./ci/e2e.sh")),
    # same file ("Could not locate a Flask application. Use the 'flask --app' option, ...")
    ("flask-could-not-locate-app", "real",
     "+ flask run --port 5000\n"
     "Usage: flask run [OPTIONS]\n\n"
     "Error: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, "
     "or a 'wsgi.py' or 'app.py' file in the current directory.\n" + _GHA),
    # Django's system check (recalled: django/core/management/base.py "SystemCheckError: System check identified
    # some issues:", "ERRORS:", "System check identified %s (%s silenced).")
    ("django-system-check-errors-runserver", "real",
     "+ python manage.py runserver 0.0.0.0:8000 &\n"
     "Performing system checks...\n\n"
     "SystemCheckError: System check identified some issues:\n\n"
     "ERRORS:\n"
     "orders.Invoice.pdf: (fields.E210) Cannot use ImageField because Pillow is not installed.\n"
     "\tHINT: Get Pillow at https://pypi.org/project/Pillow/ or run command \"python -m pip install Pillow\".\n\n"
     "System check identified 1 issue (0 silenced).\n"
     "+ npx wait-on -t 60000 http://localhost:8000\n"
     "Error: Timed out waiting for: http://localhost:8000\n" + _GHA),
    # the same check as manage.py check --deploy runs it, the error a setting
    ("django-system-check-caches-e001", "real",
     "+ python manage.py check --fail-level ERROR\n"
     "SystemCheckError: System check identified some issues:\n\n"
     "ERRORS:\n"
     "?: (caches.E001) You must define a 'default' cache in your CACHES setting.\n\n"
     "System check identified 1 issue (0 silenced).\n" + _GL),
    # ================================================================== Rails / Puma
    # railties server command (recalled: "A server is already running (pid: %d, file: %s).", "Exiting"): a stale
    # pid file the job's cached tmp/ brought back
    ("rails-server-already-running-stale-pid", "real",
     "+ bin/rails server -d -p 3000\n"
     "=> Booting Puma\n"
     "=> Rails 7.1.3 application starting in test\n"
     "A server is already running (pid: 58, file: /app/tmp/pids/server.pid).\n"
     "Exiting\n"
     "+ curl -fsS --retry 5 --retry-connrefused http://localhost:3000/up\n"
     "curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to server\n" + _GHA),
    # Puma's bind (recalled: "Address already in use - bind(2) for \"%s\" port %d (Errno::EADDRINUSE)") where the
    # job's own earlier step started the server in the background
    ("puma-eaddrinuse-job-started-it", "real",
     "+ bundle exec puma -C config/puma.rb -p 3000 &\n"
     "Puma starting in single mode...\n"
     "* Listening on http://0.0.0.0:3000\n"
     "+ bundle exec puma -C config/puma.rb -p 3000 &\n"
     "Puma starting in single mode...\n"
     "bundler: failed to load command: puma (/usr/local/bundle/bin/puma)\n"
     "/usr/local/bundle/gems/puma-6.4.2/lib/puma/binder.rb:334:in `initialize': Address already in use - bind(2) "
     "for \"0.0.0.0\" port 3000 (Errno::EADDRINUSE)\n" + _CIRCLE),
    # a Rails app's own NameError while booting under Puma (an initializer naming a gem not in the bundle)
    ("rails-boot-name-error-initializer", "real",
     "+ bin/rails server -p 3000 &\n"
     "=> Booting Puma\n"
     "=> Rails 7.1.3 application starting in test\n"
     "Exiting\n"
     "/app/config/initializers/sidekiq.rb:1:in `<main>': uninitialized constant Sidekiq (NameError)\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # ================================================================== Spring Boot
    # spring-projects/spring-boot's LoggingFailureAnalysisReporter block (recalled: "APPLICATION FAILED TO START",
    # "Description:", "Action:") from DataSourceBeanCreationFailureAnalyzer ("Failed to configure a DataSource:
    # 'url' attribute is not specified and no embedded datasource could be configured.")
    ("spring-boot-datasource-url-not-specified", "real",
     _SPRING_HEAD +
     "2026-05-04T10:00:04.210Z ERROR 41 --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : \n\n"
     "***************************\n"
     "APPLICATION FAILED TO START\n"
     "***************************\n\n"
     "Description:\n\n"
     "Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be "
     "configured.\n\n"
     "Reason: Failed to determine a suitable driver class\n\n"
     "Action:\n\n"
     "Consider the following:\n"
     "\tIf you want an embedded database (H2, HSQL or Derby), please put it on the classpath.\n"
     + _GHA),
    # NoSuchBeanDefinitionFailureAnalyzer (recalled: "Parameter %d of constructor in %s required a bean of type
    # '%s' that could not be found.", "Consider defining a bean of type '%s' in your configuration.")
    ("spring-boot-missing-bean", "real",
     _SPRING_HEAD +
     "***************************\n"
     "APPLICATION FAILED TO START\n"
     "***************************\n\n"
     "Description:\n\n"
     "Parameter 0 of constructor in com.acme.shop.orders.OrderService required a bean of type "
     "'com.acme.shop.payments.PaymentClient' that could not be found.\n\n"
     "Action:\n\n"
     "Consider defining a bean of type 'com.acme.shop.payments.PaymentClient' in your configuration.\n"
     + _AZURE),
    # PortInUseFailureAnalyzer (recalled: "Web server failed to start. Port %d was already in use.", "Identify and
    # stop the process that's listening on port %d or configure this application to listen on another port.")
    # where the job's own earlier step started the jar in the background on that port
    ("spring-boot-port-in-use-job-started-it", "real",
     "+ java -jar target/shop-1.4.0.jar --server.port=8080 &\n"
     + _SPRING_HEAD +
     "2026-05-04T10:00:09.003Z  INFO 41 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : "
     "Tomcat started on port 8080 (http) with context path '/'\n"
     "+ java -jar target/shop-1.4.0.jar --server.port=8080 &\n"
     "***************************\n"
     "APPLICATION FAILED TO START\n"
     "***************************\n\n"
     "Description:\n\n"
     "Web server failed to start. Port 8080 was already in use.\n\n"
     "Action:\n\n"
     "Identify and stop the process that's listening on port 8080 or configure this application to listen on "
     "another port.\n" + _GHA),
    # the same analyzer on a shared Jenkins agent where nothing in the job started a server on that port
    ("spring-boot-port-in-use-shared-agent", "transient",
     "[Pipeline] sh\n"
     "+ ./mvnw -q spring-boot:start -Dspring-boot.run.arguments=--server.port=8080\n"
     "***************************\n"
     "APPLICATION FAILED TO START\n"
     "***************************\n\n"
     "Description:\n\n"
     "Web server failed to start. Port 8080 was already in use.\n\n"
     "Action:\n\n"
     "Identify and stop the process that's listening on port 8080 or configure this application to listen on "
     "another port.\n" + _JENKINS),
    # ================================================================== Next.js / Vite / Node
    # vercel/next.js (recalled: "Error: Could not find a production build in the '.next' directory. Try building
    # your app with 'next build' before starting the production server.")
    ("next-start-no-production-build", "real",
     "+ npx next start -p 3000 &\n"
     "[Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' "
     "before starting the production server. https://nextjs.org/docs/messages/production-start-no-build-id]\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # vitejs/vite packages/vite/src/node/cli.ts ("error when starting dev server:\n%s") after "failed to load config
    # from %s" (packages/vite/src/node/config.ts, recalled)
    ("vite-failed-to-load-config", "real",
     "+ npx vite --port 5173 &\n"
     "failed to load config from /app/vite.config.ts\n"
     "error when starting dev server:\n"
     "Error: Cannot find module '@vitejs/plugin-react'\n"
     "Require stack:\n- /app/vite.config.ts\n"
     "+ npx wait-on -t 60000 http://localhost:5173\n"
     "Error: Timed out waiting for: http://localhost:5173\n" + _CIRCLE),
    # vite's strictPort refusal (packages/vite/src/node/http.ts, recalled: "Port %d is already in use") for a
    # preview server the job already started on that port
    ("vite-strict-port-in-use-job-started-it", "real",
     "+ npx vite preview --port 4173 --strictPort &\n"
     "  ➜  Local:   http://localhost:4173/\n"
     "+ npx vite preview --port 4173 --strictPort &\n"
     "error when starting preview server:\n"
     "Error: Port 4173 is already in use\n"
     "    at Server.onError (file:///app/node_modules/vite/dist/node/chunks/dep-cNe07EU9.js:63104:18)\n" + _GHA),
    # Node's net (recalled: "Error: listen EADDRINUSE: address already in use :::%d") on a shared Jenkins agent, the
    # job starting its server once
    ("node-eaddrinuse-shared-agent", "transient",
     "[Pipeline] sh\n"
     "+ npm run start:test\n"
     "> shop-api@2.0.0 start:test\n> NODE_ENV=test node server.js\n\n"
     "node:events:497\n      throw er; // Unhandled 'error' event\n      ^\n\n"
     "Error: listen EADDRINUSE: address already in use :::3000\n"
     "    at Server.setupListenHandle [as _listen2] (node:net:1897:16)\n"
     "  code: 'EADDRINUSE',\n" + _JENKINS),
    # the same where the job's own earlier step started the server in the background
    ("node-eaddrinuse-job-started-it", "real",
     "+ npm run start:test &\n"
     "> shop-api@2.0.0 start:test\n> NODE_ENV=test node server.js\n"
     "API listening on :3000\n"
     "+ npm run start:test\n"
     "> shop-api@2.0.0 start:test\n> NODE_ENV=test node server.js\n\n"
     "Error: listen EADDRINUSE: address already in use :::3000\n"
     "    at Server.setupListenHandle [as _listen2] (node:net:1897:16)\n" + _GHA),
    # ================================================================== kubectl with the app's crash
    # kubernetes/kubectl rollout status (recalled: "Waiting for deployment %q rollout to finish: %d of %d updated
    # replicas are available...", "error: deployment %q exceeded its progress deadline") with `kubectl logs`
    # showing the app's own crash at start
    ("kubectl-rollout-deadline-after-app-crash", "real",
     "+ kubectl rollout status deploy/api -n e2e --timeout=180s\n"
     "Waiting for deployment \"api\" rollout to finish: 0 of 1 updated replicas are available...\n"
     "error: deployment \"api\" exceeded its progress deadline\n"
     "+ kubectl logs deploy/api -n e2e --tail=20\n"
     "Error: Cannot find module '/srv/dist/main.js'\n"
     "    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n"
     "  code: 'MODULE_NOT_FOUND',\n" + _GL),
    # kubectl wait (apimachinery "timed out waiting for the condition") with the pod's log naming a missing setting
    ("kubectl-wait-timeout-after-app-panic", "real",
     "+ kubectl wait --for=condition=Ready pod -l app=api -n e2e --timeout=120s\n"
     "error: timed out waiting for the condition on pods/api-7c9d8f6b5-x2kqz\n"
     "+ kubectl logs -l app=api -n e2e --tail=20\n"
     "panic: required environment variable DATABASE_URL is not set\n\n"
     "goroutine 1 [running]:\n"
     "main.mustEnv(...)\n" + _GHA),
    # ================================================================== service containers not becoming ready
    # elastic/elasticsearch's bootstrap checks (recalled: "bootstrap check failure [%d] of [%d]: max virtual
    # memory areas vm.max_map_count [%d] is too low, increase to at least [%d]"): the runner's kernel setting
    ("es-bootstrap-vm-max-map-count", "real",
     "+ docker compose up -d --wait search\n"
     "search-1  | ERROR: [1] bootstrap checks failed. You must address the points described in the following [1] "
     "lines before starting Elasticsearch.\n"
     "search-1  | bootstrap check failure [1] of [1]: max virtual memory areas vm.max_map_count [65530] is too low, "
     "increase to at least [262144]\n"
     "search-1  | ERROR: Elasticsearch did not exit normally - check the logs at /usr/share/elasticsearch/logs/"
     "docker-cluster.log\n"
     "search-1 exited with code 78\n"
     "dependency failed to start: container shop-search-1 exited (78)\n" + _GHA),
    # Keycloak's start refusing a production-mode start without TLS (recalled: "ERROR: Key material not provided
    # to setup HTTPS. Please configure it via the 'https-*' options ...")
    ("keycloak-start-no-https-key-material", "real",
     "+ docker compose up -d --wait keycloak\n"
     "keycloak-1  | ERROR: Failed to start server in (production) mode\n"
     "keycloak-1  | ERROR: Key material not provided to setup HTTPS. Please configure it via the 'https-*' "
     "options or the 'tls' option.\n"
     "keycloak-1 exited with code 1\n"
     "dependency failed to start: container shop-keycloak-1 exited (1)\n" + _GHA),
    # docker/compose convergence.go ("container %s exited (%d)") with 137: the kernel's OOM killer on a small runner
    # (the engine's killed-137 reading; assumption: no log of the container's own says otherwise)
    ("compose-dependency-exited-137", "transient",
     "+ docker compose up -d --wait\n"
     " Container shop-search-1  Waiting\n"
     "dependency failed to start: container shop-search-1 exited (137)\n" + _GHA),
    # Java's bind error in its Windows wording (recalled: "java.net.BindException: Address already in use: bind")
    # on a self-hosted Azure agent shared by pipelines, nothing in the job starting a server: another job's holder
    ("java-bind-in-use-windows-agent", "transient",
     "[ERROR] com.acme.shop.ApiIT  Time elapsed: 1.2 s  <<< ERROR!\n"
     "java.net.BindException: Address already in use: bind\n"
     "\tat java.base/sun.nio.ch.Net.bind0(Native Method)\n"
     "[ERROR] Tests run: 14, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n" + _AZURE),
    # ================================================================== near-misses
    # a pytest test ABOUT wait-on's message, failing on its assertion
    ("pytest-about-wait-on-message", "real",
     "tests/test_ci_helpers.py::test_parses_wait_on_timeout FAILED\n"
     "E   AssertionError: assert 'http://localhost:3000' == 'localhost:3000'\n"
     "E     - localhost:3000\n"
     "E     + http://localhost:3000\n"
     "FAILED tests/test_ci_helpers.py::test_parses_wait_on_timeout - AssertionError: assert 'http://localhost:3000' "
     "== 'localhost:3000'\n"
     "========================= 1 failed, 40 passed in 3.12s =========================\n" + _GHA),
    # a Jest test named after EADDRINUSE, failing on its expectation
    ("jest-test-named-after-eaddrinuse", "real",
     " FAIL  test/server.test.ts\n"
     "  ● startServer › picks another port on EADDRINUSE\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 3001\n"
     "    Received: 3000\n\n"
     "Tests:       1 failed, 22 passed, 23 total\n" + _GHA),
    # the application's own log line naming a wait that timed out, above a failing assertion
    ("app-log-timed-out-waiting-then-assertion", "real",
     "tests/test_sync.py::test_sync_reports_partial FAILED\n"
     "------------------------------ Captured log call -------------------------------\n"
     "WARNING  shop.sync:sync.py:88 Timed out waiting for: http://inventory.internal:8080/health, using cache\n"
     "E   AssertionError: assert 'complete' == 'partial'\n"
     "FAILED tests/test_sync.py::test_sync_reports_partial - AssertionError: assert 'complete' == 'partial'\n"
     "========================= 1 failed, 88 passed in 9.40s =========================\n" + _GHA),
    # failing Cypress specs, then the next service's wait timing out after the summary
    ("cypress-failures-then-wait-on-timeout", "real",
     "  (Run Finished)\n\n"
     "       Spec                                              Tests  Passing  Failing\n"
     "  │ ✖  checkout.cy.ts                           00:14        6        5        1 │\n"
     "    ✖  1 of 9 failed (11%)                      01:02       41       40        1\n"
     "+ npx wait-on -t 30000 http://localhost:6006\n"
     "Error: Timed out waiting for: http://localhost:6006\n" + _GHA),
    # a Django test asserting on the system check's output, failing on its value
    ("django-test-about-system-check", "real",
     "======================================================================\n"
     "FAIL: test_check_reports_cache (core.tests.test_checks.ChecksTest.test_check_reports_cache)\n"
     "----------------------------------------------------------------------\n"
     "AssertionError: 'caches.E001' not found in 'System check identified no issues (0 silenced).'\n\n"
     "----------------------------------------------------------------------\n"
     "Ran 212 tests in 14.203s\n\n"
     "FAILED (failures=1)\n" + _GHA),
    # a Go test ABOUT the gunicorn reason line, failing on its value
    ("go-test-about-gunicorn-reason", "real",
     "=== RUN   TestParseGunicornExit\n"
     "    parse_test.go:22: got reason \"\", want \"Worker failed to boot.\"\n"
     "--- FAIL: TestParseGunicornExit (0.00s)\n"
     "FAIL\texample.org/acme/supervisor/parse\t0.012s\n" + _GHA),
]

# Wordings printed both for a slow or starved runner and for a persistent cause: no rerun proposed with
# confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # docker/compose pkg/compose/convergence.go ("container %s exited (%d)") with no log of the container's own:
    # a database that refused its configuration or a runner short of memory read alike
    ("compose-dependency-exited-no-log",
     "+ docker compose up -d --wait\n"
     " Container shop-db-1  Started\n"
     " Container shop-db-1  Waiting\n"
     "dependency failed to start: container shop-db-1 exited (1)\n" + _GHA),
    # gunicorn's worker timeout while booting (arbiter.py "WORKER TIMEOUT (pid:%s)"): a slow import on a loaded
    # runner, or an app that hangs at import on every run
    ("gunicorn-worker-timeout-at-boot",
     "+ gunicorn shop.wsgi:application --bind 0.0.0.0:8000 --timeout 30 &\n" + _GUNICORN_HEAD +
     "[2026-05-04 10:00:32 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:8)\n"
     "[2026-05-04 10:00:32 +0000] [7] [ERROR] Worker (pid:8) was sent SIGKILL! Perhaps out of memory?\n"
     "+ ./wait-for-it.sh localhost:8000 -t 40\n"
     "wait-for-it.sh: timeout occurred after waiting 40 seconds for localhost:8000\n" + _GHA),
]


# Cases the engine does not read right yet, each with why (strict: one that starts passing fails the suite).
_XFAIL = {
    # (xfail21, was here) spring-boot-port-in-use-shared-agent reads transient since spring-boot-port-already-in-use
    # reads the analyzer's "Web server failed to start. Port N was already in use." where the job backgrounded nothing
    # and no server of its own said it started on that port
    # (xfail20, was here) wait4x-postgresql-password-failed reads real since no-output-timeout and test-timeout pass over
    # cobra's "Error: context deadline exceeded" where wait4x's PostgreSQL checker logged the server's refusal of the
    # settings (fragment wait4x_pg_settings_refused)
    # (xfail19b, was here) cypress-failures-then-wait-on-timeout reads real since test-summary-failed reads
    # Cypress's "✖  1 of 9 failed (11%)" run summary
}
# (xfail19b, was here) gunicorn-worker-timeout-at-boot: read unknown since resource-exhausted stands aside for gunicorn's
# "was sent SIGKILL! Perhaps out of memory?" after its own WORKER TIMEOUT of the same pid (arbiter.py kills the worker
# itself) and wait-timed-out stands aside where the service's own WORKER TIMEOUT is in the log.
_XFAIL_NST: dict[str, str] = {}


def _marked(params: list, reasons: dict[str, str]) -> list:
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(strict=True, reason=reasons[p.id]))
            if p.id in reasons else p for p in params]


@pytest.mark.parametrize(("verdict", "log"), _marked(labelled(CASES), _XFAIL))
def test_app_readiness_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", _marked(logs(NOT_SURELY_TRANSIENT), _XFAIL_NST))
def test_ambiguous_app_readiness_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Timed out waiting for: http://localhost:3000",
    "Error loading ASGI app. ",
    "Reason: Worker failed to boot.",
    "Connection in use: ('127.0.0.1', ",
    "dependency failed to start: container shop-db-1 exited (",
    "application not healthy after ",
    "Web server failed to start. Port ",
    "Error: listen EADDRINUSE: address already in use :::",
    "Expectation failed error=\"",
    # (xfail20) fragment wait4x_pg_settings_refused
    "ERR Error occurred error=\"pq: role \\\"",
    "SystemCheckError: System check identified some issues:",
]
