"""Review 18h of the eighteenth round's rust_go_checks entries (unused-dependency-checker-finding, go-mod-tidy-diff-drift,
linter-config-not-loadable, go-formatter-listing-check-failed, schema-catalog-fetch-not-answered) and the older entries
that helper changed (test-timeout passing over golangci-lint's own --timeout, vulnerability-db-fetch-failed passing over
cargo-audit's locked database): adversarial logs (made up) where the entries' words sit in a check that came back empty
before a later command's outage, a diff a passing or ignored step printed, another diff's header, a configuration an
earlier fetch never delivered, a catalogue the job serves on loopback, a finding under a make rule whose failure make
ignored; guards where the same words are the failure the job ended on (with an outage above it or after it), and where a
golangci-lint timeout sits beside a starved or lost runner."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA101 = "##[error]Process completed with exit code 101.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_PROXY_503 = ("go: downloading example.org/tracing v1.2.0\n"
              "go: example.org/tracing@v1.2.0: reading https://proxy.golang.org/example.org/tracing/@v/v1.2.0.zip: "
              "503 Service Unavailable\n")
_TIDY = ("--- current/go.mod\n"
         "+++ tidy/go.mod\n"
         "@@ -5,6 +5,5 @@\n"
         " require (\n"
         "-\texample.org/metrics v0.8.1\n"
         " \texample.org/tracing v1.2.0\n")
_MACHETE = ("Analyzing dependencies of crates in this directory...\n"
            "cargo-machete found the following unused dependencies in this directory:\n"
            "parcel-cli -- ./crates/parcel-cli/Cargo.toml:\n"
            "\tonce_cell\n\n"
            "Done!\n")
_INDEX_DNS = ("    Updating crates.io index\n"
              "error: failed to get `serde` as a dependency of package `parcel-cli v0.1.0`\n\n"
              "Caused by:\n"
              "  [6] Couldn't resolve host name (Could not resolve host: index.crates.io)\n")
_TAPLO = "ERROR operation failed error=failed to load schema catalog: error sending request for url "
_GL_TIMEOUT = "level=error msg=\"Timeout exceeded: try increasing it by passing --timeout option\"\n"
_GL_RUN = "Run golangci-lint run --timeout=5m ./...\n"
_AUDIT = ("$ cargo audit\n"
          "    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== go-formatter-listing-check-failed
    # a multi-line run block: the listing check came back empty, the next line's go test met the proxy's 503
    ("gofmt-multiline-run-then-proxy-503", "transient",
     "Run test -z \"$(gofmt -l .)\"\n  test -z \"$(gofmt -l .)\"\n  go test ./...\n  shell: /usr/bin/bash -e {0}\n"
     + _PROXY_503 + _GHA),
    # a make recipe: the check passed (make echoes the next recipe line), go vet's download met the 503
    ("gofmt-make-recipe-then-proxy-503", "transient",
     "$ make ci\ntest -z \"$(gofmt -l .)\"\ngo vet ./...\n" + _PROXY_503 + "make: *** [Makefile:8: ci] Error 1\n" + _GL),
    # an if-block check that found nothing (no diff printed), then the build's download met the 503
    ("gofmt-if-block-then-proxy-503", "transient",
     "Run if [ -n \"$(gofmt -l .)\" ]; then gofmt -d .; exit 1; fi\n"
     "  if [ -n \"$(gofmt -l .)\" ]; then gofmt -d .; exit 1; fi\n  go build ./...\n" + _PROXY_503 + _GHA),
    # a listing only echoed (no check) in a step that passed; the next step's go test met the 503
    ("gofmt-echo-listing-then-proxy-503", "transient",
     "Run echo \"unformatted: $(gofmt -l .)\"\nunformatted: \nRun go test ./...\n" + _PROXY_503 + _GHA),
    # guard: the check passed, the build failed on the code
    ("gofmt-check-then-compile-error", "real",
     "Run test -z \"$(gofmt -l .)\"\n  test -z \"$(gofmt -l .)\"\n  go build ./...\n"
     "internal/store/db.go:57:12: undefined: txn\n" + _GHA),
    # guard: the check printed the files and failed; the cache upload's 503 in the post step came after
    ("gofmt-listing-then-post-step-cache-503", "real",
     "Run test -z \"$(gofmt -l .)\" || (gofmt -l . && exit 1)\ncmd/shopd/main.go\n" + _GHA +
     "Post job cleanup.\n##[warning]Failed to save: Cache service responded with 503\n"),
    # guard: a bare check prints nothing when it fails; the step ended on it (make's and GitHub's forms)
    ("gofmt-bare-check-make", "real",
     "$ make fmt-check\ntest -z \"$(gofmt -l .)\"\nmake: *** [Makefile:5: fmt-check] Error 1\n" + _GL),
    ("gofmt-bare-check-gha", "real",
     "##[group]Run test -z \"$(gofmt -l .)\"\n  test -z \"$(gofmt -l .)\"\n  shell: /usr/bin/bash -e {0}\n##[endgroup]\n"
     + _GHA),
    # guard: the check's gofmt -d diff (the "x.go.orig" header) before the exit
    ("gofmt-if-block-diff-exit", "real",
     "Run if [ -n \"$(gofmt -l .)\" ]; then gofmt -d .; exit 1; fi\n"
     "  if [ -n \"$(gofmt -l .)\" ]; then gofmt -d .; exit 1; fi\n  shell: /usr/bin/bash -e {0}\n"
     "diff internal/api/handler.go.orig internal/api/handler.go\n"
     "--- internal/api/handler.go.orig\n+++ internal/api/handler.go\n@@ -10,7 +10,6 @@\n-\n" + _GHA),
    # guard: setup-go's download retried past a 503 above; the listing check then failed on the code
    ("gofmt-listing-after-setup-go-retry", "real",
     "Run actions/setup-go@v5\nAttempt 1 failed: Unexpected HTTP response: 503\nRetrying in 12 seconds\n"
     "Successfully set up Go version 1.23.4\n"
     "Run test -z \"$(gofmt -l .)\" || (gofmt -l . && exit 1)\ninternal/store/db.go\n" + _GHA),
    # guard: the formatter fetched with go run, the proxy's 503 before any listing
    ("gofmt-go-run-formatter-proxy-503", "transient",
     "Run test -z \"$(go run mvdan.cc/gofumpt@v0.6.0 -l .)\"\n"
     "go: mvdan.cc/gofumpt@v0.6.0: reading https://proxy.golang.org/mvdan.cc/gofumpt/@v/v0.6.0.info: "
     "503 Service Unavailable\n" + _GHA),
    # guard: the runner lost mid-check
    ("gofmt-check-runner-shutdown", "transient",
     "Run diff -u <(echo -n) <(gofmt -l .)\n"
     "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a "
     "manually started runner is canceled.\n##[error]The operation was canceled.\n"),
    # ================================================================== go-mod-tidy-diff-drift
    # the diff from a command that ignores its failure; the next step's download met the 503
    ("tidy-diff-or-true-then-proxy-503", "transient",
     "Run go mod tidy -diff || true\n" + _TIDY + "Run go test ./...\n" + _PROXY_503 + _GHA),
    ("tidy-diff-or-warning-then-proxy-503", "transient",
     "Run go mod tidy -diff || echo \"::warning::go.mod drift\"\n" + _TIDY + "::warning::go.mod drift\n"
     "Run go test ./...\n" + _PROXY_503 + _GHA),
    # another diff's header: git diff --no-prefix of a directory named tidy, a step that passed
    ("git-diff-noprefix-tidy-dir-then-proxy-503", "transient",
     "Run git diff --no-prefix HEAD~1 -- tidy/\ndiff --git tidy/go.mod tidy/go.mod\n--- tidy/go.mod\n+++ tidy/go.mod\n"
     "@@ -1,3 +1,3 @@\n-go 1.21\n+go 1.22\nRun go test ./...\n" + _PROXY_503 + _GHA),
    # under a make rule whose failure make ignored; the next rule's download met the 503
    ("tidy-diff-make-ignored-then-proxy-503", "transient",
     "$ make check\ngo mod tidy -diff\n" + _TIDY + "make: [Makefile:14: tidy-check] Error 1 (ignored)\ngo test ./...\n"
     + _PROXY_503 + "make: *** [Makefile:20: check] Error 1\n" + _GL),
    # guard: the drift, then the artifacts upload's 502 after it
    ("tidy-diff-then-artifacts-502", "real",
     "$ go mod tidy -diff\n" + _TIDY + "Uploading artifacts...\nWARNING: Uploading artifacts as \"archive\" to "
     "coordinator... 502 Bad Gateway  id=1 responseStatus=502 Bad Gateway status=502\n" + _GL),
    # guard: setup-go's cache restore answered 503 above, the drift is the code's
    ("tidy-diff-after-cache-restore-503", "real",
     "Run actions/setup-go@v5\n##[warning]Failed to restore: Cache service responded with 503\n"
     "Run go mod tidy -diff\n" + _TIDY + _GHA),
    # ================================================================== linter-config-not-loadable
    # guard: a --config path the repository lacks, no fetch anywhere
    ("golangci-config-missing-no-fetch", "real",
     "Run golangci-lint run --config build/golangci.yml\n"
     "Error: can't load config: can't read viper config: open build/golangci.yml: no such file or directory\n" + _GHA),
    # guard: a download above that went through; the config path is still wrong
    ("golangci-config-missing-after-install", "real",
     "Run go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.1.6\n"
     "go: downloading github.com/golangci/golangci-lint/v2 v2.1.6\n"
     "Run golangci-lint run --config build/golangci.yml\n"
     "Error: can't load config: can't read viper config: open build/golangci.yml: no such file or directory\n" + _GHA),
    # guard: the shared config's URL answered 404 (a path that does not exist)
    ("golangci-config-fetch-404-missing", "real",
     "Run curl -sSfL https://raw.githubusercontent.com/acme/ci-config/main/.golangci.yaml -o .golangci.yml || true\n"
     "curl: (22) The requested URL returned error: 404\n"
     "Run golangci-lint run --config .golangci.yml\n"
     "Error: can't load config: can't read viper config: open .golangci.yml: no such file or directory\n" + _GHA),
    # guard: a config that does not parse
    ("golangci-config-yaml-error", "real",
     "Run golangci-lint run\nError: can't load config: can't read viper config: While parsing config: yaml: line 12: "
     "found character that cannot start any token\n" + _GHA),
    # guard: a v1 config under v2 after the action's binary download retried past a 502
    ("golangci-config-version-after-download-retry", "real",
     "Run golangci/golangci-lint-action@v8\nInstalling golangci-lint binary v2.1.6...\n"
     "##[warning]Failed to download: Unexpected HTTP response: 502. Retrying in 10 seconds...\n"
     "Installed golangci-lint into /home/runner/golangci-lint-2.1.6-linux-amd64/golangci-lint in 14012ms\n"
     "Running [/home/runner/golangci-lint-2.1.6-linux-amd64/golangci-lint run] in [/home/runner/work/shop/shop] ...\n"
     "Error: can't load config: unsupported version of the configuration: \"\" See "
     "https://golangci-lint.run/docs/product/migration-guide for migration instructions\n"
     "Error: golangci-lint exit with code 3\n"),
    # guard: the config error, then the post step's cache 503
    ("golangci-config-version-then-post-cache-503", "real",
     "Run golangci-lint run\nError: can't load config: unsupported version of the configuration: \"\" See "
     "https://golangci-lint.run/docs/product/migration-guide for migration instructions\n" + _GHA +
     "Post job cleanup.\n##[warning]Failed to save: Cache service responded with 503\n"),
    # guard: an application's own words in a failing test
    ("app-cant-load-config-in-go-test", "real",
     "Run go test ./...\n--- FAIL: TestBoot (0.01s)\n    boot_test.go:22: boot: can't load config: missing field \"port\"\n"
     "FAIL\nFAIL\texample.org/shop/boot\t0.02s\n" + _GHA),
    # guard: an application's config server not answering in time
    ("app-cant-load-config-consul-timeout", "transient",
     "Run ./bin/migrate up\n2026/02/01 10:00:01 can't load config: Get \"https://consul.example.net/v1/kv/shop\": "
     "context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n" + _GHA),
    # ================================================================== unused-dependency-checker-finding
    # under a make rule whose failure make ignored; the next rule met the index's DNS failure
    ("machete-make-ignored-then-index-dns", "transient",
     "$ make lint\ncargo machete\n" + _MACHETE + "make: [Makefile:9: lint] Error 1 (ignored)\ncargo test\n" + _INDEX_DNS
     + "make: *** [Makefile:12: lint] Error 101\n" + _GL),
    # guard: run with || true, the next step met the index's DNS failure
    ("machete-or-true-then-index-dns", "transient",
     "Run cargo machete || true\n" + _MACHETE + "Run cargo test --locked\n" + _INDEX_DNS + _GHA101),
    # guard: run with || echo (a warning only), the next step's crate download timed out
    ("machete-or-echo-then-download-timeout", "transient",
     "Run cargo machete || echo \"::warning::unused dependencies (non-blocking)\"\n" + _MACHETE +
     "::warning::unused dependencies (non-blocking)\nRun cargo fetch --locked\n"
     "error: failed to download from `https://static.crates.io/crates/serde/1.0.210/download`\n\nCaused by:\n"
     "  [28] Timeout was reached (Operation timed out after 30001 milliseconds with 0 bytes received)\n" + _GHA101),
    # guard: the finding failed the step; the post step's cache 503 came after
    ("machete-then-post-step-cache-503", "real",
     "Run cargo machete\n" + _MACHETE + _GHA + "Post job cleanup.\n##[warning]Failed to save: Cache service responded with 503\n"),
    # guard: the finding, then an always-run notification whose DNS failed
    ("machete-then-notify-dns", "real",
     "Run cargo machete\n" + _MACHETE + _GHA + "Run ./ci/notify-slack.sh\ncurl: (6) Could not resolve host: hooks.slack.com\n"),
    # guard: the install retried past a spurious network error, the finding is the manifest's
    ("machete-after-install-retry", "real",
     "Run cargo install cargo-machete --locked\nwarning: spurious network error (3 tries remaining): [28] Timeout was "
     "reached\n  Installed package `cargo-machete v0.8.0` (executable `cargo-machete`)\nRun cargo machete\n" + _MACHETE + _GHA),
    # guard: a test of the tool's own report text failing on its assertion
    ("machete-report-in-rust-test", "real",
     "Run cargo test\n---- printers::tests::stdout_report stdout ----\n"
     "thread 'printers::tests::stdout_report' panicked at src/printers/stdout.rs:80:5:\n"
     "assertion `left == right` failed\n"
     "  left: \"cargo-machete found the following unused dependencies in .:\\n\"\n"
     " right: \"cargo-machete found the following unused dependencies in this directory:\\n\"\n"
     "test result: FAILED. 40 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.1s\n" + _GHA101),
    # ================================================================== schema-catalog-fetch-not-answered
    # guard: a catalogue URL that does not exist (404) is the configuration's
    ("taplo-catalog-404", "real",
     "Run taplo lint --schema-catalog https://www.schemastore.org/api/json/catlog.json\n"
     "ERROR operation failed error=failed to load schema catalog: HTTP status client error (404 Not Found) for url "
     "(https://www.schemastore.org/api/json/catlog.json)\n" + _GHA),
    # guard: the schema store not answering, in two of reqwest's wordings
    ("taplo-catalog-operation-timed-out", "transient",
     "Run taplo lint --default-schema-catalogs\n" + _TAPLO +
     "(https://www.schemastore.org/api/json/catalog.json): operation timed out\n" + _GHA),
    ("taplo-catalog-connect-timed-out", "transient",
     "Run taplo lint --default-schema-catalogs\n" + _TAPLO + "(https://www.schemastore.org/api/json/catalog.json): "
     "error trying to connect: tcp connect error: Connection timed out (os error 110)\n" + _GHA),
    # guard: a Rust test quoting the message as a compared value
    ("taplo-catalog-message-in-rust-test", "real",
     "Run cargo test\n---- lint::tests::catalog_error stdout ----\n"
     "thread 'lint::tests::catalog_error' panicked at src/lint.rs:99:5:\nassertion `left == right` failed\n"
     "  left: \"failed to load schema catalog: error sending request for url (http://10.9.9.9/c.json)\"\n"
     " right: \"failed to load schema catalog\"\n"
     "test result: FAILED. 40 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.1s\n" + _GHA101),
    # ================================================================== golangci-lint's --timeout beside a starved runner
    ("golangci-timeout-runner-lost", "transient",
     _GL_RUN + _GL_TIMEOUT + "##[error]The hosted runner: GitHub Actions 12 lost communication with the server. Anything "
     "in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can "
     "cause this error.\n"),
    ("golangci-timeout-runner-disconnect", "transient",
     _GL_RUN + _GL_TIMEOUT + "##[error]The hosted runner encountered an error while running your job. "
     "(Error Type: Disconnect).\n"),
    ("golangci-timeout-shutdown-signal", "transient",
     _GL_RUN + _GL_TIMEOUT + "##[error]The runner has received a shutdown signal. This can happen when the runner "
     "service is stopped, or a manually started runner is canceled.\n"),
    ("golangci-timeout-dmesg-oom-kill", "transient",
     "$ golangci-lint run --timeout=5m ./...\n" + _GL_TIMEOUT + "$ dmesg | tail -n 2\n[ 912.31] Out of memory: Killed "
     "process 4121 (golangci-lint) total-vm:9123456kB, anon-rss:7012345kB\n" + _GL),
    ("golangci-timeout-pod-oomkilled", "transient",
     "$ golangci-lint run --timeout=5m ./...\n" + _GL_TIMEOUT + "ERROR: Job failed (system failure): pod "
     "\"ci/runner-x1y2-project-9-concurrent-0\" status is \"Failed\", reason \"OOMKilled\"\n"),
    ("golangci-timeout-circleci-out-of-memory", "transient",
     "#!/bin/bash -eo pipefail\ngolangci-lint run --timeout=5m ./...\n" + _GL_TIMEOUT + "\nExited with code exit status 4\n"
     "The build was killed because it ran out of memory. Consider using a larger resource class.\n"),
    # (dev34) the runtime out of memory reads lightly now (runtime-own-memory-limit: unknown where nothing else speaks)
    ("golangci-runtime-out-of-memory", "unknown",
     _GL_RUN + "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x1a2b3c4?, 0x0?})\n" + _GHA),
    # guard: a Go test's golden output holding the message, failing on the code
    ("golangci-timeout-message-in-golden-test", "real",
     "Run go test ./...\n--- FAIL: TestGolden (0.00s)\n    golden_test.go:30: output mismatch:\n"
     "        level=error msg=\"Timeout exceeded: try increasing it by passing --timeout option\"\n"
     "FAIL\nFAIL\texample.org/ci/report\t0.01s\n" + _GHA),
    # ================================================================== cargo-audit's lock
    # guard: the lock was waited out, then the fetch itself was reset: the network's
    ("cargo-audit-lock-waited-then-reset", "transient",
     _AUDIT + "warning: directory /cache/cargo/advisory-db is locked, waiting for up to 300 seconds for it to become "
     "available\nerror: couldn't fetch advisory database: git operation failed: failed to fetch: network error: "
     "Connection reset by peer (os error 104)\n" + _GL),
]

# (id, log): a failure that may as well be the job's own: no rerun proposed with confidence
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the catalogue on the job's own loopback server, spelt 0.0.0.0, the long IPv6 form, ip6-localhost, 127.0.0.1
    ("taplo-catalog-0-0-0-0-refused",
     "Run taplo lint --schema-catalog http://0.0.0.0:8099/catalog.json\n" + _TAPLO +
     "(http://0.0.0.0:8099/catalog.json): error trying to connect: tcp connect error: Connection refused (os error 111)\n"
     + _GHA),
    ("taplo-catalog-long-ipv6-loopback-refused",
     "Run taplo lint --schema-catalog http://[0:0:0:0:0:0:0:1]:8099/catalog.json\n" + _TAPLO +
     "(http://[0:0:0:0:0:0:0:1]:8099/catalog.json): error trying to connect: tcp connect error: Connection refused "
     "(os error 111)\n" + _GHA),
    ("taplo-catalog-ip6-localhost-refused",
     "Run taplo lint --schema-catalog http://ip6-localhost:8099/catalog.json\n" + _TAPLO +
     "(http://ip6-localhost:8099/catalog.json): error trying to connect: tcp connect error: Connection refused "
     "(os error 111)\n" + _GHA),
    ("taplo-catalog-own-http-server-refused",
     "Run python -m http.server 8099 --directory schemas &\nRun taplo lint --schema-catalog http://127.0.0.1:8099/catalog.json\n"
     + _TAPLO + "(http://127.0.0.1:8099/catalog.json): error trying to connect: tcp connect error: Connection refused "
     "(os error 111)\n" + _GHA),
    # cargo-deny's advisory database locked by another job sharing the cache, or a stale lock file
    ("cargo-deny-db-lock",
     "$ cargo deny check advisories\n2026-01-01 [ERROR] failed to fetch advisory database "
     "https://github.com/RustSec/advisory-db: unable to acquire filesystem lock\n" + _GL),
]

# (id, log): a golangci-lint config an earlier step was to fetch and did not get (the step went on past the failed
# fetch): a missing file downstream of that outage, not surely the repository's configuration
NOT_REAL: list[tuple[str, str]] = [
    ("golangci-config-fetch-503-or-warn-missing",
     "Run curl -sSfL https://raw.githubusercontent.com/acme/ci-config/main/.golangci.yml -o .golangci.yml || echo "
     "\"::warning::shared lint config not fetched\"\n"
     "curl: (22) The requested URL returned error: 503\n::warning::shared lint config not fetched\n"
     "Run golangci-lint run --config .golangci.yml\n"
     "Error: can't load config: can't read viper config: open .golangci.yml: no such file or directory\n" + _GHA),
    ("golangci-config-fetch-dns-or-true-missing",
     "$ wget -q -O .golangci.yml https://config.example.net/lint/golangci.yml || true\n"
     "wget: unable to resolve host address 'config.example.net'\n$ golangci-lint run --config .golangci.yml\n"
     "Error: can't load config: can't read viper config: open .golangci.yml: no such file or directory\n" + _GL),
    ("golangci-config-fetch-timeout-viper-not-found",
     "Run curl -sSL https://lint.example.org/shared/golangci.yml -o ci/golangci.yml || true\n"
     "curl: (28) Failed to connect to lint.example.org port 443 after 130001 ms: Connection timed out\n"
     "Run golangci-lint run -c ci/golangci.yml ./...\n"
     "Error: can't load config: can't read viper config: Config File \"golangci\" Not Found in "
     "\"[/home/runner/work/shop/shop/ci]\"\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_rust_go_check_near_misses_read_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_own_loopback_catalogue_and_locked_db_are_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_linter_config_a_failed_fetch_never_delivered_is_not_real(log):
    v = judge(log)
    assert v.verdict != "real", v.rationale


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, NOT_REAL)
