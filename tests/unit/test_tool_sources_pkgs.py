"""Eleventh round, tool sources: package managers' newer wordings (pnpm, Yarn Berry, Bun, uv, PDM,
Poetry, Composer, Bundler/RubyGems).

Each case is a short log written for this test around one message as the tool prints it: the
wording comes from the tool's source (repository and path beside each case), the hosts, packages
and paths are made up. A registry, mirror or network failure must read transient; a missing
version, refused credentials, a stale lockfile, an unsolvable set of constraints or a checksum that
does not match must not."""

from __future__ import annotations

import pytest
from judging import judge

GHA = "Error: Process completed with exit code 1.\n"

# (case id, log); the source of each message is in the comment above it.
TRANSIENT = [
    # pnpm/pnpm pnpm11/resolving/npm-resolver/src/fetch.ts (META_FETCH_FAIL "GET <uri>: <cause>")
    ("pnpm-meta-fetch-fail",
     "Lockfile is up to date, resolution step is skipped\nProgress: resolved 1, reused 0, downloaded 0, added 0\n"
     " ERR_PNPM_META_FETCH_FAIL  GET https://registry.example.org/left-pad: request to "
     "https://registry.example.org/left-pad failed, reason: connect ECONNREFUSED 203.0.113.7:443\n" + GHA),
    # pnpm/pnpm pnpm11/core/error/src/index.ts (FetchError: code FETCH_<status>, "GET <url>: <text> - <status>")
    ("pnpm-fetch-503",
     "Progress: resolved 120, reused 80, downloaded 3, added 0\n"
     " ERR_PNPM_FETCH_503  GET https://registry.example.org/left-pad/-/left-pad-1.3.0.tgz: Service Unavailable - 503\n" + GHA),
    ("pnpm-fetch-429",
     "Progress: resolved 12, reused 0, downloaded 0, added 0\n"
     " ERR_PNPM_FETCH_429  GET https://registry.example.org/left-pad: Too Many Requests - 429\n" + GHA),
    # pnpm/pnpm pnpm11/fetching/tarball-fetcher/src/errorTypes/BadTarballError.ts (a body cut short)
    ("pnpm-bad-tarball-size",
     "Progress: resolved 300, reused 290, downloaded 9, added 0\n"
     " ERR_PNPM_BAD_TARBALL_SIZE  Actual size (81920) of tarball (https://registry.example.org/big/-/big-2.0.0.tgz) "
     "did not match the one specified in 'Content-Length' header (1048576)\n" + GHA),
    # yarnpkg/berry packages/yarnpkg-core/sources/httpUtils.ts ("Response code ..." becomes YN0035's
    # "The remote server failed to provide the requested resource", status on the next lines)
    ("berry-yn0035-503",
     "➤ YN0000: ┌ Resolution step\n"
     "➤ YN0035: │ left-pad@npm:1.3.0: The remote server failed to provide the requested resource\n"
     "➤ YN0035: │   Response Code: 503 (Service Unavailable)\n"
     "➤ YN0035: │   Request Method: GET\n"
     "➤ YN0035: │   Request URL: https://registry.example.org/left-pad\n"
     "➤ YN0000: └ Completed in 31s\n➤ YN0000: · Failed with errors in 31s\n" + GHA),
    ("berry-yn0035-429",
     "➤ YN0000: ┌ Fetch step\n"
     "➤ YN0035: │ left-pad@npm:1.3.0: The remote server failed to provide the requested resource\n"
     "➤ YN0035: │   Response Code: 429 (Too Many Requests)\n"
     "➤ YN0035: │   Request Method: GET\n"
     "➤ YN0000: └ Completed in 2s\n➤ YN0000: · Failed with errors in 2s\n" + GHA),
    # yarnpkg/berry packages/yarnpkg-core/sources/httpUtils.ts (a got RequestError passed through, ETIMEDOUT hint)
    ("berry-yn0001-request-error",
     "➤ YN0000: ┌ Fetch step\n"
     "➤ YN0001: │ RequestError: connect ETIMEDOUT 203.0.113.7:443\n"
     "    at ClientRequest.<anonymous> (/home/runner/.yarn/releases/yarn-4.1.0.cjs:147:14258)\n"
     "➤ YN0000: └ Completed in 1m 12s\n➤ YN0000: · Failed with errors in 1m 12s\n" + GHA),
    # oven-sh/bun src/install (manifest and tarball network tasks: "GET <url> - <status>")
    ("bun-get-503",
     "bun install v1.1.8\n"
     "error: GET https://registry.example.org/left-pad - 503\n"
     "error: left-pad@1.3.0 failed to resolve\n" + GHA),
    # oven-sh/bun src/install (a Zig error name before "downloading package manifest <name>")
    ("bun-connrefused-manifest",
     "bun install v1.1.8\nResolving dependencies\n"
     "error: ConnectionRefused downloading package manifest left-pad\n" + GHA),
    ("bun-dns-manifest",
     "bun install v1.1.8\nResolving dependencies\n"
     "error: DNSResolveFailed downloading package manifest left-pad\n" + GHA),
    # astral-sh/uv crates/uv-client/src/error.rs ("Failed to fetch: `{url}`", "Request failed after {retries} retries")
    ("uv-fetch-connect",
     "Using CPython 3.11.9\n"
     "error: Failed to fetch: `https://pypi.example.org/simple/requests/`\n"
     "  Caused by: Request failed after 3 retries in 4.2s\n"
     "  Caused by: error sending request for url (https://pypi.example.org/simple/requests/)\n"
     "  Caused by: client error (Connect)\n"
     "  Caused by: tcp connect error: Connection refused (os error 111)\n" + GHA),
    ("uv-fetch-503",
     "Resolved 42 packages in 812ms\n"
     "error: Failed to fetch: `https://files.example.org/packages/requests-2.32.3-py3-none-any.whl`\n"
     "  Caused by: Request failed after 3 retries in 7.9s\n"
     "  Caused by: HTTP status server error (503 Service Unavailable) for url (https://files.example.org/packages/requests-2.32.3-py3-none-any.whl)\n" + GHA),
    # astral-sh/uv crates/uv-distribution/src/distribution_database.rs (network timeout hint)
    ("uv-download-timeout",
     "Prepared 10 packages in 30.12s\n"
     "error: Failed to download distribution due to network timeout. Try increasing UV_HTTP_TIMEOUT (current value: 30s).\n" + GHA),
    # python-poetry/poetry (requests' HTTPError raised from the executor's download, shown in Poetry's error box)
    ("poetry-httperror-503",
     "Package operations: 12 installs, 0 updates, 0 removals\n\n"
     "  - Installing idna (3.7): Failed\n\n"
     "  HTTPError\n\n"
     "  503 Server Error: Service Unavailable for url: https://files.example.org/packages/idna-3.7-py3-none-any.whl\n\n"
     "  at ~/.local/share/pypoetry/venv/lib/python3.11/site-packages/requests/models.py:1024 in raise_for_status\n" + GHA),
    # composer/composer src/Composer/Util/Http/CurlDownloader.php (TransportException: 'The "<url>" file could not be downloaded (<status line>)')
    ("composer-http2-503",
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 635:\n\n"
     "  The \"https://repo.example.org/packages.json\" file could not be downloaded (HTTP/2 503 )\n\n" + GHA),
    # composer/composer src/Composer/Util/Http/CurlDownloader.php ("curl error <n> while downloading <url>: <text>")
    ("composer-curl-28",
     "Installing dependencies from lock file (including require-dev)\n"
     "  - Downloading monolog/monolog (3.6.0)\n"
     "In CurlDownloader.php line 410:\n\n"
     "  curl error 28 while downloading https://api.example.org/repos/acme/log/zipball/0123abcd: Operation timed out after 300000 milliseconds with 0 out of 0 bytes received\n\n" + GHA),
    # rubygems/rubygems bundler/lib/bundler/fetcher/downloader.rb (NetworkDownError)
    ("bundler-could-not-reach-host",
     "Fetching gem metadata from https://gems.example.org/..\n"
     "Could not reach host gems.example.org. Check your network connection and try again.\n" + GHA),
    # rubygems/rubygems bundler/lib/bundler/fetcher/downloader.rb (HTTPError "Network error while fetching <uri> (<cause>)")
    # and bundler/lib/bundler/retry.rb ("Retrying <name> due to error (n/m): <class> <message>")
    ("bundler-network-error",
     "Fetching gem metadata from https://gems.example.org/.\n"
     "Retrying fetcher due to error (2/4): Bundler::HTTPError Network error while fetching https://gems.example.org/versions (Net::OpenTimeout)\n"
     "Retrying fetcher due to error (3/4): Bundler::HTTPError Network error while fetching https://gems.example.org/versions (Net::OpenTimeout)\n"
     "Retrying fetcher due to error (4/4): Bundler::HTTPError Network error while fetching https://gems.example.org/versions (Net::OpenTimeout)\n"
     "Network error while fetching https://gems.example.org/versions (Net::OpenTimeout)\n" + GHA),
    # rubygems/rubygems bundler/lib/bundler/fetcher/downloader.rb (other statuses: "Gem::Net::HTTP<Class>: <body>")
    ("bundler-http-503",
     "Fetching gem metadata from https://gems.example.org/.\n"
     "Gem::Net::HTTPServiceUnavailable: <html><body>upstream overloaded</body></html>\n" + GHA),
    # rubygems/rubygems lib/rubygems/remote_fetcher.rb (FetchError "bad response <message> <code>")
    ("rubygems-fetch-502",
     "Fetching nokogiri 1.16.5 (x86_64-linux)\n"
     "Gem::RemoteFetcher::FetchError: bad response Bad Gateway 502 (https://gems.example.org/gems/nokogiri-1.16.5-x86_64-linux.gem)\n"
     "An error occurred while installing nokogiri (1.16.5), and Bundler cannot continue.\n" + GHA),
    # composer/composer src/Composer/Util/Http/CurlDownloader.php (a 429 status line, curl error 6 for DNS)
    ("composer-http-429",
     "Loading composer repositories with package information\nIn CurlDownloader.php line 635:\n\n"
     "  The \"https://repo.example.org/p2/acme/widgets.json\" file could not be downloaded (HTTP/2 429 )\n\n" + GHA),
    ("composer-curl-6",
     "  - Downloading acme/widgets (2.0.0)\nIn CurlDownloader.php line 410:\n\n"
     "  curl error 6 while downloading https://repo.example.org/p2/acme/widgets.json: Could not resolve host: repo.example.org\n\n" + GHA),
    # astral-sh/uv crates/uv-client/src/error.rs (retries spent on a 429, on DNS)
    ("uv-fetch-429",
     "error: Failed to fetch: `https://pypi.example.org/simple/requests/`\n"
     "  Caused by: Request failed after 3 retries in 9.0s\n"
     "  Caused by: HTTP status client error (429 Too Many Requests) for url (https://pypi.example.org/simple/requests/)\n" + GHA),
    ("uv-fetch-dns",
     "error: Failed to fetch: `https://pypi.example.org/simple/requests/`\n"
     "  Caused by: Request failed after 3 retries in 2.0s\n"
     "  Caused by: error sending request for url (https://pypi.example.org/simple/requests/)\n"
     "  Caused by: client error (Connect)\n"
     "  Caused by: dns error: failed to lookup address information: Temporary failure in name resolution\n" + GHA),
]

