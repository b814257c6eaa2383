"""Eighteenth round, tool sources: less common native build generators, package managers and C/C++/Fortran
test harnesses as CI steps fail on them.

Covered: premake (``Error: no such action``, a missing script, a Lua error in the script, an invalid option
value), xmake (package downloads through curl, ``xmake repo --update``'s git pull, unknown, unsupported and
version-less packages, a package's build), build2's bpkg (repository and package fetches, unknown
packages, unsatisfiable constraints), fpm, the Fortran Package Manager (a git dependency's fetch, the
registry's status codes, failed compilation and test executions), Haskell Stack and pantry (the index
download, ``[S-6362]`` no compiler, ``[S-775]`` a snapshot that does not exist, ``[S-571]`` non-200
statuses, ``[S-394]`` hash mismatches, ``[S-7282]``/``[S-7011]`` build failures), hpack (``package.yaml``
errors, the defaults download), cabal-install's downloads (the curl transport's error, ``HTTP code``,
``SHA256 don't match``), Conan 2's graph errors (a remote answering 5xx, refused credentials), vcpkg's
baseline, Meson's WrapDB connection and ``meson test`` timeouts, CTest's ``Could not find executable`` /
``Not Run``, a failing test after ``--repeat until-pass``, Boost.Test's failure report, its SIGALRM timeout
and a C++ exception, CppUnit's ``!!!FAILURES!!!`` report and Ceedling/Unity/CMock's test summary.
Stack's HttpException timeouts and DNS failures, cabal's solver and missing package list, Conan's
download and checksum errors, vcpkg's downloads, Meson's wrap downloads and CTest's timeout, segfault and
abort are in test_tool_sources_lang_ecosystems_more.py, test_tool_sources_fp_jvm_langs.py,
test_tool_sources_os_packages.py, test_tool_sources_build_systems.py and
test_tool_sources_test_frameworks_xlang.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording was
read from the tools' source (the comment above each case names the repository and file holding the
format string): premake/premake-core, xmake-io/xmake, build2/bpkg, fortran-lang/fpm,
commercialhaskell/stack, commercialhaskell/pantry, sol/hpack, haskell/cabal, conan-io/conan,
microsoft/vcpkg-tool (seen through the code index), mesonbuild/meson (code index), Kitware/CMake's
Source/CTest (code index), boostorg/test and CppUnit's TextOutputter (code index). Curl's and git's own
error lines, hackage-security's progress lines under stack, meson test's TIMEOUT row, ctest's
``--repeat until-pass`` rows and Ceedling's summary rest on the tools' documented output rather than
on source read here. Hosts, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a download that failed on the network or on a server's 5xx (xmake's curl errors 6/28/56, its
    repository pull, bpkg's fetch with a curl error or an HTTP 5xx, fpm's git fetch beside git's network
    error or its registry's 503, stack's index download timing out, pantry's non-200 503, hpack's
    defaults download 503, cabal's curl transport timing out or an HTTP 503, Conan 2's remote answering
    5xx, WrapDB timing out) -> transient;
  * a persistent cause (premake's unknown action, missing script, Lua error; xmake's unknown or
    unsupported package, a version that does not exist, a 404; bpkg's unknown package and constraints, a
    git repository that does not exist; fpm's missing git ref, failed compilation, failed tests; stack's
    missing compiler, snapshot 404, hash mismatch, build failure; hpack's parse errors and version
    checks; cabal's 404 and hash mismatch; Conan's refused credentials; vcpkg's baseline; WrapDB's
    untrusted certificate; CTest's missing executable, a test still failing after its repeats; Boost.Test,
    CppUnit and Unity assertions, a C++ exception from the code) -> real;
  * near-misses: a test ABOUT one of these messages failing on its assertion, an xmake certificate
    retry that passed above a compile error, an application's own log line -> real;
  * wordings printed both for an outage and for a persistent cause (fpm's bare git fetch error, bpkg's
    package 404 with stale metadata, pantry's failure to clone a repository) -> not surely transient;
  * a Boost.Test or meson test timeout the project set, alone -> transient, modestly: the nineteenth round's one
    rule for a harness's own time limit (test_rules19_timeouts.py).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_XMAKE_REQ = ("+ xmake f -m release -y\n"
              "checking for platform ... linux\n"
              "checking for architecture ... x86_64\n"
              "note: install or modify (m) these packages (pass -y to skip confirm)?\n"
              "in xmake-repo:\n"
              "  -> zlib v1.3.1 [license:zlib]\n")
_BPKG = "+ bdep init -C @gcc cc config.cxx=g++\ninitializing in project /home/ci/app/\n"
_FPM = "+ fpm build --profile release\n"
_STACK = "+ stack build --test --no-run-tests\n"
_CABAL = "+ cabal build all --enable-tests\nResolving dependencies...\nBuild profile: -w ghc-9.6.5 -O1\n"
_CONAN = ("+ conan install . --build=missing -s build_type=Release\n\n"
          "======== Computing dependency graph ========\n")
_CTEST = "+ ctest --test-dir build --output-on-failure\nTest project /home/ci/app/build\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== premake
    # premake/premake-core src/_premake_main.lua ("Error: no such action '" .. _ACTION .. "'")
    ("premake-no-such-action", "real",
     "+ ./premake5 vs2031\n"
     "Building configurations...\n"
     "Error: no such action 'vs2031'\n" + _GHA),
    # src/_premake_main.lua ("No Premake script (%s) found!")
    ("premake-no-script", "real",
     "+ cd tools && ./premake5 gmake2\n"
     "No Premake script (premake5.lua) found!\n" + _CIRCLE),
    # src/host/premake.c (ERROR_MESSAGE "Error: %s\n" around a Lua error of the script)
    ("premake-lua-error-in-script", "real",
     "+ ./premake5 --file=build/premake5.lua gmake2\n"
     "Error: build/premake5.lua:41: attempt to call a nil value (global 'kindd')\n" + _GHA),
    # src/base/option.lua ("invalid value '%s' for option '%s'") printed by _premake_main.lua's "Error: "
    ("premake-invalid-option-value", "real",
     "+ ./premake5 --cc=clang19 gmake2\n"
     "Error: invalid value 'clang19' for option 'cc'\n" + _GL),

    # ================================================================== xmake
    # xmake-io/xmake xmake/modules/private/action/require/impl/actions/download.lua ("  => download %s ..
    # failed", "we can also download these packages manually:", raise(allerrors)) around curl's error (28)
    ("xmake-download-curl-28-timeout", "transient",
     _XMAKE_REQ +
     "  => download https://github.com/madler/zlib/archive/v1.3.1.tar.gz .. failed\n\n"
     "we can also download these packages manually:\n"
     "  - https://github.com/madler/zlib/archive/v1.3.1.tar.gz\n"
     "to the local search directories: \n"
     "  - zlib-v1.3.1.tar.gz, zlib-1.3.1.tar.gz\n"
     "and we can run `xmake g --pkg_searchdirs=/xxx` to set the search directories.\n"
     "error: curl: (28) Failed to connect to github.com port 443 after 130512 ms: Connection timed out\n" + _GHA),
    # the same download ending on curl's error (56), a connection reset mid-transfer
    ("xmake-download-curl-56-reset", "transient",
     _XMAKE_REQ +
     "  => download https://github.com/madler/zlib/archive/v1.3.1.tar.gz .. failed\n"
     "error: curl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n" + _GHA),
    # the same download ending on curl's error (6): the name did not resolve
    ("xmake-download-curl-6-resolve", "transient",
     _XMAKE_REQ +
     "  => download https://github.com/madler/zlib/archive/v1.3.1.tar.gz .. failed\n"
     "error: curl: (6) Could not resolve host: github.com\n" + _CIRCLE),
    # the same download answered 404: the recipe's URL or version is gone
    ("xmake-download-curl-22-404", "real",
     _XMAKE_REQ +
     "  => download https://downloads.example.org/libacme/libacme-2.9.0.tar.gz .. failed\n"
     "error: curl: (22) The requested URL returned error: 404\n" + _GHA),
    # xmake/plugins/repo/main.lua ("updating repositories .. ") with git's pull failing on the network
    ("xmake-repo-update-git-unreachable", "transient",
     "+ xmake repo --update\n"
     "updating repositories .. error: fatal: unable to access 'https://github.com/xmake-io/xmake-repo.git/': "
     "Failed to connect to github.com port 443 after 21034 ms: Couldn't connect to server\n" + _GHA),
    # xmake/modules/private/action/require/impl/install_packages.lua ("note: the following packages were not
    # found in any repository (check if they are spelled correctly):", "  -> %s%s", raise())
    ("xmake-package-not-in-any-repository", "real",
     "+ xmake f -y\n"
     "checking for platform ... linux\n"
     "note: the following packages were not found in any repository (check if they are spelled correctly):\n"
     "  -> libacmee\n"
     "error: \n" + _GHA),
    # the same note when the package repository itself could not be cloned (xmake/plugins/repo/main.lua and
    # require/impl/repository.lua pull xmake-repo with git): the packages are unknown because the index is missing
    ("xmake-repo-clone-unreachable-then-packages-unknown", "transient",
     "+ xmake f -m release -y\n"
     "checking for platform ... linux\n"
     "error: fatal: unable to access 'https://github.com/xmake-io/xmake-repo.git/': Failed to connect to github.com "
     "port 443 after 21034 ms: Couldn't connect to server\n"
     "note: the following packages were not found in any repository (check if they are spelled correctly):\n"
     "  -> zlib\n"
     "  -> fmt\n"
     "error: \n" + _GHA),
    # install_packages.lua ("note: the following packages are unsupported on %s,", "you can try running
    # `xrepo update-repo` to update repositories or open a pr to improve these packages:")
    ("xmake-package-unsupported-on-platform", "real",
     "+ xmake f -p iphoneos -a arm64 -y\n"
     "note: the following packages are unsupported on iphoneos/arm64,\n"
     "you can try running `xrepo update-repo` to update repositories or open a pr to improve these packages:\n"
     "  -> libacme 2.1.0 \n"
     "error: \n" + _GHA),
    # xmake/modules/private/action/require/impl/package.lua ("package(%s): version(%s) not found!")
    ("xmake-package-version-not-found", "real",
     "+ xmake f -m release -y\n"
     "checking for platform ... linux\n"
     "error: package(zlib): version(1.9.9) not found!\n" + _GHA),
    # actions/install.lua ("  => install %s .. failed", "if you want to get more verbose errors, please
    # see:", raise("install failed!")) around the package's own CMake error
    ("xmake-package-install-failed-build", "real",
     _XMAKE_REQ +
     "  => download https://github.com/madler/zlib/archive/v1.3.1.tar.gz .. ok\n"
     "  => install zlib v1.3.1 .. failed\n\n"
     "CMake Error at CMakeLists.txt:12 (add_library):\n"
     "  Cannot find source file:\n"
     "    contrib/acme/acme_shim.c\n\n"
     "if you want to get more verbose errors, please see:\n"
     "  -> /home/ci/.xmake/cache/packages/2605/z/zlib/v1.3.1/installdir.failed/logs/install.txt\n"
     "error: install failed!\n" + _GHA),
    # near-miss: xmake/modules/net/http/download.lua's certificate retry ("download failed due to ssl certificate
    # verification, retrying with ssl verification disabled ..") passed; the build then broke on the code
    ("xmake-cert-retry-then-compile-error", "real",
     _XMAKE_REQ +
     "warning: download failed due to ssl certificate verification, retrying with ssl verification disabled ..\n"
     "  => download https://github.com/madler/zlib/archive/v1.3.1.tar.gz .. ok\n"
     "  => install zlib v1.3.1 .. ok\n"
     "[ 40%]: cache compiling.release src/parser.cpp\n"
     "error: src/parser.cpp:88:17: error: no member named 'tokens_' in 'acme::Parser'\n"
     "   88 |     return this->tokens_.size();\n"
     "      |            ~~~~  ^\n"
     "1 error generated.\n" + _GHA),

    # ================================================================== build2 (bpkg, bdep)
    # build2/bpkg bpkg/fetch-pkg.cxx ("unable to fetch " << url, info "re-run with -v for more information")
    # after curl's own diagnostics
    ("bpkg-rep-fetch-curl-resolve", "transient",
     _BPKG +
     "fetching pkg:cppget.example.org/stable\n"
     "curl: (6) Could not resolve host: pkg.cppget.example.org\n"
     "error: unable to fetch https://pkg.cppget.example.org/1/stable/repositories.manifest\n"
     "  info: re-run with -v for more information\n" + _GHA),
    # fetch-pkg.cxx fetch_file ("unable to fetch package " << u, info "HTTP status code " << sc)
    ("bpkg-fetch-package-http-503", "transient",
     "+ bpkg build libacme --yes\n"
     "fetching libacme-1.4.0.tar.gz from pkg:cppget.example.org/stable\n"
     "error: unable to fetch package https://pkg.cppget.example.org/1/stable/libacme/libacme-1.4.0.tar.gz\n"
     "  info: HTTP status code 503\n" + _GHA),
    # bpkg/pkg-build.cxx ("unknown package " << n)
    ("bpkg-unknown-package", "real",
     "+ bpkg build libacmee --yes\n"
     "error: unknown package libacmee\n" + _GHA),
    # bpkg/pkg-build-collect.cxx ("unable to satisfy constraints on package " << n)
    ("bpkg-unable-to-satisfy-constraints", "real",
     "+ bdep sync --yes\n"
     "error: unable to satisfy constraints on package libacme\n"
     "  info: app depends on (libacme ^2.0.0)\n"
     "  info: libextra depends on (libacme ~1.4.0)\n"
     "  info: available libacme/2.1.0\n"
     "  info: available libacme/1.4.3\n"
     "  info: while satisfying app/0.3.0\n" + _GHA),
    # bpkg/fetch-git.cxx ("unable to fetch " << url) after git's "repository ... not found"
    ("bpkg-git-repository-not-found", "real",
     _BPKG +
     "querying https://git.example.org/acme/libacme.git\n"
     "remote: Repository not found.\n"
     "fatal: repository 'https://git.example.org/acme/libacme.git/' not found\n"
     "error: unable to fetch https://git.example.org/acme/libacme.git\n" + _GHA),

    # ================================================================== fpm
    # fortran-lang/fpm src/fpm/git.f90 ("Error while fetching git repository for remote dependency") under
    # src/fpm.f90 ("*cmd_build* Model error: ") and src/fpm/error.f90 fpm_stop ("<ERROR> "), git's network line
    ("fpm-git-fetch-resolve", "transient",
     _FPM +
     "Initialized empty Git repository in /home/ci/app/build/dependencies/acme-strings/.git/\n"
     "fatal: unable to access 'https://github.com/acme/acme-strings/': Could not resolve host: github.com\n"
     "<ERROR> *cmd_build* Model error: Error while fetching git repository for remote dependency\n"
     "STOP 1\n" + _GHA),
    # the same fetch, git refusing a ref the manifest names
    ("fpm-git-fetch-missing-ref", "real",
     _FPM +
     "Initialized empty Git repository in /home/ci/app/build/dependencies/acme-strings/.git/\n"
     "fatal: couldn't find remote ref v9.9.9\n"
     "<ERROR> *cmd_build* Model error: Error while fetching git repository for remote dependency\n"
     "STOP 1\n" + _GHA),
    # src/fpm/dependency.f90 ("Failed to download '...'. Status code: '...'. Error message: '...'.")
    ("fpm-registry-download-503", "transient",
     _FPM +
     "<ERROR> *cmd_build* Model error: Failed to download 'acme/acme-strings'. Status code: '503'. "
     "Error message: 'Service Unavailable'.\n"
     "STOP 1\n" + _GHA),
    ("fpm-registry-version-not-found", "real",
     _FPM +
     "<ERROR> *cmd_build* Model error: '9.9.9' is not a valid version for 'acme/acme-strings'.\n"
     "STOP 1\n" + _GHA),
    # src/fpm_backend.F90 ("<ERROR> Compilation failed for object \"", "stopping due to failed compilation")
    ("fpm-compilation-failed", "real",
     _FPM +
     "acme_parse.f90                         failed.\n"
     "[ 45%] Compiling...\n"
     "src/acme_parse.f90:33:19:\n\n"
     "   33 |     call tokenise(line, tokens, ntok)\n"
     "      |                   1\n"
     "Error: Type mismatch in argument 'ntok' at (1); passed REAL(4) to INTEGER(4)\n"
     "<ERROR> Compilation failed for object \" src_acme_parse.f90.o \"\n"
     "<ERROR> stopping due to failed compilation\n"
     "STOP 1\n" + _GHA),
    # src/fpm.f90 ("<ERROR> Execution for object \"", "\" returned exit code ", "*cmd_run*:stopping due to failed
    # executions")
    ("fpm-test-execution-failed", "real",
     "+ fpm test\n"
     "Project is up to date\n"
     " test_parse: checking split ... FAILED\n"
     "   expected 3 tokens, got 2\n"
     "<ERROR> Execution for object \" check_parse \" returned exit code  1\n"
     "<ERROR> *cmd_run*:stopping due to failed executions\n"
     "STOP 1\n" + _GHA),

    # ================================================================== Haskell Stack, pantry, hpack
    # commercialhaskell/pantry src/Pantry/Hackage.hs (logTUF relays hackage-security's progress: "Downloading
    # index") then http-client's HttpExceptionRequest ... ConnectionTimeout
    ("stack-downloading-index-connection-timeout", "transient",
     _STACK +
     "Selected mirror https://hackage.haskell.org/\n"
     "Downloading root\n"
     "Selected mirror https://hackage.haskell.org/\n"
     "Downloading timestamp\n"
     "Downloading snapshot\n"
     "Downloading mirrors\n"
     "Cannot update index (no local copy)\n"
     "Downloading index\n"
     "Error: HttpExceptionRequest Request { host = \"hackage.haskell.org\" port = 443 secure = True "
     "path = \"/01-index.tar.gz\" } ConnectionTimeout\n" + _GHA),
    # commercialhaskell/stack src/Stack/Types/Build/Exception.hs (CompilerVersionMismatch: "[S-6362]", "No
    # compiler found, expected")
    ("stack-no-compiler-found", "real",
     "+ stack --system-ghc --no-install-ghc build\n"
     "Error: [S-6362]\n"
     "       No compiler found, expected minor version match with ghc-9.6.5 (x86_64) (based on resolver setting in "
     "/home/ci/app/stack.yaml).\n"
     "       To install the correct version of GHC into the subdirectory for the specified platform in Stack's "
     "directory for local tools, try running stack setup or use the --install-ghc flag.\n" + _GHA),
    # commercialhaskell/pantry int/Pantry/Types.hs (InvalidSnapshot: "Error: [S-775]", "Exception while reading
    # snapshot from ") relaying an HTTP 404 for a snapshot that does not exist
    ("stack-snapshot-404", "real",
     _STACK +
     "Error: [S-775]\n"
     "Exception while reading snapshot from lts-99.1:\n"
     "HttpExceptionRequest Request { host = \"raw.githubusercontent.com\" port = 443 secure = True "
     "path = \"/commercialhaskell/stackage-snapshots/master/lts/99/1.yaml\" } (StatusCodeException (Response "
     "{responseStatus = Status {statusCode = 404, statusMessage = \"Not Found\"}, responseVersion = HTTP/1.1}) "
     "\"404: Not Found\")\n" + _GHA),
    # int/Pantry/Types.hs (Non200ResponseStatus: "Error: [S-571]", "Unexpected non-200 HTTP status code: ")
    ("pantry-non-200-503", "transient",
     _STACK +
     "Downloading aeson-extra-0.5.1.3 from casa.example.org\n"
     "Error: [S-571]\n"
     "Unexpected non-200 HTTP status code: 503\n" + _GHA),
    ("pantry-non-200-404", "real",
     _STACK +
     "Error: [S-571]\n"
     "Unexpected non-200 HTTP status code: 404\n" + _GHA),
    # int/Pantry/Types.hs (DownloadInvalidSHA256: "Error: [S-394]", "Mismatched SHA256 hash from ")
    ("pantry-sha256-mismatch", "real",
     _STACK +
     "Error: [S-394]\n"
     "Mismatched SHA256 hash from https://files.example.org/acme-extra-0.3.tar.gz\n"
     "Expected: 9f2c1a0b4d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a\n"
     "Actual:   0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9\n" + _GHA),
    # src/Stack/Types/Build/Exception.hs (ExecutionFailure "[S-7282]", CabalExitedUnsuccessfully "[S-7011]"
    # "While building package ... (scroll up to its section to see the error) using:") after GHC's error
    ("stack-execution-failure-ghc-error", "real",
     _STACK +
     "acme> [3 of 9] Compiling Acme.Parser\n"
     "acme> src/Acme/Parser.hs:41:15: error: [GHC-88464]\n"
     "acme>     Variable not in scope: tokenize :: Text -> [Token]\n"
     "Error: [S-7282]\n"
     "       Stack failed to execute the build plan.\n\n"
     "       While executing the build plan, Stack encountered the error:\n\n"
     "       [S-7011]\n"
     "       While building package acme-0.1.0 (scroll up to its section to see the error) using:\n"
     "       /home/ci/.stack/setup-exe-cache/x86_64-linux/Cabal-simple_6HauvNHV_3.10.3.0_ghc-9.6.5 "
     "--verbose=1 --builddir=.stack-work/dist/x86_64-linux/ghc-9.6.5 build lib:acme --ghc-options \"\"\n"
     "       Process exited with code: ExitFailure 1\n" + _GHA),
    # sol/hpack src/Hpack/Error.hs (DefaultsDownloadFailed: "Error while downloading " ++ url ++ " (" ++ status)
    ("hpack-defaults-download-503", "transient",
     "+ hpack\n"
     "Error while downloading https://raw.githubusercontent.com/acme/hpack-defaults/v1/defaults.yaml "
     "(503 Service Unavailable)\n" + _GHA),
    ("hpack-defaults-download-404", "real",
     "+ hpack\n"
     "Error while downloading https://raw.githubusercontent.com/acme/hpack-defaults/v9/defaults.yaml "
     "(404 Not Found)\n" + _GHA),
    # src/Hpack.hs printResult ("was generated with a newer version of hpack, please upgrade and try again.")
    ("hpack-generated-by-newer-version", "real",
     "+ stack build\n"
     "acme.cabal was generated with a newer version of hpack, please upgrade and try again.\n" + _GHA),
    # src/Hpack.hs ("was modified manually, please use --force to overwrite.")
    ("hpack-cabal-modified-manually", "real",
     "+ hpack\n"
     "acme.cabal was modified manually, please use --force to overwrite.\n" + _CIRCLE),
    # src/Data/Aeson/Config/Parser.hs ("Error while parsing " ++ path ++ " - " ++ err) under hpack's file name
    ("hpack-package-yaml-parse-error", "real",
     "+ stack build\n"
     "Error: [S-305]\n"
     "package.yaml: Error while parsing $.dependencies - expected Array, Object, or String, but encountered "
     "Number\n" + _GHA),
    # src/Hpack/Error.hs (HpackVersionNotSupported: "The file ... requires version ... of the Hpack package
    # specification, however this version of ... only supports versions up to ...")
    ("hpack-spec-version-not-supported", "real",
     "+ hpack\n"
     "The file package.yaml requires version 0.38.0 of the Hpack package specification, however this version "
     "of hpack only supports versions up to 0.36.0. Upgrading to the latest version of hpack may resolve this "
     "issue.\n" + _GHA),

    # ================================================================== cabal-install downloads
    # haskell/cabal cabal-install/src/Distribution/Client/HttpUtils.hs (the curl transport; Cabal's
    # "'<prog>' exited with an error:" around curl's own line)
    ("cabal-curl-transport-timeout", "transient",
     _CABAL +
     "Downloading  aeson-2.2.1.0\n"
     "Error: cabal: '/usr/bin/curl' exited with an error:\n"
     "curl: (28) Failed to connect to hackage.haskell.org port 443 after 130004 ms: Couldn't connect to server\n"
     + _GHA),
    # HttpUtils.hs downloadURI ("failed to download " ++ show uri ++ " : HTTP code " ++ show errCode)
    ("cabal-http-code-503", "transient",
     _CABAL +
     "Downloading  acme-extra-0.3\n"
     "Error: cabal: failed to download https://hackage.example.org/package/acme-extra-0.3/acme-extra-0.3.tar.gz "
     ": HTTP code 503\n" + _GHA),
    ("cabal-http-code-404", "real",
     _CABAL +
     "Downloading  acme-extra-0.3\n"
     "Error: cabal: failed to download https://hackage.example.org/package/acme-extra-0.3/acme-extra-0.3.tar.gz "
     ": HTTP code 404\n" + _GHA),
    # HttpUtils.hs ("Failed to download", show uri, ": SHA256 don't match; expected:", ..., "actual:", ...)
    ("cabal-sha256-dont-match", "real",
     _CABAL +
     "Error: cabal: Failed to download https://files.example.org/acme-vendored-1.0.tar.gz#sha256="
     "9f2c1a0b4d8e7f6a : SHA256 don't match; expected: 9f2c1a0b4d8e7f6a actual: 0a1b2c3d4e5f6071\n" + _GHA),

    # ================================================================== Conan 2, vcpkg's baseline
    # conan-io/conan conans/client/graph/graph_error.py (GraphMissingError: "Package '...' not resolved: ...")
    # with conans/client/rest/rest_client_v2.py get_exception_from_error (5xx -> InternalErrorException,
    # response_to_str's "<status>: <message>" of an Artifactory error)
    ("conan2-not-resolved-remote-503", "transient",
     _CONAN +
     "Graph root\n    conanfile.py (acme/0.4.0): /home/ci/app/conanfile.py\n"
     "fmt/10.2.1: Not found in local cache, looking in remotes...\n"
     "fmt/10.2.1: Checking remote: acme-artifactory\n"
     "ERROR: Package 'fmt/10.2.1' not resolved: 503: Service Unavailable.\n" + _GHA),
    # rest_client_v2.py (401 -> AuthenticationException "Wrong user or password")
    ("conan2-not-resolved-wrong-credentials", "real",
     _CONAN +
     "acme-core/2.0.1: Not found in local cache, looking in remotes...\n"
     "acme-core/2.0.1: Checking remote: acme-artifactory\n"
     "ERROR: Package 'acme-core/2.0.1' not resolved: Wrong user or password.\n" + _GHA),
    # microsoft/vcpkg-tool include/vcpkg/base/message-data.inc.h (PortNotInBaseline: "the baseline does not
    # contain an entry for port {package_name}") (code index)
    ("vcpkg-port-not-in-baseline", "real",
     "+ vcpkg install --triplet x64-linux\n"
     "Detecting compiler hash for triplet x64-linux...\n"
     "error: the baseline does not contain an entry for port acme-sdk\n" + _GHA),

    # ================================================================== Meson WrapDB
    # mesonbuild/meson mesonbuild/wrap/wrap.py open_wrapdburl ("WrapDB connection failed to {urlstring} with
    # error {excp}.") (code index): a timeout
    ("meson-wrapdb-connection-timed-out", "transient",
     "+ meson setup build\n"
     "Looking for a fallback subproject for the dependency zlib\n"
     "Downloading zlib patch from https://wrapdb.mesonbuild.com/v2/zlib_1.3.1-1/get_patch\n"
     "meson.build:20:2: ERROR: WrapDB connection failed to https://wrapdb.mesonbuild.com/v2/zlib_1.3.1-1/get_patch "
     "with error <urlopen error _ssl.c:990: The handshake operation timed out>.\n\n"
     "A full log can be found at /home/ci/app/build/meson-logs/meson-log.txt\n" + _GHA),
    # the same, the certificate not trusted (a proxy's or an expired chain): the same on every run
    ("meson-wrapdb-certificate-verify-failed", "real",
     "+ meson setup build\n"
     "Downloading zlib patch from https://wrapdb.mesonbuild.com/v2/zlib_1.3.1-1/get_patch\n"
     "meson.build:20:2: ERROR: WrapDB connection failed to https://wrapdb.mesonbuild.com/v2/zlib_1.3.1-1/get_patch "
     "with error <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed "
     "certificate in certificate chain (_ssl.c:1006)>.\n" + _GHA),

    # ================================================================== CTest
    # Kitware/CMake Source/CTest/cmCTestRunTest.cxx ("Unable to find executable: " << args[1], the test's
    # "***Not Run" and the summary's "(Not Run)") (code index)
    ("ctest-unable-to-find-executable", "real",
     _CTEST +
     "      Start  4: codec_unit\n"
     "Could not find executable /home/ci/app/build/tests/codec_unit\n"
     "Looked in the following places:\n"
     "/home/ci/app/build/tests/codec_unit\n"
     "Unable to find executable: /home/ci/app/build/tests/codec_unit\n"
     " 4/9 Test  #4: codec_unit .......................***Not Run   0.00 sec\n\n"
     "89% tests passed, 1 tests failed out of 9\n\n"
     "The following tests FAILED:\n"
     "\t  4 - codec_unit (Not Run)\n"
     "Errors while running CTest\n" + _GHA),
    # ctest --repeat until-pass:3 (cmCTestRunTest.cxx reruns; documented in ctest(1)): still failing after
    # three runs
    ("ctest-repeat-until-pass-still-failing", "real",
     "+ ctest --test-dir build --repeat until-pass:3 --output-on-failure\n"
     "      Start  6: parser_unit\n"
     " 6/9 Test  #6: parser_unit ......................***Failed    0.05 sec\n"
     "/home/ci/app/tests/parser_test.cpp:33: Failure\n"
     "Expected equality of these values:\n  tokens.size()\n    Which is: 2\n  3\n"
     "      Start  6: parser_unit\n"
     "    Test  #6: parser_unit ......................***Failed    0.05 sec\n"
     "      Start  6: parser_unit\n"
     "    Test  #6: parser_unit ......................***Failed    0.05 sec\n\n"
     "89% tests passed, 1 tests failed out of 9\n\n"
     "The following tests FAILED:\n"
     "\t  6 - parser_unit (Failed)\n"
     "Errors while running CTest\n" + _GHA),
    # cmCTestTestHandler.cxx: a required regular expression the output did not hold ("Required regular
    # expression not found. Regex=[...]")
    ("ctest-required-regex-not-found", "real",
     _CTEST +
     "      Start 2: cli_version\n"
     " 2/5 Test #2: cli_version ......................***Failed  Required regular expression not found. "
     "Regex=[acme 2\\.4\\.]  0.01 sec\n\n"
     "80% tests passed, 1 tests failed out of 5\n\n"
     "The following tests FAILED:\n"
     "\t  2 - cli_version (Failed)\n"
     "Errors while running CTest\n" + _GHA),

    # ================================================================== Boost.Test
    # boostorg/test include/boost/test/impl/compiler_log_formatter.ipp ("error: in \"...\": "), test_tools.ipp
    # (" has failed"), plain_report_formatter.ipp ("*** N failures are detected in the test module")
    ("boost-test-check-failed", "real",
     "+ ./build/tests/acme_tests --log_level=error\n"
     "Running 41 test cases...\n"
     "/home/ci/app/tests/parser_test.cpp(33): error: in \"parser/splits_on_commas\": check tokens.size() == 3u "
     "has failed [2 != 3]\n"
     "/home/ci/app/tests/parser_test.cpp(51): error: in \"parser/keeps_quoted\": check out == \"a,b\" has failed "
     "[a != a,b]\n\n"
     "*** 2 failures are detected in the test module \"AcmeTests\"\n" + _GHA),
    # compiler_log_formatter.ipp ("fatal error: in \"...\": ") with an exception the code threw
    ("boost-test-fatal-std-exception", "real",
     "Running 41 test cases...\n"
     "unknown location(0): fatal error: in \"codec/decodes_truncated\": std::out_of_range: vector::_M_range_check: "
     "__n (which is 12) >= this->size() (which is 8)\n"
     "/home/ci/app/tests/codec_test.cpp(72): last checkpoint: \"decodes_truncated\" test entry\n\n"
     "*** 1 failure is detected in the test module \"AcmeTests\"\n" + _GHA),

    # ================================================================== CppUnit, Ceedling/Unity/CMock
    # CppUnit src/cppunit/TextOutputter.cpp ("!!!FAILURES!!!", "Test Results:", "Run:  N   Failures: N   Errors:
    # N") (code index) around an equality assertion
    ("cppunit-equality-assertion", "real",
     "+ ./build/tests/run_tests\n"
     "......F...\n\n"
     "!!!FAILURES!!!\n"
     "Test Results:\n"
     "Run:  10   Failures: 1   Errors: 0\n\n"
     "1) test: ParserTest::testSplit (F) line: 33 tests/ParserTest.cpp\n"
     "equality assertion failed\n"
     "- Expected: 3\n"
     "- Actual  : 2\n\n"
     "make: *** [Makefile:58: check] Error 1\n" + _GHA),
    # ThrowTheSwitch Unity ("file:line:test:FAIL: Expected 3 Was 2") and CMock's call-count failure, under
    # Ceedling's "OVERALL TEST SUMMARY" (Ceedling's documented output)
    ("ceedling-unity-cmock-failures", "real",
     "+ ceedling test:all\n"
     "Test 'test_uart.c'\n"
     "-------------------\n"
     "Running test_uart.out...\n\n"
     "-------------------\n"
     "FAILED TEST SUMMARY\n"
     "-------------------\n"
     "[test_uart.c]\n"
     "  Test: test_uart_sends_frame\n"
     "  At line (42): \"Function uart_write.  Called more times than expected.\"\n\n"
     "--------------------\n"
     "OVERALL TEST SUMMARY\n"
     "--------------------\n"
     "TESTED:  14\n"
     "PASSED:  13\n"
     "FAILED:   1\n"
     "IGNORED:  0\n\n"
     "BUILD FAILURE SUMMARY\n"
     "Unit test failures.\n" + _GHA),

    # ================================================================== near-misses about the tools
    # a test of a build helper that quotes xmake's download error in its fixture and fails on the parse
    ("pytest-about-xmake-curl-error", "real",
     "+ python -m pytest tests/test_logparse.py -q\n"
     "F.......\n"
     "=================================== FAILURES ===================================\n"
     "_________________________ test_parses_xmake_download __________________________\n"
     "    def test_parses_xmake_download():\n"
     "        line = \"error: curl: (28) Failed to connect to github.com port 443 after 130512 ms: Connection timed out\"\n"
     ">       assert parse(line).kind == \"network\"\n"
     "E       AssertionError: assert 'unknown' == 'network'\n"
     "tests/test_logparse.py:14: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_logparse.py::test_parses_xmake_download - AssertionError: assert 'unknown' == 'network'\n"
     "1 failed, 7 passed in 0.31s\n" + _GHA),
    # a Boost.Test check on the code's own retry logic, whose message names a 503
    ("boost-test-check-names-503", "real",
     "Running 12 test cases...\n"
     "/home/ci/app/tests/fetch_test.cpp(88): error: in \"fetch/retries_on_503\": check attempts == 3 has failed "
     "[1 != 3]\n\n"
     "*** 1 failure is detected in the test module \"FetchTests\"\n" + _GHA),
    # (nineteenth round, timeouts) moved here from NOT_SURELY_TRANSIENT: a harness's own time limit with nothing
    # else failing reads transient modestly, as every test harness's does (test_rules19_timeouts.py)
    # Boost.Test's own timeout (execution_monitor.ipp "signal: SIGALRM (timeout while executing function)",
    # plain_report_formatter.ipp "*** The test case ... has timed out") under the test's timeout decorator
    ("boost-test-sigalrm-timeout", "transient",
     "Running 41 test cases...\n"
     "unknown location(0): fatal error: in \"sync/drains_queue\": signal: SIGALRM (timeout while executing "
     "function)\n"
     "/home/ci/app/tests/sync_test.cpp(20): last checkpoint: \"drains_queue\" test entry\n\n"
     "*** The test case \"sync/drains_queue\" has timed out; see standard output for details\n" + _GHA),
    # meson test's TIMEOUT row and summary (mesonbuild/meson mtest.py, documented output): a limit the
    # project set
    ("meson-test-timeout", "transient",
     "+ meson test -C build --print-errorlogs\n"
     " 1/12 acme:unit / tokenizer        OK              0.04s\n"
     " 7/12 acme:integration / sync      TIMEOUT        30.01s   killed by signal 15 SIGTERM\n"
     "12/12 acme:unit / codec            OK              0.11s\n\n"
     "Ok:                 11\n"
     "Expected Fail:      0\n"
     "Fail:               0\n"
     "Unexpected Pass:    0\n"
     "Skipped:            0\n"
     "Timeout:            1\n\n"
     "Full log written to /home/ci/app/build/meson-logs/testlog.txt\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # fpm's git fetch error with no line from git saying why (a wrong URL reads the same)
    ("fpm-git-fetch-bare",
     _FPM +
     "<ERROR> *cmd_build* Model error: Error while fetching git repository for remote dependency\n"
     "STOP 1\n" + _GHA),
    # bpkg's package fetch answered 404: stale repository metadata ("repository metadata could be stale",
    # "run 'bpkg rep-fetch' (or equivalent) to update") or a package withdrawn
    ("bpkg-fetch-package-404-stale-metadata",
     "+ bpkg build libacme --yes\n"
     "error: unable to fetch package https://pkg.cppget.example.org/1/stable/libacme/libacme-1.4.0.tar.gz\n"
     "  info: repository metadata could be stale\n"
     "  info: run 'bpkg rep-fetch' (or equivalent) to update\n" + _GHA),
    # pantry's FailedToCloneRepo ("Error: [S-109]", "Failed to clone repo "): the host or a wrong URL
    ("pantry-failed-to-clone-repo",
     _STACK +
     "Cloning 2f1c0b9 from https://git.example.org/acme/acme-extra.git\n"
     "Error: [S-109]\n"
     "Failed to clone repo https://git.example.org/acme/acme-extra.git\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_native_gen_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_native_gen_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "No Premake script (",
    "Error: no such action '",
    "Error: invalid value '",
    "No compiler found, expected exact version ",
    "Compiler version mismatched, found ghc-9.4.8 (x86_64), but ",
    ".cabal was generated with a newer version of hpack ",
    "Package 'fmt/10.2.1' not resolved: ",
    "note: the following packages are unsupported on ",
    "package(zlib): version(",
    "error: unable to satisfy constraints on package ",
    "' is not a valid version for '",
    "Run:  10   Failures: ",
    '*** The test case "',
]
