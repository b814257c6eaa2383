"""Review of the nineteenth round's app_readiness entries: a CI job starting its own app and waiting for it.

Covered: the entries' near-misses and blind spots, aimed where a rerun could hide a bug (a real failure read
transient) and where an outage could be missed: asyncio's "Connect call failed" in a test of the project's own
client, a doctest's expected output, a pytest captured log and a summary line beside another test's assertion
failure; testify reporting compose's "application not healthy after" as the error a test of the project's own
wrapper got; the app's crash printed far above the wait's timeout (more than 40 lines), printed BELOW it (`cat
server.log`, `docker compose logs` after the wait failed), a compose wait that ran out with a service's crash
above it; a wait on another port than the one the dev server printed it listens on (Vite, Next.js, Django's
runserver, Phoenix, Laravel's artisan serve); crashes the entry's list does not name (Phoenix's "Could not start
application", PHP's fatal error, a Node TypeError at start, a Spring Boot failure analysis); the same server
started twice with GitLab's "$ " echo and `docker run -d` twice; a job's own mock server on another port than
the one found in use; CI prefixes (GitHub's and Jenkins' timestamps, "[Pipeline]" lines, GitLab's sections);
asyncio's IPv6 and "Multiple exceptions" wordings; a database still starting up under the app's panic.

Each case is a short log written for this test around one message as the tool prints it. Wording read from the
tools' source where the comment says so: docker/compose (pkg/compose/start.go "application not healthy after
%s"), cpython (Lib/asyncio/selector_events.py "Connect call failed %s", base_events.py "Multiple exceptions:
%s"), jeffbski/wait-on (lib/wait-on.js), vishnubob/wait-for-it (wait-for-it.sh). Recalled rather than read, and
marked so: Vite's, Next.js', Django's, Phoenix's, Laravel's and Puma's start-up banners, Spring Boot's failure
analysis, Phoenix's Mix error, PHP's fatal error, Postgrex's connection error, docker's "port is already
allocated", testify's block, doctest's report. Hosts, apps, images and paths are made up; no project's CI log is
copied.

The rules the cases hold (labels by mechanism, not by what the engine says):
  * asyncio's "Connect call failed" as a value a test compares, expects (doctest) or logs, or beside an
    assertion failure of another test -> real;
  * the app's own crash at start anywhere in the job's log (above the wait's timeout, far above it, or printed
    below it from the server's log) -> real;
  * a wait on a port other than the one the job's own server said it listens on -> real (the job's URL);
  * a wait or compose wait that ran out with only slow-start signs, under any CI prefix -> transient;
  * a port in use where the job's own earlier background start holds it -> real; where the job's background
    server printed another port than the one in use -> transient (a shared agent's holder);
  * the app's startup refused by its database still starting -> transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_AZURE = "##[error]Bash exited with code '1'.\n"


def _gha_stamped(text: str) -> str:
    """GitHub's raw log: every line behind its clock."""
    return "".join(f"2026-05-04T10:{i // 60:02d}:{i % 60:02d}.{i:07d}Z {line}\n"
                   for i, line in enumerate(text.splitlines()))


def _jenkins_stamped(text: str) -> str:
    """Jenkins' timestamper: every line behind its bracketed clock."""
    return "".join(f"[2026-05-04T10:00:{i % 60:02d}.{i % 1000:03d}Z] {line}\n"
                   for i, line in enumerate(text.splitlines()))


# webpack/tsc-like progress of a parallel build, lines that carry no evidence either way
_NOISE = "".join(f"[build] asset chunk-{i:03d}.js {10 + i}.{i % 10} KiB [emitted] [minimized] (name: page-{i})\n"
                 for i in range(60))
