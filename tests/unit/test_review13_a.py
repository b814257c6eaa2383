"""Review 13a of the thirteenth round's signing_auth_iac and build_systems entries (timestamp authorities,
signing identities, signature checks, secrets logins, state-lock tables, stack locks, module refs, Packer's
communicator wait; build servers, remote-cache blobs, build-event uploads, pinned checksums, build tool
downloads, unreadable build definitions, missing build files, recipes killed with 137, engine exec steps)
and the retry-words change that made any "not retrying" line evidence: adversarial logs (made up) where
their words sit in another tool's or an application's text, or where an outage comes before or after a
deterministic failure, and guards where they are the job's own failure."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads, signatures

REAL: list[tuple[str, str]] = [
    # pytest's listing of the test's locals holds the jarsigner text as a value; the assertion failed
    ('timestamp-msg-pytest-assert',
     ">       assert classify(out) == 'retry'\nE       AssertionError: assert 'fatal' == 'retry'\nE         - retry\nE         + fatal\n\nout        = 'jarsigner: unable to sign jar: no response from the Timestamping Authority.'\ntests/test_sign.py:22: AssertionError\nFAILED tests/test_sign.py::test_tsa_retry - AssertionError: assert 'fatal' == 'retry'\n1 failed, 9 passed in 0.2s\n##[error]Process completed with exit code 1.\n"),
    # the tests failed first; the post step's timestamp outage did not cause that
    ('tests-fail-then-tsa-post',
     'FAILED tests/test_core.py::test_parse - AssertionError: assert 3 == 4\n1 failed, 120 passed in 8.1s\n##[error]Process completed with exit code 1.\nPost job: sign artifacts\njarsigner: unable to sign jar: no response from the Timestamping Authority.\n##[error]Process completed with exit code 1.\n'),
    # signing was skipped past; the compiler's error is the change's
    ('tsa-then-compile-error',
     "SignTool Error: The specified timestamp server either could not be reached or\n        returned an invalid response.\nSigning skipped (continue-on-error)\nBuild started...\nsrc\\Widget.cs(12,17): error CS0103: The name 'fooo' does not exist in the current context [C:\\a\\Widget.csproj]\nBuild FAILED.\n    1 Error(s)\n##[error]Process completed with exit code 1.\n"),
    # a gtest of the project's own HTTP client prints libcurl's words at a blackhole address, then fails its equality
    ('curl-failure-test-harness',
     '[ RUN      ] HttpClient.ReportsUnreachable\nCURL failure: Timeout was reached http://10.255.255.1/\ntests/http_test.cc:44: Failure\nExpected equality of these values:\n  err.code()\n    Which is: 7\n  ErrorCode::kTimeout\n    Which is: 28\n[  FAILED  ] HttpClient.ReportsUnreachable (1003 ms)\n[  FAILED  ] 1 test, listed below:\n##[error]Process completed with exit code 1.\n'),
    # no registry credential stored in the keychain: the job's setup, every run
    ('docker-cred-keychain-missing',
     'error getting credentials - err: exit status 44, out: `The specified item could not be found in the keychain.`\n##[error]Process completed with exit code 1.\n'),
    # the application's test hits a table its fixture never made
    ('dynamodb-app-test-rnf',
     "    def test_put_order(orders_table):\n>       repo.put(Order(id='o1'))\nE       botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the PutItem operation: Requested resource not found\ntests/test_repo.py:18: ResourceNotFoundException\nFAILED tests/test_repo.py::test_put_order\n1 failed, 30 passed\n##[error]Process completed with exit code 1.\n"),
    # Vault refused the login with 403 permission denied: a policy to fix
    ('vault-403-guard',
     'Error: failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 403 (Forbidden), vaultResponse: {"errors":["permission denied"]}\n##[error]Process completed with exit code 1.\n'),
    # the module's ref does not exist; git's line on a line of its own
    ('module-ref-missing-guard',
     'Error: Failed to download module\n\nCould not download module "vpc" (main.tf:1) source code from\n"git::https://github.com/example/tf-vpc.git?ref=v9.9.9": error downloading\n\'https://github.com/example/tf-vpc.git?ref=v9.9.9\': /usr/bin/git exited with 1:\nerror: pathspec \'v9.9.9\' did not match any file(s) known to git\n##[error]Process completed with exit code 1.\n'),
    # the same, as Terraform wraps its detail at 78 columns in CI
    ('tf-wrapped-pathspec-guard',
     '╷\n│ Error: Failed to download module\n│ \n│ Could not download module "vpc" (main.tf:1) source code from\n│ "git::https://github.com/example/tf-vpc.git?ref=v9.9.9": error downloading\n│ \'https://github.com/example/tf-vpc.git?ref=v9.9.9\': /usr/bin/git exited\n│ with 1: error: pathspec \'v9.9.9\' did not match any file(s) known to git\n╵\n##[error]Process completed with exit code 1.\n'),
    # the lock table does not exist, as Terraform's error list bullets it
    ('tf-dynamodb-lock-bullet-guard',
     'Acquiring state lock. This may take a few moments...\n╷\n│ Error: Error acquiring the state lock\n│ \n│ Error message: 2 errors occurred:\n│ \t* ResourceNotFoundException: Requested resource not found\n│ \t* ResourceNotFoundException: Requested resource not found\n╵\n##[error]Process completed with exit code 1.\n'),
    # codesign cannot reach the key: the keychain setup, every run
    ('codesign-locked-keychain-guard',
     '/usr/bin/codesign --force --sign ABCDEF0123456789 build/Example.app\nbuild/Example.app: errSecInternalComponent\nCommand CodeSign failed with a nonzero exit code\n##[error]Process completed with exit code 1.\n'),
    # the compiler's error decides; the daemon message came after
    ('kotlin-compile-then-daemon-gone',
     "> Task :app:compileKotlin FAILED\ne: file:///home/runner/work/app/src/main/kotlin/App.kt:12:5 Unresolved reference: fooBar\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:compileKotlin'.\n> Compilation error. See log for more details\nTimeout waiting to connect to the Gradle daemon.\n##[error]Process completed with exit code 1.\n"),
    # a test failed its equality; the build-event upload's outage after it did not fail it
    ('bazel-test-fail-then-bes-outage',
     'FAIL: //core:parser_test (see /home/runner/.cache/bazel/execroot/_main/bazel-out/k8-fastbuild/testlogs/core/parser_test/test.log)\nINFO: From Testing //core:parser_test:\n==================== Test output for //core:parser_test:\nparser_test.cc:40: Failure\nExpected equality of these values:\n  Parse("1+2")\n    Which is: 4\n  3\n[  FAILED  ] ParserTest.Adds (0 ms)\n================================================================================\n//core:parser_test                                                       FAILED in 0.4s\n\nExecuted 12 out of 12 tests: 11 tests pass and 1 fails locally.\nERROR: The Build Event Protocol upload failed: All retry attempts failed. UNAVAILABLE: io exception UNAVAILABLE: io exception\n##[error]Process completed with exit code 1.\n'),
    # the same with the upload's timeout: Bazel exits with the tests' code
    ('bes-after-failed-test-timeout',
     '//api:handler_test                                                       FAILED in 2.1s\n  /home/runner/.cache/bazel/execroot/_main/bazel-out/k8-fastbuild/testlogs/api/handler_test/test.log\n\nExecuted 30 out of 30 tests: 29 tests pass and 1 fails locally.\nINFO: Build completed, 1 test FAILED, 880 total actions\nERROR: The Build Event Protocol upload timed out\n##[error]Process completed with exit code 1.\n'),
    # the compiler's error decides; the upload timed out after the build
    ('bazel-compile-then-bes-timeout',
     "ERROR: /home/runner/work/app/core/BUILD:10:11: Compiling core/parser.cc failed: (Exit 1): gcc failed: error executing command /usr/bin/gcc -c core/parser.cc\ncore/parser.cc:22:3: error: 'Tokn' was not declared in this scope\n   22 |   Tokn t;\n      |   ^~~~\nTarget //core:parser failed to build\nINFO: Elapsed time: 12.3s\nFAILED: Build did NOT complete successfully\nERROR: The Build Event Protocol upload timed out\n##[error]Process completed with exit code 1.\n"),
    # the endpoint does not implement the build-event protocol: a wrong setting, every run
    ('bes-unimplemented',
     "INFO: Build completed successfully, 120 total actions\nERROR: The Build Event Protocol upload failed: Not retrying publishBuildEvents: status='Status{code=UNIMPLEMENTED, description=Method not found: google.devtools.build.v1.PublishBuildEvent/PublishLifecycleEvent, cause=null}'\n##[error]Process completed with exit code 1.\n"),
    # the service does not know the instance name: a wrong setting, every run
    ('bes-not-found',
     'INFO: Build completed successfully, 120 total actions\nERROR: The Build Event Protocol upload failed: Not retrying publishBuildEvents: status=\'Status{code=NOT_FOUND, description=instance "ci-prod" not found, cause=null}\'\n##[error]Process completed with exit code 1.\n'),
    # no plugin has the prefix and nothing failed to download: a typo in the goal
    ('mvn-prefix-typo-guard',
     "[INFO] Scanning for projects...\n[INFO] BUILD FAILURE\n[ERROR] No plugin found for prefix 'spotles' in the current project and in the plugin groups [org.apache.maven.plugins, org.codehaus.mojo] available from the repositories [local (/home/runner/.m2/repository), central (https://repo.maven.apache.org/maven2)] -> [Help 1]\n##[error]Process completed with exit code 1.\n"),
    # with make -k the compile error is there as well; it fails every run
    ('make-k-compile-error-and-137',
     "src/parse.c:41:9: error: 'tok' undeclared (first use in this function)\n   41 |     if (tok == NULL)\n      |         ^~~\nmake[1]: *** [Makefile:20: src/parse.o] Error 1\nmake[1]: *** [Makefile:20: src/big_tables.o] Error 137\nmake: *** [Makefile:9: all] Error 2\n##[error]Process completed with exit code 1.\n"),
    # the pinned archive's checksum changed: the pin or the upstream file
    ('bazel-checksum-guard',
     "ERROR: An error occurred during the fetch of repository 'rules_foo':\n   Traceback (most recent call last):\nError in download_and_extract: java.io.IOException: Error downloading [https://github.com/example/rules_foo/archive/v1.2.tar.gz] to /home/runner/.cache/bazel/external/rules_foo/temp/v1.2.tar.gz: Checksum was 2b9a1c0e5f5d4e3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c but wanted 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\n##[error]Process completed with exit code 1.\n"),
    # the Dockerfile's test step failed on an assertion
    ('docker-run-make-test-assert-guard',
     '#12 [6/6] RUN make test\n#12 3.20 ./run_tests\n#12 3.41 test_parse.c:22: assertion failed: parse("1+2") == 3\n#12 3.41 make: *** [Makefile:30: test] Error 1\n#12 ERROR: process "/bin/sh -c make test" did not complete successfully: exit code: 2\n------\nERROR: failed to solve: process "/bin/sh -c make test" did not complete successfully: exit code: 2\n##[error]Process completed with exit code 1.\n'),
    # no SConstruct in the directory: the build's files
    ('scons-no-sconstruct-guard',
     '+ scons -j4\nscons: *** No SConstruct file found.\nFile "/usr/lib/python3/dist-packages/SCons/Script/Main.py", line 947, in _main\n##[error]Process completed with exit code 1.\n'),
    # the code under test logged the 503 it chose not to retry; the test's assertion failed
    ('app-503-not-retrying-then-assert',
     "tests/test_checkout.py::test_submit_order\n-------------------------------- live log call ---------------------------------\nERROR payments.client:client.py:88 POST https://payments.internal/charge returned 503 Service Unavailable; not retrying (non-idempotent)\nFAILED tests/test_checkout.py::test_submit_order - AssertionError: assert 'failed' == 'pending'\n=========================== short test summary info ============================\nFAILED tests/test_checkout.py::test_submit_order - AssertionError: assert 'failed' == 'pending'\n1 failed, 57 passed in 4.20s\n##[error]Process completed with exit code 1.\n"),
    # the same in Python logging's ERROR:name: format (no tool's 'error: ' line)
    ('pylogging-error-colon-not-retrying',
     "tests/test_checkout.py::test_submit_order FAILED\n---------------------------- Captured log call -----------------------------\nERROR:payments.client:POST https://payments.internal/charge returned 503 Service Unavailable; not retrying\n>       assert order.state == 'pending'\nE       AssertionError: assert 'failed' == 'pending'\ntests/test_checkout.py:40: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_checkout.py::test_submit_order - AssertionError: assert 'failed' == 'pending'\n1 failed, 57 passed in 4.20s\n##[error]Process completed with exit code 1.\n"),
    # a Go test's t.Log of its own client's reset; the test's count is wrong
    ('go-test-not-retrying-reset',
     '=== RUN   TestClientNoRetryOnPost\n    client_test.go:51: client: read tcp 127.0.0.1:53422->127.0.0.1:38211: read: connection reset by peer; not retrying POST\n    client_test.go:58: got 2 requests, want 1\n--- FAIL: TestClientNoRetryOnPost (0.01s)\nFAIL\nFAIL\texample.com/client\t0.024s\n##[error]Process completed with exit code 1.\n'),
    # a retry wrapper lists the errors it would retry and says the test failure is none of them
    ('retry-wrapper-lists-patterns',
     '--- FAIL: TestParseDuration (0.00s)\n    duration_test.go:19: ParseDuration("1h") = 0, want 3600\nFAIL\nFAIL\texample.com/timeutil\t0.003s\nretry: exit code 1 and output matched none of [connection reset by peer, i/o timeout, 503 Service Unavailable]; not retrying\n##[error]Process completed with exit code 1.\n'),
    # a Kafka producer's give-up in an integration test's log; the assertion failed
    ('kafka-not-retrying-then-assert',
     '[main] WARN org.apache.kafka.clients.producer.internals.Sender - [Producer clientId=p-1] Got error produce response with correlation id 5 on topic-partition orders-0, not retrying (0 attempts left). Error: NETWORK_EXCEPTION\n[ERROR] Tests run: 14, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 8.1 s <<< FAILURE! - in com.example.OrderFlowIT\n[ERROR] publishesOrder(com.example.OrderFlowIT)  Time elapsed: 0.4 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n[ERROR] Tests run: 14, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # a status notification gave up at the start; rustc's error failed the job
    ('notify-not-retrying-then-compile',
     'Posting build-started status: 502 Bad Gateway from https://api.example.com/status, not retrying\n$ cargo build --locked\n   Compiling app v0.1.0 (/work/app)\nerror[E0425]: cannot find value `cfg` in this scope\n  --> src/main.rs:12:5\n   |\n12 |     cfg.load();\n   |     ^^^ not found in this scope\n\nerror: could not compile `app` (bin "app") due to 1 previous error\n##[error]Process completed with exit code 1.\n'),
    # the uploader's own error line: a 401 it does not retry, an invalid token
    ('gaveup-401-not-retrying',
     'Uploading coverage report...\nerror: upload failed: 401 Unauthorized (token invalid); not retrying\n##[error]Process completed with exit code 1.\n'),
    # a schema fetch timed out and the vendored copy was used; ESLint's error failed the job
    ('not-retrying-timeout-then-lint',
     "fetch-schema: GET https://schemas.example.org/v3.json timed out after 10s, not retrying; using the vendored copy\nschema: using vendored v3.json\n$ npx eslint .\n/work/app/src/index.ts\n  12:7  error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars\n\n✖ 1 problem (1 error, 0 warnings)\n##[error]Process completed with exit code 1.\n"),
]

TRANSIENT: list[tuple[str, str]] = [
    # the key never arrived: the keyserver timed out, gpg then has no public key
    ('gpg-keyserver-timeout-then-nopubkey',
     "+ gpg --keyserver hkps://keys.openpgp.org --recv-keys 0x1234ABCD5678EF90\ngpg: keyserver receive failed: Connection timed out\n+ gpg --verify node-v20.11.0.tar.xz.sig node-v20.11.0.tar.xz\ngpg: Signature made Tue 09 Jan 2024 12:00:00 PM UTC\ngpg:                using RSA key 1234ABCD5678EF90\ngpg: Can't check signature: No public key\n##[error]Process completed with exit code 1.\n"),
    # the rpm key's import timed out, so the signature check fails on the missing key
    ('rpm-import-curl-then-notok',
     '+ rpm --import https://packages.example.com/keys/RPM-GPG-KEY-example\ncurl: (28) Failed to connect to packages.example.com port 443 after 130000 ms: Connection timed out\nerror: https://packages.example.com/keys/RPM-GPG-KEY-example: import read failed(2).\n+ rpm -K example-agent-1.4.2-1.x86_64.rpm\nexample-agent-1.4.2-1.x86_64.rpm: digests SIGNATURES NOT OK\n##[error]Process completed with exit code 1.\n'),
    # the certificate's download timed out, so codesign finds no identity
    ('cert-download-timeout-no-identity',
     'Downloading signing certificate from vault...\ncurl: (28) Operation timed out after 30001 milliseconds with 0 out of 0 bytes received\nsecurity: SecKeychainItemImport: The specified file is empty\n/usr/bin/codesign --force --sign Developer ID Application: Example Corp (AB12CD34EF) build/Example.app\nDeveloper ID Application: Example Corp (AB12CD34EF): no identity found\nCommand CodeSign failed with a nonzero exit code\n##[error]Process completed with exit code 1.\n'),
    # the application handled its missing table; the registry's 503 failed the push
    ('dynamodb-handled-then-registry-503',
     'app-1  | INFO cache table lookup: ResourceNotFoundException: Requested resource not found; creating table sessions\napp-1  | INFO table sessions ACTIVE\nPushing image ghcr.io/example/app:sha-1a2b3c\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # an application's 404 log line is no download; Docker Hub's TLS timeout failed the job
    ('app-get-404-then-registry-timeout',
     'api-1  | 2024-03-01T10:00:01Z INFO upstream GET returned 404 Not Found for /v1/users/42 (cache miss)\napi-1  | 2024-03-01T10:00:02Z INFO ready\nPulling redis (redis:7)...\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout\n##[error]Process completed with exit code 1.\n'),
    # Maven could not read the plugin groups' metadata (connect timed out), so no prefix resolved
    ('mvn-prefix-central-down',
     "[INFO] Scanning for projects...\n[WARNING] Could not transfer metadata org.apache.maven.plugins/maven-metadata.xml from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connect timed out\n[WARNING] Could not transfer metadata org.codehaus.mojo/maven-metadata.xml from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 failed: Connect timed out\n[INFO] ------------------------------------------------------------------------\n[INFO] BUILD FAILURE\n[INFO] ------------------------------------------------------------------------\n[ERROR] No plugin found for prefix 'spotless' in the current project and in the plugin groups [org.apache.maven.plugins, org.codehaus.mojo] available from the repositories [local (/home/runner/.m2/repository), central (https://repo.maven.apache.org/maven2)] -> [Help 1]\n##[error]Process completed with exit code 1.\n"),
    # another update holds the stack's lock
    ('pulumi-409-guard',
     'Updating (prod)\n\nerror: [409] Conflict: Another update is currently in progress.\nTo learn more about possible reasons and resolution, visit https://www.pulumi.com/docs/common-errors/#conflict\n##[error]Process completed with exit code 1.\n'),
    # Apple's timestamp service did not answer
    ('codesign-timestamp-guard',
     '/usr/bin/codesign --force --timestamp --sign Developer ID Application: Example Corp (AB12CD34EF) build/Example.app\nbuild/Example.app: The timestamp service is not available.\nCommand CodeSign failed with a nonzero exit code\n** BUILD FAILED **\n##[error]Process completed with exit code 1.\n'),
    # osslsigncode's transfer to a timestamp server failed
    ('tsa-timestamp-url-curl-guard',
     "Connecting to http://timestamp.sectigo.com\nCURL failure: Couldn't connect to server http://timestamp.sectigo.com\nAuthenticode timestamping failed\nFailed\n##[error]Process completed with exit code 1.\n"),
    # apt could not resolve the mirror; the RUN step's exit 100 is its symptom
    ('docker-apt-dns-exit100',
     '#6 [2/5] RUN apt-get update && apt-get install -y --no-install-recommends curl\n#6 0.512 Err:1 http://deb.debian.org/debian bookworm InRelease\n#6 0.512   Temporary failure resolving \'deb.debian.org\'\n#6 0.801 W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving \'deb.debian.org\'\n#6 0.801 W: Some index files failed to download. They have been ignored, or old ones used instead.\n#6 0.870 E: Unable to locate package curl\n#6 ERROR: process "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl" did not complete successfully: exit code: 100\n------\nERROR: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl" did not complete successfully: exit code: 100\n##[error]Process completed with exit code 1.\n'),
    # pip's read timed out; the RUN step's exit is its symptom
    ('docker-pip-readtimeout-exit1',
     '#9 [4/6] RUN pip install -r requirements.txt\n#9 12.40 ERROR: Exception:\n#9 12.40 Traceback (most recent call last):\n#9 12.41 pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host=\'files.pythonhosted.org\', port=443): Read timed out.\n#9 ERROR: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 2\n------\nERROR: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 2\n##[error]Process completed with exit code 1.\n'),
    # a compile SIGKILLed (137) with nothing else wrong: memory pressure
    ('make-137-oom-guard',
     'g++ -O2 -c src/huge_tables.cc -o build/huge_tables.o\nmake: *** [Makefile:22: build/huge_tables.o] Error 137\n##[error]Process completed with exit code 1.\n'),
    # the Nix daemon went away under the client
    ('nix-daemon-guard',
     "building '/nix/store/abc-app-1.0.drv'...\nerror: Nix daemon disconnected unexpectedly (maybe it crashed?)\n##[error]Process completed with exit code 1.\n"),
    # an app's webhook 404 it did not retry; Docker Hub's DNS failure failed the job
    ('app-404-not-retrying-then-outage',
     'web-1  | INFO WebhookJob jid=ab12: GET https://hooks.example.com/x returned 404 Not Found, not retrying\nPulling db (postgres:16)...\nError response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving\n##[error]Process completed with exit code 1.\n'),
    # the build passed; the build-event upload gave up on UNAVAILABLE
    ('bes-not-retrying-unavailable-guard',
     "INFO: Build completed successfully, 412 total actions\nERROR: The Build Event Protocol upload failed: Not retrying publishBuildEvents, no more attempts left: status='Status{code=UNAVAILABLE, description=io exception, cause=null}' UNAVAILABLE: io exception\n##[error]Process completed with exit code 1.\n"),
]

# Ambiguous, or right verdict real where another (older) entry still holds the line: no rerun
# proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the job's own server panicked at start; a health check at loopback is its symptom (right: real)
    ('curl-failure-local-app',
     "Starting server...\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6f1a2b]\nCURL failure: Couldn't connect to server http://127.0.0.1:8080/health\nhealthcheck failed\n##[error]Process completed with exit code 1.\n"),
    # Bazel crashed on a StackOverflowError in analysis, not for memory: it may well be the change
    ('bazel-server-stackoverflow',
     "INFO: Analyzed 0 targets\nFATAL: bazel crashed due to an internal error. Printing stack trace:\njava.lang.StackOverflowError\n\tat net.starlark.java.eval.Eval.exec(Eval.java:112)\nServer terminated abruptly (error code: 14, error message: 'Socket closed', log file: '/home/runner/.cache/bazel/_bazel_runner/abc/server/jvm.out')\n##[error]Process completed with exit code 1.\n"),
    # the test task reported a failed assertion before the daemon message (right: real)
    ('gradle-test-fail-then-daemon-died',
     "> Task :core:test\n\nParserTest > parsesDates() FAILED\n    org.opentest4j.AssertionFailedError: expected: <2024-01-01> but was: <2023-12-31>\n        at app//com.example.ParserTest.parsesDates(ParserTest.java:31)\n\n42 tests completed, 1 failed\n> Task :core:test FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':core:test'.\n> There were failing tests. See the report at: file:///home/runner/work/app/core/build/reports/tests/test/index.html\n\nBUILD FAILED in 1m 2s\nCould not receive a message from the daemon.\n##[error]Process completed with exit code 1.\n"),
    # the recipe's own timeout -s KILL killed a test that hung: a deadlock as likely as a slow machine
    ('make-timeout-kill-hang',
     'timeout -s KILL 300 ./build/tests/integration\n[ RUN      ] Queue.DrainsUnderContention\nmake: *** [Makefile:88: integration] Error 137\n##[error]Process completed with exit code 1.\n'),
    # Test Kitchen's SSH wait: a slow boot or a port never opened
    ('kitchen-ssh-timeout',
     '-----> Creating <default-ubuntu-2204>...\n       Waiting for SSH service on 10.0.2.15:22, retrying in 3 seconds\n>>>>>> ------Exception-------\n>>>>>> Class: Kitchen::ActionFailed\n>>>>>> Message: 1 actions failed.\n>>>>>>     Failed to complete #create action: [Timeout waiting for SSH] on default-ubuntu-2204\n##[error]Process completed with exit code 1.\n'),
    # gpg's 'No name' is a keyserver host that did not resolve: a retired host as likely as a DNS blip
    ('gpg-keyserver-dns-then-nopubkey',
     "gpg: keyserver receive failed: No name\ngpg: Signature made Mon 01 Jan 2024\ngpg:                using EDDSA key ABCDEF0123456789\ngpg: Can't check signature: No public key\n##[error]Process completed with exit code 1.\n"),
]

# Logs on which an entry of these sections must not fire (the verdict is left to other entries).
QUIET: list[tuple[str, str, str]] = [
    # warn-mode configuration-cache problems, the entry stored and the build went on; the download was reset
    ('gradle-cc-warn-then-download-reset', 'build-definition-unreadable',
     "2 problems were found storing the configuration cache.\n- Task `:app:generate` of type `org.example.Gen`: invocation of 'Task.project' at execution time is unsupported.\n- Task `:app:generate` of type `org.example.Gen`: cannot serialize object of type 'org.gradle.api.Project'\n\nSee the complete report at file:///home/runner/work/app/build/reports/configuration-cache/abc/report.html\nConfiguration cache entry stored with 2 problems.\n> Task :app:compileJava\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:compileJava'.\n> Could not resolve all files for configuration ':app:compileClasspath'.\n   > Could not download guava-33.0.0-jre.jar (com.google.guava:guava:33.0.0-jre)\n      > Could not get resource 'https://repo.maven.apache.org/maven2/com/google/guava/guava/33.0.0-jre/guava-33.0.0-jre.jar'.\n         > Could not GET 'https://repo.maven.apache.org/maven2/com/google/guava/guava/33.0.0-jre/guava-33.0.0-jre.jar'.\n            > Connection reset\n\nBUILD FAILED in 41s\n##[error]Process completed with exit code 1.\n"),
]


def test_unique_ids():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, QUIET)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("sig,log", [pytest.param(s, lg, id=c) for c, s, lg in QUIET])
def test_entry_quiet(sig, log):
    assert sig not in signatures(judge(log))
