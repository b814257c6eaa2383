"""Fourteenth round, tool sources: the package managers and test runners of languages earlier passes
covered thinly: PHP (Composer's GitHub API limit, its authentication and process-timeout messages,
Laravel's and Pest's test output), Elixir (mix deps.get, Hex resolution, mix compile and mix test),
Erlang rebar3, Clojure (Leiningen and the Clojure CLI: "Could not transfer artifact" against "Could
not find artifact"), Perl (cpanm and prove), Haskell (stack and cabal), OCaml (opam), Dart/Flutter pub,
Swift Package Manager, Deno, Bun and LuaRocks.

Each case is a short log written for the test around one message as the tool prints it. The wording
was read from the tools' own source where the comment above a case says "(checked)" (the repository
and file are named); where it says "(from the tool's output format, not re-read)" the wording rests on
the tool's documentation or on its well-known output, not on a reading of its source this round.
Hosts, packages and paths are made up; no project's CI log is copied. The sibling files
test_tool_sources_ecosystems.py (Hex request errors, luarocks, opam and cabal downloads),
test_tool_sources_pkgs.py (Composer's curl and HTTP errors, bun's registry errors) and
test_tool_sources_test_frameworks_xlang.py (ExUnit, Pest, prove, Deno and Bun test output) hold the
cases not repeated here.

The rules the cases hold:
  * a fetch that broke off (a timeout, a reset, a refused or unresolved host, a 5xx, a rate limit
    such as GitHub's hourly API limit Composer reports) -> transient;
  * a version, package, module or tag that does not exist, a solver that found no solution, refused
    credentials, an untrusted certificate, a checksum or lock-file mismatch, a compile error, a failed
    assertion -> real;
  * a message the tool prints for both (cpanm's "Timed out", rebar3's "Failed to fetch and copy dep",
    opam's "couldn't be obtained" with no cause beside it, Composer's "Could not authenticate against
    github.com", which it prints for an exhausted anonymous limit as well as a bad token) -> not
    surely transient;
  * the tool's words inside a test's expectation, a test's title or a package's name are not its
    failure.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ PHP: Composer
    # composer/composer src/Composer/Util/RemoteFilesystem.php and Util/Http/CurlDownloader.php
    # ("GitHub API limit (%d calls/hr) is exhausted, could not fetch <url>. Create a GitHub OAuth token to
    # go over the API rate limit. You can also wait until %s for the rate limit to reset.") (checked)
    ("composer-github-api-limit-anonymous", "transient",
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 633:\n"
     "  GitHub API limit (60 calls/hr) is exhausted, could not fetch https://api.github.com/repos/acme/legacy-bridge. "
     "Create a GitHub OAuth token to go over the API rate limit. You can also wait until 2026-12-04 03:11:52 for the "
     "rate limit to reset.\n"
     "install [--prefer-source] [--prefer-dist] [--prefer-install PREFER-INSTALL] [--dry-run] [--dev] [--no-dev]\n"
     + _GHA),
    # composer/composer src/Composer/Repository/Vcs/GitHubDriver.php ("GitHub API limit (%d calls/hr) is
    # exhausted. You are already authorized so you have to wait until %s before doing more requests") (checked)
    ("composer-github-api-limit-authorized", "transient",
     "Loading composer repositories with package information\n"
     "GitHub API limit (5000 calls/hr) is exhausted. You are already authorized so you have to wait until "
     "2026-12-04 02:58:10 before doing more requests\n"
     "In GitHubDriver.php line 420:\n"
     "  The \"https://api.github.com/repos/acme/legacy-bridge\" file could not be downloaded (HTTP/2 403 )\n"
     + _CIRCLE),
    # composer/composer src/Composer/Util/Http/CurlDownloader.php ("curl error %d while downloading %s: %s")
    # (checked in the twelfth round for 6 and 28; 56 is libcurl's CURLE_RECV_ERROR)
    ("composer-curl-56-reset", "transient",
     "Loading composer repositories with package information\n"
     "Updating dependencies\n"
     "In CurlDownloader.php line 390:\n"
     "  curl error 56 while downloading https://repo.packagist.org/p2/acme/log-kit.json: Recv failure: Connection "
     "reset by peer\n" + _GHA),
    # composer/composer src/Composer/Util/ProcessExecutor.php through symfony/process
    # ProcessTimedOutException ("The process \"%s\" exceeded the timeout of %s seconds.") (checked in symfony/process)
    ("composer-git-clone-exceeded-timeout", "transient",
     "  - Syncing acme/private-sdk (dev-main 8c2e1f0) into cache\n"
     "In ProcessExecutor.php line 400:\n"
     "  The process \"git clone --mirror -- 'https://git.example.org/acme/private-sdk.git' "
     "'/home/ci/.cache/composer/vcs/https---git.example.org-acme-private-sdk.git/'\" exceeded the timeout of 300 "
     "seconds.\n" + _GHA),
    # near-miss: a composer script (the project's own tests) ran past Composer's process timeout
    ("composer-script-exceeded-timeout", "ambiguous",
     "> vendor/bin/phpunit --testsuite integration\n"
     "PHPUnit 10.5.3 by Sebastian Bergmann and contributors.\n"
     "...............................................................  63 / 412 ( 15%)\n"
     "In Process.php line 1204:\n"
     "  The process \"vendor/bin/phpunit --testsuite integration\" exceeded the timeout of 300 seconds.\n"
     "run-script [--timeout TIMEOUT] [--dev] [--no-dev] [-l|--list] [--] [<script> [<args>...]]\n" + _GHA),
    # composer/composer src/Composer/Util/GitHub.php / Downloader/FileDownloader.php ("Could not authenticate
    # against github.com"): printed for a refused token and for the anonymous limit alike (checked: the
    # message; its causes from the projects' own notes on it)
    ("composer-could-not-authenticate-github", "ambiguous",
     "Installing dependencies from lock file\n"
     "  - Downloading acme/router (v2.4.0)\n"
     "    Failed to download acme/router from dist: Could not authenticate against github.com\n"
     "    Now trying to download from source\n"
     "In GitHubDriver.php line 551:\n"
     "  Could not authenticate against github.com\n" + _GHA),
    # composer/composer src/Composer/DependencyResolver/Problem.php ("Root composer.json requires php %s but
    # your php version (%s) does not satisfy that requirement.") (checked in the twelfth round's composer cases)
    ("composer-root-requires-php-version", "real",
     "Installing dependencies from lock file (including require-dev)\n"
     "Verifying lock file contents can be installed on current platform.\n"
     "Your lock file does not contain a compatible set of packages. Please run composer update.\n\n"
     "  Problem 1\n"
     "    - Root composer.json requires php ^8.3 but your php version (8.2.14) does not satisfy that requirement.\n"
     + _GHA),
    # composer/composer src/Composer/Installer.php ("Required package \"%s\" is not present in the lock file.",
    # "This usually happens when composer files are incorrectly merged or the composer.json file is manually
    # edited.") (from the tool's output format, not re-read)
    ("composer-required-package-not-in-lock", "real",
     "Installing dependencies from lock file (including require-dev)\n"
     "Verifying lock file contents can be installed on current platform.\n"
     "Warning: The lock file is not up to date with the latest changes in composer.json. You may be getting "
     "outdated dependencies. It is recommended that you run `composer update` or `composer update <package name>`.\n"
     "- Required package \"acme/queue-bridge\" is not present in the lock file.\n"
     "This usually happens when composer files are incorrectly merged or the composer.json file is manually edited.\n"
     + _GHA),
    # composer/composer src/Composer/Downloader/FileDownloader.php ("The checksum verification of the file
    # failed (downloaded from %s)") (from the tool's output format, not re-read)
    ("composer-dist-checksum-failed", "real",
     "Package operations: 3 installs, 0 updates, 0 removals\n"
     "  - Downloading acme/pdf-kit (1.9.0)\n"
     "In FileDownloader.php line 299:\n"
     "  The checksum verification of the file failed (downloaded from "
     "https://dist.example.org/acme/pdf-kit/1.9.0.zip)\n" + _GHA),
    # laravel/framework's QueryException under Pest (pestphp/pest's "FAILED" line and summary) (from the
    # tool's output format, not re-read): a column the migration lacks
    ("laravel-pest-query-exception-column", "real",
     "   FAIL  Tests\\Feature\\InvoiceTest\n"
     "  ✓ it lists invoices\n"
     "  ⨯ it totals invoice lines\n"
     "  ───────────────────────────────────────────────────\n"
     "   FAILED  Tests\\Feature\\InvoiceTest > it totals invoice lines   QueryException\n"
     "  SQLSTATE[42S22]: Column not found: 1054 Unknown column 'discount_cents' in 'field list' (Connection: mysql, "
     "SQL: select sum(discount_cents) as aggregate from `invoice_lines`)\n\n"
     "  Tests:    1 failed, 57 passed (131 assertions)\n"
     "  Duration: 9.14s\n" + _GHA),
    # near-miss: a PHPUnit test ABOUT Composer's rate-limit message
    ("phpunit-test-about-api-limit-message", "real",
     "PHPUnit 10.5.3 by Sebastian Bergmann and contributors.\n"
     "....F....\n"
     "There was 1 failure:\n\n"
     "1) Tests\\Unit\\GitHubNoticeTest::testRendersLimitMessage\n"
     "Failed asserting that two strings are identical.\n"
     "--- Expected\n+++ Actual\n@@ @@\n"
     "-'GitHub API limit (60 calls/hr) is exhausted'\n"
     "+'GitHub API limit exhausted'\n\n"
     "FAILURES!\nTests: 9, Assertions: 14, Failures: 1.\n" + _GHA),

    # ------------------------------------------------------------------ Elixir: mix and Hex
    # hexpm/hex lib/hex/remote_converger.ex and the pubgrub-style solver messages ("Because your app depends
    # on %s which doesn't match any versions, version solving failed."), elixir-lang/elixir
    # lib/mix/lib/mix/dep/... ("** (Mix) Hex dependency resolution failed") (from the tool's output format,
    # not re-read)
    ("mix-hex-version-solving-failed", "real",
     "Resolving Hex dependencies...\n"
     "Resolution completed in 0.041s\n"
     "Because your app depends on plug_extra ~> 9.0 which doesn't match any versions, version solving failed.\n"
     "** (Mix) Hex dependency resolution failed\n" + _GHA),
    # elixir-lang/elixir lib/mix/lib/mix/tasks/deps.loadpaths.ex ("Unchecked dependencies for environment %s:",
    # "** (Mix) Can't continue due to errors on dependencies") and lib/mix/lib/mix/dep.ex ("the dependency is
    # not available, run \"mix deps.get\"") (from the tool's output format, not re-read)
    ("mix-unchecked-dependencies", "real",
     "==> acme_web\n"
     "Unchecked dependencies for environment test:\n"
     "* jason_extra (Hex package)\n"
     "  the dependency is not available, run \"mix deps.get\"\n"
     "** (Mix) Can't continue due to errors on dependencies\n" + _CIRCLE),
    # elixir-lang/elixir lib/mix/lib/mix/tasks/deps.compile.ex ("Could not compile dependency :%s, \"%s\"
    # command failed. Errors may have been logged above.") (from the tool's output format, not re-read)
    ("mix-could-not-compile-dependency-nif", "real",
     "==> argon_nif\n"
     "c_src/argon_nif.c:3:10: fatal error: erl_nif.h: No such file or directory\n"
     "    3 | #include <erl_nif.h>\n"
     "compilation terminated.\n"
     "make: *** [Makefile:31: priv/argon_nif.so] Error 1\n"
     "** (Mix) Could not compile dependency :argon_nif, \"mix compile\" failed. Errors may have been logged above. "
     "You can recompile this dependency with \"mix deps.compile argon_nif --force\", update it with \"mix deps.update "
     "argon_nif\" or clean it with \"mix deps.clean argon_nif\"\n" + _GHA),
    # elixir-lang/elixir lib/mix/lib/mix/scm/git.ex runs git and raises "Command \"git ...\" failed" on its exit;
    # git's own stderr above it (from the tool's output format, not re-read)
    ("mix-git-dep-fetch-502", "transient",
     "* Getting acme_auth (https://git.example.org/acme/acme_auth.git - v1.4.2)\n"
     "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n"
     "fatal: expected flush after ref listing\n"
     "** (Mix) Command \"git --git-dir=.git fetch --force --quiet --progress\" failed\n" + _GHA),
    # near-miss: the tag the git dependency names does not exist
    ("mix-git-dep-missing-ref", "real",
     "* Getting acme_auth (https://git.example.org/acme/acme_auth.git - v9.9.9)\n"
     "fatal: couldn't find remote ref refs/tags/v9.9.9\n"
     "** (Mix) Command \"git --git-dir=.git fetch --force --quiet --progress --depth 1 origin refs/tags/v9.9.9\" "
     "failed\n" + _GHA),
    # elixir-lang/elixir lib/mix/lib/mix/tasks/compile.elixir.ex ("Compilation failed due to warnings while
    # using the --warnings-as-errors option") (from the tool's output format, not re-read)
    ("mix-warnings-as-errors", "real",
     "Compiling 42 files (.ex)\n"
     "    warning: variable \"opts\" is unused (if the variable is not meant to be used, prefix it with an underscore)\n"
     "    │\n"
     " 18 │   def fetch(id, opts) do\n"
     "    └─ lib/acme/store.ex:18:17: Acme.Store.fetch/2\n\n"
     "Compilation failed due to warnings while using the --warnings-as-errors option\n" + _GHA),
    # ExUnit (elixir-lang/elixir lib/ex_unit/lib/ex_unit/formatter.ex): an assertion, under a test whose
    # title mentions a timeout (near-miss on the test's name)
    ("exunit-assertion-test-named-timeout", "real",
     "  1) test returns {:error, :timeout} when the registry is down (Acme.RegistryTest)\n"
     "     test/acme/registry_test.exs:41\n"
     "     Assertion with == failed\n"
     "     code:  assert Registry.fetch(\"x\") == {:error, :timeout}\n"
     "     left:  {:error, :econnrefused}\n"
     "     right: {:error, :timeout}\n\n"
     "Finished in 1.2 seconds (0.3s async, 0.9s sync)\n"
     "88 tests, 1 failure\n" + _GHA),
    # elixir-ecto/db_connection lib/db_connection/holder.ex ("connection not available and request was dropped
    # from queue after %dms") (from the tool's output format, not re-read): a pool too small for the suite's
    # load, or a database slow to start: printed for both
    ("exunit-dbconnection-dropped-from-queue", "ambiguous",
     "  1) test lists orders (AcmeWeb.OrderControllerTest)\n"
     "     test/acme_web/controllers/order_controller_test.exs:12\n"
     "     ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2961ms. "
     "This means requests are coming in and your connection pool cannot serve them fast enough.\n"
     "     code: conn = get(conn, ~p\"/orders\")\n\n"
     "Finished in 14.0 seconds (2.1s async, 11.9s sync)\n"
     "210 tests, 1 failure\n" + _GHA),

    # ------------------------------------------------------------------ Erlang: rebar3
    # erlang/rebar3 apps/rebar/src/rebar_fetch.erl format_error({fetch_fail, Source}) ("Failed to fetch and
    # copy dep: ~p"), printed for a network failure and for a git ref that does not exist alike (checked)
    ("rebar3-failed-to-fetch-and-copy-dep", "ambiguous",
     "===> Verifying dependencies...\n"
     "===> Fetching meck_extra v0.9.3\n"
     "===> Failed to fetch and copy dep: {pkg,<<\"meck_extra\">>,<<\"0.9.3\">>,undefined,undefined}\n" + _GHA),
    # erlang/rebar3 apps/rebar/src/rebar_app_utils.erl ("Package not found in any repo: ~ts ~ts") (checked
    # through the hex test harness notes that quote it)
    ("rebar3-package-not-found-in-any-repo", "real",
     "===> Verifying dependencies...\n"
     "===> Package not found in any repo: cowboy_extra 9.9.9\n" + _GHA),
    # erlang/rebar3 apps/rebar/src/rebar_prv_common_test.erl ("Failures occurred running tests: ~b") (checked)
    ("rebar3-ct-failures-occurred", "real",
     "===> Running Common Test suites...\n"
     "%%% acme_store_SUITE ==> put_then_get: FAILED\n"
     "%%% acme_store_SUITE ==> {put_then_get,{badmatch,{error,not_found}}}\n"
     "Failed 1 tests. Passed 23 tests.\n"
     "Results written to \"/home/ci/acme/_build/test/logs/index.html\".\n"
     "===> Failures occurred running tests: 1\n" + _GHA),
    # erlang/rebar3 apps/rebar/src/rebar_pkg_resource.erl ("Checksum mismatch against registry in ~ts")
    # (checked: the bad_registry_checksum format)
    ("rebar3-checksum-mismatch-registry", "real",
     "===> Verifying dependencies...\n"
     "===> Fetching jsx_extra v3.1.0\n"
     "===> Checksum mismatch against registry in /home/ci/.cache/rebar3/hex/hexpm/packages/jsx_extra-3.1.0.tar\n"
     + _GHA),

    # ------------------------------------------------------------------ Clojure: Leiningen and the Clojure CLI
    # technomancy/leiningen leiningen-core/src/leiningen/core/classpath.clj (print-failures, then "This could be
    # due to a typo in :dependencies, file system permissions, or network issues.", "If you are behind a proxy,
    # try setting the 'http_proxy' environment variable.", then "Could not resolve dependencies") (checked);
    # the first line is maven-resolver's "Could not transfer artifact %s from/to %s (%s): %s"
    ("lein-could-not-transfer-connect-timeout", "transient",
     "Retrieving org/acme/widgets/1.4.0/widgets-1.4.0.pom from clojars\n"
     "Could not transfer artifact org.acme:widgets:pom:1.4.0 from/to clojars (https://repo.clojars.org/): Connect "
     "to repo.clojars.org:443 [repo.clojars.org/203.0.113.10] failed: Connect timed out\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n" + _CIRCLE),
    ("lein-could-not-transfer-502", "transient",
     "Retrieving org/acme/parser/2.0.1/parser-2.0.1.jar from central\n"
     "Could not transfer artifact org.acme:parser:jar:2.0.1 from/to central (https://repo1.maven.org/maven2/): "
     "status code: 502, reason phrase: Bad Gateway (502)\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n"
     "Uberjar aborting because jar failed: Could not resolve dependencies\n" + _GHA),
    # near-miss: the artifact does not exist in any repository; "network issues" is lein's boilerplate
    ("lein-could-not-find-artifact", "real",
     "Could not find artifact org.acme:widgets:jar:9.9.9 in central (https://repo1.maven.org/maven2/)\n"
     "Could not find artifact org.acme:widgets:jar:9.9.9 in clojars (https://repo.clojars.org/)\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n" + _GHA),
    # near-miss: the repository's certificate is not trusted
    ("lein-could-not-transfer-pkix", "real",
     "Could not transfer artifact org.acme:widgets:pom:1.4.0 from/to acme-internal (https://maven.example.org/"
     "releases/): PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to "
     "find valid certification path to requested target\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n" + _GHA),
    # near-miss: the private repository refused the credentials
    ("lein-could-not-transfer-401", "real",
     "Could not transfer artifact com.acme:billing-core:pom:3.2.0 from/to acme-private (https://maven.example.org/"
     "private/): status code: 401, reason phrase: Unauthorized (401)\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n" + _GHA),
    # clojure/clojure src/clj/clojure/test.clj ("FAIL in", "expected:", "  actual:") and technomancy/leiningen
    # src/leiningen/test.clj ("Ran %d tests containing %d assertions.", "Tests failed.") (from the tool's
    # output format, not re-read)
    ("lein-test-fail", "real",
     "lein test acme.date-test\n\n"
     "FAIL in (parse-iso-date-test) (date_test.clj:18)\n"
     "expected: (= 3 (count days))\n"
     "  actual: (not (= 3 2))\n\n"
     "Ran 14 tests containing 41 assertions.\n"
     "1 failures, 0 errors.\n"
     "Tests failed.\n" + _GHA),
    # near-miss: a Clojure test ABOUT maven-resolver's wording
    ("clojure-test-about-transfer-message", "real",
     "lein test acme.deps-report-test\n\n"
     "FAIL in (explains-transfer-failure) (deps_report_test.clj:30)\n"
     "expected: (= \"Could not transfer artifact a:b:jar:1.0 from/to central: Connect timed out\" (explain err))\n"
     "  actual: (not (= \"Could not transfer artifact a:b:jar:1.0 from/to central: Connect timed out\" nil))\n\n"
     "Ran 6 tests containing 9 assertions.\n"
     "1 failures, 0 errors.\n"
     "Tests failed.\n" + _GHA),
    # clojure/brew-install (the clojure launcher) and clojure/tools.deps ("Error building classpath." and the
    # resolver's message) (from the tool's output format, not re-read)
    ("clojure-cli-could-not-find-artifact", "real",
     "Downloading: org/acme/widgets/9.9.9/widgets-9.9.9.pom from central\n"
     "Error building classpath. Could not find artifact org.acme:widgets:jar:9.9.9 in central "
     "(https://repo1.maven.org/maven2/)\n" + _GHA),
    ("clojure-cli-could-not-transfer-reset", "transient",
     "Downloading: org/acme/widgets/1.4.0/widgets-1.4.0.jar from clojars\n"
     "Error building classpath. Could not transfer artifact org.acme:widgets:jar:1.4.0 from/to clojars "
     "(https://repo.clojars.org/): Connection reset\n" + _GHA),
    ("clojure-cli-could-not-transfer-503", "transient",
     "Error building classpath. Could not transfer artifact org.acme:widgets:pom:1.4.0 from/to central "
     "(https://repo1.maven.org/maven2/): status code: 503, reason phrase: Service Unavailable (503)\n" + _GHA),

    # ------------------------------------------------------------------ Perl: cpanm and prove
    # miyagawa/cpanminus lib/App/cpanminus/script.pm ("Download $uri failed. Retrying ... ", "Failed to
    # download $uri") (checked)
    ("cpanm-download-failed-retrying", "transient",
     "--> Working on Acme::Widget\n"
     "Fetching https://cpan.example.org/authors/id/A/AC/ACME/Acme-Widget-1.02.tar.gz ... FAIL\n"
     "! Download https://cpan.example.org/authors/id/A/AC/ACME/Acme-Widget-1.02.tar.gz failed. Retrying ... \n"
     "! Download https://cpan.example.org/authors/id/A/AC/ACME/Acme-Widget-1.02.tar.gz failed. Retrying ... \n"
     "! Download https://cpan.example.org/authors/id/A/AC/ACME/Acme-Widget-1.02.tar.gz failed. Retrying ... \n"
     "! Failed to download https://cpan.example.org/authors/id/A/AC/ACME/Acme-Widget-1.02.tar.gz\n"
     "! Installing the dependencies failed: Module 'Acme::Widget' is not installed\n"
     "! Bailing out the installation for /home/ci/src/.\n" + _GHA),
    # miyagawa/cpanminus lib/App/cpanminus/script.pm ("$what $stuff failed. See $self->{log} for details. Retry
    # with --force to force install it.") (checked): the distribution's own tests failed
    ("cpanm-installing-failed-tests", "real",
     "--> Working on XML::Tiny::Acme\n"
     "Fetching https://cpan.example.org/authors/id/A/AC/ACME/XML-Tiny-Acme-0.31.tar.gz ... OK\n"
     "Configuring XML-Tiny-Acme-0.31 ... OK\n"
     "Building and testing XML-Tiny-Acme-0.31 ... FAIL\n"
     "! Installing XML::Tiny::Acme failed. See /home/ci/.cpanm/work/1764812345.4242/build.log for details. "
     "Retry with --force to force install it.\n"
     "! Installing the dependencies failed: Module 'XML::Tiny::Acme' is not installed\n"
     "! Bailing out the installation for /home/ci/src/.\n" + _GHA),
    # miyagawa/cpanminus lib/App/cpanminus/script.pm ("Couldn't find module or a distribution $module")
    # (from the tool's output format, not re-read): here the index came whole ("... OK"); cpanm prints the same
    # words when its mirror answered 500 (the fault sweep's cpanm/500), so no entry reads them alone
    ("cpanm-couldnt-find-module", "real",
     "--> Working on Acme::Widgetz\n"
     "Fetching http://www.cpan.org/modules/02packages.details.txt.gz ... OK\n"
     "! Couldn't find module or a distribution Acme::Widgetz\n"
     "! Installing the dependencies failed: Module 'Acme::Widgetz' is not installed\n" + _GHA),
    # miyagawa/cpanminus lib/App/cpanminus/script.pm ("Configure failed for $distname. See $self->{log} for
    # details.") (from the tool's output format, not re-read)
    ("cpanm-configure-failed", "real",
     "--> Working on Net::Acme::SSL\n"
     "Fetching https://cpan.example.org/authors/id/A/AC/ACME/Net-Acme-SSL-1.94.tar.gz ... OK\n"
     "Configuring Net-Acme-SSL-1.94 ... N/A\n"
     "! Configure failed for Net-Acme-SSL-1.94. See /home/ci/.cpanm/work/1764812345.4242/build.log for details.\n"
     + _GHA),
    # miyagawa/cpanminus ("Timed out (> %ds). Use --verbose to retry."), its build and test watchdog: a hung
    # test and a slow host alike (from the tool's output format, not re-read)
    ("cpanm-timed-out-use-verbose", "ambiguous",
     "--> Working on Acme::Slow\n"
     "Fetching https://cpan.example.org/authors/id/A/AC/ACME/Acme-Slow-2.0.tar.gz ... OK\n"
     "Configuring Acme-Slow-2.0 ... OK\n"
     "Building and testing Acme-Slow-2.0 ... FAIL\n"
     "! Timed out (> 1800s). Use --verbose to retry.\n"
     "! Installing Acme::Slow failed. See /home/ci/.cpanm/work/1764812345.4242/build.log for details. "
     "Retry with --force to force install it.\n" + _GHA),
    # Perl-Toolchain-Gang/Test-Harness lib/TAP/Formatter/... ("Dubious, test returned %d (wstat %d, 0x%x)",
    # "Failed %d/%d subtests", "Result: FAIL") and Test::More's diagnostics (from the tool's output format)
    ("prove-failed-test-got-expected", "real",
     "t/01-parse.t .... 1/12 \n"
     "#   Failed test 'parses ISO dates'\n"
     "#   at t/01-parse.t line 40.\n"
     "#          got: '2026-01-01'\n"
     "#     expected: '2026-01-02'\n"
     "# Looks like you failed 1 test of 12.\n"
     "t/01-parse.t .... Dubious, test returned 1 (wstat 256, 0x100)\n"
     "Failed 1/12 subtests \n"
     "Files=4, Tests=58,  2 wallclock secs\n"
     "Result: FAIL\n" + _GHA),

    # ------------------------------------------------------------------ Haskell: stack and cabal
    # commercialhaskell/stack relays http-client's HttpExceptionRequest (show of the Request and the content)
    # (from the tool's output format, not re-read)
    ("stack-http-exception-response-timeout", "transient",
     "Downloading lts-22.43 build plan ...\n"
     "Error: [S-775]\n"
     "       HttpExceptionRequest Request {\n"
     "         host                 = \"raw.githubusercontent.com\"\n"
     "         port                 = 443\n"
     "         secure               = True\n"
     "       }\n"
     "        ResponseTimeout\n" + _GHA),
    # commercialhaskell/stack src/Stack/Build/ConstructPlan.hs ("While constructing the build plan, ... ",
    # "needed, but the stack configuration has no specified version") (from the tool's output format)
    ("stack-build-plan-no-version", "real",
     "Error: [S-4804]\n"
     "       Stack failed to construct a build plan.\n\n"
     "       While constructing the build plan, Stack encountered the following errors:\n\n"
     "       In the dependencies for acme-0.1.0:\n"
     "         * aeson-extra needed, but no version is in the Stack configuration (latest matching version is "
     "0.5.1.3).\n"
     "       The above is/are needed since acme is a build target.\n" + _GHA),
    # haskell/cabal cabal-install Distribution/Client/Dependency ("Could not resolve dependencies:", "After
    # searching the rest of the dependency tree exhaustively") (from the tool's output format; the sibling
    # file's case is a GHC bound, this one an unknown package)
    ("cabal-could-not-resolve-unknown-package", "real",
     "Resolving dependencies...\n"
     "Error: cabal: Could not resolve dependencies:\n"
     "[__0] trying: acme-0.1.0 (user goal)\n"
     "[__1] unknown package: aeson-extra (dependency of acme)\n"
     "[__1] fail (backjumping, conflict set: acme, aeson-extra)\n"
     "After searching the rest of the dependency tree exhaustively, these were the goals I've had most trouble "
     "fulfilling: acme, aeson-extra\n" + _GHA),
    # haskell/cabal Cabal's configure check ("Missing dependency on a foreign library:", "* Missing (or bad) C
    # library: %s") and cabal-install's "Failed to build %s. The failure occurred during the configure step."
    # (from the tool's output format, not re-read)
    ("cabal-missing-foreign-library", "real",
     "Configuring library for zlib-acme-0.7.1.0..\n"
     "Error: .cabal-script-setup: Missing dependency on a foreign library:\n"
     "* Missing (or bad) C library: z\n"
     "This problem can usually be solved by installing the system package that provides this library (you may need "
     "the \"-dev\" version).\n\n"
     "Error: cabal: Failed to build zlib-acme-0.7.1.0 (which is required by exe:acme-cli from acme-0.1.0). The "
     "failure occurred during the configure step.\n" + _GHA),

    # ------------------------------------------------------------------ OCaml: opam
    # ocaml/opam src/client/opamSolution.ml ("The sources of the following couldn't be obtained, aborting:",
    # "(This might be due to outdated metadata, in this case run 'opam update')") (checked): printed for a
    # failed download whatever its cause; with no cause beside it the log does not say which
    ("opam-sources-couldnt-be-obtained", "ambiguous",
     "<><> Processing actions <><><><><><><><><><><><><><><><><><><><><><><><><><><><><><>\n"
     "[ERROR] The sources of the following couldn't be obtained, aborting:\n"
     "          - acme-lib.1.3.0\n"
     "        (This might be due to outdated metadata, in this case run 'opam update')\n" + _GHA),
    # ocaml/opam src/solver/opamCudf.ml ("No agreement on the version of %s", "The following dependencies
    # couldn't be met:") and src/client/opamSolution.ml / opamClient.ml ("No solution found, exiting") (from the
    # tool's output format, not re-read)
    ("opam-package-conflict-no-solution", "real",
     "[ERROR] Package conflict!\n"
     "  * No agreement on the version of ocaml:\n"
     "    - (invariant) → ocaml-base-compiler = 4.14.2 → ocaml = 4.14.2\n"
     "    - acme-lib → ocaml >= 5.1.0\n"
     "    You can temporarily relax the switch invariant with `--update-invariant'\n\n"
     "No solution found, exiting\n" + _GHA),
    # ocaml/opam src/client/opamClient.ml / opamArg.ml ("No package named %s found.") (from the tool's output)
    ("opam-no-package-named", "real",
     "[ERROR] No package named acme-widgetz found.\n" + _GHA),
    # ocaml/opam src/client/opamAction.ml ("#=== ERROR while compiling %s ===#", "# exit-code %d") (from the
    # tool's output format, not re-read)
    ("opam-error-while-compiling", "real",
     "#=== ERROR while compiling acme-lib.1.3.0 ========================================#\n"
     "# context     2.2.1 | linux/x86_64 | ocaml-base-compiler.5.2.0 | file:///work/acme\n"
     "# path        ~/.opam/default/.opam-switch/build/acme-lib.1.3.0\n"
     "# command     ~/.opam/opam-init/hooks/sandbox.sh build dune build -p acme-lib -j 3\n"
     "# exit-code   1\n"
     "# output-file ~/.opam/log/acme-lib-7-1c2b3a.out\n"
     "### output ###\n"
     "# File \"src/acme.ml\", line 12, characters 10-13:\n"
     "# Error: Unbound value foo\n" + _GHA),

    # ------------------------------------------------------------------ Dart and Flutter: pub
    # dart-lang/pub lib/src/source/hosted.dart ("Got socket error trying to find package %s at %s.") and
    # flutter/flutter packages/flutter_tools/lib/src/dart/pub.dart ("pub get failed (server unavailable) --
    # attempting retry %d in %d second...") (checked: the pub message in its older form, flutter's in its tests)
    ("pub-socket-error-retrying", "transient",
     "Resolving dependencies...\n"
     "Got socket error trying to find package http_retry at https://pub.dev.\n"
     "pub get failed (server unavailable) -- attempting retry 1 in 1 second...\n"
     "Got socket error trying to find package http_retry at https://pub.dev.\n"
     "pub get failed (server unavailable) -- attempting retry 2 in 2 seconds...\n"
     "Got socket error trying to find package http_retry at https://pub.dev.\n" + _GHA),
    # dart-lang/pub lib/src/solver/failure.dart ("version solving failed.") (from the tool's output format)
    ("pub-version-solving-failed", "real",
     "Resolving dependencies...\n"
     "Because acme_app depends on intl_extra ^9.0.0 which doesn't match any versions, version solving failed.\n"
     "Process finished with exit code 1\n" + _GHA),
    ("pub-sdk-version-solving-failed", "real",
     "Resolving dependencies...\n"
     "The current Dart SDK version is 3.1.0.\n\n"
     "Because acme_app requires SDK version >=3.3.0 <4.0.0, version solving failed.\n" + _GHA),
    # near-miss: a package whose name holds outage words
    ("pub-version-solving-socket-named-package", "real",
     "Resolving dependencies...\n"
     "Because acme_app depends on socket_timeout_client ^9.0.0 which doesn't match any versions, version solving "
     "failed.\n" + _GHA),

    # ------------------------------------------------------------------ Swift Package Manager
    # swiftlang/swift-package-manager Sources/Workspace (binary artifacts: "failed downloading '%s' which is
    # required by binary target '%s': %s") (from the tool's output format; review 14l holds the 502)
    ("spm-binary-target-404", "real",
     "Fetching binary artifacts\n"
     "Downloading binary artifact https://downloads.example.org/AcmeKit/4.0.0/AcmeKit.xcframework.zip\n"
     "error: failed downloading 'https://downloads.example.org/AcmeKit/4.0.0/AcmeKit.xcframework.zip' which is "
     "required by binary target 'AcmeKit': badResponseStatusCode(404)\n" + _GHA),
    # swiftlang/swift-package-manager Sources/SourceControl ("Failed to clone repository %s:" and git's
    # stderr, indented) (from the tool's output format, not re-read)
    ("spm-failed-to-clone-dns", "transient",
     "Fetching https://git.example.org/acme/swift-log-extra.git\n"
     "error: Failed to clone repository https://git.example.org/acme/swift-log-extra.git:\n"
     "    Cloning into bare repository '/home/ci/.cache/org.swift.swiftpm/repositories/swift-log-extra-1a2b3c4d'...\n"
     "    fatal: unable to access 'https://git.example.org/acme/swift-log-extra.git/': Could not resolve host: "
     "git.example.org\n" + _GHA),
    ("spm-failed-to-clone-not-found", "real",
     "Fetching https://git.example.org/acme/swift-log-extraz.git\n"
     "error: Failed to clone repository https://git.example.org/acme/swift-log-extraz.git:\n"
     "    Cloning into bare repository '/home/ci/.cache/org.swift.swiftpm/repositories/swift-log-extraz-9f8e7d6c'...\n"
     "    remote: Repository not found.\n"
     "    fatal: repository 'https://git.example.org/acme/swift-log-extraz.git/' not found\n" + _GHA),
    # swiftlang/swift-package-manager Sources/PackageGraph/Resolution (PubGrub diagnostics: "Dependencies could
    # not be resolved because ...") (from the tool's output format, not re-read)
    ("spm-dependencies-could-not-be-resolved", "real",
     "Computing version for https://git.example.org/acme/swift-metrics-extra.git\n"
     "error: Dependencies could not be resolved because root depends on 'swift-metrics-extra' 9.0.0..<10.0.0.\n"
     "'swift-metrics-extra' >= 9.0.0 cannot be used because no versions of 'swift-metrics-extra' match the "
     "requirement 9.0.0..<10.0.0 and root depends on 'swift-metrics-extra' 9.0.0..<10.0.0.\n" + _GHA),
    # swiftlang/swift-package-manager Sources/Workspace ("an out-of-date resolved file was detected at %s, which is
    # not allowed when automatic dependency resolution is disabled") (from the tool's output format)
    ("spm-out-of-date-resolved-file", "real",
     "error: an out-of-date resolved file was detected at /work/acme/Package.resolved, which is not allowed when "
     "automatic dependency resolution is disabled; please make sure to update the file to reflect the changes in "
     "dependencies. Running resolver because requirements have changed.\n" + _GHA),

    # ------------------------------------------------------------------ Deno
    # denoland/deno cli/file_fetcher.rs and reqwest/hyper ("Import '%s' failed.", "error sending request for
    # url (%s)") (checked: reqwest's wording; deno's own from its output format)
    ("deno-import-failed-connect-timeout", "transient",
     "Download https://deno.land/std@0.224.0/assert/mod.ts\n"
     "error: Import 'https://deno.land/std@0.224.0/assert/mod.ts' failed.\n"
     "    0: error sending request for url (https://deno.land/std@0.224.0/assert/mod.ts): client error (Connect)\n"
     "    1: tcp connect error: Connection timed out (os error 110)\n"
     "    at file:///work/acme/tests/date_test.ts:1:30\n" + _GHA),
    # near-miss: the import names a version that does not exist
    ("deno-import-failed-404", "real",
     "Download https://deno.land/x/acme_util@v9.9.9/mod.ts\n"
     "error: Import 'https://deno.land/x/acme_util@v9.9.9/mod.ts' failed: 404 Not Found\n"
     "    at file:///work/acme/src/main.ts:2:22\n" + _GHA),
    # denoland/deno ("Module not found \"%s\".") (from the tool's output format, not re-read)
    ("deno-module-not-found", "real",
     "Check file:///work/acme/src/main.ts\n"
     "error: Module not found \"file:///work/acme/src/utils/format.ts\".\n"
     "    at file:///work/acme/src/main.ts:3:24\n" + _GHA),
    # denoland/deno ("Integrity check failed for remote specifier.", the lock file's expected hash) (from the
    # tool's output format, not re-read)
    ("deno-lockfile-integrity-failed", "real",
     "error: Integrity check failed for remote specifier. The source code is invalid, as it does not match the "
     "expected hash in the lock file.\n\n"
     "  Specifier: https://deno.land/x/acme_util@v1.2.0/mod.ts\n"
     "  Actual: 3f1a\n"
     "  Expected: 9c2b\n\n"
     "Investigate the lockfile; delete it to regenerate the lockfile at \"/work/acme/deno.lock\".\n" + _GHA),

    # ------------------------------------------------------------------ Bun
    # oven-sh/bun src/install/install.zig ("error: %s downloading tarball %s@%s") (from the tool's output
    # format, not re-read)
    ("bun-econnreset-downloading-tarball", "transient",
     "bun install v1.1.38 (bf2f153f)\n"
     "Resolving dependencies\n"
     "Resolved, downloaded and extracted [412]\n"
     "error: ECONNRESET downloading tarball acme-widgets@2.1.0\n"
     "error: ECONNRESET downloading tarball acme-charts@5.0.3\n" + _GHA),
    # oven-sh/bun src/install ("No version matching \"%s\" found for specifier \"%s\" (but package exists)")
    # (from the tool's output format, not re-read)
    ("bun-no-version-matching", "real",
     "bun install v1.1.38 (bf2f153f)\n"
     "Resolving dependencies\n"
     "error: No version matching \"^9.0.0\" found for specifier \"acme-widgets\" (but package exists)\n"
     "error: acme-widgets@^9.0.0 failed to resolve\n" + _GHA),
    # oven-sh/bun src/install ("Integrity check failed for tarball: %s") (from the tool's output format)
    ("bun-integrity-check-failed", "real",
     "bun install v1.1.38 (bf2f153f)\n"
     "error: Integrity check failed for tarball: acme-widgets\n"
     "error: IntegrityCheckFailed extracting tarball for acme-widgets\n" + _GHA),

    # ------------------------------------------------------------------ Lua: LuaRocks
    # luarocks/luarocks src/luarocks/deps.lua ("Could not find header file for %s\n  No file %s in %s") (from the
    # tool's output format, not re-read)
    ("luarocks-could-not-find-header", "real",
     "Installing https://luarocks.org/luasec-acme-1.3.2-1.src.rock\n"
     "Error: Failed installing dependency: https://luarocks.org/luasec-acme-1.3.2-1.src.rock - Could not find header "
     "file for OPENSSL\n"
     "  No file openssl/evp.h in /usr/local/include\n"
     "You may have to install OPENSSL in your system and/or pass OPENSSL_DIR or OPENSSL_INCDIR to the luarocks "
     "command.\n" + _GHA),
    # luarocks/luarocks src/luarocks/build/builtin.lua ("Build error: Failed compiling object %s") (from the
    # tool's output format)
    ("luarocks-build-error-compiling", "real",
     "gcc -O2 -fPIC -I/usr/include/lua5.4 -c src/acme.c -o src/acme.o\n"
     "src/acme.c:88:3: error: implicit declaration of function 'luaL_openlib' [-Wimplicit-function-declaration]\n"
     "Error: Build error: Failed compiling object src/acme.o\n" + _GHA),
    # ------------------------------------------------------------------ more outages, one per tool
    # composer/composer src/Composer/Util/Http/CurlDownloader.php ("curl error %d while downloading %s: %s");
    # 35 is libcurl's CURLE_SSL_CONNECT_ERROR (checked in the twelfth round for the format)
    ("composer-curl-35-ssl-syscall", "transient",
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 390:\n"
     "  curl error 35 while downloading https://repo.packagist.org/packages.json: OpenSSL SSL_connect: "
     "SSL_ERROR_SYSCALL in connection to repo.packagist.org:443\n" + _GITLAB),
    # laravel/framework's QueryException as Pest prints it, in a test's setup while the CI's database container
    # is still starting (MySQL's 2002 "Connection refused") (from the tool's output format, not re-read)
    ("laravel-pest-sqlstate-2002-refused", "transient",
     "   FAIL  Tests\\Feature\\AuthTest\n"
     "  ⨯ it logs a user in\n"
     "  ───────────────────────────────────────────────────\n"
     "   FAILED  Tests\\Feature\\AuthTest > it logs a user in   QueryException\n"
     "  SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from information_schema.tables "
     "where table_schema = 'testing' and table_name = 'migrations' and table_type = 'BASE TABLE')\n\n"
     "  Tests:    1 failed (0 assertions)\n" + _GHA),
    # maven-resolver's transfer error as Leiningen relays it (see above)
    ("lein-could-not-transfer-read-timed-out", "transient",
     "Retrieving com/acme/codec/1.12.0/codec-1.12.0.jar from central\n"
     "Could not transfer artifact com.acme:codec:jar:1.12.0 from/to central (https://repo1.maven.org/maven2/): "
     "Read timed out\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n"
     "Could not resolve dependencies\n" + _CIRCLE),
    # commercialhaskell/stack relaying http-client's ConnectionFailure (from the tool's output format)
    ("stack-http-exception-dns", "transient",
     "Downloading lts-22.43 build plan ...\n"
     "Error: HttpExceptionRequest Request { host = \"raw.githubusercontent.com\" port = 443 secure = True } "
     "(ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo "
     "{addrFlags = [AI_ADDRCONFIG], addrFamily = AF_UNSPEC}, host name: Just \"raw.githubusercontent.com\", "
     "service name: Just \"443\"): does not exist (Temporary failure in name resolution))\n" + _GHA),
    # swiftlang/swift-package-manager binary artifacts (see above), Foundation's timeout
    ("spm-binary-target-timed-out", "transient",
     "Fetching binary artifacts\n"
     "Downloading binary artifact https://downloads.example.org/AcmeKit/4.0.0/AcmeKit.xcframework.zip\n"
     "error: failed downloading 'https://downloads.example.org/AcmeKit/4.0.0/AcmeKit.xcframework.zip' which is "
     "required by binary target 'AcmeKit': downloadError(\"The request timed out.\")\n" + _GHA),
    # denoland/deno's npm resolver fetching the registry's package information over reqwest (from the tool's
    # output format, not re-read)
    ("deno-npm-registry-connection-reset", "transient",
     "Download https://registry.npmjs.org/acme-widgets\n"
     "error: Error getting response at https://registry.npmjs.org/acme-widgets for package \"acme-widgets\"\n"
     "    0: error sending request for url (https://registry.npmjs.org/acme-widgets)\n"
     "    1: client error (SendRequest)\n"
     "    2: connection reset by peer (os error 104)\n" + _GHA),
    # the Clojure CLI (see above), a read timeout on Clojars
    ("clojure-cli-could-not-transfer-read-timeout", "transient",
     "Downloading: org/acme/json-extra/0.8.1/json-extra-0.8.1.jar from clojars\n"
     "Error building classpath. Could not transfer artifact org.acme:json-extra:jar:0.8.1 from/to clojars "
     "(https://repo.clojars.org/): Read timed out\n" + _GITLAB),
    # ------------------------------------------------------------------ near-misses for this round's entries
    # the API limit met during install, Composer fell back to source and went on; the job ended on a test
    ("composer-api-limit-then-phpunit-failure", "real",
     "    Failed to download acme/http-kit from dist: GitHub API limit (60 calls/hr) is exhausted, could not fetch "
     "https://api.github.com/repos/acme/http-kit/zipball/4f1c2a9. Create a GitHub OAuth token to go over the API rate "
     "limit. You can also wait until 2026-12-04 03:11:52 for the rate limit to reset.\n"
     "    Now trying to download from source\n"
     "  - Syncing acme/http-kit (v3.2.1) into cache\n"
     "Generating optimized autoload files\n"
     "> vendor/bin/phpunit\n"
     "There was 1 failure:\n\n"
     "1) Tests\\Unit\\CartTest::testTotalsDiscount\n"
     "Failed asserting that 90 matches expected 100.\n\n"
     "FAILURES!\nTests: 212, Assertions: 530, Failures: 1.\n" + _GHA),
    # a Pest test titled after the message, failing on its assertion
    ("pest-test-titled-api-limit", "real",
     "   FAIL  Tests\\Unit\\NoticeTest\n"
     "  ⨯ it renders GitHub API limit (60 calls/hr) is exhausted notices\n"
     "  ───────────────────────────────────────────────────\n"
     "   FAILED  Tests\\Unit\\NoticeTest > it renders GitHub API limit (60 calls/hr) is exhausted notices\n"
     "  Failed asserting that 'limit reached' contains \"is exhausted\".\n\n"
     "  Tests:    1 failed, 12 passed (30 assertions)\n" + _GHA),
    # symfony/process's timeout with the command quoted argument by argument, as Composer 2 prints it
    ("composer-git-clone-exceeded-timeout-quoted", "transient",
     "  - Syncing acme/private-sdk (dev-main 8c2e1f0) into cache\n"
     "In ProcessExecutor.php line 400:\n"
     "  The process \"'/usr/bin/git' 'clone' '--mirror' '--' 'https://git.example.org/acme/private-sdk.git' "
     "'/home/ci/.cache/composer/vcs/https---git.example.org-acme-private-sdk.git/'\" exceeded the timeout of 300 "
     "seconds.\n" + _GHA),
    # maven-resolver's throttle inside "Could not transfer artifact": a 429 is no refusal
    ("lein-could-not-transfer-429", "transient",
     "Could not transfer artifact org.acme:widgets:jar:1.4.0 from/to clojars (https://repo.clojars.org/): status "
     "code: 429, reason phrase: Too Many Requests (429)\n"
     "This could be due to a typo in :dependencies, file system permissions, or network issues.\n"
     "If you are behind a proxy, try setting the 'http_proxy' environment variable.\n" + _GHA),
    # a distribution whose name holds outage words, failing its own tests
    ("cpanm-installing-failed-timeout-named-module", "real",
     "--> Working on Net::Retry::Timeout\n"
     "Fetching https://cpan.example.org/authors/id/A/AC/ACME/Net-Retry-Timeout-0.05.tar.gz ... OK\n"
     "Configuring Net-Retry-Timeout-0.05 ... OK\n"
     "Building and testing Net-Retry-Timeout-0.05 ... FAIL\n"
     "! Installing Net::Retry::Timeout failed. See /home/ci/.cpanm/work/1764812345.4242/build.log for details. "
     "Retry with --force to force install it.\n" + _GHA),
    # bun: a package named after a network failure, with no such version
    ("bun-no-version-matching-network-named", "real",
     "bun install v1.1.38 (bf2f153f)\n"
     "Resolving dependencies\n"
     "error: No version matching \"^4.0.0\" found for specifier \"fetch-retry-on-econnreset\" (but package exists)\n"
     + _GHA),
]

_AMBIGUOUS = [(cid, log) for cid, verdict, log in CASES if verdict == "ambiguous"]
_DEFINITE = [(cid, verdict, log) for cid, verdict, log in CASES if verdict != "ambiguous"]


def test_unique_ids():
    assert_unique_ids(CASES)


def test_balance():
    transient = sum(1 for _, verdict, _ in CASES if verdict == "transient")
    assert 45 <= len(CASES) <= 80 and transient * 4 >= len(CASES)


@pytest.mark.parametrize(("verdict", "log"), labelled(_DEFINITE))
def test_reads(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(_AMBIGUOUS))
def test_not_surely_transient(log):
    not_surely_transient(log)
