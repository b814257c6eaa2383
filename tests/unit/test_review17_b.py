"""Review 17b of the seventeenth round's mutation_snapshot_coverage and wasm_toolchains sections and the older entries they
widened (scheduling-capacity under PIT's minion, http-5xx's WebDriver 500, download-failed's offline mode and 4xx, transient-wording's
wasm-bindgen guess, insta's diff rule in rules.py): adversarial logs, made up. A SIGKILL the job brought on itself (a memory limit, a
KILL deadline, kill -9, a test killing its child) is no host's moment; a trap a test expected or a guest's panic on a remote timeout is
not the module's bug; syrupy's unused snapshot of a test that failed on the network is that failure; a Go client's "non-200 response
code: 500" from a remote host is an outage; another tool's two-column table under a rule like insta's holds no compared values."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # the test sends SIGKILL to its worker itself; its assertion (no restart) is the failure
    ('sigkill-test-kills-own-child',
     "running 5 tests\ntest supervisor::restarts_crashed_worker ... FAILED\n\nfailures:\n\n---- supervisor::restarts_crashed_worker stdout ----\nsending SIGKILL to worker 4242\nworker 4242 exited with signal: 9 (SIGKILL)\nthread 'supervisor::restarts_crashed_worker' panicked at src/supervisor.rs:88:9:\nworker was not restarted within 5s\n\ntest result: FAILED. 4 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 5.02s\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 1.\n"),
    # the script's kill -9 of its dev server after the e2e assertion failed
    ('sigkill-job-kill-9-then-launcher',
     '+ ./target/debug/devserver --port 8080 &\n+ npm run e2e\n  1) checkout › applies coupon\n     AssertionError: expected 100 to equal 90\n  12 passing (4s)\n  1 failing\n+ kill -9 $DEVSERVER_PID\n[launcher] devserver exited with signal: 9 (SIGKILL)\n##[error]Process completed with exit code 1.\n'),
    # the test failed; the SIGKILL is in the post-job cleanup
    ('sigkill-after-test-failure-post-step',
     "---- parser::rejects_empty stdout ----\nthread 'parser::rejects_empty' panicked at src/parser.rs:40:5:\nassertion `left == right` failed\n  left: 3\n right: 4\ntest result: FAILED. 30 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 101.\nPost job cleanup.\n/usr/bin/sccache --stop-server\nError: failed to execute `sccache --stop-server`: exited with signal: 9 (SIGKILL)\n"),
    # the test run failed first; Trunk's download in a later command
    ('trunk-download-after-test-failure',
     'test result: FAILED. 12 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\nerror: test failed, to rerun pass `--lib`\n+ trunk build --release\n2026-05-04T09:14:02.551Z ERROR error from build pipeline\n2026-05-04T09:14:02.551Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n2026-05-04T09:14:02.551Z  INFO   2: failed downloading release archive\n2026-05-04T09:14:02.551Z  INFO   3: error sending HTTP request\n2026-05-04T09:14:02.551Z  INFO   4: Request error: error sending request for url (https://github.com/WebAssembly/binaryen/releases/download/version_117/binaryen-version_117-x86_64-linux.tar.gz)\n2026-05-04T09:14:02.551Z  INFO   5: operation timed out\n##[error]Process completed with exit code 1.\n'),
    # guard: a TypeScript error and obsolete snapshots
    ('jest-obsolete-and-failed-test-compile',
     " FAIL  src/cart.test.ts\n  ● Test suite failed to run\n\n    src/cart.ts:12:5 - error TS2322: Type 'string' is not assignable to type 'number'.\n\nSnapshot Summary\n › 1 snapshot obsolete from 1 test suite. To remove it, run `npm test -- -u`.\n\nTest Suites: 1 failed, 12 passed, 13 total\nTests:       80 passed, 80 total\nSnapshots:   1 obsolete, 40 passed, 41 total\n##[error]Process completed with exit code 1.\n"),
    # guard: syrupy's own test comparing its summary text
    ('syrupy-own-test-compares-unused-text',
     "    def test_reports_unused(testdir):\n        result = testdir.runpytest('-v')\n>       assert '2 snapshots unused.' in result.stdout.str()\nE       AssertionError: assert '2 snapshots unused.' in '... 1 snapshot unused.\\n'\nFAILED tests/integration/test_unused.py::test_reports_unused - AssertionError\n1 failed, 310 passed in 40.2s\n##[error]Process completed with exit code 1.\n"),
    # an application's log line (not tarpaulin's) above the test's own assertion
    ('app-log-timed-out-test-response',
     "tests/test_agent.py::test_round_trip FAILED\nERROR    agent.server:server.py:212 Error: Timed out waiting for test response from agent-7\nE       assert 'pending' == 'done'\nFAILED tests/test_agent.py::test_round_trip - AssertionError: assert 'pending' == 'done'\n1 failed, 22 passed in 31.1s\n##[error]Process completed with exit code 1.\n"),
    # guard: Infection's MSI gate
    ('infection-msi-after-network-fail',
     '+ vendor/bin/infection --min-msi=80 --threads=4\nProcessing source code files: 120/120\nRan 840 mutants\n         Mutation Score Indicator (MSI): 76%\n         Mutation Code Coverage: 92%\n         Covered Code MSI: 83%\n[ERROR] The minimum required MSI percentage should be 80%, but actual is 76%. Improve your tests!\n##[error]Process completed with exit code 1.\n'),
    # guard: the unused snapshot alone fails the run
    ('syrupy-unused-alone-guard',
     'tests/test_export.py ........                                            [100%]\n--------------------------- snapshot report summary ----------------------------\n8 snapshots passed. 1 snapshot unused.\n\nRe-run pytest with --snapshot-update to delete unused snapshots.\n============================== 8 passed in 0.61s ===============================\n##[error]Process completed with exit code 1.\n'),
    # guard: an assertion failed beside the unused snapshot
    ('syrupy-unused-with-assertion-failure-guard',
     "tests/test_render.py F.......                                            [100%]\nE   AssertionError: assert 'Total: 9' == 'Total: 10'\n--------------------------- snapshot report summary ----------------------------\n7 snapshots passed. 1 snapshot unused.\n\nRe-run pytest with --snapshot-update to delete unused snapshots.\n=========================== short test summary info ============================\nFAILED tests/test_render.py::test_total - AssertionError: assert 'Total: 9' == 'Total: 10'\n========================= 1 failed, 7 passed in 0.40s ==========================\n##[error]Process completed with exit code 1.\n"),
    # guard: a Go test comparing TinyGo's version message
    ('tinygo-go-version-words-in-test-name',
     '--- FAIL: TestRejectsGoVersion (0.00s)\n    config_test.go:40: got "requires go version 1.19 through 1.22, got go1.23", want "requires go version 1.19 through 1.23, got go1.24"\nFAIL\nFAIL\tgithub.com/acme/wasmtool/config\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # guard: an insta snapshot of a trap message
    ('insta-snapshot-of-trap-text',
     "Snapshot: trap_message\nSource: tests/traps.rs:30\n-old snapshot\n+new results\n────────────┬───────────────────────────────\n    0       │-wasm trap: out of bounds memory access\n          0 │+wasm trap: integer divide by zero\n────────────┴───────────────────────────────\nsnapshot assertion for 'trap_message' failed in line 30\ntest result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.21s\n##[error]Process completed with exit code 1.\n"),
    # guard: insta's own rows hold the outage words: values compared
    ('insta-box-reset-row',
     "-old snapshot\n+new results\n────────────┬───────────────────────────────\n    0       │-error: connection reset by peer\n          0 │+error: connection refused\n────────────┴───────────────────────────────\nsnapshot assertion for 'client_error' failed in line 41\ntest result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s\n##[error]Process completed with exit code 1.\n"),
    # guard: Trunk's download timed out above a compile error the job ended on
    ('trunk-download-then-compile-error',
     '2026-05-04T09:14:02.551Z  INFO   4: Request error: error sending request for url (https://github.com/WebAssembly/binaryen/releases/download/version_117/binaryen-version_117-x86_64-linux.tar.gz)\n2026-05-04T09:14:02.551Z  INFO   5: operation timed out\n+ cargo build --target wasm32-unknown-unknown\nerror[E0425]: cannot find value `cfg` in this scope\n  --> src/lib.rs:12:5\nerror: could not compile `viewer` (lib) due to 1 previous error\n##[error]Process completed with exit code 1.\n'),
    # guard: a SIGKILL above a compile error the job ended on
    ('emcc-sigkill-then-compile-error',
     "emcc: error: '/emsdk/upstream/bin/clang++ -c src/big.cpp -o build/big.o' failed (received SIGKILL (-9))\n+ emcc -c src/util.c -o build/util.o\nsrc/util.c:14:3: error: use of undeclared identifier 'buf_len'\n   14 |   buf_len = 0;\n1 error generated.\nemcc: error: '/emsdk/upstream/bin/clang -c src/util.c -o build/util.o' failed (returned 1)\n##[error]Process completed with exit code 1.\n"),
    # guard: gremlins' efficacy gate
    ('gremlins-below-efficacy-guard',
     '+ gremlins unleash --threshold-efficacy 80\nKILLED CONDITIONALS_NEGATION at internal/app/app.go:42:10\nLIVED CONDITIONALS_BOUNDARY at internal/app/app.go:51:7\nMutator coverage: 92.00%\nTest efficacy: 71.43%\nError: below efficacy-threshold\n##[error]Process completed with exit code 1.\n'),
    # guard: cargo-mutants' mutant that loops
    ('cargo-mutants-timeout-guard',
     '+ cargo mutants --in-diff pr.diff\nFound 12 mutants to test\nok       Unmutated baseline in 12.1s build + 3.2s test\nTIMEOUT  src/queue.rs:41:15: replace < with <= in Queue::drain in 1.3s build + 20.0s test\n12 mutants tested in 1m: 11 caught, 1 timeouts\n##[error]Process completed with exit code 1.\n'),
    # cargo --offline without the crate in its cache: the job's flag, every run
    ('cargo-offline-missing-crate',
     '+ cargo build --offline --target wasm32-unknown-unknown\nerror: failed to download `serde v1.0.197`\n\nCaused by:\n  attempting to make an HTTP request, but --offline was specified\n##[error]Process completed with exit code 1.\n'),
    # guard: binary-install's 404 for a platform with no release
    ('wasm-pack-wasm-opt-404-then-ok',
     '[INFO]: Optimizing wasm binaries with `wasm-opt`...\nError: failed to download from https://github.com/WebAssembly/binaryen/releases/download/version_117/binaryen-version_117-aarch64-linux.tar.gz\nTo disable `wasm-opt`, add `wasm-opt = false` to your package metadata in your `Cargo.toml`.\n\nCaused by:\n    https://github.com/WebAssembly/binaryen/releases/download/version_117/binaryen-version_117-aarch64-linux.tar.gz: status code 404\n##[error]Process completed with exit code 1.\n'),
    # guard: a pool's handled restart, then the test's assertion
    ('sigkill-handled-restart-then-assert',
     "running 8 tests\n2026-05-04T10:00:01Z WARN pool: worker 3 exited with signal: 9 (SIGKILL), restarting\ntest pool::rebalances ... FAILED\n---- pool::rebalances stdout ----\nthread 'pool::rebalances' panicked at src/pool.rs:120:9:\nassertion `left == right` failed\n  left: 2\n right: 3\ntest result: FAILED. 7 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n##[error]Process completed with exit code 1.\n"),
    # low: an app's log line of a failed request to its own loopback server above its assertion (review 17d's loopback exception of rust-http-client-request-not-answered fixed it)
    ('app-log-request-error-loopback',
     "running 3 tests\n2026-05-04T09:14:02.551Z  INFO 2: Request error: error sending request for url (http://127.0.0.1:8080/api/items)\ntest api::lists_items ... FAILED\nfailures:\n---- api::lists_items stdout ----\nthread 'api::lists_items' panicked at tests/api.rs:22:5:\nassertion `left == right` failed\n  left: 0\n right: 3\ntest result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\nerror: test failed, to rerun pass `--test api`\n##[error]Process completed with exit code 1.\n"),
    # (xfail 17b) was LEFT: the SIGKILL inside the container the job capped itself (docker run --memory=1g): killed-under-job-set-container-memory-cap
    ('sigkill-docker-memory-limit',
     '+ docker run --rm --memory=1g -v $PWD:/src -w /src ghcr.io/acme/wasm-builder:1.4 wasm-pack build --release\n[INFO]: 🎯  Checking for the Wasm target...\n[INFO]: 🌀  Compiling to Wasm...\n   Compiling serde v1.0.197\n   Compiling geo-engine v0.9.0 (/src)\nError: Compiling your crate to WebAssembly failed\nCaused by: failed to execute `cargo build`: exited with signal: 9 (SIGKILL)\n  full command: "cargo" "build" "--lib" "--release" "--target" "wasm32-unknown-unknown"\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: a container with no memory limit, cargo SIGKILLed: the runner's memory
    ('sigkill-plain-docker-no-limit-guard',
     '+ docker run --rm -v $PWD:/src -w /src ghcr.io/acme/wasm-builder:1.4 wasm-pack build --release\n[INFO]: 🌀  Compiling to Wasm...\n   Compiling geo-engine v0.9.0 (/src)\nError: Compiling your crate to WebAssembly failed\nCaused by: failed to execute `cargo build`: exited with signal: 9 (SIGKILL)\n##[error]Process completed with exit code 1.\n'),
    # the guest's unwrap on a remote connect timeout became the unreachable trap: the network moment
    ('wasi-guest-panics-on-remote-timeout',
     "+ wasmtime run -S http --dir . target/wasm32-wasip2/release/fetcher.wasm\nthread '<unnamed>' panicked at src/main.rs:31:10:\ncalled `Result::unwrap()` on an `Err` value: ErrorCode::ConnectionTimeout (connect to api.example.org:443 timed out)\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\nError: failed to run main module `target/wasm32-wasip2/release/fetcher.wasm`\n\nCaused by:\n    0: failed to invoke `run` function\n    1: error while executing at wasm backtrace:\n           0: 0x1a2b3 - fetcher.wasm!__rust_start_panic\n    2: wasm trap: wasm `unreachable` instruction executed\n##[error]Process completed with exit code 1.\n"),
    # tests ABOUT traps passed (their traps printed with --nocapture); the coverage upload's 503 failed the job
    ('trap-tests-pass-then-upload-503',
     '+ cargo test --release -- --nocapture\nrunning 3 tests\ntrap on oob load: wasm trap: out of bounds memory access\ntest traps::oob_load_traps ... ok\ntrap on div: wasm trap: integer divide by zero\ntest traps::div_by_zero_traps ... ok\ntest traps::unreachable_traps ... ok\ntest result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.12s\n+ curl -sSf -X POST --data-binary @lcov.info https://coverage.example.org/upload\ncurl: (22) The requested URL returned error: 503\n##[error]Process completed with exit code 1.\n'),
    # traps a TAP test expected (ok 1, ok 2); npm's registry answered 503
    ('trap-node-expected-stderr-then-503',
     '+ node --test test/\n# Subtest: traps on unreachable\nRuntimeError: unreachable\nok 1 - traps on unreachable\n# Subtest: traps on oob\nRuntimeError: memory access out of bounds\nok 2 - traps on oob\n1..2\n# pass 2\n# fail 0\n+ npm publish --access public\nnpm ERR! code E503\nnpm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fwasm-core - Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # guard: tarpaulin's wait, then the runner was shut down
    ('tarpaulin-timeout-then-runner-lost',
     '+ cargo tarpaulin --out Xml --timeout 120\nMar 04 10:01:12.004  INFO cargo_tarpaulin::process_handling: running /src/target/debug/deps/engine-1a2b\nError: Timed out waiting for test response\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n##[error]The operation was canceled.\n'),
    # a Go uploader's 'received non-200 response code: 500' from a remote host, not wasm-bindgen's driver
    ('go-uploader-non-200-remote',
     '+ ./bin/publish-artifacts --dest https://artifacts.example.org/v1/upload dist/\n2026/05/04 10:02:11 uploading dist/app-linux-amd64.tar.gz (12.4 MB)\n2026/05/04 10:02:13 upload to https://artifacts.example.org/v1/upload failed: received non-200 response code: 500\nError: 1 of 3 uploads failed\n##[error]Process completed with exit code 1.\n'),
    # the same words after the uploader's own prefix: a remote 500
    ('go-uploader-non-200-bare',
     '+ ./bin/publish-artifacts --dest https://artifacts.example.org/v1/upload dist/\nuploading dist/app-linux-amd64.tar.gz to https://artifacts.example.org/v1/upload\nError: upload failed: non-200 response code: 500\n##[error]Process completed with exit code 1.\n'),
    # guard: the page crashed in Chrome (chromedriver says so below the runner's guess)
    ('wbg-might-have-timed-out-page-crash',
     'Running headless tests in Chrome on `http://127.0.0.1:43771/`\nTry find `webdriver.json` for configure browser\'s capabilities:\nNot found\nFailed to detect test as having been run. It might have timed out.\noutput div contained:\n    Loading scripts...\nError: non-200 response code: 500\n{"value":{"error":"unknown error","message":"unknown error: session deleted because of page crash\\nfrom tab crashed"}}\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 1.\n'),
    # a preflight table's row (a ┬ rule like insta's) names the registry's 503: the job's trouble, no compared value
    ('preflight-two-column-table-503',
     '+ ./scripts/preflight --check-services\n────────────────┬──────────────────────────────────────\n  registry      │ https://registry.example.org/v2/: 503 Service Unavailable\n  artifact host │ ok\n────────────────┴──────────────────────────────────────\npreflight failed: 1 service unreachable\n##[error]Process completed with exit code 1.\n'),
    # a load generator's table of connect timeouts to the staging host, not an insta diff
    ('bench-table-then-connect-timeout',
     '+ cargo run --release -p loadgen -- --target https://staging.example.org\n────────────┬────────────\n  endpoint  │ result\n  /health   │ error: connect timed out after 30s (staging.example.org:443)\n  /items    │ error: connect timed out after 30s (staging.example.org:443)\n────────────┴────────────\nError: all endpoints failed\n##[error]Process completed with exit code 1.\n'),
    # syrupy counts the snapshot of the test that failed on a remote connect timeout as unused
    ('syrupy-unused-after-remote-outage',
     "tests/test_export.py F.......                                            [100%]\n=================================== FAILURES ===================================\n______________________________ test_export_feed ______________________________\nE   requests.exceptions.ConnectionError: HTTPSConnectionPool(host='feeds.example.org', port=443): Max retries exceeded with url: /v1/items (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 110] Connection timed out'))\n--------------------------- snapshot report summary ----------------------------\n7 snapshots passed. 1 snapshot unused.\n\nRe-run pytest with --snapshot-update to delete unused snapshots.\n=========================== short test summary info ============================\nFAILED tests/test_export.py::test_export_feed - requests.exceptions.ConnectionError: HTTPSConnectionPool(host='feeds.example.org', port=443): Max retries exceeded\n========================= 1 failed, 7 passed in 32.10s =========================\n##[error]Process completed with exit code 1.\n"),
    # a changelog entry's words, then npm's registry answered 503
    ('changelog-snapshot-words-then-503',
     '+ cat CHANGELOG.md | head -8\n## 2.4.0\n- tests: remove 3 snapshots unused.\n- ci: fail when snapshots are obsolete\n+ npm publish\nnpm ERR! code E503\nnpm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fui - Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # guard: Stryker's run failed on the registry's DNS, no heap words
    ('stryker-heap-words-in-docs-then-timeout',
     '+ npx stryker run\n15:02:11 (2201) INFO ProjectReader Found 1 of 240 file(s) to be mutated.\n15:02:30 (2201) INFO Instrumenter Instrumented 1 source file(s) with 310 mutant(s)\n15:02:30 (2201) INFO ConcurrencyTokenProvider Creating 2 test runner process(es).\n15:04:01 (2201) ERROR Stryker Unexpected error occurred while running Stryker Error: getaddrinfo EAI_AGAIN registry.npmjs.org\n##[error]Process completed with exit code 1.\n'),
    # guard: coverage combined fine; the upload got a 502
    ('coverage-combine-then-upload-503',
     '+ coverage combine && coverage xml\nCombined data file .coverage.runner-1.4321.XyZ\nWrote XML report to coverage.xml\n+ curl -sSf -F file=@coverage.xml https://coverage.example.org/upload\ncurl: (22) The requested URL returned error: 502\n##[error]Process completed with exit code 1.\n'),
    # guard: emsdk's download timed out, not a refused setup
    ('emsdk-install-download-timeout',
     "+ ./emsdk install 3.1.61\nResolving SDK version '3.1.61' to 'sdk-releases-5f4e3d2c-64bit'\nInstalling SDK 'sdk-releases-5f4e3d2c-64bit'..\nInstalling tool 'node-18.20.3-64bit'..\nDownloading: /home/ci/emsdk/downloads/node-v18.20.3-linux-x64.tar.xz from https://storage.example.org/webassembly/emscripten-releases-builds/deps/node-v18.20.3-linux-x64.tar.xz\nerror: HTTP error with URL 'https://storage.example.org/webassembly/emscripten-releases-builds/deps/node-v18.20.3-linux-x64.tar.xz': <urlopen error [Errno 110] Connection timed out>\nerror: installation failed!\n##[error]Process completed with exit code 1.\n"),
    # the lock came; the port's download met a DNS failure
    ('emcc-cache-lock-then-port-download-fails',
     '+ emcc -O2 -sUSE_SDL=2 src/main.c -o dist/app.js\ncache:WARNING: Accessing the Emscripten cache at "/home/ci/.emscripten_cache" (for "ports") is taking a long time, another process should be writing to it. If there are none and you suspect this process has deadlocked, try deleting the lock file "/home/ci/.emscripten_cache/cache.lock" and try again. If this occurs deterministically, consider filing a bug.\nports:INFO: retrieving port: sdl2 from https://github.com/libsdl-org/SDL/archive/release-2.28.4.zip\nurllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>\n##[error]Process completed with exit code 1.\n'),
    # guard: the kernel's OOM killer named beside PIT's minion
    ('pit-minion-died-with-oom-killer',
     '[INFO] --- pitest-maven:1.15.3:mutationCoverage (default-cli) @ core ---\n[INFO] Found plugin : Default csv report plugin\n[ERROR] Minion did not start or died during analysis. This may indicate an issue in your environment such as insufficient memory.\n[ERROR] kernel: Out of memory: Killed process 8812 (java) total-vm:9120000kB, anon-rss:6900000kB\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the job's own --memory=1g on the build: the build needs more than the limit it set, every run
    ('sigkill-docker-memory-limit-nst',
     '+ docker run --rm --memory=1g -v $PWD:/src -w /src ghcr.io/acme/wasm-builder:1.4 wasm-pack build --release\n[INFO]: 🎯  Checking for the Wasm target...\n[INFO]: 🌀  Compiling to Wasm...\n   Compiling serde v1.0.197\n   Compiling geo-engine v0.9.0 (/src)\nError: Compiling your crate to WebAssembly failed\nCaused by: failed to execute `cargo build`: exited with signal: 9 (SIGKILL)\n  full command: "cargo" "build" "--lib" "--release" "--target" "wasm32-unknown-unknown"\n##[error]Process completed with exit code 1.\n'),
    # MemoryMax the job set on emcc's scope: its own limit, not the runner's memory
    ('sigkill-systemd-run-memorymax',
     "+ systemd-run --user --scope -p MemoryMax=2G emcc -O3 -flto src/*.c -o dist/app.js\nRunning scope as unit: run-r3c1f.scope\nemcc: error: '/emsdk/upstream/bin/wasm-ld -o dist/app.wasm --lto-O3 build/a.o build/b.o' failed (received SIGKILL (-9))\n##[error]Process completed with exit code 1.\n"),
    # the xtask's own deadline killed the runner: a hang as likely as a slow host
    ('sigkill-xtask-own-timeout',
     '+ cargo xtask wasm-test --per-binary-timeout 600\nxtask: running wasm-bindgen-test-runner target/wasm32-unknown-unknown/debug/deps/engine-1a2b3c.wasm\nxtask: wasm-bindgen-test-runner still running after 600s, killing it\nError: `wasm-bindgen-test-runner target/wasm32-unknown-unknown/debug/deps/engine-1a2b3c.wasm` exited with signal: 9 (SIGKILL)\n##[error]Process completed with exit code 1.\n'),
    # the job's `timeout -s KILL` wrapper: its own deadline
    ('sigkill-timeout-s-kill-wrapper',
     '+ timeout -s KILL 20m cargo run -p xtask -- build-wasm\n    Finished dev [unoptimized] target(s) in 0.21s\n     Running `target/debug/xtask build-wasm`\n[xtask] building crates/solver for wasm32-wasi\n[xtask] cargo build exited with signal: 9 (SIGKILL)\n##[error]Process completed with exit code 1.\n'),
    # cargo-fuzz's target killed while its RSS grew with the limit off: what the fuzzer found as often as the host
    ('sigkill-fuzz-target-oom',
     '+ cargo fuzz run parse_wasm -- -max_total_time=300 -rss_limit_mb=0\n#4096\tpulse  cov: 2011 ft: 5120 corp: 310/40Kb exec/s: 1365 rss: 1800Mb\n#8192\tpulse  cov: 2030 ft: 5300 corp: 330/44Kb exec/s: 1300 rss: 6900Mb\nError: Fuzz target exited with signal: 9 (SIGKILL)\n##[error]Process completed with exit code 1.\n'),
    # another runner's TIMEOUT over a test file's place, not a cargo-mutants mutant
    ('kselftest-like-timeout-path',
     '+ ./run_suite.sh\nPASS  suites/io/read.t:1:1: reads a file\nTIMEOUT suites/net/fetch.t:14:3: fetch from mirror.example.org (no answer after 60s)\nFAIL  1 of 40 suites did not pass\n##[error]Process completed with exit code 1.\n'),
    # Jest marks a failing test's snapshots checked: the obsolete ones fail the run on their own (TestScheduler's snapshot.failure)
    ('jest-obsolete-and-network-test-nst',
     '  ● api › fetches profile\n\n    FetchError: request to https://api.example.org/profile failed, reason: connect ETIMEDOUT 203.0.113.7:443\n\nSnapshot Summary\n › 2 snapshots obsolete from 1 test suite. To remove them all, run `npm test -- -u`.\n   ↳ src/__tests__/render.test.ts\n       • renders footer 1\n\nTest Suites: 1 failed, 9 passed, 10 total\nTests:       1 failed, 80 passed, 81 total\nSnapshots:   2 obsolete, 40 passed, 42 total\n##[error]Process completed with exit code 1.\n'),
    # guard: the job's own wasmtime deadline
    ('wasmtime-interrupt-guard-real',
     '+ wasmtime run -W timeout=30s build/solver.wasm puzzles/hard.txt\nError: timed out after 30s\n\nCaused by:\n    wasm trap: interrupt\n##[error]Process completed with exit code 1.\n'),
    # PIT's guess alone: a test's System.exit as often as memory
    ('pit-minion-died-system-exit-guard',
     '[INFO] --- pitest-maven:1.15.3:mutationCoverage (default-cli) @ core ---\n[ERROR] Minion did not start or died during analysis. This may indicate an issue in your environment such as insufficient memory.\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.3:mutationCoverage (default-cli) on project core: Execution default-cli of goal org.pitest:pitest-maven:1.15.3:mutationCoverage failed: Minion did not start or died during analysis\n##[error]Process completed with exit code 1.\n'),
    # wasm-bindgen's guess alone: a hung suite as often as a slow browser
    ('wbg-might-have-timed-out-alone',
     "Running headless tests in Chrome on `http://127.0.0.1:43771/`\nTry find `webdriver.json` for configure browser's capabilities:\nNot found\nFailed to detect test as having been run. It might have timed out.\noutput div contained:\n    running 40 tests\n    test app::renders ... ok\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 1.\n"),
    # the same compile SIGKILLed on the retry too: the file's own need as much as the host
    ('emcc-sigkill-twice-same-object',
     "emcc: error: '/emsdk/upstream/bin/clang++ -O3 -c src/huge_tables.cpp -o build/huge_tables.o' failed (received SIGKILL (-9))\n+ echo 'retrying build once'\n+ emcc -O3 -c src/huge_tables.cpp -o build/huge_tables.o\nemcc: error: '/emsdk/upstream/bin/clang++ -O3 -c src/huge_tables.cpp -o build/huge_tables.o' failed (received SIGKILL (-9))\n##[error]Process completed with exit code 1.\n"),
    # (xfail 17b) was LEFT: the proxy refused the tunnel; rust-http-client-request-not-answered stands aside on 'unsuccessful tunnel'
    ('trunk-download-proxy-tunnel-refused',
     '+ trunk build --release\n2026-05-04T09:12:41.004Z  INFO downloading wasm-bindgen version="0.2.95"\n2026-05-04T09:12:41.551Z ERROR error from build pipeline\n2026-05-04T09:12:41.551Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n2026-05-04T09:12:41.551Z  INFO   2: failed downloading release archive\n2026-05-04T09:12:41.551Z  INFO   3: error sending HTTP request\n2026-05-04T09:12:41.551Z  INFO   4: Request error: error sending request for url (https://github.com/rustwasm/wasm-bindgen/releases/download/0.2.95/wasm-bindgen-0.2.95-x86_64-unknown-linux-musl.tar.gz)\n2026-05-04T09:12:41.551Z  INFO   5: client error (Connect)\n2026-05-04T09:12:41.551Z  INFO   6: unsuccessful tunnel\n##[error]Process completed with exit code 1.\n'),
]

LEFT: list[tuple[str, str, str]] = [
    # low: reads unknown; the network timeout of the other test weighs against the obsolete count
    ('jest-obsolete-and-network-test', 'real',
     '  ● api › fetches profile\n\n    FetchError: request to https://api.example.org/profile failed, reason: connect ETIMEDOUT 203.0.113.7:443\n\nSnapshot Summary\n › 2 snapshots obsolete from 1 test suite. To remove them all, run `npm test -- -u`.\n   ↳ src/__tests__/render.test.ts\n       • renders footer 1\n\nTest Suites: 1 failed, 9 passed, 10 total\nTests:       1 failed, 80 passed, 81 total\nSnapshots:   2 obsolete, 40 passed, 42 total\n##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want, log):
    reads(log, want)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, LEFT)
