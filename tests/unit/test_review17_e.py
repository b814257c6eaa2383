"""Review 17e of the seventeenth round's prose_i18n and image_builders sections (and syntax-error's unless for
buildx's short blob read, which the image-builder branch widened): adversarial logs, made up. LanguageTool's
request limit from a server the job started itself (the jar's HTTPServer with requestLimit, the Docker image's
langtool_requestLimit, a loopback /v2 API) is the job's own setting, not the public API's throttling; a diff or a
grep of a catalogue quoting gettext's own msgids is no msgfmt run; "Missing API key for <x>." is wlc's only with the
Weblate API's URL; containerd's short blob read quoted by a test ABOUT it, or read from a local tarball or an
oci-layout:// context, is no registry's download cut short; the lifecycle's registry access check that relays a
timeout or a 5xx on its own line is the registry's outage. Guards: throttling texts of the project's own code under
a failed test, deterministic failures before and after outages, RUN steps that met an outage, were killed, or
crashed."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"

REAL: list[tuple[str, str]] = [
    # a go test comparing the limiter's wording (got/want): the project's own message is wrong
    ('lt-go-test-limiter-got-want',
     '+ go test ./internal/ltserver/...\n'
     '--- FAIL: TestLimiterMessage (0.00s)\n'
     '    limiter_test.go:31: got "Client request limit of 20 requests per 60 seconds exceeded", want "Client request limit of 20 requests per 60 seconds exceeded."\n'
     'FAIL\texample.dev/acme/lt/internal/ltserver\t0.011s\n'
     'FAIL\n' + _GHA),
    # the project's own LanguageTool server logs its limiter inside a test that then errors on a null
    ('lt-junit-log-limit-then-npe',
     '[INFO] Running org.languagetool.server.RequestLimiterTest\n'
     'WARN  o.l.server.LanguageToolHttpHandler - Client request limit of 2 requests per 1 seconds exceeded\n'
     '[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in org.languagetool.server.RequestLimiterTest\n'
     '[ERROR] testLimitResets  Time elapsed: 0.4 s  <<< ERROR!\n'
     'java.lang.NullPointerException: Cannot invoke "String.length()" because "ip" is null\n'
     '\tat org.languagetool.server.RequestLimiter.checkAccess(RequestLimiter.java:88)\n'
     '[INFO] BUILD FAILURE\n' + _GHA),
    # a non-blocking grammar check throttled, then the compile error the job ended on
    ('lt-limit-then-compile-error',
     "$ python scripts/grammar_check.py docs/ || echo 'grammar check skipped'\n"
     'Error: HTTP 429: Client request limit of 20 requests per 60 seconds exceeded\n'
     'grammar check skipped\n'
     '$ cargo build --release\n'
     'error[E0308]: mismatched types\n'
     ' --> src/main.rs:12:5\n'
     'error: could not compile `acme` (bin "acme") due to 1 previous error\n' + _GHA),
    # the app's server logs the limiter wording in passing tests; the type check fails after
    ('lt-app-log-tests-pass-then-tsc',
     '$ npm test\n'
     '[server] WARN Client request limit of 20 requests per 60 seconds exceeded\n'
     'Tests:       31 passed, 31 total\n'
     '$ npx tsc --noEmit\n'
     "src/checker.ts(14,3): error TS2322: Type 'string' is not assignable to type 'number'.\n" + _GHA),
    # a doctest's Expected: block quotes wlc's throttling text: the code printed something else
    ('wlc-doctest-throttling',
     '$ python -m doctest -v docs/sync.rst\n'
     '**********************************************************************\n'
     'File "docs/sync.rst", line 40, in sync.rst\n'
     'Failed example:\n'
     '    sync.pull()\n'
     'Expected:\n'
     '    Error: Throttling on the server. Limit is 10 requests. Retry after 5 seconds.\n'
     'Got:\n'
     '    Error: HTTP error 400: Bad Request\n'
     '**********************************************************************\n'
     '1 items had failures:\n'
     '   1 of   3 in sync.rst\n'
     '***Test Failed*** 1 failures.\n' + _GHA),
    # the app's own limiter prints the wording under Jest, and a test fails on a count
    ('wlc-app-own-retry-after',
     '$ npm test\n'
     '> web@1.0.0 test\n'
     '> jest\n'
     '\n'
     '  console.error\n'
     '    Error: Throttling on the server. Retry after 30 seconds.\n'
     '\n'
     '      at RateLimiter.reject (src/limiter.ts:22:11)\n'
     '\n'
     ' FAIL  src/limiter.test.ts\n'
     '  ● limiter › allows 5 requests\n'
     '\n'
     '    expect(received).toBe(expected)\n'
     '\n'
     '    Expected: 5\n'
     '    Received: 4\n'
     '\n'
     'Tests:       1 failed, 9 passed, 10 total\n' + _GHA),
    # the app's own throttling text in passing tests, then ESLint fails
    ('wlc-app-text-tests-pass-then-lint',
     '$ npm test\n'
     '  console.error\n'
     '    Error: Throttling on the server. Retry after 30 seconds.\n'
     '\n'
     '      at RateLimiter.reject (src/limiter.ts:22:11)\n'
     '\n'
     'Tests:       10 passed, 10 total\n'
     '$ npx eslint src\n'
     '/app/src/limiter.ts\n'
     "  40:7  error  'delay' is assigned a value but never used  no-unused-vars\n"
     '\n'
     '✖ 1 problem (1 error, 0 warnings)\n' + _GHA),
    # the tests failed first; the throttled pull ran after the failure was made
    ('wlc-throttled-after-pytest-fail',
     '$ pytest -q\n'
     'F.......\n'
     'FAILED tests/test_po.py::test_plural_forms - assert 2 == 3\n'
     '1 failed, 7 passed in 0.3s\n'
     '$ wlc --config .weblate pull\n'
     'Error: Throttling on the server. Limit is 5000 requests. Retry after 60 seconds.\n' + _GHA),
    # Weblate's own test suite throttling its test client and failing an assertion
    ('weblate-own-server-in-tests',
     '$ ./manage.py test weblate.api\n'
     "Creating test database for alias 'default'...\n"
     'Error: Throttling on the server. Limit is 2 requests. Retry after 60 seconds.\n'
     '======================================================================\n'
     'FAIL: test_throttle (weblate.api.tests.ThrottleTest)\n'
     '----------------------------------------------------------------------\n'
     'AssertionError: 429 != 200\n'
     '\n'
     'Ran 120 tests in 14.2s\n'
     '\n'
     'FAILED (failures=1)\n' + _GHA),
    # FormatJS lists missing keys whose names carry outage words: still the catalogues
    ('formatjs-missing-keys-texts',
     '$ npx formatjs verify --missing-keys --source-locale en lang/*.json\n'
     'Missing translation keys for locale de:\n'
     'checkout.retry\n'
     'errors.gateway_timeout\n' + _GHA),
    # i18next-parser refused the catalogues; the notification's reset came after
    ('i18next-fail-on-update-then-post-reset',
     '$ npx i18next-parser --fail-on-update\n'
     '  [update]  src/locales/de/translation.json\n'
     'Some translations was updated and failOnUpdate option is enabled. Exiting...\n'
     '$ curl -fsS -X POST https://hooks.example.dev/ci -d failed\n'
     'curl: (56) Recv failure: Connection reset by peer\n' + _GHA),
    # an extract's npm reset above, then Lingui's strict compile failed on missing translations
    ('lingui-fail-outage-then-compile',
     '$ npx lingui extract\n'
     'npm ERR! network request to https://registry.npmjs.org/@lingui%2fcli failed, reason: read ECONNRESET\n'
     '$ npx lingui compile --strict\n'
     'Error: Failed to compile catalog for locale fr!\n'
     'Missing 2 translation(s)\n' + _GHA),
    # msgfmt's fatal error, then the Transifex push met a 503 after it
    ('gettext-msgfmt-fail-then-post-503',
     '$ msgfmt --check -o /dev/null po/fr.po\n'
     "po/fr.po:88: 'msgstr' is not a valid C format string, unlike 'msgid'. Reason: In the directive number 1, the character 'y' is not a valid conversion specifier.\n"
     'msgfmt: found 1 fatal error\n'
     '$ tx push --source\n'
     'acme-web.messages - Response error code 503, retry after 10\n' + _GHA),
    # a pytest comparing msgfmt's wording: the lint wrapper's own output is wrong
    ('gettext-test-expects-msgfmt-output',
     '$ pytest -q tests/test_po_lint.py\n'
     'F\n'
     '    def test_reports_fatal():\n'
     ">       assert run_lint('bad.po').stderr == 'msgfmt: found 2 fatal errors\\n'\n"
     "E       AssertionError: assert 'msgfmt: found 1 fatal error\\n' == 'msgfmt: found 2 fatal errors\\n'\n"
     'FAILED tests/test_po_lint.py::test_reports_fatal - AssertionError\n'
     '1 failed in 0.2s\n' + _GHA),
    # an app's 'Missing API key for geocoder.' under Jest, and a test fails on a value
    ('missing-api-key-app-log-in-tests',
     '$ npm test\n'
     '> jest\n'
     'Missing API key for geocoder.\n'
     ' FAIL  src/geo.test.ts\n'
     '  ● geocode › rounds coordinates\n'
     '\n'
     '    expect(received).toBe(expected)\n'
     '\n'
     '    Expected: 51.5\n'
     '    Received: 51.49\n'
     '\n'
     'Tests:       1 failed, 9 passed, 10 total\n' + _GHA),
    # Transifex's 403 permission_denied: the token's permission, every run
    ('tx-403-throttled-word',
     '$ tx pull --all\n'
     'acme-web.messages - 403, permission_denied: You do not have permission to perform this action.\n'
     'Aborted\n' + _GHA),
    # a short blob read BuildKit retried past, then the Go compile error the build ended on
    ('blob-eof-pull-then-compile',
     '+ docker buildx build -t acme/api:ci .\n'
     '#4 [base 1/3] FROM golang:1.23\n'
     '#4 ERROR: failed to read expected number of bytes: unexpected EOF (retrying)\n'
     '#4 DONE 31.0s\n'
     '#9 [build 3/3] RUN go build ./...\n'
     '#9 0.812 cmd/api/main.go:33:14: undefined: listen\n'
     '#9 ERROR: process "/bin/sh -c go build ./..." did not complete successfully: exit code: 1\n'
     'ERROR: failed to solve: process "/bin/sh -c go build ./..." did not complete successfully: exit code: 1\n' + _GHA),
    # a pytest ABOUT containerd's short read (its E line and FAILED summary): the project's code
    ('blob-eof-pytest-about',
     '$ pytest -q tests/test_puller.py\n'
     'F\n'
     'E       puller.errors.ShortBlob: failed to read expected number of bytes: unexpected EOF\n'
     'tests/test_puller.py:33: ShortBlob\n'
     'FAILED tests/test_puller.py::test_resumes_short_blob - puller.errors.ShortBlob: failed to read expected number of bytes: unexpected EOF\n'
     '1 failed in 0.4s\n' + _GHA),
    # a RUN step's own JSON.parse SyntaxError: the project's generator script
    ('syntax-unexpected-eof-json-in-run',
     '+ docker buildx build -t acme/web:ci .\n'
     '#9 [build 4/5] RUN node scripts/gen.js\n'
     '#9 0.41 SyntaxError: Unexpected end of JSON input\n'
     '#9 0.41     at JSON.parse (<anonymous>)\n'
     '#9 0.41     at Object.<anonymous> (/app/scripts/gen.js:4:19)\n'
     '#9 ERROR: process "/bin/sh -c node scripts/gen.js" did not complete successfully: exit code: 1\n' + _GHA),
    # the RUN step's go test failed; the notification's 503 came after
    ('buildah-run-test-fail-then-push-503',
     '$ buildah bud -t acme/api:ci .\n'
     'STEP 5/8: RUN go test ./...\n'
     '--- FAIL: TestTotal (0.00s)\n'
     '    total_test.go:12: got 3, want 4\n'
     'FAIL\n'
     'Error: building at STEP "RUN go test ./...": while running runtime: exit status 1\n'
     '$ curl -fsS -X POST https://hooks.example.dev/notify\n'
     'curl: (22) The requested URL returned error: 503\n' + _GL),
    # the app's own 'timed out, retrying' log inside the RUN step's tests, which fail on a value
    ('run-step-app-logs-timeout-then-assert',
     '$ buildah bud -t acme/api:ci .\n'
     'STEP 5/8: RUN pytest -q\n'
     'WARNING  api.client:client.py:40 upstream timed out, retrying\n'
     'FAILED tests/test_price.py::test_round - assert 9.99 == 10.0\n'
     '1 failed, 30 passed in 2.1s\n'
     'Error: building at STEP "RUN pytest -q": while running runtime: exit status 1\n' + _GL),
    # a RUN step's program segfaulted (exit 139): the project's binary crashed, not the host
    ('buildah-run-segv',
     '$ buildah bud -t acme/native:ci .\n'
     'STEP 6/8: RUN ./build/acme-selftest\n'
     'Segmentation fault (core dumped)\n'
     'Error: building at STEP "RUN ./build/acme-selftest": while running runtime: exit status 139\n' + _GL),
    # a non-blocking download timed out in one RUN, a later RUN failed to compile
    ('buildah-run-outage-then-later-step-compile',
     '$ buildah bud -t acme/api:ci .\n'
     'STEP 3/8: RUN go mod download || true\n'
     'go: example.dev/x@v1.0.0: Get "https://proxy.golang.org/x/@v/v1.0.0.zip": dial tcp: i/o timeout\n'
     'STEP 5/8: RUN go build ./...\n'
     'cmd/api/main.go:12:2: undefined: serve\n'
     'Error: building at STEP "RUN go build ./...": while running runtime: exit status 1\n' + _GL),
    # a go test against its own loopback registry failing on NAME_UNKNOWN: the code under test
    ('registry-name-unknown-go-test',
     '+ go test ./pkg/mirror/...\n'
     '--- FAIL: TestMirrorMissingRepo (0.01s)\n'
     '    mirror_test.go:77: unexpected error: GET http://127.0.0.1:39201/v2/acme/missing/tags/list: NAME_UNKNOWN: name unknown: repository name not known to registry\n'
     'FAIL\texample.dev/acme/mirror/pkg/mirror\t0.081s\n'
     'FAIL\n' + _GHA),
    # kaniko found no target/app.jar in the context: the build never made it, every run
    ('kaniko-context-missing-plain2',
     '$ /kaniko/executor --context dir://. --destination registry.example.dev/acme/orders:4f2c\n'
     'INFO[0000] Retrieving image manifest eclipse-temurin:21-jre\n'
     'error building image: error building stage: failed to get files used from context: failed to get fileinfo for /workspace/target/app.jar: lstat /workspace/target/app.jar: no such file or directory\n' + _GL),
    # (xfail 17b) was LEFT: the registry's scope refusal is the failed step's own; the notify step's 502 after the exit line drops
    ('registry-insufficient-scope-then-notify-502',
     '+ docker buildx build --push -t registry.example.dev/acme/api:4f2c .\n'
     'ERROR: failed to solve: failed to push registry.example.dev/acme/api:4f2c: server message: insufficient_scope: authorization failed\n'
     '##[error]Process completed with exit code 1.\n'
     '##[group]Run curl -fsS -X POST https://hooks.example.dev/ci\n'
     '+ curl -fsS -X POST https://hooks.example.dev/ci\n'
     'curl: (22) The requested URL returned error: 502\n' + _GHA),
    # (xfail 17b) was LEFT: containerd's 'failed to ingest' is an archive import from disk (image-archive-import-truncated)
    ('blob-eof-docker-load-local-tar',
     '$ git lfs ls-files\n'
     '$ docker load -i testdata/images/base-image.tar\n'
     'Error response from daemon: failed to ingest "blobs/sha256/9f2c": failed to copy: failed to read expected number of bytes: unexpected EOF\n' + _GHA),
    # (xfail 17b) was LEFT: the same for ctr import of a truncated local tarball
    ('blob-eof-ctr-import',
     '$ ls -la build/image.tar\n'
     '-rw-r--r-- 1 runner runner 1048576 May  4 09:12 build/image.tar\n'
     '$ sudo ctr -n k8s.io images import build/image.tar\n'
     'ctr: failed to ingest "blobs/sha256/4ab1": failed to copy: failed to read expected number of bytes: unexpected EOF\n' + _GHA),
    # (xfail 17b) was LEFT: kaniko's cache lookup error is logged and passed over (noise); the missing context file stands
    ('kaniko-context-missing-after-cache-warning',
     'ERRO[0001] Error while retrieving image from cache: registry.example.dev/cache:abc GET https://registry.example.dev/v2/cache/manifests/abc: unexpected status code 503 Service Unavailable\n'
     'INFO[0001] Retrieving image eclipse-temurin:21-jre from registry index.docker.io\n'
     'error building image: error building stage: failed to get files used from context: failed to get fileinfo for /workspace/target/app.jar: lstat /workspace/target/app.jar: no such file or directory\n' + _GL),
]

TRANSIENT: list[tuple[str, str]] = [
    # i18n-tasks' passing reports, then the deploy push met a 503
    ('i18n-tasks-missing-zero-then-503',
     '$ bundle exec i18n-tasks missing\n'
     '✓ Good job! No translations are missing.\n'
     '$ bundle exec i18n-tasks unused\n'
     '✓ Well done! Every translation is in use.\n'
     '$ git push heroku HEAD:main\n'
     'remote: ! Push rejected, 503 Service Unavailable\n'
     'error: RPC failed; HTTP 503 curl 22 The requested URL returned error: 503\n' + _GHA),
    # the i18n spec passed; the notification's host did not resolve
    ('i18n-tasks-rspec-title',
     '$ bundle exec rspec spec/i18n_spec.rb\n'
     '..\n'
     'Finished in 0.8 seconds\n'
     '2 examples, 0 failures\n'
     '$ curl -fsS https://hooks.example.dev/notify -d ok\n'
     'curl: (6) Could not resolve host: hooks.example.dev\n' + _GHA),
    # a non-blocking i18n-tasks report, then the registry's 502 the job failed on
    ('i18n-tasks-missing-informational-then-outage',
     '$ bundle exec i18n-tasks missing --locales fr || true\n'
     'Missing translations (1)\n'
     '| fr | checkout.submit | en Place order |\n'
     '$ docker push registry.example.dev/acme/web:4f2c\n'
     'received unexpected HTTP status: 502 Bad Gateway\n' + _GHA),
    # a grep of gettext's own catalogue shows msgfmt's msgid; the push met a 503
    ('gettext-po-text-quotes-msgfmt',
     '$ msgfmt --check --statistics -o /dev/null po/de.po\n'
     '412 translated messages.\n'
     '$ git diff --stat\n'
     ' po/gettext-tools.de.po | 2 +-\n'
     "$ grep -n 'fatal' po/gettext-tools.de.po\n"
     '812:msgid "msgfmt: found %d fatal errors"\n'
     '$ git push origin HEAD\n'
     "fatal: unable to access 'https://git.example.dev/acme/po.git/': The requested URL returned error: 503\n" + _GHA),
    # a diff of a catalogue quoting gettext's own msgid lines is no msgfmt run; the upload timed out
    ('gettext-diff-of-po-file',
     '$ git diff HEAD~1 -- po/de.po\n'
     '-msgstr "Anzahl der Formatangaben in \'msgid\' und \'msgstr\' stimmt nicht überein"\n'
     '+#: src/msgl-check.c:690\n'
     '+msgid "number of format specifications in \'msgid\' and \'msgstr\' does not match"\n'
     '$ ./scripts/upload.sh\n'
     'curl: (28) Operation timed out after 300000 milliseconds with 0 bytes received\n' + _GHA),
    # a fixture script's own 'Missing API key for <url>' (no wlc, no /api/), then the resolver failed
    ('missing-api-key-then-dns',
     '$ ./scripts/fetch-fixtures.sh\n'
     'Missing API key for https://api.example.dev.\n'
     'falling back to anonymous download\n'
     'curl: (6) Could not resolve host: fixtures.example.dev\n' + _GHA),
    # the blob copy cut short by the runner's full disk: the host's
    ('blob-eof-disk-full',
     '+ docker buildx build -t acme/api:ci .\n'
     '#4 [base 1/3] FROM registry.example.dev/base/golang:1.23\n'
     '#4 ERROR: failed to copy: write /var/lib/docker/tmp/ingest/3f1e/data: no space left on device\n'
     'ERROR: failed to solve: failed to read expected number of bytes: unexpected EOF\n' + _GHA),
    # a base layer's download cut short: the registry or the network
    ('blob-eof-pull-plain',
     '+ docker buildx build -t acme/api:ci .\n'
     '#4 [base 1/3] FROM registry.example.dev/base/golang:1.23@sha256:7c1f\n'
     '#4 ERROR: failed to copy: failed to read expected number of bytes: unexpected EOF\n'
     'ERROR: failed to solve: failed to read expected number of bytes: unexpected EOF\n' + _GHA),
    # the RUN step's apt-get met the mirror's 503: the outage in the step's output decides
    ('buildah-run-apt-503',
     '$ buildah bud -t acme/api:ci .\n'
     'STEP 3/7: RUN apt-get update && apt-get install -y libpq-dev\n'
     'Err:1 http://deb.debian.org/debian bookworm InRelease\n'
     '  503  Service Unavailable [IP: 151.101.2.132 80]\n'
     'E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  503  Service Unavailable [IP: 151.101.2.132 80]\n'
     'E: Some index files failed to download. They have been ignored, or old ones used instead.\n'
     'Error: building at STEP "RUN apt-get update && apt-get install -y libpq-dev": while running runtime: exit status 100\n' + _GL),
    # the RUN step's npm ci timed out against the registry
    ('kaniko-run-npm-etimedout',
     'INFO[0012] Running: [/bin/sh -c npm ci]\n'
     'npm ERR! code ETIMEDOUT\n'
     'npm ERR! errno ETIMEDOUT\n'
     'npm ERR! network request to https://registry.npmjs.org/react/-/react-18.2.0.tgz failed, reason: connect ETIMEDOUT 104.16.0.35:443\n'
     'error building image: error building stage: failed to execute command: waiting for process to exit: exit status 1\n' + _GL),
    # Buildah's RUN step killed by a signal: the host
    ('buildah-run-signal-killed',
     '$ buildah bud -t acme/native:ci .\n'
     'STEP 5/8: RUN ./gradlew assemble\n'
     'Error: building at STEP "RUN ./gradlew assemble": while running runtime: signal: killed\n' + _GL),
    # kaniko's RUN step exited 137: killed, the host
    ('kaniko-run-137',
     'INFO[0011] Running: [/bin/sh -c ./gradlew assemble]\n'
     'error building image: error building stage: failed to execute command: waiting for process to exit: exit status 137\n' + _GL),
    # the RUN step's pip read timed out against PyPI
    ('kaniko-run-pip-read-timeout',
     'INFO[0012] Running: [/bin/sh -c pip install -r requirements.txt]\n'
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.\n"
     'error building image: error building stage: failed to execute command: waiting for process to exit: exit status 2\n' + _GL),
    # crane retried past a MANIFEST_INVALID and ended on the registry's 503
    ('registry-manifest-invalid-then-5xx',
     '$ crane push image.tar registry.example.dev/acme/api:4f2c\n'
     '2026/05/04 09:12:44 retrying: PUT https://registry.example.dev/v2/acme/api/manifests/4f2c: MANIFEST_INVALID: manifest invalid; blob unknown to registry\n'
     'Error: PUT https://registry.example.dev/v2/acme/api/blobs/uploads/a1: unexpected status code 503 Service Unavailable\n' + _GHA),
    # the lifecycle's access check relays a dial timeout on the same line: the registry was unreachable
    ('pack-analyzer-same-line-timeout',
     '+ pack build registry.example.dev/acme/web:4f2c --builder paketobuildpacks/builder-jammy-base --publish\n'
     '===> ANALYZING\n'
     'ERROR: failed to initialize analyzer: validating registry write access: ensure registry read/write access to registry.example.dev/acme/web:4f2c: Get "https://registry.example.dev/v2/": dial tcp 203.0.113.9:443: i/o timeout\n'
     'ERROR: failed to build: executing lifecycle: failed with status code: 1\n' + _GHA),
    # (xfail 17b) was LEFT: the context file missing (now downstream) below the curl timeout that was to fetch it
    ('kaniko-context-missing-after-artifact-timeout',
     "$ curl -fsSL -o dist/orders.jar https://artifacts.example.dev/orders/4f2c/orders.jar || echo 'no jar'\n"
     'curl: (28) Failed to connect to artifacts.example.dev port 443 after 130001 ms: Connection timed out\n'
     'no jar\n'
     '$ /kaniko/executor --context $CI_PROJECT_DIR --destination registry.example.dev/acme/orders:4f2c\n'
     'error building image: error building stage: failed to optimize instructions: failed to get files used from context: failed to get fileinfo for /workspace/dist/orders.jar: lstat /workspace/dist/orders.jar: no such file or directory\n' + _GL),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the job's own LanguageTool server with requestLimit=5 set by the job: hit again on every run
    ('lt-local-server-own-limit',
     '$ java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port 8081 --config ci/lt.properties &\n'
     '$ cat ci/lt.properties\n'
     'requestLimit=5\n'
     'requestLimitPeriodInSeconds=60\n'
     '$ python scripts/grammar_check.py --server http://localhost:8081 docs/\n'
     'Checking docs/a.md\n'
     'Checking docs/b.md\n'
     'Error: HTTP 429 from http://localhost:8081/v2/check: Client request limit of 5 requests per 60 seconds exceeded\n' + _GHA),
    # the LanguageTool container the job started with langtool_requestLimit=3: the job's own limit
    ('lt-docker-local-limit',
     '$ docker run -d -p 8010:8010 -e langtool_requestLimit=3 -e langtool_requestLimitPeriodInSeconds=60 erikvl87/languagetool\n'
     '$ node scripts/check-prose.js --api http://127.0.0.1:8010/v2\n'
     'checking 14 files\n'
     'Error: Client request limit of 3 requests per 60 seconds exceeded\n' + _GHA),
    # the short read is of a local oci-layout build context checked into the repository
    ('blob-eof-oci-layout-context',
     '+ docker buildx build --build-context base=oci-layout://./vendor/base-image -t acme/api:ci .\n'
     '#3 [context base] load from oci-layout\n'
     'ERROR: failed to solve: failed to read expected number of bytes: unexpected EOF\n' + _GHA),
    # (twentieth round, leftovers20) moved from TRANSIENT: a build step's own out-of-memory is neither surely
    # transient nor surely real (a larger resource class or a config change as often as a one-off;
    # test_rules20_leftovers.py)
    # the compiler in the RUN step was killed for memory; make exited 2
    ('buildah-run-cc1-killed',
     '$ buildah bud -t acme/native:ci .\n'
     'STEP 5/8: RUN make -j8\n'
     'g++: fatal error: Killed signal terminated program cc1plus\n'
     'compilation terminated.\n'
     'make: *** [Makefile:41: src/parser.o] Error 1\n'
     'Error: building at STEP "RUN make -j8": while running runtime: exit status 2\n' + _GL),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the registry answered 503 just before the lifecycle's access check failed
    ('pack-analyzer-registry-503',
     '+ pack build registry.example.dev/acme/web:4f2c --builder paketobuildpacks/builder-jammy-base --publish\n'
     '===> ANALYZING\n'
     'GET https://registry.example.dev/v2/: 503 Service Unavailable\n'
     'ERROR: failed to initialize analyzer: validating registry write access: ensure registry read/write access to registry.example.dev/acme/web:4f2c\n'
     'ERROR: failed to build: executing lifecycle: failed with status code: 1\n' + _GHA),
    # the RUN step's node ran out of heap: memory, not surely the change
    ('kaniko-run-node-heap-oom',
     'INFO[0011] Running: [/bin/sh -c npm run build]\n'
     '<--- Last few GCs --->\n'
     'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n'
     'error building image: error building stage: failed to execute command: waiting for process to exit: exit status 134\n' + _GL),
]

# Left (xfail, strict): read wrong still, for the reason on each; the fix is outside these sections or costs more
# than it saves.
LEFT: list[tuple[str, str, str]] = [
    # an app logger's 'name - 404, not_found: ...' has Transifex's very shape; only a tx-command check would tell
    ('tx-like-python-logging-404', 'transient',
     '$ python -m acme.sync\n'
     'acme.sync - 404, not_found: /api/v1/items/42\n'
     'Traceback (most recent call last):\n'
     "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.dev', port=443): Max retries exceeded with url: /api/v1/items (Caused by NewConnectionError('Failed to establish a new connection: [Errno 101] Network is unreachable'))\n" + _GHA),
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


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.xfail(strict=True, reason="left: see the comment above LEFT")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want, log):
    reads(log, want)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL, [(c,) for c, _, _ in LEFT])
