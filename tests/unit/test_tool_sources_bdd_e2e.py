"""Eighteenth round, tool sources: BDD and acceptance/E2E test frameworks as CI runs them.

Covered: Cucumber (cucumber-js's summary, undefined, pending and ambiguous steps, its step timeout;
cucumber-jvm's UndefinedStepException and AmbiguousStepDefinitionsException; cucumber-ruby's
summary), Behave (its summary, "ASSERT FAILED", undefined steps, HOOK-ERROR), Robot Framework (its
console's "| FAIL |" lines, "No keyword with name", "Setup failed", "Suite setup failed", test and
keyword timeouts, a variable not found; SeleniumLibrary's element waits), Gauge (step
implementations not found, the language runner's connection timeout), Karate (match failures and
status checks beside the ones in test_tool_sources_api_perf_contract.py), CodeceptJS ("Can't
connect to WebDriver", element not found, "No steps matching"), Nightwatch (session creation,
element waits, "TEST FAILURE"), TestCafe (a page that did not load, a selector that matches
nothing, a JavaScript error on the page, its assertion) and WebdriverIO (the request errors of its
webdriver package, "Failed to create a session", an element that was not found). Selenium, the
browser drivers, TestCafe's browser connection and WebdriverIO's wait helpers are in
test_tool_sources_browser.py and test_tool_sources_test_waits.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source (the comment above each case names the repository and
file): cucumber/cucumber-js, behave/behave, robotframework/robotframework, getgauge/gauge,
karatelabs/karate, codeceptjs/CodeceptJS, nightwatchjs/nightwatch, DevExpress/testcafe (and
testcafe-hammerhead's request messages), webdriverio/webdriverio. cucumber-jvm's and cucumber-ruby's
wordings, Robot SeleniumLibrary's and Serenity BDD's were taken from their published output (the
index's copies of cucumber-jvm's exception classes and formatter) rather than from a full fetch.
Hosts, features, selectors and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a browser session or grid that could not be reached or was lost on a remote farm (WebdriverIO's
    request errors ECONNRESET/ETIMEDOUT/fetch failed to a remote hub, Nightwatch's or CodeceptJS's
    connection refused by a remote grid, a page TestCafe's proxy could not fetch because the
    connection was reset, a 502 from the grid at session creation) -> transient;
  * a persistent cause (an undefined, pending under --strict, or ambiguous step; a keyword or step
    implementation that does not exist; a selector that matches nothing; a failed expectation or
    match on the page or the API; a JavaScript error the page threw; a session refused because the
    driver does not support the browser's version; a variable not found) -> real;
  * near-misses: an application's own log lines naming a connection error above a failed
    expectation, a scenario ABOUT an outage, a driver the job itself started on localhost -> real
    or not surely transient;
  * a test or keyword timeout the suite set, alone -> transient, modestly (the nineteenth round's one rule for
    a harness's own time limit, test_rules19_timeouts.py);
  * wordings printed for both (an element wait that ran
    out, Gauge's runner connection timeout, a driver refused on the job's own localhost) -> not
    surely transient; cucumber-js's step timeout alone reads like mocha's test timeout (transient,
    as test_tool_sources_test_waits.py holds for a framework's time limit).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_CJS = "+ npx cucumber-js --format progress\n"
_BEHAVE = "+ behave --format pretty features/\n"
_ROBOT = ("+ robot --outputdir results tests/acceptance\n"
          "==============================================================================\n"
          "Acceptance\n"
          "==============================================================================\n")
_ROBOT_END = ("Output:  /builds/shop/results/output.xml\n"
              "Log:     /builds/shop/results/log.html\n"
              "Report:  /builds/shop/results/report.html\n")
_WDIO = "+ npx wdio run ./wdio.conf.ts\n\nExecution of 6 workers started at 2026-05-04T09:12:41.220Z\n\n"
_WDIO_END = "Spec Files:\t 5 passed, 1 failed, 6 total (100% completed) in 00:01:12\n"
_NW = "+ npx nightwatch --env chrome tests/e2e\n\n[Checkout] Test Suite\n"
_TC = "+ npx testcafe chrome:headless tests/e2e\n Running tests in:\n - Chrome 122.0.0.0 / Ubuntu 22.04\n\n Checkout\n"
_CODECEPT = "+ npx codeceptjs run --steps\nCodeceptJS v3.6.2 #StandWithUkraine\nUsing test root \"/app/e2e\"\n\n"
_GAUGE = "+ gauge run specs\n"
_KARATE = "+ mvn -B test -Dtest=OrdersRunner\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== cucumber-js
    # cucumber/cucumber-js src/formatter/helpers/test_case_attempt_formatter.ts ("Undefined. Implement
    # with the following snippet:") and summary_helpers.ts (the "N scenarios (...)" line)
    ("cucumber-js-undefined-step", "real",
     _CJS + "...U-\n\nFailures:\n\n"
     "1) Scenario: Pay with a saved card # features/checkout.feature:12\n"
     "   ✔ Given a signed-in customer # features/steps/session.ts:8\n"
     "   ? When she pays with her saved card\n"
     "       Undefined. Implement with the following snippet:\n\n"
     "         When('she pays with her saved card', function () {\n"
     "           return 'pending';\n         });\n\n"
     "4 scenarios (1 undefined, 3 passed)\n12 steps (1 undefined, 1 skipped, 10 passed)\n" + _GHA),
    # src/runtime/helpers.ts ("Multiple step definitions match:")
    ("cucumber-js-ambiguous-step", "real",
     _CJS + "..A-\n\nFailures:\n\n"
     "1) Scenario: Apply a coupon # features/coupon.feature:4\n"
     "   ✖ When she applies the coupon \"SPRING\"\n"
     "       Multiple step definitions match:\n"
     "         she applies the coupon {string} - features/steps/coupon.ts:11\n"
     "         she applies the coupon {word}   - features/steps/legacy.ts:40\n\n"
     "3 scenarios (1 ambiguous, 2 passed)\n" + _GHA),
    # src/configuration/argv_parser.ts (--strict: "fail if there are pending steps"),
    # test_case_attempt_formatter.ts ("Pending")
    ("cucumber-js-pending-strict", "real",
     "+ npx cucumber-js --strict\n..P-\n\nWarnings:\n\n"
     "1) Scenario: Refund an order # features/refund.feature:3\n"
     "   ? When the clerk refunds the order # features/steps/refund.ts:5\n"
     "       Pending\n\n"
     "2 scenarios (1 pending, 1 passed)\n7 steps (1 pending, 1 skipped, 5 passed)\n" + _CIRCLE),
    # a failed expectation in a step (the summary's "failed")
    ("cucumber-js-assertion-failed", "real",
     _CJS + "...F-\n\nFailures:\n\n"
     "1) Scenario: Cart total # features/cart.feature:7\n"
     "   ✖ Then the total is \"€42.00\" # features/steps/cart.ts:30\n"
     "       AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n"
     "       '€40.00' !== '€42.00'\n\n"
     "           at World.<anonymous> (features/steps/cart.ts:31:12)\n\n"
     "5 scenarios (1 failed, 4 passed)\n" + _GHA),
    # ================================================================== cucumber-jvm
    # cucumber/cucumber-jvm AmbiguousStepDefinitionsException (createMessage: "... matches more
    # than one step definition:") as the index holds it
    ("cucumber-jvm-ambiguous-step-definitions", "real",
     _KARATE.replace("OrdersRunner", "CucumberIT") +
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 4.2 s <<< FAILURE! -- in com.example.shop.CucumberIT\n"
     "[ERROR] Checkout.Pay by invoice -- Time elapsed: 0.03 s <<< ERROR!\n"
     "io.cucumber.core.runner.AmbiguousStepDefinitionsException: \"the customer pays by invoice\" matches more than one step definition:\n"
     "  \"the customer pays by {word}\" in com.example.shop.steps.PaySteps.paysBy(java.lang.String)\n"
     "  \"the customer pays by invoice\" in com.example.shop.steps.InvoiceSteps.paysByInvoice()\n"
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + _GHA),
    # cucumber-jvm's summary printer ("You can implement missing steps with the snippets below:")
    ("cucumber-jvm-missing-steps-snippets", "real",
     "> Task :acceptanceTest\n\n"
     "3 Scenarios (1 undefined, 2 passed)\n14 Steps (2 skipped, 1 undefined, 11 passed)\n0m3.412s\n\n"
     "You can implement missing steps with the snippets below:\n\n"
     "@When(\"the clerk archives the order\")\npublic void the_clerk_archives_the_order() {\n"
     "    throw new io.cucumber.java.PendingException();\n}\n\n"
     "> Task :acceptanceTest FAILED\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # ================================================================== cucumber-ruby
    # cucumber/cucumber-ruby's summary ("N scenarios (1 failed, ...)", "Failing Scenarios:")
    ("cucumber-ruby-failing-scenarios", "real",
     "+ bundle exec cucumber --format progress\n....F..\n\n"
     "(::) failed steps (::)\n\n"
     "expected to find text \"Order placed\" in \"Your card was declined\" (RSpec::Expectations::ExpectationNotMetError)\n"
     "./features/step_definitions/checkout_steps.rb:22:in `/^I should see \"([^\"]*)\"$/'\n"
     "features/checkout.feature:14:in `I should see \"Order placed\"'\n\n"
     "Failing Scenarios:\n"
     "cucumber features/checkout.feature:10 # Scenario: Pay with a card\n\n"
     "3 scenarios (1 failed, 2 passed)\n" + _CIRCLE),
    # ================================================================== Behave
    # behave/behave behave/model.py (_process_error: "ASSERT FAILED: {e}"), the summary reporter
    ("behave-assert-failed", "real",
     _BEHAVE +
     "  Scenario: Login with a locked account          # features/login.feature:14\n"
     "    Given a locked account \"ana\"               # features/steps/login.py:9 0.012s\n"
     "    Then the page says \"Account locked\"        # features/steps/login.py:30 0.104s\n"
     "      ASSERT FAILED: 'Welcome back, ana' != 'Account locked'\n\n"
     "Failing scenarios:\n  features/login.feature:14  Login with a locked account\n\n"
     "0 features passed, 1 failed, 0 skipped\n3 scenarios passed, 1 failed, 0 skipped\n"
     "14 steps passed, 1 failed, 0 skipped, 0 undefined\n" + _GHA),
    # behave/runner_util.py ("You can implement step definitions for undefined steps with these snippets:")
    ("behave-undefined-steps", "real",
     _BEHAVE +
     "    When the clerk archives the order            # None\n\n"
     "Failing scenarios:\n  features/orders.feature:21  Archive an order\n\n"
     "0 features passed, 1 failed, 0 skipped\n2 scenarios passed, 1 failed, 0 skipped\n"
     "9 steps passed, 0 failed, 1 skipped, 1 undefined\n\n"
     "You can implement step definitions for undefined steps with these snippets:\n\n"
     "@when(u'the clerk archives the order')\ndef step_impl(context):\n"
     "    raise NotImplementedError(u'STEP: When the clerk archives the order')\n" + _GL),
    # behave/runner.py ("HOOK-ERROR in {hook}: {error}") with a fixture the hook could not load
    ("behave-hook-error-module-not-found", "real",
     _BEHAVE + "HOOK-ERROR in before_all: ModuleNotFoundError: No module named 'shop_fixtures'\n\n"
     "0 features passed, 0 failed, 0 skipped\n0 scenarios passed, 0 failed, 0 skipped\n"
     "Errored scenarios:\n  features/orders.feature:3  List orders\n" + _GHA),
    # ================================================================== Robot Framework
    # robotframework/robotframework src/robot/running/namespace.py ("No keyword with name '{name}' found.")
    ("robot-no-keyword-with-name", "real",
     _ROBOT +
     "Valid Login                                                           | FAIL |\n"
     "No keyword with name 'Open Browzer' found.\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "4 tests, 3 passed, 1 failed\n"
     "==============================================================================\n" + _ROBOT_END + _GHA),
    # src/robot/running/status.py ("Suite setup failed:\n%s") over a resource file that does not exist
    ("robot-suite-setup-failed-variable-not-found", "real",
     _ROBOT +
     "Acceptance                                                            | FAIL |\n"
     "Suite setup failed:\n"
     "Variable '${BASE_URL}' not found.\n\n"
     "Also parent suite setup failed:\n"
     "4 tests, 0 passed, 4 failed\n"
     "==============================================================================\n" + _ROBOT_END + _GHA),
    # src/robot/running/status.py ("Setup failed:") over a SeleniumLibrary locator wait
    # (robotframework/SeleniumLibrary: "Element with locator '...' not found.")
    ("robot-setup-failed-element-not-found", "real",
     _ROBOT +
     "Add Item To Cart                                                      | FAIL |\n"
     "Setup failed:\n"
     "Element with locator 'id:add-to-cart' not found.\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "6 tests, 5 passed, 1 failed\n" + _ROBOT_END + _GHA),
    # a keyword's value check (BuiltIn's "Should Be Equal": "first != second")
    ("robot-should-be-equal-failed", "real",
     _ROBOT +
     "Order Total Is Shown                                                  | FAIL |\n"
     "Total: 40.00 != Total: 42.00\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "6 tests, 5 passed, 1 failed\n" + _ROBOT_END + _CIRCLE),
    # Robot's RequestsLibrary over a remote staging API that reset the connection (urllib3's wording)
    ("robot-requests-connection-reset-remote", "transient",
     _ROBOT +
     "Create Order Via API                                                  | FAIL |\n"
     "ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "6 tests, 5 passed, 1 failed\n" + _ROBOT_END + _GHA),
    # ================================================================== Gauge
    # getgauge/gauge validation/validate.go (StepValidationError: "%s:%d %s => '%s'", "[ValidationError] %s")
    ("gauge-step-implementation-not-found", "real",
     _GAUGE +
     "[ValidationError] specs/checkout.spec:18 Step implementation not found => 'Pay with a saved card'\n"
     "Add the following missing implementations to fix `Step implementation not found` errors.\n\n"
     "\t@Step(\"Pay with a saved card\")\n\tpublic void payWithASavedCard(){\n"
     "\t\tthrow new UnsupportedOperationException(\"Provide custom implementation\");\n\t}\n" + _GHA),
    # execution/execute.go (the "Specifications:"/"Scenarios:" summary) over a failed step
    ("gauge-scenario-step-failed", "real",
     _GAUGE +
     "# Checkout\n  ## Pay with a card\t ✘\n"
     "        Failed Step: Then the receipt shows \"Paid\"\n"
     "        Specification: specs/checkout.spec:22\n"
     "        Error Message: expected:<[Paid]> but was:<[Declined]>\n"
     "Specifications:\t3 executed\t2 passed\t1 failed\t0 skipped\n"
     "Scenarios:\t9 executed\t8 passed\t1 failed\t0 skipped\n" + _GHA),
    # ================================================================== Karate
    # karatelabs/karate karate-core match/Operation.java ("match failed for name: '%s'")
    ("karate-match-failed-for-name", "real",
     _KARATE +
     "10:14:07.120 [main] ERROR com.intuit.karate - src/test/java/orders/orders.feature:21\n"
     "And match response == { id: '#number', status: 'PAID' }\n"
     "match failed: EQUALS\n  $ | match failed for name: 'status' (MAP:MAP)\n"
     "  $.status | not equal (STRING:STRING)\n  'PENDING'\n  'PAID'\n\n"
     "scenarios:  12 | passed:   11 | 1 failed\n"
     "[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0\n" + _GHA),
    # karate-core output/HttpLogger.java ("status code was: %d, expected: %d"): a 404 of the API
    ("karate-status-code-404", "real",
     _KARATE +
     "10:14:07.120 [main] ERROR com.intuit.karate - src/test/java/orders/orders.feature:9\n"
     "Then status 200\nstatus code was: 404, expected: 200, response time in milliseconds: 18, "
     "url: http://orders-api:8080/orders/42, response: \n{\"error\":\"order not found\"}\n"
     "failed features:\n  orders.feature\n"
     "scenarios:  12 | passed:   11 | 1 failed\n" + _GHA),
    # ================================================================== CodeceptJS
    # codeceptjs/CodeceptJS lib/helper/errors/ElementNotFound.js ('was not found by text|CSS|XPath')
    ("codeceptjs-element-not-found", "real",
     _CODECEPT +
     "Checkout --\n  ✖ pays with a saved card in 5321ms\n\n-- FAILURES:\n\n"
     "  1) Checkout\n       pays with a saved card:\n"
     "     Element \"#pay-now\" was not found by text|CSS|XPath\n\n"
     "  Scenario Steps:\n  - I.click(\"#pay-now\") at Test.<anonymous> (./checkout_test.js:14:7)\n\n"
     "  FAIL  | 7 passed, 1 failed   // 41s\n" + _GHA),
    # lib/interfaces/bdd.js ('No steps matching "..."')
    ("codeceptjs-no-steps-matching", "real",
     _CODECEPT +
     "  1) Refunds\n       Refund an order:\n"
     "     No steps matching \"the clerk refunds the order\"\n\n"
     "  FAIL  | 3 passed, 1 failed   // 12s\n" + _GHA),
    # lib/helper/errors/ConnectionRefused.js ("Can't connect to WebDriver.") to a remote grid
    ("codeceptjs-cant-connect-remote-grid", "transient",
     _CODECEPT +
     "  1) Checkout\n       pays with a saved card:\n"
     "     Can't connect to WebDriver.\n"
     "     Error: connect ECONNREFUSED 10.20.4.31:4444\n\n"
     "     Please make sure Selenium Server is running and accessible\n\n"
     "  FAIL  | 0 passed, 1 failed   // 2s\n" + _GHA),
    # ================================================================== Nightwatch
    # nightwatchjs/nightwatch lib/transport/selenium-webdriver/index.js (handleConnectError: "An error
    # occurred while creating a new %s session: [%s] %s") with a driver/browser version mismatch
    ("nightwatch-session-not-created-version", "real",
     _NW +
     "  Error\n"
     "  An error occurred while creating a new ChromeDriver session: [SessionNotCreatedError] "
     "session not created: This version of ChromeDriver only supports Chrome version 114\n"
     "Current browser version is 122.0.6261.94 with binary path /usr/bin/google-chrome\n"
     "  Verify if ChromeDriver is configured correctly; using:\n  { port: 9515 }\n" + _GHA),
    # lib/api/element-commands/_waitFor.js is the wait; lib/api/expect/assertions/element/text.js
    # ("Expected element %s text to") with a settled value, and global-reporter.js ("TEST FAILURE")
    ("nightwatch-expect-text-failed", "real",
     _NW +
     "  ✖ NightwatchAssertError\n"
     "   Expected element <#total> text to equal: \"€42.00\" - expected \"equal '€42.00'\" but got: \"€40.00\" (21ms)\n\n"
     "  TEST FAILURE (14.2s):\n   - 1 assertions failed; 11 passed\n\n"
     "   ✖ 1) checkout\n" + _GHA),
    # ================================================================== TestCafe
    # DevExpress/testcafe src/errors/test-run/templates.js (actionElementNotFoundError)
    ("testcafe-selector-matches-nothing", "real",
     _TC +
     " ✖ Pays with a saved card\n\n"
     "   1) The specified selector does not match any element in the DOM tree.\n\n"
     "       > | Selector('#pay-now')\n\n"
     "      Browser: Chrome 122.0.0.0 / Ubuntu 22.04\n\n"
     "         18 |    await t.click('#pay-now');\n\n"
     " 1/9 failed (41s)\n" + _GHA),
    # same file (uncaughtErrorOnPage: "A JavaScript error occurred on ...")
    ("testcafe-javascript-error-on-page", "real",
     _TC +
     " ✖ Opens the cart\n\n"
     "   1) A JavaScript error occurred on \"http://localhost:3000/cart\".\n"
     "      Repeat test actions in the browser and check the console for errors.\n\n"
     "      JavaScript error details:\n"
     "      TypeError: Cannot read properties of undefined (reading 'items')\n"
     "          at renderCart (http://localhost:3000/static/js/main.js:1:2041)\n\n"
     " 1/9 failed (33s)\n" + _GHA),
    # same file (externalAssertionLibraryError) with a settled value
    ("testcafe-assertion-error", "real",
     _TC +
     " ✖ Shows the total\n\n"
     "   1) AssertionError: expected '€40.00' to deeply equal '€42.00'\n\n"
     "      Browser: Chrome 122.0.0.0 / Ubuntu 22.04\n\n"
     " 1/9 failed (29s)\n" + _GHA),
    # same file (pageLoadError) with testcafe-hammerhead's destConnectionTerminated ("Failed to
    # perform a request to the resource at ... because of an error.") on a remote staging host
    ("testcafe-page-load-connection-reset", "transient",
     _TC +
     " ✖ Pays with a saved card\n\n"
     "   1) Failed to load the page at \"https://staging.shop.example.org/checkout\".\n"
     "      Increase the value of the \"pageRequestTimeout\" variable, enable the \"retryTestPages\" option, "
     "or use quarantine mode to perform additional attempts to execute this test.\n\n"
     "      Error details:\n"
     "      Failed to perform a request to the resource at \"https://staging.shop.example.org/checkout\" "
     "because of an error.\n      Error: read ECONNRESET\n\n"
     " 1/9 failed (41s)\n" + _GHA),
    # hammerhead's cantResolveUrl on a host name with a typo in the config
    ("testcafe-page-load-dns-record-typo", "real",
     _TC +
     " ✖ Opens the shop\n\n"
     "   1) Failed to load the page at \"http://shop-web.local:3000/\".\n\n"
     "      Error details:\n"
     "      Failed to find a DNS-record for the resource at \"http://shop-web.local:3000/\".\n\n"
     " 9/9 failed (12s)\n" + _GHA),
    # ================================================================== WebdriverIO
    # webdriverio/webdriverio packages/webdriver/src/request/error.ts (WebDriverRequestError: "Request
    # failed with error code " + code) to a remote grid during a test
    ("wdio-request-failed-econnreset-remote", "transient",
     _WDIO +
     "[0-3] 2026-05-04T09:13:02.118Z ERROR webdriver: WebDriverError: Request failed with error code ECONNRESET "
     "when running \"elementClick\" with method \"POST\"\n"
     "[0-3] Error in \"Checkout pays with a saved card\"\n"
     "WebDriverError: Request failed with error code ECONNRESET when running \"elementClick\" with method \"POST\"\n"
     "[chrome 122.0.6261.94 linux #0-3] ✖ pays with a saved card\n" + _WDIO_END + _GHA),
    # same file ("Request timed out! Consider increasing the \"connectionRetryTimeout\" option.")
    ("wdio-request-timed-out-remote-hub", "transient",
     _WDIO +
     "[0-1] 2026-05-04T09:13:02.118Z WARN webdriver: Request timed out! Consider increasing the "
     "\"connectionRetryTimeout\" option.\n"
     "[0-1] 2026-05-04T09:13:02.120Z INFO webdriver: Retrying 3/3\n"
     "[0-1] 2026-05-04T09:15:02.121Z ERROR webdriver: WebDriverError: Request timed out! Consider increasing "
     "the \"connectionRetryTimeout\" option. when running \"navigateTo\" with method \"POST\"\n"
     "[0-1] Error in \"Orders lists the orders\"\n" + _WDIO_END + _GHA),
    # packages/wdio-spec-reporter/src/index.ts ("Failed to create a session:") over a 502 from a
    # hosted grid
    ("wdio-failed-to-create-session-502", "transient",
     _WDIO +
     "[0-2] 2026-05-04T09:12:44.001Z ERROR webdriver: WebDriverError: Bad Gateway when running "
     "\"https://hub.grid.example.net/wd/hub/session\" with method \"POST\"\n"
     "------------------------------------------------------------------\n"
     "[chrome 122 linux #0-2] Running: chrome (v122) on linux\n"
     "[chrome 122 linux #0-2]\n"
     "[chrome 122 linux #0-2] ✖ Failed to create a session:\n"
     "[chrome 122 linux #0-2] WebDriverError: Bad Gateway when running \"https://hub.grid.example.net/wd/hub/session\" "
     "with method \"POST\"\n" + _WDIO_END + _GHA),
    # packages/webdriverio/src/utils/implicitWait.ts ("Can't call %s on element with selector \"%s\"
    # because element wasn't found")
    ("wdio-element-was-not-found", "real",
     _WDIO +
     "[chrome 122.0.6261.94 linux #0-0] ✖ pays with a saved card\n"
     "[chrome 122.0.6261.94 linux #0-0] Error: Can't call click on element with selector \"#pay-now\" "
     "because element wasn't found\n"
     "[chrome 122.0.6261.94 linux #0-0] at async Context.<anonymous> (test/specs/checkout.e2e.ts:14:9)\n"
     + _WDIO_END + _GHA),
    # the expect-webdriverio matcher ("Expect $(`#total`) to have text") with a settled value
    ("wdio-expect-to-have-text", "real",
     _WDIO +
     "[chrome 122.0.6261.94 linux #0-0] ✖ shows the total\n"
     "[chrome 122.0.6261.94 linux #0-0] Error: Expect $(`#total`) to have text\n\n"
     "Expected: \"€42.00\"\nReceived: \"€40.00\"\n"
     "[chrome 122.0.6261.94 linux #0-0] at async Context.<anonymous> (test/specs/cart.e2e.ts:21:9)\n"
     + _WDIO_END + _GHA),
    # packages/webdriver/src/utils.ts (getSessionError) and the driver's W3C capability refusal
    ("wdio-illegal-w3c-capabilities", "real",
     _WDIO +
     "[0-0] 2026-05-04T09:12:44.001Z ERROR webdriver: Illegal key values seen in w3c capabilities: [chromeOptions]\n"
     "Make sure to add vendor prefix like \"goog:\", \"appium:\", \"moz:\", etc to non W3C capabilities.\n"
     "[chrome linux #0-0] ✖ Failed to create a session:\n" + _WDIO_END + _GHA),
    # cucumber/cucumber-js src/user_code_runner.ts ("function timed out, ensure the promise resolves
    # within %d milliseconds"): the suite's own step
    # timeout, read like mocha's test timeout (async-test-timeout's policy: a time limit alone leans transient, modestly)
    ("cucumber-js-function-timed-out", "transient",
     _CJS + "...F\n\nFailures:\n\n"
     "1) Scenario: Export the orders # features/export.feature:3\n"
     "   ✖ When the clerk exports the orders # features/steps/export.ts:12\n"
     "       Error: function timed out, ensure the promise resolves within 5000 milliseconds\n"
     "           at Timeout.<anonymous> (node_modules/@cucumber/cucumber/lib/time.js:28:14)\n\n"
     "4 scenarios (1 failed, 3 passed)\n" + _GHA),
    # ================================================================== near-misses
    # a scenario ABOUT an outage: the application's retry banner is the feature under test
    ("cucumber-js-scenario-about-gateway-timeout", "real",
     _CJS + "..F\n\nFailures:\n\n"
     "1) Scenario: Show a retry banner when the payment gateway times out # features/gateway.feature:5\n"
     "   ✖ Then the banner says \"Payment service unavailable, please retry\"\n"
     "       AssertionError: expected 'Something went wrong' to equal 'Payment service unavailable, please retry'\n\n"
     "3 scenarios (1 failed, 2 passed)\n" + _GHA),
    # the application's own log lines about a connection refused above a failed Robot check
    ("robot-app-log-connection-refused-then-check", "real",
     _ROBOT +
     "[ WARN ] shop-api: upstream inventory: dial tcp 10.0.0.9:7000: connect: connection refused (cached stock used)\n"
     "Stock Badge Shows Count                                               | FAIL |\n"
     "Element 'css:.stock-badge' should have contained text '3 left' but its text was 'In stock'.\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "6 tests, 5 passed, 1 failed\n" + _ROBOT_END + _GHA),
    # a Behave step named after a timeout that fails on the value
    ("behave-step-about-timeout-assert", "real",
     _BEHAVE +
     "  Scenario: Session times out after 15 minutes   # features/session.feature:30\n"
     "    Then the session timed out message is shown  # features/steps/session.py:44 0.201s\n"
     "      ASSERT FAILED: expected 'Your session has expired' but got 'Welcome back'\n\n"
     "Failing scenarios:\n  features/session.feature:30  Session times out after 15 minutes\n\n"
     "0 features passed, 1 failed, 0 skipped\n" + _GHA),
    # (nineteenth round, timeouts) moved here from NOT_SURELY_TRANSIENT: a harness's own time limit with nothing
    # else failing reads transient modestly, as every test harness's does (test_rules19_timeouts.py)
    # robotframework src/robot/running/timeouts/timeout.py ("{kind} timeout {timeout} exceeded.")
    ("robot-test-timeout-exceeded", "transient",
     _ROBOT +
     "Export Orders                                                         | FAIL |\n"
     "Test timeout 1 minute exceeded.\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "6 tests, 5 passed, 1 failed\n" + _ROBOT_END + _GHA),
    ("robot-keyword-timeout-exceeded", "transient",
     _ROBOT +
     "Wait For Import                                                       | FAIL |\n"
     "Keyword timeout 30 seconds exceeded.\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "6 tests, 5 passed, 1 failed\n" + _ROBOT_END + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # SeleniumLibrary's wait ("Element '%s' not visible after %s.")
    ("robot-seleniumlibrary-not-visible-after",
     _ROBOT +
     "Checkout Shows Receipt                                                | FAIL |\n"
     "Element 'id:receipt' not visible after 10 seconds.\n"
     "------------------------------------------------------------------------------\n"
     "Acceptance                                                            | FAIL |\n"
     "6 tests, 5 passed, 1 failed\n" + _ROBOT_END + _GHA),
    # getgauge/gauge runner/grpcRunner.go ("Timed out connecting to %s"): the language runner slow to
    # start (a busy host) or unable to start (a compile error it did not print)
    ("gauge-timed-out-connecting-to-runner",
     _GAUGE + "Compiling...\n"
     "Timed out connecting to java\n"
     "Failed to start gauge API: Timed out connecting to java\n" + _GHA),
    # nightwatchjs/nightwatch lib/api/element-commands/waitForElementVisible.js ("Timed out while
    # waiting for element <%s> to be visible for %d milliseconds.")
    ("nightwatch-wait-for-element-visible",
     _NW +
     "  ✖ Timed out while waiting for element <#receipt> to be visible for 5000 milliseconds. - expected "
     "\"visible\" but got: \"not visible\" (5102ms)\n\n"
     "  TEST FAILURE (9.8s):\n   - 1 assertions failed; 6 passed\n" + _GHA),
    # nightwatch handleConnectError ("Connection refused to %s:%s. If the Webdriver/Selenium service is
    # managed by Nightwatch, check if \"start_process\" is set to \"true\".") on localhost: the job's own
    # driver not started, or started late
    ("nightwatch-connection-refused-localhost",
     _NW +
     "  Error\n"
     "  An error occurred while creating a new ChromeDriver session: Connection refused to 127.0.0.1:9515. "
     "If the Webdriver/Selenium service is managed by Nightwatch, check if \"start_process\" is set to \"true\".\n" + _GHA),
    # CodeceptJS lib/helper/WebDriver.js ("element (%s) still not visible after %d sec")
    ("codeceptjs-still-not-visible",
     _CODECEPT +
     "  1) Checkout\n       shows the receipt:\n"
     "     element (#receipt) still not visible after 10 sec\n\n"
     "  FAIL  | 7 passed, 1 failed   // 44s\n" + _GHA),
    # TestCafe src/errors/test-run/templates.js (executionTimeoutExceeded: "%s timeout of %dms exceeded.")
    ("testcafe-test-timeout-exceeded",
     _TC +
     " ✖ Exports the orders\n\n"
     "   1) Test timeout of 60000ms exceeded.\n\n"
     "      Browser: Chrome 122.0.0.0 / Ubuntu 22.04\n\n"
     " 1/9 failed (1m 12s)\n" + _GHA),
    # webdriverio packages/webdriver/src/utils.ts (getSessionError on ECONNREFUSED: "Unable to connect
    # to ..., make sure browser driver is running on that address.") on localhost: the job's own driver
    ("wdio-unable-to-connect-localhost-driver",
     _WDIO +
     "[0-0] 2026-05-04T09:12:44.001Z ERROR webdriver: Unable to connect to \"http://localhost:4444/\", make sure "
     "browser driver is running on that address.\n"
     "It seems like the service failed to start or is rejecting any connections.\n"
     "[chrome linux #0-0] ✖ Failed to create a session:\n" + _WDIO_END + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_bdd_e2e_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_bdd_e2e_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "12 scenarios (1 failed, ",
    "Element 'id:x' should have contained text '",
    "Connection refused to 127.0.0.1:",
    'Unable to connect to "http://localhost:',
    "status code was: 503, expected: ",
    "No keyword with name '",
    "\u2716 Then ",
]
