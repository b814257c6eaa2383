"""Review of the twelfth round's test_waits, clusters_stores_push and codegen_toolchains_migrations entries:
adversarial logs (made up) where a wait gave up because the code is wrong, the same wait failed on
several browsers or attempts, or an entry's words sit in text that is not the tool's message."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # a settled page with a wrong total; its '...' is a truncated name, no pending state
    ('cap-wrong-total-ellipsis',
     '  1) Cart shows the discounted total\n     Failure/Error: expect(page).to have_content("Total: $90.00")\n       expected to find text "Total: $90.00" in "Cart Blue mug, ceramic, 350ml... Total: $100.00 Checkout"\n     # ./spec/system/cart_spec.rb:30:in `block (2 levels) in <main>\'\n40 examples, 1 failure\n\nExited with code exit status 1\n'),
    # Rails' 404 page: a route the change broke, whatever menu still loads
    ('cap-404-page-loading-menu',
     '  1) Reports lists the reports\n     Failure/Error: expect(page).to have_content("Monthly report")\n       expected to find text "Monthly report" in "The page you were looking for doesn\'t exist. You may have mistyped the address or the page may have moved... Loading"\n     # ./spec/system/reports_spec.rb:9:in `block (2 levels) in <main>\'\n40 examples, 1 failure\n\nExited with code exit status 1\n'),
    # a validation error shown beside the button's pending label
    ('cap-validation-taken-pending',
     '  1) Signup creates the account\n     Failure/Error: expect(page).to have_content("Welcome")\n       expected to find text "Welcome" in "Sign up Email has already been taken Submitting..."\n     # ./spec/system/signup_spec.rb:9:in `block (2 levels) in <main>\'\n40 examples, 1 failure\n\nExited with code exit status 1\n'),
    # the form's own error flash ('Oops! ... too long') under the pending label
    ('cap-saving-flash-oops',
     '  1) Post editing saves the draft\n     Failure/Error: expect(page).to have_content("Saved")\n       expected to find text "Saved" in "Saving... Oops! Title is too long (maximum is 80 characters)"\n12 examples, 1 failure\n\nExited with code exit status 1\n'),
    # the server's RoutingError in the same log: the form posts to a route that does not exist
    ('cap-css-never-routing-error',
     'Started POST "/profile" for 127.0.0.1 at 2024-05-01 10:00:00 +0000\nActionController::RoutingError (No route matches [POST] "/profile"):\n  1) Settings saves the profile\n     Failure/Error: expect(page).to have_css(".flash-notice")\n       expected to find css ".flash-notice" but there were no matches\n     # ./spec/system/settings_spec.rb:40:in `block (2 levels) in <main>\'\n58 examples, 1 failure\n\nExited with code exit status 1\n'),
    # the server error Capybara re-raised (NoMethodError on nil): the wait carried it
    ('cap-css-never-nomethoderror',
     '  1) Settings saves the profile\n     Failure/Error: expect(page).to have_css(".flash-notice")\n       expected to find css ".flash-notice" but there were no matches\n     # ./spec/system/settings_spec.rb:40:in `block (2 levels) in <main>\'\n     # ------------------\n     # --- Caused by: ---\n     # NoMethodError:\n     #   undefined method `full_name\' for nil:NilClass\n58 examples, 1 failure\n\nExited with code exit status 1\n'),
    # the application's request log shows a 500 and a missing column
    ('cy-never-found-after-500',
     '  1) editor\n       saves the draft:\n     AssertionError: Timed out retrying after 4000ms: Expected to find element: .saved-badge, but never found it.\n      at Context.eval (webpack:///./cypress/e2e/editor.cy.js:30:27)\n[server] POST /api/drafts 500 12.411 ms - 52\n[server] Error: column "body_html" of relation "drafts" does not exist\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # the browser console's ReferenceError: the component never rendered
    ('cy-never-found-console-referenceerror',
     'cons:error ✖  ReferenceError: formatPrice is not defined\n    at CartTotal (http://localhost:3000/static/js/main.js:1:2345)\n  1) cart\n       shows the total:\n     AssertionError: Timed out retrying after 4000ms: Expected to find element: [data-cy=cart-total], but never found it.\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # Elapsed(()) is a value assert_eq! compared, not a timeout the test ran into
    ('tokio-right-elapsed-value',
     'thread \'peer::slow_peer_is_dropped\' panicked at src/peer.rs:88:9:\nassertion `left == right` failed\n  left: Ok("pong")\n right: Elapsed(())\nfailures:\n    peer::slow_peer_is_dropped\ntest result: FAILED. 41 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 2.01s\n##[error]Process completed with exit code 1.\n'),
    # minikube's reason quoted by grep from a docs page; go vet failed the job
    ('minikube-inet-in-doc-grep',
     '$ grep -rn INET_ docs/troubleshooting.md\ndocs/troubleshooting.md:41:  X Exiting due to INET_DOWNLOAD_TIMEOUT: means the preload could not be fetched\n$ go vet ./...\npkg/cluster/start.go:88:2: unreachable code\n##[error]Process completed with exit code 1.\n'),
    # guard: a pending page, then a type error in a later step
    ('cap-pending-then-tsc-error',
     '       expected to find text "Saved" in "Saving..."\n12 examples, 1 failure\n$ npm run typecheck\nsrc/editor.ts(14,7): error TS2322: Type \'string\' is not assignable to type \'number\'.\n##[error]Process completed with exit code 1.\n'),
    # guard: an element wait, then a lint error in a later step
    ('cap-css-then-eslint',
     '       expected to find css ".flash-notice" but there were no matches\n58 examples, 1 failure\n$ yarn lint\n/app/src/editor.js\n  14:7  error  \'x\' is assigned a value but never used  no-unused-vars\n✖ 1 problem (1 error, 0 warnings)\n##[error]Process completed with exit code 1.\n'),
    # guard: a minikube download timeout survived, then a Go compile error
    ('minikube-inet-then-compile-error',
     'X Exiting due to INET_DOWNLOAD_TIMEOUT: download failed: https://storage.googleapis.com/minikube-preloaded-volume-tarballs/v18/preloaded.tar.lz4\nminikube start retry succeeded\n$ go build ./...\ncmd/server/main.go:41:9: undefined: NewRouter\n##[error]Process completed with exit code 1.\n'),
    # guard: the registry's words are a value a Go test compared
    ('blob-upload-unknown-in-test-diff',
     '--- FAIL: TestPushErrorMessage (0.00s)\n    push_test.go:88: message = "blob unknown to registry", want "blob upload unknown to registry"\nFAIL\nFAIL\texample.com/pusher\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # guard: the registry's words in a test's name and message
    ('blob-upload-unknown-test-name',
     '=== RUN   TestHandleBlobUploadUnknown\n    errors_test.go:40: status = 500, want 404 for blob upload unknown\n--- FAIL: TestHandleBlobUploadUnknown (0.00s)\nFAIL\n##[error]Process completed with exit code 1.\n'),
    # guard: a pre-receive hook refusal, not the server failure the entry reads
    ('git-push-hook-declined',
     "To github.com:example/site.git\n ! [remote rejected] gh-pages -> gh-pages (pre-receive hook declined)\nerror: failed to push some refs to 'github.com:example/site.git'\n##[error]Process completed with exit code 1.\n"),
    # guard: Prisma's code in a test's expected substring
    ('prisma-p1001-in-jest-expected',
     '  ● db › reports an unreachable server\n\n    expect(received).toContain(expected)\n\n    Expected substring: "P1001: Can\'t reach database server at"\n    Received string:    "P1000: Authentication failed against database server"\nTests:       1 failed, 12 passed, 13 total\n##[error]Process completed with exit code 1.\n'),
    # guard: a pinned pnpm version the registry does not have (404)
    ('corepack-404-version',
     'Internal Error: Server answered with HTTP 404 when performing the request to https://registry.npmjs.org/pnpm/-/pnpm-9.99.0.tgz; for troubleshooting help, see https://github.com/nodejs/corepack#troubleshooting\n##[error]Process completed with exit code 1.\n'),
]

# Words a broken feature prints as well as a slow page: never a confident rerun.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # 'Status: Pending' is a settled status the change may have failed to update
    ('cap-status-pending-settled',
     '  1) Admin marks the order paid\n     Failure/Error: expect(page).to have_content("Paid")\n       expected to find text "Paid" in "Order #42 Status: Pending Mark as paid"\n     # ./spec/system/admin_orders_spec.rb:18:in `block (2 levels) in <main>\'\n40 examples, 1 failure\n\nExited with code exit status 1\n'),
    # the same element missing on every Cypress attempt: the page's, not the machine's
    ('cy-never-found-all-attempts',
     '  Running:  checkout.cy.js                                                  (3 of 8)\n  checkout\n    (Attempt 1 of 3) shows a toast\n    (Attempt 2 of 3) shows a toast\n    1) shows a toast\n  0 passing (31s)\n  1 failing\n  1) checkout\n       shows a toast:\n     AssertionError: Timed out retrying after 4000ms: Expected to find element: .toast, but never found it.\n      at Context.eval (webpack:///./cypress/e2e/checkout.cy.js:12:8)\n##[error]Process completed with exit code 1.\n'),
    # the same element missing on Chrome, Firefox and Edge
    ('cy-never-found-three-browsers',
     '  (Run Starting) Browser: Chrome 124\n     AssertionError: Timed out retrying after 4000ms: Expected to find element: [data-cy=save-ok], but never found it.\n  (Run Starting) Browser: Firefox 125\n     AssertionError: Timed out retrying after 4000ms: Expected to find element: [data-cy=save-ok], but never found it.\n  (Run Starting) Browser: Edge 124\n     AssertionError: Timed out retrying after 4000ms: Expected to find element: [data-cy=save-ok], but never found it.\n    ✖  3 of 3 failed (100%)                      00:41        3        0        3        -        - \n##[error]Process completed with exit code 1.\n'),
    # the same locator missing on chromium, firefox and webkit
    ('pw-visible-three-projects',
     "  1) [chromium] › tests/cart.spec.ts:12:5 › cart › shows the toast ─────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: locator('.toast')\n    Expected: visible\n    Received: <element(s) not found>\n\n  2) [firefox] › tests/cart.spec.ts:12:5 › cart › shows the toast ──────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: locator('.toast')\n    Expected: visible\n    Received: <element(s) not found>\n\n  3) [webkit] › tests/cart.spec.ts:12:5 › cart › shows the toast ───────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: locator('.toast')\n    Expected: visible\n    Received: <element(s) not found>\n\n  3 failed\n##[error]Process completed with exit code 1.\n"),
    # the same locator missing on the first run and both retries
    ('pw-visible-retries',
     "  1) [chromium] › tests/cart.spec.ts:12:5 › cart › shows the toast ─────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: locator('.toast')\n    Expected: visible\n    Received: <element(s) not found>\n\n    Retry #1 ───────────────────────────────────────────────────────────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: locator('.toast')\n    Expected: visible\n    Received: <element(s) not found>\n\n    Retry #2 ───────────────────────────────────────────────────────────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: locator('.toast')\n    Expected: visible\n    Received: <element(s) not found>\n\n  1 failed\n##[error]Process completed with exit code 1.\n"),
    # the web server's TypeError in the same log: the page crashed
    ('pw-visible-webserver-error',
     "[WebServer] TypeError: Cannot read properties of undefined (reading 'map')\n[WebServer]     at OrdersPage (/app/.next/server/app/orders/page.js:1:1234)\n  1) [chromium] › tests/orders.spec.ts:5:5 › orders › lists orders ─────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: getByRole('table')\n    Expected: visible\n    Received: <element(s) not found>\n\n  1 failed\n##[error]Process completed with exit code 1.\n"),
    # the API behind the spinner answered 500 on a missing column
    ('pw-text-loading-api-500',
     '[WebServer] GET /api/orders 500 in 31ms\n[WebServer] PrismaClientKnownRequestError: The column `orders.region` does not exist in the current database.\n  1) [chromium] › tests/orders.spec.ts:5:5 › orders › shows count ─────────────\n\n    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)\n\n    Locator: getByTestId(\'count\')\n    Expected string: "3 orders"\n    Received string: "Loading..."\n\n  1 failed\n##[error]Process completed with exit code 1.\n'),
    # the same test hanging on two target frameworks in one log
    ('nunit-timeout-net6-net8',
     '  Failed OrderQueueTests.Drains [10 s]\n  Error Message:\n   Test exceeded Timeout value of 10000ms\nFailed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 31 s - Shop.Tests.dll (net6.0)\n  Failed OrderQueueTests.Drains [10 s]\n  Error Message:\n   Test exceeded Timeout value of 10000ms\nFailed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 30 s - Shop.Tests.dll (net8.0)\n##[error]Process completed with exit code 1.\n'),
    # the application's own 'Timed out waiting' line above another test's failure header is not that test's report
    ('phpunit-app-line-start-timed-out-then-bool',
     'Timed out waiting for lock orders:42, continuing\n1) Tests\\Feature\\CartTest::test_discount_applies\nFailed asserting that false is true.\n/app/tests/Feature/CartTest.php:31\nFAILURES!\nTests: 120, Assertions: 300, Failures: 1.\n##[error]Process completed with exit code 1.\n'),
    # the spinner stayed because the component threw (React's error boundary)
    ('tl-removed-error-boundary',
     '  ● OrdersPage › hides the spinner\n\n    Timed out in waitForElementToBeRemoved.\n\n    Ignored nodes: comments, script, style\n    <body><div><div role="alert">Something went wrong: Cannot read properties of undefined (reading \'items\')</div><div class="spinner"/></div></body>\n  console.error\n    The above error occurred in the <OrderList> component:\n##[error]Process completed with exit code 1.\n'),
    # guard: a text wait whose report does not show the page reads as Cypress's content wait (not transient)
    ('cy-content-never-did-within',
     "  1) Login\n       greets the user:\n     AssertionError: Timed out retrying after 4000ms: Expected to find content: 'Welcome back' within the element: <div.header> but never did.\n##[error]Process completed with exit code 1.\n"),
    # guard: a 404 for a pinned version that may not exist
    ('python-build-download-404',
     'Downloading Python-3.12.99.tar.xz...\n-> https://www.python.org/ftp/python/3.12.99/Python-3.12.99.tar.xz\ncurl: (22) The requested URL returned error: 404\nerror: failed to download Python-3.12.99.tar.xz\n\nBUILD FAILED (Ubuntu 22.04 using python-build 2.4.0)\n##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_is_not_surely_transient(log):
    not_surely_transient(log)


def test_a_pending_page_alone_still_reads_transient():
    # guard: the narrowed text entry still reads a page that is still saving
    log = ("  1) Post editing saves the draft\n"
           "     Failure/Error: expect(page).to have_content(\"Saved\")\n"
           "       expected to find text \"Saved\" in \"Editor Saving draft...\"\n"
           "12 examples, 1 failure\n\nExited with code exit status 1\n")
    assert judge(log).verdict == "transient"


def test_case_ids_are_unique():
    assert_unique_ids(REAL, NOT_SURELY_TRANSIENT)
