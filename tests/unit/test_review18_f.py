"""Review 18f of the eighteenth round's native_gen section (premake-action-or-script-refused,
stack-wanted-compiler-missing, hpack-cabal-file-refused, conan-remote-credentials-refused,
native-package-or-version-unknown, cppunit-failures-report) and the older entry that helper changed
(transient-wording's unless for Boost.Test's "*** The test case ... has timed out"): adversarial logs (made up,
short) from other tools and contexts that share the entries' words, and guards.

Found wrong before this review (38 logs): high (real read transient) 6: a package the manifest names that xmake or
vcpkg does not know below an outage of an earlier, unrelated command (an apt mirror's Err line, a curl download
retried) -- the entry was downstream of any outage anywhere above -- and a CppUnit run that errored beside another
binary's "OK (8 tests)" (which turned the entry off) above a post-job cache timeout; medium (outage read real) 1:
CppUnit's count line printed from a fixture above a 503; low (unknown) 7.
After: high 0, medium 0, low 11 (LEFT, in NOT_SURELY_TRANSIENT and NOT_SURELY_REAL: an outage of an earlier command
still weighs against the package and config entries as it does against any real line, so those read unknown rather
than transient; premake, stack and Conan refusals after a fetch the script went on from read neither way).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_APT_ERR = ("+ sudo apt-get update\n"
            "Err:3 http://azure.archive.ubuntu.com/ubuntu jammy-updates InRelease\n"
            "  Could not connect to azure.archive.ubuntu.com:80 (40.81.13.82), connection timed out\n"
            "Reading package lists...\n"
            "W: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/dists/jammy-updates/InRelease  Could not connect "
            "to azure.archive.ubuntu.com:80 (40.81.13.82), connection timed out\n"
            "W: Some index files failed to download. They have been ignored, or old ones used instead.\n")
_FILL = "".join(f"Setting up libacme{i} (1.0-{i}) ...\n" for i in range(50))
_XMAKE_UNKNOWN = ("+ xmake f -y\n"
                  "checking for platform ... linux\n"
                  "note: the following packages were not found in any repository (check if they are spelled correctly):\n"
                  "  -> libacmee\n"
                  "error: \n" + _GHA)
_VCPKG_BASELINE = ("+ vcpkg install --triplet x64-linux\n"
                   "Detecting compiler hash for triplet x64-linux...\n"
                   "error: the baseline does not contain an entry for port acme-sdk\n" + _GHA)
_CPPUNIT_OK_THEN_ERROR = ("+ make check\n"
                          "./build/tests/codec_tests\n"
                          "........\n\nOK (8 tests)\n\n"
                          "./build/tests/parser_tests\n"
                          "..E\n\n!!!FAILURES!!!\nTest Results:\nRun:  3   Failures: 0   Errors: 1\n\n"
                          "1) test: ParserTest::testNested (E) \n"
                          "uncaught exception of type std::length_error\n"
                          "- vector::reserve\n\n"
                          "make: *** [Makefile:58: check] Error 1\n" + _GHA)
_POST_CACHE_TIMEOUT = ("Post job cleanup.\n"
                       "Warning: Failed to save: getCacheEntry failed: connect ETIMEDOUT 13.107.42.16:443\n")
_STACK_NO_GHC = ("+ stack --no-install-ghc build\n"
                 "Error: [S-6362]\n"
                 "       No compiler found, expected minor version match with ghc-9.6.5 (x86_64) (based on resolver "
                 "setting in /home/ci/app/stack.yaml).\n" + _GHA)

CASES: list[tuple[str, str, str]] = [
    # ================================================================== native-package-or-version-unknown
    # guard: a docker pull retried past its timeout, then a package name xmake does not know: the manifest's
    ("docker-pull-retried-then-xmake-unknown", "real",
     "+ docker pull ghcr.io/acme/builder:3\n"
     "Error response from daemon: Get \"https://ghcr.io/v2/\": net/http: request canceled while waiting for connection "
     "(Client.Timeout exceeded while awaiting headers)\n"
     "Retrying in 10 seconds (attempt 2/3)...\n"
     "Status: Downloaded newer image for ghcr.io/acme/builder:3\n" + _XMAKE_UNKNOWN),
    # guard: a test whose captured output quotes bpkg's unknown package: the test's assertion failed
    ("pytest-captured-bpkg-unknown-package", "real",
     "+ python -m pytest -q tests/test_bpkg_wrapper.py\n"
     "F...\n"
     "    def test_reports_unknown():\n"
     "        out = run_bpkg(['build', 'libacmee'])\n"
     ">       assert out.code == 2\n"
     "E       assert 1 == 2\n"
     "tests/test_bpkg_wrapper.py:9: AssertionError\n"
     "----------------------------- Captured stdout call -----------------------------\n"
     "error: unknown package libacmee\n"
     "FAILED tests/test_bpkg_wrapper.py::test_reports_unknown - assert 1 == 2\n"
     "1 failed, 3 passed in 0.20s\n" + _GHA),
    # guard: constraints bdep cannot satisfy, then a post-job cache 503: the manifest's, every run
    ("bpkg-constraints-then-post-cache-503", "real",
     "+ bdep sync --yes\n"
     "error: unable to satisfy constraints on package libacme\n"
     "  info: app depends on (libacme ^2.0.0)\n" + _GHA +
     "Post job cleanup.\n"
     "Warning: Failed to save: Cache service responded with 503\n"),
    # guard: xmake-repo's pull timed out, the build went on and broke on the code: the compile error
    ("xmake-repo-timeout-then-compile-error", "real",
     "+ xmake f -y\n"
     "error: fatal: unable to access 'https://github.com/xmake-io/xmake-repo.git/': Operation timed out after 30000 "
     "milliseconds\n"
     "+ xmake -y\n"
     "[ 40%]: cache compiling.release src/parser.cpp\n"
     "error: src/parser.cpp:88:17: error: no member named 'tokens_' in 'acme::Parser'\n" + _GHA),
    # guard: xmake-repo's clone answered 502 right above the note: the packages are unknown because the index is
    ("xmake-repo-502-then-not-found", "transient",
     "+ xmake f -m release -y\n"
     "error: fatal: unable to access 'https://github.com/xmake-io/xmake-repo.git/': The requested URL returned error: "
     "502\n"
     "note: the following packages were not found in any repository (check if they are spelled correctly):\n"
     "  -> zlib\n"
     "error: \n" + _GHA),
    # guard: bpkg's repository index fetch answered 503 in the command before: the package list is what is missing
    ("bpkg-rep-fetch-503-then-unknown-package", "transient",
     "+ bpkg rep-fetch\n"
     "fetching pkg:cppget.example.org/stable\n"
     "error: unable to fetch https://pkg.cppget.example.org/1/stable/repositories.manifest\n"
     "  info: HTTP status code 503\n"
     "+ bpkg build libacme --yes\n"
     "error: unknown package libacme\n" + _GHA),

    # ================================================================== cppunit-failures-report
    # (was transient 0.9: another binary's "OK (8 tests)" turned the entry off) a CppUnit error on the code, then
    # a post-job cache timeout
    ("cppunit-error-beside-ok-binary-post-cache-timeout", "real", _CPPUNIT_OK_THEN_ERROR + _POST_CACHE_TIMEOUT),
    # guard: the same without the post step
    ("cppunit-error-beside-ok-binary", "real", _CPPUNIT_OK_THEN_ERROR),
    # guard: CppUnit's report under the runner's timestamps, a cache timeout after the step: the failing test
    ("cppunit-report-timestamped-post-timeout", "real",
     "".join(f"2026-05-01T10:00:{i:02d}.1234567Z {line}\n" for i, line in enumerate([
         "+ ./build/tests/run_tests", "......F...", "", "!!!FAILURES!!!", "Test Results:",
         "Run:  10   Failures: 1   Errors: 0", "", "1) test: ParserTest::testSplit (F) line: 33 tests/ParserTest.cpp",
         "uncaught exception of type std::runtime_error", "- bad token", "",
         "##[error]Process completed with exit code 1."])) +
     "2026-05-01T10:01:00.0000000Z " + _POST_CACHE_TIMEOUT.replace("\nWarning", "\n2026-05-01T10:01:01.0000000Z Warning")),
    # (was real 0.84) a fixture holding CppUnit's count line printed by the job, then PyPI's 503: the upload's outage
    ("fixture-prints-cppunit-count-then-upload-503", "transient",
     "+ python -m pytest -q tests/test_report_parser.py\n"
     "....                                                                     [100%]\n"
     "4 passed in 0.12s\n"
     "+ cat tests/fixtures/cppunit_failed.txt\n"
     "Run:  10   Failures: 1   Errors: 0\n"
     "+ twine upload dist/*\n"
     "ERROR    HTTPError: 503 Service Unavailable from https://upload.pypi.org/legacy/\n" + _GHA),
    # guard: a zero count in a coverage script's output, then its upload refused: the outage
    ("zero-count-line-then-coverage-refused", "transient",
     "+ ./build/tests/run_tests\n"
     "..........\n\nOK (10 tests)\n\n"
     "+ ./scripts/upload-coverage.sh\n"
     "Run:  10   Failures: 0   Errors: 0\n"
     "curl: (7) Failed to connect to coverage.example.org port 443 after 3 ms: Connection refused\n" + _GHA),
    # guard: an integration test erroring on the mirror's name not resolving: the outage, as any test meeting it
    ("cppunit-error-is-dns-failure", "transient",
     "+ ./build/tests/integration_tests\n"
     "..E\n\n!!!FAILURES!!!\nTest Results:\nRun:  3   Failures: 0   Errors: 1\n\n"
     "1) test: FetchTest::testDownload (E) \n"
     "uncaught exception of type std::runtime_error\n"
     "- curl: (6) Could not resolve host: mirror.example.org\n\n" + _GHA),

    # ================================================================== hpack-cabal-file-refused
    # (was unknown 0.54) a commit subject quoting hpack's message, then the push's 500: the remote's outage
    ("git-log-subject-quotes-hpack-then-push-500", "transient",
     "+ git log --oneline -3\n"
     "9f2c1a0 ci: regenerate because acme.cabal was modified manually, please use --force to overwrite\n"
     "4d8e7f6 parser: keep quoted commas\n"
     "+ git push origin HEAD:gh-pages\n"
     "remote: Internal Server Error\n"
     "fatal: unable to access 'https://github.com/acme/acme.git/': The requested URL returned error: 500\n" + _GHA),
    # guard: the job's own sed edited the .cabal file, then hpack refused it: the job's script, every run
    ("job-sed-edits-cabal-then-hpack-refuses", "real",
     "+ sed -i \"s/^version:.*/version: 1.4.$GITHUB_RUN_NUMBER/\" acme.cabal\n"
     "+ hpack\n"
     "acme.cabal was modified manually, please use --force to overwrite.\n" + _GHA),
    # guard: stack's own warning (another wording) and pantry's 503: the outage
    ("stack-warns-modified-manually-then-pantry-503", "transient",
     "+ stack build\n"
     "Warning: acme.cabal was modified manually. Ignoring package.yaml in favor of the Cabal file. If you want to use "
     "the package.yaml file instead of the Cabal file, then please delete the Cabal file.\n"
     "Downloading aeson-extra-0.5.1.3 from casa.example.org\n"
     "Error: [S-571]\n"
     "Unexpected non-200 HTTP status code: 503\n" + _GHA),
    # guard: hpack's refusal, then a post-job cache timeout: the checkout against the tool, every run
    ("hpack-newer-then-post-cache-timeout", "real",
     "+ hpack\n"
     "acme.cabal was generated with a newer version of hpack, please upgrade and try again.\n" + _GHA
     + _POST_CACHE_TIMEOUT),

    # ================================================================== stack-wanted-compiler-missing
    # guard: make echoing a recipe's comment that quotes the message, then the release upload's 502: the outage
    ("make-echoes-comment-quoting-stack-then-upload-502", "transient",
     "+ make release\n"
     "#    refuses with \"No compiler found, expected minor version\n"
     "#    match with ghc-9.8.4 (x86_64-tinfo6)\" even when the\n"
     "cp .stack-work/install/bin/acme release/bin/acme\n"
     "+ gh release upload v1.4.0 release/acme.tar.gz\n"
     "HTTP 502: Bad Gateway (https://uploads.github.com/repos/acme/acme/releases/1/assets?name=acme.tar.gz)\n" + _GHA),
    # guard: stack setup's own GHC download timing out (stack says so, not S-6362's missing compiler): the outage
    ("stack-setup-ghc-download-timeout", "transient",
     "+ stack setup\n"
     "Preparing to install GHC to an isolated location. This will not interfere with any system-level installation.\n"
     "Downloading ghc-9.6.5...\n"
     "Error: HttpExceptionRequest Request { host = \"downloads.haskell.org\" port = 443 secure = True "
     "path = \"/~ghc/9.6.5/ghc-9.6.5-x86_64-deb10-linux.tar.xz\" } ConnectionTimeout\n" + _GHA),
    # guard: an hspec test comparing the message: the test's failure
    ("hspec-compares-no-compiler-message", "real",
     "+ stack test\n"
     "  1) Wrapper.Errors explains a missing compiler\n"
     "       expected: \"No compiler found, expected minor version match with ghc-9.6.5 (x86_64)\"\n"
     "        but got: \"No compiler found\"\n"
     "  1 example, 1 failure\n"
     "stack-wrapper> Test suite spec failed\n" + _GHA),
    # guard: the missing compiler, then a post-job cache 503: the image or the flags, every run
    ("stack-no-compiler-then-post-cache-503", "real",
     _STACK_NO_GHC + "Post job cleanup.\nWarning: Failed to save: Cache service responded with 503\n"),

    # ================================================================== conan-remote-credentials-refused, premake
    # guard: Conan's graph error over a remote answering 502: the remote's outage, not the credentials
    ("conan2-not-resolved-502", "transient",
     "+ conan install . --build=missing\n"
     "fmt/10.2.1: Checking remote: acme-artifactory\n"
     "ERROR: Package 'fmt/10.2.1' not resolved: 502: Bad Gateway.\n" + _GHA),
    # guard: pip retried past a read timeout, then the remote refused the password: the secret, every run
    ("pip-retried-then-conan-wrong-password", "real",
     "+ pip install conan==2.3.0\n"
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken "
     "by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': "
     "/simple/conan/\n"
     "Successfully installed conan-2.3.0\n"
     "+ conan install . --build=missing\n"
     "acme-core/2.0.1: Checking remote: acme-artifactory\n"
     "ERROR: Package 'acme-core/2.0.1' not resolved: Wrong user or password.\n" + _GHA),
    # guard: the password refused, then a post-job timeout: the secret
    ("conan-wrong-password-then-post-timeout", "real",
     "+ conan install . --build=missing\n"
     "ERROR: Package 'acme-core/2.0.1' not resolved: Wrong user or password.\n" + _GHA +
     "Post job cleanup.\nError: connect ETIMEDOUT 140.82.112.21:443\n"),
    # guard: an application's CLI refusing an option value (same wording as premake's): the job's command
    ("app-cli-invalid-option-value", "real",
     "+ ./build/acmectl --log-level=verbose2 serve\n"
     "Error: invalid value 'verbose2' for option 'log-level'\n" + _GHA),
    # guard: premake's refused option, then a post-job cache 503: the job's command
    ("premake-invalid-value-then-post-cache-503", "real",
     "+ ./premake5 --cc=clang19 gmake2\n"
     "Error: invalid value 'clang19' for option 'cc'\n" + _GHA +
     "Post job cleanup.\n"
     "Warning: Failed to save: Unable to reserve cache with key premake-abc. More details: Cache service responded "
     "with 503\n"),

    # ================================================================== Boost.Test's timeout (transient-wording unless)
    # guard: a test stopped at its timeout above another test's failed check: the check, every run
    ("boost-timeout-then-check-failed", "real",
     "Running 12 test cases...\n"
     "*** The test case \"sync/drains_queue\" has timed out; see standard output for details\n"
     "/home/ci/app/tests/parser_test.cpp(33): error: in \"parser/splits\": check tokens.size() == 3u has failed "
     "[2 != 3]\n\n"
     "*** 2 failures are detected in the test module \"AcmeTests\"\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # (was transient 0.9: downstream of the earlier step's apt Err) a misspelt package, apt went on without that
    # index: real; LEFT unknown (an outage of an earlier command still weighs against a real line, as for any entry)
    ("apt-err-then-xmake-unknown-package", _APT_ERR + "+ sudo apt-get install -y build-essential\n" + _XMAKE_UNKNOWN),
    # (was transient 0.9) the apt Err far above (50 lines), then a misspelt package: real; LEFT unknown
    ("apt-err-far-above-then-xmake-unknown", _APT_ERR + _FILL + _XMAKE_UNKNOWN),
    # (was transient 0.9) the same above vcpkg's baseline missing the port: the manifest's; LEFT unknown
    ("apt-err-far-above-then-vcpkg-baseline", _APT_ERR + _FILL + _VCPKG_BASELINE),
    # (was transient 0.9) curl retried past a timeout, the download went on, then the baseline: real; LEFT unknown
    ("curl-retried-then-vcpkg-baseline",
     "+ curl --retry 3 -fsSLO https://cmake.org/files/v3.29/cmake-3.29.2-linux-x86_64.tar.gz\n"
     "curl: (28) Failed to connect to cmake.org port 443 after 10001 ms: Timeout was reached\n"
     "Warning: Problem : timeout. Will retry in 1 seconds. 3 retries left.\n"
     "+ tar xf cmake-3.29.2-linux-x86_64.tar.gz\n" + _VCPKG_BASELINE),
    # (was transient 0.9) the apt Err right above vcpkg's baseline: real; LEFT unknown
    ("apt-err-then-vcpkg-baseline", _APT_ERR + _VCPKG_BASELINE),
    # the apt Err above stack's missing compiler: real; LEFT unknown (as above)
    ("apt-err-then-stack-no-compiler", _APT_ERR + _FILL + _STACK_NO_GHC),
    # a script's own line in Boost.Test's form: a test of the e2e suite timed out, the limit the suite set
    ("e2e-script-prints-boost-timeout-line",
     "+ ./run-e2e.sh\n"
     "*** The test case \"login\" has timed out; see standard output for details\n"
     "e2e: 1 failed\n" + _GHA),
    # a proxy asking Conan for credentials (407): the proxy's configuration as often as an outage
    ("conan2-not-resolved-proxy-407",
     "+ conan install . --build=missing\n"
     "fmt/10.2.1: Checking remote: acme-artifactory\n"
     "ERROR: Package 'fmt/10.2.1' not resolved: 407: Proxy Authentication Required.\n" + _GHA),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the premake-ninja module's clone could not resolve github.com, so premake has no 'ninja' action: transient;
    # LEFT unknown (the script went on from the failed clone; downstream would let any earlier outage excuse it)
    ("module-clone-dns-then-premake-no-action",
     "+ git clone --depth 1 https://github.com/acme/premake-ninja modules/ninja\n"
     "Cloning into 'modules/ninja'...\n"
     "fatal: unable to access 'https://github.com/acme/premake-ninja/': Could not resolve host: github.com\n"
     "+ ./premake5 ninja\n"
     "Error: no such action 'ninja'\n" + _GHA),
    # a submodule's clone timed out, so its premake5.lua is missing: transient; LEFT unknown
    ("submodule-timeout-then-no-premake-script",
     "+ git submodule update --init --recursive\n"
     "fatal: unable to access 'https://github.com/glfw/glfw.git/': Failed to connect to github.com port 443 after "
     "21004 ms: Connection timed out\n"
     "fatal: clone of 'https://github.com/glfw/glfw.git' into submodule path '/home/runner/work/app/vendor/glfw' "
     "failed\n"
     "+ cd vendor/glfw && ../../premake5 gmake2\n"
     "No Premake script (premake5.lua) found!\n" + _GHA),
    # the version the job passes came from an API that answered 503: transient; LEFT unknown
    ("api-503-then-premake-empty-option-value",
     "+ TAG=$(curl -fsSL https://api.github.com/repos/acme/sdk/releases/latest | jq -r .tag_name)\n"
     "curl: (22) The requested URL returned error: 503\n"
     "+ ./premake5 --sdk-version=\"$TAG\" gmake2\n"
     "Error: invalid value '' for option 'sdk-version'\n" + _GHA),
    # ghcup's GHC download reset, stack then found the image's older GHC: transient; LEFT unknown
    ("ghcup-download-reset-then-stack-version-mismatch",
     "+ ghcup install ghc 9.6.5 --set\n"
     "curl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n"
     "[ Error ] Download failed: Process \"curl\" failed with exit code 56.\n"
     "+ stack --system-ghc --no-install-ghc build\n"
     "Error: [S-6362]\n"
     "       Compiler version mismatched, found ghc-9.4.8 (x86_64), but expected minor version match with ghc-9.6.5 "
     "(x86_64) (based on resolver setting in /home/ci/app/stack.yaml).\n" + _GHA),
    # Vault sealed (503), so the password Conan sent was empty: transient; LEFT unknown
    ("vault-503-then-conan-wrong-password",
     "+ export CONAN_PASSWORD=$(vault kv get -field=password secret/ci/conan)\n"
     "Code: 503. Errors:\n\n* Vault is sealed\n"
     "+ conan install . --build=missing\n"
     "acme-core/2.0.1: Checking remote: acme-artifactory\n"
     "ERROR: Package 'acme-core/2.0.1' not resolved: Wrong user or password.\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_native_gen_near_misses_read_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_native_gen_ambiguous_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_native_gen_outage_damage_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL)
