"""Review 17d of the seventeenth round's fp_jvm_langs and xfail17 sections (package-fetch-no-response,
package-not-in-registry, package-resolver-no-plan, format-check-files-listed, rust-http-client-request-not-answered,
exunit-compared-value-is-transport-error, exunit-task-yield-ran-out, rust-main-panicked-on-unparsable-value) and the
older entries and engine edits they made (download-failed's tools.deps and Paket unless lines, process-crashed-on-signal
under ROS launch's prefix, test-timeout's launch_testing unless_log, rules.py's elm-test title header): adversarial logs
(made up, short) from other tools and contexts that share the entries' words, and guards.

Found wrong before this review: high (real read transient) 3: a Rust test of the project's own client against its
mock server on 127.0.0.1 (2), affjax's request failure in a purescript-spec test's report; medium (outage read
real) 3: a zero count of badly formatted files, a Rust main panicked parsing a gateway's 502 page, a ROS node's
std::system_error under launch's prefix; low (unknown) 9. LEFT (fixed by xfail 17b): a post-step outage below a dependency failure."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, reads

REAL: list[tuple[str, str]] = [
    # the project's own client against the wiremock server the test started on 127.0.0.1: the test's code, every run
    ('rust-own-client-wiremock-incomplete',
     'running 4 tests\ntest client::tests::get_user ... FAILED\ntest client::tests::list ... ok\n\nfailures:\n\n---- client::tests::get_user stdout ----\nthread \'client::tests::get_user\' panicked at src/client.rs:88:10:\ncalled `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: "http://127.0.0.1:38211/users/1", source: hyper::Error(IncompleteMessage) }\n\n\nfailures:\n    client::tests::get_user\n\ntest result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.05s\n\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 1.\n'),
    # httpmock's server on the loopback, started by the test, never answered: the test's own server and client
    ('rust-own-client-httpmock-sending-request',
     "running 2 tests\ntest api::tests::posts_event ... FAILED\n\nfailures:\n\n---- api::tests::posts_event stdout ----\nthread 'api::tests::posts_event' panicked at tests/api.rs:41:6:\nsend: error sending request for url (http://127.0.0.1:41873/events)\n\nfailures:\n    api::tests::posts_event\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s\n##[error]Process completed with exit code 1.\n"),
    # affjax's message in a purescript-spec test's report, not under spago's fetch heading: an application's request, the test failed
    ('purs-spec-own-mock-request-failed',
     '$ spago test\nCompiling Test.Main\nRunning tests...\nApi.Client\n  ✗ fetches user from the local stub:\n\n  There was a problem making the request: request failed\n\nSummary\n1/12 tests failed\n[error] Tests failed: exit code: 1\n##[error]Process completed with exit code 1.\n'),
    # the test expected {:error, :closed} and the code returned {:error, :timeout}: a test of the code's error mapping
    ('exunit-expects-timeout-error-gets-closed',
     '  1) test maps a dead socket to :closed (MyApp.ClientTest)\n     test/my_app/client_test.exs:22\n     match (=) failed\n     code:  assert {:error, :closed} = Client.request(conn, "/slow", timeout: 10)\n     left:  {:error, :closed}\n     right: {:error, :timeout}\n     stacktrace:\n       test/my_app/client_test.exs:25: (test)\n\nFinished in 0.3 seconds (0.1s async, 0.2s sync)\n40 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # the test expected the code to wrap :timeout in its own error struct and it did not: the code's value
    ('exunit-test-expects-error-timeout-code-returns-timeout-other-shape',
     '  1) test wraps a timeout (MyApp.RetryTest)\n     test/my_app/retry_test.exs:8\n     match (=) failed\n     code:  assert {:error, %MyApp.Error{reason: :timeout}} = Retry.run(fn -> {:error, :timeout} end)\n     left:  {:error, %MyApp.Error{reason: :timeout}}\n     right: {:error, :timeout}\n     stacktrace:\n       test/my_app/retry_test.exs:10: (test)\n\n12 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # the Bypass stub the test started on localhost refused: the test's own server
    ('exunit-expects-ok-bypass-down-econnrefused',
     '  1) test fetches from the stub (MyApp.ApiTest)\n     test/my_app/api_test.exs:12\n     match (=) failed\n     code:  assert {:ok, %{status: 200}} = Api.get("http://localhost:#{bypass.port}/users")\n     left:  {:ok, %{status: 200}}\n     right: {:error, %Mint.TransportError{reason: :econnrefused}}\n     stacktrace:\n       test/my_app/api_test.exs:15: (test)\n\n40 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # under ==, right: nil is the value the test expected (the call should still block); the task finished early
    ('exunit-yield-expected-nil',
     '  1) test call blocks until released (MyApp.GateTest)\n     test/my_app/gate_test.exs:14\n     Assertion with == failed\n     code:  assert Task.yield(task, 100) == nil\n     left:  {:ok, :released}\n     right: nil\n     stacktrace:\n       test/my_app/gate_test.exs:18: (test)\n\n9 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # a node aborted on its own std::invalid_argument (stoi): a crash of the code, whatever the start-up wait
    ('ros-two-phase-crash-earlier-step',
     "$ colcon test --packages-select drivers\n[camera-1] terminate called after throwing an instance of 'std::invalid_argument'\n[camera-1]   what():  stoi\n[ERROR] [camera-1]: process has died [pid 41, exit code -6, cmd '/ws/install/drivers/lib/drivers/camera'].\n[INFO] [gazebo-2]: starting gzserver (this can take minutes on a small runner)\n[ERROR] [launch_testing]: Timed out waiting for processes to start up\n##[error]Process completed with exit code 1.\n"),
    # guard: one node's own out_of_range abort, then launch's shutdown of the others and the failing test
    ('ros-real-crash-then-others-sigint-abort',
     "[planner-2] terminate called after throwing an instance of 'std::out_of_range'\n[planner-2]   what():  vector::_M_range_check: __n (which is 3) >= this->size() (which is 3)\n[ERROR] [planner-2]: process has died [pid 77, exit code -6, cmd '/ws/install/nav/lib/nav/planner'].\n[INFO] [launch]: sending signal 'SIGINT' to process[talker-1]\n[talker-1] terminate called after throwing an instance of 'rclcpp::exceptions::RCLError'\n[talker-1]   what():  failed to publish: context is invalid\n[ERROR] [talker-1]: process has died [pid 66, exit code -6, cmd '/ws/install/demo/lib/demo/talker'].\nFAIL: test_planner_alive (nav.test_launch.TestPlanner)\nAssertionError: planner exited with -6\nRan 2 tests in 3.1s\n\nFAILED (failures=1)\n##[error]Process completed with exit code 1.\n"),
    # guard: an abort under launch's shutdown signal, then the job's own test binary segfaults
    ('ros-shutdown-abort-then-own-segfault',
     "[INFO] [launch]: sending signal 'SIGINT' to process[talker-1]\n[talker-1] terminate called after throwing an instance of 'rclcpp::exceptions::RCLError'\n[ERROR] [talker-1]: process has died [pid 66, exit code -6, cmd '/ws/install/demo/lib/demo/talker'].\nRan 2 tests in 1.0s\n\nOK\n$ ./build/test_geometry\nRunning main() from gtest_main.cc\n/home/runner/work/_temp/abc.sh: line 3:  4242 Segmentation fault      (core dumped) ./build/test_geometry\n##[error]Process completed with exit code 1.\n"),
    # guard: a shutdown abort, then another launch's node aborts on its own exception
    ('ros-shutdown-abort-then-other-node-abort-own',
     "[INFO] [launch]: sending signal 'SIGINT' to process[talker-1]\n[talker-1] terminate called after throwing an instance of 'rclcpp::exceptions::RCLError'\n[ERROR] [talker-1]: process has died [pid 66, exit code -6, cmd '/ws/install/demo/lib/demo/talker'].\n$ ros2 launch nav nav.launch.py\n[planner-1] terminate called after throwing an instance of 'std::invalid_argument'\n[planner-1]   what():  stod\n##[error]Process completed with exit code 1.\n"),
    # guard: a prefixed terminate line of a plain std::length_error
    ('ros-launch-prefix-docker-compose-like-guard',
     "[worker-3] terminate called after throwing an instance of 'std::length_error'\n[worker-3]   what():  basic_string::_M_create\n##[error]Process completed with exit code 1.\n"),
    # guard: a fetch retried past, then the PureScript compiler's error the job ended on
    ('spago-request-failed-then-compile-error',
     "$ spago build\nDownloading dependencies...\nCouldn't fetch package arrays:\n  There was a problem making the request: request failed\nRetrying...\nInstalled arrays@7.2.1\nCompiling Main\n[1/1 UnknownName] src/Main.purs:18:3\n\n  18    foo bar\n        ^^^\n\n  Unknown value foo\n\nSrc   Lib   All\nErrors   1     0     1\n[error] Failed to build.\n##[error]Process completed with exit code 1.\n"),
    # guard: a test failure, then the request failure of a post-job upload
    ('spago-test-fail-then-post-upload-request-failed',
     '$ spago test\nRunning tests...\nCart\n  ✗ totals:\n\n  Expected 3 to equal 4\n\nSummary\n1/12 tests failed\n[error] Tests failed: exit code: 1\n##[error]Process completed with exit code 1.\nPost job cleanup.\n$ node scripts/upload-report.js\nThere was a problem making the request: request failed\n'),
    # guard: an application's WARN log line naming reqwest's error above a plain value mismatch
    ('rust-app-log-line-then-assert',
     "running 3 tests\n2024-05-01T10:00:00Z WARN sync::worker: upload skipped: error sending request for url (https://hooks.example.com/x)\ntest tests::totals ... FAILED\n\nfailures:\n\n---- tests::totals stdout ----\nthread 'tests::totals' panicked at src/lib.rs:30:5:\nassertion `left == right` failed\n  left: 3\n right: 4\n\ntest result: FAILED. 2 passed; 1 failed; 0 ignored\n##[error]Process completed with exit code 1.\n"),
    # guard: failed tests, then a post-job upload's request error
    ('rust-test-fail-then-post-upload-reqwest',
     'test result: FAILED. 2 passed; 1 failed; 0 ignored\n\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 1.\nPost job cleanup.\n$ ./target/release/upload-coverage\nError: error sending request for url (https://coverage.example.com/upload)\n'),
    # guard: a handled fetch warning, then a compile error
    ('rust-compile-error-after-reqwest',
     '$ ./scripts/fetch-schema\nwarning: error sending request for url (https://schema.example.com/v1.json), using cached copy\n$ cargo build\nerror[E0308]: mismatched types\n  --> src/main.rs:10:5\n   |\n10 |     x\n   |     ^ expected `u32`, found `i64`\n\nerror: could not compile `app` (bin "app") due to 1 previous error\n##[error]Process completed with exit code 1.\n'),
    # guard: a custom test harness's main thread panicked on a ParseIntError
    ('rust-test-thread-main-custom-harness',
     "     Running tests/cucumber.rs (target/debug/deps/cucumber-1a2b)\nthread 'main' panicked at tests/steps.rs:20:31:\ncalled `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\nerror: test failed, to rerun pass `--test cucumber`\n##[error]Process completed with exit code 1.\n"),
    # guard: tools.deps' message as a value a clojure.test assertion compared
    ('tools-deps-unable-download-in-kaocha-test-expected',
     '--- unit (clojure.test) ---------------------------\nacme.deps-test\n  classpath-error-message\n\nFAIL in (classpath-error-message) (deps_test.clj:14)\nexpected: (= "Error building classpath. Could not transfer artifact" (msg))\n  actual: (not (= "Error building classpath. Could not transfer artifact" "Error building classpath. Unable to download: [org.acme/widgets \\"1.0\\"]"))\n1 tests, 1 assertions, 1 failures.\n##[error]Process completed with exit code 1.\n'),
    # guard: Elm's wording as a value a Jest test compared
    ('cannot-find-package-named-in-test-expect',
     '$ npm test\n  ✕ suggests a close name (12 ms)\n\n  ● cli › suggests a close name\n\n    expect(received).toContain(expected)\n\n    Expected substring: "Did you mean elm/http?"\n    Received string:    "I cannot find a package named elm/htpp."\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # guard: the feed answered with no versions (finished with: []): the name is wrong
    ('paket-could-not-find-versions-empty-answer',
     "+ dotnet paket install\nPaket failed with\n-> Could not find versions for package Acme.Widgetz on https://nuget.example.org/api/v2.\n-> Request 'https://nuget.example.org/api/v2/FindPackagesById()?id='Acme.Widgetz'' finished with: []\n##[error]Process completed with exit code 1.\n"),
    # guard: the request's cause is a refused credential: the job's setup
    ('paket-could-not-find-versions-errored-401',
     "+ dotnet paket install\nPaket failed with\n-> Could not find versions for package Acme.Internal on https://pkgs.example.org/feed/v3/index.json.\n-> Request 'https://pkgs.example.org/feed/v3/registration/acme.internal/index.json' finished with error\n-> RequestFailedException: Request to 'https://pkgs.example.org/feed/v3/registration/acme.internal/index.json' failed with: 401 Unauthorized — \n##[error]Process completed with exit code 1.\n"),
    # guard: scalafmtCheck's count, then a post-job cache warning
    ('scalafmt-check-then-post-cache-timeout',
     '[error] (Compile / scalafmtCheck) 2 files must be formatted (src/main/scala/Cart.scala, src/main/scala/Api.scala)\n[error] Total time: 12 s, completed\n##[error]Process completed with exit code 1.\nPost job cleanup.\nWarning: Failed to save: Cache service responded with 503\n'),
    # guard: cljfmt's file and its count of one
    ('cljfmt-check-then-outage-in-later-step',
     '$ clojure -M:cljfmt check\nsrc/acme/cart.clj has incorrect formatting\n--- a/src/acme/cart.clj\n+++ b/src/acme/cart.clj\n@@ -3,2 +3,2 @@\n-(defn total [xs](reduce + xs))\n+(defn total [xs] (reduce + xs))\n1 file formatted incorrectly\n##[error]Process completed with exit code 1.\n'),
    # guard: elm-test's boxed values under a ✗ title (network words are values)
    ('elm-test-box-values-guard',
     '$ elm-test\n↓ Http.RetryTest\n✗ gives up after a timeout\n\n    Err Timeout\n    ╷\n    │ Expect.equal\n    ╵\n    Err NetworkError\n\nTEST RUN FAILED\n\nPassed:   11\nFailed:   1\n##[error]Process completed with exit code 1.\n'),
    # (xfail 17b) was LEFT: the resolver's conflict is the failed step's own; a post-step upload's timeout after the exit line drops
    ('paket-conflict-real-guard-with-later-upload-timeout',
     '+ dotnet paket install\nPaket failed with\n-> There was a version conflict during package resolution.\n  Conflict detected:\n   - Acme.Core 3.0.0 requested package Acme.Widgets: >= 4.0\n   - Dependencies file requested package Acme.Widgets: < 3.0\n  Please try to relax some conditions or resolve the conflict manually (see http://fsprojects.github.io/Paket/nuget-dependencies.html#Use-exactly-this-version-constraint).\n##[error]Process completed with exit code 1.\nPost job cleanup.\n$ curl -T paket.log https://logs.example.com/\ncurl: (28) Connection timed out after 10000 milliseconds\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # Paket's conflict over a package the feed could not list (No versions available, the 503 in its chain): the feed's outage
    ('paket-conflict-no-versions-feed-503',
     "+ dotnet paket install\nPaket version 8.0.3\nResolving dependency graph...\nPaket failed with\n-> There was a version conflict during package resolution.\n  Resolved packages:\n   - FSharp.Core 8.0.100\n  Conflict detected:\n   - Dependencies file requested package Acme.Widgets: >= 2.0\n   - No versions available.\n  Please try to relax some conditions or resolve the conflict manually (see http://fsprojects.github.io/Paket/nuget-dependencies.html#Use-exactly-this-version-constraint).\n-> Unable to retrieve package versions for 'Acme.Widgets'\n   Required by: paket.dependencies\n-> RequestFailedException: Request to 'https://nuget.example.org/v3/registration5-gz-semver2/acme.widgets/index.json' failed with: 503 ServiceUnavailable — \n##[error]Process completed with exit code 1.\n"),
    # the same conflict over a name-resolution failure of the feed
    ('paket-conflict-no-versions-dns',
     "+ dotnet paket install\nPaket version 8.0.3\nResolving dependency graph...\nPaket failed with\n-> There was a version conflict during package resolution.\n  Conflict detected:\n   - Dependencies file requested package Acme.Widgets: >= 2.0\n   - No versions available.\n  Please try to relax some conditions or resolve the conflict manually (see http://fsprojects.github.io/Paket/nuget-dependencies.html#Use-exactly-this-version-constraint).\n-> Unable to retrieve package versions for 'Acme.Widgets'\n-> HttpRequestException: Name or service not known (nuget.example.org:443)\n-> SocketException: Name or service not known\n##[error]Process completed with exit code 1.\n"),
    # Paket's could-not-find heading over a request that finished with error (503): the feed was down
    ('paket-could-not-find-versions-request-errored-503',
     "+ dotnet paket install\nPaket version 8.0.3\nResolving dependency graph...\nPaket failed with\n-> Unable to retrieve package versions for 'Acme.Widgets'\n   Required by: paket.dependencies\n-> Could not find versions for package Acme.Widgets on https://nuget.example.org/api/v2.\n-> Request 'https://nuget.example.org/api/v2/FindPackagesById()?id='Acme.Widgets'' finished with error\n-> RequestFailedException: Request to 'https://nuget.example.org/api/v2/FindPackagesById()?id='Acme.Widgets'' failed with: 503 ServiceUnavailable — \n##[error]Process completed with exit code 1.\n"),
    # the same over an unresolved feed host (the request errored)
    ('paket-could-not-find-versions-request-errored-dns',
     "+ dotnet paket install\nPaket failed with\n-> Could not find versions for package Acme.Widgets on https://nuget.example.org/v3/index.json.\n-> Request 'https://nuget.example.org/v3/registration/acme.widgets/index.json' errored\n-> HttpRequestException: No such host is known. (nuget.example.org:443)\n##[error]Process completed with exit code 1.\n"),
    # a summary of zero badly formatted files is no failure; the job ended on an unresolved host
    ('cljfmt-zero-files-then-dns',
     '$ clojure -M:cljfmt check\nAll source files formatted correctly\n$ ./scripts/fmt-summary\n0 files formatted incorrectly\n$ clojure -P\nDownloading: org/acme/widgets/1.2.3/widgets-1.2.3.pom from clojars\nError building classpath. Could not transfer artifact org.acme:widgets:pom:1.2.3 from/to clojars (https://repo.clojars.org/): repo.clojars.org: Temporary failure in name resolution\n##[error]Process completed with exit code 1.\n'),
    # a script's own '↓ downloading' line over curl's resolver failure: not elm-test's header over a ✗ title
    ('arrow-prev-then-curl-dns',
     '$ ./scripts/fetch.sh\n↓ downloading fixtures\ncurl: (6) Could not resolve host: fixtures.example.com\n##[error]Process completed with exit code 1.\n'),
    # guard: lint-staged's '↓' line over npm's network failure
    ('listr-arrow-then-outage',
     '$ npx lint-staged && npm ci\n↓ No staged files found.\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\n##[error]Process completed with exit code 1.\n'),
    # guard: spago's package-set fetch heading (after the log's ❌) over affjax's request failure
    ('spago-fetch-failed-heading-set',
     "$ spago build\nReading Spago workspace configuration...\n❌ Couldn't fetch package set:\n  There was a problem making the request: request failed\n##[error]Process completed with exit code 1.\n"),
    # guard: reqwest's request to an external host, its DNS cause below
    ('rust-reqwest-external-plain',
     '$ cargo run --bin fetch-fixtures\nError: error sending request for url (https://fixtures.example.com/data.json)\n\nCaused by:\n    0: client error (Connect)\n    1: dns error: failed to lookup address information: Temporary failure in name resolution\n##[error]Process completed with exit code 1.\n'),
    # guard: Paket's download heading over a timeout in its chain
    ('paket-could-not-download-timeout-chain',
     '+ dotnet paket install\nPaket version 8.0.3\nResolving dependency graph...\nDownloading Acme.Widgets 2.1.0\nPaket failed with\n-> Could not download Acme.Widgets 2.1.0 from https://nuget.example.org/api/v2/package/Acme.Widgets/2.1.0.\n-> TaskCanceledException: The operation was canceled.\n-> TimeoutException: The operation has timed out.\n##[error]Process completed with exit code 1.\n'),
    # guard: tools.deps' transfer failure (not its Unable to download) on a connect timeout
    ('tools-deps-transfer-failed-maven',
     '+ clojure -P\nDownloading: org/acme/widgets/1.2.3/widgets-1.2.3.pom from central\nError building classpath. Could not transfer artifact org.acme:widgets:pom:1.2.3 from/to central (https://repo1.maven.org/maven2/): Connect to repo1.maven.org:443 failed: Connection timed out\n##[error]Process completed with exit code 1.\n'),
    # guard: scalafmt's warning (not its check's count), then a dependency download timeout
    ('scalafmt-warn-then-sbt-resolve-timeout',
     "[info] welcome to sbt 1.9.7\n[warn] /home/runner/work/app/src/main/scala/Cart.scala isn't formatted properly!\n[info] compiling 12 Scala sources\n[error] (update) sbt.librarymanagement.ResolveException: Error downloading org.acme:widgets_2.13:1.2.3\n[error]   download error: Caught java.net.SocketTimeoutException: Read timed out while downloading https://repo1.maven.org/maven2/org/acme/widgets_2.13/1.2.3/widgets_2.13-1.2.3.pom\n##[error]Process completed with exit code 1.\n"),
    # guard: a list of files a script checked, then curl's timeout
    ('linter-files-checked-list-then-timeout',
     '$ clj-kondo --lint src\nlinting took 210ms, errors: 0, warnings: 0\n$ ./scripts/check-format.sh\nchecked: src/acme/cart.clj\nchecked: src/acme/api.clj\n$ curl -fsS https://artifacts.example.com/fixtures.tgz -o f.tgz\ncurl: (28) Operation timed out after 30001 milliseconds with 0 bytes received\n##[error]Process completed with exit code 1.\n'),
    # guard: Elm's package list could not be fetched (timed out)
    ('elm-unknown-package-offline',
     '$ elm make src/Main.elm\n-- PROBLEM LOADING PACKAGE LIST ----------------------------------------------\n\nI need the list of published packages to verify your dependencies, so I tried to\nfetch:\n\n    https://package.elm-lang.org/all-packages\n\nBut my HTTP library is saying this request failed because it timed out.\n##[error]Process completed with exit code 1.\n'),
]

# Must not read real at 0.7 or more: the failure may be a server's outage as much as the change.
NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the value main could not parse is a gateway's 502 page: the server was down, not the input
    ('rust-main-parse-html-body',
     '$ cargo run -p xtask -- sync-versions\nthread \'main\' panicked at xtask/src/main.rs:48:10:\ninvalid type: string "<html><body><h1>502 Bad Gateway</h1></body></html>", expected struct Release at line 1 column 52\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n'),
    # a node's uncaught std::system_error (Resource temporarily unavailable) under launch's prefix: the outage-type exception decides, as without the prefix
    ('ros-node-system-error-resource',
     "[bridge-1] terminate called after throwing an instance of 'std::system_error'\n[bridge-1]   what():  Resource temporarily unavailable\n[ERROR] [bridge-1]: process has died [pid 50, exit code -6, cmd '/ws/install/b/lib/b/bridge'].\n##[error]Process completed with exit code 1.\n"),
    # guard: main parsed an empty version that curl's 503 left it
    ('rust-main-parse-after-curl-503',
     '$ LATEST=$(curl -sf https://api.example.com/releases/latest/number || true)\ncurl: (22) The requested URL returned error: 503\n$ cargo run -p xtask -- bump "$LATEST"\n    Finished dev [unoptimized] target(s) in 0.2s\n     Running `target/debug/xtask bump \'\'`\nthread \'main\' panicked at xtask/src/main.rs:22:40:\ncalled `Result::unwrap()` on an `Err` value: ParseIntError { kind: Empty }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n'),
    # guard: a node's what() names a wait on the simulator that ran out
    ('ros-what-timeout-then-launch-wait',
     "[sim_bridge-1] terminate called after throwing an instance of 'std::runtime_error'\n[sim_bridge-1]   what():  timed out waiting for gazebo server to come up\n[ERROR] [sim_bridge-1]: process has died [pid 50, exit code -6, cmd '/ws/install/sim/lib/sim/bridge'].\n[ERROR] [launch_testing]: Timed out waiting for processes to start up\n##[error]Process completed with exit code 1.\n"),
    # guard: the code's call to an external host timed out (Req's TransportError)
    ('exunit-transport-error-real-guard',
     '  1) test syncs the catalogue (Shop.SyncTest)\n     test/shop/sync_test.exs:9\n     match (=) failed\n     code:  assert {:ok, _} = Sync.run("https://catalogue.example.com")\n     left:  {:ok, _}\n     right: {:error, %Req.TransportError{reason: :timeout}}\n\n40 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
]

# Left: none since xfail 17b (the post-step outage below a dependency failure), so the expected-failure list went.


def test_unique_ids() -> None:
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_REAL)


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
