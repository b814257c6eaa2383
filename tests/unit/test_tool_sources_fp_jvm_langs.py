"""Seventeenth round, tool sources: the build tools and package managers of less common languages,
where the earlier passes left gaps: Elm (``elm make``/``elm install`` against package.elm-lang.org:
its PROBLEM DOWNLOADING PACKAGE, CORRUPT PACKAGE DATA, UNKNOWN PACKAGE and PROBLEM BUILDING
DEPENDENCIES reports, elm-format), PureScript (spago's registry fetches and solver, purs errors),
F# Paket (its "Paket failed with" chain: version look-ups, requests, version conflicts, locks) and
Fantomas, Racket (``raco pkg install`` catalogs, Racket's tcp-connect, rackunit under ``raco test``,
``raco setup``), Haskell (stack's test-suite failure, cabal's missing package list, GHC's type errors),
OCaml (``dune build @fmt``), Clojure (tools.deps' git libraries under ``clojure -P``, kaocha, cljfmt)
and Scala (sbt-scalafmt's ``scalafmtCheck``, the scalafmt CLI's ``--test``, scalafix ``--check``,
Mill's task failures and Coursier's resolution errors as Mill prints them).

Not repeated here (held by the sibling files): Leiningen and the Clojure CLI's maven-resolver
transfer errors, stack's HttpException, cabal's dependency resolution and downloads, opam's
downloads, solver and compile errors, Elm's package-list timeout and naming error, Coursier's
artifact errors under sbt, sbt's launcher and Ivy, hspec, tasty and dune's expect tests, nimble,
shards, dub and Gleam (test_tool_sources_lang_ecosystems_more.py, test_tool_sources_ecosystems.py,
test_tool_sources_compilers_xlang_web3.py, test_tool_sources_jvm_apple_mobile.py,
test_tool_sources_test_frameworks_xlang.py, test_tool_sources_niche_toolchains_licensed.py).

Each case is a short log written for this test around one message as the tool prints it. Where the
comment above a case says "(checked)", the wording was read this round in the tool's own source (the
repository and file are named): elm/compiler, purescript/spago, fsprojects/Paket, scalameta/scalafmt,
scalameta/sbt-scalafmt, scalacenter/scalafix, commercialhaskell/stack, ocaml/opam, clojure/tools.deps,
clojure/tools.gitlibs, racket/racket (pkg/private). Where it says "(from the tool's output format, not
re-read)" it rests on the tool's documentation or well-known output (rackunit's failure box, kaocha,
cljfmt, Fantomas, Mill, the purs compiler's error headers, elm-format --validate). Hosts, packages,
modules and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a registry, catalog or git host that did not answer, timed out or answered 5xx (Elm's "came back
    as 503", spago's "Couldn't reach the registry", Paket's "Request to ... failed with: 503", Racket's
    "tcp-connect: connection failed", tools.gitlibs' "Unable to clone" over a 502, Coursier's download
    errors in Mill, Paket's lock another restore on the same runner held past its wait) -> transient;
  * a package, version or git revision that does not exist (a 404 included), a solver that finds no
    plan or a version conflict, a hash that changed since publication, a compile or type error, a
    format or fix check, a failing test -> real;
  * wordings printed for both an outage and a persistent cause (Elm's "unable to unzip the data",
    Elm's CORRUPT CACHE, spago's "Failed to decode downloaded package") -> not surely transient;
  * a warning about an outage the tool went on past (spago's "Couldn't refresh the registry-index,
    will proceed anyways") above the job's real failure, and tests ABOUT these messages -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_ELM_MAKE = "+ npx elm make src/Main.elm --output=/dev/null\n"
_ELM_DL = ("-- PROBLEM DOWNLOADING PACKAGE -------------------------------------------------\n"
           "\n"
           "I was trying to download the source code for acme/elm-widgets 2.0.1, so I tried\n"
           "to fetch:\n"
           "\n"
           "    https://codeload.example.com/acme/elm-widgets/zipball/2.0.1/\n"
           "\n")
_SPAGO = ("+ npx spago build\n"
          "Reading Spago workspace configuration...\n"
          "Downloading dependencies...\n")
_PAKET = "+ dotnet paket restore\nPaket version 8.0.3\nResolving dependency graph...\n"
_RACO = "+ raco pkg install --auto --batch acme-lib\nResolving \"acme-lib\" via https://pkgs.example.org\n"
_CLJ = "+ clojure -P -M:test\n"
_SBT = ("[info] welcome to sbt 1.10.2 (Eclipse Adoptium Java 21.0.4)\n"
        "[info] loading settings for project app-build from plugins.sbt ...\n"
        "[info] loading project definition from /home/runner/work/app/project\n")
_MILL = "+ ./mill __.compile\n[build.sc] [41/49] compile\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Elm
    # elm/compiler builder/src/Reporting/Exit.hs (toHttpErrorReport over HTTP.StatusCodeException: "...,
    # so I tried to fetch:", "But it came back as %d %s", "This may mean some online endpoint changed in
    # an unexpected way") (checked): the package host answered 503
    ("elm-download-package-503", "transient",
     _ELM_MAKE + "Starting downloads...\n\n" + _ELM_DL +
     "But it came back as 503 Service Unavailable\n"
     "\n"
     "    <html><body>upstream connect error</body></html>\n"
     "\n"
     "This may mean some online endpoint changed in an unexpected way, so if does not\n"
     "seem like something on your side is causing this (e.g. firewall) please report\n"
     "this to https://github.com/elm/compiler/issues with your operating system, Elm\n" + _GHA),
    # same report, 502 from the endpoint look-up ("I need to find the latest download link for %s")
    ("elm-endpoint-502", "transient",
     _ELM_MAKE + "Starting downloads...\n\n"
     "-- PROBLEM DOWNLOADING PACKAGE -------------------------------------------------\n"
     "\n"
     "I need to find the latest download link for acme/elm-widgets 2.0.1, so I tried\n"
     "to fetch:\n"
     "\n"
     "    https://package.example.org/packages/acme/elm-widgets/2.0.1/endpoint.json\n"
     "\n"
     "But it came back as 502 Bad Gateway\n" + _CIRCLE),
    # near-miss: the same report with a 404: the version is gone from the host
    ("elm-download-package-404", "real",
     _ELM_MAKE + "Starting downloads...\n\n" + _ELM_DL +
     "But it came back as 404 Not Found\n"
     "\n"
     "    Not Found\n"
     "\n"
     "This may mean some online endpoint changed in an unexpected way, so if does not\n" + _GHA),
    # the other branch of toHttpErrorReport ("But my HTTP library is giving me the following error
    # message:" and the show of http-client's exception) (checked): the host did not resolve
    ("elm-download-package-dns", "transient",
     _ELM_MAKE + "Starting downloads...\n\n" + _ELM_DL +
     "But my HTTP library is giving me the following error message:\n"
     "\n"
     "    ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket\n"
     "    type/protocol: AddrInfo {addrFlags = [AI_ADDRCONFIG], addrFamily = AF_UNSPEC},\n"
     "    host name: Just \"codeload.example.com\", service name: Just \"443\"): does not exist\n"
     "    (Temporary failure in name resolution)\n" + _GHA),
    # toRegistryProblemReport "PROBLEM LOADING PACKAGE LIST" through toHttpErrorReport (checked): a 503
    ("elm-package-list-503", "transient",
     "+ elm make src/Main.elm --optimize --output=dist/app.js\n"
     "-- PROBLEM LOADING PACKAGE LIST ------------------------------------------------\n"
     "\n"
     "I need the list of published packages to verify your dependencies, so I tried to\n"
     "fetch:\n"
     "\n"
     "    https://package.example.org/all-packages/since/16250\n"
     "\n"
     "But it came back as 503 Service Unavailable\n" + _GL),
    # PP_BadArchiveHash "CORRUPT PACKAGE DATA" ("But it looks like the hash of the archive has changed
    # since publication:", "This usually means that the package author moved the version tag") (checked)
    ("elm-corrupt-package-data", "real",
     _ELM_MAKE + "Starting downloads...\n\n"
     "-- CORRUPT PACKAGE DATA --------------------------------------------------------\n"
     "\n"
     "I downloaded the source code for acme/elm-widgets 2.0.1 from:\n"
     "\n"
     "    https://codeload.example.com/acme/elm-widgets/zipball/2.0.1/\n"
     "\n"
     "But it looks like the hash of the archive has changed since publication:\n"
     "\n"
     "  Expected: 8b1d6f0e2c4a\n"
     "    Actual: 3f9a0c7d5e21\n"
     "\n"
     "This usually means that the package author moved the version tag, so report it\n" + _GHA),
    # "UNKNOWN PACKAGE" ("I cannot find a package named %s.") (checked)
    ("elm-install-unknown-package", "real",
     "+ yes | elm install acme/elm-widgetz\n"
     "-- UNKNOWN PACKAGE -------------------------------------------------------------\n"
     "\n"
     "I cannot find a package named acme/elm-widgetz.\n"
     "\n"
     "I looked through https://package.elm-lang.org for packages with similar names\n"
     "and found these:\n"
     "\n"
     "    acme/elm-widgets\n" + _GHA),
    # DetailsBadDeps "PROBLEM BUILDING DEPENDENCIES" ("I ran into a compilation error when trying to
    # build the following package:") (checked)
    ("elm-problem-building-dependencies", "real",
     _ELM_MAKE + "Dependencies ready!\n"
     "-- PROBLEM BUILDING DEPENDENCIES -----------------------------------------------\n"
     "\n"
     "I ran into a compilation error when trying to build the following package:\n"
     "\n"
     "    acme/elm-widgets 2.0.1\n"
     "\n"
     "This probably means it has package constraints that are too wide. It may be\n"
     "possible to tweak your elm.json to avoid the root problem as a stopgap.\n" + _GHA),
    # elm/compiler compiler/src/Reporting/Error/Type.hs ("TYPE MISMATCH") (checked: the header; the body
    # from the tool's output format)
    ("elm-type-mismatch", "real",
     _ELM_MAKE + "Compiling ...\n"
     "-- TYPE MISMATCH ------------------------------------------------ src/Cart.elm\n"
     "\n"
     "The 1st argument to `viewTotal` is not what I expect:\n"
     "\n"
     "44|     viewTotal model.count\n"
     "                ^^^^^^^^^^^\n"
     "This `count` field is:\n\n    Int\n\nBut `viewTotal` needs the 1st argument to be:\n\n    Float\n" + _GHA),
    # avh4/elm-format --validate (a JSON list of files "not formatted") (from the tool's output format,
    # not re-read)
    ("elm-format-validate", "real",
     "+ npx elm-format --validate src/\n"
     "[{\"path\":\"src/Cart.elm\",\"message\":\"File is not formatted with elm-format-0.8.7 --elm-version=0.19\"}]\n"
     + _GHA),
    # toHttpErrorReport's other branch again (checked): the endpoint look-up's connection was reset
    ("elm-endpoint-connection-reset", "transient",
     _ELM_MAKE + "Starting downloads...\n\n"
     "-- PROBLEM DOWNLOADING PACKAGE -------------------------------------------------\n"
     "\n"
     "I need to find the latest download link for acme/elm-widgets 2.0.1, so I tried\n"
     "to fetch:\n"
     "\n"
     "    https://package.example.org/packages/acme/elm-widgets/2.0.1/endpoint.json\n"
     "\n"
     "But my HTTP library is giving me the following error message:\n"
     "\n"
     "    InternalException Network.Socket.recvBuf: resource vanished (Connection reset by peer)\n" + _GHA),
    # near-miss: an elm-test test ABOUT the download report, failing on its expectation
    ("elm-test-about-download-report", "real",
     "+ npx elm-test\n"
     "elm-test 0.19.1-revision12\n"
     "Running 48 tests. To reproduce these results, run: elm-test --fuzz 100 --seed 20394\n"
     "\n"
     "↓ Http.RetryTest\n"
     "✗ shows 'came back as 503 Service Unavailable' when the registry is down\n"
     "\n"
     "    \"retry later\"\n"
     "    ╷\n"
     "    │ Expect.equal\n"
     "    ╵\n"
     "    \"came back as 503 Service Unavailable\"\n"
     "\n"
     "TEST RUN FAILED\n" + _GHA),

    # ================================================================== PureScript: spago and purs
    # purescript/spago src/Spago/Command/Fetch.purs ("Couldn't reach the registry at %s", after its own
    # back-off on connection errors and 5xx) (checked)
    ("spago-couldnt-reach-registry", "transient",
     _SPAGO + "Couldn't reach the registry at https://packages.registry.example.org/arrays/7.3.0.tar.gz\n" + _GHA),
    # ("Couldn't fetch package %s, status was not ok %s, got answer:") (checked): a 503 from the registry
    ("spago-fetch-status-503", "transient",
     _SPAGO + "Couldn't fetch package arrays@7.3.0, status was not ok (StatusCode 503), got answer:\n"
     "  <html><head><title>503 Service Temporarily Unavailable</title></head></html>\n" + _GHA),
    # near-miss: the same words with a 404: the version is not in the registry's storage
    ("spago-fetch-status-404", "real",
     _SPAGO + "Couldn't fetch package arrays@7.9.9, status was not ok (StatusCode 404), got answer:\n"
     "  <?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code></Error>\n" + _GHA),
    # ("Couldn't fetch package %s:\n  %s" with affjax's printError) (checked: spago's line; affjax's
    # "There was a problem making the request: request failed" from the library's output format)
    ("spago-couldnt-fetch-request-failed", "transient",
     _SPAGO + "Couldn't fetch package arrays@7.3.0:\n"
     "  There was a problem making the request: request failed\n" + _CIRCLE),
    # src/Spago/Git.purs fetchRepo ("Error while fetching the repo '%s' at ref '%s':" and git's stderr)
    # (checked): a git dependency, its host unresolved
    ("spago-git-dep-fetch-dns", "transient",
     _SPAGO + "Cloning https://github.com/acme/purescript-widgets.git\n"
     "Error while fetching the repo 'https://github.com/acme/purescript-widgets.git' at ref 'v2.1.0':\n"
     "  fatal: unable to access 'https://github.com/acme/purescript-widgets.git/': Could not resolve host: github.com\n"
     + _GHA),
    # near-miss: the ref the git dependency names does not exist
    ("spago-git-dep-missing-ref", "real",
     _SPAGO + "Cloning https://github.com/acme/purescript-widgets.git\n"
     "Error while fetching the repo 'https://github.com/acme/purescript-widgets.git' at ref 'v9.9.9':\n"
     "  error: pathspec 'v9.9.9' did not match any file(s) known to git\n" + _GHA),
    # ("Could not solve the package dependencies, errors:") over the registry solver's messages (checked:
    # spago's line; the solver's lines from the tool's output format)
    ("spago-could-not-solve", "real",
     "+ npx spago install\nReading Spago workspace configuration...\n"
     "Could not solve the package dependencies, errors:\n"
     "  - No versions found in the registry for acme-widgets in range\n"
     "      >=9.0.0 <10.0.0\n"
     "    required by: app\n" + _GHA),
    # ("Archive fetched for %s has a different hash (%s) than expected (%s)") (checked)
    ("spago-archive-different-hash", "real",
     _SPAGO + "Archive fetched for acme-widgets@2.1.0 has a different hash (sha256-9c1f0b2e) than expected "
     "(sha256-71aa30de)\n" + _GHA),
    # purescript/purescript's error header as spago's psa prints it ("[1/1 UnknownName]", "Unknown value")
    # and spago src/Spago/Psa.purs ("Failed to build.") (checked: spago's line; purs from its output format)
    ("spago-build-purs-unknown-value", "real",
     _SPAGO + "Building...\n"
     "[1/1 UnknownName] src/Main.purs:18:3\n"
     "\n"
     "  18    greetUser name\n"
     "        ^^^^^^^^^\n"
     "\n"
     "  Unknown value greetUser.\n"
     "\n"
     "Failed to build.\n" + _GHA),
    # near-miss: src/Spago/Registry.purs ("Couldn't refresh the registry-index, will proceed anyways")
    # (checked) is a warning; the build then failed on a type error
    ("spago-refresh-warning-then-type-error", "real",
     "+ npx spago build\nReading Spago workspace configuration...\nRefreshing the Registry Index...\n"
     "Couldn't refresh the registry-index, will proceed anyways\n"
     "Building...\n"
     "[1/1 TypesDoNotUnify] src/Cart.purs:40:14\n"
     "\n"
     "  Could not match type\n"
     "    Int\n"
     "  with type\n"
     "    Number\n"
     "\n"
     "Failed to build.\n" + _GHA),

    # ================================================================== F#: Paket and Fantomas
    # fsprojects/Paket src/Paket/Program.fs ("Paket failed with") and src/Paket.Core/Common/Logging.fs
    # (printErrorExt: one "-> " line per exception), src/Paket.Core/Dependencies/PackageResolver.fs
    # ("Unable to retrieve package versions for '%O'"), src/Paket.Core/Common/NetUtils.fs ("Request to
    # '%s' failed with: %i %A — %s") (checked): the feed answered 503
    ("paket-retrieve-versions-503", "transient",
     _PAKET +
     "Paket failed with\n"
     "-> Unable to retrieve package versions for 'Acme.Widgets'\n"
     "   Required by: paket.dependencies\n"
     "-> RequestFailedException: Request to 'https://nuget.example.org/v3/registration5-gz-semver2/acme.widgets/index.json' "
     "failed with: 503 ServiceUnavailable — <html><body>Service Unavailable</body></html>\n" + _GHA),
    # the same chain over a .NET timeout ("The operation has timed out" / TaskCanceledException)
    ("paket-retrieve-versions-timeout", "transient",
     _PAKET +
     "Paket failed with\n"
     "-> Unable to retrieve package versions for 'Acme.Widgets'\n"
     "   Required by: paket.dependencies\n"
     "-> TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds "
     "elapsing.\n" + _CIRCLE),
    # src/Paket.Core/Dependencies/NuGet.fs ("Could not download %O %O.", its own "Retry." before) (checked):
    # the connection reset on the nupkg
    ("paket-could-not-download-reset", "transient",
     _PAKET + "Downloading Acme.Widgets 2.1.0\n"
     "Paket failed with\n"
     "-> Could not download Acme.Widgets 2.1.0.\n"
     "-> HttpRequestException: An error occurred while sending the request.\n"
     "-> IOException: Unable to read data from the transport connection: Connection reset by peer.\n" + _GHA),
    # the same request message with a 429 (checked)
    ("paket-request-429", "transient",
     _PAKET +
     "Paket failed with\n"
     "-> Unable to retrieve package versions for 'Acme.Widgets'\n"
     "-> RequestFailedException: Request to 'https://nuget.example.org/v3-flatcontainer/acme.widgets/index.json' "
     "failed with: 429 TooManyRequests — Rate limit exceeded\n" + _GHA),
    # src/Paket.Core/Dependencies/NuGet.fs ("Unable to retrieve package details for '%O'-%s") (checked) over a
    # name-resolution failure
    ("paket-retrieve-details-dns", "transient",
     _PAKET +
     "Paket failed with\n"
     "-> Unable to retrieve package details for 'Acme.Widgets'-2.1.0\n"
     "-> HttpRequestException: Name or service not known (nuget.example.org:443)\n"
     "-> SocketException: Name or service not known\n" + _GHA),
    # near-miss: the nupkg of a version that is not on the feed
    ("paket-could-not-download-404", "real",
     _PAKET + "Downloading Acme.Widgets 9.9.9\n"
     "Paket failed with\n"
     "-> Could not download Acme.Widgets 9.9.9 from https://nuget.example.org/api/v2/package/Acme.Widgets/9.9.9.\n"
     "-> RequestFailedException: Request to 'https://nuget.example.org/api/v2/package/Acme.Widgets/9.9.9' failed "
     "with: 404 NotFound — \n" + _GHA),
    # fsprojects/Paket src/Paket.Core/Common/Utils.fs ("Could not acquire lock to '%s'.%sThe process timed
    # out.") (checked): another restore
    # on the same runner held the package's lock past Paket's wait; the lock file does not outlive the runner
    ("paket-could-not-acquire-lock", "transient",
     _PAKET +
     "Paket failed with\n"
     "-> Could not acquire lock to '/home/runner/.nuget/packages/acme.widgets/2.1.0/acme.widgets.2.1.0.nupkg.lock'.\n"
     "   The process timed out.\n" + _GHA),
    # near-miss: the feed refused the credentials
    ("paket-request-401", "real",
     _PAKET +
     "Paket failed with\n"
     "-> Unable to retrieve package versions for 'Acme.Internal'\n"
     "-> RequestFailedException: Request to 'https://pkgs.example.org/acme/_packaging/feed/nuget/v3/index.json' "
     "failed with: 401 Unauthorized — \n" + _GHA),
    # src/Paket.Core/Dependencies/PackageResolver.fs ("There was a version conflict during package
    # resolution.", "Please try to relax some conditions or resolve the conflict manually") (checked)
    ("paket-version-conflict", "real",
     _PAKET +
     "Paket failed with\n"
     "-> There was a version conflict during package resolution.\n"
     "     Resolved packages:\n"
     "      - Acme.Core 3.0.0\n"
     "     Could not resolve package Acme.Widgets. Requested by:\n"
     "       - Acme.Core 3.0.0 requested package Acme.Widgets: >= 4.0\n"
     "       - paket.dependencies requested package Acme.Widgets: < 3.0\n"
     "  Please try to relax some conditions or resolve the conflict manually (see "
     "http://fsprojects.github.io/Paket/nuget-dependencies.html#Use-exactly-this-version-constraint).\n" + _GHA),
    # ("Could not find versions for package %O on %O.") (checked)
    ("paket-could-not-find-versions", "real",
     _PAKET +
     "Paket failed with\n"
     "-> Could not find versions for package Acme.Widgetz on https://nuget.example.org/api/v2.\n" + _GHA),
    # fsprojects/fantomas --check ("%s needs formatting") (from the tool's output format, not re-read)
    ("fantomas-check-needs-formatting", "real",
     "+ dotnet fantomas --check src tests\n"
     "src/Acme/Cart.fs needs formatting\n"
     "tests/Acme.Tests/CartTests.fs needs formatting\n" + _GHA),

    # ================================================================== Racket: raco
    # racket/racket racket/collects/pkg/private/catalog.rkt ("cannot find package on catalogs\n  package:
    # %s") (checked), as raco pkg prefixes it
    ("raco-pkg-cannot-find-package", "real",
     _RACO +
     "raco pkg install: cannot find package on catalogs\n"
     "  package: acme-lib\n" + _GHA),
    # Racket's tcp-connect error ("tcp-connect: connection failed", its "hostname:", "port number:",
    # "system error:" fields) (from the tool's output format, not re-read): the catalog timed out
    ("raco-pkg-tcp-connect-timeout", "transient",
     _RACO +
     "tcp-connect: connection failed\n"
     "  hostname: pkgs.example.org\n"
     "  port number: 443\n"
     "  system error: Connection timed out; errno=110\n" + _GHA),
    # near-miss: a package whose name holds outage words, not on the catalogs
    ("raco-pkg-cannot-find-timeout-named", "real",
     "+ raco pkg install --auto --batch http-timeout-retry\n"
     "Resolving \"http-timeout-retry\" via https://pkgs.example.org\n"
     "raco pkg install: cannot find package on catalogs\n"
     "  package: http-timeout-retry\n" + _GL),
    # rackunit's failure box under raco test ("FAILURE", "name:", "actual:", "expected:", "%d/%d test
    # failures") (from the tool's output format, not re-read)
    ("raco-test-rackunit-failure", "real",
     "+ raco test -p acme-lib\n"
     "raco test: (submod \"tests/cart.rkt\" test)\n"
     "--------------------\n"
     "FAILURE\n"
     "name:       check-equal?\n"
     "location:   tests/cart.rkt:22:2\n"
     "actual:     41\n"
     "expected:   42\n"
     "--------------------\n"
     "1/17 test failures\n" + _GHA),
    # raco setup's compile error for a collection ("raco setup: error: during making for %s") (from the
    # tool's output format, not re-read)
    ("raco-setup-unbound-identifier", "real",
     "+ raco setup --check-pkg-deps acme-lib\n"
     "raco setup: --- compiling collections ---\n"
     "raco setup: error: during making for <pkgs>/acme-lib\n"
     "raco setup:   acme-lib/cart.rkt:12:4: total-of: unbound identifier\n"
     "raco setup:     in: total-of\n" + _GHA),

    # ================================================================== Haskell
    # commercialhaskell/stack src/Stack/Types/Build/Exception.hs (TestSuiteFailure: "Error: [S-1995]",
    # "Test suite failure for package %s", "    %s:  exited with: %s") (checked)
    ("stack-test-suite-failure", "real",
     "+ stack test --fast\n"
     "acme> test (suite: acme-test)\n"
     "acme> Test suite acme-test failed\n"
     "Error: [S-1995]\n"
     "Test suite failure for package acme-0.3.1\n"
     "    acme-test:  exited with: ExitFailure 1\n"
     "Logs printed to console\n" + _GHA),
    # haskell/cabal's warning that the index was never fetched, then the solver's unknown package (from the
    # tool's output format, not re-read): a missing `cabal update` step, not an outage
    ("cabal-package-list-missing-unknown", "real",
     "+ cabal build all\n"
     "Warning: The package list for 'hackage.haskell.org' does not exist. Run 'cabal update' to download it.\n"
     "Resolving dependencies...\n"
     "Error: [Cabal-7107]\n"
     "Could not resolve dependencies:\n"
     "[__0] unknown package: acme-widgets (user goal)\n"
     "[__0] fail (backjumping, conflict set: acme-widgets)\n" + _GHA),
    # ghc's type error under cabal ("Couldn't match expected type", "error: [GHC-83865]") (from the tool's
    # output format, not re-read)
    ("ghc-couldnt-match-type-cabal", "real",
     "+ cabal build all\n"
     "Building library for acme-0.3.1..\n"
     "[4 of 9] Compiling Acme.Cart        ( src/Acme/Cart.hs, dist-newstyle/build/x86_64-linux/ghc-9.8.2/acme-0.3.1/build/Acme/Cart.o )\n"
     "src/Acme/Cart.hs:41:18: error: [GHC-83865]\n"
     "    • Couldn't match expected type ‘Double’ with actual type ‘Int’\n"
     "    • In the first argument of ‘total’, namely ‘count’\n"
     "Error: [Cabal-7125]\n"
     "Failed to build acme-0.3.1.\n" + _GHA),

    # ================================================================== OCaml: dune
    # ocaml/dune's @fmt alias ("Error: Files %s and %s differ." over the .formatted copy) (checked: dune's
    # own test expectations; from the tool's output format)
    ("dune-fmt-files-differ", "real",
     "+ opam exec -- dune build @fmt\n"
     "File \"bin/main.ml\", line 1, characters 0-0:\n"
     "Error: Files _build/default/bin/main.ml and _build/default/bin/.formatted/main.ml differ.\n"
     "Promoting _build/default/bin/.formatted/main.ml to bin/main.ml.\n" + _GHA),

    # ================================================================== Clojure: tools.deps and friends
    # clojure/tools.deps src/main/clojure/clojure/tools/deps/script/make_classpath2.clj ("Error building
    # classpath." and the message) and
    # clojure/tools.gitlibs src/main/clojure/clojure/tools/gitlibs/impl.clj ("Cloning:", "Unable to clone %s to
    # %s:%n%s" with git's stderr) (checked): the git host answered 502
    ("clojure-gitlib-unable-to-clone-502", "transient",
     _CLJ + "Cloning: https://github.com/acme/edn-tools.git\n"
     "Error building classpath. Unable to clone https://github.com/acme/edn-tools.git to "
     "/home/runner/.gitlibs/_repos/https/github.com/acme/edn-tools:\n"
     "fatal: unable to access 'https://github.com/acme/edn-tools.git/': The requested URL returned error: 502\n" + _GHA),
    # near-miss: the repository does not exist (or is private)
    ("clojure-gitlib-unable-to-clone-not-found", "real",
     _CLJ + "Cloning: https://github.com/acme/edn-toolz.git\n"
     "Error building classpath. Unable to clone https://github.com/acme/edn-toolz.git to "
     "/home/runner/.gitlibs/_repos/https/github.com/acme/edn-toolz:\n"
     "remote: Repository not found.\n"
     "fatal: repository 'https://github.com/acme/edn-toolz.git/' not found\n" + _GHA),
    # the same over an unresolved host
    ("clojure-gitlib-unable-to-clone-dns", "transient",
     _CLJ + "Cloning: https://github.com/acme/edn-tools.git\n"
     "Error building classpath. Unable to clone https://github.com/acme/edn-tools.git to "
     "/home/runner/.gitlibs/_repos/https/github.com/acme/edn-tools:\n"
     "fatal: unable to access 'https://github.com/acme/edn-tools.git/': Could not resolve host: github.com\n" + _GL),
    # tools.gitlibs ("Unable to fetch %s%n%s") over a reset while updating an existing clone (checked)
    ("clojure-gitlib-unable-to-fetch-reset", "transient",
     _CLJ + "Error building classpath. Unable to fetch /home/runner/.gitlibs/_repos/https/github.com/acme/edn-tools\n"
     "error: RPC failed; curl 56 Recv failure: Connection reset by peer\n"
     "fatal: expected flush after ref listing\n" + _CIRCLE),
    # tools.gitlibs ("Unable to checkout %s%n%s") (checked): the sha is not in the repository
    ("clojure-gitlib-unable-to-checkout", "real",
     _CLJ + "Checking out: https://github.com/acme/edn-tools.git at 5d1e2f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e\n"
     "Error building classpath. Unable to checkout 5d1e2f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e\n"
     "fatal: reference is not a tree: 5d1e2f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e\n" + _GHA),
    # clojure/tools.deps src/main/clojure/clojure/tools/deps/extensions.clj ("Manifest file not found for %s in
    # coordinate %s") (checked)
    ("clojure-manifest-file-not-found", "real",
     _CLJ + "Error building classpath. Manifest file not found for io.github.acme/edn-tools in coordinate "
     "{:git/sha \"5d1e2f0\", :deps/root \"modules/edn\"}\n" + _GHA),
    # tools.deps src/main/clojure/clojure/tools/deps/extensions/maven.clj ("Unable to download: [%s%s]" when
    # maven-resolver reports the artifact missing) (checked)
    ("clojure-unable-to-download-missing", "real",
     _CLJ + "Downloading: org/acme/widgets/9.9.9/widgets-9.9.9.pom from clojars\n"
     "Error building classpath. Unable to download: [org.acme/widgets \"9.9.9\"]\n" + _GHA),
    # near-miss: the missing artifact's name holds outage words
    ("clojure-unable-to-download-timeout-named", "real",
     _CLJ + "Error building classpath. Unable to download: [org.acme/http-timeout \"0.9.0\"]\n" + _GHA),
    # lambdaisland/kaocha's summary ("%d tests, %d assertions, %d failures.") (from the tool's output
    # format, not re-read)
    ("kaocha-test-failures", "real",
     "+ clojure -M:test -m kaocha.runner\n"
     "[(....F...)]\n"
     "FAIL in acme.cart-test/total-test (cart_test.clj:22)\n"
     "Expected:\n  42\nActual:\n  -42 +41\n"
     "9 tests, 31 assertions, 1 failures.\n" + _GHA),
    # weavejester/cljfmt check ("%s has incorrect formatting", "%d file(s) formatted incorrectly") (from the
    # tool's output format, not re-read)
    ("cljfmt-check-incorrect-formatting", "real",
     "+ clojure -M:cljfmt check\n"
     "src/acme/cart.clj has incorrect formatting\n"
     "--- a/src/acme/cart.clj\n"
     "+++ b/src/acme/cart.clj\n"
     "@@ -3,4 +3,4 @@\n"
     "-(defn total [xs]  (reduce + xs))\n"
     "+(defn total [xs] (reduce + xs))\n"
     "\n1 file formatted incorrectly\n" + _GHA),
    # near-miss: a Clojure test ABOUT the gitlib clone message, failing on its assertion
    ("clojure-test-about-unable-to-clone", "real",
     "+ clojure -M:test -m kaocha.runner\n"
     "FAIL in acme.deps-test/clone-error-message-test (deps_test.clj:31)\n"
     "reports \"Unable to clone ... 502\" as retryable\n"
     "Expected:\n  :retry\nActual:\n  -:retry +:abort\n"
     "14 tests, 40 assertions, 1 failures.\n" + _GHA),

    # ================================================================== Scala: scalafmt, scalafix, Mill
    # scalameta/sbt-scalafmt plugin/src/main/scala/org/scalafmt/sbt/ScalafmtPlugin.scala ("%s isn't
    # formatted properly!", "%d files must be formatted (%s)") (checked)
    ("sbt-scalafmt-check-must-be-formatted", "real",
     "+ sbt scalafmtCheckAll\n" + _SBT +
     "[warn] /home/runner/work/app/core/src/main/scala/acme/Cart.scala isn't formatted properly!\n"
     "[error] (core / Compile / scalafmtCheck) 1 files must be formatted (/home/runner/work/app/core)\n"
     "[error] Total time: 4 s, completed Dec 4, 2026, 9:12:40 AM\n" + _GHA),
    # scalameta/scalafmt scalafmt-cli/shared/src/main/scala/org/scalafmt/cli/Cli.scala ("error: --test
    # failed") (checked), the diff above it from InputMethod.unifiedDiff
    ("scalafmt-cli-test-failed", "real",
     "+ ./scalafmt --test\n"
     "--- a/home/runner/work/app/core/src/main/scala/acme/Cart.scala\n"
     "+++ b/home/runner/work/app/core/src/main/scala/acme/Cart.scala\n"
     "@@ -12,1 +12,1 @@\n"
     "-  def total(xs: List[Int])   = xs.sum\n"
     "+  def total(xs: List[Int]) = xs.sum\n"
     "error: --test failed\n" + _GHA),
    # scalacenter/scalafix scalafix-cli/src/main/scala/scalafix/internal/v1/MainOps.scala (--check: a
    # unified diff against "<expected fix>", ExitStatus.TestError) (checked); sbt-scalafix's ScalafixFailed (from the
    # tool's output format, not re-read)
    ("sbt-scalafix-check-test-error", "real",
     "+ sbt \"scalafixAll --check\"\n" + _SBT +
     "--- /home/runner/work/app/core/src/main/scala/acme/Cart.scala\n"
     "+++ <expected fix>\n"
     "@@ -1,4 +1,3 @@\n"
     "-import scala.collection.mutable\n"
     " import acme.model.Item\n"
     "[error] (core / Compile / scalafixAll) scalafix.sbt.ScalafixFailed: TestError\n"
     "[error] Total time: 21 s, completed Dec 4, 2026, 9:14:02 AM\n" + _GHA),
    # com-lihaoyi/mill's task failure summary ("%d tasks failed", "<task> Compilation failed") (from the
    # tool's output format, not re-read)
    ("mill-compile-failed", "real",
     _MILL +
     "[error] core/src/acme/Cart.scala:12:5: not found: value totalOf\n"
     "[error]     totalOf(items)\n"
     "[error]     ^\n"
     "1 tasks failed\n"
     "core.compile Compilation failed\n" + _GHA),
    # coursier/coursier's ResolutionError as Mill prints it ("Resolution failed for %d modules:", "not found:"
    # per repository) (from the tool's output format, not re-read)
    ("mill-resolution-failed-not-found", "real",
     "+ ./mill core.compile\n"
     "1 tasks failed\n"
     "core.resolvedIvyDeps \n"
     "Resolution failed for 1 modules:\n"
     "--------------------------------------------\n"
     "  org.acme:widgets_2.13:9.9.9 \n"
     "\tnot found: /home/runner/.ivy2/local/org.acme/widgets_2.13/9.9.9/ivys/ivy.xml\n"
     "\tnot found: https://repo.example.org/maven2/org/acme/widgets_2.13/9.9.9/widgets_2.13-9.9.9.pom\n" + _GHA),
    # the same report with Coursier's download error on the one repository (see the sibling file's
    # coursier cases for the wording)
    ("mill-resolution-failed-download-timeout", "transient",
     "+ ./mill core.compile\n"
     "1 tasks failed\n"
     "core.resolvedIvyDeps \n"
     "Resolution failed for 1 modules:\n"
     "--------------------------------------------\n"
     "  org.acme:widgets_2.13:2.1.0 \n"
     "\tdownload error: Caught java.net.SocketTimeoutException (Read timed out) while downloading "
     "https://repo.example.org/maven2/org/acme/widgets_2.13/2.1.0/widgets_2.13-2.1.0.pom\n" + _GHA),
    # near-miss: a ScalaTest test titled after a registry outage, failing on its assertion
    ("scalatest-titled-503-fails", "real",
     "+ sbt test\n" + _SBT +
     "[info] RegistryClientSpec:\n"
     "[info] - should retry when the registry answers 503 Service Unavailable *** FAILED ***\n"
     "[info]   2 did not equal 3 (RegistryClientSpec.scala:41)\n"
     "[info] Tests: succeeded 23, failed 1, canceled 0, ignored 0, pending 0\n"
     "[info] *** 1 TEST FAILED ***\n"
     "[error] Failed tests:\n"
     "[error] \tacme.RegistryClientSpec\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
]

# wordings printed for an outage and for a persistent cause alike: no confident rerun
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # elm/compiler builder/src/Reporting/Exit.hs PP_BadArchiveContent ("But I was unable to unzip the
    # data. Maybe there is something weird with your internet connection.") (checked): a cut download or
    # a proxy rewriting the body
    ("elm-unable-to-unzip",
     _ELM_MAKE + "Starting downloads...\n\n"
     "-- PROBLEM DOWNLOADING PACKAGE -------------------------------------------------\n"
     "\n"
     "I downloaded the source code for acme/elm-widgets 2.0.1 from:\n"
     "\n"
     "    https://codeload.example.com/acme/elm-widgets/zipball/2.0.1/\n"
     "\n"
     "But I was unable to unzip the data. Maybe there is something weird with your\n"
     "internet connection. We have gotten reports that schools, businesses, airports,\n" + _GHA),
    # "CORRUPT CACHE" ("It looks like some of the information cached in elm-stuff/ has been corrupted.")
    # (checked): a restored cache that stays corrupt, or a one-off clash
    ("elm-corrupt-cache",
     _ELM_MAKE +
     "-- CORRUPT CACHE ---------------------------------------------------------------\n"
     "\n"
     "It looks like some of the information cached in elm-stuff/ has been corrupted.\n"
     "\n"
     "Try deleting your elm-stuff/ directory to get unstuck.\n" + _GHA),
    # purescript/spago src/Spago/Command/Fetch.purs ("Failed to decode downloaded package %s, error:")
    # (checked): a truncated archive or a broken upload
    ("spago-failed-to-decode-package",
     _SPAGO + "Failed to decode downloaded package arrays@7.3.0, error:\n"
     "  Error: TAR_BAD_ARCHIVE: Unrecognized archive format\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_fp_jvm_lang_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_fp_jvm_lang_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "There was a problem making the request: ",
    "Archive fetched for ",
    "-- UNKNOWN PACKAGE ",
    "Could not find versions for package ",
    "Request to '",
    "But it came back as 404",
    " isn't formatted properly!",
    "src/Acme/Cart.fs needs formatting ",
    "[1/1 UnknownName] ",
    "Test suite failure for package ",
    "Could not download Acme.Widgets 2.1.0 from ",
    "↓ ",
    "    │ Expect.equal ",
]
