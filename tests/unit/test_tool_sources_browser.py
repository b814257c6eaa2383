"""Eleventh round, tool sources: the infrastructure of browser, end-to-end and mobile tests (Cypress,
Playwright, Puppeteer, Selenium and the browser drivers, Karma's launchers, TestCafe, WebdriverIO,
Appium and adb, Detox, the Android emulator, the iOS simulator, Sauce Connect, BrowserStack Local).

Each case is a short log written for this test around one message as the tool prints it; the comment
beside it names the repository (or the npm package, read with ``npm pack``) and the file holding the
message. Hosts, packages, devices, paths and versions are made up; no project's CI log is copied.

An outage of the browser, driver, device or grid (a download of the browser that did not answer, a
browser that never connected or crashed, an emulator that did not boot, a tunnel that could not
connect) must read transient; a persistent cause (a browser or binary that is not installed, a driver
for another browser version, a missing system library, an install the device refuses for the app's
own reason, bad grid credentials) must read real. The application's own failures under the browser
(an assertion on the page's text or state, an element the page does not have) are not infrastructure:
they must read real too. Where the same words come from both, the case is AMBIGUOUS and must not read
transient with high confidence.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    logs,
    not_surely_transient,
    reads,
    reads_as,
    signatures,
)

# GitHub Actions closes a failing step with this line.
_EXIT = "##[error]Process completed with exit code 1.\n"
# Karma's log-line prefix (log4js layout of karma's logger).
_K = "12 03 2025 10:11:12.345:"
_CY_PLATFORM = (
    "----------\n\n"
    "Platform: linux-x64 (Ubuntu - 22.04)\n"
    "Cypress Version: 13.6.0\n"
)
_PW_DL = ("Downloading Chromium 131.0.6778.33 (playwright build v1148) from "
          "https://cdn.example.org/builds/chromium/1148/chromium-linux.zip\n")

TRANSIENT: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ Cypress
    # npm cypress lib/errors.js (failedDownload) and lib/tasks/download.js (a non-2xx response)
    ("cypress-download-response-5xx",
     "> cypress@13.6.0 postinstall\n> node index.js --exec install\n\n"
     "Installing Cypress (version: 13.6.0)\n\n"
     "The Cypress App could not be downloaded.\n\n"
     "Does your workplace require a proxy to be used to access the Internet? If so, you must "
     "configure the HTTP_PROXY environment variable before downloading Cypress.\n\n"
     "Otherwise, please check network connectivity and try again:\n\n"
     "----------\n\n"
     "URL: https://download.example.org/desktop/13.6.0?platform=linux&arch=x64\n"
     "Error: Failed downloading the Cypress binary.\n"
     "Response code: 503\n"
     "Response message: Service Unavailable\n\n" + _CY_PLATFORM + "npm ERR! code 1\n" + _EXIT),
    # same files, the transfer's own error (DNS)
    ("cypress-download-dns",
     "Installing Cypress (version: 13.6.0)\n\n"
     "The Cypress App could not be downloaded.\n\n"
     "Otherwise, please check network connectivity and try again:\n\n"
     "----------\n\n"
     "URL: https://download.example.org/desktop/13.6.0?platform=linux&arch=x64\n"
     "Error: getaddrinfo EAI_AGAIN download.example.org\n\n" + _CY_PLATFORM + _EXIT),
    # npm cypress lib/tasks/download.js (verifyDownloadedFile: the size the CDN announced not reached)
    ("cypress-download-size-short",
     "Installing Cypress (version: 13.6.0)\n\n"
     "The Cypress App could not be downloaded.\n\n"
     "----------\n\n"
     "Corrupted download\n\n"
     "Expected downloaded file to have size: 190233821\n"
     "Computed size: 73400320\n\n" + _CY_PLATFORM + _EXIT),
    # npm cypress lib/errors.js (smokeTestFailure with timedOut)
    ("cypress-verification-timed-out",
     "[STARTED] Verifying Cypress can run /home/runner/.cache/Cypress/13.6.0/Cypress\n"
     "[FAILED] Cypress failed to start.\n"
     "Cypress verification timed out.\n\n"
     "This command failed with the following output:\n\n"
     "/home/runner/.cache/Cypress/13.6.0/Cypress/Cypress --no-sandbox --smoke-test --ping=481\n\n"
     "----------\n\n"
     "Command timed out after 30000 milliseconds: /home/runner/.cache/Cypress/13.6.0/Cypress/Cypress "
     "--no-sandbox --smoke-test --ping=481\nTimed out\n\n" + _CY_PLATFORM + _EXIT),
    # npm cypress lib/errors.js (nonZeroExitCodeXvfb) and lib/exec/xvfb.js
    ("cypress-xvfb-nonzero-exit",
     "Xvfb exited with a non zero exit code.\n\n"
     "There was a problem spawning Xvfb.\n\n"
     "This is likely a problem with your system, permissions, or installation of Xvfb.\n\n"
     "----------\n\n"
     "Error: Could not start Xvfb.\n\n" + _CY_PLATFORM + _EXIT),
    # cypress-io/cypress packages/errors/src/errors.ts (TESTS_DID_NOT_START_RETRYING, _FAILED)
    ("cypress-browser-never-connected",
     "  Running:  checkout.cy.ts                                                  (1 of 4)\n"
     "Timed out waiting for the browser to connect. Retrying...\n"
     "Timed out waiting for the browser to connect. Retrying again...\n"
     "The browser never connected. Something is wrong. The tests cannot run. Aborting...\n" + _EXIT),
    # same file (RENDERER_CRASHED): the reasons it lists include "You wrote an endless loop"
    ("cypress-renderer-crashed",
     "  Running:  reports.cy.ts                                                   (3 of 4)\n\n"
     "We detected that the Chromium Renderer process just crashed.\n\n"
     "This is the equivalent to seeing the 'sad face' when Chrome dies.\n\n"
     "This can happen for a number of different reasons:\n\n"
     "- You wrote an endless loop and you must fix your own code\n"
     "- You are running in a memory starved VM environment\n\n"
     "https://on.cypress.io/renderer-process-crashed\n" + _EXIT),
    # same file (AUTOMATION_SERVER_DISCONNECTED)
    ("cypress-automation-client-disconnected",
     "  Running:  login.cy.ts                                                     (2 of 4)\n"
     "The automation client disconnected. Cannot continue running tests.\n" + _EXIT),
    # same file (DASHBOARD_CANNOT_PROCEED_IN_PARALLEL: the recording service's 5xx)
    ("cypress-cloud-cannot-proceed-parallel",
     "We encountered an unexpected error talking to our servers.\n\n"
     "Because you passed the --parallel flag, this run cannot proceed because it requires a valid "
     "response from our servers.\n\n"
     "The --group flag you passed was: e2e\n\n"
     "The server's response was:\n\n"
     "StatusCodeError: 502 - \"Bad Gateway\"\n" + _EXIT),
    # ------------------------------------------------------------------ Playwright
    # microsoft/playwright packages/playwright-core/src/server/registry/oopDownloadBrowserMain.ts
    # (the child prints its error), browserFetcher.ts (5 attempts), index.ts and cli/program.ts
    ("playwright-install-server-5xx",
     "npx playwright install --with-deps chromium\n" + _PW_DL +
     "Error: Download failed: server returned code 503 body 'upstream unavailable'. "
     "URL: https://cdn.example.org/builds/chromium/1148/chromium-linux.zip\n"
     "    at ClientRequest.<anonymous> (/app/node_modules/playwright-core/lib/server/registry/oopDownloadBrowserMain.js:60:23)\n"
     "Failed to install browsers\n"
     "Error: Failed to download Chromium 131.0.6778.33 (playwright build v1148), caused by\n"
     "Error: Download failure, code=1\n" + _EXIT),
    # oopDownloadBrowserMain.ts: the connection closed mid-transfer
    ("playwright-install-server-closed",
     _PW_DL +
     "Error: Download failed: server closed connection. "
     "URL: https://cdn.example.org/builds/chromium/1148/chromium-linux.zip\n"
     "Failed to install browsers\n"
     "Error: Failed to download Chromium 131.0.6778.33 (playwright build v1148), caused by\n"
     "Error: Download failure, code=1\n" + _EXIT),
    # oopDownloadBrowserMain.ts: fewer bytes than announced
    ("playwright-install-size-mismatch",
     _PW_DL +
     "Error: Download failed: size mismatch, file size: 61865984, expected size: 170654330 "
     "URL: https://cdn.example.org/builds/chromium/1148/chromium-linux.zip\n"
     "Failed to install browsers\n"
     "Error: Failed to download Chromium 131.0.6778.33 (playwright build v1148), caused by\n"
     "Error: Download failure, code=1\n" + _EXIT),
    # oopDownloadBrowserMain.ts: a socket error
    ("playwright-install-econnreset",
     _PW_DL +
     "Error: Download failed: read ECONNRESET. "
     "URL: https://cdn.example.org/builds/chromium/1148/chromium-linux.zip\n"
     "Failed to install browsers\n"
     "Error: Failed to download Chromium 131.0.6778.33 (playwright build v1148), caused by\n"
     "Error: Download failure, code=1\n" + _EXIT),
    # packages/playwright-core/src/server/browserType.ts: launch took longer than its timeout
    ("playwright-launch-timeout",
     "Running 24 tests using 2 workers\n"
     "Error: browserType.launch: Timeout 180000ms exceeded.\n"
     "Call log:\n"
     "  - <launching> /home/runner/.cache/ms-playwright/chromium-1148/chrome-linux/chrome "
     "--disable-field-trial-config --headless --no-sandbox\n"
     "  - <launched> pid=4211\n" + _EXIT),
    # ------------------------------------------------------------------ Puppeteer
    # npm @puppeteer/browsers lib/esm/launch.js (waitForLineOutput's timeout)
    ("puppeteer-ws-endpoint-timeout",
     "  PDF export\n"
     "TimeoutError: Timed out after 30000 ms while waiting for the WS endpoint URL to appear in stdout!\n"
     "    at Timeout.onTimeout (/app/node_modules/@puppeteer/browsers/lib/cjs/launch.js:310:20)\n" + _EXIT),
    # npm puppeteer lib/esm/puppeteer/node/install.js (postinstall) with the download's own error
    ("puppeteer-postinstall-download-reset",
     "> puppeteer@22.4.1 postinstall\n> node install.mjs\n\n"
     "ERROR: Failed to set up chrome v122.0.6261.94! Set \"PUPPETEER_SKIP_DOWNLOAD\" env variable to skip download.\n"
     "Error: read ECONNRESET\n"
     "    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {\n"
     "  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}\n"
     "npm ERR! code 1\n" + _EXIT),
    # npm puppeteer-core lib/esm/puppeteer/cdp/Connection.js (TargetCloseError)
    ("puppeteer-protocol-target-closed",
     "  invoice rendering\n"
     "ProtocolError: Protocol error (Target.createTarget): Target closed\n"
     "    at /app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/Connection.js:95:24\n" + _EXIT),
    # ------------------------------------------------------------------ Selenium, drivers
    # chromedriver (chromium's chrome/test/chromedriver, too large to fetch: wording as ChromeDriver prints it)
    ("chromedriver-chrome-not-reachable",
     "tests/test_checkout.py::test_pay E\n"
     "E   selenium.common.exceptions.WebDriverException: Message: chrome not reachable\n"
     "E     (Session info: chrome=122.0.6261.94)\n" + _EXIT),
    # chromedriver: Chrome exited under it at session start
    ("chromedriver-chrome-crashed-at-start",
     "org.openqa.selenium.SessionNotCreatedException: Could not start a new session. Response code 500. "
     "Message: session not created: Chrome failed to start: crashed.\n"
     "  (chrome not reachable)\n"
     "  (The process started from chrome location /usr/bin/google-chrome is no longer running, "
     "so ChromeDriver is assuming that Chrome has crashed.)\n" + _EXIT),
    # SeleniumHQ/selenium java/src/org/openqa/selenium/grid (the distributor's new-session queue)
    ("selenium-grid-new-session-timed-out",
     "[ERROR] LoginIT.setUp:31 » SessionNotCreated Could not start a new session. "
     "New session request timed out\n"
     "Host info: host: 'runner-7', ip: '203.0.113.7'\n" + _EXIT),
    # the Python binding's transport (urllib3) to a grid that does not answer yet
    ("selenium-grid-connection-refused",
     "E   urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='selenium-hub.example.org', port=4444): "
     "Max retries exceeded with url: /wd/hub/session (Caused by NewConnectionError("
     "'<urllib3.connection.HTTPConnection object at 0x7f3a2c1d>: Failed to establish a new connection: "
     "[Errno 111] Connection refused'))\n" + _EXIT),
    # SeleniumHQ/selenium java/src/org/openqa/selenium/remote/service/DriverService.java
    ("selenium-driver-server-did-not-start",
     "org.openqa.selenium.remote.service.DriverService start\n"
     "org.openqa.selenium.WebDriverException: Timed out waiting for driver server to start.\n"
     "Build info: version: '4.18.1'\n" + _EXIT),
    # npm chromedriver install.js (requestBinary: "Error status code:" then "Error with http(s) request")
    ("chromedriver-npm-install-5xx",
     "> chromedriver@122.0.4 install\n> node install.js\n\n"
     "Downloading from file:  https://storage.example.org/chrome-for-testing/122.0.6261.94/linux64/chromedriver-linux64.zip\n"
     "Error status code: 503\n"
     "Error with http(s) request:\nAxiosError: Request failed with status code 503\n"
     "ChromeDriver installation failed Error: Error with http(s) request: AxiosError: Request failed with status code 503\n"
     "npm ERR! code 1\n" + _EXIT),
    # npm geckodriver dist/install.js (download: a non-OK status) and dist/utils.js (retries spent)
    ("geckodriver-npm-install-5xx",
     "> geckodriver@4.3.3 postinstall\n> node ./dist/install.js\n\n"
     "Failed to install Geckodriver: Error: Failed to download binary (statusCode 502): Bad Gateway\n"
     "npm ERR! code 1\n" + _EXIT),
    ("geckodriver-npm-fetch-retries-spent",
     "> geckodriver@4.3.3 postinstall\n> node ./dist/install.js\n\n"
     "Failed to install Geckodriver: Error: Failed to fetch after retries\n"
     "npm ERR! code 1\n" + _EXIT),
    # ------------------------------------------------------------------ Karma
    # karma-runner/karma lib/launchers/capture_timeout.js, lib/launchers/retry.js
    ("karma-not-captured-giving-up",
     _K + "INFO [launcher]: Starting browser ChromeHeadless\n" +
     _K + "WARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\n" +
     _K + "INFO [launcher]: Trying to start ChromeHeadless again (1/2).\n" +
     _K + "WARN [launcher]: ChromeHeadless has not captured in 60000 ms, killing.\n" +
     _K + "ERROR [launcher]: ChromeHeadless failed 2 times (timeout). Giving up.\n" + _EXIT),
    # lib/browser.js (no activity)
    ("karma-no-message-disconnected",
     _K + "INFO [Chrome Headless 122.0.6261.94 (Linux x86_64)]: Connected on socket abc with id 1234\n" +
     _K + "WARN [Chrome Headless 122.0.6261.94 (Linux x86_64)]: Disconnected (0 times), because no message in 30000 ms.\n"
     "Chrome Headless 122.0.6261.94 (Linux x86_64): Executed 212 of 480 DISCONNECTED (30.2 secs / 12.1 secs)\n" + _EXIT),
    # lib/browser.js (the socket did not come back)
    ("karma-reconnect-failed",
     _K + "WARN [Chrome Headless 122.0.6261.94 (Linux x86_64)]: Disconnected (0 times)reconnect failed "
     "before timeout of 2000ms (ping timeout)\n"
     "Chrome Headless 122.0.6261.94 (Linux x86_64) ERROR\n"
     "  Disconnectedreconnect failed before timeout of 2000ms (ping timeout)\n" + _EXIT),
    # lib/launchers/process.js (crashed) and retry.js
    ("karma-browser-crashed",
     _K + "ERROR [launcher]: ChromeHeadless crashed.\n"
     "\t[0312/101112.345678:ERROR:gpu_process_host.cc(991)] GPU process exited unexpectedly: exit_code=139\n" +
     _K + "ERROR [launcher]: ChromeHeadless failed 2 times (crashed). Giving up.\n" + _EXIT),
    # ------------------------------------------------------------------ TestCafe
    # DevExpress/testcafe src/errors/runtime/templates.js (cannotEstablishBrowserConnection)
    ("testcafe-cannot-establish-connection",
     " Running tests in:\n"
     " ERROR Unable to establish one or more of the specified browser connections. This can be caused "
     "by network issues or remote device failure.\n\n"
     "Type \"testcafe -h\" for help.\n" + _EXIT),
    # same file (browserDisconnected)
    ("testcafe-browser-disconnected",
     " Running tests in:\n - Chrome 122.0.0.0 / Ubuntu 22.04\n\n Orders\n"
     " ERROR The Chrome 122.0.0.0 / Ubuntu 22.04 browser disconnected. This problem may appear when a "
     "browser hangs or is closed, or due to network issues.\n" + _EXIT),
    # ------------------------------------------------------------------ Appium, adb, emulator
    # appium/appium-adb lib/tools/system-calls.ts (getDevicesWithRetry)
    ("appium-no-connected-device",
     "[Appium] Creating new UiAutomator2Driver session\n"
     "[ADB] Trying to find a connected android device\n"
     "[ADB] Could not find online devices\n"
     "WebDriverError: An unknown server-side error occurred while processing the command. "
     "Original error: Could not find a connected Android device in 20000ms.\n" + _EXIT),
    # same file (waitForEmulatorReady, launchAVD)
    ("appium-emulator-not-ready",
     "[ADB] Launching Emulator with AVD Pixel_6_API_33, launchTimeout 60000ms and readyTimeout 60000ms\n"
     "WebDriverError: An unknown server-side error occurred while processing the command. "
     "Original error: Emulator is not ready within 60000ms\n" + _EXIT),
    ("appium-emulator-failed-to-boot",
     "[ADB] Launching Emulator with AVD Pixel_6_API_33\n"
     "Error: 'Pixel_6_API_33' Emulator has failed to boot: emulator: ERROR: QEMU main loop exited "
     "unexpectedly\n" + _EXIT),
    # appium-adb lib/tools/emulator-commands.ts
    ("appium-emulator-unexpectedly-disconnected",
     "[ADB] Running '/usr/local/lib/android/sdk/platform-tools/adb -P 5037 -s emulator-5554 shell dumpsys window'\n"
     "Error: The emulator \"emulator-5554\" was unexpectedly disconnected\n" + _EXIT),
    # adb (AOSP packages/modules/adb: the device's state), as adb prints it
    ("adb-device-offline",
     "$ANDROID_HOME/platform-tools/adb install -r app/build/outputs/apk/debug/app-debug.apk\n"
     "adb: device offline\n" + _EXIT),
    # adb/PackageManager: the emulator's data partition is full
    ("adb-install-insufficient-storage",
     "Performing Streamed Install\n"
     "adb: failed to install app-debug.apk: Failure [INSTALL_FAILED_INSUFFICIENT_STORAGE]\n" + _EXIT),
    # ReactiveCircus/android-emulator-runner src/emulator-manager.ts (core.setFailed)
    ("emulator-runner-boot-timeout",
     "Starting emulator.\n"
     "/usr/bin/sh -c \\/usr/local/lib/android/sdk/emulator/emulator -port 5554 -avd test -no-window &\n"
     "INFO    | Boot completed in 0 ms\n"
     "##[error]Timeout waiting for emulator to boot.\n"),
    # wix/Detox detox/src/devices/allocation/drivers/android/emulator/EmulatorLauncher.js
    ("detox-emulator-booting-too-long",
     "detox[4211] i allocating: Pixel_API_33\n"
     "DetoxRuntimeError: Waited for emulator-5554 to complete booting for too long!\n"
     "    at EmulatorLauncher._awaitEmulatorBoot (/app/node_modules/detox/src/devices/allocation/drivers/android/emulator/EmulatorLauncher.js:44:17)\n" + _EXIT),
    # ------------------------------------------------------------------ iOS simulator
    # CoreSimulator via xcrun simctl (closed source: wording as simctl prints it)
    ("simctl-boot-launchd-sim",
     "xcrun simctl boot \"iPhone 15\"\n"
     "An error was encountered processing the command (domain=com.apple.CoreSimulator.SimError, code=405):\n"
     "Unable to boot the Simulator.\n"
     "underlying error (domain=NSPOSIXErrorDomain, code=60):\n"
     "\tFailed to start launchd_sim: could not bind to session, launchd_sim may have crashed or quit responding\n" + _EXIT),
    # ------------------------------------------------------------------ grids and tunnels
    # Sauce Connect (closed source; the failure line that saucelabs/node-saucelabs' constants and
    # karma-sauce-launcher match on)
    ("sauce-connect-could-not-establish",
     "11 Mar 10:11:12 - Starting up; pid 4211\n"
     "11 Mar 10:11:12 - Error fetching PAC http://wpad/wpad.dat: Couldn't resolve host name.\n"
     "11 Mar 10:11:12 - Sauce Connect could not establish a connection.\n"
     "11 Mar 10:11:12 - Please check your firewall and proxy settings.\n"
     "11 Mar 10:11:12 - Goodbye.\n" + _EXIT),
    # npm browserstack-local lib/LocalBinary.js (binaryDownloadError after its retries)
    ("browserstack-local-binary-download-failed",
     "Retrying Binary Download. Retries Left 3\n"
     "Error while trying to execute binary: Error: Download failed with status 503\n"
     "LocalError: Error trying to download BrowserStack Local binary\n" + _EXIT),
]

REAL: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ Cypress
    # npm cypress lib/errors.js (notInstalledCI)
    ("cypress-binary-missing-ci",
     "The cypress npm package is installed, but the Cypress binary is missing.\n\n"
     "We expected the binary to be installed here: /home/runner/.cache/Cypress/13.6.0/Cypress/Cypress\n\n"
     "Reasons it may be missing:\n\n"
     "- You're caching 'node_modules' but are not caching this path: /home/runner/.cache/Cypress\n\n"
     "https://on.cypress.io/not-installed-ci-error\n\n" + _CY_PLATFORM + _EXIT),
    # same file (missingApp)
    ("cypress-no-version-installed",
     "No version of Cypress is installed in: /home/runner/.cache/Cypress/13.6.0/Cypress\n\n"
     "Please reinstall Cypress by running: cypress install\n\n" + _CY_PLATFORM + _EXIT),
    # same file (missingXvfb)
    ("cypress-missing-xvfb",
     "Your system is missing the dependency: Xvfb\n\n"
     "Install Xvfb and run Cypress again.\n\n" + _CY_PLATFORM + _EXIT),
    # same file (missingDependency) with the loader's own line
    ("cypress-failed-to-start-missing-library",
     "Cypress failed to start.\n\n"
     "This may be due to a missing library or dependency. https://on.cypress.io/required-dependencies\n\n"
     "Please refer to the error below for more details.\n\n"
     "----------\n\n"
     "/home/runner/.cache/Cypress/13.6.0/Cypress/Cypress: error while loading shared libraries: "
     "libnss3.so: cannot open shared object file: No such file or directory\n\n" + _CY_PLATFORM + _EXIT),
    # npm cypress lib/tasks/download.js: a version pinned through CYPRESS_INSTALL_BINARY that is not there
    ("cypress-download-404",
     "Installing Cypress (version: 13.99.0)\n\n"
     "The Cypress App could not be downloaded.\n\n"
     "----------\n\n"
     "URL: https://download.example.org/desktop/13.99.0?platform=linux&arch=x64\n"
     "Error: Failed downloading the Cypress binary.\n"
     "Response code: 404\n"
     "Response message: Not Found\n\n" + _CY_PLATFORM + _EXIT),
    # cypress-io/cypress packages/errors/src/errors.ts (DASHBOARD_RECORD_KEY_NOT_VALID)
    ("cypress-record-key-not-valid",
     "Your Record Key 3f2a**-****-****-****-******c81d is not valid with this projectId: ab12cd\n\n"
     "It may have been recently revoked by you or another user.\n\n"
     "Please log into the Dashboard to see the valid record keys.\n" + _EXIT),
    # same file (NO_SPECS_FOUND)
    ("cypress-no-spec-files",
     "Can't run because no spec files were found.\n\n"
     "We searched for specs matching this glob pattern:\n\n"
     "  > /home/runner/work/app/cypress/e2e/**/*.cy.{js,ts}\n" + _EXIT),
    # ------------------------------------------------------------------ Playwright
    # microsoft/playwright packages/playwright-core/src/server/registry/index.ts (executable missing)
    ("playwright-executable-doesnt-exist",
     "Running 24 tests using 2 workers\n"
     "  1) [chromium] › tests/cart.spec.ts:5:1 › adds an item\n"
     "    Error: browserType.launch: Executable doesn't exist at "
     "/home/runner/.cache/ms-playwright/chromium-1148/chrome-linux/chrome\n"
     "    ╔═════════════════════════════════════════════════════════════════════════╗\n"
     "    ║ Looks like Playwright Test or Playwright was just installed or updated. ║\n"
     "    ║ Please run the following command to download new browsers:              ║\n"
     "    ║     npx playwright install                                              ║\n"
     "    ╚═════════════════════════════════════════════════════════════════════════╝\n"
     "  24 failed\n" + _EXIT),
    # packages/playwright-core/src/server/registry/dependencies.ts
    ("playwright-host-missing-dependencies",
     "Error: browserType.launch: \n"
     "╔══════════════════════════════════════════════════════╗\n"
     "║ Host system is missing dependencies to run browsers. ║\n"
     "║ Please install them with the following command:      ║\n"
     "║     sudo npx playwright install-deps                 ║\n"
     "╚══════════════════════════════════════════════════════╝\n" + _EXIT),
    # packages/playwright-core/src/server/browserType.ts (kNoXServerRunningError) via chromium.ts
    ("playwright-headed-without-xserver",
     "Error: browserType.launch: Target page, context or browser has been closed\n"
     "Browser logs:\n\n"
     "╔════════════════════════════════════════════════════════════════════════════╗\n"
     "║ Looks like you launched a headed browser without having a XServer running. ║\n"
     "║ Set either 'headless: true' or use 'xvfb-run <your-playwright-app>' before  ║\n"
     "╚════════════════════════════════════════════════════════════════════════════╝\n" + _EXIT),
    # registry/index.ts (_downloadExecutable: no build for this host)
    ("playwright-unsupported-platform",
     "npx playwright install chromium\n"
     "Failed to install browsers\n"
     "Error: ERROR: Playwright does not support chromium on ubuntu18.04-x64\n" + _EXIT),
    # oopDownloadBrowserMain.ts: a mirror (PLAYWRIGHT_DOWNLOAD_HOST) that lacks the build
    ("playwright-install-404",
     _PW_DL +
     "Error: Download failed: server returned code 404 body 'Not Found'. "
     "URL: https://cdn.example.org/builds/chromium/1148/chromium-linux.zip\n"
     "Failed to install browsers\n"
     "Error: Failed to download Chromium 131.0.6778.33 (playwright build v1148), caused by\n"
     "Error: Download failure, code=1\n" + _EXIT),
    # ------------------------------------------------------------------ Puppeteer
    # npm puppeteer-core lib/esm/puppeteer/node/ChromeLauncher.js / ProductLauncher.js
    ("puppeteer-could-not-find-chrome",
     "  PDF export\n"
     "Error: Could not find Chrome (ver. 122.0.6261.94). This can occur if either\n"
     " 1. you did not perform an installation before running the script (e.g. `npx puppeteer browsers install chrome`) or\n"
     " 2. your cache path is incorrectly configured (which is: /home/runner/.cache/puppeteer).\n"
     "For (2), check out our guide on configuring puppeteer at https://pptr.dev/guides/configuration.\n" + _EXIT),
    # npm @puppeteer/browsers lib/esm/launch.js (the process exited at start: no sandbox as root)
    ("puppeteer-launch-no-usable-sandbox",
     "Error: Failed to launch the browser process!  Code: 1\n\n"
     "stderr:\n"
     "[0312/101112.345678:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! Update your kernel "
     "or see https://chromium.googlesource.com/chromium/src/+/main/docs/linux/suid_sandbox_development.md\n\n"
     "TROUBLESHOOTING: https://pptr.dev/troubleshooting\n" + _EXIT),
    # same file, a system library the image lacks
    ("puppeteer-launch-missing-library",
     "Error: Failed to launch the browser process!  Code: 127\n\n"
     "stderr:\n"
     "/home/runner/.cache/puppeteer/chrome/linux-122.0.6261.94/chrome-linux64/chrome: error while "
     "loading shared libraries: libatk-1.0.so.0: cannot open shared object file: No such file or directory\n\n"
     "TROUBLESHOOTING: https://pptr.dev/troubleshooting\n" + _EXIT),
    # npm @puppeteer/browsers lib/esm/httpUtil.js: a pinned build id that does not exist
    ("puppeteer-postinstall-404",
     "> puppeteer@22.4.1 postinstall\n> node install.mjs\n\n"
     "ERROR: Failed to set up chrome v999.0.0.0! Set \"PUPPETEER_SKIP_DOWNLOAD\" env variable to skip download.\n"
     "Error: Download failed: server returned code 404. "
     "URL: https://storage.example.org/chrome-for-testing-public/999.0.0.0/linux64/chrome-linux64.zip\n"
     "npm ERR! code 1\n" + _EXIT),
    # ------------------------------------------------------------------ Selenium, drivers
    # chromedriver: the driver is for another major version of Chrome
    ("chromedriver-version-mismatch",
     "E   selenium.common.exceptions.SessionNotCreatedException: Message: session not created: "
     "This version of ChromeDriver only supports Chrome version 114\n"
     "E   Current browser version is 122.0.6261.94 with binary path /usr/bin/google-chrome\n" + _EXIT),
    # chromedriver: no Chrome where it looked
    ("chromedriver-cannot-find-chrome-binary",
     "E   selenium.common.exceptions.WebDriverException: Message: unknown error: cannot find Chrome binary\n"
     + _EXIT),
    # geckodriver (mozilla/geckodriver src/capabilities.rs), as Selenium shows it
    ("geckodriver-no-firefox-binary",
     "E   selenium.common.exceptions.SessionNotCreatedException: Message: Expected browser binary "
     "location, but unable to find binary in default location, no 'moz:firefoxOptions.binary' "
     "capability provided, and no binary flag set on the command line\n" + _EXIT),
    # npm chromedriver install.js (getChromeDriverUrl: no download for this version and platform)
    ("chromedriver-npm-no-url-for-version",
     "> chromedriver@122.0.4 install\n> node install.js\n\n"
     "Download url could not be found for version 122.0.9999.1 and platform 'linux64'\n"
     "npm ERR! code 1\n" + _EXIT),
    # ------------------------------------------------------------------ Karma
    # karma-runner/karma lib/launchers/process.js (no binary)
    ("karma-no-binary-for-browser",
     _K + "ERROR [launcher]: No binary for ChromeHeadless browser on your platform.\n"
     "  Please, set \"CHROME_BIN\" env variable.\n" + _EXIT),
    # lib/launcher.js (a launcher name no plugin provides)
    ("karma-browser-not-registered",
     _K + "ERROR [launcher]: Cannot load browser \"ChromeHeadlessCI\": it is not registered! "
     "Perhaps you are missing some plugin?\n" + _EXIT),
    # lib/launchers/process.js (cannot start) and retry.js: Chrome refuses to run as root without --no-sandbox
    ("karma-cannot-start-as-root",
     _K + "ERROR [launcher]: Cannot start ChromeHeadless\n"
     "\t[0312/101112.345678:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox "
     "is not supported. See https://crbug.com/638180.\n" +
     _K + "ERROR [launcher]: ChromeHeadless failed 2 times (cannot start). Giving up.\n" + _EXIT),
    # ------------------------------------------------------------------ TestCafe
    # DevExpress/testcafe src/errors/runtime/templates.js (cannotFindBrowser)
    ("testcafe-cannot-find-browser",
     " ERROR Unable to find the browser. \"chromium:headless\" is not a browser alias or path to an "
     "executable file.\n\nType \"testcafe -h\" for help.\n" + _EXIT),
    # ------------------------------------------------------------------ Appium, adb, emulator
    # appium/appium-adb lib/tools/system-calls.ts (getSdkBinaryPath)
    ("appium-adb-not-found",
     "WebDriverError: An unknown server-side error occurred while processing the command. "
     "Original error: Could not find 'adb' in [\"/opt/android/platform-tools/adb\"]. "
     "Do you have Android Build Tools installed at '/opt/android'?\n" + _EXIT),
    # the same, as a Selenium client reports the session that did not start
    ("appium-session-not-created-no-adb",
     "org.openqa.selenium.SessionNotCreatedException: Could not start a new session. Response code 500. "
     "Message: An unknown server-side error occurred while processing the command. Original error: "
     "Could not find 'adb' in [\"/opt/android/platform-tools/adb\"]. Do you have Android Build Tools "
     "installed at '/opt/android'?\n" + _EXIT),
    # PackageManager's refusals as adb prints them
    ("adb-install-version-downgrade",
     "Performing Streamed Install\n"
     "adb: failed to install app-release.apk: Failure [INSTALL_FAILED_VERSION_DOWNGRADE: Downgrade "
     "detected: Update version code 41 is older than current 42]\n" + _EXIT),
    ("adb-install-update-incompatible",
     "Performing Streamed Install\n"
     "adb: failed to install app-release.apk: Failure [INSTALL_FAILED_UPDATE_INCOMPATIBLE: Package "
     "org.example.shop signatures do not match previously installed version; ignoring!]\n" + _EXIT),
    ("adb-install-no-matching-abis",
     "Performing Streamed Install\n"
     "adb: failed to install app-release.apk: Failure [INSTALL_FAILED_NO_MATCHING_ABIS: Failed to "
     "extract native libraries, res=-113]\n" + _EXIT),
    # the Android emulator (closed to fetch: wording as the emulator prints it)
    ("emulator-unknown-avd",
     "Starting emulator.\n"
     "ERROR   | Unknown AVD name [Pixel_7_API_34], use -list-avds to see valid list.\n"
     "ERROR   | HOME is defined but there is no file Pixel_7_API_34.ini in $HOME/.android/avd\n" + _EXIT),
    # wix/Detox detox/src/devices/allocation/drivers/ios/SimulatorAllocDriver.js, SimulatorQuery.js
    ("detox-no-simulator-of-type",
     "detox[4211] i allocating: iPhone 15 Pro\n"
     "DetoxRuntimeError: Failed to find a device by type = \"iPhone 15 Pro\"\n\n"
     "HINT: Run 'applesimutils --list' to list your supported devices.\n" + _EXIT),
    # ------------------------------------------------------------------ grids and tunnels
    # Sauce Connect's refusal of the credentials (the line sauce-connect-launcher reads "Not authorized" in)
    ("sauce-connect-not-authorized",
     "11 Mar 10:11:12 - Starting up; pid 4211\n"
     "11 Mar 10:11:13 - Error: failed to create tunnel; error was: {\"message\": \"Not authorized\"}. "
     "HTTP status: 401 Unauthorized\n"
     "11 Mar 10:11:13 - Goodbye.\n" + _EXIT),
    # ------------------------------------------------------------------ the application's own failures
    # (under a healthy browser: not infrastructure)
    # (a text wait whose report does not show what the page held: the text entries read a text wait
    # transient only when the page still showed a pending state, Capybara's "in \"Saving...\"" or
    # Playwright's Received "Loading..."; an absent element (Cypress's "Expected to find element: ...,
    # but never found it") is the element entry's, modestly transient. Cypress's content wait gives no
    # page, so a wrong value and a late one read alike here: the assertion)
    ("app-cypress-content-never-found",
     "  Running:  login.cy.ts                                                     (2 of 4)\n"
     "  1) Login\n       greets the user:\n"
     "     AssertionError: Timed out retrying after 4000ms: Expected to find content: 'Welcome back' but never did.\n"
     "      at Context.eval (webpack://app/./cypress/e2e/login.cy.ts:14:8)\n" + _EXIT),
    # an assertion on the page's text, retried until its timeout: the assertion is the failure (the
    # project reads a bare wait for an element that never appeared as timing: tests/judgement_cases.py)
    ("app-cypress-text-assertion",
     "  1) Orders\n       shows the heading:\n"
     "     AssertionError: Timed out retrying after 4000ms: expected '<h1.title>' to have text 'Orders', "
     "but the text was 'Order history'\n"
     "      at Context.eval (webpack://app/./cypress/e2e/orders.cy.ts:9:24)\n" + _EXIT),
    ("app-playwright-locator-not-found",
     "  1) [chromium] › tests/cart.spec.ts:12:1 › checkout button shows\n\n"
     "    Error: expect(locator).toBeVisible() failed\n\n"
     "    Locator: getByRole('button', { name: 'Checkout' })\n"
     "    Expected: visible\n    Timeout: 5000ms\n    Error: element(s) not found\n\n"
     "  1 failed\n" + _EXIT),
    ("app-playwright-text-mismatch",
     "  1) [chromium] › tests/orders.spec.ts:3:1 › shows the heading\n\n"
     "    Error: expect(locator).toHaveText(expected) failed\n\n"
     "    Locator: getByRole('heading')\n"
     "    Expected string: \"Orders\"\n    Received string: \"Order history\"\n    Timeout: 5000ms\n\n"
     "  1 failed\n" + _EXIT),
    ("app-selenium-no-such-element",
     "tests/test_login.py::test_login_button FAILED\n"
     "E   selenium.common.exceptions.NoSuchElementException: Message: no such element: Unable to locate "
     "element: {\"method\":\"css selector\",\"selector\":\"#login-button\"}\n"
     "E     (Session info: chrome=122.0.6261.94)\n" + _EXIT),
    ("app-karma-expectation",
     "Chrome Headless 122.0.6261.94 (Linux x86_64) CartComponent should show the total FAILED\n"
     "\tExpected 'Total: 10' to equal 'Total: 12'.\n"
     "Chrome Headless 122.0.6261.94 (Linux x86_64): Executed 480 of 480 (1 FAILED) (12.1 secs / 11.8 secs)\n"
     + _EXIT),
    ("app-detox-no-matching-view",
     "  ● Login › shows the home screen\n\n"
     "    Test Failed: No views in hierarchy found matching: (view has effective visibility <VISIBLE> "
     "and view.getTag() is \"home_title\")\n" + _EXIT),
    ("app-appium-no-such-element",
     "[0-0] NoSuchElementError: An element could not be located on the page using the given search parameters.\n"
     "[0-0] FAILED in Android - file:///test/specs/login.e2e.ts\n" + _EXIT),
]

# Same words from an outage and from a persistent cause: must not read transient with high confidence.
AMBIGUOUS: list[tuple[str, str]] = [
    # microsoft/playwright packages/playwright-core/src/client/errors.ts: the plain TargetClosedError is
    # as often a test that did not await its page as a browser that died
    ("playwright-target-closed-plain",
     "  1) [chromium] › tests/export.spec.ts:8:1 › exports a report\n\n"
     "    Error: page.click: Target page, context or browser has been closed\n\n"
     "  1 failed\n" + _EXIT),
    # webdriverio packages/webdriver/src/utils.ts (getSessionError): nothing listens at the address,
    # a service that failed to start or one the workflow never starts (or an IPv6 localhost)
    ("wdio-unable-to-connect-driver",
     "[0-0] Error: Failed to create session.\n"
     "[0-0] Unable to connect to \"http://localhost:4723/\", make sure browser driver is running on that address.\n"
     "[0-0] It seems like the service failed to start or is rejecting any connections.\n" + _EXIT),
    # cypress-io/cypress packages/errors/src/errors.ts (CANNOT_CONNECT_BASE_URL): the application's
    # own server did not come up (its start failed, or the workflow never starts it)
    ("cypress-base-url-not-running",
     "Cypress could not verify that this server is running:\n\n  > http://localhost:3000\n\n"
     "We are verifying this server because it has been configured as your baseUrl.\n\n"
     "Cypress failed to verify that your server is running.\n\n"
     "Please start this server and then run Cypress again.\n" + _EXIT),
    # BrowserStack Local (the binary's message through npm browserstack-local lib/Local.js): a
    # second tunnel on the same machine, a leftover one or the job's own configuration
    ("browserstack-local-another-client",
     "LocalError: Either another browserstack local client is running on your machine or some server "
     "is listening on port 45691\n" + _EXIT),
]


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_an_outage_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(REAL))
def test_a_persistent_cause_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_an_ambiguous_message_is_not_a_confident_outage(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(TRANSIENT, REAL, AMBIGUOUS)


def test_a_retry_in_progress_is_still_no_evidence():
    # the retries guard still holds a line that announces the next try (only "timed out retrying
    # after", Cypress's final failure, left it)
    log = ("Downloading Chromium from https://cdn.example.org/chromium-linux.zip\n"
           "connect ECONNREFUSED 203.0.113.7:443, retrying after 5 seconds\n"
           "Chromium downloaded to /home/runner/.cache/ms-playwright/chromium-1148\n"
           "  1) [chromium] › tests/cart.spec.ts:5:1 › adds an item\n"
           "    Error: expect(received).toBe(expected)\n    Expected: 3\n    Received: 2\n"
           "  1 failed\n" + _EXIT)
    assert judge(log).verdict == "real"


def test_a_karma_browser_that_cannot_start_is_not_a_lost_browser():
    # retry.js says "(cannot start)" for a launcher that exited at once: not the heartbeat's entry
    log = (_K + "ERROR [launcher]: Cannot start FirefoxHeadless\n\tError: no DISPLAY environment variable specified\n" +
           _K + "ERROR [launcher]: FirefoxHeadless failed 2 times (cannot start). Giving up.\n" + _EXIT)
    assert "test-runner-disconnected" not in signatures(judge(log))


def test_a_passing_test_named_for_a_crash_is_not_evidence():
    log = ("  ✓ shows 'We detected that the Chromium Renderer process just crashed' in the help page (812ms)\n"
           "  1) Cart\n       shows the total:\n"
           "     AssertionError: expected '10' to equal '12'\n" + _EXIT)
    v = judge(log)
    assert "browser-crashed" not in signatures(v) and v.verdict == "real"


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "ChromeHeadless failed 2 times (timeout). Giving up. ",
    "Disconnected (0 times)reconnect failed before timeout of 2000ms ",
    "Disconnected (" + "1 times) " * 5000,
    "Unable to establish one or more of the specified browser connections. ",
    "The X browser disconnected. This problem may appear when a browser hangs ",
    "ERROR [launcher]: ChromeHeadless crashed. ",
    "We detected that the Chromium Renderer process just crashed. ",
    "The automation client disconnected. Cannot continue running tests. ",
    "The browser never connected. Something is wrong. ",
    "Xvfb exited with a non zero exit code. Could not start Xvfb. ",
    "Could not find a connected Android device in 20000ms. ",
    "Emulator is not ready within 60000ms ",
    "'x' Emulator has failed to boot: ",
    'The emulator "' + "emulator-5554 " * 3000,
    "Waited for emulator-5554 to complete booting for too long! ",
    "Failed to fetch after retries ",
    "Computed size: 12 ",
    "Expected downloaded file to have size: ",
    "Could not start a new session. Response code 500. ",
    "Unable to connect to x, make sure browser driver is running on that address. ",
    "No version of Cypress is installed in: /x ",
    "Your Record Key abc is not valid with this projectId: ",
    "Can't run because no spec files were found. ",
    "Download failed: server returned code 404 ",
    "Error: Failed downloading the Cypress binary.\nResponse code: 404 ",
    "No usable sandbox! Running as root without --no-sandbox is not supported ",
    "Could not find 'adb' in [",
    "Neither ANDROID_HOME nor ANDROID_SDK_ROOT environment variable was exported ",
    "Timed out retrying after " + "4000ms " * 6000,
    "Executable doesn't exist at /x ",
    "Host system is missing dependencies to run browsers. ",
    "Could not find Chrome (ver. " + "1.2.3 " * 8000,
    "This version of ChromeDriver only supports Chrome version 114 ",
    "unknown error: cannot find Chrome binary ",
    "No binary for ChromeHeadless browser on your platform. ",
    'Unable to find the browser. "' + "x " * 20000,
]


_NOT_INSTALLED = ["playwright-executable-doesnt-exist", "playwright-host-missing-dependencies",
                  "playwright-headed-without-xserver", "playwright-unsupported-platform",
                  "puppeteer-could-not-find-chrome", "chromedriver-version-mismatch",
                  "chromedriver-cannot-find-chrome-binary", "geckodriver-no-firefox-binary",
                  "karma-no-binary-for-browser", "testcafe-cannot-find-browser"]


@pytest.mark.parametrize("case", _NOT_INSTALLED)
def test_a_browser_that_is_not_there_is_named_as_such(case):
    # the mechanism is named, not only read as an error nothing explains
    reads_as(dict(REAL)[case], "real", "browser-not-installed")
