"""Review 19h: the outlived change (an outage the job got past, beside a later failure of the code) tried on logs built
to read it wrong.

Covered: transient jobs where an outage early in the job DID cause the later failure though another command ran in
between (a download under "|| true" cut short, then a compiler or tar reading the partial file; an install that timed
out on one package, then a module not found; a pull that failed, then "No such image"; a service that went away, then
one test's values empty beside other tests' refusals; a registry index served stale from a cache, then a package
version it does not list; a dependency resolution that timed out, then the compiler missing its classes; a module
download that timed out, then a build that may not fetch), real jobs the change should read in other shapes (Jenkins'
"[Pipeline]" lines, ISO timestamps, "[2024-...]" prefixes, Maven's metadata warning, Composer's fallback to source,
npm's stale data, an actions/cache restore that timed out, a long log with the outage far above), and real jobs whose
words look like an outage (a test about a retrying client, a usage text, an outage in a later clean-up step).

Where the wording comes from (recalled unless said): curl's "curl: (56) Recv failure: Connection reset by peer", "(28)
Operation timed out after ... with n out of m bytes received", "(6) Could not resolve host" (curl/curl lib/strerror.c
and lib/transfer.c); gzip's "gzip: stdin: unexpected end of file" and tar's "Unexpected EOF in archive"; npm's "npm ERR!
network request to ... failed, reason: connect ETIMEDOUT" and "npm WARN registry Using stale data from ... because the
host is inaccessible -- are you offline?"; tsc's "error TS2307: Cannot find module"; Docker's "net/http: TLS handshake
timeout" and "No such image"; Maven's "Could not transfer metadata ... from/to ...: Connect timed out", its "package ...
does not exist" / "cannot find symbol" compile errors and Surefire's "expected:<30> but was:<29>"; Gradle's "Could not
resolve" cause chain; Go's "dial tcp: lookup ...: i/o timeout", "module lookup disabled by GOPROXY=off" and "got/want"
test lines; rebar3's "Download error, using cached file at" (as test_rules19_outlived.py quotes it); Composer's "Failed
to download ... from dist: curl error 28 ..." / "Now trying to download from source"; RSpec's numbered reports and
Errno::ECONNREFUSED; pytest's section rules and "E   assert" lines; ExUnit's "Assertion with == failed"; GCC's
"expected declaration or statement at end of input"; bats' "not ok" lines. Hosts, packages, tests and paths are made
up; no project's CI log is copied.

The rules the cases hold (labelled by mechanism, not by the engine's answer):
  * an outage the job went on from, and a later failure that reads the outage's damage (the file it was fetching cut
    short or absent, a module it was installing missing, an image it was pulling absent, a service's empty answer, a
    stale index without the wanted version) -> transient (or at least not real);
  * an outage the job went on from (a "|| true" notification, a fallback the tool made, a warning the build went past)
    and a later failure of the change's own code (values compared, a type error, a lint error) -> real, under any CI
    prefix and however far the outage sits above;
  * words of an outage in a test of the code's own retry handling or a usage text -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

GHA = "##[error]Process completed with exit code 1.\n"
TS = "2024-05-02T09:14:{:02d}.{:07d}Z "


def _stamped(text: str) -> str:
    """``text`` with GitHub's ISO timestamp in front of every line."""
    return "".join(TS.format(i % 60, i * 1301 % 10_000_000) + ln + "\n" for i, ln in enumerate(text.splitlines()))


_PASSING = "".join(f"tests/test_mod{i:03d}.py ........................................ [{i % 100:3d}%]\n"
                   for i in range(160))

