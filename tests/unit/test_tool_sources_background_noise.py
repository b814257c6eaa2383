"""Fifteenth round, tool sources: background noise. Lines that healthy tools and SDKs print about the
network or a service while the job goes on: OpenTelemetry SDK exporters (Python, Go, JavaScript) that
cannot reach a collector, Sentry SDK transport errors, Datadog's tracers and DogStatsD client, npm's
"New major version" notice and update-notifier boxes, the telemetry notes of Next.js, Nuxt and Gatsby,
Homebrew's auto-update, browserslist's "caniuse-lite is outdated", pip's self version check, Yarn's
update check, Gradle's build-scan publishing, Docker's "No swap limit support", the Flutter tool's
analytics banner, @vscode/test-electron's download retries, Cypress's retries to reach the browser's
DevTools protocol, and Testcontainers' Ryuk and image-pull retries.

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string); Gradle's build-scan plugin (Develocity) is closed: its wordings rest on
Gradle's documentation (docs.gradle.com/develocity/gradle-plugin) and on the open integration tests of
gradle/develocity-ci-injection and jenkinsci/gradle-plugin that assert them. Hosts, packages, ports and
paths are made up; no project's CI log is copied.

The rules the cases hold:
  * such a line ABOVE or AMONG a real failure (a failing assertion, a compile error, a lint error) ->
    real: the SDK's background call did not fail the job, the code did;
  * the same tool's call as the job's own failure (Cypress that never reached the browser after its 62
    attempts, a Docker Hub rate limit that left Testcontainers without its image, npm publish meeting a
    503, Homebrew's install of a bottle that got a 502) -> transient, per its meaning;
  * such a line alone with an exit nothing explains (an exporter's refused connection, a Sentry 429, a
    build scan that was not published, an npm notice) -> not surely transient: the line says nothing
    about why the job stopped.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"
_PYTEST_FAIL = ("tests/test_orders.py ....F..                                              [100%]\n"
                "FAILED tests/test_orders.py::test_discount_rounding - assert 9.99 == 10.0\n"
                "========================= 1 failed, 86 passed in 12.31s =========================\n")
_JEST_FAIL = ("FAIL src/cart.test.ts\n"
              "  ● cart › applies coupon\n\n"
              "    expect(received).toBe(expected) // Object.is equality\n\n"
              "    Expected: 90\n    Received: 100\n\n"
              "Tests:       1 failed, 41 passed, 42 total\n")
_GO_FAIL = ("--- FAIL: TestInvoiceTotal (0.00s)\n"
            "    invoice_test.go:42: total = 118, want 120\n"
            "FAIL\nFAIL\texample.com/billing/invoice\t0.412s\n")
_TSC_FAIL = "src/routes/orders.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
_ESLINT_FAIL = ("/home/runner/work/shop/shop/src/cart.ts\n"
                "  12:5  error  'total' is assigned a value but never used  @typescript-eslint/no-unused-vars\n\n"
                "✖ 1 problem (1 error, 0 warnings)\n")
_JAVAC_FAIL = ("> Task :app:compileJava FAILED\n"
               "/work/app/src/main/java/com/example/Cart.java:31: error: cannot find symbol\n"
               "    return totl;\n           ^\n  symbol:   variable totl\n"
               "1 error\n\nFAILURE: Build failed with an exception.\n\n"
               "* What went wrong:\nExecution failed for task ':app:compileJava'.\n"
               "> Compilation failed; see the compiler error output for details.\n\n"
               "BUILD FAILED in 14s\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== OpenTelemetry, Python
    # open-telemetry/opentelemetry-python exporter/opentelemetry-exporter-otlp-proto-grpc/src/opentelemetry/
    # exporter/otlp/proto/grpc/exporter.py (logger.warning "Transient error %s encountered while exporting %s
    # to %s, retrying in %.2fs."; logger.error "Failed to export %s to %s, error code: %s")
    ("otel-py-grpc-transient-above-pytest-failure", "real",
     "WARNING  opentelemetry.exporter.otlp.proto.grpc.exporter:exporter.py:363 Transient error StatusCode.UNAVAILABLE encountered while exporting traces to localhost:4317, retrying in 1.00s.\n"
     + _PYTEST_FAIL + _EXIT),
    ("otel-py-grpc-failed-export-among-pytest-failure", "real",
     "tests/test_orders.py ....\n"
     "ERROR:opentelemetry.exporter.otlp.proto.grpc.exporter:Failed to export traces to localhost:4317, error code: StatusCode.UNAVAILABLE\n"
     + _PYTEST_FAIL + _EXIT),
    ("otel-py-grpc-failed-export-deadline-above-pytest-failure", "real",
     "ERROR:opentelemetry.exporter.otlp.proto.grpc.exporter:Failed to export metrics to otel-collector:4317, error code: StatusCode.DEADLINE_EXCEEDED\n"
     + _PYTEST_FAIL + _CIRCLE),
    # exporter/opentelemetry-exporter-otlp-proto-http/.../trace_exporter/__init__.py (logger.error "Failed to
    # export batch code: %s, reason: %s")
    ("otel-py-http-failed-export-batch-above-mypy", "real",
     "ERROR:opentelemetry.exporter.otlp.proto.http.trace_exporter:Failed to export batch code: 503, reason: Service Unavailable\n"
     "src/shop/cart.py:22: error: Incompatible return value type (got \"str\", expected \"int\")  [return-value]\n"
     "Found 1 error in 1 file (checked 48 source files)\n" + _EXIT),
    # ================================================================== OpenTelemetry, Go
    # open-telemetry/opentelemetry-go sdk/trace/batch_span_processor.go (otel.Handle(err) -> the default
    # global error handler's log.Print: "traces export: %w"); exporters/otlp/otlpmetric ... sdk/metric
    # periodic_reader.go ("failed to upload metrics: %w")
    ("otel-go-traces-export-deadline-above-go-test-fail", "real",
     "2026/03/02 10:07:44 traces export: context deadline exceeded: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 127.0.0.1:4317: connect: connection refused\"\n"
     + _GO_FAIL + _EXIT),
    ("otel-go-upload-metrics-among-go-test-fail", "real",
     "=== RUN   TestInvoiceTotal\n"
     "2026/03/02 10:08:01 failed to upload metrics: context deadline exceeded: rpc error: code = DeadlineExceeded desc = context deadline exceeded\n"
     + _GO_FAIL + _CIRCLE),
    ("otel-go-traces-export-above-compile-error", "real",
     "2026/03/02 10:07:44 traces export: Post \"http://otel-collector:4318/v1/traces\": dial tcp: lookup otel-collector on 127.0.0.11:53: no such host\n"
     "# example.com/billing/invoice\n"
     "invoice/total.go:18:9: undefined: roundCents\n"
     "FAIL\texample.com/billing/invoice [build failed]\n" + _EXIT),
    # ================================================================== OpenTelemetry, JavaScript
    # open-telemetry/opentelemetry-js packages/opentelemetry-core/src/common/logging-error-handler.ts
    # (diag.error(stringifyException(ex)): the error's own properties as JSON, "stack" first)
    ("otel-js-econnrefused-json-above-jest-failure", "real",
     "{\"stack\":\"Error: connect ECONNREFUSED 127.0.0.1:4318\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\",\"message\":\"connect ECONNREFUSED 127.0.0.1:4318\",\"errno\":-111,\"code\":\"ECONNREFUSED\",\"syscall\":\"connect\",\"address\":\"127.0.0.1\",\"port\":4318,\"name\":\"Error\"}\n"
     + _JEST_FAIL + _EXIT),
    ("otel-js-export-timeout-above-tsc", "real",
     "@opentelemetry/instrumentation-http Error: Timeout\n"
     "{\"stack\":\"Error: connect ETIMEDOUT 10.0.4.7:4318\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\",\"message\":\"connect ETIMEDOUT 10.0.4.7:4318\",\"code\":\"ETIMEDOUT\",\"name\":\"Error\"}\n"
     + _TSC_FAIL + _EXIT),
    # ================================================================== Sentry SDKs
    # getsentry/sentry-javascript packages/core/src/transports/base.ts (debug logger.warn "Sentry responded
    # with status code ${statusCode} to sent event."; logger.error "Encountered error running transport request:")
    ("sentry-js-429-above-jest-failure", "real",
     "Sentry Logger [warn]: Sentry responded with status code 429 to sent event.\n"
     + _JEST_FAIL + _EXIT),
    ("sentry-js-transport-enotfound-among-eslint", "real",
     "Sentry Logger [error]: Encountered error running transport request: Error: getaddrinfo ENOTFOUND o0.ingest.sentry.example\n"
     + _ESLINT_FAIL + _EXIT),
    # getsentry/sentry-python sentry_sdk/transport.py (logger.error "Unexpected status code: %s (body: %s)",
    # the SDK's logger printing " [sentry] ERROR: ...")
    ("sentry-py-unexpected-503-above-pytest", "real",
     " [sentry] ERROR: Unexpected status code: 503 (body: b'upstream connect error')\n"
     + _PYTEST_FAIL + _EXIT),
    # ================================================================== Datadog tracers and DogStatsD
    # DataDog/dd-trace-py ddtrace/internal/writer/writer.py (log.error "failed to send, dropping %d traces to
    # intake at %s after %d retries" / older "failed to send traces to Datadog Agent at %s")
    ("ddtrace-py-dropping-traces-after-retries-among-pytest", "real",
     "tests/test_orders.py ...\n"
     "ERROR:ddtrace.internal.writer.writer:failed to send, dropping 4 traces to intake at http://localhost:8126/v0.5/traces after 3 retries, 2 additional messages skipped\n"
     + _PYTEST_FAIL + _CIRCLE),
    # DataDog/dd-trace-go ddtrace/tracer/log.go + transport ("Datadog Tracer %s ERROR: lost %d traces: %v")
    ("ddtrace-go-lost-traces-above-go-test-fail", "real",
     "Datadog Tracer v1.64.0 ERROR: lost 3 traces: Post \"http://localhost:8126/v0.4/traces\": dial tcp 127.0.0.1:8126: connect: connection refused (occurred: 02 Mar 26 10:07 UTC)\n"
     + _GO_FAIL + _EXIT),
    # DataDog/datadogpy datadog/dogstatsd/base.py (log.error "Error submitting packet: %s, dropping the packet
    # and closing the socket")
    ("dogstatsd-submitting-packet-refused-above-pytest", "real",
     "ERROR:datadog.dogstatsd:Error submitting packet: [Errno 111] Connection refused, dropping the packet and closing the socket\n"
     + _PYTEST_FAIL + _EXIT),
    # ================================================================== npm and update notices
    # npm/cli lib/cli/update-notifier.js + lib/npm.js ("New major version of npm available! %s -> %s")
    ("npm-notice-new-major-above-jest-failure", "real",
     "npm notice\n"
     "npm notice New major version of npm available! 9.8.1 -> 10.9.2\n"
     "npm notice Changelog: https://github.com/npm/cli/releases/tag/v10.9.2\n"
     "npm notice To update run: npm install -g npm@10.9.2\n"
     "npm notice\n"
     + _JEST_FAIL + _EXIT),
    # npm publish itself meeting the registry's 503 (npm/npm-registry-fetch lib/errors.js "%s %s - %s")
    ("npm-publish-503-after-notice", "transient",
     "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n"
     "npm ERR! code E503\n"
     "npm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@example%2fwidgets - Service Unavailable\n"
     + _EXIT),
    # the same publish refused for a version already there: persistent
    ("npm-publish-403-version-exists-after-notice", "real",
     "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n"
     "npm ERR! code E403\n"
     "npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@example%2fwidgets - You cannot publish over the previously published versions: 2.4.0.\n"
     + _EXIT),
    # yeoman/update-notifier index.js (the boxed "Update available {currentVersion} → {latestVersion}")
    ("update-notifier-box-above-tsc", "real",
     "   ╭───────────────────────────────────────────────────╮\n"
     "   │       Update available 13.1.0 → 13.6.2             │\n"
     "   │   Run npm i -g example-cli to update                │\n"
     "   ╰───────────────────────────────────────────────────╯\n"
     + _TSC_FAIL + _EXIT),
    # ================================================================== framework telemetry notes
    # vercel/next.js packages/next/src/telemetry/storage.ts ("Attention: Next.js now collects completely
    # anonymous telemetry regarding usage.")
    ("nextjs-telemetry-note-above-type-error", "real",
     "Attention: Next.js now collects completely anonymous telemetry regarding usage.\n"
     "This information is used to shape Next.js' roadmap and prioritize features.\n"
     "You can learn more, including how to opt-out if you'd not like to participate in this anonymous program, by visiting the following URL:\n"
     "https://nextjs.org/telemetry\n\n"
     "   Linting and checking validity of types  ..Failed to compile.\n\n"
     "./app/orders/page.tsx:14:7\n"
     "Type error: Type 'string' is not assignable to type 'number'.\n" + _EXIT),
    # nuxt/telemetry src/consent.ts ("Nuxt collects completely anonymous data about usage.")
    ("nuxt-telemetry-note-above-build-error", "real",
     "ℹ Nuxt collects completely anonymous data about usage.\n"
     "  This will help us improve Nuxt developer experience over time.\n"
     "ERROR  Could not resolve \"~/components/OrderTable.vue\" from \"pages/orders.vue\"\n" + _EXIT),
    # gatsbyjs/gatsby packages/gatsby-telemetry/src/telemetry.ts ("Gatsby has started collecting anonymous
    # usage analytics"), then a failing test run
    ("gatsby-telemetry-note-above-jest-failure", "real",
     "info Gatsby has started collecting anonymous usage analytics to help improve Gatsby for all users.\n"
     "info You can opt out at any time by running: gatsby telemetry --disable\n"
     + _JEST_FAIL + _EXIT),
    # ================================================================== Homebrew auto-update
    # Homebrew/brew Library/Homebrew/cmd/update.sh + env hints ("Adjust how often this is run with
    # HOMEBREW_AUTO_UPDATE_SECS or disable with HOMEBREW_NO_AUTO_UPDATE."), api.rb (opoo "%s: update failed,
    # falling back to cached version.")
    ("brew-auto-update-fallback-above-swiftlint", "real",
     "==> Auto-updating Homebrew...\n"
     "Adjust how often this is run with HOMEBREW_AUTO_UPDATE_SECS or disable with\n"
     "HOMEBREW_NO_AUTO_UPDATE. Hide these hints with HOMEBREW_NO_ENV_HINTS (see `man brew`).\n"
     "Warning: formula.jws.json: update failed, falling back to cached version.\n"
     "Warning: swiftlint 0.57.0 is already installed and up-to-date.\n"
     "/Users/runner/work/app/Sources/Cart.swift:12:1: error: Line Length Violation: Line should be 120 characters or less; currently it has 141 characters (line_length)\n"
     "Done linting! Found 1 violation, 1 serious in 84 files.\n" + _EXIT),
    # brew install whose bottle download met the CDN's 502 (Library/Homebrew/download_strategy.rb "curl: (22)
    # The requested URL returned error: 502" relayed by "Error: Failed to download resource")
    ("brew-install-bottle-502", "transient",
     "==> Auto-updating Homebrew...\n"
     "Adjust how often this is run with HOMEBREW_AUTO_UPDATE_SECS or disable with\n"
     "HOMEBREW_NO_AUTO_UPDATE. Hide these hints with HOMEBREW_NO_ENV_HINTS (see `man brew`).\n"
     "==> Fetching protobuf\n"
     "==> Downloading https://ghcr.io/v2/homebrew/core/protobuf/blobs/sha256:0a1b2c\n"
     "curl: (22) The requested URL returned error: 502\n"
     "Error: protobuf: Failed to download resource \"protobuf\"\n"
     "Download failed: https://ghcr.io/v2/homebrew/core/protobuf/blobs/sha256:0a1b2c\n" + _EXIT),
    # ================================================================== browserslist, pip, yarn notices
    # browserslist/browserslist node.js (oldDataWarning: "Browserslist: caniuse-lite is outdated. Please run:")
    ("browserslist-outdated-above-jest-failure", "real",
     "Browserslist: caniuse-lite is outdated. Please run:\n"
     "  npx update-browserslist-db@latest\n"
     "  Why you should do it regularly: https://github.com/browserslist/update-db#readme\n"
     + _JEST_FAIL + _EXIT),
    ("browserslist-outdated-above-webpack-module-not-found", "real",
     "Browserslist: caniuse-lite is outdated. Please run:\n"
     "  npx update-browserslist-db@latest\n"
     "ERROR in ./src/index.js 3:0-32\n"
     "Module not found: Error: Can't resolve './OrderTable' in '/work/web/src'\n"
     "webpack 5.94.0 compiled with 1 error in 4812 ms\n" + _EXIT),
    # pypa/pip src/pip/_internal/self_outdated_check.py (logger.warning "There was an error checking the
    # latest version of pip." when the index could not be reached)
    ("pip-version-check-error-above-pytest", "real",
     "Successfully installed shop-0.1.0\n"
     "WARNING: There was an error checking the latest version of pip.\n"
     + _PYTEST_FAIL + _EXIT),
    ("pip-version-check-error-after-no-matching-distribution", "real",
     "ERROR: Could not find a version that satisfies the requirement example-widgets==9.9.9 (from versions: 1.0.0, 1.1.0)\n"
     "ERROR: No matching distribution found for example-widgets==9.9.9\n"
     "WARNING: There was an error checking the latest version of pip.\n" + _EXIT),
    # the [notice] lines of the same check (self_outdated_check.py "A new release of pip is available")
    ("pip-new-release-notice-after-flake8", "real",
     "src/shop/cart.py:12:80: E501 line too long (97 > 79 characters)\n"
     "[notice] A new release of pip is available: 23.0.1 -> 24.3.1\n"
     "[notice] To update, run: pip install --upgrade pip\n" + _EXIT),
    # yarnpkg/yarn src/cli/index.js + reporters ("Your current version of Yarn is out of date. The latest
    # version is %s, while you're on %s.")
    ("yarn-out-of-date-above-jest-failure", "real",
     "warning Your current version of Yarn is out of date. The latest version is \"1.22.22\", while you're on \"1.22.19\".\n"
     "info To upgrade, run the following command:\n"
     "$ curl --compressed -o- -L https://yarnpkg.com/install.sh | bash\n"
     + _JEST_FAIL + "error Command failed with exit code 1.\n" + _EXIT),
    # yarnpkg/yarn src/reporters/lang/en.js (offlineRetrying "There appears to be trouble with your network
    # connection. Retrying...") and then a real test failure
    ("yarn-network-retrying-then-eslint", "real",
     "info There appears to be trouble with your network connection. Retrying...\n"
     "[4/4] Building fresh packages...\n"
     + _ESLINT_FAIL + "error Command failed with exit code 1.\n" + _EXIT),
    # ================================================================== Gradle build scans (closed plugin; docs)
    # docs.gradle.com/develocity/gradle-plugin (publishing failures are printed and the build's own outcome
    # stands); gradle/develocity-ci-injection tests assert "Publishing build scan failed due to network error"
    ("gradle-scan-network-error-after-compile-failure", "real",
     _JAVAC_FAIL
     + "\nPublishing build scan...\n"
     "Publishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (2 retries remaining)...\n"
     "Publishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (1 retry remaining)...\n"
     "A network error occurred.\n" + _EXIT),
    ("gradle-scan-network-error-after-test-failure", "real",
     "> Task :core:test FAILED\n\n"
     "CartTest > appliesCoupon() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <90> but was: <100>\n"
     "        at app//com.example.CartTest.appliesCoupon(CartTest.java:27)\n\n"
     "42 tests completed, 1 failed\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "BUILD FAILED in 31s\n\n"
     "Publishing build scan...\n"
     "Publishing build scan failed due to network error 'java.net.ConnectException: Connection refused' (2 retries remaining)...\n"
     "A network error occurred.\n" + _CIRCLE),
    # jenkinsci/gradle-plugin tests assert "The build scan was not published due to a configuration problem."
    ("gradle-scan-config-problem-after-test-failure", "real",
     "> Task :core:test FAILED\n"
     "CartTest > appliesCoupon() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <90> but was: <100>\n"
     "BUILD FAILED in 29s\n\n"
     "The build scan was not published due to a configuration problem.\n\n"
     "The Gradle Terms of Service have not been agreed to.\n" + _EXIT),
    # ================================================================== Docker
    # moby/moby daemon/info.go (v.Warnings "WARNING: No swap limit support"), printed by `docker info`
    ("docker-no-swap-limit-above-pytest", "real",
     "+ docker info\n"
     " Server Version: 27.3.1\n"
     "WARNING: No swap limit support\n"
     + _PYTEST_FAIL + _EXIT),
    ("docker-no-swap-limit-above-compose-build-error", "real",
     "WARNING: No swap limit support\n"
     "#12 [api 5/7] RUN npm run build\n"
     "#12 3.104 src/routes/orders.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "#12 ERROR: process \"/bin/sh -c npm run build\" did not complete successfully: exit code: 2\n"
     + _EXIT),
    # ================================================================== Flutter analytics banner
    # flutter/flutter packages/flutter_tools/lib/src/reporting/first_run.dart (the welcome banner: "The Flutter
    # tool uses Google Analytics to anonymously report feature usage statistics")
    ("flutter-analytics-banner-above-test-failure", "real",
     "  ╔════════════════════════════════════════════════════════════════════════════╗\n"
     "  ║                 Welcome to Flutter! - https://flutter.dev                  ║\n"
     "  ║ The Flutter tool uses Google Analytics to anonymously report feature usage ║\n"
     "  ║ statistics and basic crash reports.                                        ║\n"
     "  ╚════════════════════════════════════════════════════════════════════════════╝\n"
     "00:04 +12 -1: test/cart_test.dart: cart applies coupon [E]\n"
     "  Expected: <90>\n    Actual: <100>\n"
     "00:05 +41 -1: Some tests failed.\n" + _EXIT),
    # ================================================================== @vscode/test-electron
    # microsoft/vscode-test lib/download.ts (console.warn "Error downloading, retrying (attempt %d of %d): %s")
    ("vscode-test-download-retry-then-mocha-failure", "real",
     "Downloading VS Code 1.95.3 from https://update.code.example/1.95.3/linux-x64/stable\n"
     "Error downloading, retrying (attempt 1 of 3): read ECONNRESET\n"
     "Downloaded VS Code into /work/ext/.vscode-test/vscode-linux-x64-1.95.3\n"
     "  Extension\n"
     "    1) formats the selection\n\n"
     "  0 passing (1s)\n  1 failing\n\n"
     "  1) Extension\n       formats the selection:\n"
     "     AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n"
     "'a  b' !== 'a b'\n" + _EXIT),
    # ================================================================== Cypress
    # cypress-io/cypress packages/errors/src/errors.ts (CDP_RETRYING_CONNECTION "Still waiting to connect to
    # %s, retrying in 1 second (attempt %d/%d)"; CDP_COULD_NOT_CONNECT "Cypress failed to make a connection to
    # the %s DevTools Protocol after retrying for 50 seconds.")
    ("cypress-cdp-retries-then-connected-then-assertion", "real",
     "Still waiting to connect to Chrome, retrying in 1 second (attempt 18/62)\n"
     "Still waiting to connect to Chrome, retrying in 1 second (attempt 19/62)\n"
     "  Running:  checkout.cy.ts                                                    (1 of 1)\n"
     "  1) checkout applies the coupon\n"
     "  0 passing (4s)\n  1 failing\n\n"
     "  1) checkout applies the coupon:\n"
     "     AssertionError: expected '$100.00' to equal '$90.00'\n" + _EXIT),
    ("cypress-cdp-never-connected", "transient",
     "Still waiting to connect to Chrome, retrying in 1 second (attempt 61/62)\n"
     "Still waiting to connect to Chrome, retrying in 1 second (attempt 62/62)\n"
     "Cypress failed to make a connection to the Chrome DevTools Protocol after retrying for 50 seconds.\n\n"
     "This usually indicates there was a problem opening the Chrome browser.\n\n"
     "The CDP port requested was 41235.\n\n"
     "Error details:\n\n"
     "Error: connect ECONNREFUSED 127.0.0.1:41235\n" + _EXIT),
    # ================================================================== Testcontainers
    # testcontainers/testcontainers-java core/src/main/java/org/testcontainers/utility/RyukResourceReaper.java
    # ("Ryuk started - will monitor and terminate Testcontainers containers on JVM exit"), images/RemoteDockerImage
    # ("Retrying pull for image: {} ({}s remaining)"), then the pull worked and a test failed
    ("testcontainers-ryuk-pull-retry-then-test-failure", "real",
     "INFO  org.testcontainers.utility.RyukResourceReaper - Ryuk started - will monitor and terminate Testcontainers containers on JVM exit\n"
     "WARN  tc.postgres:16-alpine - Retrying pull for image: postgres:16-alpine (119s remaining)\n"
     "INFO  tc.postgres:16-alpine - Container postgres:16-alpine started in PT6.2S\n"
     "OrderRepositoryTest > savesOrder() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <2> but was: <1>\n"
     "12 tests completed, 1 failed\n"
     "BUILD FAILED in 48s\n" + _EXIT),
    # docker's registry answer relayed by testcontainers-java (ContainerFetchException "Can't get Docker image")
    # when the pulls ran out under Docker Hub's rate limit: the run's own failure, an outage
    ("testcontainers-docker-hub-rate-limit-no-image", "transient",
     "WARN  tc.postgres:16-alpine - Retrying pull for image: postgres:16-alpine (0s remaining)\n"
     "org.testcontainers.containers.ContainerFetchException: Can't get Docker image: RemoteDockerImage(imageName=postgres:16-alpine, imagePullPolicy=DefaultPullPolicy())\n"
     "Caused by: com.github.dockerjava.api.exception.DockerClientException: Could not pull image: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n"
     "OrderRepositoryTest > initializationError FAILED\n"
     + _EXIT),
    # ================================================================== the job's own call failed, beside the noise
    # Gradle's dependency download met Maven Central's 503 (gradle/gradle ... "Could not GET '%s'. Received status
    # code %s from server: %s"), then the build scan could not be published either: the build's own failure stands
    ("gradle-dependency-503-then-scan-network-error", "transient",
     "> Could not resolve all files for configuration ':app:compileClasspath'.\n"
     "   > Could not resolve com.example:widgets:2.4.0.\n"
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/com/example/widgets/2.4.0/widgets-2.4.0.pom'.\n"
     "         > Could not GET 'https://repo.maven.apache.org/maven2/com/example/widgets/2.4.0/widgets-2.4.0.pom'. Received status code 503 from server: Service Unavailable\n\n"
     "BUILD FAILED in 1m 2s\n\n"
     "Publishing build scan...\n"
     "Publishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (1 retry remaining)...\n"
     "A network error occurred.\n" + _EXIT),
    # npm ci's own fetch reset (npm/cli "npm ERR! code ECONNRESET", "npm ERR! network ...") after the notices
    ("npm-ci-econnreset-beside-notice", "transient",
     "npm notice New major version of npm available! 9.8.1 -> 10.9.2\n"
     "npm ERR! code ECONNRESET\n"
     "npm ERR! network aborted\n"
     "npm ERR! network This is a problem related to network connectivity.\n"
     "npm ERR! network In most cases you are behind a proxy or have bad network settings.\n" + _EXIT),
    # pip's own download timed out (pip/_vendor/urllib3 ReadTimeoutError relayed by pip), the version check
    # failing beside it for the same reason
    ("pip-download-read-timeout-beside-version-check", "transient",
     "Collecting numpy==2.1.3\n"
     "ERROR: Exception:\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.\n"
     "WARNING: There was an error checking the latest version of pip.\n" + _EXIT),
    # yarnpkg/yarn src/reporters/lang/en.js (offlineRetrying, then "An unexpected error occurred: %s.")
    ("yarn-network-retrying-then-etimedout", "transient",
     "info There appears to be trouble with your network connection. Retrying...\n"
     "info There appears to be trouble with your network connection. Retrying...\n"
     "error An unexpected error occurred: \"https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz: ETIMEDOUT\".\n"
     + _EXIT),
    # docker's own pull refused under Docker Hub's rate limit, under `docker info`'s swap warning
    ("docker-pull-rate-limit-beside-no-swap-warning", "transient",
     "WARNING: No swap limit support\n"
     "+ docker pull postgres:16-alpine\n"
     "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n"
     + _EXIT),
    # near-misses: a pytest test ABOUT the exporter's failure line, and a test asserting the Sentry transport's warning
    ("pytest-test-about-otel-failed-export", "real",
     "tests/test_tracing.py F                                                   [100%]\n"
     "    def test_export_failure_is_logged(caplog):\n"
     ">       assert \"Failed to export batch code: 503, reason: Service Unavailable\" in caplog.text\n"
     "E       AssertionError: assert 'Failed to export batch code: 503, reason: Service Unavailable' in ''\n"
     "FAILED tests/test_tracing.py::test_export_failure_is_logged - AssertionError: assert 'Failed to export batch code: 503' in ''\n"
     "========================= 1 failed in 0.41s =========================\n" + _EXIT),
    ("jest-test-title-about-sentry-429", "real",
     "FAIL src/telemetry.test.ts\n"
     "  ● telemetry › logs Sentry responded with status code 429 to sent event. and backs off\n\n"
     "    expect(jest.fn()).toHaveBeenCalledTimes(expected)\n\n"
     "    Expected number of calls: 1\n    Received number of calls: 0\n\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),
    # the job's own outage under an exporter's or SDK's background line: the outage reads for itself
    ("otel-py-noise-then-disk-full", "transient",
     "ERROR:opentelemetry.exporter.otlp.proto.grpc.exporter:Failed to export traces to localhost:4317, error code: StatusCode.UNAVAILABLE\n"
     "tests/test_orders.py ....\n"
     "OSError: [Errno 28] No space left on device: '/tmp/pytest-of-runner/pytest-0/test_export0/orders.parquet'\n"
     + _EXIT),
    ("sentry-js-noise-then-runner-shutdown", "transient",
     "Sentry Logger [warn]: Sentry responded with status code 429 to sent event.\n"
     "PASS src/cart.test.ts\n"
     "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n"
     "##[error]The operation was canceled.\n"),
    ("ddtrace-go-noise-above-compile-error", "real",
     "Datadog Tracer v1.64.0 WARN: DIAGNOSTICS Unable to reach agent intake: Post \"http://localhost:8126/v0.4/traces\": dial tcp 127.0.0.1:8126: connect: connection refused\n"
     "# example.com/billing/invoice\n"
     "invoice/total.go:18:9: undefined: roundCents\n"
     "FAIL\texample.com/billing/invoice [build failed]\n" + _EXIT),
    ("sentry-py-warning-above-ruff", "real",
     " [sentry] WARNING: Rate-limited via x-sentry-rate-limits\n"
     "src/shop/cart.py:12:5: F841 Local variable `total` is assigned to but never used\n"
     "Found 1 error.\n" + _EXIT),
]

# Such a line alone, with an exit nothing in the log explains: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # LEFT: the SDK's header line is passed over, but the traceback it logs under it (exc_info) ends on a bare
    # "ConnectionRefusedError: [Errno 111] Connection refused", a line that above a failed test may be the test's
    # own cause (a database it could not reach): these read unknown, not real
    # opentelemetry-sdk src/opentelemetry/sdk/trace/export/__init__.py (logger.exception "Exception while
    # exporting Span batch.") with urllib3's refused connection under it
    ("otel-py-batch-span-exception-above-pytest",
     "Exception while exporting Span batch.\n"
     "Traceback (most recent call last):\n"
     "  File \"/usr/lib/python3.11/site-packages/urllib3/connection.py\", line 203, in _new_conn\n"
     "ConnectionRefusedError: [Errno 111] Connection refused\n"
     + _PYTEST_FAIL + _EXIT),
    # DataDog/dd-trace-py ddtrace/internal/writer.py (log.error "failed to send traces to Datadog Agent at %s",
    # exc_info=True)
    ("ddtrace-py-agent-refused-above-pytest",
     "ERROR:ddtrace.internal.writer.writer:failed to send traces to Datadog Agent at http://localhost:8126/v0.5/traces\n"
     "ConnectionRefusedError: [Errno 111] Connection refused\n"
     + _PYTEST_FAIL + _EXIT),
    ("otel-py-grpc-transient-alone",
     "WARNING:opentelemetry.exporter.otlp.proto.grpc.exporter:Transient error StatusCode.UNAVAILABLE encountered while exporting traces to localhost:4317, retrying in 2.00s.\n"
     + _EXIT),
    ("otel-py-grpc-failed-export-alone",
     "ERROR:opentelemetry.exporter.otlp.proto.grpc.exporter:Failed to export traces to localhost:4317, error code: StatusCode.UNAVAILABLE\n"
     + _EXIT),
    ("otel-py-http-failed-export-batch-alone",
     "ERROR:opentelemetry.exporter.otlp.proto.http.trace_exporter:Failed to export batch code: 503, reason: Service Unavailable\n"
     + _CIRCLE),
    ("otel-go-traces-export-alone",
     "2026/03/02 10:07:44 traces export: context deadline exceeded: rpc error: code = DeadlineExceeded desc = context deadline exceeded\n"
     + _EXIT),
    ("otel-go-upload-metrics-alone",
     "2026/03/02 10:08:01 failed to upload metrics: Post \"http://otel-collector:4318/v1/metrics\": dial tcp 10.0.4.7:4318: connect: connection refused\n"
     + _GITLAB),
    ("otel-js-econnrefused-json-alone",
     "{\"stack\":\"Error: connect ECONNREFUSED 127.0.0.1:4318\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\",\"message\":\"connect ECONNREFUSED 127.0.0.1:4318\",\"errno\":-111,\"code\":\"ECONNREFUSED\",\"syscall\":\"connect\",\"address\":\"127.0.0.1\",\"port\":4318,\"name\":\"Error\"}\n"
     + _EXIT),
    ("sentry-js-429-alone",
     "Sentry Logger [warn]: Sentry responded with status code 429 to sent event.\n" + _EXIT),
    ("sentry-py-unexpected-503-alone",
     " [sentry] ERROR: Unexpected status code: 503 (body: b'upstream connect error')\n" + _CIRCLE),
    ("ddtrace-py-agent-refused-alone",
     "ERROR:ddtrace.internal.writer.writer:failed to send traces to Datadog Agent at http://localhost:8126/v0.5/traces\n"
     + _EXIT),
    ("ddtrace-go-lost-traces-alone",
     "Datadog Tracer v1.64.0 ERROR: lost 3 traces: Post \"http://localhost:8126/v0.4/traces\": dial tcp 127.0.0.1:8126: connect: connection refused (occurred: 02 Mar 26 10:07 UTC)\n"
     + _EXIT),
    ("dogstatsd-submitting-packet-alone",
     "ERROR:datadog.dogstatsd:Error submitting packet: [Errno 111] Connection refused, dropping the packet and closing the socket\n"
     + _EXIT),
    ("npm-notice-new-major-alone",
     "npm notice New major version of npm available! 9.8.1 -> 10.9.2\n"
     "npm notice To update run: npm install -g npm@10.9.2\n" + _EXIT),
    ("browserslist-outdated-alone",
     "Browserslist: caniuse-lite is outdated. Please run:\n"
     "  npx update-browserslist-db@latest\n" + _EXIT),
    ("pip-version-check-error-alone",
     "WARNING: There was an error checking the latest version of pip.\n" + _EXIT),
    ("brew-auto-update-fallback-alone",
     "==> Auto-updating Homebrew...\n"
     "Warning: formula.jws.json: update failed, falling back to cached version.\n" + _EXIT),
    # the scan's publishing does not fail the build (Develocity docs): an exit after it is not its doing
    ("gradle-scan-network-error-alone",
     "BUILD SUCCESSFUL in 41s\n\n"
     "Publishing build scan...\n"
     "Publishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (1 retry remaining)...\n"
     "A network error occurred.\n" + _EXIT),
    ("gradle-scan-config-problem-alone",
     "The build scan was not published due to a configuration problem.\n\n"
     "The Gradle Terms of Service have not been agreed to.\n" + _EXIT),
    ("docker-no-swap-limit-alone",
     "WARNING: No swap limit support\n" + _EXIT),
    ("cypress-cdp-retrying-alone",
     "Still waiting to connect to Chrome, retrying in 1 second (attempt 18/62)\n" + _EXIT),
    # testcontainers-java RyukResourceReaper / ResourceReaper ("Can not connect to Ryuk at %s:%d"): Ryuk refused
    # on a runner whose Docker network hides the mapped port is a setup, the same on every run
    ("testcontainers-ryuk-cannot-connect",
     "ERROR org.testcontainers.utility.RyukResourceReaper - Can not connect to Ryuk at localhost:32768\n"
     "java.lang.IllegalStateException: Could not connect to Ryuk at localhost:32768\n" + _EXIT),
]


@pytest.mark.parametrize("verdict,log", labelled(CASES))
def test_background_noise_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_background_noise_alone_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Transient error StatusCode.UNAVAILABLE encountered while exporting ",
    "failed to send traces to Datadog Agent at ",
    "Error submitting packet: ",
    "Publishing build scan failed due to network error ",
]
