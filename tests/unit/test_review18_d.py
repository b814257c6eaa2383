"""Review 18d of the eighteenth round's beam and analyzers sections (hex-lock-refused-by-registry,
mix-project-check-refused, rebar3-package-checksum-not-registry, rebar3-dialyzer-xref-findings, eunit-context-setup-failed,
common-test-init-per-suite-failed, hex-registry-signature-unverified, static-analyzer-findings-summary,
checker-classpath-download-outage, codeql-cli-heap-exhausted, codeql-query-compile-error, analyzer-configured-timeout-killed)
and the older entries those helpers changed (package-not-published's nested go install form, syntax-error's xz unless,
lint-jvm-generic's zero-count unless): adversarial logs (made up, short) from other tools and contexts that share the
entries' words, and guards.

Found wrong before this review (58 logs): high (real read transient) 4: a failing test beside a checker's classpath
503 under Gradle's --continue, and three EUnit/Common Test setup crashes on the code below an outage the job had got
past in an earlier command; medium (outage read real) 2: Checkstyle's bare warning under Gradle's ignoreFailures above
a 503, an init_per_suite whose connect ended {inet,[inet],timeout}; low (unknown) 14: analyzer summaries the build let
pass (Maven INFO/WARNING, Gradle ignoreFailures, make's "(ignored)") above an outage, Go's unknown revision after git
could not connect, a compile error beside a checker's classpath 502.
After: high 3, medium 1 (LEFT, below: the engine has no discount for an outage in an earlier command above a failed
test's setup; no network entry reads Erlang's bare timeout atom), low 4 (marked LEFT in NOT_SURELY_TRANSIENT).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # a test source that does not compile below a PMD count the build let pass: the compiler's error, every run
    ('pmd-info-summary-then-compile-error',
     '[INFO] --- maven-pmd-plugin:3.21.0:check (default) @ shop-core ---\n[INFO] You have 1 PMD violation. For more details see: /home/runner/work/shop/core/target/pmd.xml\n[INFO] --- maven-compiler-plugin:3.11.0:testCompile (default-testCompile) @ shop-core ---\n[ERROR] /home/runner/work/shop/core/src/test/java/com/shop/CartTest.java:[22,9] cannot find symbol\n  symbol:   method total()\n  location: class com.shop.Cart\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:testCompile (default-testCompile) on project shop-core: Compilation failure\n##[error]Process completed with exit code 1.\n'),
    # the checkstyle goal failed on violations; the cache service's 502 is a post-job step's
    ('checkstyle-fail-then-post-cache-502',
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (validate) on project shop-core: You have 3 Checkstyle violations. -> [Help 1]\n##[error]Process completed with exit code 1.\nPost job cleanup.\n/usr/bin/tar --posix -cf cache.tzst -P -C /home/runner/work/shop --files-from manifest.txt --use-compress-program zstdmt\nWarning: Failed to save: Unable to reserve cache with key maven-abc, another job may be creating this cache. More details: Cache service responded with 502\n'),
    # Checkstyle's warning under ignoreFailures, then a failing assertion: the test, every run
    ('gradle-ignorefailures-checkstyle-then-test-fail',
     "> Task :core:checkstyleMain\nCheckstyle rule violations were found. See the report at: file:///home/runner/work/shop/core/build/reports/checkstyle/main.html\n\n> Task :core:test FAILED\n\nCartTest > totalsItems() FAILED\n    org.opentest4j.AssertionFailedError: expected: <30> but was: <29>\n        at app//com.shop.CartTest.totalsItems(CartTest.java:18)\n\n12 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':core:test'.\n> There were failing tests. See the report at: file:///home/runner/work/shop/core/build/reports/tests/test/index.html\n\nBUILD FAILED in 31s\n##[error]Process completed with exit code 1.\n"),
    # --continue: the checkstyle task failed on violations (under '> ') beside another task's 503; the violations stay
    ('gradle-continue-checkstyle-real-and-runtime-503',
     "FAILURE: Build completed with 2 failures.\n\n1: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':core:checkstyleMain'.\n> A failure occurred while executing org.gradle.api.plugins.quality.internal.CheckstyleAction\n   > Checkstyle rule violations were found. See the report at: file:///home/runner/work/shop/core/build/reports/checkstyle/main.html\n     Checkstyle files with violations: 1\n     Checkstyle violations by severity: [error:2]\n\n2: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':web:test'.\n> Could not resolve all files for configuration ':web:testRuntimeClasspath'.\n   > Could not GET 'https://repo.maven.apache.org/maven2/org/mockito/mockito-core/5.8.0/mockito-core-5.8.0.pom'. Received status code 503 from server: Service Unavailable\n\nBUILD FAILED in 40s\n##[error]Process completed with exit code 1.\n"),
    # a PMD count the build let pass above a failing test: the test's failure
    ('pmd-info-summary-then-surefire-test-failure',
     '[INFO] You have 2 PMD violations. For more details see: /home/runner/work/shop/core/target/pmd.xml\n[INFO] --- maven-surefire-plugin:3.2.2:test (default-test) @ shop-core ---\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! - in com.shop.CartTest\n[ERROR] com.shop.CartTest.totalsItems  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <30> but was: <29>\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.2:test (default-test) on project shop-core: There are test failures.\n##[error]Process completed with exit code 1.\n'),
    # --continue: a Kotlin compile error beside detekt's classpath 502; the compile error fails every rerun
    ('compile-error-and-detekt-outage-continue',
     "> Task :app:compileKotlin FAILED\ne: file:///home/runner/work/shop/app/src/main/kotlin/Cart.kt:12:5 Unresolved reference: totl\n> Task :app:detekt FAILED\n\nFAILURE: Build completed with 2 failures.\n\n1: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':app:compileKotlin'.\n> Compilation error. See log for more details\n\n2: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':app:detekt'.\n> Could not resolve all files for configuration ':app:detekt'.\n   > Could not resolve io.gitlab.arturbosch.detekt:detekt-cli:1.23.4.\n      > Could not get resource 'https://repo.maven.apache.org/maven2/io/gitlab/arturbosch/detekt/detekt-cli/1.23.4/detekt-cli-1.23.4.pom'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/io/gitlab/arturbosch/detekt/detekt-cli/1.23.4/detekt-cli-1.23.4.pom'. Received status code 502 from server: Bad Gateway\n\nBUILD FAILED in 40s\n##[error]Process completed with exit code 1.\n"),
    # a detekt version no repository has, a remote build cache's 503 a few lines below: the version, every run
    ('detekt-404-then-cache-503-within-lines',
     "* What went wrong:\nExecution failed for task ':app:detekt'.\n> Could not resolve all files for configuration ':app:detekt'.\n   > Could not find io.gitlab.arturbosch.detekt:detekt-cli:1.99.0.\n     Required by:\n         project :app\nCould not store entry 5f2c in remote build cache: Storing entry at 'https://cache.example.com/cache/5f2c' response status 503: Service Unavailable\n\nBUILD FAILED in 12s\n##[error]Process completed with exit code 1.\n"),
    # a ktlint version that does not exist; the build scan's read timeout below is Gradle's epilogue
    ('ktlint-not-found-then-scan-timed-out',
     "* What went wrong:\nExecution failed for task ':app:ktlintMainSourceSetCheck'.\n> Could not resolve all files for configuration ':app:ktlint'.\n   > Could not find com.pinterest.ktlint:ktlint-cli:9.0.0.\n     Searched in the following locations:\n       - https://repo.maven.apache.org/maven2/com/pinterest/ktlint/ktlint-cli/9.0.0/ktlint-cli-9.0.0.pom\n     Required by:\n         project :app\n\nBUILD FAILED in 9s\nPublishing build scan...\nPublishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (2 retries remaining)...\n##[error]Process completed with exit code 1.\n"),
    # one module's zero count, the next module's violations fail the goal
    ('checkstyle-zero-then-real-violations-other-module',
     '[INFO] --- maven-checkstyle-plugin:3.3.1:check (validate) @ shop-api ---\n[INFO] You have 0 Checkstyle violations.\n[INFO] --- maven-checkstyle-plugin:3.3.1:check (validate) @ shop-core ---\n[ERROR] src/main/java/com/shop/Cart.java:[12,5] (javadoc) MissingJavadocMethod: Missing a Javadoc comment.\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (validate) on project shop-core: You have 1 Checkstyle violation. -> [Help 1]\n##[error]Process completed with exit code 1.\n'),
    # errcheck's findings failed the make rule (no '(ignored)'): the code
    ('errcheck-fails-make-guard',
     'errcheck ./...\ninternal/cart/cart.go:41:15:\tdefer f.Close()\ninternal/api/api.go:88:12:\tw.Write(body)\nmake: *** [Makefile:9: lint] Error 1\n##[error]Process completed with exit code 1.\n'),
    # rebar3 xref's call to an undefined function, the run failed on it
    ('rebar3-xref-undefined-call-guard',
     '$ rebar3 xref\n===> Verifying dependencies...\n===> Analyzing applications...\n===> Running cross reference analysis...\n===> src/shop_cart.erl:51: Warning: shop_cart:checkout/1 calls undefined function shop_tax:rate/2 (Xref)\n===> Xref failed\n##[error]Process completed with exit code 1.\n'),
    # Dialyzer's warnings failed the step; the cache save's 503 is a post-job step's
    ('dialyzer-fail-then-post-cache-503',
     '$ rebar3 dialyzer\n===> Dialyzer starting, this may take a while...\nsrc/shop_cart.erl\nLine 12 Column 1: The pattern {ok, _} can never match the type error\n===> Warnings occurred running dialyzer: 1\n##[error]Process completed with exit code 1.\nPost job cleanup.\nWarning: Failed to save: Cache service responded with 503\n'),
    # the dialyzer summary's words in an ExUnit test's name and compared values: the test failed
    ('exunit-test-name-dialyzer-words',
     '  1) test reports \'Warnings occurred running dialyzer: 3\' from the wrapper (Tooling.DialyzerTest)\n     test/tooling/dialyzer_test.exs:14\n     Assertion with == failed\n     code:  assert Tooling.summary(out) == "dialyzer: 3 warnings"\n     left:  "dialyzer: 0 warnings"\n     right: "dialyzer: 3 warnings"\n\nFinished in 0.2 seconds\n12 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # an EUnit fixture's setup crashed on the code; the 503 is a post-job step's
    ('eunit-setup-failed-on-code-then-post-step-503',
     "module 'shop_cart_tests'\n*** context setup failed ***\n**in function shop_cart_tests:setup/0 (test/shop_cart_tests.erl, line 9)\n**error:{badmatch,{error,{bad_config,tax_rate}}}\n\n  Failed: 0.  Skipped: 0.  Passed: 3.\nOne or more tests were cancelled.\n===> Error running tests\n##[error]Process completed with exit code 1.\nPost job cleanup.\nWarning: Failed to save: Cache service responded with 503\n"),
    # an EUnit fixture's setup crashed on the code; a notification's curl 503 in a later command
    ('eunit-setup-failed-then-notify-503',
     '*** context setup failed ***\n**in function shop_cart_tests:setup/0 (test/shop_cart_tests.erl, line 9)\n**error:{badarg,[{ets,lookup,[shop_cfg,tax]}]}\nOne or more tests were cancelled.\n===> Error running tests\n$ curl -sf -X POST https://hooks.slack.example.com/services/T0/B0/x -d @payload.json\ncurl: (22) The requested URL returned error: 503\n'),
    # init_per_suite crashed on an application not started; a notification's timeout after the step's exit
    ('ct-init-per-suite-code-then-notify-timeout',
     '%%% shop_order_SUITE ==> init_per_suite: FAILED\n%%% shop_order_SUITE ==> {{badmatch,{error,{not_started,shop_tax}}},\n [{shop_order_SUITE,init_per_suite,1,[{file,"test/shop_order_SUITE.erl"},{line,21}]}]}\n%%% shop_order_SUITE ==> place: SKIPPED\nFailed 0 tests. Passed 0 tests.\nSkipped 1 (0, 1) tests.\n===> Failures occurred running tests: 0\n##[error]Process completed with exit code 1.\n$ ./scripts/notify.sh\ncurl: (28) Connection timed out after 10001 milliseconds\n'),
    # Hex's lock wording inside an ExUnit assertion's values: the test's failure
    ('hex-unknown-version-test-expected-output',
     '  1) test reports a lock entry the registry lost (Deps.LockTest)\n     test/deps/lock_test.exs:30\n     Assertion with =~ failed\n     code:  assert output =~ "Unknown package version plug 9.9.9 in lockfile"\n     left:  "Unknown package plug in lockfile"\n     right: ~r/Unknown package version plug 9.9.9 in lockfile/\n\n20 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # rebar3's checksum against the registry's: the lock's pin, every run
    ('rebar3-checksum-guard',
     '===> Verifying dependencies...\n===> The checksum for package at jsx-3.1.0 (A1B2C3) does not match the checksum expected from the registry (D4E5F6). Run `rebar3 do unlock jsx, update` and then try again.\n##[error]Process completed with exit code 1.\n'),
    # go install's nested form for a tag that does not exist, no network trouble
    ('go-install-nested-unknown-revision-guard',
     '$ go install github.com/example/tool/cmd/tool@v9.9.9\ngo: github.com/example/tool/cmd/tool@v9.9.9: github.com/example/tool@v9.9.9: invalid version: unknown revision v9.9.9\n##[error]Process completed with exit code 1.\n'),
    # the Go proxy's 404 'unknown revision' for a version never published
    ('go-install-nested-404-guard',
     '$ go install github.com/example/tool/cmd/tool@v1.2.0\ngo: github.com/example/tool/cmd/tool@v1.2.0: github.com/example/tool@v1.2.0: invalid version: reading https://proxy.golang.org/github.com/example/tool/@v/v1.2.0.info: 404 Not Found\n\tserver response: not found: github.com/example/tool@v1.2.0: invalid version: unknown revision v1.2.0\n##[error]Process completed with exit code 1.\n'),
    # a custom CodeQL query naming a type the library lacks
    ('codeql-resolve-type-guard',
     'Compiling query plan for /home/runner/work/shop/.github/codeql/Sinks.ql.\nERROR: could not resolve type MethodAcces (/home/runner/work/shop/.github/codeql/Sinks.ql:7,5-17)\nA fatal error occurred: Could not compile query /home/runner/work/shop/.github/codeql/Sinks.ql\n##[error]Process completed with exit code 1.\n'),
    # a dial timeout in go mod download, then a later command's compile error the job ended on
    ('go-unknown-revision-dial-timeout-other-module-then-real',
     '$ go mod download\ngo: github.com/example/lib@v1.4.0: Get "https://proxy.golang.org/github.com/example/lib/@v/v1.4.0.mod": dial tcp 142.250.72.17:443: i/o timeout\n$ go mod download\ngo: downloading github.com/example/lib v1.4.0\n$ go build ./...\n./cart.go:12:2: undefined: totl\n##[error]Process completed with exit code 1.\n'),
    # an outage the setup retried past, a cached package, then an EUnit setup crash on the code (engine: no discount for an outage in an earlier command above a failed test's setup)
    # (outlived19, was LEFT) read real: the engine's outlived-outage rules (placement.py, _failed_after_outages, _beside_other_mismatch)
    ('setup-beam-retry-then-eunit-setup-code',
     "Run erlef/setup-beam@v1\nInstalling Erlang/OTP 26.2.1\nrequest to https://builds.hex.pm/builds/otp/ubuntu-22.04/builds.txt failed, reason: read ECONNRESET, retrying in 5s...\nInstalled Erlang/OTP 26.2.1\n$ rebar3 eunit\n===> Verifying dependencies...\n===> Download error, using cached file at /home/runner/.cache/rebar3/hex/hexpm/packages/jsx-3.1.0.tar\n===> Compiling shop\n===> Performing EUnit tests...\nmodule 'shop_cart_tests'\n*** context setup failed ***\n**in function shop_cart_tests:setup/0 (test/shop_cart_tests.erl, line 9)\n**error:{badmatch,{error,{bad_config,tax_rate}}}\n\n  Failed: 0.  Skipped: 0.  Passed: 3.\nOne or more tests were cancelled.\n===> Error running tests\n##[error]Process completed with exit code 1.\n"),
    # Hex fell back to its cache, then init_per_suite crashed on an application not started (same)
    # (outlived19, was LEFT) read real: the engine's outlived-outage rules (placement.py, _failed_after_outages, _beside_other_mismatch)
    ('hex-cache-fallback-then-ct-init-code',
     '$ mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for \'hexpm/jason\' from registry (using cache instead)\n{:failed_connect, [{:to_address, {\'repo.hex.pm\', 443}}, {:inet, [:inet], :etimedout}]}\nAll dependencies are up to date\n$ rebar3 ct\n===> Running Common Test suites...\n%%% shop_order_SUITE ==> init_per_suite: FAILED\n%%% shop_order_SUITE ==> {{badmatch,{error,{not_started,shop_tax}}},\n [{shop_order_SUITE,init_per_suite,1,[{file,"test/shop_order_SUITE.erl"},{line,21}]}]}\n%%% shop_order_SUITE ==> place: SKIPPED\nFailed 0 tests. Passed 0 tests.\nSkipped 1 (0, 1) tests.\n===> Failures occurred running tests: 0\n##[error]Process completed with exit code 1.\n'),
    # a pull retried by the script, then an EUnit setup crash on a missing column (same)
    # (outlived19, was LEFT) read real: the engine's outlived-outage rules (placement.py, _failed_after_outages, _beside_other_mismatch)
    ('docker-service-pull-retry-then-eunit-code',
     '$ docker compose up -d postgres\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n$ sleep 10 && docker compose up -d postgres\n Container shop-postgres-1  Started\n$ rebar3 eunit\n===> Performing EUnit tests...\n*** context setup failed ***\n**in function shop_db_tests:setup/0 (test/shop_db_tests.erl, line 11)\n**error:{badmatch,{error,{unknown_column,<<"tax_rate">>}}}\nOne or more tests were cancelled.\n===> Error running tests\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # PMD's count at INFO under maxAllowedViolations (the build went on), then the deploy's 502
    ('pmd-info-summary-then-deploy-502',
     "[INFO] --- maven-pmd-plugin:3.21.0:check (default) @ shop-core ---\n[INFO] PMD version: 6.55.0\n[INFO] PMD Failure: com.shop.Cart:41 Rule:UnusedPrivateField Priority:3 Avoid unused private fields such as 'x'..\n[INFO] You have 1 PMD violation. For more details see: /home/runner/work/shop/core/target/pmd.xml\n[INFO] The build is not failed, since 5 violations are allowed (maxAllowedViolations).\n[INFO] --- maven-deploy-plugin:3.1.1:deploy (default-deploy) @ shop-core ---\n[INFO] Uploading to nexus: https://nexus.example.com/repository/snapshots/com/shop/shop-core/1.0-SNAPSHOT/shop-core-1.0-20240101.jar\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project shop-core: Failed to deploy artifacts: Could not transfer artifact com.shop:shop-core:jar:1.0-20240101 from/to nexus (https://nexus.example.com/repository/snapshots): status code: 502, reason phrase: Bad Gateway (502) -> [Help 1]\n##[error]Process completed with exit code 1.\n"),
    # a PMD summary at WARNING (failOnViolation=false), then surefire's provider download answered 503
    ('pmd-warning-summary-then-central-503',
     '[INFO] --- maven-pmd-plugin:3.21.0:check (pmd-check) @ shop-api ---\n[WARNING] PMD 6.55.0 has found 3 violations. For more details see: /home/runner/work/shop/api/target/pmd.xml\n[INFO] --- maven-surefire-plugin:3.2.2:test (default-test) @ shop-api ---\n[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-junit-platform/3.2.2/surefire-junit-platform-3.2.2.pom\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.2:test (default-test) on project shop-api: Execution default-test of goal org.apache.maven.plugins:maven-surefire-plugin:3.2.2:test failed: Plugin org.apache.maven.plugins:maven-surefire-plugin:3.2.2 or one of its dependencies could not be resolved: Could not transfer artifact org.apache.maven.surefire:surefire-junit-platform:pom:3.2.2 from/to central (https://repo.maven.apache.org/maven2): status code: 503, reason phrase: Service Unavailable (503) -> [Help 1]\n##[error]Process completed with exit code 1.\n'),
    # a CPD summary the build let pass, then the Node download's connect timeout
    ('cpd-warning-summary-then-connect-timeout',
     '[INFO] --- maven-pmd-plugin:3.21.0:cpd-check (default) @ shop-web ---\n[WARNING] CPD 6.55.0 has found 2 duplications. For more details see: /builds/shop/web/target/cpd.xml\n[INFO] --- frontend-maven-plugin:1.15.0:install-node-and-npm (install) @ shop-web ---\n[INFO] Downloading https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.gz to /root/.m2/repository/com/github/eirslett/node/20.11.0/node-20.11.0-linux-x64.tar.gz\n[ERROR] Failed to execute goal com.github.eirslett:frontend-maven-plugin:1.15.0:install-node-and-npm (install) on project shop-web: Could not download Node.js: Could not download https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.gz: Connect to nodejs.org:443 [nodejs.org/104.20.22.46] failed: Connect timed out -> [Help 1]\n'),
    # a PMD count in a Maven build that succeeded, then npm's reset connection in the next command
    ('pmd-info-build-success-then-npm-reset',
     '[INFO] You have 2 PMD violations. For more details see: /home/runner/work/shop/core/target/pmd.xml\n[INFO] ------------------------------------------------------------------------\n[INFO] BUILD SUCCESS\n[INFO] ------------------------------------------------------------------------\n$ npm ci --prefix web\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\n##[error]Process completed with exit code 1.\n'),
    # Checkstyle's bare warning under ignoreFailures, then the test classpath's 503
    ('gradle-ignorefailures-checkstyle-then-503',
     "> Task :core:checkstyleMain\nCheckstyle rule violations were found. See the report at: file:///home/runner/work/shop/core/build/reports/checkstyle/main.html\nCheckstyle files with violations: 2\nCheckstyle violations by severity: [warning:4]\n\n> Task :core:compileTestJava FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':core:compileTestJava'.\n> Could not resolve all files for configuration ':core:testCompileClasspath'.\n   > Could not resolve org.junit.jupiter:junit-jupiter:5.10.1.\n      > Could not get resource 'https://repo.maven.apache.org/maven2/org/junit/jupiter/junit-jupiter/5.10.1/junit-jupiter-5.10.1.pom'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/org/junit/jupiter/junit-jupiter/5.10.1/junit-jupiter-5.10.1.pom'. Received status code 503 from server: Service Unavailable\n\nBUILD FAILED in 41s\n##[error]Process completed with exit code 1.\n"),
    # PMD's bare warning under ignoreFailures, then a jar download reset
    ('gradle-ignorefailures-pmd-count-then-reset',
     "> Task :api:pmdMain\n7 PMD rule violations were found. See the report at: file:///home/runner/work/shop/api/build/reports/pmd/main.html\n\n> Task :api:test\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':api:test'.\n> Could not resolve all files for configuration ':api:testRuntimeClasspath'.\n   > Could not download mockito-core-5.8.0.jar (org.mockito:mockito-core:5.8.0)\n      > Could not get resource 'https://repo.maven.apache.org/maven2/org/mockito/mockito-core/5.8.0/mockito-core-5.8.0.jar'.\n         > Connection reset\n\nBUILD FAILED in 1m 2s\n##[error]Process completed with exit code 1.\n"),
    # PMD's bare warning under ignoreFailures, then SpotBugs' own classpath answered 503
    ('gradle-spotbugs-ignore-then-checker-503',
     "> Task :core:pmdMain\n3 PMD rule violations were found. See the report at: file:///home/runner/work/shop/core/build/reports/pmd/main.html\n> Task :core:spotbugsMain FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':core:spotbugsMain'.\n> Could not resolve all files for configuration ':core:spotbugs'.\n   > Could not resolve com.github.spotbugs:spotbugs:4.8.3.\n      > Could not get resource 'https://repo.maven.apache.org/maven2/com/github/spotbugs/spotbugs/4.8.3/spotbugs-4.8.3.pom'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/com/github/spotbugs/spotbugs/4.8.3/spotbugs-4.8.3.pom'. Received status code 503 from server: Service Unavailable\n\nBUILD FAILED in 20s\n##[error]Process completed with exit code 1.\n"),
    # --continue with two checkers whose classpaths both answered 503: nothing but the outage
    ('gradle-continue-two-checkers-503',
     "FAILURE: Build completed with 2 failures.\n\n1: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':core:detekt'.\n> Could not resolve all files for configuration ':core:detekt'.\n   > Could not GET 'https://repo.maven.apache.org/maven2/io/gitlab/arturbosch/detekt/detekt-cli/1.23.4/detekt-cli-1.23.4.pom'. Received status code 503 from server: Service Unavailable\n\n2: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':core:ktlintCheck'.\n> Could not resolve all files for configuration ':core:ktlint'.\n   > Could not GET 'https://repo.maven.apache.org/maven2/com/pinterest/ktlint/1.0.1/ktlint-1.0.1.pom'. Received status code 503 from server: Service Unavailable\n\nBUILD FAILED in 40s\n##[error]Process completed with exit code 1.\n"),
    # the SpotBugs configuration's 503: the check never ran
    ('spotbugs-classpath-503-guard',
     "* What went wrong:\nExecution failed for task ':core:spotbugsMain'.\n> Could not resolve all files for configuration ':core:spotbugs'.\n   > Could not resolve com.github.spotbugs:spotbugs:4.8.3.\n      > Could not get resource 'https://repo.maven.apache.org/maven2/com/github/spotbugs/spotbugs/4.8.3/spotbugs-4.8.3.pom'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/com/github/spotbugs/spotbugs/4.8.3/spotbugs-4.8.3.pom'. Received status code 503 from server: Service Unavailable\n\nBUILD FAILED in 20s\n##[error]Process completed with exit code 1.\n"),
    # Checkstyle's CLI under '|| true', then Maven Central's 502
    ('checkstyle-cli-or-true-then-503',
     '$ java -jar checkstyle.jar -c config/checkstyle.xml src/ || true\nStarting audit...\n[WARN] /home/runner/work/shop/src/Cart.java:12:5: Missing a Javadoc comment. [MissingJavadocMethod]\nAudit done.\nCheckstyle ends with 1 errors.\n$ ./mvnw -B verify\n[ERROR] Failed to execute goal on project shop: Could not resolve dependencies for project com.shop:shop:jar:1.0: Failed to collect dependencies at com.google.guava:guava:jar:33.0.0-jre: Failed to read artifact descriptor for com.google.guava:guava:jar:33.0.0-jre: The following artifacts could not be resolved: com.google.guava:guava:pom:33.0.0-jre (absent): Could not transfer artifact com.google.guava:guava:pom:33.0.0-jre from/to central (https://repo.maven.apache.org/maven2): status code: 502, reason phrase: Bad Gateway (502) -> [Help 1]\n##[error]Process completed with exit code 1.\n'),
    # a zero count of checkstyle violations, then surefire's 503
    ('checkstyle-zero-then-503',
     '[INFO] --- maven-checkstyle-plugin:3.3.1:check (validate) @ shop-core ---\n[INFO] You have 0 Checkstyle violations.\n[INFO] --- maven-surefire-plugin:3.2.2:test (default-test) @ shop-core ---\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.2:test (default-test) on project shop-core: Execution default-test of goal org.apache.maven.plugins:maven-surefire-plugin:3.2.2:test failed: Plugin org.apache.maven.plugins:maven-surefire-plugin:3.2.2 or one of its dependencies could not be resolved: Could not transfer artifact org.apache.maven.surefire:surefire-api:jar:3.2.2 from/to central (https://repo.maven.apache.org/maven2): status code: 503, reason phrase: Service Unavailable (503) -> [Help 1]\n##[error]Process completed with exit code 1.\n'),
    # errcheck under '|| true', then the Go proxy's 502
    ('errcheck-or-true-then-proxy-502',
     '$ errcheck ./... || true\ninternal/cart/cart.go:41:15:\tdefer f.Close()\ninternal/api/api.go:88:12:\tw.Write(body)\n$ go test ./...\ngo: downloading github.com/stretchr/testify v1.8.4\ngo: github.com/stretchr/testify@v1.8.4: reading https://proxy.golang.org/github.com/stretchr/testify/@v/v1.8.4.zip: 502 Bad Gateway\n##[error]Process completed with exit code 1.\n'),
    # errcheck under a make rule whose failure make ignored, then the Go proxy's dial timeout
    ('make-ignored-errcheck-then-proxy-timeout',
     'errcheck ./...\ninternal/cart/cart.go:41:15:\tdefer f.Close()\nmake: [Makefile:9: lint] Error 1 (ignored)\ngo test ./...\ngo: downloading github.com/stretchr/testify v1.8.4\ngo: github.com/stretchr/testify@v1.8.4: Get "https://proxy.golang.org/github.com/stretchr/testify/@v/v1.8.4.zip": dial tcp 142.250.72.17:443: i/o timeout\nmake: *** [Makefile:12: test] Error 1\n##[error]Process completed with exit code 1.\n'),
    # Dialyzer under '|| true', then repo.hex.pm timed out
    ('rebar3-dialyzer-or-true-then-hex-timeout',
     '$ rebar3 dialyzer || true\n===> Dialyzer starting, this may take a while...\nsrc/shop_cart.erl\nLine 12 Column 1: Function total/1 has no local return\n===> Warnings occurred running dialyzer: 1\n$ rebar3 as test ct\n===> Verifying dependencies...\n===> Fetching jsx v3.1.0\n===> Failed to fetch and copy dep: {pkg,<<"jsx">>,<<"3.1.0">>,hexpm}\n===> Failed to update package jsx from repo hexpm: {failed_connect,[{to_address,{"repo.hex.pm",443}},{inet,[inet],etimedout}]}\n##[error]Process completed with exit code 1.\n'),
    # xref under '|| true', then repo.hex.pm's name did not resolve
    ('rebar3-xref-or-true-then-hex-fetch-fail',
     '$ rebar3 xref || true\n===> Running cross reference analysis...\n===> src/shop_cart.erl:51: Warning: shop_cart:legacy_total/1 is unused export (Xref)\n$ rebar3 as prod release\n===> Verifying dependencies...\n===> Failed to update package cowboy from repo hexpm\n===> Failed to fetch and copy dep: {pkg,<<"cowboy">>,<<"2.10.0">>}\n{failed_connect,[{to_address,{"repo.hex.pm",443}},{inet,[inet],nxdomain}]}\n##[error]Process completed with exit code 1.\n'),
    # Dialyzer under a make rule whose failure make ignored, then repo.hex.pm did not resolve
    ('make-ignored-dialyzer-then-hex-nxdomain',
     'rebar3 dialyzer\n===> Dialyzer starting, this may take a while...\nsrc/shop_cart.erl\nLine 12 Column 1: Function total/1 has no local return\n===> Warnings occurred running dialyzer: 1\nmake: [Makefile:14: dialyzer] Error 1 (ignored)\nrebar3 as prod release\n===> Verifying dependencies...\n===> Failed to update package cowboy from repo hexpm\n{failed_connect,[{to_address,{"repo.hex.pm",443}},{inet,[inet],nxdomain}]}\nmake: *** [Makefile:20: release] Error 1\n##[error]Process completed with exit code 1.\n'),
    # an EUnit setup that could not resolve the object store's name
    ('eunit-setup-failed-external-nxdomain',
     'module \'shop_s3_tests\'\n*** context setup failed ***\n**in function shop_s3_tests:setup/0 (test/shop_s3_tests.erl, line 14)\n**error:{badmatch,{error,{failed_connect,[{to_address,{"s3.us-east-1.amazonaws.com",443}},{inet,[inet],nxdomain}]}}}\n\n=======================================================\n  Failed: 0.  Skipped: 0.  Passed: 12.\nOne or more tests were cancelled.\n===> Error running tests\n##[error]Process completed with exit code 1.\n'),
    # an EUnit setup whose connection to the object store timed out
    ('eunit-setup-failed-external-timeout',
     'module \'shop_s3_tests\'\n*** context setup failed ***\n**in function shop_s3_tests:setup/0 (test/shop_s3_tests.erl, line 14)\n**error:{badmatch,{error,{failed_connect,[{to_address,{"s3.us-east-1.amazonaws.com",443}},{inet,[inet],etimedout}]}}}\n\n  Failed: 0.  Skipped: 0.  Passed: 12.\nOne or more tests were cancelled.\n===> Error running tests\n##[error]Process completed with exit code 1.\n'),
    # init_per_suite could not resolve the storage host
    ('ct-init-per-suite-external-nxdomain',
     '%%% shop_s3_SUITE ==> init_per_suite: FAILED\n%%% shop_s3_SUITE ==> {{badmatch,{error,{failed_connect,[{to_address,{"storage.googleapis.com",443}},{inet,[inet],nxdomain}]}}},\n [{shop_s3_SUITE,init_per_suite,1,[{file,"test/shop_s3_SUITE.erl"},{line,18}]}]}\n%%% shop_s3_SUITE ==> upload: SKIPPED\n%%% shop_s3_SUITE ==> {failed,{shop_s3_SUITE,init_per_suite,{\'EXIT\',{{badmatch,{error,{failed_connect,[{to_address,{"storage.googleapis.com",443}},{inet,[inet],nxdomain}]}}}}}}}\nFailed 0 tests. Passed 0 tests.\nSkipped 1 (0, 1) tests.\n===> Failures occurred running tests: 0\n##[error]Process completed with exit code 1.\n'),
    # init_per_suite got the external API's 503
    ('ct-init-per-suite-external-503',
     '%%% shop_api_SUITE ==> init_per_suite: FAILED\n%%% shop_api_SUITE ==> {{badmatch,{ok,{{"HTTP/1.1",503,"Service Unavailable"},[],<<>>}}},\n [{shop_api_SUITE,init_per_suite,1,[{file,"test/shop_api_SUITE.erl"},{line,22}]}]}\n%%% shop_api_SUITE ==> list: SKIPPED\nSkipped 1 (0, 1) tests. Passed 0 tests.\n===> Failures occurred running tests: 0\n##[error]Process completed with exit code 1.\n'),
    # go install's nested form whose reason is the proxy's 502
    ('go-install-nested-invalid-version-502',
     '$ go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.55.2\ngo: github.com/golangci/golangci-lint/cmd/golangci-lint@v1.55.2: github.com/golangci/golangci-lint@v1.55.2: invalid version: reading https://proxy.golang.org/github.com/golangci/golangci-lint/@v/v1.55.2.info: 502 Bad Gateway\n##[error]Process completed with exit code 1.\n'),
    # go install's nested form whose reason is a dial timeout to the proxy
    ('go-install-nested-invalid-version-proxy-dial-timeout',
     '$ go install honnef.co/go/tools/cmd/staticcheck@2023.1.6\ngo: downloading honnef.co/go/tools v0.4.6\ngo: honnef.co/go/tools/cmd/staticcheck@2023.1.6: honnef.co/go/tools@v0.4.6: invalid version: Get "https://proxy.golang.org/honnef.co/go/tools/@v/v0.4.6.info": dial tcp 142.250.72.17:443: i/o timeout\n##[error]Process completed with exit code 1.\n'),
    # git could not connect to the module's host; Go then calls the revision unknown
    ('go-install-nested-unknown-revision-after-dial-timeout',
     "$ GOPROXY=direct go install golang.org/x/tools/cmd/goimports@v0.16.1\ngo: golang.org/x/tools/cmd/goimports@v0.16.1: golang.org/x/tools@v0.16.1: git ls-remote -q origin in /home/runner/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: unable to access 'https://go.googlesource.com/tools/': Failed to connect to go.googlesource.com port 443 after 130512 ms: Connection timed out\ngo: golang.org/x/tools/cmd/goimports@v0.16.1: golang.org/x/tools@v0.16.1: unknown revision v0.16.1\n##[error]Process completed with exit code 1.\n"),
    # the same for go mod download's plain form
    ('go-nontested-unknown-revision-after-git-timeout',
     "$ go mod download\ngo: github.com/example/lib@v1.4.0: git ls-remote -q origin in /home/runner/go/pkg/mod/cache/vcs/abc: exit status 128:\n\tfatal: unable to access 'https://github.com/example/lib/': Failed to connect to github.com port 443 after 130512 ms: Connection timed out\ngo: github.com/example/lib@v1.4.0: unknown revision v1.4.0\n##[error]Process completed with exit code 1.\n"),
    # (xfail19, was LEFT) init_per_suite's connect to an external host ended {inet,[inet],timeout}: read by
    # erlang-httpc-connect-timeout-atom (the bare timeout atom in httpc's failed_connect term, outside hosts only)
    ('ct-init-per-suite-external-dns-timeout',
     '%%% shop_s3_SUITE ==> init_per_suite: FAILED\n%%% shop_s3_SUITE ==> {{badmatch,{error,{failed_connect,[{to_address,{"storage.googleapis.com",443}},{inet,[inet],timeout}]}}},\n [{shop_s3_SUITE,init_per_suite,1,[{file,"test/shop_s3_SUITE.erl"},{line,18}]}]}\n%%% shop_s3_SUITE ==> upload: SKIPPED\n%%% shop_s3_SUITE ==> {failed,{shop_s3_SUITE,init_per_suite,{\'EXIT\',{{badmatch,{error,{failed_connect,[{to_address,{"storage.googleapis.com",443}},{inet,[inet],timeout}]}}}}}}}\nFailed 0 tests. Passed 0 tests.\nSkipped 1 (0, 1) tests.\n===> Failures occurred running tests: 0\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Hex's signature check alone: a missing key or a proxy as often as a blip
    ('hex-signature-alone',
     "$ mix deps.get\nResolving Hex dependencies...\nCould not verify authenticity of fetched registry file because signature verification failed. This may happen because a proxy or some entity is interfering with the download or because you don't have a public key to verify the registry.\n\nYou may try again later or check if a new public key has been released in our public keys page: https://hex.pm/docs/public_keys\n** (Mix) Hex dependency resolution failed\n##[error]Process completed with exit code 1.\n"),
    # LEFT (reads unknown, was transient 0.84): a failing test beside checkstyle's classpath 503 under --continue; should read real
    ('test-fail-and-checkstyle-outage-continue',
     "CartTest > totalsItems() FAILED\n    org.opentest4j.AssertionFailedError: expected: <30> but was: <29>\n\nFAILURE: Build completed with 2 failures.\n\n1: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':core:test'.\n> There were failing tests. See the report at: file:///home/runner/work/shop/core/build/reports/tests/test/index.html\n\n2: Task failed with an exception.\n-----------\n* What went wrong:\nExecution failed for task ':core:checkstyleMain'.\n> Could not resolve all files for configuration ':core:checkstyle'.\n   > Could not resolve com.puppycrawl.tools:checkstyle:10.12.5.\n      > Could not get resource 'https://repo.maven.apache.org/maven2/com/puppycrawl/tools/checkstyle/10.12.5/checkstyle-10.12.5.pom'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/com/puppycrawl/tools/checkstyle/10.12.5/checkstyle-10.12.5.pom'. Received status code 503 from server: Service Unavailable\n\nBUILD FAILED in 40s\n##[error]Process completed with exit code 1.\n"),
    # LEFT (reads unknown): one detekt artifact no repository has beside another's 502; should read real
    ('detekt-not-found-and-502-same-config',
     "* What went wrong:\nExecution failed for task ':app:detekt'.\n> Could not resolve all files for configuration ':app:detekt'.\n   > Could not find io.gitlab.arturbosch.detekt:detekt-formating:1.23.4.\n   > Could not resolve org.yaml:snakeyaml:2.2.\n      > Could not get resource 'https://repo.maven.apache.org/maven2/org/yaml/snakeyaml/2.2/snakeyaml-2.2.pom'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/org/yaml/snakeyaml/2.2/snakeyaml-2.2.pom'. Received status code 502 from server: Bad Gateway\n\nBUILD FAILED in 12s\n##[error]Process completed with exit code 1.\n"),
    # LEFT (reads unknown): -fae, PMD failed one module, a deploy 502 another; should read real
    ('mvn-fae-pmd-fail-and-deploy-502',
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-pmd-plugin:3.21.2:check (default) on project shop-core: PMD 6.55.0 has found 2 violations. For more details see: /home/runner/work/shop/core/target/pmd.xml -> [Help 1]\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project shop-api: Failed to deploy artifacts: Could not transfer artifact com.shop:shop-api:jar:1.0 from/to nexus (https://nexus.example.com/repository/releases): status code: 502, reason phrase: Bad Gateway (502) -> [Help 1]\n##[error]Process completed with exit code 1.\n'),
    # LEFT (reads unknown): one module's dial timeout, another's version that does not exist; should read real
    ('go-mod-download-two-modules-timeout-and-real-unknown-revision',
     '$ go mod download\ngo: github.com/example/lib@v1.4.0: Get "https://proxy.golang.org/github.com/example/lib/@v/v1.4.0.mod": dial tcp 142.250.72.17:443: i/o timeout\ngo: github.com/example/other@v9.9.9: invalid version: unknown revision v9.9.9\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the registry's fetch timed out in the same resolution as the signature failure
    ('hex-signature-after-registry-timeout',
     "$ mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for 'hexpm/jason' from registry (using cache instead)\n{:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], :timeout}]}\nCould not verify authenticity of fetched registry file because signature verification failed. This may happen because a proxy or some entity is interfering with the download or because you don't have a public key to verify the registry.\n\nYou may try again later or check if a new public key has been released in our public keys page: https://hex.pm/docs/public_keys\n** (Mix) Hex dependency resolution failed\n##[error]Process completed with exit code 1.\n"),
    # the registry answered 502 in the same resolution as the signature failure
    ('hex-signature-cdn-502-same-run',
     "$ mix deps.get\nResolving Hex dependencies...\nRequest failed (502 Bad Gateway): https://repo.hex.pm/packages/plug\nCould not verify authenticity of fetched registry file because signature verification failed. This may happen because a proxy or some entity is interfering with the download or because you don't have a public key to verify the registry.\n** (Mix) Hex dependency resolution failed\n##[error]Process completed with exit code 1.\n"),
    # xz's unexpected end of input on a piped download: a cut transfer, not source code
    ('xz-corrupt-download',
     '$ curl -sL https://github.com/example/tool/releases/download/v1.2.0/tool-linux-amd64.tar.xz | tar -xJ\nxz: (stdin): Unexpected end of input\ntar: Child returned status 2\ntar: Error is not recoverable: exiting now\n##[error]Process completed with exit code 1.\n'),
]

LEFT: list[tuple[str, str, str]] = [
]

def test_unique_ids() -> None:
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL, LEFT)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log: str) -> None:
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)