CASES: list[tuple[str, str, str]] = [
    # ===== transient: the outage the job went on from caused the later failure =====
    # curl cut the amalgamation short under "|| true"; GCC reads the partial file (it names the file, at end of input)
    ("curl56-or-true-then-gcc-end-of-input-partial-file", "transient",
     "$ curl -fsSLo third_party/sqlite3.c https://downloads.example.org/sqlite3.c || true\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "$ make\n"
     "cc -O2 -c third_party/sqlite3.c -o build/sqlite3.o\n"
     "third_party/sqlite3.c: In function 'sqlite3VdbeExec':\n"
     "third_party/sqlite3.c:91320:1: error: expected declaration or statement at end of input\n"
     "make: *** [Makefile:14: build/sqlite3.o] Error 1\n" + GHA),
    # the same cut-short download, the archive then unpacked by tar
    ("curl28-partial-then-tar-unexpected-eof", "transient",
     "$ curl -sSLo protoc.tgz https://downloads.example.org/protoc-25.1.tgz || echo 'download failed'\n"
     "curl: (28) Operation timed out after 30001 milliseconds with 1048576 out of 4194304 bytes received\n"
     "download failed\n"
     "$ tar xzf protoc.tgz -C /usr/local\n"
     "gzip: stdin: unexpected end of file\n"
     "tar: Unexpected EOF in archive\n"
     "tar: Error is not recoverable: exiting now\n" + GHA),
    # a submodule fetch timed out and the script went on; the compiler misses the header it would have brought
    ("git-fetch-timeout-then-header-missing", "transient",
     "+ git submodule update --init --depth 1 || true\n"
     "fatal: unable to access 'https://github.com/acme/zlib.git/': Failed to connect to github.com port 443 after 130000 ms: Connection timed out\n"
     "fatal: clone of 'https://github.com/acme/zlib.git' into submodule path '/build/vendor/zlib' failed\n"
     "+ cmake --build build\n"
     "[ 12%] Building C object CMakeFiles/app.dir/src/compress.c.o\n"
     "/build/src/compress.c:3:10: fatal error: zlib.h: No such file or directory\n"
     "    3 | #include \"zlib.h\"\n"
     "compilation terminated.\n"
     "gmake[2]: *** [CMakeFiles/app.dir/build.make:76: CMakeFiles/app.dir/src/compress.c.o] Error 1\n" + GHA),
    # npm's install timed out on one package; the type check misses its module
    ("npm-etimedout-or-true-then-ts2307", "transient",
     "$ npm ci --no-audit || true\n"
     "npm ERR! code ETIMEDOUT\n"
     "npm ERR! errno ETIMEDOUT\n"
     "npm ERR! network request to https://registry.npmjs.org/zod/-/zod-3.22.4.tgz failed, reason: connect ETIMEDOUT 104.16.3.35:443\n"
     "$ npx tsc --noEmit\n"
     "src/schema.ts(1,19): error TS2307: Cannot find module 'zod' or its corresponding type declarations.\n"
     "src/schema.ts(8,3): error TS7006: Parameter 'v' implicitly has an 'any' type.\n"
     "Found 2 errors in the same file, starting at: src/schema.ts:1\n" + GHA),
    # Jest misses a module the install that timed out was to bring
    ("npm-timeout-continue-then-jest-cannot-find-module", "transient",
     "$ npm install --no-audit; npm test\n"
     "npm ERR! network request to https://registry.npmjs.org/dayjs failed, reason: connect ETIMEDOUT 104.16.3.35:443\n"
     "> shop@1.0.0 test\n> jest\n"
     " FAIL  src/dates.test.js\n"
     "  ● Test suite failed to run\n\n"
     "    Cannot find module 'dayjs' from 'src/dates.js'\n\n"
     "Test Suites: 1 failed, 11 passed, 12 total\n" + GHA),
    # a pull that timed out under "|| true"; the run may not pull and finds no image
    ("docker-pull-tls-timeout-then-no-such-image", "transient",
     "$ docker pull ghcr.io/acme/builder:1.2 || true\n"
     'Error response from daemon: Get "https://ghcr.io/v2/": net/http: TLS handshake timeout\n'
     "$ docker run --rm --pull=never -v $PWD:/src ghcr.io/acme/builder:1.2 make test\n"
     "docker: Error response from daemon: No such image: ghcr.io/acme/builder:1.2.\n"
     "See 'docker run --help'.\n" + GHA),
    # Jenkins: the same, a pull that failed, then "Unable to find image" and a pull refused for an absent tag
    ("jenkins-pull-failed-then-unable-to-find-image", "transient",
     "[Pipeline] sh\n"
     "+ docker pull registry.acme.example/ci/node:20 || true\n"
     "Error response from daemon: Get \"https://registry.acme.example/v2/\": dial tcp 10.0.4.12:443: i/o timeout\n"
     "[Pipeline] sh\n"
     "+ docker run --rm registry.acme.example/ci/node:20 npm test\n"
     "Unable to find image 'registry.acme.example/ci/node:20' locally\n"
     "docker: Error response from daemon: Get \"https://registry.acme.example/v2/\": dial tcp 10.0.4.12:443: i/o timeout.\n"
     "[Pipeline] }\nERROR: script returned exit code 125\nFinished: FAILURE\n"),
    # pytest: the search service went away; two tests refused, a third got its empty answer (values [] vs a list)
    ("pytest-service-crashed-refused-and-empty-list", "transient",
     "=================================== FAILURES ===================================\n"
     "________________________________ test_index_doc ________________________________\n\n"
     "E       elastic_transport.ConnectionError: Connection error caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused)\n\n"
     "tests/test_search.py:12: ConnectionError\n"
     "________________________________ test_delete_doc _______________________________\n\n"
     "E       elastic_transport.ConnectionError: Connection error caused by: NewConnectionError(<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused)\n\n"
     "tests/test_search.py:30: ConnectionError\n"
     "_______________________________ test_search_hits _______________________________\n\n"
     "    def test_search_hits():\n>       assert search('shoe') == [1, 2]\n"
     "E       assert [] == [1, 2]\n"
     "E         Right contains 2 more items, first extra item: 1\n\n"
     "tests/test_search.py:41: AssertionError\n"
     "========================= 3 failed, 40 passed in 9.12s =========================\n" + GHA),
    # RSpec without "Failures:": a refused connection in one example, another's empty result (expected [..] got [])
    ("rspec-refused-and-empty-got", "transient",
     "+ bundle exec rspec\n"
     "  1) Search indexes a product\n"
     "     Failure/Error: client.index(index: 'products', body: doc)\n\n"
     "     Errno::ECONNREFUSED:\n"
     "       Failed to open TCP connection to localhost:9200 (Connection refused - connect(2) for \"localhost\" port 9200)\n\n"
     "  2) Search finds products by name\n"
     "     Failure/Error: expect(Search.ids('shoe')).to eq([1, 2])\n\n"
     "       expected: [1, 2]\n"
     "            got: []\n\n"
     "       (compared using ==)\n\n"
     "40 examples, 2 failures\n" + GHA),
    # pytest: one test's sync hit the outage; the other's "is None" check got the TimeoutError the outage made
    ("pytest-refused-then-timeouterror-is-none", "transient",
     "=================================== FAILURES ===================================\n"
     "_________________________________ test_sync ___________________________________\n\n"
     "E       httpx.ConnectError: [Errno 111] Connection refused\n\n"
     "tests/test_sync.py:8: ConnectError\n"
     "____________________________ test_sync_reports_ok ______________________________\n\n"
     "    def test_sync_reports_ok():\n        result = sync.run()\n>       assert result.error is None\n"
     "E       AssertionError: assert TimeoutError() is None\n"
     "E        +  where TimeoutError() = SyncResult(ok=False, error=TimeoutError()).error\n\n"
     "tests/test_sync.py:15: AssertionError\n"
     "2 failed, 30 passed in 31.20s\n" + GHA),
    # the cargo form of the same: a DNS failure in one test's section, an empty Vec in the next one's
    ("cargo-dns-then-empty-vec-other-test", "transient",
     "running 2 tests\ntest feed::loads ... FAILED\ntest feed::counts ... FAILED\n\nfailures:\n\n"
     "---- feed::loads stdout ----\n"
     "thread 'feed::loads' panicked at src/feed.rs:12:40:\n"
     'called `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: "https://feed.example.net/rss", '
     'source: hyper_util::client::legacy::Error(Connect, ConnectError("dns error", Custom { kind: Uncategorized, error: '
     '"failed to lookup address information: Temporary failure in name resolution" })) }\n\n'
     "---- feed::counts stdout ----\n"
     "thread 'feed::counts' panicked at src/feed.rs:30:9:\n"
     "assertion `left == right` failed\n  left: []\n right: [3, 4]\n\n"
     "test result: FAILED. 0 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.12s\n\n"
     "error: test failed, to rerun pass `--lib`\n" + GHA),
    # rebar3 served its registry index from cache; the stale index lacks the version the lock file wants
    ("rebar3-cached-index-then-package-not-found", "transient",
     "$ rebar3 compile\n===> Verifying dependencies...\n"
     "===> Download error, using cached file at /home/runner/.cache/rebar3/hex/hexpm/packages/jsx\n"
     "===> Package not found in registry: jsx-3.1.2\n" + GHA),
    # Gradle's resolution timed out in a step the script went on from; javac then misses the classes
    ("gradle-could-not-resolve-then-cannot-find-symbol", "transient",
     "$ ./gradlew dependencies --configuration compileClasspath || true\n"
     "> Could not resolve com.squareup.okhttp3:okhttp:4.12.0.\n"
     "   > Could not get resource 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.pom'.\n"
     "      > Could not GET 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.12.0/okhttp-4.12.0.pom'.\n"
     "         > Connect to repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connect timed out\n"
     "$ ./gradlew compileJava --offline\n"
     "> Task :compileJava FAILED\n"
     "/home/runner/work/app/src/main/java/com/acme/Fetcher.java:14: error: cannot find symbol\n"
     "    private final OkHttpClient client = new OkHttpClient();\n"
     "                  ^\n"
     "  symbol:   class OkHttpClient\n"
     "  location: class Fetcher\n"
     "1 error\n\nFAILURE: Build failed with an exception.\n" + GHA),
    # Maven's go-offline timed out; the offline compile misses the package
    ("maven-go-offline-timeout-then-package-does-not-exist", "transient",
     "$ mvn -B dependency:go-offline || true\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-dependency-plugin:3.6.1:go-offline (default-cli) on project app: "
     "org.eclipse.aether.resolution.DependencyResolutionException: Could not transfer artifact org.apache.commons:commons-lang3:jar:3.14.0 "
     "from/to central (https://repo.maven.apache.org/maven2): Connect timed out\n"
     "$ mvn -B -o compile\n"
     "[ERROR] COMPILATION ERROR : \n"
     "[ERROR] /home/runner/work/app/src/main/java/com/acme/Names.java:[3,32] package org.apache.commons.lang3 does not exist\n"
     "[ERROR] /home/runner/work/app/src/main/java/com/acme/Names.java:[9,16] cannot find symbol\n"
     "[ERROR]   symbol:   variable StringUtils\n"
     "[INFO] BUILD FAILURE\n" + GHA),
    # Go: the module download timed out; the build may not fetch and cannot load the module
    ("go-mod-download-timeout-then-lookup-disabled", "transient",
     "$ go mod download || true\n"
     "go: github.com/acme/lib@v1.4.0: Get \"https://proxy.golang.org/github.com/acme/lib/@v/v1.4.0.zip\": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: read udp 127.0.0.1:40112->127.0.0.53:53: i/o timeout\n"
     "$ GOPROXY=off go build ./...\n"
     "cmd/app/main.go:7:2: github.com/acme/lib@v1.4.0: module lookup disabled by GOPROXY=off\n" + GHA),
    # pip timed out on one requirement in a per-line loop; the tests' import fails on it
    ("pip-per-line-timeout-then-import-error", "transient",
     "$ xargs -n1 pip install < requirements.txt || true\n"
     "Successfully installed attrs-23.2.0\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.\n"
     "Successfully installed pytest-8.1.1\n"
     "$ pytest -q\n"
     "==================================== ERRORS ====================================\n"
     "____________________ ERROR collecting tests/test_config.py _____________________\n"
     "ImportError while importing test module '/home/runner/work/app/tests/test_config.py'.\n"
     "tests/test_config.py:1: in <module>\n    import yaml\n"
     "E   ModuleNotFoundError: No module named 'yaml'\n"
     "1 error in 0.21s\n" + GHA),
    # a fixture download cut short under "|| true"; the test counts the rows of what arrived (no damage word, no host)
    ("curl56-fixture-then-row-count-mismatch", "transient",
     "$ curl -fsSLo tests/data/cities.csv https://data.example.org/cities.csv || true\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "$ pytest -q tests/test_cities.py\n"
     "F\n"
     "=================================== FAILURES ===================================\n"
     "_________________________________ test_row_count _______________________________\n\n"
     "    def test_row_count():\n>       assert len(load('tests/data/cities.csv')) == 2048\n"
     "E       AssertionError: assert 1523 == 2048\n"
     "E        +  where 1523 = len([...])\n\n"
     "tests/test_cities.py:6: AssertionError\n"
     "1 failed in 0.40s\n" + GHA),

    # ===== real: an outage the job went on from, a later failure of the change's own code =====
    # Jenkins: a webhook under "|| true" could not resolve; Jest compares values
    ("jenkins-webhook-dns-then-jest-values", "real",
     "[Pipeline] sh\n"
     "+ curl -fsS -X POST https://hooks.acme.example/ci/start || true\n"
     "curl: (6) Could not resolve host: hooks.acme.example\n"
     "[Pipeline] sh\n"
     "+ npm test\n"
     "> shop@1.0.0 test\n> jest\n"
     " FAIL  src/cart.test.js\n"
     "  ● cart › sums the lines\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 30\n    Received: 29\n\n"
     "Tests:       1 failed, 52 passed, 53 total\n"
     "[Pipeline] }\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
    # ISO timestamps on every line: a status upload timed out under "|| true", then mypy
    ("timestamped-upload-timeout-then-mypy", "real", _stamped(
        "##[group]Run curl -sS --max-time 10 -T status.json https://status.acme.example/upload || true\n"
        "curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received\n"
        "##[group]Run mypy src\n"
        "src/app/cart.py:14: error: Incompatible return value type (got \"str\", expected \"int\")  [return-value]\n"
        "Found 1 error in 1 file (checked 12 source files)\n"
        "##[error]Process completed with exit code 1.")),
    # "[2024-...]" prefixes: a shallow fetch for the changed files timed out, the lint step went on with all files
    ("bracket-prefix-git-fetch-timeout-then-eslint", "real",
     "[2024-05-02 09:14:01] $ git fetch --depth=50 origin main || true\n"
     "[2024-05-02 09:16:11] fatal: unable to access 'https://github.com/acme/shop.git/': Failed to connect to github.com port 443 after 130000 ms: Connection timed out\n"
     "[2024-05-02 09:16:11] $ npx eslint src\n"
     "[2024-05-02 09:16:19] /builds/acme/shop/src/cart.js\n"
     "[2024-05-02 09:16:19]   12:7  error  'total' is assigned a value but never used  no-unused-vars\n"
     "[2024-05-02 09:16:19] \n"
     "[2024-05-02 09:16:19] ✖ 1 problem (1 error, 0 warnings)\n"
     "[2024-05-02 09:16:19] ERROR: Job failed: exit code 1\n"),
    # actions/cache could not restore (a timeout); the next step's Go test compares values
    ("actions-cache-timeout-then-go-test-want", "real",
     "##[group]Run actions/cache@v4\n"
     "Warning: Failed to restore: getCacheEntry failed: connect ETIMEDOUT 140.82.112.21:443\n"
     "Cache not found for input keys: Linux-go-3f2a9c\n"
     "##[group]Run go test ./...\n"
     "--- FAIL: TestTotal (0.00s)\n"
     "    cart_test.go:14: Total() = 29, want 30\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/cart\t0.012s\n"
     "ok  \tgithub.com/acme/shop/api\t0.031s\n" + GHA),
    # Maven went past a metadata timeout (a warning: it uses what it has); Surefire's values differ
    ("maven-metadata-timeout-warning-then-surefire-values", "real",
     "$ mvn -B verify\n"
     "[WARNING] Could not transfer metadata com.acme:common:1.4-SNAPSHOT/maven-metadata.xml from/to acme-snapshots (https://repo.acme.example/snapshots): Connect timed out\n"
     "[INFO] Building app 1.0-SNAPSHOT\n"
     "[INFO] Tests run: 41, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] Failures: \n"
     "[ERROR]   CartTest.total:14 expected:<30> but was:<29>\n"
     "[ERROR] Tests run: 41, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + GHA),
    # Maven's metadata warning above a compile error of the change's own types
    ("maven-metadata-timeout-warning-then-incompatible-types", "real",
     "$ mvn -B compile\n"
     "[WARNING] Could not transfer metadata com.acme:common:1.4-SNAPSHOT/maven-metadata.xml from/to acme-snapshots (https://repo.acme.example/snapshots): Connect timed out\n"
     "[ERROR] COMPILATION ERROR : \n"
     "[ERROR] /home/runner/work/app/src/main/java/com/acme/Cart.java:[22,20] incompatible types: java.lang.String cannot be converted to int\n"
     "[INFO] BUILD FAILURE\n" + GHA),
    # Composer's dist download timed out and it fell back to the source; PHPUnit's values differ
    ("composer-dist-timeout-from-source-then-phpunit", "real",
     "$ composer install --no-interaction\n"
     "  - Installing acme/money (v2.1.0): Downloading (failed)\n"
     "    Failed to download acme/money from dist: curl error 28 while downloading https://api.github.com/repos/acme/money/zipball/4f1c: Operation timed out after 300000 milliseconds with 0 out of 0 bytes received\n"
     "    Now trying to download from source\n"
     "  - Syncing acme/money (v2.1.0) into cache\n"
     "$ vendor/bin/phpunit\n"
     "There was 1 failure:\n\n"
     "1) Tests\\CartTest::testTotal\n"
     "Failed asserting that 38 matches expected 40.\n\n"
     "/home/runner/work/shop/tests/CartTest.php:21\n\n"
     "FAILURES!\nTests: 52, Assertions: 90, Failures: 1.\n" + GHA),
    # npm served its registry data stale and went on; Jest compares values
    ("npm-stale-data-then-jest-values", "real",
     "$ npm install\n"
     "npm WARN registry Using stale data from https://registry.npmjs.org/ because the host is inaccessible -- are you offline?\n"
     "npm WARN registry Unexpected warning for https://registry.npmjs.org/: Miscellaneous Warning ETIMEDOUT: request to https://registry.npmjs.org/left-pad failed, reason: connect ETIMEDOUT 104.16.3.35:443\n"
     "added 812 packages in 41s\n"
     "$ npm test\n"
     " FAIL  src/cart.test.js\n"
     "  ● cart › sums the lines\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 30\n    Received: 29\n\n"
     "Tests:       1 failed, 52 passed, 53 total\n" + GHA),
    # Hex fell back to its cache; ExUnit compares values
    ("hex-cache-then-exunit-left-right", "real",
     "$ mix deps.get\n"
     "Failed to fetch record for 'hexpm/decimal' from registry (using cache instead)\n"
     "{:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], :etimedout}]}\n"
     "$ mix test\n"
     "  1) test total sums lines (CartTest)\n"
     "     test/cart_test.exs:8\n"
     "     Assertion with == failed\n"
     "     code:  assert Cart.total(cart) == 30\n"
     "     left:  29\n"
     "     right: 30\n"
     "     stacktrace:\n       test/cart_test.exs:9: (test)\n\n"
     "Finished in 0.3 seconds (0.1s async, 0.2s sync)\n24 tests, 1 failure\n" + GHA),
    # a coverage upload under "|| true" was refused; then rustc on the change's types
    ("codecov-refused-or-true-then-rustc-e0308", "real",
     "$ ./codecov -f lcov.info || true\n"
     "error: HTTP request failed: Connection refused (os error 111) while connecting to https://ingest.codecov.example\n"
     "$ cargo build --release\n"
     "   Compiling shop v0.4.0 (/home/runner/work/shop)\n"
     "error[E0308]: mismatched types\n"
     "  --> src/cart.rs:20:9\n"
     "   |\n"
     "20 |         total\n"
     "   |         ^^^^^ expected `u32`, found `i64`\n\n"
     "error: could not compile `shop` (lib) due to 1 previous error\n" + GHA),
    # a long log: the outage far above, 160 lines of passing tests, then one test's values
    ("long-log-or-true-outage-then-pytest-values-far-below", "real",
     "$ curl -fsS https://hooks.acme.example/ci/start || true\n"
     "curl: (7) Failed to connect to hooks.acme.example port 443 after 21 ms: Connection refused\n"
     "$ pytest -q\n" + _PASSING +
     "=================================== FAILURES ===================================\n"
     "_________________________________ test_total ___________________________________\n\n"
     "    def test_total():\n>       assert Cart([10, 20]).total() == 30\n"
     "E       assert 29 == 30\n"
     "E        +  where 29 = <Cart>.total()\n\n"
     "tests/test_cart.py:7: AssertionError\n"
     "1 failed, 1210 passed in 41.02s\n" + GHA),
    # a test's own captured output holds the outage its neighbour printed; its values are its own (a sorted list)
    ("pytest-refused-then-wrong-order-list", "real",
     "=================================== FAILURES ===================================\n"
     "_________________________________ test_sync ___________________________________\n\n"
     "E       httpx.ConnectError: [Errno 111] Connection refused\n\n"
     "tests/test_sync.py:8: ConnectError\n"
     "_______________________________ test_sorted_ids ________________________________\n\n"
     "    def test_sorted_ids():\n>       assert sorted_ids([3, 1, 2]) == [1, 2, 3]\n"
     "E       assert [3, 2, 1] == [1, 2, 3]\n"
     "E         At index 0 diff: 3 != 1\n\n"
     "tests/test_ids.py:5: AssertionError\n"
     "2 failed, 30 passed in 1.20s\n" + GHA),
    # an outage in a clean-up step after the failed step (a cache save that timed out)
    ("test-values-then-cache-save-timeout-after-step", "real",
     "##[group]Run go test ./...\n"
     "--- FAIL: TestTotal (0.00s)\n"
     "    cart_test.go:14: Total() = 29, want 30\n"
     "FAIL\tgithub.com/acme/shop/cart\t0.012s\n"
     + GHA +
     "##[group]Post job cleanup.\n"
     "Warning: Failed to save: reserveCache failed: connect ETIMEDOUT 140.82.112.21:443\n"),
    # a usage text that names outage words; the CLI's test fails on its exit code
    ("bats-usage-text-with-timeout-words", "real",
     "$ bats test/cli.bats\n"
     "1..3\nok 1 prints version\nok 2 fetches a file\n"
     "not ok 3 rejects an unknown flag\n"
     "# (in test file test/cli.bats, line 22)\n"
     "#   `[ \"$status\" -eq 2 ]' failed\n"
     "# usage: fetchit [--retries N] [--timeout SECONDS] URL\n"
     "#   --retries N        retry N times after 'Connection timed out' or 'Connection refused' (default 3)\n"
     "#   --timeout SECONDS  give up on a host after SECONDS (default 30)\n"
     "# status: 1\n" + GHA),
    # a test of the code's own retry handling: the mock refuses on purpose, the count of attempts is wrong
    ("pytest-retry-client-mock-refuses-attempts-wrong", "real",
     "=================================== FAILURES ===================================\n"
     "_____________________________ test_gives_up_after_three ______________________________\n\n"
     "    def test_gives_up_after_three(refusing_server):\n"
     "        client = Client(refusing_server.url, retries=3)\n"
     "        with pytest.raises(GaveUp):\n            client.get('/x')\n"
     ">       assert refusing_server.attempts == 3\n"
     "E       assert 4 == 3\n"
     "E        +  where 4 = <RefusingServer port=40121>.attempts\n\n"
     "tests/test_retry.py:21: AssertionError\n"
     "----------------------------- Captured log call -------------------------------\n"
     "WARNING  client:client.py:40 attempt 1 failed: [Errno 111] Connection refused\n"
     "WARNING  client:client.py:40 attempt 2 failed: [Errno 111] Connection refused\n"
     "1 failed, 88 passed in 2.10s\n" + GHA),
    # Buildkite: a telemetry push under "|| true" timed out; a later script crashed on the code
    ("buildkite-telemetry-timeout-then-attributeerror", "real",
     "~~~ Running commands\n"
     "$ ./ci/push-metrics.sh || true\n"
     "curl: (28) Connection timed out after 5001 milliseconds\n"
     "$ python -m app.migrate --check\n"
     "Traceback (most recent call last):\n"
     '  File "/workdir/app/migrate.py", line 55, in <module>\n'
     "    main()\n"
     '  File "/workdir/app/migrate.py", line 48, in main\n'
     "    for step in plan.steps:\n"
     "AttributeError: 'NoneType' object has no attribute 'steps'\n"
     "🚨 Error: The command exited with status 1\n"),
    # Azure: a Gradle build cache warning (it builds locally instead), then the change's compile error
    ("azure-gradle-remote-cache-timeout-then-javac", "real",
     "##[section]Starting: Gradle build\n"
     "[command]/home/vsts/work/1/s/gradlew build\n"
     "Could not load entry 3f2a9c from remote build cache: Loading entry from 'https://cache.acme.example/cache/3f2a9c' response status 504: Gateway Timeout\n"
     "> Task :compileJava FAILED\n"
     "/home/vsts/work/1/s/src/main/java/com/acme/Cart.java:22: error: incompatible types: String cannot be converted to int\n"
     "        return label;\n"
     "               ^\n"
     "1 error\n\nFAILURE: Build failed with an exception.\n"
     "##[error]Error: /home/vsts/work/1/s/gradlew failed with return code: 1\n"),
    # RSpec with "Failures:": an earlier example's timeout, a later example's own numbers
    ("rspec-failures-heading-timeout-then-own-values", "real",
     "+ bundle exec rspec\n"
     "Failures:\n\n"
     "  1) Geocoder looks up the address\n"
     '     Failure/Error: Geocoder.search("Hamburg")\n\n'
     "     Net::ReadTimeout:\n"
     "       Net::ReadTimeout with #<TCPSocket:(closed)>\n\n"
     "  2) Invoice#tax rounds half up\n"
     "     Failure/Error: expect(invoice.tax).to eq(1.25)\n\n"
     "       expected: 1.25\n"
     "            got: 1.24\n\n"
     "       (compared using ==)\n\n"
     "40 examples, 2 failures\n" + GHA),
]

# Cases whose reading is wrong on main and not fixed here (id -> why); each a strict xfail.
# LEFT: all nine (eight since xfail19b, seven since xfail21) read the same at ff9ef05 and before the outlived change (a89f1a4); none is made by it.
KNOWN_MISREAD: dict[str, str] = {
    # LEFT: unknown, not real (safe side): GCC's "at end of input" keeps the outage (_MAY_BE_DAMAGE) but the compile
    # error's weight balances it; a rule tying the partial file to the curl target needs the weighing, not the drop
    "curl56-or-true-then-gcc-end-of-input-partial-file": "unknown: compile error balances the kept outage",
    # LEFT (transient read real): TS2307 names the module the outage was fetching ('zod' in the npm URL), but the
    # compiler's weight outweighs the outage; making TS2307 downstream would also rerun a typo'd import
    "npm-etimedout-or-true-then-ts2307": "real: tsc's TS2307 outweighs the npm timeout",
    # LEFT: unknown (safe side): the empty answer is damage-shaped, no rule reads it as the outage's
    "pytest-service-crashed-refused-and-empty-list": "unknown: empty list beside refusals",
    "rspec-refused-and-empty-got": "unknown: empty got beside a refusal",
    # LEFT: unknown (safe side): "TimeoutError()" is not among _NETWORK_WORDS (\btimeout\b needs a word end)
    "pytest-refused-then-timeouterror-is-none": "unknown: TimeoutError() is None beside a refusal",
    # LEFT (transient read real): javac's "cannot find symbol ... class OkHttpClient" after Gradle could not resolve
    # okhttp; "cannot find symbol" is excluded from _NAMES_MISSING on purpose (a change's own misspelt name)
    "gradle-could-not-resolve-then-cannot-find-symbol": "real: cannot find symbol after a resolution timeout",
    # LEFT: unknown (safe side): the compile error's weight balances the kept outage
    "maven-go-offline-timeout-then-package-does-not-exist": "unknown: offline compile after go-offline timeout",
    # (go-mod-download-timeout-then-lookup-disabled was left here: the GOPROXY=off refusal balanced the timeout. Reads
    # transient since xfail21: go-module-lookup-disabled is downstream, the module missing after the failed download)
    # (xfail19b, was LEFT) bats-usage-text-with-timeout-words reads real since network-timeout, connection-refused and
    # transient-wording pass over a help text's option line (fragment cli_help_option_line: "--retries N   retry ...")
}


def _params() -> list:
    return [pytest.param(verdict, log, id=cid,
                         marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISREAD[cid])] if cid in KNOWN_MISREAD else [])
            for cid, verdict, log in CASES]


@pytest.mark.parametrize(("verdict", "log"), _params())
def test_outlived_review_reads_right(verdict: str, log: str) -> None:
    v = judge(log)
    assert v.verdict == verdict, (v.confidence, v.rationale)


def test_case_ids_are_unique() -> None:
    assert_unique_ids(CASES)
