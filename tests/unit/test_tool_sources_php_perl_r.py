"""Seventeenth round, tool sources: PHP, Perl and R toolchains as CI jobs fail on them.

Covered (beyond what test_tool_sources_lang_ecosystems_more.py, test_tool_sources_pkgs.py,
test_tool_sources_test_frameworks_xlang.py and test_tool_sources_gpu_ml_notebooks_r.py already hold):
Composer's dist download falling back to source, its zlib "degraded mode", its platform (``ext-*``)
and typo problems, ``composer audit`` and ``composer validate``, GitLab credentials; PECL's channel
and version refusals; shivammathur/setup-php's tool and extension log lines; PHPStan's parallel
worker timeout and memory limit, PHP-CS-Fixer's dry run, PHP_CodeSniffer, Behat and Laravel Dusk's
ChromeDriver; cpanm's metadata lookups, checksum and git failures, App::cpm's FAIL lines and its
perl-version refusal, prove's summary, Dist::Zilla's Git::Check and missing plugins, Perl::Critic;
R CMD check's step results (install, dependencies, examples, the CRAN incoming URL check and the
time-server NOTE), LaTeX during the manual's build, install.packages' download warnings, remotes'
GitHub errors, pak's failed source build, lintr's error-on-lint exit.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source where the comment says "checked": composer/composer,
shivammathur/setup-php, miyagawa/cpanminus (Menlo-Legacy), skaji/cpm, phpstan/phpstan-src (the
parallel Process), r-lib/lintr, r-lib/pkgdepends, rjbs' Dist-Zilla-Plugin-Git (Git::Check).
PECL's messages (PEAR's REST and Downloader classes), PHP-CS-Fixer's and PHP_CodeSniffer's
summaries, Behat's summary, ChromeDriver's version refusal, prove's summary, Perl::Critic's
verbose line, Dist::Zilla's missing-plugin text and R's own check.R/install.packages wording rest
on the tools' documented or widely printed output, not on source read here ("documented").
Hosts, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * an outage on the way to a package host (a 5xx from GitHub's zipball API or a Composer
    repository, a corrupt compressed answer, a refused or reset connection, PECL's channel not
    answering, a mirror or CRAN host not reachable, GitHub's API timing out) -> transient;
  * a persistent cause (a missing PHP extension, a package name with a typo, advisories found by
    ``composer audit``, a stale lock file, refused GitLab credentials, a PECL release for another
    PHP, a tool URL that 404s, a checksum mismatch, an analyser's findings, a memory limit the job
    set, a ChromeDriver for another Chrome, a dist's failing tests, a module needing a newer perl,
    uncommitted files at release, a missing Dist::Zilla plugin, a Perl::Critic violation, an R CMD
    check ERROR in install/dependencies/examples, a URL that 404s, a LaTeX style that is missing,
    a package that does not build, GitHub's 401) -> real;
  * near-misses: tests ABOUT these messages that fail on their assertions, a package or module
    NAMED after network words, a WebDriver/Selenium server the job itself started -> real or not
    surely transient;
  * wordings printed both for an outage and for a persistent cause (setup-php's "Could not setup"
    and "Could not install ... on PHP", PECL's "No releases available" with no cause beside it,
    cpanm's metadb-then-mirror lookups, cpm's FAIL fetch, a git clone cpanm could not do, PHPStan's
    worker timeout on a busy host, R CMD check's URL NOTE with a 503, the time-server NOTE, a
    Composer memory exhaustion) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_COMPOSER = ("+ composer install --no-interaction --prefer-dist --no-progress\n"
             "Installing dependencies from lock file (including require-dev)\n"
             "Verifying lock file contents can be installed on current platform.\n"
             "Package operations: 64 installs, 0 updates, 0 removals\n")
_CPANM = "+ cpanm --installdeps --notest .\n--> Working on .\nConfiguring /home/ci/src ... OK\n"
_CPM = "+ cpm install -g --cpanfile cpanfile\n"
_RCHECK = ("── R CMD check ──────────────────────────────────────────────────────\n"
           "* using log directory ‘/home/runner/work/widgetr/check/widgetr.Rcheck’\n"
           "* using R version 4.4.2 (2024-10-31)\n"
           "* checking for file ‘widgetr/DESCRIPTION’ ... OK\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== PHP: Composer
    # composer/composer src/Composer/Downloader/DownloadManager.php ("Failed to download %s from %s: %s",
    # "Now trying to download from %s") over Util/Http/CurlDownloader.php failResponse ('The "%s" file could
    # not be downloaded (%s)') (checked): GitHub's zipball API answered 502, the git fallback then failed too
    ("composer-dist-502-source-fallback-502", "transient",
     _COMPOSER +
     "  - Downloading acme/log-kit (v3.2.1)\n"
     "    Failed to download acme/log-kit from dist: The \"https://api.github.com/repos/acme/log-kit/zipball/"
     "4f1c0de\" file could not be downloaded (HTTP/2 502 )\n"
     "    Now trying to download from source\n"
     "  - Syncing acme/log-kit (v3.2.1) into cache\n"
     "In Git.php line 471:\n"
     "  Failed to execute git clone --mirror -- https://github.com/acme/log-kit.git '/home/ci/.cache/composer/vcs/"
     "https---github.com-acme-log-kit.git/'\n"
     "  error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502\n" + _GHA),
    # CurlDownloader.php failResponse with a 504 from a private Composer repository's metadata
    ("composer-private-repo-504", "transient",
     "+ composer install --no-interaction\n"
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 686:\n"
     "  The \"https://packages.example.org/packages.json\" file could not be downloaded (HTTP/2 504 )\n"
     "install [--prefer-source] [--prefer-dist] [--prefer-install PREFER-INSTALL] [--dry-run]\n" + _CIRCLE),
    # composer/composer src/Composer/Util/RemoteFilesystem.php ("Failed to decode response: %s", "Retrying with
    # degraded mode, check https://getcomposer.org/doc/articles/troubleshooting.md#degraded-mode for more info",
    # "Failed to decode zlib stream") (checked): a truncated gzip answer
    ("composer-zlib-decode-degraded-mode", "transient",
     "+ composer update --no-interaction\n"
     "Loading composer repositories with package information\n"
     "Failed to decode response: zlib_decode(): data error\n"
     "Retrying with degraded mode, check https://getcomposer.org/doc/articles/troubleshooting.md#degraded-mode "
     "for more info\n"
     "In RemoteFilesystem.php line 727:\n"
     "  Failed to decode zlib stream\n" + _GHA),
    # CurlDownloader.php ("curl error %d while downloading %s: %s"): a private satis host refusing connections
    ("composer-curl-7-refused-private-host", "transient",
     "+ composer install --no-interaction\n"
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 390:\n"
     "  curl error 7 while downloading https://satis.example.org/packages.json: Failed to connect to "
     "satis.example.org port 443 after 3 ms: Couldn't connect to server\n" + _GL),
    # composer/composer src/Composer/Repository/Vcs/GitHubDriver.php reading a VCS repository's metadata through
    # CurlDownloader.php failResponse (checked): api.github.com answered 502
    ("composer-vcs-github-api-502", "transient",
     "+ composer update acme/private-sdk --no-interaction\n"
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 686:\n"
     "  The \"https://api.github.com/repos/acme/private-sdk\" file could not be downloaded (HTTP/2 502 )\n"
     "update [--with WITH] [--prefer-source] [--prefer-dist] [--dry-run] [--dev] [--no-dev] [--lock]\n" + _GHA),
    # CurlDownloader.php ("curl error %d while downloading %s: %s") with curl's 92 (an HTTP/2 stream the server
    # reset): the CDN in front of packagist dropped the stream
    ("composer-curl-92-http2-stream-reset", "transient",
     _COMPOSER +
     "  - Downloading acme/log-kit (v3.2.1)\n"
     "In CurlDownloader.php line 390:\n"
     "  curl error 92 while downloading https://repo.packagist.org/p2/acme/log-kit.json: HTTP/2 stream 1 was not "
     "closed cleanly: INTERNAL_ERROR (err 2)\n" + _GHA),
    # CurlDownloader.php ("curl error %d while downloading %s: %s") with curl's 52 and 18: a proxy or CDN that
    # closed the connection without an answer, or before the body's end (checked)
    ("composer-curl-52-empty-reply", "transient",
     "+ composer install --no-interaction\n"
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 390:\n"
     "  curl error 52 while downloading https://repo.packagist.org/packages.json: Empty reply from server\n" + _GHA),
    ("composer-curl-18-transfer-closed", "transient",
     _COMPOSER +
     "  - Downloading acme/pdf-kit (v1.9.0)\n"
     "In CurlDownloader.php line 390:\n"
     "  curl error 18 while downloading https://api.github.com/repos/acme/pdf-kit/zipball/9ab01cd: transfer closed "
     "with 1048576 bytes remaining to read\n" + _GHA),
    # composer/composer src/Composer/DependencyResolver/Problem.php ("- Root composer.json requires PHP extension
    # %s but it is missing from your system. Install or enable PHP's %s extension.") (checked)
    ("composer-root-requires-ext-missing", "real",
     "+ composer install --no-interaction\n"
     "Installing dependencies from lock file (including require-dev)\n"
     "Verifying lock file contents can be installed on current platform.\n"
     "Your lock file does not contain a compatible set of packages. Please run composer update.\n\n"
     "  Problem 1\n"
     "    - Root composer.json requires PHP extension ext-intl * but it is missing from your system. Install or "
     "enable PHP's intl extension.\n\n"
     "To enable extensions, verify that they are enabled in your .ini files:\n"
     "    - /etc/php/8.3/cli/php.ini\n" + _GHA2),
    # Problem.php (a dependency's "requires ext-gd * -> it is missing from your system") with Installer.php's
    # "Your requirements could not be resolved to an installable set of packages." (checked)
    ("composer-package-requires-ext-missing", "real",
     "+ composer update --no-interaction\n"
     "Loading composer repositories with package information\n"
     "Updating dependencies\n"
     "Your requirements could not be resolved to an installable set of packages.\n\n"
     "  Problem 1\n"
     "    - acme/image-kit[v2.0.0, ..., v2.4.1] require ext-gd * -> it is missing from your system. Install or "
     "enable PHP's gd extension.\n"
     "    - Root composer.json requires acme/image-kit ^2.0 -> satisfiable by acme/image-kit[v2.0.0, ..., v2.4.1].\n"
     + _GHA2),
    # Problem.php ("- Root composer.json requires %s, it could not be found in any version, there may be a typo
    # in the package name.") (checked)
    ("composer-package-typo-not-found", "real",
     "+ composer require acme/log-kitt:^3.0\n"
     "./composer.json has been updated\n"
     "Running composer update acme/log-kitt\n"
     "Loading composer repositories with package information\n"
     "Updating dependencies\n"
     "Your requirements could not be resolved to an installable set of packages.\n\n"
     "  Problem 1\n"
     "    - Root composer.json requires acme/log-kitt, it could not be found in any version, there may be a typo in "
     "the package name.\n" + _GHA2),
    # composer/composer src/Composer/Advisory/Auditor.php ("Found %d security vulnerability advisor%s affecting %d
    # package%s%s") (checked): advisories stay until a package is updated
    ("composer-audit-advisories-found", "real",
     "+ composer audit --no-interaction\n"
     "Found 2 security vulnerability advisories affecting 1 package:\n"
     "+-------------------+----------------------------------------------------------------------------------+\n"
     "| Package           | acme/http-kit                                                                    |\n"
     "| Severity          | high                                                                             |\n"
     "| CVE               | CVE-2026-10001                                                                   |\n"
     "| Title             | Request smuggling in header parser                                               |\n"
     "+-------------------+----------------------------------------------------------------------------------+\n"
     + _GHA),
    # composer/composer src/Composer/Command/ValidateCommand.php / Util/ConfigValidator (lock file errors: "The
    # lock file is not up to date with the latest changes in composer.json") (documented)
    ("composer-validate-lock-outdated", "real",
     "+ composer validate --strict\n"
     "./composer.json is valid but your composer.lock has some errors\n"
     "# Lock file errors\n"
     "- The lock file is not up to date with the latest changes in composer.json, it is recommended that you run "
     "`composer update` or `composer update <package name>`.\n" + _GHA2),
    # composer/composer src/Composer/Util/AuthHelper.php ("Invalid credentials for '%s', aborting.") (checked):
    # the job's GitLab token was refused
    ("composer-gitlab-invalid-credentials", "real",
     "+ composer install --no-interaction\n"
     "Loading composer repositories with package information\n"
     "In AuthHelper.php line 162:\n"
     "  Invalid credentials for 'https://gitlab.example.org/api/v4/projects/acme%2Fbilling-sdk', aborting.\n"
     + _GL),
    # composer/composer src/Composer/Downloader/ZipDownloader.php ("'%s' is a corrupted zip archive (0 bytes), try
    # again.") (checked): an empty body came back for the dist
    ("composer-zip-zero-bytes-try-again", "transient",
     _COMPOSER +
     "  - Installing acme/log-kit (v3.2.1): Extracting archive\n"
     "In ZipDownloader.php line 302:\n"
     "  '/home/ci/work/app/vendor/composer/tmp-5f1e2c.zip' is a corrupted zip archive (0 bytes), try again.\n"
     + _GHA),
    # composer/composer src/Composer/Command/PackageDiscoveryTrait.php ("Package %s has requirements incompatible
    # with your PHP version, PHP extensions and Composer version") (checked)
    ("composer-require-incompatible-php", "real",
     "+ composer require acme/log-kit\n"
     "Info from https://repo.packagist.org: #StandWithUkraine\n"
     "Package acme/log-kit has requirements incompatible with your PHP version, PHP extensions and Composer "
     "version:\n"
     "  - acme/log-kit 4.0.0 requires php ^8.4 which does not match your installed version 8.3.4.\n" + _GHA),
    # near-miss: a PHPUnit test of a Composer plugin ABOUT the download-failure message
    ("phpunit-test-about-composer-502-message", "real",
     "PHPUnit 11.2.1 by Sebastian Bergmann and contributors.\n\n"
     "..F.....\n\n"
     "There was 1 failure:\n\n"
     "1) Acme\\MirrorPlugin\\Tests\\FallbackTest::testReportsGatewayError\n"
     "Failed asserting that 'The \"https://api.github.com/repos/acme/x/zipball/1\" file could not be downloaded "
     "(HTTP/2 502 )' contains \"retrying mirror\".\n\n"
     "/app/tests/FallbackTest.php:57\n\n"
     "FAILURES!\n"
     "Tests: 8, Assertions: 21, Failures: 1.\n" + _GHA),

    # ================================================================== PHP: PECL
    # PEAR's REST.php ("Connection to `%s:%s' failed: %s") then Downloader ("No releases available for package
    # \"%s\"") (documented): pecl.php.net not answering
    ("pecl-connection-to-channel-failed", "transient",
     "+ pecl install redis\n"
     "Connection to `ssl://pecl.php.net:443' failed: Connection timed out\n"
     "No releases available for package \"pecl.php.net/redis\"\n"
     "install failed\n" + _GHA),
    # PEAR's REST.php over a refused connection during "pecl channel-update" (documented)
    ("pecl-channel-update-refused", "transient",
     "+ pecl channel-update pecl.php.net\n"
     "Updating channel \"pecl.php.net\"\n"
     "Channel \"pecl.php.net\" is not responding over http://, failed with message: Connection to "
     "`ssl://pecl.php.net:443' failed: Connection refused\n"
     "Trying channel \"pecl.php.net\" over https:// instead\n"
     "Cannot retrieve channel.xml for channel \"pecl.php.net\" (Connection to `ssl://pecl.php.net:443' failed: "
     "Connection refused)\n" + _GHA),
    # PEAR Downloader/Package.php ("%s requires PHP (%s), installed version is %s") (documented)
    ("pecl-requires-php-version", "real",
     "+ pecl install xdebug-3.1.6\n"
     "pecl/xdebug requires PHP (version >= 7.2.0, version <= 8.1.99), installed version is 8.3.4\n"
     "No valid packages found\n"
     "install failed\n" + _GHA),
    # PEAR Builder.php ("`make' failed") after a compile error in the extension (documented)
    ("pecl-make-failed-compile-error", "real",
     "+ pecl install swoole\n"
     "running: make\n"
     "/tmp/pear/temp/swoole/ext-src/php_swoole.cc:212:10: fatal error: php_version_compat.h: No such file or "
     "directory\n"
     "make: *** [Makefile:245: ext-src/php_swoole.lo] Error 1\n"
     "ERROR: `make' failed\n" + _GHA),

    # ================================================================== PHP: shivammathur/setup-php
    # shivammathur/setup-php src/scripts/tools/add_tools.sh ("Failed to download %s from %s" when the status is
    # 404, "Checksum verification failed for %s") (checked)
    ("setup-php-tool-url-404", "real",
     "Run shivammathur/setup-php@v2\n"
     "==> Setup Tools\n"
     "✗ phpstan Failed to download phpstan from https://github.com/phpstan/phpstan/releases/download/9.9.9/"
     "phpstan.phar\n" + _GHA),
    ("setup-php-tool-checksum-failed", "real",
     "Run shivammathur/setup-php@v2\n"
     "==> Setup Tools\n"
     "✗ composer Checksum verification failed for composer\n" + _GHA),

    # ================================================================== PHP: analysers, fixers, test runners
    # phpstan/phpstan-src src/Command/ErrorFormatter/TableErrorFormatter.php ("[ERROR] Found %d error%s")
    # (documented)
    ("phpstan-found-errors", "real",
     "+ vendor/bin/phpstan analyse --no-progress --error-format=table\n"
     " ------ -------------------------------------------------------------------\n"
     "  Line   src/Billing/Invoice.php\n"
     " ------ -------------------------------------------------------------------\n"
     "  42     Method Acme\\Billing\\Invoice::total() should return int but returns float.\n"
     " ------ -------------------------------------------------------------------\n\n"
     " [ERROR] Found 1 error\n" + _GHA),
    # PHPStan ("PHPStan process crashed because it reached configured PHP memory limit: %s") (the message as
    # PHPStan's users quote it; documented): the job's own memory_limit
    ("phpstan-reached-configured-memory-limit", "real",
     "+ vendor/bin/phpstan analyse --no-progress\n"
     "Note: Using configuration file /app/phpstan.neon.\n"
     "Child process error (exit code 255): PHPStan process crashed because it reached configured PHP memory "
     "limit: 128M\n"
     "Increase your memory limit in php.ini or run PHPStan with --memory-limit CLI option.\n"
     " [ERROR] Found 1 error\n"
     "⚠️  Result is incomplete because of severe errors. ⚠️\n" + _GHA),
    # PHP-CS-Fixer's dry run ("Found %d of %d files that can be fixed in %.3f seconds, %.2f MB memory used")
    # (documented)
    ("php-cs-fixer-dry-run-fixable", "real",
     "+ vendor/bin/php-cs-fixer fix --dry-run --diff\n"
     "Loaded config default from \".php-cs-fixer.dist.php\".\n"
     "   1) src/Cart/Cart.php (no_unused_imports, ordered_imports)\n"
     "Found 1 of 212 files that can be fixed in 2.113 seconds, 22.00 MB memory used\n"
     "##[error]Process completed with exit code 8.\n"),
    # squizlabs PHP_CodeSniffer's full report ("FOUND %d ERRORS AFFECTING %d LINES") (documented)
    ("phpcs-found-errors", "real",
     "+ vendor/bin/phpcs --standard=PSR12 src\n\n"
     "FILE: /app/src/Cart/Cart.php\n"
     "----------------------------------------------------------------------\n"
     "FOUND 2 ERRORS AFFECTING 2 LINES\n"
     "----------------------------------------------------------------------\n"
     " 14 | ERROR | [x] Expected 1 blank line after function; 0 found\n"
     " 31 | ERROR | [ ] Line exceeds maximum limit of 120 characters\n" + _GHA2),
    # Behat's summary ("--- Failed scenarios:", "%d scenarios (%d passed, %d failed)") (documented)
    ("behat-failed-scenarios", "real",
     "+ vendor/bin/behat --format=progress\n"
     "...........F...\n\n"
     "--- Failed steps:\n\n"
     "    Then I should see \"Order placed\" # features/checkout.feature:18\n"
     "      The text \"Order placed\" was not found anywhere in the text of the current page.\n\n"
     "--- Failed scenarios:\n\n"
     "    features/checkout.feature:12\n\n"
     "4 scenarios (3 passed, 1 failed)\n"
     "15 steps (14 passed, 1 failed)\n" + _GHA),
    # ChromeDriver's refusal ("session not created: This version of ChromeDriver only supports Chrome version %d")
    # under Laravel Dusk (documented): the driver was pinned for another Chrome
    ("dusk-chromedriver-version-mismatch", "real",
     "+ php artisan dusk\n"
     "PHPUnit 10.5.20 by Sebastian Bergmann and contributors.\n\n"
     "E\n\n"
     "There was 1 error:\n\n"
     "1) Tests\\Browser\\LoginTest::testLogin\n"
     "Facebook\\WebDriver\\Exception\\SessionNotCreatedException: session not created: This version of ChromeDriver "
     "only supports Chrome version 126\n"
     "Current browser version is 131.0.6778.85 with binary path /usr/bin/google-chrome\n\n"
     "ERRORS!\n"
     "Tests: 1, Assertions: 0, Errors: 1.\n" + _GHA),
    # laravel/dusk's dusk:chrome-driver --detect through Guzzle ("cURL error %d: %s (see
    # https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s") (documented): the version feed timed out
    ("dusk-chrome-driver-download-curl-28", "transient",
     "+ php artisan dusk:chrome-driver --detect\n"
     "In CurlFactory.php line 276:\n"
     "  cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received (see "
     "https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://chromedriver.example.net/"
     "last-known-good-versions-with-downloads.json\n" + _GHA),
    # Psalm's summary ("%d errors found") (documented)
    ("psalm-errors-found", "real",
     "+ vendor/bin/psalm --no-progress --output-format=console\n"
     "ERROR: PossiblyNullReference - src/Cart/Cart.php:44:23 - Cannot call method total on possibly null value "
     "(see https://psalm.dev/083)\n"
     "------------------------------\n"
     "1 errors found\n"
     "------------------------------\n" + _GHA2),
    # Pest's summary ("Tests:    %d failed, %d passed (%d assertions)") (documented)
    ("pest-failed-summary", "real",
     "+ vendor/bin/pest --ci\n"
     "   FAIL  Tests\\Feature\\CheckoutTest\n"
     "  ⨯ it charges the card\n"
     "  Failed asserting that 402 is identical to 200.\n\n"
     "  Tests:    1 failed, 41 passed (96 assertions)\n"
     "  Duration: 3.12s\n" + _GHA),
    # near-miss: a PHPUnit test of a downloader ABOUT Composer's empty-archive message, failing on its assertion
    ("phpunit-test-about-empty-zip-message", "real",
     "PHPUnit 11.2.1 by Sebastian Bergmann and contributors.\n\n"
     ".F.\n\n"
     "There was 1 failure:\n\n"
     "1) Acme\\Fetch\\Tests\\ZipGuardTest::testRejectsEmptyArchive\n"
     "Failed asserting that exception message ''/tmp/x.zip' is a corrupted zip archive (0 bytes), try again.' "
     "contains 'empty archive'.\n\n"
     "/app/tests/ZipGuardTest.php:28\n\n"
     "FAILURES!\n"
     "Tests: 3, Assertions: 7, Failures: 1.\n" + _GHA),
    # near-miss: a PHPUnit test whose class is NAMED after network words
    ("phpunit-timeout-named-test-fails", "real",
     "PHPUnit 11.2.1 by Sebastian Bergmann and contributors.\n\n"
     ".F\n\n"
     "There was 1 failure:\n\n"
     "1) Acme\\Http\\Tests\\ConnectionTimeoutRetryTest::testRetriesAfterGatewayTimeout\n"
     "Failed asserting that 2 is identical to 3.\n\n"
     "/app/tests/ConnectionTimeoutRetryTest.php:33\n\n"
     "FAILURES!\n"
     "Tests: 2, Assertions: 5, Failures: 1.\n" + _GHA),

    # ================================================================== Perl: cpanm
    # miyagawa/cpanminus Menlo-Legacy/lib/Menlo/CLI/Compat.pm ("Checksum mismatch for %s") (checked)
    ("cpanm-checksum-mismatch", "real",
     _CPANM +
     "--> Working on Acme::Widget\n"
     "Fetching https://cpan.example.org/authors/id/A/AC/ACME/Acme-Widget-1.02.tar.gz ... OK\n"
     "Checking checksum for Acme-Widget-1.02.tar.gz\n"
     "! Checksum mismatch for /home/ci/.cpanm/work/1764812345.4242/Acme-Widget-1.02.tar.gz\n"
     "! Failed to fetch distribution Acme-Widget-1.02\n" + _GHA),
    # Compat.pm ("Installing the dependencies failed: %s", "Bailing out the installation for %s.") after the
    # dist's build failed (checked)
    ("cpanm-bailing-out-build-failed", "real",
     _CPANM +
     "--> Working on DBD::AcmeDB\n"
     "Fetching https://cpan.example.org/authors/id/A/AC/ACME/DBD-AcmeDB-0.9.tar.gz ... OK\n"
     "Configuring DBD-AcmeDB-0.9 ... OK\n"
     "Building DBD-AcmeDB-0.9 ... FAIL\n"
     "! Installing DBD::AcmeDB failed. See /home/ci/.cpanm/work/1764812345.4242/build.log for details. Retry with "
     "--force to force install it.\n"
     "! Installing the dependencies failed: Module 'DBD::AcmeDB' is not installed\n"
     "! Bailing out the installation for /home/ci/src/.\n" + _GHA),
    # near-miss: Compat.pm's "Installing %s failed" over a dist test that is ABOUT a 503 (its title names the
    # outage; the assertion failed on the code)
    ("cpanm-build-log-test-about-timeout", "real",
     _CPANM +
     "--> Working on HTTP::Acme::Retry\n"
     "Building and testing HTTP-Acme-Retry-0.04 ... FAIL\n"
     "t/02-timeout.t ..... 1/6 \n"
     "#   Failed test 'retries after 503 Service Unavailable'\n"
     "#   at t/02-timeout.t line 31.\n"
     "#          got: '1'\n"
     "#     expected: '3'\n"
     "! Installing HTTP::Acme::Retry failed. See /home/ci/.cpanm/work/1764812345.4242/build.log for details. "
     "Retry with --force to force install it.\n" + _GHA),

    # ================================================================== Perl: App::cpm
    # skaji/cpm lib/App/cpm/CLI.pm (FAIL lines per type, "See %s/build.log for details.", "You may want to
    # execute cpm with --show-build-log-on-failure,") and Master.pm (result "FAIL") (checked)
    ("cpm-fail-install", "real",
     _CPM +
     "DONE install Try-Tiny-0.32\n"
     "DONE install Moo-2.005005\n"
     "FAIL install Acme-Widget-1.02\n"
     "2 distributions installed.\n"
     "See /home/runner/.perl-cpm/build.log for details.\n"
     "You may want to execute cpm with --show-build-log-on-failure,\n"
     "so that the build.log is automatically dumped on failure.\n" + _GHA),
    # skaji/cpm lib/App/cpm/Master.pm ("%s requires perl %s, but you have only %s") (checked)
    ("cpm-requires-newer-perl", "real",
     _CPM +
     "DONE install Try-Tiny-0.32\n"
     "FAIL Acme-Widget-2.00 requires perl >= 5.036, but you have only 5.030000\n"
     "1 distribution installed.\n"
     "See /home/runner/.perl-cpm/build.log for details.\n" + _GHA),
    # cpm with --show-build-log-on-failure: Worker/Installer.pm mirror() logs the HTTP status, then "Failed to
    # download %s" (checked): CPAN's mirror answered 503
    ("cpm-build-log-download-503", "transient",
     _CPM +
     "FAIL fetch Acme-Widget-1.02\n"
     "0 distribution installed.\n"
     "2026-03-02T10:11:12,1234,Acme-Widget-1.02| Fetching https://cpan.example.org/authors/id/A/AC/ACME/"
     "Acme-Widget-1.02.tar.gz\n"
     "2026-03-02T10:11:42,1234,Acme-Widget-1.02| 503 Service Unavailable\n"
     "2026-03-02T10:11:42,1234,Acme-Widget-1.02| Failed to download https://cpan.example.org/authors/id/A/AC/"
     "ACME/Acme-Widget-1.02.tar.gz\n" + _GHA),

    # Worker/Installer.pm mirror() ("$res->{content}" logged when HTTP::Tiny's status is 599) (checked): the
    # connection itself failed
    ("cpm-build-log-599-connect-timeout", "transient",
     _CPM +
     "FAIL fetch Acme-Widget-1.02\n"
     "0 distribution installed.\n"
     "2026-03-02T10:11:12,1234,Acme-Widget-1.02| Fetching https://cpan.example.org/authors/id/A/AC/ACME/"
     "Acme-Widget-1.02.tar.gz\n"
     "2026-03-02T10:11:42,1234,Acme-Widget-1.02| 599 Internal Exception\n"
     "2026-03-02T10:11:42,1234,Acme-Widget-1.02| Could not connect to 'cpan.example.org:443': Connection timed out\n"
     "2026-03-02T10:11:42,1234,Acme-Widget-1.02| Failed to download https://cpan.example.org/authors/id/A/AC/"
     "ACME/Acme-Widget-1.02.tar.gz\n" + _GHA),

    # ================================================================== Perl: prove, Dist::Zilla, Perl::Critic
    # Test::Harness (TAP::Formatter::Base "Dubious, test returned %d", "Result: FAIL", TAP::Parser "No plan found
    # in TAP output") (documented): the test died before its plan
    ("prove-no-plan-died", "real",
     "+ prove -lr t\n"
     "t/01-load.t ...... ok\n"
     "t/02-cart.t ...... Can't locate object method \"total\" via package \"Acme::Cart\" at t/02-cart.t line 9.\n"
     "t/02-cart.t ...... Dubious, test returned 255 (wstat 65280, 0xff00)\n"
     "No subtests run \n\n"
     "Test Summary Report\n"
     "-------------------\n"
     "t/02-cart.t    (Wstat: 65280 (exited 255) Tests: 0 Failed: 0)\n"
     "  Non-zero exit status: 255\n"
     "  Parse errors: No plan found in TAP output\n"
     "Files=2, Tests=3,  1 wallclock secs\n"
     "Result: FAIL\n" + _GHA),
    # rjbs/Dist-Zilla-Plugin-Git lib/Dist/Zilla/Plugin/Git/Check.pm ("branch %s has some uncommitted files:")
    # (checked)
    ("dzil-git-check-uncommitted", "real",
     "+ dzil release --trial\n"
     "[DZ] beginning to build Acme-Widget\n"
     "[@Author::ACME/Git::Check] branch main has some uncommitted files:\n"
     "[@Author::ACME/Git::Check] \tlib/Acme/Widget.pm\n"
     "[@Author::ACME/Git::Check] aborting release\n" + _GHA),
    # Dist::Zilla's MVP loader ("Required plugin %s isn't installed.", "Run 'dzil authordeps' to see a list of
    # all required plugins.") (documented)
    ("dzil-required-plugin-not-installed", "real",
     "+ dzil build\n"
     "Required plugin Dist::Zilla::Plugin::Acme::Stamp isn't installed.\n\n"
     "Run 'dzil authordeps' to see a list of all required plugins.\n"
     "You can pipe the list to your CPAN client to install or update them:\n\n"
     "    dzil authordeps --missing | cpanm\n\n" + _GHA),
    # Perl::Critic's verbose format ("%m at line %l, column %c.  %e.  (Severity: %s)") (documented)
    ("perlcritic-violation", "real",
     "+ perlcritic --severity 4 lib\n"
     "lib/Acme/Widget.pm: Code before strictures are enabled at line 3, column 1.  See page 429 of PBP.  "
     "(Severity: 5)\n"
     "lib/Acme/Cart.pm source OK\n" + _GHA2),

    # ================================================================== R: R CMD check steps
    # R's tools/R/check.R ("checking whether package ‘%s’ can be installed ... ERROR", "Installation failed.",
    # "See ‘%s’ for details.") (documented)
    ("r-cmd-check-install-failed", "real",
     _RCHECK +
     "* checking whether package ‘widgetr’ can be installed ... ERROR\n"
     "Installation failed.\n"
     "See ‘/home/runner/work/widgetr/check/widgetr.Rcheck/00install.out’ for details.\n"
     "* DONE\n"
     "Status: 1 ERROR\n" + _GHA),
    # check.R ("checking package dependencies ... ERROR", "Package required but not available: %s")
    # (documented)
    ("r-cmd-check-dependency-not-available", "real",
     _RCHECK +
     "* checking package dependencies ... ERROR\n"
     "Package required but not available: ‘gizmor’\n\n"
     "See section ‘The DESCRIPTION file’ in the ‘Writing R Extensions’\n"
     "manual.\n"
     "* DONE\n"
     "Status: 1 ERROR\n" + _GHA),
    # check.R ("checking examples ... ERROR", "Running examples in ‘%s-Ex.R’ failed") (documented)
    ("r-cmd-check-examples-error", "real",
     _RCHECK +
     "* checking examples ... ERROR\n"
     "Running examples in ‘widgetr-Ex.R’ failed\n"
     "The error most likely occurred in:\n\n"
     "> ### Name: tidy_widget\n"
     "> tidy_widget(widgets)\n"
     "Error in tidy_widget(widgets) : could not find function \"tidy_widget\"\n"
     "Execution halted\n"
     "Status: 1 ERROR\n" + _GHA),
    # R's tools/R/urltools.R through check.R's CRAN incoming feasibility ("Found the following (possibly) invalid
    # URLs:", "Status: %s", "Message: %s") (documented): a link that is gone fails every rerun
    ("r-cmd-check-url-note-404", "real",
     _RCHECK +
     "* checking CRAN incoming feasibility ... NOTE\n"
     "Found the following (possibly) invalid URLs:\n"
     "  URL: https://widgets.example.org/docs/old-guide\n"
     "    From: README.md\n"
     "    Status: 404\n"
     "    Message: Not Found\n"
     "Status: 1 NOTE\n"
     "Error: R CMD check found NOTEs\n" + _GHA),
    # LaTeX under the manual's build ("! LaTeX Error: File `%s' not found.") (documented): no TeX package
    ("r-cmd-check-manual-latex-sty-missing", "real",
     _RCHECK +
     "* checking PDF version of manual ... WARNING\n"
     "LaTeX errors when creating PDF version.\n"
     "This typically indicates Rd problems.\n"
     "LaTeX errors found:\n"
     "! LaTeX Error: File `inconsolata.sty' not found.\n"
     "Status: 1 WARNING\n"
     "Error: R CMD check found WARNINGs\n" + _GHA),

    # ================================================================== R: downloads and installers
    # R's utils download.file/install.packages ("URL '%s': status was '%s'", "cannot open URL '%s'",
    # "download of package ‘%s’ failed") (documented): CRAN's host unreachable
    ("r-install-packages-couldnt-connect", "transient",
     "+ Rscript -e 'install.packages(\"xml2\")'\n"
     "trying URL 'https://cran.example.org/src/contrib/xml2_1.3.6.tar.gz'\n"
     "Warning in download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  URL 'https://cran.example.org/src/contrib/xml2_1.3.6.tar.gz': status was 'Couldn't connect to server'\n"
     "Error in download.file(url, destfile, method, mode = \"wb\", ...) : \n"
     "  cannot open URL 'https://cran.example.org/src/contrib/xml2_1.3.6.tar.gz'\n"
     "Warning in download.packages(pkgs, destdir = tmpd, available = available,  :\n"
     "  download of package ‘xml2’ failed\n" + _GHA),
    # a Posit package manager binary answering 504 (utils' "HTTP status was '%s'") (documented)
    ("ppm-binary-504", "transient",
     "Run Rscript -e 'install.packages(\"arrow\")'\n"
     "trying URL 'https://pkgs.example.org/cran/__linux__/noble/latest/src/contrib/arrow_17.0.0.tar.gz'\n"
     "Warning in download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  cannot open URL 'https://pkgs.example.org/cran/__linux__/noble/latest/src/contrib/arrow_17.0.0.tar.gz': "
     "HTTP status was '504 Gateway Timeout'\n"
     "Warning in download.packages(pkgs, destdir = tmpd, available = available,  :\n"
     "  download of package ‘arrow’ failed\n" + _GHA),
    # TinyTeX's installer fetched with curl (curl's "(56) Recv failure: Connection reset by peer") (documented)
    ("tinytex-installer-curl-56", "transient",
     "+ wget -qO- https://tinytex.example.org/install-bin-unix.sh | sh\n"
     "Download https://tinytex.example.org/TinyTeX-1.tar.gz to TinyTeX.tar.gz\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "tar: This does not look like a tar archive\n"
     "tar: Exiting with failure status due to previous errors\n" + _GHA),
    # r-lib/actions setup-pandoc over @actions/tool-cache's downloadTool ("Unexpected HTTP response: %s") (documented)
    ("setup-pandoc-download-502", "transient",
     "Run r-lib/actions/setup-pandoc@v2\n"
     "Downloading https://github.com/jgm/pandoc/releases/download/3.1.11/pandoc-3.1.11-1-amd64.deb\n"
     "Error: Unexpected HTTP response: 502\n"),
    # the same download of an archived version that is not there (HTTP 404): remotes::install_version
    ("r-install-version-archive-404", "real",
     "+ Rscript -e 'remotes::install_version(\"widgetr\", \"0.1.9\")'\n"
     "Downloading package from url: https://cran.example.org/src/contrib/Archive/widgetr/widgetr_0.1.9.tar.gz\n"
     "Error in utils::download.file(url, path, method = method, quiet = quiet,  : \n"
     "  cannot open URL 'https://cran.example.org/src/contrib/Archive/widgetr/widgetr_0.1.9.tar.gz'\n"
     "In addition: Warning message:\n"
     "In utils::download.file(url, path, method = method, quiet = quiet,  :\n"
     "  cannot open URL 'https://cran.example.org/src/contrib/Archive/widgetr/widgetr_0.1.9.tar.gz': HTTP status was "
     "'404 Not Found'\n"
     "Execution halted\n" + _GHA),
    # Bioconductor's index unreachable, then the package "is not available": the second is downstream of the first
    ("bioc-index-unreachable-then-not-available", "transient",
     "+ Rscript -e 'BiocManager::install(\"limmax\")'\n"
     "Bioconductor version 3.20 (BiocManager 1.30.25), R 4.4.2 (2024-10-31)\n"
     "Warning: unable to access index for repository https://bioc.example.org/packages/3.20/bioc/src/contrib:\n"
     "  cannot open URL 'https://bioc.example.org/packages/3.20/bioc/src/contrib/PACKAGES'\n"
     "Warning message:\n"
     "package ‘limmax’ is not available for this version of R\n" + _GHA),
    # r-lib/remotes R/github.R via curl ("Timeout was reached: [%s] ...") (documented): GitHub's API not answering
    ("remotes-github-api-timeout", "transient",
     "+ Rscript -e 'remotes::install_github(\"acme/widgetr\")'\n"
     "Error: Failed to install 'unknown package' from GitHub:\n"
     "  Timeout was reached: [api.github.com] Connection timed out after 10002 milliseconds\n"
     "Execution halted\n" + _GHA),
    # the same curl wording with a name that did not resolve (documented)
    ("remotes-github-could-not-resolve-host", "transient",
     "+ Rscript -e 'remotes::install_github(\"acme/widgetr\")'\n"
     "Error: Failed to install 'unknown package' from GitHub:\n"
     "  Could not resolve host: api.github.com\n"
     "Execution halted\n" + _GHA),
    # an r-universe repository answering 502 to install.packages (documented)
    ("r-universe-package-502", "transient",
     "+ Rscript -e 'install.packages(\"widgetr\", repos = \"https://acme.r-universe.dev\")'\n"
     "trying URL 'https://acme.r-universe.dev/src/contrib/widgetr_0.4.1.tar.gz'\n"
     "Warning in download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  cannot open URL 'https://acme.r-universe.dev/src/contrib/widgetr_0.4.1.tar.gz': HTTP status was "
     "'502 Bad Gateway'\n"
     "Warning in download.packages(pkgs, destdir = tmpd, available = available,  :\n"
     "  download of package ‘widgetr’ failed\n" + _GHA),
    # r-lib/remotes R/github.R ("HTTP error %s.", "Bad credentials", "Rate limit remaining: %s") (documented):
    # a refused token
    ("remotes-github-401-bad-credentials", "real",
     "+ Rscript -e 'remotes::install_github(\"acme/widgetr-private\")'\n"
     "Error: Failed to install 'unknown package' from GitHub:\n"
     "  HTTP error 401.\n"
     "  Bad credentials\n\n"
     "  Rate limit remaining: 59/60\n"
     "  Rate limit reset at: 2026-03-02 11:00:00 UTC\n"
     "Execution halted\n" + _GHA),
    # r-lib/pkgdepends R/install-plan.R stop_task_build ("Failed to build source package {pkg}.") (checked)
    ("pak-failed-to-build-source-package", "real",
     "Run r-lib/actions/setup-r-dependencies@v2\n"
     "✖ Failed to build widgetr 0.4.1 (3.2s)\n"
     "Error: \n"
     "! error in pak subprocess\n"
     "Caused by error in `stop_task_build(state, worker)`:\n"
     "! Failed to build source package widgetr.\n"
     "Full installation output:\n"
     "* installing *source* package ‘widgetr’ ...\n"
     "** R\n"
     "Error in parse(outFile) : \n"
     "  /tmp/RtmpAb12/widgetr/R/widget.R:12:3: unexpected '}'\n"
     "ERROR: unable to collate and parse R files for package ‘widgetr’\n" + _GHA),
    # r-lib/lintr R/lint.R print.lints (quit("no", 31) when LINTR_ERROR_ON_LINT is set) (checked)
    ("lintr-error-on-lint", "real",
     "Run lintr::lint_package()\n"
     "R/widget.R:12:5: style: [object_name_linter] Variable and function name style should match snake_case or "
     "symbols.\n"
     "  myWidget <- function(x) {\n"
     "    ^~~~~~~~\n"
     "##[error]Process completed with exit code 31.\n"),
    # rcmdcheck's "R CMD check found NOTEs" over a NOTE about the package's code (check.R's "no visible binding
    # for global variable") (documented)
    ("rcmdcheck-notes-undefined-global", "real",
     _RCHECK +
     "* checking R code for possible problems ... NOTE\n"
     "tidy_widget: no visible binding for global variable ‘weight’\n"
     "Undefined global functions or variables:\n"
     "  weight\n"
     "Status: 1 NOTE\n"
     "Error: R CMD check found NOTEs\n" + _GHA),
    # near-miss: a testthat test ABOUT the package's own "cannot open URL" message
    ("testthat-expects-cannot-open-url-message", "real",
     "══ Failed tests ════════════════════════════════════════════════════════════════\n"
     "── Failure ('test-fetch.R:22:3'): fetch_index() reports an unreachable mirror ──\n"
     "`fetch_index(\"https://cran.example.org\")` threw an error with unexpected message.\n"
     "Expected match: \"cannot open URL\"\n"
     "Actual message: \"mirror must be a character vector\"\n\n"
     "[ FAIL 1 | WARN 0 | SKIP 2 | PASS 41 ]\n"
     "Error: Test failures\n"
     "Execution halted\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # shivammathur/setup-php add_tools.sh ("Could not setup %s" for any status but 200/404) (checked): the status
    # is not printed, so an outage and an unknown version read alike
    ("setup-php-could-not-setup-composer",
     "Run shivammathur/setup-php@v2\n"
     "==> Setup Tools\n"
     "✗ composer Could not setup composer\n" + _GHA),
    # setup-php extensions/add_extensions.sh ("Could not install %s on PHP %s") (checked): PECL down, or an
    # extension that does not build for this PHP
    ("setup-php-could-not-install-extension",
     "Run shivammathur/setup-php@v2\n"
     "==> Setup Extensions\n"
     "✓ intl Enabled\n"
     "✗ swoole Could not install swoole on PHP 8.4.3\n" + _GHA),
    # PEAR's "No releases available for package" alone (documented): an unreachable channel or an extension with
    # no stable release
    ("pecl-no-releases-available-alone",
     "+ pecl install imagick\n"
     "No releases available for package \"pecl.php.net/imagick\"\n"
     "install failed\n" + _GHA),
    # cpanm Compat.pm ("Finding %s on cpanmetadb failed.", "Finding %s (%s) on mirror %s failed.") (checked): both
    # lookups fail for a module that does not exist and for metadb being down
    ("cpanm-metadb-then-mirror-lookup-failed",
     _CPANM +
     "! Finding Acme::Widget on cpanmetadb failed.\n"
     "! Finding Acme::Widget () on mirror https://cpan.example.org failed.\n"
     "! Couldn't find module or a distribution Acme::Widget\n"
     "! Installing the dependencies failed: Module 'Acme::Widget' is not installed\n" + _GHA),
    # cpanm Compat.pm ("Failed cloning git repository %s") (checked): the host down or the URL wrong
    ("cpanm-failed-cloning-git",
     "+ cpanm git://git.example.org/acme/Acme-Widget.git\n"
     "Cloning git://git.example.org/acme/Acme-Widget.git ... FAIL\n"
     "! Failed cloning git repository git://git.example.org/acme/Acme-Widget.git\n" + _GHA),
    # skaji/cpm "FAIL fetch" with the build.log not shown (checked): any download failure, 404 or 5xx
    ("cpm-fail-fetch-no-log",
     _CPM +
     "FAIL fetch Acme-Widget-1.02\n"
     "0 distribution installed.\n"
     "See /home/runner/.perl-cpm/build.log for details.\n" + _GHA),
    # phpstan/phpstan-src src/Parallel/Process.php ("Child process timed out after %.1f seconds. Try making it longer
    # with parallel.processTimeout setting.") (checked): a starved host or a file that hangs the analyser
    ("phpstan-child-process-timed-out",
     "+ vendor/bin/phpstan analyse --no-progress\n"
     " -- ------------------------------------------------------------------------------------\n"
     "     Error\n"
     " -- ------------------------------------------------------------------------------------\n"
     "     Internal error: Child process timed out after 60.0 seconds. Try making it longer with "
     "parallel.processTimeout setting.\n"
     " [ERROR] Found 1 error\n" + _GHA),
    # Composer's memory exhaustion under the job's memory_limit (documented: troubleshooting.md#memory-limit-errors)
    ("composer-allowed-memory-exhausted",
     "+ composer update --no-interaction\n"
     "Loading composer repositories with package information\n"
     "Updating dependencies\n"
     "PHP Fatal error:  Allowed memory size of 1610612736 bytes exhausted (tried to allocate 4096 bytes) in "
     "phar:///usr/local/bin/composer/src/Composer/DependencyResolver/RuleSetGenerator.php on line 129\n"
     "Check https://getcomposer.org/doc/articles/troubleshooting.md#memory-limit-errors for more info on how to "
     "handle out of memory errors.\n" + _GHA),
    # a Codeception acceptance run whose Selenium server the job started itself (Facebook WebDriver's
    # WebDriverCurlException, documented): the service not up yet, or not started at all
    ("codeception-webdriver-localhost-refused",
     "+ vendor/bin/codecept run acceptance\n"
     "Acceptance Tests (3) --------------------------------------\n"
     "E LoginCest: Log in\n"
     "  [Facebook\\WebDriver\\Exception\\WebDriverCurlException] Curl error thrown for http POST to /session with "
     "params: {\"capabilities\":{}}\n"
     "  Failed to connect to localhost port 4444 after 0 ms: Couldn't connect to server\n"
     "ERRORS!\n"
     "Tests: 3, Assertions: 0, Errors: 1.\n" + _GHA),
    # near-miss: a testthat test downloading from a fixture server it starts on the loopback, which was not up
    ("testthat-loopback-fixture-couldnt-connect",
     "── Error ('test-mirror.R:14:3'): mirror_fetch() downloads a package ───────────\n"
     "Error in `download.file(url, dest)`: cannot open URL 'http://127.0.0.1:8787/src/contrib/foo_1.0.tar.gz'\n"
     "In addition: Warning message:\n"
     "  URL 'http://127.0.0.1:8787/src/contrib/foo_1.0.tar.gz': status was 'Couldn't connect to server'\n"
     "[ FAIL 1 | WARN 1 | SKIP 0 | PASS 17 ]\n"
     "Error: Test failures\n"
     "Execution halted\n" + _GHA),
    # composer ZipDownloader.php ("There was an error extracting the ZIP file for \"%s\", it is either corrupted or
    # using an invalid format.") (checked): a truncated download or a broken archive on the host
    ("composer-zip-corrupted-or-invalid",
     _COMPOSER +
     "  - Installing acme/log-kit (v3.2.1): Extracting archive\n"
     "In ZipDownloader.php line 253:\n"
     "  There was an error extracting the ZIP file for \"acme/log-kit\", it is either corrupted or using an invalid "
     "format.\n" + _GHA),
    # R CMD check's vignette rebuild whose code fetched from the web (check.R "Error: processing vignette '%s'
    # failed with diagnostics:", documented): the remote API down, or a vignette that depends on it every run
    ("r-cmd-check-vignette-web-timeout",
     _RCHECK +
     "* checking re-building of vignette outputs ... ERROR\n"
     "Error(s) in re-building vignettes:\n"
     "--- re-building ‘intro.Rmd’ using rmarkdown\n"
     "Quitting from lines 22-30 [fetch] (intro.Rmd)\n"
     "Error: processing vignette 'intro.Rmd' failed with diagnostics:\n"
     "Timeout was reached: [api.example.org] Operation timed out after 10001 milliseconds with 0 bytes received\n"
     "--- failed re-building ‘intro.Rmd’\n"
     "Status: 1 ERROR\n" + _GHA),
    # R's URL check NOTE with a 503 (documented): a site down for an hour, or one that answers 503 to bots
    ("r-cmd-check-url-note-503",
     _RCHECK +
     "* checking CRAN incoming feasibility ... NOTE\n"
     "Found the following (possibly) invalid URLs:\n"
     "  URL: https://doi.example.org/10.1000/xyz123\n"
     "    From: man/widget.Rd\n"
     "    Status: 503\n"
     "    Message: Service Unavailable\n"
     "Status: 1 NOTE\n"
     "Error: R CMD check found NOTEs\n" + _GHA),
    # check.R ("checking for future file timestamps ... NOTE", "unable to verify current time") (documented): the
    # time service check.R asks has been down for months at a time
    ("r-cmd-check-unable-to-verify-current-time",
     _RCHECK +
     "* checking for future file timestamps ... NOTE\n"
     "unable to verify current time\n"
     "Status: 1 NOTE\n"
     "Error: R CMD check found NOTEs\n" + _GHA),
    # tinytex's tlmgr_install during the manual's build on a CTAN mirror behind the local TeX Live (tlmgr's
    # documented "Remote database ... seems to be older than the local installation"): a lagging mirror, or a
    # TinyTeX newer than every mirror for a day
    ("tinytex-tlmgr-mirror-older",
     "tlmgr install inconsolata\n"
     "tlmgr: Remote database at https://mirror.example.org/CTAN/systems/texlive/tlnet\n"
     "(revision 72010 of the texlive-scripts package)\n"
     "seems to be older than the local installation\n"
     "(revision 72115 of texlive-scripts);\n"
     "please use a different mirror and/or wait a day or two.\n"
     "! LaTeX Error: File `inconsolata.sty' not found.\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_php_perl_r_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_php_perl_r_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Failed to decode response: zlib_decode(): data error",
    "Found 2 security vulnerability advisories affecting ",
    "✗ phpstan Failed to download phpstan from https://",
    "[Git::Check] branch main has some uncommitted files:",
    "Required plugin Dist::Zilla::Plugin::",
    "  URL 'https://cran.example.org/src/contrib/x.tar.gz",
    "cannot open URL 'https://cran.example.org/",
    "R/widget.R:12:5: style: [object_name_linter] ",
    "Failed to connect to localhost port 4444",
    "#   Failed test '",
    "is a corrupted zip archive (0 bytes), try again.",
    "Package acme/x has requirements incompatible with your PHP version, PHP extensions and Composer version",
]
