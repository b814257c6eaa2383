"""Seventeenth round, tool sources: WebAssembly toolchains as CI jobs fail on them.

Covered: wasm-pack (its downloads of wasm-bindgen, wasm-opt, chromedriver and geckodriver through the
binary-install cache, ``wasm-pack test``'s own refusals, the wasm-opt step it runs), wasm-bindgen (the
schema-version mismatch between the CLI and the crate, ``wasm-bindgen-test-runner``'s headless driver
start, its page timeout and its "some tests failed"), Emscripten and emsdk (``emsdk install``'s
downloads, an unknown SDK, emcc's port downloads and hash check, a subprocess killed under emcc, the
cache lock, undefined symbols, the runtime's OOM abort), binaryen's wasm-opt (parse and validation
errors), the runtimes' traps (wasmtime, wasmer, WAMR, V8 under node: unreachable, out of bounds
memory access, call stack exhausted, fuel, the CLI's own ``--wasm timeout``), wasmtime's unknown
imports, Trunk (its retrying tool download, offline mode), AssemblyScript's ``asc``, TinyGo's wasm
target, cargo-component, pyodide-build's Emscripten version check and Blazor WebAssembly's
``wasm-tools`` workload. Browser and driver failures seen through Selenium, Karma or Playwright are in
test_tool_sources_browser.py and not repeated here; the wasm-bindgen runner's own wording around them is.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file holding the
format string): rustwasm/wasm-pack, rustwasm/binary-install (read through the indexed copy),
rustwasm/wasm-bindgen, emscripten-core/emsdk, emscripten-core/emscripten, WebAssembly/binaryen,
bytecodealliance/wasmtime, wasmerio/wasmer (lib/types trapcode.rs, indexed copy),
bytecodealliance/wasm-micro-runtime (indexed copy), trunk-rs/trunk, AssemblyScript/assemblyscript,
tinygo-org/tinygo, bytecodealliance/cargo-component, pyodide/pyodide-build (indexed copy). ureq's
rendering of a status or transport error ("<url>: status code 503", "<url>: Dns Failed: ...") and
Python's urllib ("HTTP Error 503: Service Unavailable", "<urlopen error [Errno -3] ...>") are those
libraries' Display forms. Blazor's NETSDK1147 and the .NET workload installer's download failure rest
on Microsoft's documentation (learn.microsoft.com, .NET SDK error list and ``dotnet workload
install``), not on source read here. Hosts, crates, packages and paths are made up; no project's CI log
is copied.

The rules the cases hold:
  * a tool binary, SDK archive or port whose download got a 5xx, a 429, a DNS failure, a reset or a
    read timeout; a compiler subprocess that was SIGKILLed under emcc or cargo -> transient;
  * a persistent cause (the wasm-bindgen CLI and crate on different schema versions, a release or SDK
    version that does not exist (404, "tool or SDK not found"), an untrusted certificate, a port whose
    hash does not match, a cache directory that is not writable, a missing dependency or webdriver,
    wasm-opt refusing the module (parse or validation errors), a trap in the project's own module
    (unreachable, out of bounds memory access, stack exhausted, fuel spent), an unknown import, a
    linker's undefined symbol, asc's compile errors, an unsupported Go version, a missing workload, a
    wrong Emscripten version) -> real;
  * near-misses: the wasm module's own out-of-memory abort (its memory limit was set by the build), a
    failing test whose compared values or console lines speak of 503s and timeouts -> real;
  * wordings printed for both (the webdriver that did not start or bind its port in time, the page
    whose test run never finished, a bare 500 from the driver's session request, Emscripten's cache
    lock that was never released, wasmtime's own ``--wasm timeout`` trap, an SDK archive that would
    not unzip) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_WP_TEST = ("+ wasm-pack test --headless --chrome crates/viewer\n"
            "[INFO]: 🎯  Checking for the Wasm target...\n"
            "    Finished `test` profile [unoptimized + debuginfo] target(s) in 41.07s\n"
            "[INFO]: ⬇️  Installing wasm-bindgen...\n")
_WP_BUILD = ("+ wasm-pack build --release --target web crates/viewer\n"
             "[INFO]: 🎯  Checking for the Wasm target...\n"
             "[INFO]: 🌀  Compiling to Wasm...\n")
_WP_BUILT = ("    Finished `release` profile [optimized] target(s) in 1m 12s\n"
             "[INFO]: ⬇️  Installing wasm-bindgen...\n")
_EMSDK = ("+ ./emsdk install 3.1.61\n"
          "Resolving SDK version '3.1.61' to 'sdk-releases-4d1f8c2a9e-64bit'\n"
          "Installing SDK 'sdk-releases-4d1f8c2a9e-64bit'..\n"
          "Installing tool 'releases-4d1f8c2a9e-64bit'..\n")
_EMSDK_URL = ("https://storage.example.org/webassembly/emscripten-releases-builds/linux/"
              "4d1f8c2a9e/wasm-binaries.tar.xz")
_EMSDK_DL = ("Downloading: /home/ci/emsdk/downloads/4d1f8c2a9e-wasm-binaries.tar.xz from "
             + _EMSDK_URL + "\n")
_EMCC_PORT = ("+ emcc -O2 -sUSE_SDL=2 src/main.c -o build/game.js\n"
              "ports:INFO: retrieving port: sdl2 from https://codeload.example.org/libsdl/SDL/zip/release-2.30.2\n")
_WT_RUN = "+ wasmtime run --dir . target/wasm32-wasip1/release/tally.wasm -- data/input.csv\n"
_TRUNK = ("+ trunk build --release\n"
          "2026-05-04T09:12:40.101Z  INFO 🚀 Starting trunk 0.21.14\n"
          "2026-05-04T09:12:40.230Z  INFO 📦 starting build\n")
_RUNNER = ("     Running unittests src/lib.rs (target/wasm32-unknown-unknown/debug/deps/viewer-5c1e0a7f.wasm)\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== wasm-pack downloads
    # rustwasm/binary-install src/lib.rs (_download: "failed to download from {}") over ureq's status
    # error, under wasm-pack src/test/webdriver/chromedriver.rs: the driver's host answered 503
    ("wasm-pack-chromedriver-download-503", "transient",
     _WP_TEST +
     "[INFO]: Getting chromedriver...\n"
     "Error: failed to download from https://storage.example.org/chrome-for-testing-public/131.0.6778.85/"
     "linux64/chromedriver-linux64.zip\n\n"
     "Caused by:\n"
     "    https://storage.example.org/chrome-for-testing-public/131.0.6778.85/linux64/chromedriver-linux64.zip: "
     "status code 503\n" + _GHA),
    # same, geckodriver (src/test/webdriver/geckodriver.rs), ureq's transport error (DNS)
    ("wasm-pack-geckodriver-download-dns", "transient",
     "+ wasm-pack test --headless --firefox\n"
     "[INFO]: Getting geckodriver...\n"
     "Error: failed to download from https://releases.example.org/mozilla/geckodriver/v0.35.0/"
     "geckodriver-v0.35.0-linux64.tar.gz\n\n"
     "Caused by:\n"
     "    https://releases.example.org/mozilla/geckodriver/v0.35.0/geckodriver-v0.35.0-linux64.tar.gz: "
     "Dns Failed: resolve dns name 'releases.example.org:443': failed to lookup address information: "
     "Temporary failure in name resolution\n" + _CIRCLE),
    # wasm-pack src/wasm_opt.rs + src/command/build.rs (step_run_wasm_opt's added hint) over binary-install:
    # the binaryen release host answered 502
    ("wasm-pack-wasm-opt-download-502", "transient",
     _WP_BUILD + _WP_BUILT +
     "[INFO]: Optimizing wasm binaries with `wasm-opt`...\n"
     "Error: failed to download from https://releases.example.org/WebAssembly/binaryen/version_117/"
     "binaryen-version_117-x86_64-linux.tar.gz\n"
     "To disable `wasm-opt`, add `wasm-opt = false` to your package metadata in your `Cargo.toml`.\n\n"
     "Caused by:\n"
     "    https://releases.example.org/WebAssembly/binaryen/version_117/binaryen-version_117-x86_64-linux.tar.gz: "
     "status code 502\n" + _GHA),
    # binary-install over ureq: the release host throttled the runner's address
    ("wasm-pack-chromedriver-download-429", "transient",
     _WP_TEST +
     "[INFO]: Getting chromedriver...\n"
     "Error: failed to download from https://storage.example.org/chrome-for-testing-public/131.0.6778.85/"
     "linux64/chromedriver-linux64.zip\n\n"
     "Caused by:\n"
     "    https://storage.example.org/chrome-for-testing-public/131.0.6778.85/linux64/chromedriver-linux64.zip: "
     "status code 429\n" + _GL),
    # binary-install over ureq's Io kind: the transfer was reset mid-body
    ("wasm-pack-wasm-bindgen-download-reset", "transient",
     _WP_BUILD + _WP_BUILT +
     "Error: failed to download from https://releases.example.org/rustwasm/wasm-bindgen/0.2.95/"
     "wasm-bindgen-0.2.95-x86_64-unknown-linux-musl.tar.gz\n\n"
     "Caused by:\n"
     "    https://releases.example.org/rustwasm/wasm-bindgen/0.2.95/wasm-bindgen-0.2.95-x86_64-unknown-linux-musl.tar.gz: "
     "Network Error: Connection reset by peer (os error 104)\n" + _GHA),
    # wasm-pack src/build/mod.rs ("Compiling your crate to WebAssembly failed") over src/child.rs
    # ("failed to execute `{}`: exited with {}"): cargo was SIGKILLed, the runner's memory
    ("wasm-pack-cargo-build-sigkill", "transient",
     _WP_BUILD +
     "   Compiling viewer v0.4.0 (/home/ci/project/crates/viewer)\n"
     "Error: Compiling your crate to WebAssembly failed\n"
     "Caused by: failed to execute `cargo build`: exited with signal: 9 (SIGKILL)\n"
     "  full command: cd \"crates/viewer\" && \"cargo\" \"build\" \"--lib\" \"--release\" \"--target\" "
     "\"wasm32-unknown-unknown\"\n" + _GHA),
    # binary-install over ureq's Io kind: the geckodriver host stopped answering mid-response
    ("wasm-pack-geckodriver-download-read-timeout", "transient",
     "+ wasm-pack test --headless --firefox\n"
     "[INFO]: Getting geckodriver...\n"
     "Error: failed to download from https://releases.example.org/mozilla/geckodriver/v0.35.0/"
     "geckodriver-v0.35.0-linux64.tar.gz\n\n"
     "Caused by:\n"
     "    https://releases.example.org/mozilla/geckodriver/v0.35.0/geckodriver-v0.35.0-linux64.tar.gz: "
     "Network Error: timed out reading response\n" + _GHA),
    # ---- near-misses and persistent causes
    # binary-install over ureq: no such release (a version that does not exist)
    ("wasm-pack-chromedriver-download-404", "real",
     _WP_TEST +
     "[INFO]: Getting chromedriver...\n"
     "Error: failed to download from https://storage.example.org/chrome-for-testing-public/999.0.0.0/"
     "linux64/chromedriver-linux64.zip\n\n"
     "Caused by:\n"
     "    https://storage.example.org/chrome-for-testing-public/999.0.0.0/linux64/chromedriver-linux64.zip: "
     "status code 404\n" + _GHA),
    # binary-install src/lib.rs (extract_tarball): the archive lacks a binary the tool expects
    ("wasm-pack-tarball-missing-executables", "real",
     _WP_TEST +
     "Error: failed to extract tarball from https://releases.example.org/rustwasm/wasm-bindgen/0.2.40/"
     "wasm-bindgen-0.2.40-x86_64-unknown-linux-musl.tar.gz\n\n"
     "Caused by:\n"
     "    the tarball was missing expected executables: wasm-bindgen-test-runner\n" + _GHA),
    # wasm-pack src/command/test.rs (step_install_wasm_bindgen)
    ("wasm-pack-test-missing-wasm-bindgen-test", "real",
     _WP_TEST +
     "Error: Ensure that you have \"wasm-bindgen-test\" as a dependency in your Cargo.toml file:\n"
     "[dev-dependencies]\n"
     "wasm-bindgen-test = \"0.2\"\n" + _GHA),
    # wasm-pack src/command/test.rs (no target chosen)
    ("wasm-pack-test-no-target-chosen", "real",
     "+ wasm-pack test --headless\n"
     "Error: Must specify at least one of `--node`, `--chrome`, `--firefox`, or `--safari`\n" + _CIRCLE),
    # wasm-pack src/install/mod.rs (noinstall mode, nothing cached)
    ("wasm-pack-mode-no-install-not-found", "real",
     "+ wasm-pack build --mode no-install --target nodejs\n"
     "[INFO]: 🌀  Compiling to Wasm...\n"
     "    Finished `release` profile [optimized] target(s) in 33.90s\n"
     "Error: Not able to find or install a local wasm-bindgen.\n" + _GHA),
    # wasm-pack src/child.rs + src/wasm_opt.rs over binaryen src/tools/wasm-opt.cpp (ParseException's dump,
    # "error parsing wasm"): the wasm-opt in use cannot read the features rustc emitted
    ("wasm-pack-wasm-opt-parse-exception", "real",
     _WP_BUILD + _WP_BUILT +
     "[INFO]: Optimizing wasm binaries with `wasm-opt`...\n"
     "[parse exception: invalid code after misc prefix: 17 (at 0:732)]\n"
     "Fatal: error parsing wasm (try --debug for more info)\n"
     "Error: failed to execute `wasm-opt`: exited with exit status: 1\n"
     "  full command: \"/home/ci/.cache/.wasm-pack/wasm-opt-4d7a65327e9363b7/bin/wasm-opt\" "
     "\"/home/ci/project/pkg/viewer_bg.wasm\" \"-o\" \"/home/ci/project/pkg/viewer_bg.wasm-opt.wasm\" \"-O\"\n"
     "To disable `wasm-opt`, add `wasm-opt = false` to your package metadata in your `Cargo.toml`.\n" + _GHA),
    # binaryen src/wasm/wasm-validator.cpp ("[wasm-validator error in function ...] unexpected false: ...")
    # and wasm-opt.cpp ("error validating input")
    ("wasm-opt-validation-bulk-memory", "real",
     "+ wasm-opt -Oz build/app.wasm -o dist/app.wasm\n"
     "[wasm-validator error in function 412] unexpected false: memory.copy operations require bulk memory "
     "operations [--enable-bulk-memory-opt], on \n"
     "(memory.copy\n (local.get $2)\n (local.get $1)\n (local.get $3)\n)\n"
     "Fatal: error validating input\n" + _GL),

    # ================================================================== wasm-bindgen
    # rustwasm/wasm-bindgen crates/cli-support/src/wit/mod.rs (schema versions must match) under wasm-pack
    ("wasm-bindgen-schema-version-mismatch", "real",
     _WP_BUILD + _WP_BUILT +
     "Error: \n\n"
     "it looks like the Rust project used to create this Wasm file was linked against\n"
     "version of wasm-bindgen that uses a different bindgen format than this binary:\n\n"
     "  rust Wasm file schema version: 0.2.95\n"
     "     this binary schema version: 0.2.92\n\n"
     "Currently the bindgen format is unstable enough that these two schema versions\n"
     "must exactly match. You can accomplish this by either updating this binary or\n"
     "the wasm-bindgen dependency in the Rust project.\n\n"
     "Caused by: failed to execute `wasm-bindgen`: exited with exit status: 1\n" + _GHA),
    # the same check under Trunk (trunk-rs/trunk src/main.rs prints the chain: ERROR then INFO "  n: cause")
    ("trunk-wasm-bindgen-schema-mismatch", "real",
     _TRUNK +
     "2026-05-04T09:13:21.007Z ERROR error from build pipeline\n"
     "2026-05-04T09:13:21.007Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n"
     "2026-05-04T09:13:21.007Z  INFO   2: error from asset pipeline\n"
     "2026-05-04T09:13:21.007Z  INFO   3: running wasm-bindgen\n"
     "2026-05-04T09:13:21.007Z  INFO   4: wasm-bindgen call returned a bad status exit status: 1\n"
     "it looks like the Rust project used to create this Wasm file was linked against\n"
     "version of wasm-bindgen that uses a different bindgen format than this binary:\n"
     "  rust Wasm file schema version: 0.2.93\n"
     "     this binary schema version: 0.2.95\n" + _GHA),
    # wasm-bindgen crates/cli/src/bin/wasm-bindgen-test-runner/headless.rs (Driver::find)
    ("wasm-bindgen-test-runner-no-webdriver", "real",
     _RUNNER +
     "Error: failed to find a suitable WebDriver binary or remote running WebDriver to drive\n"
     "headless testing; to configure the location of the webdriver binary you can use\n"
     "environment variables like `GECKODRIVER=/path/to/geckodriver` or make sure that\n"
     "the binary is in `PATH`; to configure the address of remote webdriver you can\n"
     "use environment variables like `GECKODRIVER_REMOTE=http://remote.host/`\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # wasm-bindgen crates/test/src/rt/mod.rs (the harness's summary) and headless.rs ("some tests failed")
    ("wasm-bindgen-test-assertion-in-browser", "real",
     _RUNNER +
     "Running headless tests in Chrome on `http://127.0.0.1:41857/`\n"
     "running 14 tests\n"
     "test viewer::tests::parses_header ... ok\n"
     "test viewer::tests::scales_canvas ... FAIL\n\n"
     "failures:\n\n"
     "---- viewer::tests::scales_canvas output ----\n"
     "    error output:\n"
     "        panicked at crates/viewer/src/canvas.rs:88:9:\n"
     "        assertion `left == right` failed\n"
     "          left: 640\n"
     "         right: 1280\n\n"
     "test result: FAILED. 13 passed; 1 failed; 0 ignored; 0 filtered out; finished in 0.41s\n\n"
     "Error: some tests failed\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # the same harness under node: a trap in the crate's own code (V8's RuntimeError for `unreachable`)
    ("wasm-bindgen-test-node-unreachable", "real",
     "+ wasm-pack test --node\n" + _RUNNER +
     "running 9 tests\n"
     "test codec::tests::roundtrip ... FAIL\n\n"
     "failures:\n\n"
     "---- codec::tests::roundtrip output ----\n"
     "    error output:\n"
     "        panicked at crates/codec/src/lib.rs:51:22:\n"
     "        called `Option::unwrap()` on a `None` value\n"
     "    JS exception that was thrown:\n"
     "        RuntimeError: unreachable\n"
     "            at codec-3f1a.wasm.__rust_start_panic (wasm://wasm/codec-3f1a.wasm-00b1c2d4:wasm-function[388]:0x2a1f1)\n\n"
     "test result: FAILED. 8 passed; 1 failed; 0 ignored; 0 filtered out; finished in 0.08s\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # near-miss: wasm-bindgen crates/test/src/rt/mod.rs (print_failure, Failure::ShouldPanicExpected): a test
    # ABOUT the 503 handling, whose panic did not carry the words it expected
    ("wasm-bindgen-test-should-panic-503-near-miss", "real",
     _RUNNER +
     "Running headless tests in Firefox on `http://127.0.0.1:40211/`\n"
     "running 3 tests\n"
     "test api::tests::gives_up_on_unavailable ... FAIL\n\n"
     "failures:\n\n"
     "---- api::tests::gives_up_on_unavailable output ----\n"
     "    note: panic did not contain expected string\n"
     "          panic message: `\"unexpected status 200\"`,\n"
     "     expected substring: `\"503 Service Unavailable\"`\n\n"
     "test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 filtered out; finished in 0.22s\n\n"
     "Error: some tests failed\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # near-miss: a unit test about the download error, its compared values quote the outage words
    ("wasm-download-test-compared-values-near-miss", "real",
     "     Running unittests src/lib.rs (target/debug/deps/fetcher-0a1b2c3d)\n"
     "running 6 tests\n"
     "test tests::reports_bad_status ... FAILED\n\n"
     "failures:\n\n"
     "---- tests::reports_bad_status stdout ----\n"
     "thread 'tests::reports_bad_status' panicked at src/lib.rs:212:9:\n"
     "assertion `left == right` failed\n"
     "  left: \"received a bad HTTP status code (503) when requesting http://127.0.0.1:7878/t.tar.gz\"\n"
     " right: \"failed to download from http://127.0.0.1:7878/t.tar.gz\"\n\n"
     "test result: FAILED. 5 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # wasm-bindgen headless.rs before ureq (its curl client: "non-200 response code: {}\n{}"), the body is
    # chromedriver's: Chrome crashed at session start (the same reading as test_tool_sources_browser.py)
    ("wasm-bindgen-test-runner-chrome-crashed", "transient",
     _RUNNER +
     "Error: non-200 response code: 500\n"
     "{\"value\":{\"error\":\"session not created\",\"message\":\"session not created: Chrome failed to start: "
     "crashed.\\n  (chrome not reachable)\\n  (The process started from chrome location /usr/bin/google-chrome "
     "is no longer running, so ChromeDriver is assuming that Chrome has crashed.)\"}}\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # the same, with chromedriver's version refusal in the body -> real
    ("wasm-bindgen-test-runner-chromedriver-version", "real",
     _RUNNER +
     "Error: non-200 response code: 500\n"
     "{\"value\":{\"error\":\"session not created\",\"message\":\"session not created: This version of "
     "ChromeDriver only supports Chrome version 114\\nCurrent browser version is 131.0.6778.85 with binary "
     "path /usr/bin/google-chrome\"}}\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),

    # near-miss: headless.rs's Drop for BackgroundChild ("driver status: {}") after the runner killed the driver it
    # started itself; the failure is chromedriver's refusal (a W3C error answered as 500) -> real
    ("wasm-bindgen-test-runner-driver-status-sigkill-near-miss", "real",
     _RUNNER +
     "Error: non-200 response code: 500\n"
     "{\"value\":{\"error\":\"session not created\",\"message\":\"session not created: This version of "
     "ChromeDriver only supports Chrome version 120\"}}\n"
     "driver status: signal: 9 (SIGKILL)\n"
     "driver stdout:\n"
     "    Starting ChromeDriver 120.0.6099.109 on port 43771\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # headless.rs with CHROMEDRIVER_REMOTE (a grid, not the loopback driver) answering 502 through ureq -> transient
    ("wasm-bindgen-test-runner-remote-grid-502", "transient",
     _RUNNER +
     "Running headless tests in Chrome on `https://grid.example.org:4444/`\n"
     "Try find `webdriver.json` for configure browser's capabilities:\n"
     "Not found\n"
     "Error: https://grid.example.org:4444/session: status code 502\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # near-miss: a test of the crate's own process runner, its compared values quote the SIGKILL wording -> real
    ("wasm-pack-sigkill-in-compared-values-near-miss", "real",
     "     Running tests/child.rs (target/debug/deps/child-9a8b7c6d)\n"
     "running 4 tests\n"
     "test reports_killed_child ... FAILED\n\n"
     "failures:\n\n"
     "---- reports_killed_child stdout ----\n"
     "thread 'reports_killed_child' panicked at tests/child.rs:58:5:\n"
     "assertion failed: msg.contains(\"exited with signal: 9 (SIGKILL)\")\n\n"
     "test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.31s\n"
     "error: test failed, to rerun pass `--test child`\n" + _GHA),

    # ================================================================== emsdk
    # emscripten-core/emsdk emsdk.py (download_file: "Error: Downloading URL '{url}': {e}", then
    # install_tool's "installation failed!") over urllib's HTTPError
    ("emsdk-install-download-503", "transient",
     _EMSDK + _EMSDK_DL +
     "Error: Downloading URL '" + _EMSDK_URL + "': HTTP Error 503: Service Unavailable\n"
     "error: installation failed!\n" + _GHA),
    # same, urllib's URLError (DNS)
    ("emsdk-install-download-dns", "transient",
     _EMSDK + _EMSDK_DL +
     "Error: Downloading URL '" + _EMSDK_URL + "': <urlopen error [Errno -3] Temporary failure in name "
     "resolution>\n"
     "error: installation failed!\n" + _CIRCLE),
    # same, the socket's read timeout mid-transfer
    ("emsdk-install-download-read-timeout", "transient",
     _EMSDK + _EMSDK_DL + " [----------------------------------\n"
     "Error: Downloading URL '" + _EMSDK_URL + "': The read operation timed out\n"
     "error: installation failed!\n" + _GHA),
    # same, urllib's HTTPError for the storage host's throttling
    ("emsdk-install-download-429", "transient",
     _EMSDK + _EMSDK_DL +
     "Error: Downloading URL '" + _EMSDK_URL + "': HTTP Error 429: Too Many Requests\n"
     "error: installation failed!\n" + _GL),
    # same, the connect itself timed out (urllib's URLError over errno 110)
    ("emsdk-install-connect-timeout", "transient",
     _EMSDK + _EMSDK_DL +
     "Error: Downloading URL '" + _EMSDK_URL + "': <urlopen error [Errno 110] Connection timed out>\n"
     "error: installation failed!\n" + _GHA),
    # same, a 404: the archive for that release is not there
    ("emsdk-install-download-404", "real",
     _EMSDK + _EMSDK_DL +
     "Error: Downloading URL '" + _EMSDK_URL + "': HTTP Error 404: Not Found\n"
     "error: installation failed!\n" + _GHA),
    # same, an untrusted certificate (a proxy's CA the image lacks)
    ("emsdk-install-download-cert", "real",
     _EMSDK + _EMSDK_DL +
     "Error: Downloading URL '" + _EMSDK_URL + "': <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate "
     "verify failed: unable to get local issuer certificate (_ssl.c:1007)>\n"
     "error: installation failed!\n" + _GHA),
    # emsdk.py (error_on_missing_tool)
    ("emsdk-tool-or-sdk-not-found", "real",
     "+ ./emsdk install 3.1.999\n"
     "error: tool or SDK not found: '3.1.999'\n" + _GHA),
    # emsdk.py (activate: "tool is not installed and therefore cannot be activated")
    ("emsdk-activate-not-installed", "real",
     "+ ./emsdk activate 3.1.61\n"
     "Resolving SDK version '3.1.61' to 'sdk-releases-4d1f8c2a9e-64bit'\n"
     "error: error: tool is not installed and therefore cannot be activated: 'releases-4d1f8c2a9e-64bit'\n"
     + _GHA),
    # pyodide/pyodide-build pyodide_build/build_env.py (check_emscripten_version)
    ("pyodide-build-wrong-emscripten-version", "real",
     "+ pyodide build --outdir dist\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/ci/.venv/bin/pyodide\", line 8, in <module>\n"
     "RuntimeError: Incorrect Emscripten version 3.1.46. Need Emscripten version 3.1.58\n" + _GHA),

    # ================================================================== emcc
    # emscripten-core/emscripten tools/ports/__init__.py (retrieve: "failed to download port ...") over urllib
    ("emcc-port-download-502", "transient",
     _EMCC_PORT +
     "emcc: error: failed to download port \"sdl2\" from https://codeload.example.org/libsdl/SDL/zip/"
     "release-2.30.2: HTTP Error 502: Bad Gateway\n" + _GHA),
    ("emcc-port-download-reset", "transient",
     _EMCC_PORT +
     "emcc: error: failed to download port \"sdl2\" from https://codeload.example.org/libsdl/SDL/zip/"
     "release-2.30.2: <urlopen error [Errno 104] Connection reset by peer>\n" + _CIRCLE),
    ("emcc-port-download-404", "real",
     _EMCC_PORT +
     "emcc: error: failed to download port \"sdl2\" from https://codeload.example.org/libsdl/SDL/zip/"
     "release-2.30.2: HTTP Error 404: Not Found\n" + _GHA),
    # tools/ports/__init__.py (the sha512 check)
    ("emcc-port-unexpected-hash", "real",
     _EMCC_PORT +
     "emcc: error: Unexpected hash: 6e1b4f0c3a9d27e85f40b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2\n"
     "If you are updating the port, please update the hash.\n" + _GHA),
    # near-miss: tools/cache.py's lock warning, then the lock came and the port download met a 502 -> transient
    ("emcc-cache-lock-then-port-502", "transient",
     "+ emcc -O2 -sUSE_SDL=2 src/main.c -o build/game.js\n"
     "cache:WARNING: Accessing the Emscripten cache at \"/home/ci/.emscripten_cache\" (for \"sysroot install\") "
     "is taking a long time, another process should be writing to it. If there are none and you suspect "
     "this process has deadlocked, try deleting the lock file \"/home/ci/.emscripten_cache/cache.lock\" and "
     "try again. If this occurs deterministically, consider filing a bug.\n"
     "ports:INFO: retrieving port: sdl2 from https://codeload.example.org/libsdl/SDL/zip/release-2.30.2\n"
     "emcc: error: failed to download port \"sdl2\" from https://codeload.example.org/libsdl/SDL/zip/"
     "release-2.30.2: HTTP Error 502: Bad Gateway\n" + _GHA),
    # tools/shared.py (check_call: "'%s' failed (%s)" with returncode_to_str's "received SIGKILL (-9)")
    ("emcc-clang-received-sigkill", "transient",
     "+ emcc -O3 -flto -c src/solver.cpp -o build/solver.o\n"
     "emcc: error: '/emsdk/upstream/bin/clang++ -target wasm32-unknown-emscripten -flto -O3 -c src/solver.cpp "
     "-o build/solver.o' failed (received SIGKILL (-9))\n"
     "make: *** [Makefile:41: build/solver.o] Error 1\n" + _GHA),
    # tools/shared.py over wasm-ld: an undefined symbol in the project's own objects
    ("emcc-wasm-ld-undefined-symbol", "real",
     "+ emcc build/main.o build/draw.o -o dist/app.js\n"
     "wasm-ld: error: build/main.o: undefined symbol: render_frame\n"
     "emcc: error: '/emsdk/upstream/bin/wasm-ld @/tmp/emscripten_6m2xq1k0.rsp.utf-8' failed (returned 1)\n"
     + _GHA),
    # src/jsifier.mjs ("undefined symbol: {sym} (referenced by {dependent})" with its two hints)
    ("emcc-js-undefined-symbol", "real",
     "+ emcc -O2 src/app.c -o dist/app.js\n"
     "error: undefined symbol: js_fetch_blob (referenced by root reference (e.g. compiled C/C++ code))\n"
     "warning: To disable errors for undefined symbols use `-sERROR_ON_UNDEFINED_SYMBOLS=0`\n"
     "warning: _js_fetch_blob may need to be added to EXPORTED_FUNCTIONS if it arrives from a system library\n"
     "Error: Aborting compilation due to previous errors\n"
     "emcc: error: '/emsdk/node/18.20.3_64bit/bin/node /emsdk/upstream/emscripten/tools/compiler.mjs -' "
     "failed (returned 1)\n" + _GHA),
    # tools/cache.py (acquire_cache_lock: the cache directory is read-only)
    ("emcc-cache-not-writable", "real",
     "+ emcc -O2 src/app.c -o dist/app.js\n"
     "emcc: error: cache directory \"/emsdk/upstream/emscripten/cache\" is not writable while accessing cache "
     "for: sysroot install (see https://emscripten.org/docs/tools_reference/emcc.html for info on setting "
     "the cache directory)\n" + _GHA),
    # near-miss: src/lib/libcore.js (abort: "Cannot enlarge memory arrays ... (OOM)") through src/preamble.js
    # ("Aborted(...)"): the module's own memory limit, set by the build
    ("emscripten-runtime-oom-abort-near-miss", "real",
     "+ node build/tests/run_tests.js\n"
     "[ RUN      ] Decoder.LargeFrame\n"
     "Aborted(Cannot enlarge memory arrays to size 17039360 bytes (OOM). Either (1) compile with "
     "-sINITIAL_MEMORY=X with X higher than the current value 16777216, (2) compile with "
     "-sALLOW_MEMORY_GROWTH which allows increasing the size at runtime, or (3) if you want malloc to "
     "return NULL (0) instead of this abort, compile with -sABORTING_MALLOC=0)\n"
     "RuntimeError: Aborted(Cannot enlarge memory arrays to size 17039360 bytes (OOM).)\n"
     "    at abort (/home/ci/project/build/tests/run_tests.js:652:11)\n" + _GHA),
    # V8's trap message for an out-of-bounds load in an Emscripten build under node
    ("emscripten-node-memory-oob", "real",
     "+ node build/tests/run_tests.js\n"
     "[ RUN      ] Parser.Truncated\n"
     "RuntimeError: memory access out of bounds\n"
     "    at run_tests.wasm.parse_chunk (wasm://wasm/run_tests.wasm-0012ab34:wasm-function[211]:0x1c0f2)\n"
     "    at run_tests.wasm.main (wasm://wasm/run_tests.wasm-0012ab34:wasm-function[18]:0x2f31)\n"
     "Node.js v20.11.1\n" + _GHA),

    # ================================================================== runtimes
    # bytecodealliance/wasmtime src/commands/run.rs ("failed to run main module"), crates/wasmtime/src/runtime/
    # trap.rs (the wasm backtrace) and crates/environ/src/trap_encoding.rs (the trap's text)
    ("wasmtime-unreachable-after-panic", "real",
     _WT_RUN +
     "thread 'main' panicked at src/main.rs:27:41:\n"
     "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }\n"
     "Error: failed to run main module `target/wasm32-wasip1/release/tally.wasm`\n\n"
     "Caused by:\n"
     "    0: failed to invoke command default\n"
     "    1: error while executing at wasm backtrace:\n"
     "           0: 0x1b2a3 - tally.wasm!__rust_start_panic\n"
     "    2: wasm trap: wasm `unreachable` instruction executed\n" + _GHA),
    ("wasmtime-out-of-bounds-memory", "real",
     _WT_RUN +
     "Error: failed to run main module `target/wasm32-wasip1/release/tally.wasm`\n\n"
     "Caused by:\n"
     "    0: failed to invoke command default\n"
     "    1: error while executing at wasm backtrace:\n"
     "           0: 0x8f21 - tally.wasm!ring_buffer_push\n"
     "    2: memory fault at wasm address 0x10000f in linear memory of size 0x100000\n"
     "    3: wasm trap: out of bounds memory access\n" + _GHA),
    ("wasmtime-call-stack-exhausted", "real",
     _WT_RUN +
     "Error: failed to run main module `target/wasm32-wasip1/release/tally.wasm`\n\n"
     "Caused by:\n"
     "    0: failed to invoke command default\n"
     "    1: error while executing at wasm backtrace:\n"
     "           0: 0x41c2 - tally.wasm!walk_tree\n"
     "    2: wasm trap: call stack exhausted\n" + _GHA),
    # trap_encoding.rs (OutOfFuel): fuel is counted deterministically, the same module spends it again
    ("wasmtime-fuel-consumed", "real",
     "+ wasmtime run -W fuel=100000000 build/bench.wasm\n"
     "Error: failed to run main module `build/bench.wasm`\n\n"
     "Caused by:\n"
     "    0: error while executing at wasm backtrace:\n"
     "           0: 0x2aa0 - bench.wasm!hash_loop\n"
     "    1: wasm trap: all fuel consumed by WebAssembly\n" + _GHA),
    # crates/wasmtime/src/runtime/linker.rs (UnknownImportError's Display)
    ("wasmtime-unknown-import", "real",
     "+ wasmtime run build/plugin.wasm\n"
     "Error: failed to run main module `build/plugin.wasm`\n\n"
     "Caused by:\n"
     "    unknown import: `env::host_log` has not been defined\n" + _GHA),
    # crates/wasmtime/src/runtime/component/linker.rs (a component import the host does not provide)
    ("wasmtime-component-import-not-found", "real",
     "+ wasmtime serve target/wasm32-wasip2/release/api.wasm\n"
     "Error: component imports instance `acme:store/kv@0.1.0`, but a matching implementation was not found "
     "in the linker\n\n"
     "Caused by:\n"
     "    0: instance export `get` has the wrong type\n"
     "    1: function implementation is missing\n" + _GHA),
    # wasmerio/wasmer lib/types/src/trapcode.rs (TrapCode::message), as its CLI's error chain shows it
    ("wasmer-runtime-error-unreachable", "real",
     "+ wasmer run build/cli.wasm -- --check\n"
     "error: RuntimeError: unreachable\n"
     "    at __rust_start_panic (cli.wasm[912]:0x3ab21)\n"
     "    at main (cli.wasm[14]:0x11e0)\n" + _GHA),
    # bytecodealliance/wasm-micro-runtime (iwasm's exception text for a trapped load)
    ("wamr-iwasm-out-of-bounds", "real",
     "+ iwasm --dir=. build/decoder.wasm samples/clip.bin\n"
     "Exception: out of bounds memory access\n" + _GHA),

    # ================================================================== Trunk
    # trunk-rs/trunk src/tools.rs (RetryingClient: "retrying to download {url} after {duration:?} due to
    # {e:?}", Error::Client "Client error: {0}"; download's "error sending HTTP request",
    # install_once's "failed downloading release archive") and src/main.rs's chain
    ("trunk-tool-download-503", "transient",
     _TRUNK +
     "2026-05-04T09:12:41.004Z  INFO downloading wasm-opt version=\"version_123\"\n"
     "2026-05-04T09:12:42.310Z  WARN retrying to download https://releases.example.org/WebAssembly/binaryen/"
     "version_123/binaryen-version_123-x86_64-linux.tar.gz after 1.2s due to Client(503)\n"
     "2026-05-04T09:12:50.001Z ERROR error from build pipeline\n"
     "2026-05-04T09:12:50.001Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n"
     "2026-05-04T09:12:50.001Z  INFO   2: error from asset pipeline\n"
     "2026-05-04T09:12:50.001Z  INFO   3: failed downloading release archive\n"
     "2026-05-04T09:12:50.001Z  INFO   4: error sending HTTP request\n"
     "2026-05-04T09:12:50.001Z  INFO   5: Client error: 503 Service Unavailable\n" + _GHA),
    # same file: Error::RateLimited
    ("trunk-tool-download-rate-limited", "transient",
     _TRUNK +
     "2026-05-04T09:12:41.004Z  INFO downloading wasm-bindgen version=\"0.2.95\"\n"
     "2026-05-04T09:13:50.001Z ERROR error from build pipeline\n"
     "2026-05-04T09:13:50.001Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n"
     "2026-05-04T09:13:50.001Z  INFO   2: failed downloading release archive\n"
     "2026-05-04T09:13:50.001Z  INFO   3: error sending HTTP request\n"
     "2026-05-04T09:13:50.001Z  INFO   4: Rate limited (HTTP 429), retry after 60s\n" + _CIRCLE),
    # same file: Error::Request ("Request error: {0}", reqwest's error with its source below it in the chain),
    # the retries spent on a timeout
    ("trunk-tool-download-request-timeout", "transient",
     _TRUNK +
     "2026-05-04T09:12:41.004Z  INFO downloading wasm-bindgen version=\"0.2.95\"\n"
     "2026-05-04T09:14:02.551Z ERROR error from build pipeline\n"
     "2026-05-04T09:14:02.551Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n"
     "2026-05-04T09:14:02.551Z  INFO   2: failed downloading release archive\n"
     "2026-05-04T09:14:02.551Z  INFO   3: error sending HTTP request\n"
     "2026-05-04T09:14:02.551Z  INFO   4: Request error: error sending request for url "
     "(https://releases.example.org/rustwasm/wasm-bindgen/0.2.95/wasm-bindgen-0.2.95-x86_64-unknown-linux-musl.tar.gz)\n"
     "2026-05-04T09:14:02.551Z  INFO   5: operation timed out\n" + _GHA),
    # near-miss: the same chain ending on a certificate the client refused (a proxy's CA the image lacks) -> real
    ("trunk-tool-download-untrusted-certificate", "real",
     _TRUNK +
     "2026-05-04T09:12:41.004Z  INFO downloading wasm-bindgen version=\"0.2.95\"\n"
     "2026-05-04T09:12:42.551Z ERROR error from build pipeline\n"
     "2026-05-04T09:12:42.551Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n"
     "2026-05-04T09:12:42.551Z  INFO   2: failed downloading release archive\n"
     "2026-05-04T09:12:42.551Z  INFO   3: error sending HTTP request\n"
     "2026-05-04T09:12:42.551Z  INFO   4: Request error: error sending request for url "
     "(https://releases.example.org/rustwasm/wasm-bindgen/0.2.95/wasm-bindgen-0.2.95-x86_64-unknown-linux-musl.tar.gz)\n"
     "2026-05-04T09:12:42.551Z  INFO   5: client error (Connect)\n"
     "2026-05-04T09:12:42.551Z  INFO   6: invalid peer certificate: UnknownIssuer\n" + _GHA),
    # same, a 4xx the client does not retry: the version has no release
    ("trunk-tool-download-404", "real",
     _TRUNK +
     "2026-05-04T09:12:41.004Z  INFO downloading wasm-opt version=\"version_999\"\n"
     "2026-05-04T09:12:41.880Z ERROR error from build pipeline\n"
     "2026-05-04T09:12:41.880Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n"
     "2026-05-04T09:12:41.880Z  INFO   2: failed downloading release archive\n"
     "2026-05-04T09:12:41.880Z  INFO   3: error sending HTTP request\n"
     "2026-05-04T09:12:41.880Z  INFO   4: Client error: 404 Not Found\n" + _GHA),
    # src/tools.rs (get_info in offline mode)
    ("trunk-offline-tool-missing", "real",
     "+ trunk build --release --offline\n"
     "2026-05-04T09:12:41.880Z ERROR error from build pipeline\n"
     "2026-05-04T09:12:41.880Z  INFO   1: HTML build pipeline failed (1 errors), showing first\n"
     "2026-05-04T09:12:41.880Z  INFO   2: couldn't find application wasm-opt (version: version_123), unable "
     "to download in offline mode\n" + _GHA),

    # ================================================================== AssemblyScript, TinyGo, cargo-component
    # AssemblyScript/assemblyscript src/diagnostics.ts ("ERROR") and cli/index.js ("FAILURE ", "{n} compile
    # error(s)")
    ("asc-compile-errors", "real",
     "> asc assembly/index.ts --target release\n\n"
     "ERROR TS2322: Type '~lib/string/String' is not assignable to type 'i32'.\n"
     "    :\n"
     " 14 │   let total: i32 = label;\n"
     "    │                    ~~~~~\n"
     "    └─ in assembly/index.ts(14,20)\n\n"
     "FAILURE 1 compile error(s)\n"
     "npm error code 1\n" + _GHA),
    ("asc-parse-errors", "real",
     "> asc assembly/index.ts --target debug\n\n"
     "ERROR TS1005: ';' expected.\n"
     "    └─ in assembly/math.ts(33,18)\n\n"
     "FAILURE 1 parse error(s)\n" + _GHA),
    # tinygo-org/tinygo builder/config.go (the Go version range)
    ("tinygo-unsupported-go-version", "real",
     "+ tinygo build -o dist/app.wasm -target wasm ./cmd/app\n"
     "error: requires go version 1.19 through 1.23, got go1.24\n" + _GHA),
    # builder/build.go ("wasm-opt failed: %w") over os/exec
    ("tinygo-wasm-opt-not-found", "real",
     "+ tinygo build -o dist/app.wasm -target wasip1 -opt=z ./cmd/app\n"
     "error: wasm-opt failed: exec: \"wasm-opt\": executable file not found in $PATH\n" + _GHA),
    # builder/tools.go (an undefined symbol turned into "linker could not find symbol")
    ("tinygo-linker-symbol", "real",
     "+ tinygo build -o dist/app.wasm -target wasm ./cmd/app\n"
     "cmd/app/bridge.go:18: linker could not find symbol js_storage_get\n" + _GHA),
    # bytecodealliance/cargo-component src/lib.rs (the WASI runner on PATH)
    ("cargo-component-no-wasmtime", "real",
     "+ cargo component test\n"
     "    Finished `test` profile [unoptimized + debuginfo] target(s) in 22.18s\n"
     "error: failed to find `wasmtime` on PATH\n\n"
     "ensure Wasmtime is installed before running this command\n" + _GHA),

    # ================================================================== Blazor WebAssembly (documentation)
    # .NET SDK error NETSDK1147 (learn.microsoft.com/dotnet/core/tools/sdk-errors/netsdk1147)
    ("blazor-workload-not-installed", "real",
     "+ dotnet publish src/Shop.Client -c Release -o out\n"
     "  Determining projects to restore...\n"
     "/usr/share/dotnet/sdk/8.0.404/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.Sdk.ImportWorkloads.targets(38,5): "
     "error NETSDK1147: To build this project, the following workloads must be installed: wasm-tools "
     "[/home/ci/src/Shop.Client/Shop.Client.csproj]\n"
     "/usr/share/dotnet/sdk/8.0.404/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.Sdk.ImportWorkloads.targets(38,5): "
     "error NETSDK1147: To install these workloads, run the following command: dotnet workload restore "
     "[/home/ci/src/Shop.Client/Shop.Client.csproj]\n" + _GHA),
    # dotnet workload install (the workload pack's NuGet download answered 503)
    ("blazor-workload-install-503", "transient",
     "+ dotnet workload install wasm-tools\n"
     "Installing pack Microsoft.NET.Runtime.WebAssembly.Sdk version 8.0.11...\n"
     "Workload installation failed: Failed to download package 'Microsoft.NET.Runtime.WebAssembly.Sdk' "
     "version 8.0.11 from https://api.nuget.example.org/v3/index.json: Response status code does not "
     "indicate success: 503 (Service Unavailable).\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # wasm-bindgen headless.rs: the driver process exited over and over until the timeout (a broken or
    # mismatched driver as well as a starved machine)
    ("wasm-bindgen-test-runner-driver-failed-to-start",
     _RUNNER +
     "Failed to start driver, trying again ...\n"
     "Failed to start driver, trying again ...\n"
     "Error: driver failed to start\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # headless.rs: the driver ran but did not bind its port within WASM_BINDGEN_TEST_DRIVER_TIMEOUT
    ("wasm-bindgen-test-runner-driver-bind-timeout",
     _RUNNER +
     "driver status: signal: 9 (SIGKILL)\n"
     "driver stdout:\n"
     "    Starting ChromeDriver 131.0.6778.85 on port 43771\n"
     "Error: driver failed to bind port during startup\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # headless.rs: the page never printed "test result: " within WASM_BINDGEN_TEST_TIMEOUT (a hung test or
    # a slow browser)
    ("wasm-bindgen-test-runner-page-timeout",
     _RUNNER +
     "Running headless tests in Chrome on `http://127.0.0.1:41857/`\n"
     "Failed to detect test as having been run. It might have timed out.\n"
     "output div contained:\n"
     "    running 22 tests\n"
     "Error: some tests failed\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # headless.rs under ureq: a bare 500 from the driver's session request (a crashed Chrome as well as a
    # driver for another Chrome)
    ("wasm-bindgen-test-runner-session-500",
     _RUNNER +
     "Running headless tests in Chrome on `http://127.0.0.1:43771/`\n"
     "Try find `webdriver.json` for configure browser's capabilities:\n"
     "Not found\n"
     "Error: http://127.0.0.1:43771/session: status code 500\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # emscripten tools/cache.py (the lock wait's warning after ten minutes; it then waits on): another
    # process, or a stale lock restored from a CI cache, and the job ran out of time
    ("emcc-cache-lock-taking-long",
     "+ emcc -O2 -sUSE_ZLIB=1 src/app.c -o dist/app.js\n"
     "cache:WARNING: Accessing the Emscripten cache at \"/home/ci/.emscripten_cache\" (for \"sysroot install\") "
     "is taking a long time, another process should be writing to it. If there are none and you suspect "
     "this process has deadlocked, try deleting the lock file \"/home/ci/.emscripten_cache/cache.lock\" and "
     "try again. If this occurs deterministically, consider filing a bug.\n"
     "##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 60 minutes.\n"),
    # wasmtime src/commands/run.rs (the CLI's own --wasm timeout: Trap::Interrupt "timed out after ...")
    ("wasmtime-cli-timeout-interrupt",
     "+ wasmtime run -W timeout=30s build/solver.wasm puzzles/hard.txt\n"
     "Error: timed out after 30s\n\n"
     "Caused by:\n"
     "    wasm trap: interrupt\n" + _GHA),
    # emsdk.py (unzip: a truncated download as well as a bad archive)
    ("emsdk-unzip-failed",
     "+ ./emsdk install 3.1.61\n"
     "Installing tool 'node-18.20.3-64bit'..\n"
     "Unzipping file '/home/ci/emsdk/downloads/node-v18.20.3-win-x64.zip' failed due to reason: File is not a "
     "zip file! Removing the corrupted zip file.\n"
     "error: installation failed!\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_wasm_toolchain_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_wasm_toolchain_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "wasm trap: ",
    "Exception: ",
    "couldn't find application ",
    "Accessing the Emscripten cache at ",
    "is taking a long time, another process should be writing to it\n",
    "failed to download from ",
    "http://127.0.0.1:4444/session",
    "failed (received SIGKILL (-9))",
    "2026-05-04T09:14:02.551Z  INFO   4: Request error: error sending request for url (",
]