_WAIT_ON = "+ npx wait-on -t 60000 http://localhost:3000\n"
_WAIT_ON_TIMEOUT = "Error: Timed out waiting for: http://localhost:3000\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== asyncio's refused connect in tests
    # cpython Lib/asyncio/selector_events.py (sock_connect: OSError(err, f'Connect call failed {address}')), raised
    # as ConnectionRefusedError for errno 111: a test of the project's own client that wanted its wrapper error
    ("pytest-own-client-connect-call-failed", "real",
     "tests/test_client.py::test_client_wraps_refused_connection FAILED\n"
     "=================================== FAILURES ===================================\n"
     "____________________ test_client_wraps_refused_connection _____________________\n"
     "    async def test_client_wraps_refused_connection():\n"
     "        client = ShopClient(\"http://127.0.0.1:59999\")\n"
     ">       with pytest.raises(ShopUnavailable):\n"
     "E       ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 59999)\n"
     "tests/test_client.py:31: ConnectionRefusedError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_client.py::test_client_wraps_refused_connection - ConnectionRefusedError: [Errno 111] "
     "Connect call failed ('127.0.0.1', 59999)\n"
     "========================= 1 failed, 57 passed in 4.31s =========================\n" + _GHA),
    # the same words as the value a test compares (pytest's assertion rewrite)
    ("pytest-assert-compares-connect-call-failed", "real",
     "tests/test_errors.py::test_error_message_is_friendly FAILED\n"
     "E       AssertionError: assert \"[Errno 111] Connect call failed ('127.0.0.1', 8080)\" == 'The shop API is not "
     "reachable'\n"
     "E         - The shop API is not reachable\n"
     "E         + [Errno 111] Connect call failed ('127.0.0.1', 8080)\n"
     "FAILED tests/test_errors.py::test_error_message_is_friendly - AssertionError: assert \"[Errno 111] Connect "
     "call failed ('127.0.0.1', 8080)\" == 'The shop API is not reachable'\n"
     "========================= 1 failed, 212 passed in 8.02s ========================\n" + _CIRCLE),
    # a doctest (recalled: "Failed example:", "Expected:", "Got:") whose expected output is the refused connect
    ("doctest-expected-connect-call-failed", "real",
     "**********************************************************************\n"
     "File \"docs/client.rst\", line 42, in client.rst\n"
     "Failed example:\n"
     "    asyncio.run(shop.ping(\"127.0.0.1\", 59999))\n"
     "Expected:\n"
     "    Traceback (most recent call last):\n"
     "    ...\n"
     "    ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 59999)\n"
     "Got:\n"
     "    Traceback (most recent call last):\n"
     "    ...\n"
     "    shop.errors.ShopUnavailable: 127.0.0.1:59999 refused the connection\n"
     "**********************************************************************\n"
     "1 items had failures:\n"
     "   1 of  12 in client.rst\n"
     "***Test Failed*** 1 failures.\n" + _GL),
    # pytest's captured log of the code under test naming the refused connect, above the test's own assertion
    ("pytest-captured-log-connect-call-failed-then-assert", "real",
     "tests/test_cache.py::test_falls_back_to_memory FAILED\n"
     "------------------------------ Captured log call -------------------------------\n"
     "ERROR    shop.cache:cache.py:40 redis unavailable: ConnectionRefusedError: [Errno 111] Connect call failed "
     "('127.0.0.1', 6379)\n"
     "E       assert 'redis' == 'memory'\n"
     "FAILED tests/test_cache.py::test_falls_back_to_memory - assert 'redis' == 'memory'\n"
     "========================= 1 failed, 64 passed in 2.77s =========================\n" + _GHA),
    # an assertion failure of one test beside another test's refused connect (the assertion fails every run)
    ("pytest-assertion-beside-connect-call-failed", "real",
     "FAILED tests/test_orders.py::test_total_includes_vat - assert 119.0 == 120.0\n"
     "FAILED tests/test_events.py::test_publish - ConnectionRefusedError: [Errno 111] Connect call failed "
     "('127.0.0.1', 5672)\n"
     "=================== 2 failed, 301 passed, 4 skipped in 41.20s ==================\n" + _GHA),
    # the project's own server crashing at import (ModuleNotFoundError), then the smoke script's refused connect
    ("smoke-connect-call-failed-after-app-import-error", "real",
     "+ python -m shop.server --port 8080 &\n"
     "Traceback (most recent call last):\n"
     "  File \"/app/shop/server.py\", line 3, in <module>\n"
     "    from aiohttp_session import setup\n"
     "ModuleNotFoundError: No module named 'aiohttp_session'\n"
     "+ sleep 5\n"
     "+ python scripts/smoke.py http://127.0.0.1:8080\n"
     "Traceback (most recent call last):\n"
     "  File \"/app/scripts/smoke.py\", line 14, in <module>\n"
     "    asyncio.run(main())\n"
     "ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 8080)\n" + _GHA),
    # ================================================================== compose's wait in tests and logs
    # testify's block (recalled) reporting the error a test of the project's own compose wrapper got: compose's
    # words (pkg/compose/start.go "application not healthy after %s") as a value, the test failing on it
    ("testify-got-application-not-healthy", "real",
     "=== RUN   TestUpWaitsForHealthy\n"
     "    up_test.go:58: \n"
     "        \tError Trace:\t/src/internal/stack/up_test.go:58\n"
     "        \tError:      \tReceived unexpected error:\n"
     "        \t            \tapplication not healthy after 1s\n"
     "        \tTest:       \tTestUpWaitsForHealthy\n"
     "--- FAIL: TestUpWaitsForHealthy (1.02s)\n"
     "FAIL\texample.org/acme/devstack/internal/stack\t1.311s\n" + _GHA),
    # compose's wait running out below the Rails app's own NameError at boot in the service's log
    ("compose-not-healthy-after-rails-name-error", "real",
     "+ docker compose up -d --wait --wait-timeout 90\n"
     " Container shop-web-1  Started\n"
     " Container shop-web-1  Waiting\n"
     "web-1  | /app/config/environments/test.rb:12:in `block in <main>': undefined local variable or method "
     "`confg' for an instance of Rails::Application::Configuration (NameError)\n"
     "application not healthy after 1m30s\n" + _GHA),
    # compose's wait running out, then the job printing the service's log: the app's missing module below it
    ("compose-not-healthy-then-logs-cannot-find-module", "real",
     "+ docker compose up -d --wait --wait-timeout 60\n"
     " Container shop-api-1  Started\n"
     " Container shop-api-1  Waiting\n"
     "application not healthy after 1m0s\n"
     "+ docker compose logs api\n"
     "api-1  | node:internal/modules/cjs/loader:1148\n"
     "api-1  | Error: Cannot find module 'pg'\n"
     "api-1  | Require stack:\n"
     "api-1  | - /srv/dist/db.js\n" + _GHA),
    # compose's dependency unhealthy, then `docker compose logs` below it: Django's ImproperlyConfigured
    ("compose-unhealthy-then-logs-improperly-configured", "real",
     "+ docker compose up -d --wait\n"
     " Container shop-web-1  Waiting\n"
     "dependency failed to start: container shop-web-1 is unhealthy\n"
     "+ docker compose logs web --tail 20\n"
     "web-1  | django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.\n" + _GL),
    # compose's wait that ran out with only slow-start signs, under GitHub's clock
    ("compose-not-healthy-gha-timestamps", "transient",
     _gha_stamped("+ docker compose up -d --wait --wait-timeout 120\n"
                  " Container shop-search-1  Started\n"
                  " Container shop-search-1  Waiting\n"
                  "search-1  | {\"@timestamp\":\"2026-05-04T10:00:40.000Z\", \"log.level\": \"INFO\", "
                  "\"message\":\"starting ...\"}\n"
                  "application not healthy after 2m0s\n" + _GHA)),
    # the same under Jenkins' timestamper and its [Pipeline] lines
    ("compose-not-healthy-jenkins-timestamps", "transient",
     "[Pipeline] stage\n[Pipeline] { (e2e)\n[Pipeline] sh\n"
     + _jenkins_stamped("+ docker compose up -d --wait --wait-timeout 120\n"
                        " Container shop-db-1  Healthy\n"
                        " Container shop-kafka-1  Waiting\n"
                        "application not healthy after 2m0s\n")
     + "[Pipeline] }\n[Pipeline] // stage\n" + _JENKINS),
    # ================================================================== the app's crash and the wait
    # the app's missing module printed more than 40 lines above the wait's timeout (a parallel build's output
    # between them)
    ("wait-on-timeout-crash-far-above", "real",
     "+ node dist/server.js &\n"
     "node:internal/modules/cjs/loader:1148\n"
     "Error: Cannot find module 'dotenv'\n"
     "Require stack:\n- /app/dist/server.js\n"
     "+ npm run build:storybook\n"
     + _NOISE + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # the wait's timeout first, then the job printing the server's log: the app's SyntaxError below it
    ("wait-on-timeout-then-cat-server-log-syntax-error", "real",
     "+ npm start > server.log 2>&1 &\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT +
     "+ cat server.log\n"
     "> shop-api@2.0.0 start\n> node src/index.js\n\n"
     "/app/src/routes/orders.js:41\n  });\n  ^\n\n"
     "SyntaxError: Unexpected token '}'\n"
     "Node.js v20.14.0\n" + _GHA),
    # wait-for-it's timeout, then the Python server's log printed below it (a missing module)
    ("wait-for-it-timeout-then-cat-log-module-not-found", "real",
     "+ python -m shop.api > api.log 2>&1 &\n"
     "+ ./wait-for-it.sh localhost:8000 -t 30\n"
     "wait-for-it.sh: waiting 30 seconds for localhost:8000\n"
     "wait-for-it.sh: timeout occurred after waiting 30 seconds for localhost:8000\n"
     "+ cat api.log\n"
     "Traceback (most recent call last):\n"
     "  File \"/app/shop/api.py\", line 2, in <module>\n"
     "ModuleNotFoundError: No module named 'fastapi'\n" + _CIRCLE),
    # the crash above the wait under GitHub's clock on every line
    ("wait-on-timeout-after-crash-gha-timestamps", "real",
     _gha_stamped("+ node dist/server.js &\n"
                  "Error: Cannot find module '/home/runner/work/shop/shop/dist/server.js'\n"
                  "  code: 'MODULE_NOT_FOUND',\n"
                  + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA)),
    # Phoenix's application start failing (Mix, recalled: "** (Mix) Could not start application %s: ...") above
    # wait-on's timeout: a missing runtime configuration
    ("phoenix-could-not-start-application-then-wait", "real",
     "+ mix phx.server &\n"
     "** (Mix) Could not start application shop: Shop.Application.start(:normal, []) returned an error: "
     "shutdown: failed to start child: ShopWeb.Endpoint\n"
     "    ** (EXIT) an exception was raised:\n"
     "        ** (ArgumentError) could not fetch environment variable \"SECRET_KEY_BASE\" because it is not set\n"
     "+ npx wait-on -t 60000 http://localhost:4000\n"
     "Error: Timed out waiting for: http://localhost:4000\n" + _GHA),
    # Phoenix's repo refused by the database still starting (Postgrex, recalled), then the wait: a start-up race
    ("phoenix-postgrex-refused-then-wait", "transient",
     "+ mix phx.server &\n"
     "[error] Postgrex.Protocol (#PID<0.412.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect "
     "(localhost:5432): connection refused - :econnrefused\n"
     "+ npx wait-on -t 60000 http://localhost:4000\n"
     "Error: Timed out waiting for: http://localhost:4000\n" + _GHA),
    # Laravel's artisan serve with the app's PHP fatal error at boot (recalled), then wait-for-it's timeout
    ("laravel-php-fatal-then-wait-for-it", "real",
     "+ php artisan serve --port=8000 &\n"
     "PHP Fatal error:  Uncaught Error: Class \"App\\Providers\\TelescopeServiceProvider\" not found in "
     "/app/vendor/laravel/framework/src/Illuminate/Foundation/ProviderRepository.php:206\n"
     "+ ./wait-for-it.sh localhost:8000 -t 30\n"
     "wait-for-it.sh: waiting 30 seconds for localhost:8000\n"
     "wait-for-it.sh: timeout occurred after waiting 30 seconds for localhost:8000\n" + _GL),
    # an Express app's TypeError at start (its config reading an unset variable), then wait-on's timeout
    ("express-typeerror-at-start-then-wait", "real",
     "+ node server.js &\n"
     "/app/config.js:4\n"
     "const origins = process.env.CORS_ORIGINS.split(',');\n"
     "                                         ^\n\n"
     "TypeError: Cannot read properties of undefined (reading 'split')\n"
     "    at Object.<anonymous> (/app/config.js:4:42)\n"
     "Node.js v20.14.0\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # Spring Boot's failure analysis (recalled) above curl's refused retries against the jar it started
    ("spring-failure-analysis-then-curl-refused", "real",
     "+ java -jar target/shop-1.4.0.jar &\n"
     "***************************\n"
     "APPLICATION FAILED TO START\n"
     "***************************\n\n"
     "Description:\n\n"
     "Parameter 0 of constructor in com.acme.shop.orders.OrderService required a bean of type "
     "'com.acme.shop.payments.PaymentClient' that could not be found.\n\n"
     "Action:\n\n"
     "Consider defining a bean of type 'com.acme.shop.payments.PaymentClient' in your configuration.\n"
     "+ curl -fsS --retry 10 --retry-delay 3 --retry-connrefused http://localhost:8080/actuator/health\n"
     "Warning: Problem : connection refused. Will retry in 3 seconds. 10 retries left.\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n" + _GHA),
    # Next.js' dev server answering 500 on a module that does not resolve (recalled: "Module not found: Can't
    # resolve '%s'"), so wait-on never sees a 2xx and times out
    ("next-dev-module-not-found-then-wait", "real",
     "+ npm run dev &\n"
     "  ▲ Next.js 14.2.4\n  - Local:        http://localhost:3000\n\n"
     " ✓ Ready in 2.1s\n"
     " ○ Compiling / ...\n"
     " ⨯ ./src/app/page.tsx:3:1\n"
     "Module not found: Can't resolve '@/lib/db'\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # a Go app's panic on the database still starting (lib/pq's FATAL "the database system is starting up"),
    # then wait-for-it's timeout: the app raced its database, a rerun usually finds it up
    ("go-panic-database-starting-up-then-wait", "transient",
     "+ ./bin/api &\n"
     "panic: pq: the database system is starting up\n\n"
     "goroutine 1 [running]:\n"
     "main.main()\n"
     "+ ./wait-for-it.sh localhost:8080 -t 30\n"
     "wait-for-it.sh: timeout occurred after waiting 30 seconds for localhost:8080\n" + _GHA),
    # a long log: the dev server still compiling when wait-on's timeout came, a parallel build's output above
    # it and the runner's clean-up after it
    ("wait-on-timeout-long-log-slow-compile", "transient",
     "+ npm run dev &\n"
     "  ▲ Next.js 14.2.4\n  - Local:        http://localhost:3000\n\n"
     + _NOISE +
     " ○ Compiling / ...\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA +
     "Post job cleanup.\n"
     "[command]/usr/bin/git version\n"
     "git version 2.45.1\n"),
    # ================================================================== the wait on the wrong port
    # Vite's dev server printing where it listens (recalled: "➜  Local:   http://localhost:%d/") and wait-on
    # polling another port (the job's URL)
    ("wait-on-other-port-than-vite-prints", "real",
     "+ npm run dev -- --host &\n"
     "  VITE v5.3.1  ready in 412 ms\n\n"
     "  ➜  Local:   http://localhost:5173/\n"
     "  ➜  Network: http://10.1.0.4:5173/\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # Next.js on a port the job's PORT variable set, wait-on on the default
    ("wait-on-other-port-than-next-prints", "real",
     "+ PORT=3001 npm run start &\n"
     "  ▲ Next.js 14.2.4\n  - Local:        http://localhost:3001\n\n"
     " ✓ Ready in 380ms\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _CIRCLE),
    # Django's runserver (recalled: "Starting development server at http://%s:%s/") and wait-for-it on 8000
    ("wait-for-it-other-port-than-runserver-prints", "real",
     "+ python manage.py runserver 0.0.0.0:8001 &\n"
     "Watching for file changes with StatReloader\n"
     "Performing system checks...\n\n"
     "System check identified no issues (0 silenced).\n"
     "Django version 5.0.6, using settings 'shop.settings.ci'\n"
     "Starting development server at http://0.0.0.0:8001/\n"
     "Quit the server with CONTROL-C.\n"
     "+ ./wait-for-it.sh localhost:8000 -t 60\n"
     "wait-for-it.sh: waiting 60 seconds for localhost:8000\n"
     "wait-for-it.sh: timeout occurred after waiting 60 seconds for localhost:8000\n" + _GL),
    # Laravel's artisan serve banner (recalled: "INFO  Server running on [http://127.0.0.1:%d].") and a wait
    # on another port
    ("wait-on-other-port-than-artisan-prints", "real",
     "+ php artisan serve --port=8080 &\n\n"
     "   INFO  Server running on [http://127.0.0.1:8080].\n\n"
     "  Press Ctrl+C to stop the server\n\n"
     "+ npx wait-on -t 30000 http://127.0.0.1:8000\n"
     "Error: Timed out waiting for: http://127.0.0.1:8000\n" + _GHA),
    # the same port in both: the server printed its port and the wait ran out on it (a slow start)
    ("wait-on-same-port-as-vite-prints", "transient",
     "+ npm run preview &\n"
     "  ➜  Local:   http://localhost:4173/\n"
     "+ npx wait-on -t 60000 http://localhost:4173\n"
     "Error: Timed out waiting for: http://localhost:4173\n" + _GHA),
    # two servers of the job's own: the web app printed 3000 before the API printed 4000, and the wait on 3000 ran out
    # while the web app was still compiling (a slow start, not a wrong URL: a server did print the waited port)
    ("wait-on-port-of-first-of-two-servers", "transient",
     "+ npm run dev &\n"
     "  ▲ Next.js 14.2.4\n  - Local:        http://localhost:3000\n\n"
     "+ npm run api &\n"
     "INFO:     Uvicorn running on http://127.0.0.1:4000 (Press CTRL+C to quit)\n"
     " ○ Compiling / ...\n"
     + _WAIT_ON + _WAIT_ON_TIMEOUT + _GHA),
    # ================================================================== a server started twice, ports in use
    # GitLab's echo of the job's commands ("$ ..."): the job started the same server twice, the first in the
    # background (Node's bind error, recalled)
    ("gitlab-dollar-server-started-twice", "real",
     "$ npm run serve &\n"
     "> shop-web@1.0.0 serve\n> node server.js\n"
     "Listening on :8080\n"
     "$ npm run serve\n"
     "> shop-web@1.0.0 serve\n> node server.js\n\n"
     "Error: listen EADDRINUSE: address already in use :::8080\n"
     "    at Server.setupListenHandle [as _listen2] (node:net:1897:16)\n" + _GL),
    # `docker run -d` of the same image and port twice (recalled: "Bind for 0.0.0.0:%d failed: port is already
    # allocated")
    ("docker-run-d-twice-port-allocated", "real",
     "+ docker run -d --name api -p 8080:8080 shop-api:ci\n"
     "3f1c2a9d8e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b\n"
     "+ docker run -d --name api-e2e -p 8080:8080 shop-api:ci\n"
     "docker: Error response from daemon: driver failed programming external connectivity on endpoint api-e2e "
     "(9a8b7c6d5e4f): Bind for 0.0.0.0:8080 failed: port is already allocated.\n" + _GHA),
    # the job's own mock server on port 4010, the app's port 3000 in use by something else on a shared agent
    # (nothing in the job started a server on 3000)
    ("npm-run-mock-other-port-then-eaddrinuse", "transient",
     "[Pipeline] sh\n"
     "+ npm run mock:api &\n"
     "> shop-web@1.0.0 mock:api\n> prism mock openapi.yaml --port 4010\n"
     "[CLI] ▶  start     Prism is listening on http://127.0.0.1:4010\n"
     "+ npm run start:test\n"
     "> shop-web@1.0.0 start:test\n> node server.js --port 3000\n\n"
     "Error: listen EADDRINUSE: address already in use :::3000\n"
     "    at Server.setupListenHandle [as _listen2] (node:net:1897:16)\n" + _JENKINS),
    # the same server twice under GitHub's clock
    ("server-started-twice-gha-timestamps", "real",
     _gha_stamped("+ npm run start:test &\n"
                  "API listening on :3000\n"
                  "+ npm run start:test\n"
                  "Error: listen EADDRINUSE: address already in use :::3000\n"
                  "    at Server.setupListenHandle [as _listen2] (node:net:1897:16)\n" + _GHA)),
    # ================================================================== asyncio's wordings of an outage
    # cpython Lib/asyncio/base_events.py (create_connection: OSError('Multiple exceptions: {}'...)) when localhost
    # resolves to both families: the database still starting under the app's startup hook
    ("uvicorn-startup-multiple-exceptions-refused", "transient",
     "+ uvicorn app.main:app --port 8000\n"
     "INFO:     Waiting for application startup.\n"
     "ERROR:    Traceback (most recent call last):\n"
     "  File \"/usr/local/lib/python3.12/asyncio/base_events.py\", line 1119, in create_connection\n"
     "OSError: Multiple exceptions: [Errno 111] Connect call failed ('::1', 5432, 0, 0), [Errno 111] Connect call "
     "failed ('127.0.0.1', 5432)\n\n"
     "ERROR:    Application startup failed. Exiting.\n" + _GHA),
    # the IPv6 address alone (selector_events.py prints the address tuple as given)
    ("uvicorn-startup-refused-ipv6", "transient",
     "+ uvicorn app.main:app --port 8000\n"
     "INFO:     Waiting for application startup.\n"
     "ERROR:    Traceback (most recent call last):\n"
     "  File \"/usr/local/lib/python3.12/site-packages/redis/asyncio/connection.py\", line 276, in connect\n"
     "ConnectionRefusedError: [Errno 111] Connect call failed ('::1', 6379, 0, 0)\n\n"
     "ERROR:    Application startup failed. Exiting.\n" + _GHA),
    # ================================================================== waits with slow-start signs only
    # wait-for-it's strict mode (wait-for-it.sh "strict mode, refusing to execute subprocess") after its timeout
    ("wait-for-it-strict-timeout-db", "transient",
     "$ ./wait-for-it.sh db:5432 -s -t 60 -- npm run migrate\n"
     "wait-for-it.sh: waiting 60 seconds for db:5432\n"
     "wait-for-it.sh: timeout occurred after waiting 60 seconds for db:5432\n"
     "wait-for-it.sh: strict mode, refusing to execute subprocess\n" + _GL),
    # dockerize's timeout inside GitLab's collapsible sections
    ("dockerize-timeout-gitlab-sections", "transient",
     "section_start:1714816800:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting \"step_script\" stage of the job "
     "script\x1b[0;m\x1b[0;m\n"
     "$ dockerize -wait tcp://rabbitmq:5672 -timeout 60s\n"
     "2026/05/04 10:00:01 Waiting for: tcp://rabbitmq:5672\n"
     "2026/05/04 10:00:01 Problem with dial: dial tcp 172.17.0.3:5672: connect: connection refused. Sleeping 1s\n"
     "2026/05/04 10:01:01 Timeout after 1m0s waiting on dependencies to become available: [tcp://rabbitmq:5672]\n"
     "section_end:1714816861:step_script\r\x1b[0K\n" + _GL),
    # kubectl wait's timeout, the pod's log a panic on a refused database (a start-up race)
    ("kubectl-wait-timeout-then-logs-refused-panic", "transient",
     "+ kubectl wait --for=condition=Ready pod -l app=api -n e2e --timeout=120s\n"
     "error: timed out waiting for the condition on pods/api-7c9d8f6b5-x2kqz\n"
     "+ kubectl logs -l app=api -n e2e --tail=20\n"
     "panic: dial tcp 10.96.14.2:5432: connect: connection refused\n\n"
     "goroutine 1 [running]:\n" + _GHA),
]


# Cases the engine does not read right yet, each with why (strict: one that starts passing fails the suite).
_XFAIL: dict[str, str] = {}


def _marked(params: list, reasons: dict[str, str]) -> list:
    return [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(strict=True, reason=reasons[p.id]))
            if p.id in reasons else p for p in params]


@pytest.mark.parametrize(("verdict", "log"), _marked(labelled(CASES), _XFAIL))
def test_app_readiness_review_case_reads_right(verdict, log):
    reads(log, verdict)


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "Connect call failed ('127.0.0.1', ",
    "application not healthy after ",
    "OSError: Multiple exceptions: [Errno 111] Connect call failed ('::1', ",
    "  ➜  Local:   http://localhost:",
    "Starting development server at http://",
    "Timed out waiting for: http://localhost:",
    "** (Mix) Could not start application ",
    "Module not found: Can't resolve '",
    "$ npm run serve ",
]
