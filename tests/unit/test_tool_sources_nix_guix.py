"""Seventeenth round, tool sources: Nix and its neighbours as CI jobs fail on them.

Covered: the Nix client and daemon (``nix build``/``nix develop``/``nix flake check``/``nix-build``):
its file transfers to binary caches and to upstream hosts (``unable to download ... HTTP error``, curl's
timeouts and resets, a binary cache it disables for a while), its fetchers (fetchurl, fetchTarball,
fetchGit, flake inputs: hash mismatches, a Git revision gone, a NAR hash that changed), its evaluator
(a missing attribute, an undefined variable, pure evaluation mode, the search path), its builder
reports (the newer "Cannot build ... Reason:" block, a failed dependency, a platform mismatch, the
disk-full note, the silence timeout), nixpkgs' meta checks (broken, unfree); Cachix (``cachix push``:
refused tokens, a missing cache, the API answering 5xx or not at all); the GitHub Actions installers
(cachix/install-nix-action's curl loop, DeterminateSystems' nix-installer and magic-nix-cache); Guix
(``guix build``'s failed build, ``guix substitute``'s download failures, the daemon socket, ``guix
pull``'s Git errors, an unknown package); Devbox (a package that does not exist or does not build for
the platform, its search API answering 5xx). The Nix download 404 and DNS cases, the fixed-output hash
mismatch, "some substitutes ... failed", the older "builder for ... failed with exit code" report and
the daemon socket refused or disconnected are held by test_tool_sources_ecosystems.py and
test_tool_sources_build_systems.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file holding the
format string): NixOS/nix, cachix/cachix, cachix/install-nix-action, DeterminateSystems/nix-installer,
DeterminateSystems/magic-nix-cache, jetify-com/devbox, and Guix's guix/ui.scm, guix/status.scm,
guix/scripts/substitute.scm and guix/git.scm (read from a GitHub copy of the Guix tree). nixpkgs'
check-meta.nix wording ("is marked as broken, refusing to evaluate") and the Haskell runtime's rendering
of an uncaught servant/http-client exception under cachix are written from their documented shape, not
from source read here. Hosts, caches, packages and store hashes are made up; no project's CI log is
copied.

The rules the cases hold:
  * a binary cache or upstream host failing for a while (HTTP 5xx or 429 from a substituter or from
    the host of a tarball, curl's timeout or reset, a cache Nix disabled after errors, the Cachix API
    answering 5xx or not answering, the installer's download meeting a 5xx or a timeout, Guix's
    substitute server answering 5xx, the Guix daemon or the Git host refusing a connection, Devbox's
    search API answering 5xx), a build that failed with the store's disk full -> transient;
  * a persistent cause (a hash mismatch of a fetched file or flake input, a re-tagged tarball, a Git
    revision that is gone, an evaluation error, an attribute or variable that does not exist, pure
    evaluation mode refusing an unpinned fetch, a package marked broken or unfree, a builder of the
    project's own derivation failing, a failed dependency, a platform mismatch, a 401 from a private
    cache, Cachix refusing the token or not knowing the cache, an install URL that 404s, Guix's failed
    build or unknown package, Devbox's unknown package) -> real;
  * near-misses: a compile or test failure beside a cache outage or magic-nix-cache's throttling
    notice, a builder that tries the network inside the sandbox, tests ABOUT these errors, an
    application's log lines -> real;
  * wordings printed for both (a build killed after a silence timeout, a daemon socket that does not
    exist yet, GitHub's API rate limit on a flake input) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_DRV = "/nix/store/7q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h-ledger-1.4.0.drv"
_NIX_BUILD = "$ nix build .#ledger -L\n"
_GUIX = "+ guix build -f guix.scm\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Nix: transfers (transient)
    # NixOS/nix src/libstore/filetransfer.cc ("unable to %s '%s': HTTP error %d%s", warn "%s; retrying in
    # %d ms (attempt %d/%d)"): a 429 from the tarball host until the tries ran out
    ("nix-fetchtarball-http-429", "transient",
     "$ nix-build ci.nix -A tests\n"
     "warning: unable to download 'https://codeload.example.com/acme/pins/tar.gz/3f9a2c1': HTTP error 429; "
     "retrying in 2873 ms (attempt 4/5)\n"
     "error: unable to download 'https://codeload.example.com/acme/pins/tar.gz/3f9a2c1': HTTP error 429\n"
     + _GHA),
    # filetransfer.cc with curl's own text ("%s (%d) %s"): the cache timed out mid-NAR
    ("nix-nar-download-timeout-reached", "transient",
     _NIX_BUILD +
     "copying path '/nix/store/0a9s8d7f6g5h4j3k2l1q0w9e8r7t6y5u-openssl-3.0.14' from 'https://cache.example.org'...\n"
     "error: unable to download 'https://cache.example.org/nar/1x2c3v4b5n6m.nar.xz': Timeout was reached (28) "
     "Operation too slow. Less than 1 bytes/sec transferred the last 300 seconds\n" + _GHA),
    # filetransfer.cc: a reset while receiving, curl error 56
    ("nix-download-recv-reset-by-peer", "transient",
     "$ nix develop --command make check\n"
     "copying path '/nix/store/2s3d4f5g6h7j8k9l0q1w2e3r4t5y6u7i-rustc-1.79.0' from 'https://cache.example.org'...\n"
     "error: unable to download 'https://cache.example.org/nar/9p8o7i6u5y4t.nar.zst': Failure when receiving "
     "data from the peer (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n" + _GHA),
    # filetransfer.cc ("HTTP error %d%s" with " (curl error: %s)") for a 500 from the forge's API resolving
    # a flake input
    ("nix-flake-input-api-500", "transient",
     "$ nix flake check\n"
     "error: unable to download 'https://api.example.com/repos/acme/pins/commits/main': HTTP error 500\n\n"
     "       response body:\n\n"
     "       {\"message\":\"Server Error\"}\n" + _GHA),
    # src/libstore/http-binary-cache-store.cc ("disabling binary cache '%s' for %s seconds") then
    # derivation-goal.cc's substitutes failure
    ("nix-binary-cache-disabled-then-substitutes-failed", "transient",
     _NIX_BUILD +
     "error: unable to download 'https://cache.example.org/5t6y7u8i9o0p.narinfo': Couldn't connect to server (7) "
     "Failed to connect to cache.example.org port 443 after 3021 ms: Connection refused\n"
     "disabling binary cache 'https://cache.example.org' for 60 seconds\n"
     "error: some substitutes for the outputs of derivation '" + _DRV + "' failed (usually happens due to "
     "networking issues); try '--fallback' to build derivation from source \n" + _CIRCLE),
    # src/libfetchers/git.cc runs git; git's own "The requested URL returned error: 502" under fetchGit
    ("nix-fetchgit-remote-502", "transient",
     "$ nix build .#docs\n"
     "fetching Git repository 'https://git.example.com/acme/theme.git'\n"
     "fatal: unable to access 'https://git.example.com/acme/theme.git/': The requested URL returned error: 502\n"
     "error: program 'git' failed with exit status 128\n" + _GHA),
    # src/libstore/unix/build/derivation-builder.cc (decideWhetherDiskFull: "note: build failure may have
    # been caused by lack of free disk space") under derivation-building-goal.cc's "Cannot build" block
    ("nix-builder-disk-full-note", "transient",
     _NIX_BUILD +
     "error: Cannot build '" + _DRV + "'.\n"
     "       Reason: builder failed with exit code 2.\n"
     "       Last 2 log lines:\n"
     "       > cp: error writing 'out/share/ledger/fixtures.db': No space left on device\n"
     "       > make: *** [Makefile:40: install] Error 1\n"
     "       note: build failure may have been caused by lack of free disk space\n" + _GHA),

    # src/libutil/file-system.cc SysError("writing to file") with ENOSPC while unpacking a NAR from the
    # cache into a runner's full /nix/store
    ("nix-substitute-store-no-space", "transient",
     _NIX_BUILD +
     "copying path '/nix/store/3d4f5g6h7j8k9l0q1w2e3r4t5y6u7i8o-llvm-18.1.8-lib' from 'https://cache.example.org'...\n"
     "error: writing to file: No space left on device\n" + _GHA),
    # nixpkgs pkgs/build-support/fetchurl/builder.sh ("error: cannot download %s from any mirror", written
    # from its documented shape) inside a fixed-output derivation, which has the network: the host 502s
    ("nix-fixed-output-fetch-any-mirror-502", "transient",
     _NIX_BUILD +
     "acme-tools-2.1.0.tar.gz> trying https://files.example.com/acme-tools-2.1.0.tar.gz\n"
     "acme-tools-2.1.0.tar.gz> curl: (22) The requested URL returned error: 502\n"
     "acme-tools-2.1.0.tar.gz> error: cannot download acme-tools-2.1.0.tar.gz from any mirror\n"
     "error: Cannot build '/nix/store/9o8i7u6y5t4r3e2w1q0p9o8i7u6y5t4r-acme-tools-2.1.0.tar.gz.drv'.\n"
     "       Reason: builder failed with exit code 1.\n" + _GHA),

    # ================================================================== Nix: fetchers (real)
    # src/libexpr/primops/fetchTree.cc ("hash mismatch in file downloaded from '%s':\n  specified: %s\n  got:
    # %s"): the upstream tarball was re-tagged, a rerun fetches the same bytes
    ("nix-fetchurl-file-hash-mismatch", "real",
     "$ nix-build default.nix\n"
     "error: hash mismatch in file downloaded from 'https://files.example.com/acme-tools-2.1.0.tar.gz':\n"
     "  specified: sha256:0m1n2b3v4c5x6z7l8k9j0h1g2f3d4s5a6p7o8i9u0y1t2r3e4w5q\n"
     "  got:       sha256:1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6m\n" + _GHA),
    # src/libfetchers/fetchers.cc ("NAR hash mismatch in input '%s', expected '%s' but got '%s'")
    ("nix-flake-input-nar-hash-mismatch", "real",
     "$ nix flake check\n"
     "error:\n"
     "       … while fetching the input 'github:acme/pins/4e1f0c9d2b7a'\n\n"
     "       error: NAR hash mismatch in input 'github:acme/pins/4e1f0c9d2b7a', expected "
     "'sha256-Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmE=' but got 'sha256-cXV4YmF6Zm9vYmFycXV4YmF6Zm9vYmFycXV4YmE='\n"
     + _GHA),
    # src/libfetchers/git.cc ("Cannot find Git revision '%s' in ref '%s' of repository '%s'! "): a
    # force-pushed branch
    ("nix-fetchgit-revision-gone", "real",
     "$ nix build .#site\n"
     "fetching Git repository 'https://git.example.com/acme/theme.git'\n"
     "error: Cannot find Git revision '8d3c1b0a9f7e6d5c4b3a2918f7e6d5c4b3a29180' in ref 'main' of repository "
     "'https://git.example.com/acme/theme.git'! Please make sure that the rev exists on the ref you've specified "
     "or add allRefs = true; to fetchGit.\n" + _GHA),
    # fetchTree.cc ("in pure evaluation mode, '%s' requires a 'sha256' argument")
    ("nix-pure-eval-fetchtarball-needs-hash", "real",
     "$ nix build .#ledger\n"
     "error:\n"
     "       … while calling the 'fetchTarball' builtin\n"
     "         at /nix/store/a1s2d3f4g5h6j7k8l9q0w1e2r3t4y5u6-source/nix/deps.nix:3:10:\n"
     "            2| let\n"
     "            3|   src = builtins.fetchTarball \"https://files.example.com/schemas.tar.gz\";\n\n"
     "       error: in pure evaluation mode, 'fetchTarball' requires a 'sha256' argument\n" + _GHA),
    # filetransfer.cc: a 401 from a private binary cache the job has no netrc for
    ("nix-private-cache-http-401", "real",
     _NIX_BUILD +
     "error: unable to download 'https://acme.cache.example.org/nix-cache-info': HTTP error 401\n\n"
     "       response body:\n\n"
     "       Unauthorized\n" + _GHA),

    # ================================================================== Nix: evaluation (real)
    # src/libexpr/eval.cc ("attribute '%1%' missing")
    ("nix-eval-attribute-missing", "real",
     "$ nix build .#ledger\n"
     "error:\n"
     "       … while evaluating the attribute 'packages.x86_64-linux.ledger'\n"
     "         at /nix/store/a1s2d3f4g5h6j7k8l9q0w1e2r3t4y5u6-source/flake.nix:21:9:\n"
     "           20|       {\n"
     "           21|         ledger = pkgs.callPackage ./nix/ledger.nix { inherit (pkgs) postgresql_13; };\n\n"
     "       error: attribute 'postgresql_13' missing\n" + _GHA),
    # eval.cc ("undefined variable '%1%'")
    ("nix-eval-undefined-variable", "real",
     "$ nix develop --command cargo test\n"
     "error: undefined variable 'rustToolchain'\n"
     "       at /nix/store/a1s2d3f4g5h6j7k8l9q0w1e2r3t4y5u6-source/flake.nix:33:25:\n"
     "           32|         devShells.default = pkgs.mkShell {\n"
     "           33|           packages = [ rustToolchain pkgs.sqlx-cli ];\n" + _GHA),
    # eval.cc ("file '%s' was not found in the Nix search path (add it using $NIX_PATH or -I)")
    ("nix-search-path-nixpkgs-not-found", "real",
     "$ nix-build ci.nix\n"
     "error:\n"
     "       … while evaluating the file '/home/runner/work/ledger/ci.nix':\n\n"
     "       error: file 'nixpkgs' was not found in the Nix search path (add it using $NIX_PATH or -I)\n"
     "       at /home/runner/work/ledger/ci.nix:1:13:\n" + _GHA),
    # nixpkgs pkgs/stdenv/generic/check-meta.nix ("Package '%s' in %s is marked as broken, refusing to
    # evaluate.") -- written from its documented wording
    ("nixpkgs-package-marked-broken", "real",
     _NIX_BUILD +
     "error:\n"
     "       … while evaluating the attribute 'buildInputs' of derivation 'ledger-1.4.0'\n\n"
     "       error: Package ‘haskell-acme-json-0.3.1’ in /nix/store/z1x2c3v4b5n6m7l8k9j0h1g2f3d4s5a6-source/"
     "pkgs/development/haskell-modules/hackage-packages.nix:81233 is marked as broken, refusing to evaluate.\n\n"
     "       a) To temporarily allow broken packages, you can use an environment variable\n"
     "          for a single invocation of the nix tools.\n" + _GHA),
    # check-meta.nix ("has an unfree license (‘%s’), refusing to evaluate.")
    ("nixpkgs-unfree-refused", "real",
     "$ nix develop --command terraform plan\n"
     "error: Package ‘terraform-1.9.2’ in /nix/store/z1x2c3v4b5n6m7l8k9j0h1g2f3d4s5a6-source/"
     "pkgs/applications/networking/cluster/terraform/default.nix:52 has an unfree license (‘bsl11’), "
     "refusing to evaluate.\n" + _GHA),

    # src/libfetchers (path '%s' does not exist): a flake sees only files Git tracks; the new file was not
    # added
    ("nix-flake-untracked-file-does-not-exist", "real",
     "$ nix build .#ledger\n"
     "error:\n"
     "       … while calling the 'import' builtin\n"
     "         at /nix/store/a1s2d3f4g5h6j7k8l9q0w1e2r3t4y5u6-source/flake.nix:18:20:\n\n"
     "       error: path '/nix/store/a1s2d3f4g5h6j7k8l9q0w1e2r3t4y5u6-source/nix/ledger.nix' does not exist\n" + _GHA),
    # near-miss: an application test logs a cache 503 of its own, then fails on a value
    ("nix-app-log-503-then-assertion", "real",
     "$ nix develop --command pytest -q\n"
     "WARNING  fetcher:fetch.py:41 unable to download 'https://cache.example.org/x.narinfo': HTTP error 503\n"
     "FAILED tests/test_fetch.py::test_narinfo_parse - AssertionError: assert 'StorePath' == 'StorePath:'\n"
     "1 failed, 57 passed in 2.03s\n" + _GHA),

    # ================================================================== Nix: builders (real)
    # src/libstore/build/derivation-building-goal.cc (fixupBuilderFailureErrorMessage: "Cannot build '%s'.",
    # "Reason: builder %s.", "Last %d log lines:", "For full logs, run:") with a failing test
    ("nix-cannot-build-builder-test-fails", "real",
     _NIX_BUILD +
     "error: Cannot build '" + _DRV + "'.\n"
     "       Reason: builder failed with exit code 1.\n"
     "       Output paths:\n"
     "         /nix/store/8u7y6t5r4e3w2q1p0o9i8u7y6t5r4e3w-ledger-1.4.0\n"
     "       Last 4 log lines:\n"
     "       > running tests\n"
     "       > test posting::tests::balances_sum ... FAILED\n"
     "       > test result: FAILED. 41 passed; 1 failed; 0 ignored\n"
     "       > error: test failed, to rerun pass `--lib`\n"
     "       For full logs, run:\n"
     "         nix log " + _DRV + "\n" + _GHA),
    # derivation-building-goal.cc ("Reason: %d %s failed.")
    ("nix-cannot-build-dependency-failed", "real",
     "$ nix flake check -L\n"
     "ledger-lint> src/report.rs:88: unused import: `std::fmt::Write`\n"
     "error: Cannot build '/nix/store/3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k-ledger-lint.drv'.\n"
     "       Reason: builder failed with exit code 101.\n"
     "error: Cannot build '/nix/store/4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l-ci-checks.drv'.\n"
     "       Reason: 1 dependency failed.\n" + _GHA),
    # derivation-building-goal.cc (reject: "Reason: platform mismatch", "Required system: '%s'")
    ("nix-cannot-build-platform-mismatch", "real",
     "$ nix build .#packages.aarch64-linux.ledger\n"
     "error: Cannot build '" + _DRV + "'.\n"
     "       Reason: platform mismatch\n"
     "       Required system: 'aarch64-linux'\n"
     "       Current system: 'x86_64-linux'\n" + _GHA),
    # near-miss: a builder of the project's own (non fixed-output) derivation tries the network: the
    # sandbox has none, every run fails the same
    ("nix-builder-no-network-in-sandbox", "real",
     _NIX_BUILD +
     "error: Cannot build '" + _DRV + "'.\n"
     "       Reason: builder failed with exit code 1.\n"
     "       Last 3 log lines:\n"
     "       > npm error code EAI_AGAIN\n"
     "       > npm error syscall getaddrinfo\n"
     "       > npm error request to https://registry.example.org/left-pad failed, reason: getaddrinfo "
     "EAI_AGAIN registry.example.org\n" + _GHA),
    # the same lookup failure in a fetcher (fixed-output) derivation, which has the network: the vendoring
    # step's host lookup failed for a while (the -L prefix names the derivation)
    ("nix-fod-vendor-dns-failure", "transient",
     _NIX_BUILD +
     "ledger-1.4.0-vendor.tar.gz> curl: (6) Could not resolve host: crates.example.org\n"
     "error: Cannot build '/nix/store/6h7j8k9l0q1w2e3r4t5y6u7i8o9p0a1s-ledger-1.4.0-vendor.tar.gz.drv'.\n"
     "       Reason: builder failed with exit code 1.\n" + _GHA),
    # the same in Nix's quoted log tail, under a -source derivation (fetchFromGitHub's fetchzip)
    ("nix-fod-source-dns-failure-tail", "transient",
     _NIX_BUILD +
     "error: Cannot build '/nix/store/7j8k9l0q1w2e3r4t5y6u7i8o9p0a1s2d-source.drv'.\n"
     "       Reason: builder failed with exit code 1.\n"
     "       Last 2 log lines:\n"
     "       > trying https://codeload.example.com/acme/pins/tar.gz/3f9a2c1\n"
     "       > curl: (6) Could not resolve host: codeload.example.com\n" + _GHA),
    # near-miss: the older builder wording with a compile error, after a narinfo 503 Nix fell back from
    ("nix-cache-429-then-compile-error", "real",
     "warning: unable to download 'https://cache.example.org/2w3e4r5t6y7u.narinfo': HTTP error 429; retrying "
     "in 3311 ms (attempt 2/5)\n"
     "building '" + _DRV + "'...\n"
     "error: builder for '" + _DRV + "' failed with exit code 2;\n"
     "       last 2 log lines:\n"
     "       > src/ledger.c:17:10: fatal error: amount.h: No such file or directory\n"
     "       > make: *** [Makefile:12: ledger.o] Error 1\n" + _GHA),
    # near-miss: nix flake check runs the formatter check, which finds unformatted files
    ("nix-flake-check-formatting", "real",
     "$ nix flake check\n"
     "error: Cannot build '/nix/store/5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z-treefmt-check.drv'.\n"
     "       Reason: builder failed with exit code 1.\n"
     "       Last 3 log lines:\n"
     "       > treefmt: the following files are not formatted:\n"
     "       > src/report.rs\n"
     "       > nix/ledger.nix\n" + _GHA),
    # near-miss: a unit test ABOUT Nix's error text fails on its assertion
    ("nix-test-about-hash-mismatch-fails", "real",
     "$ pytest tests/test_prefetch.py\n"
     "FAILED tests/test_prefetch.py::test_reports_hash_mismatch - AssertionError: assert 'hash mismatch in "
     "fixed-output derivation' in 'error: unable to download: HTTP error 503'\n"
     "========================= 1 failed, 22 passed in 1.41s =========================\n" + _GHA),

    # ================================================================== Cachix
    # cachix/cachix cachix/src/Cachix/Client/Command/Push.hs (accessDeniedBinaryCache: "Binary cache %s
    # doesn't exist or you don't have access.")
    ("cachix-push-access-denied", "real",
     "$ nix build .#ledger --print-out-paths | cachix push acme-ledger\n"
     "\n"
     "Binary cache acme-ledger doesn't exist or you don't have access. Error: {\"error\":\"Token is not "
     "authorized for this cache\"}\n" + _GHA),
    # Push.hs (notAuthenticatedBinaryCache + Config.hs noAuthTokenError)
    ("cachix-push-needs-token", "real",
     "$ cachix push acme-ledger ./result\n"
     "\n"
     "Binary cache acme-ledger doesn't exist or it's private and you need a token: Start by visiting "
     "https://app.cachix.org and create a personal/cache auth token.\n\n"
     "To configure the token:\n\n"
     "a) Via environment variable: \n\n"
     "$ export CACHIX_AUTH_TOKEN=<token...>\n" + _GHA),
    # Push.hs (BinaryCacheNotFound "Binary cache %s does not exist.")
    ("cachix-cache-does-not-exist", "real",
     "$ cachix use acme-ledgr\n"
     "Binary cache acme-ledgr does not exist.\n" + _GHA),
    # cachix/cachix/Main.hs leaves servant's ClientError to the runtime's default handler (Push.hs
    # handleCacheResponse "otherwise = throwM err"): the API answered 502
    ("cachix-api-502-failure-response", "transient",
     "$ cachix push acme-ledger ./result\n"
     "cachix: FailureResponse (Request {requestPath = (BaseUrl {baseUrlScheme = Https, baseUrlHost = "
     "\"cachix.example.org\", baseUrlPort = 443, baseUrlPath = \"/api/v1\"},\"/cache/acme-ledger\")}) "
     "(Response {responseStatusCode = Status {statusCode = 502, statusMessage = \"Bad Gateway\"}, "
     "responseHeaders = fromList [], responseHttpVersion = HTTP/1.1, responseBody = \"\"})\n" + _GHA),
    # http-client's HttpExceptionRequest under cachix (Retry.hs retries it for 90 s, then it escapes)
    ("cachix-api-response-timeout", "transient",
     "$ cachix push acme-ledger ./result\n"
     "Pushing 14 paths (212 are already present) using zstd to cache acme-ledger ⏳\n"
     "cachix: HttpExceptionRequest Request {\n"
     "  host                 = \"acme-ledger.cachix.example.org\"\n"
     "  port                 = 443\n"
     "  secure               = True\n"
     "  method               = \"POST\"\n"
     "}\n"
     " ResponseTimeout\n" + _GHA),
    # near-miss: cachix watch-exec around a test run that fails on the code
    ("cachix-watch-exec-tests-fail", "real",
     "$ cachix watch-exec acme-ledger -- nix develop --command cargo test\n"
     "test posting::tests::rounding ... FAILED\n"
     "failures:\n"
     "    posting::tests::rounding\n"
     "test result: FAILED. 30 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),

    # ================================================================== installers
    # cachix/install-nix-action install-nix.sh (curl loop, "curl retries failed"): releases host 503
    ("install-nix-action-curl-503", "transient",
     "Run cachix/install-nix-action@v30\n"
     "installer options: --no-channel-add --darwin-use-unencrypted-nix-store-volume --daemon\n"
     "curl: (22) The requested URL returned error: 503\n"
     "curl: (22) The requested URL returned error: 503\n"
     "curl: (22) The requested URL returned error: 503\n"
     "curl retries failed\n" + _GHA),
    # install-nix.sh: a Nix version whose install script does not exist; the loop retries a 404 too
    ("install-nix-action-curl-404", "real",
     "Run cachix/install-nix-action@v30\n"
     "installer options: --no-channel-add --daemon\n"
     "curl: (22) The requested URL returned error: 404\n"
     "curl: (22) The requested URL returned error: 404\n"
     "curl retries failed\n" + _GHA),
    # DeterminateSystems/nix-installer src/action/base/fetch_and_unpack_nix.rs ("Request error") under the
    # action chain ("Action `%s` errored", "Error executing action"): the tarball fetch timed out
    ("nix-installer-fetch-timeout", "transient",
     "Run DeterminateSystems/nix-installer-action@main\n"
     "Error: \n"
     "   0: Error executing action\n"
     "   1: Action `provision_nix` errored\n"
     "   2: Action `fetch_and_unpack_nix` errored\n"
     "   3: Request error\n"
     "   4: error sending request for url (https://releases.example.org/nix/nix-2.24.9/nix-2.24.9-x86_64-linux.tar.xz)\n"
     "   5: operation timed out\n" + _GHA),
    # DeterminateSystems/magic-nix-cache gha-cache/src/api.rs ("GitHub Actions Cache throttled Magic Nix
    # Cache. Not trying to use it again on this run.") is a notice; the job failed on its build
    ("magic-nix-cache-throttled-then-builder-fails", "real",
     "Run DeterminateSystems/magic-nix-cache-action@main\n"
     "GitHub Actions Cache throttled Magic Nix Cache. Not trying to use it again on this run.\n"
     "$ nix build .#ledger -L\n"
     "ledger> src/report.rs:88:5: error[E0425]: cannot find value `totals` in this scope\n"
     "error: Cannot build '" + _DRV + "'.\n"
     "       Reason: builder failed with exit code 101.\n" + _GHA),

    # ================================================================== Guix
    # guix/scripts/substitute.scm ("download from '~a' failed: ~a, ~s~%") under guix/ui.scm's leave
    ("guix-substitute-download-504", "transient",
     _GUIX +
     "substitute: updating substitutes from 'https://substitutes.example.org'... 100.0%\n"
     "downloading from https://substitutes.example.org/nar/lzip/6y7u8i9o0p1a-gcc-toolchain-13.2.0 ...\n"
     "guix substitute: error: download from 'https://substitutes.example.org/nar/lzip/6y7u8i9o0p1a-gcc-toolchain-13.2.0' "
     "failed: 504, \"Gateway Time-out\"\n"
     "guix build: error: `/gnu/store/6y7u8i9o0p1a-gcc-toolchain-13.2.0' is not valid\n" + _GL),
    # guix/ui.scm ("failed to connect to `~a': ~a~%") with strerror: the daemon was restarting
    ("guix-daemon-connection-refused", "transient",
     _GUIX +
     "guix build: error: failed to connect to `/var/guix/daemon-socket/socket': Connection refused\n" + _GL),
    # guix/git.scm ("Git error: ~a~%") under guix pull, libgit2's resolver text
    ("guix-pull-git-resolve-failed", "transient",
     "+ guix pull --channels=channels.scm\n"
     "Updating channel 'guix' from Git repository at 'https://git.example.org/guix.git'...\n"
     "guix pull: error: Git error: failed to resolve address for git.example.org: Temporary failure in name "
     "resolution\n" + _GL),
    # guix/status.scm ("build of ~a failed", "View build log at '~a'.") and guix/ui.scm's store protocol
    # error: the project's own package fails its tests
    ("guix-build-failed-tests", "real",
     _GUIX +
     "building /gnu/store/1q2w3e4r5t6y-ledger-1.4.0.drv...\n"
     "FAIL: tests/posting.scm\n"
     "# of expected passes      41\n"
     "# of unexpected failures  1\n"
     "build of /gnu/store/1q2w3e4r5t6y-ledger-1.4.0.drv failed\n"
     "View build log at '/var/log/guix/drvs/1q/2w3e4r5t6y-ledger-1.4.0.drv.gz'.\n"
     "guix build: error: build of `/gnu/store/1q2w3e4r5t6y-ledger-1.4.0.drv' failed\n" + _GL),
    # guix/ui.scm ("~a: unknown package~%")
    ("guix-unknown-package", "real",
     "+ guix shell -m manifest.scm -- make check\n"
     "guix shell: error: python-acme-schemas: unknown package\n" + _GL),

    # ================================================================== Devbox
    # jetify-com/devbox internal/devpkg/package.go ("Package \"%s\" was not found")
    ("devbox-package-not-found", "real",
     "Run jetify-com/devbox-install-action@v0.12.0\n"
     "$ devbox install\n"
     "Info: Ensuring packages are installed.\n"
     "Error: Package \"acme-cli@9.9.9\" was not found\n" + _GHA),
    # internal/devpkg/package.go (ErrCannotBuildPackageOnSystem: "was found, but we're unable to build it
    # for your system")
    ("devbox-package-not-for-system", "real",
     "$ devbox run test\n"
     "Error: Package \"sublime4@latest\" was found, but we're unable to build it for your system. You may need "
     "to choose another version or write a custom flake.\n" + _GHA),
    # internal/searcher/client.go ("GET %s: unexpected status code %s: %s"): the search API answered 503
    ("devbox-search-api-503", "transient",
     "$ devbox install\n"
     "Info: Ensuring packages are installed.\n"
     "Error: GET https://search.example.dev/v2/resolve?name=go&version=1.22: unexpected status code 503 "
     "Service Unavailable: upstream connect error or disconnect/reset before headers\n" + _GHA),
]

# Wordings printed whether the cause was an outage or a persistent one.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # NixOS/nix src/libstore/build/worker.cc (older "%1% timed out after %2% seconds of silence", goal name
    # "building of '%s'"): a hung test or a slow machine, under a limit the job set (--max-silent-time)
    ("nix-max-silent-time",
     "$ nix-build ci.nix -A integration --max-silent-time 1800\n"
     "building '" + _DRV + "'...\n"
     "error: building of '" + _DRV + "' timed out after 1800 seconds of silence\n" + _GHA),
    # src/libstore/build/goal.cc (TimedOut: "timed out after %1% seconds") for --timeout
    ("nix-build-timeout-seconds",
     "$ nix build .#checks.x86_64-linux.vm-test --option timeout 3600\n"
     "error: Cannot build '/nix/store/6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x-vm-test.drv'.\n"
     "       Reason: timed out after 3600 seconds\n" + _GHA),
    # unix-domain-socket.cc ("cannot connect to socket at '%s'") with ENOENT: the daemon not started yet
    # (an installer race) or never installed (a single-user setup told to use the daemon)
    ("nix-daemon-socket-missing",
     "$ nix build .#ledger\n"
     "error: cannot connect to socket at '/nix/var/nix/daemon-socket/socket': No such file or directory\n"
     + _GHA),
    # filetransfer.cc with the forge's body: the unauthenticated API rate limit on a flake input (a token
    # would lift it; a rerun an hour later passes)
    # (nineteenth round, leftovers: nix-flake-input-api-rate-limit-403 moved to test_rules19_leftovers.py: a 403 with no
    # credentials beside it and the rate limit in its body reads transient)
    # cachix Push.hs (NarHashMismatch: "the computed NAR hash doesn't match the hash returned by the Nix
    # store"): a corrupt store on that runner
    ("cachix-nar-hash-mismatch",
     "$ cachix push acme-ledger ./result\n"
     "\n"
     "/nix/store/8u7y6t5r4e3w2q1p0o9i8u7y6t5r4e3w-ledger-1.4.0: the computed NAR hash doesn't match the hash "
     "returned by the Nix store.\n\n"
     "Expected: sha256:0m1n2b3v4c5x6z7l8k9j0h1g2f3d4s5a6p7o8i9u0y1t2r3e4w5q\n"
     "Got:      sha256:1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6m\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_nix_guix_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_nix_guix_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "unable to download 'https://cache.example.org/",
    "is marked as broken ",
    "has an unfree license (",
    "Binary cache acme doesn't exist or ",
    "       > ",
    "ledger> ",
    "error: Cannot build '/nix/store/",
    "building of '/nix/store/",
    "cannot connect to socket at '",
]
