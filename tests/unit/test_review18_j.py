"""Review 18j of the eighteenth round's repo_hygiene section (and compile-jvm's unless for libxslt's "compilation
error: file X line N element import", which that branch added): adversarial logs, made up. libxml2's timed-out DTD
connect is read on its "failed to load external entity" line (the engine took that line for a missing input the outage
may have caused, so a later command's failing test never outlived it), steps aside where the tool ran without a network
(--network none) or went on to reject a document's own markup; the JSON decoder's message is no repository file's
where the job fetched the body (an HTTP client's json(), a json.loads of a response, a transfer cut short) or where it
is a test's captured output; FOSSA's dropped connection through a proxy or to an endpoint on the job's own machine is
no outage; editorconfig-checker's version mismatch below a failed install is that outage's damage. Guards: findings
under || true / || echo above a later outage, real failures after outages, tests quoting the messages."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_FOSSA = "[ERROR] An issue occurred\n\n  *** Relevant Errors ***\n\n    Error: "
_DTD_TIMEOUT = ("error : Operation in progress\n"
                "docs/book.xml:3: warning: failed to load external entity "
                "\"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"\n")
_PYTEST_FAIL = ("$ pytest -q\n"
                "___________________________ test_title ___________________________\n"
                "    def test_title():\n"
                ">       assert render('intro.md').title == 'Introduction'\n"
                "E       AssertionError: assert 'Intro' == 'Introduction'\n"
                "tests/test_render.py:12: AssertionError\n"
                "FAILED tests/test_render.py::test_title - AssertionError: assert 'Intro' == 'Introduction'\n"
                "1 failed, 88 passed in 4.02s\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------ xml-external-entity-connect-timed-out
    # (was transient 0.9) the DTD check timed out but the script went on; the job ended on a failing test's mismatch
    ("xml-dtd-timeout-then-pytest-mismatch", "real",
     "$ xmllint --noout --valid docs/book.xml\n" + _DTD_TIMEOUT + _PYTEST_FAIL + _GHA),
    # (was transient 0.9) the same with the check made non-blocking
    ("xml-dtd-timeout-echo-then-pytest-mismatch", "real",
     "$ xmllint --noout --valid docs/book.xml || echo 'dtd check skipped'\n" + _DTD_TIMEOUT + "dtd check skipped\n"
     + _PYTEST_FAIL + _GHA),
    # (was unknown) another document's tag mismatch below the timed-out DTD: broken markup, whatever the host does
    ("xml-dtd-timeout-then-tag-mismatch", "real",
     "$ xmllint --noout docs/*.xml\n" + _DTD_TIMEOUT +
     "docs/b.xml:40: parser error : Opening and ending tag mismatch: para line 38 and section\n"
     "</section>\n"
     "          ^\n" + _GHA),
    # (was unknown) the job ran xmllint in a container without a network: no rerun reaches the DTD host
    ("xml-dtd-docker-network-none", "real",
     "$ docker run --rm --network none -v $PWD:/w xmltools xmllint --noout --valid /w/book.xml\n"
     "error : Operation in progress\n"
     "/w/book.xml:3: warning: failed to load external entity \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"\n"
     "/w/book.xml:5: validity error : Validation failed: no DTD found !\n" + _GHA),
    # guard: the timed-out connect logged inside a Surefire run above an undamaged date mismatch of another test
    ("xml-dtd-timeout-in-surefire-above-mismatch", "real",
     "[INFO] Running com.acme.feed.DateFormatTest\n"
     "error : Operation in progress\n"
     "warning: failed to load external entity \"http://dtd.example.org/rss-0.91.dtd\"\n"
     "[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! - in "
     "com.acme.feed.DateFormatTest\n"
     "[ERROR] com.acme.feed.DateFormatTest.formatsIso  Time elapsed: 0.01 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <2024-01-02> but was: <2024-01-01>\n"
     "\tat com.acme.feed.DateFormatTest.formatsIso(DateFormatTest.java:41)\n"
     "[INFO] BUILD FAILURE\n" + _GHA),
    # ------------------------------------------------------------ compile-jvm's unless (libxslt)
    # guard: xsltproc's broken XPath in the stylesheet, not JVM source but the change's mistake all the same
    ("xslt-value-of-compile-error", "real",
     "$ xsltproc -o out/index.html xsl/site.xsl content/index.xml\n"
     "XPath error : Invalid expression\n"
     "count(//item[\n"
     "            ^\n"
     "compilation error: file xsl/site.xsl line 22 element value-of\n"
     "xsl:value-of : could not compile select expression 'count(//item['\n" + _GHA),
    # guard: a local stylesheet the import names is not there: the repository's
    ("xslt-local-import-missing", "real",
     "$ xsltproc xsl/page.xsl content/page.xml > out/page.html\n"
     "warning: failed to load external entity \"xsl/common.xsl\"\n"
     "compilation error: file xsl/page.xsl line 4 element import\n"
     "xsl:import : unable to load xsl/common.xsl\n" + _GHA),
    # guard: Maven's own compilation error still reads as the compiler's
    ("maven-compilation-error-guard", "real",
     "[ERROR] COMPILATION ERROR : \n"
     "[ERROR] /home/ci/app/src/main/java/com/acme/Cart.java:[41,17] cannot find symbol\n"
     "  symbol:   method totl()\n"
     "[INFO] BUILD FAILURE\n" + _GHA),
    # ------------------------------------------------------------ json-decoder-document-error
    # guard: json.tool over the repository's files after a pip retry that went through
    ("json-tool-after-pip-retry", "real",
     "$ pip install check-jsonschema\n"
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken "
     "by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': "
     "/simple/check-jsonschema/\n"
     "Successfully installed check-jsonschema-0.28.0\n"
     "$ python -m json.tool schemas/order.json\n"
     "Expecting ',' delimiter: line 31 column 9 (char 802)\n" + _GHA),
    # guard: a repository file's extra data, found by a find over the tree
    ("json-tool-find-extra-data", "real",
     "$ find . -name '*.json' -not -path './node_modules/*' -exec python3 -m json.tool {} \\; > /dev/null\n"
     "Extra data: line 12 column 2 (char 241)\n" + _CIRCLE),
    # guard: a test comparing the decoder's message: the CLI's position is off
    ("json-pytest-expected-message", "real",
     "$ pytest tests/test_cli.py\n"
     ">       assert out == \"Expecting ',' delimiter: line 2 column 3 (char 9)\"\n"
     "E       assert \"Expecting ',' delimiter: line 2 column 4 (char 10)\" == \"Expecting ',' delimiter: line 2 "
     "column 3 (char 9)\"\n"
     "FAILED tests/test_cli.py::test_reports_bad_json - assert ...\n"
     "==================== 1 failed, 20 passed in 0.50s ====================\n" + _GHA),
    # guard: a sample file's error under || true, then the install's outage the job ended on
    ("json-or-true-then-npm-reset", "transient",
     "$ python -m json.tool docs/samples/broken.json || true\n"
     "Expecting property name enclosed in double quotes: line 4 column 1 (char 52)\n"
     "$ npm ci\n"
     "npm ERR! code ECONNRESET\n"
     "npm ERR! network request to https://registry.npmjs.org/lodash failed, reason: socket hang up\n" + _GHA),
    # ------------------------------------------------------------ compliance-api-*
    # guard: the dropped connection under || true, then a jest mismatch the job ended on
    ("fossa-closed-or-true-then-jest", "real",
     "$ fossa analyze || true\n"
     "    Error: The connection to the FOSSA endpoint was closed without a response\n"
     "$ npx jest\n"
     " FAIL  src/cart.test.ts\n"
     "  ● cart › totals\n"
     "    expect(received).toBe(expected)\n"
     "    Expected: 30\n"
     "    Received: 25\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _GHA),
    # guard: the endpoint dropped the connection, nothing of the job's own between
    ("fossa-closed-plain", "transient",
     "$ fossa analyze --project acme/web\n" + _FOSSA +
     "The connection to the FOSSA endpoint was closed without a response\n" + _GHA),
    # guard: the scheme mismatch after a retried upload that went through: the endpoint URL is wrong
    ("fossa-tls-mismatch-guard", "real",
     "$ fossa test --endpoint http://fossa.example-corp.dev\n" + _FOSSA +
     "The FOSSA endpoint reported that it does not support TLS connections\n" + _GHA),
    # ------------------------------------------------------------ dependency-license-gate-refused
    # guard: the gate's refusal under || true, then the registry's 503 the publish ended on
    ("license-checker-or-true-then-npm-503", "transient",
     "$ npx license-checker --production --onlyAllow 'MIT;ISC;Apache-2.0' || true\n"
     "Package \"left-pad@1.3.0\" is licensed under \"WTFPL\" which is not permitted by the --onlyAllow flag. Exiting.\n"
     "$ npm publish --access public\n"
     "npm ERR! code E503\n"
     "npm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fwidget\n" + _GHA),
    # guard: go-licenses as a warning only, then the module proxy's 502
    ("go-licenses-echo-then-proxy-502", "transient",
     "$ go-licenses check ./... || echo '::warning::licence check failed'\n"
     "Not allowed license 'GPL-3.0' found for library example.dev/acme/gplthing\n"
     "::warning::licence check failed\n"
     "$ go mod download\n"
     "go: example.dev/acme/tinyutil@v1.4.0: reading https://proxy.golang.org/example.dev/acme/tinyutil/@v/v1.4.0.zip: "
     "502 Bad Gateway\n" + _GHA),
    # guard: a go test quoting the gate's message: the project's own wording is wrong
    ("go-licenses-message-in-go-test", "real",
     "$ go test ./internal/licgate/...\n"
     "--- FAIL: TestMessage (0.00s)\n"
     "    gate_test.go:18: got \"Not allowed license 'MIT' found for library x\", want \"Not allowed license "
     "'GPL-3.0' found for library x\"\n"
     "FAIL\texample.dev/acme/licgate\t0.004s\n" + _GHA),
    # ------------------------------------------------------------ generated-docs-check-out-of-date
    # guard: doctoc's finding under || true, then a push the forge answered 500
    ("doctoc-or-true-then-push-500", "transient",
     "$ npx doctoc --dryrun docs/ || true\n"
     "\"docs/setup.md\" should be updated but wasn't due to dry run.\n"
     "Documentation tables of contents are out of date.\n"
     "$ npx gh-pages -d site\n"
     "fatal: unable to access 'https://github.com/acme/site.git/': The requested URL returned error: 500\n" + _GHA),
    # guard: doctoc's finding after an install retry that went through
    ("doctoc-after-npm-retry", "real",
     "$ npm ci\n"
     "npm WARN retry will retry, error on last attempt: Error: socket hang up\n"
     "added 312 packages in 14s\n"
     "$ npx doctoc --dryrun README.md\n"
     "\"README.md\" should be updated but wasn't due to dry run.\n"
     "Documentation tables of contents are out of date.\n" + _GHA),
    # ------------------------------------------------------------ checker-config-version-pin-mismatch
    # (was unknown) the pinned release's download was reset, an older binary on the PATH ran: the outage's damage
    ("ec-pin-after-download-reset", "transient",
     "$ curl -sSfL -o ec.tgz https://github.com/editorconfig-checker/editorconfig-checker/releases/download/v3.0.3/"
     "ec-linux-amd64.tar.gz && tar xzf ec.tgz -C ~/bin || true\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "$ ec\n"
     "Version from config file is not the same as the version of the binary\n"
     "Binary: v2.7.0, Config v3.0.3\n" + _GHA),
    # guard: a pip retry that went through above the mismatch: the pin is the repository's
    ("ec-pin-after-pip-retry", "real",
     "$ pip install pre-commit\n"
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken "
     "by 'NewConnectionError': /simple/pre-commit/\n"
     "Successfully installed pre-commit-3.7.0\n"
     "$ ec\n"
     "Version from config file is not the same as the version of the binary\n"
     "Binary: v3.0.3, Config v2.7.0\n" + _GHA),
]

# Not surely transient (nor surely real, where so noted): the job's own server or proxy, or a body the job fetched.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # (was transient 0.9) FOSSA through a proxy on the job's own machine: that proxy drops it on every run
    ("fossa-closed-loopback-proxy",
     "$ export HTTPS_PROXY=http://127.0.0.1:3128\n"
     "$ fossa analyze\n" + _FOSSA +
     "The connection to the FOSSA endpoint was closed without a response\n" + _GHA),
    # (was transient 0.9) an endpoint on the job's own machine (a stub or a port-forward of the job's)
    ("fossa-closed-localhost-endpoint",
     "$ fossa analyze --endpoint http://localhost:8022\n" + _FOSSA +
     "The connection to the FOSSA endpoint was closed without a response\n" + _GHA),
    # a DTD on a compose service of the job's: its own server may not be up
    ("xml-dtd-compose-service",
     "$ docker compose run --rm lint xmllint --noout --valid /src/site.xml\n"
     "error : Operation in progress\n"
     "/src/site.xml:2: warning: failed to load external entity \"http://dtdserver:8080/site.dtd\"\n"
     "/src/site.xml:4: validity error : Validation failed: no DTD found !\n" + _GHA),
    # an older binary ran after the pinned module's fetch timed out (the fallback the script chose)
    ("ec-pin-after-go-install-timeout",
     "$ go install github.com/editorconfig-checker/editorconfig-checker/v3/cmd/editorconfig-checker@v3.0.3 "
     "|| echo 'using the cached binary'\n"
     "go: github.com/editorconfig-checker/editorconfig-checker/v3@v3.0.3: Get \"https://proxy.golang.org/github.com/"
     "editorconfig-checker/editorconfig-checker/v3/@v/v3.0.3.info\": dial tcp 142.250.74.49:443: i/o timeout\n"
     "using the cached binary\n"
     "$ editorconfig-checker\n"
     "Version from config file is not the same as the version of the binary\n"
     "Binary: v2.7.0, Config v3.0.3\n" + _GHA),
]

# Outages' damage that must not read real (the right verdict is transient; the engine reads these unknown).
NOT_REAL: list[tuple[str, str]] = [
    # the timed-out DTD whose missing definitions are the only damage (an undefined entity): the outage's (reads unknown)
    ("xml-dtd-timeout-undefined-entity",
     "$ xmllint --noout --valid docs/book.xml\n" + _DTD_TIMEOUT +
     "docs/book.xml:12: parser error : Entity 'mdash' not defined\n"
     "  Release notes &mdash; 2.4\n"
     "                       ^\n" + _GHA),
]

# The JSON decoder's entry (a repository file that does not parse) on bodies the job fetched or a test's output:
# the entry must not be among the findings (other, older entries still read the decoder's words their own way).
NOT_JSON_DOCUMENT: list[tuple[str, str]] = [
    ("json-requests-json-blank-body",
     "$ python scripts/sync_tags.py\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/ci/app/scripts/sync_tags.py\", line 22, in <module>\n"
     "    tags = resp.json()\n"
     "  File \"/opt/venv/lib/python3.11/site-packages/requests/models.py\", line 975, in json\n"
     "    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)\n"
     "requests.exceptions.JSONDecodeError: Expecting value: line 2 column 1 (char 1)\n" + _GHA),
    ("json-chained-cut-off-body",
     "$ python ci/fetch_matrix.py\n"
     "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 65537 (char 65536)\n"
     "\nDuring handling of the above exception, another exception occurred:\n\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/ci/app/ci/fetch_matrix.py\", line 9, in <module>\n"
     "    matrix = requests.get(URL, timeout=30).json()\n"
     "requests.exceptions.JSONDecodeError: Expecting ',' delimiter: line 1 column 65537 (char 65536)\n" + _GHA),
    ("json-tool-on-cut-off-download",
     "$ curl -s -o versions.json https://releases.example-cdn.dev/index.json\n"
     "curl: (18) transfer closed with 48213 bytes remaining to read\n"
     "$ python -m json.tool versions.json > /dev/null\n"
     "Expecting ',' delimiter: line 1 column 16377 (char 16376)\n" + _GHA),
    ("json-in-captured-stdout",
     "$ pytest -q -rP\n"
     "---------------------------- Captured stdout call -----------------------------\n"
     "Expecting value: line 3 column 9 (char 27)\n"
     "40 passed in 2.10s\n"
     "$ npm publish\n"
     "npm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fwidget\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review18_j_reads_right(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review18_j_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_review18_j_outage_damage_not_real(log):
    v = judge(log)
    assert v.verdict != "real", v.rationale


@pytest.mark.parametrize("log", logs(NOT_JSON_DOCUMENT))
def test_review18_j_fetched_json_is_no_document_error(log):
    assert "json-decoder-document-error" not in {f.signature for f in judge(log).findings}


def test_review18_j_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, NOT_REAL, NOT_JSON_DOCUMENT)
