"""Eighteenth round, tool sources: repository hygiene and data-format checks that gate pull requests.

Covered: yamllint (its standard, parsable and GitHub formats, syntax errors, config errors, --strict on
warnings), JSON checks on the repository's own files (``python -m json.tool``, jq's parse and runtime
errors, zaach/jsonlint), xmllint (well-formedness errors, DTD and XSD validation, schemas that do not
compile, external DTDs and schemas fetched over HTTP), editorconfig-checker's config errors, REUSE's
other report sections, licence checkers (license-checker ``--onlyAllow``, go-licenses ``check``, the
cargo-about licence evaluation, the FOSSA CLI's ``analyze`` upload and ``test`` policy gate),
commitlint's config and range errors, doctoc ``--dryrun``, ``terraform-docs --output-check`` and
``git diff --exit-code`` after a generator. Cases already held by test_tool_sources_lint.py
(yamllint's line-length, commitlint's subject-empty, codespell), test_tool_sources_pr_checks_coverage.py
(reuse lint's missing headers, reuse download, editorconfig-checker's findings, danger, DCO,
CODEOWNERS) and test_tool_sources_scanners_forge_api.py (license-checker ``--failOn``) are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file holding
the format string): adrienverge/yamllint, jqlang/jq, zaach/jsonlint, GNOME/libxml2 (xmllint.c,
parserInternals.c, and for the HTTP loader removed in 2.13 the v2.12.0 tag's nanohttp.c and xmlIO.c),
editorconfig-checker/editorconfig-checker, fsfe/reuse-tool, davglass/license-checker,
google/go-licenses (check.go, and the older "Forbidden license type" from its history),
fossas/fossa-cli (FossaAPIV1.hs, Test.hs, BuildWait.hs, PreflightChecks.hs),
conventional-changelog/commitlint, thlorenz/doctoc, terraform-docs/terraform-docs. CPython's
json.decoder wording ("Expecting ',' delimiter: line L column C (char N)") is the standard library's.
cargo-about's "failed to satisfy license requirements" was found in its licence evaluation by a
string search, not read in a fetched copy. Hosts, packages and paths are made up; no project's CI
log is copied.

The rules the cases hold:
  * a finding (a lint error, a parse error in a file of the repository, a document that fails to
    validate, a file without a licence, a forbidden licence, FOSSA issues, a commit message that breaks
    a rule, a table of contents or generated doc that is out of date, a diff after a generator) -> real;
  * a bad config, a missing config package, a missing API key or one of the wrong type, a range that
    does not exist in a shallow clone, xmllint refusing a network entity (``--nonet`` or a libxml2
    without HTTP) -> real;
  * the FOSSA API answering 5xx/429, timing out or closing the connection, an external DTD whose
    connection timed out (libxml2's "Operation in progress"), a module proxy answering 502 while
    go-licenses loads packages, and the registries and hosts the checkers are installed from (pip,
    npx, pre-commit's hook clone, an image pull, a release download) failing for a while -> transient;
  * wordings printed for both (libxml2's "failed to load external entity" for an http:// DTD with no
    cause given, "failed to load HTTP resource" for any status >= 400, jq's parse error on what curl
    fetched, FOSSA's wait for its server-side scan running out) -> not surely transient;
  * near-misses: tests ABOUT these errors that fail on their assertions, an application's own parse
    error in a failing test -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_FOSSA_ERR = "[ERROR] An issue occurred\n\n  *** Relevant Errors ***\n\n    Error: "

CASES: list[tuple[str, str, str]] = [
    # ================================================================== yamllint
    # adrienverge/yamllint yamllint/cli.py (Format.standard: "  l:c  level  desc  (rule)"),
    # yamllint/rules/truthy.py ("truthy value should be one of [...]")
    ("yamllint-truthy-standard", "real",
     "$ yamllint -c .yamllint.yml .\n"
     "deploy/values.yaml\n"
     "  4:12      error    truthy value should be one of [false, true]  (truthy)\n"
     "  9:1       warning  missing document start \"---\"  (document-start)\n\n" + _GHA),
    # yamllint/cli.py (Format.parsable: "file:l:c: [level] desc (rule)")
    ("yamllint-parsable-truthy", "real",
     "+ yamllint -f parsable .github/ charts/\n"
     "charts/web/values.yaml:12:14: [error] truthy value should be one of [false, true] (truthy)\n"
     ".github/workflows/ci.yml:3:1: [error] wrong indentation: expected 2 but found 4 (indentation)\n"
     + _CIRCLE),
    # yamllint/cli.py (Format.github: "::level file=f,line=l,col=c::l:c [rule] desc")
    ("yamllint-github-format", "real",
     "Run yamllint --strict .\n"
     "::group::config/app.yaml\n"
     "::error file=config/app.yaml,line=7,col=5::7:5 [key-duplicates] duplication of key \"port\" in mapping\n"
     "::endgroup::\n\n" + _GHA),
    # yamllint/linter.py ("syntax error: " + problem + " (syntax)")
    ("yamllint-syntax-error", "real",
     "$ yamllint k8s/\n"
     "k8s/deployment.yaml\n"
     "  18:9      error    syntax error: mapping values are not allowed here (syntax)\n\n" + _GL),
    # yamllint/config.py ('invalid config: unknown option "%s" for rule "%s"'), cli.py (exit -1)
    ("yamllint-config-unknown-option", "real",
     "$ yamllint -c .yamllint .\n"
     "invalid config: unknown option \"max-length\" for rule \"line-length\"\n"
     "##[error]Process completed with exit code 255.\n"),
    # yamllint/config.py ('invalid config: option "%s" of "%s" should be in %s')
    ("yamllint-config-option-value", "real",
     "$ yamllint .\n"
     "invalid config: option \"allowed-values\" of \"truthy\" should only contain values in "
     "['YES', 'Yes', 'yes', 'NO', 'No', 'no', 'TRUE', 'True', 'true', 'FALSE', 'False', 'false', 'ON', 'On', "
     "'on', 'OFF', 'Off', 'off']\n" + _CIRCLE),
    # yamllint/cli.py (OSError printed, exit -1): the config file named on the command line is missing
    ("yamllint-config-file-missing", "real",
     "+ yamllint -c ci/yamllint.yml .\n"
     "[Errno 2] No such file or directory: 'ci/yamllint.yml'\n"
     "\nExited with code exit status 255\n"),
    # yamllint/cli.py (return code 2 for warnings under --strict)
    ("yamllint-strict-warnings", "real",
     "$ yamllint --strict playbooks/\n"
     "playbooks/site.yml\n"
     "  1:1       warning  missing document start \"---\"  (document-start)\n"
     "  22:81     warning  line too long (93 > 80 characters)  (line-length)\n\n" + _GHA2),
    # ================================================================== JSON
    # CPython Lib/json/tool.py (raise SystemExit(e)) with json.decoder's "Expecting ',' delimiter"
    ("json-tool-expecting-delimiter", "real",
     "$ for f in $(git ls-files '*.json'); do python -m json.tool \"$f\" > /dev/null || exit 1; done\n"
     "Expecting ',' delimiter: line 14 column 5 (char 312)\n" + _GHA),
    # json.decoder ("Expecting property name enclosed in double quotes"): a trailing comma
    ("json-tool-trailing-comma", "real",
     "+ python3 -m json.tool config/feature-flags.json\n"
     "Expecting property name enclosed in double quotes: line 9 column 1 (char 188)\n" + _CIRCLE),
    # jqlang/jq src/main.c ("jq: parse error: %s") with src/jv_parse.c ("Expected separator between values
    # at line %d, column %d")
    ("jq-parse-error-expected-separator", "real",
     "$ jq empty locales/*.json\n"
     "jq: parse error: Expected separator between values at line 27, column 11\n" + _GHA2),
    # src/jv_parse.c ("Unfinished JSON term at EOF at line %d, column %d")
    ("jq-parse-error-unfinished-term", "real",
     "+ jq -e . renovate.json > /dev/null\n"
     "jq: parse error: Unfinished JSON term at EOF at line 31, column 0\n" + _GL),
    # src/main.c ("jq: error (at %s): %s") with src/jv_aux.c ("Cannot index %s with %s")
    ("jq-error-cannot-index", "real",
     "$ VERSION=$(jq -r '.packages[\"\"].version' package.json)\n"
     "jq: error (at package.json:41): Cannot index array with \"\"\n" + _GHA),
    # src/util.c ("jq: error: Could not open file %s: %s")
    ("jq-could-not-open-file", "real",
     "$ jq -r .version manifest.json\n"
     "jq: error: Could not open file manifest.json: No such file or directory\n" + _GHA2),
    # zaach/jsonlint lib/jsonlint.js ("Parse error on line N:" ... "Expecting ..., got '...'")
    ("jsonlint-parse-error", "real",
     "$ npx jsonlint -q tsconfig.json\n"
     "Error: Parse error on line 12:\n"
     "...\"strict\": true,  }\n"
     "----------------------^\n"
     "Expecting 'STRING', got '}'\n"
     "    at Object.parseError (/home/ci/app/node_modules/jsonlint/lib/jsonlint.js:55:11)\n" + _GHA),
    # curl -f reporting the API's 503 under pipefail (jq read nothing and printed nothing): the fetch failed
    ("jq-after-curl-fail-503", "transient",
     "$ set -o pipefail; TAG=$(curl -fsSL https://api.example-releases.dev/repos/acme/tool/releases/latest "
     "| jq -r .tag_name)\n"
     "curl: (22) The requested URL returned error: 503\n"
     "##[error]Process completed with exit code 22.\n"),
    # ================================================================== xmllint
    # GNOME/libxml2 parser.c ("Opening and ending tag mismatch: %s line %d and %s"), error.c ("parser error : ")
    ("xmllint-tag-mismatch", "real",
     "$ xmllint --noout pom.xml\n"
     "pom.xml:58: parser error : Opening and ending tag mismatch: dependency line 52 and dependencies\n"
     "  </dependencies>\n"
     "                 ^\n" + _GHA),
    # error.c ("Extra content at the end of the document")
    ("xmllint-extra-content", "real",
     "+ xmllint --noout src/main/resources/logback.xml\n"
     "src/main/resources/logback.xml:41: parser error : Extra content at the end of the document\n"
     "<appender name=\"JSON\" class=\"ch.qos.logback.core.ConsoleAppender\">\n"
     "^\n" + _CIRCLE),
    # xmllint.c ("%s fails to validate") with error.c's "Schemas validity error : "
    ("xmllint-xsd-fails-to-validate", "real",
     "$ xmllint --noout --schema schema/catalog.xsd data/catalog.xml\n"
     "data/catalog.xml:17: element price: Schemas validity error : Element 'price': 'twelve' is not a valid "
     "value of the atomic type 'xs:decimal'.\n"
     "data/catalog.xml fails to validate\n" + _GHA),
    # xmllint.c --valid with error.c's legacy "validity error" handler
    ("xmllint-dtd-validity-error", "real",
     "$ xmllint --noout --valid docs/manual.xml\n"
     "docs/manual.xml:88: element para: validity error : Element para is not declared in section list of "
     "possible children\n" + _GL),
    # xmllint.c ("WXS schema %s failed to compile")
    ("xmllint-schema-failed-to-compile", "real",
     "$ xmllint --noout --schema config.xsd config.xml\n"
     "config.xsd:12: element element: Schemas parser error : Element '{http://www.w3.org/2001/XMLSchema}element':"
     " The attribute 'type' is not allowed.\n"
     "WXS schema config.xsd failed to compile\n" + _GHA),
    # xmllint.c ("Could not parse DTD %s")
    ("xmllint-could-not-parse-dtd", "real",
     "$ xmllint --noout --dtdvalid schema/feed.dtd out/feed.xml\n"
     "Could not parse DTD schema/feed.dtd\n" + _CIRCLE),
    # error.c ("Attempt to load network entity %s") under --nonet: refused by the command line itself
    ("xmllint-nonet-network-entity", "real",
     "$ xmllint --nonet --noout --valid docs/guide.xml\n"
     "I/O error : Attempt to load network entity http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\n"
     "docs/guide.xml:2: warning: failed to load external entity "
     "\"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"\n"
     "D DocBook XML V4.5//EN\" \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"\n"
     "                                                                               ^\n" + _GHA),
    # parserInternals.c (libxml2 2.13+: "failed to load \"%s\": %s" with "Attempt to load network entity")
    ("xmllint-modern-network-entity-refused", "real",
     "$ xmllint --noout --valid site/index.xhtml\n"
     "site/index.xhtml:1: I/O error : failed to load \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\": "
     "Attempt to load network entity\n" + _GHA),
    # v2.12.0 nanohttp.c (xmlNanoHTTPConnectAttempt: a poll that timed out raises __xmlIOErr with the
    # connect's errno EINPROGRESS, printed as xmlIO.c's "Operation in progress"), then parserInternals.c's
    # "failed to load external entity": the DTD host did not answer in time
    ("xmllint-dtd-connect-operation-in-progress", "transient",
     "$ xmllint --noout --valid docs/book.xml\n"
     "error : Operation in progress\n"
     "docs/book.xml:3: warning: failed to load external entity "
     "\"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"\n" + _CIRCLE),
    ("xmlto-stylesheet-operation-in-progress", "transient",
     "$ xmlto man docs/tool.1.xml\n"
     "error : Operation in progress\n"
     "warning: failed to load external entity "
     "\"http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl\"\n"
     "compilation error: file /tmp/xmlto-xsl.Q2b1 line 4 element import\n"
     "xsl:import : unable to load http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl\n"
     + _CIRCLE),
    # ================================================================== editorconfig-checker
    # editorconfig-checker/editorconfig-checker cmd/editorconfig-checker/main.go ("Version from config file
    # is not the same as the version of the binary", "Binary: %s, Config %s")
    ("editorconfig-checker-version-mismatch", "real",
     "$ ec\n"
     "Version from config file is not the same as the version of the binary\n"
     "Binary: v3.0.3, Config v2.7.0\n" + _GHA),
    # ================================================================== REUSE
    # fsfe/reuse-tool src/reuse/lint.py ("# MISSING LICENSES", "'%s' found in:", "Unfortunately, ...")
    ("reuse-lint-missing-license-text", "real",
     "$ reuse lint\n"
     "# MISSING LICENSES\n\n"
     "'Apache-2.0' found in:\n"
     "* src/vendor/parser.c\n\n"
     "# SUMMARY\n\n"
     "* Missing licenses: Apache-2.0\n\n"
     "Unfortunately, your project is not compliant with version 3.3 of the REUSE Specification :-(\n" + _CIRCLE),
    # src/reuse/lint.py ("# INVALID SPDX LICENSE EXPRESSIONS", "'%s' contains invalid SPDX License Expressions:")
    ("reuse-lint-invalid-spdx-expression", "real",
     "$ pipx run reuse lint\n"
     "# INVALID SPDX LICENSE EXPRESSIONS\n\n"
     "'src/app/main.py' contains invalid SPDX License Expressions:\n"
     "* MIT OR\n\n"
     "Unfortunately, your project is not compliant with version 3.3 of the REUSE Specification :-(\n" + _GHA),
    # ================================================================== licence checkers
    # davglass/license-checker lib/index.js ("Package \"%s\" is licensed under \"%s\" which is not permitted
    # by the --onlyAllow flag. Exiting.")
    ("license-checker-only-allow", "real",
     "$ npx license-checker --production --onlyAllow 'MIT;ISC;Apache-2.0;BSD-3-Clause'\n"
     "Package \"left-pad-ng@2.1.0\" is licensed under \"WTFPL\" which is not permitted by the --onlyAllow flag. "
     "Exiting.\n" + _GHA),
    # google/go-licenses check.go ("Not allowed license '%s' found for library '%v'.")
    ("go-licenses-not-allowed", "real",
     "$ go-licenses check ./... --allowed_licenses=MIT,Apache-2.0,BSD-3-Clause\n"
     "Not allowed license 'GPL-3.0' found for library 'example.dev/acme/gplthing'.\n" + _GHA),
    # check.go ("License '%s' of not allowed license type '%s' found for library '%v'.")
    ("go-licenses-disallowed-type", "real",
     "+ go-licenses check ./... --disallowed_types=forbidden,restricted\n"
     "License 'AGPL-3.0' of not allowed license type 'Forbidden' found for library "
     "'example.dev/acme/agplkit'.\n" + _CIRCLE),
    # check.go before 5b8f2a2 ("Forbidden license type %s for library %v")
    ("go-licenses-forbidden-type-old", "real",
     "$ go-licenses check ./cmd/server\n"
     "F0312 10:11:42.118 main.go:77] Forbidden license type AGPL-3.0 for library example.dev/acme/agplkit\n"
     + _GHA),
    # check.go ("Did not find license for library '%v'.")
    ("go-licenses-did-not-find-license", "real",
     "$ go-licenses check ./...\n"
     "E0312 10:11:40.002 library.go:122] Package example.dev/acme/tinyutil does not have a license file\n"
     "Did not find license for library 'example.dev/acme/tinyutil'.\n" + _GHA),
    # go-licenses loads packages through the go command: the module proxy answering 502
    ("go-licenses-proxy-502", "transient",
     "$ go-licenses check ./...\n"
     "go: downloading example.dev/acme/tinyutil v1.4.0\n"
     "E0312 10:11:40.002 library.go:204] Package example.dev/acme/tinyutil: -: example.dev/acme/tinyutil@v1.4.0: "
     "reading https://proxy.golang.org/example.dev/acme/tinyutil/@v/v1.4.0.zip: 502 Bad Gateway\n"
     "F0312 10:11:40.010 main.go:75] some errors occurred when loading direct and transitive dependency packages\n"
     + _GHA),
    # EmbarkStudios/cargo-about licence evaluation ("failed to satisfy license requirements")
    ("cargo-about-license-requirements", "real",
     "$ cargo about generate about.hbs -o THIRDPARTY.html --fail\n"
     "error: failed to satisfy license requirements\n"
     "   ┌─ registry+https://github.com/rust-lang/crates.io-index#ring@0.16.20:4:22\n"
     "   │\n"
     "4 │ license-expression = \"LicenseRef-ring\"\n"
     "   │                      ^^^^^^^^^^^^^^^ rejected: not explicitly allowed\n" + _GHA),
    # ------------------------------------------------------------------ FOSSA CLI
    # fossas/fossa-cli src/App/Fossa/Test.hs ("The scan has revealed issues. Number of issues found: %d")
    ("fossa-test-issues-found", "real",
     "$ fossa test --timeout 900\n"
     "[ INFO] Waiting for FOSSA scan results\n"
     "[ INFO] Waiting for build\n"
     "[ INFO] Waiting for issue scan\n"
     "[ERROR] The scan has revealed issues. Number of issues found: 3\n" + _GHA),
    # Test.hs (diff mode: "The scan has revealed new issues compared to revision: %s. Number of new issues
    # found: %d")
    ("fossa-test-new-issues-diff", "real",
     "$ fossa test --diff main\n"
     "[ERROR] The scan has revealed new issues compared to revision: 4e1f0a2. Number of new issues found: 1\n"
     + _CIRCLE),
    # FossaAPIV1.hs (StatusCodeError other: "The FOSSA endpoint returned an unexpected status code: %d",
    # App/Support.hs reportTransientErrorMsg)
    ("fossa-analyze-upload-502", "transient",
     "$ fossa analyze\n"
     "[ INFO] Running analysis on 14 targets\n"
     + _FOSSA_ERR + "The FOSSA endpoint returned an unexpected status code: 502\n\n"
     "    Response: 502 Bad Gateway\n"
     "    While HTTP responses typically come from the FOSSA API, it's also possible that some other device on "
     "the network sent this response.\n"
     "    This error is often transient, so trying again in a few minutes may resolve the issue.\n" + _GHA),
    ("fossa-test-status-503", "transient",
     "$ fossa test\n"
     + _FOSSA_ERR + "The FOSSA endpoint returned an unexpected status code: 503\n\n"
     "    This error is often transient, so trying again in a few minutes may resolve the issue.\n" + _CIRCLE),
    ("fossa-analyze-status-429", "transient",
     "$ fossa analyze --branch main\n"
     + _FOSSA_ERR + "The FOSSA endpoint returned an unexpected status code: 429\n\n"
     "    Response: 429 Too Many Requests\n" + _GHA),
    # FossaAPIV1.hs (ResponseTimeoutError: "A connection to the FOSSA endpoint was established, but the
    # service took too long to respond")
    ("fossa-response-timeout", "transient",
     "$ fossa analyze\n"
     + _FOSSA_ERR + "A connection to the FOSSA endpoint was established, but the service took too long to "
     "respond\n" + _GHA),
    # FossaAPIV1.hs (ConnectionTimeoutError: "The request to the FOSSA endpoint took too long to send")
    ("fossa-connection-timeout", "transient",
     "$ fossa test\n"
     + _FOSSA_ERR + "The request to the FOSSA endpoint took too long to send\n" + _CIRCLE),
    # FossaAPIV1.hs (StatusCodeError 403: a proxy or appliance refusing the request; repeats)
    ("fossa-status-403-intercepted", "real",
     "$ fossa analyze\n"
     + _FOSSA_ERR + "The endpoint returned status code 403\n\n"
     "    Typically, this status code indicates an authentication problem with the API.\n"
     "    However, FOSSA reports invalid API keys using a different mechanism;\n" + _GHA),
    # App/Fossa/PreflightChecks.hs (InvalidApiKeyErr)
    ("fossa-invalid-api-key", "real",
     "$ fossa analyze\n"
     + _FOSSA_ERR + "Ensure that you are using a valid FOSSA_API_KEY. Refer to the provided documentation for "
     "guidance on how to generate and retrieve your API key.\n" + _GHA),
    # App/Fossa/Config/Common.hs ("A FOSSA API key is required to run this command")
    ("fossa-api-key-required", "real",
     "$ fossa test\n"
     + _FOSSA_ERR + "A FOSSA API key is required to run this command\n" + _CIRCLE),
    # PreflightChecks.hs (TokenTypeErr: "Invalid API token type", "requires a `Full Access` API token")
    ("fossa-push-only-token", "real",
     "$ fossa test\n"
     + _FOSSA_ERR + "Invalid API token type\n"
     "    The action you are trying to perform requires a `Full Access` API token\n" + _GHA),
    # FossaAPIV1.hs (ConnectionFailureError: "Connecting to the FOSSA endpoint failed", "Error:" <+> the
    # http-client exception)
    ("fossa-connecting-failed-timed-out", "transient",
     "$ fossa analyze\n"
     + _FOSSA_ERR + "Connecting to the FOSSA endpoint failed\n\n"
     "    Error: ConnectionFailure Network.Socket.connect: <socket: 14>: does not exist (Connection timed out)\n"
     + _GHA),
    # FossaAPIV1.hs (ConnectionClosedError: "The connection to the FOSSA endpoint was closed without a response")
    ("fossa-connection-closed", "transient",
     "$ fossa test\n"
     + _FOSSA_ERR + "The connection to the FOSSA endpoint was closed without a response\n" + _CIRCLE),
    # FossaAPIV1.hs (TlsNotSupportedError): an http:// endpoint configured for a TLS-only server
    ("fossa-tls-not-supported", "real",
     "$ fossa analyze -e http://fossa.example.internal\n"
     + _FOSSA_ERR + "The FOSSA endpoint reported that it does not support TLS connections\n"
     "    Try again with an `http://` URL. The FOSSA endpoint URL may be specified in `.fossa.yml` or with the "
     "`-e` or `--endpoint` arguments\n" + _GHA),
    # the CLI's install script fetched with curl -f under pipefail: the release host answering 502
    ("fossa-install-script-502", "transient",
     "$ set -o pipefail; curl -fsSL https://raw.example-cdn.dev/fossa-cli/install-latest.sh | bash\n"
     "curl: (22) The requested URL returned error: 502\n"
     "##[error]Process completed with exit code 22.\n"),
    # ================================================================== installing and fetching the checkers
    # pre-commit's CalledProcessError report around git's "unable to access ... returned error: 502" while it
    # initialises the yamllint hook's repository
    ("pre-commit-yamllint-repo-fetch-502", "transient",
     "$ pre-commit run --all-files\n"
     "[INFO] Initializing environment for https://github.com/acme-tools/yamllint-mirror.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/usr/bin/git', 'fetch', 'origin', '--tags')\n"
     "return code: 128\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    fatal: unable to access 'https://github.com/acme-tools/yamllint-mirror/': The requested URL returned "
     "error: 502\n"
     "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n" + _GHA),
    # pip's read timeout while installing yamllint
    ("pip-install-yamllint-read-timeout", "transient",
     "$ pip install yamllint==1.35.1\n"
     "Collecting yamllint==1.35.1\n"
     "ERROR: Exception:\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', "
     "port=443): Read timed out.\n" + _CIRCLE),
    # npm's ETIMEDOUT while npx fetches doctoc
    ("npx-doctoc-registry-etimedout", "transient",
     "$ npx --yes doctoc --dryrun README.md\n"
     "npm error code ETIMEDOUT\n"
     "npm error network request to https://registry.npmjs.org/doctoc failed, reason: connect ETIMEDOUT "
     "104.16.3.35:443\n"
     "npm error network This is a problem related to network connectivity.\n" + _GHA),
    # npm's 503 while npx fetches commitlint
    ("npx-commitlint-registry-503", "transient",
     "$ npx --yes @commitlint/cli --from HEAD~1\n"
     "npm error code E503\n"
     "npm error 503 Service Unavailable - GET https://registry.npmjs.org/@commitlint%2fcli\n" + _GHA),
    # the terraform-docs image pulled by docker run: the registry answering 503
    ("terraform-docs-image-pull-503", "transient",
     "$ docker run --rm -v $PWD:/src quay.example.dev/terraform-docs/terraform-docs:0.19.0 markdown /src\n"
     "Unable to find image 'quay.example.dev/terraform-docs/terraform-docs:0.19.0' locally\n"
     "docker: Error response from daemon: received unexpected HTTP status: 503 Service Unavailable.\n" + _GHA),
    # the editorconfig-checker binary downloaded from a release page: TLS reset mid-handshake
    ("editorconfig-checker-download-reset", "transient",
     "$ curl -fsSL -o ec.tar.gz https://github.com/acme-tools/ec-mirror/releases/download/v3.0.3/ec-linux-amd64.tar.gz\n"
     "curl: (35) OpenSSL SSL_connect: Connection reset by peer in connection to github.com:443\n" + _GHA),
    # go-licenses loading packages: the module proxy's name did not resolve in time
    ("go-licenses-proxy-lookup-timeout", "transient",
     "$ go-licenses report ./... --template=third_party.tpl\n"
     "E0312 10:11:40.002 library.go:204] Package example.dev/acme/tinyutil: -: example.dev/acme/tinyutil@v1.4.0: "
     "Get \"https://proxy.golang.org/example.dev/acme/tinyutil/@v/v1.4.0.mod\": dial tcp: lookup "
     "proxy.golang.org on 127.0.0.53:53: read udp 127.0.0.1:41234->127.0.0.53:53: i/o timeout\n"
     "F0312 10:11:40.010 main.go:75] some errors occurred when loading direct and transitive dependency packages\n"
     + _GHA),
    # ================================================================== commitlint
    # conventional-changelog/commitlint @commitlint/format src/format.ts ("found %d problems, %d warnings")
    ("commitlint-type-enum-two-problems", "real",
     "$ npx commitlint --from origin/main --to HEAD --verbose\n"
     "⧗   input: feature: add export button\n"
     "✖   type must be one of [build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test] "
     "[type-enum]\n"
     "✖   header must not be longer than 72 characters, current length is 81 [header-max-length]\n\n"
     "✖   found 2 problems, 0 warnings\n" + _GHA),
    # @commitlint/cli src/cli.ts ("Please add rules to your `commitlint.config.js`")
    ("commitlint-empty-rules", "real",
     "$ npx commitlint --last\n"
     "⧗   input: fix: handle null ids\n"
     "✖   Please add rules to your `commitlint.config.js`\n"
     "    - Getting started guide: https://commitlint.js.org/guides/getting-started\n"
     "✖   found 1 problems, 0 warnings\n" + _CIRCLE),
    # @commitlint/resolve-extends src/index.ts ('Cannot find module "%s" from "%s"')
    ("commitlint-extends-module-missing", "real",
     "$ npx commitlint --from HEAD~1\n"
     "Error: Cannot find module \"@commitlint/config-conventional\" from \"/home/ci/project\"\n"
     "    at resolveId (/home/ci/project/node_modules/@commitlint/resolve-extends/lib/index.js:141:17)\n" + _GHA),
    # @commitlint/read (git log over the range) in a shallow clone: the base does not exist
    ("commitlint-range-shallow-clone", "real",
     "$ npx commitlint --from ${{ github.event.pull_request.base.sha }} --to HEAD\n"
     "Error: fatal: Invalid revision range 9c1d3e7a2b4f..HEAD\n"
     "    at ChildProcess.exithandler (node:child_process:422:12)\n" + _GHA),
    # ================================================================== generators in check mode
    # thlorenz/doctoc doctoc.js ('"%s" should be updated but wasn\'t due to dry run.', "Documentation tables of
    # contents are out of date.")
    ("doctoc-dryrun-out-of-date", "real",
     "$ npx doctoc --dryrun README.md docs/\n"
     "DocToccing \"README.md\" and its sub directories for github.com.\n"
     "\"docs/install.md\" should be updated but wasn't due to dry run.\n\n"
     "Documentation tables of contents are out of date.\n" + _GHA),
    # terraform-docs/terraform-docs internal/cli/writer.go ("%s is out of date"), cmd/root.go ("Error: %s")
    ("terraform-docs-output-check", "real",
     "$ terraform-docs markdown table --output-file README.md --output-check modules/vpc\n"
     "Error: modules/vpc/README.md is out of date\n" + _GHA),
    # git diff --exit-code after a generator: the generated file differs from the committed one
    ("git-diff-exit-code-after-generator", "real",
     "$ npx markdown-toc -i README.md && git diff --exit-code\n"
     "diff --git a/README.md b/README.md\n"
     "index 3b1f0c2..9ad4e71 100644\n"
     "--- a/README.md\n"
     "+++ b/README.md\n"
     "@@ -12,6 +12,7 @@\n"
     " - [Install](#install)\n"
     "+- [Upgrading](#upgrading)\n"
     " - [Usage](#usage)\n" + _GHA),
    # ================================================================== near-misses
    # a test ABOUT a yamllint/xml loader outage that fails on its own assertion
    ("pytest-about-xml-connect-timeout", "real",
     "$ python -m pytest tests/test_loader.py\n"
     "    def test_remote_dtd_timeout_is_reported():\n"
     "        err = load_with_dtd('http://dtd.example.test/x.dtd', timeout=0.01)\n"
     ">       assert 'error : Operation in progress' in str(err)\n"
     "E       AssertionError: assert 'error : Operation in progress' in 'dtd unavailable'\n"
     "FAILED tests/test_loader.py::test_remote_dtd_timeout_is_reported - AssertionError\n"
     "========================= 1 failed, 41 passed in 3.12s =========================\n" + _GHA),
    # the application's own JSON parse error in a failing jest test
    ("jest-app-json-parse-error", "real",
     "$ npx jest\n"
     " FAIL  src/config.test.ts\n"
     "  ● loadConfig › reads the defaults\n\n"
     "    SyntaxError: Expected ',' or '}' after property value in JSON at position 212\n\n"
     "      at loadConfig (src/config.ts:14:21)\n\n"
     "Tests:       1 failed, 57 passed, 58 total\n" + _GHA),
    # a test about FOSSA's 503 handling that fails on its assertion
    ("pytest-about-fossa-503", "real",
     "$ pytest tests/test_compliance_client.py\n"
     ">       assert client.retries == 3\n"
     "E       assert 1 == 3\n"
     "E        +  where 1 = <ComplianceClient last_error='The FOSSA endpoint returned an unexpected status code: "
     "503'>.retries\n"
     "FAILED tests/test_compliance_client.py::test_retries_on_503 - assert 1 == 3\n"
     "========================= 1 failed, 12 passed in 0.88s =========================\n" + _CIRCLE),
    # the compliance client's own log line captured under a test that fails on a value it compared
    ("pytest-captured-log-fossa-connection-closed", "real",
     "$ pytest tests/test_scan_report.py\n"
     "FAILED tests/test_scan_report.py::test_summary_counts - assert 2 == 3\n"
     "------------------------------ Captured log call -------------------------------\n"
     "WARNING  compliance.client:client.py:88 The connection to the FOSSA endpoint was closed without a response\n"
     "E       assert 2 == 3\n"
     "E        +  where 2 = len([Issue(id=1), Issue(id=2)])\n"
     "========================= 1 failed, 30 passed in 1.40s =========================\n" + _GHA),
    # a jest test of the repository's own licence-gate script that fails on its expectation
    ("jest-about-license-gate-message", "real",
     "$ npx jest scripts/\n"
     " FAIL  scripts/license-gate.test.js\n"
     "  ● license gate › prints the offending package\n\n"
     "    expect(received).toContain(expected) // indexOf\n\n"
     "    Expected substring: \"which is not permitted by the --onlyAllow flag\"\n"
     "    Received string:    \"\"\n\n"
     "Tests:       1 failed, 9 passed, 10 total\n" + _GHA),
]

# Printed both for an outage and for a persistent cause.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # GNOME/libxml2 v2.12.0 parserInternals.c ("failed to load external entity \"%s\""): no network cause
    # named: a DTD host down, or a build without a catalogue and without network
    ("xmllint-external-entity-http-bare",
     "$ xmllint --noout --valid docs/book.xml\n"
     "docs/book.xml:3: warning: failed to load external entity "
     "\"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"\n"
     "docs/book.xml:5: validity error : Validation failed: no DTD found !\n" + _GHA),
    # v2.12.0 xmlIO.c xmlCheckHTTPInput ("failed to load HTTP resource \"%s\"" for any status >= 400)
    ("xmllint-http-resource-failed",
     "$ xmllint --noout --schema http://schemas.example.org/feed/1.2/feed.xsd out/feed.xml\n"
     "warning: failed to load HTTP resource \"http://schemas.example.org/feed/1.2/feed.xsd\"\n"
     "WXS schema http://schemas.example.org/feed/1.2/feed.xsd failed to compile\n" + _GHA),
    # CPython json.decoder's "Expecting value: line 1 column 1 (char 0)": an empty body or an error page an outage
    # returned, as well as an empty file of the repository
    ("json-expecting-value-first-char",
     "$ python scripts/fetch_versions.py\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/ci/app/scripts/fetch_versions.py\", line 12, in <module>\n"
     "    data = json.loads(resp.text)\n"
     "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n" + _GHA),
    # GNOME/libxml2 v2.12.0: the same timed-out connect to a DTD served by the job itself on loopback (a server the
    # job was to start): not the network's outage
    ("xmllint-loopback-dtd-operation-in-progress",
     "$ xmllint --noout --valid build/site/index.xml\n"
     "error : Operation in progress\n"
     "build/site/index.xml:2: warning: failed to load external entity \"http://localhost:8088/dtd/site.dtd\"\n"
     "build/site/index.xml:4: validity error : Validation failed: no DTD found !\n" + _GHA),
    # jqlang/jq parse error on what curl fetched (-s without -f): an HTML error page or a changed API
    ("jq-parse-error-after-curl-silent",
     "$ curl -s https://api.example-releases.dev/v1/latest | jq -r .version\n"
     "jq: parse error: Invalid numeric literal at line 1, column 10\n" + _GHA),
    # fossas/fossa-cli src/App/Fossa/API/BuildWait.hs (the server-side scan outlasting --timeout: a backlog,
    # or a project whose scan always takes longer)
    ("fossa-build-wait-timeout",
     "$ fossa test --timeout 600\n"
     "[ INFO] Waiting for build\n"
     + _FOSSA_ERR + "Build/Issue scan was not completed on the FOSSA server, and the --timeout duration has "
     "expired\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_repo_hygiene_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_repo_hygiene_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Expecting ',' delimiter: line ",
    "Expecting value: line ",
    "error : Operation in progress",
    'warning: failed to load external entity "http://',
    'Package "x" is licensed under "',
    "Not allowed license '",
    "License 'x' of not allowed license type '",
    '"docs/x.md" should be updated but wasn',
    "compilation error: file ",
]