REAL = [    # pnpm/pnpm pnpm11/core/error/src/index.ts (FETCH_404 with the auth hint)
    ("pnpm-fetch-404",
     " ERR_PNPM_FETCH_404  GET https://registry.example.org/@acme%2Fwidgets: Not Found - 404\n\n"
     "This error happened while installing a direct dependency of /home/runner/work/app/app\n\n"
     "@acme/widgets is not in the npm registry, or you have no permission to fetch it.\n\n"
     "No authorization header was set for the request.\n" + GHA),
    ("pnpm-fetch-401",
     " ERR_PNPM_FETCH_401  GET https://registry.example.org/@acme%2Fwidgets: Unauthorized - 401\n\n"
     "No authorization header was set for the request.\n" + GHA),
    # pnpm/pnpm pnpm11/installing/deps-installer/src/install/index.ts (OUTDATED_LOCKFILE)
    ("pnpm-outdated-lockfile",
     "Scope: all 4 workspace projects\n"
     " ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with <ROOT>/packages/app/package.json\n\n"
     "Note that in CI environments this setting is true by default.\n" + GHA),
    # pnpm/pnpm pnpm11/resolving/npm-resolver/src/index.ts (NO_MATCHING_VERSION)
    ("pnpm-no-matching-version",
     " ERR_PNPM_NO_MATCHING_VERSION  No matching version found for left-pad@9.9.9 while fetching it from https://registry.example.org/\n\n"
     "The latest release of left-pad is \"1.3.0\".\n" + GHA),
    # pnpm/pnpm pnpm11/fetching/binary-fetcher/src/index.ts (TARBALL_INTEGRITY "Got unexpected checksum")
    ("pnpm-tarball-integrity",
     " ERR_PNPM_TARBALL_INTEGRITY  Got unexpected checksum for \"https://dl.example.org/node-v20.12.0-linux-x64.tar.gz\". "
     "Wanted \"sha256-AAAA\". Got \"sha256-BBBB\".\n" + GHA),
    # yarnpkg/berry packages/yarnpkg-core/sources/httpUtils.ts (YN0035 with a 404)
    ("berry-yn0035-404",
     "➤ YN0000: ┌ Resolution step\n"
     "➤ YN0035: │ @acme/widgets@npm:2.0.0: The remote server failed to provide the requested resource\n"
     "➤ YN0035: │   Response Code: 404 (Not Found)\n"
     "➤ YN0035: │   Request Method: GET\n"
     "➤ YN0035: │   Request URL: https://registry.example.org/@acme%2fwidgets\n"
     "➤ YN0000: └ Completed in 0s 254ms\n➤ YN0000: · Failed with errors in 0s 260ms\n" + GHA),
    # yarnpkg/berry (YN0028 FROZEN_LOCKFILE_EXCEPTION under --immutable)
    ("berry-yn0028-immutable",
     "➤ YN0000: ┌ Resolution step\n"
     "➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.\n"
     "➤ YN0000: └ Completed in 4s\n➤ YN0000: · Failed with errors in 4s\n" + GHA),
    # oven-sh/bun src/install (manifest request answered 404)
    ("bun-get-404",
     "bun install v1.1.8\n"
     "error: GET https://registry.example.org/@acme%2fwidgets - 404\n"
     "error: @acme/widgets@^2.0.0 failed to resolve\n" + GHA),
    # oven-sh/bun src/install (frozen lockfile)
    ("bun-frozen-lockfile",
     "bun install v1.1.8\n"
     "error: lockfile had changes, but lockfile is frozen\n" + GHA),
    # astral-sh/uv crates/uv-resolver/src/error.rs and crates/uv-errors/src/lib.rs (no solution, "Because ... we can conclude")
    ("uv-no-solution",
     "Using CPython 3.11.9\n"
     "  × No solution found when resolving dependencies:\n"
     "  ╰─▶ Because widgets==9.9.9 was not found in the package registry and you require widgets==9.9.9, "
     "we can conclude that your requirements are unsatisfiable.\n" + GHA),
    # astral-sh/uv crates/uv/src/commands/project/mod.rs (stale uv.lock under --locked)
    ("uv-locked",
     "Resolved 42 packages in 3ms\n"
     "error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.\n" + GHA),
    # astral-sh/uv crates/uv-client/src/error.rs (a 404 / 401 behind "Failed to fetch")
    ("uv-fetch-404",
     "error: Failed to fetch: `https://pypi.example.org/simple/widgets/`\n"
     "  Caused by: HTTP status client error (404 Not Found) for url (https://pypi.example.org/simple/widgets/)\n" + GHA),
    ("uv-fetch-401",
     "error: Failed to fetch: `https://pypi.example.org/simple/widgets/`\n"
     "  Caused by: HTTP status client error (401 Unauthorized) for url (https://pypi.example.org/simple/widgets/)\n" + GHA),
    # astral-sh/uv crates/uv-distribution/src/error.rs (Hash mismatch)
    ("uv-hash-mismatch",
     "error: Failed to prepare distributions\n"
     "  Caused by: Failed to download `widgets==1.0.0`\n"
     "  Caused by: Hash mismatch for `widgets==1.0.0`\n\n"
     "Expected:\n  sha256:aaaa\n\nComputed:\n  sha256:bbbb\n" + GHA),
    # pdm-project/pdm src/pdm/cli/commands/lock.py ("Lockfile is out of date" under --check)
    ("pdm-lock-out-of-date",
     "Inside an active virtualenv /home/runner/work/app/.venv, reusing it.\n"
     "[FAIL] Lockfile is out of date.\n" + GHA),
    # pdm-project/pdm src/pdm/cli/utils.py (format_resolution_impossible)
    ("pdm-resolution-impossible",
     "Resolving packages from lockfile...\n"
     "[ResolutionImpossible]: Unable to find a resolution for widgets\n"
     "  widgets==9.9.9 (from project)\n" + GHA),
    # python-poetry/poetry src/poetry/puzzle/exceptions.py (SolverProblemError)
    ("poetry-solver-problem",
     "Updating dependencies\nResolving dependencies...\n\n"
     "Because app depends on widgets (9.9.9) which doesn't match any versions, version solving failed.\n" + GHA),
    # python-poetry/poetry src/poetry/installation/installer.py (stale lock)
    ("poetry-lock-changed",
     "Installing dependencies from lock file\n\n"
     "pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock` to fix the lock file.\n" + GHA),
    # composer/composer src/Composer/Installer.php (unsolvable requirements)
    ("composer-unresolvable",
     "Updating dependencies\n"
     "Your requirements could not be resolved to an installable set of packages.\n\n"
     "  Problem 1\n"
     "    - Root composer.json requires acme/widgets ^9.0, found acme/widgets[1.0.0, 2.0.0] but it does not match the constraint.\n" + GHA),
    # composer/composer src/Composer/Installer.php (lock file incompatible)
    ("composer-lock-incompatible",
     "Installing dependencies from lock file (including require-dev)\nVerifying lock file contents can be installed on current platform.\n"
     "Your lock file does not contain a compatible set of packages. Please run composer update.\n\n"
     "  Problem 1\n"
     "    - acme/widgets is locked to version 2.0.0 and an update of this package was not requested.\n" + GHA),
    # composer/composer src/Composer/Util/Http/CurlDownloader.php (404 from a private repository)
    ("composer-http-404",
     "Loading composer repositories with package information\n"
     "In CurlDownloader.php line 635:\n\n"
     "  The \"https://repo.example.org/p2/acme/widgets.json\" file could not be downloaded (HTTP/2 404 )\n\n" + GHA),
    # rubygems/rubygems bundler/lib/bundler/source/rubygems.rb and resolver.rb (gem not in locally installed gems under --local)
    ("bundler-not-local",
     "Resolving dependencies...\n"
     "Could not find gem 'widgets (= 9.9.9)' in locally installed gems.\n" + GHA),
    # pnpm/pnpm pnpm11/core/error/src/index.ts (FETCH_403 with the auth hint)
    ("pnpm-fetch-403",
     " ERR_PNPM_FETCH_403  GET https://registry.example.org/@acme%2Fwidgets: Forbidden - 403\n\n"
     "An authorization header was used: Bearer 1234[hidden]\n" + GHA),
    # yarnpkg/berry packages/yarnpkg-core/sources/httpUtils.ts (YN0035 with a 401)
    ("berry-yn0035-401",
     "➤ YN0035: │ @acme/widgets@npm:2.0.0: The remote server failed to provide the requested resource\n"
     "➤ YN0035: │   Response Code: 401 (Unauthorized)\n"
     "➤ YN0035: │   Request Method: GET\n" + GHA),
    # oven-sh/bun src/install (manifest request answered 401)
    ("bun-get-401",
     "bun install v1.1.8\n"
     "error: GET https://registry.example.org/@acme%2fwidgets - 401\n"
     "error: @acme/widgets@^2.0.0 failed to resolve\n" + GHA),
]


@pytest.mark.parametrize("case_id,log", TRANSIENT, ids=[c[0] for c in TRANSIENT])
def test_outage_reads_transient(case_id, log):
    v = judge(log)
    assert v.verdict == "transient", (case_id, v.verdict, v.rationale)


@pytest.mark.parametrize("case_id,log", REAL, ids=[c[0] for c in REAL])
def test_persistent_cause_does_not_read_transient(case_id, log):
    v = judge(log)
    assert v.verdict == "real", (case_id, v.verdict, v.rationale)
