"""Review 16k of xfail16's three engine readers: XCTest's two values compared ("(\"90\") is not equal to (\"100\")") and the
damaged-value check passing over a "file:line: error:", _linked_to_test's report opening no higher than the failing test's
opening line, and _in_power_assertion's exception thrown under Spock's "Condition failed with Exception:". Short logs
written for these tests, no project's log copied.

41 logs. On main (a08fe7c) 5 read wrong: high 1 (spock-exc-npe-value-is-timeout: a SocketTimeoutException that is a
value lower down, under the NPE the condition threw, read as thrown: transient 0.89); medium 4 (an outage the failing
test's own failure message states, below its opening line, discounted as background: real 0.59-0.61; two of them,
PHPUnit's "Failed asserting that ..." and a "Failed to count ..." message, because _TEST_BOUNDARY's "Failed \\S" took
prose for the test's opening and cut its name out of the report); low 0. On review16k none.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # a telemetry upload's 503, then 90 vs 100 in a cart test: the change's arithmetic
    ('xc-clean-values-background-analytics',
     'App[1:2] [Analytics] upload to https://telemetry.example.com/v1/batch failed: status 503, will retry\nTest Case \'-[AppTests.CartTests testTotal]\' started.\n/src/AppTests/CartTests.swift:41: error: -[AppTests.CartTests testTotal] : XCTAssertEqual failed: ("90") is not equal to ("100")\nTest Case \'-[AppTests.CartTests testTotal]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # XCTAssertGreaterThan on clean numbers beside a telemetry 503
    ('xc-greater-than-clean',
     'App[1:2] [Analytics] upload to https://telemetry.example.com/v1/batch failed: status 503, will retry\nTest Case \'-[AppTests.CartTests testDiscount]\' started.\n/src/AppTests/CartTests.swift:41: error: -[AppTests.CartTests testDiscount] : XCTAssertGreaterThan failed: ("5") is not greater than ("10")\nTest Case \'-[AppTests.CartTests testDiscount]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # XCTFail's ': failed - expected 90 cents, got 100' is no error value
    ('xc-xctfail-message-clean',
     "App[1:2] [Analytics] upload to https://telemetry.example.com/v1/batch failed: status 503, will retry\nTest Case '-[AppTests.CartTests testRounding]' started.\n/src/AppTests/CartTests.swift:41: error: -[AppTests.CartTests testRounding] : failed - expected 90 cents, got 100\nTest Case '-[AppTests.CartTests testRounding]' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n"),
    # swift-corelibs-xctest's format, clean values beside a telemetry 503
    ('xc-linux-clean',
     '[Analytics] upload to https://telemetry.example.com/v1/batch failed: status 503, will retry\nTest Case \'CartTests.testTotal\' started at 2024-05-01 10:00:00.000\n/src/Tests/AppTests/CartTests.swift:22: error: CartTests.testTotal : XCTAssertEqual failed: ("90") is not equal to ("100") - \nTest Case \'CartTests.testTotal\' failed (0.003 seconds)\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # a telemetry retry in console output, then a clean 100 vs 90
    ('jest-other-test-outage-then-clean',
     '  console.warn\n    [telemetry] POST https://telemetry.example.com/v1 failed: 503, retrying\n\n      at Object.warn (src/telemetry.ts:12:13)\n\n FAIL  src/cart.test.ts\n  ● cart › totals\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 100\n    Received: 90\n\n      at Object.<anonymous> (src/cart.test.ts:8:25)\n\nTests:       1 failed, 20 passed, 21 total\n##[error]Process completed with exit code 1.\n'),
    # the condition threw MissingPropertyException: a misspelt property
    ('spock-exc-missingproperty',
     'Condition failed with Exception:\n\ncart.totl == 42\n|    |\n|    groovy.lang.MissingPropertyException: No such property: totl for class: com.acme.Cart\ncom.acme.Cart@3c1d\n\n\tat com.acme.CartSpec.totals(CartSpec.groovy:14)\nCartSpec > totals FAILED\n> Task :test FAILED\n'),
    # an NPE thrown in the condition, a telemetry 503 above it
    ('spock-exc-npe-after-outage',
     'WARN  TelemetryClient - POST https://telemetry.example.com/v1 failed: 503 Service Unavailable\nCondition failed with Exception:\n\ncart.total() == 42\n|    |\n|    java.lang.NullPointerException: Cannot invoke "com.acme.Item.price()" because "item" is null\ncom.acme.Cart@3c1d\n\n\tat com.acme.CartSpec.totals(CartSpec.groovy:14)\nCartSpec > totals FAILED\n> Task :test FAILED\n'),
    # MissingPropertyException below a telemetry reset
    ('spock-exc-missingproperty-after-outage',
     'WARN  TelemetryClient - POST https://telemetry.example.com/v1 failed: Connection reset\nCondition failed with Exception:\n\ncart.totl == 42\n|    |\n|    groovy.lang.MissingPropertyException: No such property: totl for class: com.acme.Cart\ncom.acme.Cart@3c1d\n\n\tat com.acme.CartSpec.totals(CartSpec.groovy:14)\nCartSpec > totals FAILED\n> Task :test FAILED\n'),
    # MalformedURLException: the URL the change built
    ('spock-exc-malformed-url',
     'Condition failed with Exception:\n\nclient.fetch("stock/v1").ok\n|      |\n|      java.net.MalformedURLException: no protocol: stock/v1\nStockClient@4f2a\n\n\tat com.acme.StockSpec.fetches(StockSpec.groovy:11)\nStockSpec > fetches FAILED\n> Task :test FAILED\n'),
    # IllegalStateException of the app's own pool, connection word or not
    ('spock-exc-illegal-state-pool',
     'Condition failed with Exception:\n\npool.borrow().valid\n|    |\n|    java.lang.IllegalStateException: Connection pool shut down\nPool@4f2a\n\n\tat com.acme.PoolSpec.borrows(PoolSpec.groovy:11)\nPoolSpec > borrows FAILED\n> Task :test FAILED\n'),
    # MissingMethodException though the expression names a URL
    ('spock-exc-missingmethod',
     'Condition failed with Exception:\n\nclient.fetchAll("https://stock.example.com/v1").size() == 3\n|      |\n|      groovy.lang.MissingMethodException: No signature of method: com.acme.StockClient.fetchAll() is applicable\nStockClient@4f2a\n\n\tat com.acme.StockSpec.fetches(StockSpec.groovy:11)\nStockSpec > fetches FAILED\n> Task :test FAILED\n'),
    # a telemetry 503 beside clean values in WarehouseTests
    ('nunit-final-above-opening-failed-to-message-other-host',
     'fail: Shop.Telemetry[0] Upload to https://telemetry.example.com/v1 gave up: 503 Service Unavailable\n  Failed Shop.Tests.WarehouseTests.CountsItems [3 s]\n  Error Message:\n   Failed to count items after sync\n  Expected: 3\n  But was:  2\n  Stack Trace:\n     at Shop.Tests.WarehouseTests.CountsItems() in /src/WarehouseTests.cs:line 22\nFailed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41\n##[error]Process completed with exit code 1.\n'),
    # a telemetry 503 beside clean values in WarehouseTest
    ('phpunit-other-host-clean',
     '[2024-05-01 10:00:01] app.ERROR: POST https://telemetry.example.com/v1 failed: 503 Service Unavailable [] []\nThere was 1 failure:\n\n1) Tests\\Feature\\WarehouseTest::testCount\nFailed asserting that 2 matches expected 3.\n\n/app/tests/Feature/WarehouseTest.php:31\n\nFAILURES!\nTests: 4, Assertions: 9, Failures: 1.\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # the condition threw ConnectException: the test ran into a refusal
    ('spock-exc-connect',
     'Condition failed with Exception:\n\nclient.fetch("/stock").count == 3\n|      |\n|      java.net.ConnectException: Connection refused\nStockClient@4f2a\n\n\tat com.acme.StockSpec.counts stock(StockSpec.groovy:18)\nCaused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n\nStockSpec > counts stock FAILED\n> Task :test FAILED\n'),
    # the condition threw SocketTimeoutException
    ('spock-exc-sockettimeout',
     'Condition failed with Exception:\n\napi.get("https://stock.example.com/v1").status == 200\n|   |\n|   java.net.SocketTimeoutException: Read timed out\nApiClient@1a2b\n\n\tat com.acme.ApiSpec.reads stock(ApiSpec.groovy:25)\nApiSpec > reads stock FAILED\n> Task :test FAILED\n'),
    # the condition threw UnknownHostException (name resolution)
    ('spock-exc-unknownhost-nested',
     'Condition failed with Exception:\n\nclient.fetch().ok\n|      |\n|      java.net.UnknownHostException: stock.example.com: Temporary failure in name resolution\nStockClient@4f2a\n\n\tat com.acme.StockSpec.fetches(StockSpec.groovy:11)\nStockSpec > fetches FAILED\n> Task :test FAILED\n'),
    # the app's exception wraps a ConnectException (Caused by)
    ('spock-exc-connect-wrapped-by-own',
     'Condition failed with Exception:\n\nclient.fetch().count == 3\n|      |\n|      com.acme.StockClientException: fetch failed\nStockClient@4f2a\n\n\tat com.acme.StockSpec.fetches(StockSpec.groovy:11)\nCaused by: java.net.ConnectException: Connection refused (Connection refused)\n\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)\nStockSpec > fetches FAILED\n> Task :test FAILED\n'),
    # the thrown ConnectException in the leftmost column (no bar)
    ('spock-exc-connect-in-expression-line',
     'Condition failed with Exception:\n\nhttp.get("http://stock:8080/v1").status == 200\n|    |\njava.net.ConnectException: Connection refused\n\n\tat com.acme.ApiSpec.reads(ApiSpec.groovy:25)\nApiSpec > reads FAILED\n> Task :test FAILED\n'),
    # Spring's ResourceAccessException for a refused connection
    ('spock-exc-resource-access',
     'Condition failed with Exception:\n\nrest.getForObject("http://stock:8080/v1", Map).count == 3\n|    |\n|    org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://stock:8080/v1": Connection refused\nRestTemplate@4f2a\n\n\tat com.acme.StockSpec.fetches(StockSpec.groovy:11)\nStockSpec > fetches FAILED\n> Task :test FAILED\n'),
    # IOException: Connection reset by peer thrown in the condition
    ('spock-exc-ioexception-reset',
     'Condition failed with Exception:\n\nclient.download("https://files.example.com/a.bin").size() > 0\n|      |\n|      java.io.IOException: Connection reset by peer\nFileClient@4f2a\n\n\tat com.acme.FileSpec.downloads(FileSpec.groovy:11)\nFileSpec > downloads FAILED\n> Task :test FAILED\n'),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # an empty string came back after the app was offline: the outage's damage
    ('xc-empty-after-offline',
     'App[812:3301] [Net] Task <A1B2>.<1> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."\nTest Case \'-[AppTests.ProfileTests testName]\' started.\n/src/AppTests/ProfileTests.swift:41: error: -[AppTests.ProfileTests testName] : XCTAssertEqual failed: ("") is not equal to ("Alice")\nTest Case \'-[AppTests.ProfileTests testName]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # a 0 badge count after the offline error: nothing loaded
    ('xc-zero-after-offline',
     'App[812:3301] [Net] Task <A1B2>.<1> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."\nTest Case \'-[AppTests.CartTests testBadgeCount]\' started.\n/src/AppTests/CartTests.swift:41: error: -[AppTests.CartTests testBadgeCount] : XCTAssertEqual failed: ("0") is not equal to ("3")\nTest Case \'-[AppTests.CartTests testBadgeCount]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # nil where a total was wanted, after the offline error
    ('xc-nil-optional-after-offline',
     'App[812:3301] [Net] Task <A1B2>.<1> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."\nTest Case \'-[AppTests.CartTests testTotal]\' started.\n/src/AppTests/CartTests.swift:41: error: -[AppTests.CartTests testTotal] : XCTAssertEqual failed: ("nil") is not equal to ("Optional(42.0)")\nTest Case \'-[AppTests.CartTests testTotal]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # the compared value is a failed state carrying an error text
    ('xc-error-text-after-offline',
     'App[812:3301] [Net] Task <A1B2>.<1> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."\nTest Case \'-[AppTests.FeedTests testState]\' started.\n/src/AppTests/FeedTests.swift:41: error: -[AppTests.FeedTests testState] : XCTAssertEqual failed: ("failed(\\"The operation couldn’t be completed.\\")") is not equal to ("loaded")\nTest Case \'-[AppTests.FeedTests testState]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # the app's generic error banner is the compared value after going offline
    ('xc-error-word-inside-after-offline',
     'App[812:3301] [Net] Task <A1B2>.<1> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."\nTest Case \'-[AppTests.FeedTests testBanner]\' started.\n/src/AppTests/FeedTests.swift:41: error: -[AppTests.FeedTests testBanner] : XCTAssertEqual failed: ("Something went wrong. Please try again.") is not equal to ("Welcome back")\nTest Case \'-[AppTests.FeedTests testBanner]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # swift-corelibs-xctest's format, an empty string after a refused connection
    ('xc-linux-empty',
     '[Net] request to http://localhost:8080/profile failed: Connection refused\nTest Case \'ProfileTests.testName\' started at 2024-05-01 10:00:00.000\n/src/Tests/AppTests/ProfileTests.swift:22: error: ProfileTests.testName : XCTAssertEqual failed: ("") is not equal to ("Alice") - \nTest Case \'ProfileTests.testName\' failed (0.003 seconds)\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # the test's own stdout gave up on a refused host and the value is 0
    ('gradle-stdout-retries-then-failed',
     'StockSpec > counts items STANDARD_OUT\n    WARN  StockClient - GET http://warehouse:8080/stock failed: Connection refused, retry 1/3\n    WARN  StockClient - GET http://warehouse:8080/stock failed: Connection refused, retry 2/3\n    ERROR StockClient - giving up on http://warehouse:8080/stock: Connection refused\n\nStockSpec > counts items FAILED\n    org.opentest4j.AssertionFailedError: expected: <3> but was: <0>\n        at StockSpec.counts items(StockSpec.groovy:22)\n\n12 tests completed, 1 failed\n> Task :test FAILED\n'),
    # refusals in the same test's stdout: not surely background
    ('gradle-stdout-retries-clean-values-other-host',
     'StockTest > countsItems() STANDARD_OUT\n    WARN  StockClient - GET http://warehouse:8080/stock failed: Connection refused, retry 1/3\n    ERROR StockClient - giving up on http://warehouse:8080/stock: Connection refused\n\nStockTest > countsItems() FAILED\n    org.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n        at StockTest.countsItems(StockTest.java:22)\n\n12 tests completed, 1 failed\n> Task :test FAILED\n'),
    # the test's own loopback refused; 2 vs 3 may be its damage
    ('go-test-own-retries-clean-values',
     '=== RUN   TestStockCount\n2024/05/01 10:00:01 stock: GET http://127.0.0.1:9999/stock: dial tcp 127.0.0.1:9999: connect: connection refused; retrying\n2024/05/01 10:00:02 stock: GET http://127.0.0.1:9999/stock: dial tcp 127.0.0.1:9999: connect: connection refused; giving up\n    stock_test.go:40: count = 2, want 3\n--- FAIL: TestStockCount (2.00s)\nFAIL\nFAIL\texample.com/stock\t2.1s\n##[error]Process completed with exit code 1.\n'),
    # a .failed view state after the offline error
    ('xc-enum-failed-state-after-offline',
     'App[812:3301] [Net] Task <A1B2>.<1> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."\nTest Case \'-[AppTests.FeedTests testState]\' started.\n/src/AppTests/FeedTests.swift:41: error: -[AppTests.FeedTests testState] : XCTAssertEqual failed: ("App.FeedState.failed") is not equal to ("App.FeedState.loaded")\nTest Case \'-[AppTests.FeedTests testState]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # a .error load state after a 503
    ('xc-enum-error-state-after-503',
     'App[1:2] [Api] GET https://api.example.com/v2/feed failed with status 503\nTest Case \'-[AppTests.FeedTests testState]\' started.\n/src/AppTests/FeedTests.swift:41: error: -[AppTests.FeedTests testState] : XCTAssertEqual failed: ("Optional(App.LoadState.error)") is not equal to ("Optional(App.LoadState.loaded)")\nTest Case \'-[AppTests.FeedTests testState]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
]

NOT_REAL: list[tuple[str, str]] = [
    # the 502'd inventory host names the failing InventoryTests
    ('xc-names-host-in-test',
     'App[1:2] [Sync] GET https://inventory.example.com/v1/items failed: status 502\nTest Case \'-[AppTests.InventoryTests testItemCount]\' started.\n/src/AppTests/InventoryTests.swift:41: error: -[AppTests.InventoryTests testItemCount] : XCTAssertEqual failed: ("2") is not equal to ("3")\nTest Case \'-[AppTests.InventoryTests testItemCount]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # the test's own message names the billing service that returned 503
    ('xc-names-host-in-message',
     'App[1:2] [Sync] request to https://billing.example.com/v1/plan failed: status 503\nTest Case \'-[AppTests.PlanTests testPrice]\' started.\n/src/AppTests/PlanTests.swift:41: error: -[AppTests.PlanTests testPrice] : XCTAssertEqual failed: ("9.99") is not equal to ("12.99") - price from billing\nTest Case \'-[AppTests.PlanTests testPrice]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # the assertion's own message is the timeout: the test reports the outage as its cause
    ('phpunit-outage-inside-report',
     'PHPUnit 10.5.0 by Sebastian Bergmann and contributors.\n\n..F.\n\nThere was 1 failure:\n\n1) Tests\\Sync\\StockTest::testCount\nSync gave up after 3 attempts: cURL error 28: Operation timed out after 5000 milliseconds (https://warehouse.example.com/stock)\nFailed asserting that 2 matches expected 3.\n\n/app/tests/Sync/StockTest.php:31\n\nFAILURES!\nTests: 4, Assertions: 9, Failures: 1.\n##[error]Process completed with exit code 1.\n'),
    # retries above the test's opening, its final 503 inside the Error Message
    ('retries-above-final-inside-dotnet',
     'warn: Stock.Client[0] GET https://warehouse.example.com/stock failed with status code 503, retrying (1/3)\nwarn: Stock.Client[0] GET https://warehouse.example.com/stock failed with status code 503, retrying (2/3)\n  Failed Shop.Tests.StockTests.CountsItems [3 s]\n  Error Message:\n   Stock sync gave up: GET https://warehouse.example.com/stock returned 503 Service Unavailable\nExpected: 3\n  But was:  2\n  Stack Trace:\n     at Shop.Tests.StockTests.CountsItems() in /src/StockTests.cs:line 22\nFailed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41\n##[error]Process completed with exit code 1.\n'),
    # a Result's failure(...) is the compared value after a 503
    ('xc-result-failure-after-503',
     'App[1:2] [Api] GET https://api.example.com/v2/feed failed with status 503\nTest Case \'-[AppTests.FeedTests testLoad]\' started.\n/src/AppTests/FeedTests.swift:41: error: -[AppTests.FeedTests testLoad] : XCTAssertEqual failed: ("failure(App.APIError.server)") is not equal to ("success(3)")\nTest Case \'-[AppTests.FeedTests testLoad]\' failed (0.214 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 2.1 (2.2) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
    # the 503'd warehouse host names WarehouseTests; a 'Failed to ...' message line opens nothing
    ('nunit-final-above-opening-failed-to-message',
     'fail: Shop.Sync[0] Stock sync against https://warehouse.example.com/stock gave up: 503 Service Unavailable\n  Failed Shop.Tests.WarehouseTests.CountsItems [3 s]\n  Error Message:\n   Failed to count items after sync\n  Expected: 3\n  But was:  2\n  Stack Trace:\n     at Shop.Tests.WarehouseTests.CountsItems() in /src/WarehouseTests.cs:line 22\nFailed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41\n##[error]Process completed with exit code 1.\n'),
    # retries above 'There was 1 failure', the final 503 is the assertion's message
    ('phpunit-message-is-outage-retries-above',
     '[2024-05-01 10:00:01] app.WARNING: GET https://warehouse.example.com/stock returned 503, retrying (1/3) [] []\n[2024-05-01 10:00:02] app.WARNING: GET https://warehouse.example.com/stock returned 503, retrying (2/3) [] []\nThere was 1 failure:\n\n1) Tests\\Sync\\StockTest::testCount\nStock sync gave up: GET https://warehouse.example.com/stock returned 503\nFailed asserting that 2 matches expected 3.\n\n/app/tests/Sync/StockTest.php:31\n\nFAILURES!\nTests: 4, Assertions: 9, Failures: 1.\n##[error]Process completed with exit code 1.\n'),
    # the warehouse host names WarehouseTest; PHPUnit's 'Failed asserting' opens nothing
    ('phpunit-host-in-opening-line',
     '[2024-05-01 10:00:01] app.ERROR: GET http://warehouse:8080/stock failed: 503 Service Unavailable [] []\nThere was 1 failure:\n\n1) Tests\\Feature\\WarehouseTest::testCount\nFailed asserting that 2 matches expected 3.\n\n/app/tests/Feature/WarehouseTest.php:31\n\nFAILURES!\nTests: 4, Assertions: 9, Failures: 1.\n##[error]Process completed with exit code 1.\n'),
    # the warehouse host names WarehouseTests in NUnit console's '1) Failed :' line
    ('nunit-console-failed-to-message-no-stack',
     'ERROR Stock sync against https://warehouse.example.com/stock gave up: 503 Service Unavailable\nErrors, Failures and Warnings\n\n1) Failed : Shop.Tests.WarehouseTests.CountsItems\n  Failed to count items after sync\n  Expected: 3\n  But was:  2\n\nTest Run Summary\n  Overall result: Failed\n  Test Count: 41, Passed: 40, Failed: 1\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the NPE (top row) was thrown; the SocketTimeoutException lower down is a value the test read
    ('spock-exc-npe-value-is-timeout',
     'Condition failed with Exception:\n\nresult.error.cause.message.trim() == "x"\n|      |     |     |       |\n|      |     null  null    java.lang.NullPointerException: Cannot invoke "String.trim()" because the return value is null\n|      java.net.SocketTimeoutException: Read timed out\nResult@1a2b\n\n\tat com.acme.ClientSpec.maps errors(ClientSpec.groovy:30)\nCaused by: java.lang.NullPointerException: Cannot invoke "String.trim()"\nClientSpec > maps errors FAILED\n> Task :test FAILED\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log: str) -> None:
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_not_real(log: str) -> None:
    v = judge(log)
    assert v.verdict != "real", v.rationale


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_unique_ids() -> None:
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_REAL, NOT_REAL, NOT_SURELY_TRANSIENT)
