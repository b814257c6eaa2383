"""Eighteenth round, tool sources: the quality checks Rust and Go projects run in CI besides the compilers.

Covered, Rust: rustfmt under ``cargo fmt --check`` (its diff header and its internal errors under
``error_on_line_overflow``), rustdoc under ``-D warnings`` (broken intra-doc links, missing docs) and
``cargo doc``'s "could not document", cargo-semver-checks (a failed lint and the major-bump summary, a
baseline it could not find or fetch), cargo-udeps and cargo-machete (unused dependencies),
cargo-hack's feature powerset, cargo-deny's bans/licences/advisories checks, cargo-audit (findings,
denied warnings, an advisory database it could not fetch or could not parse, a lock held by another
job), taplo's format check, its lint and its schema catalogue, typos, maturin's manylinux audit,
cargo-make's "Error while executing command", rustup (a component a nightly lacks, a toolchain that is
not installed, a component download broken by the network) and MSRV checks (cargo's "requires rustc
... or newer"). Go: gofmt/goimports/gofumpt ``-l``/``-d`` listings behind a failing test, golangci-lint's
own machinery (its timeout, "no go files to analyze", "can't load config", a configuration of the
wrong version or with invalid elements, unknown linters, its issue summary, a module download outage
while loading packages), ``go mod tidy`` drift (``updates to go.mod needed``, ``git diff
--exit-code``, ``go mod tidy -diff``), ``go generate``/mockgen drift and mockgen's loading failures,
``go vet`` and buf lint/breaking findings. Plain compiler errors, clippy, go vet's basic form,
govulncheck's and cargo-audit's basic findings and outages are in test_tool_sources_lint.py and
test_tool_sources_scanners_forge_api.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file):
rust-lang/rustfmt, obi1kenobi/cargo-semver-checks, est31/cargo-udeps, bnjbvr/cargo-machete,
taiki-e/cargo-hack, rustsec/rustsec (cargo-audit), tamasfe/taplo, crate-ci/typos, PyO3/maturin,
sagiegurari/cargo-make, rust-lang/rustup, golangci/golangci-lint, mvdan/gofumpt, uber-go/mock. The
wordings of rustdoc and cargo (rust-lang/rust, rust-lang/cargo), of the go command (golang/go), of
cargo-deny (EmbarkStudios/cargo-deny) and of buf (bufbuild/buf) rest on their documented messages and
on public logs quoting them rather than on source read here. Hosts, crates, modules and paths are made
up; no project's CI log is copied.

The rules the cases hold:
  * a finding about the code or its manifests (formatting, docs, a semver break, an unused dependency,
    a feature combination that does not build, a denied licence/duplicate/advisory, spelling, a wheel
    that is not manylinux compliant, a lint, go.mod/go.sum or generated code out of date, a dependency
    that needs a newer rustc than the MSRV job's) -> real; the same on every run until the code changes;
  * a persistent cause in the tool's own set-up (a configuration of the wrong version, unknown linters,
    no Go files, a component that a pinned nightly does not ship, a toolchain not installed, a crate not
    published, an advisory database the tool is too old to parse) -> real;
  * the network failing under the tool (the advisory database's git fetch, a registry index or the
    schema catalogue not answering, a rustup component download reset, the module proxy answering 5xx
    while golangci-lint or mockgen loads packages) -> transient;
  * golangci-lint's own ``--timeout`` (a limit the project set: slow because of the code or because the
    host was slow), and the advisory database locked by another job sharing the cache -> not surely
    transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_GHA101 = "##[error]Process completed with exit code 101.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_AUDIT = ("$ cargo audit\n"
          "    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`\n")
_GOLANGCI = "Run golangci-lint run --timeout=5m ./...\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== rustfmt
    # rust-lang/rustfmt src/emitter/diff.rs ("Diff in {}:{}:"), two files of a workspace under GitLab
    ("rustfmt-check-workspace-two-files", "real",
     "$ cargo fmt --all -- --check\n"
     "Diff in /builds/grp/parcel/crates/parcel-core/src/lib.rs:41:\n"
     "     pub fn open(path: &Path) -> Result<Store> {\n"
     "-        let f = File::open(path)?; Ok(Store{f})\n"
     "+        let f = File::open(path)?;\n"
     "+        Ok(Store { f })\n"
     "Diff in /builds/grp/parcel/crates/parcel-cli/src/main.rs:7:\n"
     "-use parcel_core::{Store,Error};\n"
     "+use parcel_core::{Error, Store};\n" + _GL),
    # rust-lang/rustfmt src/lib.rs (ErrorKind::TrailingWhitespace "left behind trailing whitespace",
    # reported as error[internal] under error_on_unformatted)
    ("rustfmt-left-behind-trailing-whitespace", "real",
     "Run cargo fmt --all --check\n"
     "error[internal]: left behind trailing whitespace\n"
     " --> /home/runner/work/parcel/parcel/src/codec.rs:118:118:61\n"
     "    |\n"
     "118 |         let header = format!(\"{}{}\", prefix,  \n"
     "    |                                                             ^\n"
     "    |\n"
     "warning: rustfmt has failed to format. See previous 1 errors.\n" + _GHA),
    # rust-lang/rustfmt src/lib.rs (ErrorKind::LineOverflow "line formatted, but exceeded maximum width")
    ("rustfmt-line-overflow-error", "real",
     "Run cargo fmt --all --check -- --config error_on_line_overflow=true\n"
     "error[internal]: line formatted, but exceeded maximum width (maximum: 100 (see `max_width` option), "
     "found: 112)\n"
     "  --> /home/runner/work/parcel/parcel/src/route.rs:52:52:101\n"
     "warning: rustfmt has failed to format. See previous 1 errors.\n" + _GHA),
    # ================================================================== rustdoc / cargo doc
    # rust-lang/rust src/librustdoc/passes/collect_intra_doc_links.rs ("unresolved link to `{}`"), the
    # lint denied by RUSTDOCFLAGS="-D warnings" (documented wording)
    ("rustdoc-unresolved-link-denied", "real",
     "Run cargo doc --no-deps --all-features\n"
     " Documenting parcel-core v0.9.2 (/home/runner/work/parcel/parcel/crates/parcel-core)\n"
     "error: unresolved link to `Store::open_with`\n"
     "  --> crates/parcel-core/src/lib.rs:12:15\n"
     "   |\n"
     "12 | /// See [`Store::open_with`] for options.\n"
     "   |          ^^^^^^^^^^^^^^^^^^ the struct `Store` has no field or associated item named `open_with`\n"
     "   = note: `-D rustdoc::broken-intra-doc-links` implied by `-D warnings`\n"
     "error: could not document `parcel-core`\n" + _GHA101),
    # rust-lang/rust compiler/rustc_lint/src/builtin.rs ("missing documentation for {} {}"), denied by the crate
    ("rustdoc-missing-docs-denied", "real",
     "$ cargo doc --workspace --no-deps\n"
     " Documenting ledgerlite v0.3.0 (/home/circleci/project)\n"
     "error: missing documentation for a function\n"
     "  --> src/entry.rs:88:5\n"
     "   |\n"
     "88 |     pub fn balance(&self) -> i64 {\n"
     "   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
     "note: the lint level is defined here\n"
     " --> src/lib.rs:1:9\n"
     "  |\n"
     "1 | #![deny(missing_docs)]\n"
     "error: could not document `ledgerlite`\n" + _CIRCLE),
    # rust-lang/rust (rustdoc::private_intra_doc_links) under RUSTDOCFLAGS=-Dwarnings, docs.rs-style job
    ("rustdoc-private-intra-doc-link", "real",
     "+ RUSTDOCFLAGS=\"-Dwarnings --cfg docsrs\" cargo +nightly doc --all-features --no-deps\n"
     " Documenting wirepack v2.1.0 (/home/runner/work/wirepack/wirepack)\n"
     "error: public documentation for `encode` links to private item `Frame`\n"
     "  --> src/lib.rs:30:22\n"
     "   = note: this link will resolve properly if you pass `--document-private-items`\n"
     "   = note: `-D rustdoc::private-intra-doc-links` implied by `-D warnings`\n"
     "error: could not document `wirepack`\n" + _GHA101),
    # ================================================================== cargo-semver-checks
    # obi1kenobi/cargo-semver-checks src/check_release.rs ("--- failure {}: {} ---", "Summary semver
    # requires new {} version: {} major and {} minor checks failed")
    ("semver-checks-major-required", "real",
     "Run cargo semver-checks check-release --package wirepack\n"
     "    Building wirepack v2.1.0 (current)\n"
     "       Built [   6.120s] (current)\n"
     "     Parsing wirepack v2.1.0 (current)\n"
     "    Checking wirepack v2.0.4 -> v2.1.0 (minor change)\n"
     "     Checked [   0.042s] 118 checks: 117 pass, 1 fail, 0 warn, 2 skip\n"
     "\n--- failure function_missing: pub fn removed or renamed ---\n\n"
     "Description:\n"
     "A publicly-visible function cannot be imported by its prior path.\n"
     "Failed in:\n"
     "  function wirepack::encode_frame, previously in file src/lib.rs:44\n\n"
     "     Summary semver requires new major version: 1 major and 0 minor checks failed\n" + _GHA),
    ("semver-checks-minor-required-gitlab", "real",
     "$ cargo semver-checks --baseline-rev origin/main\n"
     "     Checked [   0.031s] 118 checks: 117 pass, 1 fail, 0 warn, 2 skip\n"
     "\n--- failure enum_variant_added: enum variant added on exhaustive enum ---\n\n"
     "Failed in:\n"
     "  variant Mode:Streaming in src/mode.rs:9\n\n"
     "     Summary semver requires new major version: 1 major and 0 minor checks failed\n" + _GL),
    # obi1kenobi/cargo-semver-checks src/rustdoc_gen.rs ("{} not found in registry (crates.io). For
    # workarounds check ..."): a crate never published has no baseline
    ("semver-checks-crate-not-in-registry", "real",
     "Run cargo semver-checks check-release\n"
     "error: ledger-fresh not found in registry (crates.io). For workarounds check "
     "https://github.com/obi1kenobi/cargo-semver-checks#does-the-crate-im-checking-have-to-be-published-on-cratesio\n"
     + _GHA),
    # src/rustdoc_gen.rs ("failed to retrieve index of crate versions from registry") over the sparse
    # index's HTTP client timing out
    ("semver-checks-registry-index-timeout", "transient",
     "Run cargo semver-checks check-release --package wirepack\n"
     "error: failed to retrieve index of crate versions from registry\n\n"
     "Caused by:\n"
     "    0: failed to read index metadata for crate 'wirepack'\n"
     "    1: error sending request for url (https://index.crates.io/wi/re/wirepack): operation timed out\n"
     + _GHA),
    # ================================================================== unused dependencies
    # bnjbvr/cargo-machete src/printers/stdout.rs ("cargo-machete found the following unused dependencies
    # in {location}:")
    ("cargo-machete-unused", "real",
     "Run cargo machete\n"
     "Analyzing dependencies of crates in this directory...\n"
     "cargo-machete found the following unused dependencies in this directory:\n"
     "parcel-cli -- ./crates/parcel-cli/Cargo.toml:\n"
     "\tonce_cell\n"
     "\titertools\n\n"
     "If you believe cargo-machete has detected an unused dependency incorrectly, you can add the dependency "
     "to the list of dependencies to ignore in the `[package.metadata.cargo-machete]` section of the "
     "appropriate Cargo.toml.\n"
     "Done!\n" + _GHA),
    # est31/cargo-udeps src/lib.rs ("unused dependencies:", "Note: They might be false-positive.")
    ("cargo-udeps-unused", "real",
     "$ cargo +nightly udeps --all-targets\n"
     "    Checking parcel-core v0.9.2 (/home/circleci/project/crates/parcel-core)\n"
     "    Finished dev [unoptimized + debuginfo] target(s) in 41.02s\n"
     "info: Loading save analysis from \"/home/circleci/project/target/debug/deps/save-analysis\"\n"
     "unused dependencies:\n"
     "`parcel-core v0.9.2 (/home/circleci/project/crates/parcel-core)`\n"
     "└─── dependencies\n"
     "     └─── \"bytes\"\n"
     "Note: They might be false-positive.\n"
     "      For example, `cargo-udeps` cannot detect usage of crates that are only used in doc-tests.\n"
     + _CIRCLE),
    # ================================================================== cargo-hack
    # taiki-e/cargo-hack src/main.rs ("running {line}" progress) and cargo's compile error for one
    # feature combination
    ("cargo-hack-powerset-feature-combo", "real",
     "Run cargo hack check --feature-powerset --no-dev-deps\n"
     "info: running `cargo check --no-default-features --features tls` on wirepack (5/16)\n"
     "    Checking wirepack v2.1.0 (/home/runner/work/wirepack/wirepack)\n"
     "error[E0433]: failed to resolve: use of undeclared crate or module `tokio`\n"
     "  --> src/tls.rs:4:5\n"
     "error: could not compile `wirepack` (lib) due to 1 previous error\n"
     "error: process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/"
     "bin/cargo check --manifest-path Cargo.toml --no-default-features --features tls` (exit status: 101)\n"
     + _GHA101),
    # src/main.rs KeepGoing ("failed to run {} commands", "failed commands:")
    ("cargo-hack-keep-going-summary", "real",
     "Run cargo hack check --each-feature --keep-going\n"
     "error[E0425]: cannot find function `decode_gzip` in this scope\n"
     "  --> src/codec.rs:77:9\n"
     "error: could not compile `wirepack` (lib) due to 1 previous error\n"
     "error: failed to run 2 commands\n\n"
     "failed commands:\n"
     "    wirepack:\n"
     "        `cargo check --manifest-path Cargo.toml --no-default-features --features gzip`\n"
     + _GHA101),
    # ================================================================== cargo-deny
    # EmbarkStudios/cargo-deny (documented diagnostics "error[duplicate]", "error[banned]" and the summary)
    ("cargo-deny-bans-duplicate", "real",
     "Run cargo deny --all-features check bans\n"
     "error[duplicate]: found 2 duplicate entries for crate 'syn'\n"
     "   ┌─ /home/runner/work/parcel/parcel/Cargo.lock:120:1\n"
     "    │\n"
     "120 │ ╭ syn 1.0.109 registry+https://github.com/rust-lang/crates.io-index\n"
     "121 │ │ syn 2.0.60 registry+https://github.com/rust-lang/crates.io-index\n"
     "bans FAILED\n" + _GHA),
    ("cargo-deny-license-unlicensed", "real",
     "$ cargo deny check licenses\n"
     "error[unlicensed]: ledger-fmt = 0.2.1 is unlicensed\n"
     "  ┌─ registry+https://github.com/rust-lang/crates.io-index#ledger-fmt@0.2.1:2:9\n"
     "  │\n"
     "2 │ name = \"ledger-fmt\"\n"
     "  │         ━━━━━━━━━━ a valid license expression could not be retrieved for the crate\n"
     "licenses FAILED\n" + _GL),
    ("cargo-deny-advisory-unmaintained", "real",
     "Run cargo deny check advisories\n"
     "error[unmaintained]: tiny-keyring is unmaintained\n"
     "   ┌─ /home/runner/work/parcel/parcel/Cargo.lock:201:1\n"
     "   ├ ID: RUSTSEC-2025-0101\n"
     "   ├ Advisory: https://rustsec.org/advisories/RUSTSEC-2025-0101\n"
     "advisories FAILED\n" + _GHA),
    # cargo-deny fetching the advisory database with its git backend and the connection dropping
    ("cargo-deny-db-fetch-reset", "transient",
     "Run cargo deny check advisories\n"
     "2026-03-02 08:14:55 [ERROR] failed to fetch advisory database https://github.com/rustsec/advisory-db: "
     "An IO error occurred when talking to the server: Connection reset by peer (os error 104)\n" + _GHA),
    # ================================================================== cargo-audit
    # rustsec/rustsec cargo-audit/src/auditor.rs ("couldn't fetch advisory database: {}" with the
    # rustsec Error's kind "git operation failed"), a DNS failure underneath
    ("cargo-audit-db-fetch-dns", "transient",
     _AUDIT +
     "error: couldn't fetch advisory database: git operation failed: failed to resolve address for github.com: "
     "Temporary failure in name resolution; class=Net (12)\n" + _CIRCLE),
    ("cargo-audit-db-fetch-503-gitlab", "transient",
     _AUDIT +
     "error: couldn't fetch advisory database: git operation failed: unexpected http status code: 503; "
     "class=Http (34)\n" + _GL),
    # cargo-audit/src/auditor.rs ("error loading advisory database: {}" with "parse error"): an advisory
    # newer than the installed cargo-audit understands (a CVSS version it cannot parse)
    ("cargo-audit-db-parse-error", "real",
     _AUDIT +
     "      Loaded 731 security advisories (from /home/runner/.cargo/advisory-db)\n"
     "error: error loading advisory database: parse error: error parsing "
     "/home/runner/.cargo/advisory-db/crates/tiny-http-lite/RUSTSEC-2025-0042.md: unsupported CVSS version: 4.0\n"
     + _GHA),
    # cargo-audit/src/presenter.rs ("{} denied {} found!"): yanked/unmaintained warnings under --deny warnings
    ("cargo-audit-denied-warnings", "real",
     _AUDIT +
     "      Loaded 731 security advisories (from /home/runner/.cargo/advisory-db)\n"
     "    Scanning Cargo.lock for vulnerabilities (188 crate dependencies)\n"
     "Crate:     tiny-keyring\n"
     "Version:   0.4.0\n"
     "Warning:   unmaintained\n"
     "Crate:     ledger-fmt\n"
     "Version:   0.2.1\n"
     "Warning:   yanked\n"
     "error: 2 denied warnings found!\n" + _GHA),
    # cargo-audit/src/presenter.rs ("1 vulnerability found!") under GitLab
    ("cargo-audit-one-vulnerability-gitlab", "real",
     _AUDIT +
     "      Loaded 731 security advisories (from /root/.cargo/advisory-db)\n"
     "    Scanning Cargo.lock for vulnerabilities (188 crate dependencies)\n"
     "Crate:     tiny-http-lite\n"
     "Version:   0.6.2\n"
     "Title:     Unbounded header allocation\n"
     "ID:        RUSTSEC-2025-0042\n"
     "Solution:  Upgrade to >=0.6.3\n"
     "error: 1 vulnerability found!\n" + _GL),
    # ================================================================== taplo
    # tamasfe/taplo crates/taplo-cli/src/commands/format.rs ("the file is not properly formatted", "some
    # files were not properly formatted") and bin/taplo.rs ("operation failed")
    ("taplo-fmt-check", "real",
     "Run taplo fmt --check\n"
     " INFO taplo:format_files:collect_files: found files total=14 excluded=0 cwd=\"/home/runner/work/parcel/parcel\"\n"
     "ERROR taplo:format_files: the file is not properly formatted path=\"/home/runner/work/parcel/parcel/Cargo.toml\"\n"
     "ERROR operation failed error=some files were not properly formatted\n" + _GHA),
    # crates/taplo-cli/src/commands/lint.rs ("invalid file") with a schema violation
    ("taplo-lint-invalid-file", "real",
     "$ taplo lint\n"
     "error: \"edition\" is not one of [\"2015\",\"2018\",\"2021\",\"2024\"]\n"
     "  ┌─ /builds/grp/parcel/crates/parcel-cli/Cargo.toml:4:11\n"
     "  │\n"
     "4 │ edition = \"2023\"\n"
     "ERROR taplo:lint_files: invalid file error=semantic errors found path=\"crates/parcel-cli/Cargo.toml\"\n"
     "ERROR operation failed error=some files were not valid\n" + _GL),
    # crates/taplo-cli/src/commands/lint.rs ("failed to load schema catalog") over the HTTP client's error
    ("taplo-lint-schema-catalog-unreachable", "transient",
     "Run taplo lint --default-schema-catalogs\n"
     "ERROR operation failed error=failed to load schema catalog: error sending request for url "
     "(https://www.schemastore.org/api/json/catalog.json): operation timed out\n" + _GHA),
    # ================================================================== typos
    # crate-ci/typos crates/typos-cli/src/bin/typos-cli/report.rs ("`{}` should be {}")
    ("typos-spelling", "real",
     "Run crate-ci/typos@v1.21.0\n"
     "error: `recieve` should be `receive`\n"
     "  --> ./src/net.rs:22:12\n"
     "   |\n"
     "22 |     pub fn recieve(&mut self) -> Frame {\n"
     "   |            ^^^^^^^\n"
     "   |\n"
     "error: `seperator` should be `separator`\n"
     "  --> ./README.md:40:7\n" + _GHA2),
    # ================================================================== maturin
    # PyO3/maturin src/auditwheel/linux.rs ("Your library is not {0} compliant because of the presence of
    # too-recent versioned symbols: ...") under src/main.rs ("💥 maturin failed")
    ("maturin-manylinux-symbols-too-new", "real",
     "Run maturin build --release --manylinux 2014\n"
     "📦 Including license file \"LICENSE\"\n"
     "🍹 Building a mixed python/rust project\n"
     "    Finished `release` profile [optimized] target(s) in 58.31s\n"
     "💥 maturin failed\n"
     "  Caused by: Failed to ensure manylinux compliance\n"
     "  Caused by: Your library is not manylinux_2_17 compliant because of the presence of too-recent "
     "versioned symbols: [\"libc.so.6 offending versions: GLIBC_2.33\"]. Consider building in a manylinux "
     "docker container\n" + _GHA),
    ("maturin-links-libpython", "real",
     "$ maturin build --release\n"
     "💥 maturin failed\n"
     "  Caused by: Failed to ensure manylinux compliance\n"
     "  Caused by: Your library links libpython (libpython3.12.so.1.0), which libraries must not do. Have you "
     "forgotten to activate the extension-module feature?\n" + _GL),
    # ================================================================== cargo-make
    # sagiegurari/cargo-make src/lib/error.rs ("Error while executing command, exit code: {0}") after a
    # test failure in the task
    ("cargo-make-task-test-failure", "real",
     "Run cargo make ci-flow\n"
     "[cargo-make] INFO - Running Task: test\n"
     "[cargo-make] INFO - Execute Command: \"cargo\" \"test\"\n"
     "test codec::tests::round_trip ... FAILED\n"
     "failures:\n"
     "---- codec::tests::round_trip stdout ----\n"
     "thread 'codec::tests::round_trip' panicked at src/codec.rs:140:9:\n"
     "assertion `left == right` failed\n"
     "test result: FAILED. 41 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.21s\n"
     "error: test failed, to rerun pass `--lib`\n"
     "[cargo-make] ERROR - Error while executing command, exit code: 101\n"
     "[cargo-make] WARN - Build Failed.\n" + _GHA),
    ("cargo-make-fmt-check", "real",
     "$ cargo make check-format\n"
     "[cargo-make] INFO - Running Task: check-format\n"
     "[cargo-make] INFO - Execute Command: \"cargo\" \"fmt\" \"--\" \"--check\"\n"
     "Diff in /builds/grp/parcel/src/lib.rs:3:\n"
     "-use std::{io,fs};\n"
     "+use std::{fs, io};\n"
     "[cargo-make] ERROR - Error while executing command, exit code: 1\n"
     "[cargo-make] WARN - Build Failed.\n" + _GL),
    # ================================================================== rustup
    # rust-lang/rustup src/errors.rs (component_unavailable_msg "component {} is unavailable for download
    # for channel '{}'" and NIGHTLY_COMPONENT_NOTE): a pinned nightly without the component
    ("rustup-component-unavailable-pinned-nightly", "real",
     "Run rustup toolchain install nightly-2026-02-11 --component clippy,miri --profile minimal\n"
     "info: syncing channel updates for 'nightly-2026-02-11-x86_64-unknown-linux-gnu'\n"
     "info: latest update on 2026-02-11, rust version 1.95.0-nightly (0a1b2c3d4 2026-02-10)\n"
     "error: component 'miri' for target 'x86_64-unknown-linux-gnu' is unavailable for download for channel "
     "'nightly-2026-02-11'\n"
     "note: sometimes not all components are available in any given nightly\n" + _GHA),
    # src/errors.rs ("toolchain '{name}' is not installed", "help: run `rustup toolchain install` ...")
    ("rustup-toolchain-not-installed", "real",
     "$ cargo +1.74.0 check --locked\n"
     "error: toolchain '1.74.0-x86_64-unknown-linux-gnu' is not installed\n"
     "help: run `rustup toolchain install 1.74.0-x86_64-unknown-linux-gnu` to install it\n" + _CIRCLE),
    # src/errors.rs ("component download failed for {0}" over "could not download file from '{url}' to ...")
    ("rustup-component-download-reset", "transient",
     "Run rustup component add rustfmt clippy\n"
     "info: downloading component 'clippy'\n"
     "info: retrying download for 'https://static.rust-lang.org/dist/2026-02-27/clippy-1.94.0-x86_64-unknown-"
     "linux-gnu.tar.xz'\n"
     "error: component download failed for clippy-x86_64-unknown-linux-gnu: could not download file from "
     "'https://static.rust-lang.org/dist/2026-02-27/clippy-1.94.0-x86_64-unknown-linux-gnu.tar.xz' to "
     "'/home/runner/.rustup/downloads/5f0c.partial': error decoding response body: Connection reset by peer "
     "(os error 104)\n" + _GHA),
    # ================================================================== MSRV
    # rust-lang/cargo ("package `{}` cannot be built because it requires rustc {} or newer, while the
    # currently active rustc version is {}"): a dependency newer than the MSRV job's toolchain
    ("msrv-dependency-requires-newer-rustc", "real",
     "Run cargo +1.70 check --locked --all-features\n"
     "  Downloaded clap_builder v4.5.2\n"
     "error: package `clap_builder v4.5.2` cannot be built because it requires rustc 1.74 or newer, while the "
     "currently active rustc version is 1.70.0\n"
     "Either upgrade to rustc 1.74 or newer, or use\n"
     "cargo update clap_builder@4.5.2 --precise ver\n"
     "where `ver` is the latest version of `clap_builder` supporting rustc 1.70.0\n" + _GHA101),
    # rust-lang/cargo (newer wording: "rustc {} is not supported by the following package{}:")
    ("msrv-rustc-not-supported-by-packages", "real",
     "$ cargo +1.72.0 test --locked\n"
     "error: rustc 1.72.0 is not supported by the following packages:\n"
     "  litemap@0.7.5 requires rustc 1.81\n"
     "  zerofrom@0.1.6 requires rustc 1.81\n"
     "Either upgrade rustc or select compatible dependency versions with\n"
     "`cargo update <name>@<current-ver> --precise <compatible-ver>`\n" + _CIRCLE),
    # ================================================================== gofmt / goimports / gofumpt
    # golang/go src/cmd/gofmt (-l prints one file per line) behind the job's own test -z check
    ("gofmt-l-listing-check", "real",
     "Run test -z \"$(gofmt -l .)\" || (gofmt -l . && exit 1)\n"
     "internal/store/db.go\n"
     "cmd/shopd/main.go\n" + _GHA),
    # mvdan/gofumpt gofmt.go (-l prints the filename, -d the diff) in a make target
    ("gofumpt-diff-make", "real",
     "$ make fmt-check\n"
     "gofumpt -l -d .\n"
     "internal/api/handler.go\n"
     "diff internal/api/handler.go.orig internal/api/handler.go\n"
     "--- internal/api/handler.go.orig\n"
     "+++ internal/api/handler.go\n"
     "@@ -10,7 +10,6 @@\n"
     " func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {\n"
     "-\n"
     " \tid := r.PathValue(\"id\")\n"
     "make: *** [Makefile:23: fmt-check] Error 1\n" + _GL),
    # golang.org/x/tools cmd/goimports (-l listing) and the job's echo
    ("goimports-l-listing", "real",
     "Run files=$(goimports -local example.org/shop -l .); if [ -n \"$files\" ]; then echo \"goimports needed "
     "on:\"; echo \"$files\"; exit 1; fi\n"
     "goimports needed on:\n"
     "internal/cart/cart.go\n" + _GHA),
    # ================================================================== golangci-lint
    # golangci/golangci-lint pkg/exitcodes/exitcodes.go ("no go files to analyze", exit code 5)
    ("golangci-no-go-files", "real",
     _GOLANGCI +
     "level=error msg=\"Running error: context loading failed: no go files to analyze: running `go mod tidy` "
     "may solve the problem\"\n"
     "##[error]Process completed with exit code 5.\n"),
    # pkg/config/loader.go ("unsupported version of the configuration: %q See ... migration-guide") under
    # pkg/commands/run.go ("can't load config: %w") and cmd/golangci-lint/main.go
    ("golangci-config-version-unsupported", "real",
     "Run golangci/golangci-lint-action@v8\n"
     "Running [/home/runner/golangci-lint-2.1.6-linux-amd64/golangci-lint config verify] in [/home/runner/work/shop/shop] ...\n"
     "Error: can't load config: unsupported version of the configuration: \"\" See "
     "https://golangci-lint.run/docs/product/migration-guide for migration instructions\n"
     "The command is terminated due to an error: can't load config: unsupported version of the configuration: "
     "\"\" See https://golangci-lint.run/docs/product/migration-guide for migration instructions\n"
     "Error: golangci-lint exit with code 3\n"
     "Ran golangci-lint in 71ms\n"),
    # pkg/lint/lintersdb/validator.go ("unknown linters: '%v', run 'golangci-lint help linters' ...")
    ("golangci-unknown-linters", "real",
     "$ golangci-lint run ./...\n"
     "Error: unknown linters: 'gomnd,exportloopref', run 'golangci-lint help linters' to see the list of "
     "supported linters\n"
     "The command is terminated due to an error: unknown linters: 'gomnd,exportloopref', run 'golangci-lint "
     "help linters' to see the list of supported linters\n" + _GL),
    # pkg/commands/config_verify.go ("jsonschema: %q does not validate with %q: %s", "the configuration
    # contains invalid elements")
    ("golangci-config-invalid-elements", "real",
     "Run golangci-lint config verify\n"
     "jsonschema: \"linters.settings.revive\" does not validate with \"/properties/linters/properties/settings/"
     "properties/revive/additionalProperties\": additional properties 'ignore-generated-headerr' not allowed\n"
     "The command is terminated due to an error: the configuration contains invalid elements\n" + _GHA),
    # pkg/commands/run.go ("%d issues:", "* %s: %d") after the linters' reports
    ("golangci-issues-summary", "real",
     _GOLANGCI +
     "internal/store/db.go:57:12: Error return value of `tx.Rollback` is not checked (errcheck)\n"
     "\ttx.Rollback()\n"
     "\t          ^\n"
     "cmd/shopd/main.go:19:2: ineffectual assignment to err (ineffassign)\n"
     "2 issues:\n"
     "* errcheck: 1\n"
     "* ineffassign: 1\n" + _GHA),
    # pkg/commands/run.go ("context loading failed: %w") over the go command's module download from a
    # proxy answering 502
    ("golangci-loading-proxy-502", "transient",
     _GOLANGCI +
     "level=error msg=\"Running error: context loading failed: failed to load packages: failed to load with "
     "go/packages: err: exit status 1: stderr: go: example.org/metrics@v0.8.1: reading "
     "https://goproxy.example.net/example.org/metrics/@v/v0.8.1.zip: 502 Bad Gateway\\n\"\n"
     "##[error]Process completed with exit code 3.\n"),
    # ================================================================== go mod tidy drift
    # golang/go src/cmd/go/internal/modload ("updates to go.mod needed; to update it:\n\tgo mod tidy")
    ("go-mod-updates-needed", "real",
     "Run go build ./...\n"
     "go: updates to go.mod needed; to update it:\n"
     "\tgo mod tidy\n" + _GHA),
    ("go-mod-updates-needed-readonly", "real",
     "$ make build\n"
     "go build -mod=readonly -o bin/shopd ./cmd/shopd\n"
     "go: updates to go.mod needed, disabled by -mod=readonly\n"
     "make: *** [Makefile:12: build] Error 1\n" + _CIRCLE),
    # the job's own `go mod tidy && git diff --exit-code go.mod go.sum`
    ("go-mod-tidy-git-diff-exit-code", "real",
     "Run go mod tidy && git diff --exit-code go.mod go.sum\n"
     "diff --git a/go.mod b/go.mod\n"
     "index 3f1a2b4..8c9d0e1 100644\n"
     "--- a/go.mod\n"
     "+++ b/go.mod\n"
     "@@ -5,6 +5,5 @@ go 1.22\n"
     " require (\n"
     "-\texample.org/metrics v0.8.1\n"
     " \texample.org/tracing v1.2.0\n" + _GHA),
    # golang/go src/cmd/go/internal/modcmd/tidy.go (-diff: prints the unified diff, exits non-zero)
    ("go-mod-tidy-diff-flag", "real",
     "$ go mod tidy -diff\n"
     "--- current/go.sum\n"
     "+++ tidy/go.sum\n"
     "@@ -12,2 +12,0 @@\n"
     "-example.org/metrics v0.8.0 h1:Qm5rL1xkZ9d1Wc0VtXk1Kc3aFj8Qp5fXh0dQ2xw3s1Y=\n"
     "-example.org/metrics v0.8.0/go.mod h1:7s1gYk2m9b0cV8c8dHq4Z6r0bYl8hV0yWvQ9m0eRZ1k=\n" + _GL),
    # golang/go (go: inconsistent vendoring) after a dependency bump without `go mod vendor`
    ("go-inconsistent-vendoring", "real",
     "Run go test ./...\n"
     "go: inconsistent vendoring in /home/runner/work/shop/shop:\n"
     "\texample.org/metrics@v0.8.1: is explicitly required in go.mod, but vendor/modules.txt indicates "
     "example.org/metrics@v0.8.0\n\n"
     "\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n"
     "\tTo sync the vendor directory, run:\n"
     "\t\tgo mod vendor\n" + _GHA),
    # go mod tidy itself failing on the module proxy (a 503 from the proxy)
    ("go-mod-tidy-proxy-503", "transient",
     "Run go mod tidy && git diff --exit-code\n"
     "go: downloading example.org/tracing v1.2.0\n"
     "go: example.org/shop/internal/trace imports\n"
     "\texample.org/tracing: example.org/tracing@v1.2.0: reading "
     "https://proxy.golang.org/example.org/tracing/@v/v1.2.0.zip: 503 Service Unavailable\n" + _GHA),
    # ================================================================== go generate / mockgen
    # uber-go/mock mockgen/mockgen.go (generated file written) and the job's drift check
    ("go-generate-mock-drift", "real",
     "Run go generate ./... && git diff --exit-code\n"
     "diff --git a/internal/store/mock_store.go b/internal/store/mock_store.go\n"
     "--- a/internal/store/mock_store.go\n"
     "+++ b/internal/store/mock_store.go\n"
     "@@ -61,6 +61,20 @@ func (mr *MockStoreMockRecorder) Get(ctx, id any) *gomock.Call {\n"
     "+// Delete mocks base method.\n"
     "+func (m *MockStore) Delete(ctx context.Context, id string) error {\n" + _GHA),
    # mockgen/mockgen.go ("Loading input failed: %v"): a source file that does not parse
    ("mockgen-loading-input-failed-source", "real",
     "$ go generate ./...\n"
     "2026/03/02 08:14:55 Loading input failed: internal/store/store.go:14:2: expected ';', found Delete\n"
     "internal/store/gen.go:3: running \"mockgen\": exit status 1\n" + _GL),
    # mockgen/mockgen.go ("Loading input failed: %v") over package loading that hit the module proxy's 502
    ("mockgen-loading-input-proxy-502", "transient",
     "Run go generate ./...\n"
     "2026/03/02 08:14:55 Loading input failed: loading package failed: go: example.org/tracing@v1.2.0: "
     "reading https://proxy.golang.org/example.org/tracing/@v/v1.2.0.mod: 502 Bad Gateway\n"
     "internal/store/gen.go:3: running \"mockgen\": exit status 1\n" + _GHA),
    # ================================================================== go vet / buf
    # golang/go src/cmd/vet (analysis passes' diagnostics, "# pkg" header)
    ("go-vet-copylocks", "real",
     "$ go vet ./...\n"
     "# example.org/shop/internal/cart\n"
     "# [example.org/shop/internal/cart]\n"
     "internal/cart/cart.go:31:9: Total passes lock by value: example.org/shop/internal/cart.Cart contains "
     "sync.Mutex\n" + _CIRCLE),
    # bufbuild/buf (documented lint output "path:line:col:message" and breaking's "Previously present field")
    ("buf-lint-field-name", "real",
     "Run buf lint\n"
     "proto/shop/v1/cart.proto:12:3:Field name \"itemCount\" should be lower_snake_case, such as \"item_count\".\n"
     "##[error]Process completed with exit code 100.\n"),
    ("buf-breaking-field-deleted", "real",
     "$ buf breaking --against '.git#branch=main'\n"
     "proto/shop/v1/cart.proto:8:1:Previously present field \"3\" with name \"coupon\" on message \"Cart\" was "
     "deleted.\n" + _GL),
    # ================================================================== more outages under the checks
    # obi1kenobi/cargo-semver-checks src/rustdoc_gen.rs ("failed to retrieve crate data from registry"): the
    # baseline crate's download from the registry's CDN answered 502
    ("semver-checks-baseline-download-502", "transient",
     "Run cargo semver-checks check-release --package wirepack\n"
     "error: failed to retrieve crate data from registry\n\n"
     "Caused by:\n"
     "    failed to download from `https://static.crates.io/crates/wirepack/2.0.4/download`\n"
     "    failed to get successful HTTP response from `https://static.crates.io/crates/wirepack/2.0.4/download` "
     "(18.154.227.12), got 502\n" + _GHA),
    # PyO3/maturin src/upload.rs ("Failed to upload the wheel with status {0}: {1}") under "💥 maturin failed"
    ("maturin-upload-503", "transient",
     "Run maturin upload --skip-existing dist/*\n"
     "🚀 Uploading 4 packages\n"
     "💥 maturin failed\n"
     "  Caused by: 💥 Failed to upload \"dist/wirepack-2.1.0-cp312-cp312-manylinux_2_17_x86_64.whl\" (1.4MB)\n"
     "  Caused by: Failed to upload the wheel with status 503: Service Unavailable\n" + _GHA),
    # sagiegurari/cargo-make (installing a crate a task needs through cargo install) over cargo's download
    # timing out
    ("cargo-make-install-crate-timeout", "transient",
     "$ cargo make ci-flow\n"
     "[cargo-make] INFO - Installing crate: cargo-nextest\n"
     "    Updating crates.io index\n"
     "warning: spurious network error (3 tries remaining): [28] Timeout was reached (Operation timed out after "
     "30000 milliseconds with 0 out of 0 bytes received)\n"
     "error: failed to download from `https://static.crates.io/crates/nextest-runner/0.60.0/download`\n\n"
     "Caused by:\n"
     "  [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 out of 0 bytes received)\n"
     "[cargo-make] ERROR - Error while executing command, exit code: 101\n"
     "[cargo-make] WARN - Build Failed.\n" + _GL),
    # go generate running mockgen through `go run ...@version`, the module proxy's name lookup failing
    ("go-generate-mockgen-proxy-dns", "transient",
     "Run go generate ./...\n"
     "go: go.uber.org/mock/mockgen@v0.5.0: Get \"https://proxy.golang.org/go.uber.org/mock/mockgen/@v/v0.5.0.info\": "
     "dial tcp: lookup proxy.golang.org on 10.1.0.2:53: read udp 10.1.0.7:51234->10.1.0.2:53: i/o timeout\n"
     "internal/store/gen.go:3: running \"go\": exit status 1\n" + _GHA),
    # rust-lang/rustup src/errors.rs ("could not download file from '{url}' to '{}'") with the dist server's 503
    ("rustup-toolchain-install-dist-503", "transient",
     "$ rustup toolchain install 1.74.0 --profile minimal --component rustfmt\n"
     "info: syncing channel updates for '1.74.0-x86_64-unknown-linux-gnu'\n"
     "error: could not download file from 'https://static.rust-lang.org/dist/channel-rust-1.74.0.toml.sha256' to "
     "'/root/.rustup/tmp/kq3x_file': http request returned an unsuccessful status code: 503\n" + _CIRCLE),
    # golang/vuln (govulncheck's client "fetching vulnerabilities: %w") and the connection reset mid-fetch
    ("govulncheck-db-connection-reset-gitlab", "transient",
     "$ govulncheck ./...\n"
     "govulncheck: fetching vulnerabilities: Get \"https://vuln.go.dev/index/modules.json.gz\": read tcp "
     "10.40.3.9:50122->34.110.182.28:443: read: connection reset by peer\n" + _GL),
    # ================================================================== near-misses of the entries above
    # the job's gofmt listing came back empty and the step went on; the module proxy failed the tests' download
    ("near-miss-gofmt-check-run-line-then-proxy-503", "transient",
     "Run test -z \"$(gofmt -l .)\" && go test ./...\n"
     "go: downloading example.org/tracing v1.2.0\n"
     "go: example.org/tracing@v1.2.0: reading https://proxy.golang.org/example.org/tracing/@v/v1.2.0.zip: "
     "503 Service Unavailable\n" + _GHA),
    ("near-miss-gofmt-check-passed-then-proxy-503", "transient",
     "+ test -z \"$(gofmt -l .)\"\n"
     "+ go test ./...\n"
     "go: downloading example.org/tracing v1.2.0\n"
     "go: example.org/tracing@v1.2.0: reading https://proxy.golang.org/example.org/tracing/@v/v1.2.0.zip: "
     "503 Service Unavailable\n" + _GHA),
    # rustup retried a download and went on; the formatting check then failed on the code
    ("near-miss-rustup-retry-then-fmt-diff", "real",
     "Run rustup component add rustfmt && cargo fmt --all --check\n"
     "info: downloading component 'rustfmt'\n"
     "info: retrying download for 'https://static.rust-lang.org/dist/2026-02-27/rustfmt-1.94.0-x86_64-unknown-"
     "linux-gnu.tar.xz'\n"
     "info: installing component 'rustfmt'\n"
     "Diff in /home/runner/work/parcel/parcel/src/lib.rs:88:\n"
     "-    let v=vec![1,2];\n"
     "+    let v = vec![1, 2];\n" + _GHA),
    # ================================================================== near-misses
    # a Rust test ABOUT the advisory fetch failing on its own assertion
    ("near-miss-rust-test-about-db-fetch", "real",
     "Run cargo test --workspace\n"
     "test audit::tests::reports_fetch_failure ... FAILED\n"
     "failures:\n"
     "---- audit::tests::reports_fetch_failure stdout ----\n"
     "thread 'audit::tests::reports_fetch_failure' panicked at src/audit.rs:212:9:\n"
     "assertion `left == right` failed\n"
     "  left: \"couldn't fetch advisory database: git operation failed\"\n"
     " right: \"advisory database unavailable\"\n"
     "test result: FAILED. 63 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.30s\n"
     "error: test failed, to rerun pass `-p shop-audit --lib`\n" + _GHA101),
    # a Go test ABOUT golangci-lint's timeout message failing on the code
    ("near-miss-go-test-about-lint-timeout", "real",
     "Run go test ./...\n"
     "--- FAIL: TestParseLintOutput (0.00s)\n"
     "    parse_test.go:41: want kind \"timeout\" for \"Timeout exceeded: try increasing it by passing --timeout "
     "option\", got \"unknown\"\n"
     "FAIL\n"
     "FAIL\texample.org/ci-report/internal/parse\t0.012s\n" + _GHA),
    # a crate whose NAME mentions the advisory database, failing to compile
    ("near-miss-crate-named-advisory-db", "real",
     "Run cargo build --locked\n"
     "   Compiling advisory-db-sync v0.2.0 (/home/runner/work/shop/shop/tools/advisory-db-sync)\n"
     "error[E0599]: no method named `fetch_timeout` found for struct `Fetcher` in the current scope\n"
     "  --> tools/advisory-db-sync/src/main.rs:30:10\n"
     "error: could not compile `advisory-db-sync` (bin \"advisory-db-sync\") due to 1 previous error\n"
     + _GHA101),
]

# (id, log): printed both when the code or the project's limit is the cause and when the host or a
# neighbour is; a rerun is not surely enough.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # golangci/golangci-lint pkg/commands/run.go ("Timeout exceeded: try increasing it by passing --timeout
    # option"): the project's own --timeout
    ("golangci-timeout-exceeded",
     _GOLANGCI +
     "level=error msg=\"Timeout exceeded: try increasing it by passing --timeout option\"\n"
     "##[error]Process completed with exit code 4.\n"),
    ("golangci-timeout-exceeded-action",
     "Run golangci/golangci-lint-action@v6\n"
     "Running [/home/runner/golangci-lint-1.59.1-linux-amd64/golangci-lint run --out-format=github-actions "
     "--timeout=3m] in [/home/runner/work/shop/shop] ...\n"
     "level=error msg=\"Timeout exceeded: try increasing it by passing --timeout option\"\n"
     "Error: golangci-lint exit with code 4\n"
     "Ran golangci-lint in 180211ms\n"),
    # taplo's schema catalogue served by the job's own loopback server that refused the request
    ("near-miss-taplo-catalog-loopback",
     "Run taplo lint --schema-catalog http://127.0.0.1:8099/catalog.json\n"
     "ERROR operation failed error=failed to load schema catalog: error sending request for url "
     "(http://127.0.0.1:8099/catalog.json): error trying to connect: tcp connect error: Connection refused "
     "(os error 111)\n" + _GHA),
    # rustsec/rustsec cargo-audit/src/auditor.rs ("directory {} is locked, waiting for up to {} seconds for
    # it to become available", then "couldn't fetch advisory database" with "unable to acquire filesystem
    # lock"; the lock error's own text below it, from tame-index, is not read here): another job holds the
    # shared cache, or a stale lock file stays behind
    ("cargo-audit-db-lock-timeout",
     _AUDIT +
     "warning: directory /cache/cargo/advisory-db is locked, waiting for up to 300 seconds for it to become "
     "available\n"
     "error: couldn't fetch advisory database: unable to acquire filesystem lock: failed to obtain lock file "
     "'/cache/cargo/advisory-db..lock'\n"
     + _GL),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_rust_go_check_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_rust_go_checks_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "test -z \"$(gofmt -l ",
    "files=$(goimports -local ",
    "can't load config: unsupported version of the configuration: \"",
    "+++ tidy/go.",
    "failed to load schema catalog: error sending request for url ",
    "cargo-machete found the following unused dependencies in ",
    "Timeout exceeded: try increasing it by passing --timeout option",
    # (review 18h) the listing check's follow-up, tidy's header pair, a missing configuration file
    "$(gofmt -l x.go ",
    "--- current/go.mod +++ tidy/go.mod ",
    "can't load config: can't read viper config: open x: ",
    "failed to load schema catalog: error sending request for url (http://[0:0:0:",
]
