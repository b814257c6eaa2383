"""Eleventh round, tool sources: the tools a CI job uses to upload reports and to share caches.

Each case is a short log written for the test around one message as the tool prints it, read from
the tool's own source (the comment above each case names the repository and the file holding the
format string). Hosts, tokens, projects and paths are made up; no project's CI log is copied.

An upload service that answered 5xx or 429, timed out, or could not be reached must read transient.
A missing or invalid token, a repository or project the service does not know, a malformed report
file or no report found must read real; so must (hold36) Codecov's limit on tokenless uploads, whose
answer names a token as the cure. A remote cache that could not be reached while the build
went on is not the failure's cause: where a compile error or a failing test follows such a warning,
the verdict must be real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads, signatures

_EXIT = "##[error]Process completed with exit code 1.\n"
_CC_INFO = ("info - 2024-05-01 12:00:00,101 -- ci service found: github-actions\n"
            "info - 2024-05-01 12:00:00,230 -- Found 1 coverage files to report\n"
            "info - 2024-05-01 12:00:00,231 -- > /home/runner/work/app/app/coverage.xml\n")
_UPL = "[2024-05-01T12:00:00.000Z] ['info'] => Found 1 possible coverage files:\n  ./coverage/lcov.info\n"
_CR = "⭐️ Coveralls Coverage Reporter v0.6.9\n📄 Using coverage file: coverage/lcov.info\n"
_SONAR = ("12:00:00.100 INFO  Scanner configuration file: /opt/sonar-scanner/conf/sonar-scanner.properties\n"
          "12:00:00.102 INFO  Project root configuration file: /home/runner/work/app/app/sonar-project.properties\n"
          "12:00:00.120 INFO  SonarScanner CLI 6.1.0.4477\n")
_SONAR_END = ("12:00:03.402 ERROR \n"
              "12:00:03.402 ERROR Re-run SonarScanner CLI using the -X switch to enable full debug logging.\n" + _EXIT)
_COBRA_USAGE = "Usage:\n  cc-test-reporter after-build [flags]\n\nFlags:\n  -t, --coverage-input-type string\n"
_DD = "Starting upload with concurrency 20.\nWill upload jUnit XML file reports/junit.xml\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ codecov-cli
    # codecov/codecov-cli codecov_cli/helpers/request.py (retry_request: "Response status code was {code}.",
    # "Request failed. Retrying", then "Request failed after too many retries. URL: {url}"), lines formatted by
    # codecov_cli/helpers/logging_utils.py ("{level} - {asctime} -- {msg} --- {extra}")
    ("codecov-cli-5xx-retries-exhausted", "transient",
     _CC_INFO
     + "warning - 2024-05-01 12:00:01,402 -- Response status code was 502. --- {\"retry\": 0}\n"
     "warning - 2024-05-01 12:00:01,402 -- Request failed. Retrying --- {\"retry\": 0}\n"
     "warning - 2024-05-01 12:00:09,611 -- Request failed. Retrying --- {\"retry\": 3}\n"
     "Traceback (most recent call last):\n"
     "  File \"/usr/local/bin/codecovcli\", line 8, in <module>\n"
     "Exception: Request failed after too many retries. URL: https://ingest.example.org/upload/github/acme::::app/"
     "commits/0a1b2c3/reports/default/uploads\n" + _EXIT),
    # same file (log_warnings_and_errors_if_any: "{process} failed: {response text}") with a 429 body; (hold36) the body is
    # Codecov's limit on tokenless uploads, which names a token as the cure: the job's configuration (was transient)
    ("codecov-cli-upload-rate-limited", "real",
     _CC_INFO
     + "info - 2024-05-01 12:00:01,500 -- Process Upload complete\n"
     "error - 2024-05-01 12:00:01,501 -- Upload failed: {\"message\":\"Rate limit reached. Please upload with the "
     "Codecov repository upload token to resolve issue. Expected time to availability: 1711s.\"}\n" + _EXIT),
    # same function, a refused tokenless upload
    ("codecov-cli-token-required", "real",
     _CC_INFO
     + "info - 2024-05-01 12:00:01,100 -- Process Commit creating complete\n"
     "error - 2024-05-01 12:00:01,101 -- Commit creating failed: {\"message\":\"Token required - not valid tokenless "
     "upload\"}\n" + _EXIT),
    # codecov_cli/helpers/request.py get_token_header_or_fail (click.ClickException -> "Error: ...")
    ("codecov-cli-token-not-found", "real",
     "info - 2024-05-01 12:00:00,101 -- ci service found: github-actions\n"
     "Error: Codecov token not found. Please provide Codecov token with -t flag.\n" + _EXIT),
    # codecov_cli/services/upload/upload_collector.py ("No coverage reports found. Please make sure you're
    # generating reports successfully.")
    ("codecov-cli-no-reports", "real",
     "info - 2024-05-01 12:00:00,101 -- ci service found: github-actions\n"
     "info - 2024-05-01 12:00:00,230 -- Found 0 coverage files to report\n"
     "Error: No coverage reports found. Please make sure you're generating reports successfully.\n" + _EXIT),
    # codecov_cli/services/report/__init__.py ("An error occurred while processing the report. Please try again
    # later.")
    ("codecov-cli-processing-try-later", "transient",
     _CC_INFO
     + "error - 2024-05-01 12:00:31,002 -- An error occurred while processing the report. Please try again later. "
     "--- {\"response_status_code\": 200, \"state\": \"error\", \"result\": {}}\n" + _EXIT),
    # ------------------------------------------------------------------ codecov uploader (node)
    # codecov/uploader src/helpers/web.ts ("There was an error fetching the storage URL during POST: {status} -
    # {body}"), wrapped by src/index.ts ("Error uploading to {host}: {error}") and bin/codecov.ts ("There was an
    # error running the uploader: ..."), logged by src/helpers/logger.ts ("[{time}] ['error'] {msg}")
    ("codecov-uploader-post-503", "transient",
     _UPL
     + "[2024-05-01T12:00:01.000Z] ['info'] Pinging Codecov: https://codecov.io/upload/v4?package=github-action-"
     "3.1.4-uploader-0.7.1&token=*******&branch=main\n"
     "[2024-05-01T12:00:31.000Z] ['error'] There was an error running the uploader: Error uploading to "
     "https://codecov.io: Error: There was an error fetching the storage URL during POST: 503 - upstream connect "
     "error or disconnect/reset before headers. reset reason: connection failure\n" + _EXIT),
    # (hold36) Codecov's answer to a TOKENLESS upload over its shared limit names a token as the cure: the job's
    # configuration, on most runs until a token is passed (codecov-tokenless-upload-rate-limited's comment); was transient
    ("codecov-uploader-post-429", "real",
     _UPL
     + "[2024-05-01T12:00:31.000Z] ['error'] There was an error running the uploader: Error uploading to "
     "https://codecov.io: Error: There was an error fetching the storage URL during POST: 429 - {\"detail\":\"Rate "
     "limit reached. Please upload with the Codecov repository upload token to resolve issue. Expected time to "
     "availability: 1532s.\"}\n" + _EXIT),
    # ... and a 429 without those words (an upload with a token): the passing limit
    ("codecov-uploader-post-429-with-token", "transient",
     _UPL
     + "[2024-05-01T12:00:31.000Z] ['error'] There was an error running the uploader: Error uploading to "
     "https://codecov.io: Error: There was an error fetching the storage URL during POST: 429 - Too Many Requests\n"
     + _EXIT),
    # same file, the PUT to storage
    ("codecov-uploader-put-500", "transient",
     _UPL
     + "[2024-05-01T12:00:31.000Z] ['error'] There was an error running the uploader: Error uploading to "
     "https://codecov.io: Error: There was an error fetching the storage URL during PUT: 500 - <?xml version='1.0' "
     "encoding='UTF-8'?><Error><Code>InternalError</Code></Error>\n" + _EXIT),
    ("codecov-uploader-post-404-repository", "real",
     _UPL
     + "[2024-05-01T12:00:02.000Z] ['error'] There was an error running the uploader: Error uploading to "
     "https://codecov.io: Error: There was an error fetching the storage URL during POST: 404 - {'detail': "
     "ErrorDetail(string='Could not find a repository, try using repo upload token', code='not_found')}\n"
     + _EXIT),
    ("codecov-uploader-post-401-token", "real",
     _UPL
     + "[2024-05-01T12:00:02.000Z] ['error'] There was an error running the uploader: Error uploading to "
     "https://codecov.io: Error: There was an error fetching the storage URL during POST: 401 - {\"detail\":\"Invalid "
     "token.\"}\n" + _EXIT),
    # src/helpers/web.ts requestWithRetry ("Request error: {message}") until the retries ran out
    ("codecov-uploader-connect-timeout", "transient",
     _UPL
     + "[2024-05-01T12:00:11.000Z] ['error'] Request error: Connect Timeout Error\n"
     "[2024-05-01T12:00:31.000Z] ['error'] Request error: Connect Timeout Error\n"
     "[2024-05-01T12:00:51.000Z] ['error'] There was an error running the uploader: Error uploading to "
     "https://codecov.io: ConnectTimeoutError: Connect Timeout Error\n" + _EXIT),
    # src/index.ts ("No coverage files located, please try use `-f`, or change the project root with `-R`")
    ("codecov-uploader-no-files", "real",
     "[2024-05-01T12:00:00.000Z] ['info'] Detected GitHub Actions as the CI provider.\n"
     "[2024-05-01T12:00:00.100Z] ['error'] There was an error running the uploader: No coverage files located, "
     "please try use `-f`, or change the project root with `-R`\n" + _EXIT),
    # ------------------------------------------------------------------ Coveralls coverage-reporter (Crystal)
    # coverallsapp/coverage-reporter src/coverage_reporter/cli/cmd.cr (rescue Api::InternalServerError: "Error:
    # {status message} ({code})", "⚠️ Internal server error. Please contact Coveralls team ...")
    ("coveralls-reporter-500", "transient",
     _CR
     + "---\nError: Internal Server Error (500)\nTrace ID: 8a1b2c3d4e5f6a7b-IAD\n---\n"
     "⚠️ Internal server error. Please contact Coveralls team with the error details above.\n" + _EXIT),
    # same file (rescue Api::HTTPError: "HTTP error:", "Error: {status message} ({code})", "Message: {body}")
    ("coveralls-reporter-503", "transient",
     _CR
     + "HTTP error:\n---\nError: Service Unavailable (503)\nMessage: <html><body>upstream unavailable</body></html>\n"
     "---\n" + _EXIT),
    ("coveralls-reporter-429", "transient",
     _CR
     + "HTTP error:\n---\nError: Too Many Requests (429)\nMessage: {\"message\":\"rate limited\",\"error\":true}\n"
     "---\n" + _EXIT),
    # same file (rescue Api::UnprocessableEntity: "🚨 Oops! It looks like your request was not processible by
    # Coveralls.")
    ("coveralls-reporter-422-repository", "real",
     _CR
     + "---\nError: Unprocessable Entity\nResponse: {\"message\":\"Couldn't find a repository matching this job.\","
     "\"error\":true}\n---\n"
     "🚨 Oops! It looks like your request was not processible by Coveralls.\n"
     "This is often the is the result of an incorrectly set repo token.\n"
     "More info/troubleshooting here: https://docs.coveralls.io\n- 💛, Coveralls\n" + _EXIT),
    # src/coverage_reporter/config.cr (MissingTokenException)
    ("coveralls-reporter-missing-token", "real",
     "⭐️ Coveralls Coverage Reporter v0.6.9\n"
     "🚨 Missing Repo Token. Set using `-r <token>` or `COVERALLS_REPO_TOKEN=<token>`\n" + _EXIT),
    # src/coverage_reporter/parser.cr (NotFound: "🚨 ERROR: Couldn't find specified file: {file}")
    ("coveralls-reporter-file-not-found", "real",
     "⭐️ Coveralls Coverage Reporter v0.6.9\n"
     "🚨 ERROR: Couldn't find specified file: coverage/lcov.info\n" + _EXIT),
    # src/coverage_reporter/reporter.cr (NoSourceFiles: "🚨 Nothing to report")
    ("coveralls-reporter-nothing-to-report", "real",
     "⭐️ Coveralls Coverage Reporter v0.6.9\n🔍 Detected coverage format: lcov\n🚨 Nothing to report\n" + _EXIT),
    # cmd.cr (rescue Socket::Error: the message of Crystal's socket error)
    ("coveralls-reporter-socket-refused", "transient",
     _CR + "🚀 Posting coverage data to https://coveralls.example.org/api/v1/jobs\n"
     "Error connecting to 'coveralls.example.org:443': Connection refused\n" + _EXIT),
    # ------------------------------------------------------------------ coveralls-python
    # TheKevJames/coveralls-python coveralls/api.py ("Could not submit coverage: {e}" around requests'
    # raise_for_status), logged by coveralls/cli.py ("Error running coveralls")
    ("coveralls-python-503", "transient",
     "Submitting coverage to coveralls.io...\nError running coveralls\nTraceback (most recent call last):\n"
     "  File \"/opt/venv/lib/python3.12/site-packages/coveralls/api.py\", line 171, in submit_report\n"
     "RuntimeError: Could not submit coverage: 503 Server Error: Service Unavailable for url: "
     "https://coveralls.example.org/api/v1/jobs\n" + _EXIT),
    ("coveralls-python-530", "transient",
     "Submitting coverage to coveralls.io...\nError running coveralls\n"
     "coveralls.exception.CoverallsException: Could not submit coverage: 530 Server Error: for url: "
     "https://coveralls.example.org/api/v1/jobs\n" + _EXIT),
    # same file (the 422 warning for GitHub Actions, then the 422 itself)
    ("coveralls-python-422", "real",
     "Submitting coverage to coveralls.io...\n"
     "Received 422 submitting job via Github Actions. By default, coveralls-python uses the \"github\" service "
     "name, which requires you to set the $GITHUB_TOKEN environment variable.\n"
     "Error running coveralls\n"
     "RuntimeError: Could not submit coverage: 422 Client Error: Unprocessable Entity for url: "
     "https://coveralls.example.org/api/v1/jobs\n" + _EXIT),
    # same file ("Request timeout: {endpoint} (timeout={timeout})")
    ("coveralls-python-timeout", "transient",
     "Submitting coverage to coveralls.io...\nError running coveralls\n"
     "TimeoutError: Request timeout: https://coveralls.example.org/api/v1/jobs (timeout=10.0)\n" + _EXIT),
    ("coveralls-python-connection-refused", "transient",
     "Submitting coverage to coveralls.io...\nError running coveralls\n"
     "RuntimeError: Could not submit coverage: HTTPSConnectionPool(host='coveralls.example.org', port=443): Max "
     "retries exceeded with url: /api/v1/jobs (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection "
     "object at 0x7f3a>: Failed to establish a new connection: [Errno 111] Connection refused'))\n" + _EXIT),
    # coveralls/configuration/helpers.py ("Running on Github Actions but GITHUB_TOKEN is not set.")
    ("coveralls-python-no-github-token", "real",
     "Error running coveralls\n"
     "RuntimeError: Running on Github Actions but GITHUB_TOKEN is not set. Add \"env: GITHUB_TOKEN: "
     "${{ secrets.GITHUB_TOKEN }}\" to your step config.\n" + _EXIT),
    # ------------------------------------------------------------------ node-coveralls
    # nickmerwin/node-coveralls lib/handleInput.js ("Bad response: {status} {body}"), thrown by bin/coveralls.js
    ("node-coveralls-504", "transient",
     "/home/runner/work/app/app/node_modules/coveralls/bin/coveralls.js:19\n      throw err;\n      ^\n"
     "Bad response: 504 upstream request timeout\n" + _EXIT),
    ("node-coveralls-502", "transient",
     "/home/runner/work/app/app/node_modules/coveralls/bin/coveralls.js:19\n      throw err;\n      ^\n"
     "Bad response: 502 <html><head><title>502</title></head></html>\n" + _EXIT),
    ("node-coveralls-422", "real",
     "/home/runner/work/app/app/node_modules/coveralls/bin/coveralls.js:19\n      throw err;\n      ^\n"
     "Bad response: 422 {\"message\":\"Couldn't find a repository matching this job.\",\"error\":true}\n" + _EXIT),
    # ------------------------------------------------------------------ SonarScanner
    # SonarSource/sonar-scanner-cli src/main/java/org/sonarsource/scanner/cli/Main.java (showError: "Error during
    # SonarScanner CLI execution", the message, "Caused by: ..."), SonarSource/sonar-scanner-java-library
    # lib/src/main/java/org/sonarsource/scanner/lib/ScannerEngineBootstrapper.java ("Failed to query server
    # version: {e}") and .../internal/http/HttpException.java ("GET {url} failed with HTTP {code} {reason}")
    ("sonar-server-version-503", "transient",
     _SONAR
     + "12:00:03.380 INFO  EXECUTION FAILURE\n"
     "12:00:03.401 ERROR Error during SonarScanner CLI execution\n"
     "12:00:03.401 ERROR Failed to query server version: GET https://sonar.example.org/api/v2/analysis/version "
     "failed with HTTP 503 Service Unavailable\n" + _SONAR_END),
    ("sonar-server-version-401", "real",
     _SONAR
     + "12:00:03.380 INFO  EXECUTION FAILURE\n"
     "12:00:03.401 ERROR Error during SonarScanner CLI execution\n"
     "12:00:03.401 ERROR Failed to query server version: GET https://sonar.example.org/api/v2/analysis/version "
     "failed with HTTP 401 Unauthorized\n" + _SONAR_END),
    # .../internal/http/ScannerHttpClient.java ("Call to URL [%s] failed: %s")
    ("sonar-call-url-connect-timeout", "transient",
     _SONAR
     + "12:00:13.380 INFO  EXECUTION FAILURE\n"
     "12:00:13.401 ERROR Error during SonarScanner CLI execution\n"
     "12:00:13.401 ERROR Failed to query server version: Call to URL "
     "[https://sonar.example.org/api/v2/analysis/version] failed: Connect timed out\n"
     "12:00:13.401 ERROR Caused by: Connect timed out\n" + _SONAR_END),
    # .../facade/forked/JavaRunnerFactory.java ("Failed to query JRE metadata: {e}")
    ("sonar-jre-metadata-502", "transient",
     _SONAR
     + "12:00:03.380 INFO  EXECUTION FAILURE\n"
     "12:00:03.401 ERROR Error during SonarScanner CLI execution\n"
     "12:00:03.401 ERROR Failed to query JRE metadata: GET https://api.sonar.example.org/analysis/jres?os=linux"
     "&arch=x86_64 failed with HTTP 502 Bad Gateway\n" + _SONAR_END),
    # .../facade/forked/JavaRunnerFactory.java ("Unable to get lock after {n} tries"): another process holds the
    # user cache's lock
    ("sonar-jre-lock", "transient",
     _SONAR
     + "12:00:03.380 INFO  EXECUTION FAILURE\n"
     "12:00:33.401 ERROR Error during SonarScanner CLI execution\n"
     "java.lang.IllegalStateException: Unable to provision the JRE\n"
     "Caused by: java.io.IOException: Unable to get lock after 10 tries\n" + _SONAR_END),
    # the server's answer for a project key or organization it does not know, printed by the scanner engine
    ("sonar-project-not-found", "real",
     _SONAR
     + "12:00:09.380 INFO  EXECUTION FAILURE\n"
     "12:00:09.401 ERROR Error during SonarScanner CLI execution\n"
     "12:00:09.401 ERROR Project not found. Please check the 'sonar.projectKey' and 'sonar.organization' "
     "properties, the 'SONAR_TOKEN' environment variable, or contact the project administrator to check the "
     "permissions of the user the token belongs to\n" + _SONAR_END),
    ("sonar-not-authorized-to-analyze", "real",
     _SONAR
     + "12:00:09.380 INFO  EXECUTION FAILURE\n"
     "12:00:09.401 ERROR Error during SonarScanner CLI execution\n"
     "12:00:09.401 ERROR You're not authorized to analyze this project or the project doesn't exist on SonarQube "
     "and you're not authorized to create it. Please contact an administrator.\n" + _SONAR_END),
    # ------------------------------------------------------------------ Code Climate test reporter
    # codeclimate/test-reporter upload/uploader.go ("response from %s.\nHTTP %d: %s"), printed by cobra ("Error:")
    ("cc-test-reporter-503", "transient",
     "Error: response from https://api.codeclimate.example.org/v1/test_reports.\n"
     "HTTP 503: Service Unavailable\n" + _COBRA_USAGE + _EXIT),
    ("cc-test-reporter-401", "real",
     "Error: response from https://api.codeclimate.example.org/v1/test_reports.\n"
     "HTTP 401: An invalid CC_TEST_REPORTER_ID was provided.\n" + _COBRA_USAGE + _EXIT),
    # same file, the transport's own error (c.Do)
    ("cc-test-reporter-dns", "transient",
     "Error: Post \"https://api.codeclimate.example.org/v1/test_reports\": dial tcp: lookup "
     "api.codeclimate.example.org on 127.0.0.53:53: server misbehaving\n" + _COBRA_USAGE + _EXIT),
    # cmd/format-coverage.go ("could not find any viable formatter. available formatters: %s")
    ("cc-test-reporter-no-formatter", "real",
     "Error: could not find any viable formatter. available formatters: clover, cobertura, coverage.py, "
     "excoveralls, gcov, gocov, jacoco, lcov, lcov-json, simplecov, xccov\n" + _COBRA_USAGE + _EXIT),
    # upload/uploader.go ("you must supply a CC_TEST_REPORTER_ID ENV variable or pass it via the -r flag")
    ("cc-test-reporter-no-id", "real",
     "Error: you must supply a CC_TEST_REPORTER_ID ENV variable or pass it via the -r flag\n"
     + _COBRA_USAGE + _EXIT),
    # ------------------------------------------------------------------ datadog-ci junit upload
    # DataDog/datadog-ci packages/plugin-junit/src/renderer.ts (renderRetriedUpload "[attempt {n}] Retrying jUnitXML
    # upload {path}: {message}", renderFailedUpload "❌ Failed upload jUnitXML for {path}: {message}"),
    # packages/base/src/helpers/retry.ts (no retry on 400, 401, 403, 413)
    ("datadog-junit-503", "transient",
     _DD
     + "[attempt 1] Retrying jUnitXML upload reports/junit.xml: Request failed with status code 503\n"
     "[attempt 2] Retrying jUnitXML upload reports/junit.xml: Request failed with status code 503\n"
     "❌ Failed upload jUnitXML for reports/junit.xml: Request failed with status code 503\n" + _EXIT),
    ("datadog-junit-timeout", "transient",
     _DD
     + "[attempt 1] Retrying jUnitXML upload reports/junit.xml: timeout of 60000ms exceeded\n"
     "❌ Failed upload jUnitXML for reports/junit.xml: timeout of 60000ms exceeded\n" + _EXIT),
    ("datadog-junit-econnreset", "transient",
     _DD + "❌ Failed upload jUnitXML for reports/junit.xml: read ECONNRESET\n" + _EXIT),
    ("datadog-junit-403", "real",
     _DD + "❌ Failed upload jUnitXML for reports/junit.xml: Request failed with status code 403\n" + _EXIT),
    # packages/plugin-junit/src/commands/upload.ts ("Neither DATADOG_API_KEY nor DD_API_KEY is in your environment.")
    ("datadog-no-api-key", "real",
     "Neither DATADOG_API_KEY nor DD_API_KEY is in your environment.\n" + _EXIT),
    # ------------------------------------------------------------------ sccache
    # mozilla/sccache src/commands.rs ("Timed out waiting for server startup. Maybe the remote service is
    # unreachable?"), printed by src/lib.rs ("sccache: error: {}"), here under cargo's probe of rustc
    ("sccache-startup-timeout", "transient",
     "error: failed to run `rustc` to learn about target-specific information\n\nCaused by:\n"
     "  process didn't exit successfully: `/home/runner/.cargo/bin/sccache rustc - --crate-name ___ "
     "--print=file-names --crate-type bin` (exit status: 2)\n  --- stderr\n"
     "  sccache: error: Timed out waiting for server startup. Maybe the remote service is unreachable?\n"
     "  Run with SCCACHE_LOG=debug SCCACHE_NO_DAEMON=1 to get more information\n" + _EXIT),
    # src/cache/cache.rs ("cache storage failed to read: {err:?}") under "Server startup failed: {}"
    ("sccache-storage-read-timeout", "transient",
     "  --- stderr\n"
     "  sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read, "
     "context: { uri: https://cache.example.org/sccache/.sccache_check, service: webdav } => send http request, "
     "source: error sending request for url (https://cache.example.org/sccache/.sccache_check): operation timed "
     "out\n" + _EXIT),
    ("sccache-storage-permission-denied", "real",
     "  --- stderr\n"
     "  sccache: error: Server startup failed: cache storage failed to read: PermissionDenied (permanent) at read, "
     "context: { uri: https://s3.example.org/build-cache/.sccache_check, response: Parts { status: 403 } } => "
     "S3Error { code: \"AccessDenied\", message: \"Access Denied\" }\n" + _EXIT),
    # src/cache/cache.rs ("cache storage read check: {err:?}, but we decide to keep running"): the build went on
    ("sccache-rate-limited-then-compile-error", "real",
     "cache storage read check: RateLimited (temporary) at read => too many requests, but we decide to keep running\n"
     "   Compiling acme-core v0.3.1 (/home/runner/work/app/app/core)\n"
     "error[E0308]: mismatched types\n  --> core/src/lib.rs:12:20\n"
     "error: could not compile `acme-core` (lib) due to 1 previous error\n" + _EXIT),
    # ------------------------------------------------------------------ ccache remote storage
    # ccache/ccache src/ccache/core/statistics.cpp ("Remote storage:", "Errors:", "Timeouts:"): ccache falls back to
    # compiling, so the job failed on the compiler's error
    ("ccache-remote-errors-then-compile-error", "real",
     "[ 40%] Building CXX object src/CMakeFiles/app.dir/parser.cpp.o\n"
     "/home/runner/work/app/app/src/parser.cpp:41:5: error: 'tokenize' was not declared in this scope\n"
     "make[2]: *** [src/CMakeFiles/app.dir/build.make:90: src/CMakeFiles/app.dir/parser.cpp.o] Error 1\n"
     "make: *** [Makefile:146: all] Error 2\n"
     "Local storage:\n  Cache size (GiB): 0.1 / 5.0 (2.00%)\nRemote storage:\n"
     "  Hits:     0 / 12 (0.00%)\n  Misses:  12 / 12 (100.0%)\n  Errors:       12\n  Timeouts:      4\n" + _EXIT),
    # ------------------------------------------------------------------ Gradle remote build cache
    # Gradle's HTTP build cache service ("Could not load entry {key} from remote build cache: Loading entry from
    # '{url}' response status {code}: {reason}", "The remote build cache was disabled during the build due to
    # errors."), the build going on to a compile error
    ("gradle-remote-cache-502-then-compile-error", "real",
     "> Task :app:compileJava\n"
     "Could not load entry 5f2c9a1b0e3d from remote build cache: Loading entry from "
     "'https://cache.example.org/cache/5f2c9a1b0e3d' response status 502: Bad Gateway\n"
     "The remote build cache was disabled during the build due to errors.\n"
     "/home/runner/work/app/app/src/main/java/com/acme/Order.java:12: error: cannot find symbol\n"
     "        return lines.sumTotal();\n"
     "> Task :app:compileJava FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':app:compileJava'.\n> Compilation failed; see the compiler error output for "
     "details.\n\nBUILD FAILED in 41s\n" + _EXIT),
    ("gradle-remote-cache-store-then-test-failure", "real",
     "> Task :app:test\n"
     "Could not store entry 9d8e7f6a5b4c in remote build cache: Storing entry at "
     "'https://cache.example.org/cache/9d8e7f6a5b4c' response status 503: Service Unavailable\n"
     "OrderTest > totalSumsLines() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <30> but was: <25>\n"
     "        at app//com.acme.OrderTest.totalSumsLines(OrderTest.java:21)\n"
     "12 tests completed, 1 failed\n> Task :app:test FAILED\n\nFAILURE: Build failed with an exception.\n"
     "* What went wrong:\nExecution failed for task ':app:test'.\n> There were failing tests.\n\n"
     "BUILD FAILED in 1m 2s\n" + _EXIT),
    # ------------------------------------------------------------------ Bazel remote cache / execution
    # bazelbuild/bazel RemoteModule ("Failed to query remote execution capabilities: {grpc error}")
    ("bazel-capabilities-unavailable", "transient",
     "INFO: Invocation ID: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\n"
     "ERROR: Failed to query remote execution capabilities: UNAVAILABLE: io exception\n" + _EXIT),
    ("bazel-capabilities-unauthenticated", "real",
     "INFO: Invocation ID: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\n"
     "ERROR: Failed to query remote execution capabilities: UNAUTHENTICATED: Request had invalid authentication "
     "credentials.\n" + _EXIT),
    # the cache warning ("WARNING: Remote Cache: {grpc error}") while the build goes on to a compile error
    ("bazel-remote-cache-warning-then-compile-error", "real",
     "WARNING: Remote Cache: UNAVAILABLE: io exception\n"
     "ERROR: /home/runner/work/app/app/src/BUILD:3:10: Compiling src/main.cc failed: (Exit 1): gcc failed: error "
     "executing CppCompile command (from target //src:main)\n"
     "src/main.cc:4:3: error: 'tokenize' was not declared in this scope\n"
     "Target //src:main failed to build\nINFO: Elapsed time: 12.301s, Critical Path: 3.20s\n"
     "FAILED: Build did NOT complete successfully\n" + _EXIT),
    # ------------------------------------------------------------------ Turborepo remote cache
    # vercel/turborepo crates/turborepo-cache ("failed to contact remote cache: {0}"), a warning: the task
    # itself failed on a type error
    ("turbo-remote-cache-warning-then-type-error", "real",
     " WARNING  failed to contact remote cache: Error making HTTP request: HTTP status server error (502 Bad "
     "Gateway) for url (https://cache.example.org/v8/artifacts/3f2a1b0c9d8e?slug=acme)\n"
     "@acme/web:build: src/index.ts(4,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "@acme/web:build: ERROR: command finished with error: command (/work/apps/web) /usr/bin/pnpm run build "
     "exited (2)\n Tasks:    3 successful, 4 total\nFailed:    @acme/web#build\n"
     " ERROR  run failed: command  exited (2)\n" + _EXIT),
    # ------------------------------------------------------------------ Nx Cloud
    # Nx Cloud's message reporter ("Nx Cloud Problems", "Cannot connect to Nx Cloud (scope: {scope}, code:
    # {code})."), a warning: the lint target failed on its own
    ("nx-cloud-problems-then-lint-error", "real",
     "/home/runner/work/app/app/libs/core/src/index.ts\n"
     "  12:7  error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars\n"
     "✖ 1 problem (1 error, 0 warnings)\n"
     " >  NX   Nx Cloud Problems\n\n"
     "   - Cannot connect to Nx Cloud (scope: remote-cache, code: ECONNREFUSED).\n\n"
     " >  NX   Ran target lint for 4 projects (6s)\n\n    ✖  1/4 failed\n" + _EXIT),
    ("nx-cloud-cannot-connect", "transient",
     "Run npx nx-cloud start-ci-run --distribute-on=\"3 linux-medium-js\"\n"
     " >  NX   Nx Cloud Problems\n\n"
     "   - Cannot connect to Nx Cloud (scope: ci-run, code: ECONNABORTED). Try invoking the command with the "
     "NX_CLOUD_NO_TIMEOUTS env variable set to 'true'.\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Could not load entry 5f2c from remote build cache: ",
    "The remote build cache was disabled during the build due to errors ",
    "cache storage read check: RateLimited, ",
    "cache storage failed to read: PermissionDenied ",
    "There was an error fetching the storage URL during POST: 503 - ",
    "Could not submit coverage: 530 Server Error ",
    "Bad response: 502 ",
    "Error: Internal Server Error (500) ",
    "Rate limit reached. Please upload with the Codecov ",
    "Request failed after too many retries. URL: https://x ",
    "Unable to get lock after 10 tries ",
    "Missing Repo Token. Set using Codecov token not found. Please provide Codecov token ",
    "🚨 ERROR: Couldn't find specified file: no coverage files located, please try use ",
    "Project not found. Please check the 'sonar.projectKey' You're not authorized to analyze this project ",
]


def test_a_cache_warning_alone_is_not_evidence():
    # Gradle goes on without its remote cache: the warning lines must not be what a verdict rests on
    log = ("Could not load entry 5f2c9a1b0e3d from remote build cache: Loading entry from "
           "'https://cache.example.org/cache/5f2c9a1b0e3d' response status 502: Bad Gateway\n"
           "The remote build cache was disabled during the build due to errors.\n" + _EXIT)
    assert "http-5xx" not in signatures(judge(log))
