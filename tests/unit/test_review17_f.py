"""Review 17f of the seventeenth round's php_perl_r entries (composer-zlib-stream-truncated, composer-dist-empty-download,
composer-audit-advisories-found, composer-require-platform-incompatible, setup-php-tool-url-404,
dzil-release-precondition-refused, r-download-libcurl-outage, r-download-http-4xx, lintr-lint-found,
rcmdcheck-notes-fail) and the TAP title added to _NAMES_TROUBLE: adversarial logs (made up) where the entries' words
sit in text that is not the tool's failure (a test runner printing an exception, an application's console command, a
retry notice, install/update's audit summary, lints from a step that passed, R's index probe), or where the failure
is the package's or the network's against the entry's leaning, and guards where the entries read right.

Left (read wrongly by older entries, not these): Pest printing a test's "Failed to decode zlib stream" (package-fetch-
words); R's download retried from another mirror above a failed testthat run (network-unreachable); GitHub's API
answering 403 to remotes (auth-failure); a URL NOTE with one timeout and one 404 (unknown).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # Pest's Collision prints the exception a test of a Composer plugin met on its own line: the test's failure
    ('pest-collision-empty-zip-message',
     "+ vendor/bin/pest\n   FAIL  Tests\\Unit\\ArtifactInstallerTest\n  ⨯ it rejects an empty artifact\n  ────────────────────────────────────────────────────────────────\n   FAILED  Tests\\Unit\\ArtifactInstallerTest > it rejects an empty artifact   UnexpectedValueException\n  '/app/tests/fixtures/empty.zip' is a corrupted zip archive (0 bytes), try again.\n\n  at vendor/composer/composer/src/Composer/Downloader/ZipDownloader.php:302\n\n  Tests:    1 failed, 12 passed (30 assertions)\n##[error]Process completed with exit code 1.\n"),
    # the application's own console command failing on a broken fixture, no degraded-mode retry: every run
    ('app-console-zlib-fixture',
     '+ php bin/console app:import tests/fixtures/feed.json.gz\nIn FeedDecoder.php line 41:\n\n  Failed to decode zlib stream\n\napp:import <file>\n##[error]Process completed with exit code 1.\n'),
    # the degraded-mode retry fetched the body; the job failed on its assertion
    ('composer-degraded-ok-then-phpunit-fails',
     '+ composer update --no-interaction\nLoading composer repositories with package information\nFailed to decode response: zlib_decode(): data error\nRetrying with degraded mode, check https://getcomposer.org/doc/articles/troubleshooting.md#degraded-mode for more info\nUpdating dependencies\nLock file operations: 3 installs, 0 updates, 0 removals\nGenerating autoload files\n+ vendor/bin/phpunit\nThere was 1 failure:\n\n1) App\\Tests\\CartTest::testTotal\nFailed asserting that 41 is identical to 42.\n\n/app/tests/CartTest.php:22\n\nFAILURES!\nTests: 20, Assertions: 40, Failures: 1.\n##[error]Process completed with exit code 1.\n'),
    # the retry went through; the constraint matches no version
    ('composer-degraded-ok-then-resolve-fails',
     '+ composer update --no-interaction\nLoading composer repositories with package information\nFailed to decode response: zlib_decode(): data error\nRetrying with degraded mode, check https://getcomposer.org/doc/articles/troubleshooting.md#degraded-mode for more info\nUpdating dependencies\nYour requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n    - Root composer.json requires acme/log-kit ^9.0, found acme/log-kit[1.0.0, ..., 3.2.1] but it does not match the constraint.\n##[error]Process completed with exit code 2.\n'),
    # an undefined global NOTE beside it stays on every run
    ('rcmdcheck-note-url-timeout-plus-global',
     '── R CMD check ──────────────────────────────────────────────────────\n* using R version 4.4.2 (2024-10-31)\n* checking for file ‘widgetr/DESCRIPTION’ ... OK\n* checking CRAN incoming feasibility ... NOTE\nFound the following (possibly) invalid URLs:\n  URL: https://widgets.example.org/docs\n    From: README.md\n    Status: Error\n    Message: Timeout was reached: [widgets.example.org] Connection timed out after 10001 milliseconds\n* checking R code for possible problems ... NOTE\ntidy_widget: no visible binding for global variable ‘weight’\nUndefined global functions or variables:\n  weight\nStatus: 2 NOTEs\nError: R CMD check found NOTEs\n##[error]Process completed with exit code 1.\n'),
    # composer audit's own report of advisories: the lock file's versions
    ('composer-audit-plain-real',
     '+ composer audit --format=plain\nFound 1 security vulnerability advisory affecting 1 package:\nPackage: acme/http-kit\nCVE: CVE-2026-1\nTitle: Header injection\n##[error]Process completed with exit code 1.\n'),
    # a testthat test of a custom linter failed on its expected lints
    ('lintr-lint-in-testthat-expectation',
     "── Failure ('test-linters.R:8:3'): custom linter flags camelCase ──\nlint output did not match:\nR/x.R:1:1: style: [camel_linter] use snake_case.\n[ FAIL 1 | WARN 0 | SKIP 0 | PASS 4 ]\nError: Test failures\n##[error]Process completed with exit code 1.\n"),
    # setup-php says 'Failed to download' only for a 404: a version never released
    ('setup-php-latest-404',
     'Run shivammathur/setup-php@v2\n==> Setup Tools\n✗ phpstan Failed to download phpstan from https://github.com/phpstan/phpstan/releases/download/1.99.0/phpstan.phar\n##[error]Process completed with exit code 1.\n'),
    # Git::Check refusing a release over files the job left: every run
    ('dzil-untracked-real',
     '+ dzil release\n[DZ] beginning to build Acme-Widget\n[@Git/Check] branch main has some untracked files:\n[@Git/Check] \tcover_db/runs/1.json\n[@Git/Check] aborting release\n##[error]Process completed with exit code 1.\n'),
    # a release script refusing uncommitted files: the checkout, every run
    ('git-other-tool-uncommitted-words',
     '+ ./scripts/release.sh\nrelease: branch main has some uncommitted files:\n  M package.json\nrelease: refusing to tag\n##[error]Process completed with exit code 1.\n'),
    # the TAP title names a timeout; the test failed on got 1 / expected 2
    ('tap-title-outage-words-assert',
     "+ prove -lr t\nt/02-retry.t ..... 1/4 \n#   Failed test 'gives up after Connection timed out twice'\n#   at t/02-retry.t line 40.\n#          got: '1'\n#     expected: '2'\n# Looks like you failed 1 test of 4.\nResult: FAIL\n##[error]Process completed with exit code 1.\n"),
    # an expired certificate on the package's URL stays until the site renews it
    ('rcmdcheck-url-expired-cert-only',
     '── R CMD check ──────────────────────────────────────────────────────\n* using R version 4.4.2 (2024-10-31)\n* checking for file ‘widgetr/DESCRIPTION’ ... OK\n* checking CRAN incoming feasibility ... NOTE\nFound the following (possibly) invalid URLs:\n  URL: https://widgets.example.org/\n    From: DESCRIPTION\n    Status: Error\n    Message: SSL certificate problem: certificate has expired\nStatus: 1 NOTE\nError: R CMD check found NOTEs\n##[error]Process completed with exit code 1.\n'),
    # the examples' error ended the check; the outage is after the job's exit line
    ('r-check-error-then-deploy-outage',
     "── R CMD check ──────────────────────────────────────────────────────\n* using R version 4.4.2 (2024-10-31)\n* checking for file ‘widgetr/DESCRIPTION’ ... OK\n* checking examples ... ERROR\nRunning examples in ‘widgetr-Ex.R’ failed\nError in tidy_widget(widgets) : object 'weight' not found\nExecution halted\nStatus: 1 ERROR\n##[error]Process completed with exit code 1.\nPost job cleanup.\n  URL 'https://cran.example.org/src/contrib/PACKAGES': status was 'Couldn't resolve host name'\n"),
]

TRANSIENT: list[tuple[str, str]] = [
    # the PACKAGES probe 404 is install.packages passing over a repository; the download was reset
    ('r-index-probe-404-then-reset',
     '+ Rscript -e \'install.packages("arrow", repos = c("https://acme.r-universe.dev", "https://cran.example.org"))\'\nWarning: unable to access index for repository https://acme.r-universe.dev/bin/linux/noble/4.5/src/contrib:\n  cannot open URL \'https://acme.r-universe.dev/bin/linux/noble/4.5/src/contrib/PACKAGES\': HTTP status was \'404 Not Found\'\ntrying URL \'https://cran.example.org/src/contrib/arrow_17.0.0.tar.gz\'\nWarning in download.file(url, destfile, method, mode = "wb", ...) :\n  URL \'https://cran.example.org/src/contrib/arrow_17.0.0.tar.gz\': status was \'Recv failure: Connection reset by peer\'\nWarning in download.packages(pkgs, destdir = tmpd, available = available,  :\n  download of package ‘arrow’ failed\n##[error]Process completed with exit code 1.\n'),
    # update's audit summary is a warning; npm's reset ended the job
    ('composer-update-audit-summary-then-npm-reset',
     '+ composer update --no-interaction\nLoading composer repositories with package information\nUpdating dependencies\nGenerating autoload files\nFound 2 security vulnerability advisories affecting 1 package.\nRun composer audit for a full list of advisories.\n+ npm ci\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\n##[error]Process completed with exit code 1.\n'),
    # lints printed by a step that passed; the deploy's 502 ended the job
    ('lintr-warn-only-then-pkgdown-push-502',
     "Run lintr::lint_package()\nR/widget.R:12:5: style: [object_name_linter] Variable and function name style should match snake_case or symbols.\n  myWidget <- function(x) {\nRun JamesIves/github-pages-deploy-action@v4\nremote: Internal Server Error\nfatal: unable to access 'https://github.com/acme/widgetr.git/': The requested URL returned error: 502\nError: The deploy step encountered an error: The process '/usr/bin/git' failed with exit code 128 ❌\n"),
    # a remote Selenium grid (not the loopback) refused: the loopback exception does not reach it
    ('codeception-4444-remote-grid',
     "+ vendor/bin/codecept run acceptance\n  [Facebook\\WebDriver\\Exception\\WebDriverCurlException] Curl error thrown for http POST to /session\n  Failed to connect to selenium-grid.example.org port 4444 after 21000 ms: Couldn't connect to server\nERRORS!\nTests: 3, Assertions: 0, Errors: 1.\n##[error]Process completed with exit code 1.\n"),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the same dist empty on three attempts: the archive itself, not a transfer
    ('composer-empty-zip-three-attempts',
     "Run nick-fields/retry@v3\n+ composer install --no-interaction --prefer-dist --no-progress\nInstalling dependencies from lock file (including require-dev)\nPackage operations: 64 installs, 0 updates, 0 removals\n  - Installing acme/log-kit (v3.2.1): Extracting archive\nIn ZipDownloader.php line 302:\n  '/home/ci/app/vendor/composer/tmp-1a.zip' is a corrupted zip archive (0 bytes), try again.\nAttempt 1 failed. Retrying...\n+ composer install --no-interaction --prefer-dist --no-progress\nInstalling dependencies from lock file (including require-dev)\nPackage operations: 64 installs, 0 updates, 0 removals\n  - Installing acme/log-kit (v3.2.1): Extracting archive\nIn ZipDownloader.php line 302:\n  '/home/ci/app/vendor/composer/tmp-2b.zip' is a corrupted zip archive (0 bytes), try again.\nAttempt 2 failed. Retrying...\n+ composer install --no-interaction --prefer-dist --no-progress\nInstalling dependencies from lock file (including require-dev)\nPackage operations: 64 installs, 0 updates, 0 removals\n  - Installing acme/log-kit (v3.2.1): Extracting archive\nIn ZipDownloader.php line 302:\n  '/home/ci/app/vendor/composer/tmp-3c.zip' is a corrupted zip archive (0 bytes), try again.\nError: Final attempt failed. Child_process exited with error code 1\n"),
    # a vignette fetching a site whose name no longer resolves: not surely an outage
    ('r-vignette-dead-site-resolve',
     "── R CMD check ──────────────────────────────────────────────────────\n* using R version 4.4.2 (2024-10-31)\n* checking for file ‘widgetr/DESCRIPTION’ ... OK\n* checking re-building of vignette outputs ... ERROR\nError(s) in re-building vignettes:\n--- re-building ‘intro.Rmd’ using rmarkdown\nQuitting from lines 12-20 [data] (intro.Rmd)\nError: processing vignette 'intro.Rmd' failed with diagnostics:\ncannot open URL 'https://data.old-lab.example.edu/survey.csv'\nIn addition: Warning message:\nURL 'https://data.old-lab.example.edu/survey.csv': status was 'Couldn't resolve host name'\n--- failed re-building ‘intro.Rmd’\nStatus: 1 ERROR\n##[error]Process completed with exit code 1.\n"),
    # an example reading the project's own link: the site or the link, not surely transient
    ('r-examples-dead-link-connect',
     '── R CMD check ──────────────────────────────────────────────────────\n* using R version 4.4.2 (2024-10-31)\n* checking for file ‘widgetr/DESCRIPTION’ ... OK\n* checking examples ... ERROR\nRunning examples in ‘widgetr-Ex.R’ failed\nThe error most likely occurred in:\n\n> ### Name: read_remote\n> read_remote("https://files.example.org/widgets.csv")\nError in download.file(url, tmp) : \n  cannot open URL \'https://files.example.org/widgets.csv\'\nIn addition: Warning message:\n  URL \'https://files.example.org/widgets.csv\': status was \'Couldn\'t connect to server\'\nExecution halted\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the index just listed this version: a mirror between syncs, not surely the package
    ('r-cran-tarball-404-mirror-sync',
     '+ Rscript -e \'install.packages("xml2")\'\ntrying URL \'https://cloud.example.org/src/contrib/xml2_1.3.6.tar.gz\'\nWarning in download.file(url, destfile, method, mode = "wb", ...) :\n  cannot open URL \'https://cloud.example.org/src/contrib/xml2_1.3.6.tar.gz\': HTTP status was \'404 Not Found\'\nError in download.file(url, destfile, method, mode = "wb", ...) : \n  cannot open URL \'https://cloud.example.org/src/contrib/xml2_1.3.6.tar.gz\'\nWarning in download.packages(pkgs, destdir = tmpd, available = available,  :\n  download of package ‘xml2’ failed\n##[error]Process completed with exit code 1.\n'),
    # the one NOTE is a URL that timed out: not surely the package's
    ('rcmdcheck-note-url-timeout-only',
     '── R CMD check ──────────────────────────────────────────────────────\n* using R version 4.4.2 (2024-10-31)\n* checking for file ‘widgetr/DESCRIPTION’ ... OK\n* checking CRAN incoming feasibility ... NOTE\nFound the following (possibly) invalid URLs:\n  URL: https://widgets.example.org/docs\n    From: README.md\n    Status: Error\n    Message: Timeout was reached: [widgets.example.org] Connection timed out after 10001 milliseconds\nStatus: 1 NOTE\nError: R CMD check found NOTEs\n##[error]Process completed with exit code 1.\n'),
    # the one NOTE is a host that did not resolve: not surely the package's
    ('rcmdcheck-note-url-resolve-only',
     '── R CMD check ──────────────────────────────────────────────────────\n* using R version 4.4.2 (2024-10-31)\n* checking for file ‘widgetr/DESCRIPTION’ ... OK\n* checking CRAN incoming feasibility ... NOTE\nFound the following (possibly) invalid URLs:\n  URL: https://doi.example.org/10.1000/xyz\n    From: inst/CITATION\n    Status: Error\n    Message: Could not resolve host: doi.example.org\nStatus: 1 NOTE\nError: R CMD check found NOTEs\n##[error]Process completed with exit code 1.\n'),
    # the plugin is missing because cpanm's download got 503s just above
    ('dzil-plugin-missing-after-cpanm-outage',
     "+ dzil authordeps --missing | cpanm --notest\n--> Working on Dist::Zilla::Plugin::Acme::Stamp\nFetching https://cpan.example.org/authors/id/A/AC/ACME/Dist-Zilla-Plugin-Acme-Stamp-0.3.tar.gz ... FAIL\n! Download https://cpan.example.org/authors/id/A/AC/ACME/Dist-Zilla-Plugin-Acme-Stamp-0.3.tar.gz failed. Retrying ...\n! Download https://cpan.example.org/authors/id/A/AC/ACME/Dist-Zilla-Plugin-Acme-Stamp-0.3.tar.gz failed. Retrying ...\n! Failed to download https://cpan.example.org/authors/id/A/AC/ACME/Dist-Zilla-Plugin-Acme-Stamp-0.3.tar.gz: 503 Service Unavailable\n! Failed to fetch distribution Dist-Zilla-Plugin-Acme-Stamp-0.3\n+ dzil build\nRequired plugin Dist::Zilla::Plugin::Acme::Stamp isn't installed.\n\nRun 'dzil authordeps' to see a list of all required plugins.\n##[error]Process completed with exit code 1.\n"),
    # the diagnostic under the TAP title is a live call that timed out: not the title hidden
    ('tap-diag-real-outage-under-title',
     "+ prove -lr t\nt/10-live.t ..... 1/3 \n#   Failed test 'fetches the index'\n#   at t/10-live.t line 12.\n# 500 Can't connect to api.example.org:443 (Connection timed out)\n# Looks like you failed 1 test of 3.\nt/10-live.t ..... Dubious, test returned 1 (wstat 256, 0x100)\nFailed 1/3 subtests \nResult: FAIL\n##[error]Process completed with exit code 1.\n"),
    # the script died on a refused connection below the title: not surely real
    ('tap-died-outage-after-title',
     "+ prove -lr t\nt/10-live.t ..... \n#   Failed test 'index reachable'\n#   at t/10-live.t line 9.\nCould not connect to 'mirror.example.org:443': Connection refused at t/10-live.t line 10.\n# Looks like your test exited with 255 just after 1.\nResult: FAIL\n##[error]Process completed with exit code 1.\n"),
    # rcmdcheck's summary whose one NOTE is a refused URL: not surely the package's
    ('rcmdcheck-summary-url-conn-only',
     "── R CMD check results ─────────────────────────── widgetr 0.4.1 ────\nDuration: 1m 2.3s\n\n❯ checking CRAN incoming feasibility ... [6s/20s] NOTE\n  Maintainer: ‘Jane Doe <jane@example.org>’\n\n  Found the following (possibly) invalid URLs:\n    URL: https://widgets.example.org/\n      From: DESCRIPTION\n      Status: Error\n      Message: Failed to connect to widgets.example.org port 443 after 2 ms: Couldn't connect to server\n\n0 errors ✔ | 0 warnings ✔ | 1 note ✖\nError: R CMD check found NOTEs\n##[error]Process completed with exit code 1.\n"),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL)
