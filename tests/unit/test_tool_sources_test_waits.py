"""Twelfth round, tool sources: what test frameworks and their wait and poll helpers print when a test
waited for something and gave up.

A waited assertion (a UI matcher that retries until its timeout, a poll helper, a test's own time
limit) is the commonest cause of flaky tests, and also how a broken feature fails: the element never
appears because the code is wrong. Each case is a short log written for the test around the message a
tool prints when its wait runs out; the wording was read from the tool's own source (the comment above
each case names the repository and the file holding the format string), or, where the tool's source
was not at hand, from its documentation (the comment names the page). Hosts, packages, tests and paths
are made up; no project's CI log is copied.

The rules the cases hold:
  * a wait that gave up while what it waited for was still absent or still pending (an element that
    never appeared, a spinner that never went away, "Saving..." where "Saved" was wanted, a response
    that never came, a poll that never came true, a test or hook time limit) -> transient, modestly:
    these entries weigh less than an outage, so one wait failure alone reads transient at about the
    threshold, no more;
  * a wait whose report shows a different, settled value ("Error" where "Saved" was wanted, 2 rows
    where 3 were wanted, a 500 page, the application's own exception or JavaScript error in the same
    log) -> real: the wait only carried the application's failure;
  * wordings printed for both (a bare "Unable to find ..." of an interaction, Testing Library's
    findBy, an element that exists but stays disabled, a request the application never sent) -> not
    surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Capybara (RSpec, Minitest)
    # teamcapybara/capybara lib/capybara/queries/text_query.rb (failure_message: "expected to find
    # text %p" then build_message's " in %p", the page's text when the wait ran out); the matcher
    # waits Capybara.default_max_wait_time (lib/capybara/node/base.rb synchronize)
    ("capybara-text-still-saving", "transient",
     "Failures:\n\n"
     "  1) Post editing saves the draft\n"
     "     Failure/Error: expect(page).to have_content(\"Saved\")\n"
     "       expected to find text \"Saved\" in \"Saving...\"\n"
     "     # ./spec/features/post_spec.rb:22:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 12.3 seconds (files took 2.1 seconds to load)\n"
     "12 examples, 1 failure\n" + _CIRCLE),
    # (the whole page's text, a spinner's label in it)
    ("capybara-text-page-still-loading", "transient",
     "  1) Orders list shows the new order\n"
     "     Failure/Error: expect(page).to have_text(\"ORD-1042\")\n"
     "       expected to find text \"ORD-1042\" in \"Acme Shop Orders Loading orders…\"\n"
     "     [Screenshot Image]: /home/circleci/app/tmp/capybara/failures_r_spec_orders_list.png\n"
     "     # ./spec/system/orders_spec.rb:17:in `block (2 levels) in <main>'\n"
     "34 examples, 1 failure\n"
     "rspec ./spec/system/orders_spec.rb:14 # Orders list shows the new order\n" + _CIRCLE),
    # (a Rails system test under Minitest: the same query's message under Minitest's "Failure:")
    ("capybara-minitest-system-test-still-processing", "transient",
     "Running 41 tests in a single process\n"
     "F\n\n"
     "Failure:\n"
     "CheckoutTest#test_places_an_order [test/system/checkout_test.rb:31]:\n"
     "expected to find text \"Thank you\" in \"Checkout Processing payment...\"\n\n"
     "bin/rails test test/system/checkout_test.rb:24\n\n"
     "41 runs, 77 assertions, 1 failures, 0 errors, 0 skips\n" + _EXIT),
    # lib/capybara/queries/selector_query.rb ("expected to find #{applied_description}") and
    # lib/capybara/result.rb (" but there were no matches"): the element never appeared in time
    ("capybara-css-never-appeared", "transient",
     "  1) Settings saves the profile\n"
     "     Failure/Error: expect(page).to have_css(\".flash-notice\")\n"
     "       expected to find css \".flash-notice\" but there were no matches\n"
     "     # ./spec/system/settings_spec.rb:40:in `block (2 levels) in <main>'\n"
     "58 examples, 1 failure\n" + _CIRCLE),
    # near-misses: the same text query showing a settled, different page
    ("capybara-text-shows-validation-error", "real",
     "  1) Post editing saves the draft\n"
     "     Failure/Error: expect(page).to have_content(\"Saved\")\n"
     "       expected to find text \"Saved\" in \"Title can't be blank\"\n"
     "     # ./spec/features/post_spec.rb:22:in `block (2 levels) in <top (required)>'\n"
     "12 examples, 1 failure\n" + _CIRCLE),
    ("capybara-text-shows-error-page", "real",
     "  1) Checkout completes the order\n"
     "     Failure/Error: expect(page).to have_content(\"Thank you\")\n"
     "       expected to find text \"Thank you\" in \"We're sorry, but something went wrong.\"\n"
     "     # ./spec/features/checkout_spec.rb:31:in `block (2 levels) in <top (required)>'\n"
     "212 examples, 1 failure\n" + _CIRCLE),
    # (a pending word and the application's own error on the same page)
    ("capybara-text-pending-and-error-on-page", "real",
     "  1) Post editing saves the draft\n"
     "     Failure/Error: expect(page).to have_content(\"Saved\")\n"
     "       expected to find text \"Saved\" in \"Saving... Error: could not save the post\"\n"
     "     # ./spec/features/post_spec.rb:22:in `block (2 levels) in <top (required)>'\n"
     "12 examples, 1 failure\n" + _CIRCLE),
    # lib/capybara/result.rb (", found %d matches: ..." after a count option's " 3 times"): elements
    # there, the wrong number of them
    ("capybara-css-wrong-count", "real",
     "  1) Cart lists every item\n"
     "     Failure/Error: expect(page).to have_css(\"li.item\", count: 3)\n"
     "       expected to find css \"li.item\" 3 times, found 2 matches: \"Mug\", \"Pen\"\n"
     "     # ./spec/system/cart_spec.rb:12:in `block (2 levels) in <main>'\n"
     "20 examples, 1 failure\n" + _CIRCLE),
    # a pending page in one example, the driver's report of the application's JavaScript error in another
    # (Cuprite's Ferrum::JavaScriptError, rubycdp/ferrum lib/ferrum/errors.rb)
    ("capybara-pending-beside-javascript-error", "real",
     "  1) Post editing saves the draft\n"
     "     Failure/Error: expect(page).to have_content(\"Saved\")\n"
     "       expected to find text \"Saved\" in \"Saving...\"\n"
     "     # ./spec/features/post_spec.rb:22:in `block (2 levels) in <top (required)>'\n"
     "  2) Post editing previews the draft\n"
     "     Failure/Error: click_on \"Preview\"\n\n"
     "     Ferrum::JavaScriptError:\n"
     "       TypeError: Cannot read properties of undefined (reading 'body')\n"
     "12 examples, 2 failures\n" + _CIRCLE),

    # ------------------------------------------------------------------ Cypress
    # cypress-io/cypress packages/driver/src/cypress/error_messages.ts (retry-ability's "Timed out
    # retrying after {{timeout}}ms: "), packages/driver/src/cy/chai overrides ("Expected to find
    # element: {{selector}}, but never found it.")
    ("cypress-element-never-found", "transient",
     "  Running:  checkout.cy.js                                                  (3 of 8)\n"
     "  1) checkout\n"
     "       shows a toast:\n"
     "     AssertionError: Timed out retrying after 4000ms: Expected to find element: .toast, but never found it.\n"
     "      at Context.eval (webpack:///./cypress/e2e/checkout.cy.js:12:8)\n"
     "  0 passing (9s)\n"
     "  1 failing\n" + _EXIT),
    # (the summary table of cypress run after it)
    ("cypress-element-never-found-with-run-table", "transient",
     "     AssertionError: Timed out retrying after 10000ms: Expected to find element: "
     "`[data-cy=\"order-row\"]`, but never found it.\n"
     "      at Context.eval (webpack://shop/./cypress/e2e/orders.cy.ts:21:10)\n"
     "  (Run Finished)\n"
     "  │ ✖  orders.cy.ts                             00:31        4        3        1        -        - │\n"
     "    ✖  1 of 8 failed (13%)                      03:02       40       39        1        -        - \n"
     + _EXIT),
    # packages/driver/src/cy/commands/waiting.ts ("`cy.wait()` timed out waiting `{{timeout}}ms` for the
    # {{num}} {{type}} to the route: `{{alias}}`. No {{type}} ever occurred."): the response never came
    ("cypress-wait-no-response-ever-occurred", "transient",
     "  1) search\n"
     "       lists results:\n"
     "     CypressError: Timed out retrying after 5000ms: `cy.wait()` timed out waiting `5000ms` for the "
     "1st response to the route: `search`. No response ever occurred.\n\n"
     "https://on.cypress.io/wait\n"
     "      at cypressErr (http://localhost:4200/__cypress/runner/cypress_runner.js:15210:18)\n"
     "  1 failing\n" + _EXIT),
    # packages/driver/src/cypress/error_messages.ts (request.timed_out: "`cy.request()` timed out waiting
    # `{{timeout}}ms` for a response from your server.")
    ("cypress-request-timed-out", "transient",
     "  1) api seeding\n"
     "       \"before each\" hook for \"lists users\":\n"
     "     CypressError: `cy.request()` timed out waiting `30000ms` for a response from your server.\n\n"
     "The request we sent was:\n\n"
     "Method: POST\nURL: http://localhost:3000/test/seed\n\n"
     "No response was received within the timeout.\n" + _EXIT),
    # near-misses: what the element held, settled and wrong (error_messages.ts's chai override
    # "expected ... to have text ..., but the text was ...")
    ("cypress-text-settled-on-error", "real",
     "  1) editor\n"
     "       saves the draft:\n"
     "     AssertionError: Timed out retrying after 4000ms: expected '<div.status>' to have text 'Saved', "
     "but the text was 'Error'\n"
     "      at Context.eval (webpack:///./cypress/e2e/editor.cy.js:30:27)\n"
     "  1 failing\n" + _EXIT),
    # packages/driver/src/cypress/error_messages.ts (uncaught.fromApp: "The following error originated
    # from your application code, not from Cypress.") beside a wait that then ran out
    ("cypress-never-found-after-application-error", "real",
     "  1) checkout\n"
     "       shows a toast:\n"
     "     AssertionError: Timed out retrying after 4000ms: Expected to find element: .toast, but never found it.\n"
     "  2) checkout\n"
     "       applies the coupon:\n"
     "     TypeError: The following error originated from your application code, not from Cypress.\n\n"
     "  > Cannot read properties of undefined (reading 'discount')\n"
     "  2 failing\n" + _EXIT),

    # ------------------------------------------------------------------ Playwright test
    # microsoft/playwright packages/playwright/src/matchers/toBeTruthy.ts and matcherHint.ts (1.3x-1.4x:
    # "Timed out ${timeout}ms waiting for " + the matcher's hint; "Received: <element(s) not found>")
    ("playwright-timed-out-waiting-to-be-visible", "transient",
     "  1) [chromium] › tests/cart.spec.ts:12:5 › cart › shows the toast ─────────────────────\n\n"
     "    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n"
     "    Locator: locator('.toast')\n"
     "    Expected: visible\n"
     "    Received: <element(s) not found>\n"
     "    Call log:\n"
     "      - expect.toBeVisible with timeout 5000ms\n"
     "      - waiting for locator('.toast')\n\n"
     "  1 failed\n" + _EXIT),
    # packages/playwright/src/worker/timeoutManager.ts ("Test timeout of ${timeout}ms exceeded.")
    ("playwright-test-timeout-exceeded", "transient",
     "  1) [firefox] › tests/export.spec.ts:8:5 › exports the report ─────────────────────────\n\n"
     "    Test timeout of 30000ms exceeded.\n\n"
     "    Error: locator.click: Test timeout of 30000ms exceeded.\n"
     "    Call log:\n"
     "      - waiting for getByRole('button', { name: 'Download' })\n\n"
     "  1 failed\n"
     "  23 passed (1.2m)\n" + _EXIT),
    # packages/playwright-core/src/server/progress.ts ("Timeout ${timeout}ms exceeded.") under an
    # action's name
    ("playwright-locator-click-timeout", "transient",
     "  1) [webkit] › tests/login.spec.ts:4:5 › logs in ────────────────────────────────────\n\n"
     "    TimeoutError: locator.click: Timeout 30000ms exceeded.\n"
     "    Call log:\n"
     "      - waiting for getByRole('button', { name: 'Sign in' })\n\n"
     "  1 failed\n" + _EXIT),
    # toHaveText's wait with the element still showing its placeholder
    ("playwright-to-have-text-still-loading", "transient",
     "  1) [chromium] › tests/orders.spec.ts:3:5 › shows the total ──────────────────────────\n\n"
     "    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)\n\n"
     "    Locator: getByTestId('total')\n"
     "    Expected string: \"$90.00\"\n"
     "    Received string: \"Loading...\"\n"
     "    Call log:\n"
     "      - expect.toHaveText with timeout 5000ms\n\n"
     "  1 failed\n" + _EXIT),
    # near-misses: the same matcher with a settled, different text; a strict-mode violation
    # (packages/playwright-core/src/server/injected/injectedScript.ts "strict mode violation")
    ("playwright-to-have-text-settled-different", "real",
     "  1) [chromium] › tests/orders.spec.ts:3:5 › shows the total ──────────────────────────\n\n"
     "    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)\n\n"
     "    Locator: getByTestId('total')\n"
     "    Expected string: \"$90.00\"\n"
     "    Received string: \"$100.00\"\n"
     "    Call log:\n"
     "      - expect.toHaveText with timeout 5000ms\n\n"
     "  1 failed\n" + _EXIT),
    ("playwright-strict-mode-violation", "real",
     "  1) [chromium] › tests/menu.spec.ts:9:5 › opens the menu ─────────────────────────────\n\n"
     "    Error: locator.click: Error: strict mode violation: getByRole('button', { name: 'Open' }) "
     "resolved to 2 elements:\n"
     "        1) <button id=\"open-left\">Open</button> aka getByTestId('left')\n"
     "        2) <button id=\"open-right\">Open</button> aka getByTestId('right')\n\n"
     "  1 failed\n" + _EXIT),

    # ------------------------------------------------------------------ Selenium WebDriverWait
    # SeleniumHQ/selenium java/src/org/openqa/selenium/support/ui/FluentWait.java ("Expected condition
    # failed: %s (tried for %d second(s) with %d milliseconds interval)")
    ("selenium-java-expected-condition-failed", "transient",
     "[INFO] Running com.example.shop.CheckoutIT\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 41.2 s <<< FAILURE! - in com.example.shop.CheckoutIT\n"
     "[ERROR] placesOrder  Time elapsed: 12.1 s  <<< ERROR!\n"
     "org.openqa.selenium.TimeoutException: Expected condition failed: waiting for visibility of element "
     "located by By.cssSelector: .confirmation (tried for 10 second(s) with 500 milliseconds interval)\n"
     "\tat org.openqa.selenium.support.ui.WebDriverWait.timeoutException(WebDriverWait.java:84)\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:verify (default) on project shop\n"
     + _EXIT),
    # py/selenium/webdriver/support/wait.py (WebDriverWait.until raises TimeoutException(message),
    # the message empty by default: "Message: " and nothing after it)
    ("selenium-python-webdriverwait-timeout", "transient",
     "tests/e2e/test_checkout.py::test_places_order FAILED                      [ 50%]\n"
     "=================================== FAILURES ===================================\n"
     "______________________________ test_places_order _______________________________\n"
     "E   selenium.common.exceptions.TimeoutException: Message: \n\n"
     "tests/e2e/test_checkout.py:44: TimeoutException\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/e2e/test_checkout.py::test_places_order - selenium.common.exceptions.TimeoutException: Message:\n"
     "========================= 1 failed, 1 passed in 24.10s =========================\n" + _EXIT),
    # near-miss: the wait ran out on a page the server's own error had replaced (Django's request
    # logger, django/core/handlers/exception.py "Internal Server Error: %s")
    ("selenium-timeout-after-server-error", "real",
     "----------------------------- Captured log call ------------------------------\n"
     "ERROR    django.request:log.py:241 Internal Server Error: /orders/new\n"
     "Traceback (most recent call last):\n"
     "ZeroDivisionError: division by zero\n"
     "=================================== FAILURES ===================================\n"
     "E   selenium.common.exceptions.TimeoutException: Message: \n"
     "tests/e2e/test_orders.py:30: TimeoutException\n"
     "========================= 1 failed, 7 passed in 31.02s =========================\n" + _EXIT),

    # ------------------------------------------------------------------ WebdriverIO
    # webdriverio/webdriverio packages/webdriverio/src/commands/browser/waitUntil.ts ("waitUntil
    # condition timed out after ${timeout}ms")
    ("wdio-wait-until-timed-out", "transient",
     "[0-0] RUNNING in chrome - file:///test/specs/upload.e2e.ts\n"
     "[0-0] Error in \"Upload shows the thumbnail\"\n"
     "Error: waitUntil condition timed out after 5000ms\n"
     "[0-0] FAILED in chrome - file:///test/specs/upload.e2e.ts\n\n"
     "Spec Files:\t 5 passed, 1 failed, 6 total (100% completed) in 00:01:12\n" + _EXIT),
    # packages/webdriverio/src/commands/element/waitForDisplayed.ts ('element ("${selector}") still not
    # displayed after ${timeout}ms')
    ("wdio-element-still-not-displayed", "transient",
     "[0-0] RUNNING in Android - file:///test/specs/login.e2e.ts\n"
     "[0-0] Error in \"Login reaches the home screen\"\n"
     "Error: element (\"~home-title\") still not displayed after 20000ms\n"
     "    at async Context.<anonymous> (file:///test/specs/login.e2e.ts:18:9)\n"
     "[0-0] FAILED in Android - file:///test/specs/login.e2e.ts\n" + _EXIT),

    # ------------------------------------------------------------------ Testing Library
    # testing-library/dom-testing-library src/wait-for-element-to-be-removed.js ("Timed out in
    # waitForElementToBeRemoved."): the spinner never went away
    ("testing-library-element-never-removed", "transient",
     " FAIL  src/components/OrderList.test.tsx (7.12 s)\n"
     "  ● OrderList › renders the orders\n\n"
     "    Timed out in waitForElementToBeRemoved.\n\n"
     "      20 |   render(<OrderList />);\n"
     "    > 21 |   await waitForElementToBeRemoved(() => screen.queryByText(/loading/i));\n\n"
     "Tests:       1 failed, 58 passed, 59 total\n" + _EXIT),
    # src/queries/*.ts and src/config.ts getElementError ("Found multiple elements with the text: ...")
    ("testing-library-multiple-elements", "real",
     " FAIL  src/components/Menu.test.tsx\n"
     "  ● Menu › opens\n\n"
     "    TestingLibraryElementError: Found multiple elements with the role \"button\" and name \"Open\"\n\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),

    # ------------------------------------------------------------------ XCUITest
    # XCTest's UI query failures (closed source; wording as Xcode prints it, documented in Apple's
    # XCUIElementQuery docs and Xcode release notes): the query itself timed out on a loaded simulator
    ("xcuitest-snapshot-query-timed-out", "transient",
     "Test Case '-[ShopUITests.CheckoutUITests testPlacesOrder]' started.\n"
     "    t =    41.02s Tap \"Place order\" Button\n"
     "/Users/runner/work/shop/ShopUITests/CheckoutUITests.swift:52: error: -[ShopUITests.CheckoutUITests "
     "testPlacesOrder] : Failed to get matching snapshot: Timed out while evaluating UI query.\n"
     "Test Case '-[ShopUITests.CheckoutUITests testPlacesOrder]' failed (101.4 seconds).\n"
     "** TEST FAILED **\n" + _EXIT),

    # ------------------------------------------------------------------ Spock, Kotest, Awaitility
    # spockframework/spock spock-core/src/main/java/spock/util/concurrent/PollingConditions.java
    # ("Condition not satisfied after %1.2f seconds and %d attempts", SpockTimeoutError)
    ("spock-polling-conditions-timed-out", "transient",
     "OrderSyncSpec > mirrors the order to the warehouse FAILED\n"
     "    spock.util.concurrent.SpockTimeoutError: Condition not satisfied after 5.00 seconds and 51 attempts\n"
     "        at spock.util.concurrent.PollingConditions.within(PollingConditions.java:185)\n"
     "        Caused by:\n"
     "        org.spockframework.runtime.ConditionNotSatisfiedError at OrderSyncSpec.groovy:41\n\n"
     "24 tests completed, 1 failed\n"
     "> Task :test FAILED\n" + _EXIT),
    # near-miss: a plain Spock condition (spock-core .../runtime/ConditionNotSatisfiedError: "Condition
    # not satisfied:" and the power assertion), no polling
    ("spock-plain-condition-not-satisfied", "real",
     "InvoiceSpec > adds the tax FAILED\n"
     "    Condition not satisfied:\n\n"
     "    invoice.total == 119.0\n"
     "    |       |     |\n"
     "    |       100.0 false\n\n"
     "24 tests completed, 1 failed\n"
     "> Task :test FAILED\n" + _EXIT),
    # awaitility/awaitility awaitility/src/main/java/org/awaitility/core/ConditionAwaiter.java ("%s was
    # not fulfilled within %s." / "Assertion condition %s %s within %s."): with a value the untilAsserted
    # block compared, the comparison is shown and may as well be settled -> NOT_SURELY_TRANSIENT below

    # ------------------------------------------------------------------ testify, Gomega
    # stretchr/testify assert/assertions.go (Eventually: "Condition never satisfied")
    ("testify-eventually-never-satisfied", "transient",
     "=== RUN   TestConsumerDrainsQueue\n"
     "    consumer_test.go:58: \n"
     "        \tError Trace:\t/home/runner/work/queue/consumer_test.go:58\n"
     "        \tError:      \tCondition never satisfied\n"
     "        \tTest:       \tTestConsumerDrainsQueue\n"
     "--- FAIL: TestConsumerDrainsQueue (10.01s)\n"
     "FAIL\tgithub.com/example/queue\t10.412s\n" + _EXIT),
    # same file (Never: "Condition satisfied"): what must not happen happened
    ("testify-never-condition-satisfied", "real",
     "=== RUN   TestNoDuplicateDelivery\n"
     "    consumer_test.go:91: \n"
     "        \tError Trace:\t/home/runner/work/queue/consumer_test.go:91\n"
     "        \tError:      \tCondition satisfied\n"
     "        \tTest:       \tTestNoDuplicateDelivery\n"
     "--- FAIL: TestNoDuplicateDelivery (1.00s)\n"
     "FAIL\tgithub.com/example/queue\t1.412s\n" + _EXIT),
    # onsi/gomega internal/async_assertion.go (Consistently: "Failed after %s." then the matcher's
    # message): the value changed while it had to stay
    ("gomega-consistently-failed", "real",
     "• [FAILED] [2.004 seconds]\n"
     "Cache keeps the entry [It] for its whole TTL\n"
     "  [FAILED] Failed after 2.001s.\n"
     "  Expected\n"
     "      <bool>: false\n"
     "  to be true\n"
     "  In [It] at: /home/runner/work/cache/cache_test.go:77\n"
     "Ran 31 of 31 Specs in 4.120 seconds\n"
     "FAIL! -- 30 Passed | 1 Failed | 0 Pending | 0 Skipped\n" + _EXIT),

    # ------------------------------------------------------------------ tokio, asyncio
    # tokio-rs/tokio tokio/src/time/error.rs (Elapsed's Debug "Elapsed(())", Display "deadline has
    # elapsed") under a test's expect()
    ("tokio-timeout-expect-elapsed", "transient",
     "running 12 tests\n"
     "test subscriber_receives_event ... FAILED\n\n"
     "failures:\n\n"
     "---- subscriber_receives_event stdout ----\n"
     "thread 'subscriber_receives_event' panicked at tests/pubsub.rs:33:10:\n"
     "no event within 2s: Elapsed(())\n\n"
     "test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 2.31s\n"
     "error: test failed, to rerun pass `--test pubsub`\n" + _EXIT),
    ("tokio-timeout-deadline-has-elapsed", "transient",
     "---- handshake_completes stdout ----\n"
     "thread 'handshake_completes' panicked at tests/handshake.rs:18:51:\n"
     "called `Result::unwrap()` on an `Err` value: Elapsed(())\n\n"
     "test result: FAILED. 5 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 5.02s\n"
     + _EXIT),

    # ------------------------------------------------------------------ .NET: xUnit, NUnit, MSTest
    # xunit/xunit src/xunit.execution/Sdk/Frameworks/Runners/XunitTestInvoker.cs (TestTimeoutException:
    # "Test execution timed out after {0} milliseconds")
    ("xunit-test-execution-timed-out", "transient",
     "  Failed Acme.Api.Tests.QueueTests.DrainsTheQueue [5 s]\n"
     "  Error Message:\n"
     "   Test execution timed out after 5000 milliseconds\n"
     "  Stack Trace:\n\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 41 s - Acme.Api.Tests.dll (net8.0)\n"
     + _EXIT),
    # nunit/nunit src/NUnitFramework/framework/Internal/Commands/TimeoutCommand.cs ("Test exceeded
    # Timeout value of {0}ms")
    ("nunit-exceeded-timeout-value", "transient",
     "  Failed PublishesTheEvent [2 s]\n"
     "  Error Message:\n"
     "   Test exceeded Timeout value of 2000ms\n\n"
     "Failed!  - Failed:     1, Passed:    87, Skipped:     2, Total:    90, Duration: 12 s - Acme.Events.Tests.dll (net8.0)\n"
     + _EXIT),
    # microsoft/testfx src/Adapter/MSTest.TestAdapter/Resources/Resource.resx (Execution_Test_Timeout:
    # "Test '{0}' exceeded execution timeout period.")
    ("mstest-exceeded-execution-timeout-period", "transient",
     "  Failed ImportsTheCatalog [10 s]\n"
     "  Error Message:\n"
     "   Test 'ImportsTheCatalog' exceeded execution timeout period.\n\n"
     "Failed!  - Failed:     1, Passed:    44, Skipped:     0, Total:    45, Duration: 15 s - Acme.Import.Tests.dll (net8.0)\n"
     + _EXIT),
    # near-miss: a waiting test's own assertion on a value (xunit assert/EqualException "Assert.Equal()
    # Failure")
    ("xunit-wait-test-asserts-wrong-value", "real",
     "  Failed Acme.Api.Tests.QueueTests.WaitsForTheRetryBudget [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Expected: 3\n"
     "Actual:   4\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 38 s - Acme.Api.Tests.dll (net8.0)\n"
     + _EXIT),

    # ------------------------------------------------------------------ JavaScript unit runners
    # qunitjs/qunit src/test.js ("Test took longer than " + timeout + "ms; test timed out.")
    ("qunit-test-took-longer", "transient",
     "not ok 14 Chrome 122.0 - [6003 ms] - Integration | Component | date-picker: opens on focus\n"
     "    ---\n"
     "        message: >\n"
     "            Test took longer than 6000ms; test timed out.\n"
     "        stack: >\n"
     "            at Object.onTimeout (http://localhost:7357/assets/test-support.js:4032:20)\n"
     "    ...\n"
     "1..410\n# tests 410\n# pass  409\n# fail  1\n" + _EXIT),
    # mochajs/mocha lib/runnable.js (createTimeoutError: "Timeout of %dms exceeded. For async tests and
    # hooks, ensure \"done()\" is called; ...") in a "before all" hook (lib/runner.js hookErr titles)
    ("mocha-before-all-hook-timeout", "transient",
     "  users api\n"
     "    1) \"before all\" hook for \"creates a user\"\n\n"
     "  48 passing (6s)\n"
     "  1 failing\n\n"
     "  1) users api\n"
     "       \"before all\" hook for \"creates a user\":\n"
     "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; "
     "if returning a Promise, ensure it resolves. (/home/runner/work/api/test/users.spec.js)\n"
     "npm ERR! Test failed.  See above for more details.\n" + _EXIT),
    # jasmine/jasmine src/core/QueueRunner.js ("Timeout - Async function did not complete within " +
    # timeout + "ms"), under Karma's progress reporter
    ("jasmine-karma-async-timeout", "transient",
     "Chrome Headless 122.0.6261.94 (Linux x86_64) UploadService uploads the file FAILED\n"
     "\tError: Timeout - Async function did not complete within 5000ms (set by jasmine.DEFAULT_TIMEOUT_INTERVAL)\n"
     "\t    at <Jasmine>\n"
     "Chrome Headless 122.0.6261.94 (Linux x86_64): Executed 312 of 312 (1 FAILED) (41.2 secs / 40.8 secs)\n"
     + _EXIT),
    # ------------------------------------------------------------------ a project's own wait helper
    # PHPUnit prints the helper's message, then its own ("Failed asserting that false is true.",
    # sebastianbergmann/phpunit src/Framework/Constraint/Boolean/IsTrue.php)
    ("phpunit-helper-timed-out-waiting", "transient",
     "PHPUnit 10.5.10 by Sebastian Bergmann and contributors.\n\n"
     "There was 1 failure:\n\n"
     "1) Tests\\QueueTest::testWorkerDrains\n"
     "Timed out waiting for condition after 5 seconds\n"
     "Failed asserting that false is true.\n\n"
     "/app/tests/QueueTest.php:41\n\n"
     "FAILURES!\n"
     "Tests: 12, Assertions: 30, Failures: 1.\n" + _EXIT),
    # near-miss: the same helper, then the value it compared, settled and wrong
    ("phpunit-helper-then-wrong-value", "real",
     "There was 1 failure:\n\n"
     "1) Tests\\QueueTest::testWorkerDrains\n"
     "Failed asserting that two strings are identical.\n"
     "--- Expected\n"
     "+++ Actual\n"
     "@@ @@\n"
     "-'drained'\n"
     "+'crashed'\n\n"
     "/app/tests/QueueTest.php:44\n\n"
     "FAILURES!\n"
     "Tests: 12, Assertions: 30, Failures: 1.\n" + _EXIT),
]

# Wait wordings whose log may as well show a persistent cause: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # teamcapybara/capybara lib/capybara/node/finders.rb ("Unable to find #{query.applied_description}",
    # Capybara::ElementNotFound): an interaction's element absent, as often renamed as late
    # (twenty-fourth round, ui24: the example run alone; one example of several whose summary shows the others passed now
    # reads transient, ui-lookup-one-of-several, tallied in tests/unit/test_rules24_ui_lookups.py)
    ("capybara-unable-to-find-button",
     "  1) Checkout pays\n"
     "     Failure/Error: click_on \"Pay now\"\n\n"
     "     Capybara::ElementNotFound:\n"
     "       Unable to find link or button \"Pay now\"\n"
     "     # ./spec/system/checkout_spec.rb:19:in `block (2 levels) in <main>'\n"
     "1 example, 1 failure\n" + _CIRCLE),
    # lib/capybara/result.rb (". Also found ..., which matched the selector but not all filters."):
    # the element is there, hidden or different
    ("capybara-found-but-not-all-filters",
     "  1) Menu opens\n"
     "     Failure/Error: expect(page).to have_css(\"nav .menu\", visible: true)\n"
     "       expected to find visible css \"nav .menu\" but there were no matches. Also found \"\", which "
     "matched the selector but not all filters. Expected visibility to be true but was false\n"
     "12 examples, 1 failure\n" + _CIRCLE),
    # testing-library/dom-testing-library src/queries/text.ts and src/config.ts ("Unable to find an element
    # with the text: ..."): getBy fails at once, findBy after its waitFor; the same words
    ("testing-library-unable-to-find-text",
     " FAIL  src/components/Cart.test.tsx\n"
     "  ● Cart › shows the total\n\n"
     "    TestingLibraryElementError: Unable to find an element with the text: Total: $90.00. This could be "
     "because the text is broken up by multiple elements. In this case, you can provide a function for your "
     "text matcher to make your matcher more flexible.\n\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _EXIT),
    # cypress-io/cypress packages/driver/src/cy/commands/waiting.ts ("No request ever occurred."): the
    # application never sent the request it was waited for
    ("cypress-wait-no-request-ever-occurred",
     "  1) profile\n"
     "       saves the avatar:\n"
     "     CypressError: Timed out retrying after 5000ms: `cy.wait()` timed out waiting `5000ms` for the 1st "
     "request to the route: `upload`. No request ever occurred.\n"
     "  1 failing\n" + _EXIT),
    # packages/driver/src/cypress/error_messages.ts (request.status_invalid: "`cy.request()` failed on:
    # ... The response we received from your web server was: > 500: Internal Server Error")
    ("cypress-request-app-500",
     "     CypressError: `cy.request()` failed on:\n\n"
     "http://localhost:3000/test/seed\n\n"
     "The response we received from your web server was:\n\n"
     "  > 500: Internal Server Error\n\n"
     "This was considered a failure because the status code was not `2xx` or `3xx`.\n"
     "  1 failing\n" + _EXIT),
    # microsoft/playwright packages/playwright-core/src/server/dom.ts (the action's call log "element is
    # not enabled" on every retry): a disabled button, as likely a form the change broke
    ("playwright-click-element-not-enabled",
     "    TimeoutError: locator.click: Timeout 10000ms exceeded.\n"
     "    Call log:\n"
     "      - waiting for getByRole('button', { name: 'Submit' })\n"
     "      - locator resolved to <button disabled type=\"submit\">Submit</button>\n"
     "      - attempting click action\n"
     "        - element is not enabled\n"
     "      - retrying click action, attempt #2\n"
     "        - element is not enabled\n\n"
     "  1 failed\n" + _EXIT),
    # awaitility/awaitility ConditionAwaiter.java ("Assertion condition defined as a lambda expression in
    # %s %s within %s."): the last comparison it saw, pending or settled
    ("awaitility-untilasserted-with-value",
     "QueueIT > drainsTheQueue() FAILED\n"
     "    org.awaitility.core.ConditionTimeoutException: Assertion condition defined as a lambda expression "
     "in com.example.QueueIT expected: <0> but was: <3> within 10 seconds.\n"
     "31 tests completed, 1 failed\n" + _EXIT),
    # kotest/kotest kotest-assertions/.../eventually.kt ("Eventually block failed after ${duration};
    # attempted $times time(s); ${interval} delay between attempts", then the first and last errors): the last comparison
    # it saw, pending or settled, as Awaitility's below
    ("kotest-eventually-with-compared-values",
     "NotifierTest > delivers the webhook FAILED\n"
     "    io.kotest.assertions.AssertionFailedError: Eventually block failed after 5s; attempted 41 time(s); "
     "FixedInterval(duration=100ms) delay between attempts\n"
     "    The first error was caused by: expected:<1> but was:<0>\n"
     "    The last error was caused by: expected:<1> but was:<0>\n"
     "42 tests completed, 1 failed\n" + _EXIT),
    # near-miss: a hook timed out in one suite, another test failed on a wrong value (two
    # failures, one deterministic: never a confident rerun)
    ("mocha-hook-timeout-beside-wrong-value",
     "  2 failing\n\n"
     "  1) search\n"
     "       \"before each\" hook for \"finds by tag\":\n"
     "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; "
     "if returning a Promise, ensure it resolves.\n"
     "  2) pricing\n"
     "       rounds half up:\n\n"
     "      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n"
     "10.04 !== 10.05\n\n"
     "      at Context.<anonymous> (test/pricing.spec.js:12:12)\n"
     "npm ERR! Test failed.  See above for more details.\n" + _EXIT),

    # XCTest's query failure with no match (closed source; Xcode's wording): the element is absent
    ("xcuitest-snapshot-no-matches",
     "/Users/runner/work/shop/ShopUITests/CheckoutUITests.swift:52: error: -[ShopUITests.CheckoutUITests "
     "testPlacesOrder] : Failed to get matching snapshot: No matches found for Descendants matching type "
     "Button from input {( Application, 'com.example.shop' )}\n"
     "** TEST FAILED **\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_wait_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_wait_words_with_a_possible_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    'expected to find text "Saved" in "Saving ',
    'Failure/Error: expect(page) expected to find css ".a" but there were ',
    "Timed out retrying after 4000ms: Expected to find element: .toast ",
    "Timed out 5000ms waiting for expect(locator).toHaveText( Received string: \"",
    'element ("~x") still not displayed after ',
    "Condition not satisfied after 1.00 seconds and ",
]
