"""Sixteenth round, tool sources: visual-regression and accessibility checkers as CI jobs fail on them.

Covered: pa11y and pa11y-ci (their CLI reporters, "Failed to run", the older "Pa11y timed out"), the axe-core
CLI (@axe-core/cli), axe through cypress-axe, jest-axe's toHaveNoViolations and @axe-core/playwright's
results, Storybook's test-runner (its a11y panel, console errors, the index it could not fetch), BackstopJS
(its compare and report loggers), Loki (its task renderer and errors), reg-suit (its logger, the git-hash
key generator, the S3 publisher), Applitools Eyes (DiffsFoundError, NewTestError, its request errors),
Happo (its request retries), Lost Pixel (its difference log), jest-image-snapshot and Playwright's
toHaveScreenshot/toMatchSnapshot. Lighthouse CI, Chromatic, Percy and the test-runner's "Storybook instance
is not running" are in test_tool_sources_frontend_monorepo.py and are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording was
read from the tools' source (the comment above each case names the repository and file holding the format
string): pa11y/pa11y, pa11y/pa11y-ci, dequelabs/axe-core-npm, component-driven/cypress-axe,
storybookjs/test-runner, garris/BackstopJS, oblador/loki, reg-viz/reg-suit, happo/happo.io,
lost-pixel/lost-pixel, americanexpress/jest-image-snapshot, microsoft/playwright; jest-axe's and the
Applitools SDKs' wordings from stored copies of their sources (nickcolley/jest-axe, applitools' SDKs); the
S3 error codes from AWS's S3 error-code reference. Hosts, stories, paths and keys are made up; no
project's CI log is copied.

The rules the cases hold:
  * a pixel or snapshot difference, an accessibility violation, a baseline that does not exist (the CI
    does not write one), a story that throws or logs errors, a refused API key or bucket access, a
    config the tool cannot load, a runner or axe source that is not installed, a ChromeDriver that does
    not match the browser -> real: the same run fails the same way;
  * a remote page that timed out or reset, a visual-testing service that answered 5xx/429 or timed out
    (after the tool's own retries), a browser that did not start in time, a rate-limited image pull
    -> transient;
  * near-misses: the same tools' persistent causes, tests whose titles or app log lines speak of
    outages but fail on a snapshot or an a11y assertion -> real;
  * wordings printed both for an outage and for a persistent cause (a page load against the job's own
    local server, which the change may have broken; Loki's "server is down" for its own Storybook; the
    axe CLI's script timeout; Playwright's unstable screenshot; a ready event never seen) -> not surely
    transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_NPM = "npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== pa11y-ci
    # pa11y/pa11y-ci lib/reporters/cli.js (" > %s - %d errors", "Errors in %s:", " • %s", "✘ %d/%d URLs passed")
    ("pa11y-ci-errors-in-url", "real",
     "Running Pa11y on 3 URLs:\n"
     " > http://localhost:8080/ - 0 errors\n"
     " > http://localhost:8080/contact - 2 errors\n"
     " > http://localhost:8080/about - 0 errors\n\n"
     "Errors in http://localhost:8080/contact:\n\n"
     " • Images must have alternate text (https://dequeuniversity.com/rules/axe/4.8/image-alt?application=axeAPI)\n\n"
     "   (#main > img:nth-child(3))\n\n"
     "   <img src=\"/img/hero.png\">\n\n"
     "✘ 2/3 URLs passed\n" + _GHA),
    # the same reporter with an issue whose message speaks of a time limit (WCAG's meta refresh rule)
    ("pa11y-ci-meta-refresh-time-limit-issue", "real",
     "Running Pa11y on 1 URLs:\n"
     " > http://127.0.0.1:4000/legacy - 1 errors\n\n"
     "Errors in http://127.0.0.1:4000/legacy:\n\n"
     " • Meta refresh tag used to redirect to another page, with a time limit that is not zero. Users cannot control this time limit.\n\n"
     "   (html > head > meta:nth-child(4))\n\n"
     "   <meta http-equiv=\"refresh\" content=\"5;url=/new\">\n\n"
     "✘ 0/1 URLs passed\n" + _CIRCLE),
    # pa11y-ci's "Failed to run" and "Error: %s" for a thrown error: a remote page that timed out
    # (puppeteer's "Navigation timeout of %d ms exceeded")
    ("pa11y-ci-remote-navigation-timeout", "transient",
     "Running Pa11y on 2 URLs:\n"
     " > https://staging.example-shop.net/ - 0 errors\n"
     " > https://staging.example-shop.net/cart - Failed to run\n\n"
     "Errors in https://staging.example-shop.net/cart:\n\n"
     " • Error: Navigation timeout of 30000 ms exceeded\n\n"
     "✘ 1/2 URLs passed\n" + _GHA),
    # the same with a reset on a remote page (Chromium's net::ERR_CONNECTION_RESET)
    ("pa11y-ci-remote-connection-reset", "transient",
     " > https://docs.example-widgets.org/start - Failed to run\n\n"
     "Errors in https://docs.example-widgets.org/start:\n\n"
     " • Error: net::ERR_CONNECTION_RESET at https://docs.example-widgets.org/start\n\n"
     "✘ 4/5 URLs passed\n" + _GL),
    # the same with Chromium's net::ERR_TIMED_OUT on a remote page
    ("pa11y-ci-remote-err-timed-out", "transient",
     " > https://www.example-charity.org/donate - Failed to run\n\n"
     "Errors in https://www.example-charity.org/donate:\n\n"
     " • Error: net::ERR_TIMED_OUT at https://www.example-charity.org/donate\n\n"
     "✘ 9/10 URLs passed\n" + _GHA),
    # pa11y-ci's "Failed to run" with Chromium's refusal on the job's own server and nothing crashed above it:
    # read as the catalogue reads any loopback refusal with no crash first (a server not up yet)
    ("pa11y-ci-localhost-connection-refused", "transient",
     "Running Pa11y on 1 URLs:\n"
     " > http://localhost:8080/ - Failed to run\n\n"
     "Errors in http://localhost:8080/:\n\n"
     " • Error: net::ERR_CONNECTION_REFUSED at http://localhost:8080/\n\n"
     "✘ 0/1 URLs passed\n" + _GHA),
    # the same refusal below the job's own server dying on the code (a module it cannot find): real
    ("pa11y-ci-localhost-refused-after-server-crash", "real",
     "[start] > node server/index.js\n"
     "[start] Error: Cannot find module './routes/admin'\n"
     "[start] node server/index.js exited with code 1\n"
     "Running Pa11y on 1 URLs:\n"
     " > http://localhost:8080/ - Failed to run\n\n"
     "Errors in http://localhost:8080/:\n\n"
     " • Error: net::ERR_CONNECTION_REFUSED at http://localhost:8080/\n\n"
     "✘ 0/1 URLs passed\n" + _GHA),
    # pa11y-ci with a remote name that did not resolve (Chromium's net::ERR_NAME_NOT_RESOLVED): an unreachable
    # remote page, read as DNS trouble
    ("pa11y-ci-name-not-resolved", "transient",
     " > https://docs.example-widgets.org/ - Failed to run\n\n"
     "Errors in https://docs.example-widgets.org/:\n\n"
     " • Error: net::ERR_NAME_NOT_RESOLVED at https://docs.example-widgets.org/\n\n"
     "✘ 3/4 URLs passed\n" + _GHA),
    # bin/pa11y-ci.js ("There was a problem loading \"%s\":\n%s")
    ("pa11y-ci-config-problem-loading", "real",
     "$ pa11y-ci --config .pa11yci.json\n"
     "There was a problem loading \"/home/ci/app/.pa11yci.json\":\n"
     "SyntaxError: Unexpected token } in JSON at position 212\n"
     "    at JSON.parse (<anonymous>)\n" + _GHA),
    # ================================================================== pa11y
    # pa11y/pa11y lib/reporters/cli.js ("Results for URL: %s", " • Error: %s", "├── %s", "%d Errors")
    ("pa11y-cli-contrast-error", "real",
     "Welcome to Pa11y\n\n"
     " > Running Pa11y on URL http://localhost:4000/\n\n"
     "Results for URL: http://localhost:4000/\n\n"
     " • Error: This element has insufficient contrast at this conformance level. Expected a contrast ratio of at least 4.5:1, but text in this element has a contrast ratio of 3.2:1. Recommendation:  change text colour to #6d6d6d.\n"
     "   ├── WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail\n"
     "   ├── #footer > p\n"
     "   └── <p class=\"muted\">© 2026 Example</p>\n\n"
     "1 Errors\n" + _GHA2),
    # lib/action.js ("Failed action: no element matching selector \"%s\"")
    ("pa11y-action-no-element-matching", "real",
     "Welcome to Pa11y\n\n"
     " > Running Pa11y on URL http://localhost:4000/login\n"
     " > Running actions\n\n"
     "Error: Failed action: no element matching selector \"#sign-in-button\"\n" + _GHA),
    # lib/pa11y.js ("An error occurred when loading the \"%s\" runner. This is not an error with Pa11y
    # itself, please check your runner configuration ...")
    ("pa11y-runner-not-loadable", "real",
     "An error occurred when loading the \"axe\" runner. This is not an error\n"
     "with Pa11y itself, please check your runner configuration or contact the\n"
     "creator of this runner\n\n"
     "Error: Cannot find module 'pa11y-runner-axe'\n"
     "Require stack:\n- /home/ci/app/node_modules/pa11y/lib/pa11y.js\n" + _GHA),
    # puppeteer's launcher as pa11y uses it ("Timed out after %d ms while trying to connect to the browser!"):
    # a browser slow to start on a loaded runner
    ("pa11y-browser-connect-timed-out", "transient",
     "Welcome to Pa11y\n\n"
     "TimeoutError: Timed out after 30000 ms while trying to connect to the browser! Only Chrome at revision r1108766 is guaranteed to work.\n"
     "    at Timeout.onTimeout (/home/ci/app/node_modules/puppeteer-core/lib/cjs/puppeteer/node/BrowserRunner.js:299:20)\n"
     + _GHA),
    # puppeteer as pa11y launches it (puppeteer's browser launcher: "Failed to launch the browser process!"
    # with Chrome's own refusal to run as root without the flag): the image's setup, every time
    ("pa11y-browser-no-sandbox-as-root", "real",
     "Welcome to Pa11y\n\n"
     "Error: Failed to launch the browser process!\n"
     "[0304/101512.311:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.\n\n"
     "TROUBLESHOOTING: https://pptr.dev/troubleshooting\n" + _GHA),
    # ================================================================== axe CLI
    # dequelabs/axe-core-npm packages/cli/src/lib/events.ts ("Violation of %j with %d occurrences!",
    # "Correct invalid elements at:", "%d Accessibility issues detected.") and bin/index.ts (exit 1 on --exit)
    ("axe-cli-violations-detected", "real",
     "Running axe-core 4.9.1 in chrome-headless\n\n"
     "Testing http://localhost:3000 ... please wait, this may take a minute.\n\n"
     "  Violation of \"color-contrast\" with 3 occurrences!\n"
     "    Ensures the contrast between foreground and background colors meets WCAG 2 AA minimum contrast ratio thresholds. Correct invalid elements at:\n"
     "     - .btn-secondary\n     - .nav > a:nth-child(2)\n     - footer small\n"
     "    For details, see: https://dequeuniversity.com/rules/axe/4.9/color-contrast\n\n"
     "3 Accessibility issues detected.\n" + _GHA),
    # bin/index.ts (the ChromeDriver/Chrome mismatch: "Please use browser-driver-manager to install matching
    # versions of Chrome and ChromeDriver"), chromedriver's "This version of ChromeDriver only supports"
    ("axe-cli-chromedriver-version-mismatch", "real",
     "Running axe-core 4.9.1 in chrome-headless\n"
     "Error: session not created: This version of ChromeDriver only supports Chrome version 114\n"
     "Current browser version is 120.0.6099.109 with binary path /usr/bin/google-chrome\n\n"
     "Please use browser-driver-manager to install matching versions of Chrome and ChromeDriver:\n\n"
     "        $ npx browser-driver-manager install chrome\n" + _GHA2),
    # bin/index.ts ("Unable to find the axe-core source file", exit 2)
    ("axe-cli-axe-source-not-found", "real",
     "$ axe http://localhost:3000 --axe-source ./vendor/axe.min.js --exit\n"
     "Unable to find the axe-core source file\n" + _GHA2),
    # ================================================================== cypress-axe, jest-axe, @axe-core/playwright
    # component-driven/cypress-axe src/index.ts (assert.equal(violations.length, 0, "%d accessibility
    # violation%s %s detected")) under Cypress's mocha reporter
    ("cypress-axe-violations-detected", "real",
     "  Checkout\n"
     "    1) has no detectable a11y violations on load\n\n"
     "  0 passing (6s)\n  1 failing\n\n"
     "  1) Checkout\n"
     "       has no detectable a11y violations on load:\n"
     "     AssertionError: 2 accessibility violations were detected: expected 2 to equal 0\n"
     "      at Context.eval (webpack:///./node_modules/cypress-axe/dist/index.js:92:0)\n\n"
     "  │ ✖  1 of 4 failed (25%)                        00:31        4        3        1        -        -  │\n"
     + _GHA),
    # the same assertion in a test whose title speaks of an outage the app handles (a near-miss)
    ("cypress-axe-on-offline-banner-test", "real",
     "  Status page\n"
     "    1) shows the retry banner when the API answers 503 Service Unavailable\n\n"
     "  1 failing\n\n"
     "  1) Status page\n"
     "       shows the retry banner when the API answers 503 Service Unavailable:\n"
     "     AssertionError: 1 accessibility violation was detected: expected 1 to equal 0\n"
     "      at Context.eval (webpack:///./cypress/support/commands.ts:14:0)\n"
     + _CIRCLE),
    # nickcolley/jest-axe index.js ("Expected the HTML found at $('%s') to have no violations:", "Received:",
    # "%s (%s)") (stored copy)
    ("jest-axe-to-have-no-violations", "real",
     "FAIL src/components/__tests__/IconButton.test.tsx\n"
     "  ● IconButton › has no accessibility violations\n\n"
     "    expect(received).toHaveNoViolations(expected)\n\n"
     "    Expected the HTML found at $('button') to have no violations:\n\n"
     "    <button class=\"icon-btn\"><svg aria-hidden=\"true\"></svg></button>\n\n"
     "    Received:\n\n"
     "    \"Buttons must have discernible text (button-name)\"\n\n"
     "Tests:       1 failed, 52 passed, 53 total\n" + _GHA),
    # @axe-core/playwright's results asserted with toEqual([]) (dequelabs/axe-core-npm packages/playwright:
    # the violations array; the failure is Playwright's expect diff)
    ("axe-playwright-violations-to-equal-empty", "real",
     "  1) [chromium] › a11y.spec.ts:8:5 › home page has no automatically detectable violations ────────\n\n"
     "    Error: expect(received).toEqual(expected) // deep equality\n\n"
     "    - Expected  -   1\n    + Received  + 42\n\n"
     "    - Array []\n    + Array [\n    +   Object {\n"
     "    +     \"description\": \"Ensures every ARIA button, link and menuitem has an accessible name\",\n"
     "    +     \"id\": \"aria-command-name\",\n    +     \"impact\": \"serious\",\n\n"
     "  1 failed\n    [chromium] › a11y.spec.ts:8:5 › home page has no automatically detectable violations\n"
     "  11 passed (38.1s)\n" + _GHA),
    # a test ABOUT the snapshot matcher's message (a quoted string in a unit test of a reporter) failing on
    # its own assertion: real, and not the outage words it quotes
    ("reporter-test-quoting-pixel-message-econnreset", "real",
     "FAIL src/report/__tests__/format.test.ts\n"
     "  ● formatFailure › keeps the network cause when the upload failed with read ECONNRESET\n\n"
     "    expect(received).toContain(expected) // indexOf\n\n"
     "    Expected substring: \"12 pixels (ratio 0.01 of all image pixels) are different.\"\n"
     "    Received string:    \"upload failed: read ECONNRESET\"\n\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _GHA),
    # a pa11y-ci URL within its threshold (" (within threshold of %d)", logged as info) beside a page that
    # failed to run on a remote timeout: the timeout decides
    ("pa11y-ci-within-threshold-and-remote-timeout", "transient",
     "Running Pa11y on 2 URLs:\n"
     " > http://localhost:8080/ - 2 errors (within threshold of 5)\n"
     " > https://cdn-docs.example-widgets.org/guide - Failed to run\n\n"
     "Errors in https://cdn-docs.example-widgets.org/guide:\n\n"
     " • Error: Navigation timeout of 30000 ms exceeded\n\n"
     "✘ 1/2 URLs passed\n" + _GHA),
    # ================================================================== Storybook test-runner
    # storybookjs/test-runner src/setup-page-script.ts (the a11y panel: "An error occurred in the following
    # story", the violations' long report)
    ("storybook-test-runner-a11y-violation", "real",
     "FAIL browser: chromium src/components/Button.stories.tsx\n"
     "  ● Button › Icon only › smoke-test\n\n"
     "    page.evaluate: StorybookTestRunnerError: \n"
     "    An error occurred in the following story. Access the link for full output:\n"
     "    http://127.0.0.1:6006/?path=/story/button--icon-only&addonPanel=storybook/a11y/panel\n\n"
     "    Message:\n"
     "     Expected the HTML found at $('#storybook-root > button') to have no violations:\n"
     "     Received:\n     \"Buttons must have discernible text (button-name)\"\n\n"
     "Test Suites: 1 failed, 41 passed, 42 total\n" + _GHA),
    # setup-page-script.ts ("Browser console errors")
    ("storybook-test-runner-browser-console-errors", "real",
     "  ● Charts/Line › Empty data › smoke-test\n\n"
     "    page.evaluate: StorybookTestRunnerError: \n"
     "    An error occurred in the following story. Access the link for full output:\n"
     "    http://127.0.0.1:6006/?path=/story/charts-line--empty-data&addonPanel=storybook/interactions/panel\n\n"
     "    Message:\n     Browser console errors\n\n"
     "    Browser logs:\n      error: Warning: Each child in a list should have a unique \"key\" prop.\n\n"
     "Test Suites: 1 failed, 18 passed, 19 total\n" + _CIRCLE),
    # a Storybook that fails to build before any test (Storybook's builder-webpack5 error code)
    ("storybook-build-webpack-compilation-error", "real",
     "$ storybook build --quiet\n"
     "info => Building preview..\n"
     "ERR! SB_BUILDER-WEBPACK5_0003 (WebpackCompilationError): There were problems when compiling your code with Webpack.\n"
     "ERR! Run Storybook with --debug-webpack for more information.\n"
     "Module not found: Error: Can't resolve './tokens/radius' in '/home/ci/app/src/theme'\n"
     + _GHA),
    # ================================================================== Playwright screenshots
    # microsoft/playwright packages/playwright/src/matchers/toMatchSnapshot.ts ("Screenshot comparison
    # failed:", "Expected:", "Received:", "Diff:") and playwright-core's comparators ("%d pixels (ratio %s of
    # all image pixels) are different.")
    ("playwright-to-have-screenshot-pixels-different", "real",
     "  1) [chromium] › visual/home.spec.ts:12:7 › home › hero ─────────────────────────────\n\n"
     "    Error: expect(page).toHaveScreenshot(expected)\n\n"
     "      1874 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "    Expected: /home/ci/app/tests/visual/home.spec.ts-snapshots/hero-chromium-linux.png\n"
     "    Received: /home/ci/app/test-results/visual-home-hero-chromium/hero-actual.png\n"
     "        Diff: /home/ci/app/test-results/visual-home-hero-chromium/hero-diff.png\n\n"
     "  1 failed\n    [chromium] › visual/home.spec.ts:12:7 › home › hero\n  23 passed (1.2m)\n" + _GHA),
    # the comparator's size check ("Expected an image %dpx by %dpx, received %dpx by %dpx.")
    ("playwright-screenshot-size-different", "real",
     "    Error: expect(locator).toHaveScreenshot(expected) failed\n\n"
     "      Expected an image 390px by 844px, received 390px by 902px. 22620 pixels (ratio 0.07 of all image pixels) are different.\n\n"
     "      Snapshot: pricing-mobile.png\n\n"
     "  1 failed\n    [mobile-safari] › pricing.spec.ts:30:5 › pricing table\n" + _GL),
    # toMatchSnapshot.ts handleMissing ("A snapshot doesn't exist at %s, writing actual."): no baseline in CI
    ("playwright-snapshot-does-not-exist", "real",
     "  1) [firefox] › visual/settings.spec.ts:9:5 › settings page ─────────────────\n\n"
     "    Error: A snapshot doesn't exist at /home/ci/app/tests/visual/settings.spec.ts-snapshots/settings-firefox-linux.png, writing actual.\n\n"
     "  1 failed\n    [firefox] › visual/settings.spec.ts:9:5 › settings page\n  8 passed (22.4s)\n" + _GHA),
    # the difference failing again on Playwright's retry: still real
    ("playwright-screenshot-fails-on-retry-too", "real",
     "  1) [chromium] › visual/cart.spec.ts:5:5 › cart summary ──────────────────────\n\n"
     "    Error: expect(page).toHaveScreenshot(expected)\n\n"
     "      412 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "    Retry #1 ───────────────────────────────────────────────────────────────\n\n"
     "    Error: expect(page).toHaveScreenshot(expected)\n\n"
     "      412 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "  1 failed\n    [chromium] › visual/cart.spec.ts:5:5 › cart summary\n" + _GHA),
    # the difference gone on Playwright's retry ("%d flaky" in the summary, the job failing on
    # --fail-on-flaky-tests): a flaky rendering, the rerun's case
    ("playwright-screenshot-flaky-on-retry", "transient",
     "  1) [chromium] › visual/cart.spec.ts:5:5 › cart summary ──────────────────────\n\n"
     "    Error: expect(page).toHaveScreenshot(expected)\n\n"
     "      412 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "  1 flaky\n    [chromium] › visual/cart.spec.ts:5:5 › cart summary\n  23 passed (1.1m)\n" + _GHA),
    # one flaky and one failed for good: the failed one decides
    ("playwright-screenshot-one-flaky-one-failed", "real",
     "  1) [chromium] › visual/cart.spec.ts:5:5 › cart summary ───\n\n"
     "    Error: expect(page).toHaveScreenshot(expected)\n\n"
     "      412 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "  2) [chromium] › visual/home.spec.ts:5:5 › hero ───\n\n"
     "    Error: expect(page).toHaveScreenshot(expected)\n\n"
     "      99 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "  1 failed\n    [chromium] › visual/home.spec.ts:5:5 › hero\n"
     "  1 flaky\n    [chromium] › visual/cart.spec.ts:5:5 › cart summary\n  22 passed (1.1m)\n" + _GHA),
    # an app's own log line about its cache, printed in the run above the pixel difference (a near-miss)
    ("playwright-screenshot-with-app-redis-log", "real",
     "[WebServer] [api] redis: connect ECONNREFUSED 127.0.0.1:6379, serving without cache\n"
     "  1) [chromium] › visual/dashboard.spec.ts:7:5 › dashboard ─────────────────────\n\n"
     "    Error: expect(page).toHaveScreenshot(expected)\n\n"
     "      9031 pixels (ratio 0.02 of all image pixels) are different.\n\n"
     "  1 failed\n    [chromium] › visual/dashboard.spec.ts:7:5 › dashboard\n" + _GHA),
    # a remote page that timed out before the screenshot (Playwright's "page.goto: Timeout %dms exceeded.")
    ("playwright-goto-remote-timeout-before-screenshot", "transient",
     "  1) [chromium] › visual/marketing.spec.ts:4:5 › landing ─────────────────────\n\n"
     "    TimeoutError: page.goto: Timeout 30000ms exceeded.\n"
     "    Call log:\n"
     "      - navigating to \"https://www.example-marketing.net/\", waiting until \"load\"\n\n"
     "  1 failed\n    [chromium] › visual/marketing.spec.ts:4:5 › landing\n" + _GHA),
    # the call log of a page.goto the job's own server refused, nothing crashed above: the refusal's reading
    # (a server not up yet), not the local-page-timeout one
    ("playwright-goto-localhost-refused-call-log", "transient",
     "  1) [chromium] › visual/home.spec.ts:4:5 › home ─────────────────────\n\n"
     "    Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/\n"
     "    Call log:\n"
     "      - navigating to \"http://localhost:3000/\", waiting until \"load\"\n\n"
     "  1 failed\n    [chromium] › visual/home.spec.ts:4:5 › home\n" + _GHA),
    # ================================================================== jest-image-snapshot
    # americanexpress/jest-image-snapshot src/index.js ("Expected image to match or be a close match to
    # snapshot but was %s%% different from snapshot (%d differing pixels).", "See diff for details:")
    ("jest-image-snapshot-percent-different", "real",
     "FAIL tests/visual/card.test.js (14.2 s)\n"
     "  ● Card › renders the promo variant\n\n"
     "    Expected image to match or be a close match to snapshot but was 2.3412% different from snapshot (11237 differing pixels).\n"
     "    See diff for details: /home/ci/app/tests/visual/__image_snapshots__/__diff_output__/card-test-js-card-renders-the-promo-variant-1-diff.png\n\n"
     "Tests:       1 failed, 14 passed, 15 total\n" + _GHA),
    # src/index.js ("Expected image to be the same size as the snapshot (%dx%d), but was different (%dx%d).")
    ("jest-image-snapshot-size-different", "real",
     "  ● Header › matches the mobile screenshot\n\n"
     "    Expected image to be the same size as the snapshot (375x120), but was different (375x164).\n"
     "    See diff for details: /home/ci/app/__image_snapshots__/__diff_output__/header-mobile-diff.png\n\n"
     "Tests:       1 failed, 6 passed, 7 total\n" + _CIRCLE),
    # src/index.js ("New snapshot was not written. The update flag must be explicitly passed to write a new
    # snapshot. ... This is likely because this test is run in a continuous integration (CI) environment")
    ("jest-image-snapshot-new-snapshot-not-written", "real",
     "  ● Footer › matches the dark theme\n\n"
     "    New snapshot was not written. The update flag must be explicitly passed to write a new snapshot.\n\n"
     "     + This is likely because this test is run in a continuous integration (CI) environment in which snapshots are not written by default.\n\n"
     "Tests:       1 failed, 9 passed, 10 total\n" + _GHA),
    # src/index.js ("A unique customSnapshotIdentifier must be set when jest.retryTimes() is used")
    ("jest-image-snapshot-retry-times-identifier", "real",
     "  ● Gallery › grid layout\n\n"
     "    A unique customSnapshotIdentifier must be set when jest.retryTimes() is used\n\n"
     "      at Object.toMatchImageSnapshot (node_modules/jest-image-snapshot/src/index.js:137:35)\n\n"
     "Tests:       1 failed, 3 passed, 4 total\n" + _GHA),
    # the snapshot difference in a test titled after a timeout the page shows (a near-miss)
    ("jest-image-snapshot-on-timeout-screen-test", "real",
     "  ● Session › shows the 'Connection timed out' screen\n\n"
     "    Expected image to match or be a close match to snapshot but was 0.8123% different from snapshot (2210 differing pixels).\n"
     "    See diff for details: /home/ci/app/__image_snapshots__/__diff_output__/session-timeout-diff.png\n\n"
     "Tests:       1 failed, 21 passed, 22 total\n" + _GHA),
    # ================================================================== BackstopJS
    # garris/BackstopJS core/util/compare/index.js ("ERROR { requireSameDimensions: %s, size: %s, content:
    # %s%%, threshold: %s%% }: %s %s"), core/command/report.js ("*** Mismatch errors found ***",
    # "Mismatch errors found."), core/command/index.js ("Command \"%s\" ended with an error after [%ss]"),
    # core/util/logger.js ("%s | %s")
    ("backstop-mismatch-errors-found", "real",
     "COMMAND | Executing core for \"test\"\n"
     "compare | OK: Header backstop_default_Header_0_document_0_phone.png\n"
     "compare | ERROR { requireSameDimensions: true, size: ok, content: 2.41%, threshold: 0.1% }: Home backstop_default_Home_0_document_1_tablet.png\n"
     " report | Test completed...\n report | 11 Passed\n report | 1 Failed\n"
     " report | *** Mismatch errors found ***\n"
     "COMMAND | Command \"test\" ended with an error after [48.112s]\n"
     "COMMAND | Error: Mismatch errors found.\n" + _GHA),
    # compare/index.js ("Reference image not found %s"): no reference bitmaps in the job
    ("backstop-reference-image-not-found", "real",
     "compare | Reference image not found backstop_default_Pricing_0_document_0_desktop.png\n"
     " report | Test completed...\n report | 0 Passed\n report | 4 Failed\n"
     " report | *** Mismatch errors found ***\n"
     "COMMAND | Command \"test\" ended with an error after [21.77s]\n" + _CIRCLE),
    # a remote scenario URL that timed out in the puppeteer engine, then the comparison's "Test image not
    # found" for the missing capture
    ("backstop-remote-scenario-navigation-timeout", "transient",
     "CREATING NEW REFERENCE FILES\n"
     "######## Error running Puppeteer ######### TimeoutError: Navigation timeout of 60000 ms exceeded\n"
     "compare | Test image not found backstop_default_Blog_0_document_0_desktop.png\n"
     " report | Test completed...\n report | 6 Passed\n report | 1 Failed\n"
     " report | *** Mismatch errors found ***\n" + _GHA),
    # core/util/runDocker.js (the image pulled by `backstop test --docker`) with Docker Hub's rate limit
    ("backstop-docker-pull-rate-limited", "transient",
     "Delegating command to Docker...\n"
     "Unable to find image 'backstopjs/backstopjs:6.3.23' locally\n"
     "docker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.\n"
     "COMMAND | Command \"test\" ended with an error after [3.204s]\n"
     "COMMAND | Error: docker returned 125\n" + _GHA),
    # core/util/runPlaywright.js under the playwright engine: the browser did not start in time
    # (Playwright's "browserType.launch: Timeout %dms exceeded.")
    ("backstop-playwright-launch-timeout", "transient",
     "COMMAND | Executing core for \"test\"\n"
     "browserType.launch: Timeout 180000ms exceeded.\n"
     "=========================== logs ===========================\n"
     "<launching> /ms-playwright/chromium-1091/chrome-linux/chrome --disable-field-trial-config --headless\n"
     "COMMAND | Command \"test\" ended with an error after [181.2s]\n" + _GHA),
    # BackstopJS core/util/runPlaywright.js ("Playwright encountered an error while running scenario \"%s\"") on
    # the job's own server, nothing crashed above: report.js's "*** Mismatch errors found ***" follows any failed
    # capture and is not a pixel difference
    ("backstop-playwright-localhost-refused", "transient",
     "Playwright encountered an error while running scenario \"Homepage\"\n"
     "page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/\n"
     "compare | Test image not found backstop_default_Homepage_0_document_0_desktop.png\n"
     " report | *** Mismatch errors found ***\n" + _GHA),
    # ================================================================== Loki
    # oblador/loki packages/runner/src/commands/test/compare-screenshot.js ("Screenshot differs from
    # reference, see %s"), renderers/render-task.js ("FAIL %s: %s"), commands/test/index.js ("Visual tests
    # failed", "You can update the reference files with:")
    ("loki-screenshot-differs", "real",
     "loki test v0.35.0\n"
     "FAIL chrome.docker/laptop/Forms/Input/With error: Screenshot differs from reference, see .loki/difference/chrome_laptop_Forms_Input_With_error.png\n"
     "Visual tests failed\n"
     "You can update the reference files with:\n"
     "loki update --storiesFilter=\"^Forms Input With error$\"\n" + _GHA),
    # compare-screenshot.js ("No reference image found")
    ("loki-no-reference-image", "real",
     "loki test v0.35.0\n"
     "FAIL chrome.docker/iphone7/Navigation/Tabs/Default: No reference image found\n"
     "Visual tests failed\n"
     "You can update the reference files with:\n" + _CIRCLE),
    # packages/target-chrome-core/src/create-chrome-target.js ("Failed to render with error \"%s\""),
    # commands/test/index.js ("Some visual tests failed to run")
    ("loki-failed-to-render", "real",
     "loki test v0.35.0\n"
     "FAIL chrome.docker/laptop/Reports/Table/Empty: Failed to render with error \"Cannot read properties of undefined (reading 'map')\"\n"
     "Some visual tests failed to run\n" + _GHA),
    # packages/core/src/errors.js MissingDependencyError ("%s is not installed")
    ("loki-docker-not-installed", "real",
     "loki test v0.35.0\n"
     "FAIL chrome.docker: docker is not installed\n"
     "Some visual tests failed to run\n" + _GL),
    # packages/target-chrome-docker (execa's "Command failed with exit code %d: docker pull %s") with the
    # registry's TLS handshake timing out
    ("loki-docker-pull-tls-timeout", "transient",
     "loki test v0.35.0\n"
     "FAIL chrome.docker: Command failed with exit code 1: docker pull yukinying/chrome-headless-browser-stable:118.0.5993.117\n"
     "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: TLS handshake timeout\n"
     + _GHA),
    # ================================================================== reg-suit
    # reg-viz/reg-suit packages/reg-keygen-git-hash-plugin/src/index.ts ("reg-keygen-git-hash-plugin does not
    # work outside of a Git repository. Please retry after running `git init`."), reg-suit-util logger
    # ("[reg-suit] error ...")
    ("reg-suit-outside-git-repository", "real",
     "$ reg-suit run\n"
     "[reg-suit] info version: 0.14.3\n"
     "[reg-suit] error reg-keygen-git-hash-plugin does not work outside of a Git repository. Please retry after running `git init`.\n"
     "[reg-suit] warn Failed to generate the current snapshot key.\n" + _GHA),
    # packages/reg-keygen-git-hash-plugin/src/commit-explorer.ts ("Can't detect branch name because HEAD is
    # on detached commit node.")
    ("reg-suit-detached-head", "real",
     "[reg-suit] info version: 0.14.3\n"
     "[reg-suit] error Can't detect branch name because HEAD is on detached commit node.\n"
     "[reg-suit] warn Failed to detect the previous snapshot key\n"
     "Error: Can't detect branch name because HEAD is on detached commit node.\n" + _GHA),
    # packages/reg-publish-s3-plugin (the S3 SDK's error) with S3's 503 SlowDown (AWS S3 error codes)
    ("reg-suit-s3-slow-down", "transient",
     "[reg-suit] info Detected the previous snapshot key: '3f2a9c1'\n"
     "[reg-suit] info Download 212 files from example-vrt-bucket.\n"
     "SlowDown: Please reduce your request rate.\n"
     "    at throwDefaultError (/home/ci/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)\n"
     "  $metadata: { httpStatusCode: 503, requestId: 'N0TAR3ALID' }\n" + _GHA),
    # the same publisher with S3's AccessDenied (403): the job's credentials
    ("reg-suit-s3-access-denied", "real",
     "[reg-suit] info Detected the previous snapshot key: '3f2a9c1'\n"
     "AccessDenied: Access Denied\n"
     "    at throwDefaultError (/home/ci/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)\n"
     "  $metadata: { httpStatusCode: 403, requestId: 'N0TAR3ALID' }\n" + _GHA),
    # packages/reg-notify-gitlab-plugin/src/gitlab-api-client.ts ("HTTP %d: Failed to request.") with a 502
    ("reg-suit-gitlab-notify-502", "transient",
     "[reg-suit] info Comparison Complete\n"
     "[reg-suit] info    Changed items: 2\n"
     "[reg-suit] info Published snapshot 'b71e0d4' successfully.\n"
     "Error: HTTP 502: Failed to request.\n"
     "    at GitLabApiClient.postMergeRequestNote (/home/ci/app/node_modules/reg-notify-gitlab-plugin/lib/gitlab-api-client.js:88:19)\n"
     + _GL),
    # packages/reg-publish-gcs-plugin (the GCS client's ApiError) with GCS's 503 backend error
    ("reg-suit-gcs-backend-error-503", "transient",
     "[reg-suit] info Detected the previous snapshot key: '3f2a9c1'\n"
     "ApiError: We encountered an internal error. Please try again.\n"
     "    at new ApiError (/home/ci/app/node_modules/@google-cloud/storage/build/cjs/src/nodejs-common/util.js:113:15)\n"
     "  code: 503,\n" + _GHA),
    # ================================================================== Applitools Eyes
    # applitools SDKs' DiffsFoundError ("Test '%s' of '%s' detected differences! See details at: %s") (stored
    # copies of the JS, Python and Ruby SDKs)
    ("applitools-diffs-found", "real",
     "  1) Checkout flow\n       visual check:\n"
     "     DiffsFoundError: Test 'Checkout' of 'Shop Web' detected differences! See details at: https://eyes.example-eyes.com/app/batches/00000251/00000251?accountId=abc\n"
     "      at EyesRunner.getAllTestResults (node_modules/@applitools/eyes/dist/Runners.js:61:23)\n\n"
     "  1 failing\n" + _GHA),
    # NewTestError ("Test '%s' of '%s' is new! Please approve the new baseline at %s"): no baseline
    ("applitools-new-test-baseline", "real",
     "  1) Profile\n       visual check:\n"
     "     NewTestError: Test 'Profile' of 'Shop Web' is new! Please approve the new baseline at https://eyes.example-eyes.com/app/batches/00000252/00000252\n\n"
     "  1 failing\n" + _CIRCLE),
    # the SDK's request error ("Request \"%s\" that was sent to the address \"[%s]%s\" failed due to unexpected
    # status %s(%d) with body %s") with a 503
    ("applitools-request-503", "transient",
     "Eyes: starting session for 'Checkout' of 'Shop Web'\n"
     "Error: Request \"startSession\" that was sent to the address \"[POST]https://eyesapi.example-eyes.com/api/sessions/running\" failed due to unexpected status Service Unavailable(503) with body \"\"\n"
     "    at Object.afterResponse (node_modules/@applitools/core/dist/server/requests.js:612:23)\n"
     + _GHA),
    # the same with 429
    ("applitools-request-429", "transient",
     "Error: Request \"render\" that was sent to the address \"[POST]https://render.example-eyes.com/render\" failed due to unexpected status Too Many Requests(429) with body \"\"\n"
     "    at Object.afterResponse (node_modules/@applitools/core/dist/server/requests.js:612:23)\n"
     + _CIRCLE),
    # the same with 401: a refused API key
    ("applitools-request-401", "real",
     "Error: Request \"startSession\" that was sent to the address \"[POST]https://eyesapi.example-eyes.com/api/sessions/running\" failed due to unexpected status Unauthorized(401) with body \"{\\\"message\\\":\\\"Unauthorized\\\"}\"\n"
     "    at Object.afterResponse (node_modules/@applitools/core/dist/server/requests.js:612:23)\n"
     + _GHA),
    # ================================================================== Happo
    # happo/happo.io src/makeRequest.js ("Failed %s %s. Retrying (at %s) ...", "Request to %s %s failed: %d -
    # %s", "(took %d ms)")
    ("happo-request-502-after-retries", "transient",
     "Failed POST https://happo.example-happo.io/api/snap-requests/with-results. Retrying (at 2026-03-02T10:14:06.118Z) ...\n"
     "Failed POST https://happo.example-happo.io/api/snap-requests/with-results. Retrying (at 2026-03-02T10:14:09.402Z) ...\n"
     "Error: Request to POST https://happo.example-happo.io/api/snap-requests/with-results failed: 502 - <html><head><title>502 Bad Gateway</title></head></html> (took 1204 ms)\n"
     + _GHA),
    # makeRequest.js ("Timeout when fetching %s using method %s")
    ("happo-request-timeout", "transient",
     "Error: Timeout when fetching https://happo.example-happo.io/api/jobs/9f1a/2b7c using method GET (took 60003 ms)\n"
     "    at makeRequest (/home/ci/app/node_modules/happo.io/build/makeRequest.js:104:17)\n" + _CIRCLE),
    # node-fetch's connection error through the same request helper
    ("happo-request-connection-reset", "transient",
     "Failed GET https://happo.example-happo.io/api/reports/9f1a. Retrying (at 2026-03-02T10:20:01.004Z) ...\n"
     "FetchError: request to https://happo.example-happo.io/api/reports/9f1a failed, reason: read ECONNRESET (took 31 ms)\n"
     + _GHA),
    # the same with 401
    ("happo-request-401", "real",
     "Error: Request to POST https://happo.example-happo.io/api/snap-requests/with-results failed: 401 - {\"error\":\"Invalid API key\"} (took 212 ms)\n"
     "    at makeRequest (/home/ci/app/node_modules/happo.io/build/makeRequest.js:97:19)\n" + _GHA),
    # ================================================================== Lost Pixel
    # lost-pixel/lost-pixel src/checkDifferences.ts ("Difference of %d pixels (%s%%) found. Difference image
    # saved to: %s"), src/runner.ts ("👋 Exiting process with %d found differences & %d baselines to update")
    ("lost-pixel-differences-found", "real",
     "🔍 Checking differences\n"
     "Comparing 40 screenshots using 'pixelmatch' as compare engine\n"
     "[12/40] Comparing 'story--button--primary'\n"
     "[12/40] Difference of 5421 pixels (1.32%) found. Difference image saved to: .lost-pixel/difference/story--button--primary.png\n"
     "Comparison done!\n"
     "👋 Exiting process with 1 found differences & 0 baselines to update\n" + _GHA),
    # src/api.ts ("API response: ", axios's "Request failed with status code %d") in platform mode
    ("lost-pixel-api-502", "transient",
     "📦 Preparing upload\n"
     "❌ API response:  Request failed with status code 502\n"
     "❌ Error: Failed to send logs to API\n" + _GHA),
    # src/createShots.ts ("Error: Stories not found")
    ("lost-pixel-stories-not-found", "real",
     "📸 Creating shots\n"
     "❌ Error: Stories not found\n" + _GHA),
]

# Wordings printed both for an outage and for a persistent cause: never a transient at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # pa11y before 9 (pa11y/pa11y lib/pa11y.js at 4df28d4: "Pa11y timed out (%dms)") on the job's own server
    ("pa11y-timed-out-local",
     "Welcome to Pa11y\n\n"
     " > Running Pa11y on URL http://localhost:4000/search\n\n"
     "Error: Pa11y timed out (30000ms)\n" + _GHA),
    # bin/pa11y-ci.js ("The sitemap \"%s\" could not be loaded"): any fetch error, a wrong URL as well
    ("pa11y-ci-sitemap-could-not-be-loaded",
     "$ pa11y-ci --sitemap https://preview-412.example-shop.net/sitemap.xml\n"
     "The sitemap \"https://preview-412.example-shop.net/sitemap.xml\" could not be loaded\n" + _GHA),
    # axe-core-npm bin/index.ts (selenium's ScriptTimeoutError, "The timeout is currently configured to be %d
    # seconds (you can change it with --timeout).") : a slow runner, or a page too big for the timeout
    ("axe-cli-script-timeout",
     "Testing http://localhost:3000/catalog ... please wait, this may take a minute.\n"
     "Error: script timeout\n"
     "  (Session info: chrome=120.0.6099.109)\n"
     "The timeout is currently configured to be 90 seconds (you can change it with --timeout).\n" + _GHA2),
    # bin/index.ts ("An error occurred while testing this page.") without --show-errors: no cause given
    ("axe-cli-error-occurred-while-testing",
     "Testing http://localhost:3000 ... please wait, this may take a minute.\n"
     "An error occurred while testing this page.\n"
     "Please report the problem to: https://github.com/dequelabs/axe-core-npm/issues/\n" + _GHA),
    # storybookjs/test-runner src/test-storybook.ts ("Failed to fetch index data from the project.") for the
    # job's own static Storybook
    ("storybook-test-runner-index-not-fetched",
     "[test-storybook] Failed to fetch index data from the project.\n\n"
     "Make sure that either of these URLs are available with valid data in your Storybook:\n"
     "http://127.0.0.1:6006/stories.json\n"
     "http://127.0.0.1:6006/index.json\n\n"
     "More info: https://github.com/storybookjs/test-runner/blob/main/README.md#indexjson-mode\n" + _GHA),
    # Playwright's unstable screenshot ("Failed to take two consecutive stable screenshots."): an animation
    # the change added, or a slow frame
    ("playwright-unstable-screenshot",
     "    Error: expect(page).toHaveScreenshot(expected) failed\n\n"
     "    Timeout: 5000ms\n"
     "      Failed to take two consecutive stable screenshots.\n\n"
     "      Snapshot: home-desktop.png\n\n"
     "    Call log:\n"
     "      - generating new stable screenshot expectation\n"
     "      - Timeout 5000ms exceeded.\n\n"
     "  1 failed\n    [chromium] › visual.spec.ts:20:3 › home desktop\n" + _GHA),
    # page.goto against the job's own web server before the screenshot
    ("playwright-goto-localhost-timeout",
     "  1) [chromium] › visual/home.spec.ts:4:5 › home ─────────────────────\n\n"
     "    TimeoutError: page.goto: Timeout 30000ms exceeded.\n"
     "    Call log:\n"
     "      - navigating to \"http://localhost:3000/\", waiting until \"load\"\n\n"
     "  1 failed\n    [chromium] › visual/home.spec.ts:4:5 › home\n" + _GHA),
    # core/util/runPuppet.js ("ReadyEvent not detected within readyTimeout limit. (%d ms)") above the
    # mismatch it may have caused
    ("backstop-ready-event-not-detected",
     "   Home | ReadyEvent not detected within readyTimeout limit. (30000 ms) http://localhost:8080/\n"
     "compare | ERROR { requireSameDimensions: true, size: isDifferent, content: 11.02%, threshold: 0.1% }: Home backstop_default_Home_0_document_0_desktop.png\n"
     " report | *** Mismatch errors found ***\n" + _GHA),
    # oblador/loki packages/target-chrome-core/src/create-chrome-target.js ("Failed fetching stories because
    # the server is down", "Try starting it with \"yarn storybook\" ...")
    ("loki-server-is-down",
     "loki test v0.35.0\n"
     "FAIL chrome.docker: Failed fetching stories because the server is down\n"
     "Try starting it with \"yarn storybook\" or pass the --port or --host arguments if it's not running at http://localhost:6006\n"
     + _GHA),
    # packages/core/src/failure-handling.js TimeoutError ("%s timed out after %dms") in a story's capture
    ("loki-operation-timed-out",
     "loki test v0.35.0\n"
     "FAIL chrome.docker/laptop/Maps/Cluster/Dense: Operation timed out after 60000ms\n"
     "Some visual tests failed to run\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_visual_and_accessibility_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_visual_and_accessibility_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    " > http://localhost:8080/ - ",
    "A snapshot doesn't exist at ",
    'There was a problem loading "',
    '  - navigating to "http://localhost:3000/',
    "compare | ERROR { requireSameDimensions: true, size: ok, content: ",
    ": Screenshot differs from reference, see ",
    "Exiting process with 1 found differences & ",
]
